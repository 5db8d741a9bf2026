"""Exports: JSONL (the SCHEMA contract), ACLED CSV, UCDP GED CSV, GeoJSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
import types

import pytest

from bilan.export import (
    ACLED_COLUMNS,
    EXPORTERS,
    SCHEMA_KEYS,
    UCDP_COLUMNS,
    Written,
    acled_fatalities,
    export,
    write_acled_csv,
    write_geojson,
    write_jsonl,
    write_ucdp_csv,
)
from bilan.model import Actor, Claim, DateValue, Incident, Location, Range, Source

DOC = "d0c5a1e2b3c4d5e6"
AFP = Source(
    doc_id=DOC,
    url="https://www.afp.com/fr/mossoul-2017-03-29",
    title="Mossoul: moins d'un millier de djihadistes, selon la coalition",
    outlet="AFP",
    published=dt.date(2017, 3, 29),
    language="fr",
)
MOSUL = Location(
    name="Mosul", mention="Mossoul", country="IQ", admin1="Nineveh", lat=36.335, lon=43.119, geonames_id=99072,
    precision="exact",
)  # fmt: skip
COALITION = Actor(role="actor1", name="Global Coalition against Daesh", mention="la coalition", kind="foreign_coalition")
IRAQ = Actor(role="actor1", name="Military Forces of Iraq", mention="Les forces irakiennes", kind="state_forces")
IS = Actor(role="actor2", name="Islamic State", mention="État islamique", kind="rebel")
CIVILIANS = Actor(role="victim", name="civilians", mention="civils", kind="civilians")


def strike() -> Incident:
    dozens = Range(low=12, best=24, high=99, basis="vague:dozens")
    return Incident(
        id="inc-strike-0317",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover="ASSAULT",
        date=DateValue(start=dt.date(2017, 3, 17), end=dt.date(2017, 3, 17), precision="day", basis="text"),
        location=MOSUL,
        actors=[COALITION, CIVILIANS],
        fatalities=dozens,
        civilian_fatalities=dozens,
        claims=[
            Claim(
                text="Le général Stephen Townsend a reconnu qu'une frappe de la coalition le 17 mars était «probablement» "
                "à l'origine de la mort de dizaines de civils.",
                speaker="Stephen Townsend", speaker_role="chef militaire de la coalition", organisation="coalition",
                verb="reconnaître", certainty="probable", doc_id=DOC, start=1210, end=1396,
            ),
            Claim(
                text="Ils soupçonnent notamment que le bâtiment ait pu être piégé.",
                speaker="Les chefs militaires américains", verb="soupçonner", certainty="possible", stance="disputes",
                doc_id=DOC, start=1560, end=1620,
            ),
        ],  # fmt: skip
        sources=[AFP],
        grade="contested",
        summary="Coalition air strike in Mosul; dozens of civilians reported killed.",
    )


def is_attack() -> Incident:
    return Incident(
        id="inc-is-0328",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        date=DateValue(start=dt.date(2017, 3, 28), precision="day", basis="text"),
        location=MOSUL,
        actors=[IS.model_copy(update={"role": "actor1"}), CIVILIANS],
        fatalities=Range.exact(1),
        claims=[Claim(text="«tuant l'un d'entre eux qui résiste»", speaker="Joe Scrocca", doc_id=DOC, start=10, end=46)],
        sources=[AFP],
    )


def old_city_fighting(**kw) -> Incident:
    fields = dict(
        id="inc-oldcity",
        event_type="Battles",
        sub_event_type="Armed clash",
        date=DateValue(start=dt.date(2017, 3, 23), end=dt.date(2017, 3, 29), precision="week", basis="publication"),
        location=MOSUL,
        actors=[IRAQ, IS],
        sources=[AFP],
    )
    fields.update(kw)
    return Incident(**fields)


def nowhere() -> Incident:
    return Incident(
        id="inc-nowhere",
        event_type="Battles",
        sub_event_type="Armed clash",
        location=Location(mention="la vieille-ville", country="IQ", precision="country"),
        sources=[AFP],
    )


def all_incidents() -> list[Incident]:
    return [strike(), is_attack(), old_city_fighting(), nowhere()]


def write(writer, incidents) -> tuple[Written, str]:
    buf = io.StringIO(newline="")
    n = writer(iter(incidents), buf)  # a one-pass iterator: the writers stream
    return n, buf.getvalue()


def csv_rows(writer, incidents) -> tuple[list[str], list[dict[str, str]]]:
    """Write with a CSV writer, read it back with csv.DictReader."""
    n, out = write(writer, incidents)
    reader = csv.DictReader(io.StringIO(out, newline=""))
    rows = list(reader)
    assert n == len(rows)
    return reader.fieldnames, rows


# ---------------------------------------------------------------------- JSONL


def test_jsonl_lines_validate_back_into_the_same_incidents():
    incidents = all_incidents()
    n, out = write(write_jsonl, incidents)
    lines = out.splitlines()
    assert n == len(lines) == 4
    assert [Incident.model_validate(json.loads(line)) for line in lines] == incidents

    rec = json.loads(lines[0])
    assert tuple(rec)[: len(SCHEMA_KEYS)] == SCHEMA_KEYS
    assert list(rec["date"])[:3] == ["start", "end", "precision"]
    assert rec["date"]["start"] == "2017-03-17"
    assert list(rec["location"]) == ["name", "mention", "country", "admin1", "lat", "lon", "geonames_id", "precision"]
    assert list(rec["fatalities"])[:3] == ["low", "best", "high"]
    assert list(rec["claims"][0])[:9] == [
        "text", "speaker", "speaker_role", "organisation", "verb", "certainty", "doc_id", "start", "end",
    ]  # fmt: skip
    assert rec["sources"][0]["published"] == "2017-03-29"
    assert rec["civilian_fatalities"] == {"low": 12, "best": 24, "high": 99, "basis": "vague:dozens"}
    assert "Mossoul" in lines[0] and "«probablement»" in lines[0]  # ensure_ascii=False
    assert json.loads(lines[3])["fatalities"] is None


def test_writers_take_dicts_and_refuse_other_things():
    n, out = write(write_jsonl, [strike().model_dump(mode="json")])
    assert n == 1
    assert Incident.model_validate_json(out) == strike()
    with pytest.raises(TypeError, match="expected an Incident"):
        write(write_jsonl, ["not an incident"])


# ---------------------------------------------------------------------- ACLED


def test_acled_csv_columns_and_values():
    fields, rows = csv_rows(write_acled_csv, all_incidents())
    assert tuple(fields) == ACLED_COLUMNS
    strike_row, attack, battle, undated = rows

    assert strike_row["event_id_cnty"] == "inc-strike-0317"
    assert (strike_row["event_date"], strike_row["year"], strike_row["time_precision"]) == ("2017-03-17", "2017", "1")
    assert strike_row["disorder_type"] == "Political violence"
    assert (strike_row["event_type"], strike_row["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (strike_row["actor1"], strike_row["inter1"]) == ("Global Coalition against Daesh", "8")
    assert (strike_row["actor2"], strike_row["inter2"], strike_row["interaction"]) == ("civilians", "7", "78")
    assert strike_row["civilian_targeting"] == "Civilian targeting"
    assert (strike_row["iso"], strike_row["country"], strike_row["admin1"]) == ("368", "Iraq", "Nineveh")
    assert (strike_row["location"], strike_row["latitude"], strike_row["longitude"]) == ("Mosul", "36.335", "43.119")
    assert strike_row["geo_precision"] == "1"
    assert strike_row["source"] == "AFP"
    assert strike_row["notes"].startswith("Coalition air strike in Mosul")
    assert "Stephen Townsend (probable)" in strike_row["notes"]
    assert "Les chefs militaires américains (possible)" in strike_row["notes"]
    assert strike_row["fatalities"] == "24"  # the best figure
    assert strike_row["region"] == strike_row["admin2"] == strike_row["timestamp"] == ""  # unknown, not invented

    assert (attack["inter1"], attack["inter2"], attack["interaction"]) == ("2", "7", "27")
    assert attack["fatalities"] == "1"

    assert (battle["actor1"], battle["actor2"], battle["interaction"]) == ("Military Forces of Iraq", "Islamic State", "12")
    assert battle["civilian_targeting"] == ""
    assert battle["time_precision"] == "2"
    assert battle["fatalities"] == "0"  # ACLED: 0 = no figure reported

    assert undated["event_date"] == undated["year"] == undated["latitude"] == ""
    assert (undated["location"], undated["geo_precision"]) == ("la vieille-ville", "3")


def test_acled_fatalities_conventions():
    vague = strike().model_copy(
        update={"fatalities": Range(low=12, high=99, basis="vague:dozens"), "civilian_fatalities": None}
    )
    assert acled_fatalities(vague, None) == 12  # no convention table: the low end
    assert acled_fatalities(vague, {"vague:dozens": 20}) == 20
    assert acled_fatalities(vague, {"dozens": 20}) == 20
    assert acled_fatalities(vague, lambda rng: 15) == 15
    assert acled_fatalities(vague, {"vague:hundreds": 100}) == 12
    at_most = vague.model_copy(update={"fatalities": Range(high=999, basis="less_than")})
    assert acled_fatalities(at_most, None) == 0
    civilians_only = vague.model_copy(update={"fatalities": None, "civilian_fatalities": Range.exact(7)})
    assert acled_fatalities(civilians_only) == 7
    assert acled_fatalities(old_city_fighting()) == 0


def test_acled_export_uses_acled_single_from_the_quantities_module_when_present(monkeypatch):
    vague = strike().model_copy(update={"fatalities": Range(low=12, high=99, basis="vague:dozens")})
    fake = types.ModuleType("bilan.extract.quantities")
    fake.ACLED_SINGLE = {"vague:dozens": 13}
    monkeypatch.setitem(sys.modules, "bilan.extract.quantities", fake)
    assert csv_rows(write_acled_csv, [vague])[1][0]["fatalities"] == "13"
    monkeypatch.setitem(sys.modules, "bilan.extract.quantities", None)  # absent: fall back to the low end
    assert csv_rows(write_acled_csv, [vague])[1][0]["fatalities"] == "12"


# ---------------------------------------------------------------------- UCDP


def test_ucdp_csv_columns_and_values():
    fields, rows = csv_rows(write_ucdp_csv, all_incidents())
    assert tuple(fields) == UCDP_COLUMNS
    strike_row, attack, battle, undated = rows

    assert (strike_row["id"], strike_row["year"]) == ("inc-strike-0317", "2017")
    assert strike_row["type_of_violence"] == ""  # no opposing armed side named: the text does not tell
    assert (strike_row["side_a"], strike_row["side_b"]) == ("Global Coalition against Daesh", "civilians")
    assert strike_row["number_of_sources"] == "1"
    assert strike_row["source_office"] == "AFP"
    assert strike_row["source_date"] == "2017-03-29"
    assert strike_row["source_article"] == AFP.url
    assert strike_row["source_headline"] == AFP.title
    assert strike_row["source_original"].startswith("Stephen Townsend, chef militaire de la coalition, coalition")
    assert (strike_row["where_prec"], strike_row["where_coordinates"], strike_row["where_description"]) == (
        "1", "Mosul", "Mossoul",
    )  # fmt: skip
    assert (strike_row["latitude"], strike_row["longitude"]) == ("36.335", "43.119")
    assert strike_row["geom_wkt"] == "POINT (43.119 36.335)"
    assert (strike_row["country"], strike_row["adm_1"]) == ("Iraq", "Nineveh")
    assert (strike_row["date_prec"], strike_row["date_start"], strike_row["date_end"]) == ("1", "2017-03-17", "2017-03-17")
    assert strike_row["deaths_civilians"] == "24"
    assert (strike_row["low"], strike_row["best"], strike_row["high"]) == ("12", "24", "99")
    for unknown in ("relid", "conflict_name", "country_id", "region", "deaths_a", "deaths_unknown", "gwnoa"):
        assert strike_row[unknown] == ""

    assert attack["type_of_violence"] == "3"
    assert (attack["side_a"], attack["side_b"]) == ("Islamic State", "civilians")
    assert (attack["low"], attack["best"], attack["high"], attack["deaths_civilians"]) == ("1", "1", "1", "1")

    assert battle["type_of_violence"] == "1"
    assert (battle["side_a"], battle["side_b"]) == ("Military Forces of Iraq", "Islamic State")
    assert (battle["date_prec"], battle["date_start"], battle["date_end"]) == ("3", "2017-03-23", "2017-03-29")
    assert battle["best"] == battle["low"] == battle["high"] == ""  # no figure: empty, never 0

    assert undated["date_start"] == undated["geom_wkt"] == undated["year"] == ""
    assert undated["where_prec"] == "6"


def test_ucdp_type_of_violence_and_side_a():
    rebel_first = old_city_fighting(
        actors=[IS.model_copy(update={"role": "actor1"}), IRAQ.model_copy(update={"role": "actor2"})]
    )
    militia = Actor(role="actor2", name="Popular Mobilization Forces", mention="Hachd al-Chaabi", kind="militia")
    non_state = old_city_fighting(actors=[IS.model_copy(update={"role": "actor1"}), militia])
    protest = old_city_fighting(event_type="Protests", sub_event_type="Peaceful protest")
    _, rows = csv_rows(write_ucdp_csv, [rebel_first, non_state, protest])
    assert (rows[0]["type_of_violence"], rows[0]["side_a"], rows[0]["side_b"]) == (
        "1", "Military Forces of Iraq", "Islamic State",
    )  # fmt: skip
    assert rows[1]["type_of_violence"] == "2"
    assert rows[2]["type_of_violence"] == ""


# ---------------------------------------------------------------------- GeoJSON


def test_geojson_is_a_valid_feature_collection_that_skips_incidents_without_coordinates():
    bad_point = strike().model_copy(update={"id": "inc-bad", "location": MOSUL.model_copy(update={"lat": 236.3})})
    n, out = write(write_geojson, [*all_incidents(), bad_point])
    assert (n, n.skipped) == (3, 2)
    data = json.loads(out)
    assert data["type"] == "FeatureCollection"
    assert [f["properties"]["id"] for f in data["features"]] == ["inc-strike-0317", "inc-is-0328", "inc-oldcity"]
    feature = data["features"][0]
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [43.119, 36.335]}  # [lon, lat]
    props = feature["properties"]
    assert (props["event_type"], props["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (props["date_start"], props["date_end"], props["date_precision"]) == ("2017-03-17", "2017-03-17", "day")
    assert (props["location_name"], props["country"], props["location_precision"]) == ("Mosul", "IQ", "exact")
    assert (props["fatalities_low"], props["fatalities_best"], props["fatalities_high"]) == (12, 24, 99)
    assert (props["grade"], props["n_sources"]) == ("contested", 1)
    assert [a["name"] for a in json.loads(props["actors"])] == ["Global Coalition against Daesh", "civilians"]
    assert all(not isinstance(v, (list, dict)) for v in props.values())  # flat


def test_empty_exports_are_still_valid():
    n, out = write(write_geojson, [])
    assert (n, n.skipped) == (0, 0)
    assert json.loads(out) == {"type": "FeatureCollection", "features": []}
    n, out = write(write_acled_csv, [])
    assert n == 0
    assert out.strip() == ",".join(ACLED_COLUMNS)


# ---------------------------------------------------------------------- dispatch


def test_export_dispatches_by_format_and_refuses_unknown_ones():
    assert set(EXPORTERS) == {"jsonl", "acled", "ucdp", "geojson"}
    for fmt, writer in EXPORTERS.items():
        n, out = write(lambda incs, fh: export(incs, fmt, fh), all_incidents())
        assert (n, out) == write(writer, all_incidents())
    n = export(all_incidents(), "geojson", io.StringIO())
    assert isinstance(n, int) and n == 3 and n.skipped == 1
    assert repr(n) == "Written(3, skipped=1)"
    assert f"{n} written" == str(n) + " written" == "3 written"
    with pytest.raises(ValueError, match="unknown export format 'kml'"):
        export(all_incidents(), "kml", io.StringIO())


# ---------------------------------------------------------------------- threats


def test_a_threat_is_skipped_in_acled_and_ucdp_csv_and_kept_in_jsonl():
    threat = is_attack().model_copy(update={"id": "inc-threat", "stage": "threatened", "fatalities": None})
    for writer in (write_acled_csv, write_ucdp_csv):
        n, out = write(writer, [strike(), threat])
        assert (int(n), n.skipped) == (1, 1)  # ACLED and UCDP code no threats
        assert "inc-threat" not in out
    n, out = write(write_jsonl, [strike(), threat])
    records = [json.loads(line) for line in out.splitlines()]
    assert int(n) == 2
    assert [r["stage"] for r in records] == ["accomplished", "threatened"]
    assert Incident.model_validate(records[1]).stage == "threatened"


def test_acled_civilian_targeting_follows_the_codebook():
    """ACLED codebook: civilian_targeting marks events where civilians were the primary or only target: every
    Violence against civilians event, Explosions/Remote violence and Riots aimed at civilians, excessive force
    against protesters. A battle with civilians among its dead is no civilian targeting (it was set before)."""
    soldiers = Actor(role="victim", name="Military Forces of Iraq", mention="soldats", kind="state_forces")
    battle_with_civilians = old_city_fighting(actors=[IRAQ, IS, CIVILIANS], civilian_fatalities=Range.exact(4))
    vac_no_kind = is_attack().model_copy(update={"actors": [IS.model_copy(update={"role": "actor1"})]})
    bomb_on_a_convoy = strike().model_copy(update={"actors": [COALITION, CIVILIANS, soldiers]})
    mob = old_city_fighting(event_type="Riots", sub_event_type="Mob violence", actors=[CIVILIANS])
    riot_on_police = old_city_fighting(event_type="Riots", sub_event_type="Violent demonstration", actors=[soldiers])
    force = old_city_fighting(event_type="Protests", sub_event_type="Excessive force against protesters", actors=[IRAQ])
    incidents = [battle_with_civilians, vac_no_kind, bomb_on_a_convoy, strike(), mob, riot_on_police, force]
    _, rows = csv_rows(write_acled_csv, incidents)
    assert [r["civilian_targeting"] for r in rows] == [
        "", "Civilian targeting", "", "Civilian targeting", "Civilian targeting", "", "Civilian targeting",
    ]  # fmt: skip
