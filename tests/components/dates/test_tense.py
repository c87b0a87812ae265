"""The year of a date written without one: the tense of the verb governing it (compound,
dependent, conditional, imperfect tagged as present...), the cues before it (``depuis``,
``d'ici``, ``reporté au``, ``ses résultats du``, ``avant le``) and, with no tense, the nearest
such date.

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``) unless a case gives another.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import ARTICLE, dates

CASES = [
    # without a year: year from the article's date and the verb tense
    ("Le groupe a levé des fonds en novembre.", ARTICLE, [("novembre", "2024-11", None, "month")]),
    ("Le groupe lèvera des fonds en novembre.", ARTICLE, [("novembre", "2025-11", None, "month")]),
    (
        "La conférence aura lieu du 5 au 7 avril.",
        ARTICLE,
        [("du 5 au 7 avril", "2025-04-05", "2025-04-07", "period")],
    ),
    ("L'usine a fermé le 20 décembre.", ARTICLE, [("20 décembre", "2024-12-20", None, "day")]),
    (
        "Les résultats sont attendus fin septembre.",
        ARTICLE,
        [("fin septembre", "2025-09", None, "month")],
    ),
    # depuis / d'ici fix the direction when the verb does not
    (
        "Les fournisseurs attendent leur paiement depuis novembre.",
        ARTICLE,
        [("novembre", "2024-11", None, "month")],
    ),
    ("L'assemblée générale est prévue fin mai.", ARTICLE, [("fin mai", "2025-05", None, "month")]),
    (
        "Le ministre réunirait les filières jeudi à Bercy.",
        ARTICLE,
        [("jeudi", "2025-02-13", None, "day")],
    ),
    (
        "La trajectoire serait détaillée en février.",
        ARTICLE,
        [("février", "2025-02", None, "month")],
    ),
    # the tense of a compound or dependent verb decides the year
    (
        "La chute des marges au second semestre a pesé sur les comptes.",
        ARTICLE,
        [("second semestre", "2024-07-01", "2024-12-31", "semester")],
    ),
    (
        "La volatilité devrait rester forte jusqu'aux résultats annuels, en novembre.",
        ARTICLE,
        [("novembre", "2025-11", None, "month")],
    ),
    (
        "Estimant que le marché devrait rebondir en mars, la gérante reste prudente.",
        ARTICLE,
        [("mars", "2025-03", None, "month")],
    ),
    (
        "Le PDG a finalement présenté en janvier son plan.",
        ARTICLE,
        [("janvier", "2025-01", None, "month")],
    ),
    ("Le PDG allait présenter jeudi son plan.", ARTICLE, [("jeudi", "2025-02-06", None, "day")]),
    ("Il a été nommé en avril.", ARTICLE, [("avril", "2024-04", None, "month")]),
    (
        "L'opération, annoncée en novembre, sera bouclée en mars.",
        ARTICLE,
        [("novembre", "2024-11", None, "month"), ("mars", "2025-03", None, "month")],
    ),
    (
        "L'entreprise, créée en octobre, emploie déjà 40 personnes.",
        ARTICLE,
        [("octobre", "2024-10", None, "month")],
    ),
    (
        "Le PDG, qui doit s'exprimer jeudi, a refusé de commenter.",
        ARTICLE,
        [("jeudi", "2025-02-13", None, "day")],
    ),
    (
        "Le constructeur avait prévenu en décembre que les livraisons reprendraient en mai.",
        ARTICLE,
        [("décembre", "2024-12", None, "month"), ("mai", "2025-05", None, "month")],
    ),
    # an imperfect the tagger leaves in the present is past ("atteignaient", "s'élevait")
    (
        "Ses fonds propres atteignaient 41 millions d'euros fin décembre, a précisé le PDG.",
        "2025-01-21",
        [("fin décembre", "2024-12", None, "month")],
    ),
    (
        "Les stocks de la coopérative dépassaient 3 000 tonnes en novembre.",
        "2025-01-21",
        [("novembre", "2024-11", None, "month")],
    ),
    (
        "Les salariés se mobilisaient déjà en octobre, rappelle le délégué CGT.",
        "2025-01-21",
        [("octobre", "2024-10", None, "month")],
    ),
    # ... but a present spelt like one is not ("extrait", "fait")
    (
        "Le groupe extrait du cuivre au Chili depuis mars.",
        "2025-01-21",
        [("mars", "2024-03", None, "month")],
    ),
    # a date an event is moved to (reporté, renvoyé, mis en délibéré au...) is ahead
    (
        "Le jugement a été mis en délibéré au 10 janvier.",
        "2025-02-12",
        [("10 janvier", "2026-01-10", None, "day")],
    ),
    (
        "L'audience, renvoyée au 3 février, devra trancher le litige.",
        "2025-11-04",
        [("3 février", "2026-02-03", None, "day")],
    ),
    (
        "Le vote des actionnaires a été reporté à la mi-janvier.",
        "2025-12-09",
        [("mi-janvier", "2026-01", None, "month")],
    ),
    # ... a date an event happened on keeps the tense of its verb
    (
        "L'entreprise a été placée en redressement judiciaire le 3 janvier.",
        "2025-02-12",
        [("3 janvier", "2025-01-03", None, "day")],
    ),
    # d'ici (à) la mi-X and a passive infinitive under a conditional or devoir are future
    (
        "Le médiateur pourrait être saisi d'ici à la mi-janvier.",
        "2025-12-09",
        [("mi-janvier", "2026-01", None, "month")],
    ),
    (
        "Le texte doit être voté en février par le conseil régional.",
        "2025-12-09",
        [("février", "2026-02", None, "month")],
    ),
    (
        "Le contrat devrait être signé d'ici la fin janvier.",
        "2025-12-09",
        [("fin janvier", "2026-01", None, "month")],
    ),
    # a participle of a verb pointing ahead in the present (est attendue, prévue) is future,
    # in a past auxiliary it is past
    (
        "La décision de l'Autorité est attendue en janvier.",
        "2025-12-09",
        [("janvier", "2026-01", None, "month")],
    ),
    (
        "Une nouvelle réunion est programmée le 12 janvier.",
        "2025-12-09",
        [("12 janvier", "2026-01-12", None, "day")],
    ),
    (
        "La décision était attendue en janvier.",
        "2025-12-09",
        [("janvier", "2025-01", None, "month")],
    ),
    (
        "Le groupe compte finaliser l'opération au premier trimestre.",
        "2025-12-09",
        [("premier trimestre", "2026-01-01", "2026-03-31", "quarter")],
    ),
    # a bare past participle stays past
    (
        "Le programme de rachat lancé en octobre sera achevé au quatrième trimestre.",
        "2025-04-24",
        [
            ("octobre", "2024-10", None, "month"),
            ("quatrième trimestre", "2025-10-01", "2025-12-31", "quarter"),
        ],
    ),
    # a period whose figures are reported is under way or over, whatever the verb's tense
    (
        "Le groupe publiera jeudi ses résultats du premier semestre.",
        "2025-07-15",
        [
            ("jeudi", "2025-07-17", None, "day"),
            ("premier semestre", "2025-01-01", "2025-06-30", "semester"),
        ],
    ),
    (
        # an article of a Tuesday: "mardi" is that day (wires name the day itself; the next
        # week's would be "mardi prochain")
        "Les ventes de juin seront publiées mardi, selon la fédération.",
        "2025-07-15",
        [("juin", "2025-06", None, "month"), ("mardi", "2025-07-15", None, "day")],
    ),
    (
        "Le chiffre d'affaires du deuxième trimestre sera dévoilé le 24 juillet.",
        "2025-07-15",
        [
            ("deuxième trimestre", "2025-04-01", "2025-06-30", "quarter"),
            ("24 juillet", "2025-07-24", None, "day"),
        ],
    ),
    # a yearless month just over, with no tense, in the following year's results
    (
        "La dette nette grimpe à 35,8 milliards d'euros fin décembre.",
        "2026-02-26",
        [("fin décembre", "2025-12", None, "month")],
    ),
    # ... but one months away keeps the article's year
    (
        "Le salon se tient fin octobre à Lyon.",
        "2026-02-26",
        [("fin octobre", "2026-10", None, "month")],
    ),
    # a closing date of accounts with no tense is the nearest one
    (
        "La dette nette s'établit à 3 milliards d'euros au 31 décembre.",
        "2026-04-20",
        [("31 décembre", "2025-12-31", None, "day")],
    ),
    (
        "La trésorerie atteint 2 millions d'euros à fin décembre.",
        "2026-04-15",
        [("fin décembre", "2025-12", None, "month")],
    ),
    # ... but a deadline is ahead
    (
        "Le dispositif court jusqu'au 31 décembre.",
        "2026-04-20",
        [("31 décembre", "2026-12-31", None, "day")],
    ),
    # ... and a month close ahead, with no tense, in the coming year
    ("Le salon se tient en janvier à Lyon.", "2025-10-20", [("janvier", "2026-01", None, "month")]),
    # a day just ahead after "avant le", "au-delà du", "à partir du" under a past verb
    (
        "Il a affirmé que les contrôleurs attendaient une convocation avant le 20 mai.",
        "2025-05-13",
        [("20 mai", "2025-05-20", None, "day")],
    ),
    (
        "Le syndicat a appelé lundi à une grève à partir du 1er décembre.",
        "2025-11-18",
        [("lundi", "2025-11-17", None, "day"), ("1er décembre", "2025-12-01", None, "day")],
    ),
    # ... while a past event on a day just ahead is last year's
    (
        "Le groupe a racheté son concurrent le 20 mai.",
        "2025-05-13",
        [("20 mai", "2024-05-20", None, "day")],
    ),
    # dès + a future verb looks ahead
    (
        "France Travail ouvrira une cellule de reclassement dès lundi.",
        "2025-09-24",
        [("lundi", "2025-09-29", None, "day")],
    ),
    # a fronted past participle is a past event
    (
        "Placée en redressement judiciaire à la mi-novembre, l'entreprise réalisait 12 millions.",
        "2025-05-14",
        [("mi-novembre", "2024-11", None, "month")],
    ),
]


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_tense(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected
