"""Text helpers on names: find full names again in the text, strip a determiner, split a name
into its words."""

from __future__ import annotations

import re

from pipeline.text import is_word_char, lower_straight

_NAME_WORD = re.compile(r"[\w'-]+")


def find_names(text: str, names: list[str]) -> list[tuple[int, int]]:
    """The (start, end) offsets where ``(?<!\\w)(?:name1|name2|…)(?!\\w)`` would match in
    ``text``, the (non-empty) names given longest first: at each position the longest name not
    glued to a word character, left to right without overlaps. The same as that regex's
    ``finditer``, without compiling a new pattern for every document.

    ``find_names("Sophie Le Bihan, elle, … Sophie Le Bihan", ["Sophie Le Bihan"])`` finds both.
    """
    longest: dict[int, int] = {}  # start -> end of the longest name standing alone there
    size = len(text)
    for name in names:
        k = text.find(name)
        while k >= 0:
            end = k + len(name)
            if (
                (k == 0 or not is_word_char(text[k - 1]))
                and (end == size or not is_word_char(text[end]))
                and end > longest.get(k, -1)
            ):
                longest[k] = end
            k = text.find(name, k + 1)
    found: list[tuple[int, int]] = []
    last = 0
    for k in sorted(longest):
        if k >= last:
            found.append((k, longest[k]))
            last = longest[k]
    return found


def name_words(name: str) -> list[str]:
    """The folded words of a name: ``Crédit Agricole d’Île-de-France`` → ``["crédit",
    "agricole", "d'île-de-france"]``."""
    return _NAME_WORD.findall(lower_straight(name))


def strip_det(text: str) -> str:
    """A mention's text without its leading definite article: ``la CFDT`` → ``CFDT``."""
    low = text.lower()
    for det in ("le ", "la ", "les ", "l'", "l’"):
        if low.startswith(det) and len(text) > len(det) + 1:
            return text[len(det) :].strip()
    return text.strip()
