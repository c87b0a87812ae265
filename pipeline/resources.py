"""Access to the rule data under ``models/`` (lexicons, patterns, gazetteers): the one loader.

A file's ending says how it is read (:func:`load_file`): ``.txt`` one entry a line, ``.tsv``
tab-separated columns, ``.json`` a JSON document, ``.jsonl`` one JSON value a line; blank lines
and ``#`` comments are skipped in all but ``.json``. A component names its files in a mapping
``{key: "capability/file.ext"}`` and reads them all with :func:`load_files`.

The data folder is the top-level ``models/`` directory of the project checkout; an installed
(non-editable) copy carries it as ``pipeline/models`` (``setup.py`` copies it into the wheel). It
can be overridden with the ``PIPELINE_MODELS_DIR`` environment variable.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any


def models_dir() -> Path:
    """Folder holding the project's rule data."""
    env = os.environ.get("PIPELINE_MODELS_DIR")
    if env:
        return Path(env)
    package = Path(__file__).resolve().parent
    installed = package / "models"
    return installed if installed.is_dir() else package.parent / "models"


@cache
def _read_text(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def data_path(relpath: str) -> Path:
    path = models_dir() / relpath
    if not path.exists():
        raise FileNotFoundError(f"rule data file not found: {path}")
    return path


def load_json(relpath: str) -> Any:
    """Parse a JSON file of ``models/``."""
    return json.loads(_read_text(str(data_path(relpath))))


def load_jsonl(relpath: str) -> list[Any]:
    """Parse a JSON Lines file of ``models/`` (blank lines and ``#`` comments skipped)."""
    out = []
    for line in _read_text(str(data_path(relpath))).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(json.loads(line))
    return out


def load_lines(relpath: str) -> list[str]:
    """Read a one-entry-per-line lexicon (blank lines and ``#`` comments skipped)."""
    out = []
    for line in _read_text(str(data_path(relpath))).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def load_tsv(relpath: str) -> list[list[str]]:
    """Read a tab-separated lexicon: the columns of each line :func:`load_lines` keeps."""
    return [line.split("\t") for line in load_lines(relpath)]


_READERS = {".txt": load_lines, ".tsv": load_tsv, ".json": load_json, ".jsonl": load_jsonl}


def load_file(relpath: str) -> Any:
    """Read a file of ``models/`` the way its ending says (see the module's docstring)."""
    suffix = Path(relpath).suffix
    if suffix not in _READERS:
        raise ValueError(f"rule data file of an unknown kind: {relpath}")
    return _READERS[suffix](relpath)


def load_files(files: Mapping[str, str]) -> dict[str, Any]:
    """``{key: load_file(path)}`` for a component's mapping of rule data files."""
    return {key: load_file(path) for key, path in files.items()}
