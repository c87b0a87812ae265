"""Subjects: the speaker a speech verb's subject token names.

:meth:`SubjectResolver.subject_speaker`, in order:

1. ``Exor N.V., la holding de la famille Agnelli, …, a indiqué``: the name opening the
   sentence, when the parser made its apposition the subject;
2. a mention: its entity (``Renault a indiqué``), or the noun phrase around it when it is a
   complement (``l'avocate de M. Ferrière``);
3. a dislocated pronoun (``La CFDT, elle, juge que …``), a personal pronoun (``il``, ``elle``),
   ``celui-ci`` / ``celle-ci``;
4. a relative ``qui`` (``explique le dirigeant, qui assure que …``): its antecedent;
5. any other noun: a name right after it before an apposition (``Le groupe Talmont,
   propriété de …,``), else its noun phrase (:mod:`.noun_phrases`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .collect import opens_sentence
from .document import DocView
from .lexicon import (
    NOT_SUBJECT_ADP,
    PERSON,
    PRONOUNS_ANY,
    PRONOUNS_F,
    PRONOUNS_M,
    PRONOUNS_PL,
    Speaker,
    SpeakerLexicon,
)
from .mentions import MentionIndex, SpeakerCandidate
from .noun_phrases import NounPhraseResolver
from .recency import Recency


class SubjectResolver:
    """Resolves subject tokens and dislocated pronouns."""

    def __init__(
        self,
        view: DocView,
        lexicon: SpeakerLexicon,
        index: MentionIndex,
        recency: Recency,
        noun_phrases: NounPhraseResolver,
    ) -> None:
        self.view = view
        self.lexicon = lexicon
        self.index = index
        self.recency = recency
        self.noun_phrases = noun_phrases

    def dislocated(self, pron: Token) -> Speaker | None:
        """``La CFDT, elle, juge que …``: a pronoun right after ``X,`` takes up X."""
        view, i = self.view, pron.i
        if not (
            pron.lower_ in PRONOUNS_ANY
            and i > 1
            and view.words[i - 1] == ","
            and i + 1 < view.size
            and view.words[i + 1] == ","
        ):
            return None
        # "Interrogée par l'AFP, elle affirme": no dislocation, the pronoun's own subject
        m = self.index.mention(i - 2)
        if m is not None:
            if not self.index.in_complement(m, (*NOT_SUBJECT_ADP, "par")):
                return m.name, m.kind
            return None
        # "Le collectif Stop Pollution, lui, déplore …": a noun phrase opening the sentence
        # the entity table missed
        doc, sent_of = view.doc, view.sent_of
        k = i - 2
        sent = sent_of[k]
        while k > 0 and i - k < 8 and sent_of[k - 1] == sent:
            if doc[k - 1].is_punct:
                break
            k -= 1
        got = self.noun_phrases.resolve(k, i - 1, i)
        if got is not None and got[0] is not None:
            return got
        return None

    def subject_speaker(self, subj: Token, verb: Token) -> Speaker | None:
        """Speaker named by the subject token ``subj`` of ``verb``."""
        m = self.index.mention(subj.i)
        if m is None:
            opening = self._name_before_apposition(subj, verb)
            if opening is not None:
                return opening
        elif self.index.in_complement(m):
            return self._phrase_around(m, subj, verb)
        else:
            return m.name, m.kind
        low = subj.lower_
        dislocated = self.dislocated(subj)
        if dislocated is not None:
            return dislocated
        if low in PRONOUNS_M or low in PRONOUNS_F:
            return self.recency.resolve_pronoun(subj)
        if low in ("celui", "celle", "celui-ci", "celle-ci"):
            # "Celui-ci estime que …": the last person (or organisation) of that gender
            gender = "f" if low.startswith("celle") else "m"
            return self.recency.recent_person(subj.i, gender, orgs=True)
        if low == "qui" and verb.dep_.startswith("acl") and verb.head.i < subj.i:
            return self._antecedent(subj, verb)
        if low in PRONOUNS_PL:
            # "Airbus et Safran ont signé … Ils ont indiqué que …": the first named
            return self.recency.joint_subject(subj.i)
        if subj.pos_ == "PRON":
            return None
        return self._subject_phrase(subj, verb)

    def _name_before_apposition(self, subj: Token, verb: Token) -> Speaker | None:
        """``Exor N.V., la holding de la famille Agnelli, …, a indiqué``: the parser made the
        apposition the subject; the name opening the sentence before it speaks."""
        if subj.pos_ != "NOUN" or subj.i >= verb.i:
            return None
        le = subj.left_edge.i
        if le < 2:
            return None
        a = self.index.mention(le - 2)
        if (
            self.view.words[le - 1] == ","
            and a is not None
            and a.end == le - 1
            and not self.view.quoted(a.start)
            and opens_sentence(self.view, self.lexicon.descriptions, a.start, a.end)
        ):
            return a.name, a.kind
        return None

    def _phrase_around(self, m: SpeakerCandidate, subj: Token, verb: Token) -> Speaker | None:
        """``l'avocate de M. Ferrière a déclaré``: a mention in a complement is resolved with
        the noun phrase before it (up to eight words back in its sentence)."""
        sent_of = self.view.sent_of
        sent = sent_of[subj.i]
        left = m.start
        while left > 0 and m.start - left < 8 and sent_of[left - 1] == sent:
            left -= 1
        return self.noun_phrases.resolve(left, min(verb.i, m.end + 8), verb.i)

    def _antecedent(self, subj: Token, verb: Token) -> Speaker | None:
        """``explique le dirigeant, qui assure que …``: the relative's antecedent speaks."""
        doc = self.view.doc
        ant = verb.head
        k = subj.i - 1
        if k > 0 and doc[k].text == ",":
            k -= 1
        if ant.pos_ not in ("NOUN", "PROPN") and k >= 0:
            ant = doc[k]  # the parser hung the relative on the verb of an incise
        apposed = self._person_before_role(k)
        if apposed is not None:
            return apposed
        m = self.index.mention(ant.i)
        if m is not None:
            return m.name, m.kind
        if ant.pos_ in ("NOUN", "PROPN"):
            # "c'est le géant minier anglo-australien qui a annoncé": the antecedent's own
            # words (determiner, adjectives), not the clause it is the predicate of
            left, right = ant.i, ant.i + 1
            while left > max(ant.left_edge.i, ant.i - 6) and doc[left - 1].pos_ in ("DET", "ADJ"):
                left -= 1
            while right < subj.i and doc[right].pos_ == "ADJ":
                right += 1
            return self.noun_phrases.resolve(left, right, verb.i)
        return None

    def _person_before_role(self, k: int) -> Speaker | None:
        """``tonne Nadia Chéreau, déléguée syndicale CGT, qui réclame que …``: the relative
        after a role apposed to a person (ending at ``k``) takes up the person, not the
        organisation closing the role."""
        words, sent_of = self.view.words, self.view.sent_of
        c = k
        while c > 0 and k - c < 12 and words[c] != "," and sent_of[c] == sent_of[k]:
            c -= 1
        if c <= 0 or words[c] != "," or c == k:
            return None
        first = c + 1
        if self.view.doc[first].pos_ == "DET" and first < k:
            first += 1
        if self.lexicon.described_kind(words[first].lower()) != PERSON:
            return None
        m = self.index.mention(c - 1)
        if m is not None and m.kind == PERSON and m.end == c:
            return m.name, PERSON
        return None

    def _named_before_comma(self, left: int, right: int, subj: Token) -> Speaker | None:
        """``Le groupe Talmont, propriété du milliardaire Henri Vasseur, a annoncé``: a name
        in the subject's phrase before its apposition is the speaker, not a name inside the
        apposition."""
        words = self.view.words
        comma = next((k for k in range(subj.i + 1, right) if words[k] == ","), -1)
        if comma < 0:
            return None
        if self.lexicon.described_kind(subj.lower_) == PERSON:
            # "Le délégué syndical FO de l'usine, Paul Meunier, a indiqué": a role's
            # organisation is no speaker; the person apposed to the role is
            apposed = self.index.mention(comma + 1)
            if apposed is not None and apposed.kind == PERSON:
                return apposed.name, PERSON
            return None
        for k in range(subj.i + 1, comma):
            m = self.index.mention(k)
            if m is not None and m.end <= comma and not self.index.in_complement(m):
                return m.name, m.kind
        return None

    def _subject_phrase(self, subj: Token, verb: Token) -> Speaker | None:
        """The subject's noun phrase (at most six words before it and ten after, not past the
        verb): ``le ministre de l'Économie``, ``un proche du dossier``."""
        left, right = subj.left_edge.i, subj.right_edge.i + 1
        if subj.i < verb.i:
            right = min(right, verb.i)
        left = max(left, subj.i - 6)
        right = min(right, subj.i + 10)
        words = self.view.words
        named = self._named_before_comma(left, right, subj)
        if named is not None:
            return named
        if right == subj.i + 1 and subj.lower_ in self.lexicon.descriptions:
            # "Le collectif Stop Pollution, lui, déplore": the parser took the name for a verb
            while right < len(words) and right - subj.i < 6 and words[right][:1].isupper():
                right += 1
        return self.noun_phrases.resolve(left, right, verb.i)
