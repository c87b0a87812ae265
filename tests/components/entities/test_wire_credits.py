"""A wire's closing credit in brackets names its journalists, each a person without the job
before the name: ``(Reportage Elvira Pollina, version française Camille Raynaud, édité par
Blandine Hénault)`` (``entities/credits.py``, ``wire_credits``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import people

BODY = "MILAN, 11 avril (Reuters) - Le groupe Teldis a relevé ses prévisions annuelles.\n"


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("(Reportage Elvira Pollina, version française Camille Raynaud, édité par Blandine "
         "Hénault)", {"Elvira Pollina", "Camille Raynaud", "Blandine Hénault"}),
        ("(Reportage de Marco Bellini avec Anna Rossi ; rédigé par Paul Girard)",
         {"Marco Bellini", "Paul Girard"}),
        ("(Rédigé par Paul Girard, édité par Jean-Michel Bélot)",
         {"Paul Girard", "Jean-Michel Bélot"}),
    ],
)  # fmt: skip
def test_wire_credit_names_its_journalists(nlp: Language, credit: str, expected: set) -> None:
    found = people(nlp(BODY + credit))
    assert expected <= found
    assert not any(name.split()[0] in {"Reportage", "Rédigé", "Version"} for name in found)
