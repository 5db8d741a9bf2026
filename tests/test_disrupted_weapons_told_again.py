"""Weapons found or seized, then named again by a definite noun that says nothing of their going off
("Police found four packets of explosives ... The bombs were planted a few days ago", "Les bombes
avaient été posées"): the later mention tells more of the weapons already disrupted, not a bombing of
its own. A bomb said to explode after it was found ("The bomb exploded ...") is an explosion, and an
indefinite mention ("a bomb was planted") another weapon. Own sentences, EN and FR."""

import datetime as dt

import pytest
from extracting import incidents

PUB = dt.date(2021, 6, 14)
DISRUPTED = "Disrupted weapons use"


@pytest.mark.parametrize("text,lang", [
    ("Police found four packets of explosives at the foot of an electricity tower near the town. "
     "Experts believe that the bombs were planted a few days ago.", "en"),
    ("La police a trouvé quatre paquets d'explosifs au pied d'un pylône électrique près de la ville. "
     "Les experts estiment que les bombes ont été posées il y a quelques jours.", "fr"),
])
def test_weapons_named_again_are_the_disrupted_weapons(text, lang):
    incs = incidents(text, lang, PUB)
    assert [i.sub_event_type for i in incs] == [DISRUPTED]


@pytest.mark.parametrize("text,lang", [
    ("Police found a bomb in a car parked near the market. The bomb exploded while soldiers were "
     "trying to defuse it.", "en"),
    ("La police a trouvé une bombe dans une voiture garée près du marché. La bombe a explosé alors que "
     "des militaires tentaient de la désamorcer.", "fr"),
])
def test_a_found_bomb_that_explodes_is_an_explosion(text, lang):
    incs = incidents(text, lang, PUB)
    assert DISRUPTED in [i.sub_event_type for i in incs]
    assert "Explosions/Remote violence" in [i.event_type for i in incs]


@pytest.mark.parametrize("text,lang", [
    ("Police found four packets of explosives at the foot of an electricity tower near the town. "
     "In another town, a bomb was planted outside the town hall.", "en"),
    ("La police a trouvé quatre paquets d'explosifs au pied d'un pylône électrique près de la ville. "
     "Dans une autre ville, une bombe a été posée devant la mairie.", "fr"),
])
def test_another_weapon_stays_apart(text, lang):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 2
