"""The text as read made safe for the pipeline (pipeline/prepare.py): odd spacing gives the same
facts with offsets into the text as read, long runs without a space are tokenized in pieces, a
long article runs in paragraph groups, and the ``sentence`` column stays bounded."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import pipeline
from pipeline.prepare import MAX_RUN, make_doc, normalise_spacing, tokenizer_pieces
from pipeline.tables import SENTENCE_CONTEXT, context_window

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "Le groupe Fromageries Vernet a annoncé le 12 mars 2025 un chiffre d’affaires de 4,2 "
    "milliards d’euros, en hausse de 6 %.\n\n"
    "« Nous avons tenu nos engagements », a déclaré son président, Paul Lemarchand, devant "
    "les actionnaires réunis à Lyon.\n\n"
    "Le directeur financier, Claire Dumoulin, estime que la marge progressera encore en 2026. "
    "Le groupe investira 300 millions d’euros dans une nouvelle usine.\n"
)


def test_normalise_spacing_drops_zero_width_and_maps_back() -> None:
    text = "3\u200b milliards\td’euros\u2009! \ufeffFin"
    clean, offsets = normalise_spacing(text)
    assert clean == "3 milliards d’euros ! Fin"
    assert offsets is not None
    start = clean.index("Fin")
    assert text[offsets.start(start) : offsets.end(start + 3)] == "Fin"
    assert text[offsets.start(0) : offsets.end(1)] == "3"


def test_normalise_spacing_leaves_ordinary_text_alone() -> None:
    text = "Le 5 mai, 1\u00a0000 euros\u202f!\n\nFin."
    assert normalise_spacing(text) == (text, None)


@pytest.fixture(scope="module")
def clean(nlp: Language) -> pipeline.ExtractResult:
    return pipeline.extract([ARTICLE], nlp=nlp)


@pytest.mark.parametrize(
    "pollute",
    [
        lambda t: t.replace(" ", " \u200b"),
        lambda t: t.replace(" ", "\t"),
        lambda t: t.replace(" ", "\u2009").replace("\n", "\n\ufeff"),
        lambda t: t.replace("e", "e\u200d"),
    ],
    ids=["zero-width-after-spaces", "tabs", "thin-spaces-and-bom", "joiners-in-words"],
)
def test_odd_spacing_gives_the_same_facts(nlp: Language, clean, pollute) -> None:  # type: ignore[no-untyped-def]
    text = pollute(ARTICLE)
    dirty = pipeline.extract([text], nlp=nlp)
    assert len(clean.amounts) >= 2 and len(clean.quotes) >= 1 and len(clean.people) >= 2
    for table in ("amounts", "people", "quotes", "dates", "organizations"):
        before, after = getattr(clean, table), getattr(dirty, table)
        assert len(after) == len(before), table
        for row in after.itertuples():
            written = text[row.start_char : row.end_char]
            if table != "quotes":
                assert written == row.text
            assert normalise_spacing(written)[0].strip() != ""
    assert dirty.amounts["value"].tolist() == clean.amounts["value"].tolist()
    assert dirty.people["name"].tolist() == clean.people["name"].tolist()
    assert dirty.quotes["speaker"].tolist() == clean.quotes["speaker"].tolist()


def test_polluted_corpus_articles_keep_their_facts(nlp: Language) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").rglob("*.txt"))][:6]
    clean = pipeline.extract(texts, nlp=nlp)
    dirty = pipeline.extract([t.replace(" ", " \u200b") for t in texts], nlp=nlp)
    for table in ("amounts", "people", "quotes"):
        assert len(getattr(dirty, table)) >= 0.95 * len(getattr(clean, table)), table


def test_tokenizer_pieces_rejoin_and_bound_runs() -> None:
    text = "Début " + "«" * (3 * MAX_RUN + 17) + " suite " + "x" * 50
    pieces = tokenizer_pieces(text)
    assert "".join(pieces) == text
    assert len(pieces) > 3
    assert all(len(max(p.split(), key=len)) <= MAX_RUN for p in pieces if p.strip())
    assert tokenizer_pieces("Un texte ordinaire.") == ["Un texte ordinaire."]


def test_make_doc_keeps_the_text_of_a_long_run(nlp: Language) -> None:
    text = "Avant " + "«" * (2 * MAX_RUN + 5) + " après le 5 mai."
    doc = make_doc(nlp, text)
    assert doc.text == text
    assert make_doc(nlp, "Le 5 mai.").text == "Le 5 mai."


def test_long_article_runs_in_pieces_with_the_same_rows(nlp: Language) -> None:
    text = ARTICLE * 6
    whole = pipeline.extract([text], nlp=nlp)
    saved = nlp.max_length
    nlp.max_length = len(ARTICLE) + 10  # a group of one article's paragraphs at most
    try:
        pieces = pipeline.extract([text], nlp=nlp)
    finally:
        nlp.max_length = saved
    for table in ("amounts", "quotes", "dates"):
        a, b = getattr(whole, table), getattr(pieces, table)
        assert b["start_char"].tolist() == a["start_char"].tolist(), table
        assert b["sentence"].tolist() == a["sentence"].tolist(), table


def test_sentence_window_is_bounded_and_within_its_paragraph() -> None:
    text = "Premier paragraphe sans fin\n\n" + "le 5 mai 2025 " * 200 + "\n\nDernier."
    start = text.index("le 5 mai", 1000)
    lo, hi = context_window(text, start, start + 13, 0, len(text))
    assert hi - lo <= 13 + 2 * SENTENCE_CONTEXT
    assert "\n" not in text[lo:hi]
    assert text[lo - 1] == " " and text[hi] == " "
    first = text.index("le 5 mai")
    lo, hi = context_window(text, first, first + 13, 0, len(text))
    assert lo == first and not text[lo:hi].startswith("Premier")


def test_sentence_window_stops_at_a_line_break() -> None:
    """A headline on its own line is not part of the first sentence's row, even when the
    parser joins them."""
    text = "TotalEnergies voit son bénéfice reculer\nLe groupe a annoncé 18,3 milliards de dollars."
    start = text.index("18,3")
    lo, hi = context_window(text, start, start + 4, 0, len(text))
    assert text[lo:hi] == "Le groupe a annoncé 18,3 milliards de dollars."


def test_sentence_column_grows_linearly(nlp: Language) -> None:
    text = "Les échéances : " + ", ".join(f"le {d} mai 2025" for d in range(1, 29)) * 12
    result = pipeline.extract([text], nlp=nlp)
    assert len(result.dates) > 100
    longest = result.dates["sentence"].str.len().max()
    assert longest <= 2 * SENTENCE_CONTEXT + 40
