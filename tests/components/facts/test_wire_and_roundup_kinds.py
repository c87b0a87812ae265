"""Kinds of Canadian releases, market wires and funding round-ups (sentences of our own):
``BAIIA`` (EBITDA in Canadian French) is a profit, ``valeur boursière`` a valuation, a currency's
rate no share price, money received from an investor named after ``de`` a funding."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import facts, measures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le BAIIA ajusté de Boréalis s'est établi à 488,6 M$, en baisse de 12,1 M$.",
         ["profit", "profit"]),
        ("Son BAII a atteint 120 millions de dollars canadiens au troisième trimestre.",
         ["profit"]),
        ("La valeur boursière de Nordia dépasse 9 milliards d'euros.", ["valuation"]),
        ("Sa valeur en Bourse a atteint 3 milliards d'euros en séance.", ["valuation"]),
        # the singular spelling briefs often use
        ("Le chiffre d'affaire du groupe s'établit à 325,9 ME au premier semestre.", ["revenue"]),
        ("Son chiffre d'affaire a reculé à 48 millions d'euros.", ["revenue"]),
        # a noun after avant / après / hors qualifies the measure noun before it
        ("La société affiche un résultat avant impôt de 1,04 milliard de FCFA.", ["profit"]),
        ("Le groupe a dégagé un résultat courant avant impôts de 45 millions d'euros.",
         ["profit"]),
        ("Il publie un bénéfice après impôts de 8 millions de francs.", ["profit"]),
        ("L'Ebitda hors effets de change de 30 millions d'euros progresse.", ["profit"]),
        ("Le groupe paiera un impôt de 3 millions d'euros.", ["other"]),
    ],
)  # fmt: skip
def test_market_and_canadian_cues(nlp: Language, text: str, expected: list[str]) -> None:
    assert measures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency's rate on the market is no share price
        ("Sur le marché des changes, l'euro a gagné 0,6 % face au dollar, à 1,12 dollar.",
         ["other"]),
        ("Le dollar a reculé de 0,3 % à 150,2 yens.", ["other"]),
        # a share's is
        ("Le titre Airbus a gagné 0,6 %, à 152,10 euros.", ["share_price"]),
        # a participle after its auxiliary is no noun cue: "est revenu à" (revenir) is no
        # revenue
        ("Son bilan, qui dépassait 8 800 milliards d'euros, est revenu à 6 400 milliards "
         "d'euros.", ["other", "other"]),
        ("Les revenus du groupe ont atteint 2 milliards d'euros.", ["revenue"]),
    ],
)  # fmt: skip
def test_market_rates_and_participles(nlp: Language, text: str, expected: list[str]) -> None:
    assert measures(nlp, text) == expected


def test_a_currency_as_the_unit_of_an_earlier_amount_is_no_quoted_good(nlp: Language) -> None:
    text = (
        "Le dividende de 0,45 euro par action est maintenu. À la Bourse de Paris, l'action "
        "Marvéa cédait 6,2 % à 38,70 euros."
    )
    assert measures(nlp, text)[-1] == "share_price"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enfin, la fintech Payzen a obtenu 8 millions d'euros de Serena Capital pour "
         "accélérer en Espagne.", ("funding", "Payzen", "Serena Capital")),
        ("La start-up Orilia a reçu 3 millions d'euros d'Aster Ventures.",
         ("funding", "Orilia", "Aster Ventures")),
    ],
)  # fmt: skip
def test_money_received_from_an_investor_is_a_funding(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    measure, holder, counterpart, _ = facts(nlp, text)[0]
    assert (measure, holder, counterpart) == expected


def test_a_class_of_companies_holds_no_amount(nlp: Language) -> None:
    # "start-up" is cut by the tokenizer and tagged a name: still a plural common noun
    text = (
        "Cette semaine, les start-up françaises ont levé 412 millions d'euros au total. "
        "La plus grosse opération revient à Nexalys, qui boucle une série C de 150 millions "
        "d'euros."
    )
    assert [(m, h) for m, h, _, _ in facts(nlp, text)] == [
        ("funding", None),
        ("funding", "Nexalys"),
    ]


def test_a_fronted_apposition_is_no_list_of_names(nlp: Language) -> None:
    # "Filiale du groupe X, Y a réalisé…": the name after the comma is the subject alone
    text = (
        "Filiale du groupe de transport Dumarest, Logivia a réalisé en 2026 un chiffre "
        "d'affaires de 1,34 milliard d'euros, pour un résultat opérationnel de 72 millions."
    )
    assert [(m, h) for m, h, _, _ in facts(nlp, text)] == [
        ("revenue", "Logivia"),
        ("profit", "Logivia"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a homebuilder's reservations in value and its backlog are orders
        ("Le promoteur Lumenia a enregistré des réservations de logements d'une valeur de "
         "840 M€ TTC, en hausse de 6 %.", ["order"]),
        ("Son backlog s'établit à 1,2 Md€ fin juin, contre 1,1 Md€ un an plus tôt.",
         ["order", "order"]),
    ],
)  # fmt: skip
def test_reservations_and_backlog_are_orders(nlp: Language, text: str, expected: list[str]) -> None:
    assert measures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # say on pay: the parts of an executive's package, shares valued at their grant
        ("Le montant comprend une part fixe de 1,1 million d'euros, une part variable de "
         "1,6 million et des actions de performance valorisées 2,4 millions d'euros.",
         ["pay", "pay", "pay"]),
        ("La politique plafonne une éventuelle indemnité de départ à 2,5 millions d'euros.",
         ["pay"]),
        # a company valued by a participle stays a valuation
        ("La start-up, valorisée 2 milliards d'euros, a levé 100 millions.",
         ["valuation", "funding"]),
    ],
)  # fmt: skip
def test_pay_package_parts(nlp: Language, text: str, expected: list[str]) -> None:
    assert measures(nlp, text) == expected


def test_the_pay_of_a_role_is_that_of_the_person_holding_it(nlp: Language) -> None:
    text = (
        "Le PDG de Varonne, Luc Ferrand, a défendu son bilan. Les votes ont été serrés. "
        "Le quorum a atteint 74 %. Les fonds se sont divisés. La politique de rémunération, "
        "qui porte le fixe du PDG à 1,3 million d'euros, a été adoptée."
    )
    assert [(m, h) for m, h, _, _ in facts(nlp, text)] == [("pay", "Luc Ferrand")]
