"""A sale's price is the buyer's, the seller (or the company sold) its counterpart: the buyer
named after ``à`` / ``au`` / ``au profit de`` following a word of selling, wherever the parser
hung that complement (``cède sa division diagnostic à X``: under the adjective); a sale with
no buyer named keeps no holder."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import facts

SALES = [
    "Brunel Santé cède sa division diagnostic à Harlow Partners pour 1,35 milliard d'euros.",
    "Le groupe Brunel Santé a annoncé la cession de sa division diagnostic au fonds américain "
    "Harlow Partners pour 1,35 milliard d'euros.",
    "Le groupe Brunel Santé a annoncé la cession de sa division au fonds Harlow Partners pour "
    "une valeur d'entreprise de 1,35 milliard d'euros.",
    "Brunel Santé a vendu sa filiale de dialyse au profit de Harlow Partners pour 1,35 milliard "
    "d'euros.",
]


@pytest.mark.parametrize("text", SALES)
def test_the_buyer_holds_the_price_of_a_sale(nlp: Language, text: str) -> None:
    assert facts(nlp, text)[0][:3] == ("price", "Harlow Partners", "Brunel Santé")


def test_the_company_sold_is_the_counterpart(nlp: Language) -> None:
    text = "Le holding Ostrava cède sa filiale Kerival à Harlow Partners pour 410 millions d'euros."
    assert facts(nlp, text)[0][:3] == ("price", "Harlow Partners", "Kerival")


def test_a_sale_without_buyer_has_no_holder(nlp: Language) -> None:
    text = "Le groupe Brunel Santé prévoit de céder pour 150 millions d'euros de terrains."
    assert facts(nlp, text)[0][:3] == ("price", None, "Brunel Santé")
