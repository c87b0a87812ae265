"""Years: a bare year in a date context, ranges of years (``2024-2025``, ``de 2014 à 2018``),
parts of a year (``fin 2025``, ``mi-2026``), decades, deadlines (``d'ici 2028``).

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``) unless a case gives another.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import ARTICLE, dates

CASES = [
    # years in a date context
    (
        "Il a cofondé l'entreprise en 2015 avec Sam Altman.",
        ARTICLE,
        [("2015", "2015", None, "year")],
    ),
    ("Le groupe est coté depuis 2019.", ARTICLE, [("2019", "2019", None, "year")]),
    ("Les comptes de l'exercice 2024 sont publiés.", ARTICLE, [("2024", "2024", None, "year")]),
    ("2024 a été une année record pour le groupe.", ARTICLE, [("2024", "2024", None, "year")]),
    # fiscal years and ranges of years
    ("L'exercice 2024-2025 a été difficile.", ARTICLE, [("2024-2025", "2024", "2025", "period")]),
    ("Sur l'exercice 2023/24, la marge recule.", ARTICLE, [("2023/24", "2023", "2024", "period")]),
    (
        "Entre 2014 et 2018, il a dirigé la filiale.",
        ARTICLE,
        [("Entre 2014 et 2018", "2014", "2018", "period")],
    ),
    (
        "Dans les années 1990, le groupe a racheté Orange.",
        ARTICLE,
        [("les années 1990", "1990", "1999", "period")],
    ),
    # parts of years
    ("La fusion sera bouclée fin 2025.", ARTICLE, [("fin 2025", "2025", None, "year")]),
    (
        "Le groupe vise la neutralité carbone d'ici 2028.",
        ARTICLE,
        [("d'ici 2028", "2028", None, "year")],
    ),
    # regional press / interviews: parts of the year, deadlines, seasons
    ("Le lancement est prévu mi-2026.", ARTICLE, [("mi-2026", "2026", None, "year")]),
    ("Le plan sera bouclé d'ici fin 2026.", ARTICLE, [("fin 2026", "2026", None, "year")]),
    ("La livraison est attendue courant 2026.", ARTICLE, [("courant 2026", "2026", None, "year")]),
    (
        "Le groupe vise la neutralité carbone à l'horizon 2030.",
        ARTICLE,
        [("2030", "2030", None, "year")],
    ),
    (
        "Dans les années quatre-vingt, la firme a prospéré.",
        ARTICLE,
        [("les années quatre-vingt", "1980", "1989", "period")],
    ),
    ("Le contrat prendra fin en 2150.", ARTICLE, [("2150", "2150", None, "year")]),
]
#: the cases whose answer reads the parse (the tense of the verb, a part of speech): none,
#: every case passes on a blank French pipeline too
NEEDS_THE_PARSE: set[str] = set()


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_years(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"), [c for c in CASES if c[0] not in NEEDS_THE_PARSE]
)
def test_years_from_the_text_alone(
    blank: Language, text: str, article_date: str | None, expected: list
) -> None:
    assert dates(blank, text, article_date) == expected
