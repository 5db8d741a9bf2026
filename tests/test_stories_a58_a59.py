"""Rows from a story of our own (a59: a drone strike on a market in North Darfur, a doctors' network's toll and
accusation, the RSF denouncing a massacre, an older shelling told by "the same source"; a58, an army operation near
Boni, left a class noted in the closing note). Each row is text of our own in the style of that story.

- The source's relative clause that blames a group lays the act of its own sentence at the group's door ("...,
  according to a doctors' network, which blamed the Sudanese army", « selon un réseau de médecins qui a accusé
  l'armée soudanaise »): the army is the alleged doer (incidents._blamed_in_follow_up, _take_blamed). It was an
  unidentified group, or the RSF the story names later.
- The act a side denounces or condemns is the act told (« Les FSR ont dénoncé un « massacre » »): no second act, the
  denouncer no doer (incidents._reacted_to).
- « selon la même source » is the source told before, not who only denounced the act (claims._resolve_speakers).
- The antecedent of a source's relative clause is its noun phrase without its preposition (« réseau de médecins »,
  not « selon un réseau de médecins »: claims._np_tokens).
Every row but the guards failed on the code before this stop.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

DEC5 = dt.date(2026, 12, 5)  # a Saturday

BLAMED = [
    ("KHARTOUM, Dec 5, 2026 (AFP) - At least 40 civilians were killed on Friday in a drone strike on the market of "
     "Kabkabiya in North Darfur, according to a doctors' network, which blamed the Sudanese army. The army did not "
     "comment.", "en"),
    ("KHARTOUM, 5 décembre 2026 (AFP) - Au moins 40 civils ont été tués vendredi dans une frappe de drone sur le marché "
     "de Kabkabiya, dans le Darfour-Nord, selon un réseau de médecins qui a accusé l'armée soudanaise. L'armée n'a pas "
     "commenté.", "fr"),
    ("KHARTOUM, 5 décembre 2026 (AFP) - Au moins 40 civils ont été tués vendredi dans une frappe de drone sur le marché "
     "de Kabkabiya, dans le Darfour-Nord, selon un réseau de médecins qui a accusé l'armée soudanaise. Les Forces de "
     "soutien rapide (FSR), qui contrôlent la ville, ont dénoncé un « massacre ». L'armée n'a pas commenté.", "fr"),
]


@pytest.mark.parametrize("text,lang", BLAMED, ids=[f"{r[1]}-{k}" for k, r in enumerate(BLAMED)])
def test_the_source_that_blames_a_group_names_the_doer(text, lang):
    got = extracting.incidents(text, lang, DEC5)
    assert len(got) == 1, [(i.sub_event_type, extracting.doers(i)) for i in got]
    inc = got[0]
    assert inc.sub_event_type == extracting.AIR
    assert extracting.doers(inc) == ["military forces of sudan"]
    assert (inc.fatalities.low, inc.fatalities.best) == (40, 40)
    blame = [c for c in inc.claims if c.verb in ("blame", "accuser")]
    assert [(c.speaker, c.certainty) for c in blame] == [(
        "doctors' network" if lang == "en" else "réseau de médecins", "alleged")]


# guard: a source's relative clause that blames no armed group, or a group the act hit, names no doer
def test_a_relative_clause_blaming_no_armed_group_names_no_doer():
    text = ("KHARTOUM, Dec 5, 2026 (AFP) - At least 40 civilians were killed on Friday in a drone strike on the market "
            "of Kabkabiya in North Darfur, according to a doctors' network, which blamed the heat for the delays in "
            "treating the wounded.")
    got = extracting.incidents(text, "en", DEC5)
    assert len(got) == 1
    assert extracting.doers(got[0]) == ["unidentified armed group"]


def test_the_same_source_is_the_one_that_gave_the_toll():
    text = ("KHARTOUM, 5 décembre 2026 (AFP) - Au moins 40 civils ont été tués vendredi dans une frappe de drone sur le "
            "marché de Kabkabiya, dans le Darfour-Nord, selon un réseau de médecins. Les Forces de soutien rapide (FSR) "
            "ont dénoncé un « massacre ». Mercredi, des tirs d'artillerie des FSR sur El-Facher avaient fait six morts, "
            "selon la même source.")
    got = extracting.incidents(text, "fr", DEC5)
    older = [i for i in got if i.location.name == "El Fasher"]
    assert len(older) == 1, [(i.sub_event_type, i.location.name) for i in got]
    assert [c.speaker for c in older[0].claims] == ["réseau de médecins"]
    # the denounced massacre is the strike told, no act of the RSF
    assert [i.location.name for i in got if i is not older[0]] and all(
        extracting.doers(i) != ["rsf: rapid support forces"] for i in got if i is not older[0])
    assert len(got) == 2
