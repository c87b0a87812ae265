"""Saved web pages: the main text without the page's furniture, and the page's metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

import pipeline
from pipeline.io import read_source
from pipeline.web import read_html

ARTICLE = (
    "<h1>Le chocolatier Valrhône rachète un torréfacteur breton</h1>"
    "<p>Le chocolatier Valrhône a annoncé jeudi le rachat du torréfacteur Café Armor pour "
    "45 millions d'euros, une opération financée par sa trésorerie.</p>"
    "<p>« Nous voulons offrir à nos clients une gamme complète de boissons chaudes », a déclaré "
    "Hélène Kervella, présidente de Valrhône, lors d'une réunion avec la presse à Rennes.</p>"
    "<p>Café Armor emploie 120 salariés et a réalisé un chiffre d'affaires de 18 millions "
    "d'euros l'an dernier. Les deux sociétés garderont leurs marques.</p>"
)
MENU = (
    '<header><nav class="menu"><ul><li><a href="/">Accueil</a></li>'
    '<li><a href="/eco">Économie</a></li><li><a href="/lvmh">Dossier Kering</a></li>'
    "</ul></nav></header>"
)
AD = (
    '<div class="advertisement pub">Offre spéciale : 1 € le premier mois puis 99 euros par an</div>'
)
RELATED = (
    '<aside class="related"><h2>Lire aussi</h2><ul>'
    '<li><a href="/a">Nestor Finance lève 300 millions de dollars</a></li>'
    '<li><a href="/b">Le groupe Pernaud supprime 200 postes</a></li></ul></aside>'
)
COMMENTS = (
    '<section id="comments" class="comments"><h3>Commentaires</h3>'
    "<form><textarea>Votre commentaire</textarea><button>Envoyer</button></form>"
    '<div class="comment"><p>Gaston Lefranc : encore 700 millions d\'euros pour les '
    "actionnaires de Groupama, c'est honteux !</p></div></section>"
)
FOOTER = "<footer><p>© La Gazette des affaires. Publicité : 50 euros la ligne.</p></footer>"
FURNITURE_WORDS = ("Kering", "Nestor", "Pernaud", "Gaston", "Lefranc", "Groupama", "Accueil")


def page(head: str = "", body: str = ARTICLE) -> str:
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">{head}</head><body>'
        f"{MENU}{AD}<main><article>{body}</article>{RELATED}</main>{COMMENTS}{FOOTER}"
        "</body></html>"
    )


JSON_LD = json.dumps(
    {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Valrhône rachète Café Armor",
        "datePublished": "2026-03-14T08:30:00+01:00",
    }
)
META_HEAD = (
    "<title>Valrhône rachète Café Armor | La Gazette des affaires</title>"
    '<meta property="og:title" content="Valrhône rachète Café Armor">'
    '<meta property="og:url" content="https://gazette.example/eco/valrhone-cafe-armor">'
    '<meta property="og:site_name" content="La Gazette des affaires">'
)


def test_main_text_without_furniture() -> None:
    text = read_html(page()).text
    assert "Hélène Kervella" in text and "45 millions d'euros" in text
    for word in (*FURNITURE_WORDS, "Lire aussi", "1 €", "99 euros", "Votre commentaire"):
        assert word not in text, word


def test_paragraphs_are_separated_by_a_blank_line() -> None:
    text = read_html(page()).text
    assert "trésorerie.\n\n« Nous voulons" in text


@pytest.mark.parametrize(
    "head",
    [
        f'<script type="application/ld+json">{JSON_LD}</script>',
        '<meta property="article:published_time" content="2026-03-14T08:30:00+01:00">',
        '<meta name="date" content="2026-03-14">',
    ],
    ids=["json-ld", "article-meta", "date-meta"],
)
def test_publication_date_from_the_page_metadata(head: str) -> None:
    assert read_html(page(head)).date == "2026-03-14"


def test_no_date_in_the_metadata_is_no_date() -> None:
    """Never the day of the run, never a date read in the body."""
    body = ARTICLE + "<p>La vente sera conclue le 3 avril 2026.</p>"
    assert read_html(page(body=body)).date is None


def test_title_url_and_site() -> None:
    found = read_html(page(META_HEAD))
    assert found.title == "Valrhône rachète Café Armor"
    assert found.url == "https://gazette.example/eco/valrhone-cafe-armor"
    assert found.site == "La Gazette des affaires"


@pytest.mark.parametrize("html", ["", "<html><head><title>Vide</title></head><body></body></html>"])
def test_page_without_text_is_an_error_row(tmp_path: Path, html: str) -> None:
    (tmp_path / "vide.html").write_text(html, encoding="utf-8")
    (tmp_path / "bon.html").write_text(page(), encoding="utf-8")
    articles = {a.doc_id: a for a in read_source(tmp_path)}
    assert articles["bon.html"].ok
    assert not articles["vide.html"].ok
    assert articles["vide.html"].error in ("empty file", "web page without article text")


def test_cp1252_page_is_decoded(tmp_path: Path) -> None:
    html = page().replace('charset="utf-8"', 'charset="windows-1252"')
    (tmp_path / "page.htm").write_bytes(html.encode("cp1252", errors="replace"))
    [article] = read_source(tmp_path / "page.htm")
    assert "Hélène Kervella" in (article.text or "")


def test_no_mention_comes_from_the_furniture(nlp: Language, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "2026-01-05-valrhone.HTML").write_text(
        page(META_HEAD + f'<script type="application/ld+json">{JSON_LD}</script>'), "utf-8"
    )
    result = pipeline.extract(tmp_path, nlp=nlp)
    [row] = result.articles.itertuples()
    assert (row.doc_id, row.status, row.date) == (
        "sub/2026-01-05-valrhone.HTML",
        "ok",
        "2026-03-14",
    )
    assert (row.title, row.site) == ("Valrhône rachète Café Armor", "La Gazette des affaires")
    assert row.url == "https://gazette.example/eco/valrhone-cafe-armor"
    values = set(result.amounts["value"])
    assert 45e6 in values and 18e6 in values
    assert not values & {1.0, 99.0, 50.0, 300e6, 700e6}
    mentions = pd.concat(
        [result.organizations["name"], result.people["name"], result.quotes["quote"]]
    ).astype(str)
    for word in FURNITURE_WORDS:
        assert not mentions.str.contains(word).any(), word
    assert "Hélène Kervella" in set(result.people["name"])


def test_tabular_html_column(nlp: Language) -> None:
    frame = pd.DataFrame({"id": ["p1"], "html": [page(META_HEAD)], "rubrique": ["Économie"]})
    result = pipeline.extract(frame, nlp=nlp)
    [row] = result.articles.itertuples()
    assert (row.doc_id, row.status, row.title) == ("p1", "ok", "Valrhône rachète Café Armor")
    assert row.rubrique == "Économie"
    assert 45e6 in set(result.amounts["value"])
    assert not result.organizations["name"].astype(str).str.contains("Kering").any()
