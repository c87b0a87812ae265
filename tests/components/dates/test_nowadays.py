"""``aujourd'hui``: the article's day (``Le groupe publie aujourd'hui ses résultats``) or
"nowadays", not output (``emploie aujourd'hui 350 personnes``, ``le monde d'aujourd'hui``,
``aujourd'hui directrice``).

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``) unless a case gives another.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import ARTICLE, dates

CASES = [
    # aujourd'hui "today": the article's day
    (
        "Aujourd'hui, la Bourse de Paris a reculé.",
        ARTICLE,
        [("Aujourd'hui", "2025-02-12", None, "day")],
    ),
    (
        "Le groupe publie aujourd'hui ses résultats.",
        ARTICLE,
        [("aujourd'hui", "2025-02-12", None, "day")],
    ),
    # aujourd'hui "nowadays": a verb of state in the present, "le monde d'aujourd'hui"
    ("Le groupe emploie aujourd'hui 350 personnes.", ARTICLE, []),
    ("La société compte aujourd'hui 40 magasins.", ARTICLE, []),
    ("Le groupe est aujourd'hui le numéro un du secteur.", ARTICLE, []),
    ("Les défis du monde d'aujourd'hui sont nombreux.", ARTICLE, []),
    # aujourd'hui "nowadays": a state in the present (copula, passive, verb of state)
    ("« Le marché est aujourd'hui saturé », estime l'analyste.", "2026-02-05", []),
    ("Le capital est aujourd'hui détenu à 60 % par la famille.", "2026-02-05", []),
    ("Le groupe est aujourd'hui rentable.", "2026-02-05", []),
    # ... aujourd'hui "today": an event, or after the predicate
    (
        "La Bourse de Paris est en baisse aujourd'hui.",
        "2026-02-05",
        [("aujourd'hui", "2026-02-05", None, "day")],
    ),
    (
        "Le plan est présenté aujourd'hui aux syndicats.",
        "2026-02-05",
        [("aujourd'hui", "2026-02-05", None, "day")],
    ),  # ... a habit with a frequency is "nowadays"
    ("Les opérateurs versent aujourd'hui 9,40 € par mois à Orange.", "2026-02-10", []),
    # ... any verb in the present with aujourd'hui before its complements, a role in
    # apposition, "encore" around it: nowadays; an event verb or a compound tense: the day
    ("Dans l'usine, les chaînes tournent aujourd'hui à mi-régime.", "2026-01-21", []),
    ("Il a fondé la société avec Sophie Le Bihan, aujourd'hui directrice.", "2026-01-21", []),
    ("Aujourd'hui encore, le site produit des vélos.", "2026-01-21", []),
    (
        "Le groupe publie aujourd'hui ses résultats annuels.",
        "2026-01-21",
        [("aujourd'hui", "2026-01-21", None, "day")],
    ),
    (
        "Le groupe a annoncé aujourd'hui la fermeture du site.",
        "2026-01-21",
        [("aujourd'hui", "2026-01-21", None, "day")],
    ),
    # aujourd'hui before a role noun in apposition to a name: nowadays
    (
        "Elle fonde la marque avec une amie, Nadia Benali, aujourd’hui directrice technique.",
        "2026-01-08",
        [],
    ),
]


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_nowadays(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected
