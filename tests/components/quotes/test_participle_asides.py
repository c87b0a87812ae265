"""A past participle set off by commas inside a quote is the quote's own aside, not an incise of
speech (``« la fraude qui, ajoutée à la crise, a plombé les ventes »``): the quote keeps its
words and its speaker from the attribution before it (sentences of our own, modelled on the
West-African business press's long attributions)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes

CASES: list[tuple[str, list[Expected]]] = [
    (
        "Awa Cissé, la présidente du groupe textile Sotex, a déploré, jeudi à Dakar, « les "
        "importations frauduleuses qui, ajoutées à la hausse du coton, ont pesé sur nos ventes ».",
        [
            (
                "direct",
                "les importations frauduleuses qui, ajoutées à la hausse du coton, ont pesé sur "
                "nos ventes",
                "Awa Cissé",
                "déplorer",
            )
        ],
    ),
    (
        "Le directeur général de Cimalu, Koffi Mensah, a regretté « une taxe qui, cumulée avec "
        "le prix de l'énergie, rend nos usines moins compétitives ».",
        [
            (
                "direct",
                "une taxe qui, cumulée avec le prix de l'énergie, rend nos usines moins "
                "compétitives",
                "Koffi Mensah",
                "regretter",
            )
        ],
    ),
    (
        "Pour Jean Tano, président de la fédération, « ces retards, ajoutés aux pannes, "
        "coûtent cher aux transporteurs ».",
        [
            (
                "direct",
                "ces retards, ajoutés aux pannes, coûtent cher aux transporteurs",
                "Jean Tano",
                "pour",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_participle_aside_inside_a_quote_is_no_incise(
    nlp: Language, text: str, expected: list[Expected]
) -> None:
    check_quotes(nlp, text, expected)
