"""Human review: API tokens, accept / edit / reject decisions, the append-only audit log, and the overlay
that puts reviewed values on top of what extraction found.

Tables (created by :mod:`bilan.store`):

- ``tokens``: who may write. Only ``sha256(secret)`` is stored; the secret is shown once, at creation.
- ``audit_log``: one row per decision (id, incident_id, field, action, who, at, before, after, comment).
  Rows are only ever appended: nothing in bilan updates or deletes them.
- ``reviews``: the current decision per (incident_id, field); ``field = "*"`` is the whole incident.
  ``edit`` overrides the field with ``value``; ``reject`` on a field clears it (the figure is wrong and
  unknown); ``accept`` confirms the extracted value (it does not pin it).
- ``review_anchors``: what identifies a reviewed incident besides its id (the ids merged into it, its
  documents, event type, start date, place), so that a review still applies when re-extraction gives the
  incident another id (see :func:`resolve_orphans`).
- ``review_state``: one flat row per reviewed incident (status, the overridden fields and their values),
  derived from ``reviews``; list queries join it (:func:`reviewed_source_sql`).

Incident review status: ``rejected`` (the incident was rejected), else ``edited`` (a field was edited or
rejected), else ``accepted`` (some decision, all accepts), else ``unreviewed``.

Exports use reviewed values and leave rejected incidents out (:func:`reviewed_incidents`).
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import duckdb
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bilan.model import Incident, Range, sha256_hex

INCIDENT = "*"
STATUSES = ("unreviewed", "accepted", "edited", "rejected")
ACTIONS = ("accept", "reject", "edit")
EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments")
COUNT_FIELDS = {"fatalities": "fatalities", "injured": "injured", "civilian_fatalities": "civilian"}
# reviewable field -> the flat columns of ``incidents`` / ``review_state`` it sets
FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "event_type": ("event_type",),
    "sub_event_type": ("sub_event_type",),
    "date_start": ("date_start",),
    "date_end": ("date_end",),
    "date_precision": ("date_precision",),
    "location_name": ("location_name",),
    "country": ("country",),
    "admin1": ("admin1",),
    "lat": ("lat",),
    "lon": ("lon",),
    **{f: (f"{p}_low", f"{p}_best", f"{p}_high") for f, p in COUNT_FIELDS.items()},
}
FIELDS = tuple(FIELD_COLUMNS)
REQUIRED_FIELDS = frozenset({"event_type", "sub_event_type"})  # a reject cannot clear these: edit them
STATE_COLUMNS = tuple(c for cols in FIELD_COLUMNS.values() for c in cols)


class ReviewError(ValueError):
    """A review that cannot be applied (unknown incident, invalid field or value)."""


class UnknownIncident(ReviewError, KeyError):
    pass


# ---------------------------------------------------------------------- validation


class CountValue(BaseModel):
    model_config = ConfigDict(extra="forbid")
    low: int | None = Field(default=None, ge=0)
    best: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> CountValue:
        vals = [v for v in (self.low, self.best, self.high) if v is not None]
        if not vals:
            raise ValueError("a count needs at least one of low, best, high")
        if vals != sorted(vals):
            raise ValueError(f"need low <= best <= high, got {self.low}, {self.best}, {self.high}")
        return self


class _FieldValue(BaseModel):
    """One validated value per reviewable field (only the one being reviewed is set)."""

    model_config = ConfigDict(extra="forbid")
    event_type: Literal[EVENT_TYPES] | None = None  # type: ignore[valid-type]
    sub_event_type: str | None = Field(default=None, min_length=1, max_length=120)
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: Literal["day", "week", "month", "year"] | None = None
    location_name: str | None = Field(default=None, min_length=1, max_length=200)
    country: str | None = Field(default=None, pattern=r"^[A-Za-z]{2}$")
    admin1: str | None = Field(default=None, min_length=1, max_length=200)
    lat: float | None = Field(default=None, ge=-90, le=90, allow_inf_nan=False)
    lon: float | None = Field(default=None, ge=-180, le=180, allow_inf_nan=False)
    fatalities: CountValue | None = None
    injured: CountValue | None = None
    civilian_fatalities: CountValue | None = None

    @field_validator("date_start", "date_end", mode="before")
    @classmethod
    def _iso_date(cls, v: Any) -> Any:
        if isinstance(v, str):
            return dt.date.fromisoformat(v)  # strict YYYY-MM-DD (pydantic would take timestamps)
        return v


def validate_value(field_name: str, value: Any) -> Any:
    """The JSON-ready value for ``field_name`` (raises :class:`ReviewError` with pydantic's reason)."""
    if field_name not in FIELD_COLUMNS:
        raise ReviewError(f"unknown field {field_name!r}: reviewable fields are {', '.join(FIELDS)}")
    if value is None:
        raise ReviewError(f"an edit of {field_name} needs a value")
    try:
        parsed = _FieldValue.model_validate({field_name: value})
    except (ValidationError, ValueError) as exc:
        raise ReviewError(f"invalid value for {field_name}: {_first_error(exc)}") from None
    out = getattr(parsed, field_name)
    if isinstance(out, BaseModel):
        return out.model_dump()
    if isinstance(out, dt.date):
        return out.isoformat()
    if field_name == "country":
        return out.upper()
    return out


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        e = exc.errors()[0]
        return str(e.get("msg", exc))
    return str(exc)


# ---------------------------------------------------------------------- tokens


@dataclass
class TokenInfo:
    token_id: str
    name: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def create_token(con: duckdb.DuckDBPyConnection, name: str) -> tuple[str, str]:
    """A new write token for ``name``: returns (token_id, secret). Only the secret's sha256 is stored."""
    name = name.strip()
    if not name:
        raise ValueError("a token needs a name (who reviews with it)")
    secret = "bilan_" + secrets.token_urlsafe(32)
    token_id = "t" + secrets.token_hex(6)
    con.execute("INSERT INTO tokens (token_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)",
                [token_id, name, sha256_hex(secret), _now()])
    return token_id, secret


def list_tokens(con: duckdb.DuckDBPyConnection) -> list[TokenInfo]:
    rows = con.execute("SELECT token_id, name, created_at, revoked_at FROM tokens ORDER BY created_at, token_id")
    return [TokenInfo(*r) for r in rows.fetchall()]


def revoke_token(con: duckdb.DuckDBPyConnection, token_id_or_name: str) -> int:
    """Revoke the token with this id, or every live token of this name. Returns how many."""
    (n,) = con.execute(
        "UPDATE tokens SET revoked_at = ? WHERE revoked_at IS NULL AND (token_id = ? OR name = ?)",
        [_now(), token_id_or_name, token_id_or_name],
    ).fetchone()
    return n


def check_token(con: duckdb.DuckDBPyConnection, secret: str | None) -> str | None:
    """The name behind a live token, None for a missing, unknown or revoked one."""
    if not secret:
        return None
    row = con.execute("SELECT name FROM tokens WHERE token_hash = ? AND revoked_at IS NULL",
                      [sha256_hex(secret)]).fetchone()
    return None if row is None else row[0]


# ---------------------------------------------------------------------- reading reviews


@dataclass
class ReviewSet:
    """The current decisions on one incident."""

    incident_id: str
    decisions: dict[str, tuple[str, Any]] = field(default_factory=dict)  # field -> (action, value)

    @property
    def status(self) -> str:
        return review_status(self.decisions)

    def overrides(self) -> dict[str, Any]:
        """field -> value for the fields whose value the review replaces (None = cleared by a reject)."""
        out = {}
        for f, (action, value) in self.decisions.items():
            if f == INCIDENT:
                continue
            if action == "edit":
                out[f] = value
            elif action == "reject":
                out[f] = None
        return out


def review_status(decisions: dict[str, tuple[str, Any]]) -> str:
    if not decisions:
        return "unreviewed"
    if decisions.get(INCIDENT, ("",))[0] == "reject":
        return "rejected"
    if any(f != INCIDENT and a in ("edit", "reject") for f, (a, _) in decisions.items()):
        return "edited"
    return "accepted"


def has_review_tables(con: duckdb.DuckDBPyConnection) -> bool:
    """False on a store made before review existed and opened read-only (nothing reviewed then)."""
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('reviews', 'review_state', "
        "'review_anchors', 'audit_log', 'tokens') AND table_schema = current_schema()"
    ).fetchone()
    return row[0] == 5


def _load_reviews(con: duckdb.DuckDBPyConnection, ids: list[str] | None = None) -> dict[str, ReviewSet]:
    sql = "SELECT incident_id, field, action, value FROM reviews"
    params: list[Any] = []
    if ids is not None:
        sql += " WHERE incident_id IN (SELECT unnest(?::VARCHAR[]))"
        params.append(ids)
    out: dict[str, ReviewSet] = {}
    for iid, f, action, value in con.execute(sql, params).fetchall():
        out.setdefault(iid, ReviewSet(iid)).decisions[f] = (action, None if value is None else json.loads(value))
    return out


def get_reviews(con: duckdb.DuckDBPyConnection, incident_id: str) -> ReviewSet:
    if not has_review_tables(con):
        return ReviewSet(incident_id)
    return _load_reviews(con, [incident_id]).get(incident_id, ReviewSet(incident_id))


# ---------------------------------------------------------------------- applying reviews


def _get_value(inc: Incident, f: str) -> Any:
    if f in COUNT_FIELDS:
        rng = getattr(inc, f)
        return None if rng is None or rng.is_empty() else {"low": rng.low, "best": rng.best, "high": rng.high}
    if f in ("event_type", "sub_event_type"):
        return getattr(inc, f)
    if f in ("date_start", "date_end", "date_precision"):
        v = getattr(inc.date, f.removeprefix("date_"))
        return v.isoformat() if isinstance(v, dt.date) else v
    if f == "location_name":
        return inc.location.name
    return getattr(inc.location, f)


def _set_value(inc: Incident, f: str, value: Any) -> None:
    if f in COUNT_FIELDS:
        setattr(inc, f, None if value is None else Range(**value, basis="review"))
    elif f in ("event_type", "sub_event_type"):
        setattr(inc, f, value)
    elif f in ("date_start", "date_end", "date_precision"):
        if f != "date_precision" and value is not None:
            value = dt.date.fromisoformat(value)
        setattr(inc.date, f.removeprefix("date_"), value)
    elif f == "location_name":
        inc.location.name = value
    else:
        setattr(inc.location, f, value)


def apply_reviews(inc: Incident, reviews: ReviewSet | None) -> Incident:
    """A copy of ``inc`` with the reviewed values in place (``inc`` itself is not changed)."""
    if reviews is None or not reviews.decisions:
        return inc
    out = inc.model_copy(deep=True)
    for f, value in reviews.overrides().items():
        _set_value(out, f, value)
    return out


def field_value(inc: Incident, field_name: str) -> Any:
    """The JSON value of a reviewable field on an incident (what an audit row's before/after holds)."""
    return _get_value(inc, field_name)


# ---------------------------------------------------------------------- writing reviews


def _members(inc: Incident) -> list[str]:
    """The incident's id and the ids of the incidents merged into it (``merge_reasons`` "id: reason";
    split records, "split from/off <id>: reason", name no merged incident)."""
    from bilan.link import merged_id

    merged = [m for r in inc.merge_reasons if (m := merged_id(r))]
    return list(dict.fromkeys([inc.id, *merged]))


def _doc_ids(inc: Incident) -> list[str]:
    return list(dict.fromkeys(s.doc_id for s in inc.sources))


def _write_state(con: duckdb.DuckDBPyConnection, incident_id: str, reviews: ReviewSet) -> None:
    con.execute("DELETE FROM review_state WHERE incident_id = ?", [incident_id])
    if not reviews.decisions:
        return
    overrides = reviews.overrides()
    values: dict[str, Any] = dict.fromkeys(STATE_COLUMNS)
    for f, value in overrides.items():
        cols = FIELD_COLUMNS[f]
        if f in COUNT_FIELDS:
            for col, end in zip(cols, ("low", "best", "high"), strict=True):
                values[col] = None if value is None else value.get(end)
        else:
            values[cols[0]] = value
    cols = ("incident_id", "status", "fields", *STATE_COLUMNS)
    con.execute(
        f"INSERT INTO review_state ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [incident_id, reviews.status, sorted(overrides), *(values[c] for c in STATE_COLUMNS)],
    )


def _append_audit(con, incident_id: str, field_name: str, action: str, who: str, before: Any, after: Any,
                  comment: str | None, at: dt.datetime) -> None:
    (next_id,) = con.execute("SELECT COALESCE(max(id), 0) + 1 FROM audit_log").fetchone()
    con.execute(
        'INSERT INTO audit_log (id, incident_id, field, action, who, "at", before, after, comment) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [next_id, incident_id, field_name, action, who, at,
         json.dumps(before, ensure_ascii=False), json.dumps(after, ensure_ascii=False), comment],
    )


def _load_incident(con, incident_id: str) -> Incident:
    row = con.execute("SELECT record FROM incidents WHERE id = ?", [incident_id]).fetchone()
    if row is None:
        raise UnknownIncident(f"no incident {incident_id!r}")
    return Incident.model_validate_json(row[0])


def record_review(
    con: duckdb.DuckDBPyConnection,
    incident_id: str,
    action: str,
    who: str,
    field_name: str | None = None,
    value: Any = None,
    comment: str | None = None,
) -> ReviewSet:
    """Record one decision in one transaction (reviews, review_state, anchors, one audit row).

    ``field_name`` None (or "*") is the whole incident: accept or reject it (edit needs a field).
    Returns the incident's decisions after the change.
    """
    if action not in ACTIONS:
        raise ReviewError(f"action must be one of {', '.join(ACTIONS)}, not {action!r}")
    f = field_name or INCIDENT
    if f != INCIDENT and f not in FIELD_COLUMNS:
        raise ReviewError(f"unknown field {f!r}: reviewable fields are {', '.join(FIELDS)}")
    if f == INCIDENT and action == "edit":
        raise ReviewError("an edit needs a field")
    if action == "reject" and f in REQUIRED_FIELDS:
        raise ReviewError(f"{f} cannot be cleared: edit it instead")
    if comment is not None and len(comment) > 4000:
        raise ReviewError("comment longer than 4000 characters")
    new_value = validate_value(f, value) if action == "edit" else None
    con.begin()
    try:
        inc = _load_incident(con, incident_id)
        reviews = _load_reviews(con, [incident_id]).get(incident_id, ReviewSet(incident_id))
        current = apply_reviews(inc, reviews)
        before_status = reviews.status
        if f == INCIDENT:
            before, stored = {"review_status": before_status}, None
        else:
            before = _get_value(current, f)
            stored = new_value if action == "edit" else before if action == "accept" else None
        reviews.decisions[f] = (action, stored)
        # the reviewed record must stay coherent (dates in order)
        after_inc = apply_reviews(inc, reviews)
        d = after_inc.date
        if d.start and d.end and d.end < d.start:
            raise ReviewError(f"date_end {d.end} is before date_start {d.start}")
        try:
            Incident.model_validate(after_inc.model_dump())
        except ValidationError as exc:
            raise ReviewError(f"invalid reviewed incident: {_first_error(exc)}") from None
        now = _now()
        con.execute("DELETE FROM reviews WHERE incident_id = ? AND field = ?", [incident_id, f])
        con.execute('INSERT INTO reviews (incident_id, field, action, value, who, "at") VALUES (?, ?, ?, ?, ?, ?)',
                    [incident_id, f, action, None if stored is None else json.dumps(stored), who, now])
        _write_state(con, incident_id, reviews)
        con.execute("DELETE FROM review_anchors WHERE incident_id = ?", [incident_id])
        con.execute(
            "INSERT INTO review_anchors (incident_id, members, doc_ids, event_type, date_start, location_name) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [incident_id, _members(inc), _doc_ids(inc), inc.event_type, inc.date.start, inc.location.name],
        )
        after = {"review_status": reviews.status} if f == INCIDENT else _get_value(after_inc, f)
        _append_audit(con, incident_id, f, action, who, before, after, comment, now)
    except BaseException:
        con.rollback()
        raise
    con.commit()
    return reviews


def audit_rows(con: duckdb.DuckDBPyConnection, incident_id: str | None = None) -> list[dict[str, Any]]:
    """Audit rows, oldest first: all of them, or one incident's (with the rows logged under the ids its
    review had before re-extraction moved it, see :func:`reattach`)."""
    if not has_review_tables(con):
        return []
    sql = 'SELECT id, incident_id, field, action, who, "at", before, after, comment FROM audit_log'
    params: list[Any] = []
    if incident_id is not None:
        row = con.execute("SELECT members FROM review_anchors WHERE incident_id = ?", [incident_id]).fetchone()
        ids = list(dict.fromkeys([incident_id, *(row[0] if row else [])]))
        sql += " WHERE incident_id IN (SELECT unnest(?::VARCHAR[]))"
        params.append(ids)
    rows = con.execute(sql + " ORDER BY id", params).fetchall()
    keys = ("id", "incident_id", "field", "action", "who", "at", "before", "after", "comment")
    out = []
    for r in rows:
        d = dict(zip(keys, r, strict=True))
        d["at"] = d["at"].isoformat() + "Z"
        d["before"] = None if d["before"] is None else json.loads(d["before"])
        d["after"] = None if d["after"] is None else json.loads(d["after"])
        out.append(d)
    return out


# ---------------------------------------------------------------------- surviving re-extraction


def resolve_orphans(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Reviewed incident ids that are no longer stored -> the stored incident they now belong to.

    Ids are stable (same document text, same trigger, same id), so this is only needed when extraction
    or linking changed: the review follows (1) an incident that has the old id among its merged ids, or
    whose id was merged into the reviewed one, else (2) an incident of the same event type, start date
    and place resting on one of the same documents. Ambiguous or unmatched reviews stay where they are.
    """
    if not has_review_tables(con):
        return {}
    orphans = con.execute(
        "SELECT a.incident_id, a.members, a.doc_ids, a.event_type, a.date_start, a.location_name "
        "FROM review_anchors a ANTI JOIN incidents i ON i.id = a.incident_id"
    ).fetchall()
    out: dict[str, str] = {}
    for old_id, members, doc_ids, event_type, date_start, place in orphans:
        rows = con.execute(
            "SELECT DISTINCT i.id, i.record FROM incidents i JOIN incident_documents d ON d.incident_id = i.id "
            "WHERE d.doc_id IN (SELECT unnest(?::VARCHAR[]))",
            [doc_ids],
        ).fetchall()
        by_member, by_print = [], []
        for iid, record in rows:
            inc = Incident.model_validate_json(record)
            if iid in members or old_id in _members(inc):
                by_member.append(iid)
            elif (inc.event_type == event_type and inc.date.start == date_start
                  and (inc.location.name or None) == (place or None)):
                by_print.append(iid)
        pick = by_member if by_member else by_print
        if len(set(pick)) == 1:
            out[old_id] = pick[0]
    return out


def reattach(con: duckdb.DuckDBPyConnection, who: str = "bilan") -> dict[str, str]:
    """Move orphaned reviews onto the incidents :func:`resolve_orphans` finds (one audit row each, action
    "reattach"). Decisions already made on the target incident win over the moved ones."""
    moves = resolve_orphans(con)
    if not moves:
        return {}
    con.begin()
    try:
        now = _now()
        for old, new in moves.items():
            con.execute(
                "INSERT INTO reviews SELECT ?, field, action, value, who, \"at\" FROM reviews r WHERE incident_id = ? "
                "AND NOT EXISTS (SELECT 1 FROM reviews x WHERE x.incident_id = ? AND x.field = r.field)",
                [new, old, new],
            )
            con.execute("DELETE FROM reviews WHERE incident_id = ?", [old])
            con.execute("DELETE FROM review_state WHERE incident_id = ?", [old])
            reviews = _load_reviews(con, [new]).get(new, ReviewSet(new))
            _write_state(con, new, reviews)
            inc = _load_incident(con, new)
            con.execute("DELETE FROM review_anchors WHERE incident_id IN (?, ?)", [old, new])
            con.execute(
                "INSERT INTO review_anchors (incident_id, members, doc_ids, event_type, date_start, location_name) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [new, list(dict.fromkeys([*_members(inc), old])), _doc_ids(inc), inc.event_type, inc.date.start,
                 inc.location.name],
            )
            _append_audit(con, new, INCIDENT, "reattach", who, {"incident_id": old}, {"incident_id": new},
                          "re-extraction gave the reviewed incident a new id", now)
    except BaseException:
        con.rollback()
        raise
    con.commit()
    return moves


def all_reviews(con: duckdb.DuckDBPyConnection) -> dict[str, ReviewSet]:
    """Every incident's decisions keyed by the id of the stored incident they apply to (orphans that
    :func:`resolve_orphans` can place are placed, in memory: this works on a read-only store)."""
    if not has_review_tables(con):
        return {}
    reviews = _load_reviews(con)
    for old, new in resolve_orphans(con).items():
        moved = reviews.pop(old, None)
        if moved is None:
            continue
        target = reviews.setdefault(new, ReviewSet(new))
        for f, decision in moved.decisions.items():
            target.decisions.setdefault(f, decision)
    return reviews


def reviewed_incidents(incidents: Iterable[Incident], reviews: dict[str, ReviewSet], *,
                       include_rejected: bool = False) -> Iterator[Incident]:
    """``incidents`` with reviewed values applied; rejected ones are left out unless asked for."""
    for inc in incidents:
        rs = reviews.get(inc.id)
        if rs is not None and rs.status == "rejected" and not include_rejected:
            continue
        yield apply_reviews(inc, rs)


# ---------------------------------------------------------------------- SQL overlay for queries

_FLAT_COLUMNS = (
    "id", "event_type", "sub_event_type", "date_start", "date_end", "date_precision", "location_name",
    "location_mention", "country", "admin1", "lat", "lon", "fatalities_low", "fatalities_best", "fatalities_high",
    "injured_low", "injured_best", "injured_high", "civilian_low", "civilian_best", "civilian_high", "grade",
    "summary",
)  # fmt: skip


def overlay_columns(i: str = "i", r: str = "r") -> dict[str, str]:
    """flat column -> SQL expression: the reviewed value when ``r`` (a ``review_state`` row, possibly NULL
    from a LEFT JOIN) overrides that column's field, else the ``incidents`` row ``i``'s value."""
    col_field = {c: f for f, cols in FIELD_COLUMNS.items() for c in cols}
    out = {}
    for c in _FLAT_COLUMNS:
        if c in col_field:
            out[c] = f"CASE WHEN list_contains({r}.fields, '{col_field[c]}') THEN {r}.{c} ELSE {i}.{c} END"
        else:
            out[c] = f"{i}.{c}"
    out["review_status"] = f"COALESCE({r}.status, 'unreviewed')"
    return out


def reviewed_source_sql(with_reviews: bool = True) -> str:
    """A subquery (``(...) v``) of the flat incident columns with reviewed values in place, plus
    ``review_status``: simple and correct, but it joins every incident (the list queries of
    :mod:`bilan.query` avoid that on large stores)."""
    if not with_reviews:
        cols = ", ".join(f"i.{c}" for c in _FLAT_COLUMNS)
        return f"(SELECT {cols}, 'unreviewed' AS review_status FROM incidents i) v"
    parts = ", ".join(f"{expr} AS {c}" for c, expr in overlay_columns().items())
    return f"(SELECT {parts} FROM incidents i LEFT JOIN review_state r ON r.incident_id = i.id) v"
