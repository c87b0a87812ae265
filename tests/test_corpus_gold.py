"""Consistency of the gold corpora: ``corpus/articles/*.txt`` with ``corpus/gold.jsonl``
(development), ``corpus/validation*/*.txt`` with ``corpus/validation*_gold.jsonl`` (validation
sets) and ``corpus/test/*.txt`` with ``corpus/test_gold.jsonl`` (test).

No spaCy here: these tests only check that the gold annotations agree with the article files and
follow the conventions written in ``corpus/README.md``. Every gold file gets the same checks.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from pipeline.evaluate.gold import GOLD_LIST_KEYS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ARTICLES = CORPUS / "articles"
GOLD = CORPUS / "gold.jsonl"
VALIDATION_ARTICLES = CORPUS / "validation"
VALIDATION_GOLD = CORPUS / "validation_gold.jsonl"
TEST_ARTICLES = CORPUS / "test"
TEST_GOLD = CORPUS / "test_gold.jsonl"


class GoldSet(NamedTuple):
    gold: Path
    articles: Path
    size: int
    #: How many articles start with a ``Publié le …`` line.
    dated: int


GOLD_SETS = {
    "development": GoldSet(GOLD, ARTICLES, size=20, dated=2),
    "validation": GoldSet(VALIDATION_GOLD, VALIDATION_ARTICLES, size=16, dated=0),
    "test": GoldSet(TEST_GOLD, TEST_ARTICLES, size=16, dated=1),
    "validation2": GoldSet(CORPUS / "validation2_gold.jsonl", CORPUS / "validation2", 10, 1),
    "validation3": GoldSet(CORPUS / "validation3_gold.jsonl", CORPUS / "validation3", 10, 1),
    "validation4": GoldSet(CORPUS / "validation4_gold.jsonl", CORPUS / "validation4", 10, 1),
    "validation5": GoldSet(CORPUS / "validation5_gold.jsonl", CORPUS / "validation5", 10, 1),
    "validation6": GoldSet(CORPUS / "validation6_gold.jsonl", CORPUS / "validation6", 10, 1),
    "validation7": GoldSet(CORPUS / "validation7_gold.jsonl", CORPUS / "validation7", 10, 1),
    "validation8": GoldSet(CORPUS / "validation8_gold.jsonl", CORPUS / "validation8", 10, 1),
    "validation9": GoldSet(CORPUS / "validation9_gold.jsonl", CORPUS / "validation9", 9, 1),
    "validation10": GoldSet(CORPUS / "validation10_gold.jsonl", CORPUS / "validation10", 5, 0),
    "validation11": GoldSet(CORPUS / "validation11_gold.jsonl", CORPUS / "validation11", 10, 0),
    "validation12": GoldSet(CORPUS / "validation12_gold.jsonl", CORPUS / "validation12", 10, 0),
    "validation13": GoldSet(CORPUS / "validation13_gold.jsonl", CORPUS / "validation13", 10, 1),
    "validation14": GoldSet(CORPUS / "validation14_gold.jsonl", CORPUS / "validation14", 10, 1),
    "validation15": GoldSet(CORPUS / "validation15_gold.jsonl", CORPUS / "validation15", 10, 1),
    "validation16": GoldSet(CORPUS / "validation16_gold.jsonl", CORPUS / "validation16", 10, 1),
}

#: Interrupted quotes are written as their parts joined by this separator.
QUOTE_PART_SEPARATOR = " … "

#: The list fields of a gold record, as the evaluation reads them.
LIST_KEYS = GOLD_LIST_KEYS
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
#: The fact keys an amount carries (``FACTS.md``), all four or none.
FACT_KEYS = {"measure", "holder", "counterpart", "period"}
MEASURES = {
    "price", "valuation", "revenue", "profit", "loss", "funding", "investment", "fine", "debt",
    "aid", "dividend", "share_price", "pay", "order", "cost", "budget", "other",
}  # fmt: skip
#: A year, half, quarter or month (``2024-H1``), or a span of years such as an exercise
#: straddling two years (``2024/2025``, the ISO 8601 interval form).
PERIOD = re.compile(r"^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$|^\d{4}/\d{4}$")
_FOLD = str.maketrans({"\u2019": "'", "\u00a0": " ", "\u202f": " "})


def fold(text: str) -> str:
    """Typographic apostrophes and no-break spaces made plain, nothing else."""
    return text.translate(_FOLD)


def occurs(fragment: str, text: str) -> bool:
    return bool(fragment) and fold(fragment) in fold(text)


def quote_occurs(quote: str, text: str) -> bool:
    """Every part of ``quote`` occurs in ``text``, in order (an uninterrupted quote: one part)."""
    folded = fold(text)
    position = 0
    for part in fold(quote).split(QUOTE_PART_SEPARATOR):
        found = folded.find(part, position) if part else -1
        if found < 0:
            return False
        position = found + len(part)
    return True


def enclosed_in_quote_marks(quote: str) -> bool:
    """The quote keeps its own marks, or leaves an embedded quotation unbalanced."""
    balanced = (
        quote.count("«") == quote.count("»")
        and quote.count("“") == quote.count("”")
        and quote.count('"') % 2 == 0
    )
    return not balanced or (quote[0] in '«“"' and quote[-1] in '»”"')


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


DOCS_BY_SET = {name: _load(gold_set.gold) for name, gold_set in GOLD_SETS.items()}
#: Every article of every gold file, keyed ``set/id``.
BY_KEY = {f"{name}/{doc['id']}": (name, doc) for name, docs in DOCS_BY_SET.items() for doc in docs}


def _entities(doc: dict[str, Any], *keys: str) -> list[dict[str, Any]]:
    return [entity for key in keys for entity in doc[key]]


@pytest.fixture(params=sorted(BY_KEY), ids=str)
def entry(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    return BY_KEY[request.param]


@pytest.fixture
def doc(entry: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    return entry[1]


# ------------------------------------------------------------------------ each corpus as a whole


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_ids_are_unique_and_match_the_article_files(name: str) -> None:
    ids = [doc["id"] for doc in DOCS_BY_SET[name]]
    assert len(ids) == len(set(ids)), f"duplicate ids in {GOLD_SETS[name].gold.name}"
    stems = sorted(path.stem for path in GOLD_SETS[name].articles.glob("*.txt"))
    assert sorted(ids) == stems


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_corpus_size_and_publication_lines(name: str) -> None:
    docs = DOCS_BY_SET[name]
    assert len(docs) == GOLD_SETS[name].size
    dated = [doc["id"] for doc in docs if doc["text"].startswith("Publié le ")]
    assert len(dated) == GOLD_SETS[name].dated, dated


def test_helpers_reject_what_is_not_in_the_text() -> None:
    text = "« Nous restons prudents, estime Mme Durand. La suite dépendra des taux. »"
    assert quote_occurs("Nous restons prudents … La suite dépendra des taux.", text)
    assert not quote_occurs("La suite dépendra des taux. … Nous restons prudents", text)
    assert not quote_occurs("Nous restons très prudents", text)
    assert occurs("l'entreprise", "l’entreprise") and not occurs("Durant", text)
    assert enclosed_in_quote_marks("« Nous restons prudents »")
    assert enclosed_in_quote_marks("il jugeait l'offre « sérieuse")
    assert not enclosed_in_quote_marks("il jugeait l'offre « sérieuse »")


# ------------------------------------------------------------------------ one article


def test_text_is_the_article_file(entry: tuple[str, dict[str, Any]]) -> None:
    name, doc = entry
    path = GOLD_SETS[name].articles / f"{doc['id']}.txt"
    assert path.read_bytes().decode("utf-8") == doc["text"]


def test_keys_and_types(doc: dict[str, Any]) -> None:
    assert isinstance(doc["id"], str) and isinstance(doc["text"], str)
    for key in LIST_KEYS:
        assert isinstance(doc.get(key), list), key
    published = date.fromisoformat(doc["date"])
    assert doc["id"].startswith(published.isoformat() + "-")
    assert 120 <= len(doc["text"].split()) <= 300


def test_amounts(doc: dict[str, Any]) -> None:
    for amount in doc["amounts"]:
        assert set(amount) in ({"value", "currency"}, {"value", "currency"} | FACT_KEYS), amount
        assert type(amount["value"]) is float and amount["value"] > 0, amount
        currency = amount["currency"]
        assert currency is None or CURRENCY.match(currency), amount


def test_amount_facts(doc: dict[str, Any]) -> None:
    names = {entity["name"] for entity in _entities(doc, "organizations", "people")}
    for amount in doc["amounts"]:
        if "measure" not in amount:
            continue
        assert amount["measure"] in MEASURES, amount
        for party in ("holder", "counterpart"):
            assert amount[party] is None or amount[party] in names, amount
        assert amount["period"] is None or PERIOD.match(amount["period"]), amount


def test_entities_are_written_in_the_text(doc: dict[str, Any]) -> None:
    keys = ("organizations", "organizations_optional", "people", "people_optional")
    seen: set[str] = set()
    for entity in _entities(doc, *keys):
        assert isinstance(entity["name"], str) and isinstance(entity["aliases"], list), entity
        assert isinstance(entity.get("role", ""), str), entity
        forms = [entity["name"], *entity["aliases"]]
        assert len(forms) == len(set(forms)), f"alias repeats the name: {entity}"
        for form in forms:
            assert occurs(form, doc["text"]), f"{form!r} is not in the text"
            assert not form.startswith(("M. ", "Mme ", "Me ")), f"honorific in {form!r}"
            assert form not in seen, f"{form!r} names two entities"
            seen.add(form)


def test_quotes(doc: dict[str, Any]) -> None:
    speakers = {
        entity["name"]
        for entity in _entities(
            doc, "organizations", "organizations_optional", "people", "people_optional"
        )
    }
    for quote in doc["quotes"] + doc["quotes_optional"]:
        assert set(quote) == {"text", "speaker", "kind"}, quote
        assert quote["kind"] in {"direct", "indirect"}, quote
        text = quote["text"]
        assert text == text.strip() and not enclosed_in_quote_marks(text), quote
        assert quote_occurs(text, doc["text"]), f"quote not in the text: {text!r}"
        assert quote["speaker"] is None or quote["speaker"] in speakers, quote


def test_dates(doc: dict[str, Any]) -> None:
    for item in doc["dates"]:
        assert occurs(item["text"], doc["text"]), item
        assert ISO_DATE.match(item["value"]), item
        end = item.get("value_end")
        if end is not None:
            assert ISO_DATE.match(end) and len(end) == len(item["value"]), item
            assert end >= item["value"], item
