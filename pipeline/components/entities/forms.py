"""Comparing organisation names: cores, acronyms, initials.

The core of a name is its words without the legal form ("Nestlé SA" -> "Nestlé", "Groupe
Renault" -> "Renault"). A short form is an acronym of a long one when it spells the initials of
its content words or of all its words ("EDF", "Électricité de France"), a syllabic acronym when
it is made of the starts of its words ("Sonatel"), a head acronym when its first word spells the
words before their common end ("AB InBev", "Anheuser-Busch InBev"). Used by the canonical names,
the short forms and the label consistency.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.components.entities.lexicon import EntityLexicon
from pipeline.components.entities.names import lower_key, tail_len
from pipeline.text import upper_unaccented

_COMPANY_HEADS = {"Compagnie", "Société", "Groupe", "Group", "Établissements", "Etablissements"}


def core(lex: EntityLexicon, form: str) -> list[str]:
    """Words of an organisation name without its legal form: "Nestlé SA" -> ["Nestlé"],
    "Groupe Renault" -> ["Renault"], "Alimentation Couche-Tard Inc." -> [..., "Couche-Tard"]."""
    words = form.split()
    while len(words) > 1:
        n = tail_len(words, lex.legal_words)
        if 0 < n < len(words):
            words = words[:-n]
        elif words[-1] == "&":
            words = words[:-1]
        else:
            break
    if len(words) > 1 and words[0] in lex.legal_heads:
        words = words[1:]
    if len(words) == 2 and words[0].islower() and words[1] in {"group", "groupe"}:
        words = words[:1]  # "bpost group": a lower-case brand and its English head
    return words


def bracket_alias(long_f: str, short_f: str) -> bool:
    """ "Société de recherche ... du Mali (Sorem Mali)": a bracketed form of two or three
    words opening with an acronym of the name, or sharing a later word with it; or one word
    that is an acronym of the name, syllabic from the first letter on: "Société ivoirienne de
    transformation du cajou (Sitrac)", "Union des coopératives agricoles du Nord (Ucanor)"."""
    words = short_f.split()
    if len(words) == 1:
        return is_acronym_of(short_f, long_f) or is_syllabic_acronym_of(short_f, long_f, opening=1)
    return 2 <= len(words) <= 3 and bool(
        set(words[1:]) & set(long_f.split())
        or is_syllabic_acronym_of(words[0], long_f)
        or is_acronym_of(words[0], long_f)
    )


def company_of(short: list[str], full: list[str]) -> bool:
    """ "Compagnie de Saint-Gobain", "Société Bic", "Groupe Casino": the legal name of the
    company whose short name follows the generic head (and its "de")."""
    if len(full) < 2 or full[0] not in _COMPANY_HEADS:
        return False
    rest = full[2:] if full[1] in {"de", "des", "du", "d'", "d’"} else full[1:]
    return rest == short


def territorial_tail(lex: EntityLexicon, extra: list[str]) -> bool:
    """Words a company adds to its name for a national entity or its legal form: "Primonial
    REIM [France]", "Kelvio [France SAS]" (countries and regions of places.txt, legal
    forms, group words)."""
    return (
        0 < len(extra) <= 3
        and any(lower_key(w) in lex.places for w in extra)
        and all(lower_key(w) in lex.places or w in lex.legal or w in lex.suffixes for w in extra)
    )


def is_acronym_of(short: str, long: str) -> bool:
    """``short`` (two to eight capitals) spells the initials of the content words of ``long``
    ("AMF", "Autorité des marchés financiers") or, from three letters, of all its words ("EDF",
    "Électricité de France"), accents aside."""
    if len(short) < 2 or len(short) > 8 or not short.isupper() or " " in short:
        return False
    keys = _initials(long)
    if keys is None:
        return False
    key = upper_unaccented(short)
    return keys[0] == key or (len(key) >= 3 and keys[1] == key)


def is_syllabic_acronym_of(short: str, long: str, opening: int = 2) -> bool:
    """ "Sonatel" for "Société nationale des télécommunications du Sénégal", "Sonelgaz" for
    "Société nationale de l'électricité et du gaz": the short word is made of the starts of
    at least three words of the long name, in order, beginning with its first word (its
    first ``opening`` letters: one is enough in brackets right after the name, "Sitrac")."""
    if " " in short or not 4 <= len(short) <= 10 or not short.isalpha():
        return False
    key = upper_unaccented(short)
    words = _syllable_words(long)
    if len(words) < 3 or not key.startswith(words[0][:opening]):
        return False

    def match(k: int, w: int, used: int) -> bool:
        if k == len(key):
            return used >= 3
        for i in range(w, len(words)):
            word = words[i]
            n = 1
            while n <= min(len(word), len(key) - k) and word[n - 1] == key[k + n - 1]:
                if match(k + n, i + 1, used + 1):
                    return True
                n += 1
            if used == 0:
                return False  # the first word must open the short form
        return False

    return match(0, 0, 0)


def is_head_acronym_of(short: list[str], long: list[str]) -> bool:
    """ "AB InBev" for "Anheuser-Busch InBev", "BNP Paribas AM" no: the first word of the
    short form spells the initials of the words the long form has before their common end."""
    if len(short) < 2 or len(long) <= len(short) - 1 or long[-(len(short) - 1) :] != short[1:]:
        return False
    head = short[0]
    if not (2 <= len(head) <= 5 and head.isupper() and head.isalpha()):
        return False
    parts = [w for x in long[: len(long) - len(short) + 1] for w in re.split(r"[-']", x) if w]
    return len(parts) >= 2 and "".join(w[0] for w in parts).upper() == head


@lru_cache(maxsize=4096)
def _initials(long: str) -> tuple[str, str] | None:
    """The folded initials of a long name's content words and of all its words ("Électricité
    de France" -> "EF", "EDF"), None for fewer than two words; memoised, as the same long forms
    are compared with every short form of the article."""
    words = [w for w in re.split(r"[\s\-'’]+", long) if w]
    if len(words) < 2:
        return None
    content = "".join(w[0] for w in words if w[0].isupper() or len(w) > 3)
    every = "".join(w[0] for w in words if w.isalpha())  # "Électricité de France" -> EDF
    return upper_unaccented(content), upper_unaccented(every)


@lru_cache(maxsize=4096)
def _syllable_words(long: str) -> tuple[str, ...]:
    """The folded words of more than two letters of a long name (at most 12), memoised."""
    return tuple(
        [upper_unaccented(w) for w in re.split(r"[\s\-'’]+", long) if len(w) > 2 and w.isalpha()][
            :12
        ]
    )
