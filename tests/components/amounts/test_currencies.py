"""fr_amounts: the currency written next to a number (after or before it), its hundredths,
and the currencies of the world as the French press writes them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import Expected, amounts, same

CURRENCIES: list[tuple[str, list[Expected]]] = [
    # currencies by symbol, ISO code, name and adjective, before or after
    ("le titre vaut 23€", [(23.0, "EUR", None, None)]),
    ("il coûte $10", [(10.0, "USD", None, None)]),
    ("une prime de 10K$", [(10e3, "USD", None, None)]),
    ("une amende de £ 8,10 millions", [(8.1e6, "GBP", None, None)]),
    ("une vente à 1 200 ¥", [(1200.0, "JPY", None, None)]),
    ("un crédit de EUR 1000 sur 3 ans", [(1000.0, "EUR", None, None)]),
    ("un crédit de 1000 EUR sur 3 ans", [(1000.0, "EUR", None, None)]),
    ("une facture de 250 CHF", [(250.0, "CHF", None, None)]),
    ("un prix de USD 15", [(15.0, "USD", None, None)]),
    ("20 millions de dollars américains", [(20e6, "USD", None, None)]),
    ("2,4 milliards US", [(2.4e9, "USD", None, None)]),
    ("une levée de 30 millions de dollars canadiens", [(30e6, "CAD", None, None)]),
    ("un rachat pour 125 millions de dollars australiens", [(125e6, "AUD", None, None)]),
    ("un bénéfice de 361 millions de livres sterling", [(361e6, "GBP", None, None)]),
    ("un bénéfice de 361 millions de livres", [(361e6, "GBP", None, None)]),
    ("une amende de 10 000 francs suisses", [(10e3, "CHF", None, None)]),
    ("100 milliards de yuans", [(100e9, "CNY", None, None)]),
    ("20 milliards de renminbis", [(20e9, "CNY", None, None)]),
    ("1000 roupies indiennes", [(1000.0, "INR", None, None)]),
    ("un contrat de 300 millions de $ US", [(300e6, "USD", None, None)]),
    ("un contrat de 300 M$ CA", [(300e6, "CAD", None, None)]),
    ("un titre à 12 HK$", [(12.0, "HKD", None, None)]),
    # hundredths
    ("une hausse de 6 centimes d'euro", [(0.06, "EUR", None, None)]),
    ("le baril a pris 50 cents", [(0.5, "USD", None, None)]),
    ("une offre de 470 pence par action", [(4.7, "GBP", None, None)]),
    ("ça ne coûte que 15 dollars et 15 cents.", [(15.15, "USD", None, None)]),
    ("ça ne coûte que treize euros et quarante-cinq cents.", [(13.45, "EUR", None, None)]),
    ("le ticket coûte 2 euros 50.", [(2.5, "EUR", None, None)]),
    # per-unit amounts keep their value
    ("23 euros par action", [(23.0, "EUR", None, None)]),
    ("un baril à 80 dollars", [(80.0, "USD", None, None)]),
    # AFP-style dépêches: other currencies by name
    ("Gazprom a enregistré une perte de 100 milliards de roubles.", [(100e9, "RUB", None, None)]),
    ("Varsovie débloque une aide de 5 millions de zlotys.", [(5e6, "PLN", None, None)]),
    (
        "Ericsson a signé un contrat de 3 milliards de couronnes suédoises.",
        [(3e9, "SEK", None, None)],
    ),
    ("Equinor investira 30 milliards de couronnes norvégiennes.", [(30e9, "NOK", None, None)]),
    ("Novo Nordisk vaut 2 000 milliards de couronnes danoises.", [(2e12, "DKK", None, None)]),
    ("Samsung injecte 10 000 milliards de won dans ses puces.", [(1e13, "KRW", None, None)]),
    ("Le contrat d'Elbit atteint 5 milliards de shekels.", [(5e9, "ILS", None, None)]),
    ("Ankara emprunte 10 milliards de livres turques.", [(10e9, "TRY", None, None)]),
    ("Naspers a cédé des actifs pour 5 milliards de rands.", [(5e9, "ZAR", None, None)]),
    ("Dangote investit 500 millions de nairas à Lagos.", [(500e6, "NGN", None, None)]),
    ("Petrobras a investi 2 milliards de reais.", [(2e9, "BRL", None, None)]),
    ("OCP a levé 500 millions de dirhams.", [(500e6, "MAD", None, None)]),
    # two currencies side by side
    (
        "La start-up a levé 450 millions de dollars (416 millions d'euros).",
        [(450e6, "USD", None, None), (416e6, "EUR", None, None)],
    ),
    (
        "Le groupe a levé 1 milliard de yuans (127 millions d'euros).",
        [(1e9, "CNY", None, None), (127e6, "EUR", None, None)],
    ),
    # Swiss press: apostrophe thousands, "fr."
    ("Le billet coûte 12'000 francs suisses.", [(12e3, "CHF", None, None)]),
    ("Le loyer atteint 2’450 CHF.", [(2450.0, "CHF", None, None)]),
    ("L'abonnement coûte 50 fr. par mois.", [(50.0, "CHF", None, None)]),
    ("L'abonnement coûte Fr. 50 par mois.", [(50.0, "CHF", None, None)]),
    # hundredths glued to the sign
    ("Le menu coûte 3€50 le midi.", [(3.5, "EUR", None, None)]),
    # per-unit amounts (Les Echos, regional press)
    ("Un loyer de 1 200 €/mois pour un T3 à Rennes.", [(1200.0, "EUR", None, None)]),
    ("La direction propose une prime de 20 000 euros par salarié.", [(20e3, "EUR", None, None)]),
    ("Le dividende sera de 12 €/action.", [(12.0, "EUR", None, None)]),
    ("Le cours a gagné 3,2 euros dans la séance.", [(3.2, "EUR", None, None)]),
    ("Le titre s'échange à 30 euros l'action.", [(30.0, "EUR", None, None)]),
    ("Le SMIC s'établit à 11,65 € brut de l'heure.", [(11.65, "EUR", None, None)]),
    ("Le salaire minimum passe à 1 426,30 euros net par mois.", [(1426.3, "EUR", None, None)]),
    ("L'once d'or a dépassé 2 400 dollars.", [(2400.0, "USD", None, None)]),
    # anglicisms of wire copy
    ("Le fonds a levé US$ 10 millions.", [(10e6, "USD", None, None)]),
    ("Le fonds a levé 10 millions USD.", [(10e6, "USD", None, None)]),
    ("Le fonds a levé EUR 10m.", [(10e6, "EUR", None, None)]),
    ("Le fonds a levé €10m.", [(10e6, "EUR", None, None)]),
    ("Le fonds a levé $10bn.", [(10e9, "USD", None, None)]),
    # no currency written before the horizon year
    (
        "À horizon 2030, le groupe vise 5 milliards d'euros de ventes.",
        [(5e9, "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CURRENCIES, ids=[t for t, _ in CURRENCIES])
def test_currency_next_to_the_number(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    """The currency written after or before the number, with its hundredths."""
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


def test_crypto_quantity_is_not_an_amount_but_its_value_is(amounts_nlp: Language) -> None:
    text = "Le fonds détient 3 000 bitcoins, soit 200 millions de dollars."
    assert same(amounts(amounts_nlp, text), [(200e6, "USD", None, None)])
