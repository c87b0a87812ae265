"""The index of what an article names: every person and organisation mention (a
:class:`SpeakerCandidate`), the roles given to people, the descriptions given to organisations,
and the speakers found so far. :mod:`.collect` fills it; the resolvers read it."""

from __future__ import annotations

from dataclasses import dataclass

from .document import DocView
from .lexicon import OF, PERSON, TITLES_ANY


@dataclass
class SpeakerCandidate:
    """A person or an organisation the article names, who may speak: tokens
    ``start``–``end``, ``kind`` (PERSON or ORG), canonical ``name``, ``gender`` (``m``, ``f`` or
    None), whether it is the ``subject`` of its sentence, and that sentence ``sent``."""

    start: int
    end: int
    kind: str
    name: str
    gender: str | None
    subject: bool
    sent: int


class MentionIndex:
    """The mentions of one article and what the article says of them.

    * ``mentions`` in text order, ``mention_at[i]`` the index of the one covering token ``i``;
    * ``roles``: ``(position, role words, person)`` sorted by position, from appositions
      (``Sam Altman, PDG d'OpenAI``), the entity table and verbs (``fondée par X``);
    * ``role_orgs``: person -> organisations named after their role noun
      (``Luca de Meo, le directeur général de Renault`` -> ``{"Renault"}``);
    * ``org_count`` / ``org_first``: organisation -> mentions outside quotes, first position;
    * ``org_descs``: ``(position, noun, organisation)`` of the description nouns and adjectives
      (``+suisse``) organisations were introduced with (``le groupe suisse Nestlé``);
    * ``speakers``: ``(position, speaker)`` of every quote attributed so far.
    """

    def __init__(self, view: DocView, first_names: dict[str, str]) -> None:
        self.view = view
        self.first_names = first_names
        self.mentions: list[SpeakerCandidate] = []
        self.mention_at: list[int] = [-1] * view.size
        self.roles: list[tuple[int, str, SpeakerCandidate]] = []
        self.role_orgs: dict[str, set[str]] = {}
        self.org_count: dict[str, int] = {}
        self.org_first: dict[str, int] = {}
        self.org_descs: list[tuple[int, str, SpeakerCandidate]] = []
        self.speakers: list[tuple[int, SpeakerCandidate]] = []

    def add(self, m: SpeakerCandidate) -> None:
        """Index a new mention (covering tokens no other mention covers)."""
        idx = len(self.mentions)
        self.mentions.append(m)
        for i in range(m.start, m.end):
            self.mention_at[i] = idx

    def mention(self, i: int) -> SpeakerCandidate | None:
        """The mention covering token ``i``, if any."""
        idx = self.mention_at[i] if 0 <= i < len(self.mention_at) else -1
        return self.mentions[idx] if idx >= 0 else None

    def in_complement(self, m: SpeakerCandidate, also: tuple[str, ...] = ()) -> bool:
        """Whether the mention is the complement of a noun (``l'avocate de M. Ferrière``), or
        follows one of the words ``also`` (``dirigé par X``)."""
        lower = self.view.lower
        k = m.start - 1
        while k >= 0 and lower(k) in TITLES_ANY:
            k -= 1
        if k >= 1 and lower(k) in ("la", "l'", "l’") and lower(k - 1) in OF:
            k -= 1  # "un porte-parole de l'ANSM", "de la SNCF"
        return k >= 0 and (lower(k) in OF or lower(k) in also)

    def add_speaker(self, pos: int, name: str | None, kind: str | None) -> None:
        """Record the speaker of a quote at ``pos``: pronouns and descriptions further on may
        take it up (``« … », dit Jean Dupont. Il ajoute : « … »``)."""
        if name and kind:
            for m in self.mentions:
                if m.name == name:
                    self.speakers.append((pos, m))
                    return
            # a speaker the recogniser missed: pronouns and descriptions may still find it
            words = name.split()
            gender = self.first_names.get(words[0]) if kind == PERSON and words else None
            sent_of = self.view.sent_of
            sent = sent_of[min(pos, len(sent_of) - 1)] if sent_of else 0
            m = SpeakerCandidate(
                pos, pos + 1, kind, name, gender if gender in ("m", "f") else None, True, sent
            )
            self.speakers.append((pos, m))
