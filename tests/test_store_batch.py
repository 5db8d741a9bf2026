"""Group writes (``Store.batch`` / ``pipeline.store_extractions``, issue 6): storing many extracted
documents in one transaction must leave exactly the store that one transaction per document leaves
(incidents, links, merges, aliases, near-duplicates, statuses), and a document that cannot be stored
fails alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bilan.dedup import NearDuplicateIndex
from bilan.ingest import iter_inputs
from bilan.language import assign_language
from bilan.model import Document, Incident
from bilan.pipeline import GROUP_SIZE, extract_many, run_ingest, store_extraction, store_extractions
from bilan.store import Store
from test_ingest_kill import generated_corpus

ROOT = Path(__file__).parents[1]
# the four-outlet strike (merges, a wire copy, transitive links) and the bundled example articles
INPUTS = [ROOT / "tests" / "data" / "linking" / "articles.jsonl", ROOT / "examples" / "articles"]


@pytest.fixture(scope="module")
def extracted() -> list[tuple[Document, list[Incident]]]:
    docs = [assign_language(d, declared=d.language) for d in iter_inputs(INPUTS) if isinstance(d, Document)]
    out = [(ex.document, ex.incidents) for ex in extract_many(d for d in docs if isinstance(d, Document))]
    assert len(out) >= 15 and sum(len(i) for _, i in out) >= 15
    return out


def copy(items):
    """Fresh incident objects: linking mutates what it merges."""
    return [(d, [Incident.model_validate_json(i.model_dump_json()) for i in incs]) for d, incs in items]


def snapshot(store: Store) -> dict:
    q = store.con.execute
    tables = {t: sorted(q(f"SELECT * EXCLUDE (updated_at) FROM {t}" if t == "incidents" else f"SELECT * FROM {t}")
                        .fetchall(), key=repr)
              for t in ("incidents", "incident_documents", "claims", "evidence", "actors", "link_index",
                        "dedup_copies", "dedup_bands", "dedup_signatures")}
    tables["aliases"] = sorted(q("SELECT old_id, new_id, reason FROM incident_aliases").fetchall())
    # the order of the rows too: the first rows of a band bucket are a new document's candidates
    tables["order"] = [q(f"SELECT {key} FROM {t} ORDER BY rowid").fetchall()
                       for t, key in (("incident_aliases", "old_id"), ("dedup_bands", "doc_id, band"),
                                      ("dedup_copies", "doc_id"))]
    tables["documents"] = sorted(q("SELECT doc_id, status FROM documents").fetchall())
    return tables


def one_per_transaction(items) -> Store:
    store = Store.open(":memory:")
    dedup = NearDuplicateIndex(store)
    for doc, incidents in copy(items):
        store.add_document(doc, status="pending")
        store_extraction(store, doc, incidents, dedup)
    return store


def grouped(items, size: int) -> tuple[Store, list]:
    """``items`` stored ``size`` documents at a time, as the ingest paths store them: the store and
    what :func:`store_extractions` returned for each document."""
    store = Store.open(":memory:")
    dedup = NearDuplicateIndex(store)
    merged = []
    for start in range(0, len(items), size):
        group = items[start:start + size]
        store.add_documents([d for d, _ in group], status="pending")
        merged += store_extractions(store, group, dedup)
    return store, merged


def test_grouped_writes_equal_one_transaction_per_document(extracted):
    want = one_per_transaction(extracted)
    for size in (2, 4, GROUP_SIZE):
        store, merged = grouped(copy(extracted), size)
        assert all(isinstance(m, int) for m in merged)
        got = snapshot(store)
        assert got == snapshot(want), f"group size {size}"
        assert len(got["aliases"]) + sum(merged) > 0  # the strike's reports were linked across documents
        # records linking changed and that stayed parsed from one group to the next are what is stored
        kept = store._parsed
        assert kept, f"group size {size}: no merged record kept parsed"
        for iid, inc in kept.items():
            (record,) = store.con.execute("SELECT record FROM incidents WHERE id = ?", [iid]).fetchone()
            assert Incident.model_validate_json(record) == inc, iid
        assert store.count_documents("extracted") == len(extracted)
        # the record JSON kept of what the store wrote (read instead of a query) is what is stored, for
        # every stored incident and no other
        stored = dict(store.con.execute("SELECT id, record FROM incidents").fetchall())
        assert store._records == stored, f"group size {size}"


def test_group_size_does_not_change_the_store_of_many_reports_of_few_events():
    """64 generated articles (French and English, 10 places, 5 kinds of event, a few days) report
    the same few happenings many times over, so a stored incident often takes in a report of a
    group and is matched again by a later report of the same group: that report must still see it
    (it did not, and the store then depended on the group size: 3, 5 and 32 gave other incidents
    than one document per transaction)."""
    items = [(ex.document, ex.incidents) for ex in extract_many(generated_corpus(64))]
    assert len(items) == 64
    want = one_per_transaction(items)
    expected = snapshot(want)
    assert len(expected["incidents"]) < 48  # reports were linked across documents
    for size in (3, 5, GROUP_SIZE):
        store, merged = grouped(copy(items), size)
        assert all(isinstance(m, int) for m in merged)
        got = snapshot(store)
        assert got == expected, (size, [t for t in expected if got[t] != expected[t]])
        assert store.count_documents("extracted") == len(items)


def test_a_document_that_cannot_be_stored_fails_alone(extracted, monkeypatch):
    bad = extracted[2][0].doc_id
    store = Store.open(":memory:")
    dedup = NearDuplicateIndex(store)
    real = Store.replace_incidents_for_document

    def failing(self, doc_id, *args, **kwargs):
        if doc_id == bad:
            raise RuntimeError("disk full")
        return real(self, doc_id, *args, **kwargs)

    monkeypatch.setattr(Store, "replace_incidents_for_document", failing)
    items = copy(extracted[:6])
    store.add_documents([d for d, _ in items], status="pending")
    results = store_extractions(store, items, dedup)
    assert [type(r) for r in results] == [int, int, RuntimeError, int, int, int]
    assert "disk full" in str(results[2])
    statuses = dict(store.con.execute("SELECT doc_id, status FROM documents").fetchall())
    assert statuses.pop(bad) == "pending"  # nothing of it written; the caller marks it failed
    assert set(statuses.values()) == {"extracted"}
    monkeypatch.setattr(Store, "replace_incidents_for_document", real)
    want = one_per_transaction([x for x in extracted[:6] if x[0].doc_id != bad])
    got, expected = snapshot(store), snapshot(want)
    for table in ("incidents", "claims", "evidence", "actors", "link_index", "aliases"):
        assert got[table] == expected[table], table


def test_reads_inside_a_batch_see_its_pending_writes(extracted):
    doc, incidents = next((d, i) for d, i in copy(extracted) if i)
    store = Store.open(":memory:")
    with store.batch():
        store.add_document(doc, status="pending")
        store.replace_incidents_for_document(doc.doc_id, incidents)
        store.set_document_status(doc.doc_id, "extracted")
        assert store.con.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0  # not written yet
        assert store.get_incident(incidents[0].id) == incidents[0]
        assert store.incident_ids_for_document(doc.doc_id) == sorted(i.id for i in incidents)
        assert store.document_status(doc.doc_id) == "extracted"
        # replacing the document's incidents again drops the pending ones
        store.replace_incidents_for_document(doc.doc_id, incidents[:1])
        assert store.incident_ids_for_document(doc.doc_id) == [incidents[0].id]
    assert store.incident_ids_for_document(doc.doc_id) == [incidents[0].id]
    assert store.document_status(doc.doc_id) == "extracted"


def test_a_failed_batch_writes_nothing(extracted):
    doc, incidents = next((d, i) for d, i in copy(extracted) if i)
    store = Store.open(":memory:")
    store.add_document(doc, status="pending")
    with pytest.raises(KeyError, match="no document 'missing'"):
        with store.batch():
            store.replace_incidents_for_document(doc.doc_id, incidents)
            store.set_document_status(doc.doc_id, "extracted")
            store.set_document_status("missing", "extracted")  # found out when the batch is written
    assert store.count_incidents() == 0
    assert store.document_status(doc.doc_id) == "pending"
    assert store._records == {}  # the rollback forgot the batch's records
    assert store.link_candidates(incidents[0], date_margin=dt.timedelta(days=1), max_km=25) == []


def test_background_writer_gives_the_same_store_as_writing_in_line(tmp_path):
    """run_ingest stores in a writer thread while it parses the next documents: the store must end
    the same as with every write done in line, bad inputs' error rows included."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    stores = {}
    for background in (False, True):
        store = Store.open(tmp_path / f"{background}.duckdb")
        summary = run_ingest([*INPUTS, folder], store, background_writer=background)
        assert summary.new >= 15 and len(summary.errors) == 2, summary.errors
        stores[background] = (summary, store)
    (s1, a), (s2, b) = stores[False], stores[True]
    assert (s1.seen, s1.new, s1.unchanged, s1.incidents, s1.merged) == (s2.seen, s2.new, s2.unchanged, s2.incidents,
                                                                          s2.merged)
    assert [e.reason for e in s1.errors] == [e.reason for e in s2.errors]
    assert snapshot(a) == snapshot(b)
    errors = "SELECT source, reason, stage FROM errors ORDER BY ALL"
    assert a.con.execute(errors).fetchall() == b.con.execute(errors).fetchall()
    again = run_ingest(INPUTS, b)  # a rerun adds nothing
    assert again.new == 0 and again.unchanged == s2.new
    assert snapshot(b) == snapshot(a)


def test_a_writer_failure_reaches_the_caller(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "s.duckdb")

    def broken(self, docs, status="pending", count=True):
        raise OSError("disk full")

    monkeypatch.setattr(Store, "add_documents", broken)
    with pytest.raises(OSError, match="disk full"):
        run_ingest(INPUTS, store, background_writer=True)
    assert store.count_incidents() == 0 and store.count_documents() == 0  # later writes were not run


def test_batched_aliases_end_as_aliases_written_one_step_at_a_time():
    """Inside a batch the aliases of transitive merges are written with two statements at the end;
    chains (a -> b, then b -> c), an incident absorbed twice, and an absorbed id that comes back
    and absorbs its survivor must leave the rows that one statement per step leaves."""
    import random

    rng = random.Random(11)
    ids = [f"i{k}" for k in range(6)]
    for trial in range(60):
        before = [(o, rng.choice(ids), "earlier") for o in rng.sample(ids, rng.randint(0, 4))]
        steps = []
        for k in range(rng.randint(1, 8)):
            old, new = rng.sample(ids, 2)
            steps.append({old: (new, f"step {k}")})
        stores = [Store.open(":memory:"), Store.open(":memory:")]
        for store in stores:
            for old, new, reason in before:
                store.con.execute("INSERT INTO incident_aliases VALUES (?, ?, ?, now()::TIMESTAMP)", [old, new, reason])
        one_by_one, batched = stores
        for step in steps:
            one_by_one._absorb(step)
        with batched.batch():
            for step in steps:
                batched._absorb(step)
        rows = [s.con.execute("SELECT old_id, new_id, reason FROM incident_aliases ORDER BY rowid").fetchall()
                for s in stores]  # in the same order too
        assert rows[0] == rows[1], (trial, before, steps)
        for store in stores:
            store.close()


def test_documents_added_without_their_count_are_stored_alike(tmp_path):
    """``add_documents(count=False)`` (the ingest paths, which do not ask how many were new) writes
    the rows that the counted call writes, the upsert of a known document included."""
    docs = [assign_language(d, declared=d.language) for d in iter_inputs(INPUTS) if isinstance(d, Document)][:5]
    stores = [Store.open(tmp_path / "a.duckdb"), Store.open(tmp_path / "b.duckdb")]
    try:
        counted, uncounted = stores
        assert counted.add_documents(docs[:2], "pending") == 2
        assert uncounted.add_documents(docs[:2], "pending", count=False) is None
        assert counted.add_documents(docs, "failed") == len(docs) - 2
        assert uncounted.add_documents(docs, "failed", count=False) is None
        got = [s.con.execute("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY ALL").fetchall() for s in stores]
        assert got[0] == got[1] and len(got[0]) == len(docs)
    finally:
        for s in stores:
            s.close()
