"""The ``fr_dates`` factory (registered as a ``spacy_factories`` entry point too)."""

from __future__ import annotations

from spacy.language import Language

from pipeline.components.dates.component import DatesComponent


@Language.factory(
    "fr_dates",
    # the text, the amounts of fr_amounts (masked), and the parse: the tense of the verb
    # governing a date (part of speech, morphology, lemma, dependencies, sentences)
    requires=["doc.spans", "token.pos", "token.morph", "token.lemma", "token.dep"],
    assigns=["doc.spans", "span._.date"],
)
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent(nlp, name)
