"""Per-language quotation knowledge, read from ``data/<lang>.yaml`` (merged over ``xx.yaml``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from textmill import langdata

__all__ = ["Lexicon", "MarkPair", "load_lexicon"]

PACKAGE = "textmill.plugins.quotes"
FOLDER = "data"


@dataclass(frozen=True)
class MarkPair:
    """An opening and a closing quotation mark that belong together."""

    open: str
    close: str
    symmetric: bool  # same character opens and closes ("…", '…')
    apostrophe_like: bool  # the closing character doubles as an apostrophe


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in data.get(key) or ())


class GivenNames:
    """The given names of a language; a hyphenated given name whose parts are all given
    names is one too (``kai-uwe``, ``marie-claire``, ``jean-baptiste``).

    A plain class rather than a ``frozenset`` subclass, so that the membership test is
    this class's own wherever the code runs (compiled code tests a ``frozenset``
    directly, past a subclass's ``__contains__``)."""

    __slots__ = ("_names",)

    def __init__(self, names: Iterable[str]) -> None:
        self._names = frozenset(names)

    def __contains__(self, word: object) -> bool:
        if word in self._names:
            return True
        if not isinstance(word, str) or "-" not in word:
            return False
        parts = word.split("-")
        return len(parts) == 2 and all(p in self._names for p in parts)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def _separable(data: dict[str, Any], key: str) -> dict[str, frozenset[str]]:
    """A table of words to word sets (``gab: [bekannt, zu]``), case-folded."""
    table = data.get(key) or {}
    return {
        str(verb).casefold(): frozenset(str(p).casefold() for p in table[verb]) for verb in table
    }


def _phrases(data: dict[str, Any], *keys: str) -> tuple[tuple[str, ...], ...]:
    """The phrases listed under ``keys``, as case-folded word tuples, longest first."""
    out = {
        tuple(str(p).casefold().split())
        for key in keys
        for p in data.get(key) or ()
        if str(p).strip()
    }
    return tuple(sorted(out, key=lambda p: (-len(p), p)))


@dataclass(frozen=True)
class Lexicon:
    """Everything the step knows about one language (all words case-folded)."""

    lang: str
    marks: tuple[MarkPair, ...]
    speech_verbs: frozenset[str]
    object_verbs: frozenset[str]
    attributive_participles: frozenset[str]
    quoting_verbs: frozenset[str]
    accusative_pronouns: frozenset[str]
    told_prepositions: frozenset[str]
    media_nouns: frozenset[str]
    media_names: frozenset[str]
    naming_after_words: frozenset[str]
    couple_nouns: frozenset[str]
    reported_speech_markers: frozenset[str]
    speech_phrases: tuple[tuple[str, ...], ...]
    impersonal_cues: tuple[tuple[str, ...], ...]
    source_prepositions: tuple[tuple[str, ...], ...]
    source_postpositions: frozenset[str]
    initial_source_prepositions: frozenset[str]
    after_quote_cues: frozenset[str]
    pronouns: frozenset[str]
    group_mentions: tuple[tuple[str, ...], ...]
    determiners: frozenset[str]
    object_prepositions: frozenset[str]
    auxiliaries: frozenset[str]
    skip_words: frozenset[str]
    role_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]
    title_function_words: frozenset[str]
    title_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    noun_suffixes: tuple[str, ...]
    organisation_nouns: frozenset[str]
    organisation_anaphors: frozenset[str]
    definite_determiners: frozenset[str]
    role_suffixes: tuple[str, ...]
    titles: frozenset[str]
    name_connectors: frozenset[str]
    glued_name_particles: tuple[str, ...]
    named_after_nouns: frozenset[str]
    non_names: frozenset[str]
    demonyms: frozenset[str]
    complementizers: frozenset[str]
    finite_auxiliaries: frozenset[str]
    generic_pronouns: frozenset[str]
    genitive_name_heads: tuple[str, ...]
    relative_pronouns: frozenset[str]
    conjunctions: frozenset[str]
    abbreviations: frozenset[str]
    cue_pronoun_suffixes: tuple[str, ...]
    group_joiner: str
    capitalised_nouns: bool
    capitalised_role_titles: bool
    verb_second: bool
    name_suffixes: frozenset[str]
    legal_forms: frozenset[str]
    organisation_connectors: frozenset[str]
    passive_auxiliaries: frozenset[str]
    agent_prepositions: frozenset[str]
    given_names: GivenNames
    indefinite_determiners: frozenset[str]
    predicative_markers: frozenset[str]
    expletives: frozenset[str]
    separable_verbs: dict[str, frozenset[str]]
    common_nouns: frozenset[str]
    subordinators: frozenset[str]
    oblique_determiners: frozenset[str]
    oblique_adjective_determiners: frozenset[str]
    attribution_subordinators: frozenset[str]
    speech_nouns: frozenset[str]
    possessor_links: frozenset[str]
    cataphoric_words: frozenset[str]
    pointing_back_words: frozenset[str]
    pointing_back_phrases: tuple[str, ...]
    pointing_back_verbs: frozenset[str]
    ordinal_period: bool
    place_named_bodies: frozenset[str]
    body_compound_heads: frozenset[str]
    plural_pronouns: frozenset[str]
    adverb_suffixes: tuple[str, ...]
    plural_verb_endings: tuple[str, ...]
    singular_feminine_pronouns: frozenset[str]
    ruling_nouns: frozenset[str]
    feminine_determiners: frozenset[str]
    feminine_noun_endings: tuple[str, ...]
    feminine_role_suffixes: tuple[str, ...]
    nominal_role_endings: tuple[str, ...]
    masculine_nominal_determiners: frozenset[str]
    feminine_nominal_determiners: frozenset[str]
    name_adjective_suffixes: tuple[str, ...]
    name_complement_prepositions: frozenset[str]
    infinitive_suffixes: tuple[str, ...]
    indefinite_pronouns: frozenset[str]
    document_anaphors: frozenset[str]
    complement_correlates: frozenset[str]
    copulas: frozenset[str]
    negations: frozenset[str]
    infinitive_particles: frozenset[str]
    person_pronouns: frozenset[str]
    adjective_endings: tuple[str, ...]
    adjective_stem_endings: tuple[str, ...]
    adjective_stems: frozenset[str]
    state_nouns: frozenset[str]
    female_given_names: frozenset[str]
    male_given_names: frozenset[str]
    feminine_pronouns: frozenset[str]
    masculine_pronouns: frozenset[str]
    place_prepositions: frozenset[str]
    genitive_determiners: frozenset[str]
    body_pronouns: dict[str, frozenset[str]]
    and_words: frozenset[str]
    object_clitics: dict[str, frozenset[str]]
    nominative_adjective_endings: dict[str, frozenset[str]]
    possessive_pronouns: dict[str, frozenset[str]]
    role_synonyms: dict[str, frozenset[str]]
    saint_words: frozenset[str]
    nobility_words: frozenset[str]
    surname_particles: tuple[tuple[str, ...], ...]
    origin_prepositions: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    owner_sources: tuple[tuple[str, ...], ...]
    article_prepositions: frozenset[str]
    object_pronouns: frozenset[str]
    source_circle_nouns: frozenset[str]
    crowd_documents: frozenset[str]
    party_nouns: frozenset[str]
    person_noun_endings: tuple[str, ...]
    crowd_noun_endings: tuple[str, ...]
    company_nouns: frozenset[str]
    public_body_anaphors: frozenset[str]
    voice_nouns: frozenset[str]
    court_nouns: frozenset[str]
    bench_nouns: frozenset[str]
    bench_determiners: frozenset[str]
    genitive_adjective_suffixes: tuple[str, ...]
    organisation_names: tuple[str, ...]
    body_kind_nouns: tuple[str, ...]
    naming_words: frozenset[str]
    _role_cache: dict[str, bool] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    _title_cache: dict[str, bool] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    _compound_cache: dict[str, bool] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    _organisation_cache: dict[str, bool] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    _head_cache: dict[str, str] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    _body_head_cache: dict[str, str] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    _lone_cache: dict[str, int] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    _body_cache: dict[str, bool] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    _ordinary_cache: dict[str, bool] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    _common_cache: dict[str, bool] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    @functools.cached_property
    def non_name_openers(self) -> frozenset[str]:
        """Function words that never open a name (``der``, ``il``, ``and``, ``that``)."""
        return (
            self.determiners
            | self.pronouns
            | self.object_prepositions
            | self.conjunctions
            | self.skip_words
            | self.complementizers
        )

    @functools.cached_property
    def clause_words(self) -> frozenset[str]:
        """Words that end a speaker phrase: auxiliaries, complementizers, pronouns and
        conjunctions (speech verbs aside: a capitalised one may be a German noun)."""
        return self.auxiliaries | self.complementizers | self.pronouns | self.conjunctions

    @functools.cached_property
    def function_words(self) -> frozenset[str]:
        """Words no verb is: adverbs of ``skip_words``, prepositions, determiners,
        conjunctions, subordinators, complementizers, relative pronouns and predicative
        markers (read past when a verb-second clause's first verb is looked for)."""
        return (
            self.skip_words
            | self.object_prepositions
            | self.determiners
            | self.conjunctions
            | self.subordinators
            | self.complementizers
            | self.relative_pronouns
            | self.attribution_subordinators
            | self.predicative_markers
        )

    @functools.cached_property
    def clause_openers(self) -> frozenset[str]:
        """Words that open a relative clause after a comma: complementizers and relative
        pronouns (``che``, ``which``, ``qui``)."""
        return self.complementizers | self.relative_pronouns

    @functools.cached_property
    def source_heads(self) -> frozenset[str]:
        """The first words of the source prepositions (``according``, ``laut``, ``secondo``;
        not the possessive opening an owner's view, ``seiner Meinung nach``)."""
        return frozenset(
            p[0] for p in self.source_prepositions if p[0] not in self.possessive_pronouns
        )

    @functools.cached_property
    def cue_words(self) -> frozenset[str]:
        """The single words that may open a cue (speech and separable verbs, source words,
        ``so``); multi-word cues and verbs with a glued pronoun aside."""
        return frozenset(self.separable_verbs).union(
            self.speech_verbs,
            self.initial_source_prepositions,
            self.source_postpositions,
            self.after_quote_cues,
        )

    @functools.cached_property
    def group_words(self) -> frozenset[str]:
        """Every word of the group mentions: a word outside it opens none."""
        return frozenset(w for p in self.group_mentions for w in p)

    @functools.cached_property
    def sentence_abbreviations(self) -> frozenset[str]:
        """Words whose period ends no sentence: the abbreviations (with the abbreviated
        titles; a title written in full ends one: ``sagte der Papst. Der …``)."""
        return self.abbreviations

    @functools.cached_property
    def _suffix_set(self) -> frozenset[str]:
        return frozenset(self.role_suffixes)

    @functools.cached_property
    def _suffix_lengths(self) -> tuple[int, ...]:
        return tuple(sorted({len(s) for s in self.role_suffixes}))

    def is_title_noun(self, word: str) -> bool:
        """True for a noun that introduces a title (``Film``, ``Tageszeitung``)."""
        return _memo(self._title_cache, word, self._title_noun)

    def _title_noun(self, word: str) -> bool:
        w = word.casefold().rsplit("-", 1)[-1]  # "Rolling-Stones-Tour": its last part
        if w in self.title_nouns:
            return True
        if self.capitalised_nouns and w.endswith("s"):
            # German genitive: "des Magazins", "des Internetdienstes"
            if w[:-1] in self.title_nouns or (w.endswith("es") and w[:-2] in self.title_nouns):
                return True
            w = w[:-2] if w.endswith("es") else w[:-1]
        return self.capitalised_nouns and _compound_of(w, self.title_nouns, 3, min_head=5)

    def lone_word(self, word: str) -> int:
        """How a lone capitalised German word is read: ``COMMON`` (a frequent common noun),
        ``CANDIDATE`` (a name unless an ordinary word stands before it) or ``NAME_LIKE``
        (not alphabetic, an acronym, a role or a given name: never a common noun by its
        look)."""
        known = self._lone_cache.get(word)
        if known is None:
            if self.is_common_noun(word):
                known = COMMON
            elif (
                not word.isalpha()
                or is_acronym(word)
                or self.is_role(word)
                or word.casefold() in self.given_names  # "die neunjährige Lina"
            ):
                known = NAME_LIKE
            else:
                known = CANDIDATE
            _remember(self._lone_cache, word, known)
        return known

    def ordinary_word(self, low: str) -> bool:
        """A word after which a lone capitalised German word is a common noun: it opens no
        name (``opens_no_name``) and is no title or role (``Dr``, ``Minister``)."""
        known = self._ordinary_cache.get(low)
        return known if known is not None else _memo(self._ordinary_cache, low, self._ordinary)

    def _ordinary(self, low: str) -> bool:
        return self.opens_no_name(low) and low not in self.titles and not self.is_role(low)

    def opens_subject(self, low: str) -> bool:
        """A determiner that may open a subject: not dative or accusative (``dem``, ``den``)
        and not indefinite (``einen „Ruck“`` is a word someone used)."""
        return (
            low in self.determiners
            and low not in self.oblique_determiners
            and low not in self.indefinite_determiners
        )

    def opens_no_name(self, low: str) -> bool:
        """An ordinary word: a lone capitalised German word after it is a common noun (after
        a speech verb, an auxiliary, a conjunction or a skip word it may be a name)."""
        return (
            low not in self.speech_verbs
            and low not in self.auxiliaries
            and low not in self.conjunctions
            and low not in self.skip_words
        )

    def is_common_noun(self, word: str) -> bool:
        """A frequent common noun of the language (never a role word, which stays a cue)."""
        known = self._common_cache.get(word)  # asked of both ends of every name: inline
        return known if known is not None else _memo(self._common_cache, word, self._common)

    def _common(self, word: str) -> bool:
        return word.casefold() in self.common_nouns and not self.is_role(word)

    def ends_in_speech_noun(self, word: str) -> bool:
        """German compounds end in their head noun: ``wutrede``, ``wochenbericht``
        (``word`` case-folded; a compound is longer than its head by three letters or more)."""
        return _memo(
            self._compound_cache, word, lambda w: _compound_of(w, self.speech_nouns, 2)
        )

    def names_document(self, word: str) -> bool:
        """``word`` (case-folded) names a document that speaks: a ruling, a statement
        (``nota``, ``Mitteilung``) or, in German, a compound of one (``Wochenbericht``)."""
        if word in self.ruling_nouns:
            return True
        if word in self.speech_nouns:
            return word not in self.cataphoric_words
        return self.capitalised_nouns and any(
            self.ends_in_speech_noun(stem) for stem in (word, word[:-1], word[:-2])
        )

    def head_words(self, words: list[str]) -> list[str]:
        """The words (case-folded) of a noun phrase before its complement, a genitive or a
        preposition phrase: ``entscheidung`` of ``entscheidung der jury``."""
        for i, w in enumerate(words):
            if i and (w in self.determiners or w in self.object_prepositions):
                return words[:i]
        return words

    def is_inflected_adjective(self, word: str) -> bool:
        """``word`` (case-folded) is an adjective with an ending (``deutschen``,
        ``vereinigten``): its stem ends in one of ``adjective_stem_endings`` or is one of
        ``adjective_stems``, and it is no noun the lexicon knows."""
        for ending in self.adjective_endings:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 3 and (
                stem in self.adjective_stems or stem.endswith(self.adjective_stem_endings)
            ):
                return not self.is_common_noun(word) and not self.is_role(word)
        return False

    def genitive_article(self, word: str) -> bool:
        """German: ``word`` (case-folded) may open a genitive (``des``, ``eines``, and ``der``,
        ``einer`` before a feminine or plural noun): ``die Chefredakteurin des „Weserblick“``,
        ``Verband der Industriellen Energiekunden``."""
        return word in self.genitive_determiners or word in self.oblique_adjective_determiners

    def names_medium(self, word: str) -> bool:
        """A noun of a news medium (``media_nouns``: ``Zeitung``, ``paper``), in German a
        compound of one too (``Tageszeitung``); ``word`` case-folded."""
        return word in self.media_nouns or (
            self.capitalised_nouns and _compound_of(word, self.media_nouns, 2)
        )

    def names_court(self, word: str) -> bool:
        """``word`` (case-folded) is one of ``court_nouns`` or, in German, a compound of one
        (``Landgericht``, ``Verwaltungsgerichtshof``)."""
        if word in self.court_nouns:
            return True
        return self.capitalised_nouns and _compound_of(word, self.court_nouns, 2, min_head=4)

    def names_ruling(self, word: str) -> bool:
        """``word`` (case-folded) is one of ``ruling_nouns`` or, in German, a compound that
        opens with one (``Urteilsbegründung``)."""
        if word in self.ruling_nouns:
            return True
        return self.capitalised_nouns and any(
            word.startswith(noun) and len(word) > len(noun) + 3
            for noun in self.ruling_nouns
            if len(noun) >= 5
        )

    def names_company(self, word: str) -> bool:
        """``word`` (case-folded) is one of ``company_nouns`` or, in German, a compound or
        plural of one (``Verkehrsbetriebe``, ``Stadtwerke``)."""
        if word in self.company_nouns:
            return True
        return self.capitalised_nouns and any(
            _compound_of(stem, self.company_nouns, 2, min_head=4) or stem in self.company_nouns
            for stem in (word, word[:-1])
        )

    def names_organisation(self, word: str) -> bool:
        """An organisation noun or anaphor (``ministry``), or in German a compound ending in
        one (``Polizeipräsidium``); ``word`` case-folded."""
        if word in self.organisation_nouns or word in self.organisation_anaphors:
            return True
        if not self.capitalised_nouns:
            return False
        return _memo(
            self._organisation_cache,
            word,
            lambda w: _compound_of(w, self._organisation_heads, 2, min_head=4),
        )

    def names_body_kind(self, word: str) -> bool:
        """A noun that tells what kind of body the name after it is, never part of that
        name (``body_kind_nouns``; German compounds too: ``Tierschutzorganisation``);
        ``word`` case-folded."""
        return bool(self.body_kind_nouns) and word.endswith(self.body_kind_nouns)

    def body_head(self, word: str) -> str:
        """The head noun from ``nominative_adjective_endings`` that ``word`` (case-folded)
        is or ends in as a compound (``wetterdienstes`` is no head, ``wetterdienst`` ends in
        ``dienst``), the longest first; "" when none."""
        known = self._body_head_cache.get(word)
        if known is None:
            heads = self._gendered_heads
            lengths = reversed(_lengths(heads))
            known = next((word[-n:] for n in lengths if word[-n:] in heads), "")
            _remember(self._body_head_cache, word, known)
        return known

    def names_source_circle(self, word: str) -> bool:
        """``Parteikreisen``, ``circles``: a word (case-folded) for the circles an unnamed
        source belongs to, or in German a compound ending in one."""
        if word in self.source_circle_nouns:
            return True
        return self.capitalised_nouns and _compound_of(word, self.source_circle_nouns, 2)

    def compound_head(self, word: str) -> str:
        """The shortest head from ``nominative_adjective_endings`` that ``word`` (case-folded)
        ends in, at least three letters longer than it (``hilfswerk`` -> ``werk``); ""."""
        known = self._head_cache.get(word)
        if known is None:
            heads = self._gendered_heads
            known = next(
                (word[-n:] for n in _lengths(heads) if len(word) > n + 2 and word[-n:] in heads),
                "",
            )
            _remember(self._head_cache, word, known)
        return known

    def nominative_ending(self, head: str) -> str:
        """The strong nominative adjective ending before ``head`` (a result of
        ``body_head``): ``er`` before ``dienst``, ``es`` before ``amt``."""
        return next(
            (end for end, heads in self.nominative_adjective_endings.items() if head in heads), ""
        )

    @functools.cached_property
    def _gendered_heads(self) -> frozenset[str]:
        return frozenset().union(*self.nominative_adjective_endings.values())

    @functools.cached_property
    def _organisation_heads(self) -> frozenset[str]:
        return self.organisation_nouns | self.organisation_anaphors

    def names_body(self, word: str) -> bool:
        """``word`` (case-folded) names a body: an organisation noun or anaphor, a body named
        by type and place (``landratsamt``) or, in German, a compound of one."""
        return (
            self.names_organisation(word)
            or word in self.place_named_bodies
            or self.names_body_in_compound(word)
        )

    def names_body_in_compound(self, word: str) -> bool:
        """German: a compound longer than one of ``body_compound_heads`` or
        ``place_named_bodies`` (``hebammenverband``, ``landespolizeiinspektion``); before a
        one-word place or field it is part of the body's name. ``word`` case-folded."""
        return _memo(self._body_cache, word, self._body_in_compound)

    def _body_in_compound(self, word: str) -> bool:
        heads = self._body_heads
        return bool(heads) and word not in heads and _compound_of(word, heads, 2, min_head=3)

    @functools.cached_property
    def _body_heads(self) -> frozenset[str]:
        return self.body_compound_heads | self.place_named_bodies

    def gender_of(self, name: str) -> str | None:
        """``f`` or ``m`` when the name's first word is a given name used for one sex only
        (of a hyphenated one, its first part: ``Marie-Claire``, ``Kai-Uwe``)."""
        first = name.split(" ", 1)[0].casefold()
        known = first in self.female_given_names or first in self.male_given_names
        if "-" in first and not known:
            first = first.split("-", 1)[0]
        if first in self.female_given_names:
            return "f"
        if first in self.male_given_names:
            return "m"
        return None

    def pronoun_gender(self, text: str) -> str | None:
        """``f`` or ``m`` for a gendered subject pronoun in ``text`` (``a-t-elle dit``)."""
        for word in _pronoun_words(text):
            if word in self.feminine_pronouns:
                return "f"
            if word in self.masculine_pronouns:
                return "m"
        return None

    def person_pronoun(self, text: str) -> bool:
        """True for a subject pronoun that only ever means a person (English ``she``; French
        ``elle`` may be ``la Commission``)."""
        return any(w in self.person_pronouns for w in _pronoun_words(text))

    def role_gender(self, phrase: str) -> str | None:
        """``f`` for a role phrase whose determiner (``la ricercatrice``) or, in German, whose
        role noun (``die Ministerin``) is feminine; else None (masculine forms may name women:
        ``il magistrato``); in German, ``m`` or ``f`` for a nominalised adjective, whose
        determiner tells (``der 58-Jährige``, ``die Angeklagte``)."""
        words = phrase.casefold().split()
        if not words:
            return None
        first = words[0]
        if self.nominal_role_endings and len(words) == 2 and words[1].endswith(
            self.nominal_role_endings
        ):
            if first in self.masculine_nominal_determiners:
                return "m"
            if first in self.feminine_nominal_determiners:
                return "f"
        cut = max(first.find("'"), first.find("’"))
        if 0 < cut < len(first) - 1:
            first = first[: cut + 1]  # "l'avocate": the elided article says nothing
        if first in self.feminine_determiners:
            return "f"
        if self.feminine_role_suffixes and any(
            w.endswith(self.feminine_role_suffixes) and self.is_role(w) for w in words
        ):
            return "f"
        return None

    def plural_verb(self, cue: str) -> bool:
        """True when a word of the verb cue has a plural ending (``contaron``, ``hanno detto``):
        without a subject, its speakers are a group."""
        return bool(self.plural_verb_endings) and any(
            word.endswith(self.plural_verb_endings) for word in cue.casefold().split()
        )

    def plural_people_noun(self, phrase: str) -> bool:
        """German: a phrase opened by ``die`` (``feminine_nominal_determiners``: no weak
        masculine noun's singular, unlike ``den Intendanten``) whose last word is a plural
        noun for people (``crowd_noun_endings``: ``die Demonstranten``), not one that may be
        a singular (``nominal_role_endings``: ``die Vorsitzende``)."""
        words = phrase.casefold().split()
        return (
            self.capitalised_nouns
            and len(words) >= 2
            and words[0] in self.feminine_nominal_determiners
            and words[-1].endswith(self.crowd_noun_endings)
            and not words[-1].endswith(self.nominal_role_endings)
        )

    def plural_pronoun(self, text: str) -> bool:
        """True for a plural subject pronoun, alone or glued to its verb (``écrivent-ils``)."""
        return _pronoun_words(text)[-1] in self.plural_pronouns

    def is_role(self, word: str) -> bool:
        """True for a role noun (``minister``) or a compound ending in one (``Innenminister``)."""
        known = self._role_cache.get(word)  # asked of almost every token: answered inline
        return known if known is not None else _memo(self._role_cache, word, self._role)

    def _role(self, word: str) -> bool:
        w = word.casefold()
        if w in self.role_nouns or any(
            len(w) > n + 2 and w[-n:] in self._suffix_set for n in self._suffix_lengths
        ):
            return True
        if self.capitalised_nouns and any(  # German "Betreiberin": the feminine of a role
            w.endswith(suffix) and len(w) - len(suffix) > 3 and self._role(w[: -len(suffix)])
            for suffix in self.feminine_role_suffixes
        ):
            return True
        head = w.rpartition("-")[2]  # "UN-Generalsekretär", "CDU-Generalsekretärin"
        return (
            self.capitalised_nouns
            and 3 < len(head) < len(w)
            and self._role(head)
            and not self.names_organisation(head)  # ("SPD-Landtagsfraktion": a body)
        )


def is_acronym(word: str) -> bool:
    """Two or more capitals and nothing else: ``KCNA``, ``UBA``."""
    return len(word) >= 2 and word.isupper()


def _pronoun_words(text: str) -> list[str]:
    """The words of a pronoun or of a verb with a glued one (``a-t-elle``, ``écrivent-ils``)."""
    return _PRONOUN_SPLIT.split(text.casefold())


_PRONOUN_SPLIT = re.compile(r"[\s\-‐]+")
COMMON, CANDIDATE, NAME_LIKE = 0, 1, 2  # readings of a lone capitalised word (lone_word)
_CACHE_LIMIT = 100_000  # words remembered per lexicon and question (memory stays bounded)


def _remember(cache: dict[str, Any], word: str, value: Any) -> None:
    """Store ``value``; a full cache starts over, so a long stream of documents keeps
    remembering its current vocabulary with bounded memory."""
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[word] = value


def _memo(cache: dict[str, bool], word: str, compute: Callable[[str], bool]) -> bool:
    """``compute(word)``, remembered in ``cache``."""
    known = cache.get(word)
    if known is None:
        known = compute(word)
        _remember(cache, word, known)
    return known


def _compound_of(word: str, heads: frozenset[str], margin: int, min_head: int = 1) -> bool:
    """True when ``word`` ends in one of ``heads`` (of at least ``min_head`` letters) and is
    longer than it by more than ``margin`` letters: a German compound (``Wochenbericht``).
    Looks up the word's endings of each head length, not every head."""
    return any(
        word[-n:] in heads for n in _lengths(heads) if n >= min_head and len(word) > n + margin
    )


@functools.lru_cache(maxsize=256)
def _lengths(heads: frozenset[str]) -> tuple[int, ...]:
    """The distinct lengths of the non-empty words in ``heads``."""
    return tuple(sorted({len(head) for head in heads if head}))


@functools.lru_cache(maxsize=64)
def load_lexicon(lang: str | None) -> Lexicon:
    """The lexicon for ``lang`` (unknown languages get the ``xx`` fallback alone)."""
    data = langdata.load_language_data(PACKAGE, FOLDER, lang)
    marks = []
    for entry in data.get("quote_marks") or ():
        opener, closer = str(entry["open"]), str(entry["close"])
        marks.append(
            MarkPair(opener, closer, opener == closer, bool(entry.get("apostrophe", False)))
        )
    return Lexicon(
        lang=(lang or langdata.FALLBACK),
        marks=tuple(marks),
        speech_verbs=_words(data, "speech_verbs"),
        object_verbs=_words(data, "object_verbs"),
        attributive_participles=_words(data, "attributive_participles"),
        quoting_verbs=_words(data, "quoting_verbs"),
        accusative_pronouns=_words(data, "accusative_pronouns"),
        told_prepositions=_words(data, "told_prepositions"),
        media_nouns=_words(data, "media_nouns"),
        media_names=_words(data, "media_names"),
        naming_after_words=_words(data, "naming_after_words"),
        couple_nouns=_words(data, "couple_nouns"),
        reported_speech_markers=_words(data, "reported_speech_markers"),
        speech_phrases=_phrases(data, "speech_phrases"),
        impersonal_cues=_phrases(data, "impersonal_cues"),
        source_prepositions=_phrases(data, "source_prepositions", "owner_sources"),
        source_postpositions=_words(data, "source_postpositions"),
        initial_source_prepositions=_words(data, "initial_source_prepositions"),
        after_quote_cues=_words(data, "after_quote_cues"),
        pronouns=_words(data, "pronouns"),
        group_mentions=_phrases(data, "group_mentions"),
        determiners=_words(data, "determiners"),
        object_prepositions=_words(data, "object_prepositions"),
        auxiliaries=_words(data, "auxiliaries"),
        skip_words=_words(data, "skip_words"),
        role_nouns=(
            _words(data, "role_nouns")
            | _words(data, "organisation_anaphors")
            | _words(data, "spokesperson_nouns")
            | _words(data, "organisation_nouns")
        ),
        spokesperson_nouns=_words(data, "spokesperson_nouns"),
        title_function_words=_words(data, "title_function_words"),
        title_nouns=_words(data, "title_nouns"),
        naming_verbs=_words(data, "naming_verbs"),
        noun_suffixes=tuple(sorted(_words(data, "noun_suffixes"))),
        organisation_nouns=_words(data, "organisation_nouns"),
        organisation_anaphors=_words(data, "organisation_anaphors"),
        definite_determiners=_words(data, "definite_determiners"),
        role_suffixes=tuple(sorted(_words(data, "role_suffixes"))),
        titles=_words(data, "titles"),
        name_connectors=_words(data, "name_connectors"),
        glued_name_particles=tuple(sorted(_words(data, "glued_name_particles"))),
        named_after_nouns=_words(data, "named_after_nouns"),
        non_names=_words(data, "non_names"),
        demonyms=_words(data, "demonyms"),
        complementizers=_words(data, "complementizers"),
        finite_auxiliaries=_words(data, "finite_auxiliaries"),
        generic_pronouns=_words(data, "generic_pronouns"),
        genitive_name_heads=tuple(sorted(_words(data, "genitive_name_heads"))),
        relative_pronouns=_words(data, "relative_pronouns"),
        conjunctions=_words(data, "conjunctions"),
        abbreviations=_words(data, "abbreviations"),
        cue_pronoun_suffixes=tuple(sorted(_words(data, "cue_pronoun_suffixes"))),
        group_joiner=str(data.get("group_joiner", " and ")),
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        capitalised_role_titles=bool(data.get("capitalised_role_titles", False)),
        verb_second=bool(data.get("verb_second", False)),
        name_suffixes=_words(data, "name_suffixes"),
        legal_forms=_words(data, "legal_forms"),
        organisation_connectors=_words(data, "organisation_connectors"),
        passive_auxiliaries=_words(data, "passive_auxiliaries"),
        agent_prepositions=_words(data, "agent_prepositions"),
        given_names=GivenNames(_words(data, "given_names")),
        indefinite_determiners=_words(data, "indefinite_determiners"),
        predicative_markers=_words(data, "predicative_markers"),
        expletives=_words(data, "expletives"),
        separable_verbs=_separable(data, "separable_verbs"),
        common_nouns=_words(data, "common_nouns"),
        subordinators=_words(data, "subordinators"),
        oblique_determiners=_words(data, "oblique_determiners"),
        oblique_adjective_determiners=_words(data, "oblique_adjective_determiners"),
        attribution_subordinators=_words(data, "attribution_subordinators"),
        speech_nouns=_words(data, "speech_nouns"),
        possessor_links=_words(data, "possessor_links"),
        cataphoric_words=_words(data, "cataphoric_words"),
        pointing_back_words=_words(data, "pointing_back_words"),
        pointing_back_phrases=tuple(
            sorted(
                {str(p).casefold() for p in data.get("pointing_back_phrases") or ()},
                key=lambda p: (-len(p), p),
            )
        ),
        pointing_back_verbs=_words(data, "pointing_back_verbs"),
        ordinal_period=bool(data.get("ordinal_period", False)),
        place_named_bodies=_words(data, "place_named_bodies"),
        body_compound_heads=_words(data, "body_compound_heads"),
        plural_pronouns=_words(data, "plural_pronouns"),
        adverb_suffixes=tuple(sorted(_words(data, "adverb_suffixes"))),
        plural_verb_endings=tuple(sorted(_words(data, "plural_verb_endings"))),
        singular_feminine_pronouns=_words(data, "singular_feminine_pronouns"),
        ruling_nouns=_words(data, "ruling_nouns"),
        feminine_determiners=_words(data, "feminine_determiners"),
        feminine_noun_endings=tuple(sorted(_words(data, "feminine_noun_endings"))),
        feminine_role_suffixes=tuple(sorted(_words(data, "feminine_role_suffixes"))),
        nominal_role_endings=tuple(sorted(_words(data, "nominal_role_endings"))),
        masculine_nominal_determiners=_words(data, "masculine_nominal_determiners"),
        feminine_nominal_determiners=_words(data, "feminine_nominal_determiners"),
        name_adjective_suffixes=tuple(sorted(_words(data, "name_adjective_suffixes"))),
        name_complement_prepositions=_words(data, "name_complement_prepositions"),
        infinitive_suffixes=tuple(sorted(_words(data, "infinitive_suffixes"))),
        indefinite_pronouns=_words(data, "indefinite_pronouns"),
        document_anaphors=_words(data, "document_anaphors"),
        complement_correlates=_words(data, "complement_correlates"),
        copulas=_words(data, "copulas"),
        negations=_words(data, "negations"),
        infinitive_particles=_words(data, "infinitive_particles"),
        person_pronouns=_words(data, "person_pronouns"),
        adjective_endings=tuple(sorted(_words(data, "adjective_endings"))),
        adjective_stem_endings=tuple(sorted(_words(data, "adjective_stem_endings"))),
        adjective_stems=_words(data, "adjective_stems"),
        state_nouns=_words(data, "state_nouns"),
        female_given_names=_words(data, "female_given_names"),
        male_given_names=_words(data, "male_given_names"),
        feminine_pronouns=_words(data, "feminine_pronouns"),
        masculine_pronouns=_words(data, "masculine_pronouns"),
        place_prepositions=_words(data, "place_prepositions"),
        genitive_determiners=_words(data, "genitive_determiners"),
        body_pronouns=_separable(data, "body_pronouns"),
        and_words=_words(data, "and_words"),
        object_clitics=_separable(data, "object_clitics"),
        nominative_adjective_endings=_separable(data, "nominative_adjective_endings"),
        possessive_pronouns=_separable(data, "possessive_pronouns"),
        role_synonyms=_separable(data, "role_synonyms"),
        saint_words=_words(data, "saint_words"),
        nobility_words=_words(data, "nobility_words"),
        surname_particles=_phrases(data, "surname_particles"),
        origin_prepositions=_words(data, "origin_prepositions"),
        demonym_suffixes=tuple(sorted(_words(data, "demonym_suffixes"))),
        owner_sources=_phrases(data, "owner_sources"),
        article_prepositions=_words(data, "article_prepositions"),
        object_pronouns=_words(data, "object_pronouns"),
        source_circle_nouns=_words(data, "source_circle_nouns"),
        crowd_documents=_words(data, "crowd_documents"),
        party_nouns=_words(data, "party_nouns"),
        person_noun_endings=tuple(sorted(_words(data, "person_noun_endings"))),
        crowd_noun_endings=tuple(sorted(_words(data, "crowd_noun_endings"))),
        company_nouns=_words(data, "company_nouns"),
        public_body_anaphors=_words(data, "public_body_anaphors"),
        voice_nouns=_words(data, "voice_nouns"),
        court_nouns=_words(data, "court_nouns"),
        bench_nouns=_words(data, "bench_nouns"),
        bench_determiners=_words(data, "bench_determiners"),
        genitive_adjective_suffixes=tuple(sorted(_words(data, "genitive_adjective_suffixes"))),
        organisation_names=tuple(str(n) for n in data.get("organisation_names") or ()),
        body_kind_nouns=tuple(sorted(_words(data, "body_kind_nouns"))),
        naming_words=_words(data, "naming_words"),
    )
