"""What the amounts tests share: the amounts of a text as tuples, and their comparison."""

from __future__ import annotations

from spacy.language import Language

#: ``(value, currency, value_max, qualifier)`` of one amount.
Expected = tuple[float | None, str | None, float | None, str | None]

NBSP, NNBSP = "\u00a0", "\u202f"


def amounts(nlp: Language, text: str) -> list[Expected]:
    """The amounts ``nlp`` finds in ``text``, in text order."""
    doc = nlp(text)
    out = []
    for span in doc.spans["amounts"]:
        a = span._.amount
        out.append((a["value"], a["currency"], a["value_max"], a["qualifier"]))
    return out


def same(got: list[Expected], expected: list[Expected]) -> bool:
    """Whether the amounts are the expected ones (values within a relative 1e-9)."""
    if len(got) != len(expected):
        return False
    for g, e in zip(got, expected, strict=True):
        for x, y in ((g[0], e[0]), (g[2], e[2])):
            if (x is None) != (y is None):
                return False
            if x is not None and y is not None and abs(x - y) > 1e-9 * max(1.0, abs(y)):
                return False
        if g[1] != e[1] or g[3] != e[3]:
            return False
    return True
