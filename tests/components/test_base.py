"""The document text shared by the components (``pipeline.components.base``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.components.base import doc_text, remember_text

TEXTS = [
    "",
    " ",
    "Le groupe a levé 3\u202fM€.\u00a0« Oui », dit-il.\n\nFin ",
    "a\r\nb\tc  d",
    "L’Oréal\u2028SA",
    "Un  contrat\u00a0de 5 M€.\n\nFin ",
    "l’État : 3,5 Md$ (estimés)…",
    "\x00\t x",
]


@pytest.mark.parametrize("text", TEXTS)
def test_doc_text_is_doc_text(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) is doc_text(doc)  # built once


@pytest.mark.parametrize("text", TEXTS)
def test_remembered_text_is_used(nlp: Language, text: str) -> None:
    doc = remember_text(nlp.make_doc(text), text)
    assert doc_text(doc) == text


def test_a_text_that_does_not_fit_is_not_remembered(nlp: Language) -> None:
    doc = remember_text(nlp.make_doc("Deux mots"), "Trois mots ici")
    assert doc_text(doc) == "Deux mots"


def test_each_document_has_its_own_text(nlp: Language) -> None:
    first, second = nlp.make_doc("Premier texte."), nlp.make_doc("Second texte.")
    assert (doc_text(first), doc_text(second)) == ("Premier texte.", "Second texte.")
