"""The step contract test kit: check that a step keeps textmill's promises.

Run it from your plugin's tests::

    from textmill.testing import check_step
    from mypackage.steps import Shout

    def test_shout_keeps_the_contract():
        check_step(Shout)                       # defaults, built-in sample documents
        check_step(Shout, params={"suffix": "?"}, docs=["my own text", ...])

:func:`check_step` raises :class:`ContractError` (an ``AssertionError``)
listing every broken promise; :func:`run_contract` returns the
:class:`ContractReport` without raising. What is checked:

* parameters: defaults are valid, and a value of the wrong type is rejected
  by pipeline validation with a message naming the parameter;
* the step never raises, on the sample documents and on hard ones: empty,
  whitespace-only, very long, combining marks, emoji, right-to-left text,
  NUL and control characters, astral characters, CRLF/CR line ends;
* the text (and id and meta) are untouched;
* every span has valid offsets into the text, a ``str``/``None`` label,
  ``dict``/``None`` attrs, and the step's id as provenance;
* the document still serialises to JSON and back unchanged;
* everything declared in ``provides`` is really provided (on at least one
  sample document), and the step writes nothing it does not declare, nor
  changes what earlier steps wrote;
* the step is deterministic: the same output twice from one instance, from
  a fresh instance, and through ``process_batch`` as through ``process``.

Steps that ``require`` inputs get them from installed steps that provide
them (``before="auto"``), or from the steps you name in ``before``.

textmill also registers this module as a pytest plugin, so the fixture
``textmill_contract`` (the :func:`check_step` function) is available in
any test of a project where textmill is installed.
"""

from __future__ import annotations

import importlib.util
import json
import re
import traceback
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .config import PipelineSource
from .document import Document, Span
from .errors import PipelineError
from .hookspecs import hookimpl
from .params import Param, check_value
from .pipeline import Pipeline, PipelineStep
from .plugin_host import PluginHost
from .steps import Step, StepSpec, as_step_spec

__all__ = [
    "EDGE_TEXTS",
    "SAMPLE_TEXTS",
    "ContractError",
    "ContractReport",
    "check_step",
    "edge_documents",
    "installed_steps",
    "run_contract",
    "sample_documents",
]

StepLike = StepSpec | type[Step] | str
DocLike = Document | str | Mapping[str, Any]

LONG_DOC_CHARS = 100_000
_SUBJECT_PLUGIN = "textmill.testing.subject"
_SHOWN_PER_KIND = 3
_NOT_REPEATED = frozenset({"edge-long", "edge-one-long-word", "edge-one-char", "edge-digits",
                           "edge-whitespace", "edge-astral", "edge-invisible"})
_KIND = re.compile(r"document '[^']*'|\d+")

#: Realistic multilingual news-like texts (headline lines, quotes, several
#: sentences) that every step should handle; ``id -> text``.
SAMPLE_TEXTS: dict[str, str] = {
    "sample-en": (
        "Council approves new budget for city parks\n\n"
        "The city council approved a new budget on Tuesday. \"This is a good day for our "
        "parks,\" said Mayor Jane Smith. Dr. Brown, who chairs the finance committee, warned "
        "that costs could rise by 3.5% next year.\n\n"
        "Residents welcomed the decision. The U.S. Department of the Interior will match the "
        "funds, according to a statement released on Wednesday.\n"
    ),
    "sample-it": (
        "Il governo approva la riforma della scuola\n\n"
        "Il Consiglio dei ministri ha approvato ieri la riforma. \"È un passo storico per il "
        "Paese\", ha dichiarato il ministro dell'Istruzione. Secondo l'opposizione, invece, "
        "la riforma \"non risolve i problemi degli insegnanti\".\n\n"
        "Il testo passerà ora al Parlamento, che dovrà esaminarlo entro la fine dell'anno.\n"
    ),
    "sample-de": (
        "Bahnstreik legt den Verkehr lahm\n\n"
        "Der Streik der Lokführer hat am Montag den Bahnverkehr in ganz Deutschland "
        "lahmgelegt. „Wir haben keine andere Wahl“, sagte der Vorsitzende der Gewerkschaft. "
        "Die Deutsche Bahn kritisierte den Ausstand scharf.\n\n"
        "Pendler mussten auf Busse und Autos ausweichen. Der Streik soll bis Mittwoch dauern.\n"
    ),
    "sample-fr": (
        "Le Parlement adopte la loi sur le climat\n\n"
        "Les députés ont adopté mardi la loi sur le climat. « C'est une victoire pour les "
        "générations futures », a déclaré la ministre de la Transition écologique. "
        "L'opposition a dénoncé un texte « sans ambition ».\n\n"
        "La loi entrera en vigueur le 1er janvier. Les associations restent prudentes.\n"
    ),
    "sample-es": (
        "El Gobierno anuncia un plan de vivienda\n\n"
        "El Gobierno anunció el lunes un plan para construir 50.000 viviendas. «Es una "
        "prioridad nacional», afirmó el presidente durante la rueda de prensa. Los alcaldes "
        "pidieron más fondos para los municipios.\n\n"
        "El plan se presentará en el Congreso el próximo mes.\n"
    ),
    "sample-pl": (
        "Rząd przyjął projekt budżetu\n\n"
        "Rada Ministrów przyjęła we wtorek projekt budżetu na przyszły rok. „To budżet "
        "odpowiedzialny i bezpieczny” – powiedział minister finansów. Opozycja zapowiedziała "
        "poprawki w Sejmie.\n\n"
        "Projekt trafi teraz do parlamentu.\n"
    ),
}

#: Hard inputs every step must survive without raising; ``id -> text``
#: (the very long document is built by :func:`edge_documents`).
EDGE_TEXTS: dict[str, str] = {
    "edge-empty": "",
    "edge-whitespace": " \t\n\r\n \u00a0\u2003\u3000\n ",
    "edge-one-char": "a",
    "edge-punctuation": "... !!! ??? “” «» — … () [] {} ¿¡ ・ 。",
    "edge-digits": "1234 5678 90 3.14159 1,000,000 2024-01-01",
    "edge-combining": (
        "Cafe\u0301 cre\u0300me bru\u0302le\u0301e. "
        "Zaz\u0307o\u0301ł\u0107 ge\u0328s\u0301la\u0328 jaz\u0301n\u0301. "
        "a\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307 Z\u0351\u0352\u0353.\n"
    ),
    "edge-emoji": (
        "Great news 👍🏽! The family 👨\u200d👩\u200d👧\u200d👦 won 🏆🏆. "
        "Flags 🇮🇹🇵🇱 and keycaps 1\ufe0f\u20e3. \"Wow 😀\", she said.\n"
    ),
    "edge-rtl": (
        "قال الرئيس: \"السلام ممكن\". هذا نص عربي.\n"
        "שלום עולם. \u200fמילה\u200e English in the middle \u202bembedded\u202c.\n"
    ),
    "edge-controls": "Line one\x00 with NUL.\x07 Bell\x1b[0m escape\x0c form feed\x0b tab.\n",
    "edge-astral": (
        "𝔗𝔥𝔢 𝔮𝔲𝔦𝔠𝔨 𝔟𝔯𝔬𝔴𝔫 𝔣𝔬𝔵. 𠀀𠀁𠀂 are CJK Extension B. "
        "𓀀 is a hieroglyph. 𝟙𝟚𝟛 are digits.\n"
    ),
    "edge-line-ends": (
        "First line.\r\nSecond line, \"quoted\", said Ann.\r\n\r\nThird paragraph.\r"
        "Old Mac line.\u2028Line separator.\u2029Paragraph separator.\x85Next line."
    ),
    "edge-invisible": "\ufeffZero\u200bwidth\u200cnon\u200djoiners and soft\u00adhyphen.",
    "edge-one-long-word": "x" * 5000,
}


class ContractError(AssertionError):
    """A step broke textmill's step contract; the message lists every problem."""

    def __init__(self, report: ContractReport) -> None:
        self.report = report
        super().__init__(str(report))


@dataclass
class ContractReport:
    """What :func:`run_contract` found: the checks run and the problems seen.

    Problems of the same kind are listed at most three times, then counted.
    """

    step: str
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    _seen: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems

    def add(self, message: str, kind: str | None = None) -> None:
        """Record a problem; ``kind`` groups repetitions (default: the message
        with document ids and numbers blanked out)."""
        key = kind or _KIND.sub("#", message)
        count = self._seen.get(key, 0) + 1
        self._seen[key] = count
        if count <= _SHOWN_PER_KIND:
            self.problems.append(message)

    def __str__(self) -> str:
        if self.ok:
            return f"step {self.step!r} keeps the contract ({len(self.checks)} checks)"
        lines = [f"step {self.step!r} breaks the contract:"]
        lines += [f"  - {p}" for p in self.problems]
        hidden = sum(n - _SHOWN_PER_KIND for n in self._seen.values() if n > _SHOWN_PER_KIND)
        if hidden:
            lines.append(f"  ... and {hidden} more problems of the kinds above")
        return "\n".join(lines)


# -- documents ---------------------------------------------------------------

def sample_documents() -> list[Document]:
    """Fresh copies of the realistic sample documents (:data:`SAMPLE_TEXTS`)."""
    return [Document(text, id=doc_id) for doc_id, text in SAMPLE_TEXTS.items()]


def edge_documents(long_chars: int = LONG_DOC_CHARS) -> list[Document]:
    """Fresh copies of the hard documents, plus one of at least ``long_chars`` characters."""
    docs = [Document(text, id=doc_id) for doc_id, text in EDGE_TEXTS.items()]
    if long_chars > 0:
        unit = "\n".join(SAMPLE_TEXTS.values()) + "\n"
        docs.append(Document(unit * (long_chars // len(unit) + 1), id="edge-long"))
    return docs


def _to_document(item: DocLike, index: int) -> Document:
    if isinstance(item, Document):
        return Document.from_dict(item.to_dict())
    if isinstance(item, str):
        return Document(item, id=f"doc-{index}")
    doc = Document.from_dict(item)
    return doc if doc.id else Document.from_dict({**item, "id": f"doc-{index}"})


# -- finding the step -----------------------------------------------------------

def installed_steps(*, distribution: str | None = None, plugin: str | None = None,
                    host: PluginHost | None = None) -> list[StepSpec]:
    """Every installed step (optionally only those of one distribution or plugin).

    Handy to parametrise a test over all the steps a package registers::

        @pytest.mark.parametrize("spec", installed_steps(distribution="textmill-keywords"),
                                 ids=lambda s: s.qualified_name)
        def test_contract(spec):
            check_step(spec)
    """
    registry = (host or PluginHost()).steps()
    specs = [s for name in sorted(registry) for s in registry[name]]
    if distribution is not None:
        specs = [s for s in specs if s.distribution == distribution]
    if plugin is not None:
        specs = [s for s in specs if s.plugin == plugin]
    return sorted(specs, key=lambda s: (s.name, s.backend or "", s.plugin))


def _resolve_spec(step: StepLike) -> StepSpec:
    if isinstance(step, str):
        name, _, backend = step.partition("[")
        backend = backend.rstrip("]") or ""
        candidates = [s for s in installed_steps() if s.name == name
                      and (s.backend or "") == backend]
        if not candidates:
            raise ValueError(f"no installed step {step!r} (see 'textmill steps')")
        return candidates[0]
    return as_step_spec(step)


# -- running ------------------------------------------------------------------------

class _SubjectPlugin:
    """Registers the step under test and records the exceptions it raises."""

    def __init__(self, spec: StepSpec) -> None:
        self.errors: dict[str, str] = {}

        @hookimpl
        def textmill_register_steps() -> list[StepSpec]:
            return [spec]

        @hookimpl
        def textmill_document_failed(doc: Document, step: PipelineStep | None,
                                     error: BaseException) -> None:
            details = "".join(traceback.format_exception(error)[-3:]).rstrip()
            self.errors[doc.id] = f"{type(error).__name__}: {error}\n{details}"

        self.textmill_register_steps = textmill_register_steps
        self.textmill_document_failed = textmill_document_failed


def _subject_pipeline(spec: StepSpec, params: Mapping[str, Any]) -> tuple[Pipeline, _SubjectPlugin]:
    """A one-step pipeline running ``spec`` alone (its requirements assumed present)."""
    host = PluginHost(autoload=False)
    plugin = _SubjectPlugin(spec)
    host.register(plugin, _SUBJECT_PLUGIN)
    entry: dict[str, Any] = {"step": spec.name, "params": dict(params)}
    if spec.backend is not None:
        entry["backend"] = spec.backend
    data = {
        "version": 1,
        "name": f"contract-{spec.qualified_name}",
        "on_error": "record",
        "assumes": sorted(set(spec.requires)),
        "steps": [entry],
    }
    source = PipelineSource(data=data, filename=f"<contract {spec.qualified_name}>")
    return Pipeline(source, host=host), plugin


def _auto_prerequisites(spec: StepSpec) -> list[dict[str, Any]]:
    """Installed steps providing what ``spec`` requires (required) and uses (if available)."""
    everything = [s for s in installed_steps() if s.name != spec.name]
    chosen: list[StepSpec] = []
    provided: set[str] = set()

    def providers(need: str) -> list[StepSpec]:
        found = [s for s in everything if need in s.provides]
        return sorted(found, key=lambda s: (s.backend is not None, len(s.requires), s.name))

    def add(need: str, stack: frozenset[str], mandatory: bool) -> bool:
        if need in provided:
            return True
        for candidate in providers(need):
            if candidate.name in stack:
                continue
            if all(add(r, stack | {candidate.name}, mandatory) for r in candidate.requires):
                if candidate not in chosen:
                    chosen.append(candidate)
                    provided.update(candidate.provides)
                return True
        if mandatory:
            raise ValueError(
                f"step {spec.name!r} requires {need!r} and no installed step provides it; "
                "pass before=[...] naming the steps to run first"
            )
        return False

    for need in spec.requires:
        add(need, frozenset({spec.name}), mandatory=True)
    for need in spec.uses:
        add(need, frozenset({spec.name}), mandatory=False)
    entries: list[dict[str, Any]] = []
    for s in chosen:
        entry: dict[str, Any] = {"step": s.name, "plugin": s.plugin}
        if s.backend is not None:
            entry["backend"] = s.backend
        entries.append(entry)
    return entries


def _prepare(docs: list[Document], before: Sequence[str | Mapping[str, Any]],
             report: ContractReport) -> list[Document]:
    """Run the prerequisite steps; documents they fail on are reported and dropped."""
    if not before:
        return docs
    entries = [dict(b) if isinstance(b, Mapping) else {"step": b} for b in before]
    names = ", ".join(str(e["step"]) for e in entries)
    report.checks.append(f"prepared documents with: {names}")
    pipe = Pipeline(PipelineSource(data={"version": 1, "name": "contract-prerequisites",
                                         "steps": entries}, filename="<contract before>"))
    prepared: list[Document] = []
    for doc in pipe.stream(docs, on_error="record", batch_size=1):
        if doc.errors:
            err = doc.errors[-1]
            report.add(
                f"document {doc.id!r}: prerequisite step {err.get('step')!r} failed "
                f"({err.get('type')}: {err.get('message')}), so the step was not checked on it"
            )
            continue
        prepared.append(doc)
    return prepared


def _copy(doc: Document) -> Document:
    return Document(doc.text, id=doc.id, meta=dict(doc.meta), lang=doc.lang,
                    spans={k: [Span(s.start, s.end, s.label, s.attrs, s.step) for s in v]
                           for k, v in doc.spans.items()},
                    attrs=json.loads(json.dumps(doc.attrs)), errors=list(doc.errors))


def _run(pipe: Pipeline, docs: Sequence[Document], batch_size: int) -> list[Document]:
    copies = [_copy(d) for d in docs]
    return list(pipe.stream(copies, on_error="record", batch_size=batch_size))


# -- checks ---------------------------------------------------------------------------

def _wrong_value(param: Param) -> Any:
    """A value of a type ``param`` must not accept (or None when it accepts anything)."""
    candidates: list[Any] = [{"wrong": "type"}, ["wrong", "type"], "wrong type", 12345, 3.5,
                             True]
    for value in candidates:
        if check_value(value, param.type) is not None:
            return value
    return None


def _check_params(spec: StepSpec, params: Mapping[str, Any], report: ContractReport) -> bool:
    report.checks.append("parameters: defaults valid, wrong types rejected")
    ok = True
    for name, param in spec.params.items():
        if not param.required:
            problem = param.check(param.default)
            if problem:
                report.add(f"parameter {name!r}: default {param.default!r} is "
                                       f"not valid: {problem}")
        elif name not in params:
            report.add(f"parameter {name!r} is required: pass params={{{name!r}: "
                                   "...}} to check the step")
            ok = False
    for key in params:
        if key not in spec.params:
            report.add(f"params names {key!r}, which the step does not declare")
            ok = False
    for name, param in spec.params.items():
        wrong = _wrong_value(param)
        if wrong is None:
            report.add(f"parameter {name!r} accepts any value; declare its type "
                                   "(bool, int, float, str, list[...], dict[str, ...], ...)")
            continue
        try:
            _subject_pipeline(spec, {**params, name: wrong})
        except PipelineError as exc:
            if name not in str(exc):
                report.add(f"parameter {name!r}: the error for the wrong value "
                                       f"{wrong!r} does not name the parameter: {exc}")
        else:
            report.add(f"parameter {name!r} accepted the wrong value {wrong!r}")
    return ok


def _check_document(spec: StepSpec, step_id: str, before: Document, after: Document,
                    report: ContractReport, errors: Mapping[str, str]) -> None:
    where = f"document {before.id!r}"
    if after.errors:
        detail = errors.get(after.id) or json.dumps(after.errors[-1], ensure_ascii=False)
        report.add(f"{where}: the step raised {detail}")
        return
    if after.text != before.text:
        report.add(f"{where}: the text was changed")
        return
    if after.id != before.id or after.meta != before.meta:
        report.add(f"{where}: the id or meta was changed")
    declared = set(spec.provides)
    if after.lang != before.lang and "lang" not in declared:
        report.add(f"{where}: doc.lang was set to {after.lang!r} but 'lang' is not "
                               "in provides")
    for key in after.attrs:
        if f"attrs.{key}" in declared:
            continue
        if key not in before.attrs:
            report.add(f"{where}: attrs[{key!r}] was written but "
                                   f"'attrs.{key}' is not in provides")
        elif _json(after.attrs[key]) != _json(before.attrs[key]):
            report.add(f"{where}: attrs[{key!r}] from an earlier step was changed")
    for key in before.attrs:
        if key not in after.attrs and f"attrs.{key}" not in declared:
            report.add(f"{where}: attrs[{key!r}] from an earlier step was removed")
    for layer, spans in before.spans.items():
        if f"spans.{layer}" in declared:
            continue
        if _dump_spans(after.spans.get(layer, [])) != _dump_spans(spans):
            report.add(f"{where}: layer {layer!r} from an earlier step was changed")
    for layer, spans in after.spans.items():
        if layer not in before.spans and f"spans.{layer}" not in declared:
            report.add(f"{where}: layer {layer!r} was written but "
                                   f"'spans.{layer}' is not in provides")
        _check_spans(after, layer, spans, step_id if f"spans.{layer}" in declared else None,
                     report)
    try:
        encoded = after.to_json()
        if Document.from_json(encoded).to_dict() != after.to_dict():
            report.add(f"{where}: the document does not survive a JSON round trip "
                                   "(attrs must be plain JSON: dict, list, str, int, float, "
                                   "bool, None)")
    except Exception as exc:
        report.add(f"{where}: the document cannot be written as JSON: "
                   f"{type(exc).__name__}: {exc}")


def _check_spans(doc: Document, layer: str, spans: Any, step_id: str | None,
                 report: ContractReport) -> None:
    where = f"document {doc.id!r}, layer {layer!r}"
    if not isinstance(spans, list):
        report.add(f"{where}: a layer must be a list of Span, "
                               f"got {type(spans).__name__}")
        return
    size = len(doc.text)
    for index, span in enumerate(spans):
        here = f"{where}, span {index}"
        if not isinstance(span, Span):
            report.add(f"{here}: not a textmill.Span: {span!r}")
            continue
        offsets_ok = all(isinstance(v, int) and not isinstance(v, bool)
                         for v in (span.start, span.end))
        if not offsets_ok or not 0 <= span.start <= span.end <= size:
            report.add(f"{here}: offsets ({span.start!r}, {span.end!r}) are not "
                                   f"valid for a text of length {size}")
        if span.label is not None and not isinstance(span.label, str):
            report.add(f"{here}: label must be a str or None, got {span.label!r}")
        if span.attrs is not None and not isinstance(span.attrs, dict):
            report.add(f"{here}: attrs must be a dict or None, got {span.attrs!r}")
        if step_id is not None and span.step is not None and span.step != step_id:
            report.add(f"{here}: provenance is {span.step!r}, expected {step_id!r}")
        if step_id is not None and span.step is None:
            report.add(f"{here}: has no provenance (use doc.add_span or "
                                   "doc.set_layer, which fill it in)")


def _provided(doc: Document, need: str) -> bool:
    if need == "lang":
        return doc.lang is not None
    kind, _, name = need.partition(".")
    if kind == "spans":
        return doc.has_layer(name)
    if kind == "attrs":
        return name in doc.attrs
    return False


def _check_provides(spec: StepSpec, expected: Sequence[str], results: Sequence[Document],
                    report: ContractReport) -> None:
    report.checks.append("declared provides are provided")
    for need in expected:
        if need not in spec.provides:
            report.add(f"expect_provides names {need!r}, which the step does not declare")
    good = [d for d in results if not d.errors]
    if not good:
        return
    for need in expected:
        kind = need.partition(".")[0]
        if need != "lang" and kind not in ("spans", "attrs"):
            report.add(f"provides names {need!r}; use 'lang', 'spans.<layer>' or "
                                   "'attrs.<key>'")
        elif not any(_provided(d, need) for d in good):
            report.add(f"declares it provides {need!r}, but none of the "
                                   f"{len(good)} sample documents has it after the step")


def _compare(label: str, first: Sequence[Document], second: Sequence[Document],
             report: ContractReport) -> None:
    report.checks.append(f"deterministic: {label}")
    for a, b in zip(first, second, strict=True):
        if _safe_json(a) != _safe_json(b):
            report.add(f"document {a.id!r}: output differs {label}")


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=repr)


def _safe_json(doc: Document) -> str:
    """The document's JSON, or a stable description when a step left it unwritable."""
    try:
        return doc.to_json()
    except Exception:
        layers = {name: _dump_spans(spans) for name, spans in doc.spans.items()}
        return repr((doc.text, doc.lang, layers, _json(doc.attrs), doc.errors))


def _dump_spans(spans: Any) -> list[Any]:
    return [s.to_dict() if isinstance(s, Span) else repr(s) for s in spans]


# -- entry points ---------------------------------------------------------------------

def run_contract(step: StepLike, params: Mapping[str, Any] | None = None,
                 docs: Iterable[DocLike] | None = None, *,
                 before: Sequence[str | Mapping[str, Any]] | str = "auto",
                 edge_cases: bool = True, long_chars: int = LONG_DOC_CHARS,
                 expect_provides: Iterable[str] | None = None) -> ContractReport:
    """Check ``step`` against the contract and return the report (never raises for a broken step).

    ``step`` is a :class:`Step` subclass, a spec made by :func:`textmill.step`,
    or the name of an installed step (``"name"`` or ``"name[backend]"``).
    ``params`` are the parameters to run it with (defaults fill the rest).
    ``docs`` are the documents the step should work on (texts, dicts or
    :class:`Document`); by default :data:`SAMPLE_TEXTS`. ``before`` lists
    steps (names or pipeline-file step entries) to run first; ``"auto"``
    picks installed steps that provide what the step requires (and, when
    available, what it uses). ``edge_cases`` adds the hard documents; the
    very long one has ``long_chars`` characters (0 leaves it out).
    ``expect_provides`` narrows the outputs that must appear to those these
    ``params`` produce (default: everything in ``provides``), for steps whose
    parameters switch an output on or off.
    """
    spec = _resolve_spec(step)
    params = dict(params or {})
    report = ContractReport(spec.qualified_name)
    if not _check_params(spec, params, report):
        return report
    try:
        pipe, plugin = _subject_pipeline(spec, params)
    except PipelineError as exc:
        report.add(f"the step cannot be used in a pipeline: {exc}")
        return report
    step_id = pipe.steps[0].id
    if before == "auto":
        try:
            before = _auto_prerequisites(spec)
        except ValueError as exc:
            report.add(str(exc))
            return report
    elif isinstance(before, str):
        before = [before]

    samples = ([_to_document(d, i) for i, d in enumerate(docs)] if docs is not None
               else sample_documents())
    edges = edge_documents(long_chars) if edge_cases else []
    samples = _prepare(samples, before, report)
    edges = _prepare(edges, before, report)

    report.checks.append("runs on every document without raising; text untouched; spans valid")
    first = _run(pipe, samples + edges, batch_size=1)
    for original, result in zip(samples + edges, first, strict=True):
        _check_document(spec, step_id, original, result, report, plugin.errors)
    expected = list(spec.provides if expect_provides is None else expect_provides)
    _check_provides(spec, expected, first[:len(samples)], report)

    # Determinism on the realistic documents and a few hard ones (keeps slow steps bearable).
    short = [d for d in samples + edges if d.id not in _NOT_REPEATED]
    first_short = [d for d in first if d.id not in _NOT_REPEATED]
    _compare("when the same instance runs twice", first_short, _run(pipe, short, 1), report)
    fresh, _ = _subject_pipeline(spec, params)
    _compare("between two instances", first_short, _run(fresh, short, 1), report)
    _compare("between process_batch and process", first_short,
             _run(fresh, short, max(1, len(short))), report)
    return report


def check_step(step: StepLike, params: Mapping[str, Any] | None = None,
               docs: Iterable[DocLike] | None = None, *,
               before: Sequence[str | Mapping[str, Any]] | str = "auto",
               edge_cases: bool = True, long_chars: int = LONG_DOC_CHARS,
               expect_provides: Iterable[str] | None = None) -> ContractReport:
    """Like :func:`run_contract`, but raise :class:`ContractError` when anything is wrong."""
    report = run_contract(step, params, docs, before=before, edge_cases=edge_cases,
                          long_chars=long_chars, expect_provides=expect_provides)
    if not report.ok:
        raise ContractError(report)
    return report


# -- pytest plugin (entry point ``pytest11``) -------------------------------------------

if importlib.util.find_spec("pytest") is not None:
    import pytest

    @pytest.fixture
    def textmill_contract() -> Callable[..., ContractReport]:
        """The contract checker, :func:`textmill.testing.check_step`, as a fixture."""
        return check_step
