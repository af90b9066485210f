"""How a plugin defines a step.

Two equivalent forms; both produce a :class:`StepSpec`.

A class, for steps with set-up work (loading data, compiling patterns)::

    class Shout(textmill.Step):
        name = "shout"
        description = "Upper-case copy of the text in attrs.shout."
        provides = ("attrs.shout",)
        params = {"suffix": textmill.Param(str, "!", "appended to the text")}

        def setup(self) -> None:          # once per process, after options are set
            self.suffix = self.options["suffix"]

        def process(self, doc: textmill.Document) -> None:
            doc.attrs["shout"] = doc.text.upper() + self.suffix

A function, for steps without state; keyword-only arguments are its
parameters (``Annotated[type, "help"]`` adds a description)::

    @textmill.step(provides=["attrs.shout"])
    def shout(doc: textmill.Document, *, suffix: str = "!") -> None:
        "Upper-case copy of the text in attrs.shout."
        doc.attrs["shout"] = doc.text.upper() + suffix

Requirement names: ``lang``, ``spans.<layer>`` and ``attrs.<key>``.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from .document import Document
from .params import _MISSING, Param

__all__ = ["Step", "StepRunner", "StepSpec", "as_step_spec", "step"]


class StepRunner(Protocol):
    """What a step instance must offer the runner."""

    def process(self, doc: Document) -> None: ...

    def process_batch(self, docs: Sequence[Document]) -> None: ...


@dataclass(frozen=True)
class StepSpec:
    """A registered step: its name, contract, parameters and how to build it.

    ``factory(options)`` builds a ready-to-run instance; it is called once per
    pipeline per process with the validated options (defaults filled in).
    ``backend`` names an alternative implementation of the same step name
    (chosen in a pipeline file with ``backend:``).
    """

    name: str
    factory: Callable[[dict[str, Any]], StepRunner]
    description: str = ""
    params: Mapping[str, Param] = field(default_factory=dict)
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()
    backend: str | None = None
    # Filled in by the registry: the plugin and distribution that offered it.
    plugin: str = ""
    distribution: str = ""
    version: str = ""

    def defaults(self) -> dict[str, Any]:
        """The parameters that have defaults, with those defaults."""
        return {k: p.default for k, p in self.params.items() if not p.required}

    @property
    def qualified_name(self) -> str:
        """``name`` or ``name[backend]``."""
        return f"{self.name}[{self.backend}]" if self.backend else self.name


class Step:
    """Base class for steps. Subclasses set the class attributes and ``process``.

    ``self.options`` holds the validated parameters (defaults filled in).
    Override ``setup`` for once-per-process work and ``process_batch`` when the
    step is faster over many documents at once.
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    params: ClassVar[Mapping[str, Param]] = {}
    requires: ClassVar[Sequence[str]] = ()
    provides: ClassVar[Sequence[str]] = ()
    uses: ClassVar[Sequence[str]] = ()
    backend: ClassVar[str | None] = None

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        self.setup()

    def setup(self) -> None:
        """Once-per-process preparation; ``self.options`` is already set."""

    def process(self, doc: Document) -> None:
        """Annotate one document in place."""
        raise NotImplementedError(f"step {self.name!r} does not implement process()")

    def process_batch(self, docs: Sequence[Document]) -> None:
        """Annotate several documents; by default one at a time."""
        for doc in docs:
            self.process(doc)

    @classmethod
    def spec(cls) -> StepSpec:
        """The :class:`StepSpec` describing this class."""
        if not cls.name:
            raise TypeError(f"{cls.__qualname__} must set a step name")
        doc = cls.description or (inspect.getdoc(cls) or "").split("\n", 1)[0]
        return StepSpec(
            name=cls.name,
            factory=cls,
            description=doc,
            params=_named(cls.params),
            requires=tuple(cls.requires),
            provides=tuple(cls.provides),
            uses=tuple(cls.uses),
            backend=cls.backend,
        )


class _FunctionRunner:
    __slots__ = ("func", "options")

    def __init__(self, func: Callable[..., None], options: dict[str, Any]) -> None:
        self.func = func
        self.options = options

    def process(self, doc: Document) -> None:
        self.func(doc, **self.options)

    def process_batch(self, docs: Sequence[Document]) -> None:
        func, options = self.func, self.options
        for doc in docs:
            func(doc, **options)


def step(
    name: str | None = None,
    *,
    description: str | None = None,
    requires: Iterable[str] = (),
    provides: Iterable[str] = (),
    uses: Iterable[str] = (),
    backend: str | None = None,
) -> Callable[[Callable[..., None]], StepSpec]:
    """Turn ``func(doc, *, param: type = default, ...)`` into a :class:`StepSpec`."""

    def decorate(func: Callable[..., None]) -> StepSpec:
        hints = typing.get_type_hints(func, include_extras=True)
        params: dict[str, Param] = {}
        for pname, parameter in inspect.signature(func).parameters.items():
            if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
                continue
            tp = hints.get(pname, Any)
            help_text = ""
            if typing.get_origin(tp) is typing.Annotated:
                tp, *extras = typing.get_args(tp)
                help_text = next((e for e in extras if isinstance(e, str)), "")
            default = (
                _MISSING if parameter.default is inspect.Parameter.empty else parameter.default
            )
            params[pname] = Param(tp, default, help_text, name=pname)
        doc = description or (inspect.getdoc(func) or "").split("\n", 1)[0]
        return StepSpec(
            name=name or func.__name__,
            factory=lambda options: _FunctionRunner(func, options),
            description=doc,
            params=params,
            requires=tuple(requires),
            provides=tuple(provides),
            uses=tuple(uses),
            backend=backend,
        )

    return decorate


def _named(params: Mapping[str, Param]) -> dict[str, Param]:
    return {
        key: p if p.name == key else Param(p.type, p.default, p.help, p.choices,
                                           p.minimum, p.maximum, key)
        for key, p in params.items()
    }


def as_step_spec(obj: object) -> StepSpec:
    """Normalise what a plugin registered (a StepSpec or a Step subclass)."""
    if isinstance(obj, StepSpec):
        return obj
    if isinstance(obj, type) and issubclass(obj, Step):
        return obj.spec()
    raise TypeError(
        f"a step must be a textmill.Step subclass or made with @textmill.step, got {obj!r}"
    )
