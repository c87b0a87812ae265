"""Any input, no crash, nothing lost: long articles, duplicate ids, interrupted runs, and
property-based checks on arbitrary text."""

from __future__ import annotations

import json
import math
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from typer.testing import CliRunner

import pipeline
from pipeline.chunks import split_long_text
from pipeline.cli import app
from pipeline.extract import extract_to_dir
from pipeline.tables import TABLES

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "articles"
PARAGRAPH = (
    "Le groupe Carrefour a annoncé un chiffre d’affaires de 22,3 milliards d’euros. "
    "« Nous accélérons », a déclaré son PDG, Alexandre Bompard.\n\n"
)


@pytest.mark.parametrize("size", [50, 120, 400])
def test_split_long_text_rejoins_exactly(size: int) -> None:
    text = PARAGRAPH * 6 + "fin sans ponctuation " * 30
    pieces = split_long_text(text, size)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= size for p in pieces)


def test_article_longer_than_max_length_loses_nothing(nlp: Language) -> None:
    text = PARAGRAPH * 8
    whole = pipeline.extract([text], nlp=nlp)
    saved = nlp.max_length
    nlp.max_length = 400
    try:
        pieces = pipeline.extract([text], nlp=nlp)
    finally:
        nlp.max_length = saved
    assert pieces.articles["status"].tolist() == ["ok"]
    assert len(pieces.amounts) == len(whole.amounts) == 8
    assert len(pieces.quotes) == len(whole.quotes) == 8
    for table in ("amounts", "organizations", "people", "quotes"):
        df = getattr(pieces, table)
        if "text" in df:
            assert all(text[r.start_char : r.end_char] == r.text for r in df.itertuples())
        assert df["start_char"].tolist() == getattr(whole, table)["start_char"].tolist(), table
    assert set(pieces.people["name"]) == {"Alexandre Bompard"}


def test_duplicate_ids_are_reported_not_merged(nlp: Language) -> None:
    result = pipeline.extract([PARAGRAPH, PARAGRAPH, "Autre texte."], ids=["a", "a", "b"], nlp=nlp)
    rows = result.articles
    assert rows["doc_id"].tolist() == ["a", "a", "b"]
    assert rows["status"].tolist() == ["ok", "error", "ok"]
    assert "duplicate id 'a'" in rows["error"].iloc[1]
    assert len(result.amounts[result.amounts["doc_id"] == "a"]) == 1


def _tables(folder: Path) -> dict[str, pd.DataFrame]:
    return {t: pd.read_parquet(folder / f"{t}.parquet") for t in TABLES}


@pytest.mark.slow
def test_killed_run_resumes_to_the_same_tables(nlp: Language, tmp_path: Path) -> None:
    articles = sorted(CORPUS.glob("*.txt"))
    if len(articles) < 4:
        pytest.skip("corpus/articles is not there")
    src = tmp_path / "in"
    src.mkdir()
    for copy in range(2):  # enough chunks for the run to be killed half-way
        for path in articles:
            shutil.copy(path, src / f"{copy}-{path.name}")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(out)]
    command += ["--chunk-size", "2", "--no-progress"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parts = out / ".parts" / "articles"
    deadline = time.monotonic() + 300  # a loaded machine can take minutes to load the model
    while time.monotonic() < deadline and len(list(parts.glob("part-*.parquet"))) < 3:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    written = len(list(parts.glob("part-*.parquet")))
    assert 3 <= written < len(articles), "the run should have been killed mid-way"
    assert not (out / "articles.parquet").exists()

    # same chunks as the killed run: the model's output may vary slightly with batch make-up
    resume = ["extract", str(src), "-o", str(out), "--resume", "--chunk-size", "2"]
    resumed = CliRunner().invoke(app, resume)
    assert resumed.exit_code == 0, resumed.output
    assert f"resumed: {2 * written} articles were already done" in resumed.output, resumed.output

    reference = tmp_path / "reference"
    extract_to_dir(src, reference, nlp=nlp, chunk_size=2)
    got, want = _tables(out), _tables(reference)
    for table in TABLES:
        pd.testing.assert_frame_equal(got[table], want[table], obj=table)
    assert got["articles"]["doc_id"].is_unique
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["articles"] == len(got["articles"])


ISO_4217 = {
    "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "INR", "HKD", "SEK", "NOK", "DKK",
    "RUB", "BRL", "KRW", "SGD", "MXN", "ZAR", "TRY", "PLN", "CZK", "HUF", "NZD", "SAR", "AED",
    "ILS", "XOF", "XAF", "MAD", "TND", "DZD", "EGP", "NGN", "KES", "THB", "IDR", "MYR", "PHP",
    "VND", "TWD", "ARS", "CLP", "COP", "PEN", "UAH", "QAR", "KWD", "BHD", "OMR", "PKR", "BDT",
    "LKR", "ISK", "RON", "BGN", "HRK", "RSD", "XPF", "GHS", "CDF", "IRR", "IQD",
}  # fmt: skip

NEWSY = st.sampled_from(
    [
        "« ", " »", "“", "”", '"', "’", "\u00a0", "\u202f", "M€", "Md$", "k€", "%", " milliards ",
        " d’euros", " dollars", "1 234,5", "999999999999999999999", "-3,2", " a déclaré ",
        " que ", "Selon ", "jeudi", " 2025 ", "premier trimestre", "M. ", "Mme ", "\n\n",
        "\x00", "\x1b", "\r\n", "PDG", " Total", "(AMF)", "1e308", "0,0", "Sept ", "du 5 au ",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(NEWSY, st.text(max_size=12)), max_size=40).map("".join)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS)
def test_arbitrary_text_never_breaks_the_tables(nlp: Language, text: str) -> None:
    result = pipeline.extract([text], nlp=nlp, date="2025-03-14")
    [status] = result.articles["status"].tolist()
    if not text.strip():
        assert status == "error"
        return
    assert status == "ok", result.articles["error"].tolist()
    for table in ("amounts", "organizations", "people", "dates"):
        for row in getattr(result, table).itertuples():
            assert text[row.start_char : row.end_char] == row.text, (table, row)
    for row in result.quotes.itertuples():
        assert 0 <= row.start_char < row.end_char <= len(text)
    for value in [*result.amounts["value"], *result.amounts["value_max"].dropna()]:
        assert math.isfinite(value)
    for code in result.amounts["currency"].dropna():
        assert code in ISO_4217, code
