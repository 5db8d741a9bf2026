"""``bilan run``: ingest and extract with the local engine or on Ray (see :mod:`bilan.engine`).
Registered by ``bilan.cli`` through ``PLUGIN_MODULES``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from bilan.model import COUNTRY_HELP


def run(
    paths: list[Path] = typer.Argument(..., help="Files or folders: .txt, .html, .jsonl, feeds, .parquet shards, "
                                                 ".warc[.gz] files."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) | ray (Ray Data)."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster address (auto, ray://HOST:10001); "
                                                                  "default: a local Ray on this machine."),
    workers: Optional[int] = typer.Option(None, "--workers", min=0, help="Extraction workers. ray: actors "
                                          "(default: one per CPU). local: processes that parse and extract "
                                          "while this one stores (0: all in this process; default: "
                                          "$BILAN_WORKERS, else 2 on a machine of 2+ CPUs)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Documents per extraction batch."),
    parquet_out: Optional[str] = typer.Option(None, "--parquet-out", help="Keep the Ray results here as Parquet "
                                              "(an empty or new folder; on a cluster, one every node can reach)."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for all inputs."),
    country: Optional[str] = typer.Option(None, "--country", help=COUNTRY_HELP),
    db: Path = typer.Option("bilan.duckdb", "--db", help="DuckDB store file."),
) -> None:
    """Ingest and extract INPUTS into the store, locally or on Ray. Exit code 1 if any document failed."""
    from bilan.cli import _country, _date, err, finish_run, open_store
    from bilan.engine import ENGINES
    from bilan.engine import run as run_engine

    if engine not in ENGINES:
        raise typer.BadParameter(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}", param_hint="--engine")
    if engine == "local" and (address or parquet_out):
        raise typer.BadParameter("--address and --parquet-out need --engine ray", param_hint="--engine")
    if engine == "ray" and workers == 0:
        raise typer.BadParameter("0 (extract in this process) is for --engine local", param_hint="--workers")
    pub = _date(published)
    iso = _country(country)
    with open_store(db) as store:
        try:
            summary = run_engine(paths, store, engine=engine, address=address, workers=workers,
                                 batch_size=batch_size, parquet_out=parquet_out, published=pub,
                                 country=iso, command=f"run --engine {engine} " + " ".join(map(str, paths)))
        except (FileExistsError, ImportError, ConnectionError) as exc:
            err.print(f"[red]error[/red] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
    finish_run(summary, f"bilan run ({engine})")

def register(app: typer.Typer) -> None:
    app.command(name="run")(run)
