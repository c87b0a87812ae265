"""Constructions of real press the quote rules learnt in round 6, one kind per group of cases
(sentences of our own, modelled on the kinds newsrooms write): plural pronouns taking up two
joint speakers, narrative infinitives, ``comme l'a rappelé X``, an incise before a quote in the
same sentence, a quoted fragment after the complements of a speech verb, a paragraph a colon
announces whose closing mark is missing, ``selon ses estimations``, a name after a medium, a
name on a described subject, datelines with an agency or a date, ``explique-t-on chez X``, a
document's publisher, speech verbs (``s'insurger``), credit lines, ``Q :`` / ``R :``
interviews."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.components.quotes.marks import find_quote_marks
from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # a plural pronoun takes up the first of two joint names (the gold's joint speakers)
    (
        "Airbus et Safran ont signé un accord mardi. « Nous sommes fiers de ce partenariat », "
        "ont-ils déclaré.",
        [("direct", "Nous sommes fiers de ce partenariat", "Airbus", "déclarer")],
    ),
    (
        "Renault et Nissan ont publié leurs comptes. Elles ont indiqué que l'alliance serait "
        "renforcée.",
        [("indirect", "l'alliance serait renforcée", "Renault", "indiquer")],
    ),
    (
        "Airbus et Safran ont signé un accord mardi. Ils vont faire appel de la décision, "
        "ont-ils indiqué dans un communiqué.",
        [("indirect", "Ils vont faire appel de la décision", "Airbus", "indiquer")],
    ),
    # a narrative infinitive with no speaker quoted before: the subject the passage is about
    (
        "Jean Dupont, PDG d'Alpha, a présenté ses résultats. Et de rappeler que le groupe n'a "
        "jamais perdu d'argent.",
        [("indirect", "le groupe n'a jamais perdu d'argent", "Jean Dupont", "rappeler")],
    ),
    # "comme l'a rappelé X" opening or closing the sentence
    (
        "Comme l'a rappelé Christine Lagarde, la BCE reste vigilante face à l'inflation.",
        [
            (
                "indirect",
                "la BCE reste vigilante face à l'inflation",
                "Christine Lagarde",
                "rappeler",
            )
        ],
    ),
    (
        "La BCE reste vigilante face à l'inflation, comme le souligne Christine Lagarde.",
        [
            (
                "indirect",
                "La BCE reste vigilante face à l'inflation",
                "Christine Lagarde",
                "souligner",
            )
        ],
    ),
    (
        "Comme l'a annoncé mardi le groupe Renault, les ventes ont reculé de 3 %.",
        [("indirect", "les ventes ont reculé de 3 %", "Renault", "annoncer")],
    ),
    # an incise before the quote in its sentence; the pronoun takes up a person named as object
    (
        "Mais quelle mouche a donc piqué Jean Dupont ? C'est simple, a-t-il expliqué, il existe "
        "« une règle qui nous permet de refuser ».",
        [("direct", "une règle qui nous permet de refuser", "Jean Dupont", "expliquer")],
    ),
    # a quoted fragment after the complements of a speech verb, past an employer in apposition
    (
        "Marc Durand, le président-directeur général du groupe Veltis, s'est félicité dans un "
        "message à ses salariés de la possibilité « d'ouvrir un nouveau chapitre ».",
        [("direct", "d'ouvrir un nouveau chapitre", "Marc Durand", "se féliciter")],
    ),
    (
        "Anne Roux, la présidente du groupe Beta, s'est félicitée que les ventes progressent.",
        [("indirect", "les ventes progressent", "Anne Roux", "se féliciter")],
    ),
    # a paragraph announced by a colon, its closing mark missing (a truncated page)
    (
        "La veille, la présidente de la banque, Anne Roux, avait déclaré :\n\n« Cette opération "
        "est un succès exceptionnel pour nos clients.",
        [
            (
                "direct",
                "Cette opération est un succès exceptionnel pour nos clients.",
                "Anne Roux",
                None,
            )
        ],
    ),
    # "selon ses estimations": the possessor, named after the comma
    (
        "Selon ses dernières estimations, EDF prévoit de produire entre 300 et 340 TWh en 2025.",
        [
            (
                "indirect",
                "EDF prévoit de produire entre 300 et 340 TWh en 2025",
                "EDF",
                "selon",
            )
        ],
    ),
    # a first name and surname after a medium the recogniser took with them
    (
        "« C'est une décision difficile », explique au Figaro Jean Dupont.",
        [("direct", "C'est une décision difficile", "Jean Dupont", "expliquer")],
    ),
    (
        "« Nous cherchons un repreneur », a déclaré à l'AFP Karine Sabatier, déléguée CGT du site.",
        [("direct", "Nous cherchons un repreneur", "Karine Sabatier", "déclarer")],
    ),
    # speech verbs of real press
    (
        "Les syndicats dénoncent un plan. « Les salariés sont inquiets », s'insurge Paul Martin, "
        "délégué CGT.",
        [("direct", "Les salariés sont inquiets", "Paul Martin", "s'insurger")],
    ),
    # an impersonal "on" speaks for the organisation after it
    (
        "« Nous allons accélérer », explique-t-on chez Renault.",
        [("direct", "Nous allons accélérer", "Renault", "expliquer")],
    ),
    # a document quotes its publisher
    (
        "Selon le rapport annuel de Renault, les ventes ont progressé de 4 %.",
        [("indirect", "les ventes ont progressé de 4 %", "Renault", "selon")],
    ),
    # a photo credit names no one a pronoun takes up
    (
        "Jean Dupont dirige Alpha depuis 2020.\nPhoto : Marie Durand / AFP\n« Le marché reste "
        "solide », a-t-elle déclaré mardi.",
        [("direct", "Le marché reste solide", None, "déclarer")],
    ),
    # an interview in "Q :" / "R :" form: the interviewee of the header answers
    (
        "Entretien avec Anne Roux, présidente de Beta.\n\nQ : Comment se porte le marché ?\n\n"
        "R : Il reste solide, malgré la hausse des taux.",
        [("direct", "Il reste solide, malgré la hausse des taux.", "Anne Roux", None)],
    ),
    # a dateline with an agency in lower case; the name hangs on the described subject
    (
        "Genève (awp) - La banque privée genevoise Delorme & Cie a dégagé en 2025 un bénéfice "
        "net de 84 millions de francs, a-t-elle annoncé mardi.",
        [
            (
                "indirect",
                "La banque privée genevoise Delorme & Cie a dégagé en 2025 un bénéfice net de 84 "
                "millions de francs",
                "Delorme & Cie",
                "annoncer",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_press_constructions(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


def test_dateline_with_date_and_agency(nlp: Language) -> None:
    text = (
        "PARIS, 14 mai (Reuters) - Le groupe Renault va supprimer 500 postes en France, a "
        "annoncé jeudi le constructeur."
    )
    got = quotes(nlp, text)
    assert [q["quote"] for q in got] == ["Le groupe Renault va supprimer 500 postes en France"]


@pytest.mark.parametrize(
    "text",
    [
        # a conjunction "comme" that introduces no speech
        "Comme prévu, les ventes ont reculé de 3 %.",
        # a label the reporter quotes after a purpose clause
        "Le groupe a lancé un plan pour « redresser la barre » dès 2025.",
        # a noun phrase quoted as the verb's object is a label, not a quote
        "La CGT a dénoncé dans un tract « une course à la rentabilité ».",
    ],
)
def test_not_quotes(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []


def test_recommendation_after_relative_is_not_the_incise(nlp: Language) -> None:
    """``« … », commente Natixis, qui abaisse sa recommandation à « Alléger »``: the label
    after the relative clause is not a second quote of the incise."""
    text = (
        "« Ces chiffres sont décevants », commente Natixis, qui abaisse sa recommandation à "
        "« Alléger »."
    )
    assert [q["quote"] for q in quotes(nlp, text)] == ["Ces chiffres sont décevants"]


def test_unclosed_paragraph_needs_a_colon() -> None:
    """A « opening a paragraph without its closing mark quotes it only after a colon."""
    announced = "Il a déclaré :\n\n« Tout va bien.\n\nLa suite."
    assert len(find_quote_marks(announced)) == 1
    stray = "Le marché « reste fragile.\n\nLa suite."
    assert find_quote_marks(stray) == []
