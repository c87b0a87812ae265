"""The ``fr_facts`` factory (registered as a ``spacy_factories`` entry point too)."""

from __future__ import annotations

from spacy.language import Language

from pipeline.components.facts.component import FactsComponent


@Language.factory(
    "fr_facts",
    # the amounts (fr_amounts), the organisations and people with their canonical names
    # (fr_org_people), the dates (fr_dates), and the parse: who does what to the amount
    requires=["doc.spans", "token.pos", "token.dep", "token.lemma", "token.is_sent_start"],
    assigns=["span._.fact"],
)
def make_facts(nlp: Language, name: str) -> FactsComponent:
    return FactsComponent(nlp, name)
