"""``bilan incidents`` (a listing) and ``bilan show ID`` (one incident, its claims side by side with
their sources and evidence). Registered by ``bilan.cli`` through ``PLUGIN_MODULES``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bilan.model import Incident, Range

console = Console(width=200)


def fmt_range(r: Range | None) -> str:
    """``low-high (best N)``; an open high is ``N+``; an unknown figure is empty."""
    if r is None or (r.low is None and r.best is None and r.high is None):
        return ""
    low = r.low if r.low is not None else r.best
    if r.high is None:
        out = f"{low}+"
    elif low == r.high:
        out = str(low)
    else:
        out = f"{low if low is not None else '?'}-{r.high}"
    if r.best is not None and r.best not in (low, r.high):
        out += f" (best {r.best})"
    return out


def _date(inc: Incident) -> str:
    d = inc.date
    if d.start is None:
        return ""
    return d.start.isoformat() if d.end in (None, d.start) else f"{d.start.isoformat()}..{d.end.isoformat()}"


def _actors(inc: Incident, role: str | None = None) -> str:
    if role:
        return ", ".join(a.name for a in inc.actors_in(role))
    a1, a2 = _actors(inc, "actor1"), _actors(inc, "actor2")
    return f"{a1} vs {a2}" if a2 else a1


def _open(db: Path):
    from bilan.cli import open_store  # the CLI's own store opening (one-line error, exit 2)

    return open_store(db, read_only=True)


def incidents_table(incidents: list[Incident]) -> Table:
    table = Table(title="bilan incidents")
    for col in ("id", "date", "type", "place", "actors", "killed", "grade", "sources"):
        table.add_column(col, overflow="fold")
    for inc in incidents:
        table.add_row(inc.id, _date(inc), inc.sub_event_type, inc.location.name or "", _actors(inc),
                      fmt_range(inc.fatalities), inc.grade, str(len(inc.sources)))
    return table


def show_incident(inc: Incident, out: Console) -> None:
    head = Table(title=f"incident {inc.id}", show_header=False)
    loc = inc.location
    rows = [
        ("type", f"{inc.event_type} / {inc.sub_event_type}"),
        ("date", f"{_date(inc)} ({inc.date.precision or '?'}, {inc.date.basis or '?'})"),
        ("place", ", ".join(str(x) for x in (loc.name, loc.country) if x)
         + (f" ({loc.lat:.4f}, {loc.lon:.4f})" if loc.lat is not None else "")),
        ("actor1", _actors(inc, "actor1")),
        ("actor2", _actors(inc, "actor2")),
        ("fatalities", fmt_range(inc.fatalities)),
        ("injured", fmt_range(inc.injured)),
        ("civilian fatalities", fmt_range(inc.civilian_fatalities)),
        ("grade", inc.grade),
        ("summary", inc.summary or ""),
    ]
    for k, v in rows:
        head.add_row(k, v)
    out.print(head)

    sources = {s.doc_id: s for s in inc.sources}
    src = Table(title="sources")
    for col in ("doc", "outlet", "published", "lang", "title / url"):
        src.add_column(col, overflow="fold")
    for s in inc.sources:
        src.add_row(s.doc_id, s.outlet or "", s.published.isoformat() if s.published else "", s.language or "",
                    s.title or s.url or "")
    out.print(src)

    claims = Table(title="claims")
    for col in ("speaker", "organisation", "verb", "certainty", "stance", "source", "evidence"):
        claims.add_column(col, overflow="fold")
    for c in inc.claims:
        s = sources.get(c.doc_id)
        where = " ".join(x for x in ((s.outlet if s else None) or c.doc_id,
                                      s.published.isoformat() if s and s.published else "") if x)
        claims.add_row(escape(c.speaker or ""), escape(c.organisation or ""), c.verb or "", c.certainty, c.stance, where,
                       escape(f"[{c.start}:{c.end}] {c.text}"))
    out.print(claims)

    ev = Table(title="evidence")
    for col in ("field", "source", "span", "text"):
        ev.add_column(col, overflow="fold")
    for e in inc.evidence:
        s = sources.get(e.doc_id)
        ev.add_row(e.field, (s.outlet if s and s.outlet else e.doc_id), f"{e.start}:{e.end}", escape(e.text))
    out.print(ev)

    if inc.merge_reasons:
        out.print("[bold]merged[/bold]:")
        for r in inc.merge_reasons:
            out.print(f"  - {r}", markup=False)


def register(app: typer.Typer) -> None:
    @app.command("incidents")
    def incidents(
        db: Path = typer.Option("bilan.duckdb", "--db", help="DuckDB store file."),
        country: Optional[str] = typer.Option(None, help="ISO alpha-2 country code."),
        event_type: Optional[str] = typer.Option(None, "--type", help="ACLED event type, e.g. 'Battles'."),
        limit: int = typer.Option(50, min=0, help="Most incidents listed."),
    ) -> None:
        """List stored incidents: date, type, place, actors, killed (low-high), grade, number of sources."""
        with _open(db) as store:
            rows = list(store.iter_incidents(country=country, event_type=event_type, limit=limit))
        console.print(incidents_table(rows))
        if not rows:
            console.print("no incidents")

    @app.command("show")
    def show(
        incident_id: str = typer.Argument(..., help="Incident id (see `bilan incidents`)."),
        db: Path = typer.Option("bilan.duckdb", "--db", help="DuckDB store file."),
    ) -> None:
        """One incident: its fields, sources, claims side by side and the evidence spans."""
        with _open(db) as store:
            inc = store.get_incident(incident_id)
            alias = store.incident_alias(incident_id) if inc is None else None
            if alias is not None:  # merged into another incident (transitive merge)
                console.print(f"{incident_id} was merged into {alias[0]}: {alias[1]}", markup=False)
                inc = store.get_incident(alias[0])
        if inc is None:
            Console(stderr=True).print(f"no incident {incident_id!r} in {db}")
            raise typer.Exit(1)
        show_incident(inc, console)
