"""The company after a product: "le Doliprane de Sanofi", "l'iPhone 16 d'Apple", "le Model Y de
Tesla", "le Wegovy de Novo Nordisk".

The press names a product by its maker with "de": the statistical model tags the product only
("Dafalgan" LOC) and the maker is lost. A capitalised run right after the "de" / "d'" that
follows (or closes) a model entity that is no person is the product's owner when something else
says it is an organisation: a name of the gazetteer, an acronym, or a name the article writes
again elsewhere (:func:`owner_names`: the owner is a named organisation). A span the model glues
over both ("Le Doliprane de Sanofi" MISC) is not split: splitting it at the "de" cut names of
the "X de Y" shape on text nobody tuned on (held-out validation 16: organisations 0.905 ->
0.866, holder 0.755 -> 0.667).
"""

from __future__ import annotations

from pipeline.components.entities.extents import cap_run, extend_suffix
from pipeline.components.entities.names import lower_key, norm
from pipeline.components.entities.view import ArticleView

#: the prepositions naming a product's owner
_OWNER_DE = {"de", "d'", "d’"}
#: at most this many words in the product before the "de" ("Boeing 737 MAX")
_PRODUCT_WORDS = 3


def owner_start(v: ArticleView, s: int, d: int) -> bool:
    """``d`` is the "de" between a product opening at ``s`` and its owner: the product is a
    short capitalised run (a figure may end it: "iPhone 16") that opens on no head noun of a
    body ("Banque de France", "Cour de cassation", "Prix Nobel de médecine"), and the owner
    after it is a corroborated organisation (:func:`_corroborated_owner`)."""
    texts = v.texts
    if not (s < d < len(texts) - 1 and texts[d] in _OWNER_DE):
        return False  # a lower-case "de" ("Rede D’Or" is one name)
    if d - s > _PRODUCT_WORDS or not all(v.cap(i) or texts[i].isdigit() for i in range(s, d)):
        return False
    head = v.low[s]
    if head in v.lex.institution_heads or lower_key(texts[s]) in v.lex.generic_heads:
        return False
    if norm(v.stext(s, cap_run(v, s))) in v.lex.gaz_by_form:
        return False  # a known name with its "de": "Caisse de Dépôt"
    return _corroborated_owner(v, d + 1)


def _corroborated_owner(v: ArticleView, j: int) -> bool:
    """The capitalised run at ``j`` is an organisation on other evidence than its place after a
    product: a name of the gazetteer, an acronym ("UPSA"), or a word the article writes again
    elsewhere; never a place, a listed first name nor a sentence start."""
    texts = v.texts
    if not v.cap(j) or v.bound(j) or texts[j].casefold() in v.lex.first_names:
        return False
    e = cap_run(v, j)
    if e <= j or v.is_place(j, e):
        return False
    if norm(v.stext(j, e)) in v.lex.gaz_by_form or norm(texts[j]) in v.lex.gaz_by_form:
        return True
    if len(texts[j]) >= 2 and texts[j].isalpha() and texts[j].isupper():
        return True
    return sum(1 for t in texts if t == texts[j]) >= 2


def owner_names(v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """The owners named after a product the model tagged: "le Doliprane [de Sanofi]", "le
    Dafalgan [d'UPSA]" (the "de" inside the model's span or right after it)."""
    out: list[tuple[int, int]] = []
    for ent in v.doc.ents:
        if ent.label_ == "PER":
            continue
        s = ent.start
        while s < ent.end and not v.cap(s):
            s += 1  # "Le Doliprane": the article opening the span
        for d in range(s + 1, min(ent.end + 1, len(v.texts) - 1)):
            if owner_start(v, s, d):
                e = cap_run(v, d + 1)
                out.append((d + 1, extend_suffix(v, d + 1, e, sfx)))
                break
    return out
