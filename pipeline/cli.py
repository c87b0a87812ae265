"""Command line: ``python -m pipeline extract|evaluate|report|bench`` (also the ``pipeline``
script).

``--version`` prints the project's version and the spaCy model the pipeline runs on.

Exit statuses: 0 success; 1 at least one article failed (its row in ``articles`` says why;
every other article was processed and written); 2 bad usage or an input/output problem
(missing input, unwritable output folder, ``--resume`` on the parts of another input),
reported in one line; 3 the output folder is in use by another run (nothing was touched).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from pipeline.io import DEFAULT_MAX_BYTES, ReadOptions
from pipeline.output import TableWriter

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Facts from French business news: amounts, organisations, people, quotes, dates.",
)
out_console = Console()
err_console = Console(stderr=True)

EXIT_ARTICLE_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3


def _print_version(value: bool) -> None:
    if not value:
        return
    from pipeline import __version__
    from pipeline.nlp import model_version

    out_console.print(f"fr-business-facts {__version__} ({model_version()})", highlight=False)
    raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit"
        ),
    ] = False,
) -> None:
    """Facts from French business news: amounts, organisations, people, quotes, dates."""


class OutputFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    xlsx = "xlsx"


def _fail(message: str) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(EXIT_USAGE)


def _check_output_dir(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise _fail(f"cannot write to output folder {out_dir}: {exc.strerror or exc}") from None


class Backend(str, Enum):
    local = "local"
    dask = "dask"


# the options of a run over an output folder (pipeline.output, pipeline.workers)
ResumeOption = Annotated[
    bool, typer.Option(help="Keep what an interrupted run wrote to OUT; do only the rest")
]
UpdateOption = Annotated[
    bool,
    typer.Option(
        help="INPUT changed since OUT was written: process only new, changed or failed "
        "articles, keep the others, drop the removed ones"
    ),
]
ArticleTimeoutOption = Annotated[
    float,
    typer.Option(
        min=0, help="Seconds an article may take before it gets status=error (0: no limit)"
    ),
]

# the options of how the input is read (pipeline.io.ReadOptions)
TextColumnOption = Annotated[
    str | None, typer.Option(help="Column of a table holding the text (default: text, html)")
]
IdColumnOption = Annotated[
    str | None, typer.Option(help="Column of a table holding the id (default: id)")
]
DateColumnOption = Annotated[
    str | None, typer.Option(help="Column of a table holding the date (default: date)")
]
IncludeOption = Annotated[
    list[str] | None,
    typer.Option(help="Read the files of a folder matching this glob (repeatable)"),
]
MaxBytesOption = Annotated[
    int, typer.Option(min=0, help="Size limit of one article, in bytes (0: none)")
]
FollowSymlinksOption = Annotated[
    bool, typer.Option(help="Follow symbolic links leading outside the input folder")
]


def _count_articles(input: Path, options: ReadOptions) -> int | None:
    from pipeline.folder import ARTICLE_SUFFIXES, list_folder

    if input.is_dir():
        return len(list_folder(input, options.include, options.follow_symlinks).files)
    return 1 if input.suffix.lower() in ARTICLE_SUFFIXES else None


def _read_options(
    text_column: str | None,
    id_column: str | None,
    date_column: str | None,
    include: list[str] | None,
    max_bytes: int,
    follow_symlinks: bool,
) -> ReadOptions:
    return ReadOptions(
        text_column=text_column,
        id_column=id_column,
        date_column=date_column,
        include=tuple(include or ()),
        max_bytes=max_bytes or None,
        follow_symlinks=follow_symlinks,
    )


def _progress_bar(
    input: Path, enabled: bool, options: ReadOptions
) -> tuple[Any, Callable[[int], None]]:
    """The progress bar of a run and the function that advances it. Refreshed by hand: a
    refresh thread would keep the worker processes from being forked."""
    from rich.progress import Progress

    bar = Progress(console=err_console, transient=True, disable=not enabled, auto_refresh=False)
    task = bar.add_task("articles", total=_count_articles(input, options))

    def advance(n: int) -> None:
        bar.advance(task, n)
        bar.refresh()

    return bar, advance


@app.command()
def extract(
    input: Annotated[
        Path,
        typer.Argument(
            help="Folder of articles (.txt, .html, .htm), one such file (or .md), "
            "or a .jsonl/.csv/.parquet table"
        ),
    ],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder for the tables")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.parquet,
    n_process: Annotated[int, typer.Option("--n-process", "-j", min=1)] = 1,
    date: Annotated[
        str | None, typer.Option(help="Publication date for every article (YYYY-MM-DD)")
    ] = None,
    resume: ResumeOption = False,
    update: UpdateOption = False,
    article_timeout: ArticleTimeoutOption = 60.0,
    chunk_size: Annotated[
        int | None, typer.Option(min=1, help="Articles per chunk (default 64; Dask: 200)")
    ] = None,
    backend: Annotated[Backend, typer.Option(help="local processes or a Dask cluster")] = (
        Backend.local
    ),
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (default: a local cluster)")
    ] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar")] = True,
    text_column: TextColumnOption = None,
    id_column: IdColumnOption = None,
    date_column: DateColumnOption = None,
    include: IncludeOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    follow_symlinks: FollowSymlinksOption = False,
) -> None:
    """Extract every table from INPUT into OUT (one file per table)."""
    from pipeline.extract import extract_to_dir
    from pipeline.io import InputError
    from pipeline.runstate import OutputLocked

    if not input.exists():
        raise _fail(f"input not found: {input}")
    _check_output_dir(out)
    options = _read_options(
        text_column, id_column, date_column, include, max_bytes, follow_symlinks
    )
    bar, advance = _progress_bar(input, progress, options)
    try:
        with bar:
            writer = extract_to_dir(
                input,
                out,
                format=format.value,
                resume=resume,
                update=update,
                article_timeout=article_timeout or None,
                n_process=n_process,
                date=date,
                chunk_size=chunk_size,
                backend=backend.value,
                scheduler=scheduler,
                on_progress=advance,
                options=options,
            )
    except OutputLocked as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
        raise typer.Exit(EXIT_LOCKED) from None
    except (InputError, ValueError) as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"cannot write tables to {out}: {exc.strerror or exc}") from None
    _print_summary(writer)
    _print_not_read(options.not_read)
    if writer.failures:
        raise typer.Exit(EXIT_ARTICLE_FAILED)


def _print_summary(writer: TableWriter) -> None:
    counts = writer.summary()
    table = Table(title="Extraction summary", show_header=True)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name in ("articles", "amounts", "organizations", "people", "quotes", "dates", "entities"):
        table.add_row(name, str(counts[name]))
    table.add_row(
        "failed articles", str(counts["failed"]), style="red" if counts["failed"] else None
    )
    out_console.print(table)
    if writer.n_resumed:
        out_console.print(f"resumed: {writer.n_resumed} articles were already done")
    for note in writer.notes:
        out_console.print(note, highlight=False)
    for doc_id, error in writer.failures:
        out_console.print(f"[red]failed[/] {doc_id}: {error}", highlight=False)
    for group, label in (("people", "people"), ("organizations", "organisations")):
        top = writer.distinct_names[group].most_common(5)
        entities = writer.entities
        if entities is not None:  # corpus-level entities, news agencies apart
            wanted = (entities["type"] == ("PER" if group == "people" else "ORG")) & (
                entities["kind"].fillna("") != "media"
            )
            chosen = entities[wanted].head(5)
            top = list(zip(chosen["name"], chosen["n_articles"], strict=True))
        if top:
            cited = ", ".join(f"{name} ({n})" for name, n in top)
            out_console.print(f"most cited {label}: {cited}", highlight=False)
    if writer.paths:
        out_console.print(f"tables written to {writer.paths[0].parent}", highlight=False)


def _print_not_read(not_read: list[tuple[str, str]], shown: int = 20) -> None:
    """The entries of the input folder that were not read, counted and named."""
    if not not_read:
        return
    out_console.print(f"not read ({len(not_read)}) in the input folder:", highlight=False)
    for name, reason in not_read[:shown]:
        out_console.print(f"  {name}: {reason}", highlight=False, markup=False, soft_wrap=True)
    if len(not_read) > shown:
        out_console.print(f"  … and {len(not_read) - shown} more", highlight=False)


@app.command()
def evaluate(
    gold: Annotated[
        list[Path],
        typer.Argument(help="Gold annotations (JSON Lines, see docs/evaluation.md)"),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print one Markdown table: a row per gold file")
    ] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List misses and false positives")
    ] = False,
) -> None:
    """Precision, recall and F1 per field of the pipeline against each GOLD file."""
    from pipeline.evaluate import evaluate as run_evaluate

    for path in gold:
        if not path.exists():
            raise _fail(f"gold file not found: {path}")
    reports = {}
    for path in gold:
        try:
            reports[str(path)] = run_evaluate(path)
        except ValueError as exc:
            raise _fail(str(exc)) from None
    if markdown:
        from pipeline.evaluate.summary import markdown_summary

        summary = markdown_summary({name: r.to_dict() for name, r in reports.items()})
        sys.stdout.write(summary + "\n")
        return
    if as_json:
        figures = {name: report.to_dict() for name, report in reports.items()}
        payload = next(iter(figures.values())) if len(figures) == 1 else figures
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    for name, report in reports.items():
        if len(reports) > 1:
            sys.stdout.write(f"== {name}\n")
        if errors:
            sys.stdout.write(report.format_errors() + "\n")
        sys.stdout.write(report.format_table() + "\n")


@app.command()
def report(
    out_dir: Annotated[Path, typer.Argument(help="Output folder of an extraction")],
    out: Annotated[Path, typer.Option("-o", "--out", help="HTML file to write")] = Path(
        "report.html"
    ),
    title: Annotated[str | None, typer.Option(help="Title of the page")] = None,
) -> None:
    """A self-contained HTML page (no network) of the tables an extraction wrote to OUT_DIR."""
    from pipeline.result import ExtractResult

    try:
        result = ExtractResult.read(out_dir)
    except (FileNotFoundError, ValueError) as exc:
        raise _fail(str(exc)) from None
    try:
        path = result.to_html(out, title=title or f"Extraction report: {out_dir.name}")
    except OSError as exc:
        raise _fail(f"cannot write {out}: {exc.strerror or exc}") from None
    out_console.print(
        f"report of {len(result.articles)} articles written to {path}", highlight=False
    )


@app.command()
def bench(
    quick: Annotated[bool, typer.Option(help="Small sizes: a minute or two")] = False,
    n_articles: Annotated[int | None, typer.Option(help="Articles per timed round")] = None,
    repeats: Annotated[int | None, typer.Option(help="Alternating rounds of each side")] = None,
    n_process: Annotated[int, typer.Option("--n-process", "-j", min=1)] = 2,
    speedup_articles: Annotated[
        int | None, typer.Option(help="Articles of the processes speed-up run")
    ] = None,
    memory: Annotated[bool, typer.Option(help="Measure peak memory at two run sizes")] = True,
    memory_sizes: Annotated[
        list[int] | None, typer.Option(help="Run sizes of the memory check (default 500, 5000)")
    ] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the report")] = None,
) -> None:
    """Speed and memory of the full extraction beside the plain fr_core_news_md, in one run."""
    from pipeline.bench import bench_command

    bench_command(
        quick=quick,
        n_articles=n_articles,
        repeats=repeats,
        n_process=n_process,
        speedup_articles=speedup_articles,
        memory=memory,
        json_out=json_out,
        memory_sizes=memory_sizes,
    )


def main() -> None:
    app(prog_name="pipeline")


if __name__ == "__main__":  # pragma: no cover
    main()
