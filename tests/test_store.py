"""The DuckDB store, on real database files."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap

import pytest

import bilan.store as store_mod
from bilan.model import (
    Actor,
    Claim,
    DateValue,
    Document,
    Evidence,
    Incident,
    IngestError,
    Location,
    Quantity,
    Range,
    Source,
    stable_id,
)
from bilan.store import SCHEMA_VERSION, Store, StoreError, StoreLocked

# Paragraphs of an AFP dispatch of 29 March 2017 (the stored plain text every offset below refers to).
TEXT = (
    "La coalition contre le groupe État islamique estime que moins d'un millier de djihadistes subsistent à "
    "Mossoul, en Irak, où ils cherchent désormais à provoquer délibérément des bavures de la coalition, selon un "
    "porte-parole militaire américain.\n\n"
    "Le chef militaire de la coalition, le général Stephen Townsend, a reconnu cette semaine qu'une frappe de la "
    "coalition le 17 mars était «probablement» à l'origine de la mort de dizaines de civils.\n\n"
    "Les chefs militaires américains affirment toutefois que la munition employée ce jour-là ne suffisait pas à "
    "expliquer les destructions et les pertes humaines observées. Ils soupçonnent notamment que le bâtiment ait pu "
    "être piégé, ou bien que l'explosion d'un camion piégé a pu démultiplier les dégâts."
)
DOC_ID = Document.doc_id_for(TEXT)
PUBLISHED = dt.date(2017, 3, 29)


def span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def evidence(field: str, needle: str, doc_id: str = DOC_ID) -> Evidence:
    start, end = span(needle)
    return Evidence(field=field, doc_id=doc_id, start=start, end=end, text=needle)


def claim(sentence: str, **kw) -> Claim:
    start, end = span(sentence)
    return Claim(text=sentence, doc_id=DOC_ID, start=start, end=end, **kw)


def document(text: str = TEXT, **kw) -> Document:
    fields = dict(
        doc_id=kw.pop("doc_id", None) or Document.doc_id_for(text),
        text=text,
        source_path="seed/afp-mossoul-2017-03.txt",
        url="https://www.afp.com/fr/mossoul-2017-03-29",
        title="Mossoul: moins d'un millier de djihadistes, selon la coalition",
        outlet="AFP",
        published=PUBLISHED,
        published_source="cli",
        language="fr",
        content_format="text",
    )
    fields.update(kw)
    return Document(**fields)


def mosul_strike() -> Incident:
    """The 17 March 2017 coalition air strike in Mosul, every field filled."""
    townsend = (
        "Le chef militaire de la coalition, le général Stephen Townsend, a reconnu cette semaine qu'une frappe de la "
        "coalition le 17 mars était «probablement» à l'origine de la mort de dizaines de civils."
    )
    doubters = (
        "Ils soupçonnent notamment que le bâtiment ait pu être piégé, ou bien que l'explosion d'un camion piégé a pu "
        "démultiplier les dégâts."
    )
    dozens = Range(low=12, best=24, high=99, basis="vague:dozens")
    q_start, q_end = span("moins d'un millier de djihadistes")
    return Incident(
        id=stable_id("inc", DOC_ID, "2017-03-17", "Air/drone strike"),
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover="ASSAULT",
        date=DateValue(start=dt.date(2017, 3, 17), end=dt.date(2017, 3, 17), precision="day", basis="text"),
        location=Location(
            name="Mosul",
            mention="Mossoul",
            country="IQ",
            admin1="Nineveh",
            lat=36.335,
            lon=43.119,
            geonames_id=99072,
            precision="exact",
        ),
        actors=[
            Actor(role="actor1", name="Global Coalition against Daesh", mention="la coalition", kind="foreign_coalition"),
            Actor(role="victim", name="civilians", mention="civils", kind="civilians"),
        ],
        fatalities=dozens,
        injured=None,
        civilian_fatalities=dozens,
        claims=[
            claim(
                townsend,
                speaker="Stephen Townsend",
                speaker_role="chef militaire de la coalition",
                organisation="coalition",
                verb="reconnaître",
                certainty="probable",
            ),
            claim(
                doubters,
                speaker="Les chefs militaires américains",
                organisation="armée américaine",
                verb="soupçonner",
                certainty="possible",
                stance="disputes",
            ),
        ],
        sources=[document().source()],
        evidence=[
            evidence("event_type", "frappe"),
            evidence("date", "le 17 mars"),
            evidence("location", "Mossoul"),
            evidence("actors", "coalition"),
            evidence("civilian_fatalities", "dizaines de civils"),
        ],
        grade="contested",
        summary="Coalition air strike in Mosul on 17 March 2017; dozens of civilians reported killed.",
        quantities=[
            Quantity(
                what="IS fighters remaining in Mosul",
                value=Range(high=999, basis="less_than"),
                speaker="coalition",
                certainty="probable",
                doc_id=DOC_ID,
                start=q_start,
                end=q_end,
                text=TEXT[q_start:q_end],
            )
        ],
        merge_reasons=["same document"],
    )


def simple_incident(id_: str, doc_ids: list[str], day: int = 1, country: str = "IQ", **kw) -> Incident:
    fields = dict(
        id=id_,
        event_type="Battles",
        sub_event_type="Armed clash",
        date=DateValue(start=dt.date(2017, 3, day), precision="day"),
        location=Location(name="Mosul", country=country),
        sources=[Source(doc_id=d) for d in doc_ids],
    )
    fields.update(kw)
    return Incident(**fields)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "bilan.duckdb"


# ---------------------------------------------------------------------- incidents


def test_fully_populated_incident_round_trips_through_a_reopened_file(db):
    inc = mosul_strike()
    with Store.open(db) as store:
        store.add_document(document(), "extracted")
        assert store.save_incidents([inc]) == 1

    with Store.open(db, read_only=True) as store:
        back = store.get_incident(inc.id)
        assert back == inc
        assert back.model_dump(mode="json") == inc.model_dump(mode="json")
        assert back.civilian_fatalities == Range(low=12, best=24, high=99, basis="vague:dozens")
        doc = store.get_document(DOC_ID)
        for ev in back.evidence + back.claims + back.quantities:
            assert doc.text[ev.start : ev.end] == ev.text

        flat = store.con.execute(
            "SELECT event_type, sub_event_type, date_start, date_precision, location_name, location_mention, country,"
            " lat, lon, geonames_id, civilian_low, civilian_best, civilian_high, fatalities_best, injured_best, grade"
            " FROM incidents WHERE id = ?",
            [inc.id],
        ).fetchone()
        assert flat == (
            "Explosions/Remote violence", "Air/drone strike", dt.date(2017, 3, 17), "day", "Mosul", "Mossoul", "IQ",
            36.335, 43.119, 99072, 12, 24, 99, 24, None, "contested",
        )  # fmt: skip
        claims = store.con.execute(
            "SELECT idx, speaker, certainty, stance, verb, start, end_ FROM claims WHERE incident_id = ? ORDER BY idx",
            [inc.id],
        ).fetchall()
        assert [(c[1], c[2], c[3], c[4]) for c in claims] == [
            ("Stephen Townsend", "probable", "supports", "reconnaître"),
            ("Les chefs militaires américains", "possible", "disputes", "soupçonner"),
        ]
        assert TEXT[claims[0][5] : claims[0][6]].startswith("Le chef militaire")
        fields = store.con.execute(
            "SELECT field, text, start, end_ FROM evidence WHERE incident_id = ? ORDER BY start", [inc.id]
        ).fetchall()
        assert ("date", "le 17 mars", *span("le 17 mars")) in fields
        assert len(fields) == 5
        actors = store.con.execute(
            "SELECT role, name, kind FROM actors WHERE incident_id = ? ORDER BY role", [inc.id]
        ).fetchall()
        assert actors == [
            ("actor1", "Global Coalition against Daesh", "foreign_coalition"),
            ("victim", "civilians", "civilians"),
        ]
        assert store.incident_ids_for_document(DOC_ID) == [inc.id]


def test_saving_again_replaces_the_row_and_every_child_row(db):
    inc = mosul_strike()
    with Store.open(db) as store:
        store.save_incidents([inc])
        changed = inc.model_copy(update={"claims": inc.claims[:1], "evidence": inc.evidence[:2], "grade": "fair"})
        store.save_incidents([changed])
        assert store.count_incidents() == 1
        assert store.count_claims() == 1
        assert store._scalar("SELECT count(*) FROM evidence") == 2
        assert store._scalar("SELECT count(*) FROM actors") == 2
        assert store._scalar("SELECT count(*) FROM incident_documents") == 1
        assert store.get_incident(inc.id).grade == "fair"


def test_a_failure_mid_save_leaves_nothing_half_written(db, monkeypatch):
    old = mosul_strike()
    with Store.open(db) as store:
        store.save_incidents([old])
        newer = old.model_copy(update={"claims": old.claims[:1], "grade": "fair"})
        other = simple_incident("inc-other", [DOC_ID])

        real_insert = Store._insert

        def failing_insert(self, table, rows):
            if table == "evidence":  # after the incidents, documents and claims rows went in
                raise RuntimeError("disk full")
            real_insert(self, table, rows)

        monkeypatch.setattr(Store, "_insert", failing_insert)
        with pytest.raises(RuntimeError, match="disk full"):
            store.save_incidents([newer, other])
        with pytest.raises(RuntimeError, match="disk full"):
            store.replace_incidents_for_document(DOC_ID, [other])
        monkeypatch.undo()

        assert store.get_incident(old.id) == old
        assert store.get_incident("inc-other") is None
        assert store.count_incidents() == 1
        assert store.count_claims() == 2
        assert store._scalar("SELECT count(*) FROM evidence") == 5


def test_a_database_constraint_failure_rolls_back_the_whole_batch(db):
    with Store.open(db) as store:
        good = simple_incident("inc-good", ["d1"])
        # an absurd count overflows the INTEGER column: DuckDB refuses it, and the good incident goes too
        absurd = simple_incident("inc-absurd", ["d1"], fatalities=Range.exact(10**12))
        with pytest.raises(StoreError, match="nothing saved"):
            store.save_incidents([good, absurd])
        assert store.count_incidents() == 0
        assert store._scalar("SELECT count(*) FROM incident_documents") == 0
        store.save_incidents([good])
        assert store.count_incidents() == 1


def test_replace_incidents_for_document_keeps_incidents_shared_with_other_documents(db):
    with Store.open(db) as store:
        store.save_incidents(
            [
                simple_incident("only-d1", ["d1"]),
                simple_incident("d1-and-d2", ["d1", "d2"]),
                simple_incident("only-d2", ["d2"]),
            ]
        )
        assert store.replace_incidents_for_document("d1", [simple_incident("new-d1", ["d1"], day=5)]) == 1
        assert sorted(i.id for i in store.iter_incidents()) == ["d1-and-d2", "new-d1", "only-d2"]
        assert store.incident_ids_for_document("d1") == ["d1-and-d2", "new-d1"]


def test_iter_incidents_filters(db):
    with Store.open(db) as store:
        store.save_incidents(
            [
                simple_incident("a", ["d1"], day=1),
                simple_incident("b", ["d1"], day=10, country="SY"),
                simple_incident("c", ["d1"], day=20, event_type="Violence against civilians", sub_event_type="Attack"),
                simple_incident("undated", ["d1"], date=DateValue()),
                simple_incident(
                    "span", ["d1"], date=DateValue(start=dt.date(2017, 2, 25), end=dt.date(2017, 3, 2), precision="week")
                ),
            ]
        )
        ids = lambda **kw: [i.id for i in store.iter_incidents(**kw)]  # noqa: E731
        assert ids() == ["span", "a", "b", "c", "undated"]
        assert ids(date_from="2017-03-02") == ["span", "b", "c"]
        assert ids(date_from=dt.date(2017, 3, 5), date_to=dt.date(2017, 3, 15)) == ["b"]
        assert ids(date_to="2017-02-28") == ["span"]
        assert ids(country="sy") == ["b"]
        assert ids(event_type="Violence against civilians") == ["c"]
        assert ids(limit=2) == ["span", "a"]
        with pytest.raises(ValueError, match="date_from"):
            store.iter_incidents(date_from="17 mars")
        with pytest.raises(ValueError, match="limit"):
            store.iter_incidents(limit=-1)
        with pytest.raises(TypeError):
            store.iter_incidents(outlet="AFP")
        # the store stays usable while an iteration is under way
        for inc in store.iter_incidents(country="IQ"):
            store.save_incidents([inc.model_copy(update={"grade": "weak"})])
        assert {i.grade for i in store.iter_incidents(country="IQ")} == {"weak"}


# ---------------------------------------------------------------------- documents


def test_add_document_is_an_idempotent_upsert(db):
    doc = document()
    with Store.open(db) as store:
        assert store.add_document(doc) is True
        assert store.has_document(DOC_ID)
        # the same text again, from a copy lacking the url but with a fuller outlet name
        again = document(url=None, outlet="Agence France-Presse")
        assert store.add_document(again, "extracted") is False
        assert store.count_documents() == 1
        stored = store.get_document(DOC_ID)
        assert stored.text == TEXT
        assert stored.url == doc.url  # not erased by a copy without it
        assert stored.outlet == "Agence France-Presse"
        assert store.document_status(DOC_ID) == "extracted"
        store.set_document_status(DOC_ID, "failed")
        assert store.count_documents("failed") == 1
        assert store.get_document("d-missing") is None
        assert not store.has_document("d-missing")


def test_a_document_round_trips_exactly(db):
    text = "Kyiv, 3 March — « Hier », des frappes ont tué 3 personnes.\u00a0Zero\x00byte ok.\r\nFin."
    doc = document(text=text, published_source="html", content_format="html", source_path=None)
    with Store.open(db) as store:
        store.add_document(doc)
    with Store.open(db, read_only=True) as store:
        assert store.get_document(doc.doc_id) == doc


def test_bad_document_input_gets_a_clear_error_and_stores_nothing(db):
    with Store.open(db) as store:
        with pytest.raises(ValueError, match="status must be one of"):
            store.add_document(document(), "done")
        with pytest.raises(StoreError, match="could not store document"):
            store.add_document(document(text="lone surrogate \ud800", doc_id="d-surrogate"))
        assert store.count_documents() == 0
        with pytest.raises(KeyError):
            store.set_document_status("d-missing", "failed")


# ---------------------------------------------------------------------- errors, runs, stats


def test_errors_round_trip_and_runs(db):
    errs = [
        IngestError(source="in/a.html", reason="empty_text", stage="ingest", detail="no text after boilerplate removal"),
        IngestError(source="in/b.pdf", reason="unsupported_format", detail=".pdf"),
        IngestError(source="in/c.txt", reason="language_unsupported", stage="extract", doc_id="d123", detail="de"),
    ]
    with Store.open(db) as store:
        run = store.start_run("bilan ingest in/")
        other = store.start_run("bilan ingest more/")
        assert run != other
        store.add_error(errs[0], run)
        store.add_errors(errs[1:], run)
        store.add_error(IngestError(source="more/x", reason="decode_error"), other)
        store.finish_run(run, n_docs=3, n_new=0)
        with pytest.raises(KeyError):
            store.finish_run("r-missing")

    with Store.open(db, read_only=True) as store:
        assert store.errors(run) == errs
        assert len(store.errors()) == 4
        assert store.count_errors(other) == 1
        info = store.get_run(run)
        assert info["command"] == "bilan ingest in/"
        assert (info["n_docs"], info["n_new"], info["n_errors"]) == (3, 0, 3)
        assert info["finished_at"] >= info["started_at"]
        assert store.get_run(other)["finished_at"] is None


def test_stats(db):
    with Store.open(db) as store:
        store.add_document(document(), "extracted")
        store.add_document(document(text="Kyiv was shelled overnight.", language="en"), "extracted")
        store.add_document(document(text="Ein Text.", language=None), "failed")
        store.save_incidents(
            [
                mosul_strike(),
                simple_incident("b", ["d1"], day=29),
                simple_incident("c", ["d1"], day=20, country="SY"),
                simple_incident("undated", ["d1"], date=DateValue(), location=Location()),
            ]
        )
        store.add_error(IngestError(source="x", reason="empty_text"))
        store.add_error(IngestError(source="y", reason="empty_text"))
        stats = store.stats()

    assert stats == {
        "documents": {"total": 3, "by_language": {"en": 1, "fr": 1, "unknown": 1}, "by_status": {"extracted": 2, "failed": 1}},
        "incidents": {
            "total": 4,
            "by_event_type": {"Battles": 3, "Explosions/Remote violence": 1},
            "by_country": {"IQ": 2, "SY": 1, "unknown": 1},
        },
        "errors": {"total": 2, "by_reason": {"empty_text": 2}},
        "claims": {"total": 2, "by_certainty": {"possible": 1, "probable": 1}},
        "date_range": {"start": "2017-03-17", "end": "2017-03-29"},
    }
    json.dumps(stats)  # serialisable as is


# ---------------------------------------------------------------------- opening


def test_read_only_open_reads_and_refuses_writes(db, tmp_path):
    with pytest.raises(FileNotFoundError, match="no bilan store"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)
    with Store.open(db) as store:
        store.add_document(document())
    with Store.open(db, read_only=True) as store:
        assert store.read_only
        assert store.has_document(DOC_ID)
        assert store.schema_version == SCHEMA_VERSION
        for write in (
            lambda: store.add_document(document(text="other")),
            lambda: store.save_incidents([mosul_strike()]),
            lambda: store.add_error(IngestError(source="x", reason="y")),
            lambda: store.start_run("bilan ingest"),
        ):
            with pytest.raises(StoreError, match="read-only"):
                write()
    store.close()  # closing twice is harmless
    with pytest.raises(StoreError, match="closed"):
        store.has_document(DOC_ID)


def test_a_second_process_gets_a_clear_lock_error(db):
    probe = textwrap.dedent(
        f"""
        from bilan.store import Store, StoreLocked
        try:
            Store.open({str(db)!r}, read_only=True)
        except StoreLocked as exc:
            print("locked:", "another bilan process" in str(exc))
        """
    )
    with Store.open(db):
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "locked: True", out.stderr
    assert issubclass(StoreLocked, StoreError)


def test_a_file_that_is_not_a_bilan_store_is_refused_read_only(db):
    import duckdb

    duckdb.connect(str(db)).close()
    with pytest.raises(StoreError, match="not a bilan store"):
        Store.open(db, read_only=True)


def test_schema_migrates_forward_and_refuses_newer_stores(db, monkeypatch):
    with Store.open(db) as store:
        store.save_incidents([mosul_strike()])

    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(store_mod, "_MIGRATIONS", {SCHEMA_VERSION: ("ALTER TABLE incidents ADD COLUMN reviewed BOOLEAN",)})
    with pytest.raises(StoreError, match="open it once writable to migrate"):
        Store.open(db, read_only=True)
    with Store.open(db) as store:
        assert store.schema_version == SCHEMA_VERSION + 1
        assert store.get_incident(mosul_strike().id) == mosul_strike()
        columns = {r[0] for r in store.con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'incidents'").fetchall()}
        assert "reviewed" in columns
    monkeypatch.undo()

    with pytest.raises(StoreError, match="newer than this bilan"):
        Store.open(db)
    with pytest.raises(StoreError, match="upgrade bilan"):
        Store.open(db, read_only=True)


def test_rows_read_from_numpy_columns_are_the_rows_list_parameters_give():
    """Bulk inserts read one numpy object column per table column (a replacement scan, each column
    cast to the table's type): the stored rows must be those of typed list parameters, whatever
    Python objects a column holds (None only, None first, big integers, dates, floats, JSON text)."""
    now = dt.datetime(2026, 12, 3, 9, 30, 1, 123456)
    inc = mosul_strike()
    rows = store_mod._incident_rows(inc, now)
    bare = simple_incident("i-bare", ["d1"])
    bare.location = Location(name=None)
    more = store_mod._incident_rows(bare, now)
    docs = [document(), Document(doc_id="d-none", text="Deux civils tués.", language=None, published=None)]
    stores = [Store.open(":memory:"), Store.open(":memory:")]
    try:
        scanned, listed = stores
        for table in ("incidents", *store_mod._CHILD_TABLES):
            table_rows = rows[table] + more[table]
            assert table in store_mod._SCANNED
            scanned._insert(table, table_rows)
            listed.con.execute(store_mod._insert_sql(table), [list(col) for col in zip(*table_rows, strict=True)])
        scanned.add_documents(docs)
        for d in docs:
            listed.add_document(d)
        for table in ("incidents", *store_mod._CHILD_TABLES, "documents"):
            columns = "* EXCLUDE (ingested_at)" if table == "documents" else "*"
            got = [s.con.execute(f"SELECT {columns} FROM {table} ORDER BY ALL").fetchall() for s in stores]
            assert got[0] == got[1] and got[0], table
    finally:
        for s in stores:
            s.close()


def test_inside_a_batch_new_incident_ids_are_not_looked_up_and_stored_ones_are_still_replaced(db):
    """Once the link cache is loaded it holds every stored or pending incident id (those without a
    text date too): an id it lacks (a new incident, a split piece) is known new without a query,
    and an incident stored or written before the cache was loaded is still replaced, not doubled."""
    undated = simple_incident("i-undated", ["d9"], date=DateValue())
    with Store.open(db) as store:
        store.save_incidents([simple_incident("i-dated", ["d1"]), undated])
    with Store.open(db) as store:
        with store.batch():
            store.save_incidents([simple_incident("i-pending", ["d2"], date=DateValue()),  # before the load
                                  simple_incident("i-pending2", ["d4"], date=DateValue())])
            probe = simple_incident("i-probe", ["d3"])
            store.link_candidates(probe, date_margin=dt.timedelta(days=1), max_km=50.0)  # loads the cache
            queries = []
            real = store._con

            class Counting:
                def execute(self, sql, *args):
                    queries.append(sql)
                    return real.execute(sql, *args)

            store._con = Counting()
            try:
                assert store._existing_incidents(["i-new", "i-split-piece"]) == []
                assert queries == []  # known new from the cache alone
                assert store._existing_incidents(["i-undated", "i-dated"]) == ["i-undated", "i-dated"]
            finally:
                store._con = real
            store.save_incidents([undated.model_copy(update={"summary": "again"}),
                                  simple_incident("i-pending", ["d2"], date=DateValue(), summary="again")])
        with store.batch():  # the same cache, a later batch: what the first one wrote is stored now
            store.save_incidents([simple_incident("i-pending", ["d2"], date=DateValue(), summary="thrice"),
                                  simple_incident("i-pending2", ["d4"], date=DateValue(), summary="again")])
        rows = store.con.execute("SELECT id, summary FROM incidents ORDER BY id").fetchall()
    assert rows == [("i-dated", None), ("i-pending", "thrice"), ("i-pending2", "again"), ("i-undated", "again")]
