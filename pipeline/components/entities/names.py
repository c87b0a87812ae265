"""Text helpers on names and tokens shared by the stages of ``fr_org_people``.

Comparison keys (:func:`norm`, :func:`lower_key`), the capitalised-word test (:func:`is_cap`),
the real sentence start (:func:`boundary`), word sequences of suffixes by their last word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from pipeline.components.entities.vocabulary import FINAL

_WS = re.compile(r"\s+")

_ELIDED = {"qu", "lorsqu", "puisqu", "jusqu", "presqu", "quoiqu", "aujourd", "quelqu"}


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Comparison key of a name: typographic apostrophes folded, spacing collapsed (memoised:
    the same names recur through an article)."""
    return _WS.sub(" ", text.replace("’", "'").replace("‘", "'")).strip()


@lru_cache(maxsize=16384)
def lower_key(text: str) -> str:
    """:func:`norm` without case (``casefold``): how names are looked up in the word lists
    ("Chambre d’agriculture" -> "chambre d'agriculture")."""
    return norm(text).casefold()


def tok_lower(tok: Any) -> str:
    """A token's lower case with a straight apostrophe ("L’" -> "l'"): what
    ``ArticleView.low`` holds for every token."""
    return str(tok.lower_).replace("’", "'")


def is_cap(tok: Any) -> bool:
    """Token that can be part of a proper name (capitalised word, acronym, name with digits)."""
    return cap_text(tok.text)


@lru_cache(maxsize=16384)
def cap_text(t: str) -> bool:
    """:func:`is_cap` of a token text (memoised; a space token is none: no capital in it)."""
    if not t:
        return False
    if t[0].isupper():
        return True
    return any(c.isupper() for c in t[1:]) and any(c.isalpha() for c in t)  # iPhone, x.AI, eBay


def apostrophe_tail(doc: Doc, k: int) -> bool:
    """``doc[k]`` is the lower-case end of a name with an apostrophe inside, "Prism’|emploi"
    (not an elision: "Jusqu’|ici", "L’|usine")."""
    if k == 0 or not (doc[k].is_alpha and doc[k].is_lower):
        return False
    prev = doc[k - 1]
    text = prev.text
    return (
        not prev.whitespace_
        and len(text) >= 4
        and text[-1] in "'’"
        and text[0].isupper()
        and text[:-1].isalpha()
        and text[:-1].casefold() not in _ELIDED
    )


def boundary(doc: Doc, i: int) -> bool:
    """A real sentence start: the parser says so *and* punctuation or a line break is before it
    (the parser alone sometimes starts a sentence inside a name: "LOT | Polish Airlines")."""
    if i <= 0 or i >= len(doc) or not doc[i].is_sent_start:
        return i <= 0
    prev = doc[i - 1]
    return prev.text in FINAL or prev.is_space or "\n" in prev.whitespace_


def tail_len(words: list[str], table: dict[str, list[tuple[str, ...]]]) -> int:
    """Number of final ``words`` forming one entry of ``table`` (entries indexed by their last
    word, longest first)."""
    if not words:
        return 0
    for entry in table.get(words[-1], ()):
        n = len(entry)
        if n <= len(words) and tuple(words[-n:]) == entry:
            return n
    return 0


def by_last_word(entries: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """The word sequences of ``entries`` by their last word, longest first (for
    :func:`tail_len`): "SAB de CV" -> ``{"CV": [("SAB", "de", "CV")]}``."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in sorted({tuple(x.split()) for x in entries if x.split()}, key=len, reverse=True):
        out.setdefault(entry[-1], []).append(entry)
    return out
