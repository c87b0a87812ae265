"""fr_amounts on the ways of writing money of African, Maghreb and Swiss newsrooms and of the
French wires that lose the euro sign:

* the CFA franc written ``Fcfa``, ``F.CFA``; Algerian and Tunisian dinars ``DA``, ``DT``,
  ``MDT`` (millions); Moroccan ``Dhs``; the Malagasy ariary (``ariary``, ``Ar``); Guinean and
  Congolese francs by their codes; shillings (Kenyan unless the article is Ugandan or
  Tanzanian) and other African currencies by name;
* Tunisian ``MD`` (millions of dinars, in an article pointing to Tunisia);
* codes glued after a scale letter in press releases: ``450 MEUR``, ``12,5 MCHF``, ``30 MUSD``,
  ``120 kEUR``;
* ``874 ME``, ``12,4 MdsE``, ``1,3 MdE`` (CercleFinance dispatches relayed by Boursorama or
  Zonebourse): millions and milliards of euros, the scale shared in a range
  (``entre 540 et 560 ME``);
* a space typed after the decimal comma before a scale word (``312, 45 milliards``);
* Swiss abbreviations with their period: ``5 Mrd. CHF``, ``12,1 Mio. de francs``;
* a symbol of letters only (``DA``, ``Ar``, ``ME``) is written after the number: before a
  number it is no currency (``en RDA 1990``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import Expected, amounts, same

AFRICAN = [
    (
        "Le gouvernement a annoncé une rallonge de 96,5 milliards de Fcfa du budget.",
        [(96.5e9, "XOF", None, None)],
    ),
    ("Le sac de ciment se vend 4 750 F.CFA à Bamako.", [(4750.0, "XOF", None, None)]),
    (
        "Les recettes sont révisées en baisse de 150 milliards de FCfa, à 4 210 milliards.",
        [(150e9, "XOF", None, None), (4210e9, "XOF", None, None)],
    ),
    # the Central African franc when the article is Cameroonian
    (
        "Au Cameroun, la raffinerie a perdu 85 milliards de Fcfa l'an dernier.",
        [(85e9, "XAF", None, None)],
    ),
    (
        "La loi de finances prévoit 9 100 milliards de DA de dépenses, et le kilo de viande "
        "dépasse 2 600 DA.",
        [(9.1e12, "DZD", None, None), (2600.0, "DZD", None, None)],
    ),
    (
        "Le litre d'huile subventionnée coûte 1,350 DT et l'office a perdu 42,5 MDT.",
        [(1.35, "TND", None, None), (42.5e6, "TND", None, None)],
    ),
    # "MD": millions of Tunisian dinars, in an article pointing to Tunisia (elsewhere "MD" is
    # a milliard beside a currency: "1,5 MD€")
    (
        "Le groupe tunisien a dégagé un résultat net de 45 MD, contre 38,2 MD en 2023.",
        [(45e6, "TND", None, None), (38.2e6, "TND", None, None)],
    ),
    ("Les arriérés de la régie ont atteint 971 MD, selon Tunis.", [(971e6, "TND", None, None)]),
    ("La holding a cédé sa filiale pour 1,5 MD€.", [(1.5e9, "EUR", None, None)]),
    ("Le service compte 12 MD et 40 infirmiers.", []),
    ("Le loyer moyen atteint 6 500 Dhs par mois à Rabat.", [(6500.0, "MAD", None, None)]),
    (
        "Le litre d'essence est passé à 5 900 ariary, et le salaire minimum à 262 000 Ar.",
        [(5900.0, "MGA", None, None), (262000.0, "MGA", None, None)],
    ),
    (
        "Le sac de riz a atteint 480 000 GNF, et les recettes 4 100 milliards de CDF.",
        [(480000.0, "GNF", None, None), (4.1e12, "CDF", None, None)],
    ),
    ("Le Kenya a levé 25 milliards de shillings sur le marché local.", [(25e9, "KES", None, None)]),
    (
        "En Ouganda, le budget atteint 58 000 milliards de shillings.",
        [(58e12, "UGX", None, None)],
    ),
    (
        "L'Éthiopie a débloqué 12 milliards de birrs et l'Angola 300 milliards de kwanzas.",
        [(12e9, "ETB", None, None), (300e9, "AOA", None, None)],
    ),
]

#: a space typed after the decimal comma, before a scale word (African budget news)
SPACED_DECIMALS = [
    ("Le déficit atteint 287, 35 milliards de FCFA.", [(287.35e9, "XOF", None, None)]),
    (
        "Le Sénégal arrive deuxième avec 7 003, 6 milliards de FCFA.",
        [(7003.6e9, "XOF", None, None)],
    ),
    # a year, or a list, before the comma stays apart
    ("En 2022, 45 milliards de FCFA ont été investis.", [(45e9, "XOF", None, None)]),
]

EURO_WIRES = [
    (
        "Le chiffre d'affaires consolidé atteint 15,2 MdsE au premier semestre et l'EBITDA "
        "s'établit à 912 ME.",
        [(15.2e9, "EUR", None, None), (912e6, "EUR", None, None)],
    ),
    ("Les ventes atteignent 1,4 MdE sur l'exercice.", [(1.4e9, "EUR", None, None)]),
    # a range: the bare first bound takes the scale held by the sign
    (
        "Il vise un chiffre d'affaires compris entre 610 et 640 ME.",
        [(610e6, "EUR", 640e6, None)],
    ),
    ("Il vise entre 250 et 300 MDH d'investissements.", [(250e6, "MAD", 300e6, None)]),
    # press releases and tables: the code glued after the scale letter
    (
        "Le bénéfice atteint 12,5 MCHF, l'Ebitda 450 MEUR, la levée 30 MUSD et le budget 120 kEUR.",
        [
            (12.5e6, "CHF", None, None),
            (450e6, "EUR", None, None),
            (30e6, "USD", None, None),
            (120e3, "EUR", None, None),
        ],
    ),
]

SWISS = [
    ("La fortune du fondateur atteint 7 Mrd. CHF.", [(7e9, "CHF", None, None)]),
    ("Le fonds a collecté 18,4 Mio. de francs suisses.", [(18.4e6, "CHF", None, None)]),
    # the currency elided after an earlier "mio CHF" (AWP): "mio" / "mrd" alone after a money
    # word is a scale, the article's currency is taken
    (
        "Le groupe bâlois a réalisé un bénéfice de 412,5 mio CHF. Le consensus attendait un"
        " bénéfice de 398 mio.",
        [(412.5e6, "CHF", None, None), (398e6, "CHF", None, None)],
    ),
    (
        "Le chiffre d'affaires atteint 8,4 mrd CHF; les analystes tablaient sur un chiffre"
        " d'affaires de 8,1 mrd.",
        [(8.4e9, "CHF", None, None), (8.1e9, "CHF", None, None)],
    ),
]

NOT_BEFORE = [
    # letters-only symbols before a number are no currency
    ("En RDA 1990 fut une année charnière.", []),
    ("Le joueur DA 23 a marqué deux buts.", []),
]

CASES = AFRICAN + SPACED_DECIMALS + EURO_WIRES + SWISS + NOT_BEFORE


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_regional_forms(amounts_nlp: Language, text: str, expected: list[Expected]) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


def test_a_list_is_no_spaced_decimal(amounts_nlp: Language) -> None:
    """Without a scale word after it, ``12, 15`` is a list, not 12,15."""
    got = amounts(amounts_nlp, "Les primes atteignent 12, 15 ou 18 euros selon les cas.")
    assert got and all(abs((v or 0) - 12.15) > 1e-9 for v, _, _, _ in got), got
