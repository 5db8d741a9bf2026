"""``bilan eval DATASET [--split dev|test] [--limit N] [--json]``: figures on third-party gold data."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from bilan import evaluate as ev


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        dataset: str = typer.Argument(..., help="dataset name (fr-timebank, te3-platinum-en, geowebnews, lgl, ucdp-ged-car, muc4, "
                                                 "tr-news, case2021, hipe-fr, ucdp-aec) or 'all'"),
        split: str = typer.Option("dev", "--split", help="dev or test (fixed sha1 split, see docs/evaluation.md)"),
        limit: int | None = typer.Option(None, "--limit", min=1, help="first N documents of the split"),
        as_json: bool = typer.Option(False, "--json", help="machine-readable output"),
    ) -> None:
        """Evaluate an extractor on a dataset of ../shared/eval (or $BILAN_SHARED/eval)."""
        console = Console()
        if split not in ev.SPLITS:
            console.print(f"[red]unknown split {split!r}: use dev or test[/red]")
            raise typer.Exit(2)
        ev._load_adapters()
        names = sorted(ev.ADAPTERS) if dataset == "all" else [dataset]
        try:
            adapters = [ev.get_adapter(n) for n in names]
        except KeyError as exc:
            console.print(f"[red]{exc.args[0]}[/red]")
            raise typer.Exit(2) from None
        base = ev.eval_dir()
        if not base.is_dir():
            msg = f"skipped: evaluation data not found at {base} (set BILAN_SHARED)"
            if as_json:
                typer.echo(json.dumps({"skipped": True, "reason": msg}))
            else:
                console.print(msg)
            return
        reports = []
        for a in adapters:
            try:
                reports.append(ev.evaluate(a.name, split, limit, base))
            except ev.DatasetSkipped as exc:
                reports.append({"dataset": a.name, "skipped": True, "reason": str(exc)})
        if as_json:
            out = [r if isinstance(r, dict) else r.as_dict() for r in reports]
            typer.echo(json.dumps(out[0] if len(out) == 1 else out, indent=2))
            return
        for r in reports:
            if isinstance(r, dict):
                console.print(f"skipped {r['dataset']}: {r['reason']}")
                continue
            table = Table(title=f"{r.dataset} — {r.split} ({r.documents} documents)")
            table.add_column("field")
            table.add_column("metric")
            table.add_column("value", justify="right")
            table.add_column("n", justify="right")
            for key, val in r.figures.items():
                fld, metric = key.split(".", 1)
                table.add_row(fld, metric, "-" if val is None else f"{val:.3f}" if metric != "median_km"
                              else f"{val:.1f}", str(r.support.get(key, "")))
            console.print(table)
