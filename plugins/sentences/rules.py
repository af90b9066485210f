"""Per-language splitting rules: the data files compiled into sets and regexes.

Everything a language contributes lives in ``data/<lang>.yaml`` (merged over
``data/xx.yaml``); this module only turns that data into lookup sets and the
few compiled patterns the splitter runs. Rules are compiled once per language
(and user file) per process.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import textmill

__all__ = ["Rules", "rules_for"]

_PACKAGE = "textmill.plugins.sentences"
_FOLDER = "data"

# Longest quotation or bracketed aside (in characters) inside which sentence
# boundaries are suppressed; longer spans are split normally.
MAX_QUOTE_CHARS = 400


@dataclass(frozen=True)
class Rules:
    """Compiled splitting rules for one language."""

    lang: str
    abbreviations: frozenset[str]
    titles: frozenset[str]
    ending_abbreviations: frozenset[str]
    number_abbreviations: frozenset[str]
    sentence_starters: frozenset[str]
    top_level_domains: frozenset[str]
    ordinal_period: bool
    terminals: str
    strong_terminals: frozenset[str]
    closers: str
    openers: str
    bullets: str
    continuation_marks: str
    events: re.Pattern[str]
    bullet_re: re.Pattern[str] | None
    next_token: re.Pattern[str]
    regions: re.Pattern[str] | None
    markers: re.Pattern[str]
    marker_value: re.Pattern[str]


def _cls(chars: str) -> str:
    """A regex character-class body matching exactly ``chars``."""
    return "".join(re.escape(c) for c in dict.fromkeys(chars))


def _words(data: dict[str, Any], key: str, *, lower: bool = True) -> frozenset[str]:
    values = data.get(key) or []
    if not isinstance(values, list):
        raise ValueError(f"sentence data: {key!r} must be a list, got {type(values).__name__}")
    out = set()
    for item in values:
        if not isinstance(item, (str, int)) or isinstance(item, bool):
            raise ValueError(
                f"sentence data: {key!r} holds {item!r}, not a string (quote the words "
                f"'true' and 'false', which YAML reads as booleans)"
            )
        word = str(item).strip()
        if word.endswith("."):
            word = word[:-1]
        if word:
            out.add(word.lower() if lower else word)
    return frozenset(out)


def _chars(data: dict[str, Any], key: str) -> str:
    value = data.get(key) or ""
    if isinstance(value, list):
        value = "".join(str(v) for v in value)
    return "".join(dict.fromkeys(str(value)))


def compile_rules(lang: str, data: dict[str, Any]) -> Rules:
    """Build :class:`Rules` from merged language data."""
    terminals = _chars(data, "terminal_marks")
    strong = frozenset(terminals) - {".", "…"}
    closers = _chars(data, "closing_marks")
    openers = _chars(data, "opening_marks")
    bullets = _chars(data, "bullets")
    if not terminals:
        raise ValueError(f"sentence data for {lang!r}: terminal_marks is empty")
    t, c, b = _cls(terminals), _cls(closers), _cls(bullets)
    # marks that end a sentence with no space after them (。！？ in Chinese and Japanese)
    unspaced = _chars(data, "unspaced_terminal_marks")
    u = _cls(unspaced)
    unspaced_after = rf"|(?<=[{u}])|(?<=[{u}][{c}])" if unspaced else ""
    # Every event starts with one character of a small set, so the regex engine can skip
    # quickly to the next candidate; the kind of event is then told by look-behinds.
    # Repetitions alternate runs of disjoint sets (closers+ marks+), so a failing match
    # backtracks at most linearly. A closing quote may follow a space (French « … . »).
    events = re.compile(
        rf"[\n{t}{c}]"
        r"(?:(?<=\n)(?P<nl>)(?:[^\S\n]*\n)*"
        # a cluster of final marks (with closing quotes/brackets) followed by space or the end
        rf"|(?<![{t}{c}].)(?P<term>)"
        rf"(?:(?<=[{c}])[{c}]*(?:\.(?:[ ]\.){{2,}}|[{t}]+)|(?<=\.)(?:[ ]\.){{2,}}|(?<=[{t}])[{t}]*)"
        rf"(?:[{c}]+[{t}]+)*[{c}]*(?:[ \u00a0\u202f][»”›])?(?:(?=\s|\Z){unspaced_after}))",
        re.DOTALL,
    )
    bullet_re = re.compile(rf"[{b}](?<!\S.)", re.DOTALL) if bullets else None
    # opening marks may be spaced ("— deди", "-- voila"): marks and spaces alternate
    next_token = re.compile(
        rf"\s*(?P<open>(?:[{_cls(openers)}][^\S\n]*)*)(?P<word>\w*)")
    pairs = data.get("quote_pairs") or []
    alternatives = []
    all_openings = ""
    for pair in pairs:
        if not (isinstance(pair, list) and len(pair) == 2):
            raise ValueError(f"sentence data for {lang!r}: quote_pairs items must be [open, close]")
        opening, closing = str(pair[0]), str(pair[1])
        body = _cls(opening + closing)
        all_openings += opening
        alternatives.append(
            rf"(?<=[{_cls(opening)}])[^{body}\n]{{1,{MAX_QUOTE_CHARS}}}[{_cls(closing)}]"
        )
    regions = (
        re.compile(rf"[{_cls(all_openings)}](?:{'|'.join(alternatives)})", re.DOTALL)
        if alternatives else None
    )
    # list markers ("1.", "2)", "b.", "3.)") are found from their separator (a fast
    # first-character scan), then their value is read from the few characters before it
    markers = re.compile(r"[.)]\)?(?=[^\S\n]+\S)")
    marker_value = re.compile(rf"(?:^|(?<=[\s{b}]))(\d{{1,3}}|[a-z])\Z")
    return Rules(
        lang=lang,
        abbreviations=_words(data, "abbreviations"),
        titles=_words(data, "titles"),
        ending_abbreviations=_words(data, "ending_abbreviations"),
        number_abbreviations=_words(data, "number_abbreviations"),
        sentence_starters=_words(data, "sentence_starters", lower=False),
        top_level_domains=_words(data, "top_level_domains"),
        ordinal_period=bool(data.get("ordinal_period", False)),
        terminals=terminals,
        strong_terminals=strong,
        closers=closers,
        openers=openers + bullets,
        bullets=bullets,
        continuation_marks=_chars(data, "continuation_marks"),
        events=events,
        bullet_re=bullet_re,
        next_token=next_token,
        regions=regions,
        markers=markers,
        marker_value=marker_value,
    )


@functools.lru_cache(maxsize=64)
def rules_for(lang: str | None, extra_file: str | None = None) -> Rules:
    """The compiled rules for ``lang`` (``xx`` fallback), plus a user data file."""
    code = (lang or textmill.langdata.FALLBACK).lower().replace("_", "-").split("-")[0]
    data = textmill.langdata.load_language_data(_PACKAGE, _FOLDER, code)
    if not extra_file:
        return compile_rules(code or textmill.langdata.FALLBACK, data)
    data = textmill.langdata.merge_data(data, _user_data(Path(extra_file)))
    try:
        return compile_rules(code or textmill.langdata.FALLBACK, data)
    except ValueError as exc:  # (the package's files are checked by the tests: the user's)
        raise ValueError(f"{extra_file}: {exc}") from exc


def _user_data(path: Path) -> dict[str, Any]:
    """A user's extra data: YAML (same keys as the package files) or plain text.

    A ``.txt`` file holds one abbreviation per line (``#`` starts a comment).
    """
    if path.suffix.lower() == ".txt":
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise ValueError(f"abbreviations file not found: {path}") from None
        words = [line.split("#", 1)[0].strip() for line in lines]
        return {"abbreviations": [w for w in words if w]}
    return textmill.langdata.load_user_file(path)


def available_languages() -> list[str]:
    """Languages with a data file of their own."""
    return textmill.langdata.available_languages(_PACKAGE, _FOLDER)
