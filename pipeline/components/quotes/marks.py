"""Pairing of quote marks in raw text: « », “ ”, and straight " in order.

Pure string code, linear in the text length: it knows nothing of spaCy. A quote mark whose partner
never comes (before the end of its paragraph) is ignored: a stray mark never swallows the article;
but a « opening a paragraph announced by a colon (``X a déclaré :`` then ``« …``) quotes that
paragraph even when its closing mark is missing.
A quote running over several paragraphs in the French way (each paragraph reopened with «, only the
last one closed) is one quote with one part per paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Opening mark -> closing mark.
PAIRS: dict[str, str] = {"«": "»", "“": "”", '"': '"'}
#: Whitespace that may pad a quote's content (no-break spaces included).
PAD = " \t\u00a0\u202f\u2009\u2007\u200b"
_WORDLIKE_BEFORE = set("0123456789")
#: The characters where anything happens: an opening mark outside a quote; inside one, a newline,
#: its closing mark or its opening mark again (every other character is skipped in one search).
_OPENERS = re.compile("[" + "".join(PAIRS) + "]")
_STOPS = {o: re.compile("[\n" + re.escape(o + c) + "]") for o, c in PAIRS.items()}


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
        if self.opener and self.announced_paragraph():
            self.newline(n)  # the text ends inside a paragraph a colon announced
        return self.out

    def outside(self, i: int) -> int:
        """At ``i`` outside a quote: jump to the next opening mark (every other character is
        skipped in one search), open a quote there if it can open one. The next position."""
        text = self.text
        ch = text[i]
        if ch not in PAIRS:
            m = _OPENERS.search(text, i)
            return m.start() if m else len(text)
        if ch in ("«", "“") or (ch == '"' and _straight_can_open(text, i)):
            self.opener, self.open_pos, self.seg_start, self.parts = ch, i, i + 1, []
        return i + 1

    def inside(self, i: int) -> int:
        """At ``i`` inside a quote: jump to the next newline, closing or opening mark (or to
        where the quote grows too long), and handle it. The next position."""
        text, opener = self.text, self.opener
        closer = PAIRS[opener]
        ch = text[i]
        if ch != "\n" and ch != opener and ch != closer:
            limit = self.open_pos + self.max_chars + 1
            if i < limit:
                m = _STOPS[opener].search(text, i, limit)
                return m.start() if m else limit
        if ch == "\n":
            return self.newline(i)
        if ch == closer and (opener != '"' or i > self.seg_start):
            self.add_part(i)
            if self.parts:
                self.out.append(QuoteMarks(opener, self.open_pos, i, self.parts))
            self.opener, self.parts = "", []
        elif ch == opener and opener != '"':
            # the same opening mark again: the first one was stray
            self.open_pos, self.seg_start, self.parts = i, i + 1, []
        elif i - self.open_pos > self.max_chars:
            self.opener, self.parts = "", []
            return self.open_pos + 1  # a stray mark: read on just after it
        return i + 1

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
