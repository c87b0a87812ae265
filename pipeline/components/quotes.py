"""The ``fr_quotes`` component: who said what, direct and indirect, with the speaker resolved.

Direct quotes are found by pairing quote marks in ``doc.text`` (see ``quotes_marks``); a quote is
kept when a speech cue attributes it (before: ``X a déclaré : « … »``, after: ``« … », a-t-il
ajouté``, inside: ``« …, estime X. … »``) or when it reads as a sentence. Indirect quotes are the
reported clause of a speech verb (``X estime que …``, ``…, affirmant que …``, ``…, indique X.``) or
of an introducer (``selon X, …``), or a clause after ``X le reconnaît :``. Interview answers
without quote marks (``Nom. – …``, ``Nom : …`` in the first person, a dash paragraph after a
question) are direct quotes of the interviewee. A quote right after a naming word (``un portefeuille
dit « chaud »``, ``baptisé``) is a name, not speech. The two passes run in document order so that
pronouns see every earlier speaker. Speakers are resolved by ``quotes_speakers``.

Output: ``doc.spans["quotes"]``, one span per quote with ``span._.quote`` (see extensions.py).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.parts_of_speech import ADP, AUX, CCONJ, DET, PRON, VERB
from spacy.tokens import Doc, Span, Token

import pipeline.extensions  # noqa: F401
from pipeline.components.base import DataComponent, doc_text
from pipeline.components.quotes_marks import find_quote_marks
from pipeline.components.quotes_speakers import (
    ENTOURAGE,
    NOT_SUBJECT_ADP,
    ORG,
    PERSON,
    PRONOUNS_F,
    PRONOUNS_M,
    Mention,
    Speaker,
    SpeakerResolver,
    TokenColumns,
    speaker_dict,
)
from pipeline.resources import load_json, load_jsonl, load_lines, load_tsv

logger = logging.getLogger(__name__)

SENT_END = {".", "!", "?", "…", "...", "?!", "!?"}
CLOSERS = {"»", "”", '"'}
OPENERS = {"«", "“", '"'}
STOP_PUNCT = {".", "!", "?", ";", "«", "»", "“", "”", '"', "…"}
QUE = {"que", "qu'", "qu’"}
REFLEXIVE = {"se", "s'", "s’"}
OBJECT_CLITICS = {"leur", "lui", "nous", "vous", "m'", "me", "l'"}
AUX_FORMS = {"a", "avait", "aura", "aurait", "ont", "avaient", "est", "était", "sera", "serait"}
AUX_FORMS |= {"sont", "étaient", "a-t", "avait-t"}
INCISE_ADVERBS = {"encore", "aussi", "ainsi", "alors", "même", "également", "d'ailleurs"}
INCISE_ADVERBS |= {"d’ailleurs", "enfin", "pourtant", "toutefois", "cependant", "simplement"}
INCISE_ADVERBS |= {"volontiers", "déjà", "récemment", "notamment", "plutôt", "néanmoins"}
#: Words before ``que`` that make it another conjunction (``ainsi que``, ``alors que``).
NOT_COMPLEMENTIZER = {"ainsi", "alors", "bien", "parce", "tandis", "pendant", "dès", "avant"}
NOT_COMPLEMENTIZER |= {"après", "sans", "pour", "afin", "plus", "moins", "autant", "tant", "si"}
NOT_COMPLEMENTIZER |= {"même", "de", "tel", "telle", "tels", "telles", "lors", "sauf", "outre"}
NOT_COMPLEMENTIZER |= {"à", "jusqu'", "jusqu’", "depuis", "puisque", "encore"}
#: Comparative words whose "que" ends a comparison (meilleur qu'attendu, pire que prévu).
COMPARATIVES = {"meilleur", "meilleure", "meilleurs", "meilleures", "pire", "pires", "mieux"}
#: Time adverbs that may sit between an inverted verb and its subject.
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"}
TIME_WORDS |= {"aujourd'hui", "aujourd’hui", "soir", "matin", "midi", "dernier", "dernière"}
TIME_WORDS |= {"après-midi", "récemment", "encore", "aussi", "également", "enfin", "alors"}
TIME_WORDS |= {"volontiers", "ensuite", "toutefois", "cependant", "néanmoins", "pourtant"}
#: Determiners opening the object between a verb and its quote (``juge ce texte « … »``).
OBJECT_DETS = {"le", "la", "les", "l'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur"}
OBJECT_DETS |= {"leurs", "un", "une", "des", "cette"}
OF = {"de", "d'", "du", "des"}
DASHES = {"—", "–", "-", "―", "•"}
#: parts of speech of a word opening a sentence after a period kept in the token (``A. Les``)
_SENT_OPENER_POS = {DET, PRON, CCONJ, ADP}
_VERB_POS = {VERB, AUX}
#: words remembered by QuotesComponent.fold_words before the memo is emptied
_FOLD_CACHE_MAX = 200_000
TITLES = {"m", "mme", "me", "maître", "dr", "pr", "mgr", "monsieur", "madame", "mlle"}
HYPHEN_PRON = re.compile(r"^-(?:t-)?(?:il|elle|ils|elles|on)$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_MARKS = re.compile(r"[«»“”\"]")
_TRAILING = ' \t\n\u00a0\u202f.,;:!?…»”"«“'


#: An interview answer: a paragraph opening with a name and a dash (``Arnaud Delcourt. – J'ai…``).
_ANSWER = re.compile(
    r"^[ \t\u00a0]*((?:[A-ZÀ-Ý][\w'’-]*\.?[ \u00a0]+){0,3}[A-ZÀ-Ý][\w'’-]+)[ \u00a0]*\.?"
    r"[ \u00a0]*([–—:])[ \u00a0]*([^\n«»“”]*[^\s«»“”])[ \t]*$",
    re.MULTILINE,
)
#: An answer given as a dash paragraph right after a question (``– Nous avons …``).
_DASH_ANSWER = re.compile(
    r"\?[ \t\u00a0]*\n[ \t\u00a0\n]*[–—][ \u00a0]*([^\n«»“”]*[^\s«»“”?])[ \t]*$", re.MULTILINE
)
#: First-person words: an answer after "Nom :" speaks in the first person (a headline
#: "Sandrine Molinari : la patronne qui …" does not).
_FIRST_PERSON = re.compile(r"\b(?:je|j['’]|nous|notre|nos|mon|ma|mes|moi|me|m['’])\b", re.I)


def _fold(s: str) -> str:
    return s.replace("’", "'").lower()


def _er_forms(lemma: str) -> set[str]:
    """Inflected forms of a regular -er verb (déclarer -> déclare, déclarent, déclaré, …)."""
    if not lemma.endswith("er"):
        return set()
    stem = lemma[:-2]
    stems = {stem}
    m = re.search(r"é([^aeiouéèêy]+)$", stem)
    grave = stem[: m.start()] + "è" + m.group(1) if m else stem
    if stem.endswith("el") and lemma in ("marteler",):
        grave = stem[:-2] + "èl"
    soft = stem + "e" if stem.endswith("g") else stem[:-1] + "ç" if stem.endswith("c") else stem
    out = {lemma, stem + "é", stem + "ée", stem + "és", stem + "ées", stem + "ons", stem + "ez"}
    out |= {grave + "e", grave + "es", grave + "ent", grave + "era", grave + "eront"}
    out |= {grave + "erait", grave + "eraient", stem + "èrent", stem + "er"}
    out |= {soft + "ait", soft + "aient", soft + "ant", soft + "a", soft + "ons"}
    for s in stems:
        out |= {s + "e", s + "es", s + "ent", s + "era", s + "eront", s + "erait"}
    return out


def _base(lemma: str) -> tuple[str, bool]:
    for prefix in ("se ", "s'", "s’"):
        if lemma.startswith(prefix):
            return lemma[len(prefix) :], True
    return lemma, False


@dataclass
class Cue:
    lemma: str
    weak: bool
    direct_only: bool
    after: frozenset[str] = frozenset()
    object_quote: bool = False
    #: direct_only, except before a "que" clause (X demande que …, réclame à Y que …)
    que_clause: bool = False


@dataclass
class Found:
    start: int  # char offsets of the span
    end: int
    text: str
    kind: str
    speaker: Speaker | None
    cue: str | None
    first_tok: int


class QuotesComponent(DataComponent):
    """Direct and indirect quotes with their speakers (``doc.spans["quotes"]``)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        first_names: dict[str, str] = {}
        for cols in load_tsv("shared/first_names.tsv"):
            if len(cols) >= 2:
                first_names[cols[0].strip()] = cols[1].strip()
        descriptions: dict[str, list[str]] = {}
        for cols in load_tsv("quotes/descriptions.tsv"):
            if len(cols) >= 3:
                descriptions[cols[0].strip().lower()] = [cols[1].strip(), cols[2].strip()]
        org_kinds: list[list[Any]] = []
        for cols in load_tsv("quotes/org_classes.tsv"):
            if len(cols) >= 3:
                org_kinds.append(
                    [
                        cols[0].strip(),
                        [_fold(w.strip()) for w in cols[1].split("|") if w.strip()],
                        [_fold(w.strip()) for w in cols[2].split("|") if w.strip()],
                    ]
                )
        role_verbs: dict[str, str] = {}
        for cols in load_tsv("quotes/role_verbs.tsv"):
            if len(cols) >= 2:
                role_verbs[cols[0].strip()] = cols[1].strip()
        court_voices: dict[str, list[str]] = {}
        for cols in load_tsv("quotes/court_voices.tsv"):
            if len(cols) >= 2:
                court_voices[_fold(cols[0].strip())] = [
                    _fold(w.strip()) for w in cols[1].split("|") if w.strip()
                ]
        intro = load_json("quotes/introducers.json")
        self.data: dict[str, Any] = {
            "speech_verbs": load_jsonl("quotes/speech_verbs.jsonl"),
            "introducers": intro["introducers"],
            "not_after_introducer": intro["not_after"],
            "descriptions": descriptions,
            "unnamed": load_lines("quotes/unnamed_sources.txt"),
            "documents": load_lines("quotes/documents.txt"),
            "naming": load_lines("quotes/naming_words.txt"),
            "anonymity": load_lines("quotes/anonymity.txt"),
            "org_voices": load_lines("quotes/org_voices.txt"),
            "first_names": first_names,
            "org_kinds": org_kinds,
            "role_verbs": role_verbs,
            "court_voices": court_voices,
            "after_quote": load_lines("quotes/after_quote.txt"),
        }
        self._setup()

    def _setup(self) -> None:
        entries: dict[str, dict[str, Any]] = {}
        for e in self.data["speech_verbs"]:
            entries[e["lemma"]] = e
        self.forms: dict[str, dict[bool, Cue]] = {}
        self.lemmas: dict[str, dict[bool, Cue]] = {}
        for lemma, e in entries.items():
            base, reflexive = _base(lemma)
            cue = Cue(
                lemma,
                bool(e.get("weak")),
                bool(e.get("direct_only")),
                frozenset(_fold(w) for w in e.get("after") or []),
                bool(e.get("object_quote")),
                bool(e.get("que_clause")),
            )
            forms = set(e.get("forms") or [])
            if not forms:
                forms = set(entries.get(base, {}).get("forms") or []) or _er_forms(base)
            if not cue.after:
                forms.add(base)
            for f in forms:
                self.forms.setdefault(_fold(f), {})[reflexive] = cue
            self.lemmas.setdefault(base, {})[reflexive] = cue
        self.introducers: dict[str, dict[str, Any]] = {
            _fold(k): v for k, v in self.data["introducers"].items()
        }
        #: first token of an introducer ("d'" for "d'après", "aux" for "aux yeux de") -> keys,
        #: longest first
        self.intro_first: dict[str, list[str]] = {}
        for key in sorted(self.introducers, key=len, reverse=True):
            firsts = {key.split()[0]}
            first = re.match(r"[^\s']+'?", key)
            if first:
                firsts.add(first.group(0))
            for f in firsts:
                self.intro_first.setdefault(f, []).append(key)
        self.not_after = [_fold(s).split() for s in self.data["not_after_introducer"]]
        self.descriptions = {k: (v[0], v[1]) for k, v in self.data["descriptions"].items()}
        self.unnamed = {_fold(s) for s in self.data["unnamed"]}
        self.documents = {_fold(s) for s in self.data["documents"]}
        #: naming words, as lists of words (last word first): "qualifié de" -> ["de", "qualifié"]
        self.naming = [list(reversed(_fold(w).split())) for w in self.data.get("naming") or []]
        self.org_voices = {_fold(s) for s in self.data.get("org_voices") or []}
        self.first_names = dict(self.data["first_names"])
        self.org_kinds = [
            (str(k[0]), list(k[1]), list(k[2])) for k in self.data.get("org_kinds") or []
        ]
        #: "c'est en ces termes que", "voilà ce qu'": the next sentence names the speaker
        self.after_quote = tuple(
            sorted({_fold(p) for p in self.data.get("after_quote") or []}, key=len, reverse=True)
        )
        self.anonymity = sorted({_fold(p) for p in self.data.get("anonymity") or []})
        self.court_voices: dict[str, list[str]] = {
            str(k): [str(w) for w in v] for k, v in (self.data.get("court_voices") or {}).items()
        }
        #: folded words that can open an introducer or be a speech-verb form
        self.cue_starts = frozenset(self.intro_first) | frozenset(self.forms)
        self._folds: dict[str, str] = {}
        self.role_verbs: dict[str, str] = {}
        for verb, role in (self.data.get("role_verbs") or {}).items():
            for form in _er_forms(verb) - {verb}:
                self.role_verbs[_fold(form)] = role

    # -- component ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        try:
            spans = self._extract(doc)
        except Exception:  # a failing rule must never stop the pipeline
            logger.warning("fr_quotes failed on a document", exc_info=True)
            spans = []
        doc.spans["quotes"] = spans
        return doc

    def _extract(self, doc: Doc) -> list[Span]:
        if len(doc) == 0:
            return []
        run = _DocRun(self, doc)
        return run.run()

    # -- lexicon lookups ---------------------------------------------------------------------
    def fold_words(self, words: list[str]) -> list[str]:
        """``_fold`` of each word, memoised across documents (most words recur)."""
        cache = self._folds
        if len(cache) > _FOLD_CACHE_MAX:
            cache.clear()
        out = []
        for w in words:
            f = cache.get(w)
            if f is None:
                f = cache[w] = _fold(w)
            out.append(f)
        return out

    def cue_of(self, tok: Token) -> Cue | None:
        """The speech-verb entry of ``tok`` if it is used as a verb here."""
        low = _fold(tok.text)
        cands = self.forms.get(low)
        if cands is None and tok.pos_ in ("VERB", "AUX"):
            cands = self.lemmas.get(tok.lemma_)
        if not cands:
            return None
        doc = tok.doc
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if (
            tok.pos_ not in ("VERB", "AUX")
            and prev is not None
            and (
                prev.pos_ in ("DET", "ADP", "ADJ", "NUM") or _fold(prev.text) in ("l'", "la", "le")
            )
        ):
            return None
        if prev is not None and prev.text.endswith("à-"):
            return None  # c'est-à-dire
        if prev is not None and low == "dit" and prev.lower_ in ("cela", "ceci", "ça"):
            return None
        reflexive = any(
            _fold(t.text) in REFLEXIVE for t in doc[max(0, tok.i - 3) : tok.i] if t.pos_ == "PRON"
        )
        cue = cands.get(True) if reflexive and True in cands else None
        cue = cue or cands.get(False) or (cands.get(True) if reflexive else None)
        if cue is not None and cue.after and (prev is None or _fold(prev.text) not in cue.after):
            return None
        return cue


class _DocRun:
    """The work on one document."""

    def __init__(self, comp: QuotesComponent, doc: Doc) -> None:
        self.c = comp
        self.doc = doc
        # words and offsets from the token table (no Token object per word), the text shared
        strings = doc.vocab.strings
        # one list per attribute (the transposed table): ORTH, IDX, LOWER, LEMMA; the parse
        # columns (POS, DEP, HEAD), read once here, are shared with the speaker index
        self.cols = TokenColumns.of(doc)
        self.pos: list[int] = self.cols.pos  # tok.pos as a symbol id (VERB, DET…)
        orths: list[int]
        self.starts: list[int]  # tok.idx
        self.lower_ids: list[int]  # tok.lower as a string hash
        self.lemma_ids: list[int]  # tok.lemma as a string hash
        orths, self.starts, self.lower_ids, self.lemma_ids = (
            doc.to_array([ORTH, IDX, LOWER, LEMMA]).T.tolist() if len(doc) else ([], [], [], [])
        )
        self.words: list[str] = list(map(strings.__getitem__, orths))
        self.folds: list[str] = comp.fold_words(self.words)  # _fold of each word
        self.text = doc_text(doc)
        self.marks = find_quote_marks(self.text)
        n = len(doc)
        self.in_quote = [-1] * n
        self.open_tok: list[int] = []
        self.close_tok: list[int] = []
        self.closer_toks: set[int] = set()
        self.opener_toks: set[int] = set()
        for qi, q in enumerate(self.marks):
            o, cl = self.tok_at(q.open_pos), self.tok_at(q.close_pos)
            self.open_tok.append(o)
            self.close_tok.append(cl)
            self.opener_toks.add(o)
            self.closer_toks.add(cl)
            for i in range(o + 1, cl):
                if self.in_quote[i] < 0:
                    self.in_quote[i] = qi
        #: interview answers without quote marks: (name start, name end, answer start, end) tokens
        self.answers: list[tuple[int, int, int, int]] = []
        people: set[int] = set()
        for span in doc.spans.get("people", []):
            people.update(range(span.start, span.end))
        for m in _ANSWER.finditer(self.text):
            a, b = self.tok_at(m.start(3)), self.tok_at(m.end(3) - 1) + 1
            if b - a < 3 or any(self.in_quote[i] >= 0 for i in range(a, b)):
                continue
            if (m.group(2) == ":" or len(m.group(1).split()) == 1) and not _FIRST_PERSON.search(
                m.group(3)
            ):
                continue  # "Milan – Le constructeur …": a dateline (a city or a first name)
            name = doc[self.tok_at(m.start(1)) : self.tok_at(m.end(1) - 1) + 1]
            if m.group(1).isupper() or not any(
                t.i in people or t.ent_type_ == "PER" or t.text in comp.first_names for t in name
            ):
                continue  # "ABIDJAN – …" is a dateline; "Le Figaro. – …" the paper's question
            self.answers.append((self.tok_at(m.start(1)), self.tok_at(m.end(1) - 1) + 1, a, b))
            for i in range(a, b):
                self.in_quote[i] = len(self.marks) + len(self.answers)
        for m in _DASH_ANSWER.finditer(self.text):
            a, b = self.tok_at(m.start(1)), self.tok_at(m.end(1) - 1) + 1
            if b - a < 3 or any(self.in_quote[i] >= 0 for i in range(a, b)):
                continue
            if any(
                HYPHEN_PRON.match(doc[k].text)
                or (doc[k - 1].text == "," and comp.cue_of(doc[k]) is not None)
                for k in range(a + 1, b)
            ):
                continue  # "– Nous visons 10 %, répond Jean Dupont.": the incise says who
            self.answers.append((-1, -1, a, b))  # the interviewee, found once speakers are known
            for i in range(a, b):
                self.in_quote[i] = len(self.marks) + len(self.answers)
        self.sent_of = self._sentences()
        self.sent_start: dict[int, int] = {}
        self.sent_end: dict[int, int] = {}
        # sentence ids never decrease along the document: each sentence is one run of tokens,
        # found by two bisections instead of a visit of every token
        for s in dict.fromkeys(self.sent_of):
            self.sent_start[s] = bisect.bisect_left(self.sent_of, s)
            self.sent_end[s] = bisect.bisect_right(self.sent_of, s)
        self.res = SpeakerResolver(
            doc,
            self.sent_of,
            self.in_quote,
            comp.first_names,
            comp.descriptions,
            comp.unnamed,
            comp.org_kinds,
            comp.org_voices,
            comp.documents,
            comp.role_verbs,
            comp.anonymity,
            self.words,
            comp.court_voices,
            self.folds,
            self.cols,
        )
        self.found: list[Found] = []
        self._next_mark = 0
        self._skip: set[int] = set()
        self._last: Found | None = None

    def tok_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    # -- sentences ---------------------------------------------------------------------------
    def _sentences(self) -> list[int]:
        """Sentence id of each token: split at . ! ? and newlines, never inside a quote."""
        # token texts, lower forms and parts of speech from the arrays read once (no Token object)
        words, pos = self.words, self.pos
        strings = self.doc.vocab.strings
        n = len(words)
        out = [0] * n
        sid = 0
        i = 0
        while i < n:
            out[i] = sid
            text = words[i]
            inside = self.in_quote[i] >= 0 and i + 1 < n and self.in_quote[i + 1] >= 0
            if "\n" in text and not inside:
                sid += 1
            elif (
                not inside
                and len(text) > 1
                and text.endswith(".")
                and text[-2:-1].isalnum()
                and strings[self.lower_ids[i]].rstrip(".") not in TITLES  # tok.lower_
                and i + 1 < n
                and words[i + 1][:1].isupper()
                and pos[i + 1] in _SENT_OPENER_POS
            ):
                sid += 1  # "… supérieur à celui du livret A. Les SCPI …": the period in the token
            elif text in SENT_END and not inside:
                j = i + 1
                while j < n and j in self.closer_toks:
                    out[j] = sid
                    j += 1
                nxt = words[j] if j < n else None
                if nxt is not None and (nxt[:1].islower() or nxt in (",", ";", ")")):
                    i = j
                    continue
                sid += 1
                i = j
                continue
            i += 1
        return out

    # -- helpers -----------------------------------------------------------------------------
    def is_stop(self, i: int) -> bool:
        text = self.words[i]  # doc[i].text
        return text in STOP_PUNCT or "\n" in text

    def subject_of(self, verb: Token) -> Speaker | None:
        """Speaker of a cue verb placed before its quote (``X a déclaré``)."""
        doc = self.doc
        if (
            verb.i > 0
            and _fold(doc[verb.i - 1].text) in ("d'", "de")
            and self.opens_sentence(verb.i - 1)
            and (verb.i < 2 or doc[verb.i - 2].pos_ == "CCONJ")
        ):
            # "Et d'ajouter : « … »": the narrative infinitive goes on with the last speaker
            recent = [(at, m) for at, m in self.res.speakers if at < verb.i]
            if recent and self.sent_of[verb.i] - self.sent_of[recent[-1][0]] <= 2:
                return recent[-1][1].name, recent[-1][1].kind
            return None
        for head in (verb, verb.head):
            subs = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")]
            subs = [c for c in subs if self.in_quote[c.i] < 0 or self.in_quote[verb.i] >= 0]
            # the parser sometimes links across sentences: keep the verb's own sentence
            subs = [c for c in subs if self.sent_of[c.i] == self.sent_of[verb.i]]
            named = [c for c in subs if self.res.mention(c.i) is not None]
            for s in named + subs:
                sp = self.res.subject_speaker(s, verb)
                if sp is not None:
                    return sp
            if head.dep_ not in ("conj", "xcomp") or head.head is head:
                break
        # inverted subject pronoun: "a-t-il déclaré", "déclare-t-elle"
        for k in range(max(0, verb.i - 3), min(len(doc), verb.i + 3)):
            if HYPHEN_PRON.match(doc[k].text) or (
                doc[k].text.startswith("-") and doc[k].lower_.lstrip("-t") in ("il", "elle")
            ):
                return self.res.resolve_pronoun(doc[k])
        # no parse: the nearest mention or pronoun before the verb in its sentence
        sent = self.sent_of[verb.i]
        k = verb.i - 1
        base = verb.i
        while k > 0 and verb.i - k <= 3 and (doc[k].pos_ == "AUX" or doc[k].dep_ == "dep"):
            k -= 1  # "a fait savoir": back to the comma before the cue's words
        if k > 0 and doc[k].text == ",":
            # "X (SIGLE), qui représente 1 800 employés dans la région, réclame que …": the
            # subject is before the relative clause set off by commas
            for r in range(k - 1, max(0, k - 30), -1):
                if self.sent_of[r] != sent or self.in_quote[r] >= 0 or doc[r].text in ".;:":
                    break
                if doc[r].lower_ in ("qui", "dont") and doc[r - 1].text == ",":
                    k = base = r - 2
                    break
        aside: Mention | None = None
        while k >= 0 and self.sent_of[k] == sent and base - k <= 12:
            if self.in_quote[k] >= 0 or k in self.closer_toks:
                break
            m = self.res.mention(k)
            if m is not None and self.res.in_complement(m, (*NOT_SUBJECT_ADP, "par")):
                # "Marc Lévy, analyste chez Oddo, estime": not the employer in the apposition
                aside = aside or m
                k = m.start - 1
                continue
            if m is not None:
                return m.name, m.kind
            if doc[k].lower_ in ("il", "elle"):
                if doc[k].head.dep_ == "acl:relcl" or (
                    k > 0 and _fold(doc[k - 1].text) in ("qu'", "que", "dont", "où")
                ):
                    k -= 1  # "La ministre X, qu'il a rencontrée lundi, juge": not the relative's
                    continue
                return self.res.dislocated(doc[k]) or self.res.resolve_pronoun(doc[k])
            k -= 1
        s0 = k + 1
        if 0 <= s0 < verb.i and (s0 == 0 or self.sent_of[s0 - 1] != sent):
            # "Un banquier dakarois, qui a requis l'anonymat, relève que …" misparsed: the noun
            # phrase opening the sentence, up to its first comma
            e = next((j for j in range(s0, verb.i) if doc[j].text == ","), verb.i)
            if e > s0 and doc[s0].pos_ in ("DET", "NOUN", "PROPN"):
                got = self.res.resolve_np(s0, e, verb.i)
                if got is not None or aside is None:
                    return got
        return (aside.name, aside.kind) if aside is not None else None

    def main_subject(self, part: Token) -> Speaker | None:
        """Speaker for a participial cue (``…, affirmant que``): the main clause's subject."""
        h = part.head
        for _ in range(4):
            subs = [c for c in h.children if c.dep_ in ("nsubj", "nsubj:pass")]
            subs = [c for c in subs if self.sent_of[c.i] == self.sent_of[part.i]]
            for s in subs:
                sp = self.res.subject_speaker(s, h)
                if sp is not None:
                    return sp
            if h.head is h:
                break
            h = h.head
        sent = self.sent_of[part.i]
        for k in range(self.sent_start[sent], part.i):
            m = self.res.mention(k)
            if m is not None and self.in_quote[k] < 0:
                return m.name, m.kind
        return None

    def inverted(self, i: int, limit: int) -> tuple[Cue, Token, Speaker | None, int] | None:
        """Match an inverted attribution starting at token ``i``: ``a déclaré X``,
        ``a-t-il ajouté``, ``estime le PDG``, ``s'est félicité X``.

        Returns the cue, its verb, the speaker and the index just after the attribution.
        """
        doc = self.doc
        n = min(limit, len(doc))
        k = i
        if k < n and _fold(doc[k].text) in REFLEXIVE | OBJECT_CLITICS:
            k += 1  # "s'est-il félicité", "leur a-t-il dit"
        pron: Token | None = None
        verb: Token | None = None
        cue: Cue | None = None
        steps = 0
        while k < n and steps < 6:
            t = doc[k]
            if HYPHEN_PRON.match(t.text) or t.text in ("-t", "-t-"):
                if t.text not in ("-t", "-t-"):
                    pron = t
            elif verb is None and (c := self.c.cue_of(t)) is not None:
                verb, cue = t, c
            elif verb is None and (t.lower_ in AUX_FORMS or t.lower_ in INCISE_ADVERBS):
                pass
            elif verb is None and k + 1 < n and self.after_word(k):
                pass  # "…, fait valoir X", "…, laisse entendre X"
            else:
                break
            k += 1
            steps += 1
        if verb is None or cue is None:
            return None
        if pron is not None:
            return cue, verb, self.res.resolve_pronoun(pron), k
        # subject after the verb, before the end of the clause
        end = k
        while end < n and not self.is_stop(end) and doc[end].text != "," and end - k < 14:
            end += 1
        named = end + 1
        while named < n and named - end <= 2 and doc[named].lower_.rstrip(".") in TITLES:
            named += 1  # "l'avocat d'Engie, Me Paul Caron"
        if end < n and doc[end].text == "," and named < n and self.res.mention(named):
            # "a indiqué la directrice financière, Anne Durand": the apposed name belongs in
            end2 = end + 1
            while end2 < n and not self.is_stop(end2) and doc[end2].text != "," and end2 - k < 14:
                end2 += 1
            end = end2
        speaker: Speaker | None = None
        np_start = -1
        for j in range(k, end):
            if doc[j].lower_ in ENTOURAGE:
                break  # "fait valoir l'entourage du ministre, X": not X himself
            m = self.res.mention(j)
            prev = doc[j - 1].lower_ if j > k else ""
            if m is not None and m.kind == PERSON and prev not in ("à", "au", "aux", "de", "d'"):
                speaker = (m.name, m.kind)
                break
        if speaker is None:
            j = k
            while j < end and doc[j].text != ",":
                t = doc[j]
                if t.pos_ == "ADP" or t.lower_ in ("au", "aux"):
                    # skip a prepositional phrase: "à l'AFP", "lors d'une conférence"
                    j += 1
                    while j < end and doc[j].pos_ not in ("ADP",) and doc[j].text != ",":
                        if doc[j].pos_ == "DET" and doc[j - 1].pos_ in ("NOUN", "PROPN"):
                            break
                        j += 1
                    continue
                if t.lower_ in TIME_WORDS or (
                    t.lower_ in ("ce", "cet", "cette")
                    and j + 1 < end
                    and doc[j + 1].lower_ in TIME_WORDS
                ):
                    j += 1  # "a annoncé mardi soir le groupe", "a dit ce matin X"
                    continue
                if (
                    t.pos_ in ("DET", "NOUN", "PROPN")
                    or t.lower_ in self.c.descriptions
                    or (t.ent_iob_ == "B" and t.text[:1].isupper())
                ):
                    np_start = j
                    break
                j += 1
            if np_start >= 0:
                np_end = np_start
                while np_end < end and doc[np_end].text != ",":
                    np_end += 1
                speaker = self.res.resolve_np(np_start, np_end, verb.i)
                closes = np_end >= n or doc[np_end].text in SENT_END or "\n" in doc[np_end].text
                if (
                    speaker is None
                    and closes
                    and not cue.weak
                    and self.source_noun(np_start, np_end)
                    and i > 0
                    and doc[i - 1].text == ","
                    and doc[np_start].pos_ == "DET"
                    and doc[np_end - 1].pos_ in ("NOUN", "ADJ")
                    and self.clause_before(i - 1)
                ):
                    # "…, précise son entourage.": a described source closing the sentence is
                    # its subject (an object would not end a speech verb's incise)
                    speaker = (self.res.np_text(np_start, np_end), None)
                if speaker is None and np_end > np_start and doc[np_end - 1].pos_ == "NOUN":
                    return None  # an object, not an inverted subject
        if speaker is None and cue.weak:
            return None
        if verb.i == k - 1 and k < n and doc[k].pos_ in ("NOUN",) and speaker is None:
            return None
        return cue, verb, speaker, end

    def source_noun(self, start: int, end: int) -> bool:
        """Whether ``doc[start:end]`` is headed by a noun that can speak (``son entourage``,
        ``un proche``, ``le porte-parole``), not a thing (``la cession``)."""
        c = self.c
        for t in self.doc[start:end]:
            low = _fold(t.text)
            if low in c.descriptions or low in c.unnamed or low in c.org_voices:
                return True
            if low.rstrip("s") in c.unnamed or low.rstrip("s") in c.descriptions:
                return True
        return False

    def after_word(self, k: int) -> bool:
        """Whether ``doc[k]`` is the word a multi-word cue needs before its verb (``fait``
        of ``fait valoir``)."""
        nxt = self.c.cue_of(self.doc[k + 1])
        return nxt is not None and _fold(self.doc[k].text) in nxt.after

    def clause_before(self, comma: int) -> bool:
        """Whether the sentence before ``comma`` holds a finite verb (a clause, not a subject
        with its apposition as in ``Armelle Poulou, directrice financière, a détaillé …``)."""
        doc = self.doc
        start = self.sent_start.get(self.sent_of[comma], comma)
        return any(
            "Fin" in doc[k].morph.get("VerbForm", []) and self.in_quote[k] < 0
            for k in range(start, comma)
        )

    # -- direct quotes -----------------------------------------------------------------------
    def named_term(self, o: int) -> bool:
        """Whether the quote opening at ``o`` follows a naming word (``dit``, ``baptisé``)."""
        doc = self.doc
        k = o - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        for words in self.c.naming:
            j = k
            ok = True
            for w in words:
                if j < 0 or _fold(doc[j].text) != w:
                    ok = False
                    break
                j -= 1
            if not ok:
                continue
            prev = doc[j] if j >= 0 else None
            if words[-1] in ("dit", "dite", "dits", "dites"):
                # "un portefeuille dit « chaud »", not "il a dit « non »" nor "s'est dit"
                return prev is not None and prev.pos_ in ("NOUN", "PROPN", "ADJ")
            return prev is None or prev.pos_ not in ("AUX",) or prev.lower_ in ("été", "est")
        return False

    def sentence_like(self, start: int, end: int, long: int = 12) -> bool:
        words = [t for t in self.doc[start:end] if t.is_alpha]
        if len(words) >= long:
            return True
        if len(words) < 4:
            return False
        return any("Fin" in t.morph.get("VerbForm", []) for t in self.doc[start:end])

    def direct_upto(self, tok: int) -> None:
        """Handle the direct quotes opening before token ``tok`` (all of them for ``len(doc)``):
        the two passes run in document order, so that pronouns see every earlier speaker."""
        while (
            self._next_mark < len(self.marks)
            and self._next_mark < len(self.open_tok)
            and (self.open_tok[self._next_mark] < tok)
        ):
            qi = self._next_mark
            self._next_mark += 1
            if qi in self._skip:
                continue
            self.direct_one(qi)

    def direct_one(self, qi: int) -> None:
        doc = self.doc
        skip = self._skip
        q = self.marks[qi]
        o, cl = self.open_tok[qi], self.close_tok[qi]
        if cl <= o + 1:
            return
        parts = list(q.parts)
        speaker: Speaker | None = None
        cue: str | None = None
        found = False
        # 1. an incise inside: « …, estime X. … »
        for k in range(o + 1, cl - 1):
            if doc[k].text != "," or self.in_quote[k] != qi:
                continue
            hit = self.inverted(k + 1, cl)
            if hit is None:
                continue
            c, _verb, sp, end = hit
            if end >= cl - 1 or doc[end].text not in (",", ".", "!", "?"):
                continue
            before_end = doc[k].idx
            after_start = doc[end + 1].idx if end + 1 < cl else q.end
            parts = [(s, min(e, before_end)) for s, e in q.parts if s < before_end] + [
                (max(s, after_start), e) for s, e in q.parts if e > after_start
            ]
            speaker, cue, found = sp, c.lemma, True
            break
        # 2. an attribution after: « … », a affirmé X (not after a quote closing a sentence
        # that an earlier "X a déclaré :" introduced)
        if not found:
            k = cl + 1
            comma = k < len(doc) and doc[k].text == ","
            if comma:
                k += 1
            ended = doc[cl - 1].text in SENT_END
            if (not comma and ended) or self.colon_before(o):
                k = len(doc)
            hit = self.inverted(k, len(doc)) if k < len(doc) else None
            if hit is not None:
                c, _verb, sp, end = hit
                speaker, cue, found = sp, c.lemma, True
                # « A », dit X, « b… »: one quote
                if end < len(doc) and doc[end].text == "," and qi + 1 < len(self.marks):
                    nq = self.marks[qi + 1]
                    if self.open_tok[qi + 1] == end + 1 and self.text[nq.start].islower():
                        parts += nq.parts
                        skip.add(qi + 1)
            elif k < len(doc) and k > cl + 1 and self.match_introducer(k) is not None:
                sp2 = self.introducer_at(k)
                if sp2 is not None:
                    speaker, cue, found = sp2[0], sp2[1], True
        if not found:
            hit3 = self.named_after(cl)
            if hit3 is not None:
                speaker, cue = hit3
                found = True
        if not found and self.named_term(o) and not self.sentence_like(o + 1, cl, 12):
            return  # un portefeuille dit « chaud », un plan baptisé « Ambition 2030 »
        # 3. an attribution before: X a déclaré : « … », X juge que « … »
        if not found:
            hit2 = self.before(o)
            if hit2 is not None:
                speaker, cue = hit2
                found = True
        # 4. no cue: a quoted sentence, or scare quotes / a title
        if not found:
            if not self.sentence_like(o + 1, cl):
                return
            speaker = self.previous_subject(o)
            if (
                speaker is None
                and self._last is not None
                and self.sent_of[o] - self.sent_of[self._last.first_tok] <= 2
            ):
                speaker = self._last.speaker
        text = " ".join(self.text[s:e] for s, e in parts if e > s)
        text = _SPACES.sub(" ", text).strip()
        if not text:
            return
        f = Found(parts[0][0], parts[-1][1], text, "direct", speaker, cue, o)
        self.found.append(f)
        self._last = f
        if speaker is not None:
            self.res.add_speaker(o, speaker[0], speaker[1])

    def named_after(self, cl: int) -> tuple[Speaker | None, str | None] | None:
        """``« … » C'est en ces termes que X a réagi``, ``« … » Voilà ce qu'a déclaré X``,
        ``« … », ainsi s'exprimait X``: the sentence after the quote names its speaker."""
        doc = self.doc
        n = len(doc)
        k = cl + 1
        while k < n and (doc[k].is_space or doc[k].text in (",", ".", "…")) and k - cl <= 3:
            k += 1
        if k >= n or not self.c.after_quote or _fold(doc[k].text)[:1] not in "cvtai":
            return None
        head = _fold(_SPACES.sub(" ", self.text[doc[k].idx : doc[k].idx + 40]))
        opening = next((p for p in self.c.after_quote if head.startswith(p)), None)
        if opening is None:
            return None
        j = self.tok_at(doc[k].idx + len(opening) - 1) + 1
        sent = self.sent_of[k]
        cue: str | None = None
        for i in range(j, min(n, j + 15)):
            if self.sent_of[i] != sent or self.in_quote[i] >= 0 or i in self.opener_toks:
                break
            t = doc[i]
            c = self.c.cue_of(t)
            if c is not None and cue is None:
                cue = c.lemma
            m = self.res.mention(i)
            if m is not None and not self.res.in_complement(m, ("à", "au", "aux")):
                return (m.name, m.kind), cue
            low = t.lower_.lstrip("-").removeprefix("t-")
            if low in ("il", "elle"):
                return self.res.resolve_pronoun(t), cue
        return None

    def opens_sentence(self, k: int) -> bool:
        """Whether token ``k`` opens its sentence (after a conjunction or an adverb at most:
        ``Mais pour lui, « … »``)."""
        doc = self.doc
        start = self.sent_start.get(self.sent_of[k], k)
        j = start
        while j < k and (doc[j].is_space or doc[j].text in DASHES):
            j += 1
        while j < k and j - start < 3 and (doc[j].pos_ in ("CCONJ", "ADV") or doc[j].text == ","):
            j += 1
        return j == k

    def colon_before(self, o: int) -> bool:
        k = o - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        return k >= 0 and self.doc[k].text == ":"

    def before(self, o: int) -> tuple[Speaker | None, str | None] | None:
        """A cue before the quote opening at token ``o``, in the same sentence."""
        doc = self.doc
        sent = self.sent_of[o]
        k = o - 1
        gap: list[Token] = []
        while k >= 0 and o - k <= 25:
            t = doc[k]
            if self.in_quote[k] >= 0 or k in self.closer_toks or "\n" in t.text:
                break
            if self.sent_of[k] != sent and t.text in SENT_END:
                break
            if _fold(t.text) in self.c.intro_first and (
                _fold(t.text) != "pour" or self.opens_sentence(k)
            ):
                mi = self.match_introducer(k)
                # "À en croire X, responsable de …, « … »": the introducer's own words do not
                # count in the gap before a quote that opens after a comma
                near = len(gap) <= 12 or (
                    mi is not None and o - mi[2] <= 12 and doc[o - 1].text in (",", ":")
                )
                got = self.introducer_at(k) if near else None
                if got is not None:
                    return got
            cue = self.c.cue_of(t)
            if cue is not None and self.in_introducer(k):
                cue = None  # "À en croire X, « … »": the introducer's verb is no cue of its own
            if cue is not None:
                texts = [g.text for g in gap]
                colon = ":" in texts and len(gap) <= 10
                que = bool(texts) and _fold(texts[-1]) in QUE and len(gap) <= 3
                tight = len(gap) <= 2 and all(
                    g.pos_ in ("ADV", "PRON") or g.lower_ in TIME_WORDS for g in gap
                )
                if not (colon or que or tight or self.object_gap(gap, cue)):
                    # "Interrogé sur …, X a balayé l'hypothèse : « … »": a far cue is not the
                    # quote's; the verb of the clause before the colon may be
                    break
                if t.morph.get("VerbForm", []) == ["Part"] and "Pres" in t.morph.get("Tense", []):
                    sp = self.main_subject(t)
                else:
                    sp = self.subject_of(t)
                return sp, cue.lemma
            gap.insert(0, t)
            k -= 1
        # "X a appelé au calme : « … »": the verb of the clause before the colon
        k = o - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0 or doc[k].text != ":":
            return None
        j = k - 1
        while j >= 0 and k - j <= 15 and self.sent_of[j] == sent and self.in_quote[j] < 0:
            if doc[j].pos_ == "VERB" and j not in self.closer_toks:
                sp = self.subject_of(doc[j])
                if sp is not None and sp[0] is not None:
                    return sp, doc[j].lemma_
                return None
            j -= 1
        # "X est formel : « … »", "Le PDG en est convaincu : « … »": the clause's subject
        start = self.sent_start[sent]
        if any(self.in_quote[t] >= 0 or t in self.closer_toks for t in range(start, k)):
            return None
        sp = self.clause_subject(start, k, persons_only=False)
        return (sp, None) if sp is not None and sp[0] is not None else None

    def object_gap(self, gap: list[Token], cue: Cue) -> bool:
        """``X juge le texte « confiscatoire »``, ``X qualifie la mesure de « brutale »``: the
        words between the verb and the quote are its object (a determiner, nouns, adjectives,
        ``de``), so the quoted words are the subject's."""
        if not gap or len(gap) > 7 or not cue.object_quote:
            return False
        if len(gap) == 1 and _fold(gap[0].text) in OF:
            return True  # "X a qualifié de « stupide » la taxe"
        if gap[0].pos_ != "DET" and _fold(gap[0].text) not in OBJECT_DETS:
            return False
        for g in gap[1:]:
            if g.pos_ not in ("NOUN", "ADJ", "PROPN", "DET", "NUM") and _fold(g.text) not in OF:
                return False
        return True

    def clause_subject(self, start: int, end: int, persons_only: bool) -> Speaker | None:
        """The speaker named by the subject of the clause ``doc[start:end]``."""
        doc = self.doc
        for t in doc[start:end]:
            if t.dep_ not in ("nsubj", "nsubj:pass") or not start <= t.head.i < end:
                continue
            if self.in_quote[t.i] >= 0:
                continue
            sp = self.res.subject_speaker(t, t.head)
            if sp is not None and sp[0] is not None:
                if persons_only and sp[1] != PERSON:
                    return None
                return sp
            break
        for k in range(start, min(end, start + 8)):
            m = self.res.mention(k)
            if m is not None and self.in_quote[k] < 0 and not self.res.in_complement(m):
                if m.kind == PERSON or not persons_only:
                    return m.name, m.kind
                return None
        return self.name_opening(start, end)

    def name_opening(self, start: int, end: int) -> Speaker | None:
        """``Arnaud Delcourt (Vallorès) :``, ``Claire Dubois, PDG de Solvane :``: a clause
        opening with a first name and capitalised words is that person, even when the entity
        recogniser missed the name."""
        doc = self.doc
        while start < end and (doc[start].is_space or doc[start].text in DASHES):
            start += 1
        if start >= end or self.c.first_names.get(doc[start].text) not in ("m", "f"):
            return None
        k = start + 1
        while k < end and k - start < 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        if k == start + 1 or (k < end and doc[k].text not in ("(", ",", ":")):
            return None
        return doc[start:k].text, PERSON

    def previous_subject(self, o: int) -> Speaker | None:
        """A quote with no cue opening its sentence belongs to the subject of the sentence just
        before (``Jean Dupont se montre optimiste. « … »``; ``X est formel :`` + new paragraph).
        """
        doc = self.doc
        sent = self.sent_of[o]
        start = self.sent_start.get(sent, o)
        if any(not (doc[t].is_space or doc[t].text in DASHES) for t in range(start, o)):
            return None
        if sent == 0 or sent - 1 not in self.sent_start:
            return None
        p_start, p_end = self.sent_start[sent - 1], self.sent_end[sent - 1]
        last = p_end - 1
        while last > p_start and doc[last].is_space:
            last -= 1
        colon = doc[last].text == ":"
        if any(self.in_quote[t] >= 0 for t in range(p_start, p_end)) and not colon:
            return None  # the sentence before is itself a quote: the last speaker rule applies
        return self.clause_subject(p_start, last + 1, persons_only=not colon)

    # -- introducers -------------------------------------------------------------------------
    def match_introducer(self, k: int) -> tuple[str, dict[str, Any], int] | None:
        """The introducer (``selon``, ``d'après``, ``aux yeux de``…) starting at token ``k``:
        its key, its settings and the index of the token after it."""
        keys = self.c.intro_first.get(self.folds[k])  # _fold(doc[k].text)
        if not keys:
            return None
        start = self.starts[k]  # doc[k].idx
        for key in keys:
            seg = _fold(_SPACES.sub(" ", self.text[start : start + len(key) + 8]))
            if not seg.startswith(key):
                continue
            after = seg[len(key) : len(key) + 1]
            if after and (after.isalnum() or after == "-"):
                continue
            j = self.tok_at(start + len(key) - 1) + 1
            return key, self.c.introducers[key], j
        return None

    def voices_opinions(self, name: str, info: dict[str, Any]) -> bool:
        """Whether an organisation after ``pour`` gives an opinion (``Pour la FNPL, …``): a body
        named as one (fédération, syndicat, institut…) or of a kind other than a company."""
        words = " " + " ".join(re.findall(r"[\w-]+", _fold(name))) + " "
        if any(f" {_fold(w)} " in words for w in info.get("orgs_named") or []):
            return True
        return bool(self.res.name_kinds(name))

    def in_introducer(self, k: int) -> bool:
        """Whether token ``k`` is a word of a multi-word introducer after its first one."""
        for b in range(max(0, k - 3), k):
            if _fold(self.doc[b].text) in self.c.intro_first:
                mi = self.match_introducer(b)
                if mi is not None and mi[2] > k:
                    return True
        return False

    def introducer_at(self, k: int) -> tuple[Speaker | None, str] | None:
        """``selon X`` / ``d'après X`` / ``pour X`` at token ``k``: the speaker and the cue."""
        doc = self.doc
        got = self.match_introducer(k)
        if got is None:
            return None
        low, info, j = got
        low = str(info.get("cue", low))  # "a en croire" is reported as "à en croire"
        end = j
        while end < len(doc) and end - j < 12 and not self.is_stop(end) and doc[end].text != ",":
            end += 1
        if end == j:
            return None
        words = [_fold(t.text) for t in doc[j:end]]
        for pat in self.c.not_after:
            if words[: len(pat)] == pat:
                return None
        head = doc[j]
        if _fold(head.text) in QUE:
            return None
        sp: Speaker | None
        if head.lower_ in ("lui", "elle", "eux", "elles"):
            sp = self.res.resolve_pronoun(head) if head.lower_ in PRONOUNS_M | PRONOUNS_F else None
            if sp is None:
                sp = (None, None)
        else:
            sp = self.res.resolve_np(j, end, k)
        if sp is None:
            nouns = [t for t in doc[j:end] if t.pos_ in ("NOUN", "PROPN")]
            if nouns and _fold(nouns[0].text) in self.c.documents and not info.get("person_only"):
                return (None, None), low
            if nouns and nouns[0].pos_ == "PROPN" and not info.get("person_only"):
                return (doc[j:end].text, None), low
            return None
        if (
            info.get("person_only")
            and sp[1] != PERSON
            and not (sp[1] is None and sp[0])
            and not (
                sp[1] == ORG
                and sp[0]
                and (
                    self.voices_opinions(sp[0], info)
                    # "Pour l'association Foodwatch": the body is named as one before its name
                    or self.voices_opinions(doc[j:end].text, info)
                )
            )
        ):
            return None
        return sp, low

    # -- indirect quotes ---------------------------------------------------------------------
    def clause_end(self, start: int) -> int:
        """End (exclusive) of the sentence holding token ``start``, trailing punctuation off."""
        s = self.sent_of[start]
        end = self.sent_end[s]
        while end > start and (
            self.doc[end - 1].text in _TRAILING or not self.doc[end - 1].text.strip()
        ):
            end -= 1
        return end

    def skip_dateline(self, start: int, end: int) -> int:
        """``ABIDJAN – Les planteurs …``, ``PARIS (AFP) - …``: the dateline is no quote."""
        doc = self.doc
        k = start
        # "Madrid – …" (title case) only at the start of a paragraph
        para = start == 0 or "\n" in doc[start - 1].text or doc[start - 1].is_space
        while (
            k < end
            and k - start < 6
            and (
                doc[k].text.isupper()
                or (para and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN")
                or doc[k].text in ("(", ")")
                or doc[k].is_space
            )
        ):
            k += 1
        if (
            k > start
            and k < end
            and doc[k].text in DASHES
            and (doc[start].text.isupper() or (para and doc[start].text[:1].isupper()))
        ):
            return k + 1
        return start

    def add_indirect(self, start: int, end: int, sp: Speaker | None, cue: str, ftok: int) -> None:
        start = self.skip_dateline(start, end)
        while start < end and (self.doc[start].text in DASHES or self.doc[start].is_space):
            start += 1  # an interview answer: "— Nous visons …, répond X."
        if end <= start:
            return
        toks = self.doc[start:end]
        if sum(1 for t in toks if t.is_alpha) < 2:
            return
        text = _MARKS.sub("", toks.text)
        text = _SPACES.sub(" ", text).strip().strip(_TRAILING).strip()
        if not text:
            return
        s_char = toks[0].idx
        e_char = toks[-1].idx + len(toks[-1].text)
        self.found.append(Found(s_char, e_char, text, "indirect", sp, cue, ftok))
        if sp is not None:
            self.res.add_speaker(ftok, sp[0], sp[1])

    def add_indirect_parts(
        self, parts: list[tuple[int, int]], sp: Speaker | None, cue: str, ftok: int
    ) -> None:
        """An indirect quote around an incise: token ranges joined by a space."""
        parts = [(a, b) for a, b in parts if b > a]
        if parts:
            parts[0] = (self.skip_dateline(parts[0][0], parts[0][1]), parts[0][1])
        while parts and (self.doc[parts[0][0]].text in DASHES or self.doc[parts[0][0]].is_space):
            parts[0] = (parts[0][0] + 1, parts[0][1])
            parts = [(a, b) for a, b in parts if b > a]
        if not parts:
            return
        toks = [t for a, b in parts for t in self.doc[a:b]]
        if sum(1 for t in toks if t.is_alpha) < 3:
            return
        text = " ".join(self.doc[a:b].text for a, b in parts)
        text = _MARKS.sub("", text)
        text = _SPACES.sub(" ", text).strip().strip(_TRAILING).strip()
        if not text:
            return
        s_char = self.doc[parts[0][0]].idx
        last = self.doc[parts[-1][1] - 1]
        self.found.append(Found(s_char, last.idx + len(last.text), text, "indirect", sp, cue, ftok))
        if sp is not None:
            self.res.add_speaker(ftok, sp[0], sp[1])

    def _indirect_points(self) -> list[int]:
        """The tokens where :meth:`indirect` can do anything, in order: the first word of an
        introducer, a form of a speech verb or a verb with a speech-verb lemma (a superset of
        where ``cue_of`` finds a cue), and the token after each quote opener, where a full scan
        handles the direct quotes opened before it."""
        c = self.c
        strings = self.doc.vocab.strings
        n = len(self.words)
        points = {o + 1 for o in self.open_tok if o + 1 < n}
        points.update(i for i, low in enumerate(self.folds) if low in c.cue_starts)
        points.update(
            i
            for i, p in enumerate(self.pos)
            if p in _VERB_POS and strings[self.lemma_ids[i]] in c.lemmas
        )
        return sorted(points)

    def indirect(self) -> None:
        doc = self.doc
        n = len(doc)
        marks = self.open_tok
        # the other tokens would only be skipped: visit the points where something can happen
        for i in self._indirect_points():
            tok = doc[i]
            if self._next_mark < len(marks) and marks[self._next_mark] < i:
                self.direct_upto(i)
            if self.in_quote[i] >= 0:
                continue
            low = self.folds[i]  # _fold(tok.text)
            if low in self.c.intro_first and self.match_introducer(i) is not None:
                self.introduced(i)
                continue
            cue = self.c.cue_of(tok)
            if cue is None or (cue.direct_only and not cue.que_clause):
                continue
            # X le reconnaît : <clause>.  /  Il a précisé : <clause>.
            if not cue.direct_only and self.colon_clause(i):
                continue
            # X a affirmé que … / …, affirmant que …
            que = -1
            j = i + 1
            # the word arrays first: a Token only where the part of speech or parse is read
            while j < n and j - i <= 10:
                if self.is_stop(j) or self.in_quote[j] >= 0 or self.words[j] == ":":
                    break
                if self.folds[j] in QUE:
                    t, prev = doc[j], doc[j - 1]
                    # "a assuré devant les députés que …": a noun under a preposition is no
                    # antecedent of a relative "que"
                    relative = (
                        t.pos_ == "PRON"
                        and prev.pos_ == "NOUN"
                        and _fold(prev.text) not in TIME_WORDS  # a averti mardi qu'elle …
                        and not (
                            prev.dep_.startswith("obl")
                            and any(c.dep_ == "case" for c in prev.children)
                        )
                    )
                    if (
                        _fold(prev.text) not in NOT_COMPLEMENTIZER
                        and not relative
                        and not self.comparative(i + 1, j)
                    ):
                        que = j
                    break
                if (
                    self.words[j].lower() in ("qui", "dont", "lequel", "laquelle")  # tok.lower_
                    and self.words[j - 1] == ","
                ):
                    break  # "a martelé le dirigeant, qui a rappelé que": the relative's own cue
                if j > i + 1 and self.pos[j] == VERB and "Fin" in doc[j].morph.get("VerbForm", []):
                    break  # (the part of speech first: reading the morphology is dearer)
                j += 1
            if que >= 0:
                start = que + 1
                if start < n and (start in self.opener_toks or self.in_quote[start] >= 0):
                    continue  # X juge que « … »: a direct quote
                end = self.clause_end(start)
                form = tok.morph.get("VerbForm", [])
                is_part = "Part" in form and "Pres" in tok.morph.get("Tense", [])
                if is_part or low.endswith("ant"):
                    sp = self.main_subject(tok)
                else:
                    sp = self.subject_of(tok)
                if sp is None and (cue.weak or cue.direct_only):
                    continue
                if sp is not None and sp == (None, None) and (cue.weak or cue.direct_only):
                    continue
                self.add_indirect(start, end, sp, cue.lemma, i)
                continue
            if cue.direct_only:
                continue  # demander: a quote cue only before its "que" clause
            # <clause>, estime X.  /  <clause>, estime X, <clause>.
            comma = i - 1
            while comma >= 0 and i - comma <= 4 and doc[comma].text != ",":
                t = doc[comma]
                if not (
                    t.lower_ in AUX_FORMS
                    or t.text in ("-t", "-t-")
                    or HYPHEN_PRON.match(t.text)
                    or _fold(t.text) in REFLEXIVE | OBJECT_CLITICS
                    or (comma == i - 1 and _fold(t.text) in cue.after)
                ):
                    break  # ", a-t-elle martelé", ", s'est-il félicité", ", a fait savoir"
                comma -= 1
            if comma >= 0 and doc[comma].text == ",":
                if (
                    comma > 0
                    and doc[comma - 1].i in self.closer_toks
                    and not self.fragment_before(comma)
                ):
                    continue  # « … », a-t-il dit: the direct quote's incise
                hit = self.inverted(comma + 1, n)
                if hit is None:
                    continue
                c, verb, sp, end = hit
                if verb.i != i or sp is None:
                    continue  # no inverted subject: "X, a prévenu : …" is not an incise
                if (
                    verb.morph.get("VerbForm", []) == ["Part"]
                    and "Past" in verb.morph.get("Tense", [])
                    and doc[verb.i - 1].lower_ not in AUX_FORMS
                    and not any(
                        HYPHEN_PRON.match(t.text) for t in doc[max(0, verb.i - 2) : verb.i + 3]
                    )
                ):
                    continue  # "Le projet, révélé par Les Echos, …": a passive participle
                s = self.sent_of[comma]
                rest_end = self.clause_end(end + 1) if end + 1 < n else end + 1
                clause_after = (
                    end < n
                    and doc[end].text == ","
                    and self.sent_of[end] == s
                    and any(
                        doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm", [])
                        for k in range(end + 1, rest_end)
                    )
                )
                ends = end >= n or doc[end].text in SENT_END or "\n" in doc[end].text
                if not ends and doc[end].text != ",":
                    # "…, a-t-elle martelé devant les analystes jeudi dernier.": adjuncts (no
                    # verb, no clause) may follow the incise to the end of the sentence
                    k2 = end
                    while k2 < n and k2 - end < 10 and not self.is_stop(k2) and doc[k2].text != ",":
                        if "Fin" in doc[k2].morph.get("VerbForm", []) or _fold(doc[k2].text) in QUE:
                            break
                        k2 += 1
                    if k2 < n and not (doc[k2].text in SENT_END or "\n" in doc[k2].text):
                        continue
                    end = k2
                    ends = True
                sstart = self.sent_start[s]
                while sstart < comma and (doc[sstart].is_space or doc[sstart].text in _TRAILING):
                    sstart += 1
                if any(self.in_quote[k] >= 0 for k in range(sstart, comma)) and not (
                    self.fragment_before(comma)
                ):
                    continue
                if clause_after:
                    # "Le marché, estime X, va croître": the sentence around the incise, when
                    # the rest is a clause of its own (a finite verb) and has no quote marks
                    rest = range(end + 1, rest_end)
                    if (
                        comma <= sstart
                        or any(self.in_quote[k] >= 0 or k in self.opener_toks for k in rest)
                        or self.subject_with_aside(sstart, comma)
                    ):
                        continue
                    self.add_indirect_parts([(sstart, comma), (end + 1, rest_end)], sp, c.lemma, i)
                    continue
                sstart = self.skip_dateline(sstart, comma)
                if comma - sstart < 4 or self.subject_with_aside(sstart, comma):
                    continue
                self.add_indirect(sstart, comma, sp, c.lemma, i)

    def subject_with_aside(self, start: int, comma: int) -> bool:
        """Whether ``start..comma`` is a noun phrase with an aside set off by a comma and no
        finite verb of its own (``Le Comité Champagne, qui réunit vignerons et maisons, a
        tempéré ce diagnostic``; ``Le premier groupe du Brésil, Rede D'Or, a annoncé le
        rachat``): the subject of the verb after it, not a quote before an incise."""
        doc = self.doc
        if not any(doc[k].text == "," for k in range(start, comma)):
            return False
        for k in range(start, comma):
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []):
                v = t if t.pos_ == "VERB" else t.head
                if not v.dep_.startswith("acl") and not any(
                    c.dep_.startswith("nsubj") and c.lower_ in ("qui", "dont", "que", "qu'")
                    for c in v.children
                ):
                    return False
        return True

    def comparative(self, start: int, que: int) -> bool:
        """Whether the ``que`` at ``que`` ends a comparison (``meilleur qu'attendu``, ``plus
        élevé que prévu``, ``moins que l'an dernier``): never a content clause."""
        doc = self.doc
        words = [_fold(doc[k].text) for k in range(max(start, que - 3), que)]
        if any(w in COMPARATIVES for w in words):
            return True
        return (
            que - 2 >= start
            and words[-2:-1] in (["plus"], ["moins"], ["aussi"])
            and (
                doc[que - 1].pos_ in ("ADJ", "ADV")
                and _fold(doc[que - 1].text) not in ("tard", "tôt")
            )
        )

    def fragment_before(self, comma: int) -> bool:
        """Whether the sentence before ``comma`` is the reporter's clause with a quoted fragment
        (``Ce dérapage est « préoccupant », estime la Cour``): an indirect quote, not the incise
        of a direct one."""
        doc = self.doc
        start = self.sent_start.get(self.sent_of[comma], comma)
        while start < comma and (doc[start].is_space or doc[start].text in _TRAILING):
            start += 1
        toks = range(start, comma)
        openers = [k for k in toks if k in self.opener_toks]
        if not openers or start in self.opener_toks:
            return False
        before = sum(1 for k in range(start, openers[0]) if doc[k].is_alpha)
        quoted = sum(1 for k in toks if self.in_quote[k] >= 0)
        return before >= 2 and 2 * quoted < len(toks)

    def colon_clause(self, i: int) -> bool:
        """``Loïc Cantin le reconnaît : le marché a touché le fond.``: a speech verb, a colon
        and a clause of its own (a finite verb, no quote marks) up to the end of the sentence."""
        doc = self.doc
        n = len(doc)
        tok = doc[i]
        j = i + 1
        while j < n and j - i <= 3 and (doc[j].lower_ in TIME_WORDS or doc[j].pos_ == "ADV"):
            j += 1
        if j + 1 >= n or doc[j].text != ":" or self.in_quote[j + 1] >= 0:
            return False
        start = j + 1
        while start < n and doc[start].is_space:
            start += 1
        if start >= n or start in self.opener_toks or self.sent_of[start] != self.sent_of[i]:
            return False
        end = self.clause_end(start)
        span = range(start, end)
        if any(self.in_quote[k] >= 0 or k in self.opener_toks for k in span):
            return False
        if not any(
            "Fin" in doc[k].morph.get("VerbForm", []) and doc[k].pos_ in ("VERB", "AUX")
            for k in span
        ):
            return False
        cue = self.c.cue_of(tok)
        sp = self.subject_of(tok)
        if cue is None or sp is None or (sp == (None, None) and cue.weak):
            return False
        self.add_indirect(start, end, sp, cue.lemma, i)
        return True

    def introduced(self, k: int) -> None:
        """``selon X, <clause>`` / ``<clause>, selon X.`` / ``Pour X, <clause>``."""
        doc = self.doc
        intro = self.match_introducer(k)
        if intro is None:
            return
        info = intro[1]
        s = self.sent_of[k]
        sstart = self.sent_start[s]
        while sstart < k and (doc[sstart].is_space or doc[sstart].text in _TRAILING):
            sstart += 1
        lead = sstart
        # "Mais selon lui, …", "Et, d'après elle, …": a conjunction or adverb may come first
        while (
            lead < k
            and lead - sstart < 3
            and (doc[lead].pos_ in ("CCONJ", "ADV") or doc[lead].text == ",")
        ):
            lead += 1
        at_start = lead == k
        if info.get("sentence_start_only") and sstart != k:
            return
        got = self.introducer_at(k)
        if got is None:
            return
        sp, cue = got
        j = intro[2]
        while j < len(doc) and not self.is_stop(j) and doc[j].text != ",":
            j += 1
        if (
            not at_start
            and k - 1 > sstart
            and doc[k - 1].text == ","
            and j < len(doc)
            and doc[j].text == ","
        ):
            # "La croissance, selon lui, va ralentir": the sentence around the incise
            if (
                lead < k
                and _fold(doc[lead].text) in self.c.intro_first
                and self.match_introducer(lead) is not None
                and self.introducer_at(lead) is not None
            ):
                return  # "Pour X, …, selon elle, …": the sentence's own introducer holds it
            if any(
                self.in_quote[t] >= 0 or t in self.opener_toks or t in self.closer_toks
                for t in range(sstart, self.sent_end[s])
            ):
                return
            end = self.clause_end(j + 1)
            if end <= j + 1 or k - 1 - sstart < 2:
                return
            self.add_indirect_parts([(sstart, k - 1), (j + 1, end)], sp, cue, k)
            return
        if at_start:
            if j >= len(doc) or doc[j].text != ",":
                return
            start = self.skip_apposition(j + 1)
            if start < len(doc) and (start in self.opener_toks):
                return  # « Selon X, « … » » is the direct quote's cue
            self.add_indirect(start, self.clause_end(start), sp, cue, k)
        elif k > sstart and doc[k - 1].text == "," and (j >= len(doc) or doc[j].text != ","):
            if any(self.in_quote[t] >= 0 or t in self.closer_toks for t in range(sstart, k)):
                return
            self.add_indirect(sstart, k - 1, sp, cue, k)

    def skip_apposition(self, start: int) -> int:
        """After ``Selon X,``: skip an apposition to X (``économiste chez Natixis,``,
        ``Florent Menegaux,``) when a clause with a finite verb follows it."""
        doc = self.doc
        n = len(doc)
        if start >= n:
            return start
        k = start
        relative = doc[start].lower_ in ("qui", "dont")  # ", qui a requis l'anonymat,"
        while k < n and k - start < (14 if relative else 10) and not self.is_stop(k):
            if doc[k].text == ",":
                break
            if "Fin" in doc[k].morph.get("VerbForm", []) and not relative:
                return start
            k += 1
        if k >= n or doc[k].text != "," or k == start:
            return start
        first = doc[start + 1] if doc[start].pos_ == "DET" and start + 1 < k else doc[start]
        apposed = self.res.mention(start) is not None or first.lower_ in self.c.descriptions
        # "…, 84 ans, …": an age
        apposed = apposed or relative or (first.like_num and _fold(doc[start + 1].text) == "ans")
        if not apposed:
            return start
        end = self.clause_end(k + 1) if k + 1 < n else k + 1
        if any("Fin" in doc[t].morph.get("VerbForm", []) for t in range(k + 1, end)):
            return k + 1
        return start

    def interview_answers(self) -> None:
        """``Arnaud Delcourt. – J'ai entendu …``: the paragraph is the named person's answer (a
        question put by a newspaper or a journalist is no one's quote)."""
        doc = self.doc
        for ns, ne, a, b in self.answers:
            if ns < 0:
                continue
            m = next((self.res.mention(k) for k in range(ns, ne) if self.res.mention(k)), None)
            sp: Speaker
            if m is not None and m.kind == PERSON:
                sp = (m.name, PERSON)
            elif m is None and self.c.first_names.get(doc[ns].text) in ("m", "f"):
                sp = (doc[ns:ne].text.rstrip("."), PERSON)
            else:
                continue
            text = _SPACES.sub(" ", doc[a:b].text).strip()
            if sum(1 for t in doc[a:b] if t.is_alpha) < 3:
                continue
            self.found.append(
                Found(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), text, "direct", sp, None, a)
            )
            self.res.add_speaker(a, sp[0], sp[1])

    def dash_answers(self) -> None:
        """``– Nous avons …`` after a question: the interviewee's answer, the interviewee being
        the last person quoted before it (the title's speaker, the previous answer's)."""
        doc = self.doc
        for ns, _ne, a, b in self.answers:
            if ns >= 0:
                continue
            best = max(
                ((at, m) for at, m in self.res.speakers if at < a and m.kind == PERSON),
                key=lambda x: x[0],
                default=None,
            )
            if best is None:
                continue
            sp: Speaker = (best[1].name, PERSON)
            text = _SPACES.sub(" ", doc[a:b].text).strip()
            end = doc[b - 1].idx + len(doc[b - 1])
            self.found.append(Found(doc[a].idx, end, text, "direct", sp, None, a))
            self.res.add_speaker(a, sp[0], sp[1])

    def is_fragment(self, d: Found, f: Found) -> bool:
        """Whether the direct quote ``d`` is a partial quotation inside the reported clause ``f``
        (``Selon elle, ce contrat « sécurise … »``): the clause starts with words of its own."""
        if not (f.start < d.start and d.end <= f.end + 2):
            return False
        return len(re.findall(r"[^\W\d_]{2,}", self.text[f.start : d.start])) >= 2

    # -- all ---------------------------------------------------------------------------------
    def run(self) -> list[Span]:
        self.interview_answers()
        self.indirect()
        self.direct_upto(len(self.doc) + 1)
        self.dash_answers()
        indirect = [f for f in self.found if f.kind == "indirect"]
        self.found = [
            f
            for f in self.found
            if f.kind == "indirect"
            or f.cue is not None
            or not any(i.start <= f.start and f.end <= i.end for i in indirect)
        ]
        direct = [f for f in self.found if f.kind == "direct"]
        kept: list[Found] = []
        for f in sorted(self.found, key=lambda f: (f.start, f.kind != "direct")):
            if f.kind == "indirect":
                length = max(1, f.end - f.start)
                if any(
                    min(f.end, d.end) - max(f.start, d.start) > 0.5 * length
                    and not self.is_fragment(d, f)
                    for d in direct
                ):
                    continue
                if any(k.start == f.start and k.end == f.end for k in kept):
                    continue
            kept.append(f)
        spans: list[Span] = []
        for f in kept:
            span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            span._.quote = speaker_dict(f.text, f.kind, f.speaker, f.cue)
            spans.append(span)
        return spans


@Language.factory("fr_quotes", assigns=["doc.spans"])
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)
