"""Fixtures of the ``fr_dates`` tests (the whole French pipeline, ``nlp``, is in
``tests/conftest.py``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language


@pytest.fixture(scope="session")
def blank() -> Language:
    """A blank French pipeline with ``fr_dates`` alone: what the written text gives, without
    the model's parse (no tense, no part of speech) nor ``fr_amounts``."""
    import pipeline.components  # noqa: F401  (registers the factories)

    nlp = spacy.blank("fr")
    nlp.add_pipe("fr_dates")
    return nlp
