"""Score extraction results against gold annotations (the rules of ``GOLD_FORMAT.md``).

Usage::

    report = evaluate("corpus/gold.jsonl")            # runs pipeline.extract on the gold texts
    report = score(load_gold("corpus/gold.jsonl"), result)   # or score tables you already have
    print(report.format_table())
    print(report.format_errors())

:func:`score` is pure Python over pandas tables and needs no spaCy model; :func:`evaluate` runs
the pipeline (imported lazily).

Text comparison
    Every comparison uses :func:`fold`: NFKD with combining marks dropped (accents), casefold,
    typographic apostrophes (’ ‘ ʼ `) turned into ``'``, every run of whitespace (U+00A0 and
    U+202F included) collapsed to one space, stripped.

amounts
    Per article, a gold amount matches a predicted one with the same currency (missing on both
    sides counts as the same; a predicted NA against a gold code does not) and a value within
    0.5 % (``abs(p - g) <= 0.005 * abs(g)``, so exact for ``g == 0``). A predicted row gives one
    prediction for ``value`` and one more for ``value_max`` when that is set (a range gives both
    bounds); a row without ``value`` is a prediction that matches nothing. Matching is one-to-one
    and of maximum size (closest pairs first), so tp/fp/fn count occurrences.

organizations / people
    Per article, the distinct predicted ``name`` values (whitespace-stripped, NA and empty
    dropped; distinct as written, so ``AMF`` and ``l'AMF`` are two names) are matched to the gold
    entity whose name or an alias equals them after folding and after dropping a leading
    ``le ``/``la ``/``les ``/``l'``. Names matching a ``*_optional`` entity (and no regular one)
    are ignored. Lenient: tp = gold entities matched by at least one name, fp = names matching no
    entity, fn = gold entities not matched. Strict: the same, plus one false positive per name
    beyond the first that matches an already-matched entity (a name equal to the canonical gold
    name is taken as the first). A name matching several gold entities goes to the first one not
    matched yet.

quotes
    Word sets are the ``\\w+`` tokens of the folded text. A predicted quote matches a gold one
    when ``|P ∩ G| >= 0.5 |G|`` and ``|P ∩ G| >= 0.3 |P|`` (and the intersection is not empty).
    Matching is one-to-one, best overlaps (Jaccard) first, then completed to maximum size.
    Predicted quotes left unmatched that match a ``quotes_optional`` entry are ignored (neither tp
    nor fp, any number of them). ``quotes`` is detection. ``quotes_attributed`` counts a matched
    pair when the predicted ``speaker`` equals (folded, leading article dropped, as for names) the
    gold speaker or a name/alias of the gold entity it names (looked up in the gold people and
    organisations, optional ones included), or - unless the gold speaker is only an organisation -
    contains the surname (last word of the gold person's canonical name) as a whole word. A gold
    speaker ``null`` is matched by a missing predicted speaker only. Attributed precision is
    attributed tp / predicted quotes (not ignored), recall attributed tp / gold quotes.

dates (our own rule; GOLD_FORMAT.md gives none)
    A predicted date matches a gold date when their folded texts are equal or one contains the
    other as whole words (``en 2015`` contains ``2015``; ``2015`` does not contain ``5``).
    Matching is one-to-one and of maximum size (equal texts, then equal values, first).
    ``dates`` is detection. ``dates_value`` is a separate one-to-one maximum matching whose pairs
    must match as above *and* have equal ``value`` strings (whitespace-stripped; missing on both
    sides counts as equal). A gold ``value_end`` is not compared.

Totals
    Micro-average over all articles: tp/fp/fn are summed, then P = tp / (tp + fp),
    R = tp / (tp + fn), F1 = 2PR / (P + R). When gold and predictions are both empty,
    P = R = F1 = 1; when only one side is empty, all three are 0. A gold article with no predicted
    rows is all misses. Predicted rows whose ``doc_id`` is not a gold ``id`` are ignored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pandas as pd

from pipeline.text import compare_key

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "FIELDS",
    "PRF",
    "EvalReport",
    "ExtractResultLike",
    "evaluate",
    "fold",
    "load_gold",
    "score",
]

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
)

AMOUNT_TOLERANCE = 0.005  # relative
QUOTE_MIN_GOLD_SHARE = 0.5  # of the gold words
QUOTE_MIN_PRED_SHARE = 0.3  # of the predicted words

_GOLD_LIST_KEYS = (
    "amounts",
    "organizations",
    "organizations_optional",
    "people",
    "people_optional",
    "quotes",
    "quotes_optional",
    "dates",
)
_ARTICLE = re.compile(r"^(?:(?:le|la|les) |l' ?)")
_WORD = re.compile(r"\w+")


class ExtractResultLike(Protocol):
    """What :func:`score` reads: one DataFrame per table, each with a ``doc_id`` column."""

    @property
    def amounts(self) -> pd.DataFrame: ...
    @property
    def organizations(self) -> pd.DataFrame: ...
    @property
    def people(self) -> pd.DataFrame: ...
    @property
    def quotes(self) -> pd.DataFrame: ...
    @property
    def dates(self) -> pd.DataFrame: ...


# --------------------------------------------------------------------------- figures


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
        out["per_doc"] = self.per_doc
        return out

    def format_table(self) -> str:
        """An aligned text table: field / precision / recall / F1 / tp / fp / fn."""
        header = ("field", "precision", "recall", "F1", "tp", "fp", "fn")
        rows = [
            (
                name,
                f"{prf.precision:.3f}",
                f"{prf.recall:.3f}",
                f"{prf.f1:.3f}",
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
        return "\n".join([*body, f"({self.n_docs} documents, micro-averaged)"])

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


# --------------------------------------------------------------------------- public functions


def fold(text: object) -> str:
    """Text as compared: no case, no accents, straight apostrophes, single spaces."""
    if _is_missing(text):
        return ""
    return compare_key(str(text))


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSON Lines file (blank lines skipped).

    Raises ValueError naming the file and line on bad JSON, a line that is not an object, a
    missing or non-string ``id``/``text``, a duplicate ``id`` or a list field that is not a list.
    """
    path = Path(path)
    docs: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8-sig") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}, line {lineno}"
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{where}: invalid JSON ({err.msg}, column {err.colno})") from err
            if not isinstance(doc, dict):
                raise ValueError(f"{where}: expected a JSON object, got {type(doc).__name__}")
            for key in ("id", "text"):
                if key not in doc:
                    raise ValueError(f"{where}: missing {key!r}")
                if not isinstance(doc[key], str):
                    raise ValueError(f"{where}: {key!r} must be a string")
            for key in _GOLD_LIST_KEYS:
                value = doc.get(key)
                if value is not None and not isinstance(value, list):
                    raise ValueError(f"{where}: {key!r} must be a list")
            if doc["id"] in seen:
                raise ValueError(f"{where}: duplicate id {doc['id']!r} (line {seen[doc['id']]})")
            seen[doc["id"]] = lineno
            docs.append(doc)
    return docs


def score(gold: list[dict[str, Any]], predicted: ExtractResultLike) -> EvalReport:
    """Compare ``predicted`` tables with ``gold`` articles (see the module doc for the rules)."""
    ids = [str(doc["id"]) for doc in gold]
    if len(set(ids)) != len(ids):
        raise ValueError("gold ids are not unique")
    tables = {
        name: _rows_by_doc(getattr(predicted, name, None), name)
        for name in ("amounts", "organizations", "people", "quotes", "dates")
    }
    totals = {name: PRF() for name in FIELDS}
    per_doc: list[dict[str, Any]] = []
    for doc_id, doc in zip(ids, gold, strict=True):
        rows = {name: table.get(doc_id, []) for name, table in tables.items()}
        details: dict[str, dict[str, Any]] = {"amounts": _score_amounts(doc, rows["amounts"])}
        for kind in ("organizations", "people"):
            strict, lenient = _score_names(
                _list(doc, kind), _list(doc, f"{kind}_optional"), rows[kind]
            )
            details[kind] = strict
            details[f"{kind}_lenient"] = lenient
        details["quotes"], details["quotes_attributed"] = _score_quotes(doc, rows["quotes"])
        details["dates"], details["dates_value"] = _score_dates(doc, rows["dates"])
        details = {name: details[name] for name in FIELDS}
        for name, detail in details.items():
            totals[name] += PRF(detail["tp"], detail["fp"], detail["fn"])
        per_doc.append({"id": doc_id, "fields": details})
    return EvalReport(**totals, n_docs=len(gold), per_doc=per_doc)


def evaluate(gold_path: str | Path, *, nlp: Language | None = None) -> EvalReport:
    """Load ``gold_path``, run :func:`pipeline.extract` on its texts and score the result."""
    from pipeline import extract

    gold = load_gold(gold_path)
    source = pd.DataFrame(
        {
            "id": [doc["id"] for doc in gold],
            "text": [doc["text"] for doc in gold],
            "date": pd.Series([doc.get("date") for doc in gold], dtype=object),
        },
        columns=["id", "text", "date"],
    )
    result = extract(source) if nlp is None else extract(source, nlp=nlp)
    return score(gold, result)


# --------------------------------------------------------------------------- helpers


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str | list | tuple | dict | set):
        return False
    try:
        scalar: Any = value
        return bool(pd.isna(scalar))
    except (TypeError, ValueError):
        return False


def _clean(value: object) -> Any:
    """Plain JSON-friendly Python value: None for NA, Python scalars for numpy ones."""
    if _is_missing(value):
        return None
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, str | bytes):
        try:
            return item()
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _text(value: object) -> str | None:
    """Stripped string, or None when missing or blank."""
    if _is_missing(value):
        return None
    text = str(value).strip()
    return text or None


def _list(doc: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    return [item for item in doc.get(key) or [] if isinstance(item, dict)]


def _rows_by_doc(table: object, name: str) -> dict[str, list[dict[str, Any]]]:
    if table is None:
        return {}
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"predicted.{name} must be a pandas DataFrame, not {type(table).__name__}")
    if table.empty:
        return {}
    if "doc_id" not in table.columns:
        raise ValueError(f"predicted.{name} has no 'doc_id' column")
    grouped: dict[str, list[dict[str, Any]]] = {}
    for record in table.to_dict(orient="records"):
        row = {str(key): _clean(value) for key, value in record.items()}
        grouped.setdefault(str(row["doc_id"]), []).append(row)
    return grouped


def _name_key(name: object) -> str:
    """Folded name without a leading article: the key names are compared on."""
    return _ARTICLE.sub("", fold(name), count=1).strip()


def _entity_keys(entity: Mapping[str, Any]) -> set[str]:
    names = [entity.get("name"), *(entity.get("aliases") or [])]
    return {key for key in map(_name_key, names) if key}


def _contains_words(haystack: str, needle: str) -> bool:
    return bool(needle) and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def _max_matching(
    n_gold: int, edges: Iterable[tuple[Any, int, int]]
) -> tuple[dict[int, int], dict[int, int]]:
    """One-to-one matching of maximum size: pairs with the smallest key are taken first
    (greedy), then augmenting paths complete it. ``edges`` are ``(key, gold, pred)``.
    Returns ``(gold -> pred, pred -> gold)``."""
    ordered = sorted(edges)
    adjacency: dict[int, list[int]] = {g: [] for g in range(n_gold)}
    gold_to_pred: dict[int, int] = {}
    pred_to_gold: dict[int, int] = {}
    for _, g, p in ordered:
        adjacency[g].append(p)
        if g not in gold_to_pred and p not in pred_to_gold:
            gold_to_pred[g], pred_to_gold[p] = p, g

    def augment(g: int, seen: set[int]) -> bool:
        for p in adjacency[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in pred_to_gold or augment(pred_to_gold[p], seen):
                gold_to_pred[g], pred_to_gold[p] = p, g
                return True
        return False

    for g in range(n_gold):
        if g not in gold_to_pred:
            augment(g, set())
    return gold_to_pred, pred_to_gold


def _detail(
    tp: int,
    missed: list[dict[str, Any]],
    false_positives: list[dict[str, Any]],
    ignored: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "tp": tp,
        "fp": len(false_positives),
        "fn": len(missed),
        "missed": missed,
        "false_positives": false_positives,
    }
    if ignored is not None:
        detail["ignored"] = ignored
    return detail


# --------------------------------------------------------------------------- amounts


def _currency(value: object) -> str | None:
    text = _text(value)
    return text.upper() if text else None


def _number(value: object) -> float | None:
    if _is_missing(value) or isinstance(value, bool):
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _score_amounts(doc: Mapping[str, Any], rows: list[dict[str, Any]]) -> dict[str, Any]:
    gold: list[dict[str, Any]] = [
        {"value": _number(item.get("value")), "currency": _currency(item.get("currency"))}
        for item in _list(doc, "amounts")
    ]
    preds: list[dict[str, Any]] = []
    for row in rows:
        base = {"text": row.get("text"), "currency": _currency(row.get("currency"))}
        preds.append({**base, "value": _number(row.get("value")), "bound": "value"})
        value_max = _number(row.get("value_max"))
        if value_max is not None:
            preds.append({**base, "value": value_max, "bound": "value_max"})

    edges = []
    for g, gitem in enumerate(gold):
        for p, pitem in enumerate(preds):
            gv, pv = gitem["value"], pitem["value"]
            if gv is None or pv is None or gitem["currency"] != pitem["currency"]:
                continue
            error = abs(pv - gv)
            # The tiny slack keeps the 0.5 % edge itself inside despite float rounding.
            if error <= AMOUNT_TOLERANCE * abs(gv) * (1 + 1e-9):
                edges.append((error / abs(gv) if gv else 0.0, g, p))
    gold_to_pred, pred_to_gold = _max_matching(len(gold), edges)
    missed = [item for g, item in enumerate(gold) if g not in gold_to_pred]
    false_positives = [item for p, item in enumerate(preds) if p not in pred_to_gold]
    return _detail(len(gold_to_pred), missed, false_positives)


# --------------------------------------------------------------------------- names


def _score_names(
    gold: list[dict[str, Any]], optional: list[dict[str, Any]], rows: list[dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(strict, lenient) details for organisations or people."""
    gold_keys = [_entity_keys(entity) for entity in gold]
    canonical = {_name_key(entity.get("name")) for entity in gold}
    optional_keys = set().union(*(_entity_keys(entity) for entity in optional))

    names: list[str] = []
    for row in rows:
        name = _text(row.get("name"))
        if name is not None and name not in names:
            names.append(name)
    # A name equal to a canonical gold name is "the first" of its entity in the strict score.
    names.sort(key=lambda name: _name_key(name) not in canonical)

    matched: dict[int, str] = {}
    unmatched: list[dict[str, Any]] = []
    duplicates: list[dict[str, Any]] = []
    ignored: list[dict[str, Any]] = []
    for name in names:
        key = _name_key(name)
        candidates = [i for i, keys in enumerate(gold_keys) if key and key in keys]
        if candidates:
            fresh = [i for i in candidates if i not in matched]
            if fresh:
                matched[fresh[0]] = name
            else:
                gold_name = gold[candidates[0]].get("name")
                duplicates.append({"name": name, "duplicate_of": gold_name})
        elif key and key in optional_keys:
            ignored.append({"name": name})
        else:
            unmatched.append({"name": name})
    missed = [
        {"name": entity.get("name"), "aliases": list(entity.get("aliases") or [])}
        for i, entity in enumerate(gold)
        if i not in matched
    ]
    strict = _detail(len(matched), missed, unmatched + duplicates, ignored)
    lenient = _detail(len(matched), list(missed), list(unmatched), list(ignored))
    return strict, lenient


# --------------------------------------------------------------------------- quotes


def _words(text: object) -> frozenset[str]:
    return frozenset(_WORD.findall(fold(text)))


def _quote_overlap(gold: frozenset[str], pred: frozenset[str]) -> int | None:
    """Size of the shared word set when the pair matches, else None."""
    shared = len(gold & pred)
    # Integer forms of shared >= 0.5 |G| and shared >= 0.3 |P|, free of float rounding.
    if shared and 2 * shared >= len(gold) and 10 * shared >= 3 * len(pred):
        return shared
    return None


def _speaker_matcher(doc: Mapping[str, Any], speaker: object) -> Callable[[object], bool]:
    """Whether a predicted speaker names the gold ``speaker`` (see the module doc)."""
    if _text(speaker) is None:
        return lambda predicted: _text(predicted) is None
    key = _name_key(speaker)
    keys = {key}
    person_names: list[object] = []
    is_org = False
    for kind in ("people", "people_optional", "organizations", "organizations_optional"):
        for entity in _list(doc, kind):
            entity_keys = _entity_keys(entity)
            if key in entity_keys:
                keys |= entity_keys
                if kind.startswith("people"):
                    person_names.append(entity.get("name"))
                else:
                    is_org = True
    surname: str | None = None
    if person_names or not is_org:
        words = fold(person_names[0] if person_names else speaker).split()
        surname = words[-1].strip(".,;:") if words else None

    def matches(predicted: object) -> bool:
        if _text(predicted) is None:
            return False
        if _name_key(predicted) in keys:
            return True
        return surname is not None and _contains_words(fold(predicted), surname)

    return matches


def _score_quotes(
    doc: Mapping[str, Any], rows: list[dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(detection, attributed) details."""
    gold = _list(doc, "quotes")
    optional_words = [_words(item.get("text")) for item in _list(doc, "quotes_optional")]
    gold_words = [_words(item.get("text")) for item in gold]
    pred_words = [_words(row.get("quote")) for row in rows]

    edges = []
    for g, gw in enumerate(gold_words):
        for p, pw in enumerate(pred_words):
            shared = _quote_overlap(gw, pw)
            if shared is not None:
                jaccard = shared / len(gw | pw)
                edges.append(((-jaccard, -shared), g, p))
    gold_to_pred, pred_to_gold = _max_matching(len(gold), edges)

    def gold_item(g: int) -> dict[str, Any]:
        return {"text": gold[g].get("text"), "speaker": gold[g].get("speaker")}

    def pred_item(p: int) -> dict[str, Any]:
        return {"quote": rows[p].get("quote"), "speaker": rows[p].get("speaker")}

    ignored: list[dict[str, Any]] = []
    unmatched: list[int] = []
    for p, pw in enumerate(pred_words):
        if p in pred_to_gold:
            continue
        if any(_quote_overlap(ow, pw) is not None for ow in optional_words):
            ignored.append(pred_item(p))
        else:
            unmatched.append(p)

    missed = [gold_item(g) for g in range(len(gold)) if g not in gold_to_pred]
    detection = _detail(len(gold_to_pred), missed, [pred_item(p) for p in unmatched], ignored)

    attributed_missed: list[dict[str, Any]] = []
    wrong: list[dict[str, Any]] = []
    tp = 0
    for g in range(len(gold)):
        found = gold_to_pred.get(g)
        if found is None:
            attributed_missed.append(gold_item(g))
        elif _speaker_matcher(doc, gold[g].get("speaker"))(rows[found].get("speaker")):
            tp += 1
        else:
            attributed_missed.append(gold_item(g))
            wrong.append({**pred_item(found), "gold_speaker": gold[g].get("speaker")})
    attributed = _detail(
        tp, attributed_missed, wrong + [pred_item(p) for p in unmatched], list(ignored)
    )
    return detection, attributed


# --------------------------------------------------------------------------- dates


def _date_edges(
    gold: list[dict[str, Any]], preds: list[dict[str, Any]]
) -> tuple[list[tuple[Any, int, int]], list[tuple[Any, int, int]]]:
    """The candidate pairs of gold and predicted dates, as :func:`_max_matching` edges: a pair
    whose folded texts are equal or contain one another as whole words. The detection edges
    prefer the same text, then the same value; the value edges are the pairs with the same
    value (the same text first)."""
    gold_texts = [fold(item["text"]) for item in gold]
    pred_texts = [fold(item["text"]) for item in preds]
    edges = []
    value_edges = []
    for g, gt in enumerate(gold_texts):
        for p, pt in enumerate(pred_texts):
            if not gt or not pt:
                continue
            if gt == pt or _contains_words(gt, pt) or _contains_words(pt, gt):
                same_value = gold[g]["value"] == preds[p]["value"]
                edges.append(((gt != pt, not same_value), g, p))
                if same_value:
                    value_edges.append(((gt != pt,), g, p))
    return edges, value_edges


def _date_value_false_positives(
    gold: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    value_p2g: dict[int, int],
    pred_to_gold: dict[int, int],
) -> list[dict[str, Any]]:
    """The predictions without a gold date of the same value; one found with another value
    shows the gold value beside its own."""
    value_fps = []
    for p, item in enumerate(preds):
        if p in value_p2g:
            continue
        if p in pred_to_gold:  # found, but with another value: show the gold one
            item = {**item, "gold_value": gold[pred_to_gold[p]]["value"]}
        value_fps.append(item)
    return value_fps


def _score_dates(
    doc: Mapping[str, Any], rows: list[dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(detection, value) details."""
    gold = [
        {"text": item.get("text"), "value": _text(item.get("value"))}
        for item in _list(doc, "dates")
    ]
    preds = [{"text": row.get("text"), "value": _text(row.get("value"))} for row in rows]
    edges, value_edges = _date_edges(gold, preds)
    gold_to_pred, pred_to_gold = _max_matching(len(gold), edges)
    detection = _detail(
        len(gold_to_pred),
        [item for g, item in enumerate(gold) if g not in gold_to_pred],
        [item for p, item in enumerate(preds) if p not in pred_to_gold],
    )

    value_g2p, value_p2g = _max_matching(len(gold), value_edges)
    value_fps = _date_value_false_positives(gold, preds, value_p2g, pred_to_gold)
    value = _detail(
        len(value_g2p), [item for g, item in enumerate(gold) if g not in value_g2p], value_fps
    )
    return detection, value


# --------------------------------------------------------------------------- error report


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
