"""Document-wide index of named mentions (people and organisations) for attribution and coreference.

A name is a run of capitalised words (with connectors such as ``de``/``von``);
leading function words and role words (``Il``, ``Foreign Minister``) are split
off. A role phrase right before a name (``il leader nordcoreano Kim Jong Un``)
is remembered so that the role alone can later be resolved to the name.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .lexicon import COMMON, NAME_LIKE, Lexicon, is_acronym
from .text import (
    UPPER,
    DocTokens,
    Token,
    elided_compound_hyphen,
    glued_particle_start,
    slash_joined,
    word_at,
)

__all__ = ["Entity", "NameIndex", "NameMention", "build_index"]

_SENT_START = frozenset(".!?…:;\n–—(")
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{2,40}(?:[ \t]*\([^)\n]{1,30}\))?"
    r"(?:,[^\n–—]{1,30}?)?[ \t]+[-–—][ \t]"
    # "Santa Marta.— ", "Buenos Aires, 12 mar (Télam).— ", "DURANGO, Dgo.- ": the
    # Spanish-language forms
    r"|^[ \t]*[A-ZÀ-Ý][^\W\d_]+(?:[ \t]+(?:[a-zà-ÿ]{1,3} )?[A-ZÀ-Ý][^\W\d_]+){0,3}"
    r"(?:,[^\n–—.]{1,30}?)?(?:[ \t]*\([^)\n]{1,30}\))?\.[ \t]?[—–-]"
)
_DATELINE_DASHES = ("–", "—", " -", "\t-", ".-")  # a text with none of these has no dateline
# "FREIBURG. Die Asiatische Hornisse …": a regional paper's dateline, capitals and a period
_CAPITALS_DATELINE = re.compile(
    r"[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý\-]{2,30}(?:[ \t]+[A-ZÀ-Ý\-]{2,30}){0,2}\.[ \t]"
)
_NEWLINE = re.compile("\n")
_NICKNAME = re.compile(
    rf"([{UPPER}](?<!\w.)[\w\-]++)[ \t]+[“\"‘'«„»](?:[a-zà-ÿ]{{1,3}}[ \t]+)?"
    rf"([{UPPER}][^”\"’'»“«\n]{{0,25}})[”\"’'»“«][ \t]+(?=[{UPPER}])"
)  # (an article may open the nickname: "Raúl “el Búfalo” Contreras"; "Tim „Bulle“ Schroer")
# (the capital opens the pattern and the look-behind follows it, as in _run_pattern: the
# engine then skips ahead to the next capital instead of trying every position; the word
# gives back no letter, as a space must follow it)
_NICKNAME_MARKS = "“\"‘'«„»"  # the marks that open a nickname (after a space or a tab)
_UPPER_CHARS = frozenset(UPPER)
_ACRONYM = re.compile(r"\(([A-ZÀ-Ý]{2,6})\)")
_PHRASE_STOP = re.compile(r"[^\w\s'’\-]")  # punctuation ends the words before an acronym
_WORD = re.compile(r"[\w'’\-]+")
_ELIDED_HEAD = re.compile(r"^\w{1,4}['’](?=\w)")  # "L'Office" -> "Office"
# (German acronyms may mix cases: "(LfU)", "(BaFin)", "(GdP)"; a second capital is required)
_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-ZÀ-Ý](?=[^)\s]*[A-ZÀ-Ý])[\wÀ-ÿ&-]{1,9})\)")
_SHORT_NAME = re.compile(r"\(([A-ZÀ-Ý][a-zà-ÿ]{2,7})\)")  # "(Istat)", "(Sergas)"
_MARKS = frozenset("\"“”„«»‚‘’'‹›")


@dataclass
class Entity:
    """One person or organisation of the document (canonical name and evidence)."""

    name: str
    tokens: tuple[str, ...]
    person: bool = False
    org: bool = False
    first: int = 0


@dataclass(frozen=True)
class NameMention:
    """A mention of an entity at ``start``-``end`` (``role`` is the role phrase right before it)."""

    start: int
    end: int
    entity: Entity
    role: str
    weak: bool = False  # a lone capitalised word in a language that capitalises nouns


@dataclass
class NameIndex:
    """All named mentions of a document in text order, plus role -> entity links."""

    mentions: list[NameMention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    roles: list[tuple[int, str, Entity]] = field(default_factory=list)  # (pos, role key, entity)
    _surnames: dict[str, Entity | None] | None = field(default=None, repr=False)
    glued_particles: tuple[str, ...] = ()  # the language's ``glued_name_particles``

    def person_with_surname(self, word: str) -> Entity | None:
        """The one person the document names in full with ``word`` as the last name (None
        when there is none, or two)."""
        if self._surnames is None:
            self._surnames = _people_by_surname(self.mentions, self.glued_particles)
        return self._surnames.get(word)

    def within(self, lo: int, hi: int) -> list[NameMention]:
        """Mentions lying inside ``[lo, hi)``."""
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < hi:
            if self.mentions[i].end <= hi:
                out.append(self.mentions[i])
            i += 1
        return out

    def before(self, pos: int, limit: int = 400) -> list[NameMention]:
        """The last ``limit`` mentions starting before ``pos``, nearest last (bounded look-back
        keeps the step linear in the document length)."""
        end = bisect.bisect_left(self.starts, pos)
        return self.mentions[max(0, end - limit) : end]


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")  # the word after a run ("gGmbH", "and")
_DOTTED_LETTERS = re.compile(r"[ \t]+((?:\w\.(?:[ \t](?=\w\.))?){2,3})")  # " e.V.", " e. V."
_REGION_AFTER = re.compile(rf"[ \t]([{UPPER}][\w]+(?:-[{UPPER}][\w]+)?)(?![\w\-‐]|[ \t]+[{UPPER}])")
_MIXED_ACRONYM = re.compile(rf"[{UPPER}][a-zß]{{0,2}}[{UPPER}]\w{{0,5}}")  # "BdSt", "BaFin"
_ADJECTIVE_COMPLEMENT = re.compile(
    rf"[ \t]+\w+[ \t]+((?:[a-zäöüß]+[ \t]+){{1,2}})[{UPPER}][\w\-‐]*(?<=\w)"
)  # " für nationale Erneuerung", " der freien Waldorfschulen"
_GENITIVE_WITH_ACRONYM = re.compile(
    rf"[ \t]+(\w+)[ \t]+(?:[{UPPER}]\w*-[ \t]+(\w+)[ \t]+)?[{UPPER}][\w\-‐]*(?<=\w)"
    rf"(?=[ \t]+\([{UPPER}]{{2,6}}\))"
)  # " der Luftsicherheitsunternehmen (BDLS)", " der Metall- und Stahlexporteure (BMSE)"
_GENITIVE_COMPLEMENT = re.compile(
    rf"[ \t]+(\w+)[ \t]+[{UPPER}][\w\-‐]*+(?<=\w)(?![ \t]+[{UPPER}])"
)  # " der Verteidigung" (no capitalised word after it: not "der Verteidigung Anna X")
_LIST_GOES_ON = re.compile(rf"[ \t]*(,|\w+)[ \t]+[{UPPER}][\w\-‐]*,[ \t]+[{UPPER}]")
# ", Thüringen, Anne X", " und Sachsen, Ralf X": a list's next item, then the apposed name
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")  # the word before a position (searched up to it)


# "gGmbH", "mbH", "eBay" (possessive: the lower-case and the capital ranges are disjoint, so
# giving letters back could never let a capital follow; the engine then tries no shorter run)
_MIXED_CASE = re.compile(r"[ \t][a-zà-ÿ]++[A-ZÀ-Ý]")


def _past_legal_form(text: str, end: int, lex: Lexicon) -> int:
    """The end of a legal form written lower-case first right after a run (``gGmbH``,
    ``mbH``), which the capitalised run leaves out; else ``end``."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return end
    word = m.group(1)
    if word[:1].islower() and not word.islower() and word.casefold() in lex.legal_forms:
        return m.end()  # (a lower-case word, French "sa", never joins)
    dotted = _DOTTED_LETTERS.match(text, end)  # "Sahel-Wasser e.V.", "… e. V."
    if dotted is not None and re.sub(r"\s", "", dotted.group(1)).casefold() in lex.legal_forms:
        return dotted.end(1)
    return end


@functools.lru_cache(maxsize=64)
def _run_pattern(
    connectors: tuple[str, ...], elided: tuple[str, ...] = (), glued: tuple[str, ...] = ()
) -> re.Pattern[str]:
    """Capitalised runs joined by spaces or ``connectors``; a word ending in a hyphen may be
    joined by one of ``elided`` (German ``Wasserstraßen- und Schifffahrtsamt``); a word may
    open with one of the ``glued`` particles and a hyphen (``Muammar al-Gaddafi``)."""
    upper = rf"[{UPPER}]"
    ahead = rf"(?=[{UPPER}]|[ \t]+[{UPPER}])"  # initials go on: "M.R. Sundaram", "S.A.S."
    # "Growers’ Union" (the letters go in blocks: one loop of the engine, not one pass
    # through the alternatives per letter)
    rest = rf"(?:[\w\-‐]+|['’](?=\w)|(?<=s)['’](?=[ \t]+[{UPPER}])|/(?=[{UPPER}]))*"
    word = rf"{upper}{rest}"
    period = rf"(?:\.(?=[ \t]+[{UPPER}]))?"
    cap = rf"(?:(?:{upper}\.)+{ahead}(?:{upper}\.|{word})?|{word}){period}"
    # the first word is ``cap`` after no word character, written capital first: a pattern
    # that opens with a letter class lets the regex engine skip ahead to the next capital
    # (one that opens with a look-behind is tried at every position of the text)
    first = rf"{upper}(?<!\w.)(?:\.(?:{upper}\.)*{ahead}(?:{upper}\.|{word})?|{rest}){period}"
    # a particle of two words may open with a capital ("Nathalie Van der Elst")
    connectors = (*connectors, *(c[0].upper() + c[1:] for c in connectors if " " in c))
    conn = "|".join(re.escape(c) for c in sorted(connectors, key=len, reverse=True))
    glued_alt = ""
    if glued:  # (inside the joiner's one optional group: the spaces are matched once)
        particles = "|".join(re.escape(g) for g in sorted(glued, key=len, reverse=True))
        glued_alt = rf"|(?:{particles})[\-‐](?=[{UPPER}])"
    if conn:
        joiner = rf"(?:[ \t]+(?:(?:{conn})[ \t]+|(?:{conn})(?<=['’]){glued_alt})?)"
    else:
        joiner = rf"(?:[ \t]+(?:{glued_alt[1:]})?)" if glued_alt else r"[ \t]+"
    if elided:
        ands = "|".join(re.escape(c) for c in elided)
        joiner = rf"(?:(?<=[\-‐])[ \t]+(?:{ands})[ \t]+|{joiner})"
    return re.compile(rf"{first}(?:{joiner}(?:{cap}))*")


def _role_key(words: list[str], lex: Lexicon) -> str:
    return " ".join(w for w in words if w not in lex.determiners)


def _role_of_genitive_apposition(toks: list[Token], lex: Lexicon) -> str:
    """German, before an apposed name: a person's role noun, a genitive article and the
    capitalised name of a body (``Eine Sprecherin der Deutschen Bahn``, ``Ein Sprecher der
    Stadtwerke Lüneburg``) give the role phrase; else ""."""
    n = len(toks)
    for back in range(2, min(7, n - 1) + 1):
        article, noun = toks[-back], toks[-back - 1]
        if not lex.genitive_article(article.low):
            continue
        if (
            lex.is_role(noun.low)
            and not lex.names_organisation(noun.low)
            and toks[-1].cap
            and all(
                (toks[i].word and toks[i].cap)
                or elided_compound_hyphen(toks, i, n, lex)  # "der Industrie- und
                or elided_compound_hyphen(toks, i - 1, n, lex)  # Handelskammer X"
                or (  # "des Bundesministeriums für Ernährung und Landwirtschaft"
                    toks[i - 1].cap
                    and (toks[i].low in lex.organisation_connectors or toks[i].low in lex.and_words)
                )
                or slash_joined(toks, i)  # "der CDU/CSU-Fraktion": two parties' names
                or (  # "des belarussischen Außenministeriums": an adjective before the noun
                    i < n - 1 and not toks[i].cap and lex.is_inflected_adjective(toks[i].low)
                )
                for i in range(n - back + 1, n)
            )
        ):
            return _role_key([t.low for t in toks[-back - 1 :] if t.word], lex)
        return ""
    return ""


def _role_of_portfolio(toks: list[Token], lex: Lexicon) -> str:
    """German, before an apposed name: a person's role noun, a preposition and a list of
    capitalised words joined by commas and a conjunction (``Der Staatsminister für
    Wirtschaft, Arbeit und Verkehr``) give the role phrase; else ""."""
    k = len(toks) - 1
    listed = False
    while k > 0 and len(toks) - k <= 10:
        tok = toks[k]
        if tok.word and tok.low in lex.object_prepositions:
            break
        if tok.text == "," or (tok.word and tok.low in lex.conjunctions):
            listed = True
        elif not (tok.word and tok.cap):
            return ""
        k -= 1
    noun = toks[k - 1] if k > 0 else None
    if not listed or noun is None or not toks[k].word:
        return ""
    if not lex.is_role(noun.low):  # "der Bezirksleiter der IG Metall für Berlin,
        return _role_of_genitive_apposition(toks[:k], lex)  # Brandenburg und Sachsen"
    if lex.names_organisation(noun.low):
        return ""
    return _role_key([t.low for t in toks[k - 1 :] if t.word], lex)


def _role_before(tokens: list[Token], lex: Lexicon) -> str:
    """The role phrase ending the tokens (``ministro degli Esteri russo``, ``la sindaca di X,``)."""
    toks = tokens
    if toks and toks[-1].text == ",":
        toks = toks[:-1]  # apposition after a comma: "la sindaca di Bologna, Matilde Ferraris"
        comma = True
    else:
        comma = False
    if comma and lex.capitalised_nouns:
        role = _role_of_genitive_apposition(toks, lex) or _role_of_portfolio(toks, lex)
        if role:
            return role
    for back in range(1, min(8 if comma else 7, len(toks)) + 1):
        tok = toks[-back]
        if not tok.word or (
            back == 1
            and not comma
            and (
                tok.low in lex.object_prepositions
                or tok.low in lex.determiners
                or tok.low in lex.name_connectors
            )
        ):
            return ""
        if lex.capitalised_nouns and tok.low in lex.determiners:
            return (
                ""  # German: "Forscher der Universität Heidelberg" is a genitive, not an apposition
            )
        if lex.is_role(tok.low) or tok.low in lex.titles:
            if any(t.low in lex.auxiliaries or t.low in lex.speech_verbs for t in toks[-back:]):
                return ""
            if lex.capitalised_nouns and any(
                not t.cap
                and t.low not in lex.determiners
                and t.low not in lex.object_prepositions
                and t.low not in lex.name_connectors
                for t in toks[-back + 1 :]
            ):
                return ""  # "Die Polizei sucht Zeugen": a verb stands between, no apposition
            link = len(toks) - back - 1  # the preposition before the body, past its article
            while (
                comma
                and link > 1
                and toks[link].low in lex.determiners
                and toks[link - 1].low in lex.object_prepositions
            ):
                link -= 1  # ("la presidenta de la entidad, Graciela Etchegaray")
            if (
                lex.names_organisation(tok.low)
                and link >= 1
                and toks[link].low in lex.object_prepositions
            ):
                head = _role_before(toks[:link], lex)
                if head and not any(lex.names_organisation(w) for w in head.split()):
                    # "la ministra de Industria, Gabriela Ferreira": the person's role
                    return head + " " + _role_key([t.low for t in toks[link:]], lex)
            words = [t.low for t in toks[-back:]]
            return _role_key(words, lex)
        # a role further back would fail the tests above, which see this word too: a clause's
        # verb stands between ("… sagte Merkel"), or in German a lower-case word
        if tok.low in lex.auxiliaries or tok.low in lex.speech_verbs:
            return ""
        if (
            lex.capitalised_nouns
            and not tok.cap
            and tok.low not in lex.object_prepositions
            and tok.low not in lex.name_connectors
        ):
            return ""
    return ""


def build_index(
    text: str,
    lex: Lexicon,
    skip: list[tuple[int, int]],
    doc_tokens: DocTokens,
    limit: int | None = None,
    quoted: list[tuple[int, int]] | None = None,
) -> NameIndex:
    """Scan the document (up to ``limit``) once for named mentions.

    Mentions inside ``quoted`` ranges (the insides of quotation marks: quoted speech,
    titles, nicknames) are kept weak: they are mentioned there, not speaking.
    """
    index = NameIndex(glued_particles=lex.glued_name_particles)
    by_name: dict[str, Entity] = {}
    by_token: dict[str, Entity] = {}
    pattern = _run_pattern(
        tuple(sorted(lex.name_connectors | lex.organisation_connectors | {"&"})),
        tuple(sorted(lex.conjunctions)) if lex.capitalised_nouns else (),
        lex.glued_name_particles,
    )
    glued = lex.glued_name_particles
    spelled = _spelled_out_acronyms(text, lex, by_name, by_token)
    spelled.update(_known_organisation_names(text, lex, by_name, by_token))
    datelines = _datelines(text)
    if datelines:  # "GENOVA, 3 NOV – …": a wire dateline names a place, no speaker
        skip = sorted([*skip, *datelines])
    skip_i = 0
    dotted_forms = [f for f in lex.legal_forms if "." in f]  # "e.v."
    legal = bool(lex.legal_forms) and (
        _MIXED_CASE.search(text) is not None or any(f" {f[:2]}" in text for f in dotted_forms)
    )
    lone_nouns = lex.capitalised_nouns
    args = (lex, index, by_name, by_token, doc_tokens)
    joined_to = 0  # the end of a run that took in the coordinated run after it
    and_openings = tuple({" " + w[0] for w in lex.and_words})  # (a cheap test before the full one)
    adjective_complements = (
        tuple(
            f" {c} "
            for c in (
                *lex.organisation_connectors,
                *lex.genitive_determiners,
                *lex.oblique_adjective_determiners,
            )
        )
        if lex.capitalised_nouns
        else ()
    )
    for m in pattern.finditer(text, 0, len(text) if limit is None else min(limit, len(text))):
        start, end = m.span()
        if start < joined_to:
            if end > joined_to and text.find(".", joined_to, end) >= 0:
                for s, e in _pieces(text, start, end, lex):  # "… der städtischen Museen.
                    if s >= joined_to:  # Dessen Vorsitzender X": the sentence after the
                        _add_run(text, s, e, *args)  # name joined up to its period
            continue
        if glued and start > 2 and text[start - 1] in "-‐":  # "sagte al-Gaddafi": the run
            opening = glued_particle_start(text, start - 1, glued)  # opens at "al-"
            start = start if opening is None else opening
        if text.startswith(and_openings, end):
            joined_to = _coordinated_body_end(text, start, end, lex, doc_tokens, pattern)
            end = joined_to or end  # "Department of Health and Social Care": one body
        elif text.startswith(", ", end) and text[end + 2 : end + 3].isupper():
            joined_to = _listed_body_end(text, start, end, lex, doc_tokens, pattern)
            end = joined_to or end  # "Ministerio de Agricultura, Pesca y Alimentación"
        elif adjective_complements and text.startswith(adjective_complements, end):
            joined_to = (
                _adjective_complement_end(text, start, end, lex)
                or _genitive_with_acronym_end(text, start, end, lex)
                or _genitive_official_name_end(text, start, end, lex)
            )
            end = joined_to or end  # "Gesellschaft für bedrohte Völker"
        if skip:
            while skip_i < len(skip) and skip[skip_i][1] <= start:
                skip_i += 1
            if skip_i < len(skip) and skip[skip_i][0] < end:
                dateline_end = skip[skip_i][1] if skip[skip_i] in datelines else end
                if dateline_end >= end or skip[skip_i][0] > start:
                    continue
                start = dateline_end  # "DÜSSELDORF. Das Landgericht Düsseldorf": after it
        if legal:
            past = _past_legal_form(text, end, lex)  # "Westmecklenburg Kliniken gGmbH"
            if past > end and text[end:past].strip()[:1].islower():
                joined_to = max(joined_to, past)  # ("e.V.": its "V" opens no run of its own)
            end = past
        if text.find(".", start, end) >= 0:  # cut at the periods that end a sentence
            for s, e in _pieces(text, start, end, lex):
                _add_run(text, s, e, *args)
        elif not (lone_nouns and _lone_noun(text, start, end, lex, by_name, by_token, doc_tokens)):
            _add_name_run(text, start, end, *args)  # (the usual run: one piece, often a noun)
    if spelled:  # the name of "Office (national des forêts) (ONF)" is the whole phrase
        index.mentions = _spelled_out_mentions(index.mentions, spelled)
    index.mentions.sort(key=lambda mn: mn.start)
    _share_surnames(text, index.mentions, lex)
    _surnames_of_later_full_names(text, index.mentions, lex)
    _acronyms_of_earlier_names(index.mentions, lex)
    _acronyms_in_brackets(text, index.mentions)
    _bodies_by_apposition(text, index.mentions, lex)
    _people_by_apposition(text, index.mentions, lex)
    _predicative_roles(index, lex, doc_tokens)
    _join_nicknames(text, index.mentions, lex)
    if quoted:
        quoted = sorted(quoted)
        index.mentions = _weaken_quoted(index.mentions, quoted)
        named = _bodies_named_in_marks(text, quoted, lex, doc_tokens)
        if named:  # "Die Initiative „Grenzenlos helfen“ erklärte": a body's name in marks
            spans = [(mn.start, mn.end) for mn in named]
            index.mentions = sorted(
                [
                    mn
                    for mn in index.mentions
                    if not any(s <= mn.start and mn.end <= e for s, e in spans)
                ]
                + named,
                key=lambda mn: mn.start,
            )
    index.roles.sort(key=lambda r: r[0])
    index.starts = [mn.start for mn in index.mentions]
    return index


_APPOSED_NOUN = re.compile(r",[ \t]+(\w+)[ \t]+(\w+)")  # ", une société", ", a company"
_SENTENCE_OPENING = re.compile(r"[.!?:;\n][^.!?:;\n]*$")  # the start of the last sentence
_APPOSED_WORDS = re.compile(r",[ \t]+(\w+)(?:[ \t]+(\w+))?")  # ", die Leiterin"


def _bodies_by_apposition(text: str, mentions: list[NameMention], lex: Lexicon) -> None:
    """``ParkSolutions, une société anversoise``, ``Crandall & Co., a consultancy firm``: a
    name apposed to an indefinite organisation noun is an organisation's."""
    for mn in mentions:
        entity = mn.entity
        if entity.org or entity.person or mn.weak or not text.startswith(",", mn.end):
            continue
        m = _APPOSED_NOUN.match(text, mn.end)
        if (
            m is not None
            and m.group(1).casefold() in lex.indefinite_determiners
            and lex.names_organisation(m.group(2).casefold())
        ):
            entity.org = True


def _people_by_apposition(text: str, mentions: list[NameMention], lex: Lexicon) -> None:
    """German ``Thandar Aung, Vorsitzende des Vereins …``: a name of two or more words that
    no given name marks, apposed to a person's role, is a person's (only in German does the
    role's case tell; a name holding a role or a known word, ``Deren Leiter``, is none)."""
    if not lex.capitalised_nouns:
        return
    for mn in mentions:
        entity = mn.entity
        if entity.org or entity.person or mn.weak or len(entity.tokens) < 2:
            continue
        words = [t.casefold() for t in entity.tokens]
        if any(w in lex.non_names or lex.is_role(w) or lex.is_common_noun(w) for w in words):
            continue
        m = _APPOSED_WORDS.match(text, mn.end)
        if m is not None:
            first, second = m.group(1).casefold(), (m.group(2) or "").casefold()
            role = second if first in lex.determiners and second else first
            if _person_role_word(role, lex):
                entity.person = True
                continue
        if text.startswith(",", mn.end) and text[: mn.start].rstrip().endswith(","):
            # "Der Exekutivsekretär des Sekretariats der …, Nkosana X, sagte": a name apposed
            # to the person's role that opens the sentence
            opening = _SENTENCE_OPENING.search(text, 0, mn.start)
            words = re.findall(r"\w+", text[opening.start() + 1 if opening else 0 : mn.start])[:3]
            if (
                len(words) >= 2
                and (words[0].casefold() in lex.determiners or _genitive_name(words[0], lex))
                and any(_person_role_word(w.casefold(), lex) for w in words[1:])
            ):  # ("Der Erste Bevollmächtigte der IG Metall, Ronny X,"; "Nigerias Staatsminister
                # für Erdölressourcen, Chukwuemeka X,")
                entity.person = True


def _predicative_roles(index: NameIndex, lex: Lexicon, doc_tokens: DocTokens) -> None:
    """``Lieve De Smedt wird ab der Spielzeit 2026/27 neue Intendantin``: a person's name,
    a copula (``copulas``) and, within the clause, a role noun give the person that role
    (the role is added to the index where its noun stands)."""
    if not lex.copulas:
        return
    for mn in index.mentions:
        if mn.weak or not mn.entity.person:
            continue
        toks = doc_tokens.slice(mn.end, mn.end + 80)
        if not toks or toks[0].low not in lex.copulas:
            continue
        for k in range(1, min(11, len(toks))):
            tok = toks[k]
            if tok.text in ".,;:!?" or tok.low in lex.speech_verbs:
                break
            if lex.is_role(tok.low) and not lex.names_organisation(tok.low):
                e = k + 1
                while e < len(toks) and toks[e].word and lex.is_role(toks[e].low):
                    e += 1  # ("became chief executive": one role)
                role = " ".join(t.low for t in toks[k:e])
                index.roles.append((tok.start, role, mn.entity))
                break


def _datelines(text: str) -> list[tuple[int, int]]:
    """The spans of wire datelines. A dateline lies within one line and opens it, so the
    patterns are tried at line starts only (not at every position of the text): a place in
    capitals and a period (``FREIBURG. ``), or, in a text with the dash such a dateline has
    (``–``, ``—`` or ``-`` after a space or a tab), a wire dateline."""
    line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    found = [m.span() for pos in line_starts if (m := _CAPITALS_DATELINE.match(text, pos))]
    if not any(dash in text for dash in _DATELINE_DASHES):
        return found
    dashed = [m.span() for pos in line_starts if (m := _DATELINE.match(text, pos)) is not None]
    return sorted({*found, *dashed})


def _people_by_surname(
    mentions: list[NameMention], glued: tuple[str, ...]
) -> dict[str, Entity | None]:
    """Last name -> the one person named in full with it (None when two people share it);
    a surname with a glued particle counts without it too (``Gaddafi``)."""
    full: dict[str, Entity | None] = {}
    for m in mentions:
        entity = m.entity
        if entity.person and len(entity.tokens) >= 2:
            last = entity.tokens[-1]
            for surname in filter(None, (last, _without_glued_particle(last, glued))):
                known = full.get(surname, entity)
                full[surname] = entity if known is entity else None  # (two people: neither)
    return full


def _surnames_of_later_full_names(text: str, mentions: list[NameMention], lex: Lexicon) -> None:
    """``Wörtlich sagte Seehofer: „…“ Horst Seehofer ist CSU-Chef``: a lone word named
    before the one full name of a person that ends in it is that person (when no other
    person's name ends in it, and no article makes it a noun: "der Koch")."""
    full = _people_by_surname(mentions, lex.glued_name_particles)
    if not full:
        return
    for i, m in enumerate(mentions):
        entity = m.entity
        if len(entity.tokens) != 1 or entity.org:
            continue
        person = full.get(entity.tokens[0])
        if person is None or person.first <= m.start:
            continue
        before = text[max(0, m.start - 12) : m.start].split()
        if m.weak and before and before[-1].casefold() in lex.determiners:
            continue
        mentions[i] = replace(m, entity=person, weak=False)


def _share_surnames(text: str, mentions: list[NameMention], lex: Lexicon) -> None:
    """``Lucía y Marta Ortega``, ``Mathieu et Claire Roux``: a lone given name joined to a
    full name takes its surname (and is a full name, no longer weak); a name of three words
    after it has a given name too (``Aurelio y Blas Sanz Cifuentes``)."""
    for i, (first, second) in enumerate(itertools.pairwise(mentions)):
        one, two = first.entity, second.entity
        if (
            len(one.tokens) == 1
            and len(two.tokens) >= 2
            and one.tokens[0].casefold() in lex.given_names
            and (two.tokens[0].casefold() in lex.given_names or len(two.tokens) >= 3)
            and text[first.end : second.start].strip().casefold() in lex.conjunctions
        ):
            one.tokens = (one.tokens[0], *two.tokens[1:])
            one.name = " ".join(one.tokens)
            one.person = True
            mentions[i] = replace(first, weak=False)  # "Auch Gerlinde und …"


def _small_words(lex: Lexicon) -> frozenset[str]:
    """Words an acronym does not spell: ``des``, ``und``, ``of``."""
    return lex.name_connectors | lex.determiners | lex.object_prepositions | lex.conjunctions


def _acronyms_of_earlier_names(mentions: list[NameMention], lex: Lexicon) -> None:
    """``L'Office national des forêts … estime l'ONF``: an acronym the document never
    spells out in brackets names the body named before whose initials it spells (small
    words aside)."""
    small = frozenset[str]()
    bodies: dict[str, Entity] = {}
    spelled: set[int] = set()  # the entities whose initials are known (by id)
    pending: list[Entity] = []  # bodies whose initials are not yet worked out
    compounds: list[Entity] = []  # bodies whose compound spelling is not yet known
    for i, m in enumerate(mentions):
        tokens = m.entity.tokens
        if len(tokens) == 1 and is_acronym(tokens[0]):
            if pending:  # (worked out only once an acronym may need them)
                small = small or _small_words(lex)
                _add_initials(pending, bodies, small)
                if lex.nominative_adjective_endings:  # (languages that build compounds)
                    compounds.extend(pending)
                pending.clear()
            body = bodies.get(tokens[0])
            if body is None and compounds:  # "DWD": the heads of compounds spell too,
                for entity in compounds:  # worked out only when an acronym needs them
                    initials = _compound_initials(entity.tokens, small, lex)
                    if len(initials) >= 2:
                        bodies.setdefault(initials.upper(), entity)
                compounds.clear()
                body = bodies.get(tokens[0])
            if body is not None and body is not m.entity:
                mentions[i] = replace(m, entity=body)
        elif len(tokens) >= 2 and not m.entity.person and id(m.entity) not in spelled:
            spelled.add(id(m.entity))  # (its later mentions would spell the same again)
            pending.append(m.entity)


def _acronyms_in_brackets(text: str, mentions: list[NameMention]) -> None:
    """``Ärzte ohne Grenzen (MSF)``, ``Bund der Steuerzahler (BdSt)``: an acronym of three
    or more letters (capitals, or mixed case) in brackets right after a body's name names
    that body, though it spells another language's name; its later mentions too (not after a
    person's name: ``X (SPD)`` is the person's party)."""
    aliases: dict[int, Entity] = {}
    if " (" not in text:
        return
    for body, short in itertools.pairwise(mentions):
        acronym = short.entity
        if (
            len(acronym.tokens) == 1
            and len(acronym.name) >= 3
            and (is_acronym(acronym.name) or _MIXED_ACRONYM.fullmatch(acronym.name) is not None)
            and acronym.first == short.start
            and body.entity.org
            and not body.entity.person
            and not body.weak
            and acronym is not body.entity
            and text[body.end : short.start] == " ("
            and text.startswith(")", short.end)
        ):
            aliases[id(acronym)] = body.entity
    if aliases:
        for i, m in enumerate(mentions):
            body_entity = aliases.get(id(m.entity))
            if body_entity is not None:
                mentions[i] = replace(m, entity=body_entity)


def _add_initials(entities: list[Entity], bodies: dict[str, Entity], small: frozenset[str]) -> None:
    """Name each of ``entities`` (in text order: the first keeps a spelling) by its initials."""
    for entity in entities:
        initials = _initials(entity.tokens, small)
        if len(initials) >= 2:
            bodies.setdefault(initials.upper(), entity)


def _spelled_out_acronyms(
    text: str, lex: Lexicon, by_name: dict[str, Entity], by_token: dict[str, Entity]
) -> dict[int, tuple[int, Entity]]:
    """``l'Office national des forêts (ONF)``: the words before an acronym in brackets
    whose initials spell it (small words aside) name a body, and the acronym names it.
    Returns phrase start -> (phrase end, entity)."""
    found: dict[int, tuple[int, Entity]] = {}
    if "(" not in text:
        return found
    small = _small_words(lex)
    compounds = bool(lex.nominative_adjective_endings)  # (languages that build compounds)
    for pattern in (_ACRONYM, _SHORT_NAME):
        for m in pattern.finditer(text):
            short = m.group(1)
            if short in by_name:
                continue
            words = _words_before(text, m.start())
            # an acronym spells the initials of the phrase's big words (the longest such
            # phrase); a short name ("Istat") keeps its letters in order (the shortest)
            starts = range(len(words) - 1)
            for k in starts if pattern is _ACRONYM else reversed(starts):
                first = words[k][2]
                if not first[:1].isupper() or first.casefold() in small:
                    continue
                spelled = [word for _, _, word in words[k:]]
                if pattern is _ACRONYM:
                    match = _initials(spelled, small) == short or (
                        compounds
                        and _compound_initials(_hyphen_parts(spelled), small, lex) == short
                    )  # "Bundesvereinigung mittelständischer Arbeitgeber (BVMA)"
                else:
                    match = _abbreviates(short, "".join(spelled))
                if match:
                    start, end = words[k][0], words[-1][1]
                    name = " ".join(text[start:end].split())
                    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
                    parts, name = nominative_name(
                        tuple(name.split()), name, before.group(1).casefold() if before else "", lex
                    )  # "beim Deutschen Zentrum für Meeresforschung (DZM)"
                    entity = Entity(name, parts, org=True, first=start)
                    by_name[short] = by_token[short] = entity
                    found[start] = (end, entity)
                    break
    return found


def _known_organisation_names(
    text: str, lex: Lexicon, by_name: dict[str, Entity], by_token: dict[str, Entity]
) -> dict[int, tuple[int, Entity]]:
    """Bodies whose names hold lower-case words no run of capitalised words takes in
    (``organisation_names``: ``Reporter ohne Grenzen``, ``Médecins sans frontières``), where
    the text names them. Returns phrase start -> (phrase end, entity), like
    :func:`_spelled_out_acronyms`."""
    found: dict[int, tuple[int, Entity]] = {}
    for name in lex.organisation_names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            ):
                end = _regional_branch_end(text, end, lex)  # "Bund der Steuerzahler Thurgau"
                full = " ".join(text[at:end].split())
                entity = by_name.get(full) or Entity(full, tuple(full.split()), org=True, first=at)
                by_name[full] = entity
                found[at] = (end, entity)
            at = text.find(name, end)
    return found


def _regional_branch_end(text: str, end: int, lex: Lexicon) -> int:
    """The end of one capitalised word naming a region right after a body's known name
    (``Bund der Steuerzahler Baden-Württemberg``), else ``end``: no common noun, role or
    function word, and no capitalised word after it."""
    m = _REGION_AFTER.match(text, end)
    if m is None:
        return end
    low = m.group(1).casefold()
    if (
        lex.is_common_noun(low)
        or lex.is_role(low)
        or low in lex.determiners
        or low in lex.function_words
        or not lex.capitalised_nouns
    ):
        return end
    return m.end(1)


def _spelled_out_mentions(
    mentions: list[NameMention], spelled: dict[int, tuple[int, Entity]]
) -> list[NameMention]:
    """The mentions with each one that starts inside a phrase an acronym spells out made
    the whole phrase, once (``Die Gewerkschaft Erziehung und Wissenschaft (GEW)``: not
    ``Erziehung`` after the role ``Gewerkschaft``)."""
    phrases = sorted((start, end, entity) for start, (end, entity) in spelled.items())
    out: list[NameMention] = []
    taken: set[int] = set()
    for mn in mentions:
        phrase = next((p for p in phrases if p[0] <= mn.start < p[1]), None)
        if phrase is None:
            out.append(mn)
        elif phrase[0] not in taken:
            taken.add(phrase[0])
            out.append(NameMention(phrase[0], phrase[1], phrase[2], mn.role, False))
    for start, end, entity in phrases:  # "Der Eigentümerverband Haus & Grund": a phrase no
        if start not in taken and not any(  # run kept a mention of is named all the same
            mn.start < end and start < mn.end for mn in out
        ):
            out.append(NameMention(start, end, entity, "", False))
    return out


def _words_before(text: str, pos: int) -> list[tuple[int, int, str]]:
    """(start, end, word without an elided article) of the words before ``pos`` back to
    the last punctuation mark (at most 120 characters)."""
    lo = max(0, pos - 120)
    stop = _PHRASE_STOP.search(text[lo:pos][::-1])
    if stop is not None:
        lo = pos - stop.start()
    words = []
    for w in _WORD.finditer(text, lo, pos):
        head = _ELIDED_HEAD.match(w.group())
        cut = head.end() if head else 0
        words.append((w.start() + cut, w.end(), w.group()[cut:]))
    return words


def _initials(words: Iterable[str], small: frozenset[str]) -> str:
    """The first letters of the big words (accents aside): ``Onf`` for ``Office national des
    forêts``."""
    return "".join(_base_letter(w) for w in words if w.casefold() not in small)


def _compound_initials(words: Iterable[str], small: frozenset[str], lex: Lexicon) -> str:
    """Initials that also spell the head of a German compound (``Deutscher Wetterdienst``
    -> ``DWD``, ``Technisches Hilfswerk`` -> ``THW``), heads from the language data."""
    out = []
    for w in words:
        if w.casefold() in small:
            continue
        out.append(_base_letter(w))
        head = lex.compound_head(w.casefold())
        if head:
            out.append(_base_letter(head))
    return "".join(out)


def _hyphen_parts(words: Iterable[str]) -> list[str]:
    """The words with hyphenated ones cut into their parts (``Hessen-Thüringen``)."""
    return [part for w in words for part in w.split("-") if part]


def _base_letter(word: str) -> str:
    """The word's first letter, upper-case and without accents (``Étrangères`` -> ``E``)."""
    return unicodedata.normalize("NFD", word[:1])[:1].upper()


def _join_nicknames(text: str, mentions: list[NameMention], lex: Lexicon) -> None:
    """``Darren “Bluey” Cartwright``: a given name and a surname around a nickname in
    marks are one person, ``Darren Cartwright``."""
    if not _given_name_before_mark(text, lex):
        return  # the usual text: no mark opens after a given name (the regex is slow to scan)
    starts = [mn.start for mn in mentions]
    ends = {mn.end: mn for mn in mentions}
    for m in _NICKNAME.finditer(text):
        if m.group(1).casefold() not in lex.given_names:
            continue
        first = ends.get(m.end(1))
        i = bisect.bisect_left(starts, m.end())
        if first is None or i >= len(mentions) or mentions[i].start != m.end():
            continue
        second = mentions[i]
        if second.entity.org or len(second.entity.tokens) > 2:
            continue
        full = (m.group(1), *second.entity.tokens)
        nickname = m.group(2).strip()
        aliases = [mn.entity for mn in mentions if mn.entity.name == nickname]
        for entity in (first.entity, second.entity, *aliases):
            # ("… el Búfalo fue escueto": the nickname alone names the same person)
            entity.tokens, entity.name, entity.person = full, " ".join(full), True


def _given_name_before_mark(text: str, lex: Lexicon) -> bool:
    """True when one of ``_NICKNAME_MARKS`` follows a space or a tab after a known given name,
    as ``_NICKNAME``'s first word (looked up mark by mark: each is rare, unlike the space)."""
    for mark in _NICKNAME_MARKS:
        i = text.find(mark, 1)
        while i >= 0:
            if text[i - 1] in " \t" and _given_name_ending_at(text, i - 1, lex):
                return True
            i = text.find(mark, i + 1)
    return False


def _given_name_ending_at(text: str, pos: int, lex: Lexicon) -> bool:
    """True when the spaces ending at ``pos`` follow a word ``_NICKNAME`` may take for its
    first group (a capital after no word character, then word characters or hyphens) that
    is a known given name."""
    end = pos
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    k = end
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_-"):
        k -= 1  # (``\w`` is a letter, a digit or the underscore)
    # inside the run only the start and a position after a hyphen follow no word character
    starts = [k, *(c + 1 for c in range(k, end) if text[c] == "-")] if "-" in text[k:end] else [k]
    return any(
        c < end - 1
        and text[c] in _UPPER_CHARS
        and (c == 0 or not (text[c - 1].isalnum() or text[c - 1] == "_"))
        and text[c:end].casefold() in lex.given_names
        for c in starts
    )


def _bodies_named_in_marks(
    text: str, quoted: list[tuple[int, int]], lex: Lexicon, doc_tokens: DocTokens
) -> list[NameMention]:
    """Short capitalised names in marks right after a noun of a body or of its kind (``die
    Initiative „Grenzenlos helfen“``, ``das Kulturportal „Bühnenfenster“``, ``eine
    Hackergruppe, die sich „Grey Harbour“ nennt``): bodies, named there."""
    out = []
    for s, e in quoted:
        inner = text[s:e]
        words = inner.split()
        if not words or len(words) > 4 or not inner[:1].isupper():
            continue
        if inner.rstrip()[-1:] in ".!?,;:":
            continue  # (a sentence in marks is a quotation)
        before = [t for t in doc_tokens.slice(max(0, s - 60), s) if t.word][-4:]
        if _subject_in_marks(before, words, e, lex, doc_tokens):
            # "Die „Kieler Nachrichten“ nannten …": a medium in marks opening the sentence
            entity = Entity(inner.strip(), tuple(words), org=True, first=s)
            out.append(NameMention(s, s + len(inner.rstrip()), entity, "", False))
            continue
        while before and before[-1].low in lex.naming_words:
            before.pop()  # ("…, die sich „Grey Harbour“ nennt")
        if not before or not before[-1].cap:
            continue
        noun = before[-1].low
        if not lex.names_body_kind(noun):
            continue
        entity = Entity(inner.strip(), tuple(words), org=True, first=s)
        out.append(NameMention(s, s + len(inner.rstrip()), entity, noun, False))
    return out


def _subject_in_marks(
    before: list[Token], words: list[str], e: int, lex: Lexicon, doc_tokens: DocTokens
) -> bool:
    """German: capitalised words in marks after a capitalised subject determiner opening
    the sentence and right before a speech verb (``Die „Kieler Nachrichten“ nannten``)."""
    if not lex.capitalised_nouns or not before or not before[-1].cap:
        return False
    if not lex.opens_subject(before[-1].low) or not all(w[:1].isupper() for w in words):
        return False
    after = next((t for t in doc_tokens.slice(e, e + 40) if t.word), None)
    return after is not None and after.low in lex.speech_verbs


def _weaken_quoted(mentions: list[NameMention], quoted: list[tuple[int, int]]) -> list[NameMention]:
    out, q = [], 0
    for mn in mentions:
        while q < len(quoted) and quoted[q][1] <= mn.start:
            q += 1
        inside = q < len(quoted) and quoted[q][0] <= mn.start and mn.end <= quoted[q][1]
        out.append(NameMention(mn.start, mn.end, mn.entity, mn.role, True) if inside else mn)
    return out


def _pieces(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Cut a run at periods that end a sentence (keep ``Dr. Smith``, ``George W. Bush``)."""
    out, s = [], start
    i = text.find(".", start, end)
    while i != -1:
        k = i
        while k > s and text[k - 1].isalpha():
            k -= 1
        word = text[k:i]
        low = word.casefold()
        if not (
            (len(word) == 1 and not _opens_sentence(text, i + 1, end, lex))
            or (  # "Dr.", "Gov." (not "Ministerin.", nor "sagte der Papst. Der …")
                low in lex.titles
                and len(low) <= 5
                and (low in lex.abbreviations or not _opens_sentence(text, i + 1, end, lex))
            )
            or low in lex.abbreviations
        ):
            out.append((s, i))
            s = i + 1
            while s < end and text[s].isspace():
                s += 1
        i = text.find(".", i + 1, end)
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


def _adjective_complement_end(text: str, start: int, end: int, lex: Lexicon) -> int:
    """German: where a body's name ends whose complement opens with lower-case adjectives
    (``Komitee für nationale Erneuerung``, ``Gesellschaft für bedrohte Völker``, ``Bündnis
    für faire Wahlen Mecklenburg-Vorpommern``), or 0: the run ends in an organisation's noun,
    then a connector or genitive article, one or two adjectives and a capitalised noun (and
    one region word)."""
    m = _ADJECTIVE_COMPLEMENT.match(text, end)  # (first: it rarely matches)
    if m is None:
        return 0
    last = text[start:end].rsplit(None, 1)[-1].casefold()
    if not lex.names_organisation(last):
        return 0
    adjectives = m.group(1).split()
    if not all(a.endswith(lex.adjective_endings) and len(a) > 3 for a in adjectives):
        return 0
    if any(a in lex.determiners or a in lex.function_words for a in adjectives):
        return 0
    return _regional_branch_end(text, m.end(), lex)


def _genitive_with_acronym_end(text: str, start: int, end: int, lex: Lexicon) -> int:
    """German: where a body's name with a genitive complement ends when an acronym in
    brackets follows it (``Bundesverband der Luftsicherheitsunternehmen (BDLS)``), or 0: the
    run ends in an organisation's noun, then ``der``/``des`` and one capitalised noun (or two
    joined as an elided compound: ``der Metall- und Stahlexporteure``). The noun after the
    article is one no run of its own keeps (a lone noun), so :func:`_body_noun_before_genitive`,
    which joins such a run to the body's noun before it, never sees it."""
    m = _GENITIVE_WITH_ACRONYM.match(text, end)
    if m is None or not lex.genitive_article(m.group(1).casefold()):
        return 0
    if m.group(2) is not None and m.group(2).casefold() not in lex.and_words:
        return 0
    last = text[start:end].rsplit(None, 1)[-1]
    if not (lex.names_organisation(last.casefold()) or genitive_stem(last, lex)):
        return 0  # ("des Bundesverbandes der …")
    return m.end()


def _genitive_official_name_end(text: str, start: int, end: int, lex: Lexicon) -> int:
    """German: where a body's official name with a genitive complement ends (``das
    Bundesministerium der Verteidigung``, ``des Innern``), or 0: the run ends in a noun
    whose head takes such a complement in official names (``genitive_name_heads``), then
    ``der``/``des`` and one capitalised noun that no other capitalised word follows."""
    if not lex.genitive_name_heads:
        return 0
    m = _GENITIVE_COMPLEMENT.match(text, end)
    if m is None or not lex.genitive_article(m.group(1).casefold()):
        return 0
    last = text[start:end].rsplit(None, 1)[-1].casefold()
    if not last.endswith(lex.genitive_name_heads):
        return 0
    return m.end()


def _listed_body_end(
    text: str, start: int, end: int, lex: Lexicon, doc_tokens: DocTokens, pattern: re.Pattern[str]
) -> int:
    """Where a body's name listing its fields ends (``Ministerio de Agricultura, Pesca y
    Alimentación``, ``Ministry of Housing, Communities and Local Government``, ``Retail,
    Wholesale and Department Store Union``), or 0: short capitalised runs after commas, then
    the last one joined by the language's ``and`` (:func:`_coordinated_body_end`)."""
    pos = end
    while text.startswith(", ", pos) and text[pos + 2 : pos + 3].isupper():
        item = pattern.match(text, pos + 2)
        if item is None:
            return 0
        words = item.group(0).split()
        if len(words) > 2 or words[0].casefold() in lex.given_names or is_acronym(words[0]):
            return 0
        pos = item.end()
    if pos == end:
        return 0
    return _coordinated_body_end(text, start, pos, lex, doc_tokens, pattern)


def _coordinated_body_end(
    text: str, start: int, end: int, lex: Lexicon, doc_tokens: DocTokens, pattern: re.Pattern[str]
) -> int:
    """Where a body's name coordinated with the run after it ends (``Department of Health
    and Social Care``, ``Ministerio de Salud Pública y Bienestar Social``, ``ministère du
    Commerce et de la Consommation``), or 0: the run is a body's name (an organisation noun
    and its named complement) or a minister's portfolio (after a role and its preposition:
    ``el ministro de Agricultura, Pesca y Alimentación``), and the run after the language's
    ``and`` (and a name particle) is no person, no acronym and short (``and_words``); an
    article right after ``and`` opens a second body."""
    m = _NEXT_WORD.match(text, end)
    if m is None or m.group(1).casefold() not in lex.and_words:
        return 0
    pos = m.end()
    after = doc_tokens.slice(pos, pos + 40)
    if after and after[0].low in lex.determiners and after[0].low not in lex.name_connectors:
        return 0  # "the Royal College of Nursing and the Department of Health": two bodies
    k = 0
    while k < len(after) and not after[k].cap and (
        after[k].low in lex.name_connectors or after[k].low in lex.determiners
    ):
        k += 1  # "et de la Consommation", "et des Affaires étrangères"
    if k >= len(after) or not after[k].cap:
        return 0
    nxt = pattern.match(text, after[k].start)
    if nxt is None:
        return 0
    words = [w.casefold() for w in nxt.group(0).split()]
    if len(words) > 4 or words[0] in lex.given_names or is_acronym(nxt.group(0).split()[0]):
        return 0
    toks = [t for t in doc_tokens.slice(start, end) if t.word]
    while toks and toks[0].low in lex.determiners:
        toks = toks[1:]  # "The Department of Health"
    before = doc_tokens.slice(max(0, start - 50), start)
    body = (
        len(toks) >= 3
        and any(
            lex.names_organisation(t.low) or genitive_stem(t.text, lex) for t in toks[:3]
        )  # ("Fuentes del Ministerio"; "des Bundesministeriums für Ernährung und …")
        and any(t.low in lex.name_connectors or t.low in lex.organisation_connectors for t in toks)
    ) or (
        len(toks) >= 3
        and bool(lex.genitive_adjective_suffixes)
        and lex.names_organisation(toks[0].low)
        and toks[1].low.endswith(lex.genitive_adjective_suffixes)
    ) or (  # "Lausitzer Braunkohle und Energie AG": a company's legal form ends the run
        len(words) >= 2 and words[-1].replace(".", "") in lex.legal_forms
    ) or (  # "Bundesverband Güterkraftverkehr Logistik und Entsorgung (BGL)": one body's
        len(toks) >= 2  # name, as the acronym after it shows
        and lex.names_organisation(toks[0].low)
        and _ACRONYM_AFTER.match(text, nxt.end()) is not None
    ) or (  # ("Verband Deutscher Seilbahnen und Schlepplifte": a body and its members)
        len(before) >= 2
        and before[-1].low in lex.object_prepositions
        and lex.is_role(before[-2].low)
    ) or (
        not lex.capitalised_nouns and bool(_institution_head(before, lex))
    ) or (
        not lex.capitalised_nouns
        and 2 <= len(toks) <= 3
        and toks[0].low not in lex.given_names
        and lex.names_organisation(words[-1])  # "Mid-Severn Fire and Rescue Service"
    )
    if not body:
        return 0
    tail = _lower_case_tail(nxt.end(), doc_tokens, lex) if not lex.capitalised_nouns else []
    return tail[-1].end if tail else nxt.end()  # "et des Affaires étrangères"


def _coordinated_adjective(name_toks: list[Token], lex: Lexicon) -> bool:
    """The run's lower-case last word is an adjective of a coordinated body's name that
    :func:`_coordinated_body_end` took in (``… et des Affaires étrangères``)."""
    return (
        not lex.capitalised_nouns
        and len(name_toks) >= 3
        and name_toks[-1].low.endswith(lex.name_adjective_suffixes)
        and any(t.low in lex.and_words for t in name_toks)
    )


def _particle_after_person(toks: list[Token], lex: Lexicon) -> int:
    """German: the index of a name particle after a given name and a surname (``Reto
    Gfeller von der Universität Bern``; not ``Johann Wolfgang von Goethe``), where the run
    holds two names, else 0."""
    if not lex.capitalised_nouns:
        return 0
    given = next(
        (k for k, t in enumerate(toks[:-2]) if t.low.split("-", 1)[0] in lex.given_names), -1
    )  # ("Jan-Hendrik Osterloh von der Goethe-Universität": a double given name too)
    if given < 0 and len(toks) > 4 and lex.is_role(toks[0].low) and toks[1].cap:
        given = 1  # "Mittelalterhistoriker Kasimir von der Heydt von der Universität …": a
        # given name the lists miss, apposed to a role
    body = _particle_before_body(toks, lex)
    if given < 0 or body:
        return body
    for j in range(given + 2, len(toks) - 1):
        if toks[j].low in lex.name_connectors:
            before = toks[j - 1].low  # ("Benedikt Graf von Ahlefeldt": a rank goes on)
            if _double_surname(toks, j, lex):
                return 0  # "Gustavo Ríos del Castillo": a foreign surname's particle
            given_names_only = all(t.low in lex.given_names for t in toks[given:j])
            # ("Johann Wolfgang von Goethe"; but "Giacomo Di Lorenzo von der Universität":
            # a surname that is also a given name, after its own particle)
            return 0 if given_names_only or before in lex.nobility_words else j
    return 0


def _particle_before_body(toks: list[Token], lex: Lexicon) -> int:
    """German: the index of a particle after two capitalised words, the words after it
    holding an organisation's noun (``Liu Zhenhua von der Chinesischen Gesellschaft für
    Wildtierschutz``): a person from a body, two names; else 0."""
    for j in range(2, len(toks) - 1):
        if toks[j].low in lex.name_connectors:
            if not (toks[0].cap and toks[1].cap) or lex.names_organisation(toks[1].low):
                return 0
            k = j + 1
            while k < len(toks) and toks[k].low in lex.determiners:
                k += 1
            while (  # "der Chinesischen Gesellschaft": adjectives before the body's noun
                k + 1 < len(toks)
                and toks[k].cap
                and toks[k + 1].cap
                and toks[k].low.endswith(lex.adjective_endings)
                and not lex.names_organisation(toks[k].low)
            ):
                k += 1
            if k < len(toks) and toks[k].cap and lex.names_organisation(toks[k].low):
                return j
            return 0
    return 0


def _body_after_spokesperson(toks: list[Token], lex: Lexicon) -> Token | None:
    """The organisation noun opening a body's name after a capitalised spokesperson noun
    and its linking words (``Fuentes de la Consejería de Educación``), else None."""
    if lex.capitalised_nouns or toks[0].low not in lex.spokesperson_nouns:
        return None
    for tok in toks[1:4]:
        if tok.low in lex.name_connectors or tok.low in lex.determiners:
            continue
        return tok if tok.cap and lex.names_organisation(tok.low) else None
    return None


def _opens_sentence(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    """The word after ``pos`` is one no name holds (``in a post on X. On one lot``, ``Der``):
    the period before it ends a sentence, not an initial."""
    word = word_at(text, pos, end)
    return bool(word) and (word in lex.non_names or word in lex.determiners)


def _add_run(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    index: NameIndex,
    by_name: dict[str, Entity],
    by_token: dict[str, Entity],
    doc_tokens: DocTokens,
) -> None:
    """Add the name in the capitalised run ``text[start:end]``, if any, to the index."""
    if lex.capitalised_nouns and _lone_noun(text, start, end, lex, by_name, by_token, doc_tokens):
        return
    _add_name_run(text, start, end, lex, index, by_name, by_token, doc_tokens)


def _add_name_run(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    index: NameIndex,
    by_name: dict[str, Entity],
    by_token: dict[str, Entity],
    doc_tokens: DocTokens,
) -> None:
    """:func:`_add_run` past the German lone-noun test."""
    after_article = text.startswith(("es ", "er "), start - 3)  # (des, der: the cheap test)
    head = (  # (an acronym in brackets after the run, or an article before it)
        _body_noun_before_genitive(text, start, end, lex, doc_tokens)
        if after_article or text.find("(", end, end + 3) >= 0
        else None
    )
    if head is not None:  # "Verband der Industriellen Energiekunden (VIEK)": one name
        if index.mentions and index.mentions[-1].start == head.start:
            index.mentions.pop()  # (the body's noun, found alone just before)
        start = head.start
    elif (
        after_article
        and lex.state_nouns
        and index.mentions
        and _state_of_body_before(text, start, index.mentions[-1], lex)
    ):
        start = index.mentions.pop().start  # "das Außenministerium der Republik Belarus"
    toks = [t for t in doc_tokens.slice(start, end) if t.word]
    if len(toks) == 1 and _region_code(toks[0], doc_tokens, lex):
        return
    if lex.organisation_connectors:
        for k in range(1, len(toks) - 1):
            if (
                toks[k].low in lex.organisation_connectors
                and not lex.names_organisation(toks[k - 1].low)
                and not (lex.capitalised_nouns and genitive_stem(toks[k - 1].text, lex))
            ):  # "Kim Jong Un of North Korea": two names (but "College of Nursing", "des
                # Bundesamts für Verfassungsschutz": one)
                args = (lex, index, by_name, by_token, doc_tokens)
                _add_run(text, start, toks[k - 1].end, *args)
                _add_run(text, toks[k + 1].start, end, *args)
                return
    i = 0
    while i < len(toks) and (
        not toks[i].cap
        or toks[i].low in lex.non_name_openers
        or (
            toks[i].low.rstrip("'’") in lex.non_names
            and not (  # "Julio Salas-Moncada": a month that is also a given name, then a name
                toks[i].low in lex.given_names
                and i + 1 < len(toks)
                and toks[i + 1].cap
                and toks[i].low not in lex.subordinators  # ("Solange Konzerne … liefern")
            )
        )
    ):
        if (
            toks[i].low in lex.name_connectors
            and toks[i].text[:1].isupper()
            and i + 1 < len(toks)
            and toks[i + 1].cap
            and not lex.capitalised_nouns
            and (
                not _sentence_initial(text, toks[i].start)
                or f"{toks[i].text} {toks[i + 1].text}" in by_name
            )
        ):  # "scherza Di Nardo", "said De Luca": a capitalised particle opens a surname
            break  # (at a sentence's start only once the full name is known)
        if (
            toks[i].low in lex.name_connectors
            and toks[i].text[:1].isupper()
            and _particle_of_known_name(toks[i:], by_token)
        ):  # "Von Stetten-Aue versprach" after "Henrike von Stetten-Aue", "De la Peña
            break  # defendió" after "Ramón de la Peña Villalba": the surname, particle first
        i += 1
    toks = toks[i:]
    if not toks:
        return  # "Die", "In": a capitalised function word opening a sentence, no name
    body = _body_after_spokesperson(toks, lex)
    if body is not None:  # "Fuentes de la Consejería de Educación aseguran": the body
        _add_run(text, body.start, end, lex, index, by_name, by_token, doc_tokens)
        return
    if len(toks) == 1:  # the usual run: one word, whose look alone may rule it out
        if _apposed_role_head(toks[0], doc_tokens, lex):
            return  # "Till Overbeck, Leiter der Ermittlungsgruppe": a role, no name
        if not _no_name_alone(toks[0], lex):
            _add_mention(text, end, [toks[0]], [], False, lex, index, by_name, by_token, doc_tokens)
        return
    if _role_phrase_only(toks, lex) or _adjective_and_role(toks, lex):
        return  # "The Transport Secretary, Helen Strachan,": a role, no name
    if lex.capitalised_nouns and _known_genitive_then_noun(toks, by_token, lex):
        return  # "Ceesays Ausbilder, der Schreinermeister X,": no name of its own
    if lex.capitalised_nouns and _known_surname_then_noun(toks, by_name, by_token, doc_tokens, lex):
        # "hatte Habermann-Stiller Zentralasien als „…“ bezeichnet": the surname of the
        # person named in full before, then the object (German capitalises its nouns)
        _add_mention(text, toks[0].end, [toks[0]], [], False, lex, index, by_name, by_token,
                     doc_tokens)
        return
    found = _name_tokens(text, start, end, toks, lex, index, by_name, by_token, doc_tokens)
    if found is not None:
        _add_mention(text, end, *found, lex, index, by_name, by_token, doc_tokens)


def _known_genitive_then_noun(
    toks: list[Token], by_token: dict[str, Entity], lex: Lexicon
) -> bool:
    """Two capitalised words, the first the genitive of a name met before (``Ceesays``
    after ``Lamin Ceesay``), the second no given name and no part of a known name: a noun
    of that person's (``Ceesays Ausbilder``), describing the person named after it."""
    if len(toks) != 2 or not toks[0].text.endswith("s"):
        return False
    known = by_token.get(toks[0].text[:-1])
    return (
        known is not None
        and not known.org
        and toks[1].low not in lex.given_names
        and toks[1].text not in by_token
    )


def _known_surname_then_noun(
    toks: list[Token],
    by_name: dict[str, Entity],
    by_token: dict[str, Entity],
    doc_tokens: DocTokens,
    lex: Lexicon,
) -> bool:
    """Two capitalised words after a verb, the first the surname of one person named in
    full before (``hatte Habermann-Stiller`` after ``Cornelia Habermann-Stiller``), the
    second no given name and no part of a known name: the second opens no name with the
    surname (but ``für Bayer Leverkusen``, after a preposition, may be one name)."""
    if len(toks) != 2:
        return False
    first, second = toks
    person = by_token.get(first.text)  # (the dictionary look-ups first: most runs stop here)
    if not (
        person is not None
        and person.person
        and not person.org
        and len(person.tokens) >= 2
        and person.tokens[-1] == first.text
        and f"{first.text} {second.text}" not in by_name
        and second.text not in by_token
        and second.low not in lex.given_names
        and second.low not in lex.name_connectors
    ):
        return False
    before = doc_tokens.slice(max(0, first.start - 40), first.start)
    if not before or not before[-1].word or before[-1].cap:
        return False
    low = before[-1].low
    return not (
        low in lex.object_prepositions or low in lex.determiners or low in lex.article_prepositions
    )


def _role_phrase_only(toks: list[Token], lex: Lexicon) -> bool:
    """Where role titles are capitalised before a name (``capitalised_role_titles``: English),
    a run of two or three capitalised words ending in a role word, none of them a given name,
    a name particle or an organisation's noun (``Transport Secretary``, ``Health Minister``,
    ``Police Chief``) is a role phrase, not a name."""
    return (
        lex.capitalised_role_titles
        and 2 <= len(toks) <= 3
        and lex.is_role(toks[-1].low)
        and toks[-1].low not in lex.demonyms
        and not any(
            t.low in lex.given_names
            or t.low in lex.name_connectors
            or lex.names_organisation(t.low)
            or is_acronym(t.text)
            for t in toks
        )
    )


def _state_of_body_before(text: str, start: int, before: NameMention, lex: Lexicon) -> bool:
    """German: the run at ``start`` opens with a state's kind in the genitive (``der Republik
    Belarus``, ``des Landes Sachsen-Anhalt``), right after the article that follows the
    mention ``before`` of a body (``das Außenministerium``, ``das Ministerium für Bildung``):
    the body and its state are one name."""
    if not lex.state_nouns:
        return False
    gap = text[before.end : start].split()
    if len(gap) != 1 or not lex.genitive_article(gap[0]):
        return False
    space = text.find(" ", start, start + 40)
    word = text[start:space].casefold() if space > 0 else ""
    if not any(
        word.endswith(ending) and word[: len(word) - len(ending)] in lex.state_nouns
        for ending in ("", "s", "es")
    ):
        return False
    head = before.entity.tokens[-1].casefold()
    return before.entity.org or lex.names_organisation(head.rpartition("-")[2])


def _adjective_and_role(toks: list[Token], lex: Lexicon) -> bool:
    """German: capitalised adjectives of a title and its role noun (``die Parlamentarische
    Staatssekretärin``, ``der Leitende Oberstaatsanwalt``) are a role, no name."""
    return (
        lex.capitalised_nouns
        and 2 <= len(toks) <= 3
        and lex.is_role(toks[-1].low)
        and not lex.names_organisation(toks[-1].low.rpartition("-")[2])
        and not lex.names_body(toks[-1].low)
        and (
            all(t.cap and lex.is_inflected_adjective(t.low) for t in toks[:-1])
            or (  # "Der Münchner Anwalt", "Der New Yorker Anwalt": a place's adjective;
                toks[-2].low.endswith(("er", "s"))  # "Nigerias Staatsminister": its genitive
                and all(t.cap and t.low not in lex.given_names for t in toks[:-1])
            )
        )
    )


def _complement_of_body(toks: list[Token], lex: Lexicon) -> bool:
    """``Landesamt für Umwelt``, ``Bundesamt für Justiz``: the last word is a common noun
    after a body's noun and an organisation connector, so part of the body's name; so are
    the nouns coordinated with it (``Bundesministerium für Wirtschaft und Klimaschutz``)."""
    k = len(toks) - 1
    while k >= 4 and toks[k - 1].low in lex.and_words and toks[k - 2].cap:
        k -= 2  # "… für Arbeit und Soziales"
    return (
        k >= 2
        and toks[k - 1].low in lex.organisation_connectors
        and lex.names_organisation(toks[k - 2].low)
    )


def _named_with_acronym(text: str, toks: list[Token], lex: Lexicon) -> bool:
    """``Handelsverband Lebensmittel (HVL)``: a body's noun opens the words, and an acronym
    in brackets follows them, so the common noun they end in is the name's."""
    return (
        len(toks) >= 2
        and lex.names_organisation(toks[0].low)
        and _ACRONYM_AFTER.match(text, toks[-1].end) is not None
    )


def _apposed_role_head(tok: Token, doc_tokens: DocTokens, lex: Lexicon) -> bool:
    """German: a lone role noun after a comma and before a genitive article or a
    preposition heads an apposed role (``…, Leiter der Ermittlungsgruppe``, ``…, Professor
    für Massivbau``), never a surname."""
    if not lex.capitalised_nouns or not lex.is_role(tok.low):
        return False
    i = bisect.bisect_left(doc_tokens.starts, tok.start)
    toks = doc_tokens.tokens
    return (
        0 < i < len(toks) - 1
        and toks[i - 1].text == ","
        and (lex.genitive_article(toks[i + 1].low) or toks[i + 1].low in lex.object_prepositions)
    )


def _no_name_alone(tok: Token, lex: Lexicon) -> bool:
    """A run of the one word ``tok`` (capitalised, no function word) names nothing: the tests
    of :func:`_name_tokens` for a single word, which depend on the word alone."""
    low = tok.low
    return (
        low in lex.demonyms  # "the French actor": no name
        or (not tok.text.isalpha() and any(c.isdigit() for c in tok.text))  # "A380": a code
        or low in lex.name_connectors
        or lex.is_common_noun(low)  # "Millionen", "Interesse"
        or tok.text[-1] in "'’"  # "C'est", "L'": an elided word
        or (low in lex.role_nouns and is_acronym(tok.text))  # "the CEO said", "el DT"
        or _suffixed_noun(low, lex)  # "Landschaft", "Verwaltung"
    )


def _suffixed_noun(low: str, lex: Lexicon) -> bool:
    """German: a long word with a noun's suffix (``noun_suffixes``: ``Landschaft``,
    ``Verwaltung``) names nobody alone, unless it names a body (``Gesellschaft``)."""
    return (
        lex.capitalised_nouns
        and len(low) >= 8
        and low.endswith(lex.noun_suffixes)
        and not lex.names_organisation(low)
        and not lex.names_body_in_compound(low)
    )


def _particle_of_known_name(toks: list[Token], by_token: dict[str, Entity]) -> bool:
    """The particle opening ``toks`` (one word or more, in any case) and the capitalised word
    after it go on a name already known (``de Vries`` of ``Ulrike de Vries``, ``De la Peña``
    of ``Ramón de la Peña Villalba``)."""
    j = next((k for k in range(1, min(len(toks), 4)) if toks[k].cap), 0)
    if not j:
        return False
    entity = by_token.get(toks[j].text)
    if entity is None or not entity.person:
        return False
    words = [w.casefold() for w in entity.tokens]
    phrase = [t.low for t in toks[: j + 1]]
    n = len(phrase)
    return any(words[k : k + n] == phrase for k in range(1, len(words) - n + 1))


def _body_noun_before_genitive(
    text: str, start: int, end: int, lex: Lexicon, doc_tokens: DocTokens
) -> Token | None:
    """German: the body's noun before a genitive article that opens a run an acronym follows
    (``der Verband der Industriellen Energiekunden (VIEK)``, ``die Gewerkschaft der Polizei
    (GdP)``) or that a capitalised adjective opens (``der Börsenverein des Deutschen
    Buchhandels``): the noun (with the elided compound part coordinated with it), article
    and run are the body's one name; returns its first token, else None."""
    if not lex.capitalised_nouns:
        return None
    if _ACRONYM_AFTER.match(text, end) is None and not _capitalised_adjective_run(
        text, start, end, lex
    ):
        return None
    before = doc_tokens.slice(max(0, start - 60), start)
    if len(before) < 2 or not before[-1].word or not before[-2].word:
        return None
    article, noun = before[-1], before[-2]
    if not lex.genitive_article(article.low):
        return None
    if not noun.cap or not lex.names_organisation(noun.low):
        return None
    if (
        len(before) >= 5
        and elided_compound_hyphen(before, len(before) - 4, len(before), lex)
        and before[-5].cap
    ):  # "die Ernährungs- und Landwirtschaftsorganisation der Vereinten Nationen (FAO)"
        return before[-5]
    return noun


def _capitalised_adjective_run(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The run ``text[start:end]`` is two words or more, and the first is an inflected
    adjective, capitalised as a name's (``Deutschen Buchhandels``, ``Roten Kreuzes``)."""
    space = text.find(" ", start, end)
    return space >= 0 and lex.is_inflected_adjective(text[start:space].casefold())


def _name_tokens(
    text: str,
    start: int,
    end: int,
    toks: list[Token],
    lex: Lexicon,
    index: NameIndex,
    by_name: dict[str, Entity],
    by_token: dict[str, Entity],
    doc_tokens: DocTokens,
) -> tuple[list[Token], list[str], bool] | None:
    """The words of the name in a run of several words (``toks``, function words before it
    already dropped), the role words before it and whether it names an institution; None
    when the run names nothing. A particle after a given name starts a second run."""
    if toks[0].low in lex.demonyms and all(t.low in lex.demonyms for t in toks):
        return None  # "the French actor", "the South African government": no name
    cut = _particle_after_person(toks, lex)
    if cut:  # "Astrophysiker Reto Gfeller von der Universität Bern": two names
        _add_run(text, toks[cut].start, end, lex, index, by_name, by_token, doc_tokens)
        end, toks = toks[cut - 1].end, toks[:cut]
    lost_words = toks[0].start > start and any(
        w.casefold() not in lex.determiners for w in _WORD.findall(text[start : toks[0].start])
    )
    acronym_after = _ACRONYM_AFTER.match(text, toks[-1].end) is not None
    last_role, institution = _lead_role_end(
        toks, start, lex, doc_tokens, lost_words, acronym_after
    )
    lead_role = [t.low for t in toks[: last_role + 1]] if last_role >= 0 else []
    name_toks = toks[last_role + 1 :]
    while name_toks and not name_toks[0].cap and not _particle_of_known_name(name_toks, by_token):
        name_toks = name_toks[1:]  # "ein Fluggast zu Hilfe": no name starts with a particle
        # (but "sagte Studienleiterin de Vries" after "Ulrike de Vries": the surname's own)
    if (
        lead_role
        and lex.capitalised_nouns
        and len(name_toks) == 1
        and name_toks[0].low not in lex.given_names
        and any(
            t.low in lex.object_prepositions for t in toks[last_role + 1 : len(toks) - 1]
        )
        and text.startswith(", ", name_toks[0].end)
        and text[name_toks[0].end + 2 : name_toks[0].end + 3].isupper()
    ):  # "Der Bürgermeister von Wildflecken, X": the role's place, and the person holding
        lead_role = []  # it apposed (but "ein Sprecher von Tesla" speaks for Tesla)
    if (
        lex.capitalised_nouns
        and len(name_toks) >= 3
        and name_toks[1].low in lex.name_connectors
        and len(name_toks[0].low) >= 7
        and name_toks[0].low.endswith(lex.noun_suffixes)
        and not institution
    ):  # "Nach Einschätzung von Greenpeace": a noun of the sentence, then the name
        name_toks = name_toks[2:]
    for k in range(2, len(name_toks)):
        if (
            name_toks[k].low in lex.name_connectors
            and not institution
            and name_toks[0].low in lex.given_names  # not "Colegio Médico del Perú"
            and name_toks[k - 1].low not in lex.given_names  # "Johann Wolfgang von Goethe"
            and name_toks[k - 1].low not in lex.nobility_words  # "Benedikt Graf von Ahlefeldt"
            and name_toks[k - 1].low not in lex.name_connectors  # "Margaret van der Berg"
            and not _double_surname(name_toks, k, lex)  # "Rafael Ortiz de Zárate"
        ):
            # "Thomas Brandt von der TU München": a particle only follows a first name
            _add_run(text, name_toks[k].start, end, lex, index, by_name, by_token, doc_tokens)
            name_toks = name_toks[:k]
            break
    if institution and len(name_toks) >= 4 and _after_role_and_link(name_toks[0], doc_tokens, lex):
        for k in range(2, len(name_toks) - 1):
            if (
                name_toks[k].low in lex.given_names
                and name_toks[k - 1].low not in lex.given_names
                and name_toks[k - 1].low not in lex.name_connectors
                and name_toks[k - 1].low not in lex.saint_words
                and name_toks[k - 1].cap
            ):  # "del Partito Democratico Alberto Rinaldi": the body, then a person
                body = (name_toks[0].start, name_toks[k - 1].end)
                _add_run(text, *body, lex, index, by_name, by_token, doc_tokens)
                name_toks, institution = name_toks[k:], False
                break
    if (
        len(name_toks) >= 3
        and not lead_role
        and not institution
        and name_toks[1].low not in lex.name_connectors
        and name_toks[1].low in lex.given_names
    ):
        prev = doc_tokens.slice(max(0, name_toks[0].start - 40), name_toks[0].start)
        if len(prev) >= 2 and prev[-1].low in lex.object_prepositions and lex.is_role(prev[-2].low):
            # "l'allenatore del Napoli Roberto Mancuso": the first word ends the preposition phrase
            name_toks = name_toks[1:]
            lead_role = [prev[-2].low]
    while name_toks and (
        name_toks[-1].low in lex.name_connectors
        or not (
            name_toks[-1].cap
            or name_toks[-1].low in lex.legal_forms  # "… gGmbH"
            or _coordinated_adjective(name_toks, lex)  # "… et des Affaires étrangères"
        )
    ):
        name_toks.pop()
    while len(name_toks) > 1 and name_toks[-1].low in lex.name_suffixes:
        name_toks.pop()  # "Priya Menon-Clarke KC"
    if len(name_toks) >= 3 and name_toks[0].low not in lex.given_names and not institution:
        # "Councillor Mark Petrakis", "Personalvorständin Sabine Kröger": the words before a
        # known given name are a role the role lists do not know ("Außenminister der
        # Russischen Föderation Sergei Lawrow": or the end of the role's complement)
        for k in range(1, len(name_toks) - 1):
            if name_toks[k].low in lex.given_names:
                if name_toks[k - 1].low in lex.saint_words:
                    break  # "Castel San Pietro Terme", "San Giovanni Rotondo": a place's name
                if any(
                    _without_glued_particle(t.text, lex.glued_name_particles) for t in name_toks[:k]
                ):
                    break  # "Al-Tayeb Osman Hamid": a name's word, no role
                lead_role = lead_role or [t.low for t in name_toks[:k]]
                name_toks = name_toks[k:]
                break
    # "Millionen Euro", "Interesse Kachelmanns": common nouns at either end are no name
    while name_toks and (
        (
            lex.is_common_noun(name_toks[0].low)
            and not _elided_first(name_toks, doc_tokens, lex)
            and not (  # "die Stadt Göttingen", "der Landkreis Rotenburg": a municipality's
                # kind opens its name, though alone it is a common noun
                institution and len(name_toks) >= 2 and name_toks[0].low in lex.place_named_bodies
            )
        )
        or (
            len(name_toks) < len(toks)
            and not name_toks[0].cap
            and not _particle_of_known_name(name_toks, by_token)
        )  # "Meinung zu Kirchhoff"
    ):  # (but "Wasser- und Bodenamt": the compound's elided part is the name's)
        name_toks = name_toks[1:]
    if (
        len(name_toks) == 1
        and lead_role
        and lex.nominal_role_endings
        and lead_role[-1].endswith(lex.nominal_role_endings)
        and lex.is_role(name_toks[0].low)
        and not lex.names_organisation(name_toks[0].low)
    ):
        return None  # "Der Vorsitzende Richter": an adjective and its role noun, no name
    named_body = bool(lead_role) and len(name_toks) == 2 and _adjective_name_of_body(
        name_toks, lead_role, lex
    )
    given_first = len(name_toks) == 2 and name_toks[0].low in lex.given_names
    while name_toks and (
        (
            lex.is_common_noun(name_toks[-1].low)
            and not named_body
            and not given_first
            and not _complement_of_body(name_toks, lex)
            and not _named_with_acronym(text, name_toks, lex)
            and not (  # "das Verteidigungsministerium der Vereinigten Staaten", "des
                # Auswärtigen Amtes": a capitalised adjective makes the noun after it a name's
                len(name_toks) >= 2
                and name_toks[-2].cap
                and lex.is_inflected_adjective(name_toks[-2].low)
                and (
                    (institution and len(name_toks) >= 3)
                    or (
                        len(name_toks) == 2
                        and _after_determiner(name_toks[0].start, doc_tokens, lex)
                    )
                )
            )
        )
        or not (
            name_toks[-1].cap
            or name_toks[-1].low in lex.legal_forms
            or _coordinated_adjective(name_toks, lex)
        )
    ):  # (but "die Fraktion Solidarische Stadt": an adjective and a noun name the body)
        name_toks.pop()
    if not name_toks or (len(name_toks) == 1 and name_toks[0].text[-1] in "'’"):
        return None  # "C'est", "L'": an elided word, no name
    if (
        lex.capitalised_nouns
        and len(name_toks) >= 2
        and is_acronym(name_toks[-1].text)
        and name_toks[-1].low not in lex.legal_forms
        and lex.names_organisation(name_toks[-2].low.rpartition("-")[2])
    ):  # "die US-Raumfahrtbehörde NASA", "die Bahngesellschaft SNCB": the body's kind, then
        # its name (but "die Commerzbank AG": a legal form closes the name, it is none)
        lead_role = [*lead_role, *(t.low for t in name_toks[:-1])]
        return name_toks[-1:], lead_role, False
    return name_toks, lead_role, institution


def _add_mention(
    text: str,
    end: int,
    name_toks: list[Token],
    lead_role: list[str],
    institution: bool,
    lex: Lexicon,
    index: NameIndex,
    by_name: dict[str, Entity],
    by_token: dict[str, Entity],
    doc_tokens: DocTokens,
) -> None:
    """Add the mention of the name ``name_toks`` (of a run ending at ``end``) and its entity,
    known or new, with the role phrase before it (``lead_role``, else the words before)."""
    if (
        len(name_toks) == 1
        and lex.name_adjective_suffixes
        and (
            lex.names_organisation(name_toks[0].low)
            or _after_organisation_noun(name_toks[0].start, doc_tokens, lex)
        )
    ):  # "la Protezione civile", "l'Agence régionale de santé", "l'association Transparence
        # locale": the lower-case words are the name's
        name_toks.extend(_lower_case_tail(name_toks[0].end, doc_tokens, lex))
    s, e = name_toks[0].start, name_toks[-1].end
    while e + 1 < end and text[e] in "'’" and text[e + 1].isalpha() and not _possessive(text, e):
        e += 1  # "Yannick Le Floc'h": the apostrophe is inside the name
        while e < end and text[e].isalnum():
            e += 1
    person_like = len(name_toks) >= 2 and name_toks[0].low in lex.given_names
    if not lead_role and not lex.capitalised_nouns and not person_like:
        # ("la direzione di Maria Grazia Lo Cascio": a person's, no body's name)
        head = _institution_head(doc_tokens.slice(max(0, s - 50), s), lex)
        if head:  # "le ministère de l'Agriculture", "il ministero dell'Interno": one body
            name_toks = head + name_toks
            s = name_toks[0].start
            institution = True
    prev_tokens = doc_tokens.slice(max(0, s - 80), s) if not lead_role else []
    single = len(name_toks) == 1
    if single:  # (a token holds no space: the name is as written)
        words: tuple[str, ...] = (name_toks[0].text.rstrip("."),)
        key = text[s:e]
    else:
        words = tuple([t.text.rstrip(".") for t in name_toks])
        if len(words[-1]) == 1 and words[-1].isupper() and text[e : e + 1] == ".":
            e += 1  # "Uwe K.": an initial standing for the surname keeps its period
            words = (*words[:-1], words[-1] + ".")
        key = " ".join(text[s:e].split())  # as written: "Tram'Avenir", "Quai d'Orsay"
    if prev_tokens:  # "des Deutschen Wetterdienstes": the Deutscher Wetterdienst
        words, key = nominative_name(words, key, prev_tokens[-1].low, lex)
    role = _role_key(lead_role, lex) if lead_role else _role_before(prev_tokens, lex)
    if role and len(words) == 1 and _suffixed_noun(words[0].casefold(), lex):
        # "des Ministeriums für Landwirtschaft, Ernährung und …": a noun of a list after
        role = ""  # the role's body, not the name apposed to the role
    if role and not lead_role and _listed_before_apposition(text, e, lex):
        role = ""  # "für Berlin, Brandenburg und Sachsen, Ralf X": a listed place, no person
    after_det = bool(prev_tokens) and prev_tokens[-1].low in lex.determiners and not lead_role
    entity = by_name.get(key)
    part_of_name = False  # one word of a longer name that is no person's ("Internacional")
    if entity is None and single:
        entity = by_token.get(words[0])
        part_of_name = entity is not None and len(entity.tokens) > 1 and not entity.person
    elif entity is None:  # "Van der Berg" after "Margaret van der Berg": her surname
        known = by_token.get(words[-1])
        tail = " " + key.casefold()
        full = known.name.casefold() + " " if known is not None else ""
        if known is not None and known.person and (
            full.endswith(tail + " ")
            or (words[0].casefold() in lex.name_connectors and tail + " " in full)
        ):  # (also "De la Peña" of "Ramón de la Peña Villalba")
            entity = known
        elif known is not None and known.org and lex.legal_forms:
            entity = _with_legal_form(key, words, known, lex)  # "Carrick Terminals" after
            # "Carrick Terminals Ltd": the company
    weak = False
    described = False  # (a given name described as a person's: see below)
    if entity is None:
        acronym = single and is_acronym(words[0])
        coined = single and _inner_capital(words[0], lex)  # "Météo-France", "SkyLink"
        if single and not acronym and not coined:
            # a lone sentence-initial word may be any word, and in German every noun is
            # capitalised: such a word is only a weak candidate (a speaker only next to a cue)
            given = not lex.capitalised_nouns and key.casefold() in lex.given_names
            weak = (lex.capitalised_nouns and (after_det or not role)) or (
                not role and not given and _sentence_initial(text, s)
            )  # ("Josette, 88 ans, a remis …": a known given name opening a sentence is one)
            described = _described_given_name(key, prev_tokens, lex)
            weak = weak and not described  # "die neunjährige Lina": a person, by her given name
        elif (
            not acronym
            and lex.noun_suffixes
            and not role  # "Oberstaatsanwalt Rüdiger Klement": a name follows a role
            and not institution
            and words[0].casefold() not in lex.given_names
            and any(len(w) >= 7 and w.casefold().endswith(lex.noun_suffixes) for w in words)
            and not (len(words) >= 2 and lex.names_organisation(words[0].casefold()))
        ):  # (but "Interessengemeinschaft Windkraft Österreich": a body's noun and its name)
            weak = True  # "Jegliche Mitverantwortung": common nouns, not a name
        partners = "&" in key  # "Brodersen & Claasen", "Procter & Gamble": a firm
        entity = Entity(key, words, org=acronym or partners, first=s)
        entity.person = described
        if len(words) >= 2:
            # "Christian Wulff": a known given name before a surname makes a person, unless
            # the name ends in an organisation noun ("Robert Koch-Institut", "Fondazione
            # Carlo Rossi")
            institution_name = _institution_name(words, lex)
            first = words[0].casefold()
            entity.person = (
                (first in lex.given_names or first.split("-", 1)[0] in lex.given_names)
                and not institution_name  # (a hyphenated given name too: "Jörn-Ole")
                and not partners
                and words[-1].casefold() not in lex.named_after_nouns  # "Billie Jean King Cup"
            )
            entity.org = entity.org or institution_name
        if not weak:
            _register(entity, by_name, by_token, lex)
    if institution and len(words) > 1:
        entity.org, entity.person = True, False
    if (
        role
        and not weak
        and not entity.person  # "presidente de la Junta, Guillermo Fernández Vara"
        and any(lex.names_organisation(w) for w in role.split())
        and not any(  # "la ministra de Industria": a person's role names a body too
            lex.is_role(w) and not lex.names_organisation(w) for w in role.split()
        )
    ):
        entity.org = True  # "Budget airline SkyLink", "das Unternehmen Siemens"
        index.roles.append((s, role, entity))
    elif (
        role
        and not entity.org
        and not weak
        and not part_of_name  # ("el título de Maestra Internacional": no person)
        and not all(w in lex.state_nouns for w in role.split())  # ("das Land Hessen")
        and (not adjective_first(words, lex) or _person_role_word(role, lex))
    ):  # ("Ihr Sprecher Okke Rademacher": a role word right before, so no adjective)
        entity.person = True
        index.roles.append((s, role, entity))
    alias = _ACRONYM_AFTER.match(text, e)
    if alias is not None and not entity.person and (
        len(words) > 1 or (lex.capitalised_nouns and len(words[0]) > len(alias.group(1)))
    ):
        # "Instituto Nacional de Estadística (INE)", "Das Umweltbundesamt (UBA)": the acronym
        # names the same body (so a lone word before one is a name after all)
        if weak:
            weak = False
            _register(entity, by_name, by_token, lex)
        short = alias.group(1)
        by_name.setdefault(short, entity)
        by_token.setdefault(short, entity)
        entity.org = entity.org or not entity.person
    if single and entity.person and not weak:
        s = _past_surname_particles(text, s, entity)
    index.mentions.append(NameMention(s, e, entity, role, weak))


def _past_surname_particles(text: str, s: int, entity: Entity) -> int:
    """``warb van der Meulen`` after ``Henrike van der Meulen``: the lower-case particles of a
    person's surname, written before its last word at ``s``, are the mention's; returns the
    start of the surname with them (``s`` when none stand there)."""
    tokens = entity.tokens
    k = len(tokens) - 1
    while k > 1 and tokens[k - 1].islower():
        k -= 1  # ("van", "der": the words of a person's name in lower case are particles)
    if k == len(tokens) - 1:
        return s
    particles = " ".join(tokens[k:-1]) + " "
    return s - len(particles) if text.startswith(particles, s - len(particles)) else s


def _with_legal_form(
    key: str, words: tuple[str, ...], known: Entity, lex: Lexicon
) -> Entity | None:
    """``known`` when it is the body named ``key`` and a legal form (``Carrick Terminals
    Ltd``, ``Grünfeld Agrar GmbH``), else None."""
    if (
        len(known.tokens) == len(words) + 1
        and known.name.startswith(key + " ")
        and known.tokens[-1].casefold().replace(".", "") in lex.legal_forms
    ):
        return known
    return None


def _institution_name(words: tuple[str, ...], lex: Lexicon) -> bool:
    """An organisation noun opens the name or ends its last word (``Robert Koch-Institut``,
    German ``des Robert Koch-Instituts``)."""
    tail = words[-1].casefold().replace("‐", "-").rpartition("-")[2]
    tail = tail[:-1] if lex.capitalised_nouns and tail.endswith("s") else tail
    first = words[0].casefold()
    return (
        tail in lex.organisation_nouns
        or first in lex.organisation_nouns
        or (
            lex.capitalised_nouns
            and len(words) > 1
            and (lex.names_organisation(first) or lex.names_organisation(tail))
        )
    )  # (German compounds too: "Patientenbund Niedersachsen", "Hessischer Landkreistag")


def _lead_role_end(
    toks: list[Token],
    start: int,
    lex: Lexicon,
    doc_tokens: DocTokens,
    lost_words: bool = False,
    acronym_after: bool = False,
) -> tuple[int, bool]:
    """The index of the run's last role word (-1 for none) and whether the run names an
    institution (whose role-like words are the name's). A lone word has neither;
    ``lost_words``: the run began with words other than determiners that ``toks`` lacks;
    ``acronym_after``: an acronym in brackets follows the run (``… Entsorgung (BGL)``)."""
    if len(toks) < 2:
        return -1, False
    # "Foreign Minister Sergei Lavrov", "Biochemikerin Dr. Anna Keller":
    # the name follows the last role word
    last_role = -1
    given = False
    for k, t in enumerate(toks[:-1]):
        if given and t.low in lex.name_connectors:
            break  # "Tomás Ugarte de la Universidad de Chile": no role after a person's particle
        if lex.is_role(t.low) or t.low in lex.titles:
            last_role = k
        given = given or t.low in lex.given_names
    institution = (
        last_role >= 0
        and not lex.capitalised_nouns
        and (toks[0].low in lex.organisation_nouns or toks[0].low in lex.organisation_anaphors)
        and (len(toks) >= 3 or toks[1].low not in lex.given_names)
        and not (
            last_role + 1 < len(toks)
            and toks[last_role + 1].low in lex.given_names
            and not any(t.low in lex.name_connectors for t in toks[last_role + 3 :])
        )
    )  # "Instituto Nacional de Estadística", "Colegio Médico del Perú": the noun is the name's
    # (but "Police Chief Mark Cole": a given name follows the role; yet "Instituto Max Planck
    # de Astronomía" goes on past the person it is named after)
    head = toks[0].low
    if not institution and last_role <= 0 and lex.capitalised_nouns and head.endswith("s"):
        head = genitive_stem(toks[0].text, lex).casefold() or head  # "des Polizeipräsidiums"
    institution = institution or (
        last_role <= 0 and head in lex.place_named_bodies
    )  # "die Staatsanwaltschaft Bochum", "das Polizeipräsidium Lanzenau"
    institution = institution or (
        last_role <= 0
        and (len(toks) == 2 or acronym_after)
        and lex.names_body_in_compound(head)
        and toks[1].low not in lex.given_names
    )  # "der Hebammenverband Mecklenburg-Vorpommern", "die Landespolizeiinspektion Saalfeld",
    # "der Bundesverband Güterkraftverkehr Logistik und Entsorgung (BGL)"
    # (but "der Fahrgastverband Pro Bahn": a name of its own)
    institution = institution or (
        not lex.capitalised_nouns
        and toks[-1].low in lex.organisation_nouns
        and toks[0].low not in lex.given_names
    )  # "Coastal Marine Workers’ Union", "Conservative Party": a role word inside a body's
    # name is no role
    institution = institution or (
        toks[-1].low.replace(".", "") in lex.legal_forms
        and not (len(toks) >= 3 and lex.names_body_kind(toks[0].low))
    )  # "die Westmecklenburg Kliniken GmbH", "Halvorsen Digital Inc": a company's whole name
    # (but "die Betreiberfirma Elbe Container Terminal GmbH": the kind of body, then its name)
    institution = institution or (
        len(toks) > 2  # (a run of two words has no inner word)
        and bool(lex.organisation_connectors)
        and any(toks[k].low in lex.organisation_connectors for k in range(1, len(toks) - 1))
    )  # "Royal College of Nursing" (the run was cut where "of" follows no such noun)
    institution = institution or (
        last_role <= 0 and lex.capitalised_nouns and _named_compound(toks[0].text, lex)
    )  # "die Christian-Albrechts-Universität zu Kiel": a person's name opens the compound
    institution = institution or (
        bool(lex.genitive_name_heads)
        and any(
            toks[k].low.endswith(lex.genitive_name_heads) and lex.genitive_article(toks[k + 1].low)
            for k in range(len(toks) - 2)
        )
    )  # "das Bayerische Staatsministerium des Innern": one body's official name
    institution = institution or (
        last_role < 0
        and len(toks) == 2
        and toks[0].low.endswith("er")
        and lex.capitalised_nouns
        and _place_adjective_and_body(toks, lex)
    )  # "die Ulmer Verkehrsbetriebe", "die Münchner Polizei": a place's adjective, a body
    institution = institution or (
        last_role <= 0
        and len(toks) >= 3
        and bool(lex.genitive_adjective_suffixes)
        and lex.names_organisation(head)
        and (
            toks[1].low.endswith(lex.genitive_adjective_suffixes)
            or lex.genitive_article(toks[1].low)
        )
        and (
            last_role == 0
            or (len(toks) >= 4 and toks[2].cap and lex.is_inflected_adjective(toks[2].low))
        )
    )  # "der Verband Europäischer Ferienflieger", "Verein Deutscher Ingenieure", "Verband der
    # Industriellen Energiekunden (VIEK)", "der Börsenverein des Deutschen Buchhandels": the
    # body's noun and its genitive complement are the name
    institution = institution or (
        last_role >= 0
        and not lex.capitalised_nouns
        and toks[0].low not in lex.given_names
        and not lex.is_role(toks[0].low)
        and _after_organisation_noun(toks[0].start, doc_tokens, lex)
    )  # "l'associazione Difesa Utenti Basilicata": the body's whole name, no role in it
    if institution:
        last_role = -1
    if last_role < 0 and lex.capitalised_nouns and not institution:
        # "der Deutschen Bahn": an inflected adjective opens the name (adjective_endings)
        adjective = bool(lex.adjective_endings) and toks[0].low.endswith(lex.adjective_endings)
        if (
            (
                toks[1].low in lex.given_names
                or not adjective
                or lex.names_organisation(toks[0].low)  # "die Fitnessstudiokette X"
            )
            and toks[0].low not in lex.given_names  # "des Robert Koch-Instituts"
            and not any(is_acronym(t.text) for t in toks)  # "der IG Metall", "HC Elbtal"
            and not _elided_first(toks, doc_tokens, lex)  # "das Wasser- und Bodenamt X"
            and (
                _after_determiner(start, doc_tokens, lex)
                or (  # "der deutschen Hilfsorganisation SeaLink Rescue": a body's kind
                    lex.names_body_kind(toks[0].low)
                    and _after_determiner_and_adjective(start, doc_tokens, lex)
                )
                or (  # "Die Patientenorganisation Alzheimer-Initiative Deutschland begrüßte":
                    # the sentence's article opened the run; a noun of a body's kind ("Die
                    # Tierschutzorganisation Wildtierhilfe Süd") or one before a name that
                    # names a body of its own (not "Die Verkehrsgesellschaft Saar-Mosel")
                    toks[0].start > start
                    and _after_determiner(toks[0].start, doc_tokens, lex)
                    and (
                        lex.names_body_kind(toks[0].low)
                        or any(lex.names_organisation(t.low.rpartition("-")[2]) for t in toks[1:])
                    )
                )
            )
            and not lost_words  # (not "die 400-Meter-Läuferin Jolina Brettschneider": the
            # run lost its role, and the name is left)
        ):  # "der Chemiker Thomas Brandt", "der Häftling Filep Karma": a common noun first
            last_role = 0
    return last_role, institution


def _adjective_name_of_body(name_toks: list[Token], lead_role: list[str], lex: Lexicon) -> bool:
    """German ``die Fraktion Solidarische Stadt``, ``der Verein Zoofreie Zukunft``: after a
    body's noun (a ``lead_role``), two words (the caller's cheap test), an inflected
    adjective and a noun, are the body's name."""
    return (
        bool(lex.adjective_endings)
        and lex.names_organisation(lead_role[-1])
        and name_toks[0].low.endswith(lex.adjective_endings)
        and name_toks[0].low not in lex.given_names  # ("Gewerkschaftsvorstand Uwe Foullong")
        and name_toks[1].cap
    )


def _place_adjective_and_body(toks: list[Token], lex: Lexicon) -> bool:
    """German ``Ulmer Verkehrsbetriebe``: of a run of two words whose first ends in ``-er``
    (the caller's cheap test), that word is an adjective made from a place (no role, no
    noun the lexicon knows) before a body's noun."""
    first = toks[0].low
    return (
        not lex.is_role(first)
        and not lex.is_common_noun(first)
        and first not in lex.given_names
        and lex.names_body(toks[1].low)
    )


def _double_surname(name_toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A surname particle (``de``; Spanish ``del``, ``de la``) and one last capitalised word
    after a surname go on with it (``José María Sanz de Galdeano``, ``Rodrigo Villaseñor de
    la Peña``, in German news too); a longer phrase after it is a second name (``… de la
    Universidad de Chile``), and so is a body's noun (``… del Ministerio``)."""
    last = name_toks[-1]
    return (
        last.cap
        and not is_acronym(last.text)
        and not lex.names_organisation(last.low)
        and any(
            k + len(particle) + 1 == len(name_toks)
            and all(t.low == w for t, w in zip(name_toks[k:], particle, strict=False))
            for particle in lex.surname_particles
        )  # (not "Elena Martini della Filt-Cgil")
    )


def _elided_first(toks: list[Token], doc_tokens: DocTokens, lex: Lexicon) -> bool:
    """``Wasser- und Schifffahrtsamt``: the run's first word is the elided part of a
    compound coordinated with the next."""
    return (
        len(toks) > 2
        and toks[1].low in lex.conjunctions
        and any(t.text in "-‐" for t in doc_tokens.slice(toks[0].end, toks[1].start))
    )


def _first_whole_word(words: tuple[str, ...], key: str, lex: Lexicon) -> int:
    """The index of the first word of the name ``key`` that is no elided compound part or
    its conjunction (``Wasserstraßen- und Schifffahrtsamts``: the third)."""
    k = 0
    while (
        k + 2 < len(words)
        and words[k + 1].casefold() in lex.conjunctions
        and f"{words[k]}- " in key
    ):
        k += 2
    return k


def _after_determiner(pos: int, doc_tokens: DocTokens, lex: Lexicon) -> bool:
    """A determiner ends the 20 characters before ``pos``."""
    prev = doc_tokens.slice(max(0, pos - 20), pos)
    return bool(prev) and prev[-1].low in lex.determiners


def _after_determiner_and_adjective(pos: int, doc_tokens: DocTokens, lex: Lexicon) -> bool:
    """A determiner and a lower-case adjective end the 40 characters before ``pos`` (``der
    deutschen Hilfsorganisation X``)."""
    prev = doc_tokens.slice(max(0, pos - 40), pos)
    return (
        len(prev) >= 2
        and prev[-2].low in lex.determiners
        and prev[-1].word
        and not prev[-1].cap
        and prev[-1].low.endswith(lex.adjective_endings)
    )


def _abbreviates(short: str, name: str) -> bool:
    """True when ``short`` starts like ``name`` and its letters occur in ``name`` in order
    (``Sergas`` in ``Servizo Galego de Saúde``), accents aside."""
    plain = [_base_letter(c) for c in name if c.isalpha()]
    letters = iter(plain)
    return plain[:1] == [_base_letter(short)] and all(
        _base_letter(c) in letters for c in short
    )


def genitive_stem(word: str, lex: Lexicon) -> str:
    """``Koch-Instituts`` -> ``Koch-Institut``, ``Wetterdienstes`` -> ``Wetterdienst``: a
    body's genitive ending taken off (or "" when the word names no body without it)."""
    for cut in (1, 2):
        stem = word[:-cut]
        if word[-cut:] in ("s", "es") and len(stem) >= 3:
            head = stem.casefold().replace("‐", "-").rpartition("-")[2]
            if (
                (len(stem) > 3 and lex.names_organisation(head))
                or lex.body_head(head) == head
                or head in lex.place_named_bodies  # "des Landratsamts"
                or lex.names_body_in_compound(head)  # "des Schifffahrtsamts"
            ):
                return stem  # ("des Auswärtigen Amts": a head of the gendered list whole)
    return ""


def nominative_name(
    words: tuple[str, ...], key: str, before: str, lex: Lexicon
) -> tuple[tuple[str, ...], str]:
    """German: the words and the written form of a body's name as it is named without an
    article, given the word ``before`` it (case-folded): the genitive ending taken off after
    ``des`` (``des Robert Koch-Instituts``, ``des Polizeipräsidiums Oberland``, ``des
    Wasserstraßen- und Schifffahrtsamts``) and the adjectives in the strong nominative after
    an article (``beim Deutschen Zentrum für …`` -> ``Deutsches Zentrum für …``)."""
    if not lex.capitalised_nouns:
        return words, key  # (the German cases alone)
    if before in lex.genitive_determiners:
        stem = genitive_stem(words[-1], lex)
        if stem:  # "des Robert Koch-Instituts": the Robert Koch-Institut
            key = key[: len(key) - len(words[-1]) + len(stem)]
            words = (*words[:-1], stem)
        elif len(words) > 1 and key.startswith(words[0]):
            i = _first_whole_word(words, key, lex)  # "des Wasserstraßen- und Schifffahrtsamts"
            stem = genitive_stem(words[i], lex)
            if not stem and i + 2 < len(words) and words[i].casefold().endswith(
                lex.adjective_endings
            ):
                i += 1  # "des Geophysikalischen Instituts von Peru": past the adjective
                stem = genitive_stem(words[i], lex)
            at = key.find(words[i])
            if stem and at >= 0:  # "des Polizeipräsidiums Oberland"
                key = key[:at] + stem + key[at + len(words[i]) :]
                words = (*words[:i], stem, *words[i + 1 :])
    if (
        len(words) > 1
        and words[0].casefold().endswith(lex.adjective_endings)  # (as nominative_adjectives)
        and (before in lex.determiners or before in lex.article_prepositions)
    ):
        nominative = nominative_adjectives(words, lex)
        changed = next((i for i in range(len(words)) if nominative[i] == words[i]), len(words))
        written = " ".join(words[:changed])  # (the inflected adjectives open the name)
        if changed and key.startswith(written + " "):
            key = " ".join(nominative[:changed]) + key[len(written) :]
            words = nominative
    return words, key


def nominative_adjectives(words: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """German ``Deutschen Wetterdienst`` -> ``Deutscher Wetterdienst``, ``Auswärtige Amt``
    -> ``Auswärtiges Amt``: the inflected adjectives before a body's head noun (one whose
    gender the language data gives) in their strong nominative form, as the body is named
    without an article; other names as they are."""
    if not lex.adjective_endings or not words[0].casefold().endswith(lex.adjective_endings):
        return words  # (the usual name: no inflected adjective opens it)
    head = next(  # "Deutschen Zentrum für Luft- und Raumfahrt": the noun before "für" (not
        # "Blinden- und Sehbehindertenbund": the first part of a shared compound)
        (
            i
            for i in range(1, len(words) - 1)
            if not words[i + 1][:1].isupper() and words[i + 1].casefold() not in lex.conjunctions
        ),
        len(words) - 1,
    )
    ending = lex.nominative_ending(lex.body_head(words[head].casefold()))
    if not ending:
        return words
    out = list(words)
    for i, word in enumerate(words[:head]):
        low = word.casefold()
        if i and words[i + 1].casefold() in lex.conjunctions:
            break  # "Bayerischer Blinden- und Sehbehindertenbund": the adjectives end
        if not word[:1].isupper() or low in lex.given_names or "-" in word:
            return words  # "Robert Koch-Institut": a person's name before the head
        if lex.names_body(low):
            return words  # "Verbraucherzentrale Bundesverband": a body's noun, no adjective
        inflection = next(
            (e for e in sorted(lex.adjective_endings, key=len, reverse=True) if low.endswith(e)),
            "",
        )
        if not inflection or len(word) - len(inflection) < 3:
            return words
        out[i] = word[: len(word) - len(inflection)] + ending
    return tuple(out)


def _after_role_and_link(first: Token, doc_tokens: DocTokens, lex: Lexicon) -> bool:
    """``il consigliere regionale del Partito Democratico …``: the run follows a person's
    role and a possessor link (so a person may follow the body it names)."""
    before = doc_tokens.slice(max(0, first.start - 60), first.start)
    if not before or before[-1].low not in lex.possessor_links:
        return False
    return any(lex.is_role(t.low) and not lex.names_organisation(t.low) for t in before[-4:-1])


def _named_compound(word: str, lex: Lexicon) -> bool:
    """``Christian-Albrechts-Universität``, ``Friedrich-Ebert-Stiftung``: a compound of
    three or more capitalised parts opening with a given name and ending in a body's noun
    is the body's own name, not a role before one."""
    if word.count("-") < 2:
        return False  # (the usual word, told before it is split)
    parts = word.split("-")
    head = parts[-1].casefold()
    return (
        len(parts) >= 3
        and parts[0].casefold() in lex.given_names
        and all(p[:1].isupper() for p in parts)
        and (lex.names_organisation(head) or bool(lex.body_head(head)))
    )  # (not "in den Harry-Potter-Romanen")


def _possessive(text: str, e: int) -> bool:
    """``Orla Keane's new play``: an apostrophe and a lone ``s`` after a name."""
    return text[e + 1] in "sS" and not text[e + 2 : e + 3].isalnum()


def _region_code(tok: Token, doc_tokens: DocTokens, lex: Lexicon) -> bool:
    """``à Payerne (VD)``, ``in Bad Oeynhausen (NRW)``: a short acronym in brackets after
    a place (a capitalised word after a place preposition) is its region's code, no body."""
    if not (2 <= len(tok.text) <= 3 and is_acronym(tok.text)):
        return False
    before = doc_tokens.slice(max(0, tok.start - 60), tok.start)
    if len(before) < 3 or before[-1].text != "(":
        return False
    k = len(before) - 2
    while k > 0 and before[k].word and before[k].cap and before[k - 1].end == before[k].start - 1:
        k -= 1  # "Bad Oeynhausen": the place may have more words
    return before[k].low in lex.place_prepositions and before[k + 1].cap


def _after_organisation_noun(pos: int, doc_tokens: DocTokens, lex: Lexicon) -> bool:
    """A lower-case organisation noun stands right before ``pos`` (``l'association``)."""
    before = doc_tokens.slice(max(0, pos - 30), pos)
    return (
        bool(before)
        and before[-1].word
        and not before[-1].cap
        and lex.names_organisation(before[-1].low)
    )


def _lower_case_tail(pos: int, doc_tokens: DocTokens, lex: Lexicon) -> list[Token]:
    """The lower-case rest of a body's name after ``pos``: adjectives (``civile``,
    ``régionale``) and up to two complements of a lower-case noun (``de santé``, ``des
    affaires culturelles``), then a place that ends it (``de Bretagne``,
    ``dell'Emilia-Romagna``)."""
    after = doc_tokens.slice(pos, pos + 120)
    tail: list[Token] = []
    k = 0
    for _ in range(3):  # adjectives, then at most two complements
        while (
            k < len(after)
            and after[k].word
            and not after[k].cap
            and after[k].low.endswith(lex.name_adjective_suffixes)
            and after[k].low not in lex.speech_verbs  # "le Département indique que"
            and after[k].low not in lex.skip_words  # "le Centre hier"
        ):
            tail.append(after[k])
            k += 1
        if k + 1 >= len(after) or after[k].low not in lex.name_complement_prepositions:
            break
        j = k + 1
        if after[j].low in lex.determiners and j + 1 < len(after):
            j += 1  # "de la sécurité"
        noun = after[j]
        if (
            not noun.word
            or noun.cap
            or noun.low in lex.determiners
            or noun.low.endswith(lex.infinitive_suffixes)  # "la Provincia di autorizzare"
        ):
            break
        tail.extend(after[k : j + 1])
        k = j + 1
    if tail:
        tail.extend(_place_complement(after[k:], lex))
    return tail


def _place_complement(after: list[Token], lex: Lexicon) -> list[Token]:
    """``de Bretagne``, ``dell'Emilia-Romagna``: a capitalised complement (one word, or
    words joined without spaces) after the lower-case part of a body's name."""
    if len(after) < 2 or after[0].low not in lex.name_complement_prepositions:
        return []
    j = 1
    if after[j].low in lex.determiners and j + 1 < len(after):
        j += 1  # "de la Loire"
    if not (after[j].word and after[j].cap):
        return []
    end = j + 1
    while end < len(after) and after[end].start == after[end - 1].end:
        end += 1  # "Emilia-Romagna", "Côte-d'Or"
    while end > j + 1 and not after[end - 1].word:
        end -= 1
    return after[:end]


def _institution_head(before: list[Token], lex: Lexicon) -> list[Token]:
    """The lower-case organisation noun whose complement a name is: ``ministère de l'`` in
    ``le ministère de l'Agriculture`` (with up to two adjectives; else nothing)."""
    k = len(before)
    while k > 0 and (
        before[k - 1].low in lex.name_connectors
        or before[k - 1].low in lex.determiners
        or before[k - 1].low in lex.object_prepositions
    ):
        if before[k - 1].low in lex.place_prepositions and before[k - 1].low not in (
            lex.name_connectors
        ):
            return []  # "la agencia en Aragón": the body and where it is
        k -= 1
    if k == len(before):
        return []
    links = lex.possessor_links or lex.name_connectors
    if not any(t.low in links for t in before[k:]):
        return []  # "ha asegurado a Europa Press", "un portavoce dell'azienda al Giorno": told,
        # no complement
    for back in range(1, 4):
        i = k - back
        if i < 0 or not before[i].word or before[i].cap:
            return []
        if before[i].low in lex.auxiliaries or before[i].low in lex.speech_verbs:
            return []  # (a verb between: no adjective of the noun)
        if before[i].low in lex.organisation_nouns:
            return before[i:]
    return []


def _inner_capital(word: str, lex: Lexicon) -> bool:
    """A capital letter right after a lower-case one (``SkyLink``, ``McDonald``) or, where
    nouns are not capitalised, after a hyphen (``Météo-France``): a coined name, no common
    word (German ``Online-Durchsuchungen`` is a noun)."""
    if len(word) < 2 or word[1:].islower():
        return False  # the usual case, decided without a character loop
    hyphen = "" if lex.capitalised_nouns else "-‐"
    return any(
        c.isupper() and (word[i - 1].islower() or word[i - 1] in hyphen)
        for i, c in enumerate(word)
        if i > 0
    )


def _listed_before_apposition(text: str, end: int, lex: Lexicon) -> bool:
    """German: the words after ``end`` go on with a list (``und`` or a comma, a capitalised
    word, a comma) before the name apposed to a role: the word before is an item of the
    role's list (``der Bezirksleiter … für Berlin, Brandenburg und Sachsen, Ralf X``)."""
    if not lex.capitalised_nouns:
        return False
    m = _LIST_GOES_ON.match(text, end)
    return m is not None and (m.group(1) == "," or m.group(1).casefold() in lex.and_words)


def _genitive_name(word: str, lex: Lexicon) -> bool:
    """German: a capitalised word in the genitive of a name (``Nigerias``, ``Bremens``):
    no known word or given name, ending in ``s``."""
    low = word.casefold()
    return (
        word[:1].isupper()
        and low.endswith("s")
        and low not in lex.given_names
        and low not in lex.non_names
        and not lex.is_common_noun(low)
        and not lex.is_role(low)
    )


def _person_role_word(role: str, lex: Lexicon) -> bool:
    """True for a role of one word that names a person's office, not a body (``sprecher``,
    ``bürgermeister``; not ``helfer von feuerwehr`` nor ``unternehmen``)."""
    return " " not in role and lex.is_role(role) and not lex.names_organisation(role)


def adjective_first(words: tuple[str, ...], lex: Lexicon) -> bool:
    """German: a name of several words opening with an inflected adjective (``Technischem
    Hilfswerk``, ``Deutschen Bahn``) names a body or a thing, never a person."""
    first = words[0].casefold()
    return (
        len(words) > 1
        and bool(lex.capitalised_nouns and lex.adjective_endings)
        and first.endswith(lex.adjective_endings)
        and first not in lex.given_names
    )


def _sentence_initial(text: str, s: int) -> bool:
    """True when position ``s`` starts a sentence (``"…," Smith said`` does not)."""
    k = s - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    while k >= 0 and text[k] in _MARKS:
        k -= 1
        while k >= 0 and text[k] in " \t":
            k -= 1
    if k > 0 and text[k] == "-" and text[k - 1] in " \t.":
        return True  # "GENOVA, 21 feb - Adesione al 70 per cento", "DURANGO, Dgo.- Más de":
        # a dash after a dateline
    return k < 0 or text[k] in _SENT_START


def _described_given_name(key: str, prev_tokens: list[Token], lex: Lexicon) -> bool:
    """German: a known given name after a determiner and an inflected adjective (``die
    neunjährige Lina``, ``der kleine Max``) names a person."""
    return (
        lex.capitalised_nouns
        and len(prev_tokens) >= 2
        and prev_tokens[-1].word
        and not prev_tokens[-1].cap
        and prev_tokens[-1].low.endswith(lex.adjective_endings)
        and prev_tokens[-2].low in lex.determiners
        and key.casefold() in lex.given_names
    )


def _lone_noun(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    by_name: dict[str, Entity],
    by_token: dict[str, Entity],
    doc_tokens: DocTokens,
) -> bool:
    """German fast path: a single capitalised word after an ordinary word is a common noun."""
    word = text[start:end]
    reading = lex.lone_word(word)
    if reading == COMMON:
        return True
    if reading == NAME_LIKE or word in by_name or word in by_token:
        return False
    i = bisect.bisect_left(doc_tokens.starts, start)
    if i == 0:
        return False
    prev = doc_tokens.tokens[i - 1]
    if prev.low in lex.genitive_determiners:  # "eines Berichts des Bundesrechnungshofs": a
        stem = genitive_stem(word, lex)  # body's compound in the genitive may issue it
        if stem and lex.names_body_in_compound(stem.casefold()):
            return False
    return prev.word and lex.ordinary_word(prev.low)


def _register(
    entity: Entity, by_name: dict[str, Entity], by_token: dict[str, Entity], lex: Lexicon
) -> None:
    by_name[entity.name] = entity
    if len(entity.tokens) < 2:
        return
    if len(entity.tokens) >= 3 and not entity.org:
        # "Fernando Ruiz Alcántara ... Ruiz Alcántara": a double surname names the person
        for k in range(1, len(entity.tokens) - 1):
            word = entity.tokens[k]
            if word.casefold() not in lex.name_connectors or word[:1].isupper():
                # ("Samuele Di Nardo … Di Nardo": a capitalised particle opens the surname)
                by_name.setdefault(" ".join(entity.tokens[k:]), entity)
    words = [w for w in entity.tokens if w.casefold() not in lex.name_connectors]
    # "al-Gaddafi": "Gaddafi" names the person too
    bare = [_without_glued_particle(w, lex.glued_name_particles) for w in words if "-" in w]
    for word in [*words, *(b for b in bare if b)]:
        single = by_name.get(word)
        if single is not None and len(single.tokens) == 1 and not single.org:
            # "Merkel ... Angela Merkel": the earlier surname-only entity is the same person
            single.name, single.tokens = entity.name, entity.tokens
            single.person = single.person or entity.person
        known = by_token.get(word)
        if known is not None and (known.org or known.person) and not (entity.org or entity.person):
            continue  # "Alpenkind" stays the "Alpenkind Naturkost GmbH" named before, not
            # the product "Alpenkind Bio" in marks after it
        by_token[word] = entity


def _without_glued_particle(word: str, particles: tuple[str, ...]) -> str:
    """``Gaddafi`` for ``al-Gaddafi`` (``al`` one of ``particles``), else ""."""
    particle, hyphen, rest = word.partition("-")
    if hyphen and rest[:1].isupper() and particle.casefold() in particles:
        return rest
    return ""
