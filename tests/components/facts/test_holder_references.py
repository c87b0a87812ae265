"""Subjects and possessives that name the holder by reference (``facts/subjects.py``,
``holders.possessor_joined``): ``ce dernier`` / ``celle-ci`` (the last party named), ``la cible``
/ ``la société rachetée`` (the company bought), ``X et ses 13 milliards de chiffre d'affaires``,
``X, dont les ventes avoisinent 120 millions`` (``holders.antecedent_of_dont``).
Sentences of our own, modelled on deal and results articles in the press."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import facts

REFERENCES = [
    (
        "Le groupe Sorelis a racheté la PME bretonne Armorik Lait. Cette dernière a réalisé en "
        "2024 un chiffre d'affaires de 32 millions d'euros.",
        "Armorik Lait",
    ),
    (
        "Le fonds Ardian est entré au capital de Kerdalo SA. Ce dernier a levé 20 millions "
        "d'euros en 2023.",
        "Kerdalo SA",
    ),
    (
        "Le fonds Ardian a racheté le fabricant de meubles Kerdalo pour 140 millions d'euros. "
        "La cible affiche un chiffre d'affaires de 95 millions d'euros.",
        "Kerdalo",
    ),
    (
        "Le groupe Valmy a acquis la société Horstmann Technik pour 60 millions d'euros. La "
        "société rachetée a réalisé un bénéfice de 4 millions d'euros.",
        "Horstmann Technik",
    ),
    (
        "La coopérative Terrena devient le deuxième acteur du secteur, derrière le néerlandais "
        "FrieslandCampina et ses 13 milliards d'euros de chiffre d'affaires.",
        "FrieslandCampina",
    ),
    (
        "Le groupe Valmy a finalisé l'acquisition de l'allemand Horstmann Technik pour 80 "
        "millions d'euros. Le prix représente dix fois l'Ebitda de la cible, dont le chiffre "
        "d'affaires a atteint 45 millions d'euros.",
        "Horstmann Technik",
    ),
    (
        "Le groupe Valmy rachète le fabricant de fenêtres Lakeshore Windows SA, dont les ventes "
        "annuelles avoisinent 120 millions d'euros.",
        "Lakeshore Windows SA",
    ),
    (
        "Le marché est dominé par Lactalis, avec son chiffre d'affaires de 30 milliards d'euros.",
        "Lactalis",
    ),
]


@pytest.mark.parametrize(("text", "holder"), REFERENCES)
def test_a_reference_names_the_holder(nlp: Language, text: str, holder: str) -> None:
    assert facts(nlp, text)[-1][1] == holder


def test_the_buyer_keeps_the_price_of_a_company_bought_with_its_staff(nlp: Language) -> None:
    text = (
        "Le groupe Valmy a racheté Horstmann Technik et ses 300 salariés pour 60 millions d'euros."
    )
    assert facts(nlp, text)[0][:3] == ("price", "Valmy", "Horstmann Technik")
