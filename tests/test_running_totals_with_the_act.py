"""A running total with the act of the story inside it, and the dead named again by a bare pronoun (h-running; stories
of our own, told of Djibo).

1. "Since January, jihadists have killed more than 200 people in the region, including five killed at the market in
   Djibo on Sunday", « Depuis janvier, les jihadistes ont tué plus de 200 personnes dans la région, dont cinq dimanche
   au marché de Djibo »: a toll dated before its share only by the start of a period of a month or more is a running
   total; the share of it told with a day of its own is the act of the story (incidents._share_of_a_running_total):
   one incident, its toll the share's figure, dated by the share's day, placed at the share's town. It was a toll of
   201 (the share read as a part of the total), or no incident at all when the share's day hangs off the act's verb
   (the sentence read as a running total only), or dated January.
   The act told first with the total after it ("Five people were killed ... on Sunday, bringing to more than 200 the
   number killed since January") already held (guards), and so did a share of a toll that has its own day ("killed
   twelve people in Djibo on Sunday, including five at the market": twelve) and a running total with no act (none).
2. « Cinq personnes ont été tuées mardi à Djibo. Parmi celles tuées figurent deux femmes. »: the parse reads « celles
   tuées » as a determiner and an adjective; it is the dead told again (victims.dead_told_again), no new act: one
   incident, the toll 5 (was a second incident merged, 2-5), the women the civilians among them (2).
Rows marked "guard" passed before; every other row failed before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import ATT, BAT, CLA, VAC, incidents

PUB = dt.date(2021, 3, 8)  # a Monday
TUESDAY, SUNDAY = dt.date(2021, 3, 2), dt.date(2021, 3, 7)


def _one(text: str, lang: str):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 1, [(i.sub_event_type, i.fatalities, i.date) for i in incs]
    return incs[0]


# text, lang, evidence of the toll
SHARES = [
    pytest.param("Since January, jihadists have killed more than 200 people in the region, including five killed at "
                 "the market in Djibo on Sunday.", "en", "five", id="en-including-five-killed"),
    pytest.param("Depuis janvier, les jihadistes ont tué plus de 200 personnes dans la région, dont cinq dimanche au "
                 "marché de Djibo.", "fr", "cinq", id="fr-dont-cinq-dimanche"),
    pytest.param("Since January, more than 200 people have been killed in the region, including five at the market in "
                 "Djibo on Sunday.", "en", "five", id="en-passive-including-five-at-the-market"),  # was none
    pytest.param("Depuis janvier, plus de 200 personnes ont été tuées dans la région, dont cinq dimanche au marché de "
                 "Djibo.", "fr", "cinq", id="fr-passif-dont-cinq-dimanche"),
    pytest.param("Since January, jihadists have killed more than 200 people in the region, five of them at the market "
                 "in Djibo on Sunday.", "en", "five", id="en-five-of-them"),
    pytest.param("Since January, jihadists have killed more than 200 people in the region, including five on Sunday at "
                 "the market in Djibo.", "en", "five", id="en-including-five-on-sunday"),  # was none
    pytest.param("Depuis janvier, les jihadistes ont tué plus de 200 personnes dans la région, dont cinq tuées "
                 "dimanche au marché de Djibo.", "fr", "cinq", id="fr-dont-cinq-tuees-dimanche"),
    pytest.param("Depuis janvier, les jihadistes ont tué plus de 200 personnes dans la région, dont cinq personnes "
                 "tuées dimanche au marché de Djibo.", "fr", "cinq", id="fr-dont-cinq-personnes-tuees"),
    # the period after the total
    pytest.param("Jihadists have killed more than 200 people in the region since January, including five at the "
                 "market in Djibo on Sunday.", "en", "five", id="en-since-after-the-total"),  # was none
    pytest.param("Les jihadistes ont tué plus de 200 personnes dans la région depuis janvier, dont cinq dimanche au "
                 "marché de Djibo.", "fr", "cinq", id="fr-depuis-apres-le-total"),
    # the start of the year, a year; the share told by the act's noun
    pytest.param("Since the start of the year, jihadists have killed more than 200 people in the region, including "
                 "five at the market in Djibo on Sunday.", "en", "five", id="en-since-the-start-of-the-year"),  # none
    pytest.param("Depuis le début de l'année, les jihadistes ont tué plus de 200 personnes dans la région, dont cinq "
                 "dimanche au marché de Djibo.", "fr", "cinq", id="fr-depuis-le-debut-de-l-annee"),
    pytest.param("Depuis 2019, les jihadistes ont tué plus de 2 000 personnes dans la région, dont cinq dimanche au "
                 "marché de Djibo.", "fr", "cinq", id="fr-depuis-2019"),  # was 2001
    pytest.param("Since January, jihadists have killed more than 200 people in the region, including five in an attack "
                 "on the market in Djibo on Sunday.", "en", "five", id="en-including-five-in-an-attack"),
    pytest.param("Depuis janvier, les jihadistes ont tué plus de 200 personnes dans la région, dont cinq lors d'une "
                 "attaque contre le marché de Djibo dimanche.", "fr", "cinq", id="fr-dont-cinq-lors-d-une-attaque"),
    # the total's wounded are of the period too (was 201)
    pytest.param("Since January, jihadists have killed more than 200 people and wounded 300 in the region, including "
                 "five killed at the market in Djibo on Sunday.", "en", "five", id="en-killed-and-wounded-including"),
    # a source between the total and its share (was none)
    pytest.param("More than 200 people have been killed in the region since January, according to the United Nations, "
                 "including five at the market in Djibo on Sunday.", "en", "five", id="en-source-before-the-share"),
    # the war's toll (was none in English, 2001 in French)
    pytest.param("Since 2019, the conflict has killed more than 2,000 people in the region, including five at the "
                 "market in Djibo on Sunday.", "en", "five", id="en-conflict-since-2019"),
    pytest.param("Depuis 2019, le conflit a fait plus de 2 000 morts dans la région, dont cinq dimanche au marché de "
                 "Djibo.", "fr", "cinq", id="fr-conflit-depuis-2019"),
    # guards (passed before): the share told in a sentence of its own
    pytest.param("Since January, jihadists have killed more than 200 people in the region. Five of them were killed at "
                 "the market in Djibo on Sunday.", "en", "Five", id="en-guard-share-in-the-next-sentence"),
    pytest.param("Depuis janvier, les jihadistes ont tué plus de 200 personnes dans la région. Cinq d'entre elles ont "
                 "été tuées dimanche au marché de Djibo.", "fr", "Cinq", id="fr-guard-part-dans-la-phrase-suivante"),
    # guards (passed before): the act first, the total after it
    pytest.param("Five people were killed at the market in Djibo on Sunday, bringing to more than 200 the number "
                 "killed since January.", "en", "Five", id="en-guard-act-first-bringing-to"),
    pytest.param("Cinq personnes ont été tuées dimanche au marché de Djibo, ce qui porte à plus de 200 le nombre de "
                 "personnes tuées depuis janvier.", "fr", "Cinq", id="fr-guard-acte-d-abord-porte-a"),
    pytest.param("Gunmen killed five people at the market in Djibo on Sunday, bringing to more than 200 the number of "
                 "people killed in the region since January.", "en", "five", id="en-guard-gunmen-bringing-to"),
    pytest.param("Cinq personnes ont été tuées dimanche au marché de Djibo, portant à plus de 200 le nombre de morts "
                 "depuis janvier.", "fr", "Cinq", id="fr-guard-portant-a"),
]


@pytest.mark.parametrize("text,lang,toll_ev", SHARES)
def test_share_of_a_running_total_is_the_act(text, lang, toll_ev):
    inc = _one(text, lang)
    assert (inc.event_type, inc.sub_event_type) == (VAC, ATT)
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == (5, 5, 5)
    assert [text[e.start:e.end] for e in inc.evidence if e.field == "fatalities"] == [toll_ev]
    assert inc.injured is None
    assert (inc.date.start, inc.date.end, inc.date.precision) == (SUNDAY, SUNDAY, "day")
    assert inc.location.name == "Djibo"


# the share's civilians are the act's civilian dead (the toll was 201)
CIVILIANS = [
    pytest.param("Since January, jihadists have killed more than 200 people in the region, including five civilians at "
                 "the market in Djibo on Sunday.", "en", id="en-including-five-civilians"),  # was none
    pytest.param("Depuis janvier, les jihadistes ont tué plus de 200 personnes dans la région, dont cinq civils "
                 "dimanche au marché de Djibo.", "fr", id="fr-dont-cinq-civils"),
]


@pytest.mark.parametrize("text,lang", CIVILIANS)
def test_share_of_a_running_total_civilians(text, lang):
    inc = _one(text, lang)
    assert (inc.event_type, inc.sub_event_type) == (VAC, ATT)
    assert (inc.fatalities.best, inc.civilian_fatalities.best) == (5, 5)
    assert (inc.date.start, inc.date.precision) == (SUNDAY, "day")
    assert inc.location.name == "Djibo"


# the forces' share: a clash, its toll the share's (was none)
CLASH = [
    pytest.param("Since January, the army has killed more than 200 militants in the region, including five in Djibo on "
                 "Sunday.", "en", id="en-army-including-five"),
    pytest.param("Depuis janvier, l'armée a tué plus de 200 jihadistes dans la région, dont cinq dimanche à Djibo.", "fr",
                 id="fr-armee-dont-cinq"),
]


@pytest.mark.parametrize("text,lang", CLASH)
def test_share_of_the_forces_running_total(text, lang):
    inc = _one(text, lang)
    assert (inc.event_type, inc.sub_event_type) == (BAT, CLA)
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == (5, 5, 5)
    assert (inc.date.start, inc.date.end, inc.date.precision) == (SUNDAY, SUNDAY, "day")
    assert inc.location.name == "Djibo"


# guards (passed before): a share of a toll with a day of its own is no more than a part of it
PART_OF_THE_ACT = [
    pytest.param("Jihadists killed twelve people in Djibo on Sunday, including five at the market.", "en",
                 id="en-guard-twelve-including-five"),
    pytest.param("Des jihadistes ont tué douze personnes dimanche à Djibo, dont cinq au marché.", "fr",
                 id="fr-guard-douze-dont-cinq"),
]


@pytest.mark.parametrize("text,lang", PART_OF_THE_ACT)
def test_guard_share_of_the_acts_own_toll(text, lang):
    inc = _one(text, lang)
    assert (inc.event_type, inc.sub_event_type) == (VAC, ATT)
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == (12, 12, 12)
    assert (inc.date.start, inc.date.end, inc.date.precision) == (SUNDAY, SUNDAY, "day")
    assert inc.location.name == "Djibo"


# guards (passed before): a running total with no share told with a day of its own is no act
NO_ACT = [
    pytest.param("Since January, jihadists have killed more than 200 people in the region.", "en",
                 id="en-guard-total-alone"),
    pytest.param("Since January, jihadists have killed more than 200 people in the region, including five children.",
                 "en", id="en-guard-total-with-a-share-no-day"),
    pytest.param("Depuis janvier, les jihadistes ont tué plus de 200 personnes dans la région, dont cinq enfants.",
                 "fr", id="fr-guard-total-avec-part-sans-jour"),
]


@pytest.mark.parametrize("text,lang", NO_ACT)
def test_guard_running_total_alone_is_no_act(text, lang):
    assert incidents(text, lang, PUB) == []


# text, lang, civilians, their evidence
TOLD_AGAIN = [
    pytest.param("Cinq personnes ont été tuées mardi à Djibo. Parmi celles tuées figurent deux femmes.", "fr", 2,
                 ["deux"], id="fr-parmi-celles-tuees"),
    pytest.param("Des hommes armés ont tué cinq personnes mardi à Djibo. Parmi celles tuées figurent deux femmes.",
                 "fr", 2, ["deux"], id="fr-hommes-armes-parmi-celles-tuees"),
    # guards (passed before)
    pytest.param("Cinq personnes ont été tuées mardi à Djibo. Deux femmes figurent parmi celles tuées.", "fr", 2,
                 ["Deux"], id="fr-guard-deux-femmes-parmi-celles-tuees"),
    pytest.param("Cinq personnes ont été tuées mardi à Djibo. Parmi ceux tués figurent deux enfants.", "fr", 2,
                 ["deux"], id="fr-guard-parmi-ceux-tues"),
    pytest.param("Cinq personnes ont été tuées mardi à Djibo. Parmi les personnes tuées figurent deux femmes.", "fr",
                 2, ["deux"], id="fr-guard-parmi-les-personnes-tuees"),
    pytest.param("Five people were killed in Djibo on Tuesday. Among those killed were two women.", "en", 2, ["two"],
                 id="en-guard-among-those-killed"),
]


@pytest.mark.parametrize("text,lang,civ,civ_ev", TOLD_AGAIN)
def test_dead_told_again_by_a_bare_pronoun(text, lang, civ, civ_ev):
    inc = _one(text, lang)
    assert (inc.event_type, inc.sub_event_type) == (VAC, ATT)
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == (5, 5, 5)
    assert not inc.merge_reasons  # (no second act told by the participle)
    assert (inc.civilian_fatalities.low, inc.civilian_fatalities.best, inc.civilian_fatalities.high) == (civ, civ, civ)
    assert [text[e.start:e.end] for e in inc.evidence if e.field == "civilian_fatalities"] == civ_ev
    assert (inc.date.start, inc.date.end, inc.date.precision) == (TUESDAY, TUESDAY, "day")
    assert inc.location.name == "Djibo"
