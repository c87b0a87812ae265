"""The ``fr_quotes`` factory: registers the component with spaCy."""

from __future__ import annotations

from spacy.language import Language

from pipeline.components.quotes.component import QuotesComponent


@Language.factory(
    "fr_quotes",
    requires=[
        "token.pos",
        "token.lemma",
        "token.morph",
        "token.dep",
        "token.head",
        "token.ent_type",
        "token.ent_iob",
        "doc.spans",
    ],
    assigns=["doc.spans"],
)
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """Direct and indirect quotes with their speakers: ``doc.spans["quotes"]``, each span with
    ``span._.quote`` (text, kind, speaker, speaker type, cue)."""
    return QuotesComponent(nlp, name)
