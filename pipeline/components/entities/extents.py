"""Where a name ends: the extents shared by the candidate rules.

A run of capitalised words (:func:`cap_run`, with "&", "-", figures and the "de" of a company's
generic head: "la Société des Bains de Mer"), the adjectives and complements after a cue noun
("le fabricant [français d'implants] X"), the legal suffixes found by one regex over the text and
the roman numerals after them ("Anheuser-Busch InBev [SA/NV]", "Vy Fund [III]"), the possessive
"s" ("Moody’|s"), a capitalised article inside a sentence ("tout comme [La] Française des jeux"),
capitalised words glued to an organisation ("XP [Investimentos]"), a regional network's region
("Caisse d'épargne [Normandie]") and a council's listed territory ("la Région [Grand Est]").
"""

from __future__ import annotations

from spacy.symbols import ADJ, NOUN

from pipeline.components.entities.names import (
    apostrophe_tail,
    boundary,
    lower_key,
    norm,
    tok_lower,
)
from pipeline.components.entities.person_names import person_after_acronym, person_after_employer
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import (
    ARTICLES,
    CAPITAL_CUTS,
    CAPITAL_SPLITS,
    COUNCILS,
    DE,
    ROMAN,
)


def cap_run(v: ArticleView, j: int, limit: int = 6) -> int:
    """End of the proper-name run starting at ``j`` (``j`` if none): at most ``limit``
    capitalised words (:func:`_continues_run`), in the sentence, and the "de" of a company's
    generic head ("la holding Compagnie de l'Odet", "la Société des Bains de Mer")."""
    doc = v.doc
    k = j
    while k < len(doc) and k - j < limit:
        if k > j and v.bound(k):
            break
        if _continues_run(v, j, k):
            k += 1
        elif k > j and lower_key(v.texts[j]) in v.lex.generic_heads and v.low[k] in DE:
            # "la holding Compagnie de l'Odet", "la Société des Bains de Mer"
            n = k + 1
            if n < len(doc) and v.low[n] in ARTICLES:
                n += 1
            if n < len(doc) and v.cap(n) and not v.bound(n):
                k = n
            else:
                break
        else:
            break
    return k


def glued_person_start(v: ArticleView, j: int, k: int) -> int | None:
    """Where a person glued to the end of the run ``j``..``k`` starts, with no comma between:
    "Vontobel [Reto Gisler]", "Brenvol Industries [Marc Lefort]": a listed first name in title
    case after the run's first word, one or two title-case words after it ending the run, and
    no first name before it (None: no such person)."""
    texts = v.texts
    for i in range(j + 1, k - 1):
        if texts[i].casefold() not in v.lex.first_names:
            continue
        if k - i - 1 > 2 or not all(v.doc[x].is_title for x in range(i, k)):
            return None
        if any(texts[x].casefold() in v.lex.first_names for x in range(j, i)):
            return None
        return i
    return None


def _continues_run(v: ArticleView, j: int, k: int) -> bool:
    """``doc[k]`` belongs to the run of capitalised words starting at ``j``: capitalised, or
    after the first word the lower-case end of an apostrophe name ("Prism’|emploi"), a
    number in digits (not a number word: "notifié à Aérolis Systems [une] commande"), or
    "&"/"-" before a capitalised word; not a conjunction or preposition of a headline in
    capitals ("DANONE [EN] HAUSSE")."""
    doc = v.doc
    text = v.texts[k]  # the view's columns: no Token object for most words
    if k > j and (person_after_acronym(v, k, len(doc)) or person_after_employer(v, k, j, len(doc))):
        return False  # "le patron de [LVMH] Bernard Arnault": the person is no part of it
    if v.cap(k):
        return k == j or not (text in CAPITAL_SPLITS or text in CAPITAL_CUTS)
    return k > j and (
        apostrophe_tail(doc, k)
        or (text[:1].isdigit() and doc[k].like_num)  # "Vy Fund 3"; not "une" (a number word)
        or (text in {"&", "-"} and k + 1 < len(doc) and v.cap(k + 1))
    )


def skip_modifiers(v: ArticleView, end: int) -> int:
    """Index after the adjectives, participles and noun complements ("de", "en") of a cue noun
    ending at ``end``: "le fabricant [français d'implants orthopédiques] Orbéa Santé", "le
    géant [américain des semi-conducteurs] Nvidia", "la société [spécialisée en
    cybersécurité] Tesselis"."""
    doc = v.doc
    j = end
    n = len(doc)
    while j < n and j - end < 8:
        tok = doc[j]
        if tok.is_lower and (tok.pos_ == "ADJ" or "Part" in tok.morph.get("VerbForm", [])):
            j += 1  # "la société [spécialisée] en cybersécurité X"
            continue
        if (tok_lower(tok) in DE or _en_complement(v, j)) and j + 1 < n:
            k = j + 1
            if v.low[k] in ARTICLES:
                k += 1
            m = _complement_end(v, k)
            if m > k:
                j = m
                continue
        break
    return j


def _complement_end(v: ArticleView, k: int) -> int:
    """The end of the lower-case nouns and adjectives of a cue's complement opening at ``k``
    (at most four words; a hyphen between lower-case words, a sector acronym)."""
    doc = v.doc
    n = len(doc)
    m = k
    while (
        m < n
        and m - k < 4
        and (
            (doc[m].is_lower and doc[m].is_alpha and doc[m].pos_ in {"NOUN", "ADJ"})
            or (doc[m].text == "-" and m > k and m + 1 < n and doc[m + 1].is_lower)
            or _sector_acronym(v, m, k)
        )
    ):
        m += 1
    return m


def _en_complement(v: ArticleView, j: int) -> bool:
    """ "en" before a lower-case noun, a cue's complement as "de" is: "la banque [en ligne]
    Boursorama", "les cabinets de conseil [en vote] ISS et Glass Lewis"."""
    return (
        v.low[j] == "en"
        and j + 1 < len(v.texts)
        and v.is_lower(j + 1)
        and v.doc[j + 1].pos_ == "NOUN"
    )


def _sector_acronym(v: ArticleView, m: int, k: int) -> bool:
    """A common-noun acronym opening a cue's complement, before a capitalised name: "la
    société de [BTP] Eiffage Sénégal", "le spécialiste des [ENR] Voltalia"
    (``acronym_stoplist.txt``)."""
    text = v.texts[m]
    return (
        m == k
        and text.isupper()
        and text.casefold() in v.lex.acronym_stoplist
        and m + 1 < len(v.texts)
        and v.cap(m + 1)
    )


def extend_suffix(v: ArticleView, start: int, end: int, sfx: dict[int, int]) -> int:
    """Extend a name over the suffixes that directly follow it: "Anheuser-Busch InBev
    [SA/NV]", "Fomento Económico Mexicano [SAB de CV]", "Vy Fund [III]"."""
    lex = v.lex
    doc = v.doc
    e = end
    texts = v.texts  # the token texts, not a Token per read
    after_suffix = e > start and texts[e - 1] in lex.suffixes
    for k in range(max(start + 1, end - 3), end):  # "InBev [SA]/NV": the span cut a suffix
        if sfx.get(k, 0) > e:
            e = sfx[k]
            after_suffix = True
    while e < len(doc) and e > start and not v.bound(e):
        if e in sfx and not (doc[e - 1].is_punct and doc[e - 1].text != "."):
            e = sfx[e]
            after_suffix = True
        elif texts[e] in ROMAN and after_suffix:
            e += 1
            after_suffix = False
        else:
            break
    return e


def suffix_spans(v: ArticleView) -> dict[int, int]:
    """Token start -> token end of every (legal) suffix of the text."""
    lex = v.lex
    doc = v.doc
    out: dict[int, int] = {}
    for match in lex.suffix_re.finditer(v.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or span.start_char != match.start() or "\n" in span.text:
            continue
        out[span.start] = max(span.end, out.get(span.start, span.end))
    return out


def possessive_end(v: ArticleView, end: int) -> int:
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


def inner_article(v: ArticleView, s: int, e: int) -> int:
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
        not boundary(doc, s - 1)
        and not (art.whitespace_ == "" and art.text not in {"L'", "L’"})
        and not doc[s - 2].is_space
        and "\n" not in doc[s - 2].whitespace_
        and doc[s - 2].text not in {":", "«", '"', "“", "—", "–", "-", "(", "|", "."}
    ):
        return s - 1
    return s


def extend_tail(v: ArticleView, start: int, end: int, label: str) -> int:
    """Words the model left off the end of a name: the possessive "s" the tokenizer split
    from a typographic apostrophe ("Moody’|s"), and for an organisation the capitalised words
    that directly follow it ("XP [Investimentos]", "Groupama Assurances [Mutuelles]")."""
    lex = v.lex
    doc = v.doc
    e = possessive_end(v, end)
    n = len(doc)
    if label == "LOC" and norm(v.stext(start, e)) in lex.gaz_by_form:
        return country_tail(v, start, e)  # "[Orange] Côte d'Ivoire": a known name
    if label != "ORG":
        return e
    country = country_tail(v, start, e)
    if country > e:
        return country  # "Société Générale [Côte d'Ivoire]", "Ecobank [Sénégal]"
    if (
        e < n
        and doc[e].ent_iob_ == "B"
        and doc[e].ent_type_ == "LOC"
        and doc[e - 1].whitespace_ == " "
        and lower_key(v.stext(start, e)) in lex.networks
    ):
        # "Caisse d'épargne [Normandie]", "Crédit agricole [Pays de la Loire]"
        e += 1
        while e < n and doc[e].ent_iob_ == "I":
            e += 1
        return e
    while (
        e < n
        and e - start < 6
        and _continues_name(v, e)
        and not person_after_employer(v, e, start, n)  # "le patron de [Stellantis] Carlos …"
    ):
        e += 1
    return _region_complement(v, start, e)


#: the words inside a country's name ("Côte d'Ivoire", "Afrique du Sud", "Trinité-et-Tobago")
_COUNTRY_INNER = {"d'", "d’", "du", "de", "des", "-", "et"}


def country_tail(v: ArticleView, start: int, e: int) -> int:
    """The listed place (``places.txt``) that directly follows an organisation's name on its
    line names its national subsidiary: "MTN [Côte d'Ivoire]", "Société Générale [Bénin]",
    "Allianz [Suisse]"; ``e`` when none does (nor when the name itself is a place, or the place
    goes on into more capitalised words)."""
    texts = v.texts
    n = len(texts)
    if e >= n or not v.cap(e) or v.bound(e):
        return e
    if v.is_place(start, e) and not _gaz(v, start, e):
        return e
    for k in range(min(n, e + 4), e, -1):
        if not v.cap(k - 1) or (k < n and v.cap(k)) or any(v.bound(i) for i in range(e, k)):
            continue
        if not all(v.cap(i) or v.low[i] in _COUNTRY_INNER for i in range(e, k)):
            continue
        if lower_key(norm(v.stext(e, k))) in v.lex.places:
            return k
    return e


def _gaz(v: ArticleView, start: int, e: int) -> bool:
    """``start:e`` is a gazetteer form."""
    return norm(v.stext(start, e)) in v.lex.gaz_by_form


def _region_complement(v: ArticleView, start: int, e: int) -> int:
    """The "de" + capitalised place that ends a regional bank's region: "Crédit Agricole Nord
    [de France]", "Caisse d'Épargne Provence [Alpes]" (a name of ``regional_networks.txt``,
    its region words, then "de"/"du"/"d'" and a capitalised word, maybe hyphenated)."""
    texts = v.texts
    n = len(texts)
    name = lower_key(v.stext(start, e))
    if not any(name.startswith(net + " ") for net in v.lex.networks) or e + 1 >= n:
        return e
    if v.low[e] in {"de", "du", "d'"} and v.cap(e + 1) and not v.bound(e + 1):
        k = e + 2
        if k + 1 < n and texts[k] == "-" and v.cap(k + 1):  # "de Haute-Savoie"
            k += 2
        return k
    return e


_NA = {NOUN, ADJ}


def coordinated_complement(v: ArticleView, start: int, end: int) -> int:
    """The second complement of a body's name the model cut at "et": "Conseil du coton [et de
    l'anacarde]", "Chambre de commerce [et d'industrie]" -- a name opening on an institution
    noun and ending on a lower-case complement, then "et de/du/des/d'" and one or two
    lower-case nouns or adjectives (not a capitalised word: "… et de la Banque de France" is
    another name)."""
    texts, low = v.texts, v.low
    n = len(texts)
    if (
        end - start < 3
        or low[start] not in v.lex.institution_heads
        or not v.is_lower(end - 1)
        or end + 2 >= n
        or low[end] != "et"
        or low[end + 1] not in DE | {"des"}
    ):
        return end
    k = end + 2
    if k < n and low[k] in {"la", "l'"}:
        k += 1
    first = k
    while k < n and k - first < 2 and v.is_lower(k) and texts[k].isalpha() and v.pos[k] in _NA:
        k += 1
    if k == first or v.pos[first] != NOUN or (k < n and v.is_lower(k) and v.pos[k] == NOUN):
        return end
    return k


def council_place(v: ArticleView, s: int, e: int) -> int:
    """ "la Région [Grand Est]", "le Département [Val-d'Oise]": a council named after a
    listed territory keeps the whole listed name the model cut short."""
    lex = v.lex
    doc = v.doc
    if doc[s].text not in COUNCILS:
        return e
    best = e
    for k in range(e, min(s + 9, len(doc)) + 1):
        if k > s + 1 and lower_key(v.stext(s + 1, k)) in lex.places:
            best = k
    return best


def _continues_name(v: ArticleView, e: int) -> bool:
    """``doc[e]`` is a capitalised word glued (one space) to the organisation before it and
    not the start of another name: "XP [Investimentos]", "BBVA [México]" after an acronym."""
    lex = v.lex
    doc = v.doc
    tok, prev = doc[e], doc[e - 1]
    if (
        prev.whitespace_ != " "
        or prev.is_punct
        or v.bound(e)
        or not tok.is_alpha
        or not tok.text[:1].isupper()
        or lower_key(tok.text) in lex.stoplist
        or tok.text in CAPITAL_SPLITS  # "CRÉDIT AGRICOLE [ET] DANONE"
        or tok.text in CAPITAL_CUTS  # "DANONE [EN] HAUSSE"
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
