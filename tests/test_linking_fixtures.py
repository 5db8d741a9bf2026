"""Cross-document linking on hand-written FR/EN articles (tests/data/linking): one air strike
reported by four outlets with different figures (one a wire copy under another outlet's name), and
two unrelated incidents in the same city on the same day that must stay apart. Pairwise merge
precision and recall against the hand-made key in key.json."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from bilan.pipeline import run_ingest
from bilan.store import Store

DATA = Path(__file__).parent / "data" / "linking"


def pairwise_precision_recall(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float]:
    """Pairs of articles put in the same incident (predicted) against pairs the key says report the
    same happening. Both maps: article -> cluster label."""
    items = sorted(gold)
    pred_pairs = {(a, b) for a, b in itertools.combinations(items, 2) if predicted.get(a) == predicted.get(b) != None}
    gold_pairs = {(a, b) for a, b in itertools.combinations(items, 2) if gold[a] == gold[b]}
    tp = len(pred_pairs & gold_pairs)
    precision = tp / len(pred_pairs) if pred_pairs else 1.0
    recall = tp / len(gold_pairs) if gold_pairs else 1.0
    return precision, recall


def test_pairwise_metric():
    gold = {"a": "x", "b": "x", "c": "y"}
    assert pairwise_precision_recall({"a": "1", "b": "1", "c": "2"}, gold) == (1.0, 1.0)
    assert pairwise_precision_recall({"a": "1", "b": "1", "c": "1"}, gold) == (1 / 3, 1.0)
    assert pairwise_precision_recall({"a": "1", "b": "2", "c": "3"}, gold) == (1.0, 0.0)


@pytest.fixture(scope="module")
def linked():
    store = Store.open(":memory:")
    summary = run_ingest([DATA / "articles.jsonl"], store)
    assert not summary.errors
    yield store
    store.close()


def test_merge_precision_recall_is_perfect(linked):
    key = json.loads((DATA / "key.json").read_text())["event_by_url"]
    predicted: dict[str, str] = {}
    for inc in linked.iter_incidents():
        for s in inc.sources:
            assert predicted.setdefault(s.url, inc.id) == inc.id, f"{s.url} in two incidents"
    assert set(predicted) == set(key)
    precision, recall = pairwise_precision_recall(predicted, key)
    print(f"pairwise merge precision {precision:.2f} recall {recall:.2f}")
    assert (precision, recall) == (1.0, 1.0)


def test_the_strike_keeps_every_report_and_the_wire_copy_counts_once(linked):
    strike = [i for i in linked.iter_incidents() if i.sub_event_type == "Air/drone strike"]
    assert len(strike) == 1
    inc = strike[0]
    assert {s.outlet for s in inc.sources} == {"Sahel Dépêches", "Journal du Nord", "World Wire", "Bamako Soir"}
    assert inc.fatalities.low == 12 and inc.fatalities.high == 18
    key = json.loads((DATA / "key.json").read_text())["wire_copies"]
    by_url = {s.url: s.doc_id for s in inc.sources}
    [(copy_url, orig_url)] = key.items()
    assert any(r.startswith(f"wire copy of {by_url[orig_url]}") or f": wire copy of {by_url[orig_url]}" in r
               for r in inc.merge_reasons)
    from bilan.dedup import NearDuplicateIndex
    assert NearDuplicateIndex(linked).copies() == {by_url[copy_url]: by_url[orig_url]}


# ---------------------------------------------------------------- bilan incidents / bilan show

from typer.testing import CliRunner  # noqa: E402

from bilan.cli import app  # noqa: E402
from bilan.link_cli import fmt_range  # noqa: E402
from bilan.model import Range  # noqa: E402

runner = CliRunner()


@pytest.fixture(scope="module")
def linking_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("linkdb") / "bilan.duckdb"
    result = runner.invoke(app, ["ingest", str(DATA / "articles.jsonl"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_fmt_range():
    assert fmt_range(None) == ""
    assert fmt_range(Range(low=12, best=12, high=18)) == "12-18"
    assert fmt_range(Range(low=12, best=15, high=18)) == "12-18 (best 15)"
    assert fmt_range(Range(low=3, best=3, high=3)) == "3"
    assert fmt_range(Range(low=12)) == "12+"


def test_incidents_lists_the_three_happenings(linking_db):
    result = runner.invoke(app, ["incidents", "--db", str(linking_db)], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "Air/drone strike" in result.output and "12-18" in result.output
    assert "Armed clash" in result.output and "Remote explosive" in result.output
    only = runner.invoke(app, ["incidents", "--db", str(linking_db), "--type", "Battles"], terminal_width=200)
    assert only.exit_code == 0 and "Armed clash" in only.output and "Air/drone strike" not in only.output
    mali = runner.invoke(app, ["incidents", "--db", str(linking_db), "--country", "ML", "--limit", "5"],
                         terminal_width=200)
    assert mali.exit_code == 0 and "Air/drone strike" in mali.output
    none = runner.invoke(app, ["incidents", "--db", str(linking_db), "--country", "FR"])
    assert none.exit_code == 0 and "no incidents" in none.output


def test_show_prints_claims_side_by_side_with_evidence(linking_db):
    store = Store.open(linking_db, read_only=True)
    try:
        [strike] = [i for i in store.iter_incidents() if i.sub_event_type == "Air/drone strike"]
    finally:
        store.close()
    result = runner.invoke(app, ["show", strike.id, "--db", str(linking_db)])
    assert result.exit_code == 0, result.output
    out = result.output
    for outlet in ("Sahel Dépêches", "Journal du Nord", "World Wire", "Bamako Soir"):
        assert outlet in out
    assert "residents" in out and "habitants" in out  # claims from both languages
    assert "frappe aérienne" in out  # an evidence span's text
    assert "wire copy of" in out  # the merge reasons


def test_show_unknown_id_and_missing_db(linking_db, tmp_path):
    result = runner.invoke(app, ["show", "i-nope", "--db", str(linking_db)])
    assert result.exit_code == 1
    missing = runner.invoke(app, ["incidents", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "no bilan store" in missing.output


# ---------------------------------------------------------------- candidate blocking

import datetime as dt  # noqa: E402

from bilan.model import DateValue, Incident, Location  # noqa: E402
from bilan.pipeline import candidates  # noqa: E402


def _strike(i: str, day: int, lat=None, lon=None, gid=None, sub="Air/drone strike") -> Incident:
    return Incident(id=i, event_type="Explosions/Remote violence", sub_event_type=sub,
                    date=DateValue(start=dt.date(2024, 3, day), end=dt.date(2024, 3, day), precision="day",
                                   basis="text"),
                    location=Location(name=i, lat=lat, lon=lon, geonames_id=gid))


def test_candidates_block_on_type_date_window_and_distance():
    with Store.open(":memory:") as store:
        store.save_incidents([
            _strike("near", 12, 18.45, 1.41),            # ~1 km away
            _strike("ungeocoded", 13),                   # no coordinates: may be the same place
            _strike("same-gid", 12, 10.0, 10.0, gid=7),  # far coordinates but the same GeoNames place
            _strike("far", 12, 16.27, -0.04),            # Gao, ~300 km away
            _strike("late", 16, 18.44, 1.41),            # outside the one-day tolerance
            _strike("other-type", 12, 18.44, 1.41, sub="Shelling/artillery/missile attack"),
        ])
        new = _strike("new", 12, 18.4434, 1.4092, gid=7)
        assert [c.id for c in candidates(store, new)] == ["near", "same-gid", "ungeocoded"]
        assert {c.id for c in candidates(store, _strike("new", 12))} == {"near", "ungeocoded", "same-gid", "far"}
        assert len(candidates(store, new, limit=1)) == 1
