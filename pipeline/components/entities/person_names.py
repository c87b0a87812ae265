"""How far a person's name goes: the pieces of surnames the model's spans leave out.

* an initial glued by an apostrophe to the capitalised word after it is one word of the name:
  "Aminata [N']Diaye", "[M']Bappé", "[D']Souza", "[O']Neill" (:func:`elided_initial`);
* a surname after an introducer ("Selon Mustier, la banque…") is read with the clause it
  introduces, not as a name in apposition (:func:`person_introducer`);
* a particle of ``surname_particles.txt`` and the capitalised words after it continue a person
  the model cut short: "Mohamed Lamine [Ben Ali]", "Jan [Van den Broeck]"
  (:func:`particle_tail`).
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
    after it that continue the surname: "Mohamed Lamine [Ben Ali]", "Jan [Van den Broeck]";
    ``end`` when none (a particle must lead to a capitalised word in the sentence)."""
    doc = v.doc
    particles = v.lex.surname_particles
    j = end
    while j < len(doc) and j - end < _TAIL_TOKENS and v.texts[j] in particles and not v.bound(j):
        j += 1
    if j == end or j >= len(doc) or v.bound(j):
        return end
    if not (doc[j].is_title and doc[j].is_alpha) and not elided_initial(doc, j):
        return end
    if v.lex.stoplist and v.low[j] in v.lex.stoplist:
        return end
    if doc[j].ent_type_ and doc[j].ent_iob_ == "B" and doc[j].ent_type_ != "PER":
        return end  # "… Le Monde": another entity begins there
    j += 2 if elided_initial(doc, j) else 1
    return j


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
