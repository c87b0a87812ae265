"""The ``fr_quotes`` component: its rule data saved with a pipeline and read back, also in the
layout of pipelines saved before the data became one entry per file."""

from __future__ import annotations

import spacy

from pipeline.components.quotes import QuotesComponent
from pipeline.components.quotes.lexicon import Lexicon

LOOKUPS = [name for name in Lexicon.__dataclass_fields__ if not name.startswith("_")]


def test_rule_data_survives_a_round_trip() -> None:
    nlp = spacy.blank("fr")
    shipped = QuotesComponent(nlp, "fr_quotes")
    restored = QuotesComponent(nlp, "fr_quotes").from_bytes(shipped.to_bytes())
    for name in LOOKUPS:
        assert getattr(restored.lexicon, name) == getattr(shipped.lexicon, name), name


def test_rule_data_of_an_older_pipeline_is_read() -> None:
    nlp = spacy.blank("fr")
    comp = QuotesComponent(nlp, "fr_quotes")
    comp.data = {
        "speech_verbs": [{"lemma": "déclarer"}],
        "introducers": {"selon": {}},
        "not_after_introducer": ["les chiffres"],
        "descriptions": {"pdg": ["person", "x"]},
        "first_names": {"Jean": "m"},
        "org_kinds": [["media", ["journal"], ["quotidien", "titre"]]],
        "role_verbs": {"diriger": "dirigeant"},
        "court_voices": {"accusation": ["procureur", "procureure"]},
        "unnamed": ["un proche"],
        "documents": ["rapport"],
        "anonymity": ["requis l'anonymat"],
        "org_voices": ["porte-parole"],
        "after_quote": ["voilà ce qu'"],
    }
    comp._setup()
    lex = comp.lexicon
    assert lex.forms["déclaré"][False].lemma == "déclarer"
    assert lex.introducers.by_first == {"selon": ["selon"]}
    assert lex.introducers.not_after == [["les", "chiffres"]]
    assert lex.descriptions == {"pdg": ("person", "x")}
    assert lex.first_names == {"Jean": "m"}
    assert lex.org_kinds == [("media", ["journal"], ["quotidien", "titre"])]
    assert lex.role_verbs["dirigée"] == "dirigeant"
    assert lex.court_voices == {"accusation": ["procureur", "procureure"]}
    # a file the older pipeline did not have is taken as shipped
    assert lex.naming == QuotesComponent(nlp, "fr_quotes").lexicon.naming
