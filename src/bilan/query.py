"""Filtered, paged incident queries on reviewed values: what the HTTP API lists, counts, bins and exports.

Every query runs on :func:`bilan.review.reviewed_source_sql` (the flat incident columns with reviewed
values in place). All values are bound parameters; sort keys come from a whitelist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, Literal

import duckdb
from pydantic import BaseModel, Field, field_validator, model_validator

from bilan.model import Incident
from bilan.review import STATUSES, all_reviews, apply_reviews, has_review_tables, reviewed_source_sql

MAX_LIMIT = 1000
SORTS: dict[str, str] = {
    "date": "v.date_start ASC NULLS LAST, v.id",
    "-date": "v.date_start DESC NULLS LAST, v.id",
    "fatalities": "COALESCE(v.fatalities_best, v.fatalities_high) ASC NULLS LAST, v.id",
    "-fatalities": "COALESCE(v.fatalities_best, v.fatalities_high) DESC NULLS LAST, v.id",
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


def where_clause(f: Filters) -> tuple[str, list[Any]]:
    """SQL conditions on the reviewed subquery ``v`` and their parameters."""
    where: list[str] = []
    params: list[Any] = []
    if f.date_from is not None:
        where.append("COALESCE(v.date_end, v.date_start) >= ?")
        params.append(f.date_from)
    if f.date_to is not None:
        where.append("v.date_start <= ?")
        params.append(f.date_to)
    if (box := f.bbox_values()) is not None:
        minlon, minlat, maxlon, maxlat = box
        where.append("v.lat BETWEEN ? AND ?")
        params += [minlat, maxlat]
        if minlon <= maxlon:
            where.append("v.lon BETWEEN ? AND ?")
            params += [minlon, maxlon]
        else:  # across the antimeridian
            where.append("(v.lon >= ? OR v.lon <= ?)")
            params += [minlon, maxlon]
    if f.country is not None:
        where.append("v.country = ?")
        params.append(f.country.upper())
    for name in ("event_type", "sub_event_type", "grade"):
        if (value := getattr(f, name)) is not None:
            where.append(f"v.{name} = ?")
            params.append(value)
    if f.min_fatalities is not None:
        where.append("COALESCE(v.fatalities_best, v.fatalities_high) >= ?")
        params.append(f.min_fatalities)
    actor_match = ("EXISTS (SELECT 1 FROM actors a WHERE a.incident_id = v.id AND "
                   "(strpos(lower(a.name), ?) > 0 OR strpos(lower(a.mention), ?) > 0))")
    if f.actor is not None:
        where.append(actor_match)
        params += [f.actor.lower()] * 2
    if f.q is not None:
        where.append("(strpos(lower(COALESCE(v.summary, '') || ' ' || COALESCE(v.location_name, '') || ' ' || "
                     f"COALESCE(v.location_mention, '')), ?) > 0 OR {actor_match})")
        params += [f.q.lower()] * 3
    if f.review_status is not None:
        where.append("v.review_status = ?")
        params.append(f.review_status)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _source(con: duckdb.DuckDBPyConnection) -> str:
    return reviewed_source_sql(has_review_tables(con))


def list_incidents(con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, one page of flat items) with reviewed values."""
    where, params = where_clause(f)
    src = _source(con)
    (total,) = con.execute(f"SELECT count(*) FROM {src}{where}", params).fetchone()
    if f.limit == 0 or total == 0:
        return total, []
    cols = ", ".join(f"v.{c}" for c in LIST_COLUMNS)
    rows = con.execute(
        f"SELECT {cols} FROM {src}{where} ORDER BY {SORTS[f.sort]} LIMIT ? OFFSET ?", [*params, f.limit, f.offset]
    ).fetchall()
    items = [dict(zip(LIST_COLUMNS, r, strict=True)) for r in rows]
    ids = [it["id"] for it in items]
    n_sources = dict(con.execute(
        "SELECT id, json_array_length(record, '$.sources') FROM incidents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
        [ids],
    ).fetchall())
    for it in items:
        for k in ("date_start", "date_end"):
            if it[k] is not None:
                it[k] = it[k].isoformat()
        it["n_sources"] = n_sources.get(it["id"], 0)
    return total, items


def timeline(con: duckdb.DuckDBPyConnection, f: Filters, bucket: str = "day") -> list[dict[str, Any]]:
    """Counts of matching incidents per ``bucket`` (day | week | month) of their start date, oldest first
    (undated incidents are not binned). Weeks start on Monday."""
    if bucket not in BUCKETS:
        raise ValueError(f"bucket must be one of {', '.join(BUCKETS)}")
    where, params = where_clause(f)
    where = where + (" AND " if where else " WHERE ") + "v.date_start IS NOT NULL"
    rows = con.execute(
        f"SELECT date_trunc('{bucket}', v.date_start)::DATE AS b, count(*) FROM {_source(con)}{where} "
        "GROUP BY b ORDER BY b",
        params,
    ).fetchall()
    return [{"start": b.isoformat(), "count": n} for b, n in rows]


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
