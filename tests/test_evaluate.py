"""The scorer's arithmetic, on hand-made tables (no spaCy model needed)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pandas as pd
import pytest

from pipeline.evaluate import FIELDS, PRF, EvalReport, evaluate, fold, load_gold, score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

COLUMNS = {
    "amounts": ["doc_id", "text", "value", "value_max", "currency", "qualifier"],
    "organizations": ["doc_id", "text", "name"],
    "people": ["doc_id", "text", "name", "role"],
    "quotes": ["doc_id", "quote", "kind", "speaker", "speaker_type", "cue"],
    "dates": ["doc_id", "text", "value"],
}


def pred(**tables: list[dict[str, Any]]) -> SimpleNamespace:
    """A result-like object; rows without ``doc_id`` belong to article ``d``."""
    frames = {}
    for name, columns in COLUMNS.items():
        rows = [{"doc_id": "d", **row} for row in tables.get(name, [])]
        frames[name] = pd.DataFrame(rows, columns=columns)
    return SimpleNamespace(**frames)


def gold_doc(doc_id: str = "d", **fields: Any) -> dict[str, Any]:
    return {"id": doc_id, "text": "…", **fields}


def counts(prf: PRF) -> tuple[int, int, int]:
    return prf.tp, prf.fp, prf.fn


# --------------------------------------------------------------------------- figures


def test_prf_arithmetic() -> None:
    prf = PRF(tp=2, fp=1, fn=3)
    assert prf.precision == pytest.approx(2 / 3)
    assert prf.recall == pytest.approx(2 / 5)
    assert prf.f1 == pytest.approx(2 * (2 / 3) * (2 / 5) / (2 / 3 + 2 / 5))
    assert counts(prf + PRF(1, 1, 1)) == (3, 2, 4)


@pytest.mark.parametrize(
    ("prf", "expected"),
    [
        (PRF(0, 0, 0), (1.0, 1.0, 1.0)),  # nothing to find, nothing found
        (PRF(0, 2, 0), (0.0, 0.0, 0.0)),  # gold empty, predictions not
        (PRF(0, 0, 2), (0.0, 0.0, 0.0)),  # predictions empty, gold not
        (PRF(0, 1, 1), (0.0, 0.0, 0.0)),
    ],
)
def test_prf_empty_sides(prf: PRF, expected: tuple[float, float, float]) -> None:
    assert (prf.precision, prf.recall, prf.f1) == expected


def test_fold() -> None:
    assert (
        fold("  L’Autorité\u00a0des  Marchés\u202fFinanciers ")
        == "l'autorite des marches financiers"
    )
    assert fold("ʼ‘`") == "'''"
    assert fold(None) == "" and fold(pd.NA) == "" and fold(float("nan")) == ""


# --------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        (1005.0, (1, 0, 0)),  # exactly 0.5 % above
        (995.0, (1, 0, 0)),  # exactly 0.5 % below
        (1005.1, (0, 1, 1)),  # just beyond
        (994.9, (0, 1, 1)),
    ],
)
def test_amount_tolerance_edge(predicted: float, expected: tuple[int, int, int]) -> None:
    gold = [gold_doc(amounts=[{"value": 1000.0, "currency": "EUR"}])]
    report = score(gold, pred(amounts=[{"value": predicted, "currency": "EUR"}]))
    assert counts(report.amounts) == expected


def test_amount_zero_is_exact() -> None:
    gold = [
        gold_doc(amounts=[{"value": 0.0, "currency": "EUR"}, {"value": 0.0, "currency": "EUR"}])
    ]
    report = score(
        gold, pred(amounts=[{"value": 0.0, "currency": "EUR"}, {"value": 1e-9, "currency": "EUR"}])
    )
    assert counts(report.amounts) == (1, 1, 1)


@pytest.mark.parametrize(
    ("gold_currency", "predicted_currency", "expected"),
    [
        ("USD", "EUR", (0, 1, 1)),
        ("USD", pd.NA, (0, 1, 1)),  # predicted NA against a gold code: mismatch
        ("USD", None, (0, 1, 1)),
        (None, pd.NA, (1, 0, 0)),  # missing on both sides: same
        (None, float("nan"), (1, 0, 0)),
        (None, "EUR", (0, 1, 1)),
        ("usd", "USD", (1, 0, 0)),
    ],
)
def test_amount_currency(
    gold_currency: str | None, predicted_currency: object, expected: tuple[int, int, int]
) -> None:
    gold = [gold_doc(amounts=[{"value": 5e6, "currency": gold_currency}])]
    report = score(gold, pred(amounts=[{"value": 5e6, "currency": predicted_currency}]))
    assert counts(report.amounts) == expected


def test_repeated_gold_amount_is_matched_once_per_prediction() -> None:
    twice = [{"value": 97.4e9, "currency": "USD"}] * 2
    once = score([gold_doc(amounts=twice)], pred(amounts=[{"value": 97.4e9, "currency": "USD"}]))
    assert counts(once.amounts) == (1, 0, 1)
    both = score([gold_doc(amounts=twice)], pred(amounts=twice))
    assert counts(both.amounts) == (2, 0, 0)
    extra = score([gold_doc(amounts=twice[:1])], pred(amounts=twice))
    assert counts(extra.amounts) == (1, 1, 0)


def test_range_contributes_both_bounds() -> None:
    row = {"text": "entre 16 et 18 milliards de dollars", "value": 16e9, "value_max": 18e9}
    row["currency"] = "USD"
    bounds = [{"value": 16e9, "currency": "USD"}, {"value": 18e9, "currency": "USD"}]
    assert counts(score([gold_doc(amounts=bounds)], pred(amounts=[row])).amounts) == (2, 0, 0)
    lower_only = score([gold_doc(amounts=bounds[:1])], pred(amounts=[row]))
    assert counts(lower_only.amounts) == (1, 1, 0)
    false_positive = lower_only.per_doc[0]["fields"]["amounts"]["false_positives"]
    assert false_positive == [
        {"text": row["text"], "currency": "USD", "value": 18e9, "bound": "value_max"}
    ]


def test_amount_matching_is_maximum_not_just_greedy() -> None:
    # Closest-first alone pairs 100 with 100.3 and leaves 100.8 unmatched; 99.6 can only go to
    # 100, so the maximum matching is 100 ↔ 99.6 and 100.8 ↔ 100.3.
    gold = [gold_doc(amounts=[{"value": v, "currency": "EUR"} for v in (100.0, 100.8)])]
    predicted = pred(amounts=[{"value": v, "currency": "EUR"} for v in (100.3, 99.6)])
    assert counts(score(gold, predicted).amounts) == (2, 0, 0)


def test_amount_row_without_value_is_a_false_positive() -> None:
    report = score([gold_doc()], pred(amounts=[{"text": "des millions", "value": float("nan")}]))
    assert counts(report.amounts) == (0, 1, 0)


# --------------------------------------------------------------------------- names

AMF = {"name": "Autorité des marchés financiers", "aliases": ["AMF"]}


def test_two_names_for_one_entity_strict_vs_lenient() -> None:
    gold = [gold_doc(organizations=[AMF])]
    names = [{"name": "AMF"}, {"name": "Autorité des Marchés Financiers"}, {"name": "AMF"}]
    report = score(gold, pred(organizations=names))
    assert counts(report.organizations_lenient) == (1, 0, 0)
    assert counts(report.organizations) == (1, 1, 0)
    assert report.organizations.precision == 0.5
    assert report.organizations_lenient.f1 == 1.0
    # The name equal to the canonical one is the hit; the other is the duplicate.
    detail = report.per_doc[0]["fields"]["organizations"]
    assert detail["false_positives"] == [{"name": "AMF", "duplicate_of": AMF["name"]}]


@pytest.mark.parametrize("name", ["l'AMF", "L’AMF", "la AMF", "les AMF", "le AMF", "AMF", " amf "])
def test_leading_article_is_ignored(name: str) -> None:
    gold = [gold_doc(organizations=[{"name": "AMF", "aliases": []}])]
    report = score(gold, pred(organizations=[{"name": name}]))
    assert counts(report.organizations) == (1, 0, 0)


def test_article_is_only_dropped_as_a_word() -> None:
    gold = [gold_doc(organizations=[{"name": "AMF", "aliases": []}])]
    assert counts(score(gold, pred(organizations=[{"name": "LaAMF"}])).organizations) == (0, 1, 1)


def test_optional_entities_are_ignored_and_unknown_names_count() -> None:
    gold = [
        gold_doc(
            organizations=[{"name": "OpenAI", "aliases": []}, {"name": "Microsoft", "aliases": []}],
            organizations_optional=[{"name": "ChatGPT", "aliases": ["Chat GPT"]}],
        )
    ]
    names = [{"name": "OpenAI"}, {"name": "ChatGPT"}, {"name": "chat gpt"}, {"name": "Grok"}]
    report = score(gold, pred(organizations=names))
    assert counts(report.organizations) == (1, 1, 1)
    assert counts(report.organizations_lenient) == (1, 1, 1)
    detail = report.per_doc[0]["fields"]["organizations"]
    assert detail["false_positives"] == [{"name": "Grok"}]
    assert [item["name"] for item in detail["missed"]] == ["Microsoft"]
    assert detail["ignored"] == [{"name": "ChatGPT"}, {"name": "chat gpt"}]


def test_people_by_alias_and_missing_names() -> None:
    gold = [
        gold_doc(
            people=[
                {"name": "Elon Musk", "aliases": ["Musk"]},
                {"name": "Sam Altman", "aliases": ["Altman"]},
            ]
        )
    ]
    rows = [{"name": "Musk"}, {"name": pd.NA}, {"name": None}, {"name": "  "}, {"name": "musk"}]
    report = score(gold, pred(people=rows))
    # "Musk" and "musk" are two distinct names for one person.
    assert counts(report.people_lenient) == (1, 0, 1)
    assert counts(report.people) == (1, 1, 1)


# --------------------------------------------------------------------------- quotes

GOLD_WORDS = [f"g{i}" for i in range(10)]


def quote_doc(speaker: str | None = "Elon Musk", **fields: Any) -> dict[str, Any]:
    return gold_doc(
        quotes=[{"text": " ".join(GOLD_WORDS), "speaker": speaker, "kind": "direct"}],
        people=[{"name": "Elon Musk", "aliases": ["Musk"]}],
        organizations=[{"name": "Baron Capital Group", "aliases": ["Baron Capital"]}],
        **fields,
    )


@pytest.mark.parametrize(
    ("shared", "extra", "matches"),
    [
        (5, 11, True),  # 5 >= 0.5 * 10 and 5 >= 0.3 * 16
        (4, 0, False),  # 4 < 0.5 * 10
        (5, 12, False),  # 5 < 0.3 * 17
        (10, 23, True),  # 10 >= 0.3 * 33
        (10, 24, False),  # 10 < 0.3 * 34
    ],
)
def test_quote_overlap_thresholds(shared: int, extra: int, matches: bool) -> None:
    words = GOLD_WORDS[:shared] + [f"x{i}" for i in range(extra)]
    report = score([quote_doc()], pred(quotes=[{"quote": " ".join(words), "speaker": "Musk"}]))
    assert counts(report.quotes) == ((1, 0, 0) if matches else (0, 1, 1))
    assert counts(report.quotes_attributed) == ((1, 0, 0) if matches else (0, 1, 1))


def test_quote_words_are_folded_sets() -> None:
    gold = [gold_doc(quotes=[{"text": "L’été sera chaud, très chaud", "speaker": None}])]
    report = score(gold, pred(quotes=[{"quote": "l'ETE sera CHAUD tres", "speaker": pd.NA}]))
    assert counts(report.quotes) == (1, 0, 0)


@pytest.mark.parametrize(
    ("speaker", "gold_speaker", "correct"),
    [
        ("Elon Musk", "Elon Musk", True),
        ("elon  musk", "Elon Musk", True),
        ("Musk", "Elon Musk", True),  # alias
        ("M. Musk", "Elon Musk", True),  # contains the surname
        ("Elon Reeve Musk", "Elon Musk", True),
        ("Muskova", "Elon Musk", False),  # surname only as a whole word
        ("il", "Elon Musk", False),  # unresolved pronoun
        ("Sam Altman", "Elon Musk", False),
        (pd.NA, "Elon Musk", False),
        ("Musk", "Musk", True),  # gold speaker given by alias: looked up
        ("Elon Musk", "Musk", True),
        ("Baron Capital", "Baron Capital Group", True),
        ("le Baron Capital Group", "Baron Capital Group", True),
        ("Other Group", "Baron Capital Group", False),  # no surname rule for organisations
        (pd.NA, None, True),
        (None, None, True),
        ("il", None, False),
    ],
)
def test_quote_speaker(speaker: object, gold_speaker: str | None, correct: bool) -> None:
    quote = {"quote": " ".join(GOLD_WORDS), "speaker": speaker}
    report = score([quote_doc(gold_speaker)], pred(quotes=[quote]))
    assert counts(report.quotes) == (1, 0, 0)
    assert counts(report.quotes_attributed) == ((1, 0, 0) if correct else (0, 1, 1))


def test_quote_attributed_precision_and_recall() -> None:
    gold = [
        gold_doc(
            people=[{"name": "Elon Musk", "aliases": ["Musk"]}],
            quotes=[
                {"text": "nous vivons selon les valeurs promises", "speaker": "Elon Musk"},
                {"text": "Musk devrait plutôt acheter Twitter", "speaker": "Sam Altman"},
            ],
        )
    ]
    rows = [
        {"quote": "nous vivons selon les valeurs promises", "speaker": "Musk"},
        {"quote": "Musk devrait plutôt acheter Twitter", "speaker": "il"},
        {"quote": "une phrase sans rapport aucun", "speaker": "Musk"},
    ]
    report = score(gold, pred(quotes=rows))
    assert counts(report.quotes) == (2, 1, 0)
    assert counts(report.quotes_attributed) == (1, 2, 1)
    assert report.quotes_attributed.precision == pytest.approx(1 / 3)
    assert report.quotes_attributed.recall == pytest.approx(1 / 2)
    wrong = report.per_doc[0]["fields"]["quotes_attributed"]["false_positives"][0]
    assert wrong["speaker"] == "il" and wrong["gold_speaker"] == "Sam Altman"


def test_quotes_are_matched_one_to_one_best_first() -> None:
    gold = [
        gold_doc(
            quotes=[
                {"text": "a b c d", "speaker": "A"},
                {"text": "a b c d e f", "speaker": "B"},
            ]
        )
    ]
    rows = [{"quote": "a b c d e f", "speaker": "B"}, {"quote": "a b c d", "speaker": "A"}]
    report = score(gold, pred(quotes=rows))
    assert counts(report.quotes_attributed) == (2, 0, 0)
    one_gold = [gold_doc(quotes=gold[0]["quotes"][:1])]
    twice = [{"quote": "a b c d", "speaker": "A"}] * 2
    assert counts(score(one_gold, pred(quotes=twice)).quotes) == (1, 1, 0)


def test_optional_quotes_are_ignored() -> None:
    gold = [quote_doc(quotes_optional=[{"text": "des inconvénients intrinsèques"}])]
    rows = [
        {"quote": "des « inconvénients intrinsèques »", "speaker": pd.NA},
        {"quote": " ".join(GOLD_WORDS), "speaker": "Musk"},
    ]
    report = score(gold, pred(quotes=rows))
    assert counts(report.quotes) == (1, 0, 0)
    assert counts(report.quotes_attributed) == (1, 0, 0)


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "value", "detected", "valued"),
    [
        ("2015", "2015", True, True),
        ("en 2015", "2015", True, True),  # the prediction contains the gold text
        ("5", "2015", False, False),  # containment is by whole words
        ("2016", "2016", False, False),
        ("2015", "2015-01", True, False),  # found, wrong value
        ("2015", pd.NA, True, False),
    ],
)
def test_dates(text: str, value: object, detected: bool, valued: bool) -> None:
    gold = [gold_doc(dates=[{"text": "2015", "value": "2015"}])]
    report = score(gold, pred(dates=[{"text": text, "value": value}]))
    assert counts(report.dates) == ((1, 0, 0) if detected else (0, 1, 1))
    assert counts(report.dates_value) == ((1, 0, 0) if valued else (0, 1, 1))


def test_dates_gold_contains_prediction_and_value_end_is_not_compared() -> None:
    gold = [
        gold_doc(
            dates=[
                {"text": "du 3 au 5 mars 2024", "value": "2024-03-03", "value_end": "2024-03-05"},
                {"text": "mardi", "value": None},
            ]
        )
    ]
    rows: list[dict[str, Any]] = [
        {"text": "3 au 5 mars 2024", "value": "2024-03-03"},
        {"text": "Mardi", "value": None},
    ]
    report = score(gold, pred(dates=rows))
    assert counts(report.dates) == (2, 0, 0)
    assert counts(report.dates_value) == (2, 0, 0)


def test_dates_value_is_its_own_matching() -> None:
    # Detection pairs equal texts first (lundi-lundi, ce lundi-ce lundi), both with the wrong
    # value; the value score pairs by containment instead and finds both values.
    gold = [
        gold_doc(
            dates=[
                {"text": "lundi", "value": "2024-03-04"},
                {"text": "ce lundi", "value": "2024-03-11"},
            ]
        )
    ]
    rows = [{"text": "lundi", "value": "2024-03-11"}, {"text": "ce lundi", "value": "2024-03-04"}]
    report = score(gold, pred(dates=rows))
    assert counts(report.dates) == (2, 0, 0)
    assert counts(report.dates_value) == (2, 0, 0)


# --------------------------------------------------------------------------- documents


def test_micro_average_and_documents_without_rows() -> None:
    gold = [
        gold_doc("a", amounts=[{"value": 1.0, "currency": "EUR"}]),
        gold_doc(
            "b", amounts=[{"value": 2.0, "currency": "EUR"}, {"value": 3.0, "currency": "EUR"}]
        ),
        gold_doc("c"),
    ]
    rows = [
        {"doc_id": "a", "value": 1.0, "currency": "EUR"},
        {"doc_id": "c", "value": 9.0, "currency": "EUR"},
        {"doc_id": "zzz", "value": 2.0, "currency": "EUR"},  # not a gold article: ignored
    ]
    report = score(gold, pred(amounts=rows))
    assert report.n_docs == 3
    assert counts(report.amounts) == (1, 1, 2)
    assert report.amounts.precision == 0.5
    assert report.amounts.recall == pytest.approx(1 / 3)
    assert [doc["id"] for doc in report.per_doc] == ["a", "b", "c"]
    assert report.per_doc[1]["fields"]["amounts"]["fn"] == 2


def test_empty_gold_and_predictions() -> None:
    report = score([gold_doc()], pred())
    for name, prf in report.fields().items():
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0), name
    bare = SimpleNamespace(**{name: pd.DataFrame() for name in COLUMNS})  # no columns at all
    assert score([gold_doc()], bare).amounts.f1 == 1.0
    only_predicted = score([gold_doc()], pred(organizations=[{"name": "OpenAI"}]))
    assert counts(only_predicted.organizations) == (0, 1, 0)
    assert only_predicted.organizations.f1 == 0.0
    assert score([], pred()).n_docs == 0


def test_all_misses_when_nothing_predicted() -> None:
    gold = [
        quote_doc(
            amounts=[{"value": 1.0, "currency": "EUR"}], dates=[{"text": "2015", "value": "2015"}]
        )
    ]
    report = score(gold, pred())
    assert counts(report.amounts) == (0, 0, 1)
    assert counts(report.organizations) == (0, 0, 1)
    assert counts(report.people_lenient) == (0, 0, 1)
    assert counts(report.quotes_attributed) == (0, 0, 1)
    assert counts(report.dates_value) == (0, 0, 1)
    assert report.dates.recall == 0.0 and report.dates.precision == 0.0


def test_numpy_and_nullable_dtypes() -> None:
    amounts = pd.DataFrame(
        {
            "doc_id": pd.array(["d", "d"], dtype="string"),
            "text": ["x", "y"],
            "value": pd.array([16e9, 5.0], dtype="Float64"),
            "value_max": pd.array([18e9, None], dtype="Float64"),
            "currency": pd.array(["USD", None], dtype="string"),
            "qualifier": [None, None],
        }
    )
    result = pred()
    result.amounts = amounts
    gold = [
        gold_doc(amounts=[{"value": 18e9, "currency": "USD"}, {"value": 5.0, "currency": None}])
    ]
    report = score(gold, result)
    assert counts(report.amounts) == (2, 1, 0)
    json.dumps(report.to_dict())


# --------------------------------------------------------------------------- report


def test_report_outputs() -> None:
    gold = [quote_doc(amounts=[{"value": 97.4e9, "currency": "USD"}])]
    report = score(gold, pred(quotes=[{"quote": " ".join(GOLD_WORDS), "speaker": "il"}]))
    table = report.format_table()
    lines = table.splitlines()
    assert lines[0].split() == ["field", "precision", "recall", "F1", "tp", "fp", "fn"]
    for name in FIELDS:
        assert any(line.split()[0] == name for line in lines), name
    attributed = next(line for line in lines if line.startswith("quotes_attributed "))
    assert attributed.split()[1:] == ["0.000", "0.000", "0.000", "0", "1", "1"]
    assert "(1 documents" in table

    data = json.loads(json.dumps(report.to_dict()))
    assert data["n_docs"] == 1
    assert set(FIELDS) <= set(data)
    assert data["quotes"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert data["per_doc"][0]["id"] == "d"

    errors = report.format_errors()
    assert "== d" in errors
    assert "97 400 000 000 USD" in errors
    assert "gold speaker: Elon Musk" in errors
    assert "Baron Capital Group" in errors
    assert EvalReport().format_errors() == "No errors."


# --------------------------------------------------------------------------- loading


def test_load_gold(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n\n{"id": "b", "text": "y", "amounts": []}\n')
    assert [doc["id"] for doc in load_gold(path)] == ["a", "b"]
    assert load_gold(str(path))[1]["amounts"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "text": "x"}\n{"id": "b", "text": \n', "line 2: invalid JSON"),
        ('{"id": "a", "text": "x"}\n{"text": "y"}\n', "line 2: missing 'id'"),
        ('{"id": "a"}\n', "line 1: missing 'text'"),
        ('{"id": 3, "text": "x"}\n', "line 1: 'id' must be a string"),
        ("[1, 2]\n", "line 1: expected a JSON object"),
        ('{"id": "a", "text": "x", "quotes": {}}\n', "line 1: 'quotes' must be a list"),
        ('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', "line 2: duplicate id 'a'"),
    ],
)
def test_load_gold_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(ValueError, match=message) as info:
        load_gold(path)
    assert str(path) in str(info.value)


def test_score_rejects_duplicate_ids() -> None:
    with pytest.raises(ValueError, match="not unique"):
        score([gold_doc("a"), gold_doc("a")], pred())


# --------------------------------------------------------------------------- end to end


def perfect_predictions(gold: list[dict[str, Any]]) -> SimpleNamespace:
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    for doc in gold:
        doc_id = doc["id"]
        for amount in doc.get("amounts", []):
            tables["amounts"].append({"doc_id": doc_id, **amount, "value_max": float("nan")})
        for kind in ("organizations", "people"):
            for entity in doc.get(kind, []):
                # One row per mention: the canonical name repeated is still one name.
                for mention in [entity["name"], *entity["aliases"]]:
                    tables[kind].append({"doc_id": doc_id, "text": mention, "name": entity["name"]})
        for quote in doc.get("quotes", []):
            row = {"doc_id": doc_id, "quote": quote["text"], "speaker": quote["speaker"]}
            tables["quotes"].append(row)
        for date in doc.get("dates", []):
            tables["dates"].append({"doc_id": doc_id, "text": date["text"], "value": date["value"]})
    return pred(**tables)


def test_seed_gold_against_itself_is_perfect() -> None:
    seed = SHARED / "seed" / "gold.jsonl"
    if not seed.exists():
        pytest.skip(f"../shared is absent: {seed} not found")
    gold = load_gold(seed)
    report = score(gold, perfect_predictions(gold))
    assert report.n_docs == len(gold) >= 1
    for name, prf in report.fields().items():
        assert prf.tp > 0, name
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0), name
    assert report.format_errors() == "No errors."


def test_evaluate_runs_extract_on_the_gold_texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline

    gold = [
        {"id": "a", "text": "OpenAI lève 6,6 milliards de dollars.", "date": "2024-10-02"},
        {"id": "b", "text": "Rien.", "organizations": [{"name": "OpenAI", "aliases": []}]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in gold))
    calls: list[tuple[pd.DataFrame, dict[str, Any]]] = []
    marker = object()

    def fake_extract(source: pd.DataFrame, **kwargs: Any) -> SimpleNamespace:
        calls.append((source, kwargs))
        return pred(organizations=[{"doc_id": "b", "name": "OpenAI"}])

    monkeypatch.setattr(pipeline, "extract", fake_extract, raising=False)
    report = evaluate(path, nlp=marker)  # type: ignore[arg-type]
    (source, kwargs), *_ = calls
    assert list(source.columns) == ["id", "text", "date"]
    assert source["id"].tolist() == ["a", "b"]
    assert source["date"].tolist() == ["2024-10-02", None]
    assert kwargs == {"nlp": marker}
    assert report.n_docs == 2 and counts(report.organizations) == (1, 0, 0)

    evaluate(path)
    assert calls[1][1] == {}
