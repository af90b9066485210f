"""detect_language with backend: lingua: same contract, lazy import, clear install hint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import textmill

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "it-kim-lavrov.txt").read_text(encoding="utf-8")
LANGS = ["ca", "cs", "da", "de", "en", "es", "fr", "hu", "it", "nl", "pl", "pt", "ro", "ru", "sv"]


def lingua_pipe(**params: object) -> textmill.Pipeline:
    return textmill.load({"version": 1, "steps": [
        {"step": "detect_language", "backend": "lingua", "params": params}]})


def test_importing_the_plugin_does_not_import_lingua() -> None:
    code = ("import sys, textmill.plugins.lingua_backend as p; "
            "assert p.LinguaDetectLanguage.backend == 'lingua'; "
            "print('lingua' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "False"


def test_missing_lingua_fails_at_setup_with_install_hint(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from textmill.plugins.lingua_backend import step

    step.detector_for.cache_clear()
    monkeypatch.setitem(sys.modules, "lingua", None)  # makes `import lingua` fail
    with pytest.raises(textmill.PipelineError, match=r"install textmill\[lingua\]"):
        lingua_pipe(languages=["it", "pl"])
    step.detector_for.cache_clear()


def test_seed_with_lingua() -> None:
    pytest.importorskip("lingua")
    doc = lingua_pipe(mode="blocks", languages=LANGS)(SEED)
    assert doc.lang == "it"
    assert doc.attrs["language"]["candidates"][0][0] == "it"
    labels = {doc.span_text(s): s.label for s in doc.layer("languages")}
    assert labels["upday.com 7 godzin temu"] == "pl"
    assert labels["Idź do oryginalnego materiału"] == "pl"
    assert doc.text == SEED


def test_detector_is_built_once_per_process_and_shared() -> None:
    pytest.importorskip("lingua")
    first = lingua_pipe(languages=["it", "en", "pl"]).steps[0].runner
    second = lingua_pipe(languages=["it", "en", "pl"]).steps[0].runner
    assert first.detector is second.detector  # type: ignore[attr-defined]
    doc = lingua_pipe(languages=["it", "en", "pl"])("The minister said the talks went well.")
    assert doc.lang == "en"
    assert {c[0] for c in doc.attrs["language"]["candidates"]} <= {"it", "en", "pl"}


def test_unknown_language_for_lingua_is_reported() -> None:
    pytest.importorskip("lingua")
    with pytest.raises(textmill.PipelineError, match="xq"):
        lingua_pipe(languages=["it", "xq"])
