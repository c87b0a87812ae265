"""Indirect speech: the walk over an article's speech verbs and introducers.

:func:`find_indirect` visits, in document order, the tokens where something can happen
(:func:`indirect_points`); before each, the direct quotes opened before it are handled
(:func:`.direct.direct_upto`), so that both passes see the speakers in document order. At each
token outside quotes, in order:

1. an introducer (``selon X, …``, ``…, d'après X.``, ``Pour X, …``): :mod:`.introducers`;
2. a speech verb (:meth:`.lexicon.Lexicon.cue_of`; a cue of direct quotes only, like
   ``demander``, goes on only if it may take a ``que`` clause) tries :data:`CUE_RULES` in
   order, the first that claims the verb ends:

   a. :func:`.comme.comme_clause` — ``Comme l'a rappelé X, <clause>``, ``<clause>, comme le
      souligne X.``;
   b. :func:`.colon.colon_clause` — ``X le reconnaît : <clause>.``;
   c. :func:`.infinitives.infinitive_clause` — ``X a annoncé avoir signé …``;
   d. :func:`.que_clauses.que_clause` — ``X a affirmé que …``, ``…, affirmant que …``;
   e. :func:`.incises.incise` — ``<clause>, estime X.``, ``<clause>, estime X, <clause>.``.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.components.quotes.colon import colon_clause
from pipeline.components.quotes.comme import comme_clause
from pipeline.components.quotes.direct import direct_upto
from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.incises import incise
from pipeline.components.quotes.infinitives import infinitive_clause
from pipeline.components.quotes.introducers import introduced, match_introducer
from pipeline.components.quotes.lexicon import Cue
from pipeline.components.quotes.que_clauses import que_clause
from pipeline.components.quotes.words import VERB_POS

#: The rules a speech verb tries in order; each says whether it claimed the verb.
CUE_RULES: tuple[Callable[[QuoteDoc, int, Cue], bool], ...] = (
    comme_clause,
    colon_clause,
    infinitive_clause,
    que_clause,
    incise,
)


def find_indirect(view: QuoteDoc) -> None:
    """Record the indirect quotes of the article (and its direct quotes on the way)."""
    marks = view.open_tok
    by_first = view.lex.introducers.by_first
    # the other tokens would only be skipped: visit the points where something can happen
    for i in indirect_points(view):
        if view.next_mark < len(marks) and marks[view.next_mark] < i:
            direct_upto(view, i)
        if view.in_quote[i] >= 0:
            continue
        if view.folds[i] in by_first and match_introducer(view, i) is not None:
            introduced(view, i)
            continue
        cue = view.lex.cue_of(view.doc[i])
        if cue is None or (cue.direct_only and not cue.que_clause):
            continue
        for rule in CUE_RULES:
            if rule(view, i, cue):
                break


def indirect_points(view: QuoteDoc) -> list[int]:
    """The tokens where :func:`find_indirect` can do anything, in order: the first word of an
    introducer, a form of a speech verb or a verb with a speech-verb lemma (a superset of
    where ``cue_of`` finds a cue), and the token after each quote opener, where a full scan
    handles the direct quotes opened before it."""
    lex = view.lex
    n = len(view.words)
    points = {o + 1 for o in view.open_tok if o + 1 < n}
    points.update(i for i, low in enumerate(view.folds) if low in lex.cue_starts)
    points.update(
        i for i, p in enumerate(view.pos) if p in VERB_POS and view.lemma(i) in lex.lemmas
    )
    return sorted(points)
