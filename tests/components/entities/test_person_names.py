"""How far a person's name goes, and which forms are one person, in real press kinds:

* an initial glued by an apostrophe to the word after it (``N'Diaye``, ``N’Guessan``) is part of
  the name, so that the full name is found and the surname alone is that person;
* a particle and the capitalised word after it continue a person the model cut short (``Ben``,
  ``Ould``, ``El``, ``Van den``);
* a surname written in capitals (``VAN DE VELDE``, ``Hélène ORSINI``: press releases,
  interviews) and the same name in title case are one person, named in title case;
* the plural honorific of lawyers (``Mes``) is no part of the name;
* a surname after ``Selon`` whose clause opens with a description (``Selon X, la banque est
  solide``) is the person of that surname, not an organisation in apposition.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs, people


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Coumba N'Diaye, directrice générale de l'opérateur, a présenté les comptes. "
            "Mme N'Diaye a insisté sur le mobile.",
            "Coumba N'Diaye",
            "N'Diaye",
        ),
        (
            "Le groupe a nommé Mamadou N’Guessan directeur financier. N’Guessan a rejoint "
            "la banque en 2019.",
            "Mamadou N’Guessan",
            "N’Guessan",
        ),
    ],
)
def test_elided_initial_in_a_name(nlp: Language, text: str, full: str, short: str) -> None:
    doc = nlp(text)
    found = people(doc)
    assert full.replace("’", "'") in {p.replace("’", "'") for p in found}, found
    assert short not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Nommé directeur général en 2021, Mohamed Lamine Ben Ali a redressé les comptes.",
            "Mohamed Lamine Ben Ali",
        ),
        ("Le conseil a nommé Karim El Mansouri au poste de PDG.", "Karim El Mansouri"),
        ("Le fonds est présidé par Sidi Ould Tah depuis 2015.", "Sidi Ould Tah"),
    ],
)
def test_particle_continues_a_person(nlp: Language, text: str, person: str) -> None:
    assert person in people(nlp(text))


def test_a_particle_needs_a_capitalised_word(nlp: Language) -> None:
    """``de`` after a person opens a complement, not a surname: nothing is added."""
    found = people(nlp("Le conseil a salué Jean Martin de la direction financière."))
    assert not any("direction" in p for p in found), found


def test_surname_in_capitals_is_the_same_person(nlp: Language) -> None:
    doc = nlp(
        "Le directeur financier Jean-François VAN DE VELDE a détaillé les comptes. "
        "Van de Velde a insisté sur la dette."
    )
    assert people(doc) == {"Jean-François VAN DE VELDE"}


def test_same_name_in_capitals_is_one_person(nlp: Language) -> None:
    """The title-case form names the person written both ways."""
    doc = nlp(
        "Hélène MARCHAND dirige le groupe depuis 2019. « Nous accélérons », dit Hélène Marchand."
    )
    assert people(doc) == {"Hélène Marchand"}


def test_plural_honorific_before_two_lawyers(nlp: Language) -> None:
    doc = nlp(
        "Selon les liquidateurs, Mes Anne Declercq et Marc Verhoeven, le passif dépasse 20 "
        "millions d'euros."
    )
    assert {"Anne Declercq", "Marc Verhoeven"} <= people(doc)
    assert not any(p.startswith("Mes ") for p in people(doc))


def test_surname_after_selon_before_a_described_subject(nlp: Language) -> None:
    doc = nlp(
        "Le patron de la banque, Jean-Pierre Mustier, a annoncé son départ. Selon Mustier, "
        "la banque est solide."
    )
    assert people(doc) == {"Jean-Pierre Mustier"}
    assert "Mustier" not in orgs(doc)


def test_company_after_selon_stays_a_company(nlp: Language) -> None:
    doc = nlp("Selon Natixis, la banque d'investissement a réduit ses effectifs.")
    assert "Natixis" in orgs(doc)
