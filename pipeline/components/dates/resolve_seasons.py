"""Resolver of seasons: ``au printemps 2026``, ``l'été dernier``, ``cet hiver``.

Seasons are meteorological: first and last day of their three months (``seasons.tsv``; winter
runs into the next year), granularity ``period``. A season word is a date only with a year, a
direction word or ``cet``/``ce``; the rules of :data:`NOT_A_SEASON` say when it is not one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Token

from pipeline.components.dates.calendar_math import Resolved, Tense, month_bounds
from pipeline.components.dates.context import Context
from pipeline.components.dates.resolve_common import Resolution, tense_with, unresolved
from pipeline.text import lower_straight_spaced as fold


@dataclass
class SeasonMatch:
    """What a match of the season pattern says: the season word, its determiner (folded,
    ``""`` when none), its year and its direction word."""

    match: re.Match[str]
    ctx: Context
    word: str
    det: str
    year: str | None
    rel: str | None

    @cached_property
    def next_token(self) -> Token | None:
        """The word right after the season (None at the end of the text)."""
        after = self.ctx.char_span(self.match.end(), len(self.ctx.text))
        return after[0] if after is not None and len(after) else None


def _bare_word(s: SeasonMatch) -> bool:
    """No determiner, year nor direction word (``printemps``), or ``été`` without a
    determiner: a participle (``a été``, ``a été dernier du classement``)."""
    return not (s.det or s.year or s.rel) or (not s.det and s.word in ("été", "ete"))


def _wrong_determiner(s: SeasonMatch) -> bool:
    """``le``/``ce`` go with ``printemps`` only (``cet hiver``, ``l'été``)."""
    return s.det in ("le", "ce") and s.word != "printemps"


def _no_year_nor_this(s: SeasonMatch) -> bool:
    """A season with neither a year, a direction word nor ``cet``/``ce`` is no date: ``au
    printemps``, ``jusqu'à l'automne``."""
    return not (s.year or s.rel or s.det in ("cet", "ce"))


def _adjective_after(s: SeasonMatch) -> bool:
    """``l'hiver démographique``, ``le printemps arabe``: not a season of the calendar."""
    token = s.next_token
    return token is not None and token.pos_ == "ADJ" and not s.rel


def _season_of_something(s: SeasonMatch) -> bool:
    """``le printemps de Prague``, ``l'automne de sa vie``: a figure, without a year."""
    token = s.next_token
    of_what = token is not None and fold(token.text) in ("de", "des", "du")
    return of_what and not s.year and not s.rel


#: the rules that make a season word no date, tried in this order
NOT_A_SEASON: tuple[Callable[[SeasonMatch], bool], ...] = (
    _bare_word,
    _wrong_determiner,
    _no_year_nor_this,
    _adjective_after,
    _season_of_something,
)


def season(m: re.Match[str], ctx: Context) -> Resolution:
    """``au printemps 2026``, ``l'été dernier``, ``cet hiver``: meteorological seasons,
    first and last day (granularity ``period``)."""
    months = ctx.lex.season_of.get(fold(m["s"]))
    if months is None:
        return None
    found = SeasonMatch(m, ctx, fold(m["s"]), fold(m["det"] or ""), m["y"], m["rel"])
    if any(rule(found) for rule in NOT_A_SEASON):
        return None
    first, last = months

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        end_year = year + 1 if last < first else year
        return month_bounds(year, first)[0], month_bounds(end_year, last)[1]

    if m["y"]:
        start, end = bounds(int(m["y"]))
        return Resolved(start, end, "period")
    if ctx.base is None:
        return unresolved("period")
    rel = fold(m["rel"] or "")
    year, tense = _season_year(bounds, ctx.base, rel, m, ctx)
    if tense == "future" and rel:
        # "l'été prochain": the corpus gives the year of the coming season
        return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", relative=True)
    start, end = bounds(year)
    return Resolved(start, end, "period", relative=True)


def _season_year(
    bounds: Callable[[int], tuple[dt.date, dt.date]],
    base: dt.date,
    rel: str,
    m: re.Match[str],
    ctx: Context,
) -> tuple[int, Tense | None]:
    """The year a season without one starts in, and the tense it was read in: the season
    under way (``cet hiver``), else the last one over (``l'été dernier``, or a past verb),
    else the coming one."""
    years = [base.year - 2, base.year - 1, base.year, base.year + 1]
    current = [y for y in years if bounds(y)[0] <= base <= bounds(y)[1]]
    past = [y for y in years if bounds(y)[1] < base]
    coming = [y for y in years if bounds(y)[0] > base]
    tense: Tense | None = "past" if rel in ("dernier", "passé") else ("future" if rel else None)
    if tense is None and not current:
        tense = tense_with(m, ctx, None)
    if tense == "past" or (tense is None and not current and not coming):
        return past[-1], tense  # the last season over before the article's date
    if tense == "future" or not current:
        return coming[0], tense
    return current[0], tense  # "cet hiver": the season under way
