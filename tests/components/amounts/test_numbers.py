"""fr_amounts: numbers as written (digits, words, scales, approximate nouns), read exactly.

Each case is a French sentence with the amounts expected in it, written next to it as
``(value, currency, value_max, qualifier)``; the order is the order in the text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.components.amounts import parse_digits, parse_words
from tests.components.amounts.helpers import NBSP, NNBSP, Expected, amounts, same

NUMBERS: list[tuple[str, list[Expected]]] = [
    # numbers: French decimals and thousands
    ("une offre de 97,4 milliards de dollars", [(97.4e9, "USD", None, None)]),
    ("un chiffre d'affaires de 4 300 euros", [(4300.0, "EUR", None, None)]),
    (f"un chiffre d'affaires de 4{NBSP}300{NBSP}€", [(4300.0, "EUR", None, None)]),
    (f"un loyer de 4{NNBSP}300{NNBSP}€ par mois", [(4300.0, "EUR", None, None)]),
    ("des ventes de 5.385 millions d'euros", [(5385e6, "EUR", None, None)]),
    ("une valorisation de 288.607.076 €", [(288607076.0, "EUR", None, None)]),
    ("un bénéfice de 1 234 567,89 euros", [(1234567.89, "EUR", None, None)]),
    # a signed figure is recorded by its absolute value (GOLD_FORMAT.md): the loss is the sign
    ("une perte nette de -3,2 M€", [(3.2e6, "EUR", None, None)]),
    ("un dividende de 0,5 euro par action", [(0.5, "EUR", None, None)]),
    # scale words and abbreviations
    ("une levée de 200 mille euros", [(200e3, "EUR", None, None)]),
    ("une amende de 3 millions d’euros", [(3e6, "EUR", None, None)]),
    ("une dette de 2 billions de yens", [(2e12, "JPY", None, None)]),
    ("un budget de 50 k€", [(50e3, "EUR", None, None)]),
    ("un budget de 50 K€", [(50e3, "EUR", None, None)]),
    ("un contrat de 12M€", [(12e6, "EUR", None, None)]),
    ("un contrat de 5 M€", [(5e6, "EUR", None, None)]),
    ("une acquisition de 1,5Md€", [(1.5e9, "EUR", None, None)]),
    ("une acquisition de 2 Mds€", [(2e9, "EUR", None, None)]),
    ("une acquisition de 3 Mrd€", [(3e9, "EUR", None, None)]),
    ("un tour de table de 40 M$", [(40e6, "USD", None, None)]),
    ("une offre de 3 Md$", [(3e9, "USD", None, None)]),
    ("un financement de 10 m€", [(10e6, "EUR", None, None)]),
    ("une enveloppe de 5 Mds d'euros", [(5e9, "EUR", None, None)]),
    ("un chiffre d'affaires de 1 milliard 200 millions d'euros", [(1.2e9, "EUR", None, None)]),
    # written-out numbers and fractions
    ("un plan de cent millions d'euros", [(100e6, "EUR", None, None)]),
    ("une offre d'un demi-milliard d'euros", [(0.5e9, "EUR", None, None)]),
    ("une dette de deux milliards et demi de dollars", [(2.5e9, "USD", None, None)]),
    ("le prix symbolique d'un euro", [(1.0, "EUR", None, None)]),
    ("ils ont reçu cinq millions de yens", [(5e6, "JPY", None, None)]),
    ("un coût de quatre-vingt-dix euros", [(90.0, "EUR", None, None)]),
    # no figure: an amount with no value, qualified approx
    ("quelques centaines de millions d'euros", [(None, "EUR", None, "approx")]),
    ("une dizaine de millions d'euros", [(10e6, "EUR", None, "approx")]),
    ("une centaine d'euros", [(100.0, "EUR", None, "approx")]),
    ("plusieurs milliards de dollars", [(None, "USD", None, "approx")]),
    ("des dizaines de millions d'euros", [(None, "EUR", None, "approx")]),
    # Les Echos, regional press: thousands and abbreviations
    ("Un vélo électrique à 1.000 euros.", [(1000.0, "EUR", None, None)]),
    ("Le gagnant touchera 1 000 000 €.", [(1e6, "EUR", None, None)]),
    ("La dette atteint 3 Md€.", [(3e9, "EUR", None, None)]),
    ("La dette atteint 3 mds €.", [(3e9, "EUR", None, None)]),
    ("La dette atteint 3 Mds d'euros.", [(3e9, "EUR", None, None)]),
    ("La dette atteint 3 mrds €.", [(3e9, "EUR", None, None)]),
    ("La biotech a levé 10 M$.", [(10e6, "USD", None, None)]),
    ("L'entreprise a levé 1,2 Md€ en 2024.", [(1.2e9, "EUR", None, None)]),
    # English thousands when the sign comes first; French decimals otherwise
    ("La société a levé $1,500 auprès de fonds.", [(1500.0, "USD", None, None)]),
    ("Un bon d'achat de €1,000 par client.", [(1000.0, "EUR", None, None)]),
    ("Un chèque de $2,500,000 a été signé.", [(2.5e6, "USD", None, None)]),
    ("Le ticket coûte 1,500 €.", [(1.5, "EUR", None, None)]),
    ("Le ticket coûte 1,5 $.", [(1.5, "USD", None, None)]),
    # scale words and written numbers
    (
        "Le groupe a réalisé 11,5 milliards d'euros de chiffre d'affaires.",
        [(11.5e9, "EUR", None, None)],
    ),
    ("Un investissement d'un milliard d'euros.", [(1e9, "EUR", None, None)]),
    ("Une subvention d'un million d'euros.", [(1e6, "EUR", None, None)]),
    ("Il a payé deux cents euros.", [(200.0, "EUR", None, None)]),
    # lower places written out
    ("Il a levé 1 million 500 000 euros.", [(1.5e6, "EUR", None, None)]),
    # no figure in the press
    ("La crise a coûté des dizaines de millions d'euros.", [(None, "EUR", None, "approx")]),
    (
        "Cette part représente « plusieurs centaines de millions d’euros ».",
        [(None, "EUR", None, "approx")],
    ),
    # the reference article's title
    (
        "Elon Musk mène une offre de 97 milliards de dollars pour OpenAI",
        [(97e9, "USD", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS, ids=[t for t, _ in NUMBERS])
def test_numbers_and_scales(amounts_nlp: Language, text: str, expected: list[Expected]) -> None:
    """Digits, words, scales and approximate nouns give the value written."""
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


def test_cents_after_a_number_word_are_still_cents(amounts_nlp: Language) -> None:
    assert same(amounts(amounts_nlp, "Le titre a perdu vingt cents."), [(0.2, "USD", None, None)])


# ---- exact decimals: the value is the decimal written times the scale, with no float noise ----


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("son carnet de commandes atteint 16,1 milliards de dollars.", 16100000000.0),
        ("un bénéfice ajusté de 1,12 $ par action", 1.12),
        ("le coupon passe à 0,15 euro", 0.15),
        ("un ticket à 3€50", 3.5),
        ("une prime de 15 centimes", 0.15),
        ("trois milliards et demi d'euros", 3.5e9),
        ("une dette de 2,3 Md€", 2.3e9),
    ],
)
def test_exact_values_of_known_noisy_forms(amounts_nlp: Language, text: str, value: float) -> None:
    got = amounts(amounts_nlp, text)
    assert got and got[0][0] == value, got


# ---- number parsing ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("97,4", 97.4),
        ("4 300", 4300.0),
        ("4\u00a0300", 4300.0),
        ("288.607.076", 288607076.0),
        ("5.385", 5385.0),
        ("1.5", 1.5),
        ("-3,2", -3.2),
        ("−3,2", -3.2),
        ("1.000.000,50", 1000000.5),
        ("1,500,000", 1500000.0),
        ("1,500.50", 1500.5),
        ("1,500", 1.5),
    ],
)
def test_parse_digits(raw: str, value: float) -> None:
    assert parse_digits(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    ("raw", "value"),
    [("un", 1.0), ("une", 1.0), ("quarante-cinq", 45.0), ("deux cents", 200.0), ("mille", 1e3)],
)
def test_parse_words(raw: str, value: float) -> None:
    assert parse_words(raw) == value
