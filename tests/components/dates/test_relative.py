"""Relative expressions (``hier``, ``l'an dernier``, ``cette semaine``, ``en fin d'année``) and
durations from the article's date (``il y a trois mois``, ``dans deux ans``, ``d'ici deux
ans``); vague ones (``ces dernières années``, ``depuis deux ans``, ``les usines de demain``,
``sur l'an dernier``) are no dates.

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``) unless a case gives another.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import ARTICLE, dates

CASES = [
    # relative expressions
    ("Hier, la Bourse de Paris a reculé.", ARTICLE, [("Hier", "2025-02-11", None, "day")]),
    (
        "L'an dernier, le groupe a perdu de l'argent.",
        ARTICLE,
        [("L'an dernier", "2024", None, "year")],
    ),
    ("Cette année, il investira davantage.", ARTICLE, [("Cette année", "2025", None, "year")]),
    (
        "La semaine dernière, l'action a bondi.",
        ARTICLE,
        [("La semaine dernière", "2025-02-03", "2025-02-09", "period")],
    ),
    (
        "Il y a trois mois, le titre valait moins.",
        ARTICLE,
        [("Il y a trois mois", "2024-11", None, "month")],
    ),
    ("Le projet sera livré dans deux ans.", ARTICLE, [("dans deux ans", "2027", None, "year")]),
    # a weekday fixes the year of a day without one (3 March 2025 is a Monday)
    (
        "Le traité a été signé ce jour à Bruxelles.",
        ARTICLE,
        [("ce jour", "2025-02-12", None, "day")],
    ),
    # windows anchored on a calendar period (corpus convention); past tense -> elapsed window
    (
        "Depuis le début de l'année, le titre a gagné 10 %.",
        ARTICLE,
        [("début de l'année", "2025", None, "year")],
    ),
    # regional press / interviews: parts of the year, deadlines, seasons
    (
        "Le chantier sera fini d'ici à la fin de l'année.",
        ARTICLE,
        [("fin de l'année", "2025", None, "year")],
    ),
    (
        "Le groupe a levé des fonds en début d'année.",
        ARTICLE,
        [("début d'année", "2025", None, "year")],
    ),
    (
        "Le mois dernier, les ventes ont chuté.",
        ARTICLE,
        [("Le mois dernier", "2025-01", None, "month")],
    ),
    (
        "L'année prochaine, le groupe investira.",
        ARTICLE,
        [("L'année prochaine", "2026", None, "year")],
    ),
    # vague expressions are no dates
    ("Les prochains jours révéleront si le plan réussit.", ARTICLE, []),
    ("Ces dernières années ont été difficiles.", ARTICLE, []),
    # début/fin de l'année dernière/prochaine, fin du mois dernier
    (
        "Le titre a gagné 12 % depuis le début de l'année dernière.",
        "2025-02-12",
        [("début de l'année dernière", "2024", None, "year")],
    ),
    (
        "La production reprendra au début de l'année prochaine.",
        "2025-02-12",
        [("début de l'année prochaine", "2026", None, "year")],
    ),
    (
        "Le titre a décroché à la fin du mois dernier.",
        "2025-02-12",
        [("fin du mois dernier", "2025-01", None, "month")],
    ),
    (
        "Depuis le début de l'année, le groupe a racheté 2 % de son capital.",
        "2025-07-08",
        [("début de l'année", "2025", None, "year")],
    ),
    # dates in and out of direct quotes
    (
        "« Le pari est risqué, mais on verra dans deux ans », tempère le délégué syndical.",
        "2025-11-25",
        [],
    ),
    (
        "« Nous ouvrirons une usine dans trois mois », a déclaré le PDG.",
        "2025-11-25",
        [],
    ),
    (
        "Le groupe ouvrira une usine dans deux ans.",
        "2025-11-25",
        [("dans deux ans", "2027", None, "year")],
    ),
    # il y a + years tells no year (the corpus convention: "il y a trois ans" is no date);
    # il y a + months or weeks is a date
    ("« Ce qui était exceptionnel il y a quinze ans devient la norme », dit-il.", "2025-04-10", []),
    ("Le groupe a été fondé il y a quinze ans.", "2025-04-10", []),
    ("Le groupe a racheté ce site il y a deux ans.", "2025-04-10", []),
    ("L'action valait le double il y a trois ans, rappelle l'analyste.", "2025-04-10", []),
    (
        "Le groupe a racheté ce site il y a trois mois.",
        "2025-04-10",
        [("il y a trois mois", "2025-01", None, "month")],
    ),
    # depuis + a count of units is a duration, not a date
    ("« Les salaires sont gelés depuis deux ans », a-t-il martelé.", "2025-04-15", []),
    ("Le titre a reculé depuis trois mois.", "2025-04-15", []),
    ("Le groupe est coté depuis 2019.", "2025-04-15", [("2019", "2019", None, "year")]),
    # a contrast or a negated pair makes a relative word generic
    (
        '"Nous investissons pour dix ans, pas pour le prochain trimestre", a-t-elle ajouté.',
        "2025-07-24",
        [],
    ),
    ("\"Omega n'est pas à vendre, ni aujourd'hui ni demain.\"", "2025-07-24", []),
    ("« Nous construisons les usines de demain », a-t-il dit.", "2025-07-24", []),
    # ... but a plain reference stays a date
    (
        "Le groupe prévoit une hausse des ventes au prochain trimestre.",
        "2025-07-24",
        [("au prochain trimestre", "2025-10-01", "2025-12-31", "quarter")],
    ),
    ("Le conseil se réunira demain.", "2025-07-24", [("demain", "2025-07-25", None, "day")]),
    (
        "Les prix baisseront à partir de demain.",
        "2025-07-24",
        [("demain", "2025-07-25", None, "day")],
    ),
    # a comparison with a past period is year on year, not a date
    ("Les réservations sont en avance de 4 % sur l’an dernier.", "2025-12-11", []),
    ("Les ventes progressent de 3 % par rapport à l'an dernier.", "2025-12-11", []),
    (
        "L'an dernier, le chiffre d'affaires a reculé.",
        "2025-12-11",
        [("L'an dernier", "2024", None, "year")],
    ),
    # d'ici + years is a vague horizon; d'ici + weeks or months is a date
    ("Les stations devront se réinventer d’ici dix ans.", "2025-12-11", []),
    ("Le site fermera d'ici deux ans.", "2025-12-11", []),
    ("Le groupe veut doubler ses ventes d’ici trois ans.", "2025-12-11", []),
    (
        "Le site fermera d'ici deux semaines.",
        "2025-12-11",
        [("d'ici deux semaines", "2025-12-11", "2025-12-25", "period")],
    ),
]
#: the cases whose answer reads the parse (the tense of the verb, a part of speech): none,
#: every case passes on a blank French pipeline too
NEEDS_THE_PARSE: set[str] = set()


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_relative(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"), [c for c in CASES if c[0] not in NEEDS_THE_PARSE]
)
def test_relative_from_the_text_alone(
    blank: Language, text: str, article_date: str | None, expected: list
) -> None:
    assert dates(blank, text, article_date) == expected
