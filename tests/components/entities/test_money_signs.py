"""Wire abbreviations of amounts are no organisations: the Tunisian ``MD`` (millions of
dinars), ``MDT``, the Moroccan ``MDH``, the ``ME`` of French wires, ``mio CHF`` — with their
number (``2.310,5 MD``) or alone in brackets (``(MD)``). The signs are read from the amounts
component's data (``models/amounts/currencies.tsv``, ``scales.tsv``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs


@pytest.mark.parametrize(
    ("text", "name", "sign"),
    [
        ("Le chiffre d'affaires de Sotravex a atteint 2.310,5 MD en 2024, contre 1.980 MD.",
         "Sotravex", "2.310,5 MD"),
        ("La Banque Zitouna a réalisé un bénéfice de 61,2 millions de dinars (MD) en 2024.",
         "Banque Zitouna", "MD"),
        ("Le groupe Holdimar a levé 450 MDH auprès de la CDG pour son usine de Kénitra.",
         "Holdimar", "450 MDH"),
        ("Le résultat net de Vexalis ressort à 874 ME, selon la société.", "Vexalis", "874 ME"),
        ("Le port de Radès a investi 35,6 MDT dans la Société Tunisienne de Manutention.",
         "Société Tunisienne de Manutention", "35,6 MDT"),
    ],
)  # fmt: skip
def test_amounts_are_no_names(nlp: Language, text: str, name: str, sign: str) -> None:
    found = orgs(nlp(text))
    assert sign not in found
    assert not any(f.endswith((" MD", " MDH", " ME", " MDT")) or f == "MD" for f in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a long form cut by the model before "de l'" / "des", its short name in brackets
        ("Sfax, 3 juin (TAP) - La Compagnie Tunisienne de l'Électricité (Cotelec) a publié"
         " un bénéfice de 12,5 MD en 2024.", "Compagnie Tunisienne de l'Électricité"),
        ("Dakar (APS) - La Société Nationale des Eaux (Sonaeau) a annoncé un plan"
         " d'investissement de 40 milliards de FCFA.", "Société Nationale des Eaux"),
    ],
)  # fmt: skip
def test_long_form_before_its_bracket_is_whole(nlp: Language, text: str, name: str) -> None:
    assert name in orgs(nlp(text))


def test_a_share_noun_names_a_demonym_company(nlp: Language) -> None:
    found = orgs(nlp("A la Bourse de Zurich, l'action Zurichoise cédait 1,2% à 88,40 CHF."))
    assert "Zurichoise" in found


def test_a_headline_subject_written_again_in_the_body(nlp: Language) -> None:
    text = (
        "Genevoise: recul du bénéfice au premier semestre\n\n"
        "Genève (awp) - La Genevoise a dégagé un bénéfice net de 45,2 mio CHF, en recul de 8%. "
        "La Genevoise maintient ses objectifs pour l'exercice."
    )
    assert "Genevoise" in orgs(nlp(text))


def test_a_people_in_a_headline_stays_no_company(nlp: Language) -> None:
    text = (
        "Genevois: la hausse des loyers inquiète\n\n"
        "Genève (ats) - Les Genevois paient des loyers toujours plus élevés, selon une étude."
    )
    assert "Genevois" not in orgs(nlp(text))
