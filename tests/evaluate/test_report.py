"""The figures: precision, recall and F1 from the counts (both sides empty, one side empty),
and the report as a table, as errors and as JSON."""

from __future__ import annotations

import json

import pytest

from pipeline.evaluate import FIELDS, PRF, EvalReport, score
from tests.evaluate.predictions import GOLD_WORDS, counts, pred, quote_doc


def test_prf_arithmetic() -> None:
    prf = PRF(tp=2, fp=1, fn=3)
    assert prf.precision == pytest.approx(2 / 3)
    assert prf.recall == pytest.approx(2 / 5)
    assert prf.f1 == pytest.approx(2 * (2 / 3) * (2 / 5) / (2 / 3 + 2 / 5))
    assert counts(prf + PRF(1, 1, 1)) == (3, 2, 4)


@pytest.mark.parametrize(
    ("prf", "expected"),
    [
        (PRF(0, 0, 0), (1.0, 1.0, 1.0)),  # nothing to find, nothing found
        (PRF(0, 2, 0), (0.0, 0.0, 0.0)),  # gold empty, predictions not
        (PRF(0, 0, 2), (0.0, 0.0, 0.0)),  # predictions empty, gold not
        (PRF(0, 1, 1), (0.0, 0.0, 0.0)),
    ],
)
def test_prf_empty_sides(prf: PRF, expected: tuple[float, float, float]) -> None:
    assert (prf.precision, prf.recall, prf.f1) == expected


def test_report_outputs() -> None:
    gold = [quote_doc(amounts=[{"value": 97.4e9, "currency": "USD"}])]
    report = score(gold, pred(quotes=[{"quote": " ".join(GOLD_WORDS), "speaker": "il"}]))
    table = report.format_table()
    lines = table.splitlines()
    assert lines[0].split() == ["field", "precision", "recall", "F1", "tp", "fp", "fn"]
    for name in FIELDS:
        assert any(line.split()[0] == name for line in lines), name
    attributed = next(line for line in lines if line.startswith("quotes_attributed "))
    assert attributed.split()[1:] == ["0.000", "0.000", "0.000", "0", "1", "1"]
    assert "(1 documents" in table

    data = json.loads(json.dumps(report.to_dict()))
    assert data["n_docs"] == 1
    assert set(FIELDS) <= set(data)
    assert data["quotes"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert data["per_doc"][0]["id"] == "d"

    errors = report.format_errors()
    assert "== d" in errors
    assert "97 400 000 000 USD" in errors
    assert "gold speaker: Elon Musk" in errors
    assert "Baron Capital Group" in errors
    assert EvalReport().format_errors() == "No errors."
