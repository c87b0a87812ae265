"""The text as read, made safe for the model and the rules, every offset still into it.

Three things are done to an article's text before it becomes a Doc, each undone on the rows:

* **odd spacing** (:func:`normalise_spacing`): zero-width characters (``U+200B`` zero-width space,
  ``U+200C``/``U+200D`` joiners, ``U+2060`` word joiner, ``U+FEFF``, the soft hyphen ``U+00AD``)
  are dropped, and tabs, vertical tabs, form feeds and the typographic spaces (``U+1680``,
  ``U+2000``–``U+200A``, ``U+205F``, ``U+3000``) become plain spaces, so
  ``3\\u200b milliards\\u200b d'euros`` and ``Patrick\\tPouyanné`` read as the same words. The
  no-break spaces ``U+00A0`` and ``U+202F`` of French typography are kept: the rules read them.
  An :class:`OffsetMap` takes the offsets of the cleaned text back to the text as read
  (:func:`restore_rows`);
* **very long runs without a space** (:func:`make_doc`): spaCy's tokenizer takes time in the
  square of a run's length (prefixes and suffixes are stripped one at a time, each time with a
  search over the rest), so a run of more than :data:`MAX_RUN` characters (``«««…``, a pasted
  hash) is tokenized in pieces of that length and the pieces' Docs are joined
  (``Doc.from_docs``): the Doc's text is the text given, character for character;
* **very long articles** are cut by :mod:`pipeline.chunks` into paragraph groups
  (:data:`pipeline.chunks.LONG_ARTICLE_CHARS`), each run through the pipeline alone and its rows
  moved by the group's offset (:func:`shift_rows`).

A text without odd spacing or long runs (almost every article) goes through unchanged: the same
Doc as ``nlp.make_doc``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.tables import Row

#: Characters dropped from the text the pipeline reads (invisible, no width).
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
#: Characters read as a plain space (one for one: offsets do not move).
ODD_SPACES = (
    "\t\x0b\x0c\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000"
)
_ODD = re.compile(f"[{ZERO_WIDTH}{ODD_SPACES}]")
_ZERO_WIDTH = re.compile(f"[{ZERO_WIDTH}]")
_TO_SPACE = str.maketrans(dict.fromkeys(ODD_SPACES, " "))

#: The longest run without white space given to spaCy's tokenizer in one piece.
MAX_RUN = 1_000
_RUN = re.compile(r"\S+")

#: Columns of a mention row that are offsets into the text.
OFFSET_COLUMNS = ("start_char", "end_char")


class OffsetMap:
    """From offsets into the cleaned text to offsets into the text as read: the places where
    characters were dropped (each as the offset in the cleaned text it was dropped before)."""

    __slots__ = ("_dropped",)

    def __init__(self, dropped: list[int]) -> None:
        self._dropped = dropped

    def start(self, offset: int) -> int:
        """Where a mention starting at ``offset`` starts in the text as read (after the
        characters dropped just before it)."""
        return offset + bisect_right(self._dropped, offset)

    def end(self, offset: int) -> int:
        """Where a mention ending at ``offset`` ends in the text as read (before the characters
        dropped just after it)."""
        return offset + bisect_left(self._dropped, offset)


def normalise_spacing(text: str) -> tuple[str, OffsetMap | None]:
    """``text`` with zero-width characters dropped and odd spaces made plain, and the map back
    to ``text`` (``None`` when nothing was dropped: the offsets are the same)::

        normalise_spacing("3\\u200b milliards\\td'euros")[0] == "3 milliards d'euros"
    """
    if _ODD.search(text) is None:
        return text, None
    text = text.translate(_TO_SPACE)
    dropped = [m.start() - i for i, m in enumerate(_ZERO_WIDTH.finditer(text))]
    if not dropped:
        return text, None
    return _ZERO_WIDTH.sub("", text), OffsetMap(dropped)


def long_runs(text: str) -> list[tuple[int, int]]:
    """The runs of more than :data:`MAX_RUN` characters without white space, as
    ``(start, end)``."""
    if len(text) <= MAX_RUN or max(map(len, text.split()), default=0) <= MAX_RUN:
        return []
    return [m.span() for m in _RUN.finditer(text) if m.end() - m.start() > MAX_RUN]


def tokenizer_pieces(text: str) -> list[str]:
    """``text`` cut so that no piece holds more than :data:`MAX_RUN` characters of a run
    without white space (a cut run keeps one following space with its last piece); the pieces
    joined give ``text`` back."""
    cuts = [0]
    for start, end in long_runs(text):
        cuts.extend(range(start, end, MAX_RUN))
        cuts.append(end + 1 if text[end : end + 1] == " " else end)
    cuts.append(len(text))
    return [text[a:b] for a, b in pairwise(cuts) if b > a]


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, with runs longer than :data:`MAX_RUN` characters without white
    space tokenized in pieces (:func:`tokenizer_pieces`), so tokenizing takes time in proportion
    to the text. The Doc's text is ``text``."""
    pieces = tokenizer_pieces(text)
    if len(pieces) <= 1:
        return nlp.make_doc(text)
    return Doc.from_docs([nlp.make_doc(piece) for piece in pieces], ensure_whitespace=False)


def shift_rows(tables: dict[str, list[Row]], offset: int) -> dict[str, list[Row]]:
    """The rows of a piece of a text starting at ``offset``, with offsets into the whole text."""
    if offset:
        for rows in tables.values():
            for row in rows:
                for column in OFFSET_COLUMNS:
                    row[column] += offset
    return tables


def restore_rows(
    tables: dict[str, list[Row]], text: str, offsets: OffsetMap | None
) -> dict[str, list[Row]]:
    """The rows of the cleaned text with offsets into ``text`` (as read, before
    :func:`normalise_spacing`), and each mention's ``text`` as written there."""
    for rows in tables.values():
        for row in rows:
            if offsets is not None:
                row["start_char"] = offsets.start(row["start_char"])
                row["end_char"] = offsets.end(row["end_char"])
            if "text" in row:
                row["text"] = text[row["start_char"] : row["end_char"]]
    return tables
