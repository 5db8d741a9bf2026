"""The HTTP API end to end: a real uvicorn server on loopback over a real DuckDB store built by ingesting
examples/articles. Expected answers come from the stored records filtered in Python (an independent
oracle), never from hard-coded ids: extraction may change, the API must agree with the store."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter

import httpx
import pytest
from apiserver import build_store, copy_store, serve

from bilan import review as rv
from bilan.export import ACLED_COLUMNS, UCDP_COLUMNS
from bilan.model import Incident
from bilan.web.app import create_app

LIST_KEYS = {"id", "event_type", "sub_event_type", "date_start", "date_end", "date_precision", "location_name",
             "country", "lat", "lon", "fatalities_low", "fatalities_best", "fatalities_high", "grade", "summary",
             "review_status", "n_sources"}


@pytest.fixture(scope="module")
def base_db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("apidb") / "base.duckdb")


@pytest.fixture(scope="module")
def api(base_db, tmp_path_factory):
    db = copy_store(base_db, tmp_path_factory.mktemp("api") / "bilan.duckdb")
    app = create_app(db)
    _, token = rv.create_token(app.state.store.con, "alice")
    with serve(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        yield client, token, app


def records(app) -> list[Incident]:
    """Every stored incident with reviewed values applied (the oracle reads the store directly)."""
    con = app.state.store.con.cursor()
    try:
        reviews = rv.all_reviews(con)
        rows = con.execute("SELECT record FROM incidents").fetchall()
        return [rv.apply_reviews(Incident.model_validate_json(r[0]), reviews.get(Incident.model_validate_json(r[0]).id))
                for r in rows]
    finally:
        con.close()


def all_ids(client, **params) -> list[str]:
    r = client.get("/api/incidents", params={**params, "limit": 1000})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(body["items"])
    return [it["id"] for it in body["items"]]


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# ---------------------------------------------------------------------- listing and filters


def test_list_has_every_incident_with_the_contract_fields(api):
    client, _, app = api
    r = client.get("/api/incidents")
    assert r.status_code == 200
    body = r.json()
    stored = records(app)
    assert body["total"] == len(stored) >= 12
    assert all(set(item) == LIST_KEYS for item in body["items"])
    by_id = {inc.id: inc for inc in stored}
    for item in body["items"]:
        inc = by_id[item["id"]]
        assert item["event_type"] == inc.event_type
        assert item["location_name"] == inc.location.name
        assert item["n_sources"] == len(inc.sources)
        assert item["date_start"] == (inc.date.start.isoformat() if inc.date.start else None)


def _actor_hit(inc: Incident, s: str) -> bool:
    return any(s in a.name.lower() or s in a.mention.lower() for a in inc.actors)


def _filter_cases(stored: list[Incident]):
    """(query params, predicate) pairs with values taken from the data, each keeping a strict subset."""
    dated = sorted(d for inc in stored if (d := inc.date.start))
    lo, hi = dated[len(dated) // 4], dated[3 * len(dated) // 4]
    placed = next(inc for inc in stored if inc.location.lat is not None)
    lat, lon = placed.location.lat, placed.location.lon
    country = Counter(inc.location.country for inc in stored if inc.location.country).most_common(1)[0][0]
    etype = Counter(inc.event_type for inc in stored).most_common(1)[0][0]
    sub = Counter(inc.sub_event_type for inc in stored).most_common(1)[0][0]
    grade = Counter(inc.grade for inc in stored).most_common(1)[0][0]
    actor = next(a.name for inc in stored for a in inc.actors if a.role == "actor1" and len(a.name) > 5)
    actor_part = actor.split()[-1][:5].upper()  # a case-insensitive substring
    figures = sorted(f for inc in stored if inc.fatalities and (f := inc.fatalities.best
                                                                 if inc.fatalities.best is not None
                                                                 else inc.fatalities.high) is not None)
    min_f = figures[len(figures) // 2]
    word = placed.location.name.lower()[:4]

    def fat(inc):
        if inc.fatalities is None:
            return None
        return inc.fatalities.best if inc.fatalities.best is not None else inc.fatalities.high

    return [
        ({"date_from": lo.isoformat()}, lambda i: i.date.start is not None and (i.date.end or i.date.start) >= lo),
        ({"date_to": hi.isoformat()}, lambda i: i.date.start is not None and i.date.start <= hi),
        ({"date_from": lo.isoformat(), "date_to": hi.isoformat()},
         lambda i: i.date.start is not None and (i.date.end or i.date.start) >= lo and i.date.start <= hi),
        ({"bbox": f"{lon - 1},{lat - 1},{lon + 1},{lat + 1}"},
         lambda i: i.location.lat is not None and abs(i.location.lat - lat) <= 1 and abs(i.location.lon - lon) <= 1),
        ({"country": country.lower()}, lambda i: i.location.country == country),
        ({"event_type": etype}, lambda i: i.event_type == etype),
        ({"sub_event_type": sub}, lambda i: i.sub_event_type == sub),
        ({"actor": actor_part}, lambda i: _actor_hit(i, actor_part.lower())),
        ({"grade": grade}, lambda i: i.grade == grade),
        ({"min_fatalities": min_f}, lambda i: fat(i) is not None and fat(i) >= min_f),
        ({"q": word.upper()}, lambda i: word in " ".join(filter(None, (i.summary, i.location.name,
                                                                          i.location.mention))).lower()
         or _actor_hit(i, word)),
        ({"country": country, "event_type": etype},
         lambda i: i.location.country == country and i.event_type == etype),
    ]


def test_every_filter_agrees_with_the_stored_records(api):
    client, _, app = api
    stored = records(app)
    for params, keep in _filter_cases(stored):
        expected = {inc.id for inc in stored if keep(inc)}
        got = all_ids(client, **params)
        assert len(got) == len(set(got))
        assert set(got) == expected, params
        assert 0 < len(expected) < len(stored), params  # the filter keeps some and drops some


def test_sort_and_paging(api):
    client, _, _ = api
    ids = all_ids(client, sort="date")
    pages = []
    for offset in range(0, len(ids), 5):
        body = client.get("/api/incidents", params={"sort": "date", "limit": 5, "offset": offset}).json()
        assert body["total"] == len(ids)
        pages += [it["id"] for it in body["items"]]
    assert pages == ids
    items = client.get("/api/incidents", params={"sort": "-fatalities", "limit": 1000}).json()["items"]
    figures = [it["fatalities_best"] if it["fatalities_best"] is not None else it["fatalities_high"] for it in items]
    known = [f for f in figures if f is not None]
    assert known == sorted(known, reverse=True) and figures[: len(known)] == known  # unknown figures last
    dates = [it["date_start"] for it in client.get("/api/incidents", params={"sort": "-date", "limit": 1000}).json()["items"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    for bad in ({"limit": 1001}, {"limit": -1}, {"offset": -3}, {"sort": "date; DROP TABLE incidents"},
                {"date_from": "2019-13-45"}, {"bbox": "1,2,3"}, {"bbox": "0,50,10,40"}, {"min_fatalities": "x"},
                {"review_status": "maybe"}):
        r = client.get("/api/incidents", params=bad)
        assert r.status_code == 422, bad
        assert "detail" in r.json()


def test_sql_injection_looking_values_are_plain_values(api):
    client, _, app = api
    total = client.get("/api/incidents").json()["total"]
    for params in ({"q": "' OR 1=1 --"}, {"q": "x'); DROP TABLE incidents; --"}, {"actor": "%"}, {"actor": "_"},
                   {"event_type": "Battles' OR '1'='1"}, {"grade": "confirmed\" OR \"\"=\""},
                   {"sub_event_type": "') UNION SELECT record FROM incidents --"}):
        r = client.get("/api/incidents", params=params)
        assert r.status_code == 200, params
        assert r.json()["total"] == 0, params  # matched literally: nothing has these strings
    r = client.get("/api/incidents", params={"country": "x'; DROP TABLE incidents;--"})
    assert r.status_code == 422
    assert client.get("/api/incidents").json()["total"] == total == len(records(app))


# ---------------------------------------------------------------------- one incident, documents


def test_incident_detail_evidence_and_claims_slice_their_documents(api):
    client, _, app = api
    stored = records(app)
    inc = max(stored, key=lambda i: (len(i.claims) > 0, len(i.evidence)))
    assert inc.evidence and inc.claims
    r = client.get(f"/api/incidents/{inc.id}")
    assert r.status_code == 200
    body = r.json()
    assert set(body) >= {"incident", "claims", "evidence", "documents", "review_status", "audit"}
    assert body["incident"]["id"] == inc.id
    assert list(body["incident"])[:3] == ["id", "event_type", "sub_event_type"]
    assert len(body["evidence"]) == len(inc.evidence) and len(body["claims"]) == len(inc.claims)
    docs = {d["doc_id"]: d for d in body["documents"]}
    assert {s.doc_id for s in inc.sources} <= set(docs)
    texts = {}
    for doc_id in docs:
        d = client.get(f"/api/documents/{doc_id}")
        assert d.status_code == 200
        texts[doc_id] = d.json()["text"]
    for ev in body["evidence"]:
        assert set(ev) >= {"field", "doc_id", "start", "end", "text"}
        assert texts[ev["doc_id"]][ev["start"]:ev["end"]] == ev["text"]
    for c in body["claims"]:
        assert c["text"] == texts[c["doc_id"]][c["start"]:c["end"]] or c["text"] in texts[c["doc_id"]]


def test_unknown_ids_are_json_404s(api):
    client, _, _ = api
    for path in ("/api/incidents/nope", "/api/incidents/nope/audit", "/api/documents/nope", "/api/export/xlsx",
                 "/api/no-such-route"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert r.headers["content-type"].startswith("application/json")
        assert "detail" in r.json()


def test_documents_list_and_one(api):
    client, _, app = api
    body = client.get("/api/documents", params={"limit": 5}).json()
    (n,) = app.state.store.con.cursor().execute("SELECT count(*) FROM documents").fetchone()
    assert body["total"] == n == 12
    assert len(body["items"]) == 5
    assert set(body["items"][0]) == {"doc_id", "title", "outlet", "url", "published", "language", "status"}
    rest = client.get("/api/documents", params={"limit": 100, "offset": 5}).json()["items"]
    assert len({d["doc_id"] for d in body["items"] + rest}) == 12
    one = client.get(f"/api/documents/{rest[0]['doc_id']}").json()
    assert one["text"] and one["status"] == "extracted" and one["doc_id"] == rest[0]["doc_id"]


def test_stats(api):
    client, _, app = api
    s = client.get("/api/stats").json()
    stored = records(app)
    assert s["documents"]["total"] == 12 and s["documents"]["by_status"] == {"extracted": 12}
    assert s["incidents"]["total"] == len(stored)
    assert s["incidents"]["by_event_type"] == dict(Counter(i.event_type for i in stored))
    assert sum(s["incidents"]["by_grade"].values()) == len(stored)
    assert sum(s["incidents"]["by_review_status"].values()) == len(stored)
    assert s["errors"]["total"] == 0


def test_timeline_bins_the_filtered_incidents(api):
    client, _, app = api
    stored = records(app)
    for bucket in ("day", "week", "month"):
        body = client.get("/api/timeline", params={"bucket": bucket}).json()
        assert body["bucket"] == bucket
        starts = [b["start"] for b in body["items"]]
        assert starts == sorted(starts)
        assert sum(b["count"] for b in body["items"]) == sum(1 for i in stored if i.date.start)
    months = Counter(i.date.start.replace(day=1).isoformat() for i in stored if i.date.start)
    assert {b["start"]: b["count"] for b in client.get("/api/timeline", params={"bucket": "month"}).json()["items"]} \
        == dict(months)
    weeks = client.get("/api/timeline", params={"bucket": "week"}).json()["items"]
    assert all(dt.date.fromisoformat(b["start"]).weekday() == 0 for b in weeks)
    country = stored[0].location.country
    filtered = client.get("/api/timeline", params={"bucket": "month", "country": country}).json()["items"]
    assert sum(b["count"] for b in filtered) == sum(1 for i in stored if i.date.start and i.location.country == country)
    assert client.get("/api/timeline", params={"bucket": "hour"}).status_code == 422


def test_each_export_format_is_a_download_of_the_filtered_incidents(api):
    client, _, app = api
    stored = [i for i in records(app)]
    country = Counter(i.location.country for i in stored).most_common(1)[0][0]
    n_country = sum(1 for i in stored if i.location.country == country)
    for fmt in ("acled", "ucdp", "geojson", "jsonl"):
        r = client.get(f"/api/export/{fmt}", params={"country": country})
        assert r.status_code == 200, fmt
        assert r.headers["content-disposition"].startswith("attachment; filename=")
        if fmt in ("acled", "ucdp"):
            rows = list(csv.DictReader(io.StringIO(r.text)))
            assert tuple(rows[0]) == (ACLED_COLUMNS if fmt == "acled" else UCDP_COLUMNS)
            assert len(rows) == n_country
        elif fmt == "geojson":
            fc = r.json()
            assert fc["type"] == "FeatureCollection"
            assert {f["properties"]["country"] for f in fc["features"]} == {country}
            assert len(fc["features"]) == sum(1 for i in stored if i.location.country == country and i.location.lat is not None)
        else:
            lines = [json.loads(x) for x in r.text.splitlines()]
            assert len(lines) == n_country and all(x["location"]["country"] == country for x in lines)
    full = client.get("/api/export/jsonl").text.splitlines()
    assert len(full) == len([i for i in stored])


# ---------------------------------------------------------------------- review


def _pick(app, has_fatalities: bool = True) -> Incident:
    cands = [i for i in records(app) if (i.fatalities is not None) == has_fatalities and i.location.lat is not None]
    return sorted(cands, key=lambda i: i.id)[0]


def test_review_needs_a_valid_token(api):
    client, token, app = api
    inc = _pick(app, has_fatalities=False)
    body = {"action": "accept"}
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": token}, {"Authorization": f"Basic {token}"}):
        r = client.post(f"/api/incidents/{inc.id}/review", json=body, headers=headers)
        assert r.status_code == 401, headers
        assert r.headers["www-authenticate"] == "Bearer"
        assert "detail" in r.json()
    con = app.state.store.con.cursor()
    token_id, other = rv.create_token(con, "bob")
    assert client.post(f"/api/incidents/{inc.id}/review", json=body, headers=auth(other)).status_code == 200
    assert rv.revoke_token(con, token_id) == 1
    assert client.post(f"/api/incidents/{inc.id}/review", json=body, headers=auth(other)).status_code == 401
    assert client.get(f"/api/incidents/{inc.id}").json()["review_status"] == "accepted"
    assert client.post("/api/incidents/nope/review", json=body, headers=auth(token)).status_code == 404


def test_invalid_reviews_are_422_and_change_nothing(api):
    client, token, app = api
    inc = _pick(app)
    before = client.get(f"/api/incidents/{inc.id}/audit").json()
    bad = [
        {"action": "edit", "field": "fatalities", "value": {"low": 9, "best": 3, "high": 12}},
        {"action": "edit", "field": "fatalities", "value": {"low": -1}},
        {"action": "edit", "field": "fatalities", "value": {}},
        {"action": "edit", "field": "fatalities", "value": 12},
        {"action": "edit", "field": "date_start", "value": "2019-02-30"},
        {"action": "edit", "field": "date_start", "value": "yesterday"},
        {"action": "edit", "field": "date_end", "value": "1900-01-01"},  # before the start date
        {"action": "edit", "field": "lat", "value": 91},
        {"action": "edit", "field": "lon", "value": -181},
        {"action": "edit", "field": "country", "value": "Iraq"},
        {"action": "edit", "field": "event_type", "value": "Picnic"},
        {"action": "edit", "field": "record", "value": "{}"},
        {"action": "edit", "field": "fatalities"},
        {"action": "edit"},
        {"action": "reject", "field": "event_type"},
        {"action": "delete"},
        {"action": "accept", "sneaky": 1},
    ]
    for body in bad:
        r = client.post(f"/api/incidents/{inc.id}/review", json=body, headers=auth(token))
        assert r.status_code == 422, body
        assert "detail" in r.json()
    r = client.post(f"/api/incidents/{inc.id}/review", content=b"{not json", headers={**auth(token),
                                                                                     "content-type": "application/json"})
    assert r.status_code == 422
    assert client.get(f"/api/incidents/{inc.id}/audit").json() == before
    assert client.get(f"/api/incidents/{inc.id}").json()["incident"]["fatalities"] == \
        inc.fatalities.model_dump(mode="json")


def test_edited_fatalities_show_in_detail_list_and_every_export(api):
    client, token, app = api
    inc = _pick(app)
    new = {"low": 40, "best": 41, "high": 45}
    r = client.post(f"/api/incidents/{inc.id}/review", headers=auth(token),
                    json={"action": "edit", "field": "fatalities", "value": new, "comment": "hospital toll"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["review_status"] == "edited"
    assert {k: body["incident"]["fatalities"][k] for k in new} == new
    item = next(it for it in client.get("/api/incidents", params={"limit": 1000}).json()["items"] if it["id"] == inc.id)
    assert (item["fatalities_low"], item["fatalities_best"], item["fatalities_high"], item["review_status"]) == \
        (40, 41, 45, "edited")
    assert inc.id in all_ids(client, min_fatalities=41, review_status="edited")
    assert inc.id not in all_ids(client, min_fatalities=46)
    acled = {row["event_id_cnty"]: row for row in csv.DictReader(io.StringIO(client.get("/api/export/acled").text))}
    assert acled[inc.id]["fatalities"] == "41"
    ucdp = {row["id"]: row for row in csv.DictReader(io.StringIO(client.get("/api/export/ucdp").text))}
    assert (ucdp[inc.id]["low"], ucdp[inc.id]["best"], ucdp[inc.id]["high"]) == ("40", "41", "45")
    geo = {f["properties"]["id"]: f["properties"] for f in client.get("/api/export/geojson").json()["features"]}
    assert geo[inc.id]["fatalities_best"] == 41
    jl = {x["id"]: x for x in map(json.loads, client.get("/api/export/jsonl").text.splitlines())}
    assert jl[inc.id]["fatalities"]["best"] == 41 and jl[inc.id]["fatalities"]["basis"] == "review"


def test_audit_log_is_append_only_with_who_when_before_after(api):
    client, token, app = api
    inc = sorted(records(app), key=lambda i: i.id)[-1]
    url = f"/api/incidents/{inc.id}/review"
    original = inc.location.name
    t0 = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    steps = [
        {"action": "edit", "field": "location_name", "value": "Somewhere", "comment": "first"},
        {"action": "edit", "field": "location_name", "value": "Elsewhere"},
        {"action": "accept"},
        {"action": "reject", "comment": "not an incident"},
    ]
    snapshots = []
    for body in steps:
        assert client.post(url, json=body, headers=auth(token)).status_code == 200
        snapshots.append(client.get(f"/api/incidents/{inc.id}/audit").json())
    rows = snapshots[-1]
    assert len(rows) == len(steps) + sum(1 for r in snapshots[0] if r["incident_id"] == inc.id) - 1
    for i in range(1, len(snapshots)):
        assert snapshots[i][: len(snapshots[i - 1])] == snapshots[i - 1]  # earlier rows never change
    mine = rows[-4:]
    assert [r["id"] for r in mine] == sorted(r["id"] for r in mine)
    assert [r["action"] for r in mine] == ["edit", "edit", "accept", "reject"]
    assert all(r["who"] == "alice" for r in mine)
    assert all(dt.datetime.fromisoformat(r["at"].rstrip("Z")) >= t0 for r in mine)
    assert (mine[0]["before"], mine[0]["after"], mine[0]["comment"]) == (original, "Somewhere", "first")
    assert (mine[1]["before"], mine[1]["after"]) == ("Somewhere", "Elsewhere")
    assert mine[3]["before"] == {"review_status": "edited"} and mine[3]["after"] == {"review_status": "rejected"}
    detail = client.get(f"/api/incidents/{inc.id}").json()
    assert detail["review_status"] == "rejected" and detail["audit"] == rows
    # rejected: listed under its status, left out of every export
    assert inc.id in all_ids(client, review_status="rejected")
    assert inc.id not in all_ids(client, review_status="unreviewed")
    assert inc.id not in {x["id"] for x in map(json.loads, client.get("/api/export/jsonl").text.splitlines())}
    assert inc.id not in client.get("/api/export/acled").text
    # accepting again brings it back (the reject is replaced, the log keeps both)
    assert client.post(url, json={"action": "accept"}, headers=auth(token)).json()["review_status"] == "edited"
    assert inc.id in client.get("/api/export/acled").text
    (n,) = app.state.store.con.cursor().execute("SELECT count(*) FROM audit_log WHERE incident_id = ?",
                                                [inc.id]).fetchone()
    assert n == len(rows) + 1


def test_field_reject_clears_the_value(api):
    client, token, app = api
    inc = sorted((i for i in records(app) if i.fatalities is not None), key=lambda i: i.id)[-1]
    r = client.post(f"/api/incidents/{inc.id}/review", json={"action": "reject", "field": "fatalities"},
                    headers=auth(token))
    assert r.status_code == 200
    assert r.json()["incident"]["fatalities"] is None and r.json()["review_status"] == "edited"
    acled = {row["event_id_cnty"]: row for row in csv.DictReader(io.StringIO(client.get("/api/export/acled").text))}
    if inc.civilian_fatalities is None:
        assert acled[inc.id]["fatalities"] == "0"


# ---------------------------------------------------------------------- protocol


def test_request_bodies_over_the_limit_get_413(api):
    client, token, app = api
    inc = _pick(app)
    url = f"/api/incidents/{inc.id}/review"
    big = json.dumps({"action": "accept", "comment": "x" * 70_000})
    r = client.post(url, content=big, headers={**auth(token), "content-type": "application/json"})
    assert r.status_code == 413 and "detail" in r.json()

    def chunks():  # no Content-Length: the limit counts the streamed bytes
        for _ in range(20):
            yield b" " * 8192

    r = client.post(url, content=chunks(), headers={**auth(token), "content-type": "application/json"})
    assert r.status_code == 413


def test_openapi_schema_has_the_routes_and_response_models(api):
    client, _, _ = api
    spec = client.get("/openapi.json").json()
    for path in ("/api/incidents", "/api/incidents/{incident_id}", "/api/incidents/{incident_id}/review",
                 "/api/incidents/{incident_id}/audit", "/api/documents", "/api/documents/{doc_id}", "/api/stats",
                 "/api/timeline", "/api/export/{fmt}", "/api/basemap"):
        assert path in spec["paths"], path
    schemas = spec["components"]["schemas"]
    assert {"IncidentList", "IncidentItem", "IncidentDetail", "DocumentFull", "Timeline", "AuditRow", "ReviewIn"} <= set(schemas)
    params = {p["name"] for p in spec["paths"]["/api/incidents"]["get"]["parameters"]}
    assert {"date_from", "date_to", "bbox", "country", "event_type", "actor", "grade", "min_fatalities", "q",
            "review_status", "limit", "offset", "sort"} <= params


def test_page_static_files_basemap_and_security_headers(api):
    client, _, _ = api
    from bilan.web.app import STATIC_DIR

    r = client.get("/")
    if (STATIC_DIR / "index.html").is_file():
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
    else:
        assert r.status_code == 404
    r = client.get("/api/basemap")
    if (STATIC_DIR / "vendor" / "countries.geojson").is_file():
        assert r.status_code == 200 and r.json()["type"] == "FeatureCollection"
    else:
        assert r.status_code == 404 and "detail" in r.json()
    assert client.get("/static/../../store.py").status_code == 404


def _oracle_key(sort: str):
    def key(inc: Incident):
        if sort.endswith("date"):
            v = inc.date.start.toordinal() if inc.date.start else None
        else:
            f = inc.fatalities
            v = None if f is None else (f.best if f.best is not None else f.high)
        return (1, 0, inc.id) if v is None else (0, -v if sort.startswith("-") else v, inc.id)

    return key


def test_lists_pages_and_timeline_agree_with_the_oracle_once_incidents_are_reviewed(api):
    """Reviewed values move incidents in and out of filters and pages: edits of country, date, place,
    figures and event type, a reject; every filter, sort, page and bin must follow the reviewed values."""
    client, token, app = api
    stored = sorted(records(app), key=lambda i: i.id)
    other_country = next(i.location.country for i in stored if i.location.country != stored[0].location.country)
    edits = [
        (stored[0].id, {"action": "edit", "field": "country", "value": other_country}),
        (stored[1].id, {"action": "edit", "field": "date_start", "value": "2015-01-02"}),
        (stored[2].id, {"action": "edit", "field": "fatalities", "value": {"low": 500, "best": 600, "high": 700}}),
        (stored[3].id, {"action": "edit", "field": "event_type", "value": "Riots"}),
        (stored[4].id, {"action": "edit", "field": "location_name", "value": "Zzyzx Springs"}),
        (stored[5].id, {"action": "edit", "field": "lat", "value": -60.5}),
        (stored[6].id, {"action": "reject"}),
        (stored[7].id, {"action": "accept"}),
    ]
    for iid, body in edits:
        assert client.post(f"/api/incidents/{iid}/review", json=body, headers=auth(token)).status_code == 200
    reviewed = records(app)
    statuses = {it["id"]: it["review_status"] for it in client.get("/api/incidents", params={"limit": 1000}).json()["items"]}
    assert statuses[stored[6].id] == "rejected" and statuses[stored[7].id] in ("accepted", "edited")
    cases = _filter_cases(reviewed) + [
        ({"q": "zzyzx"}, lambda i: i.id == stored[4].id),
        ({"bbox": "-180,-61,180,-60"}, lambda i: i.location.lat is not None and -61 <= i.location.lat <= -60),
        ({"date_to": "2015-12-31"}, lambda i: i.date.start is not None and i.date.start <= dt.date(2015, 12, 31)),
    ]
    for status in ("unreviewed", "edited", "rejected", "accepted"):
        cases.append(({"review_status": status}, lambda i, s=status: statuses[i.id] == s))
    for params, keep in cases:
        expected = [i for i in reviewed if keep(i)]
        for sort in ("date", "-date", "fatalities", "-fatalities"):
            want = [i.id for i in sorted(expected, key=_oracle_key(sort))]
            got = all_ids(client, **params, sort=sort)
            assert got == want, (params, sort)
            paged = []
            for offset in range(0, len(want), 3):
                body = client.get("/api/incidents", params={**params, "sort": sort, "limit": 3, "offset": offset}).json()
                assert body["total"] == len(want)
                paged += [it["id"] for it in body["items"]]
            assert paged == want, (params, sort)
        bins = Counter(i.date.start.replace(day=1).isoformat() for i in expected if i.date.start)
        got_bins = client.get("/api/timeline", params={**params, "bucket": "month"}).json()["items"]
        assert {b["start"]: b["count"] for b in got_bins} == dict(bins), params
    moved = client.get("/api/incidents", params={"country": other_country, "limit": 1000}).json()["items"]
    assert stored[0].id in [it["id"] for it in moved]
