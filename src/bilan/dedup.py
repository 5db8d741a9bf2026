"""Near-duplicate documents: wire copies republished by many outlets count once as a source.

A document is reduced to a MinHash signature (``NUM_PERM`` permutations) over the
word 5-shingles of its normalised text (NFKC, casefolded, words only — punctuation, spacing and
case do not make two copies differ). Signatures are cut into LSH bands (``BANDS`` × ``ROWS``,
tuned for recall at ``THRESHOLD``); two documents sharing one band hash are candidates, and a
candidate is a near-duplicate when the estimated Jaccard similarity of the shingle sets is at
least ``THRESHOLD`` (0.8: a wire copy with a changed headline, dateline or last paragraph still
matches; two outlets' own write-ups of the same event share far fewer 5-word runs).

``NearDuplicateIndex`` works in memory or on a store (``NearDuplicateIndex(store)``), where the
band hashes and signatures live in tables created here (``CREATE TABLE IF NOT EXISTS`` on
``store.con``, outside the store's versioned schema) so the index is incremental across runs.
``copies`` maps a near-duplicate document to the earlier document it copies.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

import numpy as np

THRESHOLD = 0.8
NUM_PERM = 128
SHINGLE = 5
SEED = 1  # fixed: signatures must be comparable across runs

# LSH bands only pick candidates; the signature check decides. datasketch's own choice for 0.8
# (9 bands of 13 rows) puts the S-curve's midpoint at 0.84, so a 0.84-similar copy is missed one
# time in three; 20 bands of 6 rows (midpoint 0.61) find a pair at 0.8 with probability 0.998
# and one at 0.5 with 0.27 (a candidate, then rejected by the signature check).
BANDS, ROWS = 20, 6

# A band hash that many documents share is boiler-plate (a site's standard paragraph, a template)
# more than a sign of a copy: a new document is compared with the first BUCKET_CAP documents
# indexed under each of its band hashes, not all of them, so the cost of a document stays bounded
# as the index grows. A real copy shares most of its 20 bands with its original, which comes first
# under them (or is itself a copy of the earlier documents it is then compared with). Since only
# those documents are ever read back, a band row is stored only while its bucket has room: a
# crowded band costs the same at 10,000 documents as at 100 (stores written before keep their
# longer buckets, of which the first BUCKET_CAP rows are read, as before).
BUCKET_CAP = 32

# Signatures of the documents recently compared or indexed, kept in memory per index: the
# documents at the head of crowded buckets are every new document's candidates.
SIG_CACHE = 20_000

_WORD = re.compile(r"\w+")

# The signature is datasketch's MinHash (2.0, scheme "affine32", seed SEED) computed here with numpy,
# value for value (a test compares them): each shingle's 32-bit SHA-1 prefix, mixed by the
# MurmurHash3 finalizer, then permuted by h -> a * h + b mod 2^32 with odd a; each permutation keeps
# its minimum. All shingles and permutations in one array operation, and no import of datasketch
# (which loads scipy: ~1 s of CPU at each start).
_GEN = np.random.RandomState(SEED)
_PERM_A = _GEN.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
_PERM_B = _GEN.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
del _GEN
_CHUNK = 4096  # shingles permuted at a time: 2 MiB of work array, whatever the length of the text
_EMPTY = np.full(NUM_PERM, (1 << 32) - 1, dtype=np.uint64)  # the signature of a text without words

_DDL = (
    "CREATE TABLE IF NOT EXISTS dedup_bands (doc_id VARCHAR NOT NULL, band INTEGER NOT NULL, "
    "hash BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS dedup_signatures (doc_id VARCHAR PRIMARY KEY, signature UBIGINT[] NOT NULL)",
    "CREATE TABLE IF NOT EXISTS dedup_copies (doc_id VARCHAR PRIMARY KEY, original_id VARCHAR NOT NULL)",
)


def normalise(text: str) -> list[str]:
    """The words of ``text``, NFKC-normalised and casefolded."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word ``k``-shingles of the normalised text (a text shorter than ``k`` words is one shingle)."""
    words = normalise(text)
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def _fmix32(h: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer (a bijection), element-wise; uint32 products wrap."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(text: str) -> np.ndarray:
    """The MinHash signature of ``text``'s shingles: ``NUM_PERM`` values below 2^32, as uint64."""
    found = shingles(text)
    if not found:
        return _EMPTY.copy()
    sha1 = hashlib.sha1
    hv = np.frombuffer(b"".join([sha1(s.encode("utf-8")).digest()[:4] for s in found]), dtype="<u4")
    hv = _fmix32(hv.astype(np.uint32))
    out = np.minimum.reduce([(hv[i:i + _CHUNK, None] * _PERM_A + _PERM_B).min(axis=0)
                             for i in range(0, len(hv), _CHUNK)])
    return out.astype(np.uint64)


def band_hashes(sig: np.ndarray) -> list[int]:
    """One signed 64-bit hash per LSH band."""
    out = []
    for b in range(BANDS):
        digest = hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out


def _objects(values: list) -> np.ndarray:
    """``values`` as a numpy object array, one element per value (a numpy array stays one element)."""
    out = np.empty(len(values), dtype=object)
    for k, v in enumerate(values):
        out[k] = v
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


class NearDuplicateIndex:
    """MinHash/LSH index of documents; ``store`` (a ``bilan.store.Store``) makes it persistent."""

    def __init__(self, store=None, threshold: float = THRESHOLD) -> None:
        self.store = store
        self.threshold = threshold
        self._bands: dict[tuple[int, int], list[str]] = {}  # (band, hash) -> documents, in order
        self._sigs: dict[str, np.ndarray] = {}
        self._copies: dict[str, str] = {}
        self._tables_seen = False
        # on a store: what copies() answered or add() recorded, per document (a document's copy is
        # fixed once it is indexed); forgotten when a transaction of the store rolls back
        self._copy_of: dict[str, str | None] = {}
        self._sig_cache: dict[str, np.ndarray] = {}  # doc_id -> signature (a document's never changes)
        if store is not None:
            store.on_rollback.append(self._copy_of.clear)
        if store is not None and not store.read_only:
            for ddl in _DDL:
                store.con.execute(ddl)

    def _has_tables(self) -> bool:
        if self.store is None:
            return False
        if not self._tables_seen:  # once there, the tables stay (asked per document otherwise: ~1 ms each)
            self._tables_seen = bool(self.store.con.execute(
                "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'dedup_signatures'").fetchone()[0])
        return self._tables_seen

    def __contains__(self, doc_id: str) -> bool:
        if self.store is None:
            return doc_id in self._sigs
        return self._has_tables() and self.store.con.execute(
            "SELECT 1 FROM dedup_signatures WHERE doc_id = ?", [doc_id]).fetchone() is not None

    def add(self, doc_id: str, text: str) -> list[str]:
        """Index ``doc_id``; returns the earlier documents it near-duplicates (best first), and
        records it as a copy of the best one."""
        if doc_id in self:
            return self.query(text, exclude=doc_id)
        sig = signature(text)
        hashes = band_hashes(sig)
        cands, crowd = self._candidates(hashes)
        found = self._ranked(sig, cands, exclude=doc_id)
        if self.store is None:
            for b, h in enumerate(hashes):
                bucket = self._bands.setdefault((b, h), [])
                if len(bucket) < BUCKET_CAP:
                    bucket.append(doc_id)
            self._sigs[doc_id] = sig
            if found:
                self._copies[doc_id] = found[0]
        else:
            con = self.store.con
            con.execute("INSERT INTO dedup_signatures VALUES (?, ?)", [doc_id, sig.tolist()])
            bands = [b for b in range(BANDS) if crowd.get(b, 0) < BUCKET_CAP]
            if bands:
                con.execute("INSERT INTO dedup_bands SELECT ?, unnest(?::INTEGER[]), unnest(?::BIGINT[])",
                            [doc_id, bands, [hashes[b] for b in bands]])
            self._remember(doc_id, sig)
            if found:
                con.execute("INSERT INTO dedup_copies VALUES (?, ?) ON CONFLICT DO NOTHING", [doc_id, found[0]])
            self._copy_of[doc_id] = found[0] if found else None
        return found

    def add_many(self, docs: Iterable[tuple[str, str]]) -> list[list[str]]:
        """``add`` for each ``(doc_id, text)`` in order (each document sees those before it, stored
        or earlier in ``docs``), with a fixed number of statements on a store: one query for the
        candidates of all documents, one insert per table. Returns what each ``add`` returns."""
        docs = list(docs)
        if self.store is None:
            return [self.add(d, t) for d, t in docs]
        con = self.store.con
        ids = list(dict.fromkeys(d for d, _ in docs))
        known = {r[0] for r in con.execute(
            "SELECT doc_id FROM dedup_signatures WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
        sigs = {d: signature(t) for d, t in docs}
        hashes = {d: band_hashes(sig) for d, sig in sigs.items()}
        # the query's rows (and the inserts' below) reach DuckDB as numpy columns read by a
        # replacement scan of a local of that name: ~4x less CPU than typed list parameters
        _bilan_q = {"qid": _objects([d for d in ids for _ in range(BANDS)]),  # noqa: F841 - read by the query
                    "band": np.tile(np.arange(BANDS, dtype=np.int32), len(ids)),
                    "hash": np.array([h for d in ids for h in hashes[d]], dtype=np.int64)}
        stored: dict[str, set[str]] = {}
        crowd: dict[tuple[str, int], int] = {}  # (document, band) -> stored documents it is compared with there
        for cand, d, b in con.execute(
                "SELECT b.doc_id, q.qid, b.band FROM dedup_bands b JOIN (SELECT qid::VARCHAR AS qid, "
                "band::INTEGER AS band, hash::BIGINT AS hash FROM _bilan_q) q USING (band, hash) "
                f"QUALIFY row_number() OVER (PARTITION BY q.qid, b.band ORDER BY b.rowid) <= {BUCKET_CAP}"
                ).fetchall():
            stored.setdefault(d, set()).add(cand)
            crowd[d, b] = crowd.get((d, b), 0) + 1
        cand_sigs = self._signatures(set().union(*stored.values()) if stored else set())
        local: dict[tuple[int, int], list[str]] = {}  # band -> documents of this call indexed so far
        out, new_sigs, copies = [], [], []
        band_rows: tuple[list[str], list[int], list[int]] = ([], [], [])
        for d, _ in docs:
            sig = sigs[d]
            cands = set(stored.get(d, ()))
            for b, h in enumerate(hashes[d]):  # then this call's documents, up to the cap of each band
                room = BUCKET_CAP - crowd.get((d, b), 0)
                if room > 0 and (b, h) in local:
                    cands.update(local[b, h][:room])
            found = self._ranked(sig, {c: cand_sigs[c] for c in cands}, exclude=d)
            out.append(found)
            if d in known:
                continue
            known.add(d)
            new_sigs.append(d)
            cand_sigs[d] = sig
            for b, h in enumerate(hashes[d]):
                here = local.setdefault((b, h), [])
                if crowd.get((d, b), 0) + len(here) < BUCKET_CAP:  # the bucket has room: stored
                    band_rows[0].append(d)
                    band_rows[1].append(b)
                    band_rows[2].append(h)
                here.append(d)
            if found:
                copies.append((d, found[0]))
            self._copy_of[d] = found[0] if found else None
        if new_sigs:
            _bilan_sigs = {"d": _objects(new_sigs), "s": _objects([sigs[d] for d in new_sigs])}  # noqa: F841
            con.execute("INSERT INTO dedup_signatures SELECT d::VARCHAR, s::UBIGINT[] FROM _bilan_sigs")
            for d in new_sigs:
                self._remember(d, sigs[d])
        if band_rows[0]:
            _bilan_bands = {"d": _objects(band_rows[0]), "b": np.array(band_rows[1], dtype=np.int32),  # noqa: F841
                            "h": np.array(band_rows[2], dtype=np.int64)}
            con.execute("INSERT INTO dedup_bands SELECT d::VARCHAR, b::INTEGER, h::BIGINT FROM _bilan_bands")
        if copies:
            # in the order of the documents, as add() one at a time writes them (DuckDB's multi-row
            # ON CONFLICT does not keep the order of its rows): an anti-join instead of DO NOTHING
            con.execute("INSERT INTO dedup_copies SELECT c, o FROM (SELECT unnest(?::VARCHAR[]) AS c, "
                        "unnest(?::VARCHAR[]) AS o, unnest(range(?)) AS k) "
                        "WHERE c NOT IN (SELECT doc_id FROM dedup_copies) ORDER BY k",
                        [[c for c, _ in copies], [o for _, o in copies], len(copies)])
        return out

    def _remember(self, doc_id: str, sig: np.ndarray) -> None:
        if len(self._sig_cache) >= SIG_CACHE:
            self._sig_cache.clear()
        self._sig_cache[doc_id] = sig

    def _signatures(self, doc_ids: Iterable[str]) -> dict[str, np.ndarray]:
        """The stored signatures of ``doc_ids`` (those in memory, the others read with one query)."""
        out, todo = {}, []
        for d in doc_ids:
            sig = self._sig_cache.get(d)
            if sig is None:
                todo.append(d)
            else:
                out[d] = sig
        if todo:
            got = self.store.con.execute(
                "SELECT doc_id, signature FROM dedup_signatures WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                [sorted(todo)]).fetchnumpy()
            for d, sig in zip(got["doc_id"].tolist(), got["signature"], strict=True):
                sig = np.asarray(sig, dtype=np.uint64)
                out[d] = sig
                self._remember(d, sig)
        return out

    def query(self, text: str, exclude: str | None = None) -> list[str]:
        """Indexed documents whose estimated Jaccard similarity with ``text`` is >= the threshold,
        most similar first."""
        return self._query_sig(signature(text), exclude)

    def _query_sig(self, sig: np.ndarray, exclude: str | None) -> list[str]:
        return self._ranked(sig, self._candidates(band_hashes(sig))[0], exclude)

    def _candidates(self, hashes: list[int]) -> tuple[dict[str, np.ndarray], dict[int, int]]:
        """The indexed documents compared with a document of band ``hashes`` (the first
        ``BUCKET_CAP`` under each band) with their signatures, and how many there are per band."""
        crowd: dict[int, int] = {}
        if self.store is None:
            cands: set[str] = set()
            for b, h in enumerate(hashes):
                bucket = self._bands.get((b, h), ())[:BUCKET_CAP]
                crowd[b] = len(bucket)
                cands.update(bucket)
            return {d: self._sigs[d] for d in cands}, crowd
        if not self._has_tables():
            return {}, crowd
        cands = set()
        for d, b in self.store.con.execute(
                "SELECT b.doc_id, b.band FROM dedup_bands b JOIN (SELECT unnest(?::INTEGER[]) AS band, "
                "unnest(?::BIGINT[]) AS hash) q USING (band, hash) "
                f"QUALIFY row_number() OVER (PARTITION BY b.band ORDER BY b.rowid) <= {BUCKET_CAP}",
                [list(range(BANDS)), hashes]).fetchall():
            cands.add(d)
            crowd[b] = crowd.get(b, 0) + 1
        return self._signatures(cands), crowd

    def _ranked(self, sig: np.ndarray, candidates: dict[str, np.ndarray], exclude: str | None) -> list[str]:
        """The candidates whose estimated Jaccard similarity with ``sig`` is >= the threshold, most
        similar first (ties by doc_id)."""
        ids = [d for d in candidates if d != exclude]
        if not ids:
            return []
        same = np.count_nonzero(np.stack([candidates[d] for d in ids]) == sig, axis=1)
        scored = [(float(n) / len(sig), d) for n, d in zip(same.tolist(), ids, strict=True)]
        return [d for j, d in sorted(scored, key=lambda x: (-x[0], x[1])) if j >= self.threshold]

    def copies(self, doc_ids: Iterable[str] | None = None) -> dict[str, str]:
        """``{copy doc_id: original doc_id}``, for ``doc_ids`` or all."""
        if self.store is None:
            pairs = self._copies
        elif not self._has_tables():
            return {}
        elif doc_ids is None:
            return dict(self.store.con.execute("SELECT doc_id, original_id FROM dedup_copies").fetchall())
        else:
            doc_ids = list(dict.fromkeys(doc_ids))
            unknown = [d for d in doc_ids if d not in self._copy_of]
            if unknown:
                found = dict(self.store.con.execute(
                    "SELECT doc_id, original_id FROM dedup_copies WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                    [unknown]).fetchall())
                self._copy_of.update((d, found.get(d)) for d in unknown)
            return {d: self._copy_of[d] for d in doc_ids if self._copy_of[d] is not None}
        return dict(pairs) if doc_ids is None else {d: pairs[d] for d in doc_ids if d in pairs}
