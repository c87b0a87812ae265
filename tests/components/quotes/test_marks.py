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


def _contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_marks(text)]


def test_single_marks_quote_when_no_letter_is_on_their_outer_side() -> None:
    """Single quote marks some newsrooms use: two apostrophes as one mark (West-African
    press), a straight apostrophe padded with spaces (financial wires) or tight (``'phase
    1'``), curly single quotes. An apostrophe between letters is an elision, never a mark."""
    assert _contents("Il a dit ‘’Nous allons investir’’, a-t-il ajouté.") == [
        "Nous allons investir"
    ]
    assert _contents("Il a dit '' Nous allons investir '' a-t-il ajouté.") == [
        "Nous allons investir"
    ]
    assert _contents("Il a dit ’’Nous l’avons fait’’ hier.") == ["Nous l’avons fait"]
    assert _contents("' La reprise de l'activité se confirme ' indique le groupe.") == [
        "La reprise de l'activité se confirme"
    ]
    assert _contents("la 'phase 1' de l'accord") == ["phase 1"]
    assert _contents("Il a dit ‘Nous l’investirons’, puis il est parti.") == ["Nous l’investirons"]
    assert _contents("l'action d'Orange et aujourd'hui l' entreprise") == []


def test_a_stray_single_mark_hides_no_later_quote() -> None:
    """A single mark never closed (``les années '80``) is dropped, and the quotes after it in
    its paragraph are still found."""
    assert _contents("les années '80 et « la crise » selon lui") == ["la crise"]
    assert _contents("x 'a 'b\n« d »") == ["d"]
