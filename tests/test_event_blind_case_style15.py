"""A fifteenth blind check of the event typing, CASE-2021 / ACLED style (h-case20): English and French snippets of our
own, written in one sitting on 2026-12-07 (started 17:34 UTC by `date`), ALL before bilan was run on any of them,
spread over the ACLED sub-event types, favouring SHORT one-sentence snippets as the CASE data has them: headlines with
no verb, reduced passives with no doer, one clause. Weighted towards road blocks with and without violence, the
organisers of a march detained, peaceful protests vs protests with intervention vs excessive force, mob violence vs
violent demonstration, attacks vs armed clashes when only one side is named, the remote violence kinds, and the
non-violent strategic developments.

Labels follow the ACLED codebook's sub-event definitions as quoted in test_event_blind_case_style9.py and the readings
of test_event_blind_case_style13.py / style14.py, decided before the first run:
- a road blocked by a crowd with no violence and no material told is a Peaceful protest; a road blocked with
  barricades, burning tyres, logs or stones is a Violent demonstration (the ACLED codebook lists "road-blocking using
  barricades, burning tires, or other material" among a violent demonstration's acts);
- the organisers of a march detained by the police are the march's intervention (Protest with intervention);
- tear gas, water cannon, rubber bullets, dispersal, arrests at the protest: Protest with intervention; live fire that
  kills, a death, serious injuries: Excessive force against protesters;
- a crowd that kills or beats a person accused of a crime, rival supporters fighting with no protest: Mob violence;
  protesters who stone, smash or burn: Violent demonstration;
- an armed side hit (soldiers, police, an army post, vigilantes) is an Armed clash even when only the attacker is
  named; civilians hit, an Attack;
- a displacement is Other; a merger or a group's new course, Change to group/activity.

135 rows (88 EN, 47 FR), committed (252289ba) before any run. First run (at the branch's start, 955056b6): 128/135.
Mended by general rules (135/135 now):
- road blocks: the English "block" and the French « bloquer » (now a French riot cue too) are a riot's manner only
  when a place's roads in the plural are blocked ("blocked streets in the Armenian capital", "blocked roads and
  railways", « ont bloqué les routes de Kindia »: the ACLED codebook's road-blocking); one road, one crossing, one
  entrance or traffic blocked by a crowd is a protest with no violence told, a Peaceful protest ("Villagers block
  highway near Embu to demand electricity", "Residents of Kisii blocked the Kisii-Migori road"); barricades, burning
  tyres, logs or stones on a road stay riot cues whatever is blocked, and so does a blocking noun ("erected road
  blocks") (events_<lang>.ROAD_BLOCK_CUES, events._blocks_no_roads). CASE 2021 dev: 575 ("attempted to block traffic",
  arrests) now Protest with intervention as gold; 696 (guards opened fire on "demonstrators trying to block the campus
  entrance", one killed) now Excessive force, gold Violent demonstration: lethal force on protesters with no violence
  of theirs told is excessive force by the codebook; macro-F1 0.9035 -> 0.9037;
- "stone" is violence as a verb too ("Demonstrators stoned police vehicles"): no longer a noun-only riot cue
  (events_en.RIOT_NOUNS_ONLY), only "rock" is ("protests rocked the city");
- a headline's reduced passive the parser reads as an active, with what was fired as its subject and no object
  ("Tear gas fired at protesting students in Kampala"): the tear gas is no lethal force (events._lethal_force), as
  its passive's subject already was;
- a protest noun in the "of" complement of the people it names by their role (PROTEST_ROLE_NOUNS: "detained the
  organisers of a march") is a gathering met by the forces (events._met_by_forces), a Protest with intervention; a
  protest noun compounded on the role ("a protest organiser at his home") still says only who the person is;
- a drone that is the subject of a verb of striking (FORCE_STRIKE_VERBS: « Des drones ont bombardé des positions
  rebelles », "Drones bombed ...") struck from the air, as the air force does (events_<lang> "drone" with
  needs_striking_force): an Air/drone strike, not shelling;
- an armed group that ends, renounces or abandons its armed struggle or turns into a political party changes its
  activity (events_<lang> phrases, Change to group/activity), and its announced or decided change ("announced it
  would end its armed struggle", « a décidé de se transformer en parti politique ») is told as real as the announcing
  (flag announced_ok, events._announced_by, events_<lang>.ANNOUNCING_VERBS);
- a following sentence whose subject is the crowd just told, as a plural pronoun, doing what a riot does ("Taxi
  drivers blocked the main road into Mthatha on Monday. They burned tyres and stoned passing cars", style12) goes on
  telling the protest (incidents._protest_story, incidents._crowd_goes_on): its riot is the protest's (that row had
  passed by the riot cue 'block' of its first sentence).
Besides, older marks now passing removed and controls relabelled, see the commit message.

Round 2 (32 rows, 21 EN, 11 FR, written blind at about 18:16 UTC after round 1's rules, before their run): 28/32 on its
first run; 31/32 now by:
- road users as a crowd that blocks (events_<lang>.PROTEST_CROWDS: "commuters", "motorists", « automobilistes »,
  « usagers »): "Commuters blocked the Nakuru-Eldoret highway";
- a merger or a disbanding announced or decided (flag announced_ok on "merge", "merger", "disband", « fusionner »):
  "The ELN announced it would disband its urban units";
- where weapons are made, as the bomb factory (events_<lang> "IED factory", "weapons factory", « fabrique d'engins
  explosifs »...): Disrupted weapons use, not property destroyed.
Left (strict xfail): « Gaz lacrymogène contre des étudiants à Dakar », no protest told (passes since h-case21: a
crowd-control means "against" a crowd, test_event_blind_case_style16.py).
"""

from __future__ import annotations

import pytest
from extracting import (ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH,
                        PEA, REM, SEX, SUI, VIO, lead_type)
from test_event_blind_case_style2 import _params, control_params

NONE = "NONE"

EN = [
    # peaceful protests, road blocks with no violence
    ("Hundreds of nurses protest outside health ministry in Harare over unpaid allowances", PEA),
    ("Residents of Kisii blocked the Kisii-Migori road for three hours on Thursday, demanding speed bumps.", PEA),
    ("Street vendors staged a sit-in on the main road in Kumasi, halting traffic.", PEA),
    ("Students march in Blantyre against fee increase", PEA),
    ("Villagers block highway near Embu to demand electricity", PEA),
    ("A silent vigil was held outside the prison in Bujumbura for detained journalists.", PEA),
    # violent demonstrations, road blocks with material
    ("Protesters blocked roads in Gulu with logs and stones on Monday.", VIO),
    ("Protesters erected burning barricades on the main road into Port-Gentil.", VIO),
    ("Demonstrators stoned police vehicles in Mombasa during a protest against tax rises.", VIO),
    ("Protesters smash windows of ruling party office in Lusaka", VIO),
    # protests with intervention
    ("Police detained the organisers of a march in Minsk on Saturday.", INT),
    ("Riot police used water cannon to break up a rally of opposition supporters in Tbilisi.", INT),
    ("Tear gas fired at protesting students in Kampala", INT),
    ("Police dispersed a crowd of farmers demonstrating outside parliament in Nairobi.", INT),
    ("Police detained 30 people at an anti-government rally in Baku.", INT),
    ("Police fired rubber bullets to disperse marchers in Santiago.", INT),
    # excessive force against protesters
    ("Security forces opened fire on protesters in Mandalay, killing four.", EXF),
    ("Two demonstrators shot dead by police in Conakry", EXF),
    ("Police fired live rounds at a crowd protesting fuel prices in Kano, killing a teenager.", EXF),
    ("A protester died after being hit by a tear gas canister fired by police in Nairobi.", EXF),
    ("Soldiers beat protesters with rifle butts in Khartoum, seriously injuring dozens.", EXF),
    # mob violence
    ("A mob beat a suspected thief to death in Kampala's Kisenyi market.", MOB),
    ("Villagers lynched two men accused of stealing cattle near Mbarara.", MOB),
    ("Residents burnt alive a man suspected of kidnapping in Jos.", MOB),
    ("Supporters of rival candidates fought with machetes in Eldoret, wounding nine.", MOB),
    # attacks: civilians hit
    ("Gunmen killed seven villagers in Bandiagara overnight.", ATT),
    ("Armed men opened fire on a minibus near Bunia, killing five passengers.", ATT),
    ("Militants attacked a village in Tillaberi, killing 14 civilians.", ATT),
    ("Farmer hacked to death by herders in Benue", ATT),
    ("Unidentified gunmen shot dead a local councillor in Peshawar.", ATT),
    ("Twelve civilians killed in attack on village in Ituri", ATT),
    ("Soldiers killed five civilians at a checkpoint near Kalehe.", ATT),
    # armed clashes: an armed side hit, one side named
    ("Troops killed 12 militants in a gun battle near Kunar.", CLA),
    ("Two soldiers were killed in a militant attack on an army post in Tillia.", CLA),
    ("Insurgents ambushed a police convoy near Dikwa, killing five officers.", CLA),
    ("Fighting between rival militias left 20 dead near Tawila.", CLA),
    ("Heavy clashes reported in Marib", CLA),
    ("Rebels attacked an army base in Bambari overnight.", CLA),
    ("Gunmen stormed a police station in Katsina, killing two officers.", CLA),
    ("Bandits killed 30 vigilantes in Zamfara", CLA),
    # air / drone strikes
    ("An airstrike hit a market in Tigray, killing dozens.", AIR),
    ("US drone strike kills two al-Shabaab commanders near Jilib", AIR),
    ("Fighter jets bombed militant hideouts in the Orakzai district.", AIR),
    ("Warplanes struck rebel-held areas of Idlib province on Sunday.", AIR),
    # shelling
    ("Mortar shells hit a residential area of Kharkiv, wounding three.", ART),
    ("Rebels fired rockets at the city of Marib overnight.", ART),
    ("Heavy shelling reported in Donetsk", ART),
    ("A missile struck a fuel depot in Lviv.", ART),
    # remote explosives
    ("An IED exploded near a police van in Pulwama, injuring two policemen.", REM),
    ("Three soldiers killed by landmine in Tillaberi", REM),
    ("A car bomb exploded outside a hotel in Mogadishu, killing six.", REM),
    ("A bomb went off in a crowded bus station in Quetta.", REM),
    # suicide bombs
    ("A suicide bomber struck a mosque in Kabul during Friday prayers.", SUI),
    ("Suicide attack on army checkpoint in Borno kills four", SUI),
    ("A woman detonated her explosive vest at a market in Konduga, killing three.", SUI),
    ("Suicide car bombing kills 12 in Baghdad", SUI),
    # grenades
    ("A grenade attack on a police post in Anantnag injured three.", GRE),
    ("Unknown men threw a grenade at a bar in Bujumbura.", GRE),
    ("Grenade blast in Manipur market wounds five", GRE),
    # abductions
    ("Gunmen kidnapped a Catholic priest in Enugu state.", ABD),
    ("Twenty passengers abducted on Kaduna highway", ABD),
    ("Armed men seized three aid workers near Kidal.", ABD),
    # sexual violence
    ("Soldiers accused of raping women in a village near Bukavu", SEX),
    ("A girl was raped by armed men in Bria.", SEX),
    # looting / property destruction
    ("Armed men looted shops in Mopti market overnight.", LOO),
    ("Rebels looted a health centre in Kamako.", LOO),
    ("Unknown people torched a school in Ekondo-Titi.", LOO),
    # arrests
    ("Police arrested a prominent activist in Addis Ababa.", ARR),
    ("Opposition leader arrested in Dar es Salaam", ARR),
    ("Security forces detained 15 suspected militants in Diyarbakir.", ARR),
    # agreements
    ("Government and rebels sign peace deal in Juba", AGR),
    ("The army and the SDF agreed on a prisoner swap.", AGR),
    ("Two warring clans in Galmudug signed a ceasefire.", AGR),
    # headquarters or base established
    ("Al-Shabaab established a new base near Jowhar.", HQ),
    ("Rebels set up a headquarters in the town of Walikale.", HQ),
    # change to group / activity
    ("Two jihadist groups in the Sahel announced a merger.", CHG),
    ("The rebel group announced it would end its armed struggle and become a political party.", CHG),
    # disrupted weapons use
    ("Police seized a cache of weapons in a house in Kirkuk.", DIS),
    ("An IED was defused on the road to Gao.", DIS),
    ("Army disarms roadside bomb near Kandahar", DIS),
    # territory
    ("UN peacekeepers handed over their camp in Menaka to the Malian army.", NVT),
    ("Troops withdrew from the town of Kidal, and rebels moved in.", NVT),
    ("Army recaptures town of Dikwa from Boko Haram", GOV),
    ("Government forces regained control of Kirikou.", GOV),
    ("Islamic State fighters captured the town of Mocimboa da Praia.", NSA),
    ("Rebels seize border town of Bunagana", NSA),
    # other, chemical weapons
    ("Thousands of people fled their homes in Cabo Delgado after the violence.", OTH),
    ("Chemical attack on rebel-held town kills dozens", CHE),
]

FR = [
    # manifestations pacifiques, routes bloquées sans violence
    ("Des habitants de Koutiala ont bloqué la route nationale pendant plusieurs heures pour réclamer de l'eau.", PEA),
    ("Marche pacifique des enseignants à Ouagadougou", PEA),
    ("Des centaines d'étudiants ont manifesté jeudi devant le rectorat de Dakar.", PEA),
    ("Sit-in des commerçants devant la mairie de Lomé", PEA),
    # manifestations violentes
    ("Des manifestants ont barricadé les rues de Conakry avec des pierres et des troncs d'arbres.", VIO),
    ("Des jeunes en colère ont incendié un commissariat à Kinshasa pour protester contre la mort d'un des leurs.", VIO),
    ("Des pneus brûlés sur les routes de Bamako lors d'une manifestation contre la vie chère", VIO),
    ("Les manifestants ont lancé des pierres sur les forces de l'ordre à Abidjan.", VIO),
    # manifestations avec intervention
    ("La police a dispersé à coups de gaz lacrymogène une marche de l'opposition à Libreville.", INT),
    ("Les organisateurs de la marche ont été interpellés par la police à Niamey.", INT),
    ("Des manifestants arrêtés devant l'Assemblée nationale à Yaoundé", INT),
    ("Les forces de l'ordre ont empêché la tenue d'un rassemblement de l'opposition à Bamako.", INT),
    # force excessive
    ("Les forces de sécurité ont tiré à balles réelles sur des manifestants à Kankan, tuant trois personnes.", EXF),
    ("Un manifestant tué par la police lors d'une marche à Conakry", EXF),
    ("Des militaires ont ouvert le feu sur la foule des manifestants à Ndjamena, faisant plusieurs morts.", EXF),
    # violences de foule
    ("Un présumé voleur lynché par la foule à Bunia", MOB),
    ("Des habitants ont battu à mort un homme accusé de sorcellerie à Kisangani.", MOB),
    # attaques
    ("Des hommes armés ont tué cinq civils dans un village près de Djibo.", ATT),
    ("Des jihadistes ont exécuté trois villageois à Tessit.", ATT),
    ("Deux civils tués dans une attaque contre le village de Tagalagal", ATT),
    # affrontements
    ("Des soldats ont tué dix terroristes lors d'un accrochage près de Diapaga.", CLA),
    ("Des jihadistes ont attaqué un poste militaire à Inates, tuant quatre soldats.", CLA),
    ("Violents combats entre l'armée et les rebelles près de Ndélé", CLA),
    # frappes aériennes
    ("Une frappe aérienne a tué plusieurs terroristes près de Ménaka.", AIR),
    ("Des drones ont bombardé des positions rebelles près de Kidal.", AIR),
    # obus, roquettes
    ("Des obus de mortier sont tombés sur le camp de la Minusma à Aguelhok.", ART),
    ("Les rebelles ont tiré des roquettes sur la ville de Goma.", ART),
    # engins explosifs
    ("Un engin explosif improvisé a tué deux soldats près de Boni.", REM),
    ("Un camion a sauté sur une mine artisanale entre Gao et Ansongo.", REM),
    # attentats-suicides
    ("Attentat-suicide contre une caserne à Diffa", SUI),
    ("Une kamikaze s'est fait exploser dans un marché de Kolofata.", SUI),
    # grenades
    ("Une grenade a explosé dans un bar de Bujumbura, blessant quatre personnes.", GRE),
    # enlèvements
    ("Des hommes armés ont enlevé un commerçant à Ndélé.", ABD),
    ("Trois humanitaires enlevés dans le nord du Burkina", ABD),
    # violences sexuelles
    ("Des femmes violées par des miliciens à Djugu", SEX),
    # pillages, destructions
    ("Des rebelles ont pillé des boutiques à Bambari.", LOO),
    ("Des inconnus ont incendié une église à Ngaoundéré.", LOO),
    # arrestations
    ("Le leader d'un parti d'opposition arrêté à Conakry", ARR),
    ("Les gendarmes ont interpellé trois présumés jihadistes à Kaya.", ARR),
    # accords, bases, groupes
    ("Les belligérants ont signé un accord de paix à Bangui.", AGR),
    ("Des combattants jihadistes ont installé leur quartier général à Ogossagou.", HQ),
    ("Deux groupes armés du nord du Mali ont annoncé leur fusion.", CHG),
    # armes neutralisées
    ("Une cache d'armes découverte par l'armée près de Ménaka", DIS),
    # territoire
    ("Les forces françaises ont remis la base de Tessalit à l'armée malienne.", NVT),
    ("L'armée a repris le contrôle de la ville de Kiwanja.", GOV),
    ("Des jihadistes se sont emparés de la ville de Mansila.", NSA),
    # autres
    ("Des milliers de personnes ont fui leurs villages après les violences à Djugu.", OTH),
]

# round 2 (written blind at about 18:16 UTC, after round 1's rules, before its run): the same shapes in new words
EN2 = [
    ("Commuters blocked the Nakuru-Eldoret highway after a bus crash killed two pupils.", PEA),
    ("Youths blocked several roads in Bamenda with felled trees.", VIO),
    ("Protesters blocked streets in Beirut for a second night.", VIO),
    ("Traders block entrance to Kariakoo market over new levies", PEA),
    ("Police detained the leaders of a sit-in outside the labour ministry in Amman.", INT),
    ("Water cannon used against farmers marching on Delhi", INT),
    ("Police fired tear gas and live bullets at demonstrators in Khartoum, killing two.", EXF),
    ("Three protesters wounded by live fire in Basra", EXF),
    ("A crowd stoned to death a man accused of stealing a phone in Mwanza.", MOB),
    ("Rival supporters clashed with sticks and stones after a local election in Kisumu.", MOB),
    ("Armed men killed two traders on the road to Bunia.", ATT),
    ("Militants attacked a border post in Tillia, killing three guards.", CLA),
    ("Jihadists attacked a gendarmerie post in Djibo.", CLA),
    ("Drone strike hits wedding party in Kunduz", AIR),
    ("Artillery fire hit a school in Donetsk, wounding four pupils.", ART),
    ("A landmine killed two herders near Menaka.", REM),
    ("Two police officers wounded by grenade in Srinagar", GRE),
    ("Suicide bomber kills nine at Kabul wedding", SUI),
    ("The ELN announced it would disband its urban units.", CHG),
    ("Army destroys IED factory in Borno", DIS),
    ("Rebels handed over the town of Ndele to the government without a fight.", NVT),
]

FR2 = [
    ("Des jeunes ont bloqué plusieurs routes de Bouaké avec des pneus et des branches.", VIO),
    ("Des commerçants bloquent l'entrée du marché de Dantokpa", PEA),
    ("Des manifestants ont bloqué les rues de Port-au-Prince.", VIO),
    ("La police a arrêté les organisateurs d'un sit-in devant la présidence à Niamey.", INT),
    ("Gaz lacrymogène contre des étudiants à Dakar", INT),
    ("Un drone de l'armée a frappé un convoi jihadiste près de Gao.", AIR),
    ("Des drones ont visé un dépôt de carburant à Mopti.", AIR),
    ("Le groupe armé a annoncé sa dissolution.", CHG),
    ("Des habitants ont lapidé un présumé voleur à Kananga.", MOB),
    ("Des jihadistes ont attaqué un poste de gendarmerie à Sebba.", CLA),
    ("Deux commerçants tués par des hommes armés près de Bunia", ATT),
]

# what the rules get wrong today (strict: a fix must remove the mark)
# (« Gaz lacrymogène contre des étudiants à Dakar », a strict xfail here, passes since h-case21's
# events._used_against_crowd: test_event_blind_case_style16.py)
XFAIL: dict[str, str] = {}

# controls written after the first run, while fixing: what the new rules must do and leave alone
CONTROLS: list[tuple[str, str, str]] = [
    # roads blocked in the plural are road-blocking, a riot; one road, a junction, a crossing, a protest
    ("Residents blocked the road to the airport in Kolwezi on Monday.", "en", PEA),
    ("Opposition supporters blocked streets in the capital on Sunday.", "en", VIO),
    ("Farmers blocked roads and railways across the state to protest the new law.", "en", VIO),
    ("Protesters erected road blocks on the main avenue in Lubumbashi.", "en", VIO),
    ("Les manifestants ont bloqué les routes de Kindia.", "fr", VIO),
    ("Des chauffeurs ont bloqué le carrefour de Madina pendant deux heures.", "fr", PEA),
    ("Les gendarmes ont bloqué la marche de l'opposition à Conakry.", "fr", INT),
    # traffic blocked by a march, or left blocked: no riot
    ("Hundreds of protesters marched through Dakar, blocking traffic for hours.", "en", PEA),
    ("Des centaines de manifestants ont défilé à Dakar ; la circulation est restée bloquée pendant des heures.", "fr",
     PEA),
    # the crowd just told going on, as "they", with a riot's manner: the protest's story (incidents._crowd_goes_on)
    ("Des chauffeurs de taxi ont bloqué la route de l'aéroport lundi. Ils ont brûlé des pneus et lancé des pierres sur "
     "les voitures.", "fr", VIO),
    ("Hundreds of teachers marched in Lilongwe. They later went home.", "en", PEA),
    # stoning is a riot's manner as a verb
    ("Protesters stoned the governor's convoy in Kano.", "en", VIO),
    # what was fired as a headline's subject: tear gas, rubber bullets no lethal force; live rounds are
    ("Rubber bullets fired at striking miners in Rustenburg", "en", INT),
    ("Live rounds fired at protesters in Accra", "en", EXF),
    # the organisers or leaders of a march; not of a robbery; not a protest organiser at home
    ("Police arrested the leaders of the march in Harare.", "en", INT),
    ("La police a interpellé les organisateurs de la marche à Niamey.", "fr", INT),
    ("Police arrested the organisers of a robbery in Harare.", "en", ARR),
    ("Police arrested a protest organiser at his home in Yangon on Friday.", "en", ARR),
    # a drone striking; a drone shot down or used to watch
    ("Drones bombed rebel positions near Kidal.", "en", AIR),
    ("Un drone a été abattu par l'armée près de Kidal.", "fr", DIS),
    ("Police used drones to monitor the border.", "en", NONE),
    # an armed struggle ended, announced or decided; not one that might end
    ("The PKK renounced armed struggle on Friday.", "en", CHG),
    ("Le groupe armé a annoncé qu'il allait mettre fin à la lutte armée.", "fr", CHG),
    ("Le mouvement rebelle a décidé de se transformer en parti politique.", "fr", CHG),
    ("The rebels might end their armed struggle, analysts said.", "en", NONE),
    # round 2: road users as a crowd, not as victims; weapons factories; a merger announced
    ("Gunmen abducted three motorists near Kaduna.", "en", ABD),
    ("Gunmen killed two commuters at a bus stop in Jos.", "en", ATT),
    ("Soldiers destroyed a weapons factory in Borno.", "en", DIS),
    ("L'armée a détruit une fabrique d'engins explosifs près de Gao.", "fr", DIS),
    ("Les deux groupes armés ont annoncé qu'ils allaient fusionner.", "fr", CHG),
]


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS))
def test_blind_case_style15_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style15_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN2, "en", XFAIL) + _params(FR2, "fr", XFAIL))
def test_blind_case_style15_round2_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR + EN2 + FR2}
    assert set(XFAIL) <= texts
