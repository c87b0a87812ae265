"""The ``fr_amounts`` component: rule data in, the passes over each article, spans out."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.amounts.article_currency import resolve_article_currencies
from pipeline.components.amounts.context import context_currency
from pipeline.components.amounts.currencies import attach_currencies
from pipeline.components.amounts.document import Article
from pipeline.components.amounts.grammar import AmountRules, build_rules
from pipeline.components.amounts.lexicon import DATA_FILES, lexicon_records
from pipeline.components.amounts.neighbours import carry_back, share_previous_currency
from pipeline.components.amounts.pairs import pair_neighbours
from pipeline.components.amounts.per_unit import per_unit_prices
from pipeline.components.amounts.qualifiers import drop_negated_one, qualify
from pipeline.components.amounts.quantities import find_quantities
from pipeline.components.amounts.spans import SPAN_GROUP, amount_spans
from pipeline.components.amounts.values import Amount
from pipeline.components.base import DataComponent, doc_text, run_guarded
from pipeline.furniture import furniture_lines, in_furniture


def find_amounts(article: Article) -> list[Amount]:
    """The amounts of one article: the passes of the package, in order."""
    items = attach_currencies(article, find_quantities(article))  # 1. quantities, 2. currencies
    items = pair_neighbours(article, items)  # 3. ranges and pairs
    carry_back(article, items)  # 4. a currency carried back…
    amounts = share_previous_currency(article, items)  # …or forward (ellipsis)
    qualify(article, amounts)  # 5. qualifiers
    amounts = drop_negated_one(article, amounts)
    amounts = resolve_article_currencies(article, amounts)  # 6. which dollar
    leftovers = [it for it in items if it.bare]
    found = context_currency(article, leftovers, amounts)  # 7. context currency
    taken = {a.start for a in found}
    rest = [it for it in leftovers if it.start not in taken]
    found += per_unit_prices(article, rest, amounts + found)  # 8. per-unit prices
    if found:
        qualify(article, found)
        amounts = sorted(amounts + found, key=lambda a: a.start)
    furniture = furniture_lines(article.text)  # a ticker line of the page is no amount
    amounts = [a for a in amounts if not in_furniture(furniture, a.start)]
    # "plusieurs centaines de millions d'euros" gives no figure: it stays an amount with no
    # value and the qualifier approx, as the money issue asks (it passes on no currency)
    return amounts


class AmountsComponent(DataComponent):
    """Writes ``doc.spans["amounts"]``: every monetary amount of the text, normalised."""

    data_files = DATA_FILES
    rules: AmountRules

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.data = lexicon_records(self.load_data())
        self._setup()

    def _setup(self) -> None:
        self.fill_missing()  # a pipeline saved by an older version: the shipped data
        self.data = lexicon_records(self.data)
        self.rules = build_rules(self.data)

    def __call__(self, doc: Doc) -> Doc:
        return run_guarded(doc, self.name, self.set_amounts, self.set_no_amounts)

    def find_amounts(self, doc: Doc) -> list[Amount]:
        """The amounts of ``doc``, found afresh (a new :class:`Article` for each document)."""
        text = doc_text(doc)  # built once, shared with the other components
        if not text.strip():
            return []
        return find_amounts(Article(doc, text, self.rules))

    def set_amounts(self, doc: Doc) -> None:
        doc.spans[SPAN_GROUP] = amount_spans(doc, self.find_amounts(doc))

    @staticmethod
    def set_no_amounts(doc: Doc) -> None:
        doc.spans[SPAN_GROUP] = []
