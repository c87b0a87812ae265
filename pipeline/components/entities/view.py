"""The per-document object: :class:`ArticleView`, what the rules read of one article.

Made fresh for each document by the component and passed to every stage, it holds the
article's text, its token columns read once from spaCy's arrays (no ``Token`` object per word:
``view.texts[i]`` is ``doc[i].text``, ``view.low[i]`` its lower case with a straight
apostrophe), the lexicon's matches in it (cue nouns, roles), the caches of span texts and
places, and what the early stages found that later ones read (datelines, employers, career
paths, clipped nicknames). The rule data is ``view.lex`` (:class:`EntityLexicon`).
"""

from __future__ import annotations

from typing import Any

from spacy.strings import StringStore
from spacy.symbols import ADJ
from spacy.tokens import Doc

from pipeline.components.base import doc_text
from pipeline.components.entities.lexicon import EntityLexicon
from pipeline.components.entities.names import cap_text, lower_key, norm, tok_lower
from pipeline.components.entities.vocabulary import FINAL, TOWN

_MEMO_MAX = 500_000  # strings kept by a FormMemo across documents before it starts afresh


class FormMemo:
    """The strings of token hashes (ORTH, LOWER), kept across documents: a hash always names
    the same string, and a ``StringStore`` lookup decodes it anew each time (five times the
    cost of a dict read). Starts afresh past :data:`_MEMO_MAX` strings."""

    def __init__(self) -> None:
        self.orth: dict[int, str] = {}  # ORTH hash -> text
        self.lower: dict[int, str] = {}  # LOWER hash -> lower case, apostrophe made straight

    @staticmethod
    def forms(
        ids: list[int], memo: dict[int, str], strings: StringStore, lower: bool = False
    ) -> list[str]:
        """The strings of the hashes ``ids`` (ORTH or LOWER of each token) from ``memo``; the
        LOWER memo holds :func:`tok_lower` forms (``lower``: typographic apostrophe made
        straight)."""
        try:
            return [memo[x] for x in ids]
        except KeyError:
            if len(memo) > _MEMO_MAX:
                memo.clear()
            for x in ids:
                if x not in memo:
                    memo[x] = strings[x].replace("’", "'") if lower else strings[x]
            return [memo[x] for x in ids]


class ArticleView:
    """One article as the rules read it (see the module's docstring)."""

    def __init__(self, doc: Doc, lex: EntityLexicon, memo: FormMemo) -> None:
        self.doc = doc
        self.lex = lex
        self.text = doc_text(doc)
        strings = doc.vocab.strings
        #: the ORTH array, and the token texts read from it
        self.orth: Any = doc.to_array("ORTH")
        self.texts: list[str] = memo.forms(self.orth.tolist(), memo.orth, strings)
        #: the character offset of each token: span texts by slicing
        self.idx: list[int] = doc.to_array("IDX").tolist()
        #: SENT_START of each token (1, 0 or -1), for :meth:`bound`
        self.sent: list[int] = doc.to_array("SENT_START").tolist()
        #: universal POS ids (``spacy.symbols``) of the tokens
        self.pos: list[int] = doc.to_array("POS").tolist()
        #: :func:`tok_lower` of every token, from the LOWER array
        self.low: list[str] = memo.forms(doc.to_array("LOWER").tolist(), memo.lower, strings, True)
        #: :func:`cap_text` of every token (read by most stages, some over every token)
        self.caps: list[bool] = list(map(cap_text, self.texts))
        self.span_texts: dict[tuple[int, int], str] = {}  # doc[s:e].text
        #: :meth:`is_place` answers, kept once the datelines are known (:meth:`set_datelines`)
        self.place_cache: dict[tuple[int, int], bool] | None = None
        #: the cue nouns of the article: ``(match_id, start, end)`` ("la start-up", "des banques")
        self.cue_matches: list[tuple[int, int, int]] = list(lex.cue_matcher(doc))
        #: the roles of the article ("PDG", "directrice générale")
        self.role_matches: list[tuple[int, int]] = [(s, e) for _, s, e in lex.role_matcher(doc)]
        #: the end of the longest role starting at each token
        self.role_at: dict[int, int] = {}
        for s, e in self.role_matches:
            self.role_at[s] = max(e, self.role_at.get(s, e))
        #: the starts of the roles only a person holds (not "actionnaire", "conseiller")
        self.role_starts: set[int] = {s for s, _e in self.role_matches} - {
            s for s, e in self.role_matches if lower_key(self.stext(s, e)) in lex.org_roles
        }
        # found by the stages, read by later ones
        self.dateline_places: set[int] = set()  # tokens of dateline places (datelines)
        self.dateline_names: set[str] = set()  # their texts: a place all through the article
        self.employers: dict[int, str] = {}  # start -> "chez" / "de" (employer_names)
        self.careers: set[int] = set()  # starts of companies of career paths (career_names)
        self.credited_people: set[int] = set()  # starts of signatures and credits (credit_names)
        self.list_members: set[int] = set()  # starts of untagged names of lists (list_members)
        self.list_joiners: set[int] = set()  # "," / "et" of lists after a cue (cue_names)
        self.clipped: dict[str, str] = {}  # "Juve" -> "Juventus" (clipped_names)

    def set_datelines(self, places: set[int], names: set[str]) -> None:
        """Record the dateline places (their tokens and folded texts): from now on a span is a
        place or not for good, and :meth:`is_place` keeps its answers."""
        self.dateline_places = places
        self.dateline_names = names
        self.place_cache = {}

    def bound(self, i: int) -> bool:
        """:func:`boundary` (a real sentence start) from the per-document arrays, without
        Token objects (a token is a space when its text is: spaCy's ``is_space`` is
        ``str.isspace``; ``whitespace_`` is at most one space, never a line break)."""
        if 0 < i < len(self.sent) and "\n" in self.texts[i - 1]:
            return True  # a line's first word, even where the parser joined it to the title
        if i <= 0 or i >= len(self.sent) or self.sent[i] != 1:
            return i <= 0
        prev = self.texts[i - 1]
        return prev in FINAL or prev.isspace()

    def is_lower(self, i: int) -> bool:
        """``doc[i].is_lower`` from the token texts (spaCy's ``is_lower`` is ``str.islower``)."""
        return self.texts[i].islower()

    def lower_adjective(self, i: int) -> bool:
        """``doc[i]`` is a lower-case adjective (``is_lower`` and POS ``ADJ``), from the texts and
        the POS array: "le fabricant [français]", "ministère [néerlandais]"."""
        return self.texts[i].islower() and self.pos[i] == ADJ

    def cap(self, i: int) -> bool:
        """:func:`is_cap` of ``doc[i]`` (a word that can be part of a proper name), from the
        token texts, once per document)."""
        return self.caps[i]

    def stext(self, start: int, end: int) -> str:
        """``doc[start:end].text``, computed once per document and span (a slice of the text
        from the token offsets: no Span nor Token objects)."""
        key = (start, end)
        text = self.span_texts.get(key)
        if text is None:
            if start >= end:
                text = ""
            else:
                last = end - 1
                text = self.text[self.idx[start] : self.idx[last] + len(self.texts[last])]
            self.span_texts[key] = text
        return text

    def line_start(self, i: int) -> bool:
        """``doc[i]`` opens a line (or the text): a line break is a token of its own or ends
        one (``whitespace_`` is at most one space, never a line break)."""
        return i == 0 or "\n" in self.texts[i - 1]

    def is_place(self, start: int, end: int) -> bool:
        """A place name: listed, shaped like a French town ("Romans-sur-Isère", "Saint-Lô"),
        followed by its département in brackets ("Bresles (Oise)", "Vénissieux (69)"), or after
        a locative preposition ("à", "en") and a participle of location ("fondée à X")."""
        if self.place_cache is not None:
            hit = self.place_cache.get((start, end))
            if hit is None:
                hit = self.place_cache[(start, end)] = self._is_place_uncached(start, end)
            return hit
        return self._is_place_uncached(start, end)

    def _is_place_uncached(self, start: int, end: int) -> bool:
        """:meth:`is_place`, computed."""
        doc = self.doc
        places = self.lex.places
        text = norm(self.stext(start, end))
        key = lower_key(text)
        if key in places or key in self.dateline_names or TOWN.search(text):
            return True
        texts = self.texts
        if (
            end + 2 < len(texts)
            and texts[end] == "("
            and texts[end + 2] == ")"
            and (
                lower_key(texts[end + 1]) in places
                or (doc[end + 1].is_digit and len(texts[end + 1]) in {2, 3})
            )
        ):
            return True
        if start >= 2 and self.low[start - 1] in {"à", "en"}:
            prev = doc[self._before_founding_year(start - 2)]
            located = self.lex.location_words
            if str(prev.lemma_).lower() in located or tok_lower(prev) in located:
                return True
        return False

    def _before_founding_year(self, j: int) -> int:
        """The token before a year and its preposition that end at ``j``: "fondée [en 1968] à
        Frameries" (``j`` itself when there is none)."""
        if j >= 2 and self.doc[j].like_num and self.low[j - 1] in {"en", "dès", "depuis"}:
            return j - 2
        return j
