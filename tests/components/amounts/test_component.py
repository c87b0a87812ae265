"""fr_amounts as a component: the spans it writes, odd input, saving and loading (also a
pipeline saved by an older version), the shape of its saved data, no per-document state."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
import srsly
from spacy.language import Language

from pipeline.components.amounts import DATA_FILES, AmountsComponent, lexicon_records
from pipeline.resources import load_files
from tests.components.amounts.helpers import amounts, same

# ---- span extent ---------------------------------------------------------------------------

SPAN_TEXTS = [
    ("une offre de 97,4 milliards de dollars pour OpenAI", "97,4 milliards de dollars"),
    ("près de 5 millions d'euros", "5 millions d'euros"),
    ("il coûte $10 seulement", "$10"),
    ("entre 16 et 18 milliards de dollars", "16 et 18 milliards de dollars"),
]


@pytest.mark.parametrize(("text", "span_text"), SPAN_TEXTS)
def test_span_covers_the_amount_as_written(
    amounts_nlp: Language, text: str, span_text: str
) -> None:
    doc = amounts_nlp(text)
    assert [s.text for s in doc.spans["amounts"]] == [span_text]


# ---- the reference article (through the whole pipeline) -----------------------------------


def test_seed_article(nlp: Language, seed_text: str) -> None:
    got = amounts(nlp, seed_text)
    assert same(
        got,
        [(97e9, "USD", None, None), (97.4e9, "USD", None, None), (97.4e9, "USD", None, None)],
    ), got


# ---- robustness ----------------------------------------------------------------------------

ODD_INPUTS = [
    "",
    " ",
    "\n\n",
    "« » “ ” \" ' ’",
    "€$£¥",
    "de à et entre",
    "9" * 400 + " milliards d'euros",
    "1e308 euros",
    "\x00\x01\x02 12 € \x7f",
    "- - - 5 - - € - -",
    "10 000 000 000 000 000 000 000 € " * 3,
]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_input_never_raises(amounts_nlp: Language, text: str) -> None:
    doc = amounts_nlp(text)
    for span in doc.spans["amounts"]:
        assert set(span._.amount) == {"value", "value_max", "currency", "qualifier"}


def test_component_round_trips_through_bytes(amounts_nlp: Language) -> None:
    pipe = amounts_nlp.get_pipe("fr_amounts")
    data = pipe.to_bytes()
    pipe.from_bytes(data)
    assert same(amounts(amounts_nlp, "un contrat de 5 M€"), [(5e6, "EUR", None, None)])


def test_component_round_trips_through_disk(amounts_nlp: Language, tmp_path: Path) -> None:
    pipe = amounts_nlp.get_pipe("fr_amounts")
    pipe.to_disk(tmp_path / "fr_amounts")
    pipe.from_disk(tmp_path / "fr_amounts")
    assert same(amounts(amounts_nlp, "un contrat de 5 M€"), [(5e6, "EUR", None, None)])


@pytest.mark.parametrize("missing", ["currency_cues", "money_triggers", "scales", "currencies"])
def test_setup_tolerates_data_saved_by_an_older_version(
    amounts_nlp: Language, missing: str
) -> None:
    """A pipeline saved before a lexicon existed loads with the shipped one instead."""
    old = {k: v for k, v in amounts_nlp.get_pipe("fr_amounts").data.items() if k != missing}
    clone = AmountsComponent(amounts_nlp, "fr_amounts_old")
    clone.from_bytes(srsly.json_dumps(old).encode("utf-8"))
    doc = clone(
        amounts_nlp.make_doc("Un contrat de 5 M€ et un chiffre d'affaires de 1,2 milliard d'euros.")
    )
    assert [s._.amount["value"] for s in doc.spans["amounts"]] == [5e6, 1.2e9]


def test_saved_data_keeps_its_shape() -> None:
    """The rows of the ``.tsv`` files are saved as records, as by every earlier version (a saved
    pipeline and the shipped data read the same)."""
    data = lexicon_records(load_files(DATA_FILES))
    assert list(data) == list(DATA_FILES)
    assert set(data["currencies"][0]) == {"form", "iso", "kind", "factor"}
    assert set(data["scales"][0]) == {"form", "value", "kind", "bare"}
    assert set(data["qualifiers"][0]) == {"phrase", "qualifier", "position"}
    assert set(data["approx_nouns"][0]) == {"form", "value"}
    assert set(data["currency_cues"][0]) == {"pattern", "iso", "replaces", "own"}
    assert all(isinstance(word, str) for word in data["money_triggers"])
    assert lexicon_records(data) == data  # records stay records


def test_component_keeps_no_state_of_a_document(amounts_nlp: Language) -> None:
    pipe = amounts_nlp.get_pipe("fr_amounts")
    before = dict(vars(pipe))
    amounts(amounts_nlp, "Le groupe a levé 5 millions d'euros. Sa perte atteint 2 millions.")
    assert vars(pipe) == before


def test_factory_declares_what_it_reads_and_writes() -> None:
    meta = spacy.blank("fr").get_factory_meta("fr_amounts")
    assert meta.requires == ["token.pos"]
    assert meta.assigns == ["doc.spans", "span._.amount"]
