"""Amounts in euros at the ECB rate of the article's date (pipeline.rates)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.rates import ecb_rates, euro_pegs, parse_day, rate_on, to_eur


def test_the_euro_is_its_own_value() -> None:
    assert to_eur(12.5, "EUR", dt.date(2020, 5, 4)) == (12.5, None)


def test_a_peg_is_fixed() -> None:
    assert to_eur(655.957, "XOF", None) == (pytest.approx(1.0), None)
    assert to_eur(655957.0, "XAF", dt.date(2001, 1, 2)) == (pytest.approx(1000.0), None)
    assert euro_pegs()["KMF"] == pytest.approx(491.96775)


def test_a_currency_takes_the_rate_of_the_day() -> None:
    value, when = to_eur(100.0, "USD", dt.date(2024, 6, 14))  # a Friday
    rate = ecb_rates().convert(1.0, "EUR", "USD", date=dt.date(2024, 6, 14))
    assert when == "2024-06-14"
    assert value == pytest.approx(100.0 / rate)


def test_a_day_without_rate_takes_the_nearest_earlier() -> None:
    saturday = to_eur(100.0, "USD", dt.date(2024, 6, 15))
    friday = to_eur(100.0, "USD", dt.date(2024, 6, 14))
    assert saturday == friday
    assert saturday[1] == "2024-06-14"


def test_an_unknown_date_takes_the_latest_rate() -> None:
    latest = ecb_rates().bounds["USD"].last_date
    assert to_eur(1.0, "USD", None)[1] == latest.isoformat()
    assert rate_on("USD", dt.date(2999, 1, 1)) == rate_on("USD", None)


def test_what_cannot_be_converted_is_na() -> None:
    assert to_eur(10.0, "NGN", None) == (None, None)  # no ECB rate
    assert to_eur(10.0, "USD", dt.date(1990, 1, 1)) == (None, None)  # before 1999
    assert to_eur(None, "USD", None) == (None, None)
    assert to_eur(10.0, None, None) == (None, None)


def test_parse_day() -> None:
    assert parse_day("2024-06-15") == dt.date(2024, 6, 15)
    assert parse_day("2024-06-15T10:00:00") == dt.date(2024, 6, 15)
    assert parse_day("2024") is None
    assert parse_day(None) is None
