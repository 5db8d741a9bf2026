"""The act an arrest or a reprisal was made over, in French and English (h-reason): wire sentences written for this
file, with places and names of our own.

- An arrest made after, over or « suite à » an act whose phrase holds a toll of its own (« a arrêté trois suspects
  après l'attentat de la semaine dernière qui a fait vingt morts », "detained four men following last week's bombing
  that killed 11 people"): the arrest hit no one; the act is an incident of its own that holds the dead, dated by
  its own phrase, recalled when that phrase names it by an older day ("last week's", « de dimanche »). The French
  noun behind « après » was lost as a mere time reference of the arrest, and the one behind « suite à » as a reason
  of the arrest (events._drop_time_references, _drop_reasons): it stays, flagged ``REASON_WITH_TOLL``, heading
  nothing.
- So for an act told in a clause of time on the arrest ("arrested three suspects on Tuesday after gunmen killed four
  farmers on Monday", « après que des hommes armés ont tué quatre paysans »): dropped as the arrest's time
  reference, it left its dead to the arrest; it stays, flagged, an act of its own (news: its day is its clause's),
  and the acts inside that clause head nothing ("after the mayor was shot dead in an attack on Monday").
- So for what a charge participle says the arrested did ("arrested two men suspected of taking part in Sunday's
  attack ... that killed ten people"): incidents._charged_acts.
- An act of violence done in reprisal for another ("bombed rebel positions on Tuesday in retaliation for last
  week's attack that killed 15 soldiers", « en représailles à l'attaque », « en riposte à »; the nouns of
  ``events_<lang>.RETALIATION_NOUNS``), whose toll lies all in the phrase of the act it answers: the reprisal keeps
  no dead of it; the older act is an incident of its own, as for an arrest (incidents._answered_acts), and no
  anaphor of the reprisal (« l'attaque » is no more of « a bombardé »).
- Guards: with no toll in the reason's phrase, the arrest is the one incident and a reprisal keeps its own dead.

Each row: (text, language, the head's sub-event type, its dead (None: none), the act's sub-event type (None: no
act of its own), the act's start and end, recalled, its dead).

The reprisal that killed too (rows 16, 17, 37, 38: h-twoacts) keeps the dead told outside the phrase of the act it
answers, that act those inside it (incidents._answered_with_toll makes the reprisal head, _build_held holds each to
its words).

First run, on the code before this file's rules: the arrest or reprisal alone, with the reason's dead (or the act
alone, the arrest lost), in every non-guard row but the English arrests after "Monday's attack" and "over Sunday's
ambush" (which the English verb trigger of the relative clause already built) and « dans le cadre de l'enquête sur
l'attentat » (measured: 9 of 38 tests passed, the five guards and the bilingual check among them). After the rules: see XFAIL for what is left. The rows were written in three rounds, each probed before its
rule; the dev figures (case2021, muc4-tst3-tst4, ucdp-ged-car) did not move.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import AIR, ARR, ART, ATT, CLA, LOO, MOB, REM, indexed_params, incidents

PUB = dt.date(2024, 5, 15)  # a Wednesday
D = dt.date
LAST_WEEK = (D(2024, 5, 6), D(2024, 5, 12))

ROWS = [
    # --- an arrest after (« après ») or « suite à » an act with its own toll
    ("Les gendarmes ont interpellé mardi quatre hommes après l'attentat de la semaine dernière qui a fait onze morts "
     "au marché de Toubra.", "fr", ARR, None, REM, *LAST_WEEK, True, 11),
    ("La police a arrêté deux suspects lundi après une embuscade qui a fait sept morts dimanche près de Belinga.",
     "fr", ARR, None, CLA, D(2024, 5, 12), D(2024, 5, 12), False, 7),
    ("Trois suspects ont été arrêtés mardi après l'attaque de lundi qui a fait six morts à Kossa.",
     "fr", ARR, None, ATT, D(2024, 5, 13), D(2024, 5, 13), True, 6),
    ("La police a arrêté mardi deux hommes suite à l'attentat de dimanche qui a fait neuf morts à Toubra.",
     "fr", ARR, None, REM, D(2024, 5, 12), D(2024, 5, 12), True, 9),
    ("Police detained four men on Tuesday following last week's bombing that killed 11 people at a market in Toubra.",
     "en", ARR, None, REM, *LAST_WEEK, True, 11),
    ("Three suspects were arrested on Tuesday after Monday's attack that killed six people in Kossa.",
     "en", ARR, None, ATT, D(2024, 5, 13), D(2024, 5, 13), True, 6),
    ("Police arrested two men on Tuesday over Sunday's ambush that killed 12 soldiers near Belinga.",
     "en", ARR, None, CLA, D(2024, 5, 12), D(2024, 5, 12), True, 12),
    # --- what a charge participle says the arrested did
    ("Police arrested two men on Tuesday suspected of taking part in Sunday's attack on a camp in Toubra that killed "
     "ten people.", "en", ARR, None, ATT, D(2024, 5, 12), D(2024, 5, 12), True, 10),
    ("La police a arrêté mardi deux hommes soupçonnés d'avoir participé à l'attaque du camp de Toubra qui a fait dix "
     "morts dimanche.", "fr", ARR, None, ATT, D(2024, 5, 12), D(2024, 5, 12), True, 10),
    # --- a reprisal for an act with its own toll
    ("The army bombed rebel positions near Kossa on Tuesday in retaliation for last week's attack that killed 15 "
     "soldiers.", "en", REM, None, CLA, *LAST_WEEK, True, 15),
    ("L'armée a bombardé mardi des positions rebelles près de Kossa en représailles à l'attaque de la semaine "
     "dernière qui a fait quinze morts parmi les soldats.", "fr", ART, None, CLA, *LAST_WEEK, True, 15),
    ("The army bombed rebel positions near Belinga on Tuesday in retaliation for the bombing of a market that killed "
     "20 people on Sunday.", "en", REM, None, REM, D(2024, 5, 12), D(2024, 5, 12), False, 20),
    ("L'aviation a frappé mardi des positions rebelles près de Belinga en riposte à l'attaque de dimanche qui a coûté "
     "la vie à douze soldats.", "fr", AIR, None, CLA, D(2024, 5, 12), D(2024, 5, 12), True, 12),
    ("L'aviation a bombardé mardi des positions rebelles près de Belinga en représailles à l'attentat de samedi qui a "
     "fait trente morts.", "fr", AIR, None, REM, D(2024, 5, 11), D(2024, 5, 11), True, 30),
    ("Jets struck militant hideouts near Belinga on Tuesday in response to Sunday's ambush that killed 12 soldiers.",
     "en", AIR, None, CLA, D(2024, 5, 12), D(2024, 5, 12), True, 12),
    ("L'armée a mené mardi des frappes aériennes près de Belinga en représailles à l'attentat de samedi qui a fait "
     "trente morts.", "fr", AIR, None, REM, D(2024, 5, 11), D(2024, 5, 11), True, 30),
    # --- a reprisal that killed too: each act keeps its own dead
    ("Soldiers killed five rebels on Tuesday in retaliation for Sunday's ambush that killed three troops near Kossa.",
     "en", CLA, 5, CLA, D(2024, 5, 12), D(2024, 5, 12), True, 3),
    ("Les soldats ont tué mardi cinq rebelles en représailles à l'embuscade de dimanche qui a coûté la vie à trois "
     "militaires près de Kossa.", "fr", CLA, 5, CLA, D(2024, 5, 12), D(2024, 5, 12), True, 3),
    # --- written after the first rules: « en lien avec » (the parse hangs it on whom the arrest took), "in
    # connection with", an act that came after or over another, "to avenge"
    ("Les forces de sécurité ont arrêté mardi cinq personnes en lien avec l'attaque de dimanche qui a fait huit morts "
     "à Kossa.", "fr", ARR, None, ATT, D(2024, 5, 12), D(2024, 5, 12), True, 8),
    ("Police arrested 12 people on Tuesday in connection with last week's attack that killed 15 people in Kossa.",
     "en", ARR, None, ATT, *LAST_WEEK, True, 15),
    ("Douze personnes ont été interpellées mardi dans le cadre de l'enquête sur l'attentat de la semaine dernière qui "
     "a fait quinze morts à Kossa.", "fr", ARR, None, REM, *LAST_WEEK, True, 15),
    ("Soldiers torched dozens of homes in Kossa on Tuesday after an attack that killed 12 soldiers on Sunday.",
     "en", LOO, None, CLA, D(2024, 5, 12), D(2024, 5, 12), False, 12),
    ("Des soldats ont incendié mardi des dizaines de maisons à Kossa après une attaque qui a fait douze morts dimanche "
     "parmi les militaires.", "fr", LOO, None, CLA, D(2024, 5, 12), D(2024, 5, 12), False, 12),
    ("Angry residents burned the police station in Kossa on Tuesday over last week's killing of three traders.",
     "en", MOB, None, ATT, *LAST_WEEK, True, 3),
    ("The army launched air strikes near Kossa on Tuesday to avenge last week's attack that killed 15 soldiers.",
     "en", AIR, None, CLA, *LAST_WEEK, True, 15),
    ("L'armée a mené mardi des frappes près de Kossa pour venger l'attaque de la semaine dernière qui a fait quinze "
     "morts.", "fr", AIR, None, ATT, *LAST_WEEK, True, 15),
    # --- an arrest after a clause that tells an act with a toll: the act was dropped as the arrest's time reference
    # and the arrest held its dead (events._drop_time_references)
    ("Police arrested three suspects on Tuesday after gunmen killed four farmers in Kossa on Monday.",
     "en", ARR, None, ATT, D(2024, 5, 13), D(2024, 5, 13), False, 4),
    ("La police a arrêté mardi trois suspects après que des hommes armés ont tué quatre paysans lundi à Kossa.",
     "fr", ARR, None, ATT, D(2024, 5, 13), D(2024, 5, 13), False, 4),
    ("Police arrested 300 people in Kossa on Tuesday after the mayor was shot dead in an attack on Monday.",
     "en", ARR, None, ATT, D(2024, 5, 13), D(2024, 5, 13), False, 1),
    # --- guards: an act a stretch of time before the arrest ("weeks after") is recalled, or no act of the story
    ("Police arrested three suspects on Tuesday, weeks after an attack that killed 12 people in Kossa.", "en", ARR,
     None, ATT, D(2024, 4, 15), D(2024, 5, 15), True, 12),
    ("Weeks after gunmen killed 12 people in Kossa, police arrested three suspects on Tuesday.", "en", ARR, None, None,
     None, None, None, None),
    ("La police a arrêté mardi trois suspects, un mois après l'attentat qui a fait douze morts à Kossa.", "fr", ARR,
     None, None, None, None, None, None),
    # --- guards: no toll in the reason's phrase
    ("Police arrested three suspects on Tuesday after gunmen attacked a market in Kossa.", "en", ARR, None, None,
     None, None, None, None),
    ("Police arrested three suspects on Tuesday after the attack.", "en", ARR, None, None, None, None, None, None),
    ("Les gendarmes ont arrêté mardi trois suspects après l'attaque.", "fr", ARR, None, None, None, None, None, None),
    ("Troops killed 12 rebels on Tuesday in retaliation for last week's attack.", "en", CLA, 12, None, None, None,
     None, None),
    ("Les soldats ont tué mardi douze rebelles en représailles à l'attaque de la semaine dernière.", "fr", CLA, 12,
     None, None, None, None, None),
    # --- written by h-twoacts: a reprisal that killed too, the phrase of the act it answers behind a verb of revenge,
    # or hung deep under the object (« en riposte à », the parse hanging the figure on the day)
    ("Troops killed 11 militants near Kossa on Wednesday to avenge Monday's attack that killed four soldiers.", "en",
     CLA, 11, CLA, D(2024, 5, 13), D(2024, 5, 13), True, 4),
    ("L'armée a tué mercredi onze jihadistes près de Kossa en riposte à l'attaque de lundi qui a fait quatre morts "
     "parmi les soldats.", "fr", CLA, 11, CLA, D(2024, 5, 13), D(2024, 5, 13), True, 4),
]

XFAIL = {
    8: "« attaque » under « soupçonnés d'avoir participé », the charge hung on « hommes » that the parse makes an "
       "obl: no trigger (events.is_factual: a charge participle not on an arrest's object); the arrest keeps no dead, "
       "but no act is built",
    14: "the doerless ambush beside an air strike is typed Violent demonstration (actor1 rioters)",
    15: "the parse hangs « frappes aériennes » on the day (« mardi »): no clause verb to find the reprisal phrase on",
    22: "the parse hangs « après une attaque » on « dizaines », not on « incendié »: the attack heads, the torching is "
        "lost",
    25: "the parse hangs « frappes » on the day (« mardi »): the strike's trigger is no clause's subject or object",
}


def _dead(inc) -> int | None:
    r = inc.fatalities
    return None if r is None else (r.best if r.best is not None else r.low)


@pytest.mark.parametrize("text,lang,head_sub,head_dead,act_sub,start,end,recalled,act_dead",
                         indexed_params(ROWS, XFAIL, ident=lambda k, row: f"{k}-{row[1]}"))
def test_act_behind_an_arrest_or_reprisal(text, lang, head_sub, head_dead, act_sub, start, end, recalled, act_dead):
    incs = incidents(text, lang, PUB)
    shown = [(i.sub_event_type, str(i.date.start), str(i.date.end), i.recalled, _dead(i)) for i in incs]
    # the head, the story's news, comes first
    assert incs and (incs[0].sub_event_type, incs[0].recalled, _dead(incs[0])) == (head_sub, False, head_dead), shown
    others = incs[1:]
    if act_sub is None:
        assert not others, shown
        return
    assert len(others) == 1, shown
    act = others[0]
    assert (act.sub_event_type, act.date.start, act.date.end, act.recalled, _dead(act)) == (
        act_sub, start, end, recalled, act_dead), shown
    # the act's dead are told inside its own phrase, after the head's words
    tolls = [e for e in act.evidence if e.field == "fatalities"]
    assert tolls and all(text[e.start:e.end] == e.text for e in tolls)


def test_the_set_is_bilingual_with_guards():
    langs = [row[1] for row in ROWS]
    assert langs.count("fr") * 3 >= len(ROWS) and langs.count("en") * 3 >= len(ROWS)
    assert sum(row[4] is None for row in ROWS) >= 4


# who did the reprisal is no side of the act it answers (incidents._reacts_to, Context.answering):
# (text, lang, the reprisal's doer as the text names it)
SIDES = [
    ("The army bombed rebel positions near Kossa on Tuesday in retaliation for last week's attack that killed 15 "
     "soldiers.", "en", "army"),
    ("L'armée a bombardé mardi des positions rebelles près de Kossa en représailles à l'attaque de la semaine "
     "dernière qui a fait quinze morts parmi les soldats.", "fr", "armée"),
    ("The army launched air strikes near Kossa on Tuesday to avenge last week's attack that killed 15 soldiers.",
     "en", "army"),
    ("Soldiers killed five rebels on Tuesday in retaliation for Sunday's ambush that killed three troops near Kossa.",
     "en", "Soldiers"),
    ("Les soldats ont tué mardi cinq rebelles en représailles à l'embuscade de dimanche qui a coûté la vie à trois "
     "militaires près de Kossa.", "fr", "soldats"),
]


@pytest.mark.parametrize("text,lang,doer", SIDES, ids=[f"{k}-{r[1]}" for k, r in enumerate(SIDES)])
def test_reprisals_doer_is_no_side_of_the_act_it_answers(text, lang, doer):
    incs = incidents(text, lang, PUB)
    assert len(incs) == 2, [(i.sub_event_type, [a.mention for a in i.actors]) for i in incs]
    reprisal, act = incs
    assert any(a.mention == doer for a in reprisal.actors_in("actor1"))
    assert all(a.mention != doer for a in act.actors), [(a.role, a.mention) for a in act.actors]
