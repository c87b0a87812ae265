"""The amounts component reads only the text: most of its tests run it on a blank French
pipeline (the project's tokenizer, no statistical model), loaded once per session."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.util import compile_suffix_regex

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.nlp import CURRENCY_STOP_SUFFIX


@pytest.fixture(scope="session")
def amounts_nlp() -> Language:
    """``spacy.blank("fr")`` with the project's tokenizer suffix and ``fr_amounts``."""
    nlp = spacy.blank("fr")
    suffixes = [*nlp.Defaults.suffixes, CURRENCY_STOP_SUFFIX]  # type: ignore[misc]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]
    nlp.add_pipe("fr_amounts")
    return nlp
