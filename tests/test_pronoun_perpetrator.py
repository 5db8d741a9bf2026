"""A plural pronoun subject of an event verb stands for the armed actor named as a subject just
before it (EN and FR)."""

import datetime as dt

import pytest
from extracting import incidents

PUBLISHED = dt.date(1990, 3, 5)


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
    assert perps and group.lower() in f"{perps[0].name} {perps[0].mention}".lower(), incs[0].actors


def test_a_pronoun_after_no_armed_subject_names_no_one():
    text = "Residents fled the town on Monday after they heard that the market had been set on fire."
    for inc in incidents(text, "en", PUBLISHED):
        assert all(a.kind == "unidentified" for a in inc.actors if a.role == "actor1"), inc.actors
