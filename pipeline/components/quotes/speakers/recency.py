"""Pronouns and recency: who ``il``, ``elle``, ``ce dernier`` or ``le dirigeant`` takes up.

The most salient person before a position (:meth:`Recency.recent_person`), sentence by
sentence going back (four sentences at most):

1. a subject or a quote's speaker of the right gender (``Claire Delorme a pris la tête de …
   Elle estime …``), or a person just introduced with a title (``désigné Me Caroline Perrin
   comme administratrice. Selon elle, …``);
2. else a person merely mentioned (``la société fondée par X``), or an organisation subject
   when organisations may answer (``… remercié Anne Dupont. La SNCF a publié … Elle a …``);
3. else the one person of that gender the article has named outside quotes.

A plural pronoun (``ils``, ``ont-elles indiqué``) takes up the first of two names joined by
``et`` in the last sentences (``Airbus et Safran ont signé … Ils ont indiqué …``): of joint
speakers, the first named speaks (:meth:`Recency.joint_subject`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .document import DocView
from .lexicon import (
    HONORIFICS,
    IMPERSONAL_HEADS,
    ORG,
    PERSON,
    PRONOUNS_F,
    PRONOUNS_PL,
    Speaker,
)
from .mentions import MentionIndex, SpeakerCandidate

#: sentence -> (rank, candidate) of the candidates in it; a lower rank is more salient
Candidates = dict[int, list[tuple[int, SpeakerCandidate]]]


class Recency:
    """Who the article was last talking about, at any position."""

    def __init__(self, view: DocView, index: MentionIndex) -> None:
        self.view = view
        self.index = index

    def resolve_pronoun(self, tok: Token) -> Speaker:
        """``Il estime que …``: the most salient person (or organisation) of the pronoun's
        gender; none for an impersonal ``il`` (``il faut que``)."""
        low = tok.lower_
        if low in PRONOUNS_PL:
            joint = self.joint_subject(tok.i)
            if joint is not None:
                return joint
        gender = "f" if low in PRONOUNS_F else "m"
        if low in ("il", "-il", "-t-il") and tok.head.lemma_ in IMPERSONAL_HEADS:
            return None, None
        return self.recent_person(tok.i, gender, orgs=True)

    def joint_subject(self, pos: int) -> Speaker | None:
        """The first of two mentions joined by ``et`` (``Renault et Nissan``, ``Airbus, Safran
        et Thales``) in the sentence of ``pos`` or the two before it, the most recent pair;
        None when there is none."""
        sent = self.view.sentence_at(pos)
        words = self.view.words
        got: Speaker | None = None
        first: SpeakerCandidate | None = None
        prev: SpeakerCandidate | None = None
        for m in self.index.mentions:
            if m.start >= pos:
                break
            if sent - m.sent > 2 or self.view.quoted(m.start):
                prev = first = None
                continue
            between = [w.lower() for w in words[prev.end : m.start]] if prev is not None else []
            if prev is not None and prev.sent == m.sent and between in (["et"], [","]):
                first = first or prev
                if between == ["et"] and first.name != m.name:
                    got = first.name, first.kind
            else:
                first = None
            prev = m
        return got

    def recent_person(self, pos: int, gender: str | None, orgs: bool = False) -> Speaker:
        """The most salient person before ``pos`` (subjects and speakers of the last sentences,
        of a compatible gender); with ``orgs``, an organisation subject when no person fits."""
        sent = self.view.sentence_at(pos)
        cands: Candidates = {}
        self._add_mentions(cands, pos, gender, orgs, sent)
        self._add_speakers(cands, pos, gender, orgs, sent)
        got = self._most_salient(cands)
        if got is not None:
            return got
        # nobody in the last sentences: the one person of that gender the article has named
        # outside quotes so far ("Claire Delorme a pris la tête de …" six sentences earlier)
        names = self._persons_named(pos, gender)
        if gender is not None and len(names) == 1:
            return names.pop(), PERSON
        return None, None

    def _add_mentions(
        self, cands: Candidates, pos: int, gender: str | None, orgs: bool, sent: int
    ) -> None:
        """The mentions outside quotes of the last five sentences before ``pos``."""
        seen: set[str] = set()
        for m in self.index.mentions:
            if m.start >= pos:
                break
            first = m.name not in seen
            seen.add(m.name)
            if sent - m.sent > 4 or self.view.quoted(m.start):
                continue
            rank = self._rank(m, first, gender, orgs, sent)
            if rank is not None:
                cands.setdefault(m.sent, []).append((rank, m))

    def _rank(
        self, m: SpeakerCandidate, first: bool, gender: str | None, orgs: bool, sent: int
    ) -> int | None:
        """A mention's rank: 0 a subject of the gender, 1 a subject of unknown gender, 2–3 a
        mere mention, +10 an organisation; None when it cannot be meant."""
        rank = (0 if m.subject else 2) + (0 if m.gender == gender else 1)
        if (
            rank == 2
            and first
            and gender is not None
            and sent - m.sent <= 1
            and m.start > 0
            and self.view.words[m.start - 1] in HONORIFICS
        ):
            # "… et désigné Me Caroline Perrin comme administratrice. Selon elle, …": a
            # person just introduced with a title is as salient as a subject
            rank = 0
        if m.kind == ORG:
            return rank + 10 if orgs else None
        if m.gender is not None and gender is not None and m.gender != gender:
            return None
        return rank

    def _add_speakers(
        self, cands: Candidates, pos: int, gender: str | None, orgs: bool, sent: int
    ) -> None:
        """Previous quote speakers in the window count as subjects of their sentence."""
        sent_of = self.view.sent_of
        for at, m in self.index.speakers:
            if (
                at < pos
                and sent - sent_of[at] <= 4
                and (gender is None or m.gender in (None, gender))
            ):
                rank = 0 if m.gender == gender else 1
                if m.kind == ORG:
                    # "D'après le baromètre du cabinet EY, …": an organisation quoted is no
                    # antecedent for "le dirigeant" / "il"
                    if not orgs:
                        continue
                    rank += 10
                cands.setdefault(sent_of[at], []).append((rank, m))

    @staticmethod
    def _most_salient(cands: Candidates) -> Speaker | None:
        """A subject or a speaker of the last sentences before a person merely mentioned (``la
        société fondée par X``) in a more recent one; then the most recent sentence's person,
        or its organisation subject."""
        ranked = [
            sorted(cands[s], key=lambda x: (x[0], x[1].start)) for s in sorted(cands, reverse=True)
        ]
        for in_sentence in ranked:
            persons = [m for r, m in in_sentence if r < 2]
            if persons:
                return persons[0].name, persons[0].kind
        for in_sentence in ranked:
            persons = [m for r, m in in_sentence if r < 10]
            if persons:
                return persons[0].name, persons[0].kind
            subj_orgs = [m for r, m in in_sentence if r == 10 or r == 11]
            if subj_orgs:
                # an organisation subject of a more recent sentence beats a person merely
                # mentioned before it ("… remercié Anne Dupont. La SNCF a publié … Elle a …")
                return subj_orgs[0].name, ORG
        return None

    def _persons_named(self, pos: int, gender: str | None) -> set[str]:
        """The people of ``gender`` the article names outside quotes before ``pos``."""
        return {
            m.name
            for m in self.index.mentions
            if m.start < pos
            and m.kind == PERSON
            and not self.view.quoted(m.start)
            and m.gender == gender
        }

    def only_one(self, pos: int, gender: str) -> bool:
        """Whether the article names a single person of ``gender`` outside quotes before pos."""
        return len(self._persons_named(pos, gender)) == 1

    def last_mentioned(self, pos: int, gender: str) -> Speaker | None:
        """``Ce dernier`` / ``cette dernière``: the person of that gender mentioned last (in
        this sentence or the one before), whatever their function in the sentence."""
        sent = self.view.sentence_at(pos)
        best: SpeakerCandidate | None = None
        for m in self.index.mentions:
            if m.start >= pos:
                break
            if m.kind != PERSON or self.view.quoted(m.start) or sent - m.sent > 1:
                continue
            if m.gender is None or m.gender == gender:
                best = m
        return (best.name, PERSON) if best is not None else None

    def previous_subject_org(self, start: int) -> str | None:
        """The organisation subject of the sentence before the one of token ``start`` when
        that sentence names no person (``Sinochem n'a pas tardé à réagir. Un porte-parole a
        ajouté que …``)."""
        sent_of = self.view.sent_of
        s = sent_of[start]
        k = start - 1
        while k >= 0 and sent_of[k] == s:
            k -= 1
        got: str | None = None
        while k >= 0 and sent_of[k] == s - 1 and start - k < 60:
            m = self.index.mention(k)
            if m is not None and m.kind == PERSON:
                return None
            if m is not None and m.kind == ORG and m.subject:
                got = m.name
            k -= 1
        if got is None:
            # "Dans un communiqué, le conglomérat estime que … Un porte-parole a ajouté": the
            # organisation that spoke in the sentence before
            for at, sm in self.index.speakers:
                if at < start and self.view.sentence_at(at) == s - 1:
                    got = sm.name if sm.kind == ORG else None
        return got
