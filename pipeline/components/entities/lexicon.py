"""The rule data of ``models/entities/`` made ready for the rules: :class:`EntityLexicon`.

Built once per pipeline (by the component's ``_setup``, again after loading a saved pipeline)
and read by every stage through ``view.lex``. Each lexicon file becomes a set of folded forms, a
phrase matcher or a regex:

* the gazetteer (``organizations.jsonl``): a phrase matcher on the exact forms of every name and
  alias (and of a name of several words in capitals: ``SOCIETE GENERALE``), and the folded form
  of each (``gaz_by_form``: form -> entry, ambiguous or not);
* organisation cue nouns and nationalities (``org_cue_nouns.txt``, ``nationalities.txt``): a
  matcher of their singular and plural forms (``la start-up``, ``des banques``);
* roles (``roles.txt``), product cues (``product_cues.txt``) and naming verbs
  (``naming_verbs.txt``: ``rebaptisée``, ``s'appellera``): matchers; the words linking a person
  to a role (``role_links.txt``) as a set;
* legal and name suffixes (``legal_suffixes.txt``, ``org_suffixes.txt``): word sequences by
  their last word and one regex over the text (``SA/NV``, ``S.p.A.``, ``Co., Ltd.``);
* verbs and head nouns of corporate action (``org_subject_verbs.txt``, ``org_object_verbs.txt``,
  ``org_head_nouns.txt``), with the present-tense forms of the regular subject verbs;
* legal forms written before a name (``legal_prefixes.txt``, ``foreign_legal_prefixes.txt``):
  sets and one regex each, to skip the texts that hold none;
* the word lists (honorifics, particles, stoplist, places, first names, site nouns, quantity
  words…) as folded sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.components.entities.names import (
    by_last_word,
    lower_key,
    norm,
    tok_lower,
)
from pipeline.components.entities.vocabulary import HEAD_PREPS
from pipeline.regex_build import first_letter_lookahead
from pipeline.text import upper_unaccented

#: appositive nouns naming an organisation besides the cue nouns: "Gucci, sa principale marque"
_APPOS_NOUNS = {"marque", "marques"}


def plural(phrase: str) -> str:
    """French plural of a cue noun phrase (its first word): "groupe" -> "groupes", "fonds"
    unchanged, "réseau" -> "réseaux", "société de gestion" -> "sociétés de gestion"."""
    first, _, rest = phrase.partition(" ")
    if first.endswith(("s", "x", "z")):
        plural = first
    elif first.endswith(("eau", "eu")):
        plural = first + "x"
    elif first.endswith("al") and first not in {"festival", "carnaval"}:
        plural = first[:-2] + "aux"
    else:
        plural = first + "s"
    return f"{plural} {rest}" if rest else plural


def suffix_regex(suffixes: set[str]) -> re.Pattern[str]:
    """One regex over the text finding every suffix, whatever the tokenizer does with its dots
    and slashes ("S.p.A.", "SA/NV", "Co., Ltd."): a suffix is a whole word, after a space; the
    longest suffixes are tried first."""
    longest_first = sorted(suffixes, key=len, reverse=True)
    alts = "|".join(
        r"[\s\u00a0\u202f]+".join(re.escape(w) for w in x.split()) for x in longest_first
    )
    return re.compile(
        first_letter_lookahead(suffixes) + rf"(?<![^\s\u00a0\u202f])(?:{alts})(?![\w&/-])"
    )


def regular_present_forms(verbs: set[str]) -> set[str]:
    """Present-tense forms of the regular one-word verbs: "licencie", "recrutent", "investit"."""
    forms: set[str] = set()
    for v in verbs:
        if v.endswith("er") and " " not in v and "'" not in v:
            forms |= {v[:-2] + "e", v[:-2] + "ent"}
        elif v.endswith("ir") and " " not in v and "'" not in v:
            forms |= {v[:-2] + "it", v[:-2] + "issent"}
    return forms


#: the kinds of ``models/amounts/currencies.tsv`` that are signs written beside a number
_SIGN_KINDS = {"symbol", "code"}


def money_signs(currencies: list[list[str]], scales: list[list[str]]) -> tuple[set[str], set[str]]:
    """The currency signs (symbols and codes, ``MD``, ``CHF``, ``€``) and the scale
    abbreviations (``mio``, ``Mrd``, ``M``) of the amounts component's rows."""
    signs = {row[0] for row in currencies if len(row) > 2 and row[2] in _SIGN_KINDS}
    abbrs = {row[0] for row in scales if len(row) > 2 and row[2] == "abbr"}
    return signs, abbrs


def item_words(text: str) -> tuple[str, ...]:
    """The lower-case words of ``text``, an elided article a word of its own (``L'EBITDA`` ->
    ``("l'", "ebitda")``): how mentions are compared with ``line_items.txt``."""
    return tuple(lower_key(text).replace("'", "' ").split())


class EntityLexicon:
    """Matchers, regexes and folded word sets built from the component's rule data."""

    def __init__(self, data: dict[str, Any], nlp: Language) -> None:
        self.vocab = nlp.vocab
        make = nlp.make_doc
        self._gazetteer(data["organizations"], make)
        cues = [
            c.lower().replace("’", "'") for c in [*data["org_cue_nouns"], *data["nationalities"]]
        ]
        # a trade noun in lower case is a cue too: "la cimenterie McInnis", "la biscuiterie X"
        cues += sorted(
            {t.lower() for t in data.get("trade_nouns", ()) if not t.endswith("s")} - set(cues)
        )
        self._matchers(data, cues, make)
        self._suffixes(data)
        self._corporate_action(data)
        self._word_sets(data, cues)
        self._legal_prefixes(data)
        self._dictionary(nlp)
        #: how a brief speaks of its company: "le groupe", "la société", "l'entreprise"
        self.company_nouns = {c.lower() for c in data["company_nouns"]}

    def _gazetteer(self, entries: list[dict[str, Any]], make: Callable[[str], Doc]) -> None:
        """The gazetteer's matcher (both apostrophes of each form) and its forms."""
        self.gaz_matcher = PhraseMatcher(self.vocab, attr="ORTH")
        self.gaz_entries: list[dict[str, Any]] = list(entries)
        self.gaz_by_form: dict[str, tuple[int, bool]] = {}
        for i, entry in enumerate(self.gaz_entries):
            ambiguous = set(entry.get("ambiguous") or [])
            for form in [entry["name"], *entry.get("aliases", [])]:
                # "Moody's" is written "Moody’s" in the press: both apostrophes match; a name
                # of several words in capitals too, with or without accents ("SOCIETE
                # GENERALE", "CRÉDIT AGRICOLE": headlines, tickers)
                variants = {form, form.replace("'", "’")}
                if " " in form.strip():
                    variants |= {form.upper(), upper_unaccented(form)}
                for variant in sorted(variants):
                    self.gaz_by_form.setdefault(norm(variant), (i, form in ambiguous))
                self.gaz_matcher.add(f"GAZ{i}", [make(v) for v in sorted(variants)])

    def _matchers(self, data: dict[str, Any], cues: list[str], make: Callable[[str], Doc]) -> None:
        """The matchers of the cue nouns (singular and plural), appositive nouns, product cues
        and roles; the list intros by their first word."""
        vocab = self.vocab
        self.cue_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.cue_matcher.add("CUE", [make(c) for c in cues])
        self.cue_matcher.add("CUE_PL", [make(plural(c)) for c in cues if plural(c) != c])
        self.list_intro: dict[str, list[list[str]]] = {}
        for intro in data["list_intros"]:
            words = [tok_lower(t) for t in make(intro)]
            self.list_intro.setdefault(words[0], []).append(words)
        for alts in self.list_intro.values():
            alts.sort(key=len, reverse=True)
        self.appos_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.appos_matcher.add("APPOS", [make(w) for w in sorted(_APPOS_NOUNS)])
        self.product_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.product_matcher.add("PRODUCT", [make(c.lower()) for c in data["product_cues"]])
        self.role_matcher = PhraseMatcher(vocab, attr="LOWER")
        role_forms = {r.lower() for r in data["roles"]}
        role_forms |= {r.replace("'", "’") for r in role_forms}
        self.role_matcher.add("ROLE", [make(r) for r in sorted(role_forms)])
        self.naming_matcher = PhraseMatcher(vocab, attr="LOWER")
        naming = {w.lower() for w in data["naming_verbs"]}
        naming |= {w.replace("'", "’") for w in naming}
        self.naming_matcher.add("NAMING", [make(w) for w in sorted(naming)])
        self._public_bodies(data, make)

    def _public_bodies(self, data: dict[str, Any], make: Callable[[str], Doc]) -> None:
        """The matcher of the public bodies' heads (``tribunal de commerce``, ``région``), one
        key per kind of what follows them (``de`` a place, ``name``, nothing)."""
        self.body_matcher = PhraseMatcher(self.vocab, attr="LOWER")
        self.body_follows: dict[str, str] = {}
        for row in data.get("public_bodies", []):
            follows = row[1].strip() if len(row) > 1 else ""
            key = f"BODY_{follows}"
            self.body_follows[key] = follows
            forms = sorted({row[0].lower(), row[0].lower().replace("'", "’")})
            self.body_matcher.add(key, [make(f) for f in forms])

    def _suffixes(self, data: dict[str, Any]) -> None:
        """The legal and name suffixes: sets, word sequences by last word, one regex."""
        legal = [norm(x) for x in data["legal_suffixes"]]
        self.legal = set(legal)
        self.legal_heads = {"Groupe", "Group", "Holding"} & self.legal
        self.suffixes = {norm(x) for x in data["org_suffixes"]} | set(legal)
        # word sequences of the suffixes ("SAB de CV", "SE & Co. KGaA"), longest first
        self.legal_words = by_last_word(legal)
        self.suffix_words = by_last_word(sorted(self.suffixes, key=len, reverse=True))
        self.suffix_re = suffix_regex(self.suffixes)

    def _corporate_action(self, data: dict[str, Any]) -> None:
        """The verbs of corporate action (and the present forms of the regular subject verbs),
        the head nouns and the head nouns with their preposition ("offre sur")."""
        self.subject_verbs = {v.lower() for v in data["org_subject_verbs"]}
        self.object_verbs = {v.lower() for v in data["org_object_verbs"]}
        self.share_move_verbs = {v.lower() for v in data["share_move_verbs"]}
        self.subject_forms = regular_present_forms(self.subject_verbs)
        self.head_nouns: set[str] = set()
        self.head_preps: set[tuple[str, str]] = set()  # ("offre", "sur"), ("rachat", "par")
        for v in data["org_head_nouns"]:
            words = v.lower().split()
            if len(words) == 2 and words[1] in HEAD_PREPS:
                self.head_preps.add((words[0], words[1]))
            else:
                self.head_nouns.add(v.lower())

    def _dictionary(self, nlp: Language) -> None:
        """The French words of the model's lemmatizer tables (its index of nouns, verbs,
        adjectives and adverbs, and its table of inflected forms): what a coined company name
        is not. Without those tables every word counts as a dictionary word."""
        self._words: set[str] | None = None
        self._forms: Any = {}
        if "lemmatizer" not in nlp.pipe_names:
            return
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            return
        index = lookups.get_table("lemma_index")
        self._words = {w for words in index.values() for w in words}
        if lookups.has_table("lemma_lookup"):  # a spaCy Table: looked up by the word's hash
            self._forms = lookups.get_table("lemma_lookup")

    def dictionary_word(self, word: str) -> bool:
        """Whether the lower-case ``word`` is a French dictionary word (see :meth:`_dictionary`)."""
        return self._words is None or word in self._words or word in self._forms

    def _word_sets(self, data: dict[str, Any], cues: list[str]) -> None:
        """The word lists as sets, folded the way the rules look them up."""
        self.acronym_stoplist = {a.casefold() for a in data["acronym_stoplist"]}
        # the amounts component's currency signs and scale abbreviations: "1.456,2 MD" is no name
        self.money_signs, self.scale_abbrs = money_signs(
            data.get("currencies", []), data.get("scales", [])
        )
        #: a scale abbreviation glued to a sign ("M€", "Md$"), every pair made once
        self.glued_signs = {a + s for a in self.scale_abbrs for s in self.money_signs if s}
        self.honorifics = set(data["honorifics"])
        self.particles = {p.replace("’", "'") for p in data["name_particles"]}
        self.surname_particles = set(data.get("surname_particles", ()))
        self.stoplist = {lower_key(s) for s in data["stoplist"]}
        self.first_names = {n.casefold() for n in data["first_names"]}
        self.generic_heads = {lower_key(h) for h in data["generic_heads"]}
        self.cue_words = {c.split()[0] for c in cues}
        # "le suisse Barry Callebaut": a lower-case nationality noun names a company, even one
        # that looks like a person ("l'Américain John Smith" is capitalised)
        self.nationalities = {lower_key(x) for x in data["nationalities"]}
        self.institution_heads = {h.lower() for h in data["institution_heads"]}
        self.institution_heads |= {h.split()[0] for h in self.generic_heads} | self.cue_words
        self.places = {lower_key(p) for p in data["places"]}
        self.non_employer_roles = {lower_key(r) for r in data["non_employer_roles"]}
        self.networks = {lower_key(r) for r in data["regional_networks"]}
        self.territorial_bodies = set(data["territorial_bodies"])
        self.body_cue_nouns = {h.lower() for h in data["body_cue_nouns"]}
        self.institutional_cues = set(data["institutional_cue_nouns"])
        self.org_roles = set(data["organisation_roles"])
        self.site_nouns = set(data["site_nouns"])
        self.company_possessions = set(data.get("company_possessions", ()))
        self.body_adjectives = set(data["body_adjectives"])
        self.geographic_heads = set(data["geographic_heads"])
        self.location_words = set(data["location_words"])
        self.quantity_words = set(data["quantity_words"])
        self.role_modifiers = set(data["role_modifiers"])
        self.role_prefixes = set(data["role_prefixes"])
        self.role_links = set(data["role_links"])
        self.prenominal_adjectives = set(data["prenominal_adjectives"])
        self.name_connectors = set(data["name_connectors"])
        #: lines of a company's accounts, as tuples of lower-case words (``line_items.txt``)
        self.line_items = {item_words(x) for x in data["line_items"]}
        #: the lengths (in words) of those lines, longest first
        self.line_item_sizes = sorted({len(x) for x in self.line_items}, reverse=True)
        self.trade_nouns = set(data["trade_nouns"])
        self.statement_verbs = set(data["statement_verbs"])

    def _legal_prefixes(self, data: dict[str, Any]) -> None:
        """The legal forms written before a name, and a regex of each kind."""
        # French legal forms used as a noun before the name: "la SARL Boulangerie Martin"
        self.legal_prefixes = set(data["legal_prefixes"])
        self.legal_prefix_re = re.compile(
            first_letter_lookahead(self.legal_prefixes)
            + r"\b(?:"
            + "|".join(sorted(self.legal_prefixes))
            + r")\b"
        )
        # foreign legal forms written before the name and part of it: "N.V. Nederlandse
        # Gasunie", "AB Volvo", "PT Vale Indonesia", "PAO Gazprom"
        self.foreign_prefixes = set(data["foreign_legal_prefixes"])
        self.foreign_prefix_re = re.compile(
            first_letter_lookahead(self.foreign_prefixes)
            + r"(?<![\w.])(?:"
            + "|".join(re.escape(p) for p in sorted(self.foreign_prefixes))
            + r") [A-Z]"
        )
