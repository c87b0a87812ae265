"""Corpus entities: which per-article entities are one across articles, and which never are."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.corpus import link_entities
from pipeline.corpus.names import is_acronym_of, org_key, person_key
from pipeline.credits import is_credit
from pipeline.tables import frame


def _rows(table: str, mentions: list[tuple[str, str, str]], sentence: str = "") -> pd.DataFrame:
    """``(doc_id, text, name)`` mentions as a table of the run."""
    rows = [
        {
            "doc_id": d,
            "start_char": 0,
            "end_char": len(t),
            "sentence": sentence or t,
            "text": t,
            "name": n,
        }
        for d, t, n in mentions
    ]
    return frame(table, rows)


def _entities(orgs=(), people=(), dates=None):  # type: ignore[no-untyped-def]
    tables = {
        "organizations": _rows("organizations", list(orgs)),
        "people": _rows("people", list(people)),
    }
    if dates:
        tables["articles"] = frame("articles", [{"doc_id": d, "date": v} for d, v in dates.items()])
    return link_entities(tables)


def _same(links, type_: str, a: tuple[str, str], b: tuple[str, str]) -> bool:  # type: ignore[no-untyped-def]
    return links.by_group[(type_, *a)] == links.by_group[(type_, *b)]


def test_an_acronym_defined_in_one_article_links_the_bare_acronym_of_another() -> None:
    links = _entities(
        [
            ("a", "Agence nationale des ports fluviaux", "Agence nationale des ports fluviaux"),
            ("a", "ANPF", "Agence nationale des ports fluviaux"),
            ("b", "ANPF", "ANPF"),
        ]
    )
    assert _same(links, "ORG", ("a", "Agence nationale des ports fluviaux"), ("b", "ANPF"))
    row = links.entities.iloc[0]
    assert row["name"] == "Agence nationale des ports fluviaux"
    assert row["aliases"] == "ANPF"
    assert row["n_articles"] == 2 and row["n_mentions"] == 3


def test_an_acronym_with_two_meanings_in_the_corpus_links_nothing() -> None:
    links = _entities(
        [
            ("a", "Agence nationale des ports fluviaux", "Agence nationale des ports fluviaux"),
            ("a", "ANPF", "Agence nationale des ports fluviaux"),
            (
                "b",
                "Association normande des pêcheurs français",
                "Association normande des pêcheurs français",
            ),
            ("b", "ANPF", "Association normande des pêcheurs français"),
            ("c", "ANPF", "ANPF"),
        ]
    )
    assert not _same(
        links,
        "ORG",
        ("a", "Agence nationale des ports fluviaux"),
        ("b", "Association normande des pêcheurs français"),
    )
    assert not _same(links, "ORG", ("c", "ANPF"), ("a", "Agence nationale des ports fluviaux"))
    assert len(links.entities) == 3


def test_gazetteer_names_and_aliases_link_articles() -> None:
    links = _entities(
        [("a", "Banque centrale européenne", "Banque centrale européenne"), ("b", "BCE", "BCE")]
    )
    assert _same(links, "ORG", ("a", "Banque centrale européenne"), ("b", "BCE"))
    assert links.entities.iloc[0]["kind"] == "public_body"


def test_former_names_of_the_gazetteer_link_articles() -> None:
    links = _entities(
        [
            ("a", "GDF Suez", "GDF Suez"),
            ("b", "Engie", "Engie"),
            ("c", "Banque publique d'investissement", "Banque publique d'investissement"),
            ("d", "Bpifrance", "Bpifrance"),
        ]
    )
    assert _same(links, "ORG", ("a", "GDF Suez"), ("b", "Engie"))
    assert _same(links, "ORG", ("c", "Banque publique d'investissement"), ("d", "Bpifrance"))
    assert set(links.entities["name"]) == {"Engie", "Bpifrance"}


def test_legal_suffixes_determiners_and_group_words_are_the_same_company() -> None:
    links = _entities(
        [
            ("a", "Ferronnerie Vallin SA", "Ferronnerie Vallin SA"),
            ("b", "le groupe Ferronnerie Vallin", "le groupe Ferronnerie Vallin"),
            ("c", "Groupe Ferronnerie Vallin", "Groupe Ferronnerie Vallin"),
            ("d", "Ferronnerie Vallin", "Ferronnerie Vallin"),
        ]
    )
    assert links.entities["entity_id"].nunique() == 1
    assert links.entities.iloc[0]["kind"] == "company"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Peugeot", "Peugeot Invest"),
        ("Axa", "Axa IM"),
        ("Banque Populaire", "La Banque Postale"),
        ("Vallin", "Vallin Capital"),
        ("Sogexa", "Sogexa Immobilier"),
    ],
)
def test_companies_that_share_words_are_never_merged(one: str, other: str) -> None:
    links = _entities([("a", one, one), ("b", other, other), ("c", one, one), ("d", other, other)])
    assert links.entities["entity_id"].nunique() == 2
    assert not _same(links, "ORG", ("a", one), ("b", other))
    assert _same(links, "ORG", ("a", one), ("c", one))


def test_a_short_form_inside_one_article_does_not_link_another_company() -> None:
    links = _entities(
        [
            ("a", "Vallin Capital", "Vallin Capital"),
            ("a", "Vallin", "Vallin Capital"),
            ("b", "Vallin", "Vallin"),
        ]
    )
    assert not _same(links, "ORG", ("a", "Vallin Capital"), ("b", "Vallin"))


def test_people_merge_on_the_full_name_never_on_a_surname_alone() -> None:
    links = _entities(
        people=[
            ("a", "Hélène Dartois", "Hélène Dartois"),
            ("a", "Dartois", "Hélène Dartois"),
            ("b", "Helene Dartois", "Helene Dartois"),
            ("c", "Dartois", "Dartois"),
            ("d", "Dartois", "Dartois"),
            ("e", "Paul Dartois", "Paul Dartois"),
        ]
    )
    assert _same(links, "PER", ("a", "Hélène Dartois"), ("b", "Helene Dartois"))
    assert not _same(links, "PER", ("c", "Dartois"), ("d", "Dartois"))
    assert not _same(links, "PER", ("c", "Dartois"), ("a", "Hélène Dartois"))
    assert not _same(links, "PER", ("e", "Paul Dartois"), ("a", "Hélène Dartois"))
    assert set(links.entities["kind"]) == {"person"}


def test_dates_ids_and_annotation() -> None:
    mentions = [
        ("a", "Ferronnerie Vallin", "Ferronnerie Vallin"),
        ("b", "Ferronnerie Vallin SA", "Ferronnerie Vallin SA"),
    ]
    links = _entities(mentions, dates={"a": "2026-03-02", "b": "2025-11-20"})
    row = links.entities.iloc[0]
    assert (row["first_date"], row["last_date"]) == ("2025-11-20", "2026-03-02")
    again = _entities(list(reversed(mentions)))
    assert again.entities.iloc[0]["entity_id"] == row["entity_id"]
    assert row["entity_id"].startswith("org-")
    annotated = links.annotate("organizations", _rows("organizations", mentions))
    assert set(annotated["entity_id"]) == {row["entity_id"]}


def test_speakers_holders_and_counterparts_get_entity_ids() -> None:
    links = _entities(
        [("a", "Ferronnerie Vallin", "Ferronnerie Vallin")],
        [("a", "Hélène Dartois", "Hélène Dartois")],
    )
    quotes = frame(
        "quotes",
        [
            {
                "doc_id": "a",
                "start_char": 0,
                "end_char": 1,
                "quote": "x",
                "speaker": "Hélène Dartois",
                "speaker_type": "person",
            },
            {
                "doc_id": "b",
                "start_char": 0,
                "end_char": 1,
                "quote": "y",
                "speaker": "Inconnu",
                "speaker_type": "person",
            },
        ],
    )
    ids = links.annotate("quotes", quotes)["speaker_entity_id"]
    assert ids.iloc[0] == links.by_group[("PER", "a", "Hélène Dartois")]
    assert pd.isna(ids.iloc[1])
    gazetteer = _entities([("a", "Banque centrale européenne", "Banque centrale européenne")])
    speaker = frame(
        "quotes",
        [
            {
                "doc_id": "z",
                "start_char": 0,
                "end_char": 1,
                "quote": "x",
                "speaker": "BCE",
                "speaker_type": "organization",
            }
        ],
    )
    assert (
        gazetteer.annotate("quotes", speaker)["speaker_entity_id"].iloc[0]
        == (gazetteer.by_group[("ORG", "a", "Banque centrale européenne")])
    )
    amounts = pd.DataFrame(
        {
            "doc_id": ["a", "a"],
            "holder": ["Ferronnerie Vallin", None],
            "counterpart": ["Hélène Dartois", None],
        }
    )
    out = links.annotate("amounts", amounts)
    assert out["holder_entity_id"].iloc[0] == links.by_group[("ORG", "a", "Ferronnerie Vallin")]
    assert out["counterpart_entity_id"].iloc[0].startswith("per-")
    assert out["holder_entity_id"].isna().iloc[1]


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("LILLE, 4 mars (Nordpresse) - La coopérative a signé.", "Nordpresse"),
        ("La coopérative a signé hier. (Nordpresse)", "Nordpresse"),
        ("Photo : Jeanne Martin / Nordpresse", "Nordpresse"),
        ("© Nordpresse", "Nordpresse"),
        ("Rédaction avec Nordpresse.", "Nordpresse"),
        ("La coopérative a signé (avec Nordpresse).", "Nordpresse"),
    ],
)
def test_credits(sentence: str, mention: str) -> None:
    assert is_credit(sentence, mention)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("L'Agence nationale des ports fluviaux (ANPF) a signé.", "ANPF"),
        ("Nordpresse a signé un accord avec Vallin pour dix ans.", "Vallin"),
        ("Selon Nordpresse, la coopérative a signé.", "Nordpresse"),
    ],
)
def test_not_credits(sentence: str, mention: str) -> None:
    assert not is_credit(sentence, mention)


def test_an_organisation_cited_in_credits_is_a_medium() -> None:
    tables = {
        "organizations": pd.concat(
            [
                _rows(
                    "organizations",
                    [("a", "Nordpresse", "Nordpresse")],
                    "LILLE, 4 mars (Nordpresse) - La coopérative a signé.",
                ),
                _rows(
                    "organizations",
                    [("b", "Nordpresse", "Nordpresse")],
                    "Photo : Jeanne Martin / Nordpresse",
                ),
                _rows("organizations", [("b", "AFP", "AFP")], "Selon l'AFP, tout va bien."),
                _rows("organizations", [("b", "Vallin", "Vallin")], "Vallin a signé."),
            ],
            ignore_index=True,
        ),
    }
    kinds = link_entities(tables).entities.set_index("name")["kind"]
    assert kinds["Nordpresse"] == "media"
    assert kinds["Agence France-Presse"] == "media"
    assert pd.isna(kinds["Vallin"])


def test_the_corpus_name_prefers_a_name_without_legal_suffix() -> None:
    links = _entities(
        [
            ("a", "Ferronnerie Vallin SAS", "Ferronnerie Vallin SAS"),
            ("b", "Ferronnerie Vallin SAS", "Ferronnerie Vallin SAS"),
            ("c", "Ferronnerie Vallin", "Ferronnerie Vallin"),
        ]
    )
    assert list(links.entities["name"]) == ["Ferronnerie Vallin"]
    assert list(links.entities["aliases"]) == ["Ferronnerie Vallin SAS"]


def test_keys() -> None:
    legal, prefixes = {"SA", "Group"}, {"Groupe"}
    assert org_key("le groupe Engie", legal, prefixes) == org_key("Engie SA", legal, prefixes)
    assert org_key("L'Oréal", legal, prefixes) == org_key("l’Oréal", legal, prefixes)
    assert org_key("eBay", legal, prefixes) == "ebay"
    assert person_key("Dartois") is None
    assert is_acronym_of("AMF", "Autorité des marchés financiers")
    assert not is_acronym_of("AXA IM", "AXA Investment Managers")
