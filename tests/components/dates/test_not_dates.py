"""Numbers, amounts, products, names, times, phone numbers and references that are not dates
(``2 000 salariés``, ``Windows 11``, ``Vision 2030``, ``15h30``, ``décret n° 2025-123``).

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``) unless a case gives another.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import ARTICLE, dates

CASES = [
    # numbers, amounts, products, names, times and references
    ("Elon Musk a présenté une offre de 97,4 milliards de dollars.", ARTICLE, []),
    ("Le groupe emploie 2 000 salariés.", ARTICLE, []),
    ("Plus de 2000 personnes ont manifesté.", ARTICLE, []),
    ("La marge a progressé de 2015,5 points.", ARTICLE, []),
    ("Le taux atteint 2025 %.", ARTICLE, []),
    ("Le siège est au 12 rue de la Paix.", ARTICLE, []),
    ("La réunion commence à 15h30.", ARTICLE, []),
    ("Il a acheté 2019 actions.", ARTICLE, []),
    ("La marge atteint 3,5 % cette fois.", ARTICLE, []),
    ("Le groupe compte 12 000 salariés.", ARTICLE, []),
    ("La réunion se tiendra à 14 h 30.", ARTICLE, []),
    ("Le siège est dans le 7e arrondissement.", ARTICLE, []),
    ("Le réseau de la 5G se déploie.", ARTICLE, []),
    ("Le A320 reste le best-seller.", ARTICLE, []),
    ("Le Boeing 737 MAX est cloué au sol.", ARTICLE, []),
    ("La COP28 s'est tenue à Dubaï.", ARTICLE, []),
    ("Microsoft a lancé Windows 11.", ARTICLE, []),
    ("Apple a présenté l'iPhone 16.", ARTICLE, []),
    ("Le CAC 40 a reculé.", ARTICLE, []),
    ("Le G20 se réunit.", ARTICLE, []),
    ("Le plan Vision 2030 de l'Arabie saoudite avance.", ARTICLE, []),
    ("Le programme Horizon 2020 a financé la start-up.", ARTICLE, []),
    ("Appelez le 01 45 67 89 10 pour réserver.", ARTICLE, []),
    ("Appelez le 06.12.34.56.78 pour réserver.", ARTICLE, []),
    ("Le décret n° 2025-123 a été publié.", ARTICLE, []),
    ("La loi 2019-486 dite Pacte a été votée.", ARTICLE, []),
    ("Il a vendu 2025 exemplaires.", ARTICLE, []),
    ("", ARTICLE, []),
    ("« »  \u00a0 \x00 ' ' ", ARTICLE, []),
]
#: the cases whose answer reads the parse (the tense of the verb, a part of speech); the
#: others need the text alone and pass on a blank French pipeline too
NEEDS_THE_PARSE = {
    "Il a acheté 2019 actions.",
    "Il a vendu 2025 exemplaires.",
}


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_not_dates(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"), [c for c in CASES if c[0] not in NEEDS_THE_PARSE]
)
def test_not_dates_from_the_text_alone(
    blank: Language, text: str, article_date: str | None, expected: list
) -> None:
    assert dates(blank, text, article_date) == expected
