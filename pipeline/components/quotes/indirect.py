"""indirect (docstring to write)."""

from __future__ import annotations

from spacy.parts_of_speech import VERB

from pipeline.components.quotes.colon import colon_clause
from pipeline.components.quotes.direct import direct_upto
from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.introducers import introduced, match_introducer
from pipeline.components.quotes.inverted import inverted
from pipeline.components.quotes.reported import (
    record_indirect,
    record_indirect_parts,
    skip_dateline,
)
from pipeline.components.quotes.subjects import main_subject, subject_of
from pipeline.components.quotes.words import (
    AUX_FORMS,
    COMPARATIVES,
    HYPHEN_PRON,
    NOT_COMPLEMENTIZER,
    OBJECT_CLITICS,
    QUE,
    REFLEXIVE,
    SENT_END,
    TIME_WORDS,
    TRAILING,
    VERB_POS,
)
from pipeline.text import lower_straight


def indirect_points(view: QuoteDoc) -> list[int]:
    """The tokens where :meth:`indirect` can do anything, in order: the first word of an
    introducer, a form of a speech verb or a verb with a speech-verb lemma (a superset of
    where ``cue_of`` finds a cue), and the token after each quote opener, where a full scan
    handles the direct quotes opened before it."""
    c = view.lex
    strings = view.doc.vocab.strings
    n = len(view.words)
    points = {o + 1 for o in view.open_tok if o + 1 < n}
    points.update(i for i, low in enumerate(view.folds) if low in c.cue_starts)
    points.update(
        i
        for i, p in enumerate(view.pos)
        if p in VERB_POS and strings[view.lemma_ids[i]] in c.lemmas
    )
    return sorted(points)


def find_indirect(view: QuoteDoc) -> None:
    doc = view.doc
    n = len(doc)
    marks = view.open_tok
    # the other tokens would only be skipped: visit the points where something can happen
    for i in indirect_points(view):
        tok = doc[i]
        if view.next_mark < len(marks) and marks[view.next_mark] < i:
            direct_upto(view, i)
        if view.in_quote[i] >= 0:
            continue
        low = view.folds[i]  # lower_straight(tok.text)
        if low in view.lex.introducers.by_first and match_introducer(view, i) is not None:
            introduced(view, i)
            continue
        cue = view.lex.cue_of(tok)
        if cue is None or (cue.direct_only and not cue.que_clause):
            continue
        # X le reconnaît : <clause>.  /  Il a précisé : <clause>.
        if not cue.direct_only and colon_clause(view, i):
            continue
        # X a affirmé que … / …, affirmant que …
        que = -1
        j = i + 1
        # the word arrays first: a Token only where the part of speech or parse is read
        while j < n and j - i <= 10:
            if view.is_stop(j) or view.in_quote[j] >= 0 or view.words[j] == ":":
                break
            if view.folds[j] in QUE:
                t, prev = doc[j], doc[j - 1]
                # "a assuré devant les députés que …": a noun under a preposition is no
                # antecedent of a relative "que"
                relative = (
                    t.pos_ == "PRON"
                    and prev.pos_ == "NOUN"
                    and lower_straight(prev.text) not in TIME_WORDS  # a averti mardi qu'elle …
                    and not (
                        prev.dep_.startswith("obl") and any(c.dep_ == "case" for c in prev.children)
                    )
                )
                if (
                    lower_straight(prev.text) not in NOT_COMPLEMENTIZER
                    and not relative
                    and not comparative(view, i + 1, j)
                ):
                    que = j
                break
            if (
                view.words[j].lower() in ("qui", "dont", "lequel", "laquelle")  # tok.lower_
                and view.words[j - 1] == ","
            ):
                break  # "a martelé le dirigeant, qui a rappelé que": the relative's own cue
            if j > i + 1 and view.pos[j] == VERB and "Fin" in doc[j].morph.get("VerbForm", []):
                break  # (the part of speech first: reading the morphology is dearer)
            j += 1
        if que >= 0:
            start = que + 1
            if start < n and (start in view.opener_toks or view.in_quote[start] >= 0):
                continue  # X juge que « … »: a direct quote
            end = view.clause_end(start)
            form = tok.morph.get("VerbForm", [])
            is_part = "Part" in form and "Pres" in tok.morph.get("Tense", [])
            if is_part or low.endswith("ant"):
                sp = main_subject(view, tok)
            else:
                sp = subject_of(view, tok)
            if sp is None and (cue.weak or cue.direct_only):
                continue
            if sp is not None and sp == (None, None) and (cue.weak or cue.direct_only):
                continue
            record_indirect(view, start, end, sp, cue.lemma, i)
            continue
        if cue.direct_only:
            continue  # demander: a quote cue only before its "que" clause
        # <clause>, estime X.  /  <clause>, estime X, <clause>.
        comma = i - 1
        while comma >= 0 and i - comma <= 4 and doc[comma].text != ",":
            t = doc[comma]
            if not (
                t.lower_ in AUX_FORMS
                or t.text in ("-t", "-t-")
                or HYPHEN_PRON.match(t.text)
                or lower_straight(t.text) in REFLEXIVE | OBJECT_CLITICS
                or (comma == i - 1 and lower_straight(t.text) in cue.after)
            ):
                break  # ", a-t-elle martelé", ", s'est-il félicité", ", a fait savoir"
            comma -= 1
        if comma >= 0 and doc[comma].text == ",":
            if (
                comma > 0
                and doc[comma - 1].i in view.closer_toks
                and not fragment_before(view, comma)
            ):
                continue  # « … », a-t-il dit: the direct quote's incise
            hit = inverted(view, comma + 1, n)
            if hit is None:
                continue
            c, verb, sp, end = hit
            if verb.i != i or sp is None:
                continue  # no inverted subject: "X, a prévenu : …" is not an incise
            if (
                verb.morph.get("VerbForm", []) == ["Part"]
                and "Past" in verb.morph.get("Tense", [])
                and doc[verb.i - 1].lower_ not in AUX_FORMS
                and not any(HYPHEN_PRON.match(t.text) for t in doc[max(0, verb.i - 2) : verb.i + 3])
            ):
                continue  # "Le projet, révélé par Les Echos, …": a passive participle
            s = view.sent_of[comma]
            rest_end = view.clause_end(end + 1) if end + 1 < n else end + 1
            clause_after = (
                end < n
                and doc[end].text == ","
                and view.sent_of[end] == s
                and any(
                    doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm", [])
                    for k in range(end + 1, rest_end)
                )
            )
            ends = end >= n or doc[end].text in SENT_END or "\n" in doc[end].text
            if not ends and doc[end].text != ",":
                # "…, a-t-elle martelé devant les analystes jeudi dernier.": adjuncts (no
                # verb, no clause) may follow the incise to the end of the sentence
                k2 = end
                while k2 < n and k2 - end < 10 and not view.is_stop(k2) and doc[k2].text != ",":
                    if (
                        "Fin" in doc[k2].morph.get("VerbForm", [])
                        or lower_straight(doc[k2].text) in QUE
                    ):
                        break
                    k2 += 1
                if k2 < n and not (doc[k2].text in SENT_END or "\n" in doc[k2].text):
                    continue
                end = k2
                ends = True
            sstart = view.sent_start[s]
            while sstart < comma and (doc[sstart].is_space or doc[sstart].text in TRAILING):
                sstart += 1
            if any(view.in_quote[k] >= 0 for k in range(sstart, comma)) and not (
                fragment_before(view, comma)
            ):
                continue
            if clause_after:
                # "Le marché, estime X, va croître": the sentence around the incise, when
                # the rest is a clause of its own (a finite verb) and has no quote marks
                rest = range(end + 1, rest_end)
                if (
                    comma <= sstart
                    or any(view.in_quote[k] >= 0 or k in view.opener_toks for k in rest)
                    or subject_with_aside(view, sstart, comma)
                ):
                    continue
                record_indirect_parts(view, [(sstart, comma), (end + 1, rest_end)], sp, c.lemma, i)
                continue
            sstart = skip_dateline(view, sstart, comma)
            if comma - sstart < 4 or subject_with_aside(view, sstart, comma):
                continue
            record_indirect(view, sstart, comma, sp, c.lemma, i)


def subject_with_aside(view: QuoteDoc, start: int, comma: int) -> bool:
    """Whether ``start..comma`` is a noun phrase with an aside set off by a comma and no
    finite verb of its own (``Le Comité Champagne, qui réunit vignerons et maisons, a
    tempéré ce diagnostic``; ``Le premier groupe du Brésil, Rede D'Or, a annoncé le
    rachat``): the subject of the verb after it, not a quote before an incise."""
    doc = view.doc
    if not any(doc[k].text == "," for k in range(start, comma)):
        return False
    for k in range(start, comma):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []):
            v = t if t.pos_ == "VERB" else t.head
            if not v.dep_.startswith("acl") and not any(
                c.dep_.startswith("nsubj") and c.lower_ in ("qui", "dont", "que", "qu'")
                for c in v.children
            ):
                return False
    return True


def comparative(view: QuoteDoc, start: int, que: int) -> bool:
    """Whether the ``que`` at ``que`` ends a comparison (``meilleur qu'attendu``, ``plus
    élevé que prévu``, ``moins que l'an dernier``): never a content clause."""
    doc = view.doc
    words = [lower_straight(doc[k].text) for k in range(max(start, que - 3), que)]
    if any(w in COMPARATIVES for w in words):
        return True
    return (
        que - 2 >= start
        and words[-2:-1] in (["plus"], ["moins"], ["aussi"])
        and (
            doc[que - 1].pos_ in ("ADJ", "ADV")
            and lower_straight(doc[que - 1].text) not in ("tard", "tôt")
        )
    )


def fragment_before(view: QuoteDoc, comma: int) -> bool:
    """Whether the sentence before ``comma`` is the reporter's clause with a quoted fragment
    (``Ce dérapage est « préoccupant », estime la Cour``): an indirect quote, not the incise
    of a direct one."""
    doc = view.doc
    start = view.sent_start.get(view.sent_of[comma], comma)
    while start < comma and (doc[start].is_space or doc[start].text in TRAILING):
        start += 1
    toks = range(start, comma)
    openers = [k for k in toks if k in view.opener_toks]
    if not openers or start in view.opener_toks:
        return False
    before = sum(1 for k in range(start, openers[0]) if doc[k].is_alpha)
    quoted = sum(1 for k in toks if view.in_quote[k] >= 0)
    return before >= 2 and 2 * quoted < len(toks)
