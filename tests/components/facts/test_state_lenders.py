"""A budget article names the IMF or the World Bank more often than any company, yet the
State's figures are not theirs: a multilateral lender of states (``state_lenders`` in
``models/facts/words.json``) is never the article's main company."""

from __future__ import annotations

from spacy.language import Language

from tests.components.facts.helpers import facts

BUDGET = (
    "Cameroun : le déficit budgétaire ramené à 480 milliards de FCFA\n"
    "Le gouvernement a présenté jeudi son projet de loi de finances pour 2026, qui ramène le "
    "déficit à 480 milliards de FCFA. Les recettes atteindraient 7 100 milliards de FCFA. "
    "Le Fonds monétaire international (FMI) a salué ces efforts. Le FMI doit approuver en "
    "mars la prochaine revue du programme, a indiqué le ministre des Finances."
)


def test_lender_of_states_holds_no_budget_figure(nlp: Language) -> None:
    got = facts(nlp, BUDGET)
    assert len(got) == 3
    assert all(holder is None for _measure, holder, _cp, _period in got)


def test_a_lender_still_holds_its_own_loan_as_counterpart(nlp: Language) -> None:
    text = "La Banque mondiale accorde au Togo un prêt de 150 millions de dollars."
    measure, _holder, counterpart, _period = facts(nlp, text)[0]
    assert measure in {"debt", "aid"}
    assert counterpart == "Banque mondiale"
