"""A clause whose verb is left unsaid after a comma or ``et`` (gapping): ``Groupama affiche un
ratio combiné de 101,8 %, et la MAIF un bénéfice de 41 millions``, ``Sa concurrente Blanchelin
écope de 28,6 millions, et la société belge Textinet, qui a dénoncé l'entente, de 12,6
millions``, ``Le chiffre d'affaires de Valdor atteint 120 millions, et celui de Mirval 80
millions``. The verb of the first clause governs the amount in the parse, so its subject would
be read as the holder; the party that opens the amount's own clause holds it
(:func:`gapped_subject`, one of :data:`~.holders.HOLDER_RULES`).
"""

from __future__ import annotations

from spacy.symbols import AUX, DET, VERB

from pipeline.components.facts.document import FactDoc, Party
from pipeline.components.facts.scene import Scene, accept

#: the words that open the clause of a gapped verb
OPENERS = frozenset((",", "et"))
#: the pronouns standing for the noun of the first clause (``et celui de Mirval``)
DEMONSTRATIVES = frozenset(("celui", "celle", "ceux", "celles"))
#: the prepositions after a demonstrative (``celui de Mirval``)
OF = frozenset(("de", "du", "d'", "des"))
#: the tokens read between the opening of a gapped clause and its party
REACH = 5


def gapped_subject(scene: Scene) -> str | None:
    """The party opening the clause of the amount when that clause has no verb of its own
    and follows a clause with one (see the module's docstring)."""
    fd = scene.fd
    opening = _opening(fd, scene.amount.start)
    if opening is None or scene.verb is None or not _first_clause(fd, scene.verb.i, opening):
        return None
    if any(fd.lex.has("price_targets", fd.low[i]) for i in fd.left(scene.amount.start)):
        return None  # a broker's target: the listed company's (``speakers.company_of_target``)
    party = _party_opening(fd, opening + 1, scene.amount.start)
    return accept(scene, party) if party is not None else None


def _first_clause(fd: FactDoc, verb: int, opening: int) -> bool:
    """Whether the clause before ``opening`` is a whole one, a party named before its verb
    (``Groupama affiche…,``; not ``Pour financer cet agrandissement,``)."""
    if verb >= opening:
        return False
    start = fd.sentence(opening)[0]
    return any(i in fd.party_at for i in range(start, verb))


def _opening(fd: FactDoc, start: int) -> int | None:
    """The ``,`` or ``et`` (``, et``) that opens the amount's clause: the nearest one before
    ``start`` with no verb between, a relative incise passed over (``, qui a dénoncé
    l'entente,``); None when a verb stands between or no such word is in the clause."""
    window = fd.left(start)
    first = window.stop + 1 if len(window) else start
    j = start - 1
    while j >= first:
        word = fd.low[j]
        if word == ",":
            opened = _incise_opening(fd, first, j)
            if opened is None:
                return j
            j = opened - 1
            continue
        if word == "et":
            return j - 1 if fd.lower(j - 1) == "," else j
        if fd.pos[j] in (VERB, AUX):
            return None
        j -= 1
    return None


def _incise_opening(fd: FactDoc, first: int, comma: int) -> int | None:
    """The comma that opens the relative incise the comma at ``comma`` closes (``, qui a
    dénoncé l'entente,``), or None when it closes none."""
    for k in range(comma - 1, first - 1, -1):
        if fd.low[k] == ",":
            return k if fd.lex.has("relatives", fd.lower(k + 1)) else None
    return None


def _party_opening(fd: FactDoc, first: int, end: int) -> Party | None:
    """The party that opens tokens ``first:end``: after articles, a demonstrative and ``de``
    (``celui de``), and lower-case words of a description (``la société belge Textinet``)."""
    for i in range(first, min(first + REACH, end)):
        if i in fd.party_at:
            return fd.party_at[i]
        word = fd.low[i]
        if fd.pos[i] == DET or word in DEMONSTRATIVES or word in OF or fd.is_lower[i]:
            continue
        return None
    return None
