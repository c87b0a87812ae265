"""The report's page and data, without a browser."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.report.data import report_data
from pipeline.report.segments import article_segments
from pipeline.tables import frame
from tests.report.sample import TEXTS, sample_result


def _data(html: str) -> dict:  # type: ignore[type-arg]
    found = re.search(
        r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S
    )
    assert found
    return json.loads(found.group(1))


def test_the_page_is_self_contained(tmp_path: Path) -> None:
    html = sample_result().to_html(tmp_path / "r.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html and "<script src" not in html
    assert "@import" not in html and "url(" not in html


def test_a_closing_script_tag_in_an_article_cannot_break_the_page(tmp_path: Path) -> None:
    result = sample_result()
    result.organizations.loc[0, "sentence"] = "Nordpresse </script><script>alert(1)</script>"
    html = result.to_html(tmp_path / "r.html").read_text(encoding="utf-8")
    assert html.count("</script>") == 2
    assert _data(html)["title"] == "Extraction report"


def test_facts_shown_only_when_the_amounts_carry_them() -> None:
    result = sample_result()
    data = report_data(result.tables(), result.entities, "t")
    assert data["facts"] is not None
    rows = [dict(zip(data["facts"]["columns"], r, strict=True)) for r in data["facts"]["rows"]]
    assert {r["measure"] for r in rows} == {"price", "profit", "fine"}
    plain = result.tables()
    plain["amounts"] = plain["amounts"].drop(columns=["measure", "holder"])
    assert report_data(plain, result.entities, "t")["facts"] is None


def test_entities_media_and_quotes_in_the_data() -> None:
    result = sample_result()
    data = report_data(result.tables(), result.entities, "t")
    rows = [
        dict(zip(data["entities"]["columns"], r, strict=True)) for r in data["entities"]["rows"]
    ]
    kinds = {r["name"]: r["kind"] for r in rows}
    assert kinds["Nordpresse"] == "media"
    assert data["quotes"][0]["speaker"] == "Hélène Dartois"
    assert data["timeline"]["articles"] == {"2026-01": 1, "2026-02": 1, "2026-03": 1}


def test_marks_point_at_their_mentions_inside_the_sentences() -> None:
    result = sample_result()
    segments = article_segments(result.tables())
    for doc_id, sentences in segments.items():
        for sentence in sentences:
            for kind, start, end, _label in sentence["m"]:
                inside = sentence["t"][start:end]
                offset = sentence["o"]
                assert TEXTS[doc_id][offset + start : offset + end] == inside, kind
    kinds = {m[0] for s in segments["a1"] for m in s["m"]}
    assert kinds == {"org", "per", "amount", "date", "quote"}


def test_a_sentence_inside_a_longer_one_is_shown_once() -> None:
    text = "Première phrase. Seconde phrase avec Vallin."
    mention = {"doc_id": "d", "text": "Vallin", "name": "Vallin"}
    start = text.index("Vallin")
    orgs = frame(
        "organizations",
        [
            {**mention, "start_char": start, "end_char": start + 6, "sentence": text[17:]},
            {**mention, "start_char": start, "end_char": start + 6, "sentence": text},
        ],
    )
    segments = article_segments({"organizations": orgs})["d"]
    assert len(segments) == 1 and segments[0]["t"] == text
    assert len(segments[0]["m"]) == 2


def test_report_command(tmp_path: Path) -> None:
    sample_result().write(tmp_path / "out", "csv")
    target = tmp_path / "page.html"
    run = CliRunner().invoke(app, ["report", str(tmp_path / "out"), "-o", str(target)])
    assert run.exit_code == 0, run.output
    data = _data(target.read_text(encoding="utf-8"))
    assert data["summary"]["counts"]["articles"] == 3
    assert data["facts"] is not None  # the extra fact columns are read back from the files
    missing = CliRunner().invoke(app, ["report", str(tmp_path / "none"), "-o", str(target)])
    assert missing.exit_code == 2


def test_a_quote_over_two_sentences_joins_them() -> None:
    text = "Vallin investit. « Tout va bien. Nous grandissons », dit Dartois. Fin."
    first, second = "Vallin investit.", "« Tout va bien. Nous grandissons », dit Dartois."
    quote_sentence = text[: text.index(second) + len(second)]
    orgs = frame(
        "organizations",
        [
            {
                "doc_id": "d",
                "start_char": 0,
                "end_char": 6,
                "sentence": first,
                "text": "Vallin",
                "name": "Vallin",
            }
        ],
    )
    start = text.index("«")
    quotes = frame(
        "quotes",
        [
            {
                "doc_id": "d",
                "start_char": start,
                "end_char": start + 34,
                "sentence": quote_sentence,
                "quote": "Tout va bien. Nous grandissons",
                "kind": "direct",
            }
        ],
    )
    people = frame(
        "people",
        [
            {
                "doc_id": "d",
                "start_char": text.index("Dartois"),
                "end_char": text.index("Dartois") + 7,
                "sentence": second,
                "text": "Dartois",
                "name": "Dartois",
            }
        ],
    )
    segments = article_segments({"organizations": orgs, "quotes": quotes, "people": people})["d"]
    assert [s["t"] for s in segments] == [quote_sentence]
    kinds = {m[0]: quote_sentence[m[1] : m[2]] for m in segments[0]["m"]}
    assert kinds == {"org": "Vallin", "per": "Dartois", "quote": text[start : start + 34]}
