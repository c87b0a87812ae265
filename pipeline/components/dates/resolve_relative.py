"""Resolvers of relative expressions, placed against the article's date: the words of
``relative.tsv`` (``hier``, ``l'an dernier``, ``cette semaine``), a part of the unit under way
(``en fin d'année``), a duration from the article's date (``il y a trois mois``, ``dans deux
ans``, ``d'ici 2 semaines``) or from a day (``deux semaines avant le 13 mai 1999``).

``il y a``/``dans``/``d'ici`` + duration go through ``dateparser`` with ``RELATIVE_BASE`` = the
article's date. Without an article date the span is kept with ``value`` None (never today's
date). Each resolver tries its "not a date" rules in order first (:data:`NOT_A_RELATIVE_DATE`,
:data:`NOT_AN_OFFSET_DATE`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.components.dates.calendar_math import Resolved, part_of_month, part_of_year, shift
from pipeline.components.dates.context import Context
from pipeline.components.dates.nowadays import nowadays
from pipeline.components.dates.resolve_common import (
    FUTURE_WORDS,
    PAST_WORDS,
    Resolution,
    modifier_kind,
    tense_with,
    unresolved,
)
from pipeline.text import lower_straight_spaced as fold

#: how dateparser names each unit
DATEPARSER_UNIT = {"day": "jours", "week": "semaines", "month": "mois", "year": "ans"}
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


def relative_part(m: re.Match[str], ctx: Context) -> Resolution:
    """``en fin d'année``, ``au début du mois``, ``fin de l'année dernière``: the unit under
    way (or the one before/after), at the precision of the text."""
    mod = modifier_kind(m["mod"])
    unit = fold(m["unit"])
    if mod is None:
        return None  # "courant de l'année"
    granularity = {"année": "year", "an": "year", "mois": "month"}.get(unit, "week")
    if ctx.base is None:
        return unresolved(granularity)
    # "depuis le début de l'année" too: the corpus keeps the precision of the text
    # "en fin d'année" keeps the precision of the text: this year, month or week
    rel = fold(m["rel"] or "")
    offset = -1 if rel in PAST_WORDS else (1 if rel in FUTURE_WORDS else 0)
    if not rel and granularity in ("year", "month"):
        offset = part_offset(mod, granularity, m, ctx)
    start, end = shift(ctx.base, granularity, offset)  # "fin de l'année dernière"
    return Resolved(start, end, granularity, relative=True)  # type: ignore[arg-type]


def part_offset(mod: str, granularity: str, m: re.Match[str], ctx: Context) -> int:
    """The unit whose part is meant, when the text names none: the one under way, unless the
    tense says its part is not there yet or already over (``en fin d'année, la société a
    renoué avec les bénéfices`` in March: last year's end; ``en début d'année, le groupe
    lancera…`` in November: next year's start)."""
    assert ctx.base is not None
    tense = tense_with(m, ctx, None)
    if tense is None:
        return 0
    start, _ = shift(ctx.base, granularity, 0)
    if granularity == "year":
        lo, hi = part_of_year(mod, start.year)
    else:
        lo, hi = part_of_month(mod, start.year, start.month)
    if tense == "past" and lo > ctx.base:
        return -1
    if tense == "future" and hi < ctx.base:
        return 1
    return 0


@dataclass
class RelativeMatch:
    """A relative expression (``expr``, folded), its offset in units, and the folded text
    before it (``lead``)."""

    match: re.Match[str]
    ctx: Context
    expr: str
    offset: int
    lead: str


def _nowadays(r: RelativeMatch) -> bool:
    """``aujourd'hui`` meaning "nowadays" (see :mod:`.nowadays`)."""
    return r.expr == "aujourd'hui" and nowadays(r.match, r.ctx)


def _contrast(r: RelativeMatch) -> bool:
    """``ni aujourd'hui ni demain``, ``pour dix ans, pas pour le prochain trimestre``."""
    return _CONTRAST_BEFORE.search(r.lead) is not None


def _comparison(r: RelativeMatch) -> bool:
    """``en avance de 4 % sur l'an dernier``: a comparison, year on year."""
    return r.offset < 0 and _COMPARED_BEFORE.search(r.lead) is not None


def _of_tomorrow(r: RelativeMatch) -> bool:
    """``les usines de demain``: the future in general."""
    return r.expr == "demain" and _OF_TOMORROW.search(r.lead) is not None


#: the rules that make a relative expression no date, tried in this order
NOT_A_RELATIVE_DATE: tuple[Callable[[RelativeMatch], bool], ...] = (
    _nowadays,
    _contrast,
    _comparison,
    _of_tomorrow,
)


def relative(m: re.Match[str], ctx: Context) -> Resolution:
    """``hier``, ``l'an dernier``, ``cette semaine``, ``la veille`` (``relative.tsv``): the
    unit containing the article's date, moved by the expression's offset."""
    expr = fold(m["rel_expr"])
    entry = ctx.lex.relative.get(expr)
    if entry is None:
        return None
    unit, offset = entry
    lead = fold(ctx.text[max(0, m.start("rel_expr") - 40) : m.start("rel_expr")])
    found = RelativeMatch(m, ctx, expr, offset, lead)
    if any(rule(found) for rule in NOT_A_RELATIVE_DATE):
        return None
    if ctx.base is None:
        return unresolved(unit)
    start, end = shift(ctx.base, unit, offset)
    return Resolved(start, end, unit, relative=True)  # type: ignore[arg-type]


@dataclass
class OffsetMatch:
    """A duration from the article's date: ``kind`` is ``ilya``, ``voici``, ``dans``,
    ``d'ici`` or ``depuis``; ``n`` units of ``unit``."""

    match: re.Match[str]
    ctx: Context
    kind: str
    n: int
    unit: str

    def in_quote(self) -> bool:
        return self.ctx.in_quote(self.match.start(), self.match.end())


def _vague_look_back(o: OffsetMatch) -> bool:
    """``il y a deux ans``, ``il y a quinze ans``: a look back counted in years tells no year
    (two years back from November is this side or that of a new year), not a date; ``il y a
    trois mois`` is one."""
    return o.unit == "year" and o.kind in ("ilya", "voici")


def _vague_horizon(o: OffsetMatch) -> bool:
    """``d'ici trois ans``, ``d'ici dix ans``: a horizon counted in years is vague, not a date
    (``d'ici 2 semaines`` is one)."""
    return o.kind == "d'ici" and o.unit == "year"


def _duration(o: OffsetMatch) -> bool:
    """``les salaires sont gelés depuis deux ans``: a duration, not a date."""
    return o.kind == "depuis"


def _speaker_horizon(o: OffsetMatch) -> bool:
    """``« On verra dans deux ans »``: a speaker's horizon, not a date."""
    return o.kind == "dans" and o.in_quote()


#: the rules that make a duration no date, tried in this order
NOT_AN_OFFSET_DATE: tuple[Callable[[OffsetMatch], bool], ...] = (
    _vague_look_back,
    _vague_horizon,
    _duration,
    _speaker_horizon,
)


def offset(m: re.Match[str], ctx: Context) -> Resolution:
    """``il y a trois mois``, ``voici deux ans``, ``dans deux ans`` (a day, month or year);
    ``d'ici 2 semaines`` (the article's date → the deadline)."""
    n = ctx.lex.count(m["n"])
    unit = ctx.lex.unit_of.get(fold(m["u"]))
    if n is None or unit is None or n > 500:
        return None
    kind = fold(m["kind"]).replace(" ", "")
    if any(rule(OffsetMatch(m, ctx, kind, n, unit)) for rule in NOT_AN_OFFSET_DATE):
        return None
    granularity = "day" if unit == "week" else unit
    if ctx.base is None:
        return unresolved(granularity)
    direction = "past" if kind in ("ilya", "depuis", "voici") else "future"
    moved = relative_offset(ctx.base, n, unit, direction)
    if moved is None:
        return None
    if kind == "d'ici":
        return Resolved(ctx.base, moved, granularity, relative=True, force_end=True)  # type: ignore[arg-type]
    return Resolved(moved, moved, granularity, relative=True)  # type: ignore[arg-type]


def moved_by_duration(
    ctx: Context, span: Span, result: Resolved, taken: list[tuple[int, int]]
) -> tuple[Span, Resolved]:
    """``deux semaines avant le 13 mai 1999``, ``trois jours après le 5 mars``: a day moved
    by a duration written before it (the span grows to cover the duration)."""
    if result.granularity != "day" or result.start != result.end:
        return span, result
    doc: Doc = ctx.doc
    head = ctx.text[max(0, span.start_char - 40) : span.start_char]
    match = ctx.cues.offset_before.search(head)
    if match is None:
        return span, result
    n = ctx.lex.count(match["n"])
    unit = ctx.lex.unit_of.get(fold(match["u"]))
    if n is None or unit is None or n > 500:
        return span, result
    start_char = span.start_char - len(head) + match.start()
    if any(s < span.start_char and start_char < e for s, e in taken):
        return span, result  # the duration belongs to a date found before
    direction = "past" if fold(match["dir"]) == "avant" else "future"
    moved = relative_offset(result.start, n, unit, direction)
    grown = doc.char_span(start_char, span.end_char, alignment_mode="expand")
    if moved is None or grown is None:
        return span, result
    return grown, Resolved(moved, moved, "day", relative=result.relative)


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
