"""Who speaks: the subject of a speech verb, of a participle's main clause, of a clause.

:func:`subject_of` names the speaker of a verb placed before its quote or clause (``X a
déclaré``, ``X estime que``), trying in order:

1. a narrative infinitive opening its sentence (``Et d'ajouter : « … »``) goes on with the last
   speaker, two sentences back at most, else with the most salient subject before it;
2. the parser's subject of the verb (or of the verb it is coordinated with: ``X a reconnu et
   ajouté que``), in the verb's sentence and outside quotes, a named one first;
3. an inverted pronoun next to the verb (``a-t-il déclaré``, ``déclare-t-elle``);
4. without a parse, the nearest mention or pronoun before the verb in its sentence (after a
   relative clause set off by commas: ``X (SIGLE), qui représente …, réclame que``; not the
   employer in an apposition: ``Marc Lévy, analyste chez Oddo, estime``; not a relative's
   pronoun: ``La ministre X, qu'il a rencontrée lundi, juge``);
5. the noun phrase opening the sentence, up to its first comma (``Un banquier dakarois, qui a
   requis l'anonymat, relève que …``), else the employer set aside in rule 4.

The other helpers: :func:`main_subject` (``…, affirmant que``), :func:`clause_subject` and
:func:`previous_subject` (a quote with no cue after ``X est formel :`` or a sentence about X),
:func:`name_opening` (a name the recogniser missed), :func:`skip_apposition` (``Selon X,
économiste chez Natixis, …``).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.speakers import NOT_SUBJECT_ADP, PERSON, Speaker, SpeakerCandidate
from pipeline.components.quotes.tokens import is_finite
from pipeline.components.quotes.words import DASHES, HYPHEN_PRON
from pipeline.text import lower_straight


def subject_of(view: QuoteDoc, verb: Token) -> Speaker | None:
    """Speaker of a cue verb placed before its quote (``X a déclaré``): the rules of the
    module docstring in order."""
    if narrative_infinitive(view, verb):
        got = last_speaker_nearby(view, verb)
        if got is None:
            # "X préside Y depuis 2020. Et d'ajouter : « … »": the subject the passage is about
            got = view.res.recency.recent_person(verb.i, None, orgs=True)
        return got if got[0] is not None else None
    sp = parsed_subject(view, verb)
    if sp is not None:
        return sp
    sp = controller_speaker(view, verb)
    if sp is not None:
        return sp
    pron = inverted_pronoun(view, verb)
    if pron is not None:
        return view.res.resolve_pronoun(pron)
    start, base = walk_start(view, verb)
    near = nearest_subject(view, verb, start, base)
    if near.found:
        return near.speaker
    np = opening_noun_phrase(view, verb, near.first)
    if np is not None:
        # "Un banquier dakarois, qui a requis l'anonymat, relève que …" misparsed
        got = view.res.resolve_np(np[0], np[1], verb.i)
        if got is not None or near.aside is None:
            return got
    return (near.aside.name, near.aside.kind) if near.aside is not None else None


def narrative_infinitive(view: QuoteDoc, verb: Token) -> bool:
    """``Et d'ajouter : « … »``: ``de`` + the verb opening its sentence (rule 1)."""
    doc = view.doc
    return (
        verb.i > 0
        and lower_straight(doc[verb.i - 1].text) in ("d'", "de")
        and view.opens_sentence(verb.i - 1)
        and (verb.i < 2 or doc[verb.i - 2].pos_ == "CCONJ")
    )


def last_speaker_nearby(view: QuoteDoc, verb: Token) -> Speaker | None:
    """The last speaker before ``verb``, if quoted two sentences back at most."""
    recent = [(at, m) for at, m in view.res.speakers if at < verb.i]
    if recent and view.sent_of[verb.i] - view.sent_of[recent[-1][0]] <= 2:
        return recent[-1][1].name, recent[-1][1].kind
    return None


def parsed_subject(view: QuoteDoc, verb: Token) -> Speaker | None:
    """The parser's subject of ``verb`` or of the verb it is coordinated with (rule 2)."""
    for head in (verb, verb.head):
        subs = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")]
        subs = [c for c in subs if view.in_quote[c.i] < 0 or view.in_quote[verb.i] >= 0]
        # the parser sometimes links across sentences: keep the verb's own sentence
        subs = [c for c in subs if view.sent_of[c.i] == view.sent_of[verb.i]]
        named = [c for c in subs if view.res.mention(c.i) is not None]
        for s in named + subs:
            sp = view.res.subject_speaker(s, verb)
            if sp is not None:
                return sp
        if head.dep_ not in ("conj", "xcomp") or head.head is head:
            break
    return None


def controller_speaker(view: QuoteDoc, verb: Token) -> Speaker | None:
    """``« … », a souligné X, avant d'ajouter que …``, ``…, a indiqué X, sans préciser que``:
    an infinitive has no subject of its own; governed by a speech verb whose quote is
    attributed in the same sentence, it speaks with that verb's speaker (rule 2b)."""
    head = verb.head
    if (
        "Inf" not in verb.morph.get("VerbForm", [])
        or verb.dep_ not in ("advcl", "xcomp", "conj")
        or head is verb
        or view.lex.cue_of(head) is None
    ):
        return None
    sent = view.sent_of[verb.i]
    recent = [(at, m) for at, m in view.res.speakers if at < verb.i and view.sent_of[at] == sent]
    if not recent:
        return None
    return recent[-1][1].name, recent[-1][1].kind


def inverted_pronoun(view: QuoteDoc, verb: Token) -> Token | None:
    """An inverted subject pronoun near ``verb``: ``a-t-il déclaré``, ``déclare-t-elle``."""
    doc = view.doc
    for k in range(max(0, verb.i - 3), min(len(doc), verb.i + 3)):
        if HYPHEN_PRON.match(doc[k].text) or (
            doc[k].text.startswith("-") and doc[k].lower_.lstrip("-t") in ("il", "elle")
        ):
            return doc[k]
    return None


def walk_start(view: QuoteDoc, verb: Token) -> tuple[int, int]:
    """Where the walk back to the subject starts (rule 4), and the token its distance counts
    from: before the cue's auxiliaries, before a relative clause set off by commas."""
    doc = view.doc
    sent = view.sent_of[verb.i]
    k = verb.i - 1
    base = verb.i
    while k > 0 and verb.i - k <= 3 and (doc[k].pos_ == "AUX" or doc[k].dep_ == "dep"):
        k -= 1  # "a fait savoir": back to the comma before the cue's words
    if k > 0 and doc[k].text == ",":
        # "X (SIGLE), qui représente 1 800 employés dans la région, réclame que …": the
        # subject is before the relative clause set off by commas
        for r in range(k - 1, max(0, k - 30), -1):
            if view.sent_of[r] != sent or view.in_quote[r] >= 0 or doc[r].text in ".;:":
                break
            if doc[r].lower_ in ("qui", "dont") and doc[r - 1].text == ",":
                k = base = r - 2
                break
    return k, base


class Nearest(NamedTuple):
    """The walk back of rule 4: whether it found the subject (``speaker``, maybe None), the
    first token it walked, and a mention set aside as an employer in an apposition."""

    found: bool
    speaker: Speaker | None
    first: int
    aside: SpeakerCandidate | None


def nearest_subject(view: QuoteDoc, verb: Token, k: int, base: int) -> Nearest:
    """The nearest mention or pronoun before ``verb`` in its sentence (rule 4), walking back
    from ``k`` at most 12 tokens from ``base`` (16 past an employer set aside), never into a
    quote."""
    doc = view.doc
    sent = view.sent_of[verb.i]
    aside: SpeakerCandidate | None = None
    while k >= 0 and view.sent_of[k] == sent and base - k <= (16 if aside else 12):
        if view.in_quote[k] >= 0 or k in view.closer_toks:
            break
        m = view.res.mention(k)
        if m is not None and (
            view.res.in_complement(m, (*NOT_SUBJECT_ADP, "par")) or described_complement(view, m)
        ):
            # "Marc Lévy, analyste chez Oddo, estime", "X, la présidente du groupe Beta, s'est
            # félicitée": not the employer in the apposition
            aside = aside or m
            k = m.start - 1
            continue
        if m is not None:
            return Nearest(True, (m.name, m.kind), k, aside)
        if doc[k].lower_ in ("il", "elle"):
            if doc[k].head.dep_ == "acl:relcl" or (
                k > 0 and lower_straight(doc[k - 1].text) in ("qu'", "que", "dont", "où")
            ):
                k -= 1  # "La ministre X, qu'il a rencontrée lundi, juge": not the relative's
                continue
            speaker = view.res.dislocated(doc[k]) or view.res.resolve_pronoun(doc[k])
            return Nearest(True, speaker, k, aside)
        k -= 1
    return Nearest(False, None, k + 1, aside)


def described_complement(view: QuoteDoc, m: SpeakerCandidate) -> bool:
    """``du groupe Beta``, ``de la banque Alpha``: a name after a common noun complementing
    another noun (``de``, ``du``, ``des`` before the noun)."""
    k = m.start - 1
    return (
        k >= 1
        and view.doc[k].pos_ == "NOUN"
        and view.doc[k].text[:1].islower()
        and lower_straight(view.doc[k - 1].text) in ("de", "du", "des", "d'")
    )


def opening_noun_phrase(view: QuoteDoc, verb: Token, s0: int) -> tuple[int, int] | None:
    """The noun phrase opening the verb's sentence at ``s0``, up to its first comma (rule 5),
    when the walk back reached the start of the sentence."""
    doc = view.doc
    if not (0 <= s0 < verb.i and (s0 == 0 or view.sent_of[s0 - 1] != view.sent_of[verb.i])):
        return None
    e = next((j for j in range(s0, verb.i) if doc[j].text == ","), verb.i)
    if e > s0 and doc[s0].pos_ in ("DET", "NOUN", "PROPN"):
        return s0, e
    return None


def main_subject(view: QuoteDoc, part: Token) -> Speaker | None:
    """Speaker for a participial cue (``…, affirmant que``): the main clause's subject."""
    h = part.head
    for _ in range(4):
        subs = [c for c in h.children if c.dep_ in ("nsubj", "nsubj:pass")]
        subs = [c for c in subs if view.sent_of[c.i] == view.sent_of[part.i]]
        for s in subs:
            sp = view.res.subject_speaker(s, h)
            if sp is not None:
                return sp
        if h.head is h:
            break
        h = h.head
    sent = view.sent_of[part.i]
    for k in range(view.sent_start[sent], part.i):
        m = view.res.mention(k)
        if m is not None and view.in_quote[k] < 0:
            return m.name, m.kind
    return None


def clause_subject(view: QuoteDoc, start: int, end: int, persons_only: bool) -> Speaker | None:
    """The speaker named by the subject of the clause ``doc[start:end]``."""
    doc = view.doc
    for t in doc[start:end]:
        if t.dep_ not in ("nsubj", "nsubj:pass") or not start <= t.head.i < end:
            continue
        if view.in_quote[t.i] >= 0:
            continue
        sp = view.res.subject_speaker(t, t.head)
        if sp is not None and sp[0] is not None:
            if persons_only and sp[1] != PERSON:
                return None
            return sp
        break
    for k in range(start, min(end, start + 8)):
        m = view.res.mention(k)
        if m is not None and view.in_quote[k] < 0 and not view.res.in_complement(m):
            if m.kind == PERSON or not persons_only:
                return m.name, m.kind
            return None
    return name_opening(view, start, end)


def name_opening(view: QuoteDoc, start: int, end: int) -> Speaker | None:
    """``Arnaud Delcourt (Vallorès) :``, ``Claire Dubois, PDG de Solvane :``: a clause
    opening with a first name and capitalised words is that person, even when the entity
    recogniser missed the name."""
    doc = view.doc
    while start < end and (doc[start].is_space or doc[start].text in DASHES):
        start += 1
    if start >= end or view.lex.first_names.get(doc[start].text) not in ("m", "f"):
        return None
    k = start + 1
    while k < end and k - start < 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    if k == start + 1 or (k < end and doc[k].text not in ("(", ",", ":")):
        return None
    return doc[start:k].text, PERSON


def previous_subject(view: QuoteDoc, o: int) -> Speaker | None:
    """A quote with no cue opening its sentence belongs to the subject of the sentence just
    before (``Jean Dupont se montre optimiste. « … »``; ``X est formel :`` + new paragraph).
    """
    doc = view.doc
    sent = view.sent_of[o]
    start = view.sent_start.get(sent, o)
    if any(not (doc[t].is_space or doc[t].text in DASHES) for t in range(start, o)):
        return None
    if sent == 0 or sent - 1 not in view.sent_start:
        return None
    p_start, p_end = view.sent_start[sent - 1], view.sent_end[sent - 1]
    last = p_end - 1
    while last > p_start and doc[last].is_space:
        last -= 1
    colon = doc[last].text == ":"
    quoted = sum(1 for t in range(p_start, p_end) if view.in_quote[t] >= 0)
    if 2 * quoted > p_end - p_start and not colon:
        return None  # the sentence before is itself a quote: the last speaker rule applies
    return clause_subject(view, p_start, last + 1, persons_only=not colon)


def skip_apposition(view: QuoteDoc, start: int) -> int:
    """After ``Selon X,``: skip an apposition to X (``économiste chez Natixis,``,
    ``Florent Menegaux,``, ``qui a requis l'anonymat,``, ``84 ans,``) when a clause with a
    finite verb follows it. The first token of that clause, else ``start``."""
    doc = view.doc
    n = len(doc)
    if start >= n:
        return start
    relative = doc[start].lower_ in ("qui", "dont")  # ", qui a requis l'anonymat,"
    k = apposition_comma(view, start, relative)
    if k < 0 or not apposed(view, start, k, relative):
        return start
    end = view.clause_end(k + 1) if k + 1 < n else k + 1
    if any(is_finite(doc[t]) or t in view.opener_toks for t in range(k + 1, end)):
        return k + 1  # a clause, or one with a quoted fragment ("l'avenant « rééquilibre … »")
    return start


def apposition_comma(view: QuoteDoc, start: int, relative: bool) -> int:
    """The comma ending a verbless phrase (or a relative clause) opening at ``start``, or -1."""
    doc = view.doc
    n = len(doc)
    k = start
    while k < n and k - start < (14 if relative else 10) and not view.is_stop(k):
        if doc[k].text == ",":
            break
        if is_finite(doc[k]) and not relative:
            return -1
        k += 1
    if k >= n or doc[k].text != "," or k == start:
        return -1
    return k


def apposed(view: QuoteDoc, start: int, comma: int, relative: bool) -> bool:
    """Whether ``start..comma`` reads as an apposition: a name, a description (``économiste``),
    a relative clause or an age (``84 ans``)."""
    doc = view.doc
    first = doc[start + 1] if doc[start].pos_ == "DET" and start + 1 < comma else doc[start]
    return (
        view.res.mention(start) is not None
        or view.res.mention(first.i) is not None  # "Mes Anne Leroy et Marc Petit,"
        or first.lower_ in view.lex.descriptions
        or relative
        or (first.like_num and lower_straight(doc[start + 1].text) == "ans")  # "…, 84 ans, …"
    )
