"""The command line end to end, on a real DuckDB file: ingest, idempotent re-runs, bad input,
extract, export, stats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from bilan.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
SEED = ROOT.parent / "shared" / "seed" / "afp-mossoul-2017-03.txt"

runner = CliRunner()

GOOD_FR = ("Trois soldats maliens ont été tués mardi dans une embuscade tendue par des djihadistes près de Gao, "
           "a annoncé l'armée malienne dans un communiqué publié à Bamako.\n")
SPANISH = ("Tres soldados murieron el martes en una emboscada cerca de la ciudad, según informó el ejército "
           "en un comunicado publicado en la capital del país.\n")


def _db_count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def example_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "bilan.duckdb"
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_ingest_examples_then_rerun_is_idempotent(example_db):
    docs = _db_count(example_db, "select count(*) from documents")
    incidents = _db_count(example_db, "select count(*) from incidents")
    assert docs == 12 and incidents >= 12
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(example_db)])
    assert result.exit_code == 0, result.output
    assert _db_count(example_db, "select count(*) from documents") == docs
    assert _db_count(example_db, "select count(*) from incidents") == incidents


def test_wire_and_follow_up_in_two_languages_become_one_incident(example_db):
    result = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(example_db)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    strikes = [r for r in records if r["sub_event_type"] == "Air/drone strike" and r["location"]["name"] == "Mosul"]
    assert len(strikes) == 1
    assert {s["language"] for s in strikes[0]["sources"]} == {"fr", "en"}
    assert strikes[0]["grade"] in ("fair", "contested")


def test_exports_parse(example_db, tmp_path):
    for fmt, name in (("acled", "a.csv"), ("ucdp", "u.csv"), ("geojson", "g.geojson"), ("jsonl", "i.jsonl")):
        out = tmp_path / name
        result = runner.invoke(app, ["export", "--format", fmt, "-o", str(out), "--db", str(example_db)])
        assert result.exit_code == 0, result.output
        text = out.read_text(encoding="utf-8")
        if fmt in ("acled", "ucdp"):
            rows = list(csv.DictReader(io.StringIO(text)))
            assert rows and all(r["latitude"] for r in rows)
        elif fmt == "geojson":
            fc = json.loads(text)
            assert fc["type"] == "FeatureCollection" and fc["features"]
        else:
            assert all(json.loads(line)["evidence"] for line in text.splitlines())


def test_stats_json(example_db):
    result = runner.invoke(app, ["stats", "--json", "--db", str(example_db)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["documents"]["total"] == 12


def test_bad_input_is_recorded_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD_FR, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (src / "spanish.txt").write_text(SPANISH, encoding="utf-8")
    (src / "broken.jsonl").write_text('{"text": "' + GOOD_FR.strip().replace("Trois", "Quatre") + '"}\n{oops\n',
                                      encoding="utf-8")
    with open(src / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    db = tmp_path / "b.duckdb"
    result = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--published", "2019-03-13"])
    assert result.exit_code == 1
    for reason in ("empty", "binary", "unsupported_language", "bad_record", "too_large"):
        assert reason in result.output
        assert _db_count(db, f"select count(*) from errors where reason = '{reason}'") >= 1
    assert _db_count(db, "select count(*) from documents where status = 'extracted'") == 2
    # the two good reports (3 and 4 soldiers killed near Gao the same day) are one incident
    incidents = _db_count(db, "select count(*) from incidents")
    assert incidents == 1
    assert _db_count(db, "select count(*) from incident_documents") == 2
    # re-running loses nothing and duplicates nothing
    result = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--published", "2019-03-13"])
    assert result.exit_code == 1
    assert _db_count(db, "select count(*) from documents where status = 'extracted'") == 2
    assert _db_count(db, "select count(*) from incidents") == incidents


def test_bad_date_option_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "x.txt"), "--published", "29/03/2017"])
    assert result.exit_code == 2


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not present")
def test_extract_seed_prints_schema_jsonl():
    result = runner.invoke(app, ["extract", str(SEED), "--published", "2017-03-29"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    keys = ["id", "event_type", "sub_event_type", "plover", "date", "location", "actors", "fatalities", "injured",
            "civilian_fatalities", "claims", "sources", "evidence", "grade"]
    assert all(list(r)[: len(keys)] == keys for r in records)
    strike = next(r for r in records if r["date"]["start"] == "2017-03-17")
    assert strike["civilian_fatalities"]["low"] == 12 and strike["civilian_fatalities"]["high"] == 99
    assert any(c["speaker"] == "Stephen Townsend" and c["certainty"] == "probable" for c in strike["claims"])


def test_a_crash_in_extraction_is_an_error_row_not_a_stopped_batch(tmp_path, monkeypatch):
    import bilan.pipeline as pipeline

    real = pipeline.extract_incidents

    def flaky(document, doc):
        if "Quatre" in document.text:
            raise RuntimeError("boom")
        return real(document, doc)

    monkeypatch.setattr(pipeline, "extract_incidents", flaky)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD_FR, encoding="utf-8")
    (src / "b.txt").write_text(GOOD_FR.replace("Trois", "Quatre"), encoding="utf-8")
    db = tmp_path / "c.duckdb"
    result = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--published", "2019-03-13"])
    assert result.exit_code == 1 and "extract_failed" in result.output
    assert _db_count(db, "select count(*) from documents where status = 'extracted'") == 1
    assert _db_count(db, "select count(*) from documents where status = 'failed'") == 1
    assert _db_count(db, "select count(*) from errors where reason = 'extract_failed'") == 1


def test_extract_many_keeps_input_order():
    from bilan.model import Document
    from bilan.pipeline import extract_many

    texts = [("fr", GOOD_FR), ("en", "Three soldiers were killed on Tuesday in an ambush near Gao, the army said."),
             ("fr", GOOD_FR.replace("Trois", "Quatre"))]
    docs = [Document(doc_id=Document.doc_id_for(t), text=t, language=lang) for lang, t in texts]
    assert [ex.document.doc_id for ex in extract_many(docs, batch_size=2)] == [d.doc_id for d in docs]


@pytest.mark.parametrize("command", ["export", "stats", "incidents"])
def test_missing_store_is_a_one_line_error(tmp_path, command):
    result = runner.invoke(app, [command, "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no bilan store" in result.output and "Traceback" not in result.output
