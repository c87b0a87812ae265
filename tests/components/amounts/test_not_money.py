"""fr_amounts: what is not money (rates, counts, years, lengths, idioms) stays out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import NBSP, amounts, same

NEGATIVES = [
    "Le taux a reculé de 0,5 %.",
    "La croissance atteint 2,5 pour cent.",
    "L'enseigne compte 1 539 magasins en France.",
    "Le groupe emploie 4 300 salariés.",
    f"Le groupe emploie 4{NBSP}300 salariés.",
    "Le capital est divisé en 288,6 millions d'actions.",
    "La ville compte 2,1 millions d'habitants.",
    "Il a fondé la société en 2015.",
    "Le rachat de 288.607.076 actions a été annoncé.",
    "L'A380 a effectué 10 000 vols.",
    "La tour mesure 300 m de haut.",
    "Il a parcouru 42 km.",
    "Le dollar a reculé face à l'euro.",
    "Le dollar et l'euro sont stables.",
    "Le chiffre d'affaires a progressé de 12 % en 2023.",
    "Les 97 milliards annoncés restent à confirmer.",
    "La crise a coûté des milliards de dollars.",
    "",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_money(amounts_nlp: Language, text: str) -> None:
    assert amounts(amounts_nlp, text) == []


def test_percentage_after_a_money_amount_is_not_money(amounts_nlp: Language) -> None:
    got = amounts(amounts_nlp, "Le bénéfice atteint 10 millions d'euros et 20 % de marge.")
    assert same(got, [(10e6, "EUR", None, None)]), got


def test_counted_things_do_not_take_the_currency(amounts_nlp: Language) -> None:
    text = "La société, qui pèse 3 milliards d'euros, compte 12 millions de clients."
    assert same(amounts(amounts_nlp, text), [(3e9, "EUR", None, None)])


PRESS_NEGATIVES = [
    "Le titre a gagné +12 %.",
    "La banque centrale a relevé ses taux de 12 points de base.",
    "Il détient 3 bitcoins.",
    "À horizon 2030, le groupe vise la neutralité carbone.",
    "L'enseigne compte 1 539 magasins.",
    "Le capital compte 288,6 millions d'actions.",
    "Le groupe compte 5 000 salariés.",
    "Il revendique 3,5 millions de clients.",
    "La production atteint 1,2 million de tonnes.",
    "La Russie exporte 2 milliards de m3 de gaz.",
    "La vidéo a totalisé 40 milliards de vues.",
    "Il a vendu 1 million 200 000 exemplaires.",
    "Le 12'000e visiteur a été accueilli.",
    "Un roman vendu à 3 millions d'exemplaires, soit 2 millions de plus.",
    # "deux cents" alone is 200, a number without currency (not 2 cents)
    "Ils étaient deux cents à manifester devant le siège.",
    "Le club compte trois cents adhérents, contre deux cents l'an dernier.",
]


@pytest.mark.parametrize("text", PRESS_NEGATIVES)
def test_press_not_money(amounts_nlp: Language, text: str) -> None:
    assert amounts(amounts_nlp, text) == []


def test_a_noun_after_a_bare_number_is_counted(nlp: Language) -> None:
    """``à trois fabricants``: the word after a bare number is a noun (its part of speech, from
    the statistical model: this test needs the whole pipeline), so the number counts something
    and does not take the currency of the amount before it."""
    text = (
        "L'Autorité a infligé des amendes d'un montant total de 288.607.076 euros à trois "
        "fabricants de portes et fermetures industrielles."
    )
    assert same(amounts(nlp, text), [(288607076.0, "EUR", None, None)])
