"""How far a person's name goes: the pieces of surnames the model's spans leave out.

* an initial glued by an apostrophe to the capitalised word after it is one word of the name:
  "Aminata [N']Diaye", "[M']Bappé", "[D']Souza", "[O']Neill" (:func:`elided_initial`);
* a model span gluing an acronym and a person is split before the person's first name:
  "a déclaré à [l'AFP] [Karine Sabatier]" (:func:`person_after_acronym`), and so is one
  gluing an employer and a person after a role: "l'analyste de [Vontobel] [Reto Gisler]"
  (:func:`person_after_employer`);
* a surname after an introducer ("Selon Mustier, la banque…") is read with the clause it
  introduces, not as a name in apposition (:func:`person_introducer`);
* a particle of ``surname_particles.txt`` and the capitalised words after it continue a person
  the model cut short: "Mohamed Lamine [Ben Ali]", "Jan [Van den Broeck]"
  (:func:`particle_tail`), and so does a surname in capitals: "Hugues Messan [EDORH]"
  (:func:`caps_surname`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.entities.view import ArticleView

#: at most this many tokens added after a person's span
_TAIL_TOKENS = 4


def elided_initial(doc: Doc, k: int) -> bool:
    """``doc[k]`` is a capital letter and an apostrophe glued to the title-case word after it:
    "N'|Diaye", "M’|Bappé" (not an elision of a common word: "L'|Usine", "D'|Orange" stay
    elisions when the word after is listed elsewhere; here only the shape is read)."""
    text = doc[k].text
    return (
        len(text) == 2
        and text[0].isupper()
        and text[0] not in "LDJ"
        and text[1] in "'’"
        and not doc[k].whitespace_
        and k + 1 < len(doc)
        and doc[k + 1].is_title
        and doc[k + 1].is_alpha
    )


def particle_tail(v: ArticleView, start: int, end: int) -> int:
    """The end of a person's span ``start``–``end`` with the particles and capitalised words
    after it that continue the name: "Mohamed Lamine [Ben Ali]", "Jan [Van den Broeck]", "Mme
    El [Alaoui]" (the span ends on a particle), "Lalla Fatima [Zahra El Alaoui]"; ``end`` when
    none. What is added ends on a capitalised word of the sentence that opens no other entity
    and is no legal or company word."""
    doc = v.doc
    if end - start == 1 and title_after_contraction(v, start):
        return end  # "confie au Temps [Paul Lenoir]": a newspaper, then the person
    particles = v.lex.surname_particles
    best = end
    j = end
    while j < len(doc) and j - end < _TAIL_TOKENS and not v.bound(j):
        if v.texts[j] in particles and j + 1 < len(doc) and not v.bound(j + 1):
            j += 1
            continue
        if caps_surname(v, start, j):
            best = j = j + 1  # "Hugues Messan [EDORH]": a surname in capitals ends the name
            break
        if not _name_word(v, j) or person_after_employer(v, j, start, len(doc)):
            break  # "le patron de [Stellantis] Carlos Tavares": a person of its own
        if j == end and not (v.texts[end - 1] in particles or _name_word(v, j + 1)):
            break  # one capitalised word alone after a full name: no evidence it is his
        j += 2 if elided_initial(doc, j) else 1
        best = j
    return best


#: Role acronyms written in capitals after a name, which are no surname ("Jean Dupont PDG").
_ROLE_ACRONYMS = frozenset({"pdg", "dg", "dga", "ceo", "cfo", "coo", "cto", "sg", "drh", "daf"})


def caps_surname(v: ArticleView, start: int, j: int) -> bool:
    """``doc[j]`` is a surname written in capitals right after first names in title case
    (West-African press, press releases): "Hugues Messan [EDORH]", "Lassané [SAWADOGO]" — two
    letters at least (a hyphen allowed: "KI-ZERBO"), no entity of another kind, no stopword,
    role acronym, legal suffix or place, and no capitalised word after it."""
    doc = v.doc
    text = v.texts[j]
    if j >= len(doc) or not all(doc[k].is_title for k in range(start, j)):
        return False
    if len(text) < 2 or not text.isupper() or not text.replace("-", "").isalpha():
        return False
    if v.low[j] in v.lex.stoplist or v.low[j] in _ROLE_ACRONYMS or v.low[j] in v.lex.places:
        return False
    if text in v.lex.suffixes or (doc[j].ent_iob_ == "B" and doc[j].ent_type_ != "PER"):
        return False
    return j + 1 >= len(doc) or not v.cap(j + 1)


def _name_word(v: ArticleView, j: int) -> bool:
    """``doc[j]`` can be a word of a person's name after the model's span: title case (or an
    initial glued to one: "N'|Diaye"), no stopword or company word, opening no other entity."""
    doc = v.doc
    if j >= len(doc) or v.bound(j):
        return False
    if not ((doc[j].is_title and doc[j].is_alpha) or elided_initial(doc, j)):
        return False
    if v.low[j] in v.lex.stoplist or v.low[j] in v.lex.places or v.texts[j] in v.lex.suffixes:
        return False
    return not (doc[j].ent_iob_ == "B" and doc[j].ent_type_ != "PER")


#: words that introduce a speaker and a clause after a comma: "Selon Mustier, la banque…"
_INTRODUCERS = frozenset({"selon", "pour", "d'après"})


def person_introducer(v: ArticleView, start: int) -> bool:
    """An introducer right before the name at ``start``: "Selon| Mustier, …", "D'après|
    Dupont, …" (whatever the case of its first letter)."""
    if start == 0:
        return False
    if v.low[start - 1] in _INTRODUCERS:
        return True
    return start >= 2 and v.low[start - 1] == "après" and v.low[start - 2] in {"d'", "d’"}


def person_after_acronym(v: ArticleView, i: int, end: int) -> bool:
    """``doc[i]`` opens a person inside a model span after an acronym: a listed first name in
    title case after a word in capitals, with a capitalised word after it in the span
    ("AFP [Karine] Sabatier", "CGT [Paul] Martin"), or after a title after ``au`` / ``aux``
    (a newspaper: "confie au Temps [Paul] Lenoir")."""
    doc = v.doc
    prev = v.texts[i - 1]
    return (
        i + 1 < end
        and len(prev) >= 2
        and (prev.isupper() or title_after_contraction(v, i - 1))
        and prev.isalpha()
        and doc[i].is_title
        and v.texts[i].casefold() in v.lex.first_names
        and doc[i + 1].is_title
    )


#: Words after a noun that open its employer: "l'analyste [de] Vontobel", "[chez] Natixis".
_EMPLOYER_LINKS = frozenset({"de", "d'", "d’", "du", "chez"})


def person_after_employer(v: ArticleView, i: int, start: int, end: int) -> bool:
    """``doc[i]`` opens a person closing a model span that names the employer before it:
    "l'analyste de [Vontobel] [Reto Gisler]", "le patron de [Stellantis] [Carlos Tavares]"
    — a listed first name in title case after a title-case word, one title-case word after
    it ending the span (``end``) or the run of capitalised words, the span opening after
    ``de`` / ``chez`` after a lower-case noun."""
    doc = v.doc
    return (
        start >= 2
        and i > start
        and i + 2 <= end
        and (i + 2 == end or i + 2 >= len(doc) or not v.cap(i + 2))
        and v.low[start - 1] in _EMPLOYER_LINKS
        and doc[start - 2].pos_ == "NOUN"
        and v.texts[start - 2].islower()
        and v.texts[i - 1][:1].isupper()
        and doc[i].is_title
        and v.texts[i].casefold() in v.lex.first_names
        and doc[i + 1].is_title
        and doc[i + 1].is_alpha
    )


def title_after_contraction(v: ArticleView, k: int) -> bool:
    """``doc[k]`` is a title-case word right after ``au`` / ``aux`` (``au Temps``, ``aux
    Echos``): a title or a place, never the first name of a person."""
    return k >= 1 and v.low[k - 1] in ("au", "aux") and v.doc[k].is_title
