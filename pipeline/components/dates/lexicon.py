"""The words of ``models/dates/`` as lookups: month and weekday names, numbers in words,
ordinals, periods, seasons, relative expressions, the verbs and cue words the rules read.

Every form is folded (:func:`pipeline.text.lower_straight_spaced`) once here; the rules fold
the text they look up the same way. See ``models/dates/README.md`` for what each file holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.text import lower_straight_spaced as fold

#: the rule data of ``fr_dates``: ``{key: file under models/}``
DATA_FILES = {
    "months": "dates/months.tsv",
    "weekdays": "dates/weekdays.tsv",
    "ordinals": "dates/ordinals.tsv",
    "periods": "dates/periods.tsv",
    "relative": "dates/relative.tsv",
    "year_triggers": "dates/year_triggers.txt",
    "quantity_before": "dates/quantity_before.txt",
    "negative_before": "dates/negative_before.txt",
    "numbers": "dates/numbers.tsv",
    "seasons": "dates/seasons.tsv",
    "decades": "dates/decades.tsv",
    "stative_verbs": "dates/stative_verbs.txt",
    "event_verbs": "dates/event_verbs.txt",
    "future_verbs": "dates/future_verbs.txt",
    "target_words": "dates/target_words.txt",
    "results_nouns": "dates/results_nouns.txt",
    "forward_before": "dates/forward_before.txt",
    "scheduled_verbs": "dates/scheduled_verbs.txt",
    "habit_words": "dates/habit_words.txt",
    "modifiers": "dates/modifiers.tsv",
    "units": "dates/units.tsv",
    "month_triggers": "dates/month_triggers.txt",
}

_DIGITS_RE = re.compile(r"\d+")


@dataclass(frozen=True)
class Lexicon:
    """The folded word lists and lookups of ``models/dates/`` (built by :meth:`from_data`)."""

    #: month names and abbreviations (``janv.``) in the order of ``months.tsv``
    all_months: list[str]
    #: the full month names (a month alone needs one: ``en mars``, not ``en mar.``)
    full_months: list[str]
    full_month_set: frozenset[str]
    #: month form (with and without its final dot) → number
    month_of: dict[str, int]
    #: full weekday names (``lundi``; ``lun.`` is one only before a day)
    full_weekdays: list[str]
    #: weekday form → ISO number (lundi = 1)
    weekday_of: dict[str, int]
    #: numbers in words (``vingt et un``), in the order of ``numbers.tsv``
    number_words: list[str]
    #: the numbers in words a day can be (2-31: ``du treize au 15 mars``)
    day_words: list[str]
    #: number in words (hyphens as spaces) → value
    number_of: dict[str, int]
    #: decades in words (``quatre-vingt``)
    decade_words: list[str]
    #: decade in words (hyphens as spaces) → first year
    decade_of: dict[str, int]
    #: season → (first month, last month)
    season_of: dict[str, tuple[int, int]]
    #: ordinal → rank (``dernier`` = -1)
    rank_of: dict[str, int]
    #: ``trimestre``/``semestre`` → kind
    period_words: dict[str, str]
    #: the case-sensitive codes (``T``, ``Q``, ``S``, ``H``) → kind
    period_codes: dict[str, str]
    #: fixed relative expression → (unit, offset): ``l'an dernier`` → (year, -1)
    relative: dict[str, tuple[str, int]]
    year_triggers: set[str]
    quantity_before: set[str]
    negative_before: set[str]
    stative_verbs: set[str]
    event_verbs: frozenset[str]
    future_verbs: frozenset[str]
    scheduled_verbs: frozenset[str]
    habit_words: list[str]
    target_words: list[str]
    results_nouns: list[str]
    #: the words of ``forward_before.txt``, longest first
    forward_before: list[str]
    #: what a date's modifier starts with: a phrase before "de" (``au début``), in the order of
    #: ``modifiers.tsv``...
    modifier_phrases: tuple[str, ...]
    #: ... or a word alone (``mi``, ``courant``)
    modifier_words: tuple[str, ...]
    #: unit of a duration → ``day``/``week``/``month``/``year`` (``semaines`` → week)
    unit_of: dict[str, str]
    #: words before a month name alone that make it a date (``en``, ``depuis``, ``dès``)
    month_triggers: frozenset[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Lexicon:
        """The lookups of the component's rule data (``DatesComponent.data``)."""
        months, weekdays, numbers, periods = (
            data["months"],
            data["weekdays"],
            data["numbers"],
            data["periods"],
        )
        full_months = _forms(_full_forms(months))
        return cls(
            all_months=_forms(months),
            full_months=full_months,
            full_month_set=frozenset(full_months),
            month_of=_month_of(months),
            full_weekdays=_forms(_full_forms(weekdays)),
            weekday_of=_number_of(weekdays, hyphens=False),
            number_words=_forms(numbers),
            day_words=_forms([r for r in numbers if 2 <= int(r[1]) <= 31]),
            number_of=_number_of(numbers),
            decade_words=_forms(data["decades"]),
            decade_of=_number_of(data["decades"]),
            season_of={fold(r[0]): (int(r[1]), int(r[2])) for r in data["seasons"]},
            rank_of=_number_of(data["ordinals"], hyphens=False),
            period_words={fold(r[0]): r[1] for r in periods if len(r) < 4},
            period_codes={r[0]: r[1] for r in periods if len(r) >= 4},
            relative={fold(r[0]): (r[1], int(r[2])) for r in data["relative"]},
            year_triggers=set(_words(data, "year_triggers")),
            quantity_before=set(_words(data, "quantity_before")),
            negative_before=set(_words(data, "negative_before")),
            stative_verbs=set(_words(data, "stative_verbs")),
            event_verbs=frozenset(_words(data, "event_verbs")),
            future_verbs=frozenset(_words(data, "future_verbs")),
            scheduled_verbs=frozenset(_words(data, "scheduled_verbs")),
            habit_words=_words(data, "habit_words"),
            target_words=_words(data, "target_words"),
            results_nouns=_words(data, "results_nouns"),
            forward_before=sorted(set(_words(data, "forward_before")), key=len, reverse=True),
            modifier_phrases=tuple(_forms([r for r in data["modifiers"] if r[1] == "phrase"])),
            modifier_words=tuple(_forms([r for r in data["modifiers"] if r[1] == "word"])),
            unit_of={fold(r[0]): r[1] for r in data["units"]},
            month_triggers=frozenset(_words(data, "month_triggers")),
        )

    def is_full_month(self, form: str) -> bool:
        """A full month name (``mars``), not an abbreviation (``mar.``)."""
        return form.rstrip(".") in self.full_month_set

    def month_number(self, form: str | None) -> int | None:
        """``mars`` → 3, ``janv.`` → 1 (None for no month)."""
        if not form:
            return None
        return self.month_of.get(fold(form)) or self.month_of.get(fold(form).rstrip("."))

    def day_number(self, form: str) -> int:
        """``premier``/``1er`` → 1, ``treize`` → 13, ``5`` → 5 (0 when unreadable)."""
        form = fold(form)
        if form.startswith("premier"):
            return 1
        if form.replace("-", " ") in self.number_of:
            return self.number_of[form.replace("-", " ")]
        digits = _DIGITS_RE.match(form)
        return int(digits.group()) if digits else 0

    def count(self, form: str) -> int | None:
        """A count in digits or words: ``3`` → 3, ``trois`` → 3, ``vingt-deux`` → 22."""
        raw = fold(form)
        return int(raw) if raw.isdigit() else self.number_of.get(raw.replace("-", " "))


def _words(data: dict[str, Any], key: str) -> list[str]:
    """The folded words of a one-word-a-line file (none when the key is missing)."""
    return [fold(w) for w in data.get(key, [])]


def _forms(rows: list[list[str]]) -> list[str]:
    """The folded first column of a table, in its order."""
    return [fold(r[0]) for r in rows]


def _full_forms(rows: list[list[str]]) -> list[list[str]]:
    """The rows not marked ``abbr`` in their third column (``janv.``, ``lun.``)."""
    return [r for r in rows if len(r) < 3 or r[2] != "abbr"]


def _number_of(rows: list[list[str]], hyphens: bool = True) -> dict[str, int]:
    """Folded form → the number of the second column (hyphens as spaces unless ``hyphens``
    is False: ``vingt-deux`` is looked up as ``vingt deux``)."""
    if not hyphens:
        return {fold(r[0]): int(r[1]) for r in rows}
    return {fold(r[0]).replace("-", " "): int(r[1]) for r in rows}


def _month_of(rows: list[list[str]]) -> dict[str, int]:
    """Month form → number, with and without the final dot of an abbreviation."""
    month_of: dict[str, int] = {}
    for row in rows:
        form, number = fold(row[0]), int(row[1])
        month_of[form] = number
        month_of[form.rstrip(".")] = number
    return month_of
