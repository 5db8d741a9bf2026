"""A fourteenth blind check of the event typing, CASE-2021 / ACLED style (h-case19): English and French snippets of our
own, written in one sitting on 2026-12-07 (started 14:45 UTC by `date`), ALL before bilan was run on any of them, spread
over the ACLED sub-event types, weighted towards the shapes h-case18 left: gatherings with no stated purpose (with or
without arrests), guards / watchmen / militias of a village as an armed side, road blockades and burning tyres (riot or
protest), sentences that tempt the parse (a number word opening the subject, a French adjective of nationality after
the army), looting, sexual violence, abductions, grenades, shelling, territory regained or overtaken, agreements, bases
set up, arrests, disrupted weapons use.

Labels follow the ACLED codebook's sub-event definitions as quoted in test_event_blind_case_style9.py and the readings
of test_event_blind_case_style13.py, decided before the first run:
- a gathering is a protest even with no stated purpose (a CASE snippet is an event); its people arrested at it or right
  after it, Protest with intervention;
- guards, watchmen and defence militias of a village are a militia (as vigilantes, Koglweogo, dozos, VDP in
  test_event_blind_case_style7/8.py): an armed group fighting them is an Armed clash;
- a road blocked with no violence is a Peaceful protest; tyres burnt or burning barricades are a Violent demonstration
  (test_event_blind_case_style3/6/10.py);
- a prisoner exchange and a non-aggression pact are Agreements;
- weapons seized, a bomb defused or destroyed where found, Disrupted weapons use.

122 rows (79 EN, 43 FR), committed (8a593432) before any run. First run (at the branch's start, 4bfc7046): 100/122.
Mended by general rules (118/122 at h-case19's end, 4 strict xfails; 119/122 on main after h-counts5's merge, whose
'take' by an armed or unnamed taker of a person, events_en, reads the journalist taken by men in plain clothes):
- a crowd of people who gathered or assembled, with no purpose told and nothing gathered ("Several hundred people
  gathered in Freedom Square", "a crowd assembled near the central mosque"): a protest, as « se rassembler » already
  was (events_en "gather"/"assemble" with needs_crowd_subject and the new flag not_transitive: not "women gathered
  firewood"); « se réunir » likewise (events_fr); not people gathered for an occasion (GATHERING_OCCASIONS: "police
  officers who had gathered for afternoon prayers", found by test_stories_a115.py);
- the French pronominal verb the parse reads as a passive (« se sont rassemblées », « se » expl:pass): its passive
  subject is who gathered (events._crowd_marches);
- a sentence's verb the parse read as a participle on its subject noun, made the root ("About 200 residents
  assembled outside the district office."): the noun is who gathered (events._crowd_marches);
- a gathering told in an arrest's "after" phrase or clause ("Police arrested 22 people after a crowd assembled near
  the mosque", « a arrêté une dizaine de personnes après un rassemblement devant le siège du parti ») is no time
  reference dropped (events._drop_time_references): the protest heads and the arrest is its intervention; the
  gathering noun hung on what the forces did (PROTEST_INTERVENTION, by the forces of order) has its protest context
  (events._met_by_forces; not a month's name: "On 16 March, police arrested ...");
- people taken "into custody" at a gathering: an intervention word (events_en.PROTEST_INTERVENTION);
- a village's or a community's guards, watchmen and defence militia (« gardiens du village », « milice
  villageoise ») are militias (events_<lang>.SELF_DEFENCE_GROUPS), and the people the verb of an ambush noun hit
  ("killed two community watchmen in an ambush") are whom the ambush was aimed at (events._combatant_object): an
  armed clash;
- roads barricaded, barricades put up (« ériger / dresser des barricades », "barricade", "erect barricades") by a
  crowd: a protest, its barricade or burning tyres a riot's manner (RIOT_CUES); a way into a place ("access",
  "entrance", « accès », « entrée ») and a border crossing are a roadway; « conducteurs » a crowd, as « chauffeurs »;
- "halt" is an intervention only with the forces as its doer (PREVENTION_WORDS: not "traffic was halted");
- soldiers who ransack (« des militaires ont saccagé et pillé des boutiques »): property destruction, as English
  "ransack" (events_fr "saccager" with needs_armed_subject), a crowd's ransacking stays a riot;
- "took back control of", "took back": Government regains territory (events_en); weapons a raid "turned up":
  disrupted weapons use.
Besides, older marks now passing removed: test_event_blind_case_style10.py (Angry youths barricaded roads in Beni),
test_event_blind_case_style12.py (Opposition supporters gathered in central Harare ... arrested twelve of them),
test_event_codebook_confusions.py (two non-strict FR xfails: the organisers of the march, « se sont réunis dimanche
en mémoire »).
Left (strict xfails): three road blocks with no violence, labelled peaceful blind (ACLED), read violent
demonstrations by the project's English riot cue "block", which follows the CASE 2021 data; dropping the cue cost
three CASE dev snippets for one and was undone. (A disappearance told only by "missing since he was taken by men" was
the fourth; it passes since h-counts5's merge.)
"""

from __future__ import annotations

import pytest
from extracting import (ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH,
                        PEA, REM, SEX, SUI, VIO, lead_type)
from test_event_blind_case_style2 import _params, control_params

NONE = "NONE"

EN = [
    # gatherings with no stated purpose, with or without arrests
    ("Several hundred people gathered in Freedom Square in Tbilisi on Saturday evening.", PEA),
    ("About 200 residents assembled outside the district office in Kilifi on Monday morning.", PEA),
    ("Crowds gathered in front of the parliament building in Yerevan for a third night. Police detained 18 people.", INT),
    ("Police arrested 22 people after a crowd assembled near the central mosque in Omdurman on Friday.", INT),
    ("Dozens of supporters of the jailed mayor gathered outside the courthouse in Izmir; police took nine of them into custody.", INT),
    ("Police detain 40 as crowd gathers in Almaty square", INT),
    # guards, watchmen, militias of a village: an armed side
    ("Gunmen attacked village guards in Kankara overnight, killing three of them.", CLA),
    ("Suspected herders killed two community watchmen in an ambush near Riyom.", CLA),
    ("Armed bandits clashed with the village militia in Tsafe, leaving eleven dead on both sides.", CLA),
    ("A village defence militia repelled an attack by al-Shabaab fighters on Bulo Burte.", CLA),
    ("The village militia of Kolofata killed four Boko Haram fighters who tried to enter the town at night.", CLA),
    ("Local guards of Dagwom village exchanged fire with cattle rustlers for two hours.", CLA),
    # road blockades and burning tyres
    ("Motorcycle taxi drivers blocked the main highway in Kisumu on Tuesday over a new parking fee.", PEA),
    ("Residents of Mamelodi barricaded roads with burning tyres and rocks to demand water.", VIO),
    ("Youths burnt tyres on the Accra-Kumasi road after a boy was knocked down by a police vehicle.", VIO),
    ("Farmers blocked the national highway near Ambala with tractors for six hours, demanding higher crop prices.", PEA),
    ("Truck drivers blocked the border crossing at Malaba to protest long delays; traffic was halted for a day.", PEA),
    ("Angry residents set tyres ablaze and blocked the road into Lyari overnight to protest power outages.", VIO),
    # a number word opening the subject
    ("Three hundred teachers marched through Lilongwe on Wednesday demanding unpaid salaries.", PEA),
    ("Five gunmen stormed a church in Owo and killed eleven worshippers.", ATT),
    ("Seventy Boko Haram fighters were killed when troops repelled an attack on Monguno.", CLA),
    ("Thousands marched in Lusaka against the new constitution.", PEA),
    ("Two hundred farmers rallied outside the agriculture ministry in Nairobi.", PEA),
    # looting
    ("Gunmen looted a pharmacy and several shops in Mahagi, residents said.", LOO),
    ("Soldiers looted homes in the deserted village of Kabare.", LOO),
    ("Unidentified armed men ransacked the offices of an aid group in Kaga-Bandoro.", LOO),
    # sexual violence
    ("Soldiers raped four women in a village near Kalehe, a rights group said.", SEX),
    ("A 14-year-old girl was sexually assaulted by militiamen near Djugu, local officials reported.", SEX),
    ("Militants gang-raped two women at a checkpoint near Adwa.", SEX),
    # abductions
    ("Gunmen abducted 17 travellers on the Abuja-Kaduna highway on Saturday.", ABD),
    ("Unknown armed men seized a district official in Tillaberi and took him to an unknown location.", ABD),
    ("A journalist has been missing since he was taken by men in plain clothes in Bujumbura last week.", ABD),
    ("Kidnappers abduct eight schoolchildren in Zamfara", ABD),
    # grenades
    ("A grenade thrown into a bar in Ngozi wounded seven people.", GRE),
    ("Militants hurled a grenade at a police patrol in Srinagar's Lal Chowk, injuring two constables.", GRE),
    ("Two people were hurt when an unknown attacker lobbed a hand grenade into a crowded market in Goma.", GRE),
    ("Grenade attack on CRPF bunker in Sopore", GRE),
    # shelling
    ("Separatist artillery shelled residential areas of Avdiivka on Thursday, killing one civilian.", ART),
    ("Two rockets landed near the airport in Tripoli overnight, damaging a hangar.", ART),
    ("Mortar rounds fired by insurgents struck a military base in Afgooye.", ART),
    ("The army pounded rebel positions around Loikaw with heavy artillery.", ART),
    # government regains territory
    ("Troops recaptured Marte from ISWAP fighters on Tuesday, the army said.", GOV),
    ("Malian forces took back control of the town of Lere from armed groups.", GOV),
    ("Government forces have liberated the village of Amsaka from insurgents.", GOV),
    ("Army regains control of key town in Cabo Delgado", GOV),
    # a non-state actor overtakes territory
    ("Taliban fighters seized the district centre of Khwaja Ghar after heavy fighting.", NSA),
    ("Al-Shabaab militants took control of the town of Moqokori on Sunday.", NSA),
    ("M23 rebels overran the town of Bunagana, forcing soldiers to flee into Uganda.", NSA),
    ("Jihadists seize military post in northern Burkina Faso", NSA),
    # agreements
    ("The government and Ambazonian separatists signed a ceasefire in Geneva on Thursday.", AGR),
    ("Rival clans in Galkayo agreed to a truce brokered by elders.", AGR),
    ("FRPI militiamen agreed to lay down their arms under a deal signed in Bunia.", AGR),
    ("Kachin rebels release 12 soldiers in prisoner exchange with army", AGR),
    # headquarters or base established
    ("Al-Shabaab set up a new base in the forest near Balcad.", HQ),
    ("ISWAP fighters established a camp on an island of Lake Chad, local sources said.", HQ),
    ("The militia has set up its headquarters in the former school of Minova.", HQ),
    # arrests
    ("Police arrested a senior opposition official in Harare on Wednesday.", ARR),
    ("Security forces detained six suspected members of the Islamic State in Adana.", ARR),
    ("A human rights lawyer was arrested at Nairobi airport on Monday.", ARR),
    ("Police arrest 3 over killing of trader in Onitsha", ARR),
    # disrupted weapons use
    ("Soldiers defused a roadside bomb on the Mogadishu-Afgooye road.", DIS),
    ("Police found and destroyed an explosive device hidden near a school in Bannu.", DIS),
    ("A raid on a farmhouse in Dera Ismail Khan turned up rifles, grenades and two suicide vests, police said.", DIS),
    ("Bomb disposal experts safely detonated an IED found near a market in Quetta.", DIS),
    # the other types, one or two rows each
    ("A drone strike killed four militants in North Waziristan on Sunday.", AIR),
    ("Turkish warplanes bombed PKK positions in the Qandil mountains.", AIR),
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing five.", SUI),
    ("A roadside bomb struck a police vehicle in Helmand, killing three officers.", REM),
    ("Two soldiers died when their vehicle hit a landmine near Tessalit.", REM),
    ("Gunmen killed nine farmers in their fields near Bokkos.", ATT),
    ("Soldiers and jihadists clashed near Boni, leaving ten dead.", CLA),
    ("A mob lynched a man accused of witchcraft in Kasese.", MOB),
    ("Police shot dead three protesters during a demonstration against fuel prices in Conakry.", EXF),
    ("Police fired tear gas to disperse students protesting fee hikes in Kampala.", INT),
    ("Two armed groups in central Mali announced their merger under a new name.", CHG),
    ("UN peacekeepers handed over their base in Aguelhok to the Malian army.", NVT),
    ("Residents discovered a mass grave containing 30 bodies near Humera.", OTH),
    ("Government forces used chlorine gas in an attack on Kafr Nabl, a monitor said.", CHE),
    ("Unknown people set fire to a mosque in Kitgum overnight.", LOO),
]

FR = [
    # rassemblements sans objet dit
    ("Plusieurs centaines de personnes se sont rassemblées samedi devant la mairie de Bouaké.", PEA),
    ("Une foule s'est réunie devant le palais de justice de Lomé ; la police a interpellé quinze personnes.", INT),
    ("La police a arrêté une dizaine de personnes après un rassemblement devant le siège du parti à Niamey.", INT),
    # gardiens, milices de village
    ("Des hommes armés ont attaqué les gardiens du village de Tondibi, tuant deux d'entre eux.", CLA),
    ("Des jihadistes ont affronté la milice villageoise de Sofara pendant plusieurs heures.", CLA),
    ("Des Volontaires pour la défense de la patrie ont repoussé une attaque de terroristes contre le village de Tanwalbougou.", CLA),
    # barrages, pneus brûlés
    ("Des jeunes ont brûlé des pneus et barricadé la route nationale à Kindia pour protester contre les coupures d'électricité.", VIO),
    ("Des commerçants ont bloqué l'accès au marché central de Cotonou pour dénoncer une hausse des taxes.", PEA),
    ("Des conducteurs de taxi-moto ont érigé des barricades de pneus enflammés à Bangui.", VIO),
    ("Des manifestants bloquent la route de l'aéroport à Antananarivo", PEA),
    # nombres en lettres, adjectifs de nationalité
    ("Deux cents enseignants ont manifesté mardi à Libreville pour réclamer leurs arriérés de salaire.", PEA),
    ("L'armée malienne a repris la localité de Tessit aux jihadistes.", GOV),
    ("Des soldats burkinabè ont tué huit jihadistes lors d'un accrochage près de Djibasso.", CLA),
    ("L'armée nigérienne a neutralisé une trentaine de terroristes lors de combats près de Diffa.", CLA),
    ("Quatre mille personnes ont défilé à Dakar contre la vie chère.", PEA),
    # pillages
    ("Des hommes armés ont pillé le centre de santé de Kouango.", LOO),
    ("Des militaires ont saccagé et pillé des boutiques à Bossangoa.", LOO),
    # violences sexuelles
    ("Trois femmes ont été violées par des hommes armés près de Kalehe.", SEX),
    ("Des miliciens ont violé une adolescente dans le territoire de Djugu.", SEX),
    # enlèvements
    ("Des hommes armés ont enlevé le chef du village de Dogo dans la nuit de lundi.", ABD),
    ("Un prêtre a été kidnappé par des inconnus sur l'axe Beni-Kasindi.", ABD),
    ("Cameroun : douze élèves enlevés par des séparatistes à Bamenda", ABD),
    # grenades
    ("Une grenade lancée dans un bar de Bujumbura a blessé six personnes.", GRE),
    ("Des inconnus ont jeté une grenade sur une patrouille de police à Gitega.", GRE),
    # obus, roquettes
    ("Des obus tirés par les rebelles sont tombés sur un quartier de Goma, tuant deux civils.", ART),
    ("L'armée a pilonné à l'artillerie lourde les positions du M23 près de Kibumba.", ART),
    ("Des roquettes ont frappé le camp de la mission de l'ONU à Kidal.", ART),
    # reprises, prises
    ("Les FARDC ont reconquis la cité de Rubaya, occupée par les rebelles.", GOV),
    ("Tchad : l'armée reprend le contrôle de la localité de Ngouboua", GOV),
    ("Les rebelles de la CPC se sont emparés de la ville de Bouar.", NSA),
    ("Des jihadistes ont pris le contrôle du poste de Boulkessi après de violents combats.", NSA),
    # accords
    ("Le gouvernement et les rebelles ont signé un accord de cessez-le-feu à Khartoum.", AGR),
    ("Deux communautés rivales ont conclu un pacte de non-agression à Ménaka.", AGR),
    # bases
    ("Des hommes armés ont installé une base dans la forêt de Kabonga.", HQ),
    ("Le groupe a établi son quartier général dans l'ancienne préfecture de Ndélé.", HQ),
    # arrestations
    ("La police a arrêté un journaliste à son domicile à Conakry.", ARR),
    ("Les gendarmes ont interpellé cinq présumés trafiquants d'armes à Kayes.", ARR),
    # armes neutralisées
    ("Les démineurs ont désamorcé un engin explosif sur la route de Gao.", DIS),
    ("Les forces de sécurité ont saisi un important stock d'armes dans une maison de Maroua.", DIS),
    # les autres
    ("Un kamikaze s'est fait exploser près d'un marché de Mora, tuant six personnes.", SUI),
    ("Une frappe de drone a tué cinq combattants jihadistes près de Tin-Zaouatène.", AIR),
    ("Des manifestants ont été tués par balles par la police lors d'une marche à Conakry.", EXF),
    ("Un véhicule militaire a sauté sur une mine près de Gossi.", REM),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
    # the three road blocks with no violence pass since h-case20 (events._blocks_no_roads, test_event_blind_case_style15)
}

# controls written after the first run, while fixing: what the new rules must do and leave alone
CONTROLS: list[tuple[str, str, str]] = [
    # a gathering needs people as who gathered, and no object gathered
    ("Women gathered firewood near the camp in Dikwa.", "en", NONE),
    ("Two hundred soldiers assembled at the barracks in Kindu.", "en", NONE),
    # what people gather for may be no protest's purpose (events_<lang>.GATHERING_OCCASIONS)
    ("Hundreds of worshippers gathered for Friday prayers at the central mosque in Kano.", "en", NONE),
    ("Des centaines de fidèles se sont rassemblés pour la prière à la grande mosquée de Niamey.", "fr", NONE),
    ("Hundreds of residents gathered outside the governor's office in Jos.", "en", PEA),
    ("Des centaines d'habitants se sont rassemblés devant le gouvernorat de Gabès.", "fr", PEA),
    # an arrest after a gathering is its intervention; an arrest after another act stays an arrest
    ("Police arrested 15 people after a gathering outside the electoral commission in Lusaka.", "en", INT),
    ("Police arrested two men after a robbery at a bank in Lusaka.", "en", ARR),
    # a road blocked by a crowd is a protest; one road blocked with no violence told, a peaceful one in both languages
    # (h-case20: 'block' / « bloquer » are a riot's manner only for roads in the plural); halted traffic is no
    # intervention
    ("Residents blocked the road to the airport in Kolwezi on Monday.", "en", PEA),
    ("Des habitants ont bloqué la route de l'aéroport à Kolwezi lundi.", "fr", PEA),
    ("Villagers blocked the highway with burning tyres near Kasese.", "en", VIO),
    ("Police halted a march of opposition supporters in Lusaka.", "en", INT),
    ("Des habitants ont érigé des barricades sur la route de Kalemie.", "fr", VIO),
    # the guards of a village are a militia; a bank's guard is a civilian
    ("Gunmen killed a security guard at a bank in Kano.", "en", ATT),
    ("Bandits killed three village guards in an ambush near Gusau.", "en", CLA),
    # soldiers who ransack property destroy it; a crowd that ransacks riots
    ("Des manifestants ont saccagé le siège du parti au pouvoir à Dakar.", "fr", VIO),
    # weapons a search turned up; ground taken back by the army
    ("The search turned up three rifles and a box of ammunition, police said.", "en", DIS),
    ("Troops took back the town of Damboa from Boko Haram.", "en", GOV),
]


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS))
def test_blind_case_style14_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style14_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR}
    assert set(XFAIL) <= texts
