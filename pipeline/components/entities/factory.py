"""The ``fr_org_people`` factory: what the component reads and what it writes."""

from __future__ import annotations

from spacy.language import Language

from pipeline.components.entities.component import EntitiesComponent


@Language.factory(
    "fr_org_people",
    requires=["doc.ents", "token.pos", "token.dep", "token.lemma", "token.is_sent_start"],
    assigns=["doc.ents", "doc.spans", "span._.canonical", "span._.role", "span._.role_org"],
)
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    """The ``fr_org_people`` component (rule data from ``models/entities/``)."""
    return EntitiesComponent(nlp, name)
