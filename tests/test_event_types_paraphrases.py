"""A generalisation check for ACLED sub-event typing: for each of the 25 sub-event types, sentences
of our own written from the ACLED codebook definitions (not from CASE 2021 snippets) before any rule
was changed for them (first batch: 201/229 on main, 223/229 after): varied verbs, active and passive voice, nominalisations, headline style and
ACLED-like snippets with places and actors, in English and French. The snippet's type is the lead
incident's, as the CASE 2021 adapter reads it. A sentence we could not make pass stays as a
non-strict xfail with its reason."""

import datetime as dt

import pytest
from extracting import lead_type, xfail_cases

PUB = dt.date(2021, 5, 4)


AIR = "Air/drone strike"
SUI = "Suicide bomb"
ART = "Shelling/artillery/missile attack"
REM = "Remote explosive/landmine/IED"
GRE = "Grenade"
CHE = "Chemical weapon"
SEX = "Sexual violence"
ATT = "Attack"
ABD = "Abduction/forced disappearance"
CLA = "Armed clash"
GOV = "Government regains territory"
NSA = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
PEA = "Peaceful protest"
INT = "Protest with intervention"
EXF = "Excessive force against protesters"
VIO = "Violent demonstration"
MOB = "Mob violence"
AGR = "Agreement"
ARR = "Arrests"
CHG = "Change to group/activity"
DIS = "Disrupted weapons use"
HQ = "Headquarters or base established"
LOO = "Looting/property destruction"
OTH = "Other"

EN = [
    # air/drone strikes
    ("Warplanes struck a rebel training camp in the north, killing 14 fighters.", AIR),
    ("A US drone strike killed a senior al-Shabaab commander near Jilib on Tuesday.", AIR),
    ("Russian jets carried out several air raids on villages in southern Idlib.", AIR),
    ("Airstrikes by the coalition hit a weapons depot held by the Houthis.", AIR),
    ("Military helicopters pounded militant hideouts in the forest, officials said.", AIR),
    ("A house in the town was destroyed in an aerial attack by government planes.", AIR),
    ("Fighter jets bombed positions of the armed group for a second day.", AIR),
    ("Drone Strike Kills Three Militants In North Waziristan", AIR),
    # suicide bombs
    ("A suicide bomber blew himself up at a checkpoint, killing five policemen.", SUI),
    ("Twelve worshippers died when an attacker detonated an explosive vest inside the mosque.", SUI),
    ("A car bomb driven by a suicide attacker rammed into a military convoy.", SUI),
    ("Two female suicide bombers struck a crowded market in Maiduguri.", SUI),
    ("The attacker detonated his suicide belt near the entrance of the hotel.", SUI),
    ("Suicide Bombing At Wedding Hall Kills 20", SUI),
    ("A suicide car bombing targeted an army base on Sunday, leaving seven soldiers dead.", SUI),
    # shelling, artillery, missiles
    ("Government forces shelled the rebel-held town overnight, killing two civilians.", ART),
    ("Mortar rounds landed on a residential neighbourhood, wounding six people.", ART),
    ("Militants fired rockets at the airport, damaging a runway.", ART),
    ("Artillery fire hit several houses in the village.", ART),
    ("A ballistic missile struck the city's oil facility.", ART),
    ("Separatists bombarded army positions with heavy artillery.", ART),
    ("Two mortar shells fell near the presidential palace.", ART),
    ("Several Katyusha rockets were launched towards the Green Zone.", ART),
    # remote explosives, landmines, IEDs
    ("A roadside bomb exploded near a police patrol, wounding three officers.", REM),
    ("An improvised explosive device killed four soldiers in the province.", REM),
    ("A civilian vehicle hit a landmine, killing a woman and her child.", REM),
    ("A bomb planted under a car went off in the city centre.", REM),
    ("Militants detonated an IED as a military convoy passed.", REM),
    ("Two children were injured when an unexploded shell they had found exploded.", REM),
    ("A remotely detonated bomb targeted the convoy of the governor.", REM),
    ("Car Bomb Explodes Outside Hotel In Mogadishu", REM),
    # grenades
    ("Unknown assailants hurled a grenade at a police station, injuring two officers.", GRE),
    ("A hand grenade was thrown into a crowded bar, wounding 11 people.", GRE),
    ("A grenade attack on a shop left three people dead.", GRE),
    ("An attacker lobbed a grenade into the compound of a politician.", GRE),
    ("Two grenades exploded near the market after being tossed from a motorbike.", GRE),
    ("Grenade Attack On Army Camp Injures Soldier", GRE),
    # chemical weapons
    ("Government forces used chlorine gas in an attack on the town, activists said.", CHE),
    ("Dozens of people suffered symptoms of sarin exposure after a rocket attack.", CHE),
    ("A chemical attack killed at least 40 people in Douma.", CHE),
    ("Investigators concluded that toxic gas was dropped on the neighbourhood.", CHE),
    ("Canisters of chlorine were dropped by helicopters on the district.", CHE),
    ("The OPCW said nerve agents were used against civilians in the village.", CHE),
    # sexual violence
    ("Soldiers raped two women in the village, a rights group said.", SEX),
    ("A girl was sexually assaulted by members of the militia.", SEX),
    ("Armed men gang-raped a woman returning from the market.", SEX),
    ("Rebels are accused of sexual violence against displaced women in the camp.", SEX),
    ("A 14-year-old girl was raped by a police officer in the town.", SEX),
    ("Militiamen subjected detainees to sexual abuse.", SEX),
    ("A teenage girl was molested by a soldier at a checkpoint.", SEX),
    # attacks on civilians
    ("Gunmen killed five villagers in an attack on their village.", ATT),
    ("Unidentified armed men shot dead a farmer in his field.", ATT),
    ("Militants stabbed a civilian to death near the market.", ATT),
    ("Bandits opened fire on a bus, killing three passengers.", ATT),
    ("A local journalist was murdered by unknown attackers.", ATT),
    ("Soldiers beat and killed a civilian at a checkpoint.", ATT),
    ("Herders attacked farmers in the district, leaving 10 dead.", ATT),
    ("Boko Haram fighters massacred 20 fishermen on Lake Chad.", ATT),
    ("An aid worker was assassinated by gunmen in the city.", ATT),
    # abduction, forced disappearance
    ("Gunmen kidnapped 30 students from a school in the state.", ABD),
    ("A priest was abducted by armed men on his way home.", ABD),
    ("Militants took several aid workers hostage.", ABD),
    ("The journalist disappeared after being picked up by unidentified men.", ABD),
    ("Kidnappers abducted a businessman and demanded a ransom.", ABD),
    ("Two foreigners were seized by militants near the border.", ABD),
    ("Abduction Of Three Teachers By Bandits Sparks Outrage", ABD),
    # armed clashes
    ("Troops clashed with militants near the border, leaving 10 fighters dead.", CLA),
    ("Fighting broke out between the army and rebels in the district.", CLA),
    ("Soldiers repelled an attack by jihadists on their base, killing 15 assailants.", CLA),
    ("Security forces engaged the insurgents in a gun battle that lasted hours.", CLA),
    ("Two rival militias fought over the control of the market.", CLA),
    ("Heavy clashes erupted between government forces and the separatists.", CLA),
    ("Militants attacked a military post, killing three soldiers.", CLA),
    ("An exchange of gunfire between police and armed robbers left two dead.", CLA),
    ("Gunmen ambushed an army patrol, killing four soldiers.", CLA),
    # government regains territory
    ("The army recaptured the town from the rebels after days of fighting.", GOV),
    ("Government forces regained control of the district held by militants.", GOV),
    ("Troops liberated three villages from the jihadists.", GOV),
    ("The town was retaken by security forces on Monday.", GOV),
    ("Soldiers drove the insurgents out of the area and took control of it.", GOV),
    ("The recapture of the city by the army ended months of rebel rule.", GOV),
    ("Government troops seized back the border crossing from the militia.", GOV),
    # non-state actor overtakes territory
    ("Islamist militants seized control of the town on Saturday.", NSA),
    ("Al-Shabaab fighters took over the district headquarters.", NSA),
    ("The rebel group overran an army base and took control of the area.", NSA),
    ("Jihadists now control the town after seizing it from the army.", NSA),
    ("The militia captured two villages in the north.", NSA),
    ("Houthi rebels have taken the strategic city, residents said.", NSA),
    ("The town fell to the insurgents after a two-day assault.", NSA),
    # non-violent transfer of territory
    ("Government troops withdrew from the town, and rebels moved in without a fight.", NVT),
    ("The militia handed over control of the city to the army.", NVT),
    ("Rebels entered the town unopposed after soldiers pulled out.", NVT),
    ("The army took over the base peacefully after the armed group left.", NVT),
    ("The armed group withdrew from the area it had controlled for years.", NVT),
    ("Control of the airport was transferred to the national army.", NVT),
    # peaceful protests
    ("Hundreds of people marched through the capital to demand the release of political prisoners.", PEA),
    ("Teachers staged a protest outside the ministry over unpaid salaries.", PEA),
    ("Residents held a peaceful sit-in in front of the town hall.", PEA),
    ("Farmers rallied in the city centre against the new law.", PEA),
    ("Students protested on Monday against rising tuition fees.", PEA),
    ("Nurses went on strike demanding better working conditions.", PEA),
    ("A demonstration was held in the town to denounce insecurity.", PEA),
    ("Activists gathered outside parliament to oppose the bill.", PEA),
    # protest with intervention
    ("Police fired tear gas to disperse protesters demanding the resignation of the governor.", INT),
    ("Several demonstrators were arrested as police broke up a protest in the capital.", INT),
    ("Security forces dispersed a sit-in by unemployed graduates.", INT),
    ("Riot police used water cannon against protesters rallying against the government.", INT),
    ("Protesters were detained during a march in the city centre.", INT),
    ("Police prevented opposition supporters from marching and arrested 12 of them.", INT),
    # excessive force against protesters
    ("Security forces opened fire on protesters, killing three.", EXF),
    ("Police shot dead two demonstrators during a protest against fuel prices.", EXF),
    ("Soldiers fired live rounds at a crowd of peaceful protesters, wounding 15.", EXF),
    ("A protester was killed when police used live ammunition to disperse the rally.", EXF),
    ("Troops killed five people taking part in an anti-government march.", EXF),
    ("Dozens of protesters were seriously injured after police beat them with batons.", EXF),
    # violent demonstrations
    ("Protesters torched police vehicles and blocked roads with burning tyres.", VIO),
    ("Rioters clashed with police and threw stones at security forces.", VIO),
    ("Demonstrators vandalised shops and set fire to a government building.", VIO),
    ("Angry protesters stormed the police station after the death of a youth.", VIO),
    ("The protest turned violent as demonstrators pelted officers with stones.", VIO),
    ("Youths rioted in the town, looting shops and burning cars.", VIO),
    ("Protesters attacked the convoy of the minister with stones.", VIO),
    # mob violence
    ("A mob lynched a man accused of theft in the market.", MOB),
    ("Villagers beat to death a suspected thief.", MOB),
    ("An angry crowd set ablaze two suspected kidnappers.", MOB),
    ("Residents attacked and burned the house of a man accused of witchcraft.", MOB),
    ("A mob attacked a mosque and injured several worshippers.", MOB),
    ("Supporters of two rival candidates fought with machetes and sticks in the village.", MOB),
    # agreements
    ("The government and rebels signed a ceasefire agreement in the capital.", AGR),
    ("Warring parties agreed to a truce brokered by the UN.", AGR),
    ("The two sides exchanged prisoners as part of the peace deal.", AGR),
    ("A peace accord was concluded between the army and the armed group.", AGR),
    ("The militia and the government reached a deal to end the fighting.", AGR),
    ("Rival communities signed a non-aggression pact in the district.", AGR),
    # arrests
    ("Police arrested five suspects in connection with the killing.", ARR),
    ("A senior opposition leader was detained by security forces on Monday.", ARR),
    ("Authorities apprehended a militant commander in the city.", ARR),
    ("Soldiers rounded up dozens of young men during a raid.", ARR),
    ("The arrest of the mayor on corruption charges drew criticism.", ARR),
    ("Journalist Taken Into Custody By Police Over Critical Reporting", ARR),
    ("Security forces picked up three activists from their homes.", ARR),
    # change to group/activity
    ("Two rebel factions announced they would merge into a single movement.", CHG),
    # the codebook lists surrenders under Agreement (written here as a change to the group at first)
    ("Hundreds of militia fighters surrendered and handed in their weapons.", AGR),
    ("The army deployed additional troops to the region.", CHG),
    ("The armed group changed its name to the Islamic Front.", CHG),
    ("The militia pledged allegiance to the Islamic State.", CHG),
    ("A new armed group was formed in the province.", CHG),
    ("Rebel fighters relocated their troops to the border area.", CHG),
    # disrupted weapons use
    ("Police defused a bomb planted near a school.", DIS),
    ("The army seized a large cache of weapons and ammunition in a raid.", DIS),
    ("Bomb disposal experts safely detonated an IED found on the road.", DIS),
    ("Security forces foiled a suicide attack by arresting the would-be bomber.", DIS),
    ("Air defence systems shot down two drones over the city.", DIS),
    ("An explosive device was discovered and defused at the bus station.", DIS),
    ("Soldiers intercepted a rocket fired at the airport.", DIS),
    # headquarters or base established
    ("The militants established a base in the forest near the border.", HQ),
    ("Rebels set up a new headquarters in the town.", HQ),
    ("The armed group has set up camp in the abandoned school.", HQ),
    ("Al-Shabaab established a training camp in the area.", HQ),
    ("The militia opened a new base in the district.", HQ),
    ("A new military base was established by the rebels in the hills.", HQ),
    # looting, property destruction
    ("Militants burned down a school in the village.", LOO),
    ("Armed men looted shops in the market.", LOO),
    ("Rebels set fire to dozens of houses in the area.", LOO),
    ("The mobile phone mast was destroyed by the militants.", LOO),
    ("Soldiers plundered homes after the fighting.", LOO),
    ("Unknown persons vandalised a church overnight.", LOO),
    ("Gunmen torched vehicles belonging to a construction company.", LOO),
    # other
    ("A mass grave containing 30 bodies was discovered near the town.", OTH),
    ("Authorities expelled hundreds of migrants across the border.", OTH),
    ("Soldiers discovered tunnels dug by the militants.", OTH),
    ("The country tested a new ballistic missile on Friday.", OTH),
]

FR = [
    ("Des avions de chasse ont bombardé un camp de rebelles dans le nord.", AIR),
    ("Une frappe de drone a tué deux chefs jihadistes près de Tombouctou.", AIR),
    ("Des frappes aériennes ont visé des positions de l'État islamique.", AIR),
    ("Un kamikaze s'est fait exploser devant un commissariat, tuant trois policiers.", SUI),
    ("Un attentat-suicide a fait dix morts dans un marché.", SUI),
    ("Des obus de mortier sont tombés sur le camp de la MINUSMA.", ART),
    ("L'armée a pilonné les positions rebelles à l'artillerie lourde.", ART),
    ("Des roquettes ont été tirées sur l'aéroport.", ART),
    ("Un engin explosif improvisé a tué trois soldats au passage de leur convoi.", REM),
    ("Un véhicule a sauté sur une mine près de Gao.", REM),
    ("Une bombe artisanale a explosé devant une église.", REM),
    ("Des inconnus ont lancé une grenade contre un bar, blessant cinq personnes.", GRE),
    ("Une attaque à la grenade a visé un poste de police.", GRE),
    ("Une attaque chimique au chlore a fait des dizaines de victimes.", CHE),
    ("Du gaz sarin a été utilisé contre des civils, selon les enquêteurs.", CHE),
    ("Des soldats ont violé trois femmes dans le village.", SEX),
    ("Une jeune fille a été victime de violences sexuelles commises par des miliciens.", SEX),
    ("Des hommes armés ont tué quatre civils dans le village.", ATT),
    ("Un chef de village a été assassiné par des inconnus.", ATT),
    ("Des assaillants ont ouvert le feu sur des civils au marché.", ATT),
    ("Des hommes armés ont enlevé un prêtre dans le nord.", ABD),
    ("Trois humanitaires ont été kidnappés par des inconnus.", ABD),
    ("Un commerçant a été pris en otage par des bandits.", ABD),
    ("De violents affrontements ont opposé l'armée aux rebelles près de Bambari.", CLA),
    ("Des militaires ont repoussé une attaque de jihadistes contre leur camp.", CLA),
    ("Des combats entre deux groupes armés ont fait douze morts.", CLA),
    ("L'armée a repris le contrôle de la ville aux rebelles.", GOV),
    ("Les forces gouvernementales ont libéré la localité occupée par les jihadistes.", GOV),
    ("Les rebelles ont pris le contrôle de la ville.", NSA),
    ("Des jihadistes se sont emparés de la localité.", NSA),
    ("Les rebelles se sont retirés de la ville sans combat.", NVT),
    ("L'armée est entrée dans la localité sans rencontrer de résistance.", NVT),
    ("Des centaines de personnes ont manifesté dans la capitale contre la vie chère.", PEA),
    ("Les enseignants ont observé un sit-in devant le ministère.", PEA),
    ("Une marche pacifique a été organisée pour réclamer la paix.", PEA),
    ("La police a dispersé à coups de gaz lacrymogène une manifestation d'étudiants.", INT),
    ("Plusieurs manifestants ont été interpellés lors d'un rassemblement devant la préfecture.", INT),
    ("Les forces de l'ordre ont tiré à balles réelles sur des manifestants, faisant deux morts.", EXF),
    ("Un manifestant a été tué par la police lors d'une marche pacifique.", EXF),
    ("Des manifestants ont incendié un commissariat et des véhicules de police.", VIO),
    ("Des émeutiers ont jeté des pierres sur les forces de l'ordre.", VIO),
    ("Une foule en colère a lynché un présumé voleur.", MOB),
    ("Des villageois ont battu à mort un homme accusé de sorcellerie.", MOB),
    ("Le gouvernement et les groupes armés ont signé un accord de paix.", AGR),
    ("Les belligérants ont conclu un cessez-le-feu.", AGR),
    ("La police a arrêté trois suspects après l'attaque.", ARR),
    ("Un opposant a été interpellé par les forces de sécurité.", ARR),
    ("Deux groupes armés ont annoncé leur fusion.", CHG),
    ("L'armée a déployé des renforts dans la région.", CHG),
    ("Les démineurs ont désamorcé un engin explosif près du marché.", DIS),
    ("Une importante cache d'armes a été découverte par l'armée.", DIS),
    ("Les rebelles ont installé leur quartier général dans la ville.", HQ),
    ("Le groupe armé a établi une base dans la forêt.", HQ),
    ("Des hommes armés ont pillé des boutiques au marché.", LOO),
    ("Des rebelles ont incendié plusieurs maisons du village.", LOO),
    ("Un charnier contenant une vingtaine de corps a été découvert.", OTH),
    ("Des centaines de migrants ont été expulsés vers le pays voisin.", OTH),
]

# a second batch, written from the definitions after the first round of fixes and run once before
# any further change (held out: 85/91 on main, 86/91 after the first round), then used for the
# second round
HELD_OUT = [
    ("On 12 March 2021, Turkish drones struck a vehicle near Qamishli, killing two SDF members.", AIR),
    ("Saudi-led coalition aircraft conducted strikes on Sanaa overnight.", AIR),
    ("Three civilians died in a bombing raid by the air force on the market town.", AIR),
    ("A suicide bomber on a motorcycle targeted a police convoy in Kabul, killing four officers.", SUI),
    ("An explosives-laden vehicle driven by a suicide attacker exploded at the gate of the base.", SUI),
    ("A woman wearing a suicide vest detonated it at a checkpoint, killing herself and two guards.", SUI),
    ("On 3 April, the army fired mortars at an ADF position near Beni.", ART),
    ("Several shells hit the outskirts of Donetsk, damaging houses.", ART),
    ("Rebels launched a missile at the oil terminal, the coalition said.", ART),
    ("A pressure-plate IED killed a shepherd near the village.", REM),
    ("An explosive device hidden in a motorcycle went off near a bus station, wounding eight.", REM),
    ("Two deminers were killed when a mine exploded during clearance work.", REM),
    ("Assailants threw a grenade into a church during Sunday mass, injuring 15.", GRE),
    ("A grenade was hurled at the house of a local councillor in Bujumbura.", GRE),
    ("Police said a grenade exploded in a bar, killing one person.", GRE),
    ("Activists accused government forces of dropping chlorine barrels on the town.", CHE),
    ("A chemical weapons attack on the village left dozens suffocating.", CHE),
    ("Rights groups said security forces raped women during the raid on the village.", SEX),
    ("A militiaman was accused of raping a displaced girl near the camp.", SEX),
    ("Members of an armed group sexually abused several women at the checkpoint.", SEX),
    ("On 5 May, suspected Fulani militia killed six farmers in their fields in Benue.", ATT),
    ("A village chief was shot dead by unidentified gunmen on a motorbike.", ATT),
    ("ADF rebels hacked 14 civilians to death in an overnight raid.", ATT),
    ("Suspected bandits abducted 12 travellers along the highway.", ABD),
    ("An engineer was kidnapped by gunmen from his home and is still missing.", ABD),
    ("Jihadists kidnapped the village imam and two of his sons.", ABD),
    ("On 8 June, the FARDC clashed with Mai-Mai militiamen in Masisi, leaving five dead.", CLA),
    ("Taliban fighters attacked a police checkpoint, sparking a gunfight that killed three policemen.", CLA),
    ("Fierce fighting between the army and the rebels was reported around the town.", CLA),
    ("Government forces recaptured the strategic town of Ajdabiya from the militia.", GOV),
    ("The army said it had regained control of all areas held by the insurgents.", GOV),
    ("Security forces cleared militants from three villages and restored government control.", GOV),
    ("Al-Shabaab militants captured the town of Bulo Burde after government troops fled.", NSA),
    ("The rebels overran a military base and seized control of the district capital.", NSA),
    ("ISWAP fighters took control of the town of Marte.", NSA),
    ("The militia handed the town over to government forces under the agreement.", NVT),
    ("Rebels withdrew from the city, allowing the army to enter without fighting.", NVT),
    ("Thousands of people took to the streets of the capital to demand fresh elections.", PEA),
    ("Market traders protested against new taxes outside the municipal office.", PEA),
    ("On 9 March, around 200 women marched peacefully to the governor's office.", PEA),
    ("Police used tear gas and rubber bullets to break up a student protest.", INT),
    ("Police dispersed a crowd of protesters and detained 30 people.", INT),
    ("Riot police charged demonstrators outside parliament and arrested several of them.", INT),
    ("Security forces killed four protesters when they fired into a crowd.", EXF),
    ("Two protesters were shot dead by police during a demonstration against the election results.", EXF),
    ("Soldiers opened fire on demonstrators, killing at least 12.", EXF),
    ("Rioters set fire to a police station and looted shops in the city centre.", VIO),
    ("Demonstrators threw stones at police and burned tyres on the main road.", VIO),
    ("Protesters clashed with police and ransacked the offices of the ruling party.", VIO),
    ("An irate mob burned a suspected witch to death in the village.", MOB),
    ("A crowd stoned a man accused of stealing a motorbike.", MOB),
    ("Villagers attacked a health team, accusing them of spreading the virus.", MOB),
    ("The warring parties signed a ceasefire on Sunday.", AGR),
    ("The government and the rebel coalition concluded a peace agreement in Khartoum.", AGR),
    ("The two sides swapped prisoners under a deal brokered by the Red Cross.", AGR),
    ("Police arrested the leader of a separatist group in the capital.", ARR),
    ("Security forces detained 40 people during raids in the district.", ARR),
    ("The opposition leader was arrested at his home.", ARR),
    ("The army sent reinforcements to the border region.", CHG),
    ("Two militias merged to form a new armed group.", CHG),
    ("Hundreds of troops were deployed to the town ahead of the elections.", CHG),
    ("Soldiers defused an improvised explosive device on the main road.", DIS),
    ("Police seized a cache of grenades and rifles in a raid on a house.", DIS),
    ("Air defences shot down a missile fired towards the city.", DIS),
    ("Al-Shabaab set up a new base in the forest near the town.", HQ),
    ("The rebels established their headquarters in the school.", HQ),
    ("Gunmen set fire to a primary school overnight.", LOO),
    ("Unidentified armed men looted a health centre in the village.", LOO),
    ("Militants destroyed a telecommunications mast in the area.", LOO),
    ("A mass grave was found near the village after the militants left.", OTH),
    ("Hundreds of families were forcibly displaced from their homes by the armed group.", OTH),
]
HELD_OUT_FR = [
    ("Un drone a frappé un véhicule transportant des combattants près de Ménaka.", AIR),
    ("Un kamikaze a déclenché sa ceinture d'explosifs dans une mosquée.", SUI),
    ("Des tirs d'obus ont touché plusieurs maisons du quartier.", ART),
    ("Une mine artisanale a explosé au passage d'un véhicule militaire.", REM),
    ("Une grenade a été lancée dans un bar, blessant trois clients.", GRE),
    ("Des miliciens ont violé plusieurs femmes dans le camp de déplacés.", SEX),
    ("Des hommes armés ont abattu un commerçant devant sa boutique.", ATT),
    ("Des bandits armés ont enlevé cinq passagers sur la route.", ABD),
    ("Des affrontements ont éclaté entre l'armée et un groupe armé près de Kidal.", CLA),
    ("L'armée a repris la ville de Kidal aux rebelles.", GOV),
    ("Les rebelles se sont emparés de la ville de Bambari.", NSA),
    ("Des milliers de personnes ont manifesté contre le gouvernement.", PEA),
    ("La police a dispersé les manifestants à l'aide de gaz lacrymogène.", INT),
    ("Les forces de sécurité ont tiré sur les manifestants, tuant quatre personnes.", EXF),
    ("Des manifestants ont saccagé la mairie et incendié des voitures.", VIO),
    ("Une foule a lynché un homme soupçonné de vol.", MOB),
    ("Les deux parties ont signé un accord de cessez-le-feu.", AGR),
    ("La police a arrêté le chef présumé du gang.", ARR),
    ("L'armée a désamorcé un engin explosif sur la route.", DIS),
    ("Des hommes armés ont pillé et incendié des maisons.", LOO),
]

# a third batch on the competing types (clash or attack, the four protest types, which explosive),
# with snippets of several sentences: 51/53 on main and after the second round, run once before the
# last fixes (French tear gas fired, tyres burnt "pour protester")
THIRD = [
    # clash vs attack: armed targets, defended positions, ambushes, security forces
    ("Gunmen attacked an army checkpoint on the outskirts of the town, and soldiers returned fire.", CLA),
    ("Insurgents stormed a police station overnight, killing two officers before being repelled.", CLA),
    ("Boko Haram fighters raided a military base in Borno; troops killed 20 of the attackers.", CLA),
    ("Al-Shabaab militants ambushed a convoy of African Union troops near Afgoye.", CLA),
    ("Rebels attacked a village defended by a local militia, and fighting lasted several hours.", CLA),
    ("Unknown gunmen attacked a bus carrying civilians, killing seven passengers.", ATT),
    ("Militants attacked worshippers at a mosque during Friday prayers, killing 12.", ATT),
    ("Armed men raided a village at night and killed 9 residents, including women.", ATT),
    ("Soldiers shot dead two unarmed fishermen on the river.", ATT),
    # multi-sentence snippets: the lead decides, background later
    ("Three soldiers were killed when their vehicle hit a landmine near Kidal. The area has seen repeated clashes with jihadists.", REM),
    ("Police arrested 20 people in the capital on Sunday. They had taken part in a protest against the government last week.", ARR),
    ("Hundreds of people marched in Khartoum on Thursday to demand civilian rule. The march was peaceful, witnesses said.", PEA),
    ("A drone strike killed four militants in Marib. Fighting has intensified in the province since January.", AIR),
    ("Government forces shelled rebel positions in the hills. The rebels had taken the area a week earlier.", ART),
    # peaceful vs violent vs intervention vs force
    ("Thousands marched peacefully through the city, chanting slogans against the president.", PEA),
    ("Protesters blocked the main highway with rocks and burning tyres.", VIO),
    ("Youths protesting the killing of a teenager set fire to a police post.", VIO),
    ("Police fired tear gas at demonstrators who had gathered outside the electoral commission.", INT),
    ("Police arrested 15 protesters during a rally against the new tax.", INT),
    ("Security forces killed two people when they opened fire on a crowd protesting against the election result.", EXF),
    ("Demonstrators were beaten by police and several were hospitalised with serious injuries.", EXF),
    ("Students staged a sit-in at the university to protest against fee increases; no incidents were reported.", PEA),
    # remote explosive vs air strike vs shelling vs grenade
    ("A bomb dropped from a military aircraft hit a market, killing 11.", AIR),
    ("A roadside explosive device struck a military patrol, wounding three soldiers.", REM),
    ("Mortar shells fired by the militants landed near the airport.", ART),
    ("A rocket fired from a helicopter gunship destroyed a rebel pick-up truck.", AIR),
    ("A hand grenade thrown by an unknown assailant exploded at a bus stop.", GRE),
    ("A bomb hidden in a rubbish bin exploded near a police station.", REM),
    ("An artillery barrage hit the southern districts of the city.", ART),
    ("A suicide bomber detonated a car laden with explosives at the gates of the base.", SUI),
    # strategic developments in varied forms
    ("The two militias agreed to a ceasefire after mediation by local elders.", AGR),
    ("Dozens of fighters from the armed group defected to the government side.", CHG),
    ("The army took delivery of new armoured vehicles and deployed them to the north.", CHG),
    ("Police discovered a weapons cache containing rifles and grenades in a house.", DIS),
    ("The rebels have established a new base near the border, local sources said.", HQ),
    ("Fighters looted the health centre and burned several homes.", LOO),
    ("The bodies of 15 people were found in a mass grave near the village.", OTH),
    ("Security forces detained a suspected militant commander in a raid.", ARR),
    ("Kidnappers freed a priest after a ransom was paid.", ABD),
    ("Armed men abducted a humanitarian worker in the east of the country.", ABD),
    ("Rebels withdrew from the town, which the army then entered without firing a shot.", NVT),
    ("The army recaptured the strategic bridge from the rebels.", GOV),
    ("Jihadists took over several villages in the commune after the army left.", NSA),
    ("A woman was raped by two soldiers at a checkpoint, a rights group said.", SEX),
    ("The regime used sarin against civilians, investigators concluded.", CHE),
]
THIRD_FR = [
    ("Des hommes armés ont attaqué un poste de l'armée ; les soldats ont riposté.", CLA),
    ("Des inconnus armés ont tué sept passagers d'un bus.", ATT),
    ("La police a tiré des gaz lacrymogènes sur des manifestants rassemblés devant la mairie.", INT),
    ("Des jeunes ont érigé des barricades et brûlé des pneus pour protester contre la mort d'un jeune.", VIO),
    ("Un avion militaire a largué une bombe sur un marché, tuant onze personnes.", AIR),
    ("Un engin explosif placé au bord de la route a touché une patrouille militaire.", REM),
    ("Les rebelles ont quitté la ville, où l'armée est entrée sans combat.", NVT),
    ("Des enseignants ont fait grève pour réclamer le paiement de leurs salaires.", PEA),
]

# a fourth batch in the style of wire copy (datelines, attributions, clauses of background): 23/30 on
# main and after the third round, run once before the last fixes
NEWS = [
    ("MOGADISHU, March 4 (Reuters) - At least five people were killed on Thursday when a car packed with explosives blew up outside a restaurant in the Somali capital, police said.", REM),
    ("KABUL - An Afghan official says a suicide bomber has struck a gathering of tribal elders in eastern Nangarhar province, killing at least 11 people.", SUI),
    ("Local residents told reporters that Syrian government helicopters dropped barrel bombs on the rebel-held town of Daraya on Monday.", AIR),
    ("The Saudi-led coalition said its air defences intercepted a ballistic missile fired by the Houthis towards the city of Jizan.", DIS),
    ("Ukrainian officials said separatist forces had fired Grad rockets at residential areas of Mariupol, killing 30 people.", ART),
    ("According to the police spokesman, the assailants, who were riding a motorcycle, lobbed a hand grenade at the house before fleeing.", GRE),
    ("Nigerian troops on Saturday repelled a Boko Haram attack on their base in Damboa, killing scores of the insurgents, the army said in a statement.", CLA),
    ("Fighting between rival armed groups in the north of the Central African Republic has left at least 20 people dead, the UN mission said on Tuesday.", CLA),
    ("Gunmen suspected to be herdsmen have killed 17 people in an overnight attack on a farming community in Plateau State, a police spokesman said.", ATT),
    ("The bodies of the three aid workers who were abducted last week were found on Monday, their organisation said.", ATT),
    ("A local chief and his two sons were kidnapped by armed men who stormed their home late on Friday, residents said.", ABD),
    ("The Syrian army, backed by Russian air power, has recaptured the ancient city of Palmyra from Islamic State militants, state media reported.", GOV),
    ("Houthi fighters have seized the presidential palace in Aden after days of fighting with forces loyal to the president.", NSA),
    # ACLED reads "X took the town after Y abandoned it" as a non-violent transfer (docs/evaluation.md)
    ("The Taliban took control of the district centre after government forces abandoned their positions, a provincial council member said.", NVT),
    ("Thousands of opposition supporters rallied in the capital on Saturday, demanding the resignation of the prime minister over corruption allegations.", PEA),
    ("Hundreds of health workers staged a demonstration outside the ministry of health on Wednesday to press for the payment of salary arrears.", PEA),
    ("Police in Harare fired tear gas and water cannon to disperse hundreds of opposition supporters who had gathered at the party headquarters.", INT),
    ("Security forces killed at least 15 protesters on Friday as thousands took to the streets across the country, according to medics.", EXF),
    ("Angry youths burned tyres, blocked roads and hurled stones at police in the town after a local businessman was shot dead.", VIO),
    ("A mob of angry residents set the police station ablaze after a suspect died in custody.", MOB),
    ("The government and the main rebel alliance signed a peace deal in Juba on Saturday, ending nearly a decade of conflict.", AGR),
    ("Security agents arrested a prominent journalist at his home in the capital early on Tuesday, his lawyer said.", ARR),
    ("Over 200 fighters of the armed group have surrendered their weapons to the army as part of a disarmament programme.", AGR),
    ("Kenyan police said they had defused a bomb found under a bridge on the main road to the border.", DIS),
    ("Unidentified armed men set fire to a school and a clinic in the village, the local administrator said.", LOO),
    ("Investigators from the OPCW concluded that chlorine was likely used as a weapon in the attack on the town.", CHE),
    ("Two women were raped by soldiers in the village of Minova, a UN report says.", SEX),
    ("The militia announced on Sunday that it had joined the government-backed coalition.", CHG),
    ("The jihadist group set up a base in the forest of Sambisa, according to security sources.", HQ),
    ("The rebels handed over the city to the national army under the terms of the agreement.", NVT),
]

# a fifth batch of wire copy: 28/30 on main and after the fourth round, run once before the last fix
# ("exchanged heavy fire")
NEWS_2 = [
    ("BAGHDAD (AP) - A roadside bomb struck a minibus carrying Shiite pilgrims south of Baghdad on Sunday, killing at least seven people, officials said.", REM),
    ("Israeli warplanes struck targets in the Gaza Strip early on Saturday in response to rockets fired from the enclave, the military said.", AIR),
    ("Pakistani troops and Taliban militants exchanged heavy fire in the Bajaur tribal region, leaving 12 insurgents and two soldiers dead, officials said.", CLA),
    ("At least 30 villagers were killed when gunmen on motorbikes opened fire on a market in Zamfara state, residents told AFP.", ATT),
    ("Suspected Islamist militants beheaded a village chief in northern Mozambique, police said on Wednesday.", ATT),
    ("Kidnappers have released 15 of the passengers they abducted on the Abuja-Kaduna highway last month, a security source said.", ABD),
    ("Yemen's Houthi rebels said they had launched a drone attack on an oil facility in southern Saudi Arabia.", AIR),
    ("Azerbaijani forces shelled the town of Martuni overnight, Armenian officials said, reporting two civilians killed.", ART),
    ("Two soldiers were killed and three injured when their armoured vehicle ran over an explosive device near the Malian border, the army said.", REM),
    ("Police in Nairobi arrested 23 people suspected of planning terror attacks, an official said on Friday.", ARR),
    ("Demonstrators in Beirut hurled stones and fireworks at security forces, who responded with tear gas, injuring dozens.", VIO),
    ("Teachers across the country went on strike on Monday to demand a pay rise, shutting hundreds of schools.", PEA),
    ("Riot police arrested dozens of demonstrators as they tried to march on the parliament building in Minsk.", INT),
    ("Troops opened fire on thousands of protesters in Mandalay on Saturday, killing at least five, witnesses said.", EXF),
    ("A crowd lynched two men suspected of kidnapping children in a village in the state of Puebla, local media reported.", MOB),
    ("The government and the FARC signed a historic peace agreement on Wednesday in Havana.", AGR),
    ("Somali forces, backed by AU troops, have retaken the town of Bardere from Al-Shabaab, a military official said.", GOV),
    ("Islamic State fighters captured the Syrian town of Palmyra on Wednesday after days of fierce clashes with government forces.", NSA),
    ("Security forces in Niger defused an improvised explosive device planted on a road used by military convoys.", DIS),
    ("Armed men torched more than 50 houses in the village of Kwall, forcing residents to flee.", LOO),
    ("A group of gunmen abducted 80 students from a boarding school in Kebbi state on Thursday, police said.", ABD),
    ("A suicide car bomber rammed his vehicle into an army checkpoint in Mogadishu, killing at least eight soldiers.", SUI),
    ("Unidentified assailants threw a grenade at a bus stop in Mombasa on Tuesday, wounding five people.", GRE),
    ("Government troops were deployed to the restive region on Friday following weeks of ethnic violence.", CHG),
    ("Libya's rival governments agreed to a nationwide ceasefire, the UN said.", AGR),
    ("Sexual violence against women by members of the security forces has been reported in the region, a UN envoy said.", SEX),
    ("The army said it had repulsed an attack by ISWAP fighters on its base in Monguno, killing dozens of insurgents.", CLA),
    ("Hundreds of residents protested peacefully on Friday against the closure of the local hospital.", PEA),
    ("Rebels of the M23 withdrew from Goma, handing control of the city back to the Congolese army.", NVT),
    ("Al-Shabaab militants stormed a hotel in Mogadishu, killing at least 15 people, before security forces ended the siege.", ATT),
]

# a sixth batch of wire copy, written from the codebook definitions for the 25 types (EN, then FR), the
# event noun as subject, datelines, attributions, several acts in one sentence: 126/132 on main, run
# once before the fixes of this round
WIRE = [
    ("Clashes between the army and Ansar al-Sunna fighters near Mocimboa da Praia left at least 12 people dead on Sunday, a military source said.", CLA),
    ("Fierce fighting erupted on Tuesday between Sudanese troops and the Rapid Support Forces in the city of El Fasher, witnesses said.", CLA),
    ("DAMASCUS (Reuters) - Syrian government forces and rebels fought heavy battles on the outskirts of the city overnight, a war monitor said.", CLA),
    ("Two soldiers and five militants were killed in a gunfight in Kupwara district on Friday, police said.", CLA),
    ("Militiamen attacked an army outpost near Djibo on Monday, and the ensuing firefight left eight soldiers dead, security sources told AFP.", CLA),
    ("An armed clash between two rival factions of the militia in the southern suburbs of Tripoli killed four fighters, the health ministry said.", CLA),
    ("Security forces and gunmen exchanged fire for several hours in the Lagos suburb of Ikorodu, a police spokesman said on Sunday.", CLA),
    ("Jihadists ambushed a gendarmerie patrol in eastern Burkina Faso on Thursday, killing three gendarmes, the government said.", CLA),
    ("Gunmen on motorcycles stormed the village of Kadisau on Tuesday night and shot dead at least 18 residents, a local official said.", ATT),
    ("An attack by suspected ADF rebels on a displacement camp in Ituri province left 22 civilians dead, the UN said.", ATT),
    ("LAGOS, Nov 3 (Reuters) - Unidentified gunmen killed a farmer and his wife on their farm in Benue state, police said on Wednesday.", ATT),
    ("Suspected militants shot dead a primary school teacher in Pulwama district, police said.", ATT),
    ("Armed assailants opened fire on worshippers leaving a church in Owo, killing several people, officials said.", ATT),
    ("A village head was hacked to death by unknown attackers in the early hours of Sunday, residents said.", ATT),
    ("Gunmen abducted a Catholic priest from his parish house in Kaduna state late on Sunday, the diocese said in a statement.", ABD),
    ("At least 20 women were kidnapped by suspected jihadists while gathering firewood near Arbinda, local sources said.", ABD),
    ("An aid worker with a French NGO was seized by armed men in the Diffa region, the organisation said on Monday.", ABD),
    ("Soldiers raped at least 15 women during a military operation in the village, a human rights group said on Thursday.", SEX),
    ("A 12-year-old girl was raped by a member of a local militia near the camp for displaced people, UNICEF said.", SEX),
    ("An air strike by the Saudi-led coalition hit a wedding party in Hajjah province on Sunday, killing at least 20 people, medics said.", AIR),
    ("A drone strike on a car in the outskirts of Tripoli killed three fighters, a spokesman for the forces said.", AIR),
    ("Government warplanes bombed a market in the rebel-held town, killing at least 15 civilians, rescue workers said.", AIR),
    ("The Nigerian Air Force said its jets had destroyed a Boko Haram logistics base in the Sambisa forest.", AIR),
    ("Shells fired by separatist forces hit a school in Donetsk on Monday, wounding two teachers, the regional governor said.", ART),
    ("At least four civilians were killed when mortar rounds slammed into a crowded market in Mogadishu, officials said.", ART),
    ("Houthi rebels fired a ballistic missile at the Saudi city of Jizan on Saturday, the coalition said.", ART),
    ("Rockets fired from the Gaza Strip struck a house in the southern Israeli town of Sderot, police said.", ART),
    ("Artillery shelling by government forces killed three civilians in the village of Kafranbel, a war monitor reported.", ART),
    ("An explosion ripped through a bus carrying government employees in Kabul on Tuesday, killing at least six people, police said. The blast was caused by a magnetic bomb attached to the vehicle.", REM),
    ("An explosion ripped through a crowded market in the city of Maiduguri on Monday, killing at least ten people, police said.", REM),
    ("A roadside bomb hit a military vehicle in Diyala province, killing two soldiers, security sources said.", REM),
    ("Three children were killed when a landmine they were playing with exploded in the village, local authorities said.", REM),
    ("A bomb planted in a motorcycle exploded near a police station in Quetta on Monday, wounding 11 people, officials said.", REM),
    ("Two peacekeepers were killed when their vehicle struck an improvised explosive device near Aguelhok, the UN mission said.", REM),
    ("A blast at a police checkpoint on the edge of the city killed four officers, officials said.", REM),
    ("A suicide bomber blew himself up among worshippers at a Shiite mosque in Kunduz during Friday prayers, killing dozens, officials said.", SUI),
    ("A suicide car bomb exploded at the gate of a military base in Mogadishu, killing at least five soldiers, a military officer said.", SUI),
    ("Two suicide bombers detonated their explosives at a crowded market in Konduga, killing at least 12 people, a militia leader said.", SUI),
    ("Unknown attackers lobbed a grenade at a security checkpoint in Srinagar on Saturday, injuring two policemen, police said.", GRE),
    ("A grenade explosion at a bar in the capital Bujumbura wounded 12 people on Sunday night, police said.", GRE),
    ("Assailants hurled a hand grenade into the compound of an opposition politician, a party spokesman said.", GRE),
    ("Activists said dozens of people suffered breathing difficulties after government helicopters dropped chlorine-filled barrel bombs on the town.", CHE),
    ("A sarin gas attack on the rebel-held town killed more than 80 people, the OPCW fact-finding mission concluded.", CHE),
    ("Medics in the besieged district treated scores of people for symptoms of exposure to chlorine gas after an attack on Tuesday, the opposition said.", CHE),
    ("Thousands of people marched through the streets of Bamako on Friday to demand the resignation of the president, witnesses said.", PEA),
    ("Hundreds of women took to the streets of the capital on Saturday to protest against gender-based violence, chanting slogans and carrying banners.", PEA),
    ("Workers at the state-owned mine went on strike on Monday to demand six months of unpaid wages, union officials said.", PEA),
    ("Opposition supporters held a peaceful rally in the city centre on Sunday, police said, adding that no incidents were reported.", PEA),
    ("Students gathered outside the ministry of education on Tuesday to protest against the closure of their university.", PEA),
    ("Police fired tear gas to disperse hundreds of protesters who had gathered in front of the parliament building, witnesses said.", INT),
    ("Riot police arrested at least 30 people as they broke up an opposition rally in the capital on Saturday, a party spokesman said.", INT),
    ("Security forces used water cannon and rubber bullets to break up a demonstration by unemployed graduates, AFP journalists saw.", INT),
    ("Police detained a dozen activists during a sit-in outside the presidential palace on Wednesday, their lawyer said.", INT),
    ("Security forces shot dead at least seven protesters on Saturday as demonstrations against the military junta spread, medics said.", EXF),
    ("Police opened fire on a crowd protesting against the arrest of an opposition leader, killing two people, witnesses told Reuters.", EXF),
    ("A protester died after being hit by a live bullet fired by police during an anti-government march, his family said.", EXF),
    ("Soldiers killed four demonstrators when they fired live ammunition at a rally, rights groups said.", EXF),
    ("Police fired live rounds to disperse protesters in the town, killing one and wounding five, witnesses said.", EXF),
    ("Angry demonstrators set fire to the local office of the ruling party and blocked roads with burning tyres, police said.", VIO),
    ("Protesters pelted security forces with stones and torched two police vehicles in the city on Tuesday, witnesses said.", VIO),
    ("Hundreds of youths protesting against the killing of a motorcycle taxi driver ransacked a police station, officials said.", VIO),
    ("Clashes between stone-throwing protesters and police left several officers injured in the capital on Monday.", VIO),
    ("Security forces fired tear gas to disperse stone-throwing protesters who had blocked the main road, police said.", VIO),
    ("An angry mob lynched a man suspected of stealing a motorcycle in the market on Saturday, police said.", MOB),
    ("Residents beat to death two men accused of kidnapping children, local media reported.", MOB),
    ("A crowd set fire to the house of a woman accused of witchcraft in the village, a police spokesman said.", MOB),
    ("Villagers stoned to death a suspected cattle thief on Wednesday, police said.", MOB),
    ("The government and the rebel alliance signed a ceasefire agreement in Addis Ababa on Wednesday, the African Union said.", AGR),
    ("Leaders of the two communities agreed to end hostilities after talks mediated by church leaders, the local administrator said.", AGR),
    ("The warring sides exchanged 200 prisoners on Sunday under a deal brokered by the International Committee of the Red Cross.", AGR),
    ("Police said they had arrested three men suspected of carrying out the bombing of a bus station last month.", ARR),
    ("Security forces detained a prominent opposition politician at his home in the capital early on Tuesday, his party said.", ARR),
    ("Authorities arrested 45 people in raids across the province on Friday, an interior ministry spokesman said.", ARR),
    ("The army deployed hundreds of troops to the restive region on Monday, a military spokesman said.", CHG),
    ("Two of the main armed groups in the north announced on Tuesday that they had merged into a single movement.", CHG),
    ("Police defused a bomb hidden in a bag near the entrance of a church on Sunday, a police spokesman said.", DIS),
    ("Troops seized a large cache of weapons, including rocket-propelled grenades and ammunition, during a raid on a militant hideout, the army said.", DIS),
    ("Saudi air defences intercepted and destroyed two drones launched by the Houthis towards Khamis Mushait, the coalition said.", DIS),
    ("Bomb disposal experts defused an improvised explosive device found under a bridge on the main highway, police said.", DIS),
    ("Rebels of the armed group have established a base in the forest near the town, local officials said.", HQ),
    ("Jihadist fighters set up a new camp in an abandoned school near the border, according to local sources.", HQ),
    ("Armed men looted shops and set fire to dozens of homes in the village overnight, residents said.", LOO),
    ("Militants destroyed a telecommunications mast in Mandera county on Sunday, cutting off network services, police said.", LOO),
    ("Unknown assailants torched a primary school in the village late on Saturday, the local education officer said.", LOO),
    ("Government troops recaptured the town of Gao from Islamist militants on Saturday, the army said.", GOV),
    ("The Iraqi army said on Monday it had retaken the last district held by Islamic State fighters in the city.", GOV),
    ("Nigerian troops have regained control of the town of Damasak from Boko Haram, the military said in a statement.", GOV),
    ("Taliban fighters captured the district centre in Kunduz province on Sunday after heavy fighting, a local official said.", NSA),
    ("M23 rebels seized the town of Bunagana on the Ugandan border on Monday, a local official said.", NSA),
    ("Government forces withdrew from the town on Saturday and the rebels entered it without a fight, residents said.", NVT),
    ("The militia handed over control of the airport to the national army on Monday under the peace agreement, officials said.", NVT),
    ("A mass grave containing at least 40 bodies was discovered near the town, the regional governor said on Friday.", OTH),
]

WIRE_FR = [
    ("Des heurts ont opposé dimanche des militaires à des hommes armés près de Bambari, faisant au moins six morts, selon une source sécuritaire.", CLA),
    ("BAMAKO (AFP) - Des affrontements entre l'armée malienne et des jihadistes ont fait une dizaine de morts jeudi dans le centre du pays, a-t-on appris de sources sécuritaires.", CLA),
    ("Des combats ont éclaté lundi entre deux groupes armés rivaux dans la région de Kidal, selon des habitants.", CLA),
    ("Des hommes armés ont attaqué mardi soir un village de la commune, tuant douze civils, a indiqué le maire.", ATT),
    ("Un enseignant a été abattu par des inconnus armés devant son domicile à Beni, a rapporté la société civile.", ATT),
    ("Une attaque contre un camp de déplacés a fait au moins quinze morts parmi les civils, selon l'ONU.", ATT),
    ("Des jihadistes présumés ont enlevé samedi le chef du village et deux de ses fils, selon des sources locales.", ABD),
    ("Deux humanitaires ont été enlevés par des hommes armés sur l'axe reliant Kaga-Bandoro à Mbrès, a annoncé leur ONG.", ABD),
    ("Des militaires ont violé plusieurs femmes lors d'une opération dans le village, selon une organisation de défense des droits humains.", SEX),
    ("Une frappe aérienne a touché un marché dans le nord du pays, faisant au moins vingt morts, selon des témoins.", AIR),
    ("Un drone de l'armée a frappé un pick-up transportant des combattants près de Ménaka, a indiqué l'état-major.", AIR),
    ("Des obus tirés par les séparatistes sont tombés sur un quartier résidentiel, blessant trois civils, selon les autorités locales.", ART),
    ("Plusieurs roquettes ont visé dimanche le camp de la force onusienne à Kidal, sans faire de victimes, selon la mission.", ART),
    ("Une voiture piégée a explosé lundi près d'un hôtel du centre de Mogadiscio, faisant au moins cinq morts, selon la police.", REM),
    ("Deux soldats ont été tués lorsque leur véhicule a sauté sur un engin explosif improvisé près de Boni, a annoncé l'armée.", REM),
    ("Un kamikaze s'est fait exploser à l'entrée d'une mosquée pendant la prière, tuant au moins dix fidèles, selon un responsable local.", SUI),
    ("Deux kamikazes ont déclenché leurs charges explosives sur un marché de Konduga, faisant une vingtaine de morts.", SUI),
    ("Des inconnus ont lancé une grenade sur un bar du quartier, blessant six personnes, a indiqué la police.", GRE),
    ("Les enquêteurs de l'OIAC ont conclu que du chlore avait été utilisé comme arme lors de l'attaque contre la ville.", CHE),
    ("Des milliers de personnes ont manifesté samedi à Dakar pour réclamer la libération d'un opposant, selon des journalistes de l'AFP.", PEA),
    ("Les enseignants du secteur public ont entamé lundi une grève illimitée pour réclamer le paiement de leurs arriérés de salaire.", PEA),
    ("La police a fait usage de gaz lacrymogène pour disperser des centaines de manifestants rassemblés devant l'Assemblée nationale.", INT),
    ("Une trentaine de manifestants ont été interpellés lors d'une marche de l'opposition interdite par les autorités, selon leurs avocats.", INT),
    ("Les forces de l'ordre ont tiré à balles réelles sur des manifestants, tuant au moins trois personnes, selon des témoins.", EXF),
    ("Deux manifestants ont été tués par balles lors de la dispersion d'une marche contre la vie chère, selon un bilan officiel.", EXF),
    ("Des manifestants en colère ont incendié le commissariat et érigé des barricades dans plusieurs quartiers de la ville.", VIO),
    ("Des jeunes ont jeté des pierres sur les forces de l'ordre et brûlé des pneus pour protester contre la mort d'un conducteur de moto-taxi.", VIO),
    ("Une foule en colère a lynché deux hommes soupçonnés d'enlèvement d'enfants, selon la police.", MOB),
    ("Des habitants ont battu à mort un voleur présumé au marché central, a rapporté la presse locale.", MOB),
    ("Le gouvernement et les groupes armés ont signé mercredi à Khartoum un accord de paix, sous l'égide de l'Union africaine.", AGR),
    ("La police a arrêté jeudi trois personnes soupçonnées d'avoir participé à l'attaque du poste de contrôle.", ARR),
    ("Un journaliste a été interpellé lundi à son domicile par des agents des services de renseignement, selon son employeur.", ARR),
    ("L'armée a déployé des renforts dans la région après une série d'attaques, a annoncé le ministère de la Défense.", CHG),
    ("Les démineurs ont désamorcé une bombe artisanale placée près d'une école, a indiqué la police.", DIS),
    ("Les rebelles ont installé une base dans la forêt près de la frontière, selon des sources locales.", HQ),
    ("Des hommes armés ont pillé et incendié plusieurs boutiques du marché dans la nuit, selon des habitants.", LOO),
    ("L'armée a repris samedi le contrôle de la ville de Kidal, tenue depuis des années par les rebelles, a annoncé le gouvernement.", GOV),
    ("Des jihadistes se sont emparés lundi de la localité de Boulkessi après de violents combats avec l'armée, selon des sources locales.", NSA),
    ("Les rebelles se sont retirés de la ville, que l'armée a occupée sans combat, selon des habitants.", NVT),
    ("Un charnier contenant une trentaine de corps a été découvert près du village, a annoncé le procureur.", OTH),
]

# a seventh batch of wire copy on the known confusions (clash or attack, the four protest types,
# shelling or clash or chemical weapon): 29/33 on main, run once before the fixes of this round
WIRE_2 = [
    ("Bandits attacked a vigilante checkpoint in Zamfara state, killing six vigilantes, police said.", CLA),
    ("Gunmen killed 11 villagers in an attack on Dogon settlements in central Mali, a local official said.", ATT),
    ("Suspected jihadists killed three police officers in an attack on a police station in the north, officials said.", CLA),
    ("Fulani militiamen attacked farmers in their fields in Benue state, killing 12, police said.", ATT),
    ("Rebels attacked a UN peacekeeping base near Beni on Sunday, killing two peacekeepers, the mission said.", CLA),
    ("Gunmen opened fire on a minibus carrying passengers on the highway, killing five, police said.", ATT),
    ("Insurgents attacked a military convoy on the road to Gao, sparking a gunfight in which four soldiers died.", CLA),
    ("Soldiers killed seven civilians, including two children, in the village of Gourma, residents said.", ATT),
    ("Police killed two armed robbers in a shootout in the city on Friday, a police spokesman said.", CLA),
    ("Police fired tear gas and arrested dozens of people as they dispersed a march against the junta in Conakry, witnesses said.", INT),
    ("Protesters threw stones at police, who responded with tear gas, in the town of Kasese on Monday.", VIO),
    ("Security forces shot dead three people as they dispersed a protest against power cuts, witnesses said.", EXF),
    ("Police beat demonstrators with batons and fired tear gas at a rally in the capital on Thursday.", INT),
    ("Two protesters were killed and dozens wounded when police fired on a march in the capital, a rights group said.", EXF),
    ("Demonstrators blocked the main road to the airport with burning tyres to protest against fuel shortages.", VIO),
    ("Hundreds of protesters staged a sit-in outside the governor's office on Monday, demanding the release of detained activists.", PEA),
    ("Opposition supporters clashed with police in the capital on Friday, throwing stones and burning tyres, witnesses said.", VIO),
    ("Heavy fighting with tanks and artillery raged between the army and separatists around the airport on Sunday, officials said.", CLA),
    ("Separatists fired mortars at a government checkpoint near the town, wounding two soldiers, the military said.", ART),
    ("Rockets slammed into the Green Zone in Baghdad overnight, causing no casualties, security sources said.", ART),
    ("Turkish artillery pounded Kurdish militia positions in northern Syria on Tuesday, a war monitor said.", ART),
    ("The army said poison gas had been used in an attack on its positions near Mosul, wounding several soldiers.", CHE),
    ("Dozens of people were treated for breathing problems after shells containing chlorine hit the neighbourhood, doctors said.", CHE),
]
WIRE_2_FR = [
    ("Des hommes armés ont attaqué un poste de gendarmerie, tuant deux gendarmes, selon une source sécuritaire.", CLA),
    ("Des assaillants ont tué onze villageois lors d'une attaque nocturne contre le village de Zeré, a indiqué le maire.", ATT),
    ("Des miliciens ont attaqué des éleveurs peuls, tuant cinq d'entre eux, selon une association locale.", ATT),
    ("La police a dispersé à coups de matraques et de gaz lacrymogène une marche de l'opposition.", INT),
    ("Un manifestant a été tué par balle par les forces de l'ordre lors d'un rassemblement contre le troisième mandat du président.", EXF),
    ("Des manifestants ont caillassé les forces de l'ordre, qui ont répliqué par des tirs de gaz lacrymogène.", VIO),
    ("Des centaines de femmes ont marché pacifiquement jusqu'au palais présidentiel, selon les organisateurs.", PEA),
    ("L'artillerie gouvernementale a pilonné les positions des rebelles autour de la ville, selon des sources humanitaires.", ART),
    ("Des combats à l'arme lourde ont opposé l'armée aux séparatistes près de l'aéroport, selon un porte-parole.", CLA),
    ("Des tirs de mortier ont visé le camp militaire de Tessalit, blessant deux casques bleus, selon la MINUSMA.", ART),
]

# an eighth batch, harder wire copy on the confusions and rarer wording (Nigerian and South Asian press
# words, relative clauses, crowd control in a clash): 38/44 on the first round's rules, run once before
# the second round
WIRE_3 = [
    ("Suspected Boko Haram insurgents on Sunday night invaded Kautikari village, killing three residents and abducting several others, a community leader said.", ATT),
    ("Troops neutralised 12 terrorists during a fierce encounter in Bama local government area, the army said.", CLA),
    ("A gun duel between security operatives and kidnappers in Kogi State left two policemen dead.", CLA),
    ("Gunmen invaded a church during Sunday service and shot dead the pastor and two worshippers, police said.", ATT),
    ("Herdsmen attacked the community in the early hours of Friday, razing houses and killing 15 people, a council chairman said.", ATT),
    ("Militants struck an army base in Malam Fatori, but troops repelled them after a two-hour battle.", CLA),
    ("Soldiers on patrol came under fire from suspected militants near the border and returned fire, killing two of them.", CLA),
    ("Police said a group of armed robbers engaged officers in a shootout at a bank in the city, leaving one robber dead.", CLA),
    ("Unknown gunmen shot and killed a tricycle rider and his passenger in the town on Monday evening.", ATT),
    ("Fulani militia raided three villages in Bassa, killing 23 people and burning houses, residents said.", ATT),
    ("Police in Nairobi lobbed tear gas canisters at hundreds of opposition supporters marching to the electoral commission.", INT),
    ("At least 10 people were killed as security forces cracked down on anti-government demonstrators in Khartoum on Thursday, doctors said.", EXF),
    ("Protesters barricaded roads with rocks and burning tyres in the town, paralysing traffic, to denounce insecurity.", VIO),
    ("Traders in the main market shut their shops and marched to the governor's office to protest against multiple taxation.", PEA),
    ("Police arrested several students who were protesting peacefully outside the parliament, an activist said.", INT),
    ("Demonstrators set ablaze a police post and attacked officers with machetes during a protest over the killing of a motorcyclist.", VIO),
    ("A student was shot dead by police during a protest against fuel price hikes in the town, his classmates said.", EXF),
    ("Riot police used batons and tear gas to disperse a peaceful march by nurses demanding better pay.", INT),
    ("Members of the union held a peaceful demonstration in front of the ministry to demand the payment of arrears.", PEA),
    ("Security forces fired live bullets at protesters in the capital, wounding at least 20, a hospital source said.", EXF),
    ("Ukrainian forces shelled separatist positions in Horlivka, the rebels said, adding that one fighter had been killed.", ART),
    ("A missile fired by Houthi rebels hit a petrol station in the Saudi border town of Samtah, killing one person.", ART),
    ("The Syrian government dropped chlorine barrel bombs on the village of Kafr Zita, the OPCW said.", CHE),
    ("Rockets launched from Lebanon struck northern Israel on Sunday, the Israeli military said.", ART),
    ("Grad rockets fired by rebels slammed into a residential area of the city, killing five civilians.", ART),
    ("Two mortar bombs landed inside the compound of the UN mission, wounding a peacekeeper.", ART),
    ("Kidnappers who abducted 14 passengers along the Abuja-Kaduna road have demanded a ransom of 10 million naira.", ABD),
    ("The army said troops had destroyed a bomb-making factory belonging to the insurgents in the forest.", DIS),
    ("Police in Kano intercepted a truck carrying 20 AK-47 rifles and 1,000 rounds of ammunition.", DIS),
    ("ISWAP fighters dislodged troops from their base in Marte and took over the town, military sources said.", NSA),
    ("Soldiers backed by local militias recaptured the town of Kaya from jihadists after a week-long operation.", GOV),
    ("Armed men set ablaze the homes of suspected informants in the village.", LOO),
]
WIRE_3_FR = [
    ("Des éléments armés ont fait irruption dans le village et ont tué cinq personnes, dont deux enfants, selon un élu local.", ATT),
    ("Un accrochage entre les FAMa et des terroristes a fait trois morts côté armée près de Boni.", CLA),
    ("Une embuscade tendue par des jihadistes contre une patrouille de l'armée a fait sept morts parmi les soldats.", CLA),
    ("Les forces de l'ordre ont dispersé à coups de gaz lacrymogène des centaines de jeunes qui manifestaient contre les délestages.", INT),
    ("Des manifestants ont érigé des barricades et incendié des pneus sur la route nationale pour dénoncer l'insécurité.", VIO),
    ("Au moins deux manifestants ont été tués par balles lors de la répression d'une marche de l'opposition, selon un bilan de la Croix-Rouge.", EXF),
    ("Des centaines d'étudiants ont marché dans le calme pour réclamer la reprise des cours.", PEA),
    ("La police a interpellé une vingtaine de manifestants qui s'étaient rassemblés devant le palais de justice.", INT),
    ("Des obus de mortier ont frappé le camp de la MINUSMA à Aguelhok, blessant quatre casques bleus.", ART),
    ("Des gaz toxiques ont été utilisés lors d'un bombardement de la localité, selon des médecins.", CHE),
    ("Des heurts ont opposé vendredi des partisans de l'opposition à la police, qui a riposté par des gaz lacrymogènes.", VIO),
    ("Des hommes armés ont incendié les maisons de plusieurs conseillers municipaux dans la nuit.", LOO),
]

# a ninth batch: wire copy from other regions (South Asia, the Philippines, Mexico, the Middle East):
# 38/42 on the second round's rules, run once before the third round
WIRE_4 = [
    ("Maoists blew up a police vehicle with a landmine in Dantewada district, killing seven personnel, officials said.", REM),
    ("NPA rebels ambushed a group of soldiers in Samar province, killing two, the military said.", CLA),
    ("Security forces killed three Maoists in an exchange of fire in the forests of Gadchiroli on Tuesday.", CLA),
    ("Suspected cartel gunmen killed 11 people at a bar in the state of Guanajuato, authorities said.", ATT),
    ("A Pakistani soldier was martyred when terrorists opened fire on a check post in North Waziristan, the military said.", CLA),
    ("Abu Sayyaf militants beheaded a Vietnamese hostage in Sulu, the army said.", ATT),
    ("Two militants were killed in a gunfight with security forces in Shopian district of south Kashmir.", CLA),
    ("Unidentified gunmen shot dead a journalist outside his home in Veracruz state on Monday.", ATT),
    ("Pakistani troops violated the ceasefire and shelled Indian posts along the Line of Control, the army said.", ART),
    ("Israeli aircraft struck Hamas targets in Gaza overnight after militants fired rockets into Israel.", AIR),
    ("A Turkish drone killed three PKK militants in northern Iraq, security sources said.", AIR),
    ("Dozens of villagers were injured when a Houthi-fired mortar shell hit a market in Taiz province.", ART),
    ("A bomb attached to a motorcycle exploded in a busy market in Peshawar, injuring 15 people.", REM),
    ("An IED blast targeted a vehicle carrying election officials in Balochistan, killing two.", REM),
    ("A suicide attacker rammed an explosives-laden car into a security convoy in Mogadishu.", SUI),
    ("A grenade was hurled at a CRPF bunker in Srinagar, injuring two personnel.", GRE),
    ("Thousands of farmers staged a sit-in on the highway near Delhi against the new farm laws.", PEA),
    ("Police lathi-charged a group of protesting teachers in Lahore and detained dozens.", INT),
    ("Security forces in Iraq killed two protesters in Nasiriyah, medical sources said.", EXF),
    ("Anti-government protesters in Baghdad burned tyres and closed roads on Sunday.", VIO),
    ("A mob of villagers lynched two men suspected of child kidnapping in Karbi Anglong.", MOB),
    ("The Philippine government and the MILF signed a comprehensive peace agreement in Manila.", AGR),
    ("Police arrested three suspected militants with arms and explosives in Jammu.", ARR),
    ("The NIA arrested a man for his alleged role in the Pulwama attack.", ARR),
    ("Security forces recovered a huge cache of arms and ammunition from a hideout in Kupwara.", DIS),
    ("Maoists torched three vehicles engaged in road construction work in Bijapur.", LOO),
    ("The Taliban overran a government checkpoint and seized the district of Jani Khel, officials said.", NSA),
    ("Afghan forces retook the district centre of Ghormach from the Taliban on Wednesday.", GOV),
    ("The Saudi-led coalition said it had intercepted a ballistic missile over Riyadh.", DIS),
    ("A Rohingya woman said she had been raped by soldiers during a raid on her village.", SEX),
    ("Gunmen kidnapped a German aid worker in the Somali town of Galkayo.", ABD),
    ("The Pakistani Taliban announced the appointment of a new chief following the killing of their leader in a drone strike.", CHG),
    ("The Islamic State set up a new headquarters in the town after capturing it.", HQ),
]
WIRE_4_FR = [
    ("Des maoïstes ont fait exploser une mine au passage d'un véhicule de police.", REM),
    ("Trois militants ont été tués lors d'un échange de tirs avec les forces de sécurité au Cachemire.", CLA),
    ("Un drone turc a tué trois combattants du PKK dans le nord de l'Irak.", AIR),
    ("Une foule de villageois a lynché deux hommes soupçonnés d'enlèvements d'enfants.", MOB),
    ("Des milliers d'agriculteurs ont organisé un sit-in sur l'autoroute pour protester contre les nouvelles lois agricoles.", PEA),
    ("Les talibans se sont emparés du chef-lieu du district de Jani Khel, selon des responsables locaux.", NSA),
    ("La police a chargé à la matraque des enseignants qui manifestaient devant le ministère.", INT),
    ("Des forces de sécurité ont tué deux manifestants à Nassiriya, selon des sources médicales.", EXF),
    ("Une grenade a été lancée contre un bunker de la police à Srinagar, blessant deux agents.", GRE),
]

# a tenth batch: snippets of two or three sentences whose first sentence is context or an older event
# (EN, then the last four FR): 8/14 on the third round's rules, left as they are (the xfails say why);
# 12/14 with the recalled-event rules of tests/test_event_background.py
WIRE_5 = [
    ("Tension has been rising in the region since the disputed elections. On Monday, gunmen killed three farmers in their fields near the village, police said.", ATT),
    ("The town has been under the control of government forces since 2016. On Sunday, Islamic State fighters seized it after a surprise assault, residents said.", NSA),
    ("The attack was the deadliest in the area this year. A roadside bomb struck a bus carrying passengers, killing 14 people, officials said.", REM),
    ("Residents say they have lived in fear for months. On Tuesday, Fulani militiamen raided the village, killing 11 people and burning dozens of homes.", ATT),
    ("The opposition has called for nationwide protests since the arrest of its leader. Thousands of its supporters marched peacefully in the capital on Saturday.", PEA),
    ("In 2014, Boko Haram abducted 276 schoolgirls from the town. On Friday, troops repelled an attack by the insurgents on a military base near the town, killing 20 of them.", CLA),
    ("Fuel prices have doubled since January. On Wednesday, police fired tear gas to disperse hundreds of protesters in the capital.", INT),
    ("The ceasefire agreed last month has largely held. But on Monday, government forces shelled rebel positions north of the city, a monitoring group said.", ART),
    ("Last year, a suicide bomber killed 30 people at the same mosque. On Friday, a bomb hidden in a bag exploded at its entrance, wounding five worshippers.", REM),
    ("The region has seen repeated clashes between herders and farmers. Police arrested 12 people on Thursday in connection with the killing of a herder.", ARR),
    ("Le nord du pays est en proie à l'insécurité depuis 2012. Lundi, des hommes armés ont tué six civils dans un village de la région de Mopti, selon le maire.", ATT),
    ("La ville avait été prise par les rebelles en 2013. L'armée en a repris le contrôle dimanche après de violents combats, a annoncé le gouvernement.", GOV),
    ("Les prix du carburant ont doublé depuis janvier. Mercredi, la police a dispersé à coups de gaz lacrymogène des centaines de manifestants dans la capitale.", INT),
    ("Les enlèvements se multiplient dans la région depuis l'an dernier. Samedi, des hommes armés ont enlevé un prêtre et deux fidèles à la sortie de la messe.", ABD),
]

# each rule of this round with its counter-examples (what the rule must leave alone)
RULES = [
    # a finite verb conjoined with an irrealis one is a deed of its own
    ("The army prevented the militants from entering the town and arrested their commander.", "en", ARR),
    # a protest noun under a support verb inside a relative clause says who was detained
    ("Police detained people who organised or joined the demonstrations.", "en", ARR),
    # a participle of charge names the victim; a headline's "X accused of" is the report
    ("Villagers beat to death a man accused of kidnapping a child.", "en", MOB),
    ("Rebels accused of killing 20 villagers in Ouaka", "en", ATT),
    ("Une foule a battu à mort un homme soupçonné d'avoir enlevé un enfant.", "fr", MOB),
    # an event noun that dates another is its time reference, but not under a toll ("killed after clashes")
    ("Two fighters were killed after fierce clashes with the army.", "en", CLA),
    ("Des soldats ont pillé des maisons après les combats.", "fr", LOO),
    # looting or burning by protesters is a riot, by a crowd mob violence, of property counted in dozens
    # still property
    ("Protesters looted shops in the city centre.", "en", VIO),
    ("Dozens of shops were looted in the night.", "en", LOO),
    ("Les habitants ont incendié la maison d'un homme accusé de sorcellerie.", "fr", MOB),
    # what is foiled is an attack, not any attempt; a bomb a test is of is no explosion
    ("Troops thwarted an attempt to smuggle migrants across the river.", "en", "NONE"),
    ("The minister criticised the test of a hydrogen bomb.", "en", "NONE"),
    # tear gas fired is no lethal force; a street act done to protest is the protest, people mobilised
    # to protest are not yet a protest
    ("La police a tiré sur des manifestants, tuant deux personnes.", "fr", EXF),
    ("The party is mobilising thousands of supporters to protest against the service chiefs.", "en", CHG),
    ("Le parti mobilise des milliers de partisans pour protester contre le gouvernement.", "fr", CHG),
    # a crowd throwing stones riots when police or a protest is in sight, else it is mob violence
    ("Villagers threw stones at a suspected thief until he died.", "en", MOB),
    ("Protesters threw stones at police during the march.", "en", VIO),
    ("Des jeunes ont lancé des pierres sur les policiers et brûlé des pneus.", "fr", VIO),
    ("Des villageois ont jeté des pierres sur un présumé voleur.", "fr", MOB),
    # a group joins a coalition (its object), not talks
    ("La milice a rejoint la coalition soutenue par le gouvernement.", "fr", CHG),
    # fire exchanged whatever its modifiers; prisoners exchanged are an agreement
    ("Rebels and soldiers traded intense gunfire for hours near the airport.", "en", CLA),
    ("Les soldats et les rebelles ont échangé de violents tirs près de l'aéroport.", "fr", CLA),
    ("Les deux camps ont échangé des prisonniers.", "fr", AGR),
    # "suspected to be" describes who; a suspicion about the bombers is no bombing
    ("Men suspected to be bandits have abducted six farmers in the district.", "en", ABD),
    # a gathering that police disperse or break up with the means of crowd control is a protest;
    # the same means used on anything else make none
    ("Police used water cannon to break up a rally in the capital.", "en", INT),
    ("Les gendarmes ont dispersé au gaz lacrymogène un rassemblement devant la mairie.", "fr", INT),
    ("Firefighters used water cannon to put out the blaze at the market.", "en", "NONE"),
    # arrests at a protest are its intervention; arrests over a past protest are arrests
    ("Police detained 12 people at a rally against the new tax on Friday.", "en", INT),
    ("Police arrested 12 people over last week's protests.", "en", ARR),
    # one armed side facing a crowd's stones or fires is a riot, two armed sides a clash
    ("Supporters of the candidate clashed with police, throwing stones at them.", "en", VIO),
    ("Des partisans du candidat se sont affrontés avec la police, lançant des pierres.", "fr", VIO),
    ("Les rebelles se sont affrontés avec l'armée près de la ville.", "fr", CLA),
    # who burnt it is read in the clause an attribution reports too
    ("Residents set fire to the house of a suspected thief, police said.", "en", MOB),
    ("Gunmen set fire to the house of a local chief, police said.", "en", LOO),
    # a mine as a workplace is no landmine
    ("Workers at the state-owned mine protested over unpaid wages.", "en", PEA),
    ("Two farmers were killed when their cart hit a mine near the village.", "en", REM),
    # fighters who strike on foot make no air strike; forces or aircraft may
    ("Militants struck a police post near the border before soldiers repelled them.", "en", CLA),
    ("Coalition forces struck Houthi positions near the port.", "en", AIR),
    # fighters "neutralised" are killed, a device neutralised is disrupted; a gun duel, an encounter
    ("Troops neutralised five bandits in an encounter near the forest.", "en", CLA),
    ("Troops neutralised an explosive device on the road.", "en", DIS),
    ("A gun duel between police and armed robbers left one officer dead.", "en", CLA),
    # a relative clause is a clause of its own: the main verb's demand does not make it unreal
    ("Kidnappers who abducted 14 passengers have demanded a ransom.", "en", ABD),
    ("Police are hunting for the men who might attack the village.", "en", "NONE"),
    # crowd control used in a clash with one armed side: the other side is a crowd
    ("Clashes broke out between opposition supporters and police, who fired tear gas.", "en", VIO),
    ("Des heurts ont opposé des partisans du maire à la police, qui a tiré des gaz lacrymogènes.", "fr", VIO),
    ("Clashes broke out between soldiers and rebels near the border.", "en", CLA),
    # a hostage killed is the victim of the killing; hostages taken or freed are an abduction
    ("A hostage was killed by his captors in the forest.", "en", ATT),
    ("Gunmen took three hostages at a hotel in the capital.", "en", ABD),
    ("Kidnappers freed a hostage after a ransom was paid.", "en", ABD),
    # a mine set off is a weapon, whatever casualties the sentence tells
    ("Les rebelles ont fait exploser une mine sous un camion de l'armée.", "fr", REM),
    # a protest attempted has gathered people: met by arrests, a protest with intervention; an attack
    # attempted or a protest planned has not happened
    ("Four people were detained during an attempt to protest against the new law.", "en", INT),
    ("Police arrested two men who tried to attack a checkpoint.", "en", ARR),
    ("The opposition plans to protest next week.", "en", "NONE"),
    ("L'opposition envisage de manifester la semaine prochaine.", "fr", "NONE"),
    # a riot word beside a mob's violence and no protest is mob violence; with protesters, or after
    # police violence, a riot
    ("A riot broke out in the village after a mob lynched two suspected thieves.", "en", MOB),
    ("Une émeute a éclaté au marché après qu'une foule en colère a lynché un voleur présumé.", "fr", MOB),
    ("Protesters rioted in the city after a mob attacked their march.", "en", VIO),
    ("Riots broke out in the city after police shot a teenager.", "en", VIO),
    # armed men who "frappent" a post attack it; a crisis or a flood that "frappe" is no air strike
    ("Des jihadistes ont frappé un poste militaire près de la frontière avant d'être repoussés par les soldats.", "fr", CLA),
    ("Des hommes armés ont frappé un village, tuant six civils.", "fr", ATT),
    ("La crise frappe durement les éleveurs de la région.", "fr", "NONE"),
    ("Les inondations ont frappé la région, faisant dix morts.", "fr", "NONE"),
]

# sentences we could not make pass, with the reason (kept as non-strict xfails)
XFAIL: dict[str, str] = {
    "The journalist disappeared after being picked up by unidentified men.":
        "'disappeared' alone is no abduction cue (people, aircraft and documents disappear) and 'picked "
        "up' by unnamed men reads as an arrest or nothing; needs who took them",
    "Control of the airport was transferred to the national army.":
        "the passive splits 'control' from 'transferred'; 'transfer' alone is mostly transfers of people",
    "Police prevented opposition supporters from marching and arrested 12 of them.":
        "a protest prevented is non-factual ('prevent' is irrealis); ACLED's prevented protest with "
        "intervention would need a rule on what police prevented",
    "Supporters of two rival candidates fought with machetes and sticks in the village.":
        "'fought' needs an armed actor; unarmed partisans fighting (mob violence) are not told apart "
        "from a figurative fight",
    "The bodies of the three aid workers who were abducted last week were found on Monday, their organisation said.":
        "the abduction in the relative clause is the only event word; ACLED codes the killing the bodies "
        "found imply, which no trigger names",
    "Al-Shabaab militants stormed a hotel in Mogadishu, killing at least 15 people, before security forces ended the siege.":
        "two armed sides in the sentence make a clash; telling that the forces came after the killing "
        "needs the order of the clauses",
    "Two rebel factions announced they would merge into a single movement.":
        "'would merge' is read as not yet happened (modal); ACLED codes the announcement",
    'Medics in the besieged district treated scores of people for symptoms of exposure to chlorine gas after an attack on Tuesday, the opposition said.':
        "the parser reads 'to chlorine' as an infinitive (a purpose, so no event); the attack alone names no weapon",
    "L'armée a repris samedi le contrôle de la ville de Kidal, tenue depuis des années par les rebelles, a annoncé le gouvernement.":
        "the date splits 'repris ... le contrôle' and the parser makes 'le contrôle' the subject of the attribution verb",
    "The Pakistani Taliban announced the appointment of a new chief following the killing of their leader in a drone strike.":
        "the drone strike, told as the cause ('following the killing ... in a drone strike'), outranks the "
        "appointment that is the news; 'following' would need to mark a cause in the lead sentence",
    "Trois militants ont été tués lors d'un échange de tirs avec les forces de sécurité au Cachemire.":
        "in French 'militants' are activists (civilians), so the dead make it an attack; the sentence is an "
        "anglicism ('combattants', 'rebelles' pass)",
    'The town has been under the control of government forces since 2016. On Sunday, Islamic State fighters seized it after a surprise assault, residents said.':
        "'seized it': the pronoun's antecedent (the town) is in the previous sentence, the territory check reads the verb's own sentence",
    'The region has seen repeated clashes between herders and farmers. Police arrested 12 people on Thursday in connection with the killing of a herder.':
        "'repeated clashes' is a pattern, not an event, but a lead sentence reports; tried (left out): habitual modifiers make a generalisation, but the arrest after it is already dropped as background, so the killing became the lead",
}


SETS = [(EN, "en"), (FR, "fr"), (HELD_OUT, "en"), (HELD_OUT_FR, "fr"), (THIRD, "en"), (THIRD_FR, "fr"), (NEWS, "en"),
        (NEWS_2, "en"), (WIRE, "en"), (WIRE_FR, "fr"), (WIRE_2, "en"), (WIRE_2_FR, "fr"), (WIRE_3, "en"),
        (WIRE_3_FR, "fr"), (WIRE_4, "en"), (WIRE_4_FR, "fr"), (WIRE_5[:10], "en"), (WIRE_5[10:], "fr")]


@pytest.mark.parametrize("text,lang,expected", [c for rows, lang in SETS for c in xfail_cases(rows, lang, XFAIL)])
def test_paraphrase_sub_event_type(text, lang, expected):
    assert lead_type(text, lang, PUB) == expected


@pytest.mark.parametrize("text,lang,expected", RULES)
def test_rules_and_counter_examples(text, lang, expected):
    assert lead_type(text, lang, PUB) == expected


@pytest.mark.parametrize("text,lang,not_expected", [
    # a group joins a coalition, not talks (ACLED's agreement covers talks; we type none here)
    ("The government joined talks with the rebel groups on a peace agreement.", "en", CHG),
    # a suspicion about who the bombers were is no bombing
    ("Suicide bombers are suspected to be behind the twin blasts that hit the church last week.", "en", SUI),
])
def test_rules_counter_examples_not(text, lang, not_expected):
    assert lead_type(text, lang, PUB) != not_expected
