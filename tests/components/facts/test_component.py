"""fr_facts as a component: where it sits, what it writes, how it fails, and the columns of
the amounts table."""

from __future__ import annotations

import pytest
from spacy.language import Language

import pipeline
from pipeline.components.facts.component import NO_FACT
from pipeline.tables import SCHEMAS
from tests.components.facts.helpers import run

FACT_COLUMNS = ("measure", "holder", "counterpart", "period", "value_eur", "value_max_eur")


def test_runs_after_the_components_it_reads(nlp: Language) -> None:
    names = nlp.pipe_names
    for before in ("fr_org_people", "fr_amounts", "fr_dates"):
        assert names.index(before) < names.index("fr_facts")


def test_every_amount_gets_a_fact(nlp: Language) -> None:
    doc = run(nlp, "Il a payé 3 euros. Airbus vise 70 milliards d'euros de ventes en 2025.")
    spans = list(doc.spans["amounts"])
    assert len(spans) == 2
    for span in spans:
        assert set(span._.fact) == {"measure", "holder", "counterpart", "period"}
        assert span._.fact["measure"]


def test_a_failing_rule_writes_the_empty_fact(nlp: Language, monkeypatch) -> None:
    from pipeline.components.facts import component

    def broken(*args: object) -> None:
        raise ValueError("a rule broke")

    monkeypatch.setattr(component, "find_facts", broken)
    doc = run(nlp, "La société a levé 10 millions d'euros.")
    assert [span._.fact for span in doc.spans["amounts"]] == [NO_FACT]


def test_the_amounts_table_has_the_fact_columns() -> None:
    for column in FACT_COLUMNS:
        assert column in SCHEMAS["amounts"]
    assert SCHEMAS["amounts"]["value_eur"] == "float64"
    assert SCHEMAS["amounts"]["eur_rate_date"] == "string"


@pytest.mark.slow
def test_extract_writes_the_facts_and_the_euro_value(nlp: Language) -> None:
    text = "Orange a réalisé un chiffre d'affaires de 40 milliards de dollars en 2023."
    result = pipeline.extract([text], nlp=nlp, date="2024-03-15")
    row = result.amounts.iloc[0]
    assert (row["measure"], row["holder"], row["period"]) == ("revenue", "Orange", "2023")
    assert row["eur_rate_date"] == "2024-03-15"
    assert 30e9 < row["value_eur"] < 40e9
    empty = pipeline.extract([""], nlp=nlp).amounts
    assert list(empty.columns) == list(SCHEMAS["amounts"])
