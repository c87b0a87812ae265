"""Introducers of a reported opinion: ``selon X``, ``d'après X``, ``pour X``, ``aux yeux de X``,
``à en croire X`` (``introducers.json``).

:func:`introducer_at` reads the source after an introducer: up to a comma or a stop, not a data
source (``selon les chiffres``, the ``not_after`` list), not ``que``; a pronoun (``selon lui``)
or a noun phrase resolved to a speaker; a possessive before a document or a figure (``selon ses
estimations, EDF prévoit``) names the subject after the comma (else the most salient speaker);
unresolved, a document quotes its publisher (``selon un communiqué d'Alpha``) or no one
(``selon le rapport``), and a proper noun is its own speaker. A ``person_only`` introducer
(``pour``: mostly a plain preposition) takes a person, a name, or an organisation that gives
opinions (a body named as one: ``Pour la FNPL``, ``Pour l'association Foodwatch``; not a
company).

:func:`introduced` makes the indirect quote, in one of three places:

1. around the introducer: ``La croissance, selon lui, va ralentir`` (the sentence without the
   incise; not when the sentence opens with its own introducer, nor when it holds quote marks);
2. opening the sentence (after a conjunction or an adverb at most: ``Mais selon lui, …``):
   ``Selon X, <clause>`` (after an apposition to X: ``Selon X, économiste chez Natixis, …``; not
   before quote marks: ``Selon X, « … »`` is the direct quote's cue);
3. closing it: ``<clause>, selon X.`` (no quote marks before);
4. a named source after a relative pronoun: ``Metropole TV, qui selon La Tribune verrait Suez
   céder 6 % du capital, …`` (the relative clause, to its comma);
5. a named source closing the sentence without a comma: ``Le groupe céderait sa filiale selon
   Le Monde.``;
6. a relative source after a name: ``…, a précisé sa directrice financière, Anne Durand, selon
   qui le groupe « n'a pas besoin de lever des fonds »`` (the clause after ``qui``, of that name).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.reported import record_indirect, record_indirect_parts
from pipeline.components.quotes.speakers import ORG, PERSON, PRONOUNS_F, PRONOUNS_M, Speaker
from pipeline.components.quotes.subjects import skip_apposition
from pipeline.components.quotes.tokens import is_finite
from pipeline.components.quotes.words import QUE, SENT_END, SPACES, TITLES
from pipeline.text import lower_straight


def match_introducer(view: QuoteDoc, k: int) -> tuple[str, dict[str, Any], int] | None:
    """The introducer (``selon``, ``d'après``, ``aux yeux de``…) starting at token ``k``:
    its key, its settings and the index of the token after it."""
    keys = view.lex.introducers.by_first.get(view.folds[k])
    if not keys:
        return None
    start = view.starts[k]
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
    got = match_introducer(view, k)
    if got is None:
        return None
    key, info, j = got
    cue = str(info.get("cue", key))  # "a en croire" is reported as "à en croire"
    end = source_end(view, j)
    if end == j or not_a_source(view, j, end):
        return None
    if info.get("person_only") and possessed_thing(view, j, end):
        return None  # "Pour sa part, …", "pour ses clients, …": a plain preposition
    sp = source_speaker(view, j, end, k)
    if sp is None or sp[1] is None:
        sp = apposed_person(view, end) or sp
    if sp is None:
        return unresolved_source(view, j, end, info, cue)
    if (
        info.get("person_only")
        and not speaks_for_itself(view, sp, j, end, info)
        and not (named_source(sp) and quoted_in_sentence(view, end))
    ):
        return None
    return sp, cue


def quoted_in_sentence(view: QuoteDoc, end: int) -> bool:
    """Whether the rest of the sentence after a source ending at ``end`` holds quote marks
    (``Pour la Sorem, dont …, l'avenant « rééquilibre le partage »``), three words at least:
    words of the source, so even a company after ``pour`` speaks."""
    if end >= len(view.doc):
        return False
    stop = view.sent_end[view.sent_of[end]]
    words = sum(1 for t in range(end, stop) if view.in_quote[t] >= 0 and view.doc[t].is_alpha)
    return words >= 3  # not a term in scare quotes: "Pour Renault, ce « tournant » …"


def apposed_person(view: QuoteDoc, end: int) -> Speaker | None:
    """``Selon les curateurs, Mes Anne Leroy et Marc Petit, le passif …``, ``…, selon le
    mandataire, Me Arnaud Sellier.``: a source no one was found for (or an unnamed one) is the
    first person named in its apposition."""
    doc = view.doc
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    after = skip_apposition(view, end + 1)
    if after == end + 1 and closing_apposition(view, end):
        after = view.sent_end[view.sent_of[end]]  # "…, selon le mandataire, Me X."
    if after == end + 1:
        return None
    for t in range(end + 1, after):
        m = view.res.mention(t)
        if m is not None and m.kind == PERSON and view.in_quote[t] < 0:
            return m.name, PERSON
        if m is not None:
            return None
    return None


def source_end(view: QuoteDoc, j: int) -> int:
    """End of the source after an introducer ending at ``j``: a comma, a stop or 12 words."""
    doc = view.doc
    end = j
    while end < len(doc) and end - j < 12 and not view.is_stop(end) and doc[end].text != ",":
        end += 1
    return end


def not_a_source(view: QuoteDoc, j: int, end: int) -> bool:
    """``selon les chiffres``, ``selon que``: words after the introducer that make it no quote
    (``not_after`` of ``introducers.json``, or ``que``)."""
    words = [lower_straight(t.text) for t in view.doc[j:end]]
    for pat in view.lex.introducers.not_after:
        if words[: len(pat)] == pat:
            return True
    return lower_straight(view.doc[j].text) in QUE


def source_speaker(view: QuoteDoc, j: int, end: int, k: int) -> Speaker | None:
    """The speaker of the source ``j..end``: ``selon lui`` resolves the pronoun (a plural one
    the first of two joint names), else the noun phrase is resolved."""
    head = view.doc[j]
    if head.lower_ in POSSESSIVES and not speaking_noun(view, j, end):
        return possessor(view, j, end)
    if head.lower_ in ("lui", "elle", "eux", "elles"):
        # a plural one the first of two names joined by "et" just before, else no one
        described = described_subject_before(view, j, "f" if head.lower_ == "elle" else "m")
        sp = None
        if described is not None and described[1]:
            sp = described[0]  # an organisation that gives opinions ("le cabinet X")
        elif head.lower_ in PRONOUNS_M | PRONOUNS_F:
            sp = view.res.resolve_pronoun(head)
            if sp[0] is None and described is not None:
                sp = described[0]  # no person of that gender: the organisation
        if sp is None:
            sp = view.res.recency.joint_subject(j)
        return sp if sp is not None else (None, None)
    return view.res.resolve_np(j, end, k)


def described_subject_before(view: QuoteDoc, j: int, gender: str) -> tuple[Speaker, bool] | None:
    """``Le cabinet de conseil Orvest avait recommandé de voter contre. Selon lui, …``: the
    sentence just before names no person and its subject is an organisation introduced by a
    description noun of the pronoun's gender (``le cabinet``, ``la banque``). That
    organisation, and whether it is a body that gives opinions (a noun of ``orgs_named`` of
    ``pour``: ``cabinet``, ``agence``, ``syndicat``…), which beats a person quoted earlier."""
    s = view.sent_of[j]
    if s == 0 or (s - 1) not in view.sent_start:
        return None
    start, end = view.sent_start[s - 1], view.sent_end[s - 1]
    found: tuple[Speaker, bool] | None = None
    opinions = view.lex.introducers.settings.get("pour", {}).get("orgs_named") or []
    for k in range(start, end):
        m = view.res.mention(k)
        if m is not None and m.kind == PERSON:
            return None
        low = view.doc[k].lower_
        desc = view.lex.descriptions.get(low)
        if found is None and desc == (ORG, gender) and view.doc[k].dep_.startswith("nsubj"):
            for t in range(k + 1, min(k + 8, end)):
                named = view.res.mention(t)
                if named is not None and named.kind == ORG:
                    found = (named.name, ORG), low in opinions
                    break
    return found


#: Possessive determiners: ``selon ses estimations`` reports the possessor's figures.
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}


def speaking_noun(view: QuoteDoc, j: int, end: int) -> bool:
    """Whether the source ``j..end`` is headed by a noun that speaks (``son PDG``, ``ses
    proches``, ``son porte-parole``), not by a document or a figure (``ses estimations``)."""
    lex = view.lex
    for t in view.doc[j + 1 : end]:
        if t.pos_ == "NOUN":
            low = lower_straight(t.text)
            sing = low.rstrip("s")
            return (
                lex.descriptions.get(low, lex.descriptions.get(sing, ("", "")))[0] == PERSON
                or low in lex.unnamed
                or sing in lex.unnamed
                or low in lex.org_voices
            )
    return True


def possessed_thing(view: QuoteDoc, j: int, end: int) -> bool:
    """``Pour sa part``, ``pour leur compte``, ``pour ses clients``: after an introducer that
    needs a person (``pour``), a possessive before a noun that does not speak for its
    possessor is no source (``selon ses estimations`` is: what ``selon`` reports is figures)."""
    return view.doc[j].lower_ in POSSESSIVES and not speaking_noun(view, j, end)


def possessor(view: QuoteDoc, j: int, end: int) -> Speaker | None:
    """``Selon ses dernières estimations, EDF prévoit …``: the subject named right after the
    comma, else the most salient speaker before the introducer."""
    doc = view.doc
    if end < len(doc) and doc[end].text == ",":
        for k in range(end + 1, min(end + 5, len(doc))):
            m = view.res.mention(k)
            if m is not None and view.in_quote[k] < 0:
                return m.name, m.kind
            if view.is_stop(k) or doc[k].text == ",":
                break
    sp = view.res.recency.recent_person(j, None, orgs=True)
    return sp if sp[0] is not None else None


def publisher(view: QuoteDoc, k: int, end: int) -> Speaker:
    """``un communiqué d'Alpha``, ``le rapport annuel de la Banque de France``: the name after
    ``de`` that follows a document's noun (adjectives between), else no one."""
    doc = view.doc
    while k < end and doc[k].pos_ == "ADJ":
        k += 1
    if k < end and lower_straight(doc[k].text) in ("de", "d'", "du", "des"):
        for j in range(k + 1, min(k + 3, end)):
            m = view.res.mention(j)
            if m is not None:
                return m.name, m.kind
    return None, None


def unresolved_source(
    view: QuoteDoc, j: int, end: int, info: dict[str, Any], cue: str
) -> tuple[Speaker | None, str] | None:
    """A source no speaker was found for: a document (``selon le rapport``) quotes no one, a
    proper noun is its own speaker; neither for a ``person_only`` introducer."""
    doc = view.doc
    nouns = [t for t in doc[j:end] if t.pos_ in ("NOUN", "PROPN")]
    if (
        nouns
        and lower_straight(nouns[0].text) in view.lex.documents
        and not info.get("person_only")
    ):
        # "selon un communiqué d'Alpha": the organisation that published it
        return publisher(view, nouns[0].i + 1, end), cue
    if nouns and nouns[0].pos_ == "PROPN" and not info.get("person_only"):
        return (doc[j:end].text, None), cue
    return None


def speaks_for_itself(view: QuoteDoc, sp: Speaker, j: int, end: int, info: dict[str, Any]) -> bool:
    """Whether the speaker after a ``person_only`` introducer (``pour``) gives an opinion: a
    person, a name, or an organisation that voices opinions."""
    name, kind = sp
    if kind == PERSON or (kind is None and name):
        return True
    return bool(
        kind == ORG
        and name
        and (
            voices_opinions(view, name, info)
            # "Pour l'association Foodwatch": the body is named as one before its name
            or voices_opinions(view, view.doc[j:end].text, info)
            # "Pour les analystes d'Oddo BHF": the voices of an organisation
            or any(view.folds[t] in view.lex.org_voices for t in range(j, end))
        )
    )


def introduced(view: QuoteDoc, k: int) -> None:
    """``selon X, <clause>`` / ``<clause>, selon X.`` / ``Pour X, <clause>``: record the
    indirect quote of the introducer at ``k`` (the three places of the module docstring)."""
    doc = view.doc
    intro = match_introducer(view, k)
    if intro is None:
        return
    cue_name = str(intro[1].get("cue", intro[0]))
    if relative_source(view, k, intro[2], cue_name, bool(intro[1].get("person_only"))):
        return  # "X, selon qui …", "X, pour qui « … »": anywhere in the sentence
    sstart, lead = sentence_lead(view, k)
    if intro[1].get("sentence_start_only") and sstart != k:
        return
    got = introducer_at(view, k)
    if got is None:
        return
    sp, cue = got
    j = source_end_unbounded(view, intro[2])
    comma_after = j < len(doc) and doc[j].text == ","
    comma_before = k > 0 and doc[k - 1].text == ","
    if lead != k and k - 1 > sstart and comma_before and comma_after:
        between_commas(view, k, j, (sstart, lead), sp, cue)
    elif lead == k:
        if comma_after:
            opening_introducer(view, k, j, sp, cue)
    elif k > sstart and comma_before and not comma_after:
        closing_introducer(view, k, sstart, sp, cue)
    elif sp is not None and named_source(sp):
        after_relative(view, k, intro[2], sp, cue) or closing_without_comma(
            view, k, j, sstart, sp, cue
        )


def between_commas(
    view: QuoteDoc, k: int, j: int, bounds: tuple[int, int], sp: Speaker | None, cue: str
) -> None:
    """An introducer ``k..j`` set off by commas inside its sentence (``bounds``: its first
    word and the first after a leading conjunction): ``…, selon le mandataire, Me X.`` closes
    the sentence (the name apposed to the source ends it), ``La croissance, selon lui, va
    ralentir`` is around the clause."""
    sstart, lead = bounds
    if closing_apposition(view, j):
        closing_introducer(view, k, sstart, sp, cue)
    else:
        around_introducer(view, k, j, sstart, lead, sp, cue)


def closing_apposition(view: QuoteDoc, j: int) -> bool:
    """Whether the source's comma at ``j`` is followed by a name apposed to it that ends the
    sentence (``…, selon le mandataire judiciaire, Me Arnaud Sellier.``): no verb, no comma,
    a name (after a title at most) — the sentence is no clause around the introducer."""
    doc = view.doc
    start = j + 1
    if start >= len(doc) or view.in_quote[start] >= 0:
        return False
    first = start + 1 if view.folds[start] in TITLES and start + 1 < len(doc) else start
    m = view.res.mention(first)
    if m is None or m.start > first:
        return False
    k = m.end
    return k >= len(doc) or view.is_stop(k) or doc[k].text == "\n"


def relative_source(view: QuoteDoc, k: int, j: int, cue: str, quoted_only: bool = False) -> bool:
    """``…, a précisé la directrice financière, Anne Durand, selon qui le groupe « n'a pas
    besoin … »``, ``Marc Rivaud, pour qui « … », a reçu …``: ``selon qui`` / ``pour qui``
    after a name and its comma reports the clause after ``qui`` (after ``pour``, a
    ``person_only`` introducer, only a clause in quote marks),
    of the person or organisation named (place 6); whether it was recorded."""
    doc = view.doc
    if j >= len(doc) or view.folds[j] != "qui" or k < 2 or doc[k - 1].text != ",":
        return False
    m = view.res.mention(k - 2)
    if m is None or m.end != k - 1 or view.in_quote[m.start] >= 0:
        return False
    start = j + 1
    end = view.clause_end(start)
    if quoted_only:  # "pour qui « … »": the quoted words only ("pour qui elle a été bâtie": no)
        end = _closer_after(view, start, end)
    if end - start < 3 or not any(is_finite(doc[t]) for t in range(start, end)):
        return False
    record_indirect(view, start, end, (m.name, m.kind), cue, k)
    return True


def _closer_after(view: QuoteDoc, start: int, end: int) -> int:
    """The end of the quote that opens at ``start`` (its closing mark included) when it closes
    before ``end``; else ``start`` (nothing)."""
    if start not in view.opener_toks:
        return start
    for t in range(start + 1, end):
        if t in view.closer_toks:
            return t + 1
    return start


def closing_introducer(view: QuoteDoc, k: int, sstart: int, sp: Speaker | None, cue: str) -> None:
    """``<clause>, selon X.``: the clause before, without quote marks (place 3)."""
    if any(view.in_quote[t] >= 0 or t in view.closer_toks for t in range(sstart, k)):
        return
    record_indirect(view, sstart, k - 1, sp, cue, k)


def named_source(sp: Speaker) -> bool:
    """Whether the source is a named person or organisation (``selon Le Monde``), not a
    criterion (``varie selon les pays``)."""
    return sp[0] is not None and sp[1] in (ORG, PERSON)


def after_relative(view: QuoteDoc, k: int, j: int, sp: Speaker, cue: str) -> bool:
    """``Metropole TV, qui selon La Tribune verrait Suez céder 6 % du capital, …``: after a
    relative pronoun, the relative clause from the source named at ``j`` to its comma (place
    4); whether it was recorded."""
    doc = view.doc
    if k == 0 or view.folds[k - 1] not in ("qui", "dont"):
        return False
    m = view.res.mention(j) or (view.res.mention(j + 1) if j + 1 < len(doc) else None)
    if m is None:
        return False
    start, end = m.end, source_end_unbounded(view, j)
    if end <= start or not any(is_finite(doc[t]) for t in range(start, end)):
        return False
    record_indirect(view, start, end, sp, cue, k)
    return True


def closing_without_comma(
    view: QuoteDoc, k: int, j: int, sstart: int, sp: Speaker, cue: str
) -> bool:
    """``Le groupe céderait sa filiale selon Le Monde.``: a named source closing the sentence
    without a comma reports the clause before it (place 5); whether it was recorded."""
    doc = view.doc
    if not (j >= len(doc) or doc[j].text in SENT_END or "\n" in doc[j].text) or k - sstart < 4:
        return False
    if any(view.in_quote[t] >= 0 or t in view.closer_toks for t in range(sstart, k)):
        return False
    if not any(is_finite(doc[t]) for t in range(sstart, k)):
        return False
    record_indirect(view, sstart, k, sp, cue, k)
    return True


def sentence_lead(view: QuoteDoc, k: int) -> tuple[int, int]:
    """The first word of the sentence of ``k``, and the first after a conjunction or an
    adverb opening it (``Mais selon lui, …``, ``Et, d'après elle, …``)."""
    doc = view.doc
    sstart = view.content_start(view.sent_start[view.sent_of[k]], k)
    lead = sstart
    while (
        lead < k
        and lead - sstart < 3
        and (doc[lead].pos_ in ("CCONJ", "ADV") or doc[lead].text == ",")
    ):
        lead += 1
    return sstart, lead


def source_end_unbounded(view: QuoteDoc, j: int) -> int:
    """The comma or stop ending the source that starts at ``j``."""
    doc = view.doc
    while j < len(doc) and not view.is_stop(j) and doc[j].text != ",":
        j += 1
    return j


def opening_introducer(view: QuoteDoc, k: int, j: int, sp: Speaker | None, cue: str) -> None:
    """``Selon X, <clause>``: the clause after the comma ``j`` (place 2 of the module
    docstring), after an apposition to X."""
    start = skip_apposition(view, j + 1)
    if start < len(view.doc) and (start in view.opener_toks):
        return  # « Selon X, « … » » is the direct quote's cue
    record_indirect(view, start, view.clause_end(start), sp, cue, k)


def around_introducer(
    view: QuoteDoc, k: int, j: int, sstart: int, lead: int, sp: Speaker | None, cue: str
) -> None:
    """``La croissance, selon lui, va ralentir``: the sentence around the introducer ``k..j``
    (place 1 of the module docstring)."""
    doc = view.doc
    if (
        lead < k
        and lower_straight(doc[lead].text) in view.lex.introducers.by_first
        and match_introducer(view, lead) is not None
        and introducer_at(view, lead) is not None
    ):
        return  # "Pour X, …, selon elle, …": the sentence's own introducer holds it
    if any(
        view.in_quote[t] >= 0 or t in view.opener_toks or t in view.closer_toks
        for t in range(sstart, view.sent_end[view.sent_of[k]])
    ):
        return
    end = view.clause_end(j + 1)
    if end <= j + 1 or k - 1 - sstart < 2:
        return
    record_indirect_parts(view, [(sstart, k - 1), (j + 1, end)], sp, cue, k)
