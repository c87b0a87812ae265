"""Page furniture: the lines of a web page that are no part of the article."""

from __future__ import annotations

import pytest

from pipeline.furniture import furniture_lines, in_furniture, is_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi : Aéronautique : les petits fournisseurs face aux taux",
        "À lire également - Le plan social de Valorys",
        "Accueil > Économie > Entreprises",
        "CAC 40 7 812,45 +0,62 % | Vantor 171,20 € +1,1 % | Brisco 245,80 €",
        "Partager sur Facebook Partager sur X",
        "Vos commentaires",
        "Connectez-vous pour réagir à cet article",
        "Commentaires (12)",
        "Publicité",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Accueil mitigé pour le plan de relance du groupe",
        "Partager les coûts du réseau reste la priorité de l'opérateur.",
        "Le groupe a lu aussi les propositions des syndicats.",
        "Commentaires acerbes des analystes après la publication",
        "Le titre gagne 2 % | en séance",
        # a ticker glued to the article's sentences when the page's lines were run together
        "Le groupe Varenne a confirmé mardi la fermeture de son site de Lorient, qui emploie 240 "
        "salariés, avant l'exercice 2026. CAC 40 7 812,45 +0,62 % | Vantor 171,20 € | Brisco 245 €",
        "Partager sur Facebook Partager sur X Lyon, 15 avril (AFP) - Le groupe Valorys a annoncé "
        "mardi la fermeture de son usine de Lisieux, qui emploie 240 salariés.",
    ],
)
def test_article_lines(line: str) -> None:
    assert not is_furniture(line)


def test_offsets_of_the_furniture_lines() -> None:
    text = "Titre de l'article\nLire aussi : autre chose\nLe texte suit."
    lines = furniture_lines(text)
    assert [text[s:e] for s, e in lines] == ["Lire aussi : autre chose"]
    assert in_furniture(lines, text.index("autre"))
    assert not in_furniture(lines, text.index("texte"))
