"""State or city: cue words after a name, states named in the names of their own bodies, state
points, and the alternate name of a very big city."""

from __future__ import annotations

from bilan import nlp
from bilan.extract.places import find_places
from bilan.gazetteer import Gazetteer, distance_km


def places(text: str) -> list[tuple[str, str | None, str]]:
    return [(pm.text, pm.place.admin1, pm.place.feature) for pm in find_places(nlp.parse(text, "en"), "en")]


def test_a_cue_word_makes_the_name_a_state():
    got = places("The New York Gov. signed the budget on Friday, then flew to New York for a dinner.")
    assert got == [("New York", "US.NY", "admin1"), ("New York", "US.NY", "city")]
    assert places("The Washington state legislature passed the bill.") == [("Washington", "US.WA", "admin1")]


def test_a_state_body_says_where_the_story_is():
    got = places("A spokesman for the Indiana State Police said a trooper stopped the car in Richmond on Sunday.")
    assert got == [("Richmond", "US.IN", "city")]  # not the bigger Richmond, Virginia


def test_a_team_named_after_a_state_is_no_state_body():
    got = places("Officers of the Texas Rangers baseball team visited Toronto on Sunday.")
    assert got[0][1] == "CA.08"


def test_new_york_alone_is_the_city_and_the_state_point_is_central():
    gaz = Gazetteer.default()
    assert gaz.resolve("New York").feature == "city"
    (state,) = [c for c in gaz.candidates("New York") if c.feature == "admin1"]
    # the mean of the state's county points, near the state's geographic centre (about 43 N, 75.5 W),
    # not New York City
    assert distance_km(state.lat, state.lon, 43.0, -75.5) < 100
    assert gaz.resolve("Virginia", country_hint="US").feature == "admin1"


def test_the_state_as_a_party_places_the_story():
    # "the State of Ohio" is tagged as an organisation; it still says where Dublin is
    doc = nlp.parse("The Dublin Arts Council gave grants to three groups in Dublin. The grants are tax-exempt "
                    "under the laws of the State of Ohio.", "en")
    got = [(pm.text, pm.place.admin1) for pm in find_places(doc, "en")]
    assert got == [("Dublin", "US.OH")]


def test_a_state_and_state_open_an_organisations_name():
    # no body word, but "<state> State ..." is the state's own association
    got = places("She grew up in Cedar County. Her father is in the Nebraska State Baseball Association "
                 "hall of fame.")
    assert ("Cedar County", "US.NE", "admin2") in got  # not the bigger Cedar County, Iowa
    got = places("The tournament in Rochester was run by the Minnesota Chess Association on Saturday.")
    assert got == [("Rochester", "US.MN", "city")]  # an association of the state: not Rochester, NY



def test_a_state_of_the_story_is_no_small_town_named_after_it():
    # California, Maryland (12,000 people) lies in a state of the story's context and near
    # Washington: the state of the story's country is still meant by its own name
    gaz = Gazetteer.default()
    md = next(c for c in gaz.candidates("Maryland") if c.feature == "admin1")
    dc = next(c for c in gaz.candidates("Washington") if c.feature == "city")
    got = gaz.resolve("California", context=[md, dc], country_hint="US")
    assert (got.admin1, got.feature) == ("US.CA", "admin1")
    # a big city named like a state keeps its name ("Washington" is the capital)
    assert gaz.resolve("Washington", context=[md], country_hint="US").feature == "city"
