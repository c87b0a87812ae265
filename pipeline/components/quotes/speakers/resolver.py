"""The speaker resolver the quotes component makes once per document, and the quote value.

:class:`SpeakerResolver` wires the stages together over one article: the per-document view
(:mod:`.document`), the index of what the article names (:mod:`.collect`), and the resolvers
reading them (:mod:`.recency`, :mod:`.organisations`, :mod:`.roles`, :mod:`.noun_phrases`,
:mod:`.subjects`). Its methods are the ones the quotes component calls.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from .collect import collect_mentions
from .document import DocView, TokenColumns
from .lexicon import Speaker, SpeakerLexicon
from .mentions import SpeakerCandidate
from .noun_phrases import NounPhraseResolver
from .organisations import OrgDescriptions, OrgKinds
from .recency import Recency
from .roles import RoleResolver
from .subjects import SubjectResolver


class SpeakerResolver:
    """Per-document index of the entity mentions, roles and recent speakers, and the
    resolution of subjects, noun phrases and pronouns to speakers."""

    def __init__(
        self,
        doc: Doc,
        sent_of: list[int],
        in_quote: list[int],
        first_names: dict[str, str],
        descriptions: dict[str, tuple[str, str]],
        unnamed: set[str],
        org_kinds: list[tuple[str, list[str], list[str]]] | None = None,
        org_voices: set[str] | None = None,
        documents: set[str] | None = None,
        role_verbs: dict[str, str] | None = None,
        anonymity: list[str] | None = None,
        words: list[str] | None = None,
        court_voices: dict[str, list[str]] | None = None,
        folds: list[str] | None = None,
        cols: TokenColumns | None = None,
    ) -> None:
        self.view = DocView(doc, sent_of, in_quote, words, folds, cols)
        self.lexicon = SpeakerLexicon(
            first_names=first_names,
            descriptions=descriptions,
            unnamed=unnamed,
            org_kinds=org_kinds or [],
            org_voices=org_voices or set(),
            documents=documents or set(),
            role_verbs=role_verbs or {},
            anonymity=anonymity or [],
            court_voices=court_voices or {},
        )
        self.index = collect_mentions(self.view, self.lexicon)
        self.kinds = OrgKinds(self.lexicon.org_kinds)
        self.recency = Recency(self.view, self.index)
        self.roles = RoleResolver(self.view, self.lexicon, self.index, self.recency, self.kinds)
        orgs = OrgDescriptions(self.view, self.lexicon, self.index, self.kinds)
        self.noun_phrases = NounPhraseResolver(
            self.view, self.lexicon, self.index, self.recency, self.roles, orgs
        )
        self.subjects = SubjectResolver(
            self.view, self.lexicon, self.index, self.recency, self.noun_phrases
        )
        #: ``(position, speaker)`` of every quote attributed so far (see :meth:`add_speaker`)
        self.speakers: list[tuple[int, SpeakerCandidate]] = self.index.speakers

    def mention(self, i: int) -> SpeakerCandidate | None:
        """The person or organisation mention covering token ``i``, if any."""
        return self.index.mention(i)

    def in_complement(self, m: SpeakerCandidate, also: tuple[str, ...] = ()) -> bool:
        """Whether the mention is the complement of a noun (``l'avocate de M. Ferrière``)."""
        return self.index.in_complement(m, also)

    def add_speaker(self, pos: int, name: str | None, kind: str | None) -> None:
        """Record the speaker of the quote at ``pos`` (pronouns further on may take it up)."""
        self.index.add_speaker(pos, name, kind)

    def name_kinds(self, name: str) -> frozenset[str]:
        """Kinds (regulator, union…) whose name cues occur in an organisation's name."""
        return self.kinds.name_kinds(name)

    def np_text(self, start: int, end: int) -> str:
        """The words of an unnamed source (``un proche du dossier``)."""
        return self.view.np_text(start, end)

    def resolve_np(self, start: int, end: int, pos: int) -> Speaker | None:
        """Resolve the noun phrase ``doc[start:end]`` (a subject) to ``(speaker, type)``.

        Returns None when the phrase is not a plausible speaker (an inanimate noun).
        """
        return self.noun_phrases.resolve(start, end, pos)

    def resolve_pronoun(self, tok: Token) -> Speaker:
        """``il`` / ``elle``: the most salient person (or organisation) of that gender."""
        return self.recency.resolve_pronoun(tok)

    def dislocated(self, pron: Token) -> Speaker | None:
        """``La CFDT, elle, juge que …``: a pronoun right after ``X,`` takes up X."""
        return self.subjects.dislocated(pron)

    def subject_speaker(self, subj: Token, verb: Token) -> Speaker | None:
        """Speaker named by the subject token ``subj`` of ``verb``."""
        return self.subjects.subject_speaker(subj, verb)


def speaker_dict(text: str, kind: str, speaker: Speaker | None, cue: str | None) -> dict[str, Any]:
    """The ``span._.quote`` value. An unnamed source (``un proche du dossier``) or an unresolved
    description has no ``speaker``; its words are kept under ``speaker_text``."""
    name, stype = speaker if speaker is not None else (None, None)
    out = {"quote": text, "kind": kind, "speaker": name, "speaker_type": stype, "cue": cue}
    if stype is None and name is not None:
        out["speaker"] = None
        out["speaker_text"] = name
    return out
