"""An act told as what someone can or will do ("all they can do is bomb the place", "tout ce qu'ils
peuvent faire, c'est bombarder la ville") is a possibility, not a deed: the modal sits on the verb of
the relative clause that names the act, not on the act's own verb. What they did stays a deed.
Own sentences, EN and FR."""

import datetime as dt

import pytest
from extracting import incidents

PUB = dt.date(2021, 6, 14)


@pytest.mark.parametrize("text,lang", [
    ('The rebel commander said on Monday: "All they can do is bomb the place."', "en"),
    ("The rebels say that what the army will do next is shell the town.", "en"),
    ("Le chef rebelle a déclaré lundi : « Tout ce qu'ils peuvent faire, c'est bombarder la ville. »", "fr"),
])
def test_what_they_can_do_is_no_incident(text, lang):
    assert incidents(text, lang, PUB) == []


@pytest.mark.parametrize("text,lang", [
    ("Residents said on Monday that all the army did was bomb the village.", "en"),
    ("Des habitants ont déclaré lundi que tout ce que l'armée a fait, c'est bombarder le village.", "fr"),
])
def test_what_they_did_stays_a_deed(text, lang):
    assert len(incidents(text, lang, PUB)) == 1
