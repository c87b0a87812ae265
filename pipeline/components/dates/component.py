"""The ``fr_dates`` component: rule data in, the finding stages over each article, spans out."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline.extensions  # noqa: F401  (registers span._.date)
from pipeline.components.base import DataComponent, doc_text, run_guarded
from pipeline.components.dates.context import Context
from pipeline.components.dates.cues import Cues
from pipeline.components.dates.find import find_dates
from pipeline.components.dates.lexicon import DATA_FILES, Lexicon
from pipeline.components.dates.patterns import DatePattern, build_patterns
from pipeline.furniture import furniture_lines, in_furniture

#: the span group the dates are written to
SPAN_GROUP = "dates"


class DatesComponent(DataComponent):
    """Writes ``doc.spans["dates"]``: the date expressions of the text, each normalised
    against the article's date in ``span._.date`` (see the package's docstring)."""

    data_files = DATA_FILES
    lexicon: Lexicon
    cues: Cues
    patterns: list[DatePattern]

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.data = self.load_data()
        self._setup()

    def _setup(self) -> None:
        self.fill_missing()  # a pipeline saved by an older version: the shipped data
        self.lexicon = Lexicon.from_data(self.data)
        self.cues = Cues.build(self.lexicon)
        self.patterns = build_patterns(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        return run_guarded(doc, self.name, self.set_dates, self.set_no_dates)

    def find_dates(self, doc: Doc) -> list[Span]:
        """The dates of ``doc``, found afresh (a new :class:`Context` for each document); none
        on a line of page furniture (a "Lire aussi" headline, a ticker, a menu)."""
        text = doc_text(doc)
        furniture = furniture_lines(text)
        dates = find_dates(self.patterns, Context(doc, self.lexicon, self.cues, text))
        return [d for d in dates if not in_furniture(furniture, d.start_char)]

    def set_dates(self, doc: Doc) -> None:
        doc.spans[SPAN_GROUP] = self.find_dates(doc)

    @staticmethod
    def set_no_dates(doc: Doc) -> None:
        doc.spans[SPAN_GROUP] = []
