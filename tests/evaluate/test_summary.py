"""The Markdown summary of several evaluations (the README's accuracy table)."""

from __future__ import annotations

from pipeline.evaluate.report import PRF, EvalReport
from pipeline.evaluate.summary import markdown_summary


def test_one_row_per_set_with_each_fields_f1() -> None:
    first = EvalReport(amounts=PRF(3, 1, 0), quotes=PRF(1, 0, 1), n_docs=2).to_dict()
    second = EvalReport(amounts=PRF(2, 0, 0), n_docs=1).to_dict()
    second["facts"] = {"measure_accuracy": 0.75, "n": 4}
    second["holder_accuracy"] = {"accuracy": 0.5, "correct": 1, "total": 2}
    lines = markdown_summary({"ours": first, "press": second}).splitlines()
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    assert header[:4] == ["set", "articles", "amounts", "organizations"]
    assert "facts.measure_accuracy" in header  # rates of nested groups, not counts
    ours = dict(zip(header, (c.strip() for c in lines[2].strip("|").split("|")), strict=True))
    press = dict(zip(header, (c.strip() for c in lines[3].strip("|").split("|")), strict=True))
    assert ours["articles"] == "2" and ours["amounts"] == "0.857"  # 2*3 / (2*3 + 1)
    assert ours["quotes"] == "0.667" and ours["facts.measure_accuracy"] == ""
    assert press["quotes"] == "-"  # nothing to score: neither gold nor prediction
    assert press["facts.measure_accuracy"] == "0.750"
    assert press["holder_accuracy"] == "0.500" and ours["holder_accuracy"] in ("", "-")


def test_a_field_with_nothing_to_score_prints_a_dash_in_the_table() -> None:
    table = EvalReport(amounts=PRF(1, 0, 0), n_docs=1).format_table()
    dates = next(line for line in table.splitlines() if line.startswith("dates "))
    assert dates.split()[1:4] == ["-", "-", "-"]
