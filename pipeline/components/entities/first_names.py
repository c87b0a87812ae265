"""People the model missed: a listed first name followed by capitalised words.

"Selon Jean-Jacques Le Fur, analyste…": a listed first name (``models/shared/first_names.tsv``)
then one to three capitalised words or particles, outside every model entity and gazetteer name;
a hyphenated first name the tokenizer split keeps its first part ("Paul-|François Vranken").
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.entities.names import lower_key
from pipeline.components.entities.person_names import elided_initial
from pipeline.components.entities.view import ArticleView

_NAME_LINKS = {"de", "du", "d'", "van", "von"}  # inside a name: "Jean de La Fontaine"


def first_name_runs(
    v: ArticleView, labels: dict[int, str], gaz_end: dict[int, int]
) -> list[tuple[int, int]]:
    """People the model missed: a listed first name followed by one to three capitalised
    words or particles ("Selon Jean-Jacques Le Fur, analyste…"), outside every model entity
    (but a model entity of the first name alone: "[Boris] Collardi") and gazetteer name."""
    lex = v.lex
    doc = v.doc
    out: list[tuple[int, int]] = []
    n = len(doc)
    titles = doc.to_array("IS_TITLE").tolist()  # token flags read once, not per Token
    # a listed first name in title case (only those pass _first_name): the title flag first
    listed = [
        i for i, text in enumerate(v.texts) if titles[i] and text.casefold() in lex.first_names
    ]
    resume = 0  # a run found goes on to its end
    for i in listed:
        if i >= n - 1:
            break
        if i < resume or i in gaz_end or not _first_name(v, i, titles):
            continue
        if i in labels and not _lone_first_name_entity(doc, i):
            continue
        end = _surname_end(v, i, labels, titles)
        if end > i + 1 or (end == i + 1 and doc[i + 1].text.casefold() not in lex.first_names):
            out.append((_split_first_name_start(v, i, labels), end))
            resume = end
    return out


def _lone_first_name_entity(doc: Doc, i: int) -> bool:
    """The model's entity at ``i`` is the first name alone: "[Boris] Collardi" (the surname
    after it is then read as for a first name the model missed)."""
    return doc[i].ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")


def _first_name(v: ArticleView, i: int, titles: list[int]) -> bool:
    """``doc[i]``, a listed first name, is in title case (not a place nor a stopword)."""
    lex = v.lex
    text = v.texts[i]
    return bool(
        titles[i]
        and text.replace("-", "").isalpha()
        and lower_key(text) not in lex.places
        and lower_key(text) not in lex.stoplist
    )


def _surname_end(v: ArticleView, i: int, labels: dict[int, str], titles: list[int]) -> int:
    """The end of the title-case words and particles after the first name at ``i`` (at most
    four tokens, outside the model's entities, in the sentence); ``i`` when there are none."""
    lex = v.lex
    n = len(v.texts)
    j = i + 1
    end = i
    while j < n and j - i <= 4 and j not in labels and not v.bound(j):
        t_text = v.texts[j]
        if (
            titles[j]
            and t_text.replace("-", "").isalpha()
            and lower_key(t_text) not in lex.stoplist
        ):
            j += 1
            end = j
        elif elided_initial(v.doc, j):
            j += 1  # "Aminata N'|Diaye": the initial joins the word after it
        elif t_text in lex.particles or v.low[j] in _NAME_LINKS:
            j += 1
        else:
            break
    return end


def _split_first_name_start(v: ArticleView, start: int, labels: dict[int, str]) -> int:
    """ "Paul-François Vranken" split by the tokenizer: the first part belongs to it."""
    doc = v.doc
    if (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_title
        and doc[start - 2].text.casefold() in v.lex.first_names
        and start - 2 not in labels
    ):
        return start - 2
    return start
