"""A small hand-made run for the report tests (no model): three articles of our own with
organisations, a person, quotes, dates and amounts carrying the fact columns of FACTS.md."""

from __future__ import annotations

import pandas as pd

from pipeline.result import ExtractResult
from pipeline.tables import frame

TEXTS = {
    "a1": "LILLE, 4 mars (Nordpresse) - Ferronnerie Vallin rachète Sogexa pour 12 millions "
    "d'euros. « Nous grandissons », a déclaré Hélène Dartois le 3 mars.",
    "a2": "Le groupe Ferronnerie Vallin a publié un bénéfice de 3 millions d'euros en 2025. "
    "L'Autorité des marchés financiers (AMF) a infligé une amende de 2 millions d'euros "
    "à Sogexa.",
    "a3": "L'AMF enquête. Photo : Jeanne Martin / Nordpresse",
}


def _mention(doc: str, text: str, start_at: int = 0) -> dict[str, object]:
    body = TEXTS[doc]
    start = body.index(text, start_at)
    ends = [i + 1 for i, c in enumerate(body) if c in ".»" and i >= start + len(text)]
    first = max(body.rfind(". ", 0, start) + 2, 0) if body.rfind(". ", 0, start) >= 0 else 0
    return {
        "doc_id": doc,
        "start_char": start,
        "end_char": start + len(text),
        "sentence": body[first : (ends[0] if ends else len(body))],
    }


def _org(doc: str, text: str, name: str | None = None) -> dict[str, object]:
    return {**_mention(doc, text), "text": text, "name": name or text}


def _amount(doc: str, text: str, value: float, measure: str, holder: str, counterpart: str | None):
    return {
        **_mention(doc, text),
        "text": text,
        "value": value,
        "currency": "EUR",
        "measure": measure,
        "holder": holder,
        "counterpart": counterpart,
        "period": None,
        "value_eur": value,
    }


def sample_result() -> ExtractResult:
    articles = frame(
        "articles",
        [
            {"doc_id": d, "date": f"2026-0{i + 1}-15", "n_chars": len(t), "status": "ok"}
            for i, (d, t) in enumerate(TEXTS.items())
        ],
    )
    organizations = frame(
        "organizations",
        [
            _org("a1", "Nordpresse"),
            _org("a1", "Ferronnerie Vallin"),
            _org("a1", "Sogexa"),
            _org("a2", "groupe Ferronnerie Vallin", "Ferronnerie Vallin"),
            _org("a2", "Sogexa"),
            _org("a2", "Autorité des marchés financiers"),
            _org("a2", "AMF", "Autorité des marchés financiers"),
            _org("a3", "AMF"),
            _org("a3", "Nordpresse"),
        ],
    )
    people = frame("people", [{**_org("a1", "Hélène Dartois"), "role": "PDG"}])
    quotes = frame(
        "quotes",
        [
            {
                **_mention("a1", "« Nous grandissons »"),
                "quote": "Nous grandissons",
                "kind": "direct",
                "speaker": "Hélène Dartois",
                "speaker_type": "person",
                "cue": "déclarer",
            }
        ],
    )
    dates = frame(
        "dates",
        [
            {
                **_mention("a1", "le 3 mars"),
                "text": "le 3 mars",
                "value": "2026-03-03",
                "granularity": "day",
            },
            {
                **_mention("a2", "en 2025"),
                "text": "en 2025",
                "value": "2025",
                "granularity": "year",
            },
        ],
    )
    amounts = pd.DataFrame(
        [
            _amount("a1", "12 millions d'euros", 12e6, "price", "Ferronnerie Vallin", "Sogexa"),
            _amount("a2", "3 millions d'euros", 3e6, "profit", "Ferronnerie Vallin", None),
            _amount(
                "a2", "2 millions d'euros", 2e6, "fine", "Sogexa", "Autorité des marchés financiers"
            ),
        ]
    )
    return ExtractResult(
        articles=articles,
        amounts=amounts,
        organizations=organizations,
        people=people,
        quotes=quotes,
        dates=dates,
    )
