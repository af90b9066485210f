"""The example third-party plugin (examples/textmill-keywords), installed with pip into a
temporary folder, found through its entry point, and run next to the built-in steps.

Offline: ``pip install --no-deps --no-build-isolation --no-index --target SITE`` uses the
setuptools of the test environment; the plugin is then only importable through
``PYTHONPATH=SITE`` in subprocesses, never from the source tree.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import textmill

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "textmill-keywords"
SEED = ROOT / "seeds" / "it-kim-lavrov.txt"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example plugin installed into a fresh target folder."""
    base = tmp_path_factory.mktemp("keywords")
    source = base / "src"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns(
        "build", "*.egg-info", "__pycache__", ".pytest_cache"))
    target = base / "site"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--disable-pip-version-check", "--target", str(target), str(source)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (target / "textmill_keywords" / "data" / "stopwords" / "it.yaml").is_file()
    return target


def _env(site: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTMILL_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
    return env


def _python(site: Path, code: str, cwd: Path) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, env=_env(site), cwd=cwd, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _builtin(name: str) -> bool:
    return name in textmill.PluginHost().steps()


def _pipeline(tmp_path: Path) -> tuple[Path, list[str]]:
    steps = [name for name in ("detect_language", "split_sentences") if _builtin(name)]
    path = tmp_path / "keywords.yaml"
    path.write_text(textwrap.dedent(f"""\
        version: 1
        name: keywords
        steps: [{", ".join(steps)}{", " if steps else ""}{{step: keywords, params: {{top: 6}}}}]
        """), encoding="utf-8")
    return path, steps


def test_the_installed_plugin_is_found_through_its_entry_point(site: Path,
                                                                tmp_path: Path) -> None:
    out = _python(site, """
        import json, textmill, textmill_keywords
        [spec] = textmill.PluginHost().steps()["keywords"]
        print(json.dumps({"dist": spec.distribution, "version": spec.version,
                          "plugin": spec.plugin, "file": textmill_keywords.__file__}))
    """, tmp_path)
    info = json.loads(out)
    assert info["dist"] == "textmill-keywords" and info["version"] == "0.1.0"
    assert info["plugin"] == "keywords"
    assert info["file"].startswith(str(site))


def test_a_pipeline_runs_keywords_next_to_the_builtins(site: Path, tmp_path: Path) -> None:
    if not _builtin("split_sentences"):
        pytest.skip("the built-in split_sentences step is not registered yet")
    pipeline, steps = _pipeline(tmp_path)
    out = _python(site, f"""
        import json, textmill
        pipe = textmill.load({str(pipeline)!r})
        doc = pipe(open({str(SEED)!r}, encoding="utf-8").read(), id="seed")
        print(doc.to_json())
    """, tmp_path)
    doc = textmill.Document.from_json(out)
    assert steps == ["detect_language", "split_sentences"]
    assert doc.lang == "it"
    assert doc.layer("sentences")
    keys = [k["key"] for k in doc.attrs["keywords"]]
    assert keys[0] == "kim jong un"
    assert "corea del nord" in keys
    spans = doc.layer("keywords")
    assert {s.step for s in spans} == {"keywords"}
    assert all(doc.span_text(s).casefold() == s.label for s in spans)
    sentences = [(s.start, s.end) for s in doc.layer("sentences")]
    # phrases never cross the built-in step's sentence boundaries
    assert all(any(a <= s.start and s.end <= b for a, b in sentences) for s in spans)


def test_the_cli_lists_and_runs_the_plugin(site: Path, tmp_path: Path) -> None:
    env = _env(site)
    listed = subprocess.run([sys.executable, "-m", "textmill", "steps"], capture_output=True,
                            text=True, env=env, cwd=tmp_path, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert "keywords" in listed.stdout and "textmill-keywords" in listed.stdout
    pipeline, _ = _pipeline(tmp_path)
    done = subprocess.run([sys.executable, "-m", "textmill", "run", str(pipeline), str(SEED),
                           "-q"], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    [record] = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert record["attrs"]["keywords"][0]["phrase"] == "Kim Jong Un"


def test_the_installed_plugin_keeps_the_contract_with_builtin_prerequisites(
        site: Path, tmp_path: Path) -> None:
    out = _python(site, """
        from textmill.testing import check_step
        report = check_step("keywords", long_chars=30_000)
        print("\\n".join(report.checks))
    """, tmp_path)
    if _builtin("split_sentences"):
        assert "prepared documents with:" in out and "split_sentences" in out


def test_the_plugins_own_tests_pass_against_the_installed_copy(site: Path,
                                                               tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    shutil.copytree(EXAMPLE / "tests", tests, ignore=shutil.ignore_patterns("__pycache__"))
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(tests)], capture_output=True, text=True, env=_env(site),
                          cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert " passed" in done.stdout
