"""The main job: ingest → language → NLP → extract → link → store.

``extract_document`` is the pure, store-free path (used by ``bilan extract``); ``run_ingest``
streams inputs through every stage into a store, recording one error row per bad document and
carrying on.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from bilan import nlp
from bilan.extract.incidents import extract_incidents, forces_dead_taken_up
from bilan.ingest import iter_inputs
from bilan.language import assign_language
from bilan.lexicons import LexiconMissing
from bilan.lexicons import load as load_lexicon
from bilan.link import DATE_TOLERANCE, MERGE_MAX_KM, all_agree, grade, merge_incidents, merge_into, reports, score, split
from bilan.model import Document, Incident, IngestError, Quantity

# Documents parsed per batch, split by language for ``nlp.pipe``: 32, so that mixed French and
# English input still gives spaCy batches of ~16 per language (8 each cost ~7 % more CPU on the
# generated corpus; the extractions are the same whatever the batch).
BATCH_SIZE = 32


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
        forces_dead_taken_up(doc, document.language, inc)  # (the mentions merged here: their dead taken up)
        inc.summary = summarise(inc)
    return Extraction(document, incidents, quantities)


def extract_document(document: Document) -> Extraction:
    """Extract incidents from one document whose ``language`` is set."""
    return extract_parsed(document, nlp.parse(document.text, document.language))


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_many(documents: Iterable[Document], batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    """Batched extraction, in input order: documents are taken ``batch_size`` at a time, each
    language's documents of the batch are parsed together with ``nlp.pipe``."""
    for batch in chunked(documents, batch_size):
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


# Extraction processes (``run_ingest(workers=N)``, ``bilan run --workers N``): they parse and
# extract whole batches while this process reads, checks languages and stores; forked from this
# process once it has loaded the spaCy pipelines (Linux), else each loads them once. A worker
# whose parent is gone (the run was killed) exits by itself.
PARENT_POLL_S = 1.0


DEFAULT_WORKERS = 2


def default_workers() -> int:
    """Extraction processes for a local run when none is asked for: ``BILAN_WORKERS`` if set,
    else two beside this process on a machine of two CPUs or more, else none (0 = in process).
    Two, measured on 2 cores (docs/performance.md): 35.9-39.3 articles/s against 25.2-27.9 in
    process and 26.5-27.9 with one worker; more may help on more cores (``--workers N``), at
    ~750 MB of memory each."""
    env = os.environ.get("BILAN_WORKERS", "").strip()
    if env:
        try:
            return max(0, int(env))
        except ValueError:
            raise ValueError(f"BILAN_WORKERS must be a whole number, got {env!r}") from None
    return DEFAULT_WORKERS if (os.cpu_count() or 1) >= 2 else 0


def _worker_init(parent: int) -> None:
    # Ctrl-C reaches the whole process group: the parent stops the pool, the workers ignore it
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True, name="bilan-parent-watch").start()


def _exit_when_orphaned(parent: int) -> None:
    while True:
        time.sleep(PARENT_POLL_S)
        if os.getppid() != parent:
            os._exit(1)  # the run that asked for this work is gone: nobody will read the results


# Documents read ahead by :func:`input_languages`: two extraction batches.
LANGUAGE_PEEK = 2 * BATCH_SIZE


def input_languages(paths: Iterable[str | Path], published: dt.date | None = None,
                    limit: int = LANGUAGE_PEEK, checked: dict | None = None) -> list[str] | None:
    """The languages of the first ``limit`` documents of ``paths`` (read apart from the run, with
    the run's language check): the pipelines a run with workers loads before forking them, so
    that a French-only run does not load the English pipeline and the reverse (fr_core_news_md
    ~5.5 s of CPU and ~430 MB, en_core_web_sm ~1.5 s and ~110 MB). None (load every one) when
    the input cannot be read twice or none of those documents can be extracted. ``checked``, when
    given, gets each document's check (:func:`checked_language`), so that the run does not detect
    those languages again."""
    paths = list(paths)
    if not paths or not all(Path(p).exists() for p in paths):
        return None
    found: dict[str, None] = {}
    stream = None
    try:
        stream = iter_inputs(paths, published)
        for n, item in enumerate(stream):
            if n >= limit:
                break
            if isinstance(item, IngestError):
                continue
            key = (item.doc_id, item.source_path, item.language, item.text)
            result = assign_language(item, declared=item.language)
            if checked is not None:
                checked[key] = result if isinstance(result, IngestError) else result.language
            if not isinstance(result, IngestError) and result.language:
                found.setdefault(result.language)
    except Exception:  # the run itself reports what cannot be read
        return None
    finally:
        if stream is not None:
            stream.close()  # the file it has open
    return list(found) or None


def checked_language(item: Document, checked: dict) -> Document | IngestError:
    """:func:`assign_language` of ``item``, or the answer :func:`input_languages` gave for the
    same document (same id, path, declared language and text) when it read it first."""
    known = checked.pop((item.doc_id, item.source_path, item.language, item.text), None)
    if known is None:
        return assign_language(item, declared=item.language)
    if isinstance(known, IngestError):
        return known
    item.language = known
    return item


def _extract_batch(batch: list[Document]) -> list[Extraction]:
    return list(_ordered(batch))


def _warm_up_text(lang: str) -> str | None:
    try:
        return getattr(load_lexicon("events", lang), "WARM_UP_TEXT", None)
    except LexiconMissing:
        return None


def warm_up(languages: Iterable[str] | None = None) -> None:
    """Load, in this process, the spaCy pipeline of each of ``languages`` (default: every supported
    one) that is installed, and what extraction loads on first use (lexicon matchers, gazetteer),
    by extracting the warm-up sentence of each language whose events lexicon has one
    (``events_<lang>.WARM_UP_TEXT``)."""
    docs = []
    for lang in languages or nlp.supported_languages():
        try:
            nlp.get(lang)
        except nlp.ModelNotAvailable:
            continue  # documents in that language fail with an error row when they come
        t = _warm_up_text(lang)
        if t:
            docs.append(Document(doc_id=Document.doc_id_for(t), text=t, language=lang))
    for _ in extract_many(docs):
        pass


def worker_start_method() -> str:
    """How extraction processes start: forked from this process where that is safe (Linux), so
    they begin with the pipelines this process loaded (:func:`warm_up`, once for all of them)
    instead of each loading its own (~9 s of CPU and ~750 MB each); spawned elsewhere (macOS and
    Windows), each worker then loading the models itself."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def extract_in_processes(documents: Iterable[Document], workers: int, batch_size: int = BATCH_SIZE,
                         ahead: int | None = None, languages: Iterable[str] | None = None) -> Iterator[Extraction]:
    """:func:`extract_many` in ``workers`` processes: batches of ``batch_size`` documents go to the
    workers, at most ``ahead`` at a time (default two per worker, so a worker always has its next
    batch), and the extractions come back in input order. ``workers=0`` is :func:`extract_many` in
    this process. On Linux the workers are forked once this process has loaded the pipelines
    (:func:`warm_up`; they share its memory pages until they write to them), before the first
    document is read, so before the run's writer thread starts; elsewhere they are spawned and
    each loads the models configured in the environment. ``languages``: the pipelines to load
    before forking (default: every installed one); a document in another language has its
    pipeline loaded by the worker that gets it. A worker that dies (killed, out of
    memory) stops the run with ``BrokenProcessPool``; the documents not stored stay ``pending``
    and the next run takes them."""
    if workers <= 0:
        yield from extract_many(documents, batch_size)
        return
    ahead = ahead or 2 * workers
    method = worker_start_method()
    if method == "fork":
        warm_up(languages)
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                               initializer=_worker_init, initargs=(os.getpid(),))
    queued: deque[Future] = deque()
    try:
        if method == "fork":
            # forked workers start at the first submit, all of them: now, while this process has
            # no thread of its own running; objects moved out of the collector's reach first, so
            # that its passes in the workers do not copy the shared pages
            gc.freeze()
            try:
                pool.submit(os.getpid).result()
            finally:
                gc.unfreeze()
        for batch in chunked(documents, batch_size):
            queued.append(pool.submit(_extract_batch, batch))
            while len(queued) >= ahead:
                yield from queued.popleft().result()
        while queued:
            yield from queued.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@dataclass
class RunSummary:
    run_id: str | None = None
    seen: int = 0
    new: int = 0
    unchanged: int = 0
    incidents: int = 0
    merged: int = 0
    errors: list[IngestError] = field(default_factory=list)
    # documents already stored with another country than this run gives them (source, stored, given):
    # the stored setting stays, with the incidents extracted under it (see :func:`run_ingest`)
    country_kept: list[tuple[str, str | None, str]] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def errors_by_reason(self) -> Counter:
        return Counter(e.reason for e in self.errors)


CANDIDATE_LIMIT = 200


def candidates(store, inc: Incident, limit: int = CANDIDATE_LIMIT) -> list[Incident]:
    """Stored incidents that may report the same happening as ``inc``: blocking on type, dates
    (within ``DATE_TOLERANCE``) and distance (``MERGE_MAX_KM``), done by the store's link index.
    Every incident that ``bilan.link.score`` could accept is kept."""
    return store.link_candidates(inc, date_margin=DATE_TOLERANCE, max_km=MERGE_MAX_KM, limit=limit)


def link_into_store(store, incidents: list[Incident], dedup=None,
                    absorbed: dict[str, tuple[str, str]] | None = None) -> tuple[list[Incident], int]:
    """Link one document's new incidents to stored ones, incrementally (only the candidates of
    each new incident are read). Returns the incidents to save and how many new ones merged.

    - a new incident joins the best-scoring stored incident whose score reaches the threshold
      (``bilan.link.score``; the reason records the score parts);
    - transitive merge: when it also matches other stored incidents, and their reports do not
      disagree with the survivor's, they are merged into the survivor too; each absorbed id is
      put in ``absorbed`` (``{old_id: (survivor_id, reason)}``) for
      ``Store.replace_incidents_for_document`` to delete and record as an alias;
    - splitting: a merged incident whose reports now disagree is split back (``bilan.link.split``).

    ``dedup`` (a ``bilan.dedup.NearDuplicateIndex``) makes wire copies count once (grade, figures)
    and records "wire copy of <doc_id>" in the merge reason."""
    absorbed = {} if absorbed is None else absorbed
    updated: dict[str, Incident] = {}  # stored incidents changed by this call, newest version
    out: list[Incident] = []
    merged = 0

    def copies_for(*incs: Incident) -> dict[str, str]:
        return dedup.copies([s.doc_id for i in incs for s in i.sources]) if dedup else {}

    for inc in incidents:
        if inc.date.start is None or inc.date.basis == "publication":
            out.append(inc)
            continue
        scored = []
        for cand in candidates(store, inc):
            cand = updated.get(cand.id, cand)
            if cand.id == inc.id or cand.id in absorbed:
                continue
            s = score(cand, inc)
            if s is not None and s.merges:
                scored.append((s, cand))
        if not scored:
            out.append(inc)
            continue
        scored.sort(key=lambda x: (-x[0].total, x[1].id))
        s, survivor = scored[0]
        copies = copies_for(survivor, inc, *(c for _, c in scored[1:]))
        reason = s.reason()
        wire = sorted({copies[x.doc_id] for x in inc.sources if x.doc_id in copies})
        if wire:
            reason = f"wire copy of {', '.join(wire)}; {reason}"
        merge_into(survivor, inc, reason, copies)
        merged += 1
        for s2, other in scored[1:]:
            if not all_agree(reports(survivor), reports(other)):
                continue
            why = f"transitive merge: {inc.id} matches both ({s2.reason()})"
            merge_into(survivor, other, why, copies)
            absorbed[other.id] = (survivor.id, why)
            updated.pop(other.id, None)
        for piece in split(survivor, copies):
            piece.grade = grade(piece, copies)
            piece.summary = summarise(piece)
            updated[piece.id] = piece
            out.append(piece)
    final: dict[str, Incident] = {}
    for inc in out:
        if inc.id not in absorbed:
            final[inc.id] = updated.get(inc.id, inc)
    return list(final.values()), merged


def store_extraction(store, document: Document, incidents: list[Incident], dedup) -> int:
    """Store one extracted document (already added to the store): index it for near-duplicates,
    link its incidents to stored ones, replace its incidents and mark it ``extracted``, all in one
    transaction, so a process killed midway leaves the document ``pending`` with nothing half
    written (a rerun extracts it again). Returns how many incidents were linked to stored ones."""
    with store.transaction():
        dedup.add(document.doc_id, document.text)
        return _link_and_replace(store, document, incidents, dedup)


def _link_and_replace(store, document: Document, incidents: list[Incident], dedup) -> int:
    absorbed: dict[str, tuple[str, str]] = {}
    linked, merged = link_into_store(store, incidents, dedup, absorbed)
    store.replace_incidents_for_document(document.doc_id, linked, absorbed=absorbed)
    store.set_document_status(document.doc_id, "extracted")
    return merged


GROUP_SIZE = 128  # documents stored per transaction by the ingest paths


def store_extractions(store, items: list[tuple[Document, list[Incident]]], dedup) -> list[int | Exception]:
    """:func:`store_extraction` for several documents in order, in one transaction
    (``Store.batch``: rows written together at the end, a fixed number of statements for the
    near-duplicate index), which costs a fraction of one transaction each. A killed process
    leaves the whole group ``pending`` (a rerun extracts it again). When storing one document
    fails, the group is rolled back and stored again one document per transaction, so only that
    document fails. Returns, per document, how many of its incidents were linked to stored ones,
    or the exception that stopped it."""
    if not items:
        return []
    try:
        with store.batch(doc_ids=[d.doc_id for d, _ in items],
                         incident_ids=[i.id for _, incidents in items for i in incidents]):
            dedup.add_many([(d.doc_id, d.text) for d, _ in items])
            return [_link_and_replace(store, d, incidents, dedup) for d, incidents in items]
    except Exception:  # noqa: BLE001 - find the document at fault, store the others
        out: list[int | Exception] = []
        for d, incidents in items:
            try:
                out.append(store_extraction(store, d, incidents, dedup))
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
                out.append(exc)
        return out


class GroupWriter:
    """What the ingest paths share: one run of the store (started here, finished by :meth:`close`)
    whose every write goes through it, in order. Extracted documents are stored ``GROUP_SIZE`` at
    a time (:func:`store_extractions`), failures become error rows, and the run's counts are kept
    in ``summary`` (:meth:`unchanged` counts the documents a run skips).

    With ``background=True`` the writes run in one writer thread while the caller goes on parsing
    the next documents (DuckDB and much of spaCy's work run without the GIL, so the two overlap on
    two cores); at most ``MAX_QUEUED`` jobs wait, so memory stays bounded, and an exception in the
    writer is raised in the caller at its next call. Only the writer thread uses ``store`` until
    :meth:`close` returns; the caller reads through its own connection (``Store.reader``).
    Call :meth:`close` at the end: it stores the last group and waits for the writer."""

    MAX_QUEUED = 2

    def __init__(self, store, command: str, group_size: int = GROUP_SIZE, background: bool = False) -> None:
        from bilan.dedup import NearDuplicateIndex

        self.store, self.group_size = store, group_size
        self.summary = RunSummary(run_id=store.start_run(command))
        self.dedup = NearDuplicateIndex(store)
        self._seen: set[str] = set()
        self.group: list[tuple[Document, list[Incident]]] = []
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="bilan-writer") if background else None
        self._queued: deque[Future] = deque()
        self._failed = False

    def _run(self, job: Callable, *args) -> None:
        if self._pool is None:
            job(*args)
            return
        while len(self._queued) >= self.MAX_QUEUED:
            self._queued.popleft().result()
        self._queued.append(self._pool.submit(self._guarded, job, *args))

    def _guarded(self, job: Callable, *args) -> None:
        """In the writer thread: after a job failed, the later ones are not run (the caller gets
        the first error; the store keeps what was committed before it)."""
        if self._failed:
            raise RuntimeError("not stored: an earlier write of this run failed")
        try:
            job(*args)
        except BaseException:
            self._failed = True
            raise

    def note_error(self, err: IngestError) -> None:
        """Record an error row of this run (in line: use :meth:`error` from the caller's thread)."""
        self.summary.errors.append(err)
        self.store.add_error(err, self.summary.run_id)

    def error(self, err: IngestError) -> None:
        self._run(self.note_error, err)

    def unchanged(self, doc_id: str, status: str | None) -> bool:
        """Whether a document is skipped as unchanged (counted): seen earlier in this run, or
        already ``extracted`` (``status``, as stored). A document not skipped is remembered."""
        if doc_id in self._seen or status == "extracted":
            self.summary.unchanged += 1
            return True
        self._seen.add(doc_id)
        return False

    def add_documents(self, docs: list[Document], status: str) -> None:
        if docs:
            self._run(self._add_documents, docs, status)

    def _add_documents(self, docs: list[Document], status: str) -> None:
        self.store.add_documents(docs, status, count=False)  # how many were new is not asked for

    def add(self, document: Document, incidents: list[Incident]) -> None:
        self.group.append((document, incidents))
        if len(self.group) >= self.group_size:
            self.flush()

    def fail(self, document: Document, detail: str) -> None:
        self._run(self._fail, document, detail)

    def _fail(self, document: Document, detail: str) -> None:
        self.store.set_document_status(document.doc_id, "failed")
        self.note_error(IngestError(source=document.source_path or document.doc_id, reason="extract_failed",
                                    stage="extract", detail=detail, doc_id=document.doc_id))

    def flush(self) -> None:
        group, self.group = self.group, []
        if group:
            self._run(self._store, group)

    def _store(self, group: list[tuple[Document, list[Incident]]]) -> None:
        for (doc, incidents), result in zip(group, store_extractions(self.store, group, self.dedup), strict=True):
            if isinstance(result, Exception):
                self._fail(doc, f"{type(result).__name__}: {result}")
                continue
            self.summary.new += 1
            self.summary.incidents += len(incidents)
            self.summary.merged += result

    def close(self) -> RunSummary:
        """Store the last group, wait for every queued write (raising the first error) and finish
        the run in the store."""
        try:
            self.flush()
            while self._queued:
                self._queued.popleft().result()  # the first error is raised first
        finally:
            self.abandon()
        s = self.summary
        self.store.finish_run(s.run_id, n_docs=s.seen, n_new=s.new, n_errors=len(s.errors))
        return s

    def abandon(self) -> None:
        """Stop the writer thread: queued jobs not started are dropped, a running one finishes."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def note_country_kept(reader, summary: RunSummary, docs: list[Document]) -> None:
    """Put in ``summary.country_kept`` those of ``docs`` (already extracted) stored with another country."""
    if not docs:
        return
    stored = reader.document_countries(d.doc_id for d in docs)
    for d in docs:
        if d.doc_id in stored and stored[d.doc_id] != d.country:
            summary.country_kept.append((d.source_path or d.doc_id, stored[d.doc_id], d.country))


def run_ingest(
    paths: Iterable[str | Path],
    store,
    published: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
    command: str = "ingest",
    background_writer: bool = True,
    workers: int = 0,
    country: str | None = None,
) -> RunSummary:
    """Read ``paths``, extract each new document and store it, ``GROUP_SIZE`` documents at a time:
    their statuses are looked up with one query, the new ones are stored ``pending`` with one
    statement, their results in one transaction after extraction. A document already
    ``extracted`` (or seen earlier in this run) is counted unchanged and not extracted again.
    ``background_writer`` stores in a writer thread while the next documents are parsed
    (:class:`GroupWriter`); ``workers`` > 0 parses and extracts in that many processes
    (:func:`extract_in_processes`) while this one reads and stores. The store ends the same
    either way.

    ``country`` (ISO 3166-1 alpha-2) is the ``Document.country`` of every input that sets none of its
    own (:func:`bilan.ingest.iter_inputs`). A document is its text: one already extracted is not
    extracted again under another country; it keeps the country it was stored with (and its
    incidents), and the run lists it in ``summary.country_kept``."""
    paths = list(paths)
    # before the writer thread starts: the worker processes are forked at the first document read
    peeked: dict = {}  # the language checks of the first documents, done to choose the pipelines
    languages = input_languages(paths, published, checked=peeked) \
        if workers > 0 and worker_start_method() == "fork" else None
    writer = GroupWriter(store, command, background=background_writer)
    summary = writer.summary
    reader = store.reader() if background_writer else store

    def documents() -> Iterator[Document]:
        for chunk in chunked(iter_inputs(paths, published, country=country), GROUP_SIZE):
            docs: list[Document] = []
            for item in chunk:
                summary.seen += 1
                if progress:
                    progress(getattr(item, "source_path", None) or getattr(item, "source", ""))
                if isinstance(item, IngestError):
                    writer.error(item)
                else:
                    docs.append(item)
            statuses = reader.document_statuses(d.doc_id for d in docs)
            note_country_kept(reader, summary,
                               [d for d in docs if d.country and statuses.get(d.doc_id) == "extracted"])
            ready: list[Document] = []
            for item in docs:
                if writer.unchanged(item.doc_id, statuses.get(item.doc_id)):
                    continue
                checked = checked_language(item, peeked)
                if isinstance(checked, IngestError):
                    writer.add_documents([item], status="failed")
                    writer.error(checked)
                    continue
                ready.append(checked)
            writer.add_documents(ready, status="pending")
            yield from ready

    try:
        for ex in extract_in_processes(documents(), workers, languages=languages):
            if ex.error is not None:
                writer.fail(ex.document, ex.error)
            else:
                writer.add(ex.document, ex.incidents)
        return writer.close()
    finally:
        writer.abandon()
        if reader is not store:
            reader.close()
