"""Extraction in worker processes (``run_ingest(workers=N)``, ``bilan ingest/run --workers N``):
the same extractions, in input order, and the same store as extraction in the process (issue 6)."""

from __future__ import annotations

import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest

from bilan import nlp, pipeline
from bilan.pipeline import default_workers, extract_in_processes, extract_many, run_ingest
from bilan.store import Store
from test_ingest_kill import generated_corpus, snapshot


def _dump(ex):
    return ex.document.doc_id, [i.model_dump(exclude={"id"}) for i in ex.incidents], ex.error


def test_extractions_in_a_worker_equal_extractions_in_process():
    docs = generated_corpus(12)
    here = [_dump(ex) for ex in extract_many(docs, batch_size=5)]
    # batches of 5 with 2 in flight: the results must come back in input order
    there = [_dump(ex) for ex in extract_in_processes(docs, workers=1, batch_size=5, ahead=2)]
    assert [d for d, _, _ in there] == [d.doc_id for d in docs]
    assert there == here
    assert any(incs for _, incs, _ in here)


def test_store_with_a_worker_equals_store_in_process(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, doc in enumerate(generated_corpus(24)):
        (folder / f"a{i:02d}.txt").write_text(doc.text, encoding="utf-8")
    (folder / "broken.html").write_bytes(b"\xff\xfe\x00<html>")  # an error row on both paths
    stores = {}
    for workers in (0, 1):
        db = tmp_path / f"w{workers}.duckdb"
        with Store.open(db) as store:
            summary = run_ingest([folder], store, workers=workers)
        assert summary.new == 24
        stores[workers] = snapshot(db)
        with Store.open(db, read_only=True) as store:
            stores[workers]["errors"] = sorted(r[0] for r in store.con.execute("SELECT reason FROM errors").fetchall())
    assert stores[1] == stores[0]
    assert stores[0]["incidents"] and stores[0]["errors"] == ["encoding"]


def test_default_workers(monkeypatch):
    monkeypatch.setenv("BILAN_WORKERS", "3")
    assert default_workers() == 3
    monkeypatch.setenv("BILAN_WORKERS", "abc")
    with pytest.raises(ValueError, match="BILAN_WORKERS"):
        default_workers()
    monkeypatch.delenv("BILAN_WORKERS")
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 1)
    assert default_workers() == 0
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    assert default_workers() == 2
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 8)
    assert default_workers() == 2


def test_a_failing_worker_stops_the_run_with_its_error(monkeypatch):
    docs = generated_corpus(3)
    for d in docs:
        d.language = "xx"  # no model for it: the worker raises, the parent gets the error
    with pytest.raises(Exception, match="xx"):
        list(extract_in_processes(docs, workers=1))


@pytest.mark.skipif(pipeline.worker_start_method() != "fork", reason="workers are forked on Linux only")
def test_workers_are_forked_after_this_process_loaded_the_pipelines(monkeypatch):
    """On Linux the run's process loads the pipelines once (``warm_up``) and forks its workers, so
    they start with them loaded instead of each loading its own: a worker sees what this process
    had in memory when it forked."""
    calls = []
    real = pipeline.warm_up
    monkeypatch.setattr(pipeline, "warm_up", lambda *a: calls.append(a) or real(*a))
    monkeypatch.setattr(pipeline, "_FORK_PROBE", "set in the parent", raising=False)
    docs = generated_corpus(4)
    got = list(extract_in_processes(docs, workers=1, batch_size=2))
    assert calls == [(None,)] and [ex.document.doc_id for ex in got] == [d.doc_id for d in docs]
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(pipeline.worker_start_method())) as pool:
        assert pool.submit(_probe).result() == ("set in the parent", True)


def _probe():
    return getattr(pipeline, "_FORK_PROBE", None), "fr" in nlp._loaded


def test_warm_up_skips_a_language_without_its_model(monkeypatch):
    monkeypatch.setenv("BILAN_MODEL_XX", "no_such_model_xx")
    pipeline.warm_up(["xx", "fr"])  # no error: documents in xx fail when they come
    assert "fr" in nlp._loaded and "xx" not in nlp._loaded


def _jsonl(folder, docs):
    folder.mkdir()
    with open(folder / "a.jsonl", "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"text": d.text, "published": "2024-05-20"}) + "\n")
    return folder


def test_input_languages_reads_the_first_documents_languages(tmp_path):
    """The languages of the input's first documents, as the run's language check finds them
    (here detected: the JSONL declares none); None when the input cannot be read ahead."""
    docs = generated_corpus(6)  # French and English alternately
    english = _jsonl(tmp_path / "en", [d for d in docs if d.language == "en"])
    mixed = _jsonl(tmp_path / "mixed", docs)
    assert pipeline.input_languages([english]) == ["en"]
    assert pipeline.input_languages([mixed]) == ["fr", "en"]
    assert pipeline.input_languages([mixed], limit=1) == ["fr"]
    assert pipeline.input_languages([tmp_path / "missing"]) is None
    assert pipeline.input_languages([]) is None


def test_the_run_reuses_the_language_checks_of_the_documents_read_ahead(tmp_path, monkeypatch):
    """The documents input_languages checked are not checked again by the run: the run takes
    their answers (the same as a new check), and checks anew a document that differs."""
    from bilan.ingest import iter_inputs
    from bilan.language import assign_language

    docs = generated_corpus(4)
    folder = _jsonl(tmp_path / "in", docs)
    checked: dict = {}
    assert pipeline.input_languages([folder], checked=checked) == ["fr", "en"]
    assert len(checked) == 4
    calls = []
    monkeypatch.setattr(pipeline, "assign_language", lambda d, **kw: calls.append(d.doc_id) or assign_language(d, **kw))
    again = list(iter_inputs([folder]))
    fresh = [assign_language(d.model_copy(), declared=d.language) for d in again]
    got = [pipeline.checked_language(d, checked) for d in again]
    assert [g.language for g in got] == [f.language for f in fresh] == ["fr", "en", "fr", "en"]
    assert calls == [] and checked == {}  # every answer taken once
    other = again[0].model_copy(update={"text": again[0].text + " Autre phrase."})
    assert pipeline.checked_language(other, {}).language == "fr" and calls == [other.doc_id]


@pytest.mark.skipif(pipeline.worker_start_method() != "fork", reason="workers are forked on Linux only")
def test_a_run_with_workers_loads_only_the_input_languages_before_forking(tmp_path, monkeypatch):
    """An English-only input: the run's process loads the English pipeline alone before forking
    its workers (not every installed one), and the store is the one a run in process writes."""
    calls = []
    real = pipeline.warm_up
    monkeypatch.setattr(pipeline, "warm_up", lambda *a: calls.append(a) or real(*a))
    folder = _jsonl(tmp_path / "in", [d for d in generated_corpus(8) if d.language == "en"])
    with Store.open(tmp_path / "w.duckdb") as store:
        run_ingest([folder], store, workers=1)
    assert calls == [(["en"],)]
    with Store.open(tmp_path / "p.duckdb") as store:
        run_ingest([folder], store, workers=0)
    assert snapshot(tmp_path / "w.duckdb") == snapshot(tmp_path / "p.duckdb")
