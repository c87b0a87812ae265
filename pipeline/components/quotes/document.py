"""The per-document object of ``fr_quotes``: what one article's passes share.

:class:`QuoteDoc` is made fresh for each document by the component. On top of the token columns
and quote marks of :class:`.tokens.MarkedTokens` it holds the interview answers
(:mod:`.answers`), the sentences (:mod:`.sentences`), the speaker index
(``speakers.SpeakerResolver``: mentions, roles and the speakers quoted so far), the quotes
found so far (:class:`Found`) and the progress of the direct pass, which runs interleaved with
the indirect one so that pronouns see every earlier speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.components.quotes.answers import find_answers
from pipeline.components.quotes.lexicon import Lexicon
from pipeline.components.quotes.sentences import sentence_bounds, split_sentences
from pipeline.components.quotes.speakers import Speaker, SpeakerResolver
from pipeline.components.quotes.tokens import MarkedTokens
from pipeline.components.quotes.words import DASHES, TRAILING


@dataclass
class Found:
    """A quote found: character offsets of its span, its text, ``direct`` or ``indirect``, the
    speaker, the cue's lemma and the token where it was found (where its speaker is recorded)."""

    start: int
    end: int
    text: str
    kind: str
    speaker: Speaker | None
    cue: str | None
    first_tok: int


class QuoteDoc(MarkedTokens):
    """One article's view for the quote passes (see the module docstring)."""

    def __init__(self, lex: Lexicon, doc: Doc) -> None:
        super().__init__(lex, doc)
        #: interview answers without quote marks (marked in ``in_quote``)
        self.answers = find_answers(self)
        #: sentence id of each token, and each sentence's first token and end
        self.sent_of = split_sentences(self)
        self.sent_start, self.sent_end = sentence_bounds(self.sent_of)
        self.res = SpeakerResolver(
            doc,
            self.sent_of,
            self.in_quote,
            lex.first_names,
            lex.descriptions,
            lex.unnamed,
            lex.org_kinds,
            lex.org_voices,
            lex.documents,
            lex.role_verbs,
            lex.anonymity,
            self.words,
            lex.court_voices,
            self.folds,
            self.cols,
        )
        #: the quotes found so far, in the order found
        self.found: list[Found] = []
        #: the direct pass's progress: the next quote marks to handle, the marks joined to an
        #: earlier quote (« A », dit X, « b… »), the last direct quote kept
        self.next_mark = 0
        self.joined_marks: set[int] = set()
        self.last_direct: Found | None = None

    def keep(self, found: Found) -> None:
        """Keep a quote, and its speaker as the latest one (for pronouns and descriptions)."""
        self.found.append(found)
        if found.speaker is not None:
            self.res.add_speaker(found.first_tok, found.speaker[0], found.speaker[1])

    # -- sentence helpers shared by the passes ------------------------------------------------
    def clause_end(self, start: int) -> int:
        """End (exclusive) of the sentence holding token ``start``, trailing punctuation off."""
        s = self.sent_of[start]
        end = self.sent_end[s]
        while end > start and (
            self.doc[end - 1].text in TRAILING or not self.doc[end - 1].text.strip()
        ):
            end -= 1
        return end

    def opens_sentence(self, k: int) -> bool:
        """Whether token ``k`` opens its sentence (after a conjunction or an adverb at most:
        ``Mais pour lui, « … »``)."""
        doc = self.doc
        start = self.sent_start.get(self.sent_of[k], k)
        j = start
        while j < k and (doc[j].is_space or doc[j].text in DASHES):
            j += 1
        while j < k and j - start < 3 and (doc[j].pos_ in ("CCONJ", "ADV") or doc[j].text == ","):
            j += 1
        return j == k

    def content_start(self, start: int, end: int) -> int:
        """``start`` moved past white space and punctuation (up to ``end``)."""
        while start < end and (self.doc[start].is_space or self.doc[start].text in TRAILING):
            start += 1
        return start
