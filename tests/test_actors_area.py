"""Who did it when the story names a group only as present in the area, as suspected, or next to an act
"not claimed" (EN and FR, stories written for this file in the style of Sahel wire copy, 2023-25).

An ACLED/UCDP coder keeps an unidentified armed group as the doer when the text only says that a named
group operates in the zone ("the zone is JNIM's theatre of operations", « la zone est le théâtre
d'opérations du JNIM »), that it is suspected or believed to be behind the act (« soupçonné »,
« seraient »), or that the act was not claimed (« n'a pas été revendiquée »): the group is then no
actor1 of the incident. The suspicion may stay as a claim of lower certainty (possible, alleged,
probable) that names the group. A group the story plainly tells as the doer ("JNIM fighters attacked",
« l'attaque a été revendiquée par le JNIM », the doer of the act in another sentence) stays actor1.

Not covered here (kept as the project had them, for the MUC-4 keys' "SUSPECTED OR ACCUSED"): a hedge inside
the doer's own noun phrase ("suspected FARC rebels kidnapped", « des rebelles soupçonnés d'appartenir à l'ELN
ont dynamité ») and an accusation ("POLICE BLAMED THE SHINING PATH", "accused the FMLN of"): the group stays
the doer, the hedge or the accusation is the incident's claim (tests/test_perpetrator_hedges.py,
tests/test_muc4_style_confidence.py).

First run, before any rule of this round: 21 of 31 passed (the group no doer 4 of 14: only "unidentified
armed men" and the two explosive devices; the group the doer 12 of 12; the suspicion a claim 5 of 5). The
two town-hall rows (an arson, ACLED's property destruction, a strategic development) were read then only
among the violent incidents and failed for that too; the helper reads every incident with actors since.
After this round's rules (the act "not claimed" with no group claiming it, a group only suspected or only
said to be present in the zone is no candidate for the single-named-group rule; "non identifiés" after
the mention): 31 of 31.
"""

import unicodedata

import pytest
from extracting import VIOLENT, extract


def plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))


def violent(text: str, lang: str):
    """The incidents of the story: its violent acts and the burning of a town hall (ACLED's property
    destruction, a strategic development, has its doer too)."""
    doc, incs = extract(text, lang)
    return doc, [i for i in incs if i.event_type in VIOLENT or i.actors]


def doers(text: str, lang: str) -> list[str]:
    _, incs = violent(text, lang)
    return [f"{a.name} | {a.mention}" for i in incs for a in i.actors if a.role == "actor1"]


def named(group: str, actors: list[str]) -> bool:
    return any(plain(group) in plain(a) for a in actors)


# the group is named only as present in the zone, suspected, or beside an act not claimed
NOT_THE_DOER = [
    ("Gunmen killed nine villagers in Tin-Akoff on Sunday. The attack was not claimed, but the zone is "
     "JNIM's theatre of operations.", "en", "JNIM"),
    ("Unidentified armed men attacked a market in Seytenga on Friday, killing 14 civilians. No group has "
     "claimed the attack. The Islamic State Sahel Province is active in the area.", "en", "Islamic State"),
    ("Gunmen on motorbikes killed seven traders on the road to Djibo on Monday. Security sources suspect "
     "JNIM fighters.", "en", "JNIM"),
    ("An explosive device killed four soldiers near Boni on Wednesday. The attack has not been claimed; "
     "analysts suspect JNIM, which operates in the area.", "en", "JNIM"),
    ("Armed men abducted a village chief near Diapaga on Thursday. JNIM is believed to be behind the "
     "kidnapping.", "en", "JNIM"),
    ("Assailants burned the town hall of Tillaberi on Saturday. The region is a stronghold of the Islamic "
     "State Sahel Province, but no one has claimed responsibility.", "en", "Islamic State"),
    ("Gunmen killed three gold miners near Essakane on Tuesday. JNIM militants are known to operate in the "
     "area.", "en", "JNIM"),
    ("Des hommes armés non identifiés ont tué neuf villageois à Tin-Akoff dimanche. L'attaque n'a pas été "
     "revendiquée, mais la zone est le théâtre d'opérations du JNIM.", "fr", "JNIM"),
    ("Des assaillants ont attaqué le marché de Seytenga vendredi, tuant 14 civils. L'attaque n'a pas été "
     "revendiquée. L'État islamique au Sahel est actif dans la région.", "fr", "Etat islamique"),
    ("Des hommes armés à moto ont tué sept commerçants sur la route de Djibo lundi. Des sources sécuritaires "
     "soupçonnent des combattants du JNIM.", "fr", "JNIM"),
    ("Un engin explosif a tué quatre soldats près de Boni mercredi. L'attaque n'a pas été revendiquée ; des "
     "analystes soupçonnent le JNIM, qui opère dans la zone.", "fr", "JNIM"),
    ("Des hommes armés ont enlevé un chef de village près de Diapaga jeudi. Le JNIM est soupçonné d'être "
     "derrière cet enlèvement.", "fr", "JNIM"),
    ("Des assaillants ont incendié la mairie de Tillabéri samedi. La région est un bastion de l'État "
     "islamique au Sahel, mais personne n'a revendiqué l'attaque.", "fr", "Etat islamique"),
    ("Des individus armés ont tué trois orpailleurs près d'Essakane mardi. Les assaillants seraient des "
     "combattants du JNIM, selon des sources locales.", "fr", "JNIM"),
]

# the group is plainly the doer, in the act's sentence or another one
THE_DOER = [
    ("JNIM fighters attacked an army post in Djibo on Sunday, killing 12 soldiers.", "en", "JNIM"),
    ("Gunmen killed nine villagers in Tin-Akoff on Sunday. JNIM claimed the attack on Monday.", "en", "JNIM"),
    ("Armed men stormed a police station near Kaya on Friday, killing five officers. The attackers were JNIM "
     "fighters who had crossed from Mali, the army said.", "en", "JNIM"),
    ("An army convoy was ambushed near Boni on Wednesday. JNIM fighters opened fire on the trucks, killing "
     "seven soldiers.", "en", "JNIM"),
    ("The Islamic State Sahel Province killed 20 civilians in a raid on Tassia on Tuesday; the group operates "
     "in the area.", "en", "Islamic State"),
    ("Gunmen killed three gold miners near Essakane. The attack was claimed by JNIM in a statement on "
     "Tuesday.", "en", "JNIM"),
    ("Des combattants du JNIM ont attaqué un poste de l'armée à Djibo dimanche, tuant 12 soldats.", "fr", "JNIM"),
    ("Des hommes armés ont tué neuf villageois à Tin-Akoff dimanche. L'attaque a été revendiquée par le JNIM.",
     "fr", "JNIM"),
    ("Un convoi de l'armée est tombé dans une embuscade près de Boni mercredi. Des combattants du JNIM ont "
     "ouvert le feu sur les camions, tuant sept soldats.", "fr", "JNIM"),
    ("L'État islamique au Sahel a tué 20 civils lors d'un raid sur Tassia mardi ; le groupe opère dans la "
     "zone.", "fr", "Etat islamique"),
    ("Des assaillants ont tué trois orpailleurs près d'Essakane. Le JNIM a revendiqué l'attaque dans un "
     "communiqué mardi.", "fr", "JNIM"),
    ("Des hommes armés ont pris d'assaut un commissariat près de Kaya vendredi, tuant cinq policiers. Les "
     "assaillants étaient des combattants du JNIM venus du Mali, a indiqué l'armée.", "fr", "JNIM"),
]

# the suspicion stays as a claim of lower certainty that names the group
SUSPICION_KEPT = [NOT_THE_DOER[2], NOT_THE_DOER[4], NOT_THE_DOER[9], NOT_THE_DOER[11], NOT_THE_DOER[13]]

XFAIL: dict[str, str] = {}


def _params(rows):
    out = []
    for text, lang, group in rows:
        marks = [pytest.mark.xfail(reason=XFAIL[text], strict=True)] if text in XFAIL else []
        out.append(pytest.param(text, lang, group, marks=marks, id=f"{lang}-{text[:40]}"))
    return out


@pytest.mark.parametrize("text,lang,group", _params(NOT_THE_DOER))
def test_a_group_only_in_the_area_or_suspected_is_no_doer(text, lang, group):
    _, incs = violent(text, lang)
    assert incs, "no violent incident"
    got = doers(text, lang)
    assert not named(group, got), got


@pytest.mark.parametrize("text,lang,group", _params(THE_DOER))
def test_a_group_told_as_the_doer_stays_the_doer(text, lang, group):
    got = doers(text, lang)
    assert named(group, got), got


@pytest.mark.parametrize("text,lang,group", _params(SUSPICION_KEPT))
def test_the_suspicion_is_a_claim_of_lower_certainty(text, lang, group):
    doc, incs = violent(text, lang)
    kept = [c for i in incs for c in i.claims
            if c.certainty in ("possible", "alleged", "probable") and plain(group) in plain(c.text)]
    assert kept, [(c.text, c.certainty) for i in incs for c in i.claims]
    assert all(doc.text[c.start:c.end] == c.text for c in kept)
