"""The benchmark's articles: corpus paragraphs joined at random into articles of realistic
length.

The paragraphs come from the corpus texts (``corpus/articles/*.txt``, else the texts of
``corpus/gold.jsonl``, else a few built-in paragraphs); :func:`iter_articles` draws them at
random (fixed seed) until each article reaches its length (300-900 words by default).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

#: The repository (the benchmark's subprocesses run there).
ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "corpus"

#: Used only when the corpus is absent (an installed package without its repository).
FALLBACK_PARAGRAPHS: tuple[str, ...] = (
    "La start-up parisienne Hexaflux a annoncé mardi avoir levé 45 millions d’euros auprès du "
    "fonds Partech et de Bpifrance, un an après un premier tour de 12 M€. Elle compte doubler "
    "ses effectifs d’ici à la fin de 2026 et ouvrir un bureau à Berlin.",
    "« Nous voulons devenir le leader européen du stockage d’énergie », a déclaré Claire "
    "Martin, la présidente-directrice générale de l’entreprise, lors d’une conférence de presse. "
    "Selon elle, le marché pèsera plus de 3 milliards de dollars en 2030.",
    "Le groupe a publié jeudi un chiffre d’affaires de 1,2 milliard d’euros pour le premier "
    "semestre, en hausse de 8 % sur un an, et un résultat net de 156 millions d’euros. Son "
    "directeur financier, Paul Durand, a indiqué que la marge resterait stable au second "
    "semestre.",
    "À la Bourse de Paris, le CAC 40 a terminé la séance du 14 mars en baisse de 1,3 %, à "
    "7 812 points, pénalisé par le recul des valeurs du luxe. LVMH a cédé 2,4 % et Kering "
    "3,1 %, tandis que TotalEnergies progressait de 0,8 %.",
    "L’Autorité des marchés financiers a infligé une amende de 2,5 millions d’euros à un "
    "ancien dirigeant pour manquement d’initié. Il dispose de deux mois pour former un recours "
    "devant le Conseil d’État, a précisé le gendarme de la Bourse dans un communiqué.",
    "La Banque centrale européenne a abaissé ses taux directeurs d’un quart de point, "
    "ramenant le taux de dépôt à 2 %. Christine Lagarde a estimé que l’inflation reviendrait "
    "durablement vers l’objectif au cours de l’année prochaine.",
)


def corpus_paragraphs(corpus_dir: Path | None = None) -> list[str]:
    """Paragraphs (non-empty lines) of the corpus articles, in a stable order."""
    corpus = Path(corpus_dir) if corpus_dir is not None else CORPUS_DIR
    texts: list[str] = []
    articles = corpus / "articles"
    if articles.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(articles.glob("*.txt"))]
    if not texts and (corpus / "gold.jsonl").is_file():
        with (corpus / "gold.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    text = json.loads(line).get("text")
                    if isinstance(text, str):
                        texts.append(text)
    paragraphs = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    # Titles and date lines are short: keep real paragraphs to build bodies from.
    paragraphs = [p for p in paragraphs if len(p.split()) >= 12]
    return paragraphs or list(FALLBACK_PARAGRAPHS)


def iter_articles(
    n: int,
    *,
    min_words: int = 300,
    max_words: int = 900,
    seed: int = 0,
    paragraphs: Sequence[str] | None = None,
) -> Iterator[str]:
    """Yield ``n`` articles of ``min_words``..``max_words`` words, deterministic for a seed.

    Each article starts with a paragraph and continues with paragraphs drawn at random from the
    whole corpus until its target length is reached (generated lazily: a large run never holds
    all its texts).
    """
    pool = list(paragraphs) if paragraphs is not None else corpus_paragraphs()
    if not pool:
        raise ValueError("no paragraphs to build articles from")
    rng = random.Random(seed)
    for _ in range(max(0, n)):
        target = rng.randint(min_words, max(min_words, max_words))
        parts: list[str] = []
        words = 0
        while words < target:
            paragraph = rng.choice(pool)
            parts.append(paragraph)
            words += len(paragraph.split())
        yield "\n".join(parts)


def build_articles(n: int, **kwargs: Any) -> list[str]:
    """The articles of :func:`iter_articles` as a list."""
    return list(iter_articles(n, **kwargs))


def count_words(texts: Sequence[str]) -> int:
    return sum(len(text.split()) for text in texts)
