"""The giver of aid a sentence leaves unsaid (``counterparts.article_giver``): the public body
the article names most, never the State. Sentences of our own, modelled on regional aid plans in
the press."""

from __future__ import annotations

from spacy.language import Language

from tests.components.facts.helpers import facts


def test_aid_whose_sentence_names_no_giver_is_the_articles_public_body(nlp: Language) -> None:
    text = (
        "La Région Occitanie a présenté jeudi un plan de soutien à l'industrie agroalimentaire. "
        "La conserverie Maurel SAS recevra une subvention de 1,2 million d'euros."
    )
    assert facts(nlp, text)[-1][:3] == ("aid", "Maurel SAS", "Région Occitanie")


def test_aid_from_the_state_has_no_counterpart(nlp: Language) -> None:
    text = (
        "L'Etat a accordé à Keroual SA un prêt garanti de 12 millions d'euros. La PME a aussi "
        "obtenu une subvention de 2 millions d'euros."
    )
    assert [fact[2] for fact in facts(nlp, text)] == [None, None]
