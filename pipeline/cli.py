"""Command line: ``python -m pipeline extract|evaluate`` (also the ``pipeline`` console script).

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


class OutputFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


def _fail(message: str) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False)
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


def _count_articles(input: Path) -> int | None:
    if input.is_dir():
        return sum(1 for p in input.rglob("*.txt") if p.is_file())
    return 1 if input.suffix.lower() == ".txt" else None


def _progress_bar(input: Path, enabled: bool) -> tuple[Any, Callable[[int], None]]:
    """The progress bar of a run and the function that advances it. Refreshed by hand: a
    refresh thread would keep the worker processes from being forked."""
    from rich.progress import Progress

    bar = Progress(console=err_console, transient=True, disable=not enabled, auto_refresh=False)
    task = bar.add_task("articles", total=_count_articles(input))

    def advance(n: int) -> None:
        bar.advance(task, n)
        bar.refresh()

    return bar, advance


@app.command()
def extract(
    input: Annotated[
        Path, typer.Argument(help="Folder of .txt, or a .txt/.jsonl/.csv/.parquet file")
    ],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder for the tables")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.parquet,
    n_process: Annotated[int, typer.Option("--n-process", "-j", min=1)] = 1,
    date: Annotated[
        str | None, typer.Option(help="Publication date for every article (YYYY-MM-DD)")
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Keep what an interrupted run wrote to OUT; do only the rest")
    ] = False,
    update: Annotated[
        bool,
        typer.Option(
            help="INPUT changed since OUT was written: process only new, changed or failed "
            "articles, keep the others, drop the removed ones"
        ),
    ] = False,
    article_timeout: Annotated[
        float,
        typer.Option(
            min=0, help="Seconds an article may take before it gets status=error (0: no limit)"
        ),
    ] = 60.0,
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
) -> None:
    """Extract every table from INPUT into OUT (one file per table)."""
    from pipeline.extract import extract_to_dir
    from pipeline.io import InputError
    from pipeline.runstate import OutputLocked

    if not input.exists():
        raise _fail(f"input not found: {input}")
    _check_output_dir(out)
    bar, advance = _progress_bar(input, progress)

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
            )
    except OutputLocked as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
        raise typer.Exit(EXIT_LOCKED) from None
    except (InputError, ValueError) as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"cannot write tables to {out}: {exc.strerror or exc}") from None
    _print_summary(writer)
    if writer.failures:
        raise typer.Exit(EXIT_ARTICLE_FAILED)


def _print_summary(writer: TableWriter) -> None:
    counts = writer.summary()
    table = Table(title="Extraction summary", show_header=True)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name in ("articles", "amounts", "organizations", "people", "quotes", "dates"):
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
        if top:
            cited = ", ".join(f"{name} ({n})" for name, n in top)
            out_console.print(f"most cited {label}: {cited}", highlight=False)
    if writer.paths:
        out_console.print(f"tables written to {writer.paths[0].parent}", highlight=False)


@app.command()
def evaluate(
    gold: Annotated[
        list[Path], typer.Argument(help="Gold annotations (JSON Lines, see GOLD_FORMAT)")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
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
