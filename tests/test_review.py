"""Human review as a library and through the CLI: hashed tokens, the audit log, the overlay surviving
re-extraction (same ids, and ids that changed), exports with reviewed values, token-protected reads on a
real server."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import httpx
import pytest
from apiserver import EXAMPLES, build_store, copy_store, serve
from typer.testing import CliRunner

from bilan import review as rv
from bilan.cli import app as cli_app
from bilan.model import Incident, sha256_hex
from bilan.pipeline import run_ingest
from bilan.query import Filters, iter_reviewed
from bilan.store import Store
from bilan.web.app import create_app

runner = CliRunner()


@pytest.fixture(scope="module")
def base_db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("reviewdb") / "base.duckdb")


@pytest.fixture
def db(base_db, tmp_path):
    return copy_store(base_db, tmp_path / "bilan.duckdb")


def _incidents(store: Store) -> list[Incident]:
    return list(store.iter_incidents())


def _with_figure(store: Store) -> Incident:
    return sorted((i for i in _incidents(store) if i.fatalities is not None and len(i.sources) == 1),
                  key=lambda i: i.id)[0]


def _doc_path(store: Store, doc_id: str):
    (path,) = store.con.execute("SELECT source_path FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
    return path


# ---------------------------------------------------------------------- tokens


def test_tokens_are_stored_hashed_and_can_be_revoked(db):
    with Store.open(db) as store:
        tid, secret = rv.create_token(store.con, "alice")
        tid2, secret2 = rv.create_token(store.con, "alice")
        assert secret != secret2 and len(secret) > 40
        assert rv.check_token(store.con, secret) == "alice"
        assert rv.check_token(store.con, secret + "x") is None and rv.check_token(store.con, "") is None
        rows = store.con.execute("SELECT token_id, name, token_hash FROM tokens").fetchall()
        assert {r[2] for r in rows} == {sha256_hex(secret), sha256_hex(secret2)}
        assert not any(secret in str(v) for r in rows for v in r)
        assert rv.revoke_token(store.con, tid) == 1
        assert rv.check_token(store.con, secret) is None and rv.check_token(store.con, secret2) == "alice"
        assert rv.revoke_token(store.con, "alice") == 1  # by name: the live one left
        assert rv.check_token(store.con, secret2) is None
        assert [t.revoked_at is not None for t in rv.list_tokens(store.con)] == [True, True]
        with pytest.raises(ValueError):
            rv.create_token(store.con, "  ")


def test_token_cli_create_list_revoke(db):
    r = runner.invoke(cli_app, ["token", "create", "--name", "carol", "--db", str(db)])
    assert r.exit_code == 0, r.output
    secret = r.stdout.strip().splitlines()[-1]
    assert secret.startswith("bilan_")
    listing = runner.invoke(cli_app, ["token", "list", "--db", str(db)])
    assert listing.exit_code == 0 and "carol" in listing.stdout and secret not in listing.stdout
    with Store.open(db) as store:
        assert rv.check_token(store.con, secret) == "carol"
        (tid,) = store.con.execute("SELECT token_id FROM tokens").fetchone()
    assert runner.invoke(cli_app, ["token", "revoke", tid, "--db", str(db)]).exit_code == 0
    assert runner.invoke(cli_app, ["token", "revoke", tid, "--db", str(db)]).exit_code == 1
    with Store.open(db, read_only=True) as store:
        assert rv.check_token(store.con, secret) is None


# ---------------------------------------------------------------------- decisions and the audit log


def test_record_review_validates_and_appends_one_audit_row_per_decision(db):
    with Store.open(db) as store:
        inc = _with_figure(store)
        with pytest.raises(rv.ReviewError):
            rv.record_review(store.con, inc.id, "edit", "alice", "fatalities", {"low": 5, "best": 2})
        with pytest.raises(rv.ReviewError):
            rv.record_review(store.con, inc.id, "edit", "alice", "date_end", "1800-01-01")
        with pytest.raises(rv.UnknownIncident):
            rv.record_review(store.con, "nope", "accept", "alice")
        assert rv.audit_rows(store.con) == []
        rv.record_review(store.con, inc.id, "edit", "alice", "fatalities", {"low": 7, "best": 7, "high": 7}, "recount")
        rv.record_review(store.con, inc.id, "edit", "bob", "fatalities", {"low": 8, "best": 8, "high": 9})
        rows = rv.audit_rows(store.con, inc.id)
        assert [(r["who"], r["before"], r["after"]) for r in rows] == [
            ("alice", {"low": inc.fatalities.low, "best": inc.fatalities.best, "high": inc.fatalities.high},
             {"low": 7, "best": 7, "high": 7}),
            ("bob", {"low": 7, "best": 7, "high": 7}, {"low": 8, "best": 8, "high": 9}),
        ]
        assert rows[0]["comment"] == "recount" and rows[0]["at"] <= rows[1]["at"]
        assert rv.get_reviews(store.con, inc.id).status == "edited"
        (n_reviews,) = store.con.execute("SELECT count(*) FROM reviews WHERE incident_id = ?", [inc.id]).fetchone()
        assert n_reviews == 1  # the current decision per field; the log has both


def test_cli_export_uses_reviewed_values_and_leaves_rejected_out(db):
    with Store.open(db) as store:
        inc = _with_figure(store)
        other = sorted(_incidents(store), key=lambda i: i.id)[-1]
        assert other.id != inc.id
        rv.record_review(store.con, inc.id, "edit", "alice", "fatalities", {"low": 30, "best": 33, "high": 40})
        rv.record_review(store.con, other.id, "reject", "alice")
        total = store.count_incidents()
    r = runner.invoke(cli_app, ["export", "--format", "acled", "--db", str(db)])
    assert r.exit_code == 0, r.output
    rows = {row["event_id_cnty"]: row for row in csv.DictReader(io.StringIO(r.stdout))}
    assert rows[inc.id]["fatalities"] == "33"
    assert other.id not in rows and len(rows) == total - 1


# ---------------------------------------------------------------------- surviving re-extraction


def test_edit_survives_re_extracting_the_same_document(db):
    with Store.open(db) as store:
        inc = _with_figure(store)
        doc_id = inc.sources[0].doc_id
        rv.record_review(store.con, inc.id, "edit", "alice", "fatalities", {"low": 50, "best": 51, "high": 52})
        rv.record_review(store.con, inc.id, "edit", "alice", "location_name", "Reviewed place")
        # re-extract: the document is pending again, its incidents are replaced by a fresh extraction
        store.set_document_status(doc_id, "pending")
        summary = run_ingest([_doc_path(store, doc_id)], store)
        assert summary.new == 1 and not summary.failed
        fresh = store.get_incident(inc.id)
        assert fresh is not None and fresh.fatalities == inc.fatalities  # extraction itself is unchanged
        out = {i.id: i for i in iter_reviewed(store.con)}
        assert out[inc.id].fatalities.best == 51 and out[inc.id].location.name == "Reviewed place"
        # delete every incident and ingest the documents again: same ids, overlay still applies
        store.con.execute("DELETE FROM incidents")
        for t in ("incident_documents", "claims", "evidence", "actors"):
            store.con.execute(f"DELETE FROM {t}")
        store.con.execute("UPDATE documents SET status = 'pending'")
        run_ingest([EXAMPLES], store)
        out = {i.id: i for i in iter_reviewed(store.con)}
        assert out[inc.id].fatalities.best == 51
        assert rv.resolve_orphans(store.con) == {}


def _renamed(inc: Incident, new_id: str) -> Incident:
    moved = inc.model_copy(deep=True)
    moved.id = new_id
    return moved


def test_review_follows_an_incident_whose_id_changed(db):
    with Store.open(db) as store:
        inc = _with_figure(store)
        rv.record_review(store.con, inc.id, "edit", "alice", "fatalities", {"low": 60, "best": 61, "high": 61})
        # re-extraction found the same happening under another id (e.g. the trigger word moved)
        store.con.execute("DELETE FROM incidents WHERE id = ?", [inc.id])
        store.con.execute("DELETE FROM incident_documents WHERE incident_id = ?", [inc.id])
        store.save_incidents([_renamed(inc, "inew0000000000001")])
        assert rv.resolve_orphans(store.con) == {inc.id: "inew0000000000001"}
        # a read-only reader (the CLI export) places the review in memory
        out = {i.id: i for i in iter_reviewed(store.con)}
        assert out["inew0000000000001"].fatalities.best == 61
    # the server moves it for good at start, with an audit row
    app = create_app(db)
    with serve(app) as url, httpx.Client(base_url=url) as client:
        body = client.get("/api/incidents/inew0000000000001").json()
        assert body["incident"]["fatalities"]["best"] == 61 and body["review_status"] == "edited"
        assert [r["action"] for r in body["audit"]] == ["edit", "reattach"]
        assert body["audit"][1]["before"] == {"incident_id": inc.id}
        assert "inew0000000000001" in [it["id"] for it in client.get(
            "/api/incidents", params={"review_status": "edited"}).json()["items"]]
    with Store.open(db, read_only=True) as store:
        assert rv.resolve_orphans(store.con) == {}


def test_review_follows_a_merge_and_stays_put_when_ambiguous(db):
    with Store.open(db) as store:
        inc = _with_figure(store)
        rv.record_review(store.con, inc.id, "edit", "alice", "event_type", "Battles")
        store.con.execute("DELETE FROM incidents WHERE id = ?", [inc.id])
        store.con.execute("DELETE FROM incident_documents WHERE incident_id = ?", [inc.id])
        # linking now merged it into another incident, which names it in its merge reasons
        host = _renamed(inc, "ihost000000000001")
        host.location.name = "Changed by linking"
        host.merge_reasons.append(f"{inc.id}: same place and day")
        twin = _renamed(inc, "itwin000000000001")  # same fingerprint, but the merge link wins
        store.save_incidents([host, twin])
        assert rv.resolve_orphans(store.con) == {inc.id: "ihost000000000001"}
        store.con.execute("DELETE FROM incidents WHERE id = 'ihost000000000001'")
        store.con.execute("DELETE FROM incident_documents WHERE incident_id = 'ihost000000000001'")
        # only a fingerprint match left: one candidate, it moves; two candidates, it stays
        assert rv.resolve_orphans(store.con) == {inc.id: "itwin000000000001"}
        store.save_incidents([_renamed(inc, "itwin000000000002")])
        assert rv.resolve_orphans(store.con) == {}


# ---------------------------------------------------------------------- token-protected reads


@pytest.mark.parametrize("how", ["flag", "env"])
def test_token_protected_reads(db, how, monkeypatch):
    with Store.open(db) as store:
        _, secret = rv.create_token(store.con, "reader")
    if how == "env":
        monkeypatch.setenv("BILAN_READ_TOKEN_REQUIRED", "1")
        app = create_app(db)
    else:
        app = create_app(db, public_reads=False)
    with serve(app) as url, httpx.Client(base_url=url) as client:
        paths = ["/api/incidents", "/api/stats", "/api/documents", "/api/timeline", "/api/export/jsonl",
                 "/api/basemap"]
        for path in paths:
            r = client.get(path)
            assert r.status_code == 401, path
            assert "detail" in r.json()
        hdr = {"Authorization": f"Bearer {secret}"}
        for path in paths[:-1]:
            assert client.get(path, headers=hdr).status_code == 200, path
        iid = client.get("/api/incidents", headers=hdr).json()["items"][0]["id"]
        assert client.get(f"/api/incidents/{iid}").status_code == 401
        assert client.get(f"/api/incidents/{iid}", headers=hdr).status_code == 200


def test_public_reads_by_default(db):
    app = create_app(db)
    with serve(app) as url, httpx.Client(base_url=url) as client:
        assert client.get("/api/incidents").status_code == 200
        assert client.get("/api/stats").status_code == 200


def test_a_store_without_review_tables_reads_as_unreviewed(tmp_path):
    """A store made before review existed, opened read-only: nothing reviewed, exports still work."""
    db = tmp_path / "old.duckdb"
    build_store(db, [EXAMPLES / "en-mosul-strike-toll-rises.txt"])
    con = duckdb.connect(str(db))
    for t in ("tokens", "audit_log", "reviews", "review_anchors", "review_state"):
        con.execute(f"DROP TABLE {t}")
    con.close()
    with Store.open(db, read_only=True) as store:
        assert not rv.has_review_tables(store.con)
        out = list(iter_reviewed(store.con, Filters()))
        assert len(out) == store.count_incidents() > 0
        assert rv.audit_rows(store.con) == [] and rv.all_reviews(store.con) == {}
    assert json.loads(runner.invoke(cli_app, ["export", "-f", "jsonl", "--db", str(db)]).stdout.splitlines()[0])["id"]
