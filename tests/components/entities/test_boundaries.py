"""Where a name starts and ends: possessive "s", glued words, complements of public bodies,
territories, articles, verbs, headings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the possessive "s" after a typographic apostrophe stays in the name
        ("Moody’s, qui a abaissé la note de la France, reste prudente.", {"Moody's"}),
        ("Selon l’agence S&P, l’assureur Grenfell’s a été dégradé.", {"Grenfell's"}),
        # capitalised words the model leaves off an organisation
        ("« Le marché reste calme », juge Ana Ruiz, analyste chez XP Investimentos.",
         {"XP Investimentos"}),
        ("Groupama Assurances Mutuelles affiche un ratio combiné de 101,8 %.",
         {"Groupama Assurances Mutuelles"}),
    ],
)  # fmt: skip
def test_possessive_s_and_glued_words_stay_in_the_name(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the territory of a federation or a national company is part of its name
        ("Selon la FDSEA du Calvados, une quarantaine de producteurs livraient la cidrerie.",
         {"FDSEA du Calvados"}),
        ("La Société nationale des télécommunications du Sénégal (Sonatel) conteste la taxe.",
         {"Société nationale des télécommunications du Sénégal"}),
    ],
)  # fmt: skip
def test_territory_of_a_federation_is_part_of_its_name(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "not_name", "name"),
    [
        # "Outre-Rhin" is a country beyond, not an organisation
        ("Outre-Rhin, Volkswagen supprime 35 000 postes.", "Outre-Rhin", "Volkswagen"),
        # a conjugated verb glued to the name by the model is cut off
        ("Confrontée à la crise, Valtéo licencie.", "Valtéo licencie", "Valtéo"),
    ],
)  # fmt: skip
def test_countries_beyond_and_glued_verbs_are_cut_off(
    nlp: Language, text: str, not_name: str, name: str
) -> None:
    doc = nlp(text)
    texts = {e.text for e in doc.ents}
    assert not_name not in texts
    assert name in texts


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a public body's name cut at its adjective by the model takes its complement
        ("L’Office français de la biodiversité et le CNRS financent le projet.",
         "Office français de la biodiversité", "Office français"),
        # a verb of corporate action glued to a long name is cut off with what follows
        ("L’Agence nationale pour la rénovation urbaine finance 200 projets.",
         "Agence nationale pour la rénovation urbaine",
         "Agence nationale pour la rénovation urbaine finance 200 projets"),
        # a name ending on another adjective is not extended
        ("La Banque centrale européenne a relevé ses taux de la zone euro.",
         "Banque centrale européenne", "Banque centrale européenne de la zone euro"),
    ],
)  # fmt: skip
def test_public_body_takes_its_complement(
    nlp: Language, text: str, expected: str, absent: str
) -> None:
    doc = nlp(text)
    found = {s.text.replace("’", "'") for s in doc.spans["organizations"]}
    assert expected.replace("’", "'") in found
    assert absent.replace("’", "'") not in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the region of a regional bank is part of its name
        ("La Caisse d’épargne Normandie a prêté 30 millions d’euros.",
         "Caisse d'épargne Normandie", "Caisse d'épargne"),
        # regional press titles
        ("Selon Le Télégramme, l’usine fermera. La Voix du Nord confirme.",
         "La Voix du Nord", "Voix du Nord"),
        # a company followed by a place is not extended ("à Rouen" is no part of the name)
        ("Renault investit à Rouen. Le Crédit agricole finance Renault Normandie Logistique.",
         "Crédit agricole", "Crédit agricole Normandie"),
    ],
)  # fmt: skip
def test_regional_banks_and_press_titles(
    nlp: Language, text: str, expected: str, absent: str
) -> None:
    doc = nlp(text)
    found = {s._.canonical for s in doc.spans["organizations"]}
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a body introduced with its bracketed acronym keeps its "et aux ..." complement
        ("Le Commissariat à l'énergie atomique et aux énergies alternatives (CEA) a salué.",
         "Commissariat à l'énergie atomique et aux énergies alternatives",
         "Commissariat à l'énergie atomique"),
        # a named fund or foundation keeps its purpose
        ("Le projet est financé par le Fonds Hassan II pour le développement économique et social.",
         "Fonds Hassan II pour le développement économique et social", "Fonds Hassan II"),
        ("La Fondation Bettencourt Schueller pour la recherche médicale a reçu un don.",
         "Fondation Bettencourt Schueller pour la recherche médicale",
         "Fondation Bettencourt Schueller"),
        # a union named by its members keeps the town the model found, even unlisted
        ("Le Syndicat des travailleurs de la chimie de Curitiba a appelé à la grève.",
         "Syndicat des travailleurs de la chimie de Curitiba",
         "Syndicat des travailleurs de la chimie"),
        # a union's branch: acronym + sector words (+ region)
        ("La CGT Métallurgie des Hauts-de-France a déposé un préavis de grève.",
         "CGT Métallurgie des Hauts-de-France", "CGT"),
        # local councils without a cue
        ("Bordeaux Métropole financera le tramway.", "Bordeaux Métropole", ""),
        ("La Communauté de communes du Val de Vienne a voté une aide.",
         "Communauté de communes du Val de Vienne", ""),
        # a body "qui représente / regroupe" its members
        ("Le Snitem, qui regroupe les fabricants de dispositifs médicaux, s'inquiète.",
         "Snitem", ""),
        ("Selon le texte, l'Afep, qui regroupe les grandes entreprises, a réagi.", "Afep", ""),
        # a compound bracketed acronym still spells the whole long form
        ("Diplômée de l’Institut supérieur de l’aéronautique et de l’espace (Isae-Supaero), "
         "elle a rejoint Safran.",
         "Institut supérieur de l'aéronautique et de l'espace",
         "Institut supérieur de l'aéronautique"),
    ],
)  # fmt: skip
def test_official_names_keep_their_complements(
    nlp: Language, text: str, expected: str, absent: str
) -> None:
    found = orgs(nlp(text))
    assert expected in found
    assert absent not in found


def test_capitalised_article_inside_a_sentence_belongs_to_the_name(nlp: Language) -> None:
    doc = nlp("Le projet a été défendu par Bruno Le Maire. Selon Le Maire, le plan est solide.")
    assert {s._.canonical for s in doc.spans["people"]} == {"Bruno Le Maire"}
    assert not orgs(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading before a colon is no part of the name
        ("Football : la Valmonte lance une augmentation de capital\nTURIN – La Valmonte "
         "Football Club S.p.A. a lancé mardi une opération.", {"Valmonte Football Club S.p.A."}),
        # a second complement joined by "et la" when the bracketed acronym follows
        ("Le prospectus est examiné par la Commission nationale pour les assurances et la "
         "Retraite (Conar).", {"Commission nationale pour les assurances et la Retraite"}),
    ],
)  # fmt: skip
def test_headings_and_joined_complements_exactly(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert orgs(nlp(text)) == expected
