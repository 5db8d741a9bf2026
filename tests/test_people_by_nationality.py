"""Rows from stories of our own, wire style (h-nat): people counted by their nation or community, and forces words
that only qualify a thing. Every row failed before but the marked guards.

- "Israeli troops killed two Palestinians during a raid on Tulkarm", « ont tué deux Palestiniens », "Gunmen killed
  six Fulani", « ont tué six Peuls », "Two Afghans were killed when a bomb went off": the people counted by a noun of
  their nation or community (victims_<lang>.COMMUNITY_NOUNS) gave no victim mention, the toll alone being right. They
  are the people hit, a victim of kind people; no civilians by the word alone (such a noun names fighters as well as
  bystanders: victims.find_victim_mentions, label COM). The same word as an adjective before a noun ("Fulani herders",
  « des éleveurs peuls ») is no mention of its own: the noun is who they are (guards). The foreigners of
  ``NATIONALITY_NOUNS`` ("two Americans were kidnapped") stay civilians (guard).
- "Russia's defence ministry said its troops had struck military targets near Sumy", « des cibles militaires »: h-nat
  made a forces word that is only an adjective of a thing no actor; taken back at the merge (the full suite's guards of
  tests/test_same_area_and_quoted_targets.py: the doer's words name the side hit, the forces of the country hit). The
  rows hold that convention: Ukraine's forces the side hit, never Russia's own. "An army spokesman"/"a military
  spokesman" keeps his force as the claim's organisation, and "attacked military positions" keeps the army as the
  side hit: guards.
- « L'enlèvement de deux Italiens par des hommes armés » gave no victim: the nationality noun, the complement of the
  act's noun (nmod after its head), was read as a nationality before a noun. A complement after its noun is who
  (victims.find_victim_mentions).
- Guard: "killed 12 people in Amhara": a community noun after a preposition of place
  (victims_<lang>.COMMUNITY_PLACE_PREPS) is the land named after it, no one hit (victims._after_place_preposition).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

DAY = dt.date(2024, 6, 12)


def _victims(inc) -> list[tuple[str, str]]:
    return [(a.name, a.mention) for a in inc.actors if a.role == "victim"]


@pytest.mark.parametrize("lang,text,mention,toll", [
    pytest.param("en", "TULKARM, West Bank, June 12 (Reuters) - Israeli troops killed two Palestinians during a raid on "
                       "the Nur Shams camp near Tulkarm on Wednesday, the Palestinian health ministry said.",
                 "Palestinians", 2, id="en-two-palestinians"),
    pytest.param("fr", "TULKAREM, Cisjordanie, 12 juin (AFP) - Les soldats israéliens ont tué deux Palestiniens lors "
                       "d'un raid près de Tulkarem mercredi, a indiqué le ministère palestinien de la Santé.",
                 "Palestiniens", 2, id="fr-deux-palestiniens"),
    pytest.param("en", "MOPTI, Mali, June 12 (Reuters) - Gunmen killed six Fulani in an attack on a hamlet near Djenne "
                       "on Tuesday, a local official said.", "Fulani", 6, id="en-six-fulani"),
    pytest.param("fr", "MOPTI, Mali, 12 juin (AFP) - Des hommes armés ont tué six Peuls lors d'une attaque contre un "
                       "hameau près de Djenné mardi, selon un élu local.", "Peuls", 6, id="fr-six-peuls"),
    pytest.param("en", "KABUL, June 12 (Reuters) - Two Afghans were killed when a bomb went off near a market in "
                       "Herat province on Wednesday, police said.", "Afghans", 2, id="en-two-afghans"),
])
def test_people_counted_by_their_community_are_the_people_hit(lang, text, mention, toll):
    (inc,) = extracting.incidents(text, lang, DAY)
    assert ("people", mention) in _victims(inc)
    assert inc.fatalities.best == toll
    assert inc.civilian_fatalities is None


@pytest.mark.parametrize("lang,text,mention", [
    pytest.param("en", "MOPTI, Mali, June 12 (Reuters) - Gunmen killed six Fulani herders near Djenne on Tuesday, "
                       "a local official said.", "Fulani herders", id="guard-en-fulani-herders"),
    pytest.param("fr", "MOPTI, Mali, 12 juin (AFP) - Six éleveurs peuls ont été tués par des hommes armés près de "
                       "Djenné mardi, selon un élu local.", "éleveurs peuls", id="guard-fr-eleveurs-peuls"),
])
def test_a_community_adjective_stays_on_its_noun(lang, text, mention):
    (inc,) = extracting.incidents(text, lang, DAY)
    victims = _victims(inc)
    assert any(m.endswith(mention) for _, m in victims), victims
    assert not any(m in ("Fulani", "peuls") for _, m in victims)


def test_foreigners_by_nationality_stay_civilians():  # guard
    from bilan import nlp as nlp_mod
    from bilan.extract.victims import find_victim_mentions
    doc = nlp_mod.parse("Two Americans were kidnapped near the port on Tuesday.", "en")
    (m,) = find_victim_mentions(doc, "en")
    assert (m.text, m.civilian) == ("Americans", True)
    doc = nlp_mod.parse("Two Palestinians were wounded near the camp on Tuesday.", "en")
    (m,) = find_victim_mentions(doc, "en")
    assert (m.text, m.civilian) == ("Palestinians", False)


@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "KYIV, June 12 (Reuters) - Russia's defence ministry said its troops had struck military targets "
                       "near Sumy overnight.", id="en-military-targets"),
    pytest.param("en", "KYIV, June 12 (Reuters) - Russia's defence ministry said its forces had struck military "
                       "infrastructure in the Sumy region on Tuesday.", id="en-military-infrastructure"),
    pytest.param("fr", "KIEV, 12 juin (AFP) - Le ministère russe de la Défense a affirmé que ses troupes avaient frappé "
                       "des cibles militaires près de Soumy dans la nuit.", id="fr-cibles-militaires"),
])
def test_a_forces_word_qualifying_a_thing_names_the_side_hit(lang, text):
    """(taken back at the merge: h-nat read "military targets" as no side hit; the project's convention, kept by the
    guards of tests/test_same_area_and_quoted_targets.py, is that the doer's words name the side hit, the forces of the
    country hit, as ACLED codes a strike on military infrastructure; these rows now hold that convention, and that the
    doer's own forces are never the side hit)"""
    (inc,) = extracting.incidents(text, lang, DAY)
    assert [a.name for a in inc.actors if a.role == "actor1"] == ["Military Forces of Russia"]
    assert [a.name for a in inc.actors if a.role in ("actor2", "victim")] == ["Military Forces of Ukraine"]


def test_military_positions_keep_the_force_hit():  # guard
    text = ("BANGUI, June 12 (Reuters) - Rebels attacked military positions near Kaga-Bandoro on Tuesday, "
            "the army said.")
    (inc,) = extracting.incidents(text, "en", DAY)
    assert "Military Forces of the Central African Republic" in [a.name for a in inc.actors if a.role == "actor2"]


def test_a_military_spokesman_keeps_his_force():  # guard
    text = ("BANGUI, June 12 (Reuters) - A military spokesman said three soldiers were killed in an ambush near "
            "Kaga-Bandoro on Tuesday.")
    (inc,) = extracting.incidents(text, "en", DAY)
    assert inc.claims and inc.claims[0].organisation == "Military Forces of the Central African Republic"
    assert inc.fatalities.best == 3


def test_foreigners_named_in_the_complement_of_the_act():
    # « L'enlèvement de deux Italiens »: the French parse hangs the nationality noun on the act's noun as its
    # complement (nmod after its head): who was taken, no nationality before a noun
    text = ("BAMAKO, 12 juin (AFP) - L'enlèvement de deux Italiens par des hommes armés près de Gao mardi inquiète "
            "Rome, selon une source sécuritaire.")
    (inc,) = extracting.incidents(text, "fr", DAY)
    assert ("civilians", "Italiens") in _victims(inc)


def test_a_land_named_after_a_community_is_no_one_hit():  # guard of the rows above
    text = ("ADDIS ABABA, June 12 (Reuters) - Fighting between militias killed 12 people in Amhara on Monday, "
            "officials said.")
    (inc,) = extracting.incidents(text, "en", DAY)
    assert "Amhara" not in [m for _, m in _victims(inc)]
    assert inc.fatalities.best == 12
