"""Tests of the speaker stages (``pipeline.components.quotes.speakers``), rule by rule.

Each noun phrase rule and role rule is shown deciding a French sentence, with the speaker the
quote gets next to it; the stages without a cue (pronouns, recency, roles, names) are tested on
their own, the resolver built over a parsed article with a small hand-made lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.quotes.speakers import (
    NOUN_PHRASE_RULES,
    ORG,
    PERSON,
    ROLE_RULES,
    SpeakerResolver,
    find_names,
    noun_phrases,
    role_match,
    roles,
    speaker_dict,
)
from pipeline.components.quotes.speakers.names import name_words, strip_det
from pipeline.components.quotes.speakers.organisations import OrgKinds

# text, the speaker the quote shows (its name, or the words of an unnamed source), the rule
NOUN_PHRASE_CASES = [
    ("Pour Christine Lagarde, l'inflation reste trop élevée.", "Christine Lagarde", "own_person"),
    (
        "Selon le camp de Jean Dupont, le projet avance bien.",
        "Jean Dupont",
        "person_in_complement",
    ),
    (
        "Carlos Tavares a rencontré Luca de Meo. Ce dernier a estimé que les droits de douane "
        "étaient une erreur.",
        "Luca de Meo",
        "demonstrative",
    ),
    (
        "Un porte-parole du ministère belge des Transports a confirmé que la taxe serait "
        "appliquée dès janvier.",
        "ministère belge des Transports",
        "voice_of_institution",
    ),
    (
        "« Nous ne commentons pas les rumeurs de marché », a répondu un porte-parole de Kering.",
        "Kering",
        "voice_at_organisation",
    ),
    (
        "Le groupe Lactalis a proposé un prix de 465 euros. « Le marché s’est retourné », a "
        "justifié un porte-parole du groupe lavallois.",
        "Lactalis",
        "voice_of_description",
    ),
    (
        "Renault présente ses comptes. « Nous sommes confiants », indique un communiqué.",
        "Renault",
        "published_document",
    ),
    (
        "Chez Lactalis, un porte-parole a indiqué que le groupe « examinait le dossier ».",
        "Lactalis",
        "voice_of_sentence_org",
    ),
    (
        "Le constructeur Renault a publié ses comptes mardi. Un porte-parole a précisé que les "
        "ventes avaient progressé de 3 %.",
        "Renault",
        "voice_of_previous_subject",
    ),
    (
        "Le procureur Jean Martin a requis la relaxe. Pour le parquet, le dossier ne contient "
        "aucune preuve de fraude.",
        "Jean Martin",
        "court_voice",
    ),
    (
        "Julien Ravanel dirige Kryptalis. « Un vol de cette ampleur reste absorbable », a glissé "
        "le dirigeant d’une plateforme concurrente, qui a requis l’anonymat.",
        "le dirigeant d’une plateforme concurrente",
        "anonymous_source",
    ),
    (
        "Le groupe Renault s’allie avec Stellantis pour produire des batteries, ont indiqué "
        "lundi les deux sociétés.",
        "Renault",
        "joint_organisations",
    ),
    (
        "Pour l’association Foodwatch, cette hausse des tarifs est injustifiée.",
        "Foodwatch",
        "organisation_description",
    ),
    (
        "Le préfet du Nord, Georges-François Leclerc, a réuni les élus. Le préfet a assuré que "
        "l’État soutiendrait le site.",
        "Georges-François Leclerc",
        "role_description",
    ),
    (
        "Un proche du dossier assure que la vente sera conclue avant l'été.",
        "Un proche du dossier",
        "unnamed_source",
    ),
    ("Pour la CFDT, ce plan social est inacceptable.", "CFDT", "first_mention"),
    (
        "L'État a signé l'acquisition de l'activité Advanced Computing d'Atos, a annoncé Bercy.",
        "Bercy",
        "missed_name",
    ),
    (
        "« Nous examinerons ce dossier avec attention », a prévenu Bruxelles.",
        "Bruxelles",
        "named_place_or_misc",
    ),
]

ROLE_CASES = [
    (
        "Selon le directeur financier, Philippe Dartienne, la filiale devrait atteindre "
        "l'équilibre.",
        "Philippe Dartienne",
        "apposed_name",
    ),
    (
        "Marc Vidal dirige depuis 2020 la coopérative Terrena. Le dirigeant estime que la "
        "collecte de lait baissera de 3 %.",
        "Marc Vidal",
        "known_role",
    ),
    (
        "Le syndicat IG Metall refuse le plan. « Nous ne laisserons pas démanteler la "
        "sidérurgie », a averti son vice-président, Jürgen Kerner. Le syndicaliste exige que le "
        "repreneur garantisse tous les sites.",
        "Jürgen Kerner",
        "union_member",
    ),
    (
        "Bernard Arnault a présenté les résultats. « Les ventes ont résisté », commente un "
        "gérant parisien. « La Chine reste le point faible », ajoute le gérant.",
        "le gérant",
        "unnamed_source_noun",
    ),
    (
        "« La demande progresse vite », a souligné le PDG, Paul Martin. La clinique Santa Rita, "
        "fondée en 1990 par le chirurgien Luis Ferreira, emploie 800 personnes. « Nous voulions "
        "un partenaire solide », confie l’intéressé, qui restera au conseil.",
        "Luis Ferreira",
        "concerned_person",
    ),
    (
        'Sundar Pichai a parlé hier. Le PDG a ajouté que les résultats étaient "excellents".',
        "Sundar Pichai",
        "recent_role_holder",
    ),
    (
        "« Nous investirons 2 milliards », a déclaré Patrick Pouyanné. Le ministre de "
        "l’Industrie a estimé que l’annonce était une bonne nouvelle.",
        "Le ministre de l’Industrie",
        "unknown_office",
    ),
]


@pytest.fixture
def decided(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, Any]]]:
    """``(rule name, speaker name or words)`` of every noun phrase and role the resolvers
    decide while the fixture is active."""
    log: list[tuple[str, Any]] = []
    np_decide, role_decide = noun_phrases.NounPhraseResolver.decide, roles.RoleResolver.decide

    def spy_np(self: Any, start: int, end: int, pos: int) -> Any:
        rule, got = np_decide(self, start, end, pos)
        log.append((rule.__name__ if rule else "", got[0] if got else None))
        return rule, got

    def spy_role(self: Any, noun: str, start: int, end: int, pos: int) -> Any:
        rule, got = role_decide(self, noun, start, end, pos)
        log.append((rule.__name__, got[0]))
        return rule, got

    monkeypatch.setattr(noun_phrases.NounPhraseResolver, "decide", spy_np)
    monkeypatch.setattr(roles.RoleResolver, "decide", spy_role)
    yield log


def shown_speakers(doc: Doc) -> list[str | None]:
    """The speaker of each quote as the table shows it: its name or an unnamed source's words."""
    out = []
    for span in doc.spans["quotes"]:
        quote = span._.quote
        out.append(quote["speaker"] or quote.get("speaker_text"))
    return out


@pytest.mark.parametrize(("text", "speaker", "rule"), NOUN_PHRASE_CASES + ROLE_CASES)
def test_rule_decides(
    nlp: Language, decided: list[tuple[str, Any]], text: str, speaker: str, rule: str
) -> None:
    assert speaker in shown_speakers(nlp(text))
    assert (rule, speaker) in decided


def test_a_titled_name_the_recogniser_missed_is_the_speaker(
    nlp: Language, decided: list[tuple[str, Any]]
) -> None:
    """``titled_name`` is the fallback for a name no entity span covers: the entities component
    now finds ``le ministre de l'Économie Bruno Le Maire`` itself, so the spans are emptied before
    the quotes component runs again, as when the recogniser misses the name."""
    doc = nlp("Le ministre de l’Économie Bruno Le Maire a assuré que l’État resterait actionnaire.")
    doc.spans["people"] = []
    doc.spans["organizations"] = []
    doc.ents = []
    decided.clear()
    doc = nlp.get_pipe("fr_quotes")(doc)
    assert "Bruno Le Maire" in shown_speakers(doc)
    assert ("titled_name", "Bruno Le Maire") in decided


def test_every_rule_has_a_case_a_docstring_and_an_example() -> None:
    cased = {rule for _, _, rule in NOUN_PHRASE_CASES + ROLE_CASES} | {"pronoun_head"}
    cased |= {"titled_name"}  # its own test above
    rules = [*NOUN_PHRASE_RULES, *ROLE_RULES, roles.unknown_office]
    assert {r.__name__ for r in rules} == cased
    for r in rules:
        assert r.__doc__ and "``" in r.__doc__, r.__name__


# -- the stages on their own, over a parsed article ------------------------------------------
FIRST_NAMES = {"Jean": "m", "Marie": "f", "Paul": "m"}
DESCRIPTIONS = {"pdg": (PERSON, "x"), "directrice": (PERSON, "f"), "groupe": (ORG, "m")}
UNNAMED = {"analyste"}


def resolver_of(nlp: Language, text: str) -> tuple[Doc, SpeakerResolver]:
    doc = nlp(text)
    sent_of = [0] * len(doc)
    for s, sent in enumerate(doc.sents):
        for tok in sent:
            sent_of[tok.i] = s
    return doc, SpeakerResolver(doc, sent_of, [-1] * len(doc), FIRST_NAMES, DESCRIPTIONS, UNNAMED)


def token(doc: Doc, text: str) -> int:
    return next(t.i for t in doc if t.text == text)


def test_pronoun_takes_up_the_person_of_its_gender(nlp: Language) -> None:
    doc, res = resolver_of(
        nlp,
        "Jean Martin a présenté le plan. Marie Durand l'a salué. Elle estime que tout ira bien.",
    )
    elle = token(doc, "Elle")
    rule, got = res.noun_phrases.decide(elle, elle + 1, elle + 1)
    assert rule is noun_phrases.pronoun_head
    assert got == ("Marie Durand", PERSON)
    assert res.resolve_pronoun(doc[elle]) == ("Marie Durand", PERSON)


def test_plural_pronoun_is_nobody(nlp: Language) -> None:
    doc, res = resolver_of(nlp, "Jean Martin a présenté le plan. Ils estiment que tout ira bien.")
    ils = token(doc, "Ils")
    assert res.resolve_np(ils, ils + 1, ils + 1) == (None, None)


def test_inanimate_noun_is_no_speaker(nlp: Language) -> None:
    _doc, res = resolver_of(nlp, "Le texte prévoit une hausse des salaires.")
    assert res.resolve_np(0, 2, 2) is None


def test_recent_person_by_gender(nlp: Language) -> None:
    doc, res = resolver_of(
        nlp, "Jean Martin a présenté le plan. Marie Durand a salué l'accord. Rien ne change."
    )
    end = len(doc)
    assert res.recency.recent_person(end, "f") == ("Marie Durand", PERSON)
    assert res.recency.recent_person(end, "m") == ("Jean Martin", PERSON)


def test_role_apposed_to_a_person_is_indexed(nlp: Language) -> None:
    _doc, res = resolver_of(nlp, "Marie Durand, directrice de Vinci, a présenté les comptes.")
    # from the entity table's role and from the apposition
    assert {(role, m.name) for _, role, m in res.index.roles} == {("directrice", "Marie Durand")}
    assert res.index.role_orgs == {"Marie Durand": {"Vinci"}}
    m = res.mention(0)
    assert m is not None and m.kind == PERSON and m.gender == "f" and m.subject


@pytest.mark.parametrize(
    ("described", "known", "fit"),
    [
        ("directeur financier", "directeur financier", 2),  # the same role
        ("directeur", "directeur financier", 1),  # no modifier on one side
        ("directeur financier", "directeur général", 0),  # another role
        ("élu", "adjoint au maire", 1),  # a generic word of the family
        ("juge", "avocat", 0),
        ("pdg", "fondateur et pdg", 2),  # the best of the conjuncts
        ("vice-président", "patron", 1),  # "la holding de X" made X the boss
        ("patron", "directeur général", 1),  # two heads of an organisation
        ("dirigeant", "fondateur", 0),
    ],
)
def test_role_match(described: str, known: str, fit: int) -> None:
    assert role_match(described, known) == fit


def test_org_kinds_by_longest_noun_and_by_name_cue() -> None:
    kinds = OrgKinds(
        [("central_bank", ["banque centrale"], ["bce"]), ("bank", ["banque"], ["bnp"])]
    )
    assert kinds.desc_kinds(["banque", "centrale", "européenne"]) == {"central_bank"}
    assert kinds.desc_kinds(["banque", "régionale"]) == {"bank"}
    assert kinds.name_kinds("BNP Paribas") == {"bank"}
    assert kinds.name_kinds("Renault") == frozenset()


def test_name_helpers() -> None:
    assert strip_det("la CFDT") == "CFDT"
    assert strip_det("L’Oréal") == "Oréal"
    assert strip_det("le ") == "le"
    assert name_words("Crédit Agricole d’Île-de-France") == [
        "crédit",
        "agricole",
        "d'île-de-france",
    ]
    text = "Sophie Le Bihan, elle, a rapatrié les fonds. Sophie Le Bihanne non."
    assert find_names(text, ["Sophie Le Bihan"]) == [(0, 15)]


def test_speaker_dict_keeps_unnamed_words_apart() -> None:
    assert speaker_dict("Tout va bien", "direct", ("Jean Dupont", PERSON), "dire") == {
        "quote": "Tout va bien",
        "kind": "direct",
        "speaker": "Jean Dupont",
        "speaker_type": PERSON,
        "cue": "dire",
    }
    unnamed = speaker_dict("Tout va bien", "direct", ("un proche du dossier", None), "dire")
    assert unnamed["speaker"] is None and unnamed["speaker_text"] == "un proche du dossier"
    assert speaker_dict("Tout va bien", "direct", None, None)["speaker"] is None
