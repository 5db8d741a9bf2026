"""Senses and modality of event words: a work stoppage is no air strike, acts listed among the ones
being prepared are not events (FR and EN)."""

import datetime as dt

import extracting
import pytest

PUBLISHED = dt.date(1990, 3, 5)


def incidents(text: str, lang: str):
    return extracting.incidents(text, lang, PUBLISHED)


def test_a_strike_told_elsewhere_as_a_work_stoppage_is_no_air_strike():
    text = ("A 48-hour strike by transport workers paralysed La Paz on Tuesday. "
            "The government said the strike had been backed by armed rebel groups.")
    assert not [i for i in incidents(text, "en") if i.sub_event_type == "Air/drone strike"]


@pytest.mark.parametrize("text,lang", [
    ("Extremist groups are preparing for violent actions, including bombings and attacks on banks, "
     "for next week's vote, the union leader said.", "en"),
    ("Des groupes extrémistes préparent des actions violentes, notamment des attentats et des attaques "
     "contre des banques, pour le scrutin de la semaine prochaine.", "fr"),
])
def test_acts_listed_among_the_ones_prepared_are_not_events(text, lang):
    assert incidents(text, lang) == []


def test_what_happens_habitually_is_no_event():
    text = ("The vice president spoke to reporters in San Salvador on Monday. He said the country had "
            "reached a situation in which people are killed and the culprits calmly walk away.")
    assert incidents(text, "en") == []


def test_what_happened_told_after_the_lead_is_still_an_event():
    text = ("The vice president spoke to reporters in San Salvador on Monday. Two farmers were killed "
            "near Usulutan, he said.")
    assert [i.sub_event_type for i in incidents(text, "en")] == ["Attack"]


def test_a_present_perfect_is_no_habit():
    text = ("Oil spilled into the river near Neiva on Friday. This is the second time this month that "
            "terrorists have attacked the pipeline.")
    assert any(i.targets for i in incidents(text, "en"))
