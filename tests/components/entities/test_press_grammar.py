"""fr_org_people on kinds read in press we do not tune on (regional dailies on local firms, wire
briefs, Quebec, Swiss and West African business press), decided from the sentence's grammar
rather than from a list: an unknown company's name alone, with no legal form nor cue noun near,
that opens a clause only a company opens ("X va fermer son usine", "X a réuni ses salariés")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs, people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Difacom va fermer son usine de Brest d'ici à la fin de l'année.", "Difacom"),
        ("Solvane prévoit de supprimer 80 postes dans ses ateliers.", "Solvane"),
        ("Le tribunal a validé l'offre. Vauclin conserve ses 131 salariés.", "Vauclin"),
        ("Armoric Câbles va fermer son usine de Lannion.", "Armoric Câbles"),
    ],
)  # fmt: skip
def test_lone_name_opening_a_company_clause_is_an_organisation(
    nlp: Language, text: str, name: str
) -> None:
    doc = nlp(text)
    assert name in orgs(doc)
    assert name not in people(doc)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jean Dupont dirige la société depuis 2019. Dupont a réuni ses salariés mardi.",
         "Jean Dupont"),
        ("Karim Benali va quitter ses fonctions en juin.", "Karim Benali"),
    ],
)  # fmt: skip
def test_person_opening_such_a_clause_stays_a_person(nlp: Language, text: str, person: str) -> None:
    doc = nlp(text)
    assert person in people(doc)
    assert not orgs(doc)


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("Dans une note, l'analyste de Vontobel Reto Gisler estime que la marge a touché son "
         "point bas.", "Vontobel", "Reto Gisler"),
        ("Le directeur général de Brenvol Industries Marc Lefort a démissionné.",
         "Brenvol Industries", "Marc Lefort"),
    ],
)  # fmt: skip
def test_person_glued_to_the_employer_a_role_names(
    nlp: Language, text: str, org: str, person: str
) -> None:
    doc = nlp(text)
    assert org in orgs(doc)
    assert person in people(doc)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Coutellerie Garnier a été placée en redressement judiciaire.", "Coutellerie Garnier"),
        ("Les 174 salariés de la Bonneterie Vauclin attendent la décision du tribunal.",
         "Bonneterie Vauclin"),
        ("La Caisse pourrait vendre sa participation dans la cimenterie McInnes en Gaspésie.",
         "McInnes"),
    ],
)  # fmt: skip
def test_trade_noun_opens_or_introduces_a_company(nlp: Language, text: str, name: str) -> None:
    assert name in orgs(nlp(text))


def test_object_of_mettre_la_main_sur_is_an_organisation(nlp: Language) -> None:
    doc = nlp(
        "Le géant des télécommunications Rodgers avait tenté de mettre la main sur Vidéotour."
    )
    assert "Vidéotour" in orgs(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Le prix représente environ 9,5 fois le BAIIA de la cible.",
        "Le BPA ajusté progresse de 12 % sur l'exercice.",
    ],
)
def test_quebec_and_short_account_lines_are_no_organisation(nlp: Language, text: str) -> None:
    assert not orgs(nlp(text))


def test_sector_acronym_of_a_cue_is_no_part_of_the_name(nlp: Language) -> None:
    found = orgs(nlp("L'entreprise de BTP Eiffel Sénégal est en discussion sur plusieurs projets."))
    assert "Eiffel Sénégal" in found
    assert not any(name.startswith("BTP") for name in found)


def test_acronym_defined_as_a_common_phrase_is_no_organisation_anywhere(nlp: Language) -> None:
    doc = nlp(
        "Le budget d'investissement public (BIP) atteint 1 920 milliards de FCFA. Le BIP "
        "finance d'abord les routes, a indiqué le ministère des Finances."
    )
    assert "BIP" not in orgs(doc)


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        ("Le budget atteint 900 milliards, a précisé le ministère de l'Économie, de la "
         "Planification et de l'Aménagement du territoire (Minepat).",
         "ministère de l'Économie, de la Planification et de l'Aménagement du territoire"),
        ("Les chiffres sont connus, a précisé le ministère de l'Économie, de la Planification "
         "et de l'Aménagement du territoire.",
         "ministère de l'Économie, de la Planification et de l'Aménagement du territoire"),
    ],
)  # fmt: skip
def test_ministry_named_by_its_list_of_portfolios(nlp: Language, text: str, ministry: str) -> None:
    found = orgs(nlp(text))
    assert ministry in found
    assert "Planification et de l'Aménagement du territoire" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Selon lui, une vente du site de Tielt, qui emploie 140 personnes, reste la piste "
        "privilégiée.",
        "Le groupe va fermer son usine de Lannion, qui emploie 80 salariés.",
    ],
)
def test_town_of_a_plant_is_no_organisation(nlp: Language, text: str) -> None:
    found = orgs(nlp(text))
    assert "Tielt" not in found
    assert "Lannion" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le maraîcher breton Prim'Armor propose 1,2 million d'euros pour la marque.",
         "Prim'Armor"),
        ("Le torréfacteur lyonnais Cafés Moulin a racheté un concurrent.", "Cafés Moulin"),
    ],
)  # fmt: skip
def test_trade_described_by_its_place_introduces_a_company(
    nlp: Language, text: str, name: str
) -> None:
    assert name in orgs(nlp(text))


def test_person_described_by_a_place_stays_a_person(nlp: Language) -> None:
    doc = nlp("Le chanteur breton Alan Stivell a donné un concert à Lorient.")
    assert "Alan Stivell" in people(doc)
    assert not orgs(doc)
