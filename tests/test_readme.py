"""The README's Python example runs as written, and its commands are the ones CI uses."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_python_api_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    example = next(b for b in blocks if "textmill.load(" in b)
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(example, "README.md", "exec"), namespace)
    printed = out.getvalue().splitlines()
    assert printed[0] == ("it ['Il leader nordcoreano Kim Jong Un ha detto: «Siamo pronti».', "
                          "'Lo ha riferito la KCNA.']")
    assert printed[1] == "a de [('Wir sind bereit.', 'Anna Weber')]"
    assert printed[2] == ("b en [('We are ready,', 'John Smith'), "
                          "('The bridge opens in May.', 'John Smith')]")


def test_ci_runs_the_readme_test_command() -> None:
    commands = re.findall(r"```console\n(.*?)\n```", README, flags=re.S)
    test_command = next(c for c in commands if "pytest" in c)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
