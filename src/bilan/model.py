"""The central data model of bilan.

Every stage reads and writes these records. The shape of :class:`Incident` is the
contract of ``../shared/SCHEMA.md``: fields may be added, never renamed or dropped.

Evidence first: every extracted value is backed by an :class:`Evidence` whose
``start``/``end`` are Python ``str`` offsets into the stored plain text of a
document, so ``evidence.text == document.text[evidence.start:evidence.end]``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal, get_args

from pydantic import (BaseModel, ConfigDict, Field, PrivateAttr, SerializerFunctionWrapHandler, field_validator,
                      model_serializer, model_validator)

Precision = Literal["day", "week", "month", "year"]
LocationPrecision = Literal["exact", "near", "admin2", "admin1", "country"]
# a place's precisions from the finest: 0 for "exact" to 4 for "country"
LOCATION_PRECISION_RANK = {p: k for k, p in enumerate(get_args(LocationPrecision))}
Certainty = Literal["asserted", "probable", "possible", "alleged", "denied"]
Grade = Literal["confirmed", "fair", "weak", "contested", "single_source", "discounted"]
ActorRole = Literal["actor1", "actor2", "victim"]

CERTAINTIES: tuple[str, ...] = ("asserted", "probable", "possible", "alleged", "denied")


def sha256_hex(data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def stable_id(prefix: str, *parts: object) -> str:
    """A short deterministic id: same parts, same id."""
    return prefix + sha256_hex("\x1f".join(str(p) for p in parts))[:16]


# the help of the CLI's --country (ingest, extract, run)
COUNTRY_HELP = ("Country the articles are about, ISO 3166-1 alpha-2 (NG, CF): the prior of their places when "
                "the text says nothing surer; a JSONL record's own 'country' wins.")


def country_code(value: object) -> str:
    """``value`` as an ISO 3166-1 alpha-2 country code, upper case (" ng" -> "NG"); ValueError for
    anything else (a name, a three-letter code, a code no country has)."""
    code = value.strip().upper() if isinstance(value, str) else None
    if code is None or len(code) != 2 or not code.isascii() or not code.isalpha():
        raise ValueError(f"expected a two-letter ISO 3166-1 country code such as NG or CF, got {value!r}")
    try:
        from bilan.gazetteer import country_records

        known = country_records()
    except (ImportError, OSError, ValueError):  # the country data missing: the code's form is checked only
        return code
    if code not in known:
        raise ValueError(f"{code!r} is no ISO 3166-1 alpha-2 country code")
    return code


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(Record):
    """A stretch of one document's stored text."""

    start: int
    end: int
    text: str


class Evidence(Record):
    """Why bilan says something: the words, and which field they back."""

    field: str
    doc_id: str
    start: int
    end: int
    text: str


class Range(Record):
    """A count as a range. ``None`` everywhere means "not reported"."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    # which convention produced the range, e.g. "exact", "approx", "vague:dozens", "at_least"
    basis: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        vals = [v for v in (self.low, self.best, self.high) if v is not None]
        if vals != sorted(vals):
            raise ValueError(f"range must satisfy low <= best <= high: {self.low}, {self.best}, {self.high}")
        return self

    @classmethod
    def exact(cls, n: int) -> Range:
        return cls(low=n, best=n, high=n, basis="exact")

    def is_empty(self) -> bool:
        return self.low is None and self.best is None and self.high is None

    def single(self) -> int | None:
        """One number for consumers that need one: best, else low, else high."""
        for v in (self.best, self.low, self.high):
            if v is not None:
                return v
        return None


class DateValue(Record):
    start: dt.date | None = None
    end: dt.date | None = None
    precision: Precision | None = None
    # how the date was obtained: "text" (a date expression), "publication" (document date, no expression),
    # "anaphoric" (the date of the incident told before: "that day"), "lead" (a later paragraph telling a part
    # of the lead's event takes the lead's day)
    basis: str | None = None


class Location(Record):
    name: str | None = None
    mention: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: LocationPrecision | None = None
    # False for a place the text names that the gazetteer lacks (« à Tawori, dans l'est du Burkina Faso »):
    # ``name`` is the name as written, no coordinates of its own, ``country`` (and ``region``) what the text
    # puts it in, ``precision`` the finest of those (admin1 with a region, else country). None: resolved
    resolved: bool | None = None
    # the first-level division or named region the text puts an unresolved place in (« province du
    # Nord-Kivu »), as the gazetteer names it
    region: str | None = None
    # how the place was chosen when not by the text alone: "country_setting" for a name of several
    # namesakes read in the country its document is set to (``Document.country``) when the text itself
    # says nothing surer. None: by the text
    basis: str | None = None

    @model_serializer(mode="wrap")
    def _without_unset_extras(self, handler: SerializerFunctionWrapHandler) -> dict:
        # the two fields of unresolved places (and ``basis``) are written only when set: records of
        # resolved places keep the keys they had
        data = handler(self)
        for key in ("resolved", "region", "basis"):
            if isinstance(data, dict) and data.get(key) is None:
                data.pop(key, None)
        return data


class Actor(Record):
    role: ActorRole
    name: str
    mention: str
    kind: str | None = None


class Target(Record):
    """A physical target of an incident (a building, a vehicle, a piece of infrastructure): what was
    bombed, burnt or attacked, as written. ``start``/``end`` are offsets into the document's text
    (``text[start:end] == mention``); an Evidence with field "targets" backs it too."""

    name: str  # the target noun phrase, lower case ("power lines", "bank")
    mention: str  # as written
    kind: str | None = None  # building | vehicle | infrastructure | military_site | organisation | ...
    doc_id: str | None = None
    start: int
    end: int


class Claim(Record):
    text: str
    speaker: str | None = None
    speaker_role: str | None = None
    organisation: str | None = None
    verb: str | None = None
    certainty: Certainty = "asserted"
    doc_id: str
    start: int
    end: int
    # extra: does the claim support the incident as stated, or dispute it (alternative cause, denial)?
    stance: Literal["supports", "disputes"] = "supports"
    # extra: the toll of the dead this claim gives when it differs from the incident's ("the army put the
    # toll at 17"): the claim's own figure, kept visible beside the incident's range that covers it
    fatalities: Range | None = None


class Source(Record):
    doc_id: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str | None = None


class Quantity(Record):
    """A reported figure that is not a casualty count (e.g. fighters remaining)."""

    what: str
    value: Range
    speaker: str | None = None
    certainty: Certainty = "asserted"
    doc_id: str
    start: int
    end: int
    text: str


class Report(Record):
    """What one mention of one document said about an incident: kept per report when incidents
    merge, so figures are reconciled from every report (``bilan.link.reconcile``) and a merged
    incident whose reports come to disagree can be split back (``bilan.link.split``)."""

    incident_id: str  # the id the mention had before it was merged
    doc_id: str
    date: DateValue = Field(default_factory=DateValue)
    location: Location = Field(default_factory=Location)
    actors: list[Actor] = Field(default_factory=list)
    fatalities: Range | None = None
    injured: Range | None = None
    civilian_fatalities: Range | None = None


class Incident(Record):
    id: str
    event_type: str
    sub_event_type: str
    plover: str | None = None
    date: DateValue = Field(default_factory=DateValue)
    location: Location = Field(default_factory=Location)
    actors: list[Actor] = Field(default_factory=list)
    fatalities: Range | None = None
    injured: Range | None = None
    civilian_fatalities: Range | None = None
    claims: list[Claim] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    grade: Grade = "single_source"
    # extras (allowed by the contract)
    summary: str | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    # physical targets (buildings, vehicles, infrastructure) the incident hit
    targets: list[Target] = Field(default_factory=list)
    merge_reasons: list[str] = Field(default_factory=list)
    # one per merged mention (empty for an incident never merged across documents)
    reports: list[Report] = Field(default_factory=list)
    # an older event the report recalls as background (told in the past perfect, or dated only to a
    # month or a year), beside an event it reports as news; False when the report tells no other
    recalled: bool = False
    # the stage of execution: "accomplished" (the act was carried out) or "threatened" (a specific
    # threat of it made against someone: "death threats against the judge", "threatened to kill the
    # mayor"); a threat is typed by the act threatened and has no casualties. ACLED and UCDP code no
    # threats: their exports skip threatened incidents
    stage: Literal["accomplished", "threatened"] = "accomplished"
    # told as one more act of its kind ("a second attack", « une autre attaque », "attacked the village again"): no
    # mention of the act told before it in its document, whatever day and place it shares (link.same_happening); kept
    # in memory only, for the merge of one document's mentions
    _further: bool = PrivateAttr(default=False)

    def actors_in(self, role: str) -> list[Actor]:
        return [a for a in self.actors if a.role == role]

    def evidence_for(self, field: str) -> list[Evidence]:
        return [e for e in self.evidence if e.field == field]


class Document(Record):
    """One ingested article. ``text`` is the stored plain text all offsets refer to."""

    doc_id: str
    text: str
    source_path: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    # where ``published`` came from: "cli", "metadata", "html", "feed", or None
    published_source: str | None = None
    language: str | None = None
    content_format: str | None = None
    # the country the document is about, as its user set it (ISO 3166-1 alpha-2, upper case: ``bilan
    # ingest --country NG``, a JSONL record's ``country``): the prior of the places when the text says
    # nothing surer (``bilan.extract.places.find_places``). None: the text alone says where
    country: str | None = None

    @field_validator("country", mode="before")
    @classmethod
    def _country_code(cls, value: object) -> str | None:
        return None if value is None else country_code(value)

    @classmethod
    def doc_id_for(cls, text: str) -> str:
        return "d" + sha256_hex(text)[:16]

    def source(self) -> Source:
        return Source(
            doc_id=self.doc_id,
            url=self.url,
            title=self.title,
            outlet=self.outlet,
            published=self.published,
            language=self.language,
        )


class IngestError(Record):
    """A document (or part of an input) bilan could not use, and why."""

    source: str
    reason: str
    stage: str = "ingest"
    detail: str | None = None
    doc_id: str | None = None
