"""What the value rules share: a period without its year placed against the article's date,
the tense the words before a date give, the value of an expression that cannot be placed.

A rule (a *resolver*) reads the groups of one pattern's match into a
:class:`~.calendar_math.Resolved` period, or an unresolved value (``{"value": None, ...}``:
the span is kept, its date unknown), or rejects the match (None: ``31 février``, ``2000
salariés``...).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, TypeAlias

from pipeline.components.dates.calendar_math import Resolved, Tense, infer_year
from pipeline.components.dates.context import Context
from pipeline.text import lower_straight_spaced as fold

#: what a resolver gives: a period, an unresolved value (a dict), or None (not a date)
Resolution: TypeAlias = "Resolved | dict[str, Any] | None"
#: a resolver: the value of one pattern's match in one article
Resolver: TypeAlias = "Callable[[re.Match[str], Context], Resolution]"
#: the bounds of a period given without its year, for a year
Bounds: TypeAlias = Callable[[int], tuple[dt.date, dt.date]]

#: words after a period that put it in the past (``mardi dernier``, ``l'an passé``)...
PAST_WORDS = {"dernier", "dernière", "derniere", "passé", "passée", "passe", "passee"}
#: ... or in the future (``le mois prochain``)
FUTURE_WORDS = {"prochain", "prochaine"}

_SINCE_BEFORE = re.compile(r"depuis\s*$")
_FROM_BEFORE = re.compile(r"dès\s*$")
_UNTIL_BEFORE = re.compile(r"(?:d'ici|d'ici à|jusqu'à|jusqu'au|jusqu'en)(?: la| le| l')?\s*$")


def unresolved(granularity: str, value_end: str | None = None) -> dict[str, Any]:
    """The value of a relative expression in an article without a date: the span is kept."""
    return {"value": None, "value_end": value_end, "granularity": granularity,
            "relative": True}  # fmt: skip


def tense_with(match: re.Match[str], ctx: Context, rel: str | None) -> Tense | None:
    """The tense a date is read in: its direction word (``rel``: ``dernier``, ``prochain``),
    else a cue right before it, else the tense of its governing verb."""
    if rel:
        return "past" if fold(rel) in PAST_WORDS else "future"
    before = ctx.before(match.start(), 25)
    if _SINCE_BEFORE.search(before):
        return "past"  # "depuis novembre": a start in the past
    if _FROM_BEFORE.search(before):
        # "dès lundi": a start, in the past unless the verb is in the future or points ahead
        # in the present ("le ministère promet un rapport dès le premier trimestre")
        tense = ctx.tense(match.start(), match.end())
        return tense or ("future" if ctx.looks_ahead(match.start(), match.end()) else "past")
    if _UNTIL_BEFORE.search(before):
        return "future"  # "d'ici à la mi-janvier", "jusqu'à fin mars"
    if ctx.cues.target_before.search(ctx.before(match.start(), 70)):
        return "future"  # "mis en délibéré au 24 septembre", "reporté à la mi-mars"
    if ctx.cues.results_before.search(ctx.before(match.start(), 50)):
        return "past"  # "publiera jeudi ses résultats du premier semestre"
    return ctx.tense(match.start(), match.end())


def no_year(
    bounds: Bounds,
    granularity: Any,
    match: re.Match[str],
    ctx: Context,
    rel: str | None = None,
    force_end: bool = False,
) -> Resolution:
    """A period given without its year (``en mars``, ``le 5 juillet``): resolved against the
    article's date and the tense (see :func:`~.calendar_math.infer_year`)."""
    if ctx.base is None:
        return unresolved(granularity)
    tense = tense_with(match, ctx, rel)
    try:
        near = granularity in ("day", "month")
        forward = near and bool(ctx.cues.forward_before.search(ctx.before(match.start(), 30)))
        closing = near and tense is None and closing_date(match, ctx, bounds)
        year = infer_year(bounds, ctx.base, tense, nearest=near, forward=forward, closing=closing)
        start, end = bounds(year)
    except ValueError:
        return None
    return Resolved(start, end, granularity, relative=True, force_end=force_end)


def closing_date(match: re.Match[str], ctx: Context, bounds: Bounds) -> bool:
    """A closing date of accounts: ``au 31 décembre``, ``au 30 juin`` (the last day of a
    month after ``au``), ``à fin décembre``."""
    before = " " + ctx.before(match.start(), 12).rstrip()
    if before.endswith(" au"):
        start, end = bounds(2025)
        return start == end and (end + dt.timedelta(days=1)).day == 1
    return before.endswith((" à", " a")) and fold(match.group()).startswith("fin")


def modifier_kind(raw: str | None) -> str | None:
    """``début``/``fin``/``mi`` of a date: ``start``, ``end``, ``middle`` (None for
    ``courant`` or no modifier)."""
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
