"""US counties: indexed by their full name as second-level divisions of their state, with a
point from the cities listed in them; a same-named county of several states follows the story."""

from __future__ import annotations

import pytest

from bilan import nlp
from bilan.extract import places as P
from bilan.extract.places import find_places
from bilan.gazetteer import Gazetteer, distance_km


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_a_county_is_a_division_of_its_state_not_a_namesake_city(gaz):
    place, precision = gaz.resolve_mention("Laurel County", lang="en")
    assert (place.country, place.admin1, place.feature, precision) == ("US", "US.KY", "admin2", "admin2")
    # Laurel County, Kentucky lies around London, KY (about 37.1 N, 84.1 W)
    assert distance_km(place.lat, place.lon, 37.13, -84.08) < 40


def test_parishes_and_possessives(gaz):
    assert gaz.resolve("Orleans Parish").admin1 == "US.LA"
    assert gaz.resolve("Prince George's County").admin1 == "US.MD"


def test_same_named_counties_follow_the_state_in_context(gaz):
    indiana = gaz.resolve("Indiana", country_hint="US")
    assert indiana.feature == "admin1"
    assert gaz.resolve("Henry County", context=[indiana], country_hint="US").admin1 == "US.IN"
    ohio = gaz.resolve("Ohio", country_hint="US")
    assert gaz.resolve("Henry County", context=[ohio], country_hint="US").admin1 == "US.OH"


def test_a_county_in_a_story_anchors_its_towns():
    doc = nlp.parse("Deputies of the Laurel County sheriff's office searched a home near London on "
                    "Tuesday, a spokesman said.", "en")
    got = {pm.text: pm.place for pm in find_places(doc, "en")}
    assert got["Laurel County"].admin1 == "US.KY"


def test_counties_follow_the_sources_code_point_order(gaz):
    # the source numbers "De Soto", "DeKalb", "DeWitt", "Deaf Smith" in code point order: DeKalb
    # County, Georgia (around Decatur) and Deaf Smith County, Texas (Hereford) get their own points
    dekalb = [c for c in gaz.candidates("DeKalb County", lang="en") if c.admin1 == "US.GA"]
    assert dekalb and distance_km(dekalb[0].lat, dekalb[0].lon, 33.77, -84.27) < 40
    deaf = [c for c in gaz.candidates("Deaf Smith County", lang="en") if c.admin1 == "US.TX"]
    assert deaf and distance_km(deaf[0].lat, deaf[0].lon, 34.82, -102.40) < 60


def test_names_listed_before_counties_are_counties():
    doc = nlp.parse("Schools closed in Butler, Clark, Montgomery or Warren counties in Ohio on Monday. "
                    "Indiana counties stayed open.", "en")
    got = [(pm.text, pm.place.admin1, pm.place.feature) for pm in find_places(doc, "en")]
    # each listed name is its county (Warren County, not the city of Warren far in the north-east)
    assert [g for g in got if g[2] == "admin2"] == [
        (f"{n} County", "US.OH", "admin2") for n in ("Butler", "Clark", "Montgomery", "Warren")]
    # one name before "counties" is a state's (or a city's) counties, not a county list
    assert ("Indiana", "US.IN", "admin1") in got


def test_a_language_without_division_plurals_lists_no_divisions():
    # French has no plural division word to list names before: no pattern, nothing listed (an
    # empty alternation would match at every word boundary)
    assert P._division_plurals_re("fr") is None
    assert P._division_plurals_re("en").search("Warren Counties") is not None
    doc = nlp.parse("Les écoles de Butler, Clark et Warren ont fermé lundi.", "fr")
    assert P._listed_divisions(doc, doc.text, Gazetteer.default(), "fr") == {}
