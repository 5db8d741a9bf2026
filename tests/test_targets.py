"""Physical targets: what a bombing, an attack or an arson hit (FR and EN), with their offsets."""

import pytest
from extracting import extract, incidents

from bilan.pipeline import extract_document


def targets(text: str, lang: str) -> list[str]:
    doc, incs = extract(text, lang)
    return [t.name for i in incs for t in i.targets]


@pytest.mark.parametrize("text,lang,expected", [
    ("A bomb exploded at the bank in Bamako on Sunday, wounding two guards.", "en", "bank"),
    ("Gunmen set fire to three buses near Kidal on Saturday.", "en", "buses"),
    ("Rebels blew up power lines near Bangui on Friday.", "en", "power lines"),
    ("A car bomb exploded outside the embassy in Kabul on Monday, killing four people.", "en", "embassy"),
    ("Des hommes armés ont attaqué la mairie de Ménaka dimanche.", "fr", "mairie"),
    ("Une bombe a explosé devant une banque à Bamako samedi, blessant deux gardiens.", "fr", "banque"),
    ("Des rebelles ont incendié des camions près de Kaga-Bandoro vendredi.", "fr", "camions"),
])
def test_the_target_of_the_event_is_kept(text, lang, expected):
    assert expected in targets(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("A car bomb exploded in Mogadishu on Monday, killing four people.", "en"),   # the car is the weapon
    ("Un véhicule piégé a explosé à Mogadiscio lundi, tuant quatre personnes.", "fr"),
])
def test_the_weapon_is_not_a_target(text, lang):
    names = targets(text, lang)
    assert not any(n in ("car", "véhicule") for n in names), names


def test_upper_case_wire_copy_gives_targets_too():
    assert "power lines" in targets("GUERRILLAS BLEW UP POWER LINES NEAR SAN SALVADOR ON FRIDAY.", "en")


def test_a_follow_up_sentence_adds_what_was_damaged():
    text = ("A bomb exploded at a bank in Bamako on Sunday, wounding two guards. "
            "The blast also damaged several shops.")
    assert {"bank", "shops"} <= set(targets(text, "en"))


def test_targets_carry_offsets_and_evidence():
    doc, incs = extract("Des hommes armés ont attaqué la mairie de Ménaka dimanche.", "fr")
    (t,) = [t for i in incs for t in i.targets]
    assert doc.text[t.start:t.end] == t.mention and t.kind == "building"
    ev = [e for i in incs for e in i.evidence_for("targets")]
    assert ev and all(doc.text[e.start:e.end] == e.text for e in ev)


def test_an_arrest_has_no_target():
    assert targets("Police arrested two men at the bank in Bamako on Sunday.", "en") == []


@pytest.mark.parametrize("text,lang,expected", [
    ("Guerrillas attacked a coffee processing plant near Comasagua on Friday.", "en", "coffee processing plant"),
    ("A bomb was placed in a dance hall in Ayacucho on Sunday.", "en", "dance hall"),
    ("Four inns and hotels were bombed in Huaraz last night.", "en", "inns"),
    ("Rebels blew up seven power towers near Barranquilla on Monday.", "en", "power towers"),
    ("Une bombe a explosé dans une discothèque de Bamako samedi.", "fr", "discothèque"),
    ("Des hommes armés ont incendié une auberge près de Gao dimanche.", "fr", "auberge"),
])
def test_plants_halls_inns_and_towers_are_targets(text, lang, expected):
    assert expected in targets(text, lang)


def test_the_place_where_the_bomb_went_off_is_its_target():
    text = "Three employees of the gas station where the car bomb went off in Bogota on Sunday were wounded."
    assert "gas station" in targets(text, "en")


def test_a_target_named_again_is_one_target():
    text = ("Rebels blew up the oil pipeline near Arauca on Monday. "
            "The army said the rebels blew up the oil pipeline with dynamite.")
    names = targets(text, "en")
    assert names.count("oil pipeline") == 1, names


@pytest.mark.parametrize("text,lang,expected", [
    ("A bomb attack against the National Union of Journalists killed two people in Bogota on Monday.", "en",
     "National Union of Journalists"),
    ("L'attentat contre l'Union nationale des journalistes a tué deux personnes à Bamako lundi.", "fr",
     "Union nationale des journalistes"),
])
def test_the_organisation_an_attack_was_aimed_at_is_its_target(text, lang, expected):
    doc, incs = extract(text, lang)
    hit = [t for i in incs for t in i.targets if t.kind == "organisation"]
    assert [t.mention for t in hit] == [expected] and all(doc.text[t.start:t.end] == t.mention for t in hit)


def test_an_armed_side_attacked_is_no_organisation_target():
    doc, incs = extract("The attack on the army killed two people in Bogota on Monday.", "en")
    assert not [t for i in incs for t in i.targets if t.kind == "organisation"]


@pytest.mark.parametrize("text,lang", [
    ("Rebels blew up the offices of a hotel near Gao on Sunday night. "
     "At dawn on Monday, the rebels blew up a power pylon near Gao.", "en"),
    ("Des rebelles ont fait sauter les bureaux d'un hôtel près de Gao dimanche soir. "
     "À l'aube lundi, les rebelles ont fait sauter un pylône électrique près de Gao.", "fr"),
])
def test_attacks_on_different_things_told_apart_are_two_incidents(text, lang):
    hit = [sorted(t.name for t in i.targets) for i in incidents(text, lang)]
    assert len(hit) == 2 and all(hit), hit


def test_a_thing_hit_named_again_keeps_one_incident():
    text = ("Rebels blew up a power pylon near Gao on Sunday night. "
            "On Monday, the rebels blew up power pylons near Gao, the army said.")
    assert len(incidents(text, "en")) == 1


@pytest.mark.parametrize("text,lang,doers,target", [
    ("Gunmen in a car attacked the bank in Cali on Monday.", "en", "car", "bank"),
    ("Des hommes armés dans une voiture ont attaqué la banque de Bria lundi.", "fr", "voiture", "banque"),
])
def test_the_doers_own_vehicle_is_no_target(text, lang, doers, target):
    mentions = [t.mention for i in incidents(text, lang) for t in i.targets]
    assert target in mentions and doers not in mentions, mentions


def test_a_car_the_bomb_was_placed_in_stays_a_target():
    mentions = [t.mention for i in incidents("A bomb placed in a car exploded outside the bank in Cali on Monday.", "en")
                for t in i.targets]
    assert "car" in mentions and "bank" in mentions, mentions


@pytest.mark.parametrize("text,lang,kept", [
    ("Rebels killed five civilians in an ambush near the airport on Monday.", "en", None),
    ("A bomb went off close to the bridge on Monday, killing two passers-by.", "en", None),
    ("A bomb exploded at the airport on Monday, killing five civilians.", "en", "airport"),
    ("Des rebelles ont tué cinq civils dans une embuscade près de l'aéroport lundi.", "fr", None),
    ("Une bombe a explosé à proximité du pont lundi, tuant deux passants.", "fr", None),
    ("Une bombe a explosé à l'aéroport lundi, tuant cinq civils.", "fr", "aéroport"),
])
def test_a_thing_the_act_was_near_is_where_it_happened_not_a_target(text, lang, kept):
    assert targets(text, lang) == ([kept] if kept else [])


@pytest.mark.parametrize("text,lang,kept", [
    ("Two engineers were kidnapped while working on a highway near Popayan on Monday.", "en", None),
    ("Rebels dynamited a highway near Popayan on Monday.", "en", "highway"),
    ("Gunmen attacked the bank in Lima while guards were changing shifts on Monday.", "en", "bank"),
    ("Deux ingénieurs ont été enlevés alors qu'ils travaillaient sur une autoroute près de Gao lundi.", "fr", None),
    ("Deux ingénieurs ont été enlevés en travaillant sur une autoroute près de Gao lundi.", "fr", None),
    ("Des rebelles ont dynamité une autoroute près de Gao lundi.", "fr", "autoroute"),
])
def test_what_the_victims_were_doing_is_no_target(text, lang, kept):
    # "while working on a highway": the highway hangs on the clause of what they were doing
    assert targets(text, lang) == ([kept] if kept else [])


def _kinds(text, lang):
    return [(t.name, t.kind) for i in incidents(text, lang) for t in i.targets]


@pytest.mark.parametrize("text,lang,expected", [
    ("Urban commandos took a patrol car by surprise in San Salvador on Monday. They dropped a grenade inside the "
     "car, injuring four and partially destroying the vehicle.", "en",
     [("car", "military_site"), ("vehicle", "military_site")]),
    ("Rebels attacked a truck carrying soldiers near Tame on Monday.", "en", [("truck", "military_site")]),
    ("Rebels burned a bus carrying passengers near Tame on Monday.", "en", [("bus", "vehicle")]),
    ("A bus was parked near a patrol car in Lima on Monday. Gunmen set fire to the bus.", "en", [("bus", "vehicle")]),
    ("Des rebelles ont attaqué un camion transportant des soldats près de Gao lundi.", "fr",
     [("camion", "military_site")]),
    ("Des rebelles ont pris par surprise une voiture de patrouille à Gao lundi. Ils ont lancé une grenade dans la "
     "voiture, blessant quatre policiers.", "fr", [("voiture", "military_site")]),
    ("Des rebelles ont incendié un bus transportant des passagers près de Gao lundi.", "fr", [("bus", "vehicle")]),
])
def test_the_forces_own_vehicle_is_theirs(text, lang, expected):
    # MUC-4 rule 1 (b): a vehicle carrying the forces, or the patrol car named again, is of the forces
    assert _kinds(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("AN ARMORED PERSONNEL CARRIER WAS DESTROYED WITH AN RPG-7 ROCKET IN SAN MIGUEL YESTERDAY.", "en",
     [("armored personnel carrier", "military_site")]),
    ("Rebels destroyed two armoured vehicles with rockets near Tame on Sunday.", "en",
     [("armoured vehicles", "military_site")]),
    ("Les rebelles ont détruit un véhicule blindé avec une roquette près de Gao dimanche.", "fr",
     [("véhicule blindé", "military_site")]),
])
def test_an_armoured_vehicle_is_of_the_forces(text, lang, expected):
    # armour is the forces' own: an act on their armoured vehicles alone hits the forces (MUC-4 rule 1 (b))
    assert _kinds(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("A bomb exploded outside the police headquarters in Tame on Monday.", "en",
     [("police headquarters", "military_site")]),
    ("Rebels attacked the headquarters of the National Guard in San Salvador on Monday.", "en",
     [("headquarters", "military_site")]),
    ("THE FMLN ATTACKED THE NATIONAL GUARD HEADQUARTERS IN SAN SALVADOR YESTERDAY.", "en",
     [("headquarters", "military_site")]),
    ("Guerrillas attacked the headquarters of the army in Tame on Monday.", "en", [("headquarters", "military_site")]),
    ("Guerrillas bombed the headquarters of the Liberal Party in Tame on Monday.", "en", [("headquarters", "building")]),
    ("Des rebelles ont attaqué le siège de la gendarmerie à Gao lundi.", "fr", [("siège", "military_site")]),
    ("Des rebelles ont attaqué le siège du parti à Gao lundi.", "fr", [("siège", "building")]),
])
def test_a_building_of_the_forces_is_their_installation(text, lang, expected):
    # MUC-4 rule 1 (b): a building the text gives to the forces ("the National Guard headquarters", "the
    # headquarters of the army") is one of their installations, not civilian property
    assert _kinds(text, lang) == expected


def test_an_attack_on_the_national_guard_alone_is_no_muc4_template():
    from bilan.evaluate.muc4 import muc_type

    # the National Guard, the air force and the navy are of the state's forces (EN and FR): an attack on
    # them and their buildings alone is MUC-4 rule 1 (b)'s guerrilla act on the forces
    for text, lang in (("Rebels attacked the National Guard headquarters in San Salvador on Monday.", "en"),
                       ("Des rebelles ont attaqué la caserne de la garde nationale à Niamey lundi.", "fr"),
                       ("GUNMEN ATTACKED THE COLOMBIAN AIR FORCE INSTALLATIONS IN BARRANQUILLA TODAY.", "en"),
                       ("Guerrillas attacked the navy headquarters in Barranquilla on Monday.", "en"),
                       ("Des rebelles ont attaqué le siège de l'armée de l'air à Bangui lundi.", "fr")):
        [inc] = incidents(text, lang)
        assert any(a.kind == "state_forces" for a in inc.actors), inc.actors
        assert muc_type(inc) is None


def test_a_rocket_on_an_armoured_vehicle_alone_is_no_muc4_template():
    from bilan.evaluate.muc4 import muc_type

    [inc] = incidents("Rebels destroyed an armored personnel carrier with a rocket near San Miguel on Sunday.", "en")
    assert muc_type(inc) is None


# MUC-4 7.13: the physical target is what the incident hit; a road on which an ambush or an attack took
# place says where it happened ("ambushed a patrol on the highway"), while a road blown up stays a target
@pytest.mark.parametrize("text,lang,road", [
    ("Guerrillas ambushed an army patrol on the highway to Suchitoto on Friday, killing two soldiers.", "en",
     "highway"),
    ("Guerrillas ambushed a battalion on the central highway on Friday, wounding a soldier.", "en",
     "central highway"),
    ("Rebels attacked a military convoy along the railway near Gao on Friday, wounding three soldiers.", "en",
     "railway"),
    ("GUERRILLAS AMBUSHED AN ARMY PATROL ON THE HIGHWAY TO SUCHITOTO ON FRIDAY, KILLING TWO SOLDIERS.", "en",
     "HIGHWAY"),
    ("Des rebelles ont tendu une embuscade à une patrouille sur l'autoroute de Bamako vendredi, tuant deux "
     "soldats.", "fr", "autoroute"),
    ("Des hommes armés ont attaqué un convoi militaire le long de la voie ferrée près de Gao vendredi.", "fr",
     "voie ferrée"),
])
def test_the_road_of_an_ambush_is_its_place_not_its_target(text, lang, road):
    names = targets(text, lang)
    assert road not in names, names


@pytest.mark.parametrize("text,lang,expected", [
    ("Guerrillas blew up a section of the highway to Suchitoto on Friday.", "en", "highway"),
    ("Rebels dynamited the railway near Gao on Friday.", "en", "railway"),
    ("Guerrillas blew up a bridge on the highway to Suchitoto on Friday.", "en", "bridge"),
    ("Des rebelles ont dynamité l'autoroute près de Gao vendredi.", "fr", "autoroute"),
    ("Des rebelles ont fait sauter un pont sur l'autoroute de Bamako vendredi.", "fr", "pont"),
])
def test_a_road_blown_up_stays_a_target(text, lang, expected):
    assert expected in targets(text, lang)


def test_a_bridge_on_the_road_is_the_target_not_the_road():
    names = targets("Guerrillas blew up a bridge on the highway to Suchitoto on Friday.", "en")
    assert "highway" not in names, names


@pytest.mark.parametrize("text,lang,expected", [
    ("Rebel anti-aircraft units opened fire on two helicopters near Tame on Monday.", "en",
     [("helicopters", "military_site")]),
    ("Two helicopters flew over Tame on Monday. Rebel antiaircraft units fired at the helicopters.", "en",
     [("helicopters", "military_site")]),
    ("Les unités antiaériennes des rebelles ont ouvert le feu sur deux hélicoptères près de Gao lundi.", "fr",
     [("hélicoptères", "military_site")]),
    # no anti-aircraft fire, or an aircraft named by what it carries: the aircraft stays civilian property
    ("Rebels opened fire on two helicopters near Tame on Monday.", "en", [("helicopters", "vehicle")]),
    ("Des rebelles ont ouvert le feu sur deux hélicoptères près de Gao lundi.", "fr", [("hélicoptères", "vehicle")]),
    ("Rebel anti-aircraft units opened fire on a passenger plane near Tame on Monday.", "en",
     [("passenger plane", "vehicle")]),
])
def test_an_aircraft_under_anti_aircraft_fire_is_of_the_forces(text, lang, expected):
    # anti-aircraft weapons are arms of war against the air force: the aircraft they fire on, unless the text
    # names it by what it carries ("a passenger plane"), is the forces' own (MUC-4 rule 1 (b))
    assert _kinds(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Rebels killed two soldiers with a mine at the Santa Rita farm near Tame on Monday.", "en", []),
    ("AT 1550, WE INFLICTED A CASUALTY WITH A MINE AT EL PINAL FARM.", "en", []),
    ("Les rebelles ont tué deux soldats avec une mine à l'école du village lundi.", "fr", []),
    # what the verb of damage itself hit stays its target
    ("Rebels destroyed a farm with a mine near Tame on Monday.", "en", ["farm"]),
    ("Les rebelles ont détruit une école avec des explosifs lundi.", "fr", ["école"]),
])
def test_a_weapon_an_act_was_done_with_hits_nothing_of_its_own(text, lang, expected):
    # "inflicted a casualty with a mine at the farm": the mine is the instrument of another verb's act, whose
    # object is what was hit; the place after it is where that act happened, not a target of the weapon
    assert targets(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Rebels set fire to a cooperative near Esteli on Tuesday.", "en", "cooperative"),
    ("Des guérilleros ont incendié une coopérative près d'Estelí mardi.", "fr", "coopérative"),
    ("Une bombe a détruit une agence de la Banque populaire à Cusco lundi.", "fr", "agence"),
    ("Une grenade a explosé devant le palais présidentiel de Quito dimanche.", "fr", "palais présidentiel"),
])
def test_cooperatives_branches_and_palaces_are_targets(text, lang, expected):
    assert expected in targets(text, lang)
