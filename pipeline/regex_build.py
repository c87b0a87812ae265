"""Regex builders shared by the rule components: the one place where patterns are made fast.

Rule data (currency names, month names, cue words) is turned into regular expressions here.
The builders return ordinary ``re`` patterns that match exactly what the plain alternation
``a|b|c`` of the same branches matches, in the same order; they only arrange the branches so
that the regex engine tries fewer of them at each place:

* :func:`literal_trie` writes literal words as a trie (``d(?:ix|eux)`` for ``dix|deux``);
* :func:`first_letter_groups` groups branches by their first character
  (``d(?:ollars?|inars?)|e(?:uros?)``), optionally testing a "not after" class right after that
  character, so a case-sensitive pattern starts with plain characters the engine skips to.

``tests/test_regex_build.py`` checks both against the plain alternation.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

#: Lower-case characters no two of which ``re.IGNORECASE`` equates (unlike ``i`` and ``ı``,
#: ``s`` and ``ſ``): regex branches led by two different ones cannot match at one place.
CASE_SAFE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789àâäçéèêëîïôöùûüÿœæ.")


def literal_trie(
    words: list[str], *, ignorecase: bool = False, piece: Callable[[str], str] = re.escape
) -> str:
    """``a|b|c`` of literal words as a trie (``d(?:ix|eux)`` for ``dix|deux``): the same matches,
    tried in the same order, but the regex engine reads each letter once instead of trying every
    word at every position. The words must come longest first (as in our alternations): words
    matching at one place are then prefixes of one another, and the trie tries the longest first
    too. Under ``re.IGNORECASE`` the words must be written with :data:`CASE_SAFE` characters
    (two branches whose letters differ only by case could match the same character);
    otherwise the plain alternation is returned. ``piece`` writes one character as a regex
    (``re.escape``)."""
    if any(len(a) < len(b) for a, b in itertools.pairwise(words)) or (
        ignorecase and not all(ch in CASE_SAFE for w in words for ch in w)
    ):
        return "|".join("".join(piece(ch) for ch in w) for w in words)

    def node(rests: list[str]) -> str:
        groups: dict[str, list[str]] = {}
        ends = False
        for rest in rests:
            if rest:
                groups.setdefault(rest[0], []).append(rest[1:])
            else:
                ends = True  # the shorter word, tried after the longer ones
        alts = [piece(ch) + node(sub) for ch, sub in groups.items()]
        if ends:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    words = list(dict.fromkeys(words))
    return node(words) if words else "(?!)"


def first_letter_groups(
    branches: list[tuple[str, str]], *, ignorecase: bool = False, not_after: str | None = None
) -> str:
    """``a|b|c`` of regex branches, each given with the literal character it starts with, as
    groups by that character (``d(?:ollars?|inars?)|e(?:uros?)``): branches led by different
    characters cannot match at one place, so the matches are the same (the order inside a group
    is kept), and the regex engine leaves a place after one test per character. Under
    ``re.IGNORECASE`` the characters must be :data:`CASE_SAFE`; otherwise, or when a branch does
    not start with its (plain) character, the plain alternation is returned.

    ``not_after``: a character class (``[\\w$]``) the matches do not follow, the lookbehind
    ``(?<!not_after)`` before the alternation. In the groups it is tested right after their
    character (``d(?<![\\w$]d)``, the same test): a case-sensitive regex then starts with plain
    characters, and the engine skips at once to the places holding one of them."""
    plain = "|".join(body for _, body in branches)
    if not branches or any(
        re.escape(ch) != ch or not body.startswith(ch) or (ignorecase and ch not in CASE_SAFE)
        for ch, body in branches
    ):
        return plain if not_after is None else f"(?<!{not_after})(?:{plain})"
    groups: dict[str, list[str]] = {}
    for ch, body in branches:
        groups.setdefault(ch, []).append(body[len(ch) :])

    def lead(ch: str) -> str:
        return ch if not_after is None else f"{ch}(?<!{not_after}{ch})"

    return "|".join(f"{lead(ch)}(?:{'|'.join(rests)})" for ch, rests in groups.items())


def first_letter_lookahead(words: set[str]) -> str:
    """A lookahead on the first characters of ``words``, to open a regex of them: it skips,
    cheaply, the positions where none can start (the same matches; twice faster on the
    organisations' suffix and legal-prefix regexes: see
    ``tests/components/entities/test_equivalence.py``)."""
    return "(?=[" + re.escape("".join(sorted({w[0] for w in words}))) + "])"
