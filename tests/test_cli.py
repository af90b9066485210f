"""The ``textmill`` command line: run, validate, explain, steps, plugins, schema, help."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import textmill
from textmill.cli import app
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

PLUGIN = '''
import time
import textmill

@textmill.step(provides=["attrs.words", "spans.tokens"])
def count_words(doc: textmill.Document, *, sleep: float = 0.0, fail_on: str = "",
                min_length: int = 1) -> None:
    "Count the words of a document and mark its first word."
    if fail_on and fail_on in doc.text:
        raise ValueError(f"found {fail_on!r}")
    if sleep:
        time.sleep(sleep)
    words = [w for w in doc.text.split() if len(w) >= min_length]
    doc.attrs["words"] = len(words)
    first = doc.text.split()[0] if doc.text.split() else ""
    start = doc.text.find(first)
    doc.add_span("tokens", start, start + len(first), label="first")

@textmill.step(requires=["attrs.words"], provides=["attrs.long"],
               uses=["spans.tokens"])
def flag_long(doc: textmill.Document, *, limit: int = 100) -> None:
    "Flag documents with more than `limit` words."
    doc.attrs["long"] = doc.attrs["words"] > limit

@textmill.hookimpl
def textmill_register_steps():
    return [count_words, flag_long]
'''

PIPELINE = """\
version: 1
name: words
description: Count words, flag long documents.
plugins: [./words_plugin.py]
steps:
  - count_words
  - step: flag_long
    params: {limit: 50}
"""


def make_pipeline(folder: Path, text: str = PIPELINE) -> Path:
    """Write the test plugin and a pipeline using it into ``folder``."""
    (folder / "words_plugin.py").write_text(PLUGIN, encoding="utf-8")
    path = folder / "words.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def invoke(*args: str, input: bytes | str | None = None) -> object:
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def pipeline(tmp_path: Path) -> Path:
    return make_pipeline(tmp_path)


# -- run ------------------------------------------------------------------------------


def test_run_writes_one_valid_record_per_seed(pipeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke("run", pipeline, SEEDS, "-o", out)
    assert result.exit_code == 0, result.output
    seeds = sorted(p for p in SEEDS.rglob("*") if p.is_file() and not p.name.startswith("."))
    docs = [textmill.Document.from_json(line) for line in out.read_text("utf-8").splitlines()]
    assert [d.id for d in docs] == [p.relative_to(SEEDS).with_suffix("").as_posix()
                                    for p in seeds]
    for doc, seed in zip(docs, seeds, strict=True):
        assert doc.text == seed.read_text("utf-8")
        assert doc.attrs["words"] == len(seed.read_text("utf-8").split())
        assert doc.attrs["long"] is (doc.attrs["words"] > 50)
        assert not doc.errors
    assert not (tmp_path / "out.jsonl.partial").exists()
    assert "1 ok, 0 failed" in result.stderr or f"{len(seeds)} ok" in result.stderr


def test_output_is_deterministic(pipeline: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert invoke("run", pipeline, SEEDS, "-o", first).exit_code == 0
    assert invoke("run", pipeline, SEEDS, "-o", second, "--batch-size", "1").exit_code == 0
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.skipif(not (ROOT / "pipelines" / "news.yaml").exists(),
                    reason="pipelines/news.yaml not written yet")
def test_news_pipeline_on_the_seeds(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke("run", ROOT / "pipelines" / "news.yaml", SEEDS, "-o", out)
    assert result.exit_code == 0, result.output
    docs = records(out.read_text("utf-8"))
    assert len(docs) == len([p for p in SEEDS.rglob("*.txt")])
    assert all(not d.get("errors") and d["lang"] for d in docs)


def test_format_pretty_shows_documents_readably(pipeline: Path) -> None:
    result = invoke("run", pipeline, SEEDS / "it-kim-lavrov.txt", "--format", "pretty")
    assert result.exit_code == 0, result.output
    assert "it-kim-lavrov" in result.stdout
    assert "characters" in result.stdout
    assert "words:" in result.stdout
    assert not result.stdout.lstrip().startswith("{")


def test_stdin_jsonl_is_piped_through(pipeline: Path) -> None:
    lines = [{"id": "a", "text": "uno due tre", "meta": {"src": "x"}},
             {"id": "b", "text": "quattro", "url": "http://example.org"}]
    payload = "".join(json.dumps(line) + "\n" for line in lines)
    result = invoke("run", pipeline, "-", input=payload)
    assert result.exit_code == 0, result.output
    out = records(result.stdout)
    assert [(d["id"], d["attrs"]["words"]) for d in out] == [("a", 3), ("b", 1)]
    assert out[0]["meta"] == {"src": "x"}
    assert out[1]["meta"] == {"url": "http://example.org"}


def test_stdin_without_dash_and_plain_text(pipeline: Path) -> None:
    result = invoke("run", pipeline, input="Il leader ha detto qualcosa.\n")
    assert result.exit_code == 0, result.output
    (doc,) = records(result.stdout)
    assert doc["id"] == "stdin" and doc["attrs"]["words"] == 5


def test_custom_text_and_id_fields(pipeline: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"key": 7, "body": "a b"}\n', encoding="utf-8")
    result = invoke("run", pipeline, source, "--text-field", "body", "--id-field", "key")
    assert result.exit_code == 0, result.output
    (doc,) = records(result.stdout)
    assert (doc["id"], doc["text"], doc["attrs"]["words"]) == ("7", "a b", 2)


def bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "good.txt").write_text("Una frase normale.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("perché così".encode("latin-1"))
    (folder / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return folder


def test_bad_inputs_become_error_records(pipeline: Path, tmp_path: Path) -> None:
    folder = bad_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    result = invoke("run", pipeline, folder, "--on-error", "record", "-o", out)
    assert result.exit_code == 1, result.output
    docs = {d["id"]: d for d in records(out.read_text("utf-8"))}
    assert sorted(docs) == ["empty", "good", "image", "latin1"]
    assert not docs["good"].get("errors") and docs["good"]["attrs"]["words"] == 3
    for doc_id, kind, words in [("empty", "EmptyInput", "empty"),
                                ("latin1", "UnicodeDecodeError", "not valid UTF-8"),
                                ("image", "BinaryInput", "binary")]:
        (error,) = docs[doc_id]["errors"]
        assert error["step"] is None and error["type"] == kind
        assert words in error["message"]
        assert str(folder / f"{doc_id}") in error["message"]
    assert "1 ok, 3 failed" in result.stderr


def test_malformed_jsonl_line_names_file_and_line(pipeline: Path, tmp_path: Path) -> None:
    source = tmp_path / "batch.jsonl"
    source.write_text('{"id": "a", "text": "x y"}\n{"id": "b", "text": \n\n[1, 2]\n',
                      encoding="utf-8")
    result = invoke("run", pipeline, source)
    assert result.exit_code == 1
    docs = records(result.stdout)
    assert [d["id"] for d in docs] == ["a", "batch:2", "batch:4"]
    assert docs[1]["errors"][0]["type"] == "JSONDecodeError"
    assert f"{source}:2:" in docs[1]["errors"][0]["message"]
    assert f"{source}:4: expected a JSON object" in docs[2]["errors"][0]["message"]


def test_on_error_skip_and_fail(pipeline: Path, tmp_path: Path) -> None:
    folder = bad_folder(tmp_path)
    skipped = invoke("run", pipeline, folder, "--on-error", "skip")
    assert skipped.exit_code == 1
    assert [d["id"] for d in records(skipped.stdout)] == ["good"]
    assert "3 skipped" in skipped.stderr
    out = tmp_path / "out.jsonl"
    failed = invoke("run", pipeline, folder, "--on-error", "fail", "-o", out)
    assert failed.exit_code == 1
    assert "empty" in failed.stderr and "EmptyInput" in failed.stderr
    assert not out.exists(), "a stopped run must not publish its output"


def test_step_failure_is_recorded_with_step_and_id(pipeline: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("fine text", encoding="utf-8")
    (tmp_path / "b.txt").write_text("this has BOOM inside", encoding="utf-8")
    result = invoke("run", pipeline, tmp_path / "a.txt", tmp_path / "b.txt",
                    "--set", "count_words.fail_on=BOOM")
    assert result.exit_code == 1
    ok, bad = records(result.stdout)
    assert ok["attrs"]["words"] == 2
    assert bad["id"] == "b" and bad["errors"][0]["step"] == "count_words"
    assert "BOOM" in bad["errors"][0]["message"]


def test_set_overrides_a_parameter(pipeline: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a bb ccc dddd", encoding="utf-8")
    result = invoke("run", pipeline, tmp_path / "a.txt", "--set", "count_words.min_length=3")
    assert result.exit_code == 0, result.output
    assert records(result.stdout)[0]["attrs"]["words"] == 2


def test_bad_set_is_a_usage_error_with_position(pipeline: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    result = invoke("run", pipeline, tmp_path / "a.txt", "--set", "count_words.min_length=3",
                    "--set", "count_words.min_length=many")
    assert result.exit_code == 2
    assert "--set:2:1: error: --set count_words.min_length: expected int" in result.stderr
    assert result.stdout == ""


def test_glob_filters_folders(pipeline: Path, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("one", encoding="utf-8")
    (folder / "sub" / "b.md").write_text("two words", encoding="utf-8")
    (folder / "sub" / "c.txt").write_text("three little words", encoding="utf-8")
    (folder / ".hidden.txt").write_text("never", encoding="utf-8")
    everything = invoke("run", pipeline, folder)
    assert [d["id"] for d in records(everything.stdout)] == ["a", "sub/b", "sub/c"]
    only_txt = invoke("run", pipeline, folder, "--glob", "*.txt")
    assert [d["id"] for d in records(only_txt.stdout)] == ["a", "sub/c"]
    only_sub = invoke("run", pipeline, folder, "--glob", "sub/*")
    assert [d["id"] for d in records(only_sub.stdout)] == ["sub/b", "sub/c"]


def test_output_format_from_suffix_and_json(pipeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert invoke("run", pipeline, SEEDS, "-o", out).exit_code == 0
    data = json.loads(out.read_text("utf-8"))
    assert isinstance(data, list) and data[0]["id"] == "it-kim-lavrov"
    unknown = invoke("run", pipeline, SEEDS, "-o", tmp_path / "out.weird")
    assert unknown.exit_code == 2 and "--format" in unknown.stderr


@pytest.mark.parametrize("args, message", [
    (["--resume"], "--resume needs -o"),
    (["--workers", "lots"], "--workers must be a number"),
    (["--workers", "0"], "at least 1"),
    (["--format", "xml"], "unknown output format 'xml'"),
    (["--input-format", "xml"], "unknown input format 'xml'"),
    (["missing-folder/"], "no such file or folder"),
    (["--executor", "process", "--scheduler", "tcp://127.0.0.1:1"], "scheduler"),
])
def test_usage_errors_exit_2(pipeline: Path, args: list[str], message: str) -> None:
    result = invoke("run", pipeline, SEEDS, *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr


def test_profile_prints_a_table_and_leaves_the_environment_alone(
        pipeline: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXTMILL_PROFILE", raising=False)
    before = dict(os.environ)
    result = invoke("run", pipeline, SEEDS, "--profile")
    assert result.exit_code == 0, result.output
    assert "textmill profile" in result.stderr
    assert dict(os.environ) == before
    plain = invoke("run", pipeline, SEEDS)
    assert plain.exit_code == 0 and "textmill profile" not in plain.stderr


def test_quiet_prints_nothing_on_stderr(pipeline: Path) -> None:
    result = invoke("run", pipeline, SEEDS, "-q")
    assert result.exit_code == 0 and result.stderr == ""
    loud = invoke("run", pipeline, SEEDS)
    assert "docs/s" in loud.stderr and "elapsed" not in loud.stdout


def test_workers_are_handed_to_the_executor(pipeline: Path, tmp_path: Path) -> None:
    serial = invoke("run", pipeline, SEEDS, "-o", tmp_path / "serial.jsonl")
    assert serial.exit_code == 0
    result = invoke("run", pipeline, SEEDS, "-o", tmp_path / "two.jsonl", "--workers", "2",
                    "--executor", "process")
    if result.exit_code == 2 and "needs a parallel executor" in result.stderr:
        pytest.skip("process executor not available yet")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "two.jsonl").read_bytes() == (tmp_path / "serial.jsonl").read_bytes()


def test_bad_inputs_are_accounted_for_with_workers(pipeline: Path, tmp_path: Path) -> None:
    folder = bad_folder(tmp_path)
    serial = invoke("run", pipeline, folder)
    parallel = invoke("run", pipeline, folder, "--workers", "2", "--batch-size", "1")
    assert serial.exit_code == parallel.exit_code == 1, parallel.output
    assert parallel.stdout == serial.stdout
    assert len(records(parallel.stdout)) == 4


# -- validate / explain -----------------------------------------------------------------


BROKEN = """\
version: 1
name: broken
plugins: [./words_plugin.py]
steps:
  - count_wrods
  - step: count_words
    params:
      min_length: many
  - flag_long
"""


def test_validate_reports_every_problem_with_positions(tmp_path: Path) -> None:
    path = make_pipeline(tmp_path, BROKEN)
    result = invoke("validate", path)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert f"{path}:5:5: error: unknown step 'count_wrods'" in lines[0]
    assert "did you mean 'count_words'" in lines[0]
    assert lines[1].startswith(f"{path}:8:19: error: parameter 'min_length'")
    assert "textmill: 2 problems" in lines[-1]


def test_validate_missing_file_and_yaml_error(tmp_path: Path) -> None:
    missing = invoke("validate", tmp_path / "nope.yaml")
    assert missing.exit_code == 2 and "pipeline file not found" in missing.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("steps: [a, b\nname: x\n", encoding="utf-8")
    result = invoke("validate", bad)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{bad}:")


def test_validate_prints_the_resolved_plan(pipeline: Path) -> None:
    result = invoke("validate", pipeline)
    assert result.exit_code == 0, result.output
    assert "1. count_words" in result.stdout and "2. flag_long" in result.stdout
    assert "limit = 50" in result.stdout and "min_length = 1" in result.stdout
    assert "requires: attrs.words" in result.stdout
    plan = json.loads(invoke("validate", pipeline, "--json").stdout)
    assert [s["id"] for s in plan["steps"]] == ["count_words", "flag_long"]
    assert plan["steps"][1]["options"] == {"limit": 50}


def test_explain_draws_the_data_flow(pipeline: Path) -> None:
    result = invoke("explain", pipeline)
    assert result.exit_code == 0, result.output
    assert "```mermaid" in result.stdout and "1. count_words" in result.stdout
    chart = invoke("explain", pipeline, "--mermaid").stdout
    assert chart.startswith("flowchart TD")
    assert 's1 -->|"attrs.words"| s2' in chart
    assert 's1 -.->|"spans.tokens"| s2' in chart
    assert 'input -->|"text"| s1' in chart


def test_data_flow_with_assumed_input() -> None:
    from textmill.explain import data_flow, render_mermaid

    plan = {"steps": [
        {"id": "a", "step": "a", "requires": ["spans.sentences"], "provides": ["lang"]},
        {"id": "b", "step": "b", "requires": ["lang"], "uses": ["spans.x"],
         "provides": ["attrs.b", "lang"]},
        {"id": "c", "step": "c", "plugin": 'odd "name" | x'},
    ]}
    edges = data_flow(plan, assumes=["spans.sentences"])
    assert ("input", "a", "spans.sentences", False) in edges
    assert ("a", "b", "lang", False) in edges
    assert ("input", "c", "text", False) in edges
    assert ("b", "output", "attrs.b, lang", False) in edges
    assert not any(t == "output" and s == "a" for s, t, _, _ in edges), "lang is b's"
    chart = render_mermaid(plan, ["spans.sentences"])
    assert "#quot;name#quot; #124; x" in chart


CSV_PLUGIN = r'''
import csv, io
import textmill

def read_csv(source, options):
    with source.open() as stream:
        rows = csv.DictReader(io.TextIOWrapper(stream, encoding="utf-8"))
        for number, row in enumerate(rows, start=2):
            yield textmill.io.document_from_record(row, source, number, options)

def write_tsv(docs, stream):
    for doc in docs:
        stream.write(f"{doc.id}\t{doc.attrs.get('words')}\n")

@textmill.hookimpl
def textmill_register_readers():
    return [textmill.Reader("csv", (".csv",), read_csv, "one document per row")]

@textmill.hookimpl
def textmill_register_writers():
    return [textmill.Writer("tsv", (".tsv",), write_tsv, "id and word count")]
'''


def test_a_third_party_format_plugin(pipeline: Path, tmp_path: Path) -> None:
    (tmp_path / "csv_plugin.py").write_text(CSV_PLUGIN, encoding="utf-8")
    (tmp_path / "in.csv").write_text("id,text,author\na1,uno due,me\na2,,you\n",
                                     encoding="utf-8")
    out = tmp_path / "out.tsv"
    result = invoke("run", pipeline, tmp_path / "in.csv", "-o", out,
                    "--plugin", tmp_path / "csv_plugin.py")
    assert result.exit_code == 0, result.output
    assert out.read_text("utf-8") == "a1\t2\na2\t0\n"


def test_output_dash_means_stdout(pipeline: Path) -> None:
    result = invoke("run", pipeline, SEEDS, "-o", "-")
    assert result.exit_code == 0
    assert records(result.stdout)[0]["id"] == "it-kim-lavrov"


# -- steps / plugins / schema -------------------------------------------------------------


def test_steps_lists_builtin_and_local_steps(pipeline: Path) -> None:
    plugin = str(pipeline.parent / "words_plugin.py")
    result = invoke("steps", "--plugin", plugin, "--json")
    assert result.exit_code == 0, result.output
    listed = {s["name"]: s for s in json.loads(result.stdout)}
    assert listed["count_words"]["plugin"] == plugin
    assert listed["count_words"]["description"].startswith("Count the words")
    table = invoke("steps", "--plugin", plugin)
    assert "count_words" in table.stdout and "flag_long" in table.stdout


def test_steps_name_shows_params_and_requirements(pipeline: Path) -> None:
    plugin = str(pipeline.parent / "words_plugin.py")
    result = invoke("steps", "flag_long", "--plugin", plugin)
    assert result.exit_code == 0, result.output
    assert "limit" in result.stdout and "int" in result.stdout and "100" in result.stdout
    assert "requires: attrs.words" in result.stdout
    assert "provides: attrs.long" in result.stdout
    unknown = invoke("steps", "flag_lnog", "--plugin", plugin)
    assert unknown.exit_code == 2 and "did you mean 'flag_long'" in unknown.stderr


def test_plugins_lists_plugins_and_failures(tmp_path: Path) -> None:
    broken = tmp_path / "broken_plugin.py"
    broken.write_text("raise ImportError('missing dependency')\n", encoding="utf-8")
    result = invoke("plugins", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    formats = next(p for p in data["plugins"] if p["name"] == "formats")
    assert "textmill_register_readers" in formats["hooks"]
    assert "reader jsonl" in formats["provides"] and "writer pretty" in formats["provides"]
    assert all(isinstance(p["compiled"], list) for p in data["plugins"])
    failed = invoke("plugins", "--plugin", str(broken))
    assert failed.exit_code == 2 and "missing dependency" in failed.stderr


def test_schema_is_valid_and_checks_third_party_params(pipeline: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    plugin = str(pipeline.parent / "words_plugin.py")
    result = invoke("schema", "--plugin", plugin)
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    good = {"version": 1, "steps": ["count_words",
                                    {"step": "flag_long", "params": {"limit": 3}}]}
    assert list(validator.iter_errors(good)) == []
    for bad in (
        {"steps": [{"step": "flag_long", "params": {"limit": "three"}}]},
        {"steps": [{"step": "flag_long", "params": {"limti": 3}}]},
        {"steps": ["no_such_step"]},
        {"steps": ["count_words"], "on_error": "explode"},
    ):
        assert list(validator.iter_errors(bad)), bad


# -- help, version, module ----------------------------------------------------------------


COMMANDS = ["run", "validate", "explain", "steps", "plugins", "schema", "new-plugin"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert f"textmill {command}" in result.stdout


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"textmill {textmill.__version__}"


def test_python_dash_m_textmill(pipeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "textmill", "run", str(pipeline), str(SEEDS),
                           "-o", str(out), "-q"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert records(out.read_text("utf-8"))[0]["id"] == "it-kim-lavrov"
    version = subprocess.run([sys.executable, "-m", "textmill", "--version"],
                             capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == f"textmill {textmill.__version__}"


@pytest.mark.skipif(shutil.which("textmill") is None and not (
    Path(sys.executable).parent / "textmill").exists(), reason="console script not installed")
def test_console_script_exit_code_for_bad_pipeline(tmp_path: Path) -> None:
    script = shutil.which("textmill") or str(Path(sys.executable).parent / "textmill")
    path = make_pipeline(tmp_path, BROKEN)
    proc = subprocess.run([script, "validate", str(path)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 2
    assert f"{path}:5:5: error: unknown step" in proc.stderr
