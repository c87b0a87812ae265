"""People the model missed: a listed first name followed by capitalised words.

"Selon Jean-Jacques Le Fur, analyste…": a listed first name (``models/shared/first_names.tsv``)
then one to three capitalised words or particles, outside every model entity and gazetteer name;
a hyphenated first name the tokenizer split keeps its first part ("Paul-|François Vranken").
"""

from __future__ import annotations

from pipeline.components.entities.names import lower_key
from pipeline.components.entities.view import ArticleView


def first_name_runs(
    v: ArticleView, labels: dict[int, str], gaz_end: dict[int, int]
) -> list[tuple[int, int]]:
    """People the model missed: a listed first name followed by one to three capitalised
    words or particles ("Selon Jean-Jacques Le Fur, analyste…"), outside every model entity
    and gazetteer name."""
    lex = v.lex
    doc = v.doc
    out: list[tuple[int, int]] = []
    n = len(doc)
    i = 0
    texts = v.texts
    titles = doc.to_array("IS_TITLE").tolist()  # token flags read once, not per Token
    while i < n - 1:
        if (
            i in labels
            or i in gaz_end
            or not titles[i]
            or not texts[i].replace("-", "").isalpha()
            or texts[i].casefold() not in lex.first_names
            or lower_key(texts[i]) in lex.places
            or lower_key(texts[i]) in lex.stoplist
        ):
            i += 1
            continue
        j = i + 1
        end = i
        while j < n and j - i <= 4 and j not in labels and not v.bound(j):
            t_text = texts[j]
            if (
                titles[j]
                and t_text.replace("-", "").isalpha()
                and lower_key(t_text) not in lex.stoplist
            ):
                j += 1
                end = j
            elif t_text in lex.particles or v.low[j] in {
                "de",
                "du",
                "d'",
                "van",
                "von",
            }:
                j += 1
            else:
                break
        if end > i + 1 or (end == i + 1 and doc[i + 1].text.casefold() not in lex.first_names):
            start = i
            # "Paul-François Vranken" split by the tokenizer: the first part belongs to it
            if (
                start >= 2
                and doc[start - 1].text == "-"
                and not doc[start - 1].whitespace_
                and not doc[start - 2].whitespace_
                and doc[start - 2].is_title
                and doc[start - 2].text.casefold() in lex.first_names
                and start - 2 not in labels
            ):
                start -= 2
            out.append((start, end))
            i = end
        else:
            i += 1
    return out
