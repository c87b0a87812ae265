"""All the candidate mentions of an article, gathered and filtered.

1. the names the rules find (:func:`rule_spans`): datelines, cue nouns, employers, career
   paths, bracketed long forms, appositions, ``&`` names, legal forms before a name;
2. the model's entities, split and trimmed (:mod:`.cleaning`), cut before a figure ("Free [30]
   %"), extended over a legal suffix, a possessive "s", a glued capitalised word or a listed
   territory, and over a hyphenated first name the tokenizer split ("François-|Henri Pinault");
3. the gazetteer's names, people the model missed (:mod:`.first_names`), names before a legal
   suffix ("Valtéo Ingénierie SAS"), acronyms after a determiner ("l'AGS", "la CGT") or in
   brackets after a name ("Autorité des marchés financiers (AMF)");
4. overlaps resolved as ``filter_spans`` does (the longest wins), each mention with the label
   the model gave most of its tokens.
"""

from __future__ import annotations

from pipeline.components.entities.brackets import bracket_long_forms
from pipeline.components.entities.cleaning import clean, separator
from pipeline.components.entities.credits import credit_names
from pipeline.components.entities.cue_names import (
    appos_cues,
    appos_names,
    career_names,
    cue_noun_names,
    employer_names,
    place_described_names,
    renamed_names,
    trade_noun_names,
)
from pipeline.components.entities.datelines import datelines
from pipeline.components.entities.evidence import det_acronym, quantity
from pipeline.components.entities.extents import (
    coordinated_complement,
    council_place,
    extend_suffix,
    extend_tail,
    inner_article,
    possessive_end,
)
from pipeline.components.entities.figure_lists import figure_list_names
from pipeline.components.entities.first_names import first_name_runs
from pipeline.components.entities.legal_names import (
    amp_names,
    foreign_prefix_names,
    legal_prefix_names,
)
from pipeline.components.entities.lists import list_members
from pipeline.components.entities.mentions import NameMention, filter_pairs
from pipeline.components.entities.names import lower_key
from pipeline.components.entities.person_names import particle_tail
from pipeline.components.entities.product_owners import owner_names
from pipeline.components.entities.public_bodies import public_body_names
from pipeline.components.entities.share_names import headline_names, move_names, share_names
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import DETS


def rule_spans(v: ArticleView, sfx: dict[int, int]) -> tuple[list[tuple[int, int]], set[int]]:
    """The names the rules find around cue words, in brackets, in datelines and by their legal
    form, as ``(start, end)`` pairs; and the commas of the appositive cues (``X, la
    start-up…``), which are evidence too. Records the datelines, the employers and the career
    paths in the view."""
    wires = datelines(v)  # first: a dateline place is a place for every later rule
    appos = appos_cues(v)
    cued = cue_noun_names(v, sfx)
    employers, v.employers = employer_names(v, sfx)
    careers, v.careers = career_names(v, sfx)
    named = (
        cued
        + employers
        + careers
        + bracket_long_forms(v)
        + appos_names(v, appos)
        + wires
        + amp_names(v, sfx)
        + legal_prefix_names(v, sfx)
        + foreign_prefix_names(v, sfx)
        + public_body_names(v)
        + credit_names(v)
        + figure_list_names(v)
        + renamed_names(v, sfx)
        + share_names(v)
        + move_names(v)
        + headline_names(v)
        + trade_noun_names(v, sfx)
        + place_described_names(v, sfx)
        + owner_names(v, sfx)
    )
    return named, appos


def candidates(
    v: ArticleView, named: list[tuple[int, int]], sfx: dict[int, int]
) -> list[NameMention]:
    """The candidate mentions of the article, no two overlapping (the longest wins): the
    model's entities (cleaned), the gazetteer's names, the ``named`` spans of the rules,
    people the model missed, names before a legal suffix, acronyms after a determiner or in
    brackets; with the model's label of each (None for a new candidate)."""
    doc = v.doc
    # candidate (start, end) pairs; Span objects are costly to build, so the spans are
    # kept as pairs, checked as Span() checks them, and filtered as filter_spans() does
    gaz_matches = v.lex.gaz_matcher(doc)  # matched once, used twice
    gaz_end: dict[int, int] = {}
    for _match_id, s, e in gaz_matches:
        gaz_end[s] = max(e, gaz_end.get(s, e))
    spans, honor, labels = _model_entities(v, gaz_end, sfx)
    spans += [(s, extend_suffix(v, s, e, sfx)) for _match_id, s, e in gaz_matches]
    spans += named
    for s, e in first_name_runs(v, labels, gaz_end):
        spans.append((s, e))
        for i in range(s, e):
            labels[i] = "PER"
    # the order of the candidates does not matter (equal keys in the sort below are equal
    # pairs), so each rule visits only its own tokens: the suffix starts, the tokens
    # starting with two capitals, the opening brackets
    tagged = set(labels).union(*(range(s, e) for _m, s, e in gaz_matches))
    tagged.update(*(range(s, e) for s, e in named))
    spans += list_members(v, tagged)
    spans += _suffixed_names(v, sfx)
    spans += _figure_led_names(v, sfx)
    spans += _determiner_acronyms(v)
    spans += _bracketed_acronyms(v)
    _check_inside(spans, len(doc))
    spans = [(s, possessive_end(v, e)) for s, e in spans]
    _check_inside(spans, len(doc))
    return _mentions(v, filter_pairs(spans), labels, honor)


def _check_inside(spans: list[tuple[int, int]], n: int) -> None:
    """Every span is inside the document, as ``Span()`` checks it."""
    for s, e in spans:
        if not 0 <= s <= e <= n:
            raise IndexError(f"candidate span ({s}, {e}) out of the document")


def _model_entities(
    v: ArticleView, gaz_end: dict[int, int], sfx: dict[int, int]
) -> tuple[list[tuple[int, int]], set[tuple[int, int]], dict[int, str]]:
    """The model's entities cleaned (:func:`clean`) and completed (:func:`_completed`); the
    spans after an honorific; the model's label of each token of an entity."""
    spans: list[tuple[int, int]] = []
    honor: set[tuple[int, int]] = set()
    labels: dict[int, str] = {}
    for start, end, label in _joined_organisations(v):
        for s, e, h in clean(v, start, end, label):
            s, e = _completed(v, s, e, label, gaz_end, sfx)
            spans.append((s, e))
            if h:
                honor.add((s, e))
        for i in range(start, end):
            labels[i] = label
    return spans, honor, labels


def _joined_organisations(v: ArticleView) -> list[tuple[int, int, str]]:
    """The model's entities as ``(start, end, label)``, two organisations it cut side by side
    on one line joined: "[Hémisphère] [Gouvernance]" is one name."""
    out: list[tuple[int, int, str]] = []
    for ent in v.doc.ents:
        if (
            out
            and ent.label_ == "ORG"
            and out[-1][2] == "ORG"
            and out[-1][1] == ent.start
            and not v.line_start(ent.start)
            # not a person after a portfolio: "ministre de l'[Économie] [Bruno Le Maire]"
            and v.texts[ent.start].casefold() not in v.lex.first_names
            and lower_key(v.texts[ent.start - 1]) not in v.lex.stoplist
            and all(v.cap(i) for i in range(out[-1][0], ent.end))
        ):
            out[-1] = (out[-1][0], ent.end, "ORG")
        else:
            out.append((ent.start, ent.end, ent.label_))
    return out


def _completed(
    v: ArticleView, s: int, e: int, label: str, gaz_end: dict[int, int], sfx: dict[int, int]
) -> tuple[int, int]:
    """A cleaned piece of a model entity, cut back to a gazetteer name before lower-case words
    and before a figure, extended over suffixes, glued words, a hyphenated end ("SDTM-CI"), a
    council's territory, a split hyphenated first name and an article inside a sentence."""
    doc = v.doc
    g = gaz_end.get(s, e)
    if g < e and all(doc[x].is_lower for x in range(g, e)):
        e = g  # "Autorité de la concurrence sanctionne un cartel" (a headline)
    while e - s > 1 and gaz_end.get(s, 0) < e and quantity(v, e - 1):
        e -= 1  # "Free [30] %", "Orange [27] %": a figure, not part of the name
    e = extend_suffix(v, s, e, sfx)
    e = extend_tail(v, s, e, label)
    if label == "ORG":
        e = coordinated_complement(v, s, e)  # "Conseil du coton [et de l'anacarde]"
    if label == "PER":
        e = particle_tail(v, s, e)  # "Mohamed Lamine [Ben Ali]", "Jan [Van den Broeck]"
    # a hyphenated name the tokenizer split and the model cut: "SDTM[-CI]"
    while (
        e + 1 < len(doc)
        and doc[e].text == "-"
        and not doc[e - 1].whitespace_
        and not doc[e].whitespace_
        and v.cap(e + 1)
    ):
        e += 2
    e = council_place(v, s, e)
    # a hyphenated first name the tokenizer split: "François-|Henri Pinault"
    while (
        s >= 2
        and doc[s - 1].text == "-"
        and not doc[s - 1].whitespace_
        and not doc[s - 2].whitespace_
        and v.cap(s - 2)
    ):
        s -= 2
    return inner_article(v, s, e), e


def _suffixed_names(v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """The capitalised words before a legal or name suffix, with it: "Valtéo Ingénierie SAS",
    "Baron Capital Group" (not the legal form used as a noun: "la SAS [Transports Giraud]")."""
    texts = v.texts
    out: list[tuple[int, int]] = []
    for i in sorted(sfx):
        if i > 0 and v.cap(i - 1) and texts[i - 1] not in v.lex.legal_prefixes and not v.bound(i):
            s = _suffixed_name_start(v, i)
            if s < i and not all(texts[x] in v.lex.suffixes for x in range(s, i)):
                e = extend_tail(v, s, extend_suffix(v, s, i, sfx), "ORG")
                out.append((s, e))
    return out


def _figure_led_names(v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """An investor named by a figure and a name suffix: "360 Capital", "50 Partners" (a number
    of one to four digits, not part of a larger figure nor after a determiner of quantity, then
    a capitalised suffix word that is no legal form: "12 SA" is no name)."""
    texts = v.texts
    out: list[tuple[int, int]] = []
    for i in sorted(sfx):
        k = i - 1
        if (
            k >= 1
            and texts[k].isdigit()
            and len(texts[k]) <= 4
            and texts[i][:1].isupper()
            and texts[i][1:].islower()
            and not v.bound(i)
            and not (v.doc[k - 1].like_num or texts[k - 1] in {",", "."})
            and v.low[k - 1] not in {"les", "des", "ses", "ces", "nos", "leurs"}
        ):
            out.append((k, sfx[i]))
    return out


def _suffixed_name_start(v: ArticleView, i: int) -> int:
    """The start of the name before the suffix at ``i``: at most four capitalised words
    (with "&" and "-"), without the stopwords, honorifics and determiners that open it ("Le
    Conseil", "Le Kenya Tea Board", but "Le Goff Menuiserie")."""
    lex = v.lex
    texts = v.texts
    s = i - 1
    while (
        s > 0
        and i - s < 5
        and texts[s - 1] not in lex.legal_prefixes  # "la SAS [Transports Giraud]"
        and (v.cap(s - 1) or (_name_joiner(v, s - 1) and s >= 2 and v.cap(s - 2)))
        and not v.bound(s)
    ):
        s -= 1
    while s < i and (
        lower_key(texts[s]) in lex.stoplist
        or texts[s] in lex.honorifics
        or texts[s] == "&"
        # "Le Conseil", "Le Kenya Tea Board" (but "Le Goff Menuiserie")
        or (v.low[s] in DETS and (s + 1 == i or i - s > 2))
    ):
        s += 1
    return _trade_noun_start(v, s)


def _name_joiner(v: ArticleView, i: int) -> bool:
    """``doc[i]`` joins two words of one name: "&" ("Procter & Gamble"), a hyphen ("Saint -
    Gobain" as the tokenizer may cut it), but not a dash between spaces, which separates a
    dateline from the name ("MONTRÉAL, le 6 nov. /CNW/ - Boréalis Télécom inc.":
    :func:`.cleaning.separator`)."""
    return v.texts[i] == "&" or (v.texts[i] == "-" and not separator(v, i))


def _trade_noun_start(v: ArticleView, s: int) -> int:
    """The start of a trade name whose complement opens at ``s``: "[Laiterie de] Herve SA",
    "[Cimenterie de la] Lukala SA", "[Fonderies du] Poitou SAS" (a trade noun of
    ``trade_nouns.txt``, then "de", "du", "des", "d'", "de la", "de l'")."""
    low, texts = v.low, v.texts
    k = s - 1
    if k >= 1 and low[k] in {"la", "l'"} and low[k - 1] == "de":
        k -= 1
    if k >= 1 and low[k] in {"de", "du", "des", "d'"} and texts[k - 1] in v.lex.trade_nouns:
        return k - 1
    return s


def _determiner_acronyms(v: ArticleView) -> list[tuple[int, int]]:
    """An acronym after a determiner: "l'AGS", "la CGT", "du Medef" is an organisation unless
    it is a common noun of the business press (``acronym_stoplist.txt``)."""
    return [
        (i, i + 1)
        for i in [i for i, tok_text in enumerate(v.texts) if tok_text[:2].isupper()]
        if det_acronym(v, i, i + 1)
    ]


def _bracketed_acronyms(v: ArticleView) -> list[tuple[int, int]]:
    """An acronym in brackets after a name: "Autorité des marchés financiers (AMF)", "(Opep)",
    "(Insee)"."""
    doc = v.doc
    texts = v.texts
    n_tok = len(texts)
    out: list[tuple[int, int]] = []
    for i in [i for i, tok_text in enumerate(texts) if tok_text == "("]:
        if (
            i + 2 < n_tok
            and texts[i + 2] == ")"
            and texts[i + 1][:1].isupper()
            and (
                sum(c.isupper() for c in texts[i + 1]) >= 2
                or (doc[i + 1].is_alpha and len(texts[i + 1]) <= 6)  # "(Opep)", "(Insee)"
            )
        ):
            out.append((i + 1, i + 2))
    return out


def _mentions(
    v: ArticleView,
    chosen: list[tuple[int, int]],
    labels: dict[int, str],
    honor: set[tuple[int, int]],
) -> list[NameMention]:
    """A mention for each chosen span, with the label the model gave most of its tokens and
    whether an honorific comes before it."""
    honorifics = v.lex.honorifics
    mentions = []
    for start, end in chosen:
        model = [labels[i] for i in range(start, end) if i in labels]
        label = max(set(model), key=model.count) if model else None
        m = NameMention(start, end, label)
        m.honorific = (start, end) in honor or (start > 0 and v.texts[start - 1] in honorifics)
        mentions.append(m)
    return mentions
