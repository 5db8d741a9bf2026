"""Names of one story lie near each other: among namesakes, the place near the other names'
namesakes wins (bilan.extract.places._Coherence); famous names do not pull each other abroad."""

from __future__ import annotations

import pytest

from bilan import nlp
from bilan.extract import places as P
from bilan.extract.places import find_places
from bilan.gazetteer import Gazetteer, distance_km


def resolved(text: str) -> dict[str, str | None]:
    return {pm.text: pm.place.admin1 for pm in find_places(nlp.parse(text, "en"), "en")}


@pytest.mark.parametrize(("text", "expected"), [
    # Springfield, Illinois has Chatham as a suburb; the bigger Springfield is in Missouri
    ("Police in Springfield said a man from Chatham was arrested on Tuesday after a chase.",
     {"Springfield": "US.IL", "Chatham": "US.IL"}),
    # Georgetown, Kentucky is next to Lexington; the bigger Georgetown is in Texas
    ("Police in Lexington said a man from Georgetown was arrested on Tuesday after a chase.",
     {"Lexington": "US.KY", "Georgetown": "US.KY"}),
])
def test_namesakes_near_each_other_win(text, expected):
    got = resolved(text)
    assert {k: got.get(k) for k in expected} == expected


def test_without_coherence_the_bigger_namesake_wins(monkeypatch):
    monkeypatch.setattr(P, "COHERENCE_WEIGHT", 0.0)
    # and without the state's vote (Chatham read in Illinois would take Springfield there too)
    monkeypatch.setattr(P, "STATE_VOTE_MARGIN", 10**6)
    got = resolved("Police in Springfield said a man from Chatham was arrested on Tuesday after a chase.")
    assert got["Springfield"] == "US.MO"


def test_famous_names_keep_their_famous_places():
    # small towns named Paris, London and Berlin lie near each other in the United States; the
    # famous names support nothing
    got = resolved("The mayor of Paris met the mayor of London and the mayor of Berlin on Monday.")
    assert (got["Paris"], got["London"], got["Berlin"]) == ("FR.11", "GB.ENG", "DE.16")


def test_an_unbacked_small_namesake_does_not_take_a_world_city_from_the_hint():
    # a US story (Chicago, Boston, Denver) names Moscow: nothing near Moscow, Idaho is named
    got = resolved("The airline will fly from Chicago and Boston to Moscow next spring, a spokesman said in Denver.")
    assert got["Moscow"] == "RU.48"
    # ... but Moscow next to Pullman is Moscow, Idaho
    got = resolved("Police in Moscow and Pullman searched for the suspect on Sunday, a spokesman said in Boise.")
    assert got["Moscow"] == "US.ID"


def test_an_unbacked_namesake_known_by_an_alternate_name_does_not_win_either():
    got = resolved("A traveller from Newark, New Jersey, boarded a plane to Paris on Monday.")
    assert got["Paris"] == "FR.11"


def test_places_the_other_names_backed_are_context_for_the_unbacked_ones():
    # Platte County is backed by Columbus and Norfolk, Nebraska; then the bigger Columbus (Ohio)
    # and Norfolk (Virginia) give way to the towns of Platte County's state
    got = resolved("A Columbus woman was fined in Platte County on Wednesday. She had met the man in Norfolk.")
    assert got == {"Columbus": "US.NE", "Platte County": "US.NE", "Norfolk": "US.NE"}



def test_a_namesake_known_only_by_an_alternate_name_gives_no_support():
    # Richwood, Ohio is also known as "Richmond": it is no Richmond that backs Madison County,
    # Ohio (Richmond, Kentucky, a Richmond by its own name, backs Madison County, Kentucky)
    gaz = Gazetteer.default()
    assert any(c.name == "Richwood" for c in gaz.candidates("Richmond", lang="en"))
    assert not any(c.name == "Richwood" for c in gaz.main_candidates("Richmond", lang="en"))
    doc = nlp.parse("The shelter in Richmond serves the women of Madison County.", "en")
    out = find_places(doc, "en")
    support = P._Coherence(out, gaz, "en").support_for("Madison County")
    counties = {c.admin1: c for c in gaz.candidates("Madison County", lang="en")}
    assert support(counties["US.OH"]) == 0 and support(counties["US.KY"]) > 0


def test_a_town_named_in_an_organisation_backs_its_neighbours():
    # Zionsville, Indiana is no place of the story, but its education foundation says which
    # Boone County is meant (not the first of eight, Arkansas)
    got = resolved("Grants were given at the Community Foundation of Boone County breakfast on Tuesday. "
                   "The Zionsville Education Foundation received $5,000 for the schools of Boone County.")
    assert got == {"Boone County": "US.IN"}


def test_a_name_within_another_does_not_back_it():
    # "North Richmond" (a place in California) and "Richmond" are one name: they do not agree
    # with each other against the Virginia university that places the story
    got = resolved("A patient at the Virginia Commonwealth University Medical Center in Richmond was "
                   "moved from a clinic in North Richmond on Monday.")
    assert got["Richmond"] == "US.VA"


def test_a_small_stray_namesake_is_read_where_the_story_gathers():
    # Logan, Missouri is too small for the gazetteer; Logan, Pennsylvania is far from the story's
    # Missouri places and nothing backs it: the town is read near them
    text = ("Logan Elementary was formed when eight eastern Greene County rural districts consolidated. "
            "High school students had a choice -- Rogersville or Springfield. Later, Webster County "
            "districts joined Rogersville, and in 1965 Rogersville voted to annex to Logan.")
    (logan,) = [pm for pm in find_places(nlp.parse(text, "en"), "en") if pm.text == "Logan"]
    assert (logan.place.admin1, logan.precision) == ("US.MO", "near")
    assert distance_km(logan.place.lat, logan.place.lon, 37.12, -93.05) < 100  # near Rogersville, MO
    got = resolved("She was born in Grantville. Her son lives in Lebanon, and her sister in Myerstown.")
    assert got["Grantville"] == "US.PA"  # not Grantville, Georgia


def test_a_name_mentioned_more_than_the_gathered_places_stays():
    # the story's own town, named more often than the places of the state its visitor came from
    got = resolved("Maryville mourned on Sunday. In Maryville the pastor from Fort Worth, Texas spoke "
                   "to the congregation. Maryville will remember.")
    assert got["Maryville"] == "US.TN"
