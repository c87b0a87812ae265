"""fr_org_people on what real web pages and wires carry around an article: signatures and
photo credits, datelines, public bodies named by a lower-case head, lists of companies with a
figure in brackets, page furniture, the stock exchange of a company."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs, people

CREDITS = [
    # (text, people, organisations)
    ("Le groupe Valorys ferme son usine.\nPhoto : Julien Marsac / AFP", {"Julien Marsac"}, {"AFP"}),
    ("( AFP / THOMAS LEGRAND )\nLe groupe Valorys ferme son usine.", {"THOMAS LEGRAND"}, {"AFP"}),
    ("Le groupe Valorys ferme son usine.\nKEYSTONE/ANNA MEIER", {"ANNA MEIER"}, {"KEYSTONE"}),
    (
        "Le groupe Valorys ferme son usine.\nPHOTO LUC BERGERON, ARCHIVES LE DEVOIR",
        {"LUC BERGERON"},
        {"LE DEVOIR"},
    ),
    ("Par Claire Dumont\nLe groupe Valorys ferme son usine.", {"Claire Dumont"}, {"Valorys"}),
    (
        "Le groupe Valorys ferme son usine de Lisieux. Le dossier sera examiné en juin.\n"
        "Pierre Castagné",
        {"Pierre Castagné"},
        {"Valorys"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who", "orgs_"), CREDITS)
def test_signatures_and_credits(nlp: Language, text: str, who: set[str], orgs_: set[str]) -> None:
    doc = nlp(text)
    assert who <= people(doc)
    assert orgs_ <= orgs(doc)
    assert not (who & orgs(doc))


def test_a_credit_needs_a_full_name(nlp: Language) -> None:
    # "LVMH / Kering" on its own line is no photo credit
    doc = nlp("Luxe : le match\nLVMH / Kering\nLes deux groupes publient leurs ventes.")
    assert not ({"Kering"} & people(doc))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lyon (awp/afp) - Le groupe Valorys ferme son usine.", {"AWP", "AFP"}),
        ("PARIS (Dow Jones Newswires) -- Le groupe Valorys ferme son usine.",
         {"Dow Jones Newswires", "Valorys"}),
    ],
)  # fmt: skip
def test_dateline_agencies(nlp: Language, text: str, expected: set[str]) -> None:
    found = {o.upper() for o in orgs(nlp(text))}
    assert {e.upper() for e in expected} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le fabricant a été placé en liquidation par le tribunal de commerce de Nanterre.",
         {"tribunal de commerce de Nanterre"}),
        ("Le tribunal judiciaire de Bourg-en-Bresse a tranché.",
         {"tribunal judiciaire de Bourg-en-Bresse"}),
        ("La région Occitanie a accordé une avance remboursable.", {"région Occitanie"}),
        ("Le gouvernement flamand a débloqué une aide.", {"gouvernement flamand"}),
        ("L'entreprise fera appel devant la cour d'appel de Douai.", {"cour d'appel de Douai"}),
    ],
)  # fmt: skip
def test_public_bodies(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))


def test_a_region_without_a_name_is_no_body(nlp: Language) -> None:
    assert not any(o.startswith("région") for o in orgs(nlp("La région a voté le budget.")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les plus grosses levées du mois : Brindille (12 millions d'euros), Ouessant Bio "
         "(8 millions) et Carto Labs (5,5 millions).", {"Brindille", "Ouessant Bio", "Carto Labs"}),
        ("Le verrier est valorisé plus cher que ses concurrents Altavia (7,1 fois), Glassmark "
         "(6 fois) et Verrand (5,9 fois).", {"Altavia", "Glassmark", "Verrand"}),
    ],
)  # fmt: skip
def test_names_listed_with_a_figure(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))


def test_people_listed_with_their_age_stay_people(nlp: Language) -> None:
    doc = nlp("Les fondateurs, Julien Moreau (42 ans) et Claire Dubois (38 ans), gardent la main.")
    assert not ({"Julien Moreau", "Claire Dubois"} & orgs(doc))


def test_page_furniture_gives_no_mention(nlp: Language) -> None:
    text = (
        "Accueil > Économie > Entreprises\n"
        "CAC 40 7 812,45 +0,62 % | Vantor 171,20 € | Brisco 245,80 €\n"
        "Le sous-traitant Occitane Composites placé en redressement\n"
        "Le sous-traitant Occitane Composites a été placé en redressement judiciaire.\n"
        "Lire aussi : Aéronautique : Kestrelia face à la remontée des taux\n"
        "Partager sur Facebook Partager sur X\n"
        "Vos commentaires"
    )
    found = orgs(nlp(text))
    assert "Occitane Composites" in found
    assert not ({"Vantor", "Brisco", "Kestrelia", "Facebook"} & found)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("L'introduction en Bourse de Ciblex a été un succès.", {"Ciblex"}, {"Bourse de Ciblex"}),
        ("C'est la première introduction en Bourse d'envergure depuis 2019.", set(),
         {"Bourse d'envergure"}),
    ],
)  # fmt: skip
def test_the_exchange_of_a_company(
    nlp: Language, text: str, expected: set[str], absent: set[str]
) -> None:
    found = orgs(nlp(text))
    assert expected <= found
    assert not (absent & found)


def test_a_name_written_with_and_without_its_accents_is_one(nlp: Language) -> None:
    doc = nlp(
        "La banque Crédit Mutuel Arkéa a annoncé une offre. L'action Credit Mutuel Arkea gagne 2 %."
    )
    assert {s._.canonical for s in doc.spans["organizations"]} == {"Crédit Mutuel Arkéa"}


def test_a_portfolio_glued_to_the_minister(nlp: Language) -> None:
    doc = nlp("« Le groupe joue sa survie », a déclaré le ministre de l’Économie Bruno Le Maire.")
    assert "Bruno Le Maire" in people(doc)
    assert not any("Économie" in o for o in orgs(doc))


def test_an_index_cut_before_its_number_is_no_name(nlp: Language) -> None:
    doc = nlp("Plus forte baisse du SBF 120, l'action de la banque Valbanque dévisse de 8 %.")
    assert "SBF" not in orgs(doc)


def test_the_exchange_of_a_city_stays(nlp: Language) -> None:
    doc = nlp("L'indice Dow Jones de la Bourse de New York progresse de 0,2 %.")
    assert "New York" not in orgs(doc)


def test_a_person_after_a_body_head_is_no_place(nlp: Language) -> None:
    doc = nlp("Le préfet de région Gaël Trinquart a indiqué que les aides seraient versées.")
    assert "région Gaël Trinquart" not in {s.text for s in doc.spans["organizations"]}
    assert "Gaël Trinquart" in {s._.canonical for s in doc.spans["people"]}
    doc = nlp("La région Grand Est a voté une aide de 2 millions d'euros.")
    assert "région Grand Est" in {s.text for s in doc.spans["organizations"]}
