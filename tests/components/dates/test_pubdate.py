"""The article's date read from the article itself (``pipeline.pubdate``): a header line, a file
name, a value of any type normalised to ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from pipeline.pubdate import date_from_filename, date_from_header, normalize_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publié le 12 février 2025\nTitre de l'article\nCorps.", "2025-02-12"),
        ("Mis à jour le 3 mars 2025 à 10h12\nTitre", "2025-03-03"),
        ("12/02/2025\nTitre", "2025-02-12"),
        ("2025-02-12\nTitre", "2025-02-12"),
        ("Titre de l'article\n\nLe 12 février 2025\nCorps", "2025-02-12"),
        ("Titre\nPublié le 1er\u00a0mars\u00a02024", "2024-03-01"),
        ("Titre\nSous-titre\nChapeau\nPublié le 12 février 2025", None),  # 4th line
        ("Un très long paragraphe qui cite le 12 février 2025 au milieu d'une phrase " * 3, None),
        ("Titre sans date\nCorps", None),
        ("", None),
    ],
)
def test_date_from_header(text: str, expected: str | None) -> None:
    assert date_from_header(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2025-02-12-musk-openai.txt", "2025-02-12"),
        ("20250212_musk.txt", "2025-02-12"),
        ("articles/2024/2025_02_12 article.txt", "2025-02-12"),
        ("musk-openai.txt", None),
        ("2025-13-45-x.txt", None),
        ("123456789.txt", None),
    ],
)
def test_date_from_filename(name: str, expected: str | None) -> None:
    assert date_from_filename(name) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-12", "2025-02-12"),
        ("2025-02-12T10:12:00Z", "2025-02-12"),
        ("12/02/2025", "2025-02-12"),
        ("12 février 2025", "2025-02-12"),
        (dt.date(2025, 2, 12), "2025-02-12"),
        (dt.datetime(2025, 2, 12, 10, 30), "2025-02-12"),
        (None, None),
        (math.nan, None),
        ("", None),
    ],
)
def test_normalize_date(value: object, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_normalize_date_pandas() -> None:
    pd = pytest.importorskip("pandas")
    assert normalize_date(pd.Timestamp("2025-02-12 08:00")) == "2025-02-12"
    assert normalize_date(pd.NaT) is None
    assert normalize_date(pd.NA) is None


@pytest.mark.parametrize("value", ["pas une date", "2025-13-45", 12.5, ["2025-02-12"]])
def test_normalize_date_garbage(value: object) -> None:
    with pytest.raises(ValueError, match="not a date"):
        normalize_date(value)
