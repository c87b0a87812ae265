"""The finding stages of ``fr_dates``, in the order an article goes through them:

1. :func:`find_candidates` — every pattern whose gate lets the article through is searched for
   in the text (once, linear in the text); a match overlapping an amount
   (``doc.spans["amounts"]``, filled by ``fr_amounts``), a percentage or a number with a unit
   is dropped (:func:`masks_of`: ``2024 euros`` is no year);
2. :func:`choose_dates` — overlapping candidates: the longest wins (``du 5 au 7 avril`` over
   ``7 avril``; of two as long at one place, the earlier pattern of
   :data:`~.patterns.PRIORITY`). Each candidate is resolved by its pattern's resolver; one
   that is no date (None) leaves its place to the next; the span is cut to the written date
   (:func:`written_bounds`) and grown over a duration before it (``deux semaines avant le 13
   mai``, :func:`~.resolve_relative.moved_by_duration`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from typing import NamedTuple

from spacy.tokens import Span

from pipeline.components.dates.calendar_math import Resolved
from pipeline.components.dates.context import Context
from pipeline.components.dates.patterns import DatePattern
from pipeline.components.dates.regex_pieces import WS, WS_CHARS
from pipeline.components.dates.resolve_relative import moved_by_duration
from pipeline.text import APOS_ANY

#: bare numbers with a unit or a percent sign are masked (the number's run of digits, spaces and
#: separators bounded: each place of a long run of digits is tried, and an unbounded run read
#: the rest of it from each one)
MASK_RE = re.compile(
    r"\d[\d \u00a0\u202f.,]{0,60}[ \u00a0\u202f]?(?:%|pour[ \u00a0\u202f]?cent|points?\b|€|\$|£|"
    r"M€|Md€|Mds?\b|k€|milliards?\b|millions?\b|euros?\b|dollars?\b)",
    re.IGNORECASE,
)
#: characters cut from the end of a match (``en mars,``)
_TRAILING = WS_CHARS + ",-"
_WS_RE = re.compile(WS)
#: a determiner kept in the span before a season (``l'été dernier``, ``cet hiver``)
_DET_END = re.compile(rf"(?:^|{WS})(?:l{APOS_ANY}|cet|ce|le)$", re.IGNORECASE)
#: a leading preposition/article before début/fin/mi is not part of the text
_LEAD = re.compile(
    rf"(?:(?:à|a){WS}la|à{WS}l{APOS_ANY}|au|en|le|la|du|de{WS}la){WS}"
    r"(?=(?:début|fin|milieu|mi)\b)",
    re.IGNORECASE,
)


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


class Candidate(NamedTuple):
    """A match of a pattern, its end cut of trailing spaces and commas."""

    start: int
    end: int
    pattern: DatePattern
    match: re.Match[str]


def masks_of(ctx: Context) -> Masks:
    """What no date may overlap: numbers with a unit or a percent sign, and the amounts."""
    ranges = [(m.start(), m.end()) for m in MASK_RE.finditer(ctx.text)]
    if "amounts" in ctx.doc.spans:
        ranges += [(s.start_char, s.end_char) for s in ctx.doc.spans["amounts"]]
    return Masks(ranges)


def find_candidates(patterns: list[DatePattern], ctx: Context, masks: Masks) -> list[Candidate]:
    """The matches of every pattern that may match the article, in pattern order."""
    text = ctx.text
    candidates: list[Candidate] = []
    for pattern in patterns:
        if pattern.gate is not None and not pattern.gate(ctx.probe):
            continue  # the pattern cannot match here
        for match in pattern.finditer(ctx.probe):
            start, end = match.span()
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
            if end <= start or masks.overlaps(start, end):
                continue
            candidates.append(Candidate(start, end, pattern, match))
    return candidates


def choose_dates(candidates: list[Candidate], ctx: Context) -> list[Span]:
    """The dates of the article: the longest candidates first, each resolved, none
    overlapping another; in the order of the text."""
    candidates = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start))
    taken: list[tuple[int, int]] = []
    spans: list[Span] = []
    for start, end, pattern, match in candidates:
        if any(s < end and start < e for s, e in taken):
            continue
        result = pattern.resolve(match, ctx)
        if result is None:
            continue  # not a date: "2000 salariés", "le printemps arabe"
        span = ctx.char_span(*written_bounds(match, start, end, ctx.text))
        if span is None or len(span) == 0:
            continue
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        if isinstance(result, Resolved):
            span, result = moved_by_duration(ctx, span, result, taken)
        span = Span(ctx.doc, span.start, span.end, label="DATE")  # labelled for displaCy
        span._.date = result.to_dict() if isinstance(result, Resolved) else result
        taken.append((span.start_char, span.end_char))
        spans.append(span)
    spans.sort(key=lambda s: s.start_char)
    return spans


def written_bounds(match: re.Match[str], start: int, end: int, text: str) -> tuple[int, int]:
    """Where the date is written in a candidate: its ``core`` group when the pattern has one
    (``le quatre octobre`` → ``quatre octobre``), with a season's determiner (``l'été
    dernier``, ``cet hiver``); else the candidate without a leading preposition or article
    before ``début``/``fin``/``mi`` (``à la fin mars`` → ``fin mars``)."""
    groups = match.groupdict()
    if groups.get("core") is not None:
        start, end = match.span("core")
        det = groups.get("det")
        if det and _DET_END.search(det):
            start = match.end("det") - len(_WS_RE.split(det)[-1])
        return start, end
    lead = _LEAD.match(text[start:end])
    return start + (lead.end() if lead else 0), end


def find_dates(patterns: list[DatePattern], ctx: Context) -> list[Span]:
    """The date spans of one article (each with ``span._.date``), in the order of the text."""
    if not ctx.text.strip():
        return []
    return choose_dates(find_candidates(patterns, ctx, masks_of(ctx)), ctx)
