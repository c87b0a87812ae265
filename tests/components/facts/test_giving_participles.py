"""A participle of giving hung on the amount's noun tells the parties, not the sentence's verb:
``La Commission a autorisé une subvention de N accordée par la Région au groupe X`` — X
receives the aid, the Region gives it (not the Commission that authorised it)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import facts

CASES = [
    (
        "La Commission européenne a autorisé une subvention de 340 millions d'euros accordée par "
        "la France au chimiste Solvane pour son usine de Dunkerque.",
        ("aid", "Solvane"),
    ),
    (
        "Le conseil a validé mardi une aide de 2 millions d'euros octroyée par Bpifrance à la "
        "PME Kerlys.",
        ("aid", "Kerlys"),
    ),
    (
        "L'Arcep a confirmé l'amende de 12 millions d'euros infligée à l'opérateur Telvia.",
        ("fine", "Telvia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_participle_names_who_receives(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert facts(nlp, text)[0][:2] == expected


def test_the_agent_of_the_participle_gives(nlp: Language) -> None:
    text = CASES[1][0]
    assert facts(nlp, text)[0][2] == "Bpifrance"
