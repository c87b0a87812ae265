"""Pairing of quote marks in raw text (no pipeline): « », “ ”, straight marks, stray marks."""

from __future__ import annotations

from pipeline.components.quotes import find_quote_marks


def test_marks_pairing() -> None:
    text = 'a « b » c "d" e “f” g « h'
    found = find_quote_marks(text)
    assert [text[q.start : q.end] for q in found] == ["b", "d", "f"]
    # a stray opening mark is dropped at the end of its paragraph
    assert find_quote_marks("« sans fin\nsuite « ok »") != []
    assert [q.mark for q in find_quote_marks("« sans fin\nsuite « ok »")] == ["«"]
