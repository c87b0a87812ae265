"""Resolvers of days: ranges of days, numeric dates, a day and a month, weekdays.

Each reads the groups of its pattern (:mod:`.patterns`) into a period (see
:mod:`.resolve_common`). A day without its year takes the article's date and the tense into
account (``le 5 juillet`` in a past sentence: the last 5 July not after the article).
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.components.dates.calendar_math import (
    Resolved,
    expand_two_digit_year,
    month_bounds,
    shift,
    valid_day,
    weekday_near,
)
from pipeline.components.dates.context import Context
from pipeline.components.dates.resolve_common import Resolution, no_year, tense_with, unresolved
from pipeline.text import lower_straight_spaced as fold


def day_range(m: re.Match[str], ctx: Context) -> Resolution:
    """``du 5 au 7 avril 2025``, ``13-15 juillet``, ``entre le 10 juin et le 1er juillet``."""
    d1, d2 = ctx.lex.day_number(m["d1"]), ctx.lex.day_number(m["d2"])
    m2 = ctx.lex.month_number(m["m2"])
    m1 = ctx.lex.month_number(m["m1"]) or m2
    y1 = int(m["y1"]) if m["y1"] else None
    y2 = int(m["y2"]) if m["y2"] else None
    return days_between(d1, m1, y1, d2, m2, y2, m, ctx)


def numeric_range(m: re.Match[str], ctx: Context) -> Resolution:
    """``du 01/10 au 02/11/2017``, ``entre le 3/03 et le 10/03/2022``."""
    d1, m1, d2, m2 = int(m["d1"]), int(m["m1"]), int(m["d2"]), int(m["m2"])
    y1 = int(m["y1"]) if m["y1"] else None
    raw = m["y2"]
    y2 = (int(raw) if len(raw) == 4 else expand_two_digit_year(int(raw))) if raw else None
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    return days_between(d1, m1, y1, d2, m2, y2, m, ctx)


def days_between(
    d1: int,
    m1: int | None,
    y1: int | None,
    d2: int,
    m2: int | None,
    y2: int | None,
    m: re.Match[str],
    ctx: Context,
) -> Resolution:
    """A range of days, its years given (on either end) or read from the article's date."""
    if m1 is None or m2 is None or not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    if y2 is None and y1 is not None:
        y2 = y1
    if y2 is None:

        def bounds(year: int) -> tuple[dt.date, dt.date]:
            first = year - 1 if (m1, d1) > (m2, d2) else year
            return dt.date(first, m1, d1), dt.date(year, m2, d2)

        return no_year(bounds, "day", m, ctx, force_end=True)
    if y1 is None:
        y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
    if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)):
        return None
    start, end = dt.date(y1, m1, d1), dt.date(y2, m2, d2)
    if end <= start:
        return None
    return Resolved(start, end, "day")


def iso_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """``2025-02-12``, ``2015-3-3``; ``2015-12`` is a month."""
    y, mo = int(m["y"]), int(m["m"])
    if m["d"] is None:
        prev = ctx.before(m.start(), 20).split(" ")[-1]
        if prev.rstrip(".") in ctx.lex.negative_before or prev in ctx.lex.negative_before:
            return None  # "n° 2025-12", "loi 2019-11"
        start, end = month_bounds(y, mo)
        return Resolved(start, end, "month")
    d = int(m["d"])
    if not valid_day(y, mo, d):
        return None
    return Resolved(dt.date(y, mo, d), dt.date(y, mo, d), "day")


def numeric_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """``12/02/2025``, ``12.02.2025``, ``3.2.2025`` (Swiss), ``12-02-2025``, ``20/02/14``;
    dots with a two-digit year need two-digit days and months (``1.2.25`` is no date)."""
    d, mo, raw_y = int(m["d"]), int(m["m"]), m["y"]
    if m["sep"] == "." and len(raw_y) != 4 and (len(m["d"]) != 2 or len(m["m"]) != 2):
        return None
    y = int(raw_y) if len(raw_y) == 4 else expand_two_digit_year(int(raw_y))
    if not 1900 <= y <= 2100 or not valid_day(y, mo, d):
        return None
    return Resolved(dt.date(y, mo, d), dt.date(y, mo, d), "day")


def numeric_no_year(m: re.Match[str], ctx: Context) -> Resolution:
    """``le 17/02``: the year from the article's date."""
    d, mo = int(m["d"]), int(m["m"])
    if not valid_day(2024, mo, d):
        return None

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        day = dt.date(year, mo, d)
        return day, day

    return no_year(bounds, "day", m, ctx)


def day_month(m: re.Match[str], ctx: Context) -> Resolution:
    """``(jeudi) 12 février (2025)``, ``le quatre octobre``."""
    d, mo = ctx.lex.day_number(m["d"]), ctx.lex.month_number(m["m"])
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
    weekday = ctx.lex.weekday_of.get(first_word)
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

    # "le 12 décembre dernier": the last one before the article; "prochain": the next one
    rel = m["rel"] if "rel" in m.groupdict() else None
    return no_year(bounds, "day", m, ctx, rel)


def day_of_current_month(m: re.Match[str], ctx: Context) -> Resolution:
    """``le 3 courant``: that day of the article's month."""
    d = ctx.lex.day_number(m["d"])
    if ctx.base is None:
        return unresolved("day")
    if not valid_day(ctx.base.year, ctx.base.month, d):
        return None
    day = dt.date(ctx.base.year, ctx.base.month, d)
    return Resolved(day, day, "day", relative=True)


def weekday_week(m: re.Match[str], ctx: Context) -> Resolution:
    """``mercredi de cette semaine``, ``jeudi de la semaine prochaine``."""
    weekday = ctx.lex.weekday_of.get(fold(m["wd"]))
    if weekday is None:
        return None
    if ctx.base is None:
        return unresolved("day")
    week = fold(m["week"])
    offset = 1 if "prochaine" in week else (-1 if "cette" not in week else 0)
    monday, _ = shift(ctx.base, "week", offset)
    day = monday + dt.timedelta(days=weekday - 1)
    return Resolved(day, day, "day", relative=True)


def weekday_day(m: re.Match[str], ctx: Context) -> Resolution:
    """``(ce) jeudi 13``: the month from the article's date, the nearest such day in the
    direction of the tense."""
    weekday = ctx.lex.weekday_of.get(fold(m["wd"]))
    d = ctx.lex.day_number(m["d"])
    if weekday is None or not 1 <= d <= 31:
        return None
    if ctx.base is None:
        return unresolved("day")
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


def lone_weekday(m: re.Match[str], ctx: Context) -> Resolution:
    """``jeudi``, ``lundi prochain``, ``mardi dernier``: the nearest such day in the direction
    of the tense (past when none); ``le dimanche``, ``chaque lundi`` are habits, no date."""
    before = ctx.before(m.start(), 20)
    last = before.split(" ")[-1] if before else ""
    if last in ("le", "les", "chaque", "tous", "du", "au"):
        return None  # habitual "le dimanche", "chaque lundi"
    weekday = ctx.lex.weekday_of.get(fold(m["wd"]))
    if weekday is None:
        return None
    if ctx.base is None:
        return unresolved("day")
    tense = tense_with(m, ctx, m["rel"])
    if tense is None and scheduled(m, ctx):
        # "la saison qui s'ouvre samedi": the coming one, the publication day included
        day = ctx.base + dt.timedelta(days=(weekday - 1 - ctx.base.weekday()) % 7)
        return Resolved(day, day, "day", relative=True)
    day = weekday_near(ctx.base, weekday, tense, strict=bool(m["rel"]))
    return Resolved(day, day, "day", relative=True)


def scheduled(m: re.Match[str], ctx: Context) -> bool:
    """The weekday is governed by a verb of ``scheduled_verbs.txt`` in the simple present
    (``la saison qui s'ouvre samedi``, ``le salon se tient samedi``)."""
    span = ctx.char_span(m.start(), m.end())
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
    return bool(forms & ctx.lex.scheduled_verbs)
