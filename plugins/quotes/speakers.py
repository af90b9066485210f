"""Find the mention that a cue attributes a quotation to: a name, a role, a pronoun or a group."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from .cues import VERB, Cue
from .lexicon import Lexicon
from .names import NameMention
from .text import (
    Token,
    elided_compound_hyphen,
    is_number,
    join_tokens,
    relative_after_comma,
    slash_joined,
)

__all__ = ["Mention", "find_left", "find_right", "mention_after_source"]

NAME, ROLE, PRONOUN, GROUP, IMPLICIT, ORG = "name", "role", "pronoun", "group", "implicit", "org"
NOMINAL = "nominal"  # the noun phrase of a speech noun: "Nach Schäubles Idee"
UNKNOWN = "unknown"  # an impersonal cue with no named source: the speaker is honestly unknown


@dataclass(frozen=True)
class Mention:
    """A speaker mention at ``start``-``end`` (``name`` for named mentions, ``key`` for roles)."""

    kind: str
    start: int
    end: int
    text: str
    key: str = ""
    name: NameMention | None = None
    definite: bool = False


_BLOCKS, _PREPOSITION, _ROLE = 1, 2, 4  # what _role_back needs to know of a token
_OPENING_MARKS = frozenset("„“«»‚‘\"'‹›")
_CLOSING_MARKS = frozenset("“”»«‘’\"'›‹")
_QUOTE_MARKS = _OPENING_MARKS | _CLOSING_MARKS


def indefinite_pronoun_at(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Token ``i`` is an indefinite pronoun standing for somebody not named (``alguien``,
    ``einige riefen``), not a German quantity before its noun (``Viele Eltern``)."""
    if tokens[i].low not in lex.indefinite_pronouns:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return not (lex.capitalised_nouns and nxt is not None and nxt.word and nxt.cap)


class Window:
    """Tokens of one attribution window with the named mentions that cover them."""

    def __init__(
        self,
        tokens: list[Token],
        names: list[NameMention],
        lex: Lexicon,
        earlier: Callable[[int], list[NameMention]] | None = None,
    ) -> None:
        self.tokens = tokens
        self._starts = [tok.start for tok in tokens]
        self.lex = lex
        self._earlier = earlier
        self.cover: list[NameMention | None] = [None] * len(tokens)
        self._role_flags: list[int | None] = [None] * len(tokens)
        # each token starting inside a name is covered by it; the names come in text order,
        # and where two overlap the earlier one wins (so it is written last)
        for nm in reversed(names):
            first = bisect.bisect_left(self._starts, nm.start)
            last = bisect.bisect_left(self._starts, nm.end, first)
            self.cover[first:last] = [nm] * (last - first)

    def earlier_names(self, pos: int) -> list[NameMention]:
        """Named mentions of the document before ``pos`` (nearest last), when known."""
        return self._earlier(pos) if self._earlier is not None else []

    def _skippable(self, tok: Token) -> bool:
        lex = self.lex
        return tok.word and (
            tok.low in lex.auxiliaries
            or tok.low in lex.skip_words
            or (  # "ha parlato brevemente Chiara Donati"
                bool(lex.adverb_suffixes)
                and not tok.cap
                and len(tok.low) > 7
                and tok.low.endswith(lex.adverb_suffixes)
            )
        )

    def _name_at(self, i: int, lo: int) -> Mention | None:
        nm = self.cover[i]
        if nm is None:
            return None
        # the first token of the mention must not follow an object preposition ("told to Smith")
        first = i
        while first > 0 and self.cover[first - 1] is nm:
            first -= 1
        if first > lo and self.tokens[first - 1].low in self.lex.object_prepositions:
            return None
        if nm.weak and first > lo:
            prev = self.tokens[first - 1]
            if prev.word and self.lex.opens_no_name(prev.low):
                return None  # a lone German noun after an article or adjective is not a name
        return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)

    def _group_at(self, i: int) -> Mention | None:
        if self.tokens[i].low not in self.lex.group_words:
            return self._group_with_role(i)
        for phrase in self.lex.group_mentions:
            n = len(phrase)
            for s in range(max(0, i - n + 1), i + 1):
                if s + n <= len(self.tokens) and all(
                    self.tokens[s + k].low == phrase[k] for k in range(n)
                ):
                    first, last = self.tokens[s], self.tokens[s + n - 1]
                    return Mention(GROUP, first.start, last.end, " ".join(phrase))
        return None

    def _group_with_role(self, i: int) -> Mention | None:
        """``the two ministers``, ``die beiden Forscherinnen``: a group phrase and one role
        noun at token ``i`` name the pair as well."""
        toks, lex = self.tokens, self.lex
        if i == 0 or toks[i - 1].low not in lex.group_words or not lex.is_role(toks[i].low):
            return None
        group = self._group_at(i - 1)
        if group is None or group.end != toks[i - 1].end:
            return None
        return Mention(GROUP, group.start, toks[i].end, f"{group.text} {toks[i].text}")

    def _blocks(self, tok: Token) -> bool:
        lex = self.lex
        return (
            not tok.word
            or tok.low in lex.clause_words
            or (tok.low in lex.speech_verbs and not (lex.capitalised_nouns and tok.cap))
        )

    def _role_phrase(self, r: int, lo: int, hi: int) -> Mention:
        """The role phrase around role token ``r``; an apposed name right after it wins."""
        lex, toks = self.lex, self.tokens
        s = r
        while (
            s - 1 >= lo
            and r - s < 3
            and not self._blocks(toks[s - 1])
            and toks[s - 1].low not in lex.determiners
            and toks[s - 1].low not in lex.object_prepositions
            and toks[s - 1].low not in lex.source_heads
        ):
            s -= 1
        e = r + 1
        while e < hi and (
            toks[e].low in lex.titles
            or (
                toks[e].text == "."
                and toks[e - 1].low in lex.titles
                and e + 1 < hi
                and toks[e + 1].cap
                and toks[e + 1].low not in lex.determiners  # ("sagte der Papst. Der …")
                and toks[e + 1].low not in lex.non_names
            )
        ):
            e += 1  # "die Biochemikerin Dr. Anna Keller" (not "a dit le ministre.")
        while e < hi and e - r <= 2 and toks[e].word and lex.is_role(toks[e].low):
            if self._blocks(toks[e]) or self.cover[e] is not None:
                break
            e += 1  # "die Vorsitzende Richterin Henrike Vollmer"
        while (
            e < hi
            and e - r <= 3
            and not lex.capitalised_nouns  # "eine starke Regierung notwendig": a German
            and toks[e].word  # role word ends its phrase
            and not self._blocks(toks[e])
            and not toks[e].cap
            and toks[e].low not in lex.skip_words
            and toks[e].low not in lex.determiners
            and toks[e].low not in lex.object_prepositions
            and (not lex.is_role(toks[e].low) or toks[e - 1].low == toks[r].low)
        ):  # "chief meteorologist Andrew Kellaway": a second role word goes on the phrase
            e += 1
        if e < hi and self.cover[e] is not None:
            nm = self.cover[e]
            assert nm is not None
            person = self._person_whose_role_holds(nm, hi)
            if person is not None:  # "le directeur France de la plateforme, Sven Halvorsen"
                return person
            if not nm.weak or not lex.capitalised_nouns or nm.start == toks[e].start:
                return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
        body_noun = lex.capitalised_nouns and (
            lex.names_organisation(toks[r].low) or toks[r].low in lex.company_nouns
        )  # (German only: in Spanish news, "La empresa, Grupo X, aseguró a través de su
        # vocero, Y" goes on with Y's words)
        apposed = self._apposed_name(e, hi, bodies=body_noun)  # ("Der Betreiber des Hofs,
        if apposed is not None:  # die Grünfeld Agrar GmbH, wies … zurück": a body's name)
            return apposed
        named = self._name_after_complement(e, hi)
        if named is not None:  # "l'association d'usagers Tram'Avenir"
            person = self._person_whose_role_holds(named, hi)
            if person is not None:  # "la cheffe de groupe PS, Nathalie Lambotte-Ruiz"
                return person
            return Mention(NAME, toks[s].start, named.end, named.entity.name, name=named)
        words = [t.low for t in toks[s:e] if t.low not in lex.determiners]
        body = self._spokesperson_body(r)
        if body is not None:  # "la portavoce della Commissione europea per gli Affari
            # marittimi, Ingrid Vanhoutte,": the spokeswoman named after the body speaks
            apposed = self._apposed_name(self._token_index(body.end), hi)
            if apposed is not None:
                return apposed
            definite = toks[s].low in lex.definite_determiners or (
                s > 0 and toks[s - 1].low in lex.definite_determiners
            )
            earlier = self._named_spokesperson_of(body, r) if definite else None
            return earlier or body  # "… sagte die Bahnsprecherin": the one named before
        if toks[r].low in lex.spokesperson_nouns:
            org = self._complement(e, hi)
            if org is not None:
                org_end = self._past_slash_joined(self._token_index(org.end), hi)
                apposed = self._apposed_name(org_end, hi, bodies=True)
                more = self._complement(org_end, hi) if not apposed else None
                if more is not None:  # "la portavoce della Commissione europea per gli
                    # Affari marittimi, Ingrid Vanhoutte,": past the second complement
                    apposed = self._apposed_name(self._token_index(more.end), hi)
                if apposed is not None:  # "der Sprecher der Fraktion der SPD, Dieter X,"
                    return apposed
                if org.name is not None:
                    return Mention(NAME, toks[s].start, org.end, org.text, name=org.name)
                return Mention(ORG, toks[s].start, org.end, org.text, key=org.key)
        text = join_tokens(toks[s:e])
        definite = (s > 0 and toks[s - 1].low in lex.definite_determiners) or toks[
            s
        ].low in lex.definite_determiners
        return Mention(
            ROLE, toks[s].start, toks[e - 1].end, text, key=" ".join(words), definite=definite
        )

    def _past_slash_joined(self, k: int, hi: int) -> int:
        """Past names joined to the one ending before token ``k`` by a slash, with no space
        (``der CDU/CSU-Fraktion``), else ``k``."""
        while k + 1 < hi and slash_joined(self.tokens, k):
            k += 2
        return k

    def _named_spokesperson_of(self, body: Mention, r: int) -> Mention | None:
        """German ``die Bahnsprecherin`` (token ``r``) after ``Eine Sprecherin der Deutschen
        Bahn, Leonie X``: the person last named with a spokesperson's role of that body."""
        if body.name is None:
            return None
        last = body.name.entity.tokens[-1].casefold()
        for nm in reversed(self.earlier_names(self.tokens[r].start)):
            role = nm.role.split()
            if (
                nm.entity.person
                and not nm.weak
                and last in role
                and any(w in self.lex.spokesperson_nouns for w in role)
            ):
                tok = self.tokens[r]
                return Mention(NAME, tok.start, tok.end, nm.entity.name, name=nm)
        return None

    def _spokesperson_body(self, r: int) -> Mention | None:
        """The organisation an unnamed spokesperson speaks for, named before the noun
        (``a Velantis spokesperson``) or inside a German compound (``ein Bahnsprecher`` ->
        ``Deutsche Bahn``)."""
        lex, toks = self.lex, self.tokens
        low = toks[r].low
        if low in lex.spokesperson_nouns:
            nm = self.cover[r - 1] if r > 0 else None
            if nm is not None and not nm.entity.person and nm.end == toks[r - 1].end:
                return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
            return None
        if not lex.capitalised_nouns:
            return None
        for noun in lex.spokesperson_nouns:
            if low.endswith(noun) and len(low) > len(noun) + 2:
                prefix = low[: -len(noun)].rstrip("-")
                stems = {prefix, prefix[:-1]} if prefix.endswith("s") else {prefix}
                for nm in reversed(self.earlier_names(toks[r].start)):
                    names = [t.casefold() for t in nm.entity.tokens]
                    if (
                        not nm.weak
                        and not nm.entity.person
                        and any(
                            n in stems or any(n.startswith(st) for st in stems if len(st) > 3)
                            for n in names
                        )
                    ):
                        return Mention(NAME, toks[r].start, toks[r].end, nm.entity.name, name=nm)
        return None

    def _complement(self, e: int, hi: int) -> Mention | None:
        """The organisation after ``of``/``der``/``di``: ``ein Sprecher der Feuerwehr``."""
        lex, toks = self.lex, self.tokens
        if e >= hi or (
            toks[e].low not in lex.object_prepositions and toks[e].low not in lex.determiners
        ):
            return None
        if toks[e].low in lex.place_prepositions and toks[e].low not in lex.possessor_links:
            return None  # "fonti diplomatiche a margine dell'incontro": where, not whose
        if (
            lex.capitalised_nouns
            and toks[e].low in lex.object_prepositions
            and toks[e].low not in lex.possessor_links
            and toks[e].low not in lex.organisation_connectors
        ):
            return None  # "ein Sprecher am Mittwochmorgen": when, not whose
        j = e + 1
        while j < hi and toks[j].word and toks[j].low in lex.determiners:
            j += 1
        if j >= hi or not toks[j].word:
            return None
        nm = self.cover[j]
        if nm is not None and not (nm.weak and lex.names_organisation(toks[j].low)):
            return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
        k = j  # "der Organisation", "der Behörde": an anaphor, resolved to the body it names
        while (
            k < hi
            and k - j < 3
            and toks[k].word
            and toks[k].low not in lex.object_prepositions
            and not self._blocks(toks[k])
            and toks[k].low not in lex.determiners
        ):
            k += 1
        if k == j:
            return None
        text = join_tokens(toks[j:k])
        return Mention(ROLE, toks[j].start, toks[k - 1].end, text, key=text.casefold())

    def _apposed_name(self, e: int, hi: int, bodies: bool = False) -> Mention | None:
        """``el ministro de Agricultura, Luis Prieto``: a name after the complement and a comma
        (``la maire (divers gauche), Hélène Marchetti``; ``…, la glaciologa Federica Moser``);
        with ``bodies``, an organisation's too (``a spokeswoman for her publisher, X``). The
        complement may be long: ``der Leiter der Abteilung … im Regionalbüro der
        Weltgesundheitsorganisation (WHO) für Europa, der Portugiese X``."""
        toks, lex = self.tokens, self.lex
        j = e
        limit = min(hi, e + 16)
        while j < limit:
            if toks[j].text == "(":
                close = self._bracket_end(j, hi)
                if close < 0:
                    return None
                limit = min(hi, limit + close - j)
                j = close + 1
                continue
            if toks[j].text == "," and self._list_after(j, hi) > j:
                j = self._list_after(j, hi)  # "für Berlin, Brandenburg und Sachsen, Ralf X"
                limit = min(hi, j + 9)
            if toks[j].text == ",":
                k = j + 1
                determiner = k < hi and toks[k].low in lex.determiners
                while (
                    k < hi
                    and k - j <= (5 if determiner else 3)  # ("…, der frühere botswanische
                    # Außenminister Thabo X,": an article, adjectives and the role)
                    and (self.cover[k] is None or self._genitive_before_role(k, hi))
                    and toks[k].word
                    and toks[k].low not in lex.object_prepositions  # "il pm, quello degli X"
                    and (
                        toks[k].low in lex.determiners
                        or toks[k].low in lex.titles  # "il parroco, don Evaristo Mancinelli"
                        or lex.is_role(toks[k].low)
                        or (determiner and not toks[k].cap and not self._blocks(toks[k]))
                        or (determiner and self._place_adjective_before_role(k, hi))
                        or (determiner and self._noun_before_person(k, hi))
                        or self._genitive_before_role(k, hi)  # "Bremens Innensenator X"
                    )
                ):
                    k += 1  # "la glaciologa Federica Moser"
                if k < hi and self.cover[k] is not None:
                    nm = self.cover[k]
                    assert nm is not None
                    closed = self._apposition_closed(nm.end, hi)  # (a body's: no subject
                    body = bodies and closed  # "for the board, St Aldhelm's has been")
                    if self._verb_after(nm.end, hi):
                        return None  # "sagte die Titelverteidigerin, Harkensee sei …": the
                        # name opens the reported clause, no apposition
                    if not nm.weak and (body or not nm.entity.org) and nm.start == toks[k].start:
                        return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
                return None
            if toks[j].low in lex.conjunctions and j + 1 < hi and lex.is_role(toks[j + 1].low):
                j += 2  # "son cofondateur et PDG, Thomas Ricaud": a second role
                continue
            if (
                toks[j].low in lex.conjunctions
                and j > e
                and j + 1 < limit
                and toks[j + 1].word
                and not self._blocks(toks[j + 1])
            ):  # "die Landesbeauftragte für Datenschutz und Informationsfreiheit, X,"
                j += 2
                continue
            if toks[j].text in _QUOTE_MARKS and j > e:
                j += 1  # "die Chefredakteurin des „Weserblick“, Henrike Osterloh-Brandt"
                continue
            if toks[j].text == "." and j > e and toks[j - 1].low in lex.saint_words:
                j += 1  # "der Bürgermeister von St. Leonhard im Pitztal, X"
                continue
            if (
                toks[j].text == "."
                and j > e
                and lex.ordinal_period
                and toks[j - 1].text.isdigit()
                and toks[j - 1].end == toks[j].start
            ):
                j += 1  # "die Vorsitzende Richterin der 2. Großen Strafkammer, X": an ordinal
                continue
            if not toks[j].word or self._blocks(toks[j]):
                return None
            nm = self.cover[j]
            if nm is not None:  # a name in the complement counts as one word
                k = j
                while k + 1 < hi and self.cover[k + 1] is nm:
                    k += 1
                limit = min(hi, limit + k - j)
                j = k
            j += 1
        return None

    def _place_adjective_before_role(self, k: int, hi: int) -> bool:
        """German: a capitalised place adjective in ``-er`` right before a role noun (``die
        Mannheimer Volkswirtin X``): part of the apposition, no name."""
        return self._capitalised_before_role(k, hi, "er")

    def _genitive_before_role(self, k: int, hi: int) -> bool:
        """German: a capitalised genitive in ``-s`` right before a role noun (``Bremens
        Innensenator``, ``Frankreichs Präsident``): whose role it is, no name."""
        return self._capitalised_before_role(k, hi, "s")

    def _capitalised_before_role(self, k: int, hi: int, ending: str) -> bool:
        """German: token ``k`` is a capitalised word in ``ending``, no role itself, right
        before a role noun."""
        toks, lex = self.tokens, self.lex
        return (
            lex.capitalised_nouns
            and toks[k].cap
            and toks[k].low.endswith(ending)
            and k + 1 < hi
            and lex.is_role(toks[k + 1].low)
            and not lex.is_role(toks[k].low)
        )

    def _noun_before_person(self, k: int, hi: int) -> bool:
        """German: one capitalised noun right before a person's name in an apposition (``die
        Cellistin Ulrike X``, ``die Kenianerin X``): what the person is, no name."""
        toks, lex = self.tokens, self.lex
        if not (lex.capitalised_nouns and toks[k].cap and k + 1 < hi):
            return False
        nm = self.cover[k + 1]
        return nm is not None and not nm.weak and nm.entity.person and nm.start == toks[k + 1].start

    def _person_whose_role_holds(self, nm: NameMention, hi: int) -> Mention | None:
        """The person apposed after the name ``nm`` when ``nm`` is part of that person's role
        (``la cheffe de groupe PS, Nathalie Lambotte-Ruiz``, ``le délégué syndical SUD-Rail
        de Bourgogne-Franche-Comté, Karim Haddad-Rousseau``), else None."""
        k = self._token_index(nm.end)
        person = self._apposed_name(k, hi)
        if person is None or person.name is None or not person.name.entity.person:
            return None
        name = " ".join(nm.entity.name.casefold().split())
        if f" {name} " in f" {person.name.role} ":
            return person
        return None

    def _verb_after(self, end: int, hi: int) -> bool:
        """German: a finite auxiliary or a subjunctive of reported speech follows the name
        ending at ``end`` (``Harkensee sei``, ``X habe``)."""
        if not self.lex.capitalised_nouns:
            return False
        k = self._token_index(end)
        low = self.tokens[k].low if k < hi and self.tokens[k].word else ""
        return low in self.lex.reported_speech_markers or low in self.lex.finite_auxiliaries

    def _list_after(self, comma: int, hi: int) -> int:
        """German: the comma closing a list of capitalised words that the comma at ``comma``
        opens, its last item after ``und`` (``für Berlin, Brandenburg und Sachsen,``), else
        ``comma``."""
        toks, lex = self.tokens, self.lex
        if not lex.capitalised_nouns:
            return comma
        m = comma + 1
        while m + 3 < hi and toks[m].word and toks[m].cap and m - comma <= 8:
            nm = self.cover[m]
            if nm is not None and nm.entity.person:
                return comma
            if toks[m + 1].low in lex.and_words:
                last = m + 2
                if toks[last].word and toks[last].cap and toks[last + 1].text == ",":
                    return last + 1
                return comma
            if toks[m + 1].text != ",":
                return comma
            m += 2
        return comma

    def _apposition_closed(self, end: int, hi: int) -> bool:
        """Punctuation or the window's end follows the name ending at ``end``."""
        k = self._token_index(end)
        return k >= hi or not self.tokens[k].word

    def _name_after_complement(self, e: int, hi: int) -> NameMention | None:
        """A name right after a short complement of a role: ``d'usagers Tram'Avenir``,
        ``all'Economia Federico Alessi`` (not ``de la Agencia …``: a determiner opens a body)."""
        toks, lex = self.tokens, self.lex
        if e + 2 >= hi or toks[e].low not in lex.object_prepositions:
            return None
        if toks[e + 1].low in lex.determiners:
            return None
        k = e + 1  # one word of complement ("ai microfoni di Sky" names a medium)
        if not toks[k].word or self._blocks(toks[k]) or toks[k].low in lex.object_prepositions:
            return None
        body = self.cover[k]
        if body is not None and body.start == toks[k].start and not body.entity.person:
            j = k  # "l'assessore regionale alla Protezione civile Giacomo Parodi": a body's
            while j < hi and self.cover[j] is body:  # name, then the person's
                j += 1
            nm = self.cover[j] if j < hi else None
            if nm is not None and not nm.weak and nm.entity.person and nm.start == toks[j].start:
                return nm
        nm = self.cover[k + 1]
        if nm is None or nm.weak or nm.start != toks[k + 1].start or self.cover[k] is nm:
            return None
        if toks[k].cap and not nm.entity.person:
            return None  # "für Soziales Berlin": a capitalised complement and a place
        if self.lex.is_title_noun(toks[k + 1].low):
            return None  # "sagte der Minister im flämischen Fernsehsender VRT": the medium
        return nm

    def _bracket_end(self, j: int, hi: int) -> int:
        """Index of the ``)`` closing the bracket opened at ``j`` (-1 beyond a few words)."""
        for k in range(j + 1, min(hi, j + 8)):
            if self.tokens[k].text == ")":
                return k
        return -1

    def _role_back(self, i: int, lo: int) -> int:
        """The role word at ``i`` or among the four tokens before it (not before ``lo``),
        unless a blocking word or, before ``i``, an object preposition comes first; else -1."""
        for k in range(i, max(lo - 1, i - 5), -1):
            flags = self._role_flags[k]
            if flags is None:
                flags = self._role_flags[k] = self._classify(self.tokens[k])
            if flags & _BLOCKS or (flags & _PREPOSITION and k != i):
                return -1
            if flags & _ROLE:
                return k
        return -1

    def _classify(self, tok: Token) -> int:
        """The flags ``_role_back`` reads of a token (each token is classified once per
        window: the subject search walks back over the same tokens from every position)."""
        lex = self.lex
        return (
            (_BLOCKS if self._blocks(tok) else 0)
            | (_PREPOSITION if tok.low in lex.object_prepositions else 0)
            | (_ROLE if lex.is_role(tok.low) else 0)
        )

    def _object_clitic(self, i: int) -> bool:
        """French ``nous a confirmé``: a pronoun of ``object_clitics`` before a verb whose
        ending is none of its subject endings (``nous avons``) is the verb's object."""
        endings = self.lex.object_clitics.get(self.tokens[i].low)
        if endings is None or i + 1 >= len(self.tokens) or not self.tokens[i + 1].word:
            return False
        return not self.tokens[i + 1].low.endswith(tuple(endings))

    def _at(self, i: int, lo: int, hi: int, toward_left: bool) -> Mention | None:
        tok = self.tokens[i]
        lex = self.lex
        if not tok.word:
            return None
        if tok.low in lex.pronouns:
            if self._object_clitic(i):
                return None  # "L'Association …, qui délivre ce label, nous a confirmé"
            return Mention(PRONOUN, tok.start, tok.end, tok.text)
        if indefinite_pronoun_at(self.tokens, i, lex):  # "alguien gritó", "einige riefen"
            return Mention(ROLE, tok.start, tok.end, tok.text, key=tok.low)
        group = (
            self._group_at(i)
            if tok.low in lex.group_words or (i and self.tokens[i - 1].low in lex.group_words)
            else None
        )  # (a group phrase, or one with a role noun: "the two ministers")
        if group is not None:
            return group
        nm = self.cover[i]
        if nm is not None and (
            not lex.is_role(tok.low)
            or (nm.entity.org and not nm.weak)
            or (nm.entity.person and not nm.weak and nm.start < tok.start)  # "Klaus Richter"
        ):
            last = i
            while last + 1 < hi and self.cover[last + 1] is nm:
                last += 1
            nxt = last + 1
            owner = nxt < hi and self._possessive_s(nxt)  # "said Lantern’s founder, X"
            nxt += owner
            if nxt < hi and lex.is_role(self.tokens[nxt].low) and (owner or not nm.entity.person):
                return self._role_phrase(nxt, nxt if owner else lo, hi)  # "the North Korean
                # leader"
            found = self._name_at(i, lo)
            if found is not None:
                return found
        r = i if lex.is_role(tok.low) else (self._role_back(i, lo) if toward_left else -1)
        if r < 0 and not toward_left:
            for k in range(i, min(hi, i + 3)):
                t = self.tokens[k]
                if self._blocks(t) or t.low in lex.object_prepositions or t.low in lex.source_heads:
                    break  # "ha detto secondo alcuni testimoni": a source, not the subject
                if lex.is_role(t.low):
                    r = k
                    break
        if r >= 0:
            return self._role_phrase(r, lo, hi)
        return None

    def _possessive_s(self, i: int) -> bool:
        """Token ``i`` is the ``s`` of a possessive glued by an apostrophe to the word
        before it (``Lantern’s``: the tokeniser drops the apostrophe)."""
        tok = self.tokens[i]
        return i > 0 and tok.text == "s" and tok.start == self.tokens[i - 1].end + 1

    # -- subject search ---------------------------------------------------------
    def _token_index(self, pos: int) -> int:
        """The index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self._starts, pos)

    def _valid_subject(self, m: Mention, lo: int) -> bool:
        """False after a preposition or as a genitive (``mit der BBC``, ``der Gewerkschaft``)."""
        lex, toks = self.lex, self.tokens
        i = self._token_index(m.start)
        k = self._token_index(m.end)
        if (
            i > 0
            and k < len(toks)
            and toks[i - 1].text in _OPENING_MARKS
            and not toks[k].word
            and toks[k].text in _CLOSING_MARKS
            and not (i > 1 and toks[i - 2].word and lex.is_title_noun(toks[i - 2].text))
            and not self._speaking_in_marks(i, k)
        ):  # « Hermine », „Nordlicht“: a name in marks is mentioned, not speaking (but
            # "die Wochenzeitschrift „Jungle World“ kritisiert" names a medium that speaks)
            return False
        if i - 2 >= lo and toks[i - 1].text in _OPENING_MARKS and toks[i - 2].word:
            i -= 1  # "von der Umweltorganisation „Grüne Allianz“": the phrase before the marks
        had_det = False
        while (
            i - 1 >= lo
            and toks[i - 1].word
            and toks[i - 1].low in lex.determiners
            and toks[i - 1].low not in lex.object_prepositions  # "del pubblico ministero X"
        ):
            i -= 1
            had_det = True
        if i - 1 < lo:
            return True
        prev = toks[i - 1]
        if prev.low in lex.object_prepositions or prev.low in lex.source_heads:
            return False
        if not lex.capitalised_nouns and lex.is_role(prev.low):
            k = i - 1  # "dopo l'intervento del sindaco Paolo Rinaldi": a role's object
            while k >= lo and i - k <= 3 and toks[k].word and lex.is_role(toks[k].low):
                k -= 1
            if k >= lo and toks[k].low in lex.object_prepositions:
                return False
        if lex.capitalised_nouns:  # "mit seinen Kollegen Edwin Aldrin": inside a phrase
            k = i - 1
            while (
                k >= lo
                and i - k <= 4
                and toks[k].word
                and (
                    toks[k].cap
                    or toks[k].low in lex.determiners
                    or (  # "von der rechtsgerichteten Partei X": an adjective after the article
                        k - 1 >= lo
                        and toks[k].low.endswith(lex.adjective_endings)
                        and toks[k - 1].low in lex.determiners
                    )
                )
            ):
                k -= 1
            if k >= lo and k < i - 1 and (
                toks[k].low in lex.object_prepositions or toks[k].low in lex.source_heads
            ):  # ("laut der Nachrichtenagentur VNA": the source, no subject)
                return False
        if (
            had_det
            and lex.capitalised_nouns
            and prev.text in _CLOSING_MARKS
            and i - 2 > lo
            and toks[i - 2].word
            and toks[i].low in lex.genitive_determiners
        ):
            return False  # "im „Sportstudio“ des ZDF": the genitive of a title in marks
        # German genitive attribute: "die Aussage der Gewerkschaft"
        return not (had_det and prev.word and prev.cap and lex.capitalised_nouns and i - 1 > lo)

    def _mention_ending_at(self, j: int, lo: int, hi: int) -> tuple[Mention | None, int]:
        m = self._at(j, lo, hi, True)
        if m is None:
            return None, j - 1
        first = self._token_index(m.start)
        return m, min(first, j) - 1

    def nearest_left(self, end: int, lo: int, first: bool = False) -> Mention | None:
        """The nearest (or, with ``first``, the first) valid subject in tokens ``[lo, end)``."""
        toks = self.tokens
        start = lo
        for k in range(end - 1, lo - 1, -1):
            if toks[k].text in (";", ":") or (
                toks[k].low in self.lex.complementizers
                # after a comma it opens a relative clause ("Il pm X, che aveva chiesto …,
                # ha parlato") or a reported one ("X sagte, dass …"): the subject is before
                and not (k > lo and toks[k - 1].text == ",")
            ):
                start = k + 1
                break
        found: list[Mention] = []
        j = end - 1
        while j >= start:
            if not toks[j].word:
                j -= 1
                continue
            last_token = j
            m, j = self._mention_ending_at(j, start, end)
            if (
                m is not None
                and m.kind == NAME
                and m.name is not None
                and m.name.weak
                and (first or not self._next_to(last_token, end))
            ):
                continue  # a lone capitalised word counts only right next to the cue
            if m is not None and self._parenthesised(m, start, end):
                continue  # "Otto Brenner (SPD)": the party, not the subject
            if m is not None and m.kind != IMPLICIT and self._valid_subject(m, start):
                if not first:
                    return m
                found.append(m)
        return found[-1] if found else None

    def _speaking_in_marks(self, i: int, k: int) -> bool:
        """``Der „Tagesspiegel“ lobte``: a name in marks (tokens ``i``-``k``) after a
        subject's determiner and right before a speech verb is the subject."""
        lex, toks = self.lex, self.tokens
        return (
            i > 1
            and lex.opens_subject(toks[i - 2].low)
            and k + 1 < len(toks)
            and toks[k + 1].low in lex.speech_verbs
        )

    def _next_to(self, last: int, end: int) -> bool:
        """Token ``last`` ends right before ``end``, or only an age stands between
        (``Smith, 54, called``)."""
        between = [t.text for t in self.tokens[last + 1 : end]]
        if len(between) == 1 and between[0] in _CLOSING_MARKS:
            return True  # "Der „Tagesspiegel“ lobte": a name in marks right before the cue
        return not between or (
            2 <= len(between) <= 3
            and between[0] == ","
            and between[1].isdigit()
            and between[2:] in ([], [","])
        )

    def _parenthesised(self, m: Mention, lo: int, hi: int) -> bool:
        """True for a mention alone in brackets right after a word: ``Otto Brenner (SPD)``."""
        toks = self.tokens
        i = self._token_index(m.start)
        k = self._token_index(m.end)
        return (
            lo + 1 <= i - 1
            and k < hi
            and toks[i - 1].text == "("
            and toks[k].text == ")"
            and toks[i - 2].word
        )

    def left(self, cue: Cue, lo: int) -> Mention | None:
        """The subject before a verb cue: the nearest valid mention (the first after ``und``)."""
        j = cue.first - 1
        while j >= lo and self._skippable(self.tokens[j]):
            j -= 1
        if j < lo:
            return None
        relative = self._relative_antecedent(cue.first - 1, lo)
        if relative is not None:
            return relative
        before_clause = self._before_relative_clause(j, lo)
        relative_noun = before_clause != j and self._bare_noun_at(before_clause, lo)
        j = before_clause
        after_conjunction = self.tokens[j].low in self.lex.conjunctions
        found = None
        aux = self._auxiliary_before(j, lo)
        if aux is not None and not after_conjunction:
            found = self.nearest_left(aux, lo)
            if found is not None and self._token_index(found.end) < aux - 1:
                found = None  # only the mention right before the auxiliary is its subject
            if found is None and self.lex.verb_second and not any(
                t.word for t in self.tokens[lo:aux]
            ):  # "„…“, hatte der 61-Jährige zuvor der „Bild“-Zeitung gesagt": the auxiliary
                # opens the clause, so its subject follows it (not the one told)
                found = self.nearest_left(j, aux + 1, first=True)
                if found is None and self.tokens[aux + 1].low in self.lex.determiners:
                    found = self._noun_phrase(aux + 1, j, clause_final=False)
        if found is None:
            found = self.nearest_left(j + 1, lo, first=after_conjunction)
        if (
            after_conjunction
            and self.lex.verb_second
            and (
                found is None
                or self.tokens[lo].low in self.lex.object_prepositions
                or self.tokens[lo].low in self.lex.subordinators
            )
        ):
            found = self._inverted_subject(lo, j) or found
        if found is None and relative_noun:  # "Hunderte Streikende, die … gezogen waren,
            tok = self.tokens[j]  # skandierten": the noun the relative clause hangs on
            return Mention(ROLE, tok.start, tok.end, tok.text, key=tok.low)
        if found is None and not after_conjunction:
            found = self._clause_initial_phrase(j + 1, lo)
        if found is not None and self.lex.capitalised_nouns:
            antecedent = self._name_before_relative_clause(found, j)
            if antecedent is not None:  # "wurde er vom Vizepräsidenten X empfangen, der
                return antecedent  # laut VNA sagte": X, though a preposition stands before
        if found is not None and (
            found.kind in (ROLE, ORG, PRONOUN)
            or (  # "X, Präsidentin der Sektion Zentralschweiz, sprach": a name inside the
                found.kind == NAME  # apposition's complement is no subject
                and found.start > self.tokens[lo].start
            )
        ):
            bodies = found.kind == PRONOUN or (  # "The Highland Cats Conservancy, a
                found.kind == NAME  # Seattle-based nonprofit, said": a body opens the clause
                and found.name is not None
                and not found.name.entity.person  # ("Arni Finnsson, ein Vertreter der
                # Organisation „Iceland Nature Conservation Association“, kommentierte")
            )
            opening = self._name_before_apposition(lo, j, bodies=bodies)
            if opening is not None:  # "X, Präsident der … und Vorsitzender der …, lobte"
                return opening  # "Anna Schmidt, Sprecherin des Ministeriums, erklärte";
                # "The Department of Corrections, asked whether it would …, said"
        if found is not None and found.kind == ROLE:
            # "La FNSEA, principal syndicat agricole, juge": the name before the apposition
            k = self._token_index(found.start)
            while (
                k - 1 >= lo
                and self.tokens[k - 1].word
                and self.tokens[k - 1].low in self.lex.determiners
            ):
                k -= 1
            if k - 2 >= lo and self.tokens[k - 1].text == "," and self.cover[k - 2] is not None:
                nm = self.cover[k - 2]
                assert nm is not None
                if (
                    not nm.weak
                    and not self._deep_in_source_phrase(nm.start, lo)
                    and not self._object_of_preposition(self._token_index(nm.start), lo)
                ):  # (not "prima di partire per l'Italia, il tecnico")
                    return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
        return found

    def _name_before_relative_clause(self, found: Mention, j: int) -> Mention | None:
        """German: when a relative clause (a comma, a relative pronoun and no noun after it)
        opens between ``found`` and token ``j``, the last name before its comma that no
        subject test passed, a person's or one of several words (the clause's antecedent)."""
        toks, lex = self.tokens, self.lex
        k = self._token_index(found.end)
        for r in range(j, k, -1):
            if toks[r].text in ".;:!?":
                return None
            if not (
                relative_after_comma(toks, r, lex)
                and r + 1 < len(toks)
                and toks[r + 1].word
                and not toks[r + 1].cap
            ):
                continue
            for n in range(r - 2, k - 1, -1):
                named = self.person_named_at(n)
                if named is not None:
                    return named
            return None
        return None

    def person_named_at(self, n: int) -> Mention | None:
        """The name ending at token ``n`` when it may be a person's: a person's by its given
        name, or a name of several words that is no organisation's (``Trần Minh Đức``)."""
        nm = self.cover[n]
        if (
            nm is None
            or nm.weak
            or nm.end != self.tokens[n].end
            or not (nm.entity.person or (not nm.entity.org and len(nm.entity.tokens) >= 2))
        ):
            return None
        return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)

    def _object_of_preposition(self, k: int, lo: int) -> bool:
        """Token ``k`` follows a preposition (past its article: ``per l'Italia``), though not
        one opening a source (``Pour Sophie Vénétitay, …``)."""
        lex, toks = self.lex, self.tokens
        j = k - 1
        if j > lo and toks[j].low in lex.determiners:
            j -= 1
        if j < lo:
            return False
        if toks[j].low in lex.initial_source_prepositions and (j == lo or not toks[j - 1].word):
            return False  # (a source opening the clause)
        return toks[j].low in lex.object_prepositions or toks[j].low.rstrip("'’") in (
            lex.object_prepositions
        )

    def _inverted_subject(self, lo: int, j: int) -> Mention | None:
        """``Als …, biss der Randalierer den Fluggast und rief``, ``Nach dem Flug mit X
        lenkte er …``: in a verb-second clause, the pronoun or determiner phrase right after
        the first finite verb (a lower-case word that is no function word followed by one)
        is the subject."""
        lex, toks = self.lex, self.tokens
        opened = lo
        if toks[lo].low in lex.subordinators:  # past the subordinate clause and its comma
            while opened < j and toks[opened].text != ",":
                opened += 1
        function_words = lex.function_words
        for k in range(opened + 1, j - 1):
            tok, nxt = toks[k], toks[k + 1]
            if tok.text == ",":
                return None  # (only the first clause)
            if not tok.word or tok.cap or tok.low in function_words:
                continue
            if nxt.low in lex.pronouns and nxt.low not in lex.expletives:
                return Mention(PRONOUN, nxt.start, nxt.end, nxt.text)
            if (
                nxt.low in lex.determiners
                and nxt.low not in lex.oblique_determiners
                and nxt.low not in lex.genitive_determiners
            ):
                found = self.nearest_left(j, k + 1, first=True)
                if found is not None and not any(
                    not t.word or t.low in lex.object_prepositions or t.low in lex.determiners
                    for t in toks[k + 2 : self._token_index(found.start)]
                ):  # "befand der israelische Premierminister Benjamin Netanyahu"
                    return found
                return self._noun_phrase(k + 1, j, clause_final=False)
        return None

    def _deep_in_source_phrase(self, pos: int, lo: int) -> bool:
        """A source phrase opens the clause before ``pos`` and more than a determiner stands
        between it and ``pos``: a name there is the medium (``Secondo quanto riportato
        dall'agenzia Ata, il ministro``), unlike ``Pour Sophie Vénétitay, secrétaire``."""
        lex = self.lex
        words = [t.low for t in self.tokens[lo : self._token_index(pos)]]
        if not words or (
            words[0] not in lex.source_heads and words[0] not in lex.initial_source_prepositions
        ):
            return False  # (the phrase must open the clause: not "champion de Suisse X")
        rest = words[1:]  # (a comma closes the source phrase before the name)
        return "," not in rest and not all(v in lex.determiners for v in rest)

    def _name_before_apposition(self, lo: int, j: int, bodies: bool = False) -> Mention | None:
        """The name opening the clause (a person's, or with ``bodies`` any) when an
        apposition follows it up to the comma at ``j`` (``Kurt Brandt, Präsident der
        Universität …, lobte``)."""
        toks = self.tokens
        k = lo
        while k < j and toks[k].word and toks[k].low in self.lex.determiners:
            k += 1
        if bodies and k + 1 < j and toks[k].word and not toks[k].cap and toks[k + 1].cap:
            k += 1  # "The state Department of Corrections, …"
        if (
            k + 1 < j
            and self.cover[k] is None
            and toks[k].word
            and (self.lex.is_role(toks[k].low) or toks[k].low in self.lex.titles)
            and (nm := self.cover[k + 1]) is not None
            and nm.entity.person
        ):
            k += 1  # "Konferenzpräsidentin Luz Marina X, Umweltministerin Kolumbiens, sprach"
        nm = self.cover[k] if k < len(toks) else None
        if (nm is None or nm.weak) and k > lo:
            k = self._past_opening_role(k, j)  # "Die künftige Chefin, Sandrine Moullet, CEO
            nm = self.cover[k] if k < len(toks) else None  # der Regionalbank X, sagte"
            if nm is not None and not nm.entity.person:
                return None
        if nm is None or nm.weak or toks[j].text != ",":
            return None
        if not (nm.entity.person or (bodies and nm.start == toks[k].start)):
            return None
        if self._genitive_before_apposed_person(nm, k, j):
            return None  # "Der Außenminister Frankreichs, Jean Dupont, erklärte": Dupont
        return self._name_before_comma(nm, k, j)

    def _genitive_before_apposed_person(self, nm: NameMention, k: int, j: int) -> bool:
        """German: the name from token ``k`` is one word in ``-s`` (a country's or body's
        genitive after a role: ``Frankreichs``) and a person's full name follows its comma."""
        toks = self.tokens
        if not self.lex.capitalised_nouns or len(nm.entity.tokens) != 1 or nm.end != toks[k].end:
            return False
        if not toks[k].text.endswith("s") or k + 2 > j or toks[k + 1].text != ",":
            return False
        after = self.cover[k + 2]
        return after is not None and after.entity.person and len(after.entity.tokens) >= 2

    def _past_opening_role(self, k: int, j: int) -> int:
        """The token after the comma that closes a short role phrase opening the clause at
        ``k`` (``Die künftige Chefin,``), else ``k``; ``j`` bounds the search."""
        toks, lex = self.tokens, self.lex
        c = k
        while c < j and c - k < 6 and toks[c].word and toks[c].low not in lex.object_prepositions:
            c += 1
        if c < j and toks[c].text == "," and any(lex.is_role(t.low) for t in toks[k:c]):
            return c + 1
        return k

    def _name_before_comma(self, nm: NameMention, k: int, hi: int) -> Mention | None:
        """The mention of name ``nm`` (its tokens from ``k``) when a comma follows it
        before token ``hi``, else None."""
        while k < hi and self.cover[k] is nm:
            k += 1
        if k < hi and self.tokens[k].text == ",":
            return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
        return None

    def _relative_antecedent(self, j: int, lo: int) -> Mention | None:
        """``lanciato dall'Associazione X, che parla di «…»``: when token ``j`` is a
        complementizer opening a relative clause right after a comma, the name the clause
        hangs on speaks, though a preposition stands before it (which bars a subject)."""
        toks, lex = self.tokens, self.lex
        while j > lo and toks[j].low in lex.auxiliaries:
            j -= 1  # "…, che in una nota ha definito"
        opens = lex.complementizers if lex.capitalised_nouns else lex.clause_openers
        k = j  # "…, che in una nota parla di": a short adjunct may stand before the verb
        while k > lo and j - k < 4 and toks[k].low not in opens and (
            toks[k].word and not toks[k].cap and not self._blocks(toks[k])
        ):
            k -= 1
        if not (
            k - 2 >= lo and toks[k].low in opens and toks[k - 1].text == "," and toks[k - 2].word
        ):
            return None  # ("the GMB union, which described": a relative pronoun too)
        m, _ = self._mention_ending_at(k - 2, lo, k - 1)
        nm = self.cover[k - 2]
        if m is None and nm is not None and nm.end == toks[k - 2].end:
            # ("brought by Helen Marsh, who told …": the name after the preposition, which
            # the subject search itself passes over)
            m = Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
        if m is None or m.kind not in (NAME, ROLE, ORG) or (m.name is not None and m.name.weak):
            return None
        i = self._token_index(m.start)
        while i - 1 >= lo and (lex.is_role(toks[i - 1].low) or toks[i - 1].low in lex.titles):
            i -= 1  # "brought by Deputy Helen Le Maistre, who …": past the role
        while i - 1 >= lo and toks[i - 1].low in lex.determiners and (
            toks[i - 1].low not in lex.object_prepositions
        ):
            i -= 1  # "secondo la Capitaneria …"
        before = toks[i - 1].low if i - 1 >= lo else ""
        if before not in lex.object_prepositions and before not in lex.source_heads:
            return None  # (a valid subject is found the usual way)
        return self._person_whose_role_names(i, lo) or m

    def _person_whose_role_names(self, i: int, lo: int) -> Mention | None:
        """``Bertrand X, président du collectif Eau Secours, qui réclame``: the person named
        before the comma that opens the role whose complement ends before token ``i``."""
        toks, lex = self.tokens, self.lex
        k = i - 1
        role = False
        while k > lo and i - k <= 6 and toks[k].word and not toks[k].cap:
            role = role or lex.is_role(toks[k].low)
            k -= 1
        if not role or toks[k].text != "," or k - 1 < lo:
            return None
        nm = self.cover[k - 1]
        if nm is None or nm.weak or not nm.entity.person or nm.end != toks[k - 1].end:
            return None
        return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)

    def _bare_noun_at(self, j: int, lo: int) -> bool:
        """German: token ``j`` is a capitalised word no name (but a weak one) covers, after a
        capitalised word or none (``Hunderte Streikende``, ``Demonstranten``): a noun of
        people, as written."""
        tok, nm = self.tokens[j], self.cover[j]
        if not (self.lex.capitalised_nouns and tok.word and tok.cap) or (
            nm is not None and not nm.weak
        ):
            return False
        return j == lo or not self.tokens[j - 1].word or self.tokens[j - 1].cap or (
            is_number(self.tokens[j - 1].text)  # ("rund 2.000 Demonstranten")
        )

    def _before_relative_clause(self, j: int, lo: int) -> int:
        """``Miroslav Klose, der wegen Fouls Gelb-Rot sah, nannte``: when token ``j`` closes a
        relative clause, the last token before it (the subject it describes), else ``j``."""
        toks, lex = self.tokens, self.lex
        # ("…, che assistono Gualtieri, definiscono": a complementizer opens one elsewhere)
        opens = lex.relative_pronouns if lex.capitalised_nouns else lex.clause_openers
        if toks[j].text != "," or not opens:
            return j
        k = j - 1
        while k > lo and j - k < 25 and toks[k].text != ",":
            k -= 1
        if k > lo and toks[k].text == "," and toks[k + 1].low in opens:
            if lex.capitalised_nouns and (
                self._apposed_name_ends(j - 1) or self._apposed_person_from(k + 2, j)
            ):
                return j  # "Ihr Anwalt, der Lausanner Sportrechtler Laurent Pittet-Rochat,
                # sprach", "Der Betreiber, die Nordwest Kernenergie GmbH, sprach": an article
                # and a name, no relative clause (whose verb ends it)
            return k - 1
        if k > lo and toks[k].text == "," and not lex.capitalised_nouns:
            # "X, a former champion who has worked with him since he was seven, said": the
            for r in range(k + 2, j):  # apposition's noun
                if toks[r].low in lex.relative_pronouns and toks[r - 1].word:
                    return r - 1
        return j

    def _apposed_person_from(self, k: int, j: int) -> bool:
        """German: tokens ``[k, j)`` after an article hold a person's name and end in a
        capitalised word, no verb (``der 34-jährige Luca Pfister aus Chur``): an apposition."""
        last = self.tokens[j - 1]
        if j - k > 8 or not (last.word and last.cap):
            return False
        return any(
            (nm := self.cover[r]) is not None and not nm.weak and nm.entity.person
            for r in range(k, j)
        )

    def _apposed_name_ends(self, k: int) -> bool:
        """Token ``k`` ends the name of a person or a body, or a name of several words (not
        a lone word: ``die Nordkyst Havbruk AS``)."""
        nm = self.cover[k] if k >= 0 else None
        return (
            nm is not None
            and not nm.weak
            and (nm.entity.person or nm.entity.org or len(nm.entity.tokens) >= 2)
            and nm.end == self.tokens[k].end
        )

    def _clause_initial_phrase(self, end: int, lo: int) -> Mention | None:
        """German verb-second: a determiner phrase that fills the whole clause before the
        verb is its subject (``Einer der 13 beteiligten Feuerwehrmänner sagte``)."""
        lex, toks = self.lex, self.tokens
        if not lex.capitalised_nouns or end <= lo:
            return None
        start = end - 1
        while start > lo and toks[start - 1].text not in ".!?:;":
            start -= 1
        while start < end - 1 and toks[start].low in lex.skip_words:
            start += 1  # "Auch die Opposition zeigte sich", "Selbst die Zeitung …"
        if (
            toks[start].low not in lex.determiners
            or end - start > 7
            or end - start < 2
            or not toks[end - 1].cap
            or any(not t.word or self._blocks(t) for t in toks[start:end])
            or any(t.low in lex.object_prepositions for t in toks[start:end])
        ):
            return None
        for k in range(start + 1, end):  # "Ein Sprecher der Behörde sagte": the body speaks
            if toks[k].low in lex.spokesperson_nouns or self._spokesperson_body(k) is not None:
                body = self._role_phrase(k, start, end)
                if body.kind != ROLE:
                    return body
                break
        text = join_tokens(toks[start:end])
        return Mention(
            ROLE,
            toks[start].start,
            toks[end - 1].end,
            text,
            key=" ".join(t.low for t in toks[start + 1 : end]),
            definite=toks[start].low in lex.definite_determiners,
        )

    def _auxiliary_before(self, j: int, lo: int) -> int | None:
        """Index of a finite auxiliary opening the verb bracket that token ``j`` closes
        (``Stoiber hatte … betont``), when some words stand between them."""
        lex, toks = self.lex, self.tokens
        if not lex.finite_auxiliaries:
            return None
        k = j - 1
        while k >= lo and k > j - 15:
            tok = toks[k]
            if tok.text in (",", ":", ";") or tok.low in lex.complementizers:
                return None
            if tok.low in lex.finite_auxiliaries:
                return k if k < j - 1 else None
            k -= 1
        return None

    def right(
        self, cue: Cue, hi: int, clause_final: bool = True, after_quote: bool = False
    ) -> Mention | None:
        """The subject after a verb cue (inversion: ``said Smith``, ``sagte der Minister``);
        ``after_quote``: the cue follows the quotation at once (``«…», racconta un X``)."""
        j = cue.last
        lex, toks = self.lex, self.tokens
        while j < hi and toks[j].word and self._skippable(toks[j]):
            j += 1
        if j < hi and not toks[j].word and toks[j].text in _OPENING_MARKS:
            return self._marked_name(j, hi)
        j = self._past_medium_told(j, hi)  # "a confié au « Dauphiné libéré » Bérengère X"
        if cue.kind == VERB and self._dative_medium(j, hi):
            # "sagte der Nachrichtenagentur Reuters": whom it was told, past which a subject
            # may follow ("sagte der Zeitung ein Sprecher")
            j += 2
            named = self.cover[j] if j < hi else None
            if named is not None:  # (past the medium's name: "Reuters")
                j = min(hi, self._token_index(named.end))
            if j >= hi or not toks[j].word:
                return None
        if (
            j + 1 < hi
            and toks[j].low in lex.determiners
            and toks[j + 1].text in _OPENING_MARKS
            and toks[j].low not in lex.object_prepositions
        ):  # "schrieb die „Zeit“" (not "ha detto al «Corriere»": whom the words were told)
            return self._marked_name(j + 1, hi)
        if j >= hi or not toks[j].word or toks[j].low in lex.complementizers:
            return None  # "rappelant que son client …": a clause follows, no subject
        if j + 3 < hi and toks[j + 1].low in lex.conjunctions and lex.is_role(toks[j].low):
            nm = self.cover[j + 3]  # "sagte Orchestervorstand und Solobratschistin X": two
            # roles (the second the one the name index saw before the name), then the person
            if (
                nm is not None
                and not nm.weak
                and nm.entity.person
                and toks[j + 2].low in nm.role.split()
            ):
                return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
        if not toks[j].cap and toks[j].low in lex.name_connectors and j + 1 < hi:
            k = j + 1  # "sagte ter Horst": a surname led by its particle
            if k + 1 < hi and f"{toks[j].low} {toks[k].low}" in lex.name_connectors:
                k += 1  # "sagte van der Laan"
            nm = self.cover[k]
            if nm is not None and not nm.weak and nm.entity.person:
                return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
        j = self._after_adjunct(j, hi)
        in_role = self._person_after_own_role(j, hi)
        if in_role is not None:  # "sagte Italiens Wirtschafts- und Finanzminister X"
            return in_role
        if toks[j].low in lex.object_prepositions and (
            toks[j].low[-1:] in "'’" or not lex.capitalised_nouns
        ):  # Italian "all'alba", Spanish "dijo al jurado", "responde al deseo": a
            # preposition (with its article), not a determiner opening the subject
            return None
        counted = self.cover[j + 1] if j + 1 < hi else None
        if (
            lex.capitalised_nouns
            and j + 1 < hi
            and toks[j].low in lex.indefinite_pronouns
            and toks[j + 1].word
            and toks[j + 1].cap
            and (counted is None or not counted.entity.person)
        ):  # "riefen mehrere Zuhörer „…“": some people the text does not name
            text = f"{toks[j].text} {toks[j + 1].text}"  # (keyed by the pronoun alone:
            return Mention(ROLE, toks[j].start, toks[j + 1].end, text, key=toks[j].low)  # no one)
        if (
            j + 2 < hi
            and toks[j].low in lex.determiners
            and toks[j + 1].low in lex.indefinite_determiners
            and toks[j + 2].low in lex.possessor_links
        ):
            j += 1  # "lâche l'un d'eux": one of a group, like "una de las madres"
        if toks[j].low in lex.determiners or (
            toks[j].low in lex.indefinite_determiners and j + 1 < hi and toks[j + 1].word
        ):  # (also "said one woman", "said another resident")
            if j + 1 >= hi:
                return None
            if (
                toks[j].low in lex.indefinite_determiners
                and toks[j + 1].low in lex.possessor_links
            ):  # "gritó una de las madres", "said one of the parents", "schrieb einer von
                # ihnen": one of a group, unnamed (the phrase up to its noun)
                e = j + 2
                while e < hi and e - j < 5 and toks[e].word and toks[e].low in lex.determiners:
                    e += 1
                if e < hi and toks[e].word:
                    text = join_tokens(toks[j : e + 1])
                    return Mention(ROLE, toks[j].start, toks[e].end, text, key=text.casefold())
            if (
                toks[j].low in lex.indefinite_determiners
                and not lex.verb_second
                and not any(lex.is_role(t.low) for t in toks[j + 1 : min(hi, j + 5)])
            ):
                if after_quote:  # "«…», racconta un tartufaio di Acqualagna": the quotation
                    # is the verb's object, so the indefinite phrase is an unnamed subject
                    return self._noun_phrase(j, hi, clause_final=False)
                return None  # "a dénoncé une réforme « … »": an object, not a late subject
            if (
                lex.capitalised_nouns
                and j + 2 < hi
                and toks[j + 1].text.rpartition("-")[2][:1].isupper()  # (also "24-Jährige")
                and toks[j + 1].low.endswith(lex.nominal_role_endings)
                and self.cover[j + 1] is None
                and toks[j + 2].low in lex.determiners
            ):  # "sagte der 24-Jährige dem Sender Sky": the noun ends the subject, and the
                # one told follows (not "Sender Sky" as a role and a name)
                phrase = self._noun_phrase(j, j + 2, clause_final=clause_final)
                if phrase is not None:
                    return phrase
            found = self._at(j + 1, j, hi, False)
            if found is not None and found.kind != PRONOUN:
                return found
            for k in range(
                j + 1, min(hi, j + 5)
            ):  # "der zuständige Gewerkschaftsvorstand Uwe Foullong"
                if (
                    self._blocks(toks[k])
                    or toks[k].low in lex.object_prepositions
                    or toks[k].low in lex.determiners  # "die 47-Jährige der dpa": an object
                ):
                    break
                nm = self.cover[k]
                if nm is not None and not nm.weak:
                    return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
            participial = self._participial_name(j, hi)
            if participial is not None:
                return participial
            phrase = self._noun_phrase(j, hi, clause_final=clause_final)
            if (
                phrase is not None
                and phrase.kind == ROLE
                and not lex.verb_second
                and not after_quote
                and self._object_before_quote(self._token_index(phrase.end), hi)
                and not any(lex.is_role(w) for w in phrase.key.split())
            ):  # "L'échevin juge l'initiative « … »": the phrase before the quote is its object
                return None
            return phrase
        return self._at(j, j, hi, False)

    def _person_after_own_role(self, j: int, hi: int) -> Mention | None:
        """The person named within a few tokens after ``j`` when the words before the name
        hold an elided compound (a hyphen) and every one of them (past an article) is a word
        of the role the name index saw before that name (``Italiens Wirtschafts- und
        Finanzminister Giancarlo X``: what the role phrase reading misses), else None."""
        toks = self.tokens
        words: list[str] = []
        for k in range(j, min(hi, j + 7)):
            nm = self.cover[k]
            if nm is not None and nm.start == toks[k].start:
                elided = any(not t.word and t.text in "-‐" for t in toks[j:k])
                if nm.weak or not nm.entity.person or not words or not elided:
                    return None
                role = set(nm.role.split())
                if all(w in role for w in words):
                    return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
                return None
            tok = toks[k]
            if tok.word and tok.low not in self.lex.determiners:
                words.append(tok.low)
            elif not tok.word and tok.text not in "-‐":
                return None
        return None

    def _object_before_quote(self, end: int, hi: int) -> bool:
        """A phrase ending at token ``end`` is the verb's object (or the subject of the
        clause it reports), no inverted subject, when only the quote follows (``juge
        l'initiative « … »``), or only prepositions, or a clause with an auxiliary (``said
        its offer of a rise was "…"``)."""
        lex = self.lex
        rest = [t for t in self.tokens[end:hi] if t.word]
        return (
            all(t.low in lex.object_prepositions or t.low in lex.determiners for t in rest)
            or any(t.low in lex.auxiliaries for t in rest)
        )

    def _after_adjunct(self, j: int, hi: int) -> int:
        """``ha ammesso in sala stampa l'allenatore …``: the determiner opening the subject
        after short prepositional adjuncts of lower-case words (else ``j`` itself)."""
        lex, toks = self.lex, self.tokens
        k = j
        while k < hi and toks[k].word and toks[k].low in lex.object_prepositions:
            m = k + 1
            if m < hi and toks[m].low in lex.object_prepositions and toks[m].low[-1:] not in "'’":
                m += 1  # "auprès de l'AFP": a preposition of two words
            if m < hi and toks[m].low in lex.determiners:
                m += 1  # "d'une même voix"
            opening = m
            if m < hi and not toks[m].word and toks[m].text in _OPENING_MARKS:
                # "a confié à « 24 heures » Jean-Daniel Cuénod", "dijo a «El País» la
                # ministra": the medium told, in marks, then the subject
                close = m + 1
                while close < hi and close - m <= 6 and toks[close].word:
                    close += 1
                if close == m + 1 or close + 1 >= hi or toks[close].text not in _CLOSING_MARKS:
                    return j
                m = close + 1
                if not (toks[m].word and (toks[m].cap or toks[m].low in lex.determiners)):
                    return j
                k = m
                continue
            while (
                m < hi
                and m - k <= 4
                and toks[m].word
                and not toks[m].cap
                and toks[m].low not in lex.determiners
                and toks[m].low not in lex.object_prepositions
                and not self._blocks(toks[m])
            ):
                m += 1
            if m < hi and m == opening and toks[m].cap and not lex.capitalised_nouns:
                # "a déclaré à l'AFP Martine Gaudry", "declaró a Efe el alcalde": the one
                # name the words were told to, then the subject
                named = self.cover[m]
                m += 1
                while m < hi and named is not None and self.cover[m] is named:
                    m += 1
                opens_subject = m < hi and (toks[m].cap or toks[m].low in lex.determiners)
                if not (opens_subject and toks[m].word):
                    return j
            elif m == k + 1 or not (m < hi and toks[m].word) or toks[m - 1].cap:
                return j
            k = m
        if k > j and k + 1 < hi and (
            toks[k].low in lex.determiners
            or (toks[k].cap and not lex.capitalised_nouns and self._person_at(k))
            or (toks[k].cap and not lex.capitalised_nouns and self._name_after_document(k, hi))
        ):  # (a name right after the adjunct's noun that is no person goes with it:
            # "ha scritto sulla pagina Facebook del Comune")
            return k  # "… in sala stampa l'allenatore", "… d'une même voix Karim Benali"
        return j

    def _name_after_document(self, k: int, hi: int) -> bool:
        """``ha fatto sapere in una nota Rete ferroviaria italiana.``: a name right after a
        document noun (no preposition between) that ends the clause is its issuer."""
        nm = self.cover[k]
        if nm is None or nm.weak or nm.start != self.tokens[k].start:
            return False
        if not self.lex.names_document(self.tokens[k - 1].low):
            return False
        end = self._token_index(nm.end)
        return end >= hi or not self.tokens[end].word

    def _person_at(self, k: int) -> bool:
        """Token ``k`` opens the name of a person (a known given name first)."""
        nm = self.cover[k]
        return nm is not None and nm.entity.person and nm.start == self.tokens[k].start

    def _participial_name(self, j: int, hi: int) -> Mention | None:
        """``schrieb die in New York City geborene Lopez``: after determiner ``j``, a name
        closing an attribute phrase (a lower-case word right before it, nothing after it)."""
        toks, lex = self.tokens, self.lex
        if not lex.capitalised_nouns:
            return None
        for k in range(j + 2, min(hi, j + 9)):
            if self._blocks(toks[k]) and toks[k].word:
                return None
            if not toks[k].word or toks[k].low in lex.determiners:
                return None  # "den Beschluss der … CDU": a genitive, no attribute phrase
            nm = self.cover[k]
            if nm is None or nm.weak or nm.start != toks[k].start:
                continue
            end = k
            while end + 1 < hi and self.cover[end + 1] is nm:
                end += 1
            before = toks[k - 1]
            if before.cap and lex.is_role(before.low) and k - 2 > j:
                before = toks[k - 2]  # "der in Almaty lebende Zentralasien-Experte X"
            closes = (
                end + 1 >= hi
                or not toks[end + 1].word
                or toks[end + 1].low in lex.determiners  # (whom it was told: "der „NZZ“")
            )
            attribute = before.word and not before.cap
            if attribute and before.low not in lex.object_prepositions and closes:
                return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
        return None

    def _marked_name(self, j: int, hi: int) -> Mention | None:
        """A name in marks: ``schrieb „Die Zeit“``."""
        toks = self.tokens
        k = j + 1
        while k < hi and k - j <= 6 and toks[k].word:
            k += 1
        if k == j + 1 or k >= hi or toks[k].word or not toks[j + 1].cap:
            return None
        text = join_tokens(toks[j + 1 : k])
        return Mention(ORG, toks[j].start, toks[k].end, text, key=text.casefold())

    def _noun_phrase(self, j: int, hi: int, clause_final: bool = True) -> Mention | None:
        """A determiner phrase of unknown nouns: ``die 56-jährige Rechtsanwaltsfachangestellte``."""
        lex, toks = self.lex, self.tokens
        e = j + 1
        while (
            e < hi
            and e - j <= 4
            and toks[e].word
            and not self._blocks(toks[e])
            and toks[e].low not in lex.object_prepositions
            and toks[e].low not in lex.determiners
            and toks[e].low not in lex.skip_words
            # a German subject before its verb ends with its noun: "Der Randalierer biss …"
            and not (
                lex.capitalised_nouns
                and not clause_final
                and e > j + 1
                and toks[e - 1].cap
                and not toks[e].cap
            )
        ):
            e += 1
        if e == j + 1 or (
            clause_final and e < hi and toks[e].word and toks[e].low not in lex.object_prepositions
        ):
            return None  # "annunciato un ricorso al Tar": an object, not an inverted subject
        if (
            not clause_final
            and e + 1 < hi
            and toks[e].low in lex.determiners
            and toks[e].low not in lex.oblique_determiners  # (not "der Randalierer den Fluggast")
        ):
            e2 = e + 1  # keep a genitive: "die Autoren der Studie"
            while e2 < hi and e2 - e <= 2 and toks[e2].word and toks[e2].cap:
                e2 += 1
            e = e2 if e2 > e + 1 else e
        apposed = self._apposed_name(e, hi)
        if apposed is not None:
            return apposed
        last = self.cover[e - 1]
        if (
            last is not None
            and not last.weak
            and last.entity.person
            and last.role  # (a role word before it: not the object of "der Almstedt … als")
            and last.end == toks[e - 1].end
            and last.start > toks[j].start
        ):  # "Die FDP-Landesvorsitzende Svenja Rautenberg-Kühl, die …": the name it ends in
            return Mention(NAME, last.start, last.end, last.entity.name, name=last)
        named = None if lex.capitalised_nouns else self._name_after_complement(e, hi)
        if named is not None and named.entity.person:  # "la vulcanóloga del IGP Milagros
            return Mention(NAME, named.start, named.end, named.entity.name, name=named)  # Huamán"
        words = [t.low for t in toks[j + 1 : e]]
        return Mention(
            ROLE,
            toks[j].start,
            toks[e - 1].end,
            join_tokens(toks[j:e]),
            key=" ".join(words),
            definite=toks[j].low in lex.definite_determiners,
        )

    def _past_medium_told(self, j: int, hi: int) -> int:
        """Past a medium told in marks after a preposition right after the verb (``a confié
        au « Dauphiné libéré »``, ``ha detto al «Corriere»``) when a word follows it: the
        index of that word; else ``j``."""
        toks, lex = self.tokens, self.lex
        k = j
        if k < hi and toks[k].low in lex.object_prepositions:
            k += 1
            if k < hi and toks[k].low in lex.determiners:
                k += 1
        if k == j or k >= hi:
            return j
        if toks[k].text not in _OPENING_MARKS:
            return self._past_named_medium(j, k, hi)
        after = self._past_title(k, hi)
        if after == k or after >= hi or not toks[after].word:
            return j
        return after

    def _dative_medium(self, j: int, hi: int) -> bool:
        """German: an oblique article and the noun of a feminine medium or body right after
        the verb (``sagte der Nachrichtenagentur Reuters``, ``der Zeitung``): told in the
        dative (the nominative article would be ``die``), no inverted subject."""
        toks, lex = self.tokens, self.lex
        if not lex.feminine_noun_endings or j + 1 >= hi:
            return False
        noun = toks[j + 1]
        if self._oblique_adjective_phrase(j, hi):  # "erzählte der Deutschen Presse-Agentur"
            named = self.cover[j + 1]
            return named is not None and not named.entity.person and j + 2 < hi
        if noun.text in _OPENING_MARKS:  # "Der „Nordwest-Zeitung“ sagte": the title's noun
            after = self._past_title(j + 1, hi)
            if after == j + 1 or not toks[after - 2].word:
                return False
            noun = toks[after - 2]
        elif noun.cap and noun.low.endswith("er") and j + 2 < hi and toks[j + 2].cap:
            noun = toks[j + 2]  # "der Kopenhagener Zeitung": a place's adjective before it
        return (
            toks[j].low in lex.oblique_adjective_determiners
            and noun.word
            and (lex.is_title_noun(noun.low) or lex.names_organisation(noun.low))
            and noun.low.endswith(lex.feminine_noun_endings)
        )

    def _past_named_medium(self, j: int, k: int, hi: int) -> int:
        """Past a medium told by name after a preposition (at ``k``, past its article): ``a
        déclaré au quotidien Het Nieuwsblad le manager …``, ``à l'agence Belga la
        porte-parole …``; the index of the subject's first word, else ``j``."""
        toks, lex = self.tokens, self.lex
        if k + 1 < hi and toks[k].word and not toks[k].cap and self.cover[k] is None:
            k += 1  # (the medium's noun: "quotidien", "agence")
        nm = self.cover[k] if k < hi else None
        if nm is None or nm.weak or nm.entity.person or nm.start != toks[k].start:
            return j
        e = min(hi, self._token_index(nm.end))
        if e < hi and toks[e].word and toks[e].low in lex.definite_determiners:
            return e  # (a subject follows: "le manager de l'équipe")
        return j

    def _time_phrase_at(self, j: int, hi: int) -> bool:
        """German: a preposition and one capitalised noun, then a determiner (``am Morgen
        die …``, ``im Interview den …``): a short adverbial before an object."""
        toks = self.tokens
        if not self.lex.capitalised_nouns or j + 2 >= hi:
            return False
        noun = self.cover[j + 1]
        return (
            toks[j].low in self.lex.object_prepositions
            and toks[j + 1].cap
            and (noun is None or noun.weak)
            and toks[j + 2].low in self.lex.determiners
        )

    def subject(
        self, cue: Cue, lo: int, hi: int, clause_final: bool = True, after_quote: bool = False
    ) -> Mention | None:
        """The speaker of a verb cue, looking both ways (``after_quote``: see ``right``)."""
        if cue.text.casefold() in self.lex.quoting_verbs:
            quoted = self._passive_quoted(cue, lo)
            if quoted is not None:
                return quoted  # "„…“ wird der Trainer in der Zeitung zitiert"
            j = cue.last
            while j < hi and self.tokens[j].word and self._skippable(self.tokens[j]):
                j += 1
            j = self._past_web_address(j, hi)  # "zitiert ndr.de Polizeisprecher X"
            if j < hi and self.tokens[j].low in self.lex.accusative_pronouns:
                tok = self.tokens[j]  # "„…“, zitiert ihn die Nachrichtenagentur dpa": him
                return Mention(PRONOUN, tok.start, tok.end, tok.text)
            titled = self._past_title(j + 1, hi) if j + 1 < hi else j + 1
            if titled > j + 1 and self.tokens[j].low in self.lex.determiners:
                person = self._object_at(titled, hi)  # "zitiert die „Tiroler Tageszeitung“
                if person is not None and (person.name is not None or person.kind == ROLE):
                    return person  # Notburga Rainer-Stolz", "… den Bürgermeister")
            quoted = self._object_at(j, hi)
            if quoted is not None:  # "die Zeitung zitiert Bürgermeister Hans Roth mit …"
                # "„…“, zitiert der Sender Polizeisprecher Ralf Meyer": the medium, then the
                # person quoted ("zitiert die Nachrichtenagentur dpa den Innenminister X":
                # past the medium's name too)
                k = self._token_index(quoted.end)
                medium = quoted.kind == ROLE or (
                    quoted.name is not None
                    and (
                        quoted.name.entity.org
                        or self.lex.is_title_noun(quoted.name.entity.tokens[0].casefold())
                    )
                )  # ("zitierte Xinhua den Kommandeur …": a body's name; "der Sender RÚV")
                if medium:  # (the medium's name: "dpa", "Reuters")
                    titled = self._past_title(k, hi)  # ("die Regionalzeitung „Ouest-France“")
                    k, first_object = titled, titled if titled > k else k + 1
                    j2 = k
                    while j2 < min(hi, k + 5):
                        if self._time_phrase_at(j2, hi):
                            j2 += 2  # "zitierte der Sender RÚV am Morgen die Vulkanologin X"
                            continue
                        if not self.tokens[j2].word or self.tokens[j2].low in (
                            self.lex.object_prepositions
                        ):
                            break  # ("zitiert den Prediger mit den Worten")
                        if self.tokens[j2].low in self.lex.determiners and j2 >= first_object:
                            person = self._object_at(j2, hi)
                            if person is not None and (
                                person.name is None or person.name.entity.person
                            ):
                                return person
                            break
                        j2 += 1
                return self._object_at(k, hi) or quoted
        agent = self._passive_agent(cue, lo, hi)
        if agent is not None:
            return agent  # "Es wurde von Demjanjuks Sohn die Mutmaßung geäußert"
        k = cue.first - 1
        if (
            cue.text.casefold() in self.lex.object_verbs
            and k >= lo
            and self.tokens[k].low in self.lex.passive_auxiliaries
        ):  # "Passengers were told to …": the subject is told, the teller is not named
            return Mention(UNKNOWN, self.tokens[k].start, self.tokens[cue.last - 1].end, cue.text)
        if (
            self.lex.verb_second
            and cue.last < hi
            and self.tokens[cue.last].low in self.lex.passive_auxiliaries
        ):  # German "Ein Austritt … sei nicht festgestellt worden": a participle before its
            return None  # auxiliary is passive; its subject is what is stated, no speaker
        r = self.right(cue, hi, clause_final, after_quote)
        left = self.left(cue, lo)
        if (
            self.lex.verb_second
            and left is not None
            and r is not None
            and r.kind in (NAME, ROLE, PRONOUN)
            and self._oblique_phrase(left)
        ):  # "Den Vorschlag, …, wies der Sozialdemokrat zurück": an object opens the clause
            return r
        if k >= lo and self.tokens[k].low in self.lex.conjunctions:
            main = self._main_subject_before_complement(lo, k)
            if main is not None:  # "El funcionario aseguró que el gobierno … y pidió «…»"
                return main  # (also with no subject inside the complement: "Cifuentes
                # exigió que se hagan públicos los controles y calificó …")
            if left is not None:
                return left  # "zogen die Demonstranten … und skandierten Parolen": the
                # first verb's subject; the noun after the second verb is its object
        if cue.text.casefold() in self.lex.object_verbs:
            if self._fronted_object(left, r, cue):
                return r  # "Die Urteile bezeichnete Dieter Wiefel als …"
            return left or r  # "nannte sie …", "told Reuters": what follows is the addressee
        if (
            not self.lex.verb_second
            and cue.text.casefold() in self.lex.naming_verbs
            and r is not None
            and r.kind == ROLE
            and any(
                t.low in self.lex.predicative_markers
                for t in self.tokens[self._token_index(r.end) : hi]
            )
        ):  # "La minera calificó su oferta … como «…»": what is named is the object
            opening = left or (self.first_mention(lo, cue.first) if cue.first > lo else None)
            if opening is not None:
                return opening
        if (
            r is not None
            and r.kind == PRONOUN
            and (self.lex.verb_second or left is None)
            and not (left is not None and r.text.casefold() in self.lex.object_pronouns)
        ):  # ("Ein Lehrer formulierte es drastischer": "es" is the object)
            return r  # "sagte er"; but English "The authority said it would": the left
        if (
            left is not None
            and left.kind == PRONOUN
            and self._clause_opening_subject(left, cue, lo)
        ):
            return left  # German "Sie sicherte Johnson ihre „…“ zu": the pronoun opens the clause
        if (
            not self.lex.verb_second
            and left is not None
            and left.kind == PRONOUN
            and k >= lo
            and self.tokens[k].start == left.start
        ):  # "she said Norway's quota was": the pronoun right before the verb is its subject
            return left
        if (
            left is not None
            and r is not None
            and left.kind in (NAME, ROLE, ORG, PRONOUN)
            and self._dative_after_verb(cue, r)
        ):  # "Ein Sprecher des Amts sagte dem Bayerischen Rundfunk": told, not telling
            return left
        weak_left = left is not None and left.name is not None and left.name.weak
        lone_right = (
            r is not None
            and r.name is not None
            and len(r.name.entity.tokens) == 1
            and not r.name.entity.person
        )
        if (
            self.lex.verb_second
            and lone_right
            and left is not None
            and left.kind in (NAME, ROLE)
            and not weak_left
            and self._clause_opening_subject(left, cue, lo)
        ):  # "Die Demonstranten skandierten Parolen": the lone noun after it is the object
            return left
        if r is not None and r.kind == NAME and (left is None or left.kind != NAME or weak_left):
            return r
        weak_right = r is not None and r.name is not None and r.name.weak
        if weak_right and left is not None and left.kind in (NAME, PRONOUN, ROLE) and not weak_left:
            return left  # "Renate Schmidt äußerte Vorbehalte": a lone noun after the verb
        if r is not None and r.kind in (NAME, ROLE) and self._verb_second(cue, lo):
            return r  # German "In einem Interview sagte Jon Bon Jovi", "…, warnte der Chef"
        return left or r

    def _dative_after_verb(self, cue: Cue, r: Mention) -> bool:
        """Verb-second: the mention after the verb opens with (or follows) a determiner that
        is never a subject's (``sagte dem Sender``, ``sagte dem niederländischen Sender NOS``),
        or follows a ``told_prepositions`` word (``wies gegenüber der Zeitung … zurück``)."""
        lex = self.lex
        if not lex.verb_second:
            return False
        toks = self.tokens
        i = self._token_index(r.start)
        at = i if i < len(toks) and toks[i].start == r.start else i - 1
        k = cue.last
        if k + 1 < len(toks) and toks[k].low not in lex.oblique_determiners and (
            toks[k + 1].low in lex.oblique_determiners
        ):
            k += 1  # (one word between: "sagte gestern dem Sender")
        told = k < at and toks[k].low in lex.told_prepositions
        if told:
            k += 1
        if not (k <= at < len(toks)) or at - k > 3:
            return False
        opener = toks[k].low
        if not (opener in lex.oblique_determiners or (told and opener in lex.determiners)):
            return False
        between = toks[k + 1 : at]  # ("niederländischen"; the medium's noun may end them)
        if between and between[-1].word and between[-1].cap:
            between = between[:-1]  # "sagte dem niederländischen Sender NOS"
        return all(t.word and not t.cap for t in between)

    def _main_subject_before_complement(self, lo: int, k: int) -> Mention | None:
        """Outside German, the subject of the clause before a complementizer in tokens
        ``[lo, k)``, when a speech verb stands before it: the subject of a verb coordinated
        after the complement clause (``El funcionario aseguró que el gobierno mantiene …
        y pidió``)."""
        lex, toks = self.lex, self.tokens
        if lex.capitalised_nouns:
            return None
        comp = next((i for i in range(lo, k) if toks[i].low in lex.complementizers), None)
        if comp is None or comp == lo:
            return None
        near = range(comp - 1, max(lo, comp - 5) - 1, -1)  # ("reclamó a la Xunta que …")
        verb = next((i for i in near if toks[i].low in lex.speech_verbs), None)
        if verb is None or verb == lo:
            return None
        main = self.first_mention(lo, verb)
        return main if main is not None and main.kind in (NAME, ROLE, PRONOUN) else None

    def _fronted_object(self, left: Mention | None, right: Mention | None, cue: Cue) -> bool:
        """Verb-second: a phrase of things before the verb and a person's name or pronoun
        after it (``Die Urteile bezeichnete Dieter Wiefel als „…“``, ``Die Entscheidung nannte
        sie …``; ``Die Entscheidung der Jury nannte er …``: a genitive after the head noun
        may name people), or of people in the plural before a verb in the singular (``Die
        Demonstranten nannte er …``): the object opens the clause and the one after the verb
        is the subject."""
        lex = self.lex
        return (
            lex.verb_second
            and left is not None
            and left.kind == ROLE
            and (
                not any(lex.is_role(w) for w in lex.head_words(left.key.split()))
                or (
                    lex.plural_people_noun(self._with_determiner(left))
                    and not lex.plural_verb(cue.text)
                )
            )
            and right is not None
            and (
                (right.kind == PRONOUN and right.text.casefold() not in self.lex.expletives)
                or (
                    right.kind == NAME
                    and right.name is not None
                    and right.name.entity.person
                    and not right.name.weak
                )
            )
        )

    def _oblique_phrase(self, m: Mention) -> bool:
        """The mention follows an oblique determiner (``oblique_determiners``: German ``den``,
        ``dem``, ``einem``): an object, never the subject."""
        i = self._token_index(m.start)
        return i > 0 and self.tokens[i - 1].low in self.lex.oblique_determiners

    def _with_determiner(self, m: Mention) -> str:
        """The mention's text with the determiner right before it, if any (``Die
        Demonstranten``)."""
        i = self._token_index(m.start)
        if i > 0 and self.tokens[i - 1].low in self.lex.determiners:
            return f"{self.tokens[i - 1].text} {m.text}"
        return m.text

    def _past_title(self, k: int, hi: int) -> int:
        """The token after a title in marks opening at ``k`` (``„Ouest-France“``), else ``k``."""
        toks = self.tokens
        if k >= hi or toks[k].text not in _OPENING_MARKS:
            return k
        for j in range(k + 2, min(hi, k + 8)):
            if toks[j].text in _QUOTE_MARKS:
                return j + 1
        return k

    def _past_web_address(self, j: int, hi: int) -> int:
        """The token after a web address starting at ``j`` (``ndr.de``), else ``j``."""
        toks, k = self.tokens, j
        while (
            k + 2 < hi
            and toks[k].word
            and toks[k + 1].text == "."
            and toks[k + 1].start == toks[k].end
            and toks[k + 2].start == toks[k + 1].end
            and toks[k + 2].word
        ):
            k += 2
        return k + 1 if k > j and toks[k].text.islower() else j

    def _object_at(self, j: int, hi: int) -> Mention | None:
        """A name or a determiner phrase starting at token ``j`` (the object of a quoting
        verb: ``einen Augenzeugen``, ``Bürgermeister Hans Roth``)."""
        toks = self.tokens
        if j >= hi or not toks[j].word:
            return None
        if toks[j].low in self.lex.determiners:
            quoted = self._at(j + 1, j, hi, False) if j + 1 < hi else None
            return (
                quoted
                or self._noun_phrase(j, hi, clause_final=False)
                or self._described_object(j, hi)
            )
        if toks[j].cap:
            quoted = self._at(j, j, hi, False)
            if quoted is not None and quoted.kind in (NAME, ROLE):
                return quoted
        return None

    def _described_object(self, j: int, hi: int) -> Mention | None:
        """German: a determiner at token ``j``, up to four lower-case words and a noun
        (``einen nicht namentlich genannten Diplomaten``): the phrase as a role."""
        toks = self.tokens
        if not self.lex.capitalised_nouns:
            return None
        k = j + 1
        while k < hi and k - j <= 4 and toks[k].word and not toks[k].cap:
            k += 1
        if k >= hi or k == j + 1 or not (toks[k].word and toks[k].cap):
            return None
        named = self.cover[k]
        if named is not None and not named.weak:
            return None  # ("den scheidenden Direktor Hans X": a name, found the usual way)
        text = join_tokens(toks[j : k + 1])
        return Mention(ROLE, toks[j].start, toks[k].end, text, key=text.casefold())

    def _passive_quoted(self, cue: Cue, lo: int) -> Mention | None:
        """The subject of a passive quoting verb, after its auxiliary (``wird Watzke auf der
        Internetseite des Vereins zitiert``), not its agent (``von der Zeitung``), else before
        it (``X wurde von der Zeitung mit den Worten zitiert``): the person quoted."""
        lex, toks = self.lex, self.tokens
        start = cue.first
        while start > lo and toks[start - 1].text not in ".!?;:,":
            start -= 1
        aux = next(
            (k for k in range(start, cue.first) if toks[k].low in lex.passive_auxiliaries), None
        )
        if aux is None:
            return None
        quoted = self.first_mention(aux + 1, cue.first) if aux + 1 < cue.first else None
        if quoted is not None:
            k = self._token_index(quoted.start) - 1
            while k > aux and toks[k].low in lex.determiners:
                k -= 1
            if toks[k].low not in lex.agent_prepositions:
                return quoted
        # "Der Bürgermeister X wurde von der Zeitung „La Repubblica“ mit den Worten zitiert":
        # the agent is the medium; the subject before the auxiliary is the person quoted
        first = aux
        while first > lo and toks[first - 1].text not in ".!?;:":
            first -= 1
        subject = self.first_mention(first, aux) if first < aux else None
        return subject if subject is not None and subject.kind in (NAME, ROLE) else None

    def _passive_agent(self, cue: Cue, lo: int, hi: int) -> Mention | None:
        """The agent of a passive cue in its clause: ``wurde von X bestätigt``."""
        lex, toks = self.lex, self.tokens
        if not lex.passive_auxiliaries or not lex.agent_prepositions:
            return None
        start = cue.first
        while start > lo and toks[start - 1].text not in ".!?;:,":
            start -= 1
        end = cue.last
        while end < hi and toks[end].text not in ".!?;:,":
            end += 1
        clause = range(start, end)
        if not any(toks[k].low in lex.passive_auxiliaries for k in clause):
            return None
        for k in clause:
            if toks[k].low not in lex.agent_prepositions or k + 1 >= end:
                continue
            j = k + 1
            while j < end and toks[j].low in lex.determiners:
                j += 1
            if j >= end:
                continue
            nm = self.cover[j]
            if nm is not None and nm.start < toks[k].end:
                continue  # "Ein Austritt von Betriebsstoffen": the preposition is in a run
            if (
                nm is not None
                and not nm.weak
                and (nm.entity.org or nm.entity.person or len(nm.entity.tokens) > 1)
            ):
                return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
            if lex.capitalised_nouns and toks[j].cap and toks[j].low.endswith("s"):
                owner = self.genitive_owner(toks[j])
                if owner is not None and j + 1 < end and toks[j + 1].cap:
                    # "von Demjanjuks Sohn": the owner's relative, as written
                    return Mention(
                        ROLE,
                        toks[j].start,
                        toks[j + 1].end,
                        f"{toks[j].text} {toks[j + 1].text}",
                        key=f"{toks[j].low} {toks[j + 1].low}",
                    )
            found = self._at(j, j, end, False)
            if found is not None and found.kind in (NAME, ROLE):
                return found
        return None

    def genitive_owner(self, tok: Token) -> NameMention | None:
        """The latest mention before ``tok`` (in the document) of an entity one of whose
        words is the stem of the German genitive ``tok`` (``Schäubles`` -> ``Schäuble``)."""
        for nm in reversed(self.earlier_names(tok.start)):
            if not nm.weak and tok.text[:-1] in nm.entity.tokens:
                return nm
        return None

    def _clause_opening_subject(self, m: Mention, cue: Cue, lo: int) -> bool:
        """German: a mention that opens the clause right before the verb is its subject."""
        if not self.lex.capitalised_nouns:
            return False
        i = self._token_index(m.start)
        j = cue.first - 1
        while j > i and self._skippable(self.tokens[j]):
            j -= 1
        if self._token_index(m.end) != j + 1:
            return False
        k = i - 1
        while k >= lo and self.tokens[k].word and self.tokens[k].low in self.lex.determiners:
            k -= 1  # "Die Demonstranten"
        return k < lo or (not self.tokens[k].word and self.tokens[k].text in ".!?;:")

    def _verb_second(self, cue: Cue, lo: int) -> bool:
        """German main clause opened by something other than its subject (a preposition
        phrase, an adverb or a subordinate clause), so the subject follows the verb."""
        if not self.lex.capitalised_nouns:
            return False
        j = cue.first - 1
        while j >= lo and self._skippable(self.tokens[j]):
            j -= 1
        if j >= lo and self.tokens[j].text == ",":
            # a subordinate clause ends with its (lower-case) verb: "Als er kam, sagte X";
            # "Henning Scherf (SPD), warnte" closes an apposition, and "X, der die Pläne als
            # „…“ bezeichnet hatte, verteidigte" a relative clause on the subject
            if self._before_relative_clause(j, lo) != j:
                return False
            k = j - 1
            while k >= lo and not self.tokens[k].word:
                k -= 1
            return k < lo or not self.tokens[k].cap
        k = lo
        while k < cue.first and not self.tokens[k].word:
            k += 1
        first = self.tokens[k] if k < cue.first else None
        return first is not None and (
            first.low in self.lex.object_prepositions
            or (first.low,) in self.lex.source_prepositions  # "Laut … Reuters sagte der General"
            or first.low in self.lex.skip_words
            or first.low in self.lex.oblique_determiners  # "Den Flüchtlingen sicherte X zu"
            or self._oblique_adjective_phrase(k, cue.first)  # "Der „Neuen … Post“ sagte X"
            or self._dative_medium(k, cue.first)  # "Der Zeitung „Haaretz“ sagte X"
        )

    def _oblique_adjective_phrase(self, k: int, hi: int) -> bool:
        """German ``der Neuen Osnabrücker Post``: a determiner at token ``k`` before an
        adjective in ``-en`` and a capitalised word opens a dative or genitive, no subject."""
        if self.tokens[k].low not in self.lex.oblique_adjective_determiners:
            return False
        words = [t for t in self.tokens[k + 1 : min(hi, k + 5)] if t.word]
        return len(words) >= 2 and words[0].cap and words[0].low.endswith("en") and words[1].cap

    def first_mention(self, lo: int, hi: int) -> Mention | None:
        """The first valid mention in tokens ``[lo, hi)`` (a clause's subject)."""
        found = self.nearest_left(hi, lo, first=True)
        if (
            found is None
            and lo < hi
            and self.tokens[lo].low in self.lex.determiners
            and self.tokens[lo].low not in self.lex.object_prepositions  # ("Nella requisitoria")
        ):
            nm = self.cover[lo + 1] if lo + 1 < hi else None
            if nm is not None and not nm.weak and nm.start == self.tokens[lo + 1].start:
                # "La Commission européenne s'est contentée de rappeler": a body's name
                return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
            np = self._noun_phrase(lo, hi, clause_final=False)
            if np is not None and np.kind == NAME:
                return np  # "Le rédacteur en chef, Pierre-Yves Van Houtte, veut croire": the
                # name apposed to the role
            if np is not None:
                role = Mention(ROLE, np.start, np.end, np.text, key=np.key, definite=np.definite)
                return self._body_named_after(role, hi) or role  # "Die Autoren der Studie"
        if found is not None and found.kind == ROLE:
            return self._person_apposed_after(found, hi) or found
        if found is not None and found.kind == NAME and found.name is not None:
            return self._person_of_possessor(found, hi) or found
        return found

    def _person_of_possessor(self, found: Mention, hi: int) -> Mention | None:
        """``Pennine Rail’s managing director, Ingrid Solheim-Walker, told …``: the person
        apposed to the role a possessive name opens is the clause's subject."""
        assert found.name is not None
        k = self._token_index(found.end)
        toks = self.tokens
        if (
            found.name.entity.person
            or k + 2 >= hi
            or toks[k].text != "s"
            or toks[k].start != found.end + 1  # (the apostrophe is no token)
            or not any(self.lex.is_role(t.low) for t in toks[k + 1 : k + 3])
        ):  # (the role may come after an adjective: "managing director")
            return None
        person = self._apposed_name(k + 1, hi)
        if person is None or person.name is None or not person.name.entity.person:
            return None
        return person

    def _body_named_after(self, role: Mention, hi: int) -> Mention | None:
        """``L'azienda di trasporto Autolinee Bellunesi ha comunicato``: the organisation
        named right after an organisation noun and its lower-case complement."""
        words = role.key.split()
        if not words or not self.lex.names_organisation(words[0]):
            return None
        toks = self.tokens
        k = first = self._token_index(role.end)
        while k < hi and k - first < 5 and toks[k].word:
            nm = self.cover[k]
            if nm is not None and nm.start == toks[k].start:
                body = not nm.weak and not nm.entity.person and nm.entity.org
                return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm) if body else None
            if toks[k].cap:
                return None
            k += 1
        return None

    def _person_apposed_after(self, role: Mention, hi: int) -> Mention | None:
        """``La conseillère d'État …, Isabelle Rochat-Meylan, a tenté``, ``el delantero de
        Sportivo Ribera Lautaro Ríos, autor de …``: the person named after a role and its
        complement (and at most one comma), followed by a comma, is who it describes."""
        toks = self.tokens
        k = first = self._token_index(role.end)
        comma = False
        while k < hi and k - first < 10:
            tok = toks[k]
            nm = self.cover[k]
            if nm is not None and nm.start == tok.start and nm.entity.person and not nm.weak:
                return self._name_before_comma(nm, k, hi)
            if tok.text == "," and not comma:
                comma = True
            elif comma or (tok.text not in _QUOTE_MARKS and (not tok.word or self._blocks(tok))):
                return None  # (after the comma the name comes at once; a complement may
                # hold a title in marks: "Le directeur du festival « Les Nuits du Rocher »,")
            k += 1
        return None


def find_left(window: Window, cue: Cue, lo: int) -> Mention | None:
    """Subject before ``cue`` within tokens ``[lo, cue)``."""
    return window.left(cue, lo)


def find_right(window: Window, cue: Cue, hi: int) -> Mention | None:
    """Subject after ``cue`` within tokens ``[cue, hi)``."""
    return window.right(cue, hi)


def impersonal_source(window: Window, cue: Cue, hi: int) -> Mention:
    """``heißt es in dem LSVD-Schreiben``: the document or body after the cue, else unknown."""
    toks, lex = window.tokens, window.lex
    opening = _document_before(window, cue)
    if opening is not None and opening[1]:
        return opening[0]  # "Auf der Homepage heißt es zur Begründung": the clause opener
    j = cue.last
    adverbs = 0
    while j < hi and toks[j].word:
        if window._skippable(toks[j]) or toks[j].low in lex.skip_words:
            j += 1
        elif (
            adverbs < 2
            and lex.capitalised_nouns
            and not toks[j].cap
            and toks[j].low not in lex.object_prepositions
            and toks[j].low not in lex.determiners
            and toks[j].low not in lex.complementizers
        ):  # "steht deshalb in dem Gesetzentwurf": a German adverb is lower-case
            j += 1
            adverbs += 1
        else:
            break
    if j < hi and toks[j].word and toks[j].low in lex.object_prepositions:
        j += 1
        start = j
        while j < hi and toks[j].word and toks[j].low in lex.determiners:
            j += 1
        e = j
        while e < hi and e - j < 6 and (
            (toks[e].word and not window._blocks(toks[e]))
            or elided_compound_hyphen(toks, e, hi, lex)
            or elided_compound_hyphen(toks, e - 1, hi, lex)  # (and its "und")
        ):  # ("in den Reise- und Sicherheitshinweisen": one noun phrase)
            e += 1
        if e > j and (not lex.capitalised_nouns or any(t.cap for t in toks[j:e])):
            # (German documents are nouns: "steht unter anderem" names none)
            text = join_tokens(toks[j:e])
            return Mention(ORG, toks[start].start, toks[e - 1].end, text, key=text.casefold())
    if opening is not None:
        return opening[0]
    issuer = _issuer_of_document_before(window, cue)
    if issuer is not None:
        return issuer
    return Mention(UNKNOWN, cue.start, cue.end, cue.text)


def _issuer_of_document_before(window: Window, cue: Cue) -> Mention | None:
    """``la società ha diffuso un comunicato …: comportamenti che, si legge, «…»``: the
    subject of the clause that named a document before an impersonal cue issued it."""
    toks, lex = window.tokens, window.lex
    noun = next(
        (k for k in range(cue.first - 1, -1, -1) if toks[k].low in lex.speech_nouns), None
    )
    if noun is None:
        return None
    subject = window.first_mention(0, noun)
    if subject is None or subject.kind not in (NAME, ROLE, ORG):
        return None
    return subject


def _inside_name(window: Window, k: int) -> bool:
    """Token ``k`` stands inside a named mention, after its first word."""
    nm = window.cover[k]
    return nm is not None and not nm.weak and nm.start < window.tokens[k].start


def phrase_before_comma(toks: list[Token], comma: int, lex: Lexicon) -> Mention | None:
    """The noun phrase that a relative clause opened at ``comma`` hangs on, as a source
    (``ein Zettel kleben, auf dem``, ``den Tenor chinesischer Medien auf, in denen``: past
    up to two lower-case words closing the clause before, back to its determiner), else
    None."""
    e = comma - 1
    while e > 0 and comma - e <= 2 and toks[e].word and not toks[e].cap:
        e -= 1  # a clause-final verb or particle: "kleben", "griff … auf"
    d = e
    while d > 0 and e - d <= 4 and toks[d].word and toks[d].low not in lex.determiners:
        d -= 1
    if not (toks[e].cap and toks[d].low in lex.determiners and d < e):
        return None
    text = join_tokens(toks[d : e + 1])
    return Mention(ORG, toks[d].start, toks[e].end, text, key=text.casefold())


def _document_before(window: Window, cue: Cue) -> tuple[Mention, bool] | None:
    """``In dem Antrag heißt es``: the document in a preposition phrase before an impersonal
    cue, and whether that phrase opens the clause."""
    toks, lex = window.tokens, window.lex
    opening = _opening_document_phrase(window, cue)
    if opening is not None:
        return opening, True
    k = cue.first - 1
    while k >= 0 and toks[k].word and (
        toks[k].low not in lex.object_prepositions or _inside_name(window, k)
    ):  # ("Aus dem Bundesministerium für Digitales und Verkehr": "für" is the name's)
        k -= 1
    end = cue.first
    reach = 8
    if k >= 2 and toks[k].low in lex.place_prepositions and toks[k - 1].word and toks[k - 1].cap:
        p = k - 2  # "Aus Regierungskreisen in Berlin hieß es": the phrase before the place
        while p >= 0 and k - p <= 4 and toks[p].word and toks[p].low not in lex.object_prepositions:
            p -= 1
        if p >= 0 and toks[p].word and (p == 0 or not toks[p - 1].word):
            k = p  # (only a phrase that opens the clause)
    if (k < 0 or not toks[k].word) and k >= 0 and toks[k].text == ",":
        # "Im letzten Satz der Anordnung, die … wurde, heißt es": a clause-opening
        # preposition phrase with a relative clause; the document is the phrase before it
        opener = _clause_opening_phrase(window, k)
        if opener is not None:
            k, end = opener
            reach = 16  # (a body's name may list its fields: "für Energiewende, Klimaschutz,")
    if (
        k >= 2
        and toks[k].word
        and toks[k - 1].text == ","
        and k + 1 < cue.first
        and toks[k + 1].low in lex.relative_pronouns
    ):  # "ein Zettel, auf dem geschrieben stand": the noun the relative clause hangs on
        antecedent = phrase_before_comma(toks, k - 1, lex)
        if antecedent is not None:
            return antecedent, False
    if k < 0 or not toks[k].word or end - k > reach:
        return None
    j = _document_phrase_start(toks, k, end, lex)
    if j < 0 and k > 1 and not toks[k - 1].cap:
        # "Nel comunicato diffuso dall'ateneo si legge": the phrase of the preposition before
        k = k - 1
        while k >= 0 and toks[k].word and toks[k].low not in lex.object_prepositions:
            k -= 1
        if k < 0 or not toks[k].word or end - k > 8:
            return None
        j = _document_phrase_start(toks, k, end, lex)
    if j < 0:
        return None
    text = join_tokens(toks[j:end])
    mention = Mention(ORG, toks[k].start, toks[end - 1].end, text, key=text.casefold())
    return mention, k == 0 or not toks[k - 1].word


def _opening_document_phrase(window: Window, cue: Cue) -> Mention | None:
    """``In einer Mitteilung des Landesamts für Straßenbau und Verkehr (LSVT) hieß es``: a
    preposition opening the clause and a document with all its complements up to the cue
    (prepositions and a bracketed acronym inside); None when the clause opens otherwise."""
    toks, lex = window.tokens, window.lex
    first = next((i for i in range(cue.first) if toks[i].word), None)
    if first is None or toks[first].low not in lex.object_prepositions:
        return None
    j = first + 1
    while j < cue.first and toks[j].low in lex.determiners:
        j += 1
    d = j  # "In der rund 640 Seiten umfassenden Anklageschrift": past an attribute ending in
    while d < cue.first and d - j < 5 and toks[d].word and not lex.names_document(toks[d].low):
        d += 1  # an inflected adjective or participle, to the document
    if d >= cue.first or not lex.names_document(toks[d].low):
        return None
    if d > j and (toks[d - 1].cap or not toks[d - 1].low.endswith(lex.adjective_endings)):
        return None
    if cue.first - first > 16 or any(t.text in ",;:.!?" for t in toks[j : cue.first]):
        return None
    text = join_tokens(toks[d : cue.first])
    return Mention(ORG, toks[first].start, toks[cue.first - 1].end, text, key=text.casefold())


def _document_phrase_start(toks: list[Token], k: int, end: int, lex: Lexicon) -> int:
    """Where the noun phrase after the preposition ``k`` starts, when up to ``end`` it
    names a document or a name (``In dem Antrag``, ``Nella sentenza``; not ``In pratica``),
    else -1."""
    j = k + 1
    while j < end and toks[j].low in lex.determiners:
        j += 1
    if j >= end or not any(
        any(c.isupper() for c in t.text) or t.low in lex.speech_nouns or t.low in lex.ruling_nouns
        for t in toks[j:end]
    ):
        return -1
    return j


def _clause_opening_phrase(window: Window, comma: int) -> tuple[int, int] | None:
    """``Im Schreiben, das … wurde, heißt es``: the preposition phrase opening the sentence
    before the comma that opens a relative clause (preposition index, phrase end); only
    the commas of a list of capitalised words may come before it."""
    toks, lex = window.tokens, window.lex
    start = comma
    while start > 0 and (
        toks[start - 1].text not in ".!?:;"
        or (start > 1 and toks[start - 1].text == "." and toks[start - 2].text.isdigit())
    ):  # "am 14. Dezember" does not end the sentence
        start -= 1
    if start >= len(toks) or toks[start].low not in lex.object_prepositions:
        return None
    for i in range(start, comma + 1):
        if toks[i].text != ",":
            continue
        pronoun = i + 1
        if pronoun < len(toks) and toks[pronoun].low in lex.object_prepositions:
            pronoun += 1  # "Im Bescheid der AIU, aus dem die Zeitung zitierte, heißt es"
        if pronoun < len(toks) and toks[pronoun].low in lex.relative_pronouns:
            return start, i
        if not (i + 1 < len(toks) and toks[i + 1].cap):
            return None  # (past a list in a body's name only: "des Ministeriums für
            # Energiewende, Klimaschutz, Umwelt und Natur, die …")
    return None


def _title_noun_name(window: Window, j: int, hi: int) -> Mention | None:
    """The name in marks a title noun at token ``j`` (past determiners) introduces."""
    toks = window.tokens
    while j < hi and toks[j].word and toks[j].low in window.lex.determiners:
        j += 1
    if not (
        j + 2 < hi
        and toks[j].word
        and window.lex.is_title_noun(toks[j].text)
        and toks[j + 1].text in _OPENING_MARKS
    ):
        return None
    nm = window.cover[j + 2]
    if nm is None or nm.start != toks[j + 2].start:
        return None
    return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)


def _relative_source(window: Window, cue: Cue, hi: int) -> Mention | None:
    """``il bollettino dell'Arpal, secondo cui …``, ``according to which``: a relative
    pronoun after the source preposition stands for the name right before its comma."""
    toks, lex = window.tokens, window.lex
    j = cue.last
    while j < hi and toks[j].low in lex.determiners:
        j += 1  # "según el cual"
    if not (j < hi and toks[j].low in lex.relative_pronouns and cue.first >= 2):
        return None
    if toks[cue.first - 1].text != ",":
        return None
    nm = window.cover[cue.first - 2]  # (the name may follow a preposition: "dell'Arpal")
    if nm is None or nm.weak or nm.end != toks[cue.first - 2].end:
        return None
    return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)


def _possessed_view(toks: list[Token], cue: Cue, lex: Lexicon) -> Mention | None:
    """The possessive and the noun after it inside an owner-source cue (``seiner Meinung``
    of ``seiner Meinung nach``), when the language maps possessives to their owner's
    pronoun: a pronoun mention (``er``) spanning the two words."""
    for k in range(cue.first, cue.last - 1):
        pronouns = lex.possessive_pronouns.get(toks[k].low)
        if pronouns and toks[k + 1].word:
            return Mention(PRONOUN, toks[k].start, toks[k + 1].end, min(pronouns))
    return None


def mention_after_source(window: Window, cue: Cue, hi: int) -> Mention | None:
    """The source named after a preposition cue (``secondo la KCNA``), else its noun phrase."""
    titled = _title_noun_name(window, cue.last, hi)
    if titled is not None:
        return titled  # "Per la rivista «Ciak»": the magazine's name, not "la rivista"
    toks = window.tokens
    lex = window.lex
    if cue.last < hi and toks[cue.last].low in lex.speech_verbs and not lex.verb_second:
        # "según explicó a este periódico": the verb's subject speaks, named elsewhere
        # (German "so heißt es in …" is an inverted clause of its own)
        verb = toks[cue.last]
        return Mention(IMPLICIT, verb.start, verb.end, verb.text)
    if cue.last < hi and toks[cue.last].low in lex.person_pronouns:
        pronoun = toks[cue.last]  # "Pour lui, c'est « … »", "Para él, …"
        return Mention(PRONOUN, pronoun.start, pronoun.end, pronoun.text)
    if tuple(t.low for t in toks[cue.first : cue.last]) in lex.owner_sources:
        # "A su juicio, el gobierno «…»": the owner of the view, named before, speaks;
        # where possessives name their owner's pronoun ("seiner Meinung nach", "in her
        # view"), the possessive and its noun are the mention that attributes the quote
        return _possessed_view(toks, cue, lex) or Mention(IMPLICIT, cue.start, cue.end, cue.text)
    antecedent = _relative_source(window, cue, hi)
    if antecedent is not None:
        return antecedent
    found = window.right(cue, hi)
    if found is not None:
        return found
    j = cue.last
    while j < hi and toks[j].word and toks[j].low in window.lex.determiners:
        j += 1
    e = j
    while e < hi and toks[e].word and e - j < 6:
        e += 1
    for k in range(j, e):  # "according to operator Northcliffe Metro": the name in it
        nm = window.cover[k]
        if nm is not None and not nm.weak and nm.start == toks[k].start:
            return Mention(NAME, nm.start, nm.end, nm.entity.name, name=nm)
    while lex.capitalised_nouns and e - 1 > j and not toks[e - 1].cap:
        e -= 1  # German "so Schäuble weiter": the adverb after the name is none of it
    if e > j:
        return Mention(
            ROLE,
            toks[j].start,
            toks[e - 1].end,
            join_tokens(toks[j:e]),
            key=" ".join(t.low for t in toks[j:e]),
            definite=j > cue.last and toks[j - 1].low in lex.definite_determiners,
        )  # ("Según la regidora": the woman last named)
    return None
