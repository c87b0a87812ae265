"""Issuing shares raises money (``funding``); issuing bonds is borrowing (``debt``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import measures

CASES = [
    ("Pour financer le rachat, le groupe Ostral émettra pour 150 millions d'euros d'actions "
     "nouvelles par placement privé.", "funding"),
    ("Le groupe Ostral a émis pour 500 millions d'euros d'obligations à sept ans.", "debt"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "measure"), CASES)
def test_what_an_issue_raises(nlp: Language, text: str, measure: str) -> None:
    assert measures(nlp, text) == [measure]
