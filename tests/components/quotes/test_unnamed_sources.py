"""Unnamed sources (``un proche``, ``un analyste de KBC``, ``l'entourage du ministre``) and
roles given to no one keep no speaker — never the article's best-known person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # an unnamed source
    (
        "Un proche du dossier assure que la vente sera conclue avant l'été.",
        [("indirect", "la vente sera conclue avant l'été", None, "assurer")],
    ),
    # unnamed individual sources stay without speaker
    (
        "La Bourse a reculé. « Les investisseurs ont peur », résume un gérant d’Oddo BHF.",
        [("direct", "Les investisseurs ont peur", None, "résumer")],
    ),
    (
        "Un cadre de l’entreprise, qui a requis l’anonymat, assure que le plan sera revu.",
        [("indirect", "le plan sera revu", None, "assurer")],
    ),
    # an unnamed source taken up again with a definite article stays unnamed; a role that
    # contradicts the known one ("directeur financier" is no PDG) resolves to nobody
    (
        "Bernard Arnault a présenté les résultats. « Les ventes ont résisté », commente un "
        "gérant parisien. « La Chine reste le point faible », ajoute le gérant.",
        [
            ("direct", "Les ventes ont résisté", None, "commenter"),
            ("direct", "La Chine reste le point faible", None, "ajouter"),
        ],
    ),
    (
        "Jean Dupont, directeur financier de Vinci, a présenté les comptes. Le PDG a estimé "
        "que la croissance continuerait.",
        [("indirect", "la croissance continuerait", None, "estimer")],
    ),
    # an anonymous source whose verb the parser misses keeps no speaker (not the last one quoted)
    (
        "« Le titre est cher », estime Salma Idrissi, analyste chez CDG Capital. Un banquier "
        "dakarois, qui a requis l’anonymat, relève que la concurrence «n’a jamais été aussi "
        "rude».",
        [
            ("direct", "Le titre est cher", "Salma Idrissi", "estimer"),
            ("indirect", "la concurrence n’a jamais été aussi rude", None, "relever"),
        ],
    ),
    # the entourage of a named person is an unnamed source
    (
        "« Les recettes sont conformes à la prévision », fait valoir l’entourage du ministre "
        "de l’Économie, Éric Lombard.",
        [("direct", "Les recettes sont conformes à la prévision", None, "faire valoir")],
    ),
    # anonymous sources get no speaker, never the article's best-known person
    (
        "Julien Ravanel dirige Kryptalis. « Un vol de cette ampleur reste absorbable », a glissé "
        "le dirigeant d’une plateforme concurrente, qui a requis l’anonymat.",
        [("direct", "Un vol de cette ampleur reste absorbable", None, "glisser")],
    ),
    (
        "Jean Dupont, le PDG de la Fnac, a salué l’opération. D’après un consultant du secteur, "
        "la fusion permettrait d’économiser 300 millions d’euros.",
        [
            (
                "indirect",
                "la fusion permettrait d’économiser 300 millions d’euros",
                None,
                "d'après",
            )
        ],
    ),
    (
        "Bernard Sauvagnac a dirigé la société jusqu’en 2019. Selon un ancien cadre de la "
        "filiale, qui a requis l’anonymat, ces pratiques étaient connues de tous.",
        [("indirect", "ces pratiques étaient connues de tous", None, "selon")],
    ),
    (
        "Florent Menegaux a présenté le plan. Un syndicaliste de Cholet, qui a souhaité garder "
        "l’anonymat, affirme que la direction prépare des fermetures.",
        [("indirect", "la direction prépare des fermetures", None, "affirmer")],
    ),
    # an anonymous person of a named firm is no speaker
    (
        "Le titre de Solvay a chuté de 5 %. « Le marché est déçu », estime un analyste de KBC "
        "Securities.",
        [("direct", "Le marché est déçu", None, "estimer")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unnamed_sources(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


def test_bare_spokesperson_after_a_person_stays_unnamed(nlp: Language) -> None:
    got = quotes(
        nlp,
        "Renault a publié ses comptes mardi, selon Luca de Meo. Un porte-parole a précisé que "
        "les ventes avaient progressé de 3 %.",
    )
    assert [(g["quote"], g["speaker"]) for g in got] == [
        ("Renault a publié ses comptes mardi", "Luca de Meo"),
        ("les ventes avaient progressé de 3 %", None),
    ]
