"""Near-duplicate detection (MinHash/LSH) and wire copies counting once in the grade."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest

from bilan import dedup
from bilan.dedup import THRESHOLD, NearDuplicateIndex, jaccard, shingles, signature
from bilan.link import grade
from bilan.model import Incident, Source
from bilan.store import Store

WIRE = ("Au moins douze civils ont été tués mardi dans une frappe aérienne contre un marché de Kidal, dans le "
        "nord du Mali, ont indiqué des habitants. La frappe a visé le marché aux bestiaux en fin de matinée, "
        "selon un élu local joint par téléphone. « Nous avons compté douze corps », a déclaré un responsable "
        "de l'hôpital de la ville.")
COPY = "KIDAL (Journal du Nord) - " + WIRE.upper() + " Aucune revendication n'avait été faite mercredi."
OTHER = ("An air strike on a livestock market in Kidal, northern Mali, killed 18 people on Tuesday, residents "
         "said. A local official said the market was crowded when the strike hit late in the morning.")


def test_shingles_ignore_case_and_punctuation():
    assert shingles("Un, deux; TROIS quatre cinq six") == {"un deux trois quatre cinq", "deux trois quatre cinq six"}
    assert shingles("trois mots seulement") == {"trois mots seulement"}
    assert shingles("   ") == set()


def test_signature_estimates_jaccard():
    a, b = shingles(WIRE), shingles(COPY)
    exact = len(a & b) / len(a | b)
    assert exact >= THRESHOLD
    assert abs(jaccard(signature(WIRE), signature(COPY)) - exact) < 0.15
    assert jaccard(signature(WIRE), signature(OTHER)) < 0.2


def test_signature_is_the_one_stored_signatures_were_made_with():
    """Signatures are stored and compared across runs: the numpy MinHash must give, value for value,
    what datasketch's MinHash (2.0, scheme affine32, seed 1, 128 permutations) gave and stores hold."""
    sig = signature("Three soldiers were killed on Monday in an ambush near Gao, the army said.")
    assert sig.dtype == np.uint64 and len(sig) == dedup.NUM_PERM
    assert sig[:8].tolist() == [128859102, 883575559, 306105941, 173712741, 643642126, 32005889, 45666096, 197316456]
    assert signature("").tolist() == signature(" ; ").tolist() == [2**32 - 1] * dedup.NUM_PERM


def test_signature_equals_datasketch_minhash(monkeypatch):
    datasketch = pytest.importorskip("datasketch")
    rng = random.Random(5)
    words = ["frappe", "Kidal", "É", "東京", "a", "b", "attaque", "civils", "x"]
    texts = [WIRE, COPY, OTHER, "un", "un deux trois quatre cinq"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 400))) for _ in range(40)]
    monkeypatch.setattr(dedup, "_CHUNK", 7)  # the chunked minimum too
    texts.append(" ".join(f"mot{i}" for i in range(100)))
    for text in texts:
        m = datasketch.MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED)
        m.update_batch([s.encode("utf-8") for s in shingles(text)])
        assert signature(text).tolist() == m.hashvalues.astype(np.uint64).tolist(), text


def _check(index: NearDuplicateIndex) -> None:
    assert index.add("wire", WIRE) == []
    assert index.add("other", OTHER) == []
    assert index.add("copy", COPY) == ["wire"]
    assert index.query(WIRE) == ["wire", "copy"]
    assert index.query(OTHER) == ["other"]
    assert index.query("Rien à voir : un match de football à Bamako dimanche soir.") == []
    assert index.copies() == {"copy": "wire"}
    assert index.copies(["other", "copy"]) == {"copy": "wire"}
    assert "copy" in index and "nope" not in index


def test_in_memory_index():
    _check(NearDuplicateIndex())


def test_store_index_is_persistent_and_incremental(tmp_path):
    db = tmp_path / "d.duckdb"
    with Store.open(db) as store:
        index = NearDuplicateIndex(store)
        assert index.add("wire", WIRE) == []
    with Store.open(db) as store:  # a later run sees the earlier one's documents
        index = NearDuplicateIndex(store)
        assert index.add("other", OTHER) == []
        assert index.add("copy", COPY) == ["wire"]
        assert index.add("copy", COPY) == ["wire"]  # re-adding is harmless
        assert index.copies() == {"copy": "wire"}
    with Store.open(tmp_path / "e.duckdb") as store:
        _check(NearDuplicateIndex(store))


def test_add_many_equals_one_add_at_a_time(tmp_path):
    """The ingest paths index a group of documents at once: same answers, same tables, whether the
    earlier copy is stored already or earlier in the same group."""
    copy2 = COPY.replace("Aucune revendication", "Pas de revendication")
    items = [("other", OTHER), ("copy", COPY), ("copy", COPY), ("copy2", copy2)]
    with Store.open(tmp_path / "one.duckdb") as one, Store.open(tmp_path / "many.duckdb") as many:
        a, b = NearDuplicateIndex(one), NearDuplicateIndex(many)
        assert a.add("wire", WIRE) == [] and b.add_many([("wire", WIRE)]) == [[]]
        want = [a.add(d, t) for d, t in items]
        assert want[1] == ["wire"] and set(want[3]) == {"wire", "copy"}
        assert b.add_many(items) == want
        for table in ("dedup_bands", "dedup_signatures", "dedup_copies"):
            rows = f"SELECT * FROM {table} ORDER BY rowid"  # the same rows, in the same order
            assert one.con.execute(rows).fetchall() == many.con.execute(rows).fetchall(), table
    assert NearDuplicateIndex().add_many(items[:2]) == [[], []]  # in memory: the same calls


def test_crowded_bands_compare_with_their_first_documents_only(tmp_path, monkeypatch):
    """A band hash shared by more than BUCKET_CAP documents (boiler-plate, or a story copied many
    times) brings only its first BUCKET_CAP documents as candidates: a new copy is still found as a
    copy of the first one, its list of near-duplicates is bounded, and a group added at once gets
    exactly the answers and tables of one document at a time, in a store and in memory."""
    monkeypatch.setattr(dedup, "BUCKET_CAP", 2)
    copies = [(f"copy{i}", WIRE) for i in range(6)]  # republished word for word: every band crowded
    items = [("wire", WIRE), ("other", OTHER)] + copies
    with Store.open(tmp_path / "one.duckdb") as one, Store.open(tmp_path / "many.duckdb") as many:
        a, b = NearDuplicateIndex(one), NearDuplicateIndex(many)
        want = [a.add(d, t) for d, t in items]
        assert want == [[], [], ["wire"]] + [["copy0", "wire"]] * 5  # equally similar: by doc_id
        assert a.copies()["copy5"] == "copy0" and a.copies()["copy0"] == "wire"
        assert a.query(WIRE) == ["copy0", "wire"]  # the first two under each band, not all seven
        assert b.add_many(items[:3]) + b.add_many(items[3:]) == want  # stored, then in the same group
        for table in ("dedup_bands", "dedup_signatures", "dedup_copies"):
            rows = f"SELECT * FROM {table} ORDER BY rowid"  # the same rows, in the same order
            assert one.con.execute(rows).fetchall() == many.con.execute(rows).fetchall(), table
        # only what is read back is stored: a bucket keeps its first BUCKET_CAP documents
        biggest = "SELECT max(n) FROM (SELECT count(*) AS n FROM dedup_bands GROUP BY band, hash)"
        assert one.con.execute(biggest).fetchone()[0] == 2
    memory = NearDuplicateIndex()
    assert [memory.add(d, t) for d, t in items] == want
    assert max(len(bucket) for bucket in memory._bands.values()) == 2


def test_a_store_with_longer_buckets_gives_the_same_answers(tmp_path, monkeypatch):
    """Stores indexed before the buckets were capped hold every document under every band: only the
    first BUCKET_CAP of each are read, so they answer as a capped store does."""
    copies = [(f"copy{i}", WIRE) for i in range(5)]
    items = [("wire", WIRE), ("other", OTHER)] + copies
    with Store.open(tmp_path / "old.duckdb") as old, Store.open(tmp_path / "new.duckdb") as new:
        monkeypatch.setattr(dedup, "BUCKET_CAP", 100)  # the old layout: every band row stored
        NearDuplicateIndex(old).add_many(items)
        monkeypatch.setattr(dedup, "BUCKET_CAP", 2)
        NearDuplicateIndex(new).add_many(items)
        a, b = NearDuplicateIndex(old), NearDuplicateIndex(new)
        assert a.add_many([("late", WIRE), ("late2", COPY)]) == b.add_many([("late", WIRE), ("late2", COPY)])
        assert a.add("late3", WIRE) == b.add("late3", WIRE) == ["copy0", "wire"]
        assert a.copies() == b.copies()


def _inc(*sources: Source) -> Incident:
    return Incident(id="i1", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                    sources=list(sources))


def test_wire_copy_counts_once_in_grade():
    d = dt.date(2024, 3, 12)
    a = Source(doc_id="wire", outlet="Sahel Dépêches", published=d)
    b = Source(doc_id="copy", outlet="Journal du Nord", published=d)
    c = Source(doc_id="own", outlet="World Wire", published=d)
    assert grade(_inc(a, b)) == "fair"  # two outlets, nothing known about copies
    assert grade(_inc(a, b), copies={"copy": "wire"}) == "single_source"
    assert grade(_inc(a, b, c), copies={"copy": "wire"}) == "fair"
    # a copy of a document that is not among the sources is an independent source here
    assert grade(_inc(b, c), copies={"copy": "wire"}) == "fair"
