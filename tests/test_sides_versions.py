"""The accused side's version of an act, and a group only suspected of one act (issue 3). Stories written for this
file (EN and FR), before bilan was run on them.

VERSIONS. A version of the SAME happening told by a speaker ("A police spokesman said officers had returned fire
after gunmen in the crowd shot at them", « Selon l'armée, la frappe visait un rassemblement de combattants qui
avaient attaqué une position militaire ») is a claim on the act the story leads with, disputing it, not an act of
its own; a later source's toll goes to the lead. A row is ``(id, lang, story, lead, version, deaths, own_act)``:
``lead`` words of the lead incident's sentence, ``version`` words of the version, ``deaths`` the lead's
``(low, best, high)``. ``own_act`` False: no incident but the lead holds evidence on the version's words and a
claim of the lead on them disputes. NEGATIVES (``own_act`` True: a version of another day, "in a separate
incident"): another incident holds evidence on those words, and the lead's toll is its own.

SUSPECTS. When the story names exactly one non-state group, even only as accused of another act, a later plain
mention of the group's kind ("the rebels", « les jihadistes », "the militiamen") taking part in an act told as
fact is that group, with the naming mention as evidence; the accused act's claim stays alleged. A row is
``(id, lang, story, act, group, theirs)``: the incident holding evidence on ``act`` has ``group`` among its
sides exactly when ``theirs``. NEGATIVES (``theirs`` False): two groups named, rebels of another country.

First run (24 rows written before running bilan on them): 6 of 24. VERSIONS 4 of 14 (the four negatives): the
version was an act of its own that took the later source's toll (« les agents ont riposté » a violent demonstration
with the hospital's six dead, « avaient riposté » a clash with the rights group's 11, "rioters attacked a police
station" a riot), or was merged into the lead as a re-mention that supported it and lent it its sides ("According to
the army, the strike targeted a gathering of fighters": the fighters became the air strike's doers), or, with no act
read in it, a claim that supported the act. SUSPECTS 2 of 10 (the two-groups negatives): the JNIM, named only as
suspected (« soupçonne »), was no doer candidate, so "the jihadists" stayed unidentified; where the accused group did
resolve ("accused M23 rebels"), the naming mention was no evidence of the plain mention; "Chadian rebels" were the
CPC, and no clash was read in « l'armée a affronté lundi des rebelles tchadiens ».
After the rules: 22 of 24. incidents._sides_version (claims_<lang>.SIDE_VERSION_CUES, after an incident of harm to
people who did not fight, in a speaker's account, on no other day and at no other place: no act, a disputing claim
on that incident; incidents._version_told for a sentence with no act); actors.resolve_generic with _only_accused /
_plain_kind_mention (actors_<lang>.GROUP_KIND_NOUNS: the definite plural of the group's kind is the one group named
only as accused or suspected) and incidents._naming_evidence (the naming mention as evidence). The two other-country
negatives stay strict xfails (see XFAIL).
Two SAME_SIDE negatives added after the rules, written before running bilan on them (the police telling how the
gunmen of the lead's act attacked their patrol too): 0 of 2 (the police's "returned fire" disputed the gunmen's
killing); with incidents._version_told leaving out the forces' word when the act's doers are armed men of no state
(not ACLED's placeholder for an act the text lays at no one's door): 2 of 2, 24 of 26 in all.
"""

from __future__ import annotations

import pytest

import extracting
from tolls_checks import check_range, extract, find, on

VERSIONS = [
    # --- the accused side's version of the same happening
    ("en-returned-fire", "en",
     "Police shot dead four protesters in the town of Homa Bay on Tuesday, witnesses said. A police spokesman "
     "said officers had returned fire after gunmen in the crowd shot at them.\n\n"
     "A hospital official said six people had died of gunshot wounds.",
     "shot dead four protesters", "gunmen in the crowd shot at them", (4, 4, 6), False),
    ("fr-returned-fire", "fr",
     "Des policiers ont abattu mardi quatre manifestants dans la ville de Homa Bay, selon des témoins. Selon un "
     "porte-parole de la police, les agents ont riposté après que des hommes armés dans la foule leur ont tiré "
     "dessus.\n\n"
     "Un responsable de l'hôpital a affirmé que six personnes étaient mortes de leurs blessures par balle.",
     "abattu mardi quatre manifestants", "des hommes armés dans la foule leur ont tiré dessus", (4, 4, 6), False),
    ("en-came-under-attack", "en",
     "Soldiers killed seven villagers in the village of Mora on Saturday, residents said. The army said its "
     "troops had come under attack from gunmen hiding in the village and had returned fire.\n\n"
     "A local rights group said 11 villagers had been killed.",
     "killed seven villagers", "had come under attack from gunmen", (7, 7, 11), False),
    ("fr-came-under-attack", "fr",
     "Des militaires ont tué samedi sept villageois à Mora, selon des habitants. L'armée a affirmé que ses "
     "soldats avaient été attaqués par des hommes armés cachés dans le village et avaient riposté.\n\n"
     "Une association locale de défense des droits a affirmé que 11 villageois avaient été tués.",
     "sept villageois", "avaient été attaqués par des hommes armés", (7, 7, 11), False),
    ("en-into-the-air", "en",
     "Security forces opened fire on a crowd of protesters in Bamako on Friday, killing three people, a hospital "
     "source said.\n\n"
     "A government spokesman said troops had fired into the air after rioters attacked a police station.\n\n"
     "The opposition said five protesters had been killed.",
     "killing three people", "rioters attacked a police station", (3, 3, 5), False),
    ("fr-into-the-air", "fr",
     "Les forces de sécurité ont ouvert le feu vendredi sur une foule de manifestants à Bamako, tuant trois "
     "personnes, selon une source hospitalière.\n\n"
     "Un porte-parole du gouvernement a affirmé que les militaires avaient tiré en l'air après que des émeutiers "
     "avaient attaqué un commissariat.\n\n"
     "L'opposition a affirmé que cinq manifestants avaient été tués.",
     "tuant trois personnes", "des émeutiers avaient attaqué un commissariat", (3, 3, 5), False),
    ("en-according-to", "en",
     "An air strike hit a wedding party in the village of Wad al-Nura on Sunday, killing 20 civilians, local "
     "activists said. According to the army, the strike targeted a gathering of fighters who had attacked an "
     "army position.\n\n"
     "Medics said 28 people had been killed.",
     "killing 20 civilians", "had attacked an army position", (20, 20, 28), False),
    ("fr-according-to", "fr",
     "Une frappe aérienne a touché dimanche une fête de mariage dans le village de Wad al-Noura, tuant 20 "
     "civils, selon des militants locaux. Selon l'armée, la frappe visait un rassemblement de combattants qui "
     "avaient attaqué une position militaire.\n\n"
     "Des soignants ont affirmé que 28 personnes avaient été tuées.",
     "tuant 20 civils", "avaient attaqué une position militaire", (20, 20, 28), False),
    ("en-self-defence", "en",
     "Militiamen killed five people in the village of Rugombo on Thursday, a local official said. The ruling "
     "party said its members had acted in self-defence after villagers attacked them with machetes.\n\n"
     "A human rights group said eight people had been killed.",
     "killed five people", "villagers attacked them with machetes", (5, 5, 8), False),
    ("fr-self-defence", "fr",
     "Des miliciens ont tué jeudi cinq personnes dans le village de Rugombo, selon un responsable local. Le parti "
     "au pouvoir a affirmé que ses membres avaient agi en légitime défense après avoir été attaqués à la machette "
     "par des villageois.\n\n"
     "Une organisation de défense des droits a affirmé que huit personnes avaient été tuées.",
     "cinq personnes", "avoir été attaqués à la machette", (5, 5, 8), False),
    # --- NEGATIVES: the accused side tells an act of another day; another act "in a separate incident"
    ("en-neg-other-day", "en",
     "Soldiers shot dead two protesters in the town of Kalehe on Wednesday, a local official said. The army "
     "said that on Monday a crowd had attacked a checkpoint in Kalehe and wounded three soldiers.",
     "shot dead two protesters", "attacked a checkpoint", (2, 2, 2), True),
    ("fr-neg-other-day", "fr",
     "Des soldats ont abattu mercredi deux manifestants dans la ville de Kalehe, selon un responsable local. "
     "L'armée a affirmé que lundi, une foule avait attaqué un barrage à Kalehe et blessé trois soldats.",
     "deux manifestants", "attaqué un barrage", (2, 2, 2), True),
    ("en-neg-separate-incident", "en",
     "Police shot dead three protesters in Kisumu on Tuesday, a rights group said. In a separate incident, "
     "gunmen attacked a police post in Migori on Tuesday, killing two officers, a police spokeswoman said.",
     "shot dead three protesters", "attacked a police post", (3, 3, 3), True),
    ("fr-neg-separate-incident", "fr",
     "Des policiers ont abattu mardi trois manifestants à Kisumu, selon une organisation de défense des droits. "
     "Dans un incident distinct, des hommes armés ont attaqué mardi un poste de police à Migori, tuant deux "
     "agents, selon une porte-parole de la police.",
     "trois manifestants", "attaqué mardi un poste de police", (3, 3, 3), True),
]

# NEGATIVES added after the rules, written before running bilan on them: the forces' account of how they met the
# doers of the lead's act (the doers attacked them too) tells the same side as the lead, no other side's version:
# no claim of the lead on its words disputes, and the lead's toll is its own. A row is ``(id, lang, story, lead,
# words, deaths)``.
SAME_SIDE = [
    ("en-neg-same-doers", "en",
     "Gunmen killed 12 villagers in the village of Kuki on Monday, officials said. Police said officers had "
     "returned fire after the gunmen attacked their patrol near the village.",
     "killed 12 villagers", "returned fire", (12, 12, 12)),
    ("fr-neg-same-doers", "fr",
     "Des hommes armés ont tué lundi 12 villageois dans le village de Kuki, selon des responsables. Selon la "
     "police, les agents ont riposté après que les assaillants ont attaqué leur patrouille près du village.",
     "12 villageois", "ont riposté", (12, 12, 12)),
]

SUSPECTS = [
    # --- the one group named, only as accused of the first act; its kind's plain mention in a fight told as fact
    ("en-m23-clash", "en",
     "Shells hit a camp for displaced people near Goma on Tuesday, killing six people, local sources said. The "
     "army accused M23 rebels of firing the shells. On Monday, the rebels had clashed with the army near Sake.",
     "clashed with the army", "M23", True),
    ("fr-m23-clash", "fr",
     "Des obus sont tombés mardi sur un camp de déplacés près de Goma, tuant six personnes, selon des sources "
     "locales. L'armée a accusé les rebelles du M23 d'avoir tiré les obus. La veille, des combats avaient opposé "
     "les rebelles à l'armée près de Sake.",
     "des combats avaient opposé", "M23", True),
    ("en-jnim-clash", "en",
     "A roadside bomb killed four soldiers near the town of Djibo on Thursday, security sources said. The army "
     "suspected JNIM jihadists of planting the bomb. Later on Thursday, the jihadists clashed with troops near "
     "Arbinda.",
     "clashed with troops", "JNIM", True),
    ("fr-jnim-clash", "fr",
     "Une bombe artisanale a tué jeudi quatre soldats près de la ville de Djibo, selon des sources sécuritaires. "
     "L'armée soupçonne les jihadistes du JNIM d'avoir posé l'engin. Jeudi soir, des combats ont opposé les "
     "jihadistes à l'armée près d'Arbinda.",
     "des combats ont opposé", "JNIM", True),
    ("en-antibalaka-clash", "en",
     "Gunmen set fire to a mosque in the town of Bangassou on Saturday, killing two people, a local official "
     "said. The police accused anti-balaka militiamen of starting the fire. On Sunday, the militiamen clashed "
     "with soldiers near the town.",
     "clashed with soldiers", "Anti-Balaka", True),
    ("fr-antibalaka-clash", "fr",
     "Des hommes armés ont incendié samedi une mosquée de la ville de Bangassou, tuant deux personnes, selon un "
     "responsable local. La police a accusé des miliciens anti-balaka d'avoir allumé l'incendie. Dimanche, les "
     "miliciens ont affronté des soldats près de la ville.",
     "ont affronté des soldats", "Anti-Balaka", True),
    # --- NEGATIVES: two groups named; rebels of another country
    ("en-neg-two-groups", "en",
     "Shells hit a market in the town of Rutshuru on Tuesday, killing five people, local sources said. The army "
     "accused M23 rebels of firing the shells, while the M23 blamed the FDLR. On Monday, the rebels had clashed "
     "with the army near Kiwanja.",
     "clashed with the army", "M23", False),
    ("fr-neg-two-groups", "fr",
     "Des obus sont tombés mardi sur un marché de Rutshuru, tuant cinq personnes, selon des sources locales. "
     "L'armée a accusé les rebelles du M23 d'avoir tiré les obus, tandis que le M23 a mis en cause les FDLR. La "
     "veille, les rebelles avaient affronté l'armée près de Kiwanja.",
     "avaient affronté l'armée", "M23", False),
    ("en-neg-other-country", "en",
     "Rockets hit a market in the town of Kaga-Bandoro on Sunday, killing three people, local officials said. "
     "The army accused CPC rebels of firing the rockets. In neighbouring Chad, the army clashed with Chadian "
     "rebels near Abeche on Monday.",
     "clashed with Chadian", "Coalition of Patriots", False),
    ("fr-neg-other-country", "fr",
     "Des roquettes sont tombées dimanche sur un marché de Kaga-Bandoro, tuant trois personnes, selon des "
     "responsables locaux. L'armée a accusé les rebelles de la CPC d'avoir tiré les roquettes. Au Tchad voisin, "
     "l'armée a affronté lundi des rebelles tchadiens près d'Abéché.",
     "a affronté lundi", "Coalition of Patriots", False),
]

XFAIL: dict[str, str] = {
    "en-neg-other-country": "\"Chadian rebels\" is read as the CPC, the story's one named group: Kaga-Bandoro is not read as "
                            "a place beside \"neighbouring Chad\", so the story's only places are Chad's and nothing says the "
                            "rebels are of another country than the story's; not found at this stop's end",
    "fr-neg-other-country": "no clash is read in « l'armée a affronté lundi des rebelles tchadiens près d'Abéché »; not "
                            "found at this stop's end",
}


@pytest.mark.parametrize("rid,lang,story,lead,version,deaths,own_act",
                         extracting.params_with_xfails(VERSIONS, XFAIL, key=lambda r: r[0], ident=lambda r: r[0]))
def test_the_accused_sides_version(rid, lang, story, lead, version, deaths, own_act):
    incs = extract(story, lang)
    found = find(incs, story, lead)
    assert found, [(i.sub_event_type, i.fatalities) for i in incs]
    inc = found[0]
    check_range(inc.fatalities, deaths, "fatalities")
    start = story.index(version)
    end = start + len(version)
    others = [i for i in incs if i.id != inc.id and on(i, start, end)]
    if own_act:
        assert others, [(i.sub_event_type, i.fatalities) for i in incs]
        return
    assert not others, [(i.sub_event_type, i.fatalities, [e.text for e in i.evidence]) for i in others]
    mine = [c for c in inc.claims if c.start <= start and end <= c.end]
    assert mine, [(c.speaker, c.verb, c.text[:50]) for c in inc.claims]
    assert {c.stance for c in mine} == {"disputes"}, [(c.speaker, c.verb, c.stance) for c in mine]


@pytest.mark.parametrize("rid,lang,story,lead,words,deaths",
                         extracting.params_with_xfails(SAME_SIDE, XFAIL, key=lambda r: r[0], ident=lambda r: r[0]))
def test_the_same_sides_account_disputes_nothing(rid, lang, story, lead, words, deaths):
    incs = extract(story, lang)
    found = find(incs, story, lead)
    assert found, [(i.sub_event_type, i.fatalities) for i in incs]
    inc = found[0]
    check_range(inc.fatalities, deaths, "fatalities")
    start = story.index(words)
    mine = [c for c in inc.claims if c.start <= start < c.end]
    assert all(c.stance == "supports" for c in mine), [(c.speaker, c.verb, c.stance) for c in mine]


_ACCUSING = ("accus", "suspect", "soupçonn", "blam")


@pytest.mark.parametrize("rid,lang,story,act,group,theirs",
                         extracting.params_with_xfails(SUSPECTS, XFAIL, key=lambda r: r[0], ident=lambda r: r[0]))
def test_a_suspected_group_and_its_kinds_plain_mention(rid, lang, story, act, group, theirs):
    incs = extract(story, lang)
    acts = find(incs, story, act)
    assert acts, [(i.sub_event_type, [e.text for e in i.evidence][:6]) for i in incs]
    sides = [a for i in acts for a in i.actors if a.role in ("actor1", "actor2")]
    named = [a for a in sides if group.lower() in a.name.lower()]
    assert bool(named) == theirs, [(a.role, a.name, a.mention) for a in sides]
    if theirs:
        # the group's name, where the story names it, backs the plain mention
        naming = story.index(group if group in story else group.lower())
        assert any(on(i, naming, naming + len(group)) for i in acts), \
            [(e.field, e.text) for i in acts for e in i.evidence]
    # the accusation stays a claim that alleges, never an assertion
    accusing = [c for i in incs for c in i.claims if c.verb and c.verb.lower().startswith(_ACCUSING)]
    assert accusing, [(c.speaker, c.verb) for i in incs for c in i.claims]
    assert all(c.certainty != "asserted" for c in accusing), [(c.verb, c.certainty) for c in accusing]
