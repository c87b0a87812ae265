"""Scoring quotes: word-overlap thresholds, speakers, attribution, one-to-one matching, optional
quotes."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.evaluate import score
from tests.evaluate.predictions import GOLD_WORDS, counts, gold_doc, pred, quote_doc


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
