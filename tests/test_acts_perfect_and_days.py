"""Acts told in the present perfect with no date, and French acts with the day before their object (h-perfect).

- An act in the present perfect with no day ("The army has burned dozens of homes in Kadugli", « L'armée a incendié
  des dizaines de maisons ») is an act as the simple past is: one incident, at its place, by its doers, no day
  invented for it (these rows passed when written: kept as guards).
- A weekday right after a French participle, before its object (« Des soldats ont affronté lundi des miliciens »,
  « L'armée a repris dimanche la ville de Bria »): the parse took the day for the object (the noun phrase its
  complement) or for a verb owning the object, so a verb needing an armed object or a territory built no act.
  nlp._fix_days_read_as_objects tells the day again as the verb's time and the noun phrase as its object (words:
  dates_<lang>.WEEKDAYS). Guards: a meeting on a day (« ont rencontré lundi des chefs ») stays no act; a day with
  its part of the day (« lundi soir ») keeps the act that worked before.
- « à plusieurs reprises », « à maintes reprises » say how often an act was done, no retaking of territory.

Rows written for this file, FR and EN, before the rule. First run: the perfect rows 4 of 4, the day-before-object
rows 3 of 6 (« affronté lundi », « repris dimanche » twice: no incident); after the repair 6 of 6. « à plusieurs reprises »
(how often) was read as the noun trigger « reprise » (a retaking of territory, « des villages » its complement):
now a figurative phrase (events_fr.FIGURATIVE), the attack kept.
"""

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 3, 8)  # a Sunday
MON, TUE, FRI, SAT, SUN = (dt.date(2026, 3, d) for d in (2, 3, 6, 7, 8))

# (text, lang, sub-event type, place, a doer's words, the day or None when the text gives none)
ACTS = [
    ("The army has burned dozens of homes in Kadugli, residents said.", "en", extracting.LOO, "Kadugli", "army",
     None),
    ("L'armée a incendié des dizaines de maisons à Kadugli, selon des habitants.", "fr", extracting.LOO, "Kadugli",
     "armée", None),
    ("Troops have torched dozens of homes in Kadugli, residents told Reuters.", "en", extracting.LOO, "Kadugli",
     "Troops", None),
    ("Gunmen have looted shops in Kadugli, witnesses said.", "en", extracting.LOO, "Kadugli", "Gunmen", None),
    ("Des soldats ont affronté lundi des miliciens à Bria.", "fr", extracting.CLA, "Bria", "soldats", MON),
    ("L'armée a repris dimanche la ville de Kadugli aux rebelles.", "fr", extracting.GOV, "Kadugli", "armée", SUN),
    ("L'armée a affirmé avoir repris dimanche la ville de Bria.", "fr", extracting.GOV, "Bria", "armée", SUN),
    ("Des soldats ont incendié mardi des dizaines de maisons à Kadugli, selon des habitants.", "fr", extracting.LOO,
     "Kadugli", "soldats", TUE),
    ("Des miliciens ont tué samedi trois civils à Bambari.", "fr", extracting.ATT, "Bambari", "miliciens", SAT),
    ("L'armée a bombardé vendredi les positions des rebelles près de Kaga-Bandoro.", "fr", extracting.ART,
     "Kaga-Bandoro", "armée", FRI),
    # (the day after the object, as before)
    ("Des soldats ont affronté des miliciens lundi à Bria.", "fr", extracting.CLA, "Bria", "soldats", MON),
]


@pytest.mark.parametrize("text,lang,sub,place,doer,day", extracting.indexed_params(ACTS))
def test_an_act_in_the_perfect_or_with_its_day_first_is_one_act(text, lang, sub, place, doer, day):
    got = extracting.incidents(text, lang, PUB)
    assert len(got) == 1, [(i.sub_event_type, i.location.name if i.location else None) for i in got]
    inc = got[0]
    assert inc.sub_event_type == sub
    assert inc.location is not None and inc.location.name == place
    assert doer in [a.mention for a in inc.actors]
    if day is None:
        assert inc.date.precision != "day"  # no day invented
    else:
        assert (inc.date.start, inc.date.end, inc.date.precision) == (day, day, "day")


# a day before what is no armed object, or before a part of the day: (text, lang, the acts' sub-event types, day)
GUARDS = [
    ("Les soldats ont rencontré lundi des chefs de village à Bria.", "fr", [], None),
    ("Des rebelles ont attaqué lundi soir un poste de police à Bria.", "fr", [extracting.CLA], MON),
    # « à plusieurs reprises » says how often, no retaking (events_fr.FIGURATIVE); « la reprise de la ville » is one.
    # (h-retake: acts said to be done again and again with no day, a habit, are no incident at all:
    # incidents._repeated_acts, tests/test_acts_told_back.py; these two rows built an attack and a clash before)
    ("L'armée a attaqué à plusieurs reprises des villages près de Kadugli, selon des habitants.", "fr", [], None),
    ("Des rebelles ont attaqué des convois à maintes reprises près de Kadugli.", "fr", [], None),
    ("L'armée a annoncé la reprise de la ville de Kadugli.", "fr", [extracting.GOV], None),
]


@pytest.mark.parametrize("text,lang,subs,day", GUARDS, ids=["fr-meeting", "fr-evening", "fr-repeatedly", "fr-many-times", "fr-the-retaking"])
def test_a_day_before_no_armed_object_builds_no_act(text, lang, subs, day):
    got = extracting.incidents(text, lang, PUB)
    assert [i.sub_event_type for i in got] == subs
    if day is not None:
        assert got[0].date.start == day
