"""A plural pronoun subject of an event verb stands for the armed actor named as a subject just
before it (EN and FR)."""

import datetime as dt
import unicodedata

import pytest
from extracting import incidents

PUBLISHED = dt.date(1990, 3, 5)


def plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))


@pytest.mark.parametrize("text,lang,group", [
    ("Early on Monday FARC rebels raided the town of Tame, where they set fire to the mayor's office.",
     "en", "FARC"),
    ("Lundi matin, des rebelles de la Séléka ont traversé Bria, où ils ont incendié la mairie.",
     "fr", "Séléka"),
])
def test_a_pronoun_subject_is_the_armed_actor_named_before(text, lang, group):
    incs = [i for i in incidents(text, lang, PUBLISHED) if i.targets]
    assert incs, incidents(text, lang, PUBLISHED)
    perps = [a for a in incs[0].actors if a.role == "actor1"]
    assert perps and plain(group) in plain(f"{perps[0].name} {perps[0].mention}"), incs[0].actors


def test_a_pronoun_after_no_armed_subject_names_no_one():
    text = "Residents fled the town on Monday after they heard that the market had been set on fire."
    for inc in incidents(text, "en", PUBLISHED):
        assert all(a.kind == "unidentified" for a in inc.actors if a.role == "actor1"), inc.actors


@pytest.mark.parametrize("text,lang,group", [
    ("On Monday police said that FARC rebels who planted a car bomb near the courthouse in Cali "
     "had fled.", "en", "FARC"),
    ("Lundi, la police a indiqué que des rebelles de la Séléka qui ont incendié la mairie de Bria "
     "avaient fui.", "fr", "Séléka"),
])
def test_the_actor_whose_relative_clause_tells_the_act_did_it(text, lang, group):
    incs = incidents(text, lang, PUBLISHED)
    assert incs
    perps = [a for a in incs[0].actors if a.role == "actor1"]
    assert perps and plain(group) in plain(f"{perps[0].name} {perps[0].mention}"), incs[0].actors


@pytest.mark.parametrize("text,lang,group", [
    ("On Monday police attributed the bomb attack on the courthouse in Cali to FARC rebels.", "en", "FARC"),
    ("Lundi, la police a attribué l'attentat contre le tribunal de Bria aux rebelles de la Séléka.",
     "fr", "Séléka"),
])
def test_the_actor_an_attack_is_laid_at_did_it(text, lang, group):
    incs = incidents(text, lang, PUBLISHED)
    assert incs
    perps = [a for a in incs[0].actors if a.role == "actor1"]
    assert perps and plain(group) in plain(f"{perps[0].name} {perps[0].mention}"), incs[0].actors


@pytest.mark.parametrize("text,lang", [
    # a passive subject is who it was done to, the "by"/"par" complement who did it
    ("Two policemen were machinegunned by terrorists in Cali on Monday.", "en"),
    ("Trois soldats ont été tués par des jihadistes près de Ménaka lundi.", "fr"),
    ("Des soldats ont été attaqués par des rebelles à Bria lundi.", "fr"),
])
def test_a_passive_subject_is_not_the_perpetrator(text, lang):
    incs = incidents(text, lang)
    assert len(incs) == 1
    actor1 = [a for a in incs[0].actors if a.role == "actor1"]
    assert actor1 and actor1[0].kind not in ("state_forces", "police"), incs[0].actors
