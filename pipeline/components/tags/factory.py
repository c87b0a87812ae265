"""The ``fr_pos_tags`` factory: what the component reads and what it writes."""

from __future__ import annotations

from spacy.language import Language

from pipeline.components.tags.component import PosTags


@Language.factory(
    "fr_pos_tags",
    default_config={},
    requires=["token.pos", "token.is_space", "token.dep"],
    assigns=["token.tag", "token.pos", "token.morph", "token.dep"],
)
def make_pos_tags(nlp: Language, name: str) -> PosTags:
    return PosTags(nlp, name)
