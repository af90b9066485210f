"""Find speech cues in a run of tokens: speech verbs, multi-word cues and source prepositions."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon
from .text import Token, join_tokens, relative_after_comma, tokenize

__all__ = ["Cue", "find_cues", "may_open_cue"]

VERB = "verb"  # said, ha detto, sagte, a déclaré
SOURCE = "source"  # according to X, secondo X, laut X, selon X
POSTSOURCE = "postsource"  # X zufolge
AFTER = "after"  # German „…“, so X.
SUBJECT = "subject"  # no cue: a partial quote attributed to its sentence's subject
COLON = "colon"  # a colon right before the quotation, with no speech verb
IMPERSONAL = "impersonal"  # "heißt es in dem Schreiben", "it says": a document speaks


@dataclass(frozen=True)
class Cue:
    """A cue at tokens ``[first, last)`` of the token list it was found in."""

    kind: str
    first: int
    last: int
    start: int
    end: int
    text: str


_Table = dict[str, list[tuple[str, ...]]]
_PHRASES: dict[str, tuple[_Table, _Table, _Table]] = {}


def _phrase_tables(lex: Lexicon) -> tuple[_Table, _Table, _Table]:
    """Multi-word cues tokenised like the text, keyed by their first token."""
    tables = _PHRASES.get(lex.lang)
    if tables is None:
        verbs: dict[str, list[tuple[str, ...]]] = {}
        sources: dict[str, list[tuple[str, ...]]] = {}
        impersonal: dict[str, list[tuple[str, ...]]] = {}
        for table, phrases in (
            (verbs, lex.speech_phrases),
            (sources, lex.source_prepositions),
            (impersonal, lex.impersonal_cues),
        ):
            for phrase in phrases:
                text = " ".join(phrase)
                toks = tuple(t.low for t in tokenize(text, 0, len(text)))
                if toks:
                    table.setdefault(toks[0], []).append(toks)
            for options in table.values():
                options.sort(key=len, reverse=True)
        tables = (verbs, sources, impersonal)
        _PHRASES[lex.lang] = tables
    return tables


_PHRASE_OPENERS: dict[str, frozenset[str]] = {}


def _phrase_openers(lex: Lexicon) -> frozenset[str]:
    """The first tokens of the multi-word cues (kept per language, like their tables)."""
    openers = _PHRASE_OPENERS.get(lex.lang)
    if openers is None:
        verbs, sources, impersonal = _phrase_tables(lex)
        openers = _PHRASE_OPENERS[lex.lang] = frozenset([*verbs, *sources, *impersonal])
    return openers


def _match(tokens: list[Token], i: int, options: list[tuple[str, ...]]) -> int:
    for phrase in options:
        n = len(phrase)
        if i + n <= len(tokens) and all(tokens[i + k].low == phrase[k] for k in range(n)):
            return n
    return 0


def may_open_cue(low: str, lex: Lexicon) -> bool:
    """False for a word (case-folded) that opens no cue: :func:`find_cues` passes it over."""
    return (
        low in lex.cue_words
        or low in _phrase_openers(lex)
        or (bool(lex.cue_pronoun_suffixes) and _glued_pronoun(low, lex))
    )


def find_cues(tokens: list[Token], lex: Lexicon) -> list[Cue]:
    """All cues in ``tokens``, left to right (longest match first, no overlaps)."""
    verbs, sources, impersonal = _phrase_tables(lex)
    phrase_openers = _phrase_openers(lex)
    glued = bool(lex.cue_pronoun_suffixes)
    out: list[Cue] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not tok.word or (  # a word that opens no cue is passed over at once
            tok.low not in lex.cue_words  # (may_open_cue, written out in this hot loop)
            and tok.low not in phrase_openers
            and not (glued and _glued_pronoun(tok.low, lex))
        ):
            i += 1
            continue
        kind, n = "", 0
        if tok.low in impersonal and (n := _match(tokens, i, impersonal[tok.low])):
            kind = IMPERSONAL
        elif tok.low in sources and (n := _match(tokens, i, sources[tok.low])):
            kind = SOURCE
        elif tok.low in verbs and (n := _match(tokens, i, verbs[tok.low])):
            kind = VERB
        elif (
            (tok.low in lex.speech_verbs or _glued_pronoun(tok.low, lex))
            and not (
                lex.capitalised_nouns
                and i > 0
                and tokens[i - 1].word
                and (tok.cap or tokens[i - 1].low in lex.determiners)
                and not _relative_pronoun_subject(tokens, i, lex)
            )  # German "das Schreiben" is a noun, "schreiben" a verb, and "die
            # prognostizierte Auslastung" a participle before its noun ("Paul Kunz, der
            # sagte:" is a verb after a relative pronoun)
            and not _attributive(tokens, i, lex)
        ):
            kind, n = VERB, 1
        elif tok.low in lex.separable_verbs and _particle_follows(tokens, i, lex):
            kind, n = VERB, 1  # "gab ein Sprecher des Unternehmens bekannt"
        elif (
            tok.low in lex.initial_source_prepositions
            and _clause_initial(tokens, i, lex)
            and _names_someone(tokens, i + 1, lex)
        ):
            kind, n = SOURCE, 1  # "Pour Sophie Vénétitay, la mesure relève de la « diversion »"
        elif tok.low in lex.source_postpositions:
            kind, n = POSTSOURCE, 1
        elif tok.low in lex.after_quote_cues and (
            i == 0 or (not tokens[i - 1].word and tokens[i - 1].text not in ".!?")
        ):  # "„…“, so X", not "könne nur so bezeichnet werden"
            kind, n = AFTER, 1
        if kind:
            last = tokens[i + n - 1]
            out.append(Cue(kind, i, i + n, tok.start, last.end, join_tokens(tokens[i : i + n])))
            i += n
        else:
            i += 1
    return out


def _relative_pronoun_subject(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """German ``…, der sagte:``: lower-case token ``i`` follows a relative pronoun right after
    a comma and no noun follows it (unlike ``…, die erklärte Absicht``): a verb."""
    if tokens[i].cap or not relative_after_comma(tokens, i - 1, lex):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or not (nxt.word and nxt.cap)


def _attributive(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """``seek written assurances``, ``the stated aim``: a participle of
    ``attributive_participles`` before a lower-case noun, with no auxiliary before it,
    describes the noun and is no cue."""
    if tokens[i].low not in lex.attributive_participles or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if not nxt.word or nxt.cap or nxt.low in lex.object_prepositions:
        return False  # ("written by …", "wrote Smith")
    if nxt.low in lex.complementizers or nxt.low in lex.determiners or nxt.low in lex.pronouns:
        return False
    return not (i > 0 and tokens[i - 1].low in lex.auxiliaries)


def _particle_follows(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when a particle of the separable verb at ``i`` closes its clause."""
    particles = lex.separable_verbs[tokens[i].low]
    commas = 0
    for k in range(i + 1, min(len(tokens), i + 16)):
        tok = tokens[k]
        if not tok.word:
            if tok.text == "," and commas < 2:
                commas += 1  # "teilte der Vorstand der Bank, Martin Blessing, mit": an
                continue  # apposition between its commas
            if tok.text in ".,;:!?":
                return False
            continue
        if tok.low in particles and (k + 1 == len(tokens) or not tokens[k + 1].word):
            return True
    return False


def _names_someone(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A name (``Pour Sophie Vénétitay``), a personal pronoun and its comma (``Para él,``)
    or a determiner and a noun of someone who can hold a view (``Per la rivista «Ciak»``,
    ``Pour le ministre``) starts at ``i``."""
    if i >= len(tokens) or not tokens[i].word:
        return False
    if tokens[i].cap:  # (a German common noun is no one: "Für Menschen bestehe …")
        return not (lex.capitalised_nouns and lex.is_common_noun(tokens[i].low))
    if (
        tokens[i].low in lex.person_pronouns
        and i + 1 < len(tokens)
        and tokens[i + 1].text == ","
    ):
        return True  # "Para él, Cabañas es de esas directoras que «…»"
    if tokens[i].low not in lex.determiners or i + 1 >= len(tokens) or not tokens[i + 1].word:
        return False
    noun = tokens[i + 1].low
    return lex.is_role(noun) or lex.is_title_noun(noun) or lex.names_organisation(noun)


def _clause_initial(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Token ``i`` opens a clause: first, after an end mark, or after a conjunction that
    itself opens one (``…, ma per Federica Altieri è già «…»``)."""
    if i == 0 or (not tokens[i - 1].word and tokens[i - 1].text in ".;:!?"):
        return True
    return tokens[i - 1].low in lex.conjunctions and (
        i == 1 or (not tokens[i - 2].word and tokens[i - 2].text in ".,;:!?")
    )


def _glued_pronoun(low: str, lex: Lexicon) -> bool:
    for suffix in lex.cue_pronoun_suffixes:
        if low.endswith(suffix):
            stem = low[: -len(suffix)].removesuffix("-t")
            if stem in lex.speech_verbs or stem in ("a", "ont", "avait"):
                return True
    return False


def glued_pronoun(cue: Cue, lex: Lexicon) -> bool:
    """True when the cue carries its own subject pronoun (``dit-il``)."""
    return any(w.casefold().endswith(s) for w in cue.text.split() for s in lex.cue_pronoun_suffixes)
