"""Event rules on short conflict-news sentences (issue 3: headline and snippet event types)."""

import datetime as dt

import pytest
from extracting import incidents

from bilan import nlp as nlp_mod
from bilan.extract.matching import sentences

PUB = dt.date(2020, 3, 10)


def _types(text, lang):
    return [i.sub_event_type for i in incidents(text, lang, PUB)]


@pytest.mark.parametrize("text,lang", [
    ("Mali : Gao, les habitants en colère après l'assassinat du maire par des hommes armés", "fr"),
    ("Bambari : un convoi attaqué par des rebelles", "fr"),
    ("Kidal. Three soldiers were killed when gunmen opened fire on their patrol.", "en"),
])
def test_a_kicker_or_dateline_joins_the_lead_sentence(text, lang):
    sents = sentences(nlp_mod.get(lang)(text))
    assert len(sents) == 1


def test_a_headline_kicker_keeps_the_event_in_the_lead():
    # "après l'assassinat" in the lead is the news, not a reference back
    assert _types("Mali : Gao, les habitants en colère après l'assassinat du maire par des hommes armés", "fr") \
        == ["Attack"]
    assert _types("Niger : à Tahoua, des militaires pillent le marché central", "fr") \
        == ["Looting/property destruction"]


@pytest.mark.parametrize("text,lang,expected", [
    # the attack's object is a civilian place: violence against civilians, not a battle
    ("Armed men attacked a mosque in the north of the country on Sunday, killing four policemen.", "en", "Attack"),
    ("Gunmen opened fire on a minibus near the border on Tuesday.", "en", "Attack"),
    ("Des hommes armés ont attaqué le village de Koui mardi.", "fr", "Attack"),
    ("KOUI : LE VILLAGE ATTAQUÉ PAR DES HOMMES ARMÉS", "fr", "Attack"),
    # "shot dead": someone died, so the shooting is an attack even with no figure
    ("A trader shot dead in the market town on Friday", "en", "Attack"),
    # an irrealis verb does not govern an adverbial clause of its own
    ("The rally was called off after a grenade was thrown at the stage.", "en", "Grenade"),
    # surface forms the lemmatiser gets wrong, and abuse of women
    ("Soldiers raped several women in the village last week, witnesses said.", "en", "Sexual violence"),
    ("Militiamen abused women and girls at the camp, the report says.", "en", "Sexual violence"),
    ("Des miliciens ont abusé des femmes dans le camp de déplacés.", "fr", "Sexual violence"),
    # explosives and suicide bombers
    ("Insurgents detonated explosives under a bridge on the main road.", "en", "Remote explosive/landmine/IED"),
    ("Two attackers blew themselves up at the gate of the ministry.", "en", "Suicide bomb"),
    ("Militants drove a suicide vehicle into the police compound.", "en", "Suicide bomb"),
])
def test_event_types(text, lang, expected):
    assert expected in _types(text, lang)


def test_a_disrupted_bomb_is_not_an_explosion():
    types = _types("A roadside bomb was found and defused by soldiers near the bridge.", "en")
    assert types == ["Disrupted weapons use"]
    assert _types("Warplanes destroyed an arms depot of the rebels in the east.", "en") == ["Air/drone strike"]


def test_looting_told_after_the_lead_is_news():
    text = "Unrest spread to the eastern suburbs on Tuesday. Dozens of shops were looted and several set alight."
    assert "Looting/property destruction" in _types(text, "en")


def test_recovered_territory_and_a_background_relative_clause():
    text = "The army recovered the villages that had been taken over by the rebels last month."
    assert _types(text, "en") == ["Government regains territory"]


def _deaths(text, lang):
    f = max((i.fatalities for i in incidents(text, lang, PUB) if i.fatalities), key=lambda r: r.low or 0, default=None)
    return None if f is None else (f.low, f.best, f.high)


@pytest.mark.parametrize("text,lang,expected", [
    # a singular victim with no figure is one dead; coordinated victims add up
    ("Kaga-Bandoro : un commerçant tué par des hommes armés", "fr", (1, 1, 1)),
    ("Gao : un berger et son frère tués près du puits", "fr", (2, 2, 2)),
    ("Mali : colère après l'assassinat du maire par des miliciens", "fr", (1, 1, 1)),
    # the casualty word after an incise naming some of them counts them all
    ("Niger : quatre personnes, dont le chef du village, tuées par des assaillants", "fr", (4, 4, 4)),
    # an indefinite plural is a few dead
    ("Centrafrique : des morts dans des combats entre l'armée et les rebelles", "fr", (2, None, 9)),
    # an age is not a count ("d'une trentaine d'années")
    ("Bouar : un homme d’une trentaine d’année tué par des hommes armés", "fr", (1, 1, 1)),
    # English hangs the victim on "of": "the murder of a judge" is one dead
    ("Police are investigating the murder of a judge in Medellin.", "en", (1, 1, 1)),
    # the story's first report of a killing names its dead as a lead does
    ("The curfew was lifted on Monday. Gunmen assassinated the mayor of the town.", "en", (1, 1, 1)),
    ("Le couvre-feu a été levé lundi. Des hommes armés ont assassiné le maire de la ville.", "fr", (1, 1, 1)),
])
def test_deaths_a_headline_implies(text, lang, expected):
    assert _deaths(text, lang) == expected


def test_no_implied_death_from_a_toll_or_a_thing():
    assert _deaths("Bria : le bilan de l'attaque des rebelles contre la base s'alourdit", "fr") is None
    assert _deaths("Alindao : une personne tuée, un camion incendié par des hommes armés", "fr") == (1, 1, 1)


@pytest.mark.parametrize("text,lang,expected", [
    # an attack on property with no one hurt is property destruction
    ("Traders condemned the attacks on properties of the cooperative last week.", "en", "Looting/property destruction"),
    ("Unknown men torched vehicles parked near the market.", "en", "Looting/property destruction"),
    ("The destruction of public properties in the city was condemned by the governor.", "en",
     "Looting/property destruction"),
    # infrastructure attacked with no one hurt
    ("A spill was caused by the 7 July attack against the oil pipeline near Arauca.", "en",
     "Looting/property destruction"),
    ("La fuite a été causée par l'attaque du 7 juillet contre l'oléoduc près de Gao.", "fr",
     "Looting/property destruction"),
])
def test_property_destruction(text, lang, expected):
    assert expected in _types(text, lang)


@pytest.mark.parametrize("text,lang,expected", [
    # violence the protest is against is its topic, not its manner
    ("Thousands of protesters marched in the capital against gun violence on Saturday.", "en", "Peaceful protest"),
    ("Des milliers de manifestants ont marché à Bamako pour dénoncer les violences contre les civils.", "fr",
     "Peaceful protest"),
    ("Protesters threw stones at the police during the demonstration in the capital.", "en", "Violent demonstration"),
])
def test_protest_manner_and_topic(text, lang, expected):
    assert _types(text, lang)[:1] == [expected]


def test_the_side_pushed_back_lost_the_ground():
    text = "Rebel fighters were pushed back from their positions near the town by the army on Monday."
    assert _types(text, "en") == ["Government regains territory"]


@pytest.mark.parametrize("text,lang", [
    # a fight the sentence says did not happen: the ground changed hands without violence
    ("The army took control of the town without any clashes.", "en"),
    ("The army regained the district, taking control of several towns without engaging in any armed clashes.", "en"),
    ("L'armée a pris le contrôle de la ville sans aucun affrontement.", "fr"),
    ("Les rebelles ont pris le contrôle de la ville sans combats.", "fr"),
])
def test_ground_taken_without_a_fight_is_a_non_violent_transfer(text, lang):
    assert _types(text, lang)[:1] == ["Non-violent transfer of territory"]


def test_ground_taken_after_clashes_stays_a_conquest():
    assert _types("The rebels took control of the town after clashes without warning the residents.", "en")[:1] \
        == ["Non-state actor overtakes territory"]


def test_an_intended_capture_is_not_an_event_and_a_prisoner_exchange_is_an_agreement():
    assert "Non-state actor overtakes territory" not in _types(
        "The rebels intended to take control of the hill near the town.", "en")
    assert _types("The two sides carried out an exchange of 40 prisoners near the border on Sunday.", "en") \
        == ["Agreement"]


@pytest.mark.parametrize("text,lang", [
    ("New deadly attacks in the north of the country", "en"),
    ("Kaga-Bandoro : une attaque meurtrière contre des éleveurs", "fr"),
])
def test_a_deadly_event_has_at_least_one_dead(text, lang):
    assert _deaths(text, lang) == (1, 1, None)


def test_one_dead_said_with_an_article():
    assert _deaths("RCA : un mort dans une incursion de rebelles au village de Kouki", "fr") == (1, 1, 1)
    # "a murder" is an event, not a dead person
    assert _deaths("Police seized a pistol linked to a murder in the capital.", "en") is None


def test_the_agent_is_not_counted_even_when_the_parser_hangs_it_on_a_modifier():
    assert _deaths("Bangui : un commerçant froidement abattu à bout portant par un soldat", "fr") == (1, 1, 1)


@pytest.mark.parametrize("text,lang", [
    # figures of speech that hold a trigger word make no event
    ("Since October the government has tried to defuse the monetary time bomb in Lima.", "en"),
    ("It is like killing two birds with one stone, the minister said in Lima on Monday.", "en"),
    ("Le chômage des jeunes est une bombe à retardement à Bamako, a dit le ministre lundi.", "fr"),
    # words, not blows
    ("The opposition leader verbally attacked the transport minister in a speech in Quito on Monday.", "en"),
    ("Le chef de l'opposition a attaqué verbalement le ministre des transports dans un discours lundi.", "fr"),
    # a body falling is no town falling to a side
    ("The old man slipped and fell to the floor of the market in Quito on Monday.", "en"),
])
def test_figures_of_speech_are_no_events(text, lang):
    assert _types(text, lang) == []


@pytest.mark.parametrize("text,lang,expected", [
    # a weapon named as the complement of a noun that is neither an event nor its use is a thing
    ("Police found ammunition and various types of grenades in a house in Lima on Monday.", "en", False),
    ("La police a trouvé des munitions et des caisses de grenades dans une maison de Gao lundi.", "fr", False),
    # ... but its use or its explosion is the event
    ("The hurling of a grenade injured three people in Lima on Monday.", "en", True),
    ("Le jet d'une grenade a blessé trois personnes à Gao lundi.", "fr", True),
])
def test_a_weapon_named_as_a_thing(text, lang, expected):
    assert ("Grenade" in _types(text, lang)) == expected, _types(text, lang)


def _injured(text, lang):
    f = max((i.injured for i in incidents(text, lang, PUB) if i.injured), key=lambda r: r.low or 0, default=None)
    return None if f is None else (f.low, f.best, f.high)


@pytest.mark.parametrize("text,lang,expected", [
    # the wounded a text names without a figure, as the dead: a singular victim is one
    ("Hotels were bombed in Lima last night, damaging the buildings and injuring an 18-year-old girl.", "en", (1, 1, 1)),
    ("Une bombe a explosé lundi à Gao, blessant un enfant.", "fr", (1, 1, 1)),
    ("A bomb exploded in Lima on Monday, injuring five people.", "en", (5, 5, 5)),
])
def test_wounded_a_text_implies(text, lang, expected):
    assert _injured(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    # goods seized near a territory word are a seizure, not a territory taken
    ("An army patrol seized a boat sailing the San Miguel river on Monday.", "en"),
    ("The police reported seizing more than 1.5 tons of cocaine base in the area.", "en"),
    ("Les rebelles ont saisi un camion près du village de Kidal lundi.", "fr"),
])
def test_goods_seized_are_no_territory_taken(text, lang):
    assert not any("territory" in t for t in _types(text, lang)), _types(text, lang)


def test_a_town_seized_is_still_taken():
    assert "Non-state actor overtakes territory" in _types("Rebels seized the town of Kidal on Monday.", "en")


@pytest.mark.parametrize("text,lang,expected", [
    ("Rebels destroyed the town hall in Bria on Monday.", "en", "Looting/property destruction"),
    ("THE FMLN ON WEDNESDAY DESTROYED TELEPHONE INSTALLATIONS IN SAN FRANCISCO CHINAMECA.", "en",
     "Looting/property destruction"),
    ("Des rebelles ont détruit la mairie de Bria lundi.", "fr", "Looting/property destruction"),
])
def test_armed_men_destroying_property(text, lang, expected):
    assert expected in _types(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("The flood destroyed 200 houses in Bria on Monday.", "en"),
    ("La crue a détruit 200 maisons à Bria lundi.", "fr"),
])
def test_destruction_with_no_armed_actor_is_no_event(text, lang):
    assert _types(text, lang) == []


def test_what_a_blast_destroyed_is_no_destruction_of_its_own():
    text = ("A roadside bomb hit an army convoy in Mogadishu on Monday, killing four soldiers. "
            "The device exploded as the convoy passed, destroying a military truck.")
    assert "Looting/property destruction" not in _types(text, "en")


@pytest.mark.parametrize("text,lang", [
    ("Terrorist attacks have cost the company 300 million dollars so far this year, its president said in Bogota "
     "on Monday.", "en"),
    ("Les attaques terroristes ont coûté 300 millions de francs à la compagnie depuis le début de l'année, a dit "
     "son président lundi à Bamako.", "fr"),
])
def test_attacks_tallied_over_a_period_are_no_incident(text, lang):
    assert _types(text, lang) == []


def test_an_attack_of_the_day_compared_with_the_year_is_one():
    assert _types("Rebels attacked the town hall in Bria on Monday, the third attack this year.", "en") == ["Attack"]


@pytest.mark.parametrize("text,lang,expected", [
    # a vague toll of the dead types a generic attack as a killing: a range, not a figure
    ("Mali : des dizaines de morts dans une attaque près de Ménaka", "fr", (12, 24, 99)),
    # an "incident" that leaves dead, in a nominal headline
    ("Kidal : 4 morts et 6 blessés dans un incident armé", "fr", (4, 4, 4)),
    ("Three dead in armed incident near the border market", "en", (3, 3, 3)),
])
def test_nominal_headlines_with_a_toll(text, lang, expected):
    assert _deaths(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    # an incident with no casualty is no event ("un incident diplomatique"); wounded only vaguely neither
    ("Le ministre regrette un incident diplomatique avec son voisin", "fr"),
    ("The minister played down a diplomatic incident with the embassy", "en"),
])
def test_an_incident_without_casualties_is_no_event(text, lang):
    assert _types(text, lang) == []


@pytest.mark.parametrize("text,lang,expected", [
    # a siege, typed by who is besieged (French only: in English "besieged" is as often a figure of
    # speech or a fighter's boast); heavily armed men are an armed actor
    ("Mali : des jihadistes assiègent le village de Koumbala", "fr", "Attack"),
    ("Gao : attaque des hommes lourdement armés dans la localité de Tessit", "fr", "Attack"),
])
def test_sieges_and_heavily_armed_men(text, lang, expected):
    assert expected in _types(text, lang)


@pytest.mark.parametrize("text,lang,expected", [
    # a participle after a noun complement is said of the person the complement belongs to
    ("Mali : le chef d’état-major de la milice tué dans une embuscade", "fr", (1, 1, 1)),
    # "l'un de leurs ...": one
    ("Gao : les commerçants en colère après l’assassinat de l’un de leurs collègues par des hommes armés", "fr",
     (1, 1, 1)),
])
def test_one_dead_named_through_a_complement(text, lang, expected):
    assert _deaths(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # a force routed has fought; people hunted down, typed by who is hunted
    ("Mali : les jihadistes mettent l'armée en déroute près de Boulkessi", "fr", "Armed clash"),
    ("Rebels routed government troops near the border town", "en", "Armed clash"),
    ("Militias hunt down Muslims in the capital", "en", "Attack"),
    ("Gao : des civils traqués par des hommes armés", "fr", "Attack"),
])
def test_routs_and_hunts(text, lang, expected):
    assert expected in _types(text, lang)


def test_an_electoral_rout_is_no_battle():
    assert _types("The ruling party suffered an electoral rout", "en") == []
    assert _types("Le parti au pouvoir en déroute aux élections", "fr") == []


@pytest.mark.parametrize("text,lang,expected", [
    # "others" take what is said after them: the missing are not dead
    ("Mali : 3 soldats tués et 4 autres portés disparus après une embuscade", "fr", (3, 3, 3)),
    ("Niger : 6 villageois tués, 2 autres blessés ainsi que 5 autres portés disparus", "fr", (6, 6, 6)),
    # a massacre is a killing word: two dead at least, its victims named or not (a few would cap it at 9)
    ("Mali : massacre de villageois près de Bankass", "fr", (2, None, None)),
])
def test_the_missing_are_not_dead_and_a_massacre_kills(text, lang, expected):
    assert _deaths(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # a headline's bare plural victims are a few dead, like "des civils"
    ("Rebels kill villagers near the border town", "en", (2, None, 9)),
    # a definite plural or a later generalisation is not
    ("Rebels kill the villagers near the border town", "en", None),
    ("The curfew was lifted on Monday. Rebels have always killed civilians there.", "en", None),
])
def test_a_headline_bare_plural_is_a_few_dead(text, lang, expected):
    assert _deaths(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # burnt alive is a killing: the figure counts the dead
    ("Up to 30 villagers shot and burnt alive near the border", "en", (None, None, 30)),
    ("Niger : deux femmes brûlées vives par des hommes armés", "fr", (2, 2, 2)),
])
def test_burnt_alive_is_dead(text, lang, expected):
    assert _deaths(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # a headline lists its victims with a comma and no article; an apposition with one is the same person
    ("Gunmen kill farmer, trader near the border town", "en", (2, 2, 2)),
    ("Gunmen kill the mayor, a teacher, near the border town", "en", (1, 1, 1)),
])
def test_a_headline_comma_list_of_victims(text, lang, expected):
    assert _deaths(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # a siege, typed by who is besieged (EN "besiege" as FR "assiéger"), by armed men only
    ("Jihadists besieged the village of Djibo on Monday, trapping hundreds of residents.", "en", ["Attack"]),
    ("Des jihadistes ont assiégé le village de Djibo lundi.", "fr", ["Attack"]),
    ("Government troops besieged rebel positions near Goma on Monday.", "en", ["Armed clash"]),
    ("The government, besieged by a wave of social demands, called for dialogue.", "en", []),
])
def test_a_siege(text, lang, expected):
    assert _types(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # a massacre with no figure: two dead at least, how many more unsaid
    ("RCA : nouveau massacre de civils dans la localité de Mbrés", "fr", (2, None, None)),
    ("Une tuerie dans un bar de Bangui", "fr", (2, None, None)),
    ("Massacre of villagers near Beni, witnesses say", "en", (2, None, None)),
    # a figure says how many
    ("Massacre in a village near Beni: rebels kill 12 people", "en", (12, 12, 12)),
    ("Le massacre de 30 civils à Mbrés", "fr", (30, 30, 30)),
])
def test_a_massacre_is_two_dead_at_least(text, lang, expected):
    tolls = [(i.fatalities.low, i.fatalities.best, i.fatalities.high)
             for i in incidents(text, lang, PUB) if i.fatalities is not None]
    assert tolls == [expected]


def test_a_misspelt_trigger_flag_is_refused():
    from bilan.extract.matching import check_trigger_flags
    from bilan.lexicons import load

    for lang in ("en", "fr"):
        check_trigger_flags(load("events", lang).TRIGGERS, lang)  # the shipped lexicons are clean
    with pytest.raises(ValueError, match="needs_person_object"):
        check_trigger_flags([("execute", "Violence against civilians", "Attack", "ASSAULT", 60,
                              ("needs_person_object",))], "en")


@pytest.mark.parametrize("text,lang,expected", [
    # executing is a killing only of people
    ("Militants executed five villagers near Beni on Monday.", "en", ["Attack"]),
    ("The plan was executed on Monday by the ministry.", "en", []),
    ("Des jihadistes ont exécuté cinq villageois près de Ménaka lundi.", "fr", ["Attack"]),
    ("Le ministère a exécuté le budget de l'année.", "fr", []),
])
def test_execute_needs_a_person(text, lang, expected):
    assert _types(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("Two men machinegunned the car of a judge in Cali on Monday.", "en"),
    ("Two policemen and a civilian were fired at by gunmen in Cali on Monday.", "en"),
    ("A lawyer was riddled with bullets in Cali on Monday.", "en"),
    ("Des hommes armés ont mitraillé la voiture d'un juge à Bamako lundi.", "fr"),
    ("Des hommes armés ont tiré sur un bus près de Gao dimanche, blessant trois passagers.", "fr"),
])
def test_shooting_at_people_is_an_attack(text, lang):
    assert incidents(text, lang, PUB), text


@pytest.mark.parametrize("text", [
    "The manager was fired on Friday in Lima.",
    "The company fired at least 20 workers in Lima on Monday.",
])
def test_a_dismissal_is_no_shooting(text):
    assert not incidents(text, "en", PUB)


@pytest.mark.parametrize("text,lang,expected", [
    # the bombs did the destroying: an explosion, not weapons destroyed
    ("Two bombs set off by rebels destroyed a building in Gao last night.", "en", "Remote explosive/landmine/IED"),
    ("Deux bombes posées par des rebelles ont détruit un immeuble à Gao hier soir.", "fr",
     "Remote explosive/landmine/IED"),
    # the weapons destroyed: a disrupted weapons use
    ("Soldiers destroyed two bombs near Gao on Monday.", "en", "Disrupted weapons use"),
    ("Les soldats ont détruit deux bombes près de Gao lundi.", "fr", "Disrupted weapons use"),
])
def test_weapons_destroyed_are_what_destroy_governs(text, lang, expected):
    assert expected in _types(text, lang), _types(text, lang)


@pytest.mark.parametrize("text,lang", [
    # what a protest denounces is an event of its own, not violence at the protest
    ("About 500 people marched in Quito on Monday to demand peace talks. Some of them carried banners "
     "denouncing the murder of three teachers in a village near the border.", "en"),
    ("Environ 500 personnes ont manifesté lundi à Quito pour réclamer des négociations. Certains portaient "
     "des banderoles dénonçant l'assassinat de trois enseignants dans un village près de la frontière.", "fr"),
])
def test_a_killing_a_protest_denounces_stays_its_own_incident(text, lang):
    types = sorted(i.event_type for i in incidents(text, lang, PUB))
    assert types == ["Protests", "Violence against civilians"]


@pytest.mark.parametrize("text,lang,word", [
    # an urban command (commando urbain) is an armed unit: the perpetrator, not a bystander
    ("An urban command of the rebels burned a bus in San Salvador on Monday.", "en", "urban command"),
    ("Le commando urbain Pedro Pablo Castillo a incendié un bus à San Salvador lundi.", "fr", "commando urbain"),
])
def test_an_urban_command_is_an_armed_perpetrator(text, lang, word):
    (inc,) = incidents(text, lang, PUB)
    assert any(word in a.mention.lower() for a in inc.actors_in("actor1"))


@pytest.mark.parametrize("text,lang", [
    # an attack done with explosives is an explosion
    ("Gunmen attacked a union office with explosives in Lima on Monday.", "en"),
    ("The government condemns the terrorist attacks carried out with explosives today against two union offices "
     "in the capital.", "en"),
    ("Des hommes armés ont attaqué le siège d'un syndicat avec des explosifs à Lima lundi.", "fr"),
])
def test_an_attack_done_with_explosives_is_an_explosion(text, lang):
    assert _types(text, lang) == ["Remote explosive/landmine/IED"]
