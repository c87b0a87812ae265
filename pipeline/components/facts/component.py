"""The ``fr_facts`` component: rule data in, the fact of each amount out (``span._.fact``)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline.extensions  # noqa: F401  (registers span._.fact)
from pipeline.components.base import DataComponent, run_guarded
from pipeline.components.facts.document import FactDoc
from pipeline.components.facts.lexicon import DATA_FILES, FactsLexicon
from pipeline.components.facts.measures import measure_of
from pipeline.components.facts.parties import counterpart_of, holder_of, make_scene
from pipeline.components.facts.periods import period_of

#: the fact of an amount nothing is known of
NO_FACT: dict[str, Any] = {"measure": "other", "holder": None, "counterpart": None, "period": None}


def fact_of(fd: FactDoc, amount: Span) -> dict[str, Any]:
    """The fact of one amount: its measure, then its counterpart and holder, then its period;
    a price is remembered as the article's last deal."""
    measure = measure_of(fd, amount)
    scene = make_scene(fd, amount, measure)
    scene.counterpart = counterpart_of(scene)
    holder = holder_of(scene)
    if measure == "price":
        fd.deal.holder = holder or fd.deal.holder
        fd.deal.counterpart = scene.counterpart or fd.deal.counterpart
    return {
        "measure": measure,
        "holder": holder,
        "counterpart": scene.counterpart,
        "period": period_of(fd, amount, measure),
    }


def find_facts(fd: FactDoc) -> list[dict[str, Any]]:
    """The fact of every amount of the article, in text order."""
    return [fact_of(fd, amount) for amount in fd.amounts]


class FactsComponent(DataComponent):
    """Sets ``span._.fact`` on every span of ``doc.spans["amounts"]`` (``FACTS.md``): what
    the amount measures, whose it is, the other party, the period of a result."""

    data_files = DATA_FILES
    lexicon: FactsLexicon

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.data = self.load_data()
        self._setup()

    def _setup(self) -> None:
        self.fill_missing()  # a pipeline saved by an older version: the shipped data
        self.lexicon = FactsLexicon.from_data(self.data)

    def __call__(self, doc: Doc) -> Doc:
        return run_guarded(doc, self.name, self.set_facts, self.set_no_facts)

    def set_facts(self, doc: Doc) -> None:
        amounts = doc.spans.get("amounts", [])
        if not len(amounts):
            return
        fd = FactDoc(doc, self.lexicon)
        for span, fact in zip(fd.amounts, find_facts(fd), strict=True):
            span._.fact = fact

    @staticmethod
    def set_no_facts(doc: Doc) -> None:
        for span in doc.spans.get("amounts", []):
            span._.fact = dict(NO_FACT)
