"""What the ``fr_facts`` tests share: the facts of a text, one tuple per amount."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

#: the date the cases' articles are published on
ARTICLE = "2025-03-20"


def run(nlp: Language, text: str, article_date: str | None = ARTICLE) -> Doc:
    """``text`` through ``nlp``, dated ``article_date``."""
    doc = nlp.make_doc(text)
    doc._.article_date = article_date
    return nlp(doc)


def facts(nlp: Language, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """``(measure, holder, counterpart, period)`` of each amount of ``text``, in text order."""
    doc = run(nlp, text)
    return [
        (f["measure"], f["holder"], f["counterpart"], f["period"])
        for f in (span._.fact for span in doc.spans["amounts"])
    ]


def measures(nlp: Language, text: str) -> list[str]:
    return [fact[0] for fact in facts(nlp, text)]


def kind_params(kinds: dict[str, list[tuple[str, Any]]]) -> list[Any]:
    """The cases of a table of kinds (``{kind: [(text, expected), …]}``) as test parameters,
    each named by its kind and the start of its text."""
    return [
        pytest.param(text, expected, id=f"{kind}: {text[:40]}")
        for kind, cases in kinds.items()
        for text, expected in cases
    ]
