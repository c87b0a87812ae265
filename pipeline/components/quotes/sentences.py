"""Sentences as the quote rules count them: split at ``.`` ``!`` ``?`` and newlines, never
inside a quote (the parser's sentences cut quotes in pieces).

* a sentence end followed by closing quote marks takes them (``… fin. »``);
* a sentence end followed by a lower-case word, ``,``, ``;`` or ``)`` ends nothing
  (``… ! a-t-il lancé``);
* a period kept inside its token ends a sentence when a capitalised determiner, pronoun,
  conjunction or preposition follows (``… du livret A. Les SCPI …``), not after a title
  (``M. Dupont``).
"""

from __future__ import annotations

import bisect

from pipeline.components.quotes.tokens import MarkedTokens
from pipeline.components.quotes.words import SENT_END, SENT_OPENER_POS, TITLES


def split_sentences(tokens: MarkedTokens) -> list[int]:
    """Sentence id of each token: split at . ! ? and newlines, never inside a quote."""
    words, in_quote, closers = tokens.words, tokens.in_quote, tokens.closer_toks
    n = len(words)
    out = [0] * n
    sid = 0
    i = 0
    while i < n:
        out[i] = sid
        text = words[i]
        if in_quote[i] >= 0 and i + 1 < n and in_quote[i + 1] >= 0:
            i += 1  # inside a quote
        elif "\n" in text or (text.endswith(".") and _period_in_word_ends(tokens, i)):
            sid += 1
            i += 1
        elif text in SENT_END:
            j = i + 1
            while j < n and j in closers:
                out[j] = sid  # "… fin. »": the closing marks end the sentence with it
                j += 1
            nxt = words[j] if j < n else None
            if nxt is None or not (nxt[:1].islower() or nxt in (",", ";", ")")):
                sid += 1
            i = j
        else:
            i += 1
    return out


def _period_in_word_ends(tokens: MarkedTokens, i: int) -> bool:
    """``… supérieur à celui du livret A. Les SCPI …``: the period in the token ends the
    sentence (not ``M. Dupont``)."""
    words = tokens.words
    text = words[i]
    return (
        len(text) > 1
        and text.endswith(".")
        and text[-2:-1].isalnum()
        and i + 1 < len(words)
        and tokens.lower(i).rstrip(".") not in TITLES
        and words[i + 1][:1].isupper()
        and tokens.pos[i + 1] in SENT_OPENER_POS
    )


def sentence_bounds(sent_of: list[int]) -> tuple[dict[int, int], dict[int, int]]:
    """First token and end (exclusive) of each sentence."""
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    # sentence ids never decrease along the document: each sentence is one run of tokens,
    # found by two bisections instead of a visit of every token
    for s in dict.fromkeys(sent_of):
        starts[s] = bisect.bisect_left(sent_of, s)
        ends[s] = bisect.bisect_right(sent_of, s)
    return starts, ends
