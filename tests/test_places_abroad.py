"""An unknown village read as a place abroad by a near spelling, and the foreign forces it invents (h-abroad). Rows
of our own, EN and FR, in the style of wire copy.

- a name the gazetteer reads only by its consonant skeleton (« Dorikana » ~ Dārkhovīn, Iran) as a small town of a
  country the story never names, in a story whose other places all lie in one country, is a town of that country
  the gazetteer lacks: its name kept, unresolved, in that country (places._abroad_by_near_spelling), and no forces
  named from the country abroad;
- an act in a town the gazetteer lacks that its sentence puts in nothing takes the one country all the story's places
  lie in (incidents._unknown_town_place), a big city abroad left out ("Officials in Paris condemned the attack");
- a town the gazetteer lacks that the tagger calls an organisation or a person right after a place word, one word or
  hyphenated, no known organisation's and before no noun ("in Diallo-Peulh"; not "in Hamas attacks", "by Reuters"),
  is the act's town by its name (places._mislabelled_unknown_town), not the town of the act told before it;
- guards: a town abroad spelled as the gazetteer spells it (« Paris » in a Malian story), and a near spelling in a
  story set in that country ("near Darkhovin in Iran's Khuzestan province"), keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2024, 9, 14)


def _acts(text: str, lang: str):
    return [i for i in extracting.incidents(text, lang, PUB) if i.fatalities is not None]


# (text, lang, the mention, the country it must be read in, the forces that must not be named)
ABROAD = [
    ("Des hommes armés ont tué six civils dimanche à Dorikana, près de Djibo, a indiqué l'armée burkinabè.", "fr",
     "Dorikana", "BF", "Military Forces of Iran"),
    ("Soldiers clashed with jihadists near Dorikana on Sunday, killing six, the army said. The clash took place in "
     "northern Burkina Faso.", "en", "Dorikana", "BF", "Military Forces of Iran"),
    ("Des soldats ont affronté des jihadistes dimanche près du village de Dorikana, dans le nord du Burkina Faso, "
     "faisant six morts, selon l'armée.", "fr", "Dorikana", "BF", "Military Forces of Iran"),
    ("BAMAKO, 3 mars (AFP) - Des hommes armés ont tué cinq civils lundi près de Dorikana, dans la région de Mopti, a "
     "indiqué l'armée malienne.", "fr", "Dorikana", "ML", "Military Forces of Iran"),
    ("BAMAKO, March 3 (AFP) - Gunmen killed five civilians on Monday near Dorikana, in the Mopti region, the Malian "
     "army said.", "en", "Dorikana", "ML", "Military Forces of Iran"),
]


@pytest.mark.parametrize("text,lang,mention,country,forces", extracting.indexed_params(ABROAD))
def test_a_near_spelling_abroad_is_no_place_there(text, lang, mention, country, forces):
    incs = _acts(text, lang)
    assert incs, "no act"
    for inc in incs:
        loc = inc.location
        assert (loc.mention, loc.country) == (mention, country), (loc.name, loc.mention, loc.country, loc.precision)
        assert loc.resolved is False
        assert forces not in [a.name for a in inc.actors]


# guards: (text, lang, the place's name, its country)
KEPT = [
    ("BAMAKO, March 3 (AFP) - Gunmen killed five civilians on Monday in Mopti, the army said. The attack was "
     "condemned in Paris.", "en", "Mopti", "ML"),
    ("Soldiers killed six militants on Monday near Darkhovin in Iran's Khuzestan province, state media said.", "en",
     "Dārkhovīn", "IR"),
]


@pytest.mark.parametrize("text,lang,name,country", extracting.indexed_params(KEPT))
def test_a_place_spelled_so_or_at_home_is_kept(text, lang, name, country):
    incs = _acts(text, lang)
    assert len(incs) == 1
    loc = incs[0].location
    assert (loc.name, loc.country) == (name, country), (loc.name, loc.mention, loc.country, loc.precision)


def test_paris_in_a_malian_story_stays_in_france():
    from bilan.extract import places
    from bilan.nlp import get

    text = "BAMAKO, 3 mars (AFP) - Des hommes armés ont tué cinq civils lundi à Mopti. L'attaque a été condamnée à Paris."
    pms = places.find_places(get("fr")(text), "fr")
    assert ("Paris", "FR", False) in [(pm.text, pm.place.country, pm.unresolved) for pm in pms], \
        [(pm.text, pm.place.country) for pm in pms]


# --- an act in a town the gazetteer lacks that its sentence puts in nothing: the one country of the story's places
# (text, lang, the town, the country or None)
UNPLACED = [
    ("Gunmen killed four villagers in Tassakoye on Monday, residents said. The attack is the latest in Burkina Faso's "
     "north.", "en", "Tassakoye", "BF"),
    ("Des hommes armés ont tué dix civils dimanche à Djibo. Lundi, des jihadistes ont tué quatre villageois à "
     "Tassakoye.", "fr", "Tassakoye", "BF"),
    # guard: a capital abroad whose officials speak tells nothing of where the town is
    ("Jihadists killed four villagers in Tassakoye on Monday, residents said. Officials in Paris condemned the "
     "attack.", "en", "Tassakoye", None),
]


@pytest.mark.parametrize("text,lang,town,country", extracting.indexed_params(UNPLACED))
def test_an_unknown_town_takes_the_storys_one_country(text, lang, town, country):
    incs = [i for i in _acts(text, lang) if i.location.mention == town]
    assert len(incs) == 1, [(i.location.name, i.location.mention) for i in _acts(text, lang)]
    loc = incs[0].location
    assert (loc.name, loc.resolved, loc.country) == (town, False, country), (loc.name, loc.country, loc.precision)
    assert loc.lat is None and loc.lon is None
    if country is not None:
        assert loc.precision == "country"


# --- an unknown town the tagger calls an organisation or a person right after a place word keeps its name, not the
# town of the act told before it: (text, lang, the town)
MISLABELLED = [
    ("Gunmen killed ten civilians in Djibo on Sunday. On Monday, jihadists killed four villagers in Diallo-Peulh.",
     "en", "Diallo-Peulh"),
    ("Gunmen killed ten civilians in Djibo on Sunday. On Monday, jihadists killed four villagers near Sambo-Diallo.",
     "en", "Sambo-Diallo"),
    # read by the gazetteer only by a near spelling (Kismayo, Somalia) that the places stage left
    ("Gunmen killed ten civilians in Djibo on Sunday. On Monday, jihadists killed four villagers in Kouka-Ousmane.",
     "en", "Kouka-Ousmane"),
    ("Des hommes armés ont tué dix civils dimanche à Djibo. Lundi, des jihadistes ont tué quatre villageois à "
     "Bourzanga-Mossi.", "fr", "Bourzanga-Mossi"),
]


@pytest.mark.parametrize("text,lang,town", extracting.indexed_params(MISLABELLED))
def test_a_mislabelled_unknown_town_keeps_its_name(text, lang, town):
    incs = _acts(text, lang)
    assert len(incs) == 2, [(i.location.name, i.fatalities) for i in incs]
    first, second = sorted(incs, key=lambda i: i.date.start)
    assert first.location.name == "Djibo"
    assert (second.location.name, second.location.resolved) == (town, False), \
        (second.location.name, second.location.mention)


# guards: an organisation or a person after a place word is no town: (text, lang)
NOT_TOWNS = [
    ("Gunmen killed ten civilians in Djibo on Sunday. On Monday, the vote was held in Congress.", "en"),
    ("Gunmen killed ten civilians in Djibo on Sunday, according to a tally by Reuters.", "en"),
    ("Gunmen killed ten civilians in Djibo on Sunday. On Monday, jihadists killed four villagers in Hamas attacks.",
     "en"),
]


@pytest.mark.parametrize("text,lang", extracting.indexed_params(NOT_TOWNS))
def test_an_organisation_after_a_place_word_is_no_town(text, lang):
    from bilan.extract import places
    from bilan.nlp import get

    doc = get(lang)(text)
    towns = places.unknown_towns(doc, lang, places.find_places(doc, lang))
    assert towns == [], towns
