"""Plugin discovery through entry points, isolation of broken plugins, conflicts, blocking."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import textmill
from textmill import PipelineError, PluginHost

GOOD = '''
import textmill

@textmill.step(name="reverse", provides=["attrs.reversed"])
def reverse(doc: textmill.Document) -> None:
    "Reverse the text."
    doc.attrs["reversed"] = doc.text[::-1]

@textmill.hookimpl
def textmill_register_steps():
    return [reverse]
'''

OTHER_REVERSE = GOOD.replace('[::-1]', '[::-1].upper()')

BROKEN = '''
import textmill
raise ImportError("needs libfoo 2.0")
'''


def test_step_from_an_installed_distribution_is_found_by_entry_point(
        make_dist: Callable[..., Path]) -> None:
    make_dist("textmill-reverse", "tmdist_reverse", GOOD, entry_name="reverse")
    assert "tmdist_reverse" not in sys.modules
    pipe = textmill.load({"steps": ["reverse"]})
    assert pipe("abc").attrs["reversed"] == "cba"
    spec = pipe.steps[0].spec
    assert (spec.plugin, spec.distribution, spec.version) == ("reverse", "textmill-reverse", "1.0")
    info = next(p for p in pipe.host.plugins if p.name == "reverse")
    assert info.source == "entry point" and "textmill_register_steps" in info.hooks


def test_broken_plugin_is_reported_and_isolated(make_dist: Callable[..., Path]) -> None:
    make_dist("textmill-reverse", "tmdist_reverse", GOOD, entry_name="reverse")
    make_dist("textmill-broken", "tmdist_broken", BROKEN, entry_name="broken")
    host = PluginHost()
    failure = next(f for f in host.failures if f.name == "broken")
    assert failure.distribution == "textmill-broken"
    assert failure.error == "ImportError: needs libfoo 2.0"
    # pipelines that do not need it work
    assert textmill.load({"steps": ["reverse"]})("ab").attrs["reversed"] == "ba"
    # a pipeline needing a missing step is told about the failure
    with pytest.raises(PipelineError, match=r"unknown step 'frobnicate'.*'broken'.*libfoo"):
        textmill.load({"steps": ["frobnicate"]})


def test_same_step_from_two_distributions_is_an_error_unless_chosen(
        make_dist: Callable[..., Path]) -> None:
    make_dist("textmill-reverse", "tmdist_reverse", GOOD, entry_name="reverse")
    make_dist("textmill-loud-reverse", "tmdist_loud", OTHER_REVERSE, entry_name="loud")
    with pytest.raises(PipelineError) as info:
        textmill.load({"steps": ["reverse"]})
    message = str(info.value.problems[0])
    assert "step 'reverse' is provided by more than one plugin" in message
    assert "textmill-reverse" in message and "textmill-loud-reverse" in message
    chosen = textmill.load({"steps": [{"step": "reverse", "plugin": "textmill-loud-reverse"}]})
    assert chosen("ab").attrs["reversed"] == "BA"
    by_plugin = textmill.load({"steps": [{"step": "reverse", "plugin": "reverse"}]})
    assert by_plugin("ab").attrs["reversed"] == "ba"


def test_block_environment_variable(make_dist: Callable[..., Path],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    make_dist("textmill-reverse", "tmdist_reverse", GOOD, entry_name="reverse")
    make_dist("textmill-broken", "tmdist_broken", BROKEN, entry_name="broken")
    monkeypatch.setenv("TEXTMILL_BLOCK_PLUGINS", "broken, textmill-reverse")
    host = PluginHost()
    assert not any(f.name == "broken" for f in host.failures)
    assert "reverse" not in host.steps()


def test_autoload_can_be_disabled(make_dist: Callable[..., Path], toy_plugin: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    make_dist("textmill-reverse", "tmdist_reverse", GOOD, entry_name="reverse")
    monkeypatch.setenv("TEXTMILL_DISABLE_PLUGIN_AUTOLOAD", "1")
    assert PluginHost().plugins == []
    pipe = textmill.load({"plugins": [str(toy_plugin)], "steps": ["shout"]})
    assert [p.name for p in pipe.host.plugins] == [str(toy_plugin)]


def test_plugins_argument_and_dotted_names(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tmdist_local.py").write_text(GOOD, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    pipe = textmill.load({"steps": ["reverse"]}, plugins=["tmdist_local"])
    assert pipe("xy").attrs["reversed"] == "yx"
    with pytest.raises(PipelineError, match=r"--plugin:1:1: cannot load plugin 'no_such_mod'"):
        textmill.load({"steps": ["reverse"]}, plugins=["no_such_mod"])


def test_module_without_hooks_is_rejected(tmp_path: Path) -> None:
    empty = tmp_path / "empty_plugin.py"
    empty.write_text("X = 1\n", encoding="utf-8")
    with pytest.raises(PipelineError, match="implements no textmill hook"):
        textmill.load({"plugins": [str(empty)], "steps": ["x"]})


def test_registration_hook_returning_garbage_is_a_plugin_failure(tmp_path: Path) -> None:
    bad = tmp_path / "garbage_plugin.py"
    bad.write_text(
        "import textmill\n\n@textmill.hookimpl\ndef textmill_register_steps():\n"
        "    return [object()]\n", encoding="utf-8")
    host = PluginHost(autoload=False)
    host.load_module(str(bad))
    assert host.steps() == {}
    assert "returned an invalid item" in host.failures[0].error


def test_backends_select_an_alternative_implementation(tmp_path: Path) -> None:
    plugin = tmp_path / "backends_plugin.py"
    plugin.write_text('''
import textmill

@textmill.step(name="tag", provides=["attrs.tag"])
def tag_default(doc: textmill.Document) -> None:
    doc.attrs["tag"] = "default"

@textmill.step(name="tag", provides=["attrs.tag"], backend="fast")
def tag_fast(doc: textmill.Document) -> None:
    doc.attrs["tag"] = "fast"

@textmill.hookimpl
def textmill_register_steps():
    return [tag_default, tag_fast]
''', encoding="utf-8")
    base = {"plugins": [str(plugin)]}
    assert textmill.load({**base, "steps": ["tag"]})("x").attrs["tag"] == "default"
    fast = textmill.load({**base, "steps": [{"step": "tag", "backend": "fast"}]})
    assert fast("x").attrs["tag"] == "fast"
    with pytest.raises(PipelineError, match=r"has no backend 'slow'.*available: default, fast"):
        textmill.load({**base, "steps": [{"step": "tag", "backend": "slow"}]})


def test_compiled_modules_names_the_submodules_loaded_from_extensions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.machinery
    from types import ModuleType

    from textmill.plugin_host import compiled_modules

    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    plugin = ModuleType("tm_fake_plugin")
    plugin.__file__ = "/site/tm_fake_plugin/__init__.py"
    fast, slow, other = (ModuleType(n) for n in ("f", "s", "o"))
    fast.__file__ = f"/site/tm_fake_plugin/fast{suffix}"
    slow.__file__ = "/site/tm_fake_plugin/slow.py"
    other.__file__ = f"/site/tm_fake_plugin_two/fast{suffix}"  # (another package)
    for name, module in (("tm_fake_plugin", plugin), ("tm_fake_plugin.fast", fast),
                         ("tm_fake_plugin.slow", slow), ("tm_fake_plugin_two.fast", other)):
        monkeypatch.setitem(sys.modules, name, module)
    assert compiled_modules(plugin) == ("fast",)
    assert compiled_modules(object()) == ()  # (a plugin object that is no module)
