"""fr_dates: date expressions normalised against the article's date; pubdate helpers.

Unless a case says otherwise, the article is dated Wednesday 12 February 2025.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import sys

import pytest
import srsly
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.dates import (
    _LEAD_LETTERS,
    APOS,
    WS,
    DatesComponent,
    Lead,
    Masks,
    Probe,
    gate_text,
)
from pipeline.pubdate import date_from_filename, date_from_header, normalize_date

ARTICLE = "2025-02-12"


def run(nlp: Language, text: str, article_date: str | None = ARTICLE) -> Doc:
    doc = nlp.make_doc(text)
    doc._.article_date = article_date
    return nlp(doc)


def dates(nlp: Language, text: str, article_date: str | None = ARTICLE) -> list[tuple]:
    doc = run(nlp, text, article_date)
    return [
        (s.text, s._.date["value"], s._.date["value_end"], s._.date["granularity"])
        for s in doc.spans["dates"]
    ]


# (sentence, [(text, value, value_end, granularity), ...])
POSITIVES = [
    # years in a date context
    ("Il a cofondé l'entreprise en 2015 avec Sam Altman.", [("2015", "2015", None, "year")]),
    ("Le groupe est coté depuis 2019.", [("2019", "2019", None, "year")]),
    ("Les comptes de l'exercice 2024 sont publiés.", [("2024", "2024", None, "year")]),
    ("2024 a été une année record pour le groupe.", [("2024", "2024", None, "year")]),
    # fiscal years and ranges of years
    ("L'exercice 2024-2025 a été difficile.", [("2024-2025", "2024", "2025", "period")]),
    ("Sur l'exercice 2023/24, la marge recule.", [("2023/24", "2023", "2024", "period")]),
    (
        "Entre 2014 et 2018, il a dirigé la filiale.",
        [("Entre 2014 et 2018", "2014", "2018", "period")],
    ),
    (
        "Dans les années 1990, le groupe a racheté Orange.",
        [("les années 1990", "1990", "1999", "period")],
    ),
    # full dates
    (
        "Le 12 février 2025, la société a annoncé un rachat.",
        [("12 février 2025", "2025-02-12", None, "day")],
    ),
    ("L'accord a été signé le 1er mars 2024.", [("1er mars 2024", "2024-03-01", None, "day")]),
    (
        "L\u2019assemblée du jeudi 3\u00a0avril\u00a02025 votera.",
        [("jeudi 3\u00a0avril\u00a02025", "2025-04-03", None, "day")],
    ),
    ("La cotation reprend le 7 sept. 2023.", [("7 sept. 2023", "2023-09-07", None, "day")]),
    ("Le contrat court jusqu'au 31/12/2026.", [("31/12/2026", "2026-12-31", None, "day")]),
    (
        "Selon le document daté du 2024-11-05, le projet avance.",
        [("2024-11-05", "2024-11-05", None, "day")],
    ),
    # months
    ("En octobre 2024, le titre a chuté.", [("octobre 2024", "2024-10", None, "month")]),
    ("Les ventes de sept 2017 étaient faibles.", [("sept 2017", "2017-09", None, "month")]),
    # without a year: year from the article's date and the verb tense
    ("Le groupe a levé des fonds en novembre.", [("novembre", "2024-11", None, "month")]),
    ("Le groupe lèvera des fonds en novembre.", [("novembre", "2025-11", None, "month")]),
    (
        "La conférence aura lieu du 5 au 7 avril.",
        [("du 5 au 7 avril", "2025-04-05", "2025-04-07", "period")],
    ),
    ("L'usine a fermé le 20 décembre.", [("20 décembre", "2024-12-20", None, "day")]),
    (
        "Les résultats sont attendus fin septembre.",
        [("fin septembre", "2025-09", None, "month")],
    ),
    # quarters and semesters
    (
        "Le chiffre d'affaires du troisième trimestre 2025 progresse.",
        [("troisième trimestre 2025", "2025-07-01", "2025-09-30", "quarter")],
    ),
    ("Au T3 2024, la marge a reculé.", [("T3 2024", "2024-07-01", "2024-09-30", "quarter")]),
    (
        "Les ventes ont progressé au premier semestre.",
        [("premier semestre", "2025-01-01", "2025-06-30", "semester")],
    ),
    (
        "Ses résultats du 2e trimestre 2024 déçoivent.",
        [("2e trimestre 2024", "2024-04-01", "2024-06-30", "quarter")],
    ),
    # parts of years
    ("La fusion sera bouclée fin 2025.", [("fin 2025", "2025", None, "year")]),
    ("Le groupe vise la neutralité carbone d'ici 2028.", [("d'ici 2028", "2028", None, "year")]),
    # relative expressions
    ("Hier, la Bourse de Paris a reculé.", [("Hier", "2025-02-11", None, "day")]),
    ("L'an dernier, le groupe a perdu de l'argent.", [("L'an dernier", "2024", None, "year")]),
    ("Cette année, il investira davantage.", [("Cette année", "2025", None, "year")]),
    (
        "La semaine dernière, l'action a bondi.",
        [("La semaine dernière", "2025-02-03", "2025-02-09", "period")],
    ),
    (
        "Il y a trois mois, le titre valait moins.",
        [("Il y a trois mois", "2024-11", None, "month")],
    ),
    ("Le projet sera livré dans deux ans.", [("dans deux ans", "2027", None, "year")]),
    # weekdays: past tense -> last one, future tense -> next one
    ("Le PDG a annoncé jeudi son départ.", [("jeudi", "2025-02-06", None, "day")]),
    ("Le PDG présentera jeudi son plan.", [("jeudi", "2025-02-13", None, "day")]),
    ("Il a démissionné lundi dernier.", [("lundi dernier", "2025-02-10", None, "day")]),
    ("La veille, le titre avait chuté.", [("La veille", "2025-02-11", None, "day")]),
    # depuis / d'ici fix the direction when the verb does not
    (
        "Les fournisseurs attendent leur paiement depuis novembre.",
        [("novembre", "2024-11", None, "month")],
    ),
    ("L'assemblée générale est prévue fin mai.", [("fin mai", "2025-05", None, "month")]),
    (
        "Le ministre réunirait les filières mercredi à Bercy.",
        [("mercredi", "2025-02-19", None, "day")],
    ),
    ("La trajectoire serait détaillée en février.", [("février", "2025-02", None, "month")]),
    # --- second round: real-press forms, several registers
    # AFP: full dates, abbreviations, weekdays with a day number
    (
        "Le nouveau tarif entrera en vigueur le 1er janvier 2026, a indiqué l'AFP.",
        [("1er janvier 2026", "2026-01-01", None, "day")],
    ),
    ("La cotation a été suspendue le 3 janv. 2025.", [("3 janv. 2025", "2025-01-03", None, "day")]),
    ("L'offre court jusqu'au 28 févr. 2025.", [("28 févr. 2025", "2025-02-28", None, "day")]),
    ("La séance du lun. 3 mars sera décisive.", [("lun. 3 mars", "2025-03-03", None, "day")]),
    # a weekday fixes the year of a day without one (3 March 2025 is a Monday)
    ("L'usine a rouvert le lundi 3 mars.", [("lundi 3 mars", "2025-03-03", None, "day")]),
    ("Il a démissionné mardi dernier.", [("mardi dernier", "2025-02-11", None, "day")]),
    ("Le conseil se réunira mardi prochain.", [("mardi prochain", "2025-02-18", None, "day")]),
    (
        "Le conseil se réunira jeudi de la semaine prochaine.",
        [("jeudi de la semaine prochaine", "2025-02-20", None, "day")],
    ),
    ("Le traité a été signé ce jour à Bruxelles.", [("ce jour", "2025-02-12", None, "day")]),
    # numeric forms
    ("La réunion aura lieu le 14/03.", [("le 14/03", "2025-03-14", None, "day")]),
    ("Assemblée générale : 14.03.2025.", [("14.03.2025", "2025-03-14", None, "day")]),
    ("Mise à jour du 2025-03-14.", [("2025-03-14", "2025-03-14", None, "day")]),
    (
        "L'offre est ouverte du 01/10 au 02/11/2025.",
        [("du 01/10 au 02/11/2025", "2025-10-01", "2025-11-02", "period")],
    ),
    ("Les données de 2024-11 sont révisées.", [("2024-11", "2024-11", None, "month")]),
    # day numbers in words
    (
        "Le salon se tiendra du treize au 15 mars.",
        [("du treize au 15 mars", "2025-03-13", "2025-03-15", "period")],
    ),
    ("Le magasin a fermé le premier mars.", [("premier mars", "2024-03-01", None, "day")]),
    (
        "La loi entrera en vigueur le quatre octobre.",
        [("quatre octobre", "2025-10-04", None, "day")],
    ),
    # a day moved by a duration written before it
    (
        "Les titres ont été achetés trois jours avant le 5 mars 2022.",
        [("trois jours avant le 5 mars 2022", "2022-03-02", None, "day")],
    ),
    # Les Echos analyses: periods of the year
    (
        "Au quatrième trimestre, les ventes ont reculé de 2 %.",
        [("quatrième trimestre", "2024-10-01", "2024-12-31", "quarter")],
    ),
    ("Au T4, la marge a progressé.", [("T4", "2024-10-01", "2024-12-31", "quarter")]),
    ("Au S1 2025, la marge progressera.", [("S1 2025", "2025-01-01", "2025-06-30", "semester")]),
    (
        "Sur l'exercice 2025-2026, le groupe vise 5 % de croissance.",
        [("2025-2026", "2025", "2026", "period")],
    ),
    (
        "Sur l'exercice clos le 31 mars 2025, le bénéfice a doublé.",
        [("31 mars 2025", "2025-03-31", None, "day")],
    ),
    (
        "Au 30 juin 2025, la dette nette s'élevait à 3 milliards d'euros.",
        [("30 juin 2025", "2025-06-30", None, "day")],
    ),
    ("Le dividende versé au titre de 2024 augmente.", [("2024", "2024", None, "year")]),
    (
        "Les ventes ont progressé entre janvier et mars.",
        [("entre janvier et mars", "2025-01", "2025-03", "period")],
    ),
    (
        "De janvier à mars 2025, les commandes ont doublé.",
        [("De janvier à mars 2025", "2025-01", "2025-03", "period")],
    ),
    # windows anchored on a calendar period (corpus convention); past tense -> elapsed window
    (
        "Sur les neuf premiers mois de l'année, les ventes ont progressé.",
        [("neuf premiers mois de l'année", "2024-01-01", "2024-09-30", "period")],
    ),
    (
        "Sur les six derniers mois de 2024, la marge a reculé.",
        [("six derniers mois de 2024", "2024-07-01", "2024-12-31", "period")],
    ),
    (
        "Les trois premiers trimestres de l'exercice 2023 ont été bons.",
        [("trois premiers trimestres de l'exercice 2023", "2023-01-01", "2023-09-30", "period")],
    ),
    (
        "Depuis le début de l'année, le titre a gagné 10 %.",
        [("début de l'année", "2025", None, "year")],
    ),
    # regional press / interviews: parts of the year, deadlines, seasons
    ("Les résultats sont attendus à la mi-mars.", [("mi-mars", "2025-03", None, "month")]),
    ("Le lancement est prévu mi-2026.", [("mi-2026", "2026", None, "year")]),
    ("Le plan sera bouclé d'ici fin 2026.", [("fin 2026", "2026", None, "year")]),
    (
        "Le chantier sera fini d'ici à la fin de l'année.",
        [("fin de l'année", "2025", None, "year")],
    ),
    ("Le groupe a levé des fonds en début d'année.", [("début d'année", "2025", None, "year")]),
    ("La livraison est attendue courant 2026.", [("courant 2026", "2026", None, "year")]),
    ("Le groupe vise la neutralité carbone à l'horizon 2030.", [("2030", "2030", None, "year")]),
    (
        "La livraison est attendue au printemps 2026.",
        [("printemps 2026", "2026-03-01", "2026-05-31", "period")],
    ),
    (
        "L'été dernier, le groupe a racheté un concurrent.",
        [("L'été dernier", "2024-06-01", "2024-08-31", "period")],
    ),
    (
        "« Cet hiver sera difficile », prévient le maire.",
        [("Cet hiver", "2024-12-01", "2025-02-28", "period")],
    ),
    ("Le mois dernier, les ventes ont chuté.", [("Le mois dernier", "2025-01", None, "month")]),
    ("L'année prochaine, le groupe investira.", [("L'année prochaine", "2026", None, "year")]),
    (
        "Dans les années quatre-vingt, la firme a prospéré.",
        [("les années quatre-vingt", "1980", "1989", "period")],
    ),
    ("Le contrat prendra fin en 2150.", [("2150", "2150", None, "year")]),
    # the tense of a compound or dependent verb decides the year
    (
        "La chute des marges au second semestre a pesé sur les comptes.",
        [("second semestre", "2024-07-01", "2024-12-31", "semester")],
    ),
    (
        "La volatilité devrait rester forte jusqu'aux résultats annuels, en novembre.",
        [("novembre", "2025-11", None, "month")],
    ),
    (
        "Estimant que le marché devrait rebondir en mars, la gérante reste prudente.",
        [("mars", "2025-03", None, "month")],
    ),
    ("Le PDG a finalement présenté en janvier son plan.", [("janvier", "2025-01", None, "month")]),
    ("Le PDG allait présenter jeudi son plan.", [("jeudi", "2025-02-06", None, "day")]),
    ("Il a été nommé en avril.", [("avril", "2024-04", None, "month")]),
    (
        "L'opération, annoncée en novembre, sera bouclée en mars.",
        [("novembre", "2024-11", None, "month"), ("mars", "2025-03", None, "month")],
    ),
    (
        "L'entreprise, créée en octobre, emploie déjà 40 personnes.",
        [("octobre", "2024-10", None, "month")],
    ),
    (
        "Le PDG, qui doit s'exprimer jeudi, a refusé de commenter.",
        [("jeudi", "2025-02-13", None, "day")],
    ),
    (
        "Le constructeur avait prévenu en décembre que les livraisons reprendraient en mai.",
        [("décembre", "2024-12", None, "month"), ("mai", "2025-05", None, "month")],
    ),
    ("Aujourd'hui, la Bourse de Paris a reculé.", [("Aujourd'hui", "2025-02-12", None, "day")]),
    ("Le groupe publie aujourd'hui ses résultats.", [("aujourd'hui", "2025-02-12", None, "day")]),
]

# Sentences with no date expression to output.
NEGATIVES = [
    "Elon Musk a présenté une offre de 97,4 milliards de dollars.",
    "Sept salariés ont été licenciés.",
    "Le groupe emploie 2 000 salariés.",
    "Plus de 2000 personnes ont manifesté.",
    "La marge a progressé de 2015,5 points.",
    "Le taux atteint 2025 %.",
    "Le siège est au 12 rue de la Paix.",
    "La réunion commence à 15h30.",
    "Les prochains jours révéleront si le plan réussit.",
    "Ces dernières années ont été difficiles.",
    "Mars est une planète rouge.",
    "Le magasin ouvre le dimanche.",
    "Il a acheté 2019 actions.",
    # second round: numbers, products, names and vague expressions
    "La marge atteint 3,5 % cette fois.",
    "Le groupe compte 12 000 salariés.",
    "La réunion se tiendra à 14 h 30.",
    "Le siège est dans le 7e arrondissement.",
    "Le réseau de la 5G se déploie.",
    "Le A320 reste le best-seller.",
    "Le Boeing 737 MAX est cloué au sol.",
    "La COP28 s'est tenue à Dubaï.",
    "Microsoft a lancé Windows 11.",
    "Apple a présenté l'iPhone 16.",
    "Le CAC 40 a reculé.",
    "Le G20 se réunit.",
    "Le plan Vision 2030 de l'Arabie saoudite avance.",
    "Le programme Horizon 2020 a financé la start-up.",
    "Appelez le 01 45 67 89 10 pour réserver.",
    "Appelez le 06.12.34.56.78 pour réserver.",
    "Le décret n° 2025-123 a été publié.",
    "La loi 2019-486 dite Pacte a été votée.",
    "Il a vendu 2025 exemplaires.",
    "Le groupe emploie aujourd'hui 350 personnes.",
    "La société compte aujourd'hui 40 magasins.",
    "Le groupe est aujourd'hui le numéro un du secteur.",
    "Les défis du monde d'aujourd'hui sont nombreux.",
    "Sur les 3 derniers mois, le titre a gagné 10 %.",
    "Le groupe embauchera dans les six prochains mois.",
    "Sur les douze derniers mois, le chiffre d'affaires a progressé.",
    "Le printemps arabe a bouleversé la région.",
    "Le Printemps a rouvert son magasin du boulevard Haussmann.",
    "Le club a été dernier du classement.",
    "L'hiver démographique inquiète les élus.",
    "Le magasin est ouvert du lundi au vendredi.",
    "Le tramway passe au T3.",
    "",
    "« »  \u00a0 \x00 ' ' ",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_positive(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert dates(nlp, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(nlp: Language, text: str) -> None:
    assert dates(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # no article date: relative expressions keep their span, value None (never today)
        ("Hier, le titre a chuté.", None, [("Hier", None, None, "day")]),
        ("Le groupe a levé des fonds en novembre.", None, [("novembre", None, None, "month")]),
        (
            "Au premier semestre, les ventes montent.",
            None,
            [("premier semestre", None, None, "semester")],
        ),
        # absolute ones do not need it
        (
            "Le 12 février 2025, la société a annoncé un rachat.",
            None,
            [("12 février 2025", "2025-02-12", None, "day")],
        ),
        # a garbage article date is ignored, not fatal
        ("Hier, le titre a chuté.", "pas une date", [("Hier", None, None, "day")]),
        # the article's own year drives missing years
        (
            "Le groupe a levé des fonds en novembre.",
            "2023-12-01",
            [("novembre", "2023-11", None, "month")],
        ),
    ],
)
def test_article_date(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected


def test_relative_flag(nlp: Language) -> None:
    doc = run(nlp, "Hier, en 2015 comme le 3 mai, tout a changé.")
    flags = {s.text: s._.date["relative"] for s in doc.spans["dates"]}
    assert flags == {"Hier": True, "2015": False, "3 mai": True}


def test_amount_spans_are_masked(nlp: Language) -> None:
    doc = nlp.make_doc("Le groupe a versé 2024 euros en 2024.")
    doc._.article_date = ARTICLE
    doc = nlp(doc)
    assert [(s.text, s.start_char) for s in doc.spans["dates"]] == [("2024", 32)]


def test_seed_only_2015(nlp: Language, seed_text: str) -> None:
    doc = run(nlp, seed_text, None)
    assert [(s.text, s._.date["value"]) for s in doc.spans["dates"]] == [("2015", "2015")]


def test_odd_input_does_not_raise(nlp: Language) -> None:
    for text in ["9" * 5000, "du 31 au 30 février 2025", "le 99/99/9999", "T9 2025", "2025-13-45"]:
        run(nlp, text)


def test_saved_pipeline_round_trip(nlp: Language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import spacy

    pipe = nlp.get_pipe("fr_dates")
    pipe.to_disk(tmp_path)
    restored = type(pipe)(nlp, "fr_dates").from_disk(tmp_path)
    assert restored.data == pipe.data
    assert spacy.util.get_lang_class("fr")  # loads without the package being re-imported


# ---------------------------------------------------------------------------- third round
# Each case: (sentence, article date, expected). The phenomena, not the sentences, come from
# errors on held-out text; the sentences are written here in several registers.
THIRD_ROUND = [
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
    # début/fin de l'année dernière/prochaine, fin du mois dernier
    (
        "Le titre a gagné 12 % depuis le début de l'année dernière.",
        "2025-02-12",
        [("début de l'année dernière", "2024", None, "year")],
    ),
    (
        "La production reprendra au début de l'année prochaine.",
        "2025-02-12",
        [("début de l'année prochaine", "2026", None, "year")],
    ),
    (
        "Le titre a décroché à la fin du mois dernier.",
        "2025-02-12",
        [("fin du mois dernier", "2025-01", None, "month")],
    ),
    (
        "Depuis le début de l'année, le groupe a racheté 2 % de son capital.",
        "2025-07-08",
        [("début de l'année", "2025", None, "year")],
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
        "Les ventes de juin seront publiées mardi, selon la fédération.",
        "2025-07-15",
        [("juin", "2025-06", None, "month"), ("mardi", "2025-07-22", None, "day")],
    ),
    (
        "Le chiffre d'affaires du deuxième trimestre sera dévoilé le 24 juillet.",
        "2025-07-15",
        [
            ("deuxième trimestre", "2025-04-01", "2025-06-30", "quarter"),
            ("24 juillet", "2025-07-24", None, "day"),
        ],
    ),
    # quarters of a non-calendar fiscal year: the year closing in March starts in April
    (
        "Le groupe, dont l'exercice est clos le 31 mars, a vu ses commandes bondir au "
        "troisième trimestre.",
        "2026-02-05",
        [
            ("31 mars", "2026-03-31", None, "day"),
            ("troisième trimestre", "2025-10-01", "2025-12-31", "quarter"),
        ],
    ),
    (
        "Les ventes ont reculé au premier trimestre de son exercice 2025-2026, clos fin septembre.",
        "2025-11-20",
        [
            ("premier trimestre", "2025-07-01", "2025-09-30", "quarter"),
            ("2025-2026", "2025", "2026", "period"),
            ("fin septembre", "2025-09", None, "month"),
        ],
    ),
    (
        "Le distributeur, dont l'exercice décalé s'achève fin juin, publiera jeudi son "
        "chiffre d'affaires du premier semestre.",
        "2026-02-03",
        [
            ("fin juin", "2026-06", None, "month"),
            ("jeudi", "2026-02-05", None, "day"),
            ("premier semestre", "2025-07-01", "2025-12-31", "semester"),
        ],
    ),
    (
        "Le groupe, dont l'exercice s'achève fin mars, a vu ses ventes progresser de 4 % sur "
        "les neuf premiers mois de l'exercice.",
        "2026-02-05",
        [
            ("fin mars", "2026-03", None, "month"),
            ("neuf premiers mois de l'exercice", "2025-04-01", "2025-12-31", "period"),
        ],
    ),
    # ... when the article does not say when the fiscal year starts: the quarter, value None
    (
        "Au troisième trimestre de son exercice 2025-2026, le groupe a réduit sa dette.",
        "2026-02-05",
        [
            ("troisième trimestre", None, None, "quarter"),
            ("2025-2026", "2025", "2026", "period"),
        ],
    ),
    (
        "Le groupe a publié ses ventes du premier semestre de l'exercice 2025/26.",
        "2026-02-05",
        [("premier semestre", None, None, "semester"), ("2025/26", "2025", "2026", "period")],
    ),
    # ... and calendar quarters stay calendar ones
    (
        "Le groupe, dont l'exercice est clos fin mars, avait vu ses ventes progresser au "
        "troisième trimestre 2025.",
        "2026-02-05",
        [
            ("fin mars", "2026-03", None, "month"),
            ("troisième trimestre 2025", "2025-07-01", "2025-09-30", "quarter"),
        ],
    ),
    (
        "Les trois premiers trimestres de l'exercice 2023 ont été bons.",
        "2026-02-05",
        [("trois premiers trimestres de l'exercice 2023", "2023-01-01", "2023-09-30", "period")],
    ),
    # dates in and out of direct quotes
    (
        "« Le pari est risqué, mais on verra dans deux ans », tempère le délégué syndical.",
        "2025-11-25",
        [],
    ),
    (
        "« Nous ouvrirons une usine dans trois mois », a déclaré le PDG.",
        "2025-11-25",
        [],
    ),
    (
        "Le groupe ouvrira une usine dans deux ans.",
        "2025-11-25",
        [("dans deux ans", "2027", None, "year")],
    ),
    # aujourd'hui "nowadays": a state in the present (copula, passive, verb of state)
    ("« Le marché est aujourd'hui saturé », estime l'analyste.", "2026-02-05", []),
    ("Le capital est aujourd'hui détenu à 60 % par la famille.", "2026-02-05", []),
    ("Le groupe est aujourd'hui rentable.", "2026-02-05", []),
    # ... aujourd'hui "today": an event, or after the predicate
    (
        "La Bourse de Paris est en baisse aujourd'hui.",
        "2026-02-05",
        [("aujourd'hui", "2026-02-05", None, "day")],
    ),
    (
        "Le plan est présenté aujourd'hui aux syndicats.",
        "2026-02-05",
        [("aujourd'hui", "2026-02-05", None, "day")],
    ),  # ... a habit with a frequency is "nowadays"
    ("Les opérateurs versent aujourd'hui 9,40 € par mois à Orange.", "2026-02-10", []),
    # ... any verb in the present with aujourd'hui before its complements, a role in
    # apposition, "encore" around it: nowadays; an event verb or a compound tense: the day
    ("Dans l'usine, les chaînes tournent aujourd'hui à mi-régime.", "2026-01-21", []),
    ("Il a fondé la société avec Sophie Le Bihan, aujourd'hui directrice.", "2026-01-21", []),
    ("Aujourd'hui encore, le site produit des vélos.", "2026-01-21", []),
    (
        "Le groupe publie aujourd'hui ses résultats annuels.",
        "2026-01-21",
        [("aujourd'hui", "2026-01-21", None, "day")],
    ),
    (
        "Le groupe a annoncé aujourd'hui la fermeture du site.",
        "2026-01-21",
        [("aujourd'hui", "2026-01-21", None, "day")],
    ),
    # a bare season is no date; one anchored by a year, cet/ce or dernier/prochain is
    ("« Nous avons des chantiers signés jusqu'à l'automne. »", "2025-06-25", []),
    ("Les actions se multiplieraient au printemps, a prévenu le syndicat.", "2026-03-05", []),
    ("« Le gaz reste indispensable l'hiver », résume l'analyste.", "2026-02-26", []),
    (
        "Le chantier reprendra l'été prochain.",
        "2026-02-26",
        [("l'été prochain", "2026", None, "year")],
    ),
    (
        "Le site fermera cet automne.",
        "2025-06-25",
        [("cet automne", "2025-09-01", "2025-11-30", "period")],
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
    # il y a + years: vague in a quote or in decades, a date otherwise
    ("« Ce qui était exceptionnel il y a quinze ans devient la norme », dit-il.", "2025-04-10", []),
    ("Le groupe a été fondé il y a quinze ans.", "2025-04-10", []),
    (
        "Le groupe a racheté ce site il y a deux ans.",
        "2025-04-10",
        [("il y a deux ans", "2023", None, "year")],
    ),
]


@pytest.mark.parametrize(("text", "article_date", "expected"), THIRD_ROUND)
def test_third_round(nlp: Language, text: str, article_date: str, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected


# ---------------------------------------------------------------------------- speed

GATE_TEXTS = [c if isinstance(c, str) else c[0] for c in POSITIVES + NEGATIVES + THIRD_ROUND] + [
    "DU 5 AU 7 AVRIL 2025, AU TROISIÈME TRIMESTRE, L’ÉTÉ DERNIER, IL Y A TROIS MOIS",
    "Fin 2024, Début De L’Année, Mi-Mars, Jeudi 13, Les Années 1990, D’Ici 2028",
    "le 3\u00a0mars, du\u202f01/10 au 02/11/2017, 2024/25, T3\u00a02025, Q1-2024, 11/2017",
    "ſeptembre, hıer, İL Y A DEUX ANS, neuf premiers mois de l’exercice 2025-2026",
]


@pytest.mark.parametrize("text", GATE_TEXTS + [t.upper() for t in GATE_TEXTS])
def test_gates_never_hide_a_match(nlp: Language, text: str) -> None:
    """A pattern is skipped when its gate says it cannot match: the gate must let through every
    text the pattern matches (``été`` alone, matched but rejected without a determiner, aside)."""
    comp = nlp.get_pipe("fr_dates")
    probe = Probe(text)
    for regex, handler, gate, _anchor in comp._patterns:
        if gate is None or gate(probe):
            continue
        for match in regex.finditer(text):
            assert handler.__name__ == "_season" and not match["det"], (handler, match)


@pytest.mark.parametrize(
    "text",
    GATE_TEXTS
    + [t.upper() for t in GATE_TEXTS]
    + [
        "Fin          mars, du lundi 5   au\n\n mardi 6 mai 2025 ; le mois de  juin dernier.",
        "marsmai mars-avril, lundilundi mardi , aujourd’hui hier  avant-hier",
        "x" * 300 + " fin " + " " * 200 + "septembre " + "y" * 200,
    ],
)
def test_anchored_search_finds_what_finditer_finds(nlp: Language, text: str) -> None:
    """Patterns searched for only around their anchor words (months, weekdays...) give the
    very matches of ``finditer`` over the whole text."""
    comp = nlp.get_pipe("fr_dates")
    probe = Probe(text)
    for regex, _handler, _gate, anchor in comp._patterns:
        if anchor is None:
            continue
        expected = [(m.span(), m.groupdict()) for m in regex.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in anchor.finditer(regex, probe)] == expected


#: the modifier of "début 2025", "en fin d'année" as written before :data:`_MODIFIER_PHRASES`
OLD_MODIFIER = (
    rf"(?P<mod>(?:à{WS}la{WS}fin|au{WS}début|au{WS}milieu|en{WS}fin|en{WS}début|"
    rf"en{WS}milieu|la{WS}fin|le{WS}début|"
    rf"fin|début){WS}d(?:e|u|{APOS})|début|fin|mi|courant)"
)


def test_modifier_pattern_unchanged(nlp: Language) -> None:
    comp = nlp.get_pipe("fr_dates")
    assert isinstance(comp, DatesComponent)
    led = [
        r.pattern
        for r, h, _g, _a in comp._patterns
        if h.__name__ in ("_year_part", "_relative_part")
    ]
    assert len(led) == 2 and all(p.startswith(rf"(?<![\w]){OLD_MODIFIER}") for p in led)


def test_lead_letters_are_lowered_to_what_ignorecase_matches() -> None:
    """What :class:`Lead` relies on, over all of Unicode: a character ``re.IGNORECASE`` matches
    with a head's letter is that letter in :func:`gate_text`, and a character that is not
    ``\\w`` is not one there either (a head is found in the lower-cased text)."""
    letters = sorted(_LEAD_LETTERS)
    any_letter = re.compile("[" + "".join(map(re.escape, letters)) + "]", re.IGNORECASE)
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        low = gate_text(ch)
        assert len(low) == 1
        if any_letter.fullmatch(ch):
            for letter in letters:
                if re.fullmatch(re.escape(letter), ch, re.IGNORECASE):
                    assert low == letter, (hex(code), letter)
        if not word.match(ch):
            assert not word.match(low), hex(code)


def test_lead_rejects_heads_it_cannot_find() -> None:
    with pytest.raises(ValueError):
        Lead(["(?:le|la)"])
    with pytest.raises(ValueError):
        Lead(["ſur"])


#: pieces of fuzzed texts: the heads of the led patterns, in every case, with the characters
#: ``re.IGNORECASE`` equates with others (ı, İ, ſ, the Kelvin sign), spaces and apostrophes
FUZZ_PIECES = [
    *"aeilnsdkKıİſ’' \u00a0\n-,.0123456789ÀÉé",
    "fin",
    "début",
    "mi",
    "courant",
    "à la",
    "au",
    "en",
    "le",
    "de",
    "du",
    "d'",
    "d’ici",
    "il y a",
    "dans",
    "depuis",
    "voici",
    "trois",
    "deux",
    "premier",
    "premiers",
    "derniers",
    "1er",
    "3e",
    "troisième",
    "trimestre",
    "semestre",
    "année",
    "an",
    "mois",
    "semaine",
    "l'",
    "l’année",
    "exercice",
    "2024",
    "2025",
    "prochain",
    "dernière",
    "en cours",
    "ans",
    "jours",
    "neuf",
    "six",
    "mars",
    "lundi",
    "dernier",
    "de la",
    "premiers mois de",
    "DERNIERS TRIMESTRES D’",
    "années",
    "des",
    "les",
    "90",
    "1990",
    "quatre-vingt",
    "entre",
    "avril",
    "12",
    "vingt-deux",
    "et le",
    "jusqu’au",
    "Mer.",
]


FUZZ_SEPARATORS = ["", " ", " ", " ", "  ", "\u00a0", "\n", "-"]


def test_led_and_anchored_search_fuzz(nlp: Language) -> None:
    """Random texts of date pieces: every pattern searched for from its heads or anchor words
    finds the very matches of ``finditer`` over the whole text."""
    comp = nlp.get_pipe("fr_dates")
    assert isinstance(comp, DatesComponent)
    searched = [(r, a) for r, _h, _g, a in comp._patterns if a is not None]
    rng = random.Random(7)
    for _ in range(4000):
        pieces = rng.choices(FUZZ_PIECES, k=rng.randint(1, 40))
        text = "".join(
            (p if rng.random() < 0.5 else p.upper()) + rng.choice(FUZZ_SEPARATORS) for p in pieces
        )
        probe = Probe(text)
        for regex, anchor in searched:
            expected = [(m.span(), m.groupdict()) for m in regex.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in anchor.finditer(regex, probe)] == expected


#: the bare year pattern as written before :data:`YEAR_AT_START`
OLD_YEAR = (
    r"(?P<y>(?<![\w,.\-/])(?:19\d\d|20\d\d|21\d\d)"
    r"(?![\w]|[,.]\d|[ \u00a0\u202f]\d{3}(?!\d)))(?![-/–]\d)"
)
YEAR_PIECES = [*"0123456789012,.-/–_ aZé\u00a0\u202f", "19", "20", "21", "2025", "1999", "000"]


def test_year_pattern_fuzz(nlp: Language) -> None:
    """The bare year pattern led by plain digits finds what the one led by a lookbehind did."""
    comp = nlp.get_pipe("fr_dates")
    assert isinstance(comp, DatesComponent)
    (new,) = [r for r, h, _g, _a in comp._patterns if h.__name__ == "_year"]
    old = re.compile(OLD_YEAR, re.IGNORECASE)
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choices(YEAR_PIECES, k=rng.randint(1, 30)))
        expected = [(m.span(), m.span("y")) for m in old.finditer(text)]
        assert [(m.span(), m.span("y")) for m in new.finditer(text)] == expected, text


def test_gate_text_keeps_offsets() -> None:
    text = "İSTANBUL ſ ı É\u00a0À"
    assert len(gate_text(text)) == len(text)
    assert gate_text(text) == "istanbul s i é\u00a0à"


def test_setup_tolerates_data_saved_by_an_older_version(nlp: Language) -> None:
    """A pipeline saved before a lexicon existed loads with the shipped one instead."""
    comp = nlp.get_pipe("fr_dates")
    old = {k: v for k, v in comp.data.items() if k not in ("future_verbs", "periods", "seasons")}
    clone = DatesComponent(nlp, "fr_dates_old")
    clone.from_bytes(srsly.json_dumps(old).encode("utf-8"))
    doc = run(nlp, "Au troisième trimestre 2025, le 5 mars et au printemps 2026.")
    assert [s.text for s in clone(doc).spans["dates"]] == [
        "troisième trimestre 2025",
        "5 mars",
        "printemps 2026",
    ]


# ---------------------------------------------------------------------------- pubdate
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publié le 12 février 2025\nTitre de l'article\nCorps.", "2025-02-12"),
        ("Mis à jour le 3 mars 2025 à 10h12\nTitre", "2025-03-03"),
        ("12/02/2025\nTitre", "2025-02-12"),
        ("2025-02-12\nTitre", "2025-02-12"),
        ("Titre de l'article\n\nLe 12 février 2025\nCorps", "2025-02-12"),
        ("Titre\nPublié le 1er\u00a0mars\u00a02024", "2024-03-01"),
        ("Titre\nSous-titre\nChapeau\nPublié le 12 février 2025", None),  # 4th line
        ("Un très long paragraphe qui cite le 12 février 2025 au milieu d'une phrase " * 3, None),
        ("Titre sans date\nCorps", None),
        ("", None),
    ],
)
def test_date_from_header(text: str, expected: str | None) -> None:
    assert date_from_header(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2025-02-12-musk-openai.txt", "2025-02-12"),
        ("20250212_musk.txt", "2025-02-12"),
        ("articles/2024/2025_02_12 article.txt", "2025-02-12"),
        ("musk-openai.txt", None),
        ("2025-13-45-x.txt", None),
        ("123456789.txt", None),
    ],
)
def test_date_from_filename(name: str, expected: str | None) -> None:
    assert date_from_filename(name) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-12", "2025-02-12"),
        ("2025-02-12T10:12:00Z", "2025-02-12"),
        ("12/02/2025", "2025-02-12"),
        ("12 février 2025", "2025-02-12"),
        (dt.date(2025, 2, 12), "2025-02-12"),
        (dt.datetime(2025, 2, 12, 10, 30), "2025-02-12"),
        (None, None),
        (math.nan, None),
        ("", None),
    ],
)
def test_normalize_date(value: object, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_normalize_date_pandas() -> None:
    pd = pytest.importorskip("pandas")
    assert normalize_date(pd.Timestamp("2025-02-12 08:00")) == "2025-02-12"
    assert normalize_date(pd.NaT) is None
    assert normalize_date(pd.NA) is None


@pytest.mark.parametrize("value", ["pas une date", "2025-13-45", 12.5, ["2025-02-12"]])
def test_normalize_date_garbage(value: object) -> None:
    with pytest.raises(ValueError, match="not a date"):
        normalize_date(value)


# Round 4: durations after depuis, and generic relative words (contrast, "de demain")
FOURTH_ROUND = [
    # depuis + a count of units is a duration, not a date
    ("« Les salaires sont gelés depuis deux ans », a-t-il martelé.", "2025-04-15", []),
    ("Le titre a reculé depuis trois mois.", "2025-04-15", []),
    ("Le groupe est coté depuis 2019.", "2025-04-15", [("2019", "2019", None, "year")]),
    # a contrast or a negated pair makes a relative word generic
    (
        '"Nous investissons pour dix ans, pas pour le prochain trimestre", a-t-elle ajouté.',
        "2025-07-24",
        [],
    ),
    ("\"Omega n'est pas à vendre, ni aujourd'hui ni demain.\"", "2025-07-24", []),
    ("« Nous construisons les usines de demain », a-t-il dit.", "2025-07-24", []),
    # ... but a plain reference stays a date
    (
        "Le groupe prévoit une hausse des ventes au prochain trimestre.",
        "2025-07-24",
        [("au prochain trimestre", "2025-10-01", "2025-12-31", "quarter")],
    ),
    ("Le conseil se réunira demain.", "2025-07-24", [("demain", "2025-07-25", None, "day")]),
    (
        "Les prix baisseront à partir de demain.",
        "2025-07-24",
        [("demain", "2025-07-25", None, "day")],
    ),
]


@pytest.mark.parametrize(("text", "article_date", "expected"), FOURTH_ROUND)
def test_fourth_round(nlp: Language, text: str, article_date: str, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected


FIFTH_ROUND = [
    # a month alone under a verb in the simple present states a habit or a general truth
    ("Un hiver se joue en février, nous restons prudents.", "2025-12-11", []),
    ("Les séminaires remplissent déjà nos hôtels en juillet.", "2025-12-11", []),
    ("Le festival remplit chaque année en mars les hôtels de la ville.", "2025-12-11", []),
    # ... but a plain present of a change, a future, a past or an event verb makes it a date
    (
        "La production repart en mai.",
        "2025-12-11",
        [("mai", "2025-05", None, "month")],
    ),
    (
        "L'inflation ralentit en novembre, selon l'Insee.",
        "2025-12-11",
        [("novembre", "2025-11", None, "month")],
    ),
    (
        "Le groupe publiera ses comptes en février.",
        "2025-12-11",
        [("février", "2026-02", None, "month")],
    ),
    (
        "Les ventes ont bondi en juillet.",
        "2025-12-11",
        [("juillet", "2025-07", None, "month")],
    ),
    # a comparison with a past period is year on year, not a date
    ("Les réservations sont en avance de 4 % sur l’an dernier.", "2025-12-11", []),
    ("Les ventes progressent de 3 % par rapport à l'an dernier.", "2025-12-11", []),
    (
        "L'an dernier, le chiffre d'affaires a reculé.",
        "2025-12-11",
        [("L'an dernier", "2024", None, "year")],
    ),
    # d'ici + ten years or more is a vague horizon; a shorter one is a date
    ("Les stations devront se réinventer d’ici dix ans.", "2025-12-11", []),
    (
        "Le site fermera d'ici deux ans.",
        "2025-12-11",
        [("d'ici deux ans", "2025", "2027", "period")],
    ),
    # aujourd'hui before a role noun in apposition to a name: nowadays
    (
        "Elle fonde la marque avec une amie, Nadia Benali, aujourd’hui directrice technique.",
        "2026-01-08",
        [],
    ),
    # a scheduled event in the simple present: the coming weekday (Thursday 11 December 2025)
    (
        "La saison qui s’ouvre samedi s’annonce-t-elle meilleure ?",
        "2025-12-11",
        [("samedi", "2025-12-13", None, "day")],
    ),
    ("Le salon se tient samedi à Lyon.", "2025-12-11", [("samedi", "2025-12-13", None, "day")]),
    ("La réunion a lieu jeudi.", "2025-12-11", [("jeudi", "2025-12-11", None, "day")]),
    # ... in a past tense, or another present verb, the past one
    ("Le salon s'est tenu samedi à Lyon.", "2025-12-11", [("samedi", "2025-12-06", None, "day")]),
    (
        "Le groupe a annoncé samedi un rachat.",
        "2025-12-11",
        [("samedi", "2025-12-06", None, "day")],
    ),
    # a season with prochain gives the year of the coming season
    (
        "« Nous avons des commandes jusqu’à l’été prochain », dit-elle.",
        "2025-11-18",
        [("l’été prochain", "2026", None, "year")],
    ),
    (
        "L'hiver dernier a été rude.",
        "2025-11-18",
        [("L'hiver dernier", "2024-12-01", "2025-02-28", "period")],
    ),
]


@pytest.mark.parametrize(("text", "article_date", "expected"), FIFTH_ROUND)
def test_fifth_round(nlp: Language, text: str, article_date: str, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected


def test_masks_overlap_as_the_loop_over_them() -> None:
    """:class:`Masks` answers as ``any`` over the ranges (nested, touching, empty, none)."""
    rng = random.Random(0)
    for _ in range(300):
        ranges = [(s, s + rng.randint(0, 12)) for s in (rng.randint(0, 60) for _ in range(6))]
        del ranges[rng.randint(0, 6) :]
        masks = Masks(ranges)
        for start in range(0, 75, 3):
            for end in range(start, start + 15):
                expected = any(s < end and start < e for s, e in ranges)
                assert masks.overlaps(start, end) == expected
