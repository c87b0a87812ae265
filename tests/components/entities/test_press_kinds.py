"""fr_org_people on kinds of company names seen in the regional and foreign press: a trade noun
and a surname or a place ("Biscuiterie Morvan", "Laiterie de Herve SA"), Belgian legal forms,
the company in brackets after a speaker's name in a headline, a body speaking under its foreign
name ("Le Boerenbond a salué")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs, people

TRADE_NAMES = [
    # (text, organisation, person of the article who shares its name or None)
    ("Le tribunal a tranché. La Biscuiterie Morvan obtient 1,9 million d'euros. Le dirigeant "
     "de la biscuiterie bretonne, Paul Morvan, se dit soulagé.", "Biscuiterie Morvan",
     "Paul Morvan"),
    ("Transports Mercier rachète un concurrent. Le transporteur, dirigé par Anne Mercier, "
     "emploie 300 chauffeurs.", "Transports Mercier", "Anne Mercier"),
    ("Les Établissements Rouvier ferment leur usine de Nyons. Les 40 salariés seront "
     "reclassés.", "Établissements Rouvier", None),
    ("La Fromagerie Vanhove a repris une laiterie à Chimay. Elle emploie 60 personnes.",
     "Fromagerie Vanhove", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "org", "person"), TRADE_NAMES)
def test_trade_noun_and_name_is_a_company(
    nlp: Language, text: str, org: str, person: str | None
) -> None:
    doc = nlp(text)
    assert org in orgs(doc)
    assert org not in people(doc)
    if person:
        assert person in people(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Laiterie de Herve SA va fusionner avec une coopérative flamande. Les actionnaires "
         "de la Laiterie de Herve garderont 16 %.", "Laiterie de Herve SA"),
        ("La Cimenterie de Lukala SA a annoncé un bénéfice record.", "Cimenterie de Lukala SA"),
        ("Les Fonderies du Poitou SAS ont été placées en redressement judiciaire.",
         "Fonderies du Poitou SAS"),
    ],
)  # fmt: skip
def test_trade_noun_with_a_complement_before_a_legal_form(
    nlp: Language, text: str, expected: str
) -> None:
    found = orgs(nlp(text))
    assert expected in found
    assert not {o for o in found if o != expected and expected.endswith(o)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menuiserie Tanguy SPRL a déposé le bilan, selon le curateur.", "Menuiserie Tanguy SPRL"),
        ("La SPRL Garage Lambert a été déclarée en faillite mardi.", "Garage Lambert"),
        ("L'entreprise Ardenne Bois SCRL a été reprise par un groupe liégeois.",
         "Ardenne Bois SCRL"),
    ],
)  # fmt: skip
def test_belgian_legal_forms(nlp: Language, text: str, expected: str) -> None:
    found = orgs(nlp(text))
    assert expected in found
    assert not ({"SPRL", "SCRL"} & found)
    assert not (found & people(nlp(text)))


@pytest.mark.parametrize(
    ("text", "company", "person"),
    [
        ("Karine Dubreuil (Solvane) : « Nous allons doubler nos ventes »\nENTRETIEN - La "
         "directrice générale de l'éditeur nantais explique sa stratégie.", "Solvane",
         "Karine Dubreuil"),
        ("« Le marché repart », estime Marc Lefebvre (Ortalis), qui prévoit une hausse de 5 %.",
         "Ortalis", "Marc Lefebvre"),
    ],
)  # fmt: skip
def test_company_in_brackets_after_a_speaker(
    nlp: Language, text: str, company: str, person: str
) -> None:
    doc = nlp(text)
    assert company in orgs(doc)
    assert person in people(doc)


def test_a_place_in_brackets_after_a_person_stays_a_place(nlp: Language) -> None:
    doc = nlp("« Le marché repart », estime Marc Lefebvre (Lyon), qui prévoit une hausse.")
    assert "Lyon" not in orgs(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Boerenbond a salué un rapprochement inévitable.", "Boerenbond"),
        ("La Landsbond a dénoncé la réforme des allocations.", "Landsbond"),
    ],
)
def test_a_body_speaking_after_an_article(nlp: Language, text: str, expected: str) -> None:
    assert expected in orgs(nlp(text))


def test_short_form_of_a_company_with_its_legal_form_not_its_subsidiary(nlp: Language) -> None:
    doc = nlp(
        "La cour a confirmé la condamnation du laboratoire Tervanol SA. Sa filiale de "
        "distribution, Tervanol Santé, devra payer 2 millions d'euros. Tervanol étudie un "
        "pourvoi."
    )
    names = {s.text: s._.canonical for s in doc.spans["organizations"]}
    assert names.get("Tervanol") == "Tervanol SA"
    assert names.get("Tervanol Santé") == "Tervanol Santé"


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("La STM commande 300 bus à Ortavia.\nLivrés entre 2027 et 2031, les véhicules "
         "rouleront à Montréal.", "Livrés"),
        ("L'enseigne familiale, fondée en 1968 à Quaregnon, emploie 430 personnes.",
         "Quaregnon"),
    ],
)  # fmt: skip
def test_opening_participles_and_founding_places_are_no_organisations(
    nlp: Language, text: str, not_org: str
) -> None:
    assert not_org not in orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Casablanca - Le cimentier Atlas Ciments du Maroc a réalisé un chiffre d'affaires de "
         "4,2 milliards de dirhams.", "Atlas Ciments du Maroc"),
        ("Les Brasseries du Cameroun ont vu leurs ventes reculer de 3 %.",
         "Brasseries du Cameroun"),
    ],
)  # fmt: skip
def test_a_name_ending_on_a_trade_noun_keeps_its_country(
    nlp: Language, text: str, expected: str
) -> None:
    assert expected in orgs(nlp(text))


def test_two_organisations_the_model_cut_side_by_side_are_one(nlp: Language) -> None:
    doc = nlp(
        "Le groupe a publié ses comptes mardi.\nLe cabinet de conseil aux actionnaires Ardeval "
        "Gouvernance avait recommandé de voter contre. Selon lui, la rémunération est excessive."
    )
    found = orgs(doc)
    assert "Gouvernance" not in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Lausanne (ATS) - La Ville de Lausanne a bouclé ses comptes sur un déficit de 38 "
         "millions de francs. La Ville a placé un emprunt.", "Ville de Lausanne", "Ville"),
        ("La Commune de Sion a emprunté 50 millions de francs auprès de la BCVs.",
         "Commune de Sion", "Commune"),
    ],
)  # fmt: skip
def test_a_town_council_written_with_a_capital(
    nlp: Language, text: str, expected: str, absent: str
) -> None:
    found = orgs(nlp(text))
    assert expected in found
    assert absent not in found


def test_the_town_itself_is_no_organisation(nlp: Language) -> None:
    assert not {
        o for o in orgs(nlp("Les habitants de la ville de Lyon paieront plus.")) if "Lyon" in o
    }


@pytest.mark.parametrize(
    "text",
    [
        "Québec paiera 85 % par l'entremise du Programme d'aide aux immobilisations en transport.",
        "Le gouvernement a adopté mercredi en Conseil des ministres un projet de loi de finances.",
    ],
)
def test_designations_cut_short_are_no_organisations(nlp: Language, text: str) -> None:
    assert not ({"Programme", "Conseil"} & orgs(nlp(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ortavia boucle une levée de fonds de 8 M€\nLa jeune pousse grenobloise compte "
         "recruter 30 ingénieurs.", "Ortavia"),
        ("Malgré la crise, Brivane maintient ses marges\nLe groupe familial a dégagé un "
         "bénéfice de 12 millions d'euros.", "Brivane"),
        ("Rachat : Solvio passe sous pavillon allemand\nL'éditeur de logiciels nantais a été "
         "racheté pour 40 millions d'euros.", "Solvio"),
        ("EXCLUSIF. Norvalia prépare son introduction en Bourse\nLe spécialiste des batteries "
         "vise une valorisation de 500 millions d'euros.", "Norvalia"),
    ],
)  # fmt: skip
def test_a_company_named_only_in_the_title(nlp: Language, text: str, expected: str) -> None:
    doc = nlp(text)
    assert expected in orgs(doc)
    assert expected not in people(doc)


def test_a_person_of_the_title_stays_a_person(nlp: Language) -> None:
    doc = nlp(
        "Julien Marsac quitte Ortavia\nLe groupe grenoblois cherche un nouveau directeur général."
    )
    assert "Julien Marsac" in people(doc)
    assert "Julien Marsac" not in orgs(doc)


def test_a_headline_rubric_is_no_organisation(nlp: Language) -> None:
    doc = nlp(
        "Liquidation judiciaire pour Ferrandi Textiles\nLe tribunal de commerce de Roubaix a "
        "prononcé mardi la liquidation de l'entreprise."
    )
    assert "Liquidation" not in orgs(doc)
    assert "Ferrandi Textiles" in orgs(doc)


def test_the_owner_of_a_subsidiary_is_not_its_short_form(nlp: Language) -> None:
    doc = nlp(
        "Safran va boucler l'achat de la filiale de Norvex, Norvex Matériaux Avancés, pour 400 "
        "millions d'euros. Norvex conserve ses autres activités."
    )
    names = {s.text: s._.canonical for s in doc.spans["organizations"]}
    assert names.get("Norvex") == "Norvex"
    assert names.get("Norvex Matériaux Avancés") == "Norvex Matériaux Avancés"


def test_a_common_noun_opening_the_title_is_no_organisation(nlp: Language) -> None:
    doc = nlp("Grève chez Vortalis\nLe syndicat a appelé à la grève. Vortalis refuse.")
    assert "Grève" not in orgs(doc)
    assert "Vortalis" in orgs(doc)


def test_a_lede_that_does_not_open_on_an_organisation_noun_says_nothing_of_the_title(
    nlp: Language,
) -> None:
    doc = nlp(
        "« C'est inacceptable », a martelé Ortiz Almeida, délégué du personnel.\nLa "
        "participation de 26 % dans l'américain Vextor a rapporté 95 millions d'euros."
    )
    assert "Ortiz Almeida" not in orgs(doc)
