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

from pipeline.components.entities.names import lower_key, tok_lower
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import ARTICLES, DE, DETS, LEGAL_PREFIXES, PARTICIPLE

_STRIP_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "VERB", "ADV"}

_MAX_NAME = 16  # tokens


def clean(v: ArticleView, start: int, end: int, label: str) -> list[tuple[int, int, bool]]:
    """Split a model span at sentence/line breaks and trim it: ``(start, end, honorific)``."""
    lex = v.lex
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
                    v.low[i] in lex.subject_forms
                    and pos[i - 1] not in {DET, ADP}
                    and v.low[i - 1] not in DETS
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
        s = _skip_fronted_participle(v, s, e)
        honorific = False
        while s < e:
            tok = doc[s]
            low = v.low[s]
            t_text = texts[s]
            if t_text in lex.honorifics:
                honorific = True
                s += 1
            elif tok.is_punct and t_text not in {"&"}:
                s += 1
            elif honorific and low in lex.particles:
                break  # "M. de Meo"
            elif low in ARTICLES and t_text[:1].isupper() and e - s > 1:
                s += 1  # "La commission des sanctions" (gazetteer names keep theirs)
            elif t_text in LEGAL_PREFIXES and e - s > 1 and v.cap(s + 1):
                s += 1  # "la [SARL] Boulangerie Martin": the form is used as a noun
            elif (
                tok.is_lower
                and (tok.is_stop or tok.pos_ in _STRIP_POS or low in DETS or tok.is_alpha)
            ) or (lower_key(t_text) in lex.stoplist and e - s > 1 and v.bound(tok.i)):
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
                or _trailing_verb(v, s, e)
            ):
                e -= 1
            else:
                break
        if e > s:
            if s > 0 and texts[s - 1] in lex.honorifics:
                honorific = True
            if e - s <= _MAX_NAME:  # a run of hundreds of capitalised words is no name
                out.append((s, e, honorific))
    return out


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
