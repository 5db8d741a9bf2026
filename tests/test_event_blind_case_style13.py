"""A thirteenth blind check of the event typing, CASE-2021 / ACLED style (h-case18): English and French snippets of our
own, written in one sitting on 2026-12-07 (committed at 13:05 UTC by `date`), ALL before bilan was run on any of
them, on the three questions h-case17 left open:

1. property blown up with no one hurt ("blew up a bridge / a school / a telecom tower"): Remote explosive/landmine/IED or
   Looting/property destruction;
2. arrests at a protest ("Police arrested 40 protesters at a rally", « lors d'un rassemblement », the arrests told in
   the sentence after the gathering): Protest with intervention or Arrests;
3. ground "retaken ... after two days of fighting" (Government regains territory or Armed clash), and a surrender
   (Agreement or Change to group/activity).

Labels follow the ACLED codebook's sub-event definitions as quoted in test_event_blind_case_style9.py, and ACLED's own
statement of its event types (acleddata.com, 2019-03-14, "ACLED introduces new event types"): Explosions/Remote violence
are "one-sided violent events in which the tool for engaging in conflict creates asymmetry by taking away the ability
of the target to respond" (bombs and IEDs are listed among its tactics, levied against any target); Strategic
developments are "not itself recorded as political violence". So:
1. The event type is chosen by the tool: a blast is an act of political violence, Explosions/Remote violence, whatever
   it destroys and whether or not anyone was hurt; the explosive set off where it lies is Remote explosive/landmine/IED.
   Looting/property destruction is the Strategic development of property looted, burnt or wrecked with no other
   violence (fire, demolition, ransacking), not a blast. This is the reading of test_event_blind_case_style.py ("The
   militants blew up a bridge linking the two districts.", an explosive) and of the MUC-4 adapter (a building blown up
   is a BOMBING); the h-case16/h-case17 labels of "blow up" rows as property destruction were wrong and are relabelled
   (test_event_blind_case_style11.py: the girls' school in Diamer; test_event_blind_case_style12.py: the panchayat
   building, the telecom tower, the primary school in Borno, the bridge on the Kandahar highway, « font sauter un pont »).
2. Protest with intervention: a peaceful protest that is dispersed or suppressed, arrests included, with no serious
   injury (test_event_blind_case_style9.py). The arrest of people at the protest itself (protesters as the arrested, or
   an arrest "at / during a rally", « lors d'un rassemblement », or the arrest of "them" told right after the gathering)
   is the protest's intervention. Not: a protest leader arrested at home, people arrested for plotting against a rally
   (Arrests).
3. Government regains territory is a Battle sub-event: the regaining is the event's outcome, the fight before it is how
   it was won ("after two days of fighting", "following clashes": the clash is the retaking's own, not a second event).
   Agreement lists surrenders among its examples (test_event_blind_case_style.py, test_event_blind_case_style8.py):
   fighters who surrender are an Agreement, not a Change to group/activity
   (test_event_blind_case_style12.py's Boko Haram commander relabelled so).

First run (at the branch's start, 411c25c, rows committed before it): 29/32. Mended by general rules (32/32 now):
- property destroyed with an explosive as its instrument ("destroyed a telecommunications mast in Bakool with
  explosives": events_<lang>.EXPLOSIVE_INSTRUMENTS after INSTRUMENT_PREPS) is a remote explosive, as an attack carried
  out with explosives already was (incidents.build_incident, incidents._done_with_explosives); MUC-4 reads it a BOMBING;
- a protest noun compounded on a person's role ("arrested a protest organiser at his home": events_<lang>.PROTEST_ROLE_NOUNS)
  is who the person is, no protest (events._drop_protest_roles): the arrest is the event; "protest" is itself a word of
  protest context (events_en.PROTEST_CONTEXT), so "detained several protest leaders during a march" keeps the march;
- the fight told as what came before a territory change, as the complement of its "after"/"following", directly or
  through a measure ("retook Tal Tamr on Sunday following clashes with rebel fighters", "had retaken Kitshanga after two
  days of fighting", « après deux jours de combats »: events_<lang>.TERRITORY_AFTER_PREPS, events._fight_before) is the
  territory change's own battle, dropped (events._drop_territory_means); and "retook", which the model does not
  lemmatise, is listed as "retake" is (events_en.TRIGGERS).
Besides (style12's strict xfails removed): a gathering told "unauthorised" / "unsanctioned" (« non autorisée ») is a
protest (PROTEST_CONTEXT), so "Hong Kong police arrest 30 at unauthorised rally" is the protest's intervention.
Left: "Opposition supporters gathered in central Harare ... arrested twelve of them" (style12): "gathered" is not typed
a protest alone, so the second sentence's arrest leads.
"""

from __future__ import annotations

import pytest
from extracting import (ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH,
                        PEA, REM, SEX, SUI, VIO, lead_type)
from test_event_blind_case_style2 import _params, control_params

EN = [
    # 1. property blown up, no one hurt: the explosive
    ("Insurgents blew up a culvert on the Maiduguri-Damboa road on Wednesday night; no casualties were reported.", REM),
    ("Naxals blow up mobile tower in Chhattisgarh's Bijapur", REM),
    ("Unknown militants blew up a gas pipeline in Dera Bugti district, cutting supplies to the town.", REM),
    ("Al-Shabaab fighters destroyed a telecommunications mast in Bakool with explosives.", REM),
    ("A bomb planted by suspected rebels destroyed an electricity pylon near Kidal overnight. Nobody was hurt.", REM),
    # property burnt or looted, no blast: property destruction
    ("Gunmen set fire to a primary school in Kumba overnight; no one was hurt.", LOO),
    ("Rebels looted shops and torched a health post in Mambasa.", LOO),
    ("Militants torch two girls' schools in Pakistan's Chilas area", LOO),
    # 2. arrests at a protest: the protest's intervention
    ("Police arrested 35 demonstrators at a rally in Minsk on Sunday.", INT),
    ("Riot police detained dozens of protesters during a march against fuel prices in Lagos.", INT),
    ("Security forces arrested at least 60 people at an opposition rally in Kampala, witnesses said.", INT),
    ("Hundreds of students marched on parliament in Dhaka on Tuesday. Police arrested 14 of them, a spokesman said.", INT),
    ("Sri Lanka police arrest 12 protesters outside president's office", INT),
    ("Nurses staged a sit-in outside the health ministry in Nairobi. Police detained eight of the protesters.", INT),
    # arrests that are not at a protest: Arrests
    ("Police arrested a protest organiser at his home in Yangon on Friday.", ARR),
    ("Police arrested three men suspected of planning an attack on a rally in Kabul.", ARR),
    # 3. ground retaken after fighting: the regaining
    ("Government forces recaptured the town of Hombori after three days of heavy fighting with jihadists.", GOV),
    ("The army retook Tal Tamr on Sunday following clashes with rebel fighters, state media said.", GOV),
    ("Troops regained control of Ngala after a fierce battle with Boko Haram insurgents, the military said.", GOV),
    # a fight with no ground regained
    ("Fighting between the army and M23 rebels continued for a second day near Rutshuru.", CLA),
    # a surrender: an agreement
    ("Forty ADF fighters surrendered to the army in Beni with their weapons.", AGR),
    ("A senior Taliban commander surrendered to police in Kunduz along with 25 of his men.", AGR),
    ("Nigeria: 300 Boko Haram members surrender in Borno", AGR),
]

FR = [
    # 1.
    ("Des jihadistes ont fait sauter un pont sur la route de Djibo, sans faire de victimes.", REM),
    ("Des rebelles ont dynamité une antenne de télécommunication près de Kaga-Bandoro.", REM),
    ("Niger : des hommes armés incendient une école à Torodi", LOO),
    # 2.
    ("La police a arrêté une trentaine de manifestants lors d'un rassemblement à Conakry.", INT),
    ("Des centaines de personnes ont manifesté samedi à Bamako. La police a interpellé une vingtaine de manifestants.", INT),
    ("Les gendarmes ont arrêté deux militants de l'opposition à leur domicile à Lomé.", ARR),
    # 3.
    ("L'armée a repris le contrôle de Mansila après deux jours de combats.", GOV),
    ("Les forces armées ont reconquis la localité de Boni à l'issue de violents affrontements avec des jihadistes.", GOV),
    ("Une cinquantaine de combattants d'Ansarul Islam se sont rendus à l'armée près de Djibo.", AGR),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
}

# controls written after the first run, while fixing: what the new rules must do and leave alone
CONTROLS: list[tuple[str, str, str]] = [
    # "retook": the model's lemma is the form itself; a town it does not know is ground all the same
    ("The army retook Tal Tamr on Sunday.", "en", GOV),
    ("The army retook Palma after two days of fighting.", "en", GOV),
    # a clash that is no complement of the retaking's "after" stays the clash
    ("Fighting broke out again near Tal Tamr on Sunday between the army and rebel fighters.", "en", CLA),
    # the role a protest noun qualifies: a protest leader detained during a march is the march's intervention
    ("Police detained several protest leaders during a march in Minsk.", "en", INT),
    ("Thousands joined an unauthorised rally in Moscow on Saturday.", "en", PEA),
    # burnt, not blown up: property destruction
    ("Rebels destroyed the town hall of Bambari and set fire to the market.", "en", LOO),
]


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS))
def test_blind_case_style13_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style13_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR}
    assert set(XFAIL) <= texts
