"""One Markdown table of several evaluations: a row per gold file, a column per figure.

``python -m pipeline evaluate FILE… --markdown`` prints it; the README's accuracy table is this
output. A column is a field's F1 (``organizations``, ``quotes_attributed``, ``facts``…), an accuracy
(``measure_accuracy``…) or another rate a report holds (a nested ``{name: float}``, as
``group.name``). A field with
nothing to score in a set (no gold item, no counted prediction) shows ``-``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def _figures(report: Mapping[str, Any]) -> dict[str, str]:
    """The columns of one report's row (``to_dict()`` form), in the report's order."""
    out: dict[str, str] = {}
    for key, value in report.items():
        if not isinstance(value, Mapping):
            continue
        if "f1" in value:
            empty = value.get("tp") == value.get("fp") == value.get("fn") == 0
            out[key] = "-" if empty else f"{value['f1']:.3f}"
            continue
        if "accuracy" in value:  # {accuracy, correct, total}: the rate, "-" with no total
            rate = value["accuracy"]
            out[key] = "-" if rate is None else f"{rate:.3f}"
            continue
        for name, rate in value.items():
            if isinstance(rate, float):
                out[f"{key}.{name}"] = f"{rate:.3f}"
    return out


def markdown_summary(reports: Mapping[str, Mapping[str, Any]]) -> str:
    """``{set name: report.to_dict()}`` as a Markdown table (set, articles, one column a figure)."""
    rows = {name: _figures(report) for name, report in reports.items()}
    columns: list[str] = []
    for figures in rows.values():
        columns += [c for c in figures if c not in columns]
    header = ["set", "articles", *columns]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, report in reports.items():
        cells = [name, str(report.get("n_docs", "")), *(rows[name].get(c, "") for c in columns)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
