"""The tolls of the two sides told by two sources; civilians killed "in the fighting"; the date evidence of a merged
act (h-ops2: the lead's story a50, a convoy ambush whose toll the army put lower while claiming the attackers' dead).
Rows of our own, French and English, written before the rules.

- Another source's toll of those hit told beside an exact figure of the doers' dead ("An army statement put the toll
  at 14 soldiers dead and said 20 terrorists were neutralised"): one side's word of the other side's dead is no part
  of the toll of those hit, which spans both sources (14 to at least 27); the figure is kept apart, an "armed men
  killed" quantity credited to the statement (incidents._drop_vague_doers_dead; docs/conventions.md, Counts: the
  tolls of the two sides). One telling of both sides' dead ("killing 12 soldiers and 20 militants") still sums.
- Civilians killed "in the fighting" after a fight of the state's forces: the fight told again, its dead; the fight
  keeps its type (ACLED: a battle's toll counts all its dead).
- Two mentions of one act that carry the same date evidence ("on Monday") keep it once merged: the kept date keeps
  its evidence (incidents._merge_anaphor).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

DEC2 = dt.date(2026, 12, 2)  # a Wednesday: Monday is 30 November
MON = dt.date(2026, 11, 30)
DEC4 = dt.date(2026, 12, 4)  # a Friday: Wednesday is 2 December
WED = dt.date(2026, 12, 2)


# --- another source's toll of those hit beside an exact figure of the doers' dead: (text, lang, speaker)
OTHER_SIDE = [
    ("NIAMEY, Dec 2, 2026 (AFP) - Suspected jihadists ambushed an army patrol near Tera in western Niger on Monday, "
     "killing at least 27 soldiers, security sources told AFP. An army statement put the toll at 14 soldiers dead and "
     "said 20 terrorists were neutralised in the counter-attack.", "en", "army statement"),
    ("NIAMEY, 2 décembre 2026 (AFP) - Des jihadistes présumés ont attaqué lundi une patrouille de l'armée près de "
     "Téra, dans l'ouest du Niger, tuant au moins 27 soldats, selon des sources sécuritaires. Un communiqué de l'armée "
     "a fait état de 14 soldats tués et affirmé que 20 terroristes ont été neutralisés lors de la riposte.", "fr",
     "armée"),
    ("Suspected jihadists ambushed an army patrol near Tera on Monday, killing at least 27 soldiers, security sources "
     "said. The army said 14 soldiers had been killed and 20 assailants had been killed in the counter-attack.", "en",
     "army"),
]


@pytest.mark.parametrize("text,lang,speaker", extracting.indexed_params(OTHER_SIDE))
def test_one_sides_exact_word_of_the_other_sides_dead_stays_apart(text, lang, speaker):
    got = extracting.incidents(text, lang, DEC2)
    assert len(got) == 1, [(i.sub_event_type, i.fatalities) for i in got]
    inc = got[0]
    assert inc.event_type == extracting.BAT and inc.date.start == MON
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high, inc.fatalities.basis) == (
        14, 27, None, "sources")
    army = [c for c in inc.claims if c.fatalities is not None]
    assert army and all(c.stance == "disputes" and (c.fatalities.low, c.fatalities.high) == (14, 14) for c in army)
    kept = [q for q in inc.quantities if q.what == "armed men killed"]
    assert [(q.value.low, q.value.high, q.text) for q in kept] == [(20, 20, "20")]
    assert kept[0].speaker.lower() == speaker
    assert text[kept[0].start:kept[0].end] == "20"


# --- civilians killed in the fighting: the fight's dead (text, lang)
FIGHTING = [
    ("L'armée nigérienne a affirmé jeudi avoir « neutralisé » une trentaine de terroristes lors d'une opération menée "
     "mercredi près de Téra. Des habitants ont toutefois fait état de la mort de quatre civils dans les combats.",
     "fr"),
    ("The Nigerien army said on Thursday it had killed about 30 terrorists in an operation carried out on Wednesday "
     "near Tera. Residents however said four civilians were killed in the fighting.", "en"),
]


@pytest.mark.parametrize("text,lang", extracting.indexed_params(FIGHTING))
def test_civilians_killed_in_the_fighting_are_the_fights_dead(text, lang):
    got = [i for i in extracting.incidents(text, lang, DEC4) if i.fatalities is not None]
    assert len(got) == 1, [(i.sub_event_type, i.fatalities) for i in got]
    fight = got[0]
    assert (fight.event_type, fight.sub_event_type) == (extracting.BAT, "Armed clash")
    assert fight.date.start == WED
    assert extracting.doers(fight) == ["military forces of niger"]
    assert fight.civilian_fatalities is not None and fight.civilian_fatalities.single() == 4
    assert fight.fatalities.high is not None and fight.fatalities.high >= 30 + 4


# --- the date evidence of a merged act: (text, lang, the day's words)
DATED = [
    ("Burkina Faso: dozens of soldiers killed in ambush near Kaya\n\nOUAGADOUGOU, Dec 2, 2026 (AFP) - Suspected "
     "jihadists ambushed a military supply convoy near Kaya in central Burkina Faso on Monday, killing at least 19 "
     "soldiers and volunteer fighters, security sources told AFP. An army statement put the toll at 11 soldiers dead "
     "and said \"dozens of terrorists were neutralised\" in the counter-attack.", "en", "Monday"),
    ("Burkina Faso : des dizaines de soldats tués dans une embuscade près de Kaya\n\nOUAGADOUGOU, 2 décembre 2026 "
     "(AFP) - Des jihadistes présumés ont attaqué lundi un convoi de ravitaillement de l'armée près de Kaya, dans le "
     "centre du Burkina Faso, tuant au moins 19 soldats et supplétifs, selon des sources sécuritaires. Un communiqué "
     "de l'armée a fait état de 11 soldats tués et affirmé que « des dizaines de terroristes ont été neutralisés » "
     "lors de la riposte.", "fr", "lundi"),
]


@pytest.mark.parametrize("text,lang,day", extracting.indexed_params(DATED))
def test_the_kept_date_keeps_its_evidence(text, lang, day):
    got = extracting.incidents(text, lang, DEC2)
    assert len(got) == 1, [(i.sub_event_type, i.fatalities) for i in got]
    inc = got[0]
    assert inc.date.start == MON
    dates = inc.evidence_for("date")
    assert [e.text for e in dates] == [day]
    assert all(text[e.start:e.end] == e.text for e in dates)
