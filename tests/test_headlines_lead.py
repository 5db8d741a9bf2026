"""A headline line that the lead tells again is one incident, not two, also when the headline is
as long as today's wire headlines are (9 to 16 words: "Drone strike on El Fasher market kills at
least 23, medics say"). Stories written for this file (EN and FR): a headline line with no full stop,
a blank line, then a lead (with or without a dateline) that tells the same act. The negatives keep
two incidents: a headline of another kind of act than its lead, and a first sentence that ends with
a full stop (a lead, not a headline) followed by another act of the same kind.

First run, before the rules: 4 of 13. After them (``incidents._headline_line``: a line of its own
with no full stop, up to 20 tokens, in copy not all in capitals, with a dateline read as one or two
sentences of its own between it and the lead; and ``link.two_days``: two acts of one document dated
to two different days with different tolls are not merged): 13 of 13.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.model import Document
from bilan.pipeline import extract_many


def incidents(text: str, lang: str):
    ex = list(extract_many([Document(doc_id="d", text=text, language=lang, published=dt.date(2025, 6, 14))]))[0]
    return ex.incidents


ONE = [
    ("Drone strike on El Fasher market kills at least 23, medics say\n\n"
     "KHARTOUM, June 14 (Wire) - A drone strike on a crowded market in El Fasher killed at least 23 civilians "
     "on Friday, a local medical group said.", "en", "Air/drone strike"),
    ("Gunmen kill 12 worshippers in attack on church in northeast Nigeria, police say\n\n"
     "Gunmen killed 12 worshippers in an attack on a church in Borno state on Sunday, police said.",
     "en", "Attack"),
    ("Suicide bomber kills nine at checkpoint near Mogadishu airport, officials say\n\n"
     "MOGADISHU (Wire) - A suicide bomber killed nine people at a checkpoint near Mogadishu's airport on "
     "Saturday, officials said.", "en", "Suicide bomb"),
    ("Armed men abduct 30 students from boarding school in Nigeria's Katsina state\n\n"
     "Armed men abducted 30 students from a boarding school in Katsina state overnight, local officials "
     "said on Friday.", "en", "Abduction/forced disappearance"),
    ("Militants ambush army convoy in Burkina Faso's north, killing 15 soldiers\n\n"
     "Militants ambushed an army convoy near Djibo on Thursday, killing 15 soldiers, security sources said.",
     "en", "Armed clash"),
    ("Une frappe de drone sur un marché d'El Fasher fait au moins 23 morts selon des médecins\n\n"
     "KHARTOUM, 14 juin (Wire) - Une frappe de drone a touché vendredi un marché bondé d'El Fasher, tuant au "
     "moins 23 civils, a indiqué un groupe de médecins.", "fr", "Air/drone strike"),
    ("Des hommes armés enlèvent une trentaine d'élèves dans un internat de l'État de Katsina\n\n"
     "Des hommes armés ont enlevé une trentaine d'élèves dans un internat de l'État de Katsina dans la nuit, "
     "ont indiqué vendredi des responsables locaux.", "fr", "Abduction/forced disappearance"),
    ("Burkina : des jihadistes tendent une embuscade à un convoi militaire et tuent 15 soldats\n\n"
     "Des jihadistes ont tendu jeudi une embuscade à un convoi de l'armée près de Djibo, tuant 15 soldats, "
     "selon des sources sécuritaires.", "fr", "Armed clash"),
]


@pytest.mark.parametrize("text,lang,sub", ONE, ids=[f"one-{lang}-{i}" for i, (_, lang, _) in enumerate(ONE)])
def test_a_long_headline_told_again_by_the_lead_is_one_incident(text, lang, sub):
    incs = incidents(text, lang)
    assert [i.sub_event_type for i in incs].count(sub) == 1, [(i.sub_event_type, i.location.name) for i in incs]


TWO = [
    # a headline of another kind of act than its lead: both stay
    ("Protesters storm parliament as army shells rebel positions in the north, officials say\n\n"
     "The army shelled rebel positions near Kidal on Monday, killing four fighters, officials said.",
     "en", 2),
    ("Des manifestants envahissent le parlement pendant que l'armée bombarde le nord\n\n"
     "L'armée a bombardé lundi des positions rebelles près de Kidal, tuant quatre combattants.", "fr", 2),
    # a first sentence with a full stop is a lead: two acts of one kind, two incidents
    ("Gunmen killed 12 worshippers in an attack on a church in Borno state on Sunday.\n\n"
     "In a separate attack on Monday, gunmen killed five farmers in a village near Maiduguri.", "en", 2),
    ("Des hommes armés ont tué douze fidèles dans une église de l'État de Borno dimanche.\n\n"
     "Lundi, dans une autre attaque, des hommes armés ont tué cinq agriculteurs près de Maiduguri.", "fr", 2),
]


@pytest.mark.parametrize("text,lang,n", TWO, ids=[f"two-{lang}-{i}" for i, (_, lang, _) in enumerate(TWO)])
def test_other_acts_stay_apart(text, lang, n):
    assert len(incidents(text, lang)) == n, [(i.sub_event_type, i.location.name) for i in incidents(text, lang)]


def test_the_one_incident_keeps_the_headline_and_the_lead_as_its_evidence():
    text, lang, sub = ONE[0]
    (inc,) = [i for i in incidents(text, lang) if i.sub_event_type == sub]
    assert inc.location.name == "El Fasher"
    assert inc.fatalities is not None and inc.fatalities.low == 23
