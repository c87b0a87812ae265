"""Speaker resolution for the quotes component: names, pronouns, descriptions, unnamed sources.

The mentions come from ``doc.spans["people"]`` / ``doc.spans["organizations"]`` (with their
``canonical`` names and ``role``) when the entities component filled them, else from ``doc.ents``
(PER / ORG), so resolution improves by itself when those groups fill in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy
from spacy.attrs import DEP, HEAD, POS
from spacy.lang.lex_attrs import is_punct
from spacy.parts_of_speech import ADJ, ADV, AUX, CCONJ, DET, NOUN, PRON, VERB
from spacy.tokens import Doc, Span, Token

from pipeline.components.base import doc_text

PERSON = "person"
ORG = "organization"

PRONOUNS_M = {"il", "-il", "-t-il", "lui"}
PRONOUNS_F = {"elle", "-elle", "-t-elle"}
PRONOUNS_PL = {"ils", "-ils", "-t-ils", "elles", "-elles", "-t-elles", "eux"}
TITLES_M = {"m.", "monsieur", "mr", "mr."}
TITLES_F = {"mme", "mme.", "madame", "mlle", "mademoiselle"}
INDEFINITE = {"un", "une", "des", "plusieurs", "certains", "certaines", "d'autres", "d’autres"}
DETERMINERS = {"le", "la", "les", "l'", "l’", "un", "une", "des", "son", "sa", "ses", "leur", "ce"}
DETERMINERS |= {"cet", "cette", "notre", "votre"}
#: A pronoun subject of these verbs is impersonal (``il faut que``): no speaker.
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
#: Nouns before the name of a subsidiary ("la filiale Arkema Inc.")
SUBSIDIARY = {"filiale", "filiales", "subsidiary"}
#: Titles before a name (a person introduced with one is salient: "désigné Me X comme …")
HONORIFICS = {"Me", "Maître", "Mme", "Madame", "M.", "Monsieur", "Dr", "Docteur", "Pr"}
#: "l'entourage du ministre, X", "un proche de X": a source near X, not X
ENTOURAGE = {"entourage", "proche", "proches", "intime", "intimes"}
#: institutions whose capitalised complement is part of their name ("le ministère des Finances")
NAMED_BY_COMPLEMENT = {"ministère", "secrétariat", "autorité", "agence", "commission", "office"}
#: "l'intéressée": the person the passage is about, whatever her role
ANAPHORIC = {"intéressé", "intéressée"}
#: A role after these is one the person no longer holds.
FORMER = {"ancien", "ancienne", "anciens", "ex", "ex-", "futur", "future", "ex-patron"}
#: words before an epicene role noun that tell the person's gender ("l'ancien PDG")
NP_GENDER = {
    **dict.fromkeys(("le", "un", "ce", "cet", "ancien", "nouveau", "nouvel", "actuel"), "m"),
    **dict.fromkeys(("futur", "premier", "seul", "jeune"), "m"),
    **dict.fromkeys(("la", "une", "cette", "ancienne", "nouvelle", "actuelle"), "f"),
    **dict.fromkeys(("future", "première", "seule"), "f"),
}
IMPERSONAL_HEADS = {"falloir", "sembler", "paraître", "agir", "arriver", "rester", "valoir"}

Speaker = tuple[str | None, str | None]


@dataclass
class Mention:
    start: int
    end: int
    kind: str
    name: str
    gender: str | None
    subject: bool
    sent: int


def _fold(s: str) -> str:
    return s.replace("’", "'").lower()


def _is_word_char(c: str) -> bool:
    """Whether ``c`` matches the regex ``\\w`` (a letter, a digit or ``_``)."""
    return c.isalnum() or c == "_"


def _find_names(text: str, names: list[str]) -> list[tuple[int, int]]:
    """The (start, end) offsets where ``(?<!\\w)(?:name1|name2|…)(?!\\w)`` would match in
    ``text``, the (non-empty) names given longest first: at each position the longest name not
    glued to a word character, left to right without overlaps. The same as that regex's
    ``finditer``, without compiling a new pattern for every document."""
    longest: dict[int, int] = {}  # start -> end of the longest name standing alone there
    size = len(text)
    for name in names:
        k = text.find(name)
        while k >= 0:
            end = k + len(name)
            if (
                (k == 0 or not _is_word_char(text[k - 1]))
                and (end == size or not _is_word_char(text[end]))
                and end > longest.get(k, -1)
            ):
                longest[k] = end
            k = text.find(name, k + 1)
    found: list[tuple[int, int]] = []
    last = 0
    for k in sorted(longest):
        if k >= last:
            found.append((k, longest[k]))
            last = longest[k]
    return found


def _words(name: str) -> list[str]:
    return re.findall(r"[\w'-]+", _fold(name))


def _strip_det(text: str) -> str:
    low = text.lower()
    for det in ("le ", "la ", "les ", "l'", "l’"):
        if low.startswith(det) and len(text) > len(det) + 1:
            return text[len(det) :].strip()
    return text.strip()


#: dependency label hash -> label (the parser's few dozen labels, shared by all documents)
_LABELS: dict[int, str] = {}


class TokenColumns(NamedTuple):
    """Token attributes read once per document from ``Doc.to_array`` (no Token object per
    access): ``pos[i]`` is ``doc[i].pos`` (VERB, DET…), ``deps[i]`` ``doc[i].dep_`` and
    ``heads[i]`` ``doc[i].head.i``. The lexical attributes need no column: ``tok.lower_``
    is ``text.lower()``, ``is_alpha`` ``text.isalpha()``, ``is_lower`` ``text.islower()``,
    ``is_space`` ``text.isspace()`` and ``is_punct`` :func:`is_punct` of the token's text
    (spaCy's own lexical attribute functions)."""

    pos: list[int]
    deps: list[str]
    heads: list[int]

    @classmethod
    def of(cls, doc: Doc) -> TokenColumns:
        if not len(doc):
            return cls([], [], [])
        strings = doc.vocab.strings
        table = doc.to_array([POS, DEP, HEAD])
        pos, dep_ids = table[:, :2].T.tolist()
        for d in set(dep_ids).difference(_LABELS):
            _LABELS[d] = strings[d]
        # HEAD is the signed offset to the head, stored in the unsigned table
        heads = (table[:, 2].astype(numpy.int64) + numpy.arange(len(doc))).tolist()
        return cls(pos, list(map(_LABELS.__getitem__, dep_ids)), heads)


class SpeakerResolver:
    """Per-document index of the entity mentions, roles and recent speakers."""

    def __init__(
        self,
        doc: Doc,
        sent_of: list[int],
        in_quote: list[int],
        first_names: dict[str, str],
        descriptions: dict[str, tuple[str, str]],
        unnamed: set[str],
        org_kinds: list[tuple[str, list[str], list[str]]] | None = None,
        org_voices: set[str] | None = None,
        documents: set[str] | None = None,
        role_verbs: dict[str, str] | None = None,
        anonymity: list[str] | None = None,
        words: list[str] | None = None,
        court_voices: dict[str, list[str]] | None = None,
        folds: list[str] | None = None,
        cols: TokenColumns | None = None,
    ) -> None:
        self.doc = doc
        self.cols = cols if cols is not None else TokenColumns.of(doc)
        self.text = doc_text(doc)
        #: side of a trial (accusation, défense) -> role nouns of the person speaking for it
        self.court_voices = court_voices or {}
        self.words = words if words is not None else [t.text for t in doc]
        #: ``_fold`` of each word
        self.folds = folds if folds is not None else [_fold(w) for w in self.words]
        self.anonymity = anonymity or []
        #: verb form (dirigée, fonde, présidé) -> the role it gives its agent or subject
        self.role_verbs = role_verbs or {}
        self.org_voices = org_voices or set()
        self.documents = documents or set()
        self.org_kinds = org_kinds or []
        #: canonical organisation name -> mentions outside quotes, first position, kinds
        self.org_count: dict[str, int] = {}
        self.org_first: dict[str, int] = {}
        self._kinds_cache: dict[str, frozenset[str]] = {}
        #: organisations introduced by a description: (position, noun, mention)
        self.org_descs: list[tuple[int, str, Mention]] = []
        self.sent_of = sent_of
        self.in_quote = in_quote
        self.first_names = first_names
        self.descriptions = descriptions
        self.unnamed = unnamed
        self.mentions: list[Mention] = []
        self.mention_at: list[int] = [-1] * len(doc)
        self.roles: list[tuple[int, str, Mention]] = []
        #: role nouns given to a person (mention, token of the noun), and the organisations named
        #: after them: "Luca de Meo, le directeur général de Renault" -> {"Luca de Meo": {Renault}}
        self._role_spots: list[tuple[Mention, int]] = []
        self.role_orgs: dict[str, set[str]] = {}
        self.speakers: list[tuple[int, Mention]] = []
        self._collect()

    # -- index -------------------------------------------------------------------------------
    def span_text(self, span: Span) -> str:
        """``span.text`` sliced from the document text (``Span.text`` joins a Token per word)."""
        return self.text[span.start_char : span.end_char]

    def _spans(self) -> list[tuple[Span, str]]:
        found: list[tuple[Span, str]] = []
        for group, kind in (("people", PERSON), ("organizations", ORG)):
            if group in self.doc.spans:
                found.extend((s, kind) for s in self.doc.spans[group])
        taken = [False] * len(self.doc)
        for span, _ in found:
            for i in range(span.start, span.end):
                taken[i] = True
        for ent in self.doc.ents:
            kind = PERSON if ent.label_ == "PER" else ORG if ent.label_ == "ORG" else ""
            if kind and not any(taken[i] for i in range(ent.start, ent.end)):
                found.append((ent, kind))
                for i in range(ent.start, ent.end):
                    taken[i] = True
        # "Sophie Le Bihan, elle, a rapatrié …": a later mention of a person's full name the
        # recogniser missed (the names found in the text by one scan each)
        names = sorted(
            {
                _strip_det(self.span_text(sp))
                for sp, kind in found
                if kind == PERSON and " " in self.span_text(sp).strip()
            },
            key=len,
            reverse=True,
        )
        if names:
            for start, end in _find_names(self.text, names):
                sp = self.doc.char_span(start, end, alignment_mode="expand")
                if sp is not None and not any(taken[i] for i in range(sp.start, sp.end)):
                    found.append((sp, PERSON))
                    for i in range(sp.start, sp.end):
                        taken[i] = True
        found.sort(key=lambda x: (x[0].start, -x[0].end))
        return found

    def _collect(self) -> None:
        spans = self._spans()
        # surname -> longest person name, for mentions without a canonical name
        longest: dict[str, str] = {}
        for span, kind in spans:
            if kind == PERSON:
                words = _strip_det(self.span_text(span)).split()
                if words:
                    key = words[-1].lower()
                    if len(self.span_text(span)) > len(longest.get(key, "")):
                        longest[key] = " ".join(words)
        # "Arkema … la filiale Arkema Inc.": a subsidiary named after its parent is another
        # organisation, not the parent's full name
        subsidiaries = {
            _strip_det(self.span_text(span))
            for span, kind in spans
            if kind == ORG and span.start > 0 and _fold(self.words[span.start - 1]) in SUBSIDIARY
        }
        genders: dict[str, str] = {}
        # parse columns read once; tok.lower_ is the lower-cased text
        texts, deps, heads = self.words, self.cols.deps, self.cols.heads
        for span, kind in spans:
            if any(self.mention_at[i] >= 0 for i in range(span.start, span.end)):
                continue
            if kind == ORG and self._person_name(span):
                kind = PERSON  # a person the recogniser took for an organisation
            canonical = span._.canonical if isinstance(span._.canonical, str) else None
            text = _strip_det(self.span_text(span))
            if canonical in subsidiaries and canonical != text and kind == ORG:
                canonical = text
            if not canonical:
                words = text.split()
                canonical = (
                    longest.get(words[-1].lower(), text) if kind == PERSON and words else text
                )
            gender = self._gender(span) if kind == PERSON else None
            before = span.start - 1  # the token before the mention (none at -1)
            subject = (
                any(deps[i].startswith("nsubj") for i in range(span.start, span.end))
                # "Son directeur général, Abdoulaye Diop, s'est félicité": the subject's apposition
                or any(
                    deps[i] == "appos"
                    and deps[heads[i]].startswith("nsubj")
                    and heads[i] < span.start
                    for i in range(span.start, span.end)
                )
                or self._opens_sentence(span)
                # "Sophie Le Bihan, elle, a rapatrié …": a dislocated subject
                or (
                    span.end + 2 < len(self.doc)
                    and self.words[span.end] == ","
                    and texts[span.end + 1].lower() in PRONOUNS_M | PRONOUNS_F | PRONOUNS_PL
                    and self.words[span.end + 2] == ","
                )
                or (
                    before >= 0
                    and deps[before].startswith("nsubj")
                    and texts[before].lower() in self.descriptions
                )
            )
            m = Mention(
                span.start, span.end, kind, canonical, gender, subject, self.sent_of[span.start]
            )
            if gender:
                genders.setdefault(canonical, gender)
            idx = len(self.mentions)
            self.mentions.append(m)
            for i in range(span.start, span.end):
                self.mention_at[i] = idx
            if kind == ORG and self.in_quote[span.start] < 0:
                self.org_count[canonical] = self.org_count.get(canonical, 0) + 1
                self.org_first.setdefault(canonical, span.start)
                self._org_appositions(span, m)
            if kind == PERSON:
                role = span._.role if isinstance(span._.role, str) else None
                if role:
                    self.roles.append((span.start, _fold(role), m))
                self._appositions(span, m)
        for m in self.mentions:
            if m.kind == PERSON and m.gender is None:
                m.gender = genders.get(m.name)
        self._verb_roles()
        self.roles.sort(key=lambda r: r[0])
        for m, i in self._role_spots:
            for k in range(i + 1, min(len(texts), i + 7)):
                if is_punct(texts[k]) and texts[k] not in ("'", "’", "-"):
                    break
                o = self.mention(k)
                if o is not None and o.kind == ORG:
                    if self.folds[k - 1] in OF or texts[k - 1].lower() == "chez":
                        self.role_orgs.setdefault(m.name, set()).add(o.name)
                    break

    def _verb_roles(self) -> None:
        """Roles given by a verb: ``dirigée depuis 2016 par son fils, Erwan Le Goff`` and
        ``Sandrine Molinari dirige Cervane`` make a ``dirigeant``; ``fondée par X`` a
        ``fondateur``."""
        if not self.role_verbs:
            return
        doc = self.doc
        n = len(doc)
        # the role verbs in the document (most have none), then only their positions
        verbs = self.role_verbs.keys() & set(self.folds)
        for i in [i for i, low in enumerate(self.folds) if low in verbs] if verbs else []:
            role = self.role_verbs[self.folds[i]]
            if self.in_quote[i] >= 0:
                continue
            tok = doc[i]
            sent = self.sent_of[tok.i]
            if "Part" in tok.morph.get("VerbForm", []) or _fold(tok.text).endswith(("é", "ée")):
                # passive: the agent after "par", possibly behind "son fils,"
                k = tok.i + 1
                while k < n and k - tok.i <= 5 and doc[k].lower_ != "par":
                    k += 1
                if k >= n or doc[k].lower_ != "par":
                    continue
                for j in range(k + 1, min(n, k + 7)):
                    if self.sent_of[j] != sent or doc[j].text in (".", ";", "(", ")"):
                        break
                    m = self.mention(j)
                    if m is not None:
                        if m.kind == PERSON:
                            self.roles.append((m.start, role, m))
                        break
                continue
            for c in tok.children:
                if c.dep_ == "nsubj":
                    m = self.mention(c.i)
                    if m is not None and m.kind == PERSON:
                        self.roles.append((m.start, role, m))

    def _person_name(self, span: Span) -> bool:
        """Whether a mention typed as an organisation is plainly a person's name: a known first
        name and one or two capitalised words, not after ``groupe``/``chez``/``société``."""
        words = self.words  # the token texts: is_space is text.isspace(), is_alpha isalpha()
        toks = [w for w in words[span.start : span.end] if not w.isspace()]
        if not 2 <= len(toks) <= 3 or self.first_names.get(toks[0]) not in ("m", "f"):
            return False
        if not all(w.isalpha() or "-" in w for w in toks):
            return False
        if not all(w[:1].isupper() and not w.isupper() for w in toks):
            return False
        prev = words[span.start - 1].lower() if span.start > 0 else ""
        return prev not in ("chez", "groupe", "société", "marque", "maison", "enseigne", "de")

    def _opens_sentence(self, span: Span) -> bool:
        """Whether the mention opens its sentence (``Kryptalis SAS, enregistrée …, revendique``):
        a subject even when a long apposition lost the parser."""
        words, pos = self.words, self.cols.pos
        sent = self.sent_of[span.start]
        k = span.start - 1
        while (
            k >= 0
            and self.sent_of[k] == sent
            and (words[k].isspace() or pos[k] == DET or words[k].lower() in self.descriptions)
        ):
            k -= 1  # "La société Valdor a publié", "Le constructeur Alstom"
        if k >= 0 and self.sent_of[k] == sent:
            return False
        nxt = span.end
        return nxt >= len(words) or words[nxt] == "," or pos[nxt] in (VERB, AUX, ADV, PRON)

    def _gender(self, span: Span) -> str | None:
        words, pos = self.words, self.cols.pos
        n = len(words)
        first = words[span.start].lower()
        prev = words[span.start - 1].lower() if span.start > 0 else ""
        if first in TITLES_F or prev in TITLES_F:
            return "f"
        if first in TITLES_M or prev in TITLES_M:
            return "m"
        # "la directrice X", "X, président de …": the role's grammatical gender is surer than a
        # first name (Adama, Camille, Dominique are given to both)
        near = list(range(max(0, span.start - 3), span.start))  # token indices
        if span.end < n and words[span.end] == ",":
            # "X, président de …" (not "X, et la présidente, Y": another person's apposition)
            for k in range(span.end + 1, min(n, span.end + 4)):
                if is_punct(words[k]) or pos[k] == CCONJ:
                    break
                near.append(k)
        for k in near:
            desc = self.descriptions.get(words[k].lower())
            if desc and desc[0] == PERSON and desc[1] in ("m", "f"):
                return desc[1]
        for word in words[span.start : span.end]:
            g = self.first_names.get(word) or self.first_names.get(word.capitalize())
            if g in ("m", "f"):
                return g
            if g == "x":
                break
        return None

    def _appositions(self, span: Span, m: Mention) -> None:
        """Record role nouns next to a person: ``le PDG Sam Altman``, ``Sam Altman, PDG de X``."""
        words = self.words  # the token texts: tok.lower_ is text.lower()
        n = len(words)
        if span.start > 0 and words[span.start - 1].lower() in OF:
            # "le président de Vallorès": the mention is the role's complement, an organisation
            # the recogniser took for a person; "le groupe de François Pinault": its head
            if (
                span.start > 1
                and self.descriptions.get(words[span.start - 2].lower(), ("", ""))[0] == ORG
                and self.in_quote[span.start] < 0
            ):
                self.roles.append((span.start, "patron", m))
        else:
            for k in range(max(0, span.start - 4), span.start):
                desc = self.descriptions.get(words[k].lower(), ("", ""))
                if desc[0] == PERSON and not self._former(k):
                    self.roles.append((span.start, self._role_words(k, span.start), m))
                    self._role_spots.append((m, k))
        j = span.end
        if j < n and self.words[j] == ",":
            for k in range(j + 1, min(n, j + 4)):
                if is_punct(words[k]):
                    break
                if self.descriptions.get(words[k].lower(), ("", ""))[0] == PERSON:
                    if not self._former(k):
                        self.roles.append((span.start, self._role_words(k, n), m))
                        self._role_spots.append((m, k))
                    break

    def _former(self, i: int) -> bool:
        """Whether the role noun at ``i`` is a former one (``ancien directeur``, ``ex-PDG``)."""
        words = self.words
        prev = words[i - 1].lower() if i > 0 else ""
        return prev in FORMER or words[i].lower().startswith("ex-")

    def _org_appositions(self, span: Span, m: Mention) -> None:
        """Record description nouns next to an organisation: ``le constructeur Stellantis``,
        ``Harwell, le spécialiste britannique``."""
        # the token texts (tok.lower_ is text.lower(), is_alpha isalpha(), is_lower islower())
        words, pos = self.words, self.cols.pos
        n = len(words)
        described = False
        for k in range(max(0, span.start - 3), span.start):
            if self.descriptions.get(words[k].lower(), ("", ""))[0] == ORG:
                self.org_descs.append((span.start, words[k].lower(), m))
                described = True
            elif words[k].isalpha() and words[k].islower() and pos[k] in (ADJ, NOUN) and described:
                # "le groupe suisse Nestlé": the adjective after the noun, for "le groupe suisse"
                self.org_descs.append((span.start, "+" + words[k].lower(), m))
        # "le suisse Nestlé", "l'allemand Siemens": a nationality standing for the noun
        prev = span.start - 1
        if (
            prev >= 0
            and words[prev].isalpha()
            and words[prev].islower()
            and words[prev].lower() not in self.descriptions
            and span.start > 1
            and words[span.start - 2].lower() in ("le", "la", "l'", "l’")
        ):
            self.org_descs.append((span.start, "+" + words[prev].lower(), m))
        j = span.end
        if j < n and self.words[j] == ",":
            noun = ""
            for k in range(j + 1, min(n, j + 5)):
                if is_punct(words[k]):
                    break
                if not noun and self.descriptions.get(words[k].lower(), ("", ""))[0] == ORG:
                    noun = words[k].lower()
                    self.org_descs.append((span.start, noun, m))
                elif noun and pos[k] == ADJ and words[k].islower():
                    # "Nestlé, le groupe suisse de Vevey"
                    self.org_descs.append((span.start, "+" + words[k].lower(), m))
                elif noun:
                    break

    # -- organisation kinds ------------------------------------------------------------------
    def name_kinds(self, name: str) -> frozenset[str]:
        """Kinds (regulator, union…) whose name cues occur in an organisation's name."""
        got = self._kinds_cache.get(name)
        if got is None:
            words = " " + " ".join(_words(name)) + " "
            got = frozenset(
                kind
                for kind, _nouns, cues in self.org_kinds
                if any(f" {c} " in words for c in cues)
            )
            self._kinds_cache[name] = got
        return got

    def desc_kinds(self, words: list[str]) -> frozenset[str]:
        """Kinds a description noun phrase (words after the determiner) points to."""
        best: set[str] = set()
        best_len = 0
        for kind, nouns, _cues in self.org_kinds:
            for noun in nouns:
                nw = noun.split()
                if words[: len(nw)] == nw:
                    if len(nw) > best_len:
                        best, best_len = {kind}, len(nw)
                    elif len(nw) == best_len:
                        best.add(kind)
        return frozenset(best)

    def resolve_org_desc(
        self, start: int, end: int, head: Token, found: list[Mention], pos: int
    ) -> Speaker:
        """An organisation description (``la direction``, ``le régulateur``, ``la banque
        centrale``) resolved to the organisation of a compatible kind that the article makes
        salient: one named inside the phrase, one introduced by the same noun, one whose name
        holds the noun, a recent subject, the article's most frequent organisation."""
        words = [_fold(t.text) for t in self.doc[head.i : end]]
        kinds = self.desc_kinds(words)

        def compatible(name: str) -> bool:
            nk = self.name_kinds(name)
            return bool(kinds & nk) if kinds else not nk

        for m in found:
            # "le syndicat Unia" names it; "la direction de Renault" must fit the kind
            if m.kind == ORG and (not self.in_complement(m) or compatible(m.name)):
                return m.name, ORG
        noun = _fold(head.text)
        sent = self.sent_of[min(pos, len(self.sent_of) - 1)]
        scores: dict[str, float] = {}
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.kind != ORG or self.in_quote[m.start] >= 0 or not compatible(m.name):
                continue
            if self.in_complement(m, ("à", "au", "aux")) and m.name not in scores:
                continue  # "dans un entretien au Figaro": the medium, not the one described
            score = scores.get(m.name, 0.0)
            if score == 0.0:
                score = min(self.org_count.get(m.name, 1), 4) + 0.001
                if noun in _words(m.name):
                    score += 6
            if m.subject and 0 <= sent - m.sent <= 1:
                score += 4
            elif m.subject and sent - m.sent == 2:
                score += 2
            scores[m.name] = score
        adjectives = {"+" + w for w in words[1:4]}
        # "l'opérateur historique" does not describe "l'opérateur virtuel X": the adjectives
        # an organisation was introduced with must share one with the description's
        own_adjs = {
            "+" + _fold(t.text)
            for t in self.doc[head.i + 1 : min(end, head.i + 4)]
            if t.pos_ == "ADJ" and t.is_lower
        }
        intro_adjs: dict[str, set[str]] = {}
        for at, desc, m in self.org_descs:
            if at < pos and desc.startswith("+"):
                intro_adjs.setdefault(m.name, set()).add(desc)
        for at, desc, m in self.org_descs:
            if at < pos and desc == noun and m.name in scores:
                if own_adjs and intro_adjs.get(m.name) and not own_adjs & intro_adjs[m.name]:
                    continue
                scores[m.name] += 10
            elif at < pos and desc in adjectives and m.name in scores:
                scores[m.name] += 12  # "le groupe suisse": the organisation called Swiss
        if scores:
            best = max(scores, key=lambda n: (scores[n], -self.org_first.get(n, 0)))
            return best, ORG
        return None, None

    # -- resolution --------------------------------------------------------------------------
    def add_speaker(self, pos: int, name: str | None, kind: str | None) -> None:
        if name and kind:
            for m in self.mentions:
                if m.name == name:
                    self.speakers.append((pos, m))
                    return
            # a speaker the recogniser missed: pronouns and descriptions may still find it
            words = name.split()
            gender = self.first_names.get(words[0]) if kind == PERSON and words else None
            sent = self.sent_of[min(pos, len(self.sent_of) - 1)] if self.sent_of else 0
            m = Mention(
                pos, pos + 1, kind, name, gender if gender in ("m", "f") else None, True, sent
            )
            self.speakers.append((pos, m))

    def mention(self, i: int) -> Mention | None:
        idx = self.mention_at[i] if 0 <= i < len(self.mention_at) else -1
        return self.mentions[idx] if idx >= 0 else None

    def resolve_np(self, start: int, end: int, pos: int) -> Speaker | None:
        """Resolve the noun phrase ``doc[start:end]`` (a subject) to ``(speaker, type)``.

        Returns None when the phrase is not a plausible speaker (an inanimate noun).
        """
        doc = self.doc
        start, end = max(0, start), min(len(doc), end)
        if start >= end:
            return None
        found: list[Mention] = []
        for i in range(start, end):
            m = self.mention(i)
            if m is not None and m not in found:
                found.append(m)
        head: Token | None = None
        for tok in doc[start:end]:
            if (
                tok.lower_ in FORMER
                and tok.i + 1 < end
                and doc[tok.i + 1].lower_ in self.descriptions
            ):
                continue  # "l'ancien PDG": the role is the head
            if (
                tok.pos_ in ("NOUN", "PROPN", "PRON")
                or tok.lower_ in self.descriptions
                or (tok.ent_iob_ == "B" and tok.text[:1].isupper())
            ):
                head = tok
                break
        persons = [m for m in found if m.kind == PERSON]
        # "l'avocate de M. Ferrière, Me Aubry": not the person in the complement
        own = [m for m in persons if m.start == start or not self.in_complement(m, NOT_SUBJECT_ADP)]
        if own:
            return own[0].name, PERSON
        is_role = head is not None and self.descriptions.get(head.lower_, ("", ""))[0] == PERSON
        is_org = (
            head is not None
            and self.descriptions.get(head.lower_, ("", ""))[0] == ORG
            and self.mention(head.i) is None
        )
        # "l'entourage du ministre, Éric Lombard", "un proche de X": an unnamed source near X
        near = bool(persons) and head is not None and head.lower_ in ENTOURAGE
        near = near and head is not None and head.i < persons[0].start
        if persons and not is_role and not is_org and not near:
            return persons[0].name, PERSON
        first_low = doc[start].lower_
        latter = start + 1 < end and doc[start + 1].lower_ in ("dernier", "dernière")
        if (
            first_low in ("ce", "cet", "cette")
            and not found
            and (latter or (head is not None and start > pos))
            and (
                head is None
                or latter
                or (
                    self.descriptions.get(head.lower_, ("", ""))[0] != ORG
                    and head.lower_ not in self.unnamed
                    and _fold(head.text) not in self.documents
                )
            )
        ):
            # "…, résume cette mère de trois enfants" (a speech verb's inverted subject),
            # "Ce dernier a estimé": an anaphoric description of the last person of that gender
            gender = "f" if first_low == "cette" else "m"
            if latter:
                last = self._last_mentioned(pos, gender)
                if last is not None:
                    return last
            got = self._recent_person(pos, gender, orgs=latter)
            if got[0] is not None:
                return got
        if head is not None and self.mention(head.i) is None:
            low = head.lower_
            if low in PRONOUNS_M or low in PRONOUNS_F:
                return self.resolve_pronoun(head)
            if low in PRONOUNS_PL:
                return None, None
            if low in self.org_voices:
                # "un porte-parole de Kering", "les analystes de Citi", "un communiqué du groupe"
                for t in doc[head.i + 1 : end]:
                    if t.lower_ in NAMED_BY_COMPLEMENT and _fold(doc[t.i - 1].text) in OF:
                        # "un porte-parole du ministère néerlandais des Infrastructures": the
                        # whole ministry, not the word the recogniser took for a name
                        named = self._named_institution(t.i, end)
                        if named:
                            return named, ORG
                for m in found:
                    if m.kind == ORG and self.in_complement(m, ("chez",)):
                        return m.name, ORG
                org_desc = next(
                    (
                        t
                        for t in doc[head.i + 1 : end]
                        if self.descriptions.get(t.lower_, ("", ""))[0] == ORG
                        and _fold(doc[t.i - 1].text) in OF | {"le", "la", "l'"}
                    ),
                    None,
                )
                if org_desc is not None:
                    # "un porte-parole du groupe lavallois": the organisation it describes
                    return self.resolve_org_desc(start, end, org_desc, [], pos)
                if low in self.documents:
                    return self.resolve_org_desc(start, end, head, [], pos)
                if not found and (head.i + 1 >= end or _fold(doc[head.i + 1].text) not in OF):
                    # "Du côté de Guinness, un porte-parole a indiqué …", "Chez Renault, un
                    # porte-parole …": the organisation named before it in its sentence
                    for k in range(start - 1, max(0, start - 20) - 1, -1):
                        if self.sent_of[k] != self.sent_of[start]:
                            break
                        m = self.mention(k)
                        if m is not None and m.kind == ORG:
                            return m.name, ORG
                        ent = self._ent_at(k)
                        pre = [_fold(t.text) for t in doc[max(0, k - 2) : k]]
                        if (
                            m is None
                            and ent is not None
                            and ent.start == k
                            and ent.text[:1].isupper()
                            and (pre[-1:] == ["chez"] or pre in (["côté", "de"], ["côté", "d'"]))
                        ):
                            return ent.text, ORG  # a company the recogniser typed as a place
                    apposed = (
                        self.mention(end + 1)
                        if end + 1 < len(doc) and doc[end].text == ","
                        else None
                    )
                    apposed_person = apposed is not None and apposed.kind == PERSON
                    prev = None if apposed_person else self._previous_subject_org(start)
                    if prev is not None:
                        # "Sinochem n'a pas tardé à réagir. Un porte-parole a ajouté que …":
                        # the organisation subject of the sentence before
                        return prev, ORG
            desc = self.descriptions.get(low)
            first = doc[start].lower_
            if low in self.court_voices and not found and first not in INDEFINITE:
                # "Selon l'accusation, …", "D'après la défense, …": the prosecutor or the
                # defence lawyer the article named before
                voice = self._court_voice(self.court_voices[low], pos)
                if voice is not None:
                    return voice
            if (desc is not None or low in self.unnamed) and (
                self.anonymous(end) or self._indefinite_complement(head.i, end)
            ):
                # "le dirigeant d'une plateforme concurrente, qui a requis l'anonymat"
                return self.np_text(start, end), None
            if desc is not None and first not in INDEFINITE:
                if desc[0] == ORG:
                    after = None if found else self._named_after(head.i, end)
                    if after:
                        return after, ORG
                    got = self.resolve_org_desc(start, end, head, found, pos)
                    if got[0] is None and not found:
                        named = self._named_institution(head.i, end) or self._named_after(
                            head.i, end
                        )
                        if named:
                            return named, ORG
                    return got
                return self._resolve_role(low, start, end, pos)
            if desc is not None or low in self.unnamed:
                return self.np_text(start, end), None
        if found:
            return found[0].name, found[0].kind
        if head is not None and head.pos_ == "PROPN" and head.text[:1].isupper():
            # a name the entity recogniser missed
            toks = [head] + [t for t in head.children if t.dep_ == "flat:name"]
            name = " ".join(t.text for t in sorted(toks, key=lambda t: t.i))
            kind = PERSON if self.first_names.get(head.text) in ("m", "f") else ORG
            ent = self._ent_at(head.i) if kind == ORG else None
            if ent is not None and ent.end <= end and len(ent) > len(toks):
                # "La CFDT Construction Bois du Limousin réclame": the recogniser's whole name
                name = ent.text
            return name, kind
        if head is not None and head.i == start + (doc[start].pos_ == "DET"):
            # a named subject the recogniser typed as a place or misc ("Fermetures Dalmas a
            # affirmé", "Pékin a assuré"): the institution behind it speaks
            ent = self._ent_at(head.i)
            if ent is not None and ent.end <= end and ent.text[:1].isupper():
                return ent.text, ORG
        return None

    def _named_institution(self, head: int, end: int) -> str | None:
        """``le ministère du Commerce``, ``la Banque de Lyon``: a description noun with a
        capitalised complement names the institution itself when the recogniser missed it."""
        doc = self.doc
        k = head + 1
        while k < end - 1 and doc[k].pos_ == "ADJ" and doc[k].text.islower():
            k += 1  # "le ministère néerlandais des Infrastructures"
        if k + 1 >= min(end, len(doc)) or _fold(doc[k].text) not in OF:
            return None
        j = k + 1
        if j < end and doc[j].pos_ == "DET":
            j += 1
        if j >= end or not doc[j].text[:1].isupper():
            return None
        last = j
        while last + 1 < end and (doc[last + 1].text[:1].isupper() or doc[last + 1].pos_ == "ADJ"):
            last += 1
        return doc[head : last + 1].text

    def _named_after(self, head: int, end: int) -> str | None:
        """``le collectif Stop Pollution``: capitalised words right after a description noun
        name the organisation when the recogniser missed it."""
        doc = self.doc
        j = head + 1
        if j >= end or not doc[j].text[:1].isupper() or doc[j].lower_ in self.descriptions:
            return None
        ent = self._ent_at(j)
        if ent is not None and ent.start == j and ent.end <= end:
            return ent.text
        last = j
        while last + 1 < end and doc[last + 1].text[:1].isupper():
            last += 1
        return doc[j : last + 1].text

    def anonymous(self, end: int) -> bool:
        """Whether the words after a source's noun phrase ending at ``end`` make it anonymous
        (``…, qui a requis l'anonymat``, ``sous couvert d'anonymat``)."""
        if not self.anonymity or end >= len(self.doc):
            return False
        doc = self.doc
        sent = self.sent_of[end - 1] if end > 0 else 0
        stop = end
        while stop < len(doc) and stop - end < 14 and self.sent_of[stop] == sent:
            stop += 1
        if stop <= end:
            return False
        after = " " + _fold(doc[end:stop].text) + " "
        after = re.sub(r"\s+", " ", after)
        return any(p in after for p in self.anonymity)

    def _indefinite_complement(self, head: int, end: int) -> bool:
        """``le dirigeant d'une plateforme concurrente``, ``le patron d'un grand groupe``: a role
        in an unnamed organisation is an unnamed source."""
        doc = self.doc
        k = head + 1
        while k < end and (doc[k].pos_ == "ADJ" or _fold(doc[k].text) in ROLE_MODIFIERS):
            k += 1
        if k + 1 < len(doc) and _fold(doc[k].text) in ("de", "d'"):
            return _fold(doc[k + 1].text) in ("un", "une", "des", "plusieurs", "certains")
        return False

    def _ent_at(self, i: int) -> Span | None:
        tok = self.doc[i]
        if tok.ent_iob_ != "B" or tok.ent_type_ not in ("LOC", "MISC", "ORG"):
            return None
        j = i + 1
        while j < len(self.doc) and self.doc[j].ent_iob_ == "I":
            j += 1
        return self.doc[i:j]

    def in_complement(self, m: Mention, also: tuple[str, ...] = ()) -> bool:
        """Whether the mention is the complement of a noun (``l'avocate de M. Ferrière``)."""
        k = m.start - 1
        while k >= 0 and self.doc[k].lower_ in TITLES_ANY:
            k -= 1
        if k >= 1 and self.doc[k].lower_ in ("la", "l'", "l’") and self.doc[k - 1].lower_ in OF:
            k -= 1  # "un porte-parole de l'ANSM", "de la SNCF"
        return k >= 0 and (self.doc[k].lower_ in OF or self.doc[k].lower_ in also)

    def np_text(self, start: int, end: int) -> str:
        toks: list[str] = []
        for tok in self.doc[start:end]:
            if tok.text in (",", ";", ":", "«", "»", '"') or len(toks) >= 8:
                break
            toks.append(tok.text_with_ws)
        return "".join(toks).strip()

    def _role_words(self, i: int, limit: int) -> str:
        """The role noun at ``i`` with its modifiers (``directeur financier``)."""
        words = [_fold(self.doc[i].text)]
        for tok in self.doc[i + 1 : min(limit, i + 3)]:
            if tok.pos_ != "ADJ" and _fold(tok.text) not in ROLE_MODIFIERS:
                break
            words.append(_fold(tok.text))
        return " ".join(words)

    def _role_match(self, np_role: str, role: str) -> int:
        # "fondateur et directeur général": the best of its conjuncts
        return max(self._role_match1(np_role, r.strip()) for r in role.split(" et "))

    def _role_match1(self, np_role: str, role: str) -> int:
        """How well a described role (``le directeur financier``) fits a known role: 2 = the
        same, 1 = compatible (no modifier on one side, or a generic word: ``l'élu`` for an
        ``adjoint au maire``), 0 = different."""
        a, b = np_role.split(), role.split()
        if not a or not b:
            return 0
        if b[0] in ROLE_FAMILIES.get(a[0], ()):
            return 1
        top_a = np_role in TOP_ROLES or a[0] in TOP_ROLES
        top_b = role in TOP_ROLES or " ".join(b[:2]) in TOP_ROLES or b[0] in TOP_ROLES
        if a[0][:5] != b[0][:5]:
            if role in ("patron", "patronne") and (a[0] in TOP_ROLES or a[0] in VICE_ROLES):
                # "la holding de X" made X the group's boss: "le vice-président exécutif du
                # groupe" fits him
                return 1
            return 1 if top_a and top_b and np_role in TOP_ROLES else 0
        if len(a) > 1 and len(b) > 1:
            return 2 if a[1][:5] == b[1][:5] else 0
        return 2 if len(a) == len(b) else 1

    def _resolve_role(self, noun: str, start: int, end: int, pos: int) -> Speaker:
        # an apposed name right after the description: "le PDG de X, Jean Dupont, a dit"
        j = end
        doc = self.doc
        if j < len(doc) and doc[j].text == ",":
            m = self.mention(j + 1)
            if m is not None and m.kind == PERSON:
                return m.name, PERSON
        head = next((k for k in range(start, end) if _fold(doc[k].text) == noun), start)
        np_role = self._role_words(head, end)
        best: Mention | None = None
        best_score = 0
        # "le patron de Renault": among the people given a role, those of that organisation
        np_orgs = {
            m.name
            for k in range(start, end)
            if (m := self.mention(k)) is not None and m.kind == ORG
        }
        of_org = {name for name, orgs in self.role_orgs.items() if np_orgs and orgs & np_orgs}
        desc = self.descriptions.get(noun, (PERSON, "x"))
        gender = desc[1] if desc[1] in ("m", "f") else None
        if gender is None:
            # "l'ancien PDG", "la porte-parole": the determiner or adjective tells
            gender = next(
                (NP_GENDER[_fold(t.text)] for t in doc[start:head] if _fold(t.text) in NP_GENDER),
                None,
            )
        for at, role, m in self.roles:  # sorted by position: the latest of the best fit wins
            if at >= pos or (of_org and m.name not in of_org):
                continue
            if gender is not None and m.gender is not None and m.gender != gender:
                continue
            score = self._role_match(np_role, role)
            if score and score >= best_score:
                best, best_score = m, score
        if best is None and noun in ("syndicaliste", "syndicalistes"):
            # "Le syndicat IG Metall … a averti son vice-président, Jürgen Kerner. Le
            # syndicaliste exige …": the latest person given a role next to a union
            unions = {o.name for o in self.mentions if "union" in self.name_kinds(o.name)}
            unions |= {o.name for _, d, o in self.org_descs if "union" in self.desc_kinds([d])}
            for at, _role, m in self.roles:
                if at >= pos or (gender is not None and m.gender not in (None, gender)):
                    continue
                s_at = self.sent_of[at]
                if any(
                    o.kind == ORG and s_at - 1 <= self.sent_of[o.start] <= s_at and o.name in unions
                    for o in self.mentions
                ):
                    best = m
        if best is not None:
            return best.name, PERSON
        # "…, ajoute le PDG": most often the person just quoted or named as subject — but not
        # for the nouns of unnamed sources ("l'analyste", "le gérant") nor a person known under
        # another role
        stem = noun.rstrip("s")
        if (stem in self.unnamed or stem.rstrip("e") in self.unnamed) and not (
            np_role in TOP_ROLES or noun in TOP_ROLES or noun.startswith("ministre")
        ):
            return self.np_text(start, end), None
        if noun in ANAPHORIC and gender is not None:
            # "…, fondé par le cardiologue X. « … », confie l'intéressé": the person of that
            # gender named last, not the subject of the sentences before
            last = self._last_mentioned(pos, gender)
            if last is not None:
                return last
        name, kind = self._recent_person(pos, gender)
        if name is not None and noun in ANAPHORIC:
            return name, kind
        if name is not None:
            known = [role for at, role, m in self.roles if m.name == name and at < pos]
            if any(self._role_match(np_role, role) for role in known):
                return name, kind
            if not known and not any(noun.startswith(o) for o in PUBLIC_OFFICES):
                return name, kind
            if noun in TOP_ROLES and desc[1] in ("m", "f") and self._only_one(pos, desc[1]):
                # "La présidente balaie l'hypothèse": the one woman of the article, whatever
                # other role (ingénieure, héritière) her apposition gave her
                return name, kind
        # an office the article gives to no one ("le ministre de l'Économie") stays unnamed
        return self.np_text(start, end), None

    def _previous_subject_org(self, start: int) -> str | None:
        """The organisation subject of the sentence before the one of token ``start`` when
        that sentence names no person."""
        s = self.sent_of[start]
        k = start - 1
        while k >= 0 and self.sent_of[k] == s:
            k -= 1
        got: str | None = None
        while k >= 0 and self.sent_of[k] == s - 1 and start - k < 60:
            m = self.mention(k)
            if m is not None and m.kind == PERSON:
                return None
            if m is not None and m.kind == ORG and m.subject:
                got = m.name
            k -= 1
        if got is None:
            # "Dans un communiqué, le conglomérat estime que … Un porte-parole a ajouté": the
            # organisation that spoke in the sentence before
            for at, sm in self.speakers:
                if at < start and self.sent_of[min(at, len(self.sent_of) - 1)] == s - 1:
                    got = sm.name if sm.kind == ORG else None
        return got

    def _court_voice(self, roles: list[str], pos: int) -> Speaker | None:
        """The latest person given one of ``roles`` (procureure, avocat…) before ``pos``."""
        best: Mention | None = None
        for at, role, m in self.roles:  # sorted by position
            if at >= pos:
                break
            words = role.split()
            if any(words[: len(r.split())] == r.split() for r in roles):
                best = m
        return (best.name, PERSON) if best is not None else None

    def _last_mentioned(self, pos: int, gender: str) -> Speaker | None:
        """``Ce dernier`` / ``cette dernière``: the person of that gender mentioned last (in
        this sentence or the one before), whatever their function in the sentence."""
        sent = self.sent_of[min(pos, len(self.sent_of) - 1)]
        best: Mention | None = None
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.kind != PERSON or self.in_quote[m.start] >= 0 or sent - m.sent > 1:
                continue
            if m.gender is None or m.gender == gender:
                best = m
        return (best.name, PERSON) if best is not None else None

    def _only_one(self, pos: int, gender: str) -> bool:
        """Whether the article names a single person of ``gender`` outside quotes before pos."""
        names = {
            m.name
            for m in self.mentions
            if m.start < pos and m.kind == PERSON and self.in_quote[m.start] < 0
            if m.gender == gender
        }
        return len(names) == 1

    def _recent_org(self, pos: int) -> Speaker:
        best: Mention | None = None
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.kind == ORG and self.in_quote[m.start] < 0:
                best = m
        if best is not None:
            return best.name, ORG
        return None, None

    def resolve_pronoun(self, tok: Token) -> Speaker:
        low = tok.lower_
        gender = "f" if low in PRONOUNS_F else "m"
        if low in ("il", "-il", "-t-il") and tok.head.lemma_ in IMPERSONAL_HEADS:
            return None, None
        return self._recent_person(tok.i, gender, orgs=True)

    def _recent_person(self, pos: int, gender: str | None, orgs: bool = False) -> Speaker:
        """The most salient person before ``pos`` (subjects and speakers of the last sentences,
        of a compatible gender); with ``orgs``, an organisation subject when no person fits."""
        sent = self.sent_of[min(pos, len(self.sent_of) - 1)]
        # previous quote speakers in the window count as subjects of their sentence
        cands: dict[int, list[tuple[int, Mention]]] = {}
        seen: set[str] = set()
        for m in self.mentions:
            if m.start >= pos:
                break
            first = m.name not in seen
            seen.add(m.name)
            if sent - m.sent > 4 or self.in_quote[m.start] >= 0:
                continue
            rank = (0 if m.subject else 2) + (0 if m.gender == gender else 1)
            if (
                rank == 2
                and first
                and gender is not None
                and sent - m.sent <= 1
                and m.start > 0
                and self.words[m.start - 1] in HONORIFICS
            ):
                # "… et désigné Me Caroline Perrin comme administratrice. Selon elle, …": a
                # person just introduced with a title is as salient as a subject
                rank = 0
            if m.kind == ORG:
                if not orgs:
                    continue
                rank += 10
            elif m.gender is not None and gender is not None and m.gender != gender:
                continue
            cands.setdefault(m.sent, []).append((rank, m))
        for at, m in self.speakers:
            if (
                at < pos
                and sent - self.sent_of[at] <= 4
                and (gender is None or m.gender in (None, gender))
            ):
                rank = 0 if m.gender == gender else 1
                if m.kind == ORG:
                    # "D'après le baromètre du cabinet EY, …": an organisation quoted is no
                    # antecedent for "le dirigeant" / "il"
                    if not orgs:
                        continue
                    rank += 10
                cands.setdefault(self.sent_of[at], []).append((rank, m))
        # a subject or a speaker of the last sentences before a person merely mentioned
        # ("la société fondée par X") in a more recent one
        for s in sorted(cands, reverse=True):
            ranked = sorted(cands[s], key=lambda x: (x[0], x[1].start))
            persons = [m for r, m in ranked if r < 2]
            if persons:
                return persons[0].name, persons[0].kind
        best_org: Mention | None = None
        for s in sorted(cands, reverse=True):
            ranked = sorted(cands[s], key=lambda x: (x[0], x[1].start))
            persons = [m for r, m in ranked if r < 10]
            if persons:
                return persons[0].name, persons[0].kind
            subj_orgs = [m for r, m in ranked if r == 10 or r == 11]
            if subj_orgs:
                # an organisation subject of a more recent sentence beats a person merely
                # mentioned before it ("… remercié Anne Dupont. La SNCF a publié … Elle a …")
                return subj_orgs[0].name, ORG
        if best_org is not None:
            return best_org.name, ORG
        # nobody in the last sentences: the one person of that gender the article has named
        # outside quotes so far ("Claire Delorme a pris la tête de …" six sentences earlier)
        names = {
            m.name
            for m in self.mentions
            if m.start < pos
            and m.kind == PERSON
            and self.in_quote[m.start] < 0
            and m.gender == gender
        }
        if gender is not None and len(names) == 1:
            return names.pop(), PERSON
        return None, None

    def dislocated(self, pron: Token) -> Speaker | None:
        """``La CFDT, elle, juge que …``: a pronoun right after ``X,`` takes up X."""
        if (
            pron.lower_ in PRONOUNS_M | PRONOUNS_F | PRONOUNS_PL
            and pron.i > 1
            and self.doc[pron.i - 1].text == ","
            and pron.i + 1 < len(self.doc)
            and self.doc[pron.i + 1].text == ","
        ):
            # "Interrogée par l'AFP, elle affirme": no dislocation, the pronoun's own subject
            m = self.mention(pron.i - 2)
            if m is not None and not self.in_complement(m, (*NOT_SUBJECT_ADP, "par")):
                return m.name, m.kind
            if m is None:
                # "Le collectif Stop Pollution, lui, déplore …": a noun phrase opening the
                # sentence the entity table missed
                k = pron.i - 2
                sent = self.sent_of[k]
                while k > 0 and pron.i - k < 8 and self.sent_of[k - 1] == sent:
                    if self.doc[k - 1].is_punct:
                        break
                    k -= 1
                got = self.resolve_np(k, pron.i - 1, pron.i)
                if got is not None and got[0] is not None:
                    return got
        return None

    def subject_speaker(self, subj: Token, verb: Token) -> Speaker | None:
        """Speaker named by the subject token ``subj`` of ``verb``."""
        m = self.mention(subj.i)
        le = subj.left_edge.i
        if m is None and subj.pos_ == "NOUN" and subj.i < verb.i and le >= 2:
            # "Exor N.V., la holding de la famille Agnelli, …, a indiqué": the parser made the
            # apposition the subject; the name opening the sentence before it speaks
            a = self.mention(le - 2)
            if (
                self.words[le - 1] == ","
                and a is not None
                and a.end == le - 1
                and self.in_quote[a.start] < 0
                and self._opens_sentence(self.doc[a.start : a.end])
            ):
                return a.name, a.kind
        if m is not None and self.in_complement(m):
            sent = self.sent_of[subj.i]
            left = m.start
            while left > 0 and m.start - left < 8 and self.sent_of[left - 1] == sent:
                left -= 1
            return self.resolve_np(left, min(verb.i, m.end + 8), verb.i)
        if m is not None:
            return m.name, m.kind
        low = subj.lower_
        dislocated = self.dislocated(subj)
        if dislocated is not None:
            return dislocated
        if low in PRONOUNS_M or low in PRONOUNS_F:
            return self.resolve_pronoun(subj)
        if low in ("celui", "celle", "celui-ci", "celle-ci"):
            # "Celui-ci estime que …": the last person (or organisation) of that gender
            return self._recent_person(subj.i, "f" if low.startswith("celle") else "m", orgs=True)
        if low == "qui" and verb.dep_.startswith("acl") and verb.head.i < subj.i:
            # "explique le dirigeant, qui assure que …": the relative's antecedent speaks
            ant = verb.head
            k = subj.i - 1
            if k > 0 and self.doc[k].text == ",":
                k -= 1
            if ant.pos_ not in ("NOUN", "PROPN") and k >= 0:
                ant = self.doc[k]  # the parser hung the relative on the verb of an incise
            m = self.mention(ant.i)
            if m is not None:
                return m.name, m.kind
            if ant.pos_ in ("NOUN", "PROPN"):
                return self.resolve_np(max(ant.left_edge.i, ant.i - 6), ant.i + 1, verb.i)
            return None
        if low in PRONOUNS_PL or subj.pos_ == "PRON":
            return None
        left, right = subj.left_edge.i, subj.right_edge.i + 1
        if subj.i < verb.i:
            right = min(right, verb.i)
        left = max(left, subj.i - 6)
        right = min(right, subj.i + 10)
        if right == subj.i + 1 and low in self.descriptions:
            # "Le collectif Stop Pollution, lui, déplore": the parser took the name for a verb
            while right < len(self.doc) and right - subj.i < 6 and self.words[right][:1].isupper():
                right += 1
        return self.resolve_np(left, right, verb.i)


def speaker_dict(text: str, kind: str, speaker: Speaker | None, cue: str | None) -> dict[str, Any]:
    """The ``span._.quote`` value. An unnamed source (``un proche du dossier``) or an unresolved
    description has no ``speaker``; its words are kept under ``speaker_text``."""
    name, stype = speaker if speaker is not None else (None, None)
    out = {"quote": text, "kind": kind, "speaker": name, "speaker_type": stype, "cue": cue}
    if stype is None and name is not None:
        out["speaker"] = None
        out["speaker_text"] = name
    return out
