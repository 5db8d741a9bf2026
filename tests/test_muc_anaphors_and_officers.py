"""MUC-4 doers named by rank, one person told with a naming phrase and a role, plural anaphors (h-muc6).

- A person named with a rank of the forces in the doer's place of an act ("Captain Julio Mendez shot dead a
  farmer", "the attack was carried out by Colonel Rosa Vidal", « le capitaine Julio Mendez a abattu un paysan ») is
  its doer: that state's forces, the officer's title and name the mention (actors_<lang>.FORCE_RANK_TITLES,
  incidents._force_member_doer). A former officer is no serving member; an officer hit is a victim.
- A victim named by a naming phrase and given a role in apposition after the name ("the minor, who was identified
  as Pedro Luna, a student") is one person, one victim (victims.one_person).
- A plural act noun with a definite determiner and no number ("The attacks were attributed to drug traffickers",
  « Les attentats ont été attribués à ... ») after acts told before in the plural or two acts or more of a compatible
  type names them again: one incident, which takes the doer (incidents._plural_told_back).

Rows written for this file (our own places and names), EN and FR, lower and upper case.
"""

from __future__ import annotations

import pytest

from extracting import incidents

VIOLENT = ("Violence against civilians", "Battles", "Explosions/Remote violence")


def _violent(text: str, lang: str):
    return [i for i in incidents(text, lang) if i.event_type in VIOLENT]


# (text, lang, doer mention expected among actor1 (None: the rank gives no doer), its kind, victim words)
OFFICERS = [
    ("Captain Julio Mendez shot dead farmer Pedro Luna in Villa Rica on Monday.", "en",
     "Captain Julio Mendez", "state_forces", "Pedro Luna"),
    ("CAPTAIN JULIO MENDEZ SHOT DEAD FARMER PEDRO LUNA IN VILLA RICA ON MONDAY. WITNESSES SAID MENDEZ APPROACHED LUNA "
     "AND BEGAN SHOOTING AT HIM.", "en", "CAPTAIN JULIO MENDEZ", "state_forces", "PEDRO LUNA"),
    ("The attack on the mayor of Villa Rica was carried out by Colonel Julio Mendez.", "en",
     "Colonel Julio Mendez", "state_forces", "mayor"),
    ("Le capitaine Julio Mendez a abattu lundi le paysan Pedro Luna à Villa Rica.", "fr",
     "capitaine Julio Mendez", "state_forces", "Pedro Luna"),
    ("L'attaque contre le maire de Villa Rica a été menée par le colonel Julio Mendez.", "fr",
     "colonel Julio Mendez", "state_forces", "maire"),
    # guards: an officer hit is the victim; a former officer is no serving member of the forces
    ("Captain Julio Mendez was killed in Villa Rica on Monday.", "en", None, None, "Julio Mendez"),
    ("Former army captain Julio Mendez killed three peasants in Villa Rica on Monday.", "en", None, None, "peasants"),
]


@pytest.mark.parametrize("text,lang,doer,kind,victim", [
    pytest.param(*row, id=f"{row[1]}-{row[0][:50]}") for row in OFFICERS])
def test_officer_as_doer(text, lang, doer, kind, victim):
    incs = _violent(text, lang)
    hit = [i for i in incs if any(victim.lower() in (a.mention or "").lower() for a in i.actors if a.role == "victim")]
    assert hit, [(i.sub_event_type, [(a.role, a.mention) for a in i.actors]) for i in incs]
    doers = [a for a in hit[0].actors if a.role == "actor1"]
    if doer is None:
        assert not any(a.kind == "state_forces" for a in doers), [(a.kind, a.mention) for a in doers]
        return
    assert any(a.mention == doer and a.kind == kind for a in doers), [(a.kind, a.mention) for a in doers]
    assert not any(victim.lower() in (a.mention or "").lower() for a in doers)


# (text, lang, the one victim's mention, or the victims' mentions expected)
ONE_PERSON = [
    ("The minor, who was identified as Pedro Luna, a 2d-year student, was shot dead in Villa Rica on Monday.", "en",
     ["minor, who was identified as Pedro Luna, a 2d-year student"]),
    ("THE MINOR, WHO WAS IDENTIFIED AS PEDRO LUNA, A 2D-YEAR STUDENT, WAS SHOT DEAD IN VILLA RICA ON MONDAY.", "en",
     ["MINOR, WHO WAS IDENTIFIED AS PEDRO LUNA, A 2D-YEAR STUDENT"]),
    ("Gunmen killed a woman identified as Rosa Vidal, a teacher, and two farmers in San Telmo.", "en",
     ["woman identified as Rosa Vidal, a teacher", "farmers"]),
    # guard: a person named and another coordinated with them stay two
    ("A man identified as Pedro Luna and a student were shot dead in Villa Rica on Monday.", "en",
     ["man identified as Pedro Luna", "student"]),
]


@pytest.mark.parametrize("text,lang,victims", [
    pytest.param(*row, id=f"{row[1]}-{row[0][:50]}") for row in ONE_PERSON])
def test_one_person_named_and_given_a_role(text, lang, victims):
    incs = _violent(text, lang)
    assert len(incs) == 1, [(i.sub_event_type, [(a.role, a.mention) for a in i.actors]) for i in incs]
    got = sorted(a.mention for a in incs[0].actors if a.role == "victim")
    assert got == sorted(victims)


# plural anaphors: (text, lang, doer words expected on the one act told)
PLURAL = [
    ("Two bombs exploded in Villa Rica on Monday, damaging a bank and a school. The attacks were attributed to drug "
     "traffickers.", "en", "drug traffickers"),
    ("TWO BOMBS EXPLODED IN VILLA RICA ON MONDAY. THE ATTACKS WERE ATTRIBUTED TO DRUG TRAFFICKERS.", "en",
     "DRUG TRAFFICKERS"),
    ("Deux bombes ont explosé lundi à Villa Rica, endommageant une banque et une école. Les attentats ont été "
     "attribués à des narcotrafiquants.", "fr", "narcotrafiquants"),
]
# rows that were strict xfails of h-muc6, passing since h-muc7 (tests/test_muc_blame_together.py): one act told with
# two people hit, then "the killings" (incidents._plural_told_back); the placing of the devices told after the blasts
# (incidents._unarmed_agent through a verb of doing)
PLURAL += [
    ("Gunmen killed a farmer in Villa Rica on Monday and a teacher in San Telmo on Tuesday. The killings were "
     "attributed to a death squad.", "en", "death squad"),
    ("Two bombs exploded in Villa Rica on Monday. Police said two men placed the explosive devices.", "en", "two men"),
]
PLURAL_XFAIL: list[tuple[str, str, str, str]] = []


@pytest.mark.parametrize("text,lang,doer", [
    *(pytest.param(t, lang, doer, id=f"{lang}-{t[:50]}") for t, lang, doer in PLURAL),
    *(pytest.param(t, lang, doer, id=f"{lang}-{t[:50]}", marks=pytest.mark.xfail(strict=True, reason=why))
      for t, lang, doer, why in PLURAL_XFAIL)])
def test_plural_anaphor_gives_the_doer(text, lang, doer):
    incs = _violent(text, lang)
    assert len(incs) == 1, [(i.sub_event_type, [(a.role, a.mention) for a in i.actors]) for i in incs]
    assert any(doer.lower() in (a.mention or "").lower() for a in incs[0].actors if a.role == "actor1")


# guard: a plural act noun of a generality after one act told in the singular stays no act of its own
def test_plural_generality_after_one_act_is_not_merged():
    text = ("A bomb exploded at a bank in Villa Rica on Monday. The attacks on banks have increased this year, the "
            "minister said.")
    incs = _violent(text, "en")
    assert len(incs) == 1
    assert [a.mention for a in incs[0].actors if a.role == "actor1"] == ["bomb"]
