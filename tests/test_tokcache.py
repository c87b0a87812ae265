"""The warm tokenizer cache: same tokens as a cold tokenizer, the files it reads."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from pipeline.resources import load_lines
from pipeline.tokcache import PRESS_CHUNKS, common_words, press_chunks, warm_tokenizer

NBSP, NNBSP = "\u00a0", "\u202f"

TEXTS = [
    f"Le groupe a levé 45{NNBSP}M€. Son chiffre d’affaires atteint 1,2{NBSP}Md$ en 2024.",
    f"«{NBSP}Nous visons 10{NBSP}%{NBSP}», a-t-elle déclaré à l’AFP, d’après Les Echos.",
    "Selon www.exemple.fr et contact@exemple.fr, l'action a reculé de 3 % (à 12,50 €).",
    "Arrivée en 2019, Mme Dupont-Martin dirige aujourd’hui l’entreprise qu’elle a fondée.",
    "Les États-Unis, l’UE et le Royaume-Uni… etc. 3 Md€. 1.234.567 euros ; 2 500 000 $.",
]


def _cold_copy(nlp: Language) -> Tokenizer:
    """A tokenizer with the same rules and an empty cache."""
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    return Tokenizer(nlp.vocab).from_bytes(tokenizer.to_bytes())


@pytest.mark.parametrize("text", TEXTS)
def test_warm_tokens_equal_cold_tokens(nlp: Language, text: str) -> None:
    cold = _cold_copy(nlp)
    with nlp.memory_zone():
        warm = [t.text for t in nlp.make_doc(text)]
        assert warm == [t.text for t in cold(text)]


def test_seed_article_tokenizes_the_same(nlp: Language, seed_text: str) -> None:
    cold = _cold_copy(nlp)
    with nlp.memory_zone():
        warm = [(t.text, t.whitespace_) for t in nlp.make_doc(seed_text)]
        assert warm == [(t.text, t.whitespace_) for t in cold(seed_text)]


def test_loaded_pipeline_is_warm(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    assert tokenizer.max_cache_size >= 2 * 20_000


def test_warming_keeps_the_chunks_words(nlp: Language) -> None:
    assert warm_tokenizer(nlp, n_words=0, extra=["«motcachéwarmxyz»,"]) == 1
    assert "motcachéwarmxyz" in nlp.vocab.strings  # cached outside a zone: kept for good


def test_common_words_follow_the_vector_table(nlp: Language) -> None:
    words = common_words(nlp, 200)
    assert len(words) == 200
    assert {"de", "la", "et", "le"} <= set(words[:20])


def test_press_chunks_need_two_articles() -> None:
    texts = ["Le groupe a levé 3 millions d’euros.", "Le groupe vise 5 millions d’euros.", "Rien"]
    chunks = press_chunks(texts)
    assert chunks[:2] == ["Le", "d’euros."] or set(chunks) == {
        "Le", "groupe", "millions", "d’euros."
    }  # fmt: skip
    assert "levé" not in chunks and "Rien" not in chunks
    assert press_chunks(texts, min_docs=1)[-1] == "vise"


def test_press_chunks_file_is_there() -> None:
    chunks = load_lines(PRESS_CHUNKS)
    assert len(chunks) > 500 and "d’euros" in chunks


def test_no_warming_inside_a_memory_zone(nlp: Language) -> None:
    with nlp.memory_zone():
        assert warm_tokenizer(nlp, n_words=10, extra=["unmotquinexistepasxyz"]) == 0
    assert "unmotquinexistepasxyz" not in nlp.vocab.strings
