"""Dates: broad kinds of session 10, each checked on several wordings of our own modelled on
business pages (quarterly releases, Swiss and Belgian wires, African and Quebec papers).

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import dates

#: two months joined by a hyphen or a dash: a quarter or a season written as its months
MONTH_SPAN = [
    (
        "Sur la période juillet-septembre, le chiffre d'affaires a progressé de 4 %.",
        "2026-03-14",
        [("juillet-septembre", "2025-07", "2025-09", "period")],
    ),
    (
        "Le trafic du trimestre avril–juin 2025 a dépassé les attentes.",
        "2026-03-14",
        [("avril–juin 2025", "2025-04", "2025-06", "period")],
    ),
    (
        "Pour janvier-mars 2027, la compagnie table sur une hausse des réservations.",
        "2026-11-02",
        [("janvier-mars 2027", "2027-01", "2027-03", "period")],
    ),
    # a modifier with a hyphen is no span of months
    (
        "Les négociations reprendront à la mi-mars.",
        "2026-02-10",
        [("mi-mars", "2026-03", None, "month")],
    ),
]

#: a past participle opening an apposition is a past event, whatever the parse hangs it on
APPOSITION_PARTICIPLE = [
    (
        "Le rachat du fabricant allemand, bouclé en octobre pour 1,2 milliard d'euros, sera "
        "financé par une émission obligataire.",
        "2026-04-08",
        [("octobre", "2025-10", None, "month")],
    ),
    (
        "La ligne de tramway, inaugurée en novembre par le ministre, transportera 40 000 "
        "voyageurs par jour.",
        "2026-04-08",
        [("novembre", "2025-11", None, "month")],
    ),
    (
        "Le budget communal, voté en décembre, prévoit un déficit de 52 millions de francs.",
        "2026-06-10",
        [("décembre", "2025-12", None, "month")],
    ),
    # a participle pointing ahead stays ahead
    (
        "La mise en service, prévue en septembre, sera suivie d'une seconde phase.",
        "2026-04-08",
        [("septembre", "2026-09", None, "month")],
    ),
]

#: a verb pointing ahead in the present (prévoir, attendre, viser…) makes a period without its
#: year the coming one, when it stands in the same paragraph (the parser sometimes hangs a date
#: on the verb of the paragraph before)
LOOKING_AHEAD = [
    (
        "Le groupe prévoit une reprise de la demande au premier trimestre.",
        "2026-04-08",
        [("premier trimestre", "2027-01-01", "2027-03-31", "quarter")],
    ),
    (
        "La direction attend un rebond des commandes au deuxième trimestre.",
        "2026-11-20",
        [("deuxième trimestre", "2027-04-01", "2027-06-30", "quarter")],
    ),
    (
        "La compagnie vise un retour à l'équilibre dès le premier trimestre.",
        "2026-12-16",
        [("premier trimestre", "2027-01-01", "2027-03-31", "quarter")],
    ),
    # a past verb keeps the past one
    (
        "Le groupe a enregistré une reprise de la demande au premier trimestre.",
        "2026-04-08",
        [("premier trimestre", "2026-01-01", "2026-03-31", "quarter")],
    ),
    # a verb pointing ahead in the paragraph before says nothing of this one
    (
        "Le groupe vise désormais une marge de 12 %.\nEntre juillet et septembre, il a dégagé "
        "un bénéfice record.",
        "2026-11-06",
        [("Entre juillet et septembre", "2026-07", "2026-09", "period")],
    ),
]


#: a part of the year or month without its unit's direction: the one the tense allows
#: (the part not there yet under a past verb is last year's; over, under a future verb, next)
PART_OF_UNIT = [
    (
        "En fin d'année, la société a renoué avec les bénéfices.",
        "2026-03-14",
        [("fin d'année", "2025", None, "year")],
    ),
    (
        "En début d'année, le groupe lancera sa nouvelle gamme de vélos.",
        "2026-11-20",
        [("début d'année", "2027", None, "year")],
    ),
    (
        "À la fin du mois, les stocks de la coopérative avaient fondu.",
        "2026-03-14",
        [("fin du mois", "2026-02", None, "month")],
    ),
    # the part under way, or to come under a future verb: this unit
    (
        "Depuis le début de l'année, le titre a gagné 12 %.",
        "2026-03-14",
        [("début de l'année", "2026", None, "year")],
    ),
    (
        "Le groupe publiera ses comptes en fin d'année.",
        "2026-03-14",
        [("fin d'année", "2026", None, "year")],
    ),
]

CASES = MONTH_SPAN + APPOSITION_PARTICIPLE + LOOKING_AHEAD + PART_OF_UNIT


@pytest.mark.parametrize(
    ("text", "article_date", "expected"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_broad_kinds(nlp: Language, text: str, article_date: str, expected: list[tuple]) -> None:
    assert dates(nlp, text, article_date) == expected
