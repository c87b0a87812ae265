"""What an amount measures, kinds of the press our sets had few of (session 8): a title's
amount told again in the body, a per-share figure or a difference restating the amount
before, coordinated amounts, a share's worth, verbs of results, claims and funding, a
company's own figures in an article on a public body. Sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import facts, kind_params, measures

KINDS = {
    "a per-share figure after 'ou' restates the result before it": [
        (
            "Le fabricant de fenêtres Bovalis a vu son bénéfice net grimper de 18 % au"
            " troisième trimestre, à 42,3 M$, ou 0,83 $ par action.",
            ["profit", "profit"],
        ),
        (
            "Un an plus tôt, la société de Sherbrooke avait engrangé 35,1 M$, ou 0,69 $ par"
            " action.",
            ["profit", "profit"],
        ),
    ],
    "a difference or a total after 'soit' restates the amount before": [
        (
            "Les sept membres du comité exécutif de Valmora se sont partagé 12,4 millions de"
            " francs de rémunération, soit 1,3 million de francs de plus que l'année précédente.",
            ["pay", "pay"],
        ),
        (
            "Le conseil proposera un dividende de 1,20 euro par action, contre 1 euro un an plus"
            " tôt, soit une enveloppe globale de 48 millions d'euros.",
            ["dividend", "dividend", "dividend"],
        ),
    ],
    "two amounts coordinated after 'de … et de' share the first's measure": [
        (
            "Le tribunal a condamné Brevia à une amende de 2 millions d'euros au titre de"
            " l'entente sur les prix de vente et de 0,5 million d'euros au titre de"
            " l'obstruction.",
            ["fine", "fine"],
        ),
    ],
    "what a share is worth is a share price": [
        ("Le titre valait encore 45 euros il y a trois ans.", ["share_price"]),
        ("L'action vaut aujourd'hui 12,40 euros, deux fois moins qu'en 2021.", ["share_price"]),
    ],
    "verbs of the press: results banked, damages claimed, money brought together, renewals": [
        ("La société Kerbrat réclamait 9 millions d'euros devant le tribunal.", ["fine"]),
        (
            "La fintech lyonnaise Pagora a réuni 14 millions d'euros auprès du fonds Alto"
            " Ventures.",
            ["funding"],
        ),
        (
            "D'après la directrice financière, Velorys devra encore trouver près de 3 milliards"
            " d'euros pour renouveler sa flotte d'avions.",
            ["investment"],
        ),
        (
            "La banque publique est entrée à son capital en 2022 avec 6 millions d'euros.",
            ["investment"],
        ),
    ],
    "results releases: acronyms and nouns of the press": [
        ("L'EBE du groupe Ravel atteint 48 millions d'euros au premier semestre.", ["profit"]),
        (
            "La rentabilité progresse avec un EBITA ajusté de 132 millions d'euros, contre 100"
            " millions d'euros l'an dernier.",
            ["profit", "profit"],
        ),
        ("Les capex ont atteint 210 millions d'euros sur l'exercice.", ["investment"]),
        (
            "Le désendettement se poursuit à hauteur de 146 millions d'euros sur le semestre.",
            ["debt"],
        ),
        (
            "Le groupe a bénéficié d'un crédit d'impôt recherche de 12 millions d'euros.",
            ["aid"],
        ),
    ],
    "a takeover written as taking control": [
        ("Le fonds Ardian a pris le contrôle de Sovalis pour 800 millions d'euros.", ["price"]),
    ],
    "a price per unit of a good after 'au'": [
        (
            "Quelques jours d'arrêt des terminaux suffisent à ajouter 6 dollars au baril.",
            ["other"],
        ),
    ],
    "what an executive or a person receives is pay": [
        ("Le PDG a perçu 4,2 millions d'euros au titre de l'exercice 2024.", ["pay"]),
        ("L'actionnaire en percevra 600 millions d'euros.", ["dividend"]),
        ("La PME Kinova a obtenu une subvention de 4 millions d'euros.", ["aid"]),
    ],
}

CASES = kind_params(KINDS)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_measure_of_a_kind(nlp: Language, text: str, expected: list[str]) -> None:
    assert measures(nlp, text) == expected


def test_a_title_amount_takes_the_fact_of_the_body_amount_it_announces(nlp: Language) -> None:
    text = (
        "Les laiteries Aurel et Brivel fusionnent pour peser 1,6 milliard d'euros\n"
        "Les coopératives Aurel et Brivel ont annoncé mardi leur fusion. Le nouvel ensemble"
        " réalisera un chiffre d'affaires de 1,6 milliard d'euros."
    )
    found = facts(nlp, text)
    assert [fact[0] for fact in found] == ["revenue", "revenue"]
    assert found[0][:3] == found[1][:3]


def test_a_title_amount_keeps_its_own_period(nlp: Language) -> None:
    text = (
        "Toyara rachète Velto pour 900 millions d'euros\n"
        "Le groupe Toyara a annoncé lundi le rachat de Velto pour 900 millions d'euros,"
        " finalisé en mars 2024."
    )
    found = facts(nlp, text)
    assert [fact[0] for fact in found] == ["price", "price"]
    assert found[0][3] is None


def test_an_opening_sentence_is_no_title(nlp: Language) -> None:
    text = (
        "Le bitcoin a franchi les 100 000 dollars.\n"
        "Le fonds Arven a racheté pour 100 000 dollars de parts du fonds Selvo."
    )
    assert measures(nlp, text)[0] == "other"


def test_a_company_figure_in_an_article_on_a_region_is_no_budget(nlp: Language) -> None:
    text = (
        "La Région Normandie lance un plan de 40 millions d'euros pour ses papetiers\n"
        "La Région Normandie consacrera 40 millions d'euros à la décarbonation de ses"
        " papetiers. Chez Papeteries Morvan, qui a perdu 1,8 million d'euros l'an dernier pour"
        " un chiffre d'affaires de 37 millions d'euros, on se réjouit. L'entreprise familiale"
        " apportera 5 millions d'euros sur ses fonds propres."
    )
    assert measures(nlp, text)[2:] == ["loss", "revenue", "investment"]


def test_a_source_named_in_an_article_on_towns_leaves_a_budget(nlp: Language) -> None:
    text = (
        "La Ville de Sion boucle ses comptes sur un déficit\n"
        "La Ville de Sion a clôturé ses comptes 2025 sur un déficit de 12 millions de francs."
        " Selon la Banque cantonale du Valais (BCVs), les communes valaisannes ont dégagé"
        " ensemble un excédent de 80 millions de francs en 2025."
    )
    assert measures(nlp, text) == ["budget", "budget"]
