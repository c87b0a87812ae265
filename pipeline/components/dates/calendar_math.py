"""Calendar arithmetic of the ``fr_dates`` component: periods, year inference, ISO formatting.

Pure functions over :class:`datetime.date`; nothing here knows about spaCy or French.

A resolved date expression is a :class:`Resolved`: a start and an end ``date`` plus the
granularity the text gives. It is written out at that granularity (``"2015"``, ``"2025-09"``,
``"2025-09-30"``); ``value_end`` is only written when the expression is a period wider than its
own granularity (a range of days, a quarter, ``fin septembre``...).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Granularity = Literal["year", "semester", "quarter", "month", "week", "day", "period"]
Tense = Literal["past", "future"]

#: First month of each period kind, by number of periods in a year.
_MONTHS_PER_PERIOD = {"quarter": 3, "semester": 6}


@dataclass(frozen=True)
class Resolved:
    start: dt.date
    end: dt.date
    granularity: Granularity
    relative: bool = False
    #: write ``value_end`` even when ``end`` falls in the same unit as ``start``
    force_end: bool = False

    def to_dict(self) -> dict[str, object]:
        value = fmt(self.start, self.granularity)
        end_value = fmt(self.end, self.granularity)
        value_end = end_value if (end_value != value or self.force_end) else None
        granularity: str = self.granularity
        if granularity in ("quarter", "semester", "week", "period"):
            value_end = end_value  # a period: always its last day
        if value_end is not None and granularity not in ("quarter", "semester"):
            granularity = "period"  # a range, a week, a season: the corpus's "period"
        return {
            "value": value,
            "value_end": value_end,
            "granularity": granularity,
            "relative": self.relative,
        }


def fmt(day: dt.date, granularity: str) -> str:
    """ISO 8601 text of ``day`` cut to ``granularity``; quarters, semesters, weeks and other
    periods are written as their first (or last) day."""
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, last_day(year, month))


def period_bounds(kind: str, year: int, rank: int) -> tuple[dt.date, dt.date]:
    """Bounds of the ``rank``-th quarter/semester of ``year`` (rank -1 = the last one)."""
    size = _MONTHS_PER_PERIOD[kind]
    count = 12 // size
    if rank < 0:
        rank = count
    first = (rank - 1) * size + 1
    last = first + size - 1
    return dt.date(year, first, 1), dt.date(year, last, last_day(year, last))


def part_of_month(part: str, year: int, month: int) -> tuple[dt.date, dt.date]:
    """``début``/``mi``/``fin`` of a month: its first, second or last third (Duckling's reading:
    ``fin mars`` = 21-31 March)."""
    end = last_day(year, month)
    if part == "start":
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if part == "middle":
        return dt.date(year, month, 11), dt.date(year, month, 20)
    return dt.date(year, month, 21), dt.date(year, month, end)


def part_of_year(part: str, year: int) -> tuple[dt.date, dt.date]:
    """``début``/``mi``/``fin`` of a year, as months: January-February, June-July,
    November-December (Duckling's ``début d'année`` / ``fin d'année``)."""
    if part == "start":
        return dt.date(year, 1, 1), dt.date(year, 2, 28)
    if part == "middle":
        return dt.date(year, 6, 1), dt.date(year, 7, 31)
    return dt.date(year, 11, 1), dt.date(year, 12, 31)


def fiscal_period_bounds(
    kind: str, year: int, rank: int, start_month: int
) -> tuple[dt.date, dt.date]:
    """Bounds of the ``rank``-th quarter/semester of the fiscal year that starts on the first
    of ``start_month`` of ``year`` (``exercice 2025-2026`` starting in April: Q3 is
    October-December 2025)."""
    size = _MONTHS_PER_PERIOD[kind]
    if rank < 0:
        rank = 12 // size
    first = year * 12 + (start_month - 1) + (rank - 1) * size
    last = first + size - 1
    first_year, first_month = divmod(first, 12)
    last_year, last_month = divmod(last, 12)
    return (
        dt.date(first_year, first_month + 1, 1),
        dt.date(last_year, last_month + 1, last_day(last_year, last_month + 1)),
    )


def fiscal_year_of(day: dt.date, start_month: int) -> int:
    """The year in which the fiscal year containing ``day`` starts."""
    return day.year if day.month >= start_month else day.year - 1


def infer_year(
    bounds_for_year: Callable[[int], tuple[dt.date, dt.date]],
    base: dt.date,
    tense: Tense | None,
    current: int | None = None,
    nearest: bool = False,
    forward: bool = False,
    closing: bool = False,
) -> int:
    """Year of a period given without one (``en mars``, ``le 5 juillet``, ``au premier
    trimestre``), from the article's date ``base`` and the verb tense: the last such period
    not after ``base`` for a past verb, the next one not before it for a future verb, else the
    article's own year (dateparser's ``current_period``), or ``current`` when given (the
    fiscal year under way).

    With ``nearest`` (a day or a month written without its year), distance decides where the
    tense does not: without a tense, a period over less than :data:`NEAR_PAST_DAYS` ago
    rather than one months ahead (``fin décembre`` in late February is the December just
    over); with a past verb and a ``forward`` word before
    the date (``avant le``, ``dès``), a day coming within :data:`NEAR_COMING_DAYS` is chosen
    over one about a year old (``a affirmé attendre une convocation avant le 20 mai`` on
    13 May); with a future verb, the next one. A ``closing`` date of accounts (``au 31
    décembre``) without a tense is the nearest one."""
    year = base.year if current is None else current
    start, end = bounds_for_year(year)
    if nearest and current is None:
        return _nearest_year(bounds_for_year, base, tense, year, forward, closing)
    if tense == "past":
        return year - 1 if start > base else year
    if tense == "future":
        return year + 1 if end < base else year
    return year


#: With a past verb, a yearless day or month starting at most this many days after the
#: article's date is read as the coming one when the past one ended this long ago or more.
NEAR_COMING_DAYS = 70
FAR_PAST_DAYS = 240
#: Without a tense, the article's year, unless the previous occurrence ended at most
#: NEAR_PAST_DAYS before the article's date and the next one is FAR_COMING_DAYS or more ahead
#: (or the other way round: the next one close, the previous one far).
NEAR_PAST_DAYS = 92
FAR_COMING_DAYS = 183


def _gap(bounds: tuple[dt.date, dt.date], base: dt.date) -> int:
    """Days from ``base`` to the period: 0 inside it, positive after, negative before."""
    start, end = bounds
    if start > base:
        return (start - base).days
    if end < base:
        return -(base - end).days
    return 0


def _nearest_year(
    bounds_for_year: Callable[[int], tuple[dt.date, dt.date]],
    base: dt.date,
    tense: Tense | None,
    year: int,
    forward: bool = False,
    closing: bool = False,
) -> int:
    gaps = {y: _gap(bounds_for_year(y), base) for y in (year - 1, year, year + 1)}
    past = max(y for y, g in gaps.items() if g <= 0)
    coming = min(y for y, g in gaps.items() if g >= 0)
    if tense == "future":
        return coming
    if tense == "past":
        if forward and gaps[past] <= -FAR_PAST_DAYS and gaps[coming] <= NEAR_COMING_DAYS:
            return coming
        return past
    if closing:  # "au 31 décembre", "à fin décembre": the nearest closing, the past on a tie
        return past if -gaps[past] <= gaps[coming] else coming
    if -gaps[past] <= NEAR_PAST_DAYS and gaps[coming] >= FAR_COMING_DAYS:
        return past
    if gaps[coming] <= NEAR_PAST_DAYS and -gaps[past] >= FAR_COMING_DAYS:
        return coming  # "en janvier" in October: the coming one
    return year


def shift(base: dt.date, unit: str, offset: int) -> tuple[dt.date, dt.date]:
    """Bounds of the ``unit`` containing ``base`` moved by ``offset`` units."""
    if unit == "day":
        day = base + dt.timedelta(days=offset)
        return day, day
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    if unit == "year":
        year = base.year + offset
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    size = {"month": 1, "quarter": 3, "semester": 6}[unit]
    index = (base.month - 1) // size + offset  # periods since January of base.year
    year = base.year + index // (12 // size)
    first = (index % (12 // size)) * size + 1
    last = first + size - 1
    return dt.date(year, first, 1), dt.date(year, last, last_day(year, last))


def weekday_near(base: dt.date, weekday: int, tense: Tense | None, strict: bool = False) -> dt.date:
    """The weekday (ISO 1-7) closest to ``base`` in the direction of ``tense`` (past when None).
    ``strict`` excludes ``base`` itself (``jeudi dernier``, ``jeudi prochain`` said on a
    Thursday); otherwise the day itself is the one meant (``le conseil se réunira mercredi``,
    ``ce mercredi``, in an article of a Wednesday: that day)."""
    target = weekday - 1
    if tense == "future":
        delta = (target - base.weekday()) % 7
        if delta == 0 and strict:
            delta = 7
        return base + dt.timedelta(days=delta)
    delta = (base.weekday() - target) % 7
    if delta == 0 and strict:
        delta = 7
    return base - dt.timedelta(days=delta)


def expand_two_digit_year(yy: int) -> int:
    """``99`` → 1999, ``14`` → 2014 (pivot 50)."""
    return 2000 + yy if yy < 50 else 1900 + yy


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= last_day(year, month)


def parse_iso_date(value: object) -> dt.date | None:
    """The date of an ISO 8601 text (``2025-02-12``, ``2025-02-12T10:00``); None for anything
    else (a missing or garbage article date is no date, never today's)."""
    if not value or not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
