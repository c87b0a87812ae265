"""A direct quote's attribution before its marks: ``X a déclaré : « … »``, ``X juge que « … »``.

:func:`cue_before` walks back from the opening mark, in its sentence, at most 25 tokens, never
into another quote or across a newline, and tries in order:

1. an introducer (``Selon X, « … »``, ``Pour lui, « … »`` at the start of its sentence), twelve
   words away at most (the introducer's own words do not count before a quote opening after a
   comma: ``À en croire X, responsable de …, « … »``);
2. a speech verb (not the verb of an introducer: ``À en croire X``), close enough
   (:func:`gap_fits`): a colon between them (``X a déclaré, lundi : « … »``), ``que`` just
   before the quote (``X juge que « … »``), two adverbs or pronouns at most (``X a dit hier
   « … »``), adjuncts and complements before a quoted fragment (``X s'est félicité dans un
   message de la possibilité « d'écrire … »``), an incise set off by commas (``C'est simple,
   a-t-il expliqué, il existe « … »``), or the verb's object (``X juge le texte
   « confiscatoire »``, :func:`object_gap`); a cue farther away is not the quote's
   (``Interrogé sur …, X a balayé l'hypothèse : « … »``); the speaker is the verb's subject (a
   present participle's: the main clause's);
3. a colon right before the quote: the verb of the clause before it (``X a appelé au calme :
   « … »``), else that clause's subject (``X est formel : « … »``, ``Le PDG en est convaincu :
   « … »``).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.incises import incise_comma
from pipeline.components.quotes.introducers import in_introducer, introducer_at, match_introducer
from pipeline.components.quotes.lexicon import Cue
from pipeline.components.quotes.speakers import Speaker
from pipeline.components.quotes.subjects import clause_subject, main_subject, subject_of
from pipeline.components.quotes.tokens import colon_before
from pipeline.components.quotes.words import (
    OBJECT_DETS,
    OF,
    QUE,
    RELATIVES,
    SENT_END,
    TIME_WORDS,
)
from pipeline.text import lower_straight

#: What an attribution gives: the speaker and the cue's lemma (either may be None).
Attributed = tuple[Speaker | None, str | None]


def cue_before(view: QuoteDoc, o: int) -> Attributed | None:
    """The attribution before the quote opening at token ``o`` (rules 1–3 of the module
    docstring), or None."""
    got = cue_in_sentence(view, o)
    return got if got is not None else colon_attribution(view, o)


def cue_in_sentence(view: QuoteDoc, o: int) -> Attributed | None:
    """An introducer or a speech verb before ``o`` in its sentence (rules 1 and 2)."""
    doc = view.doc
    sent = view.sent_of[o]
    k = o - 1
    gap: list[Token] = []
    while k >= 0 and o - k <= 25:
        t = doc[k]
        if view.in_quote[k] >= 0 or k in view.closer_toks or "\n" in t.text:
            return None
        if view.sent_of[k] != sent and t.text in SENT_END:
            return None
        got = introducer_before(view, k, o, gap)
        if got is not None:
            return got
        cue = view.lex.cue_of(t)
        if cue is not None and in_introducer(view, k):
            cue = None  # "À en croire X, « … »": the introducer's verb is no cue of its own
        if cue is not None:
            if not gap_fits(view, gap, cue) and not incise_before(view, k, gap, cue):
                if relative_verb(view, t):
                    # "Pour les analystes de X, qui relèvent leur objectif, « … »": the verb
                    # of a relative clause on the source; the introducer before it may hold
                    gap.insert(0, t)
                    k -= 1
                    continue
                # "Interrogé sur …, X a balayé l'hypothèse : « … »": a far cue is not the
                # quote's; the verb of the clause before the colon may be
                return None
            if t.morph.get("VerbForm", []) == ["Part"] and "Pres" in t.morph.get("Tense", []):
                return main_subject(view, t), cue.lemma
            return subject_of(view, t), cue.lemma
        gap.insert(0, t)
        k -= 1
    return None


def relative_verb(view: QuoteDoc, t: Token) -> bool:
    """Whether the speech verb ``t`` has a relative pronoun for subject (``…, qui relèvent
    leur objectif de cours, « … »``): a clause on someone, not the quote's cue."""
    return any(c.dep_.startswith("nsubj") and view.folds[c.i] in RELATIVES for c in t.children)


def introducer_before(view: QuoteDoc, k: int, o: int, gap: list[Token]) -> Attributed | None:
    """The introducer at ``k`` (``pour`` only opening its sentence) with its speaker, when it
    is near enough to the quote opening at ``o`` (rule 1)."""
    low = view.folds[k]
    if low not in view.lex.introducers.by_first or (low == "pour" and not view.opens_sentence(k)):
        return None
    mi = match_introducer(view, k)
    # "À en croire X, responsable de …, « … »": the introducer's own words do not
    # count in the gap before a quote that opens after a comma
    near = len(outside_relative(view, gap)) <= 12 or (
        mi is not None and o - mi[2] <= 12 and view.doc[o - 1].text in (",", ":")
    )
    return introducer_at(view, k) if near else None


def outside_relative(view: QuoteDoc, gap: list[Token]) -> list[Token]:
    """The words of ``gap`` outside a relative clause set off by commas (``Pour les analystes
    de X, qui relèvent leur objectif de cours, « … »``): an aside on the source."""
    out: list[Token] = []
    inside = False
    for g in gap:
        if not inside and out and out[-1].text == "," and view.folds[g.i] in RELATIVES:
            inside = True
        elif inside and g.text == ",":
            inside = False
        elif not inside:
            out.append(g)
    return out


def gap_fits(view: QuoteDoc, gap: list[Token], cue: Cue) -> bool:
    """Whether the words between a speech verb and the quote let the verb introduce it: a
    colon (``X a déclaré, lundi : « … »``), ``que`` (``X juge que « … »``), two adverbs or
    pronouns at most (``X a dit hier « … »``), or the verb's object (:func:`object_gap`)."""
    texts = [g.text for g in gap]
    colon = ":" in texts and len(gap) <= 10
    que = bool(texts) and lower_straight(texts[-1]) in QUE and len(gap) <= 3
    tight = len(gap) <= 2 and all(g.pos_ in ("ADV", "PRON") or g.lower_ in TIME_WORDS for g in gap)
    return colon or que or tight or object_gap(view, gap, cue) or complement_gap(view, gap, cue)


#: Words after which a quoted fragment is the reporter's purpose clause, not the speaker's words.
PURPOSE = {"pour", "afin"}


def complement_gap(view: QuoteDoc, gap: list[Token], cue: Cue) -> bool:
    """``X s'est félicité dans un message aux salariés de la possibilité « d'écrire … »``: a
    quoted fragment (opening lower-case, with a verb) ending the clause of the speech verb, the
    words between them adjuncts and complements (no verb, no comma, no relative), fourteen at
    most; not after a verb of direct quotes only (``X a lancé un plan pour « redresser … »``)."""
    if not gap or len(gap) > 14 or cue.direct_only or cue.weak:
        return False
    o = gap[-1].i + 1
    first = o + 1
    while first < len(view.doc) and view.doc[first].is_space:
        first += 1
    if first >= len(view.doc) or not view.doc[first].text[:1].islower():
        return False
    if not any(view.doc[k].pos_ in ("VERB", "AUX") for k in quoted_tokens(view, first)):
        return False  # "X a dénoncé dans un tract « une course à la rentabilité »": a label
    for g in gap:
        low = lower_straight(g.text)
        if g.pos_ in ("VERB", "AUX") or g.is_punct or low in QUE or low in (*RELATIVES, *PURPOSE):
            return False
    return True


def incise_before(view: QuoteDoc, k: int, gap: list[Token], cue: Cue) -> bool:
    """``C'est simple, a-t-il expliqué, il existe « … »``: the speech verb at ``k`` is an
    incise set off by commas in the sentence of the quote, twelve words before it at most."""
    comma = incise_comma(view, k, cue)
    return (
        0 < len(gap) <= 12
        and comma > 0
        and comma - 1 not in view.closer_toks  # "« … », commente X, qui …": the other quote's
        and any(g.text == "," for g in gap)
        and not any(g.text in SENT_END or g.text == ":" or g.lower_ in RELATIVES for g in gap)
    )


def quoted_tokens(view: QuoteDoc, first: int) -> range:
    """The tokens of the quote holding token ``first``."""
    qi = view.in_quote[first]
    k = first
    while k < len(view.doc) and view.in_quote[k] == qi and qi >= 0:
        k += 1
    return range(first, k)


def object_gap(view: QuoteDoc, gap: list[Token], cue: Cue) -> bool:
    """``X juge le texte « confiscatoire »``, ``X qualifie la mesure de « brutale »``: the
    words between the verb and the quote are its object (a determiner, nouns, adjectives,
    ``de``), so the quoted words are the subject's."""
    if not gap or len(gap) > 7 or not cue.object_quote:
        return False
    if len(gap) == 1 and lower_straight(gap[0].text) in OF:
        return True  # "X a qualifié de « stupide » la taxe"
    if gap[0].pos_ != "DET" and lower_straight(gap[0].text) not in OBJECT_DETS:
        return False
    for g in gap[1:]:
        if (
            g.pos_ not in ("NOUN", "ADJ", "PROPN", "DET", "NUM")
            and lower_straight(g.text) not in OF
        ):
            return False
    return True


def colon_attribution(view: QuoteDoc, o: int) -> Attributed | None:
    """A colon right before the quote (rule 3): the verb of the clause before it (``X a appelé
    au calme : « … »``), else that clause's subject (``X est formel : « … »``)."""
    doc = view.doc
    k = colon_before(view, o)
    if k < 0:
        return None
    sent = view.sent_of[o]
    j = k - 1
    while j >= 0 and k - j <= 15 and view.sent_of[j] == sent and view.in_quote[j] < 0:
        if doc[j].pos_ == "VERB" and j not in view.closer_toks:
            sp = subject_of(view, doc[j])
            if sp is not None and sp[0] is not None:
                return sp, doc[j].lemma_
            return None
        j -= 1
    # "X est formel : « … »", "Le PDG en est convaincu : « … »": the clause's subject
    start = view.sent_start[sent]
    if any(view.in_quote[t] >= 0 or t in view.closer_toks for t in range(start, k)):
        return None
    sp = clause_subject(view, start, k, persons_only=False)
    return (sp, None) if sp is not None and sp[0] is not None else None
