"""Fines and damages before a court: who pays and who receives (``corpus/README.md``, "Facts on
amounts": the counterpart of a fine is the authority that imposes or requests it, else the
party that receives the damages).

A court (``tribunal``, ``cour``: ``courts`` of ``models/facts/words.json``) decides between
two parties; it is never the counterpart. The party that receives is named after ``à`` once
the amount is said (``le tribunal a condamné X à verser 4 millions d'euros de dommages et
intérêts à Y``), or is the subject of a verb of claiming or receiving (``Y réclamait 9
millions``, ``Y obtient 3 millions d'euros de dommages et intérêts``; not a fine received,
``X a reçu une amende``: ``sanction_words``). The payer of such a claim is the party that paid
the article's fine before it (:func:`payer_told_before`), and a sum of damages whose sentence
names no receiver goes to the receiver told before (:func:`receiver_told_before`).
"""

from __future__ import annotations

from pipeline.components.facts.deals import named_after
from pipeline.components.facts.document import FactDoc
from pipeline.components.facts.scene import Scene, complement, party_in, subject_of
from pipeline.text import lower_straight

#: the prepositions that name the party a sum is paid to
TO = ("à", "au", "aux")
#: tokens read after the amount for ``à`` and the receiver
AFTER = 12


def is_court(fd: FactDoc, name: str | None) -> bool:
    """Whether ``name`` is a court (``courts``: ``tribunal de commerce de Lyon``, ``cour
    d'appel de Paris``): it decides, it neither pays nor receives."""
    if fd.is_public(name, "courts"):
        return True
    folded = lower_straight(name or "")
    return any(folded.startswith(court + " ") for court in fd.lex.words.get("courts", ()))


def _receiver(fd: FactDoc, name: str | None) -> str | None:
    """``name`` when it may receive damages: not a court nor an authority."""
    public = ("courts", "authorities", "public_bodies", "state_organs")
    return None if not name or any(fd.is_public(name, kind) for kind in public) else name


def _claimant(scene: Scene) -> str | None:
    """The subject of a verb of claiming (``réclamer``, ``demander``: ``claim_verbs``) or of
    receiving (``obtenir``, ``toucher``: ``receipt_verbs``) the amount, but for a fine received
    (``X a reçu une amende de 2 millions``: X pays)."""
    fd, verb = scene.fd, scene.verb
    if verb is None:
        return None
    lemma = fd.lemma[verb.i]
    receiving = fd.lex.has("receipt_verbs", lemma) and not _sanctioned(scene)
    if not (fd.lex.has("claim_verbs", lemma) or receiving):
        return None
    return _receiver(fd, party_in(fd, subject_of(verb), reach=6))


def _sanctioned(scene: Scene) -> bool:
    """Whether a word of a sanction (``amende``, ``sanction``) stands in the amount's clause."""
    fd = scene.fd
    around = [*fd.left(scene.amount.start), *fd.right(scene.amount.end, AFTER)]
    return any(fd.lex.has("sanction_words", fd.low[i]) for i in around)


def receiver_of_damages(scene: Scene) -> str | None:
    """The party that receives a sum a court awards: after a verb of paying or awarding
    (``verser``, ``accorder``: ``payment_verbs``, ``award_verbs``), the party named after
    ``à`` after the amount or the verb's ``à`` complement (``condamné X à verser à Y 4
    millions``), but for a fine paid (``infliger une amende à X``, ``verser une amende au
    Trésor``); else the claimant (:func:`_claimant`)."""
    if scene.measure != "fine":
        return None
    fd, verb = scene.fd, scene.verb
    if verb is None:
        return None
    lemma = fd.lemma[verb.i]
    paying = fd.lex.has("payment_verbs", lemma) or fd.lex.has("award_verbs", lemma)
    if paying and not _sanctioned(scene):
        for j in fd.right(scene.amount.end, AFTER):
            token = named_after(fd, j, TO)
            if token is not None:
                return _receiver(fd, fd.party_at[token.i].name)
        found = _receiver(fd, party_in(fd, complement(verb, TO)))
        if found:
            return found
    return _claimant(scene)


def _damages_said(scene: Scene) -> bool:
    """Whether a word of damages (``préjudice``, ``réparation``: ``damages_words``) or a verb
    of claiming stands in the amount's clause."""
    fd = scene.fd
    around = [*fd.left(scene.amount.start), *fd.right(scene.amount.end, AFTER)]
    return any(
        fd.lex.has("damages_words", fd.low[i]) or fd.lex.has("claim_verbs", fd.lemma[i])
        for i in around
    )


def receiver_told_before(scene: Scene) -> str | None:
    """For damages whose sentence names no receiver (``Les magistrats ont retenu un préjudice
    de 5,9 millions``), the receiver of the article's last fine that had one."""
    if scene.measure != "fine" or not _damages_said(scene):
        return None
    for _, fact in reversed(scene.fd.facts):
        if fact["measure"] == "fine" and _receiver(scene.fd, fact["counterpart"]):
            return str(fact["counterpart"])
    return None


def payer_told_before(scene: Scene) -> str | None:
    """For damages claimed or received by a party (the counterpart), the payer of the
    article's last fine: ``Le tribunal a condamné X à verser 4 millions à Y. Y réclamait 9
    millions`` (X)."""
    if scene.measure != "fine" or not scene.counterpart:
        return None
    if is_court(scene.fd, scene.counterpart) or scene.fd.is_public(
        scene.counterpart, "authorities"
    ):
        return None
    for _, fact in reversed(scene.fd.facts):
        if fact["measure"] == "fine" and fact["holder"] and fact["holder"] != scene.counterpart:
            return str(fact["holder"])
    return None
