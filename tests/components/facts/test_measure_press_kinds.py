"""What an amount measures, kinds read in real press pages and in a set written by an
independent annotator (session 9): results by their Belgian and Quebec acronyms, impairments
and currency effects, a bank's balance sheet, public finances, a deal's value debt included,
the price paid to another company's shareholders, an earn-out, damages a court awards, an
insurer's claims and cover, a transfer fee. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.components.facts.helpers import kind_params, measures

KINDS: dict[str, list[tuple[str, Any]]] = {
    "a result by its acronym, even where the entities took it for a name": [
        ("Le Rebit atteint 88 millions d'euros.", ["profit"]),
        (
            "Pour 2027, la direction table sur un Rebit compris entre 135 et 145 millions d'euros.",
            ["profit"],
        ),
        ("Le REBITDA de la société a reculé à 31 millions d'euros.", ["profit"]),
        ("Le fromager de Sherbrooke affiche un BAIIA de 45 M$.", ["profit"]),
        ("Le cash-flow d'exploitation libre ajusté atteint 410 millions d'euros.", ["profit"]),
        ("Le RNPG de la banque ressort à 3,2 MMDH.", ["profit"]),
        ("Le RBE bondit à 7,3 MMDH.", ["profit"]),
    ],
    "an impairment or a currency effect is a cost": [
        (
            "Le recul du bénéfice s'explique par une réduction de valeur de 12 millions d'euros"
            " sur le site de Gand.",
            ["cost"],
        ),
        (
            "Le groupe a passé une perte de valeur de 40 millions d'euros sur sa flotte.",
            ["cost"],
        ),
        (
            "Le chiffre d'affaires de Soltrix a souffert d'un effet de change négatif de 14"
            " millions de francs.",
            ["cost"],
        ),
    ],
    "a bank's loans to its customers and its deposits are neither debt nor funding": [
        (
            "Les crédits à la clientèle de la Banque Atlas atteignent 52 milliards de dirhams.",
            ["other"],
        ),
        ("L'encours de crédits de la banque progresse à 14 milliards d'euros.", ["other"]),
        ("Les crédits à l'économie s'élèvent à 260 MMDH.", ["other"]),
    ],
    "public money named as such is aid, a gift none of the measures": [
        (
            "En injectant près de 140 millions d'euros de financements publics, le gouvernement"
            " espère attirer des usines.",
            ["aid"],
        ),
        ("Le groupe a fait don de 500 millions de dirhams au fonds de solidarité.", ["other"]),
    ],
    "public finances: the debt service, arrears, what a sector absorbs": [
        ("Le service de la dette atteint 900 milliards de FCFA.", ["budget"]),
        ("Les arriérés intérieurs sont estimés à 300 milliards de FCFA.", ["debt"]),
        ("Les routes absorbent 200 milliards de FCFA.", ["cost"]),
        ("Le brasseur Vireo absorbe son rival Lactel pour 200 millions d'euros.", ["price"]),
    ],
    "a deal's value estimated with its debt is a valuation, a price 'pour N' stays one": [
        (
            "Norvalis a conclu un accord pour racheter Clarène, dans une transaction évaluée à"
            " 240 millions d'euros, dette comprise.",
            ["valuation"],
        ),
        (
            "Norvalis a annoncé l'acquisition de Harwell pour 1,2 milliard d'euros, dette"
            " comprise.",
            ["price"],
        ),
    ],
    "what a buyer pays another company's shareholders is the price, its own a dividend": [
        (
            "Norvalis versera 180 millions d'euros en numéraire aux actionnaires de Clarène.",
            ["price"],
        ),
        ("Norvalis versera 80 millions d'euros à ses actionnaires.", ["dividend"]),
        (
            "Le patron de Stellor a touché 12 millions d'euros, une somme jugée excessive par les"
            " actionnaires.",
            ["pay"],
        ),
    ],
    "an earn-out is part of the price": [
        (
            "Un complément de prix pouvant atteindre 15 millions d'euros sera payé aux cédants.",
            ["price"],
        ),
        ("Un earn-out de 8 millions d'euros pourrait être versé aux fondateurs.", ["price"]),
    ],
    "a noun paid says what it is, not the verb of paying": [
        (
            "Un complément de prix pouvant atteindre 20 millions d'euros sera versé aux vendeurs"
            " en 2028.",
            ["price"],
        ),
    ],
    "what is paid to an executive is pay": [
        (
            "L'entreprise a versé 2 millions d'euros à son ancien directeur général au titre de"
            " son départ.",
            ["pay"],
        ),
        (
            "Le tribunal a condamné la société à verser 1,4 million d'euros à son ancien"
            " directeur commercial.",
            ["fine"],
        ),
    ],
    "the parts of a contract in a sentence on it are the order": [
        (
            "Le contrat, le plus important de son histoire, prévoit aussi des options sur 40"
            " rames, pour environ 600 millions d'euros, et un volet de maintenance sur quinze ans"
            " évalué à 350 millions.",
            ["order", "order"],
        ),
    ],
    "damages a court awards are a fine": [
        (
            "La cour a accordé à Telvia 90 millions d'euros en réparation des pratiques de son"
            " concurrent Orvane.",
            ["fine"],
        ),
        (
            "Les magistrats ont retenu un préjudice de 5,9 millions d'euros au titre du manque à"
            " gagner.",
            ["fine"],
        ),
        ("La Cour des comptes chiffre le coût des retards à 3 milliards d'euros.", ["cost"]),
        (
            "Le groupe a conclu un accord transactionnel de 90 millions de dollars avec les"
            " plaignants.",
            ["fine"],
        ),
    ],
    "an insurer's claims and the cover it buys are costs; a transfer fee is a price": [
        (
            "L'assureur Helvetia Vie a enregistré des sinistres pour 1,2 milliard de francs"
            " après les intempéries.",
            ["cost"],
        ),
        (
            "Le groupe a acheté pour 300 millions d'euros de couverture auprès du réassureur"
            " Munich Re.",
            ["cost"],
        ),
        (
            "Les indemnités de transfert versées par le club ont atteint 60 millions d'euros.",
            ["price"],
        ),
    ],
}


def test_a_town_s_budget_by_its_sections(nlp: Language) -> None:
    text = (
        "Le conseil municipal de Vernoux a adopté un budget primitif de 10,7 millions d'euros."
        " La section de fonctionnement s'élève à 5,8 millions d'euros et la section"
        " d'investissement à 4,9 millions d'euros. Un emprunt de 930 000 euros est prévu en"
        " octobre. Les frais de contentieux sont inscrits à hauteur de 50 000 euros."
    )
    assert measures(nlp, text) == ["budget", "budget", "budget", "debt", "budget"]


@pytest.mark.parametrize(("text", "expected"), kind_params(KINDS))
def test_measure_of_a_press_kind(nlp: Language, text: str, expected: list[str]) -> None:
    assert measures(nlp, text) == expected


def test_a_title_purchase_takes_the_body_s_value_debt_included(nlp: Language) -> None:
    text = (
        "Norvalis s'offre Clarène pour 240 millions d'euros\n"
        "Le groupe Norvalis a conclu un accord pour racheter Clarène. L'opération valorise la"
        " société à 240 millions d'euros, dette comprise."
    )
    assert measures(nlp, text) == ["valuation", "valuation"]


def test_a_title_bid_stays_a_price_when_the_body_values_the_target(nlp: Language) -> None:
    text = (
        "Norvalis relève son offre sur Clarène à 240 millions d'euros\n"
        "Le groupe Norvalis a relevé son offre. L'opération valoriserait la société à 240"
        " millions d'euros."
    )
    assert measures(nlp, text) == ["price", "valuation"]
