"""The speed-ups of ``fr_quotes`` checked against the plain versions they replace, and odd input.

* :func:`find_quote_marks` jumps over the characters where nothing happens; the reference here
  visits every character;
* the indirect walk visits only :func:`indirect_points` (speech-verb forms and lemmas,
  introducers, the token after each opening mark); visiting every token finds the same quotes.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from spacy.language import Language

from pipeline.components.quotes import find_quote_marks, indirect
from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.marks import (
    PAIRS,
    SINGLE_MAX_CHARS,
    QuoteMarks,
    closing_at,
    opening_at,
)
from tests.components.quotes import (
    test_colon,
    test_direct,
    test_incises,
    test_indirect,
    test_interviews,
    test_introducers,
    test_inverted,
    test_speakers,
    test_unnamed_sources,
)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    pad = " \t\u00a0\u202f\u2009\u2007\u200b\n"
    while start < end and text[start] in pad:
        start += 1
    while end > start and text[end - 1] in pad:
        end -= 1
    return start, end


def marks_one_character_at_a_time(text: str, max_chars: int = 6000) -> list[QuoteMarks]:
    """The pairing of :func:`find_quote_marks`, one character per step (where a mark opens and
    closes is told by the same :func:`opening_at` and :func:`closing_at`)."""
    out: list[QuoteMarks] = []
    opener, open_pos, seg_start, parts = "", -1, -1, []
    i = 0
    while i < len(text):
        ch = text[i]
        longest = max_chars if opener in PAIRS else min(max_chars, SINGLE_MAX_CHARS)
        if not opener:
            got = opening_at(text, i)
            if got is not None:
                opener, open_pos, seg_start, parts = got[0], i, i + got[1], []
                i += got[1]
                continue
        elif ch == "\n":
            j = i
            while j < len(text) and text[j] in " \t\u00a0\u202f\u2009\u2007\u200b\n\r":
                j += 1
            if opener == "«" and j < len(text) and text[j] == "«":
                s, e = _strip(text, seg_start, i)
                parts += [(s, e)] if e > s else []
                seg_start = i = j + 1
                continue
            if opener not in PAIRS:
                opener, parts, i = "", [], open_pos + 1
                continue
            opener, parts = "", []
        elif closing_at(text, i, opener) and (opener != '"' or i > seg_start):
            s, e = _strip(text, seg_start, i)
            parts += [(s, e)] if e > s else []
            if parts:
                out.append(QuoteMarks(opener, open_pos, i, parts))
            i += closing_at(text, i, opener)
            opener, parts = "", []
            continue
        elif ch == opener and opener in PAIRS and opener != '"':
            open_pos, seg_start, parts = i, i + 1, []
        elif i - open_pos > longest:
            opener, parts = "", []
            i = open_pos + 1
            continue
        i += 1
        if i >= len(text) and opener and opener not in PAIRS:
            opener, parts, i = "", [], open_pos + 1
    return out


def _pairs(found: list[QuoteMarks]) -> list[tuple[Any, ...]]:
    return [(q.mark, q.open_pos, q.close_pos, q.parts) for q in found]


def test_marks_are_found_as_one_character_at_a_time() -> None:
    rng = random.Random(20261207)
    alphabet = ["«", "»", "“", "”", '"', "\n", " ", "\u00a0", "a", "B", "1", ".", ","]
    alphabet += ["'", "‘", "’", "("]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for max_chars in (6000, 12, 3):
            assert _pairs(find_quote_marks(text, max_chars)) == _pairs(
                marks_one_character_at_a_time(text, max_chars)
            ), (text, max_chars)


TEXTS = [
    text
    for module in (
        test_colon,
        test_direct,
        test_incises,
        test_indirect,
        test_interviews,
        test_introducers,
        test_inverted,
        test_speakers,
        test_unnamed_sources,
    )
    for text, _ in module.CASES
]


def test_visiting_every_token_finds_the_same_quotes(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = list(nlp.pipe(TEXTS))
    quotes = nlp.get_pipe("fr_quotes")

    def found() -> list[list[tuple[int, int, dict[str, Any]]]]:
        return [
            [(s.start, s.end, dict(s._.quote)) for s in quotes(doc).spans["quotes"]] for doc in docs
        ]

    fast = found()

    def every_token(view: QuoteDoc) -> list[int]:
        return list(range(len(view.doc)))

    monkeypatch.setattr(indirect, "indirect_points", every_token)
    assert found() == fast


def test_long_odd_input_is_fast_and_safe(nlp: Language) -> None:
    para = (
        "« Nous investissons », a déclaré Jean Dupont. Le groupe estime que la hausse durera. "
        'Un " isolé et un « orphelin puis des » fermants. '
    )
    doc = nlp(para * 150)
    assert len(doc.spans["quotes"]) >= 150
