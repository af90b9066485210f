"""The step contract kit (textmill.testing): every built-in step passes it, and it catches
each kind of broken step."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import pytest
import textmill
from textmill.testing import (
    EDGE_TEXTS,
    ContractError,
    ContractReport,
    check_step,
    edge_documents,
    installed_steps,
    run_contract,
)

# Outputs that a step only produces with some parameters: {step: {output: params}}.
# Such a step is checked with its defaults (without those outputs) and once more with the
# parameters that switch each output on.
CONDITIONAL_OUTPUTS: dict[str, dict[str, dict[str, Any]]] = {
    "detect_language": {"spans.languages": {"mode": "blocks"}},
}


def _builtin_cases() -> list[Any]:
    cases = []
    for spec in installed_steps(distribution="textmill"):
        conditional = CONDITIONAL_OUTPUTS.get(spec.name, {})
        always = [p for p in spec.provides if p not in conditional]
        # Alternative backends wrap heavy third-party models: slow, but still run in CI.
        marks = [pytest.mark.slow] if spec.backend else []
        cases.append(pytest.param(spec, {}, always, id=spec.qualified_name, marks=marks))
        for output, params in conditional.items():
            cases.append(pytest.param(spec, params, [output], marks=marks,
                                      id=f"{spec.qualified_name}-{output}"))
    return cases


@pytest.mark.parametrize(("spec", "params", "expected"), _builtin_cases())
def test_every_builtin_step_keeps_the_contract(spec: textmill.StepSpec, params: dict[str, Any],
                                               expected: list[str]) -> None:
    _skip_without_optional_dependency(spec, params)
    check_step(spec, params, expect_provides=expected)


def _skip_without_optional_dependency(spec: textmill.StepSpec, params: dict[str, Any]) -> None:
    """Skip a step whose extra (e.g. textmill[lingua]) is not installed; fail on other errors."""
    try:
        spec.factory({**spec.defaults(), **params})
    except Exception as exc:
        cause: BaseException | None = exc
        while cause is not None and not isinstance(cause, ImportError):
            cause = cause.__cause__ or cause.__context__
        if cause is None:
            raise
        pytest.skip(f"{spec.qualified_name}: optional dependency missing: {exc}")


def test_every_builtin_step_is_covered() -> None:
    # Guard against a silently empty parametrisation (e.g. lost distribution metadata):
    # every step of the news pipeline is a built-in and must be among the checked ones.
    checked = {s.name for s in installed_steps(distribution="textmill")}
    news = Path(__file__).resolve().parent.parent / "pipelines" / "news.yaml"
    if not news.is_file():
        pytest.skip("pipelines/news.yaml is not written yet")
    used = {s.spec.name for s in textmill.load(news).steps}
    assert used and used <= checked
    assert set(CONDITIONAL_OUTPUTS) <= checked


# -- a well-behaved step, and broken variants -------------------------------------------


class Words(textmill.Step):
    """Word spans and a count."""

    name = "test_words"
    provides = ("spans.words", "attrs.n_words")
    params: ClassVar[dict[str, textmill.Param]] = {
        "min_len": textmill.Param(int, 1, "shortest word"),
    }

    def process(self, doc: textmill.Document) -> None:
        import re

        n = 0
        for m in re.finditer(r"\w+", doc.text):
            if len(m.group()) >= self.options["min_len"]:
                doc.add_span("words", m.start(), m.end())
                n += 1
        doc.attrs["n_words"] = n


def test_a_good_step_passes_and_reports_what_was_checked() -> None:
    report = check_step(Words, {"min_len": 2})
    assert isinstance(report, ContractReport) and report.ok
    joined = " ".join(report.checks)
    for check in ("parameters", "text untouched", "provides", "same instance",
                  "two instances", "process_batch"):
        assert check in joined


def test_a_function_step_passes() -> None:
    @textmill.step(provides=["attrs.length"])
    def length(doc: textmill.Document, *, plus: int = 0) -> None:
        "Text length."
        doc.attrs["length"] = len(doc.text) + plus

    assert check_step(length).ok


def broken(process: Callable[[Any, textmill.Document], None], **attrs: Any) -> type:
    namespace = {"name": "broken", "provides": ("spans.words", "attrs.n_words"),
                 "process": process, **attrs}
    return type("Broken", (textmill.Step,), namespace)


def _problems(step: Any, **kwargs: Any) -> str:
    report = run_contract(step, **kwargs)
    assert not report.ok
    with pytest.raises(ContractError) as caught:
        check_step(step, **kwargs)
    assert caught.value.report.problems == report.problems
    return str(report)


def _ok(self: Any, doc: textmill.Document) -> None:
    doc.set_layer("words", [])
    doc.attrs["n_words"] = 0


def test_changing_the_text_is_caught() -> None:
    def process(self: Any, doc: textmill.Document) -> None:
        _ok(self, doc)
        doc._text = doc.text.strip()  # type: ignore[misc]

    assert "the text was changed" in _problems(broken(process))


def test_bad_offsets_wrong_types_and_missing_provenance_are_caught() -> None:
    def process(self: Any, doc: textmill.Document) -> None:
        _ok(self, doc)
        doc.spans["words"] = [textmill.Span(0, len(doc.text) + 1),
                              textmill.Span(0, 0, label=7),  # type: ignore[arg-type]
                              "not a span"]  # type: ignore[list-item]

    text = _problems(broken(process))
    assert "are not valid for a text of length" in text
    assert "label must be a str" in text
    assert "not a textmill.Span" in text
    assert "has no provenance" in text


def test_undeclared_outputs_and_missing_provides_are_caught() -> None:
    def process(self: Any, doc: textmill.Document) -> None:
        doc.set_layer("words", [])
        doc.attrs["secret"] = 1
        doc.add_span("tokens", 0, 0)
        doc.lang = "xx"

    text = _problems(broken(process))
    assert "'attrs.secret' is not in provides" in text
    assert "'spans.tokens' is not in provides" in text
    assert "'lang' is not in provides" in text
    assert "declares it provides 'attrs.n_words', but none of the 6 sample documents" in text


def test_changing_what_an_earlier_step_wrote_is_caught() -> None:
    def process(self: Any, doc: textmill.Document) -> None:
        _ok(self, doc)
        doc.spans["sentences"].clear()

    docs = [textmill.Document("One. Two.", id="d", spans={
        "sentences": [textmill.Span(0, 4), textmill.Span(5, 9)]})]
    text = _problems(broken(process), docs=docs, edge_cases=False)
    assert "layer 'sentences' from an earlier step was changed" in text


def test_non_json_attrs_are_caught() -> None:
    def process(self: Any, doc: textmill.Document) -> None:
        doc.set_layer("words", [])
        doc.attrs["n_words"] = (1, 2)  # a tuple comes back from JSON as a list

    assert "JSON round trip" in _problems(broken(process))


def test_crashes_on_hard_documents_are_caught_with_the_traceback() -> None:
    def process(self: Any, doc: textmill.Document) -> None:
        _ok(self, doc)
        if "\x00" in doc.text or not doc.text.strip():
            raise ValueError("cannot handle this")

    text = _problems(broken(process))
    for doc_id in ("edge-empty", "edge-whitespace", "edge-controls"):
        assert f"document {doc_id!r}: the step raised ValueError: cannot handle this" in text
    assert "in process" in text  # the step's own frame is shown


def test_nondeterminism_is_caught() -> None:
    def process(self: Any, doc: textmill.Document) -> None:
        _ok(self, doc)
        doc.attrs["n_words"] = random.random()

    text = _problems(broken(process))
    assert "output differs when the same instance runs twice" in text
    assert "output differs between two instances" in text


def test_state_carried_between_documents_is_caught() -> None:
    def process(self: Any, doc: textmill.Document) -> None:
        _ok(self, doc)
        self.seen = getattr(self, "seen", 0) + 1
        doc.attrs["n_words"] = self.seen

    assert "output differs when the same instance runs twice" in _problems(broken(process))


def test_a_batch_that_differs_from_single_calls_is_caught() -> None:
    def process_batch(self: Any, docs: list[textmill.Document]) -> None:
        for doc in docs:
            _ok(self, doc)
            doc.attrs["n_words"] = len(docs)

    step = broken(_ok, process_batch=process_batch)
    assert "output differs between process_batch and process" in _problems(step)


def test_parameter_problems_are_caught() -> None:
    step = broken(_ok, params={
        "anything": textmill.Param(Any, None, "no type"),
        "count": textmill.Param(int, "3", "bad default"),
    })
    text = _problems(step)
    assert "parameter 'anything' accepts any value" in text
    assert "parameter 'count': default '3' is not valid" in text


def test_required_parameters_must_be_given() -> None:
    step = broken(_ok, params={"model": textmill.Param(str, help="required")})
    assert "parameter 'model' is required" in _problems(step)
    assert check_step(step, {"model": "x"}).ok
    assert "params names 'nope'" in _problems(step, params={"model": "x", "nope": 1})


def test_repeated_problems_are_summarised() -> None:
    def process(self: Any, doc: textmill.Document) -> None:
        raise RuntimeError("always")

    report = run_contract(broken(process))
    raised = [p for p in report.problems if "the step raised RuntimeError" in p]
    assert len(raised) == 3
    assert "more problems of the kinds above" in str(report)


def test_edge_documents_cover_the_hard_cases() -> None:
    docs = {d.id: d.text for d in edge_documents(50_000)}
    assert docs["edge-empty"] == "" and not docs["edge-whitespace"].strip()
    assert len(docs["edge-long"]) >= 50_000
    joined = "".join(EDGE_TEXTS.values())
    for char in ("\u0301", "\u200d", "\u200f", "\x00", "\r\n", "\U00020000", "👍"):
        assert char in joined
    assert "edge-long" not in {d.id for d in edge_documents(0)}


# -- prerequisites ------------------------------------------------------------------

COUNTER = '''
import textmill

@textmill.step(requires=["spans.tokens"], provides=["attrs.n_tokens"])
def count_tokens(doc: textmill.Document) -> None:
    "Count tokens."
    doc.attrs["n_tokens"] = len(doc.layer("tokens"))

@textmill.step(provides=["spans.tokens"])
def tokens(doc: textmill.Document) -> None:
    "Whitespace tokens."
    import re
    for m in re.finditer(r"\\S+", doc.text):
        doc.add_span("tokens", m.start(), m.end())

@textmill.hookimpl
def textmill_register_steps():
    return [count_tokens, tokens]
'''


def test_requirements_are_provided_by_installed_steps(make_dist: Callable[..., Path]) -> None:
    make_dist("tmdist-counter", "tmdist_counter", COUNTER)
    report = check_step("count_tokens")
    assert any("prepared documents with: tokens" in c for c in report.checks)
    assert check_step("count_tokens", before=["tokens"]).ok


def test_an_unmet_requirement_is_a_clear_problem() -> None:
    @textmill.step(requires=["spans.nothing_provides_this"], provides=["attrs.x"])
    def needy(doc: textmill.Document) -> None:
        "Needs a layer nobody makes."
        doc.attrs["x"] = 1

    text = str(run_contract(needy))
    assert "requires 'spans.nothing_provides_this' and no installed step provides it" in text


def test_an_unknown_step_name_is_an_error() -> None:
    with pytest.raises(ValueError, match="no installed step 'no_such_step'"):
        check_step("no_such_step")


def test_the_pytest_fixture_is_registered(textmill_contract: Callable[..., Any]) -> None:
    # Provided by the `pytest11` entry point of textmill (textmill.testing).
    assert textmill_contract is check_step
    assert textmill_contract(Words).ok
