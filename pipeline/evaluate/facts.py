"""Scoring the facts of the amounts (``FACTS.md``, Scoring): measure, holder and counterpart
accuracy over the matched amounts, and the fact F1.

Amounts are matched as for the ``amounts`` field (:func:`~pipeline.evaluate.amounts.
match_amounts`: same currency, value within 0.5 %; a predicted range gives one prediction per
bound, both carrying the row's fact). Over the matched pairs whose gold amount carries a
``measure``:

* **measure accuracy** — the predicted ``measure`` equals the gold one;
* **holder accuracy** — the predicted ``holder`` equals (folded, leading article dropped) the
  gold holder's name or an alias of the gold entity of that name (looked up in the article's
  organisations and people, optional ones included); a gold ``null`` holder is matched by a
  missing predicted holder only;
* **counterpart accuracy** — the same for ``counterpart``, over the pairs whose gold
  counterpart is not null.

**Fact F1**: a prediction is a correct fact (tp) when it is matched to a gold amount with a
``measure`` and its measure and holder are right. fn = gold amounts with a measure - tp; fp =
predictions - tp, leaving out the predictions matched to a gold amount without a measure (not
scored as facts). A gold set none of whose amounts carries a measure has no fact annotation:
its facts are not scored (every count 0).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.evaluate.amounts import AmountMatch
from pipeline.evaluate.matching import field_detail
from pipeline.evaluate.values import entity_keys, gold_items, is_missing, name_key, text_or_none

#: the fact columns scored by accuracy
FACT_COLUMNS = ("measure", "holder", "counterpart")
#: the gold lists a holder or counterpart name is looked up in
ENTITY_LISTS = ("organizations", "people", "organizations_optional", "people_optional")


@dataclass(frozen=True)
class Accuracy:
    """Correct and scored counts of one fact column; the accuracy derives from them (None
    when nothing was scored)."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, float | int | None]:
        return {"accuracy": self.accuracy, "correct": self.correct, "total": self.total}


def has_measure(item: Mapping[str, Any]) -> bool:
    """Whether a gold amount carries a fact (a ``measure``)."""
    return not is_missing(item.get("measure"))


def carries_facts(gold: list[dict[str, Any]]) -> bool:
    """Whether a gold set has fact annotations (a ``measure`` on any amount)."""
    return any(has_measure(item) for doc in gold for item in gold_items(doc, "amounts"))


def name_matches(doc: Mapping[str, Any], gold_name: object, predicted: object) -> bool:
    """Whether ``predicted`` names the gold party ``gold_name``: its name or an alias of the
    article's entity of that name; a null gold name is matched by a missing prediction."""
    gold_text = text_or_none(gold_name)
    predicted_text = text_or_none(predicted)
    if gold_text is None or predicted_text is None:
        return gold_text is None and predicted_text is None
    key = name_key(gold_text)
    keys = {key}
    for kind in ENTITY_LISTS:
        for entity in gold_items(doc, kind):
            entity_names = entity_keys(entity)
            if key in entity_names:
                keys |= entity_names
    return name_key(predicted_text) in keys


def score_facts(
    doc: Mapping[str, Any], rows: list[dict[str, Any]], match: AmountMatch, annotated: bool
) -> dict[str, Any]:
    """The detail of the facts of one article: ``tp``/``fp``/``fn`` of the fact F1, the
    ``measure``/``holder``/``counterpart`` :class:`Accuracy`, the facts missed (with what was
    predicted) and the predictions that are no correct fact."""
    if not annotated:
        detail = field_detail(0, [], [])
        detail.update(measure=Accuracy(), holder=Accuracy(), counterpart=Accuracy())
        return detail
    items = gold_items(doc, "amounts")
    measure, holder, counterpart = Accuracy(), Accuracy(), Accuracy()
    correct: set[int] = set()
    missed: list[dict[str, Any]] = []
    for g, item in enumerate(items):
        if not has_measure(item):
            continue
        p = match.gold_to_pred.get(g)
        row = rows[match.pred_rows[p]] if p is not None else {}
        right_measure = p is not None and row.get("measure") == item.get("measure")
        right_holder = p is not None and name_matches(doc, item.get("holder"), row.get("holder"))
        if p is not None:
            measure += Accuracy(int(right_measure), 1)
            holder += Accuracy(int(right_holder), 1)
            if text_or_none(item.get("counterpart")) is not None:
                right = name_matches(doc, item.get("counterpart"), row.get("counterpart"))
                counterpart += Accuracy(int(right), 1)
        if right_measure and right_holder:
            correct.add(p)  # type: ignore[arg-type]
        else:
            missed.append(_missed(item, row if p is not None else None))
    false_positives = [
        {**pred, **_fact(rows[match.pred_rows[p]])}
        for p, pred in enumerate(match.preds)
        if p not in correct
        and not (p in match.pred_to_gold and not has_measure(items[match.pred_to_gold[p]]))
    ]
    detail = field_detail(len(correct), missed, false_positives)
    detail.update(measure=measure, holder=holder, counterpart=counterpart)
    return detail


def _fact(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: row.get(key) for key in ("measure", "holder", "counterpart")}


def _missed(item: Mapping[str, Any], row: Mapping[str, Any] | None) -> dict[str, Any]:
    """A gold fact not found right, with the prediction matched to its amount (if any)."""
    keys = ("value", "currency", "measure", "holder", "counterpart")
    out = {key: item.get(key) for key in keys}
    out["predicted"] = _fact(row) if row is not None else None
    return out
