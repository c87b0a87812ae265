"""Pairing of quote marks in raw text: « », “ ”, and straight " in order.

Pure string code, linear in the text length: it knows nothing of spaCy. A quote mark whose partner
never comes (before the end of its paragraph) is ignored: a stray mark never swallows the article.
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
    out: list[QuoteMarks] = []
    n = len(text)
    opener = ""
    open_pos = -1
    seg_start = -1
    parts: list[tuple[int, int]] = []
    i = 0
    while i < n:
        ch = text[i]
        # jump over the characters where nothing happens: up to the next opening mark outside a
        # quote; inside one, up to the next stop or where the quote grows too long
        if not opener:
            if ch not in PAIRS:
                m = _OPENERS.search(text, i)
                i = m.start() if m else n
                continue
        elif ch != "\n" and ch != opener and ch != PAIRS[opener]:
            limit = open_pos + max_chars + 1
            if i < limit:
                m = _STOPS[opener].search(text, i, limit)
                i = m.start() if m else limit
                continue
        if opener:
            closer = PAIRS[opener]
            if ch == "\n":
                reopen = _next_paragraph_reopens(text, i, opener) if opener == "«" else -1
                if reopen >= 0:
                    s, e = _strip(text, seg_start, i)
                    if e > s:
                        parts.append((s, e))
                    seg_start = reopen + 1
                    i = reopen + 1
                    continue
                opener, parts = "", []
            elif ch == closer and (opener != '"' or i > seg_start):
                s, e = _strip(text, seg_start, i)
                if e > s:
                    parts.append((s, e))
                if parts:
                    out.append(QuoteMarks(opener, open_pos, i, parts))
                opener, parts = "", []
            elif ch == opener and opener != '"':
                # the same opening mark again: the first one was stray
                open_pos, seg_start, parts = i, i + 1, []
            elif i - open_pos > max_chars:
                opener, parts = "", []
                i = open_pos + 1
                continue
        elif ch in ("«", "“") or (ch == '"' and _straight_can_open(text, i)):
            opener, open_pos, seg_start, parts = ch, i, i + 1, []
        i += 1
    return out
