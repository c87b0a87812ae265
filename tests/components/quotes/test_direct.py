"""Direct quotes: quote marks attributed by a cue before them, by the sentence after them, or by
no cue (the subject of the sentence before, the last speaker); quote mark kinds; the span."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import NBSP, NNBSP, Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # a whole short sentence in quote marks, its speaker the subject of the sentence after
    (
        "« L’année sera difficile. » En présentant les résultats annuels, Paul Garnier, "
        "directeur général de Kelvia, a eu le sens de la litote.",
        [("direct", "L’année sera difficile.", "Paul Garnier", None)],
    ),
    # a signature line after the quote, with no verb
    (
        "« Le projet de Talmont a pour objectif de poursuivre le développement de la filiale. » "
        "Jeanne Martin, PDG de Kelvia, dans un communiqué\n\nLa suite est attendue en juin.",
        [
            (
                "direct",
                "Le projet de Talmont a pour objectif de poursuivre le développement de la "
                "filiale.",
                "Jeanne Martin",
                None,
            )
        ],
    ),
    # a quote a colon opens, attributed by the incise after its comma
    (
        "Le gouvernement s’inquiète : « Le groupe doit se réinventer », a déclaré la ministre "
        "de l’Économie Claire Dumont, en mai dernier.",
        [("direct", "Le groupe doit se réinventer", "Claire Dumont", "déclarer")],
    ),
    # quoted fragments of one sentence before its incise are one quote
    (
        "La réforme a été votée. Cette réforme « est un immense succès » qui « marque un "
        "tournant pour les marchés », a déclaré le ministre de l'Économie, Jean Dufour, lors "
        "d'une cérémonie.",
        [
            (
                "direct",
                "est un immense succès marque un tournant pour les marchés",
                "Jean Dufour",
                "déclarer",
            )
        ],
    ),
    # direct, attribution before
    (
        "Le PDG de Renault, Luca de Meo, a prévenu : « Nous ne céderons pas sur les prix. »",
        [("direct", "Nous ne céderons pas sur les prix.", "Luca de Meo", "prévenir")],
    ),
    (
        f"Bernard Arnault a déclaré :{NBSP}«{NBSP}Le luxe résiste bien{NNBSP}»{NBSP}.",
        [("direct", "Le luxe résiste bien", "Bernard Arnault", "déclarer")],
    ),
    (
        "Thierry Breton juge que « la situation est grave ».",
        [("direct", "la situation est grave", "Thierry Breton", "juger")],
    ),
    (
        "Marie Curie est partie tôt. Elle s’est dit « déçue » par la décision.",
        [("direct", "déçue", "Marie Curie", "se dire")],
    ),
    # straight and curly quotes
    (
        'Sundar Pichai a affirmé : "Nous investissons massivement dans l’IA."',
        [("direct", "Nous investissons massivement dans l’IA.", "Sundar Pichai", "affirmer")],
    ),
    (
        "Satya Nadella a répondu : “Nous avons une longueur d’avance sur nos concurrents.”",
        [
            (
                "direct",
                "Nous avons une longueur d’avance sur nos concurrents.",
                "Satya Nadella",
                "répondre",
            )
        ],
    ),
    # more attribution forms
    (
        "Jean Dupont l’a rappelé jeudi devant les actionnaires : « Nous ne céderons rien. »",
        [("direct", "Nous ne céderons rien.", "Jean Dupont", "rappeler")],
    ),
    # a quote with no cue opening its sentence: the subject of the sentence before
    (
        "Jean Dupont se montre optimiste pour la suite. « Nous allons doubler nos ventes en Asie "
        "d’ici trois ans. »",
        [
            (
                "direct",
                "Nous allons doubler nos ventes en Asie d’ici trois ans.",
                "Jean Dupont",
                None,
            )
        ],
    ),
    (
        "Le PDG de Safran, Olivier Andriès, est formel :\n« Nous ne manquerons pas de commandes "
        "cette année. »",
        [
            (
                "direct",
                "Nous ne manquerons pas de commandes cette année.",
                "Olivier Andriès",
                None,
            )
        ],
    ),
    # two quotes around an incise in straight marks: the same speaker
    (
        'L’opérateur SES a relevé ses objectifs. "Les synergies dépassent nos attentes", a martelé '
        'son directeur général, Adel Al-Saleh. "Nous atteindrons 370 millions dès 2026."',
        [
            ("direct", "Les synergies dépassent nos attentes", "Adel Al-Saleh", "marteler"),
            ("direct", "Nous atteindrons 370 millions dès 2026.", "Adel Al-Saleh", None),
        ],
    ),
    # the verb's object between it and the quote: the quoted words are the subject's
    (
        "Sophie Marchal, directrice de Norvia, juge le projet de loi « inapplicable en l'état ».",
        [("direct", "inapplicable en l'état", "Sophie Marchal", "juger")],
    ),
    (
        "Le rapport est sorti lundi. Marc Petit qualifie la mesure de « brutale ».",
        [("direct", "brutale", "Marc Petit", "qualifier")],
    ),
    (
        "La CGT trouve ce plan « inacceptable ».",
        [("direct", "inacceptable", "CGT", "trouver")],
    ),
    # the sentence after the quote names its speaker
    (
        "« Nous ne fermerons aucune usine. » C'est en ces termes que Jean Dupont a réagi mardi "
        "à l'annonce.",
        [("direct", "Nous ne fermerons aucune usine.", "Jean Dupont", None)],
    ),
    (
        "« Le marché va se redresser dès l'an prochain. » Voilà ce qu’a déclaré Sophie Marchal "
        "devant les actionnaires.",
        [("direct", "Le marché va se redresser dès l'an prochain.", "Sophie Marchal", "déclarer")],
    ),
    (
        "« Nous tiendrons nos objectifs malgré la crise. » Ainsi s'exprimait Jean Dupont devant "
        "les analystes.",
        [("direct", "Nous tiendrons nos objectifs malgré la crise.", "Jean Dupont", None)],
    ),
    (
        "« Le marché est saturé. » Tel est le constat dressé par Jean Dupont, le patron de Valtek.",
        [("direct", "Le marché est saturé.", "Jean Dupont", None)],
    ),
    # a day between the cue and the quote; "qualifier de « … »" before its object
    (
        "Olivier Salleron a dénoncé mardi « un effondrement historique » des mises en chantier.",
        [("direct", "un effondrement historique", "Olivier Salleron", "dénoncer")],
    ),
    (
        "Patrick Pouyanné a qualifié de « stupide » la taxe sur les superprofits.",
        [("direct", "stupide", "Patrick Pouyanné", "qualifier")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_direct_quotes(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


def test_span_covers_content(nlp: Language) -> None:
    doc = nlp("Jean Dupont a déclaré : « Nous allons investir en France. »")
    (span,) = doc.spans["quotes"]
    assert span.text == "Nous allons investir en France."


def test_cue_inside_direct_quote_starts_nothing(nlp: Language) -> None:
    got = quotes(
        nlp, "Jean Dupont a déclaré : « Nos clients estiment que les prix sont trop élevés. »"
    )
    assert [g["kind"] for g in got] == ["direct"]


def test_multi_paragraph_quote(nlp: Language) -> None:
    text = (
        "Anne Lauvergeon a expliqué : « Nous avons tout essayé pour sauver le site.\n"
        "« Mais la demande a chuté de moitié en deux ans. »"
    )
    got = quotes(nlp, text)
    assert len(got) == 1
    assert got[0]["quote"].startswith("Nous avons tout essayé")
    assert got[0]["quote"].endswith("en deux ans.")


def test_speech_verb_keeps_saying(nlp: Language) -> None:
    """``dit`` after an auxiliary or a reflexive is speech, not naming."""
    got = quotes(nlp, "Le ministre a dit « non » à l’offre de rachat.")
    assert [g["quote"] for g in got] == ["non"]
