"""Filtered, paged incident queries on reviewed values: what the HTTP API lists, counts, bins and exports.

Filters apply to reviewed values (an edited fatality figure is what ``min_fatalities`` sees). Lists,
counts and timelines run on the bare ``incidents`` table and correct for the (few) reviewed incidents
(see "the fast path" below); exports read :func:`bilan.review.reviewed_source_sql`. All values are
bound parameters; sort keys come from a whitelist.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import duckdb
from pydantic import BaseModel, Field, field_validator, model_validator

from bilan.model import Incident
from bilan.review import (
    STATUSES,
    all_reviews,
    apply_reviews,
    has_review_tables,
    overlay_columns,
    reviewed_source_sql,
)
from bilan.store import SEARCH_SEP

MAX_LIMIT = 1000
FEW = 5000  # a text search matching at most this many incidents is read whole, in one scan
SORT_KEYS: dict[str, str] = {"date": "v.date_start", "fatalities": "COALESCE(v.fatalities_best, v.fatalities_high)"}
SORTS: dict[str, str] = {
    s: f"{SORT_KEYS[s.lstrip('-')]} {'DESC' if s.startswith('-') else 'ASC'} NULLS LAST, v.id"
    for s in ("date", "-date", "fatalities", "-fatalities")
}
BUCKETS = ("day", "week", "month")
LIST_COLUMNS = (
    "id", "event_type", "sub_event_type", "date_start", "date_end", "date_precision", "location_name", "country",
    "lat", "lon", "fatalities_low", "fatalities_best", "fatalities_high", "grade", "summary", "review_status",
)  # fmt: skip


class Filters(BaseModel):
    """The filters every list endpoint takes (query parameters of the same names)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    bbox: str | None = Field(default=None, description="minlon,minlat,maxlon,maxlat")
    country: str | None = Field(default=None, pattern=r"^[A-Za-z]{2}$")
    event_type: str | None = Field(default=None, max_length=200)
    sub_event_type: str | None = Field(default=None, max_length=200)
    actor: str | None = Field(default=None, max_length=200, description="substring of an actor's name or mention")
    grade: str | None = Field(default=None, max_length=50)
    min_fatalities: int | None = Field(default=None, ge=0)
    q: str | None = Field(default=None, max_length=200, description="text in summary, location or actors")
    review_status: Literal[STATUSES] | None = None  # type: ignore[valid-type]
    limit: int = Field(default=100, ge=0, le=MAX_LIMIT)
    offset: int = Field(default=0, ge=0)
    sort: Literal["date", "-date", "fatalities", "-fatalities"] = "date"

    @field_validator("date_from", "date_to", mode="before")
    @classmethod
    def _iso(cls, v: Any) -> Any:
        if isinstance(v, str) and v:
            return dt.date.fromisoformat(v)
        return v or None

    @field_validator("bbox")
    @classmethod
    def _bbox(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        parts = v.split(",")
        if len(parts) != 4:
            raise ValueError("bbox is minlon,minlat,maxlon,maxlat")
        try:
            minlon, minlat, maxlon, maxlat = (float(p) for p in parts)
        except ValueError:
            raise ValueError("bbox values must be numbers") from None
        if not (-180 <= minlon <= 180 and -180 <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90):
            raise ValueError("bbox out of range (lon -180..180, lat -90..90, minlat <= maxlat)")
        return v

    @model_validator(mode="after")
    def _blank_is_none(self) -> Filters:
        for name in ("country", "event_type", "sub_event_type", "actor", "grade", "q"):
            if getattr(self, name) == "":
                setattr(self, name, None)
        return self

    def bbox_values(self) -> tuple[float, float, float, float] | None:
        return None if self.bbox is None else tuple(float(p) for p in self.bbox.split(","))  # type: ignore[return-value]


def where_clause(f: Filters, col=lambda name: f"v.{name}", *, status: bool = True,
                 search: bool = False) -> tuple[str, list[Any]]:
    """SQL conditions (`` WHERE ...`` or "") and their parameters. ``col`` maps a flat column name to its
    SQL (default ``v.<name>``, the reviewed subquery); ``status`` False leaves ``review_status`` out;
    ``search`` (on the bare ``incidents`` table only) matches ``actor`` and ``q`` on its lowercased search
    columns (:data:`bilan.store.SEARCH_SEP`) instead of lower()-ing every row and joining ``actors``."""
    where: list[str] = []
    params: list[Any] = []
    if f.date_from is not None:
        where.append(f"COALESCE({col('date_end')}, {col('date_start')}) >= ?")
        params.append(f.date_from)
    if f.date_to is not None:
        where.append(f"{col('date_start')} <= ?")
        params.append(f.date_to)
    if (box := f.bbox_values()) is not None:
        minlon, minlat, maxlon, maxlat = box
        where.append(f"{col('lat')} BETWEEN ? AND ?")
        params += [minlat, maxlat]
        if minlon <= maxlon:
            where.append(f"{col('lon')} BETWEEN ? AND ?")
            params += [minlon, maxlon]
        else:  # across the antimeridian
            where.append(f"({col('lon')} >= ? OR {col('lon')} <= ?)")
            params += [minlon, maxlon]
    if f.country is not None:
        where.append(f"{col('country')} = ?")
        params.append(f.country.upper())
    for name in ("event_type", "sub_event_type", "grade"):
        if (value := getattr(f, name)) is not None:
            where.append(f"{col(name)} = ?")
            params.append(value)
    if f.min_fatalities is not None:
        where.append(f"COALESCE({col('fatalities_best')}, {col('fatalities_high')}) >= ?")
        params.append(f.min_fatalities)
    actor_match = (f"{col('id')} IN (SELECT a.incident_id FROM actors a "
                   "WHERE contains(lower(a.name), ?) OR contains(lower(a.mention), ?))")
    if f.actor is not None:
        if search and SEARCH_SEP not in f.actor:
            where.append(f"contains({col('search_actors')}, ?)")
            params.append(f.actor.lower())
        else:
            where.append(actor_match)
            params += [f.actor.lower()] * 2
    if f.q is not None:
        if search and SEARCH_SEP not in f.q:
            where.append(f"(contains({col('search_text')}, ?) OR contains({col('search_actors')}, ?))")
            params += [f.q.lower()] * 2
        else:
            where.append(f"(contains(lower({col('summary')}), ?) OR contains(lower({col('location_name')}), ?) "
                         f"OR contains(lower({col('location_mention')}), ?) OR {actor_match})")
            params += [f.q.lower()] * 5
    if status and f.review_status is not None:
        where.append(f"{col('review_status')} = ?")
        params.append(f.review_status)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _source(con: duckdb.DuckDBPyConnection) -> str:
    return reviewed_source_sql(has_review_tables(con))


# ---------------------------------------------------------------------- the fast path
#
# Joining every incident to the review overlay costs more than the filters themselves on a large store
# (1M incidents: ~130 ms against ~35 ms for a top-N on the bare table). Reviewed incidents are few, so
# the list queries run on the bare ``incidents`` table and correct for the reviewed ones: one query
# reads every reviewed incident with both its extracted (``p_*``) and reviewed values and says which
# side matches the filters; counts subtract the extracted matches and add the reviewed ones, pages take
# the rows they need from the bare table less the reviewed ones and merge in the reviewed matches.
# Lists first count the matches per sort key (one GROUP BY, which gives the total too), then read in
# order only the keys that hold the page (:func:`_seek`); text filters read the search columns.


def _sort_key(sort: str):
    def key(row: tuple[str, dt.date | None, int | None]):
        iid, day, fat = row
        if sort in ("date", "-date"):
            v = None if day is None else day.toordinal()
        else:
            v = fat
        if v is None:
            return (1, 0, iid)
        return (0, -v if sort.startswith("-") else v, iid)

    return key


_MATCH_COLUMNS = ("id", "date_start", "date_end", "lat", "lon", "country", "event_type", "sub_event_type", "grade",
                  "fatalities_best", "fatalities_high", "summary", "location_name", "location_mention")


@dataclass
class ReviewedRow:
    """One reviewed incident: its extracted (``plain``) and reviewed (``over``) flat values, its actors."""

    id: str
    status: str
    plain: dict[str, Any]
    over: dict[str, Any]
    actors: list[tuple[str, str]]  # (name, mention), lower case


def load_reviewed(con: duckdb.DuckDBPyConnection) -> list[ReviewedRow]:
    """Every reviewed incident that is stored (one join of ``review_state`` with ``incidents``)."""
    if not has_review_tables(con):
        return []
    over = overlay_columns("i", "r")
    cols = [over[c] for c in _MATCH_COLUMNS] + [f"i.{c}" for c in _MATCH_COLUMNS] + ["r.status"]
    rows = con.execute(
        f"SELECT {', '.join(cols)} FROM review_state r JOIN incidents i ON i.id = r.incident_id").fetchall()
    n = len(_MATCH_COLUMNS)
    out = {r[0]: ReviewedRow(r[0], r[-1], dict(zip(_MATCH_COLUMNS, r[n:2 * n], strict=True)),
                             dict(zip(_MATCH_COLUMNS, r[:n], strict=True)), []) for r in rows}
    if out:
        for iid, name, mention in con.execute(
            "SELECT incident_id, lower(name), lower(mention) FROM actors "
            "WHERE incident_id IN (SELECT incident_id FROM review_state)"
        ).fetchall():
            if iid in out:
                out[iid].actors.append((name, mention))
    return list(out.values())


def _contains(text: str | None, term: str) -> bool:
    return text is not None and term in text.lower()


def matches(values: dict[str, Any], actors: list[tuple[str, str]], f: Filters, status: str | None) -> bool:
    """:func:`where_clause` in Python, for one incident's flat values (NULL compares false, as in SQL)."""
    def ge(a, b):
        return a is not None and a >= b

    def le(a, b):
        return a is not None and a <= b

    v = values
    if f.date_from is not None and not ge(v["date_end"] if v["date_end"] is not None else v["date_start"],
                                          f.date_from):
        return False
    if f.date_to is not None and not le(v["date_start"], f.date_to):
        return False
    if (box := f.bbox_values()) is not None:
        minlon, minlat, maxlon, maxlat = box
        if not (ge(v["lat"], minlat) and le(v["lat"], maxlat)):
            return False
        if minlon <= maxlon:
            if not (ge(v["lon"], minlon) and le(v["lon"], maxlon)):
                return False
        elif not (ge(v["lon"], minlon) or le(v["lon"], maxlon)):
            return False
    if f.country is not None and v["country"] != f.country.upper():
        return False
    for name in ("event_type", "sub_event_type", "grade"):
        if (want := getattr(f, name)) is not None and v[name] != want:
            return False
    if f.min_fatalities is not None:
        fat = v["fatalities_best"] if v["fatalities_best"] is not None else v["fatalities_high"]
        if not ge(fat, f.min_fatalities):
            return False

    def actor_hit(term: str) -> bool:
        return any(term in name or term in mention for name, mention in actors)

    if f.actor is not None and not actor_hit(f.actor.lower()):
        return False
    if f.q is not None:
        t = f.q.lower()
        if not (_contains(v["summary"], t) or _contains(v["location_name"], t) or _contains(v["location_mention"], t)
                or actor_hit(t)):
            return False
    return not (f.review_status is not None and status is not None and status != f.review_status)


class ReviewedCache:
    """:func:`load_reviewed`, kept between requests by a process that is the store's only writer (the
    server): call :meth:`invalidate` after every review write."""

    def __init__(self) -> None:
        self._rows: list[ReviewedRow] | None = None
        self._lock = threading.Lock()

    def get(self, con: duckdb.DuckDBPyConnection) -> list[ReviewedRow]:
        with self._lock:
            if self._rows is None:
                self._rows = load_reviewed(con)
            return self._rows

    def invalidate(self) -> None:
        with self._lock:
            self._rows = None


class _Reviewed:
    """The reviewed incidents, each with whether its extracted and its reviewed values match ``f``: rows of
    (id, reviewed date_start, reviewed figure, extracted date_start, reviewed match, extracted match,
    extracted figure)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, f: Filters,
                 reviewed: list[ReviewedRow] | None = None) -> None:
        if reviewed is None:
            reviewed = load_reviewed(con)
        self.present = bool(reviewed)
        self.rows = []
        for r in reviewed:
            o, p = r.over, r.plain
            self.rows.append((r.id, o["date_start"], _figure(o), p["date_start"],
                              matches(o, r.actors, f, r.status), matches(p, r.actors, f, None), _figure(p)))
        self.ids = sorted(r[0] for r in self.rows)
        self.matches = [r for r in self.rows if r[4]]


def _figure(values: dict[str, Any]) -> int | None:
    return values["fatalities_best"] if values["fatalities_best"] is not None else values["fatalities_high"]


def list_incidents(con: duckdb.DuckDBPyConnection, f: Filters,
                   reviewed: list[ReviewedRow] | None = None) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, one page of flat items) with reviewed values. ``reviewed``: the reviewed
    incidents when the caller keeps them (:class:`ReviewedCache`), else they are read here.

    The page merges the unreviewed matches of the bare table (``U``, read by :func:`_seek`) with the
    reviewed matches (``E``, from memory): merged[offset:offset + limit] lies in the merge of ``E`` with
    U[s:s + limit + len(E)] where s = max(0, offset - len(E)), from its (offset - s)-th element on."""
    rev = _Reviewed(con, f, reviewed)
    key = _sort_key(f.sort)
    if f.review_status not in (None, "unreviewed"):  # only reviewed incidents can match
        rows = sorted(((r[0], r[1], r[2]) for r in rev.matches), key=key)
        return len(rows), _items(con, [r[0] for r in rows[f.offset:f.offset + f.limit]])
    extra = [] if f.review_status == "unreviewed" else [(r[0], r[1], r[2]) for r in rev.matches]
    used = ["id", "date_start", "fatalities_best", "fatalities_high"]  # the columns the list reads

    def col(name: str) -> str:
        used.append(name)
        return f"v.{name}"

    wp, pp = where_clause(f, col, status=False, search=True)
    few = None
    if f.q is not None:  # a text search mostly matches few incidents: one scan reads them all
        few = con.execute(f"SELECT v.id, v.date_start, {SORT_KEYS['fatalities']} FROM incidents v{wp} LIMIT ?",
                          [*pp, FEW + 1]).fetchall()
    if few is not None and len(few) <= FEW:
        excluded = set(rev.ids)
        window = [r for r in few if r[0] not in excluded] + extra
        total, s = len(window), 0
    else:
        by_date = f.sort.endswith("date")
        hist = Counter(dict(con.execute(
            f"SELECT {SORT_KEYS[f.sort.lstrip('-')]} AS k, count(*) FROM incidents v{wp} GROUP BY k", pp).fetchall()))
        for r in rev.rows:  # the histogram counts unreviewed matches: take out the reviewed ones' extracted rows
            if r[5]:
                hist[r[3] if by_date else r[6]] -= 1
        total = hist.total() + len(extra)
        s = max(0, f.offset - len(extra))
        window = _seek(con, f.sort, (wp, pp, used), hist, rev.ids, s, f.limit + len(extra),
                       costly=f.q is not None) + extra if f.limit else []
    window.sort(key=key)
    return total, _items(con, [r[0] for r in window[f.offset - s:f.offset - s + f.limit]])


def _seek(con: duckdb.DuckDBPyConnection, sort: str, where: tuple[str, list[Any], list[str]], hist: Counter,
          exclude: list[str], start: int, n: int, *, costly: bool) -> list[tuple]:
    """Rows [start, start + n) of the matches of ``where`` (SQL, parameters, the columns it reads) less
    ``exclude``, in ``sort`` order, as (id, date_start, figure). ``hist``: their count per sort key. The
    histogram tells which keys hold those rows, so the ordered read covers only them: a deep page costs
    what a first page does. ``costly`` conditions (text search) are evaluated on the rows of those keys
    only: they are read first (a materialised CTE of the columns ``where`` needs)."""
    wp, pp, used = where
    keyed = [(k, c) for k, c in hist.items() if c > 0]
    desc = sort.startswith("-")
    keyed.sort(key=lambda kc: (kc[0] is None, (-1 if desc else 1) * _ordinal(kc[0])))
    keys, skip, pos = [], 0, 0
    for k, c in keyed:
        if pos + c > start and pos < start + n:
            if not keys:
                skip = start - pos
            keys.append(k)
        pos += c
    if not keys:
        return []
    key_sql = SORT_KEYS[sort.lstrip("-")]
    known = [k for k in keys if k is not None]
    parts, kp = [], []
    if known:
        parts.append(f"{key_sql} BETWEEN ? AND ?")
        kp += [min(known), max(known)]
    if None in keys:
        parts.append(f"{key_sql} IS NULL")
    in_keys = f"({' OR '.join(parts)})"
    wp = wp + (" AND " if wp else " WHERE ") + "v.id NOT IN (SELECT unnest(?::VARCHAR[]))"
    select = f"SELECT v.id, v.date_start, {SORT_KEYS['fatalities']} FROM"
    if costly:
        cols = ", ".join(f"v.{c}" for c in dict.fromkeys(used))
        sql = f"WITH v AS MATERIALIZED (SELECT {cols} FROM incidents v WHERE {in_keys}) {select} v{wp}"
        params = [*kp, *pp, exclude]
    else:
        sql, params = f"{select} incidents v{wp} AND {in_keys}", [*pp, exclude, *kp]
    return con.execute(f"{sql} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?", [*params, n, skip]).fetchall()


def _ordinal(k: dt.date | int | None) -> int:
    return 0 if k is None else k.toordinal() if isinstance(k, dt.date) else k


def _items(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict[str, Any]]:
    """The flat list items of ``ids``, in that order, with reviewed values and ``n_sources``."""
    if not ids:
        return []
    with_reviews = has_review_tables(con)
    if with_reviews:
        over = overlay_columns("i", "r")
        src = "incidents i LEFT JOIN review_state r ON r.incident_id = i.id"
    else:
        over = {c: f"i.{c}" for c in LIST_COLUMNS if c != "review_status"}
        over["review_status"] = "'unreviewed'"
        src = "incidents i"
    cols = ", ".join(over[c] for c in LIST_COLUMNS)
    marks = ", ".join("?" for _ in ids)
    rows = con.execute(
        f"SELECT {cols}, json_array_length(i.record, '$.sources') FROM {src} WHERE i.id IN ({marks})", ids
    ).fetchall()
    by_id = {}
    for r in rows:
        it = dict(zip(LIST_COLUMNS, r[:-1], strict=True))
        for k in ("date_start", "date_end"):
            if it[k] is not None:
                it[k] = it[k].isoformat()
        it["n_sources"] = r[-1] or 0
        by_id[it["id"]] = it
    return [by_id[i] for i in ids if i in by_id]


def _bin(day: dt.date, bucket: str) -> dt.date:
    if bucket == "week":
        return day - dt.timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    return day


def timeline(con: duckdb.DuckDBPyConnection, f: Filters, bucket: str = "day",
             reviewed: list[ReviewedRow] | None = None) -> list[dict[str, Any]]:
    """Counts of matching incidents per ``bucket`` (day | week | month) of their start date, oldest first
    (undated incidents are not binned). Weeks start on Monday."""
    if bucket not in BUCKETS:
        raise ValueError(f"bucket must be one of {', '.join(BUCKETS)}")
    rev = _Reviewed(con, f, reviewed)
    counts: Counter[dt.date] = Counter()
    if f.review_status in (None, "unreviewed"):
        wp, pp = where_clause(f, status=False, search=True)
        wp = wp + (" AND " if wp else " WHERE ") + "v.date_start IS NOT NULL"
        for b, n in con.execute(
            f"SELECT date_trunc('{bucket}', v.date_start)::DATE AS b, count(*) FROM incidents v{wp} GROUP BY b",
            pp,
        ).fetchall():
            counts[b] += n
        for r in rev.rows:
            if r[5] and r[3] is not None:
                counts[_bin(r[3], bucket)] -= 1
    if rev.present and f.review_status != "unreviewed":
        for r in rev.matches:
            if r[1] is not None:
                counts[_bin(r[1], bucket)] += 1
    return [{"start": b.isoformat(), "count": n} for b, n in sorted(counts.items()) if n > 0]


def matching_ids(con: duckdb.DuckDBPyConnection, f: Filters, *, limit: int | None = None) -> list[str]:
    where, params = where_clause(f)
    sql = f"SELECT v.id FROM {_source(con)}{where} ORDER BY {SORTS[f.sort]}"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return [r[0] for r in con.execute(sql, params).fetchall()]


def iter_reviewed(con: duckdb.DuckDBPyConnection, f: Filters | None = None, *,
                  include_rejected: bool = False) -> Iterator[Incident]:
    """Every incident matching ``f`` (no paging), as full records with reviewed values applied; rejected
    incidents are left out unless ``include_rejected`` (what the exports write)."""
    f = f or Filters()
    if not include_rejected and f.review_status is None:
        extra = " AND v.review_status <> 'rejected'"
    else:
        extra = ""
    where, params = where_clause(f)
    if extra:
        where = (where + extra) if where else " WHERE " + extra.removeprefix(" AND ")
    reviews = all_reviews(con)
    cur = con.cursor()
    try:
        cur.execute(
            f"SELECT i.record FROM {_source(con)} JOIN incidents i ON i.id = v.id{where} ORDER BY {SORTS[f.sort]}",
            params,
        )
        while batch := cur.fetchmany(500):
            for (record,) in batch:
                inc = Incident.model_validate_json(record)
                rs = reviews.get(inc.id)
                if rs is not None and rs.status == "rejected" and not include_rejected and f.review_status is None:
                    continue  # an orphaned review placed in memory (read-only store)
                yield apply_reviews(inc, rs)
    finally:
        cur.close()
