"""Quote kinds learnt in round 9 from stored real press pages (sentences of our own, one kind per
group of cases): single quote marks as newsrooms use them — two apostrophes as one mark in
West-African papers (``‘’…’’``, ``''…''``), a straight apostrophe padded with spaces in the
financial wires (``' … ' indique le groupe``); a source after ``selon`` closing its sentence
with the name apposed (``…, selon le mandataire judiciaire, Me Arnaud Sellier.``); a verb of
speech in the middle voice is no cue (``la baisse s'explique par …``); a description with a
participle and its complement (``le groupe coté à la SIX``) describes the company of the
article, not the name after the participle; a quote signed without a verb after a comma or in
brackets (``Dette : « … », Larba Lompo, analyste.``, ``« … » (Ousmane Diallo)``); an impersonal
``on`` with no place after it speaks for the organisation of ``Chez X, on …`` just before;
union members named by their union (``la cégétiste``) and incises of ``relater`` / ``exposer``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # two apostrophes as one mark, curly or straight, with or without padding
    (
        "Le ministre des Mines, Issouf Ouédraogo, a reçu les exploitants. ‘’Nous allons "
        "relever la redevance minière de 2 %’’, a-t-il annoncé.",
        [
            (
                "direct",
                "Nous allons relever la redevance minière de 2 %",
                "Issouf Ouédraogo",
                "annoncer",
            )
        ],
    ),
    (
        "La Sonabel a inauguré sa centrale. Selon son directeur général, Moussa Kaboré, "
        "''l'électricité coûtera moins cher dès janvier''.",
        [("direct", "l'électricité coûtera moins cher dès janvier", "Moussa Kaboré", "selon")],
    ),
    (
        "Le patron de la Chambre de commerce, Ali Traoré, a été clair : ’’ Les entreprises ne "
        "peuvent plus attendre ’’.",
        [("direct", "Les entreprises ne peuvent plus attendre", "Ali Traoré", None)],
    ),
    # "<clause>, selon <role>, <name>.": the name apposed to the source ends the sentence;
    # the clause is the one before the introducer, the speaker the name
    (
        "Le passif de Brelane atteint 14 millions d'euros, selon le mandataire judiciaire, Me "
        "Hélène Marchal. Deux offres de reprise ont été déposées.",
        [
            (
                "indirect",
                "Le passif de Brelane atteint 14 millions d'euros",
                "Hélène Marchal",
                "selon",
            )
        ],
    ),
    (
        "Les ventes ont reculé de 8 % au premier trimestre, selon le directeur commercial, "
        "Karim Belkacem.",
        [
            (
                "indirect",
                "Les ventes ont reculé de 8 % au premier trimestre",
                "Karim Belkacem",
                "selon",
            )
        ],
    ),
    # a description noun, then a past participle with its complement: the name after the
    # participle is someone else (the exchange, the owner), not the one described
    (
        "Le fabricant de vannes Torvalis a vu son bénéfice reculer. Le chiffre d'affaires a "
        "glissé de 2,1 % à 612 mio CHF, a indiqué jeudi le groupe coté à la SIX.",
        [
            (
                "indirect",
                "Le chiffre d'affaires a glissé de 2,1 % à 612 mio CHF",
                "Torvalis",
                "indiquer",
            )
        ],
    ),
    (
        "Le laboratoire Medivance a publié ses comptes. Les ventes ont reculé de 3 %, a "
        "annoncé lundi la société détenue par Orsan Capital.",
        [("indirect", "Les ventes ont reculé de 3 %", "Medivance", "annoncer")],
    ),
    # a quote signed after a comma or in brackets, without a verb (headlines, African press)
    (
        "Dette intérieure : « Le Trésor paiera ses arriérés avant la fin de l'année », Issa "
        "Ouattara, analyste financier.\n\nL'Etat doit 120 milliards de FCFA aux entreprises.",
        [
            (
                "direct",
                "Le Trésor paiera ses arriérés avant la fin de l'année",
                "Issa Ouattara",
                None,
            )
        ],
    ),
    (
        "Dette publique : « Le niveau d'endettement reste soutenable » (Ousmane Diallo)\n\n"
        "L'économiste publie une note sur la dette.",
        [("direct", "Le niveau d'endettement reste soutenable", "Ousmane Diallo", None)],
    ),
    # "Chez X, on …" then an impersonal "on" with no place of its own: X speaks
    (
        "Chez Sopralim, on se veut rassurant. « La trésorerie est solide », estime-t-on au siège.",
        [("direct", "La trésorerie est solide", "Sopralim", "estimer")],
    ),
    # a union member named by the union's nickname takes up the unionist named before
    (
        "La CGT a recensé 444 plans sociaux, a indiqué jeudi la secrétaire générale du "
        "syndicat, Nadia Ferrand. « Nous avons remis cette liste au gouvernement », expose "
        "la cégétiste.",
        [
            ("indirect", "La CGT a recensé 444 plans sociaux", "Nadia Ferrand", "indiquer"),
            ("direct", "Nous avons remis cette liste au gouvernement", "Nadia Ferrand", "exposer"),
        ],
    ),
    (
        "« C'est une entreprise historique », relate Michel Caradec, secrétaire de l'union "
        "départementale CGT.",
        [("direct", "C'est une entreprise historique", "Michel Caradec", "relater")],
    ),
    # a straight apostrophe padded with spaces, the financial wires' quote marks; the
    # attribution follows without a comma
    (
        "Le groupe Valmora a publié un chiffre d'affaires de 812 millions d'euros.\n\n' Cette "
        "croissance a été portée par l'Europe ' indique le groupe.",
        [("direct", "Cette croissance a été portée par l'Europe", "Valmora", "indiquer")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round9_quotes(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a term in single marks with no one saying it is no quote
        "Côté commerce, la 'phase 1' de l'accord pourrait être signée en juin.",
        # a speech verb in the middle voice ("s'explique par") is no cue, and its "que" no
        # reported clause
        "Le recul du bénéfice s'explique par une dépréciation sur l'usine de Gand, que le "
        "groupe compte céder.",
        "La hausse des marges s'explique notamment par la baisse du prix de l'acier.",
        # apostrophes of elision are no marks
        "L'action d'Orange a pris 2 % aujourd'hui, l'opérateur ayant relevé ses objectifs.",
    ],
)
def test_round9_no_quote(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []
