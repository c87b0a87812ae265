"""Employers: the organisation after a role and de/chez, career paths; places and people after a
role are no employers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs, people, roles


@pytest.mark.parametrize(
    ("text", "org", "person", "role"),
    [
        # the capitalised name after a corporate role + de/d'/chez is the employer
        ("Selon Jean Dupont, PDG de Vernaud, la croissance reprendra.",
         "Vernaud", "Jean Dupont", ("PDG", "Vernaud")),
        ("Sophie Martin, directrice générale d’Altaris, a annoncé un plan.",
         "Altaris", "Sophie Martin", ("directrice générale", "Altaris")),
        ("« Le marché est sain », estime Marc Leroy, analyste chez Roland Berger.",
         "Roland Berger", "Marc Leroy", ("analyste", "Roland Berger")),
        ("Paul Girard, fondateur de la start-up Kelvio, a levé des fonds.",
         "Kelvio", "Paul Girard", ("fondateur", "Kelvio")),
    ],
)  # fmt: skip
def test_employer_after_a_role(
    nlp: Language, text: str, org: str, person: str, role: tuple[str, str]
) -> None:
    doc = nlp(text)
    assert org in orgs(doc)
    assert org not in people(doc)
    assert roles(doc).get(person) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the employer after a role and "chez"
        ("« Le titre est cher », observe Mamadou Sarr, analyste chez CGF Bourse.", {"CGF Bourse"}),
        ("Selon Anne Roux, associée chez Gide Loyrette Nouel, le dossier avance.",
         {"Gide Loyrette Nouel"}),
    ],
)  # fmt: skip
def test_employer_after_chez(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Passée par Brelmax puis par le cabinet Deloitte, elle a rejoint l’entreprise en 2012.",
         {"Brelmax", "Deloitte"}, set()),
        ("Après dix ans chez Falvorix, il a pris la direction. Ancien de Quobrand, il a été promu.",
         {"Falvorix", "Quobrand"}, set()),
    ],
)  # fmt: skip
def test_career_paths(nlp: Language, text: str, expected: set[str], absent: set[str]) -> None:
    found = orgs(nlp(text))
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "not_org", "person"),
    [
        # places and people after a role are no employers
        ("Le maire de Plouzané, Yves Tanguy, a salué l’arrivée de l’usine.", "Plouzané",
         "Yves Tanguy"),
        ("La directrice de Lyon Métropole Habitat a démissionné. Le préfet de Bretagne a réagi.",
         "Bretagne", None),
        ("L’avocat de Jean Dupont a fait appel.", "Jean Dupont", "Jean Dupont"),
        ("Le président de Marseille, Paul Durand, a démissionné.", "Marseille", "Paul Durand"),
    ],
)  # fmt: skip
def test_places_and_people_after_a_role_are_no_employers(
    nlp: Language, text: str, not_org: str, person: str | None
) -> None:
    doc = nlp(text)
    assert not_org not in orgs(doc)
    if person is not None:
        assert person in people(doc)


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        # career paths through places are not companies
        ("Passé par Londres et ancien de Marseille, il a rejoint le groupe.", "Londres"),
        ("Passé par Londres et ancien de Marseille, il a rejoint le groupe.", "Marseille"),
    ],
)  # fmt: skip
def test_career_paths_through_places(nlp: Language, text: str, not_org: str) -> None:
    assert not_org not in orgs(nlp(text))
