"""Quote kinds learnt in round 8 from unseen press (sentences of our own, one kind per group of
cases): joint speakers named by a noun that fits people and organisations (``les deux
partenaires``), joint speakers named in the sentence before, a relative ``qui`` after a role
apposed to a person, a relative ``que`` after a counted noun left out (``les 910 que compte le
groupe``), ``espérer`` with an infinitive (a hope, not a statement), public bodies taken up
by their description in a wire's lede (``a annoncé la Municipalité``), ``X, pour qui « … »``,
``Chez X, on estime`` opening the paragraph after a title, and a newspaper after ``au`` before
the speaker's name (``confie au Temps Paul Lenoir``), a newspaper taken up by its description
(``précise le quotidien``, ``selon le confrère``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # joint speakers named by a noun fitting people or organisations: the first of the pair
    (
        "Telcora et Nexaphone ont signé un accord de réseau. « Le déploiement sera plus "
        "rapide », ont déclaré les deux partenaires dans un communiqué commun.",
        [("direct", "Le déploiement sera plus rapide", "Telcora", "déclarer")],
    ),
    (
        "Marc Aubry et Léa Fontaine ont fondé la société Kivolt en 2019. « Nous voulons doubler "
        "nos effectifs », expliquent les deux associés.",
        [("direct", "Nous voulons doubler nos effectifs", "Marc Aubry", "expliquer")],
    ),
    # joint speakers named in the sentence before, not in the quote's own
    (
        "Fusion dans la chimie\n\nLe belge Corvane a racheté le danois Elmstad. Selon les "
        "deux entreprises, l'opération sera bouclée d'ici juin.",
        [("indirect", "l'opération sera bouclée d'ici juin", "Corvane", "selon")],
    ),
    # "X, pour qui « … »": the quoted words are X's opinion
    (
        "Crise chez Dalvex\n\nMarc Rivaud, pour qui « la fermeture est inévitable », a reçu "
        "les syndicats lundi.",
        [("indirect", "la fermeture est inévitable", "Marc Rivaud", "pour")],
    ),
    # "Chez X, on estime …" opening a paragraph after a title: the company, no person
    (
        "Crise chez Dalvex\n\nChez Dalvex, on estime que la fermeture est inévitable.",
        [("indirect", "la fermeture est inévitable", "Dalvex", "estimer")],
    ),
    # a newspaper after "au" before the speaker's name is no part of the name
    (
        "« La situation est tendue », confie au Temps Paul Lenoir, directeur financier de Dalvex.",
        [("direct", "La situation est tendue", "Paul Lenoir", "confier")],
    ),
    # a newspaper taken up by its description ("le quotidien", "le confrère", "le journal")
    (
        "Le quotidien Le Matin rapporte que Dalvex a perdu 3 millions d'euros. « Les comptes "
        "ne sont pas sincères », précise le confrère.",
        [
            ("indirect", "Dalvex a perdu 3 millions d'euros", "Le Matin", "rapporter"),
            ("direct", "Les comptes ne sont pas sincères", "Le Matin", "préciser"),
        ],
    ),
    (
        "Le Devoir rapporte que Dalvex a perdu 3 millions de dollars. Selon le quotidien, les "
        "comptes ne sont pas sincères.",
        [
            ("indirect", "Dalvex a perdu 3 millions de dollars", "Le Devoir", "rapporter"),
            ("indirect", "les comptes ne sont pas sincères", "Le Devoir", "selon"),
        ],
    ),
    # a name apposed by commas to the subject is the subject ("Son actionnaire, X, a …"):
    # the description of the next sentence takes it up
    (
        "Dalvex a publié ses comptes. Son actionnaire de référence, Orsan Capital, a renouvelé "
        "sa confiance. Un porte-parole du fonds a indiqué que le groupe ne vendrait pas.",
        [("indirect", "le groupe ne vendrait pas", "Orsan Capital", "indiquer")],
    ),
    # "X, <role> <organisation>, qui réclame que …": the person, not the role's organisation
    (
        "La colère gronde chez Dormalis. « On nous a menti », tonne Sonia Perrot, déléguée "
        "syndicale CGT, qui réclame que la prime soit doublée.",
        [
            ("direct", "On nous a menti", "Sonia Perrot", "tonner"),
            ("indirect", "la prime soit doublée", "Sonia Perrot", "réclamer"),
        ],
    ),
    # a wire's lede closed by a public body's description: the body named in the sentence
    (
        "Genève (ATS) - La Ville de Genève a bouclé ses comptes sur un excédent de 12 millions "
        "de francs, a annoncé mardi la Municipalité.",
        [
            (
                "indirect",
                "La Ville de Genève a bouclé ses comptes sur un excédent de 12 millions de francs",
                "Ville de Genève",
                "annoncer",
            )
        ],
    ),
    (
        "LYON (AFP) - Le constructeur Ferrovia a remporté auprès de Sytral Mobilités une "
        "commande de 40 rames, a annoncé jeudi l'autorité organisatrice des transports "
        "lyonnais.",
        [
            (
                "indirect",
                "Le constructeur Ferrovia a remporté auprès de Sytral Mobilités une commande "
                "de 40 rames",
                "Sytral Mobilités",
                "annoncer",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round8_speakers(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # "que" after a counted noun left out is a relative pronoun, not a reported clause
        "La direction a présenté un plan prévoyant la suppression de 120 postes sur les 640 "
        "que compte le fabricant.",
        "Le groupe prévoit de fermer trois des douze que possède le groupe en Europe.",
        # "espérer" with an infinitive: a hope, not a statement
        "Il espère trouver un repreneur d'ici juin.",
        "La dirigeante devra céder la filiale, dont le groupe espère tirer 300 millions d'euros.",
        # "pour qui" without quote marks: a plain relative ("for whom")
        "Le groupe a vendu l'usine à Paul Martin, pour qui elle avait été construite.",
    ],
)
def test_round8_no_quote(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []


def test_hope_with_a_que_clause_is_still_reported(nlp: Language) -> None:
    """``espérer que`` keeps reporting the subject's words."""
    got = quotes(nlp, "Le PDG de Dormalis, Paul Girard, espère que la vente sera bouclée en juin.")
    assert [(g["quote"], g["speaker"]) for g in got] == [
        ("la vente sera bouclée en juin", "Paul Girard")
    ]
