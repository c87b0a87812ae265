"""The ``fr_amounts`` factory (registered as a ``spacy_factories`` entry point too)."""

from __future__ import annotations

from spacy.language import Language

from pipeline.components.amounts.component import AmountsComponent


@Language.factory(
    "fr_amounts",
    # the text, and the part of speech of the word after a bare number ("4 300 salariés")
    requires=["token.pos"],
    assigns=["doc.spans", "span._.amount"],
)
def make_amounts(nlp: Language, name: str) -> AmountsComponent:
    return AmountsComponent(nlp, name)
