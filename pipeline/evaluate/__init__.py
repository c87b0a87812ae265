r"""Score extraction results against gold annotations (the rules of ``GOLD_FORMAT.md``).

Usage::

    report = evaluate("corpus/gold.jsonl")            # runs pipeline.extract on the gold texts
    report = score(load_gold("corpus/gold.jsonl"), result)   # or score tables you already have
    print(report.format_table())
    print(report.format_errors())

:func:`score` is pure Python over pandas tables and needs no spaCy model; :func:`evaluate` runs
the pipeline (imported lazily).

Text comparison
    Every comparison uses :func:`fold`: NFKD with combining marks dropped (accents), casefold,
    typographic apostrophes (’ ‘ ʼ `) turned into ``'``, every run of whitespace (U+00A0 and
    U+202F included) collapsed to one space, stripped.

amounts
    Per article, a gold amount matches a predicted one with the same currency (missing on both
    sides counts as the same; a predicted NA against a gold code does not) and a value within
    0.5 % (``abs(p - g) <= 0.005 * abs(g)``, so exact for ``g == 0``). A predicted row gives one
    prediction for ``value`` and one more for ``value_max`` when that is set (a range gives both
    bounds); a row without ``value`` is a prediction that matches nothing. Matching is one-to-one
    and of maximum size (closest pairs first), so tp/fp/fn count occurrences.

organizations / people
    Per article, the distinct predicted ``name`` values (whitespace-stripped, NA and empty
    dropped; distinct as written, so ``AMF`` and ``l'AMF`` are two names) are matched to the gold
    entity whose name or an alias equals them after folding and after dropping a leading
    ``le ``/``la ``/``les ``/``l'``. Names matching a ``*_optional`` entity (and no regular one)
    are ignored. Lenient: tp = gold entities matched by at least one name, fp = names matching no
    entity, fn = gold entities not matched. Strict: the same, plus one false positive per name
    beyond the first that matches an already-matched entity (a name equal to the canonical gold
    name is taken as the first). A name matching several gold entities goes to the first one not
    matched yet.

quotes
    Word sets are the ``\w+`` tokens of the folded text. A predicted quote matches a gold one
    when ``|P ∩ G| >= 0.5 |G|`` and ``|P ∩ G| >= 0.3 |P|`` (and the intersection is not empty).
    Matching is one-to-one, best overlaps (Jaccard) first, then completed to maximum size.
    Predicted quotes left unmatched that match a ``quotes_optional`` entry are ignored (neither tp
    nor fp, any number of them). ``quotes`` is detection. ``quotes_attributed`` counts a matched
    pair when the predicted ``speaker`` equals (folded, leading article dropped, as for names) the
    gold speaker or a name/alias of the gold entity it names (looked up in the gold people and
    organisations, optional ones included), or - unless the gold speaker is only an organisation -
    contains the surname (last word of the gold person's canonical name) as a whole word. A gold
    speaker ``null`` is matched by a missing predicted speaker only. Attributed precision is
    attributed tp / predicted quotes (not ignored), recall attributed tp / gold quotes.

dates (our own rule; GOLD_FORMAT.md gives none)
    A predicted date matches a gold date when their folded texts are equal or one contains the
    other as whole words (``en 2015`` contains ``2015``; ``2015`` does not contain ``5``).
    Matching is one-to-one and of maximum size (equal texts, then equal values, first).
    ``dates`` is detection. ``dates_value`` is a separate one-to-one maximum matching whose pairs
    must match as above *and* have equal ``value`` strings (whitespace-stripped; missing on both
    sides counts as equal). A gold ``value_end`` is not compared.

Totals
    Micro-average over all articles: tp/fp/fn are summed, then P = tp / (tp + fp),
    R = tp / (tp + fn), F1 = 2PR / (P + R). When gold and predictions are both empty,
    P = R = F1 = 1; when only one side is empty, all three are 0. A gold article with no predicted
    rows is all misses. Predicted rows whose ``doc_id`` is not a gold ``id`` are ignored.

Modules, in the order a gold file goes through them:

* :mod:`~pipeline.evaluate.gold` — :func:`load_gold`, the gold file read and checked;
* :mod:`~pipeline.evaluate.scoring` — :func:`score` (each article, field by field) and
  :func:`evaluate` (the pipeline run on the gold texts, then scored);
* :mod:`~pipeline.evaluate.values` — how values are read and compared (:func:`fold`, name keys);
* :mod:`~pipeline.evaluate.matching` — one-to-one maximum matching, and a field's detail;
* :mod:`~pipeline.evaluate.amounts`, :mod:`~pipeline.evaluate.names`,
  :mod:`~pipeline.evaluate.quotes`, :mod:`~pipeline.evaluate.dates` — one scorer per field;
* :mod:`~pipeline.evaluate.report` — :class:`PRF` and :class:`EvalReport`, the figures and
  their text.
"""

from pipeline.evaluate.amounts import AMOUNT_TOLERANCE
from pipeline.evaluate.gold import load_gold
from pipeline.evaluate.quotes import QUOTE_MIN_GOLD_SHARE, QUOTE_MIN_PRED_SHARE
from pipeline.evaluate.report import FIELDS, PRF, EvalReport
from pipeline.evaluate.scoring import ExtractResultLike, evaluate, score
from pipeline.evaluate.values import fold

__all__ = [
    "AMOUNT_TOLERANCE",
    "FIELDS",
    "PRF",
    "QUOTE_MIN_GOLD_SHARE",
    "QUOTE_MIN_PRED_SHARE",
    "EvalReport",
    "ExtractResultLike",
    "evaluate",
    "fold",
    "load_gold",
    "score",
]
