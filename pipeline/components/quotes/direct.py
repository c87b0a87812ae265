"""direct (docstring to write)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.quotes.document import Found, QuoteDoc
from pipeline.components.quotes.introducers import in_introducer, introducer_at, match_introducer
from pipeline.components.quotes.inverted import inverted
from pipeline.components.quotes.lexicon import Cue
from pipeline.components.quotes.subjects import (
    clause_subject,
    main_subject,
    previous_subject,
    subject_of,
)
from pipeline.components.quotes.words import OBJECT_DETS, OF, QUE, SENT_END, SPACES, TIME_WORDS
from pipeline.components.quotes_speakers import (
    Speaker,
)
from pipeline.text import lower_straight


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
    doc = view.doc
    skip = view.joined_marks
    q = view.marks[qi]
    o, cl = view.open_tok[qi], view.close_tok[qi]
    if cl <= o + 1:
        return
    parts = list(q.parts)
    speaker: Speaker | None = None
    cue: str | None = None
    found = False
    # 1. an incise inside: « …, estime X. … »
    for k in range(o + 1, cl - 1):
        if doc[k].text != "," or view.in_quote[k] != qi:
            continue
        hit = inverted(view, k + 1, cl)
        if hit is None:
            continue
        c, _verb, sp, end = hit
        if end >= cl - 1 or doc[end].text not in (",", ".", "!", "?"):
            continue
        before_end = doc[k].idx
        after_start = doc[end + 1].idx if end + 1 < cl else q.end
        parts = [(s, min(e, before_end)) for s, e in q.parts if s < before_end] + [
            (max(s, after_start), e) for s, e in q.parts if e > after_start
        ]
        speaker, cue, found = sp, c.lemma, True
        break
    # 2. an attribution after: « … », a affirmé X (not after a quote closing a sentence
    # that an earlier "X a déclaré :" introduced)
    if not found:
        k = cl + 1
        comma = k < len(doc) and doc[k].text == ","
        if comma:
            k += 1
        ended = doc[cl - 1].text in SENT_END
        if (not comma and ended) or colon_before(view, o):
            k = len(doc)
        hit = inverted(view, k, len(doc)) if k < len(doc) else None
        if hit is not None:
            c, _verb, sp, end = hit
            speaker, cue, found = sp, c.lemma, True
            # « A », dit X, « b… »: one quote
            if end < len(doc) and doc[end].text == "," and qi + 1 < len(view.marks):
                nq = view.marks[qi + 1]
                if view.open_tok[qi + 1] == end + 1 and view.text[nq.start].islower():
                    parts += nq.parts
                    skip.add(qi + 1)
        elif k < len(doc) and k > cl + 1 and match_introducer(view, k) is not None:
            sp2 = introducer_at(view, k)
            if sp2 is not None:
                speaker, cue, found = sp2[0], sp2[1], True
    if not found:
        hit3 = named_after(view, cl)
        if hit3 is not None:
            speaker, cue = hit3
            found = True
    if not found and named_term(view, o) and not sentence_like(view, o + 1, cl, 12):
        return  # un portefeuille dit « chaud », un plan baptisé « Ambition 2030 »
    # 3. an attribution before: X a déclaré : « … », X juge que « … »
    if not found:
        hit2 = before(view, o)
        if hit2 is not None:
            speaker, cue = hit2
            found = True
    # 4. no cue: a quoted sentence, or scare quotes / a title
    if not found:
        if not sentence_like(view, o + 1, cl):
            return
        speaker = previous_subject(view, o)
        if (
            speaker is None
            and view.last_direct is not None
            and view.sent_of[o] - view.sent_of[view.last_direct.first_tok] <= 2
        ):
            speaker = view.last_direct.speaker
    text = " ".join(view.text[s:e] for s, e in parts if e > s)
    text = SPACES.sub(" ", text).strip()
    if not text:
        return
    f = Found(parts[0][0], parts[-1][1], text, "direct", speaker, cue, o)
    view.keep(f)
    view.last_direct = f


def named_after(view: QuoteDoc, cl: int) -> tuple[Speaker | None, str | None] | None:
    """``« … » C'est en ces termes que X a réagi``, ``« … » Voilà ce qu'a déclaré X``,
    ``« … », ainsi s'exprimait X``: the sentence after the quote names its speaker."""
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
    j = view.tok_at(doc[k].idx + len(opening) - 1) + 1
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
            return (m.name, m.kind), cue
        low = t.lower_.lstrip("-").removeprefix("t-")
        if low in ("il", "elle"):
            return view.res.resolve_pronoun(t), cue
    return None


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
    words = [t for t in view.doc[start:end] if t.is_alpha]
    if len(words) >= long:
        return True
    if len(words) < 4:
        return False
    return any("Fin" in t.morph.get("VerbForm", []) for t in view.doc[start:end])


def colon_before(view: QuoteDoc, o: int) -> bool:
    k = o - 1
    while k >= 0 and view.doc[k].is_space:
        k -= 1
    return k >= 0 and view.doc[k].text == ":"


def before(view: QuoteDoc, o: int) -> tuple[Speaker | None, str | None] | None:
    """A cue before the quote opening at token ``o``, in the same sentence."""
    doc = view.doc
    sent = view.sent_of[o]
    k = o - 1
    gap: list[Token] = []
    while k >= 0 and o - k <= 25:
        t = doc[k]
        if view.in_quote[k] >= 0 or k in view.closer_toks or "\n" in t.text:
            break
        if view.sent_of[k] != sent and t.text in SENT_END:
            break
        if lower_straight(t.text) in view.lex.introducers.by_first and (
            lower_straight(t.text) != "pour" or view.opens_sentence(k)
        ):
            mi = match_introducer(view, k)
            # "À en croire X, responsable de …, « … »": the introducer's own words do not
            # count in the gap before a quote that opens after a comma
            near = len(gap) <= 12 or (
                mi is not None and o - mi[2] <= 12 and doc[o - 1].text in (",", ":")
            )
            got = introducer_at(view, k) if near else None
            if got is not None:
                return got
        cue = view.lex.cue_of(t)
        if cue is not None and in_introducer(view, k):
            cue = None  # "À en croire X, « … »": the introducer's verb is no cue of its own
        if cue is not None:
            texts = [g.text for g in gap]
            colon = ":" in texts and len(gap) <= 10
            que = bool(texts) and lower_straight(texts[-1]) in QUE and len(gap) <= 3
            tight = len(gap) <= 2 and all(
                g.pos_ in ("ADV", "PRON") or g.lower_ in TIME_WORDS for g in gap
            )
            if not (colon or que or tight or object_gap(view, gap, cue)):
                # "Interrogé sur …, X a balayé l'hypothèse : « … »": a far cue is not the
                # quote's; the verb of the clause before the colon may be
                break
            if t.morph.get("VerbForm", []) == ["Part"] and "Pres" in t.morph.get("Tense", []):
                sp = main_subject(view, t)
            else:
                sp = subject_of(view, t)
            return sp, cue.lemma
        gap.insert(0, t)
        k -= 1
    # "X a appelé au calme : « … »": the verb of the clause before the colon
    k = o - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].text != ":":
        return None
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
