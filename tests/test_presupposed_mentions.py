"""A definite noun described by a past participle of the act ("the power towers blown up by the
rebels", "les pylônes dynamités par les rebelles") presupposes the act: it is the event already told
of that same target, now saying how it was done and by whom, not a new incident. Another target
("the bridges blown up") stays another event. Own sentences, EN and FR."""

import datetime as dt

import pytest
from extracting import incidents

PUB = dt.date(2021, 6, 14)


@pytest.mark.parametrize("text,lang,doer", [
    ("The blackout was caused by the destruction of seven power towers on Monday. Repairs will take five "
     "days until the power towers blown up by the rebels are rebuilt.", "en", "rebels"),
    ("La panne a été causée par la destruction de sept pylônes lundi. Les réparations dureront cinq jours "
     "jusqu'à ce que les pylônes dynamités par les rebelles soient reconstruits.", "fr", "rebelles"),
])
def test_a_target_told_as_blown_up_is_the_destruction_already_told(text, lang, doer):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 1
    inc = incs[0]
    assert inc.event_type == "Explosions/Remote violence"  # the later mention says how it was done
    assert [a.mention for a in inc.actors if a.role == "actor1"] == [doer]


@pytest.mark.parametrize("text,lang", [
    ("The blackout was caused by the destruction of seven power towers on Monday. Traffic will be cut "
     "until the bridges blown up by the rebels are rebuilt.", "en"),
    ("La panne a été causée par la destruction de sept pylônes lundi. La circulation restera coupée "
     "jusqu'à ce que les ponts dynamités par les rebelles soient reconstruits.", "fr"),
])
def test_another_target_blown_up_is_another_event(text, lang):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 2
    assert [i.event_type for i in incs] == ["Strategic developments", "Explosions/Remote violence"]
