"""What the article says of the people and organisations it names, read next to their names.

1. Role nouns next to a person (:meth:`Appositions.of_person`): ``le PDG Sam Altman``,
   ``Sam Altman, PDG d'OpenAI`` give Sam Altman the role ``pdg``; ``le groupe de François
   Pinault`` makes him a ``patron``.
2. Description nouns next to an organisation (:meth:`Appositions.of_organisation`): ``le
   constructeur Stellantis``, ``Harwell, le spécialiste britannique``, ``le suisse Nestlé``.
3. Roles given by a verb (:meth:`Appositions.verb_roles`): ``fondée par Marc Simoncini`` makes a
   ``fondateur``, ``Sandrine Molinari dirige Cervane`` a ``dirigeant``.
4. The organisation after a role noun (:meth:`Appositions.link_role_orgs`): ``Luca de Meo, le
   directeur général de Renault`` ties Luca de Meo to Renault (for ``le patron de Renault``).
"""

from __future__ import annotations

from spacy.lang.lex_attrs import is_punct
from spacy.parts_of_speech import ADJ, NOUN

from .document import DocView
from .lexicon import FORMER, OF, ORG, PERSON, ROLE_MODIFIERS, SpeakerLexicon
from .mentions import MentionIndex, SpeakerCandidate


def role_words(view: DocView, i: int, limit: int) -> str:
    """The role noun at ``i`` with its modifiers before ``limit`` (``directeur financier``)."""
    folds, pos = view.folds, view.cols.pos
    words = [folds[i]]
    for k in range(i + 1, min(limit, i + 3, view.size)):
        if pos[k] != ADJ and folds[k] not in ROLE_MODIFIERS:
            break
        words.append(folds[k])
    return " ".join(words)


def is_former(view: DocView, i: int) -> bool:
    """Whether the role noun at ``i`` is a former one (``ancien directeur``, ``ex-PDG``)."""
    prev = view.lower(i - 1) if i > 0 else ""
    return prev in FORMER or view.lower(i).startswith("ex-")


class Appositions:
    """Fills the roles and descriptions of a :class:`MentionIndex` while it is collected."""

    def __init__(self, view: DocView, lexicon: SpeakerLexicon, index: MentionIndex) -> None:
        self.view = view
        self.lexicon = lexicon
        self.index = index
        #: role nouns given to a person: (person, token of the noun)
        self.role_spots: list[tuple[SpeakerCandidate, int]] = []

    def add_role(self, m: SpeakerCandidate, noun: int, limit: int) -> None:
        """Give ``m`` the role noun at token ``noun`` (with its modifiers before ``limit``)."""
        self.index.roles.append((m.start, role_words(self.view, noun, limit), m))
        self.role_spots.append((m, noun))

    def of_person(self, m: SpeakerCandidate) -> None:
        """Record role nouns next to a person: ``le PDG Sam Altman``, ``Sam Altman, PDG de X``."""
        view, kind_of = self.view, self.lexicon.described_kind
        lower, n = view.lower, view.size
        if m.start > 0 and lower(m.start - 1) in OF:
            # "le président de Vallorès": the mention is the role's complement, an organisation
            # the recogniser took for a person; "le groupe de François Pinault": its head
            if m.start > 1 and kind_of(lower(m.start - 2)) == ORG and not view.quoted(m.start):
                self.index.roles.append((m.start, "patron", m))
        else:
            for k in range(max(0, m.start - 4), m.start):
                if kind_of(lower(k)) == PERSON and not is_former(view, k):
                    self.add_role(m, k, m.start)
        j = m.end
        if j < n and view.words[j] == ",":
            # "Sam Altman, PDG d'OpenAI"
            for k in range(j + 1, min(n, j + 4)):
                if is_punct(view.words[k]):
                    break
                if kind_of(lower(k)) == PERSON:
                    if not is_former(view, k):
                        self.add_role(m, k, n)
                    break

    def of_organisation(self, m: SpeakerCandidate) -> None:
        """Record description nouns next to an organisation: ``le constructeur Stellantis``,
        ``Harwell, le spécialiste britannique``."""
        self._described_before(m)
        self._described_after(m)

    def _described_before(self, m: SpeakerCandidate) -> None:
        """``le groupe suisse Nestlé`` (the noun and its adjectives), ``le suisse Nestlé``."""
        view, kind_of, descs = self.view, self.lexicon.described_kind, self.index.org_descs
        words, pos = view.words, view.cols.pos
        described = False
        for k in range(max(0, m.start - 3), m.start):
            low = words[k].lower()
            if kind_of(low) == ORG:
                descs.append((m.start, low, m))
                described = True
            elif words[k].isalpha() and words[k].islower() and pos[k] in (ADJ, NOUN) and described:
                # "le groupe suisse Nestlé": the adjective after the noun, for "le groupe suisse"
                descs.append((m.start, "+" + low, m))
        # "le suisse Nestlé", "l'allemand Siemens": a nationality standing for the noun
        prev = m.start - 1
        if (
            prev >= 0
            and words[prev].isalpha()
            and words[prev].islower()
            and words[prev].lower() not in self.lexicon.descriptions
            and m.start > 1
            and words[m.start - 2].lower() in ("le", "la", "l'", "l’")
        ):
            descs.append((m.start, "+" + words[prev].lower(), m))

    def _described_after(self, m: SpeakerCandidate) -> None:
        """``Nestlé, le groupe suisse de Vevey``: the noun and adjectives of an apposition."""
        view, kind_of, descs = self.view, self.lexicon.described_kind, self.index.org_descs
        words, pos, n = view.words, view.cols.pos, view.size
        j = m.end
        if not (j < n and words[j] == ","):
            return
        noun = ""
        for k in range(j + 1, min(n, j + 5)):
            if is_punct(words[k]):
                break
            if not noun and kind_of(words[k].lower()) == ORG:
                noun = words[k].lower()
                descs.append((m.start, noun, m))
            elif noun and pos[k] == ADJ and words[k].islower():
                descs.append((m.start, "+" + words[k].lower(), m))
            elif noun:
                break

    def verb_roles(self) -> None:
        """Roles given by a verb: ``dirigée depuis 2016 par son fils, Erwan Le Goff`` and
        ``Sandrine Molinari dirige Cervane`` make a ``dirigeant``; ``fondée par X`` a
        ``fondateur``."""
        role_verbs, folds = self.lexicon.role_verbs, self.view.folds
        if not role_verbs:
            return
        # the role verbs in the document (most have none), then only their positions
        verbs = role_verbs.keys() & set(folds)
        for i in [i for i, low in enumerate(folds) if low in verbs] if verbs else []:
            if self.view.quoted(i):
                continue
            role = role_verbs[folds[i]]
            tok = self.view.doc[i]
            if "Part" in tok.morph.get("VerbForm", []) or folds[i].endswith(("é", "ée")):
                self._passive_agent(i, role)
            else:
                for c in tok.children:
                    if c.dep_ == "nsubj":
                        self._give_role(c.i, role)

    def _passive_agent(self, i: int, role: str) -> None:
        """``dirigée depuis 2016 par son fils, Erwan Le Goff``: the agent after ``par``, possibly
        behind ``son fils,``, in the verb's sentence."""
        view = self.view
        n, sent_of = view.size, view.sent_of
        k = i + 1
        while k < n and k - i <= 5 and view.lower(k) != "par":
            k += 1
        if k >= n or view.lower(k) != "par":
            return
        for j in range(k + 1, min(n, k + 7)):
            if sent_of[j] != sent_of[i] or view.words[j] in (".", ";", "(", ")"):
                return
            if self.index.mention(j) is not None:
                self._give_role(j, role)
                return

    def _give_role(self, i: int, role: str) -> None:
        """Give ``role`` to the person mentioned at token ``i`` (if a person is)."""
        m = self.index.mention(i)
        if m is not None and m.kind == PERSON:
            self.index.roles.append((m.start, role, m))

    def link_role_orgs(self) -> None:
        """``Luca de Meo, le directeur général de Renault``: the organisation named after a
        person's role noun (``de``, ``chez``), within six words and no punctuation."""
        words, folds = self.view.words, self.view.folds
        for m, i in self.role_spots:
            for k in range(i + 1, min(len(words), i + 7)):
                if is_punct(words[k]) and words[k] not in ("'", "’", "-"):
                    break
                o = self.index.mention(k)
                if o is not None and o.kind == ORG:
                    if folds[k - 1] in OF or words[k - 1].lower() == "chez":
                        self.index.role_orgs.setdefault(m.name, set()).add(o.name)
                    break
