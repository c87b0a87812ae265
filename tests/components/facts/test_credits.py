"""The agency of a dateline or a credit holds no figure: ``(CercleFinance.com) - Le chiffre
d'affaires du groupe atteint…`` is the group's, even when the brief names no company."""

from __future__ import annotations

from spacy.language import Language

from tests.components.facts.helpers import facts


def test_dateline_agency_holds_no_figure(nlp: Language) -> None:
    text = (
        "(CercleFinance.com) - Le chiffre d'affaires consolidé du groupe atteint 1,9 milliard "
        "d'euros en 2025. L'Ebitda s'établit à 212 millions d'euros."
    )
    got = facts(nlp, text)
    assert [fact[0] for fact in got] == ["revenue", "profit"]
    assert all(fact[1] != "CercleFinance.com" for fact in got)


def test_company_of_the_brief_after_the_agency(nlp: Language) -> None:
    text = (
        "PARIS (Belga) - Le chiffre d'affaires de Vestal Group atteint 1,9 milliard d'euros en "
        "2025, a annoncé Vestal Group. Son Ebitda s'établit à 212 millions d'euros."
    )
    assert [fact[1] for fact in facts(nlp, text)] == ["Vestal Group", "Vestal Group"]
