"""Who bears a cost: the ``à`` complement of a verb of cost, even when the parser hangs it on
the amount (``a coûté 45 millions d'euros à Air France``); a plural common noun there is a
group, no holder, even when an organisation of the article is named after that noun (``aux
assureurs``, while ``France Assureurs`` is quoted)."""

from __future__ import annotations

from spacy.language import Language

from tests.components.facts.helpers import facts

OPENING = (
    "La fédération France Assureurs a publié jeudi son bilan annuel. France Assureurs appelle "
    "à une réforme du régime. "
)


def test_cost_to_a_group(nlp: Language) -> None:
    text = OPENING + "Les inondations ont coûté 5,8 milliards d'euros aux assureurs en 2024."
    assert facts(nlp, text)[0][:2] == ("cost", None)


def test_cost_to_a_named_company(nlp: Language) -> None:
    text = OPENING + "La grève a coûté 45 millions d'euros à Air France."
    assert facts(nlp, text)[0][:2] == ("cost", "Air France")
