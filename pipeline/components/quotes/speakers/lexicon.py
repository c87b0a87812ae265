"""The words speaker resolution knows by heart, and the rule data the quotes component loads.

The word sets below are closed grammatical lists (pronouns, titles, determiners) and the few
role families the rules name; the open lists (first names, description nouns, unnamed sources,
organisation kinds, speech verbs…) are rule data under ``models/quotes/``, loaded by the quotes
component and handed over as one :class:`SpeakerLexicon` per document.
"""

from __future__ import annotations

from dataclasses import dataclass

PERSON = "person"
ORG = "organization"

#: ``(name, kind)`` of a speaker: ``("Jean Dupont", PERSON)``, ``("Renault", ORG)``; an unnamed
#: source keeps its words with no kind (``("un proche du dossier", None)``); ``(None, None)``
#: when nobody fits.
Speaker = tuple[str | None, str | None]

PRONOUNS_M = {"il", "-il", "-t-il", "lui"}
PRONOUNS_F = {"elle", "-elle", "-t-elle"}
PRONOUNS_PL = {"ils", "-ils", "-t-ils", "elles", "-elles", "-t-elles", "eux"}
PRONOUNS_ANY = PRONOUNS_M | PRONOUNS_F | PRONOUNS_PL
TITLES_M = {"m.", "monsieur", "mr", "mr."}
TITLES_F = {"mme", "mme.", "madame", "mlle", "mademoiselle"}
INDEFINITE = {"un", "une", "des", "plusieurs", "certains", "certaines", "d'autres", "d’autres"}
TITLES_ANY = {"m.", "mme", "me", "maître", "dr", "pr", "mgr", "monsieur", "madame"}
OF = {"de", "d'", "d’", "du", "des"}
#: A name after these is no subject of the phrase (``dirigé par X``, ``avec X``).
NOT_SUBJECT_ADP = ("par", "avec", "chez", "pour", "sur", "à", "au", "aux", "contre", "entre")
#: Words that qualify a role noun (``directeur général adjoint``).
ROLE_MODIFIERS = {"général", "générale", "financier", "financière", "exécutif", "exécutive"}
ROLE_MODIFIERS |= {"adjoint", "adjointe", "délégué", "déléguée", "opérationnel", "technique"}
#: Roles naming the head of an organisation: "le patron" may refer to its "directeur général".
TOP_ROLES = {"pdg", "p-dg", "ceo", "dg", "patron", "patronne", "dirigeant", "dirigeante"}
TOP_ROLES |= {"président-directeur", "directeur général", "directrice générale", "président"}
TOP_ROLES |= {"présidente", "président-directeur général", "présidente-directrice générale"}
#: Deputy heads, who may be the boss a holding made a person ("la holding de X").
VICE_ROLES = {"vice-président", "vice-présidente", "coprésident", "coprésidente"}
#: Public offices: "le ministre" is never guessed to be the person last quoted (a business
#: leader), only a person the article gives that office.
PUBLIC_OFFICES: tuple[str, ...] = ("ministre", "secrétaire d'état", "préfet", "préfète")
PUBLIC_OFFICES += ("procureur", "procureure", "juge", "député", "députée", "sénateur", "sénatrice")
PUBLIC_OFFICES += ("maire",)
#: Generic role words and the roles they cover.
ELECTED = {"maire", "adjoint", "adjointe", "député", "députée", "sénateur", "sénatrice"}
ELECTED |= {"conseiller", "conseillère", "président", "présidente", "élu", "élue"}
ROLE_FAMILIES: dict[str, set[str]] = {"élu": ELECTED, "élue": ELECTED}
#: "le syndicaliste" takes up a union delegate or secretary named earlier
UNIONIST = {"délégué", "déléguée", "secrétaire", "militant", "militante", "représentant"}
UNIONIST |= {"représentante", "syndicaliste", "leader", "dirigeant", "dirigeante"}
#: "le magistrat" takes up a judge, prosecutor or the president of a court
MAGISTRATE = {"juge", "procureur", "procureure", "président", "présidente", "premier"}
MAGISTRATE |= {"première", "magistrat", "magistrate", "substitut", "conseiller", "conseillère"}
ROLE_FAMILIES.update({"syndicaliste": UNIONIST, "magistrat": MAGISTRATE, "magistrate": MAGISTRATE})
#: Nouns of a union member ("la cégétiste": a member of the CGT): they take up a unionist
UNION_MEMBERS = {"syndicaliste", "cégétiste", "cédétiste"}
ROLE_FAMILIES.update(dict.fromkeys(UNION_MEMBERS, UNIONIST))
UNION_MEMBERS |= {w + "s" for w in UNION_MEMBERS}
#: Nouns before the name of a subsidiary ("la filiale Arkema Inc.")
SUBSIDIARY = {"filiale", "filiales", "subsidiary"}
#: Titles before a name (a person introduced with one is salient: "désigné Me X comme …")
HONORIFICS = {"Me", "Maître", "Mme", "Madame", "M.", "Monsieur", "Dr", "Docteur", "Pr"}
#: "l'entourage du ministre, X", "un proche de X": a source near X, not X
ENTOURAGE = {"entourage", "proche", "proches", "intime", "intimes"}
#: institutions whose capitalised complement is part of their name ("le ministère des Finances")
NAMED_BY_COMPLEMENT = {"ministère", "secrétariat", "autorité", "agence", "commission", "office"}
#: "l'intéressée": the person the passage is about, whatever her role
ANAPHORIC = {"intéressé", "intéressée", "homme", "femme"}
#: A role after these is one the person no longer holds.
FORMER = {"ancien", "ancienne", "anciens", "ex", "ex-", "futur", "future", "ex-patron"}
#: words before an epicene role noun that tell the person's gender ("l'ancien PDG")
NP_GENDER = {
    **dict.fromkeys(("le", "un", "ce", "cet", "ancien", "nouveau", "nouvel", "actuel"), "m"),
    **dict.fromkeys(("futur", "premier", "seul", "jeune"), "m"),
    **dict.fromkeys(("la", "une", "cette", "ancienne", "nouvelle", "actuelle"), "f"),
    **dict.fromkeys(("future", "première", "seule"), "f"),
}
#: A pronoun subject of these verbs is impersonal (``il faut que``): no speaker.
IMPERSONAL_HEADS = {"falloir", "sembler", "paraître", "agir", "arriver", "rester", "valoir"}
#: The openings of a photo credit or a byline line (its names are no speakers).
CREDIT_OPENERS: tuple[str, ...] = ("photo ", "photo:", "photos ", "crédit", "credit", "©")
CREDIT_OPENERS += ("illustration ", "infographie ", "par ", "propos recueillis par ", "légende ")
#: such a line has at most this many words
CREDIT_MAX_WORDS = 8
#: Words before a capitalised name that make it an organisation, not a person
#: (``chez Paul Bocuse``, ``la maison Louis Vuitton``).
BEFORE_ORG_NAME = ("chez", "groupe", "société", "marque", "maison", "enseigne", "de")


@dataclass(slots=True)
class SpeakerLexicon:
    """The quotes component's rule data that speaker resolution reads (``models/quotes/``)."""

    #: first name -> ``m``, ``f`` or ``x`` (given to both)
    first_names: dict[str, str]
    #: description noun (``directeur``, ``groupe``) -> (PERSON or ORG, grammatical gender)
    descriptions: dict[str, tuple[str, str]]
    #: nouns of unnamed sources (``analyste``, ``proche``, ``gérant``)
    unnamed: set[str]
    #: (kind, description nouns, name cues): ``("union", ["syndicat"], ["cgt", "cfdt"])``
    org_kinds: list[tuple[str, list[str], list[str]]]
    #: nouns speaking for an organisation (``porte-parole``, ``communiqué``)
    org_voices: set[str]
    #: documents an organisation publishes (``communiqué``, ``rapport``)
    documents: set[str]
    #: verb form (dirigée, fonde, présidé) -> the role it gives its agent or subject
    role_verbs: dict[str, str]
    #: phrases after a source that make it anonymous (``requis l'anonymat``)
    anonymity: list[str]
    #: side of a trial (accusation, défense) -> role nouns of the person speaking for it
    court_voices: dict[str, list[str]]

    def described_kind(self, word: str) -> str:
        """PERSON for a role noun (``directeur``), ORG for an organisation noun (``groupe``),
        ``""`` for any other word (``word`` lower-cased)."""
        return self.descriptions.get(word, ("", ""))[0]
