"""Funding round-ups (issue 15): a round by its stage, money received from an investor, and
the investor of each round of an article that lists several, in sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import facts, measures


@pytest.mark.parametrize(
    "text",
    [
        "La start-up Vortalis a bouclé une série B de 30 millions d'euros.",
        "Brenvia annonce une série A de 12 millions d'euros pour recruter.",
        "La jeune pousse Orlane a finalisé un tour d'amorçage de 2 millions d'euros.",
    ],
)
def test_a_round_named_by_its_stage_is_funding(nlp: Language, text: str) -> None:
    assert measures(nlp, text) == ["funding"]


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        (
            "La PME nantaise Kelvane a obtenu 6 millions d'euros auprès de Nova Capital.",
            "Nova Capital",
        ),
        (
            "L'éditeur Sorbel a reçu 3 millions d'euros de la part d'Aster Ventures pour"
            " s'étendre en Europe.",
            "Aster Ventures",
        ),
    ],
)
def test_money_received_from_an_investor_is_funding(nlp: Language, text: str, giver: str) -> None:
    found = facts(nlp, text)
    assert [(f[0], f[2]) for f in found] == [("funding", giver)]


def test_money_received_from_a_customer_stays_unknown(nlp: Language) -> None:
    text = "Le fabricant Dorvel a obtenu 6 millions d'euros de commandes auprès de Renault."
    assert "funding" not in measures(nlp, text)


def test_each_round_of_a_round_up_keeps_its_own_investor(nlp: Language) -> None:
    text = (
        "Cette semaine, dix jeunes pousses ont levé 200 millions d'euros au total. La"
        " start-up Vortalis a levé 40 millions d'euros auprès de Kestrel Partners. La"
        " medtech Brenvia a levé 15 millions d'euros. La fintech Orlane a levé 9 millions"
        " d'euros, menés par Aster Ventures."
    )
    counterparts = [f[2] for f in facts(nlp, text)]
    assert counterparts == [None, "Kestrel Partners", None, "Aster Ventures"]


def test_the_lead_named_later_is_the_round_s_counterpart(nlp: Language) -> None:
    text = (
        "Vortalis lève 40 millions d'euros.\n\nLa start-up a bouclé un tour de table de 40"
        " millions d'euros mené par Kestrel Partners."
    )
    assert [f[2] for f in facts(nlp, text)] == ["Kestrel Partners", "Kestrel Partners"]


def test_the_lead_of_a_sentence_that_goes_on_to_an_older_round(nlp: Language) -> None:
    text = (
        "Vortalis lève 40 millions d'euros.\n\nLe tour de table est mené par Kestrel Partners,"
        " aux côtés de plusieurs business angels et de fonds régionaux, et la société avait"
        " levé 5 millions d'euros en 2023 auprès de Nova Capital."
    )
    assert [f[2] for f in facts(nlp, text)] == ["Kestrel Partners", "Nova Capital"]


def test_an_authority_a_file_is_lodged_with_leads_no_round(nlp: Language) -> None:
    text = (
        "Vortalis lève 40 millions d'euros.\n\nLe prospectus a été déposé auprès de"
        " l'Autorité des marchés financiers."
    )
    assert [f[2] for f in facts(nlp, text)] == [None]
