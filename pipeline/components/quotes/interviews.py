"""Interview answers without quote marks (found by :mod:`.answers`) made direct quotes.

1. ``Arnaud Delcourt. – J'ai entendu …``: quoted first, as the person named (a mention of the
   entity recogniser, else a known first name; initials, ``K. B. : …``, the one person of the
   article with those initials); a question put by a newspaper or a journalist is no one's
   quote;
2. ``– Nous avons …`` (or ``R : …``) after a question: quoted last, as the interviewee, the last
   person quoted before it (the title's speaker, the previous answer's), else the first person
   the article names (``Entretien avec Anne Roux``).
"""

from __future__ import annotations

from pipeline.components.quotes.answers import INITIALS, span_initials
from pipeline.components.quotes.document import Found, QuoteDoc
from pipeline.components.quotes.speakers import PERSON, Speaker
from pipeline.components.quotes.words import SPACES


def interview_answers(view: QuoteDoc) -> None:
    """``Arnaud Delcourt. – J'ai entendu …``: the paragraph is the named person's answer (a
    question put by a newspaper or a journalist is no one's quote)."""
    doc = view.doc
    for ns, ne, a, b in view.answers:
        if ns < 0:
            continue
        m = next((view.res.mention(k) for k in range(ns, ne) if view.res.mention(k)), None)
        sp: Speaker
        full = person_of_initials(view, doc[ns:ne].text)
        if full is not None:
            sp = (full, PERSON)  # "K. B. : Oui." after "Entretien avec Karim Bensaïd"
        elif m is not None and m.kind == PERSON:
            sp = (m.name, PERSON)
        elif m is None and view.lex.first_names.get(doc[ns].text) in ("m", "f"):
            sp = (doc[ns:ne].text.rstrip("."), PERSON)
        else:
            continue
        text = SPACES.sub(" ", doc[a:b].text).strip()
        if sum(1 for t in doc[a:b] if t.is_alpha) < 3:
            continue
        view.keep(Found(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), text, "direct", sp, None, a))


def person_of_initials(view: QuoteDoc, text: str) -> str | None:
    """``K. B.``, ``J.-M. G.``: initials alone name the one person of the article whose name
    has those initials (the interviewee named in the introduction)."""
    text = text.strip()
    if not INITIALS.fullmatch(text) and not INITIALS.fullmatch(text + "."):
        return None
    letters = span_initials(text)
    names = {
        m.name
        for m in view.res.index.mentions
        if m.kind == PERSON and len(m.name) > len(text) + 2 and span_initials(m.name) == letters
    }
    return names.pop() if len(names) == 1 else None


def dash_answers(view: QuoteDoc) -> None:
    """``– Nous avons …`` after a question: the interviewee's answer, the interviewee being
    the last person quoted before it (the title's speaker, the previous answer's)."""
    doc = view.doc
    for ns, _ne, a, b in view.answers:
        if ns >= 0:
            continue
        best = max(
            ((at, m) for at, m in view.res.speakers if at < a and m.kind == PERSON),
            key=lambda x: x[0],
            default=None,
        )
        sp: Speaker
        if best is not None:
            sp = (best[1].name, PERSON)
        else:
            # "Entretien avec Anne Roux, présidente de Beta. … R : Il reste …": nobody quoted
            # yet, the first person the article names before the answer
            first = next(
                (m for m in view.res.index.mentions if m.start < a and m.kind == PERSON),
                None,
            )
            if first is None:
                continue
            sp = (first.name, PERSON)
        text = SPACES.sub(" ", doc[a:b].text).strip()
        end = doc[b - 1].idx + len(doc[b - 1])
        view.keep(Found(doc[a].idx, end, text, "direct", sp, None, a))
