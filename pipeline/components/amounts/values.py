"""What the passes find: a :class:`Quantity` (a number as written, with its scale) and an
:class:`Amount` (a quantity with its currency, or a bare one still waiting for a currency)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Quantity:
    """A number as written, with its scale."""

    start: int
    end: int
    value: float | None
    raw: str
    scale: float = 1.0
    scale_kind: str | None = None  # "word" | "abbr" | None
    approx: bool = False
    vague: bool = False  # "quelques centaines de millions": no value


@dataclass
class Amount:
    """One amount occurrence: what the span group records.

    While the passes run, an amount may be *bare* (a number without currency yet: ``7 millions``
    in ``5 millions d'euros en 2020 et 7 millions en 2021``) until a later pass gives it one.
    """

    start: int
    end: int
    value: float | None
    currency: str | None
    value_max: float | None = None
    qualifier: str | None = None
    scale: float = 1.0
    has_scale: bool = False
    #: the number as written ("97,4", "un"); empty for a range
    raw: str = ""
    #: a number still without currency
    bare: bool = False
    #: "quelques centaines de millions": no figure
    vague: bool = False
    #: "une dizaine de millions": an approximate noun (the qualifier approx once it is money)
    approx: bool = False
    #: "1,04 Md" without currency: (scale, end) of the abbreviation, a scale if money governs it
    abbr: tuple[float, int] | None = None
    #: the pass that gave the currency when not written next to it: "range", "ellipsis",
    #: "carried" or "context" (for reading and debugging; no rule reads it)
    found_by: str = ""

    def to_dict(self) -> dict[str, Any]:
        """What the span records; a signed figure (``une perte de -367 millions d'euros``) by its
        absolute value: the sign is the measure's (a loss), not the amount's."""
        iso = self.currency.rstrip("?") if self.currency else None
        return {
            "value": abs(self.value) if self.value is not None else None,
            "value_max": abs(self.value_max) if self.value_max is not None else None,
            "currency": iso,
            "qualifier": self.qualifier,
        }
