"""A colon after a speech verb or a clause: ``X le reconnaît : <clause>.`` (an indirect quote),
``X a appelé au calme : « … »`` (a direct quote's attribution)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # the verb of the clause before a colon
    (
        "Le ministre de l'Économie, Éric Lombard, a appelé au calme : « L'économie française "
        "est solide. »",
        [("direct", "L'économie française est solide.", "Éric Lombard", "appeler")],
    ),
    # a speech verb, a colon and a clause without quote marks
    (
        "Le président de la Fnaim, Loïc Cantin, le reconnaît : le marché a touché le fond.",
        [("indirect", "le marché a touché le fond", "Loïc Cantin", "reconnaître")],
    ),
    (
        "Marie Dubois l’affirme : la banque n’a jamais été aussi solide.",
        [("indirect", "la banque n’a jamais été aussi solide", "Marie Dubois", "affirmer")],
    ),
    # a colon after the object of a non-speech verb; an earlier participle is not the cue
    (
        "Interrogée sur une cession de la marque, Claire Dufresne a écarté l’idée : « Cette "
        "marque n’est pas à vendre. »",
        [("direct", "Cette marque n’est pas à vendre.", "Claire Dufresne", "écarter")],
    ),
]

NOT_QUOTES = [
    # a colon after a speech verb's object, or before a list without a clause
    "Le groupe a annoncé ses résultats : un bénéfice de 3 millions d’euros.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_colons(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_no_colon_clause(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []
