"""Command line: ``python -m pipeline extract|evaluate`` (also the ``pipeline`` console script).

Exit statuses: 0 success; 1 at least one article failed (its row in ``articles`` says why;
every other article was processed and written); 2 bad usage or an input/output problem
(missing input, unwritable output folder), reported in one line.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Facts from French business news: amounts, organisations, people, quotes, dates.",
)
out_console = Console()
err_console = Console(stderr=True)

EXIT_ARTICLE_FAILED = 1
EXIT_USAGE = 2


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
    progress: Annotated[bool, typer.Option(help="Show a progress bar")] = True,
) -> None:
    """Extract every table from INPUT into OUT (one file per table)."""
    from pipeline.extract import extract as run_extract
    from pipeline.io import InputError

    if not input.exists():
        raise _fail(f"input not found: {input}")
    _check_output_dir(out)
    try:
        result = run_extract(input, n_process=n_process, progress=progress, date=date)
    except (InputError, ValueError) as exc:
        raise _fail(str(exc)) from None
    try:
        paths = result.write(out, format.value)
    except OSError as exc:
        raise _fail(f"cannot write tables to {out}: {exc.strerror or exc}") from None
    _print_summary(result, paths)
    if result.n_failed:
        raise typer.Exit(EXIT_ARTICLE_FAILED)


def _print_summary(result: object, paths: list[Path]) -> None:
    from pipeline.extract import ExtractResult

    assert isinstance(result, ExtractResult)
    counts = result.summary()
    table = Table(title="Extraction summary", show_header=True)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name in ("articles", "amounts", "organizations", "people", "quotes", "dates"):
        table.add_row(name, str(counts[name]))
    table.add_row(
        "failed articles", str(counts["failed"]), style="red" if counts["failed"] else None
    )
    out_console.print(table)
    if counts["failed"]:
        failed = result.articles[result.articles["status"] == "error"]
        for row in failed.itertuples():
            out_console.print(f"[red]failed[/] {row.doc_id}: {row.error}", highlight=False)
    if paths:
        out_console.print(f"tables written to {paths[0].parent}", highlight=False)
    if len(result.people):
        top = result.people.drop_duplicates(["doc_id", "name"])["name"].value_counts().head(5)
        out_console.print("most cited people: " + ", ".join(f"{n} ({c})" for n, c in top.items()))
    if len(result.organizations):
        top = result.organizations.drop_duplicates(["doc_id", "name"])["name"].value_counts()
        out_console.print(
            "most cited organisations: " + ", ".join(f"{n} ({c})" for n, c in top.head(5).items())
        )


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold annotations (JSON Lines, see GOLD_FORMAT)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List misses and false positives")
    ] = False,
) -> None:
    """Precision, recall and F1 per field of the pipeline against GOLD."""
    from pipeline.evaluate import evaluate as run_evaluate

    if not gold.exists():
        raise _fail(f"gold file not found: {gold}")
    try:
        report = run_evaluate(gold)
    except ValueError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    if errors:
        sys.stdout.write(report.format_errors() + "\n")
    sys.stdout.write(report.format_table() + "\n")


def main() -> None:
    app(prog_name="pipeline")


if __name__ == "__main__":  # pragma: no cover
    main()
