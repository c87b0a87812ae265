"""The ``fr_dates`` factory: what spaCy calls to make the component."""

from __future__ import annotations

from spacy.language import Language

from pipeline.components.dates.component import DatesComponent


@Language.factory("fr_dates", assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent(nlp, name)
