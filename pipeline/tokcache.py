"""A warm tokenizer cache for streaming runs.

spaCy's tokenizer caches how it split each space-delimited chunk of text (``l’entreprise,``
→ ``l’``, ``entreprise``, ``,``), but it adds nothing to that cache inside
``nlp.memory_zone()``, and :mod:`pipeline.extract` processes every chunk of articles inside
one. Without this module the tokenizer would redo the prefix, suffix and infix search for
every word of every article: about 8 ms of a 600-word article, over 5 % of the whole run.

:func:`warm_tokenizer` fills the cache once, when the pipeline is loaded and outside any
memory zone, with

* the commonest word forms of the model's own vector table, whose keys are stored in the
  order of the word frequencies the vectors were trained on (``,`` ``de`` ``.`` ``la`` …);
* ``models/shared/press_chunks.txt``: chunks French business news writes as one
  space-delimited unit (``d’euros``, ``»,``, ``%.``, ``l’an``, ``s’est``), the ones found in
  at least two articles of the project's own corpus (:func:`press_chunks`;
  ``python -c "import pipeline.tokcache as t; t.main()"`` rebuilds the file).

The tokenizer splits a cached chunk exactly as it would split it afresh (spaCy never caches a
chunk that touches a special case), so the output does not change; only the time does.
The cached strings stay in the vocabulary for good: a few tens of thousands, once.
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.language import Language

from pipeline.resources import load_lines, models_dir

#: How many of the vector table's commonest word forms are cached.
COMMON_WORDS = 20_000
#: The press chunks file under ``models/``.
PRESS_CHUNKS = "shared/press_chunks.txt"
#: The corpus folders :func:`press_chunks` reads: never the held-out sets, nor
#: ``corpus/articles``, from which ``python -m pipeline bench`` draws its texts.
CHUNK_SOURCES: tuple[str, ...] = (
    "validation",
    "validation2",
    "validation3",
    "validation4",
    "validation6",
    "validation7",
    "validation8",
)


def common_words(nlp: Language, n: int = COMMON_WORDS) -> list[str]:
    """The first ``n`` word forms of the model's vector table (its frequency order)."""
    strings = nlp.vocab.strings
    words = (strings[key] for key in nlp.vocab.vectors.key2row if key in strings)
    return [w for w in itertools.islice(words, n) if w and not w.isspace()]


def press_chunks(texts: Iterable[str], min_docs: int = 2) -> list[str]:
    """Space-delimited chunks found in at least ``min_docs`` of ``texts``, commonest first."""
    in_docs: Counter[str] = Counter()
    for text in texts:
        in_docs.update(set(text.split()))
    ranked = sorted(in_docs.items(), key=lambda item: (-item[1], item[0]))
    return [chunk for chunk, count in ranked if count >= min_docs]


def warm_tokenizer(
    nlp: Language, n_words: int = COMMON_WORDS, extra: Sequence[str] | None = None
) -> int:
    """Fill ``nlp``'s tokenizer cache (see the module's text); returns the chunks it tokenized.

    ``extra``: the chunks to add to the vector table's words; ``models/shared/
    press_chunks.txt`` when ``None``. Raises the tokenizer's ``max_cache_size`` so these
    chunks leave room for the ones it caches on its own outside memory zones.
    """
    tokenizer = nlp.tokenizer
    if extra is None:
        try:
            extra = load_lines(PRESS_CHUNKS)
        except FileNotFoundError:
            extra = []
    chunks = list(dict.fromkeys([*common_words(nlp, n_words), *extra]))
    if hasattr(tokenizer, "max_cache_size"):
        tokenizer.max_cache_size = max(tokenizer.max_cache_size, 2 * len(chunks))
    if getattr(nlp.vocab, "in_memory_zone", False):  # nothing would be kept
        return 0
    for chunk in chunks:
        tokenizer(chunk)
    return len(chunks)


def main(argv: Sequence[str] | None = None) -> None:
    """Rebuild ``models/shared/press_chunks.txt`` from the corpus folders of CHUNK_SOURCES."""
    args = list(sys.argv[1:] if argv is None else argv)
    corpus = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "corpus"
    texts = [
        path.read_text(encoding="utf-8")
        for folder in CHUNK_SOURCES
        for path in sorted((corpus / folder).glob("*.txt"))
    ]
    chunks = [c for c in press_chunks(texts) if not c.startswith("#")]
    out = models_dir() / PRESS_CHUNKS
    header = (
        "# Space-delimited chunks of French business news found in at least two articles of\n"
        "# the project's corpus (validation sets, never the held-out ones), commonest\n"
        "# first. pipeline/tokcache.py caches their tokenization when the pipeline is loaded.\n"
        '# Rebuilt by: python -c "import pipeline.tokcache as t; t.main()"\n'
    )
    out.write_text(header + "\n".join(chunks) + "\n", encoding="utf-8")
    print(f"{len(chunks)} chunks from {len(texts)} articles written to {out}")


if __name__ == "__main__":
    main()
