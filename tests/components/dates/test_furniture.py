"""Page furniture gives no date: a "Lire aussi" headline, a ticker or a menu line of a web page
is no part of the article (``pipeline/furniture.py``), while the article's own lines keep theirs."""

from __future__ import annotations

from spacy.language import Language

from tests.components.dates.helpers import dates

PAGE = (
    "Accueil > Économie > Entreprises\n"
    "Le groupe Varenne a annoncé le 3 février la fermeture de son site de Lorient.\n"
    "Lire aussi : Le 14 janvier, les salariés de Varenne avaient débrayé\n"
    "CAC 40 7 812,45 +0,62 % | 10 février 2025 | Airbus 171,20 €\n"
    "La fermeture interviendra en juin 2026.\n"
)


def test_furniture_lines_give_no_date(blank: Language) -> None:
    found = [text for text, *_ in dates(blank, PAGE)]
    assert found == ["3 février", "juin 2026"]


def test_the_same_sentence_outside_furniture_keeps_its_date(blank: Language) -> None:
    found = [text for text, *_ in dates(blank, "Le 14 janvier, les salariés avaient débrayé.")]
    assert found == ["14 janvier"]
