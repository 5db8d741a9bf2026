"""Doers left (3): joint doers of the state's side, the speaker's own deed, who a figure is compared with, the
speaker's channel, unidentified doers named later, a militia's backer.

Stories written for this file (EN and FR, wire style; new names, places and figures). A coder expects:

- ``joint``: "Soldiers and Wagner fighters attacked a rebel camp near the town of Ndele", « Des soldats et des
  mercenaires de Wagner ont attaqué ... », "Malian troops and Russian mercenaries raided a village", « Les FAMa et des
  instructeurs russes ... », "Army soldiers and Africa Corps fighters attacked a JNIM base": both are doers (actor1),
  the state's forces first. Before, only the first was (``incidents._co_agents`` joined named rebel groups only, and
  never in a battle; now the state's forces take the foreign or peacekeeping forces so joined, in a battle too, the
  noun whose "of" phrase the force is standing between, « des mercenaires de Wagner »), and "Africa Corps fighters"
  was read as JNIM (``actors.resolve_generic``: a named force right before the unnamed word or in its "of" phrase is
  who the word is, "Wagner fighters", « des combattants d'Africa Corps », even beside a conjoined group: "Fighting
  between Wagner fighters and CPC rebels"). All 7 failed before (the second doer lost; the Africa Corps rows took
  JNIM for the fighters; "Wagner fighters" read as the CPC).
- ``deed``: "The insurgents said they captured a police station in Dori overnight, killing six policemen", « Les
  rebelles ont affirmé avoir pris une gendarmerie à Bossangoa dimanche, tuant quatre gendarmes »: the participle tells
  the speaker's own deed (the capture whose subject is "they", or the infinitive with no subject under the claim
  verb); before, the police of the police station were the doer by the battle fallback
  (``incidents._speakers_own_deed``). Both failed before; the French « qu'ils avaient pris » and the English "had
  seized" rows are guards.
- ``compared``: "The militant group often gives higher death tolls than officials", « des bilans plus élevés que les
  autorités »: the people after a word of comparison (``victims_<lang>.COMPARISON_WORDS``; « que » only after a word of
  ``COMPARATIVE_BEFORE``) are who the figure is compared with, no one hit (``victims.compared_with``). Before, the
  officials were civilians hit (the English story failed before; the French rows passed before, the parse ties no
  « autorités »: guards). Guards: "more than 20 civilians" (a number between), « ainsi que deux policiers ».
- ``channel``: "claimed responsibility ... in a statement on its Andalus radio station", « dans un communiqué sur leur
  radio Andalus »: where the words were given out, no target (``targets.speakers_channel``,
  ``targets_<lang>.CHANNEL_PREPS``, ``STATEMENT_WORDS``). The English row failed before.
- ``named-later``: "Unidentified gunmen shot dead four traders ... A police spokesman later said the attackers were UPC
  fighters" / "the gunmen belonged to the UPC", « les assaillants étaient des combattants de l'UPC », « appartenaient
  à l'UPC »: unknown when they struck, named since: the UPC (``actors._identified_later``: a copula or a verb of
  ``actors_<lang>.BELONGING_VERBS`` whose subject names the doers again, within two sentences). All 4 failed before;
  "The army has been fighting the UPC in the area" keeps them unidentified (guards).
- ``allied``: « Une milice alliée à l'armée a attaqué le village de Kouki »: the French parse hung « armée » on
  « milice », and the army was the doer; the backer of an unnamed group is no side (``actors.affiliation_tokens``
  takes the noun the preposition after the tie leads to; ``find_actors`` drops the state's forces that back an
  unnamed group). The English row and « Des miliciens alliés aux FAMa » are guards; "Islamic State-linked militants"
  keep the only name they are given.
- ``no-group-but-active``: "No group has claimed the attack, but JNIM is active in the area": the parse hangs « is »
  on « claimed », and JNIM was taken as owning the act (``actors._owns_act`` now reads only the first verb above
  the mention); the gunmen stay unidentified. Failed before.
- Guards that passed before: a claim of responsibility after "Gunmen ... killed" (JNIM), a denial ("The UPC denied any
  involvement": unidentified), "clashes between the army and M23 rebels" (both sides named).

Left: "3R." at a sentence's end is one token (no 3R mention); « l'attentat contre la radio Andalus » gives no target.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import incidents

UAG = "unidentified armed group"
PUB = dt.date(2026, 3, 10)
CAR = "Military Forces of the Central African Republic"
MALI = "Military Forces of Mali"

# (id, lang, text, place, actor1 names, actor2 names)
JOINT = [
    ("en-wagner", "en", "BANGUI, March 10 (Reuters) - Soldiers and Wagner fighters attacked a rebel camp near the town "
     "of Ndele on Monday, killing nine rebels, the army said.", "Ndélé", [CAR, "Wagner Group"], [UAG]),
    ("fr-wagner", "fr", "BANGUI, 10 mars 2026 (AFP) - Des soldats et des mercenaires de Wagner ont attaqué lundi un camp "
     "rebelle près de Ndélé, tuant neuf rebelles, selon l'armée.", "Ndélé", [CAR, "Wagner Group"], [UAG]),
    ("en-russian", "en", "BAMAKO, March 10 (Reuters) - Malian troops and Russian mercenaries raided a village near Niono "
     "on Monday, killing 14 civilians, residents said.", "Niono", [MALI, "Wagner Group"], []),
    ("fr-instructors", "fr", "Les FAMa et des instructeurs russes ont attaqué lundi un village près de Niono, tuant 14 "
     "civils, selon des habitants.", "Niono", [MALI, "Wagner Group"], []),
    ("en-africa-corps", "en", "Army soldiers and Africa Corps fighters attacked a JNIM base near Niono on Sunday, killing "
     "20 militants.", "Niono", [MALI, "Africa Corps"], ["JNIM"]),
    ("fr-africa-corps", "fr", "Des militaires et des combattants d'Africa Corps ont attaqué dimanche une base du JNIM "
     "près de Niono.", "Niono", [MALI, "Africa Corps"], ["JNIM"]),
    ("en-between", "en", "Fighting between Wagner fighters and CPC rebels near Bossangoa killed eleven people on "
     "Sunday.", "Bossangoa", ["Wagner Group"], ["Coalition of Patriots for Change"]),
    # guards (passed before)
    ("en-clashes", "en", "Heavy clashes between the army and M23 rebels near Rutshuru left 14 combatants dead on "
     "Tuesday, local sources said.", "Rutshuru", ["M23"], ["Military Forces of the Democratic Republic of Congo"]),
    ("fr-clashes", "fr", "De violents affrontements entre l'armée et les rebelles du M23 ont fait 14 morts mardi près de "
     "Rutshuru.", "Rutshuru", ["Military Forces of the Democratic Republic of Congo"], ["M23"]),
]


def _sides(inc):
    return ([a.name for a in inc.actors_in("actor1")], [a.name for a in inc.actors_in("actor2")])


@pytest.mark.parametrize("rid,lang,text,place,doers,hit", JOINT, ids=[r[0] for r in JOINT])
def test_joint_doers(rid, lang, text, place, doers, hit):
    found = incidents(text, lang, published=PUB)
    inc = next((i for i in found if i.location.name == place), None)
    assert inc is not None, [(i.sub_event_type, i.location.name) for i in found]
    assert _sides(inc) == (doers, hit)


# (id, lang, text, actor1, actor2, killed)
DEED = [
    ("en-deed", "en", "The insurgents said they captured a police station in Dori overnight, killing six policemen and "
     "wounding two.", UAG, "Police Forces of Burkina Faso", 6),
    ("fr-deed", "fr", "Les rebelles ont affirmé avoir pris une gendarmerie à Bossangoa dimanche, tuant quatre "
     "gendarmes.", UAG, "Police Forces of the Central African Republic", 4),
    # guards (passed before)
    ("en-deed-had", "en", "Separatist rebels said on Tuesday they had seized a gendarmerie post in the town of "
     "Bossangoa, killing four gendarmes.", UAG, "Police Forces of the Central African Republic", 4),
    ("fr-deed-que", "fr", "Les insurgés ont dit qu'ils avaient pris un poste de police à Dori, tuant six policiers.", UAG,
     "Police Forces of Burkina Faso", 6),
]


@pytest.mark.parametrize("rid,lang,text,doer,hit,killed", DEED, ids=[r[0] for r in DEED])
def test_the_speakers_own_deed(rid, lang, text, doer, hit, killed):
    (inc,) = incidents(text, lang, published=PUB)
    assert _sides(inc) == ([doer], [hit])
    assert inc.fatalities.best == killed


BOMB_EN = ("Al-Shabaab car bomb kills 11 at Somali police academy\n\nMOGADISHU, June 9 (Reuters) - A car bomb exploded "
           "at the gate of a police academy in the Somali capital on Monday, killing at least 11 recruits, a police "
           "spokesman said.\n\nAl Shabaab claimed responsibility for the blast in a statement on its Andalus radio "
           "station, saying it had killed 27 police officers. The militant group often gives higher death tolls than "
           "officials.")
BOMB_FR = ("Des shebab ont attaqué dimanche une base militaire près d'Afgoye, tuant neuf soldats, selon un officier. Les "
           "shebab ont revendiqué l'attaque dans un communiqué sur leur radio Andalus. Le groupe donne souvent des "
           "bilans plus élevés que les autorités.")


@pytest.mark.parametrize("lang,text", [("en", BOMB_EN), ("fr", BOMB_FR)], ids=["en", "fr"])
def test_compared_and_channel(lang, text):
    (inc,) = incidents(text, lang, published=dt.date(2026, 6, 9))
    assert [a.name for a in inc.actors_in("actor1")] == ["al-Shabaab"]
    assert [a.name for a in inc.actors if a.role == "victim"] == []
    assert [t.name for t in inc.targets if "radio" in t.name.lower()] == []


@pytest.mark.parametrize("lang,text,civilians,killed", [
    ("fr", "Des hommes armés ont tué 14 civils près de Bambari. Le groupe donne souvent des bilans plus élevés que les "
           "autorités locales.", ["civils"], 14),
    # guards: a figure's own "than"; « ainsi que » adds people hit
    ("en", "Gunmen killed more than 20 civilians near Bambari, more than local officials had said.", ["civilians"], 21),
    ("fr", "Des hommes armés ont tué trois soldats ainsi que deux policiers près de Bambari.", [], 5),
], ids=["fr-compared-local", "en-more-than", "fr-ainsi-que"])
def test_compared_with_no_one_hit(lang, text, civilians, killed):
    (inc,) = incidents(text, lang, published=PUB)
    assert [a.mention for a in inc.actors if a.role == "victim"] == civilians
    assert inc.fatalities.best == killed


LATER_EN = "Unidentified gunmen shot dead four traders at a market in the town of Bouar on Friday. "
LATER_FR = "Des hommes armés non identifiés ont abattu vendredi quatre commerçants sur un marché de Bouar. "

NAMED_LATER = [
    ("en-were", "en", "A police spokesman later said the attackers were UPC fighters.", "UPC"),
    ("en-belonged", "en", "Police later said the gunmen belonged to the UPC.", "UPC"),
    ("fr-etaient", "fr", "Un porte-parole de la police a ensuite indiqué que les assaillants étaient des combattants de "
     "l'UPC.", "UPC"),
    ("fr-appartenaient", "fr", "Selon la police, les assaillants appartenaient à l'UPC.", "UPC"),
    # a denial names no one (failed on this stop's first rule, mended)
    ("en-were-not", "en", "Police said the attackers were not UPC fighters.", UAG),
    ("fr-netaient-pas", "fr", "Selon la police, les assaillants n'étaient pas des combattants de l'UPC.", UAG),
    # guards (passed before): a mention that says nothing of who they were, or only what they probably were
    ("en-probably", "en", "Police said the attackers were probably UPC fighters.", UAG),
    ("en-fighting", "en", "The army has been fighting the UPC in the area.", UAG),
    ("fr-combat", "fr", "L'armée combat l'UPC dans la zone.", UAG),
]


@pytest.mark.parametrize("rid,lang,after,doer", NAMED_LATER, ids=[r[0] for r in NAMED_LATER])
def test_unidentified_doers_named_later(rid, lang, after, doer):
    text = (LATER_EN if lang == "en" else LATER_FR) + after
    inc = incidents(text, lang, published=PUB)[0]
    assert inc.location.name == "Bouar"
    assert [a.name for a in inc.actors_in("actor1")] == [doer]


@pytest.mark.parametrize("lang,text,doer", [
    ("fr", "Une milice alliée à l'armée a attaqué samedi le village de Kouki, tuant sept civils, selon un responsable "
           "local.", UAG),
    # guards (passed before)
    ("en", "A militia allied with the army attacked the village of Kouki on Saturday, killing seven civilians.", UAG),
    ("fr", "Des miliciens alliés aux FAMa ont tué samedi sept civils près de Niono.", UAG),
    ("en", "Islamic State-linked militants killed seven civilians near Niono.", "Islamic State"),
], ids=["fr-alliee", "en-allied", "fr-allies-fama", "en-is-linked"])
def test_a_militias_backer_is_no_doer(lang, text, doer):
    (inc,) = incidents(text, lang, published=PUB)
    assert [a.name for a in inc.actors_in("actor1")] == [doer]
    assert inc.fatalities.best == 7


@pytest.mark.parametrize("lang,text,doer", [
    ("en", "Gunmen on motorbikes killed eleven villagers near Dori on Sunday. JNIM claimed responsibility for the "
           "attack in a statement on Monday.", "JNIM"),
    ("fr", "Des hommes armés ont tué onze villageois dimanche près de Dori. Le JNIM a revendiqué l'attaque lundi dans un "
           "communiqué.", "JNIM"),
    ("en", "Gunmen killed nine farmers near Batangafo on Monday. The UPC denied any involvement in the killings.", UAG),
    ("fr", "Des hommes armés ont tué neuf cultivateurs lundi près de Batangafo. L'UPC a démenti toute implication.", UAG),
    # a group the sentence that says no one claimed it says only active in the area: its verb is its own, not the
    # verb of claiming the parse hangs it on (``actors._owns_act``; failed before)
    ("en", "Gunmen killed seven herders near Markoye on Thursday. No group has claimed the attack, but JNIM is active "
           "in the area.", UAG),
    # guards (passed before)
    ("fr", "Des hommes armés ont tué sept éleveurs jeudi près de Markoye. L'attaque n'a pas été revendiquée, mais le "
           "JNIM est actif dans la zone.", UAG),
    ("en", "Gunmen killed seven herders near Markoye on Thursday. JNIM claimed the attack, but the army said the "
           "explosion near the market was not claimed.", "JNIM"),
], ids=["en-claimed", "fr-claimed", "en-denied", "fr-denied", "en-no-group-but-active", "fr-not-claimed-but-active",
        "en-claimed-other-not"])
def test_claimed_and_denied(lang, text, doer):
    inc = incidents(text, lang, published=PUB)[0]
    assert [a.name for a in inc.actors_in("actor1")] == [doer]
