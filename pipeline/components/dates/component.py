"""``fr_dates``: date expressions of French news text, normalised against the article's date.

How it works
    1. A handful of regular expressions, built from the lexicons of ``models/dates/``, run once
       over ``doc.text`` (linear in the text; no per-token dateparser call). Each pattern has a
       handler that reads its groups into a :class:`~pipeline.components.dates_calendar.Resolved`
       period, or rejects the match (``31 février``, a count such as ``2000 salariés``...).
       Speed: each pattern has a gate, a cheap necessary condition tested once per document on
       the lower-cased text (a month name, ``12/02``, ``trimestre``…): a pattern that cannot
       match in the article is not run (most cannot). Lexicon alternations are written as tries
       or grouped by first letter, which matches the same text in the same order with fewer
       steps. The text itself is built once for ``fr_amounts`` and ``fr_dates``.
    2. Amounts (``doc.spans["amounts"]``, filled by ``fr_amounts``), percentages and numbers with
       a unit are masked: a candidate overlapping them is dropped. Patterns only accept a bare
       number as a year in a date context, never inside a larger number (``2 000``, ``2015,5``).
    3. Overlapping candidates: the longest wins (``du 5 au 7 avril`` over ``7 avril``).
    4. Expressions without a year (``le 5 juillet``, ``en mars``, ``au premier semestre``,
       ``jeudi``) and relative ones (``hier``, ``l'an dernier``, ``il y a trois mois``) are
       resolved against ``doc._.article_date`` with the tense of the governing verb (past: the
       last such date not after the article; future: the next one; otherwise the closest).
       ``il y a``/``dans``/``d'ici`` + duration go through ``dateparser`` with
       ``RELATIVE_BASE`` = the article's date. Without an article date they keep their span and
       get ``value`` None (never today's date).

Output: ``doc.spans["dates"]``, each span with ``span._.date = {"value", "value_end",
"granularity", "relative"}`` (see ``pipeline/extensions.py``).

Decisions (documented in the tests too)
    * ``début``/``mi``/``fin`` keep the precision of the text: ``fin septembre`` → ``2025-09``,
      ``fin 2025`` → ``2025``, ``en fin d'année`` → the article's year (granularity of the unit).
    * Quarters and semesters: ``value`` is their first day, ``value_end`` their last
      (``T3 2025`` → ``2025-07-01``/``2025-09-30``, granularity ``quarter``).
    * Weeks (``la semaine dernière``): Monday and Sunday. Every range (days, months, years,
      weeks, seasons, windows) has granularity ``period`` (the corpus's convention); quarters
      and semesters keep ``quarter``/``semester``.
    * Windows anchored on a calendar period are dates (``neuf premiers mois de l'année`` =
      1 January-30 September; reported in the past, the last elapsed one); rolling windows
      (``les 3 derniers mois``, ``dans les six prochains mois``) are durations, not output.
    * Seasons (``au printemps 2026``, ``l'été dernier``, ``cet hiver``) are meteorological:
      first and last day of their three months.
    * ``aujourd'hui`` meaning "nowadays" is not output: with a present verb of state, with any
      present verb it stands before the complements of (unless an event verb of
      ``event_verbs.txt``: ``publie aujourd'hui ses résultats``), before a role noun
      (``aujourd'hui directrice``) or with ``encore``; a year
      right after a capitalised word (``Vision 2030``, ``Horizon 2020``) is part of a name.
    * ``d'ici 2028``: the deadline year ``2028``; ``d'ici deux ans``: article date → deadline.
    * Ranges (``du 5 au 7 avril``, ``2024-2025``, ``2024/25``, ``de 2014 à 2018``): ``value``
      and ``value_end``.
    * Tense: ``depuis``/``dès`` before the expression mean past, ``d'ici``/``jusqu'à`` future;
      else the governing verb (conditional counts as future: reported plans; compound tenses
      are past whatever the tagger says of the participle; an infinitive takes the tense of
      the verb it depends on, future under ``devoir``/``prévoir``...; a bare past participle
      ``annoncée en novembre`` is past); with no verb above it, the nearest one in the sentence.
    * A date an event is moved to (``mis en délibéré au 24 septembre``, ``reporté à la
      mi-mars``) is ahead; a period whose figures are reported (``publiera jeudi ses résultats
      du premier semestre``) is under way or over; a participle of a verb pointing ahead in the
      present (``est attendue en janvier``) is future; an imperfect the tagger leaves in the
      present (``atteignaient``) is past.
    * Fiscal years: a quarter/semester/window tied to the fiscal year (``troisième trimestre
      de son exercice 2025-2026``) or given without a year in an article whose fiscal year is
      not the calendar one is a period of that fiscal year, which starts the month after its
      closing month (``exercice clos le 31 mars`` → April; ``trimestre clos fin décembre``
      tells it too). When the article does not say when it closes (``exercice 2025-2026``
      alone, ``exercice décalé``), the span is kept with value None rather than a guess.
    * ``dans deux ans`` inside a direct quote is a speaker's horizon, not output.
    * ``la veille`` is the day before the article (what news mean by it); vague expressions
      (``ces dernières années``, ``les prochains jours``, ``récemment``), ``le lendemain`` and
      times of day alone are not output.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import accumulate
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import pipeline.extensions  # noqa: F401
from pipeline.components.base import DataComponent, doc_text
from pipeline.components.dates.calendar_math import (
    Resolved,
    Tense,
    expand_two_digit_year,
    fiscal_period_bounds,
    fiscal_year_of,
    infer_year,
    month_bounds,
    period_bounds,
    shift,
    valid_day,
    weekday_near,
)
from pipeline.regex_build import CASE_SAFE, first_letter_groups, literal_trie
from pipeline.resources import load_lines, load_tsv

log = logging.getLogger(__name__)

DATA_FILES = {
    "months": "dates/months.tsv",
    "weekdays": "dates/weekdays.tsv",
    "ordinals": "dates/ordinals.tsv",
    "periods": "dates/periods.tsv",
    "relative": "dates/relative.tsv",
    "year_triggers": "dates/year_triggers.txt",
    "quantity_before": "dates/quantity_before.txt",
    "negative_before": "dates/negative_before.txt",
    "numbers": "dates/numbers.tsv",
    "seasons": "dates/seasons.tsv",
    "decades": "dates/decades.tsv",
    "stative_verbs": "dates/stative_verbs.txt",
    "event_verbs": "dates/event_verbs.txt",
    "future_verbs": "dates/future_verbs.txt",
    "target_words": "dates/target_words.txt",
    "results_nouns": "dates/results_nouns.txt",
    "forward_before": "dates/forward_before.txt",
    "scheduled_verbs": "dates/scheduled_verbs.txt",
    "habit_words": "dates/habit_words.txt",
}

WS = r"[ \t\n\u00a0\u202f]+"
OWS = r"[ \t\n\u00a0\u202f]*"
APOS = r"['’ʼʻ՚ꞌ＇′‵ʹ`]"
YEAR = r"(?:19\d\d|20\d\d|21\d\d)"
#: ``NUM_START`` + ``YEAR``, its lookbehind tested after the first digit (``1(?<![\w,.\-/]1)9\d\d``,
#: the same test): the pattern starts with plain digits the regex engine skips to
YEAR_AT_START = first_letter_groups(
    [(b[0], b) for b in YEAR[3:-1].split("|")], ignorecase=True, not_after=r"[\w,.\-/]"
)
#: a number is not glued to another digit or a decimal/thousands separator
NUM_START = r"(?<![\w,.\-/])"
NUM_END = r"(?![\w]|[,.]\d|[ \u00a0\u202f]\d{3}(?!\d))"
#: bare numbers with a unit or a percent sign are masked
MASK_RE = re.compile(
    r"\d[\d \u00a0\u202f.,]*[ \u00a0\u202f]?(?:%|pour[ \u00a0\u202f]?cent|points?\b|€|\$|£|"
    r"M€|Md€|Mds?\b|k€|milliards?\b|millions?\b|euros?\b|dollars?\b)",
    re.IGNORECASE,
)
#: direct quotes: what is said in them is anchored on the time of speaking
QUOTE_RE = re.compile(r"«[^«»]{1,3000}»|“[^“”]{1,3000}”|\"[^\"\n]{1,3000}\"")
UNIT_OF_WORD = {
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year", "annee": "year",
    "annees": "year",
}  # fmt: skip
DATEPARSER_UNIT = {"day": "jours", "week": "semaines", "month": "mois", "year": "ans"}
PAST_WORDS = {"dernier", "dernière", "derniere", "passé", "passée", "passe", "passee"}
#: words after a weekday or a month that fix the direction ("mardi dernier", "en mai prochain")
REL_WORDS = r"dernier|dernière|passé|prochain|prochaine|à[ \u00a0]venir"
FUTURE_WORDS = {"prochain", "prochaine"}


_APOS_RE = re.compile(APOS)
_SPACES_RE = re.compile(r"[\s\u00a0\u202f]+")
_WS_RE = re.compile(WS)
_DET_END = re.compile(rf"(?:^|{WS})(?:l{APOS}|cet|ce|le)$", re.IGNORECASE)
_DIGITS_RE = re.compile(r"\d+")
_SINCE_BEFORE = re.compile(r"depuis\s*$")
_FROM_BEFORE = re.compile(r"dès\s*$")
#: a frequency after "aujourd'hui" makes it "nowadays": "versent aujourd'hui 9 € par mois"
_HABIT_AFTER = re.compile(r"(?<![\w])(?:par|chaque) (?:jour|semaine|mois|an|année|trimestre)s?\b")
#: "encore aujourd'hui", "aujourd'hui encore": still, nowadays
_STILL_AROUND = re.compile(r"(?<!\w)(?:encore|toujours)\s*$", re.IGNORECASE)
_STILL_AFTER = re.compile(r"\s*,?\s*(?:encore|toujours)(?!\w)")
_UNTIL_BEFORE = re.compile(r"(?:d'ici|d'ici à|jusqu'à|jusqu'au|jusqu'en)(?: la| le| l')?\s*$")
_YEAR_CONTEXT_WORDS = re.compile(r"[\w'°.]+")
_DIGIT_BEFORE = re.compile(r"\d[ \u00a0\u202f]*$")


def fold(text: str) -> str:
    """Lower case, plain apostrophes, plain spaces."""
    text = _APOS_RE.sub("'", text.lower())
    return _SPACES_RE.sub(" ", text).strip()


def _alt(forms: list[str]) -> str:
    """Regex alternation of lexicon forms, longest first, spaces/apostrophes flexible. Forms of
    letters, digits and dots only (months, weekdays) are written as a trie: the same matches
    in the same order, found with fewer steps (see :func:`literal_trie`)."""
    uniq = sorted(set(forms), key=len, reverse=True)
    if uniq and all(ch.isalnum() or ch == "." for form in uniq for ch in form):
        return "(?:" + literal_trie(uniq, ignorecase=True) + ")"
    out = []
    for form in uniq:
        pattern = re.escape(form).replace("\\ ", WS).replace("'", APOS)
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


def _word_end(pattern: str) -> str:
    return pattern + r"(?![\w])"


#: letters that ``re.IGNORECASE`` equates with ``i``/``s`` but ``str.lower`` does not map to them
_GATE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def gate_text(text: str) -> str:
    """``text`` in lower case, as the case-insensitive patterns see it, for the gates (the same
    length: one character for one)."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_GATE_FOLD)
    return text.lower()


class Probe:
    """A document as the gates see it: its text, lower-cased (:func:`gate_text`) and reversed,
    and the answers of the gates tested so far (a gate shared by patterns is tested once)."""

    __slots__ = ("_reversed", "_spaces", "answers", "low", "places", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = gate_text(text)
        self._reversed: str | None = None
        self._spaces: list[int] | None = None
        self.answers: dict[int, bool] = {}
        self.places: dict[object, list[int]] = {}

    @property
    def reversed(self) -> str:
        if self._reversed is None:
            self._reversed = self.low[::-1]
        return self._reversed

    @property
    def spaces(self) -> list[int]:
        """The offsets of the white space characters (:data:`_WS_CHARS`) of the text, in order:
        the white space between two offsets is counted with two bisections (the windows of
        :class:`Anchor`), not by reading the text again."""
        if self._spaces is None:
            self._spaces = _space_offsets(self.text)
        return self._spaces


class Gate:
    """A cheap necessary condition of a pattern: False only when the pattern cannot match the
    document (patterns run only where their gate lets them through)."""

    def __call__(self, probe: Probe) -> bool:
        answer = probe.answers.get(id(self))
        if answer is None:
            answer = probe.answers[id(self)] = self.test(probe)
        return answer

    def test(self, probe: Probe) -> bool:  # pragma: no cover - overridden
        return True


class _Words(Gate):
    """Some of the words is in the lower-cased text (as a substring)."""

    def __init__(self, words: set[str]) -> None:
        # a word containing another is implied by it
        self.words = tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))

    def test(self, probe: Probe) -> bool:
        low = probe.low
        return any(w in low for w in self.words)


class _Phrases(Gate):
    """Some phrase has all its words in the lower-cased text."""

    def __init__(self, phrases: list[tuple[str, ...]]) -> None:
        self.phrases = phrases

    def test(self, probe: Probe) -> bool:
        low = probe.low
        return any(all(w in low for w in words) for words in self.phrases)


class _Regex(Gate):
    """A regex found in the text, its lower-cased form (``on="low"``) or the lower-cased text
    reversed (``on="reversed"``: a regex led by a rare character is quick)."""

    def __init__(self, pattern: str, on: str = "low", flags: int = 0) -> None:
        self.regex, self.on = re.compile(pattern, flags), on

    def test(self, probe: Probe) -> bool:
        text = probe.low if self.on == "low" else probe.text
        if self.on == "reversed":
            text = probe.reversed
        return self.regex.search(text) is not None


class _Any(Gate):
    def __init__(self, *gates: Gate) -> None:
        self.gates = gates

    def test(self, probe: Probe) -> bool:
        return any(g(probe) for g in self.gates)


class _All(Gate):
    def __init__(self, *gates: Gate | None) -> None:
        self.gates = [g for g in gates if g is not None]

    def test(self, probe: Probe) -> bool:
        return all(g(probe) for g in self.gates)


def _fragment(form: str) -> str:
    """The leading letters/digits of a folded lexicon form (``aujourd'hui`` → ``aujourd``):
    every match of the form contains them, in lower case."""
    match = re.match(r"[^\W_]+", form)
    return match.group() if match else ""


def _any_word(forms: list[str]) -> Gate | None:
    """Some form's leading word is in the text (None, no gate, when a form has none)."""
    frags = {_fragment(f) for f in forms}
    return None if not frags or "" in frags else _Words(frags)


def _any_phrase(forms: list[str]) -> Gate | None:
    """Some form has all its words in the text (``l'an dernier``: ``an`` and ``dernier``)."""
    parts = [tuple(re.findall(r"[^\W_]+", f)) for f in forms]
    return None if not parts or any(not p for p in parts) else _Phrases(parts)


def _form_piece(ch: str) -> str:
    """What one character of a lexicon form matches (as in :func:`_alt`)."""
    if ch == " ":
        return WS
    if ch == "'":
        return APOS
    if ch == "-":
        return "[-\u2010\u2011 ]?"
    return re.escape(ch)


def _trie(forms: list[str]) -> str:
    """The forms of :func:`_alt` (the same language) as a trie: quicker to search for."""
    uniq = sorted(set(forms), key=len, reverse=True)
    return "(?:" + literal_trie(uniq, piece=_form_piece) + ")"


#: the characters of ``WS``/``OWS``: a window before an anchor counts only the others
_WS_CHARS = " \t\n\u00a0\u202f"
_WS_CODES = numpy.array([ord(ch) for ch in _WS_CHARS], dtype=numpy.uint32)
_UNBOUNDED = 1 << 30


def _space_offsets(text: str) -> list[int]:
    """The offsets of the characters of :data:`_WS_CHARS` in ``text``, in order (found by numpy
    over the code points, one for each character, instead of a Python loop over the text)."""
    codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    return numpy.flatnonzero(numpy.isin(codes, _WS_CODES)).tolist()


def _nonspace_width(pattern: str, flags: int) -> int:
    """The most characters other than white space a match of ``pattern`` holds (an unbounded
    repeat of white space counts nothing; :data:`_UNBOUNDED` when anything else repeats
    without bound or the pattern has constructs not measured)."""
    from re import _constants as sc  # type: ignore[attr-defined]
    from re import _parser as sp  # type: ignore[attr-defined]

    def spaces_only(op: Any, av: Any) -> bool:
        if op is sc.LITERAL:
            return chr(av) in _WS_CHARS
        if op is sc.IN:
            return all(o is sc.LITERAL and chr(a) in _WS_CHARS for o, a in av)
        return False

    def width(items: Any) -> int:
        total = 0
        for op, av in items:
            if op in (sc.LITERAL, sc.NOT_LITERAL, sc.IN, sc.ANY):
                total += 1
            elif op is sc.SUBPATTERN:
                total += width(av[3])
            elif op is sc.ATOMIC_GROUP:
                total += width(av)
            elif op is sc.BRANCH:
                total += max(width(branch) for branch in av[1])
            elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
                _low, high, item = av
                if high == sc.MAXREPEAT:
                    if len(item) == 1 and spaces_only(*item[0]):
                        continue
                    return _UNBOUNDED
                total += high * width(item)
            elif op in (sc.ASSERT, sc.ASSERT_NOT):
                if av[0] >= 0:  # a lookahead reads what it looks at
                    total += width(av[1])
            elif op is sc.AT and av in (sc.AT_BOUNDARY, sc.AT_NON_BOUNDARY):
                total += 1
            else:
                return _UNBOUNDED
            if total >= _UNBOUNDED:
                return _UNBOUNDED
        return total

    try:
        return min(width(sp.parse(pattern, flags)), _UNBOUNDED)
    except Exception:
        return _UNBOUNDED


def _window_start(text: str, spaces: list[int], anchor: int, width: int) -> int:
    """The first place a match holding at most ``width`` characters other than white space and
    reaching ``anchor`` can start: the smallest ``s`` with at most ``width`` such characters in
    ``text[s:anchor]`` (it only moves forward when ``anchor`` does). ``spaces``: the offsets of
    the white space of ``text`` (:attr:`Probe.spaces`)."""
    start = anchor - width
    upto = bisect_left(spaces, anchor)
    while start > 0:
        # the white space characters in text[start:anchor]
        spaces_in = upto - bisect_left(spaces, start)
        earlier = max(0, anchor - width - spaces_in)
        if earlier == start:
            break
        start = earlier
    start = max(0, start)
    while start > 0 and text[start - 1] in _WS_CHARS:
        start -= 1  # white space before the window is free too
    return start


def _window_end(size: int, spaces: list[int], anchor: int, width: int) -> int:
    """The place right after the ``width``-th character other than white space from
    ``anchor`` on (or the end, ``size``, of the text). ``spaces``: the offsets of the white
    space of the text (:attr:`Probe.spaces`)."""
    end = anchor + width
    since = bisect_left(spaces, anchor)
    while end < size:
        # the white space characters in text[anchor:end]
        spaces_in = bisect_left(spaces, end) - since
        later = min(size, anchor + width + spaces_in)
        if later == end:
            break
        end = later
    return min(size, end)


class Anchor:
    """Words one of which every match of a pattern holds (in the lower-cased text, as the gates
    see it), and the pattern's widest match: matches are searched for only from a little before
    each place one of the words is, which finds exactly what ``finditer`` over the whole text
    does (a match holds a word, so it cannot start before that word's window) for a fraction
    of the regex steps (``re`` has no quick scan for a pattern led by a lookbehind)."""

    def __init__(self, words: list[str], width: int) -> None:
        uniq = set(words)
        self.words = tuple(sorted(w for w in uniq if not any(o != w and o in w for o in uniq)))
        self.width = width

    def places(self, probe: Probe) -> list[int]:
        key = ("anchor", self.words)
        found = probe.places.get(key)
        if found is None:
            low = probe.low
            seen: set[int] = set()
            for word in self.words:
                at = low.find(word)
                while at >= 0:
                    seen.add(at)
                    at = low.find(word, at + 1)
            found = probe.places[key] = sorted(seen)
        return found

    def finditer(self, regex: re.Pattern[str], probe: Probe) -> Iterator[re.Match[str]]:
        text, spaces = probe.text, probe.spaces
        places = self.places(probe)
        cur, tried, i, n = 0, 0, 0, len(places)
        while i < n:
            at = places[i]
            i += 1
            if at < cur:
                continue  # a word before the last match's end is in no later match
            start = max(cur, tried, _window_start(text, spaces, at, self.width))
            # a match starting by the word reads nothing past ``end``: searched in the text cut
            # there, it is the same match; one starting later is searched for from its own word
            end = _window_end(len(text), spaces, at, self.width + 2)
            match = regex.search(text, start, end)
            tried = at + 1
            if match is None or match.start() > at:
                continue
            yield match
            cur = match.end()


#: what a date's modifier starts with: a phrase before "de" (``au début de``), or a word alone
_MODIFIER_PHRASES = (
    "à la fin",
    "au début",
    "au milieu",
    "en fin",
    "en début",
    "en milieu",
    "la fin",
    "le début",
    "fin",
    "début",
)
_MODIFIER_WORDS = ("début", "fin", "mi", "courant")

#: the letters a pattern's :class:`Lead` may hold (with those of ``APOS``): any character
#: ``re.IGNORECASE`` equates with one of them is lowered to it by :func:`gate_text` (tested
#: over all of Unicode)
_LEAD_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ" + APOS)


class Lead:
    """Heads, one of which every match of a case-insensitive pattern starts with: lower-case
    regex fragments led by a plain character, searched for case-sensitively in the lower-cased
    text (:func:`gate_text`, where a letter the pattern matches is the letter it is written
    with). The pattern is tried (``regex.match``) only where a head is: that finds exactly the
    matches of ``finditer`` over the whole text (each starts at a head; ``finditer`` goes on
    from the end of the last one), without the regex engine trying every place of the text
    (``re`` has no quick scan for a pattern led by a lookbehind or a case-insensitive letter).
    The heads are found by one regex led by their plain first characters, grouped
    (``d(?=ans|epuis)|i(?=l)``): the engine skips at once to the places holding one. The
    patterns are led by ``(?<![\\w])``: a head is looked for only where a word starts."""

    def __init__(self, heads: list[str]) -> None:
        for head in heads:
            lead, letters = head[:1], {ch for ch in head if ch.isalpha()}
            if re.escape(lead) != lead or not letters <= _LEAD_LETTERS:
                raise ValueError(f"not a head: {head!r}")
        groups: dict[str, list[str]] = {}
        for head in heads:
            groups.setdefault(head[0], []).append(head[1:])
        # not after a letter/digit in the lower-cased text: nor in the text (a character that
        # is not \w is lowered to one that is not either; tested over all of Unicode)
        self.regex = re.compile(
            "|".join(
                rf"{ch}(?<![\w]{ch})" + ("" if "" in rests else f"(?={'|'.join(rests)})")
                for ch, rests in groups.items()
            )
        )

    def finditer(self, regex: re.Pattern[str], probe: Probe) -> Iterator[re.Match[str]]:
        text, cur = probe.text, 0
        for head in self.regex.finditer(probe.low):
            at = head.start()
            if at < cur:
                continue  # inside the last match
            match = regex.match(text, at)
            if match is not None:
                yield match
                cur = match.end()


class Masks:
    """Character ranges ``(start, end)`` of a document no date may overlap (amounts,
    percentages...), sorted once: :meth:`overlaps` is one bisection, not a loop over them."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ranges = sorted(ranges)
        self._starts = [s for s, _ in ranges]
        #: the furthest end of the ranges up to each one (in the order of their starts)
        self._ends = list(accumulate((e for _, e in ranges), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Some range meets ``[start, end)``: ``any(s < end and start < e for s, e in ranges)``
        (the ranges starting before ``end`` are a prefix of the sorted ones; one of them
        reaches past ``start`` when the furthest end among them does)."""
        before = bisect_left(self._starts, end)
        return before > 0 and self._ends[before - 1] > start


Handler = Callable[[re.Match[str], "Context"], "Resolved | dict[str, Any] | None"]


class Context:
    """What a pattern handler needs: the doc, the article date, the lexicons."""

    def __init__(
        self, comp: DatesComponent, doc: Doc, base: dt.date | None, text: str | None = None
    ) -> None:
        self.comp = comp
        self.doc = doc
        self.base = base
        self.text = doc_text(doc) if text is None else text
        self._quotes: list[tuple[int, int]] | None = None
        self._fiscal: int | bool | None = False

    def fiscal_start(self) -> int | None:
        """See :meth:`DatesComponent.fiscal_start` (computed once per document)."""
        if self._fiscal is False:
            self._fiscal = self.comp.fiscal_start(self.text)
        return self._fiscal  # type: ignore[return-value]

    def in_quote(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies inside a direct quote (« », “ ”, " ")."""
        if self._quotes is None:
            self._quotes = [m.span() for m in QUOTE_RE.finditer(self.text)]
        return any(s < start and end < e for s, e in self._quotes)

    def before(self, start: int, n_chars: int = 40) -> str:
        """Folded text before ``start`` (the last ``n_chars``)."""
        return fold(self.text[max(0, start - n_chars) : start])

    def tense(self, start: int, end: int) -> Tense | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return verb_tense(span, self.comp.future_verbs)


def verb_tense(span: Span, future_verbs: frozenset[str] = frozenset()) -> Tense | None:
    """Tense of the verb governing ``span``: ``past`` (passé composé, imparfait, passé simple,
    plus-que-parfait), ``future`` (futur, conditional, ``aller`` + infinitive), else None.

    The governing verb is found by climbing the parse; an infinitive or participle without an
    auxiliary takes the tense of the verb it depends on (``devrait rester ... en février``).
    When the parse gives no verb at all (a headline, a nominal clause), the nearest finite verb
    of the sentence is used."""
    token: Token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    if token.pos_ in ("VERB", "AUX"):
        for _ in range(4):
            tense = _token_tense(token)
            looks_ahead = token.lemma_.lower() in future_verbs
            if tense is None and looks_ahead and _is_present_participle_of(token):
                return "future"  # "prévue fin mai", "la décision est attendue en janvier"
            if tense is None and _is_bare_participle(token):
                return "past"  # "l'opération, annoncée en novembre": a past event
            if tense is None and _is_infinitive(token) and token.head.pos_ not in ("VERB", "AUX"):
                # the tagger missed the governing verb ("le groupe compte finaliser...")
                return "future" if _future_verb_before(token, future_verbs) else None
            if tense is not None or not _is_dependent_nonfinite(token):
                return tense
            head = token.head
            if (
                _is_infinitive(token)
                and head.lemma_.lower() in future_verbs
                and _token_tense(head) is None
            ):
                return "future"  # "doit s'exprimer jeudi", "doit être voté en février"
            token = head
        return None
    return _nearest_verb_tense(span)


def _is_infinitive(verb: Token) -> bool:
    """An infinitive, active or passive (``être voté``)."""
    if "Inf" in verb.morph.get("VerbForm", []):
        return True
    return "Part" in verb.morph.get("VerbForm", []) and any(
        c.dep_ == "aux:pass" and "Inf" in c.morph.get("VerbForm", []) for c in verb.children
    )


def _is_present_participle_of(verb: Token) -> bool:
    """A past participle used in the present: bare (``prévue fin mai``) or passive with a
    present auxiliary (``est attendue``), not a compound past (``a prévu``, ``était prévue``)."""
    if "Part" not in verb.morph.get("VerbForm", []):
        return False
    for child in verb.children:
        if child.dep_ == "aux:tense":
            return False
        if child.dep_ in ("aux:pass", "cop") and _finite_tense(child) is not None:
            return False
    return True


_SKIP_BEFORE_INF = {"de", "d'", "à", "ne", "pas", "se", "s'", "l'", "le", "la", "les", "y", "en"}


def _future_verb_before(verb: Token, future_verbs: frozenset[str]) -> bool:
    """A verb pointing ahead right before an infinitive (``compte finaliser``, ``prévoit de
    lancer``), read from the words when the parse did not link them."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and verb.i - i <= 4:
        word = doc[i].text.lower().replace("’", "'")
        if word not in _SKIP_BEFORE_INF:
            lemma = doc[i].lemma_.lower()
            return bool({lemma, word + "r", word[:-1] + "r"} & future_verbs) or (
                word in ("doit", "doivent", "va", "vont")
            )
        i -= 1
    return False


def _is_dependent_nonfinite(verb: Token) -> bool:
    """An infinitive/participle complement without its own auxiliary (``devrait rester``,
    ``estimant``...), whose tense is that of its head."""
    form = verb.morph.get("VerbForm", [])
    if not ("Inf" in form or "Part" in form) or verb.head is verb:
        return False
    for child in verb.children:
        # "pourrait être saisi": a passive infinitive is still a dependent non-finite verb
        if (child.dep_.startswith("aux") or child.dep_ == "cop") and "Inf" not in child.morph.get(
            "VerbForm", []
        ):
            return False
    return verb.dep_ in ("xcomp", "ccomp", "advcl", "acl", "advmod", "obj", "csubj")


def _is_bare_participle(verb: Token) -> bool:
    """A past participle without auxiliary used as a modifier (``annoncée en novembre``)."""
    morph = verb.morph
    if "Part" not in morph.get("VerbForm", []) or "Past" not in morph.get("Tense", []):
        return False
    if any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in verb.children):
        return False
    if verb.dep_ == "advcl" and verb.i < verb.head.i and verb.head.pos_ in ("VERB", "AUX"):
        return True  # fronted: "Placée en redressement à la mi-novembre, l'entreprise ..."
    if verb.dep_ == "ROOT" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        return True  # the same, parsed as a verbless sentence of its own
    return verb.dep_ in ("acl", "advcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON")


def _adjective_predicate(token: Token) -> bool:
    """An adjective or participle after a copula (``est saturé``, ``reste rentable``)."""
    return token.pos_ == "ADJ" and any(c.dep_ == "cop" for c in token.children)


def _nearest_verb_tense(span: Span) -> Tense | None:
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    best: tuple[int, Tense] | None = None
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.dep_.startswith("aux"):
            continue
        tense = _token_tense(token)
        if tense is None:
            continue
        distance = min(abs(token.i - span.start), abs(token.i - (span.end - 1)))
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


def _token_tense(verb: Token) -> Tense | None:
    morph = verb.morph
    tense, form = morph.get("Tense", []), morph.get("VerbForm", [])
    auxes = [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    for aux in auxes:
        # a compound tense, whatever the tagger says of the participle ("ont pesé" is
        # sometimes tagged as a finite present): a annoncé, avait annoncé, aura annoncé
        if aux.dep_ == "aux:tense" and aux.lemma_ in ("avoir", "être"):
            return "future" if "Fut" in aux.morph.get("Tense", []) else "past"
    if "Fut" in tense:
        return "future"
    if "Part" in form:
        passive = "Pass" in morph.get("Voice", []) or any(
            a.dep_ in ("aux:pass", "cop") for a in auxes
        )
        if passive and auxes:  # est attendu (present), sera attendu, était attendu
            return _finite_tense(auxes[0])
        return "past" if auxes else None  # "prévue fin mai": an adjective-like participle
    if "Inf" in form:
        for aux in auxes:
            if aux.lemma_ == "aller":
                return "past" if _finite_tense(aux) == "past" else "future"
        return None
    return _finite_tense(verb)


def _finite_tense(verb: Token) -> Tense | None:
    tense = verb.morph.get("Tense", [])
    if "Fut" in tense or "Cnd" in verb.morph.get("Mood", []) or _is_conditional(verb):
        return "future"  # futur; conditional of reported plans ("réunirait mercredi")
    if "Past" in tense or "Imp" in tense or _is_imperfect(verb):
        return "past"
    return None


#: present forms ending like an imperfect (faire, traire, savoir, connaître, plaire, taire...)
_PRESENT_AIS = re.compile(
    r"(?:^|re|dé|contre|satis|sur)f(?:ait|ais)|(?:ex|dis|sous|abs|re)?tr(?:ait|ais)|s(?:ait|ais)|"
    r"(?:re|mé)?conn(?:ait|ais)|(?:ap|dis|com|re)?par(?:ait|ais)|(?:re)?n(?:ait|ais)|"
    r"(?:dé|com)?pl(?:ait|ais)|t(?:ait|ais)|(?:re)?v(?:ait|ais)"
)


def _is_imperfect(verb: Token) -> bool:
    """An imperfect the tagger left in the present (``atteignaient``, ``se montait``): a finite
    form in ``-ait``/``-aient``/``-ais`` that is neither a conditional nor one of the few
    present forms so spelt (``fait``, ``sait``, ``extrait``, ``connait``...)."""
    if "Fin" not in verb.morph.get("VerbForm", []) or "Pres" not in verb.morph.get("Tense", []):
        return False
    text = verb.text.lower()
    if text.endswith("aient"):
        return len(text) > 5 and not _is_conditional(verb)
    if not text.endswith(("ait", "ais")) or len(text) < 5:
        return False
    return _PRESENT_AIS.fullmatch(text) is None and not _is_conditional(verb)


#: future/conditional stems of irregular verbs ("serait", "pourrait", "devrait"...)
_IRREGULAR_STEMS = {
    "ser", "aur", "fer", "pourr", "devr", "ir", "viendr", "voudr", "faudr", "saur", "verr",
    "enverr", "tiendr", "vaudr", "courr", "mourr", "acquerr", "obtiendr", "maintiendr",
}  # fmt: skip
_CONDITIONAL_END = re.compile(r"(?:ais|ait|ions|iez|aient)$")


def _is_conditional(verb: Token) -> bool:
    """The model tags French conditionals as imperfect: tell them by their future stem
    (``réunirait`` = ``réunir`` + ``ait``; ``déclarait`` is an imperfect)."""
    text, lemma = verb.text.lower(), verb.lemma_.lower()
    match = _CONDITIONAL_END.search(text)
    if match is None or not text[: match.start()].endswith("r"):
        return False
    stem = text[: match.start()]
    if stem in _IRREGULAR_STEMS:
        return True
    if lemma.endswith("re"):
        return stem == lemma[:-1]
    return stem == lemma


class DatesComponent(DataComponent):
    """Finds date expressions and normalises them (see the module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.data: dict[str, Any] = {
            key: (load_tsv(path) if path.endswith(".tsv") else load_lines(path))
            for key, path in DATA_FILES.items()
        }
        self._setup()

    # ------------------------------------------------------------------ setup
    def _setup(self) -> None:
        data = self.data
        for key, path in DATA_FILES.items():
            if data.get(key) is None:  # saved by an older version: the shipped lexicon
                try:
                    data[key] = load_tsv(path) if path.endswith(".tsv") else load_lines(path)
                except Exception:  # no models/ folder here either
                    data[key] = []
        self.month_of: dict[str, int] = {}
        full_months, all_months = [], []
        for row in data["months"]:
            form, number = fold(row[0]), int(row[1])
            self.month_of[form] = number
            self.month_of[form.rstrip(".")] = number
            all_months.append(form)
            if len(row) < 3 or row[2] != "abbr":
                full_months.append(form)
        self.weekday_of = {fold(r[0]): int(r[1]) for r in data["weekdays"]}
        full_weekdays = [fold(r[0]) for r in data["weekdays"] if len(r) < 3 or r[2] != "abbr"]
        self._full_months = frozenset(full_months)
        self.number_of = {fold(r[0]).replace("-", " "): int(r[1]) for r in data["numbers"]}
        self.season_of = {fold(r[0]): (int(r[1]), int(r[2])) for r in data["seasons"]}
        self.decade_of = {fold(r[0]).replace("-", " "): int(r[1]) for r in data["decades"]}
        self.stative_verbs = {fold(w) for w in data["stative_verbs"]}
        self.event_verbs = frozenset(fold(w) for w in data.get("event_verbs", []))
        self.future_verbs = frozenset(fold(w) for w in data.get("future_verbs", []))
        self.scheduled_verbs = frozenset(fold(w) for w in data.get("scheduled_verbs", []))
        habits = [fold(w) for w in data.get("habit_words", [])]
        self._habit_words = re.compile(rf"(?<![\w]){_alt(habits)}(?![\w])") if habits else None
        targets = [fold(w) for w in data.get("target_words", [])]
        results = [fold(w) for w in data.get("results_nouns", [])]
        #: "ses résultats du premier semestre": a period whose figures are reported is over
        self._results_before = re.compile(
            rf"(?<![\w]){_alt(results)}s?(?: (?:annuels?|trimestriels?|semestriels?|"
            r"mensuels?|nets?|bruts?))? (?:du|de|d'|de ce|de cet|de cette|au titre du)$"
            if results
            else r"(?!)"
        )
        #: "reporté au", "mis en délibéré au": the date is the target of a move, ahead
        self._target_before = re.compile(
            rf"(?<![\w]){_alt(targets)}[\w]*(?: [\w'-]+){{0,3}}? "
            r"(?:au|à la|à|jusqu'au|jusqu'à la|pour le)$"
            if targets
            else r"(?!)"
        )
        forward = sorted({fold(w) for w in data.get("forward_before", [])}, key=len, reverse=True)
        #: "avant le", "au-delà du", "dès": a yearless day or month looking ahead
        self._forward_before = re.compile(
            rf"(?<![\w]){_alt(forward)}(?: ?(?:le|la|les|l'|du|des|de|d'|de la|de l'|au|aux))? ?$"
            if forward
            else r"(?!)"
        )
        self.rank_of = {fold(r[0]): int(r[1]) for r in data["ordinals"]}
        self.period_words = {fold(r[0]): r[1] for r in data["periods"] if len(r) < 4}
        self.period_codes = {r[0]: r[1] for r in data["periods"] if len(r) >= 4}
        self.relative = {fold(r[0]): (r[1], int(r[2])) for r in data["relative"]}
        self.year_triggers = {fold(w) for w in data["year_triggers"]}
        self.quantity_before = {fold(w) for w in data["quantity_before"]}
        self.negative_before = {fold(w) for w in data["negative_before"]}

        month_any = _alt(all_months)
        month_any = "(?:" + month_any + r")(?:(?<=\.)|(?![\w]))"
        month_full = _word_end(_alt(full_months))
        self._setup_fiscal(month_full)
        weekday_any = _word_end(_alt(list(self.weekday_of)))
        weekday = _word_end(_alt(full_weekdays))
        day_words = [fold(r[0]) for r in data["numbers"] if 2 <= int(r[1]) <= 31]
        day_word = _word_end(_alt(day_words))
        numbers = _word_end(_alt([fold(r[0]) for r in data["numbers"]]))
        decades = _word_end(_alt([fold(r[0]) for r in data["decades"]]))
        ordinal = _word_end(_alt(list(self.rank_of)))
        period = _word_end(_alt(list(self.period_words)))
        day = r"(?:premier|1er|1re|(?:[12]\d|3[01]|0?[1-9])(?:er|re|ème|e)?)(?![\w])"
        year = NUM_START + YEAR + NUM_END
        sep_range = rf"(?:{WS}(?:au|et(?:{WS}le)?|jusqu{APOS}au|à){WS}|{OWS}[-–]{OWS})"
        wd_opt = rf"(?:{weekday_any},?{WS})?"
        day_or_word = rf"(?:{day}|{day_word})"
        # "en fin d'", "début": every match of a pattern led by the modifier starts by one of them
        phrase_heads = [WS.join(words.split()) for words in _MODIFIER_PHRASES]
        modifier_heads = [*phrase_heads, *_MODIFIER_WORDS]
        modifier = (
            rf"(?P<mod>(?:{'|'.join(phrase_heads)})"
            rf"{WS}d(?:e|u|{APOS})|{'|'.join(_MODIFIER_WORDS)})"
        )
        # Gates: a cheap necessary condition per pattern, tested on the folded text first, so
        # that a pattern that cannot match in the document is not run at all (most patterns
        # have no match in a given article). Each gate is implied by any match of its pattern.
        month_words = _any_word(all_months)
        full_weekday_words = _any_word(full_weekdays)
        months_trie = _trie(all_months)
        g_month = month_words
        # a day (digits, 1er, premier, a day in words), white space, a month
        day_words_all = ["premier", *day_words]
        g_day_month = _All(
            month_words,
            _Any(
                _Regex(rf"\d(?:er|re|ème|e)?{WS}{months_trie}"),
                _All(_any_word(day_words_all), _Regex(rf"{_trie(day_words_all)}{WS}{months_trie}")),
            ),
        )
        g_day_range = g_day_month
        # numeric dates: a digit, a separator, a digit
        digit_sep = _Regex(r"\d[/.\-]\d", on="text")
        g_numeric_range = _All(digit_sep, _Regex(r"\d[/.]\d", on="text"))
        g_month_range = None  # two months are in most articles: a gate would cost more
        g_year_range = _Regex(
            rf"{YEAR}(?:{OWS}[-–/~]{OWS}|{WS}(?:à|au|et){WS})\d\d", on="text", flags=re.I
        )
        g_iso = _All(digit_sep, _Regex(rf"{YEAR}-\d", on="text"))
        g_numeric = _All(digit_sep, _Regex(r"\d[/.\-]\d{1,2}[/.\-]\d", on="text"))
        g_numeric_no_year = _All(digit_sep, _Regex(r"\d/\d", on="text"))
        g_month_slash_year = _All(digit_sep, _Regex(rf"\d[/-]{YEAR}", on="text"))
        g_period = _any_word(list(self.period_words))
        g_window = _All(
            _any_word(["premiers", "premières", "derniers", "dernières"]),
            _any_word(["mois", "trimestres"]),
        )
        codes = (
            "[" + "".join(re.escape(c) for c in self.period_codes) + "]"
            if self.period_codes
            else "(?!)"
        )
        g_period_code = _Regex(rf"{codes}[1-4]", on="text")
        # début/fin/mi/de... then a year, read backwards: led by the year's digits
        g_year_part = _Regex(
            rf"\d\d(?:91|02|12)(?:{WS}(?:eénna|ecicrexe).l)?[ \t\n\u00a0\u202f-]*"
            r"(?:ed|ud|.d|tubéd|nif|im|tnaruoc)",
            on="reversed",
        )
        g_relative_part = None  # "de l'année", "du mois" are in most articles
        g_decade = _any_word(["années"])
        g_until_year = _any_word(["ici"])
        # a season word; "été" (also a participle) only after a determiner, which it needs
        seasons = list(self.season_of)
        other_seasons = _any_word([f for f in seasons if f not in ("été", "ete")])
        g_season = (
            _Any(other_seasons, _Regex(rf"(?:été|ete){OWS}(?:ua|ne|.l|.d|tec)", on="reversed"))
            if other_seasons is not None
            else None
        )
        g_weekday_week = _All(full_weekday_words, _any_word(["semaine"]))
        g_relative = _All(_any_phrase(list(self.relative)), _Regex(_trie(list(self.relative))))
        g_weekday_day = _All(
            full_weekday_words, _Regex(rf"{_trie(full_weekdays)}{WS}(?:\d|premier)")
        )
        g_offset = None  # "un an", "deux mois": in most articles
        g_weekday = full_weekday_words
        flags = re.IGNORECASE
        # (pattern, handler, flags, gate)
        pats: list[tuple[str, Handler, int, Gate | None]] = [
            # du 5 au 7 avril 2025, 13-15 juillet, entre le 10 juin et le 1er juillet
            (
                rf"(?<![\w,.\-/])(?:(?:du|entre(?:{WS}le)?){WS})?{wd_opt}(?P<d1>{day_or_word})"
                rf"(?:{WS}(?P<m1>{month_any})(?:{WS}(?P<y1>{year}))?)?{sep_range}"
                rf"{wd_opt}(?P<d2>{day_or_word}){WS}(?P<m2>{month_any})(?:{WS}(?P<y2>{year}))?",
                self._day_range,
                flags,
                g_day_range,
            ),
            # du 01/10 au 02/11/2017, entre le 3/03 et le 10/03/2022
            (
                rf"(?<![\w])(?:du|entre{WS}le){WS}(?P<d1>\d{{1,2}})[/.](?P<m1>\d{{1,2}})"
                rf"(?:[/.](?P<y1>\d{{4}}))?{WS}(?:au|et{WS}le){WS}(?P<d2>\d{{1,2}})[/.]"
                rf"(?P<m2>\d{{1,2}})(?:[/.](?P<y2>\d{{4}}|\d\d))?(?![\w]|[/.,]\d)",
                self._numeric_range,
                flags,
                g_numeric_range,
            ),
            # de janvier à mars 2025, entre mars et mai
            (
                rf"(?:de{WS}|d{APOS}|entre{WS})(?P<m1>{month_full})(?:{WS}(?P<y1>{year}))?"
                rf"{WS}(?:à|au|et|jusqu{APOS}(?:à|en)){WS}(?P<m2>{month_full})"
                rf"(?:{WS}(?P<y2>{year}))?",
                self._month_range,
                flags,
                g_month_range,
            ),
            # 2024-2025, 2024/25, de 2014 à 2018, entre 2014 et 2018
            (
                rf"(?:(?P<pre>de|entre|du){WS})?(?P<y1>{NUM_START}{YEAR})"
                rf"(?:(?P<sep>{OWS}[-–/~]{OWS})|{WS}(?P<word>à|au|et){WS})"
                rf"(?P<y2>{YEAR}|\d\d)(?![\w]|[,.]\d|[-/]\d)",
                self._year_range,
                flags,
                g_year_range,
            ),
            # 2025-02-12, 2015-3-3; 2015-12, 2015-3 (a month)
            (
                rf"(?<![\w,.\-/]){wd_opt}(?P<y>{YEAR})-(?P<m>0?[1-9]|1[0-2])"
                rf"(?:-(?P<d>[0-2]?\d|3[01]))?(?![\w]|[-/.,]\d)",
                self._iso,
                flags,
                g_iso,
            ),
            # 12/02/2025, 12.02.2025, 12-02-2025, 20/02/14
            (
                rf"(?<![\w,.\-/]){wd_opt}(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)"
                rf"(?P<y>\d{{4}}|\d\d)(?![\w]|[/.\-,]\d)",
                self._numeric,
                flags,
                g_numeric,
            ),
            # le 17/02
            (
                rf"(?<![\w])(?:le|du|au|ce){WS}{wd_opt}(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
                rf"(?![\w]|[/.,]\d)",
                self._numeric_no_year,
                flags,
                g_numeric_no_year,
            ),
            # 11/2017
            (
                rf"{NUM_START}(?:(?P<m>0?[1-9]|1[0-2])/|(?P<m_>0[1-9]|1[0-2])-)(?P<y>{YEAR})"
                rf"(?![\w]|[/.,\-]\d)",
                self._month_slash_year,
                flags,
                g_month_slash_year,
            ),
            # (jeudi) 12 février (2025)
            (
                rf"(?<![\w,.\-/]){wd_opt}(?P<d>{day}){WS}(?P<m>{month_any})"
                rf"(?:,?{WS}(?P<y>{year}))?",
                self._day_month,
                flags,
                g_day_month,
            ),
            # le quatre octobre (a day in words needs "le")
            (
                rf"(?<![\w])le{WS}(?P<core>(?P<d>{day_word}){WS}(?P<m>{month_full})"
                rf"(?:,?{WS}(?P<y>{year}))?)",
                self._day_month,
                flags,
                g_day_month,
            ),
            # (fin) septembre (2025) (dernier)
            (
                rf"(?<![\w]){modifier}?(?:{WS}|-|{WS}-?)?(?:(?:le{WS}|au{WS}|du{WS})?mois"
                rf"{WS}(?:de{WS}|d{APOS}))?(?P<m>{month_any})"
                rf"(?:{WS}(?P<y>{year})|{WS}(?P<rel>{REL_WORDS})(?![\w]))?",
                self._month,
                flags,
                g_month,
            ),
            # (au) troisième trimestre (2025), premier semestre de l'exercice 2024
            (
                rf"(?<![\w])(?P<ord>{ordinal}){WS}(?P<p>{period})"
                rf"(?:{WS}(?:de{WS}|d{APOS})?(?:l{APOS}(?:année|exercice){WS})?"
                rf"(?P<y>{year})(?!{OWS}[-/–]{OWS}\d)"
                rf"|{WS}(?P<rel>{REL_WORDS})(?![\w]))?",
                self._period,
                flags,
                g_period,
            ),
            # neuf premiers mois de l'année, six derniers mois de 2024, trois premiers
            # trimestres de l'exercice 2025 (anchored windows; "les 3 derniers mois" is not)
            (
                rf"(?<![\w])(?P<n>\d{{1,2}}|{numbers}){WS}(?P<dir>premiers|premières|derniers|"
                rf"dernières){WS}(?P<u>mois|trimestres){WS}(?:de{WS}|d{APOS})"
                rf"(?:(?P<this>l{APOS}(?:année|exercice)|(?:son|leur){WS}exercice|cette{WS}année)"
                rf"(?:{WS}(?P<y1>{year})(?:{OWS}[-/]{OWS}(?P<ys>{YEAR}|\d\d)(?![\w]))?"
                rf"|{WS}(?P<rel>dernière|passée|prochaine|en{WS}cours)"
                rf"(?![\w]))?|(?P<y2>{year}))",
                self._window,
                flags,
                g_window,
            ),
            # au T4, du S1 (a code without its year needs "au"/"du")
            (
                rf"(?<![\w])(?i:au|du|ce){WS}(?P<core>(?P<c>{codes})"
                rf"(?P<r>[1-4]))(?![\w]|{OWS}[-/]?{OWS}\d)",
                self._period_code,
                0,
                g_period_code,
            ),
            # T3 2025, Q1 2024, S1 2025, H2 2024 (case-sensitive codes)
            (
                rf"(?<![\w])(?P<c>{codes})(?P<r>[1-4]){OWS}[-/]?{OWS}"
                rf"(?P<y>{YEAR}|\d\d)(?![\w]|[,.]\d)",
                self._period_code,
                0,  # case-sensitive: "T3", not "t3"
                g_period_code,
            ),
            # début 2025, fin 2024, mi-2025, fin de l'année 2024
            (
                rf"(?<![\w]){modifier}(?:{WS}|-|(?<={APOS})){OWS}"
                rf"(?:l{APOS}(?:année|exercice){WS})?(?P<y>{YEAR}){NUM_END}",
                self._year_part,
                flags,
                g_year_part,
            ),
            # en fin d'année, au début de l'année
            (
                rf"(?<![\w]){modifier}{OWS}(?:l{APOS}|la{WS}|le{WS}|ce{WS}|cette{WS})?"
                rf"(?P<unit>année|an|mois|semaine)(?![\w])(?:{WS}(?P<rel>dernière|dernier|"
                rf"passée|passé|prochaine|prochain|en{WS}cours)(?![\w]))?",
                self._relative_part,
                flags,
                g_relative_part,
            ),
            # les années 1990, années 90
            (
                rf"(?<![\w])(?:les{WS}|des{WS}|aux{WS})?années{OWS}-?{OWS}"
                rf"(?P<dec>(?:19|20)?\d0)(?![\w])",
                self._decade,
                flags,
                g_decade,
            ),
            # d'ici 2028
            (
                rf"(?<![\w])d{APOS}ici{WS}(?:à{WS}|la{WS}fin{WS}d[e']{OWS})?(?P<y>{year})",
                self._until_year,
                flags,
                g_until_year,
            ),
            # l'été dernier, au printemps 2026, cet hiver (season words in lower case)
            (
                rf"(?<![\w])(?:(?P<det>(?i:au|en|à{WS}l{APOS}|l{APOS}|d{APOS}|de{WS}l{APOS}|"
                rf"cet|ce|le|dès{WS}l{APOS}|depuis{WS}l{APOS}|fin{WS}de{WS}l{APOS}|"
                rf"jusqu{APOS}à{WS}l{APOS}|avant{WS}l{APOS}|après{WS}l{APOS})){OWS})?"
                rf"(?P<core>(?P<s>{_alt(list(self.season_of))})(?![\w])"
                rf"(?:{WS}(?P<y>{year})|{WS}(?P<rel>(?i:dernier|prochain|passé))(?![\w]))?)",
                self._season,
                0,
                g_season,
            ),
            # mercredi de cette semaine, jeudi de la semaine prochaine
            (
                rf"(?<![\w])(?P<wd>{weekday}){WS}(?:de{WS})?(?P<week>cette{WS}semaine|"
                rf"la{WS}semaine{WS}(?:prochaine|dernière|passée))(?![\w])",
                self._weekday_week,
                flags,
                g_weekday_week,
            ),
            # les années quatre-vingt
            (
                rf"(?<![\w])(?:les{WS}|des{WS}|aux{WS})?années{WS}"
                rf"(?P<decw>{decades})",
                self._decade,
                flags,
                g_decade,
            ),
            # bare year (context checked in the handler)
            (rf"(?P<y>(?:{YEAR_AT_START}){NUM_END})(?![-/–]\d)", self._year, flags, None),
            # hier, l'an dernier, cette semaine...
            (
                rf"(?<![\w])(?:(?:le|la|les|l{APOS}|du|de{WS}la|de{WS}l{APOS}|au|à{WS}la|"
                rf"à{WS}l{APOS}|pour{WS}le|pour{WS}la){OWS})?"
                rf"(?P<rel_expr>{_word_end(_alt(list(self.relative)))})(?![-‑]l[àa])",
                self._relative_lexicon,
                flags,
                g_relative,
            ),
            # (ce) jeudi 13: a weekday and a day number, the month from the article's date
            (
                rf"(?<![\w])(?P<wd>{weekday}){WS}(?P<d>{day})(?!{WS}(?:{month_any}|\d)|[/.\-]\d)",
                self._weekday_day,
                flags,
                g_weekday_day,
            ),
            # il y a trois mois, dans deux ans, d'ici 2 semaines; depuis 3 mois is matched
            # only to be left out (a duration)
            (
                rf"(?<![\w])(?P<kind>il{WS}y{WS}a|il{WS}ya|dans|d{APOS}ici|depuis|voici)"
                rf"{WS}(?:environ{WS}|près{WS}de{WS}|à{WS}peu{WS}près{WS})?(?P<n>\d{{1,3}}|"
                rf"{numbers}){WS}"
                rf"(?P<u>{_word_end(_alt(list(UNIT_OF_WORD)))})",
                self._offset,
                flags,
                g_offset,
            ),
            # jeudi, lundi prochain, mardi dernier
            (
                rf"(?<![\w])(?P<wd>{weekday})(?:{WS}(?P<rel>{REL_WORDS})(?![\w]))?",
                self._weekday,
                flags,
                g_weekday,
            ),
        ]
        # words every match of a pattern holds: a month, a weekday, a word of a relative form
        month_anchor = [_fragment(f) for f in all_months]
        weekday_anchor = [_fragment(f) for f in full_weekdays]
        relative_anchor = [max(re.findall(r"[^\W_]+", f) or [""], key=len) for f in self.relative]
        anchor_words: dict[Any, list[str]] = {
            self._day_range: month_anchor,
            self._month_range: month_anchor,
            self._day_month: month_anchor,
            self._month: month_anchor,
            self._weekday_week: weekday_anchor,
            self._weekday_day: weekday_anchor,
            self._weekday: weekday_anchor,
            self._relative_lexicon: relative_anchor,
            self._window: ["premiers", "premières", "derniers", "dernières"],
        }
        # the words every match of a pattern starts with (patterns led by a lookbehind and a
        # case-insensitive word, which ``re`` tries at every place of the text)
        leads: dict[Any, Lead] = {
            self._period: Lead(["".join(_form_piece(ch) for ch in f) for f in self.rank_of]),
            self._year_part: Lead(modifier_heads),
            self._relative_part: Lead(modifier_heads),
            self._until_year: Lead([f"d{APOS}ici"]),
            self._offset: Lead(["il", "dans", f"d{APOS}ici", "depuis", "voici"]),
            self._decade: Lead(["les", "des", "aux", "années"]),
        }
        self._patterns = []
        for p, handler, f, gate in pats:
            words = anchor_words.get(handler)
            width = _nonspace_width(p, f)
            anchor: Anchor | Lead | None = leads.get(handler)
            if (
                words
                and all(words)
                and 0 < width < _UNBOUNDED
                and re.compile(p, f).match("") is None
            ):
                anchor = Anchor(words, width)
            self._patterns.append((re.compile(p, f), handler, gate, anchor))
        self._offset_before = re.compile(
            rf"(?<![\w,.])(?P<n>\d{{1,3}}|{numbers}){WS}(?P<u>{_word_end(_alt(list(UNIT_OF_WORD)))})"
            rf"{WS}(?P<dir>avant|après){WS}(?:le{WS}|l{APOS})?$",
            re.IGNORECASE,
        )

    def _setup_fiscal(self, month: str) -> None:
        """Patterns of non-calendar fiscal years (``exercice 2025-2026``, ``exercice clos le 31
        mars``, ``exercice décalé``) and of quarters tied to one."""
        flags = re.IGNORECASE
        split = rf"{YEAR}{OWS}[-/]{OWS}(?:{YEAR}|\d\d)(?![\w])"
        end_day = rf"(?:le{WS}|au{WS}|à{WS}|en{WS})?(?:fin{WS}|(?:1er|premier|[0-3]?\d){WS})?"
        #: "l'exercice clos le 31 mars 2026", "exercice 2025-2026, qui s'achève fin juin"
        self._fy_end = re.compile(
            rf"(?<![\w])exercices?(?:{WS}fiscal)?(?:{WS}(?:décalé|{split}|{YEAR}))?,?{WS}"
            rf"(?:(?:qui{WS})?(?:s{APOS}achève|se{WS}termine|se{WS}clôt|s{APOS}achevait|"
            rf"se{WS}terminait|court{WS}jusqu{APOS}(?:au|à|en))|(?:(?:est|sera|était|a{WS}été|"
            rf"avait{WS}été){WS})?(?:clos|clôturé|arrêté|achevé|terminé)|s{APOS}achevant|"
            rf"se{WS}terminant|se{WS}clôturant|courant{WS}jusqu{APOS}(?:au|à|en)){WS}{end_day}"
            rf"(?P<m>{month})",
            flags,
        )
        #: "exercice 2025-2026", "exercice 2024/25", "exercice décalé": not the calendar year
        self._fy_split = re.compile(
            rf"(?<![\w])exercices?(?:{WS}fiscal)?{WS}(?:décalé|{split})", flags
        )
        #: right after a quarter: "de son exercice 2025-2026", "de l'exercice", "fiscal 2025"
        self._fy_after = re.compile(
            rf"{WS}(?:(?:(?:de{WS}(?:l{APOS}|son{WS}|leur{WS}|cet{WS}|notre{WS})|du{WS})?"
            rf"(?:exercice(?:{WS}fiscal)?|année{WS}fiscale))|fiscale?)"
            rf"(?:{WS}(?P<y1>{YEAR})(?:{OWS}[-/]{OWS}(?P<y2>{YEAR}|\d\d))?)?(?![\w])",
            flags,
        )
        #: "au troisième trimestre (de son exercice), clos fin décembre"
        self._period_close = re.compile(
            rf"[^.;]{{0,60}}?(?<![\w])(?:clos|close|clôturée?|achevée?|terminée?|arrêtée?)"
            rf"{WS}{end_day}(?P<m>{month})",
            flags,
        )

    def fiscal_start(self, text: str) -> int | None:
        """First month of the fiscal year the article reports on: ``None`` for the calendar
        year (no sign of another one), ``0`` for a non-calendar year of unknown start
        (``exercice 2025-2026`` alone), else the month after the year's closing month
        (``exercice clos le 31 mars`` → 4). A December closing is the calendar year's and is
        not evidence (``trimestre de son exercice 2025-2026, clos fin décembre`` closes a
        quarter)."""
        ends = set()
        for match in self._fy_end.finditer(text):
            month = self._month_number(match["m"])
            if month is not None and month != 12:
                ends.add(month)
        if len(ends) == 1:
            return ends.pop() % 12 + 1
        if ends or self._fy_split.search(text):
            return 0
        return None

    # ------------------------------------------------------------------ call
    def __call__(self, doc: Doc) -> Doc:
        try:
            doc.spans["dates"] = self._find(doc)
        except Exception:  # a failing component must not crash the pipeline
            log.exception("fr_dates failed on a document")
            doc.spans["dates"] = []
        return doc

    def _find(self, doc: Doc) -> list[Span]:
        text = doc_text(doc)
        if not text.strip():
            return []
        base = parse_iso_date(doc._.article_date)
        ctx = Context(self, doc, base, text)
        ranges = [(m.start(), m.end()) for m in MASK_RE.finditer(text)]
        if "amounts" in doc.spans:
            ranges += [(s.start_char, s.end_char) for s in doc.spans["amounts"]]
        masks = Masks(ranges)
        candidates: list[tuple[int, int, Handler, re.Match[str]]] = []
        probe = Probe(text)
        for regex, handler, gate, anchor in self._patterns:
            if gate is not None and not gate(probe):
                continue  # the pattern cannot match here
            found = regex.finditer(text) if anchor is None else anchor.finditer(regex, probe)
            for match in found:
                start, end = match.span()
                while end > start and text[end - 1] in " \t\n\u00a0\u202f,-":
                    end -= 1
                if end <= start:
                    continue
                if masks.overlaps(start, end):
                    continue
                candidates.append((start, end, handler, match))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken: list[tuple[int, int]] = []
        spans: list[Span] = []
        for start, end, handler, match in candidates:
            if any(s < end and start < e for s, e in taken):
                continue
            result = handler(match, ctx)
            if result is None:
                continue
            if match.groupdict().get("core") is not None:
                start, end = match.span("core")
                det = match.groupdict().get("det")
                if det and _DET_END.search(det):
                    start = match.end("det") - len(_WS_RE.split(det)[-1])
            else:
                start += _lead_length(text[start:end])
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if any(s < span.end_char and span.start_char < e for s, e in taken):
                continue
            if isinstance(result, Resolved):
                span, result = self._anchored_offset(doc, text, span, result, taken)
            span._.date = result.to_dict() if isinstance(result, Resolved) else result
            taken.append((span.start_char, span.end_char))
            spans.append(span)
        spans.sort(key=lambda s: s.start_char)
        return spans

    def _anchored_offset(
        self, doc: Doc, text: str, span: Span, result: Resolved, taken: list[tuple[int, int]]
    ) -> tuple[Span, Resolved]:
        """``deux semaines avant le 13 mai 1999``, ``trois jours après le 5 mars``: a day moved
        by a duration written before it (the span grows to cover the duration)."""
        if result.granularity != "day" or result.start != result.end:
            return span, result
        head = text[max(0, span.start_char - 40) : span.start_char]
        match = self._offset_before.search(head)
        if match is None:
            return span, result
        raw_n = fold(match["n"])
        n = int(raw_n) if raw_n.isdigit() else self.number_of.get(raw_n.replace("-", " "))
        unit = UNIT_OF_WORD.get(fold(match["u"]))
        if n is None or unit is None or n > 500:
            return span, result
        start_char = span.start_char - len(head) + match.start()
        if any(s < span.start_char and start_char < e for s, e in taken):
            return span, result
        direction = "past" if fold(match["dir"]) == "avant" else "future"
        moved = relative_offset(result.start, n, unit, direction)
        grown = doc.char_span(start_char, span.end_char, alignment_mode="expand")
        if moved is None or grown is None:
            return span, result
        return grown, Resolved(moved, moved, "day", relative=result.relative)

    # ------------------------------------------------------------------ helpers
    def _month_number(self, form: str | None) -> int | None:
        if not form:
            return None
        return self.month_of.get(fold(form)) or self.month_of.get(fold(form).rstrip("."))

    def _day_number(self, form: str) -> int:
        form = fold(form)
        if form.startswith("premier"):
            return 1
        if form.replace("-", " ") in self.number_of:
            return self.number_of[form.replace("-", " ")]
        digits = _DIGITS_RE.match(form)
        return int(digits.group()) if digits else 0

    @staticmethod
    def _unresolved(granularity: str, value_end: str | None = None) -> dict[str, Any]:
        return {"value": None, "value_end": value_end, "granularity": granularity,
                "relative": True}  # fmt: skip

    def _tense_with(self, match: re.Match[str], ctx: Context, rel: str | None) -> Tense | None:
        if rel:
            return "past" if fold(rel) in PAST_WORDS else "future"
        before = ctx.before(match.start(), 25)
        if _SINCE_BEFORE.search(before):
            return "past"  # "depuis novembre": a start in the past
        if _FROM_BEFORE.search(before):
            # "dès lundi": a start, in the past unless the verb is in the future
            return ctx.tense(match.start(), match.end()) or "past"
        if _UNTIL_BEFORE.search(before):
            return "future"  # "d'ici à la mi-janvier", "jusqu'à fin mars"
        if self._target_before.search(ctx.before(match.start(), 70)):
            return "future"  # "mis en délibéré au 24 septembre", "reporté à la mi-mars"
        if self._results_before.search(ctx.before(match.start(), 50)):
            return "past"  # "publiera jeudi ses résultats du premier semestre"
        return ctx.tense(match.start(), match.end())

    def _no_year(
        self,
        bounds: Callable[[int], tuple[dt.date, dt.date]],
        granularity: Any,
        match: re.Match[str],
        ctx: Context,
        rel: str | None = None,
        force_end: bool = False,
    ) -> Resolved | dict[str, Any] | None:
        """A period given without its year: resolved against the article's date."""
        if ctx.base is None:
            return self._unresolved(granularity)
        tense = self._tense_with(match, ctx, rel)
        try:
            near = granularity in ("day", "month")
            forward = near and bool(self._forward_before.search(ctx.before(match.start(), 30)))
            closing = near and tense is None and self._closing_date(match, ctx, bounds)
            year = infer_year(
                bounds, ctx.base, tense, nearest=near, forward=forward, closing=closing
            )
            start, end = bounds(year)
        except ValueError:
            return None
        return Resolved(start, end, granularity, relative=True, force_end=force_end)

    @staticmethod
    def _closing_date(
        match: re.Match[str], ctx: Context, bounds: Callable[[int], tuple[dt.date, dt.date]]
    ) -> bool:
        """A closing date of accounts: ``au 31 décembre``, ``au 30 juin`` (the last day of a
        month after ``au``), ``à fin décembre``."""
        before = " " + ctx.before(match.start(), 12).rstrip()
        if before.endswith(" au"):
            start, end = bounds(2025)
            return start == end and (end + dt.timedelta(days=1)).day == 1
        return before.endswith((" à", " a")) and fold(match.group()).startswith("fin")

    # ------------------------------------------------------------------ handlers
    def _day_range(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        d1, d2 = self._day_number(m["d1"]), self._day_number(m["d2"])
        m2 = self._month_number(m["m2"])
        m1 = self._month_number(m["m1"]) or m2
        y1 = int(m["y1"]) if m["y1"] else None
        y2 = int(m["y2"]) if m["y2"] else None
        return self._days_between(d1, m1, y1, d2, m2, y2, m, ctx)

    def _numeric_range(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        d1, m1, d2, m2 = int(m["d1"]), int(m["m1"]), int(m["d2"]), int(m["m2"])
        y1 = int(m["y1"]) if m["y1"] else None
        raw = m["y2"]
        y2 = (int(raw) if len(raw) == 4 else expand_two_digit_year(int(raw))) if raw else None
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            return None
        return self._days_between(d1, m1, y1, d2, m2, y2, m, ctx)

    def _days_between(
        self,
        d1: int,
        m1: int | None,
        y1: int | None,
        d2: int,
        m2: int | None,
        y2: int | None,
        m: re.Match[str],
        ctx: Context,
    ) -> Resolved | dict[str, Any] | None:
        if m1 is None or m2 is None or not (1 <= d1 <= 31 and 1 <= d2 <= 31):
            return None
        if y2 is None and y1 is not None:
            y2 = y1
        if y2 is None:

            def bounds(year: int) -> tuple[dt.date, dt.date]:
                first = year - 1 if (m1, d1) > (m2, d2) else year
                return dt.date(first, m1, d1), dt.date(year, m2, d2)

            return self._no_year(bounds, "day", m, ctx, force_end=True)
        if y1 is None:
            y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
        if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)):
            return None
        start, end = dt.date(y1, m1, d1), dt.date(y2, m2, d2)
        if end <= start:
            return None
        return Resolved(start, end, "day")

    def _month_range(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        m1, m2 = self._month_number(m["m1"]), self._month_number(m["m2"])
        if m1 is None or m2 is None:
            return None
        y2 = int(m["y2"]) if m["y2"] else (int(m["y1"]) if m["y1"] else None)
        if y2 is None:

            def bounds(year: int) -> tuple[dt.date, dt.date]:
                first = year - 1 if m1 > m2 else year
                return month_bounds(first, m1)[0], month_bounds(year, m2)[1]

            return self._no_year(bounds, "month", m, ctx)
        y1 = int(m["y1"]) if m["y1"] else (y2 - 1 if m1 > m2 else y2)
        start, end = month_bounds(y1, m1)[0], month_bounds(y2, m2)[1]
        return Resolved(start, end, "month") if start < end else None

    def _year_range(self, m: re.Match[str], ctx: Context) -> Resolved | None:
        y1 = int(m["y1"])
        raw2 = m["y2"]
        if len(raw2) == 2:
            y2 = (y1 // 100) * 100 + int(raw2)
            if y2 != y1 + 1:  # 2024/25 (fiscal year); 2024-12 is not a range
                return None
        else:
            y2 = int(raw2)
        if not y1 < y2 <= y1 + 30:
            return None
        word = fold(m["word"] or "")
        pre = fold(m["pre"] or "")
        if word == "et" and pre != "entre":
            return None
        if word in ("à", "au") and pre not in ("de", "du"):
            return None
        if m["sep"] and "/" in m["sep"] and y2 != y1 + 1:
            return None
        return Resolved(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year")

    def _iso(self, m: re.Match[str], ctx: Context) -> Resolved | None:
        y, mo = int(m["y"]), int(m["m"])
        if m["d"] is None:
            prev = ctx.before(m.start(), 20).split(" ")[-1]
            if prev.rstrip(".") in self.negative_before or prev in self.negative_before:
                return None  # "n° 2025-12", "loi 2019-11"
            start, end = month_bounds(y, mo)
            return Resolved(start, end, "month")
        d = int(m["d"])
        if not valid_day(y, mo, d):
            return None
        return Resolved(dt.date(y, mo, d), dt.date(y, mo, d), "day")

    def _numeric(self, m: re.Match[str], ctx: Context) -> Resolved | None:
        d, mo, raw_y = int(m["d"]), int(m["m"]), m["y"]
        if m["sep"] == "." and (len(m["d"]) != 2 or len(m["m"]) != 2):
            return None
        y = int(raw_y) if len(raw_y) == 4 else expand_two_digit_year(int(raw_y))
        if not 1900 <= y <= 2100 or not valid_day(y, mo, d):
            return None
        return Resolved(dt.date(y, mo, d), dt.date(y, mo, d), "day")

    def _numeric_no_year(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        d, mo = int(m["d"]), int(m["m"])
        if not valid_day(2024, mo, d):
            return None

        def bounds(year: int) -> tuple[dt.date, dt.date]:
            day = dt.date(year, mo, d)
            return day, day

        result = self._no_year(bounds, "day", m, ctx)
        return result

    def _month_slash_year(self, m: re.Match[str], ctx: Context) -> Resolved | None:
        mo, y = int(m["m"] or m["m_"]), int(m["y"])
        if not 1 <= mo <= 12:
            return None
        start, end = month_bounds(y, mo)
        return Resolved(start, end, "month")

    def _day_month(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        d, mo = self._day_number(m["d"]), self._month_number(m["m"])
        if mo is None:
            return None
        if m["y"]:
            y = int(m["y"])
            if not valid_day(y, mo, d):
                return None
            return Resolved(dt.date(y, mo, d), dt.date(y, mo, d), "day")
        if not valid_day(2024, mo, d):
            return None
        first_word = fold(m.group()).split(" ")[0].rstrip(",")
        weekday = self.weekday_of.get(first_word)
        if weekday is not None and ctx.base is not None:
            # "lundi 3 mars": the year (around the article's) in which that day is a Monday
            years = [
                y
                for y in (ctx.base.year, ctx.base.year + 1, ctx.base.year - 1)
                if valid_day(y, mo, d) and dt.date(y, mo, d).isoweekday() == weekday
            ]
            if years:
                day = dt.date(years[0], mo, d)
                return Resolved(day, day, "day", relative=True)

        def bounds(year: int) -> tuple[dt.date, dt.date]:
            day = dt.date(year, mo, d if valid_day(year, mo, d) else d - 1)
            return day, day

        return self._no_year(bounds, "day", m, ctx)

    def _month(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        form = fold(m["m"])
        mo = self._month_number(form)
        if mo is None:
            return None
        mod = self._modifier(m["mod"])
        has_mois = "mois" in fold(m.group())
        abbreviated = form.rstrip(".") not in self._full_months
        if m["y"]:
            start, end = month_bounds(int(m["y"]), mo)
            return Resolved(start, end, "month")
        if abbreviated:
            return None
        if mod is None and not has_mois and not m["rel"]:
            # a month name alone needs a date context: "en mars", "depuis mai", "dès juin"
            before = ctx.before(m.start())
            last = before.split(" ")[-1] if before else ""
            if not (
                last in MONTH_TRIGGERS or before.endswith(("jusqu'en", "d'ici", "à partir de"))
            ):
                return None
            if last == "en" and self._habitual(m, ctx):
                return None  # "un hiver se joue en février", "remplit ses hôtels en juillet"
        # "fin septembre" keeps the precision of the text: the month
        return self._no_year(lambda y: month_bounds(y, mo), "month", m, ctx, m["rel"])

    def _habitual(self, m: re.Match[str], ctx: Context) -> bool:
        """A month alone after ``en`` under a verb in the simple present that states a habit
        or a general truth (a subject with ``un``/``une`` or a word of ``habit_words.txt`` in
        the sentence), not an event: the verb is finite, present, indicative, no look-ahead
        verb of ``future_verbs.txt``, event verb of ``event_verbs.txt`` nor scheduled event of
        ``scheduled_verbs.txt`` (``le salon se tient en janvier``)."""
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        verb = span.root
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        if verb.pos_ != "VERB" or verb.i > span.start:
            return False
        morph = verb.morph
        if "Fin" not in morph.get("VerbForm", []) or "Pres" not in morph.get("Tense", []):
            return False
        if "Ind" not in morph.get("Mood", []) or _token_tense(verb) is not None:
            return False
        if any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in verb.children):
            return False
        lemma = fold(verb.lemma_)
        forms = {lemma, lemma + "r", "se " + lemma, "s'" + lemma}
        if any(fold(c.text) == "lieu" for c in verb.children):
            forms.add("avoir lieu")
        looks_ahead = self.future_verbs | self.event_verbs | self.scheduled_verbs
        if lemma in self.future_verbs or forms & looks_ahead:
            return False
        generic_subject = any(
            c.dep_.startswith("nsubj")
            and any(d.dep_ == "det" and fold(d.text) in ("un", "une") for d in c.children)
            for c in verb.children
        )
        sentence = fold(span.sent.text)
        return generic_subject or bool(self._habit_words and self._habit_words.search(sentence))

    @staticmethod
    def _modifier(raw: str | None) -> str | None:
        if not raw:
            return None
        word = fold(raw)
        if "début" in word:
            return "start"
        if "fin" in word:
            return "end"
        if word.startswith("mi") or "milieu" in word:
            return "middle"
        return None  # "courant"

    def _period(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        kind = self.period_words.get(fold(m["p"]))
        rank = self.rank_of.get(fold(m["ord"]))
        if kind is None or rank is None:
            return None
        if kind == "semester" and rank > 2:
            return None
        if not m["rel"]:
            fiscal = self._fiscal_period(kind, rank, m, ctx)
            if fiscal is not False:
                return fiscal  # type: ignore[return-value]
        if m["y"]:
            start, end = period_bounds(kind, int(m["y"]), rank)
            return Resolved(start, end, kind)  # type: ignore[arg-type]
        if rank < 0 and not m["rel"]:
            return None  # "le dernier trimestre": the last one before now, not Q4
        return self._no_year(lambda y: period_bounds(kind, y, rank), kind, m, ctx, m["rel"])

    def _fiscal_period(
        self, kind: str, rank: int, m: re.Match[str], ctx: Context
    ) -> Resolved | dict[str, Any] | bool | None:
        """A quarter or semester of a non-calendar fiscal year, or False when it is a calendar
        one. Tied to the fiscal year (``troisième trimestre de son exercice 2025-2026``) or
        given without a year in an article whose fiscal year is not the calendar one. The
        fiscal year starts the month after its closing month (``exercice clos le 31 mars``;
        a quarter ``clos fin décembre`` tells it too); when the article does not say when it
        closes, the value is None rather than a guess."""
        after = ctx.text[m.end() : m.end() + 120]
        tied = self._fy_after.match(after)
        in_match = "exercice" in fold(m.group())
        if m["y"] and not in_match:
            return False  # "troisième trimestre 2025": a calendar quarter
        start_month: int | None = None
        close = self._period_close.match(after)
        if close is not None:
            end_month = self._month_number(close["m"])
            if end_month is not None:
                size = 3 if kind == "quarter" else 6
                start_month = (end_month - size * abs(rank)) % 12 + 1 if rank > 0 else None
        if start_month is None:
            start_month = ctx.fiscal_start()
        split = bool(tied and tied["y2"])
        if start_month == 1 or (start_month is None and not split):
            return False
        unknown = {"value": None, "value_end": None, "granularity": kind, "relative": False}
        if not start_month:
            return unknown  # a non-calendar fiscal year whose start the article does not give
        if tied and tied["y1"]:
            if not tied["y2"]:
                return unknown  # "exercice 2025" of a split year: which end is named?
            year = int(tied["y1"])
            start, end = fiscal_period_bounds(kind, year, rank, start_month)
            return Resolved(start, end, kind)  # type: ignore[arg-type]
        if m["y"]:
            return unknown
        if ctx.base is None:
            return self._unresolved(kind)
        month = start_month

        def bounds(y: int) -> tuple[dt.date, dt.date]:
            return fiscal_period_bounds(kind, y, rank, month)

        tense = self._tense_with(m, ctx, None)
        year = infer_year(bounds, ctx.base, tense, fiscal_year_of(ctx.base, month))
        start, end = bounds(year)
        return Resolved(start, end, kind, relative=True)  # type: ignore[arg-type]

    def _period_code(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        kind = self.period_codes.get(m["c"])
        rank = int(m["r"])
        if kind is None or (kind == "semester" and rank > 2):
            return None
        raw = m.groupdict().get("y")
        if raw is None:  # "au T4": the year from the article's date and the tense
            if re.search(
                r"\b(?:tram\w*|lignes?|bus|métro|appartements?|logements?)\b",
                ctx.before(m.start(), 80),
            ):
                return None  # the T3 tram line, a T4 flat
            return self._no_year(lambda y: period_bounds(kind, y, rank), kind, m, ctx)
        year = int(raw) if len(raw) == 4 else 2000 + int(raw)
        start, end = period_bounds(kind, year, rank)
        return Resolved(start, end, kind)  # type: ignore[arg-type]

    def _year_part(self, m: re.Match[str], ctx: Context) -> Resolved | None:
        y = int(m["y"])  # "fin 2025" keeps the precision of the text: the year
        return Resolved(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")

    def _relative_part(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        mod = self._modifier(m["mod"])
        unit = fold(m["unit"])
        if mod is None:
            return None
        granularity = {"année": "year", "an": "year", "mois": "month"}.get(unit, "week")
        if ctx.base is None:
            return self._unresolved(granularity)
        # "depuis le début de l'année" too: the corpus keeps the precision of the text
        # "en fin d'année" keeps the precision of the text: this year, month or week
        rel = fold(m["rel"] or "")
        offset = -1 if rel in PAST_WORDS else (1 if rel in FUTURE_WORDS else 0)
        start, end = shift(ctx.base, granularity, offset)  # "fin de l'année dernière"
        return Resolved(start, end, granularity, relative=True)  # type: ignore[arg-type]

    def _decade(self, m: re.Match[str], ctx: Context) -> Resolved | None:
        if m.groupdict().get("decw"):
            decade = self.decade_of.get(fold(m["decw"]).replace("-", " "), 0)
            if not 1900 <= decade <= 2090:
                return None
            return Resolved(dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), "year")
        raw = m["dec"]
        if len(raw) == 2:
            decade = 1900 + int(raw) if int(raw) >= 30 else 2000 + int(raw)
        else:
            decade = int(raw)
        if not 1900 <= decade <= 2090:
            return None
        return Resolved(dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), "year")

    def _window(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        """``neuf premiers mois de l'année`` = January-September; ``six derniers mois de 2024``
        = July-December 2024 (granularity ``period``, start and end days)."""
        raw_n = fold(m["n"])
        n = int(raw_n) if raw_n.isdigit() else self.number_of.get(raw_n.replace("-", " "))
        size = 3 if fold(m["u"]).startswith("trimestre") else 1
        if n is None or not 1 <= n * size <= 12:
            return None
        first = fold(m["dir"]).startswith("premi")
        first_month = 1 if first else 13 - n * size
        last_month = first_month + n * size - 1

        def bounds(year: int) -> tuple[dt.date, dt.date]:
            return month_bounds(year, first_month)[0], month_bounds(year, last_month)[1]

        fiscal = "exercice" in fold(m["this"] or "")
        start_month = ctx.fiscal_start() if fiscal else None
        if fiscal and (m["ys"] or start_month is not None) and start_month != 1:
            # a window of a non-calendar fiscal year ("neuf premiers mois de son exercice
            # 2025-2026", the year closing in March): its months, or None when unknown
            if not start_month or (m["y1"] and not m["ys"]):
                return {"value": None, "value_end": None, "granularity": "period",
                        "relative": False}  # fmt: skip
            shift_months = start_month - 1
            first_month += shift_months
            last_month += shift_months

            def fiscal_bounds(year: int) -> tuple[dt.date, dt.date]:
                y1, m1 = divmod(year * 12 + first_month - 1, 12)
                y2, m2 = divmod(year * 12 + last_month - 1, 12)
                return month_bounds(y1, m1 + 1)[0], month_bounds(y2, m2 + 1)[1]

            if m["y1"]:
                start, end = fiscal_bounds(int(m["y1"]))
                return Resolved(start, end, "period")
            if ctx.base is None:
                return self._unresolved("period")
            tense = ctx.tense(m.start(), m.end())
            year = infer_year(fiscal_bounds, ctx.base, tense, fiscal_year_of(ctx.base, start_month))
            start, end = fiscal_bounds(year)
            return Resolved(start, end, "period", relative=True)
        raw_year = m["y1"] or m["y2"]
        if raw_year:
            start, end = bounds(int(raw_year))
            return Resolved(start, end, "period")
        if ctx.base is None:
            return self._unresolved("period")
        year = ctx.base.year
        rel = fold(m["rel"] or "")
        if rel in ("dernière", "passée"):
            year -= 1
        elif rel == "prochaine":
            year += 1
        elif not rel and ctx.tense(m.start(), m.end()) == "past" and bounds(year)[1] > ctx.base:
            year -= 1  # a window reported as over must be over: the last elapsed one
        start, end = bounds(year)
        return Resolved(start, end, "period", relative=True)

    def _season(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        """``au printemps 2026``, ``l'été dernier``, ``cet hiver``: meteorological seasons,
        first and last day (granularity ``period``)."""
        months = self.season_of.get(fold(m["s"]))
        if months is None:
            return None
        det = fold(m["det"] or "")
        if not (det or m["y"] or m["rel"]) or (not det and fold(m["s"]) in ("été", "ete")):
            return None  # "a été (dernier)", "printemps" without a determiner
        if det in ("le", "ce") and fold(m["s"]) != "printemps":
            return None
        if not (m["y"] or m["rel"] or det in ("cet", "ce")):
            return None  # a bare season is no date: "au printemps", "jusqu'à l'automne"
        after = ctx.doc.char_span(m.end(), len(ctx.text), alignment_mode="expand")
        if after is not None and len(after) and after[0].pos_ == "ADJ" and not m["rel"]:
            return None  # "l'hiver démographique", "le printemps arabe"
        of_what = after is not None and len(after) and fold(after[0].text) in ("de", "des", "du")
        if of_what and not m["y"] and not m["rel"]:
            return None  # "le printemps de Prague", "l'automne de sa vie"
        first, last = months

        def bounds(year: int) -> tuple[dt.date, dt.date]:
            end_year = year + 1 if last < first else year
            return month_bounds(year, first)[0], month_bounds(end_year, last)[1]

        if m["y"]:
            start, end = bounds(int(m["y"]))
            return Resolved(start, end, "period")
        if ctx.base is None:
            return self._unresolved("period")
        base = ctx.base
        rel = fold(m["rel"] or "")
        years = [base.year - 2, base.year - 1, base.year, base.year + 1]
        current = [y for y in years if bounds(y)[0] <= base <= bounds(y)[1]]
        past = [y for y in years if bounds(y)[1] < base]
        coming = [y for y in years if bounds(y)[0] > base]
        tense = "past" if rel in ("dernier", "passé") else ("future" if rel else None)
        if tense is None and not current:
            tense = self._tense_with(m, ctx, None)
        if tense == "past" or (tense is None and not current and not coming):
            year = past[-1]  # the last season over before the article's date
        elif tense == "future" or not current:
            year = coming[0]
        else:
            year = current[0]  # "cet hiver": the season under way
        if tense == "future" and rel:
            # "l'été prochain": the corpus gives the year of the coming season
            return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", relative=True)
        start, end = bounds(year)
        return Resolved(start, end, "period", relative=True)

    def _weekday_week(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        weekday = self.weekday_of.get(fold(m["wd"]))
        if weekday is None:
            return None
        if ctx.base is None:
            return self._unresolved("day")
        week = fold(m["week"])
        offset = 1 if "prochaine" in week else (-1 if "cette" not in week else 0)
        monday, _ = shift(ctx.base, "week", offset)
        day = monday + dt.timedelta(days=weekday - 1)
        return Resolved(day, day, "day", relative=True)

    def _until_year(self, m: re.Match[str], ctx: Context) -> Resolved | None:
        y = int(m["y"])  # "d'ici 2028": the deadline year
        if ctx.base is not None and y < ctx.base.year:
            return None
        return Resolved(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")

    def _year(self, m: re.Match[str], ctx: Context) -> Resolved | None:
        start = m.start()
        y = int(m["y"])
        before = ctx.before(start, 60)
        words = _YEAR_CONTEXT_WORDS.findall(before)
        prev = words[-1].rstrip(".") if words else ""
        prev2 = words[-2] if len(words) > 1 else ""
        if prev in self.negative_before or (words and words[-1] in self.negative_before):
            return None
        if prev in self.quantity_before:
            return None
        if prev in ("de", "d'") and prev2 in self.quantity_before:
            return None
        if _DIGIT_BEFORE.search(ctx.text[max(0, start - 3) : start]):
            return None  # part of a number written with spaces
        triggered = prev in self.year_triggers or prev.split("'")[-1] in self.year_triggers
        span = ctx.doc.char_span(start, m.end(), alignment_mode="expand")
        if span is None:
            return None
        nxt = ctx.doc[span.end] if span.end < len(ctx.doc) else None
        if nxt is not None and nxt.pos_ == "NOUN" and nxt.text[:1].islower():
            return None  # "2000 salariés", "de 2015 euros"
        if nxt is not None and nxt.text in ("%", "€", "$", "£"):
            return None
        if not triggered:
            if not 1950 <= y <= 2100:
                return None
            if prev in ("le", "la", "un", "une", "à", "sur", "par", "contre"):
                return None
        if _after_name(ctx.text, start):
            return None  # "Vision 2030", "Horizon 2020", "Paris 2024": a name
        return Resolved(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")

    def _relative_lexicon(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        entry = self.relative.get(fold(m["rel_expr"]))
        if entry is None:
            return None
        unit, offset = entry
        granularity = unit
        if fold(m["rel_expr"]) == "aujourd'hui" and self._nowadays(m, ctx):
            return None
        lead = fold(ctx.text[max(0, m.start("rel_expr") - 40) : m.start("rel_expr")])
        if _CONTRAST_BEFORE.search(lead):
            return (
                None  # "ni aujourd'hui ni demain", "pour dix ans, pas pour le prochain trimestre"
            )
        if offset < 0 and _COMPARED_BEFORE.search(lead):
            return None  # "en avance de 4 % sur l'an dernier": a comparison, year on year
        if fold(m["rel_expr"]) == "demain" and _OF_TOMORROW.search(lead):
            return None  # "les usines de demain": the future in general
        if ctx.base is None:
            return self._unresolved(granularity)
        start, end = shift(ctx.base, unit, offset)
        return Resolved(start, end, granularity, relative=True)  # type: ignore[arg-type]

    def _nowadays(self, m: re.Match[str], ctx: Context) -> bool:
        """``aujourd'hui`` meaning "nowadays": ``le monde d'aujourd'hui``, or a verb of state
        in the present (``emploie aujourd'hui 350 personnes``, ``est aujourd'hui leader``)."""
        if _HABIT_AFTER.search(fold(ctx.text[m.end() : m.end() + 80]).split(".")[0]):
            return True  # "versent aujourd'hui 9,40 € par mois": a habit, nowadays
        before = ctx.before(m.start(), 30)
        if re.search(r"\w{3,} d'$", before) and not re.search(r"(?:partir|compter) d'$", before):
            return True
        if _STILL_AROUND.search(before) or _STILL_AFTER.match(
            fold(ctx.text[m.end() : m.end() + 12])
        ):
            return True  # "aujourd'hui encore", "encore aujourd'hui": still, nowadays
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        if self._role_after(span):
            return True  # "son associée, aujourd'hui directrice industrielle"
        verb = span.root
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            if _adjective_predicate(verb) and span.start < verb.i:
                break  # "le marché est aujourd'hui saturé" (but "est stable aujourd'hui")
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") and not (
            _adjective_predicate(verb) and span.start < verb.i
        ):
            return False
        passive = [c for c in verb.children if c.dep_ == "aux:pass"]
        if (
            passive
            and passive[0].i < span.start < verb.i
            and not any(c.dep_ == "aux:tense" for c in verb.children)
            and _finite_tense(passive[0]) is None
        ):
            return True  # "le marché est aujourd'hui saturé", "est aujourd'hui détenu par"
        if any(c.dep_ == "cop" for c in verb.children):  # "est aujourd'hui leader"
            lemma = "être"
            tense = _finite_tense(next(c for c in verb.children if c.dep_ == "cop"))
        else:
            lemma, tense = fold(verb.lemma_), _token_tense(verb)
        # the lemmatiser sometimes returns the form itself ("compte"): try it as an -er verb
        forms = {lemma, lemma + "r"}
        if tense is not None:
            return False
        if forms & self.stative_verbs:
            return True
        # any other verb in the present, "aujourd'hui" right after it and before its
        # complements ("les chaînes tournent aujourd'hui à mi-régime"), unless it names an
        # event of the day ("publie aujourd'hui ses résultats")
        reflexive = {"se " + f for f in forms} | {"s'" + f for f in forms}
        if forms & self.event_verbs or reflexive & self.event_verbs:
            return False
        return (
            verb.pos_ == "VERB"
            and verb.i < span.start
            and all(t.pos_ in ("ADV", "PRON", "PART") for t in ctx.doc[verb.i + 1 : span.start])
            and any(c.i >= span.end and not c.is_punct for c in verb.children)
        )

    def _role_after(self, span: Span) -> bool:
        """``aujourd'hui`` right before a noun or adjective without a determiner that it
        modifies, out of any verb (``son associée, aujourd'hui directrice industrielle``,
        ``aujourd'hui âgé de 70 ans``): a role or state nowadays."""
        doc = span.doc
        if span.end >= len(doc):
            return False
        nxt = doc[span.end]
        apposed = (
            span.start >= 2
            and doc[span.start - 1].text == ","
            and doc[span.start - 2].pos_ in ("PROPN", "NOUN")
        )  # "une amie, Nadia Benali, aujourd'hui directrice technique" (whatever the parse)
        if nxt.pos_ not in ("NOUN", "ADJ") or (span.root.head.i != nxt.i and not apposed):
            return False
        if fold(nxt.text) in self.weekday_of or fold(nxt.text) in self.month_of:
            return False  # "aujourd'hui mardi"
        return not any(c.dep_ == "det" for c in nxt.children) and not any(
            c.dep_ in ("cop", "aux:pass", "aux:tense") for c in nxt.children
        )

    def _offset(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        raw_n = fold(m["n"])
        n = int(raw_n) if raw_n.isdigit() else self.number_of.get(raw_n.replace("-", " "))
        unit = UNIT_OF_WORD.get(fold(m["u"]))
        if n is None or unit is None or n > 500:
            return None
        kind = fold(m["kind"]).replace(" ", "")
        if (
            unit == "year"
            and kind in ("ilya", "voici")
            and (n >= 10 or ctx.in_quote(m.start(), m.end()))
        ):
            # "il y a quinze ans", "« ... commises il y a dix ans »": a look back in a speaker's
            # words or in round decades is vague, not a date ("il y a deux ans" is one)
            return None
        if kind == "d'ici" and unit == "year" and n >= 10:
            return None  # "d'ici dix ans", "d'ici vingt ans": a vague horizon, not a date
        if kind == "depuis":
            return None  # "les salaires sont gelés depuis deux ans": a duration, not a date
        if kind == "dans" and ctx.in_quote(m.start(), m.end()):
            return None  # "« On verra dans deux ans »": a speaker's horizon, not a date
        granularity = "day" if unit == "week" else unit
        if ctx.base is None:
            return self._unresolved(granularity)
        direction = "past" if kind in ("ilya", "depuis", "voici") else "future"
        moved = relative_offset(ctx.base, n, unit, direction)
        if moved is None:
            return None
        if kind == "d'ici":
            return Resolved(ctx.base, moved, granularity, relative=True, force_end=True)  # type: ignore[arg-type]
        return Resolved(moved, moved, granularity, relative=True)  # type: ignore[arg-type]

    def _weekday_day(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        weekday = self.weekday_of.get(fold(m["wd"]))
        d = self._day_number(m["d"])
        if weekday is None or not 1 <= d <= 31:
            return None
        if ctx.base is None:
            return self._unresolved("day")
        tense = ctx.tense(m.start(), m.end())
        base = ctx.base
        options = []
        for delta in range(-6, 7):
            index = base.year * 12 + base.month - 1 + delta
            year, month = index // 12, index % 12 + 1
            if valid_day(year, month, d) and dt.date(year, month, d).isoweekday() == weekday:
                options.append(dt.date(year, month, d))
        if tense == "past":
            options = [o for o in options if o <= base]
        elif tense == "future":
            options = [o for o in options if o >= base]
        if not options:
            return None
        day = min(options, key=lambda o: (abs((o - base).days), o < base))
        return Resolved(day, day, "day", relative=True)

    def _weekday(self, m: re.Match[str], ctx: Context) -> Resolved | dict[str, Any] | None:
        before = ctx.before(m.start(), 20)
        last = before.split(" ")[-1] if before else ""
        if last in ("le", "les", "chaque", "tous", "du", "au"):
            return None  # habitual "le dimanche", "chaque lundi"
        weekday = self.weekday_of.get(fold(m["wd"]))
        if weekday is None:
            return None
        if ctx.base is None:
            return self._unresolved("day")
        tense = self._tense_with(m, ctx, m["rel"])
        if tense is None and self._scheduled(m, ctx):
            # "la saison qui s'ouvre samedi": the coming one, the publication day included
            day = ctx.base + dt.timedelta(days=(weekday - 1 - ctx.base.weekday()) % 7)
            return Resolved(day, day, "day", relative=True)
        day = weekday_near(ctx.base, weekday, tense, strict=bool(m["rel"]))
        return Resolved(day, day, "day", relative=True)

    def _scheduled(self, m: re.Match[str], ctx: Context) -> bool:
        """The weekday is governed by a verb of ``scheduled_verbs.txt`` in the simple present
        (``la saison qui s'ouvre samedi``, ``le salon se tient samedi``)."""
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        verb = span.root.head
        if fold(verb.text) == "lieu":
            verb = verb.head  # "la réunion a lieu samedi"
        if verb.pos_ != "VERB" or "Pres" not in verb.morph.get("Tense", []):
            return False
        if any(c.dep_.startswith("aux") for c in verb.children):
            return False  # "s'est ouverte samedi", "est ouvert samedi"
        lemma = fold(verb.lemma_)
        reflexive = any(fold(c.text) in ("se", "s'") for c in verb.children if c.i < verb.i)
        forms = {lemma}
        if reflexive:
            forms = {"se " + lemma, "s'" + lemma}
        if any(fold(c.text) == "lieu" for c in verb.children):
            forms.add("avoir lieu")
        return bool(forms & self.scheduled_verbs)


#: words right before a month name alone that make it a date ("en mars", "depuis mai")
MONTH_TRIGGERS = {
    "en", "cette", "depuis", "dès", "des", "avant", "après", "jusqu'en", "courant", "fin", "début",
    "mi", "ce", "cet", "de", "d'", "entre", "pour", "vers", "à", "au", "mois", "et", "ou",
}  # fmt: skip


#: before a relative word, a contrast or a negated pair makes it generic ("ni aujourd'hui ni
#: demain", "pour dix ans, pas pour le prochain trimestre")
_CONTRAST_BEFORE = re.compile(r"(?:\bni|\bpas pour(?: (?:le|la|les|l'))?) ?$")
#: before a past relative period, a comparison ("en hausse de 4 % sur l'an dernier",
#: "par rapport au mois dernier"): year on year, not a date
_COMPARED_BEFORE = re.compile(
    r"(?:\bsur|\bpar rapport (?:a|à)|\bcompar[ée]e?s? (?:a|à)|\bface (?:a|à)) ?(?:l'|la |le |au )?$"
)
#: "le monde de demain", "les usines de demain" (but "à partir de demain")
_OF_TOMORROW = re.compile(r"\b(?!partir |compter )[^\W\d_]{3,} de ?$")


#: a leading preposition/article before début/fin/mi is not part of the text
_LEAD = re.compile(
    rf"(?:(?:à|a){WS}la|à{WS}l{APOS}|au|en|le|la|du|de{WS}la){WS}(?=(?:début|fin|milieu|mi)\b)",
    re.IGNORECASE,
)


_NAME_BEFORE = re.compile(
    r"(?:^|([^\s\u00a0\u202f])[ \t\u00a0\u202f]*)\b([A-Z][\w\-]*)[ \u00a0\u202f]$"
)


def _after_name(text: str, start: int) -> bool:
    """A capitalised word (not the first of a sentence) right before ``start``."""
    match = _NAME_BEFORE.search(text[max(0, start - 60) : start])
    if match is None or match.group(1) is None:
        return False
    return match.group(1) not in '.!?«»"“:(' and len(match.group(2)) > 1


def _lead_length(text: str) -> int:
    match = _LEAD.match(text)
    return match.end() if match else 0


@lru_cache(maxsize=4096)
def relative_offset(base: dt.date, n: int, unit: str, direction: str) -> dt.date | None:
    """``base`` moved ``n`` units back (``past``) or forward, by dateparser with
    ``RELATIVE_BASE`` = the article's date (a call costs milliseconds: results are kept)."""
    import dateparser

    phrase = (
        f"il y a {n} {DATEPARSER_UNIT[unit]}"
        if direction == "past"
        else (f"dans {n} {DATEPARSER_UNIT[unit]}")
    )
    try:
        parsed = dateparser.parse(
            phrase,
            languages=["fr"],
            settings={"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day)},
        )
    except Exception:
        return None
    return parsed.date() if parsed is not None else None


def parse_iso_date(value: object) -> dt.date | None:
    if not value or not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def iter_dates(doc: Doc) -> Iterator[tuple[Span, dict[str, Any]]]:
    """``(span, span._.date)`` of a processed doc."""
    for span in doc.spans.get("dates", []):
        yield span, span._.date
