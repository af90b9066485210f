"""The documentation cannot drift from the code: hooks, signatures, examples, pipeline keys,
links and sample output are checked against the real thing."""

from __future__ import annotations

import inspect
import io
import logging
import os
import re
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
import textmill
from textmill import hookspecs
from textmill.config import _STEP_KEYS, _TOP_KEYS, ERROR_POLICIES, PipelineSource

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
HOOKS_MD = DOCS / "hooks.md"
PIPELINES_MD = DOCS / "pipeline-files.md"
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.S | re.M)


def hook_names() -> set[str]:
    marker = f"{hookspecs.PROJECT_NAME}_spec"
    return {name for name, obj in vars(hookspecs).items() if hasattr(obj, marker)}


def sections(markdown: str, level: str = "## ") -> dict[str, str]:
    """Heading text -> the section's body, for headings of one level."""
    parts = re.split(rf"^{level}(.+)$", markdown, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


def fenced(markdown: str, *options: str) -> list[tuple[str, str]]:
    """(info string, body) of the fenced blocks whose info string has all ``options``."""
    return [(m.group(1), m.group(2)) for m in FENCE.finditer(markdown)
            if all(o in m.group(1).split() for o in options)]


HOOK_SECTIONS = sections(HOOKS_MD.read_text(encoding="utf-8"))
DOCUMENTED = {name for name in HOOK_SECTIONS if name.startswith("textmill_")}


# -- the hook reference ----------------------------------------------------------------

def test_every_hook_is_documented() -> None:
    missing = hook_names() - DOCUMENTED
    assert not missing, f"hooks without a section in docs/hooks.md: {sorted(missing)}"


def test_every_documented_hook_exists() -> None:
    unknown = DOCUMENTED - hook_names()
    assert not unknown, f"docs/hooks.md documents hooks that do not exist: {sorted(unknown)}"
    assert set(HOOK_SECTIONS) == DOCUMENTED, "docs/hooks.md has a non-hook ## section"


def test_the_hook_table_lists_every_hook() -> None:
    intro = HOOKS_MD.read_text(encoding="utf-8").split("\n## ", 1)[0]
    listed = set(re.findall(r"\[`(textmill_\w+)`\]\(#\1\)", intro))
    assert listed == hook_names()


@pytest.mark.parametrize("name", sorted(hook_names()))
def test_documented_signature_and_arguments_match_the_hookspec(name: str) -> None:
    body = HOOK_SECTIONS[name]
    [(_, signature)] = fenced(body, "signature")
    arguments = list(inspect.signature(getattr(hookspecs, name)).parameters)
    assert signature.strip() == f"{name}({', '.join(arguments)})"
    described = body.split("**Arguments:**", 1)[1].split("**Returns:**", 1)[0]
    for argument in arguments:
        assert f"- `{argument}`" in described, f"{name}: argument {argument!r} not described"
    if not arguments:
        assert "none" in described
    for part in ("**Returns:**", "**When it is called:**", "**Example:**"):
        assert part in body, f"{name}: no {part} part"


def load_example(name: str) -> types.ModuleType:
    [(_, code)] = fenced(HOOK_SECTIONS[name], "example")
    module = types.ModuleType(f"hooks_md_{name}")
    exec(compile(code, f"docs/hooks.md#{name}", "exec"), module.__dict__)
    impl = getattr(module, name, None)
    assert impl is not None and hasattr(impl, f"{hookspecs.PROJECT_NAME}_impl"), (
        f"the example of {name} does not implement it")
    return module


def test_example_register_steps() -> None:
    module = load_example("textmill_register_steps")
    host = textmill.PluginHost(autoload=False)
    host.register(module)
    assert set(host.steps()) == {"count_words", "hashtags"}
    source = PipelineSource(data={"steps": [
        {"step": "count_words", "params": {"min_length": 4}}, "hashtags"]})
    doc = textmill.Pipeline(source, host=host)("Loving the #summer sun #beach")
    assert doc.attrs["word_count"] == 3
    assert [s.label for s in doc.layer("hashtags")] == ["summer", "beach"]
    assert [s.step for s in doc.layer("hashtags")] == ["hashtags", "hashtags"]


def test_example_register_readers(tmp_path: Path) -> None:
    module = load_example("textmill_register_readers")
    host = textmill.PluginHost(autoload=False)
    host.register(module)
    reader = textmill.io.readers_of(host).get("csv")
    path = tmp_path / "rows.csv"
    path.write_text("id,text\na,First text\n,Second text\n", encoding="utf-8")
    source = textmill.io.InputSource(str(path), "rows", path)
    docs = list(reader.read(source, textmill.io.ReadOptions()))
    assert [(d.id, d.text) for d in docs] == [("a", "First text"), ("rows:3", "Second text")]
    missing = list(reader.read(source, textmill.io.ReadOptions(text_field="body")))
    assert all(d.errors and d.errors[0]["type"] == "MissingText" for d in missing)


def test_example_register_writers() -> None:
    module = load_example("textmill_register_writers")
    host = textmill.PluginHost(autoload=False)
    host.register(module)
    writer = textmill.io.writers_of(host).get("tsv")
    out = io.StringIO()
    doc = textmill.Document("One. Two.", id="d", lang="en")
    doc.add_span("sentences", 0, 4)
    doc.add_span("sentences", 5, 9)
    writer.write(iter([doc]), out)
    assert out.getvalue() == "id\tlang\tsentences\terrors\nd\ten\t2\t0\n"


def _run_toy(toy_pipeline: Path, module: types.ModuleType) -> textmill.Pipeline:
    pipe = textmill.load(toy_pipeline)
    pipe.host.register(module)
    docs = list(pipe.stream(["a b", "boom", "c d e"], on_error="record"))
    assert [d.failed for d in docs] == [False, True, False]
    return pipe


def test_example_pipeline_start(toy_pipeline: Path, caplog: pytest.LogCaptureFixture) -> None:
    module = load_example("textmill_pipeline_start")
    with caplog.at_level(logging.INFO, logger="my_plugin"):
        _run_toy(toy_pipeline, module)
    [message] = [r.getMessage() for r in caplog.records if r.name == "my_plugin"]
    plugin = Path(toy_pipeline).parent / "toy_plugin.py"
    assert message == (f"pipeline toy starts: shout(./{plugin.name}), words(./{plugin.name}), "
                       f"count_words(./{plugin.name})")


def test_example_step_call(toy_pipeline: Path) -> None:
    module = load_example("textmill_step_call")
    _run_toy(toy_pipeline, module)
    # one batch; count_words failed on it and was retried once per document
    assert dict(module.CALLS) == {"shout": 1, "words": 1, "count_words": 4}
    assert all(seconds > 0 for seconds in module.SECONDS.values())


def test_example_document_failed(toy_pipeline: Path) -> None:
    module = load_example("textmill_document_failed")
    _run_toy(toy_pipeline, module)
    assert module.FAILURES == [("doc-1", "count_words", "ValueError: found 'boom'")]


def test_example_pipeline_end(toy_pipeline: Path, capsys: pytest.CaptureFixture[str]) -> None:
    module = load_example("textmill_pipeline_end")
    _run_toy(toy_pipeline, module)
    assert "toy: 2 ok, 1 failed, 0 skipped (" in capsys.readouterr().err


# -- the pipeline file reference ----------------------------------------------------------

PIPELINE_DOC = PIPELINES_MD.read_text(encoding="utf-8")


@pytest.mark.parametrize("key", _TOP_KEYS + _STEP_KEYS)
def test_every_pipeline_key_is_documented(key: str) -> None:
    assert f"### `{key}`" in PIPELINE_DOC


def test_no_documented_key_is_unknown() -> None:
    documented = set(re.findall(r"^### `(\w+)`", PIPELINE_DOC, flags=re.M))
    assert documented == set(_TOP_KEYS) | set(_STEP_KEYS)


def test_every_error_policy_is_documented() -> None:
    policies = sections(PIPELINE_DOC, "### ")["`on_error`"]
    for policy in ERROR_POLICIES:
        assert f"- `{policy}`" in policies


def test_the_pipeline_example_is_valid() -> None:
    [(_, example)] = fenced(PIPELINE_DOC, "pipeline")
    registry = textmill.PluginHost().steps()
    needed = {"detect_language", "mark_boilerplate", "split_sentences", "attribute_quotes",
              "summarise"}
    if not needed <= set(registry):
        pytest.skip(f"built-in steps not registered yet: {sorted(needed - set(registry))}")
    pipe = textmill.load(example)
    assert [s.id for s in pipe.steps] == ["detect_language", "mark_boilerplate",
                                          "split_sentences", "attribute_quotes", "summarise"]


def test_the_validation_example_output_is_current(tmp_path: Path) -> None:
    [(_, bad)] = fenced(PIPELINE_DOC, "file=bad.yaml")
    (tmp_path / "bad.yaml").write_text(bad, encoding="utf-8")
    [(_, console)] = fenced(PIPELINE_DOC, "console")
    command, *expected = console.splitlines()
    assert command == "$ textmill validate bad.yaml"
    done = subprocess.run([sys.executable, "-m", "textmill", "validate", "bad.yaml"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"})
    assert done.returncode == 2
    assert (done.stdout + done.stderr).splitlines() == expected


# -- all pages ---------------------------------------------------------------------------

PAGES = sorted(DOCS.glob("*.md"))


def test_the_docs_pages_exist() -> None:
    names = {p.name for p in PAGES}
    assert {"index.md", "writing-a-plugin.md", "hooks.md", "testing-plugins.md",
            "pipeline-files.md"} <= names


def test_every_page_is_linked_from_the_index() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(([\w.-]+\.md)(?:#[^)]*)?\)", index))
    unlisted = {p.name for p in PAGES} - {"index.md"} - linked
    assert not unlisted, f"add these pages to docs/index.md: {sorted(unlisted)}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_links_resolve(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if target.startswith(("http://", "https://")):
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{page.name}: broken link {target}"
        if anchor and linked.suffix == ".md":
            headings = re.findall(r"^#+ (.+)$", linked.read_text(encoding="utf-8"), flags=re.M)
            slugs = {re.sub(r"[^\w\- ]", "", h).strip().lower().replace(" ", "-")
                     for h in headings}
            assert anchor in slugs, f"{page.name}: no heading for #{anchor} in {linked.name}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_python_blocks_compile(page: Path) -> None:
    for info, code in fenced(page.read_text(encoding="utf-8")):
        if info.split()[:1] == ["python"]:
            compile(code, f"{page.name}", "exec")


NOT_PYTHON_NAMES = {"textmill.trace"}  # a logger name


def test_documented_public_names_exist() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in PAGES)
    names = set(re.findall(r"`(textmill(?:\.\w+)+)", text)) - NOT_PYTHON_NAMES
    assert "textmill.testing.check_step" in names
    for dotted in sorted(names):
        obj: Any = textmill
        for part in dotted.split(".")[1:]:
            if part in {"py", "yaml"}:
                break
            if not hasattr(obj, part):
                __import__(f"{obj.__name__}.{part}")
            obj = getattr(obj, part)
