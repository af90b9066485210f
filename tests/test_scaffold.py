"""``textmill new-plugin``: names, files, and the pip-install round trip."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from textmill.cli import app
from textmill.scaffold import ScaffoldError, create_plugin, plugin_names
from typer.testing import CliRunner


@pytest.mark.parametrize("name, expected", [
    ("textmill-longwords", ("textmill-longwords", "textmill_longwords", "longwords")),
    ("Acme.Key_Phrases", ("Acme.Key_Phrases", "acme_key_phrases", "acme_key_phrases")),
    ("textmill_ner", ("textmill_ner", "textmill_ner", "ner")),
])
def test_plugin_names(name: str, expected: tuple[str, str, str]) -> None:
    assert plugin_names(name) == expected


@pytest.mark.parametrize("name", ["-bad", "has space", "textmill", "textmill-2go", ""])
def test_bad_plugin_names_are_refused(name: str) -> None:
    with pytest.raises(ScaffoldError):
        plugin_names(name)


def test_scaffold_writes_a_package(tmp_path: Path) -> None:
    tomllib = pytest.importorskip("tomllib")
    created = create_plugin("textmill-longwords", tmp_path)
    root = tmp_path / "textmill-longwords"
    assert created.root == root
    assert sorted(p.relative_to(root).as_posix() for p in created.files) == [
        "README.md", "pyproject.toml", "tests/test_longwords.py", "textmill_longwords/__init__.py"]
    project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["name"] == "textmill-longwords"
    assert project["project"]["entry-points"]["textmill"] == {"longwords": "textmill_longwords"}
    assert "textmill" in project["project"]["dependencies"][0]
    code = (root / "textmill_longwords" / "__init__.py").read_text("utf-8")
    compile(code, "__init__.py", "exec")
    assert 'name = "longwords"' in code and "min_length" in code
    assert "textmill steps longwords" in (root / "README.md").read_text("utf-8")


def test_scaffold_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "textmill-x" / "keep.txt").parent.mkdir()
    (tmp_path / "textmill-x" / "keep.txt").write_text("mine")
    result = CliRunner().invoke(app, ["new-plugin", "textmill-x", "--dir", str(tmp_path)])
    assert result.exit_code == 2 and "not empty" in result.stderr
    assert (tmp_path / "textmill-x" / "keep.txt").read_text() == "mine"


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_new_plugin_round_trip(tmp_path: Path) -> None:
    """Scaffold, pip install, the step is listed, a pipeline runs it, its own tests pass."""
    result = CliRunner().invoke(app, ["new-plugin", "textmill-longwords", "--dir",
                                      str(tmp_path)])
    assert result.exit_code == 0, result.output
    package = tmp_path / "textmill-longwords"
    site = tmp_path / "site"
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    env.pop("TEXTMILL_BLOCK_PLUGINS", None)
    install = _run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index",
                    "--no-build-isolation", "--target", str(site), str(package)], env, tmp_path)
    assert install.returncode == 0, install.stdout + install.stderr
    assert list(site.glob("textmill_longwords-*.dist-info"))

    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
    steps = _run([sys.executable, "-m", "textmill", "steps", "--json"], env, tmp_path)
    assert steps.returncode == 0, steps.stderr
    listed = {s["name"]: s for s in json.loads(steps.stdout)}
    assert listed["longwords"]["distribution"] == "textmill-longwords"
    assert listed["longwords"]["plugin"] == "longwords"

    (tmp_path / "demo.yaml").write_text(
        "version: 1\nname: demo\nsteps:\n  - step: longwords\n    params: {min_length: 9}\n",
        encoding="utf-8")
    (tmp_path / "article.txt").write_text("Il leader nordcoreano ha ricevuto Lavrov.",
                                          encoding="utf-8")
    run = _run([sys.executable, "-m", "textmill", "run", "demo.yaml", "article.txt"], env,
               tmp_path)
    assert run.returncode == 0, run.stderr
    record = json.loads(run.stdout)
    words = [record["text"][s["start"]:s["end"]] for s in record["spans"]["longwords"]]
    assert words == ["nordcoreano"]
    assert record["attrs"]["longwords"] == {"count": 1}

    tests = _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                  str(package / "tests")], env, package)
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "2 passed" in tests.stdout
