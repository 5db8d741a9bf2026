"""Command line: a thin layer over the library (typer + rich)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from bilan.model import COUNTRY_HELP

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="bilan: sourced, geocoded incidents from conflict news.")
err = Console(stderr=True)

DB_OPTION = typer.Option("bilan.duckdb", "--db", help="DuckDB store file.")


def open_store(db: Path, read_only: bool = False):
    """The store, or a clean one-line error (exit 2) when it is missing, locked or not a store."""
    from bilan.store import Store, StoreError

    try:
        return Store.open(db, read_only=read_only)
    except (FileNotFoundError, StoreError) as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


def _country(value: Optional[str]) -> Optional[str]:
    """``--country``: an ISO 3166-1 alpha-2 code (upper-cased), or a clean usage error (exit 2)."""
    if value is None:
        return None
    from bilan.model import country_code

    try:
        return country_code(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--country") from None


def _date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders: .txt, .html, .jsonl, RSS/Atom feeds."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for all inputs (overrides metadata)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=0, help="Processes that parse and extract while "
                                          "this one stores (0: all in this process; default: $BILAN_WORKERS, "
                                          "else 2 on a machine of 2+ CPUs)."),
    country: Optional[str] = typer.Option(None, "--country", help=COUNTRY_HELP),
    db: Path = DB_OPTION,
) -> None:
    """Ingest articles, extract incidents and store them. Exit code 1 if any document failed."""
    from bilan.pipeline import default_workers, run_ingest

    pub = _date(published)
    iso = _country(country)
    with open_store(db) as store, Progress(
        SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), TextColumn("{task.fields[current]}"), console=err, transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=None, current="")

        def tick(name: str) -> None:
            progress.update(task, advance=1, current=str(name)[-60:])

        summary = run_ingest(paths, store, published=pub, progress=tick,
                             command="ingest " + " ".join(map(str, paths)),
                             workers=default_workers() if workers is None else workers, country=iso)
    finish_run(summary, "bilan ingest")


def finish_run(summary, title: str) -> None:
    """Print a run's summary table and its errors; exit 1 if any document failed (ingest and run share it)."""
    table = Table(title=title, show_header=False)
    table.add_row("inputs seen", str(summary.seen))
    table.add_row("new documents", str(summary.new))
    table.add_row("already stored", str(summary.unchanged))
    table.add_row("incidents extracted", str(summary.incidents))
    table.add_row("linked to stored incidents", str(summary.merged))
    table.add_row("errors", str(len(summary.errors)))
    err.print(table)
    for e in summary.errors:
        err.print(f"[red]error[/red] {e.reason}: {e.source}: {e.detail or ''}", highlight=False, soft_wrap=True)
    for source, stored, given in getattr(summary, "country_kept", ()):
        err.print(f"[yellow]note[/yellow] already stored with country {stored or 'none'}, kept (not {given}): "
                  f"{source}", highlight=False, soft_wrap=True)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def extract(
    file: Path = typer.Argument(..., help="One article (.txt, .html, .jsonl, feed)."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD (overrides metadata)."),
    language: Optional[str] = typer.Option(None, help="Force the language (fr, en) instead of detecting it."),
    country: Optional[str] = typer.Option(None, "--country", help=COUNTRY_HELP),
) -> None:
    """Print the incidents of one input as SCHEMA JSONL on stdout (no store needed)."""
    from bilan.export import write_jsonl
    from bilan.ingest import iter_inputs
    from bilan.language import assign_language
    from bilan.model import IngestError
    from bilan.pipeline import extract_many

    failed = False
    docs = []
    for item in iter_inputs([file], _date(published), country=_country(country)):
        if not isinstance(item, IngestError):
            item = assign_language(item, declared=language or item.language)
        if isinstance(item, IngestError):
            err.print(f"[red]error[/red] {item.reason}: {item.source}: {item.detail or ''}", highlight=False, soft_wrap=True)
            failed = True
            continue
        docs.append(item)
    for ex in extract_many(docs):
        if ex.error is not None:
            err.print(f"[red]error[/red] extract_failed: {ex.document.source_path}: {ex.error}", highlight=False, soft_wrap=True)
            failed = True
        write_jsonl(ex.incidents, sys.stdout)
    raise typer.Exit(1 if failed else 0)


@app.command()
def export(
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl | acled | ucdp | geojson"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
    db: Path = DB_OPTION,
) -> None:
    """Export stored incidents, with reviewed values applied (rejected incidents are left out)."""
    from bilan.export import EXPORTERS
    from bilan.query import iter_reviewed

    if format not in EXPORTERS:
        raise typer.BadParameter(f"unknown format {format!r}; choose from {', '.join(EXPORTERS)}")
    with open_store(db, read_only=True) as store:
        fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            n = EXPORTERS[format](iter_reviewed(store.con), fh)
        finally:
            if output:
                fh.close()
    err.print(f"exported {n if isinstance(n, int) else n[0]} incidents as {format}"
              + (f" to {output}" if output else ""))


@app.command()
def stats(db: Path = DB_OPTION, as_json: bool = typer.Option(False, "--json", help="Machine-readable output.")) -> None:
    """Counts of documents, incidents, claims and errors in the store."""

    with open_store(db, read_only=True) as store:
        data = store.stats()
    if as_json:
        print(json.dumps(data, default=str, ensure_ascii=False, indent=2))
        return
    console = Console()
    for section, values in data.items():
        if isinstance(values, dict):
            table = Table(title=section)
            table.add_column("key")
            table.add_column("count", justify="right")
            for k, v in values.items():
                if isinstance(v, dict):
                    for k2, v2 in v.items():
                        table.add_row(f"{k}: {k2}", str(v2))
                else:
                    table.add_row(str(k), str(v))
            console.print(table)
        else:
            console.print(f"[bold]{section}[/bold]: {values}")


# Commands that live with their stage register themselves here: a module in this list defines
# ``register(app: typer.Typer)``; one that is not installed (an optional extra) is skipped.
PLUGIN_MODULES = ("bilan.evaluate.cli", "bilan.link_cli", "bilan.web.cli", "bilan.engine_cli")


def _register_plugins() -> None:
    import importlib

    for name in PLUGIN_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            raise
        mod.register(app)


_register_plugins()


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
