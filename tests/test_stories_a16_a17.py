"""Gaps two more stories of our own showed (the lead's a16, EN: shells on a displacement camp at El Fasher, an
aid group's toll and activists' higher one, the accused side's denial, an unclaimed drone strike on a market the
day before, a running total of the war; a17, FR: rebels of the ADF kill villagers in Lubero territory, a civil
society leader's toll and the army's lower one, the soldiers who pursued the attackers and killed three, an
ambush of the Thursday before, the group's record "since 2019"). The two articles were written before bilan was
run on them; the rows below were written after that run, EN and FR, before the rules.

- « des rebelles des Forces démocratiques alliées (ADF) » is the ADF, also in a story that names another group
  (the Islamic State the ADF pledged allegiance to): the group named in the mention's own phrase decides, not
  the story's count of groups (actors.resolve_generic);
- the army's clash with the attackers it pursued (« tué trois d'entre eux ») is an act of its own, and its dead
  are none of the attack's toll: the lead's toll keeps what the later parts of ITS event type tell
  (incidents._town_parts_of_lead); a lead with no part's figure keeps its own basis;
- "Local activists put the death toll higher, saying 19 people were killed": the speaker is the activists, not
  the clause (claims._says_in_passing).

- a state force that fights the armed side of an earlier attack on others ("soldiers pursued the attackers ... and
  killed three of them") tells an act of its own, not more of the attack (incidents._hits_back; not after a battle:
  the army that kills the attackers of its own base is a side of that battle).

First run, at 0827caf, before the rules: 1 of 14 (the English row of the ADF: the English parse keeps the group in
the mention). With the rules: 14 of 14; the a16 place stayed a strict xfail at first.

The a16 place and four rows of the town after a part of it ("on the edge of El Fasher", « à la périphérie de
Kadugli »), written after the merges of this stop: 1 of 5 at 0827caf; with places_<lang>.TOWN_PART_NOUNS (the name
after a part of a town and its link is the town's, whatever the tagger calls it): 4 of 5, one strict xfail.
Two rows of a name after a phrase of attribution before a country ("According to Mwangachuchu, South Africa ..."),
written after the dev no-fall check of the toponym sets: 1 of 2 at 0827caf (the merged places rules made the other
English reading of the class), 2 of 2 with places._unknown_named skipping who such a phrase names. Three rows of a
famous city in a story that names its country, datelined in a US state that has a namesake, written after the same
check (the dateline repair now reads "Ky.", whose Paris took the famous one's place): 1 of 3 at 0827caf (the
guard), 3 of 3 with places._settle_on_anchors keeping a famous city whose country is an anchor. Six rows of a
village read as a town abroad (a17's Mambasa as Mombasa, Kenya), written last: the two guards pass, the four others
stayed strict xfails, until places._villages_by_other_names (a name told as a village, read only by another name of a
town abroad, with a town of the story's country after it, is a village there: 6 of 6). The French row of the town
after a part of it (« aux abords d'El Facher », whose « El » the French model tags a determiner) passes with
places_<lang>.NAME_PARTICLES (an Arabic article that opens a name is read with it): 4 of 4.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

SEP14 = dt.date(2025, 9, 14)  # a Sunday
JUN3 = dt.date(2024, 6, 3)  # a Monday


# --- the group named in the mention's own phrase: (text, lang, the group's name)
OWN_GROUP = [
    ("Au moins vingt-deux civils ont été tués vendredi par des rebelles des Forces démocratiques alliées (ADF) "
     "dans le village de Kasinga, a indiqué dimanche un responsable.\n\n"
     "Les ADF, groupe armé d'origine ougandaise qui a prêté allégeance à l'organisation Etat islamique, sont accusés "
     "d'avoir tué des milliers de civils depuis 2019.", "fr", "Allied Democratic Forces"),
    ("At least 22 civilians were killed on Friday by rebels of the Allied Democratic Forces (ADF) in the village of "
     "Kasinga, a local official said.\n\n"
     "The ADF, an armed group of Ugandan origin that has pledged allegiance to the Islamic State group, is accused "
     "of killing thousands of civilians since 2019.", "en", "Allied Democratic Forces"),
    ("Des combattants du groupe Etat islamique au Sahel ont tué mardi neuf villageois près de Ménaka, selon des "
     "élus locaux.\n\n"
     "Le JNIM, lié à Al-Qaïda, est également actif dans la région.", "fr", "Islamic State Sahel Province"),
    ("Fighters of Al-Shabaab killed seven people at a checkpoint near Afgooye on Tuesday, police said.\n\n"
     "The Islamic State group also has a presence in the north of Somalia.", "en", "al-Shabaab"),
]


@pytest.mark.parametrize("text,lang,group", extracting.indexed_params(OWN_GROUP))
def test_the_group_named_in_the_mention_is_the_doer(text, lang, group):
    incs = [i for i in extracting.incidents(text, lang, SEP14) if i.fatalities is not None]
    assert len(incs) == 1, [(i.sub_event_type, i.fatalities) for i in incs]
    doers = [a for a in incs[0].actors if a.role == "actor1"]
    assert [a.name for a in doers] == [group]


# --- the force that pursued the attackers: (text, lang, the attack's toll low/best, the clash's dead)
PURSUIT = [
    ("Au moins vingt civils ont été tués samedi par des rebelles dans le village de Kasinga, dans le territoire de "
     "Beni, a indiqué un responsable local.\n\n"
     "Selon le porte-parole de l'armée dans la région, les militaires ont poursuivi les assaillants à Oicha et tué "
     "trois d'entre eux.", "fr", (20, 20), 3),
    ("At least 20 civilians were killed on Saturday by rebels in the village of Kasinga, in Beni territory, a local "
     "official said.\n\n"
     "According to an army spokesman in the region, soldiers pursued the attackers to Oicha and killed three of "
     "them.", "en", (20, 20), 3),
    ("Des hommes armés ont tué mercredi douze villageois à Djibo, selon des sources locales.\n\n"
     "L'armée a indiqué que ses soldats avaient ensuite tué quatre assaillants près d'Arbinda.", "fr", (12, 12), 4),
    ("Gunmen killed twelve villagers in Djibo on Wednesday, local sources said.\n\n"
     "The army said its troops later killed four of the attackers near Arbinda.", "en", (12, 12), 4),
]


@pytest.mark.parametrize("text,lang,toll,dead", extracting.indexed_params(PURSUIT))
def test_the_pursuit_is_its_own_clash_and_no_share_of_the_toll(text, lang, toll, dead):
    incs = extracting.incidents(text, lang, SEP14)
    attack = [i for i in incs if i.event_type == extracting.VAC]
    clash = [i for i in incs if i.event_type == extracting.BAT]
    assert len(attack) == 1 and len(clash) == 1, [(i.sub_event_type, i.fatalities) for i in incs]
    f = attack[0].fatalities
    assert (f.low, f.best) == toll and f.basis != "less_parts"
    assert clash[0].fatalities.best == dead


# --- who says it in passing: (text, lang, the speaker)
IN_PASSING = [
    ("Local activists put the death toll higher, saying 19 people were killed in the shelling of the camp in El "
     "Fasher on Monday.", "en", "Local activists"),
    ("Des militants locaux ont avancé un bilan plus lourd, affirmant que 19 personnes avaient été tuées lundi dans "
     "le bombardement du camp d'El Facher.", "fr", "militants locaux"),
    ("The hospital director gave a higher toll, saying eleven patients died when the ward was shelled in Kherson on "
     "Friday.", "en", "hospital director"),
    ("Le directeur de l'hôpital a donné un bilan plus élevé, précisant que onze patients étaient morts vendredi "
     "dans le bombardement du service à Kherson.", "fr", "directeur de l'hôpital"),
]


@pytest.mark.parametrize("text,lang,speaker", extracting.indexed_params(IN_PASSING))
def test_who_says_it_in_passing_is_the_subject_of_the_verb_before(text, lang, speaker):
    incs = [i for i in extracting.incidents(text, lang, JUN3) if i.fatalities is not None]
    assert len(incs) == 1
    speakers = {c.speaker for c in incs[0].claims if c.speaker}
    assert speakers and all(s.endswith(speaker) for s in speakers), speakers


# --- the two articles whole
A16 = """Shelling kills 14 in Sudan's El Fasher camp, aid group says

PORT SUDAN, June 3 (Reuters) - Artillery shells slammed into the Abu Shouk displacement camp on the edge of El Fasher on Monday, killing at least 14 people, including five children, and wounding 30 others, the medical charity Doctors Without Borders said.

Residents blamed the paramilitary Rapid Support Forces (RSF), which has besieged the city for weeks. An RSF spokesman denied that its fighters had targeted civilians and accused the army of storing weapons inside the camp.

Local activists put the death toll higher, saying 19 people were killed, most of them women queuing for water.

On Sunday, a drone struck a crowded market in the town of Mellit, about 60 km north of El Fasher, killing eight traders, according to the Sudan Doctors Network. No side claimed the strike.

The army and the RSF have been at war since April 2023. The conflict has killed tens of thousands of people and forced more than 10 million from their homes, according to United Nations figures.
"""

A17 = """RDC : au moins 22 civils tués par des ADF dans le territoire de Lubero

GOMA, 14 septembre 2025 (AFP) - Au moins vingt-deux civils ont été tués dans la nuit de vendredi à samedi par des rebelles des Forces démocratiques alliées (ADF) dans le village de Mambasa, dans le territoire de Lubero, a indiqué dimanche un responsable de la société civile.

« Les assaillants sont arrivés vers 23 heures et ont tué les gens à la machette, dans leurs maisons », a déclaré à l'AFP Kakule Mumbere, président de la société civile locale, qui fait état d'une dizaine de disparus.

L'armée congolaise a confirmé l'attaque mais évoqué un bilan de quinze morts. Selon son porte-parole dans la région, le lieutenant Marc Elongo, les militaires ont poursuivi les assaillants et tué trois d'entre eux.

Jeudi, une embuscade attribuée aux ADF avait coûté la vie à quatre soldats sur la route Beni-Butembo.

Les ADF, groupe armé d'origine ougandaise qui a prêté allégeance à l'organisation Etat islamique, sont accusés d'avoir tué des milliers de civils dans l'est de la RDC depuis 2019.
"""


def test_a17_the_attack_the_pursuit_and_the_ambush():
    incs = extracting.incidents(A17, "fr", SEP14)
    assert len(incs) == 3, [(i.sub_event_type, i.fatalities) for i in incs]
    attack = next(i for i in incs if i.event_type == extracting.VAC)
    pursuit = next(i for i in incs if i.event_type == extracting.BAT and i.fatalities.best == 3)
    ambush = next(i for i in incs if i.date.start == dt.date(2025, 9, 11))
    assert [a.name for a in attack.actors if a.role == "actor1"] == ["Allied Democratic Forces"]
    assert (attack.fatalities.low, attack.fatalities.best) == (15, 22)
    assert any(c.stance == "disputes" and c.fatalities and c.fatalities.best == 15 for c in attack.claims)
    assert {a.kind for a in pursuit.actors if a.role == "actor1"} == {"state_forces"}
    assert ambush.fatalities.best == 4
    assert [a.name for a in ambush.actors if a.role == "actor1"] == ["Allied Democratic Forces"]


def test_a16_the_shelling_and_the_drone_strike():
    incs = extracting.incidents(A16, "en", JUN3)
    assert len(incs) == 2, [(i.sub_event_type, i.fatalities) for i in incs]
    shelling = next(i for i in incs if i.date.start == JUN3)
    drone = next(i for i in incs if i.date.start == dt.date(2024, 6, 2))
    assert (shelling.fatalities.low, shelling.fatalities.high) == (14, 19)
    assert shelling.injured.best == 30
    assert any(c.speaker == "Local activists" and c.stance == "disputes" for c in shelling.claims)
    assert any(c.certainty == "denied" and "RSF" in (c.speaker or "") for c in shelling.claims)
    assert drone.sub_event_type == "Air/drone strike" and drone.fatalities.best == 8
    assert drone.location.name == "Mellit"


def test_a16_the_shelling_is_at_el_fasher():
    """The English model tags « El Fasher » an organisation after "on the edge of", and the camp's name before it is
    unknown to the gazetteer: the dateline's Port Sudan placed the shelling (a strict xfail until
    places_<lang>.TOWN_PART_NOUNS: the name after a part of a town and its link is the town's)."""
    incs = extracting.incidents(A16, "en", JUN3)
    shelling = next(i for i in incs if i.date.start == JUN3)
    assert shelling.location.name == "El Fasher"


# --- the town after a part of it ("on the edge of", "on the outskirts of", « à la périphérie de »): (text, lang, town)
TOWN_PARTS = [
    ("Shells hit a camp on the edge of El Fasher on Monday, killing 14 people.", "en", "El Fasher"),
    ("Shells hit a camp on the outskirts of Kadugli on Monday, killing 14 people.", "en", "Kadugli"),
    ("Des obus sont tombés lundi sur un camp à la périphérie de Kadugli, tuant 14 personnes.", "fr", "Kadugli"),
    ("Des obus sont tombés lundi sur un camp aux abords d'El Facher, tuant 14 personnes.", "fr", "El Fasher"),
]


@pytest.mark.parametrize("text,lang,town", extracting.indexed_params(TOWN_PARTS))
def test_the_town_after_a_part_of_it(text, lang, town):
    incs = [i for i in extracting.incidents(text, lang, JUN3) if i.fatalities is not None]
    assert len(incs) == 1 and incs[0].location.name == town, [(i.location.name, i.location.mention) for i in incs]



# --- who a phrase of attribution names is no unknown place of the country after it (written after a dev no-fall
# check of the toponym sets; our own words): (text, lang, the name)
ATTRIBUTED = [
    ("According to Mwangachuchu, South Africa has sent more troops to Goma.", "en", "Mwangachuchu"),
    ("Selon Mwangachuchu, l'Afrique du Sud a envoyé davantage de troupes à Goma.", "fr", "Mwangachuchu"),
]


@pytest.mark.parametrize("text,lang,name", extracting.indexed_params(ATTRIBUTED))
def test_who_is_quoted_is_no_place(text, lang, name):
    from bilan import nlp
    from bilan.extract.places import find_places

    places = find_places(nlp.parse(text, lang), lang)
    assert not [p for p in places if text[p.start:p.end] == name], [(text[p.start:p.end], p.place.name) for p in places]
    assert any(p.place.country == "ZA" for p in places)


# --- a famous city whose country the story names stays, whatever the dateline's state (written after a dev no-fall
# check of the toponym sets; our own words): (text, lang, the name, its country)
FAMOUS = [
    ("GEORGETOWN, Ky. (WKYT) - A local doctor ran a marathon in France last month, finishing in Paris near the Eiffel "
     "Tower.", "en", "Paris", "FR"),
    ("GEORGETOWN, Kentucky (WKYT) - Une médecin de la ville a couru un marathon en France le mois dernier, avec "
     "l'arrivée à Paris près de la tour Eiffel.", "fr", "Paris", "FR"),
    # guard: no France named, the dateline's state holds its own Paris
    ("GEORGETOWN, Ky. (WKYT) - A tornado damaged homes in Paris and in Bourbon County on Monday, the sheriff said.",
     "en", "Paris", "US"),
]


@pytest.mark.parametrize("text,lang,name,country", extracting.indexed_params(FAMOUS))
def test_a_famous_city_of_a_named_country_stays(text, lang, name, country):
    from bilan import nlp
    from bilan.extract.places import find_places

    places = [p for p in find_places(nlp.parse(text, lang), lang) if text[p.start:p.end] == name]
    assert places and all(p.place.country == country for p in places), [(p.place.name, p.place.country) for p in places]


# --- a village the gazetteer knows only by a near spelling of a town abroad (our a17: « Mambasa » read as Mombasa,
# Kenya, in a story of Lubero territory, DRC): (text, lang, a country the place must not be in, the country it is in)
NEAR_SPELLINGS = [
    ("Au moins douze civils ont été tués samedi dans le village de Mambasa, dans le territoire de Lubero, selon la "
     "société civile.", "fr", "KE", "CD"),
    ("At least twelve civilians were killed on Saturday in the village of Mambasa, in Lubero territory, local "
     "officials said.", "en", "KE", "CD"),
    ("Des rebelles ont tué vendredi huit personnes dans le village de Kasinga, près de Beni, a indiqué l'armée "
     "congolaise.", "fr", "AO", "CD"),
    ("Rebels killed eight people in the village of Kasinga near Beni on Friday, the Congolese army said.", "en", "AO",
     "CD"),
    # guards: the town itself, and a near spelling in the story's own country
    ("Gunmen killed two people in Mombasa, Kenya's port city, on Friday, police said.", "en", "CD", "KE"),
    ("Shells fired by the RSF killed nine people in Al Fashir, the capital of North Darfur, on Friday.", "en", "CD",
     "SD"),
]


@pytest.mark.parametrize("text,lang,not_there,there", extracting.indexed_params(NEAR_SPELLINGS))
def test_a_near_spelling_abroad_is_no_place(text, lang, not_there, there):
    incs = [i for i in extracting.incidents(text, lang, SEP14) if i.fatalities is not None]
    assert len(incs) == 1
    loc = incs[0].location
    assert loc.country != not_there and loc.country == there, (loc.name, loc.mention, loc.country, loc.precision)
