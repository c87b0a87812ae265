"""The component class of ``fr_org_people``: :class:`EntitiesComponent`.

It loads the rule data (``models/entities/`` and the shared first names), builds the
:class:`EntityLexicon` from it, and for each document makes an :class:`ArticleView`, runs the
stages in the order an article flows through them (:func:`find_mentions`, then
:func:`find_roles`) and writes the annotations: ``doc.ents``, the span groups
``organizations`` and ``people``, ``span._.canonical``, ``span._.role``, ``span._.role_org``.
A document on which a rule fails keeps the model's entities (:func:`keep_model_entities`).
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline.extensions  # noqa: F401
from pipeline.components.base import DataComponent, run_guarded
from pipeline.components.entities.bracket_extents import extend_to_bracket
from pipeline.components.entities.candidates import candidates, rule_spans
from pipeline.components.entities.canonical import canonicalise
from pipeline.components.entities.complements import (
    institution_complements,
    joined_complements,
    place_complements,
    portfolio_lists,
    trade_names,
)
from pipeline.components.entities.consistency import article_consistency, brand_lists
from pipeline.components.entities.evidence import gather_evidence
from pipeline.components.entities.extents import suffix_spans
from pipeline.components.entities.labels import kickers, local_label
from pipeline.components.entities.lexicon import EntityLexicon
from pipeline.components.entities.mentions import NameMention, filter_pairs
from pipeline.components.entities.money_mentions import is_money_mention
from pipeline.components.entities.names import norm
from pipeline.components.entities.roles import find_roles
from pipeline.components.entities.short_forms import (
    bracket_short_names,
    clipped_names,
    short_forms,
)
from pipeline.components.entities.view import ArticleView, FormMemo
from pipeline.furniture import furniture_lines, in_furniture
from pipeline.resources import load_file

logger = logging.getLogger(__name__)

ENT_LABELS = ("ORG", "PER", "LOC", "MISC")
#: the rule data files of ``models/`` (see :mod:`pipeline.resources`)
DATA_FILES = {
    "organizations": "entities/organizations.jsonl",
    "org_cue_nouns": "entities/org_cue_nouns.txt",
    "company_nouns": "entities/company_nouns.txt",
    "org_suffixes": "entities/org_suffixes.txt",
    "legal_suffixes": "entities/legal_suffixes.txt",
    "acronym_stoplist": "entities/acronym_stoplist.txt",
    "org_subject_verbs": "entities/org_subject_verbs.txt",
    "org_object_verbs": "entities/org_object_verbs.txt",
    "share_move_verbs": "entities/share_move_verbs.txt",
    "org_head_nouns": "entities/org_head_nouns.txt",
    "product_cues": "entities/product_cues.txt",
    "honorifics": "entities/honorifics.txt",
    "name_particles": "entities/name_particles.txt",
    "surname_particles": "entities/surname_particles.txt",
    "stoplist": "entities/stoplist.txt",
    "roles": "entities/roles.txt",
    "places": "entities/places.txt",
    "generic_heads": "entities/generic_heads.txt",
    "nationalities": "entities/nationalities.txt",
    "institution_heads": "entities/institution_heads.txt",
    "non_employer_roles": "entities/non_employer_roles.txt",
    "regional_networks": "entities/regional_networks.txt",
    "territorial_bodies": "entities/territorial_bodies.txt",
    "body_cue_nouns": "entities/body_cue_nouns.txt",
    "institutional_cue_nouns": "entities/institutional_cue_nouns.txt",
    "organisation_roles": "entities/organisation_roles.txt",
    "site_nouns": "entities/site_nouns.txt",
    "company_possessions": "entities/company_possessions.txt",
    "body_adjectives": "entities/body_adjectives.txt",
    "geographic_heads": "entities/geographic_heads.txt",
    "location_words": "entities/location_words.txt",
    "quantity_words": "entities/quantity_words.txt",
    "legal_prefixes": "entities/legal_prefixes.txt",
    "foreign_legal_prefixes": "entities/foreign_legal_prefixes.txt",
    "role_modifiers": "entities/role_modifiers.txt",
    "role_prefixes": "entities/role_prefixes.txt",
    "role_links": "entities/role_links.txt",
    "naming_verbs": "entities/naming_verbs.txt",
    "prenominal_adjectives": "entities/prenominal_adjectives.txt",
    "name_connectors": "entities/name_connectors.txt",
    "list_intros": "entities/list_intros.txt",
    "line_items": "entities/line_items.txt",
    "public_bodies": "entities/public_bodies.tsv",
    "trade_nouns": "entities/trade_nouns.txt",
    "statement_verbs": "entities/statement_verbs.txt",
    # read from the amounts component's data: a number and a currency sign is no name
    "currencies": "amounts/currencies.tsv",
    "scales": "amounts/scales.tsv",
}
#: the people's first names, shared with the other components (optional)
FIRST_NAMES = "shared/first_names.tsv"


def shipped_first_names() -> list[str]:
    """The first column of ``models/shared/first_names.tsv`` (none when it is absent)."""
    try:
        return [row[0].strip() for row in load_file(FIRST_NAMES)]
    except (FileNotFoundError, OSError):  # the shared lexicon is optional
        logger.info("models/%s absent: no first-name evidence", FIRST_NAMES)
        return []


def find_mentions(v: ArticleView) -> list[NameMention]:
    """The organisations, people, places and other names of the article, labelled and with
    their canonical names: the stages in the order the article flows through them."""
    # 1. candidates: the model's entities cleaned, and the names the rules find
    sfx = suffix_spans(v)
    named, appos = rule_spans(v, sfx)
    mentions = candidates(v, named, sfx)
    furniture = furniture_lines(v.text)  # "Lire aussi : …", tickers, menus: no mention
    mentions = [m for m in mentions if not in_furniture(furniture, v.idx[m.start])]
    mentions = [m for m in mentions if not is_money_mention(v, m.start, m.end)]  # "150 MD"
    mentions = extend_to_bracket(v, mentions)  # "Société Tunisienne [de l'Air] (Tunisair)"
    # 2. labels: local evidence, then consistency across the article
    gather_evidence(v, mentions, named, appos)
    for m in mentions:
        m.final = local_label(v, m)
    kickers(v, mentions)
    article_consistency(v, mentions)
    mentions = [m for m in mentions if m.final in ENT_LABELS]
    mentions = trade_names(v, mentions)
    mentions = brand_lists(v, mentions)
    # 3. names completed (territories, complements) and short forms found
    mentions = place_complements(v, mentions)
    institution_complements(v, mentions)
    joined_complements(v, mentions)
    portfolio_lists(v, mentions)
    bracket_short_names(v, mentions)
    v.clipped = clipped_names(v, mentions)
    mentions = short_forms(v, mentions)
    # 4. canonical names
    canonicalise(v, mentions)
    return mentions


def set_annotations(
    doc: Doc, mentions: list[NameMention], roles: dict[str, tuple[str, str | None]]
) -> None:
    """``doc.ents``, the span groups ``organizations`` and ``people`` with their canonical
    names, and the role of each person."""
    # filter_spans() on (start, end, label) tuples, and the setter (which takes (label, start,
    # end) tuples, spaCy's stub says Spans) makes the Spans: no Span built twice
    ents = filter_pairs([(m.start, m.end, m.final or "MISC") for m in mentions])
    doc.ents = [(label, s, e) for s, e, label in ents]  # type: ignore[misc]
    orgs: list[Span] = []
    people: list[Span] = []
    for m in mentions:
        span = Span(doc, m.start, m.end, label=m.final or "")
        span._.canonical = m.canonical
        if m.final == "ORG":
            orgs.append(span)
        elif m.final == "PER":
            role, role_org = roles.get(m.canonical, (None, None))
            span._.role = role
            span._.role_org = role_org
            people.append(span)
    doc.spans["organizations"] = orgs
    doc.spans["people"] = people


def keep_model_entities(doc: Doc) -> None:
    """The fallback annotations: the model's ORG and PER entities, their texts as canonical
    names."""
    doc.spans["organizations"] = [e for e in doc.ents if e.label_ == "ORG"]
    doc.spans["people"] = [e for e in doc.ents if e.label_ == "PER"]
    for span in [*doc.spans["organizations"], *doc.spans["people"]]:
        span._.canonical = norm(span.text)


class EntitiesComponent(DataComponent):
    """``fr_org_people``: corrected labels, canonical names and roles (see the package)."""

    data_files = DATA_FILES

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp
        self.data: dict[str, Any] = self.load_data()
        self.data["first_names"] = shipped_first_names()
        self._setup()

    def _setup(self) -> None:
        """Build the lexicon from ``self.data`` (the keys an older saved pipeline lacks are
        filled with the shipped data)."""
        self.fill_missing()
        self.data.setdefault("first_names", [])
        self.lexicon = EntityLexicon(self.data, self.nlp)
        self.forms = FormMemo()  # token strings by hash, kept across documents

    def __call__(self, doc: Doc) -> Doc:
        return run_guarded(doc, self.name, self._annotate, keep_model_entities)

    def _annotate(self, doc: Doc) -> None:
        """Find the names of ``doc`` through a fresh :class:`ArticleView` and write them."""
        if len(doc) == 0:
            doc.spans["organizations"] = []
            doc.spans["people"] = []
            return
        view = ArticleView(doc, self.lexicon, self.forms)
        mentions = find_mentions(view)
        set_annotations(doc, mentions, find_roles(view, mentions))
