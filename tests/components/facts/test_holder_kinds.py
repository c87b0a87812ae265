"""Holders and counterparts of kinds seen in press: a broker's target price, a first person in
a quote, a buyer in the passive, a date the parser reads as the subject. Sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import facts

TARGETS = [
    # the listed company named after "sur", never the broker
    "Jefferies a abaissé son objectif de cours de 79 à 60 dollars sur Citigroup.",
    "UBS a abaissé jeudi son objectif de cours sur Michelin à 50 euros.",
]


@pytest.mark.parametrize("text", TARGETS)
def test_a_broker_target_is_the_listed_company_price(nlp: Language, text: str) -> None:
    holders = {fact[1] for fact in facts(nlp, text) if fact[0] == "share_price"}
    assert holders and holders <= {"Citigroup", "Michelin"}


def test_a_broker_target_with_no_company_named_is_the_main_company(nlp: Language) -> None:
    text = (
        "Altérys a chuté de 12 % en Bourse. Oddo BHF a ramené son objectif de cours de 24 à "
        "16 euros. Le groupe Altérys a publié ses comptes."
    )
    assert {fact[1] for fact in facts(nlp, text)} == {"Altérys"}


def test_we_in_a_quote_is_the_company_of_its_speaker(nlp: Language) -> None:
    text = (
        "« Nous allons investir 35 millions d'euros dans une manufacture à Besançon », "
        "explique Hélène Marchal, PDG de Ferlande Joaillerie. Le fonds Ardent détient 10 % de "
        "Ferlande Joaillerie, Ardent étant entré au capital en 2020 aux côtés d'Ardent Capital."
    )
    assert facts(nlp, text)[0][:2] == ("investment", "Ferlande Joaillerie")


def test_a_buyer_in_the_passive_is_the_agent(nlp: Language) -> None:
    text = "Ferlande Joaillerie a été rachetée par Richemont pour 200 millions d'euros."
    assert facts(nlp, text)[0][:3] == ("price", "Richemont", "Ferlande Joaillerie")


def test_a_date_read_as_the_subject_does_not_hide_the_company(nlp: Language) -> None:
    text = (
        "Hexavia cède sa filiale Railtech Services au fonds Montlouis. Railtech Services, qui "
        "entretient des rames pour la SNCF, a réalisé l'an dernier un chiffre d'affaires de "
        "410 millions d'euros."
    )
    assert facts(nlp, text)[-1][:2] == ("revenue", "Railtech Services")


def test_a_name_in_a_description_subject_is_in_focus(nlp: Language) -> None:
    text = (
        "Le transporteur Norvalis a été cité par Belga.\nL'opérateur luxembourgeois de "
        "satellites Orbitec a relevé vendredi ses objectifs. Le groupe table désormais sur "
        "370 millions d'euros d'économies."
    )
    assert facts(nlp, text)[0][:2] == ("cost", "Orbitec")


def test_the_focus_stops_at_a_line_break_inside_a_parsed_sentence(nlp: Language) -> None:
    text = (
        "Velmor a publié ses comptes. Le dividende atteint 1,10 euro par action.\nLa filiale "
        "Gazelys, qui gère le réseau, voit ses volumes reculer. « La consommation baisse », "
        "résume Lucie Farge, analyste chez Oddo BHF.\nPour 2026, la direction table sur un "
        "résultat net compris entre 4,4 et 5 milliards d'euros."
    )
    assert facts(nlp, text)[-1][:2] == ("profit", "Velmor")


COUNTERPARTS_AFTER_THE_AMOUNT = [
    (
        "La compagnie Ferlina va recevoir un prêt de 45 millions d'euros de la Banque des "
        "Territoires.",
        ("debt", "Banque des Territoires"),
    ),
    (
        "La PME Kinova a obtenu une subvention de 4 millions d'euros d'Investissement Québec.",
        ("aid", "Investissement Québec"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTERPARTS_AFTER_THE_AMOUNT)
def test_de_right_after_a_loan_or_grant_names_the_giver(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    fact = facts(nlp, text)[0]
    assert (fact[0], fact[2]) == expected


def test_de_after_a_debt_does_not_name_a_lender(nlp: Language) -> None:
    text = "La dette de 2 milliards d'euros de Casteval inquiète les analystes."
    assert facts(nlp, text)[0][2] is None


def test_a_later_order_keeps_the_client_told_before(nlp: Language) -> None:
    text = (
        "Norvail a obtenu un contrat de 840 millions d'euros de la part de Transalpes Mobilité. "
        "Le contrat comprend une tranche optionnelle qui porterait sa valeur totale à 1,25 "
        "milliard d'euros."
    )
    assert [fact[2] for fact in facts(nlp, text)] == ["Transalpes Mobilité"] * 2
