"""What the quote tests share: running the pipeline on a text and checking its quotes."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

NBSP = "\u00a0"
NNBSP = "\u202f"

#: A quote expected: (kind, quote, speaker, cue).
Expected = tuple[str, str, str | None, str | None]


def quotes(nlp: Language, text: str) -> list[dict[str, Any]]:
    """``span._.quote`` of every quote the whole pipeline finds in ``text``."""
    doc = nlp(text)
    return [dict(s._.quote) for s in doc.spans["quotes"]]


def check_quote(
    got: dict[str, Any], kind: str, quote: str, speaker: str | None, cue: str | None
) -> None:
    assert got["kind"] == kind
    assert got["quote"] == quote
    assert got["speaker"] == speaker
    assert got["cue"] == cue


def check_quotes(nlp: Language, text: str, expected: list[Expected]) -> None:
    """The quotes of ``text`` are exactly ``expected``, in order."""
    got = quotes(nlp, text)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        check_quote(g, *e)
