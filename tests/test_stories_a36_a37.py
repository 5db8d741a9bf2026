"""Rows from two stories of our own (a36: a car bomb near a hotel in Mogadishu, claimed by al-Shabaab "fighting to
topple the government"; a37: students abducted from a school in Borno, no group claiming it and the authorities
suspecting Boko Haram). Each row is text of our own in the style of those stories.

- A blast a group claims ("Al Shabaab claimed responsibility for the blast", « Les shebab ont revendiqué
  l'explosion ») is no accident, whatever toll its sentence tells: the claiming group did it
  (events.claimed_as_own); not a blast nobody claimed ("No group claimed the blast").
- What a group is about, told by a present participle or a present relative clause with its aim ("the al
  Qaeda-affiliated group fighting to topple the government", « qui combattent pour renverser le gouvernement »), is
  no act of the story (events._aim_of_a_group); an act told in the past with its aim still is ("Rebels who attacked
  the town to seize weapons killed five soldiers").
- The state's civil servants and buildings ("a hotel popular with government officials") are no force
  (actors_en.NOT_ACTORS).
- A suspicion of a group named after a group noun ("Authorities suspect the jihadist group Boko Haram", « les
  autorités soupçonnent le groupe jihadiste Boko Haram ») names the doer of an act no one was named for, unnamed
  "gunmen" included (incidents._names_the_noun, incidents._take_blamed); so does one beside the act told again
  (« Aucun groupe n'a revendiqué l'enlèvement, mais les autorités soupçonnent Boko Haram »); not a suspicion of
  another act ("... Boko Haram of recruiting children").
Every row failed on the code before this stop but the guards.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

OCT6 = dt.date(2026, 10, 6)  # a Tuesday

BOMB_EN = "A car bomb killed nine people near a hotel in Mogadishu on Monday. "
BOMB_FR = "Une voiture piégée a tué neuf personnes lundi près d'un hôtel de Mogadiscio. "
KIDNAP_EN = "Gunmen abducted 40 students from a school in Mafa on Tuesday night. "
KIDNAP_FR = "Des hommes armés ont enlevé mardi soir 40 élèves d'une école de Mafa. "

# (text, lang, number of incidents, the lead's doer fragment (lower case), or None for no named doer)
ROWS = [
    (BOMB_EN + "Al Shabaab claimed responsibility for the blast.", "en", 1, "shabaab"),
    (BOMB_EN + "Al Shabaab, the al Qaeda-affiliated group fighting to topple the government, claimed responsibility "
     "for the blast.", "en", 1, "shabaab"),
    (BOMB_FR + "Les shebab, qui combattent pour renverser le gouvernement, ont revendiqué l'explosion.", "fr", 1,
     "shabaab"),
    (KIDNAP_EN + "Authorities suspect the jihadist group Boko Haram.", "en", 1, "boko haram"),
    (KIDNAP_FR + "Les autorités soupçonnent le groupe jihadiste Boko Haram.", "fr", 1, "boko haram"),
    (KIDNAP_EN + "No group claimed the abduction, but authorities suspect Boko Haram.", "en", 1, "boko haram"),
    (KIDNAP_FR + "Aucun groupe n'a revendiqué l'enlèvement, mais les autorités soupçonnent le groupe jihadiste Boko "
     "Haram.", "fr", 1, "boko haram"),
    # guards
    (KIDNAP_EN + "Authorities suspect the jihadist group Boko Haram of recruiting children.", "en", 1, None),
    ("Rebels who attacked the town to seize weapons killed five soldiers on Monday.", "en", 1, None),
    ("A gas explosion killed nine people in Mogadishu on Monday. No group claimed the blast.", "en", 0, None),
    ("Une explosion de gaz a tué neuf personnes lundi à Mogadiscio. Aucun groupe n'a revendiqué l'explosion.", "fr",
     0, None),
]


@pytest.mark.parametrize("text,lang,n,doer", ROWS, ids=[f"{r[1]}-{k}" for k, r in enumerate(ROWS)])
def test_claimed_acts_aims_and_suspects(text, lang, n, doer):
    got = extracting.incidents(text, lang, OCT6)
    assert len(got) == n, [(i.sub_event_type, extracting.doers(i)) for i in got]
    if not got:
        return
    ds = extracting.doers(got[0])
    if doer is None:
        assert not any("boko" in d or "shabaab" in d for d in ds), ds
    else:
        assert any(doer in d for d in ds), ds


# (text, lang): a blast near a place civil servants use hits no force
OFFICIALS = [
    ("A car bomb exploded near a hotel popular with government officials in Mogadishu on Monday, killing nine "
     "people, police said.", "en"),
    ("A car bomb exploded outside government offices in Mogadishu on Monday, killing nine people.", "en"),
]


@pytest.mark.parametrize("text,lang", OFFICIALS, ids=[f"{r[1]}-{k}" for k, r in enumerate(OFFICIALS)])
def test_government_officials_are_no_force(text, lang):
    got = extracting.incidents(text, lang, OCT6)
    assert len(got) == 1
    assert not any("Military Forces" in a.name for a in got[0].actors), [(a.role, a.name) for a in got[0].actors]


def test_government_forces_still_are():
    got = extracting.incidents("Government forces killed five militants in Mogadishu on Monday.", "en", OCT6)
    assert len(got) == 1
    assert any("Military Forces of Somalia" == a.name for a in got[0].actors if a.role == "actor1")
