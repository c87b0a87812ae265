"""The pieces the date patterns are written with: white space, years, the edges of a number,
and lexicon forms (``models/dates/``) written as regex alternations.

Lexicon forms are folded (:func:`pipeline.text.lower_straight_spaced`): lower case, a plain
``'``, single spaces. In a pattern a space of a form matches any run of white space (``WS``),
its ``'`` any apostrophe-like character (:data:`pipeline.text.APOS_ANY`) and its ``-`` a hyphen,
a non-breaking hyphen, a space or nothing (``mi-mars``, ``mi mars``, ``mimars``).
"""

from __future__ import annotations

import re

from pipeline.regex_build import CASE_SAFE, first_letter_groups, literal_trie
from pipeline.text import APOS_ANY

#: the white space characters of ``WS`` (the no-break spaces of French typography included)
WS_CHARS = " \t\n\u00a0\u202f"
#: white space between two words (a run of at most 20: a pattern that may start in a long run of
#: white space, 8,000 blank lines, would otherwise read the rest of it from each place of it)
WS = r"[ \t\n\u00a0\u202f]{1,20}"
#: white space or nothing (bounded likewise)
OWS = r"[ \t\n\u00a0\u202f]{0,20}"
#: a year the patterns read: 1900-2199
YEAR = r"(?:19\d\d|20\d\d|21\d\d)"
#: a number is not glued to another digit or a decimal/thousands separator before it...
NUM_START = r"(?<![\w,.\-/])"
#: ... nor after it (``2015,5``, ``2 000``)
NUM_END = r"(?![\w]|[,.]\d|[ \u00a0\u202f]\d{3}(?!\d))"
#: ``NUM_START`` + ``YEAR``, its lookbehind tested after the first digit
#: (``1(?<![\w,.\-/]1)9\d\d``, the same test): the pattern starts with plain digits the regex
#: engine skips to (see :func:`pipeline.regex_build.first_letter_groups`)
YEAR_AT_START = first_letter_groups(
    [(b[0], b) for b in YEAR[3:-1].split("|")], ignorecase=True, not_after=r"[\w,.\-/]"
)
#: words after a weekday or a month that fix the direction (``mardi dernier``, ``en mai
#: prochain``)
REL_WORDS = r"dernier|dernière|passé|prochain|prochaine|à[ \u00a0]venir"


def alternation(forms: list[str]) -> str:
    """Regex alternation of lexicon forms, longest first, spaces/apostrophes flexible. Forms of
    letters, digits and dots only (months, weekdays) are written as a trie: the same matches
    in the same order, found with fewer steps (see :func:`literal_trie`)."""
    uniq = sorted(set(forms), key=len, reverse=True)
    if uniq and all(ch.isalnum() or ch == "." for form in uniq for ch in form):
        return "(?:" + literal_trie(uniq, ignorecase=True) + ")"
    out = []
    for form in uniq:
        pattern = re.escape(form).replace("\\ ", WS).replace("'", APOS_ANY)
        pattern = pattern.replace("\\-", "[-\u2010\u2011 ]?")
        out.append(pattern)
    if not all(form[:1] and form[0] in CASE_SAFE and form[0] != "." for form in uniq):
        return "(?:" + "|".join(out) + ")"
    # grouped by first letter (in their order inside a group): forms of different first letters
    # cannot match at one place, so the matches are the same, and a place is left after one
    # test per letter instead of one per form
    groups: dict[str, list[str]] = {}
    for form, pattern in zip(uniq, out, strict=True):
        groups.setdefault(form[0], []).append(pattern[1:])
    return "(?:" + "|".join(f"{ch}(?:{'|'.join(rest)})" for ch, rest in groups.items()) + ")"


def word_end(pattern: str) -> str:
    """``pattern`` not followed by a letter or a digit."""
    return pattern + r"(?![\w])"


def form_piece(ch: str) -> str:
    """What one character of a lexicon form matches (as in :func:`alternation`)."""
    if ch == " ":
        return WS
    if ch == "'":
        return APOS_ANY
    if ch == "-":
        return "[-\u2010\u2011 ]?"
    return re.escape(ch)


def form_regex(form: str) -> str:
    """One lexicon form as a regex (:func:`form_piece` of each character)."""
    return "".join(form_piece(ch) for ch in form)


def form_trie(forms: list[str]) -> str:
    """The forms of :func:`alternation` (the same language) as a trie: quicker to search for."""
    uniq = sorted(set(forms), key=len, reverse=True)
    return "(?:" + literal_trie(uniq, piece=form_piece) + ")"


def leading_word(form: str) -> str:
    """The leading letters/digits of a folded lexicon form (``aujourd'hui`` → ``aujourd``):
    every match of the form contains them, in lower case."""
    match = re.match(r"[^\W_]+", form)
    return match.group() if match else ""
