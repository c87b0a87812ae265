"""fr_dates: date expressions normalised against the article's date; pubdate helpers.

Unless a case says otherwise, the article is dated Wednesday 12 February 2025.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest
from spacy.language import Language
from spacy.tokens import Doc

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
