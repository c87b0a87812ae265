"""What an amount measures (``FACTS.md`` vocabulary), from the words governing it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import measures

CASES = [
    # the noun governing the amount
    ("Le groupe a réalisé un chiffre d'affaires de 12 milliards d'euros.", ["revenue"]),
    ("La PME revendique 3 millions d'euros de ventes à l'export.", ["revenue"]),
    ("Le fabricant affiche un bénéfice net de 45 millions d'euros.", ["profit"]),
    ("La compagnie a essuyé une perte nette de 120 millions d'euros.", ["loss"]),
    ("Le régulateur lui a imposé une amende de 2 millions d'euros.", ["fine"]),
    ("La start-up boucle une levée de fonds de 15 millions d'euros.", ["funding"]),
    ("L'État accorde une subvention de 800 000 euros au chantier naval.", ["aid"]),
    ("Sa dette nette atteint 4,2 milliards d'euros.", ["debt"]),
    ("Le conseil proposera un dividende de 2,10 euros par action.", ["dividend"]),
    ("Le constructeur décroche une commande de 600 millions d'euros.", ["order"]),
    ("La rémunération du patron a atteint 6 millions d'euros.", ["pay"]),
    ("Le plan prévoit 300 millions d'euros d'économies d'ici deux ans.", ["cost"]),
    ("La jeune pousse est valorisée à 2 milliards de dollars.", ["valuation"]),
    ("Sa capitalisation boursière dépasse 50 milliards d'euros.", ["valuation"]),
    # the verb governing the amount
    ("La société de logiciels a levé 40 millions d'euros auprès de fonds américains.", ["funding"]),
    ("Le groupe va investir 1 milliard d'euros dans une usine de batteries.", ["investment"]),
    ("Les inondations ont coûté 90 millions d'euros à l'assureur.", ["cost"]),
    # a price: pour after a verb of buying, par action in a bid
    ("Le groupe rachète son concurrent pour 750 millions d'euros.", ["price"]),
    ("Il a déboursé 2 milliards de dollars pour racheter le laboratoire.", ["price"]),
    ("L'offre valorise chaque titre à 31 euros par action.", ["price"]),
    ("Le montant de la transaction atteint 900 millions d'euros.", ["price"]),
    # a market quote
    ("L'action a reculé de 3 % à 42,50 euros à la clôture.", ["share_price"]),
    ("Le titre gagnait 2 % à 18,30 euros en séance.", ["share_price"]),
    # other things
    ("Le volume d'échanges a atteint 3 milliards d'euros sur la journée.", ["other"]),
    ("Le prix du blé a grimpé à 250 euros la tonne.", ["other"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_measure(nlp: Language, text: str, expected: list[str]) -> None:
    assert measures(nlp, text) == expected


def test_the_noun_after_the_amount_says_what_it_is(nlp: Language) -> None:
    text = "L'entreprise, 250 millions d'euros de chiffre d'affaires, emploie 900 personnes."
    assert measures(nlp, text) == ["revenue"]


def test_a_negative_result_is_a_loss(nlp: Language) -> None:
    text = "Le résultat d'exploitation ressort à -45 millions d'euros au premier semestre."
    assert measures(nlp, text)[-1] == "loss"


def test_an_amount_restated_in_euros_shares_the_measure(nlp: Language) -> None:
    text = "Le groupe a publié un bénéfice de 3 milliards de dollars (2,8 milliards d'euros)."
    assert measures(nlp, text) == ["profit", "profit"]


def test_a_range_is_one_fact(nlp: Language) -> None:
    text = "Le groupe vise un chiffre d'affaires de 16 à 18 milliards d'euros en 2026."
    assert measures(nlp, text) == ["revenue"]


def test_two_facts_chained_in_a_sentence_keep_their_own_measure(nlp: Language) -> None:
    text = (
        "Le groupe a racheté la société pour 2 milliards d'euros, "
        "soit dix fois son chiffre d'affaires de 200 millions d'euros."
    )
    assert measures(nlp, text) == ["price", "revenue"]


def test_a_buy_back_of_own_shares_is_a_dividend(nlp: Language) -> None:
    text = "Le groupe Norvane a racheté pour 3 milliards d'euros de ses propres actions en 2024."
    assert measures(nlp, text) == ["dividend"]


def test_an_amount_compared_with_the_one_before_shares_its_measure(nlp: Language) -> None:
    text = (
        "Le cimentier Vallon Ciments a proposé lundi un dividende de 6 euros par action, "
        "contre 4,8 euros un an plus tôt."
    )
    assert measures(nlp, text) == ["dividend", "dividend"]


def test_a_part_named_by_its_noun_keeps_its_own_measure(nlp: Language) -> None:
    text = "Norvane a levé 100 millions d'euros, dont 20 millions d'euros de dette bancaire."
    assert measures(nlp, text) == ["funding", "debt"]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Son passif est estimé à environ 9 millions d'euros.", "debt"),
        ("La société avait émis en 2024 une obligation de 150 millions d'euros.", "debt"),
        ("Un impayé de 420 000 euros a précipité la cessation de paiements.", "cost"),
        ("La plateforme a été victime d'un piratage de 38 millions d'euros.", "cost"),
        ("La caisse estimait son préjudice à 40 millions d'euros.", "cost"),
    ],
)
def test_liabilities_and_damage(nlp: Language, text: str, measure: str) -> None:
    assert measures(nlp, text) == [measure]
