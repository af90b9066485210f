"""docs/writing-a-plugin.md, followed literally in a fresh virtual environment.

A new user who reads only docs/ must be able to write, install and run a new step. This
test does what the tutorial says, block by block (the conventions are in the comment at
the top of the tutorial):

* ```` ```lang file=PATH ```` blocks are written to PATH;
* ``$ `` lines of ``console`` blocks are run in the tutorial's current folder (``cd``
  moves it); the lines after a command must appear in its output (``...`` skips); the
  exit code must be 0, or N for ``console exit=N``; ``console skip`` blocks (publishing
  to PyPI) are not run;
* a ``python run`` block must print exactly the ``text output`` block after it.

Offline adaptations, and nothing else: the fresh venv sees the test environment's
packages (textmill, pytest, setuptools) through a ``.pth`` file instead of downloading
them, ``pip install`` gets ``--no-build-isolation --no-index``, and ``textmill``/``pytest``
are small launchers in the venv's ``bin`` (what ``pip install textmill pytest`` would put
there). The plugin itself is installed into the venv by the tutorial's own ``pip`` command.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "docs" / "writing-a-plugin.md"
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.S | re.M)

pytestmark = pytest.mark.slow


@dataclass
class Block:
    """A fenced block: language, options from the info string, body, line in the file."""

    lang: str
    options: dict[str, str]
    body: str
    line: int


def blocks(markdown: str) -> list[Block]:
    found = []
    for match in FENCE.finditer(markdown):
        lang, *words = match.group(1).split()
        options = dict(w.split("=", 1) if "=" in w else (w, "") for w in words)
        found.append(Block(lang, options, match.group(2),
                           markdown.count("\n", 0, match.start()) + 1))
    return found


def test_tutorial_blocks_are_well_formed() -> None:
    found = blocks(TUTORIAL.read_text(encoding="utf-8"))
    files = [b.options["file"] for b in found if "file" in b.options]
    assert "textmill_acronyms/__init__.py" in files and "tests/test_acronyms.py" in files
    runs = [i for i, b in enumerate(found) if "run" in b.options]
    assert runs and all(found[i + 1].lang == "text" and "output" in found[i + 1].options
                        for i in runs)
    commands = [line for b in found if b.lang == "console" and "skip" not in b.options
                for line in b.body.splitlines() if line.startswith("$ ")]
    assert commands[0] == "$ textmill new-plugin textmill-acronyms"
    assert any(c.startswith("$ pip install") for c in commands)
    assert any(c.startswith("$ textmill run ") for c in commands)


class Tutorial:
    """A fresh venv and a current folder, driven by the tutorial's blocks."""

    def __init__(self, base: Path) -> None:
        self.venv = base / "venv"
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(self.venv)],
                       check=True, timeout=120)
        self.python = self.venv / "bin" / "python"
        site = Path(subprocess.run(
            [str(self.python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True, text=True, check=True).stdout.strip())
        self.site = site
        parent = sysconfig.get_paths()["purelib"]
        (site / "_textmill_test_parent.pth").write_text(
            f"import site; site.addsitedir({parent!r})\n", encoding="utf-8")
        for name, code in (("textmill", "from textmill.cli import main; sys.exit(main())"),
                           ("pytest", "import pytest; sys.exit(pytest.main())")):
            launcher = self.venv / "bin" / name
            launcher.write_text(f"#!{self.python}\nimport sys\n{code}\n", encoding="utf-8")
            launcher.chmod(0o755)
        self.cwd = base / "work"
        self.cwd.mkdir()
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("TEXTMILL_", "PYTHON", "PIP_"))}
        self.env.update({"PATH": f"{self.venv / 'bin'}{os.pathsep}{os.environ['PATH']}",
                         "VIRTUAL_ENV": str(self.venv), "COLUMNS": "200", "NO_COLOR": "1",
                         "PIP_DISABLE_PIP_VERSION_CHECK": "1"})

    def write(self, block: Block) -> None:
        path = self.cwd / block.options["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(block.body, encoding="utf-8")

    def command(self, line: str, expected_code: int, expected_lines: list[str],
                where: str) -> None:
        args = shlex.split(line)
        if args[0] == "cd":
            self.cwd = (self.cwd / args[1]).resolve()
            assert self.cwd.is_dir(), f"{where}: no folder {self.cwd}"
            return
        if args[0] == "pip":
            args = [str(self.python), "-m", "pip", *args[1:]]
            if "install" in args:
                args += ["--no-build-isolation", "--no-index"]
        done = subprocess.run(args, cwd=self.cwd, env=self.env, capture_output=True,
                              text=True, timeout=600)
        output = done.stdout + done.stderr
        assert done.returncode == expected_code, (
            f"{where}: `{line}` exited {done.returncode}, expected {expected_code}:\n{output}")
        for expected in expected_lines:
            if expected.strip() != "...":
                assert expected.strip() in output, (
                    f"{where}: `{line}` did not print {expected.strip()!r}:\n{output}")

    def console(self, block: Block) -> None:
        code = int(block.options.get("exit", "0"))
        pending: tuple[str, int] | None = None
        expected: list[str] = []
        lines = block.body.splitlines()
        for offset, text in enumerate([*lines, "$ "]):
            if not text.startswith("$ "):
                expected.append(text)
                continue
            if pending is not None:
                self.command(pending[0], code, expected,
                             f"{TUTORIAL.name}:{block.line + pending[1] + 1}")
            pending, expected = (text[2:], offset), []

    def run_python(self, block: Block, output: Block) -> None:
        done = subprocess.run([str(self.python), "-c", block.body], cwd=self.cwd, env=self.env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{TUTORIAL.name}:{block.line}: {done.stderr}"
        assert done.stdout == output.body, f"{TUTORIAL.name}:{block.line}: printed {done.stdout}"


def test_following_the_tutorial_literally_works(tmp_path: Path) -> None:
    tutorial = Tutorial(tmp_path)
    found = blocks(TUTORIAL.read_text(encoding="utf-8"))
    for index, block in enumerate(found):
        if "file" in block.options:
            tutorial.write(block)
        elif block.lang == "console" and "skip" not in block.options:
            tutorial.console(block)
        elif "run" in block.options:
            tutorial.run_python(block, found[index + 1])

    # What the tutorial promised, checked beyond its printed output:
    plugin = tmp_path / "work" / "textmill-acronyms"
    assert tutorial.cwd == plugin.resolve()
    installed = [p.name for p in tutorial.site.iterdir()]
    assert any(n.startswith("textmill_acronyms-0.1.0") and n.endswith(".dist-info")
               for n in installed), installed  # installed into the fresh venv, by pip
    record = (plugin / "out.jsonl").read_text(encoding="utf-8")
    assert '"lang":"en"' in record
    assert ('"OECD":{"count":2,"expansion":"Organisation for Economic Co-operation and '
            'Development"}') in record
    assert '"step":"acronyms"' in record
