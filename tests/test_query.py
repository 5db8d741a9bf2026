"""The list queries of bilan.query on a real DuckDB store of synthetic incidents: pages at any offset are
the pages of the plain ordered query over the reviewed overlay (``matching_ids``, which neither uses the
search columns nor the histogram seek), and the search columns follow every write (review edits,
re-extraction, migration of an older store)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

import bilan.query as query
from bilan import review as rv
from bilan.model import Actor, DateValue, Incident, Location, Range, Source
from bilan.query import Filters, ReviewedCache, list_incidents, matching_ids, timeline
from bilan.store import SEARCH_SEP, Store

GROUPS = ["al-Shabaab", "JNIM", "Islamic State", "Boko Haram", "M23", "Wagner Group"]
COUNTRIES = ["ML", "SO", "NG", "CD"]
SORTS = ("date", "-date", "fatalities", "-fatalities")


def synthetic(i: int, rng: random.Random) -> Incident:
    day = None if i % 17 == 0 else dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(60))  # ties, undated
    killed = rng.choice([None, None, *range(12)])
    place = f"Place{rng.randrange(40)}"
    actors = [Actor(role="actor1", name=rng.choice(GROUPS), mention="gunmen")]
    if i % 2:
        actors.append(Actor(role="actor2", name=rng.choice(GROUPS), mention="the army"))
    return Incident(
        id=f"iq{i:04d}", event_type="Battles", sub_event_type="Armed clash",
        date=DateValue(start=day, end=day, precision="day" if day else None),
        location=Location(name=place, mention=place.upper(), country=COUNTRIES[i % 4]),
        actors=actors,
        fatalities=None if killed is None else Range(low=killed, best=killed if i % 3 else None, high=killed + 2),
        sources=[Source(doc_id=f"dq{i // 2:04d}")],
        summary=f"Clash {i} near {place}",
    )  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    rng = random.Random(3)
    with Store.open(tmp_path_factory.mktemp("query") / "q.duckdb") as st:
        st.save_incidents(synthetic(i, rng) for i in range(400))
        con = st.con
        for k, iid in enumerate(f"iq{i:04d}" for i in rng.sample(range(400), 40)):
            if k % 8 == 0:
                rv.record_review(con, iid, "reject", "tester")
            elif k % 8 == 1:
                rv.record_review(con, iid, "accept", "tester")
            elif k % 3 == 0:
                rv.record_review(con, iid, "edit", "tester", "date_start", f"2020-12-{1 + k % 28:02d}")
            elif k % 3 == 1:
                rv.record_review(con, iid, "edit", "tester", "fatalities", {"low": k, "best": k, "high": k})
            else:
                rv.record_review(con, iid, "edit", "tester", "location_name", f"Place{k}")
        yield st


FILTERS = [{}, {"country": "ml"}, {"actor": "SHAB"}, {"q": "place1"}, {"q": "gunmen", "country": "so"},
           {"review_status": "unreviewed"}, {"review_status": "edited"}, {"min_fatalities": 5},
           {"date_from": "2021-01-20", "date_to": "2021-02-10"}]


@pytest.mark.parametrize("few", [query.FEW, 0])  # 0: text searches take the histogram seek too
def test_every_offset_gives_the_page_of_the_plain_ordered_query(store, monkeypatch, few):
    monkeypatch.setattr(query, "FEW", few)
    con, cache = store.con, ReviewedCache()
    for params in FILTERS:
        for sort in SORTS:
            want = matching_ids(con, Filters(**params, sort=sort))
            assert 0 < len(want), params
            for offset, limit in ((0, 1000), (0, 7), (1, 7), (33, 50), (len(want) // 2, 13), (len(want) - 3, 10),
                                  (len(want), 5), (len(want) + 40, 5), (5, 0)):
                f = Filters(**params, sort=sort, offset=max(0, offset), limit=limit)
                total, items = list_incidents(con, f, cache.get(con))
                assert total == len(want), (params, sort)
                assert [it["id"] for it in items] == want[f.offset:f.offset + limit], (params, sort, offset)


def _find(con, **params) -> set[str]:
    return {it["id"] for it in list_incidents(con, Filters(**params, limit=1000))[1]}


def _binned(con, **params) -> int:
    return sum(b["count"] for b in timeline(con, Filters(**params), "month"))


def test_search_columns_follow_review_edits_and_reextraction(tmp_path):
    inc = Incident(id="iqedit", event_type="Battles", sub_event_type="Armed clash",
                   date=DateValue(start=dt.date(2022, 5, 1), precision="day"),
                   location=Location(name="Oldtown", mention="the district"),
                   actors=[Actor(role="actor1", name="Alpha Brigade", mention="the brigade")],
                   sources=[Source(doc_id="dqedit")], summary="Fighting was reported.")
    other = inc.model_copy(update={"id": "iqother", "location": Location(name="Elsewhere"), "actors": [],
                                   "sources": [Source(doc_id="dqother")]})
    with Store.open(tmp_path / "s.duckdb") as st:
        st.save_incidents([inc, other])
        con = st.con
        assert _find(con, q="oldtown") == _find(con, actor="alpha") == _find(con, q="BRIGADE") == {"iqedit"}
        # a review edit of the place: found by the new name, no longer by the old one
        rv.record_review(con, "iqedit", "edit", "tester", "location_name", "Newville")
        assert _find(con, q="newville") == {"iqedit"} and _binned(con, q="newville") == 1
        assert _find(con, q="oldtown") == set() and _binned(con, q="oldtown") == 0
        rv.record_review(con, "iqother", "edit", "tester", "location_name", "Newville East")
        assert _find(con, q="newville") == {"iqedit", "iqother"}
        assert _find(con, q="elsewhere") == set()
        # re-extraction renames the actor: found by the new name, no longer by the old one
        again = inc.model_copy(update={
            "location": Location(name="Oldtown", mention="the town"),
            "actors": [Actor(role="actor1", name="Bravo Company", mention="Bravo fighters")]})
        st.replace_incidents_for_document("dqedit", [again])
        assert _find(con, actor="bravo") == _find(con, q="FIGHTERS") == {"iqedit"}
        assert _find(con, actor="alpha") == _find(con, q="brigade") == _find(con, q="district") == set()
        assert _find(con, q="newville") == {"iqedit", "iqother"}  # the review still applies
        assert _find(con, q="oldtown") == set()
        row = con.execute("SELECT search_text, search_actors FROM incidents WHERE id = 'iqedit'").fetchone()
        assert row == (SEARCH_SEP.join(["fighting was reported.", "oldtown", "the town"]),
                       SEARCH_SEP.join(["bravo company", "bravo fighters"]))
        # a term holding the separator falls back to the plain filter (and finds nothing here)
        assert _find(con, q=f"reported.{SEARCH_SEP}oldtown") == set()


def test_an_older_store_gets_the_search_columns_it_would_have_written(tmp_path):
    rng = random.Random(9)
    path = tmp_path / "old.duckdb"
    with Store.open(path) as st:
        st.save_incidents(synthetic(i, rng) for i in range(60))
        st.save_incidents([synthetic(60, rng).model_copy(update={"summary": None, "actors": []})])
        fresh = st.con.execute("SELECT id, search_text, search_actors FROM incidents ORDER BY id").fetchall()
        # the store as schema version 1 wrote it: no search columns
        st.con.execute("ALTER TABLE incidents DROP COLUMN search_text")
        st.con.execute("ALTER TABLE incidents DROP COLUMN search_actors")
        st.con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with Store.open(path) as st:
        assert st.schema_version == 3
        rows = st.con.execute("SELECT id, search_text, search_actors FROM incidents ORDER BY id").fetchall()
    assert rows[-1][0] == "iq0060" and rows[-1][2] is None  # no actors
    # actors may be aggregated in another order: compare them as sets of parts
    assert [(i, t, None if a is None else sorted(a.split(SEARCH_SEP))) for i, t, a in rows] == \
        [(i, t, None if a is None else sorted(a.split(SEARCH_SEP))) for i, t, a in fresh]
