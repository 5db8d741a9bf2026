"""Event-type rules for short English and French snippets (issue 3, CASE 2021 task 2): which
sentence leads, split phrasal verbs, protest refinements, territory and other strategic types.
Sentences are our own."""

import datetime as dt

import pytest
from extracting import incidents

PUB = dt.date(2021, 5, 4)


def _types(text, lang):
    return [i.sub_event_type for i in incidents(text, lang, PUB)]


@pytest.mark.parametrize("text,lang", [
    ("The two presidents met in Geneva on Monday. The rebels agreed to a ceasefire with the army.", "en"),
    ("Les deux présidents se sont rencontrés lundi à Genève. Les rebelles ont accepté un cessez-le-feu avec l'armée.",
     "fr"),
])
def test_a_strategic_development_leads_when_nothing_came_before(text, lang):
    assert _types(text, lang) == ["Agreement"]


@pytest.mark.parametrize("text,lang", [
    ("Gunmen killed three villagers on Monday. The rebels later agreed to a ceasefire.", "en"),
    ("Des hommes armés ont tué trois villageois lundi. Les rebelles ont ensuite accepté un cessez-le-feu.", "fr"),
])
def test_a_strategic_development_after_the_lead_event_stays_background(text, lang):
    assert _types(text, lang) == ["Attack"]


@pytest.mark.parametrize("text,lang", [
    ("The army units drove the militants out of several villages in the province.", "en"),
    ("Government troops pushed the rebels back from the town on Friday.", "en"),
    ("Government troops pushed them back from the town on Friday.", "en"),
    ("Les soldats maliens ont chassé les jihadistes de la ville de Ménaka.", "fr"),
    ("Les rebelles ont été délogés de la ville par l'armée.", "fr"),
    ("Government troops dislodged the insurgents from the town after a brief firefight.", "en"),
    ("Soldiers expelled the jihadists from two villages near the border on Sunday.", "en"),
    ("The army flushed the rebels out of the hills above the town.", "en"),
    ("Les militaires ont expulsé les jihadistes de deux villages près de la frontière.", "fr"),
])
def test_state_forces_driving_the_enemy_out_regain_ground(text, lang):
    # the particle may follow the object ("drove the militants out"): still the phrasal verb
    assert _types(text, lang) == ["Government regains territory"]


@pytest.mark.parametrize("text,lang", [
    ("Militiamen drove hundreds of villagers out of the district.", "en"),
    ("The rebels drove a truck out of the town.", "en"),
    ("Des miliciens ont chassé les habitants du village.", "fr"),
])
def test_driving_out_people_or_things_is_no_territory_change(text, lang):
    assert "Government regains territory" not in _types(text, lang)
    assert "Non-state actor overtakes territory" not in _types(text, lang)


def test_a_split_phrasal_verb_of_destruction():
    assert _types("Rebels blew the bridge up on Monday.", "en") == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text,lang", [
    ("Officials said two mass graves containing the bodies of 40 people killed by the militants were found near the"
     " town.", "en"),
    ("Investigators exhumed a mass grave in the east of the country on Tuesday.", "en"),
    ("Deux charniers contenant les corps de civils tués ont été découverts près de la ville.", "fr"),
    ("La découverte d'une fosse commune près de la frontière a été annoncée lundi.", "fr"),
])
def test_a_mass_grave_found_is_another_strategic_development(text, lang):
    assert _types(text, lang) == ["Other"]


@pytest.mark.parametrize("text,lang", [
    ("Gunmen killed 12 villagers on Sunday and buried them in a mass grave, residents said.", "en"),
    ("Les assaillants ont tué douze villageois et les ont enterrés dans une fosse commune.", "fr"),
])
def test_a_mass_grave_the_killers_used_leaves_the_attack(text, lang):
    assert _types(text, lang) == ["Attack"]


@pytest.mark.parametrize("text,lang,expected", [
    # "rocked" is no thrown rock; "non-violent" is no violence
    ("Hundreds of protesters rallied in the capital on Sunday as the protests that have rocked the country entered a"
     " third week.", "en", "Peaceful protest"),
    ("Thousands of non-violent protesters marched in the capital on Sunday.", "en", "Peaceful protest"),
    ("Des milliers de manifestants non violents ont défilé dimanche dans la capitale.", "fr", "Peaceful protest"),
    # lethal force by the protesters is a riot, lethal force on them excessive force
    ("A group of protesters used live ammunition against the police in the capital on Saturday.", "en",
     "Violent demonstration"),
    ("Des manifestants ont utilisé des balles réelles contre la police samedi dans la capitale.", "fr",
     "Violent demonstration"),
    ("Police opened fire on protesters in the capital on Saturday, killing two.", "en",
     "Excessive force against protesters"),
    ("Les forces de l'ordre ont tiré à balles réelles sur les manifestants samedi à Conakry.", "fr",
     "Excessive force against protesters"),
    # protesters who died did not use force
    ("Four protesters died from gunfire during a demonstration outside the consulate on Sunday.", "en",
     "Excessive force against protesters"),
    # violent protesters make a riot even when the police then fire on them
    ("Protesters threw stones at the police, who opened fire, killing one man, in the capital on Sunday.", "en",
     "Violent demonstration"),
    # "a violent crackdown" is the police's manner
    ("Police launched a violent crackdown on peaceful protesters in the capital, killing three.", "en",
     "Excessive force against protesters"),
])
def test_protest_refinements(text, lang, expected):
    assert _types(text, lang) == [expected]


@pytest.mark.parametrize("text,lang,expected", [
    # how the protest went is often told after the lead
    ("Thousands of protesters marched in the capital on Friday. Security forces fired tear gas and water cannon to"
     " disperse them.", "en", "Protest with intervention"),
    ("Des milliers de manifestants ont défilé vendredi dans la capitale. La police a utilisé des gaz lacrymogènes"
     " pour les disperser.", "fr", "Protest with intervention"),
    # arrests the protesters demand an end to are its topic, not an intervention
    ("Hundreds of protesters rallied in the capital on Sunday to demand the release of activists detained last"
     " week.", "en", "Peaceful protest"),
    ("Des centaines de manifestants se sont rassemblés dimanche pour réclamer la libération des militants arrêtés"
     " la semaine dernière.", "fr", "Peaceful protest"),
    ("Protesters took to the streets of the capital on Monday to decry the arrests of opposition leaders.", "en",
     "Peaceful protest"),
])
def test_protest_story_and_topic(text, lang, expected):
    assert _types(text, lang)[0] == expected


@pytest.mark.parametrize("text,lang,expected", [
    # who clashed types the clash: protesters make a riot, unarmed villagers mob violence
    ("Stone-throwing protesters clashed with riot police in the capital on Monday.", "en", "Violent demonstration"),
    ("Des manifestants se sont affrontés avec la police lundi dans la capitale.", "fr", "Violent demonstration"),
    ("Clashes broke out after soldiers attacked a peaceful protest in the town on Friday.", "en",
     "Violent demonstration"),
    ("Villagers clashed with sticks and machetes over a land dispute on Sunday, leaving two dead.", "en",
     "Mob violence"),
    ("Des villageois se sont affrontés à coups de machettes dimanche, faisant deux morts.", "fr", "Mob violence"),
    ("Soldiers clashed with rebels near the town on Friday, killing five.", "en", "Armed clash"),
    ("Des soldats se sont affrontés avec les rebelles près de la ville vendredi.", "fr", "Armed clash"),
])
def test_who_clashed_types_the_clash(text, lang, expected):
    assert _types(text, lang) == [expected]


def test_pronominal_verbs_split_by_their_auxiliary():
    assert _types("Les rebelles se sont emparés de la ville de Bria lundi.", "fr") == \
        ["Non-state actor overtakes territory"]
    # seized vehicles are no territory
    assert _types("Les assaillants se sont emparés de deux véhicules.", "fr") == []
    assert _types("Le gouvernement doit affronter la crise.", "fr") == []


@pytest.mark.parametrize("text,lang", [
    ("Government forces captured two villages on Wednesday near a town that was the scene of a chemical attack in"
     " 2017.", "en"),
    ("Les forces gouvernementales ont repris deux villages mercredi près d'une ville qui avait été la cible d'une"
     " attaque chimique en 2017.", "fr"),
])
def test_an_event_in_a_relative_clause_is_background(text, lang):
    assert _types(text, lang) == ["Government regains territory"]


@pytest.mark.parametrize("text,lang", [
    ("Police made no arrests on Sunday.", "en"),
    ("Aucune arrestation n'a eu lieu dimanche.", "fr"),
])
def test_a_negative_determiner_denies_the_event(text, lang):
    assert _types(text, lang) == []


@pytest.mark.parametrize("text,lang,expected", [
    # the purpose of another event is its aim, not what happened
    ("The militants' large-scale attack to capture the army positions near the airbase was repelled on Monday.",
     "en", ["Armed clash"]),
    ("L'armée a lancé lundi une offensive pour reprendre la ville aux rebelles.", "fr", ["Armed clash"]),
    # a protest that is the purpose of a shutdown is the protest itself
    ("Farmers blocked roads and railways in a nationwide shutdown to protest the new farm bills on Tuesday.", "en",
     ["Violent demonstration"]),
])
def test_a_purpose_is_no_event(text, lang, expected):
    assert _types(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # security staff killed by militants: a battle
    ("At least 12 security personnel were killed in militant attacks in the province on Tuesday.", "en",
     "Armed clash"),
    ("Six agents de sécurité ont été tués dans une attaque de jihadistes mardi.", "fr", "Armed clash"),
    # a building attacked: violence against civilians, even when attackers die
    ("Armed men attacked a stock exchange building in the city on Monday, and four of the attackers were killed.",
     "en", "Attack"),
    ("Des hommes armés ont attaqué un bâtiment administratif lundi dans la ville.", "fr", "Attack"),
])
def test_victims_and_targets_type_an_attack(text, lang, expected):
    assert _types(text, lang) == [expected]


@pytest.mark.parametrize("text,expected", [
    # what happened to a person in a relative clause is news of its own, not background
    ("Police arrested more than 300 people in the capital on Monday in a search for the killers of former "
     "minister John Smith, who was murdered in an attack on Sunday.", "Attack"),
    # a place described by a past event stays background
    ("Rebels captured three villages on Monday near a town that was the scene of a chemical attack in 2017.",
     "Non-state actor overtakes territory"),
])
def test_a_relative_clause_about_a_person_is_news(text, expected):
    assert _types(text, "en") == [expected]


@pytest.mark.parametrize("text,lang,expected", [
    # an act naming the trade of a criminal group is what the group is, not an event told
    ("Police arrested five members of a kidnapping gang in Abuja.", "en", "Arrests"),
    ("Police arrested the leader of a notorious kidnapping syndicate in Port Harcourt on Sunday.", "en", "Arrests"),
    ("Detectives detained three men believed to belong to an assassination ring operating in the capital.", "en",
     "Arrests"),
    ("La police a démantelé un réseau d'enlèvements et arrêté six personnes à Bamako.", "fr", "Arrests"),
    ("Les gendarmes ont interpellé le chef d'une filière d'enlèvements à Garoua.", "fr", "Arrests"),
    # the group doing the act: the act is the event
    ("A kidnapping gang abducted three pupils from their school in Kaduna.", "en", "Abduction/forced disappearance"),
    ("Un réseau de passeurs a enlevé trois migrants près d'Agadez.", "fr", "Abduction/forced disappearance"),
])
def test_the_trade_of_a_criminal_group_is_no_event(text, lang, expected):
    assert _types(text, lang)[:1] == [expected]


@pytest.mark.parametrize("text,lang,expected", [
    # a passive with no subject of its own was done to the subject of the clause it hangs on
    ("A human rights activist went missing after being picked up by men in plain clothes in Karachi.", "en",
     ["Abduction/forced disappearance"]),
    ("The blogger has not been seen since being picked up by unidentified men outside his office in Quetta.", "en",
     ["Abduction/forced disappearance"]),
    ("Un militant a disparu après avoir été embarqué par des hommes en civil à Bamako.", "fr",
     ["Abduction/forced disappearance"]),
    # a thing picked up is no one taken
    ("The parcel went missing after being picked up by a courier in Karachi.", "en", []),
])
def test_a_passive_without_subject_was_done_to_the_clause_subject(text, lang, expected):
    assert _types(text, lang)[:1] == expected


@pytest.mark.parametrize("text,lang", [
    ("Unidentified men picked up a blogger outside his office in Quetta.", "en"),
    ("Men in plain clothes picked up two dissidents from their homes in Minsk.", "en"),
    ("Des hommes en civil ont embarqué un blogueur devant son domicile à Conakry.", "fr"),
])
def test_critics_taken_by_unknown_men_are_disappeared(text, lang):
    assert _types(text, lang)[:1] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize("text,lang,expected", [
    # an ambush is a battle when the forces are caught in it, ACLED's attack when civilians are
    ("Gunmen ambushed a bus carrying traders near Gao, killing two passengers.", "en", "Attack"),
    ("Bandits ambushed a convoy of aid workers on the road to Kaga Bandoro, killing one of them.", "en", "Attack"),
    ("Rebels ambushed an army patrol near Gao, killing four soldiers.", "en", "Armed clash"),
    ("Militants ambushed a police convoy in the district on Monday.", "en", "Armed clash"),
    ("Des hommes armés ont tendu une embuscade à un bus de voyageurs près de Gao, tuant deux passagers.", "fr",
     "Attack"),
    ("Des jihadistes ont tendu une embuscade à une patrouille de l'armée près de Gao, tuant quatre soldats.", "fr",
     "Armed clash"),
])
def test_who_an_ambush_caught_types_it(text, lang, expected):
    assert _types(text, lang)[:1] == [expected]


@pytest.mark.parametrize("text,lang", [
    # a ship seized off a coast is no ground taken; the crew taken hostage is the event
    ("Pirates seized a tanker off the coast of Benin and took 15 crew members hostage.", "en"),
    ("Des pirates ont arraisonné un pétrolier au large des côtes du Bénin et pris en otage 15 marins.", "fr"),
])
def test_a_ship_seized_off_a_coast_is_no_territory(text, lang):
    assert _types(text, lang)[:1] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize("text,lang,expected", [
    # the toll a war or a conflict has taken, told in a relative clause, sums it up: no event
    ("The bishop called for an end to a conflict that has killed more than 10,000 people.", "en", []),
    ("The bishop called for an end to ten years of war that have killed more than 70,000 people.", "en", []),
    ("THE ARCHBISHOP URGED BOTH SIDES TO END A WAR THAT HAS KILLED MORE THAN 70,000 SALVADORANS.", "en", []),
    ("L'évêque a appelé à mettre fin à dix ans de guerre qui ont tué plus de 70 000 personnes.", "fr", []),
    ("L'évêque a appelé à mettre fin à un conflit qui a tué plus de 10 000 personnes.", "fr", []),
    # an act told in a relative clause stays one
    ("The bishop condemned the attack that killed 12 people in the market.", "en", ["Attack"]),
    ("L'évêque a condamné l'attaque qui a tué 12 personnes au marché.", "fr", ["Attack"]),
])
def test_a_wars_toll_in_a_relative_clause_is_no_event(text, lang, expected):
    assert _types(text, lang)[:1] == expected
