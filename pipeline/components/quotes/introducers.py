"""introducers (docstring to write)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.reported import record_indirect, record_indirect_parts
from pipeline.components.quotes.subjects import skip_apposition
from pipeline.components.quotes.words import QUE, SPACES, TRAILING
from pipeline.components.quotes_speakers import (
    ORG,
    PERSON,
    PRONOUNS_F,
    PRONOUNS_M,
    Speaker,
)
from pipeline.text import lower_straight


def match_introducer(view: QuoteDoc, k: int) -> tuple[str, dict[str, Any], int] | None:
    """The introducer (``selon``, ``d'après``, ``aux yeux de``…) starting at token ``k``:
    its key, its settings and the index of the token after it."""
    keys = view.lex.introducers.by_first.get(view.folds[k])  # lower_straight(doc[k].text)
    if not keys:
        return None
    start = view.starts[k]  # doc[k].idx
    for key in keys:
        seg = lower_straight(SPACES.sub(" ", view.text[start : start + len(key) + 8]))
        if not seg.startswith(key):
            continue
        after = seg[len(key) : len(key) + 1]
        if after and (after.isalnum() or after == "-"):
            continue
        j = view.tok_at(start + len(key) - 1) + 1
        return key, view.lex.introducers.settings[key], j
    return None


def voices_opinions(view: QuoteDoc, name: str, info: dict[str, Any]) -> bool:
    """Whether an organisation after ``pour`` gives an opinion (``Pour la FNPL, …``): a body
    named as one (fédération, syndicat, institut…) or of a kind other than a company."""
    words = " " + " ".join(re.findall(r"[\w-]+", lower_straight(name))) + " "
    if any(f" {lower_straight(w)} " in words for w in info.get("orgs_named") or []):
        return True
    return bool(view.res.name_kinds(name))


def in_introducer(view: QuoteDoc, k: int) -> bool:
    """Whether token ``k`` is a word of a multi-word introducer after its first one."""
    for b in range(max(0, k - 3), k):
        if lower_straight(view.doc[b].text) in view.lex.introducers.by_first:
            mi = match_introducer(view, b)
            if mi is not None and mi[2] > k:
                return True
    return False


def introducer_at(view: QuoteDoc, k: int) -> tuple[Speaker | None, str] | None:
    """``selon X`` / ``d'après X`` / ``pour X`` at token ``k``: the speaker and the cue."""
    doc = view.doc
    got = match_introducer(view, k)
    if got is None:
        return None
    low, info, j = got
    low = str(info.get("cue", low))  # "a en croire" is reported as "à en croire"
    end = j
    while end < len(doc) and end - j < 12 and not view.is_stop(end) and doc[end].text != ",":
        end += 1
    if end == j:
        return None
    words = [lower_straight(t.text) for t in doc[j:end]]
    for pat in view.lex.introducers.not_after:
        if words[: len(pat)] == pat:
            return None
    head = doc[j]
    if lower_straight(head.text) in QUE:
        return None
    sp: Speaker | None
    if head.lower_ in ("lui", "elle", "eux", "elles"):
        sp = view.res.resolve_pronoun(head) if head.lower_ in PRONOUNS_M | PRONOUNS_F else None
        if sp is None:
            sp = (None, None)
    else:
        sp = view.res.resolve_np(j, end, k)
    if sp is None:
        nouns = [t for t in doc[j:end] if t.pos_ in ("NOUN", "PROPN")]
        if (
            nouns
            and lower_straight(nouns[0].text) in view.lex.documents
            and not info.get("person_only")
        ):
            return (None, None), low
        if nouns and nouns[0].pos_ == "PROPN" and not info.get("person_only"):
            return (doc[j:end].text, None), low
        return None
    if (
        info.get("person_only")
        and sp[1] != PERSON
        and not (sp[1] is None and sp[0])
        and not (
            sp[1] == ORG
            and sp[0]
            and (
                voices_opinions(view, sp[0], info)
                # "Pour l'association Foodwatch": the body is named as one before its name
                or voices_opinions(view, doc[j:end].text, info)
            )
        )
    ):
        return None
    return sp, low


def introduced(view: QuoteDoc, k: int) -> None:
    """``selon X, <clause>`` / ``<clause>, selon X.`` / ``Pour X, <clause>``."""
    doc = view.doc
    intro = match_introducer(view, k)
    if intro is None:
        return
    info = intro[1]
    s = view.sent_of[k]
    sstart = view.sent_start[s]
    while sstart < k and (doc[sstart].is_space or doc[sstart].text in TRAILING):
        sstart += 1
    lead = sstart
    # "Mais selon lui, …", "Et, d'après elle, …": a conjunction or adverb may come first
    while (
        lead < k
        and lead - sstart < 3
        and (doc[lead].pos_ in ("CCONJ", "ADV") or doc[lead].text == ",")
    ):
        lead += 1
    at_start = lead == k
    if info.get("sentence_start_only") and sstart != k:
        return
    got = introducer_at(view, k)
    if got is None:
        return
    sp, cue = got
    j = intro[2]
    while j < len(doc) and not view.is_stop(j) and doc[j].text != ",":
        j += 1
    if (
        not at_start
        and k - 1 > sstart
        and doc[k - 1].text == ","
        and j < len(doc)
        and doc[j].text == ","
    ):
        # "La croissance, selon lui, va ralentir": the sentence around the incise
        if (
            lead < k
            and lower_straight(doc[lead].text) in view.lex.introducers.by_first
            and match_introducer(view, lead) is not None
            and introducer_at(view, lead) is not None
        ):
            return  # "Pour X, …, selon elle, …": the sentence's own introducer holds it
        if any(
            view.in_quote[t] >= 0 or t in view.opener_toks or t in view.closer_toks
            for t in range(sstart, view.sent_end[s])
        ):
            return
        end = view.clause_end(j + 1)
        if end <= j + 1 or k - 1 - sstart < 2:
            return
        record_indirect_parts(view, [(sstart, k - 1), (j + 1, end)], sp, cue, k)
        return
    if at_start:
        if j >= len(doc) or doc[j].text != ",":
            return
        start = skip_apposition(view, j + 1)
        if start < len(doc) and (start in view.opener_toks):
            return  # « Selon X, « … » » is the direct quote's cue
        record_indirect(view, start, view.clause_end(start), sp, cue, k)
    elif k > sstart and doc[k - 1].text == "," and (j >= len(doc) or doc[j].text != ","):
        if any(view.in_quote[t] >= 0 or t in view.closer_toks for t in range(sstart, k)):
            return
        record_indirect(view, sstart, k - 1, sp, cue, k)
