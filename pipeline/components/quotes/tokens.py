"""An article's tokens as the quote rules read them: word columns and where the quote marks are.

:class:`MarkedTokens` reads the token table once (``Doc.to_array``: no ``Token`` object per
word) into plain lists, and maps the paired quote marks of the text (:mod:`.marks`) onto
tokens. It is the base of the per-document object (:class:`.document.QuoteDoc`); the rules
read a ``Token`` (``view.doc[k]``) only where they need its parse or morphology.
"""

from __future__ import annotations

import bisect

from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Token

from pipeline.components.base import doc_text
from pipeline.components.quotes.lexicon import Lexicon
from pipeline.components.quotes.marks import find_quote_marks
from pipeline.components.quotes.speakers import TokenColumns
from pipeline.components.quotes.words import STOP_PUNCT


class MarkedTokens:
    """The token columns and quote marks of one document.

    Columns (index = token index): ``words`` (``tok.text``), ``folds`` (its
    :func:`pipeline.text.lower_straight`), ``starts`` (``tok.idx``), ``pos`` (``tok.pos`` as a
    symbol id: VERB, DET…), and through :meth:`lower` / :meth:`lemma` ``tok.lower_`` and
    ``tok.lemma_``; ``cols`` holds the parse columns shared with the speaker index.

    Quote marks: ``marks`` (the pairs, in order), ``open_tok`` / ``close_tok`` (the token of
    each pair's marks), ``opener_toks`` / ``closer_toks`` (the same as sets) and ``in_quote``
    (for each token, the index of the quote holding it, -1 outside; interview answers without
    marks get an index after the marks').
    """

    def __init__(self, lex: Lexicon, doc: Doc) -> None:
        self.lex = lex
        self.doc = doc
        self.strings = doc.vocab.strings
        # one list per attribute (the transposed table): ORTH, IDX, LOWER, LEMMA; the parse
        # columns (POS, DEP, HEAD), read once here, are shared with the speaker index
        self.cols = TokenColumns.of(doc)
        self.pos: list[int] = self.cols.pos
        orths: list[int]
        self.starts: list[int]
        self.lower_ids: list[int]
        self.lemma_ids: list[int]
        orths, self.starts, self.lower_ids, self.lemma_ids = (
            doc.to_array([ORTH, IDX, LOWER, LEMMA]).T.tolist() if len(doc) else ([], [], [], [])
        )
        self.words: list[str] = list(map(self.strings.__getitem__, orths))
        self.folds: list[str] = lex.fold_words(self.words)
        self.text = doc_text(doc)
        self.marks = find_quote_marks(self.text)
        self.in_quote = [-1] * len(doc)
        self.open_tok: list[int] = []
        self.close_tok: list[int] = []
        self.closer_toks: set[int] = set()
        self.opener_toks: set[int] = set()
        for qi, q in enumerate(self.marks):
            o, cl = self.tok_at(q.open_pos), self.tok_at(q.close_pos)
            self.open_tok.append(o)
            self.close_tok.append(cl)
            self.opener_toks.add(o)
            self.closer_toks.add(cl)
            for i in range(o + 1, cl):
                if self.in_quote[i] < 0:
                    self.in_quote[i] = qi

    def tok_at(self, char: int) -> int:
        """The token holding the character offset ``char``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def lower(self, i: int) -> str:
        """``doc[i].lower_``."""
        return self.strings[self.lower_ids[i]]

    def lemma(self, i: int) -> str:
        """``doc[i].lemma_``."""
        return self.strings[self.lemma_ids[i]]

    def is_stop(self, i: int) -> bool:
        """Whether token ``i`` is punctuation no attribution crosses, or holds a newline."""
        text = self.words[i]
        return text in STOP_PUNCT or "\n" in text


def is_finite(tok: Token) -> bool:
    """Whether ``tok`` is a finite verb form (``VerbForm=Fin``)."""
    return "Fin" in tok.morph.get("VerbForm", [])


def is_present_participle(tok: Token) -> bool:
    """``affirmant``: a present participle."""
    return "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])


def colon_before(view: MarkedTokens, o: int) -> int:
    """The colon right before token ``o`` (white space between), or -1."""
    k = o - 1
    while k >= 0 and view.doc[k].is_space:
        k -= 1
    return k if k >= 0 and view.doc[k].text == ":" else -1
