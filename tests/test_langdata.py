"""textmill.langdata: per-language data files, read with YAML 1.2 booleans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textmill import langdata

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"


def test_yes_no_on_off_stay_words_and_true_false_stay_booleans(tmp_path: Path) -> None:
    file = tmp_path / "words.yaml"
    file.write_text("words: [no, on, off, yes, y, n]\nflag: true\nother: False\n", "utf-8")
    data = langdata.load_user_file(file)
    assert data == {
        "words": ["no", "on", "off", "yes", "y", "n"],
        "flag": True,
        "other": False,
    }


def test_user_file_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(langdata.LanguageDataError, match=r"nope\.yaml"):
        langdata.load_user_file(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("words: [a, b\n", "utf-8")
    with pytest.raises(langdata.LanguageDataError, match=r"bad\.yaml"):
        langdata.load_user_file(bad)
    bad.write_text("- a\n- b\n", "utf-8")
    with pytest.raises(langdata.LanguageDataError, match="must hold a mapping"):
        langdata.load_user_file(bad)


def test_merge_concatenates_lists_merges_mappings_replaces_scalars() -> None:
    base = {"words": ["a"], "table": {"x": 1, "y": 2}, "flag": False}
    extra = {"words": ["b"], "table": {"y": 3}, "flag": True}
    assert langdata.merge_data(base, extra) == {
        "words": ["a", "b"],
        "table": {"x": 1, "y": 3},
        "flag": True,
    }
    assert base["words"] == ["a"]  # the inputs are not changed


def _booleans_in_lists(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, bool)] + [
            b for v in value if isinstance(v, (list, dict)) for b in _booleans_in_lists(v)
        ]
    if isinstance(value, dict):
        return [b for v in value.values() for b in _booleans_in_lists(v)]
    return []


@pytest.mark.parametrize(
    "path", sorted(PLUGINS.glob("*/data/*.yaml")), ids=lambda p: f"{p.parent.parent.name}/{p.name}"
)
def test_no_word_list_of_a_built_in_step_holds_a_boolean(path: Path) -> None:
    data = langdata.load_user_file(path)
    assert _booleans_in_lists(data) == []


def test_a_hyphenated_given_name_of_two_given_names_is_a_given_name() -> None:
    from textmill.plugins.quotes.lexicon import load_lexicon

    names = load_lexicon("de").given_names
    assert "kai-uwe" in names and "uwe" in names
    assert "rhein-main" not in names and "kai-uwe-peter" not in names


def test_a_hyphenated_given_name_has_the_sex_of_its_first_part() -> None:
    from textmill.plugins.quotes.lexicon import load_lexicon

    assert load_lexicon("fr").gender_of("Marie-Claire Dubois") == "f"
    assert load_lexicon("de").gender_of("Hans-Peter Lautenschläger") == "m"
