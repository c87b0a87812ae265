"""Speakers of real-press constructions learnt in round 7 (sentences of our own, one kind per
group of cases): a role subject with the person apposed to it, an incise whose speaker opens a
relative clause (``selon qui``), an unnamed source named in its apposition, joint speakers
after a dateline, the analysts of a firm after ``pour``, a union description taking up a union
named as a complement, a two-word description (``la jeune pousse``), ``selon lui`` after an
organisation that gives opinions, markets that are no company, a company quoted after ``pour``,
and interviews whose answers have neither marks nor dashes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # a role subject with a person apposed: the person speaks, not the role's organisation
    (
        "Veltis va céder son usine de Tours. Le délégué syndical FO de l'usine, Paul Meunier, "
        "a indiqué que les salariés voulaient des garanties.",
        [("indirect", "les salariés voulaient des garanties", "Paul Meunier", "indiquer")],
    ),
    # an incise with an apposed name, then "selon qui": two quotes of that person
    (
        "La marge a reculé à 8 %, a précisé le directeur financier, Jean Morel, selon qui le "
        "groupe « reste solide ».",
        [
            ("indirect", "La marge a reculé à 8 %", "Jean Morel", "préciser"),
            ("indirect", "le groupe reste solide", "Jean Morel", "selon"),
        ],
    ),
    # an unnamed source named in its apposition: the first person named
    (
        "Le fabricant de meubles Dorvel a été déclaré en faillite. Selon les liquidateurs, Mes "
        "Anne Leroy et Marc Petit, le passif dépasse 30 millions d'euros.",
        [("indirect", "le passif dépasse 30 millions d'euros", "Anne Leroy", "selon")],
    ),
    # joint speakers after a dateline: the agency in brackets is none of them
    (
        "PARIS, 2 juillet (AFP) - La Banque Alpha, la suisse Helvia et la Caisse Delta SA vont "
        "fusionner, ont annoncé mardi les trois banques.",
        [
            (
                "indirect",
                "La Banque Alpha, la suisse Helvia et la Caisse Delta SA vont fusionner",
                "Banque Alpha",
                "annoncer",
            )
        ],
    ),
    # "Pour les analystes de X, qui …, « … »": the firm speaks, past the relative clause
    (
        "Pour les analystes d'Oddo BHF, qui relèvent leur objectif de cours, « le marché "
        "sous-estime la croissance ».",
        [("direct", "le marché sous-estime la croissance", "Oddo BHF", "pour")],
    ),
    # "le syndicat" takes up a union named as a complement ("à l'appel de la CGT")
    (
        "La grève se poursuit chez Veltis, à l'appel de la CGT. Le syndicat demande que la "
        "direction rouvre les négociations.",
        [("indirect", "la direction rouvre les négociations", "CGT", "demander")],
    ),
    # a description of two words ("la jeune pousse") closing an incise
    (
        "La start-up Recylia a obtenu une aide de 40 millions d'euros. Le projet représente un "
        "investissement total de 300 millions d'euros, a précisé la jeune pousse lyonnaise.",
        [
            (
                "indirect",
                "Le projet représente un investissement total de 300 millions d'euros",
                "Recylia",
                "préciser",
            )
        ],
    ),
    # "selon lui" after a body that gives opinions (le cabinet X) in the sentence before
    (
        "Nadia Ferhat dirige Pixalia. Le cabinet de conseil Orvest avait recommandé de voter "
        "contre. Selon lui, la rémunération est excessive.",
        [("indirect", "la rémunération est excessive", "Orvest", "selon")],
    ),
    # … but after a company ("le groupe X"), the person spoken of before
    (
        "Marc Durand a pris la parole devant les actionnaires. Le groupe Veltis a ensuite publié "
        "ses comptes. Selon lui, la rentabilité reviendra dès l'an prochain.",
        [("indirect", "la rentabilité reviendra dès l'an prochain", "Marc Durand", "selon")],
    ),
    # … and a company of the pronoun's gender when no person is of that gender
    (
        "La banque suisse Helvia avait recommandé de voter contre. Selon elle, le bonus est "
        "injustifié.",
        [("indirect", "le bonus est injustifié", "Helvia", "selon")],
    ),
    # a company after "pour" speaks when the sentence quotes it (three words at least), past a
    # relative clause on it; a term in scare quotes is not its words
    (
        "Pour la Sorem, dont le directeur général Moussa Traoré a assisté à la signature, "
        "l'avenant « rééquilibre enfin le partage de la valeur ».",
        [("direct", "rééquilibre enfin le partage de la valeur", "Sorem", "pour")],
    ),
    (
        "Pour Renault, ce « tournant » arrive tard, estime un analyste.",
        [("indirect", "Pour Renault, ce tournant arrive tard", None, "estimer")],
    ),
    # a company description takes up a name that came back as a complement ("de Recyvolt")
    (
        "Bruxelles autorise des aides pour l'usine de Recyvolt SAS.\nLa Commission a autorisé "
        "la France à soutenir le projet de Recyvolt SAS, avec une avance versée par Bpifrance. Le "
        "projet coûtera 1,1 milliard d'euros, a précisé la jeune pousse lyonnaise.",
        [
            (
                "indirect",
                "Le projet coûtera 1,1 milliard d'euros",
                "Recyvolt SAS",
                "préciser",
            )
        ],
    ),
    # a market is no company: "le groupe" never takes up the Bourse
    (
        "La Bourse de Paris a reculé de 2 % mardi. En cause, selon le groupe, « une conjoncture "
        "défavorable en Europe ».",
        [("direct", "une conjoncture défavorable en Europe", None, "selon")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_press_speakers(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


INTERVIEW = (
    "Julie Perrin (Kaldor) : « Nous allons doubler nos capacités »\n"
    "ENTRETIEN - La présidente du fabricant lyonnais détaille ses projets.\n"
    "LES ÉCHOS. - Votre activité a-t-elle repris ?\n"
    "Julie Perrin. - Oui. Nous avons réalisé 120 millions d'euros de chiffre d'affaires.\n"
    "Vous avez racheté un concurrent allemand. Pourquoi ?\n"
    "Nous voulions une usine en Europe centrale, à un prix raisonnable.\n"
    "La région vous aide pourtant…\n"
    "C'est différent. Nous recevons une aide à l'embauche, comme nos voisins.\n"
)


def test_interview_answers_without_dashes(nlp: Language) -> None:
    """``Nom. - réponse`` (a hyphen after the period), then answers without marks or dashes
    after each question (a paragraph ending with ``?`` or ``…``): the interviewee's."""
    got = [
        (q["kind"], q["quote"], q["speaker"])
        for q in quotes(nlp, INTERVIEW)
        if q["quote"] != "Nous allons doubler nos capacités"
    ]
    assert got == [
        (
            "direct",
            "Oui. Nous avons réalisé 120 millions d'euros de chiffre d'affaires.",
            "Julie Perrin",
        ),
        (
            "direct",
            "Nous voulions une usine en Europe centrale, à un prix raisonnable.",
            "Julie Perrin",
        ),
        (
            "direct",
            "C'est différent. Nous recevons une aide à l'embauche, comme nos voisins.",
            "Julie Perrin",
        ),
    ]


def test_no_plain_answers_outside_an_interview(nlp: Language) -> None:
    """A question closing a paragraph of a report does not make the next one an answer."""
    text = (
        "Veltis va-t-il céder son usine de Tours ?\n"
        "Nous ne le savons pas encore, mais le groupe a engagé des discussions.\n"
    )
    assert quotes(nlp, text) == []


def test_quote_over_two_paragraphs_with_a_role_in_its_incise(nlp: Language) -> None:
    """A quote whose first paragraph ends without a closing mark goes on in the next one
    opening with « (one quote, one speaker); the role apposed to the speaker's name in the
    incise (``le fondateur de Kaldor``, ``à la tête de X depuis 2015``) is not quoted."""
    for role in ("le fondateur de Kaldor", "à la tête de Kaldor depuis 2015"):
        text = (
            "Kaldor traverse une passe difficile. « Nous avons vécu une année difficile, "
            f"explique Paul Renard, {role}. Les commandes ont chuté de moitié.\n\n"
            "« Mais nous allons recruter cinquante personnes l'an prochain. »"
        )
        got = quotes(nlp, text)
        assert len(got) == 1, got
        assert got[0]["speaker"] == "Paul Renard"
        assert "Kaldor" not in got[0]["quote"]
        assert got[0]["quote"].endswith("cinquante personnes l'an prochain.")
