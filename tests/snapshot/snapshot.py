"""The extraction snapshot: every table of every ``corpus/`` article and of generated articles.

A restructuring of the rule components must leave every table row as it was; a change of rules
updates the snapshot on purpose (``python -m tests.snapshot.snapshot --update``, then commit).

What is stored (``tests/snapshot/``):

* ``hashes.json`` — per table, the number of rows and the SHA-256 of its rows written as
  tab-separated text in a fixed order: the test compares these first;
* ``rows.tsv.gz`` — the rows themselves (compressed, about 0.3 MB), read only to show a small
  readable diff when a hash differs.

The generated articles mix sentences of the corpus at random (a fixed seed): each sentence
meets neighbours it never had, so rules that read context (a speaker two sentences back, the
article's main company, a year given earlier) are exercised on combinations nobody wrote.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import hashlib
import json
import random
import re
import time
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
HERE = Path(__file__).resolve().parent
HASHES = HERE / "hashes.json"
ROWS = HERE / "rows.tsv.gz"

N_GENERATED = 300
SEED = 20261207
#: Sentence ends: a full stop, "?" or "!" (a closing quote mark may follow) before a space.
_SENTENCE_END = re.compile(r"(?<=[.!?»”])\s+(?=[«“A-ZÀ-Ý\"])")
_DATES = ["2024-03-14", "2025-01-09", "2025-06-30", "2025-11-21", None]
#: the folders of the held-out sets (``corpus/README.md``): their rows are stored and compared
#: like the others, but a diff does not print them and the generated articles draw no sentence
#: from them
HELD_OUT = ("test/", "validation5/", "validation16/")


def corpus_texts() -> list[tuple[str, str]]:
    """``(doc_id, text)`` of every ``corpus/`` article, in path order."""
    return [
        (path.relative_to(CORPUS).as_posix(), path.read_text(encoding="utf-8"))
        for path in sorted(CORPUS.rglob("*.txt"))
    ]


def _sentences(texts: Iterable[str]) -> list[str]:
    out = []
    for text in texts:
        for paragraph in text.splitlines():
            out.extend(s.strip() for s in _SENTENCE_END.split(paragraph) if len(s.split()) >= 4)
    return out


def generated_articles(n: int = N_GENERATED, seed: int = SEED) -> list[tuple[str, str, str | None]]:
    """``(doc_id, text, date)`` of ``n`` articles of 3–14 sentences drawn at random from the
    development sets (never a held-out one), grouped in paragraphs of one to three sentences."""
    rng = random.Random(seed)
    pool = _sentences(text for doc_id, text in corpus_texts() if not doc_id.startswith(HELD_OUT))
    articles = []
    for i in range(n):
        sentences = rng.sample(pool, rng.randint(3, 14))
        paragraphs, k = [], 0
        while k < len(sentences):
            size = rng.randint(1, 3)
            paragraphs.append(" ".join(sentences[k : k + size]))
            k += size
        articles.append((f"gen/{i:03d}", "\n\n".join(paragraphs), rng.choice(_DATES)))
    return articles


def _sources() -> list[tuple[object, list[str] | None, str | None]]:
    """``(source, ids, date)`` of each call that reads the snapshot's articles: the corpus
    folder (dates from the files), then the generated articles, one call per date."""
    by_date: dict[str | None, list[tuple[str, str]]] = {}
    for doc_id, text, date in generated_articles():
        by_date.setdefault(date, []).append((doc_id, text))
    generated = [
        ([t for _, t in items], [i for i, _ in items], date) for date, items in by_date.items()
    ]
    return [(str(CORPUS), None, None), *generated]


def extract_all(nlp=None) -> dict[str, pd.DataFrame]:  # type: ignore[no-untyped-def]
    """Every table of the corpus articles (read as the command line reads the folder) and of
    the generated articles, one frame per table."""
    import pipeline

    parts: dict[str, list[pd.DataFrame]] = {}
    for source, ids, date in _sources():
        result = pipeline.extract(source, ids=ids, date=date, nlp=nlp)
        for name, df in result.tables().items():
            parts.setdefault(name, []).append(df)
    return {name: pd.concat(dfs, ignore_index=True) for name, dfs in parts.items()}


def _articles() -> list:  # type: ignore[type-arg]
    """The articles of the snapshot as ``pipeline.extract`` reads them."""
    from pipeline.io import read_source

    return [
        article
        for source, ids, date in _sources()
        for article in read_source(source, ids, date=date)
        if article.ok
    ]


def extract_fast() -> dict[str, pd.DataFrame]:
    """The mention tables (not ``articles``) with the statistical model's annotations read from
    a cache: only this project's components run, in a few seconds instead of a minute.

    A development aid for rule work (``python -m tests.snapshot.snapshot --fast``); the test
    runs the whole extraction. The cache (in the temporary folder) is keyed by the texts and
    the model's version, and made on the first run.
    """
    import tempfile

    from spacy.tokens import DocBin

    import pipeline
    from pipeline.components.base import remember_text
    from pipeline.nlp import COMPONENTS
    from pipeline.tables import MENTION_TABLES, doc_rows, frame

    nlp = pipeline.load()
    articles = _articles()
    key = hashlib.sha256()
    for article in articles:
        key.update((article.text or "").encode("utf-8") + b"\0")
    key.update(str(nlp.meta.get("version")).encode())
    cache = Path(tempfile.gettempdir()) / f"pipeline-snapshot-{key.hexdigest()[:16]}.spacy"
    rules = [name for name, _ in nlp.pipeline if name in COMPONENTS]
    if not cache.exists():
        with nlp.select_pipes(disable=rules):
            docs = nlp.pipe(nlp.make_doc(a.text or "") for a in articles)
            DocBin(docs=docs).to_disk(cache)
    rows: dict[str, list] = {name: [] for name in MENTION_TABLES}
    seconds = dict.fromkeys(rules, 0.0)
    # the thread's CPU time: on a machine shared with other processes, wall time mostly
    # measures them (ARCHITECTURE.md, "Where the speed is bought")
    clock = time.thread_time
    for article, doc in zip(articles, DocBin().from_disk(cache).get_docs(nlp.vocab), strict=True):
        remember_text(doc, article.text or "")
        doc._.doc_id, doc._.article_date = article.doc_id, article.date
        for name in rules:
            start = clock()
            doc = nlp.get_pipe(name)(doc)
            seconds[name] += clock() - start
        for table, table_rows in doc_rows(doc, article.doc_id).items():
            rows[table].extend(table_rows)
    per_doc = ", ".join(f"{n} {1000 * t / len(articles):.2f}" for n, t in seconds.items())
    print(f"ms of CPU per article: {per_doc}")
    return {name: frame(name, rows[name]) for name in MENTION_TABLES}


def table_lines(name: str, df: pd.DataFrame) -> list[str]:
    """The rows of a table as sorted tab-separated lines, prefixed with the table's name."""
    if name == "articles":
        df = df.drop(columns=[c for c in ("source",) if c in df.columns])
    # corpus-level entity ids are computed over a whole run (pipeline/corpus/), not by the rules
    df = df.drop(columns=[c for c in df.columns if c.endswith("entity_id")])
    cells = df.astype(object).where(df.notna(), "<NA>").astype(str)
    cells = cells.apply(lambda col: col.str.replace("\t", "\\t").str.replace("\n", "\\n"))
    lines = ["\t".join(row) for row in cells.itertuples(index=False, name=None)]
    header = "\t".join(df.columns)
    return [f"{name}\t{header}", *sorted(f"{name}\t{line}" for line in lines)]


def summarise(tables: dict[str, pd.DataFrame]) -> tuple[dict[str, dict], list[str]]:
    hashes, all_lines = {}, []
    for name in sorted(tables):
        lines = table_lines(name, tables[name])
        digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
        hashes[name] = {"rows": len(lines) - 1, "sha256": digest}
        all_lines.extend(lines)
    return hashes, all_lines


def write(tables: dict[str, pd.DataFrame]) -> None:
    hashes, lines = summarise(tables)
    HASHES.write_text(json.dumps(hashes, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    with gzip.open(ROWS, "wt", encoding="utf-8", compresslevel=9) as f:
        # mtime fixed so that the same rows give the same bytes
        f.write("\n".join(lines) + "\n")
    _fix_gzip_mtime(ROWS)


def _fix_gzip_mtime(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4:8] = b"\0\0\0\0"
    path.write_bytes(bytes(data))


def stored() -> tuple[dict[str, dict], list[str]]:
    hashes = json.loads(HASHES.read_text(encoding="utf-8"))
    with gzip.open(ROWS, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    return hashes, lines


def held_out(line: str) -> bool:
    """Whether a stored row comes from a held-out set (:data:`HELD_OUT`)."""
    return line.split("\t", 2)[1].startswith(HELD_OUT)


def diff(old_lines: list[str], new_lines: list[str], table: str, limit: int = 40) -> str:
    """A unified diff of one table's rows, cut to ``limit`` lines; the rows of the held-out sets
    are counted, not shown, so that nobody tunes on them by reading a diff."""
    old = [line for line in old_lines if line.startswith(table + "\t")]
    new = [line for line in new_lines if line.startswith(table + "\t")]
    out = list(difflib.unified_diff(old, new, "stored", "now", n=0, lineterm=""))
    hidden = {line for line in out if line[:1] in "+-" and "\t" in line and held_out(line[1:])}
    out = [line for line in out if line not in hidden]
    more = f"\n… {len(out) - limit} more diff lines" if len(out) > limit else ""
    note = f"\n({len(hidden)} changed rows of held-out sets not shown)" if hidden else ""
    return "\n".join(out[:limit]) + more + note


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="store the current tables")
    parser.add_argument(
        "--fast",
        action="store_true",
        help="compare the mention tables only, the model's annotations read from a cache",
    )
    args = parser.parse_args(argv)
    tables = extract_fast() if args.fast and not args.update else extract_all()
    if args.update:
        write(tables)
        print(json.dumps(summarise(tables)[0], indent=2))
        return
    hashes, lines = summarise(tables)
    old_hashes, old_lines = stored()
    changed = [t for t in hashes if hashes[t] != old_hashes.get(t)]
    print(f"compared: {', '.join(sorted(hashes))}")
    for table in changed:
        print(diff(old_lines, lines, table))
    print("identical" if not changed else f"changed: {', '.join(changed)}")
    raise SystemExit(1 if changed else 0)


if __name__ == "__main__":
    main()
