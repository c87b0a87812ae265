"""The per-document object: :class:`Article`, what one article's passes read.

It is made fresh for each document in the component's ``__call__`` and handed to every pass;
nothing of a document is kept on the component.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.components.amounts.grammar import AmountRules

#: The end of a sentence (or of a line) in the text.
SENTENCE_BREAK_RE = re.compile(r"[.!?;](?:\s|$)|\n")
_NEWLINE = re.compile(r"\n")


class Article:
    """One article: its spaCy document, its text (built once per document and shared with the
    other components), the component's rules, and the offsets of its line breaks (read by the
    context pass, found once)."""

    __slots__ = ("_newlines", "doc", "rules", "text")

    def __init__(self, doc: Doc, text: str, rules: AmountRules) -> None:
        self.doc = doc
        self.text = text
        self.rules = rules
        self._newlines: list[int] | None = None

    @property
    def newlines(self) -> list[int]:
        """The offsets of the text's line breaks (paragraph ends), in order."""
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        return self._newlines

    def sentence_before(self, pos: int, limit: int = 250) -> str:
        """The text of the sentence of ``pos`` before it (at most ``limit`` characters)."""
        window = self.text[max(0, pos - limit) : pos]
        cut = 0
        for m in SENTENCE_BREAK_RE.finditer(window):
            cut = m.end()
        return window[cut:]

    def sentence_after(self, pos: int, limit: int = 150) -> str:
        """The text of the sentence of ``pos`` from it on (at most ``limit`` characters)."""
        window = self.text[pos : pos + limit]
        m = SENTENCE_BREAK_RE.search(window)
        return window[: m.start()] if m is not None else window

    def word_after(self, pos: int) -> Token | None:
        """The first token after ``pos`` that is not white space, among the next three tokens
        (``salariés`` in ``4 300 salariés``); ``None`` when there is none."""
        span = self.doc.char_span(pos, len(self.text), alignment_mode="expand")
        if span is None:
            return None
        for tok in span[:3]:
            if not tok.is_space:
                return tok
        return None
