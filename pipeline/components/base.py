"""Shared plumbing for the project's rule components: data loaded from ``models/`` and saved with
the pipeline, so a pipeline written with ``nlp.to_disk`` is self-contained."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly


class DataComponent:
    """A component whose rule data is a JSON-serialisable dict ``self.data``.

    Subclasses fill ``self.data`` in ``__init__`` (from ``models/``) and rebuild whatever they
    derive from it in ``_setup()``, which also runs after ``from_disk``/``from_bytes``.
    """

    name: str
    data: dict[str, Any]

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
