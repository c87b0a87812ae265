"""The model's entity spans, split and trimmed: where a name really starts and ends.

A span is split at line breaks, dashes between words, a heading's colon and real sentence
starts, and cut before a verb ("Autorité de la concurrence [sanctionne un cartel]"); each piece
loses the honorifics (remembered: "M. Dupont" is a person), punctuation, determiners and
lower-case words at its start ("La commission des sanctions", "la [SARL] Boulangerie Martin", a
sentence-opening participle "[Diplômée d']HEC"), and the punctuation, lower-case words and
glued verbs at its end ("[Valtéo] licencie").
"""

from __future__ import annotations

from spacy.symbols import ADP, AUX, DET, VERB

from pipeline.components.entities.evidence import portfolio
from pipeline.components.entities.names import lower_key, norm, tok_lower
from pipeline.components.entities.person_names import (
    person_after_acronym,
    person_after_employer,
    title_after_contraction,
)
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import (
    ARTICLES,
    CAPITAL_CUTS,
    CAPITAL_SPLITS,
    DE,
    DETS,
    PARTICIPLE,
)

_STRIP_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "VERB", "ADV"}

_MAX_NAME = 16  # tokens


def clean(v: ArticleView, start: int, end: int, label: str) -> list[tuple[int, int, bool]]:
    """Split a model span at sentence/line breaks and trim it: ``(start, end, honorific)``."""
    out = []
    for s, e in _pieces(v, start, end):
        s = _skip_fronted_participle(v, s, e)
        s = _skip_exchange_of_a_company(v, s, e)
        s = _skip_portfolio_before_person(v, s, e)
        s, demonym = _skip_demonym_before_person(v, s, e)
        s, honorific = _trim_start(v, s, e)
        s = _skip_demonym_before_company(v, s, e, label)
        honorific = honorific or demonym
        e = _trim_end(v, s, e, label)
        if e > s:
            if s > 0 and v.texts[s - 1] in v.lex.honorifics:
                honorific = True
            if label == "PER" and e - s == 1 and title_after_contraction(v, s):
                continue  # "confie au Temps": a person never follows "au" / "aux"
            if e - s <= _MAX_NAME:  # a run of hundreds of capitalised words is no name
                out.append((s, e, honorific))
    return out


def _pieces(v: ArticleView, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of a model span: split at a separator (:func:`separator`) and at a real
    sentence start, cut before a verb ("Autorité de la concurrence [sanctionne un cartel]")."""
    pieces: list[tuple[int, int]] = []
    s = start
    for i in range(start, end):
        joiner = _capital_joiner(v, i, start, end)
        if joiner == "cut":  # "DANONE [EN HAUSSE]": a headline in capitals
            end = i
            break
        # "CRÉDIT AGRICOLE [ET] DANONE"; "les fonds Ardian[,] Tikehau [et] Eurazeo"
        if separator(v, i) or joiner == "split" or i in v.list_joiners:
            if i > s:  # a line break, or a dash between words ("R. – Oui")
                pieces.append((s, i))
            s = i + 1
        elif i > s and (
            v.bound(i) or person_after_acronym(v, i, end) or person_after_employer(v, i, s, end)
        ):
            pieces.append((s, i))  # "[l'AFP] [Karine Sabatier]": an agency, then a person
            s = i
        elif i > s and _verb(v, i):
            pieces.append((s, i))  # "Autorité de la concurrence sanctionne un cartel"
            end = i
            break
    if end > s and (not pieces or pieces[-1][1] <= s):
        pieces.append((s, end))
    return pieces


def _capital_joiner(v: ArticleView, i: int, start: int, end: int) -> str | None:
    """``"split"`` or ``"cut"`` when ``doc[i]`` is a conjunction or a preposition in capitals
    inside a span of words in capitals (a headline), else None."""
    text = v.texts[i]
    if i == start or i + 1 >= end or not (text in CAPITAL_SPLITS or text in CAPITAL_CUTS):
        return None
    if not (v.texts[i - 1].isupper() and v.texts[i + 1].isupper()):
        return None
    return "split" if text in CAPITAL_SPLITS else "cut"


def separator(v: ArticleView, i: int) -> bool:
    """``doc[i]`` separates two names: a space or line break, a dash, a hyphen or a colon
    between spaces ("[Football] : [la Juventus]": a heading before a colon is no part of the
    name). The token flags come from the texts, not a Token per word (spaCy's is_space is
    str.isspace of the text)."""
    t_text = v.texts[i]
    if t_text.isspace() or "\n" in t_text or t_text in {"–", "—"}:
        return True
    doc = v.doc
    return (
        t_text in {"-", ":"} and bool(doc[i].whitespace_) and i > 0 and bool(doc[i - 1].whitespace_)
    )


def _verb(v: ArticleView, i: int) -> bool:
    """A lower-case verb, or a verb of corporate action the tagger took for a noun (no
    determiner before it): "Agence nationale pour la rénovation urbaine [finance 200
    projets]" (spaCy's is_lower is str.islower of the text)."""
    pos = v.pos
    return v.is_lower(i) and (
        pos[i] in {VERB, AUX}
        or (
            v.low[i] in v.lex.subject_forms
            and pos[i - 1] not in {DET, ADP}
            and v.low[i - 1] not in DETS
        )
    )


def _trim_start(v: ArticleView, s: int, e: int) -> tuple[int, bool]:
    """The start of a piece without its honorifics (remembered: a person), punctuation,
    capitalised article ("La commission des sanctions"), legal form used as a noun ("la [SARL]
    Boulangerie Martin"), lower-case words and sentence-opening stopwords; a particle after an
    honorific stays ("M. de Meo")."""
    lex = v.lex
    doc = v.doc
    honorific = False
    while s < e:
        tok = doc[s]
        low = v.low[s]
        t_text = v.texts[s]
        if t_text in lex.honorifics:
            honorific = True
        elif honorific and low in lex.particles and not (tok.is_punct and t_text != "&"):
            break  # "M. de Meo"
        elif not (_opens_badly(v, s, e) or _sector_complement(v, s, e)):
            break
        s += 1
    return s, honorific


def _opens_badly(v: ArticleView, s: int, e: int) -> bool:
    """``doc[s]`` is no start of the name ``doc[s:e]``: punctuation (not "&"), a capitalised
    article (gazetteer names keep theirs), a legal form used as a noun, a lower-case stopword,
    determiner or word, a stoplist word opening a sentence or a bracket ("(Reportage Elvira
    Pollina, …)")."""
    tok = v.doc[s]
    low = v.low[s]
    t_text = v.texts[s]
    return (
        (tok.is_punct and t_text not in {"&"})
        or (low in ARTICLES and t_text[:1].isupper() and e - s > 1)
        or (t_text in v.lex.legal_prefixes and e - s > 1 and v.cap(s + 1))
        or (tok.is_lower and (tok.is_stop or tok.pos_ in _STRIP_POS or low in DETS or tok.is_alpha))
        or (
            lower_key(t_text) in v.lex.stoplist
            and e - s > 1
            and (v.bound(tok.i) or (s > 0 and v.texts[s - 1] == "("))
            and not (t_text in v.lex.trade_nouns and v.cap(s + 1))  # "Transports Mercier"
        )
    )


def _sector_complement(v: ArticleView, s: int, e: int) -> bool:
    """A common-noun acronym after "de" that ends a cue noun's complement, glued by the model
    to the name after it: "l'entreprise de [BTP] Eiffage Sénégal" (``acronym_stoplist.txt``)."""
    t_text = v.texts[s]
    return (
        e - s > 1
        and s >= 2
        and v.low[s - 1] in {"de", "d'", "des", "du"}
        and t_text.isupper()
        and t_text.casefold() in v.lex.acronym_stoplist
        and v.cap(s + 1)
        and not v.texts[s + 1].isupper()
    )


def _trim_end(v: ArticleView, s: int, e: int, label: str) -> int:
    """The end of a piece without its punctuation (not "&"), spaces, lower-case stopwords (any
    lower-case word after a person) and a verb glued to it (:func:`_trailing_verb`)."""
    doc = v.doc
    while e > s:
        tok = doc[e - 1]
        if (
            (tok.is_punct and v.texts[e - 1] != "&")
            or tok.is_space
            or (label == "PER" and tok.is_lower)
            or (tok.is_lower and (tok.is_stop or tok.pos_ in _STRIP_POS))
            or _trailing_verb(v, s, e)
        ):
            e -= 1
        else:
            break
    return e


def _trailing_verb(v: ArticleView, s: int, e: int) -> bool:
    """ "[Valtéo] licencie", "[Kelvio] recrute": a conjugated verb the model glued to the
    name before it (its lemma is an infinitive it differs from; "Banque postale", "Crédit
    agricole", "Française des jeux" keep their lower-case word)."""
    lex = v.lex
    doc = v.doc
    if e - s < 2:
        return False
    tok = doc[e - 1]
    low = tok_lower(tok)
    lemma = str(tok.lemma_).lower()
    return (
        tok.is_lower
        and tok.is_alpha
        and v.cap(e - 2)
        and (
            low in lex.subject_forms
            or (
                lemma != low
                and lemma.endswith(("er", "ir"))
                and not low.endswith(("é", "ée", "és", "ées", "ant", "ante"))
            )
        )
    )


def _skip_exchange_of_a_company(v: ArticleView, s: int, e: int) -> int:
    """ "l'introduction en [Bourse de] FDJ", "une introduction en [Bourse d']envergure": a
    ``Bourse de`` not followed by a place ("Bourse de Paris", "Bourse de Casablanca") is no
    part of the name."""
    if (
        e - s < 3
        or v.texts[s] != "Bourse"
        or v.low[s + 1] not in DE
        or v.is_place(s + 2, s + 3)
        or v.is_place(s + 2, e)  # "Bourse de New York"
        or v.doc[s + 2].ent_type_ == "LOC"
    ):
        return s
    return s + 2


def _skip_portfolio_before_person(v: ArticleView, s: int, e: int) -> int:
    """ "le ministre de l'[Économie] Bruno Le Maire": the portfolio the model glued to the
    minister's name that follows it (a listed first name) is no part of that name."""
    if e - s >= 3 and portfolio(v, s) and v.texts[s + 1].casefold() in v.lex.first_names:
        return s + 1
    return s


def _skip_demonym_before_person(v: ArticleView, s: int, e: int) -> tuple[int, bool]:
    """ "le [Libano-Ivoirien] Ibrahim Ezzedine", "l'[Américain] Sam Altman": a demonym (the
    last part of a hyphenated one listed in ``nationalities.txt``) glued to the name after it,
    which opens with a listed first name, is no part of it, and says a person, as an
    honorific does: ``(start, True)``."""
    texts = v.texts
    last = s + 2 if s + 2 < e and texts[s + 1] == "-" else s
    if (
        last + 2 <= e
        and v.cap(s)
        and lower_key(texts[last]) in v.lex.nationalities
        and texts[last + 1].casefold() in v.lex.first_names
    ):
        return last + 1, True
    return s, False


def _skip_demonym_before_company(v: ArticleView, s: int, e: int, label: str) -> int:
    """ "l'[Américain] Dow", "la [Britannique] Unilever" (not a person's span: "l'Américain John
    Smith" is :func:`_skip_demonym_before_person`'s): a capitalised demonym (``nationalities.txt``)
    after an article, glued to the capitalised name of an organisation after it, says where the
    company comes from and is no part of its name (not a known name: "le Canadien National";
    not before "de": "la Française des Jeux")."""
    texts = v.texts
    if (
        label != "PER"
        and s > 0
        and e - s >= 2
        and v.low[s - 1] in {"l'", "l’", "le", "la"}
        and v.cap(s)
        and lower_key(texts[s]) in v.lex.nationalities
        and v.cap(s + 1)
        and texts[s + 1][:1].isupper()
        and norm(v.stext(s, e)) not in v.lex.gaz_by_form
    ):
        return s + 1
    return s


def _skip_fronted_participle(v: ArticleView, s: int, e: int) -> int:
    """ "[Diplômée d']HEC, elle…", "[Passé par] McKinsey, il…": a participle opening the
    sentence, with its preposition, is no part of the name of the clause it introduces."""
    lex = v.lex
    doc = v.doc
    if e - s < 3 or not (v.bound(s) or v.line_start(s)):
        return s
    tok = doc[s]
    low = tok_lower(tok)
    if (
        tok.text[:1].isupper()
        and PARTICIPLE.search(low)
        and low not in lex.institution_heads
        and v.low[s + 1] in DE | {"à", "au", "aux", "par", "chez"}
        and e < len(doc)
        and doc[e].text == ","
        and tok.pos_ in {"VERB", "ADJ", "NOUN"}
    ):
        return s + 2
    return s
