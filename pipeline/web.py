"""Saved web pages: the article's main text and its metadata, with trafilatura.

trafilatura keeps the main text of a page and drops its furniture (menus, advertisements,
"Lire aussi" links, comments, footers); it also reads the page's title, address and site
name, and its publication date from the page's metadata (``<meta>`` tags, JSON-LD,
``<time>`` elements, the address) with htmldate. The date is never guessed from the body
text nor taken from the day of the run.

>>> page = read_html(b"<html><body><article><p>Le groupe Danone a annonce la cession de "
...     b"sa filiale pour 1,2 milliard d'euros.</p></article></body></html>")
>>> page.text[:17]
'Le groupe Danone '
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class WebPage:
    """What a page gives: its main text and, when the page states them, its metadata."""

    text: str
    title: str | None = None
    url: str | None = None
    site: str | None = None
    date: str | None = None


#: htmldate reads the metadata only (no search through the body text) and the first
#: publication date rather than the last update
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(html: bytes | str) -> WebPage:
    """The main text and metadata of a web page; raises ValueError when the page holds no
    article text (an empty page, a page of links only)."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise ValueError("web page without article text")
    # one line per paragraph, heading or list item: a blank line between them marks the
    # paragraph breaks as in a text article
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return WebPage(
        text="\n\n".join(paragraphs),
        title=_clean(getattr(document, "title", None)),
        url=_clean(getattr(document, "url", None)),
        site=_clean(getattr(document, "sitename", None) or getattr(document, "hostname", None)),
        date=_clean(getattr(document, "date", None)),
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None
