"""Exceptions and problem reports shared across textmill."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["DocumentError", "PipelineError", "Position", "Problem", "TextmillError"]


class TextmillError(Exception):
    """Base class of textmill's own exceptions."""


@dataclass(frozen=True)
class Position:
    """Where something is in a file: 1-based line and column."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pipeline, with where it is and how to fix it."""

    message: str
    position: Position | None = None
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.position}: " if self.position else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


class PipelineError(TextmillError):
    """A pipeline cannot be built; ``problems`` lists every reason found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in pipeline"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in self.problems))


class DocumentError(TextmillError):
    """A step failed on a document and the error policy is ``fail``."""

    def __init__(self, doc_id: str, step_id: str | None, cause: BaseException) -> None:
        self.doc_id = doc_id
        self.step_id = step_id
        self.cause = cause
        where = f"step {step_id!r}" if step_id else "reading"
        super().__init__(f"document {doc_id!r} failed in {where}: {type(cause).__name__}: {cause}")
