"""The label of a mention from local evidence: the label rules, tried in order.

:data:`LABEL_RULES` is the list of rules; :func:`local_label` tries them in order and the first
one that decides gives the label: ``"ORG"``, ``"PER"``, ``"LOC"``, ``"MISC"``, or
:data:`NO_NAME` (the mention is dropped). A rule that does not apply returns ``None`` and the
next one is tried; when none decides, the mention is no name. Each rule reads a
:class:`LabelCase` (the mention, its text and words, the article's view).

Also the headline rubrics (:func:`kickers`): a one-word heading opening a line ("Télécoms :
Bouygues Telecom…") is no name unless the article names it elsewhere or it is a known
organisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.symbols import ADP, AUX, VERB

from pipeline.components.entities.evidence import (
    common_acronym,
    company_clause,
    counted,
    det_acronym,
    family,
    participle,
    portfolio,
    relative_body,
    role_apposition,
    union_branch,
)
from pipeline.components.entities.lexicon import EntityLexicon, item_words
from pipeline.components.entities.mentions import NameMention
from pipeline.components.entities.names import lower_key, norm
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import COUNCILS, DE, DETS

#: the verdict of a rule that the mention is no name (``None`` is "this rule does not apply")
NO_NAME = "NO_NAME"

_X_FRANCE = re.compile(r"[A-ZÉ][a-zéèêëïîôû]{2,}-France")  # "Météo-France" (one word before)
_INITIAL = re.compile(r"\w\.?")  # "Q.", "R", "J."


_HUMAN_PRODUCT = {"assistant", "assistante", "modèle"}  # product cues that also name people


class LabelCase:
    """One mention as the label rules read it: the mention, its text (``norm``), its words, the
    article's view and the lexicon."""

    __slots__ = ("lex", "m", "text", "v", "words")

    def __init__(self, v: ArticleView, m: NameMention) -> None:
        self.v = v
        self.lex: EntityLexicon = v.lex
        self.m = m
        self.text = norm(v.stext(m.start, m.end))
        self.words = self.text.split()


Rule = Callable[[LabelCase], str | None]


# ---------------------------------------------------------------- what is no name at all
def listed_non_name(c: LabelCase) -> str | None:
    """A word of the stoplists, or no letter at all: "Selon", "PSE", "2025" (but a listed
    acronym right after a cue noun is a name: "son concurrent RSA"); the name of a listed
    index cut before its number ("[SBF] 120")."""
    text = c.text
    m, v = c.m, c.v
    if (
        lower_key(text) in c.lex.stoplist
        or (m.end < len(v.texts) and lower_key(f"{text} {v.texts[m.end]}") in c.lex.stoplist)
        or (text.casefold() in c.lex.acronym_stoplist and not _after_cue_noun(v, m.start))
        or not any(ch.isalpha() for ch in text)
    ):
        return NO_NAME
    return None


def account_line(c: LabelCase) -> str | None:
    """A line of a company's accounts written with capitals, as wire briefs do: "L'EBITDA
    Groupe", "Résultat Net Part du Groupe", "BNPA" (``line_items.txt``), or "Groupe" alone
    (the article's company: "le Groupe confirme ses objectifs"); the gazetteer's names stay."""
    if c.m.gaz is not None:
        return None
    words = item_words(c.text)
    if words in (("groupe",), ("le", "groupe")):
        return NO_NAME
    items = c.lex.line_items
    for size in c.lex.line_item_sizes:
        if any(words[i : i + size] in items for i in range(len(words) - size + 1)):
            return NO_NAME
    return None


def _after_cue_noun(v: ArticleView, start: int) -> bool:
    """Right after a cue noun and its determiner: an acronym there is a name ("son concurrent
    RSA", "l'assureur MMA"), not the common-noun acronym it spells elsewhere."""
    return any(
        e == start and s > 0 and v.is_lower(s) and v.low[s - 1] in DETS for _, s, e in v.cue_matches
    )


def job_title(c: LabelCase) -> str | None:
    """A job title written with capitals, no name: "Chief Financial Officer", "Head of group
    strategy", "Executive Vice President Corporate Affairs" (a role opening the mention, and
    the whole mention, or a role of several words or with a lower-case word after it; not a
    role before a person's name: "Président Macron", "Directeur Général Jean Martin")."""
    m, v = c.m, c.v
    end = v.role_at.get(m.start)
    if end is None or m.gaz is not None or m.suffix:
        return None
    if end >= m.end:
        return NO_NAME
    if v.texts[end].casefold() in c.lex.first_names:
        return None
    if end - m.start >= 2 or any(v.is_lower(i) for i in range(end, m.end)):
        return NO_NAME
    return None


def demonym(c: LabelCase) -> str | None:
    """A capitalised demonym the model took for a name is a person's nationality: "le
    [Québécois] Alain Bouchard", "selon le [Vaudois]" (``nationalities.txt``; not a listed
    organisation nor place: "la Suisse"; not one a rule named: "l'action [Bâloise]")."""
    m = c.m
    if (
        m.label is not None
        and not m.cue
        and m.end - m.start == 1
        and m.gaz is None
        and lower_key(c.text) in c.lex.nationalities
        and not c.v.is_place(m.start, m.end)  # "la Suisse"
    ):
        return NO_NAME
    return None


def lower_case_words(c: LabelCase) -> str | None:
    """No capitalised word, no cue, not listed: "la part du non-coté" (but "parquet national
    financier", whose first word is an institution noun)."""
    m, v = c.m, c.v
    if (
        m.gaz is None
        and not m.cue
        and not any(v.cap(i) for i in range(m.start, m.end))  # no Token per word
        and (m.end - m.start == 1 or v.low[m.start] not in c.lex.institution_heads)
    ):
        return NO_NAME
    return None


def credited_person(c: LabelCase) -> str | None:
    """The name of a signature or a photo credit: "Par Claire Dumont", "( AFP / THOMAS
    LEGRAND )" (a person, even in capitals)."""
    return "PER" if c.m.start in c.v.credited_people else None


def initial_or_marker(c: LabelCase) -> str | None:
    """One letter, maybe with a full stop: "Q. – …", "R. – …" (interview markers, initials)."""
    if c.m.gaz is None and _INITIAL.fullmatch(c.text):
        return NO_NAME
    return None


def dateline_place(c: LabelCase) -> str | None:
    """The place of a dateline, anywhere in the article: "LUXEMBOURG, 6 novembre (Reuters) -"."""
    m, v = c.m, c.v
    if m.gaz is None and (m.start in v.dateline_places or lower_key(c.text) in v.dateline_names):
        return "LOC"
    return None


#: nouns of a plant or site whose "de X" complement is its town: "le site de Tielt"
_PLANT_NOUNS = {"usine", "usines", "site", "sites", "entrepôt", "entrepôts", "raffinerie"}


def plant_town(c: LabelCase) -> str | None:
    """A one-word name after a plant or site noun and "de" is its town, even when a clause
    of corporate action follows ("une vente du site de Tielt, qui emploie 140 personnes"):
    not a listed company, a suffix nor a cue ("l'usine de Renault" stays the company)."""
    m, v = c.m, c.v
    if (
        m.end - m.start == 1
        and m.gaz is None
        and not (m.suffix or m.cue)
        and m.start >= 2
        and v.low[m.start - 1] in {"de", "d'"}
        and v.low[m.start - 2] in _PLANT_NOUNS
    ):
        return "LOC"
    return None


def legal_suffix_or_listed(c: LabelCase) -> str | None:
    """A legal or name suffix, or an unambiguous gazetteer form: "Kelvio SAS", "Baron Capital",
    "TotalEnergies"."""
    m = c.m
    if m.suffix or (m.gaz is not None and not m.gaz_ambiguous):
        return "ORG"
    return None


def trade_name(c: LabelCase) -> str | None:
    """A trade noun and a name make a company, never a person, even when the name is the
    surname of a person of the article: "Biscuiterie Lenoir", "Transports Mercier",
    "Laiterie de Herve" (``trade_nouns.txt``; the trade noun opens the mention)."""
    words = c.words
    if (
        len(words) >= 2
        and words[0] in c.lex.trade_nouns
        and (words[1][:1].isupper() or (len(words) >= 3 and words[1] in {"de", "du", "des"}))
        and not c.m.honorific
    ):
        return "ORG"
    return None


def family_name(c: LabelCase) -> str | None:
    """A surname standing for a family: "la holding de la famille Agnelli", "les Agnelli ont
    vendu"."""
    m = c.m
    if m.gaz is None and not m.first_name and family(c.v.doc, m):
        return NO_NAME
    return None


def career_company(c: LabelCase) -> str | None:
    """A company of a career path: "passée par Manpower", "ancien de Capgemini"."""
    m = c.m
    if m.start in c.v.careers and not m.honorific and not m.first_name:
        return "ORG"
    return None


def opening_participle(c: LabelCase) -> str | None:
    """A capitalised participle opening a sentence: "Interrogé par Le Figaro, le dirigeant…"."""
    m = c.m
    if m.end - m.start == 1 and m.gaz is None and not m.cue and participle(c.v.doc, m.start):
        return NO_NAME
    return None


def role_in_apposition(c: LabelCase) -> str | None:
    """Two to four capitalised words, then a role: "a déclaré Aditya Mittal, directeur général
    du groupe", "Léa Martin (PDG de X)"."""
    m = c.m
    if m.gaz is None and role_apposition(c.v, m.start, m.end):
        return "PER"
    return None


def common_noun_acronym(c: LabelCase) -> str | None:
    """The acronym of the lower-case phrase before it: "une convention judiciaire d'intérêt
    public (CJIP)"."""
    m = c.m
    if m.gaz is None and (
        common_acronym(c.v, m.start, m.end) or _defined_as_common(c.v, m.start, m.end)
    ):
        return NO_NAME
    return None


def _defined_as_common(v: ArticleView, start: int, end: int) -> bool:
    """An acronym the article defines elsewhere in brackets after the lower-case phrase it
    spells: "le budget d'investissement public (BIP) … le BIP finance…" (each mention of it
    is the common noun, not only the bracketed one)."""
    text = v.texts[start]
    if end - start != 1 or not text.isupper() or len(text) < 2:
        return False
    return any(
        t == text and i != start and i > 0 and v.texts[i - 1] == "(" and common_acronym(v, i, i + 1)
        for i, t in enumerate(v.texts)
    )


def government_portfolio(c: LabelCase) -> str | None:
    """A minister's portfolio, not an organisation: "le ministre des Armées"."""
    if portfolio(c.v, c.m.start):
        return NO_NAME
    return None


def cue_noun(c: LabelCase) -> str | None:
    """Named by an organisation noun or a rule: "la start-up Mistral AI", "le groupe Pierre
    Fabre" (an institutional cue wins over a first name; "l'industriel Vincent Bolloré" whose
    first name the model saw as a person's does not)."""
    m = c.m
    if m.cue and (m.inst_cue or not (m.label == "PER" and m.first_name)):
        return "ORG"
    return None


def honorific(c: LabelCase) -> str | None:
    """After an honorific: "M. Dupont", "Mme Léa Martin"."""
    return "PER" if c.m.honorific else None


def bracketed_employer(c: LabelCase) -> str | None:
    """A name in brackets right after a person's full name is their employer, the way
    headlines and interviews name a speaker's company: "Léa Martin (Solvane) : « … »",
    "selon Paul Girard (Kelvio)" (not a known place: "Paul Girard (Lyon)")."""
    m, v = c.m, c.v
    texts = v.texts
    if (
        m.gaz is None
        and not m.honorific
        and len(c.words) <= 4
        and m.start >= 3
        and texts[m.start - 1] == "("
        and m.end < len(texts)
        and texts[m.end] == ")"
        and _full_name_before(v, m.start - 1)
        and not v.is_place(m.start, m.end)
    ):
        return "ORG"
    return None


def _full_name_before(v: ArticleView, end: int) -> bool:
    """A person's full name ends at ``end``: a listed first name, then one or two capitalised
    words ("Léa Martin", "Jean-Marc Le Bihan")."""
    for start in (end - 2, end - 3):
        if (
            start >= 0
            and v.texts[start].casefold() in v.lex.first_names
            and all(v.cap(i) or v.low[i] in v.lex.particles for i in range(start + 1, end))
            and v.cap(end - 1)
        ):
            return True
    return False


def headline_company(c: LabelCase) -> str | None:
    """A name of the title without a first name, when the next line opens on an organisation
    noun, is the company the lede describes: "Ortavia boucle une levée de fonds de 8 M€ /
    La jeune pousse grenobloise…", "Malgré la crise, Brivane maintient ses marges / Le groupe
    familial…" (headlines give the model no context; not a known place)."""
    m, v = c.m, c.v
    if m.first_name or m.honorific or m.gaz is not None or m.label not in {"PER", "LOC", "MISC"}:
        return None
    if not _headline_subject(v, m):
        return None
    lede = _lede_start(v)
    if lede is None or m.start >= lede or not _lede_opens_on_cue(v, lede):
        return None
    return None if v.is_place(m.start, m.end) else "ORG"


#: the words the lede may open with before its organisation noun (one company: singular)
_LEDE_DETS = {"le", "la", "l'"}
#: the dash closing a dateline before the lede's subject ("PARIS (AFP) - Le groupe…")
_DATELINE_DASHES = {"-", "–", "—", "--"}


def _headline_subject(v: ArticleView, m: NameMention) -> bool:
    """``m`` may be the company a title is about: capitalised words only, not a rubric before
    a colon ("Stockage de chaleur : …"), not a complement after a preposition ("un réseau
    d'hôpitaux du Nordeste")."""
    return (
        all(v.cap(i) for i in range(m.start, m.end))
        and (m.end >= len(v.texts) or v.texts[m.end] != ":")
        and (m.start == 0 or (v.pos[m.start - 1] != ADP and v.low[m.start - 1] not in DE))
    )


def _lede_start(v: ArticleView) -> int | None:
    """The first token of the second line (the lede after the title), None when the text is
    one line or the title is over 30 tokens."""
    for i in range(1, min(len(v.texts), 31)):
        if v.line_start(i) and not v.texts[i].isspace():
            return i
    return None


def _lede_opens_on_cue(v: ArticleView, lede: int) -> bool:
    """The lede's subject is an organisation noun: "Le groupe familial…", "L'éditeur de
    logiciels…", "PARIS (AFP) - Le spécialiste…" (a determiner, then a cue noun within two
    words, before any verb)."""
    cue_starts = {s for _, s, _e in v.cue_matches if lede <= s < lede + 16}
    for i in range(lede, min(lede + 14, len(v.texts))):
        if v.pos[i] in {VERB, AUX}:
            return False
        if (
            v.low[i] in _LEDE_DETS
            and (i == lede or v.texts[i - 1] in _DATELINE_DASHES)  # the lede's subject
            and (i + 1 in cue_starts or i + 2 in cue_starts)
        ):
            return True
    return False


def company_named_like_a_person(c: LabelCase) -> str | None:
    """A "person" of two words without a first name, whose first word is a listed company or
    in an organisation's context: "Toyota Fudosan", "chez Kepler Cheuvreux"; a one-word
    "person" that opens a clause only a company opens and names no person of the article
    (:func:`lone_company_word`): "Solvane va fermer son usine"."""
    m = c.m
    if m.label == "PER" and len(c.words) >= 2 and not m.first_name:
        head = c.lex.gaz_by_form.get(c.words[0])
        if (head is not None and not head[1]) or m.org_ctx:
            return "ORG"
    if m.label == "PER" and len(c.words) == 1 and lone_company_word(c):
        return "ORG"
    return None


def lone_company_word(c: LabelCase) -> bool:
    """One word the model took for a person, not a listed first name, that opens a company's
    clause (:func:`company_clause`: "Difacom va fermer son usine", "Kervalis a réuni ses
    salariés") and is no surname of a person the article names in full ("Jean Dupont …
    Dupont a réuni ses salariés")."""
    v, word = c.v, c.words[0]
    if word.casefold() in c.lex.first_names or not company_clause(v, c.m.start, c.m.end):
        return False
    return not any(e.label_ == "PER" and len(e) >= 2 and e[-1].text == word for e in v.doc.ents)


def brand_named_after_a_person(c: LabelCase) -> str | None:
    """After a product cue, a brand named after a person is a product, not a person of the
    article: "le cidre Loïc Raison", "le champagne Nicolas Feuillatte" (but "l'assistant
    Claude": a product cue that also names people)."""
    m, v = c.m, c.v
    if m.product and m.start > 0 and v.low[m.start - 1] not in _HUMAN_PRODUCT:
        return "MISC" if m.label is not None else NO_NAME
    return None


def first_name(c: LabelCase) -> str | None:
    """A listed first name opening a name the model found: "Marc-André Tremblay"."""
    m = c.m
    if m.first_name and m.label in {"PER", "ORG", "MISC"}:
        return "PER"
    return None


def product(c: LabelCase) -> str | None:
    """After a product cue: "le modèle Clio", "l'assistant Gemini"."""
    if c.m.product:
        return "MISC" if c.m.label is not None else NO_NAME
    return None


def model_person(c: LabelCase) -> str | None:
    """The model's person, when nothing above said otherwise: "Elon Musk"."""
    return "PER" if c.m.label == "PER" else None


def counted_product(c: LabelCase) -> str | None:
    """Counted units are products: "Dassault a livré 20 Rafale"."""
    m = c.m
    if m.label == "ORG" and m.end - m.start == 1 and counted(c.v.doc, m.start):
        return "MISC"
    return None


def employer_before_person(c: LabelCase) -> str | None:
    """One unknown word between a role's "de la" / "de l'" and the person the role is apposed
    to, who holds it there: "Le PDG de la Biat, Mohamed Agrebi,", "la directrice de la Sotelma,
    Awa Traoré" (a word of the language is a department: "le directeur de la Stratégie").
    """
    m, v = c.m, c.v
    s = m.start
    if (
        m.end - s != 1
        or m.label == "PER"
        or s < 3
        or v.low[s - 1] not in {"la", "l'", "l’"}
        or v.low[s - 2] != "de"
        or v.doc.vocab.has_vector(v.low[s])
        or v.is_place(s, m.end)
        or v.texts[s].casefold() in c.lex.first_names
    ):
        return None
    if not any(e == s - 2 for _s, e in v.role_matches):
        return None
    n = len(v.texts)
    after = m.end + 1
    if m.end < n and v.texts[m.end] == "," and after < n and v.doc[after].ent_type_ == "PER":
        return "ORG"
    return None


def located_place(c: LabelCase) -> str | None:
    """A one-word "organisation" after a participle of location and "à" is a place: "fondée
    en 1968 à Frameries", "installée à Quaregnon" (no cue, not listed)."""
    m, v = c.m, c.v
    if (
        m.label == "ORG"
        and m.end - m.start == 1
        and m.gaz is None
        and not m.cue
        and m.start >= 2
        and v.low[m.start - 1] == "à"
        and v.is_place(m.start, m.end)
    ):
        return "LOC"
    return None


def model_organisation(c: LabelCase) -> str | None:
    """The model's organisation: "Renault"."""
    return "ORG" if c.m.label == "ORG" else None


def union_branch_name(c: LabelCase) -> str | None:
    """A union's branch: "la CFDT Construction Bois du Limousin", "FO Métaux"."""
    if c.m.label in {"MISC", "LOC"} and len(c.words) >= 2 and union_branch(c.lex, c.words):
        return "ORG"
    return None


def representative_body(c: LabelCase) -> str | None:
    """A body speaking for its members: "le Leem, qui représente les entreprises du
    médicament"."""
    m = c.m
    if m.label in {"MISC", "LOC"} and m.end - m.start == 1 and relative_body(c.v, m.start, m.end):
        return "ORG"
    return None


def national_body(c: LabelCase) -> str | None:
    """A national body named "X-France": "Météo-France", "Atout-France" (not a listed place:
    "Île-de-France")."""
    if (
        c.m.label in {"MISC", "LOC"}
        and _X_FRANCE.fullmatch(c.text)
        and lower_key(c.text) not in c.lex.places
    ):
        return "ORG"
    return None


def model_misc(c: LabelCase) -> str | None:
    """The model's MISC: an organisation in an organisation's context, listed or an acronym
    after a determiner ("la CGT"), else MISC ("le Nasdaq Composite")."""
    m, v = c.m, c.v
    if m.label != "MISC":
        return None
    if m.org_ctx or m.gaz is not None or det_acronym(v, m.start, m.end) or _speaking_body(v, m):
        return "ORG"
    return "MISC"


def _speaking_body(v: ArticleView, m: NameMention) -> bool:
    """One word after "le" / "la" / "l'", the subject of a verb of public statement
    (``statement_verbs.txt``): a body speaking, "Le Boerenbond a salué l'accord"."""
    if m.end - m.start != 1 or m.start == 0 or v.low[m.start - 1] not in {"le", "la", "l'"}:
        return False
    if v.low[m.start] in v.lex.institution_heads or v.low[m.start] in v.lex.generic_heads:
        return False  # "la Fédération a salué": a common-noun designation
    tok = v.doc[m.start]
    return tok.dep_.startswith("nsubj") and str(tok.head.lemma_).lower() in v.lex.statement_verbs


def public_body_with_place(c: LabelCase) -> str | None:
    """A place-like name opening on a generic head of public bodies: "Chambre d'agriculture de
    l'Aveyron", "Cour des comptes" (not "Région …", "Union …")."""
    words = c.words
    if (
        c.m.label == "LOC"
        and len(words) >= 2
        and lower_key(words[0]) in c.lex.generic_heads - {"région", "union"}
    ):
        return "ORG"
    return None


def territorial_body(c: LabelCase) -> str | None:
    """A local authority: "Limoges Métropole", "Communauté de communes du Val de Vienne"."""
    words, bodies = c.words, c.lex.territorial_bodies
    if (
        c.m.label == "LOC"
        and len(words) >= 2
        and (words[-1] in bodies or " ".join(words[:3]) in bodies or " ".join(words[:2]) in bodies)
    ):
        return "ORG"
    return None


def council(c: LabelCase) -> str | None:
    """The capitalised council after a determiner: "la Région Normandie accorde"."""
    m, v, words = c.m, c.v, c.words
    if (
        m.label == "LOC"
        and len(words) >= 2
        and words[0] in COUNCILS
        and m.start > 0
        and v.low[m.start - 1] in DETS | DE
    ):
        return "ORG"
    return None


def acronym_subsidiary(c: LabelCase) -> str | None:
    """A bank's national subsidiary, an acronym and a listed place: "BBVA México", "HSBC
    France"."""
    words, lex = c.words, c.lex
    if (
        c.m.label == "LOC"
        and len(words) >= 2
        and words[0].isupper()
        and words[0].isalpha()
        and len(words[0]) >= 2
        and lower_key(words[0]) not in lex.places
        and words[0].casefold() not in lex.acronym_stoplist
        and lower_key(" ".join(words[1:])) in lex.places
    ):
        return "ORG"
    return None


def brand_subsidiary(c: LabelCase) -> str | None:
    """A national subsidiary, a brand and a listed country: "Guinness Cameroun", "Nestlé
    Sénégal", "Orange Côte d'Ivoire" (not a part of a country, "Nord Cameroun", nor a first
    name)."""
    words, lex = c.words, c.lex
    if c.m.label != "LOC" or len(words) < 2 or lower_key(" ".join(words[1:])) not in lex.places:
        return None
    head = words[0]
    if (
        head[:1].isupper()
        and head[1:].islower()
        and head.isalpha()
        and head not in lex.geographic_heads
        and lower_key(head) not in lex.places
        and head.casefold() not in lex.first_names
    ):
        return "ORG"
    return None


def model_place(c: LabelCase) -> str | None:
    """The model's place: an organisation in an organisation's context or speaking after an
    article when it is no known place ("Carrefour recrute", "la Landsbond a dénoncé"), else a
    place ("Lyon")."""
    m = c.m
    if m.label != "LOC":
        return None
    if (m.org_ctx or _speaking_body(c.v, m)) and not c.v.is_place(m.start, m.end):
        return "ORG"
    return "LOC"


def acronym_after_determiner(c: LabelCase) -> str | None:
    """A new candidate, an acronym after a determiner: "l'AGS", "la CGT"."""
    m = c.m
    return "ORG" if det_acronym(c.v, m.start, m.end) else None


#: The label rules, in the order they are tried (the first that decides wins).
LABEL_RULES: tuple[Rule, ...] = (
    credited_person,
    listed_non_name,
    account_line,
    job_title,
    demonym,
    lower_case_words,
    initial_or_marker,
    dateline_place,
    plant_town,
    legal_suffix_or_listed,
    trade_name,
    family_name,
    career_company,
    opening_participle,
    role_in_apposition,
    common_noun_acronym,
    government_portfolio,
    cue_noun,
    honorific,
    bracketed_employer,
    headline_company,
    company_named_like_a_person,
    brand_named_after_a_person,
    first_name,
    product,
    model_person,
    counted_product,
    employer_before_person,
    located_place,
    model_organisation,
    union_branch_name,
    representative_body,
    national_body,
    model_misc,
    public_body_with_place,
    territorial_body,
    council,
    acronym_subsidiary,
    brand_subsidiary,
    model_place,
    acronym_after_determiner,
)


def local_label(v: ArticleView, m: NameMention) -> str | None:
    """The label of ``m`` from :data:`LABEL_RULES` (None: no name; also when no rule decides,
    a new candidate without evidence: an ambiguous gazetteer form, a lone acronym)."""
    case = LabelCase(v, m)
    for rule in LABEL_RULES:
        label = rule(case)
        if label is not None:
            return None if label == NO_NAME else label
    return None


def kickers(v: ArticleView, mentions: list[NameMention]) -> None:
    """A one-word heading opening a line ("Télécoms : Bouygues Telecom…", "Luxe. Hermès…"),
    or a common noun opening the title before a preposition ("Grève chez Vortalis"), is a
    rubric, unless the article names it elsewhere or it is a known organisation."""
    doc = v.doc
    counts: dict[str, int] = {}
    for m in mentions:  # first word of each mention: "Valtéris" in "Valtéris Ingénierie SA"
        # (not an inner word: "Football" in "Juventus Football Club S.p.A.")
        key = lower_key(doc[m.start].text)
        counts[key] = counts.get(key, 0) + 1
    for m in mentions:
        if (
            m.final is not None
            and m.end - m.start == 1
            and m.end < len(doc)
            and (
                (doc[m.end].text in {":", "."} and v.line_start(m.start))
                or _title_common_noun(v, m.start)
            )
            and m.gaz is None
            and not (m.suffix or m.cue)
            and counts[lower_key(doc[m.start].text)] == 1
        ):
            m.final = None


def _title_common_noun(v: ArticleView, i: int) -> bool:
    """The title's first word is a common noun and a preposition follows: "Grève chez
    Vortalis", "Coup de frein pour…", "Feu vert pour…" (the lower-case word is a known word
    of the language, the next one a lower-case preposition)."""
    return (
        i == 0
        and i + 1 < len(v.texts)
        and v.is_lower(i + 1)
        and v.pos[i + 1] == ADP
        and v.doc.vocab.has_vector(v.low[i])
    )
