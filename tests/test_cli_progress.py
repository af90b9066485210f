"""The progress bar appears on stderr only when it is a terminal."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pty = pytest.importorskip("pty")

PLUGIN = '''
import time
import textmill

@textmill.step(provides=["attrs.n"])
def tick(doc: textmill.Document, *, sleep: float = 0.02) -> None:
    "Wait a little."
    time.sleep(sleep)
    doc.attrs["n"] = len(doc.text)

@textmill.hookimpl
def textmill_register_steps():
    return [tick]
'''


def _setup(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "tick_plugin.py").write_text(PLUGIN, encoding="utf-8")
    pipeline = tmp_path / "tick.yaml"
    pipeline.write_text("version: 1\nname: tick\nplugins: [./tick_plugin.py]\nsteps: [tick]\n",
                        encoding="utf-8")
    folder = tmp_path / "docs"
    folder.mkdir()
    for number in range(20):
        (folder / f"d{number:02d}.txt").write_text(f"text {number}", encoding="utf-8")
    return pipeline, folder


def _read_all(fd: int, proc: subprocess.Popen[bytes]) -> bytes:
    data = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        data += chunk
    proc.wait(timeout=60)
    return data


@pytest.mark.slow
def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    pipeline, folder = _setup(tmp_path)
    master, slave = pty.openpty()
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "textmill", "run", str(pipeline), str(folder), "-o", str(out),
         "--batch-size", "1"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave,
        env={**os.environ, "COLUMNS": "120", "TERM": "xterm"})
    os.close(slave)
    shown = _read_all(master, proc).decode("utf-8", "replace")
    os.close(master)
    assert proc.returncode == 0, shown
    assert "documents" in shown and "20/20" in shown and "docs/s" in shown and "ETA" in shown
    assert "textmill: 20 documents: 20 ok, 0 failed" in shown


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    pipeline, folder = _setup(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "textmill", "run", str(pipeline), str(folder),
                           "-o", str(tmp_path / "out.jsonl"), "--set", "tick.sleep=0"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith("textmill: 20 documents: 20 ok, 0 failed in ")
    assert "\x1b[" not in proc.stderr and proc.stderr.count("\n") == 1
