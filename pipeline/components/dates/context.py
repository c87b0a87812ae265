"""The per-document object of ``fr_dates``: one article while its dates are found and resolved.

A :class:`Context` is made fresh for each document by the component and passed to every stage
and rule; nothing about a document is kept on the component.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.components.base import doc_text
from pipeline.components.dates.calendar_math import Tense, parse_iso_date
from pipeline.components.dates.cues import Cues
from pipeline.components.dates.gates import Probe
from pipeline.components.dates.lexicon import Lexicon
from pipeline.components.dates.tense import governing_verb, verb_tense
from pipeline.text import lower_straight_spaced as fold

#: direct quotes: what is said in them is anchored on the time of speaking
QUOTE_RE = re.compile(r"«[^«»]{1,3000}»|“[^“”]{1,3000}”|\"[^\"\n]{1,3000}\"")


class Context:
    """One article: the doc and its text, the article's date (``base``, None when unknown),
    the lexicon and cues of the component, and what is computed at most once per article (the
    gates' answers, the quotes, the fiscal year's first month)."""

    def __init__(self, doc: Doc, lex: Lexicon, cues: Cues, text: str | None = None) -> None:
        self.doc = doc
        self.lex = lex
        self.cues = cues
        self.text = doc_text(doc) if text is None else text
        self.base = parse_iso_date(doc._.article_date)
        #: the text as the gates see it, and their answers
        self.probe = Probe(self.text)
        self._quotes: list[tuple[int, int]] | None = None
        self._fiscal: int | bool | None = False

    def fiscal_start(self) -> int | None:
        """See :meth:`Cues.fiscal_start` (computed once per document)."""
        if self._fiscal is False:
            self._fiscal = self.cues.fiscal_start(self.text, self.lex)
        return self._fiscal  # type: ignore[return-value]

    def in_quote(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies inside a direct quote (« », “ ”, " ")."""
        if self._quotes is None:
            self._quotes = [m.span() for m in QUOTE_RE.finditer(self.text)]
        return any(s < start and end < e for s, e in self._quotes)

    def before(self, start: int, n_chars: int = 40) -> str:
        """Folded text before ``start`` (the last ``n_chars``)."""
        return fold(self.text[max(0, start - n_chars) : start])

    def after(self, end: int, n_chars: int) -> str:
        """Folded text after ``end`` (the next ``n_chars``)."""
        return fold(self.text[end : end + n_chars])

    def char_span(self, start: int, end: int) -> Span | None:
        """The tokens covering ``start:end`` (``doc.char_span``, expanded to whole tokens)."""
        return self.doc.char_span(start, end, alignment_mode="expand")

    def tense(self, start: int, end: int) -> Tense | None:
        """The tense of the verb governing ``start:end`` (:func:`~.tense.verb_tense`)."""
        span = self.char_span(start, end)
        if span is None or len(span) == 0:
            return None
        return verb_tense(span, self.lex.future_verbs)

    def looks_ahead(self, start: int, end: int) -> bool:
        """Whether the verb governing ``start:end`` is a verb pointing ahead
        (``future_verbs.txt``: ``prévoit``, ``promet``, ``vise``…)."""
        span = self.char_span(start, end)
        if span is None or len(span) == 0:
            return False
        verb = governing_verb(span.root, 8)
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in self.lex.future_verbs
