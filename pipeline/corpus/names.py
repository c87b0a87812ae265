"""Name keys: what two names of organisations or people must share to be one entity.

An organisation's key drops what does not tell one company from another: determiners and
lower-case words before the name (``le groupe Engie``, ``la Banque Postale``), group words
opening it (``Groupe Renault``), legal suffixes closing it (``Engie SA``, ``Airbus SE``),
case, accents, hyphens (``Agence France-Presse``). Words that do tell companies apart stay:
``Peugeot Invest`` is not ``Peugeot``, ``Axa IM`` is not ``Axa``, ``Banque Populaire`` is not
``La Banque Postale``. A person's key is the full name (at least two words); a surname alone
has none (it never links two articles).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from pipeline.text import compare_key, upper_unaccented

_WORDS = re.compile(r"[^\s]+")
_PUNCT_END = re.compile(r"[\s,.;:]+$")
_HYPHENS = re.compile(r"[-‐‑–]")
_ACRONYM = re.compile(r"^[A-ZÀ-Ý0-9&]{2,8}$")
_SMALL = frozenset({"de", "des", "du", "d", "la", "le", "les", "l", "et", "en", "pour", "à", "au"})


def is_lower_word(word: str) -> bool:
    """A word written all in lower case (``le``, ``groupe``, ``l'``), not ``eBay``."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.islower() for c in letters)


def core_words(name: str, legal: Collection[str], prefixes: Collection[str]) -> list[str]:
    """The words of an organisation's name that identify it: ``le groupe Engie SA`` → ``Engie``,
    ``Groupe Renault`` → ``Renault``, ``La Banque Postale`` → ``Banque Postale``."""
    words = _WORDS.findall(_PUNCT_END.sub("", name.replace("’", "'")))
    while len(words) > 1 and (is_lower_word(words[0]) or words[0].lower() in ("la", "le", "les")):
        words = words[1:]
    if words and re.match(r"^[Ll]'\w", words[0]):
        words[0] = words[0][2:]  # "L'Oréal" and "l'Oréal" alike
    while len(words) > 1 and words[0] in prefixes:
        words = words[1:]
    while len(words) > 1 and _PUNCT_END.sub("", words[-1]) in legal:
        words = words[:-1]
    return words


def org_key(name: str, legal: Collection[str], prefixes: Collection[str]) -> str:
    """The comparison key of an organisation's name: ``Engie SA`` and ``le groupe Engie`` →
    ``engie``; ``Agence France-Presse`` → ``agence france presse``."""
    words = core_words(name, legal, prefixes)
    return compare_key(_HYPHENS.sub(" ", " ".join(words)))


def person_key(name: str) -> str | None:
    """The key of a person's full name (``Christine Lagarde`` → ``christine lagarde``); None for
    a single word (``Lagarde``: a surname alone never links two articles)."""
    key = compare_key(_HYPHENS.sub(" ", name.replace(".", " ")))
    return key if len(key.split()) >= 2 else None


def initials(name: str) -> set[str]:
    """The acronyms a long name can be written as: the initials of its capitalised or long
    words, and of all its words but the small ones (``Banque centrale européenne`` → ``BCE``,
    ``Autorité des marchés financiers`` → ``AMF``, ``Électricité de France`` → ``EDF``)."""
    words = [w for w in re.split(r"[\s\-'’]+", name) if w]
    if len(words) < 2:
        return set()
    content = "".join(w[0] for w in words if w[0].isupper() or len(w) > 3)
    every = "".join(w[0] for w in words if w.isalpha())
    no_small = "".join(w[0] for w in words if w.lower() not in _SMALL)
    return {upper_unaccented(k) for k in (content, every, no_small) if len(k) >= 2}


def is_acronym_of(short: str, long: str) -> bool:
    """``BCE`` for ``Banque centrale européenne``: ``short`` is two to eight capitals spelling
    the initials of ``long``."""
    return bool(_ACRONYM.match(short)) and upper_unaccented(short) in initials(long)
