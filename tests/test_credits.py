"""``pipeline.credits``: the agency of a dateline, a byline or a photo credit, by its place in
its line."""

from __future__ import annotations

import pytest

from pipeline.credits import credited_at


@pytest.mark.parametrize(
    ("text", "name", "credited"),
    [
        ("(CercleFinance.com) - Le chiffre d'affaires du groupe progresse.",
         "CercleFinance.com", True),
        ("PARIS, 3 mars (AFP) - La banque a publié ses comptes.", "AFP", True),
        ("Photo : Jeanne Martin / Reuters\nLa banque a publié ses comptes.", "Reuters", True),
        ("La banque a publié ses comptes (avec Belga).", "Belga", True),
        ("Reuters a révélé l'accord (selon nos informations) mardi.", "Reuters", False),
        ("Le groupe Vestal (Paris) - un fabricant de meubles - recrute.", "Vestal", False),
    ],
)  # fmt: skip
def test_credited_at(text: str, name: str, credited: bool) -> None:
    start = text.index(name)
    assert credited_at(text, start, start + len(name)) is credited
