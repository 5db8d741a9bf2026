"""How a name is known and what it names: main names before alternate names, a tiny territory
does not hide a city of its name, a division named as such is the division, the nations of the
United Kingdom have their own points."""

from __future__ import annotations

import pytest

from bilan.gazetteer import Gazetteer, distance_km


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_a_main_name_beats_a_place_that_only_has_it_as_an_alternate_name(gaz):
    # a small Californian town lists "Jerusalem" among its alternate names: in a US story the
    # name is still Jerusalem's
    place = gaz.resolve("Jerusalem", lang="en", country_hint="US")
    assert (place.name, place.country) == ("Jerusalem", "IL")
    # a Texan town known as "Maryville" loses to the towns called so, even next to Texas
    texas = gaz.resolve("Texas", lang="en")
    assert gaz.resolve("Maryville", lang="en", context=[texas], country_hint="US").name == "Maryville"


def test_a_very_big_city_keeps_its_alternate_name(gaz):
    assert gaz.resolve("New York", lang="en").name == "New York City"


def test_a_tiny_territory_does_not_hide_a_bigger_city_of_its_name(gaz):
    place = gaz.resolve("Norfolk", lang="en")
    assert (place.name, place.admin1, place.feature) == ("Norfolk", "US.VA", "city")
    # a country bigger than its namesake towns stays the country
    assert gaz.resolve("Lebanon", lang="en").feature == "country"


def test_a_division_named_as_such_is_the_division(gaz):
    place, precision = gaz.resolve_mention("the Province of Ontario", lang="en")
    assert (place.country, place.feature, precision) == ("CA", "admin1", "admin1")
    # the bare name of a province is a big city of the same name (Ontario, California)
    assert gaz.resolve("Ontario", lang="en").feature == "city"


@pytest.mark.parametrize(("name", "lang", "point"), [
    ("England", "en", (52.16, -0.70)), ("Scotland", "en", (56.5, -4.0)), ("Wales", "en", (52.5, -3.5)),
    ("Angleterre", "fr", (52.16, -0.70)), ("Écosse", "fr", (56.5, -4.0)), ("Pays de Galles", "fr", (52.5, -3.5)),
])
def test_the_nations_of_the_united_kingdom(gaz, name, lang, point):
    place, precision = gaz.resolve_mention(name, lang=lang)
    assert (place.country, precision) == ("GB", "admin1")
    assert distance_km(place.lat, place.lon, *point) < 5


@pytest.mark.parametrize(("name", "lang", "country"), [
    ("Holland", "en", "NL"), ("Hollande", "fr", "NL"), ("Trinidad", "en", "TT"), ("Tobago", "en", "TT"),
])
def test_common_country_names(gaz, name, lang, country):
    place = gaz.resolve(name, lang=lang)
    assert (place.country, place.feature) == (country, "country")
