"""A run killed part-way leaves no output file; ``--resume`` finishes it, each document once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PLUGIN = '''
import time
import textmill

@textmill.step(provides=["attrs.length"])
def slow_length(doc: textmill.Document, *, sleep: float = 0.0) -> None:
    "Record the text length, slowly."
    time.sleep(sleep)
    doc.attrs["length"] = len(doc.text)

@textmill.hookimpl
def textmill_register_steps():
    return [slow_length]
'''

PIPELINE = """\
version: 1
name: slow
plugins: [./slow_plugin.py]
steps:
  - slow_length
"""

DOCS = 16


def setup_run(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "slow_plugin.py").write_text(PLUGIN, encoding="utf-8")
    pipeline = tmp_path / "slow.yaml"
    pipeline.write_text(PIPELINE, encoding="utf-8")
    folder = tmp_path / "docs"
    folder.mkdir()
    for number in range(DOCS):
        (folder / f"doc{number:02d}.txt").write_text(f"document {number} " * (number + 1),
                                                    encoding="utf-8")
    return pipeline, folder


def textmill(*args: str | Path, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "textmill", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            **kwargs)  # type: ignore[call-overload]


def complete_lines(path: Path) -> int:
    if not path.exists():
        return 0
    return path.read_bytes().count(b"\n")


@pytest.mark.slow
def test_killed_run_resumes_with_every_document_exactly_once(tmp_path: Path) -> None:
    pipeline, folder = setup_run(tmp_path)
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    run = textmill("run", pipeline, folder, "-o", out, "--batch-size", "1",
                   "--set", "slow_length.sleep=0.25")
    deadline = time.monotonic() + 60
    while complete_lines(partial) < 3 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.05)
    assert run.poll() is None, "the run finished before it could be killed"
    os.kill(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    assert not out.exists(), "a killed run must not leave a file that looks complete"
    done_before = complete_lines(partial)
    assert 3 <= done_before < DOCS

    resumed = textmill("run", pipeline, folder, "-o", out, "--resume")
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    assert "already done" in stderr
    assert not partial.exists()
    ids = [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]
    assert ids == [f"doc{n:02d}" for n in range(DOCS)]

    fresh = tmp_path / "fresh.jsonl"
    clean = textmill("run", pipeline, folder, "-o", fresh, "-q")
    clean.communicate(timeout=120)
    assert clean.returncode == 0
    assert out.read_bytes() == fresh.read_bytes()


@pytest.mark.slow
def test_resume_after_a_finished_run_does_nothing_twice(tmp_path: Path) -> None:
    pipeline, folder = setup_run(tmp_path)
    out = tmp_path / "out.jsonl"
    first = textmill("run", pipeline, folder, "-o", out, "-q")
    first.communicate(timeout=120)
    before = out.read_bytes()
    (folder / "doc99.txt").write_text("a late arrival", encoding="utf-8")
    again = textmill("run", pipeline, folder, "-o", out, "--resume")
    _, stderr = again.communicate(timeout=120)
    assert again.returncode == 0, stderr
    assert f"{DOCS} already done" in stderr and "1 ok" in stderr
    after = out.read_bytes()
    assert after.startswith(before)
    assert [json.loads(x)["id"] for x in after.decode().splitlines()][-1] == "doc99"
