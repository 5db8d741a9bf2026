"""Towns the gazetteer lacks, placed in the region the story names; two acts of one sentence that name one place
(h-region). Sentences written for this file, with places and names of our own (the towns below are in no
gazetteer file).

- A town the gazetteer lacks, told in a later sentence than the region that holds it ("Rebels attacked a military
  post in Cauca department on Sunday. The attack on the post in Puerto Zalendo ..."), is the act's place: its name as
  written, unresolved, no coordinates, in that region (precision admin1), when the region is the one the story names
  and all its places lie in it (incidents._story_region); the act told again there takes the town as its finer
  place (incidents._unknown_inside). Before: the act stayed at the region, the town's name only in the evidence.
- So in French (« dans la province de l'Ituri ... à Kabelenge », « dans la région de Tillabéri ... à Koutoumbara »),
  and for a town read by a near spelling at the story's country (Kabelenge): that country's one region named.
- A town the gazetteer lacks named with its region in the same phrase, after a comma ("in the village of Kpalindo,
  Ouham prefecture"; the tagger calls both names persons): before, no place at all (places._container_after took
  no region after a comma, places._division_before_its_word frees a division's name before its word).
- A small town read in a story that names no country, coordinated with a name the gazetteer lacks ("in Ornans and
  Kentwell Town"): no namesake abroad (places._listed_with_unknown). Before: Ornans, France.
- Two acts of one sentence split by their days, the second with no place of its own ("killed four civilians in Bria
  on Monday, and later abducted ten women on Wednesday"): both at the first's place, not at the town of the sentence
  before (incidents._share_the_place). Before: the abduction at Bambari. « à Bria lundi », tagged one person, is Bria
  (places._person_in_place_slot reads the tagger's name less the day it joined to it); before, no place.
- Three acts of one sentence, each in a clause, place and day of its own ("killed four farmers in Djibo on Monday,
  abducted ten women in Arbinda on Tuesday and shot dead two traders in Dori on Wednesday"): three incidents
  (incidents._third_act splits the clause of one of the two acts _two_acts found). Before: two, Dori's act lost in
  the abduction's clause.
- Guards: two regions named (the town stays at the country); a town of another country told as a comparison ("as in
  Kidal last year": places.told_as_comparison, no place of the act, no bar to the region); a name after a person's
  title (no place); a lone small town in a story that names no country keeps its reading.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import ABD, ATT, found, incidents

PUB = dt.date(2024, 5, 15)  # a Wednesday

# (text, lang, the town as written, country, region words ("A|B"), or None for precision country)
IN_REGION = [
    ("Rebels attacked a military post in Cauca department on Sunday. The attack on the post in Puerto Zalendo left "
     "four soldiers dead.", "en", "Puerto Zalendo", "CO", "Cauca"),
    ("Des rebelles ont attaqué dimanche un poste militaire dans la province de l'Ituri. L'attaque contre le poste, à "
     "Kabelenge, a fait quatre morts parmi les soldats.", "fr", "Kabelenge", "CD", "Ituri"),
    ("Des jihadistes ont attaqué mardi un poste de gendarmerie dans la région de Tillabéri. L'attaque à Koutoumbara a "
     "fait six morts parmi les gendarmes.", "fr", "Koutoumbara", "NE", "Tillabéri"),
    ("Jihadists attacked a police post in Niger's Tillaberi region on Tuesday. The attack in Koutoumbara killed six "
     "policemen.", "en", "Koutoumbara", "NE", "Tillabéri|Tillaberi"),
    ("Jihadists attacked a police post in the Tillabéri region on Tuesday. The attack in Koutoumbara killed six "
     "policemen.", "en", "Koutoumbara", "NE", "Tillabéri|Tillaberi"),
    ("Gunmen killed four villagers in the village of Kpalindo, Ouham prefecture, on Sunday.", "en", "Kpalindo", "CF",
     "Ouham"),
    ("Gunmen killed four villagers in Kpalindo, Ouham prefecture, on Sunday.", "en", "Kpalindo", "CF", "Ouham"),
    ("Des hommes armés ont tué quatre villageois dimanche à Kpalindo, dans la préfecture de l'Ouham.", "fr",
     "Kpalindo", "CF", "Ouham"),
    # guard: a town of another country told as a comparison is no place of the act, nor a bar to the region
    ("Jihadists attacked an army post in the Tillabéri region on Tuesday, as in Kidal last year. The attack on the "
     "post in Koutoumbara killed six soldiers.", "en", "Koutoumbara", "NE", "Tillabéri|Tillaberi"),
    ("Des jihadistes ont attaqué mardi un poste de l'armée dans la région de Tillabéri, comme à Kidal l'an dernier. "
     "L'attaque à Koutoumbara a fait six morts parmi les soldats.", "fr", "Koutoumbara", "NE", "Tillabéri"),
]


@pytest.mark.parametrize("text,lang,written,country,region", [
    pytest.param(*r, id=f"{r[1]}-{i:02d}-{r[2]}") for i, r in enumerate(IN_REGION)])
def test_a_town_the_gazetteer_lacks_takes_the_region_the_story_names(text, lang, written, country, region):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 1, [(i.sub_event_type, i.location.name) for i in incs]
    loc = incs[0].location
    got = loc.model_dump()
    assert loc.name == written and loc.mention == written, got
    assert loc.resolved is False, got
    assert loc.lat is None and loc.lon is None and loc.geonames_id is None, got
    assert loc.country == country, got
    if region is None:
        assert loc.precision == "country" and loc.region is None, got
    else:
        assert found(region, [loc.region]), got
        assert loc.precision == "admin1", got
    # the town's words are the location's evidence, not the region's
    assert [e.text for e in incs[0].evidence if e.field == "location"] == [written]


def test_two_regions_named_leave_the_town_at_its_country():
    """Two regions named: the story says of neither that it holds the town."""
    text = ("Aid groups work in Ituri province and in North Kivu province. Gunmen killed three traders in Kabelenge on "
            "Monday.")
    incs = incidents(text, "en", PUB)
    towns = [i.location for i in incs if i.location.name == "Kabelenge"]
    assert towns, [(i.sub_event_type, i.location.name) for i in incs]
    assert all(t.region is None and t.precision == "country" and t.country == "CD" for t in towns), \
        [t.model_dump() for t in towns]


def test_a_name_after_a_title_is_no_town():
    text = ("Rebels attacked a military post in Cauca department on Sunday. The attack on the post was led by "
            "Commander Zalendo and left four soldiers dead.")
    incs = incidents(text, "en", PUB)
    assert len(incs) == 1
    loc = incs[0].location
    assert loc.name == "Cauca" and loc.resolved is None and loc.precision == "admin1", loc.model_dump()


# (text, lang, the place's name or None for no place)
LISTED = [
    ("Gunmen killed five people in Ornans and Kentwell Town on Saturday.", "en", None),
    # guard: alone, in a story that names no country, a small town keeps the gazetteer's reading
    ("Gunmen killed five people in Ornans on Saturday.", "en", "Ornans"),
]


@pytest.mark.parametrize("text,lang,name", LISTED)
def test_a_small_town_beside_a_name_the_gazetteer_lacks_is_no_namesake_abroad(text, lang, name):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 1
    assert incs[0].location.name == name, incs[0].location.model_dump()


# (text, lang, [(sub-event type, place name)]): two acts of one sentence split by their days, one place
ONE_PLACE_TWO_ACTS = [
    ("Fighting displaced thousands around Bambari this month. Armed men killed four civilians in Bria on Monday, "
     "and later abducted ten women on Wednesday.", "en", [(ATT, "Bria"), (ABD, "Bria")]),
    ("Des combats ont déplacé des milliers de personnes autour de Bambari ce mois-ci. Lundi, des hommes armés ont tué "
     "quatre civils à Bria, puis enlevé dix femmes mercredi.", "fr", [(ATT, "Bria"), (ABD, "Bria")]),
    # (« Bria lundi » tagged one person: the town less the day the tagger joined to it, places._person_in_place_slot)
    ("Des combats ont déplacé des milliers de personnes autour de Bambari ce mois-ci. Des hommes armés ont tué quatre "
     "civils à Bria lundi, puis enlevé dix femmes mercredi.", "fr", [(ATT, "Bria"), (ABD, "Bria")]),
]


@pytest.mark.parametrize("text,lang,acts", ONE_PLACE_TWO_ACTS)
def test_the_second_act_with_no_place_of_its_own_takes_the_first_acts(text, lang, acts):
    incs = incidents(text, lang, PUB)
    for sub, place in acts:
        inc = next((i for i in incs if i.sub_event_type == sub), None)
        assert inc is not None, [(i.sub_event_type, i.location.name) for i in incs]
        assert inc.location.name == place, inc.location.model_dump()
        assert [e.text for e in inc.evidence if e.field == "location"] == [place]


THREE_ACTS = [
    pytest.param(
        "Gunmen killed four farmers in Djibo on Monday, abducted ten women in Arbinda on Tuesday and shot dead two "
        "traders in Dori on Wednesday.", "en", ["Djibo", "Aribinda", "Dori"], id="en-three-acts"),
    pytest.param(
        "Des hommes armés ont tué quatre paysans à Djibo lundi, enlevé dix femmes à Arbinda mardi et abattu deux "
        "commerçants à Dori mercredi.", "fr", ["Djibo", "Aribinda", "Dori"], id="fr-three-acts"),
]


@pytest.mark.parametrize("text,lang,places", THREE_ACTS)
def test_three_acts_of_one_sentence_each_at_its_place(text, lang, places):
    incs = incidents(text, lang, PUB)
    assert sorted(i.location.name for i in incs) == sorted(places), \
        [(i.sub_event_type, i.location.name) for i in incs]
    by_place = {i.location.name: i for i in incs}
    # each with the dead and the day its clause tells
    assert [by_place[p].fatalities and by_place[p].fatalities.best for p in places] == [4, None, 2]
    assert by_place[places[1]].sub_event_type == ABD
    assert [by_place[p].date.start for p in places] == [dt.date(2024, 5, 13), dt.date(2024, 5, 14), PUB]
