"""How texts are compared: folded (no case, no accents, straight apostrophes, single spaces)."""

from __future__ import annotations

import pandas as pd

from pipeline.evaluate import fold


def test_fold() -> None:
    assert (
        fold("  L’Autorité\u00a0des  Marchés\u202fFinanciers ")
        == "l'autorite des marches financiers"
    )
    assert fold("ʼ‘`") == "'''"
    assert fold(None) == "" and fold(pd.NA) == "" and fold(float("nan")) == ""
