"""Scoring organisations and people: leading articles, aliases, optional entities, strict and
lenient counts."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.evaluate import score
from tests.evaluate.predictions import counts, gold_doc, pred

AMF = {"name": "Autorité des marchés financiers", "aliases": ["AMF"]}


def test_two_names_for_one_entity_strict_vs_lenient() -> None:
    gold = [gold_doc(organizations=[AMF])]
    names = [{"name": "AMF"}, {"name": "Autorité des Marchés Financiers"}, {"name": "AMF"}]
    report = score(gold, pred(organizations=names))
    assert counts(report.organizations_lenient) == (1, 0, 0)
    assert counts(report.organizations) == (1, 1, 0)
    assert report.organizations.precision == 0.5
    assert report.organizations_lenient.f1 == 1.0
    # The name equal to the canonical one is the hit; the other is the duplicate.
    detail = report.per_doc[0]["fields"]["organizations"]
    assert detail["false_positives"] == [{"name": "AMF", "duplicate_of": AMF["name"]}]


@pytest.mark.parametrize("name", ["l'AMF", "L’AMF", "la AMF", "les AMF", "le AMF", "AMF", " amf "])
def test_leading_article_is_ignored(name: str) -> None:
    gold = [gold_doc(organizations=[{"name": "AMF", "aliases": []}])]
    report = score(gold, pred(organizations=[{"name": name}]))
    assert counts(report.organizations) == (1, 0, 0)


def test_article_is_only_dropped_as_a_word() -> None:
    gold = [gold_doc(organizations=[{"name": "AMF", "aliases": []}])]
    assert counts(score(gold, pred(organizations=[{"name": "LaAMF"}])).organizations) == (0, 1, 1)


def test_optional_entities_are_ignored_and_unknown_names_count() -> None:
    gold = [
        gold_doc(
            organizations=[{"name": "OpenAI", "aliases": []}, {"name": "Microsoft", "aliases": []}],
            organizations_optional=[{"name": "ChatGPT", "aliases": ["Chat GPT"]}],
        )
    ]
    names = [{"name": "OpenAI"}, {"name": "ChatGPT"}, {"name": "chat gpt"}, {"name": "Grok"}]
    report = score(gold, pred(organizations=names))
    assert counts(report.organizations) == (1, 1, 1)
    assert counts(report.organizations_lenient) == (1, 1, 1)
    detail = report.per_doc[0]["fields"]["organizations"]
    assert detail["false_positives"] == [{"name": "Grok"}]
    assert [item["name"] for item in detail["missed"]] == ["Microsoft"]
    assert detail["ignored"] == [{"name": "ChatGPT"}, {"name": "chat gpt"}]


def test_people_by_alias_and_missing_names() -> None:
    gold = [
        gold_doc(
            people=[
                {"name": "Elon Musk", "aliases": ["Musk"]},
                {"name": "Sam Altman", "aliases": ["Altman"]},
            ]
        )
    ]
    rows = [{"name": "Musk"}, {"name": pd.NA}, {"name": None}, {"name": "  "}, {"name": "musk"}]
    report = score(gold, pred(people=rows))
    # "Musk" and "musk" are two distinct names for one person.
    assert counts(report.people_lenient) == (1, 0, 1)
    assert counts(report.people) == (1, 1, 1)
