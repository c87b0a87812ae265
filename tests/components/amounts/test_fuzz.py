"""fr_amounts, generated cases (Hypothesis): any well-formed French number comes back exactly."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from tests.components.amounts.helpers import amounts, same

SEPARATORS = st.sampled_from([" ", "\u00a0", "\u202f"])


def french_thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=0, max_value=10**12), sep=SEPARATORS)
def test_grouped_integers(amounts_nlp: Language, n: int, sep: str) -> None:
    text = f"Le contrat porte sur {french_thousands(n, sep)} euros."
    assert same(amounts(amounts_nlp, text), [(float(n), "EUR", None, None)])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    units=st.integers(min_value=1, max_value=999),
    cents=st.integers(min_value=0, max_value=99),
    scale=st.sampled_from([("millions de dollars", 1e6, "USD"), ("Md€", 1e9, "EUR")]),
)
def test_decimal_comma_with_scale(
    amounts_nlp: Language, units: int, cents: int, scale: tuple[str, float, str]
) -> None:
    words, factor, iso = scale
    text = f"Une offre de {units},{cents:02d} {words} a été déposée."
    expected = (units + cents / 100) * factor
    assert same(amounts(amounts_nlp, text), [(expected, iso, None, None)])


# ---- exact decimals: the value is the decimal written times the scale, with no float noise ----

EXACT_FORMS = [
    ("milliards de dollars", Decimal("1e9"), "USD"),
    ("millions d'euros", Decimal("1e6"), "EUR"),
    ("k€", Decimal("1e3"), "EUR"),
    ("M€", Decimal("1e6"), "EUR"),
    ("Md€", Decimal("1e9"), "EUR"),
    ("$", Decimal(1), "USD"),
    ("euros", Decimal(1), "EUR"),
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    units=st.integers(min_value=0, max_value=999),
    decimals=st.sampled_from(["1", "12", "05", "15", "3", "99", "07", "625"]),
    form=st.sampled_from(EXACT_FORMS),
)
def test_value_is_the_exact_decimal_written(
    amounts_nlp: Language, units: int, decimals: str, form: tuple[str, Decimal, str]
) -> None:
    words, scale, iso = form
    written = f"{units},{decimals}"
    got = amounts(amounts_nlp, f"Le carnet de commandes atteint {written} {words}.")
    expected = float(Decimal(f"{units}.{decimals}") * scale)
    assert got and got[0][0] == expected and got[0][1] == iso, (written, words, got)
