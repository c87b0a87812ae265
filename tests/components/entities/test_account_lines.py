"""Wire briefs write the lines of a company's accounts with capitals (``L'EBITDA Groupe
s'établit à…``, ``Le Résultat Net Part du Groupe ressort à…``): no organisation there
(``models/entities/line_items.txt``); and a role written before a name keeps its adjectives and
portfolio (``le ministre wallon de l'Economie, Paul Lemaire``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs, roles

BRIEF = (
    "Vestal Group : le résultat progresse\n"
    "Le chiffre d'affaires consolidé de Vestal Group atteint 1,9 MdsE en 2025. "
    "L'EBITDA Groupe s'établit à 212 ME, en hausse de 3 %. "
    "Le Résultat Net Part du Groupe ressort à 88 ME contre 71 ME. "
    "Le BNPA normalisé dilué est de 1,35 euro. "
    "Le Groupe confirme viser une croissance de son Chiffre d'Affaires en 2026."
)


def test_account_lines_are_no_organisations(nlp: Language) -> None:
    found = orgs(nlp(BRIEF))
    assert "Vestal Group" in found
    for line in ("L'EBITDA Groupe", "EBITDA Groupe", "Résultat Net Part du Groupe", "BNPA"):
        assert line not in found
    assert "Groupe" not in found


def test_canadian_account_lines_are_no_organisations(nlp: Language) -> None:
    # Canadian releases write EBITDA and EBIT in French: BAIIA, BAII
    found = orgs(
        nlp("Le BAIIA ajusté de Boréalis Télécom s'est établi à 488 M$. Le BAII a reculé.")
    )
    assert "Boréalis Télécom" in found
    assert not {"BAIIA", "BAII"} & found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a gazetteer name or a company whose name holds a capitalised common word stays
        ("Le Groupe SEB a publié ses comptes annuels.", "Groupe SEB"),
        ("La Caisse des dépôts a publié son résultat net.", "Caisse des dépôts"),
    ],
)  # fmt: skip
def test_companies_stay(nlp: Language, text: str, name: str) -> None:
    assert name in orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Le ministre de l'Economie, Paul Lemaire, a annoncé un prêt.", "Paul Lemaire",
         "ministre"),
        ("Un prêt a été annoncé lundi par le ministre wallon de l'Economie, Paul Lemaire.",
         "Paul Lemaire", "ministre wallon"),
        ("La ministre française de l'Industrie, Anne Dufour, a visité le site.", "Anne Dufour",
         "ministre française"),
        ("Le ministre wallon Paul Lemaire a annoncé un prêt.", "Paul Lemaire",
         "ministre wallon"),
        ("Le prêt a été annoncé par le ministre de l'Economie Paul Lemaire.", "Paul Lemaire",
         "ministre"),
        ("Le ministre flamand de l'Emploi, Jan Peeters, a réagi.", "Jan Peeters",
         "ministre flamand"),
        # an ordinal or "nouveau" before the role; a name in the West African order
        ("Le premier vice-président de l'Anaproci, Tapé Do Lucien a reconnu les faits.",
         "Tapé Do Lucien", "vice-président"),
        # a listed role continued by "et de …"
        ("Le ministre du Travail et de l'Emploi, Jan Peeters, a réagi.", "Jan Peeters",
         "ministre du Travail"),
    ],
)  # fmt: skip
def test_role_before_the_name(nlp: Language, text: str, person: str, role: str) -> None:
    assert roles(nlp(text))[person][0] == role
