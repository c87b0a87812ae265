"""The rule data of ``models/amounts/`` and how its forms are written as regexes.

* :data:`DATA_FILES` — the component's files, one key each (read by ``DataComponent.load_data``);
* :func:`lexicon_records` — the rows of the ``.tsv`` files made records (``{"form": "dollar(s)",
  "iso": "USD?", "kind": "name", "factor": 1.0}``): the shape the component keeps in
  ``self.data`` and saves with a pipeline;
* :func:`form_to_regex` / :func:`forms_alternation` — a currency or qualifier form of the data
  (``dollar(s) canadien(s)``, ``jusqu'à``) as a regex: optional endings, any spaces;
* :func:`lexicon_regex` — the words and stems of a ``.txt`` word list as one case-insensitive regex.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipeline.regex_build import first_letter_groups
from pipeline.text import APOS

#: Horizontal white space, including no-break (U+00A0) and narrow no-break (U+202F) spaces.
HS = r"[^\S\n]"
#: "de " / "d'": the preposition between a number and what it counts or costs.
DE = rf"(?:de{HS}+|d{APOS}{HS}*)"
NON_LETTER_AHEAD = r"(?![^\W\d_])"

#: The rule data of the component, read into ``self.data`` (the order of a saved pipeline).
DATA_FILES = {
    "money_context": "amounts/money_context.txt",
    "money_triggers": "amounts/money_triggers.txt",
    "not_counted_after": "amounts/not_counted_after.txt",
    "asset_nouns": "amounts/asset_nouns.txt",
    "count_heads": "amounts/count_heads.txt",
    "unit_prices": "amounts/unit_prices.txt",
    "reach_verbs": "amounts/reach_verbs.txt",
    "trigger_stoplist": "amounts/trigger_stoplist.txt",
    "book_context": "amounts/book_context.txt",
    "currencies": "amounts/currencies.tsv",
    "scales": "amounts/scales.tsv",
    "qualifiers": "amounts/qualifiers.tsv",
    "approx_nouns": "amounts/approx_nouns.tsv",
    "currency_cues": "amounts/currency_cues.tsv",
    "change_verbs": "amounts/change_verbs.txt",
}


def currency_record(row: list[str]) -> dict[str, Any]:
    """``dollar(s)  USD?  name  [factor]`` (``pence`` has the factor 0.01)."""
    factor = float(row[3]) if len(row) > 3 and row[3] else 1.0
    return {"form": row[0], "iso": row[1], "kind": row[2], "factor": factor}


def scale_record(row: list[str]) -> dict[str, Any]:
    """``Md  1e9  abbr  [bare]``: ``bare`` lets the abbreviation be a scale without currency."""
    return {
        "form": row[0],
        "value": float(row[1]),
        "kind": row[2],
        "bare": len(row) > 3 and row[3] == "bare",
    }


def qualifier_record(row: list[str]) -> dict[str, Any]:
    """``près de  approx  before``."""
    return {"phrase": row[0], "qualifier": row[1], "position": row[2]}


def approx_noun_record(row: list[str]) -> dict[str, Any]:
    """``dizaine(s)  10``."""
    return {"form": row[0], "value": float(row[1])}


def cue_record(row: list[str]) -> dict[str, Any]:
    """``Bourse de Toronto  CAD  USD?``: the phrase, the currency it points to, the guess it
    replaces; ``G$  CAD  USD?  own``: a way of writing that marks the article's own currency
    (``own+``: only beside another cue of that currency)."""
    own = row[3] if len(row) > 3 and row[3] in ("own", "own+") else ""
    return {"pattern": row[0], "iso": row[1], "replaces": row[2], "own": own}


#: How the rows of each ``.tsv`` file become records.
RECORDS: dict[str, Callable[[list[str]], dict[str, Any]]] = {
    "currencies": currency_record,
    "scales": scale_record,
    "qualifiers": qualifier_record,
    "approx_nouns": approx_noun_record,
    "currency_cues": cue_record,
}


def lexicon_records(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with the rows of its ``.tsv`` files made records (rows already records, as in a
    saved pipeline, stay as they are); the ``.txt`` word lists are kept as read."""
    out = {}
    for key, value in data.items():
        make = RECORDS.get(key)
        if make is not None and value:
            value = [make(row) if isinstance(row, list) else row for row in value]
        out[key] = value
    return out


def is_symbolic(form: str) -> bool:
    """Whether a form holds a sign or a digit (``M$``, ``$ CA``), not only letters."""
    return any(not (c.isalpha() or c in " -'’()") for c in form)


def form_to_regex(form: str) -> str:
    """``"dollar(s) canadien(s)"`` → a regex: optional endings, any spaces, hyphen or space."""
    out = []
    i = 0
    while i < len(form):
        opt = re.match(r"\(([^\W\d_]+)\)", form[i:])
        if opt is not None:  # "(s)", "(e)", "(ne)": an optional ending
            out.append(f"(?:{re.escape(opt.group(1))})?")
            i += opt.end()
            continue
        ch = form[i]
        if ch == " ":
            out.append(HS + "*" if is_symbolic(form) else HS + "+")
        elif ch == "-":
            out.append(r"[-\s]")
        elif ch in "'’":
            out.append(APOS + HS + "?")
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out)


def forms_alternation(forms: list[str], *, ignorecase: bool = False) -> str:
    """The forms, longest first, grouped by first letter (see :func:`first_letter_groups`);
    ``ignorecase``: the regex is case-insensitive there."""
    uniq = sorted(set(forms), key=lambda f: (-len(f), f))
    return first_letter_groups([(f[:1], form_to_regex(f)) for f in uniq], ignorecase=ignorecase)


def lexicon_regex(entries: list[str]) -> re.Pattern[str] | None:
    """Whole words or phrases of a lexicon, case-insensitive; a trailing ``*`` makes a stem."""

    def body(entry: str) -> str:
        words = entry.rstrip("*").replace("’", "'").split()
        return rf"{HS}+".join(re.escape(w).replace("'", APOS) for w in words)

    def grouped(bodies: list[str]) -> str:
        ordered = sorted(bodies, key=len, reverse=True)
        return first_letter_groups([(b[:1], b) for b in ordered], ignorecase=True)

    stems = [body(e) for e in entries if e.endswith("*") and e.strip("*")]
    words = [body(e) for e in entries if not e.endswith("*") and e]
    alts = []
    if stems:
        alts.append(rf"(?:{grouped(stems)})\w*")
    if words:
        alts.append(rf"(?:{grouped(words)})(?!\w)")
    if not alts:
        return None
    return re.compile(rf"(?i:(?<!\w)(?:{'|'.join(alts)}))")
