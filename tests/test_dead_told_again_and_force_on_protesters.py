"""The dead told again by a participle, and the police killing protesters (h-among).

1. "Gunmen killed twelve people in Djibo on Tuesday. Among those killed were two children.": the participle of "those
   killed" / "the people killed" / « les personnes tuées » / « ceux qui ont été tués » names the dead of the act told
   before, as "the dead" does (victims.dead_told_again): no new act with a toll of its own (incidents._dead_told_again;
   it was a second incident whose "two" was merged as another toll: 2-12), and the persons it lists are the civilian
   share of the toll (victims.listed_hit, listed_victims; incidents._civilians_listed_among_the_dead): toll 12,
   civilians 2 (or 3 with the village chief).
2. The list before the "among" phrase ("The village chief and two children were among the dead / those killed",
   « ... figurent parmi les personnes tuées »): the subject of the copula or listing verb is the list (3, was 2).
3. The police killing protesters told by « abattre » (« La police a abattu deux manifestants ») or "gunned down":
   ACLED's "Excessive force against protesters" (events_fr.PROTEST_LETHAL, events_en.PROTEST_LETHAL; was a peaceful
   protest), the protesters actor1, the police actor2, the dead 2.

4. A name with its role in apposition before a count in the list ("Among the dead were Musa Ibrahim, a teacher, and
   two children", « ..., un enseignant, et deux enfants »): the count no casualty word reaches is one of the listed
   dead (3; was none in EN, 1 in FR).

Rows marked "guard" passed before; every other row failed before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import ATT, EXF, PRO, VAC, incidents

PUB = dt.date(2026, 12, 3)

EN_TOLL = "Gunmen killed twelve people in Djibo on Tuesday. "
FR_TOLL = "Des hommes armés ont tué douze personnes mardi à Djibo. "

# text, lang, toll (low, best, high), civilian fatalities (None: none), civilians' evidence texts
TOLD_AGAIN = [
    pytest.param(EN_TOLL + "Among those killed were two children.", "en", (12, 12, 12), 2, ["two"],
                 id="en-among-those-killed"),
    pytest.param(EN_TOLL + "Among the people killed were two children.", "en", (12, 12, 12), 2, ["two"],
                 id="en-among-the-people-killed"),
    pytest.param(EN_TOLL + "Those killed included the village chief and two children.", "en", (12, 12, 12), 3,
                 ["village chief", "two"], id="en-those-killed-included"),
    pytest.param(EN_TOLL + "Among those who were killed were two children.", "en", (12, 12, 12), 2, ["two"],
                 id="en-among-those-who-were-killed"),
    pytest.param(FR_TOLL + "Parmi les personnes tuées figurent deux enfants.", "fr", (12, 12, 12), 2, ["deux"],
                 id="fr-parmi-les-personnes-tuees"),
    pytest.param(FR_TOLL + "Parmi ceux qui ont été tués figurent le chef du village et deux enfants.", "fr",
                 (12, 12, 12), 3, ["chef du village", "deux"], id="fr-parmi-ceux-qui-ont-ete-tues"),
    # the act's noun said of them ("killed in the attack"): no second act either
    pytest.param(EN_TOLL + "Among those killed in the attack were two children.", "en", (12, 12, 12), 2, ["two"],
                 id="en-among-those-killed-in-the-attack"),
    pytest.param(FR_TOLL + "Parmi les personnes tuées dans l'attaque figurent deux enfants.", "fr", (12, 12, 12), 2,
                 ["deux"], id="fr-parmi-les-personnes-tuees-dans-l-attaque"),
    # the list before the "among" phrase
    pytest.param(EN_TOLL + "The village chief and two children were among the dead.", "en", (12, 12, 12), 3,
                 ["village chief", "two"], id="en-list-before-among-the-dead"),
    pytest.param(EN_TOLL + "The village chief and two children were among those killed.", "en", (12, 12, 12), 3,
                 ["village chief", "two"], id="en-list-before-among-those-killed"),
    pytest.param(FR_TOLL + "Le chef du village et deux enfants figurent parmi les personnes tuées.", "fr",
                 (12, 12, 12), 3, ["chef du village", "deux"], id="fr-list-before-parmi-les-personnes-tuees"),
    # a name with its role in apposition, then a count (h-civlist's case): the figure after the apposition, which no
    # casualty word reaches, is in the list of the dead (incidents._civilians_listed_among_the_dead; was none in EN,
    # 1 in FR)
    pytest.param(EN_TOLL + "Among the dead were Musa Ibrahim, a teacher, and two children.", "en", (12, 12, 12), 3,
                 ["a teacher", "two"], id="en-name-with-role-then-count"),
    pytest.param(EN_TOLL + "Among those killed were Musa Ibrahim, a teacher, and two children.", "en", (12, 12, 12), 3,
                 ["a teacher", "two"], id="en-those-killed-name-with-role-then-count"),
    pytest.param(FR_TOLL + "Parmi les morts figurent Moussa Ibrahim, un enseignant, et deux enfants.", "fr",
                 (12, 12, 12), 3, ["un enseignant", "deux"], id="fr-name-with-role-then-count"),
    # the dead told again with no list: no second act merged in (was a second incident merged)
    pytest.param(EN_TOLL + "Those killed were buried on Wednesday.", "en", (12, 12, 12), None, [],
                 id="en-those-killed-buried"),
    pytest.param(FR_TOLL + "Les personnes tuées ont été enterrées mercredi.", "fr", (12, 12, 12), None, [],
                 id="fr-les-personnes-tuees-enterrees"),
    # guards (passed before): the wounded listed; the phrase with no act before it
    pytest.param(EN_TOLL + "Among those wounded were two children.", "en", (12, 12, 12), None, [],
                 id="en-guard-among-those-wounded"),
    pytest.param("Among those killed in Tuesday's attack on Djibo were two children.", "en", (2, 2, 2), 2, ["two"],
                 id="en-guard-no-act-before"),
]


@pytest.mark.parametrize("text,lang,toll,civ,civ_ev", TOLD_AGAIN)
def test_dead_told_again_by_a_participle(text, lang, toll, civ, civ_ev):
    (inc,) = incidents(text, lang, PUB)
    assert (inc.event_type, inc.sub_event_type) == (VAC, ATT)
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == toll
    assert not inc.merge_reasons  # (no second act told by the participle)
    got = inc.civilian_fatalities
    assert (got.low, got.best, got.high) == (civ, civ, civ) if civ is not None else got is None
    assert [text[e.start:e.end] for e in inc.evidence if e.field == "civilian_fatalities"] == civ_ev


# text, lang, sub-event type, dead, evidence of the dead
FORCE = [
    pytest.param("La police a abattu deux manifestants mardi à Bamako.", "fr", EXF, 2, "deux",
                 id="fr-police-abattu-manifestants"),
    pytest.param("Deux manifestants ont été abattus par la police mardi à Bamako.", "fr", EXF, 2, "Deux",
                 id="fr-manifestants-abattus-par-la-police"),
    pytest.param("Police gunned down two protesters in Bamako on Tuesday.", "en", EXF, 2, "two",
                 id="en-police-gunned-down-protesters"),
    # guards (passed before)
    pytest.param("Police shot dead two protesters in Bamako on Tuesday.", "en", EXF, 2, "two",
                 id="en-guard-police-shot-dead-protesters"),
    pytest.param("La police a tué deux manifestants mardi à Bamako.", "fr", EXF, 2, "deux",
                 id="fr-guard-police-a-tue-manifestants"),
]


@pytest.mark.parametrize("text,lang,sub,dead,dead_ev", FORCE)
def test_police_killing_protesters(text, lang, sub, dead, dead_ev):
    (inc,) = incidents(text, lang, PUB)
    assert (inc.event_type, inc.sub_event_type) == (PRO, sub)
    assert [(a.name, a.kind) for a in inc.actors_in("actor1")] == [("protesters", "protesters")]
    assert [(a.name, a.kind) for a in inc.actors_in("actor2")] == [("Police Forces of Mali", "police")]
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == (dead, dead, dead)
    assert [text[e.start:e.end] for e in inc.evidence if e.field == "fatalities"] == [dead_ev]
    assert inc.location.name == "Bamako"


def test_guard_armed_men_abattu_traders_is_an_attack():
    # guard (passed before): « abattre » said of civilians who do not protest stays an attack on civilians
    (inc,) = incidents("Des hommes armés ont abattu deux commerçants mardi à Bamako.", "fr", PUB)
    assert (inc.event_type, inc.sub_event_type) == (VAC, ATT)
    assert inc.fatalities.best == 2
