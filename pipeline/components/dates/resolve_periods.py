"""Resolvers of quarters, semesters and windows of months: ``au troisième trimestre 2025``,
``T3 2025``, ``au S1``, ``neuf premiers mois de l'année``.

Quarters and semesters: ``value`` is their first day, ``value_end`` their last (granularity
``quarter``/``semester``). Windows anchored on a calendar period are dates (granularity
``period``; reported in the past, the last elapsed one).

Fiscal years: a quarter/semester/window tied to the fiscal year (``troisième trimestre de son
exercice 2025-2026``) or given without a year in an article whose fiscal year is not the
calendar one is a period of that fiscal year, which starts the month after its closing month
(``exercice clos le 31 mars`` → April; ``trimestre clos fin décembre`` tells it too). When the
article does not say when it closes, the span is kept with value None rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.components.dates.calendar_math import (
    Resolved,
    fiscal_period_bounds,
    fiscal_year_of,
    infer_year,
    month_bounds,
    period_bounds,
)
from pipeline.components.dates.context import Context
from pipeline.components.dates.resolve_common import (
    Resolution,
    no_year,
    tense_with,
    unresolved,
)
from pipeline.text import lower_straight_spaced as fold

#: before a code without its year: a tram line (``le T3``), a flat (``un T4``), not a quarter
_TRANSPORT_OR_FLAT_BEFORE = re.compile(
    r"\b(?:tram\w*|lignes?|bus|métro|appartements?|logements?)\b"
)


def period(m: re.Match[str], ctx: Context) -> Resolution:
    """``(au) troisième trimestre (2025)``, ``premier semestre de l'exercice 2024``, ``au
    prochain trimestre``."""
    kind = ctx.lex.period_words.get(fold(m["p"]))
    rank = ctx.lex.rank_of.get(fold(m["ord"]))
    if kind is None or rank is None:
        return None
    if kind == "semester" and rank > 2:
        return None  # "troisième semestre"
    if not m["rel"]:
        fiscal = fiscal_period(kind, rank, m, ctx)
        if fiscal is not False:
            return fiscal  # type: ignore[return-value]
    if m["y"]:
        start, end = period_bounds(kind, int(m["y"]), rank)
        return Resolved(start, end, kind)  # type: ignore[arg-type]
    if rank < 0 and not m["rel"]:
        return None  # "le dernier trimestre": the last one before now, not Q4
    year = None if m["rel"] else sentence_year(m, ctx)
    if year is not None:
        start, end = period_bounds(kind, year, rank)
        return Resolved(start, end, kind, relative=True)  # type: ignore[arg-type]
    return no_year(lambda y: period_bounds(kind, y, rank), kind, m, ctx, m["rel"])


#: a year written earlier in the sentence: "en 2024", "l'exercice 2024", "l'année 2024"
_YEAR_NAMED = re.compile(r"\b(?:en|exercice|annee|année) ((?:19|20)\d\d)\b(?![-/]\d)")
_SENTENCE_END = re.compile(r"[.!?\n;]")
#: how far back (characters) in its sentence a period looks for the year it belongs to
SENTENCE_YEAR_REACH = 160


def sentence_year(m: re.Match[str], ctx: Context) -> int | None:
    """The year named earlier in the sentence of a period without its own (``Nous avons
    réalisé l'an dernier un chiffre d'affaires de …, avec une perte due à l'effondrement des
    prix au deuxième semestre``: last year's second half); ``None`` when the sentence names
    none, under a future verb (``après une année 2024 difficile, le groupe prévoit un rebond
    au second semestre``), or without the article's date for a relative year."""
    before = ctx.before(m.start(), SENTENCE_YEAR_REACH)
    ends = [e.end() for e in _SENTENCE_END.finditer(before)]
    before = before[ends[-1] :] if ends else before
    found: tuple[int, int] | None = None
    for expr, (unit, offset) in ctx.lex.relative.items():
        pos = before.rfind(expr) if unit == "year" and ctx.base is not None else -1
        if pos >= 0 and (found is None or pos > found[0]):
            found = (pos, ctx.base.year + offset)  # type: ignore[union-attr]
    for ym in _YEAR_NAMED.finditer(before):
        if found is None or ym.start() > found[0]:
            found = (ym.start(), int(ym.group(1)))
    if found is None or tense_with(m, ctx, None) == "future":
        return None
    return found[1]


def fiscal_period(kind: str, rank: int, m: re.Match[str], ctx: Context) -> Resolution | bool:
    """A quarter or semester of a non-calendar fiscal year, or False when it is a calendar
    one. Tied to the fiscal year (``troisième trimestre de son exercice 2025-2026``) or
    given without a year in an article whose fiscal year is not the calendar one. The
    fiscal year starts the month after its closing month (``exercice clos le 31 mars``;
    a quarter ``clos fin décembre`` tells it too); when the article does not say when it
    closes, the value is None rather than a guess."""
    after = ctx.text[m.end() : m.end() + 120]
    tied = ctx.cues.fiscal.after_period.match(after)
    in_match = "exercice" in fold(m.group())
    if m["y"] and not in_match:
        return False  # "troisième trimestre 2025": a calendar quarter
    start_month = _start_from_period_close(kind, rank, after, ctx)
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
        return unresolved(kind)
    month = start_month

    def bounds(y: int) -> tuple[dt.date, dt.date]:
        return fiscal_period_bounds(kind, y, rank, month)

    tense = tense_with(m, ctx, None)
    year = infer_year(bounds, ctx.base, tense, fiscal_year_of(ctx.base, month))
    start, end = bounds(year)
    return Resolved(start, end, kind, relative=True)  # type: ignore[arg-type]


def _start_from_period_close(kind: str, rank: int, after: str, ctx: Context) -> int | None:
    """The fiscal year's first month told by the period's own closing date right after it
    (``au troisième trimestre, clos fin décembre`` → April)."""
    close = ctx.cues.fiscal.period_close.match(after)
    if close is None:
        return None
    end_month = ctx.lex.month_number(close["m"])
    if end_month is None:
        return None
    size = 3 if kind == "quarter" else 6
    return (end_month - size * abs(rank)) % 12 + 1 if rank > 0 else None


def period_code(m: re.Match[str], ctx: Context) -> Resolution:
    """``T3 2025``, ``Q1 2024``, ``S1 2025``, ``H2 2024``; ``au T4``, ``du S1`` (the year from
    the article's date and the tense)."""
    kind = ctx.lex.period_codes.get(m["c"])
    rank = int(m["r"])
    if kind is None or (kind == "semester" and rank > 2):
        return None
    raw = m.groupdict().get("y")
    if raw is None:  # "au T4": the year from the article's date and the tense
        if _TRANSPORT_OR_FLAT_BEFORE.search(ctx.before(m.start(), 80)):
            return None  # the T3 tram line, a T4 flat
        return no_year(lambda y: period_bounds(kind, y, rank), kind, m, ctx)
    year = int(raw) if len(raw) == 4 else 2000 + int(raw)
    start, end = period_bounds(kind, year, rank)
    return Resolved(start, end, kind)  # type: ignore[arg-type]


def window(m: re.Match[str], ctx: Context) -> Resolution:
    """``neuf premiers mois de l'année`` = January-September; ``six derniers mois de 2024``
    = July-December 2024 (granularity ``period``, start and end days)."""
    n = ctx.lex.count(m["n"])
    size = 3 if fold(m["u"]).startswith("trimestre") else 1
    if n is None or not 1 <= n * size <= 12:
        return None
    first = fold(m["dir"]).startswith("premi")
    first_month = 1 if first else 13 - n * size
    last_month = first_month + n * size - 1
    if "exercice" in fold(m["this"] or ""):
        start_month = ctx.fiscal_start()
        if (m["ys"] or start_month is not None) and start_month != 1:
            # "neuf premiers mois de son exercice 2025-2026", the year closing in March
            return _fiscal_window(m, ctx, first_month, last_month, start_month)
    return _calendar_window(m, ctx, first_month, last_month)


def _fiscal_window(
    m: re.Match[str], ctx: Context, first_month: int, last_month: int, start_month: int | None
) -> Resolution:
    """A window of a non-calendar fiscal year: its months, or None when unknown."""
    if not start_month or (m["y1"] and not m["ys"]):
        return {"value": None, "value_end": None, "granularity": "period",
                "relative": False}  # fmt: skip
    first_month += start_month - 1
    last_month += start_month - 1

    def fiscal_bounds(year: int) -> tuple[dt.date, dt.date]:
        y1, m1 = divmod(year * 12 + first_month - 1, 12)
        y2, m2 = divmod(year * 12 + last_month - 1, 12)
        return month_bounds(y1, m1 + 1)[0], month_bounds(y2, m2 + 1)[1]

    if m["y1"]:
        start, end = fiscal_bounds(int(m["y1"]))
        return Resolved(start, end, "period")
    if ctx.base is None:
        return unresolved("period")
    tense = ctx.tense(m.start(), m.end())
    year = infer_year(fiscal_bounds, ctx.base, tense, fiscal_year_of(ctx.base, start_month))
    start, end = fiscal_bounds(year)
    return Resolved(start, end, "period", relative=True)


def _calendar_window(
    m: re.Match[str], ctx: Context, first_month: int, last_month: int
) -> Resolution:
    """A window of a calendar year: of the year given, else of the article's year (the one
    before with ``dernière``, or when it is reported as over and is not yet)."""

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        return month_bounds(year, first_month)[0], month_bounds(year, last_month)[1]

    raw_year = m["y1"] or m["y2"]
    if raw_year:
        start, end = bounds(int(raw_year))
        return Resolved(start, end, "period")
    if ctx.base is None:
        return unresolved("period")
    year = ctx.base.year
    rel = fold(m["rel"] or "")
    if rel in ("dernière", "passée"):
        year -= 1  # "des neuf premiers mois de l'année dernière"
    elif rel == "prochaine":
        year += 1
    elif not rel and ctx.tense(m.start(), m.end()) == "past" and bounds(year)[1] > ctx.base:
        year -= 1  # a window reported as over must be over: the last elapsed one
    start, end = bounds(year)
    return Resolved(start, end, "period", relative=True)
