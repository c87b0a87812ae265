"""Pairing of quote marks in raw text: « », “ ”, straight " in order, and the marks of single
quotes some newsrooms use instead.

Pure string code, linear in the text length: it knows nothing of spaCy. A quote mark whose partner
never comes (before the end of its paragraph) is ignored: a stray mark never swallows the article;
but a « opening a paragraph announced by a colon (``X a déclaré :`` then ``« …``) quotes that
paragraph even when its closing mark is missing.
A quote running over several paragraphs in the French way (each paragraph reopened with «, only the
last one closed) is one quote with one part per paragraph.

Single quotes are told from apostrophes by what stands around them (:func:`opening_at`,
:func:`closing_at`): an apostrophe sits between two letters (``l'action``), a quote mark
opens after a space or the start of a line and closes before a space or a punctuation mark.

* two apostrophes as one mark, West-African style: ``‘’Nous allons investir’’``, ``''Nous
  allons investir''``, ``’’ … ’’``;
* a straight apostrophe, the financial wires' style (``' Cette croissance a été portée par
  l'Europe ' indique le groupe``, ``la 'phase 1' de l'accord``);
* curly single quotes: ``‘Nous allons investir’``.

A stray single mark (an opener never closed in its paragraph) is dropped and the walk reads on
right after it, so that it hides no later quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Opening mark -> closing mark (the marks of one character that always quote).
PAIRS: dict[str, str] = {"«": "»", "“": "”", '"': '"'}
#: The kinds of single-quote marks (the ``mark`` of a :class:`QuoteMarks`): two apostrophes
#: as one mark, a straight apostrophe, a curly single quote.
DOUBLE_APOS = "''"
STRAIGHT_SINGLE = "'"
CURLY_SINGLE = "‘"
#: The characters two of which make one mark (``''``, ``‘’``, ``’’``).
APOS_CHARS = "'‘’"
#: Whitespace that may pad a quote's content (no-break spaces included).
PAD = " \t\u00a0\u202f\u2009\u2007\u200b"
_WORDLIKE_BEFORE = set("0123456789")
#: The characters where anything happens: an opening mark outside a quote; inside one, a newline,
#: its closing mark or its opening mark again (every other character is skipped in one search).
_OPENERS = re.compile("[" + "".join(PAIRS) + APOS_CHARS + "]")
_STOP_CHARS = {o: "\n" + o + c for o, c in PAIRS.items()}
_STOP_CHARS.update({DOUBLE_APOS: "\n" + APOS_CHARS, STRAIGHT_SINGLE: "\n'", CURLY_SINGLE: "\n’"})
_STOPS = {o: re.compile("[" + re.escape(chars) + "]") for o, chars in _STOP_CHARS.items()}
#: The longest quote between single marks (characters): past it the opening mark was stray.
SINGLE_MAX_CHARS = 1500


@dataclass
class QuoteMarks:
    """One quoted stretch of text: its content parts (character offsets, padding stripped)."""

    mark: str
    open_pos: int
    close_pos: int
    parts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in PAD or text[start] == "\n"):
        start += 1
    while end > start and (text[end - 1] in PAD or text[end - 1] == "\n"):
        end -= 1
    return start, end


def _straight_can_open(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else ""
    prev = text[i - 1] if i > 0 else ""
    if not nxt or nxt in " \t\n\r" or nxt in ".,;)":
        return False
    return not (prev.isalnum() or prev in _WORDLIKE_BEFORE)


def _next_solid(text: str, i: int) -> str:
    """The first character at or after ``i`` that is no padding ("" at a line's end)."""
    n = len(text)
    while i < n and text[i] in PAD:
        i += 1
    return text[i] if i < n and text[i] not in "\n\r" else ""


def opening_at(text: str, i: int) -> tuple[str, int] | None:
    """The kind and length of the quote mark opening at ``i``, or None: « and “ always; a
    straight " as :func:`_straight_can_open` says; a single mark (:data:`APOS_CHARS`) after
    a space, an opening bracket or the start of a line (never after a letter: ``l'action``),
    before a word: two of them as one mark (``‘’Nous``, ``'' Nous``), a curly ``‘`` right
    before the word, a straight ``'`` right before it (``'phase 1'``) or a space before a
    capital (``' Cette croissance``)."""
    ch = text[i]
    if ch in ("«", "“"):
        return ch, 1
    if ch == '"':
        return (ch, 1) if _straight_can_open(text, i) else None
    prev = text[i - 1] if i > 0 else "\n"
    if ch not in APOS_CHARS or not (prev in PAD or prev in "\n\r(["):
        return None
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if nxt and nxt in APOS_CHARS:
        return (DOUBLE_APOS, 2) if _next_solid(text, i + 2).isalnum() else None
    if ch == "‘":
        return (CURLY_SINGLE, 1) if nxt.isalnum() else None
    if ch == "'" and (nxt.isalnum() or (nxt in PAD and _next_solid(text, i + 1).isupper())):
        return STRAIGHT_SINGLE, 1
    return None


def closing_at(text: str, i: int, opener: str) -> int:
    """The length of the mark closing a quote of kind ``opener`` at ``i`` (0: none there). A
    single mark closes before anything but a letter or a digit (``l'Europe`` goes on)."""
    if opener in PAIRS:
        return 1 if text[i] == PAIRS[opener] else 0
    width = 2 if opener == DOUBLE_APOS else 1
    after = text[i + width] if i + width < len(text) else ""
    if after.isalnum():
        return 0
    if opener == DOUBLE_APOS:
        return 2 if text[i : i + 2] in _DOUBLE_MARKS else 0
    closer = "’" if opener == CURLY_SINGLE else "'"
    return 1 if text[i] == closer else 0


#: Every pair of single marks that closes a quote opened by two (``’’``, ``''``, ``‘’``…).
_DOUBLE_MARKS = {a + b for a in APOS_CHARS for b in APOS_CHARS}


def _next_paragraph_reopens(text: str, i: int, mark: str) -> int:
    """Index of ``mark`` opening the next paragraph after the newline at ``i``, or -1."""
    j = i
    n = len(text)
    while j < n and (text[j] in PAD or text[j] in "\n\r"):
        j += 1
    if j < n and text[j] == mark:
        return j
    return -1


def find_quote_marks(text: str, max_chars: int = 6000) -> list[QuoteMarks]:
    """Return the paired quotes of ``text`` in document order (outermost marks only)."""
    return _Pairing(text, max_chars).run()


class _Pairing:
    """The walk over the text: outside a quote it looks for an opening mark, inside one for
    its closing mark, a newline (the quote ends unpaired, or goes on in the next paragraph
    reopened with «) or a quote grown longer than ``max_chars`` (its mark was stray)."""

    def __init__(self, text: str, max_chars: int) -> None:
        self.text = text
        self.max_chars = max_chars
        self.out: list[QuoteMarks] = []
        #: the open quote: its mark ("" outside a quote), where it opened, where its current
        #: paragraph's content starts, its finished paragraphs
        self.opener = ""
        self.open_pos = -1
        self.seg_start = -1
        self.parts: list[tuple[int, int]] = []

    def run(self) -> list[QuoteMarks]:
        n = len(self.text)
        i = 0
        while i < n:
            i = self.inside(i) if self.opener else self.outside(i)
            if i >= n and self.opener and self.opener not in PAIRS:
                # a stray single mark at the end of the text: read on right after it
                i, self.opener, self.parts = self.open_pos + 1, "", []
        if self.opener and self.announced_paragraph():
            self.newline(n)  # the text ends inside a paragraph a colon announced
        return self.out

    def outside(self, i: int) -> int:
        """At ``i`` outside a quote: jump to the next opening mark (every other character is
        skipped in one search), open a quote there if it can open one. The next position."""
        text = self.text
        ch = text[i]
        if ch not in PAIRS and ch not in APOS_CHARS:
            m = _OPENERS.search(text, i)
            return m.start() if m else len(text)
        got = opening_at(text, i)
        if got is not None:
            self.opener, self.open_pos, self.seg_start, self.parts = got[0], i, i + got[1], []
            return i + got[1]
        return i + 1

    def inside(self, i: int) -> int:
        """At ``i`` inside a quote: jump to the next newline, closing or opening mark (or to
        where the quote grows too long), and handle it. The next position."""
        text, opener = self.text, self.opener
        ch = text[i]
        if ch not in _STOP_CHARS[opener]:
            limit = self.open_pos + self.longest() + 1
            if i < limit:
                m = _STOPS[opener].search(text, i, limit)
                return m.start() if m else limit
        if ch == "\n":
            return self.newline(i)
        width = closing_at(text, i, opener)
        if width and (opener != '"' or i > self.seg_start):
            self.add_part(i)
            if self.parts:
                self.out.append(QuoteMarks(opener, self.open_pos, i, self.parts))
            self.opener, self.parts = "", []
            return i + width
        if ch == opener and opener in PAIRS and opener != '"':
            # the same opening mark again: the first one was stray
            self.open_pos, self.seg_start, self.parts = i, i + 1, []
        elif i - self.open_pos > self.longest():
            self.opener, self.parts = "", []
            return self.open_pos + 1  # a stray mark: read on just after it
        return i + 1

    def longest(self) -> int:
        """The longest the open quote may grow (characters) before its mark counts as stray."""
        return self.max_chars if self.opener in PAIRS else min(self.max_chars, SINGLE_MAX_CHARS)

    def newline(self, i: int) -> int:
        """A newline inside a quote: a « quote goes on when the next paragraph reopens it (one
        part per paragraph), any other quote ends unpaired. The next position."""
        reopen = _next_paragraph_reopens(self.text, i, self.opener) if self.opener == "«" else -1
        if reopen >= 0:
            self.add_part(i)
            self.seg_start = reopen + 1
            return reopen + 1
        if self.announced_paragraph():
            self.add_part(i)
            self.out.append(QuoteMarks(self.opener, self.open_pos, i, self.parts))
        elif self.opener not in PAIRS:
            # a stray single mark: read its paragraph again right after it
            self.opener, self.parts = "", []
            return self.open_pos + 1
        self.opener, self.parts = "", []
        return i + 1

    def announced_paragraph(self) -> bool:
        """Whether the open quote is a whole paragraph announced by a colon, its closing mark
        missing (``X a déclaré :`` / ``« … .`` then a new paragraph or the end of the text): a
        « opening its paragraph right after a paragraph ending with ``:``."""
        text = self.text
        if self.opener != "«" or self.parts:
            return False
        k = self.open_pos - 1
        while k >= 0 and text[k] in PAD:
            k -= 1
        if k < 0 or text[k] != "\n":
            return False
        while k >= 0 and (text[k] in PAD or text[k] in "\n\r"):
            k -= 1
        return k >= 0 and text[k] == ":"

    def add_part(self, end: int) -> None:
        """The content of the current paragraph, up to ``end``, padding stripped."""
        s, e = _strip(self.text, self.seg_start, end)
        if e > s:
            self.parts.append((s, e))
