"""Credits: a mention of an organisation that is the news agency or photo agency of a dateline,
byline or credit (``PARIS (AFP) -``, ``/ Reuters``, ``Photo : … / AFP``, ``(avec Belga)``).

Each rule looks at the text just before and just after the mention in its sentence;
:func:`is_credit` tries them in order (:data:`CREDIT_RULES`). The corpus view makes an entity
most of whose mentions are credits a medium (``kind = media``, :mod:`pipeline.corpus`), like the
names of ``models/corpus/media.txt`` and the gazetteer's press entries; the quotes and facts
components never take a credited name for a speaker or a party in focus (``(CercleFinance.com)
- Le chiffre d'affaires du groupe…``: the group is not the agency).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_DASH_AFTER = re.compile(r"^\s*\)\s*[-–—]")
_BRACKET_BEFORE = re.compile(r"\(\s*(?:avec\s+(?:l'|l’)?)?$")
_CLOSING_BRACKET = re.compile(r"^\s*\)\s*[.]?\s*$")
_CLOSING_BEFORE = re.compile(r"(?:(?:^|[.!?»…])\s*\(|\(\s*avec\s+(?:l'|l’)?)\s*$")
_SLASH_BEFORE = re.compile(r"/\s*$")
_CREDIT_WORD = re.compile(
    r"(?:\b(?:[Pp]hotos?|[Cc]rédits?(?:\s+photos?)?|[Ii]llustrations?|[Ii]mages?|[Vv]idéo)\s*:|©)"
    r"[^.;:]{0,80}$"
)
_WITH_BEFORE = re.compile(r"\b[Aa]vec\s+(?:l'|l’|les\s+)?$")
#: a credit has one of these: a bracket, a slash, a colon, ©, "avec"
_CUES = re.compile(r"[(/:©]|\bavec\b")
_END_AFTER = re.compile(r"^\s*[).]?\s*$")


def dateline_agency(before: str, after: str) -> bool:
    """The agency in brackets of a dateline: ``PARIS (AFP) - La banque…``,
    ``BRUXELLES, 3 mars (Belga) –``."""
    return bool(_BRACKET_BEFORE.search(before) and _DASH_AFTER.match(after))


def closing_agency(before: str, after: str) -> bool:
    """The agency in brackets closing an article or a paragraph: ``… en 2026. (AFP)``,
    ``… au printemps (avec Reuters).``"""
    return bool(_CLOSING_BEFORE.search(before) and _CLOSING_BRACKET.match(after))


def slash_credit(before: str, after: str) -> bool:
    """The agency after a slash of a photo credit: ``Photo : Jeanne Martin / AFP``,
    ``Crédit : Studio Nord/Reuters``."""
    return bool(_SLASH_BEFORE.search(before))


def credit_word(before: str, after: str) -> bool:
    """A name after a credit word: ``Photo : Reuters``, ``© Belga``, ``Crédits photo : Sipa``."""
    return bool(_CREDIT_WORD.search(before))


def with_agency(before: str, after: str) -> bool:
    """``avec`` closing a byline or a paragraph: ``Jeanne Martin avec AFP``, ``— avec Belga.``"""
    return bool(_WITH_BEFORE.search(before) and _END_AFTER.match(after))


CREDIT_RULES: tuple[Callable[[str, str], bool], ...] = (
    dateline_agency,
    closing_agency,
    slash_credit,
    credit_word,
    with_agency,
)


def _credit_around(before: str, after: str) -> bool:
    """Whether one of the :data:`CREDIT_RULES` reads the text around a name as a credit
    (``after`` cut to its first 40 characters)."""
    return any(rule(before, after[:40]) for rule in CREDIT_RULES)


def is_credit(sentence: str, mention: str) -> bool:
    """Whether some occurrence of ``mention`` in ``sentence`` is a credit by one of the
    :data:`CREDIT_RULES`."""
    if not mention or not _CUES.search(sentence):
        return False
    start = sentence.find(mention)
    while start >= 0:
        before, after = sentence[max(0, start - 120) : start], sentence[start + len(mention) :]
        if _credit_around(before, after):
            return True
        start = sentence.find(mention, start + 1)
    return False


def credited_at(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a credit by one of the :data:`CREDIT_RULES`,
    read within its line (``(CercleFinance.com) - Le chiffre d'affaires…``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[max(line_start, start - 120) : start]
    after = text[end : min(line_end, end + 40)]
    return bool(_CUES.search(before + after)) and _credit_around(before, after)
