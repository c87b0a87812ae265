"""fr_org_people on mechanisms that act on wordings nobody studied: a name apposed to a
description whose head is a trade noun, with a place in its complement ("le premier cimentier
du Kenya, X"), or opened by "du" / an ordinal; a capitalised demonym glued to a company's name
("l'Américain Dow"); the maker named after its product ("le Doliprane de Sanofi"). Sentences of
our own, three wordings or more per kind."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le groupe a cédé le premier cimentier du Kenya, Bamburi Cement.", "Bamburi Cement"),
        ("Le fonds a repris le deuxième assureur du Sénégal, Sonam Assurances.",
         "Sonam Assurances"),
        ("Il négocie l'achat du troisième brasseur de Belgique, Haacht.", "Haacht"),
        ("Vedanta a annoncé le rachat du quatrième pétrolier du pays, Cairn India. Un rachat "
         "de 9 milliards de dollars.", "Cairn India"),
        ("Elle a vendu sa participation dans le premier opérateur mobile en Tunisie, "
         "Ooredoo Tunisie.", "Ooredoo Tunisie"),
    ],
)  # fmt: skip
def test_name_apposed_to_a_description_with_a_place(
    nlp: Language, text: str, expected: str
) -> None:
    assert expected in orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Le patron du groupe, Jean Dupont, a démissionné.", "Jean Dupont"),
        ("Le directeur du cimentier du Kenya, Paul Otieno, est parti.", "Paul Otieno"),
    ],
)  # fmt: skip
def test_person_after_a_description_stays_a_person(nlp: Language, text: str, person: str) -> None:
    doc = nlp(text)
    assert person in people(doc)
    assert person not in orgs(doc)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("L'Américain Dow ne commente pas.", "Dow", "Américain Dow"),
        ("La Britannique Unilever cède ses marques de thé.", "Unilever", "Britannique Unilever"),
        ("Le Suisse Holcim a racheté une carrière.", "Holcim", "Suisse Holcim"),
    ],
)  # fmt: skip
def test_demonym_glued_to_a_company_is_no_part_of_it(
    nlp: Language, text: str, expected: str, not_expected: str
) -> None:
    found = orgs(nlp(text))
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Française des Jeux a publié ses résultats.", "Française des Jeux"),
        ("Le Canadien National transporte du grain vers Vancouver.", "Canadien National"),
    ],
)  # fmt: skip
def test_demonym_that_opens_a_name_stays(nlp: Language, text: str, expected: str) -> None:
    assert any(expected in name for name in orgs(nlp(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model tags the product alone; a span the model glues over "X de Y" is not split
        # (splitting it cut company names of the "X de Y" shape on unseen text)
        ("Le Dafalgan d'UPSA est en rupture.", "UPSA"),
    ],
)  # fmt: skip
def test_maker_named_after_its_product(nlp: Language, text: str, expected: str) -> None:
    assert expected in orgs(nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        "Le Prix Nobel de Médecine a été attribué.",
        "La Loi de Finances prévoit 3 milliards.",
        "La Cour de Cassation a tranché.",
    ],
)
def test_no_maker_without_corroboration(nlp: Language, text: str) -> None:
    found = orgs(nlp(text))
    assert not {"Médecine", "Finances", "Cassation"} & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orange Côte d'Ivoire revendique 18 millions de clients.", "Orange Côte d'Ivoire"),
        ("La filiale Société Générale Côte d'Ivoire a publié ses comptes.",
         "Société Générale Côte d'Ivoire"),
        ("Ecobank Afrique du Sud recrute cent conseillers.", "Ecobank Afrique du Sud"),
        ("Le régulateur a sanctionné Nestlé Sénégal pour retard de paiement.", "Nestlé Sénégal"),
    ],
)  # fmt: skip
def test_company_and_country_is_a_national_subsidiary(
    nlp: Language, text: str, expected: str
) -> None:
    assert expected in orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("Les ventes de Danone en Espagne reculent.", "Danone", "Danone en Espagne"),
        ("Renault a ouvert une usine à Tanger.", "Renault", "Renault Tanger"),
        ("Le Nord Cameroun manque d'électricité, déplore la société Eneo.", "Eneo",
         "Nord Cameroun"),
    ],
)  # fmt: skip
def test_place_not_glued_to_a_company(
    nlp: Language, text: str, expected: str, not_expected: str
) -> None:
    found = orgs(nlp(text))
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les cabinets de conseil en vote Vexlor et Pradane recommandent de voter contre.",
         {"Vexlor", "Pradane"}),
        ("Les deux opérateurs Moov et Togocom se disputent le marché.", {"Moov", "Togocom"}),
        ("Les fonds Ardelis, Quintera et Movane sont candidats à la reprise.",
         {"Ardelis", "Quintera", "Movane"}),
        ("Les assureurs Covéa ou Groupama pourraient surenchérir.", {"Covéa", "Groupama"}),
    ],
)  # fmt: skip
def test_names_coordinated_after_a_plural_cue_noun(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Les sociétés de Jean Dupont et Marc Martin sont liquidées.", "Jean Dupont"),
        ("Les banques ont écouté M. Dupont et Mme Martin.", "Dupont"),
    ],
)  # fmt: skip
def test_people_after_a_plural_cue_noun_stay_people(nlp: Language, text: str, person: str) -> None:
    doc = nlp(text)
    assert person not in orgs(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La banque en ligne Kovalto recrute 200 conseillers.", "Kovalto"),
        ("Le cabinet de conseil en stratégie Arvenne a été racheté.", "Arvenne"),
        ("La société spécialisée en cybersécurité Tesselis lève 5 millions d'euros.",
         "Tesselis"),
    ],
)  # fmt: skip
def test_cue_noun_with_an_en_complement(nlp: Language, text: str, expected: str) -> None:
    assert expected in orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Glass Lewis recommande de voter contre la résolution.", "Glass Lewis"),
        ("ISS a émis un avis favorable sur le plan.", "ISS"),
        ("Selon Proxinvest, la rémunération du dirigeant est excessive.", "Proxinvest"),
    ],
)  # fmt: skip
def test_proxy_advisers_are_organisations(nlp: Language, text: str, expected: str) -> None:
    doc = nlp(text)
    assert expected in orgs(doc)
    assert expected not in people(doc)


@pytest.mark.parametrize(
    ("text", "expected", "person"),
    [
        ("Le PDG de la Biat, Mohamed Agrebi, a présenté les résultats.", "Biat",
         "Mohamed Agrebi"),
        ("La directrice générale de la Sotelma, Awa Traoré, a démissionné.", "Sotelma",
         "Awa Traoré"),
        ("Le président de la Camtel, Paul Ndi, a été limogé.", "Camtel", "Paul Ndi"),
    ],
)  # fmt: skip
def test_employer_between_a_role_and_its_holder(
    nlp: Language, text: str, expected: str, person: str
) -> None:
    doc = nlp(text)
    assert expected in orgs(doc)
    assert person in people(doc)


def test_department_between_a_role_and_its_holder_is_no_company(nlp: Language) -> None:
    found = orgs(nlp("Le directeur de la Communication, Marc Petit, a confirmé la vente."))
    assert "Communication" not in found
