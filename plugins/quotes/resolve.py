"""Resolve speaker mentions to canonical speakers across the document.

Surname-only mentions map to the full name introduced earlier (done by the name
index), role descriptions (``il leader nordcoreano``) to the name they were
apposed to, pronouns and subject-less cues to the most recent speaker (or the
most recent person), and group mentions (``i due``) to the last two people.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .lexicon import Lexicon
from .names import Entity, NameIndex
from .speakers import GROUP, IMPLICIT, NAME, PRONOUN, ROLE, Mention

__all__ = ["Resolved", "Resolver"]


@dataclass(frozen=True)
class Resolved:
    """A canonical speaker (``None`` when unknown) and, for groups, its members."""

    speaker: str | None
    speakers: tuple[str, ...]
    resolved_by: str  # name, role, pronoun, group, implicit, follow-on, unresolved
    antecedent: tuple[int, int] | None = None  # span of the mention the speaker was resolved to


class Resolver:
    """Keeps the speakers seen so far in one document and resolves new mentions."""

    def __init__(self, index: NameIndex, lex: Lexicon) -> None:
        self.index = index
        self.lex = lex
        self.history: list[tuple[int, Resolved]] = []  # (position, speaker) in text order
        self.role_positions = [pos for pos, _, _ in index.roles]

    def remember(self, pos: int, resolved: Resolved) -> None:
        """Record a quote's speaker so later pronouns and follow-ons can refer to it."""
        if resolved.speaker is not None:
            self.history.append((pos, resolved))

    def last_speaker(self, pos: int) -> tuple[int, Resolved] | None:
        """The most recent speaker recorded before ``pos``."""
        for p, res in reversed(self.history):
            if p < pos:
                return p, res
        return None

    def resolve(self, mention: Mention, pos: int) -> Resolved:
        """The canonical speaker for ``mention`` found for a quote at ``pos``."""
        if mention.kind == NAME and mention.name is not None:
            entity = mention.name.entity
            return Resolved(entity.name, (entity.name,), NAME)
        if mention.kind == ROLE:
            entity = self._role(mention.key, mention.start)
            if entity is not None:
                return Resolved(entity.name, (entity.name,), ROLE)
            text = _strip_determiners(mention.text, self.lex)
            return Resolved(text, (text,), "unresolved-role")
        if mention.kind == GROUP:
            members = self._people(mention.start, 2)
            if len(members) == 2:
                names = tuple(e.name for e in sorted(members, key=lambda e: e.first))
                return Resolved(self.lex.group_joiner.join(names), names, GROUP)
            return Resolved(None, (), "unresolved")
        if mention.kind in (PRONOUN, IMPLICIT):
            return self.antecedent(mention.start, mention.kind)
        return Resolved(None, (), "unresolved")

    def antecedent(self, pos: int, how: str) -> Resolved:
        """A pronoun's or a subject-less cue's speaker: the last speaker, else the last person named."""
        last = self.last_speaker(pos)
        people = self._people(pos, 1)
        if last is not None:
            p, res = last
            # a person named after the last quote and before this one takes over
            if people and people[0].name not in res.speakers:
                mention = self._last_mention(people[0], pos)
                if mention is not None and mention[0] > p:
                    return Resolved(people[0].name, (people[0].name,), how, mention)
            return Resolved(res.speaker, res.speakers, how, res.antecedent)
        if people:
            return Resolved(people[0].name, (people[0].name,), how, self._last_mention(people[0], pos))
        return Resolved(None, (), "unresolved")

    def _last_mention(self, entity: Entity, pos: int) -> tuple[int, int] | None:
        for m in reversed(self.index.before(pos)):
            if m.entity is entity:
                return (m.start, m.end)
        return None

    def _people(self, pos: int, n: int) -> list[Entity]:
        """The ``n`` most recently mentioned distinct people before ``pos``."""
        out: list[Entity] = []
        for m in reversed(self.index.before(pos)):
            e = m.entity
            if e.person and not m.weak and all(e is not o for o in out):
                out.append(e)
                if len(out) == n:
                    break
        return out

    def _role(self, key: str, pos: int) -> Entity | None:
        """The entity a role phrase was last apposed to (exact phrase first, then its head word)."""
        roles = self.index.roles[: bisect.bisect_left(self.role_positions, pos)]
        for _, role, entity in reversed(roles):
            if role == key:
                return entity
        words = set(key.split())
        heads = {w for w in words if self.lex.is_role(w)}
        for _, role, entity in reversed(roles):
            if heads & set(role.split()) and (words <= set(role.split()) or len(words) == 1):
                return entity
        return None


def _strip_determiners(text: str, lex: Lexicon) -> str:
    words = text.split()
    while words and words[0].casefold().rstrip("'’") in lex.determiners:
        words = words[1:]
    return " ".join(words) if words else text
