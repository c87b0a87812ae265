"""The company a merger would make holds no figure of its own yet: ``l'ensemble``, ``le nouvel
ensemble``, ``le futur groupe`` as subject give no holder, where another description (``le
groupe``) stands for the entity in focus."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import facts

OPENING = (
    "Le chimiste Verdalis a annoncé jeudi son rapprochement avec son concurrent Oxamine. "
    "Verdalis a réalisé en 2025 un chiffre d'affaires de 2,1 milliards d'euros. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le nouvel ensemble réalisera un chiffre d'affaires de 3,4 milliards d'euros.",
        "Selon la direction, l'ensemble réaliserait un chiffre d'affaires de 3,4 milliards "
        "d'euros.",
        "Le futur groupe réalisera un chiffre d'affaires de 3,4 milliards d'euros.",
    ],
)
def test_combined_company_holds_nothing(nlp: Language, sentence: str) -> None:
    got = facts(nlp, OPENING + sentence)
    assert got[0][:2] == ("revenue", "Verdalis")
    assert got[1][:2] == ("revenue", None)


def test_a_plain_description_stands_for_the_company(nlp: Language) -> None:
    got = facts(nlp, OPENING + "Le groupe vise un chiffre d'affaires de 2,5 milliards d'euros.")
    assert got[1][:2] == ("revenue", "Verdalis")
