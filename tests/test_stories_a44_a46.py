"""Rows from stories of our own (a44: an RSF shelling of a camp near El Obeid, with a second toll and an older drone
strike told by "the same network"; a45: a looting in Mobaye and an older abduction; a46: bodies found in Ituri, with
bombs defused on a road and a word on the ADF's habits). Each row is text of our own in the style of those stories.

- "According to the same network", « selon le même réseau »: a source told before, whatever its noun
  (claims_<lang>.SAME_SOURCE_PREFIXES).
- "Three other civilians were killed in Alindao" on another day, after an act in Bambari: the dead are another act's,
  in another town, not more of the first toll (incidents._elsewhere, in _more_of_a_toll).
- Bombs defused, told after the lead ("Soldiers had also defused two explosive devices"), are no incident, and no
  blast of their own either (events._drop_disrupted_weapons with the background uses).
- "The ADF rarely claims its attacks", « revendiquent rarement leurs attaques »: a habit, no claim.
- "Gunmen killed 11 men ... in an attack blamed on the ADF, police said": the police told it; it is no side of the
  fight, even as the document's main opponent of the group (incidents._not_speaking).
Every row but the guards failed on the code before this stop.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

MAR10 = dt.date(2026, 3, 10)  # a Tuesday

SAME = [
    ("Gunmen killed five civilians in Bambari on Sunday, the Sentinel network said. On Saturday, three other "
     "civilians had been killed in Alindao, according to the same network.", "en"),
    ("Des hommes armés ont tué cinq civils à Bambari dimanche, selon le réseau Sentinelle. Samedi, trois autres "
     "civils avaient été tués à Alindao, selon le même réseau.", "fr"),
]


@pytest.mark.parametrize("text,lang", SAME, ids=[r[1] for r in SAME])
def test_other_dead_in_another_town_are_another_act_told_by_the_same_source(text, lang):
    got = extracting.incidents(text, lang, MAR10)
    by_place = {i.location.name: i for i in got}
    assert set(by_place) == {"Bambari", "Alindao"}, [(i.location.name, i.fatalities) for i in got]
    assert (by_place["Bambari"].fatalities.low, by_place["Bambari"].fatalities.high) == (5, 5)
    assert (by_place["Alindao"].fatalities.low, by_place["Alindao"].fatalities.high) == (3, 3)
    assert by_place["Alindao"].date.start == dt.date(2026, 3, 7)
    # the same network speaks of the second act, by its name
    assert {c.speaker for c in by_place["Alindao"].claims} == {c.speaker for c in by_place["Bambari"].claims}, \
        [c.speaker for c in by_place["Alindao"].claims]


def test_more_dead_at_the_same_place_are_still_more_of_the_toll():
    # guard: no town of its own, so the second sentence adds to the first act (one incident)
    text = ("Gunmen killed five civilians in Bambari on Sunday, police said. Two more bodies were found on Monday near "
            "the same place, bringing the toll to seven.")
    got = extracting.incidents(text, "en", MAR10)
    assert len(got) == 1 and got[0].fatalities.high == 7, [(i.location.name, i.fatalities) for i in got]


DEFUSED = [
    ("Gunmen killed three people near Bunia on Sunday, the army said. Soldiers had also defused two explosive devices "
     "on the road to Komanda, the army said.", "en"),
    ("Des hommes armés ont tué trois personnes près de Bunia dimanche, selon l'armée. Les soldats ont aussi désamorcé "
     "deux engins explosifs sur la route de Komanda, selon l'armée.", "fr"),
]


@pytest.mark.parametrize("text,lang", DEFUSED, ids=[r[1] for r in DEFUSED])
def test_bombs_defused_after_the_lead_are_no_blast(text, lang):
    got = extracting.incidents(text, lang, MAR10)
    assert [i.sub_event_type for i in got] == ["Attack"], [(i.sub_event_type, extracting.doers(i)) for i in got]


HABIT = [
    ("Gunmen killed 11 men near Bunia on Sunday in an attack the army blamed on the ADF. The ADF, which pledged "
     "allegiance to the Islamic State group in 2019, rarely claims its attacks.", "en", "ADF"),
    ("Des hommes armés ont tué onze personnes près de Bunia dimanche, selon l'armée, qui accuse les ADF. Les ADF "
     "revendiquent rarement leurs attaques.", "fr", "ADF"),
]


@pytest.mark.parametrize("text,lang,group", HABIT, ids=[r[1] for r in HABIT])
def test_a_habit_of_claiming_is_no_claim(text, lang, group):
    got = extracting.incidents(text, lang, MAR10)
    assert got, "no incident"
    assert not [c for i in got for c in i.claims if c.speaker == group], \
        [(c.speaker, c.verb, c.certainty) for i in got for c in i.claims]


def test_a_claim_of_the_act_is_still_a_claim():
    # guard: the group's claim of this act stays
    text = "Gunmen killed 11 soldiers near Bunia on Sunday. The ADF claimed the attack on Monday."
    got = extracting.incidents(text, "en", MAR10)
    assert any(c.speaker == "ADF" for i in got for c in i.claims), [(c.speaker, c.verb) for i in got for c in i.claims]


def test_the_speaker_is_no_side_of_the_fight():
    text = "Gunmen killed 11 men near Bunia on Sunday in an attack blamed on the ADF, police said."
    got = extracting.incidents(text, "en", MAR10)
    assert len(got) == 1
    assert "police" not in " ".join(a.name.lower() for a in got[0].actors), [(a.role, a.name) for a in got[0].actors]
    assert any(c.speaker == "police" for c in got[0].claims)
