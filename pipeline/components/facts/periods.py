"""The period a result refers to, from the dates the dates component found near the amount.

``au premier semestre 2024`` → ``2024-H1``, ``au troisième trimestre`` → ``2024-Q3``, ``en
2023`` → ``2023``, ``en juin 2024`` → ``2024-06``, ``sur les neuf premiers mois de 2019`` →
``2019-01/2019-09``, ``sur l'exercice 2023-2024`` → ``2023/2024`` (a period over several months
or years is an ISO 8601 interval, as in the corpus gold). Only measures a period suits get one
(``result_measures`` of ``models/facts/words.json``); the nearest date of the amount's clause
wins.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable

from spacy.tokens import Span

from pipeline.components.facts.document import FactDoc

#: tokens read around the amount for its date
DATE_LEFT = 20
DATE_RIGHT = 10


def _year_month_day(value: object) -> tuple[int, int, int] | None:
    if not isinstance(value, str) or len(value) < 4 or not value[:4].isdigit():
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 0
        day = int(parts[2][:2]) if len(parts) > 2 else 0
    except ValueError:
        return None
    return year, month, day


def quarter_or_half(info: dict) -> str | None:
    """``2024-07-01``…``2024-09-30`` (quarter) → ``2024-Q3``; a semester → ``2024-H1``."""
    start = _year_month_day(info.get("value"))
    if start is None or info.get("granularity") not in ("quarter", "semester"):
        return None
    year, month, _ = start
    if info["granularity"] == "quarter":
        return f"{year}-Q{(month - 1) // 3 + 1}"
    return f"{year}-H{1 if month <= 6 else 2}"


def months_from_january(info: dict) -> str | None:
    """The first months of a year: ``neuf premiers mois de 2019`` → ``2019-01/2019-09``."""
    start = _year_month_day(info.get("value"))
    end = _year_month_day(info.get("value_end"))
    if start is None or end is None or start[0] != end[0] or start[1:] != (1, 1):
        return None
    year, month, day = end
    if month in (12, 0) or day != calendar.monthrange(year, month)[1]:
        return None
    return f"{year}-01/{year}-{month:02d}"


def span_of_years(info: dict) -> str | None:
    """A fiscal year across two years: ``l'exercice 2023-2024`` → ``2023/2024``."""
    start = _year_month_day(info.get("value"))
    end = _year_month_day(info.get("value_end"))
    if start is None or end is None or end[0] != start[0] + 1:
        return None
    return f"{start[0]}/{end[0]}"


def year_or_month(info: dict) -> str | None:
    """``en 2023`` → ``2023``, ``en juin 2024`` → ``2024-06``; a single day: its month."""
    value = info.get("value")
    if info.get("value_end") or not isinstance(value, str):
        return None
    found = _year_month_day(value)
    if found is None:
        return None
    return value[:7] if found[1] else value[:4]


PeriodRule = Callable[[dict], "str | None"]
#: how a date's value becomes a period, in order
PERIOD_RULES: tuple[PeriodRule, ...] = (
    quarter_or_half,
    months_from_january,
    span_of_years,
    year_or_month,
)


def period_value(info: dict) -> str | None:
    """The period of one date (``span._.date``), or None."""
    for rule in PERIOD_RULES:
        found = rule(info)
        if found:
            return found
    return None


def _a_deadline(fd: FactDoc, date: Span) -> bool:
    """Whether the date is a deadline or a maturity (``d'ici 2028``, ``à l'horizon 2030``,
    ``à échéance 2031``: ``horizon_words``), not the period a figure refers to."""
    first = max(date.start - 2, 0)
    last = min(date.start + 2, date.end)
    return any(fd.lex.has("horizon_words", fd.lower(i)) for i in range(first, last))


def _of_a_compared_amount(fd: FactDoc, amount: Span, date: Span) -> bool:
    """Whether a date after the amount follows a compared amount between them (``48,8 ME
    (contre 41,5 ME au premier semestre 2017)``): the date is that amount's period."""
    for i in range(amount.end, date.start):
        other = fd.amount_at.get(i)
        if other is not None and other.start == i:
            before = fd.low[i - 1]
            if fd.lex.has("comparing", before) and before != "dont":
                return True
    return False


def period_of(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """The period of the nearest date of the amount's clause, for a measure that takes one;
    none when that date is a deadline (:func:`_a_deadline`) or the period of a compared amount
    between them (:func:`_of_a_compared_amount`)."""
    if not fd.lex.has("result_measures", measure):
        return None
    start, end = fd.sentence(amount.start)
    best: tuple[int, str | None] | None = None
    for date in fd.dates:
        if date.start < max(start, amount.start - DATE_LEFT) or date.end > min(
            end, amount.end + DATE_RIGHT
        ):
            continue
        period = period_value(date._.date or {})
        if period is None or (date.start >= amount.end and _of_a_compared_amount(fd, amount, date)):
            continue
        distance = amount.start - date.end if date.end <= amount.start else date.start - amount.end
        if best is None or distance < best[0]:
            best = (distance, None if _a_deadline(fd, date) else period)
    return best[1] if best else None
