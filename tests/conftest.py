"""Shared fixtures for textmill's tests."""

from __future__ import annotations

import logging
import os
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_process_state() -> Iterator[None]:
    """Undo what an in-process CLI run changes for its process (environment, log level)."""
    environ = dict(os.environ)
    logger = logging.getLogger("textmill")
    level = logger.level
    yield
    os.environ.clear()
    os.environ.update(environ)
    logger.setLevel(level)


@pytest.fixture
def repo_root() -> Path:
    """The project checkout."""
    return ROOT


@pytest.fixture
def make_dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """Create an installed-looking distribution (dist-info + module) on a temporary sys.path entry.

    The module is only written to disk, never imported by the test itself: textmill must
    find it through its entry point.
    """
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))

    def make(dist: str, module: str, source: str, entry_name: str | None = None,
             version: str = "1.0") -> Path:
        (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        info = site / f"{dist.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8"
        )
        (info / "entry_points.txt").write_text(
            f"[textmill]\n{entry_name or module} = {module}\n", encoding="utf-8"
        )
        return site

    yield make
    for name in list(sys.modules):
        if name.startswith("tmdist_"):
            del sys.modules[name]


TOY_PLUGIN = '''
import re
import textmill


class Shout(textmill.Step):
    """Upper-case copy of the text."""

    name = "shout"
    provides = ("attrs.shout",)
    params = {"suffix": textmill.Param(str, "!", "appended to the text")}

    def setup(self):
        self.suffix = self.options["suffix"]

    def process(self, doc):
        doc.attrs["shout"] = doc.text.upper() + self.suffix


@textmill.step(provides=["spans.words"])
def words(doc: textmill.Document, *, min_len: int = 1) -> None:
    "Word tokens."
    for m in re.finditer(r"\\w+", doc.text):
        if len(m.group()) >= min_len:
            doc.add_span("words", m.start(), m.end())


@textmill.step(requires=["spans.words"], provides=["attrs.n_words"])
def count_words(doc: textmill.Document, *, fail_on: str = "") -> None:
    "Count the words layer; raise when the text contains `fail_on`."
    if fail_on and fail_on in doc.text:
        raise ValueError(f"found {fail_on!r}")
    doc.attrs["n_words"] = len(doc.layer("words"))


@textmill.hookimpl
def textmill_register_steps():
    return [Shout, words, count_words]
'''


@pytest.fixture
def toy_plugin(tmp_path: Path) -> Path:
    """A local plugin file with the steps shout, words, count_words."""
    path = tmp_path / "toy_plugin.py"
    path.write_text(TOY_PLUGIN, encoding="utf-8")
    return path


@pytest.fixture
def toy_pipeline(tmp_path: Path, toy_plugin: Path) -> Path:
    """A pipeline file using the toy plugin."""
    path = tmp_path / "toy.yaml"
    path.write_text(textwrap.dedent(f"""\
        version: 1
        name: toy
        plugins: [./{toy_plugin.name}]
        steps:
          - shout
          - step: words
            params: {{min_len: 2}}
          - step: count_words
            params: {{fail_on: boom}}
        """), encoding="utf-8")
    return path
