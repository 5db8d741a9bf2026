"""Toponym adapters (``geowebnews``, ``lgl``, ``tr-news``): ``find_places`` against geocoded gold.

Gold = toponyms with a latitude/longitude. A predicted place mention matches the gold toponym it
overlaps (first by offset); a prediction overlapping only gold spans without coordinates (GeoWebNews
non-locational or ungeocodable spans) is left out, one overlapping nothing is a false positive.

- ``toponym_span``: P/R/F1 (recall over all geocoded gold toponyms).
- ``place.acc161`` / ``place.median_km``: great-circle error between our resolved place and the gold
  coordinates, on matched toponyms. ``place_subcountry.*``: the same on matches we resolved below
  country level (our country coordinates are not GeoNames' country points, so a right country is
  often more than 161 km from the gold point: Russia, China, the United States).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from bilan import nlp
from bilan.evaluate import (Adapter, Report, accuracy_at_km, in_split, median_km, overlaps, prf,
                            register)
from bilan.extract.places import find_places
from bilan.gazetteer import Gazetteer, distance_km


def _float(s: str | None) -> float | None:
    try:
        return float(s) if s not in (None, "") else None
    except ValueError:
        return None


def parse_gwn(path: Path) -> list[tuple[str, str, list[dict]]]:
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            tops.append({"start": int(t.findtext("start")), "end": int(t.findtext("end")),
                         "lat": _float(t.findtext("latitude")), "lon": _float(t.findtext("longitude"))})
        out.append((art.get("file"), text, tops))
    return out


def parse_lgl(path: Path) -> list[tuple[str, str, list[dict]]]:
    """LGL and TR-News share one format: ``<toponym><start/><end/><gaztag><lat/><lon/></gaztag>``."""
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            tops.append({"start": int(t.findtext("start")), "end": int(t.findtext("end")),
                         "lat": _float(g.findtext("lat")) if g is not None else None,
                         "lon": _float(g.findtext("lon")) if g is not None else None})
        out.append((art.get("docid"), text, tops))
    return out


def _run(folder: Path, split: str, limit: int | None, filename: str, parser) -> Report:
    docs = [d for d in parser(folder / filename) if in_split(d[0], split)]
    if limit is not None:
        docs = docs[:limit]
    gaz = Gazetteer.default()
    tp = fp = fn = 0
    errors: list[float] = []
    sub_errors: list[float] = []  # places below country level
    for (_, text, tops), doc in zip(docs, nlp.pipe((d[1] for d in docs), "en", batch_size=16)):
        gold = [t for t in tops if t["lat"] is not None and t["lon"] is not None]
        places = find_places(doc, "en", gaz)
        matched: set[int] = set()
        for pm in places:
            span = (pm.start, pm.end)
            hits = [i for i, g in enumerate(gold) if overlaps(span, (g["start"], g["end"]))]
            if not hits:
                if not any(overlaps(span, (t["start"], t["end"])) for t in tops):
                    fp += 1
                continue
            new = [i for i in hits if i not in matched]
            if not new:
                continue
            i = new[0]
            matched.add(i)
            tp += 1
            err = distance_km(pm.place.lat, pm.place.lon, gold[i]["lat"], gold[i]["lon"])
            errors.append(err)
            if not pm.is_country:
                sub_errors.append(err)
        fn += len(gold) - len(matched)
    p, r, f1 = prf(tp, fp, fn)
    rep = Report(folder.name, split, len(docs))
    rep.put("toponym_span.p", p, tp + fp)
    rep.put("toponym_span.r", r, tp + fn)
    rep.put("toponym_span.f1", f1, tp + fp + fn)
    rep.put("place.acc161", accuracy_at_km(errors) if errors else None, len(errors))
    rep.put("place.median_km", median_km(errors), len(errors))
    rep.put("place_subcountry.acc161", accuracy_at_km(sub_errors) if sub_errors else None, len(sub_errors))
    rep.put("place_subcountry.median_km", median_km(sub_errors), len(sub_errors))
    return rep


register(Adapter("geowebnews", "geowebnews", "GeoWebNews: toponym spans and geocoding",
                 lambda d, s, n: _run(d, s, n, "GWN.xml", parse_gwn)), "gwn")
register(Adapter("lgl", "lgl", "LGL local news: toponym spans and geocoding",
                 lambda d, s, n: _run(d, s, n, "lgl.xml", parse_lgl)))
register(Adapter("tr-news", "tr-news", "TR-News: toponym spans and geocoding",
                 lambda d, s, n: _run(d, s, n, "TR-News.xml", parse_lgl)), "trnews")
