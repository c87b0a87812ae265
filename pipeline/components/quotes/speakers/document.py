"""The per-document view speaker resolution reads: the article's text, its words and their
folded forms, the token columns of the parse, the sentence and the quote of every token.

The quotes component has already read these once for its own passes and hands them over; made
alone (in tests), the view reads them from the ``Doc``.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy
from spacy.attrs import DEP, HEAD, POS
from spacy.tokens import Doc, Span

from pipeline.components.base import doc_text
from pipeline.text import lower_straight

#: dependency label hash -> label (the parser's few dozen labels, shared by all documents)
_LABELS: dict[int, str] = {}


class TokenColumns(NamedTuple):
    """Token attributes read once per document from ``Doc.to_array`` (no Token object per
    access): ``pos[i]`` is ``doc[i].pos`` (VERB, DET…), ``deps[i]`` ``doc[i].dep_`` and
    ``heads[i]`` ``doc[i].head.i``. The lexical attributes need no column: ``tok.lower_``
    is ``text.lower()``, ``is_alpha`` ``text.isalpha()``, ``is_lower`` ``text.islower()``,
    ``is_space`` ``text.isspace()`` and ``is_punct`` :func:`is_punct` of the token's text
    (spaCy's own lexical attribute functions)."""

    pos: list[int]
    deps: list[str]
    heads: list[int]

    @classmethod
    def of(cls, doc: Doc) -> TokenColumns:
        if not len(doc):
            return cls([], [], [])
        strings = doc.vocab.strings
        table = doc.to_array([POS, DEP, HEAD])
        pos, dep_ids = table[:, :2].T.tolist()
        for d in set(dep_ids).difference(_LABELS):
            _LABELS[d] = strings[d]
        # HEAD is the signed offset to the head, stored in the unsigned table
        heads = (table[:, 2].astype(numpy.int64) + numpy.arange(len(doc))).tolist()
        return cls(pos, list(map(_LABELS.__getitem__, dep_ids)), heads)


class DocView:
    """One article as the speaker stages read it.

    ``words[i]`` is ``doc[i].text``, ``folds[i]`` its :func:`~pipeline.text.lower_straight`
    (``L’Oréal`` → ``l'oréal``) and :meth:`lower` its ``tok.lower_``; ``cols`` holds the parse
    (part of speech, dependency label, head) of every token; ``sent_of[i]`` is the sentence of
    token ``i`` and ``in_quote[i]`` the quote holding it (``-1`` outside quotes).
    """

    __slots__ = ("cols", "doc", "folds", "in_quote", "sent_of", "size", "text", "words")

    def __init__(
        self,
        doc: Doc,
        sent_of: list[int],
        in_quote: list[int],
        words: list[str] | None = None,
        folds: list[str] | None = None,
        cols: TokenColumns | None = None,
    ) -> None:
        self.doc = doc
        self.size = len(doc)
        self.cols = cols if cols is not None else TokenColumns.of(doc)
        self.text = doc_text(doc)
        self.words = words if words is not None else [t.text for t in doc]
        self.folds = folds if folds is not None else [lower_straight(w) for w in self.words]
        self.sent_of = sent_of
        self.in_quote = in_quote

    def lower(self, i: int) -> str:
        """``doc[i].lower_``."""
        return self.words[i].lower()

    def quoted(self, i: int) -> bool:
        """Whether token ``i`` is inside a quote."""
        return self.in_quote[i] >= 0

    def sentence_at(self, pos: int) -> int:
        """The sentence of token ``pos``, or of the last token when ``pos`` is past the end
        (a cue at the end of the article)."""
        return self.sent_of[min(pos, len(self.sent_of) - 1)]

    def span_text(self, span: Span) -> str:
        """``span.text`` sliced from the document text (``Span.text`` joins a Token per word)."""
        return self.text[span.start_char : span.end_char]

    def np_text(self, start: int, end: int) -> str:
        """The words of an unnamed source as the table shows them (``un proche du dossier``):
        the phrase up to its first comma or quote mark, eight words at most."""
        toks: list[str] = []
        for tok in self.doc[start:end]:
            if tok.text in (",", ";", ":", "«", "»", '"') or len(toks) >= 8:
                break
            toks.append(tok.text_with_ws)
        return "".join(toks).strip()

    def ent_at(self, i: int) -> Span | None:
        """The entity of the recogniser (place, misc, organisation) starting at token ``i``."""
        doc = self.doc
        tok = doc[i]
        if tok.ent_iob_ != "B" or tok.ent_type_ not in ("LOC", "MISC", "ORG"):
            return None
        j = i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        return doc[i:j]
