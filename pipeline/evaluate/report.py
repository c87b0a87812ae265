"""The figures of a run: :class:`PRF` (the counts of one field and the precision, recall and
F1 they give) and :class:`EvalReport` (every field, micro-averaged, and each article's errors as
text)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pipeline.evaluate.facts import Accuracy

#: The scored fields, in report order.
FIELDS: tuple[str, ...] = (
    "amounts",
    "organizations",
    "organizations_lenient",
    "people",
    "people_lenient",
    "quotes",
    "quotes_attributed",
    "dates",
    "dates_value",
    "facts",
)
#: the fact columns scored by accuracy (``FACTS.md``), in report order
ACCURACIES: tuple[str, ...] = ("measure_accuracy", "holder_accuracy", "counterpart_accuracy")


@dataclass(frozen=True)
class PRF:
    """Counts of one field; precision, recall and F1 derive from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def _both_empty(self) -> bool:
        return self.tp == self.fp == self.fn == 0

    @property
    def scored(self) -> bool:
        """False when the field had nothing to score (no gold item and no counted prediction)."""
        return not self._both_empty

    @property
    def precision(self) -> float:
        if self._both_empty:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self._both_empty:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        if self._both_empty:
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class EvalReport:
    """Micro-averaged figures per field, and the errors of each article in ``per_doc``.

    ``per_doc`` is a list of ``{"id": ..., "fields": {field: detail}}`` where ``detail`` holds
    ``tp``, ``fp``, ``fn``, ``missed`` (gold items not found), ``false_positives`` (predictions
    that count as false positives) and, for names and quotes, ``ignored`` (predictions matching
    an optional gold item). Items are plain dicts.
    """

    amounts: PRF = field(default_factory=PRF)
    organizations: PRF = field(default_factory=PRF)
    organizations_lenient: PRF = field(default_factory=PRF)
    people: PRF = field(default_factory=PRF)
    people_lenient: PRF = field(default_factory=PRF)
    quotes: PRF = field(default_factory=PRF)
    quotes_attributed: PRF = field(default_factory=PRF)
    dates: PRF = field(default_factory=PRF)
    dates_value: PRF = field(default_factory=PRF)
    #: the fact F1 (``FACTS.md``): value, currency, measure and holder right
    facts: PRF = field(default_factory=PRF)
    measure_accuracy: Accuracy = field(default_factory=Accuracy)
    holder_accuracy: Accuracy = field(default_factory=Accuracy)
    counterpart_accuracy: Accuracy = field(default_factory=Accuracy)
    n_docs: int = 0
    per_doc: list[dict[str, Any]] = field(default_factory=list)

    def fields(self) -> dict[str, PRF]:
        """The figures of every field, in report order."""
        return {name: getattr(self, name) for name in FIELDS}

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable: ``n_docs``, one ``{precision, recall, f1, tp, fp, fn}`` per
        field, and ``per_doc``."""
        out: dict[str, Any] = {"n_docs": self.n_docs}
        out.update({name: prf.to_dict() for name, prf in self.fields().items()})
        out.update({name: getattr(self, name).to_dict() for name in ACCURACIES})
        out["per_doc"] = self.per_doc
        return out

    def format_table(self) -> str:
        """An aligned text table: field / precision / recall / F1 / tp / fp / fn (``-`` for a
        field with nothing to score, e.g. dates on a set without date annotation)."""
        header = ("field", "precision", "recall", "F1", "tp", "fp", "fn")
        rows = [
            (
                name,
                *(
                    (f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}")
                    if prf.scored
                    else ("-", "-", "-")
                ),
                str(prf.tp),
                str(prf.fp),
                str(prf.fn),
            )
            for name, prf in self.fields().items()
        ]
        widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

        def line(cells: tuple[str, ...]) -> str:
            first = cells[0].ljust(widths[0])
            rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
            return "  ".join([first, *rest])

        rule = "  ".join("-" * width for width in widths)
        body = [line(header), rule, *(line(row) for row in rows)]
        return "\n".join(
            [*body, *self.accuracy_lines(), f"({self.n_docs} documents, micro-averaged)"]
        )

    def accuracy_lines(self) -> list[str]:
        """One line per fact accuracy: ``measure accuracy  0.850  (17/20)``; ``n/a`` when no
        gold fact was scored."""
        lines = []
        for name in ACCURACIES:
            acc: Accuracy = getattr(self, name)
            value = "n/a" if acc.accuracy is None else f"{acc.accuracy:.3f}"
            lines.append(f"{name.replace('_', ' ')}  {value}  ({acc.correct}/{acc.total})")
        return lines

    def format_errors(self) -> str:
        """Per article and field, what was missed and what was predicted wrongly."""
        blocks: list[str] = []
        for doc in self.per_doc:
            lines: list[str] = []
            for name, detail in doc["fields"].items():
                if not detail["missed"] and not detail["false_positives"]:
                    continue
                lines.append(f"  {name}  (tp {detail['tp']}, fp {detail['fp']}, fn {detail['fn']})")
                lines.extend(f"    missed: {_describe(name, it)}" for it in detail["missed"])
                lines.extend(
                    f"    false positive: {_describe(name, it)}" for it in detail["false_positives"]
                )
            if lines:
                blocks.append("\n".join([f"== {doc['id']}", *lines]))
        return "\n\n".join(blocks) if blocks else "No errors."


def _number_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return f"{int(value):,}".replace(",", " ")
    return str(value)


def _short(text: object, limit: int = 90) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(field_name: str, item: Mapping[str, Any]) -> str:
    if field_name == "amounts":
        amount = f"{_number_text(item.get('value'))} {item.get('currency') or '(no currency)'}"
        if "bound" not in item:
            return amount
        bound = " (value_max)" if item["bound"] == "value_max" else ""
        return f"«{item.get('text')}» → {amount}{bound}"
    if field_name.startswith(("organizations", "people")):
        text = str(item.get("name"))
        if item.get("aliases"):
            text += f" (aliases: {', '.join(map(str, item['aliases']))})"
        if item.get("duplicate_of"):
            text += f" (another name for {item['duplicate_of']})"
        return text
    if field_name == "facts":
        return _describe_fact(item)
    if field_name.startswith("quotes"):
        content = _short(item.get("text", item.get("quote")))
        text = f"«{content}» — speaker: {item.get('speaker') or '(none)'}"
        if "gold_speaker" in item:
            text += f" (gold speaker: {item['gold_speaker'] or '(none)'})"
        return text
    text = f"«{item.get('text')}» = {item.get('value')}"
    if "gold_value" in item:
        text += f" (gold value: {item['gold_value']})"
    return text


def _describe_fact(item: Mapping[str, Any]) -> str:
    """A fact: ``1 550 000 000 EUR price / CMA CGM → Altice Media``, and what was predicted
    for a gold fact missed."""
    amount = f"{_number_text(item.get('value'))} {item.get('currency') or '(no currency)'}"
    if "text" in item:
        amount = f"«{item.get('text')}» → {amount}"
    fact = f"{item.get('measure')} / {item.get('holder')}"
    if item.get("counterpart"):
        fact += f" → {item['counterpart']}"
    text = f"{amount} {fact}"
    if "predicted" in item:
        got = item["predicted"]
        text += " (predicted: " + (
            f"{got['measure']} / {got['holder']})" if got else "amount not found)"
        )
    return text
