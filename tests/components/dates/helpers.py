"""What the ``fr_dates`` tests share: the article's date of the cases and how a sentence is run.

Unless a case says otherwise, the article is dated Wednesday 12 February 2025.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

ARTICLE = "2025-02-12"


def run(nlp: Language, text: str, article_date: str | None = ARTICLE) -> Doc:
    """``text`` through ``nlp``, dated ``article_date``."""
    doc = nlp.make_doc(text)
    doc._.article_date = article_date
    return nlp(doc)


def dates(nlp: Language, text: str, article_date: str | None = ARTICLE) -> list[tuple]:
    """The dates found in ``text``: ``(text, value, value_end, granularity)`` each."""
    doc = run(nlp, text, article_date)
    return [
        (s.text, s._.date["value"], s._.date["value_end"], s._.date["granularity"])
        for s in doc.spans["dates"]
    ]
