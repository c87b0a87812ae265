"""What a mention's context says about it: the evidence the label rules weigh.

The fields of a :class:`NameMention` (:func:`features`, :func:`gather_evidence`): a gazetteer
entry, a legal suffix, a cue noun before it ("la start-up X"), a product cue ("le cidre X"), a
listed first name, an organisation's context (subject of a corporate-action verb, "chez X", "le
rachat de X"); and the tests the rules call: a government portfolio ("ministre des Armées"), an
acronym after a determiner ("l'AGS"), a counted product ("20 Rafale"), a role in apposition
("X, directeur général"), a sentence-opening participle ("Interrogé par…"), a common-noun acronym
("prêt garanti par l'État (PGE)"), a family ("la famille Agnelli"), a union's branch ("FO
Métaux"), a body that represents its members ("le Leem, qui représente…").
"""

from __future__ import annotations

import re

from spacy.symbols import ADJ, ADV, AUX, NUM, PRON, VERB
from spacy.tokens import Doc, Span

from pipeline.components.entities.lexicon import EntityLexicon
from pipeline.components.entities.mentions import NameMention
from pipeline.components.entities.names import (
    boundary,
    is_cap,
    lower_key,
    norm,
    tail_len,
    tok_lower,
)
from pipeline.components.entities.person_names import elided_initial
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import (
    ARTICLES,
    DE,
    DEMONYM,
    DETS,
    HEAD_PREPS,
    PARTICIPLE,
    ROMAN,
    after_share_noun,
)

_BODY_VERBS = {  # "le Leem, qui représente les entreprises du médicament"
    "représente", "représenter", "regroupe", "regrouper", "fédère", "fédérer", "rassemble",
    "rassembler", "défend", "défendre",
}  # fmt: skip

_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "notre"}


_PARTICIPLE_NEXT = {"par", ",", "sur", "à", "au", "lors", "après", "hier", "mardi", "lundi"}


def _preceded_by(v: ArticleView, start: int, ends: set[int]) -> bool:
    """A cue ending at ``ends`` precedes ``start`` (possibly with adjectives between, or an
    adjective of place the tagger took for a name: "la medtech [lyonnaise] X")."""
    j = start
    for _ in range(4):
        if j in ends:
            return True
        if j - 1 >= 0 and (v.lower_adjective(j - 1) or _place_adjective(v, j - 1)):
            j -= 1
        else:
            return False
    return False


def _place_adjective(v: ArticleView, i: int) -> bool:
    """A lower-case adjective of place, whatever its tag: a listed nationality ("ivoirien")
    or the shape of one ("lyonnaise", "ontarien", "nantaise")."""
    text = v.texts[i]
    return (
        text.isalpha()
        and text.islower()
        and (lower_key(text) in v.lex.nationalities or bool(DEMONYM.search(text)))
    )


def features(
    v: ArticleView,
    m: NameMention,
    cue_ends: set[int],
    product_ends: set[int],
    appos: set[int],
) -> None:
    """The evidence of ``m`` from its text and context: its gazetteer entry, a suffix (not its
    only word: "Vy Fund III" has one, "SA" alone none), a listed first name opening it, a cue
    noun before it (maybe with adjectives: "la start-up française X") or an appositive cue
    after it ("X, la start-up…"), a product cue before it, an organisation's context."""
    lex = v.lex
    doc = v.doc
    text = norm(v.stext(m.start, m.end))
    words = text.split()
    hit = lex.gaz_by_form.get(text)
    if hit is not None:
        m.gaz, m.gaz_ambiguous = hit
    if len(words) >= 2:
        body = words[:-1] if words[-1] in ROMAN else words
        n_sfx = tail_len(body, lex.suffix_words)
        m.suffix = 0 < n_sfx < len(body)
    # "Marc-André Tremblay": a compound first name whose parts are listed first names
    m.first_name = len(words) >= 2 and (
        words[0].casefold() in lex.first_names
        or ("-" in words[0] and all(p.casefold() in lex.first_names for p in words[0].split("-")))
    )
    m.cue = _preceded_by(v, m.start, cue_ends) or (
        m.end in appos
        and not v.is_place(m.start, m.end)
        and not (m.end - m.start == 1 and participle(doc, m.start))
    )
    m.product = _preceded_by(v, m.start, product_ends)
    m.org_ctx = org_context(v, doc[m.start : m.end])


def portfolio(v: ArticleView, start: int) -> bool:
    """A name right after "ministre de/des/du", "secrétaire d'État chargé du", "ministère
    de": a government portfolio ("ministre des Armées"), not an organisation (read from the
    per-document lower-case forms, texts and POS ids, not Tokens)."""
    low = v.low
    i = start - 1
    if i >= 0 and low[i] in ARTICLES:
        i -= 1
    if i < 1 or low[i] not in DE:
        return False
    head = low[i - 1]
    if i >= 2 and v.lower_adjective(i - 1):
        head = low[i - 2]  # "ministère [néerlandais] des Infrastructures"
        if head in {"délégué", "déléguée"}:
            return False  # "déléguée générale de France Renouvelables": a role, no portfolio
    return head in {"ministre", "ministère", "chargé", "chargée", "délégué", "déléguée"}


def det_acronym(v: ArticleView, start: int, end: int) -> bool:
    """A one-token acronym after a determiner ("l'AGS", "la CGT", "au Medef" is not: only
    all-capital forms), not a business common noun ("le PSE", "l'Ebitda") nor a place."""
    lex = v.lex
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
        or text.casefold() in lex.acronym_stoplist
        or lower_key(text) in lex.stoplist
        or lower_key(text) in lex.places
    ):
        return False
    prev = v.low[start - 1]
    if prev in {"l'", "la", "le", "les", "du", "au", "aux"}:
        return True
    return prev in {"de", "à"} and start >= 2 and v.low[start - 2] in {"de", "à"}


def counted(doc: Doc, i: int) -> bool:
    """A name right after a count ("20 Rafale", "3 000 Clio"), not after a year ("en 2019
    Renault…") nor a percentage ("30 % Renault")."""
    if i == 0:
        return False
    prev = doc[i - 1].text.replace("\u00a0", "").replace("\u202f", "")
    if not prev.isdigit():
        return False
    return not (len(prev) == 4 and 1900 <= int(prev) <= 2100)


def quantity(v: ArticleView, i: int) -> bool:
    """A number token followed by a unit, a percentage or a scale: "30 %", "2,5 millions"."""
    doc = v.doc
    tok = doc[i]
    if not any(c.isdigit() for c in tok.text) or not tok.like_num:
        return False
    j = i + 1
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1  # "30\u00a0%"
    if "," in tok.text or j >= len(doc):
        return True
    return tok_lower(doc[j]) in v.lex.quantity_words


def role_apposition(v: ArticleView, start: int, end: int) -> bool:
    """A name of two or three capitalised words followed by ", <role>" or "(<role>": a
    person ("Aditya Mittal, directeur général du groupe", "Léa Martin (PDG de X)"); or after
    ", <possessive> <role>," ("…, sa présidente, Renata Albuquerque") or a role and its
    complement and a comma (:func:`_role_before`)."""
    if not _person_like_words(v, start, end):
        return False
    if _role_before(v, start):
        return True
    doc = v.doc
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


#: words that may open a role before its determiner ("le premier vice-président")
ROLE_OPENERS = {"premier", "première", "nouveau", "nouvelle", "ancien", "ancienne", "actuel"}
ROLE_OPENERS |= {"actuelle", "second", "seconde", "deuxième", "futur", "future"}
#: at most this many words between a role and the comma before the name it introduces
_ROLE_COMPLEMENT_WORDS = 7


def _role_before(v: ArticleView, start: int) -> bool:
    """The name comes after a role and its complement opening the sentence or after a
    determiner, and a comma: "La ministre wallonne de l'Emploi, Christie Morreale (PS), …",
    "le directeur général de Valorys, Luc Arnaud, …" (the complement has no verb nor other
    punctuation)."""
    if start < 2 or v.texts[start - 1] != ",":
        return False
    for i in range(start - 2, max(-1, start - 2 - _ROLE_COMPLEMENT_WORDS), -1):
        if i in v.role_starts:
            while i > 0 and v.low[i - 1] in ROLE_OPENERS:
                i -= 1  # "le premier vice-président de X, Tapé Do Lucien"
            return i == 0 or v.bound(i) or v.low[i - 1] in {"le", "la", "l'", "son", "sa"}
        if v.texts[i] in {",", ";", ":", "(", ")"} or v.bound(i + 1) or v.pos[i] in {VERB, AUX}:
            return False
    return False


def _person_like_words(v: ArticleView, start: int, end: int) -> bool:
    """Two to four title-case words (the hyphen of a compound first name joins two:
    "Marc-André Tremblay"), not four separate ones."""
    doc = v.doc
    words = [
        t
        for t in doc[start:end]
        if not (t.text == "-" and not t.whitespace_ and t.i > start and t.i + 1 < end)
        and not (t.i + 1 < end and elided_initial(doc, t.i))  # "Aminata N'|Diaye"
    ]
    if not 2 <= len(words) <= 4 or not all(t.is_title and t.is_alpha for t in words):
        return False
    return not (len(words) == 4 and end - start == 4)  # four separate words: no person


def _line_start(doc: Doc, i: int) -> bool:
    """``doc[i]`` opens a line (a line break before it), whether or not the parser starts a
    sentence there: the lede after a headline ending on a quote mark ("Nommée en janvier à…")."""
    prev = doc[i - 1] if i > 0 else None
    return prev is not None and ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text))


def participle(doc: Doc, i: int) -> bool:
    """A capitalised participle opening a sentence: "Interrogé par…", "Contactée, la
    direction…", "Sollicités lundi…"."""
    tok = doc[i]
    lemma = str(tok.lemma_).lower()
    return (
        (boundary(doc, i) or _line_start(doc, i))
        and tok.is_title
        and len(tok.text) > 3
        and bool(PARTICIPLE.search(tok.text))
        and lemma != tok_lower(tok)
        and i + 1 < len(doc)
        and (
            # the lemmatizer sees a verb
            (lemma.endswith(("er", "ir", "re")) and tok_lower(doc[i + 1]) in _PARTICIPLE_NEXT)
            # "Diplômée de l'Insa", "Installée à Lyon": an -é(e)(s) form and a complement
            or (
                tok.text.endswith(("é", "ée", "és", "ées"))
                and (
                    tok_lower(doc[i + 1]) in _PARTICIPLE_NEXT | {"de", "d'", "dans", "en"}
                    # "Livrés entre 2027 et 2031, les bus…", "Vendues dès mars, …"
                    or (doc[i + 1].is_lower and doc[i + 1].pos_ == "ADP")
                )
            )
        )
    )


def common_acronym(v: ArticleView, start: int, end: int) -> bool:
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
    first = _spelled_phrase_start(doc, start, "".join(letters).upper())
    if first is None:
        return False
    while first < start and tok_lower(doc[first]) in DETS:
        first += 1
    return doc[first].is_lower and tok_lower(doc[first]) not in v.lex.institution_heads


_SMALL_WORDS = DETS | {"et", "en", "pour", "sur", "par"}  # not spelled by an acronym


def _spelled_phrase_start(doc: Doc, start: int, target: str) -> int | None:
    """The start of the words before the bracket at ``start - 1`` whose initials (small words
    and hyphens skipped) spell ``target``, read backwards over at most ten tokens without
    punctuation; None when they do not."""
    initials = ""
    i = start - 2
    while i >= 0 and start - 2 - i < 10 and len(initials) < len(target):
        tok = doc[i]
        low = tok_lower(tok)
        if tok.is_punct and tok.text not in {"-", "'", "’"}:
            return None
        if tok.is_alpha and low not in _SMALL_WORDS:
            initials = low[0].upper() + initials
        i -= 1
        if initials and not target.endswith(initials):
            return None
    return i + 1 if initials == target else None


def org_context(v: ArticleView, span: Span) -> bool:
    """An organisation's context: the parse says so (:func:`_corporate_action`,
    :func:`_share_move`), the words before it (:func:`_organisation_words_before`) or a
    relative clause after it (:func:`_relative_action`)."""
    return (
        _corporate_action(v, span)
        or _organisation_words_before(v, span.start)
        or _share_move(v, span)
        or _relative_action(v, span.end)
        or _insolvency_apposition(v, span.end)
        or company_clause(v, span.start, span.end)
    )


#: verbs before an infinitive that keep the subject's action: "X va fermer", "X prévoit de
#: supprimer", "X compte recruter"
_MODALS = {
    "aller", "devoir", "pouvoir", "vouloir", "compter", "prévoir", "envisager", "entendre",
    "souhaiter", "projeter", "décider", "annoncer", "continuer", "commencer", "refuser",
}  # fmt: skip
#: words before a name that let it open a clause: "…, X va fermer", "mais X a réuni"
_CLAUSE_OPENERS = {",", ";", ":", "et", "mais", "que", "qu'", "car", "puis", "-", "–", "—"}


def company_clause(v: ArticleView, start: int, end: int) -> bool:
    """A clause that only a company's name opens: the name is the subject of a verb of
    corporate action, maybe after a modal ("Armoric Câbles va fermer…", "Solvane prévoit de
    supprimer…"), or of any verb whose object is a company's possession after a possessive
    ("X a réuni ses salariés", "X cède sa filiale", ``company_possessions.txt``). Read on the
    words, not the parse, which often takes an unknown name for the sentence's root."""
    if not (v.bound(start) or v.low[start - 1] in _CLAUSE_OPENERS):
        return False
    k = _main_verb(v, end)
    if k is None:
        return False
    if str(v.doc[k].lemma_).lower() in v.lex.subject_verbs or v.low[k] in v.lex.subject_forms:
        return True
    return _possession_after(v, k + 1)


def _main_verb(v: ArticleView, end: int) -> int | None:
    """The verb after a name ending at ``end``: past auxiliaries, negation, pronouns and
    adverbs, and through a modal to its infinitive ("va fermer", "prévoit de supprimer")."""
    n = len(v.low)
    k = _skip_verb_words(v, end, n)
    if k >= n or v.pos[k] != VERB:
        return None
    if str(v.doc[k].lemma_).lower() in _MODALS:
        j = _skip_verb_words(v, k + 1, n)
        if j < n and v.low[j] in {"de", "d'"}:
            j = _skip_verb_words(v, j + 1, n)
        if j < n and v.pos[j] == VERB:
            return j
    return k


def _skip_verb_words(v: ArticleView, k: int, n: int) -> int:
    """The first token from ``k`` that is no auxiliary, adverb, pronoun nor negation (at most
    three skipped)."""
    start = k
    while k < n and k - start < 3 and (v.pos[k] in {AUX, ADV, PRON} or v.low[k] in {"ne", "n'"}):
        k += 1
    return k


def _possession_after(v: ArticleView, k: int) -> bool:
    """A possessive and a company's possession within the next words of the clause: "son
    usine", "ses 174 salariés", "sa principale filiale"."""
    n = len(v.low)
    for j in range(k, min(k + 5, n - 1)):
        if v.doc[j].is_punct or v.bound(j):
            return False
        if v.low[j] in _POSSESSIVES:
            nxt = j + 1
            if nxt + 1 < n and (v.pos[nxt] in {NUM, ADJ}):
                nxt += 1
            return v.low[nxt] in v.lex.company_possessions
    return False


#: the insolvency proceedings only a company is placed in: "X, en redressement judiciaire"
_PROCEEDINGS = {"redressement", "liquidation", "sauvegarde", "cessation"}


def _insolvency_apposition(v: ArticleView, end: int) -> bool:
    """An insolvency proceeding in apposition after the name: "Papiers de l'Escaut, en
    redressement judiciaire depuis février, obtient…", "Textilor, placée en liquidation
    judiciaire" (a company's state, never a person's)."""
    low = v.low
    n = len(low)
    if end + 2 >= n or v.texts[end] != ",":
        return False
    k = end + 1
    if low[k] in {"placé", "placée", "placés", "placées", "mis", "mise", "toujours", "déjà"}:
        k += 1
    return k + 1 < n and low[k] == "en" and low[k + 1] in _PROCEEDINGS


def _share_move(v: ArticleView, span: Span) -> bool:
    """A share's move right after the name: a verb of ``share_move_verbs.txt`` (maybe after an
    auxiliary, a pronoun or an adverb) with a percentage within the next words, "Biocentra
    s'est envolé de 14,5 %", "Kerival a bondi de 7 %"; or the move in brackets, as market
    reports write it, "Worldline (+3,1 % à 50,60 euros)"."""
    texts, pos = v.texts, v.pos
    n = len(texts)
    k = span.end
    if k + 2 < n and texts[k] == "(" and texts[k + 1][:1] in {"+", "-", "−", "–"}:
        return any(texts[j] in {"%", "pc"} for j in range(k + 2, min(k + 5, n)))
    while k < n and k - span.end < 3 and pos[k] in {AUX, PRON, ADV}:
        k += 1
    if k >= n or (
        str(v.doc[k].lemma_).lower() not in v.lex.share_move_verbs
        and v.low[k] not in v.lex.share_move_verbs
    ):
        return False
    for j in range(k + 1, min(k + 6, n)):
        if texts[j] in {"%", "pc"}:
            return True
        if v.bound(j):
            return False
    return False


def _relative_action(v: ArticleView, end: int) -> bool:
    """A relative clause of corporate action right after the name: "Robocueil, qui conçoit des
    robots", "Velomia, qui commercialise des vélos" (a verb of ``org_subject_verbs.txt``
    within the three words after "qui")."""
    low = v.low
    n = len(low)
    if end + 2 >= n or v.texts[end] != "," or low[end + 1] != "qui":
        return False
    doc = v.doc
    for k in range(end + 2, min(end + 5, n)):
        if doc[k].is_punct:
            return False
        if v.low[k] in v.lex.subject_forms or (
            v.pos[k] == VERB and str(doc[k].lemma_).lower() in v.lex.subject_verbs
        ):
            return True
    return False


def _corporate_action(v: ArticleView, span: Span) -> bool:
    """The subject of a verb of corporate action ("X recrute", "X a racheté"), or its object
    or complement without a determiner ("investir dans X", not "fondée à Lyon"); a name
    coordinated with an earlier capitalised one reads its context ("dans Pennylane et dans
    Swile")."""
    lex = v.lex
    root = span.root
    if root.dep_ == "conj" and is_cap(root.head) and root.head.i < span.start:
        root = root.head  # "dans Pennylane et dans Swile"
    dep = root.dep_
    head = root.head
    head_lemma = str(head.lemma_).lower()
    if dep.startswith("nsubj") and head_lemma in lex.subject_verbs and head.i != root.i:
        return True
    has_det = any(c.dep_ == "det" for c in root.children)
    cases = {tok_lower(c) for c in root.children if c.dep_ == "case"}
    return (
        dep in {"obj", "obl", "obl:arg", "obl:mod", "nmod"}
        and head_lemma in lex.object_verbs
        and not has_det
        and cases <= {"dans", "chez", "de", "d'"}  # "fondée à Lyon" is a place
    )


def _organisation_words_before(v: ArticleView, s: int) -> bool:
    """The words before ``s`` name an organisation's place: "chez X", "auprès de X", "30 % de
    X" (a stake), "l'action X" (a share), "le rachat de Sobelco par X"
    (:func:`_head_noun_and_preposition`), "la filiale de X" (:func:`_after_head_noun`)."""
    low = v.low
    if s >= 1 and low[s - 1] == "chez":
        return True
    if s >= 2 and low[s - 1] in DE and low[s - 2] == "auprès":
        return True
    if s >= 2 and low[s - 1] in {"de", "d'"} and v.texts[s - 2] in {"%", "pc"}:
        return True  # "il a racheté 30 % de Voltéo" (a stake)
    if after_share_noun(low, s):
        return True  # "l'action Voltéo a cédé 3 %" (a listed company's share)
    if s >= 2 and low[s - 1] in HEAD_PREPS and _head_noun_and_preposition(v, s):
        return True
    return s >= 2 and low[s - 1] in DE | {"dans"} and _after_head_noun(v, s)


def _head_noun_and_preposition(v: ArticleView, s: int) -> bool:
    """A head noun with its preposition before ``s``, within the same clause: "une offre
    (publique d'achat) sur X", "le rachat de Sobelco par X"."""
    doc = v.doc
    prep = v.low[s - 1]
    for i in range(s - 2, max(-1, s - 8), -1):
        tok = doc[i]
        if tok.pos_ in {"VERB", "AUX"} or (tok.is_punct and tok.text not in "'’-"):
            break
        if (tok_lower(tok), prep) in v.lex.head_preps:
            return True
    return False


def _after_head_noun(v: ArticleView, s: int) -> bool:
    """A head noun (its form or lemma), maybe with an article, before "de"/"dans" + ``s``:
    "la filiale de X", "une participation dans X"."""
    doc = v.doc
    head_nouns = v.lex.head_nouns
    prev = doc[s - 2]
    if tok_lower(prev) in head_nouns or str(prev.lemma_).lower() in head_nouns:
        return True
    return s >= 3 and tok_lower(prev) in ARTICLES and tok_lower(doc[s - 3]) in head_nouns


def family(doc: Doc, m: NameMention) -> bool:
    """A surname standing for a family: "la famille Agnelli", "les Peugeot" (a plural
    article before a one-word name the model calls a person)."""
    if m.start == 0 or m.end - m.start != 1:
        return False
    prev = tok_lower(doc[m.start - 1])
    if prev in {"famille", "familles", "clan", "dynastie"}:
        return True
    return prev == "les" and m.label == "PER" and doc[m.start].is_title


def union_branch(lex: EntityLexicon, words: list[str]) -> bool:
    """A union's acronym then capitalised sector words: "CFDT Construction Bois du
    Limousin", "FO Métaux", "CGT Atos"."""
    hit = lex.gaz_by_form.get(words[0])
    if hit is None or hit[1] or lex.gaz_entries[hit[0]].get("type") != "union":
        return False
    return words[1][:1].isupper()


def relative_body(v: ArticleView, start: int, end: int) -> bool:
    """A one-word name after a determiner, then ", qui représente / regroupe / fédère": a
    body speaking for its members ("le Leem, qui représente les entreprises du médicament"),
    not a place (a place is not said to represent anyone)."""
    doc = v.doc
    if start == 0 or v.low[start - 1] not in {"le", "la", "l'"}:
        return False
    if end + 2 >= len(doc) or doc[end].text != "," or v.low[end + 1] != "qui":
        return False
    verb = doc[end + 2]
    if not (str(verb.lemma_).lower() in _BODY_VERBS or tok_lower(verb) in _BODY_VERBS):
        return False
    if end + 3 < len(doc) and (doc[end + 3].like_num or doc[end + 3].is_digit):
        return False  # "le Brésil, qui représente 40 % des ventes": a market
    return not v.is_place(start, end)


def gather_evidence(
    v: ArticleView, mentions: list[NameMention], named: list[tuple[int, int]], appos: set[int]
) -> None:
    """Fill the evidence fields of every mention (:func:`features`), and mark as cued the
    mentions the rules named (``named``), those after an institutional cue noun ("le groupe
    Pierre Fabre", "le magazine Marie Claire") and the employers after "chez"."""
    doc = v.doc
    lex = v.lex
    ends = _cue_ends(v)
    product_ends = {e for _, s, e in lex.product_matcher(doc) if s > 0}
    named_starts = {s for s, _e in named}
    inst_ends = _institutional_cue_ends(v)
    for m in mentions:
        features(v, m, ends, product_ends, appos)
        if m.start in named_starts and not (m.label == "PER" and m.first_name):
            m.cue = True
        if m.start in inst_ends:
            m.cue = m.inst_cue = True  # "le groupe Pierre Fabre", "le magazine Marie Claire"
        if v.employers.get(m.start) == "chez" and not m.honorific:
            m.cue = m.inst_cue = True  # "analyste chez Roland Berger"


def _cue_ends(v: ArticleView) -> set[int]:
    """Ends of the cue nouns after a determiner: "la start-up| X"; and of a trade described
    by its place: "le maraîcher breton| X" (:func:`place_described_starts`)."""
    doc = v.doc
    ends = {e for _, s, e in v.cue_matches if doc[s].is_lower and s > 0 and v.low[s - 1] in DETS}
    return ends | set(place_described_starts(v))


_SINGULAR_DETS = {"le", "la", "l'", "un", "une"}


def place_described_starts(v: ArticleView) -> list[int]:
    """Names a trade described by its place introduces, the way the press presents a firm it
    has no cue noun for: "le maraîcher breton Prim'Armor", "le torréfacteur lyonnais X": a
    singular determiner, a lower-case noun that is no role, an adjective of place, then a
    capitalised word that is no listed first name (a person keeps theirs: "le chanteur
    breton Alan Stivell")."""
    texts, low = v.texts, v.low
    out: list[int] = []
    for j in range(3, len(texts)):
        if not v.cap(j) or v.bound(j) or texts[j].casefold() in v.lex.first_names:
            continue
        if low[j] in DETS or v.doc[j].is_stop or not _place_adjective(v, j - 1):
            continue
        noun = j - 2
        if (
            low[noun - 1] in _SINGULAR_DETS
            and v.is_lower(noun)
            and v.doc[noun].pos_ == "NOUN"
            and _AGENT_NOUN.search(low[noun])
            and noun not in v.role_at
            and not v.bound(j - 1)
        ):
            out.append(j)
    return out


#: the endings of a noun of trade that names who does it ("maraîcher", "torréfacteur",
#: "volailler", "négociant", "grossiste"), not of a thing ("le règlement européen MiCA")
_AGENT_NOUN = re.compile(r"(?:er|eur|iste|ant|ien)$")


def _institutional_cue_ends(v: ArticleView) -> set[int]:
    """Ends of the cue nouns that only ever name an organisation, after a determiner: "le
    groupe| Pierre Fabre", "le suisse| Barry Callebaut"."""
    return {
        e
        for _, s, e in v.cue_matches
        if s > 0
        and v.is_lower(s)
        and v.low[s - 1] in DETS
        and (
            lower_key(v.stext(s, e)) in v.lex.institutional_cues
            or lower_key(v.stext(s, e)) in v.lex.nationalities
        )
    }
