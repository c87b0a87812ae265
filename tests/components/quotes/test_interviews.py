"""Interviews: the title's quote, answers without quote marks after ``Nom. –``, ``Nom :`` or a
question, the interviewee kept through entity errors; datelines and headlines are no answers."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # a dash answer whose incise names the speaker
    (
        "— Comment voyez-vous 2025 ?\n— Nous visons une croissance de 10 %, répond Jean Dupont.",
        [("indirect", "Nous visons une croissance de 10 %", "Jean Dupont", "répondre")],
    ),
    # an interview: the title "Nom (Société) : « … »" and answers after "Nom. –" without marks;
    # the paper's question is no one's quote
    (
        "Sophie Marchal (Biocoop) : « Le bio n’est pas mort »\n"
        "La directrice générale de l’enseigne répond à nos questions.\n"
        "Ouest-France. – Les ventes reculent-elles encore ?\n"
        "Sophie Marchal. – Non, elles se stabilisent depuis le printemps. Nous avons regagné "
        "des clients.\n"
        "Selon elle, la grande distribution a abandonné le bio.",
        [
            ("direct", "Le bio n’est pas mort", "Sophie Marchal", None),
            (
                "direct",
                "Non, elles se stabilisent depuis le printemps. Nous avons regagné des clients.",
                "Sophie Marchal",
                None,
            ),
            ("indirect", "la grande distribution a abandonné le bio", "Sophie Marchal", "selon"),
        ],
    ),
    (
        "Thomas Girard, PDG d’Aérolia : « Les cadences reprendront au second semestre »\n"
        "Thomas Girard. – Nous embaucherons 400 personnes à Méaulte cette année.",
        [
            ("direct", "Les cadences reprendront au second semestre", "Thomas Girard", None),
            (
                "direct",
                "Nous embaucherons 400 personnes à Méaulte cette année.",
                "Thomas Girard",
                None,
            ),
        ],
    ),
    # a dateline in capitals before a dash is no interviewee and no part of the quote
    (
        "DAKAR – Les exportations d’arachide atteindront 900 000 tonnes, a annoncé mardi "
        "le ministère du Commerce.",
        [
            (
                "indirect",
                "Les exportations d’arachide atteindront 900 000 tonnes",
                "ministère du Commerce",
                "annoncer",
            )
        ],
    ),
    # interview answers after a question, as dash paragraphs, go to the interviewee; "Nom :"
    # answers speak in the first person
    (
        "Xavier Niel : « Les opérateurs doivent se regrouper »\n"
        "Trois opérateurs, est-ce suffisant ?\n"
        "– Oui, si l’État cesse de nous taxer. Nous investissons 1,5 milliard par an.",
        [
            ("direct", "Les opérateurs doivent se regrouper", "Xavier Niel", None),
            (
                "direct",
                "Oui, si l’État cesse de nous taxer. Nous investissons 1,5 milliard par an.",
                "Xavier Niel",
                None,
            ),
        ],
    ),
    (
        "Entretien avec Claire Dubois, PDG de Solvane.\n"
        "Les Echos : Pourquoi cette acquisition ?\n"
        "Claire Dubois : Nous voulions doubler notre taille en Europe.",
        [("direct", "Nous voulions doubler notre taille en Europe.", "Claire Dubois", None)],
    ),
]

NOT_QUOTES = [
    # a headline "Nom : description" is no answer
    "Sandrine Molinari : la patronne qui veut sauver Cervane\nElle a le sens de la formule.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_interviews(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_no_interview_answer(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []


def requote(nlp: Language, text: str, people: list[str], orgs: list[str]) -> list[dict[str, Any]]:
    """Run fr_quotes again on ``text`` with the entity groups replaced by the given (possibly
    wrong) mentions: the speakers must survive entity errors."""
    doc = nlp(text)

    def spans(names: list[str]) -> list[Any]:
        out = []
        for name in names:
            start = text.find(name)
            while start >= 0:
                span = doc.char_span(start, start + len(name), alignment_mode="expand")
                if span is not None:
                    out.append(span)
                start = text.find(name, start + len(name))
        return out

    doc.spans["people"] = spans(people)
    doc.spans["organizations"] = spans(orgs)
    nlp.get_pipe("fr_quotes")(doc)
    return [dict(s._.quote) for s in doc.spans["quotes"]]


INTERVIEW = (
    "Arnaud Delcourt (Vallorès) : « Sans les investisseurs, le neuf ne repartira pas »\n"
    "Le président de Vallorès Immobilier dresse un constat sévère. Interrogé par Le Figaro, le "
    "dirigeant estime que la baisse des taux ne suffira pas. « Le compte n’y est pas », "
    "martèle-t-il."
)


@pytest.mark.parametrize(
    ("people", "orgs"),
    [
        (["Arnaud Delcourt", "Vallorès Immobilier"], ["Vallorès"]),  # the company as a person
        ([], ["Arnaud Delcourt", "Vallorès Immobilier", "Vallorès"]),  # the person as a company
        (["Arnaud Delcourt"], ["Vallorès Immobilier", "Vallorès"]),  # right
    ],
)
def test_interviewee_survives_entity_errors(
    nlp: Language, people: list[str], orgs: list[str]
) -> None:
    got = requote(nlp, INTERVIEW, people, orgs)
    assert [(g["speaker"], g["speaker_type"]) for g in got] == [("Arnaud Delcourt", "person")] * 3


def test_interviewee_missed_by_the_recogniser(nlp: Language) -> None:
    """No entity at all: the title's name, then pronouns and descriptions, still find it."""
    doc = nlp(INTERVIEW + "\nSelon lui, le HCSF devrait assouplir la règle.")
    doc.ents = []
    doc.spans["people"] = []
    doc.spans["organizations"] = []
    nlp.get_pipe("fr_quotes")(doc)
    got = [s._.quote for s in doc.spans["quotes"]]
    assert [g["speaker"] for g in got] == ["Arnaud Delcourt"] * 4
