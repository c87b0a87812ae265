"""The report in a real browser: headless Chromium (Debian's ``chromium``) driven by
playwright, with no network. No console error; a filter changes the rows; a screenshot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.report.sample import sample_result

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="chromium is absent (apt-get install -y chromium)"
)


def _rows(page, section: str) -> int:  # type: ignore[no-untyped-def]
    return int(page.get_attribute(f"#{section} .pager .count", "data-rows"))


def test_report_in_headless_chromium(tmp_path: Path) -> None:
    report = sample_result().to_html(tmp_path / "report.html")
    errors: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(report.as_uri())
        page.wait_for_selector("#articles .article")

        assert _rows(page, "facts") == 3
        page.select_option("#facts select[data-filter=measure]", "price")
        assert _rows(page, "facts") == 1
        assert "12 millions" in page.inner_text("#facts tbody")

        shown = _rows(page, "entities")  # media apart by default
        assert "Nordpresse" not in page.inner_text("#entities tbody")
        page.select_option("#entities select[data-filter=kind]", "")
        assert _rows(page, "entities") == shown + 1

        page.click("#entities th[data-key=n_mentions]")
        assert page.is_visible("#entities th.sorted-desc")
        marks = page.eval_on_selector_all(
            "#articles-list mark.org", "ns => ns.map(n => n.textContent)"
        )
        assert "Ferronnerie Vallin" in marks
        assert page.locator("#articles-list mark.amount").count() >= 1
        assert page.locator("#articles-list mark.quote").count() >= 1
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        browser.close()
    assert not errors, errors
    assert all(url.startswith("file:") for url in requests), requests
    assert (tmp_path / "report.png").stat().st_size > 1000
