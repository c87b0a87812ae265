"""Access to the rule data under ``models/`` (lexicons, patterns, gazetteers).

The data folder is the top-level ``models/`` directory of the project checkout. It can be
overridden with the ``PIPELINE_MODELS_DIR`` environment variable (e.g. for an installed copy).
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any


def models_dir() -> Path:
    """Folder holding the project's rule data."""
    env = os.environ.get("PIPELINE_MODELS_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "models"


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
