"""A burn survivor told in a later sentence (« A third man, badly burned, died in hospital ») joins the
arson told first and updates its toll, instead of making a second incident. Stories written for these
tests (issue 3, class 10).

First run (before any change for them): 5 of 9.
After (events._drop_states_of_the_dying: "badly burned" before a death verb is no act): 8 of 9.
With h-gang (victims.dying_after_state: the one the parse hangs on the state told between commas, « Un passager,
gravement brûlé, a succombé », died of the verb after it): 9 of 9.
"""

from __future__ import annotations

import pytest

from extracting import incidents

# text, lang, killed in the one incident
STORIES = [
    ("Militiamen set fire to a house in Bunia on Sunday, killing two children. A third man, badly burned, died in"
     " hospital.", "en", 3),
    ("Rioters torched a bus in Kisumu on Friday, killing the driver. A passenger, badly burned, died in hospital on"
     " Saturday.", "en", 2),
    ("Gunmen set a church on fire in Ondo on Monday. Two worshippers who suffered severe burns later died.", "en", 2),
    ("Attackers burned down a market in Bambari, killing four traders. A fifth victim, who had suffered burns,"
     " died overnight.", "en", 5),
    ("Arsonists set fire to a petrol station in Lagos on Tuesday, injuring six people. One of the injured, badly"
     " burned, died on Wednesday.", "en", 1),
    ("Des miliciens ont incendié une maison à Bunia dimanche, tuant deux enfants. Un troisième homme, grièvement"
     " brûlé, est mort à l'hôpital.", "fr", 3),
    ("Des émeutiers ont incendié un bus à Kisumu vendredi, tuant le chauffeur. Un passager, gravement brûlé, a"
     " succombé à ses blessures samedi.", "fr", 2),
    ("Des assaillants ont mis le feu à une école à Dori. Un élève, brûlé au troisième degré, est décédé lundi.",
     "fr", 1),
    ("DES INCONNUS ONT INCENDIE UNE MAISON A GAO. UNE FEMME, GRIEVEMENT BRULEE, EST MORTE A L'HOPITAL.", "fr", 1),
]

XFAIL: dict[str, str] = {}


def _toll(r) -> int | None:
    return None if r is None else (r.best if r.best is not None else r.low)


@pytest.mark.parametrize("text,lang,killed", [
    pytest.param(*row, id=f"{row[1]}-{row[0][:40]}",
                 marks=[pytest.mark.xfail(strict=True, reason=XFAIL[row[0]])] if row[0] in XFAIL else [])
    for row in STORIES])
def test_a_burn_survivor_who_died_joins_the_arson(text, lang, killed):
    incs = incidents(text, lang)
    assert len(incs) == 1, [(i.sub_event_type, _toll(i.fatalities)) for i in incs]
    assert _toll(incs[0].fatalities) == killed
