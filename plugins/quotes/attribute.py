"""Attribute quotation segments to speakers: windows, cue choice, follow-ons, groups."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .cues import (
    AFTER,
    COLON,
    IMPERSONAL,
    POSTSOURCE,
    SOURCE,
    SUBJECT,
    VERB,
    Cue,
    find_cues,
    glued_pronoun,
)
from .lexicon import Lexicon
from .marks import Segment
from .names import NameIndex, NameMention
from .nominal import NominalSource, find_nominal_source
from .resolve import Resolved, Resolver, strip_determiners
from .speakers import (
    _OPENING_MARKS,
    GROUP,
    IMPLICIT,
    NAME,
    NOMINAL,
    ORG,
    PRONOUN,
    ROLE,
    UNKNOWN,
    Mention,
    Window,
    impersonal_source,
    indefinite_pronoun_at,
    mention_after_source,
    phrase_before_comma,
)
from .text import Boundaries, DocTokens, Token, is_number, join_tokens, relative_after_comma

__all__ = ["Attribution", "Attributor", "QuoteOptions", "attribute_segments"]

_BRACKETED = re.compile(r"\([^()\n]{0,40}\)")
_MAX_BEFORE = 320
_MAX_AFTER = 240
_SENTENCE_FINAL = ".!?…"
_BLANKS = re.compile(r"[ \t]*")
# what may stand before the first word of a sentence (nothing, an end mark, a line break, a
# closing quotation mark)
_SENTENCE_OPENERS = frozenset(["", *_SENTENCE_FINAL, "\n", *"”»“’\"«"])
_ACRONYM_GLOSS = re.compile(r"[ \t]*\([ \t]*[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,9}[ \t]*\)")
_CLOSING_MARK_CHARS = "“”»«\"'’‘›‹"
_DOUBLE_MARKS = "„“”«»\""  # the marks of a quotation, never an apostrophe
_WEB_ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?", re.IGNORECASE)

_BASE_CONFIDENCE = {
    NAME: 0.92,
    "role": 0.85,
    "unresolved-role": 0.7,
    "group": 0.75,
    PRONOUN: 0.75,
    IMPLICIT: 0.65,
    "follow-on": 0.6,
    "continued": 0.7,
    "unresolved": 0.3,
    "nearby": 0.35,
    "nominal": 0.5,
}


@dataclass(frozen=True)
class QuoteOptions:
    """Tunable behaviour of the attribution."""

    keep_unattributed: bool = True
    min_unattributed_words: int = 6
    min_partial_words: int = 3
    follow_on_chars: int = 1500
    guess_speakers: bool = True


@dataclass
class Attribution:
    """The result for one quotation segment."""

    segment: Segment
    kind: str
    resolved: Resolved
    mention: Mention | None
    cue: Cue | None
    source: str | None
    confidence: float
    quote_id: int
    keep: bool = True
    how: str = ""
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class _Found:
    mention: Mention | None
    cue: Cue
    side: str  # "after" | "before"


_SENTENCE_END = frozenset(".!?…")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")  # a paragraph break
_WORD_AFTER = re.compile(r"[ \t]+(\w+)")  # the word right after a closing mark
_TWO_WORDS = re.compile(r"[\s,.;–—-]*(\w+)\s+(\w+)")  # the first two words after a quotation


def _reports_speech(tokens: list[Token], lex: Lexicon) -> bool:
    """A word among ``tokens`` marks reported speech (``reported_speech_markers``: German
    subjunctives such as ``sei``, ``werde``, ``behalte``)."""
    return any(t.low in lex.reported_speech_markers for t in tokens)


def _word_count(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if t.word)


def _subject_after_verb(
    win: Window, verb: int, start: int, end: int, lex: Lexicon
) -> Mention | None:
    """The subject in tokens ``[start, end)`` of a clause pointing back at a quotation, whose
    verb is token ``verb``; after a quoting verb, the person quoted, not the medium quoting
    (``So zitiert die Zeitung den Studienleiter X``, ``Mit diesen Worten zitierte Xinhua den
    Kommandeur …``)."""
    toks = win.tokens
    if start + 1 < end and toks[start].low in lex.expletives and toks[start + 1].word:
        start += 1  # "So schilderte es Gian-Reto X": "es" is the words, the name says them
    tok = toks[verb] if verb < end else None
    if tok is not None and tok.low in lex.quoting_verbs:
        said = Cue(VERB, verb, verb + 1, tok.start, tok.end, tok.text)
        return win.subject(said, verb, end)
    return win.first_mention(start, end)


class Attributor:
    def __init__(
        self,
        text: str,
        lex: Lexicon,
        bounds: Boundaries,
        index: NameIndex,
        options: QuoteOptions,
        doc_tokens: DocTokens,
    ) -> None:
        self.text = text
        self.doc_tokens = doc_tokens
        self.lex = lex
        self.bounds = bounds
        self.index = index
        self.options = options
        self.resolver = Resolver(index, lex, text)
        self._titled_cache: dict[int, bool] = {}
        self._source_cache: dict[int, bool] = {}
        self._title_context_cache: dict[int, bool] = {}
        self.rejected: set[int] = set()  # starts of segments found to be no quotation

    # -- windows ---------------------------------------------------------------
    def _window(self, lo: int, hi: int) -> Window:
        tokens = self.doc_tokens.slice(lo, hi)
        return Window(tokens, self.index.within(lo, hi), self.lex, self.index.before)

    def _previous_close(self, segs: list[Segment], k: int) -> int:
        """Where the quotation before ``segs[k]`` closes (0 for none); names and titles in
        marks are ordinary words of a sentence (``sagte der „Süddeutschen Zeitung“``), as is
        anything in marks found to be no quotation (``die Mondlandefähre „Eagle“``)."""
        prev = k - 1
        while prev >= 0 and (
            segs[prev].start in self.rejected
            or self._titled(segs[prev])
            or self._names_source(segs, prev)
        ):
            prev -= 1
        return segs[prev].close_at if prev >= 0 else 0

    def _limits(self, segs: list[Segment], k: int) -> tuple[int, int]:
        seg = segs[k]
        lo = max(self.bounds.before(seg.open_at), self._previous_close(segs, k))
        lo = max(lo, seg.open_at - _MAX_BEFORE)
        hi = self.bounds.after(seg.close_at, len(self.text))
        if seg.close_at > 0 and self.text[seg.close_at - 1] == "\n":
            hi = seg.close_at
        nxt = k + 1
        while nxt < len(segs) and (self._titled(segs[nxt]) or self._names_source(segs, nxt)):
            nxt += 1
        if nxt < len(segs):
            hi = min(hi, segs[nxt].open_at)
        hi = max(seg.close_at, min(hi, seg.close_at + _MAX_AFTER))
        return lo, hi

    # -- cue choice --------------------------------------------------------------
    def _after(
        self, win: Window, cues: list[Cue], near: bool, kinds: tuple[str, ...]
    ) -> _Found | None:
        toks = win.tokens
        first_word = next((t for t in toks if t.word), None)
        if first_word is not None and first_word.low in self.lex.conjunctions:
            return None  # '"…" e ha annunciato …': a new clause of the same sentence
        for cue in cues:
            words_before = sum(
                1 for t in toks[: cue.first] if t.word and not win._skippable(t)
            )  # "«…», ha detto": the auxiliary is part of the cue
            close = words_before <= 4 or self._passive_quoting(toks, cue)
            if near != close or cue.kind not in kinds:
                continue
            if cue.kind == VERB:
                if glued_pronoun(cue, self.lex):
                    return _Found(Mention(PRONOUN, cue.start, cue.end, cue.text), cue, "after")
                if words_before and self._new_main_clause(toks, cue):
                    continue
                if any(t.text in (":", ";") for t in toks[: cue.first]):
                    continue  # "le projet « … » : il répond à …": a clause of its own
                if cue.first > 0 and toks[cue.first - 1].low in self.lex.conjunctions:
                    continue  # "nannte … das „…“ in Tripolis und rief die Armee auf": its
                    # subject is the sentence's, not the object after it
                # right after the quote an inverted subject may go on:
                # "…", beschreibt ein Reporter des Senders
                if (
                    self.lex.generic_pronouns
                    and self._clause_final(win, cue)
                    and self._generic_subject_opening(toks[0].start)
                ):  # "Man habe die Behörden „unverzüglich“ informiert, erklärte das
                    continue  # Unternehmen": the verb of the reported words, whose subject
                    # "man" is the speaker of the cue after it
                m = win.subject(
                    cue, 0, len(toks), clause_final=words_before > 0, after_quote=not words_before
                )
                if m is None and words_before:
                    if self._clause_final(win, cue):
                        # "Einige Zuschauer hätten „…“ in Richtung der Gästebank gerufen,
                        # berichtete die Zeitung": the verb closing the quote's own clause
                        return _Found(None, cue, "after")
                    continue
                return _Found(m, cue, "after")
            if cue.kind == IMPERSONAL:
                return _Found(impersonal_source(win, cue, len(toks)), cue, "after")
            if cue.kind in (SOURCE, AFTER):
                if cue.text.casefold() in self.lex.initial_source_prepositions:
                    continue  # "„…“ für Europa": "für X" names a source only opening a clause
                m = mention_after_source(win, cue, len(toks))
                if m is not None:
                    return _Found(m, cue, "after")
            if cue.kind == POSTSOURCE:
                m = win.left(cue, 0)
                if m is not None:
                    return _Found(m, cue, "after")
        return None

    def _generic_subject_opening(self, pos: int) -> bool:
        """The sentence holding ``pos`` (or its part after a colon) opens with a generic
        pronoun (``generic_pronouns``: German ``man``) and a verb."""
        toks = self.doc_tokens.slice(self.bounds.before(pos), pos)
        colon = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].text in ":;"), -1)
        words = [t for t in toks[colon + 1 : colon + 4] if t.word]
        return len(words) >= 2 and words[0].low in self.lex.generic_pronouns and not words[1].cap

    def _between_parts(self, win: Window, cues: list[Cue]) -> _Found | None:
        """``„…“, so die Richterin, „…“``: an after-quote cue (``so X``) between two parts of
        one sentence's quotation, in ``win`` (the words between them), is the second's too."""
        toks = win.tokens
        if not toks or any(t.text in ".!?;:" or "\n" in t.text for t in toks):
            return None
        if toks[-1].word or toks[-1].text not in ",–—-":
            return None
        return self._after(win, cues, True, (AFTER,))

    def _passive_quoting(self, toks: list[Token], cue: Cue) -> bool:
        """``„…“ wird der Trainer in der „Gazzetta“ zitiert``: a passive auxiliary right after
        the quotation opens its attribution, however far its quoting verb closes it."""
        lex = self.lex
        first = next((t for t in toks if t.word), None)
        return (
            first is not None
            and first.low in lex.passive_auxiliaries
            and cue.text.casefold() in lex.quoting_verbs
            and not any(t.text in ".!?;:" for t in toks[: cue.first])
        )

    def _new_main_clause(self, toks: list[Token], cue: Cue) -> bool:
        """Verb-second languages: ``„…“, Bundestrainer Löw bezeichnete …`` opens a new main
        clause (an attribution would invert: ``bezeichnete Löw``), unless a subordinator
        opens it (``„…“, wie der Minister sagte``)."""
        if not self.lex.verb_second:
            return False
        words = [t for t in toks[: cue.first] if t.word]
        if not words or toks[0].text != "," or words[0].low in self.lex.attribution_subordinators:
            return False
        if words[0].cap:  # "„…“, hatte X erklärt" inverts: the verb comes first
            return True
        return (  # "„…“, das Kulturportal „Bühnenfenster“ sprach dagegen von …": an article
            # and a noun, then the verb with more words after it (not a relative clause's
            # final verb: "„…“, den Merkel sagte")
            len(words) >= 2
            and words[0].low in self.lex.definite_determiners
            and words[1].cap
            and cue.last < len(toks)
            and toks[cue.last].word
        )

    def _before(self, win: Window, cues: list[Cue], implicit_ok: bool) -> _Found | None:
        toks = win.tokens
        implicit: _Found | None = None
        for cue in reversed(cues):
            if cue.kind == IMPERSONAL:
                source = impersonal_source(win, cue, len(toks))
                if source.kind == UNKNOWN:
                    source = self._document_referred_to(toks, cue) or source
                return _Found(source, cue, "before")
            if cue.kind == VERB:
                if glued_pronoun(cue, self.lex):
                    return _Found(Mention(PRONOUN, cue.start, cue.end, cue.text), cue, "before")
                if self._in_closed_relative_clause(toks, cue):
                    continue  # "die Demonstration, zu der X aufgerufen hatte, „…“ verlaufen"
                if self._in_relative_clause_after_verb(toks, cues, cue):
                    continue  # "sagte der Serbe, der sich auf Englisch äußerte: „…“": his
                if self._in_reported_clause(win, cues, cue):
                    continue  # "sagte sie, ihre Partei habe …, sei aber „…“ worden": hers
                if self._in_infinitive_clause(toks, cue):
                    continue  # "Er warf der Regierung vor, zu spät reagiert zu haben: „…“"
                m = win.subject(cue, 0, len(toks))
                if m is not None and m.kind == PRONOUN and self._impersonal_in_relative(m, cue):
                    antecedent = self._relative_clause_antecedent(toks, cue)
                    if antecedent is not None:  # "den Tenor chinesischer Medien …, in denen
                        return _Found(antecedent, cue, "before")  # es … heißt": the media
                if m is not None:
                    return _Found(m, cue, "before")
                if implicit is None:
                    implicit = _Found(None, cue, "before")
            elif cue.kind == POSTSOURCE:
                m = win.left(cue, 0)
                if m is not None:
                    return _Found(m, cue, "before")
        if implicit_ok and implicit is not None:
            m = win.first_mention(0, implicit.cue.first)
            return _Found(m, implicit.cue, "before") if m is not None else implicit
        return None

    def _document_referred_to(self, toks: list[Token], cue: Cue) -> Mention | None:
        """``… gab eine Stellungnahme ab. Darin steht: „…“``: the document that a pronominal
        adverb opening the clause (``document_anaphors``) refers to, named shortly before."""
        lex = self.lex
        opener = next((t for t in toks[: cue.first] if t.word), None)
        if opener is None or opener.low not in lex.document_anaphors:
            return None
        before = self.doc_tokens.slice(max(0, opener.start - 300), opener.start)
        for k in range(len(before) - 1, -1, -1):
            low = before[k].low
            if not (
                low in lex.speech_nouns
                or low in lex.ruling_nouns
                or (  # "legte seinen Zwischenbericht vor. Darin heißt es": an owned compound
                    k > 0
                    and before[k - 1].low in lex.possessive_pronouns
                    and lex.names_document(low)
                )
            ):
                continue
            d = next(  # "eine ausführliche Stellungnahme": from its determiner
                (i for i in range(k - 1, max(-1, k - 4), -1) if before[i].low in lex.determiners),
                k,
            )
            text = join_tokens(before[d : k + 1])
            return Mention(ORG, before[d].start, before[k].end, text, key=text.casefold())
        return None

    def _passive_after_reporting_clause(self, bwin: Window, bcues: list[Cue]) -> bool:
        """German: the quotation stands in a passive clause (a passive auxiliary after the
        last comma) that a reporting clause opened by ``wie`` and a verb cue precedes."""
        lex, toks = self.lex, bwin.tokens
        if not lex.verb_second or not lex.attribution_subordinators:
            return False
        c = len(toks) - 1
        while c >= 0 and toks[c].text != ",":
            if toks[c].text in ".!?;:":
                return False
            c -= 1
        if c < 1 or not any(t.low in lex.passive_auxiliaries for t in toks[c + 1 :]):
            return False
        opener = c - 1
        while opener > 0 and toks[opener - 1].text not in ".!?;:,":
            opener -= 1
        return toks[opener].low in lex.attribution_subordinators and any(
            cue.kind == VERB and opener < cue.first < c for cue in bcues
        )

    def _in_infinitive_clause(self, toks: list[Token], cue: Cue) -> bool:
        """``… vor, zu spät reagiert zu haben``: the cue is a perfect infinitive (a particle
        of ``infinitive_particles`` and an auxiliary after it)."""
        particles = self.lex.infinitive_particles
        return bool(particles) and (
            cue.last + 1 < len(toks)
            and toks[cue.last].low in particles
            and toks[cue.last + 1].low in self.lex.auxiliaries
        )

    def _in_closed_relative_clause(self, toks: list[Token], cue: Cue) -> bool:
        """True when ``cue`` stands in a relative clause closed by a comma before the quote:
        its verb tells what the clause's noun did, not who said the quoted words (unless a
        complementizer opens the clause after the comma, or a correlate before the verb
        announces it: ``deren Vorsitzender X verlangte, dass …``, ``davor warnte, …``)."""
        lex = self.lex
        if not lex.relative_pronouns:
            return False
        close = next((k for k in range(cue.last, len(toks)) if toks[k].text == ","), -1)
        if close < 0:
            return False
        if (
            close + 1 < len(toks)
            and (toks[close + 1].low in lex.complementizers or toks[close + 1].low in lex.pronouns)
        ) or (cue.first > 0 and toks[cue.first - 1].low in lex.complement_correlates):
            return False  # (the quote is in the verb's complement: "…, dass", "von denen
            # einige der Werksleitung vorwarfen, sie „…“ zu behandeln")
        return self._relative_clause_comma(toks, cue) >= 0

    def _relative_clause_comma(self, toks: list[Token], cue: Cue) -> int:
        """The index of the comma that opens the relative clause ``cue`` stands in
        (``, der …``, ``, zu der …``), or -1 when it stands in none."""
        lex = self.lex
        k = cue.first - 1
        while k >= 0 and cue.first - k <= 25 and toks[k].text not in ",.;:":
            k -= 1
        if k < 0 or toks[k].text != ",":
            return -1
        j = k + 1
        if j < cue.first and toks[j].low in lex.object_prepositions:
            j += 1  # "zu der", "with whom"
        return k if j < cue.first and toks[j].low in lex.relative_pronouns else -1

    def _impersonal_in_relative(self, m: Mention, cue: Cue) -> bool:
        """The expletive subject of an impersonal verb (``es … heißt``, the verb-final order
        of ``heißt es``)."""
        verb = cue.text.casefold()
        return m.text.casefold() in self.lex.expletives and any(
            phrase[0] == verb and m.text.casefold() in phrase for phrase in self.lex.impersonal_cues
        )

    def _relative_clause_antecedent(self, toks: list[Token], cue: Cue) -> Mention | None:
        """The noun phrase a relative clause opened by a preposition hangs on (``den Tenor
        chinesischer Medien auf, in denen es … heißt``: past a separable particle closing
        the clause before), as an organisation-like source; else None."""
        comma = self._relative_clause_comma(toks, cue)
        if comma < 1 or toks[comma + 1].low not in self.lex.object_prepositions:
            return None
        return phrase_before_comma(toks, comma, self.lex)

    def _in_relative_clause_after_verb(
        self, toks: list[Token], cues: list[Cue], cue: Cue
    ) -> bool:
        """``sagte der Serbe, der sich auf Englisch äußerte: „…“``: ``cue`` stands in a
        relative clause opened after an earlier verb cue of the sentence, whose subject the
        clause describes, and a colon closes it before the quotation; that verb attributes
        the quotation (not ``a letter from X, which accused the film of "…"``)."""
        if not self.lex.relative_pronouns or not any(t.text == ":" for t in toks[cue.last :]):
            return False
        comma = self._relative_clause_comma(toks, cue)
        return comma >= 0 and any(c.kind == VERB and c.last <= comma for c in cues)

    def _colon(self, win: Window) -> _Found | None:
        """``Der Präsident begründete seine Position so: „…“``: the subject before a colon."""
        toks = win.tokens
        if not toks or toks[-1].text != ":":
            return None
        unnamed = self._unnamed_thing_opening(win)
        if unnamed is not None:  # "One post on the club's Facebook page read:": no one named
            colon = toks[-1]
            cue = Cue(COLON, len(toks) - 1, len(toks), colon.start, colon.end, ":")
            return _Found(unnamed, cue, "before")
        owned = find_nominal_source(win, 0, len(toks) - 1)
        if owned is not None and owned.possessor is not None and not self._in_object(win, owned):
            nm = owned.possessor  # "Das Fazit von Sandra Boser …: „…“"
            m: Mention | None = Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
        else:
            m = win.first_mention(0, len(toks) - 1)
        if m is None:
            return None
        colon = toks[-1]
        return _Found(
            m, Cue(COLON, len(toks) - 1, len(toks), colon.start, colon.end, ":"), "before"
        )

    def _unnamed_thing_opening(self, win: Window) -> Mention | None:
        """A clause before a colon opened by an indefinite thing (``One post``, ``One
        comment``), no person nor body: its words are nobody's named."""
        toks, lex = win.tokens, self.lex
        words = [t for t in toks[:3] if t.word]
        if (
            len(words) < 2
            or words[0] is not toks[0]
            or words[0].low not in lex.indefinite_determiners
            or words[1].cap
            or lex.is_role(words[1].low)
            or lex.names_organisation(words[1].low)
            or words[1].low in lex.speech_verbs
        ):
            return None
        if any(nm.entity.person for nm in self.index.within(toks[0].start, toks[-1].end)):
            return None  # "Una volta a terra, Esposito è stato più sbrigativo:": he speaks
        return Mention(UNKNOWN, words[0].start, words[1].end, f"{words[0].text} {words[1].text}")

    def _in_object(self, win: Window, owned: NominalSource) -> bool:
        """``Den Unmut der CDU über Stoibers Äußerungen brachte X zum Ausdruck:``: a speech
        noun after a preposition is no subject, so its owner does not speak."""
        toks, lex = win.tokens, self.lex
        i = next((k for k, t in enumerate(toks) if t.start >= owned.start), 0)
        while i > 0 and toks[i - 1].word and toks[i - 1].low in lex.determiners:
            i -= 1
        return i > 0 and toks[i - 1].low in lex.object_prepositions

    def _bracketed_after_name(self, win: Window, seg: Segment) -> _Found | None:
        """``Mohammed ElBaradei („…“)``: a sentence quoted in brackets right after a name
        (``Jobbik („Bewegung für ein besseres Ungarn“)`` translates the name instead)."""
        toks = win.tokens
        if len(toks) < 2 or toks[-1].text != "(" or win.cover[-2] is None:
            return None
        inner = self.text[seg.start : seg.end].rstrip()
        if not inner or inner[-1] not in _SENTENCE_FINAL:
            return None
        nm = win.cover[-2]
        assert nm is not None
        if nm.weak or nm.end != toks[-2].end:
            return None
        bracket = toks[-1]
        return _Found(
            Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm),
            Cue(COLON, len(toks) - 1, len(toks), bracket.start, bracket.end, "("),
            "before",
        )

    def _cataphoric_after(self, seg: Segment) -> _Found | None:
        """``„…“ Mit diesen Worten meldete sich Trainer X zurück``, ``«…». Con queste parole il
        vescovo X ha aperto``: a clause after the quotation that opens by pointing back at
        its words names the speaker as its subject."""
        lex = self.lex
        if not lex.cataphoric_words:
            return None
        opening = _TWO_WORDS.match(self.text, seg.close_at)
        if opening is None or opening.group(2).casefold() not in lex.cataphoric_words:
            return None  # (the usual case, told from the text before any window is built)
        win = self._window(seg.close_at, min(len(self.text), seg.close_at + 240))
        toks = win.tokens
        i = 0
        while i < len(toks) and not toks[i].word and toks[i].text in ",.;–—-":
            i += 1
        if i + 3 >= len(toks) or toks[i].low not in lex.object_prepositions:
            return None
        if toks[i + 1].low not in lex.cataphoric_words or toks[i + 2].low not in lex.speech_nouns:
            return None
        end = next(
            (k for k in range(i + 3, len(toks)) if toks[k].text in ".!?;:"), len(toks)
        )
        found = _subject_after_verb(win, i + 3, i + 3, end, lex)
        if found is None:
            return None
        first, last = toks[i], toks[i + 2]
        return _Found(
            found,
            Cue(VERB, i, i + 3, first.start, last.end, join_tokens(toks[i : i + 3])),
            "after",
        )

    def _pointed_back_after(self, seg: Segment) -> _Found | None:
        """``„…“ Das sagte die DLR-Wissenschaftlerin Miriam Achterberg``, ``«…» Lo ha detto
        il sindaco X``: a quotation that ends its sentence, and the next sentence opening
        with words pointing back at it (``pointing_back_words``, auxiliaries between) and
        then a speech verb: the speaker is the subject after that verb."""
        lex = self.lex
        if not lex.pointing_back_words:
            return None
        opening = _TWO_WORDS.match(self.text, seg.close_at)
        if (
            opening is None
            or not opening.group(1)[0].isupper()
            or (
                opening.group(1).casefold() not in lex.pointing_back_words
                and not (
                    lex.capitalised_nouns  # "Mit diesen Sätzen reagierte X"
                    and opening.group(1).casefold() in lex.object_prepositions
                    and opening.group(2).casefold() in lex.pointing_back_words
                )
            )
        ):
            return None  # (the usual case, told from the text before any window is built)
        if opening.group(1).casefold() in lex.object_prepositions and _BLANK_LINE.search(
            self.text, seg.close_at, opening.start(1)
        ):  # "«…»\n\nA spiegare i rincari è stato X": a new paragraph's cleft, not "A dirlo"
            return None  # (but "…”\n\nThose were the words of X" points back)
        inner = self.text[seg.start : seg.end].rstrip()
        if (
            not inner.endswith((".", "!", "?", "…"))
            and not self.text.startswith(".", seg.close_at)
            and not self._sentence_lacking_its_period(seg, opening.start(1))
        ):
            return None  # (the quotation must end its sentence)
        end = self.bounds.after(opening.start(1), len(self.text))
        win = self._window(seg.close_at, min(end, seg.close_at + 300))
        toks = win.tokens
        words = [i for i, t in enumerate(toks) if t.word]
        k = self._past_pointing_words(toks, words)
        if k < 0:
            return None
        named = win.cover[words[k]]
        if (
            k == 1
            and named is not None
            and named.entity.person
            and not named.weak
            and toks[words[0]].text not in named.entity.tokens  # (not "Lo Giudice": the
        ):  # particle of a surname)
            # "Così Giulia Marchetti, portavoce del comitato.": the words' owner, no verb
            subject = Mention(NAME, named.start, named.end, named.entity.name, name=named)
            first = toks[words[0]]
            cue = Cue(AFTER, words[0], words[0] + 1, first.start, first.end, first.text)
            return _Found(subject, cue, "after")
        if k == 1 and named is None and toks[words[1]].low in lex.determiners:
            apposed = self._role_and_apposed_person(win, words)
            if apposed is not None:  # "Così l'assessora alla Casa, Chiara Mazzanti, ha
                first = toks[words[0]]  # presentato il provvedimento"
                cue = Cue(AFTER, words[0], words[0] + 1, first.start, first.end, first.text)
                return _Found(apposed, cue, "after")
        said_by = self._speech_noun_owner(win, words, k)
        if said_by is not None:  # "That was the verdict of Lukas Fehr, a political scientist"
            first = toks[words[0]]
            cue = Cue(VERB, words[0], words[k] + 1, first.start, toks[words[k]].end, first.text)
            return _Found(said_by, cue, "after")
        verb = words[k]
        low = toks[verb].low
        particles = lex.separable_verbs.get(low, ())
        if (
            low not in lex.speech_verbs
            and low not in lex.pointing_back_verbs
            and not any(toks[i].low in particles for i in words)
            and toks[words[k - 1]].low not in lex.speech_nouns
        ):
            return None  # ("Das Gericht …", "So weit …": no verb of saying)
        stop = next(
            (
                i
                for i in range(verb + 1, len(toks))
                if toks[i - 1].text == ","
                and (toks[i].low in lex.complementizers or toks[i].low in lex.relative_pronouns)
            ),
            len(toks),
        )  # ("…, quien recordó que … la industria textil": the subject's clause only)
        found = _subject_after_verb(win, verb, verb + 1, stop, lex)
        if found is None:
            return None
        first = toks[words[0]]
        return _Found(
            found,
            Cue(VERB, words[0], verb + 1, first.start, toks[verb].end, toks[verb].text),
            "after",
        )

    def _role_and_apposed_person(self, win: Window, words: list[int]) -> Mention | None:
        """After a pointing-back word, a role and the person's name apposed to it between
        commas (``l'assessora alla Casa, Chiara Mazzanti,``): that person, else None."""
        toks = win.tokens
        comma = next((i for i in range(words[1], len(toks)) if toks[i].text == ","), -1)
        if comma < 0 or comma - words[1] > 6:
            return None
        found = win.first_mention(words[1], comma + 1)
        if found is None or found.kind != ROLE:
            return None
        nm = win.cover[comma + 1] if comma + 1 < len(toks) else None
        if nm is None or nm.weak or not nm.entity.person or nm.start != toks[comma + 1].start:
            return None
        end = win._token_index(nm.end)
        if end >= len(toks) or toks[end].text != ",":
            return None
        return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)

    def _words_phrase_after(self, seg: Segment) -> _Found | None:
        """``“…”. Con esas palabras, Rosario X, referente de la comunidad, explicó …``: a
        quotation that ends its sentence, then a phrase about its words
        (``pointing_back_phrases``) opening the next sentence: the subject of that sentence
        said it, when a speech verb follows the subject."""
        phrases = self.lex.pointing_back_phrases
        if not phrases:
            return None
        opening = _BLANKS.match(self.text, seg.close_at)
        at = opening.end() if opening else seg.close_at
        at += self.text.startswith(".", at)  # ("“…”. Con esas palabras": the period after)
        opening = _BLANKS.match(self.text, at)
        at = opening.end() if opening else at
        head = self.text[at : at + 40].casefold()
        phrase = next((p for p in phrases if head.startswith(p + ",")), None)
        if phrase is None:
            return None
        inner = self.text[seg.start : seg.end].rstrip()
        if not inner.endswith((".", "!", "?", "…")) and self.text[seg.close_at : at].strip() != ".":
            return None  # (the quotation must end its sentence)
        start = at + len(phrase) + 1
        end = self.bounds.after(start, len(self.text))
        win = self._window(start, min(end, start + 300))
        m = win.first_mention(0, len(win.tokens))
        if m is None or m.kind not in (NAME, ROLE):
            return None
        cue = next(
            (c for c in find_cues(win.tokens, self.lex) if c.kind == VERB and c.start >= m.end),
            None,
        )
        if cue is None:
            return None
        return _Found(m, cue, "after")

    def _sentence_lacking_its_period(self, seg: Segment, next_word: int) -> bool:
        """``„Hier wurde die Stadt geführt wie ein Familienbetrieb“ Das sagte …``: a
        quotation of several words, only spaces on the same line, then the capitalised word
        at ``next_word``: a sentence whose period the writer left out."""
        gap = self.text[seg.close_at : next_word]
        words = len(self.text[seg.start : seg.end].split())
        return not gap.strip() and "\n" not in gap and words >= 4

    def _past_pointing_words(self, toks: list[Token], words: list[int]) -> int:
        """The index in ``words`` (the word tokens of the sentence after a quotation) of the
        first word past those pointing back at it and their auxiliaries (``Das``, ``Lo
        ha``, ``Así de contundente se``), or -1 when the sentence opens with none."""
        lex = self.lex
        k = 0
        if (
            len(words) > 3
            and lex.capitalised_nouns
            and toks[words[0]].low in lex.object_prepositions
            and toks[words[1]].low in lex.pointing_back_words
            and toks[words[2]].cap
        ):
            k = 3  # "Mit diesen Sätzen reagierte": the preposition, the words pointed at
        while k < min(len(words), 4) and (
            toks[words[k]].low in lex.pointing_back_words or toks[words[k]].low in lex.auxiliaries
        ):
            k += 1
        if (
            0 < k < len(words) - 1
            and toks[words[k - 1]].low in lex.pointing_back_words
            and toks[words[k]].low in lex.speech_nouns
        ):
            k += 1  # "Diese Worte fand der Bürgermeister": the words pointed at, any verb
        if 0 < k < len(words) - 2 and toks[words[k]].low in lex.object_prepositions:
            k += 2  # "Así de contundente se mostró X": how the words were said
            while k < len(words) and toks[words[k]].low in lex.auxiliaries:
                k += 1
        return k if 0 < k < len(words) and k <= 5 else -1

    def _speech_noun_owner(self, win: Window, words: list[int], k: int) -> Mention | None:
        """After a pointing-back word and its verb (``That was``, ``Those were``), a speech
        noun and a possessor link (``the verdict of``, ``the words of``): the named owner."""
        toks, lex = win.tokens, self.lex
        at = k
        if at < len(words) and toks[words[at]].low in lex.determiners:
            at += 1
        if at + 1 >= len(words) or toks[words[at]].low not in lex.speech_nouns:
            return None
        if toks[words[at + 1]].low not in lex.possessor_links:
            return None
        owner = win.first_mention(words[at + 1] + 1, min(len(toks), words[at + 1] + 8))
        if owner is None or owner.kind != NAME or owner.name is None or owner.name.weak:
            return None
        return owner

    def _before_source(self, win: Window, cues: list[Cue]) -> _Found | None:
        for cue in reversed(cues):
            if cue.kind == SOURCE:
                m = mention_after_source(win, cue, len(win.tokens))
                if m is not None:
                    return _Found(m, cue, "before")
        return None

    def _after_preposition(self, pos: int, floor: int) -> bool:
        """A preposition or a genitive article is among the three words before ``pos`` (none
        before ``floor``): ``aus Hannover``, ``des Europäischen Gerichtshofs``."""
        before = [t for t in self.doc_tokens.slice(max(floor, pos - 40), pos) if t.word][-3:]
        lex = self.lex
        return any(
            t.low in lex.object_prepositions or t.low in lex.genitive_determiners for t in before
        )

    def _sentence_before(self, lo: int, reach: int = _MAX_BEFORE) -> Window | None:
        """The window of the sentence before position ``lo`` (at most ``reach``
        characters), or None at the start of the text."""
        if lo <= 0:
            return None
        start = max(self.bounds.before(lo - 1), lo - reach)
        return self._window(start, lo) if start < lo else None

    def _subject_since(self, lo: int, floor: int, reach: int = 3) -> Mention | None:
        """The subject of the sentence before ``lo``, or, while sentences after ``floor``
        have none, only a personal pronoun or reported speech (``Sein Mandant sei …``), of the
        one before them (``Landrat X zeigte sich enttäuscht. Er habe …, sagte er. „…“``: X)."""
        pos = lo
        for _ in range(reach):
            win = self._sentence_before(pos)
            hint = self._subject_of(win) if win is not None else None
            if win is None or not win.tokens:
                return hint
            pos = win.tokens[0].start
            reported = _reports_speech(win.tokens, self.lex)
            if pos <= floor or not (
                hint is None
                or (hint.kind == PRONOUN and self.lex.person_pronoun(hint.text))
                or (reported and not _named_person(hint))  # "Sein Mandant sei …": reported
            ):
                return hint
        return None

    def _previous_person(self, lo: int) -> Mention | None:
        """The last person named as a subject in the sentence before position ``lo``
        (``La Virtus … si è fatta raggiungere … e l'allenatore Paolo Sartori … non ha
        cercato scuse``: the coach)."""
        win = self._sentence_before(lo)
        if win is None:
            return None
        found = win.nearest_left(len(win.tokens), 0)
        while found is not None:
            if found.kind == NAME and found.name is not None and found.name.entity.person:
                return found
            end = win._token_index(found.start)
            found = win.nearest_left(end, 0) if end > 0 else None
        return None

    def _previous_subject(self, lo: int) -> Mention | None:
        """The first mention (the subject) of the sentence before position ``lo`` (a long
        sentence's subject too: ``La Comisión … (CIAIAC) ha abierto …, donde un avión de …
        Atlántica Air …``)."""
        win = self._sentence_before(lo, 2 * _MAX_BEFORE)
        if win is None:
            return None
        quoted = self._quoted_in(win)
        if quoted is not None:  # "zitierte der Sender RÚV die Vulkanologin X. …, sagte sie":
            return quoted  # the person quoted, not the medium quoting
        subject = self._subject_of(win)
        if subject is not None and subject.kind == NAME:
            # "Leonie X kritisierte … Tiedemann habe die Ministerin gestützt. „…“, sagte sie":
            # a named subject of reported speech is what is reported, not who reports it
            reporter = self._reporter_before(win)
            if reporter is not None and reporter.name is not subject.name:
                return reporter
            return subject
        cues = find_cues(win.tokens, self.lex)
        for cue in cues:  # "Die Preise seien zu niedrig, sagte
            if cue.kind == VERB:  # Sven-Ole Martensen": the person who spoke
                speaker = win.subject(cue, 0, len(win.tokens))
                if speaker is not None and speaker.name is not None and speaker.name.entity.person:
                    return speaker
        # "X zeigte sich gesprächsbereit. Ein Kompromiss sei möglich. „…“, sagte er": the
        # reported words are X's, the subject of the sentence before them
        return self._reporter_before(win, cues) or subject

    def _quoted_in(self, win: Window) -> Mention | None:
        """The person a quoting verb of the sentence in ``win`` quotes (``zitierte der Sender
        die Vulkanologin X``), else None."""
        lex = self.lex
        if not lex.quoting_verbs or not any(t.low in lex.quoting_verbs for t in win.tokens):
            return None
        for cue in find_cues(win.tokens, lex):
            if cue.kind == VERB and cue.text.casefold() in lex.quoting_verbs:
                quoted = win.subject(cue, 0, len(win.tokens))
                if quoted is not None and quoted.kind in (NAME, ROLE):
                    return quoted
        return None

    def _reporter_before(self, win: Window, cues: list[Cue] | None = None) -> Mention | None:
        """The person named as the subject of the sentence before the one in ``win`` when
        ``win`` is reported speech (a subjunctive) with no cue of its own (``cues``, found
        here when not given), else None."""
        lex = self.lex
        if not win.tokens or not _reports_speech(win.tokens, lex):
            return None
        if find_cues(win.tokens, lex) if cues is None else cues:
            return None
        before = self._sentence_before(win.tokens[0].start)
        earlier = self._subject_of(before) if before is not None else None
        return earlier if _named_person(earlier) else None

    def _subject_of(self, win: Window) -> Mention | None:
        """The first mention (the subject) of the sentence in ``win``."""
        opening = self._opening_source(win)
        if opening is not None:
            return opening
        end = next(
            (
                i
                for i, t in enumerate(win.tokens)
                if t.low in self.lex.complementizers or t.text in (":", ";")
            ),
            len(win.tokens),
        )  # "Lutz räumte ein, dass Fahrgäste …", "X erhob Vorwürfe: Ihr Schiff sei …": the
        # main clause's subject
        found = win.first_mention(0, end)
        if found is None and end < len(win.tokens):  # (the same search again finds nothing)
            found = win.first_mention(0, len(win.tokens))
        if found is not None and self.lex.verb_second and win._oblique_phrase(found):
            # "Dem Nachrichtenportal LSM sagte er, …": an object opens the clause; the
            # subject follows the verb
            k = next((i for i, t in enumerate(win.tokens) if t.start >= found.end), end)
            found = (win.first_mention(k, end) if k < end else None) or found
        if (
            found is not None
            and found.kind == PRONOUN
            and found.text.casefold() in self.lex.expletives
        ):  # "Schärfer formulierte es der Vorsitzende …": "es" is the object, and the
            # subject follows it (not in "gab es Streit mit X")
            k = next((i for i, t in enumerate(win.tokens) if t.start >= found.end), end)
            after = win.first_mention(k, end) if k < end else None
            nominative = (  # (not "die es dem Staat erschweren": an object)
                self.lex.masculine_nominal_determiners | self.lex.feminine_nominal_determiners
            )
            next_word = win.tokens[k].low if k < end else ""
            if after is not None and (
                next_word in nominative
                or (
                    after.start == win.tokens[k].start
                    and next_word not in self.lex.determiners
                )
            ):
                found = after
        if found is not None and found.kind == ROLE and self.lex.capitalised_nouns:
            found = self._apposed_holder(found) or found
        if found is not None and found.kind == ROLE and not self._names_someone(found):
            # "Un peu plus loin, une femme sanglote": an adverbial phrase, then the subject
            k = next((i for i, t in enumerate(win.tokens) if t.start >= found.end), end)
            comma = next((i for i in range(k, end) if win.tokens[i].text == ","), None)
            if comma is not None:
                found = win.first_mention(comma + 1, end) or found
        if found is None:  # "Beim Genossenschaftsverband Süd sieht man …": the body
            first = next((i for i, t in enumerate(win.tokens) if t.word), None)
            found = self._origin_opening(win, first) if first is not None else None
        return found

    def _apposed_holder(self, role: Mention) -> Mention | None:
        """German ``Die Ministerin für Wirtschaft, Verkehr und Bauen, Katrin X, besuchte``:
        the person apposed shortly after a role phrase, with that role's noun in hers."""
        words = role.key.split()
        if not words:
            return None
        head = words[-1]
        for nm in self.index.within(role.end, role.end + 120):
            gap = self.text[role.end : nm.start]
            if any(c in gap for c in ".;:!?") or "," not in gap:
                return None
            if nm.entity.person and not nm.weak and head in nm.role.split():
                return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
        return None

    def _names_someone(self, m: Mention) -> bool:
        """A role phrase with a word for a person or a body (``une femme``, ``le club``; not
        ``Un peu``, ``Ce matin``)."""
        lex = self.lex
        return any(
            lex.is_role(w) or lex.names_body(w) or w in lex.voice_nouns or lex.names_organisation(w)
            for w in m.key.split()
        )

    def _opening_source(self, win: Window, people_only: bool = True) -> Mention | None:
        """``Secondo Davide Rossini, fondatore di …, il margine è sceso``: the person (or,
        unless ``people_only``, the body) a source preposition opening the sentence names is
        who that sentence reports."""
        toks = win.tokens
        first = next((i for i, t in enumerate(toks) if t.word), None)
        if first is None or self._char_before(toks[first].start) not in _SENTENCE_OPENERS:
            return None  # (not "…», de acuerdo con el Tratado X, y pidió «…»")
        cues = find_cues(toks[first : first + 6], self.lex)
        if not cues or cues[0].first != 0 or cues[0].kind != SOURCE:
            return None
        cue = cues[0]
        shifted = Cue(cue.kind, cue.first + first, cue.last + first, cue.start, cue.end, cue.text)
        m = mention_after_source(win, shifted, len(toks))
        if m is not None and m.kind == ROLE and m.definite and people_only:
            return m  # "Pour la scientifique, le plus frappant …": the woman described
        if (
            m is not None
            and m.kind == ROLE
            and m.definite
            and not people_only
            and any(self.lex.names_organisation(w) for w in m.key.split())
        ):
            return m  # "Du côté de la direction, on se dit « … »": the body described
        if m is None or m.kind != NAME or m.name is None or m.name.weak:
            return None
        if people_only and not m.name.entity.person:
            return None
        return m

    def _introduced_after(self, seg: Segment) -> _Found | None:
        """A quotation with no cue that opens a paragraph and is a sentence of its own is
        said by the person the next sentence names as its subject (``« … » Éleveuse à
        Isigny, Mathilde Lecoq-Hamel ne décolère pas.``, ``„…“ Der Vorsitzende X …``)."""
        text = self.text
        inner = text[seg.start : seg.end].rstrip()
        if not inner.endswith((".", "!", "?", "…")):
            return None
        k = seg.open_at
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        opens_paragraph = k == 0 or text[k - 1] == "\n"
        # the next sentence may open right at the closing mark ("„… nie.“ Der …"): it ends
        # at the first boundary after its first word
        opening = _BLANKS.match(text, seg.close_at)
        end = self.bounds.after(opening.end() if opening else seg.close_at, len(text))
        paragraph = text.find("\n", seg.close_at, end)
        end = end if paragraph < 0 else paragraph
        win = self._window(seg.close_at, min(end, seg.close_at + 300))
        words = [t for t in win.tokens if t.word]
        if not words or not words[0].cap:
            return None
        m = win.first_mention(0, len(win.tokens))
        if m is None or m.kind != NAME or m.name is None or m.name.weak:
            return None
        if not m.name.entity.person:
            return None  # (a quotation is a person's words)
        paragraph_start = text.rfind("\n", 0, seg.open_at) + 1
        if not opens_paragraph and (
            m.name.entity.first < seg.close_at
            or find_cues(win.tokens, self.lex)
            or text[end : end + 3].lstrip()[:1] in _OPENING_MARKS
            or any(c in _DOUBLE_MARKS for c in text[paragraph_start : seg.open_at])
        ):
            return None  # inside a paragraph, only a person named there for the first time
            # in a sentence that says nothing and quotes nothing ("„…“ Joost Verhagen,
            # Milchbauer aus Drenthe, ist … gefahren"), not the next speaker introduced, and
            # only when no quotation came before in the paragraph (whose speaker goes on)
        return _Found(m, Cue(SUBJECT, 0, 0, m.start, m.start, ""), "after")

    def _next_sentence_quotes(
        self, seg: Segment, awin: Window, hi: int, segs: list[Segment]
    ) -> bool:
        """The quotation ends its sentence inside the marks and the words after it open a
        sentence with a named subject that runs into the next quotation: their cue is that
        quotation's (``« … activité. » Le ministre X a de son côté promis « toute la
        transparence »``)."""
        inside = self.text[seg.start : seg.end].rstrip()
        toks = awin.tokens
        if not inside.endswith((".", "!", "?", "…")) or not toks or not toks[0].cap:
            return False
        if not any(other.open_at == hi for other in segs):
            return False
        body = toks[:-1] if toks[-1].text == ":" else toks  # ("Joint par téléphone, Le Gall
        if any(t.text in ".!?;:" for t in body):  # prévient : « … »": the next one's colon)
            return False
        subject = awin.first_mention(0, len(toks))  # (a role may go on with the speaker:
        if subject is None and toks[-1].text == ":":  # "Le jeune patron … dit")
            # "Joint par téléphone, Le Gall prévient : « … »": a name before the colon's verb
            return any(nm is not None and not nm.weak for nm in awin.cover)
        return subject is not None and subject.kind == NAME

    def _origin_body(self, win: Window, cue: Cue) -> Mention | None:
        """The body a subject-less speech verb's words come from (``señalaron desde el
        organismo``, ``fanno sapere dal Corpo forestale``, ``Desde el departamento se
        limitaron a señalar``): an origin preposition right after the verb, or opening its
        sentence, and a body after it."""
        origins = self.lex.origin_prepositions
        toks = win.tokens
        if not origins:
            return None
        if cue.last < len(toks) and toks[cue.last].low in origins:
            return self._origin_phrase_body(win, cue.last)
        first = next((i for i, t in enumerate(toks) if t.word), None)
        if first is None or first >= cue.first:
            return None
        return self._origin_opening(win, first)

    def _origin_opening(self, win: Window, first: int) -> Mention | None:
        """The body after an origin preposition that opens the sentence at token ``first``
        (``Desde el departamento …``, ``Beim Genossenschaftsverband Süd …``)."""
        toks = win.tokens
        if (
            toks[first].low not in self.lex.origin_prepositions
            or self._char_before(toks[first].start) not in _SENTENCE_OPENERS
        ):
            return None
        return self._origin_phrase_body(win, first)

    def _origin_phrase_body(self, win: Window, at: int) -> Mention | None:
        """The body named after the origin preposition at token ``at``, else None."""
        toks = win.tokens
        source = Cue(SOURCE, at, at + 1, toks[at].start, toks[at].end, toks[at].text)
        m = mention_after_source(win, source, len(toks))
        return m if m is not None and self._body_mention(m) else None

    def _previous_sentence(
        self,
        lo: int,
        floor: int,
        allow_quote: bool = False,
        quoted: Sequence[Segment] = (),
        reported: int = 0,
    ) -> _Found | None:
        """A speech sentence right before a stand-alone quote: ``X sagte, dass … . „…“``
        (``allow_quote``: one that holds a quotation too, whose own words, the ``quoted``
        segments, hold no cue: ``„…“, sagte X, „… sprechen eine klare Sprache.“``); past
        one sentence of reported speech with no cue of its own, which goes on reporting the
        speaker before it (``Ein Sprecher erklärte, … . Ob …, werde noch geprüft. „…“``;
        ``reported``: the sentences passed so)."""
        if allow_quote:
            floor = 0
        if lo <= floor:
            return None
        start = max(floor, self.bounds.before(max(0, lo - 1)), lo - _MAX_BEFORE)
        if floor > 0 and start == floor:
            return None  # the previous sentence holds the previous quote: a follow-on
        win = self._window(start, lo)
        cues = [
            cue
            for cue in find_cues(win.tokens, self.lex)
            if not any(q.start <= cue.start < q.end for q in quoted)
        ]
        if reported:  # (a sentence reporting speech itself is no speaker's introduction:
            # "Die Gruppe habe … gekauft, hoch versichert und …")
            marker = next(
                (t.start for t in win.tokens if t.low in self.lex.reported_speech_markers), lo
            )
            cues = [cue for cue in cues if cue.end <= marker]
        for cue in reversed(cues):
            if cue.kind == VERB and self._in_reported_clause(win, cues, cue):
                continue  # "X hatte ausgesagt, das Ministerium habe … gedrängt. „…“": X's
            if cue.kind == VERB and self._reported_perfect(win.tokens, cue):
                continue  # "Beide Häuser hätten … ein Defizit geschrieben. „…“": reported
            if cue.kind == VERB:
                m = win.subject(cue, 0, len(win.tokens))
                if m is not None:
                    return _Found(m, cue, "previous")
            if cue.kind == IMPERSONAL:  # "In dem Papier heißt es, … sei „…“"; "…, heißt es
                m = impersonal_source(win, cue, len(win.tokens))  # in einer Mitteilung. „…“"
                if m.kind != UNKNOWN and (
                    allow_quote or any(self.lex.names_document(w) for w in m.key.split()[:3])
                ):
                    return _Found(m, cue, "previous")
            if cue.kind == AFTER and allow_quote:  # "Es sei, so X, … . Deshalb müsse „…“"
                found = mention_after_source(win, cue, len(win.tokens))
                if found is not None and found.kind == NAME:
                    return _Found(found, cue, "previous")
        for cue in cues:  # "Nach Ansicht von X ist … . „…“"
            if cue.kind == SOURCE:
                m = mention_after_source(win, cue, len(win.tokens))
                if m is not None and m.kind == NAME:
                    return _Found(m, cue, "previous")
        if not cues and not reported and not allow_quote and _reports_speech(win.tokens, self.lex):
            return self._previous_sentence(start, floor, reported=reported + 1)
        return None

    def _reported_perfect(self, toks: list[Token], cue: Cue) -> bool:
        """German: the verb ``cue`` closes its clause as the participle of a perfect whose
        auxiliary is a subjunctive (``Beide Häuser hätten im vergangenen Jahr ein Defizit
        geschrieben, das …``): the sentence reports someone else's words, it names no
        speaker of its own."""
        lex = self.lex
        if not lex.verb_second or cue.first == 0:
            return False
        if cue.last < len(toks) and toks[cue.last].word:
            return False  # (not the clause's last word)
        for tok in reversed(toks[: cue.first]):
            if not tok.word:
                return False  # (the clause's start)
            if tok.low in lex.finite_auxiliaries and tok.low in lex.reported_speech_markers:
                return True
        return False

    def _in_reported_clause(self, win: Window, cues: list[Cue], cue: Cue) -> bool:
        """The verb ``cue`` stands in a clause of reported speech that an earlier verb cue of
        the sentence introduces (a comma after it or its subject, then a subjunctive before
        ``cue``: ``hatte ausgesagt, das Ministerium habe auf eine Unterschrift gedrängt``,
        ``sagte sie, ihre Partei habe … verlangt``; in German also a main clause right after
        that comma: ``sagte dem Sender, erste Befunde deuteten auf … hin``), or a source's
        clause inserted after it (``sagte X, wie die Nachrichtenagentur epd meldete: „…“``)."""
        toks, markers = win.tokens, self.lex.reported_speech_markers
        for earlier in cues:
            if earlier.kind != VERB or earlier.last >= cue.first:
                continue
            between = toks[earlier.last : cue.first]
            # (the subject and the medium told may stand before the comma: "sagte sie, …",
            # "sagte dem französischen Auslandssender RFI, wie …")
            comma = next((i for i, t in enumerate(between[:8]) if t.text == ","), None)
            if comma is None or not all(t.word for t in between[:comma]):
                continue
            if (
                comma + 1 < len(between)
                and between[comma + 1].low in self.lex.attribution_subordinators
                and not any(t.text == "," for t in between[comma + 1 :])
            ):  # "sagte X, wie die Nachrichtenagentur epd meldete: „…“": the source's
                return True  # clause, inserted after the speaker's verb
            if comma > 3:
                continue  # (a subjunctive clause follows the subject only: "sagte sie, …")
            if (
                self.lex.verb_second
                and comma + 1 < len(between)
                and between[comma + 1].low not in self.lex.relative_pronouns
                and between[comma + 1].low not in self.lex.subordinators
                and between[comma + 1].low not in self.lex.conjunctions
                and between[comma + 1].low not in self.lex.complementizers
                and all(t.word for t in between[comma + 1 :])
            ):  # German "sagte er dem Hessischen Rundfunk, erste Befunde deuteten auf …
                return True  # hin": a main clause reported after the comma holds the verb
            marker = next(
                (i for i in range(comma, len(between)) if between[i].low in markers), None
            )
            if marker is not None and not any(
                between[i].low in self.lex.conjunctions
                and between[i + 1].low in self.lex.determiners
                for i in range(marker, len(between) - 1)
            ):  # ("…, die Kommission habe … und die Fraktion forderte": a clause of its own)
                return True
        return False

    def _earlier_body_source(self, lo: int, floor: int, reach: int = 2) -> Mention | None:
        """The body one of the ``reach`` sentences before ``lo`` (after ``floor``, the last
        quotation, and in the same paragraph) names as its source (``Nach Angaben der
        Polizei``, ``wie das Gesundheitsamt mitteilte``): who a sourceless ``hieß es`` goes on
        quoting."""
        pos = lo
        for _ in range(reach):
            win = self._sentence_before(pos)
            if win is None or not win.tokens or win.tokens[0].start < floor:
                return None
            if "\n\n" in self.text[win.tokens[-1].end : pos]:
                return None  # a new paragraph
            cues = find_cues(win.tokens, self.lex)
            for cue in reversed(cues):
                if cue.kind == SOURCE:
                    m = mention_after_source(win, cue, len(win.tokens))
                elif cue.kind == VERB:
                    m = win.subject(cue, 0, len(win.tokens)) or self._clause_opener(win, cue)
                else:
                    continue
                if m is not None:
                    return m if self._body_mention(m) else None
            pos = win.tokens[0].start
        return None

    def _bare_document(self, mention: Mention) -> bool:
        """``der Mitteilung``, ``il comunicato``: a document named with no issuer in it."""
        if mention.kind != ORG:
            return False
        lex = self.lex
        words = [w.casefold() for w in mention.text.split()]
        if any(lex.names_ruling(w) for w in words):
            return False  # (a ruling is a court's)
        documents = [w for w in words if lex.names_document(w)]
        rest = [
            w
            for w in words
            if w not in documents and w not in lex.determiners and w not in lex.object_prepositions
        ]  # ("In einer Mitteilung des Landratsamts": its issuer named)
        return bool(documents) and not rest

    def _clause_opener(self, win: Window, cue: Cue) -> Mention | None:
        """The first mention of the clause a German cue closes (``…, wie das Amt mitteilte``)."""
        toks = win.tokens
        if not self.lex.capitalised_nouns or (cue.last < len(toks) and toks[cue.last].word):
            return None
        c = cue.first - 1
        while c >= 0 and toks[c].text != ",":
            c -= 1
        start = c + 1
        while (
            start < cue.first
            and not toks[start].cap
            and toks[start].low not in self.lex.determiners
        ):
            start += 1  # "wie", "nachdem"
        return win.first_mention(start, cue.first) if c >= 0 and start < cue.first else None

    def _body_mention(self, m: Mention) -> bool:
        """The mention names an organisation, by name or by its noun."""
        if m.kind == NAME:
            return m.name is not None and not m.name.entity.person and not m.name.weak
        words = m.key.split() if m.key else []
        return m.kind in (ORG, ROLE) and any(self.lex.names_body(w) for w in words)

    def _words_phrase_after_colon(
        self, bwin: Window, cue: Cue, seg: Segment, hi: int
    ) -> Mention | None:
        """German ``X reagierte gelassen: Mit den Worten „…“ richtete er …``: after the colon
        that closes the verb cue's clause, a speech noun's phrase opens a new clause right
        before the quotation, and the subject after the verb that follows the quotation is
        its speaker (the same person told differently, as the quotation's own sentence has
        it); else None."""
        toks = bwin.tokens
        colon = next((i for i in range(len(toks) - 1, cue.last - 1, -1) if toks[i].text == ":"), -1)
        if colon < 0 or not self.lex.verb_second:
            return None
        phrase = find_nominal_source(bwin, colon + 1, len(toks))
        if phrase is None or phrase.possessor is not None:
            return None
        opening = [t for t in toks[colon + 1 :] if t.word and t.start < phrase.start]
        if any(t.low not in self.lex.object_prepositions for t in opening):
            return None  # (the phrase, after its preposition, opens the clause)
        if any(t.word for t in toks if t.start >= phrase.end):
            return None  # (and the quotation follows it at once)
        return _subject_after_verb_after(self, seg.close_at, hi)

    def _sources(self, wins: list[tuple[Window, list[Cue]]], used: Cue | None) -> list[Mention]:
        out = []
        for win, cues in wins:
            for cue in cues:
                if cue.kind == SOURCE and cue is not used:
                    m = mention_after_source(win, cue, len(win.tokens))
                    if m is not None:
                        out.append(m)
        return out

    # -- per segment ---------------------------------------------------------------
    def segment(self, segs: list[Segment], k: int) -> Attribution:
        seg = segs[k]
        lo, hi = self._limits(segs, k)
        bwin = self._window(lo, seg.open_at)
        awin = self._window(seg.close_at, hi)
        bcues = find_cues(bwin.tokens, self.lex)
        quote_tokens = self.doc_tokens.slice(seg.start, seg.end)
        kind = self._kind(seg, bwin.tokens, quote_tokens)
        acues = find_cues(awin.tokens, self.lex)
        if acues and self._next_sentence_quotes(seg, awin, hi, segs):
            acues = []  # (the cues after it are the next quotation's)
        attributive = (VERB, AFTER, POSTSOURCE, IMPERSONAL)
        found = (
            self._bracketed_after_name(bwin, seg)
            or self._cataphoric_after(seg)
            or self._pointed_back_after(seg)
            or self._words_phrase_after(seg)
        )
        found = found or self._after(awin, acues, True, attributive)
        if (
            found is not None
            and found.side == "after"
            and found.cue.kind == VERB
            and self._passive_after_reporting_clause(bwin, bcues)
        ):  # "Wie die Staatsanwaltschaft mitteilte, werden dem 39-Jährigen „…“ vorgeworfen":
            found = None  # a passive names no speaker; the reporting clause does
        if found is not None and found.mention is not None and found.mention.kind == UNKNOWN:
            # "X schrieb: „…“, weiter hieß es": a sourceless "hieß es" does not outrank X
            found = self._before(bwin, bcues, False) or self._colon(bwin) or found
        found = (
            found
            or self._before(bwin, bcues, False)
            or self._colon(bwin)
            or self._before(bwin, bcues, True)
            or self._after(awin, acues, True, (SOURCE,))
            or self._before_source(bwin, bcues)
            or self._after(awin, acues, False, (*attributive, SOURCE))
        )
        if found is not None and found.side == "before" and found.cue.kind == VERB:
            inverted = self._words_phrase_after_colon(bwin, found.cue, seg, hi)
            if inverted is not None:  # "X reagierte gelassen: Mit den Worten „…“ richtete er
                found = _Found(inverted, found.cue, "before")  # …": the quotation's own subject
        if found is None and k > 0 and lo == segs[k - 1].close_at:
            found = self._between_parts(bwin, bcues)  # "„…“, so die Richterin, „…“"
        if (
            found is not None
            and found.mention is None
            and found.side == "after"
            and found.cue.kind == VERB
            and self._clause_final(awin, found.cue, self._opens_relative_clause(bwin))
        ):  # German verb-final clause: "…, weil X es als „…“ bezeichnet hat"
            m = self._clause_subject(bwin)
            if m is not None:
                found = _Found(m, found.cue, "after")
        reporter = None
        if found is not None and found.side == "before" and found.mention is not None:
            speaker = self._past_reporting_clause(bwin, found)
            if speaker is not None:  # "Wie CBS berichtet, gab Sprecher X …: „…“"
                reporter, found = found.mention, _Found(speaker, found.cue, "before")
        if found is None:  # "« … » Président du club depuis 2011, Réjean Lachance ne cache
            found = self._introduced_after(seg)  # pas son amertume."
        if found is None and not _word_count(bwin.tokens):
            found = self._previous_sentence(lo, self._previous_close(segs, k))
        if (
            found is None
            and kind == "partial"
            and _reports_speech(bwin.tokens, self.lex)
        ):
            found = self._previous_sentence(
                lo, self._previous_close(segs, k), allow_quote=True, quoted=segs[:k]
            )
        if found is None and kind == "partial":
            subject = self._main_clause_subject(bwin)
            if subject is not None and (
                (subject.kind == NAME and subject.name is not None and subject.name.entity.person)
                or (subject.kind == PRONOUN and self._holds_complement(bwin, subject))
            ):
                found = _Found(
                    subject, Cue(SUBJECT, 0, 0, subject.start, subject.start, ""), "subject"
                )
        mention = found.mention if found else None
        if found is not None and mention is None and found.side == "before":
            mention = self._relative_clause_subject(bwin, found.cue) or (
                self._coordinated_subject(bwin, found.cue)
            )
        if found is not None and mention is None and found.cue.kind == VERB:
            opening = self._opening_source(bwin, people_only=False) or self._origin_body(
                awin if found.side == "after" else bwin, found.cue
            )
            if opening is not None:  # "Para el Sindicato X, la subida responde a «…»"
                mention = opening
        if found is not None and mention is None:
            reach = next(  # "…», rappelant que son client …": not past the clause's start
                (i for i, t in enumerate(awin.tokens[:6]) if t.low in self.lex.complementizers),
                min(len(awin.tokens), 6),
            )
            first_after = awin.first_mention(0, reach)
            if first_after is not None and any(
                t.low in self.lex.object_prepositions
                for t in awin.tokens[: awin._token_index(first_after.start)]
            ):  # "ha scritto sulla pagina Facebook del Comune": where, not who
                first_after = None
            mention = first_after or Mention(
                IMPLICIT, found.cue.start, found.cue.end, found.cue.text
            )
        hint_from = lo
        if found is not None and found.side == "previous" and found.cue.kind == IMPERSONAL:
            hint_from = self.bounds.before(found.cue.start)  # the document's sentence's subject
        elif mention is not None and mention.kind == PRONOUN and mention.start < lo:
            # "X wurde … empfangen. Die Regeln seien …, erklärte sie. „…“": the pronoun's
            # antecedent is the subject of the sentence before the pronoun's own, unless a
            # name stands before it in its own ("Historic England said it would …")
            own = self.bounds.before(mention.start)
            if not any(
                not m.weak and not self._after_preposition(m.start, own)
                for m in self.index.within(own, mention.start)
            ):  # ("… aus Hannover, … des Europäischen Gerichtshofs …, erklärte sie")
                hint_from = min(lo, own)
        previous_subject = functools.partial(self._previous_subject, hint_from)  # when needed
        resolved = (
            self.resolver.resolve(mention, seg.start, previous_subject)
            if mention
            else Resolved(None, (), "unresolved")
        )
        if mention is not None and mention.kind == UNKNOWN and resolved.speaker is None:
            earlier = self._earlier_body_source(lo, segs[k - 1].close_at if k else 0)
            if earlier is not None:  # "Nach Angaben der Polizei … . „…“, hieß es": the police
                mention, resolved = earlier, self.resolver.resolve(earlier, seg.start)
            elif found is not None and found.cue.kind == IMPERSONAL:
                earlier = self._earlier_body_source(lo, 0, reach=3)
                again = self.resolver.resolve(earlier, seg.start) if earlier else None
                last = self.resolver.last_speaker(seg.start)
                if again and again.speaker and last and last[1].speakers == again.speakers:
                    # "Das Ministerium bestätigte … . Sie würden „…“ gebracht. Weiter hieß es":
                    # the body named before the last quotation, whose words that was too
                    mention, resolved = earlier, again
        elif (
            found is not None
            and found.cue.kind == IMPERSONAL
            and mention is not None
            and self._bare_document(mention)
            and self.resolver.issued_before(mention) is None
        ):
            earlier = self._earlier_body_source(lo, segs[k - 1].close_at if k else 0)
            if earlier is not None:  # "…, teilte die Behörde mit. … „…“, hieß es in der
                before_it = functools.partial(
                    self._previous_subject, self.bounds.before(earlier.start)
                )  # Mitteilung": its statement ("die Behörde": the body named before it)
                res = self.resolver.resolve(earlier, seg.start, before_it)
                if res.speaker is not None and res.resolved_by != "unresolved-role":
                    resolved = Resolved(res.speaker, res.speakers, resolved.resolved_by)
        if (
            found is not None
            and found.side == "after"
            and mention is not None
            and mention.kind in (PRONOUN, IMPLICIT)
            and len(resolved.speakers) < 2  # "A et B …: « … », écrivent-ils": both
        ):  # "X äußerte sich: „…“, sagte er": X; "Il tecnico ha difeso Y: «…», ha detto"
            resolved = (
                self._opening_speaker(bwin, bcues, seg.start, mention.kind, previous_subject)
                or resolved
            )
        source = None
        reporting = [reporter] if reporter is not None else []
        sources = self._sources([(bwin, bcues), (awin, acues)], found.cue if found else None)
        for m in reporting + sources:
            res = self.resolver.resolve(m, seg.start)
            name = res.speaker or m.text
            if name != resolved.speaker:
                source = name
                if resolved.speaker is None and mention is None:
                    resolved, mention = res, m
                    source = None
                break
        if mention is not None and mention.kind == NAME and mention.name is not None:
            resolved = self._coordinated(mention.name, resolved)
            resolved = self._with_pronoun_before(mention, resolved, lo)
        how = resolved.resolved_by
        attribution = Attribution(
            seg,
            kind,
            resolved,
            mention,
            found.cue if found else None,
            source,
            _BASE_CONFIDENCE.get(how, 0.5),
            seg.group,
            how=how,
        )
        attribution.keep = not self._names_source(segs, k) and self._is_quote(
            attribution, bwin.tokens, quote_tokens
        )
        return attribution

    def _relative_clause_subject(self, bwin: Window, cue: Cue) -> Mention | None:
        """``el Gobierno difundió un comunicado en el que aseguró que …``, ``una nota in cui
        ha ribadito``: a subject-less cue opening a relative clause after a preposition
        (a document that says something) is said by the subject of the clause before."""
        toks, lex = bwin.tokens, self.lex
        k = cue.first - 1
        while k >= 0 and toks[k].word and bwin._skippable(toks[k]):
            k -= 1  # "in cui ha detto"
        if k < 1:
            return None
        if toks[k].low in lex.complementizers and toks[k - 1].low in lex.determiners:
            k -= 1  # "en el que", "in dem"
        elif toks[k].low not in lex.relative_pronouns:
            return None
        if k < 1 or toks[k - 1].low not in lex.object_prepositions:
            return None
        subject = bwin.first_mention(0, k - 1)
        return subject if subject is not None and subject.kind in (NAME, ROLE) else None

    def _coordinated_subject(self, bwin: Window, cue: Cue) -> Mention | None:
        """``Alvear trat vor Tausende Anhänger, die „…“ skandierten, und sprach von einem
        „…“``: a subject-less verb cue right after ``und``, in a window that an earlier
        quotation of the same sentence cut short, shares the subject that opens the sentence."""
        toks, lex = bwin.tokens, self.lex
        k = cue.first - 1
        if k < 0 or toks[k].low not in lex.conjunctions:
            return None
        start = self.bounds.before(toks[0].start)
        if start >= toks[0].start:
            return None  # (the window opens the sentence: its own subject was looked for)
        sentence = self._window(start, toks[0].start)
        opening = next((i for i, t in enumerate(sentence.tokens) if t.word), None)
        if opening is None:
            return None
        subject = sentence.first_mention(opening, len(sentence.tokens))
        if subject is None or subject.start != sentence.tokens[opening].start:
            return None  # (only a person's name or a pronoun opening the sentence, and a
        after = sentence._token_index(subject.end)  # verb right after it, not a comma:
        if after >= len(sentence.tokens) or not sentence.tokens[after].word:
            return None  # "Côté Valmorel, le président …" opens with an adverbial)
        if subject.kind == PRONOUN or (
            subject.kind == NAME and subject.name is not None and subject.name.entity.person
        ):
            return subject
        return None

    def _past_reporting_clause(self, bwin: Window, found: _Found) -> Mention | None:
        """``Wie der Sender CBS berichtet, gab Sprecher Robert Gibbs …: „…“``: a reporting
        clause opened by an attribution subordinator names the source; the person the main
        clause after it names is the speaker."""
        toks, lex = bwin.tokens, self.lex
        at_cue = next((i for i, t in enumerate(toks) if t.start >= found.cue.start), len(toks))
        first = next((i + 1 for i in range(at_cue - 1, -1, -1) if toks[i].text in _SENTENCE_END), 0)
        if first >= at_cue or toks[first].low not in lex.attribution_subordinators:
            return None
        comma = next(
            (
                i
                for i in range(first, len(toks))
                if toks[i].text == "," and toks[i].start >= found.cue.end
            ),
            None,
        )
        if comma is None:
            return None
        stop = next((i for i in range(comma + 1, len(toks)) if toks[i].text in ",;:"), len(toks))
        subject = bwin.first_mention(comma + 1, stop)
        if subject is None or subject.kind != NAME or subject.name is None:
            return None
        return subject if subject.name.entity.person else None

    def _main_clause_subject(self, bwin: Window) -> Mention | None:
        """The subject of the main clause a partial quotation stands in: past an opening
        subordinate clause (``Da ihre Mandantin Angst hatte, habe Celebi „…“``), and before
        ``dass`` when the quotation is in the complement (``X geht davon aus, dass Y „…“``)."""
        toks, lex = bwin.tokens, self.lex
        lo = 0
        first = next((i for i, t in enumerate(toks) if t.word), None)
        if first is not None and toks[first].low in lex.subordinators:
            comma = next((i for i in range(first, len(toks)) if toks[i].text == ","), None)
            # a subordinate clause ends with its verb ("Da …, Angst hatte,"); "Seit August
            # vertritt er die These," is a main clause opened by a preposition
            if comma is not None and comma > first + 1 and not toks[comma - 1].cap:
                lo = comma + 1
        that = next((i for i in range(lo, len(toks)) if toks[i].low in lex.complementizers), None)
        if that is not None:
            matrix = bwin.first_mention(lo, that)
            if matrix is not None and (
                (matrix.kind == PRONOUN and matrix.text.casefold() not in lex.expletives)
                or (matrix.name is not None and matrix.name.entity.person)
            ):
                return matrix
        return bwin.first_mention(lo, len(toks))

    def _holds_complement(self, bwin: Window, m: Mention) -> bool:
        """``vertritt er die These, dass …``: a pronoun subject before ``dass``."""
        return m.text.casefold() not in self.lex.expletives and any(
            t.low in self.lex.complementizers and t.start > m.end for t in bwin.tokens
        )

    def _coordinated(self, nm: NameMention, resolved: Resolved) -> Resolved:
        """``erzählten Lindqvist und Koenen``: two names joined by a conjunction speak
        together."""
        text, lex = self.text, self.lex
        other = None
        for candidate in self.index.within(nm.end, nm.end + 80)[:3]:
            if self._joins(text[nm.end : candidate.start]):
                other = candidate
                break
        if other is None:
            before = self.index.before(nm.start, 3)
            for candidate in reversed(before):
                between = text[candidate.end : nm.start]
                if candidate.end <= nm.start and (
                    self._joins(between)
                    or self._joins_apposed(between)
                    or self._joins_past_appositions(between)
                ):
                    other = candidate
                    break
        if other is None or other.weak or other.entity is nm.entity:
            return resolved
        bodies = other.entity.org and nm.entity.org  # "Les sections CGT et FO affirment"
        if not bodies and (
            not (other.entity.person or len(other.entity.tokens) > 1) or other.entity.org
        ):
            return resolved
        first, second = sorted((nm, other), key=lambda m: m.start)
        names = (first.entity.name, second.entity.name)
        return Resolved(lex.group_joiner.join(names), names, GROUP, resolved.antecedent)

    def _with_pronoun_before(self, mention: Mention, resolved: Resolved, lo: int) -> Resolved:
        """``Er sowie Giesel befürchten``, ``She and Smith said``: a person pronoun joined to
        the name before it speaks with it, for the person it stands for."""
        toks = self.doc_tokens.slice(max(lo, mention.start - 30), mention.start)
        if len(resolved.speakers) != 1 or len(toks) < 2:
            return resolved
        pronoun, conjunction = toks[-2], toks[-1]
        if conjunction.low not in self.lex.conjunctions or not self.lex.person_pronoun(
            pronoun.low
        ):
            return resolved
        other = self.resolver.resolve(
            Mention(PRONOUN, pronoun.start, pronoun.end, pronoun.text), pronoun.start
        )
        if other.speaker is None or len(other.speakers) != 1 or other.speaker in resolved.speakers:
            return resolved
        names = (other.speaker, resolved.speakers[0])
        return Resolved(self.lex.group_joiner.join(names), names, GROUP, resolved.antecedent)

    def _joins(self, between: str) -> bool:
        """True when the text between two names coordinates them: ``und``, or ``(CGT) et``,
        ``della Fiom e`` (a bracket or a short complement may follow the first name)."""
        lex = self.lex
        words = _BRACKETED.sub(" ", between).split()
        if words and words[-1].casefold() not in lex.conjunctions:
            # "y su colega": the second name's determiner and role after the conjunction
            last = len(words) - 1
            conjunctions = [
                i for i in range(max(0, last - 3), last) if words[i].casefold() in lex.conjunctions
            ]
            if not conjunctions:
                return False
            k = conjunctions[-1]
            rest = [w.casefold() for w in words[k + 1 :]]
            roles = [lex.is_role(w) for w in rest]
            adjective = (  # "und der dänische Fischereiminister": an adjective after the
                len(rest) >= 3  # article, before the role
                and rest[0] in lex.determiners
                and words[k + 2].islower()
                and roles[-1]
            )
            if not any(roles) or not all(
                r
                or w in lex.determiners
                or w in lex.possessive_pronouns  # "und sein Seilpartner"
                or (i == 1 and adjective)
                for i, (r, w) in enumerate(zip(roles, rest, strict=True))
            ):
                return False
            words = words[: k + 1]
        if not words or words[-1].casefold() not in lex.conjunctions:
            return False
        rest = words[:-1]
        if not rest:
            return True
        head = rest[0].casefold()
        return (
            2 <= len(rest) <= 3
            and head in lex.object_prepositions
            and all(w[:1].isupper() or w.casefold() in lex.determiners for w in rest[1:])
        )

    def _joins_apposed(self, between: str) -> bool:
        """``Mirela Anić and her Surevani counterpart, Davit Arzumanyan, said``: a conjunction,
        a short role phrase and a comma join the second name, apposed to the role."""
        lex = self.lex
        words = between.split()
        return (
            2 <= len(words) <= 5
            and words[0].casefold() in lex.conjunctions
            and between.rstrip().endswith(",")
            and "," not in between.rstrip()[:-1]
            and any(lex.is_role(w.strip(",").casefold()) for w in words[1:])
        )

    def _joins_past_appositions(self, between: str) -> bool:
        """``Claire Desjardins, president of the nurses' association, and Ravi Sandhu``,
        ``Patricio Vergara, y la secretaria de la organización, Elena Tapia``: the first
        name's apposition, then a conjunction (with the second name's own role) join them."""
        lex = self.lex
        text = between.strip()
        if not text.startswith(",") or len(text.split()) > 14:
            return False
        parts = [p.split() for p in text[1:].strip().rstrip(",").split(",")]
        last = parts[-1]
        if not last or last[0].casefold() not in lex.conjunctions or len(parts) > 2:
            return False
        words = [w.casefold().strip(".") for p in parts for w in p]
        if any(w in lex.auxiliaries or w in lex.speech_verbs for w in words):
            return False
        return all(any(lex.is_role(w.casefold()) for w in p) for p in parts[:-1]) and (
            len(parts) == 2 or any(lex.is_role(w.casefold()) for w in last[1:])
        )

    def _clause_final(self, awin: Window, cue: Cue, relative: bool = False) -> bool:
        """German: the cue closes its clause (``als „…“ bezeichnet hat.``); in a relative
        clause opened right before the quote (``relative``) a conjunction may follow it."""
        if not self.lex.capitalised_nouns:
            return False
        # a phrase of place may stand before the verb ("„…“ in Richtung der Gästebank
        # gerufen"), though not before a quoting verb ("von der „Netzeitung“ mit den Worten
        # zitiert": the marks hold a title)
        before = awin.tokens[: cue.first]
        if _word_count(before) and not (
            before[0].low in self.lex.object_prepositions
            and all(t.word for t in before)
            and cue.text.casefold() not in self.lex.quoting_verbs
        ):
            return False
        j = cue.last
        toks = awin.tokens
        while j < len(toks) and toks[j].word and toks[j].low in self.lex.finite_auxiliaries:
            j += 1
        return j >= len(toks) or not toks[j].word or (
            relative and toks[j].low in self.lex.conjunctions
        )  # ("…, die „…“ skandierten und … forderten": a second verb of the same subject)

    def _opens_relative_clause(self, bwin: Window) -> bool:
        """The quote follows a comma and a relative pronoun (``Fans, die „…“ sangen``)."""
        return relative_after_comma(bwin.tokens, len(bwin.tokens) - 1, self.lex)

    def _clause_subject(self, bwin: Window) -> Mention | None:
        """The subject of the clause a quote stands in, read from its start: the first
        mention after the last comma, or, in a relative clause, the noun it hangs on."""
        toks, lex = bwin.tokens, self.lex
        c = len(toks) - 1
        while c >= 0 and toks[c].text != ",":
            c -= 1
        if c < 0:
            opener = next((i for i, t in enumerate(toks) if t.word), None)
            if lex.verb_second and opener is not None and toks[opener].low in lex.subordinators:
                # German "Während ihr Vorsitzender X die Abgeordneten als „…“ bezeichnete, …":
                found = bwin.first_mention(opener + 1, len(toks))  # the subordinate clause's
                if found is not None:  # subject, not the main clause's after the comma
                    return found
            return self._bracket_subject(bwin)
        nm = bwin.cover[c - 1] if c > 0 else None
        if nm is not None and (nm.weak or nm.end != toks[c - 1].end):
            nm = None  # (only a name that the comma closes)
        if (
            nm is not None
            and nm.entity.person
            and c + 1 < len(toks)
            and toks[c + 1].low in lex.finite_auxiliaries
        ):  # "Der Vorstandsvorsitzende der Bahn, Friedemann X, hatte die Pläne als „…“
            return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)  # bezeichnet"
        if (
            c + 1 < len(toks)
            and toks[c + 1].low in lex.relative_pronouns
            and (
                c + 2 == len(toks) or toks[c + 2].low in lex.determiners or not toks[c + 2].cap
            )
        ):  # "ein Kommentar, der die Entscheidung als …", "Fans, die „…“ sangen": the noun
            # before the comma
            if (
                nm is not None
                and (nm.entity.org or nm.entity.person)
                and len(nm.entity.tokens) >= 2
            ):  # "Der Bund der Steuerzahler Nordrhein-Westfalen, der …": the whole name
                # ending before the comma, not the phrase its inner article opens
                return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
            d = c - 1
            while d >= 0 and c - d <= 4 and toks[d].word and toks[d].low not in lex.determiners:
                if not toks[d].cap and (toks[d].low in lex.non_names or is_number(toks[d].text)):
                    d = -1  # "im Laufe des Vormittags mehrere Hundert Unterstützer, die": the
                    break  # quantity opens the noun's phrase; no article before it
                d -= 1
            if (
                d >= 0
                and toks[d].low in lex.determiners
                and toks[c - 1].cap
                and not (d > 0 and toks[d - 1].low in lex.object_prepositions)
            ):  # (not "vor dem Rathaus rund 40 Demonstranten, die …": a place before them)
                return bwin._noun_phrase(d, c, clause_final=False)
            n = c - 1
            while c - n <= 2 and n > 0 and toks[n].word and not toks[n].cap:
                n -= 1  # "hatten etwa 50 Menschen demonstriert, die „…“ riefen": the noun
                # before the main clause's final verb
            noun = toks[n] if n >= 0 and (n == c - 1 or toks[n].cap) else None
            found = bwin.nearest_left(c, 0)
            named = bwin.cover[n] if n >= 0 else None
            if (
                n == c - 1
                and n > 0
                and noun is not None
                and noun.cap
                and (named is None or named.weak)
                and (toks[n - 1].low in lex.non_names or is_number(toks[n - 1].text))
                and toks[n - 1].low not in lex.determiners
                and (found is None or found.end != noun.end)
            ):  # "vor Tausende Anhänger, die „…“ skandierten": a counted noun right before the
                return Mention(ROLE, noun.start, noun.end, noun.text, key=noun.low)  # comma
            if found is None and noun is not None and noun.word and noun.cap:
                counted = self._counted_noun_before(toks, n) if n > 1 else None
                if counted is not None and toks[n - 1].low in lex.determiners and (
                    toks[n - 2].low in lex.object_prepositions
                ):  # "etwa 300 Menschen zu einer Mahnwache auf dem Domplatz, die „…“
                    noun = counted  # skandierten": the counted people, not the place
                # "rund 200 Anhänger, die „…“ riefen": the plural noun, as written
                return Mention(ROLE, noun.start, noun.end, noun.text, key=noun.low)
            if not toks[c - 1].cap:
                named_before = self._person_in_clause_before(bwin, c, found)
                if named_before is not None:  # "wurde er vom Vizepräsidenten X empfangen,
                    return named_before  # der von einem „…“ sprach": the person named
            return found
        start = c + 1
        while (
            start < len(toks)
            and toks[start].word
            and not toks[start].cap
            and toks[start].low not in lex.determiners
        ):
            start += 1  # "weil", "nachdem"
        if start < len(toks) and toks[start].low in lex.determiners:
            return bwin._noun_phrase(start, len(toks), clause_final=False)
        return bwin.first_mention(start, len(toks)) if start < len(toks) else None

    def _person_in_clause_before(
        self, bwin: Window, c: int, found: Mention | None
    ) -> Mention | None:
        """The last person named in the clause a verb closes before the comma at ``c``
        (after ``found``, when given), even after a preposition: the antecedent of a
        relative clause after the verb (German Nachfeld)."""
        toks = bwin.tokens
        k = c - 1
        while k >= 0 and toks[k].text not in ".;:!?" and (
            found is None or toks[k].start >= found.end
        ):
            named = bwin.person_named_at(k)
            if named is not None:
                return named
            k -= 1
        return None

    def _counted_noun_before(self, toks: list[Token], n: int, reach: int = 10) -> Token | None:
        """The last capitalised noun before token ``n`` (within ``reach`` words of its
        clause) that a number or a quantity word counts (``etwa 300 Menschen``), else None."""
        lex = self.lex
        for k in range(n - 1, max(0, n - reach), -1):
            if not toks[k].word:
                return None
            before = toks[k - 1]
            quantity = is_number(before.text) or (
                not before.cap
                and before.low in lex.non_names
                and before.low not in lex.determiners
                and before.low not in lex.object_prepositions
            )
            if toks[k].cap and quantity:
                return toks[k]
        return None

    def _bracket_subject(self, bwin: Window) -> Mention | None:
        """German main clause with a verb bracket (``Die CDU hat den Plan als „…“
        kritisiert``): the phrase before the finite auxiliary, or the one right after it when
        an adverbial or an object opens the clause (``Gestern hat die CDU …``)."""
        toks, lex = bwin.tokens, self.lex
        words = [i for i, t in enumerate(toks) if t.word]
        aux = next((i for i in words if toks[i].low in lex.finite_auxiliaries), None)
        if aux is None or not words or aux == words[0]:
            return None
        first = words[0]
        opener = toks[first].low
        if toks[aux].low in lex.passive_auxiliaries:  # a passive's subject is spoken of
            if opener in lex.agent_prepositions:  # "Von der Linksfraktion wurde der Plan …"
                return bwin.first_mention(first + 1, aux)
            agent = next(
                (k for k in range(aux + 1, min(len(toks), aux + 4))
                 if toks[k].low in lex.agent_prepositions),
                None,
            )  # "Der Beschluss wurde von der CDU-Fraktion als „…“ kritisiert"
            if agent is not None:
                return bwin.first_mention(agent + 1, len(toks))
            return None
        if opener in lex.determiners and opener not in lex.oblique_determiners:
            found = bwin.first_mention(first, aux)
            if found is None or found.kind == PRONOUN:
                found = bwin._noun_phrase(first, aux, clause_final=False)
            return found  # "Die Regierung hat", "Der Verband der Bauern hat"
        nm = bwin.cover[first]
        if nm is not None and not nm.weak and bwin.cover[aux - 1] is nm:
            return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)  # "Die CDU hat"
        last = bwin.cover[aux - 1]
        if (
            2 <= aux - first <= 4
            and toks[aux - 1].cap
            and (last is None or last.weak)  # (lone nouns)
            and all(
                toks[i].word
                and toks[i].low not in lex.object_prepositions
                and toks[i].low not in lex.determiners
                and toks[i].low not in lex.conjunctions
                for i in range(first, aux)
            )
        ):  # "Etwa vierzig Landwirte hatten die Straße blockiert und „…“ gerufen": a
            # counted noun before the auxiliary is the subject, as written
            noun = toks[aux - 1]
            return Mention(ROLE, noun.start, noun.end, noun.text, key=noun.low)
        if opener in lex.pronouns and aux == first + 1:
            return Mention(PRONOUN, toks[first].start, toks[first].end, toks[first].text)
        return bwin.first_mention(aux + 1, len(toks))  # "Am Montag hat die CDU …"

    def _opening_speaker(
        self,
        bwin: Window,
        bcues: list[Cue],
        pos: int,
        how: str = PRONOUN,
        hint: Callable[[], Mention | None] | None = None,
    ) -> Resolved | None:
        """The named speaker introduced before a quote in its own sentence, if any (``hint``
        finds the previous sentence's subject, which an anaphor there may mean)."""
        pre = self._before(bwin, bcues, False) or self._colon(bwin)
        if pre is None or pre.mention is None or pre.mention.kind not in (NAME, ROLE):
            return None
        res = self.resolver.resolve(pre.mention, pos, hint)
        if res.speaker is None or res.resolved_by == "unresolved-role":
            return None
        return Resolved(res.speaker, res.speakers, how, (pre.mention.start, pre.mention.end))

    def _kind(self, seg: Segment, before: list[Token], quote: list[Token]) -> str:
        words = [t for t in quote if t.word]
        if not words:
            return "partial"
        last_before = before[-1].text if before else ""
        starts_clause = not before or last_before in (":", ",", "–", "—", "-", "(", ";")
        inner = self.text[seg.start : seg.end].rstrip("\"”“»«’‘')")
        ends_sentence = bool(inner) and inner[-1] in _SENTENCE_FINAL
        upper = words[0].text[0].isupper() or quote[0].text in ("…", "...")
        if upper and (starts_clause or ends_sentence):
            return "direct"
        if seg.reopened:
            return "direct"
        return "partial"

    def _names_source(self, segs: list[Segment], k: int) -> bool:
        """A short name in marks after a source preposition (``Laut „Reuters“``) or right
        after a quote and its cue (``„…“, schreibt die „Computerwoche“``): it names the
        speaker and is no quotation of its own."""
        seg = segs[k]
        cached = self._source_cache.get(seg.start)
        if cached is None:
            cached = self._short_name(seg) and (
                self._after_source_preposition(seg)
                or (k > 0 and self._right_after_cue(segs[k - 1], seg))
            )
            self._source_cache[seg.start] = cached
        return cached

    def _short_name(self, seg: Segment) -> bool:
        words = [t for t in self.doc_tokens.slice(seg.start, seg.end) if t.word]
        return (
            0 < len(words) <= 4
            and (words[0].cap or words[0].text[:1].isdigit())  # « 24 heures »
            and seg.closed
            and self.text[seg.start : seg.end].rstrip()[-1:] not in _SENTENCE_FINAL
        )

    def _after_source_preposition(self, seg: Segment) -> bool:
        before = self.doc_tokens.slice(max(0, seg.open_at - 40), seg.open_at)
        while before and before[-1].word and before[-1].low in self.lex.determiners:
            before.pop()
        return bool(before) and (before[-1].low,) in self.lex.source_prepositions

    def _right_after_cue(self, prev: Segment, seg: Segment) -> bool:
        """``„…“, schreibt die „Computerwoche“``, ``« … », a confié à « 24 heures »``: the
        marks right after a quotation's speech verb (and the medium's article or
        preposition) hold a name."""
        lex = self.lex
        between = [t for t in self.doc_tokens.slice(prev.close_at, seg.open_at) if t.text != ","]
        while between and between[-1].word and (
            between[-1].low in lex.determiners or between[-1].low in lex.object_prepositions
        ):
            between.pop()
        while len(between) > 1 and between[0].low in lex.auxiliaries:
            between.pop(0)
        return len(between) == 1 and between[0].low in lex.speech_verbs

    def _titled(self, seg: Segment) -> bool:
        """Looks like a name or a title: every content word capitalised (``Washington Post``),
        or introduced by a title noun (``der Film „…“``, ``Motto: „…“``)."""
        cached = self._titled_cache.get(seg.start)
        if cached is None and self._title_context(seg):
            cached = self._titled_cache[seg.start] = True
        if cached is None and (self._web_address(seg) or self._hyphen_joined(seg)):
            cached = self._titled_cache[seg.start] = True  # „tagesschau.de“, „Bild“-Zeitung
        if cached is None:
            words = [t for t in self.doc_tokens.slice(seg.start, seg.end) if t.word]
            cached = len(words) <= 8 and self._title_shaped(words, seg)
            if self.lex.capitalised_nouns and len(words) == 1 and words[0].cap:
                cached = self._told_medium(seg) or self._role_owner(seg)  # German
                # „Gesindel“: decided by its attribution, but "sagte er gegenüber der
                # „Welt“": a medium told; "die Chefredakteurin des „Weserblick“": a name
            self._titled_cache[seg.start] = cached
        return cached

    def _role_owner(self, seg: Segment) -> bool:
        """Marks right after a role noun and a genitive article hold what the role belongs
        to (``die Chefredakteurin des „Weserblick“``)."""
        before = self.doc_tokens.slice(max(0, seg.open_at - 40), seg.open_at)
        words = [t.low for t in before if t.word][-2:]
        lex = self.lex
        return (
            len(words) == 2
            and lex.genitive_article(words[1])
            and lex.is_role(words[0])
            and not lex.names_organisation(words[0])
        )

    def _told_medium(self, seg: Segment) -> bool:
        """Marks right after ``gegenüber`` (``told_prepositions``) and an article hold the
        medium told (``sagte er gegenüber der „Welt“``)."""
        before = self.doc_tokens.slice(max(0, seg.open_at - 40), seg.open_at)
        words = [t.low for t in before if t.word][-2:]
        lex = self.lex
        return (
            len(words) == 2
            and words[1] in lex.determiners
            and words[0] in lex.told_prepositions
        )

    def _title_shaped(self, words: list[Token], seg: Segment) -> bool:
        """Every content word capitalised (``Washington Post``), opening the phrase or after a
        short article (``«il Gatto»``; in German only a capitalised one that ends no sentence:
        ``die liberale „El Mundo“``, not ``„Ein Skandal!“``)."""
        content = [t for t in words if t.low not in self.lex.title_function_words]
        return (
            bool(content)
            and (
                content[0] is words[0]
                or (
                    len(words) <= 4
                    and (
                        not self.lex.capitalised_nouns
                        or (
                            words[0].cap
                            and self.text[seg.start : seg.end].rstrip()[-1:] not in _SENTENCE_FINAL
                            and self._mid_sentence(seg)
                        )
                    )
                )
            )
            and all(t.cap or t.text[0].isdigit() for t in content)
        )

    def _mid_sentence(self, seg: Segment) -> bool:
        """The opening mark follows a word or a comma, not a sentence end or a colon."""
        before = self._char_before(seg.open_at)
        return bool(before) and before not in _SENTENCE_FINAL + ":\n"

    def _char_before(self, pos: int) -> str:
        """The last character before ``pos`` that is no space or tab ("" at the start)."""
        return self.text[max(0, pos - 20) : pos].rstrip(" \t")[-1:]

    def _title_context(self, seg: Segment) -> bool:
        """The marks follow a title noun or hold a name that speaks (``der Film „…“``, ``wie
        die „Aktion Deutschland hilft“ mitteilte``); asked once per segment."""
        known = self._title_context_cache.get(seg.start)
        if known is None:
            known = self._after_title_noun(seg) or self._speaking_name(seg)
            self._title_context_cache[seg.start] = known
        return known

    def _speaking_name(self, seg: Segment) -> bool:
        """``Wie die „Aktion Deutschland hilft“ mitteilte``: marks between a determiner and
        the speech verb they are the subject of hold a name, not a quotation."""
        lex = self.lex
        before = self.doc_tokens.slice(max(0, seg.open_at - 20), seg.open_at)
        after = [  # "Wie die „Aktion Deutschland hilft“ heute mitteilte"
            t for t in self.doc_tokens.slice(seg.close_at + 1, seg.close_at + 40)[:3]
            if t.low not in lex.skip_words
        ][:1]
        inside = self.doc_tokens.slice(seg.start, seg.end)[:1]
        return (
            bool(before)
            and bool(after)
            and bool(inside)
            and after[0].low in lex.speech_verbs
            and (
                before[-1].low in lex.attribution_subordinators  # Wie „heise online“ berichtet
                or (inside[0].cap and lex.opens_subject(before[-1].low))
            )
            and not relative_after_comma(before, len(before) - 1, lex)
            # ("Demonstranten, die „Zahlt jetzt!“ skandierten": the pronoun is the subject)
        )

    def _after_title_noun(self, seg: Segment) -> bool:
        """``der Film „…“``, ``Motto: „…“``, or an organisation noun right before the marks
        (``der Firma „Nordstern Fisk“``, not ``warfen der Regierung einen „Wortbruch“ vor``)."""
        before = self.doc_tokens.slice(max(0, seg.open_at - 60), seg.open_at)
        k = len(before) - 1
        if k >= 0 and before[k].word and self.lex.names_organisation(before[k].low):
            return self.text[seg.start : seg.start + 1].isupper() and not (
                self._closes_separable_verb(seg, before)
            )  # ("warf der Landesregierung „Planlosigkeit“ vor": the verb's object)
        if k >= 0 and before[k].text == ":":
            k -= 1  # "Motto: „…“" (not "sagte der „Bild“-Zeitung: „…“")
            if any(t.low in self.lex.speech_verbs for t in before[:k]):
                return False
        elif self.text[seg.start : seg.start + 1].islower():
            inner = self.text[seg.start : seg.end].split()
            after = self.text[seg.close_at + 1 : seg.close_at + 40].lstrip()[:1]
            return (  # "ist der Plan „nicht umsetzbar“": a title starts with a capital, but
                self.lex.capitalised_nouns  # a programme's name may not ("in der Sendung
                and len(inner) == 1  # „hessenschau“ des …"; not "ist der Plan „unklar“.")
                and inner[0][-1:].isalnum()
                and after.isalpha()
                and k >= 0
                and before[k].word
                and self.lex.is_title_noun(before[k].text)
            )
        while k >= 0 and before[k].word and before[k].low in self.lex.determiners:
            k -= 1
        return k >= 0 and before[k].word and self.lex.is_title_noun(before[k].text)

    def _closes_separable_verb(self, seg: Segment, before: list[Token]) -> bool:
        """German: the particle of a separable verb shortly before the marks follows them and
        ends the clause (``warf der Regierung „…“ vor.``): the marks hold the verb's object."""
        after = self.doc_tokens.slice(seg.close_at + 1, seg.close_at + 12)[:2]
        if not after or not after[0].word or (len(after) > 1 and after[1].word):
            return False
        particle = after[0].low
        return any(
            particle in self.lex.separable_verbs.get(t.low, ())
            for t in before[-8:]
            if t.word
        )

    def _named_by_verb_after(self, seg: Segment) -> bool:
        """A form of "nennen" right after the marks (``naming_after_words``: ``„die Wand“
        genannt``, ``„den Bullen“ nennen``): they hold a name."""
        after = _WORD_AFTER.match(self.text, seg.close_at)
        return after is not None and after.group(1).casefold() in self.lex.naming_after_words

    def _reported_phrase(self, words: list[Token], before: list[Token]) -> bool:
        """German ``Ihr Rücktritt verdiene „Respekt und keinen Spott“``: a phrase of two
        words or more with a lower-case word in it, in a clause of reported speech (a
        subjunctive before it), with no digit, and not right after a preposition, an article
        or a title noun (``bei „Ärzte ohne Grenzen“``), is what the speaker said, not a
        title."""
        lex = self.lex
        if not lex.capitalised_nouns or len(words) < 2 or all(w.cap for w in words):
            return False
        if any(c.isdigit() for w in words for c in w.text):
            return False  # ("„Kita-Kräfte 2030“": a programme's name)
        last = next((t for t in reversed(before) if t.word), None)
        if (
            last is None
            or last.low in lex.object_prepositions
            or last.low in lex.determiners  # ("der „BILD am Sonntag“")
            or lex.is_title_noun(last.low)
        ):
            return False
        return _reports_speech(before, lex)

    def _named_after_so(self, att: Attribution) -> bool:
        """An after-quote cue (``so Zeitlhofer weiter``, ``so die Richterin``) right before
        the name, pronoun or role noun of somebody (not ``so wurde sein Werk``, ``so der
        eigene Wunsch``)."""
        cue, m = att.cue, att.mention
        if cue is None or cue.kind != AFTER or m is None:
            return False
        between = self.doc_tokens.slice(cue.end, m.start)
        if any(t.word and t.low not in self.lex.determiners for t in between):
            return False
        if m.kind in (NAME, PRONOUN):
            return True
        return m.kind == ROLE and any(self.lex.is_role(w) for w in m.key.split())

    def _predicative(self, att: Attribution, before: list[Token]) -> bool:
        """A quoted single noun that a speaker calls something: ``bezeichnete den Sieg als
        „Fest“``; not a name inside a phrase (``mit dem „Deutschlandfunk“``)."""
        lex = self.lex
        word = self.text[att.segment.start : att.segment.end].strip().casefold()
        after_cue = (
            len(before) >= 2
            and before[-1].text in ",:"
            and before[-2].word
            and before[-2].low in lex.speech_verbs
        )  # "Er sagte, „No-Go-Areas“"
        return (
            after_cue
            or self._predicative_phrase(att, before)
            or word in lex.common_nouns
            or word.endswith(lex.noun_suffixes)  # „Trickserei“, „Landnahmen“ …
        )

    def _predicative_phrase(self, att: Attribution, before: list[Token]) -> bool:
        """German capitalised nouns make a quoted noun phrase look like a title; after
        ``als``, an indefinite article (``einen „Ruck“``) or a naming verb it is what a
        speaker calls something: ``bezeichnete die Urteile als „Knaller aus Karlsruhe“``,
        ``sprach von einer „Gefahr für Leib und Leben“``."""
        assert att.cue is not None
        lex = self.lex
        last = next((t for t in reversed(before) if t.word), None)
        return (
            (att.cue.text.casefold() in lex.naming_verbs and not self._in_phrase(before))
            or (last is not None and last.low in lex.predicative_markers)
            or (last is not None and last.low in lex.indefinite_determiners)
            or (last is not None and last.low in lex.reported_speech_markers)  # "Teile der
            # Beschlüsse seien „Symbolpolitik auf dem Rücken von Familien“"
        )

    def _in_phrase(self, before: list[Token]) -> bool:
        """``mit dem Radiosender „Deutschlandfunk“``: the marks end a prepositional phrase, so
        a naming verb before it calls nothing by the quoted words."""
        lex = self.lex
        k = len(before) - 1
        if k >= 0 and before[k].word and lex.is_title_noun(before[k].text):
            k -= 1
        while k >= 0 and before[k].word and before[k].low in lex.determiners:
            k -= 1
        return k < len(before) - 1 and k >= 0 and before[k].low in lex.object_prepositions

    def _article_opened(self, seg: Segment) -> bool:
        """``Der „Preis der schwedischen Reichsbank“ geht an …``: a capitalised quotation right
        after the definite article that opens the sentence is the name of its subject."""
        if not self.text[seg.start : seg.start + 1].isupper():
            return False
        before = self.doc_tokens.slice(max(0, seg.open_at - 20), seg.open_at)
        if not before or before[-1].low not in self.lex.definite_determiners:
            return False
        head = self._char_before(before[-1].start)
        return not head or head in _SENTENCE_FINAL + "\n"

    def _glossed(self, seg: Segment) -> bool:
        """A name or a term, not speech: marks that an acronym in brackets follows
        (``die „United Front for Democracy“ (UDD)``) or a translation of the quotation just
        closed (``die Operation „Cast Lead“ („gegossenes Blei“)``)."""
        if _ACRONYM_GLOSS.match(self.text, seg.close_at):
            # "« … lourde. » (ATS)": a sentence in marks before an agency's tag is speech
            return self.text[seg.start : seg.end].rstrip()[-1:] not in _SENTENCE_FINAL
        head = self.text[max(0, seg.open_at - 4) : seg.open_at].rstrip()
        return (
            head.endswith("(")
            and head[:-1].rstrip()[-1:] in _CLOSING_MARK_CHARS
            and self.text[seg.close_at : seg.close_at + 2].lstrip()[:1] == ")"
        )

    def _web_address(self, seg: Segment) -> bool:
        """``„tagesschau.de“``, ``"bbc.co.uk"``: the marks hold a web address, a name."""
        return _WEB_ADDRESS.fullmatch(self.text[seg.start : seg.end].strip()) is not None

    def _hyphen_joined(self, seg: Segment) -> bool:
        """``„Bild“-Zeitung``, ``„Eins zu Eins“-Begegnung``: a hyphen joins the closing mark to
        the next word, so the marks hold part of a compound."""
        return self.text[seg.close_at : seg.close_at + 1] in ("-", "‐")

    def _modifies_next_word(self, seg: Segment) -> bool:
        """``dem „Central“ Bezirk``: a capitalised word follows the closing mark directly."""
        nxt = self.doc_tokens.slice(seg.close_at, seg.close_at + 40)
        return bool(nxt) and nxt[0].word and nxt[0].cap and nxt[0].start <= seg.close_at + 1

    def _is_quote(self, att: Attribution, before: list[Token], quote: list[Token]) -> bool:
        words = [t for t in quote if t.word]
        if not words:
            return False
        named = (
            att.cue is not None
            and att.cue.text.casefold() in self.lex.naming_verbs
            and not self._in_phrase(before)
        )
        if (
            self._web_address(att.segment)
            or self._hyphen_joined(att.segment)
            or self._article_opened(att.segment)
            or self._glossed(att.segment)
        ):
            return False  # „tagesschau.de“; „Bild“-Zeitung; "Der „Preis …“ geht"; „…“ (UDD)
        if len(words) == 1 and words[0].cap and self._told_medium(att.segment):
            return False  # "erklärte er gegenüber der „Welt“"
        inner = self.text[att.segment.start : att.segment.end].strip(" .,;:!?").casefold()
        if inner in self.lex.media_names:
            return False  # "sagte der „taz“", "im ZDF-„heute journal“": a medium's name
        if len(words) <= 5 and self._named_by_verb_after(att.segment):
            return False  # "von den Fans nur „die Wand“ genannt": a nickname
        if (
            len(words) == 1
            and words[0].cap
            and self.lex.capitalised_nouns
            and self.lex.names_medium(words[0].low)
        ):
            return False  # "sagte X der „Nordwest-Zeitung“": a medium's name (but the
            # compound of a title noun "für das „Machtspiel“ der Tarifparteien" is speech)
        if not named and self._title_context(att.segment):
            return False  # "der Film „…“", "Motto: „…“" (but "nannte die Studie „…“")
        # a one-word sentence of its own ("„Nein.“", "«Jamais !»") is speech, not a title
        titled = self._title_shaped(words, att.segment) and not (
            (len(words) == 1 and quote[-1].text in _SENTENCE_END)
            or (quote[-1].text == "!" and att.cue is not None and att.cue.kind == VERB)
            or self._reported_phrase(words, before)
        )  # ("„Freiheit für Bamenda!“ riefen sie": an exclamation called out is speech)
        explicit = att.mention is not None and att.mention.kind != IMPLICIT
        if (
            titled
            and len(words) <= 8
            and not (
                self.lex.capitalised_nouns
                and explicit
                and att.cue is not None
                and (att.cue.kind == VERB or self._named_after_so(att))
                and not self._modifies_next_word(att.segment)
                and (
                    self._predicative(att, before)
                    if len(words) == 1
                    else self._predicative_phrase(att, before)
                )
            )
        ):
            return False  # a name or a title: „Washington Post“, "Jungle Fever"
        if att.cue is None:
            return True  # decided later (follow-on / unattributed)
        if att.mention is None or att.mention.kind == IMPLICIT:
            return len(words) >= 2 or att.kind == "partial"
        return True


def attribute_segments(worker: Attributor, segs: list[Segment]) -> list[Attribution]:
    """Attribute every segment; drop those that are not quotations."""
    text, options = worker.text, worker.options
    out: list[Attribution] = []
    by_group: dict[int, Attribution] = {}
    for k in range(len(segs)):
        att = worker.segment(segs, k)
        if att.keep and att.cue is None:
            _unattributed(worker, segs, k, att, by_group, options)
        if att.keep and out and _same_mention(out[-1], att):
            # "„…“, sagte der 54-jährige Unternehmer …, „und …“": the two parts of an
            # interrupted quotation are one mention's words, resolved once
            att.resolved = out[-1].resolved
        if att.keep:
            if att.resolved.speaker is not None and att.segment.group not in by_group:
                by_group[att.segment.group] = att
            worker.resolver.remember(att.segment.close_at, _as_remembered(att))
            out.append(att)
        else:
            worker.rejected.add(att.segment.start)
    _join_interrupted(text, out)
    for att in out:  # a multi-paragraph quote is attributed once for all its paragraphs
        first = by_group.get(att.segment.group)
        if first is not None and att.resolved.speaker is None:
            att.resolved, att.how = first.resolved, "continued"
            att.confidence = _BASE_CONFIDENCE["continued"]
        if not att.segment.closed:
            att.confidence = round(att.confidence - 0.2, 2)
    return out


def _same_mention(before: Attribution, att: Attribution) -> bool:
    """``att`` is attributed by the very mention that attributed ``before``."""
    m, n = before.mention, att.mention
    return (
        m is not None
        and n is not None
        and n.kind != IMPLICIT
        and (m.start, m.end, m.kind) == (n.start, n.end, n.kind)
    )


def _as_remembered(att: Attribution) -> Resolved:
    """The speaker as later quotes inherit it: with the mention that attributed this quote,
    so a follow-on points at the nearest mention (``sagte er. „…“``: ``er``)."""
    res, m = att.resolved, att.mention
    if m is None or m.kind == IMPLICIT or res.speaker is None:
        return res
    return Resolved(res.speaker, res.speakers, res.resolved_by, (m.start, m.end))


def _unattributed(
    worker: Attributor,
    segs: list[Segment],
    k: int,
    att: Attribution,
    by_group: dict[int, Attribution],
    options: QuoteOptions,
) -> None:
    seg = att.segment
    text = worker.text
    words = _word_count(worker.doc_tokens.slice(seg.start, seg.end))
    if seg.reopened and seg.group in by_group:
        att.how = "continued"
        return
    lo = worker.bounds.before(seg.open_at)
    between = text[max(lo, segs[k - 1].close_at if k else 0) : seg.open_at].strip(" \t\n-–—:")
    # "„…“ und „…“", "Und: „…“": a quotation joined to the one before goes on with it
    last = worker.resolver.last_speaker(seg.start)
    joined = (  # only to a quotation, not to a title: "in „Nackt unter Wölfen“ oder „…“"
        k > 0
        and between.casefold() in worker.lex.conjunctions
        and last is not None
        and last[0] == segs[k - 1].close_at
    )
    sentence_initial = between == "" or joined
    inner = text[seg.start : seg.end].rstrip()
    speechlike = words >= 3 or (inner and inner[-1] in _SENTENCE_FINAL)
    if speechlike and between == "":
        announced = _announced_statement(worker, seg, last[0] if last is not None else 0)
        if announced is not None:  # "Die Firma X veröffentlichte eine Stellungnahme. „…“"
            att.mention, att.resolved = announced
            att.how = "nominal"
            att.confidence = _BASE_CONFIDENCE["nominal"]
            return
    if (
        speechlike
        and sentence_initial
        and last is not None
        and seg.start - last[0] <= options.follow_on_chars
    ):
        res = last[1]
        hint = worker._subject_since(lo, last[0]) if not joined else None
        if (
            hint is not None
            and hint.start > last[0]
            and hint.name is not None
            and hint.name.entity.person
            and not hint.name.weak
            and not (  # (one of the two who spoke, named in their own attribution)
                hint.name.entity.name in res.speakers
                and worker.bounds.before(hint.start) <= last[0]
            )
        ):  # "« … », dit X. Le prévisionniste François Delmas nuance. « … »": the new subject
            entity = hint.name.entity
            res = Resolved(entity.name, (entity.name,), "follow-on", (hint.start, hint.end))
        elif hint is not None and hint.kind == PRONOUN and hint.start > last[0]:
            # "… Brandhuber geht als Erste ins Rennen. Verrückt machen lassen will sie sich
            # nicht. »…«": a pronoun subject for a person named since the last quotation
            previous = functools.partial(worker._previous_subject, worker.bounds.before(hint.start))
            by_pronoun = worker.resolver.resolve(hint, seg.start, previous)
            if (
                by_pronoun.resolved_by == PRONOUN
                and by_pronoun.antecedent is not None
                and by_pronoun.antecedent[0] > last[0]
                and len(by_pronoun.speakers) == 1
                and by_pronoun.speaker not in res.speakers
            ):
                res = by_pronoun
        elif hint is not None and hint.kind == ROLE and hint.definite and hint.start > last[0]:
            # "„…“, sagte X. Die Geschäftsführerin wies den Vorwurf zurück. Man habe … „…“":
            # a person's role as the new subject, for someone named earlier than the last quote
            previous = functools.partial(worker._previous_subject, worker.bounds.before(hint.start))
            by_role = worker.resolver.resolve(hint, seg.start, previous)
            if (
                by_role.resolved_by == ROLE
                and len(by_role.speakers) == 1
                and by_role.speaker not in res.speakers
                and any(
                    nm.entity.person and nm.entity.name == by_role.speaker
                    for nm in worker.index.mentions
                )
            ):  # (a person: "la nouvelle a consterné …" resolves to no one who speaks)
                res = Resolved(by_role.speaker, by_role.speakers, ROLE, (hint.start, hint.end))
        att.resolved = Resolved(res.speaker, res.speakers, "follow-on", res.antecedent)
        att.how = "follow-on"
        att.confidence = _BASE_CONFIDENCE["follow-on"]
        return
    if seg.group in by_group:
        return
    opening = between.casefold().split()[:2]
    if (
        k > 0
        and last is not None
        and last[0] == segs[k - 1].close_at
        and len(opening) == 2
        and opening[0] in worker.lex.conjunctions
        and opening[1] in worker.lex.complementizers
        and not any(c in between for c in ".!?")
    ):  # "she said Norway's quota was “…” and that Oslo remained “…”": the same speaker's
        res = last[1]  # words go on in the coordinated clause
        att.resolved = Resolved(res.speaker, res.speakers, "continued", res.antecedent)
        att.how = "continued"
        att.confidence = _BASE_CONFIDENCE["continued"]
        return
    long_enough = words >= options.min_unattributed_words
    if (
        options.min_partial_words
        and words >= options.min_partial_words
        and text[seg.start].islower()
    ):
        long_enough = True  # a quoted phrase inside a sentence: „weit hinter der Aufsetzzone“
    if not long_enough and words >= 2:
        long_enough = _after_speech_noun(worker, seg)  # "Mit den Worten „Jetzt geht's los“"
    if not long_enough and last is not None and seg.start - last[0] <= options.follow_on_chars:
        # "„…“ Sein Haus werde „zügig“ einen Entwurf vorlegen", "verdiene „Respekt und
        # keinen Spott“": a short phrase in the reported speech that goes on
        before = worker._window(lo, seg.open_at).tokens
        if text[seg.start].islower():
            long_enough = _reports_speech(before, worker.lex)
        else:
            quoted = [t for t in worker.doc_tokens.slice(seg.start, seg.end) if t.word]
            long_enough = worker._reported_phrase(quoted, before)
    att.keep = options.keep_unattributed and bool(long_enough)
    if att.keep and options.guess_speakers and not _nominal(worker, segs, k, att):
        _guess(worker, att, last, lo, options)


def _after_speech_noun(worker: Attributor, seg: Segment) -> bool:
    """``Mit den Worten „Jetzt geht die Arbeit los“ verabschiedete er sich``: a speech noun
    right before the marks announces their words as speech, however short."""
    lo = max(worker.bounds.before(seg.open_at), seg.open_at - 60)
    before = worker._window(lo, seg.open_at)
    n = len(before.tokens)
    return (
        n > 0
        and worker.text[seg.start : seg.start + 1].isupper()  # (a sentence, not a term:
        and find_nominal_source(before, n - 1, n) is not None  # "die Formulierung „…“")
    )


def _announced_statement(
    worker: Attributor, seg: Segment, floor: int
) -> tuple[Mention, Resolved] | None:
    """``Die Firma X, die am Abend eine Stellungnahme veröffentlichte. „…“``: the sentence
    right before a stand-alone quotation (after ``floor``, the last quotation's end) ends
    with a statement announced as its verb's object, unnegated; the named body or person
    whose statement it is (its owner, the clause's subject or a relative clause's
    antecedent) speaks, when that is not the last speaker. Else None."""
    win = worker._sentence_before(seg.open_at)
    if win is None or not win.tokens or win.tokens[0].start < floor:
        return None
    toks = win.tokens
    if toks[-1].text != "." or any(t.low in worker.lex.negations for t in toks):
        return None
    found = find_nominal_source(win, 0, len(toks))
    if found is None or win._token_index(found.end) < len(toks) - 3:
        return None  # (the noun closes the sentence, up to its verb: "… veröffentlichte")
    owner = found.possessor
    mention: Mention | None = None
    if owner is None:
        first = win._token_index(found.start)
        comma = next((i for i in range(first - 1, 0, -1) if toks[i].text == ","), None)
        if comma is not None and relative_after_comma(toks, comma + 1, worker.lex):
            j = comma - 1  # "von der Firma X betrieben, die … veröffentlichte": past the
            while j > 0 and j >= comma - 2 and toks[j].word and not toks[j].cap:
                j -= 1  # participle that closes the clause before, to the antecedent
            antecedent = win.cover[j]
            if antecedent is not None and not antecedent.weak and (
                antecedent.entity.org or antecedent.entity.person
            ):
                owner = antecedent
        elif comma is None:
            mention = _subject_outside(worker, win, found)
    if owner is not None:
        mention = Mention(NAME, owner.start, owner.end, owner.entity.name, name=owner)
    if mention is None:
        return None
    resolved = worker.resolver.resolve(mention, seg.start)
    if resolved.speaker is None or resolved.resolved_by.startswith("unresolved"):
        return None
    last = worker.resolver.last_speaker(seg.start)
    if last is not None and resolved.speaker in last[1].speakers:
        return None  # (the last speaker's own statement: a follow-on says as much)
    return mention, Resolved(
        resolved.speaker, resolved.speakers, "nominal", (mention.start, mention.end)
    )


def _nominal(worker: Attributor, segs: list[Segment], k: int, att: Attribution) -> bool:
    """A speech noun in the quotation's own sentence (``Nach Schäubles Idee soll „…“``):
    its owner is the speaker, its noun phrase the source."""
    seg = att.segment
    lo, hi = worker._limits(segs, k)
    before = worker._window(lo, seg.open_at)
    found = find_nominal_source(before, 0, len(before.tokens))
    if found is None:
        after = worker._window(seg.close_at, hi)
        found = find_nominal_source(after, 0, len(after.tokens))
    if found is None:
        return False
    if found.possessor is None and any(t.low in worker.lex.cataphoric_words for t in found.tokens):
        return False  # "veröffentlichte der Verfasser folgenden Kommentar": the subject speaks
    att.mention = Mention(NOMINAL, found.start, found.end, found.text)
    att.how = "nominal"
    att.confidence = _BASE_CONFIDENCE["nominal"]
    if found.possessor is not None:
        entity = found.possessor.entity
        att.resolved = Resolved(entity.name, (entity.name,), "nominal")
        return True
    att.resolved = Resolved(None, (), "nominal")
    att.source = strip_determiners(found.text, worker.lex)
    inverted = _inverted_subject_after_phrase(worker, before, found, seg.close_at, hi)
    if inverted is not None:  # "Mit den Worten „…“ verabschiedete sich der 41-Jährige":
        res = worker.resolver.resolve(inverted, seg.start)  # the subject after the verb
        if res.speaker is not None and not res.resolved_by.startswith("unresolved"):
            att.mention, att.source = inverted, None  # (it attributes the words)
            att.resolved = Resolved(res.speaker, res.speakers, "nominal", res.antecedent)
            return True
    subject = _subject_outside(worker, before, found)
    if subject is not None:  # "Aerosuisse saludó en un comunicado «…»": the one whose
        res = worker.resolver.resolve(subject, seg.start)  # statement it is
        if res.speaker is not None and not res.resolved_by.startswith("unresolved"):
            att.resolved = Resolved(
                res.speaker, res.speakers, "nominal", (subject.start, subject.end)
            )  # (the noun phrase stays the mention that attributes it)
    return True


def _inverted_subject_after_phrase(
    worker: Attributor, before: Window, found: NominalSource, close_at: int, hi: int
) -> Mention | None:
    """German ``Mit den Worten „…“ richtete er …``: a speech noun's phrase with no owner
    opens the sentence right before the quotation, and a verb follows the quotation: its
    subject right after it (past a reflexive) speaks; else None."""
    lex = worker.lex
    if not lex.verb_second or not before.tokens or found.end > before.tokens[-1].end:
        return None  # (the phrase stands before the quotation)
    own = worker.bounds.before(found.start)
    if any(
        t.word and t.low not in lex.object_prepositions
        for t in before.tokens
        if own <= t.start < found.start
    ):
        return None  # (the phrase, after its preposition, must open its sentence)
    if any(t.word for t in before.tokens if t.start >= found.end):
        return None  # (and the quotation follow it at once)
    return _subject_after_verb_after(worker, close_at, hi)


def _subject_after_verb_after(worker: Attributor, close_at: int, hi: int) -> Mention | None:
    """The subject right after the finite verb that follows a quotation closing at
    ``close_at`` (``„…“ richtete er``, ``„…“ verabschiedete sich der 41-Jährige``), else
    None."""
    lex = worker.lex
    after = worker._window(close_at, hi)
    toks = after.tokens
    i = 0
    while i < len(toks) and not toks[i].word and toks[i].text == ",":
        i += 1
    if i >= len(toks) or not toks[i].word or toks[i].cap:
        return None  # (a finite verb, in lower case, right after the quotation)
    i += 1
    while i < len(toks) and toks[i].word and toks[i].low in lex.auxiliaries:
        i += 1  # "verabschiedete sich der 41-Jährige" ("sich" is listed with the auxiliaries)
    if i >= len(toks):
        return None
    m = after.first_mention(i, min(len(toks), i + 4))
    if m is None or m.kind not in (NAME, ROLE, PRONOUN):
        return None
    if toks[i].low in lex.determiners and i + 1 < len(toks) and m.start == toks[i + 1].start:
        return m  # "beendete der Diplomat seine Rede" (the article outside the mention)
    if m.kind == NAME and toks[i].cap and toks[i].low.endswith("s") and lex.capitalised_nouns:
        i += 1  # "wünschte Bremerhavens Oberbürgermeisterin Anke X": a place's genitive,
        while i < len(toks) and toks[i].start < m.start and lex.is_role(toks[i].low):
            i += 1  # then the role before the name
    return m if i < len(toks) and m.start == toks[i].start else None


def _subject_outside(worker: Attributor, win: Window, found: NominalSource) -> Mention | None:
    """The named subject of the clause that holds a speech noun with no owner (``La
    asociación …, Aerosuisse, saludó en un comunicado``, ``En un comunicado …, la empresa
    atribuyó``), outside the noun's phrase; None when the clause names none."""
    toks = win.tokens
    if not toks or not (toks[0].start <= found.start < toks[-1].end + 1):
        return None
    first = next((i for i, t in enumerate(toks) if t.start >= found.start), len(toks))
    last = next((i for i, t in enumerate(toks) if t.start >= found.end), len(toks))
    opening = sum(1 for t in toks[:first] if t.word) <= 1  # ("En un comunicado …, la empresa")
    for lo, hi in ((0, first), (last, len(toks))):
        if hi - lo < 2 or (lo and not opening):
            continue
        if lo and toks[lo].text == ",":
            lo += 1
        m = win.first_mention(lo, hi)
        if m is not None and m.kind == ROLE:  # "La asociación del sector, Aerosuisse,"
            end = next((i for i, t in enumerate(toks) if t.start >= m.end), hi)
            m = win._apposed_name(end, hi, bodies=True) or m
        if m is None:
            continue
        if m.kind == NAME:
            entity = m.name.entity if m.name is not None and not m.name.weak else None
            if entity is not None and (entity.person or entity.org):
                return m  # (not "Folter von Vertretern": a capitalised run that names nobody)
        elif m.kind in (ROLE, ORG) and any(worker.lex.names_body(w) for w in m.key.split()):
            return m  # "la empresa": a body's statement (not "il traffico passeggeri")
        return None
    return None


def _guess(
    worker: Attributor,
    att: Attribution,
    last: tuple[int, Resolved] | None,
    lo: int,
    options: QuoteOptions,
) -> None:
    """A low-confidence speaker for a kept quotation with no cue: the subject of its own
    sentence, else the last speaker nearby, else the subject of the sentence before."""
    seg = att.segment
    before = worker._window(lo, seg.open_at)
    if _somebody_unnamed_before(worker, before):
        return  # "se oye a alguien gritar: «…»", "on y entend une voix lancer : « … »"
    reported = _reports_speech(before.tokens, worker.lex)
    opening = before.first_mention(0, len(before.tokens)) if before.tokens else None
    if not reported and (
        not _usable(opening)
        or (
            opening is not None
            and opening.kind == ROLE
            and worker.resolver.resolve(opening, seg.start).speaker is None
        )
    ):
        end = worker.bounds.after(seg.close_at, seg.close_at + _MAX_BEFORE)
        rest = worker._window(seg.close_at, end).tokens  # "Eine Überwachung, die „…“, sei
        reported = _reports_speech(rest, worker.lex)  # nur … zulässig": reported speech
        # after the quotation, where nobody before it could have said it
    if reported and (last is None or seg.start - last[0] > options.follow_on_chars):
        reporter = _reporter_before(worker, before, lo)
        if reporter is not None:  # "Köhler sehe keine Alternative. … sei eine Regierung
            # notwendig, die sich auf „…“ stützen könne": reported speech with a topic
            # for subject goes on the words of the one reported before
            att.resolved = worker.resolver.resolve(reporter, seg.start)
            att.mention = reporter
            att.how = "nearby"
            att.confidence = _BASE_CONFIDENCE["nearby"]
            return
    if last is not None and seg.start - last[0] <= options.follow_on_chars and reported:
        # "Die Studie zeige, „…“": reported speech; its subject is not the speaker, but
        # the one reported before it, or a person named since ("nahm X Stellung. … könne „…“")
        res = last[1]
        hint = worker._previous_subject(lo)
        if (
            hint is not None
            and hint.start > last[0]
            and hint.name is not None
            and hint.name.entity.person
            and len(hint.name.entity.tokens) > 1
            and not hint.name.weak
        ):
            entity = hint.name.entity
            res = Resolved(entity.name, (entity.name,), "nearby", (hint.start, hint.end))
            att.mention = hint
        elif hint is not None and hint.start > last[0] and hint.kind == ROLE:
            by_role = worker.resolver.resolve(hint, seg.start)
            if by_role.resolved_by == ROLE:  # "der Ministerpräsident …, Christian Wulff"
                res = by_role
                att.mention = hint
        att.resolved = Resolved(res.speaker, res.speakers, "nearby", res.antecedent)
        att.how = "nearby"
        att.confidence = _BASE_CONFIDENCE["nearby"]
        return
    subject = opening  # (the first mention before the quotation, found above)
    if subject is None and before.tokens:
        first = before.tokens[0]
        nm = before.cover[0]
        if nm is not None and first.cap:
            subject = Mention(
                NAME, nm.start, nm.end, nm.entity.name, name=nm
            )  # "Meteorologen rechnen"
    if _usable(subject) or (
        subject is not None
        and subject.kind == NAME
        and worker.lex.capitalised_nouns  # a noun; elsewhere a lone sentence-initial word
        and before.tokens  # is any word ("Mira por la ventana", "Puis, après un silence")
        and subject.start == before.tokens[0].start
    ):
        assert subject is not None
        previous_subject = functools.partial(worker._previous_subject, lo)
        att.resolved = worker.resolver.resolve(subject, seg.start, previous_subject)
        att.mention = subject
    elif last is not None and seg.start - last[0] <= options.follow_on_chars:
        res = last[1]
        att.resolved = Resolved(res.speaker, res.speakers, "nearby", res.antecedent)
    else:
        hint = worker._previous_subject(lo)
        if (
            hint is not None
            and hint.kind == NAME
            and hint.name is not None
            and not hint.name.entity.person
        ):  # a quotation is a person's words
            hint = worker._previous_person(lo) or hint
        if not _usable(hint) or (hint is not None and hint.kind == PRONOUN):
            return
        assert hint is not None
        att.resolved = worker.resolver.resolve(hint, seg.start)
        att.mention = hint
    att.how = "nearby"
    att.confidence = _BASE_CONFIDENCE["nearby"]


def _somebody_unnamed_before(worker: Attributor, before: Window) -> bool:
    """The last words before a quotation with no cue name somebody unnamed: an indefinite
    pronoun (``alguien``, ``someone``) or an indefinite determiner and a voice or a person
    (``un hombre``, ``une voix excédée``; ``voice_nouns``, role nouns), with no name
    after them."""
    lex, toks = worker.lex, before.tokens
    tail = toks[-7:]
    for k, tok in enumerate(tail):
        rest = tail[k + 1 :]
        somebody = indefinite_pronoun_at(tail, k, lex) or (
            tok.low in lex.indefinite_determiners
            and bool(rest)
            and (rest[0].low in lex.voice_nouns or lex.is_role(rest[0].low))
            and not lex.names_organisation(rest[0].low)
        )
        if somebody and rest and not any(
            before.cover[len(toks) - len(rest) + j] is not None for j in range(len(rest))
        ):
            return True
    return False


def _reporter_before(worker: Attributor, before: Window, lo: int) -> Mention | None:
    """The person whose reported speech a sentence with no person for subject goes on:
    the subject of the sentence before, past sentences that continue it with a pronoun."""
    subject = before.first_mention(0, len(before.tokens)) if before.tokens else None
    if subject is not None and (
        subject.kind == PRONOUN
        or (subject.kind == ROLE and subject.definite)
        or (subject.kind == NAME and subject.name is not None and subject.name.entity.person)
    ):
        return None  # the sentence's own subject may speak
    hint = worker._subject_since(lo, 0)
    if hint is None or not _usable(hint):
        return None
    if hint.kind == NAME and not (hint.name is not None and hint.name.entity.person):
        return None
    if hint.kind == ROLE and not hint.definite:
        return None
    return hint


def _named_person(m: Mention | None) -> bool:
    return m is not None and m.name is not None and m.name.entity.person and not m.name.weak


def _usable(m: Mention | None) -> bool:
    return (
        m is not None
        and m.kind in (NAME, ROLE, PRONOUN)
        and not (m.name is not None and m.name.weak)
    )


def _join_interrupted(text: str, atts: list[Attribution]) -> None:
    """``«…» – spiega X – «…»``: both parts share the cue, so they are one quotation."""
    for a, b in itertools.pairwise(atts):
        if (
            a.cue is not None
            and b.cue is not None
            and a.cue.start == b.cue.start
            and a.segment.close_at <= a.cue.start
            and b.cue.end <= b.segment.open_at
        ):
            b.quote_id = a.quote_id
            b.extra["interrupted"] = True
            a.extra["interrupted"] = True
