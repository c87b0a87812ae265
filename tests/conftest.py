"""Shared fixtures: the French pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from pipeline.nlp import default_nlp

    return default_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout (the reference article and the peers' cases)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: text we did not write is read from ../shared only")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_dir: Path) -> str:
    return (shared_dir / "seed" / "musk-openai.txt").read_text(encoding="utf-8")
