"""Organisations behind a description: ``la direction``, ``le régulateur``, ``le groupe suisse``.

1. Kinds (:class:`OrgKinds`): a description noun points to kinds of organisation (``le
   syndicat`` → union) and an organisation's name holds cues of its kind (``CFDT`` → union);
   a description only takes up an organisation of a compatible kind. The noun the article
   introduced an organisation with says its kind before its name's cues do (``le groupe CMA
   CGM`` is a company, not the regulator ``CMA``).
2. Resolution (:meth:`OrgDescriptions.resolve`): an organisation named inside the phrase (``le
   syndicat Unia``), else the most salient compatible one before it — mentioned often, subject
   of the last sentences, quoted last, introduced by the same noun (``le constructeur
   Stellantis`` … ``le constructeur``) or adjective (``le groupe suisse Nestlé`` … ``le groupe
   suisse``); never the verb's object (``Le géant a annoncé convoiter Orkam``).
3. Names the recogniser missed: ``le ministère du Commerce`` (:meth:`~OrgDescriptions.
   named_institution`), ``le collectif Stop Pollution`` (:meth:`~OrgDescriptions.named_after`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.parts_of_speech import ADJ, DET

from .document import DocView
from .lexicon import OF, ORG, Speaker, SpeakerLexicon
from .mentions import MentionIndex, SpeakerCandidate
from .names import name_words

#: Words before a source cited rather than heard (``selon Le Télégramme``, ``d'après X``).
CITED_AFTER = {"selon", "après", "d'après", "d’après"}

#: Descriptions of a company's own management (``la direction``): never a voice heard.
MANAGEMENT = {"direction", "présidence"}


class OrgKinds:
    """The kinds of organisation (regulator, union…) of names and descriptions."""

    def __init__(self, org_kinds: list[tuple[str, list[str], list[str]]]) -> None:
        #: (kind, description nouns, name cues)
        self.org_kinds = org_kinds
        self._of_name: dict[str, frozenset[str]] = {}

    def name_kinds(self, name: str) -> frozenset[str]:
        """Kinds whose name cues occur in an organisation's name (``Fédération CGT des
        cheminots`` → union)."""
        got = self._of_name.get(name)
        if got is None:
            words = " " + " ".join(name_words(name)) + " "
            got = frozenset(
                kind
                for kind, _nouns, cues in self.org_kinds
                if any(f" {c} " in words for c in cues)
            )
            self._of_name[name] = got
        return got

    def desc_kinds(self, words: list[str]) -> frozenset[str]:
        """Kinds a description noun phrase (its folded words after the determiner) points to,
        by its longest description noun (``banque centrale`` before ``banque``)."""
        best: set[str] = set()
        best_len = 0
        for kind, nouns, _cues in self.org_kinds:
            for noun in nouns:
                nw = noun.split()
                if words[: len(nw)] == nw:
                    if len(nw) > best_len:
                        best, best_len = {kind}, len(nw)
                    elif len(nw) == best_len:
                        best.add(kind)
        return frozenset(best)


class OrgDescriptions:
    """Resolves an organisation description to the organisation the article makes salient."""

    def __init__(
        self, view: DocView, lexicon: SpeakerLexicon, index: MentionIndex, kinds: OrgKinds
    ) -> None:
        self.view = view
        self.lexicon = lexicon
        self.index = index
        self.kinds = kinds

    def resolve(self, end: int, head: int, found: list[SpeakerCandidate], pos: int) -> Speaker:
        """An organisation description headed by token ``head`` (``la direction``, ``le
        régulateur``, ``la banque centrale``) resolved to the organisation of a compatible kind
        that the article makes salient before ``pos``: one named inside the phrase, one
        introduced by the same noun, one whose name holds the noun, a recent subject, the
        article's most frequent organisation."""
        words = self.view.folds[head:end]
        kinds = self.kinds.desc_kinds(words)
        introduced = self.introduced_kinds(pos)

        def compatible(name: str) -> bool:
            nk = introduced.get(name)
            if nk is None:
                nk = self.kinds.name_kinds(name)
            return bool(kinds & nk) if kinds else not nk

        for m in found:
            # "le syndicat Unia" names it; "la direction de Renault" must fit the kind
            if m.kind == ORG and (not self.index.in_complement(m) or compatible(m.name)):
                return m.name, ORG
        scores = self._salience(
            words[0], pos, compatible, before_verb=end <= pos, of_kind=bool(kinds)
        )
        self._add_description_fit(scores, head, end, words, pos)
        self._add_last_speaker(scores, words[0], pos)
        if scores:
            first = self.index.org_first
            best = max(scores, key=lambda n: (scores[n], -first.get(n, 0)))
            return best, ORG
        return None, None

    def introduced_kinds(self, pos: int) -> dict[str, frozenset[str]]:
        """The kinds of the organisations the article introduced with a description noun
        before ``pos`` (``le groupe CMA CGM``: a company, whatever the acronym ``CMA`` of its
        name says; ``le syndicat Sud``: a union): the article's own word beats the name's
        cues."""
        got: dict[str, set[str]] = {}
        for at, desc, m in self.index.org_descs:
            if at < pos and not desc.startswith("+"):
                got.setdefault(m.name, set()).update(self.kinds.desc_kinds(desc.split()))
        return {name: frozenset(k) for name, k in got.items()}

    def _salience(
        self,
        noun: str,
        pos: int,
        compatible: Callable[[str], bool],
        before_verb: bool,
        of_kind: bool = False,
    ) -> dict[str, float]:
        """Score of each compatible organisation mentioned outside quotes before ``pos``: how
        often it is mentioned (at most 4), +6 when its name holds the noun (``la banque`` for
        ``Banque Populaire``), +4 / +2 when subject of the last sentences; for a description
        ``before_verb`` (its subject), none for the verb's object (``Le géant a annoncé
        convoiter Orkam``, :meth:`_objects`); an item of a list of names counts 0.5 and is no
        subject (:meth:`_listed`). A description of a kind (``le syndicat``) may
        take up a name met as a complement (``à l'appel de la CGT``, ``permanente du SETCa``);
        a company description not (``dans un entretien au Figaro``), unless the name comes
        back (``l'usine de Recyvolt`` … ``le projet de Recyvolt`` … ``la jeune pousse``)."""
        view, index = self.view, self.index
        sent = view.sentence_at(pos)
        scores: dict[str, float] = {}
        seen: dict[str, int] = {}
        # "Le géant minier a annoncé convoiter Orkam": the one named after the verb in its
        # sentence is someone else
        later = self._objects(pos) if before_verb else set()
        for m in index.mentions:
            if m.start >= pos:
                break
            if m.kind != ORG or view.quoted(m.start) or not compatible(m.name):
                continue
            if m.name in later:
                continue
            seen[m.name] = seen.get(m.name, 0) + 1
            if (
                index.in_complement(m, ("à", "au", "aux"))
                and m.name not in scores
                and not (of_kind and index.in_complement(m))
                and not (seen[m.name] >= 2 and index.in_complement(m))
            ):
                continue  # "dans un entretien au Figaro": the medium, not the one described
            listed = self._listed(m)
            score = scores.get(m.name, 0.0) or self._base_score(m, listed, noun)
            subject = m.subject and not listed
            if subject and 0 <= sent - m.sent <= 1:
                score += 4
            elif subject and sent - m.sent == 2:
                score += 2
            scores[m.name] = score
        return scores

    def _base_score(self, m: SpeakerCandidate, listed: bool, noun: str) -> float:
        """An organisation's first score: how often it is mentioned (at most 4; 0.5 for an item
        of a list of names, named in passing), +6 when its name holds the description's noun."""
        score = 0.5 if listed else min(self.index.org_count.get(m.name, 1), 4) + 0.001
        if noun in name_words(m.name):
            score += 6
        return score

    def _listed(self, m: SpeakerCandidate) -> bool:
        """Whether the mention is an item of a list of names (``englobe BFMTV, BFM Business,
        RMC …``): an organisation right before or after it, past a comma or ``et``; the parser's
        roles inside a list are guesses, no subject."""
        view, index = self.view, self.index
        before = m.start - 2
        if before >= 0 and view.words[m.start - 1] in (",", "et"):
            other = index.mention(before)
            if other is not None and other.kind == ORG:
                return True
        after = m.end + 1
        if after < view.size and view.words[m.end] in (",", "et"):
            other = index.mention(after)
            if other is not None and other.kind == ORG:
                return True
        return False

    def _objects(self, pos: int) -> set[str]:
        """Organisations named in the eight words after the verb at ``pos``, before any
        ``que`` or quote mark (its object: ``a annoncé convoiter le spécialiste Orkam``)."""
        view = self.view
        names: set[str] = set()
        for k in range(pos + 1, min(view.size, pos + 9)):
            if view.folds[k] in ("que", "qu'", "qu’") or view.quoted(k) or view.words[k] in ".;:":
                break
            m = self.index.mention(k)
            if m is not None and m.kind == ORG:
                names.add(m.name)
        return names

    def _add_last_speaker(self, scores: dict[str, float], noun: str, pos: int) -> None:
        """+5 for the organisation quoted last, in this sentence or the one before (``« … »,
        commente Natixis. Le courtier constate que …``): the one the article is listening to
        (not a source cited: ``selon Le Télégramme``; not for ``la direction``)."""
        view = self.view
        recent = [(at, m) for at, m in self.index.speakers if at < pos]
        if not recent:
            return
        at, m = recent[-1]
        if m.kind != ORG or m.name not in scores or noun in MANAGEMENT:
            return  # "la direction": the management of the company covered, not a voice heard
        if view.sentence_at(pos) - view.sentence_at(at) > 1:
            return
        if m.start > 0 and view.folds[m.start - 1] in CITED_AFTER:
            return  # "Selon Le Télégramme, …": a source cited, not the one the article is about
        scores[m.name] += 5

    def _add_description_fit(
        self, scores: dict[str, float], head: int, end: int, words: list[str], pos: int
    ) -> None:
        """+10 for an organisation introduced by the same noun (``le constructeur Stellantis`` …
        ``le constructeur``), +12 for one introduced with an adjective of the description
        (``le groupe suisse Nestlé`` … ``le groupe suisse``)."""
        view = self.view
        noun = words[0]
        adjectives = {"+" + w for w in words[1:4]}
        # "l'opérateur historique" does not describe "l'opérateur virtuel X": the adjectives
        # an organisation was introduced with must share one with the description's
        own_adjs = {
            "+" + view.folds[k]
            for k in range(head + 1, min(end, head + 4, view.size))
            if view.cols.pos[k] == ADJ and view.words[k].islower()
        }
        intro_adjs: dict[str, set[str]] = {}
        for at, desc, m in self.index.org_descs:
            if at < pos and desc.startswith("+"):
                intro_adjs.setdefault(m.name, set()).add(desc)
        for at, desc, m in self.index.org_descs:
            if at < pos and desc == noun and m.name in scores:
                if own_adjs and intro_adjs.get(m.name) and not own_adjs & intro_adjs[m.name]:
                    continue
                scores[m.name] += 10
            elif at < pos and desc in adjectives and m.name in scores:
                scores[m.name] += 12  # "le groupe suisse": the organisation called Swiss

    def named_institution(self, head: int, end: int) -> str | None:
        """``le ministère du Commerce``, ``la Banque de Lyon``: a description noun with a
        capitalised complement names the institution itself when the recogniser missed it."""
        view = self.view
        words, pos = view.words, view.cols.pos
        k = head + 1
        while k < end - 1 and pos[k] == ADJ and words[k].islower():
            k += 1  # "le ministère néerlandais des Infrastructures"
        if k + 1 >= min(end, view.size) or view.folds[k] not in OF:
            return None
        j = k + 1
        if j < end and pos[j] == DET:
            j += 1
        if j >= end or not words[j][:1].isupper():
            return None
        last = j
        while last + 1 < end and (words[last + 1][:1].isupper() or pos[last + 1] == ADJ):
            last += 1
        return view.doc[head : last + 1].text

    def named_after(self, head: int, end: int) -> str | None:
        """``le collectif Stop Pollution``: capitalised words right after a description noun
        name the organisation when the recogniser missed it."""
        view = self.view
        words = view.words
        j = head + 1
        if j >= end or not words[j][:1].isupper() or view.lower(j) in self.lexicon.descriptions:
            return None
        ent = view.ent_at(j)
        if ent is not None and ent.start == j and ent.end <= end:
            return ent.text
        last = j
        while last + 1 < end and words[last + 1][:1].isupper():
            last += 1
        return view.doc[j : last + 1].text
