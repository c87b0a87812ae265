"""Inverted attributions of direct quotes: ``« … », a déclaré X``, ``« …, explique-t-elle, … »``,
``« … », leur a-t-il dit``; and what is no inverted subject."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # direct, attribution after
    (
        "« Nous sommes très satisfaits de ces résultats », a déclaré Jean Martin, le patron "
        "de Carrefour, lors d'une conférence.",
        [("direct", "Nous sommes très satisfaits de ces résultats", "Jean Martin", "déclarer")],
    ),
    (
        "Marie Dupont dirige les finances de Danone. « Cette hausse est ponctuelle et nous allons "
        "la corriger », a-t-elle déclaré.",
        [
            (
                "direct",
                "Cette hausse est ponctuelle et nous allons la corriger",
                "Marie Dupont",
                "déclarer",
            )
        ],
    ),
    (
        "« Nous visons l'équilibre en 2026 », souligne Patrick Pouyanné. « Les marges restent "
        "solides, mais le contexte est difficile », ajoute le PDG de TotalEnergies.",
        [
            ("direct", "Nous visons l'équilibre en 2026", "Patrick Pouyanné", "souligner"),
            (
                "direct",
                "Les marges restent solides, mais le contexte est difficile",
                "Patrick Pouyanné",
                "ajouter",
            ),
        ],
    ),
    # direct, incise inside: one quote
    (
        "Claire Martin est arrivée en 2020. « Cette hausse, explique-t-elle, est ponctuelle. "
        "Elle ne durera pas. »",
        [
            (
                "direct",
                "Cette hausse est ponctuelle. Elle ne durera pas.",
                "Claire Martin",
                "expliquer",
            )
        ],
    ),
    # a named subject the model typed as a place
    (
        "« Nous examinerons ce dossier avec attention », a prévenu Bruxelles.",
        [("direct", "Nous examinerons ce dossier avec attention", "Bruxelles", "prévenir")],
    ),
    # a complement, an object pronoun or time words around the inverted subject
    (
        "« Nous sommes très confiants », confie au Figaro Paul Hermelin, président de Capgemini.",
        [("direct", "Nous sommes très confiants", "Paul Hermelin", "confier")],
    ),
    (
        "Emmanuel Macron a reçu les patrons. « Il faut produire en France », leur a-t-il dit.",
        [("direct", "Il faut produire en France", "Emmanuel Macron", "dire")],
    ),
    (
        "Airbus a livré 60 avions. « Nous restons prudents », a annoncé mardi soir le groupe.",
        [("direct", "Nous restons prudents", "Airbus", "annoncer")],
    ),
    # a multi-word incise verb after the quote
    (
        "« Nous ne vendrons pas », fait valoir Jean Dupont, le fondateur de la PME.",
        [("direct", "Nous ne vendrons pas", "Jean Dupont", "faire valoir")],
    ),
    # uncommon incise verbs after a direct quote
    (
        "« On nous prend pour des pions », grince Luc Ferrand, élu d’opposition.",
        [("direct", "On nous prend pour des pions", "Luc Ferrand", "grincer")],
    ),
    # a name apposed with its title (Me, M., Mme) after a description
    (
        "Le tribunal a condamné la société Isoverte. « C’est une décision sévère mais juste », "
        "a réagi l’avocat d’Engie, Me Paul Caron.",
        [("direct", "C’est une décision sévère mais juste", "Paul Caron", "réagir")],
    ),
    # demander keeps introducing direct questions
    (
        "« Pourquoi maintenant ? », demande Sophie Martin, déléguée syndicale.",
        [("direct", "Pourquoi maintenant ?", "Sophie Martin", "demander")],
    ),
]

NOT_QUOTES = [
    # an incise verb in another sense, with no quote
    "Les prix grincent sous la pression des fournisseurs.",
    # an object closing the sentence after a cue is no inverted subject
    "Nestlé, dont le siège est à Vevey, a annoncé mardi la cession.",
    "Le maire a salué l'arrivée du nouveau directeur.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_inverted_attributions(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_no_inverted_attribution(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []
