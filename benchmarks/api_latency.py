"""List/filter latency of the HTTP API on a generated store of 1,000,000 incidents (issue 5). Not a test.

    .venv/bin/python benchmarks/api_latency.py [--n 1000000] [--repeat 30] [--db PATH] [--keep]

Builds the store with bulk DuckDB SQL (not the pipeline): N incidents over five years, 40 countries,
2,000 places, six event types, a JSON record each (valid ``Incident``), 1.5 actors and one document link
per incident, and 1,000 reviewed incidents (edits and rejects through ``bilan.review``). Then it times
a mix of list/filter queries, a timeline and one-incident reads, ``--repeat`` times each with varying
parameters, twice: through the query layer the API uses (``bilan.query``; wall-clock and CPU time), and
end to end over HTTP against a real uvicorn server on loopback. Prints p50/p95 per query kind and
overall, and whether the overall HTTP p95 meets the 200 ms target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from _synth import DAYS, START, TYPES

GRADES = ["confirmed", "fair", "weak", "contested", "single_source"]
COUNTRIES = ["AF", "BF", "CD", "CF", "CM", "CO", "ET", "IQ", "IR", "LB", "LY", "ML", "MM", "MX", "MZ", "NE",
             "NG", "PK", "PS", "SD", "SO", "SS", "SY", "TD", "UA", "YE", "IN", "PH", "BR", "HT", "KE", "UG",
             "BI", "TZ", "DZ", "EG", "TN", "LK", "BD", "VE"]
GROUPS = ["al-Shabaab", "JNIM", "Islamic State", "Boko Haram", "Allied Democratic Forces", "M23", "Taliban",
          "Wagner Group", "Hamas", "Houthis", "Military Forces of Mali", "Police Forces of Nigeria"]


def _list_sql(values: list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def build(path: Path, n: int) -> None:
    from bilan import review as rv
    from bilan.store import FILL_SEARCH_SQL, Store

    t0 = time.perf_counter()
    types_e = _list_sql([t for t, _ in TYPES])
    types_s = _list_sql([s for _, s in TYPES])
    with Store.open(path) as store:
        con = store.con
        # deterministic pseudo-random columns from hash(i, salt)
        con.execute(f"""
            CREATE TEMP TABLE g AS
            SELECT i,
                   'ib' || lpad(i::VARCHAR, 8, '0') AS id,
                   (hash(i, 1) % {len(TYPES)})::INT + 1 AS t,
                   DATE '{START}' + (hash(i, 2) % {DAYS})::INT AS d,
                   (hash(i, 3) % 2000)::INT AS place,
                   (hash(i, 4) % 5)::INT AS kind,
                   (hash(i, 5) % 60)::INT AS killed,
                   (hash(i, 6) % {len(GRADES)})::INT + 1 AS gr,
                   (hash(i, 7) % {len(GROUPS)})::INT + 1 AS a1,
                   (hash(i, 8) % {len(GROUPS)})::INT + 1 AS a2
            FROM range({n}) r(i)
        """)
        con.execute(f"""
            CREATE TEMP TABLE h AS
            SELECT g.*, {types_e}[t] AS event_type, {types_s}[t] AS sub_event_type,
                   {_list_sql(COUNTRIES)}[(place % {len(COUNTRIES)}) + 1] AS country,
                   -35 + (place % 40) * 1.7 + (place // 40) * 0.013 AS lat,
                   -100 + (place // 40) * 4.1 + (place % 40) * 0.011 AS lon,
                   'Place' || place AS location_name,
                   CASE WHEN kind = 0 THEN NULL ELSE killed END AS f_low,
                   CASE WHEN kind = 0 THEN NULL WHEN kind = 1 THEN NULL ELSE killed END AS f_best,
                   CASE WHEN kind = 0 THEN NULL WHEN kind = 1 THEN killed * 3 ELSE killed END AS f_high,
                   {_list_sql(GRADES)}[gr] AS grade,
                   {_list_sql(GROUPS)}[a1] AS actor1, {_list_sql(GROUPS)}[a2] AS actor2,
                   'dd' || lpad((i // 3)::VARCHAR, 8, '0') AS doc_id
            FROM g
        """)
        con.execute("""
            INSERT INTO incidents (id, event_type, sub_event_type, date_start, date_end, date_precision,
                location_name, location_mention, country, lat, lon, location_precision,
                fatalities_low, fatalities_best, fatalities_high, grade, summary, record, updated_at)
            SELECT id, event_type, sub_event_type, d, d, 'day', location_name, location_name, country, lat, lon,
                'exact', f_low, f_best, f_high, grade,
                sub_event_type || '; ' || actor1 || ' vs ' || actor2 || '; ' || location_name || '; ' || d::VARCHAR,
                json_object('id', id, 'event_type', event_type, 'sub_event_type', sub_event_type,
                    'date', json_object('start', d::VARCHAR, 'end', d::VARCHAR, 'precision', 'day'),
                    'location', json_object('name', location_name, 'country', country, 'lat', lat, 'lon', lon,
                                            'precision', 'exact'),
                    'actors', json_array(json_object('role', 'actor1', 'name', actor1, 'mention', actor1),
                                         json_object('role', 'actor2', 'name', actor2, 'mention', actor2)),
                    'fatalities', CASE WHEN f_low IS NULL AND f_high IS NULL THEN NULL
                                  ELSE json_object('low', f_low, 'best', f_best, 'high', f_high) END,
                    'sources', json_array(json_object('doc_id', doc_id)),
                    'grade', grade),
                now()::TIMESTAMP
            FROM h
        """)
        con.execute("INSERT INTO incident_documents SELECT id, doc_id FROM h")
        con.execute("INSERT INTO actors SELECT id, 'actor1', actor1, actor1, 'rebel' FROM h")
        con.execute("INSERT INTO actors SELECT id, 'actor2', actor2, actor2, 'state_forces' FROM h WHERE i % 2 = 0")
        con.execute(FILL_SEARCH_SQL)  # the search columns Store.save_incidents would have written
        con.execute("DROP TABLE h")
        con.execute("DROP TABLE g")
        built = time.perf_counter() - t0
        # 1,000 reviewed incidents through the library (edits, accepts, a few rejects)
        rng = random.Random(5)
        _, token = rv.create_token(con, "bench")
        t1 = time.perf_counter()
        for k in range(1000):
            iid = f"ib{rng.randrange(n):08d}"
            if k % 10 == 0:
                rv.record_review(con, iid, "reject", "bench")
            elif k % 3 == 0:
                rv.record_review(con, iid, "accept", "bench")
            else:
                x = rng.randrange(1, 500)
                rv.record_review(con, iid, "edit", "bench", "fatalities", {"low": x, "best": x, "high": x + 5})
        reviewed = time.perf_counter() - t1
        con.execute("CHECKPOINT")
    print(f"built {n:,} incidents in {built:.1f} s; 1,000 reviews in {reviewed:.1f} s "
          f"({reviewed:.1f} ms per review); {path.stat().st_size / 2**20:.0f} MiB")


def cases(rng: random.Random, n: int) -> dict[str, callable]:
    def day() -> dt.date:
        return START + dt.timedelta(days=rng.randrange(DAYS - 40))

    def box() -> str:
        lon, lat = rng.uniform(-100, 60), rng.uniform(-35, 30)
        return f"{lon:.3f},{lat:.3f},{lon + 5:.3f},{lat + 5:.3f}"

    return {
        "list (no filter)": lambda: {},
        "date range 30 d": lambda: (lambda d: {"date_from": d.isoformat(),
                                               "date_to": (d + dt.timedelta(days=30)).isoformat()})(day()),
        "bbox 5x5 deg": lambda: {"bbox": box()},
        "country": lambda: {"country": rng.choice(COUNTRIES)},
        "event type, -fatalities": lambda: {"event_type": rng.choice(TYPES)[0], "sort": "-fatalities"},
        "actor substring": lambda: {"actor": rng.choice(GROUPS)[2:8].lower()},
        "min fatalities": lambda: {"min_fatalities": rng.randrange(20, 60)},
        "text q": lambda: {"q": f"place{rng.randrange(2000)};"},
        "review_status edited": lambda: {"review_status": "edited"},
        "combined (date+country+type)": lambda: (lambda d: {
            "date_from": d.isoformat(), "date_to": (d + dt.timedelta(days=365)).isoformat(),
            "country": rng.choice(COUNTRIES), "event_type": rng.choice(TYPES)[0]})(day()),
        "deep page offset 50k": lambda: {"offset": 50_000, "sort": "-date"},
        "timeline month (1 y)": lambda: (lambda d: {"bucket": "month", "date_from": d.isoformat(),
                                                    "date_to": (d + dt.timedelta(days=365)).isoformat()})(day()),
        "one incident": lambda: {"id": f"ib{rng.randrange(n):08d}"},
    }


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def report(title: str, timings: dict[str, list[float]]) -> float:
    print(f"\n{title}")
    print(f"{'query':32s} {'p50 ms':>8s} {'p95 ms':>8s} {'max ms':>8s}")
    for kind, ts in timings.items():
        print(f"{kind:32s} {pct(ts, 50):8.1f} {pct(ts, 95):8.1f} {max(ts):8.1f}")
    allt = [t for ts in timings.values() for t in ts]
    p95 = pct(allt, 95)
    print(f"{'overall':32s} {pct(allt, 50):8.1f} {p95:8.1f} {max(allt):8.1f}")
    return p95


def run_query_layer(db: Path, n: int, repeat: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall-clock and CPU (all threads of the process) ms per query kind; CPU time hardly depends on
    what else the machine runs."""
    from bilan.query import Filters, ReviewedCache, list_incidents, timeline
    from bilan.store import Store

    rng = random.Random(1)
    mk = cases(rng, n)
    out: dict[str, list[float]] = {k: [] for k in mk}
    cpu: dict[str, list[float]] = {k: [] for k in mk}
    cache = ReviewedCache()  # as the server keeps it
    with Store.open(db, read_only=True) as store:
        con = store.con
        for _ in range(repeat):
            for kind, make in mk.items():
                params = make()
                t, c = time.perf_counter(), time.process_time()
                if kind.startswith("timeline"):
                    bucket = params.pop("bucket")
                    timeline(con, Filters(**params), bucket, cache.get(con))
                elif kind == "one incident":
                    con.execute("SELECT record FROM incidents WHERE id = ?", [params["id"]]).fetchone()
                else:
                    list_incidents(con, Filters(**params), cache.get(con))
                out[kind].append((time.perf_counter() - t) * 1000)
                cpu[kind].append((time.process_time() - c) * 1000)
    return out, cpu


def run_http(db: Path, n: int, repeat: int) -> dict[str, list[float]]:
    import sys

    import httpx

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from apiserver import serve

    from bilan.web.app import create_app

    rng = random.Random(2)
    mk = cases(rng, n)
    out: dict[str, list[float]] = {k: [] for k in mk}
    with serve(create_app(db)) as url, httpx.Client(base_url=url, timeout=60) as client:
        client.get("/api/incidents")  # warm
        for _ in range(repeat):
            for kind, make in mk.items():
                params = make()
                if kind.startswith("timeline"):
                    path = "/api/timeline"
                elif kind == "one incident":
                    path = f"/api/incidents/{params.pop('id')}"
                else:
                    path = "/api/incidents"
                t = time.perf_counter()
                r = client.get(path, params=params)
                out[kind].append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200, (path, params, r.text[:200])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--db", type=Path, default=None, help="reuse (or build) the store here")
    ap.add_argument("--keep", action="store_true", help="keep the generated store")
    args = ap.parse_args()
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="bilan-api-bench-")
        db = Path(tmp.name) / "bench.duckdb"
    else:
        db = args.db
    try:
        if not db.exists():
            build(db, args.n)
        ql, cpu = run_query_layer(db, args.n, args.repeat)
        p95_q = report(f"query layer (bilan.query), {args.n:,} incidents, {args.repeat} runs per kind", ql)
        report("query layer, CPU time of the process (all threads)", cpu)
        http = run_http(db, args.n, args.repeat)
        p95_h = report(f"HTTP (uvicorn on loopback, httpx), {args.n:,} incidents, {args.repeat} runs per kind", http)
        print(f"\noverall p95: query layer {p95_q:.1f} ms, HTTP {p95_h:.1f} ms; target <= 200 ms: "
              f"{'met' if p95_h <= 200 else 'NOT met'}")
    finally:
        if tmp is not None and not args.keep:
            tmp.cleanup()


if __name__ == "__main__":
    main()
