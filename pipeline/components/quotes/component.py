"""The ``fr_quotes`` component: its rule data, its lexicons, and the passes over an article.

:class:`QuotesComponent` reads ``models/quotes/`` (and the shared first names), builds the
lookups of :mod:`.lexicon` in :meth:`QuotesComponent._setup`, and for each document makes a
:class:`.document.QuoteDoc` and runs the passes in order (:func:`find_quotes`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline.extensions  # noqa: F401  (span._.quote)
from pipeline.components.base import DataComponent, run_guarded
from pipeline.components.quotes.direct import direct_upto
from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.indirect import find_indirect
from pipeline.components.quotes.interviews import dash_answers, interview_answers
from pipeline.components.quotes.lexicon import (
    Introducers,
    Lexicon,
    court_voices,
    descriptions,
    first_names,
    folded_set,
    longest_first,
    naming_words,
    org_kinds,
    role_verb_forms,
    speech_verb_cues,
)
from pipeline.components.quotes.spans import make_spans

SPAN_GROUP = "quotes"


class QuotesComponent(DataComponent):
    """Direct and indirect quotes with their speakers (``doc.spans["quotes"]``)."""

    data_files: Mapping[str, str] = MappingProxyType(
        {
            "speech_verbs": "quotes/speech_verbs.jsonl",
            "introducers": "quotes/introducers.json",
            "descriptions": "quotes/descriptions.tsv",
            "unnamed": "quotes/unnamed_sources.txt",
            "documents": "quotes/documents.txt",
            "naming": "quotes/naming_words.txt",
            "anonymity": "quotes/anonymity.txt",
            "org_voices": "quotes/org_voices.txt",
            "first_names": "shared/first_names.tsv",
            "org_kinds": "quotes/org_classes.tsv",
            "role_verbs": "quotes/role_verbs.tsv",
            "court_voices": "quotes/court_voices.tsv",
            "after_quote": "quotes/after_quote.txt",
        }
    )

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.data: dict[str, Any] = self.load_data()
        self._setup()

    def _setup(self) -> None:
        """The lexicons, each built from its data file by a named builder of :mod:`.lexicon`."""
        data = as_data_files(self.data)
        self.fill_missing()
        forms, lemmas = speech_verb_cues(data["speech_verbs"])
        self.lexicon = Lexicon(
            forms=forms,
            lemmas=lemmas,
            introducers=Introducers.build(data["introducers"]),
            descriptions=descriptions(data["descriptions"]),
            unnamed=folded_set(data["unnamed"]),
            documents=folded_set(data["documents"]),
            naming=naming_words(data["naming"]),
            org_voices=folded_set(data["org_voices"]),
            first_names=first_names(data["first_names"]),
            org_kinds=org_kinds(data["org_kinds"]),
            after_quote=longest_first(data["after_quote"]),
            anonymity=sorted(folded_set(data["anonymity"])),
            court_voices=court_voices(data["court_voices"]),
            role_verbs=role_verb_forms(data["role_verbs"]),
        )

    def __call__(self, doc: Doc) -> Doc:
        return run_guarded(doc, self.name, self._annotate, _no_quotes)

    def _annotate(self, doc: Doc) -> None:
        """Find the quotes, then write them."""
        doc.spans[SPAN_GROUP] = find_quotes(self.lexicon, doc)


def _no_quotes(doc: Doc) -> None:
    """The annotations of a document a rule failed on: no quotes."""
    doc.spans[SPAN_GROUP] = []


def find_quotes(lexicon: Lexicon, doc: Doc) -> list[Span]:
    """The quotes of ``doc``, pass after pass (see the package's docstring)."""
    if len(doc) == 0:
        return []
    view = QuoteDoc(lexicon, doc)
    interview_answers(view)
    # the indirect walk handles the direct quotes as it meets them (document order)
    find_indirect(view)
    direct_upto(view, len(doc) + 1)
    dash_answers(view)
    return make_spans(view)


def as_data_files(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` in the layout of :attr:`QuotesComponent.data_files` (one entry per file, as
    read), converted in place from the layout of pipelines saved before it (tables already
    made into mappings, the introducers' ``not_after`` under a key of its own)."""
    if "not_after_introducer" in data:
        data["introducers"] = {
            "introducers": data["introducers"],
            "not_after": data.pop("not_after_introducer"),
        }
    for key in ("first_names", "role_verbs"):
        if isinstance(data.get(key), dict):
            data[key] = [[k, v] for k, v in data[key].items()]
    if isinstance(data.get("descriptions"), dict):
        data["descriptions"] = [[k, *v] for k, v in data["descriptions"].items()]
    if isinstance(data.get("court_voices"), dict):
        data["court_voices"] = [[k, "|".join(v)] for k, v in data["court_voices"].items()]
    if data.get("org_kinds") and any(isinstance(c, list) for c in data["org_kinds"][0]):
        data["org_kinds"] = [[k, "|".join(a), "|".join(b)] for k, a, b in data["org_kinds"]]
    return data
