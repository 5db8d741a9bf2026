"""The HTTP API and the review page: ``create_app(db_path)`` returns a FastAPI app over one DuckDB store.

The app holds the store open for writing (reviews are writes; DuckDB allows one writing process, so stop
``bilan serve`` before ``bilan ingest`` on the same file). Each request reads through a cursor of its own;
review writes are serialised by a lock.

Security: reads are public unless ``public_reads=False`` (or env ``BILAN_READ_TOKEN_REQUIRED=1``); writes
always need ``Authorization: Bearer <token>`` (``bilan token create``). Request bodies over ``max_body``
bytes get 413; every error is a JSON body; SQL values are bound parameters; article text is only ever
returned as JSON (the page inserts it as text), and every response carries a strict Content-Security-Policy.
"""


import datetime as dt
import io
import os
import threading
from collections import Counter
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from bilan import review as rv
from bilan.export import EXPORTERS, schema_record
from bilan.model import Incident
from bilan.query import Filters, ReviewedCache, iter_reviewed, list_incidents, timeline
from bilan.store import Store

STATIC_DIR = Path(__file__).resolve().parent / "static"
BASEMAP = STATIC_DIR / "vendor" / "countries.geojson"
MAX_BODY = 64 * 1024
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
EXPORT_MEDIA = {
    "acled": ("text/csv; charset=utf-8", "csv"),
    "ucdp": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "jsonl": ("application/x-ndjson", "jsonl"),
}


# ---------------------------------------------------------------------- response models


class IncidentItem(BaseModel):
    id: str
    event_type: str
    sub_event_type: str
    date_start: str | None
    date_end: str | None
    date_precision: str | None
    location_name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    grade: str
    summary: str | None
    review_status: str
    n_sources: int


class IncidentList(BaseModel):
    total: int
    items: list[IncidentItem]


class EvidenceOut(BaseModel):
    field: str
    doc_id: str
    start: int
    end: int
    text: str


class DocumentMeta(BaseModel):
    doc_id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None


class DocumentItem(DocumentMeta):
    status: str


class DocumentList(BaseModel):
    total: int
    items: list[DocumentItem]


class DocumentFull(DocumentItem):
    text: str = Field(description="the stored plain text, raw (evidence offsets index it); untrusted: escape it")


class AuditRow(BaseModel):
    id: int
    incident_id: str
    field: str
    action: str
    who: str
    at: str
    before: Any = None
    after: Any = None
    comment: str | None = None


class IncidentDetail(BaseModel):
    incident: dict[str, Any] = Field(description="the SCHEMA record with reviewed values applied")
    claims: list[dict[str, Any]]
    evidence: list[EvidenceOut]
    documents: list[DocumentMeta]
    review_status: str
    reviews: dict[str, Any] = Field(description="field ('*' = the incident) -> {action, value}")
    audit: list[AuditRow]


class TimelineBin(BaseModel):
    start: str
    count: int


class Timeline(BaseModel):
    bucket: str
    items: list[TimelineBin]


class ReviewIn(BaseModel):
    model_config = {"extra": "forbid"}
    action: Literal["accept", "reject", "edit"]
    field: str | None = Field(default=None, max_length=64, description="omit (or '*') for the whole incident")
    value: Any = None
    comment: str | None = Field(default=None, max_length=4000)


class Error(BaseModel):
    detail: Any


# ---------------------------------------------------------------------- middleware


class BodyLimit:
    """413 for a request body over ``limit`` bytes (declared by Content-Length or streamed)."""

    def __init__(self, app, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = True
                if too_big:
                    return await _json_reply(send, 413, f"request body over {self.limit} bytes")
        seen = 0
        replied = False

        async def limited_receive():
            nonlocal seen, replied
            message = await receive()
            if message["type"] == "http.request" and not replied:
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    # answer now and tell the app the client went away; whatever it sends next is dropped
                    replied = True
                    await _json_reply(send, 413, f"request body over {self.limit} bytes")
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message):
            if not replied:
                await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not replied:
                raise


async def _json_reply(send, status: int, detail: str) -> None:
    import json

    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


# ---------------------------------------------------------------------- the app


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def create_app(db_path: str | Path, *, public_reads: bool = True, max_body: int = MAX_BODY,
               static_dir: Path | None = None) -> FastAPI:
    """The API over the store at ``db_path`` (created if missing). ``public_reads=False``, or the
    environment variable ``BILAN_READ_TOKEN_REQUIRED=1``, makes every ``/api`` GET need a token too."""
    if _truthy(os.environ.get("BILAN_READ_TOKEN_REQUIRED")):
        public_reads = False
    static = Path(static_dir) if static_dir is not None else STATIC_DIR
    store = Store.open(db_path)
    rv.reattach(store.con)  # reviews whose incident got a new id follow it
    write_lock = threading.Lock()
    reviewed = ReviewedCache()  # this process is the store's only writer: reload after each review

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        store.close()

    app = FastAPI(
        title="bilan",
        version="0.1.0",
        description="Sourced, geocoded incidents from conflict news: list, inspect, review, export.",
        lifespan=lifespan,
        responses={401: {"model": Error}, 413: {"model": Error}, 422: {"model": Error}},
    )
    app.state.store = store
    app.state.public_reads = public_reads

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    app.add_middleware(BodyLimit, limit=max_body)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")}
                  for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        return JSONResponse({"detail": f"internal error: {type(exc).__name__}"}, status_code=500)

    # ------------------------------------------------------------------ dependencies

    def cursor():
        cur = store.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def bearer(request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        return token.strip() if scheme.lower() == "bearer" and token.strip() else None

    def _who(request: Request, con: duckdb.DuckDBPyConnection) -> str:
        who = rv.check_token(con, bearer(request))
        if who is None:
            raise HTTPException(401, "a valid token is needed: Authorization: Bearer <token> (bilan token create)",
                                headers={"WWW-Authenticate": "Bearer"})
        return who

    def reader(request: Request, con: Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]):
        if not public_reads:
            _who(request, con)
        return con

    def writer(request: Request, con: Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]) -> tuple[Any, str]:
        return con, _who(request, con)

    Reader = Annotated[duckdb.DuckDBPyConnection, Depends(reader)]
    FilterQuery = Annotated[Filters, Query()]
    IncidentId = Annotated[str, PathParam(max_length=200)]

    # ------------------------------------------------------------------ helpers

    def load(con, incident_id: str) -> tuple[Incident, rv.ReviewSet]:
        row = con.execute("SELECT record FROM incidents WHERE id = ?", [incident_id]).fetchone()
        if row is None:
            raise HTTPException(404, f"no incident {incident_id!r}")
        return Incident.model_validate_json(row[0]), rv.get_reviews(con, incident_id)

    def detail(con, incident_id: str) -> dict[str, Any]:
        inc, reviews = load(con, incident_id)
        shown = rv.apply_reviews(inc, reviews)
        record = schema_record(shown)
        doc_ids = list(dict.fromkeys([s.doc_id for s in shown.sources] + [c.doc_id for c in shown.claims]
                                     + [e.doc_id for e in shown.evidence]))
        rows = con.execute(
            "SELECT doc_id, title, outlet, url, published, language FROM documents "
            "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids],
        ).fetchall()
        keys = ("doc_id", "title", "outlet", "url", "published", "language")
        by_id = {r[0]: {k: _iso(v) for k, v in zip(keys, r, strict=True)} for r in rows}
        return {
            "incident": record,
            "claims": record["claims"],
            "evidence": record["evidence"],
            "documents": [by_id[d] for d in doc_ids if d in by_id],
            "review_status": reviews.status,
            "reviews": {f: {"action": a, "value": v} for f, (a, v) in reviews.decisions.items()},
            "audit": rv.audit_rows(con, incident_id),
        }

    # ------------------------------------------------------------------ routes

    @app.get("/api/incidents", response_model=IncidentList, tags=["incidents"])
    def incidents(con: Reader, filters: FilterQuery) -> dict[str, Any]:
        """Incidents matching the filters, one page, with reviewed values."""
        total, items = list_incidents(con, filters, reviewed.get(con))
        return {"total": total, "items": items}

    @app.get("/api/incidents/{incident_id}", response_model=IncidentDetail, responses={404: {"model": Error}},
             tags=["incidents"])
    def incident(con: Reader, incident_id: IncidentId) -> dict[str, Any]:
        """One incident: the reviewed record, its claims, evidence, documents, review status and audit."""
        return detail(con, incident_id)

    @app.get("/api/incidents/{incident_id}/audit", response_model=list[AuditRow], responses={404: {"model": Error}},
             tags=["review"])
    def incident_audit(con: Reader, incident_id: IncidentId) -> list[dict[str, Any]]:
        """The incident's audit rows, oldest first."""
        rows = rv.audit_rows(con, incident_id)
        if not rows and con.execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id]).fetchone() is None:
            raise HTTPException(404, f"no incident {incident_id!r}")
        return rows

    @app.post("/api/incidents/{incident_id}/review", response_model=IncidentDetail,
              responses={404: {"model": Error}}, tags=["review"])
    def post_review(incident_id: IncidentId, body: ReviewIn,
                    auth: Annotated[tuple[Any, str], Depends(writer)]) -> dict[str, Any]:
        """Accept, reject or edit the incident or one field (token needed); returns the updated incident."""
        con, who = auth
        field = None if body.field in (None, "", rv.INCIDENT) else body.field
        with write_lock:
            try:
                try:
                    rv.record_review(con, incident_id, body.action, who, field, body.value, body.comment)
                finally:
                    reviewed.invalidate()
            except rv.UnknownIncident:
                raise HTTPException(404, f"no incident {incident_id!r}") from None
            except rv.ReviewError as exc:
                raise HTTPException(422, str(exc)) from None
        return detail(con, incident_id)

    @app.get("/api/documents", response_model=DocumentList, tags=["documents"])
    def documents(con: Reader, limit: Annotated[int, Query(ge=0, le=1000)] = 100,
                  offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        """Stored documents (no text), newest publication first."""
        (total,) = con.execute("SELECT count(*) FROM documents").fetchone()
        rows = con.execute(
            "SELECT doc_id, title, outlet, url, published, language, status FROM documents "
            "ORDER BY published DESC NULLS LAST, doc_id LIMIT ? OFFSET ?", [limit, offset],
        ).fetchall()
        keys = ("doc_id", "title", "outlet", "url", "published", "language", "status")
        return {"total": total, "items": [{k: _iso(v) for k, v in zip(keys, r, strict=True)} for r in rows]}

    @app.get("/api/documents/{doc_id}", response_model=DocumentFull, responses={404: {"model": Error}},
             tags=["documents"])
    def document(con: Reader, doc_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        """One document with its stored text (raw: the page must insert it as text, never as HTML)."""
        row = con.execute(
            "SELECT doc_id, title, outlet, url, published, language, status, text FROM documents WHERE doc_id = ?",
            [doc_id],
        ).fetchone()
        if row is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        keys = ("doc_id", "title", "outlet", "url", "published", "language", "status", "text")
        return {k: _iso(v) for k, v in zip(keys, row, strict=True)}

    @app.get("/api/stats", tags=["stats"])
    def stats(con: Reader) -> dict[str, Any]:
        """Counts: documents by status, incidents by event type, grade and review status, errors."""
        data = Store(con, str(db_path), True).stats()
        data["incidents"]["by_grade"] = dict(con.execute(
            "SELECT grade, count(*) FROM incidents GROUP BY 1 ORDER BY 2 DESC, 1").fetchall())  # not reviewable
        rows = reviewed.get(con)
        by_status = Counter(r.status for r in rows)
        by_status["unreviewed"] = data["incidents"]["total"] - len(rows)
        data["incidents"]["by_review_status"] = dict(sorted(by_status.items(), key=lambda kv: (-kv[1], kv[0])))
        return data

    @app.get("/api/timeline", response_model=Timeline, tags=["incidents"])
    def get_timeline(con: Reader, filters: FilterQuery,
                     bucket: Annotated[Literal["day", "week", "month"], Query()] = "day") -> dict[str, Any]:
        """Matching incidents per day, week (from Monday) or month of their start date."""
        return {"bucket": bucket, "items": timeline(con, filters, bucket, reviewed.get(con))}

    @app.get("/api/export/{fmt}", tags=["export"],
             responses={200: {"content": {m: {} for m, _ in EXPORT_MEDIA.values()}}, 404: {"model": Error}})
    def export(con: Reader, fmt: str, filters: FilterQuery) -> Response:
        """All matching incidents (no paging) as a download, reviewed values applied, rejected ones left out."""
        if fmt not in EXPORT_MEDIA:
            raise HTTPException(404, f"unknown export format {fmt!r}: one of {', '.join(EXPORT_MEDIA)}")
        media, ext = EXPORT_MEDIA[fmt]
        buf = io.StringIO(newline="")
        EXPORTERS[fmt](iter_reviewed(con, filters), buf)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d")
        return Response(buf.getvalue().encode("utf-8"), media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="bilan-{fmt}-{stamp}.{ext}"'})

    @app.get("/api/basemap", tags=["map"], responses={404: {"model": Error}})
    def basemap(request: Request, con: Reader) -> FileResponse:
        """Country boundaries (GeoJSON) for the offline map."""
        path = static / "vendor" / "countries.geojson"
        if not path.is_file():
            raise HTTPException(404, "no basemap vendored (static/vendor/countries.geojson)")
        return FileResponse(path, media_type="application/geo+json")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        path = static / "index.html"
        if not path.is_file():
            raise HTTPException(404, "no page (static/index.html)")
        return FileResponse(path, media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=static, check_dir=False), name="static")
    return app
