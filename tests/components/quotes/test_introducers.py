"""Introducers: ``selon X``, ``d'après X``, ``pour X``, ``à en croire X``, ``aux yeux de X``,
the sides of a trial; and the introducers that quote no one (data sources, ``pour`` + a topic)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # a newspaper after a relative pronoun: the relative clause
    (
        "Le titre de Metropole TV, qui selon La Tribune verrait Suez céder 6 % du capital, "
        "progresse de 5 %.",
        [("indirect", "verrait Suez céder 6 % du capital", "La Tribune", "selon")],
    ),
    # a named source closing the sentence without a comma
    (
        "Le groupe Kelvia céderait sa filiale allemande selon Le Monde.",
        [("indirect", "Le groupe Kelvia céderait sa filiale allemande", "Le Monde", "selon")],
    ),
    # an introducer before or after the clause: a person, a pronoun, an organisation
    (
        "Selon Bernard Arnault, le marché du luxe va ralentir en 2025.",
        [("indirect", "le marché du luxe va ralentir en 2025", "Bernard Arnault", "selon")],
    ),
    (
        "Christine Lagarde s'exprimait à Francfort. D'après elle, l'inflation va refluer.",
        [("indirect", "l'inflation va refluer", "Christine Lagarde", "d'après")],
    ),
    (
        "Pour Christine Lagarde, l'inflation reste trop élevée.",
        [("indirect", "l'inflation reste trop élevée", "Christine Lagarde", "pour")],
    ),
    (
        "Le marché va croître, selon Goldman Sachs.",
        [("indirect", "Le marché va croître", "Goldman Sachs", "selon")],
    ),
    # introducers
    (
        "À en croire Jean Dupont, la fusion sera bouclée en juin.",
        [("indirect", "la fusion sera bouclée en juin", "Jean Dupont", "à en croire")],
    ),
    (
        "Aux yeux de Bernard Arnault, la Chine reste un marché clé.",
        [("indirect", "la Chine reste un marché clé", "Bernard Arnault", "aux yeux de")],
    ),
    (
        "De l’avis de Jean Dupont, les taux vont baisser.",
        [("indirect", "les taux vont baisser", "Jean Dupont", "de l'avis de")],
    ),
    (
        "Christine Lagarde s'exprimait jeudi. Mais selon elle, la croissance va ralentir.",
        [("indirect", "la croissance va ralentir", "Christine Lagarde", "selon")],
    ),
    (
        "Pour Jean Dupont, économiste chez Natixis, la BCE devrait encore baisser ses taux.",
        [("indirect", "la BCE devrait encore baisser ses taux", "Jean Dupont", "pour")],
    ),
    # introducers: "à en croire X", "selon l'accusation" (the prosecution), "Pour" + a body
    # that gives opinions
    (
        "À en croire Yves Le Goff, 84 ans, l’entreprise a déjà surmonté une crise en 1993.",
        [
            (
                "indirect",
                "l’entreprise a déjà surmonté une crise en 1993",
                "Yves Le Goff",
                "à en croire",
            )
        ],
    ),
    (
        "Le Parquet national financier (PNF) a requis une amende contre la société Orvane. Selon "
        "l’accusation, la société aurait versé 3 millions d’euros de pots-de-vin.",
        [
            (
                "indirect",
                "la société aurait versé 3 millions d’euros de pots-de-vin",
                "Parquet national financier",
                "selon",
            )
        ],
    ),
    (
        "Les éleveurs dénoncent un coup de force. Pour la Fédération nationale des producteurs "
        "de lait, le coût de revient atteint 512 euros les 1 000 litres.",
        [
            (
                "indirect",
                "le coût de revient atteint 512 euros les 1 000 litres",
                "Fédération nationale des producteurs de lait",
                "pour",
            )
        ],
    ),
    (
        "Pour la CFDT, ce plan social est inacceptable.",
        [("indirect", "ce plan social est inacceptable", "CFDT", "pour")],
    ),
    # "Pour lui, « … »" at the start of a sentence introduces a direct quote
    (
        "Jean Dupont, économiste chez Natixis, a été clair. Pour lui, « la croissance restera "
        "molle jusqu’en 2026 ».",
        [("direct", "la croissance restera molle jusqu’en 2026", "Jean Dupont", "pour")],
    ),
    (
        "Marie Lenoir dirige la filiale depuis 2021. Mais pour elle, « le pire est derrière "
        "nous ».",
        [("direct", "le pire est derrière nous", "Marie Lenoir", "pour")],
    ),
    # "Pour" + a body named as one ("l'association Foodwatch")
    (
        "Pour l’association Foodwatch, cette hausse des tarifs est injustifiée.",
        [("indirect", "cette hausse des tarifs est injustifiée", "Foodwatch", "pour")],
    ),
    # "A en croire X" (capital without accent) with a quoted fragment
    (
        "A en croire la Fédération française du bâtiment (FFB), l’activité restera "
        "« très dégradée » jusqu’en 2026.",
        [
            (
                "indirect",
                "l’activité restera très dégradée jusqu’en 2026",
                "Fédération française du bâtiment",
                "à en croire",
            )
        ],
    ),
    # "À en croire X, apposition, « … »": the introducer's words do not count in the gap
    (
        "À en croire Karim Haddad, délégué de la fédération syndicale à Sfax, « aucune usine ne "
        "fermera cette année ».",
        [("direct", "aucune usine ne fermera cette année", "Karim Haddad", "à en croire")],
    ),
    # the sides of a trial speak through the prosecutor / the defence lawyer named before
    (
        "La procureure, Camille Dorval, a requis deux ans de prison. Selon l'accusation, les "
        "fonds ont servi à rembourser un prêt bancaire. L'avocat du prévenu, Me Pierre Gallou, "
        "plaide la relaxe. D'après la défense, plusieurs études ont bien été réalisées, mais "
        "jamais facturées.",
        [
            (
                "indirect",
                "les fonds ont servi à rembourser un prêt bancaire",
                "Camille Dorval",
                "selon",
            ),
            (
                "indirect",
                "plusieurs études ont bien été réalisées, mais jamais facturées",
                "Pierre Gallou",
                "d'après",
            ),
        ],
    ),
    (
        "Le procureur Jean Martin a requis la relaxe. Pour le parquet, le dossier ne contient "
        "aucune preuve de fraude.",
        [("indirect", "le dossier ne contient aucune preuve de fraude", "Jean Martin", "pour")],
    ),
    # no prosecutor named: the side stays without a speaker
    (
        "Le procès s'est ouvert lundi à Rennes. Selon l'accusation, les fonds ont servi à "
        "rembourser un prêt bancaire.",
        [("indirect", "les fonds ont servi à rembourser un prêt bancaire", None, "selon")],
    ),
    # a press title after "Pour"
    (
        "Le gouvernement italien a bloqué l'opération. Pour le Corriere della Sera, Rome "
        "cherche surtout à rassurer Washington.",
        [
            (
                "indirect",
                "Rome cherche surtout à rassurer Washington",
                "Corriere della Sera",
                "pour",
            )
        ],
    ),
    # "Pour X, …, selon elle, …": the opening introducer holds the incise
    (
        "Aurélie Tessier a fondé Lirette en 2019. Pour Tessier, la seconde main n’est plus une "
        "niche : elle représentera, selon elle, un vêtement vendu sur cinq en 2030.",
        [
            (
                "indirect",
                "la seconde main n’est plus une niche : elle représentera, selon elle, un "
                "vêtement vendu sur cinq en 2030",
                "Aurélie Tessier",
                "pour",
            )
        ],
    ),
]

NOT_QUOTES = [
    # selon a criterion, no source
    "Le prix de l'abonnement varie selon les pays et la durée du contrat.",
    # a data source after selon
    "Selon nos informations, le rachat sera annoncé lundi.",
    # pour as a preposition
    "Pour l'entreprise, la hausse reste modeste.",
    # a plural common noun after an introducer names no one
    "Aux yeux des investisseurs, la Chine reste un marché clé.",
    # "pour « … »" inside a sentence is a purpose, not an introducer
    "Le groupe a lancé un plan pour « redresser la barre » dès 2025.",
    # "pour" + a company or a common noun is a topic, not an opinion
    "Pour Renault, l’année 2024 a été difficile.",
    "Pour l’entreprise, la hausse reste modeste.",
    # "pour" + a company is a topic, not an opinion
    "Pour Renault, l'année 2025 a été difficile sur le marché européen.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_introducers(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_no_introducer(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []
