"""The main job: ingest → language → NLP → extract → link → store.

``extract_document`` is the pure, store-free path (used by ``bilan extract``); ``run_ingest``
streams inputs through every stage into a store, recording one error row per bad document and
carrying on.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bilan import nlp
from bilan.extract.incidents import extract_incidents
from bilan.ingest import iter_inputs
from bilan.language import assign_language
from bilan.link import DATE_TOLERANCE, MERGE_MAX_KM, grade, merge_incidents, merge_into, same_happening
from bilan.model import Document, Incident, IngestError, Quantity

BATCH_SIZE = 16


@dataclass
class Extraction:
    document: Document
    incidents: list[Incident]
    quantities: list[Quantity]
    # set when extraction failed on this document: the batch goes on without it
    error: str | None = None


def summarise(inc: Incident) -> str:
    parts = [inc.sub_event_type]
    a1 = [a.name for a in inc.actors_in("actor1")]
    a2 = [a.name for a in inc.actors_in("actor2")]
    if a1:
        parts.append(" vs ".join([a1[0], *a2[:1]]) if a2 else a1[0])
    if inc.location.name:
        parts.append(inc.location.name)
    if inc.date.start:
        parts.append(inc.date.start.isoformat() if inc.date.precision == "day"
                     else f"{inc.date.start.isoformat()}..{inc.date.end.isoformat() if inc.date.end else ''}")
    if inc.fatalities:
        f = inc.fatalities
        parts.append(f"killed {f.low}-{f.high}" if f.low != f.high else f"killed {f.low}")
    return "; ".join(str(p) for p in parts)


def extract_parsed(document: Document, doc) -> Extraction:
    incidents, quantities = extract_incidents(document, doc)
    incidents = merge_incidents(incidents)
    for inc in incidents:
        inc.summary = summarise(inc)
    return Extraction(document, incidents, quantities)


def extract_document(document: Document) -> Extraction:
    """Extract incidents from one document whose ``language`` is set."""
    return extract_parsed(document, nlp.parse(document.text, document.language))


def extract_many(documents: Iterable[Document], batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    """Batched extraction, in input order: documents are taken ``batch_size`` at a time, each
    language's documents of the batch are parsed together with ``nlp.pipe``."""
    batch: list[Document] = []
    for d in documents:
        batch.append(d)
        if len(batch) >= batch_size:
            yield from _ordered(batch)
            batch = []
    if batch:
        yield from _ordered(batch)


def _ordered(batch: list[Document]) -> Iterator[Extraction]:
    by_lang: dict[str, list[int]] = {}
    for i, d in enumerate(batch):
        by_lang.setdefault(d.language, []).append(i)
    results: dict[int, Extraction] = {}
    for lang, idx in by_lang.items():
        for i, ex in zip(idx, _flush(lang, [batch[i] for i in idx])):
            results[i] = ex
    for i in range(len(batch)):
        yield results[i]


def _flush(lang: str, batch: list[Document]) -> Iterator[Extraction]:
    for d, parsed in zip(batch, nlp.pipe((x.text for x in batch), lang, batch_size=len(batch))):
        try:
            yield extract_parsed(d, parsed)
        except Exception as exc:  # one document's failure must not stop the batch
            yield Extraction(d, [], [], error=f"{type(exc).__name__}: {exc}")


@dataclass
class RunSummary:
    run_id: str | None = None
    seen: int = 0
    new: int = 0
    unchanged: int = 0
    incidents: int = 0
    merged: int = 0
    errors: list[IngestError] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def errors_by_reason(self) -> Counter:
        return Counter(e.reason for e in self.errors)


CANDIDATE_LIMIT = 200


def candidates(store, inc: Incident, limit: int = CANDIDATE_LIMIT) -> list[Incident]:
    """Stored incidents that may report the same happening as ``inc``: blocking on type, dates
    (within ``DATE_TOLERANCE``) and distance (``MERGE_MAX_KM``), done by the store. Every incident
    that ``same_happening`` could accept is kept."""
    return store.link_candidates(inc, date_margin=DATE_TOLERANCE, max_km=MERGE_MAX_KM, limit=limit)


def link_into_store(store, incidents: list[Incident], dedup=None) -> tuple[list[Incident], int]:
    """Link new incidents to stored ones (candidates: same sub-event type, overlapping dates).

    ``dedup`` (a ``bilan.dedup.NearDuplicateIndex``) makes wire copies count once in the grade and
    records "wire copy of <doc_id>" in the merge reason."""
    out, merged = [], 0
    for inc in incidents:
        target = None
        if inc.date.start is not None and inc.date.basis != "publication":
            for cand in candidates(store, inc):
                reason = same_happening(cand, inc)
                if reason and cand.id != inc.id:
                    copies = dedup.copies([s.doc_id for s in (*cand.sources, *inc.sources)]) if dedup else {}
                    wire = sorted({copies[s.doc_id] for s in inc.sources if s.doc_id in copies})
                    if wire:
                        reason = f"wire copy of {', '.join(wire)}; {reason}"
                    merge_into(cand, inc, reason)
                    cand.grade = grade(cand, copies)
                    cand.summary = summarise(cand)
                    target = cand
                    merged += 1
                    break
        out.append(target or inc)
    return out, merged


def store_extraction(store, document: Document, incidents: list[Incident], dedup) -> int:
    """Store one extracted document (already added to the store): index it for near-duplicates,
    link its incidents to stored ones, replace its incidents and mark it ``extracted``, all in one
    transaction, so a process killed midway leaves the document ``pending`` with nothing half
    written (a rerun extracts it again). Returns how many incidents were linked to stored ones."""
    with store.transaction():
        dedup.add(document.doc_id, document.text)
        linked, merged = link_into_store(store, incidents, dedup)
        store.replace_incidents_for_document(document.doc_id, linked)
        store.set_document_status(document.doc_id, "extracted")
    return merged


def run_ingest(
    paths: Iterable[str | Path],
    store,
    published: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
    command: str = "ingest",
) -> RunSummary:
    summary = RunSummary(run_id=store.start_run(command))
    from bilan.dedup import NearDuplicateIndex

    dedup = NearDuplicateIndex(store)

    def note_error(err: IngestError) -> None:
        summary.errors.append(err)
        store.add_error(err, summary.run_id)

    def documents() -> Iterator[Document]:
        for item in iter_inputs(paths, published):
            summary.seen += 1
            if progress:
                progress(getattr(item, "source_path", None) or getattr(item, "source", ""))
            if isinstance(item, IngestError):
                note_error(item)
                continue
            if store.has_document(item.doc_id) and store.document_status(item.doc_id) == "extracted":
                summary.unchanged += 1
                continue
            declared = item.language
            checked = assign_language(item, declared=declared)
            if isinstance(checked, IngestError):
                store.add_document(item, status="failed")
                note_error(checked)
                continue
            store.add_document(checked, status="pending")
            yield checked

    for ex in extract_many(documents()):
        if ex.error is not None:
            store.set_document_status(ex.document.doc_id, "failed")
            note_error(IngestError(source=ex.document.source_path or ex.document.doc_id, reason="extract_failed",
                                   stage="extract", detail=ex.error, doc_id=ex.document.doc_id))
            continue
        try:
            merged = store_extraction(store, ex.document, ex.incidents, dedup)
        except Exception as exc:  # one bad document must not stop the batch
            store.set_document_status(ex.document.doc_id, "failed")
            note_error(IngestError(source=ex.document.source_path or ex.document.doc_id, reason="extract_failed",
                                   stage="extract", detail=f"{type(exc).__name__}: {exc}",
                                   doc_id=ex.document.doc_id))
            continue
        summary.new += 1
        summary.incidents += len(ex.incidents)
        summary.merged += merged
    store.finish_run(summary.run_id, n_docs=summary.seen, n_new=summary.new, n_errors=len(summary.errors))
    return summary
