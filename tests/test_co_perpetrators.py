"""Named armed groups joined to the perpetrator in its phrase did the act with it (EN and FR); a
group on the other side of a fight, or the forces, are not joined."""

import datetime as dt

import pytest
from extracting import incidents

PUBLISHED = dt.date(1990, 3, 5)


@pytest.mark.parametrize("text,lang,groups", [
    ("Rebels of the ELN and the FARC raided two villages near Cucuta on Sunday, killing a teacher.",
     "en", {"ELN", "FARC"}),
    ("ON SUNDAY THE ELN AND THE FARC SET FIRE TO THE TOWN HALL OF TAME.", "en", {"ELN", "FARC"}),
    ("Dimanche, des hommes armés du JNIM et de l'EIGS ont attaqué le marché de Ménaka, tuant trois commerçants.",
     "fr", {"JNIM", "Islamic State"}),
])
def test_groups_joined_to_the_perpetrator_did_it_too(text, lang, groups):
    incs = [i for i in incidents(text, lang, PUBLISHED) if i.event_type != "Battles"]
    assert incs, incidents(text, lang, PUBLISHED)
    perps = " | ".join(a.name for a in incs[0].actors if a.role == "actor1")
    assert all(g in perps for g in groups), incs[0].actors


@pytest.mark.parametrize("text,lang", [
    ("On Sunday the FARC attacked the town of Tame and the army retook it on Monday.", "en"),
    ("Dimanche, le JNIM a attaqué le marché de Ménaka, et l'armée malienne a riposté.", "fr"),
])
def test_the_other_side_is_not_joined(text, lang):
    for inc in incidents(text, lang, PUBLISHED):
        perps = [a for a in inc.actors if a.role == "actor1"]
        assert len(perps) <= 1, inc.actors
