"""Places left (h-places11): a town named as its division, a town spelled near its name in the region told after it,
a bearing told of a town that is also a division, a regional bureau's dateline.

- A first-level division and a town of its country that bears the division's name only as another of its names,
  its own name being the division's spelled another way (the same consonant skeleton: Dayr al Balaḩ for "Deir
  el-Balah", Ḩamāh for "Hama", Dar‘ā for "Daraa"), 50,000 people at least, within ADMIN1_CAPITAL_KM of the division's
  point: the bare name is the town (gazetteer.Gazetteer._choose, ``_respelt_name``; before, only a town within 5 km of
  the division's point, the point a centroid for these). A division's word keeps the division ("Deir el-Balah
  governorate"); a town known by the division's name but named otherwise (Kangar for Perlis, Oklahoma City for
  Oklahoma) does not take it. Before: the governorate (admin1).
- A name told inside a region or a country the text names after it (« à Nousseirat, dans le centre de la bande de
  Gaza ») that the gazetteer reads there by a near spelling only (consonant skeleton, or the language's respellings
  whatever the town's size: gazetteer.Gazetteer.towns_spelt_near), one town only there, is that town
  (places._unknown_named); before, the name was left unresolved in the region (a town under 50,000 people is read by
  the French respellings nowhere else). A name no town there bears stays unresolved in the region.
- A bearing that tells a part of a town, not its centre (places_<lang>.PART_BEARINGS: "in northern Hama", "southern
  Idlib", « dans le nord d'Idleb »), before a town under a million people that is also the first-level division of its
  name, in its country and near it, reads the division (places._regions_after_directions, ``_part_by_bearing``). A city
  of a million people or more is told by its own parts ("eastern Aleppo": three TR-News dev toponyms, the besieged
  districts, moved to the province when the rule had no such bound), so "northern Aleppo" stays the city (near);
  "central Aleppo" and the town told alone stay the town. "in northern Aleppo" tagged a language is read as "in
  Aleppo" is (before: no place, the act at the dateline's Beirut). Before: the town (exact or near).
- A town the gazetteer lacks, in a story whose only other place is its dateline's town (a regional bureau: "NAIROBI,
  May 3 (Reuters) -"), is in the one country its sentence tells by a demonym ("a Somali army outpost", « l'armée
  somalienne », "the South Sudanese village of"), not the dateline's (incidents._unknown_town_place; for a name read by
  a near spelling abroad, places._abroad_by_near_spelling); a demonym of two words is read whole ("South Sudanese" is
  no Sudanese: places._demonym_at). A sentence that tells no country keeps the dateline's, and so does one that tells
  only a border's ("near the Ethiopian border": places_<lang>.BORDER_NOUNS). Before: Kenya (Sudan for "South
  Sudanese").
- Two names after a plural place noun, joined ("the villages of Tabarakat and Goz Meddi in South Kordofan", « les
  villages de Tabarakat et Goz Meddi, dans l'État du Kordofan-Sud »: places_<lang>.UNKNOWN_PLACES_CUES,
  UNKNOWN_PLACES_JOIN) are both where the words after the second put them, as one name after a place cue is
  (places._unknown_named). Before: neither read. (TR-News dev has "the villages of Foua and Kfraya in Idlib
  province".)
- A village told in a division named with its word ("the village of Um Dukhun Jadid in South Kordofan state") is read
  there though the division with its word reads the admin data's state and the name whole the curated region
  (places._reads_as_its_place reads the name without its division's word too). Before: not read.

Rows written for this file (our own stories), EN and FR. Run on the code before the rules (HEAD 5fc1a12b): 15 of 21
failed (every row but the guards: the governorate's word, the Aleppo guards, the dateline's guard; the gazetteer's
test); the Nousseirat row's first wording passed there by another path and was replaced by one that failed. The pair
rows and the border guard were written with their rule: the pair rows read neither village before.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

from extracting import incidents

PUBLISHED = dt.date(2026, 3, 10)

# (text, lang, place name, country, precision)
ROWS = [
    # --- a town named as its division
    ("An Israeli air strike on a tent sheltering a displaced family in Deir el-Balah killed at least seven people on "
     "Sunday, medics said.",
     "en", "Dayr al Balaḩ", "PS", "exact"),
    ("Une frappe israélienne sur une tente de déplacés à Deir el-Balah a tué au moins sept personnes dimanche, selon "
     "des secouristes.",
     "fr", "Dayr al Balaḩ", "PS", "exact"),
    ("Government shelling killed five civilians in Hama on Sunday, a war monitor said.",
     "en", "Ḩamāh", "SY", "exact"),
    ("Des tirs d'artillerie ont tué cinq civils à Daraa dimanche, selon une ONG.",
     "fr", "Dar‘ā", "SY", "exact"),
    # guard: the division's word keeps the division
    ("An Israeli air strike on a house in Deir el-Balah governorate killed at least seven people on Sunday, medics "
     "said.",
     "en", "Deir El Balah", "PS", "admin1"),
    # --- a town spelled near its name, in the region told after it
    ("Une frappe israélienne sur une maison à Nousseirat, dans le centre de la bande de Gaza, a tué au moins neuf "
     "personnes mardi, selon la Défense civile.",
     "fr", "An Nuşayrāt", "PS", "exact"),
    ("Un bombardement israélien a visé une maison à Bani Souheila, dans le sud de la bande de Gaza, tuant au moins "
     "huit personnes mardi, selon la Défense civile.",
     "fr", "Banī Suhaylā", "PS", "exact"),
    # --- a bearing told of a town that is also a division
    ("Government shelling on a village in northern Hama killed six civilians on Saturday, rescuers said.",
     "en", "Hama", "SY", "admin1"),
    ("Un drone turc a frappé une voiture près d'un village dans le nord d'Idleb samedi, tuant quatre membres d'une "
     "milice, selon une ONG.",
     "fr", "Idlib", "SY", "admin1"),
    ("Russian air strikes on a market in southern Idlib killed 11 civilians on Saturday, rescuers said.",
     "en", "Idlib", "SY", "admin1"),
    # guards: a city of a million people is told by its own parts; the town's centre; the town told alone
    ("Shelling hit a bakery in eastern Aleppo on Saturday, killing four civilians, a war monitor said.",
     "en", "Aleppo", "SY", "near"),
    ("Shelling hit a bakery in central Aleppo on Saturday, killing four civilians, a war monitor said.",
     "en", "Aleppo", "SY", "near"),
    ("Shelling hit a bakery in Aleppo on Saturday, killing four civilians, a war monitor said.",
     "en", "Aleppo", "SY", "exact"),
    # "in northern Aleppo" tagged a language: read as "in Aleppo" is (not the dateline's town)
    ("BEIRUT, March 3 (Reuters) - Turkish drone strikes on a village in northern Aleppo killed six fighters of the "
     "Kurdish-led SDF on Monday, a war monitor said.",
     "en", "Aleppo", "SY", "near"),
    # --- a regional bureau's dateline
    ("NAIROBI, May 3 (Reuters) - Islamist fighters stormed a Somali army outpost in Qoorilaawe on Friday, killing at "
     "least six soldiers, a local elder said.",
     "en", "Qoorilaawe", "SO", "country"),
    ("NAIROBI, 3 mai (AFP) - Des islamistes ont attaqué vendredi un poste de l'armée somalienne à Qoorilaawe, tuant au "
     "moins six soldats, selon un notable local.",
     "fr", "Qoorilaawe", "SO", "country"),
    ("NAIROBI, May 3 (Reuters) - Gunmen shot dead nine cattle herders in the South Sudanese village of Lukuangole on "
     "Friday, a county official said.",
     "en", "Lukuangole", "SS", "country"),
    # guard: a sentence that tells no country keeps the dateline's
    ("NAIROBI, May 3 (Reuters) - Gunmen shot dead nine cattle herders in Lukuangole on Friday, a county official "
     "said.",
     "en", "Lukuangole", "KE", "country"),
]


@pytest.mark.parametrize("text,lang,name,country,precision", extracting.indexed_params(
    ROWS, {}, lambda i, r: f"{r[1]}-{i:02d}-{r[2]}"))
def test_the_act_is_placed_where_the_story_tells(text, lang, name, country, precision):
    incs = incidents(text, lang, PUBLISHED)
    assert incs, "no incident"
    loc = incs[0].location
    assert (loc.name, loc.country, loc.precision) == (name, country, precision), loc


def test_a_village_no_town_there_bears_stays_unresolved_in_the_region():
    incs = incidents("Un bombardement israélien a visé une maison à Zawaydaqa, dans le sud de la bande de Gaza, tuant "
                     "au moins huit personnes mardi, selon la Défense civile.", "fr", PUBLISHED)
    assert incs, "no incident"
    loc = incs[0].location
    assert (loc.name, loc.resolved, loc.country, loc.precision) == ("Zawaydaqa", False, "PS", "admin1"), loc


def test_a_town_named_as_its_division_by_its_own_spelling_only():
    from bilan.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    for name, town in (("Deir el-Balah", "Dayr al Balaḩ"), ("Hama", "Ḩamāh"), ("Daraa", "Dar‘ā")):
        r = gaz.resolve_mention(name, lang="en")
        assert r is not None and (r[0].name, r[0].feature, r[1]) == (town, "city", "exact"), r
    # a town known by the division's name but named otherwise does not take it
    for name in ("Perlis", "Oklahoma"):
        r = gaz.resolve_mention(name, lang="en")
        assert r is not None and r[0].feature == "admin1", r
    # near spellings of a small town, in its country only
    assert [p.name for p in gaz.towns_spelt_near("Nousseirat", "PS", lang="fr")] == ["An Nuşayrāt"]
    assert gaz.towns_spelt_near("Nousseirat", "SO", lang="fr") == []


# (text, lang): two villages the gazetteer lacks, joined after a plural place noun, told in a region
PAIRS = [
    ("Rebels shelled the villages of Tabarakat and Goz Meddi in South Kordofan on Monday, killing four people, "
     "residents said.", "en"),
    ("Des rebelles ont bombardé lundi les villages de Tabarakat et Goz Meddi, dans l'État du Kordofan-Sud, tuant quatre "
     "personnes, selon des habitants.", "fr"),
]


@pytest.mark.parametrize("text,lang", PAIRS, ids=["en", "fr"])
def test_two_villages_joined_after_a_plural_noun_are_both_in_the_region_told(text, lang):
    """Both names, unresolved, in South Kordofan (places._unknown_named, places_<lang>.UNKNOWN_PLACES_CUES and
    UNKNOWN_PLACES_JOIN). Before: neither read (the act at the state)."""
    from bilan import nlp
    from bilan.extract.places import find_places

    doc = next(nlp.pipe([text], lang))
    got = {pm.text: (pm.place.name, pm.unresolved) for pm in find_places(doc, lang)}
    assert got.get("Tabarakat") == ("South Kordofan", True), got
    assert got.get("Goz Meddi") == ("South Kordofan", True), got


def test_a_demonym_of_a_border_tells_no_country_of_the_town():
    # "near the Ethiopian border": the town lies by Ethiopia, seldom in it; the dateline's country stays
    incs = incidents("NAIROBI, May 3 (Reuters) - Gunmen shot dead nine cattle herders in Lukuangole, near the Ethiopian "
                     "border, on Friday, a county official said.", "en", PUBLISHED)
    assert incs, "no incident"
    loc = incs[0].location
    assert (loc.name, loc.resolved, loc.country) == ("Lukuangole", False, "KE"), loc


def test_a_village_told_in_a_division_with_its_state_word_is_read_there():
    """"in South Kordofan state": the division read with its word is the admin data's state, the name read whole the
    curated region; either is the name's own place (places._reads_as_its_place reads the name without its division's
    word too). Before: the village not read (the act at the state)."""
    from bilan import nlp
    from bilan.extract.places import find_places

    text = "Militiamen torched the village of Um Dukhun Jadid in South Kordofan state on Sunday, residents said."
    doc = next(nlp.pipe([text], "en"))
    got = {pm.text: (pm.place.name, pm.unresolved) for pm in find_places(doc, "en")}
    assert got.get("Um Dukhun Jadid") == ("South Kordofan", True), got
