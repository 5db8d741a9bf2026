"""A first-level division told with a word of a part of it ("central Ontario's lake country", "in northern Ontario",
"upstate New York", « dans le nord de l'Ontario », « dans l'est de Washington ») is the division, not a namesake town
(Ontario, California; Washington, D.C.; New York City): places._divisions_by_bearing with
places_<lang>.REGION_BEARING_BEFORE; so is one mention told as its border ("near the New York border", « la
frontière de l'Ontario ») or listed with divisions of its country ("Missouri, New York and Virginia"), a national
capital listed with divisions near it aside (Washington beside Maryland and Virginia, not beside Oregon). A division
named after its chief town keeps the town ("northern Kabul", « le nord d'Alep »). The counties that are a country's
first-level divisions (Ireland, Kenya, Norway...) are divisions of the gazetteer (gazetteer.ADMIN1_TOP_TYPES), but
those named after their chief town (Dublin, Mombasa) or after a division of a type above (Liberia's Maryland). The
Irish order "County Clare" stays unread (strict xfail).

Rows written for this file (own sentences), EN and FR, before bilan was run on them. At the branch's start every row
failed (the town read: Ontario, California at exact or near precision; Washington, D.C.; New York City; Clare, South
Australia; "Kerry" no place) but the guard rows (marked), which passed before and after.
Rows: (text, lang, the name as written, the feature read, its country).
"""

from __future__ import annotations

import pytest

from bilan import nlp
from bilan.extract.places import find_places


def _read(text: str, lang: str, name: str):
    return [(pm.place.feature, pm.place.country, pm.place.admin1) for pm in find_places(nlp.parse(text, lang), lang)
            if text[pm.start:pm.end] == name]


ROWS = [
    ("A fire destroyed three cottages in central Ontario's lake country on Sunday, provincial police said.",
     "en", "Ontario", "admin1", "CA"),
    ("Two hunters were shot dead in northern Ontario on Saturday, provincial police said.",
     "en", "Ontario", "admin1", "CA"),
    ("Flooding closed roads across southern Ontario on Monday, officials in Toronto said.",
     "en", "Ontario", "admin1", "CA"),
    ("Heavy snow hit the north of Ontario on Friday and knocked out power to 20,000 homes.",
     "en", "Ontario", "admin1", "CA"),
    ("A gunman shot two officers in eastern Washington on Friday, the sheriff said.",
     "en", "Washington", "admin1", "US"),
    ("Police arrested a man in upstate New York on Tuesday after a shooting at a mall.",
     "en", "New York", "admin1", "US"),
    ("Un incendie a détruit trois chalets dans le sud de l'Ontario dimanche, a indiqué la police provinciale.",
     "fr", "Ontario", "admin1", "CA"),
    ("Deux chasseurs ont été tués par balle dans le nord de l'Ontario samedi, selon la police provinciale.",
     "fr", "Ontario", "admin1", "CA"),
    ("Un homme armé a blessé deux policiers dans l'est de Washington vendredi, selon le shérif.",
     "fr", "Washington", "admin1", "US"),
    # told as a division's border, or listed with divisions of its country: that mention is the division
    ("The festival drew bands from Missouri, New York, North Carolina and Virginia this year.",
     "en", "New York", "admin1", "US"),
    ("A truck overturned on the turnpike near the New York border on Monday, state police said.",
     "en", "New York", "admin1", "US"),
    ("Le festival a attiré des groupes du Missouri, de New York et de la Virginie.", "fr", "New York", "admin1", "US"),
    ("Un camion s'est renversé près de la frontière de l'Ontario lundi, selon la police.",
     "fr", "Ontario", "admin1", "CA"),
    ("He backed the Oregon and Washington laws that allow assisted dying.", "en", "Washington", "admin1", "US"),
    # guards (passed before): a capital listed with divisions near it, a town listed with towns
    ("Snipers terrorized Washington, Maryland and Virginia in 2002.", "en", "Washington", "city", "US"),
    ("Flights from New York and Chicago were cancelled on Monday.", "en", "New York", "city", "US"),
    ("Police in Kabul and Logar said four people were killed.", "en", "Kabul", "city", "AF"),
    ("Fans came from as far as Texas and Washington, D.C., to hear the band.", "en", "Washington", "city", "US"),
    # a first-level county (Ireland's) is a division of the gazetteer (gazetteer.ADMIN1_TOP_TYPES): before, "Clare"
    # was Clare, South Australia, "Kerry" and "County Clare" no place
    ("A woman gave birth on the roadside in west Clare last week, the health service said.",
     "en", "west Clare", "admin1", "IE"),
    ("Gardai in Clare are investigating a fatal crash near Ennis on Sunday.", "en", "Clare", "admin1", "IE"),
    pytest.param("Two men were arrested in County Clare on Sunday, gardai said.", "en", "County Clare", "admin1", "IE",
                 marks=pytest.mark.xfail(strict=True, reason="a 'county X' affix rule also read 'County Road' (US "
                                         "local news) as a town named by the rest ('Road': Rode, England): not added")),
    ("Police in Kerry said two men were arrested after a robbery in Tralee.", "en", "Kerry", "admin1", "IE"),
    ("Deux hommes ont été arrêtés dans le comté de Kerry dimanche, selon la police irlandaise.",
     "fr", "Kerry", "admin1", "IE"),
    ("Une femme a accouché au bord de la route dans l'ouest du Clare, près d'Ennis, selon le service de santé.",
     "fr", "Clare", "admin1", "IE"),
    # guards (passed before): a county named after its chief town is the town; a state keeps its name
    ("Flooding hit Dublin on Monday, the city council said.", "en", "Dublin", "city", "IE"),
    ("Gunmen killed three people in Mombasa on Sunday, police said.", "en", "Mombasa", "city", "KE"),
    ("Storms hit Maryland and Virginia on Monday.", "en", "Maryland", "admin1", "US"),
    # guards (passed before): a division's chief town told with a bearing stays the town
    ("Gunmen killed four people in northern Kabul on Sunday, police said.", "en", "Kabul", "city", "AF"),
    # guards (passed before): the heart or the centre of a town is the town's
    ("Protesters marched in the heart of Washington on Saturday, police said.", "en", "Washington", "city", "US"),
    ("Des manifestants ont défilé dans le centre de Washington samedi, selon la police.",
     "fr", "Washington", "city", "US"),
    ("Un obus a tué trois civils dans le nord d'Alep lundi, selon des secouristes.", "fr", "Alep", "city", "SY"),
]


def _row_id(i: int, row) -> str:
    values = getattr(row, "values", row)
    return f"{values[1]}-{values[2]}-{i}"


@pytest.mark.parametrize(("text", "lang", "name", "feature", "country"), ROWS,
                         ids=[_row_id(i, r) for i, r in enumerate(ROWS)])
def test_division_told_by_a_part_of_it(text, lang, name, feature, country):
    got = _read(text, lang, name)
    assert got, f"{name} not found as a place"
    assert all(f == feature and c == country for f, c, _ in got), got


def test_one_sense_for_the_bare_name():
    # the bare name later in the story, read at the same town, follows the division
    text = ("Two hunters were shot dead in northern Ontario on Saturday. Police in Ontario said the men were "
            "from Sudbury.")
    got = _read(text, "en", "Ontario")
    assert len(got) == 2
    assert all(f == "admin1" and c == "CA" for f, c, _ in got), got
