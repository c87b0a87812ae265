"""Amounts in euros: the European Central Bank reference rate of the article's date.

:func:`to_eur` gives ``(value in euros, date of the rate used)``. The rates are the ECB history
since 1999 shipped by the ``currencyconverter`` package, loaded once per process
(:func:`ecb_rates`) the first time a currency other than the euro is converted. The rules:

* the euro is its own value (no rate date);
* a currency pegged to the euro at a fixed rate (``models/facts/euro_pegs.tsv``: the CFA francs
  XOF/XAF at 655.957 per euro, the Comorian franc KMF at 491.96775…) is divided by its peg (no
  rate date: the peg never changes);
* another currency takes the rate of the article's date; a day without a rate (a week-end, a
  holiday) takes the nearest earlier rate; a date after the last rate shipped, or an unknown
  article date, takes the latest rate; a date before the first rate of the currency, or a
  currency the ECB does not publish, gives no value (``None, None``).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from pipeline.resources import load_file

#: the file of the fixed pegs: ``code<TAB>units per euro``
PEGS_FILE = "facts/euro_pegs.tsv"
#: days looked back for the nearest earlier rate inside a currency's history (ECB holidays
#: last at most four days)
MAX_DAYS_BACK = 10


@lru_cache(maxsize=1)
def euro_pegs() -> dict[str, float]:
    """Currency code -> units per euro, of the currencies pegged to the euro."""
    return {code.strip().upper(): float(rate) for code, rate, *_ in load_file(PEGS_FILE)}


@lru_cache(maxsize=1)
def ecb_rates() -> Any:
    """The ECB rates (a ``currency_converter.CurrencyConverter``), loaded once per process;
    None when the package is not installed."""
    try:
        from currency_converter import CurrencyConverter
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return CurrencyConverter()


def parse_day(value: object) -> dt.date | None:
    """The day of an ISO date string (``2024-06-15``, a longer timestamp too), else None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def rate_on(currency: str, day: dt.date | None) -> tuple[float, dt.date] | None:
    """``(units of currency per euro, the rate's date)`` at ``day`` (the latest when None), or
    None when the ECB gives no rate then."""
    from currency_converter import RateNotFoundError

    rates = ecb_rates()
    if rates is None or currency not in rates.currencies:
        return None
    first, last = rates.bounds[currency]
    if day is None or day > last:
        day = last
    for back in range(MAX_DAYS_BACK + 1):
        when = day - dt.timedelta(days=back)
        if when < first:
            return None
        try:
            return float(rates.convert(1.0, "EUR", currency, date=when)), when
        except RateNotFoundError:  # no rate that day: one day earlier
            continue
    return None


def to_eur(
    value: float | None, currency: str | None, day: dt.date | None
) -> tuple[float | None, str | None]:
    """``(value in euros, ISO date of the rate)`` of ``value`` ``currency`` at the rate of
    ``day`` (see the module's docstring); ``(None, None)`` when it cannot be converted."""
    if value is None or not currency:
        return None, None
    code = currency.upper()
    if code == "EUR":
        return value, None
    peg = euro_pegs().get(code)
    if peg is not None:
        return value / peg, None
    found = rate_on(code, day)
    if found is None:
        return None, None
    rate, when = found
    return value / rate, when.isoformat()
