"""Equivalence of the speed-ups with what they replace: the per-document arrays and Token reads,
the string memo and the StringStore, the first-letter lookaheads and the plain patterns,
filter_pairs and spaCy's filter_spans."""

from __future__ import annotations

from spacy.language import Language

from pipeline.components.entities import EntitiesComponent


def test_array_reads_match_token_reads(nlp: Language) -> None:
    from pipeline.components.entities import ArticleView, FormMemo
    from pipeline.components.entities.names import boundary, is_cap

    comp = nlp.get_pipe("fr_org_people")
    assert isinstance(comp, EntitiesComponent)
    doc = nlp(
        "BRUXELLES, 24 avril (Belga) - La start-up Mistral AI, fondée à Paris, lève 600 M€.\n\n"
        "Selon Jean-Jacques Le Fur, analyste chez iPhone Capital S.p.A. : « l’accord tient. »"
        " Moody’s et la SARL Boulangerie Martin suivent."
    )
    view = ArticleView(doc, comp.lexicon, FormMemo())  # the arrays of this document, read once
    for i, tok in enumerate(doc):
        assert view.texts[i] == tok.text
        assert view.cap(i) == is_cap(tok)
        assert view.bound(i) == boundary(doc, i)
    assert view.bound(len(doc)) == boundary(doc, len(doc))
    for s in range(len(doc)):
        for e in range(s, min(s + 6, len(doc)) + 1):
            assert view.stext(s, e) == doc[s:e].text


def test_forms_memo_matches_string_store(nlp: Language) -> None:
    from pipeline.components.entities import ArticleView, FormMemo

    comp = nlp.get_pipe("fr_org_people")
    assert isinstance(comp, EntitiesComponent)
    memo = FormMemo()
    text = "L’Oréal et l'AMF : « Moody’s » relève la note de TotalEnergies SE."
    for _ in range(2):  # the second document is read from the memo filled by the first
        doc = nlp(text)
        view = ArticleView(doc, comp.lexicon, memo)
        assert view.texts == [t.text for t in doc]
        assert view.low == [t.lower_.replace("’", "'") for t in doc]
    ids = [t.orth for t in doc]
    forms: dict[int, str] = {}
    assert FormMemo.forms(ids, forms, doc.vocab.strings) == [t.text for t in doc]
    assert FormMemo.forms(ids, forms, doc.vocab.strings) == [t.text for t in doc]


def test_first_letter_lookaheads_keep_the_matches(nlp: Language) -> None:
    """The regexes opened by ``first_letter_lookahead()`` find what the patterns without it
    found (the old pattern strings, kept here), on synthetic articles and on random strings of
    their words."""
    import random
    import re

    from pipeline.bench import build_articles

    comp = nlp.get_pipe("fr_org_people")
    assert isinstance(comp, EntitiesComponent)
    lex = comp.lexicon
    legal_prefixes, foreign_prefixes = lex.legal_prefixes, lex.foreign_prefixes
    suffixes = sorted(lex.suffixes, key=len, reverse=True)
    suffix_alts = "|".join(
        r"[\s\u00a0\u202f]+".join(re.escape(w) for w in x.split()) for x in suffixes
    )
    pairs = [
        (
            re.compile(rf"(?<![^\s\u00a0\u202f])(?:{suffix_alts})(?![\w&/-])"),
            lex.suffix_re,
        ),
        (re.compile(r"\b(?:" + "|".join(sorted(legal_prefixes)) + r")\b"), lex.legal_prefix_re),
        (
            re.compile(
                r"(?<![\w.])(?:"
                + "|".join(re.escape(p) for p in sorted(foreign_prefixes))
                + r") [A-Z]"
            ),
            lex.foreign_prefix_re,
        ),
    ]
    rng = random.Random(0)
    pieces = [*suffixes, *legal_prefixes, *foreign_prefixes, "Volvo", "Martin", "de", "l'"]
    seps = [" ", "  ", "\u00a0", "\u202f", "\n", ".", "-", "&", "/", ",", "(", "x", "É", ""]
    texts = build_articles(20, seed=3)
    for _ in range(3000):
        texts.append("".join(rng.choice(pieces) + rng.choice(seps) for _ in range(8)))
    for old, new in pairs:
        for text in texts:
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_filter_pairs_is_filter_spans(nlp: Language) -> None:
    import random

    from spacy.tokens import Span
    from spacy.util import filter_spans

    from pipeline.components.entities.mentions import filter_pairs

    doc = nlp.make_doc("un deux trois quatre cinq six sept huit neuf dix onze douze")
    rng = random.Random(0)
    for _ in range(500):
        triples = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randint(0, len(doc) - 1)
            triples.append((s, rng.randint(s + 1, min(s + 4, len(doc))), rng.choice("AB")))
        expected = filter_spans([Span(doc, s, e, label=lab) for s, e, lab in triples])
        assert [(x.start, x.end, x.label_) for x in expected] == filter_pairs(triples)
        assert [(x.start, x.end) for x in expected] == filter_pairs([t[:2] for t in triples])


def test_line_start_and_glued_signs_match_what_they_replace(nlp: Language) -> None:
    """``line_start`` read from the token texts is the Token read; the lexicon's glued signs
    answer as the loop over the scale abbreviations they replace."""
    from pipeline.components.entities import ArticleView, FormMemo
    from pipeline.components.entities.money_mentions import _is_sign

    comp = nlp.get_pipe("fr_org_people")
    assert isinstance(comp, EntitiesComponent)
    doc = nlp("Titre sans point\n\nLe groupe Velmont\nlève 3 M€.  Puis 4 Md$ \n Fin.")
    view = ArticleView(doc, comp.lexicon, FormMemo())
    for i in range(len(doc)):
        before = doc[i - 1] if i else None
        by_token = before is None or "\n" in before.text or "\n" in before.whitespace_
        assert view.line_start(i) == by_token
    lex = comp.lexicon
    signs, abbrs, glued = lex.money_signs, lex.scale_abbrs, lex.glued_signs

    def loop(text: str) -> bool:  # the former test, one abbreviation at a time
        return text in signs or any(
            text.startswith(a) and text[len(a) :] in signs for a in abbrs if len(a) < len(text)
        )

    words = [*signs, *abbrs, *(a + s for a in abbrs for s in signs), "Mds€", "x€", "M", "", "MMD"]
    assert all(_is_sign(w, signs, glued) == loop(w) for w in words)
