"""Acts dated by another act: an older act that the act named again "came" a counted stretch of time after (h-reldates).
Stories of our own, wire style, English and French; every row but the marked guards failed before.

- "Four soldiers were killed when dissidents ... attacked an army patrol in Narino on Tuesday. The attack came three
  days after a police station in the town of Tumaco was hit by explosive-laden drones, wounding two officers": the drone
  strike was recalled but dated the publication month. An older act that an act named again came a counted stretch
  after (incidents._came_a_stretch_after) with no date in its own phrase is dated that stretch back from the day of the
  act told before (incidents._dated_back_from_the_act, incidents._stretch_back): "three days": the Saturday; "a day",
  "the day after": the day before; "a week": precision week, the range six to eight days before.
- "The attack came a day after gunmen killed 12 villagers in Bawku", "The attack happened a week after gunmen abducted
  20 students in Kaduna": the older act told by a clause of its own after a counted stretch was dropped as a time
  reference to the act told before (events.find_triggers): lost, or its dead given to the news. A clause with its own
  subject after a unit of time and "after" (events._act_a_stretch_before) is kept as an act of its own: recalled,
  dated back.
- "The ambush came a day after gunmen attacked the village of Bawku, killing 12 villagers": the act named again by its
  own (no generic) noun, the subject of a verb that tells no act, is the news named again too.
- « Cette attaque intervient deux jours après l'attaque d'un poste de police à Baoro par des hommes armés qui a fait
  trois blessés »: the noun of the older act was dropped as a time reference, its three wounded given to an incident
  of the publication's day. A noun after a counted stretch hung on a verb of coming (events_<lang>.STRETCH_AFTER_VERBS:
  "came", "happened", « intervient », « survient ») whose subject is a definite noun is an act of its own, recalled,
  dated two days before the lead's Tuesday.
- « Cette embuscade survient au lendemain de l'assassinat de deux commerçants à Baoro »: the killing was taken into
  the news (one incident). A noun that says the day after by itself (events_<lang>.DAY_AFTER_NOUNS) hung on the verb
  whose subject is the act named again tells the older act as its complement (incidents._came_a_stretch_after): recalled,
  its two dead, the day before the lead's Tuesday.
- Guards: "Two days earlier, gunmen had killed ..." (« Deux jours plus tôt ») already dated back; "weeks after" (no
  count) leaves the older act its window; the older act with its own day keeps it.
"""
import datetime as dt

import pytest

import extracting
from extracting import ABD, AIR, ATT

PUB = dt.date(2024, 5, 16)  # a Thursday
MON, TUE, WED = dt.date(2024, 5, 13), dt.date(2024, 5, 14), dt.date(2024, 5, 15)

NARINO = ("BOGOTA, Colombia (AP) — Four soldiers were killed when dissidents of the former FARC rebel group attacked an "
          "army patrol in the southwestern province of Narino on Tuesday, officials said.\n")
KANO = ("KANO, Nigeria (AP) - Suspected jihadists killed seven worshippers in an attack on a mosque in Kano state on "
        "Monday, police said.\n")
BOLGA = ("ACCRA, Ghana (Reuters) - Gunmen ambushed a military convoy near the northern town of Bolga on Wednesday, "
         "killing three soldiers, the army said.\n")
BOUAR = ("BANGUI (AFP) - Cinq soldats ont été tués mardi dans une embuscade tendue par des rebelles près de Bouar, a "
         "indiqué l'armée.\n")


def older(incs):
    lead, *rest = incs
    assert not lead.recalled
    other, = [i for i in rest if i.recalled]
    return lead, other


def test_drone_strike_three_days_before():
    text = NARINO + ("The attack came three days after a police station in the town of Tumaco was hit by "
                     "explosive-laden drones, wounding two officers.")
    lead, strike = older(extracting.incidents(text, "en", PUB))
    assert lead.fatalities.best == 4 and lead.date.start == TUE
    assert strike.sub_event_type == AIR and strike.injured.best == 2
    assert (strike.date.start, strike.date.end, strike.date.precision) == (dt.date(2024, 5, 11),) * 2 + ("day",)


@pytest.mark.parametrize("lang,text,lead_day,lo,hi,prec,sub,dead", [
    pytest.param("en", KANO + "The attack came a day after an attack on a church in Kaduna that killed four people.",
                 MON, dt.date(2024, 5, 12), dt.date(2024, 5, 12), "day", ATT, 4, id="en-a-day-after-an-attack"),
    pytest.param("en", KANO + "The attack happened a week after gunmen abducted 20 students in Kaduna.",
                 MON, dt.date(2024, 5, 5), dt.date(2024, 5, 7), "week", ABD, None, id="en-a-week-after-clause"),
    pytest.param("en", KANO + "The attack came the day after gunmen abducted 20 students in Kaduna.",
                 MON, dt.date(2024, 5, 12), dt.date(2024, 5, 12), "day", ABD, None, id="en-the-day-after-clause"),
    pytest.param("en", BOLGA + "The attack came a day after gunmen killed 12 villagers in Bawku, about 40 km away.",
                 WED, TUE, TUE, "day", ATT, 12, id="en-a-day-after-gunmen-killed"),
    pytest.param("en", BOLGA + "The ambush came a day after gunmen killed 12 villagers in Bawku, about 40 km away.",
                 WED, TUE, TUE, "day", ATT, 12, id="en-the-ambush-came"),
    pytest.param("en", BOLGA + "The ambush came a day after gunmen attacked the village of Bawku, killing 12 "
                               "villagers.", WED, TUE, TUE, "day", ATT, 12, id="en-own-noun-named-again"),
    pytest.param("fr", BOUAR + "Cette attaque intervient deux jours après l'attaque d'un poste de police à Baoro par "
                               "des hommes armés qui a fait trois blessés.",
                 TUE, dt.date(2024, 5, 12), dt.date(2024, 5, 12), "day", None, None, id="fr-intervient-deux-jours"),
    pytest.param("fr", BOUAR + "Cette embuscade survient au lendemain de l'assassinat de deux commerçants à Baoro par "
                               "des hommes armés.", TUE, MON, MON, "day", ATT, 2, id="fr-survient-au-lendemain"),
])
def test_older_act_dated_back(lang, text, lead_day, lo, hi, prec, sub, dead):
    lead, other = older(extracting.incidents(text, lang, PUB))
    assert lead.date.start == lead_day
    assert (other.date.start, other.date.end, other.date.precision) == (lo, hi, prec)
    if sub is not None:
        assert other.sub_event_type == sub
    if dead is not None:
        assert other.fatalities.best == dead
        assert lead.fatalities.best != dead


def test_fr_older_act_keeps_its_wounded():
    text = BOUAR + ("Cette attaque intervient deux jours après l'attaque d'un poste de police à Baoro par des hommes "
                    "armés qui a fait trois blessés.")
    lead, other = older(extracting.incidents(text, "fr", PUB))
    assert lead.fatalities.best == 5
    assert other.injured.best == 3 and other.location.name == "Baoro"


# ---------------------------------------------------------------- guards

def test_guard_two_days_earlier():
    text = BOUAR + "Deux jours plus tôt, des hommes armés avaient tué deux commerçants à Baoro."
    lead, other = older(extracting.incidents(text, "fr", PUB))
    assert other.date.start == dt.date(2024, 5, 12) and other.fatalities.best == 2


def test_guard_weeks_after_no_count():
    text = KANO + "The attack came weeks after an attack on a church in Kaduna that killed four people."
    lead, other = older(extracting.incidents(text, "en", PUB))
    assert other.date.precision != "day"
    assert other.fatalities.best == 4


def test_guard_own_day_kept():
    text = KANO + "The attack came a day after an attack on a church in Kaduna on Saturday that killed four people."
    lead, other = older(extracting.incidents(text, "en", PUB))
    assert other.date.start == dt.date(2024, 5, 11)
