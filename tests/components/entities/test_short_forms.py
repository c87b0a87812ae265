"""Short forms of organisations: coined short forms, aliases of one longer name, a listed name's
legal name, clipped nicknames."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        # a coined short form of a company named in full, missed by the model
        ("Valtéo Ingénierie SAS a été placée en redressement judiciaire. Valtéo emploie 80 "
         "salariés.", "Valtéo", "Valtéo Ingénierie SAS"),
    ],
)  # fmt: skip
def test_coined_short_form(nlp: Language, text: str, mention: str, canonical: str) -> None:
    doc = nlp(text)
    found = {s.text: s._.canonical for s in doc.spans["organizations"]}
    assert found.get(mention) == canonical


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a common word, a person's surname: no short form
        ("Lumière Industries SA a publié ses comptes. Lumière et chaleur sont au programme.",
         "Lumière"),
        ("Pierre Vallet, fondateur de Fonderie Vallet SAS, a parlé. Vallet a démenti.",
         "Vallet"),
    ],
)  # fmt: skip
def test_no_short_form_for_common_words_and_surnames(nlp: Language, text: str, absent: str) -> None:
    doc = nlp(text)
    assert absent not in {s.text for s in doc.spans["organizations"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unlisted short form starting exactly one longer name is an alias of it
        ("Le sidérurgiste Valdrik Steel International a déposé une offre. Valdrik promet des "
         "investissements.", {"Valdrik Steel International"}),
        # not when it is a person's surname in the article
        ("Le sidérurgiste Valdrik Steel International a déposé une offre, selon Ravi Valdrik. "
         "Valdrik promet des investissements.", {"Valdrik Steel International"}),
        # nor a parent group named bare ("filiale du groupe X")
        ("Dravenor REIM France, filiale du groupe Dravenor, a baissé ses prix.",
         {"Dravenor REIM France", "Dravenor"}),
    ],
)  # fmt: skip
def test_short_form_alias_of_one_longer_name(nlp: Language, text: str, expected: set[str]) -> None:
    assert orgs(nlp(text)) == expected


def test_listed_short_form_joins_its_legal_name(nlp: Language) -> None:
    doc = nlp(
        "L’État va devenir le premier actionnaire d’Eutelsat Communications SA. La directrice "
        "générale d’Eutelsat a salué l’opération."
    )
    assert orgs(doc) == {"Eutelsat Communications SA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "la Valmo" clips the first word of the one organisation "Valmonte …": its nickname
        ("La Valmonte Football Club S.p.A. a lancé une augmentation de capital. La Valmo paie "
         "l’absence de la coupe d’Europe.", {"Valmonte Football Club S.p.A."}),
        # an acronym or a word that clips no organisation's name stays apart
        ("Le groupe Valmonte a signé avec la BNP. Selon la Kerv, tout va bien.",
         {"Valmonte", "BNP"}),
    ],
)  # fmt: skip
def test_clipped_nickname(nlp: Language, text: str, expected: set[str]) -> None:
    found = orgs(nlp(text))
    assert expected <= found
    assert not (found - expected - {"Kerv"})


def test_clipped_nickname_with_short_form(nlp: Language) -> None:
    doc = nlp(
        "La Valmonte Football Club S.p.A. a lancé une augmentation de capital. Valmonte vise "
        "un retour à l’équilibre. La Valmo paie l’absence de la coupe d’Europe."
    )
    assert orgs(doc) == {"Valmonte Football Club S.p.A."}
