"""Organisations and people (``fr_org_people``): corrected labels, canonical names and roles.

The statistical NER of ``fr_core_news_md`` (trained on Wikipedia) mislabels many company names on
business news (``OpenAI`` MISC, ``Tesla`` PER, ``Musk`` ORG), cuts or merges names
(``Baron Capital`` + ``Group``, ``Grok open``, ``sur X. Bezos``). This component runs right after
``ner`` and:

1. cleans the model's entity boundaries (honorifics, determiners, stray lower-case words, sentence
   boundaries, dashes, figures after a name) and adds candidates from the gazetteer, organisation
   cue nouns (``la start-up X``, ``le suisse X``), appositions (``X, sa principale marque``),
   legal/name suffixes found by one regex over the text (``… SA/NV``, ``… SAB de CV``,
   ``… Capital Management``), names joined by ``&``, the wire agency of a dateline
   (``BRUXELLES, 24 avril (Belga) -``), people the model missed (listed first name + capitalised
   words) and acronyms in brackets;
2. relabels each mention from local evidence (gazetteer, suffix, cue noun, honorific, first name,
   role in apposition, corporate-action verbs and nouns, product cues; dateline places, headline
   rubrics, sentence-initial participles and common-noun acronyms are dropped), then makes labels
   consistent across the article
   (a surname of a person of the article is that person; a name that is clearly an organisation
   once is one everywhere);
3. groups mentions into entities and gives each the canonical (longest proper) name
   (``Musk`` -> ``Elon Musk``, ``AMF`` <-> ``Autorité des marchés financiers``);
4. finds roles (``Patrick Pouyanné, PDG de TotalEnergies``) and puts them on every mention.

Output: ``doc.ents`` (ORG / PER / LOC / MISC), ``doc.spans["organizations"]`` and
``doc.spans["people"]`` with ``span._.canonical``, and for people ``span._.role`` and
``span._.role_org``. The lexicons are the files of ``models/entities/``.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import StringStore
from spacy.symbols import ADJ, ADP, AUX, DET, VERB
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

import pipeline.extensions  # noqa: F401
from pipeline.components.base import DataComponent, doc_text
from pipeline.resources import data_path, load_jsonl, load_lines

logger = logging.getLogger(__name__)

DATA_DIR = "entities"
ENT_LABELS = ("ORG", "PER", "LOC", "MISC")

# Closed grammatical classes (really code, not lexicon).
_DETS = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "son", "sa", "ses", "leur",
    "leurs", "ce", "cet", "cette", "notre", "votre", "de", "d'", "à",
}  # fmt: skip
_DE = {"de", "d'", "du", "des"}
_BODY_VERBS = {  # "le Leem, qui représente les entreprises du médicament"
    "représente", "représenter", "regroupe", "regrouper", "fédère", "fédérer", "rassemble",
    "rassembler", "défend", "défendre",
}  # fmt: skip
_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "notre"}
_ARTICLES = {"la", "le", "les", "l'"}
_ROLE_PREFIXES = {"ancien", "ancienne", "ex", "ex-", "futur", "future", "nouveau", "nouvelle"}
_ROLE_SKIP = _DETS | {"actuel", "actuelle", "éphémère", "emblématique", "puissant", "puissante"}
_ROLE_MODIFIERS = {
    "exécutif", "exécutive", "adjoint", "adjointe", "délégué", "déléguée", "central", "centrale",
    "intérimaire", "sortant", "sortante", "honoraire", "opérationnel", "opérationnelle", "senior",
    "principal", "principale", "fondateur", "fondatrice", "cofondateur", "cofondatrice",
}  # fmt: skip
_ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}
_STRIP_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "VERB", "ADV"}
_WS = re.compile(r"\s+")
# French town shapes: "Romans-sur-Isère", "Boulogne-Billancourt" is listed, "Saint-Lô"
_TOWN = re.compile(r"^(?:Saint|Sainte)-\w+$|\w-(?:sur|sous|lès|lez|en|aux|de|du|des|le|la|les)-\w")
# participles/nouns of location before "à X" / "en X": "fondée à Lyon", "basé à Nantes"
_LOCATED = {
    "fonder", "fondé", "fondée", "baser", "basé", "basée", "installer", "installé", "installée",
    "implanter", "implanté", "implantée", "situer", "situé", "située", "établi", "établie",
    "domicilié", "domiciliée", "né", "née", "siège", "siégeant", "usine", "site", "magasin",
    "ouvrir", "ouvert", "ouverte", "déménager", "localisé", "localisée",
}  # fmt: skip


# a dateline at the start of a paragraph: "BRUXELLES, 24 avril (Belga) -", "PARIS, 14 oct 2025
# (AFP) –", "MEXICO –", "Luxembourg, 6 novembre (Reuters) -": the place, then the wire agency
_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[{_UP}][{_UP}'’ .-]*[{_UP}]|[{_UP}][\w'’.-]+(?: [{_UP}][\w'’.-]+)?)"
    r"(?:[ \t]*,[ \t]*[^()\n–—]{1,40}?)?"
    r"(?:[ \t]*\((?P<agency>[^()\n]{2,40})\))?"
    r"[ \t\u00a0]*[-–—][ \t\u00a0]",
    re.MULTILINE,
)
_MAX_NAME = 16  # tokens
_MEMO_MAX = 500_000  # strings kept by _forms() across documents before it starts afresh
# French legal forms used as a common noun before the name: "la SARL Boulangerie Martin"
_LEGAL_PREFIXES = {
    "SA", "SAS", "SASU", "SARL", "EURL", "SCI", "SNC", "SCOP", "SCA", "SCIC", "GIE", "SEM",
    "SEML", "SCP", "SELARL", "SCEA", "GAEC", "EARL",
}  # fmt: skip


def _starts(words: set[str]) -> str:
    """A lookahead on the first characters of ``words``, to open a regex of them: it skips,
    cheaply, the positions where none can start (same matches, twice faster: test_entities)."""
    return "(?=[" + re.escape("".join(sorted({w[0] for w in words}))) + "])"


_LEGAL_PREFIX_RE = re.compile(
    _starts(_LEGAL_PREFIXES) + r"\b(?:" + "|".join(sorted(_LEGAL_PREFIXES)) + r")\b"
)
# foreign legal forms written BEFORE the name and part of it: "N.V. Nederlandse Gasunie",
# "AB Volvo", "PT Vale Indonesia", "PAO Gazprom"
_FOREIGN_PREFIXES = {"N.V.", "B.V.", "AB", "Oy", "Oyj", "PT", "PAO", "PJSC", "OAO", "OOO", "JSC"}
_FOREIGN_PREFIX_RE = re.compile(
    _starts(_FOREIGN_PREFIXES)
    + r"(?<![\w.])(?:"
    + "|".join(re.escape(p) for p in sorted(_FOREIGN_PREFIXES))
    + r") [A-Z]"
)
_COMPANY_HEADS = {"Compagnie", "Société", "Groupe", "Group", "Établissements", "Etablissements"}
_X_FRANCE = re.compile(r"[A-ZÉ][a-zéèêëïîôû]{2,}-France")  # "Météo-France" (one word before)
_HEAD_PREPS = {"sur", "par", "avec"}
# cue nouns that only ever name an organisation, even one named after a person ("le groupe
# Pierre Fabre", "le magazine Marie Claire"); "l'industriel Vincent Bolloré" is a person
_INSTITUTIONAL = {
    "groupe", "société", "entreprise", "compagnie", "firme", "start-up", "startup", "magazine",
    "journal", "quotidien", "hebdomadaire", "laboratoire", "labo", "banque", "holding",
    "enseigne", "filiale", "cabinet", "fonds", "marque", "maison de couture", "maison de luxe",
}  # fmt: skip
# roles an organisation can hold too ("Peugeot Invest, actionnaire de Stellantis"): no evidence
# that a name in apposition to them is a person
_ORG_ROLES = {
    "actionnaire", "actionnaire principal", "actionnaire majoritaire", "investisseur",
    "investisseuse", "administrateur judiciaire", "administratrice judiciaire",
    "mandataire judiciaire", "liquidateur", "liquidatrice", "commissaire aux comptes", "courtier",
    "courtière", "conseiller", "conseillère", "consultant", "consultante", "expert", "experte",
    "partner", "associé", "associée", "banquier", "banquière", "représentant", "représentante",
    "trader", "head", "responsable", "commissaire", "administrateur", "administratrice",
}  # fmt: skip
# appositions naming an organisation: "Gucci, sa principale marque", "X, une société …"
_APPOS_DETS = {"un", "une", "le", "la", "l'", "sa", "son", "leur", "notre", "cette", "ce", "cet"}
_SITES = {  # "l'usine PSA de Sochaux": a site, not a territorial body
    "usine", "site", "sites", "agence", "magasin", "entrepôt", "filiale", "succursale", "centre",
    "bureau", "bureaux", "siège", "raffinerie", "usines", "boutique", "hôpital", "gare",
}  # fmt: skip
# adjectives after which a public body's name goes on: "Office français [de la biodiversité]"
_BODY_ADJECTIVES = {
    "national", "nationale", "français", "française", "fédéral", "fédérale", "général",
    "générale", "supérieur", "supérieure", "régional", "régionale", "interministériel",
    "interministérielle", "départemental", "départementale", "central", "centrale",
}  # fmt: skip
_CAREER = re.compile(  # a company in a career path: "passée par X", "ancien de X"
    r"\b(?:pass[ée]e?s?\s+(?:par|chez)|ancien(?:ne)?s?\s+(?:de|d['’]|chez)|ans\s+chez)\s*"
    r"(?=[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ])",
    re.IGNORECASE,
)
_GEO_HEADS = {  # "Nord Cameroun", "Mont Cameroun": a part of a country, not a company
    "Nord", "Sud", "Est", "Ouest", "Centre", "Grand", "Grande", "Haut", "Haute", "Bas", "Basse",
    "Mont", "Petit", "Petite", "Nouveau", "Nouvelle", "République", "Royaume", "Saint", "Sainte",
    "Province", "Région", "Golfe", "Lac", "Côte", "Cap", "Val", "Pays", "Vieux", "Vieille",
}  # fmt: skip
_COUNCILS = {"Région", "Département"}  # "la Région Normandie" (the council, not the territory)
_BRAND_LISTS = {"maisons", "marques", "enseignes", "griffes", "labels"}
_HUMAN_PRODUCT = {"assistant", "assistante", "modèle"}  # product cues that also name people
_APPOS_NOUNS = {"marque", "marques"}
_PRENOMINAL = {
    "principal", "principale", "premier", "première", "deuxième", "seconde", "second",
    "troisième", "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "grand", "grande",
    "petit", "petite", "jeune", "vieux", "vieille", "célèbre", "prestigieux", "prestigieuse",
    "discret", "discrète", "puissant", "puissante", "modeste", "éphémère", "ex",
}  # fmt: skip
_QUANTITY_NEXT = {
    "%", "‰", "pour", "points", "point", "pts", "millions", "million", "milliards", "milliard",
    "euros", "euro", "dollars", "dollar", "€", "$", "£", "m€", "md€", "ans", "fois", "mois",
    "jours", "salariés", "emplois", "postes", "magasins", "sites", "usines", "tonnes",
}  # fmt: skip
# a sentence-initial participle standing for its subject: "Interrogé par Le Figaro, …"
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|int|inte|ints)$")
_HOLDING_WORDS = {"Holding", "Holdings"}
_PARTICIPLE_NEXT = {"par", ",", "sur", "à", "au", "lors", "après", "hier", "mardi", "lundi"}


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Comparison key of a name: typographic apostrophes folded, spacing collapsed (memoised:
    the same names recur through an article)."""
    return _WS.sub(" ", text.replace("’", "'").replace("‘", "'")).strip()


@lru_cache(maxsize=16384)
def _lower_key(text: str) -> str:
    return norm(text).casefold()


def _tok_lower(tok: Any) -> str:
    return str(tok.lower_).replace("’", "'")


def _is_cap(tok: Any) -> bool:
    """Token that can be part of a proper name (capitalised word, acronym, name with digits)."""
    return _cap_text(tok.text)


@lru_cache(maxsize=16384)
def _cap_text(t: str) -> bool:
    """:func:`_is_cap` of a token text (memoised; a space token is none: no capital in it)."""
    if not t:
        return False
    if t[0].isupper():
        return True
    return any(c.isupper() for c in t[1:]) and any(c.isalpha() for c in t)  # iPhone, x.AI, eBay


_PARENT_NOUNS = {"groupe", "holding", "maison-mère", "mère", "conglomérat"}
_CONNECTORS = {  # lower-case words inside foreign legal names
    "de", "del", "della", "di", "da", "das", "do", "dos", "du", "des", "la", "las", "los", "y",
    "e", "für", "und", "der", "van", "von", "voor", "en", "of", "and", "for", "the",
}  # fmt: skip
_ELIDED = {"qu", "lorsqu", "puisqu", "jusqu", "presqu", "quoiqu", "aujourd", "quelqu"}


def _apostrophe_tail(doc: Doc, k: int) -> bool:
    """``doc[k]`` is the lower-case end of a name with an apostrophe inside, "Prism’|emploi"
    (not an elision: "Jusqu’|ici", "L’|usine")."""
    if k == 0 or not (doc[k].is_alpha and doc[k].is_lower):
        return False
    prev = doc[k - 1]
    text = prev.text
    return (
        not prev.whitespace_
        and len(text) >= 4
        and text[-1] in "'’"
        and text[0].isupper()
        and text[:-1].isalpha()
        and text[:-1].casefold() not in _ELIDED
    )


_FINAL = {".", "!", "?", "…", ":", ";", "»", '"', "”"}


def _boundary(doc: Doc, i: int) -> bool:
    """A real sentence start: the parser says so *and* punctuation or a line break is before it
    (the parser alone sometimes starts a sentence inside a name: "LOT | Polish Airlines")."""
    if i <= 0 or i >= len(doc) or not doc[i].is_sent_start:
        return i <= 0
    prev = doc[i - 1]
    return prev.text in _FINAL or prev.is_space or "\n" in prev.whitespace_


# words introducing examples after a plural organisation noun: "des enseignes, dont X et Y"
_LIST_INTROS = (
    "dont", "dont notamment", "comme", "notamment", "tels que", "telles que", "tel que",
    "telle que", "parmi lesquels", "parmi lesquelles", "à l'instar de", "à l'image de", "entre",
)  # fmt: skip


def _plural(phrase: str) -> str:
    """French plural of a cue noun phrase (its first word): "groupe" -> "groupes", "fonds"
    unchanged, "réseau" -> "réseaux", "société de gestion" -> "sociétés de gestion"."""
    first, _, rest = phrase.partition(" ")
    if first.endswith(("s", "x", "z")):
        plural = first
    elif first.endswith(("eau", "eu")):
        plural = first + "x"
    elif first.endswith("al") and first not in {"festival", "carnaval"}:
        plural = first[:-2] + "aux"
    else:
        plural = first + "s"
    return f"{plural} {rest}" if rest else plural


@lru_cache(maxsize=16384)
def _fold(text: str) -> str:
    """Upper case without accents: "Éf" -> "EF" (memoised: the same forms recur)."""
    decomposed = unicodedata.normalize("NFD", text.upper())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def _initials(long: str) -> tuple[str, str] | None:
    """The folded initials of a long name's content words and of all its words ("Électricité
    de France" -> "EF", "EDF"), None for fewer than two words; memoised, as the same long forms
    are compared with every short form of the article."""
    words = [w for w in re.split(r"[\s\-'’]+", long) if w]
    if len(words) < 2:
        return None
    content = "".join(w[0] for w in words if w[0].isupper() or len(w) > 3)
    every = "".join(w[0] for w in words if w.isalpha())  # "Électricité de France" -> EDF
    return _fold(content), _fold(every)


@lru_cache(maxsize=4096)
def _syllable_words(long: str) -> tuple[str, ...]:
    """The folded words of more than two letters of a long name (at most 12), memoised."""
    return tuple(
        [_fold(w) for w in re.split(r"[\s\-'’]+", long) if len(w) > 2 and w.isalpha()][:12]
    )


def _tail_len(words: list[str], table: dict[str, list[tuple[str, ...]]]) -> int:
    """Number of final ``words`` forming one entry of ``table`` (entries indexed by their last
    word, longest first)."""
    if not words:
        return 0
    for entry in table.get(words[-1], ()):
        n = len(entry)
        if n <= len(words) and tuple(words[-n:]) == entry:
            return n
    return 0


def _by_last_word(entries: list[str]) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in sorted({tuple(x.split()) for x in entries if x.split()}, key=len, reverse=True):
        out.setdefault(entry[-1], []).append(entry)
    return out


def _fix_case(role: str) -> str:
    if len(role) > 1 and role[0].isupper() and role[1:2].islower():
        return role[0].lower() + role[1:]
    return role


@dataclass
class Mention:
    start: int
    end: int
    label: str | None  # the model's label (None: new candidate)
    honorific: bool = False
    gaz: int | None = None
    gaz_ambiguous: bool = False
    suffix: bool = False
    cue: bool = False
    product: bool = False
    inst_cue: bool = False
    org_ctx: bool = False
    first_name: bool = False
    final: str | None = None
    canonical: str = ""

    @property
    def strong_org(self) -> bool:
        return self.suffix or self.cue or (self.gaz is not None and not self.gaz_ambiguous)


_Pair = TypeVar("_Pair", tuple[int, int], tuple[int, int, str])


def _filter_pairs(spans: list[_Pair]) -> list[_Pair]:
    """``filter_spans()`` on ``(start, end, ...)`` tuples, without Span objects: the (first)
    longest span wins an overlap, the result in text order."""
    chosen: list[_Pair] = []
    seen: set[int] = set()
    for span in sorted(spans, key=lambda x: (x[1] - x[0], -x[0]), reverse=True):
        if span[0] not in seen and span[1] - 1 not in seen:
            chosen.append(span)
            seen.update(range(span[0], span[1]))
    chosen.sort(key=lambda x: x[0])
    return chosen


class FormMemo:
    """The strings of token hashes (ORTH, LOWER), kept across documents: a hash always names
    the same string, and a ``StringStore`` lookup decodes it anew each time (five times the
    cost of a dict read). Starts afresh past :data:`_MEMO_MAX` strings."""

    def __init__(self) -> None:
        self.orth: dict[int, str] = {}  # ORTH hash -> text
        self.lower: dict[int, str] = {}  # LOWER hash -> lower case, apostrophe made straight

    @staticmethod
    def forms(
        ids: list[int], memo: dict[int, str], strings: StringStore, lower: bool = False
    ) -> list[str]:
        """The strings of the hashes ``ids`` (ORTH or LOWER of each token) from ``memo``; the
        LOWER memo holds ``_tok_lower()`` forms (``lower``: typographic apostrophe made
        straight)."""
        try:
            return [memo[x] for x in ids]
        except KeyError:
            if len(memo) > _MEMO_MAX:
                memo.clear()
            for x in ids:
                if x not in memo:
                    memo[x] = strings[x].replace("’", "'") if lower else strings[x]
            return [memo[x] for x in ids]


class ArticleView:
    """What the rules read of one article, made fresh for each document in ``__call__``: its
    text, its token columns read once from the arrays (no ``Token`` object per word), the
    caches of span texts and places, and what the early stages found for the later ones."""

    def __init__(self, doc: Doc, memo: FormMemo) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        strings = doc.vocab.strings
        #: the ORTH array, and the token texts read from it
        self.orth = doc.to_array("ORTH")
        self.texts: list[str] = memo.forms(self.orth.tolist(), memo.orth, strings)
        #: the character offset of each token: span texts by slicing
        self.idx: list[int] = doc.to_array("IDX").tolist()
        #: SENT_START of each token (1, 0 or -1), for :meth:`bound`
        self.sent: list[int] = doc.to_array("SENT_START").tolist()
        #: universal POS ids (spacy.symbols) of the tokens
        self.pos: list[int] = doc.to_array("POS").tolist()
        #: ``_tok_lower()`` of every token, from the LOWER array
        self.low: list[str] = memo.forms(doc.to_array("LOWER").tolist(), memo.lower, strings, True)
        self.span_texts: dict[tuple[int, int], str] = {}  # doc[s:e].text
        self.place_cache: dict[tuple[int, int], bool] | None = (
            None  # _is_place, once datelines known
        )
        # found by the stages, read by later ones
        self.cue_matches: list[tuple[int, int, int]] = []
        self.role_matches: list[tuple[int, int]] = []
        self.role_starts: set[int] = set()
        self.dateline_places: set[int] = set()  # set by _datelines()
        self.dateline_names: set[str] = set()  # their texts: a place all through the article
        self.employers: dict[int, str] = {}  # start -> "chez" / "de"
        self.careers: set[int] = set()  # starts of companies of career paths
        self.clipped: dict[str, str] = {}  # "Juve" -> "Juventus"

    def bound(self, i: int) -> bool:
        """``_boundary(doc, i)`` from the per-document arrays, without Token objects (a token is
        a space when its text is: spaCy's ``is_space`` is ``str.isspace``; ``whitespace_`` is at
        most one space, never a line break)."""
        if i <= 0 or i >= len(self.sent) or self.sent[i] != 1:
            return i <= 0
        prev = self.texts[i - 1]
        return prev in _FINAL or prev.isspace()

    def cap(self, i: int) -> bool:
        """``_is_cap(doc[i])`` from the token texts (no Token object)."""
        return _cap_text(self.texts[i])

    def stext(self, start: int, end: int) -> str:
        """``doc[start:end].text``, computed once per document and span (a slice of the text
        from the token offsets: no Span nor Token objects)."""
        key = (start, end)
        text = self.span_texts.get(key)
        if text is None:
            if start >= end:
                text = ""
            else:
                last = end - 1
                text = self.text[self.idx[start] : self.idx[last] + len(self.texts[last])]
            self.span_texts[key] = text
        return text


class EntitiesComponent(DataComponent):
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp
        first_names: list[str] = []
        try:
            for line in load_lines("shared/first_names.tsv"):
                first_names.append(line.split("\t")[0].strip())
        except (FileNotFoundError, OSError):  # the shared lexicon is optional
            logger.info("models/shared/first_names.tsv absent: no first-name evidence")
        self.data: dict[str, Any] = {
            "organizations": load_jsonl(f"{DATA_DIR}/organizations.jsonl"),
            "org_cue_nouns": load_lines(f"{DATA_DIR}/org_cue_nouns.txt"),
            "org_suffixes": load_lines(f"{DATA_DIR}/org_suffixes.txt"),
            "legal_suffixes": load_lines(f"{DATA_DIR}/legal_suffixes.txt"),
            "acronym_stoplist": load_lines(f"{DATA_DIR}/acronym_stoplist.txt"),
            "org_subject_verbs": load_lines(f"{DATA_DIR}/org_subject_verbs.txt"),
            "org_object_verbs": load_lines(f"{DATA_DIR}/org_object_verbs.txt"),
            "org_head_nouns": load_lines(f"{DATA_DIR}/org_head_nouns.txt"),
            "product_cues": load_lines(f"{DATA_DIR}/product_cues.txt"),
            "honorifics": load_lines(f"{DATA_DIR}/honorifics.txt"),
            "name_particles": load_lines(f"{DATA_DIR}/name_particles.txt"),
            "stoplist": load_lines(f"{DATA_DIR}/stoplist.txt"),
            "roles": load_lines(f"{DATA_DIR}/roles.txt"),
            "places": load_lines(f"{DATA_DIR}/places.txt"),
            "generic_heads": load_lines(f"{DATA_DIR}/generic_heads.txt"),
            "nationalities": load_lines(f"{DATA_DIR}/nationalities.txt"),
            "institution_heads": load_lines(f"{DATA_DIR}/institution_heads.txt"),
            "non_employer_roles": load_lines(f"{DATA_DIR}/non_employer_roles.txt"),
            "regional_networks": load_lines(f"{DATA_DIR}/regional_networks.txt"),
            "territorial_bodies": load_lines(f"{DATA_DIR}/territorial_bodies.txt"),
            "body_cue_nouns": load_lines(f"{DATA_DIR}/body_cue_nouns.txt"),
            "first_names": first_names,
        }
        self._setup()

    # ------------------------------------------------------------------ setup
    def _setup(self) -> None:
        d = self.data
        vocab = self.nlp.vocab
        make = self.nlp.make_doc
        self.gaz_matcher = PhraseMatcher(vocab, attr="ORTH")
        self.gaz_entries: list[dict[str, Any]] = list(d["organizations"])
        self.gaz_by_form: dict[str, tuple[int, bool]] = {}
        for i, entry in enumerate(self.gaz_entries):
            ambiguous = set(entry.get("ambiguous") or [])
            for form in [entry["name"], *entry.get("aliases", [])]:
                key = norm(form)
                self.gaz_by_form.setdefault(key, (i, form in ambiguous))
                # "Moody's" is written "Moody’s" in the press: both apostrophes match
                variants = sorted({form, form.replace("'", "’")})
                self.gaz_matcher.add(f"GAZ{i}", [make(v) for v in variants])
        self.cue_matcher = PhraseMatcher(vocab, attr="LOWER")
        cues = [
            c.lower().replace("’", "'") for c in [*d["org_cue_nouns"], *d.get("nationalities", [])]
        ]
        self.cue_matcher.add("CUE", [make(c) for c in cues])
        self.cue_matcher.add("CUE_PL", [make(_plural(c)) for c in cues if _plural(c) != c])
        self.list_intro: dict[str, list[list[str]]] = {}
        for intro in _LIST_INTROS:
            words = [_tok_lower(t) for t in make(intro)]
            self.list_intro.setdefault(words[0], []).append(words)
        for alts in self.list_intro.values():
            alts.sort(key=len, reverse=True)
        self.appos_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.appos_matcher.add("APPOS", [make(w) for w in sorted(_APPOS_NOUNS)])
        self.product_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.product_matcher.add("PRODUCT", [make(c.lower()) for c in d["product_cues"]])
        self.role_matcher = PhraseMatcher(vocab, attr="LOWER")
        role_forms = {r.lower() for r in d["roles"]}
        role_forms |= {r.replace("'", "’") for r in role_forms}
        self.role_matcher.add("ROLE", [make(r) for r in sorted(role_forms)])
        legal = [norm(x) for x in d.get("legal_suffixes", [])]
        suffixes = sorted({norm(x) for x in d["org_suffixes"]} | set(legal), key=len, reverse=True)
        self.legal = set(legal)
        self.legal_heads = {"Groupe", "Group", "Holding"} & self.legal
        self.suffixes = set(suffixes)
        # word sequences of the suffixes ("SAB de CV", "SE & Co. KGaA"), longest first
        self.legal_words = _by_last_word(legal)
        self.suffix_words = _by_last_word(suffixes)
        # one regex over the text finds every suffix, whatever the tokenizer does with its dots
        # and slashes ("S.p.A.", "SA/NV", "Co., Ltd."): a suffix is a whole word, after a space
        suffix_alts = "|".join(
            r"[\s\u00a0\u202f]+".join(re.escape(w) for w in x.split()) for x in suffixes
        )
        self.suffix_re = re.compile(
            _starts(self.suffixes) + rf"(?<![^\s\u00a0\u202f])(?:{suffix_alts})(?![\w&/-])"
        )
        self.acronym_stoplist = {a.casefold() for a in d.get("acronym_stoplist", [])}
        self.subject_verbs = {v.lower() for v in d["org_subject_verbs"]}
        self.object_verbs = {v.lower() for v in d["org_object_verbs"]}
        # present-tense forms of the regular ones: "licencie", "recrutent", "investit"
        self.subject_forms: set[str] = set()
        for v in self.subject_verbs:
            if v.endswith("er") and " " not in v and "'" not in v:
                self.subject_forms |= {v[:-2] + "e", v[:-2] + "ent"}
            elif v.endswith("ir") and " " not in v and "'" not in v:
                self.subject_forms |= {v[:-2] + "it", v[:-2] + "issent"}
        self.head_nouns: set[str] = set()
        self.head_preps: set[tuple[str, str]] = set()  # ("offre", "sur"), ("rachat", "par")
        for v in d["org_head_nouns"]:
            words = v.lower().split()
            if len(words) == 2 and words[1] in _HEAD_PREPS:
                self.head_preps.add((words[0], words[1]))
            else:
                self.head_nouns.add(v.lower())
        self.honorifics = set(d["honorifics"])
        self.particles = {p.replace("’", "'") for p in d["name_particles"]}
        self.stoplist = {_lower_key(s) for s in d["stoplist"]}
        self.first_names = {n.casefold() for n in d["first_names"]}
        self.generic_heads = {_lower_key(h) for h in d.get("generic_heads", [])}
        self.cue_words = {c.split()[0] for c in cues}
        self.institution_heads = {h.lower() for h in d.get("institution_heads", [])}
        # "le suisse Barry Callebaut": a lower-case nationality noun names a company, even one
        # that looks like a person ("l'Américain John Smith" is capitalised)
        self.nationalities = {_lower_key(x) for x in d.get("nationalities", [])}
        self.institution_heads |= {h.split()[0] for h in self.generic_heads} | self.cue_words
        self.places = {_lower_key(p) for p in d.get("places", [])}
        self.non_employer_roles = {_lower_key(r) for r in d.get("non_employer_roles", [])}
        self.networks = {_lower_key(r) for r in d.get("regional_networks", [])}
        self.territorial_bodies = set(d.get("territorial_bodies", []))
        self.body_cue_nouns = {h.lower() for h in d.get("body_cue_nouns", [])}
        self.forms = FormMemo()  # token strings by hash, kept across documents

    # ------------------------------------------------------------------ entry point
    def __call__(self, doc: Doc) -> Doc:
        try:
            self._process(doc)
        except Exception:  # a rule failing must never crash the pipeline
            logger.exception("fr_org_people failed on a document; model entities kept")
            doc.spans["organizations"] = [e for e in doc.ents if e.label_ == "ORG"]
            doc.spans["people"] = [e for e in doc.ents if e.label_ == "PER"]
            for span in [*doc.spans["organizations"], *doc.spans["people"]]:
                span._.canonical = norm(span.text)
        return doc

    def _process(self, doc: Doc) -> None:
        if len(doc) == 0:
            doc.spans["organizations"] = []
            doc.spans["people"] = []
            return
        v = ArticleView(doc, self.forms)
        text = v.text
        sfx = self._suffix_spans(v, text)
        v.cue_matches = list(self.cue_matcher(doc))
        v.role_matches = [(s, e) for _, s, e in self.role_matcher(doc)]
        org_roles = {s for s, e in v.role_matches if _lower_key(v.stext(s, e)) in _ORG_ROLES}
        v.role_starts = {s for s, _e in v.role_matches} - org_roles
        wires = self._datelines(v, text)
        v.place_cache = {}  # _is_place is fixed once the datelines are known
        appos = self._appos_cues(v)
        cue_names = (
            self._cue_names(v, sfx)
            + (self._bracket_long_forms(v) if "(" in text else [])
            + self._appos_names(v, appos)
            + wires
            + (self._amp_names(v, sfx) if "&" in text else [])
            + (self._legal_prefix_names(v, sfx) if _LEGAL_PREFIX_RE.search(text) else [])
            + (self._foreign_prefix_names(v, sfx) if _FOREIGN_PREFIX_RE.search(text) else [])
        )
        mentions = self._candidates(v, cue_names, sfx)
        cue_ends = self._cue_ends(v)
        product_ends = {e for _, s, e in self.product_matcher(doc) if s > 0}
        cue_starts = {s for s, _e in cue_names}
        inst_ends = {
            e
            for _, s, e in v.cue_matches
            if s > 0
            and v.texts[s].islower()  # doc[s].is_lower (spaCy's is str.islower)
            and v.low[s - 1] in _DETS
            and (
                _lower_key(v.stext(s, e)) in _INSTITUTIONAL
                or _lower_key(v.stext(s, e)) in self.nationalities
            )
        }
        for m in mentions:
            self._features(v, m, cue_ends, product_ends, appos)
            if m.start in cue_starts and not (m.label == "PER" and m.first_name):
                m.cue = True
            if m.start in inst_ends:
                m.cue = m.inst_cue = True  # "le groupe Pierre Fabre", "le magazine Marie Claire"
            if v.employers.get(m.start) == "chez" and not m.honorific:
                m.cue = m.inst_cue = True  # "analyste chez Roland Berger"
            m.final = self._local_label(v, m)
        self._kickers(v, mentions)
        self._article_consistency(v, mentions)
        mentions = [m for m in mentions if m.final in ENT_LABELS]
        mentions = self._trade_names(v, mentions)
        mentions = self._brand_lists(v, mentions)
        mentions = self._place_complements(v, mentions)
        self._institution_complements(v, mentions)
        self._joined_complements(v, mentions)
        self._bracket_short_names(v, mentions)
        self._clipped_names(v, mentions)
        mentions = self._short_forms(v, mentions)
        self._canonicalise(v, mentions)
        roles = self._roles(v, mentions)

        # filter_spans() on (start, end, label) tuples, and the setter (which takes (label, start,
        # end) tuples, spaCy's stub says Spans) makes the Spans: no Span built twice
        ents = _filter_pairs([(m.start, m.end, m.final or "MISC") for m in mentions])
        doc.ents = [(label, s, e) for s, e, label in ents]  # type: ignore[misc]
        orgs: list[Span] = []
        people: list[Span] = []
        for m in mentions:
            span = Span(doc, m.start, m.end, label=m.final or "")
            span._.canonical = m.canonical
            if m.final == "ORG":
                orgs.append(span)
            elif m.final == "PER":
                role, role_org = roles.get(m.canonical, (None, None))
                span._.role = role
                span._.role_org = role_org
                people.append(span)
        doc.spans["organizations"] = orgs
        doc.spans["people"] = people

    # ------------------------------------------------------------------ candidates
    def _clean(
        self, v: ArticleView, start: int, end: int, label: str
    ) -> list[tuple[int, int, bool]]:
        """Split a model span at sentence/line breaks and trim it: ``(start, end, honorific)``."""
        doc = v.doc
        pieces: list[tuple[int, int]] = []
        s = start
        texts = v.texts
        pos = v.pos
        # the token flags from the texts and arrays, not a Token per word (spaCy's is_space and
        # is_lower are str.isspace and str.islower of the text)
        for i in range(start, end):
            t_text = texts[i]
            if (
                t_text.isspace()
                or "\n" in t_text
                or t_text in {"–", "—"}
                or (t_text == "-" and doc[i].whitespace_ and i > 0 and doc[i - 1].whitespace_)
                # "[Football] : [la Juventus]": a heading before a colon is no part of the name
                or (t_text == ":" and doc[i].whitespace_ and i > 0 and doc[i - 1].whitespace_)
            ):
                if i > s:  # a line break, or a dash between words ("R. – Oui")
                    pieces.append((s, i))
                s = i + 1
            elif i > s and v.bound(i):
                pieces.append((s, i))
                s = i
            elif (
                i > s
                and t_text.islower()
                and (
                    pos[i] in {VERB, AUX}
                    # "Agence nationale pour la rénovation urbaine [finance 200 projets]": a verb
                    # of corporate action the tagger took for a noun (no determiner before it)
                    or (
                        v.low[i] in self.subject_forms
                        and pos[i - 1] not in {DET, ADP}
                        and v.low[i - 1] not in _DETS
                    )
                )
            ):
                pieces.append((s, i))  # "Autorité de la concurrence sanctionne un cartel"
                end = i
                break
        if end > s and (not pieces or pieces[-1][1] <= s):
            pieces.append((s, end))
        out = []
        for s, e in pieces:
            s = self._skip_fronted_participle(v, s, e)
            honorific = False
            while s < e:
                tok = doc[s]
                low = v.low[s]
                t_text = texts[s]
                if t_text in self.honorifics:
                    honorific = True
                    s += 1
                elif tok.is_punct and t_text not in {"&"}:
                    s += 1
                elif honorific and low in self.particles:
                    break  # "M. de Meo"
                elif low in _ARTICLES and t_text[:1].isupper() and e - s > 1:
                    s += 1  # "La commission des sanctions" (gazetteer names keep theirs)
                elif t_text in _LEGAL_PREFIXES and e - s > 1 and v.cap(s + 1):
                    s += 1  # "la [SARL] Boulangerie Martin": the form is used as a noun
                elif (
                    tok.is_lower
                    and (tok.is_stop or tok.pos_ in _STRIP_POS or low in _DETS or tok.is_alpha)
                ) or (_lower_key(t_text) in self.stoplist and e - s > 1 and v.bound(tok.i)):
                    s += 1
                else:
                    break
            while e > s:
                tok = doc[e - 1]
                t_text = texts[e - 1]
                if (
                    (tok.is_punct and t_text != "&")
                    or tok.is_space
                    or (label == "PER" and tok.is_lower)
                    or (tok.is_lower and (tok.is_stop or tok.pos_ in _STRIP_POS))
                    or self._trailing_verb(v, s, e)
                ):
                    e -= 1
                else:
                    break
            if e > s:
                if s > 0 and texts[s - 1] in self.honorifics:
                    honorific = True
                if e - s <= _MAX_NAME:  # a run of hundreds of capitalised words is no name
                    out.append((s, e, honorific))
        return out

    def _trailing_verb(self, v: ArticleView, s: int, e: int) -> bool:
        """ "[Valtéo] licencie", "[Kelvio] recrute": a conjugated verb the model glued to the
        name before it (its lemma is an infinitive it differs from; "Banque postale", "Crédit
        agricole", "Française des jeux" keep their lower-case word)."""
        doc = v.doc
        if e - s < 2:
            return False
        tok = doc[e - 1]
        low = _tok_lower(tok)
        lemma = str(tok.lemma_).lower()
        return (
            tok.is_lower
            and tok.is_alpha
            and v.cap(e - 2)
            and (
                low in self.subject_forms
                or (
                    lemma != low
                    and lemma.endswith(("er", "ir"))
                    and not low.endswith(("é", "ée", "és", "ées", "ant", "ante"))
                )
            )
        )

    def _skip_fronted_participle(self, v: ArticleView, s: int, e: int) -> int:
        """ "[Diplômée d']HEC, elle…", "[Passé par] McKinsey, il…": a participle opening the
        sentence, with its preposition, is no part of the name of the clause it introduces."""
        doc = v.doc
        if e - s < 3 or not (v.bound(s) or self._line_start(doc, s)):
            return s
        tok = doc[s]
        low = _tok_lower(tok)
        if (
            tok.text[:1].isupper()
            and _PARTICIPLE.search(low)
            and low not in self.institution_heads
            and v.low[s + 1] in _DE | {"à", "au", "aux", "par", "chez"}
            and e < len(doc)
            and doc[e].text == ","
            and tok.pos_ in {"VERB", "ADJ", "NOUN"}
        ):
            return s + 2
        return s

    def _cap_run(self, v: ArticleView, j: int, limit: int = 6) -> int:
        """End of the proper-name run starting at ``j`` (``j`` if none)."""
        doc = v.doc
        k = j
        while k < len(doc) and k - j < limit:
            tok = doc[k]
            if k > j and v.bound(tok.i):
                break
            if (
                _is_cap(tok)
                or (k > j and _apostrophe_tail(doc, k))
                or (k > j and tok.like_num and not tok.is_punct)
                or (k > j and tok.text in {"&", "-"} and k + 1 < len(doc) and v.cap(k + 1))
            ):
                k += 1
            elif k > j and _lower_key(doc[j].text) in self.generic_heads and _tok_lower(tok) in _DE:
                # "la holding Compagnie de l'Odet", "la Société des Bains de Mer"
                n = k + 1
                if n < len(doc) and v.low[n] in _ARTICLES:
                    n += 1
                if n < len(doc) and v.cap(n) and not v.bound(n):
                    k = n
                else:
                    break
            else:
                break
        return k

    def _skip_modifiers(self, v: ArticleView, end: int) -> int:
        """Index after the adjectives and noun complements of a cue noun ending at ``end``:
        "le fabricant [français d'implants orthopédiques] Orbéa Santé", "le géant [américain des
        semi-conducteurs] Nvidia"."""
        doc = v.doc
        j = end
        n = len(doc)
        while j < n and j - end < 8:
            tok = doc[j]
            if tok.is_lower and tok.pos_ == "ADJ":
                j += 1
                continue
            if _tok_lower(tok) in _DE and j + 1 < n:
                k = j + 1
                if v.low[k] in _ARTICLES:
                    k += 1
                m = k
                while (
                    m < n
                    and m - k < 4
                    and (
                        (doc[m].is_lower and doc[m].is_alpha and doc[m].pos_ in {"NOUN", "ADJ"})
                        or (doc[m].text == "-" and m > k and m + 1 < n and doc[m + 1].is_lower)
                    )
                ):
                    m += 1
                if m > k:
                    j = m
                    continue
            break
        return j

    def _legal_prefix_names(self, v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
        """Names after a legal form used as a noun: "la SARL Boulangerie Martin", "l'EURL
        Dupont", "la SCI du Parc" (the form is not part of the name)."""
        doc = v.doc
        out: list[tuple[int, int]] = []
        n = len(doc)
        for i, t_text in enumerate(v.texts):  # the texts, not a Token per word
            if t_text not in _LEGAL_PREFIXES or i == 0 or i + 1 >= n:
                continue
            if v.low[i - 1] not in _DETS or v.bound(i + 1):
                continue
            j = i + 1
            if v.low[j] in {"du", "de", "des", "d'"} and j + 1 < n and v.cap(j + 1):
                j += 1  # "la SCI du Parc" keeps its "du"
                k = self._cap_run(v, j)
                out.append((i + 1, self._extend_suffix(v, i + 1, k, sfx)))
            elif v.cap(j):
                k = self._cap_run(v, j)
                out.append((j, self._extend_suffix(v, j, k, sfx)))
        return out

    def _foreign_prefix_names(self, v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
        """A foreign legal form before a proper name is part of the company's name: "N.V.
        Nederlandse Gasunie", "AB Volvo", "PT Vale Indonesia" (not a person)."""
        doc = v.doc
        out: list[tuple[int, int]] = []
        for m in _FOREIGN_PREFIX_RE.finditer(doc_text(doc)):
            span = doc.char_span(m.start(), m.end() - 2, alignment_mode="expand")
            if span is None or span.end >= len(doc) or span.start != span.end - 1:
                continue
            i = span.start
            if i > 0 and v.cap(i - 1) and not v.bound(i):
                continue  # inside another name
            k = self._cap_run(v, i + 1)
            if k > i + 1 and not all(doc[x].text in self.stoplist for x in range(i + 1, k)):
                out.append((i, self._extend_suffix(v, i, k, sfx)))
        return out

    def _cue_names(self, v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
        """Names introduced by an organisation noun: "la start-up (française) Mistral AI", "le
        fabricant d'implants Orbéa Santé", and lists after a plural one: "plusieurs enseignes de
        chaussures, dont San Marina et Minelli", "des banques comme BNP Paribas ou Natixis"."""
        doc = v.doc
        out: list[tuple[int, int]] = []
        n = len(doc)
        for match_id, s, e in v.cue_matches:
            if not doc[s].is_lower or s == 0:
                continue
            j = self._skip_modifiers(v, e)
            if j >= n:
                continue
            plural = self.nlp.vocab.strings[match_id] == "CUE_PL"
            if not plural:
                if v.low[s - 1] in _DETS and v.cap(j) and not v.bound(j):
                    k = self._cap_run(v, j)
                    if k > j:
                        out.append((j, self._extend_suffix(v, j, k, sfx)))
                elif v.low[s - 1] in _DETS and not v.bound(j):
                    out += self._lowercase_brand(v, j)
                continue
            if doc[j].text == "," and j + 1 < n:
                j += 1
            intro = self.list_intro.get(v.low[j])
            if intro is None:
                continue
            for words in intro:
                if [_tok_lower(t) for t in doc[j : j + len(words)]] == words:
                    j += len(words)
                    break
            else:
                continue
            while j < n and v.cap(j) and not v.bound(j):
                k = self._cap_run(v, j)
                out.append((j, self._extend_suffix(v, j, k, sfx)))
                j = k
                if j < n and doc[j].text == ",":
                    j += 1
                if j < n and v.low[j] in {"et", "ou"}:
                    j += 1
        # "analyste chez CGF Bourse", "associée chez Gide", "PDG de Vernaud", "directrice
        # générale d'Altaris": the employer of a role
        v.employers = {}
        for s, e in v.role_matches:
            while e < n and v.low[e] in _ROLE_MODIFIERS:
                e += 1  # "directeur général adjoint de X"
            if e + 1 >= n or not v.cap(e + 1) or v.bound(e + 1):
                continue
            prep = v.low[e]
            if prep == "chez":
                k = self._cap_run(v, e + 1)
            elif (
                prep in {"de", "d'"}
                and _lower_key(v.stext(s, e)) not in self.non_employer_roles
                and doc[e + 1].text not in self.honorifics
                and v.low[e + 1] not in _ARTICLES
            ):
                k = self._cap_run(v, e + 1)
                if k > e + 1 and self._is_place(v, e + 1, k):
                    continue
            else:
                continue
            if k > e + 1:
                v.employers[e + 1] = prep
                out.append((e + 1, self._extend_suffix(v, e + 1, k, sfx)))
        # career paths: "passée par Manpower", "ancien de Capgemini", "dix ans chez Adecco"
        v.careers = set()
        text = doc_text(doc)
        for match in _CAREER.finditer(text):
            nxt = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if nxt is None or not v.cap(nxt.start) or v.bound(nxt.start):
                continue
            j = nxt.start
            k = self._cap_run(v, j)
            if k > j and not self._is_place(v, j, k) and doc[j].text not in self.honorifics:
                v.careers.add(j)
                out.append((j, self._extend_suffix(v, j, k, sfx)))
        return out

    def _lowercase_brand(self, v: ArticleView, j: int) -> list[tuple[int, int]]:
        """A lower-case corporate name after a company noun, "le groupe postal belge bpost": a
        word the article repeats (three times at least) and never gives a determiner, as a
        name; all its occurrences are the company, "bpost group" with its English head."""
        doc = v.doc
        tok = doc[j]
        if not (
            tok.is_lower
            and tok.is_alpha
            and len(tok.text) >= 3
            and tok.pos_ in {"NOUN", "PROPN", "X"}
            and _lower_key(tok.text) not in self.stoplist
        ):
            return []
        where = [int(x) for x in numpy.flatnonzero(v.orth == tok.orth)]
        if len(where) < 3:
            return []
        dets = _ARTICLES | {"un", "une", "des", "du", "au", "aux", "ce", "cette", "son", "sa"}
        if any(i > 0 and v.low[i - 1] in dets for i in where):
            return []  # "la mère … une mère": a common noun
        n = len(doc)
        if not any(i != j and i + 1 < n and doc[i + 1].pos_ in {"VERB", "AUX"} for i in where):
            return []  # a company is the subject of a verb somewhere else ("bpost supprimera")
        return [
            (i, i + 2 if i + 1 < n and doc[i + 1].lower_ in {"group", "groupe"} else i + 1)
            for i in where
        ]

    def _bracket_long_forms(self, v: ArticleView) -> list[tuple[int, int]]:
        """A body introduced with its acronym in brackets, "La Fédération unique des pétroliers
        (FUP)", "l'Union des industries chimiques (UIC)": the long form opens on an institution
        noun and its initials spell the acronym; both are organisations."""
        doc = v.doc
        out: list[tuple[int, int]] = []
        orth = doc.to_array("ORTH")
        opens = numpy.flatnonzero(orth[:-2] == self.nlp.vocab.strings.add("("))
        close = self.nlp.vocab.strings.add(")")
        hyphen = self.nlp.vocab.strings.add("-")
        n = len(doc)
        for i in (int(x) for x in opens):
            if i < 2:
                continue
            acr_end = i + 2
            if orth[i + 2] != close:
                # "(Isae-Supaero)": a compound acronym, its first part spells the long form
                if not (i + 4 < n and orth[i + 2] == hyphen and orth[i + 4] == close):
                    continue
                if not doc[i + 3].text[:1].isupper():
                    continue
                acr_end = i + 4
            acr = doc[i + 1].text
            # "(FUP)", and the title-case acronyms of the French press: "(Arcep)", "(Cnil)"
            if not (
                2 <= len(acr) <= 8
                and acr.isalpha()
                and (acr.isupper() or (acr[0].isupper() and len(acr) >= 3))
            ):
                continue
            foreign = self._connector_long_form(doc, i, acr)
            if foreign is not None and not self._is_place(v, foreign, i):
                out += [(foreign, i), (i + 1, acr_end)]
                continue
            # a long official name may hold commas: "Autorité de régulation des communications
            # électroniques, des postes et de la distribution de la presse (Arcep)"
            for s in range(i - 1, max(i - 24, 0) - 1, -1):
                if v.bound(s + 1) and s + 1 < i:
                    break
                tok = doc[s]
                if tok.text in {"(", ")", ";", ":", "«", "»"}:
                    break
                if (
                    tok.text[:1].isupper()
                    and tok.lower_ in self.institution_heads
                    and (
                        self._is_acronym_of(acr.upper(), doc[s:i].text)
                        or self._initials_cover(acr, doc[s:i])
                    )
                ):
                    out += [(s, i), (i + 1, acr_end)]
                    break
        return out

    @staticmethod
    def _connector_long_form(doc: Doc, i: int, acr: str) -> int | None:
        """Start of a (foreign) legal name before the bracket at ``i`` whose capitalised words
        spell the acronym, lower-case connectors skipped: "Sociedad Estatal de Participaciones
        Industriales (SEPI)", "Gesellschaft für Internationale Zusammenarbeit (GIZ)"."""
        if not acr.isupper() or len(acr) < 3 or not _is_cap(doc[i - 1]):
            return None
        caps: list[int] = []
        j = i - 1
        while j >= 0 and i - j <= 12 and len(caps) < len(acr):
            tok = doc[j]
            if _is_cap(tok) and tok.is_alpha and not (j + 1 < i and _boundary(doc, j + 1)):
                caps.append(j)
            elif not (tok.text.lower() in _CONNECTORS and j + 1 < i and _is_cap(doc[j + 1])):
                break
            j -= 1
        if len(caps) != len(acr) or len(caps) < 2:
            return None
        start = caps[-1]
        if "".join(_fold(doc[x].text[0]) for x in reversed(caps)) != _fold(acr):
            return None
        if (
            start > 0
            and _is_cap(doc[start - 1])
            and not doc[start - 1].is_stop  # "La Sociedad…", "El Banco…"
            and not _boundary(doc, start)
        ):
            return None  # a longer capitalised run: not this rule's business
        return start

    @staticmethod
    def _initials_cover(acr: str, words: Span) -> bool:
        """The letters of ``acr`` are, in order, the initials of the significant words of
        ``words`` starting with the first one, and cover at least half of them: "Arcep" for
        "Autorité de régulation des communications électroniques, des postes et de la
        distribution de la presse" (a name that grew after its acronym was coined)."""
        initials = [
            _fold(t.text[0])
            for t in words
            if t.is_alpha and len(t.text) > 2 and _tok_lower(t) not in _DETS | {"et", "pour"}
        ]
        key = _fold(acr)
        if len(key) < 3 or not initials or initials[0] != key[0] or 2 * len(key) < len(initials):
            return False
        k = 0
        for c in initials:
            if k < len(key) and c == key[k]:
                k += 1
        return k == len(key) and words[-1].is_alpha and not words[-1].is_punct

    def _amp_names(self, v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
        """Names joined by "&" (partnerships, law firms, funds): "Procter & Gamble", "Hellman &
        Friedman", "Clayton, Dubilier & Rice", "Skadden, Arps, Slate, Meagher & Flom"."""
        doc = v.doc
        out: list[tuple[int, int]] = []
        n = len(doc)
        amp = self.nlp.vocab.strings.add("&")
        for i in (int(x) for x in numpy.flatnonzero(doc.to_array("ORTH") == amp)):
            if i == 0 or i + 1 >= n:
                continue
            if not (v.cap(i - 1) and v.cap(i + 1)) or v.bound(i + 1):
                continue
            s = i - 1
            while s > 0 and i - s < 3 and v.cap(s - 1) and not v.bound(s):
                s -= 1
            # a comma-separated series of single names before the last one
            while (
                s >= 2
                and i - s < 12  # at most a handful of partners
                and doc[s - 1].text == ","
                and v.cap(s - 2)
                and not v.bound(s - 2)
                and not v.bound(s)
                and v.low[s - 2] not in _DETS
                and (s - 2 == 0 or not v.cap(s - 3) or doc[s - 3].text == ",")
            ):
                s -= 2
            while s < i and (
                _lower_key(doc[s].text) in self.stoplist
                or doc[s].text in self.honorifics
                or v.low[s] in _DETS
            ):
                s += 1
            if s >= i:
                continue
            e = self._cap_run(v, i + 1, limit=3)
            out.append((s, self._extend_suffix(v, s, e, sfx)))
        return out

    def _datelines(self, v: ArticleView, text: str) -> list[tuple[int, int]]:
        """Wire agencies of the datelines (organisations, returned) and their places (kept in
        ``v.dateline_places``: a place, never an organisation)."""
        doc = v.doc
        v.dateline_places = set()
        v.dateline_names = set()
        out: list[tuple[int, int]] = []
        for match in _DATELINE.finditer(text):
            place, agency = match.group("place"), match.group("agency")
            span = doc.char_span(match.start("place"), match.end("place"), alignment_mode="expand")
            # a title-case opening without agency may be a sentence ("Orange -"): a place only
            # when listed or tagged a place by the model ("Douala – La société…")
            if (
                not (place.isupper() and len(place) >= 3)
                and agency is None
                and (
                    span is None
                    or not (
                        _lower_key(norm(place)) in self.places
                        or all(t.ent_type_ == "LOC" for t in span)
                    )
                )
            ):
                continue
            if span is not None:
                v.dateline_places.update(range(span.start, span.end))
                v.dateline_names.add(_lower_key(norm(span.text)))
            if agency is None:
                continue
            base = match.start("agency")
            for part in re.finditer(r"[^/,]+", agency):
                name = part.group().strip()
                if not name or any(c.isdigit() for c in name):
                    continue
                start = base + part.start() + (len(part.group()) - len(part.group().lstrip()))
                wire = doc.char_span(start, start + len(name), alignment_mode="expand")
                if wire is None:
                    continue
                # "(AFP)", "(dpa-AFX)", "(Belga)" are agencies; "GUÉRET (Creuse) –" is a place
                if (
                    sum(c.isupper() for c in name) >= 2
                    or norm(name) in self.gaz_by_form
                    or norm(name).upper() in self.gaz_by_form  # "(awp/afp)"
                ):
                    out.append((wire.start, wire.end))
                else:
                    v.dateline_places.update(range(wire.start, wire.end))
        return out

    def _suffix_spans(self, v: ArticleView, text: str) -> dict[int, int]:
        """Token start -> token end of every (legal) suffix of the text."""
        doc = v.doc
        out: dict[int, int] = {}
        for match in self.suffix_re.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or span.start_char != match.start() or "\n" in span.text:
                continue
            out[span.start] = max(span.end, out.get(span.start, span.end))
        return out

    def _first_name_runs(
        self, v: ArticleView, labels: dict[int, str], gaz_end: dict[int, int]
    ) -> list[tuple[int, int]]:
        """People the model missed: a listed first name followed by one to three capitalised
        words or particles ("Selon Jean-Jacques Le Fur, analyste…"), outside every model entity
        and gazetteer name."""
        doc = v.doc
        out: list[tuple[int, int]] = []
        n = len(doc)
        i = 0
        texts = v.texts
        titles = doc.to_array("IS_TITLE").tolist()  # token flags read once, not per Token
        while i < n - 1:
            if (
                i in labels
                or i in gaz_end
                or not titles[i]
                or not texts[i].replace("-", "").isalpha()
                or texts[i].casefold() not in self.first_names
                or _lower_key(texts[i]) in self.places
                or _lower_key(texts[i]) in self.stoplist
            ):
                i += 1
                continue
            j = i + 1
            end = i
            while j < n and j - i <= 4 and j not in labels and not v.bound(j):
                t_text = texts[j]
                if (
                    titles[j]
                    and t_text.replace("-", "").isalpha()
                    and _lower_key(t_text) not in self.stoplist
                ):
                    j += 1
                    end = j
                elif t_text in self.particles or v.low[j] in {
                    "de",
                    "du",
                    "d'",
                    "van",
                    "von",
                }:
                    j += 1
                else:
                    break
            if end > i + 1 or (end == i + 1 and doc[i + 1].text.casefold() not in self.first_names):
                start = i
                # "Paul-François Vranken" split by the tokenizer: the first part belongs to it
                if (
                    start >= 2
                    and doc[start - 1].text == "-"
                    and not doc[start - 1].whitespace_
                    and not doc[start - 2].whitespace_
                    and doc[start - 2].is_title
                    and doc[start - 2].text.casefold() in self.first_names
                    and start - 2 not in labels
                ):
                    start -= 2
                out.append((start, end))
                i = end
            else:
                i += 1
        return out

    def _extend_suffix(self, v: ArticleView, start: int, end: int, sfx: dict[int, int]) -> int:
        """Extend a name over the suffixes that directly follow it: "Anheuser-Busch InBev
        [SA/NV]", "Fomento Económico Mexicano [SAB de CV]", "Vy Fund [III]"."""
        doc = v.doc
        e = end
        texts = v.texts  # the token texts, not a Token per read
        after_suffix = e > start and texts[e - 1] in self.suffixes
        for k in range(max(start + 1, end - 3), end):  # "InBev [SA]/NV": the span cut a suffix
            if sfx.get(k, 0) > e:
                e = sfx[k]
                after_suffix = True
        while e < len(doc) and e > start and not v.bound(e):
            if e in sfx and not (doc[e - 1].is_punct and doc[e - 1].text != "."):
                e = sfx[e]
                after_suffix = True
            elif texts[e] in _ROMAN and after_suffix:
                e += 1
                after_suffix = False
            else:
                break
        return e

    def _inner_article(self, v: ArticleView, s: int, e: int) -> int:
        """A capitalised article inside a sentence belongs to the name after it: "tout comme [La]
        Française des jeux", "selon [Le] Maire" (a lower-case one never does; at a sentence
        start the capital says nothing, the gazetteer decides)."""
        doc = v.doc
        texts = v.texts  # the token texts: Tokens only for a capitalised article
        if (
            s < 2
            or e <= s
            or not texts[s][:1].isupper()
            or texts[s - 1].replace("’", "'") not in {"La", "Le", "Les", "L'"}
        ):
            return s
        art = doc[s - 1]
        if (
            not _boundary(doc, s - 1)
            and not (art.whitespace_ == "" and art.text not in {"L'", "L’"})
            and not doc[s - 2].is_space
            and "\n" not in doc[s - 2].whitespace_
            and doc[s - 2].text not in {":", "«", '"', "“", "—", "–", "-", "(", "|", "."}
        ):
            return s - 1
        return s

    def _possessive_end(self, v: ArticleView, end: int) -> int:
        """ "Moody’|s": the tokenizer splits the possessive "s" after a typographic apostrophe."""
        doc = v.doc
        texts = v.texts
        last = texts[end - 1]
        if (
            end < len(texts)
            and len(last) > 1
            and last[-1] in "'’"
            and texts[end] in {"s", "S"}
            and not doc[end - 1].whitespace_
        ):
            return end + 1
        return end

    def _extend_tail(self, v: ArticleView, start: int, end: int, label: str) -> int:
        """Words the model left off the end of a name: the possessive "s" the tokenizer split
        from a typographic apostrophe ("Moody’|s"), and for an organisation the capitalised words
        that directly follow it ("XP [Investimentos]", "Groupama Assurances [Mutuelles]")."""
        doc = v.doc
        e = self._possessive_end(v, end)
        n = len(doc)
        if label != "ORG":
            return e
        if (
            e < n
            and doc[e].ent_iob_ == "B"
            and doc[e].ent_type_ == "LOC"
            and doc[e - 1].whitespace_ == " "
            and _lower_key(v.stext(start, e)) in self.networks
        ):
            # "Caisse d'épargne [Normandie]", "Crédit agricole [Pays de la Loire]"
            e += 1
            while e < n and doc[e].ent_iob_ == "I":
                e += 1
            return e
        while e < n and e - start < 6 and self._continues_name(v, e):
            e += 1
        return e

    def _council_place(self, v: ArticleView, s: int, e: int) -> int:
        """ "la Région [Grand Est]", "le Département [Val-d'Oise]": a council named after a
        listed territory keeps the whole listed name the model cut short."""
        doc = v.doc
        if doc[s].text not in _COUNCILS:
            return e
        best = e
        for k in range(e, min(s + 9, len(doc)) + 1):
            if k > s + 1 and _lower_key(v.stext(s + 1, k)) in self.places:
                best = k
        return best

    def _continues_name(self, v: ArticleView, e: int) -> bool:
        """``doc[e]`` is a capitalised word glued (one space) to the organisation before it and
        not the start of another name: "XP [Investimentos]", "BBVA [México]" after an acronym."""
        doc = v.doc
        tok, prev = doc[e], doc[e - 1]
        if (
            prev.whitespace_ != " "
            or prev.is_punct
            or v.bound(e)
            or not tok.is_alpha
            or not tok.text[:1].isupper()
            or _lower_key(tok.text) in self.stoplist
        ):
            return False
        if tok.ent_iob_ != "B":
            return tok.ent_type_ in {"", "ORG", "LOC"}
        # a one-word place right after an acronym: a subsidiary ("BBVA México")
        return (
            tok.ent_type_ == "LOC"
            and prev.text.isupper()
            and (e + 1 >= len(doc) or doc[e + 1].ent_iob_ != "I")
        )

    def _candidates(
        self, v: ArticleView, cue_names: list[tuple[int, int]], sfx: dict[int, int]
    ) -> list[Mention]:
        doc = v.doc
        labels: dict[int, str] = {}
        # candidate (start, end) pairs; Span objects are costly to build, so the spans are
        # kept as pairs, checked as Span() checks them, and filtered as filter_spans() does
        spans: list[tuple[int, int]] = []
        n_doc = len(doc)

        def pair(s: int, e: int) -> tuple[int, int]:
            if not 0 <= s <= e <= n_doc:
                raise IndexError(f"candidate span ({s}, {e}) out of the document")
            return (s, e)

        honor: set[tuple[int, int]] = set()
        gaz_end: dict[int, int] = {}
        gaz_matches = self.gaz_matcher(doc)  # matched once, used twice
        for _match_id, s, e in gaz_matches:
            gaz_end[s] = max(e, gaz_end.get(s, e))
        for ent in doc.ents:
            for s, e, h in self._clean(v, ent.start, ent.end, ent.label_):
                g = gaz_end.get(s, e)
                if g < e and all(doc[x].is_lower for x in range(g, e)):
                    e = g  # "Autorité de la concurrence sanctionne un cartel" (a headline)
                while e - s > 1 and gaz_end.get(s, 0) < e and self._quantity(doc, e - 1):
                    e -= 1  # "Free [30] %", "Orange [27] %": a figure, not part of the name
                e = self._extend_suffix(v, s, e, sfx)
                e = self._extend_tail(v, s, e, ent.label_)
                e = self._council_place(v, s, e)
                # a hyphenated first name the tokenizer split: "François-|Henri Pinault"
                while (
                    s >= 2
                    and doc[s - 1].text == "-"
                    and not doc[s - 1].whitespace_
                    and not doc[s - 2].whitespace_
                    and v.cap(s - 2)
                ):
                    s -= 2
                s = self._inner_article(v, s, e)
                spans.append(pair(s, e))
                if h:
                    honor.add((s, e))
            for i in range(ent.start, ent.end):
                labels[i] = ent.label_
        for _match_id, s, e in gaz_matches:
            spans.append(pair(s, self._extend_suffix(v, s, e, sfx)))
        for s, e in cue_names:
            spans.append(pair(s, e))
        for s, e in self._first_name_runs(v, labels, gaz_end):
            spans.append(pair(s, e))
            for i in range(s, e):
                labels[i] = "PER"
        texts = v.texts
        n_tok = len(texts)
        # the order of the candidates does not matter (equal keys in the sort below are equal
        # pairs), so each rule visits only its own tokens: the suffix starts, the tokens
        # starting with two capitals, the opening brackets
        for i in sorted(sfx):
            if i > 0 and v.cap(i - 1) and texts[i - 1] not in _LEGAL_PREFIXES and not v.bound(i):
                s = i - 1
                while (
                    s > 0
                    and i - s < 5
                    and texts[s - 1] not in _LEGAL_PREFIXES  # "la SAS [Transports Giraud]"
                    and (v.cap(s - 1) or (texts[s - 1] in {"&", "-"} and s >= 2 and v.cap(s - 2)))
                    and not v.bound(s)
                ):
                    s -= 1
                while s < i and (
                    _lower_key(texts[s]) in self.stoplist
                    or texts[s] in self.honorifics
                    or texts[s] == "&"
                    # "Le Conseil", "Le Kenya Tea Board" (but "Le Goff Menuiserie")
                    or (v.low[s] in _DETS and (s + 1 == i or i - s > 2))
                ):
                    s += 1
                if s < i and not all(texts[x] in self.suffixes for x in range(s, i)):
                    e = self._extend_tail(v, s, self._extend_suffix(v, s, i, sfx), "ORG")
                    spans.append(pair(s, e))
        # acronym after a determiner: "l'AGS", "la CGT", "du Medef" is an organisation
        # unless it is a common noun of the business press (acronym_stoplist.txt)
        for i in [i for i, tok_text in enumerate(texts) if tok_text[:2].isupper()]:
            if self._det_acronym(v, i, i + 1):
                spans.append(pair(i, i + 1))
        # acronym in brackets after a name: "Autorité des marchés financiers (AMF)"
        for i in [i for i, tok_text in enumerate(texts) if tok_text == "("]:
            if (
                i + 2 < n_tok
                and texts[i + 2] == ")"
                and texts[i + 1][:1].isupper()
                and (
                    sum(c.isupper() for c in texts[i + 1]) >= 2
                    or (doc[i + 1].is_alpha and len(texts[i + 1]) <= 6)  # "(Opep)", "(Insee)"
                )
            ):
                spans.append(pair(i + 1, i + 2))
        spans = [pair(s, self._possessive_end(v, e)) for s, e in spans]
        chosen = _filter_pairs(spans)
        mentions = []
        for start, end in chosen:
            model = [labels[i] for i in range(start, end) if i in labels]
            label = max(set(model), key=model.count) if model else None
            m = Mention(start, end, label)
            m.honorific = (start, end) in honor or (
                start > 0 and v.texts[start - 1] in self.honorifics
            )
            mentions.append(m)
        return mentions

    # ------------------------------------------------------------------ evidence
    def _preceded_by(self, v: ArticleView, start: int, ends: set[int]) -> bool:
        """A cue ending at ``ends`` precedes ``start`` (possibly with adjectives between)."""
        j = start
        for _ in range(4):
            if j in ends:
                return True
            # doc[j - 1].is_lower and .pos_ == "ADJ", from the texts (spaCy's is_lower is
            # str.islower) and the POS array
            if j - 1 >= 0 and v.texts[j - 1].islower() and v.pos[j - 1] == ADJ:
                j -= 1
            else:
                return False
        return False

    def _features(
        self,
        v: ArticleView,
        m: Mention,
        cue_ends: set[int],
        product_ends: set[int],
        appos: set[int],
    ) -> None:
        doc = v.doc
        text = norm(v.stext(m.start, m.end))
        words = text.split()
        hit = self.gaz_by_form.get(text)
        if hit is not None:
            m.gaz, m.gaz_ambiguous = hit
        if len(words) >= 2:
            body = words[:-1] if words[-1] in _ROMAN else words
            n_sfx = _tail_len(body, self.suffix_words)
            m.suffix = 0 < n_sfx < len(body)
        # "Marc-André Tremblay": a compound first name whose parts are listed first names
        m.first_name = len(words) >= 2 and (
            words[0].casefold() in self.first_names
            or (
                "-" in words[0]
                and all(p.casefold() in self.first_names for p in words[0].split("-"))
            )
        )
        m.cue = self._preceded_by(v, m.start, cue_ends) or (
            m.end in appos
            and not self._is_place(v, m.start, m.end)
            and not (m.end - m.start == 1 and self._participle(doc, m.start))
        )
        m.product = self._preceded_by(v, m.start, product_ends)
        m.org_ctx = self._org_context(v, doc[m.start : m.end])

    def _portfolio(self, v: ArticleView, start: int) -> bool:
        """A name right after "ministre de/des/du", "secrétaire d'État chargé du", "ministère
        de": a government portfolio ("ministre des Armées"), not an organisation (read from the
        per-document lower-case forms, texts and POS ids, not Tokens)."""
        low = v.low
        i = start - 1
        if i >= 0 and low[i] in _ARTICLES:
            i -= 1
        if i < 1 or low[i] not in _DE:
            return False
        head = low[i - 1]
        if i >= 2 and v.texts[i - 1].islower() and v.pos[i - 1] == ADJ:
            head = low[i - 2]  # "ministère [néerlandais] des Infrastructures"
            if head in {"délégué", "déléguée"}:
                return False  # "déléguée générale de France Renouvelables": a role, no portfolio
        return head in {"ministre", "ministère", "chargé", "chargée", "délégué", "déléguée"}

    def _det_acronym(self, v: ArticleView, start: int, end: int) -> bool:
        """A one-token acronym after a determiner ("l'AGS", "la CGT", "au Medef" is not: only
        all-capital forms), not a business common noun ("le PSE", "l'Ebitda") nor a place."""
        doc = v.doc
        if end - start != 1 or start == 0:
            return False
        text = doc[start].text
        letters = [c for c in text if c.isalpha()]
        if (
            len(letters) < 2
            or len(text) > 8
            or not all(c.isupper() for c in letters)
            or not all(c.isalpha() or c in "&-" for c in text)
            or text.casefold() in self.acronym_stoplist
            or _lower_key(text) in self.stoplist
            or _lower_key(text) in self.places
        ):
            return False
        prev = v.low[start - 1]
        if prev in {"l'", "la", "le", "les", "du", "au", "aux"}:
            return True
        return prev in {"de", "à"} and start >= 2 and v.low[start - 2] in {"de", "à"}

    @staticmethod
    def _counted(doc: Doc, i: int) -> bool:
        """A name right after a count ("20 Rafale", "3 000 Clio"), not after a year ("en 2019
        Renault…") nor a percentage ("30 % Renault")."""
        if i == 0:
            return False
        prev = doc[i - 1].text.replace("\u00a0", "").replace("\u202f", "")
        if not prev.isdigit():
            return False
        return not (len(prev) == 4 and 1900 <= int(prev) <= 2100)

    @staticmethod
    def _quantity(doc: Doc, i: int) -> bool:
        """A number token followed by a unit, a percentage or a scale: "30 %", "2,5 millions"."""
        tok = doc[i]
        if not any(c.isdigit() for c in tok.text) or not tok.like_num:
            return False
        j = i + 1
        while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
            j += 1  # "30\u00a0%"
        if "," in tok.text or j >= len(doc):
            return True
        return _tok_lower(doc[j]) in _QUANTITY_NEXT

    def _role_apposition(self, v: ArticleView, start: int, end: int) -> bool:
        """A name of two or three capitalised words followed by ", <role>" or "(<role>": a
        person ("Aditya Mittal, directeur général du groupe", "Léa Martin (PDG de X)")."""
        doc = v.doc
        # "Marc-André Tremblay": the hyphen of a compound first name joins two words
        words = [
            t
            for t in doc[start:end]
            if not (t.text == "-" and not t.whitespace_ and t.i > start and t.i + 1 < end)
        ]
        if not 2 <= len(words) <= 4 or not all(t.is_title and t.is_alpha for t in words):
            return False
        if len(words) == 4 and end - start == 4:
            return False  # four separate words: not a person's name
        j = end
        if j < len(doc) and doc[j].text in {",", "("}:
            j += 1
        else:
            return False
        if j < len(doc) and v.low[j] in {"le", "la", "l'", "ex", "ancien", "ancienne"}:
            j += 1
        elif j < len(doc) and v.low[j] in _POSSESSIVES:
            j += 1  # "a lancé Renata Albuquerque, sa présidente"
        if j in v.role_starts:
            return True
        # "…, sa présidente, Renata Albuquerque": the role just before, after a possessive
        return (
            start >= 3
            and doc[start - 1].text == ","
            and v.low[start - 3] in _POSSESSIVES
            and start - 2 in v.role_starts
        )

    @staticmethod
    def _participle(doc: Doc, i: int) -> bool:
        """A capitalised participle opening a sentence: "Interrogé par…", "Contactée, la
        direction…", "Sollicités lundi…"."""
        tok = doc[i]
        lemma = str(tok.lemma_).lower()
        return (
            _boundary(doc, i)
            and tok.is_title
            and len(tok.text) > 3
            and bool(_PARTICIPLE.search(tok.text))
            and lemma != _tok_lower(tok)
            and i + 1 < len(doc)
            and (
                # the lemmatizer sees a verb
                (lemma.endswith(("er", "ir", "re")) and _tok_lower(doc[i + 1]) in _PARTICIPLE_NEXT)
                # "Diplômée de l'Insa", "Installée à Lyon": an -é(e)(s) form and a complement
                or (
                    tok.text.endswith(("é", "ée", "és", "ées"))
                    and _tok_lower(doc[i + 1]) in _PARTICIPLE_NEXT | {"de", "d'", "dans", "en"}
                )
            )
        )

    def _common_acronym(self, v: ArticleView, start: int, end: int) -> bool:
        """An acronym in brackets spelling the lower-case noun phrase before it, whose head is
        no organisation noun: "convention judiciaire d'intérêt public (CJIP)", "prêt garanti
        par l'État (PGE)"; not "parquet national financier (PNF)", "Banque de France (BdF)"."""
        doc = v.doc
        if end - start != 1 or start < 2 or end >= len(doc):
            return False
        if doc[start - 1].text != "(" or doc[end].text != ")":
            return False
        letters = [c for c in doc[start].text if c.isalpha()]
        if len(letters) < 2 or sum(c.isupper() for c in letters) < 2:
            return False
        target = "".join(letters).upper()
        initials = ""
        i = start - 2
        while i >= 0 and start - 2 - i < 10 and len(initials) < len(target):
            tok = doc[i]
            low = _tok_lower(tok)
            if tok.is_punct and tok.text not in {"-", "'", "’"}:
                return False
            if tok.is_alpha and low not in _DETS | {"et", "en", "pour", "sur", "par"}:
                initials = low[0].upper() + initials
            elif tok.text in {"-"} or low in _DETS | {"et", "en", "pour", "sur", "par"}:
                pass
            i -= 1
            if initials and not target.endswith(initials):
                return False
        if initials != target:
            return False
        first = doc[i + 1]
        while first.i < start and _tok_lower(first) in _DETS:
            first = doc[first.i + 1]
        if not first.is_lower:
            return False
        return _tok_lower(first) not in self.institution_heads

    def _is_place(self, v: ArticleView, start: int, end: int) -> bool:
        """A place name: listed, shaped like a French town ("Romans-sur-Isère", "Saint-Lô"),
        followed by its département in brackets ("Bresles (Oise)", "Vénissieux (69)"), or after
        a locative preposition ("à", "en") and a participle of location ("fondée à X")."""
        if v.place_cache is not None:
            hit = v.place_cache.get((start, end))
            if hit is None:
                hit = v.place_cache[(start, end)] = self._is_place_uncached(v, start, end)
            return hit
        return self._is_place_uncached(v, start, end)

    def _is_place_uncached(self, v: ArticleView, start: int, end: int) -> bool:
        doc = v.doc
        text = norm(v.stext(start, end))
        key = _lower_key(text)
        if key in self.places or key in v.dateline_names or _TOWN.search(text):
            return True
        texts = v.texts
        if (
            end + 2 < len(texts)
            and texts[end] == "("
            and texts[end + 2] == ")"
            and (
                _lower_key(texts[end + 1]) in self.places
                or (doc[end + 1].is_digit and len(texts[end + 1]) in {2, 3})
            )
        ):
            return True
        if start >= 2 and v.low[start - 1] in {"à", "en"}:
            prev = doc[start - 2]
            if str(prev.lemma_).lower() in _LOCATED or _tok_lower(prev) in _LOCATED:
                return True
        return False

    def _appos_cues(self, v: ArticleView) -> set[int]:
        """Positions of the comma in "X, une société …" / "X, le groupe …"."""
        doc = v.doc
        out = set()
        heads = [(s, e) for _, s, e in v.cue_matches]
        heads += [(s, e) for _, s, e in self.appos_matcher(doc)]
        for s, e in heads:
            if not doc[s].is_lower:
                continue
            k = s - 1
            while k > 0 and s - k <= 2 and v.low[k] in _PRENOMINAL:
                k -= 1  # "X, sa principale marque", "X, son ancienne filiale"
            if k >= 1 and v.low[k] in _APPOS_DETS and doc[k - 1].text == ",":
                out.add(k - 1)
            elif s >= 1 and doc[s - 1].text == "," and e < len(doc) and v.low[e] in _DE:
                out.add(s - 1)  # "Vinci Autoroutes, filiale de Vinci"
        return out

    def _appos_names(self, v: ArticleView, appos: set[int]) -> list[tuple[int, int]]:
        """Proper-name runs just before an appositive cue: "Ynsect, la start-up française…"."""
        doc = v.doc
        out = []
        for comma in sorted(appos):
            j = comma
            while (
                j > 0
                and comma - j < 6
                and not v.bound(j)
                and (v.cap(j - 1) or doc[j - 1].text in {"&", "-"} or _apostrophe_tail(doc, j - 1))
            ):
                j -= 1
            while j < comma and (
                doc[j].is_stop
                or doc[j].pos_ in {"ADP", "DET", "ADV", "SCONJ"}
                or _lower_key(doc[j].text) in self.stoplist
                or doc[j].text in self.honorifics
            ):
                j += 1
            if j >= comma or not v.cap(j) or doc[j].text.casefold() in self.first_names:
                continue
            if j > 0 and v.low[j - 1] in {"à", "en", "au", "aux", "dans", "pour"}:
                continue
            if self._is_place(v, j, comma) or (comma - j == 1 and self._participle(doc, j)):
                continue  # "Fragilisée, l'entreprise cherche un repreneur"
            out.append((j, comma))
        return out

    def _cue_ends(self, v: ArticleView) -> set[int]:
        doc = v.doc
        return {
            e for _, s, e in v.cue_matches if doc[s].is_lower and s > 0 and v.low[s - 1] in _DETS
        }

    def _org_context(self, v: ArticleView, span: Span) -> bool:
        doc = v.doc
        root = span.root
        if root.dep_ == "conj" and _is_cap(root.head) and root.head.i < span.start:
            root = root.head  # "dans Pennylane et dans Swile"
        dep = root.dep_
        head = root.head
        head_lemma = str(head.lemma_).lower()
        if dep.startswith("nsubj") and head_lemma in self.subject_verbs and head.i != root.i:
            return True
        has_det = any(c.dep_ == "det" for c in root.children)
        cases = {_tok_lower(c) for c in root.children if c.dep_ == "case"}
        if (
            dep in {"obj", "obl", "obl:arg", "obl:mod", "nmod"}
            and head_lemma in self.object_verbs
            and not has_det
            and cases <= {"dans", "chez", "de", "d'"}  # "fondée à Lyon" is a place
        ):
            return True
        s = span.start
        if s >= 1 and v.low[s - 1] == "chez":
            return True
        if s >= 2 and v.low[s - 1] in _DE and v.low[s - 2] == "auprès":
            return True
        if s >= 2 and v.low[s - 1] in {"de", "d'"} and v.texts[s - 2] in {"%", "pc"}:
            return True  # "il a racheté 30 % de Voltéo" (a stake)
        if s >= 2 and v.low[s - 1] in _HEAD_PREPS:
            # "une offre (publique d'achat) sur X", "le rachat de Sobelco par X"
            prep = v.low[s - 1]
            for i in range(s - 2, max(-1, s - 8), -1):
                tok = doc[i]
                if tok.pos_ in {"VERB", "AUX"} or (tok.is_punct and tok.text not in "'’-"):
                    break
                if (_tok_lower(tok), prep) in self.head_preps:
                    return True
        if s >= 2 and v.low[s - 1] in _DE | {"dans"}:
            prev = doc[s - 2]
            if _tok_lower(prev) in self.head_nouns or str(prev.lemma_).lower() in self.head_nouns:
                return True
            if s >= 3 and _tok_lower(prev) in _ARTICLES:
                pp = doc[s - 3]
                if _tok_lower(pp) in self.head_nouns:
                    return True
        return False

    # ------------------------------------------------------------------ labels
    def _local_label(self, v: ArticleView, m: Mention) -> str | None:
        doc = v.doc
        text = norm(v.stext(m.start, m.end))
        if (
            _lower_key(text) in self.stoplist
            or text.casefold() in self.acronym_stoplist
            or not any(c.isalpha() for c in text)
        ):
            return None
        if (
            m.gaz is None
            and not m.cue
            and not any(v.cap(i) for i in range(m.start, m.end))  # no Token per word
            and (m.end - m.start == 1 or v.low[m.start] not in self.institution_heads)
        ):
            return None  # "la part du non-coté" (but "parquet national financier")
        if m.gaz is None and re.fullmatch(r"\w\.?", text):
            return None  # "Q. – …", "R. – …": interview markers, initials
        if m.gaz is None and (m.start in v.dateline_places or _lower_key(text) in v.dateline_names):
            return "LOC"  # "LUXEMBOURG, 6 novembre (Reuters) -"
        if m.suffix or (m.gaz is not None and not m.gaz_ambiguous):
            return "ORG"
        if m.gaz is None and not m.first_name and self._family(doc, m):
            return None  # "la holding de la famille Agnelli", "les Agnelli ont vendu"
        if m.start in v.careers and not m.honorific and not m.first_name:
            return "ORG"  # "passée par Manpower", "ancien de Capgemini"
        if m.end - m.start == 1 and m.gaz is None and not m.cue and self._participle(doc, m.start):
            return None  # "Interrogé par Le Figaro, le dirigeant…"
        if m.gaz is None and self._role_apposition(v, m.start, m.end):
            return "PER"  # "a déclaré Aditya Mittal, directeur général du groupe"
        if m.gaz is None and self._common_acronym(v, m.start, m.end):
            return None  # "une convention judiciaire d'intérêt public (CJIP)"
        if self._portfolio(v, m.start):
            return None  # "le ministre des Armées": a portfolio, not an organisation
        if m.cue and (m.inst_cue or not (m.label == "PER" and m.first_name)):
            return "ORG"
        if m.honorific:
            return "PER"
        words = text.split()
        if m.label == "PER" and len(words) >= 2 and not m.first_name:
            head = self.gaz_by_form.get(words[0])
            if (head is not None and not head[1]) or m.org_ctx:
                return "ORG"  # "Toyota Fudosan", "chez Kepler Cheuvreux"
        if m.product and m.start > 0 and v.low[m.start - 1] not in _HUMAN_PRODUCT:
            # "le cidre Loïc Raison", "le champagne Nicolas Feuillatte": a brand named after
            # a person is a product, not a person of the article
            return "MISC" if m.label is not None else None
        if m.first_name and m.label in {"PER", "ORG", "MISC"}:
            return "PER"
        if m.product:
            return "MISC" if m.label is not None else None
        if m.label == "PER":
            return "PER"
        if m.label == "ORG" and m.end - m.start == 1 and self._counted(doc, m.start):
            return "MISC"  # "Dassault a livré 20 Rafale": counted units are products
        if m.label == "ORG":
            return "ORG"
        if m.label in {"MISC", "LOC"} and len(words) >= 2 and self._union_branch(words):
            return "ORG"  # "la CFDT Construction Bois du Limousin": a union's branch
        if (
            m.label in {"MISC", "LOC"}
            and m.end - m.start == 1
            and self._relative_body(v, m.start, m.end)
        ):
            return "ORG"  # "le Leem, qui représente les entreprises du médicament"
        if (
            m.label in {"MISC", "LOC"}
            and _X_FRANCE.fullmatch(text)
            and _lower_key(text) not in self.places
        ):
            return "ORG"  # "Météo-France", "Atout-France": a national body (not "Île-de-France")
        if m.label == "MISC":
            if m.org_ctx or m.gaz is not None or self._det_acronym(v, m.start, m.end):
                return "ORG"
            return "MISC"
        if m.label == "LOC":
            if len(words) >= 2 and _lower_key(words[0]) in self.generic_heads - {"région", "union"}:
                return "ORG"  # "Chambre d'agriculture de l'Aveyron", "Cour des comptes"
            if len(words) >= 2 and (
                words[-1] in self.territorial_bodies
                or " ".join(words[:3]) in self.territorial_bodies
                or " ".join(words[:2]) in self.territorial_bodies
            ):
                return "ORG"  # "Limoges Métropole", "Communauté de communes du Val de Vienne"
            if (
                len(words) >= 2
                and words[0] in _COUNCILS
                and m.start > 0
                and v.low[m.start - 1] in _DETS | _DE
            ):
                return "ORG"  # "la Région Normandie accorde": capitalised, the council
            if (
                len(words) >= 2
                and words[0].isupper()
                and words[0].isalpha()
                and len(words[0]) >= 2
                and _lower_key(words[0]) not in self.places
                and words[0].casefold() not in self.acronym_stoplist
                and _lower_key(" ".join(words[1:])) in self.places
            ):
                return "ORG"  # "BBVA México", "HSBC France": a bank's national subsidiary
            if (
                len(words) == 2
                and words[0][:1].isupper()
                and words[0][1:].islower()
                and words[0].isalpha()
                and words[0] not in _GEO_HEADS
                and _lower_key(words[0]) not in self.places
                and words[0].casefold() not in self.first_names
                and _lower_key(words[1]) in self.places
            ):
                return "ORG"  # "Guinness Cameroun", "Nestlé Sénégal": a national subsidiary
            return "ORG" if (m.org_ctx and not self._is_place(v, m.start, m.end)) else "LOC"
        if self._det_acronym(v, m.start, m.end):
            return "ORG"
        return None  # new candidate without evidence (ambiguous gazetteer form, lone acronym)

    def _brand_lists(self, v: ArticleView, mentions: list[Mention]) -> list[Mention]:
        """A person-like name listed after a plural house/brand noun is a brand: "les maisons
        Pommery [et Charles Lafitte]", "les marques Lunor [et Jean Davel]"."""
        doc = v.doc
        drop: set[int] = set()
        for m in mentions:
            if m.final != "PER" or m.honorific or m.start < 3:
                continue
            if v.low[m.start - 1] not in {"et", ","}:
                continue
            left = [x for x in mentions if x.end == m.start - 1 and x.final in {"ORG", "MISC"}]
            if left and left[0].start > 0 and _tok_lower(doc[left[0].start - 1]) in _BRAND_LISTS:
                drop.add(id(m))
        return [m for m in mentions if id(m) not in drop]

    def _trade_names(self, v: ArticleView, mentions: list[Mention]) -> list[Mention]:
        """A trade noun phrase, a name and a legal form are one company: "[Pompes] funèbres
        [Marchetti SARL]", "[Transports] frigorifiques [Durand SAS]": a one-word capitalised
        mention, one or two lower-case words, then a name ending on its legal form."""
        doc = v.doc
        by_start = {m.start: m for m in mentions}
        dropped: set[int] = set()
        for m in mentions:
            if m.end - m.start > 3 or m.gaz is not None or not doc[m.start].is_title:
                continue
            for gap in (1, 2):
                k = m.start + 1 + gap
                if m.end > k:
                    continue
                right = by_start.get(k)
                if (
                    right is None
                    or right.final != "ORG"
                    or not right.suffix
                    or right.end - right.start > 4
                    or doc[right.end - 1].text not in self.legal
                    or not all(
                        t.is_lower and t.is_alpha and not t.is_stop and t.pos_ in {"NOUN", "ADJ"}
                        for t in doc[m.start + 1 : k]
                    )
                ):
                    continue
                m.end, m.final, m.suffix = right.end, "ORG", True
                dropped.add(id(right))
                break
        return [m for m in mentions if id(m) not in dropped]

    @staticmethod
    def _family(doc: Doc, m: Mention) -> bool:
        """A surname standing for a family: "la famille Agnelli", "les Peugeot" (a plural
        article before a one-word name the model calls a person)."""
        if m.start == 0 or m.end - m.start != 1:
            return False
        prev = _tok_lower(doc[m.start - 1])
        if prev in {"famille", "familles", "clan", "dynastie"}:
            return True
        return prev == "les" and m.label == "PER" and doc[m.start].is_title

    def _union_branch(self, words: list[str]) -> bool:
        """A union's acronym then capitalised sector words: "CFDT Construction Bois du
        Limousin", "FO Métaux", "CGT Atos"."""
        hit = self.gaz_by_form.get(words[0])
        if hit is None or hit[1] or self.gaz_entries[hit[0]].get("type") != "union":
            return False
        return words[1][:1].isupper()

    def _relative_body(self, v: ArticleView, start: int, end: int) -> bool:
        """A one-word name after a determiner, then ", qui représente / regroupe / fédère": a
        body speaking for its members ("le Leem, qui représente les entreprises du médicament"),
        not a place (a place is not said to represent anyone)."""
        doc = v.doc
        if start == 0 or v.low[start - 1] not in {"le", "la", "l'"}:
            return False
        if end + 2 >= len(doc) or doc[end].text != "," or v.low[end + 1] != "qui":
            return False
        verb = doc[end + 2]
        if not (str(verb.lemma_).lower() in _BODY_VERBS or _tok_lower(verb) in _BODY_VERBS):
            return False
        if end + 3 < len(doc) and (doc[end + 3].like_num or doc[end + 3].is_digit):
            return False  # "le Brésil, qui représente 40 % des ventes": a market
        return not self._is_place(v, start, end)

    @staticmethod
    def _line_start(doc: Doc, i: int) -> bool:
        return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_

    def _place_complements(self, v: ArticleView, mentions: list[Mention]) -> list[Mention]:
        """The territory of a federation or a public company is part of its name: "la FDSEA [du
        Calvados]", "la Société nationale des télécommunications [du Sénégal]" -- for an acronym
        or a descriptive name (with lower-case words), not for a site ("l'usine PSA de Sochaux")."""
        doc = v.doc
        by_start = {m.start: m for m in mentions}
        dropped: set[int] = set()
        n = len(doc)
        for m in mentions:
            if m.final != "ORG" or id(m) in dropped or m.end >= n:
                continue
            words = doc[m.start : m.end]
            acronym = len(words) == 1 and words[0].text.isupper() and len(words[0].text) >= 3
            descriptive = len(words) >= 3 and any(t.is_lower and t.is_alpha for t in words)
            # "la CGT Métallurgie [des Hauts-de-France]": a union's branch and its region
            branch = len(words) >= 2 and self._union_branch([t.text for t in words])
            # "la coopérative agricole [Sica] de Saint-Pol-de-Léon": a body's short name
            cued = len(words) == 1 and self._body_cued(v, m.start)
            if not (acronym or descriptive or branch or cued):
                continue
            if m.start > 0 and v.low[m.start - 1] in _SITES:
                continue
            if m.start > 1 and v.low[m.start - 2] in _SITES:
                continue
            j = m.end
            if v.low[j] not in {"du", "de", "d'"} | ({"des"} if branch else set()):
                continue
            j += 1
            if j < n and v.low[j] in {"la", "l'"}:
                j += 1
            place = by_start.get(j)
            if place is None or place.final != "LOC" or v.bound(j):
                continue
            # a body named by its members ("Syndicat des métallurgistes [de São José dos
            # Campos]") takes the territory the model found even when it is not listed
            body = (descriptive and v.low[m.start] in self.institution_heads) or branch
            if cued and not _TOWN.search(v.stext(place.start, place.end)):
                continue
            if not (body or self._is_place(v, place.start, place.end)):
                continue
            m.end = place.end
            dropped.add(id(place))
        return [m for m in mentions if id(m) not in dropped]

    def _body_cued(self, v: ArticleView, start: int) -> bool:
        """A body noun just before the name, maybe with one adjective ("la coopérative agricole
        X", "le syndicat X")."""
        return any(k >= 0 and v.low[k] in self.body_cue_nouns for k in (start - 1, start - 2))

    def _institution_complements(self, v: ArticleView, mentions: list[Mention]) -> None:
        """The model often stops a public body's name at its adjective: "l'[Office français] de
        la biodiversité", "l'[Agence nationale] pour la rénovation urbaine". A name made of an
        institution noun and one such adjective takes the lower-case complement that follows
        ("de la biodiversité", "des fréquences", "pour la rénovation urbaine")."""
        doc = v.doc
        starts = {m.start for m in mentions}
        n = len(doc)
        for m in mentions:
            if m.final != "ORG" or not 2 <= m.end - m.start <= 4 or m.end + 2 >= n:
                continue
            head, adj = doc[m.start], doc[m.end - 1]
            if not (head.text[:1].isupper() and _tok_lower(head) in self.institution_heads):
                continue
            j = m.end
            if _tok_lower(adj) in _BODY_ADJECTIVES and m.end - m.start == 2:
                if v.low[j] not in _DE | {"pour"}:
                    continue
            elif not (
                # "le Fonds Mohammed VI [pour l'investissement]": a named fund or foundation
                # and its purpose
                v.low[j] == "pour"
                and v.low[j + 1] in {"la", "l'", "le", "les"}
                and all(_is_cap(t) for t in doc[m.start + 1 : m.end])
            ):
                continue
            j += 1
            if j < n and v.low[j] in {"la", "l'", "le", "les"}:
                j += 1
            k = j
            while (
                k < n
                and k - j < 3
                and doc[k].is_lower
                and doc[k].is_alpha
                and doc[k].pos_ in {"NOUN", "ADJ"}
                and k not in starts
            ):
                k += 1
            if (
                k > j + 1
                and k + 1 < n
                and doc[k].lower_ == "et"
                and doc[k + 1].is_lower
                and doc[k + 1].pos_ == "ADJ"
                and doc[k - 1].pos_ == "ADJ"
            ):
                k += 2  # "pour le développement économique [et social]"
            if k > j and not v.bound(j):
                m.end = k

    def _joined_complements(self, v: ArticleView, mentions: list[Mention]) -> None:
        """ "Commission nationale pour les sociétés [et la Bourse] (Consob)": a second
        complement joined by "et" + article belongs to a public body's name when its bracketed
        acronym closes the name right after it; the acronym is the body too."""
        doc = v.doc
        n = len(doc)
        by_start = {m.start: m for m in mentions}
        for m in list(mentions):
            k = m.end
            if (
                m.final != "ORG"
                or m.end - m.start < 3
                or k + 5 >= n
                or v.low[m.start] not in self.institution_heads
                or doc[k].lower_ != "et"
                or v.low[k + 1] not in {"la", "l'", "le", "les", "au", "aux", "du", "des"}
            ):
                continue
            q = k + 2
            while q < n and q - k <= 4 and doc[q].is_alpha:
                q += 1
            if not (q > k + 2 and q + 2 < n and doc[q].text == "(" and doc[q + 2].text == ")"):
                continue
            acr = doc[q + 1]
            if not (acr.is_alpha and acr.text[:1].isupper() and 2 <= len(acr.text) <= 8):
                continue
            m.end = q
            for inner in [x for x in mentions if x is not m and k <= x.start and x.end <= q]:
                mentions.remove(inner)  # "et la [Retraite]": now inside the name
            other = by_start.get(q + 1)
            if other is not None and other.end == q + 2:
                other.final = "ORG"
            elif other is None:
                mentions.append(Mention(q + 1, q + 2, "ORG", cue=True, final="ORG"))
        mentions.sort(key=lambda x: x.start)

    def _clipped_names(self, v: ArticleView, mentions: list[Mention]) -> None:
        """ "la Juventus … la Juve": a one-word name after a definite article that clips the
        first word of exactly one organisation of the article is that organisation's nickname,
        not a person nor a place."""
        doc = v.doc
        v.clipped = {}
        heads = {
            norm(v.stext(m.start, m.end)).split()[0]
            for m in mentions
            if m.final == "ORG" and len(doc[m.start].text) >= 6
        }
        if not heads:
            return
        for m in mentions:
            if (
                m.end - m.start != 1
                or m.first_name
                or m.honorific
                or m.gaz is not None
                or m.start == 0
                or v.low[m.start - 1] not in {"la", "le", "l'"}
            ):
                continue
            word = doc[m.start].text
            if len(word) < 3 or not word.isalpha() or not word[0].isupper() or word.isupper():
                continue  # (an acronym is no clipped name)
            owners = {h for h in heads if len(h) > len(word) + 1 and h.startswith(word)}
            if len(owners) == 1:
                m.final = "ORG"
                v.clipped[word] = owners.pop()

    def _short_forms(self, v: ArticleView, mentions: list[Mention]) -> list[Mention]:
        """Bare short forms of a company named in full that the model missed: "Valtéo Ingénierie
        SAS …. Valtéo emploie 80 salariés". The short form is the last word of the name's core,
        or its first word when the name ends with a legal form; it must be a coined word (no
        word vector for its lower case: "Valtéo", not "Orange" nor "Fonderie"), no first name,
        place or word of a person's name, and stand alone between non-capitalised words."""
        doc = v.doc
        keys: set[str] = set()
        seen: set[str] = set()
        for m in mentions:
            if m.final != "ORG" or m.end - m.start < 2 or not (m.strong_org or m.org_ctx):
                continue
            form = norm(v.stext(m.start, m.end))
            if form in seen:
                continue
            seen.add(form)
            words = form.split()
            core = self._core(form)
            if len(core) < 2:
                continue
            keys.add(core[-1])
            if _tail_len(words, self.legal_words) > 0:
                keys.add(core[0])
        keys = {
            k
            for k in keys
            if len(k) >= 4
            and k[0].isupper()
            and k.replace("-", "").isalpha()
            and k.casefold() not in self.first_names
            and k.casefold() not in self.places
            and k.casefold() not in self.stoplist
            and k.casefold() not in self.generic_heads
            and not self.nlp.vocab.has_vector(k.lower())
        }
        if not keys:
            return mentions
        covered: set[int] = set()
        for m in mentions:
            covered.update(range(m.start, m.end))
            if m.final == "PER":
                keys.difference_update(t.text for t in doc[m.start : m.end])
        if not keys:
            return mentions
        added = []
        n = len(doc)
        orth = doc.to_array("ORTH")  # no loop over the tokens: one comparison a key
        hits = sorted(
            int(x) for k in keys for x in numpy.flatnonzero(orth == self.nlp.vocab.strings.add(k))
        )
        for i in hits:
            if i in covered:
                continue
            if (i > 0 and v.cap(i - 1) and not v.bound(i)) or (
                i + 1 < n and v.cap(i + 1) and not v.bound(i + 1)
            ):
                continue  # part of another name
            m = Mention(i, i + 1, None)
            m.final = "ORG"
            added.append(m)
        if not added:
            return mentions
        return sorted([*mentions, *added], key=lambda x: x.start)

    def _kickers(self, v: ArticleView, mentions: list[Mention]) -> None:
        """A one-word heading opening a line ("Télécoms : Bouygues Telecom…", "Luxe. Hermès…")
        is a rubric, unless the article names it elsewhere or it is a known organisation."""
        doc = v.doc
        counts: dict[str, int] = {}
        for m in mentions:  # first word of each mention: "Valtéris" in "Valtéris Ingénierie SA"
            # (not an inner word: "Football" in "Juventus Football Club S.p.A.")
            key = _lower_key(doc[m.start].text)
            counts[key] = counts.get(key, 0) + 1
        for m in mentions:
            if (
                m.final is not None
                and m.end - m.start == 1
                and m.end < len(doc)
                and doc[m.end].text in {":", "."}
                and self._line_start(doc, m.start)
                and m.gaz is None
                and not (m.suffix or m.cue)
                and counts[_lower_key(doc[m.start].text)] == 1
            ):
                m.final = None

    def _article_consistency(self, v: ArticleView, mentions: list[Mention]) -> None:
        # a person-like name the article once gives as an organisation on strong evidence ("le
        # cabinet Roland Berger", "Pierre Fabre SA") is that organisation elsewhere, unless an
        # honorific or a role says it is a person there ("Pierre Fabre, fondateur du groupe")
        doc = v.doc
        forced = {
            norm(v.stext(m.start, m.end))
            for m in mentions
            if m.final == "ORG"
            and (m.inst_cue or m.suffix or (m.gaz is not None and not m.gaz_ambiguous))
        }
        for m in mentions:
            if (
                m.final == "PER"
                and not m.honorific
                and norm(v.stext(m.start, m.end)) in forced
                and not self._role_apposition(v, m.start, m.end)
            ):
                m.final = "ORG"
        # people: full names and their surnames
        full: dict[str, str] = {}
        for m in mentions:
            if m.final != "PER":
                continue
            words = norm(v.stext(m.start, m.end)).split()
            if len(words) >= 2:
                full[" ".join(words)] = " ".join(words)
                for k in range(1, len(words)):
                    tail = words[k:]
                    if tail[0] in self.particles and len(tail) == 1:
                        continue
                    full.setdefault(" ".join(tail), " ".join(words))
        for m in mentions:
            text = norm(v.stext(m.start, m.end))
            if text in full and not m.cue and not m.suffix and m.final in {"ORG", "MISC", "PER"}:
                m.final = "PER"
        # organisations: a name that is clearly an organisation once is one everywhere
        org_names = set()
        for m in mentions:
            if m.final == "ORG" and (m.strong_org or m.org_ctx or m.label == "ORG"):
                org_names.add(norm(v.stext(m.start, m.end)))
        # acronym in brackets: organisation when it follows one
        for m in mentions:
            if m.label is None and m.final is None and m.start >= 2:
                prev = [x for x in mentions if x.end == m.start - 1 and x.final == "ORG"]
                if prev and doc[m.start - 1].text == "(":
                    m.final = "ORG"
                    org_names.add(norm(v.stext(m.start, m.end)))
        for m in mentions:
            text = norm(v.stext(m.start, m.end))
            is_place = self._is_place(v, m.start, m.end)
            if (
                text in org_names
                and text not in full
                and (m.final in {"MISC", "PER", None} or (m.final == "LOC" and not is_place))
            ):
                if m.product or (m.final is None and m.label is None and m.gaz_ambiguous):
                    if m.final is None and not m.product:
                        m.final = "ORG"
                    continue
                m.final = "ORG"
        # coordination with an organisation: "Fermetures Dalmas et Soprelam Industries ont…"
        by_start = {m.start: m for m in mentions}
        for m in mentions:
            if m.final != "ORG" or not (m.strong_org or m.org_ctx):
                continue
            for other in self._coordinated(doc, m, by_start, mentions):
                other_text = norm(v.stext(other.start, other.end))
                if (
                    other.label is not None
                    and other.final in {"LOC", "MISC", "PER"}
                    and not other.first_name
                    and not other.honorific
                    and not other.product
                    and other_text not in full
                    and not self._is_place(v, other.start, other.end)
                ):
                    other.final = "ORG"
                    org_names.add(other_text)
        # short forms of an organisation named in full ("Marbot" after "Chaussures Marbot SAS")
        cores = [
            self._core(norm(v.stext(m.start, m.end)))
            for m in mentions
            if m.final == "ORG" and (m.strong_org or m.org_ctx)
        ]
        for m in mentions:
            if m.final not in {"LOC", "MISC", "PER"} or m.honorific or m.first_name or m.product:
                continue
            words = norm(v.stext(m.start, m.end)).split()
            text = " ".join(words)
            # a two-word "person" without a first name that is exactly an organisation's core
            # ("Fonderie Vallet" and "la Fonderie Vallet SAS") is that organisation
            exact = len(words) >= 2 and full.get(text) == text and words in cores
            if (text in full and not exact) or self._is_place(v, m.start, m.end) or len(text) < 3:
                continue
            if m.start > 0 and v.low[m.start - 1] in {"à", "au", "aux", "en"}:
                continue  # "au Bourget"
            if exact or any(
                core == words
                or (
                    len(core) > len(words)
                    and (core[-len(words) :] == words or core[: len(words)] == words)
                )
                for core in cores
            ):
                m.final = "ORG"
        # lone one-word "persons" that are no one's surname
        for m in mentions:
            if m.final != "PER":
                continue
            text = norm(v.stext(m.start, m.end))
            if len(text.split()) > 1 or text in full or m.honorific:
                continue
            root = doc[m.start : m.end].root
            if m.org_ctx:
                m.final = "ORG"
            elif not root.dep_.startswith("nsubj"):
                m.final = "MISC"

    @staticmethod
    def _coordinated(
        doc: Doc, m: Mention, by_start: dict[int, Mention], mentions: list[Mention]
    ) -> list[Mention]:
        """Mentions joined to ``m`` by "et"/"ou" (or a comma of the same list)."""
        out = []
        e = m.end
        if e + 1 < len(doc) and _tok_lower(doc[e]) in {"et", "ou", ","}:
            nxt = by_start.get(e + 1)
            if nxt is not None:
                out.append(nxt)
        s = m.start
        if s >= 2 and _tok_lower(doc[s - 1]) in {"et", "ou", ","}:
            out.extend(x for x in mentions if x.end == s - 1)
        return out

    # ------------------------------------------------------------------ canonical names
    def _canonicalise(self, v: ArticleView, mentions: list[Mention]) -> None:
        doc = v.doc
        people = [m for m in mentions if m.final == "PER"]
        fulls: list[tuple[int, list[str]]] = []
        for m in people:
            words = norm(v.stext(m.start, m.end)).split()
            if len(words) >= 2:
                fulls.append((m.start, words))
        for m in people:
            words = norm(v.stext(m.start, m.end)).split()
            # the longest full name this form is the end (surname) or start of; among several
            # people sharing a surname ("Bernard Arnault", "Antoine Arnault"), the one mentioned
            # most recently before, else the first one after
            cands = [
                (pos, fw)
                for pos, fw in fulls
                if len(fw) > len(words)
                and (
                    fw[len(fw) - len(words) :] == words
                    or (fw[: len(words)] == words and len(words) >= 2)
                )
            ]
            if not cands and len(words) == 1 and words[0].casefold() in self.first_names:
                # a first name alone ("“Claire a plus d'audace”") is the one person of the
                # article with that first name; with two or none it stays as written
                owners = {" ".join(fw) for _pos, fw in fulls if fw[0] == words[0]}
                if len(owners) == 1:
                    cands = [(pos, fw) for pos, fw in fulls if fw[0] == words[0]]
            best: list[str] = words
            if cands:
                top = max(len(fw) for _, fw in cands)
                cands = [(pos, fw) for pos, fw in cands if len(fw) == top]
                before = [c for c in cands if c[0] < m.start]
                best = max(before)[1] if before else min(cands)[1]
            m.canonical = " ".join(best)
        # organisations: union-find over distinct forms, never joining two different entities
        # of the gazetteer ("Toyota" and "Toyota Industries")
        orgs = [m for m in mentions if m.final == "ORG"]
        forms = sorted({norm(v.stext(m.start, m.end)) for m in orgs})
        parent = {f: f for f in forms}
        cores = {f: self._core(f) for f in forms}
        # "STMicroelectronics Holding" beside "STMicroelectronics N.V.": a holding named after a
        # company that also appears under its own legal form is another entity (its shareholder)
        held = {
            f
            for f in forms
            if f.split()[-1] in _HOLDING_WORDS
            and any(
                g != f
                and cores[g] == cores[f]
                and len(g.split()) > len(cores[g])
                and not any(w in _HOLDING_WORDS for w in g.split())  # "Nu Holdings Ltd."
                for g in forms
            )
        }
        # "la filiale Arkema Inc." beside "Arkema": the subsidiary's legal name is another entity
        subs = {
            norm(v.stext(m.start, m.end))
            for m in orgs
            if m.start > 1
            and (
                v.low[m.start - 1] == "filiale"
                or (v.low[m.start - 2] == "filiale" and v.texts[m.start - 1].islower())
            )
        }
        held |= {
            f
            for f in subs
            if len(f.split()) > len(cores[f])
            and any(g != f and g.split() == cores[f] for g in forms)
        }
        for f in held:
            cores[f] = f.split()
        gaz_of: dict[str, set[int]] = {}
        for f in forms:
            hit = self.gaz_by_form.get(f) or self.gaz_by_form.get(" ".join(cores[f]))
            gaz_of[f] = {hit[0]} if hit is not None else set()

        def find(f: str) -> str:
            while parent[f] != f:
                parent[f] = parent[parent[f]]
                f = parent[f]
            return f

        def union(a: str, b: str) -> bool:
            ra, rb = find(a), find(b)
            if ra == rb:
                return True
            if gaz_of[ra] and gaz_of[rb] and gaz_of[ra] != gaz_of[rb]:
                return False
            parent[ra] = rb
            gaz_of[rb] = gaz_of[ra] | gaz_of[rb]
            return True

        # 1. same gazetteer entity, same name up to a legal suffix, acronyms
        squeezed = {f: re.sub(r"[\s\-'’.]", "", " ".join(cores[f])).casefold() for f in forms}
        for i, a in enumerate(forms):
            core_a, sq_a = cores[a], squeezed[a]
            long_sq = len(sq_a) >= 4
            for b in forms[i + 1 :]:  # the forms are sorted and distinct: the pairs a < b
                if (
                    (gaz_of[a] and gaz_of[a] == gaz_of[b])  # live: a union may fill gaz_of[a]
                    or core_a == cores[b]
                    or (long_sq and sq_a == squeezed[b])  # "Qatar Energy"
                ):
                    union(a, b)
        for a in forms:
            # the cheap preconditions of the three checks, on the short form alone: most forms
            # can be no one's acronym, and then the pairs are not looked at
            a_words = a.split()
            acr_ok = " " not in a and 2 <= len(a) <= 8 and a.isupper()
            syl_ok = " " not in a and 4 <= len(a) <= 10 and a.isalpha()
            head_ok = (  # the short form's first word is the acronym
                len(a_words) >= 2
                and 2 <= len(a_words[0]) <= 5
                and a_words[0].isupper()
                and a_words[0].isalpha()
            )
            if not (acr_ok or syl_ok or head_ok):
                continue
            for b in forms:
                if a != b and (
                    (acr_ok and self._is_acronym_of(a, b))
                    or (head_ok and self._is_head_acronym_of(a_words, cores[b]))
                    or (syl_ok and self._is_syllabic_acronym_of(a, b))
                ):
                    union(a, b)
        # brackets: "Name (ACR)"
        by_start = {m.start: m for m in orgs}
        for m in orgs:
            if m.end + 2 < len(doc) and doc[m.end].text == "(":
                other = by_start.get(m.end + 1)
                if other is None or other.end >= len(doc) or doc[other.end].text != ")":
                    continue
                long_f = norm(v.stext(m.start, m.end))
                short_f = norm(v.stext(other.start, other.end))
                if other.end - other.start == 1 or self._bracket_alias(long_f, short_f):
                    union(long_f, short_f)
        # 2. a short form attaches to the one longer entity it starts or ends
        #    ("Couche-Tard" -> "Alimentation Couche-Tard Inc.", "Harwell" -> "Harwell Grid Systems
        #    Ltd", "l'Autorité" -> "Autorité de la concurrence"); when several entities qualify,
        #    the form is ambiguous and stays alone.
        person_words = {w for m in people for w in norm(v.stext(m.start, m.end)).split()}
        # "filiale du groupe Primonial": a parent group named bare is not its subsidiary's alias
        parents = {
            norm(v.stext(m.start, m.end))
            for m in orgs
            if m.start > 0 and v.low[m.start - 1] in _PARENT_NOUNS
        }
        form_words = {f: f.split() for f in forms}

        def group_tables() -> tuple[dict[str, str], dict[str, int], dict[str, int]]:
            """The group (root) of each form, and the size and widest core of each group: read
            from these tables, refreshed after a union, instead of find() over all pairs."""
            roots = {f: find(f) for f in forms}
            size: dict[str, int] = {}
            widest: dict[str, int] = {}
            for f, r in roots.items():
                size[r] = size.get(r, 0) + 1
                widest[r] = max(widest.get(r, 0), len(cores[f]))
            return roots, size, widest

        roots, size, widest = group_tables()
        for a in forms:
            wa = cores[a]
            ra = roots[a]
            if widest[ra] > len(wa):
                continue  # "Femsa" already is "Fomento Económico Mexicano", not "Coca-Cola Femsa"
            # an unlisted name alone in its group that is not a person's name may be the short
            # form of a longer capitalised name it starts ("Jindal" -> "Jindal Steel
            # International"), not of a listed group's division ("Amazon" / "Amazon Web Services")
            a_words = form_words[a]
            n_a = len(a_words)
            bare = (
                not gaz_of[a]
                and size[ra] == 1
                and not set(a_words) & person_words
                and a not in parents
            )
            targets: set[str] = set()
            for b in forms:
                wb = cores[b]
                if len(wb) <= len(wa) or ra == roots[b] or b in held:
                    continue
                full_b = form_words[b]
                tail = wb[len(wb) - len(wa) :] == wa and len(a) >= 4 and wa[0] not in self.suffixes
                head = wb[: len(wa)] == wa and (
                    _tail_len(full_b, self.suffix_words) > 0
                    or (len(wa) == 1 and _lower_key(a) in self.generic_heads)
                    or (full_b[:n_a] == a_words and self._territorial_tail(full_b[n_a:]))
                    or (
                        bare
                        and full_b[:n_a] == a_words
                        and all(w[:1].isupper() for w in full_b[n_a:])
                    )
                )
                # a listed name may still take its legal name: "Eutelsat" -> "Eutelsat
                # Communications SA" (group words then a legal form), not "Amazon Web Services"
                legal_name = (
                    full_b[:n_a] == a_words
                    and _tail_len(full_b, self.legal_words) > 0
                    and all(w in self.suffixes for w in full_b[n_a:])
                ) or self._company_of(a_words, full_b)
                if (tail or head) and not (gaz_of[a] and not gaz_of[roots[b]] and not legal_name):
                    targets.add(roots[b])
            if len(targets) == 1:
                union(a, targets.pop())
                roots, size, widest = group_tables()
        for word, clip_head in v.clipped.items():  # "la Juve" -> "Juventus Football Club"
            owners = {find(f) for f in forms if f.split()[0] == clip_head}
            if word in parent and len(owners) == 1:
                union(word, owners.pop())
        groups: dict[str, list[str]] = {}
        for f in forms:
            groups.setdefault(find(f), []).append(f)
        canon: dict[str, str] = {}
        for members in groups.values():
            longest = max(members, key=lambda f: (not f.isupper(), len(f), f))
            for f in members:
                canon[f] = longest
        for m in orgs:
            m.canonical = canon.get(norm(v.stext(m.start, m.end)), norm(v.stext(m.start, m.end)))
        for m in mentions:
            if m.final in {"LOC", "MISC"}:
                m.canonical = norm(v.stext(m.start, m.end))

    def _bracket_alias(self, long_f: str, short_f: str) -> bool:
        """ "Société de recherche ... du Mali (Sorem Mali)": a bracketed form of two or three
        words opening with an acronym of the name, or sharing a later word with it."""
        words = short_f.split()
        return 2 <= len(words) <= 3 and bool(
            set(words[1:]) & set(long_f.split())
            or self._is_syllabic_acronym_of(words[0], long_f)
            or self._is_acronym_of(words[0], long_f)
        )

    def _bracket_short_names(self, v: ArticleView, mentions: list[Mention]) -> None:
        """The bracketed short form of an organisation's long name is that organisation, not a
        person: "Société nationale des mines du Burkina (Sonamet Burkina)"."""
        doc = v.doc
        by_start = {m.start: m for m in mentions}
        n = len(doc)
        named: set[str] = set()
        for m in mentions:
            if m.final != "ORG" or m.end + 3 >= n or doc[m.end].text != "(":
                continue
            other = by_start.get(m.end + 1)
            if (
                other is not None
                and other.final != "ORG"
                and other.end < n
                and doc[other.end].text == ")"
                and self._bracket_alias(
                    norm(v.stext(m.start, m.end)),
                    norm(v.stext(other.start, other.end)),
                )
            ):
                other.final = "ORG"
                named.add(norm(v.stext(other.start, other.end)))
        for m in mentions:  # its later mentions too
            if named and m.final != "ORG" and norm(v.stext(m.start, m.end)) in named:
                m.final = "ORG"

    @staticmethod
    def _company_of(short: list[str], full: list[str]) -> bool:
        """ "Compagnie de Saint-Gobain", "Société Bic", "Groupe Casino": the legal name of the
        company whose short name follows the generic head (and its "de")."""
        if len(full) < 2 or full[0] not in _COMPANY_HEADS:
            return False
        rest = full[2:] if full[1] in {"de", "des", "du", "d'", "d’"} else full[1:]
        return rest == short

    def _territorial_tail(self, extra: list[str]) -> bool:
        """Words a company adds to its name for a national entity or its legal form: "Primonial
        REIM [France]", "Kelvio [France SAS]" (countries and regions of places.txt, legal
        forms, group words)."""
        return (
            0 < len(extra) <= 3
            and any(_lower_key(w) in self.places for w in extra)
            and all(
                _lower_key(w) in self.places or w in self.legal or w in self.suffixes for w in extra
            )
        )

    def _core(self, form: str) -> list[str]:
        """Words of an organisation name without its legal form: "Nestlé SA" -> ["Nestlé"],
        "Groupe Renault" -> ["Renault"], "Alimentation Couche-Tard Inc." -> [..., "Couche-Tard"]."""
        words = form.split()
        while len(words) > 1:
            n = _tail_len(words, self.legal_words)
            if 0 < n < len(words):
                words = words[:-n]
            elif words[-1] == "&":
                words = words[:-1]
            else:
                break
        if len(words) > 1 and words[0] in self.legal_heads:
            words = words[1:]
        if len(words) == 2 and words[0].islower() and words[1] in {"group", "groupe"}:
            words = words[:1]  # "bpost group": a lower-case brand and its English head
        return words

    @staticmethod
    def _is_acronym_of(short: str, long: str) -> bool:
        if len(short) < 2 or len(short) > 8 or not short.isupper() or " " in short:
            return False
        keys = _initials(long)
        if keys is None:
            return False
        key = _fold(short)
        return keys[0] == key or (len(key) >= 3 and keys[1] == key)

    @staticmethod
    def _is_syllabic_acronym_of(short: str, long: str) -> bool:
        """ "Sonatel" for "Société nationale des télécommunications du Sénégal", "Sonelgaz" for
        "Société nationale de l'électricité et du gaz": the short word is made of the starts of
        at least three words of the long name, in order, beginning with its first word."""
        if " " in short or not 4 <= len(short) <= 10 or not short.isalpha():
            return False
        key = _fold(short)
        words = _syllable_words(long)
        if len(words) < 3 or not key.startswith(words[0][:2]):
            return False

        def match(k: int, w: int, used: int) -> bool:
            if k == len(key):
                return used >= 3
            for i in range(w, len(words)):
                word = words[i]
                n = 1
                while n <= min(len(word), len(key) - k) and word[n - 1] == key[k + n - 1]:
                    if match(k + n, i + 1, used + 1):
                        return True
                    n += 1
                if used == 0:
                    return False  # the first word must open the short form
            return False

        return match(0, 0, 0)

    @staticmethod
    def _is_head_acronym_of(short: list[str], long: list[str]) -> bool:
        """ "AB InBev" for "Anheuser-Busch InBev", "BNP Paribas AM" no: the first word of the
        short form spells the initials of the words the long form has before their common end."""
        if len(short) < 2 or len(long) <= len(short) - 1 or long[-(len(short) - 1) :] != short[1:]:
            return False
        head = short[0]
        if not (2 <= len(head) <= 5 and head.isupper() and head.isalpha()):
            return False
        parts = [w for x in long[: len(long) - len(short) + 1] for w in re.split(r"[-']", x) if w]
        return len(parts) >= 2 and "".join(w[0] for w in parts).upper() == head

    # ------------------------------------------------------------------ roles
    def _roles(self, v: ArticleView, mentions: list[Mention]) -> dict[str, tuple[str, str | None]]:
        doc = v.doc
        per_start = {m.start: m for m in mentions if m.final == "PER"}
        per_end = {m.end: m for m in mentions if m.final == "PER"}
        org_start = {m.start: m for m in mentions if m.final == "ORG"}
        other_start = {m.start: m for m in mentions if m.final in {"LOC", "MISC"}}
        covered: set[int] = set()
        for m in mentions:
            covered.update(range(m.start, m.end))
        found: dict[str, list[tuple[str, str | None]]] = {}
        matches = filter_spans([doc[s:e] for s, e in v.role_matches])
        role_at = {r.start: r for r in matches}
        cue_at = {s: e for _, s, e in v.cue_matches if doc[s].is_lower}
        n = len(doc)
        used: set[int] = set()
        for rspan in matches:
            rs, re_ = rspan.start, rspan.end
            if rs in used or any(i in covered for i in range(rs, re_)):
                continue
            # coordinated roles: "cofondateur et PDG de Mistral AI"
            while re_ + 1 < n and v.low[re_] == "et" and re_ + 1 in role_at:
                used.add(re_ + 1)
                re_ = role_at[re_ + 1].end
            # modifiers: "vice-présidente exécutive", "directeur général adjoint"
            while re_ < n and v.low[re_] in _ROLE_MODIFIERS:
                re_ += 1
            role = _fix_case(norm(v.stext(rs, re_)))
            if rs > 0 and v.low[rs - 1] in _ROLE_PREFIXES:
                role = f"{v.low[rs - 1]} {role}"
            role_org = None
            j = re_
            if j in org_start and not v.bound(j):
                # "déléguée syndicale centrale CGT"
                role_org = org_start[j].canonical
                j = org_start[j].end
            elif j < n and v.low[j] in _DE | {"chez"}:
                k = j + 1
                org = org_start.get(k)  # "PDG de La Poste"
                if org is None and k < n and v.low[k] in _ARTICLES:
                    k += 1
                    org = org_start.get(k)
                if org is not None:
                    role_org = org.canonical
                    j = org.end
                    # "présidente de la Banque centrale européenne (BCE)"
                    if j + 2 < n and doc[j].text == "(" and doc[j + 2].text == ")":
                        j += 3
                elif k in cue_at and org_start.get(self._skip_modifiers(v, cue_at[k])):
                    # "fondateur de la start-up (française) Kelvio"
                    cue_org = org_start[self._skip_modifiers(v, cue_at[k])]
                    role_org = cue_org.canonical
                    j = cue_org.end
                elif k < n and doc[k].is_lower and doc[k].pos_ == "NOUN":
                    j = k + 1  # "le président exécutif du groupe, Guillaume Faury"
                elif k in other_start:
                    j = other_start[k].end  # "le maire de Lyon, Grégory Doucet"
                else:
                    h = k + 1 if k < n and doc[k].text in self.honorifics else k
                    if h in per_start:
                        j = per_start[h].end  # "l'avocate de M. Ferrière, Me Delphine Aubry"
            person = None
            k = j + 1 if j < n and doc[j].text == "," else j
            if k < n and doc[k].text in self.honorifics:
                k += 1
            if k in per_start and not v.bound(k):
                person = per_start[k]
            else:
                i = rs - 1
                while i >= 0 and (v.low[i] in _ROLE_SKIP or v.low[i] in _ROLE_PREFIXES):
                    i -= 1
                # "Patrick Pouyanné, PDG de TotalEnergies", "Catherine MacGregor (PDG d'Engie)"
                if i >= 1 and doc[i].text in {",", "("} and i in per_end:
                    person = per_end[i]
            if person is not None:
                found.setdefault(person.canonical, []).append((role, role_org))
        out: dict[str, tuple[str, str | None]] = {}
        for name, roles in found.items():
            with_org = [r for r in roles if r[1]]
            out[name] = with_org[0] if with_org else roles[0]
        return out


@Language.factory(
    "fr_org_people",
    assigns=["doc.ents", "doc.spans", "span._.canonical", "span._.role", "span._.role_org"],
)
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    return EntitiesComponent(nlp, name)


__all__ = ["EntitiesComponent", "data_path", "make_entities", "norm"]
