"""Direct quotes: the pairs of quote marks that are speech, with their attribution.

The direct pass runs interleaved with the indirect walk (:func:`direct_upto`), so that both see
the speakers in document order. For each pair of marks, the attribution is looked for in order:

1. an incise inside: ``« Cette hausse, explique-t-elle, est ponctuelle. »`` (the incise is cut
   out of the quote);
2. an attribution after: ``« … », a affirmé X``, ``« … » a-t-il ajouté`` (also with a verb no
   list knows, read by its shape: ``« … », s'enflamme X``, :mod:`.incise_shape`; not after a
   quote closing a sentence without a comma, nor after a quote an earlier ``X a déclaré :``
   introduced); or an introducer after a comma: ``« … », selon X``; ``« A », dit X, « b… »``
   and ``« A », selon X, « b… »`` join the two quotes; quotes earlier in the sentence left
   without a speaker are parts of it (``Cette réforme « est un succès » qui « marque un
   tournant », a déclaré X``);
3. the sentence after the quote names its speaker: ``« … » C'est en ces termes que X a réagi``,
   or a line with no verb does: ``« … » Jeanne Martin, PDG de Kelvia, dans un communiqué``;
4. no attribution so far and a naming word before the marks (``un portefeuille dit « chaud »``,
   ``un plan baptisé « Ambition 2030 »``): a name, not speech — unless the quote reads as a long
   sentence;
5. an attribution before the marks (:mod:`.cue_before`): ``X a déclaré : « … »``;
6. no cue: a quoted sentence (four words and a finite verb, or twelve words, or a whole
   sentence inside the marks: ``« L'année sera difficile. »``) belongs to the subject of the
   sentence before (``Jean Dupont se montre optimiste. « … »``), to the last speaker quoted two
   sentences back at most, to the person subject of the sentence after (``« … » En
   présentant les résultats, X a …``), or, in the first person, to the one person the sentence
   before names (``La conférence d'Antoine Frérot prend fin. « Je vous laisse… »``); scare
   quotes and titles are no quotes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from pipeline.components.quotes.answers import FIRST_PERSON
from pipeline.components.quotes.cue_before import cue_before
from pipeline.components.quotes.document import Found, QuoteDoc
from pipeline.components.quotes.incise_shape import unknown_incise
from pipeline.components.quotes.incises import passive_participle
from pipeline.components.quotes.introducers import introducer_at, match_introducer, source_end
from pipeline.components.quotes.inverted import inverted
from pipeline.components.quotes.speakers import PERSON, Speaker
from pipeline.components.quotes.subjects import clause_subject, previous_subject, skip_apposition
from pipeline.components.quotes.tokens import colon_before, is_finite
from pipeline.components.quotes.words import SENT_END, SPACES
from pipeline.text import lower_straight

#: A quote's content as character ranges.
Parts = list[tuple[int, int]]


class Attribution(NamedTuple):
    """Who said a direct quote, by which cue; the quote's parts when the attribution changed
    them (an incise cut out, a second quote joined: ``joined`` is its index)."""

    speaker: Speaker | None
    cue: str | None
    parts: Parts | None = None
    joined: int = -1


def direct_upto(view: QuoteDoc, tok: int) -> None:
    """Handle the direct quotes opening before token ``tok`` (all of them for ``len(doc)``):
    the two passes run in document order, so that pronouns see every earlier speaker."""
    while (
        view.next_mark < len(view.marks)
        and view.next_mark < len(view.open_tok)
        and (view.open_tok[view.next_mark] < tok)
    ):
        qi = view.next_mark
        view.next_mark += 1
        if qi in view.joined_marks:
            continue
        direct_one(view, qi)


def direct_one(view: QuoteDoc, qi: int) -> None:
    """The quote of the ``qi``-th pair of marks, if it is speech (the rules of the module
    docstring in order)."""
    o, cl = view.open_tok[qi], view.close_tok[qi]
    if cl <= o + 1:
        return
    att = None
    for rule in CUES_AFTER_OPENING:
        att = rule(view, qi)
        if att is not None:
            break
    if att is None and named_term(view, o) and not sentence_like(view, o + 1, cl, 12):
        return  # un portefeuille dit « chaud », un plan baptisé « Ambition 2030 »
    if att is None:
        got = cue_before(view, o)
        att = Attribution(*got) if got is not None else uncued(view, qi)
    if att is None:
        return
    if att.joined >= 0:
        view.joined_marks.add(att.joined)
    parts = att.parts if att.parts is not None else list(view.marks[qi].parts)
    text = " ".join(view.text[s:e] for s, e in parts if e > s)
    text = SPACES.sub(" ", text).strip()
    if not text:
        return
    start = parts[0][0]
    if att.speaker is not None and att.cue is not None:
        for earlier in unattributed_fragments(view, o):
            text, start = f"{earlier.text} {text}", earlier.start
    f = Found(start, parts[-1][1], text, "direct", att.speaker, att.cue, o)
    view.keep(f)
    view.last_direct = f


def unattributed_fragments(view: QuoteDoc, o: int) -> list[Found]:
    """``Cette réforme « est un succès » qui « marque un tournant », a déclaré X``: the quotes
    found without a speaker earlier in the sentence of the quote opening at ``o`` are parts
    of it (one sentence, one attribution). They are taken out of the quotes found and
    returned, the nearest first."""
    sent = view.sent_of[o]
    taken: list[Found] = []
    while view.found:
        f = view.found[-1]
        if (
            f.kind != "direct"
            or f.speaker is not None
            or f.first_tok >= o
            or view.sent_of[f.first_tok] != sent
        ):
            break
        taken.append(view.found.pop())
    return taken


def incise_inside(view: QuoteDoc, qi: int) -> Attribution | None:
    """``« Cette hausse, explique-t-elle, est ponctuelle. »``: an inverted attribution after
    a comma inside the quote, followed by punctuation (rule 1); the incise is cut out. A past
    participle with no auxiliary nor subject is no incise but the quote's own words (``« la
    fraude qui, ajoutée à la crise, a plombé les ventes »``)."""
    doc = view.doc
    q = view.marks[qi]
    o, cl = view.open_tok[qi], view.close_tok[qi]
    for k in range(o + 1, cl - 1):
        if doc[k].text != "," or view.in_quote[k] != qi:
            continue
        hit = inverted(view, k + 1, cl) or unknown_incise(view, k + 1, cl, pronoun_only=True)
        if hit is None:
            continue
        c, verb, sp, end = hit
        if end >= cl - 1 or doc[end].text not in (",", ".", "!", "?"):
            continue
        if sp is None and passive_participle(view, verb):
            continue
        before_end = doc[k].idx
        after_start = doc[end + 1].idx if end + 1 < cl else q.end
        parts = [(s, min(e, before_end)) for s, e in q.parts if s < before_end] + [
            (max(s, after_start), e) for s, e in q.parts if e > after_start
        ]
        return Attribution(sp, c.lemma, parts)
    return None


def attribution_after(view: QuoteDoc, qi: int) -> Attribution | None:
    """``« … », a affirmé X``, ``« … », selon X`` (rule 2): not after a quote closing a
    sentence without a comma, nor after a quote that a colon introduced (``X a déclaré :
    « … » Il a ajouté…``) unless a comma follows it (``L'État a mis ses warnings : « … », a
    déclaré X``)."""
    doc = view.doc
    n = len(doc)
    o, cl = view.open_tok[qi], view.close_tok[qi]
    k = cl + 1
    comma = k < n and doc[k].text == ","
    if comma:
        k += 1
    if (not comma and doc[cl - 1].text in SENT_END) or (colon_before(view, o) >= 0 and not comma):
        return None
    if k >= n:
        return None
    hit = inverted(view, k, n) or (unknown_incise(view, k, n) if comma else None)
    if hit is not None:
        return joined_with_next(view, qi, Attribution(hit.speaker, hit.cue.lemma), hit.end)
    intro = match_introducer(view, k) if k > cl + 1 else None
    if intro is not None:
        got = introducer_at(view, k)
        if got is not None:
            # "« A », selon X, « b… »": one quote, as with a speech verb
            end = source_end(view, intro[2])
            if end < n and doc[end].text == ",":
                end = skip_apposition(view, end + 1) - 1  # "selon X, président de Y, « b »"
            return joined_with_next(view, qi, Attribution(got[0], got[1]), end)
    return None


def joined_with_next(view: QuoteDoc, qi: int, att: Attribution, end: int) -> Attribution:
    """``« A », dit X, « b… »``: the quote after the incise ending at ``end``, opening in lower
    case, is the same quote."""
    doc = view.doc
    parts = list(view.marks[qi].parts)
    if end < len(doc) and doc[end].text == "," and qi + 1 < len(view.marks):
        nq = view.marks[qi + 1]
        if view.open_tok[qi + 1] == end + 1 and view.text[nq.start].islower():
            return att._replace(parts=parts + nq.parts, joined=qi + 1)
    return att._replace(parts=parts)


def named_after(view: QuoteDoc, qi: int) -> Attribution | None:
    """``« … » C'est en ces termes que X a réagi``, ``« … » Voilà ce qu'a déclaré X``,
    ``« … », ainsi s'exprimait X``: the sentence after the quote names its speaker (rule 3)."""
    doc = view.doc
    n = len(doc)
    opening = after_quote_opening(view, view.close_tok[qi])
    if opening is None:
        return None
    k, j = opening
    sent = view.sent_of[k]
    cue: str | None = None
    for i in range(j, min(n, j + 15)):
        if view.sent_of[i] != sent or view.in_quote[i] >= 0 or i in view.opener_toks:
            break
        t = doc[i]
        c = view.lex.cue_of(t)
        if c is not None and cue is None:
            cue = c.lemma
        m = view.res.mention(i)
        if m is not None and not view.res.in_complement(m, ("à", "au", "aux")):
            return Attribution((m.name, m.kind), cue)
        low = t.lower_.lstrip("-").removeprefix("t-")
        if low in ("il", "elle"):
            return Attribution(view.res.resolve_pronoun(t), cue)
    return None


def after_quote_opening(view: QuoteDoc, cl: int) -> tuple[int, int] | None:
    """An opening of ``after_quote.txt`` (``C'est en ces termes que``, ``Voilà ce qu'``) just
    after the closing mark ``cl``: its first token and the token after it."""
    doc = view.doc
    n = len(doc)
    k = cl + 1
    while k < n and (doc[k].is_space or doc[k].text in (",", ".", "…")) and k - cl <= 3:
        k += 1
    if k >= n or not view.lex.after_quote or lower_straight(doc[k].text)[:1] not in "cvtai":
        return None
    head = lower_straight(SPACES.sub(" ", view.text[doc[k].idx : doc[k].idx + 40]))
    opening = next((p for p in view.lex.after_quote if head.startswith(p)), None)
    if opening is None:
        return None
    return k, view.tok_at(doc[k].idx + len(opening) - 1) + 1


def signature_after(view: QuoteDoc, qi: int) -> Attribution | None:
    """``« … » Jeanne Martin, PDG de Kelvia, dans un communiqué``, ``Dette : « … », Larba
    Lompo, analyste financier.``, ``« … » (Ousmane Diallo)``: a line or a sentence ending
    after a quote names its speaker with no verb (rule 3) — right after a quote closing a
    sentence, after a comma, or in brackets."""
    doc = view.doc
    n = len(doc)
    cl = view.close_tok[qi]
    k = cl + 1
    if k >= n or "\n" in doc[cl].whitespace_:
        return None
    bracket = doc[k].text == "("
    if bracket or doc[k].text == ",":
        k += 1
    elif doc[cl - 1].text not in SENT_END:
        return None
    m = view.res.mention(k)
    if m is None or m.start != k or (bracket and (m.end >= n or doc[m.end].text != ")")):
        return None
    end = signature_end(view, k)
    if end < 0 or (bracket and end != m.end + 1):
        return None
    return Attribution((m.name, m.kind), None)


def signature_end(view: QuoteDoc, k: int) -> int:
    """The end of a signature opening at ``k``: the end of its line or sentence, with no
    finite verb and no quote on the way, at most :data:`SIGNATURE_MAX` tokens; -1 if none."""
    doc = view.doc
    n = len(doc)
    end = k
    while end < n and "\n" not in doc[end].text and end - k <= SIGNATURE_MAX:
        if is_finite(doc[end]) or view.in_quote[end] >= 0 or end in view.opener_toks:
            return -1
        if "\n" in doc[end].whitespace_ or doc[end].text in SENT_END:
            return end
        end += 1
    return end if end - k <= SIGNATURE_MAX else -1


#: The longest signature line after a quote (tokens).
SIGNATURE_MAX = 15


#: Rules 1–3: the attributions looked for after the opening mark, in order.
CUES_AFTER_OPENING: tuple[Callable[[QuoteDoc, int], Attribution | None], ...] = (
    incise_inside,
    attribution_after,
    named_after,
    signature_after,
)


def named_term(view: QuoteDoc, o: int) -> bool:
    """Whether the quote opening at ``o`` follows a naming word (``dit``, ``baptisé``)."""
    doc = view.doc
    k = o - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    for words in view.lex.naming:
        j = k
        ok = True
        for w in words:
            if j < 0 or lower_straight(doc[j].text) != w:
                ok = False
                break
            j -= 1
        if not ok:
            continue
        prev = doc[j] if j >= 0 else None
        if words[-1] in ("dit", "dite", "dits", "dites"):
            # "un portefeuille dit « chaud »", not "il a dit « non »" nor "s'est dit"
            return prev is not None and prev.pos_ in ("NOUN", "PROPN", "ADJ")
        return prev is None or prev.pos_ not in ("AUX",) or prev.lower_ in ("été", "est")
    return False


def sentence_like(view: QuoteDoc, start: int, end: int, long: int = 12) -> bool:
    """Whether ``start..end`` reads as a sentence: ``long`` words, or four and a finite verb."""
    words = [t for t in view.doc[start:end] if t.is_alpha]
    if len(words) >= long:
        return True
    if len(words) < 4:
        return False
    return any(is_finite(t) for t in view.doc[start:end])


def uncued(view: QuoteDoc, qi: int) -> Attribution | None:
    """A quoted sentence with no cue (rule 6): the subject of the sentence before, else the
    last speaker quoted two sentences back at most; None for scare quotes and titles."""
    o, cl = view.open_tok[qi], view.close_tok[qi]
    if not sentence_like(view, o + 1, cl) and not quoted_sentence(view, o, cl):
        return None
    speaker = previous_subject(view, o)
    last = view.last_direct
    if speaker is None and last is not None and view.sent_of[o] - view.sent_of[last.first_tok] <= 2:
        speaker = last.speaker
    if speaker is None:
        speaker = next_subject(view, o, cl)
    if speaker is None:
        speaker = only_person_before(view, o, cl)
    return Attribution(speaker, None)


def only_person_before(view: QuoteDoc, o: int, cl: int) -> Speaker | None:
    """``Le « call » d'Antoine Frérot avec les journalistes prend fin. « Au revoir à tous. Je
    vous laisse… »``: a quote in the first person opening its sentence, with no cue and no
    subject to take it, belongs to the one person the sentence before names (wherever, not
    only as its subject)."""
    doc = view.doc
    sent = view.sent_of[o]
    if not view.opens_sentence(o) or sent == 0 or (sent - 1) not in view.sent_start:
        return None
    if not FIRST_PERSON.search(view.text[doc[o].idx : doc[cl].idx]):
        return None
    names = {
        m.name
        for k in range(view.sent_start[sent - 1], view.sent_end[sent - 1])
        if view.in_quote[k] < 0 and (m := view.res.mention(k)) is not None and m.kind == PERSON
    }
    return (names.pop(), PERSON) if len(names) == 1 else None


def quoted_sentence(view: QuoteDoc, o: int, cl: int) -> bool:
    """``« L'année sera difficile. »`` opening its sentence: a whole sentence in quote marks (a
    capital, a finite verb, its final punctuation inside) is speech, however short."""
    doc = view.doc
    return (
        cl - o > 3
        and doc[o + 1].text[:1].isupper()
        and doc[cl - 1].text in SENT_END
        and view.opens_sentence(o)
        and any(is_finite(t) for t in doc[o + 1 : cl])
    )


def next_subject(view: QuoteDoc, o: int, cl: int) -> Speaker | None:
    """``« L'année sera difficile. » En présentant les résultats, X, directeur général de Y,
    a …``: a quote opening its sentence with no speaker before it belongs to the person subject
    of the sentence right after it."""
    doc = view.doc
    k = cl + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc) or not view.opens_sentence(o) or view.sent_of[k] == view.sent_of[o]:
        return None
    s = view.sent_of[k]
    return clause_subject(view, k, view.sent_end[s], persons_only=True)
