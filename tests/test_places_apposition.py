"""A name followed by its state or country ("Paris, Texas"), and country names used for towns
("a Lebanon man"): the document keeps one place per name."""

from __future__ import annotations

from bilan import nlp
from bilan.extract.places import find_places


def places(text: str) -> list[tuple[str, str | None, str]]:
    return [(pm.text, pm.place.admin1 or pm.place.country, pm.place.feature)
            for pm in find_places(nlp.parse(text, "en"), "en")]


def test_a_name_followed_by_its_state_is_in_that_state_in_every_mention():
    got = places("The festival in Paris, Texas, drew crowds on Saturday. Later that night Paris "
                 "officers closed two streets near the courthouse.")
    assert [p for p in got if p[0] == "Paris"] == [("Paris", "US.TX", "city")] * 2


def test_a_name_followed_by_its_country_stays_there():
    got = places("Officials in Paris, France, signed the agreement.")
    assert got[0] == ("Paris", "FR.11", "city")


def test_a_country_name_before_a_town_noun_is_the_town():
    got = places("A Lebanon man was arrested on Friday after a crash on the highway near Zionsville, "
                 "Indiana. Lebanon is the seat of Boone County.")
    assert [p for p in got if p[0] == "Lebanon"] == [("Lebanon", "US.IN", "city")] * 2


def test_a_country_in_a_story_abroad_stays_a_country():
    got = places("Fighting continued in southern Lebanon on Friday, a Lebanese army officer said.")
    assert got == [("Lebanon", "LB", "country")]


def test_a_county_named_in_its_sheriffs_office_places_the_town():
    # "Edgar County" (only Illinois has one) is inside a facility's name, not a place mention,
    # but it says which Paris the story means
    got = places("Jane Doe, 26, of Paris, was held in the Edgar County Sheriff's Department on Friday.")
    assert got == [("Paris", "US.IL", "city")]


def test_a_name_apposed_to_another_name_of_one_of_its_places():
    # "D.C." is only Washington, D.C.: the apposed "Washington" is that city, not the namesake
    # town the story's New Jersey names are near
    got = [(pm.text, pm.place.admin1) for pm in find_places(nlp.parse(
        "The ticket was sold in Morris County, at a gas station in Riverdale. Winners in New Jersey "
        "can claim prizes, unlike winners in Washington, D.C.", "en"), "en")]
    assert ("Washington", "US.DC") in got


def test_a_town_unknown_in_its_apposed_state_is_read_at_the_state():
    # Grantville, Pennsylvania is too small for the gazetteer: the state, not Grantville, Georgia
    got = places("Martha was born in Grantville, Pennsylvania, and attended school in Grantville.")
    assert [g for g in got if g[0] == "Grantville"] == [("Grantville", "US.PA", "admin1")] * 2
    # a list of states is no apposition
    got = places("Singers came from Missouri, New York, North Carolina and Virginia.")
    assert ("New York", "US.NY", "city") in got or ("New York", "US.NY", "admin1") in got


def test_a_name_after_a_person_s_title_is_the_person_s():
    text = ("SAN SALVADOR, 12 NOV 89 -- [TEXT] THE ACTION WAS ORDERED BY COLONEL RENE EMILIO PONCE, "
            "CHAIRMAN OF THE JOINT CHIEFS OF STAFF, THE FMLN SAID IN SAN SALVADOR.")
    names = [p[0] for p in places(text)]
    assert "PONCE" not in names and "SAN SALVADOR" in names, names
    fr = "Le colonel Ponce a ordonné l'attaque, a déclaré le FMLN à San Salvador."
    names = [pm.text for pm in find_places(nlp.parse(fr, "fr"), "fr")]
    assert "Ponce" not in names and "San Salvador" in names, names
