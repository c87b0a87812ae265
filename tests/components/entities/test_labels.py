"""One name, which label: person-like organisations, people beside an organisation of their name,
brands named after people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs, people


@pytest.mark.parametrize(
    ("text", "org", "not_person"),
    [
        # a person-like name given once as an organisation on strong evidence stays one
        ("Le cabinet Roland Berger estime que la demande va croître. Pour Roland Berger, la "
         "reprise est lente.", "Roland Berger", "Roland Berger"),
        ("Le cabinet Jean Morel conseille l’acheteur. Selon Jean Morel, la demande progresse.",
         "Jean Morel", "Jean Morel"),
    ],
)  # fmt: skip
def test_person_like_organisation_stays_one(
    nlp: Language, text: str, org: str, not_person: str
) -> None:
    doc = nlp(text)
    assert org in orgs(doc)
    assert not_person not in people(doc)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # ... unless a role or an honorific says it is the person there
        ("Le cabinet Jean Morel conseille l’acheteur. Jean Morel, fondateur du cabinet, a "
         "confirmé.", "Jean Morel"),
        ("La société Paul Girard SA a été liquidée. M. Paul Girard a protesté.", "Paul Girard"),
    ],
)  # fmt: skip
def test_person_beside_an_organisation_of_their_name(nlp: Language, text: str, person: str) -> None:
    assert person in people(nlp(text))


@pytest.mark.parametrize(
    ("text", "person", "is_person"),
    [
        ("Le groupe rémois, propriétaire des maisons Vorelle et Charles Mandrin, a vu ses "
         "ventes glisser.", "Charles Mandrin", False),
        ("Le groupe possède les marques Lunor et Jean Davel, selon Marc Dupuis.", "Jean Davel",
         False),
        ("Renault et Jean Davel ont signé l’accord.", "Jean Davel", True),
    ],
)  # fmt: skip
def test_brand_lists(nlp: Language, text: str, person: str, is_person: bool) -> None:
    assert (person in people(nlp(text))) is is_person


@pytest.mark.parametrize(
    ("text", "not_org", "org"),
    [
        # a counted name is a product; a year before a name is no count
        ("Dassault Aviation a livré 20 Rafale cette année.", "Rafale", "Dassault Aviation"),
        ("En 2019 Renault a perdu de l’argent.", None, "Renault"),
    ],
)  # fmt: skip
def test_counted_products(nlp: Language, text: str, not_org: str | None, org: str) -> None:
    doc = nlp(text)
    assert org in orgs(doc)
    if not_org is not None:
        assert not_org not in orgs(doc)
