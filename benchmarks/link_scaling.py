"""Linking cost per new article as the store grows (issue 4). Not a test: run it by hand.

    .venv/bin/python benchmarks/link_scaling.py [--sizes 1000 10000 100000] [--articles 50]

For each size it builds a fresh DuckDB store (in a temporary folder) of synthetic incidents spread
over five years, six sub-event types and 200 places, saved with ``Store.save_incidents`` in
batches, then times ``pipeline.link_into_store`` on new articles of three incidents each (dated
inside the stored period, so every lookup finds candidates) and prints ms/article per size and
the ratio of the largest size to the smallest. Nothing is written back, so every article sees the
same store.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from bilan.model import Actor, Claim, DateValue, Evidence, Incident, Location, Range, Source
from bilan.pipeline import link_into_store
from bilan.store import Store

TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Violence against civilians", "Attack"),
    ("Riots", "Violent demonstration"),
]
START = dt.date(2020, 1, 1)
DAYS = 5 * 365
BATCH = 5000


def synthetic(i: int, rng: random.Random, tag: str = "s") -> Incident:
    event_type, sub = TYPES[rng.randrange(len(TYPES))]
    day = START + dt.timedelta(days=rng.randrange(DAYS))
    place = rng.randrange(200)
    lat, lon = 10 + (place % 20) * 0.9, -5 + (place // 20) * 0.9  # places ~100 km apart
    killed = rng.randrange(1, 40)
    doc = f"d{tag}{i}"
    text = f"{killed} people were killed in an attack near Place{place}, officials said."
    return Incident(
        id=f"i{tag}{i}", event_type=event_type, sub_event_type=sub,
        date=DateValue(start=day, end=day, precision="day", basis="text"),
        location=Location(name=f"Place{place}", country="ML", lat=lat, lon=lon, geonames_id=1_000_000 + place,
                          precision="exact"),
        actors=[Actor(role="actor1", name=f"Group{rng.randrange(30)}", mention="gunmen", kind="rebel")],
        fatalities=Range(low=killed, best=killed, high=killed),
        claims=[Claim(text=text, speaker="officials", verb="say", doc_id=doc, start=0, end=len(text))],
        sources=[Source(doc_id=doc, outlet=f"Outlet{rng.randrange(50)}", published=day, language="en")],
        evidence=[Evidence(field="fatalities", doc_id=doc, start=0, end=len(str(killed)), text=str(killed))],
    )


def build(path: Path, n: int, seed: int = 1) -> Store:
    rng = random.Random(seed)
    store = Store.open(path)
    for lo in range(0, n, BATCH):
        store.save_incidents(synthetic(i, rng) for i in range(lo, min(n, lo + BATCH)))
    return store


def time_linking(store: Store, articles: int, seed: int = 2) -> tuple[float, int]:
    rng = random.Random(seed)
    times, merged = [], 0
    for a in range(articles):
        incs = [synthetic(a * 3 + k, rng, tag="new") for k in range(3)]
        t0 = time.perf_counter()
        _, m = link_into_store(store, incs)
        times.append((time.perf_counter() - t0) * 1000)
        merged += m
    return statistics.median(times), merged


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--articles", type=int, default=50)
    args = ap.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            t0 = time.perf_counter()
            store = build(Path(tmp) / f"s{n}.duckdb", n)
            built = time.perf_counter() - t0
            time_linking(store, 3)  # warm-up
            ms, merged = time_linking(store, args.articles)
            store.close()
            results[n] = ms
            print(f"{n:>7} incidents: build {built:6.1f} s; link {ms:7.2f} ms/article (median of "
                  f"{args.articles}, 3 incidents each; {merged} merged)", flush=True)
    lo, hi = min(results), max(results)
    print(f"ratio {hi}/{lo}: {results[hi] / results[lo]:.2f}")


if __name__ == "__main__":
    main()
