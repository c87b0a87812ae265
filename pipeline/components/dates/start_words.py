"""Searching a pattern only where one of its first words is: the same matches as
``regex.finditer(text)``, for a fraction of the regex steps.

Python's ``re`` skips quickly to the places a pattern can start only when the pattern begins
with plain characters. Most date patterns begin with a lookbehind (``(?<![\\w])``: not inside a
word) and case-insensitive letters, so ``finditer`` tries the pattern at every character of the
article. For a pattern whose every match starts with one of a few words (``d'ici``, ``il y
a``, ``dans``, an ordinal, ``fin``/``début``...), :class:`StartWords` finds those words first,
with one regex led by their plain first characters (which ``re`` does skip to), and tries the
pattern (``regex.match``) there only.

Why the matches are the same: every match of the pattern starts with one of the words (or in
the separator right before one, see ``lead_in``), so it starts at one of the places tried, and
the places are tried in the order of the text; ``finditer`` goes on from the end of each match,
and so does :meth:`StartWords.finditer` (a place inside the last match is skipped). The words are
searched for case-sensitively in the text lower-cased by :func:`~.gates.gate_text`, where a
letter the case-insensitive pattern matches is the letter it is written with (:data:`LETTERS`,
tested over all of Unicode in ``tests/components/dates/test_equivalence.py``).

Used by the patterns of days, months, ordinals, modifiers, decades, ``d'ici``, durations and
weekdays (:mod:`.patterns`): on the snapshot's articles ``fr_dates`` takes about a sixth
longer without them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.components.dates.gates import Probe
from pipeline.text import APOS_ANY

#: the letters a start word may hold (with those of ``APOS_ANY``): any character
#: ``re.IGNORECASE`` equates with one of them is lowered to it by :func:`~.gates.gate_text`
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ" + APOS_ANY)


class StartWords:
    """Words, one of which every match of a case-insensitive pattern starts with: lower-case
    regex fragments led by a plain character (``d'ici`` is ``d['’...]ici``). The patterns are
    led by ``(?<![\\w])``: a word is looked for only where a word of the text starts.

    The words are found by one regex grouped by their first characters (``d(?=ans|epuis)|
    i(?=l)``): the engine skips at once to the places holding one.

    ``lead_in``: characters a match may start with before its word, when the pattern begins
    with an optional separator (``(?:{WS}|-)?mars``: ``, mars`` matches from the space). Such a
    match starts in the run of these characters right before a word; they are tried first,
    in order, then the word itself."""

    def __init__(self, words: list[str], lead_in: str = "") -> None:
        for word in words:
            lead, letters = word[:1], {ch for ch in word if ch.isalpha()}
            if re.escape(lead) != lead or not letters <= LETTERS:
                raise ValueError(f"not a start word: {word!r}")
        self.lead_in = lead_in
        groups: dict[str, list[str]] = {}
        for word in words:
            groups.setdefault(word[0], []).append(word[1:])
        # not after a letter/digit in the lower-cased text: nor in the text (a character that
        # is not \w is lowered to one that is not either; tested over all of Unicode)
        self.regex = re.compile(
            "|".join(
                rf"{ch}(?<![\w]{ch})" + ("" if "" in rests else f"(?={'|'.join(rests)})")
                for ch, rests in groups.items()
            )
        )

    def finditer(self, regex: re.Pattern[str], probe: Probe) -> Iterator[re.Match[str]]:
        """The matches of ``regex.finditer(probe.text)``, tried only where a word starts."""
        text, cur, lead_in = probe.text, 0, self.lead_in
        for word in self.regex.finditer(probe.low):
            at = word.start()
            if at < cur:
                continue  # inside the last match
            start = at
            while start > cur and text[start - 1] in lead_in:
                start -= 1  # ", mars": a match may start in the separator before the word
            for place in range(start, at + 1):
                match = regex.match(text, place)
                if match is not None:
                    yield match
                    cur = match.end()
                    break
