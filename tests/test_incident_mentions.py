"""One incident, many mentions: later mentions of an event told earlier in the same story join it;
hard-wrapped wire copy is read sentence by sentence, not line by line; people named by their trade
or office make a killing an attack on civilians. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilan import nlp
from bilan.evaluate import muc4
from bilan.model import Actor, Evidence, Incident, Location, Range, Target
from extracting import extract, incidents

WRAPPED = (
    "QUITO, 3 MAR 90 (WIRE) -- [TEXT] A GROUP OF HEAVILY ARMED MEN WEARING\n"
    "MASKS SHOT DEAD A JUDGE OF THE SUPREME COURT OUTSIDE HIS HOME IN THE\n"
    "NORTHERN DISTRICT OF THE CITY LAST NIGHT, THE POLICE REPORTED TODAY.\n"
    "THE POLICE HAVE NOT IDENTIFIED THE ATTACKERS, WHO FLED IN A CAR.\n"
)


def test_hard_wrapped_text_keeps_its_sentences():
    assert nlp.hard_wrapped(WRAPPED)
    doc = nlp.parse(WRAPPED, "en")
    assert doc.text.replace(" ", "") == WRAPPED.replace("\n", "").replace(" ", "") or len(doc.text) == len(WRAPPED)
    sents = [s.text for s in doc.sents]
    assert any("MASKS SHOT DEAD A JUDGE" in s and "ARMED MEN" in s for s in sents), sents


def test_line_breaks_of_ordinary_text_still_end_sentences():
    text = "Bomb kills five in Kabul\nA car bomb exploded near a market in Kabul on Monday, killing five people."
    assert not nlp.hard_wrapped(text)
    assert len(list(nlp.parse(text, "en").sents)) == 2


def test_wrapped_sentence_gives_its_perpetrator_and_victim():
    (inc,) = incidents(WRAPPED, "en", dt.date(1990, 3, 3))
    assert inc.sub_event_type == "Attack"
    assert {a.role for a in inc.actors} >= {"actor1", "victim"}
    assert any("JUDGE" in a.mention for a in inc.actors if a.role == "victim")


@pytest.mark.parametrize("text,lang", [
    ("Guerrillas fleeing an army patrol murdered two engineers near Huancayo on Monday.", "en"),
    ("Des rebelles poursuivis par une patrouille de l'armée ont assassiné deux ingénieurs près de Gao lundi.", "fr"),
])
def test_named_civilian_victims_make_an_attack_not_a_battle(text, lang):
    (inc,) = incidents(text, lang)
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")
    assert any(a.role == "victim" and a.kind == "civilians" for a in inc.actors)


def test_a_title_before_a_name_is_a_victim():
    text = "Gunmen killed former defense minister Juan Perez, who was murdered outside his home in Lima on Monday."
    (inc,) = incidents(text, "en")
    assert any("minister" in a.mention for a in inc.actors if a.role == "victim")


@pytest.mark.parametrize("text,lang", [
    ("Two people were killed and five wounded in an attack in Medellin on Tuesday. "
     "Police said the car bomb went off outside a bank.", "en"),
    ("Deux personnes ont été tuées et cinq blessées mardi dans une attaque à Gao. "
     "Selon la police, la voiture piégée a explosé devant une banque.", "fr"),
])
def test_a_definite_mention_that_says_how_joins_and_types_the_incident(text, lang):
    (inc,) = incidents(text, lang)
    assert inc.sub_event_type == "Remote explosive/landmine/IED"
    assert inc.fatalities.single() == 2


@pytest.mark.parametrize("text,lang", [
    ("Four engineers were murdered on Sunday near Cusco, police said. The victims worked for a "
     "French company. On Sunday, terrorists murdered four engineers who were building a road.", "en"),
    ("Quatre ingénieurs ont été assassinés dimanche près de Cusco, selon la police. Les victimes "
     "travaillaient pour une entreprise française. Dimanche, des terroristes ont assassiné quatre "
     "ingénieurs qui construisaient une route.", "fr"),
])
def test_the_same_day_told_twice_is_one_incident_with_its_perpetrator(text, lang):
    (inc,) = incidents(text, lang)
    assert inc.fatalities.single() == 4
    a1 = [a for a in inc.actors if a.role == "actor1"]
    assert a1 and all(a.mention.lower() in ("terrorists", "des terroristes", "terroristes") for a in a1), a1


def test_a_fight_said_as_such_does_not_join_a_murder():
    text = ("The bodies of two politicians were found on Friday near Cuilapa; they had been shot. "
            "Their party said they left the capital on 13 November, two days after the rebels launched "
            "their offensive.")
    found = incidents(text, "en", dt.date(1990, 1, 13))
    assert sorted(i.sub_event_type for i in found) == ["Armed clash", "Attack"]
    murder = next(i for i in found if i.sub_event_type == "Attack")
    assert murder.date.start != dt.date(1989, 11, 13)


def test_the_dateline_date_is_not_the_event_date():
    text = ("LIMA, 10 JAN 90 (WIRE) -- Police said gunmen killed a judge outside his home. "
            "Officers found the car the gunmen used.")
    (inc,) = incidents(text, "en", dt.date(1990, 1, 10))
    assert inc.date.basis == "publication" and inc.date.start < dt.date(1990, 1, 10)


def test_a_verb_of_occurrence_dates_the_event_noun():
    text = ("Officials said some soldiers took part in the murder of six priests and their cook, "
            "which took place on 16 November, the president reported on 7 January.")
    (inc,) = incidents(text, "en", dt.date(1990, 1, 10))
    assert inc.date.start == dt.date(1989, 11, 16)


def _incident(etype, sub, trigger="attack", **kw) -> Incident:
    inc = Incident(id="i", event_type=etype, sub_event_type=sub, **kw)
    inc.evidence = [Evidence(field="event_type", doc_id="d", start=0, end=len(trigger), text=trigger)]
    return inc


def test_muc4_leaves_clashes_between_armed_forces_out():
    clash = _incident("Battles", "Armed clash", actors=[Actor(role="actor1", name="army", mention="army"),
                                                         Actor(role="actor2", name="rebels", mention="rebels")])
    assert muc4.muc_type(clash) is None
    clash.actors.append(Actor(role="victim", name="civilians", mention="villagers", kind="civilians"))
    assert muc4.muc_type(clash) == "ATTACK"
    hit = _incident("Battles", "Armed clash", targets=[Target(name="bus", mention="bus", start=0, end=3)])
    assert muc4.muc_type(hit) == "ATTACK"
    dead = _incident("Battles", "Armed clash", civilian_fatalities=Range.exact(2))
    assert muc4.muc_type(dead) == "ATTACK"


def test_muc4_arson_is_setting_fire():
    assert muc4.muc_type(_incident("Strategic developments", "Looting/property destruction", "SET FIRE")) == "ARSON"
    assert muc4.muc_type(_incident("Strategic developments", "Looting/property destruction", "BURNED")) == "ARSON"
    assert muc4.muc_type(_incident("Strategic developments", "Looting/property destruction", "SABOTAGED")) == "ATTACK"


@pytest.mark.parametrize("text,lang,who", [
    ("Officials said some soldiers were involved in the murder of six priests in San Salvador on Monday.", "en",
     "soldiers"),
    ("Selon le parquet, des militaires sont impliqués dans l'assassinat de six prêtres lundi à San Salvador.", "fr",
     "militaires"),
])
def test_a_perpetrator_named_by_an_accusing_predicate(text, lang, who):
    (inc,) = incidents(text, lang)
    assert [a.mention for a in inc.actors if a.role == "actor1"] == [who]


def test_muc4_confidence_only_for_named_organisations():
    inc = _incident("Violence against civilians", "Attack",
                    actors=[Actor(role="actor1", name="unidentified armed group", mention="armed men",
                                  kind="unidentified")])
    assert muc4.pred_slots(inc)["perp_confidence"] == []
    inc.actors.append(Actor(role="actor1", name="FMLN", mention="FMLN", kind="rebel"))
    assert muc4.pred_slots(inc)["perp_confidence"] == ["REPORTED AS FACT"]


def test_muc4_armed_groups_are_no_human_targets():
    inc = _incident("Explosions/Remote violence", "Remote explosive/landmine/IED",
                    actors=[Actor(role="actor2", name="FARC", mention="FARC", kind="rebel"),
                            Actor(role="victim", name="civilians", mention="peasants", kind="civilians")])
    assert muc4.pred_slots(inc)["hum_target"] == [["civilians", "peasants"]]


@pytest.mark.parametrize("side,hit", [
    (Actor(role="actor2", name="Military Forces of Peru", mention="army", kind="state_forces"),
     Actor(role="victim", name="civilians", mention="villagers", kind="civilians")),
    (Actor(role="actor2", name="Police Forces of Peru", mention="la police", kind="police"),
     Actor(role="victim", name="Police Forces of Peru", mention="trois policiers", kind="police")),
])
def test_muc4_the_side_of_the_forces_is_no_human_target(side, hit):
    # "rebels clashed with the army, killing two villagers": the army is a side, the villagers were
    # hit; "trois policiers tués dans une attaque contre la police": the policemen are persons hit
    inc = _incident("Battles", "Armed clash", actors=[side, hit])
    assert muc4.pred_slots(inc)["hum_target"] == [[hit.name, hit.mention]]


@pytest.mark.parametrize("mention,country,story", [
    ("PANAMA", "US", "PANAMA CITY, 5 DEC 88 -- THE MURDER OF TWO ACTIVISTS IN PANAMA WAS CONDEMNED."),
    ("Panama", "CO", "Le meurtre de deux militants au Panama a été condamné, a annoncé le gouvernement."),
])
def test_muc4_a_place_named_as_a_country_is_in_that_country(mention, country, story):
    # rule 4: the gazetteer's namesake town of another country does not bring the act home
    inc = _incident("Violence against civilians", "Attack", location=Location(name="Panama", mention=mention,
                                                                              country=country))
    assert not muc4.in_scope(inc, dt.date(1988, 12, 5), story)
    inc.location = Location(name="Lima", mention="LIMA", country="PE")
    assert muc4.in_scope(inc, dt.date(1988, 12, 5), story)


@pytest.mark.parametrize("text,lang", [
    ("Troops seized 83 rocket launchers and 26 rifles in a raid near Tame on Monday, the army said.", "en"),
    ("Police found mortars, shells, sniper rifles and ammunition in a house in Lima on Monday.", "en"),
    ("La police a découvert des obus, des grenades, des fusils et des munitions dans une maison à Gao lundi.", "fr"),
])
def test_a_weapon_inventory_is_no_explosion(text, lang):
    assert not [i for i in incidents(text, lang) if i.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("text", ["Rebels attacked the town of Tame with mortar fire on Monday, killing two villagers.",
                                  "Rebels fired mortar rounds at the town of Tame on Monday."])
def test_a_weapon_that_is_used_is_still_an_event(text):
    (inc,) = incidents(text, "en")
    assert inc.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text,lang", [
    ("The rebels said this was part of their campaign to sabotage government property in Lima.", "en"),
    ("The contras have been ordered to sabotage the coffee harvest near Jinotega.", "en"),
    ("Les rebelles ont reçu l'ordre de saboter les pylônes près de Gao.", "fr"),
])
def test_an_aim_is_no_event(text, lang):
    assert incidents(text, lang) == []


@pytest.mark.parametrize("text,lang", [
    ("The army began to shell the town of Tame on Monday.", "en"),
    ("L'armée a commencé à bombarder la ville de Tame lundi.", "fr"),
])
def test_a_begun_action_is_an_event(text, lang):
    assert [i.sub_event_type for i in incidents(text, lang)] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text,lang,who", [
    ("Two bombs set off by urban guerrillas damaged a bank in San Salvador on Monday.", "en", "guerrillas"),
    ("A group of terrorists dynamited a bridge near Pisco on Monday.", "en", "terrorists"),
    ("Un engin explosif posé par des rebelles a explosé près d'un pont à Gao lundi.", "fr", "rebelles"),
])
def test_the_agent_of_a_participle_or_the_group_in_the_subject_did_it(text, lang, who):
    (inc,) = incidents(text, lang)
    assert any(who in a.mention.lower() for a in inc.actors if a.role == "actor1"), inc.actors


def test_a_work_stoppage_is_no_air_strike():
    found = incidents("Soldiers guarded the ministry as teachers began a hunger strike in La Paz on Monday.", "en")
    assert all(i.sub_event_type != "Air/drone strike" for i in found)
    (inc,) = incidents("A coalition air strike killed five civilians in Raqqa on Monday.", "en")
    assert inc.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text,lang,group", [
    ("FMLN guerrillas attacked the police station of Usulutan on Monday. On Wednesday a bomb exploded "
     "at the offices of the electricity company in San Miguel, destroying the building.", "en", "FMLN"),
    ("Des combattants du JNIM ont attaqué le poste de gendarmerie de Boni lundi. Mercredi, une bombe a "
     "explosé devant la mairie de Douentza, détruisant le bâtiment.", "fr", "JNIM"),
])
def test_an_attack_told_without_its_author_is_the_story_s_one_armed_group_s(text, lang, group):
    doc, incs = extract(text, lang)
    bombs = [i for i in incs if i.event_type == "Explosions/Remote violence"]
    assert bombs, incs
    a1 = bombs[-1].actors_in("actor1")
    assert [a.name.split(":")[0] for a in a1] == [group], incs
    ev = [e for e in bombs[-1].evidence if e.field == "actors" and e.text == a1[0].mention]
    assert ev and doc.text[ev[0].start:ev[0].end] == a1[0].mention


def test_an_attack_without_author_stays_so_when_the_story_names_two_groups():
    text = ("FMLN guerrillas attacked the police station of Usulutan on Monday. ELN rebels ambushed a bus near "
            "Arauca on Tuesday. On Wednesday a bomb exploded at the offices of the electricity company in San "
            "Miguel, destroying the building.")
    _, incs = extract(text, "en")
    bombs = [i for i in incs if i.event_type == "Explosions/Remote violence"]
    assert bombs and all(a.kind == "unidentified" for a in bombs[-1].actors_in("actor1")), incs


@pytest.mark.parametrize("text,lang,group", [
    # the speaker who claims the act, or responsibility for it, did it
    ("The FMLN claimed responsibility for the bombing of a bus in San Miguel on Monday that killed three "
     "passengers.", "en", "FMLN"),
    ("Le JNIM a revendiqué lundi l'attentat à la bombe qui a tué trois passagers d'un bus près de Gao.", "fr", "JNIM"),
])
def test_who_claims_the_act_is_its_perpetrator(text, lang, group):
    _, incs = extract(text, lang)
    assert [a.name.split(":")[0] for i in incs for a in i.actors_in("actor1")] == [group], incs


@pytest.mark.parametrize("text,lang,mention", [
    # an event noun qualified by a verb that lays it at someone's door, even through its complement
    ("Ten workers were killed on Tuesday in a dynamite explosion in the capital attributed to the death squads.",
     "en", "death squads"),
    ("Mardi, une bombe attribuée aux rebelles a explosé au marché de Goma, tuant dix civils.", "fr", "rebelles"),
])
def test_an_act_attributed_to_someone_is_theirs(text, lang, mention):
    _, incs = extract(text, lang)
    assert [a.mention for i in incs for a in i.actors_in("actor1")] == [mention], incs


@pytest.mark.parametrize("text,lang", [
    ("Four gunmen kidnapped the mayor of Quibdo on 8 December. The kidnappers left a note. "
     "In addition, the mayor of Sipi was seriously wounded by a gunshot.", "en"),
    ("Quatre hommes armés ont enlevé le maire de Kidal le 8 décembre. Les ravisseurs ont laissé un message. "
     "Par ailleurs, le maire de Tessalit a été blessé d'un coup de feu.", "fr"),
])
def test_a_sentence_opening_a_further_event_is_not_more_of_the_last(text, lang):
    incs = incidents(text, lang)
    assert len(incs) == 2, [(i.sub_event_type, [a.mention for a in i.actors]) for i in incs]


@pytest.mark.parametrize("text,lang,name", [
    # the person named as the "of" complement of a killing noun is its victim
    ("The killing of Pedro Gomez Arango in Cali on Monday shocked the country.", "en", "Pedro Gomez Arango"),
    ("L'assassinat de Pedro Gomez Arango à Cali lundi a choqué le pays.", "fr", "Pedro"),
])
def test_a_name_of_a_killing_noun_is_its_victim(text, lang, name):
    victims = [a.mention for i in incidents(text, lang) for a in i.actors_in("victim")]
    assert any(name in v for v in victims), victims


@pytest.mark.parametrize("text,lang", [
    # the later event noun names whom it was done to; the earlier incident is about someone else
    ("Gunmen shot dead a bus driver in Cali on 28 February. The judge who was investigating the murder of "
     "Pedro Gomez in January resigned.", "en"),
    ("Des hommes armés ont abattu un chauffeur de bus à Cali le 28 février. Le juge qui enquêtait sur "
     "l'assassinat de Pedro Gomez en janvier a démissionné.", "fr"),
])
def test_a_killing_noun_that_names_another_victim_is_another_incident(text, lang):
    incs = [i for i in incidents(text, lang, dt.date(1990, 3, 3)) if i.event_type == "Violence against civilians"]
    victims = [[a.mention for a in i.actors_in("victim")] for i in incs]
    assert len(incs) == 2, victims
    assert any("Gomez" in v for vs in victims for v in vs)


@pytest.mark.parametrize("text,lang", [
    # whoever condemns, investigates or pursues an event neither did it nor was hit by it
    ("The army condemned the murder of a judge in Cali on Monday.", "en"),
    ("Police are investigating the murder of a judge in Cali on Monday.", "en"),
    ("Police arrested two suspects in the murder of a judge in Cali on Monday.", "en"),
    ("L'armée a condamné l'assassinat d'un juge à Cali lundi.", "fr"),
    ("La police enquête sur l'assassinat d'un juge à Cali lundi.", "fr"),
])
def test_who_reacts_to_a_killing_is_no_party_to_it(text, lang):
    kill = [i for i in incidents(text, lang) if i.event_type == "Violence against civilians"]
    assert kill
    assert all(a.kind not in ("state_forces", "police") for i in kill for a in i.actors), \
        [(a.role, a.name) for i in kill for a in i.actors]


def test_a_definite_mention_dated_to_another_day_is_another_event():
    text = ("SAN SALVADOR, 1 NOV 89 -- THE GOVERNMENT CONDEMNS THE BOMB ATTACK CARRIED OUT TODAY AGAINST "
            "A UNION OFFICE IN THE CAPITAL. IT ALSO REPUDIATES THE ATTACK CARRIED OUT ON 30 OCTOBER BY THE "
            "REBELS AGAINST A BUS, WHERE ONE CIVILIAN DIED.")
    incs = incidents(text, "en", dt.date(1989, 11, 1))
    days = sorted({i.date.start for i in incs if i.date.precision == "day"})
    assert days == [dt.date(1989, 10, 30), dt.date(1989, 11, 1)], [(i.sub_event_type, i.date) for i in incs]


@pytest.mark.parametrize("text,lang,noun", [
    # a personal pronoun hit by the verb stands for the person named just before it
    ("Police found the body of a teacher in Lima on Monday. He had been shot.", "en", "teacher"),
    ("La police a retrouvé le corps d'un enseignant à Lima lundi. Il avait été abattu.", "fr", "enseignant"),
])
def test_a_pronoun_victim_is_the_person_named_before(text, lang, noun):
    victims = [a.mention for i in incidents(text, lang) for a in i.actors_in("victim")]
    assert victims == [noun]


def test_a_pronoun_victim_agrees_in_number():
    # (the people whose bodies are found are victims of that find, a killing of its own, since bodies
    # found make one: the owners of a car found stand for no one hit but through the pronoun)
    text = "Police found the car of two teachers in Lima on Monday. He had been shot."
    assert not [a for i in incidents(text, "en") for a in i.actors_in("victim") if a.mention == "teachers"]
    text = "Police found the car of a teacher in Lima on Monday. He had been shot."
    assert [a for i in incidents(text, "en") for a in i.actors_in("victim") if a.mention == "teacher"]


def test_muc4_a_recalled_incident_with_no_date_of_its_own_is_no_template():
    from bilan.model import DateValue
    window = DateValue(start=dt.date(1988, 10, 5), end=dt.date(1988, 11, 4), precision="month", basis="publication")
    inc = _incident("Explosions/Remote violence", "Remote explosive/landmine/IED", date=window, recalled=True)
    assert not muc4.in_scope(inc, dt.date(1988, 11, 4))
    inc.recalled = False
    assert muc4.in_scope(inc, dt.date(1988, 11, 4))
    # recalled but dated by its own words: the date rules decide
    inc.recalled, inc.date = True, DateValue(start=dt.date(1988, 10, 20), end=dt.date(1988, 10, 20), precision="day",
                                             basis="text")
    assert muc4.in_scope(inc, dt.date(1988, 11, 4))


@pytest.mark.parametrize("text,lang", [
    ("A bomb exploded at the home of a judge in Lima on Monday. The attack was carried out at dawn on Monday "
     "by unidentified men who threw a bomb at the house of Judge Carlos Ruiz from a car.", "en"),
    ("Une bombe a explosé devant la maison d'un juge à Lima lundi. L'attentat a été commis à l'aube lundi par "
     "des inconnus qui ont lancé une bombe contre la maison du juge Carlos Ruiz depuis une voiture.", "fr"),
])
def test_a_sentence_that_names_its_event_by_a_definite_noun_tells_the_same_event(text, lang):
    """ "The attack was carried out by men who threw a bomb": the definite generic noun refers back,
    the bomb under it tells how it was done (one incident, not two)."""
    assert len(incidents(text, lang)) == 1


@pytest.mark.parametrize("text,lang", [
    ("A bomb exploded at the home of a judge in Lima on Monday. Another attack was carried out on Tuesday by men "
     "who threw a grenade at a bank.", "en"),
    ("Une bombe a explosé devant la maison d'un juge à Lima lundi. Une autre attaque a été menée mardi par des "
     "hommes qui ont lancé une grenade contre une banque.", "fr"),
])
def test_another_attack_beside_a_specific_trigger_is_a_new_event(text, lang):
    assert len(incidents(text, lang)) == 2


@pytest.mark.parametrize("text,lang", [
    ("Eighteen people were killed near Canasgordas on Sunday. Guerrillas blew up a bridge as a bus was crossing it.",
     "en"),
    ("Dix-huit personnes ont été tuées près de Canasgordas dimanche. Des guérilleros ont fait sauter un pont au "
     "passage d'un autobus.", "fr"),
])
def test_a_toll_then_the_act_that_says_how_is_one_incident(text, lang):
    incs = incidents(text, lang)
    assert len(incs) == 1, [(i.sub_event_type, i.date) for i in incs]
    assert incs[0].event_type == "Explosions/Remote violence" and incs[0].fatalities.single() == 18


@pytest.mark.parametrize("text,lang", [
    ("Eighteen people were killed near Canasgordas on Sunday. On Monday, guerrillas blew up a bridge in Medellin.",
     "en"),                                                                                  # a day and a place of its own
    ("Eighteen people were killed near Canasgordas on Sunday. Guerrillas also blew up a bridge.", "en"),  # "also"
    ("Dix-huit personnes ont été tuées près de Canasgordas dimanche. Lundi, des guérilleros ont fait sauter un pont "
     "à Medellin.", "fr"),
    ("Dix-huit personnes ont été tuées près de Canasgordas dimanche. Des guérilleros ont aussi fait sauter un pont.",
     "fr"),
])
def test_an_act_of_its_own_after_a_toll_is_a_further_incident(text, lang):
    assert len(incidents(text, lang)) == 2


@pytest.mark.parametrize("text,lang", [
    ("Rebels have claimed responsibility for the murder of Rosa Elena Quintero Lopez, a teacher in Santa Ana. "
     "Quintero Lopez was killed on the night of 2 March in the San Rafael neighborhood of San Salvador.", "en"),
    ("Des hommes armés ont tué Rosa Elena Quintero Lopez à Santa Ana, selon la police. Quintero Lopez a été "
     "abattue dans la nuit du 2 mars dans le quartier San Rafael de San Salvador.", "fr"),
])
def test_the_same_person_named_again_is_the_same_killing(text, lang):
    """One person is killed once: a later mention naming the victim by the end of the full name told
    before is the same event, whatever date or place it adds."""
    assert len(incidents(text, lang)) == 1


@pytest.mark.parametrize("text,lang", [
    ("Gunmen murdered Carlos Alberto Ruiz Pena in Lima on Monday. On Tuesday, gunmen killed Jorge Ruiz Pena in "
     "Cusco.", "en"),
    ("Des hommes armés ont tué Carlos Alberto Ruiz Pena à Lima lundi. Mardi, des hommes armés ont tué Jorge Ruiz "
     "Pena à Cusco.", "fr"),
])
def test_another_first_name_is_another_person(text, lang):
    assert len(incidents(text, lang)) == 2


@pytest.mark.parametrize("text,lang,n", [
    # an act of another kind added by 'also' / 'également' on its verb or on the verb reporting it
    # is a further event, not more of the one before
    ("Terrorists fired at a civilian in the Montserrat neighbourhood of San Salvador on 4 April. A military "
     "spokesman also reported that a group of armed men kidnapped a peasant.", "en", 2),
    ("Des terroristes ont tiré sur un civil dans le quartier de Montserrat à San Salvador le 4 avril. Un "
     "porte-parole militaire a également indiqué qu'un groupe d'hommes armés avait enlevé un paysan.", "fr", 2),
    # the same kind of act told again with 'also' still tells more of the same incident
    ("Gunmen shot dead a teacher in Kuda on Monday. Police also said the gunmen killed a farmer.", "en", 1),
    ("Des hommes armés ont abattu un enseignant à Kuda lundi. La police a aussi indiqué que les hommes armés "
     "avaient tué un paysan.", "fr", 1),
    ("Gunmen attacked the village of Kuda on Monday, residents said. A local official also said the attackers "
     "killed three farmers.", "en", 1),
    ("Des hommes armés ont attaqué le village de Kuda lundi. Un responsable local a aussi déclaré que les "
     "assaillants avaient tué trois paysans.", "fr", 1),
])
def test_another_kind_of_act_added_with_also_is_a_further_event(text, lang, n):
    incs = incidents(text, lang)
    assert len(incs) == n, [(i.sub_event_type, [a.mention for a in i.actors]) for i in incs]


@pytest.mark.parametrize("text,lang,suicide_bomb", [
    # a person who killed themselves is a suicide bomber only with an explosive in the sentence: a gun
    # in the hand makes no bombing
    ("Another person killed himself because he had a weapon in his hand and a bullet wound in his forehead.",
     "en", False),
    ("The attacker killed himself by detonating explosives at the checkpoint in Kabul on Monday.", "en", True),
    ("A man killed himself with a grenade outside the police station in Kandahar.", "en", True),
])
def test_killing_oneself_is_a_suicide_bomb_only_with_an_explosive(text, lang, suicide_bomb):
    subs = [i.sub_event_type for i in incidents(text, lang)]
    assert ("Suicide bomb" in subs) == suicide_bomb, subs


@pytest.mark.parametrize("text,lang,n", [
    # two acts of one day by the same side, each at a town of its own (within 25 km of each other):
    # two incidents of the story
    ("Guerrillas machinegunned a bus near Olocuilta on 4 April, wounding two passengers. On the evening of "
     "4 April, guerrillas fired at two policemen and a pedestrian in San Salvador.", "en", 2),
    ("Des guérilleros ont mitraillé un bus près d'Olocuilta le 4 avril, blessant deux passagers. Le soir du "
     "4 avril, des guérilleros ont tiré sur deux policiers et un passant à San Salvador.", "fr", 2),
    ("Gunmen killed two farmers in Soyapango on Monday. Gunmen killed a teacher in Apopa on Monday.", "en", 2),
    ("Des hommes armés ont tué deux paysans à Soyapango lundi. Des hommes armés ont tué un enseignant à "
     "Apopa lundi.", "fr", 2),
    # the same town told twice is one act
    ("Gunmen killed two farmers in Soyapango on Monday. The gunmen killed the farmers in Soyapango after "
     "dark, police said.", "en", 1),
])
def test_acts_at_two_towns_of_one_story_are_two_incidents(text, lang, n):
    incs = incidents(text, lang)
    assert len(incs) == n, [(i.sub_event_type, i.location.name, i.merge_reasons) for i in incs]
