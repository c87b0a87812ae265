"""An organ of a state (its parliament, a ministry, the Treasury) votes, reports or spends the
State's money: it is neither the article's main company nor a holder, and a budget article
led by one is read as an article on public finances."""

from __future__ import annotations

from spacy.language import Language

from tests.components.facts.helpers import facts

BUDGET = (
    "Le Parlement a adopté mardi la loi de finances 2027, qui s'équilibre à 6 200 milliards de "
    "FCFA, contre 5 900 milliards dans la loi de finances initiale. Le Parlement a aussi voté la "
    "hausse de la dette publique. Le ministère des Finances prévoit 1 100 milliards "
    "d'investissements."
)


def test_a_parliament_holds_no_budget(nlp: Language) -> None:
    found = facts(nlp, BUDGET)
    assert [fact[1] for fact in found] == [None, None, None]


def test_a_budget_article_led_by_a_parliament_reads_budgets(nlp: Language) -> None:
    assert [fact[0] for fact in facts(nlp, BUDGET)][:2] == ["budget", "budget"]
