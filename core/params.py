"""Typed step parameters: declaration, validation and JSON Schema.

A step declares its parameters as :class:`Param` objects. A parameter's
``type`` is an ordinary annotation built from ``bool``, ``int``, ``float``,
``str``, ``list[...]``, ``dict[str, ...]``, ``Literal[...]`` and ``X | None``.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Union

__all__ = ["Param", "check_value", "describe_type", "type_schema"]

_MISSING: Any = object()


@dataclass(frozen=True)
class Param:
    """One step parameter.

    ``type`` is the annotation values must match; ``default`` is used when
    the pipeline leaves it out (omit it to make the parameter required);
    ``help`` is a one-line description; ``choices`` restricts the values;
    ``minimum``/``maximum`` bound numbers.
    """

    type: Any
    default: Any = _MISSING
    help: str = ""
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    name: str = field(default="", compare=False)

    @property
    def required(self) -> bool:
        """True when the parameter has no default."""
        return self.default is _MISSING

    def check(self, value: Any) -> str | None:
        """Return a message when ``value`` is not acceptable, else None."""
        problem = check_value(value, self.type)
        if problem:
            return problem
        if self.choices is not None and value not in self.choices:
            return f"expected one of {', '.join(map(repr, self.choices))}, got {value!r}"
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                return f"must be >= {self.minimum:g}, got {value!r}"
            if self.maximum is not None and value > self.maximum:
                return f"must be <= {self.maximum:g}, got {value!r}"
        return None

    def schema(self) -> dict[str, Any]:
        """The JSON Schema of this parameter."""
        out = type_schema(self.type)
        if self.help:
            out["description"] = self.help
        if not self.required:
            out["default"] = self.default
        if self.choices is not None:
            out["enum"] = list(self.choices)
        if self.minimum is not None:
            out["minimum"] = self.minimum
        if self.maximum is not None:
            out["maximum"] = self.maximum
        return out


def _is_union(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    return origin is Union or origin is types.UnionType


def describe_type(tp: Any) -> str:
    """A short human name for a parameter type (``list[str] | None``)."""
    if tp is Any:
        return "any"
    if tp is type(None):
        return "null"
    if _is_union(tp):
        return " | ".join(describe_type(a) for a in typing.get_args(tp))
    origin = typing.get_origin(tp)
    if origin is Literal:
        return " | ".join(repr(a) for a in typing.get_args(tp))
    if origin in (list, tuple):
        args = typing.get_args(tp)
        return f"list[{describe_type(args[0]) if args else 'any'}]"
    if origin in (dict, Mapping):
        args = typing.get_args(tp)
        return f"dict[str, {describe_type(args[1]) if len(args) == 2 else 'any'}]"
    return getattr(tp, "__name__", str(tp))


def check_value(value: Any, tp: Any) -> str | None:
    """Return a message when ``value`` does not match ``tp``, else None."""
    if tp is Any:
        return None
    if _is_union(tp):
        if any(check_value(value, a) is None for a in typing.get_args(tp)):
            return None
        return f"expected {describe_type(tp)}, got {_value_kind(value)}"
    origin = typing.get_origin(tp)
    if origin is Literal:
        if value in typing.get_args(tp):
            return None
        return f"expected {describe_type(tp)}, got {value!r}"
    if origin in (list, tuple):
        if not isinstance(value, list):
            return f"expected {describe_type(tp)}, got {_value_kind(value)}"
        args = typing.get_args(tp)
        if args:
            for i, item in enumerate(value):
                problem = check_value(item, args[0])
                if problem:
                    return f"item {i}: {problem}"
        return None
    if origin in (dict, Mapping):
        if not isinstance(value, dict):
            return f"expected {describe_type(tp)}, got {_value_kind(value)}"
        args = typing.get_args(tp)
        for key, item in value.items():
            if not isinstance(key, str):
                return f"keys must be strings, got {key!r}"
            if len(args) == 2:
                problem = check_value(item, args[1])
                if problem:
                    return f"key {key!r}: {problem}"
        return None
    if tp is type(None):
        return None if value is None else f"expected null, got {_value_kind(value)}"
    if tp is bool:
        return None if isinstance(value, bool) else f"expected bool, got {_value_kind(value)}"
    if tp is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else f"expected int, got {_value_kind(value)}"
    if tp is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return None if ok else f"expected float, got {_value_kind(value)}"
    if tp is str:
        return None if isinstance(value, str) else f"expected str, got {_value_kind(value)}"
    if isinstance(tp, type):
        if isinstance(value, tp):
            return None
        return f"expected {tp.__name__}, got {_value_kind(value)}"
    return None


def _value_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"bool {value!r}"
    if isinstance(value, (int, float)):
        return f"{type(value).__name__} {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"str {shown!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def type_schema(tp: Any) -> dict[str, Any]:
    """The JSON Schema fragment for a parameter type."""
    if tp is Any:
        return {}
    if _is_union(tp):
        return {"anyOf": [type_schema(a) for a in typing.get_args(tp)]}
    origin = typing.get_origin(tp)
    if origin is Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin in (list, tuple):
        args = typing.get_args(tp)
        return {"type": "array", "items": type_schema(args[0]) if args else {}}
    if origin in (dict, Mapping):
        args = typing.get_args(tp)
        return {
            "type": "object",
            "additionalProperties": type_schema(args[1]) if len(args) == 2 else {},
        }
    simple = {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string"}
    if tp in simple:
        return {"type": simple[tp]}
    return {}
