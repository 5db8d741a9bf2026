"""Cross-document linking on UCDP GED CAR source headlines (``bilan eval ucdp-linking``): the pair
logic on a tiny hand-written file, and a fixed DEV slice against recorded figures (skips without
../shared/eval)."""

from __future__ import annotations

import json

import pytest

from bilan import evaluate as ev
from bilan.evaluate.linking import articles, event_documents, pairs

# first 50 DEV events (79 French or English headlines): the two "LRA Attack March 05, 2016 |
# Tabane" reports of one event link (true pair), two LRA attacks a day apart, one of them at an
# unresolved place, link too (false pair); every other headline is undated or placed only in the
# country, so nothing else links (see docs/evaluation.md, Linking)
SLICE = 50
BASELINE = {"pairs.p": 0.5, "pairs.r": 0.0127}
TOLERANCE = 0.02


def test_articles_and_events(tmp_path):
    feats = [
        {"properties": {"id": 1, "source_article":
                        '"Reuters News,2014-07-01,Clashes kill 17; army says";"AFP,2014-07-05,Ugandan army kills rebels"'}},
        {"properties": {"id": 2, "source_article": '"Reuters News,2014-07-01,Clashes kill 17; army says"'}},
        {"properties": {"id": 3, "source_article": '"OCHA,2014-07-02,Monthly report"'}},
        {"properties": {"id": 4, "source_article": '"OCHA,2014-07-02,Monthly report";"RJDH,2014-07-03,Attaque à Bria"'}},
        {"properties": {"id": 5, "source_article": "AFP 14/9-09"}},
    ]
    path = tmp_path / "g.geojson"
    path.write_text(json.dumps({"features": feats}), encoding="utf-8")
    assert articles(feats[0]["properties"])[0][2] == "Clashes kill 17; army says"  # ';' inside a headline
    got = event_documents(path)
    # headlines of several events (1 and 2, 3 and 4) have no single gold incident: left out
    assert [(e, [a[2] for a in arts]) for e, arts in got] == [("1", ["Ugandan army kills rebels"]),
                                                               ("4", ["Attaque à Bria"])]
    assert pairs({"e1": {"b", "a", "c"}, "e2": {"d"}}) == {("a", "b"), ("a", "c"), ("b", "c")}


@pytest.mark.skipif(not (ev.eval_dir() / "ucdp-ged-car").is_dir(), reason="../shared/eval/ucdp-ged-car absent")
def test_dev_slice_not_below_recorded_figures():
    rep = ev.evaluate("ucdp-linking", "dev", SLICE)
    assert rep.documents == SLICE and rep.support["headlines"] == 79
    assert rep.support["pairs.r"] == 79  # gold pairs of the slice
    assert rep.support["pairs.f1"] >= 1  # the Tabane reports are linked
    for key, base in BASELINE.items():
        assert rep.figures[key] >= base - TOLERANCE, f"{key}: {rep.figures[key]} < {base} - {TOLERANCE}"
