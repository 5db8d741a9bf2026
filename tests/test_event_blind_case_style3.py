"""A third blind check of the event typing, CASE-2021 / ACLED style (issue 3): English and French
snippets in the styles of regional newspapers of South Asia, Africa, Latin America and the Middle East
(a headline and one sentence, a sentence alone, a headline alone), written in one sitting on 2026-12-04
(21:47-22:05 UTC) before bilan was run on them, spread over all 25 ACLED sub-event types and weighted to
the error classes the first two sets left: violence told in a clause the parser hangs elsewhere
(a clause of time or a relative heading the sentence); participle doers ("gunmen riding motorbikes",
"troops backed by"); parties known only by their acronyms clashing (mob violence); a march with no
protest word ("thousands marched through the capital"); withdrawal without a withdrawal word ("pulled
out of", "handed over the base"); "striking doctors" (workers on strike, not a military strike);
headlines (short, often no verb). Labelled after the ACLED codebook's sub-event definitions before the
first run; typed as the CASE 2021 adapter types them.

Read 147/177 on the first run (EN 110/132, FR 37/45); 168/177 now (EN 125/132, FR 43/45). Fixed by general
rules (EN and FR lexicons): a participle that describes people ("striking nurses", "dozens of striking
doctors") is workers on strike, no military strike, and makes them protesters ("grévistes" too); a road
blocked by a crowd (not by troops or police) is a protest; a headline's reduced passive names what was
done in its subject or the noun it describes ("Curfew imposed in Imphal", "Protests banned in Dakar",
"Couvre-feu instauré à Goma", "Mass grave found"), and a discovery noun subject of the verb finds it
("Exhumations began at a mass grave"); an organisation's rank and file named before them or in their
"of" complement ("PTI and PML-N workers", "Awami League and BNP activists") are partisans, and "come to
blows" is their fight; a French clitic before an inflected verb matches its pronominal trigger
("s'affrontent", "s'empare"); transitive « affronter » / "confront" with an armed object is a clash; a
base or camp handed ("hand", « rétrocéder », « remettre ») is a non-violent transfer; "reclaimed
control"; a count's "of" complement names who was acted on ("executed 11 of them"); a group's "political
chief" is a leader; a side ending its truce is a change to its activity, no agreement; force that killed
"to death" is lethal; a weapon named with a nation's demonym ("a Turkish drone", « un drone turc ») has
an armed side. The rest are strict xfails with their reasons.
After the headline re-parse of h-headparse ("SDF hands Manbij villages": a verb read as a noun parsed again as
a verb): 169/177 (EN 126/132).
Later (h-case9, fourth blind set): "a group of armed men" is who did it, not a fallen side; students who
fought as "rival groups" are a crowd; an armed side that "left the airbase" handed it over; « des militants
de l'UPC » are a party's members; with both rounds merged, 173/177 now (EN 129/132, FR 44/45).
"""

from __future__ import annotations

import pytest
from extracting import (
    ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH,
    PEA, REM, SEX, SUI, VIO, lead_type,
)
from test_event_blind_case_style2 import _params, control_params

EN = [
    # armed clash
    ("Gunmen riding motorbikes engaged troops in a fierce gunfight near Zurmi on Sunday, with casualties on both sides, the army said.", CLA),
    ("Troops backed by Wagner fighters battled JNIM militants for several hours outside Dioura, Malian officials said.", CLA),
    ("Heavy exchange of fire in Lakki Marwat\nSecurity forces and militants traded fire for four hours after the militants attacked a police station late on Tuesday, officials said.", CLA),
    ("Clashes between Fano militia and federal army in Gondar", CLA),
    ("Two soldiers and a dozen insurgents were killed when fighters of the Islamic State in the Greater Sahara, who had attacked an army post near Tillia, were pushed back after a two-hour battle.", CLA),
    ("Officials say that, as the villagers fled, soldiers and rebels fought street by street in Kamanyola for most of the day.", CLA),
    ("Rival factions of the Rapid Support Forces exchanged fire in Nyala market, leaving at least seven fighters dead.", CLA),
    ("Colombian army, FARC dissidents clash in Cauca; four soldiers killed", CLA),
    ("Fighting between the ELN and the Clan del Golfo displaced hundreds of families in southern Bolivar this week, the ombudsman said.", CLA),
    ("Bannu police station attacked\nMilitants attacked the Bakakhel police station overnight, sparking a two-hour gunfight with officers.", CLA),
    # attack
    ("Gunmen riding motorbikes stormed the village of Kadisau in Zamfara State, shooting dead 18 residents as they prayed, a local official said.", ATT),
    ("Villagers mourn 12 killed by bandits in Sokoto", ATT),
    ("Terror in Kasai\nMilitiamen armed with machetes killed at least 20 displaced people in a camp near Tshikapa overnight, the UN said.", ATT),
    ("When the gunmen arrived, they separated the men from the women and executed 11 of them by the roadside, a survivor told reporters.", ATT),
    ("Police said that a group of armed men, who had been hiding in a sugarcane field, opened fire on a wedding party in Bannu, killing seven.", ATT),
    ("Soldiers killed four civilians at a checkpoint near Mopti after their car failed to stop, a rights group said.", ATT),
    ("Armed men in military fatigues execute village chief in Ituri", ATT),
    # mob violence
    ("ZANU-PF and CCC supporters clash in Chitungwiza, several injured", MOB),
    ("PTI and PML-N workers came to blows outside a polling station in Gujranwala, injuring 11, police said.", MOB),
    ("Awami League and BNP activists clashed with sticks and brick chunks in Feni on Thursday, leaving 30 injured.", MOB),
    ("A mob beat to death a man accused of stealing a phone in Lagos's Ikeja district on Sunday, witnesses said.", MOB),
    ("Mob lynches suspected kidnapper in Ondo", MOB),
    ("Residents angered by a spate of thefts set upon two suspected robbers, beating them and setting them on fire.", MOB),
    ("Rival groups of students fought with stones and sticks at Dhaka University after a dispute over hall seats, injuring 25.", MOB),
    ("A crowd torched the home of a man accused of blasphemy in Sargodha and beat his son, police said.", MOB),
    # violent demonstration
    ("Protesters torched vehicles and stoned police in Nairobi's Kibera during demonstrations against the finance bill on Tuesday.", VIO),
    ("Fuel price protests turn violent in Lagos\nDemonstrators set up burning barricades and looted shops in the Ikorodu area.", VIO),
    ("Demonstrators angry over power cuts attacked the offices of the electricity company in Karachi, smashing windows.", VIO),
    ("Thousands marched through the streets of Dhaka demanding the resignation of the government, torching buses and attacking police posts.", VIO),
    ("Residents protesting the death of a youth in police custody burned down a police station in Arusha.", VIO),
    ("Striking miners blocked roads and set fire to the offices of the mining company in Kolwezi.", VIO),
    # protest with intervention
    ("Police arrested 40 striking doctors during a march to parliament in Nairobi.", INT),
    ("Thousands marched through the capital to demand fresh elections before police blocked them with water cannon near the presidential palace in Tegucigalpa.", INT),
    ("Police disperse striking nurses in Harare", INT),
    ("Riot police detained dozens of Baloch women staging a sit-in in Quetta to demand information on missing relatives.", INT),
    ("Teachers demanding unpaid wages marched on the education ministry in Bangui; gendarmes fired tear gas to disperse them.", INT),
    ("Security forces broke up a march by relatives of disappeared people in Mexico City's Zocalo, detaining 12.", INT),
    ("Police in La Paz used tear gas to disperse coca growers who marched through the capital against a new law.", INT),
    # excessive force against protesters
    ("Police shot dead two striking mine workers during a demonstration in Marikana, union leaders said.", EXF),
    ("Soldiers opened fire on thousands who marched through Mandalay, killing at least five.", EXF),
    ("Three killed as police fire on protesters in Kenema", EXF),
    ("Security forces killed 12 demonstrators who had gathered in front of the governor's office in Kassala to demand his removal.", EXF),
    ("A student was beaten to death by police who broke up a sit-in at Ayacucho's university.", EXF),
    # peaceful protest
    ("Thousands marched through Caracas on Saturday to demand the release of political prisoners.", PEA),
    ("Striking doctors held a sit-in at the Mayo Hospital in Lahore on Monday to demand security at hospitals.", PEA),
    ("Garment workers block highway in Gazipur over unpaid wages", PEA),
    ("Families of missing persons marched from Quetta to Islamabad, reaching the capital after 27 days.", PEA),
    ("Farmers' rally in Amritsar\nMembers of the Kisan Mazdoor Sangharsh Committee gathered outside the deputy commissioner's office to demand compensation for flood damage.", PEA),
    ("Striking teachers march in Freetown", PEA),
    # looting/property destruction
    ("Gunmen riding motorbikes burned down the market in Maru and carted away food, residents said.", LOO),
    ("Bandits torch 30 houses in Katsina village", LOO),
    ("Settlers set fire to a mosque in the village of Deir Dibwan overnight, damaging its entrance.", LOO),
    ("Soldiers demolished the homes of the families of the two attackers in Jenin on Thursday.", LOO),
    ("Unidentified men vandalised the statue of a Dalit leader in Tamil Nadu's Tirunelveli district.", LOO),
    # non-state actor overtakes territory
    ("Gunmen riding pickup trucks overran the town of Djibasso and raised their flag over the gendarmerie after a morning of fighting with soldiers.", NSA),
    ("M23 takes Rubaya mining town", NSA),
    ("Houthi forces captured the district of Harib in Shabwa after heavy fighting with government forces.", NSA),
    ("ISWAP takes over Malam Fatori after fierce battle with troops", NSA),
    ("Fighters of the Arakan Army seized the town of Paletwa after overrunning the last army positions, the group said.", NSA),
    # government regains territory
    ("Troops backed by air support retook the town of Dukou from JNIM fighters on Friday, the army said.", GOV),
    ("Army recaptures Gwoza from Boko Haram", GOV),
    ("Somali forces backed by clan militias liberated the town of Moqokori from al-Shabaab.", GOV),
    ("Colombian troops reclaimed control of El Plateado from FARC dissidents after a three-week operation.", GOV),
    ("Philippine troops drove Abu Sayyaf fighters out of their stronghold in Patikul after a week-long offensive.", GOV),
    # non-violent transfer of territory
    ("French troops handed over the Gossi base to the Malian army on Tuesday.", NVT),
    ("Ethiopian troops pulled out of several towns in the Bakool region and al-Shabaab fighters moved in within hours.", NVT),
    ("UN peacekeepers handed over the Tessalit camp to the Malian armed forces ahead of their departure.", NVT),
    ("The Russian military left the airbase at Qamishli, and Syrian government troops took over the facility.", NVT),
    ("Rebels pulled out of the town of Kiwanja on Friday under the terms of the Luanda roadmap, and the army entered without resistance.", NVT),
    ("Kenyan troops handed over their forward operating base in Kolbiyow to the Somali National Army.", NVT),
    ("Taliban fighters walked into the governor's compound in Ghazni after local officials handed over the city.", NVT),
    ("SDF hands Manbij villages to Syrian army", NVT),
    # arrests
    ("Police arrest 20 PTI workers in Lahore crackdown", ARR),
    ("Troops backed by police detained 15 suspected Boko Haram informants in a raid on Bama, the army said.", ARR),
    ("Rwandan authorities arrested an opposition politician at Kigali airport as she returned from exile.", ARR),
    ("Bolivian police detained the former interior minister in Santa Cruz on charges of terrorism.", ARR),
    ("Sri Lankan police arrested four Tamil youths under the Prevention of Terrorism Act in Jaffna.", ARR),
    # abduction/forced disappearance
    ("Gunmen riding motorbikes abducted 30 students from a school in Kebbi State on Thursday, police said.", ABD),
    ("Gunmen kidnap Catholic priest in Enugu", ABD),
    ("A journalist who criticised the army was picked up by men in plain clothes in Islamabad and has not been heard from since.", ABD),
    ("Armed men abducted a ward councillor from his home in Tando Allahyar on Monday night.", ABD),
    ("ELN guerrillas kidnapped two soldiers near Saravena, the army said.", ABD),
    # sexual violence
    ("Soldiers raped at least 16 women in the village of Minova, the UN said.", SEX),
    ("Militiamen accused of raping displaced women near Bunia", SEX),
    ("A teenage girl was gang-raped by members of a militia in Darfur's El Geneina, her family said.", SEX),
    ("Men in army uniform sexually assaulted two women at a checkpoint near Adigrat.", SEX),
    # air/drone strike
    ("Pakistani jets strike TTP hideouts in Paktika", AIR),
    ("A Turkish drone hit a car carrying YPG commanders near Kobani, killing two.", AIR),
    ("Israeli warplanes struck a house in Rafah overnight, killing 13 people, Gaza health officials said.", AIR),
    ("Sudanese army aircraft bombed a market in Nyala on Friday, killing at least 30 people.", AIR),
    ("As displaced families gathered at the food distribution point in Pauktaw, a military jet dropped two bombs on the crowd, killing 17.", AIR),
    # shelling/artillery/missile attack
    ("RSF shelling kills 12 in El Fasher", ART),
    ("Indian and Pakistani troops exchanged mortar fire along the Line of Control in Poonch.", ART),
    ("Rockets fired from Gaza struck a house in Sderot, wounding two.", ART),
    ("The Houthis fired a missile at a commercial ship in the Red Sea, the US Central Command said.", ART),
    ("Russian artillery shelled Kherson's central market on Saturday morning, killing six civilians.", ART),
    # remote explosive/landmine/IED
    ("IED blast kills three policemen in Dera Ismail Khan", REM),
    ("A roadside bomb struck a police vehicle in Quetta, killing two officers.", REM),
    ("Three children were killed when a landmine they were playing with exploded in Kandahar.", REM),
    ("A car bomb went off near a checkpoint in Mogadishu's Hodan district, killing at least five people.", REM),
    ("Maoists blew up a police vehicle with a landmine in Bijapur, killing nine.", REM),
    # suicide bomb
    ("Suicide bomber kills 20 at mosque in Peshawar", SUI),
    ("A female suicide bomber blew herself up at a checkpoint in Konduga, killing five.", SUI),
    ("A suicide car bomb rammed into an army base in Gao, wounding 10 peacekeepers.", SUI),
    ("An attacker wearing an explosive vest detonated it at a rally in Bajaur, killing 54.", SUI),
    # grenade
    ("Grenade attack on police post in Pulwama", GRE),
    ("Militants hurled a grenade at a CRPF bunker in Sopore, injuring three personnel.", GRE),
    ("A grenade thrown at a political rally in Dhaka injured 20 party workers.", GRE),
    ("Two people were wounded when a grenade was lobbed into a bar in Bujumbura.", GRE),
    # chemical weapon
    ("Syrian government helicopters dropped chlorine bombs on Douma, according to witnesses.", CHE),
    ("Rebels accused the army of using chemical weapons in Kachin state, a claim it denied.", CHE),
    ("Chlorine attack reported in Idlib village", CHE),
    ("An OPCW report said sarin was used in an attack on Khan Shaykhun.", CHE),
    # disrupted weapons use
    ("Security forces defused a bomb planted near a school in Imphal.", DIS),
    ("Army recovers arms cache in Poonch forest", DIS),
    ("Israeli air defences intercepted a drone launched from Lebanon.", DIS),
    ("Police seized 20 rifles and a rocket launcher from a house in Tumaco.", DIS),
    # headquarters or base established
    ("JNIM fighters set up a camp in the forest near Koulikoro, residents said.", HQ),
    ("The Arakan Army established a new base in Kyauktaw township.", HQ),
    ("Al-Shabaab sets up base near Afgoye", HQ),
    # agreement
    ("Government, ELN sign ceasefire deal in Havana", AGR),
    ("The army and the Karen National Union agreed to a temporary truce to allow aid deliveries.", AGR),
    ("200 Boko Haram fighters surrender to troops in Borno", AGR),
    ("Rebels and the army exchanged 30 prisoners under a deal brokered by the ICRC.", AGR),
    # change to group/activity
    ("Curfew imposed in Imphal after clashes", CHG),
    ("Authorities extended the curfew in Kasese for another week.", CHG),
    ("The TTP announced it was ending its ceasefire with the government.", CHG),
    ("Protests banned in Dakar ahead of opposition rally", CHG),
    ("Hamas named a new political chief on Tuesday.", CHG),
    # other
    ("Mass grave found in Ituri village", OTH),
    ("Military seizes power in Niger", OTH),
    ("Exhumations began at a mass grave near Izium containing more than 400 bodies.", OTH),
]

FR = [
    ("Des hommes armés à moto ont attaqué le village de Seytenga, tuant une trentaine de civils.", ATT),
    ("Des hommes armés circulant à moto ont tué cinq personnes dans un marché près de Fada N'Gourma.", ATT),
    ("Massacre à Djugu : 20 civils tués", ATT),
    ("Lorsque les assaillants sont arrivés au village, ils ont abattu onze hommes devant leurs familles.", ATT),
    ("Les FARDC et le M23 s'affrontent près de Sake", CLA),
    ("Des soldats appuyés par des supplétifs ont affronté des jihadistes près de Djibo pendant plusieurs heures.", CLA),
    ("Accrochage entre l'armée et des hommes armés à Ménaka", CLA),
    ("Des militants de l'UPC et du MPP se sont affrontés à coups de pierres à Ouagadougou.", MOB),
    ("Des partisans du RHDP et du PPA-CI se sont battus à la machette à Yopougon, faisant deux morts.", MOB),
    ("Une foule a lynché un présumé voleur de moto à Bouaké.", MOB),
    ("Des milliers de personnes ont défilé dans les rues de Bamako pour réclamer le départ de la Minusma.", PEA),
    ("Des médecins grévistes ont observé un sit-in devant le ministère de la Santé à Dakar.", PEA),
    ("Marche des enseignants grévistes à Libreville", PEA),
    ("La police a dispersé à coups de gaz lacrymogène des enseignants grévistes qui marchaient vers la présidence à Niamey.", INT),
    ("Des centaines de personnes ont marché vers le palais présidentiel avant d'être dispersées par la police à coups de gaz lacrymogène.", INT),
    ("Grève des médecins : la police disperse un sit-in à Bamako", INT),
    ("Les forces de l'ordre ont tiré sur des manifestants à Kindia, faisant deux morts.", EXF),
    ("Deux manifestants tués par balles à Conakry", EXF),
    ("Des manifestants ont incendié des véhicules et saccagé des commerces à Kinshasa pour dénoncer l'insécurité.", VIO),
    ("Les soldats français ont remis la base de Gao à l'armée malienne.", NVT),
    ("La Minusma a rétrocédé le camp de Tessalit aux FAMa.", NVT),
    ("Les rebelles ont cédé le contrôle de la ville de Kiwanja à la force régionale.", NVT),
    ("Les rebelles se sont retirés de Kitshanga, où l'armée est entrée sans combattre.", NVT),
    ("Les FAMa reprennent Kidal", GOV),
    ("L'armée appuyée par des hélicoptères a délogé les terroristes de la localité de Solenzo.", GOV),
    ("Le JNIM s'empare de Boni après des combats", NSA),
    ("Des hommes armés ont incendié une église et une dizaine de maisons à Kaya.", LOO),
    ("Enlèvement d'un prêtre à Ségou", ABD),
    ("Des hommes armés à moto ont enlevé une vingtaine de femmes qui ramassaient du bois près d'Arbinda.", ABD),
    ("Un journaliste arrêté par la police à Niamey", ARR),
    ("La gendarmerie a interpellé trois opposants à Lomé pour « trouble à l'ordre public ».", ARR),
    ("Frappe de drone sur un marché à Bourem", AIR),
    ("L'aviation militaire a bombardé des positions terroristes près de Tin-Zaouatene, tuant une vingtaine de combattants.", AIR),
    ("Des obus sont tombés sur le quartier de Mugunga, faisant trois morts.", ART),
    ("Un engin explosif improvisé a tué quatre soldats près de Tessit.", REM),
    ("Attentat-suicide à Maiduguri : 12 morts", SUI),
    ("Une grenade lancée dans un bar de Bangui fait trois morts", GRE),
    ("Couvre-feu instauré à Goma après des violences", CHG),
    ("Le gouvernement a suspendu les activités des partis politiques jusqu'à nouvel ordre.", CHG),
    ("Les rebelles et le gouvernement ont signé un cessez-le-feu à Doha.", AGR),
    ("Des militaires ont violé plusieurs femmes lors d'une opération dans le village de Kalehe.", SEX),
    ("Les forces de sécurité ont désamorcé un engin explosif près de l'école de Mora.", DIS),
    ("Le groupe armé a installé un camp près de la frontière, d'où il lance des attaques contre les villages.", HQ),
    ("Découverte d'une fosse commune près de Bossangoa", OTH),
    ("Des témoins accusent l'armée d'avoir utilisé du gaz chloré contre des civils à Douma.", CHE),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
    "Residents angered by a spate of thefts set upon two suspected robbers, beating them and setting them on fire.":
        "the model hangs 'set upon' on 'thefts' as a participle ('a spate of thefts set upon ...'), so the act is no "
        "clause of its own, and 'setting them on fire' is split by its object",
    "ISWAP takes over Malam Fatori after fierce battle with troops":
        "the town's name is unknown to the gazetteer and tagged a person: 'takes over' has no territory object, and "
        "the battle it came after is the only event",
    # (« Des partisans du RHDP et du PPA-CI se sont battus ... » was a strict xfail until the parse stopped cutting
    # « PPA-CI » in two: nlp.paragraph_breaks keeps a word right after a word in its sentence)
}


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style3_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR}
    assert set(XFAIL) <= texts


def test_every_acled_type_has_four_snippets():
    from collections import Counter

    counts = Counter(label for _, label in EN + FR)
    assert len(counts) == 25 and min(counts.values()) >= 4


# controls for the rules this set led to (written with them at 22:14 UTC, before running bilan on them): the
# same cue words where they tell another event or none. First run 11/12: the drone industry was read as a
# drone strike; a weapon that qualifies another noun is no national weapon now, but the "aircraft" it
# exported is an air strike trigger of its own (an older rule, with no act asked for): a strict xfail, a pass since
# a weapon told as received, bought or sold is no act (events._weapon_taken_delivery, from
# tests/test_air_forces_and_aircraft.py): 12/12
CONTROLS = [
    ("Police blocked the road to the airport for several hours on Monday.", "en", "NONE"),
    ("Les policiers ont bloqué la route de l'aéroport pendant plusieurs heures.", "fr", "NONE"),
    ("Des ouvriers ont bloqué la route nationale pour réclamer leurs salaires impayés.", "fr", PEA),
    ("Hundreds of striking workers marched to parliament in Accra to demand higher wages.", "en", PEA),
    ("Le gouvernement affronte une grave crise économique depuis deux ans.", "fr", "NONE"),
    ("Troops confronted the militants near the border on Sunday, killing three of them.", "en", CLA),
    ("The army named a new spokesman on Tuesday.", "en", "NONE"),
    ("The rebels handed the town to government forces on Friday under the peace deal.", "en", NVT),
    ("Un drone turc a frappé un véhicule près de Kobané, tuant deux personnes.", "fr", AIR),
    ("The Turkish drone industry exported more than 200 aircraft last year.", "en", "NONE"),
    ("The two sides agreed to end the fighting and signed a ceasefire in Addis Ababa.", "en", AGR),
    ("L'armée et les rebelles s'affrontaient depuis l'aube près de Kitchanga.", "fr", CLA),
    # written at 22:50 UTC after the RHDP snippet's parse failure, before the rule: the partisan rules in French on
    # a clean parse (first run 1/2: « se battre » asked for an armed side; 2/2 with « se battre » of partisans)
    ("Des militants du RHDP et du PDCI se sont affrontés à coups de pierres à Abobo.", "fr", MOB),
    ("Des partisans du RHDP et du PDCI se sont battus à la machette à Yopougon.", "fr", MOB),
]
CONTROL_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS, CONTROL_XFAIL))
def test_blind_case_style3_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected
