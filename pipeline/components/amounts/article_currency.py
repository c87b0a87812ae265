"""Pass 6 — which dollar (franc, dinar, peso, couronne…) a bare form means, article-wide.

A form of ``currencies.tsv`` whose ISO code ends with ``?`` is a default guess (``dollars`` →
``USD?``); one ending with ``!`` is money only in context (``livres`` → ``GBP!``). The steps,
in order (:func:`resolve_article_currencies`):

1. a bare amount restating an explicit one (``47 milliards de dollars`` in the title, ``47
   milliards de dollars américains`` in the body) takes its currency; then an article written
   the way only one country's press writes its money (``38 M$``, ``2,1 G$``, ``140 millions $``
   in Quebec: the cues marked ``own``) means that currency by every bare form;
2. an article that writes some dollar out (``214,50 $ CA``, ``dollars canadiens``, ``dollars
   américains``) marks the dollar it means each time: its bare dollars are US dollars, unless
   their own sentence names a local exchange (``72,40 $ à la Bourse de Toronto``);
3. the other guesses follow the one currency the article points to, by a cue phrase of
   ``currency_cues.tsv`` (``Bourse de Toronto``, ``au Cameroun``) or an amount written out;
   twice, so that a resolved guess (``francs CFA`` → XAF) is evidence for another (``francs``);
   an article pointing to several takes the one it names at least twice as often as any other
   (a Tunisian dispatch on exports ``vers la Libye et l'Algérie``: its ``dinars`` are TND);
4. a form that is money only in context (``livres``) is kept when its sentence or the article
   says so (``racheté pour 2 millions de livres``), unless the sentence speaks of books.
"""

from __future__ import annotations

import re

from pipeline.components.amounts.document import Article
from pipeline.components.amounts.grammar import CurrencyCues
from pipeline.components.amounts.values import Amount

#: Bare-dollar guesses that an article writing some dollar out resolves to the default (the press
#: marks the dollar that is not the US one, and marks the US one where it could be mistaken).
MARKED_DOLLAR_GUESSES = frozenset({"USD?"})
#: how close (relative) a bare amount's value must be to the explicit one it restates
RESTATED_TOLERANCE = 0.005
_NEAR_WORDS = re.compile(r"[^\s'’]+")


def guessed_currencies(amounts: list[Amount]) -> set[str]:
    """The guesses among the currencies of ``amounts``: ``USD?`` (a default guess), ``GBP!``
    (money only in context)."""
    return {a.currency for a in amounts if a.currency and a.currency[-1] in "?!"}


def resolve_article_currencies(article: Article, amounts: list[Amount]) -> list[Amount]:
    """The amounts with every guessed currency resolved (and the ``livres`` that are books
    left out)."""
    guesses = guessed_currencies(amounts)
    if not guesses:
        return amounts
    take_restated_currency(article, amounts, guesses)
    take_own_currency(article, amounts, guesses)
    mark_bare_dollars(article, amounts, guesses)
    evidence = follow_article_evidence(article, amounts)
    return keep_money_only_in_context(article, amounts, evidence)


def take_restated_currency(article: Article, amounts: list[Amount], guesses: set[str]) -> None:
    """Step 1: ``47 milliards de dollars`` restating ``47 milliards de dollars américains``
    takes USD."""
    for a in amounts:
        if a.currency not in guesses or a.value is None:
            continue
        family = article.rules.cues.family(a.currency)
        same = {
            b.currency
            for b in amounts
            if b.currency in family
            and b.value is not None
            and abs(b.value - a.value) <= RESTATED_TOLERANCE * abs(a.value)
        }
        if len(same) == 1:
            a.currency = same.pop()


def take_own_currency(article: Article, amounts: list[Amount], guesses: set[str]) -> None:
    """Step 1, then: an article writing ``2,1 G$`` or ``140 millions $`` (Quebec press), or
    ``38 M$`` beside ``Montréal``, means the Canadian dollar by its bare ``$`` and ``dollars``,
    even beside ``40 millions $ US``."""
    cues = article.rules.cues
    own = [rule for rule in cues.own if rule[2] in guesses]
    if not own or cues.any_re is None:
        return
    found = {m.group(0) for m in cues.any_re.finditer(article.text)}
    for pat, iso, guess, needs_support in own:
        if not any(pat.fullmatch(f) for f in found):
            continue
        if needs_support and not supported(cues, found, iso, guess):
            continue
        for a in amounts:
            if a.currency == guess:
                a.currency = iso
        return


def supported(cues: CurrencyCues, found: set[str], iso: str, guess: str) -> bool:
    """Whether a cue phrase ``found`` in the article (``Montréal``) points to ``iso`` for
    ``guess``, beside a way of writing that needs one (``850 M$``)."""
    return any(
        i == iso and g == guess and any(pat.fullmatch(f) for f in found) for pat, i, g in cues.cues
    )


def mark_bare_dollars(article: Article, amounts: list[Amount], guesses: set[str]) -> None:
    """Step 2: in an article writing ``dollars canadiens``, a bare ``$`` is the US dollar,
    unless its sentence names a local exchange."""
    for guess in MARKED_DOLLAR_GUESSES & guesses:
        family = article.rules.cues.family(guess)
        if not any(b.currency in family for b in amounts):
            continue
        for a in amounts:
            if a.currency == guess:
                a.currency = local_cue(article, a, guess) or guess[:-1]


def local_cue(article: Article, a: Amount, guess: str) -> str | None:
    """The one currency that a cue of the sentence of ``a`` (``Bourse de Toronto``, not a
    currency name) points to for ``guess``."""
    cues = article.rules.cues
    if cues.any_re is None:
        return None
    window = article.sentence_before(a.start) + " " + article.sentence_after(a.end)
    isos = set()
    for m in cues.any_re.finditer(window):
        form = m.group(0)
        if article.rules.currencies.currency_of(form) is not None:
            continue
        for pat, iso, replaces in cues.cues:
            if replaces == guess and pat.fullmatch(form):
                isos.add(iso)
    return isos.pop() if len(isos) == 1 else None


def follow_article_evidence(article: Article, amounts: list[Amount]) -> dict[str, set[str]]:
    """Step 3: each guess the article points to one currency for takes it (``coté au TSX`` →
    CAD). Returns the currencies the article points to, per guess."""
    cues = article.rules.cues
    # one pass over the text finds every cue phrase; each is then checked against the cues
    hits = [m.group(0) for m in cues.any_re.finditer(article.text)] if cues.any_re else []
    found = set(hits)
    doc_evidence: dict[str, set[str]] = {}
    for _ in range(2):
        evidence = article_evidence(article, amounts, found)
        for guess, isos in evidence.items():
            doc_evidence[guess] = isos
            if len(isos) > 1 and guess.endswith("?"):
                isos = dominant_currency(cues, hits, guess, isos)
            if len(isos) == 1 and guess.endswith("?"):
                iso = next(iter(isos))
                for a in amounts:
                    if a.currency == guess:
                        a.currency = iso
    return doc_evidence


#: how many times more often the article must point to one currency than to any other for that
#: one to win ("Tunis", "Tunisie" four times against "vers l'Algérie et la Libye" once each)
DOMINANCE = 2
#: the fewest cue phrases a dominant currency needs
DOMINANT_MIN_HITS = 2


def dominant_currency(cues: CurrencyCues, hits: list[str], guess: str, isos: set[str]) -> set[str]:
    """When the article points to several currencies for ``guess``, the one it points to far
    more often than to any other (a Tunisian dispatch naming its export markets, ``vers la Libye
    et l'Algérie``: its bare ``dinars`` are Tunisian); else all of them (no decision)."""
    counts = dict.fromkeys(isos, 0)
    for hit in hits:
        for iso in {i for pat, i, rep in cues.cues if rep == guess and pat.fullmatch(hit)}:
            if iso in counts:
                counts[iso] += 1
    ranked = sorted(counts.values(), reverse=True)
    top = max(counts, key=lambda iso: counts[iso])
    if ranked[0] >= DOMINANT_MIN_HITS and ranked[0] >= DOMINANCE * ranked[1]:
        return {top}
    return isos


def article_evidence(
    article: Article, amounts: list[Amount], found: set[str]
) -> dict[str, set[str]]:
    """For each guess still open, the currencies that the cue phrases ``found`` in the text and
    the amounts written out point to."""
    cues = article.rules.cues
    evidence: dict[str, set[str]] = {g: set() for g in guessed_currencies(amounts)}
    for pat, iso, replaces in cues.cues:
        if (
            replaces in evidence
            and iso not in evidence[replaces]
            and any(pat.fullmatch(f) for f in found)
        ):
            evidence[replaces].add(iso)
    for a in amounts:
        if a.currency and a.currency[-1] not in "?!":
            for rep in cues.iso_replaces.get(a.currency, ()):
                if rep in evidence:
                    evidence[rep].add(a.currency)
    return evidence


def keep_money_only_in_context(
    article: Article, amounts: list[Amount], evidence: dict[str, set[str]]
) -> list[Amount]:
    """Step 4: the amounts, without the ``livres`` that are not money."""
    out = []
    for a in amounts:
        if a.currency and a.currency.endswith("!"):
            kept = in_context(article, a, evidence.get(a.currency, set()))
            if kept is None:
                continue
            a.currency = kept
        out.append(a)
    return out


def in_context(article: Article, a: Amount, evidence: set[str]) -> str | None:
    """The currency of a bare ``livres`` when it is money, else ``None``."""
    assert a.currency is not None
    words = article.rules.words
    before = article.sentence_before(a.start)
    near = _NEAR_WORDS.findall(before)[-4:]
    # the currency: the one the article points to ("livres" in Egypt), else the default
    iso = next(iter(evidence)) if len(evidence) == 1 else a.currency[:-1]
    if (
        words.money_re is not None
        and near
        and near[-1].lower() in ("pour", "de", "d")
        and words.money_re.search(" ".join(near))
    ):  # "racheté pour 2 millions de livres", "un bénéfice de 3 millions de livres"
        return iso
    if words.book_re is not None and words.book_re.search(
        before + " " + article.sentence_after(a.end)
    ):
        return None  # "vendu 2 millions de livres l'an dernier"
    if words.money_re is not None and words.money_re.search(before):
        return iso
    return iso if evidence else None
