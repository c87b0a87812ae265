"""A reported clause made an indirect quote (:class:`.document.Found`).

The clause (one token range, or two around an incise: ``La croissance, selon lui, va
ralentir``) loses a dateline (``ABIDJAN – …``, ``PARIS (AFP) - …``), an opening dash (an
interview answer: ``— Nous visons …, répond X.``), quote marks and trailing punctuation; it needs
two words (three around an incise).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.quotes.document import Found, QuoteDoc
from pipeline.components.quotes.speakers import Speaker
from pipeline.components.quotes.words import DASHES, MARKS, MONTHS, SPACES, TRAILING


def skip_dateline(view: QuoteDoc, start: int, end: int) -> int:
    """``ABIDJAN – Les planteurs …``, ``PARIS (AFP) - …``, ``Genève (awp) - …``, ``PARIS, 14
    mai (Reuters) - …``: the dateline is no quote."""
    doc = view.doc
    # "Madrid – …" (title case) only at the start of a paragraph
    para = start == 0 or "\n" in doc[start - 1].text or doc[start - 1].is_space
    k = start
    depth = 0
    while k < end and k - start < 10 and dateline_word(doc[k], para, depth):
        depth += 1 if doc[k].text == "(" else -1 if doc[k].text == ")" and depth else 0
        k += 1
    if (
        k > start
        and k < end
        and doc[k].text in DASHES
        and (doc[start].text.isupper() or (para and doc[start].text[:1].isupper()))
    ):
        return k + 1
    return start


def dateline_word(tok: Token, para: bool, depth: int) -> bool:
    """Whether ``tok`` may be part of a dateline: a place in capitals (or title case at the
    start of a paragraph), anything in brackets (the agency), a date (``14 mai``), a comma."""
    text = tok.text
    return (
        depth > 0
        or text in ("(", ")", ",")
        or tok.is_space
        or text.isupper()
        or text.isdigit()
        or text.lower() in MONTHS
        or (para and text[:1].isupper() and tok.pos_ == "PROPN")
    )


def record_indirect(
    view: QuoteDoc, start: int, end: int, sp: Speaker | None, cue: str, ftok: int
) -> None:
    """Record ``start..end`` as an indirect quote of ``sp`` by ``cue``, found at ``ftok``."""
    start = skip_dateline(view, start, end)
    while start < end and (view.doc[start].text in DASHES or view.doc[start].is_space):
        start += 1  # an interview answer: "— Nous visons …, répond X."
    if end <= start:
        return
    toks = view.doc[start:end]
    if sum(1 for t in toks if t.is_alpha) < 2:
        return
    text = MARKS.sub("", toks.text)
    text = SPACES.sub(" ", text).strip().strip(TRAILING).strip()
    if not text:
        return
    s_char = toks[0].idx
    e_char = toks[-1].idx + len(toks[-1].text)
    view.keep(Found(s_char, e_char, text, "indirect", sp, cue, ftok))


def record_indirect_parts(
    view: QuoteDoc, parts: list[tuple[int, int]], sp: Speaker | None, cue: str, ftok: int
) -> None:
    """An indirect quote around an incise: token ranges joined by a space."""
    parts = [(a, b) for a, b in parts if b > a]
    if parts:
        parts[0] = (skip_dateline(view, parts[0][0], parts[0][1]), parts[0][1])
    while parts and (view.doc[parts[0][0]].text in DASHES or view.doc[parts[0][0]].is_space):
        parts[0] = (parts[0][0] + 1, parts[0][1])
        parts = [(a, b) for a, b in parts if b > a]
    if not parts:
        return
    toks = [t for a, b in parts for t in view.doc[a:b]]
    if sum(1 for t in toks if t.is_alpha) < 3:
        return
    text = " ".join(view.doc[a:b].text for a, b in parts)
    text = MARKS.sub("", text)
    text = SPACES.sub(" ", text).strip().strip(TRAILING).strip()
    if not text:
        return
    s_char = view.doc[parts[0][0]].idx
    last = view.doc[parts[-1][1] - 1]
    view.keep(Found(s_char, last.idx + len(last.text), text, "indirect", sp, cue, ftok))
