"""Canonical names: one entity per organisation or person, named by its longest proper form
(acronyms, legal suffixes, surnames)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.components.entities import norm
from tests.components.entities.helpers import orgs, people


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("L’Autorité des marchés financiers (AMF) a ouvert une enquête. Selon l’AMF, rien "
         "n’est joué.", "AMF", "Autorité des marchés financiers"),
        ("La Banque centrale européenne maintient ses taux. La BCE reste prudente.",
         "BCE", "Banque centrale européenne"),
        ("Alimentation Couche-Tard a relevé son offre. Couche-Tard propose 47 milliards.",
         "Couche-Tard", "Alimentation Couche-Tard"),
        ("La propre entreprise de Musk, x.AI Corp, participe. Chez x.AI, on travaille.",
         "x.AI", "x.AI Corp"),
        ("Jeff Bezos a vendu des actions. La fortune de Bezos dépasse 200 milliards.",
         "Bezos", "Jeff Bezos"),
    ],
)  # fmt: skip
def test_canonical(nlp: Language, text: str, mention: str, canonical: str) -> None:
    doc = nlp(text)
    spans = [*doc.spans["organizations"], *doc.spans["people"]]
    got = {s._.canonical for s in spans if norm(s.text) == mention}
    assert got == {canonical}


def test_amazon_and_aws_stay_distinct(nlp: Language) -> None:
    doc = nlp("Amazon a publié ses résultats. Amazon Web Services a ralenti.")
    assert {"Amazon", "Amazon Web Services"} <= orgs(doc)


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        # a legal suffix leaves the same entity; its abbreviation period is part of the name
        ("Le groupe québécois Alimentation Couche-Tard Inc. a relevé son offre. L’action "
         "Couche-Tard a pris 1,8 %.", "Couche-Tard", "Alimentation Couche-Tard Inc."),
        ("Calvéa Group a publié ses comptes. Calvéa conteste la sanction.", "Calvéa",
         "Calvéa Group"),
        ("BYD Company Ltd a confirmé. BYD Company emploie 900 000 personnes.", "BYD Company",
         "BYD Company Ltd"),
        # a distinguishing word is not a legal suffix: parent and subsidiary stay apart
        ("Toyota Motor Corp lance une offre sur Toyota Industries. Toyota détient déjà 24 %.",
         "Toyota", "Toyota Motor Corp"),
        ("Toyota Motor Corp lance une offre sur Toyota Industries. Toyota détient déjà 24 %.",
         "Toyota Industries", "Toyota Industries"),
        ("Renault Trucks, filiale du suédois Volvo, recrute. Renault a publié ses ventes.",
         "Renault", "Renault"),
        ("Airbus Helicopters a livré 300 appareils. Airbus vise 820 livraisons.", "Airbus",
         "Airbus"),
        # an unknown short form of the one longer name that starts with it
        ("Harwell Grid Systems Ltd sera racheté. Harwell emploie 1 800 salariés.", "Harwell",
         "Harwell Grid Systems Ltd"),
        # a short form of a company named in full becomes that company
        ("La société Chaussures Marbot SAS est en difficulté. Avant Marbot, d’autres ont fermé.",
         "Marbot", "Chaussures Marbot SAS"),
        # shared surnames: the most recently mentioned person
        ("Bernard Arnault a présenté les comptes. Son fils Antoine Arnault était présent. Arnault "
         "a évoqué la succession.", "Arnault", "Antoine Arnault"),
        ("Antoine Arnault était présent. Bernard Arnault a présenté les comptes. Arnault a "
         "évoqué la succession.", "Arnault", "Bernard Arnault"),
        # hyphenated first names split by the tokenizer
        ("Le groupe traverse une crise. François-Henri Pinault reste président.",
         "François-Henri Pinault", "François-Henri Pinault"),
    ],
)  # fmt: skip
def test_legal_suffixes_subsidiaries_and_surnames(
    nlp: Language, text: str, mention: str, canonical: str
) -> None:
    doc = nlp(text)
    spans = [*doc.spans["organizations"], *doc.spans["people"]]
    got = {s._.canonical for s in spans if norm(s.text) == mention}
    assert got == {canonical}


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        # an acronym of the hyphenated head + the rest of the name
        ("Anheuser-Busch InBev SA/NV a publié ses comptes. AB InBev a maintenu ses objectifs.",
         "AB InBev", "Anheuser-Busch InBev SA/NV"),
        ("Le conglomérat Fomento Económico Mexicano SAB de CV (Femsa) investit. Femsa confirme.",
         "Femsa", "Fomento Económico Mexicano SAB de CV"),
        # a short form already bound to its full name does not jump to a subsidiary
        ("Fomento Económico Mexicano SAB de CV (Femsa) contrôle Coca-Cola Femsa. Femsa investit.",
         "Coca-Cola Femsa", "Coca-Cola Femsa"),
        # an acronym matches initials without their accents, with or without "de"
        ("La Régie Électrique de Morvan a publié ses comptes. La REM confirme.", "REM",
         "Régie Électrique de Morvan"),
        # spelling variants of one name
        ("TotalEnergies a signé avec QatarEnergy. Qatar Energy livrera 3,5 millions de tonnes.",
         "QatarEnergy", "Qatar Energy"),
        # a subsidiary brand is not its parent
        ("Iliad, maison mère de Free, a publié ses comptes. Free a gagné des abonnés.", "Free",
         "Free"),
        ("Altice France, maison mère de SFR, est endettée. SFR perd des clients.", "SFR", "SFR"),
    ],
)  # fmt: skip
def test_acronyms_spelling_variants_and_subsidiary_brands(
    nlp: Language, text: str, mention: str, canonical: str
) -> None:
    doc = nlp(text)
    got = {s._.canonical for s in doc.spans["organizations"] if norm(s.text) == mention}
    assert got == {canonical}


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        # the long and short forms of a bracketed acronym are one organisation
        ("La Fédération unique des pétroliers (FUP) proteste. La FUP appelle à la grève.", "FUP",
         "Fédération unique des pétroliers"),
        # a short form made of the starts of the words of the long name
        ("La Société nationale des télécommunications du Sénégal conteste la taxe. Sonatel "
         "prévoit une baisse.", "Sonatel", "Société nationale des télécommunications du Sénégal"),
        ("Orange a publié ses comptes. La Société nationale des télécoms proteste.", "Orange",
         "Orange"),
        # known official names of gazetteer companies
        ("Les raffineries de Petróleo Brasileiro S.A. sont à l’arrêt. Petrobras a reculé.",
         "Petrobras", "Petróleo Brasileiro S.A."),
    ],
)  # fmt: skip
def test_bracketed_and_syllabic_acronyms(
    nlp: Language, text: str, mention: str, canonical: str
) -> None:
    doc = nlp(text)
    got = {s._.canonical for s in doc.spans["organizations"] if norm(s.text) == mention}
    assert got == {canonical}


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        # a long name holding commas, its title-case acronym in brackets
        ("Le calendrier a été validé par l’Autorité de régulation des communications "
         "électroniques, des postes et de la distribution de la presse (Arcep). La présidente "
         "de l’Arcep a prévenu.", "Arcep",
         "Autorité de régulation des communications électroniques, des postes et de la "
         "distribution de la presse"),
        ("La Commission nationale de l’informatique et des libertés (Cnil) a infligé une amende.",
         "Cnil", "Commission nationale de l'informatique et des libertés"),
        # a name and the same name + a country
        ("Primonial REIM France a abaissé le prix. La direction de Primonial REIM assure que "
         "tout va bien.", "Primonial REIM", "Primonial REIM France"),
        ("Kelvio France a recruté 20 ingénieurs. Kelvio vise la rentabilité.",
         "Kelvio", "Kelvio France"),
        # a capitalised article inside a sentence is part of the name
        ("Les ventes de La Redoute ont reculé, tout comme celles de La Française des jeux.",
         "La Française des jeux", "La Française des jeux"),
        ("Le Bon Marché a vu ses ventes progresser de 4 %.", "Le Bon Marché", "Le Bon Marché"),
    ],
)  # fmt: skip
def test_long_official_names_countries_and_articles(
    nlp: Language, text: str, mention: str, canonical: str
) -> None:
    doc = nlp(text)
    found = {s.text.replace("’", "'"): s._.canonical for s in doc.spans["organizations"]}
    assert found.get(mention.replace("’", "'")) == canonical


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # a subsidiary whose name differs by more than a country stays apart
        ("Primonial REIM France, filiale du groupe Primonial, a abaissé le prix de part.",
         {"Primonial", "Primonial REIM France"}),
        # the country is added to the full name, not to its core without the legal form
        ("Nu Holdings Ltd. a présenté son plan. La filiale Nu México lancera un compte.",
         {"Nu Holdings Ltd.", "Nu México"}),
    ],
)  # fmt: skip
def test_subsidiaries_stay_apart(nlp: Language, text: str, apart: set[str]) -> None:
    assert apart <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subsidiary's legal name ("la filiale X Inc.") is not the parent "X"
        ("Le chimiste Valorex a publié ses résultats. Aux États-Unis, la filiale Valorex Inc. a "
         "inauguré une unité.", {"Valorex", "Valorex Inc."}),
        # without the subsidiary cue the bare name is the legal name's short form
        ("Le chimiste Valorex a publié ses résultats. Valorex Inc. a inauguré une unité.",
         {"Valorex Inc."}),
    ],
)  # fmt: skip
def test_subsidiary_legal_name_is_not_the_parent(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert orgs(nlp(text)) == expected


def test_subsidiary_is_not_an_alias_of_its_parent(nlp: Language) -> None:
    doc = nlp("KLM, filiale d'Air France-KLM et premier client de l'aéroport, a protesté.")
    assert orgs(doc) == {"KLM", "Air France-KLM"}


def test_one_person_spelt_two_ways(nlp: Language) -> None:
    doc = nlp(
        "Marc Delvoie, directeur général de Valorys, a annoncé la fusion. Pour Marc "
        "Delvoye, l'opération est décisive. Marc Delvoye vise 2 milliards d'euros de ventes."
    )
    assert people(doc) == {"Marc Delvoye"}


def test_different_surnames_stay_two_people(nlp: Language) -> None:
    doc = nlp("Anne Martin et Anne Morin ont signé l'accord au nom de Valorys.")
    assert {"Anne Martin", "Anne Morin"} <= people(doc)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Le ministre des Finances, Diop Mamadou, a présenté le budget. « Nous réduirons le "
            "déficit », a affirmé M. Diop.",
            "Diop Mamadou",
        ),
        (
            "Le directeur général de la Sotra, Koné Ibrahima, a signé l'accord. Selon M. Koné, "
            "les bus arriveront en mars.",
            "Koné Ibrahima",
        ),
    ],
)
def test_surname_written_first(nlp: Language, text: str, person: str) -> None:
    """A full name written surname first (the last word a first name, the first word not)
    names the person that its surname alone refers to later."""
    assert people(nlp(text)) == {person}
