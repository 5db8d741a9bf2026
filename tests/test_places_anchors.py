"""Ambiguous names settle on the document's sure places (a state named, a name only one place bears)."""

from bilan import nlp
from bilan.extract.places import find_places


def resolved(text: str) -> dict[str, tuple[str, str | None]]:
    return {pm.text: (pm.place.country, pm.place.admin1) for pm in find_places(nlp.parse(text, "en"), "en")}


def test_a_namesake_city_follows_the_state_named_in_the_story():
    got = resolved("Two men were arrested on Monday in Charleston after a shooting. "
                   "The sheriff of Kanawha County said the West Virginia State Police would investigate.")
    assert got["Charleston"] == ("US", "US.WV")  # not the bigger Charleston, South Carolina


def test_a_story_without_anchors_keeps_the_biggest_namesake():
    got = resolved("Two men were arrested on Monday in Charleston after a shooting.")
    assert got["Charleston"][0] == "US"


def test_a_state_name_in_a_story_set_in_its_country_is_the_state():
    from bilan.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    assert gaz.resolve("Virginia", country_hint="US").feature == "admin1"
    assert gaz.resolve("Beni").country == "CD"  # a big city still beats a province abroad (Beni, Bolivia)
    assert gaz.resolve("Gaza").country == "PS"
