"""How far a person's name goes, and which forms are one person, in real press kinds:

* an initial glued by an apostrophe to the word after it (``N'Diaye``, ``N’Guessan``) is part of
  the name, so that the full name is found and the surname alone is that person;
* a particle and the capitalised word after it continue a person the model cut short (``Ben``,
  ``Ould``, ``El``, ``Van den``), also when the model's span ends on the particle (``Mme El``);
* short ranks (``Lt``, ``Mgr``) are honorifics, and an honorific glued to the name (``M.Adama
  Sarr``) is a token of its own;
* a person written right after an acronym (``à l'AFP Karine Sabatier``, ``le patron de LVMH
  Bernard Arnault``) is split from it, and so is one right after the employer of a role
  (``l'analyste de Vontobel Reto Gisler``: a listed first name and a surname);
* a surname written in capitals (``VAN DE VELDE``, ``Hélène ORSINI``: press releases,
  interviews) and the same name in title case are one person, named in title case; a surname
  in capitals the model left out is the end of the name (``Hugues Messan EDORH``);
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
        # several first names before the particle
        (
            "Lalla Fatima Zahra El Alaoui a été nommée directrice de la filiale.",
            "Lalla Fatima Zahra El Alaoui",
        ),
    ],
)
def test_particle_continues_a_person(nlp: Language, text: str, person: str) -> None:
    assert person in people(nlp(text))


def test_honorific_before_a_particle_surname(nlp: Language) -> None:
    """ "Mme El Alaoui": the surname is the particle and the word after it."""
    doc = nlp(
        "Nadia El Alaoui a été nommée directrice. Mme El Alaoui dirigeait jusqu'ici la filiale."
    )
    assert people(doc) == {"Nadia El Alaoui"}


def test_short_rank_is_an_honorific(nlp: Language) -> None:
    doc = nlp("« Nous prévoyons des travaux », indique le Lt Marc-Olivier Tremblay.")
    assert people(doc) == {"Marc-Olivier Tremblay"}


def test_glued_honorific(nlp: Language) -> None:
    doc = nlp("M.Adama Bocar Sarr a été nommé secrétaire général. Il succède à M.Ali Salem.")
    assert {"Adama Bocar Sarr", "Ali Salem"} <= people(doc)


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


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "« Il faut un repreneur », a déclaré à l'AFP Nadine Rouquet, déléguée syndicale.",
            "Nadine Rouquet",
            "AFP",
        ),
        ("Le patron de LVMH Bernard Arnault a confirmé l'objectif.", "Bernard Arnault", "LVMH"),
    ],
)
def test_person_after_an_acronym(nlp: Language, text: str, person: str, org: str) -> None:
    """A person written right after an acronym is no part of it."""
    doc = nlp(text)
    assert person in people(doc)
    assert org in orgs(doc)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "Dans une note, l'analyste de Kepler Cheuvreux Lukas Brunner estime que la marge a "
            "touché son point bas.",
            "Lukas Brunner",
            "Kepler Cheuvreux",
        ),
        (
            "Le patron de Dalvex Olivier Marchetti a confirmé l'objectif annuel.",
            "Olivier Marchetti",
            "Dalvex",
        ),
        (
            "Selon le gérant de Mandarine Gestion Paul Renaud, le titre reste bon marché.",
            "Paul Renaud",
            "Mandarine Gestion",
        ),
    ],
)
def test_person_after_a_role_and_its_employer(
    nlp: Language, text: str, person: str, org: str
) -> None:
    """``<role> de <employer> <first name> <surname>`` (no comma): the employer's name ends
    before the listed first name; the person is a name of their own."""
    doc = nlp(text)
    assert person in people(doc)
    assert org in orgs(doc)
    assert not any(person in o for o in orgs(doc))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Monsieur Hugues Messan EDORH a dit que la coopération avait permis de financer "
            "300 milliards de FCFA de projets.",
            "Hugues Messan EDORH",
        ),
        (
            "Le ministre Lassané SAWADOGO a précisé que le budget serait exécuté à 95 %.",
            "Lassané SAWADOGO",
        ),
    ],
)
def test_surname_in_capitals_ends_the_name(nlp: Language, text: str, person: str) -> None:
    """A surname written in capitals after first names in title case (West-African press) is
    the end of the person's name, not left out of it."""
    assert person in people(nlp(text))


def test_role_acronym_after_a_name_is_no_surname(nlp: Language) -> None:
    found = people(nlp("Paul Girard PDG du groupe Dalvex a confirmé les objectifs."))
    assert not any("PDG" in p for p in found), found


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
