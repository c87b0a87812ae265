"""Resolvers of years: a bare year (``en 2015``, ``2024 a été une année record``), a range of
years (``2024-2025``, ``2024/25``, ``de 2014 à 2018``), a part of a year (``fin 2025``), a
decade (``les années 1990``), a deadline (``d'ici 2028``).

A bare four-digit number is a year in a date context only: the rules of :data:`NOT_A_YEAR`
tell a count (``2000 salariés``, ``plus de 2015``), an address (``2024 rue…``), an amount or
a name (``Vision 2030``) from a year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span, Token

from pipeline.components.dates.calendar_math import Resolved
from pipeline.components.dates.context import Context
from pipeline.text import lower_straight_spaced as fold

_YEAR_CONTEXT_WORDS = re.compile(r"[\w'°.]+")
_DIGIT_BEFORE = re.compile(r"\d[ \u00a0\u202f]*$")
#: a capitalised word (group 2) right before, and the character before it (group 1)
_NAME_BEFORE = re.compile(
    r"(?:^|([^\s\u00a0\u202f])[ \t\u00a0\u202f]*)\b([A-Z][\w\-]*)[ \u00a0\u202f]$"
)


def year_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    """``2024-2025``, ``2024/25`` (a fiscal year), ``de 2014 à 2018``, ``entre 2014 et
    2018``: first day of the first year, last day of the last."""
    y1 = int(m["y1"])
    raw2 = m["y2"]
    if len(raw2) == 2:
        y2 = (y1 // 100) * 100 + int(raw2)
        if y2 != y1 + 1:  # 2024/25 (fiscal year); 2024-12 is not a range
            return None
    else:
        y2 = int(raw2)
    if not y1 < y2 <= y1 + 30:
        return None  # "2025-2019", "1990-2050": not a span of years
    word = fold(m["word"] or "")
    pre = fold(m["pre"] or "")
    if word == "et" and pre != "entre":
        return None  # "en 2014 et 2018": two years, not a range
    if word in ("à", "au") and pre not in ("de", "du"):
        return None  # "passé en 2014 à 2018 salariés"
    if m["sep"] and "/" in m["sep"] and y2 != y1 + 1:
        return None  # "2014/2018": a slash joins a fiscal year only
    return Resolved(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year")


def year_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    """``début 2025``, ``fin 2024``, ``mi-2025``, ``fin de l'année 2024``."""
    y = int(m["y"])  # "fin 2025" keeps the precision of the text: the year
    return Resolved(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    """``les années 1990``, ``années 90``, ``les années quatre-vingt``: ten years."""
    if m.groupdict().get("decw"):
        first = ctx.lex.decade_of.get(fold(m["decw"]).replace("-", " "), 0)
        if not 1900 <= first <= 2090:
            return None
        return Resolved(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "year")
    raw = m["dec"]
    first = int(raw)
    if len(raw) == 2:  # "années 90" → 1990, "années 20" → 2020
        first += 1900 if first >= 30 else 2000
    if not 1900 <= first <= 2090:
        return None
    return Resolved(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "year")


def until_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """``d'ici 2028``: the deadline year (not one already past)."""
    y = int(m["y"])  # "d'ici 2028": the deadline year
    if ctx.base is not None and y < ctx.base.year:
        return None
    return Resolved(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


@dataclass
class YearMatch:
    """A bare year and its context: the year, the words before it (``prev`` the last,
    without a final dot; ``prev2`` the one before)."""

    match: re.Match[str]
    ctx: Context
    year: int
    words: list[str]

    @property
    def prev(self) -> str:
        return self.words[-1].rstrip(".") if self.words else ""

    @property
    def prev2(self) -> str:
        return self.words[-2] if len(self.words) > 1 else ""

    @property
    def triggered(self) -> bool:
        """After a word of ``year_triggers.txt`` (``en``, ``depuis``, ``l'exercice``)."""
        prev, triggers = self.prev, self.ctx.lex.year_triggers
        return prev in triggers or prev.split("'")[-1] in triggers

    @cached_property
    def span(self) -> Span | None:
        return self.ctx.char_span(self.match.start(), self.match.end())

    @cached_property
    def next_token(self) -> Token | None:
        span, doc = self.span, self.ctx.doc
        return doc[span.end] if span is not None and span.end < len(doc) else None


def _label_before(y: YearMatch) -> bool:
    """After a word of ``negative_before.txt``: ``rue``, ``n°``, ``page``, ``article``."""
    negative = y.ctx.lex.negative_before
    return y.prev in negative or bool(y.words and y.words[-1] in negative)


def _count_before(y: YearMatch) -> bool:
    """After a word of ``quantity_before.txt``: ``plus de 2000``, ``les 1500 postes``."""
    quantity = y.ctx.lex.quantity_before
    return y.prev in quantity or (y.prev in ("de", "d'") and y.prev2 in quantity)


def _part_of_a_number(y: YearMatch) -> bool:
    """The end of a number written with spaces: ``12 2015``."""
    start = y.match.start()
    return _DIGIT_BEFORE.search(y.ctx.text[max(0, start - 3) : start]) is not None


def _no_tokens(y: YearMatch) -> bool:
    """No token covers it (never seen: a safeguard)."""
    return y.span is None


def _counted_noun_after(y: YearMatch) -> bool:
    """A lower-case noun after it: ``2000 salariés``, ``de 2015 euros``."""
    nxt = y.next_token
    return nxt is not None and nxt.pos_ == "NOUN" and nxt.text[:1].islower()


def _unit_after(y: YearMatch) -> bool:
    """A percent or currency sign after it: ``2025 €``, ``2000 %``."""
    nxt = y.next_token
    return nxt is not None and nxt.text in ("%", "€", "$", "£")


def _untriggered_far_year(y: YearMatch) -> bool:
    """Without a trigger word, a number out of 1950-2100 is not read as a year."""
    return not y.triggered and not 1950 <= y.year <= 2100


def _untriggered_after_article(y: YearMatch) -> bool:
    """Without a trigger word, after an article or a preposition of counts: ``le 2024``,
    ``sur 2000``, ``contre 1980``."""
    return not y.triggered and y.prev in ("le", "la", "un", "une", "à", "sur", "par", "contre")


def _part_of_a_name(y: YearMatch) -> bool:
    """``Vision 2030``, ``Horizon 2020``, ``Paris 2024``: a name."""
    return after_name(y.ctx.text, y.match.start())


#: the rules that make a bare four-digit number no year, tried in this order
NOT_A_YEAR: tuple[Callable[[YearMatch], bool], ...] = (
    _label_before,
    _count_before,
    _part_of_a_number,
    _no_tokens,
    _counted_noun_after,
    _unit_after,
    _untriggered_far_year,
    _untriggered_after_article,
    _part_of_a_name,
)


def year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A bare year in a date context: ``en 2015``, ``(2019)``, ``2024 a été une année
    record``."""
    found = YearMatch(m, ctx, int(m["y"]), _YEAR_CONTEXT_WORDS.findall(ctx.before(m.start(), 60)))
    if any(rule(found) for rule in NOT_A_YEAR):
        return None
    return Resolved(dt.date(found.year, 1, 1), dt.date(found.year, 12, 31), "year")


def after_name(text: str, start: int) -> bool:
    """A capitalised word (not the first of a sentence) right before ``start``."""
    match = _NAME_BEFORE.search(text[max(0, start - 60) : start])
    if match is None or match.group(1) is None:
        return False
    return match.group(1) not in '.!?«»"“:(' and len(match.group(2)) > 1
