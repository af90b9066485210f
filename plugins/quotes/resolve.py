"""Resolve speaker mentions to canonical speakers across the document.

Surname-only mentions map to the full name introduced earlier (done by the name
index), role descriptions (``il leader nordcoreano``) to the name they were
apposed to, pronouns and subject-less cues to the most recent speaker (or the
most recent person), and group mentions (``i due``) to the last two people.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from .lexicon import Lexicon
from .names import Entity, NameIndex, NameMention, adjective_first, genitive_stem
from .speakers import GROUP, IMPLICIT, NAME, ORG, PRONOUN, ROLE, UNKNOWN, Mention

_Fit = Callable[[Entity], bool] | None  # a test a candidate antecedent must pass

__all__ = ["Resolved", "Resolver", "strip_determiners"]

_WORDS = re.compile(r"\w+['’]?")
_CLAUSE_END = re.compile(r"[.!?;:\n]")  # where a sentence or clause ends
_MARKED_TITLE = r"[„“«»‚\"]([^„“”«»‚‘’\"\n]{1,60})[“”«»‘’\"]"  # „Al-Ahram“ (its words)
_TITLE_AFTER = re.compile(r"[ \t]?" + _MARKED_TITLE)
_MEDIUM_TITLED = re.compile(r"(\w+)[ \t]+" + _MARKED_TITLE)  # "Zeitung „Sunday Times“"
_QUOTED = re.compile(r"[„»«“\"][^„»«“”\"]*[“”«»\"]")  # one quotation with its marks
_BRACKETED = re.compile(r"[ \t]*\((\w[\w/ -]{0,20})\)")  # "Thomas Brenninger (CSU)"
# a preposition, an indefinite article and an opening mark: "von einer „…“"
_QUOTED_COMPLEMENT = re.compile(r"\s+\w+\s+\w+\s*[„“\"«»‚‘]")
UNNAMED = "unnamed"  # resolved_by of somebody the article does not name ("a worker")


@dataclass(frozen=True)
class Resolved:
    """A canonical speaker (``None`` when unknown) and, for groups, its members."""

    speaker: str | None
    speakers: tuple[str, ...]
    resolved_by: str  # name, role, pronoun, group, implicit, follow-on, unresolved
    antecedent: tuple[int, int] | None = None  # span of the mention the speaker was resolved to


class Resolver:
    """Keeps the speakers seen so far in one document and resolves new mentions."""

    def __init__(self, index: NameIndex, lex: Lexicon, text: str = "") -> None:
        self.index = index
        self.lex = lex
        self.text = text
        self.history: list[tuple[int, Resolved]] = []  # (position, speaker) in text order
        self.role_positions = [pos for pos, _, _ in index.roles]
        self._speaker_names: set[str] = set()
        self._history_positions: list[int] = []
        self._organisation_names: set[str] | None = None  # filled on first use

    def remember(self, pos: int, resolved: Resolved) -> None:
        """Record a quote's speaker so later pronouns and follow-ons can refer to it."""
        if resolved.speaker is not None or resolved.resolved_by == UNNAMED:
            # an unnamed speaker is remembered too: "„…“, sagte eine Anwohnerin. „…“"
            i = bisect.bisect_right(self._history_positions, pos)
            self.history.insert(i, (pos, resolved))
            self._history_positions.insert(i, pos)
            self._speaker_names.update(resolved.speakers)

    def last_speaker(self, pos: int) -> tuple[int, Resolved] | None:
        """The most recent speaker recorded before ``pos``."""
        i = bisect.bisect_left(self._history_positions, pos)
        return self.history[i - 1] if i > 0 else None

    def resolve(
        self, mention: Mention, pos: int, hint: Callable[[], Mention | None] | None = None
    ) -> Resolved:
        """The canonical speaker for ``mention`` found for a quote at ``pos``.

        ``hint`` finds the subject of the previous sentence, preferred as the antecedent of
        pronouns and subject-less cues when it was named after the last quotation (it is
        only looked for when the mention needs an antecedent).
        """
        if mention.kind == NAME and mention.name is not None:
            demonym_of = self._demonym_described(mention, hint)
            if demonym_of is not None:  # "a confié le Corrézien": the person named before
                return Resolved(demonym_of.name, (demonym_of.name,), ROLE)
            entity = self._fuller_body(mention.name.entity)
            if (
                self.lex.capitalised_nouns
                and len(entity.tokens) == 1
                and not entity.org
                and (
                    (
                        entity.name.casefold().endswith(self.lex.crowd_noun_endings)
                        and not entity.person
                    )
                    or entity.name.casefold() in self.lex.crowd_documents
                )
            ):  # "riefen Umstehende": a capitalised word no list knows, but people unnamed;
                # "Anhänger Schilder … hochhielten und „…“ skandierten": what a crowd holds
                return Resolved(None, (), UNNAMED, (mention.start, mention.end))
            return Resolved(entity.name, (entity.name,), NAME)
        if mention.kind == UNKNOWN:
            return Resolved(None, (), "unresolved")
        if mention.kind in (ORG, ROLE):
            words = [w.casefold() for w in mention.text.split()]
            if any(self.lex.names_source_circle(w) for w in words) or (
                words and words[-1] in self.lex.crowd_documents
            ):  # "Aus Parteikreisen hieß es", "Auf Transparenten stand": nobody named
                return Resolved(None, (), UNNAMED)
            owner_pronoun = self._owner_pronoun(mention)
            if owner_pronoun:  # "Ihr Fazit: „…“": her verdict, so her words
                pronoun = Mention(PRONOUN, mention.start, mention.start, owner_pronoun)
                return self.resolve(pronoun, pos, hint)
            people = self._issuing_people(mention)
            if len(people) > 1:
                return self._group(people)
            if people:
                return Resolved(people[0].name, (people[0].name,), ORG)
            issuer = self._issuer(mention, hint)
            if issuer is not None:  # "heißt es in der Mitteilung des Konzerns": the issuer
                return Resolved(issuer.name, (issuer.name,), ORG)
        if mention.kind == ORG:
            text = strip_determiners(mention.text, self.lex)
            noun = self._without_place(text)  # "aus der Zentrale in Offenbach": the Zentrale
            body = (
                self._body_described_before(noun, hint() if hint else None)
                or self._anaphoric_body(noun, mention.start)
                or self._body_named_in_full(noun, mention.start)
            )
            if body is not None:  # "ein Sprecher der Behörde": the authority named before
                return Resolved(body.name, (body.name,), ORG)
            at = self.text.find(text, mention.start, mention.end)
            genitive = at > 0 and self._word_before(at) in self.lex.genitive_determiners
            if " " not in text and genitive:
                text = genitive_stem(text, self.lex) or _genitive_of_name(text)
                # ("des Landgerichts"; "ein Sprecher des Pentagons": the Pentagon)
            if self.lex.capitalised_nouns and not self._may_name_body(text, mention):
                return Resolved(None, (), UNNAMED)  # "heißt es in einer internen E-Mail",
                # "hieß es dort auf Englisch": a thing or a language names nobody
            fuller = [
                m.entity
                for m in self.index.within(mention.start, mention.end)
                if not m.weak
                and not m.entity.person
                and len(m.entity.tokens) > 1
                and m.entity.tokens[0] == text
            ]
            if fuller:  # "hieß es vom Tierpark" after "Tierpark Cottbus": the body in full
                return Resolved(fuller[0].name, (fuller[0].name,), ORG)
            return Resolved(text, (text,), ORG)
        if mention.kind == ROLE:
            if mention.definite and any(w in self.lex.couple_nouns for w in mention.key.split()):
                pair = self._coordinated_pair(mention.start)
                if pair is not None:  # "Rita e Giorgio Sanna … hanno raccontato i genitori"
                    return self._group(pair)
            if mention.definite and self._bench(mention):
                court = self._last_court(mention.start)
                if court is not None:  # "Les juges ont estimé": the court named before
                    return Resolved(court.name, (court.name,), ORG)
            words = [self._singular(w) for w in mention.key.split()]
            head = self.lex.head_words(words)  # "47-jährige der deutschen presse-agentur"
            organisation = any(
                self.lex.names_organisation(w) or self.lex.names_body_in_compound(w)
                for w in head
            )  # ("Das Wasserwirtschaftsamt": a body, no person)
            anaphor = any(w in self.lex.organisation_anaphors for w in head)
            if organisation:
                named = self._body_named_in(mention)
                if named is not None:  # "the GMB union": the body it names
                    return Resolved(named.name, (named.name,), ORG)
            if not (organisation or anaphor) and self._of_somebody_unnamed(mention.end):
                return Resolved(None, (), UNNAMED)  # "la dueña de un restaurante"
            # "teilte ein Sprecher mit", "einen nicht namentlich genannten Kardinal": not the
            # spokeswoman or the cardinal named before (an indefinite determiner opens it)
            unnamed_holder = self._indefinite(mention)
            found = None if unnamed_holder else self._role(mention.key, mention.start, exact=True)
            if found is None and mention.definite:
                found = self._synonym_role(words, mention.start)  # "il governatore" after
                # "Il presidente della Regione, X"
            bare = (  # German "Laut Verband": a noun without its article after a source
                self.lex.capitalised_nouns
                and not mention.definite
                and (self._word_before(mention.start),) in self.lex.source_prepositions
            )
            if found is None and mention.definite and anaphor:
                again = self._same_mention_before(mention, self.lex.organisation_anaphors)
                if again is not None and again.speaker is not None:
                    return again  # "…, indicó el gremio …, en la que llamó a «…»"
            if found is None and (mention.definite or bare) and anaphor:
                # "the authority said": the organisation last named with that word, else the
                # organisation last named
                fits = self._company_fit(words)  # ("the company" is no authority)
                subject = hint() if hint else None
                subject_body = self._named_subject_body(subject) or (
                    self._body_described_before(mention.key, subject)
                )  # ("Die Bundesnetzagentur verwies … teilte die Behörde mit")
                if subject_body is not None and fits is not None and not fits(subject_body):
                    subject_body = None
                named = self._named_organisation(words, mention.start)
                if (
                    named is not None
                    and subject_body is not None
                    and subject_body is not named
                    and not any(w in (t.casefold() for t in named.tokens) for w in words)
                ):  # "Die Welthungerhilfe forderte … „…“, erklärte die Organisation": the
                    named = None  # body the sentence before is about, not a compound's head
                    # ("Landwirtschaftsorganisation der Vereinten Nationen") named earlier
                found = (
                    named
                    or subject_body
                    or self._last_organisation(mention.start, fits)
                    or self._last_subject_body(mention.start, fits)
                    or self._last_named_body(mention.start, fits)
                )
            before = _WORDS.findall(self.text[max(0, mention.start - 12) : mention.start])
            determiner = [w for w in before[-1:] if w.casefold() in self.lex.determiners]
            # "la ricercatrice": a woman (the determiner may stand before the mention)
            gender = self.lex.role_gender(" ".join([*determiner, mention.text]))
            if found is None and mention.definite and not (organisation or anaphor):
                found = self._affiliated(words, mention.start)  # "der CSU-Politiker"
            crowd = (  # "schrieben die Erpresser": many people, never one named before
                mention.definite
                and not (organisation or anaphor)
                and (
                    self._plural_verb_next_to(mention)
                    or self.lex.plural_people_noun(" ".join([*determiner, mention.text]))
                )
            )
            if found is None and mention.definite and not (organisation or anaphor or crowd):
                # "Lambert ha insistito … ha affermato il ministro francese"
                found = self._hinted(hint() if hint else None, pos, last_too=True)
                if found is not None and (
                    not self._agrees(found.name, gender)
                    or found.org
                    or not (found.person or (len(found.tokens) > 1 and self._spoke(found)))
                ):
                    found = None  # "la glaciologa" is a person: not "in alta Valtellina"
            if found is None and not unnamed_holder:
                found = self._role(mention.key, mention.start)
                if found is not None and (
                    not self._agrees(found.name, gender) or (organisation and found.person)
                ):  # ("Das französische Justizministerium" is not the spokeswoman of the
                    found = None  # Belgian one, though her role holds the same noun)
            if found is not None:
                return Resolved(found.name, (found.name,), ROLE)
            if mention.definite and organisation and len(words) == 1:
                compound = self._compound_antecedent(words[0], mention.start)
                if compound is not None:  # "die Fraktion" after "die SPD-Landtagsfraktion"
                    return Resolved(
                        compound.entity.name,
                        (compound.entity.name,),
                        ROLE,
                        (compound.start, compound.end),
                    )
                body = self._body_named_in_full(words[0], mention.start)
                if body is not None:  # "die Kammer" after "die Landwirtschaftskammer X"
                    return Resolved(body.name, (body.name,), ROLE)
            if (
                mention.definite
                and not (organisation or anaphor)
                and not any(self._spokesperson(w) for w in words)  # (named in the next step)
                and not crowd
            ):
                # "il tecnico", "the prime minister", "die 47-Jährige": the person last named
                people = [e for e in self._people(mention.start, 3) if self._agrees(e.name, gender)]
                if people:
                    return Resolved(people[0].name, (people[0].name,), ROLE)
            if any(self._spokesperson(w) for w in words):
                owned = [
                    m.entity
                    for m in self.index.within(mention.start, mention.end)
                    if m.weak and self._body_compound(m)
                ]
                if owned:  # "ein Sprecher des Umweltministeriums": the ministry
                    return Resolved(owned[0].name, (owned[0].name,), ORG)
                if self._spokesperson(words[0]) and len(words) > 1:
                    # "fonti diplomatiche", "fuentes policiales": sources described, not named
                    return Resolved(None, (), UNNAMED)
                owner = next(
                    (w for w in words if w in self.lex.organisation_anaphors), None
                )  # "a trust spokesperson": the trust named before
                named = self._anaphoric_body(owner, mention.start) if owner else None
                if named is not None:
                    return Resolved(named.name, (named.name,), ORG)
                earlier = self._spokesperson_before(mention)
                if earlier is not None:  # "sagte ein Sprecher der Downing Street … Der
                    return earlier  # Sprecher teilte auch mit": the same spokesperson
                employer = self._employer_of_earlier_spokesperson(mention)
                if employer is not None:  # "A spokesperson for Meridian Generics … said …
                    return Resolved(employer.name, (employer.name,), ORG)  # the spokesperson"
                # "erklärte eine Sprecherin": the spokesperson of the body just named, first
                # of the one the sentence before is about ("Das Wissenschaftsministerium wies
                # die Verantwortung zurück. „…“, teilte eine Sprecherin mit")
                subject = hint() if hint else None
                if (
                    subject is not None
                    and subject.kind == ROLE
                    and subject.definite
                    and " " not in subject.key
                    and self.lex.names_body_in_compound(subject.key)
                ):  # "Das Wissenschaftsministerium": a body named by its noun alone
                    described = self.resolve(subject, subject.start)
                    if described.speaker is not None:
                        return Resolved(described.speaker, described.speakers, ORG)
                body = self._subject_body(subject) or self._later_of(
                    self._recent_body(mention.start),
                    self._last_body_noun(mention.start, reach=300),
                    mention.start,
                )  # German "Wie die Polizei mitteilte, … sagte ein Sprecher"; "… eine Gruppe
                # namens »X«. Das Landeskriminalamt hat …; ein Sprecher": the body named later
                if body is not None and len(body.tokens) == 1:
                    body = self._body_named_in_full(body.name, mention.start) or body
                if body is not None:
                    return Resolved(body.name, (body.name,), ORG)
                return Resolved(None, (), UNNAMED)  # no body near: nobody named
            if (
                unnamed_holder or mention.key in self.lex.indefinite_pronouns
            ) and not (organisation or anaphor):
                employer = self._body_right_after(mention) or self._body_in_prefix(mention)
                if employer is not None:  # "un prévisionniste de Météo-France": the body
                    return Resolved(employer.name, (employer.name,), ORG)
                # "sagte eine Anwohnerin", "a worker said": somebody the article does not name
                return Resolved(None, (), UNNAMED)
            text = strip_determiners(mention.text, self.lex)
            if not self._free_of_verbs(text):
                return Resolved(None, (), "unresolved")  # "wurde dieser angesichts …"
            person = self._person_with_surname(text)
            if person is not None:  # "so Schäuble weiter. Wolfgang Schäuble ist …": named
                return Resolved(person.name, (person.name,), NAME)  # in full after it
            if (
                self.lex.capitalised_nouns
                and not mention.definite
                and not determiner
                and not bare
                and len(words) == 1
                and self.lex.is_role(words[0])  # (not an unknown name: "so Schäuble weiter")
                and mention.text[:1].isupper()  # (not "so letztere")
                and not (organisation or anaphor)
            ):  # German "Anwohner berichteten", "Augenzeugen sagten": a role noun with no
                return Resolved(None, (), UNNAMED)  # article is people the text does not name
            counted = self._without_quantity(text)  # "etwa 150 Unterstützer": Unterstützer
            # "riefen die Demonstranten", "a dit le ministre" with no minister named: a role or
            # a crowd the text never names is no speaker's name, and the mention stays the
            # quotation's speaker_span (also an indefinite one that may be a firm: "sagte ein
            # Händler vom Bandim-Markt")
            counted_before = bool(before) and before[-1].isdigit()  # "rund 60 Impfgegner"
            medium = (
                self._medium_named_before(mention.start)
                if mention.definite
                and self.lex.names_medium(words[-1])
                and not self._title_after(mention)
                else ""
            )
            if medium:  # "Das Blatt sprach von …" after "Die Zeitung „Sunday Times“ berichtete"
                return Resolved(medium, (medium,), ROLE)
            if (not (organisation or anaphor) or unnamed_holder) and self._names_nobody(
                counted, counted != text or mention.definite or bool(determiner) or counted_before
            ):
                return Resolved(None, (), UNNAMED, (mention.start, mention.end))
            title = self._title_after(mention) if self.lex.is_title_noun(words[-1]) else ""
            if title:  # "zitierte die Zeitung „Al-Ahram“": the medium's name, in marks
                return Resolved(title, (title,), ROLE)
            # "Der Studierendenrat der Universität Leipzig": a body described by its full name
            return Resolved(counted, (counted,), "unresolved-role")
        if mention.kind == GROUP:
            after = _WORDS.findall(self.text[mention.end : mention.end + 30].casefold())[:1]
            if after and self.lex.names_organisation(self._singular(after[0])):
                bodies = self._coordinated_pair(mention.start, bodies=True)
                if bodies is not None:  # "Filt Cgil e Uiltrasporti … scrivono i due sindacati"
                    return self._group(bodies)
            pair = self._pair_named_after(mention) or self._coordinated_pair(mention.start)
            if pair is not None:  # "Lea Carstens und Malik Yıldırım … sagten die beiden"
                return self._group(pair)
            members = self._people(mention.start, 2)
            if len(members) == 2:
                return self._group(sorted(members, key=lambda e: e.first))
            return Resolved(None, (), "unresolved")
        if (
            mention.kind == PRONOUN
            and (self.lex.plural_pronoun(mention.text) or self._plural_they(mention))
        ) or (
            mention.kind == IMPLICIT and self._plural_cue(mention)
        ):
            pair = self._coordinated_pair(mention.start)
            if pair is not None:  # "Rita and Frank Oldroyd … “…,” they said"; "…», contaron"
                return self._group(pair)
            unnamed_crowd = self._crowd_before(mention, hint() if hint else None)
            if unnamed_crowd is not None:  # "demonstrierten mehrere hundert Menschen. Sie
                return unnamed_crowd  # riefen: „…“": the crowd, no one named before
        if mention.kind in (PRONOUN, IMPLICIT):
            gender = self.lex.pronoun_gender(mention.text) if mention.kind == PRONOUN else None
            she = gender is None and mention.kind == PRONOUN and self._singular_she(mention)
            if she:
                gender = "f"  # "sagte sie": a woman (or a body), never a man
            personal = mention.kind == PRONOUN and self.lex.person_pronoun(mention.text)
            subject = hint() if hint else None
            bodily = mention.kind == PRONOUN and self._may_mean_body(mention.text, subject)
            spokesperson = self._unnamed_spokesperson_hinted(subject, mention.start, gender)
            if spokesperson is not None:  # "Ein Sprecher des Landgerichts wies darauf hin, …
                return spokesperson  # „…“, sagte er": the spokesperson speaks for the court
            return self.antecedent(
                mention.start, mention.kind, subject, gender, personal, bodily, objects=not she
            )
        return Resolved(None, (), "unresolved")

    def antecedent(
        self,
        pos: int,
        how: str,
        hint: Mention | None = None,
        gender: str | None = None,
        personal: bool = False,
        body: bool = False,
        objects: bool = True,
    ) -> Resolved:
        """A pronoun's or a subject-less cue's speaker: the previous sentence's named subject when
        it came after the last quotation, else the last speaker, else the last person named;
        with a gendered pronoun (``a-t-elle``), only someone whose given name agrees; with a
        ``personal`` one (``she``), never an organisation, and with any other only when it
        may mean the ``body`` the hint names (``Die Feuerwehr … teilte sie mit``)."""
        last = self._last_agreeing_speaker(pos, gender, personal)
        entity = self._hinted(hint, pos)
        if entity is not None and how == PRONOUN and entity.org and not body:
            entity = None  # "she" is no organisation
        if (
            entity is not None
            and personal
            and not entity.person
            and adjective_first(entity.tokens, self.lex)
        ):
            entity = None  # "er" is no "Technischem Hilfswerk"
        if (
            entity is not None
            and len(entity.tokens) == 1
            and not (entity.person or entity.org)
            and entity.tokens[0].casefold() not in self.lex.given_names  # "Josette, 88 ans"
        ):  # "ha lasciato Torino …. «…», ricorda": a lone unknown word is no subject to
            # take over from the last speaker
            entity = None
        if entity is not None and not self._agrees(entity.name, gender):
            entity = None
        if entity is not None and hint is not None:
            return Resolved(entity.name, (entity.name,), how, (hint.start, hint.end))
        if (
            hint is not None
            and hint.kind == ROLE
            and (last is None or hint.start > last[0])
            and self._indefinite(hint)
            and any(w in self.lex.voice_nouns for w in hint.key.split()[:1])
        ):  # "une femme sanglote … « … », répète-t-elle": somebody unnamed
            return Resolved(None, (), UNNAMED, (hint.start, hint.end))
        if (
            hint is not None
            and hint.kind == ROLE
            and (last is None or hint.start > last[0])
            and self._indefinite(hint)
            and any(self.lex.is_role(w) for w in hint.key.split())  # a person ("une phrase"
            and not any(self.lex.names_organisation(w) for w in hint.key.split())  # is not)
            and not self._apposed_to_name(hint)  # ("by Lorraine Achebe-Fitch, a teacher")
        ):  # "A neighbor … said she was not surprised. “…,” she said": somebody unnamed
            res = self.resolve(hint, hint.start)
            if res.resolved_by == UNNAMED or res.speaker is None:
                return Resolved(None, (), UNNAMED, (hint.start, hint.end))
        described = self._described_subject(hint, pos, gender)
        if described is not None and hint is not None:  # "… die Chefin nicht. „…“, sagt sie"
            return Resolved(described.speaker, described.speakers, how, (hint.start, hint.end))
        people = [e for e in self._people(pos, 3) if self._agrees(e.name, gender)][:1]
        if (
            last is not None
            and hint is not None
            and hint.kind == ROLE
            and hint.definite
            and hint.start > last[0]
            and not any(w in self.lex.organisation_nouns for w in hint.key.split())
            and self.lex.is_role(hint.key.split()[0])  # (not "la faglia responsabile")
        ):  # "Le technicien a salué son pilier Jon Irigoyen. « … », a-t-il ajouté": the
            # described speaker goes on; the person named as an object does not take over
            res = last[1]
            return Resolved(res.speaker, res.speakers, how, res.antecedent)
        if last is not None:
            p, res = last
            # a person named after the last quote and before this one takes over
            if people and people[0].name not in res.speakers:
                mention = self._last_mention(people[0], pos)
                if (
                    mention is not None
                    and mention[0] > p
                    and not self._after_preposition(mention[0])
                    and not self._reported_about(mention[1])
                ):  # "die Regierung unter Robert Mugabe": an object does not take over
                    return Resolved(people[0].name, (people[0].name,), how, mention)
            return Resolved(res.speaker, res.speakers, how, res.antecedent)
        if people:
            return Resolved(
                people[0].name, (people[0].name,), how, self._last_mention(people[0], pos)
            )
        named = self._last_full_name(pos, gender, objects=objects and gender is not None)
        if named is not None:
            # "Wenn Konstanze Wehling …, sagt sie": a name the given-name lists miss
            return Resolved(named.entity.name, (named.entity.name,), how, (named.start, named.end))
        return Resolved(None, (), "unresolved")

    def _reported_about(self, end: int) -> bool:
        """The mention ending at ``end`` is the subject of a verb of reported speech right
        after it (``Tiedemann habe die Ministerin gestützt``): what is reported, not who."""
        after = _WORDS.findall(self.text[end : end + 20].casefold())[:1]
        return bool(after) and after[0] in self.lex.reported_speech_markers

    def _fuller_body(self, entity: Entity) -> Entity:
        """``Laut Feuerwehr …, teilte die Feuerwehr Grimma mit``: a body named by its type
        alone is the one the document names in full with its place."""
        if (
            len(entity.tokens) != 1
            or entity.tokens[0].casefold() not in self.lex.place_named_bodies
        ):
            return entity
        head = entity.tokens[0]
        fuller = {
            m.entity.name: m.entity
            for m in self.index.mentions
            if m.entity.tokens[0] == head and len(m.entity.tokens) > 1
        }
        return next(iter(fuller.values())) if len(fuller) == 1 else entity

    def _agrees(self, name: str | None, gender: str | None) -> bool:
        """False only when both the pronoun's and the name's gender are known and differ."""
        if gender is None or name is None:
            return True
        known = self.lex.gender_of(name)
        return known is None or known == gender

    def _last_agreeing_speaker(
        self, pos: int, gender: str | None, personal: bool = False
    ) -> tuple[int, Resolved] | None:
        """The most recent speaker before ``pos`` a pronoun of ``gender`` can refer to (a
        gendered ``personal`` pronoun, ``er``, ``she``, never to an organisation)."""
        last = self.last_speaker(pos)
        if last is None or gender is None:
            return last
        body = personal and self._names_organisation(last[1].speaker)
        if not body and self._agrees(last[1].speaker, gender):
            return last
        i = bisect.bisect_left(self._history_positions, pos)
        for p, res in reversed(self.history[max(0, i - 10) : i]):
            if (
                len(res.speakers) == 1
                and self._agrees(res.speaker, gender)
                and not (personal and self._names_organisation(res.speaker))
            ):
                return p, res
        return None

    def _names_organisation(self, name: str | None) -> bool:
        """True when ``name`` is the canonical name of an organisation in the index."""
        if self._organisation_names is None:
            self._organisation_names = {
                m.entity.name for m in self.index.mentions if m.entity.org
            }
        return name in self._organisation_names

    def _last_full_name(
        self, pos: int, gender: str | None = None, objects: bool = False, reach: int = 800
    ) -> NameMention | None:
        """The nearest name of two or more words before ``pos`` that is no organisation,
        agrees with ``gender`` and (unless ``objects``: a gendered pronoun with no other
        candidate, "started by Lorraine Achebe-Fitch … she says") is not after a preposition:
        with no person known, the likeliest antecedent."""
        for m in reversed(self.index.before(pos, 30)):
            if pos - m.start > reach:
                return None
            entity = m.entity
            if (
                not m.weak
                and not entity.org
                and len(entity.tokens) >= 2
                and self._agrees(entity.name, gender)
                and (
                    not self._after_preposition(m.start)
                    or (  # (after one, in German only a person's: not "im Stadtteil Urfahr")
                        objects
                        and (
                            not self.lex.capitalised_nouns
                            or entity.person
                            or entity.tokens[0].casefold() in self.lex.given_names
                        )
                    )
                )
            ):
                return m
        return None

    def _may_mean_body(self, pronoun: str, hint: Mention | None) -> bool:
        """German ``sie`` after ``Die Feuerwehr …`` as the subject before: a pronoun of
        ``body_pronouns`` whose determiner stands right before the hint's name."""
        words = _WORDS.findall(pronoun.casefold())
        determiners = self.lex.body_pronouns.get(words[-1]) if words else None
        if not determiners or hint is None or hint.kind != NAME:
            return False
        before = _WORDS.findall(self.text[max(0, hint.start - 40) : hint.start].casefold())
        if (
            len(before) >= 2
            and hint.name is not None
            and hint.name.entity.org
            and self.lex.names_organisation(before[-1])
        ):  # "Die Bürgerinitiative Pro Kreisklinik": the body's noun, then its name
            return before[-2] in determiners
        return bool(before) and before[-1] in determiners

    def _body_right_after(self, mention: Mention) -> Entity | None:
        """The body named right after a role by a possessor link (``un prévisionniste de
        Météo-France``, ``ein Meteorologe des DWD``; not the one told: ``erzählte eine
        Bewohnerin dem Fernsehsender America TV``)."""
        links = (self.lex.possessor_links | self.lex.determiners) - self.lex.oblique_determiners
        for m in self.index.within(mention.end, mention.end + 60):
            between = _WORDS.findall(self.text[mention.end : m.start].casefold())
            if not between or not all(w in links for w in between):
                return None
            coined = any(any(c.isupper() for c in t[1:]) for t in m.entity.tokens)
            if m.entity.person or not (m.entity.org or coined):
                return None  # ("un tartufaio di Acqualagna": a place)
            return m.entity
        return None

    def _body_in_prefix(self, mention: Mention) -> Entity | None:
        """``ein DWD-Meteorologe``: the body named before whose name opens the compound of a
        person's role."""
        for word in mention.text.split():
            prefix, hyphen, rest = word.partition("-")
            if not hyphen or not rest or not self.lex.is_role(rest.casefold()):
                continue
            for m in reversed(self.index.before(mention.start, 200)):
                if m.weak or not m.entity.org:
                    continue
                if prefix in m.entity.tokens or self.text[m.start : m.end] == prefix:
                    return m.entity  # (also as its acronym: "DWD")
        return None

    def _body_named_in(self, mention: Mention) -> Entity | None:
        """A body's name inside an organisation's role phrase, before its noun (``the GMB
        union``, ``the Unite union``)."""
        for m in self.index.within(mention.start, mention.end):
            if not m.weak and not m.entity.person and (m.entity.org or len(m.entity.tokens) > 1):
                return m.entity
        return None

    def _unnamed_spokesperson_hinted(
        self, hint: Mention | None, pos: int, gender: str | None
    ) -> Resolved | None:
        """What the unnamed spokesperson the previous sentence has for subject (``Ein
        Sprecher des Amts erklärte …``) speaks for, when no quotation came after it and the
        pronoun agrees with the spokesperson's noun; else None."""
        if hint is None or hint.kind not in (ROLE, ORG, NAME) or not self._indefinite(hint):
            return None
        if hint.name is not None and hint.name.entity.person:
            return None
        words = _WORDS.findall(self.text[hint.start : hint.end].casefold())
        if not any(self._spokesperson(w) for w in words[:3]):
            return None  # ("Ein Sprecher des Landgerichts": an organisation's mention)
        last = self.last_speaker(pos)
        if last is not None and hint.start <= last[0]:
            return None
        role_gender = self.lex.role_gender(" ".join(words[:3]))
        if gender is not None and role_gender is not None and gender != role_gender:
            return None
        found = self.resolve(hint, hint.start)
        return found if found.speaker is not None else None

    def _hinted(self, hint: Mention | None, pos: int, last_too: bool = False) -> Entity | None:
        """The previous sentence's subject, when it was named after the last quotation, or
        (``last_too``) when it is the last speaker."""
        if hint is None:
            return None
        last = self.last_speaker(pos)
        named = hint.name.entity if hint.kind == NAME and hint.name is not None else None
        if last is not None and hint.start <= last[0]:
            # "X … bezeichnete es als „…“. „…“, sagte der 54-jährige Unternehmer": the
            # subject before, who spoke last
            if last_too and named is not None and last[1].speakers == (named.name,):
                return named
            return None
        if named is not None and hint.name is not None and not hint.name.weak:
            return named
        if hint.kind == ROLE:
            return self._role(hint.key, hint.start)
        return None

    def _free_of_verbs(self, text: str) -> bool:
        """False for words that hold an auxiliary, a speech verb or a complementizer
        (``wurde dieser angesichts der …``): no role a reader could take for a speaker."""
        lex = self.lex
        return not any(
            w in lex.auxiliaries or w in lex.speech_verbs or w in lex.complementizers
            for w in _WORDS.findall(text.casefold())
        )

    def _described_subject(
        self, hint: Mention | None, pos: int, gender: str | None
    ) -> Resolved | None:
        """The person a definite role description opening the previous sentence refers to
        (``die Chefin``: the woman last named), when it came after the last quotation."""
        if hint is None or hint.kind != ROLE or not hint.definite:
            return None
        last = self.last_speaker(pos)
        if last is not None and hint.start <= last[0]:
            return None
        words = hint.key.split()
        if len(words) != 1 or self.lex.names_organisation(words[0]):
            return None
        following = _WORDS.findall(self.text[hint.end : hint.end + 24].casefold())[:1]
        if following and following[0] in self.lex.object_prepositions:
            return None  # "der Bürgermeister von New Orleans": maybe somebody not named
        res = self.resolve(hint, hint.start)
        if res.resolved_by != ROLE or res.speaker is None or not self._agrees(res.speaker, gender):
            return None
        return res

    def _last_mention(self, entity: Entity, pos: int) -> tuple[int, int] | None:
        for m in reversed(self.index.before(pos)):
            if m.entity is entity:
                return (m.start, m.end)
        return None

    def _compound_antecedent(self, head: str, pos: int) -> NameMention | None:
        """German: the latest compound ending in ``head`` (``SPD-Landtagsfraktion`` for
        ``die Fraktion``), which a definite organisation noun refers back to."""
        if not self.lex.capitalised_nouns:
            return None
        objects = []
        for m in reversed(self.index.before(pos)):
            last = m.entity.tokens[-1].casefold()
            if len(last) > len(head) + 2 and last.endswith(head):
                if not self._after_preposition(m.start):
                    return m
                objects.append(m)  # "kann ans Bundesgericht weitergezogen werden": a court
        return objects[0] if objects else None  # appealed to is not the court that ruled

    def _named_organisation(self, words: list[str], pos: int) -> Entity | None:
        """The entity last named before ``pos`` whose name holds one of the anaphor words
        (``Riverton Transit Authority`` for ``the authority``; ``SPD-Landtagsfraktion`` for
        ``die Fraktion``)."""
        heads = [w for w in words if w in self.lex.organisation_anaphors]
        for m in reversed(self.index.before(pos)):
            if m.weak:
                continue
            names = [t.casefold() for t in m.entity.tokens]
            for head in heads:
                if head in names or any(len(n) > len(head) + 2 and n.endswith(head) for n in names):
                    return m.entity
        return None

    def _singular(self, word: str) -> str:
        """German genitive ``Konzerns``/``Gremiums`` -> ``konzern``/``gremium`` for lookups."""
        if not self.lex.capitalised_nouns or word in self.lex.organisation_anaphors:
            return word
        for cut in (1, 2):
            if word.endswith("es"[-cut:]) and word[:-cut] in self.lex.organisation_anaphors:
                return word[:-cut]
        return word

    def _word_end(self, word: str, start: int, end: int) -> int:
        """Where the first ``word`` (case-folded) between ``start`` and ``end`` ends, else
        ``end``."""
        for m in _WORDS.finditer(self.text, start, end):
            if m.group().casefold() == word:
                return m.end()
        return end

    def _genitive_body_after(self, end: int) -> Entity | None:
        """German: the body a genitive after ``end`` names by its noun alone (``einer
        Mitteilung des Bundeskriminalamts``): the one named in full with it, else itself."""
        if not self.lex.capitalised_nouns:
            return None
        stem = self._genitive_body_noun(end)
        if not stem:
            return None
        return self._body_named_in_full(stem, end) or Entity(stem, (stem,), org=True)

    def _genitive_body_noun(self, end: int) -> str:
        """German: the body's noun of a genitive right after ``end`` (``des
        Bundeskriminalamts``: ``Bundeskriminalamt``), else ""."""
        if not self.lex.capitalised_nouns:
            return ""
        words = self.text[end : end + 60].split()[:2]
        if len(words) < 2 or not self.lex.genitive_article(words[0].casefold()):
            return ""
        noun = words[1].strip(".,;:()")
        if not noun[:1].isupper():
            return ""
        if words[0].casefold() not in self.lex.genitive_determiners:  # "der Bundesanwaltschaft":
            return noun if self.lex.names_body_in_compound(noun.casefold()) else ""  # feminine
        return genitive_stem(noun, self.lex)

    def _person_with_surname(self, word: str) -> Entity | None:
        """The one person the document names in full with ``word`` (a capitalised word) as
        the last name, else None."""
        if " " in word or not word[:1].isupper():
            return None
        return self.index.person_with_surname(word)

    def _bench(self, mention: Mention) -> bool:
        """The judges as the court (``les juges``; German ``die Karlsruher Richter``: after a
        ``bench_determiners`` word only, as ``der Richter`` is one judge)."""
        lex = self.lex
        words = mention.key.split()
        if not words or words[-1] not in lex.bench_nouns:
            return False
        if len(words) > 2 or (
            len(words) == 2 and not (lex.capitalised_nouns and words[0].endswith("er"))
        ):
            return False  # (only a place's adjective may stand before: "die Karlsruher Richter")
        if not lex.bench_determiners:
            return True
        first = (_WORDS.findall(mention.text.casefold()) or [""])[0]
        if first not in lex.determiners:
            first = self._word_before(mention.start)
        return first in lex.bench_determiners

    def _singular_she(self, mention: Mention) -> bool:
        """German ``sie`` (``singular_feminine_pronouns``) next to a verb in the singular
        (``sagte sie``, ``sie erklärte``; not ``sagten sie``): she, not they."""
        verbs = self._verbs_next_to_sie(mention)
        return bool(verbs) and not any(self.lex.plural_verb(w) for w in verbs)

    def _crowd_before(self, mention: Mention, subject: Mention | None) -> Resolved | None:
        """German plural ``sie`` whose sentence before names no subject or a role with no
        article (``demonstrierten mehrere hundert Menschen. Sie riefen``): an unnamed crowd
        (else None)."""
        if mention.kind != PRONOUN or not self._plural_they(mention):
            return None
        if subject is None:  # (nobody named as the subject before: the crowd unnamed)
            return Resolved(None, (), UNNAMED)
        if (
            subject.kind != ROLE
            or subject.definite
            or any(self.lex.names_organisation(w) for w in subject.key.split())
        ):
            return None
        return Resolved(None, (), UNNAMED, (subject.start, subject.end))

    def _plural_they(self, mention: Mention) -> bool:
        """German ``sie`` next to a verb in the plural (``sagten sie``, ``ließen sie
        ausrichten``): they, not she."""
        return any(self.lex.plural_verb(w) for w in self._verbs_next_to_sie(mention))

    def _names_nobody(self, text: str, determined: bool) -> bool:
        """The role phrase ``text`` that no name was found for describes people the text does
        not name (``Demonstranten``, ``der Randalierer``, ``ministre``), not a body by its
        words (``Studierendenrat der Universität Leipzig``, a party: ``party_nouns``) or an
        unknown name (German ``so Schäuble``); ``determined``: a determiner or a number
        stands before it."""
        lex = self.lex
        words = text.split()
        if not words or text.casefold() in lex.party_nouns:
            return False
        if len(words) > 2 and lex.genitive_article(words[1].casefold()):
            return False  # a described body: "Der Studierendenrat der Universität Leipzig"
        if not lex.capitalised_nouns:
            return text[:1].islower()  # "le ministre"; a capitalised word may be a name
        head = words[-1].casefold()
        return (
            lex.is_role(head)
            or head.endswith(lex.crowd_noun_endings)  # "Umstehende", "Klimaaktivisten"
            or (determined and head.endswith(lex.person_noun_endings))
        )

    def _without_quantity(self, text: str) -> str:
        """A role phrase without the number or the capitalised quantity word before its
        noun (``etwa 150 Unterstützer``, German ``Mehrere Zuschauer``: the noun as written)."""
        lex = self.lex
        written = text.split()
        count = max(
            (
                i
                for i, w in enumerate(written)
                if w.isdigit()
                or (
                    lex.capitalised_nouns
                    and w[:1].isupper()
                    and w.casefold() in lex.non_names
                    and w.casefold() not in lex.determiners
                )
            ),
            default=-1,
        )
        if 0 <= count < len(written) - 1 and written[count + 1][:1].isupper():
            return " ".join(written[count + 1 :])
        return text

    def _plural_verb_next_to(self, mention: Mention) -> bool:
        """A speech verb in the plural right before or after ``mention``
        (``schrieben die Erpresser``, ``die Kritiker warnten``): many people, not one."""
        lex = self.lex
        preceding = self.text[max(0, mention.start - 30) : mention.start].casefold()
        before = _WORDS.findall(re.split(r"[.!?:;]", preceding)[-1])  # (this sentence only)
        if before and before[-1] in lex.determiners:  # "riefen die Demonstranten"
            before.pop()
        after = _WORDS.findall(self.text[mention.end : mention.end + 30].casefold())
        return any(
            w in lex.speech_verbs and lex.plural_verb(w)
            for w in [*before[-1:], *after[:1], *self._relative_clause_verb(mention.end)]
        )

    def _relative_clause_verb(self, end: int) -> list[str]:
        """The last word of a relative clause opened by a comma at ``end``, quotations
        skipped (``Die Demonstranten, die „…“ skandierten,``: ``skandierten``), case-folded."""
        following = self.text[end : end + 200]
        if not following.startswith(","):
            return []
        clause = re.split(r"[,.;:!?\n]", _QUOTED.sub(" ", following[1:]), maxsplit=1)[0]
        words = _WORDS.findall(clause)
        if len(words) < 2 or words[0].casefold() not in self.lex.relative_pronouns:
            return []
        if any(w[0].isupper() or w.casefold() in self.lex.determiners for w in words[1:]):
            return []  # "Der Rüde, den die Pfleger „Balu“ nannten": the clause's own subject
        return [words[-1].casefold()]

    def _verbs_next_to_sie(self, mention: Mention) -> list[str]:
        """The verbs of saying or auxiliaries right before or after a pronoun of
        ``singular_feminine_pronouns`` (case-folded; none for any other pronoun)."""
        words = _WORDS.findall(mention.text.casefold())
        if not words or words[-1] not in self.lex.singular_feminine_pronouns:
            return []
        lex = self.lex
        before = _WORDS.findall(self.text[max(0, mention.start - 30) : mention.start].casefold())
        after = _WORDS.findall(self.text[mention.end : mention.end + 30].casefold())
        return [
            w
            for w in [*before[-1:], *after[:1]]
            if w in lex.speech_verbs or w in lex.separable_verbs or w in lex.auxiliaries
        ]

    def _plural_cue(self, mention: Mention) -> bool:
        """A subject-less verb cue in the plural, by its own ending (``contaron``) or by its
        auxiliary's (``hanno detto``)."""
        if self.lex.plural_verb(mention.text):
            return True
        auxiliary = self._word_before(mention.start)
        return auxiliary in self.lex.auxiliaries and self.lex.plural_verb(auxiliary)

    def _word_before(self, pos: int) -> str:
        """The short word ending the text before ``pos``, case-folded (else "")."""
        before = _WORDS.findall(self.text[max(0, pos - 8) : pos].casefold())
        return before[-1] if before else ""

    def _issuer(
        self, mention: Mention, hint: Callable[[], Mention | None] | None = None
    ) -> Entity | None:
        """The organisation behind a document that speaks (``der Wochenbericht des RKI``,
        ``la nota``, ``a statement``): one named inside the phrase, else the body the sentence
        before names as its subject (``hint`` finds it), else the organisation or body last
        named before it."""
        words, nouns = self._document_nouns(mention)
        if not nouns:
            return None
        for m in self.index.within(mention.start, self._owner_phrase_end(mention)):
            if (
                (not m.weak or len(m.entity.tokens) >= 2)
                and not m.entity.person
                and not self.lex.names_document(m.entity.tokens[-1].casefold())
            ):  # (weak German nouns count when two: "der Vereinten Nationen"; the document's
                return m.entity  # own words do not: "in den Reise- und Sicherheitshinweisen")
        after = [m for m in self.index.before(mention.end + 40, 8) if m.start >= mention.end]
        if after and not after[0].weak and not after[0].entity.person:
            gap = self.text[mention.end : after[0].start]
            between = _WORDS.findall(gap.casefold())
            small = self.lex.object_prepositions | self.lex.determiners
            if not any(c in gap for c in ".;:!?") and all(w in small for w in between):
                # "un communiqué du Département fédéral …" (not "… in serata. L'Enac")
                return after[0].entity
        owner = self._genitive_body_after(mention.end)
        if owner is not None:  # "Laut einer Mitteilung des Bundeskriminalamts"
            return owner
        noun_end = self._word_end(nouns[0], mention.start, mention.end)
        inner = self._genitive_body_noun(noun_end)  # "In dem Gutachten des Landesamtes": the
        compound = bool(inner) and self.lex.names_body_in_compound(inner.casefold())
        named_before = self._body_named_in_full(inner, noun_end) if compound else None
        if named_before is not None:  # "Landesamt für Denkmalpflege" named before
            return named_before
        after_noun = words[words.index(nouns[0]) + 1 :]
        tail = _WORDS.findall(" ".join(after_noun[:3]))  # ("dell'azienda": two words)
        if any(self._singular(w) in self.lex.organisation_anaphors for w in tail):
            heads = [self._singular(w) for w in tail]
            described = self._body_described_as(heads, mention.start)
            if described is not None:  # "Der Energiekonzern X … in einer Mitteilung des
                return described  # Konzerns": the body described with that noun
            fits = self._company_fit(heads)
            body = self._subject_body_of(hint() if hint else None)
            if body is not None and fits is not None and not fits(body):
                body = None
            just_named = [
                c
                for c in map(self._compound_antecedent, heads, itertools.repeat(mention.start))
                if c is not None and not c.entity.person and mention.start - c.start <= 600
            ]
            if body is None and just_named:
                body = just_named[0].entity  # "Skeptisch äußerte sich das Außenministerium …
                # In einer Stellungnahme des Ministeriums": the compound just named
            body = body or self._latest_body(
                mention.start, fits
            )  # "una nota dell'azienda sanitaria"; "Die Molkerei wies die Vorwürfe zurück.
            # … heißt es in einer Stellungnahme des Unternehmens": the subject before
            if body is not None:
                return body
        for w in after_noun:  # "die Erklärung des Landrats"
            role = self._singular_role(w)
            if role:
                found = self._role(role, mention.start)
                if found is not None:
                    return found
        owner_words = [w for w in tail if w not in self.lex.determiners][:1]
        owned_by_court = any(
            self.lex.names_court(w) or self.lex.names_court(w[:-1]) for w in owner_words
        )  # "heißt es in der Begründung des Gerichts"
        if self.lex.names_ruling(nouns[0]) or owned_by_court:
            court = self._last_court(mention.start)
            if court is not None:  # "heißt es in der Urteilsbegründung": the court's
                return court
        return (
            self._earlier_issuer(nouns[0], mention.start)
            or self._subject_body_of(hint() if hint else None)
            or (Entity(inner, (inner,), org=True) if compound else None)
            # ("In einem Bericht des Bundesrechnungshofes heißt es": a body's own compound)
            or self._last_organisation(mention.start)
            or self._last_subject_body(mention.start)
            or (self._last_body_noun(mention.start) if self.lex.capitalised_nouns else None)
        )

    def _owner_phrase_end(self, mention: Mention) -> int:
        """Where a document's phrase stops naming its owner: at a preposition outside any
        name that links no possessor (``die Stellungnahme des Verbandes an das
        Regierungspräsidium``: the body addressed is no issuer)."""
        lex = self.lex
        names = self.index.within(mention.start, mention.end + 120)  # (a name may run on)
        past_noun = False
        for hit in _WORDS.finditer(self.text, mention.start, mention.end):
            word = hit.group().casefold()
            if not past_noun:  # (from the document's noun on: "In der Stellungnahme")
                past_noun = lex.names_document(word)
            elif (
                word in lex.object_prepositions
                and word not in lex.possessor_links
                and not any(m.start < hit.start() < m.end for m in names)
            ):
                return hit.start()
        return mention.end

    def _owner_pronoun(self, mention: Mention) -> str:
        """The subject pronoun of the owner a possessive determiner before a thing names
        (``Ihr Fazit``, ``auf ihrer Internetseite``: ``sie``), or "" (also for a person:
        ``ihr Anwalt``)."""
        if not self.lex.possessive_pronouns:
            return ""
        words = [w.casefold() for w in _WORDS.findall(mention.text)]
        if words and words[0] in self.lex.possessive_pronouns:
            first, head = words[0], words[1:]
        else:
            at = self.text.find(mention.text, mention.start, mention.end)
            first, head = (self._word_before(at) if at > 0 else ""), words
        pronouns = self.lex.possessive_pronouns.get(first)
        if not pronouns or not head or any(self.lex.is_role(w) for w in head):
            return ""
        return min(pronouns)

    def _spokesperson_before(self, mention: Mention) -> Resolved | None:
        """The speaker of the last quotation (within 1,500 characters) that a mention with
        the same spokesperson noun attributed, for a definite spokesperson."""
        if not mention.definite:
            return None
        heads = {w for w in mention.key.split() if self._spokesperson(w)}
        return self._same_mention_before(mention, heads)

    def _employer_of_earlier_spokesperson(
        self, mention: Mention, reach: int = 1500
    ) -> Entity | None:
        """For a definite spokesperson, the body named right after the same spokesperson
        noun earlier (``A spokesperson for Meridian Generics``, ``un portavoz de X``)."""
        if not mention.definite:
            return None
        nouns = [w for w in mention.key.split() if self._spokesperson(w)]
        if not nouns:
            return None
        low = self.text[max(0, mention.start - reach) : mention.start].casefold()
        at = low.rfind(nouns[0])
        if at < 0:
            return None
        end = max(0, mention.start - reach) + at + len(nouns[0])
        after = self.index.within(end, end + 40)
        if not after:
            return None
        body = after[0]  # the first name after the noun, past "for", "of", "de la" only
        between = _WORDS.findall(self.text[end : body.start].casefold())
        lex = self.lex
        if body.weak or body.entity.person or not between:
            return None
        if not all(w in lex.object_prepositions or w in lex.determiners for w in between):
            return None
        return body.entity

    def _same_mention_before(
        self, mention: Mention, nouns: Collection[str], reach: int = 1500
    ) -> Resolved | None:
        """The speaker of the last quotation (within ``reach`` characters) when a mention
        with one of the same ``nouns`` (``der Sprecher``, ``el gremio``) attributed it."""
        last = self.last_speaker(mention.start)
        if last is None or last[1].antecedent is None or mention.start - last[0] > reach:
            return None
        a, b = last[1].antecedent
        heads = {w for w in mention.key.split() if w in nouns}
        said = {w.casefold() for w in _WORDS.findall(self.text[a:b])}
        if not heads & said:
            return None
        return Resolved(last[1].speaker, last[1].speakers, ORG, last[1].antecedent)

    def _affiliated(self, words: list[str], pos: int) -> Entity | None:
        """``der CSU-Politiker``: a role noun prefixed with a party or body stands for the
        person last named with that affiliation in brackets (``Thomas Brenninger (CSU)``)
        or in their role (``SPD-Chef Lars Klingbeil``)."""
        prefixes = {
            w.split("-", 1)[0]
            for w in words
            if "-" in w and self.lex.is_role(w.split("-", 1)[1]) and len(w.split("-", 1)[0]) > 1
        }
        if not prefixes:
            return None
        for m in reversed(self.index.before(pos, 60)):
            if not m.entity.person or m.weak:
                continue
            tag = _BRACKETED.match(self.text, m.end)
            if tag is not None and tag.group(1).casefold() in prefixes:
                return m.entity
            if any(r.split("-", 1)[0] in prefixes for r in (m.role or "").split() if "-" in r):
                return m.entity  # "SPD-Chef Lars Klingbeil … der SPD-Politiker"
        return None

    def _issuing_people(self, mention: Mention) -> list[Entity]:
        """``heißt es in einer gemeinsamen Erklärung von Geschäftsführer Frank Pohlmann und
        Sportvorständin Sabine Rieck``: the people named right after a document noun and a
        possessor link (past their roles) issued it, one or two joined by ``and``."""
        words = [w.casefold().strip(".,'’") for w in mention.text.split()]
        if not any(self.lex.names_document(w) for w in words[:4]):
            return []
        inside = [
            m for m in self.index.within(mention.start, mention.end + 80) if not m.weak
        ]
        if not inside or not inside[0].entity.person:
            return []
        gap = self.text[mention.start : inside[0].start]
        if any(c in gap for c in ".;:!?"):
            return []  # (the name is in the next sentence)
        between = _WORDS.findall(gap.casefold())
        link = next(
            (
                k
                for k in range(1, len(between))
                if between[k] in self.lex.possessor_links
                and self.lex.names_document(between[k - 1])
            ),
            0,
        )
        if not link or any(
            not self.lex.is_role(w) or self.lex.names_organisation(w) for w in between[link + 1 :]
        ):
            return []  # (not "die Erklärung der Regierung unter X")
        people = [inside[0].entity]
        if len(inside) > 1 and inside[1].entity.person:
            joint = _WORDS.findall(self.text[inside[0].end : inside[1].start].casefold())
            role = (inside[1].role or "").split()  # "und Sportvorständin Sabine Rieck"
            if joint and joint[0] in self.lex.and_words and all(
                self.lex.is_role(w) or w in role for w in joint[1:]
            ):
                people.append(inside[1].entity)
        return people

    def _singular_role(self, word: str) -> str:
        """``word`` as a person's role noun (German genitive ``Landrats`` -> ``landrats``'s
        stem ``landrat``), or "" when it is none."""
        lex = self.lex
        for stem in (word, word[:-1], word[:-2]) if lex.capitalised_nouns else (word,):
            if len(stem) > 3 and lex.is_role(stem) and not lex.names_organisation(stem):
                return stem
        return ""

    def issued_before(self, mention: Mention) -> Entity | None:
        """Who issued the document ``mention`` names when it was named before with its
        issuer (``teilte X in einer Pressemitteilung mit … heißt es in der Mitteilung``)."""
        nouns = self._document_nouns(mention)[1]
        return self._earlier_issuer(nouns[0], mention.start) if nouns else None

    def _document_nouns(self, mention: Mention) -> tuple[list[str], list[str]]:
        """The mention's words, case-folded, and the document nouns among its first four."""
        words = [w.casefold().strip(".,'’") for w in mention.text.split()]
        return words, [w for w in words[:4] if self.lex.names_document(w)]

    def _earlier_issuer(self, noun: str, pos: int, reach: int = 2000) -> Entity | None:
        """Who issued the document named earlier with the same noun: ``teilte die Klinikum
        GmbH in einer Pressemitteilung mit. … heißt es in der Mitteilung``."""
        at = -1
        for hit in _WORDS.finditer(self.text, max(0, pos - reach), pos):  # word by word:
            word = hit.group()  # folding the whole text would move its offsets (ß to ss)
            k = word.casefold().find(noun)
            if k < 0 or (k == 0 and self.lex.capitalised_nouns and word[0].islower()):
                continue  # (German "berichtete" is no "Bericht"; "Abschlussbericht" is one)
            at = hit.start()
        if at < 0:
            return None
        start = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at)) + 1
        end = self.text.find(". ", at)
        end = pos if end < 0 or end > pos else end
        for m in self.index.within(start, end):
            if (not m.weak or self._body_compound(m)) and not self._after_preposition(m.start):
                return m.entity  # ("eines Berichts des Bundesrechnungshofs": a lone compound)
        return None

    def _body_compound(self, m: NameMention) -> bool:
        """German: a lone word that is a compound of a body's noun (``Bundesrechnungshof``),
        a weak name since every noun is capitalised, yet a body's."""
        tokens = m.entity.tokens
        return len(tokens) == 1 and self.lex.names_body_in_compound(tokens[0].casefold())

    def _spokesperson(self, word: str) -> bool:
        """A spokesperson noun, or in German a compound ending in one (``Polizeisprecher``)."""
        nouns = self.lex.spokesperson_nouns
        return word in nouns or (
            self.lex.capitalised_nouns and any(word.endswith(n) for n in nouns)
        )

    def _recent_body(self, pos: int, reach: int = 300) -> Entity | None:
        """The organisation or body last named as a subject within ``reach`` characters."""
        body = self._last_subject_body(pos)
        if body is None or (
            self.lex.capitalised_nouns and not body.org and len(body.tokens) < 2
        ):  # German "sucht Zeugen": a lone noun is no body
            return None
        mention = self._last_mention(body, pos)
        return body if mention is not None and pos - mention[0] <= reach else None

    def _group(self, members: Iterable[Entity]) -> Resolved:
        names = tuple(e.name for e in members)
        return Resolved(self.lex.group_joiner.join(names), names, GROUP)

    def _named_subject_body(self, subject: Mention | None) -> Entity | None:
        """The body the sentence before names as its subject, also by a name no list knows
        (``Aurora Launch Systems confirmed the delay. “…,” the company said``; ``Zipp``, not
        weak: named elsewhere than at a sentence's start)."""
        body = self._subject_body(subject)
        if body is not None or subject is None or subject.name is None:
            return body
        entity = subject.name.entity
        if self.lex.capitalised_nouns:  # (German runs of capitalised words are often a noun
            # and a name, but a capitalised adjective opens a body's name: "Die Deutsche Bahn")
            named = not subject.name.weak and not entity.person
            return entity if named and adjective_first(entity.tokens, self.lex) else None
        named = not subject.name.weak and not entity.person
        return entity if named and entity.tokens[0].casefold() not in self.lex.given_names else None

    def _subject_body_of(self, subject: Mention | None) -> Entity | None:
        """The body a subject names (:meth:`_named_subject_body`), or the organisation last
        named before a definite body noun standing as the subject (``Die Molkerei wies die
        Vorwürfe zurück``)."""
        body = self._named_subject_body(subject)
        if body is not None or subject is None or subject.kind != ROLE or not subject.definite:
            return body
        if not any(self.lex.names_body(w) for w in subject.key.split()):
            return None
        for m in self.index.within(subject.start, subject.end):
            if not m.weak and not m.entity.person and len(m.entity.tokens) >= 2:
                return m.entity  # "Das Hessische Verkehrsministerium": named by the subject
        head = next((w for w in subject.key.split() if self.lex.names_body(w)), "")
        itself = [  # ("Skeptisch äußerte sich das Außenministerium": the compound itself)
            m.entity
            for m in self.index.within(subject.start, subject.end)
            if self._body_compound(m) and m.entity.tokens[0].casefold() == head
        ]
        return (
            self._body_sharing_noun(head, subject.start)
            or (itself[0] if itself else None)
            or self._last_organisation(subject.start)
        )

    def _body_described_as(self, heads: list[str], pos: int, reach: int = 2000) -> Entity | None:
        """German: the body last named (within ``reach``) after a descriptive noun that is one
        of the anaphor ``heads`` or a compound ending in one (``der Energiekonzern X`` for
        ``des Konzerns``)."""
        heads = [h for h in heads if h in self.lex.organisation_anaphors]
        if not self.lex.capitalised_nouns or not heads:
            return None
        for m in reversed(self.index.before(pos)):
            if pos - m.start > reach:
                return None
            role = m.role
            if m.weak or m.entity.person or not role:
                continue
            if any(role == h or (len(role) > len(h) + 2 and role.endswith(h)) for h in heads):
                return m.entity
        return None

    def _body_sharing_noun(self, key: str, pos: int, reach: int = 1500) -> Entity | None:
        """German: the body last named (within ``reach``) with a word that opens or ends in
        the body noun ``key`` (``Die Polizei`` after ``Polizeipräsidium Lanzenau``)."""
        if not self.lex.capitalised_nouns or len(key) < 4:
            return None
        for m in reversed(self.index.before(pos)):
            if pos - m.start > reach:
                return None
            if m.weak or m.entity.person:
                continue
            words = [t.casefold() for t in m.entity.tokens]
            if any(w.startswith(key) or w.endswith(key) for w in words):
                return m.entity
        return None

    def _subject_body(self, subject: Mention | None) -> Entity | None:
        """The body a subject names: an organisation, or a German body noun on its own."""
        if subject is None or subject.kind != NAME or subject.name is None:
            return None
        entity = subject.name.entity
        if entity.person:
            return None
        if entity.org:
            return entity
        word = entity.tokens[0].casefold() if len(entity.tokens) == 1 else ""
        if word and (
            self.lex.names_organisation(word)
            or self.lex.names_body_in_compound(word)
            or (self.lex.capitalised_nouns and self.lex.body_head(word))  # "Landeselternrat"
        ):
            return entity
        return None

    def _pair_named_after(self, mention: Mention) -> tuple[Entity, Entity] | None:
        """``schrieben die beiden AStA-Vorsitzenden Lea Grünewald und Timo Baştürk``: the two
        people named right after a group mention and their role."""
        after = [m for m in self.index.within(mention.end, mention.end + 120) if not m.weak][:2]
        if len(after) < 2 or not all(m.entity.person for m in after):
            return None
        lead = _WORDS.findall(self.text[mention.end : after[0].start].casefold())
        role = set(_WORDS.findall(after[0].role))  # (the role the name index saw before it)
        lex = self.lex
        if (
            1 < len(lead) <= 5
            and (lex.is_role(lead[0]) or lead[0] in role)
            and (lead[1] in lex.determiners or lead[1] in lex.object_prepositions)
        ):  # "die beiden Sprecher der Initiative, Anke Vollmer und Rüdiger Pahl": a role
            lead = lead[:1]  # and its complement
        if len(lead) > 3 or not all(lex.is_role(w) or w in role for w in lead):
            return None
        if not self._joins(self.text[after[0].end : after[1].start]):
            return None
        return after[0].entity, after[1].entity

    def _coordinated_pair(
        self, pos: int, reach: int = 600, bodies: bool = False
    ) -> tuple[Entity, Entity] | None:
        """The last two people named together (``Rita and Frank Oldroyd``) within ``reach``;
        with ``bodies``, the last two bodies (``Filt Cgil e Uiltrasporti``)."""
        before = self.index.before(pos, 40)
        for second, first in itertools.pairwise(reversed(before)):
            if pos - second.start > reach:
                return None
            one, two = first.entity, second.entity
            if bodies:
                kinds_fit = not one.person and not two.person
            else:
                kinds_fit = (one.person or (len(one.tokens) >= 2 and not one.org)) and (
                    two.person or (len(two.tokens) >= 2 and not two.org)
                )
            if (
                one is not two
                and kinds_fit
                and not first.weak
                and not second.weak
                and self._joins(self.text[first.end : second.start])
            ):
                return one, two
        return None

    def _joins(self, between: str) -> bool:
        """A conjunction, perhaps with a role or a title (``y su colega``, ``and her
        husband``, ``and Cllr``), joins two names into a pair."""
        words = between.casefold().split()
        lex = self.lex
        return (
            0 < len(words) <= 4
            and words[0] in lex.conjunctions
            and all(
                w in lex.determiners or lex.is_role(w) or w.rstrip(".") in lex.titles
                for w in words[1:]
            )
        )

    def _after_preposition(self, start: int) -> bool:
        """True when the word before ``start`` (past determiners) is a preposition."""
        before = [w.casefold() for w in _WORDS.findall(self.text[max(0, start - 40) : start])]
        while before and before[-1] in self.lex.determiners:
            before.pop()
        return (
            bool(before)
            and before[-1] in self.lex.object_prepositions
            and not self._particle_of_name(start, before[-1])
        )

    def _particle_of_name(self, start: int, word: str) -> bool:
        """``word`` before the mention at ``start`` is the particle of the name it mentions
        (``betonte von Falkenhayn`` after ``Annegret von Falkenhayn``), no preposition."""
        if word not in self.lex.name_connectors:
            return False
        found = self.index.within(start, start + 200)[:1]
        if not found or found[0].start != start or not found[0].entity.person:
            return False  # ("dell'Asst di Cremona": a body's place is no particle)
        first = _WORDS.findall(self.text[start : found[0].end])[:1]
        tokens = [t.casefold() for t in found[0].entity.tokens]
        return bool(first) and (word, first[0].casefold()) in itertools.pairwise(tokens)

    def _apposed_to_name(self, mention: Mention) -> bool:
        """A name and a comma stand right before the mention (``X, a retired teacher``)."""
        before = self.index.before(mention.start, 1)
        if not before:
            return False
        between = self.text[before[0].end : mention.start].strip()
        words = _WORDS.findall(between.casefold())
        return between.startswith(",") and all(w in self.lex.determiners for w in words)

    def _demonym_described(
        self, mention: Mention, hint: Callable[[], Mention | None] | None
    ) -> Entity | None:
        """French ``le Corrézien``, ``Le Vaudois``: a capitalised word with a demonym's
        ending after a definite article, never named before, describes a person named
        before (whose given name agrees): the subject of the sentence before (``hint``),
        else the last one named, not a new one."""
        assert mention.name is not None
        entity = mention.name.entity
        suffixes = self.lex.demonym_suffixes
        if not suffixes or len(entity.tokens) != 1 or entity.person or entity.org:
            return None
        word = entity.tokens[0].casefold()
        if not word.endswith(suffixes) or word in self.lex.given_names:
            return None
        if self._word_before(mention.start) not in self.lex.definite_determiners:
            return None
        if any(m.entity is entity for m in self.index.before(mention.start)):
            return None  # (a name the document used before)
        before = _WORDS.findall(self.text[max(0, mention.start - 12) : mention.start])
        gender = self.lex.role_gender(" ".join([*before[-1:], mention.text]))
        subject = hint() if hint else None
        hinted = self._hinted(subject, mention.start)
        if hinted is not None and hinted.person and self._agrees(hinted.name, gender):
            return hinted
        # ("Le coureur de 23 ans … s'est imposé devant le Belge X. “…”, a confié le
        # Corrézien": the person the subject describes, named before it)
        at = subject.start if subject is not None and subject.kind == ROLE else mention.start
        people = [e for e in self._people(at, 3) if self._agrees(e.name, gender)]
        return people[0] if people else None

    def _of_somebody_unnamed(self, end: int) -> bool:
        """An indefinite complement follows a role (``la dueña de un restaurante``, ``the
        owner of a café``, ``der Inhaber einer Bäckerei``): the person is not named."""
        tail = _CLAUSE_END.split(self.text[end : end + 16], 1)[0]  # (not the next sentence's
        after = _WORDS.findall(tail.casefold())[:2]  # "Einer, der …")
        lex = self.lex
        if _QUOTED_COMPLEMENT.match(self.text, end):
            return False  # "sprach der 71-Jährige von einer „Rufmordkampagne“": the verb's
            # complement, the quotation itself
        if after[:1] and after[0] in lex.possessor_links and after[0] in lex.indefinite_determiners:
            return True  # German "einer"
        return (
            len(after) == 2
            and after[0] in lex.possessor_links
            and after[1] in lex.indefinite_determiners
        )  # (not "indiquer le parquet dans un communiqué")

    def _indefinite(self, mention: Mention) -> bool:
        """True when an indefinite determiner opens the mention (``un gréviste``)."""
        first = _WORDS.findall(mention.text[:20])
        before = _WORDS.findall(self.text[max(0, mention.start - 12) : mention.start])
        words = first[:1] + before[-1:]
        return any(w.casefold() in self.lex.indefinite_determiners for w in words)

    def _may_name_body(self, text: str, mention: Mention) -> bool:
        """German: the phrase ``text`` (of ``mention``) may name who speaks: it holds a name
        (not a lone noun, nor a lone document: ``Im Bericht``) or opens with a body's noun
        (``Zeitung``, ``Landgericht``)."""
        if any(not m.weak for m in self.index.within(mention.start, mention.end)):
            return True
        words = text.split()
        first = next((w for w in words if w[:1].isupper()), "")
        low = first.casefold()
        if self._organisation_stem(low) or self.lex.names_body_in_compound(low):
            return True  # ("des bayerischen Kunstministeriums")
        return (
            bool(first)
            and first == words[0]
            and not self.lex.is_common_noun(low)
            and not self.lex.names_document(low)  # ("Im Bericht heißt es": nobody's named)
        )

    def _without_place(self, text: str) -> str:
        """German ``Zentrale in Offenbach``: a noun without the place phrase after it."""
        words = text.split()
        place = len(words) == 3 and words[1] in self.lex.place_prepositions
        return words[0] if place and self.lex.capitalised_nouns else text

    def _organisation_stem(self, word: str) -> str:
        """German: the organisation noun ``word`` (case-folded) is, also in the genitive
        (``gremiums`` -> ``gremium``, ``landgerichts`` -> ``landgericht``); ""."""
        return next(
            (w for w in (word, word[:-1], word[:-2]) if self.lex.names_organisation(w)), ""
        )

    def _body_described_before(self, noun: str, subject: Mention | None) -> Entity | None:
        """German ``Die Staatsanwaltschaft zeigte sich zufrieden. Ein Sprecher der Behörde
        sagte``: a lone organisation noun is the body the sentence before names as its
        subject, by name or by its noun alone."""
        words = noun.casefold().split()
        if not self.lex.capitalised_nouns or len(words) != 1 or subject is None:
            return None
        stem = self._organisation_stem(words[0])  # (also in the genitive: "des Gremiums")
        if not stem:
            return None
        body = self._subject_body(subject)
        generic = stem in self.lex.organisation_nouns or stem in self.lex.organisation_anaphors
        if body is not None and (generic or stem in body.name.casefold()):
            return body  # (a compound names its own body: "Aus dem Bundesverkehrsministerium
            # hieß es" is not the medium that opened the sentence before)
        if body is not None or subject.kind != ROLE or not subject.definite or " " in subject.key:
            return None
        key = subject.key
        lone_name = (  # "Die Lufthansa bestätigte den Vorfall. … sagte eine Sprecherin der
            not self.lex.is_common_noun(key)  # Fluggesellschaft": a word no list knows as a
            and not self.lex.is_role(key)  # noun, after its article, is the body's name
            and key[:1].isalpha()
            and not (self.lex.noun_suffixes and key.endswith(self.lex.noun_suffixes))
        )
        if not (self.lex.names_body(key) or self.lex.body_head(key) or lone_name):
            return None
        text = strip_determiners(subject.text, self.lex)  # ("Die Staatsanwaltschaft": the
        named = self._body_named_in_full(text, subject.start)  # one named in full before)
        return named or Entity(text, (text,), org=True)

    def _anaphoric_body(self, text: str, pos: int) -> Entity | None:
        """The organisation that a lone anaphor noun names (``Behörde``, ``l'entreprise``,
        ``del gruppo``): the one last named with that noun, else the last organisation."""
        words = [self._singular(w.casefold()) for w in _WORDS.findall(text)]
        if len(words) != 1 or words[0] not in self.lex.organisation_anaphors:
            return None
        fits = self._company_fit(words)
        named = self._named_organisation(words, pos)
        if named is not None:
            return named
        compound = self._compound_antecedent(words[0], pos)
        if compound is not None and pos - compound.start <= 600 and not compound.entity.person:
            return compound.entity  # "Das Wissenschaftsministerium …, sagte ein Sprecher des
            # Ministeriums": the compound just named, not an organisation named before it
        return self._latest_body(pos, fits)  # ("KCRA-TV reported. Sierra Valley Power said
        # …. “…,” a company spokesman said": the body named last)

    def _title_after(self, mention: Mention) -> str:
        """A capitalised title in marks right after ``mention`` (``die Zeitung „Al-Ahram“``),
        else ""."""
        m = _TITLE_AFTER.match(self.text, mention.end)
        return m.group(1) if m is not None and m.group(1)[:1].isupper() else ""

    def _medium_named_before(self, pos: int, reach: int = 1500) -> str:
        """The capitalised title in marks after a medium's noun (``die Zeitung „Sunday
        Times“``) last written before ``pos``, else ""."""
        found = ""
        for m in _MEDIUM_TITLED.finditer(self.text, max(0, pos - reach), pos):
            if m.group(2)[:1].isupper() and self.lex.names_medium(m.group(1).casefold()):
                found = m.group(2)  # (the title is group 2: the noun before it is group 1)
        return found

    def _later_of(self, one: Entity | None, other: Entity | None, pos: int) -> Entity | None:
        """Of two bodies (either may be None), the one last mentioned before ``pos``."""
        if one is None or other is None or one is other:
            return one or other
        at_one, at_other = self._last_mention(one, pos), self._last_mention(other, pos)
        if at_one and at_other and at_other[0] > at_one[0]:
            return other
        return one

    def _latest_body(self, pos: int, fits: _Fit = None) -> Entity | None:
        """The organisation or the body standing as a subject named last before ``pos``
        (``L'Asl di Salerno ha confermato … dell'azienda sanitaria``); with ``fits``, of those
        it accepts."""
        best, best_at = None, -1
        for entity in (self._last_organisation(pos, fits), self._last_subject_body(pos, fits)):
            if entity is None:
                continue
            mention = self._last_mention(entity, pos)
            at = mention[0] if mention else -1
            if best is None or at > best_at:
                best, best_at = entity, at
        return best

    def _body_named_in_full(self, text: str, pos: int, reach: int = 3000) -> Entity | None:
        """A body named by its type noun alone (``die Kammer``, ``des Landgerichts``, ``the
        branch``) is the one named before in full with that noun, as its first word or the
        end of a German compound (``Landgericht Passau``, ``Landwirtschaftskammer
        Niederösterreich``), elsewhere as its first or last word (``Air Accidents
        Investigation Branch``)."""
        words = [w.casefold() for w in _WORDS.findall(text)]
        if len(words) != 1:
            return None
        german = self.lex.capitalised_nouns
        noun = self._organisation_stem(words[0]) if german else words[0]  # "Landgerichts"
        if not noun:
            return None
        objects: list[Entity] = []
        for m in reversed(self.index.before(pos)):
            if pos - m.start > reach:
                break
            tokens = [t.casefold() for t in m.entity.tokens]
            if m.entity.person:
                continue
            compound = german and any(t.endswith(noun) and len(t) > len(noun) + 2 for t in tokens)
            head = tokens[0] == noun or (not german and tokens[-1] == noun)
            if compound or (not m.weak and len(tokens) > 1 and head):
                if self._after_preposition(m.start):
                    objects.append(m.entity)  # "kann ans Bundesgericht weitergezogen werden"
                    continue  # (a court appealed to is not the court that rules)
                return m.entity  # (a lone German compound is a weak name, yet names it)
        return objects[0] if objects else None

    def _last_subject_body(self, pos: int, fits: _Fit = None) -> Entity | None:
        """The latest named non-person that stood as a subject (not after a preposition):
        ``Il Wwf ha criticato … sostiene l'associazione``; with ``fits``, one it accepts."""
        for m in list(reversed(self.index.before(pos)))[:30]:
            if (m.weak and not self._body_noun_name(m)) or m.entity.person:
                continue
            if fits is not None and not fits(m.entity):
                continue
            before = [
                w.casefold() for w in _WORDS.findall(self.text[max(0, m.start - 40) : m.start])
            ]
            preps = self.lex.object_prepositions
            if any(tuple(before[-len(p) :]) == p for p in self.lex.source_prepositions if p):
                return m.entity  # "according to Wessex Power Networks": a source speaks
            if (before and before[-1] in preps) or self._after_preposition(m.start):
                continue  # "départements du Sud-Ouest", "dans le Vaucluse"
            if len(m.entity.tokens) == 1 and not m.entity.org and any(
                w in preps for w in before[-2:]
            ):
                continue  # "in 1920s Shetland": a lone word two words after a preposition
            return m.entity
        return None

    def _body_noun_name(self, m: NameMention) -> bool:
        """German ``Die Weserland-Bahn``: a lone capitalised word after an article whose
        last part is a body's noun (weak as a name, since every German noun is capitalised)."""
        if not self.lex.capitalised_nouns or len(m.entity.tokens) != 1:
            return False
        word = m.entity.tokens[0].casefold()
        head = word.rpartition("-")[2]
        if "-" not in word or not (self.lex.names_organisation(head) or self.lex.body_head(head)):
            return False
        return self._word_before(m.start) in self.lex.determiners

    def _last_named_body(self, pos: int, fits: _Fit = None) -> Entity | None:
        """The latest name of two or more words that is no person, wherever it stood
        (``alla Cartiera Valbrenta … la direzione``): the last resort for an anaphor. Not in
        German, where capitalised runs are often plain noun phrases."""
        if self.lex.capitalised_nouns:
            return None
        for m in reversed(self.index.before(pos)):
            entity = m.entity
            if not m.weak and not entity.person and len(entity.tokens) > 1 and (
                fits is None or fits(entity)
            ):
                return entity
        return None

    def _last_organisation(self, pos: int, fits: _Fit = None) -> Entity | None:
        for m in reversed(self.index.before(pos)):
            if m.entity.org and not m.weak and (fits is None or fits(m.entity)):
                return m.entity
        return None

    def _company_fit(self, words: list[str]) -> _Fit:
        """For a company's anaphor (``l'entreprise``, ``the company``; ``company_nouns``), a
        test that turns down bodies whose name holds another kind of organisation noun
        (``Autorité de protection des données``, ``Audiencia Nacional``); for an authority's
        (``public_body_anaphors``: ``die Behörde``, ``the authority``), one that turns down
        companies named with their legal form (``Fluortec Rheinpfalz GmbH``) and, in German,
        bodies named with a title noun (``WDR-Magazin``, ``Kulturverein``); else None."""
        companies = self.lex.company_nouns
        if not any(w in companies for w in words):
            if not any(w in self.lex.public_body_anaphors for w in words):
                return None
            legal_forms = self.lex.legal_forms
            german = self.lex.capitalised_nouns

            def public(entity: Entity) -> bool:  # "die Behörde" is no "Fluortec GmbH"
                last = entity.tokens[-1]  # nor, in German, the "WDR-Magazin" or a "Verein"
                return last.casefold().replace(".", "") not in legal_forms and not (
                    german and self.lex.is_title_noun(last)
                )

            return public

        # the German nouns each body was described with ("Radsport-Weltverband UCI"; elsewhere
        # a role word is often a service, not the body: "servizio", "réseau"), gathered once
        described: dict[int, list[str]] = {}
        if self.lex.capitalised_nouns:
            for m in self.index.mentions:
                if m.role:
                    described.setdefault(id(m.entity), []).append(m.role.rsplit(None, 1)[-1])

        def fits(entity: Entity) -> bool:
            names = [t.casefold() for t in entity.tokens] + described.get(id(entity), [])
            return not any(
                not self.lex.names_company(n) and self.lex.names_organisation(n) for n in names
            )

        return fits

    def _last_court(self, pos: int, reach: int = 2000) -> Entity | None:
        """The court named last within ``reach`` before ``pos`` (``court_nouns``: ``Landgericht
        Düsseldorf``, ``Tribunal fédéral``, also a German court noun alone)."""
        for m in reversed(self.index.before(pos)):
            if pos - m.start > reach:
                return None
            entity = m.entity
            if entity.person or (m.weak and len(entity.tokens) > 1):
                continue
            if any(self.lex.names_court(t.casefold()) for t in entity.tokens):
                return self._fuller_body(entity)
        return None

    def _last_body_noun(self, pos: int, reach: int = 400) -> Entity | None:
        """The last German noun naming a body on its own (``Das Verwaltungsgericht``), weak as
        a name, within ``reach``: the issuer of a ruling when no named body is found."""
        for m in reversed(self.index.before(pos)):
            if pos - m.start > reach:
                return None
            tokens = m.entity.tokens
            if len(tokens) == 1 and self.lex.names_body(tokens[0].casefold()):
                return m.entity  # (also "Das Landeskriminalamt", a compound of "Amt")
        return None

    def _spoke(self, entity: Entity) -> bool:
        return entity.name in self._speaker_names

    def _people(self, pos: int, n: int) -> list[Entity]:
        """The ``n`` most recently mentioned distinct people before ``pos``."""
        out: list[Entity] = []
        for m in reversed(self.index.before(pos)):
            e = m.entity
            if (
                e.person
                and not m.weak
                and (len(e.tokens) > 1 or self._spoke(e))
                and all(e is not o for o in out)
            ):
                out.append(e)
                if len(out) == n:
                    break
        return out

    def _synonym_role(self, words: list[str], pos: int) -> Entity | None:
        """The person last apposed to a role that ``words`` or one of them names in other
        words (``role_synonyms``: Italian ``governatore`` for ``presidente della Regione``,
        ``primo cittadino`` for ``sindaco``)."""
        for word in (" ".join(words), *words):  # ("primo cittadino": a phrase first)
            for other in sorted(self.lex.role_synonyms.get(word, ())):
                found = self._role(other, pos, exact=True)
                if found is not None:
                    return found
        return None

    def _role(self, key: str, pos: int, exact: bool = False) -> Entity | None:
        """The entity a role phrase was last apposed to (best word overlap, heads count double)."""
        end = bisect.bisect_left(self.role_positions, pos)
        roles = self.index.roles[max(0, end - 200) : end]  # bounded look-back
        if exact:  # the same role, or one it heads ("l'échevin": "échevin de culture")
            for _, role, entity in reversed(roles):
                if role == key:
                    return entity
            if " " not in key and self.lex.is_role(key):
                for _, role, entity in reversed(roles):
                    if role.split(" ", 1)[0] == key:
                        return entity
            return None
        words = key.split()
        best: tuple[int, int] = (0, -1)
        for i, (_, role, _entity) in enumerate(roles):
            if role == key:
                best = max(best, (100, i))
                continue
            score = 0
            for w in words:
                for r in role.split():
                    if w == r or (_same_word(w, r) and not self._other_gender(w, r)):
                        score += 2 if self.lex.is_role(w) else 1
                        break
            if score >= 2:
                best = max(best, (score, i))
        return roles[best[1]][2] if best[1] >= 0 else None

    def _other_gender(self, a: str, b: str) -> bool:
        """One role word is the other's feminine form (``intendant``, ``intendantin``): the
        same office held by someone else."""
        return any(
            a == b + suffix or b == a + suffix for suffix in self.lex.feminine_role_suffixes
        )


def _genitive_of_name(word: str) -> str:
    """German: a capitalised name after ``des`` without its genitive ``s`` (``Pentagons``,
    ``Kremls``), else the word as it is (``Kongress``, ``Bundes``: its ``s`` is its own,
    or the ending is ``es``)."""
    if (
        len(word) > 4
        and word[:1].isupper()
        and word.endswith("s")
        and not word.endswith(("ss", "es"))
    ):
        return word[:-1]
    return word


def strip_determiners(text: str, lex: Lexicon) -> str:
    """``text`` without its leading determiners (``L'intersyndicale`` -> ``intersyndicale``,
    capitalised again when the determiner opened it)."""
    words = text.split()
    while words and words[0].casefold().rstrip("'’") in lex.determiners:
        words = words[1:]
    if words:
        first = words[0]
        cut = max(first.find("'"), first.find("’"))
        if 0 < cut < len(first) - 1 and first[: cut + 1].casefold() in lex.determiners:
            rest = first[cut + 1 :]
            words[0] = rest[0].upper() + rest[1:] if first[0].isupper() else rest
    return " ".join(words) if words else text


@functools.lru_cache(maxsize=65536)
def _same_word(a: str, b: str) -> bool:
    """Compounds and inflections: ``minister``/``verkehrsminister``, ``ministro``/``ministra``."""
    if len(a) <= 4 or len(b) <= 4:
        return False
    if a.endswith(b) or b.endswith(a):
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= max(len(a), len(b)) - 2
