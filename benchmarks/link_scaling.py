"""Linking cost per new article as the store grows (issue 4). Not a test: run it by hand.

    .venv/bin/python benchmarks/link_scaling.py [--sizes 1000 10000 100000] [--articles 50]

For each size N it builds a fresh DuckDB store (in a temporary folder) of N incidents saved with
``Store.save_incidents`` in batches, then times ``pipeline.link_into_store`` on new articles of
three incidents each and prints ms/article per size and the ratio of the largest size to the
smallest. Nothing is written back, so every article sees the same store. All the stores are
built first, then each article is linked into every store in turn, so that a busy machine slows
every size alike.

So that the figure measures the cost of the store's *size*, not of more matches, every new
incident has the same number of real candidates at every size: ``MATCHES`` stored twins (same
type, day, place and actor: they pass blocking and merge), planted in the store; the rest of the
store (background: five years, six sub-event types, 200 places) fills the same day buckets but
lies far from the new incidents' places, so blocking reads it and drops it. The number of
candidates found per new incident is printed to show it.
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

from bilan.model import Actor, Claim, DateValue, Evidence, Incident, Location, Range, Source
from bilan.pipeline import candidates, link_into_store
from bilan.store import Store

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


PROBE_DAYS = DAYS - 10
MATCHES = 1


def probe(a: int, k: int, tag: str = "new") -> Incident:
    """New incident ``k`` of article ``a``: a day inside the stored period, a place of its own
    (south of the background's places, ~55 km from any other probe's)."""
    day = START + dt.timedelta(days=5 + (a * 37 + k * 11) % PROBE_DAYS)
    event_type, sub = TYPES[(a + k) % len(TYPES)]
    inc = synthetic(0, random.Random(a * 3 + k), tag)
    inc.id, doc = f"i{tag}{a}-{k}", f"d{tag}{a}-{k}"
    inc.event_type, inc.sub_event_type = event_type, sub
    inc.date = DateValue(start=day, end=day, precision="day", basis="text")
    inc.location = Location(name=f"Probe{a}-{k}", country="ML", lat=-30 - a * 0.5, lon=100 + k * 0.5,
                            geonames_id=2_000_000 + a * 3 + k, precision="exact")
    for x in (*inc.claims, *inc.sources, *inc.evidence):
        x.doc_id = doc
    return inc


def build(path: Path, n: int, articles: int, seed: int = 1) -> Store:
    """``MATCHES`` twins for each of the ``articles`` × 3 new incidents, background for the rest of ``n``."""
    rng = random.Random(seed)
    store = Store.open(path)
    twins = [probe(a, k, tag=f"twin{m}-") for a in range(articles) for k in range(3) for m in range(MATCHES)]
    store.save_incidents(twins)
    for lo in range(0, n - len(twins), BATCH):
        store.save_incidents(synthetic(i, rng) for i in range(lo, min(n - len(twins), lo + BATCH)))
    return store


def link_article(store: Store, a: int) -> tuple[float, int, list[int]]:
    """(ms to link article ``a``, how many of its incidents merged, candidates per incident)."""
    incs = [probe(a, k) for k in range(3)]
    found = [len(candidates(store, inc)) for inc in incs]
    t0 = time.perf_counter()
    _, merged = link_into_store(store, incs)
    return (time.perf_counter() - t0) * 1000, merged, found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--articles", type=int, default=50)
    args = ap.parse_args()
    warm = 3
    with tempfile.TemporaryDirectory() as tmp:
        stores = {}
        for n in args.sizes:
            t0 = time.perf_counter()
            stores[n] = build(Path(tmp) / f"s{n}.duckdb", n, warm + args.articles)
            for a in range(warm):  # warm-up (loads the link index)
                link_article(stores[n], a)
            print(f"{n:>7} incidents: built in {time.perf_counter() - t0:6.1f} s", flush=True)
        # articles in turn across the sizes, so that the load of a shared machine falls on all alike
        runs: dict[int, list[tuple[float, int, list[int]]]] = {n: [] for n in stores}
        for a in range(warm, warm + args.articles):
            for n, store in stores.items():
                runs[n].append(link_article(store, a))
        for store in stores.values():
            store.close()
    results = {}
    for n, rs in runs.items():
        results[n] = statistics.median(r[0] for r in rs)
        found = statistics.mean(f for r in rs for f in r[2])
        print(f"{n:>7} incidents: link {results[n]:7.2f} ms/article (median of {args.articles}, 3 incidents each; "
              f"{found:.2f} candidates per incident; {sum(r[1] for r in rs)} merged)")
    lo, hi = min(results), max(results)
    print(f"ratio {hi}/{lo}: {results[hi] / results[lo]:.2f}")


if __name__ == "__main__":
    main()
