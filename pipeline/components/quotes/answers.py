"""Interview answers without quote marks, found when an article is read.

Two forms (each a paragraph):

1. a name, a dash or a colon, the answer: ``Arnaud Delcourt. – J'ai entendu …`` (after ``Nom :``
   the answer speaks in the first person: a headline ``Sandrine Molinari : la patronne qui …``
   does not; ``ABIDJAN – …`` and ``Milan – Le constructeur …`` are datelines, ``Le Figaro. – …``
   the paper's question);
2. a dash (or ``R :``) paragraph right after a question: ``– Nous avons …`` (the interviewee,
   found once the speakers are known; not when an incise names the speaker: ``– Nous visons
   10 %, répond X.``);
3. in an article with answers of form 1 or 2, or with two questions put to someone (paragraphs
   with ``vous`` ending with ``?``), a paragraph without marks in the first person right after
   a paragraph ending with ``?`` or ``…`` (the interviewee, as form 2).

The name of form 1 may be followed by a period and a hyphen (``Hélène ORSINI. - Largement.``);
it may be the interviewee's initials before a colon (``K. B. : Oui, nettement.``).

They are marked in ``in_quote`` like quotes, so that sentences and speakers leave them alone;
:mod:`.interviews` quotes them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.components.quotes.tokens import MarkedTokens
from pipeline.components.quotes.words import HYPHEN_PRON

#: An interview answer: a paragraph opening with a name and a dash (``Arnaud Delcourt. – J'ai…``).
NAMED_ANSWER = re.compile(
    r"^[ \t\u00a0]*((?:[A-ZÀ-Ý][\w'’-]*\.?(?:-[A-ZÀ-Ý]\.)?[ \u00a0]+){0,3}"
    r"[A-ZÀ-Ý](?:[\w'’-]+|\.(?=[ \u00a0]*:)))"
    r"[ \u00a0]*(?:\.[ \u00a0]*)?([–—:]|(?<=\.[ \u00a0])-|(?<=\.)-)[ \u00a0]*(?=[^ \u00a0])"
    r"([^\n«»“”]*[^\s«»“”])[ \t]*$",
    re.MULTILINE,
)
#: An answer given as a dash paragraph right after a question (``– Nous avons …``), or after
#: ``R :`` / ``Réponse :`` when the questions open with ``Q :``.
DASH_ANSWER = re.compile(
    r"\?[ \t\u00a0]*\n[ \t\u00a0\n]*(?:[–—]|R[ \u00a0]*[:.]|Réponse[ \u00a0]*:)[ \u00a0]*"
    r"(?=[^ \u00a0])([^\n«»“”]*[^\s«»“”?])[ \t]*$",
    re.MULTILINE,
)
#: In an interview (a named or dash answer found), a plain paragraph right after a question
#: (a paragraph ending with ``?`` or ``…``): ``Vous avez commandé deux ferries ? \n Ces deux
#: navires …``.
PLAIN_ANSWER = re.compile(
    r"[?…][ \t\u00a0]*\n[ \t\u00a0\n]*(?=[^\s–—«“\"])([^\n«»“”]*[^\s«»“”?…])[ \t]*$",
    re.MULTILINE,
)
#: A question put to someone: a paragraph that addresses its reader (``vous``, ``votre``) and
#: ends with ``?``. Two of them make an interview even with no named or dash answer (``Vous
#: dirigez X depuis dix ans. Comment voyez-vous … ?`` \n ``Sereine. J'ai …``).
SECOND_PERSON = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
#: A name made of initials only (``K. B.``, ``J.-M. G.``): an interviewee named earlier.
INITIALS = re.compile(r"[A-ZÀ-Ý]\.(?:[ \u00a0-]{0,2}[A-ZÀ-Ý]\.?){1,3}")


def span_initials(text: str) -> str:
    """The capital initials of a name, ``K. B.`` → ``KB``, ``Jean-Marc Gautier`` → ``JMG``."""
    return "".join(w[0] for w in re.split(r"[\s.\u00a0-]+", text) if w[:1].isupper())


#: First-person words: an answer after "Nom :" speaks in the first person (a headline
#: "Sandrine Molinari : la patronne qui …" does not).
FIRST_PERSON = re.compile(r"\b(?:je|j['’]|nous|notre|nos|mon|ma|mes|moi|me|m['’])\b", re.I)


class Answer(NamedTuple):
    """An answer's tokens: the name (``name_start`` -1 for a dash answer) and the answer."""

    name_start: int
    name_end: int
    start: int
    end: int


def find_answers(tokens: MarkedTokens) -> list[Answer]:
    """The interview answers of the article, named ones first, each marked in ``in_quote``."""
    answers: list[Answer] = []
    _named_answers(tokens, answers)
    _dash_answers(tokens, answers)
    if answers or questions_put(tokens.text) >= 2:
        _plain_answers(tokens, answers)
    return answers


def questions_put(text: str) -> int:
    """How many paragraphs of ``text`` are questions put to someone: ending with ``?``, with a
    word of the second person."""
    count = 0
    for line in text.split("\n"):
        line = line.rstrip(" \t\u00a0")
        if line.endswith("?") and SECOND_PERSON.search(line):
            count += 1
    return count


def _add(tokens: MarkedTokens, answers: list[Answer], answer: Answer) -> None:
    """Keep ``answer`` and mark its tokens as quoted."""
    answers.append(answer)
    for i in range(answer.start, answer.end):
        tokens.in_quote[i] = len(tokens.marks) + len(answers)


def _free(tokens: MarkedTokens, a: int, b: int) -> bool:
    """At least three tokens, none in a quote or an earlier answer."""
    return b - a >= 3 and not any(tokens.in_quote[i] >= 0 for i in range(a, b))


def _named_answers(tokens: MarkedTokens, answers: list[Answer]) -> None:
    """``Arnaud Delcourt. – J'ai …``: a person's name, a dash, the answer (form 1)."""
    doc = tokens.doc
    people: set[int] = set()
    persons = [span for span in doc.spans.get("people", []) if len(span.text) > 6]
    for span in doc.spans.get("people", []):
        people.update(range(span.start, span.end))
    for m in NAMED_ANSWER.finditer(tokens.text):
        a, b = tokens.tok_at(m.start(3)), tokens.tok_at(m.end(3) - 1) + 1
        if not _free(tokens, a, b):
            continue
        initials = INITIALS.fullmatch(m.group(1)) is not None  # "K. B. : Oui." is no headline
        if (
            (m.group(2) == ":" or len(m.group(1).split()) == 1)
            and not initials
            and not FIRST_PERSON.search(m.group(3))
        ):
            continue  # "Milan – Le constructeur …": a dateline (a city or a first name)
        name = doc[tokens.tok_at(m.start(1)) : tokens.tok_at(m.end(1) - 1) + 1]
        if initials:
            if not any(span_initials(p.text) == span_initials(m.group(1)) for p in persons):
                continue  # "K. B. :" names no one of the article
        elif m.group(1).isupper() or not any(
            t.i in people or t.ent_type_ == "PER" or t.text in tokens.lex.first_names for t in name
        ):
            continue  # "ABIDJAN – …" is a dateline; "Le Figaro. – …" the paper's question
        name_span = (tokens.tok_at(m.start(1)), tokens.tok_at(m.end(1) - 1) + 1)
        _add(tokens, answers, Answer(*name_span, a, b))


def _dash_answers(tokens: MarkedTokens, answers: list[Answer]) -> None:
    """``– Nous avons …`` after a question (form 2), unless an incise names the speaker."""
    doc, cue_of = tokens.doc, tokens.lex.cue_of
    for m in DASH_ANSWER.finditer(tokens.text):
        a, b = tokens.tok_at(m.start(1)), tokens.tok_at(m.end(1) - 1) + 1
        if not _free(tokens, a, b):
            continue
        if any(
            HYPHEN_PRON.match(doc[k].text)
            or (doc[k - 1].text == "," and cue_of(doc[k]) is not None)
            for k in range(a + 1, b)
        ):
            continue  # "– Nous visons 10 %, répond Jean Dupont.": the incise says who
        _add(tokens, answers, Answer(-1, -1, a, b))  # the interviewee: known once speakers are


def _plain_answers(tokens: MarkedTokens, answers: list[Answer]) -> None:
    """In an interview, a paragraph without marks right after a question (form 3): the
    interviewee's answer, unless an incise names the speaker or it opens with a name and a
    dash (a named answer, already found)."""
    doc, cue_of = tokens.doc, tokens.lex.cue_of
    for m in PLAIN_ANSWER.finditer(tokens.text):
        a, b = tokens.tok_at(m.start(1)), tokens.tok_at(m.end(1) - 1) + 1
        if not _free(tokens, a, b) or not FIRST_PERSON.search(m.group(1)):
            continue
        if any(
            HYPHEN_PRON.match(doc[k].text)
            or (doc[k - 1].text == "," and cue_of(doc[k]) is not None)
            for k in range(a + 1, b)
        ):
            continue
        _add(tokens, answers, Answer(-1, -1, a, b))
