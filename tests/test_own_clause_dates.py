"""An act told in a clause of its own (a relative clause, a participle, an event noun) takes the date
that hangs on it, not a finer date of the clause it hangs on: "attended today the funeral of the
judge, who was shot in March" dates the shooting to March. Own sentences, EN and FR."""

import datetime as dt

import pytest
from extracting import incidents

PUB = dt.date(1990, 6, 18)


@pytest.mark.parametrize("text,lang", [
    ("Hundreds of people attended today the funeral of a judge, who was shot dead in March in Cali.", "en"),
    ("HUNDREDS OF PEOPLE ATTENDED TODAY THE FUNERAL OF A JUDGE, WHO WAS SHOT DEAD IN MARCH IN CALI.", "en"),
    ("Des centaines de personnes ont assisté lundi aux obsèques d'un juge, abattu en mars à Cali.", "fr"),
])
def test_the_act_takes_the_month_of_its_own_clause(text, lang):
    incs = [i for i in incidents(text, lang, PUB) if i.event_type == "Violence against civilians"]
    assert len(incs) == 1
    assert incs[0].date.precision == "month" and incs[0].date.start == dt.date(1990, 3, 1), incs[0].date


@pytest.mark.parametrize("text,lang", [
    ("Gunmen today shot dead a judge who was leaving his office in Cali.", "en"),
    ("Des hommes armés ont abattu lundi un juge qui sortait de son bureau à Cali.", "fr"),
])
def test_an_act_of_the_main_clause_keeps_its_day(text, lang):
    incs = [i for i in incidents(text, lang, PUB) if i.event_type == "Violence against civilians"]
    assert len(incs) == 1
    assert incs[0].date.precision == "day" and incs[0].date.start == PUB, incs[0].date
