"""Places left (h-lgl2): a word read only through another name of a town; a town the tagger calls a person in a list
of towns.

- A one-word name the tagger calls no place, which no place of the gazetteer bears as its main name (every reading
  is through an alternate name of a town or a near spelling of one: ``Gazetteer.named_otherwise_only``), is no place
  when the word is a common word of the language or a feast ("Passover boxes" read as Mountain City, Georgia, whose
  alternate names hold "Passover"; "Duke beat Clemson" as Erwin, North Carolina; « Pont coupé entre Grenoble et
  Voiron » as Pont-de-Vaux), or a name the tagger calls a person or an organisation at another mention of the story
  ("Officer Glenn Snell ... Snell was placed on leave": a surname read as Snellville) (places._words_of_other_names_dropped).
  A word in capitals (a dateline), a word the tagger calls a place at another mention, and a word after a place cue
  that is no common word stay read.
- A name the tagger calls a person or an organisation, listed right beside a town the story reads (one link of
  ``PLACE_LIST_LINKS`` between: ",", "and", "or"; « , », « et », « ou »), is a town of that town's country when a town
  there bears its name as its main name, the one nearest the listed town ("Firefighters from Sharon, Cornwall and
  Salisbury": Sharon tagged a person, read in the US beside Cornwall) (places._towns_listed_with_towns). Persons
  listed beside persons stay none ("Mayor Tom Harris and Ellen Brooks met in Dayton").
- Controls: a town whose main name is a common word ("Mobile, Alabama") and a place the tagger labels, read by an
  alternate name ("Kiev", Kyiv), stay read.

Rows written for this file (our own sentences and names), EN and FR. Before the rule: the four negative rows failed
(Passover, Duke, Snell, Pont each read as a town); the controls passed. The listed-towns row (Sharon) failed before
its rule (Sharon not read); its control passed. After: all pass. No French row of a listed town failed before the
rule (the French tagger labels such lists as places), so the French side is served by the lexicon only.
"""

from __future__ import annotations

import pytest

from bilan import nlp
from bilan.extract.places import find_places

# (text, lang, the word that must not be read as a place, the places that must be read)
NOT_PLACES = [
    ("Passover seders were held across Savannah, Georgia, on Wednesday night, and volunteers packed Passover boxes "
     "at the Jewish center on Abercorn Street.", "en", "Passover", ("Savannah", "Georgia")),
    ("Duke beat Clemson 71-60 on Saturday in Durham, North Carolina. Duke plays Purdue on Monday in the second "
     "round.", "en", "Duke", ("Durham", "North Carolina")),
    ("Officer Glenn Snell of the Akron police was charged on Monday. Snell was placed on leave, and prosecutors in "
     "Akron, Ohio, said the charges against Snell stand.", "en", "Snell", ("Akron", "Ohio")),
    ("Pont coupé entre Grenoble et Voiron : la circulation est déviée jusqu'à vendredi, a indiqué la préfecture de "
     "l'Isère.", "fr", "Pont", ("Grenoble", "Voiron")),
]

# (text, lang, name read, the place's name, its country)
STILL_PLACES = [
    ("Flooding closed roads in Mobile, Alabama, on Tuesday, and Mobile schools stayed shut.", "en", "Mobile",
     "Mobile", "US"),
    ("Police in Kiev said three people were hurt in the blast on Monday.", "en", "Kiev", "Kyiv", "UA"),
]


def _read(text: str, lang: str):
    return [(text[pm.start:pm.end], pm) for pm in find_places(nlp.parse(text, lang), lang)]


@pytest.mark.parametrize(("text", "lang", "word", "places"), NOT_PLACES,
                         ids=[f"{r[1]}-{r[2]}" for r in NOT_PLACES])
def test_a_word_read_only_through_another_name_is_no_place(text, lang, word, places):
    got = _read(text, lang)
    assert not [pm.place.name for name, pm in got if word in name], f"{word} read as a place"
    names = {name for name, _ in got}
    for p in places:
        assert p in names, f"{p} not read"


@pytest.mark.parametrize(("text", "lang", "name", "place", "country"), STILL_PLACES,
                         ids=[f"{r[1]}-{r[2]}" for r in STILL_PLACES])
def test_a_town_of_its_own_name_stays(text, lang, name, place, country):
    got = [pm for n, pm in _read(text, lang) if n == name]
    assert got, f"{name} not read"
    assert all(pm.place.name == place and pm.place.country == country for pm in got)


# (text, lang, the name listed, its country)
LISTED_TOWNS = [
    ("Firefighters from Sharon, Cornwall and Salisbury fought the blaze in Connecticut on Tuesday.", "en", "Sharon",
     "US"),
]


@pytest.mark.parametrize(("text", "lang", "name", "country"), LISTED_TOWNS, ids=[r[2] for r in LISTED_TOWNS])
def test_a_name_listed_with_towns_is_a_town(text, lang, name, country):
    got = [pm for n, pm in _read(text, lang) if n == name]
    assert got, f"{name} not read"
    assert all(pm.place.country == country and pm.place.feature == "city" for pm in got)


def test_persons_listed_together_stay_persons():
    got = _read("Mayor Tom Harris and Ellen Brooks met in Dayton, Ohio, on Friday.", "en")
    assert {n for n, _ in got} == {"Dayton", "Ohio"}
