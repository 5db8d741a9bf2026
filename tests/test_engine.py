"""Engines: the local engine (run_ingest) and the Ray Data engine give the same store.

Parquet and WARC inputs are read like JSONL and HTML pages; the Ray path (read stage, Extractor
actors, Parquet results, one writer) is run on a local Ray (num_cpus=2, no dashboard) started
once for this module and shut down after it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
warcio = pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from bilan.cli import app  # noqa: E402
from bilan.engine import Extractor, load_results, read_file, run  # noqa: E402
from bilan.ingest import input_files, iter_inputs  # noqa: E402
from bilan.model import Document, IngestError  # noqa: E402
from bilan.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

EN = ("Gunmen killed seven villagers on Tuesday in an attack on a market near Beni, in North Kivu, "
      "local officials said. Twelve others were wounded, according to the Red Cross.")
FR = ("Quatre soldats ont été tués mercredi dans une embuscade près de Gao, dans le nord du Mali, "
      "a annoncé l'armée malienne dans un communiqué publié jeudi.")
HTML = ("<html><head><title>Attack</title><meta name='date' content='2024-05-20'></head><body><article>"
        f"<h1>Attack near Beni</h1><p>{EN}</p></article></body></html>")


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]]) -> Path:
    """records: (url, content type, body, status)."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        for url, ctype, body, status in records:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
    return path


def mixed_inputs(folder: Path) -> Path:
    """A folder with a Parquet shard, a WARC file, JSONL, a text article and bad inputs."""
    folder.mkdir()
    pq.write_table(pa.table({
        "text": [EN, None, "too short", FR],
        "url": ["https://example.org/beni", None, None, "https://example.fr/gao"],
        "published": [dt.date(2024, 5, 21), None, None, dt.date(2024, 6, 6)],
        "language": ["en", None, None, "fr"],
    }), folder / "shard-0.parquet")
    write_warc(folder / "crawl.warc.gz", [
        ("https://news.example/beni", "text/html; charset=utf-8", HTML.encode(), "200 OK"),
        ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n", "200 OK"),
        ("https://news.example/gone", "text/html", b"<html><body>gone</body></html>", "404 Not Found"),
        ("https://news.example/empty", "text/html", b"   ", "200 OK"),
    ])
    (folder / "wire.jsonl").write_text(
        json.dumps({"text": EN, "published": "2024-05-21"}) + "\n{not json\n"
        + json.dumps({"text": FR + " Le bilan reste provisoire.", "published": "2024-06-06"}) + "\n",
        encoding="utf-8")
    (folder / "broken.parquet").write_bytes(b"PAR1 this is not really parquet")
    (folder / "noise.bin").write_bytes(bytes(range(256)) * 4)
    return folder


# --- Parquet and WARC ingestion (no Ray) ------------------------------------------------------


def test_parquet_rows_become_documents_or_errors(tmp_path):
    folder = mixed_inputs(tmp_path / "in")
    items = list(iter_inputs([folder / "shard-0.parquet"]))
    docs = [i for i in items if isinstance(i, Document)]
    errs = [i for i in items if isinstance(i, IngestError)]
    assert [d.source_path for d in docs] == [f"{folder}/shard-0.parquet:row 1", f"{folder}/shard-0.parquet:row 4"]
    assert docs[0].text == EN and docs[0].url == "https://example.org/beni"
    assert docs[0].published == dt.date(2024, 5, 21) and docs[0].published_source == "metadata"
    assert docs[1].language == "fr" and docs[1].content_format == "parquet"
    assert [(e.source.rsplit(":", 1)[1], e.reason) for e in errs] == [("row 2", "empty"), ("row 3", "empty")]


def test_parquet_without_text_column_and_corrupt_parquet_are_error_rows(tmp_path):
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "nocol.parquet")
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 garbage")
    items = list(iter_inputs([tmp_path]))
    assert [(Path(e.source).name, e.reason) for e in items] == [("bad.parquet", "bad_parquet"),
                                                                ("nocol.parquet", "bad_parquet")]
    assert "no 'text' or 'html' column" in items[1].detail


def test_parquet_html_column_is_extracted_like_a_page(tmp_path):
    pq.write_table(pa.table({"html": [HTML]}), tmp_path / "pages.parquet")
    (doc,) = iter_inputs([tmp_path])
    assert doc.content_format == "parquet+html"
    assert doc.text.endswith(EN)


def test_warc_html_responses_are_articles_other_records_skipped(tmp_path):
    folder = mixed_inputs(tmp_path / "in")
    items = list(iter_inputs([folder / "crawl.warc.gz"]))
    assert len(items) == 2
    doc, err = items
    assert isinstance(doc, Document) and doc.content_format == "warc"
    assert doc.source_path == f"{folder}/crawl.warc.gz#record 1" and doc.url == "https://news.example/beni"
    assert EN in doc.text and doc.published == dt.date(2024, 5, 20)
    assert isinstance(err, IngestError) and err.reason == "empty" and err.source.endswith("#record 4")


def test_warc_charset_from_http_header(tmp_path):
    body = HTML.replace(EN, FR).encode("latin-1")  # no <meta charset>: the HTTP header says it
    path = write_warc(tmp_path / "fr.warc", [("https://x.fr/a", "text/html; charset=ISO-8859-1", body, "200 OK")])
    (doc,) = iter_inputs([path])
    assert FR in doc.text


def test_truncated_warc_keeps_what_was_read_and_reports_the_rest(tmp_path):
    path = write_warc(tmp_path / "a.warc.gz", [("https://a/1", "text/html", HTML.encode(), "200 OK"),
                                               ("https://a/2", "text/html", HTML.replace(EN, FR).encode(), "200 OK")])
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) * 3 // 4])  # inside the second record
    items = list(iter_inputs([cut]))
    assert isinstance(items[0], Document)
    assert isinstance(items[-1], IngestError) and items[-1].reason in ("bad_warc", "empty")


def test_input_files_lists_what_iter_inputs_reads(tmp_path):
    folder = mixed_inputs(tmp_path / "in")
    (folder / ".hidden.txt").write_text(EN)
    (folder / "sub").mkdir()
    (folder / "sub" / "a.txt").write_text(EN)
    (folder / "sub" / "a.txt.meta.json").write_text("{}")
    files = list(input_files([folder, tmp_path / "missing.txt"]))
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        "in/broken.parquet", "in/crawl.warc.gz", "in/noise.bin", "in/shard-0.parquet", "in/sub/a.txt",
        "in/wire.jsonl", "missing.txt"]
    # file by file, the first copy of a document kept: what iter_inputs gives for the whole run
    seen, per_file = set(), []
    for f in files:
        for item in iter_inputs([f]):
            if isinstance(item, Document):
                if item.doc_id in seen:
                    continue
                seen.add(item.doc_id)
            per_file.append(item)
    whole = list(iter_inputs([folder, tmp_path / "missing.txt"]))
    assert [i.model_dump() for i in per_file] == [i.model_dump() for i in whole]


# --- the writer, without Ray ---------------------------------------------------------------


def test_extractor_rows_loaded_by_the_writer_match_the_local_engine(tmp_path):
    """Extractor.process (in this process) -> Parquet -> load_results gives the store run_ingest gives."""
    folder = mixed_inputs(tmp_path / "in")
    rows = [r for i, f in enumerate(input_files([folder])) for r in read_file(i, str(f))]
    out = tmp_path / "results"
    out.mkdir()
    from bilan.engine import _schema

    extractor = Extractor(batch_size=4)
    pq.write_table(pa.Table.from_pylist(extractor.process(rows[:5]), schema=_schema("result")), out / "b.parquet")
    pq.write_table(pa.Table.from_pylist(extractor.process(rows[5:]), schema=_schema("result")), out / "a.parquet")
    with Store.open(tmp_path / "ray.duckdb") as s1, Store.open(tmp_path / "local.duckdb") as s2:
        got = load_results(s1, out)
        want = run([folder], s2, engine="local")
        assert snapshot(s1) == snapshot(s2)
        assert (got.seen, got.new, got.unchanged, got.incidents, got.merged) == \
               (want.seen, want.new, want.unchanged, want.incidents, want.merged)
        assert sorted((e.source, e.reason) for e in got.errors) == sorted((e.source, e.reason) for e in want.errors)
        assert s1.count_documents() >= 4 and s1.count_errors() >= 5


def test_extractor_writes_its_own_part_files(tmp_path):
    """With out_dir (the Ray path), each call writes its result rows as one Parquet part file named
    after the block's first row and returns only that name and the row count; the same block again
    (a retried task) overwrites its file instead of adding a second one."""
    from bilan.engine import _schema, read_results

    folder = mixed_inputs(tmp_path / "in")
    rows = [r for i, f in enumerate(input_files([folder])) for r in read_file(i, str(f))]
    want = Extractor(batch_size=4).process([dict(r) for r in rows])
    out = tmp_path / "nested" / "results"
    extractor = Extractor(batch_size=4, out_dir=str(out), run_token="tok")
    assert out.is_dir()  # made by the worker: nothing to prepare on its node
    blocks = [rows[:5], rows[5:]]
    for block in blocks + blocks[:1]:
        got = extractor(pa.Table.from_pylist(block, schema=_schema("read"))).to_pylist()
        first = block[0]
        assert got == [{"part": f"tok_{first['file_index']:06d}_{first['item_index']:09d}.parquet",
                        "rows": len(block)}]
    assert len(list(out.iterdir())) == 2
    table = read_results(out)
    drop = ("worker_pid", "worker_peak_rss_mb", "batch_started", "batch_seconds")
    assert [{k: v for k, v in r.items() if k not in drop} for r in table.to_pylist()] == \
           [{k: v for k, v in r.items() if k not in drop} for r in want]
    # without out_dir the rows themselves come back (one call, one Arrow table)
    assert Extractor(batch_size=4)(pa.Table.from_pylist(rows[:3], schema=_schema("read"))).num_rows == 3


def snapshot(store: Store) -> dict:
    """What both engines must agree on: documents, incidents (full records), error rows."""
    docs = store.con.execute("SELECT doc_id, status, language, published, source_path FROM documents "
                             "ORDER BY doc_id").fetchall()
    incidents = sorted(json.dumps(i.model_dump(mode="json"), sort_keys=True) for i in store.iter_incidents())
    errors = sorted(store.con.execute("SELECT source, reason FROM errors").fetchall())
    return {"documents": docs, "incidents": incidents, "errors": errors}


def test_init_ray_quiets_a_local_ray_only(monkeypatch):
    """A local Ray is started without metrics collection and task events; joining a cluster passes
    no system config (a cluster's own is set where it was started)."""
    from bilan import engine

    calls = []

    class FakeRay:
        @staticmethod
        def is_initialized():
            return False

        @staticmethod
        def init(**kwargs):
            calls.append(kwargs)

    monkeypatch.setattr(engine, "import_ray", lambda: FakeRay)
    assert engine.init_ray(workers=2) is True
    assert calls[-1]["_system_config"] == engine.LOCAL_RAY_SYSTEM_CONFIG
    assert engine.LOCAL_RAY_SYSTEM_CONFIG == {"enable_metrics_collection": False,
                                              "task_events_report_interval_ms": 0}
    assert calls[-1]["num_cpus"] == 2 and calls[-1]["include_dashboard"] is False
    engine.init_ray(address="auto")
    assert "_system_config" not in calls[-1] and calls[-1]["address"] == "auto"


# --- Ray ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def local_ray():
    pytest.importorskip("ray")
    from bilan.engine import import_ray, init_ray

    ray = import_ray()
    init_ray(workers=2)  # as `bilan run --engine ray` starts it (uv-run worker hook off)
    yield ray
    ray.shutdown()


def test_ray_and_local_engines_agree_and_reruns_add_nothing(local_ray, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES / "articles", folder)
    shutil.copy(EXAMPLES / "manifest.jsonl", tmp_path / "manifest.jsonl")  # manifest one folder up
    mixed_inputs(folder / "mixed")
    out = tmp_path / "results"
    with Store.open(tmp_path / "local.duckdb") as local, Store.open(tmp_path / "ray.duckdb") as store:
        want = run([folder], local, engine="local")
        got = run([folder], store, engine="ray", workers=2, batch_size=4, parquet_out=out)
        assert want.new >= 14 and want.incidents > 0
        a, b = snapshot(store), snapshot(local)
        assert a["documents"] == b["documents"] and a["errors"] == b["errors"]
        assert a["incidents"] == b["incidents"]  # the same full records, evidence and links included
        assert (got.seen, got.new, got.incidents, got.merged, len(got.errors)) == \
               (want.seen, want.new, want.incidents, want.merged, len(want.errors))
        # the Parquet results are kept, one row per input item, with the worker's peak RSS
        rows = pq.read_table(out).to_pylist()
        assert {r["kind"] for r in rows} == {"document", "error"}
        assert all(r["worker_peak_rss_mb"] > 0 for r in rows)
        before = snapshot(store)
        n_docs, n_inc = store.count_documents(), store.count_incidents()

        # rerun on the same inputs: nothing new, nothing duplicated
        again = run([folder], store, engine="ray", workers=2, batch_size=4)
        assert again.new == 0 and again.incidents == 0 and again.unchanged == want.new
        assert (store.count_documents(), store.count_incidents()) == (n_docs, n_inc)
        assert snapshot(store)["incidents"] == before["incidents"]
        assert snapshot(store)["documents"] == before["documents"]

        # an existing results folder is refused rather than mixed with old results
        with pytest.raises(FileExistsError):
            run([folder], store, engine="ray", parquet_out=out)


def test_cli_run_ray_then_local_rerun(local_ray, tmp_path):
    db = tmp_path / "cli.duckdb"
    folder = mixed_inputs(tmp_path / "in")
    runner = CliRunner()
    res = runner.invoke(app, ["run", str(folder), "--engine", "ray", "--workers", "1", "--batch-size", "8",
                              "--db", str(db)])
    assert res.exit_code == 1, res.output  # the folder holds bad inputs: exit 1, each one reported
    assert "bad_parquet" in res.output and "bilan run (ray)" in res.output
    with Store.open(db, read_only=True) as store:
        n_docs, n_inc = store.count_documents(), store.count_incidents()
    assert n_docs >= 4
    res = runner.invoke(app, ["run", str(folder), "--db", str(db)])
    assert res.exit_code == 1
    with Store.open(db, read_only=True) as store:
        assert (store.count_documents(), store.count_incidents()) == (n_docs, n_inc)


def test_cli_run_rejects_bad_options(tmp_path):
    runner = CliRunner()
    res = runner.invoke(app, ["run", str(EXAMPLES / "articles"), "--engine", "spark", "--db", str(tmp_path / "x")])
    assert res.exit_code == 2 and "unknown engine" in res.output
    res = runner.invoke(app, ["run", str(EXAMPLES / "articles"), "--address", "auto", "--db", str(tmp_path / "x")])
    assert res.exit_code == 2 and "need --engine ray" in res.output
    res = runner.invoke(app, ["run", str(EXAMPLES / "articles"), "--engine", "ray", "--workers", "0",
                              "--db", str(tmp_path / "x")])
    assert res.exit_code == 2 and "Invalid value for --workers" in res.output
    res = runner.invoke(app, ["ingest", str(EXAMPLES / "articles"), "--workers", "-1", "--db", str(tmp_path / "x")])
    assert res.exit_code == 2

