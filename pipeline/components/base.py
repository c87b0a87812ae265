"""Shared plumbing for the project's rule components.

* :class:`DataComponent` — rule data loaded from ``models/`` (one mapping of files, read by
  :func:`pipeline.resources.load_files`) and saved with the pipeline, so a pipeline written with
  ``nlp.to_disk`` is self-contained;
* :func:`run_guarded` — the one "never crash" wrapper: a rule that fails on one article is
  logged, the component's fallback annotations are written, and the pipeline goes on;
* :func:`doc_text` / :func:`remember_text` — a document's text, built once and shared.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import srsly
from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

from pipeline.resources import load_file, load_files

logger = logging.getLogger(__name__)

#: The text of each live document, built once and shared by every component and the table
#: converter (a document's text never changes; an entry goes away with its document).
_DOC_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document and shared.

    ``Doc.text`` creates a ``Token`` for every word each time it is read (about 1 ms for a
    600-word article, and five readers). This builds the same string from the token table
    once, or takes the one :func:`remember_text` was given when the document was made.
    """
    text = _DOC_TEXTS.get(doc)
    if text is None:
        strings = doc.vocab.strings
        text = "".join(
            [
                strings[orth] + " " if space else strings[orth]
                for orth, space in doc.to_array([ORTH, SPACY]).tolist()
            ]
        )
        _DOC_TEXTS[doc] = text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Record ``text`` as the text of ``doc`` (made from it by the tokenizer, which keeps every
    character), so :func:`doc_text` need not build it."""
    if len(doc) == 0 or doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        _DOC_TEXTS[doc] = text
    return doc


def run_guarded(
    doc: Doc, component: str, work: Callable[[Doc], None], fallback: Callable[[Doc], None]
) -> Doc:
    """``work(doc)``; if a rule raises, log it (naming ``component``) and run ``fallback(doc)``
    instead, so one article's failure never stops a run."""
    try:
        work(doc)
    except Exception:  # a failing rule must never stop the pipeline
        logger.exception(
            "%s failed on a document; its fallback annotations were written", component
        )
        fallback(doc)
    return doc


class DataComponent:
    """A component whose rule data is a JSON-serialisable dict ``self.data``.

    Subclasses fill ``self.data`` in ``__init__`` (from ``models/``) and rebuild whatever they
    derive from it in ``_setup()``, which also runs after ``from_disk``/``from_bytes``.
    """

    name: str
    data: dict[str, Any]
    #: ``{key: "capability/file.ext"}``: the rule data files under ``models/`` (see
    #: :mod:`pipeline.resources`), read into ``self.data`` by :meth:`load_data`
    data_files: Mapping[str, str] = {}

    def load_data(self) -> dict[str, Any]:
        """The rule data as shipped: every file of :attr:`data_files`."""
        return load_files(self.data_files)

    def fill_missing(self) -> None:
        """Give the keys a pipeline saved by an older version lacks the shipped data (an empty
        list where no ``models/`` folder is found either)."""
        for key, path in self.data_files.items():
            if self.data.get(key) is None:
                try:
                    self.data[key] = load_file(path)
                except FileNotFoundError:
                    self.data[key] = []

    def _setup(self) -> None:  # pragma: no cover - overridden
        pass

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(self.data).encode("utf-8")

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> DataComponent:
        self.data = srsly.json_loads(bytes_data.decode("utf-8"))
        self._setup()
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "data.json", self.data)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> DataComponent:
        data_file = Path(path) / "data.json"
        if data_file.exists():
            self.data = srsly.read_json(data_file)
            self._setup()
        return self
