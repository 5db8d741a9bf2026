"""Event-type rules for short English and French snippets (issue 3, CASE 2021 task 2): which
sentence leads, split phrasal verbs, protest refinements, territory and other strategic types.
Sentences are our own."""

import datetime as dt

import pytest
from extracting import incidents

PUB = dt.date(2021, 5, 4)


def _types(text, lang):
    return [i.sub_event_type for i in incidents(text, lang, PUB)]


@pytest.mark.parametrize("text,lang", [
    ("The two presidents met in Geneva on Monday. The rebels agreed to a ceasefire with the army.", "en"),
    ("Les deux présidents se sont rencontrés lundi à Genève. Les rebelles ont accepté un cessez-le-feu avec l'armée.",
     "fr"),
])
def test_a_strategic_development_leads_when_nothing_came_before(text, lang):
    assert _types(text, lang) == ["Agreement"]


@pytest.mark.parametrize("text,lang", [
    ("Gunmen killed three villagers on Monday. The rebels later agreed to a ceasefire.", "en"),
    ("Des hommes armés ont tué trois villageois lundi. Les rebelles ont ensuite accepté un cessez-le-feu.", "fr"),
])
def test_a_strategic_development_after_the_lead_event_stays_background(text, lang):
    assert _types(text, lang) == ["Attack"]
