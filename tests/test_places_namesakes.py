"""Local namesakes of countries and famous places: a country's name is a town of the story's
country when the story's other names back it or a town word or a dateline says so; repeated
names count once for the story's country; names placed by such words settle the story's other
names; a capitalised common word opening a sentence is no place."""

from __future__ import annotations

from bilan import nlp
from bilan.extract.places import find_places


def places(text: str) -> list[tuple[str, str | None, str]]:
    return [(pm.text, pm.place.admin1 or pm.place.country, pm.place.feature)
            for pm in find_places(nlp.parse(text, "en"), "en")]


def test_a_common_word_opening_a_sentence_is_not_a_place():
    # "Man" is a town of Cote d'Ivoire; here it is the headline's first word
    got = places("Man gets five years for burglary. The judge in Chicago said the sentence was fair.")
    assert got == [("Chicago", "US.IL", "city")]


def test_a_repeated_country_name_does_not_hide_the_towns_around_it():
    got = places("She lived in Lebanon for forty years. Services will be held in Lebanon on Friday, "
                 "with burial in Myerstown. Her sister lives in Lebanon and her son in Annville.")
    assert ("Myerstown", "US.PA", "city") in got and ("Annville", "US.PA", "city") in got
    # Lebanon, Pennsylvania lies between them
    assert {p for n, p, _ in got if n == "Lebanon"} == {"US.PA"}


def test_a_country_name_backed_by_a_nearby_name_is_the_town():
    got = dict((n, p) for n, p, _ in places(
        "Roads in Jordan and Belle Plaine were closed by the snow on Tuesday, Scott County officials said."))
    assert got["Jordan"] == "US.MN" and got["Scott County"] == "US.MN"


def test_a_country_named_with_its_region_stays_the_country():
    got = dict((n, p) for n, p, _ in places(
        "Jordan and Syria closed their border on Tuesday, officials in Washington said."))
    assert got["Jordan"] == "JO"
    got = dict((n, p) for n, p, _ in places(
        "Lebanon and Israel traded fire on Tuesday; the army in Beirut said two soldiers died."))
    assert got["Lebanon"] == "LB"


def test_a_dateline_in_capitals_names_a_town():
    got = places("LEBANON (AP) - An Ohio man accused of killing his wife went on trial on Monday.")
    assert got[0] == ("LEBANON", "US.OH", "city")


def test_a_town_placed_by_a_town_word_settles_its_county():
    got = dict((n, p) for n, p, _ in places(
        "A Paris man was arrested at Paris City Hall on Sunday. He will appear in Henry County "
        "General Sessions Court on Tuesday."))
    assert got == {"Paris": "US.TN", "Henry County": "US.TN"}


def test_names_abroad_stay_abroad_when_a_home_town_is_placed():
    got = dict((n, p) for n, p, _ in places(
        "GEORGETOWN, Ky. - A doctor from Georgetown was in France on holiday. A gunman opened fire "
        "in Paris on Thursday, she said."))
    assert got["Georgetown"] == "US.KY" and got["Paris"] == "FR.11"


def test_a_province_named_as_such_is_the_province_in_the_whole_story():
    got = places("The Province of Ontario announced a new budget. Critics said Ontario cannot afford it.")
    assert [(p, f) for _, p, f in got] == [("CA", "admin1"), ("CA", "admin1")]


def test_a_city_named_like_its_province_stays_the_city():
    got = places("Shelling hit Idlib province on Monday. In Idlib, residents fled.")
    assert got[-1] == ("Idlib", "SY.12", "city")


def test_a_famous_name_supports_through_its_famous_place():
    # Richmond, London lies inside London; Richmond, Virginia is bigger
    got = places("Richmond council said traffic in Richmond was as bad as anywhere in London. Richmond "
                 "will add bike lanes, and London will pay for them.")
    assert {p for n, p, _ in got if n == "Richmond"} == {"GB.ENG"}


def test_a_state_body_named_like_a_country_places_the_story():
    got = places("An Albany man was arrested in Albany on Wednesday by Georgia Bureau of Investigation agents.")
    assert {p for _, p, _ in got} == {"US.GA"}


def test_a_name_does_not_vote_for_its_own_country():
    # "Athens" twice would make the story Greek; the Texas Forest Service says where it is
    got = places("Rain fell on Athens on Tuesday, the Texas Forest Service said. Athens will lift its burn ban.")
    assert {p for _, p, _ in got} == {"US.TX"}


def test_a_famous_name_taken_to_a_small_namesake_settles_the_other_names():
    # Paris is Paris, Tennessee by Henry County; then Henry County is Tennessee's
    got = dict((n, p) for n, p, _ in places(
        "A Paris man was arrested on Sunday, the Paris Post reported. He will appear in Henry County court."))
    assert got == {"Paris": "US.TN", "Henry County": "US.TN"}


def test_a_state_holds_a_town_of_the_story():
    # read alone, Virginia is a South African city and Alexandria the Egyptian one; together they
    # are the state and its town
    got = places("Police in Alexandria found the body on Monday. Officials in Virginia said the suspect had fled.")
    assert got == [("Alexandria", "US.VA", "city"), ("Virginia", "US.VA", "admin1")]


def test_a_country_with_its_own_places_is_not_a_state():
    got = dict((n, p) for n, p, _ in places("Georgia and Greece signed a trade deal in Athens on Monday."))
    assert got == {"Georgia": "GE", "Greece": "GR", "Athens": "GR.ESYE31"}


def test_a_town_body_places_the_town_in_the_state_of_the_story():
    got = dict((n, p) for n, p, _ in places(
        "Kay was taken to Paris Regional Medical Center, the Paris Police Department said. She was from "
        "Paris. She later died in a Dallas hospital."))
    assert got == {"Paris": "US.TX", "Dallas": "US.TX"}


def test_derived_forms_of_a_name_count_once_against_its_state():
    # "Georgia" and "north Georgia" both read as the country are one backing, not two: Atlanta,
    # already read in the state, makes both Georgia's state
    from bilan.extract.places import PlaceMention, _states_holding_names
    from bilan.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    country = gaz.resolve("Georgia", lang="en")
    atlanta = gaz.resolve("Atlanta", lang="en")
    assert (country.feature, atlanta.admin1) == ("country", "US.GA")
    out = [PlaceMention(0, 7, "Georgia", 0, country, "country"),
           PlaceMention(20, 33, "north Georgia", 4, country, "country"),
           PlaceMention(40, 47, "Atlanta", 8, atlanta, "exact")]
    got = _states_holding_names(out, gaz, "en")
    assert (got[0].place.admin1, got[0].place.feature) == ("US.GA", "admin1")
    assert got[2].place == atlanta


def test_a_word_opening_the_name_is_read_with_it():
    # the tagger reads "PARIS" in the dateline "ST. PARIS --": the name is St. Paris, Ohio
    got = places("Family, friends mourn four children. ST. PARIS — Scott Randall cried when he saw the "
                 "home near Urbana, Ohio.")
    assert got[0] == ("ST. PARIS", "US.OH", "city")


def test_an_untagged_word_does_not_say_where_the_story_is():
    # the headline's "Man" (a town of Cote d'Ivoire, untagged) is no vote against the United
    # States, where Boone County is: Lebanon, a town word after it, is Lebanon, Indiana
    got = dict((n, p) for n, p, _ in places(
        "Man accused of possessing stolen goods. Terry Jolly, 60, Lebanon, was arrested Thursday. "
        "Jolly, who has no prior arrest record in Boone County, was taken into custody by Lebanon Police."))
    assert got["Lebanon"] == "US.IN" and got["Boone County"] == "US.IN"


def test_a_derived_form_goes_with_the_state_its_name_became():
    # "Georgia" is the state next to Atlanta; "North Georgia", read at the same place, follows it
    got = places("Snow fell across North Georgia on Sunday. Atlanta schools closed, and Georgia officials "
                 "warned drivers to stay home.")
    assert got[0] == ("North Georgia", "US.GA", "admin1")


def test_a_small_home_namesake_gives_way_to_a_capital_abroad():
    # Washington, Tyne and Wear (67,000) is in the story's country; nothing backs it, and the
    # capital of the United States (690,000) is the world city of that name
    got = places("The British minister left London on Monday and flew to Washington for talks with "
                 "the Americans.")
    assert ("Washington", "US.DC", "city") in got
