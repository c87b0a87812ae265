"""People and first names: surnames, honorifics, first names alone, people the model missed,
compound first names, brands named after people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs, people


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a surname tagged ORG that is a person's surname in the article is that person
        ("Elon Musk mène une offre. OpenAI a une histoire unique avec Musk.",
         {"Elon Musk"}, {"Musk"}),
        # a full name tagged ORG by the model, first name known
        ("Sundar Pichai, le patron de Google, a réagi. Pichai a évoqué la concurrence.",
         {"Sundar Pichai"}, {"Pichai"}),
        # honorifics are not part of the name; particles stay
        ("Patrick Pouyanné a annoncé un plan. M. Pouyanné a précisé ses objectifs.",
         {"Patrick Pouyanné"}, {"M. Pouyanné", "Pouyanné"}),
        ("Luca de Meo dirige le groupe. « Il faut accélérer », a dit M. de Meo.",
         {"Luca de Meo"}, {"de Meo", "Meo"}),
        ("Mme Christine Lagarde a maintenu les taux.",
         {"Christine Lagarde"}, {"Mme Christine Lagarde"}),
        # a person and the group bearing the name, told apart by context
        ("Le groupe Bolloré a racheté Vivendi. Vincent Bolloré a refusé de commenter.",
         {"Vincent Bolloré"}, {"Bolloré"}),
        # a headline glued to the first sentence is cut at the line break
        ("Elon Musk mène une offre pour OpenAI\nElon Musk est à la tête du projet.",
         {"Elon Musk"}, {"OpenAI Elon Musk"}),
        # a product with a capitalised word after it is not a person
        ("Nous avons rendu Grok open source, a-t-il dit.", set(), {"Grok", "Grok open"}),
    ],
)  # fmt: skip
def test_people(nlp: Language, text: str, expected: set[str], absent: set[str]) -> None:
    doc = nlp(text)
    found = people(doc)
    assert expected <= found
    assert not (absent & found)


def test_group_and_person_same_name(nlp: Language) -> None:
    doc = nlp("Le groupe Bolloré a racheté Vivendi. Vincent Bolloré a refusé de commenter.")
    assert "Bolloré" in orgs(doc)
    assert "Vincent Bolloré" in people(doc)


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        # a first name + surname in apposition to a role is a person, whatever the surname
        ("« Nous restons prudents », a déclaré Anant Goenka, directeur général du groupe.",
         "Anant Goenka", None),
        ("Le patron, Ravinder Mittal, directeur général d’ArcelorMittal, a confirmé.",
         "Ravinder Mittal", None),
        ("Antoine Dassault, directeur de Dassault Systèmes, a présenté la feuille de route.",
         "Antoine Dassault", None),
        # a person the model misses: a listed first name and capitalised words
        ("Selon Jean-Jacques Le Fur, analyste chez Bryan, Garnier & Co, le prix est correct.",
         "Jean-Jacques Le Fur", None),
        # a capitalised nationality noun is a person's
        ("Le Français Thomas Pesquet a visité l’usine.", "Thomas Pesquet", None),
        ("Le milliardaire américain Elon Musk a réagi.", "Elon Musk", None),
        # an industrialist is a person even with a cue-like noun before the name
        ("L’industriel Vincent Bolloré a cédé ses parts.", "Vincent Bolloré", None),
        # companies that look like a first name + a surname
        ("Fonderie Vallet : 120 emplois menacés\nLa Fonderie Vallet SAS a été placée en "
         "redressement judiciaire.", None, "Fonderie Vallet"),
        ("Le suisse Barry Callebaut a relevé ses prix de 8 %.", None, "Barry Callebaut"),
        ("Le promoteur Vallorès Immobilier a réduit ses effectifs. Vallorès vend des terrains.",
         None, "Vallorès Immobilier"),
        ("Le tribunal a jugé Valtéris Ingénierie pour corruption.", None, "Valtéris Ingénierie"),
        ("Carrefour et Mercier Distribution ont signé un accord.", None, "Mercier Distribution"),
        # a brand in apposition to "sa marque" is no person
        ("Gucci, sa principale marque, a vu ses ventes reculer de 25 %.", None, "Gucci"),
        # a brand named after a person, after a product noun
        ("Agrial, qui produit déjà le cidre Loïc Raison, reprend l’activité.", None, "Loïc Raison"),
        ("Le groupe vend le champagne Nicolas Feuillatte en Asie.", None, "Nicolas Feuillatte"),
        # but an assistant is a person
        ("Son assistant Pierre Martin a confirmé le rendez-vous.", "Pierre Martin", None),
    ],
)  # fmt: skip
def test_people_in_apposition_first_names_and_person_like_companies(
    nlp: Language, text: str, person: str | None, not_person: str | None
) -> None:
    found = people(nlp(text))
    if person is not None:
        assert person in found
    if not_person is not None:
        assert not_person not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name alone is the one person of the article with that first name
        ("Claire Delorme dirige l’entreprise. « Claire a plus d’audace que moi », dit son père.",
         {"Claire Delorme"}),
        # with two people of that first name, it stays as written
        ("Claire Delorme et Claire Martin dirigent. « Claire a tranché », dit Paul Morel.",
         {"Claire Delorme", "Claire Martin", "Claire", "Paul Morel"}),
    ],
)  # fmt: skip
def test_first_name_alone(nlp: Language, text: str, expected: set[str]) -> None:
    assert people(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "« Nous voulons des hausses », a lancé Zuleika Marbach, sa présidente.",
        "Le syndicat des pilotes, dont la présidente, Ottilie Vanderkamp, a menacé de faire grève.",
        "Le collectif réclame des garanties, a expliqué son directeur, Ottilie Vanderkamp.",
    ],
)
def test_person_with_possessive_role(nlp: Language, text: str) -> None:
    doc = nlp(text)
    name = "Zuleika Marbach" if "Zuleika" in text else "Ottilie Vanderkamp"
    assert name in people(doc)
    assert name not in orgs(doc)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("« La direction sourit aux actionnaires », a lancé Marc-André Tremblin, représentant "
         "de l’AIMTA.", "Marc-André Tremblin"),
        ("« Rien ne change », a lancé Jean-Luc Vorelle, représentant de la CGT.",
         "Jean-Luc Vorelle"),
    ],
)  # fmt: skip
def test_compound_first_name_person(nlp: Language, text: str, person: str) -> None:
    doc = nlp(text)
    assert person in people(doc)
    assert person not in orgs(doc)


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        ("Paul-Henri Vardelle : « Le cidre doit reconquérir les Français »\nLe président de "
         "Vardelle SA commente les ventes.", "Paul-Henri Vardelle", "Henri Vardelle"),
    ],
)  # fmt: skip
def test_hyphenated_first_name(nlp: Language, text: str, person: str, not_person: str) -> None:
    found = people(nlp(text))
    assert person in found
    assert not_person not in found


def test_bracketed_person_after_a_company_stays_a_person(nlp: Language) -> None:
    # a person's name in brackets after a company is no short form of it
    doc = nlp("L’usine appartient à Valdor Industries (Jean Martin) depuis 2019.")
    assert orgs(doc) == {"Valdor Industries"}
    assert people(doc) == {"Jean Martin"}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a role and its complement, a comma, then the name: a person, whatever the model said
        ("La ministre wallonne de l'Emploi, Christie Morvane (PS), a rencontré la direction.",
         "Christie Morvane"),
        ("Le directeur général de Valorys, Luc Arnaud, a confirmé la nouvelle.", "Luc Arnaud"),
        # a demonym glued to the name after it is no part of it
        ("Le Libano-Ivoirien Ibrahim Ezzedine a maintenu ses activités.", "Ibrahim Ezzedine"),
        ("L'Américain Sam Altman a rencontré le gouvernement.", "Sam Altman"),
    ],
)  # fmt: skip
def test_people_named_after_a_role_or_demonym(nlp: Language, text: str, who: str) -> None:
    doc = nlp(text)
    assert who in people(doc)
    assert who not in orgs(doc)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # first names of Belgian, Swiss, Quebec, Maghreb and West African business news
        ("Selon Urs Brändli, le chiffre d'affaires progresse.", "Urs Brändli"),
        ("Le contrat a été signé par Babacar Ndour et par Marie-Josée Lavoie.", "Babacar Ndour"),
        ("Karel Vandamme a quitté Proximus, selon Geert Claeys.", "Geert Claeys"),
        # the model tagged the first name alone
        ("Boris Collardi, patron emblématique de la banque Julius Baer, annonce son départ.",
         "Boris Collardi"),
    ],
)  # fmt: skip
def test_foreign_first_names(nlp: Language, text: str, who: str) -> None:
    assert who in people(nlp(text))


def test_family_firm_after_chez_stays_a_company(nlp: Language) -> None:
    doc = nlp(
        "Boris Collardi annonce son arrivée chez Pictet, a indiqué l'associé-gérant Nicolas Pictet."
    )
    assert "Pictet" in orgs(doc)
    assert "Nicolas Pictet" in people(doc)
