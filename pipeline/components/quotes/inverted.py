"""Inverted attributions: a speech verb followed by its subject, ``a déclaré X``, ``a-t-il
ajouté``, ``estime le PDG``, ``s'est félicité X``.

They are read after a direct quote (``« … », a affirmé X``), inside one (``« …, estime X. … »``)
and after a comma for an indirect quote (``<clause>, estime X.``, :mod:`.incises`). From the
token where the attribution should start, in order:

1. the verb group (:func:`verb_group`): a reflexive or object pronoun, auxiliaries, incise
   adverbs (``encore``, ``aussi``), a periphrasis (``est venu dire``, ``a tenu à préciser``),
   the word of a multi-word cue (``fait valoir``), the speech
   verb and an inverted pronoun (``-t-il``) in at most six words; a pronoun is the speaker (an
   impersonal ``on``, the organisation after it: ``explique-t-on chez Renault``);
2. the subject's extent (:func:`subject_end`): up to a comma or the end of the clause, an
   apposed name included (``a indiqué la directrice financière, Anne Durand``), and a role
   apposed to a name up to the stop (``explique Paul Renard, le fondateur de Kaldor.``);
3. a person named there (not after ``à``, ``de``; not in ``l'entourage du ministre, X``), or a
   first name with a surname after a medium (``a déclaré à l'AFP Karine Sabatier``);
4. else the noun phrase after prepositional phrases and time words (``a annoncé mardi soir le
   groupe``, ``a déclaré à l'AFP le PDG``, ``a précisé dans un communiqué Exor``), resolved
   as a description; a described source closing the sentence after a clause is the subject
   (``…, précise son entourage.``); a definite description of a person no list knows closing
   the sentence takes up a person of the story (``…, a insisté l'ancien ingénieur.``); a noun
   that resolves to no one is an object, not a subject (no attribution);
5. a weak verb needs a speaker.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.lexicon import Cue
from pipeline.components.quotes.speakers import ENTOURAGE, ORG, PERSON, Speaker
from pipeline.components.quotes.tokens import is_finite
from pipeline.components.quotes.words import (
    AUX_FORMS,
    EUPHONIC_T,
    HYPHEN_PRON,
    INCISE_ADVERBS,
    OBJECT_CLITICS,
    PERIPHRASIS,
    REFLEXIVE,
    SENT_END,
    TIME_WORDS,
    TITLES,
)
from pipeline.text import lower_straight


class Inverted(NamedTuple):
    """An inverted attribution: the cue, its verb, the speaker and the token after it."""

    cue: Cue
    verb: Token
    speaker: Speaker | None
    end: int


class VerbGroup(NamedTuple):
    """The verb group of an inverted attribution: the token after it, the speech verb, its
    cue and the inverted pronoun (``-t-il``) if any."""

    end: int
    verb: Token
    cue: Cue
    pron: Token | None


def inverted(view: QuoteDoc, i: int, limit: int) -> Inverted | None:
    """Match an inverted attribution starting at token ``i`` (before ``limit``): ``a déclaré
    X``, ``a-t-il ajouté``, ``estime le PDG``, ``s'est félicité X`` (see the module docstring).
    """
    doc = view.doc
    n = min(limit, len(doc))
    group = verb_group(view, i, n)
    if group is None:
        return None
    k, verb, cue, pron = group
    if pron is not None:
        return Inverted(cue, verb, pronoun_speaker(view, pron, k, n), k)
    end = subject_end(view, k, n)
    speaker = person_named(view, k, end)
    if speaker is None:
        np_start = subject_start(view, k, end)
        if np_start >= 0:
            np_end = np_start
            while np_end < end and doc[np_end].text != ",":
                np_end += 1
            speaker = described_speaker(view, (i, np_start, np_end, n), verb, cue)
            if speaker is None and np_end > np_start and doc[np_end - 1].pos_ == "NOUN":
                return None  # an object, not an inverted subject
    if speaker is None and cue.weak:
        return None
    if verb.i == k - 1 and k < n and doc[k].pos_ in ("NOUN",) and speaker is None:
        return None  # a noun right after the verb and no speaker: its object ("a déclaré forfait")
    return Inverted(cue, verb, speaker, end)


def verb_group(view: QuoteDoc, i: int, n: int) -> VerbGroup | None:
    """The verb group starting at ``i`` (rule 1), or None when it holds no speech verb."""
    doc = view.doc
    k = i
    if k < n and lower_straight(doc[k].text) in REFLEXIVE | OBJECT_CLITICS:
        k += 1  # "s'est-il félicité", "leur a-t-il dit"
    pron: Token | None = None
    verb: Token | None = None
    cue: Cue | None = None
    steps = 0
    while k < n and steps < 6:
        t = doc[k]
        if HYPHEN_PRON.match(t.text) or t.text in EUPHONIC_T:
            if t.text not in EUPHONIC_T:
                pron = t
        elif verb is None and (c := view.lex.cue_of(t)) is not None:
            verb, cue = t, c
        elif verb is None and before_verb(view, i, k, n):
            pass
        else:
            break
        k += 1
        steps += 1
    if verb is None or cue is None:
        return None
    return VerbGroup(k, verb, cue, pron)


def before_verb(view: QuoteDoc, i: int, k: int, n: int) -> bool:
    """Whether token ``k`` of a verb group starting at ``i`` may come before its speech verb:
    an auxiliary, an incise adverb, a periphrasis (``est venu dire X``, ``a tenu à préciser
    X``) or the first word of a multi-word cue (``…, fait valoir X``, ``…, laisse entendre
    X``)."""
    low = view.doc[k].lower_
    if low in AUX_FORMS or low in INCISE_ADVERBS:
        return True
    if k > i and low in PERIPHRASIS:
        return True
    return k + 1 < n and after_word(view, k)


def subject_end(view: QuoteDoc, k: int, n: int) -> int:
    """End of the subject after the verb group ending at ``k`` (rule 2): the end of the clause
    or a comma, after an apposed name (``a indiqué la directrice financière, Anne Durand``)."""
    doc = view.doc
    end = k
    while end < n and not view.is_stop(end) and doc[end].text != "," and end - k < 14:
        end += 1
    named = end + 1
    while named < n and named - end <= 2 and doc[named].lower_.rstrip(".") in TITLES:
        named += 1  # "l'avocat d'Engie, Me Paul Caron"
    if end < n and doc[end].text == "," and named < n and view.res.mention(named):
        # "a indiqué la directrice financière, Anne Durand": the apposed name belongs in
        end2 = end + 1
        while end2 < n and not view.is_stop(end2) and doc[end2].text != "," and end2 - k < 14:
            end2 += 1
        end = end2
    elif end < n and doc[end].text == "," and view.res.mention(end - 1) is not None:
        end = role_apposition_end(view, end, n)
    return end


def role_apposition_end(view: QuoteDoc, comma: int, n: int) -> int:
    """``« …, explique Paul Renard, le fondateur de Kaldor. …``, ``…, aux commandes de Vectria
    depuis 2019``: a role apposed to the named subject, closing the attribution (no verb, up
    to the sentence's stop) belongs to it; else the comma."""
    doc = view.doc
    k = comma + 1
    if k < n and doc[k].pos_ == "DET":
        k += 1
    if k >= n or not (
        view.folds[k] in view.lex.descriptions
        or " ".join(view.folds[k : k + 3]) in ROLE_OPENERS
        or " ".join(view.folds[k : k + 2]) in ROLE_OPENERS
    ):
        return comma
    end = k
    while end < n and not view.is_stop(end) and end - comma < 14:
        if doc[end].text == "," or is_finite(doc[end]) or view.in_quote[end] != view.in_quote[k]:
            return comma
        end += 1
    return end if end >= n or view.is_stop(end) else comma


#: Words opening a role without a role noun (``à la tête de X``, ``aux commandes de X``).
ROLE_OPENERS = {"à la tête", "aux commandes", "a la tete"}


def person_named(view: QuoteDoc, k: int, end: int) -> Speaker | None:
    """A person named in ``k..end`` (rule 3), not in a complement (``à X``, ``de X``)."""
    doc = view.doc
    for j in range(k, end):
        if doc[j].lower_ in ENTOURAGE:
            return None  # "fait valoir l'entourage du ministre, X": not X himself
        m = view.res.mention(j)
        prev = doc[j - 1].lower_ if j > k else ""
        if m is not None and m.kind == PERSON and prev not in ("à", "au", "aux", "de", "d'"):
            return m.name, m.kind
    return first_name_after_medium(view, k, end)


def pronoun_speaker(view: QuoteDoc, pron: Token, k: int, n: int) -> Speaker:
    """The inverted pronoun's speaker: ``a-t-il ajouté`` the pronoun's antecedent, ``explique-t-on
    chez Renault`` the organisation the impersonal ``on`` speaks for."""
    if lower_straight(pron.text).endswith("-on"):
        return place_of_on(view, k, n) or chez_before(view, k) or (None, None)
    return view.res.resolve_pronoun(pron)


#: Words before the organisation an impersonal ``on`` speaks for (``indique-t-on chez X``).
ON_PLACES = {"chez", "à", "au", "auprès"}


def place_of_on(view: QuoteDoc, k: int, n: int) -> Speaker | None:
    """``explique-t-on chez Renault``, ``indique-t-on à Bercy``, ``auprès de la banque``: the
    organisation named right after the verb group ending at ``k``, else no one."""
    doc = view.doc
    j = k
    while j < n and j - k < 2 and lower_straight(doc[j].text) in TIME_WORDS:
        j += 1
    if j >= n or lower_straight(doc[j].text) not in ON_PLACES:
        return None
    for e in range(j + 1, min(j + 4, n)):
        m = view.res.mention(e)
        if m is not None:
            return m.name, m.kind
        if view.is_stop(e) or doc[e].text == ",":
            break
    return None


def chez_before(view: QuoteDoc, k: int) -> Speaker | None:
    """``Chez Sopralim, on se veut rassurant. « … », estime-t-on au siège.``: with no place
    after it, an impersonal ``on`` speaks for the organisation after ``chez`` (or ``du côté
    de``) in its sentence or the one before."""
    doc = view.doc
    sent = view.sent_of[min(k, len(doc) - 1)]
    first = view.sent_start[sent - 1] if sent > 0 and (sent - 1) in view.sent_start else 0
    for j in range(min(k, len(doc)) - 1, first, -1):
        if view.in_quote[j] >= 0 or view.folds[j - 1] not in ("chez", "de", "d'"):
            continue
        if view.folds[j - 1] != "chez" and (j < 2 or view.folds[j - 2] != "côté"):
            continue
        m = view.res.mention(j)
        if m is not None and m.kind == ORG and m.start == j:
            return m.name, m.kind
    return None


def first_name_after_medium(view: QuoteDoc, k: int, end: int) -> Speaker | None:
    """``a déclaré à l'AFP Karine Sabatier``, ``explique au Figaro Jean Dupont``: a first name
    and capitalised words after the capitalised name of a medium, which the recogniser took
    with them for one name."""
    doc = view.doc
    for j in range(k + 1, end - 1):
        if doc[j].text == ",":
            return None
        if not doc[j - 1].text[:1].isupper() or view.lex.first_names.get(doc[j].text) is None:
            continue
        e = j + 1
        while e < end and e - j < 4 and doc[e].text[:1].isupper() and doc[e].is_alpha:
            e += 1
        if e > j + 1 and (e == end or doc[e].text in (",", ".")):
            return doc[j:e].text, PERSON
    return None


def subject_start(view: QuoteDoc, k: int, end: int) -> int:
    """First word of the subject's noun phrase in ``k..end`` (rule 4), after prepositional
    phrases (``à l'AFP``, ``lors d'une conférence``) and time words (``mardi soir``, ``ce
    matin``); -1 if none before a comma."""
    doc = view.doc
    j = k
    while j < end and doc[j].text != ",":
        t = doc[j]
        if t.pos_ == "ADP" or t.lower_ in ("au", "aux"):
            # skip a prepositional phrase: "à l'AFP", "lors d'une conférence"
            j += 1
            while j < end and doc[j].pos_ not in ("ADP",) and doc[j].text != ",":
                if doc[j].pos_ == "DET" and doc[j - 1].pos_ in ("NOUN", "PROPN"):
                    break
                if doc[j - 1].pos_ == "NOUN" and view.res.mention(j) is not None:
                    break  # "a précisé dans un communiqué Exor": the name after the phrase
                j += 1
            continue
        if t.lower_ in TIME_WORDS or (
            t.lower_ in ("ce", "cet", "cette") and j + 1 < end and doc[j + 1].lower_ in TIME_WORDS
        ):
            j += 1  # "a annoncé mardi soir le groupe", "a dit ce matin X"
            continue
        if (
            t.pos_ in ("DET", "NOUN", "PROPN")
            or t.lower_ in view.lex.descriptions
            or (t.ent_iob_ == "B" and t.text[:1].isupper())
        ):
            return j
        j += 1
    return -1


def described_source_closing(
    view: QuoteDoc, i: int, np_start: int, np_end: int, n: int, cue: Cue
) -> bool:
    """``<clause>, précise son entourage.``: a described source (a determiner, a noun that can
    speak) closing the sentence (or the stretch read, ``n``) after the comma of an incise that
    follows a clause."""
    doc = view.doc
    closes = np_end >= n or doc[np_end].text in SENT_END or "\n" in doc[np_end].text
    return (
        closes
        and not cue.weak
        and source_noun(view, np_start, np_end)
        and i > 0
        and doc[i - 1].text == ","
        and doc[np_start].pos_ == "DET"
        and doc[np_end - 1].pos_ in ("NOUN", "ADJ")
        and clause_before(view, i - 1)
    )


def described_speaker(
    view: QuoteDoc, bounds: tuple[int, int, int, int], verb: Token, cue: Cue
) -> Speaker | None:
    """The speaker of the noun phrase ``np_start..np_end`` after the verb group (``bounds``:
    the incise's first token, the phrase, the end of the stretch read): the phrase resolved, a
    person described with no list's noun, or a described source closing the sentence."""
    i, np_start, np_end, n = bounds
    speaker = view.res.resolve_np(np_start, np_end, verb.i)
    if speaker is None and described_person_closing(view, np_start, np_end, n):
        # "« … », a insisté l'ancien ingénieur.": a person described, not named
        got = view.res.recency.recent_person(verb.i, noun_gender(view.doc[np_end - 1]))
        speaker = got if got[0] is not None else None
    if speaker is None and described_source_closing(view, i, np_start, np_end, n, cue):
        # "…, précise son entourage.": a described source closing the sentence is its subject
        # (an object would not end a speech verb's incise)
        speaker = (view.res.np_text(np_start, np_end), None)
    return speaker


def described_person_closing(view: QuoteDoc, np_start: int, np_end: int, n: int) -> bool:
    """``« … », a insisté l'ancien ingénieur.``, ``…, tranche le quinquagénaire.``: a definite
    noun phrase no description list knows, closing the sentence as the inverted subject of a
    speech verb, takes up a person already in the story (an object would not close an
    incise; a thing of the lists, a document or an organisation noun, is left alone)."""
    doc = view.doc
    if np_end <= np_start + 1 or np_end - np_start > 5:
        return False
    closes = np_end >= n or doc[np_end].text in SENT_END or "\n" in doc[np_end].text
    head = doc[np_end - 1]
    low = lower_straight(head.text)
    return (
        closes
        and lower_straight(doc[np_start].text) in ("le", "la", "l'")
        and head.pos_ in ("NOUN", "ADJ")  # "la quadragénaire": an adjective made a noun
        and head.text.isalpha()
        and head.text.islower()
        and low not in view.lex.documents
        and low not in view.lex.org_voices
        and low not in ENTOURAGE
        and view.res.lexicon.described_kind(low) != ORG
        and not any(view.res.mention(k) is not None for k in range(np_start, np_end))
    )


def noun_gender(tok: Token) -> str | None:
    """``m`` or ``f`` from a noun's morphology, else None."""
    g = tok.morph.get("Gender", [])
    return {"Masc": "m", "Fem": "f"}.get(g[0]) if g else None


def source_noun(view: QuoteDoc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is headed by a noun that can speak (``son entourage``,
    ``un proche``, ``le porte-parole``), not a thing (``la cession``)."""
    c = view.lex
    for t in view.doc[start:end]:
        low = lower_straight(t.text)
        if low in c.descriptions or low in c.unnamed or low in c.org_voices:
            return True
        if low.rstrip("s") in c.unnamed or low.rstrip("s") in c.descriptions:
            return True
    return False


def after_word(view: QuoteDoc, k: int) -> bool:
    """Whether ``doc[k]`` is the word a multi-word cue needs before its verb (``fait``
    of ``fait valoir``)."""
    nxt = view.lex.cue_of(view.doc[k + 1])
    return nxt is not None and lower_straight(view.doc[k].text) in nxt.after


def clause_before(view: QuoteDoc, comma: int) -> bool:
    """Whether the sentence before ``comma`` holds a finite verb (a clause, not a subject
    with its apposition as in ``Armelle Poulou, directrice financière, a détaillé …``)."""
    doc = view.doc
    start = view.sent_start.get(view.sent_of[comma], comma)
    return any(is_finite(doc[k]) and view.in_quote[k] < 0 for k in range(start, comma))
