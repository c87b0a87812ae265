"""The ``fr_dates`` component as a spaCy component: its factory, its span group, what it reads
(the amounts of ``fr_amounts``), robustness, saving and loading, no state kept between
documents."""

from __future__ import annotations

import srsly
from spacy.language import Language

from pipeline.components.dates import SPAN_GROUP, DatesComponent
from tests.components.dates.helpers import run


def test_amount_spans_are_masked(nlp: Language) -> None:
    """``2024 euros`` (an amount of ``fr_amounts``) is no year; ``en 2024`` is."""
    doc = run(nlp, "Le groupe a versé 2024 euros en 2024.")
    assert [(s.text, s.start_char) for s in doc.spans["dates"]] == [("2024", 32)]


def test_seed_only_2015(nlp: Language, seed_text: str) -> None:
    doc = run(nlp, seed_text, None)
    assert [(s.text, s._.date["value"]) for s in doc.spans["dates"]] == [("2015", "2015")]


def test_odd_input_does_not_raise(nlp: Language) -> None:
    for text in ["9" * 5000, "du 31 au 30 février 2025", "le 99/99/9999", "T9 2025", "2025-13-45"]:
        run(nlp, text)


def test_saved_pipeline_round_trip(nlp: Language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import spacy

    pipe = nlp.get_pipe("fr_dates")
    pipe.to_disk(tmp_path)
    restored = type(pipe)(nlp, "fr_dates").from_disk(tmp_path)
    assert restored.data == pipe.data
    assert spacy.util.get_lang_class("fr")  # loads without the package being re-imported


def test_setup_tolerates_data_saved_by_an_older_version(nlp: Language) -> None:
    """A pipeline saved before a lexicon existed loads with the shipped one instead."""
    comp = nlp.get_pipe("fr_dates")
    old = {k: v for k, v in comp.data.items() if k not in ("future_verbs", "periods", "seasons")}
    clone = DatesComponent(nlp, "fr_dates_old")
    clone.from_bytes(srsly.json_dumps(old).encode("utf-8"))
    doc = run(nlp, "Au troisième trimestre 2025, le 5 mars et au printemps 2026.")
    assert [s.text for s in clone(doc).spans["dates"]] == [
        "troisième trimestre 2025",
        "5 mars",
        "printemps 2026",
    ]


def test_factory_declares_what_it_reads_and_writes(blank: Language) -> None:
    meta = blank.get_pipe_meta("fr_dates")
    assert meta.assigns == ["doc.spans", "span._.date"]
    assert "token.pos" in meta.requires and "token.dep" in meta.requires
    assert SPAN_GROUP == "dates"


def test_a_failing_rule_writes_no_dates(blank: Language, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One article's failure leaves an empty span group, and the pipeline goes on."""
    comp = blank.get_pipe("fr_dates")

    def broken(doc):  # type: ignore[no-untyped-def]
        raise RuntimeError("a broken rule")

    monkeypatch.setattr(comp, "find_dates", broken)
    doc = run(blank, "Le 12 février 2025, hier.")
    assert list(doc.spans["dates"]) == []


def test_no_state_is_kept_between_documents(blank: Language) -> None:
    """Everything about an article lives in its own :class:`Context`: the component's
    attributes are the same after a document as before it."""
    comp = blank.get_pipe("fr_dates")
    before = dict(vars(comp))
    run(blank, "Le 12 février 2025, hier, au T3 2024 et l'été dernier.")
    assert vars(comp) == before
    assert all(vars(comp)[k] is v for k, v in before.items())
