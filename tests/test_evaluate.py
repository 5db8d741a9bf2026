"""Evaluation harness: metric helpers, the split rule, adapters' parsing, and a regression slice per
dataset (first 10 DEV documents) against src/bilan/evaluate/baseline.json. The slice tests skip when
../shared/eval (or $BILAN_SHARED/eval) is absent."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilan import evaluate as ev
from bilan.evaluate import timeml
from bilan.evaluate.case2021 import ACLED_CODES, classify
from bilan.model import Incident

BASELINE = json.loads((Path(ev.__file__).parent / "baseline.json").read_text())
TOLERANCE = 0.02


def test_prf_counts():
    p, r, f = ev.prf(8, 2, 4)
    assert p == pytest.approx(0.8)
    assert r == pytest.approx(8 / 12)
    assert f == pytest.approx(2 * 0.8 * (8 / 12) / (0.8 + 8 / 12))
    assert ev.prf(0, 0, 0) == (0.0, 0.0, 0.0)


def test_accuracy_at_km_and_median():
    errs = [0.0, 50.0, 161.0, 161.5, 1000.0]
    assert ev.accuracy_at_km(errs) == pytest.approx(3 / 5)
    assert ev.median_km(errs) == 161.0
    assert ev.median_km([]) is None
    assert ev.accuracy_at_km([]) == 0.0


def test_value_accuracy_and_ranges():
    assert ev.value_accuracy([("2013-03", "2013-03"), ("2013", "2012"), (None, "2013")]) == pytest.approx(1 / 3)
    assert ev.range_hit(3, 7, 5) and ev.range_hit(3, 7, 7) and not ev.range_hit(3, 7, 8)
    assert ev.range_hit(None, 7, 1) and not ev.range_hit(None, None, 1)
    assert ev.range_hit_rate([(1, 2), (5, 10), (0, 0)], [2, 4, 0]) == pytest.approx(2 / 3)
    assert ev.median_abs_error([10, 0, 5], [12, 0, 1]) == 2.0


def test_macro_f1():
    golds = ["A", "A", "B", "C"]
    preds = ["A", "B", "B", "NONE"]
    # A: p=1 r=.5 f=2/3; B: p=.5 r=1 f=2/3; C: 0  -> restricted to A, B, C
    assert ev.macro_f1(golds, preds, ["A", "B", "C"]) == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    # a label in neither gold nor predictions is left out of the mean
    assert ev.macro_f1(golds, preds, ["A", "B", "C", "D"]) == pytest.approx(4 / 9)
    # an outside gold label ("X", not scored) given a scored type is a false positive of that type
    assert ev.macro_f1(["A", "X"], ["A", "A"], ["A", "B"]) == pytest.approx(2 / 3)
    assert ev.macro_f1(["A", "X"], ["A", "NONE"], ["A", "B"]) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        ev.macro_f1(["A"], [])


def test_split_rule():
    for key in ("AP_20130322.tml", "1999-05-17-0121.tml", "40450848", "17"):
        expected = "test" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0 else "dev"
        assert ev.split_of(key) == expected
    keys = [str(i) for i in range(1000)]
    share = sum(ev.split_of(k) == "test" for k in keys) / len(keys)
    assert 0.15 < share < 0.25
    assert ev.in_split("x", None) and ev.in_split("x", "all")
    with pytest.raises(ValueError):
        ev.in_split("x", "train")


def test_timeml_granularity():
    d = dt.date(2013, 3, 22)
    assert timeml.granularity("2013-03-22") == "day" and timeml.at_granularity(d, "day") == "2013-03-22"
    assert timeml.granularity("2013-W11") == "week" and timeml.at_granularity(d, "week") == "2013-W12"
    assert timeml.granularity("2013-03") == "month" and timeml.at_granularity(d, "month") == "2013-03"
    assert timeml.granularity("2013") == "year" and timeml.at_granularity(d, "year") == "2013"
    assert timeml.granularity("PRESENT_REF") is None and timeml.granularity("199X") is None


def test_parse_tml_offsets(tmp_path):
    f = tmp_path / "x.tml"
    f.write_text('<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" '
                 'value="2013-03-22">March 22, 2013</TIMEX3></DCT><TEXT>\nIt <EVENT eid="e1">rained</EVENT> '
                 '<TIMEX3 tid="t1" type="DATE" value="2013-03-21">yesterday</TIMEX3>.</TEXT></TimeML>')
    text, dct, timexes = timeml.parse_tml(f)
    assert dct == dt.date(2013, 3, 22)
    assert len(timexes) == 1
    t = timexes[0]
    assert text[t["start"]:t["end"]] == "yesterday" and t["value"] == "2013-03-21"


def test_classify_uses_mapping_and_priority():
    assert classify([]) == "NONE"
    inc = Incident(id="i1", event_type="Battles", sub_event_type="Armed clash")
    assert classify([inc]) == "ARMED_CLASH"
    assert len(ACLED_CODES) == 25


def _inc(i, etype, sub, start):
    from bilan.model import Evidence

    return Incident(id=f"i{i}", event_type=etype, sub_event_type=sub,
                    evidence=[Evidence(field="sub_event_type", doc_id="d", start=start, end=start + 3, text="x")])


def test_classify_takes_the_lead_incident():
    # a ceasefire told first, the bombing it ends told after it: the ceasefire is the news
    lead = _inc(1, "Strategic developments", "Agreement", 10)
    background = _inc(2, "Explosions/Remote violence", "Remote explosive/landmine/IED", 120)
    assert classify([background, lead]) == "AGREEMENT"
    # an attack whose weapon a later sentence names takes the weapon's type
    attack = _inc(3, "Violence against civilians", "Attack", 0)
    grenade = _inc(4, "Explosions/Remote violence", "Grenade", 80)
    assert classify([attack, grenade]) == "GRENADE"
    # but a protest stays a protest
    protest = _inc(5, "Protests", "Peaceful protest", 0)
    assert classify([protest, grenade]) == "PEACE_PROTEST"


def test_unknown_dataset_and_split():
    with pytest.raises(KeyError):
        ev.get_adapter("no-such-dataset")
    assert ev.get_adapter("te3").name == "te3-platinum-en"


def test_cli_skips_without_data(tmp_path, monkeypatch):
    from bilan.cli import app

    monkeypatch.setenv("BILAN_SHARED", str(tmp_path))
    res = CliRunner().invoke(app, ["eval", "te3", "--json"])
    assert res.exit_code == 0
    assert json.loads(res.stdout)["skipped"] is True
    res = CliRunner().invoke(app, ["eval", "te3"])
    assert res.exit_code == 0 and "skipped" in res.stdout


_HAVE_DATA = ev.eval_dir().is_dir()
_DATASETS = sorted(k for k in BASELINE if not k.startswith("_") and k != "limit")


@pytest.mark.skipif(not _HAVE_DATA, reason=f"evaluation data absent: {ev.eval_dir()}")
@pytest.mark.parametrize("name", _DATASETS)
def test_dev_slice_not_below_baseline(name):
    adapter = ev.get_adapter(name)
    if not (ev.eval_dir() / adapter.folder).is_dir():
        pytest.skip(f"{adapter.folder} absent")
    rep = ev.evaluate(name, "dev", BASELINE["limit"])
    assert rep.documents == BASELINE["limit"]
    assert rep.support.get("extraction_errors", 0) == 0, rep.notes  # (a crash is no silent miss)
    for key, base in BASELINE[name].items():
        got = rep.figures[key]
        assert got is not None and got >= base - TOLERANCE, f"{name} {key}: {got} < baseline {base} - {TOLERANCE}"


@pytest.mark.skipif(not _HAVE_DATA, reason=f"evaluation data absent: {ev.eval_dir()}")
def test_cli_json_on_real_slice():
    from bilan.cli import app

    res = CliRunner().invoke(app, ["eval", "te3-platinum-en", "--limit", "2", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["documents"] == 2 and out["split"] == "dev"
    assert set(out["figures"]) >= {"date_span.p", "date_span.r", "date_span.f1", "date_value.acc"}


def test_ucdp_headline_items(tmp_path):
    from bilan.evaluate.ucdp import headline_items

    def feat(i, headline, date="2015-03-02"):
        return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [26.0, 5.0]},
                "properties": {"id": i, "source_headline": headline, "source_date": date,
                               "date_start": "2015-02-28T00:00:00", "date_end": "2015-02-28T00:00:00",
                               "best": 5, "low": 5, "high": 6}}

    f = tmp_path / "GEDEvent_v23_1_CAR.geojson"
    f.write_text(json.dumps({"type": "FeatureCollection", "features": [
        feat(1, "Five LRA rebels killed"), feat(2, "Monthly report"), feat(3, "Monthly report"),
        feat(4, "A; B"), feat(5, ""), feat(6, "No date here", date="")]}))
    items = headline_items(f)
    assert [i["id"] for i in items] == ["1"]
    assert items[0]["published"] == dt.date(2015, 3, 2) and items[0]["start"] == dt.date(2015, 2, 28)
    assert (items[0]["low"], items[0]["best"], items[0]["high"]) == (5, 5, 6)


def test_muc4_date_windows_and_key(tmp_path):
    from bilan.evaluate.muc4 import date_windows, parse_key, parse_texts

    d = dt.date
    assert date_windows("16 NOV 89") == [(d(1989, 11, 16), d(1989, 11, 16))]
    assert date_windows("- 02 NOV 89") == [(None, d(1989, 11, 2))]
    assert date_windows("(11 NOV 89 - 26 NOV 89) / (- 26 NOV 89)") == [
        (d(1989, 11, 11), d(1989, 11, 26)), (None, d(1989, 11, 26))]
    assert date_windows("-") == [] and date_windows("*") == []
    key = tmp_path / "key"
    key.write_text("0.  MESSAGE: ID                    TST3-MUC4-0002\n"
                   "1.  MESSAGE: TEMPLATE              2 (OPTIONAL)\n"
                   "2.  INCIDENT: DATE                 16 NOV 89\n"
                   "19. HUM TGT: DESCRIPTION           \"JESUITS\"\n"
                   "                                   \"MAIDS\"\n\n"
                   "0.  MESSAGE: ID                    TST3-MUC4-0003\n"
                   "1.  MESSAGE: TEMPLATE              *\n")
    keys = parse_key(key)
    assert [{k: v for k, v in t.items() if k != "slots"} for t in keys] == [
        {"id": "TST3-MUC4-0002", "template": "2", "optional": True, "date": "16 NOV 89"},
        {"id": "TST3-MUC4-0003", "template": "*", "optional": False, "date": "-"}]
    assert keys[0]["slots"]["19"] == ['"JESUITS"', '"MAIDS"']
    txt = tmp_path / "tst"
    txt.write_text("TST3-MUC4-0001\n\n   LIMA, 10 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED.\n"
                   "TST3-MUC4-0002\n\n   SAN SALVADOR, NO DATE (RADIO) -- [TEXT] NOTHING ON 16 NOV 89.\n")
    docs = parse_texts(txt)
    assert [(i, pub) for i, _, pub in docs] == [("TST3-MUC4-0001", d(1990, 1, 10)), ("TST3-MUC4-0002", None)]
    assert docs[0][1].strip().startswith("LIMA, 10 JAN 90")


_MUC_KEY = """0.  MESSAGE: ID                    TST3-MUC4-0003
1.  MESSAGE: TEMPLATE              1
2.  INCIDENT: DATE                 09 JAN 90
3.  INCIDENT: LOCATION             PERU: LIMA (CITY): SAN ISIDRO (NEIGHBORHOOD)
4.  INCIDENT: TYPE                 ATTACK
9.  PERP: INDIVIDUAL ID            "MEMBERS OF THE MAOIST TERRORIST ORGANIZATION SHINING PATH" / "CRIMINALS"
                                   "GERARDO OLIVOS SILVA"
10. PERP: ORGANIZATION ID          "SHINING PATH"
11. PERP: ORGANIZATION CONFIDENCE  SUSPECTED OR ACCUSED BY AUTHORITIES: "SHINING PATH"
12. PHYS TGT: ID                   ? "HOUSE"
18. HUM TGT: NAME                  "ENRIQUE LOPEZ ALBUJAR TRINT"
19. HUM TGT: DESCRIPTION           "FORMER DEFENSE MINISTER": "ENRIQUE LOPEZ ALBUJAR TRINT"
                                   "BODYGUARD"
21. HUM TGT: NUMBER                1: "ENRIQUE LOPEZ ALBUJAR TRINT"
                                   2: "BODYGUARD"
23. HUM TGT: EFFECT OF INCIDENT    DEATH: "ENRIQUE LOPEZ ALBUJAR TRINT"
                                   DEATH: "BODYGUARD"
24. HUM TGT: TOTAL NUMBER          -
"""


def _muc_template(tmp_path):
    from bilan.evaluate.muc4 import parse_key

    f = tmp_path / "key"
    f.write_text(_MUC_KEY)
    return parse_key(f)[0]


def test_muc4_gold_slots(tmp_path):
    from bilan.evaluate.muc4 import gold_slots, split_fill

    assert split_fill('? REPORTED AS FACT / POSSIBLE: "A" / "B"') == (True, ["REPORTED AS FACT", "POSSIBLE"], ["A", "B"])
    g = {k: [(f.alts, f.optional) for f in v] for k, v in gold_slots(_muc_template(tmp_path)).items()}
    assert g["date"] == [([(dt.date(1990, 1, 9), dt.date(1990, 1, 9))], False)]
    assert g["location"] == [(["PERU", "LIMA", "SAN ISIDRO"], False)]
    assert g["type"] == [(["ATTACK"], False)]
    # one perpetrator: the organisation, the individual descriptions accepted as alternatives
    assert g["perp"] == [(["SHINING PATH", "MEMBERS OF THE MAOIST TERRORIST ORGANIZATION SHINING PATH",
                           "CRIMINALS", "GERARDO OLIVOS SILVA"], False)]
    assert g["perp_confidence"] == [(["SUSPECTED OR ACCUSED"], False)]
    assert g["phys_target"] == [(["HOUSE"], True)]
    # the name is the description's cross-reference, not a second target
    assert g["hum_target"] == [(["FORMER DEFENSE MINISTER", "ENRIQUE LOPEZ ALBUJAR TRINT"], False), (["BODYGUARD"], False)]
    assert g["deaths"] == [([3], False)] and g["injured"] == []


def test_muc4_slot_scoring(tmp_path):
    from bilan.evaluate.muc4 import best_assignment, gold_slots, pred_slots, score_document, strings_match
    from bilan.model import Actor, Claim, DateValue, Location, Range

    assert strings_match(["Shining Path"], ["MEMBERS OF THE SHINING PATH"])
    assert not strings_match(["the"], ["THE ARMY"]) and not strings_match(["SAN SALVADOR"], ["EL SALVADOR"])
    assert best_assignment([[1, 3], [2, 0]]) == [(0, 1), (1, 0)]
    assert best_assignment([[0, 0]]) == []
    inc = Incident(id="i1", event_type="Violence against civilians", sub_event_type="Attack",
                   date=DateValue(start=dt.date(1990, 1, 9), end=dt.date(1990, 1, 9)),
                   location=Location(name="Lima", mention="LIMA", country="PE"),
                   actors=[Actor(role="actor1", name="Shining Path", mention="SHINING PATH", kind="rebel"),
                           Actor(role="victim", name="minister", mention="FORMER DEFENSE MINISTER")],
                   fatalities=Range.exact(1),
                   claims=[Claim(text="THE POLICE ACCUSED THE SHINING PATH OF THE MURDER", speaker="POLICE",
                                 verb="accuse", certainty="alleged", doc_id="d", start=0, end=1)])
    ours = pred_slots(inc)
    assert ours["type"] == ["ATTACK"] and ours["perp_confidence"] == ["SUSPECTED OR ACCUSED"]
    # MUC-4 7.12 note 2: only a hedge about the perpetrator bears on its confidence
    hedged = inc.model_copy(update={"claims": [Claim(text="DAMAGE IS ESTIMATED AT SEVERAL MILLION SOLES", speaker="IT",
                                                     verb="estimate", certainty="probable", doc_id="d", start=0,
                                                     end=1)]})
    assert pred_slots(hedged)["perp_confidence"] == ["REPORTED AS FACT"]
    assert "Peru" in ours["location"][0]
    gold = gold_slots(_muc_template(tmp_path))
    out = score_document([ours], [(gold, False)])
    assert out["date"] == [1, 0, 0] and out["location"] == [1, 0, 0] and out["type"] == [1, 0, 0]
    assert out["perp"] == [1, 0, 0] and out["perp_confidence"] == [1, 0, 0]
    assert out["hum_target"] == [1, 0, 1]  # the bodyguards are missed
    assert out["phys_target"] == [0, 0, 0]  # optional fill missed: no error
    assert out["deaths"] == [0, 1, 1]  # 1 killed said, 3 in the key
    # an unmapped incident is spurious everywhere; an optional template left unmapped costs nothing
    other = pred_slots(inc.model_copy(update={"date": DateValue(start=dt.date(1989, 1, 1), end=dt.date(1989, 1, 1))}))
    out2 = score_document([ours, other], [(gold, False)])
    assert out2["type"] == [1, 1, 0] and out2["date"] == [1, 1, 0]
    assert score_document([], [(gold, True)])["date"] == [0, 0, 0]
    assert score_document([], [(gold, False)])["date"] == [0, 0, 1]


def test_muc4_scope_rules_4_and_6():
    from bilan.evaluate.muc4 import in_scope
    from bilan.model import Actor, DateValue, Location

    pub = dt.date(1989, 11, 15)
    day = DateValue(start=dt.date(1989, 11, 14), end=dt.date(1989, 11, 14), precision="day")
    bomb = Incident(id="b", event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                    date=day, location=Location(name="Cairo", mention="CAIRO", country="EG"),
                    actors=[Actor(role="actor1", name="unidentified armed group", mention="TERRORISTS",
                                  kind="unidentified")])
    # rule 4: abroad and no actor of the nine countries -> no template
    story = "CAIRO (EGYPT), 15 NOV 89 -- A BOMB EXPLODED IN CAIRO."
    assert not in_scope(bomb, pub, story)
    # a country the story never names: the place is a namesake read abroad, the incident stays
    assert in_scope(bomb, pub, "LIMA, 15 NOV 89 -- A BOMB EXPLODED IN CAIRO.")
    # ... unless the target or perpetrator belongs to one of them, or is a named armed group
    envoy = Actor(role="victim", name="diplomat", mention="THE COLOMBIAN AMBASSADOR")
    assert in_scope(bomb.model_copy(update={"actors": bomb.actors + [envoy]}), pub, story)
    fmln = Actor(role="actor1", name="FMLN", mention="FMLN", kind="rebel")
    assert in_scope(bomb.model_copy(update={"actors": [fmln]}), pub, story)
    # an incident in one of the nine, or with no place, stays
    assert in_scope(bomb.model_copy(update={"location": Location(name="Lima", country="PE")}), pub)
    assert in_scope(bomb.model_copy(update={"location": Location()}), pub)
    # rule 6: a month-dated incident ended years before the story is background; a day-dated one
    # may be news of an old incident (6 b); an undated story keeps everything
    old = DateValue(start=dt.date(1986, 1, 1), end=dt.date(1986, 1, 31), precision="month")
    lima = Location(name="Lima", country="PE")
    assert not in_scope(bomb.model_copy(update={"date": old, "location": lima}), pub)
    old_day = DateValue(start=dt.date(1989, 1, 16), end=dt.date(1989, 1, 16), precision="day")
    assert in_scope(bomb.model_copy(update={"date": old_day, "location": lima}), pub)
    assert in_scope(bomb.model_copy(update={"date": old, "location": lima}), None)


def test_hipe_parse_and_score(tmp_path):
    from bilan.evaluate.hipe import parse_tsv, score_spans

    head = "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tMISC\n"
    f = tmp_path / "x.tsv"
    f.write_text(head + "# hipe2022:document_id = d1\n# hipe2022:date = 1888-08-03\n"
                 "M\tB-pers\tO\tNoSpaceAfter\n.\tI-pers\tO\tEndOfLine\nHagenbeck\tI-pers\tO\tNoSpaceAfter\n"
                 ",\tO\tO\t_\nde\tO\tO\t_\nHambourg\tB-loc\tO\tNoSpaceAfter\n.\tO\tO\tEndOfSentence\n"
                 "# hipe2022:document_id = d2\nLe\tO\tO\t_\nTemps\tB-prod\tO\t_\nParis\tB-LOC\tO\t_\n"
                 "Lyon\tB-LOC\tO\t_\n")
    d1, d2 = parse_tsv(f)
    assert d1["id"] == "d1" and d1["text"] == "M. Hagenbeck, de Hambourg."
    assert [(d1["text"][s:e], t) for s, e, t in d1["entities"]] == [("M. Hagenbeck", "PER"), ("Hambourg", "LOC")]
    assert d2["text"] == "Le Temps Paris Lyon"  # prod is not scored; B- after B- opens a new entity
    assert [(d2["text"][s:e], t) for s, e, t in d2["entities"]] == [("Paris", "LOC"), ("Lyon", "LOC")]
    gold = [(0, 12, "PER"), (17, 25, "LOC")]
    pred = [(3, 12, "PER"), (17, 25, "LOC"), (17, 25, "ORG")]
    out = score_spans(gold, pred)
    assert out["PER"] == [0, 1, 1] and out["LOC"] == [1, 0, 0] and out["ORG"] == [0, 1, 0]
    assert out["all"] == [1, 2, 1] and out["overlap"] == [2, 1, 0]


def test_ucdp_aec_is_skipped_for_want_of_text(tmp_path, monkeypatch):
    from bilan.cli import app
    from bilan.evaluate.ucdp import aec_without_text

    folder = tmp_path / "eval" / "ucdp-aec"
    folder.mkdir(parents=True)
    rec = {"id": 1, "source_article": "deduplicated/eng_Latn/1.jsonl.zst:5", "deaths_low": 2}
    (folder / "validation.jsonl").write_text(json.dumps(rec) + "\n")
    (folder / "test.jsonl").write_text(json.dumps({**rec, "id": 2}) + "\n" + json.dumps({**rec, "id": 3}) + "\n")
    assert aec_without_text(folder) == 3
    monkeypatch.setenv("BILAN_SHARED", str(tmp_path))
    res = CliRunner().invoke(app, ["eval", "ucdp-aec"])
    assert res.exit_code == 0 and "skipped ucdp-aec" in res.stdout and "no article text" in res.stdout
    res = CliRunner().invoke(app, ["eval", "ucdp-aec", "--json"])
    out = json.loads(res.stdout)
    assert res.exit_code == 0 and out["skipped"] is True and "3 records" in out["reason"]
    (folder / "test.jsonl").write_text(json.dumps({**rec, "text": "Two soldiers were killed."}) + "\n")
    with pytest.raises(ValueError):
        aec_without_text(folder)


def test_muc4_count_alternatives(tmp_path):
    """HUM TGT: NUMBER alternatives ("1 / 68") and effect alternatives ("INJURY / DEATH") give every
    total they allow; an effect line reads the number line of its own position."""
    from bilan.evaluate.muc4 import gold_slots, parse_key

    key = _MUC_KEY.split("21. HUM TGT")[0] + (
        '21. HUM TGT: NUMBER                1 / 68: "PEASANTS"\n'
        '                                   3: "SOLDIERS"\n'
        '                                   17 / - 17: "PEASANTS"\n'
        '23. HUM TGT: EFFECT OF INCIDENT    DEATH: "PEASANTS"\n'
        '                                   INJURY / DEATH: "SOLDIERS"\n'
        '                                   INJURY: "PEASANTS"\n')
    f = tmp_path / "key"
    f.write_text(key)
    g = gold_slots(parse_key(f)[0])
    assert [(x.alts, x.optional) for x in g["deaths"]] == [([1, 4, 68, 71], False)]
    # the wounded peasants are the third number line, not the first that names peasants
    assert [(x.alts, x.optional) for x in g["injured"]] == [([17, 20], False)]
    only_maybe = key.replace('DEATH: "PEASANTS"', 'NO DEATH: "PEASANTS"').replace('INJURY: "PEASANTS"', 'NO INJURY: "PEASANTS"')
    f.write_text(only_maybe)
    g = gold_slots(parse_key(f)[0])
    # the soldiers may be dead or not: a total is optional
    assert [(x.alts, x.optional) for x in g["deaths"]] == [([3], True)]
    # a counted target of no plain number (PLURAL) leaves the slot unscored: our figure is neither
    from bilan.evaluate.muc4 import UNSCORED, slot_counts

    f.write_text(key.replace('3: "SOLDIERS"', 'PLURAL: "SOLDIERS"'))
    g = gold_slots(parse_key(f)[0])
    assert g["deaths"] == [UNSCORED] and slot_counts("deaths", [5], g["deaths"]) == (0, 0, 0)
    assert g["injured"] == [UNSCORED]  # the soldiers may be wounded


def test_extraction_errors_are_counted():
    from bilan.model import Document
    from bilan.pipeline import Extraction

    rep = ev.Report("x", "dev", 2)
    ok = Extraction(Document(doc_id="a", text="t", language="en"), [], [])
    bad = Extraction(Document(doc_id="b", text="t", language="en"), [], [], error="ValueError: boom")
    rep.count_errors([ok, bad])
    assert rep.support["extraction_errors"] == 1 and rep.notes == ["1 extraction errors, first: b: ValueError: boom"]
