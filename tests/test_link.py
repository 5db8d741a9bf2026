"""Merging rules and Airwars-style grading on hand-built incidents."""

from __future__ import annotations

import datetime as dt

from bilan.link import grade, merge_incidents, same_happening
from bilan.model import Actor, Claim, DateValue, Incident, Location, Range, Source

MOSUL = Location(name="Mosul", country="IQ", lat=36.335, lon=43.11889, geonames_id=99072, precision="exact")
ALEPPO = Location(name="Aleppo", country="SY", lat=36.20124, lon=37.16117, geonames_id=170063, precision="exact")


def strike(id_, day, loc=MOSUL, doc="d1", outlet="A", fatalities=None, claims=(), actor="international coalition"):
    return Incident(
        id=id_, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        date=DateValue(start=dt.date(2017, 3, day), end=dt.date(2017, 3, day), precision="day", basis="text"),
        location=loc, actors=[Actor(role="actor1", name=actor, mention=actor, kind="foreign_coalition")],
        fatalities=fatalities, claims=list(claims),
        sources=[Source(doc_id=doc, outlet=outlet, language="fr")],
    )


def claim(certainty="asserted", verb="déclarer", org=None, stance="supports", doc="d1"):
    return Claim(text="x", speaker="S", organisation=org, verb=verb, certainty=certainty, doc_id=doc, start=0,
                 end=1, stance=stance)


def test_same_day_same_place_merges_with_reason_and_keeps_both_figures():
    a = strike("i1", 17, fatalities=Range(low=12, best=24, high=99, basis="vague:dozens"))
    b = strike("i2", 17, doc="d2", outlet="B", fatalities=Range.exact(105))
    merged = merge_incidents([a, b])
    assert len(merged) == 1
    inc = merged[0]
    assert inc.fatalities.low == 12 and inc.fatalities.high == 105
    assert {s.doc_id for s in inc.sources} == {"d1", "d2"}
    assert inc.merge_reasons and inc.merge_reasons[0].startswith("i2:")
    assert inc.grade == "fair"


def test_different_place_or_day_or_actor_does_not_merge():
    assert same_happening(strike("i1", 17), strike("i2", 17, loc=ALEPPO)) is None
    assert same_happening(strike("i1", 17), strike("i2", 19)) is None
    assert same_happening(strike("i1", 17), strike("i2", 17, actor="Military Forces of Russia")) is None


def test_reports_a_day_apart_merge():
    # an overnight strike dated to Sunday by one outlet and Monday by another
    assert same_happening(strike("i1", 17), strike("i2", 18, doc="d2")) is not None


def test_undated_incidents_never_merge():
    a = strike("i1", 17)
    b = strike("i2", 17)
    b.date = DateValue(start=dt.date(2017, 2, 27), end=dt.date(2017, 3, 29), precision="month", basis="publication")
    assert same_happening(a, b) is None


def test_grades():
    assert grade(strike("i", 17)) == "single_source"
    assert grade(strike("i", 17, claims=[claim("alleged")])) == "weak"
    assert grade(strike("i", 17, claims=[claim(verb="reconnaître", org="international coalition")])) == "confirmed"
    # "probably" responsible is not an acceptance of responsibility
    assert grade(strike("i", 17, claims=[claim("probable", verb="reconnaître",
                                               org="international coalition")])) == "single_source"
    assert grade(strike("i", 17, claims=[claim(), claim("possible", stance="disputes")])) == "contested"
    assert grade(strike("i", 17, claims=[claim("denied", verb="démentir")])) == "contested"


def test_score_parts_are_in_the_reason_and_conflicting_actors_do_not_merge_on_place_and_day_alone():
    reason = same_happening(strike("i1", 17), strike("i2", 17, doc="d2"))
    assert reason.startswith("score ") and "date" in reason and "place" in reason and "actors" in reason


def test_split_back_when_reports_disagree_on_date():
    from bilan.link import merge_into, split
    a = strike("i1", 14, doc="d1")
    b = strike("i2", 14, doc="d2", outlet="B")
    merge_into(a, b, "test")
    c = strike("i3", 20, doc="d3", outlet="C")
    merge_into(a, c, "test")
    parts = split(a)
    assert len(parts) == 2 and parts[0].id == "i1"
    assert {s.doc_id for s in parts[1].sources} == {"d3"}
    assert any("split from i1" in r for r in parts[1].merge_reasons)


def test_many_agreeing_copies_and_one_disagreeing_report():
    """``all_agree`` checks each distinct date-and-place once: twenty copies of one report agree,
    a report a week off disagrees with them (and only with them), and split still sends it apart."""
    from bilan.link import all_agree, merge_into, reports, split
    a = strike("i0", 14, doc="d0")
    for k in range(1, 20):
        merge_into(a, strike(f"i{k}", 14, doc=f"d{k}", outlet=f"O{k}"), "test")
    assert all_agree(reports(a)) and split(a) == [a]
    late = strike("late", 21, doc="dl", outlet="L")
    assert not all_agree(reports(a), reports(late)) and all_agree(reports(late), [])
    merge_into(a, late, "test")
    assert not all_agree(reports(a))
    parts = split(a)
    assert [p.id for p in parts][0] == "i0" and len(parts) == 2
    assert {s.doc_id for s in parts[1].sources} == {"dl"} and len(parts[0].sources) == 20


def test_discounted_when_a_source_says_the_dead_were_combatants():
    fr = strike("i", 17, claims=[Claim(text="L'armée a neutralisé une vingtaine de terroristes.", doc_id="d1",
                                       start=0, end=1)])
    assert grade(fr) == "discounted"
    en = strike("i", 17, claims=[Claim(text="The army said it killed about 20 militants.", doc_id="d1",
                                       start=0, end=1)])
    en.sources[0].language = "en"
    assert grade(en) == "discounted"


def test_transitive_merge_keeps_one_incident_and_an_alias():
    from bilan.pipeline import link_into_store
    from bilan.store import Store
    with Store.open(":memory:") as store:
        store.save_incidents([strike("x", 17, doc="d1", outlet="A"), strike("y", 18, doc="d2", outlet="B")])
        absorbed: dict = {}
        linked, merged = link_into_store(store, [strike("n", 17, doc="d3", outlet="C")], None, absorbed)
        assert merged == 1 and [i.id for i in linked] == ["x"] and set(absorbed) == {"y"}
        store.replace_incidents_for_document("d3", linked, absorbed=absorbed)
        assert store.get_incident("y") is None
        new_id, reason = store.incident_alias("y")
        assert new_id == "x" and "transitive merge" in reason
        assert {s.doc_id for s in store.get_incident("x").sources} == {"d1", "d2", "d3"}


def _merged(*incs):
    from bilan.link import merge_into
    head, *rest = incs
    for other in rest:
        merge_into(head, other, "test")
    head.grade = grade(head)
    return head


def test_a_denying_source_stays_visible_and_does_not_raise_the_best_figure():
    from rich.console import Console

    from bilan.link_cli import show_incident
    a = strike("i1", 17, doc="d1", outlet="A", fatalities=Range.exact(10), claims=[claim(doc="d1")])
    b = strike("i2", 17, doc="d2", outlet="B", fatalities=Range.exact(12), claims=[claim(doc="d2")])
    denial = Claim(text="The coalition denied that 80 people were killed.", speaker="spokesman",
                   organisation="international coalition", verb="deny", certainty="denied", doc_id="d3", start=0, end=1)
    c = strike("i3", 17, doc="d3", outlet="C", fatalities=Range.exact(80), claims=[denial])
    inc = _merged(a, b, c)
    # the denying document's 80 neither widens the range nor pulls the median best up
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == (10, 11, 12)
    assert denial in inc.claims and {s.doc_id for s in inc.sources} == {"d1", "d2", "d3"}
    assert inc.grade == "contested"
    out = Console(width=250, record=True)
    show_incident(inc, out)
    text = out.export_text()
    assert "denied" in text and "The coalition denied that 80 people were killed." in text


def test_civilians_against_combatants_is_contested_combatants_alone_discounted():
    civ = strike("i1", 17, doc="d1", outlet="A", fatalities=Range.exact(20),
                 claims=[Claim(text="Twenty civilians were killed in the strike, residents said.", doc_id="d1",
                               start=0, end=1)])
    civ.civilian_fatalities = Range.exact(20)
    mil = strike("i2", 17, doc="d2", outlet="B", fatalities=Range.exact(20),
                 claims=[Claim(text="The army said it killed about 20 militants.", doc_id="d2", start=0, end=1)])
    mil.sources[0].language = "en"
    assert grade(mil) == "discounted"
    inc = _merged(civ, mil)
    assert inc.grade == "contested"
    assert inc.civilian_fatalities.best == 20  # the civilian figure is kept


def test_show_an_aliased_id_prints_the_surviving_incident(tmp_path):
    from typer.testing import CliRunner

    from bilan.cli import app
    from bilan.pipeline import link_into_store
    from bilan.store import Store
    db = tmp_path / "b.duckdb"
    with Store.open(db) as store:
        store.save_incidents([strike("x", 17, doc="d1", outlet="A"), strike("y", 18, doc="d2", outlet="B")])
        absorbed: dict = {}
        linked, _ = link_into_store(store, [strike("n", 17, doc="d3", outlet="C")], None, absorbed)
        store.replace_incidents_for_document("d3", linked, absorbed=absorbed)
    result = CliRunner().invoke(app, ["show", "y", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "y was merged into x" in result.output and "incident x" in result.output
    assert "d3" in result.output  # the survivor's sources, the absorbed one's included
    assert "d2" in result.output


def test_split_records_name_no_merged_incident_for_review():
    from bilan.link import merge_into, merged_id, split
    from bilan.review import _members
    a = strike("i1", 14, doc="d1")
    merge_into(a, strike("i2", 14, doc="d2", outlet="B"), "test")
    merge_into(a, strike("i3", 20, doc="d3", outlet="C"), "test")
    merge_into(a, strike("i4", 20, doc="d4", outlet="D"), "test")
    first, second = split(a)
    assert any(r.startswith("split off ") for r in first.merge_reasons)
    assert any(r.startswith("split from i1: ") for r in second.merge_reasons)
    assert _members(first) == ["i1", "i2"]
    assert _members(second) == [second.id, "i3", "i4"]  # not "split from i1"
    assert merged_id("i2: score 2.3 >= 1.5: date +1.0 (same day)") == "i2"
    assert merged_id("split from i1: reports disagree: d1 dates it 2017-03-14, d3 2017-03-20") is None
    assert merged_id("no colon here") is None


def test_link_cache_follows_a_rollback():
    import pytest

    from bilan.pipeline import candidates
    from bilan.store import Store
    with Store.open(":memory:") as store:
        store.save_incidents([strike("x", 17, doc="d1")])
        probe = strike("p", 17, doc="dp")
        assert [i.id for i in candidates(store, probe)] == ["x"]  # the link cache is loaded now
        with pytest.raises(RuntimeError), store.transaction():
            store.save_incidents([strike("y", 17, doc="d2", outlet="B")])
            store.replace_incidents_for_document("d1", [])  # x deleted, in the cache too
            assert [i.id for i in candidates(store, probe)] == ["y"]
            raise RuntimeError("crash before commit")
        # the rollback brought x back and dropped y: candidates agree with the database
        assert [i.id for i in candidates(store, probe)] == ["x"]
        assert store.con.execute("SELECT incident_id FROM link_index").fetchall() == [("x",)]
