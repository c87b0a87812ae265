"""The page: the template files filled with the report's data, all inline."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.report.data import report_data

TEMPLATES = "templates"


def _template(name: str) -> str:
    return resources.files("pipeline.report").joinpath(TEMPLATES).joinpath(name).read_text("utf-8")


def _json_for_script(data: Any) -> str:
    """JSON safe inside a ``<script>`` element (no ``</script>`` can close it early)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_report(result: Any, title: str | None = None) -> str:
    """The HTML of the report of ``result`` (an :class:`pipeline.ExtractResult`)."""
    title = title or "Extraction report"
    data = report_data(result.tables(), result.entities, title)
    data["generated"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    page = _template("report.html")
    escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for token, value in (  # the title first: no data can then hold a token
        ("{{TITLE}}", escaped),
        ("/*STYLE*/", _template("report.css")),
        ("/*SCRIPT*/", _template("report.js")),
        ("/*DATA*/", _json_for_script(data)),
    ):
        page = page.replace(token, value)
    return page


def write_report(result: Any, path: str | Path, *, title: str | None = None) -> Path:
    """Write the report of ``result`` to ``path`` (one self-contained HTML file)."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(result, title), encoding="utf-8")
    return out
