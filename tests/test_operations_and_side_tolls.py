"""One operation, two acts; the tolls of the two sides; the operation's day (h-ops: the lead's stories a58, an army
operation near a town in central Mali that residents said killed civilians, and a50, a convoy ambush whose toll the
army put lower while claiming dozens of the attackers). Rows of our own, French and English, written before the rules.

- « L'armée a affirmé jeudi avoir neutralisé ... lors d'une opération menée mercredi », "said on Thursday it had
  neutralised ... in an operation carried out on Wednesday": the operation's day is the act's, not the statement's
  (incidents._operation_conducted); the statement's day stays the act's when the operation tells none.
- Civilians killed, only civilians, told by a source new to the fight of the state's forces ("Residents however
  reported that seven civilians were killed during the sweep"): Violence against civilians by those forces, an
  incident of its own at the fight's place and day, alleged; the fight keeps the fighters' toll
  (incidents._civilians_killed_in_the_operation; docs/conventions.md, Counts).
- Another source's toll of those hit, told beside the doers' dead in a vague figure ("An army statement put the
  toll at 14 soldiers dead and said dozens of terrorists were neutralised"): the range of those hit spans both
  sources (14 to at least 27), the army's claim keeps its 14, the vague figure is no part of it (kept as an
  "armed men killed" quantity: incidents._drop_vague_doers_dead). Exact figures of both sides in one toll
  ("killing 12 soldiers and 20 militants") still sum: ACLED counts every dead of a battle.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

DEC4 = dt.date(2026, 12, 4)  # a Friday: « mercredi » is 2 December, « jeudi » 3 December
WED, THU = dt.date(2026, 12, 2), dt.date(2026, 12, 3)
DEC2 = dt.date(2026, 12, 2)  # a Wednesday: Monday is 30 November
MON = dt.date(2026, 11, 30)


# --- the operation's day: (text, lang, the act's day)
DAYS = [
    ("BAMAKO, 4 décembre 2026 (AFP) - L'armée malienne a affirmé jeudi avoir « neutralisé » une quarantaine de "
     "terroristes lors d'une opération aérienne menée mercredi près de Tessit, dans l'est du pays.", "fr", WED),
    ("BAMAKO, Dec 4, 2026 (AFP) - The Malian army said on Thursday it had \"neutralised\" about 40 terrorists in an air "
     "operation carried out on Wednesday near Tessit, in the east of the country.", "en", WED),
    ("L'armée a annoncé jeudi avoir tué une vingtaine de jihadistes au cours d'une opération conduite mercredi près de "
     "Tessit.", "fr", WED),
    ("The army announced on Thursday that it had killed some 20 jihadists during an operation conducted on Wednesday "
     "near Tessit.", "en", WED),
    # guards: a statement of the same day; an operation with no day of its own keeps the statement's
    ("BAMAKO, 4 décembre 2026 (AFP) - L'armée malienne a affirmé mercredi avoir « neutralisé » une quarantaine de "
     "terroristes lors d'une opération aérienne menée mercredi près de Tessit.", "fr", WED),
    ("BAMAKO, Dec 4, 2026 (AFP) - The Malian army said on Wednesday it had \"neutralised\" about 40 terrorists in an air "
     "operation carried out on Wednesday near Tessit.", "en", WED),
    ("BAMAKO, 4 décembre 2026 (AFP) - L'armée malienne a affirmé jeudi avoir « neutralisé » une quarantaine de "
     "terroristes lors d'une opération aérienne près de Tessit.", "fr", THU),
    ("BAMAKO, Dec 4, 2026 (AFP) - The Malian army said on Thursday it had \"neutralised\" about 40 terrorists in an air "
     "operation near Tessit.", "en", THU),
    # guards: an operation dated by a month only (it may have run for weeks) keeps the statement's day
    ("BAMAKO, 4 décembre 2026 (AFP) - L'armée malienne a affirmé jeudi avoir « neutralisé » une quarantaine de "
     "terroristes lors d'une opération aérienne lancée en novembre près de Tessit.", "fr", THU),
    ("BAMAKO, Dec 4, 2026 (AFP) - The Malian army said on Thursday it had \"neutralised\" about 40 terrorists in an air "
     "operation launched in November near Tessit.", "en", THU),
]


@pytest.mark.parametrize("text,lang,day", extracting.indexed_params(DAYS))
def test_the_operation_day_is_the_acts(text, lang, day):
    got = [i for i in extracting.incidents(text, lang, DEC4) if i.fatalities is not None]
    assert len(got) == 1, [(i.sub_event_type, i.date.start) for i in got]
    assert (got[0].date.start, got[0].date.end, got[0].date.precision) == (day, day, "day")
    assert any(e.field == "date" for e in got[0].evidence)


# --- civilians killed in the forces' operation, told by others: (text, lang, the fight's toll (low, best, high))
SWEEP = [
    ("BAMAKO, 4 décembre 2026 (AFP) - L'armée malienne a affirmé jeudi avoir « neutralisé » une quarantaine de "
     "terroristes lors d'une opération aérienne et terrestre menée mercredi près de Tessit, dans l'est du pays. Trois "
     "soldats ont été blessés, selon un communiqué de l'état-major. Des habitants joints par l'AFP ont toutefois fait "
     "état de la mort de neuf civils, dont deux femmes, tués lors du ratissage. L'armée n'a pas réagi.", "fr",
     (34, 40, 46)),
    ("BAMAKO, Dec 4, 2026 (AFP) - The Malian army said on Thursday it had \"neutralised\" about 40 terrorists in an air "
     "and ground operation carried out on Wednesday near Tessit, in the east of the country. Three soldiers were "
     "wounded, according to an army statement. Residents reached by AFP however reported that nine civilians, "
     "including two women, were killed during the sweep. The army did not respond.", "en", (36, 40, 44)),
]


@pytest.mark.parametrize("text,lang,toll", extracting.indexed_params(SWEEP))
def test_civilians_killed_in_the_sweep_are_an_act_of_their_own(text, lang, toll):
    got = extracting.incidents(text, lang, DEC4)
    fights = [i for i in got if i.event_type == extracting.BAT]
    civ = [i for i in got if i.event_type == extracting.VAC]
    assert len(got) == 2 and len(fights) == 1 and len(civ) == 1, [(i.sub_event_type, i.fatalities) for i in got]
    fight, act = fights[0], civ[0]
    assert (fight.fatalities.low, fight.fatalities.best, fight.fatalities.high) == toll
    assert fight.civilian_fatalities is None
    assert (fight.injured.low, fight.injured.high) == (3, 3)
    assert (act.fatalities.low, act.fatalities.best, act.fatalities.high) == (9, 9, 9)
    assert act.civilian_fatalities.single() == 9
    assert act.sub_event_type == extracting.ATT
    assert extracting.doers(act) == ["military forces of mali"] == extracting.doers(fight)
    assert act.date.start == fight.date.start == WED
    assert act.location.name == fight.location.name
    assert act.claims and all(c.certainty == "alleged" for c in act.claims)
    assert all("habitants" in c.speaker.lower() or "residents" in c.speaker.lower() for c in act.claims)
    assert not any(c.fatalities for c in fight.claims)


# guards: civilians killed told by the fight's own source, killed in an attack by armed men on the forces, or killed in
# the fighting, stay the fight's dead (ACLED counts the dead of a battle together)
SWEEP_GUARDS = [
    ("L'armée malienne a affirmé jeudi avoir « neutralisé » une quarantaine de terroristes lors d'une opération menée "
     "mercredi près de Tessit. Selon l'armée, deux civils ont également été tués lors de l'opération.", "fr"),
    ("The Malian army said on Thursday it had killed about 40 terrorists in an operation carried out on Wednesday near "
     "Tessit. Two civilians were also killed during the operation, the army said.", "en"),
    ("Des jihadistes ont attaqué mercredi un poste de l'armée près de Tessit, tuant cinq soldats, selon une source "
     "sécuritaire. Des habitants ont fait état de la mort de trois civils lors de l'attaque.", "fr"),
    ("Jihadists attacked an army post near Tessit on Wednesday, killing five soldiers, a security source said. "
     "Residents said three civilians were killed during the attack.", "en"),
    # civilians killed "in the fighting": the crossfire of the forces' fight, its dead, no act of the forces apart
    ("L'armée malienne a affirmé jeudi avoir « neutralisé » une quarantaine de terroristes lors d'une opération menée "
     "mercredi près de Tessit. Des habitants ont toutefois fait état de la mort de trois civils dans les combats.",
     "fr"),
    ("The Malian army said on Thursday it had killed about 40 terrorists in an operation carried out on Wednesday near "
     "Tessit. Residents however said three civilians were killed in the fighting.", "en"),
]


@pytest.mark.parametrize("text,lang", [pytest.param(*row, id=f"{row[1]}-{k}") for k, row in enumerate(SWEEP_GUARDS)])
def test_civilians_told_by_the_same_side_or_in_an_attack_stay_the_fights(text, lang):
    got = [i for i in extracting.incidents(text, lang, DEC4) if i.fatalities is not None]
    assert len(got) == 1, [(i.sub_event_type, i.fatalities) for i in got]
    assert got[0].event_type == extracting.BAT


# --- another source's toll beside the doers' dead told vaguely: (text, lang)
SIDES = [
    ("OUAGADOUGOU, Dec 2, 2026 (AFP) - Suspected jihadists ambushed an army convoy near Arbinda in northern Burkina Faso "
     "on Monday, killing at least 31 soldiers and auxiliaries, security sources told AFP. An army statement put the "
     "toll at 16 soldiers dead and said \"dozens of terrorists were neutralised\" in the counter-attack.", "en"),
    ("OUAGADOUGOU, 2 décembre 2026 (AFP) - Des jihadistes présumés ont attaqué lundi un convoi de l'armée près "
     "d'Arbinda, dans le nord du Burkina Faso, tuant au moins 31 soldats et supplétifs, selon des sources sécuritaires. "
     "Un communiqué de l'armée a fait état de 16 soldats tués et affirmé que « des dizaines de terroristes ont été "
     "neutralisés » lors de la riposte.", "fr"),
]


@pytest.mark.parametrize("text,lang", SIDES, ids=[f"{r[1]}-{k}" for k, r in enumerate(SIDES)])
def test_the_doers_vague_dead_stay_out_of_another_sources_toll(text, lang):
    got = extracting.incidents(text, lang, DEC2)
    assert len(got) == 1, [(i.sub_event_type, i.fatalities) for i in got]
    inc = got[0]
    assert inc.event_type == extracting.BAT and inc.date.start == MON
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high, inc.fatalities.basis) == (
        16, 31, None, "sources")
    army = [c for c in inc.claims if c.fatalities is not None]
    assert army and all(c.stance == "disputes" and (c.fatalities.low, c.fatalities.high) == (16, 16) for c in army)
    assert {c.speaker for c in army} == {"army statement" if lang == "en" else "armée"}
    kept = [q for q in inc.quantities if q.what == "armed men killed"]
    assert [(q.value.low, q.value.high) for q in kept] == [(12, 99)]
    assert kept[0].speaker in {c.speaker for c in army}


# guards: one toll of both sides, exact figures told by one source, sums (ACLED counts every dead of a battle)
SUMS = [
    ("Militants attacked an army post near Arbinda on Monday, killing 12 soldiers and 20 militants, security sources "
     "said.", "en", (32, 32, 32)),
    ("Des jihadistes ont attaqué lundi un poste de l'armée près d'Arbinda, faisant 12 morts parmi les soldats et 20 "
     "parmi les assaillants, selon des sources sécuritaires.", "fr", (32, 32, 32)),
    ("Des jihadistes ont attaqué lundi un poste de l'armée près d'Arbinda. Douze soldats et vingt assaillants ont été "
     "tués, selon des sources sécuritaires.", "fr", (32, 32, 32)),
    ("Militants attacked a gendarmerie post near Tera on Monday, killing 9 gendarmes and 15 militants, a security "
     "source said.", "en", (24, 24, 24)),
    ("Des jihadistes ont attaqué lundi un poste de gendarmerie près de Téra, faisant 9 morts parmi les gendarmes et 15 "
     "parmi les assaillants, selon une source sécuritaire.", "fr", (24, 24, 24)),
]


@pytest.mark.parametrize("text,lang,toll", extracting.indexed_params(SUMS))
def test_one_toll_of_both_sides_sums(text, lang, toll):
    got = [i for i in extracting.incidents(text, lang, DEC2) if i.fatalities is not None]
    assert len(got) == 1, [(i.sub_event_type, i.fatalities) for i in got]
    f = got[0].fatalities
    assert (f.low, f.best, f.high) == toll
    # (one telling of both sides keeps nothing apart: tests/test_side_tolls_and_fighting.py keeps apart another
    # source's figure of the other side)
    assert not [q for q in got[0].quantities if q.what == "armed men killed"]
