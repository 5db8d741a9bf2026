"""A twelfth blind check of the event typing, CASE-2021 / ACLED style (h-case17): English and French snippets of our
own, written in one sitting on 2026-12-07 (about 11:53 to 11:58 UTC by `date`), ALL before bilan was run on any of
them, weighted on the classes test_event_blind_case_style11.py left as strict xfails and on the sub-event types whose
CASE 2021 dev F1 was lowest at the branch's start (349fe81: OTHER 0.667, excessive force 0.812, non-violent transfer
0.815, protest with intervention 0.824, attack 0.842, violent demonstration 0.860, property destruction, change to
group/activity and armed clash 0.865, shelling 0.885):
- protesters, students, workers or villagers who "clash with police" (a riot: ACLED's armed clash needs two armed,
  organised sides), against militants or Maoists who clash with police (an armed clash);
- a rape told as what someone is accused of ("soldiers accused of raping girls"): ACLED codes the reported act;
- a gathering told in a first sentence and the force met by it in the second;
- crowd doer words ("mob of protesters", "crowd of angry demonstrators": rioters; "angry residents beat", "irate
  youths", "enraged residents": a mob);
- "blow up" a building or bridge with no one hurt (property destruction) against a blast that hurts (an explosive);
- headline "displaced" and mass graves (Other);
- snippets whose first sentence is background (an older act) and whose second holds the act; three-sentence snippets;
- French ones (about a quarter).

Labels follow the ACLED codebook's sub-event definitions, as in test_event_blind_case_style9.py. No label was changed
after the first run.

First run (at the branch's start, 349fe81; rows committed before it in edfc040): 124/164. Mended by general rules
(144/164 now; ten of style11's strict xfails removed with them):
- a clash whose one side is a crowd by its word ("Opposition supporters", "Garment workers", "Students, police
  clash", "Villagers", « heurts entre partisans de l'opposition et policiers »: PROTEST_CROWDS) and whose other is a
  force of order (CROWD_CONTROL_FORCES), with no second armed side, is a riot (events._clash_sides,
  events._crowd_faces_order); a crowd told armed ("villagers armed with machetes") stays a side of an armed clash;
- a mass grave's discovery told by a headline participle on the grave's own complement ("Mass grave with 40 bodies
  found", "mass grave of Yazidi victims unearthed", « une fosse commune contenant une trentaine de corps découverte »:
  events._discovered), and "clandestine grave" / « fosse clandestine » listed as a mass grave;
- people counted told displaced after them, a headline participle or a passive ("Nigeria: 5,000 villagers displaced
  in Benue", "Thousands displaced", "800 households have been displaced", « plus de 20 000 déplacés »: flag
  needs_displaced_count, events._displaced_count, DISPLACED_COUNT_WORDS) are ACLED's Other; not the active with its
  doer ("the conflict has displaced a million people"), not "displaced people", not people a camp houses;
- a force told in the sentence after a protest is the protest's (incidents._force_on_the_protest) even when the forces'
  own word is a combatant cue ("Soldiers opened fire", « Les gendarmes ont tiré ») and when the people hit are named by
  their trade ("killing one student");
- a headline's root verb of harm the tagger reads as a simple past, with a subject and no object ("Peru: two
  protesters killed as police fire on Andahuaylas march"), is a reduced passive (events_en.HEADLINE_TRANSITIVES,
  events.headline_undergoers);
- the subject of a verb whose agent is told ("two villagers shot dead by unidentified militants") is no mob doer, and
  a noun a finite present describes ("Angry residents set upon two men") is who did it (events._mob_agent);
- a mob noun whose "of" complement names protesters ("Angry mob of protesters sets fire to police post") is a riot;
- a headline's noun after its country prefix ("South Sudan: soldiers accused of raping women", « Burundi : des
  Imbonerakure accusés d'avoir violé des femmes ») heads the headline as a root noun does: the accusation reports the
  act, no charge naming a person (events._headline_after_prefix in events.is_factual);
- "tests" with a weapon object ("Iran tests new long-range missile") is a weapons test (Other), as "tested".
Taken back: a rule typing property an armed side blew up with no one hurt as property destruction (the "blow up" rows
below and style11's girls' school) broke the older blind row "The militants blew up a bridge linking the two
districts." (test_event_blind_case_style.py, an explosive), and MUC-4 would have needed its BOMBING mapped back.
Relabelled by h-case18 (test_event_blind_case_style13.py's docstring gives the codebook's words): the four "blow up" rows
and « font sauter un pont », property destruction -> remote explosive (Explosions/Remote violence is chosen by the tool,
an explosive, whatever it hits; property destruction is a Strategic development, no political violence); the Boko
Haram commander's surrender, change to group/activity -> agreement (the codebook lists surrenders among agreements).
Mended by h-case18's rules (test_event_blind_case_style13.py): the Hong Kong arrests at an unauthorised rally (a
protest's intervention), Kitshanga retaken after two days of fighting (the regaining, not the clash).
The rest are strict xfails with their reasons; CONTROLS (written about 12:05 to 12:30 UTC) are what the new rules must
leave alone.
"""

from __future__ import annotations

import pytest
from extracting import (ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH,
                        PEA, REM, SEX, SUI, VIO, lead_type)
from test_event_blind_case_style2 import _params, control_params

EN = [
    # protesters who clash with police: a riot
    ("Kenya: Opposition supporters clash with police in Kisumu", VIO),
    ("Bangladesh: Garment workers clash with police in Gazipur over unpaid wages, 30 injured", VIO),
    ("Hundreds of youths clashed with police in Conakry's Ratoma district on Thursday, throwing stones and burning tyres.", VIO),
    ("Protesters and police clashed outside parliament in Tbilisi late on Monday. Several officers were hurt by flying stones, the interior ministry said.", VIO),
    ("Indonesia: Students, police clash in Makassar over labour law", VIO),
    ("Villagers clash with police over land eviction in Sindh's Thatta district", VIO),
    ("Farmers clashed with riot police at a toll plaza near Karnal after they were stopped from marching to the capital.", VIO),
    # armed sides who clash with police: an armed clash
    ("Maoists and police clash in Gadchiroli forest, two rebels killed", CLA),
    ("Militants clash with police in Dagestan village, three dead", CLA),
    # a rape told as an accusation
    ("DRC: Soldiers accused of raping girls in Walikale", SEX),
    ("Ethiopia: Eritrean troops accused of raping women in Tigray, report says", SEX),
    ("Police officer accused of raping detainee in Lagos cell", SEX),
    ("Rights groups accused militiamen of raping at least twelve women during a raid on Kalehe last week.", SEX),
    ("Myanmar: Soldiers raped ethnic Chin women during raid, rights group says", SEX),
    ("CAR: Rebels accused of sexual violence against women in Ouham", SEX),
    # a gathering, then the force in a second sentence
    ("Hundreds of teachers marched in Lilongwe on Tuesday to demand better pay. Police fired tear gas to disperse them.", INT),
    ("Opposition supporters gathered in central Harare on Saturday. Riot police moved in with batons and arrested twelve of them.", INT),
    ("Students rallied outside the university in Dhaka against fee hikes. Police opened fire, killing one student and injuring five.", EXF),
    ("Thousands protested in Omdurman on Sunday against military rule. Security forces fired live rounds, killing three demonstrators, medics said.", EXF),
    ("Farmers blocked the highway near Amritsar with their tractors. Police used water cannon to clear the road.", INT),
    ("A crowd gathered outside the governor's office in Jalalabad to demand the release of a tribal elder. Guards fired into the crowd, killing four people, witnesses said.", EXF),
    ("Residents of Gulu staged a sit-in over land grabs on Monday. Soldiers beat several of them and detained the organisers.", INT),
    # crowd doer words
    ("Mob of protesters storms district office in Sylhet", VIO),
    ("Crowd of angry demonstrators burns police station in Kenema", VIO),
    ("Angry residents beat a suspected robber to death in Nairobi's Kibera", MOB),
    ("Angry villagers lynch two suspected child kidnappers in Puebla", MOB),
    ("A crowd of traders attacked two municipal officers in Onitsha market, accusing them of extortion.", MOB),
    ("Group of protesters sets fire to mayor's house in El Alto", VIO),
    ("Irate youths beat a man to death in Lagos over alleged phone theft", MOB),
    ("Hindu mob attacks Muslim shopkeepers in Delhi's northeast", MOB),
    ("Enraged residents torched the house of a man they accused of killing a boy in Bunia, then beat him to death.", MOB),
    ("Bolivia: protesting miners dynamite doors of parliament in La Paz", VIO),
    # blown up, whether or not anyone was hurt: an explosive (relabelled LOO -> REM by h-case18, see the docstring)
    ("Maoists blow up panchayat building in Jharkhand's Latehar", REM),
    ("Militants blow up telecom tower in Balochistan's Kech", REM),
    ("Boko Haram fighters blew up a primary school in Borno overnight. No one was inside, officials said.", REM),
    ("Taliban blow up bridge on Kandahar highway", REM),
    ("Bomb blast at school gate in Quetta kills two pupils", REM),
    # headline displaced, mass graves, other
    ("Thousands displaced in Cabo Delgado, UN says", OTH),
    ("Nigeria: 5,000 villagers displaced in Benue", OTH),
    ("Over 2,000 families displaced in North Kivu, aid agency warns", OTH),
    ("Nearly 800 households have been displaced in Maguindanao since the start of the month, the regional relief office said.", OTH),
    ("Mass grave with 40 bodies found in Burundi's Kamenge", OTH),
    ("Iraq: mass grave of Yazidi victims unearthed near Sinjar", OTH),
    ("Mexican investigators found a clandestine grave holding 17 bodies in Jalisco on Wednesday.", OTH),
    ("Forensic teams exhume 12 bodies from mass grave in Tamaulipas", OTH),
    ("Iran tests new long-range missile, state TV says", OTH),
    ("Hundreds of refugees cross into Chad from Darfur each day, UNHCR says", OTH),
    # excessive force
    ("Peru: two protesters killed as police fire on Andahuaylas march", EXF),
    ("Police shoot dead demonstrator in Nairobi's Mathare during fuel price protest", EXF),
    ("Iran: security forces kill 4 protesters in Zahedan", EXF),
    ("Myanmar: junta troops shoot dead 7 anti-coup protesters in Monywa", EXF),
    ("A student died after being hit by a tear gas canister fired by police at a rally in Santiago.", EXF),
    # protest with intervention
    ("Police fire tear gas at opposition rally in Lusaka", INT),
    ("Belarus: riot police detain dozens at Minsk women's march", INT),
    ("Water cannon used to disperse pensioners' protest in Yerevan", INT),
    ("Hong Kong police arrest 30 at unauthorised rally", INT),
    ("Security forces broke up a sit-in by unemployed graduates in Rabat on Wednesday, dragging several away.", INT),
    # peaceful protest
    ("Nurses stage walkout in Nairobi over unpaid allowances", PEA),
    ("Thousands rally in Tbilisi for EU membership", PEA),
    ("Residents of Kasese held a peaceful march on Friday to demand a new hospital. The march ended at the district office without incident.", PEA),
    # violent demonstration
    ("Protesters pelt police with stones in Srinagar's old city", VIO),
    ("Rioters loot shops and burn cars in Dakar after opposition leader's arrest", VIO),
    ("Demonstrators set fire to tyres and block main roads in Port-au-Prince over fuel prices", VIO),
    ("Fuel price protesters attack toll booths in Lagos", VIO),
    # mob violence
    ("Two rival student groups fight with machetes at Makerere, five hurt", MOB),
    ("Villagers in Kapchorwa beat to death a man suspected of stealing cattle", MOB),
    # attack
    ("Gunmen kill three health workers in Kandahar", ATT),
    ("Cameroon: separatists behead two teachers in Kumba", ATT),
    ("Fulani herdsmen kill 12 farmers in Plateau village attack", ATT),
    ("Gunmen attacked a bus carrying miners near Kongoussi on Thursday. The driver and four passengers were killed. The attackers fled on motorbikes, a security source said.", ATT),
    ("Islamic State militants executed five shepherds in the desert near Palmyra, a monitor said.", ATT),
    ("Armed men opened fire on a wedding party in Zamfara, killing nine guests.", ATT),
    # an attack on soldiers: an armed clash
    ("Al-Shabaab fighters attacked a Somali army base near Baidoa on Friday. The soldiers repelled the attack after an hour of fighting.", CLA),
    ("Jihadists attack army post in northern Burkina, 10 soldiers killed", CLA),
    ("ISWAP fighters ambushed a military convoy near Damboa, killing seven soldiers.", CLA),
    # armed clash
    ("Heavy fighting between Tatmadaw and Karen rebels near Myawaddy", CLA),
    ("Gunbattle erupts between rival armed groups in Tripoli's Souq al-Juma", CLA),
    ("Troops and Ambazonian fighters exchanged fire for hours in Batibo on Sunday. Four fighters died, the army said.", CLA),
    ("Soldiers killed 15 bandits in a gun duel in Katsina forest, the army said.", CLA),
    ("Fierce fighting between the army and rebels continued in Marib on Tuesday, with both sides using tanks and heavy machine guns.", CLA),
    # shelling/artillery/missile
    ("Ukraine: Russian shelling kills two in Kharkiv suburb", ART),
    ("Azerbaijani artillery pounds Stepanakert", ART),
    ("Rockets fired from Gaza hit southern Israeli town of Sderot", ART),
    ("Houthis fire ballistic missile at Saudi city of Jazan", ART),
    ("Syrian rebels shell government-held neighbourhoods of Aleppo, killing four", ART),
    # non-violent transfer
    ("Turkish-backed rebels withdraw from Tal Rifaat under deal", NVT),
    ("UN peacekeepers hand over Kidal camp to Malian authorities", NVT),
    ("Houthis pull out of Hodeidah port under UN plan", NVT),
    ("Government troops withdrew from the border town of Metema on Sunday, leaving it to a local militia, residents said.", NVT),
    ("The last French soldiers left the Menaka base on Monday. The Malian army took over the camp the same day.", NVT),
    # change to group/activity
    ("Government sends 2,000 soldiers to Cabo Delgado to reinforce army", CHG),
    ("ELN announces unilateral ceasefire for Christmas", CHG),
    ("Authorities impose curfew in Jos after unrest", CHG),
    ("Two factions of the Syrian opposition announced on Friday that they had merged into a single group.", CHG),
    ("Malian junta bans political party activities", CHG),
    ("Boko Haram commander surrenders to army with 40 fighters in Bama", AGR),
    # looting/property destruction
    ("Armed men loot WFP warehouse in Tonj", LOO),
    ("Settlers torch olive groves near Nablus", LOO),
    ("Militiamen burned down 60 homes in a village near Djugu on Sunday night. The residents had fled before they came.", LOO),
    ("Shops ransacked in Goma as looters take advantage of unrest", LOO),
    # disrupted weapons use
    ("Police defuse bomb found outside church in Lahore", DIS),
    ("Security forces intercept explosives-laden truck near Mogadishu", DIS),
    # territory
    ("Ethiopian army retakes Lalibela from Tigrayan forces", GOV),
    ("Al-Shabaab fighters captured the town of Mahas after heavy fighting with the army.", NSA),
    ("M23 rebels take control of Bunagana border town", NSA),
    # one or two of the rest
    ("Israeli drone strike kills two in southern Lebanon", AIR),
    ("Nigerian Air Force jets bombed a bandit camp in Zamfara on Friday, killing dozens, a military spokesman said.", AIR),
    ("Suicide bomber blows himself up outside mosque in Peshawar, 14 dead", SUI),
    ("Roadside bomb hits bus in Balochistan, killing 6", REM),
    ("Militants hurl grenade at police post in Pulwama", GRE),
    ("Gunmen kidnap 8 farmers in Zamfara", ABD),
    ("Police arrest 12 suspected gang members in Port Harcourt", ARR),
    ("Sudan's rival generals agree to a 72-hour truce", AGR),
    ("JNIM sets up checkpoints and bases around Djibo", HQ),
    ("Syrian regime accused of chlorine gas attack on Douma", CHE),
    # a first sentence of background (an older act), the act in the second
    ("Two years ago gunmen killed 30 villagers in Kadisau. On Tuesday troops arrested four men suspected of taking part in that massacre.", ARR),
    ("A car bomb killed twelve people in the same market in March. On Friday a grenade thrown from a motorbike wounded four shoppers there.", GRE),
    ("Jihadists seized the town in 2012. On Saturday hundreds of residents marched through its streets to demand more troops.", PEA),
    ("Rebels captured the area last year. The army said on Monday it had retaken Kitshanga after two days of fighting.", GOV),
    ("The region was hit by deadly clashes between herders and farmers last month. On Thursday, the two communities signed a peace pact in Lafia.", AGR),
    ("Police killed six protesters in the city in 2019. On Wednesday, thousands marched there again to demand justice for the victims.", PEA),
    # three sentences
    ("The Arakan Army attacked a police outpost in Buthidaung before dawn. Border guards returned fire for several hours. Two officers and five fighters died, the army said.", CLA),
    ("Unknown assailants threw a grenade at a bar in Ngozi on Saturday night. Three customers were wounded. Police have opened an investigation.", GRE),
    ("Taxi drivers blocked the main road into Mthatha on Monday. They burned tyres and stoned passing cars. Police fired rubber bullets to disperse them.", VIO),
]
FR = [
    ("Kenya : heurts entre partisans de l'opposition et policiers à Kisumu", VIO),
    ("Sénégal : des jeunes affrontent les forces de l'ordre à Ziguinchor", VIO),
    ("Des manifestants se sont heurtés à la police lundi à Bangui, lançant des pierres sur les agents.", VIO),
    ("Burundi : des Imbonerakure accusés d'avoir violé des femmes à Cibitoke", SEX),
    ("RDC : des militaires accusés de viols sur des femmes à Walikale", SEX),
    ("Des centaines de personnes ont manifesté samedi à Niamey contre la vie chère. La police a dispersé les manifestants à coups de gaz lacrymogène.", INT),
    ("Des jeunes ont manifesté à Kindia contre les coupures d'électricité. Les gendarmes ont tiré à balles réelles, tuant deux manifestants.", EXF),
    ("Une foule de manifestants incendie la mairie de Kaya", VIO),
    ("Des habitants en colère ont battu à mort un présumé voleur à Bukavu.", MOB),
    ("Côte d'Ivoire : un présumé braqueur lynché par des riverains à Abobo", MOB),
    ("Burkina : des jihadistes font sauter un pont près de Djibo", REM),
    ("Mali : des hommes armés incendient une école à Ténenkou", LOO),
    ("RDC : plus de 20 000 déplacés en une semaine dans le Masisi", OTH),
    ("Tillabéri : plus de 3 000 personnes ont fui leurs villages en une semaine", OTH),
    ("RDC : découverte d'une fosse commune dans le Kasaï", OTH),
    ("Burundi : une fosse commune contenant une trentaine de corps découverte à Bujumbura", OTH),
    ("Tchad : la police tire sur des manifestants à N'Djamena, cinq morts", EXF),
    ("Cameroun : la police disperse une manifestation d'enseignants à Yaoundé", INT),
    ("Mali : la Minusma remet le camp de Ber à l'armée malienne", NVT),
    ("Les forces françaises ont quitté Gossi mardi ; l'armée malienne a pris possession de la base le même jour.", NVT),
    ("Niger : les autorités instaurent un couvre-feu à Tillabéri", CHG),
    ("Burkina : le gouvernement déploie des renforts dans l'Est", CHG),
    ("Des hommes armés ont tué neuf orpailleurs près de Gaoua, selon des sources locales.", ATT),
    ("Nigeria : des bandits tuent 12 villageois dans l'État de Zamfara", ATT),
    ("Mali : des jihadistes attaquent un poste militaire, huit soldats tués", CLA),
    ("Des combats opposent depuis lundi l'armée et des miliciens Codeco près de Djugu. Au moins dix assaillants ont été tués, selon l'armée.", CLA),
    ("Syrie : des tirs de roquettes font quatre morts à Alep", ART),
    ("Gaza : des obus de mortier tirés vers le sud d'Israël", ART),
    ("Centrafrique : des rebelles pillent un centre de santé à Kaga-Bandoro", LOO),
    ("Il y a deux ans, des jihadistes avaient tué 40 villageois à Sobane. Jeudi, des hommes armés ont enlevé le chef du village.", ABD),
    ("L'an dernier, l'armée avait repris la ville. Mardi, un kamikaze s'est fait exploser au marché, tuant six personnes.", SUI),
    ("En 2021, des manifestants avaient été tués à Kankan. Samedi, des milliers de personnes y ont marché pacifiquement.", PEA),
    ("Mali : la gendarmerie arrête trois personnes soupçonnées de financer le terrorisme à Ségou", ARR),
    ("Burkina : frappe aérienne de l'armée contre un camp jihadiste près de Djibo", AIR),
    ("Niger : deux soldats tués par une mine près de Tillabéri", REM),
    ("Tchad : l'armée et les rebelles du FACT signent un accord de cessez-le-feu", AGR),
    ("Niger : des jihadistes prennent le contrôle de la ville de Tassia", NSA),
    ("Burkina : l'armée reprend le contrôle de Mansila", GOV),
    ("Cameroun : des séparatistes enlèvent un prêtre à Bamenda", ABD),
    ("Mali : les Famas neutralisent un engin explosif près de Boni", DIS),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
    "Ethiopia: Eritrean troops accused of raping women in Tigray, report says":
        "the parser makes the troops the subject of 'says', so 'accused' describes a subject noun and reads as a charge "
        "(events.is_factual); only a headline noun after its country prefix is taken as the headline's head",
    "A crowd gathered outside the governor's office in Jalalabad to demand the release of a tribal elder. Guards fired into the crowd, killing four people, witnesses said.":
        "'guards' are no force of order (CROWD_CONTROL_FORCES), so the shots are not the protest's; adding them would "
        "reach private and prison guards too",
    "Enraged residents torched the house of a man they accused of killing a boy in Bunia, then beat him to death.":
        "the parser hangs 'beat' on 'torched' as a bare 'dep', so its doer is not found and the killing is an attack "
        "that outranks the crowd's burning",
    "Bolivia: protesting miners dynamite doors of parliament in La Paz":
        "'dynamite' is read as a noun of the title, the miners' act not typed; the protest word alone leads",
    "Over 2,000 families displaced in North Kivu, aid agency warns":
        "the parser makes the families the subject of 'warns', a verb of warning, so the displacement is read as "
        "what is feared, not told",
    "Hundreds of refugees cross into Chad from Darfur each day, UNHCR says":
        "refugees crossing a border are no listed displacement phrase (only 'flee across the border'); a present "
        "habitual flow is not typed",
    "Azerbaijani artillery pounds Stepanakert":
        "the tagger makes 'pounds' a noun (the currency), so the title has no verb of striking",
    "Turkish-backed rebels withdraw from Tal Rifaat under deal":
        "'Tal Rifaat' is not found as a place, so the withdrawal has no territory to leave (as 'Manbij' in style11)",
    "Malian junta bans political party activities":
        "a ban on activities is no listed restriction object (events_en CONTEXT_WORDS 'restriction')",
    "Burkina : des jihadistes font sauter un pont près de Djibo":
        "the parser hangs « des jihadistes » on « Burkina » (no subject for « font sauter »)",
    "En 2021, des manifestants avaient été tués à Kankan. Samedi, des milliers de personnes y ont marché pacifiquement.":
        "the second sentence's march is read as the story of the first sentence's protesters (incidents._protest_story), "
        "so the older killing (past perfect, 2021) types the one incident; an older act's sentence opening a protest "
        "story was not reached in this round",
}


# controls written while fixing (about 12:05 to 12:30 UTC): what the new rules must leave alone
CONTROLS: list[tuple[str, str, str]] = [
    # a clash of a force of order with an armed side, or with a crowd told armed
    ("Soldiers clashed with villagers armed with machetes in Kasai.", "en", CLA),
    ("Police clashed with gunmen in Kano.", "en", CLA),
    ("Members of a drug gang clashed with police in Rocinha, leaving three dead.", "en", CLA),
    ("Des militants jihadistes ont affronté les soldats près de Djibo.", "fr", CLA),
    # a grave the killers dug, no discovery
    ("Gunmen killed 12 villagers and buried them in a mass grave near Beni.", "en", ATT),
    # displaced people as a background figure, as the people of a camp, or a flood's
    ("The conflict has displaced over a million people. On Monday gunmen killed six farmers in Kajuru.", "en", ATT),
    ("A camp for 5,000 displaced people was attacked by gunmen in Borno.", "en", ATT),
    ("Gunmen attacked a camp housing 5,000 people displaced by the war in Borno.", "en", ATT),
    ("Des hommes armés ont attaqué un camp de 20 000 déplacés près de Djibo.", "fr", ATT),
    ("20,000 people displaced by floods in Assam", "en", "NONE"),
    # a fight with rebels in the sentence after a march is no force on it
    ("Thousands marched in Mandalay against the coup. Soldiers clashed with rebels near Myitkyina, killing ten of them.",
     "en", PEA),
    # a verb of harm with its object is an active
    ("Gunmen killed six worshippers in Ondo.", "en", ATT),
    # crowds that do the act, a passive's agent crowd
    ("A mob of villagers lynched a suspected thief in Gulu.", "en", MOB),
    ("Villagers beat two suspected thieves to death in Kisii.", "en", MOB),
    ("Two thieves were beaten to death by villagers in Kisii.", "en", MOB),
    # a charge that names the person arrested
    ("Police arrested a man accused of killing his neighbour in Kano.", "en", ARR),
    # a test that is no weapon's
    ("Students sit tests in Kabul", "en", "NONE"),
]


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS))
def test_blind_case_style12_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style12_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR}
    assert set(XFAIL) <= texts
