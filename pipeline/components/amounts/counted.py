"""Whether a bare number counts something: then it cannot take a neighbour's currency.

``20 %``, ``12 points``, ``288,6 millions d'actions``, ``4 300 salariés`` count something;
``300 millions de bénéfice`` (a money noun after it) does not; read by the passes that give a
bare number a currency (pairs, ellipsis, carried back, context).
"""

from __future__ import annotations

import re

from pipeline.components.amounts.document import Article
from pipeline.components.amounts.lexicon import DE, HS

#: "20 %", "2,5 pour cent", "12 points", "50 pb": a rate, never money.
NOT_MONEY_AFTER_RE = re.compile(rf"{HS}*(?:%|(?i:pour{HS}*cents?|points?|pb|pts)(?![\w]))")
#: "de clients", "d'actions": the word after the preposition that follows a number (``w``).
DE_WORD_RE = re.compile(rf"{HS}*{DE}(?P<w>[^\W\d_]+)")
_HS_RUN = re.compile(rf"{HS}*")
#: The parts of speech of a counted thing right after a number ("4 300 salariés").
COUNTED_POS = ("NOUN", "PROPN", "ADJ", "NUM")


def counts_something(article: Article, end: int, lenient: bool = False) -> bool:
    """True when the bare quantity ending at ``end`` is a percentage or counts something
    (``288,6 millions d'actions``, ``4 300 salariés``). A money noun after it (``300 millions de
    bénéfice``) is no count; with ``lenient``, neither is a word of ``not_counted_after.txt``
    (``41 millions fin décembre``)."""
    text, words = article.text, article.rules.words
    if NOT_MONEY_AFTER_RE.match(text, end):
        return True
    if lenient and words.not_counted_re is not None:
        nm = _HS_RUN.match(text, end)
        if nm is not None and words.not_counted_re.match(text, nm.end()):
            return False  # "41 millions fin décembre", "200 millions d'ici à juin"
    dm = DE_WORD_RE.match(text, end)
    if dm is not None:  # "de clients" counts, "de bénéfice" does not
        return words.money_re is None or not words.money_re.match(text, dm.start("w"))
    tok = article.word_after(end)  # "4 300 salariés"
    return tok is not None and not tok.is_punct and tok.pos_ in COUNTED_POS


def asset_after(article: Article, end: int) -> bool:
    """``500 millions d'actifs``: a noun of asset_nouns.txt after the number, which is money
    only when a money word before it governs it (``céder pour quelque 500 millions
    d'actifs``), not on its own (``30 millions d'actifs`` are workers)."""
    asset_re = article.rules.words.asset_re
    dm = DE_WORD_RE.match(article.text, end)
    return (
        dm is not None
        and asset_re is not None
        and bool(asset_re.match(article.text, dm.start("w")))
    )
