"""Text helpers shared by the rule components and the evaluation: one name per meaning.

Four ways of folding a text are in use, and each has its own name:

* :func:`lower_straight` — lower case, curly apostrophe made straight (``L’Oréal`` →
  ``l'oréal``): how cue words and speech verbs are looked up;
* :func:`lower_straight_spaced` — the same for every apostrophe-like character, with runs of
  white space made one space (``aujourd’hui\\u00a0 encore`` → ``aujourd'hui encore``): how date
  words are looked up;
* :func:`upper_unaccented` — upper case without accents (``Électricité`` → ``ELECTRICITE``): how
  acronyms are compared with the initials of long names;
* :func:`compare_key` — no case, no accents, straight apostrophes, single spaces: how the
  evaluation compares a found mention with the gold one.

Apostrophes: :data:`APOS` is the regex class of the two apostrophes French press writes
(``'`` and ``’``); :data:`APOS_ANY` adds the look-alikes met in pasted text (``ʼ``, ``′``, a
backquote…).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: The two apostrophes of French press text, as a regex character class.
APOS = r"['’]"
#: Every apostrophe-like character met in pasted text, as a regex character class.
APOS_ANY = r"['’ʼʻ՚ꞌ＇′‵ʹ`]"

_APOS_ANY_RE = re.compile(APOS_ANY)
_SPACES_RE = re.compile(r"\s+")  # \s holds the no-break spaces (U+00A0, U+202F)
_COMPARE_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def lower_straight(text: str) -> str:
    """Lower case with the curly apostrophe made straight: ``L’Oréal`` → ``l'oréal``."""
    return text.replace("’", "'").lower()


def lower_straight_spaced(text: str) -> str:
    """Lower case, every apostrophe-like character straight, white space runs made one plain
    space, the ends stripped: ``Aujourd’hui\\u00a0 encore`` → ``aujourd'hui encore``."""
    text = _APOS_ANY_RE.sub("'", text.lower())
    return _SPACES_RE.sub(" ", text).strip()


@lru_cache(maxsize=16384)
def upper_unaccented(text: str) -> str:
    """Upper case without accents: ``Éf`` → ``EF`` (memoised: the same forms recur)."""
    decomposed = unicodedata.normalize("NFD", text.upper())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def compare_key(text: str) -> str:
    """Text as the evaluation compares it: no case, no accents (NFKD), straight apostrophes,
    single spaces, ends stripped."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES_RE.sub(" ", stripped.casefold().translate(_COMPARE_APOSTROPHES)).strip()


def is_word_char(c: str) -> bool:
    """Whether ``c`` matches the regex ``\\w`` (a letter, a digit or ``_``)."""
    return c.isalnum() or c == "_"
