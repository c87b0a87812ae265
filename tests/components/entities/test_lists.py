"""Names listed together (``entities/lists.py``): a company the model misses or takes for a
person in a list of companies is one; a list of people or places stays one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone name the model misses, listed with companies
        ("Le tour de table a été bouclé grâce au soutien de Kerenvest, Sofimar et Bpifrance.",
         {"Kerenvest", "Sofimar", "Bpifrance"}),
        ("Après UCB, Solvay et Bekaert, c'est encore un étranger qui a été nommé CEO.",
         {"Bekaert", "Solvay"}),
        ("Les fonds Brelvan Partners, Quintor et Axa Venture Partners ont participé.",
         {"Quintor", "Axa Venture Partners"}),
    ],
)  # fmt: skip
def test_listed_companies(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))


def test_person_named_once_among_companies(nlp: Language) -> None:
    # a publisher named after its founder, listed among two clear companies
    doc = nlp(
        "Le groupe garde les éditions Dorvalis, Armand Colbert et Larvence SA, dont les "
        "ventes progressent."
    )
    assert "Armand Colbert" in orgs(doc)
    assert "Armand Colbert" not in people(doc)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # people listed with a company stay people (a role, or named again)
        ("Le conseil réunit Danone, Marie Lefort, directrice financière, et Kering SA.",
         {"Marie Lefort"}),
        ("Veolia, Suez SA et Paul Mercier ont signé. Paul Mercier a salué l'accord.",
         {"Paul Mercier"}),
    ],
)  # fmt: skip
def test_people_in_lists_stay_people(nlp: Language, text: str, who: set[str]) -> None:
    assert who <= people(nlp(text))


def test_places_in_lists_are_no_companies(nlp: Language) -> None:
    doc = nlp(
        "Le groupe Valorys ouvre des sites à Lyon, Grenoble et Annecy, avec Sofimar et Kerenvest."
    )
    assert not ({"Lyon", "Grenoble", "Annecy"} & orgs(doc))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "et de" joins two companies; a hyphenated name the tokenizer split stays whole
        ("Ali Kassem, le patron de Saf Cacao et de Choco Ivoire, a maintenu ses activités.",
         {"Saf Cacao", "Choco Ivoire"}),
        ("Il est présent à travers SDTM-CI, Global Manutention, Copraci et Ciprem-CI.",
         {"SDTM-CI", "Copraci"}),
    ],
)  # fmt: skip
def test_lists_joined_by_de_and_hyphens(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))
