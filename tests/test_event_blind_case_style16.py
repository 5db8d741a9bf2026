"""A sixteenth blind check of the event typing, CASE-2021 / ACLED style (h-case21): English and French snippets of our
own, written in one sitting on 2026-12-07 (started 18:38 UTC by `date`), ALL before bilan was run on any of them,
spread over the ACLED sub-event types, favouring shapes of other regions and registers than the earlier rounds: South
Asian and Latin American local press (a lathi-charge, a bandh, a gherao, a hartal, a dharna, a « paro », a
cacerolazo, truckers' blockades), the Middle East (rockets, mortars, artillery shelling, raids by an army on a town,
settlers attacking villagers), sub-Saharan Africa (bandits, cattle raids, communal clashes, kidnappings for ransom),
Europe (riot police, far-right marches, arson attacks on a centre), verbless headlines, passive headlines with no
doer, and snippets with two acts where the first told is the one to type.

Labels follow the ACLED codebook's sub-event definitions as quoted in test_event_blind_case_style9.py and the readings
of test_event_blind_case_style13.py / style14.py / style15.py, decided before the first run:
- a bandh, a hartal, a dharna, a gherao, a « paro », a cacerolazo, a strike with a march: a protest; Peaceful when no
  violence and no intervention is told;
- a lathi-charge (police baton charge) on a crowd, tear gas, water cannon, rubber bullets, dispersal, arrests at the
  protest: Protest with intervention; live fire that kills or wounds, deaths: Excessive force;
- a crowd-control means used "against" a crowd in a verbless headline is a protest met by force: Protest with
  intervention;
- one road blocked by truckers or residents with no violence and no material told: Peaceful protest; burning tyres,
  stones, vehicles torched during a protest or a bandh: Violent demonstration;
- settlers attacking villagers (civilians) or bandits killing villagers: Attack; settlers or unknown people burning
  cars, olive trees, a centre: Looting/property destruction; cattle stolen with no one hurt: Looting/property
  destruction; herders killed in a cattle raid: Attack;
- communal clashes between two armed communities (herders and farmers, two clans, two villages' youths armed):
  Armed clash;
- an army's raid on a town with arrests only: Arrests; with an exchange of fire with gunmen: Armed clash;
- rockets, mortars, artillery fired at a place: Shelling/artillery/missile attack;
- a kidnapping for ransom: Abduction/forced disappearance;
- two acts told: the first told is the lead's type.

103 rows (63 EN, 40 FR; the commit message of 8b1b7451 says 104 by a miscount), committed (8b1b7451) before any run.
First run (at the branch's start, a7800f89): 86/103. Mended by general rules (102/103 now, 1 strict xfail):
- a verbless headline naming a crowd-control means "against" a crowd (events_<lang> "tear gas", "water cannon",
  « gaz lacrymogène », « canon à eau »... flagged needs_used_against_crowd; events._used_against_crowd,
  events_<lang>.AGAINST_PREPS; the crowd a PROTEST_CROWDS word or protesters): a Protest with intervention ("Water
  cannon and tear gas against farmers at Shambhu border", « Canons à eau contre les étudiants de l'université de
  Cocody »; style15's strict xfail « Gaz lacrymogène contre des étudiants à Dakar » now passes);
- a cacerolazo, pots and pans banged, « concert de casseroles »: a Peaceful protest (events_<lang>);
- truckers, hauliers, « camionneurs », « transporteurs », « routiers » as a crowd that blocks a road
  (PROTEST_CROWDS): "Truckers blocked the Pan-American Highway near Popayan", « Des camionneurs ont bloqué la route
  panaméricaine près de Pasto »;
- a thing held or carried (HELD_PREPS "with", "carrying"; HELD_VERBS "carry", "brandish"; flag not_held,
  events._held_thing) is no arson and no riot's manner ("Far-right supporters marched through Dresden with
  torches"); what one is armed with stays a weapon (ARMING_WORDS: "armed with stones");
- agreeing to a group's change is the change (ANNOUNCING_VERBS + "agree", « convenir », « accepter » for the
  announced_ok triggers; the agreement verb whose clause complement is the change dropped:
  events._drop_agreed_changes): "The two armed groups agreed to merge under a single command";
- « groupe(s) rebelle(s) », « groupe(s) jihadiste(s) » name a group (events_fr CONTEXT_WORDS "group", as EN "rebel
  group"): « Deux groupes rebelles ont annoncé leur fusion »;
- a crowd counted by a figure word fleeing a place (flag needs_crowd_fled_place, events._crowd_fled_place, on "flee"
  / « fuir »): "Thousands fled Beni after a night of attacks", « Des milliers de déplacés ont fui Djibo »: Other;
- « détachement militaire », "military detachment" are military targets (MILITARY_TARGETS): an Armed clash;
- tyres burnt are a demonstration's road-blocking, aimed at no one: the tyre triggers lose "crowd_act" (whose crowd
  with no police nor protest told is a mob): « Des jeunes ont brûlé des pneus et saccagé la mairie de Mbour »: a
  Violent demonstration;
- a passive's agent hung on a later word of the trigger, and the French agent as the noun itself
  (events._mob_agent): « Un voleur présumé brûlé vif par la foule à Butembo »: Mob violence;
- « emporter » goods (needs:property, not a flood's: not_accidental, not_disaster): « Des voleurs de bétail ont
  emporté deux cents bœufs »: Looting/property destruction;
- a fight whose own instrument is a crowd's weapons only (CROWD_WEAPONS through INSTRUMENT_PREPS,
  events._fought_with_crowd_weapons) with no armed side: "Two groups clashed with sticks and stones during a
  religious procession": Mob violence.
Left (strict xfail): the hartal "called" (a call, irrealis), its taking place told only by "shops remained shut".
"""

from __future__ import annotations

import pytest
from extracting import (ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH,
                        PEA, REM, SEX, SUI, VIO, lead_type)
from test_event_blind_case_style2 import _params, control_params

NONE = "NONE"

EN = [
    # South Asia: protests and the police
    ("Police lathi-charged farmers protesting outside the district collectorate in Karnal.", INT),
    ("Traders observed a bandh in Siliguri against the new municipal tax.", PEA),
    ("Students gheraoed the vice-chancellor at Jadavpur over hostel fees.", PEA),
    ("Opposition parties called a dawn-to-dusk hartal in Kozhikode; shops remained shut.", PEA),
    ("Sanitation workers staged a dharna outside the municipal office in Ludhiana.", PEA),
    ("Bandh supporters pelted stones at buses and torched a truck in Cuttack.", VIO),
    ("Police fired at villagers protesting land acquisition in Singur, killing two.", EXF),
    ("Lathi-charge on teachers in Patna leaves 20 injured", INT),
    ("Water cannon and tear gas against farmers at Shambhu border", INT),
    ("Hundreds of lawyers boycotted courts and marched in Lahore against the killing of a colleague.", PEA),
    ("A mob lynched a man suspected of cow smuggling in Alwar.", MOB),
    ("Two groups clashed with sticks and stones during a religious procession in Khargone; several houses were "
     "burnt.", MOB),
    ("Maoists killed three policemen in an ambush in Bijapur.", CLA),
    ("Suspected Maoists blew up a culvert with an IED in Dantewada.", REM),
    ("Unidentified assailants hurled a grenade at a police picket in Shopian.", GRE),
    ("Militants abducted a shopkeeper's son in Kupwara and demanded a ransom.", ABD),
    ("Police arrested a Baloch student leader in Quetta.", ARR),
    # Latin America
    ("Residents banged pots and pans in a cacerolazo in Buenos Aires against the new austerity measures.", PEA),
    ("Truckers blocked the Pan-American Highway near Popayan to demand lower diesel prices.", PEA),
    ("Riot police used tear gas to clear a blockade by truckers on the road to Cochabamba.", INT),
    ("Hooded protesters set fire to a bus and looted shops in Valparaiso.", VIO),
    ("Gunmen killed a social leader in Tumaco.", ATT),
    ("FARC dissidents attacked a military patrol in Guaviare, killing two soldiers.", CLA),
    ("A businessman was kidnapped for ransom in Culiacan.", ABD),
    ("Three bodies with signs of torture found in Zacatecas", ATT),
    ("Army seized 40 rifles and explosives from a cartel safe house in Michoacan.", DIS),
    # Middle East
    ("Militants fired rockets from Gaza at Ashkelon overnight.", ART),
    ("Mortar rounds landed near a market in Sadr City, wounding six.", ART),
    ("Turkish artillery shelled villages near Kobani.", ART),
    ("Israeli forces raided the town of Qabatiya and arrested 14 people.", ARR),
    ("Troops raided Tammun at dawn and exchanged fire with gunmen.", CLA),
    ("Settlers attacked Palestinian farmers near Huwara, injuring four.", ATT),
    ("Settlers torched cars and olive trees in the village of Burin.", LOO),
    ("Israeli warplanes struck targets in southern Lebanon.", AIR),
    ("A suicide bomber blew himself up at a checkpoint in Tal Afar.", SUI),
    ("A roadside bomb hit a US convoy near Deir ez-Zor.", REM),
    ("Houthi fighters seized the district of Harib.", NSA),
    ("Syrian government forces retook the town of Khan Sheikhoun.", GOV),
    ("Hamas and Fatah signed a reconciliation agreement in Cairo.", AGR),
    # sub-Saharan Africa
    ("Bandits killed 12 villagers in Gusau overnight.", ATT),
    ("Cattle raiders killed four herders and drove away 300 cows in Karamoja.", ATT),
    ("Raiders made off with 150 head of cattle from a kraal near Kotido.", LOO),
    ("Clashes between Fulani herders and farmers left nine dead in Plateau State.", CLA),
    ("Gunmen kidnapped seven passengers on the Abuja-Kaduna road and demanded a ransom.", ABD),
    ("Schoolgirls abducted from a boarding school in Jangebe", ABD),
    ("Two aid workers raped at a checkpoint near Malakal", SEX),
    ("Al-Shabaab fighters stormed a Somali army base in Janale.", CLA),
    ("Al-Shabaab set up a new training camp near Bulo Burde.", HQ),
    ("Thousands fled Beni after a night of attacks.", OTH),
    ("Militants attacked the village of Makombo with machetes, killing 11 civilians.", ATT),
    # Europe
    ("Riot police fired tear gas at climate activists blocking a motorway near Munich.", INT),
    ("Far-right supporters marched through Dresden with torches.", PEA),
    ("Far-right marchers attacked migrants and smashed shop windows in Chemnitz.", VIO),
    ("Arsonists set fire to a refugee centre in Bautzen.", LOO),
    ("Farmers dumped manure outside the prefecture in Agen in protest at fuel prices.", PEA),
    # passive headlines, two acts
    ("Journalist shot dead in Guerrero", ATT),
    ("Police station attacked in Zamfara, two officers killed", CLA),
    ("Militants fired rockets at an army base in Zhob, then clashed with troops for an hour.", ART),
    ("Gunmen abducted a priest in Kogi and later released his driver.", ABD),
    ("The two armed groups agreed to merge under a single command.", CHG),
    ("An unexploded shell was found and destroyed near Avdiivka.", DIS),
    ("UN forces handed over the Ndele base to the national army.", NVT),
    ("Poison gas attack reported in Douma", CHE),
]

FR = [
    # Afrique : manifestations et forces de l'ordre
    ("Gaz lacrymogène contre des manifestants à Lomé", INT),
    ("Canons à eau contre les étudiants de l'université de Cocody", INT),
    ("Des enseignants grévistes ont marché jusqu'au ministère à Ouagadougou.", PEA),
    ("Les commerçants de Parakou ont observé une journée ville morte.", PEA),
    ("Des jeunes ont brûlé des pneus et saccagé la mairie de Mbour.", VIO),
    ("La police a tiré à balles réelles sur des manifestants à Kindia, faisant deux morts.", EXF),
    ("Une vingtaine de manifestants interpellés à Dakar lors d'une marche interdite", INT),
    ("Un voleur présumé brûlé vif par la foule à Butembo", MOB),
    # Afrique : violences armées
    ("Des bandits armés ont tué six villageois près de Tahoua.", ATT),
    ("Des voleurs de bétail ont emporté deux cents bœufs à Mbororo.", LOO),
    ("Des affrontements entre éleveurs et agriculteurs ont fait douze morts dans le Logone.", CLA),
    ("Un commerçant enlevé contre rançon à Garoua", ABD),
    ("Des ravisseurs ont enlevé deux enfants à Ngaoundal et réclament une rançon.", ABD),
    ("Des jihadistes ont attaqué un détachement militaire à Tin-Akoff.", CLA),
    ("Un poste de gendarmerie attaqué à Dori", CLA),
    ("Un engin explosif a explosé au passage d'un convoi près de Gossi.", REM),
    ("Deux kamikazes se sont fait exploser à l'entrée d'un marché à Mora.", SUI),
    ("Une grenade lancée dans une boîte de nuit à Bujumbura", GRE),
    ("Des miliciens ont violé plusieurs femmes à Kalehe.", SEX),
    ("Des hommes armés ont pillé et incendié le centre de santé de Mambasa.", LOO),
    ("L'armée a repris le village de Bourzanga aux jihadistes.", GOV),
    ("Les rebelles ont pris le contrôle de la ville de Rutshuru.", NSA),
    ("Les jihadistes ont établi une base près de la forêt de Wagadou.", HQ),
    ("Des milliers de déplacés ont fui Djibo après les violences.", OTH),
    # Moyen-Orient
    ("Des roquettes tirées sur Kiryat Shmona depuis le Liban", ART),
    ("L'artillerie israélienne a pilonné des villages du Sud-Liban.", ART),
    ("Des colons ont attaqué des villageois palestiniens près de Naplouse.", ATT),
    ("L'armée israélienne a mené un raid à Jénine et arrêté dix personnes.", ARR),
    ("Une frappe de drone a tué deux combattants près d'Idleb.", AIR),
    # Europe, Amérique latine
    ("Des CRS ont dispersé une manifestation d'agriculteurs à Toulouse.", INT),
    ("Un centre d'accueil pour migrants incendié en Bavière", LOO),
    ("Des militants d'extrême droite ont défilé à Lyon.", PEA),
    ("Des milliers de personnes ont participé à un concert de casseroles à Santiago.", PEA),
    ("Des camionneurs ont bloqué la route panaméricaine près de Pasto.", PEA),
    ("Un dirigeant syndical arrêté à Bogota", ARR),
    ("La police a saisi des armes et des explosifs dans une maison à Medellín.", DIS),
    # deux actes, accords, groupes
    ("Des hommes armés ont enlevé un chef de village puis incendié sa maison à Kaga-Bandoro.", ABD),
    ("Le gouvernement et les rebelles ont signé un cessez-le-feu à Addis-Abeba.", AGR),
    ("Deux groupes rebelles ont annoncé leur fusion.", CHG),
    ("La Minusma a remis le camp de Ber aux forces maliennes.", NVT),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
    "Opposition parties called a dawn-to-dusk hartal in Kozhikode; shops remained shut.":
        "a strike 'called' is a call (IRREALIS 'call'), no event; that it took place is told only by its effect in the "
        "next clause ('shops remained shut'), which no rule reads as the strike done",
}

# controls written after the first run, while fixing: what the new rules must do and leave alone
CONTROLS: list[tuple[str, str, str]] = [
    # a thing held or carried is no act (not_held); a weapon one is armed with stays a riot's
    ("Marchers carrying torches walked through Leipzig.", "en", PEA),
    ("Protesters armed with stones marched on the palace.", "en", VIO),
    ("Arsonists torch refugee centre in Bautzen", "en", LOO),
    # a crowd-control means against a crowd in a verbless headline
    ("Tear gas against students in Accra", "en", INT),
    ("Gaz lacrymogène contre des étudiants à Dakar", "fr", INT),
    ("Canons à eau contre des agriculteurs à Bruxelles", "fr", INT),
    # agreeing to a group's change is the change; agreeing to a ceasefire an agreement
    ("The rebels agreed to disband.", "en", CHG),
    ("The government and the rebels agreed to a ceasefire.", "en", AGR),
    ("Les deux milices ont convenu de fusionner.", "fr", CHG),
    # a crowd counted by a figure word fleeing a place; not attackers fleeing
    ("Thousands of residents fled Tawila on Sunday.", "en", OTH),
    ("Two gunmen fled the scene.", "en", NONE),
    ("Les assaillants ont fui le village.", "fr", NONE),
    # a unit's detachment is an armed side
    ("Militants attacked a military detachment in Tillia.", "en", CLA),
    # tyres burnt are a demonstration's, stones thrown at a suspect a mob's
    ("Des jeunes ont brûlé des pneus à Kaolack.", "fr", VIO),
    ("Villagers threw stones at a suspected thief in Kisii.", "en", MOB),
    # a crowd as the agent hung on the trigger's last word; armed men as the agent
    ("Suspected thief burnt alive by mob in Kisumu", "en", MOB),
    ("Un homme tué par des hommes armés à Beni", "fr", ATT),
    # goods carried off by takers, not houses by a flood
    ("La crue a emporté des maisons à Mopti.", "fr", NONE),
    ("Des hommes armés ont tué deux éleveurs et emporté leur bétail près de Ménaka.", "fr", ATT),
    # a fight with a crowd's weapons only and no armed side is a crowd's; with guns, or with soldiers, a clash
    ("Two groups clashed with guns in Khargone.", "en", CLA),
    ("Rebels clashed with soldiers near Beni.", "en", CLA),
]


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS))
def test_blind_case_style16_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style16_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR}
    assert set(XFAIL) <= texts
