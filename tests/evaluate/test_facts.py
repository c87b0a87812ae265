"""The facts scores of FACTS.md on small hand-made gold and predictions: measure, holder and
counterpart accuracy over the matched amounts, and the fact F1."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.evaluate import score
from pipeline.evaluate.facts import Accuracy, name_matches
from tests.evaluate.predictions import counts, gold_doc, pred

ORGS = [
    {"name": "CMA CGM", "aliases": ["CMA-CGM"]},
    {"name": "Altice Media", "aliases": []},
    {"name": "Autorité de la concurrence", "aliases": ["l'Autorité"]},
]


def fact(value: float, measure: str | None, holder: str | None, counterpart: str | None = None):
    item: dict[str, Any] = {"value": value, "currency": "EUR"}
    if measure is not None:
        item.update(measure=measure, holder=holder, counterpart=counterpart, period=None)
    return item


def row(value: float, measure: str, holder: str | None, counterpart: str | None = None, **kw):
    return {
        "text": str(value),
        "value": value,
        "currency": "EUR",
        "measure": measure,
        "holder": holder,
        "counterpart": counterpart,
        **kw,
    }


def test_all_right() -> None:
    gold = [
        gold_doc(amounts=[fact(1.55e9, "price", "CMA CGM", "Altice Media")], organizations=ORGS)
    ]
    report = score(gold, pred(amounts=[row(1.55e9, "price", "CMA CGM", "Altice Media")]))
    assert counts(report.facts) == (1, 0, 0)
    assert report.measure_accuracy == Accuracy(1, 1)
    assert report.holder_accuracy == Accuracy(1, 1)
    assert report.counterpart_accuracy == Accuracy(1, 1)


def test_the_arithmetic() -> None:
    gold = [
        gold_doc(
            amounts=[
                fact(100.0, "revenue", "CMA CGM"),  # right (alias of the holder)
                fact(200.0, "profit", "CMA CGM"),  # wrong measure
                fact(300.0, "fine", "CMA CGM", "Autorité de la concurrence"),  # wrong holder
                fact(400.0, "cost", None),  # null holder: NA only
                fact(500.0, "debt", "CMA CGM"),  # not found
                fact(600.0, None, None),  # no measure: not scored as a fact
            ],
            organizations=ORGS,
        )
    ]
    rows = [
        row(100.0, "revenue", "CMA-CGM"),
        row(200.0, "revenue", "CMA CGM"),
        row(300.0, "fine", "Altice Media", "l'Autorité"),
        row(400.0, "cost", None),
        row(600.0, "other", None),  # matched to the gold amount without measure: ignored
        row(700.0, "other", None),  # no gold amount: a false positive
    ]
    report = score(gold, pred(amounts=rows))
    # correct facts: 100 and 400; fp: 200, 300, 700; fn: 200, 300, 500
    assert counts(report.facts) == (2, 3, 3)
    assert report.facts.f1 == pytest.approx(4 / 10)
    assert report.measure_accuracy == Accuracy(3, 4)
    assert report.holder_accuracy == Accuracy(3, 4)
    assert report.counterpart_accuracy == Accuracy(1, 1)


def test_a_range_gives_its_fact_to_both_bounds() -> None:
    gold = [gold_doc(amounts=[fact(16.0, "revenue", "CMA CGM"), fact(18.0, "revenue", "CMA CGM")])]
    report = score(gold, pred(amounts=[row(16.0, "revenue", "CMA CGM", value_max=18.0)]))
    assert counts(report.facts) == (2, 0, 0)
    assert report.measure_accuracy == Accuracy(2, 2)


def test_a_set_without_facts_gold_scores_no_fact() -> None:
    gold = [gold_doc(amounts=[{"value": 5.0, "currency": "EUR"}])]
    report = score(gold, pred(amounts=[row(5.0, "price", "X"), row(9.0, "other", None)]))
    assert counts(report.facts) == (0, 0, 0)
    assert report.measure_accuracy.accuracy is None
    assert "measure accuracy  n/a" in report.format_table()


def test_the_figures_are_in_the_json_and_the_table() -> None:
    gold = [gold_doc(amounts=[fact(1.0, "price", "CMA CGM")])]
    report = score(gold, pred(amounts=[row(1.0, "price", None)]))
    data = report.to_dict()
    assert data["measure_accuracy"] == {"accuracy": 1.0, "correct": 1, "total": 1}
    assert data["holder_accuracy"]["accuracy"] == 0.0
    assert data["facts"]["tp"] == 0
    assert "holder accuracy  0.000  (0/1)" in report.format_table()
    assert "price / CMA CGM (predicted: price / None)" in report.format_errors()


def test_name_matches() -> None:
    doc = gold_doc(organizations=ORGS)
    assert name_matches(doc, "CMA CGM", "cma-cgm")
    assert name_matches(doc, "Autorité de la concurrence", "l'Autorité")
    assert not name_matches(doc, "CMA CGM", "Altice Media")
    assert name_matches(doc, None, None)
    assert not name_matches(doc, None, "CMA CGM")
    assert not name_matches(doc, "CMA CGM", None)
