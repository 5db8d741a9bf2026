"""The embedded DuckDB store: documents, incidents (with their claims, evidence and actors), errors and runs.

One file (``bilan.duckdb`` by default). DuckDB allows one writing process at a time; readers should
open with ``read_only=True``. All SQL is parameterised.

The incident's full record is kept as JSON (``incidents.record``, ``Incident.model_dump_json()``) and is
what :meth:`Store.get_incident` / :meth:`Store.iter_incidents` return; the flat columns and the child
tables (``claims``, ``evidence``, ``actors``, ``incident_documents``) are derived from it for queries.
Saving an incident replaces its row and all its child rows in one transaction.

Bulk inserts are one ``INSERT ... SELECT`` over the rows: one numpy object array per column, read
by a replacement scan (see ``_SCAN``; tables with list-typed columns pass one typed list per column
and ``unnest`` them, about 8 µs a row, against ~200 µs a row with ``executemany``: DuckDB 2.0,
measured on 20k rows).

Timestamps (``ingested_at``, ``updated_at``, ``at``, ``started_at``, ``finished_at``) are UTC.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

from bilan.model import Document, Incident, IngestError

SCHEMA_VERSION = 3
DEFAULT_PATH = "bilan.duckdb"
DOCUMENT_STATUSES: tuple[str, ...] = ("extracted", "failed", "pending")

# The API's text filters (bilan.query) scan two lowercased columns of ``incidents`` instead of lower()-ing
# summaries and semi-joining ``actors`` per request: ``search_text`` (summary, location name, location
# mention; a part found inside an earlier one is left out, it adds no match) and ``search_actors`` (every
# actor's name and mention), the parts joined by SEARCH_SEP, which a search term cannot span. Inserts
# lower() them in SQL (the same lower() the filters used to apply).
SEARCH_SEP = "\x1f"
_LOWERED = frozenset({"search_text", "search_actors"})

# What Store writes for each incident, in SQL, for rows written without it (old stores, bulk loads).
FILL_SEARCH_SQL = (
    "UPDATE incidents SET search_text = lower(concat_ws(chr(31), summary, "
    "CASE WHEN NOT contains(COALESCE(summary, ''), location_name) THEN location_name END, "
    "CASE WHEN NOT (contains(COALESCE(summary, ''), location_mention) "
    "OR contains(COALESCE(location_name, ''), location_mention)) THEN location_mention END)), "
    "search_actors = (SELECT lower(string_agg(a.name || chr(31) || a.mention, chr(31))) FROM actors a "
    "WHERE a.incident_id = incidents.id)"
)

# Forward migrations: _MIGRATIONS[n] takes a store from schema version n to n + 1.
# Tables that are new in a version need no entry: every open creates missing tables.
_MIGRATIONS: dict[int, Sequence[str]] = {
    1: ("ALTER TABLE incidents ADD COLUMN search_text VARCHAR",
        "ALTER TABLE incidents ADD COLUMN search_actors VARCHAR",
        FILL_SEARCH_SQL),
    # the country a document is set to (Document.country): none for the documents stored before
    2: ("ALTER TABLE documents ADD COLUMN IF NOT EXISTS country VARCHAR",),
}

# the low/best/high columns of the three counts, in the incidents table and in the review state
_COUNT_COLUMNS = tuple((f"{count}_{part}", "INTEGER", "") for count in ("fatalities", "injured", "civilian")
                       for part in ("low", "best", "high"))

# table -> ((column, DuckDB type, constraint), ...). The column order is the insert order.
# Quote "at" (a DuckDB keyword) in hand-written SQL.
_TABLES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "meta": (("key", "VARCHAR", "PRIMARY KEY"), ("value", "VARCHAR", "NOT NULL")),
    "documents": (
        ("doc_id", "VARCHAR", "PRIMARY KEY"),
        ("text", "VARCHAR", "NOT NULL"),
        ("source_path", "VARCHAR", ""),
        ("url", "VARCHAR", ""),
        ("title", "VARCHAR", ""),
        ("outlet", "VARCHAR", ""),
        ("published", "DATE", ""),
        ("published_source", "VARCHAR", ""),
        ("language", "VARCHAR", ""),
        ("content_format", "VARCHAR", ""),
        ("country", "VARCHAR", ""),
        ("ingested_at", "TIMESTAMP", "NOT NULL"),
        ("status", "VARCHAR", "NOT NULL CHECK (status IN ('extracted', 'failed', 'pending'))"),
    ),
    "incidents": (
        ("id", "VARCHAR", "PRIMARY KEY"),
        ("event_type", "VARCHAR", "NOT NULL"),
        ("sub_event_type", "VARCHAR", "NOT NULL"),
        ("plover", "VARCHAR", ""),
        ("date_start", "DATE", ""),
        ("date_end", "DATE", ""),
        ("date_precision", "VARCHAR", ""),
        ("location_name", "VARCHAR", ""),
        ("location_mention", "VARCHAR", ""),
        ("country", "VARCHAR", ""),
        ("admin1", "VARCHAR", ""),
        ("lat", "DOUBLE", ""),
        ("lon", "DOUBLE", ""),
        ("geonames_id", "BIGINT", ""),
        ("location_precision", "VARCHAR", ""),
        *_COUNT_COLUMNS,
        ("grade", "VARCHAR", "NOT NULL"),
        ("summary", "VARCHAR", ""),
        ("record", "JSON", "NOT NULL"),
        ("updated_at", "TIMESTAMP", "NOT NULL"),
        ("search_text", "VARCHAR", ""),  # see SEARCH_SEP
        ("search_actors", "VARCHAR", ""),
    ),
    "incident_documents": (("incident_id", "VARCHAR", "NOT NULL"), ("doc_id", "VARCHAR", "NOT NULL")),
    "claims": (
        ("incident_id", "VARCHAR", "NOT NULL"),
        ("idx", "INTEGER", "NOT NULL"),
        ("text", "VARCHAR", "NOT NULL"),
        ("speaker", "VARCHAR", ""),
        ("speaker_role", "VARCHAR", ""),
        ("organisation", "VARCHAR", ""),
        ("verb", "VARCHAR", ""),
        ("certainty", "VARCHAR", "NOT NULL"),
        ("stance", "VARCHAR", "NOT NULL"),
        ("doc_id", "VARCHAR", "NOT NULL"),
        ("start", "INTEGER", "NOT NULL"),
        ("end_", "INTEGER", "NOT NULL"),
    ),
    "evidence": (
        ("incident_id", "VARCHAR", "NOT NULL"),
        ("field", "VARCHAR", "NOT NULL"),
        ("doc_id", "VARCHAR", "NOT NULL"),
        ("start", "INTEGER", "NOT NULL"),
        ("end_", "INTEGER", "NOT NULL"),
        ("text", "VARCHAR", "NOT NULL"),
    ),
    "actors": (
        ("incident_id", "VARCHAR", "NOT NULL"),
        ("role", "VARCHAR", "NOT NULL"),
        ("name", "VARCHAR", "NOT NULL"),
        ("mention", "VARCHAR", "NOT NULL"),
        ("kind", "VARCHAR", ""),
    ),
    # linking (bilan.link): one row per text-dated report of an incident, days since 1970-01-01;
    # read once per process into Store._link_cache, see link_candidates
    "link_index": (
        ("incident_id", "VARCHAR", "NOT NULL"),
        ("sub_event_type", "VARCHAR", "NOT NULL"),
        ("day_lo", "INTEGER", "NOT NULL"),
        ("day_hi", "INTEGER", "NOT NULL"),
        ("lat", "DOUBLE", ""),
        ("lon", "DOUBLE", ""),
        ("geonames_id", "BIGINT", ""),
    ),
    # an incident merged into another (transitive merge): `bilan show OLD_ID` still finds it
    "incident_aliases": (
        ("old_id", "VARCHAR", "PRIMARY KEY"),
        ("new_id", "VARCHAR", "NOT NULL"),
        ("reason", "VARCHAR", ""),
        ("at", "TIMESTAMP", "NOT NULL"),
    ),
    "errors": (
        ("source", "VARCHAR", "NOT NULL"),
        ("reason", "VARCHAR", "NOT NULL"),
        ("stage", "VARCHAR", "NOT NULL"),
        ("detail", "VARCHAR", ""),
        ("doc_id", "VARCHAR", ""),
        ("at", "TIMESTAMP", "NOT NULL"),
        ("run_id", "VARCHAR", ""),
    ),
    "runs": (
        ("run_id", "VARCHAR", "PRIMARY KEY"),
        ("started_at", "TIMESTAMP", "NOT NULL"),
        ("finished_at", "TIMESTAMP", ""),
        ("n_docs", "INTEGER", ""),
        ("n_new", "INTEGER", ""),
        ("n_errors", "INTEGER", ""),
        ("command", "VARCHAR", ""),
    ),
    # human review (bilan.review): API tokens (only their sha256 is kept), the append-only audit log,
    # the current reviewed value per (incident, field) ("*" = the whole incident), what identifies a
    # reviewed incident when re-extraction changes its id, and the flat overlay the queries join
    "tokens": (
        ("token_id", "VARCHAR", "PRIMARY KEY"),
        ("name", "VARCHAR", "NOT NULL"),
        ("token_hash", "VARCHAR", "NOT NULL UNIQUE"),
        ("created_at", "TIMESTAMP", "NOT NULL"),
        ("revoked_at", "TIMESTAMP", ""),
    ),
    "audit_log": (
        ("id", "BIGINT", "PRIMARY KEY"),
        ("incident_id", "VARCHAR", "NOT NULL"),
        ("field", "VARCHAR", "NOT NULL"),
        ("action", "VARCHAR", "NOT NULL"),
        ("who", "VARCHAR", "NOT NULL"),
        ("at", "TIMESTAMP", "NOT NULL"),
        ("before", "JSON", ""),
        ("after", "JSON", ""),
        ("comment", "VARCHAR", ""),
    ),
    "reviews": (
        ("incident_id", "VARCHAR", "NOT NULL"),
        ("field", "VARCHAR", "NOT NULL"),
        ("action", "VARCHAR", "NOT NULL CHECK (action IN ('accept', 'reject', 'edit'))"),
        ("value", "JSON", ""),
        ("who", "VARCHAR", "NOT NULL"),
        ("at", "TIMESTAMP", "NOT NULL"),
    ),
    "review_anchors": (
        ("incident_id", "VARCHAR", "PRIMARY KEY"),
        ("members", "VARCHAR[]", "NOT NULL"),
        ("doc_ids", "VARCHAR[]", "NOT NULL"),
        ("event_type", "VARCHAR", ""),
        ("date_start", "DATE", ""),
        ("location_name", "VARCHAR", ""),
    ),
    "review_state": (
        ("incident_id", "VARCHAR", "PRIMARY KEY"),
        ("status", "VARCHAR", "NOT NULL"),
        ("fields", "VARCHAR[]", "NOT NULL"),
        ("event_type", "VARCHAR", ""),
        ("sub_event_type", "VARCHAR", ""),
        ("date_start", "DATE", ""),
        ("date_end", "DATE", ""),
        ("date_precision", "VARCHAR", ""),
        ("location_name", "VARCHAR", ""),
        ("country", "VARCHAR", ""),
        ("admin1", "VARCHAR", ""),
        ("lat", "DOUBLE", ""),
        ("lon", "DOUBLE", ""),
        *_COUNT_COLUMNS,
    ),
}
_CHILD_TABLES = ("incident_documents", "claims", "evidence", "actors", "link_index")


def _ddl(table: str) -> str:
    cols = ", ".join(f'"{name}" {typ} {cons}'.rstrip() for name, typ, cons in _TABLES[table])
    return f"CREATE TABLE IF NOT EXISTS {table} ({cols})"


def _insert_sql(table: str) -> str:
    """``INSERT ... SELECT unnest(?), unnest(?), ...``: one typed list parameter per column (the search
    columns lowercased)."""
    cols = _TABLES[table]
    names = ", ".join(f'"{name}"' for name, _, _ in cols)
    lists = ", ".join(f"lower(unnest(?::{typ}[]))" if name in _LOWERED else f"unnest(?::{typ}[])"
                      for name, typ, _ in cols)
    return f"INSERT INTO {table} ({names}) SELECT {lists}"


# Bulk rows reach DuckDB as one numpy object array per column, read by a replacement scan of a
# local dict of that name (DuckDB looks it up in the frame that calls ``execute``): 500 evidence
# rows cost ~1.2 ms of CPU this way, ~3.8 ms as typed list parameters (``unnest(?::T[])``, kept
# for the tables with list-typed columns), which build a DuckDB value per element first. Each
# column is cast to the table's type, so what DuckDB infers from the Python objects does not matter.
_SCAN = "_bilan_rows"


def _scan_insert_sql(table: str) -> str | None:
    """``INSERT ... SELECT c0::T0, c1::T1, ... FROM _bilan_rows`` (the search columns lowercased);
    None for a table with a list-typed column."""
    cols = _TABLES[table]
    if any(typ.endswith("[]") for _, typ, _ in cols):
        return None
    names = ", ".join(f'"{name}"' for name, _, _ in cols)
    exprs = ", ".join(f"lower(c{k}::{typ})" if name in _LOWERED else f"c{k}::{typ}"
                      for k, (name, typ, _) in enumerate(cols))
    return f"INSERT INTO {table} ({names}) SELECT {exprs} FROM {_SCAN}"


def _scan_columns(rows: Sequence[tuple]) -> dict[str, np.ndarray]:
    """``rows`` as the columns a :func:`_scan_insert_sql` statement reads (``c0``, ``c1``, ...)."""
    out = {}
    for k, col in enumerate(zip(*rows, strict=True)):
        array = np.empty(len(col), dtype=object)
        array[:] = col
        out[f"c{k}"] = array
    return out


_SCAN_SQL = {table: _scan_insert_sql(table) for table in _TABLES if table != "meta"}
_SCANNED = frozenset(table for table, sql in _SCAN_SQL.items() if sql)
_INSERT_SQL = {table: sql or _insert_sql(table) for table, sql in _SCAN_SQL.items()}
_RECORD_COLUMN = [name for name, _, _ in _TABLES["incidents"]].index("record")
_DOCUMENT_COLUMNS = tuple(name for name, _, _ in _TABLES["documents"])
_DOCUMENT_FIELDS = tuple(n for n in _DOCUMENT_COLUMNS if n not in ("ingested_at", "status"))
_UPSERT_DOCUMENT = (
    f"INSERT INTO documents ({', '.join(_DOCUMENT_COLUMNS)}) VALUES ({', '.join('?' for _ in _DOCUMENT_COLUMNS)}) "
    "ON CONFLICT (doc_id) DO UPDATE SET "
    # the text and first ingestion time stay; new metadata fills in, never erases what is known
    + ", ".join(
        f"{n} = COALESCE(excluded.{n}, documents.{n})" for n in _DOCUMENT_FIELDS if n not in ("doc_id", "text")
    )
    + ", status = excluded.status"
)
_UPSERT_DOCUMENTS = _INSERT_SQL["documents"] + _UPSERT_DOCUMENT[_UPSERT_DOCUMENT.index(" ON CONFLICT"):]
_SELECT_DOCUMENT = f"SELECT {', '.join(_DOCUMENT_FIELDS)} FROM documents WHERE doc_id = ?"
_ERROR_FIELDS = ("source", "reason", "stage", "detail", "doc_id")
_RUN_COLUMNS = tuple(name for name, _, _ in _TABLES["runs"])
_FETCH_BATCH = 500
_PARSED_MAX = 5_000  # parsed candidate records kept by a store (then the cache starts again): ~100 MB at most
_RECORDS_MAX = 32_000_000  # characters of record JSON a store keeps of what it wrote (then it starts again)


class StoreError(RuntimeError):
    """The store cannot do what was asked (not a bilan store, wrong schema version, read-only, bad value)."""


class StoreLocked(StoreError):
    """Another process holds the DuckDB file open for writing."""


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _check_status(status: str) -> None:
    if status not in DOCUMENT_STATUSES:
        raise ValueError(f"document status must be one of {DOCUMENT_STATUSES}, not {status!r}")


def _as_date(value: dt.date | str | None, name: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{name} must be a date or a YYYY-MM-DD string, not {value!r}")


def _range_cols(rng: Any) -> tuple[int | None, int | None, int | None]:
    return (None, None, None) if rng is None else (rng.low, rng.best, rng.high)


def _doc_ids(inc: Incident) -> list[str]:
    """The documents an incident rests on: its sources, then any other document its claims or evidence cite."""
    ids = [s.doc_id for s in inc.sources]
    ids += [c.doc_id for c in inc.claims] + [e.doc_id for e in inc.evidence] + [q.doc_id for q in inc.quantities]
    return list(dict.fromkeys(ids))


def _incident_rows(inc: Incident, now: dt.datetime) -> dict[str, list[tuple]]:
    d, loc = inc.date, inc.location
    row = (
        inc.id, inc.event_type, inc.sub_event_type, inc.plover,
        d.start, d.end, d.precision,
        loc.name, loc.mention, loc.country, loc.admin1, loc.lat, loc.lon, loc.geonames_id, loc.precision,
        *_range_cols(inc.fatalities), *_range_cols(inc.injured), *_range_cols(inc.civilian_fatalities),
        inc.grade, inc.summary, inc.model_dump_json(), now,
        _search_text(inc.summary, loc.name, loc.mention),
        SEARCH_SEP.join(f"{a.name}{SEARCH_SEP}{a.mention}" for a in inc.actors) or None,
    )  # fmt: skip
    return {
        "incidents": [row],
        "incident_documents": [(inc.id, doc_id) for doc_id in _doc_ids(inc)],
        "claims": [
            (inc.id, i, c.text, c.speaker, c.speaker_role, c.organisation, c.verb, c.certainty, c.stance,
             c.doc_id, c.start, c.end)
            for i, c in enumerate(inc.claims)
        ],  # fmt: skip
        "evidence": [(inc.id, e.field, e.doc_id, e.start, e.end, e.text) for e in inc.evidence],
        "actors": [(inc.id, a.role, a.name, a.mention, a.kind) for a in inc.actors],
        "link_index": _link_rows(inc),
    }


def _search_text(*parts: str | None) -> str:
    """``search_text`` before lower(): the parts, less those found inside an earlier part."""
    known = [p for p in parts if p is not None]
    return SEARCH_SEP.join(p for i, p in enumerate(known) if not any(p in q for q in known[:i]))


_EPOCH = dt.date(1970, 1, 1)
# a report whose date spans more than this many days is not put in every day's bucket
_WIDE_DAYS = 62


def _link_rows(inc: Incident) -> list[tuple]:
    """One link-index row per text-dated report (the incident itself when it has no reports)."""
    rows = []
    for r in (inc.reports or [inc]):
        d, loc = r.date, r.location
        if d.start is None or d.basis == "publication":
            continue
        rows.append((inc.id, inc.sub_event_type, (d.start - _EPOCH).days, ((d.end or d.start) - _EPOCH).days,
                     loc.lat, loc.lon, loc.geonames_id))
    return rows


class _LinkCache:
    """The link index in memory: (sub_event_type, day) -> {incident_id: [(day_lo, lat, lon, gid), ...]},
    plus per type the reports spanning more than ``_WIDE_DAYS`` days. Lookups cost the same at 1k or
    100k incidents (a few dict hits per day of the window)."""

    def __init__(self, rows: Iterable[tuple], unlinked: Iterable[str] = ()) -> None:
        self.days: dict[tuple[str, int], dict[str, list[tuple]]] = {}
        self.wide: dict[str, dict[str, list[tuple]]] = {}
        self.keys: dict[str, list[tuple]] = {}
        # the stored incidents without a link row (no text date): with ``keys``, every incident id
        # the store holds (pending writes of a batch included), so an id found in neither is new
        self.unlinked: set[str] = set(unlinked)
        for row in rows:
            self.add(row)

    def holds(self, iid: str) -> bool:
        return iid in self.keys or iid in self.unlinked

    def add(self, row: tuple) -> None:
        iid, sub, lo, hi, lat, lon, gid = row
        entry = (lo, hi, lat, lon, gid)
        if hi - lo > _WIDE_DAYS:
            key = (sub, None)
            self.wide.setdefault(sub, {}).setdefault(iid, []).append(entry)
        else:
            for day in range(lo, hi + 1):
                self.days.setdefault((sub, day), {}).setdefault(iid, []).append(entry)
            key = (sub, lo, hi)
        self.keys.setdefault(iid, []).append(key)

    def remove(self, iid: str) -> None:
        self.unlinked.discard(iid)
        for key in self.keys.pop(iid, ()):
            if key[1] is None:
                self.wide.get(key[0], {}).pop(iid, None)
                continue
            sub, lo, hi = key
            for day in range(lo, hi + 1):
                bucket = self.days.get((sub, day))
                if bucket is not None:
                    bucket.pop(iid, None)
                    if not bucket:
                        del self.days[(sub, day)]

    def lookup(self, sub: str, lo: int, hi: int) -> dict[str, list[tuple]]:
        out: dict[str, list[tuple]] = {}
        for day in range(lo, hi + 1):
            for iid, entries in self.days.get((sub, day), {}).items():
                have = out.setdefault(iid, [])
                have.extend(e for e in entries if e not in have)
        for iid, entries in self.wide.get(sub, {}).items():
            if any(e[0] <= hi and lo <= e[1] for e in entries):
                have = out.setdefault(iid, [])
                have.extend(e for e in entries if e not in have)
        return out


class Store:
    """A bilan database. Use :meth:`open`; close it (or use it as a context manager) when done."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        self._con: duckdb.DuckDBPyConnection | None = con
        self.path = path
        self.read_only = read_only
        self._link_cache: _LinkCache | None = None
        self._reset_batch(None)
        # link_candidates' parsed records by id (JSON parsing was most of its cost), dropped when the
        # incident is deleted, written outside a batch (inside one, a record written as handed out
        # stays) and on rollback; linking changes a candidate only to write it
        self._parsed: dict[str, Incident] = {}
        # the record JSON of incidents this store wrote, by id (link_candidates parses a candidate
        # from it instead of a query per lookup, ~3 ms of CPU each), dropped like ``_parsed``
        self._records: dict[str, str] = {}
        self._records_size = 0
        # called (without arguments) when a transaction rolls back: caches of other objects on this store
        self.on_rollback: list = []

    def _reset_batch(self, pending: dict | None) -> None:
        """The state of :meth:`batch`, all of it: empty, with ``pending`` None outside a batch."""
        # incident writes not inserted yet ({id: rows by table}) and document statuses not set yet
        self._pending: dict[str, dict[str, list[tuple]]] | None = pending
        self._pending_status: dict[str, str] = {}
        # whether an incident id has a stored row (learnt by lookups and writes), and the documents
        # known to have no stored incident rows (their replace skips a query)
        self._stored: dict[str, bool] = {}
        self._docs_without_incidents: set[str] = set()
        self._deleted: set[str] = set()  # stored incidents the batch deletes when it is written
        self._pending_aliases: list[tuple[str, str, str, dt.datetime]] = []  # (old, new, reason, at), in order

    # ------------------------------------------------------------------ opening, schema

    @classmethod
    def open(cls, path: str | Path = DEFAULT_PATH, read_only: bool = False) -> Store:
        """Open (creating and migrating when writable) the store at ``path`` (``":memory:"`` works too)."""
        path = str(path)
        in_memory = path == ":memory:"
        if read_only and (in_memory or not Path(path).exists()):
            raise FileNotFoundError(f"no bilan store at {path!r} (a read-only open needs an existing store)")
        try:
            con = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreLocked(
                    f"{path!r} is in use by another bilan process (DuckDB allows one writer): {exc}"
                ) from exc
            raise StoreError(f"cannot open {path!r}: {exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {path!r}: {exc}") from exc
        store = cls(con, path, read_only)
        try:
            store._check_schema() if read_only else store._init_schema()
        except BaseException:
            store.close()
            raise
        return store

    def reader(self) -> Store:
        """A read-only view of this store on a connection of its own (``DuckDBPyConnection.cursor``),
        for another thread while this one writes: it sees committed data only. Close it first."""
        return Store(self.con.cursor(), self.path, read_only=True)

    def _schema_version(self) -> int | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return None if row is None else int(row[0])

    def _init_schema(self) -> None:
        with self._transaction():
            self.con.execute(_ddl("meta"))
            version = self._schema_version()
            if version is not None and version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path!r} has schema version {version}, newer than this bilan ({SCHEMA_VERSION}): upgrade bilan"
                )
            if version is not None:
                for v in range(version, SCHEMA_VERSION):
                    for statement in _MIGRATIONS.get(v, ()):
                        self.con.execute(statement)
            for table in _TABLES:
                self.con.execute(_ddl(table))
            # a store written before the link index existed: fill it from the incidents' own dates
            self.con.execute(
                "INSERT INTO link_index SELECT id, sub_event_type, date_start - DATE '1970-01-01', "
                "COALESCE(date_end, date_start) - DATE '1970-01-01', lat, lon, geonames_id FROM incidents "
                "WHERE date_start IS NOT NULL AND NOT EXISTS (SELECT 1 FROM link_index)"
                " AND json_extract_string(record, '$.date.basis') IS DISTINCT FROM 'publication'")
            if version != SCHEMA_VERSION:
                self.con.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [str(SCHEMA_VERSION)],
                )

    def _check_schema(self) -> None:
        try:
            version = self._schema_version()
        except duckdb.CatalogException as exc:
            raise StoreError(f"{self.path!r} is not a bilan store (no meta table)") from exc
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path!r} has schema version {version}, this bilan uses {SCHEMA_VERSION}"
                + (": open it once writable to migrate it" if (version or 0) < SCHEMA_VERSION else ": upgrade bilan")
            )

    @property
    def schema_version(self) -> int | None:
        return self._schema_version()

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The underlying DuckDB connection, for ad-hoc read queries."""
        if self._con is None:
            raise StoreError(f"store {self.path!r} is closed")
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One DuckDB transaction; inside :meth:`transaction` (or another ``_transaction``) it
        joins the enclosing one, which commits or rolls back everything together."""
        if getattr(self, "_tx_depth", 0):
            self._tx_depth += 1
            try:
                yield
            finally:
                self._tx_depth -= 1
            return
        con = self.con
        con.begin()
        self._tx_depth = 1
        try:
            yield
        except BaseException:
            self._tx_depth = 0
            # the link cache may hold rows the rollback undoes: drop it first (even if the
            # rollback itself fails), the next lookup reads it again from the database
            self._link_cache = None
            self._parsed = {}
            self._forget_records()
            for hook in self.on_rollback:
                hook()
            con.rollback()
            raise
        self._tx_depth = 0
        con.commit()

    def transaction(self):
        """Make several store calls atomic: ``with store.transaction(): ...`` commits them all or
        none (a process killed midway leaves the store as it was before the block)."""
        self._writable()
        return self._transaction()

    @contextmanager
    def batch(self, doc_ids: Iterable[str] = (), incident_ids: Iterable[str] = ()) -> Iterator[None]:
        """Like :meth:`transaction` (all or nothing), for many documents' writes at once: incident
        rows and document statuses are kept in memory and written with one statement per table
        when the block ends, instead of a few statements per incident (bulk ingestion pays
        ~1 ms per statement). Inside the block :meth:`get_incident`, :meth:`link_candidates`,
        :meth:`incident_ids_for_document`, :meth:`replace_incidents_for_document` and
        :meth:`document_status` see the pending writes; other reads see the store as it was
        before them. ``doc_ids`` and ``incident_ids`` (the documents and incidents about to be
        written) are looked up once here, which spares a lookup per document and incident later.
        A nested ``batch`` joins the enclosing one."""
        self._writable()
        with self._transaction():
            if self._pending is not None:
                yield
                return
            self._reset_batch({})
            try:
                self._docs_without_incidents = set(doc_ids)
                if self._docs_without_incidents:
                    self._docs_without_incidents -= {r[0] for r in self.con.execute(
                        "SELECT DISTINCT doc_id FROM incident_documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                        [list(self._docs_without_incidents)]).fetchall()}
                self._existing_incidents(list(dict.fromkeys(incident_ids)))
                yield
                self._flush_pending()
            finally:
                self._reset_batch(None)

    def _flush_pending(self) -> None:
        if self._deleted:
            self._delete_stored(sorted(self._deleted))
        rows: dict[str, list[tuple]] = {"incidents": [], **{t: [] for t in _CHILD_TABLES}}
        for by_table in self._pending.values():
            for table, table_rows in by_table.items():
                rows[table] += table_rows
        for table, table_rows in rows.items():
            self._insert(table, table_rows)
        self._remember_records(rows["incidents"])
        if self._pending_aliases:
            self._write_aliases(self._pending_aliases)
        if self._pending_status:
            ids, statuses = list(self._pending_status), list(self._pending_status.values())
            (n,) = self.con.execute(
                "UPDATE documents SET status = s.status FROM (SELECT unnest(?::VARCHAR[]) AS doc_id, "
                "unnest(?::VARCHAR[]) AS status) s WHERE documents.doc_id = s.doc_id", [ids, statuses]).fetchone()
            if n != len(ids):
                found = {r[0] for r in self.con.execute(
                    "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
                raise KeyError(f"no document {sorted(set(ids) - found)[0]!r} in the store")

    def _writable(self) -> duckdb.DuckDBPyConnection:
        if self.read_only:
            raise StoreError(f"store {self.path!r} is open read-only")
        return self.con

    def _insert(self, table: str, rows: list[tuple]) -> None:
        if not rows:
            return
        if table in _SCANNED:
            _bilan_rows = _scan_columns(rows)  # noqa: F841 - read by the statement (see _SCAN)
            self.con.execute(_INSERT_SQL[table])
        else:
            self.con.execute(_INSERT_SQL[table], [list(col) for col in zip(*rows, strict=True)])

    def _remember_records(self, incident_rows: list[tuple]) -> None:
        """Keep the record JSON of incident rows just inserted (see ``_records``)."""
        for row in incident_rows:
            record = row[_RECORD_COLUMN]
            if self._records_size + len(record) > _RECORDS_MAX:
                self._forget_records()
            self._records_size += len(record) - len(self._records.get(row[0], ""))
            self._records[row[0]] = record

    def _forget_records(self) -> None:
        self._records = {}
        self._records_size = 0

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.con.execute(sql, params).fetchone()[0]

    def _counts(self, sql: str, params: Sequence[Any] = ()) -> dict[str, int]:
        """``sql`` selects (key, count); keys that are NULL count as "unknown"."""
        rows = self.con.execute(sql, params).fetchall()
        counts = [("unknown" if k is None else str(k), n) for k, n in rows]
        return dict(sorted(counts, key=lambda kv: (-kv[1], kv[0])))

    # ------------------------------------------------------------------ documents

    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone() is not None

    def add_document(self, doc: Document, status: str = "pending") -> bool:
        """Store ``doc`` (upsert by ``doc_id``). Returns True when it was new.

        Storing the same doc_id again keeps one row: the stored text and first ``ingested_at`` stay,
        metadata the new copy has fills in (metadata it lacks is not erased), and the status is set.
        """
        _check_status(status)
        con = self._writable()
        params = [getattr(doc, n) for n in _DOCUMENT_FIELDS] + [_utcnow(), status]
        try:
            with self._transaction():
                new = not self.has_document(doc.doc_id)
                con.execute(_UPSERT_DOCUMENT, params)
        except duckdb.Error as exc:
            raise StoreError(f"could not store document {doc.doc_id!r} (nothing stored): {exc}") from exc
        return new

    def add_documents(self, docs: Iterable[Document], status: str = "pending", count: bool = True) -> int | None:
        """Store many documents with one statement, each as :meth:`add_document` would (a doc_id
        given twice: the last copy). Returns how many were new; None with ``count=False``, which
        spares the query that counts them (and the transaction around the two statements)."""
        _check_status(status)
        con = self._writable()
        docs = list({d.doc_id: d for d in docs}.values())
        if not docs:
            return 0
        ids = [d.doc_id for d in docs]
        now = _utcnow()
        _bilan_rows = _scan_columns([(*(getattr(d, n) for n in _DOCUMENT_FIELDS), now, status)  # noqa: F841
                                     for d in docs])  # read by the statement (see _SCAN)
        try:
            if not count:  # one statement: all or nothing by itself
                con.execute(_UPSERT_DOCUMENTS)
                return None
            with self._transaction():
                (known,) = con.execute(
                    "SELECT count(*) FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchone()
                con.execute(_UPSERT_DOCUMENTS)
        except duckdb.Error as exc:
            raise StoreError(f"could not store {len(docs)} documents (nothing stored): {exc}") from exc
        return len(docs) - known

    def document_statuses(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """``{doc_id: status}`` for those of ``doc_ids`` in the store (one query)."""
        ids = list(doc_ids)
        if not ids:
            return {}
        found = dict(self.con.execute(
            "SELECT doc_id, status FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall())
        found.update({d: s for d, s in self._pending_status.items() if d in found})
        return found

    def document_countries(self, doc_ids: Iterable[str]) -> dict[str, str | None]:
        """``{doc_id: country}`` (``Document.country``, None when unset) for those of ``doc_ids`` in the store."""
        ids = list(doc_ids)
        if not ids:
            return {}
        return dict(self.con.execute(
            "SELECT doc_id, country FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall())

    def set_document_status(self, doc_id: str, status: str) -> None:
        _check_status(status)
        if self._pending is not None:  # inside batch(): set when the batch is written
            self._writable()
            self._pending_status[doc_id] = status
            return
        (n,) = self._writable().execute("UPDATE documents SET status = ? WHERE doc_id = ?", [status, doc_id]).fetchone()
        if n == 0:
            raise KeyError(f"no document {doc_id!r} in the store")

    def document_status(self, doc_id: str) -> str | None:
        if doc_id in self._pending_status:
            return self._pending_status[doc_id]
        row = self.con.execute("SELECT status FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return None if row is None else row[0]

    def get_document(self, doc_id: str) -> Document | None:
        row = self.con.execute(_SELECT_DOCUMENT, [doc_id]).fetchone()
        return None if row is None else Document(**dict(zip(_DOCUMENT_FIELDS, row, strict=True)))

    # ------------------------------------------------------------------ incidents

    def _delete_incidents(self, ids: list[str]) -> None:
        """Delete incidents with their child rows (inside :meth:`batch`: pending ones too)."""
        if not ids:
            return
        stored = ids
        if self._pending is not None:
            for iid in ids:
                self._pending.pop(iid, None)
            stored = self._existing_incidents(ids)
        if stored and self._pending is not None:  # deleted when the batch is written
            self._stored.update((i, False) for i in stored)
            self._deleted.update(stored)
        elif stored:
            self._delete_stored(stored)
        for iid in ids:
            self._parsed.pop(iid, None)
            self._records_size -= len(self._records.pop(iid, ""))
        if self._link_cache is not None:
            for iid in ids:
                self._link_cache.remove(iid)

    def _delete_stored(self, ids: list[str]) -> None:
        for table in _CHILD_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE incident_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        self.con.execute("DELETE FROM incidents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])

    def _existing_incidents(self, ids: list[str]) -> list[str]:
        """Those of ``ids`` already stored (a primary-key lookup): only they have rows to delete, and
        a DELETE on the child tables scans them whole, so new incidents (most of them) skip it.
        Inside :meth:`batch` the answers are remembered (and kept right by the batch's deletes)."""
        if not ids:
            return []
        if self._pending is None:
            return [r[0] for r in self.con.execute(
                "SELECT id FROM incidents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()]
        unknown = [i for i in ids if i not in self._stored]
        if unknown and self._link_cache is not None:
            # the link cache holds every stored or pending incident id: one it lacks is not stored
            # (a split piece's new id, a new incident), and only the others are looked up
            self._stored.update((i, False) for i in unknown if not self._link_cache.holds(i))
            unknown = [i for i in unknown if i not in self._stored]
        if unknown:
            found = {r[0] for r in self.con.execute(
                "SELECT id FROM incidents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [unknown]).fetchall()}
            self._stored.update((i, i in found) for i in unknown)
        return [i for i in ids if self._stored[i]]

    def _write_incidents(self, incidents: Iterable[Incident]) -> int:
        """Inside a transaction: replace each incident's row and child rows (the last copy of an id wins)."""
        by_id = {inc.id: inc for inc in incidents}
        now = _utcnow()
        rows = {iid: _incident_rows(inc, now) for iid, inc in by_id.items()}
        if self._pending is not None:
            # a record link_candidates handed out and linking changed is written as it is kept:
            # it stays parsed (big merged incidents cost milliseconds to parse again); the caller's
            # own objects are not kept, as a group redone after a failure uses them again
            kept = {iid: inc for iid, inc in by_id.items() if self._parsed.get(iid) is inc}
            self._delete_incidents(list(by_id))  # pending or stored copies
            self._pending.update(rows)
            self._parsed.update(kept)
        else:
            self._delete_incidents(self._existing_incidents(list(by_id)))
            for table in ("incidents", *_CHILD_TABLES):
                self._insert(table, [r for by_table in rows.values() for r in by_table[table]])
            self._remember_records([by_table["incidents"][0] for by_table in rows.values()])
        if self._link_cache is not None:
            for iid, by_table in rows.items():
                for row in by_table["link_index"]:
                    self._link_cache.add(row)
                if not by_table["link_index"]:
                    self._link_cache.unlinked.add(iid)
        return len(by_id)

    def save_incidents(self, incidents: Iterable[Incident]) -> int:
        """Upsert incidents by id, all in one transaction: on any failure nothing is written. Returns how many."""
        self._writable()
        try:
            with self._transaction():
                return self._write_incidents(incidents)
        except duckdb.Error as exc:
            raise StoreError(f"could not save incidents (nothing saved): {exc}") from exc

    def replace_incidents_for_document(self, doc_id: str, incidents: Iterable[Incident],
                                       absorbed: dict[str, tuple[str, str]] | None = None) -> int:
        """Delete the incidents whose only document is ``doc_id``, then save ``incidents``: one transaction.

        Incidents that ``doc_id`` shares with other documents are kept (they are upserted if in ``incidents``).
        ``absorbed`` (``{old_id: (new_id, reason)}``, from linking's transitive merges) deletes the old
        incidents and records each as an alias of the one it was merged into.
        Returns how many incidents were saved.
        """
        self._writable()
        try:
            with self._transaction():
                only = [] if doc_id in self._docs_without_incidents else self.con.execute(
                    "SELECT incident_id FROM incident_documents WHERE incident_id IN "
                    "(SELECT incident_id FROM incident_documents WHERE doc_id = ?) "
                    "GROUP BY incident_id HAVING bool_and(doc_id = ?)",
                    [doc_id, doc_id],
                ).fetchall()
                only = [r[0] for r in only if r[0] not in self._deleted] + [
                    iid for iid, by_table in (self._pending or {}).items()
                    if {r[1] for r in by_table["incident_documents"]} == {doc_id}]
                self._delete_incidents(only)
                if absorbed:
                    self._absorb(absorbed)
                return self._write_incidents(incidents)
        except duckdb.Error as exc:
            raise StoreError(f"could not replace the incidents of {doc_id!r} (nothing changed): {exc}") from exc

    def _absorb(self, absorbed: dict[str, tuple[str, str]]) -> None:
        now = _utcnow()
        self._delete_incidents(list(absorbed))
        if self._pending is not None:  # inside batch(): written with the batch, two statements in all
            self._pending_aliases.extend((old, new, reason, now) for old, (new, reason) in absorbed.items())
            return
        for old, (new, reason) in absorbed.items():
            # earlier aliases of the absorbed incident now lead to the survivor
            self.con.execute("UPDATE incident_aliases SET new_id = ? WHERE new_id = ?", [new, old])
            self.con.execute(
                'INSERT INTO incident_aliases VALUES (?, ?, ?, ?) ON CONFLICT (old_id) DO UPDATE SET '
                'new_id = excluded.new_id, reason = excluded.reason, "at" = excluded."at"',
                [old, new, reason, now])

    def _write_aliases(self, steps: list[tuple[str, str, str, dt.datetime]]) -> None:
        """Write what :meth:`_absorb` writes one step at a time, for every ``(old, new, reason, at)``
        of ``steps`` in order (each step: the aliases leading to ``old`` now lead to ``new``, then
        ``old`` -> ``new`` is upserted), with two UPDATEs of the stored aliases and one insert: the
        steps are followed in memory, so that the rows end as the steps one by one leave them, in
        the same rowid order (an upserted alias already stored is updated in place, the new ones
        are inserted in the order of their first step; DuckDB's multi-row ``ON CONFLICT DO UPDATE``
        does not keep the order of its rows)."""
        lead: dict[str, str] = {}  # a stored alias that led to v now leads to lead[v]
        rows: dict[str, list] = {}  # the upserted aliases: old -> [new, reason, at]
        for old, new, reason, at in steps:
            for v, cur in lead.items():
                if cur == old:
                    lead[v] = new
            lead.setdefault(old, new)
            for row in rows.values():
                if row[0] == old:
                    row[0] = new
            rows[old] = [new, reason, at]  # an alias upserted again: the later one, where the first was
        moved = {v: cur for v, cur in lead.items() if cur != v}
        if moved:
            self.con.execute(
                "UPDATE incident_aliases SET new_id = m.new_id FROM (SELECT unnest(?::VARCHAR[]) AS old_id, "
                "unnest(?::VARCHAR[]) AS new_id) m WHERE incident_aliases.new_id = m.old_id",
                [list(moved), list(moved.values())])
        cols = [list(rows), *(list(col) for col in zip(*rows.values(), strict=True))]
        upserted = ("SELECT unnest(?::VARCHAR[]) AS old_id, unnest(?::VARCHAR[]) AS new_id, unnest(?::VARCHAR[]) "
                    'AS reason, unnest(?::TIMESTAMP[]) AS "at", unnest(range(?)) AS k')
        self.con.execute(
            f'UPDATE incident_aliases SET new_id = u.new_id, reason = u.reason, "at" = u."at" FROM ({upserted}) u '
            "WHERE incident_aliases.old_id = u.old_id", [*cols, len(rows)])
        self.con.execute(
            f'INSERT INTO incident_aliases SELECT old_id, new_id, reason, "at" FROM ({upserted}) '
            "WHERE old_id NOT IN (SELECT old_id FROM incident_aliases) ORDER BY k", [*cols, len(rows)])

    def incident_alias(self, incident_id: str) -> tuple[str, str] | None:
        """``(surviving id, reason)`` when ``incident_id`` was merged into another incident."""
        try:
            row = self.con.execute("SELECT new_id, reason FROM incident_aliases WHERE old_id = ?",
                                   [incident_id]).fetchone()
        except duckdb.CatalogException:  # a read-only store from before aliases existed
            return None
        return None if row is None else (row[0], row[1])

    def _pending_record(self, incident_id: str) -> Incident | None:
        by_table = (self._pending or {}).get(incident_id)
        return None if by_table is None else Incident.model_validate_json(by_table["incidents"][0][_RECORD_COLUMN])

    def get_incident(self, incident_id: str) -> Incident | None:
        if (pending := self._pending_record(incident_id)) is not None:
            return pending
        if incident_id in self._deleted:
            return None
        row = self.con.execute("SELECT record FROM incidents WHERE id = ?", [incident_id]).fetchone()
        return None if row is None else Incident.model_validate_json(row[0])

    def _load_link_cache(self) -> _LinkCache:
        """The link index and the incident ids as this store's writes leave them: the stored rows,
        less the incidents a batch deletes, plus the ones it writes (both kept in memory until the
        batch is written)."""
        cache = _LinkCache(self.con.execute(
            "SELECT incident_id, sub_event_type, day_lo, day_hi, lat, lon, geonames_id FROM link_index").fetchall(),
            unlinked=[r[0] for r in self.con.execute(
                "SELECT id FROM incidents WHERE id NOT IN (SELECT incident_id FROM link_index)").fetchall()])
        for iid in self._deleted:
            cache.remove(iid)
        for iid, by_table in (self._pending or {}).items():
            for row in by_table["link_index"]:
                cache.add(row)
            if not by_table["link_index"]:
                cache.unlinked.add(iid)
        return cache

    def link_candidates(self, inc: Incident, *, date_margin: dt.timedelta, max_km: float,
                        limit: int = 200) -> list[Incident]:
        """Stored incidents that may report the same happening as ``inc`` (blocking for linking):
        same sub-event type, a report whose dates overlap ``inc``'s within ``date_margin`` and, when
        both are geocoded, inside a box of ``max_km`` around ``inc`` (or the same GeoNames place).

        Blocking runs on the link index (``link_index``, one row per text-dated report), read into
        memory once per open store and kept up to date by this store's own writes: a few dict
        lookups per day of the window, whatever the size of the store. The wide JSON records are
        then read by primary key for the chosen ids (at most ``limit``, earliest first)."""
        if inc.date.start is None:
            return []
        if self._link_cache is None:
            self._link_cache = self._load_link_cache()
        lo = (inc.date.start - date_margin - _EPOCH).days
        hi = ((inc.date.end or inc.date.start) + date_margin - _EPOCH).days
        found = self._link_cache.lookup(inc.sub_event_type, lo, hi)
        loc = inc.location
        if loc.lat is not None and loc.lon is not None:
            dlat = max_km / 110.0 * 1.05
            dlon = min(180.0, dlat / max(math.cos(math.radians(min(abs(loc.lat), 89.0))), 1e-6))

            def near(e: tuple) -> bool:
                _, _, lat, lon, gid = e
                return (lat is None or lon is None or (abs(lat - loc.lat) <= dlat and abs(lon - loc.lon) <= dlon)
                        or (gid is not None and gid == loc.geonames_id))

            found = {iid: es for iid, es in found.items() if any(near(e) for e in es)}
        ids = sorted(found, key=lambda iid: (min(e[0] for e in found[iid]), iid))[:limit]
        if not ids:
            return []
        # by primary key alone: another filter or an ORDER BY turns DuckDB's index scan into a
        # scan of the whole table (the type and the order are applied here instead)
        # an id the batch deletes is gone unless the batch writes it again (a stored incident that
        # an earlier document of the batch merged into: its stored row is replaced when written)
        ids = [iid for iid in ids if iid not in self._deleted or iid in (self._pending or {})]
        known = [self._parsed[iid] for iid in ids if iid in self._parsed]
        if self._pending is not None:  # a parsed record not pending in this batch is a stored one
            self._stored.update((c.id, True) for c in known if c.id not in self._pending)
        pending = [p for iid in ids if iid not in self._parsed and (p := self._pending_record(iid)) is not None]
        ids = [iid for iid in ids if iid not in (self._pending or {}) and iid not in self._parsed]
        records = [self._records[iid] for iid in ids if iid in self._records]
        ids = [iid for iid in ids if iid not in self._records]
        if ids:
            records += [r[0] for r in self.con.execute(
                f"SELECT record FROM incidents WHERE id IN ({', '.join('?' for _ in ids)})", ids).fetchall()]
        stored = [Incident.model_validate_json(r) for r in records]
        if self._pending is not None:
            self._stored.update((c.id, True) for c in stored)
        if len(self._parsed) > _PARSED_MAX:
            self._parsed.clear()
        self._parsed.update((c.id, c) for c in (*pending, *stored))
        found = [c for c in [*known, *pending, *stored] if c.event_type == inc.event_type]
        return sorted(found, key=lambda c: (c.date.start is None, c.date.start or dt.date.min, c.id))

    def iter_incidents(
        self,
        *,
        date_from: dt.date | str | None = None,
        date_to: dt.date | str | None = None,
        country: str | None = None,
        event_type: str | None = None,
        limit: int | None = None,
    ) -> Iterator[Incident]:
        """Incidents ordered by start date (undated last), then id.

        ``date_from``/``date_to`` keep incidents whose [date_start, date_end] overlaps the interval (undated
        incidents are left out when either is given); ``country`` is an ISO alpha-2 code.
        """
        where, params = [], []
        if (d := _as_date(date_from, "date_from")) is not None:
            where.append("COALESCE(date_end, date_start) >= ?")
            params.append(d)
        if (d := _as_date(date_to, "date_to")) is not None:
            where.append("date_start <= ?")
            params.append(d)
        if country is not None:
            where.append("country = ?")
            params.append(country.upper())
        if event_type is not None:
            where.append("event_type = ?")
            params.append(event_type)
        sql = "SELECT record FROM incidents"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date_start NULLS LAST, id"
        if limit is not None:
            if not isinstance(limit, int) or limit < 0:
                raise ValueError(f"limit must be a non-negative int, not {limit!r}")
            sql += " LIMIT ?"
            params.append(limit)
        return self._iter_records(sql, params)

    def _iter_records(self, sql: str, params: list[Any]) -> Iterator[Incident]:
        # a cursor of its own, so the caller may use the store while iterating
        cur = self.con.cursor()
        try:
            cur.execute(sql, params)
            while batch := cur.fetchmany(_FETCH_BATCH):
                for (record,) in batch:
                    yield Incident.model_validate_json(record)
        finally:
            cur.close()

    def incident_ids_for_document(self, doc_id: str) -> list[str]:
        rows = self.con.execute(
            "SELECT incident_id FROM incident_documents WHERE doc_id = ? ORDER BY incident_id", [doc_id]
        ).fetchall()
        pending = [iid for iid, by_table in (self._pending or {}).items()
                   if any(r[1] == doc_id for r in by_table["incident_documents"])]
        return sorted({r[0] for r in rows if r[0] not in self._deleted} | set(pending))

    # ------------------------------------------------------------------ counts

    def count_documents(self, status: str | None = None) -> int:
        if status is None:
            return self._scalar("SELECT count(*) FROM documents")
        _check_status(status)
        return self._scalar("SELECT count(*) FROM documents WHERE status = ?", [status])

    def count_incidents(self) -> int:
        return self._scalar("SELECT count(*) FROM incidents")

    def count_claims(self) -> int:
        return self._scalar("SELECT count(*) FROM claims")

    def count_errors(self, run_id: str | None = None) -> int:
        if run_id is None:
            return self._scalar("SELECT count(*) FROM errors")
        return self._scalar("SELECT count(*) FROM errors WHERE run_id = ?", [run_id])

    # ------------------------------------------------------------------ errors and runs

    def add_error(self, err: IngestError, run_id: str | None = None) -> None:
        self.add_errors([err], run_id)

    def add_errors(self, errs: Iterable[IngestError], run_id: str | None = None) -> None:
        self._writable()
        now = _utcnow()
        rows = [(*(getattr(e, f) for f in _ERROR_FIELDS), now, run_id) for e in errs]
        try:
            with self._transaction():
                self._insert("errors", rows)
        except duckdb.Error as exc:
            raise StoreError(f"could not log {len(rows)} error(s): {exc}") from exc

    def errors(self, run_id: str | None = None) -> list[IngestError]:
        """Logged errors, oldest first (all of them, or one run's)."""
        sql = f"SELECT {', '.join(_ERROR_FIELDS)} FROM errors"
        params: list[Any] = []
        if run_id is not None:
            sql += " WHERE run_id = ?"
            params.append(run_id)
        rows = self.con.execute(sql + ' ORDER BY "at", rowid', params).fetchall()
        return [IngestError(**dict(zip(_ERROR_FIELDS, r, strict=True))) for r in rows]

    def start_run(self, command: str) -> str:
        run_id = "r" + uuid.uuid4().hex[:16]
        self._writable().execute(
            "INSERT INTO runs (run_id, started_at, command) VALUES (?, ?, ?)", [run_id, _utcnow(), command]
        )
        return run_id

    def finish_run(
        self, run_id: str, *, n_docs: int | None = None, n_new: int | None = None, n_errors: int | None = None
    ) -> None:
        """Close a run. ``n_errors`` defaults to the number of errors logged under ``run_id``."""
        if n_errors is None:
            n_errors = self.count_errors(run_id)
        (n,) = self._writable().execute(
            "UPDATE runs SET finished_at = ?, n_docs = ?, n_new = ?, n_errors = ? WHERE run_id = ?",
            [_utcnow(), n_docs, n_new, n_errors, run_id],
        ).fetchone()
        if n == 0:
            raise KeyError(f"no run {run_id!r} in the store")

    def get_run(self, run_id: str) -> dict[str, Any] | None:
        row = self.con.execute(f"SELECT {', '.join(_RUN_COLUMNS)} FROM runs WHERE run_id = ?", [run_id]).fetchone()
        return None if row is None else dict(zip(_RUN_COLUMNS, row, strict=True))

    # ------------------------------------------------------------------ stats

    def stats(self) -> dict[str, Any]:
        """A JSON-serialisable summary; counts are sorted largest first, NULL keys count as "unknown"."""
        start, end = self.con.execute(
            "SELECT min(date_start), max(COALESCE(date_end, date_start)) FROM incidents"
        ).fetchone()
        return {
            "documents": {
                "total": self.count_documents(),
                "by_language": self._counts("SELECT language, count(*) FROM documents GROUP BY 1"),
                "by_status": self._counts("SELECT status, count(*) FROM documents GROUP BY 1"),
            },
            "incidents": {
                "total": self.count_incidents(),
                "by_event_type": self._counts("SELECT event_type, count(*) FROM incidents GROUP BY 1"),
                "by_country": self._counts("SELECT country, count(*) FROM incidents GROUP BY 1"),
            },
            "errors": {
                "total": self.count_errors(),
                "by_reason": self._counts("SELECT reason, count(*) FROM errors GROUP BY 1"),
            },
            "claims": {
                "total": self.count_claims(),
                "by_certainty": self._counts("SELECT certainty, count(*) FROM claims GROUP BY 1"),
            },
            "date_range": {
                "start": start.isoformat() if start else None,
                "end": end.isoformat() if end else None,
            },
        }
