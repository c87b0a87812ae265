"""Whether a bare number counts something: then it cannot take a neighbour's currency.

``20 %``, ``12 points``, ``288,6 millions d'actions``, ``4 300 salariés`` count something;
``300 millions de bénéfice`` (a money noun after it) does not; read by the passes that give a
bare number a currency (pairs, ellipsis, carried back, context).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.components.amounts.document import Article
from pipeline.components.amounts.lexicon import DE, HS

#: "20 %", "2,5 pour cent", "12 points", "50 pb": a rate, never money.
NOT_MONEY_AFTER_RE = re.compile(rf"{HS}*(?:%|(?i:pour{HS}*cents?|points?|pb|pts)(?![\w]))")
#: "de clients", "d'actions": the word after the preposition that follows a number (``w``).
DE_WORD_RE = re.compile(rf"{HS}*{DE}(?P<w>[^\W\d_]+)")
_HS_RUN = re.compile(rf"{HS}*")
#: "de la", "de l'": a definite article after the preposition says whose or when the sum is
#: ("91 millions de l'exercice précédent"), a count takes none ("91 millions de clients")
DEFINITE = frozenset({"la", "l"})
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
    if dm is not None and dm.group("w").lower() in DEFINITE:
        return False  # "91 millions de l'exercice précédent": whose or when, not what
    if dm is not None:  # "de clients" counts, "de bénéfice" does not
        if singular_noun(dm.group("w")):
            return False  # "6,5 milliards de soutien": what a million counts is plural
        return words.money_re is None or not words.money_re.match(text, dm.start("w"))
    tok = article.word_after(end)  # "4 300 salariés"
    return tok is not None and not tok.is_punct and tok.pos_ in COUNTED_POS


def singular_noun(word: str) -> bool:
    """A word in the singular after ``de``: a lower-case word of four letters or more that
    does not end like a French plural (``-s``, ``-x``, ``-z``). After a number of millions, a
    count is plural (``de clients``, ``de tonnes``, ``d'habitants``); a singular noun names
    what the sum is for or made of (``6,5 milliards de soutien``, ``de chiffre d'affaires``,
    ``de matériel``). Acronyms (``PME``) and short unit symbols (``km``) are left out."""
    return len(word) >= 4 and word.islower() and not word.endswith(("s", "x", "z"))


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


#: the dependencies of a verb's subject
_SUBJECTS = ("nsubj", "nsubj:pass")


def counted_by_governor(article: Article, start: int, end: int) -> bool:
    """A number the parse makes a count: its verb or the noun it completes is a word of
    ``count_heads.txt`` (``Le pays compte 48 millions``, ``une population de 12 millions``), or
    so is the subject of its verb (``le nombre d'abonnés atteint 4 millions``)."""
    heads = article.rules.words.count_heads
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not heads:
        return False
    if count_word_before(article, span.start, heads):
        return True  # whatever the parse: "compte 2 millions", "la population a dépassé 8 …"
    head = span.root.head
    if _in(head, heads):
        return True
    return head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in _SUBJECTS and _in(c, heads) for c in head.children
    )


#: how many words before a number a count word of its clause is read
COUNT_WINDOW = 6
_CLAUSE_END = frozenset({".", ";", "!", "?", ":"})


def count_word_before(article: Article, i: int, heads: frozenset[str]) -> bool:
    """A word of ``count_heads.txt`` among the few words before token ``i`` in its clause (``la
    population a dépassé 8 milliards``, ``le pays compte 2 millions``), read from the words
    when the parse is missing or wrong."""
    doc = article.doc
    for tok in reversed(doc[max(0, i - COUNT_WINDOW) : i]):
        if tok.text in _CLAUSE_END or "\n" in tok.text:
            return False
        if _in(tok, heads):
            return True
    return False


def _in(token: Token, words: frozenset[str]) -> bool:
    """Whether the lemma or the form of ``token`` is one of ``words``."""
    return token.lemma_.lower() in words or token.lower_ in words
