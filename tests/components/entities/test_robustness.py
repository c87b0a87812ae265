"""Odd input never raises; the component survives a save and a load; the reference article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.entities import EntitiesComponent
from tests.components.entities.helpers import orgs, people, roles


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "«»« » \" ' ( ) ,,,",
        "M.",
        "\x00\x07 Société\u202fGénérale\u00a0SA \x1b",
        "Le groupe",
        "la start-up",
        "Capital Management Group Holdings SA",
        "( AMF ) ( ) (",
        "9" * 400 + " milliards d’euros pour Apple Inc.",
        "PARIS (AFP) -",
        "& & & , & Co.",
        "SA/NV SAB de CV S.A. de C.V.",
        "(CJIP) ( PGE )",
        "Interrogé",
        "Jean Marie Pierre Paul " * 2000,
        "Alpha, Beta & Gamma, " * 500,
    ],
)
def test_odd_input_never_raises(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert isinstance(list(doc.spans["organizations"]), list)
    assert isinstance(list(doc.spans["people"]), list)


def test_serialisation_round_trip(nlp: Language, tmp_path: Path) -> None:
    comp = nlp.get_pipe("fr_org_people")
    assert isinstance(comp, EntitiesComponent)
    comp.to_disk(tmp_path / "ents")
    comp.from_disk(tmp_path / "ents")
    doc = nlp("La start-up Mistral AI a levé des fonds auprès de SoftBank.")
    assert {"Mistral AI", "SoftBank"} <= orgs(doc)
    doc2 = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert {s._.canonical for s in doc2.spans["organizations"]} == orgs(doc)


def test_seed_article(nlp: Language, shared_dir: Path, seed_text: str) -> None:
    gold = json.loads((shared_dir / "seed" / "gold.jsonl").read_text(encoding="utf-8"))
    doc = nlp(seed_text)
    assert orgs(doc) == {o["name"] for o in gold["organizations"]}
    assert people(doc) == {p["name"] for p in gold["people"]}
    assert roles(doc)["Sam Altman"][0] == "PDG"
    # every span's text is the mention as written in the article
    for span in [*doc.spans["organizations"], *doc.spans["people"]]:
        assert seed_text[span.start_char : span.end_char] == span.text
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("Musk", "PER") in labels and ("Musk", "ORG") not in labels
    assert ("OpenAI", "ORG") in labels and ("Twitter", "ORG") in labels
