"""A second blind check of the event typing, CASE-2021 / ACLED style: 143 English and 39 French wire
snippets written in one sitting on 2026-12-04 (19:15-19:40 UTC) before bilan was run on them, spread
over all 25 ACLED sub-event types (at least four each) and weighted to the confusable ones: change to
group/activity (curfews, bans on gatherings, suspended operations, "a change of leadership", a
one-sided ceasefire) against agreement; mob violence against violent demonstration; protest with
intervention against excessive force; looting/property destruction; territory taken by a non-state
actor, regained by the government or changing hands without a fight; arrests; disrupted weapons
use; bases established; abduction and disappearance; sexual violence; attack against armed clash;
shelling, air/drone strike, remote explosive, suicide bomb and grenade. Labelled after the ACLED
codebook's sub-event definitions before the first run; typed as the CASE 2021 adapter types them.

Read 153/182 on the first run (EN 122/143, FR 31/39); 175/182 now (second round below: 22/32 -> 26/32). Fixed by general rules (EN and FR
lexicons): a curfew, a state of emergency or martial law imposed, declared, extended or lifted, gatherings
banned, a group's operations or activities suspended, a one-sided ("unilateral") ceasefire, a change of
leadership told as a noun and a group dissolving itself are a change to group/activity, and an act told in
a phrase or clause of time after it ("after the previous chief was killed in a drone strike") is what it
came after (a curfew or state of emergency for a disaster told in its sentence or the one before is none); partisans (a
party's supporters or members, communities) attacking or fighting each other with no protest told are mob
violence, and the rally they came from ("from a rally", "after a rally", "à la sortie d'un meeting") is no
event of its own; force that hurt no one ("no injuries were reported") is no lethal force; fire opened on a
crowd "qui protestait" is force against protesters; what a bomb disposal unit blew up is disrupted weapons
use; goods carted away in a raid are looting; a shelling told as the means of a territory change ("pushed
out under intense bombardment") is how the ground changed hands; an arrest by people not identified ("son
interpellation par des hommes en civil") is a forced disappearance; soldiers seizing power are a coup
(ACLED's "Other"). The rest are strict xfails with their reasons.
Later (h-case8, third blind set): a participle that describes people ("dozens of striking doctors") is no
military strike, and a count's "of" complement names who was acted on ("82 of the kidnapped schoolgirls");
177/182 now.
Later (h-case9, fourth blind set): an armed side that « a quitté la base » handed it over (second round 27/32).
"""

from __future__ import annotations

import pytest
from extracting import (
    ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH,
    PEA, REM, SEX, SUI, VIO, lead_type,
)

EN = [
    # change to group/activity
    ("Authorities in Jammu and Kashmir imposed an indefinite curfew across Srinagar on Friday, a day after two people were killed in clashes, and suspended mobile internet services in the valley.", CHG),
    ("The interior ministry banned all demonstrations and public gatherings of more than five people in Conakry for a month, citing 'the risk of disorder' ahead of the constitutional referendum.", CHG),
    ("The National Liberation Army (ELN) said in a statement on Sunday that it was suspending its armed operations in Colombia for the duration of the presidential election 'as a gesture to the Colombian people'.", CHG),
    ("The Pakistani Taliban announced a change of leadership on Tuesday, naming Noor Wali Mehsud as emir after the previous chief was killed in a US drone strike in Kunar.", CHG),
    ("Houthi leaders declared a unilateral truce along the Hodeidah front on Wednesday, saying their fighters would halt all offensive operations for two weeks.", CHG),
    ("Four armed groups operating in northern Mali announced their merger into a single coalition on Monday, to be known as the Permanent Strategic Framework.", CHG),
    ("A faction of the Free Syrian Army announced it was dissolving itself on Saturday, with its 2,000 fighters expected to join the Turkish-backed National Army.", CHG),
    ("President Ibrahim declared a three-month state of emergency in the Tillaberi and Tahoua regions on Thursday, giving the army sweeping powers of search and arrest.", CHG),
    ("The junta suspended the activities of all political parties and civil society associations until further notice, state television announced on Wednesday.", CHG),
    # agreement
    ("Government negotiators and the Tigray People's Liberation Front signed a permanent cessation of hostilities in Pretoria on Wednesday after ten days of talks brokered by the African Union.", AGR),
    ("The Armenian and Azerbaijani sides agreed to a humanitarian ceasefire from midnight, the Russian foreign ministry said, to allow the exchange of bodies and prisoners.", AGR),
    ("Some 150 fighters of the Allied Democratic Forces surrendered to the Ugandan army in Bundibugyo district with their weapons, a military spokesman said.", AGR),
    ("Under a deal brokered by Qatar, the Taliban freed 20 Afghan soldiers on Monday in exchange for 100 of its own members held in Bagram prison.", AGR),
    ("Rebel fighters and their families began leaving the besieged district of Daraa al-Balad on buses under an evacuation agreement reached with Russian officers on Tuesday.", AGR),
    ("Leaders of the Fulani and Tiv communities in Benue State signed a peace accord on grazing routes on Friday, pledging to end months of deadly reprisals.", AGR),
    ("Israel and Hamas agreed to extend the truce by two more days, Egyptian mediators said on Monday, with 20 more hostages to be released.", AGR),
    # mob violence
    ("Supporters of the ruling party, armed with sticks and machetes, attacked opposition activists on their way home from a rally in Lilongwe on Saturday, leaving at least six people injured, police said.", MOB),
    ("A mob set upon a man accused of blasphemy in Sialkot, beating him to death and burning his body in front of hundreds of onlookers.", MOB),
    ("Residents of a Johannesburg township went door to door hunting foreign nationals on Sunday night, assaulting several and torching their shops, in a fresh wave of xenophobic violence.", MOB),
    ("Villagers in Jharkhand lynched two cattle traders they suspected of smuggling cows, police said, adding that 14 people had been detained.", MOB),
    ("Hundreds of youths from rival ethnic communities fought with stones and clubs in the market of Kasese town, leaving three dead, before police restored calm.", MOB),
    ("Members of the ANC and EFF clashed outside a polling station in Durban, throwing bricks at each other until police separated them.", MOB),
    ("An angry crowd in Port-au-Prince doused three suspected gang members with petrol and set them alight after they were caught by residents.", MOB),
    # violent demonstration
    ("Protesters angered by a rise in fuel prices blocked the main highway out of Kinshasa with burning tyres and stoned police vehicles on Monday, witnesses said.", VIO),
    ("Students demonstrating against the results of an entrance exam ransacked the education ministry's regional office in Bouake and set fire to two cars.", VIO),
    ("Opposition supporters protesting the arrest of their leader clashed with police in Dakar, throwing stones and burning a supermarket, while officers responded with tear gas.", VIO),
    ("Demonstrators stormed the provincial assembly building in Peshawar and smashed windows during a protest over unpaid salaries.", VIO),
    ("Farmers protesting a land acquisition order torched a police jeep and pelted officers with stones in Bhatta Parsaul, injuring five policemen.", VIO),
    ("Hundreds of protesters in Lima attacked the offices of a mining company, breaking doors and throwing rocks, during a march against the Tia Maria copper project.", VIO),
    ("Rioting erupted in Kano on Friday after a protest against a court ruling, with demonstrators setting fire to a church and a police post.", VIO),
    # protest with intervention
    ("Police fired tear gas and rubber bullets to disperse hundreds of teachers marching peacefully on parliament in Harare on Thursday to demand salaries in US dollars; no injuries were reported.", INT),
    ("Riot police in Istanbul detained 47 people as they broke up a Pride march in Taksim Square that the governor's office had banned.", INT),
    ("Security forces used water cannon to break up a sit-in by opposition supporters outside the electoral commission in Kampala and arrested the organisers.", INT),
    ("A march by families of the disappeared in Colombo was blocked by police who pushed back participants and detained six of them, organisers said.", INT),
    ("Algerian police dispersed a student protest in the capital on Tuesday, arresting dozens, as the Hirak movement tried to resume its weekly marches.", INT),
    ("Officers in Hong Kong pepper-sprayed and removed lawmakers and activists staging a silent protest at a shopping mall.", INT),
    # excessive force against protesters
    ("Soldiers opened fire on a crowd of protesters demanding the release of a local chief in Kindu, killing at least four people and wounding 12, a rights group said.", EXF),
    ("Security forces in Khartoum fired live rounds at peaceful demonstrators marching toward the presidential palace on Thursday, killing three, according to the Central Committee of Sudanese Doctors.", EXF),
    ("Police in Nairobi shot dead a 16-year-old boy during protests over the cost of living in Mathare, Amnesty International said.", EXF),
    ("Iranian security forces killed dozens of protesters in Zahedan on Friday when they fired on worshippers who had gathered after prayers to protest the alleged rape of a girl by a police commander.", EXF),
    ("Guinean gendarmes beat marchers with batons and fired on the crowd, leaving two demonstrators dead and 30 seriously injured, opposition leaders said.", EXF),
    ("Troops in Mandalay used live ammunition against striking railway workers who were protesting peacefully, killing two, witnesses told Reuters.", EXF),
    # looting/property destruction
    ("Fulani militiamen burned down more than 40 houses and a primary school in the village of Kukawa overnight, forcing residents to flee into the bush; no casualties were reported.", LOO),
    ("Bandits raided the market in Gusau on Tuesday, carting away foodstuffs and livestock worth millions of naira, residents said.", LOO),
    ("Soldiers looted shops and homes in the town of Bangassou after the rebels withdrew, according to a UN report.", LOO),
    ("Unidentified men vandalised a Hindu temple in Sindh's Tharparkar district, smashing idols and setting fire to its doors, police said.", LOO),
    ("Settlers uprooted hundreds of olive trees and torched two cars in the Palestinian village of Huwara overnight, the village council said.", LOO),
    ("Militants set fire to a telecommunications tower in Khyber district, cutting mobile services in the area.", LOO),
    # non-state actor overtakes territory
    ("Al-Shabaab fighters overran a military base in Lower Shabelle after a fierce gun battle on Friday and took control of the nearby town of Janale, residents said.", NSA),
    ("M23 rebels seized the town of Bunagana on the Ugandan border on Monday after two days of fighting with the Congolese army.", NSA),
    ("JNIM militants captured the town of Boni after overrunning the army post there, forcing soldiers to retreat toward Douentza.", NSA),
    ("Houthi fighters stormed and captured the Jabal Murad district of Marib after days of heavy clashes with government troops and tribal fighters.", NSA),
    ("ISWAP fighters attacked and occupied the town of Marte in Borno State, driving out the soldiers stationed there, a military source said.", NSA),
    ("Ansar al-Sunna insurgents seized the port town of Mocimboa da Praia after a three-day assault, Mozambique's defence ministry confirmed.", NSA),
    # government regains territory
    ("The Somali National Army said it had recaptured the town of Adale from al-Shabaab after an overnight offensive that left 'dozens of terrorists' dead.", GOV),
    ("Iraqi troops drove Islamic State fighters out of the last neighbourhoods of western Mosul on Sunday, the Joint Operations Command said.", GOV),
    ("Malian soldiers backed by Russian instructors reclaimed the town of Kidal from the Tuareg-led rebels on Tuesday, the junta said in a televised statement.", GOV),
    ("Nigerian troops have regained control of Baga, the military said on Wednesday, two weeks after the town fell to Boko Haram insurgents.", GOV),
    ("Philippine forces cleared the last pocket of resistance in Marawi and retook the city hall from Maute fighters.", GOV),
    ("The Syrian army entered the town of Khan Sheikhoun on Wednesday after rebels were pushed out under intense bombardment.", GOV),
    # arrests
    ("Police in Lahore arrested the former prime minister at his home on Tuesday on corruption charges, his party said, calling it 'a political vendetta'.", ARR),
    ("Ethiopian security forces detained more than 200 ethnic Tigrayans in Addis Ababa over the weekend in what rights groups called a campaign of mass arrests.", ARR),
    ("Turkish authorities issued detention warrants and rounded up 82 people, including mayors of the pro-Kurdish HDP, in dawn raids across 17 provinces.", ARR),
    ("The Zimbabwean opposition leader was taken into custody at a roadblock outside Harare and charged with inciting public violence, his lawyer said.", ARR),
    ("Burundian intelligence agents arrested three journalists of the independent radio station on charges of 'undermining state security'.", ARR),
    ("Venezuelan military counterintelligence officers detained a retired general accused of plotting a coup, Defence Minister Padrino said.", ARR),
    # disrupted weapons use
    ("Security forces defused a powerful improvised explosive device planted under a culvert on the Srinagar-Jammu highway on Monday, averting a major tragedy.", DIS),
    ("Saudi air defences intercepted and destroyed a ballistic missile launched by the Houthis toward Jizan, the coalition said.", DIS),
    ("Police in Mindanao seized a cache of 30 assault rifles, two mortars and several boxes of ammunition from a safe house used by Abu Sayyaf members.", DIS),
    ("Indian troops recovered a huge haul of weapons and explosives, including 12 grenades, from a militant hideout in the forests of Poonch.", DIS),
    ("Bomb disposal experts safely detonated an unexploded rocket found in a farm field near Mosul.", DIS),
    ("Customs officers at the port of Mersin seized a shipment of 5,000 detonators and 3 tonnes of ammonium nitrate bound for Syria.", DIS),
    # headquarters or base established
    ("Islamic State fighters have set up a new base in the hills of Hamrin, from which they launch raids on nearby villages, Iraqi officials said.", HQ),
    ("Wagner mercenaries established a base at the former French camp in Timbuktu days after French troops left.", HQ),
    ("The Arakan Army has established its headquarters in Paletwa township, according to local sources.", HQ),
    ("Al-Shabaab militants set up a camp near the village of Bula Haji and began collecting taxes from herders, residents said.", HQ),
    ("Turkey opened a new military outpost in the de-escalation zone near Saraqeb on Sunday, the Syrian Observatory reported.", HQ),
    # non-violent transfer of territory
    ("Government forces withdrew from the town of Tessit overnight and JNIM fighters moved in the next morning without firing a shot, local officials said.", NVT),
    ("The Kurdish-led SDF handed over control of Tal Rifaat to Syrian government forces on Tuesday; Syrian troops entered the town without resistance.", NVT),
    ("Rebel fighters abandoned their positions in the town of Birao, and the army took over the town on Thursday without fighting, the UN mission said.", NVT),
    ("Anti-balaka militiamen occupied the empty gendarmerie post in Bossangoa after the gendarmes left the area, residents said.", NVT),
    ("The Taliban entered Jalalabad on Sunday without a fight after the provincial governor surrendered the city to the group.", NVT),
    # abduction/forced disappearance
    ("Gunmen abducted 17 passengers from a bus travelling along the Kaduna-Abuja highway on Saturday, police said, and are demanding a ransom.", ABD),
    ("Relatives of a Baloch student said he was taken away by men in plainclothes from his hostel in Karachi two weeks ago and has not been seen since.", ABD),
    ("Armed men in military uniform seized a prominent human rights lawyer outside his office in Bamako on Monday, and his whereabouts remain unknown.", ABD),
    ("Boko Haram insurgents kidnapped 30 women who were collecting firewood near Gwoza, a local vigilante leader said.", ABD),
    ("The ELN is holding two police officers it abducted last week in Arauca, the Colombian ombudsman said.", ABD),
    ("Three foreign aid workers were snatched by unknown assailants at gunpoint in the Niger Delta on Wednesday.", ABD),
    # sexual violence
    ("Eritrean soldiers raped dozens of women in the town of Adwa during the Tigray offensive, survivors told Amnesty International.", SEX),
    ("A 14-year-old girl was sexually assaulted by two members of a pro-government militia at a checkpoint near Kidal, the UN mission said.", SEX),
    ("Members of the Imbonerakure gang-raped a woman in Cibitoke province after accusing her husband of supporting the opposition, a rights group reported.", SEX),
    ("Police officers in Cox's Bazar were accused of raping a Rohingya teenager in custody, and two were suspended pending an inquiry.", SEX),
    ("Soldiers were accused of sexually abusing displaced women in exchange for food in camps around Maiduguri, a report by Human Rights Watch said.", SEX),
    # attack
    ("Gunmen on motorcycles shot dead 23 villagers in Tillia in the Tahoua region on Sunday, local officials said.", ATT),
    ("Unknown assailants hacked to death a Hindu priest in Jhenaidah district in Bangladesh on Tuesday, police said.", ATT),
    ("Men armed with machetes attacked displaced people sleeping in a church compound in Ituri, killing 12, most of them women and children.", ATT),
    ("ADF rebels killed at least 30 civilians in an overnight raid on the village of Mukondi in North Kivu, the army spokesman said.", ATT),
    ("A police officer shot and killed a street vendor in Lagos after an argument over a bribe, witnesses said.", ATT),
    ("Settlers attacked Palestinian farmers with clubs and stones near Nablus, wounding four, the Palestinian Red Crescent said.", ATT),
    # armed clash
    ("Troops and Boko Haram fighters exchanged heavy gunfire for more than three hours in Monguno on Thursday, a soldier told AFP, adding that several insurgents were killed.", CLA),
    ("Fighting between the Sudanese army and the Rapid Support Forces raged for a third day in Omdurman, with both sides claiming gains.", CLA),
    ("Militants ambushed a military convoy near Dera Ismail Khan, killing six soldiers in a gunfight that lasted several hours.", CLA),
    ("Two rival factions of the Ambazonia separatists fought over control of the village of Batibo, leaving five fighters dead.", CLA),
    ("Police and cattle rustlers engaged in a shootout in Baringo county, during which two police reservists were killed.", CLA),
    ("Taliban fighters attacked a police checkpoint in Kunduz, sparking a firefight in which eight officers and 11 insurgents died.", CLA),
    # shelling/artillery/missile attack
    ("Russian forces shelled the centre of Kharkiv with multiple rocket launchers on Tuesday, killing at least nine civilians, the regional governor said.", ART),
    ("Houthi rebels fired a ballistic missile at a military camp in Marib, killing several soldiers, a government spokesman said.", ART),
    ("Armenian artillery pounded Azerbaijani positions in the Tartar region overnight, Baku's defence ministry said.", ART),
    ("Mortar rounds fired by al-Shabaab struck the presidential palace compound in Mogadishu on Sunday, injuring two guards.", ART),
    ("Pakistani and Indian troops traded artillery fire across the Line of Control in Kupwara, damaging houses on both sides.", ART),
    # air/drone strike
    ("Turkish drones struck a vehicle carrying PKK members near Qamishli on Thursday, killing three, the Kurdish-led administration said.", AIR),
    ("Myanmar military jets bombed a school in Sagaing region, killing at least 11 children, according to UNICEF.", AIR),
    ("An Ethiopian air force raid on a market in Togoga killed dozens of people, witnesses said.", AIR),
    ("The US military said it carried out an airstrike against al-Shabaab fighters near Jilib, killing an estimated 30 militants.", AIR),
    ("Nigerian Air Force fighter jets mistakenly hit a gathering of villagers celebrating a religious festival in Kaduna, killing 85.", AIR),
    # remote explosive/landmine/IED
    ("A roadside bomb tore through a minibus carrying wedding guests in Kandahar province, killing 11 people including women and children.", REM),
    ("Two soldiers were killed when their armoured vehicle hit a landmine in Mopti, the Malian army said.", REM),
    ("An explosive device attached to a motorcycle went off near a crowded market in Quetta on Friday evening, wounding 16 people.", REM),
    ("A car bomb exploded outside the police headquarters in Kirkuk, killing four officers, security sources said.", REM),
    ("A magnetic bomb stuck to a car killed a deputy governor in Kabul's Police District 10 on Tuesday morning.", REM),
    # suicide bomb
    ("A suicide bomber detonated his vest in a crowded Shia mosque in Kunduz during Friday prayers, killing at least 46 worshippers.", SUI),
    ("Two female suicide bombers blew themselves up at a market in Maiduguri, killing 18, emergency officials said.", SUI),
    ("An al-Shabaab suicide car bomber rammed into an AMISOM convoy in Mogadishu on Saturday, killing three peacekeepers.", SUI),
    ("At least 25 people were killed when a man wearing an explosive belt blew himself up at a funeral in Nangarhar, the governor's spokesman said.", SUI),
    ("A suicide attack targeting a police vehicle in Diyarbakir killed two officers and wounded 12 people.", SUI),
    # grenade
    ("Militants lobbed a grenade at a CRPF patrol in Srinagar's Lal Chowk, wounding seven civilians and two troopers.", GRE),
    ("A hand grenade thrown into a crowded bar in Bujumbura killed one person and wounded 20 on Saturday night.", GRE),
    ("Suspected members of a drug cartel hurled grenades at a police station in Reynosa, damaging patrol cars but causing no injuries.", GRE),
    ("Unknown attackers threw a grenade into the compound of a church in Garissa during Sunday mass, injuring 15 worshippers.", GRE),
    ("Two people were injured when a grenade exploded outside the house of a local politician in Mindanao's Cotabato City.", GRE),
    # chemical weapon
    ("Dozens of people were treated for suffocation after government helicopters dropped barrels containing chlorine on the town of Saraqib, doctors said.", CHE),
    ("The OPCW said sarin nerve agent had been used in an attack on the village of Ltamenah in March.", CHE),
    ("Kurdish officials accused Turkish forces of using chemical weapons against PKK fighters in the Duhok mountains, a charge Ankara denied.", CHE),
    ("Rebels fired shells containing mustard gas at the village of Marea, according to a UN investigation.", CHE),
    # peaceful protest
    ("Thousands of farmers marched peacefully through New Delhi on Tuesday to demand guaranteed prices for their crops, waving flags and chanting slogans.", PEA),
    ("Relatives of missing persons staged a sit-in outside the presidential secretariat in Jaffna, holding photographs of their loved ones.", PEA),
    ("Nurses at the main public hospital in Accra downed tools and held a demonstration to protest unpaid allowances.", PEA),
    ("Hundreds of women gathered in Khartoum's Africa Street to demand justice for victims of the June 3 massacre; the rally ended without incident.", PEA),
    ("Students in Santiago held a peaceful rally against the rise in metro fares, organisers said.", PEA),
    # other
    ("Investigators exhumed the bodies of 43 people from a mass grave discovered near the village of Ntoyo, the provincial governor said.", OTH),
    ("Soldiers seized power in Gabon on Wednesday, announcing on national television that they had dissolved all state institutions and placed the president under house arrest.", OTH),
    ("Tanzania expelled hundreds of Burundian refugees back across the border on Friday in a forced deportation, UNHCR said.", OTH),
    ("A mass grave containing the remains of at least 20 people believed to have been killed by the militia was found in a banana plantation near Beni.", OTH),
]

FR = [
    ("Les autorités ont décrété un couvre-feu de 19 heures à 6 heures dans toute la ville de Goma après les violences de la veille.", CHG),
    ("Le gouverneur de Niamey a interdit toute manifestation sur la voie publique jusqu'à nouvel ordre, invoquant des « risques de troubles à l'ordre public ».", CHG),
    ("Le groupe armé a annoncé la suspension de ses opérations militaires pendant la période du ramadan, dans un communiqué diffusé samedi.", CHG),
    ("Le Front de libération du Macina a annoncé un changement à sa tête après la mort de son chef, tué lors d'une frappe de drone.", CHG),
    ("Les rebelles ont décrété un cessez-le-feu unilatéral de deux semaines pour permettre l'acheminement de l'aide humanitaire.", CHG),
    ("Le gouvernement et les groupes armés ont signé à Bangui un accord de paix prévoyant le désarmement des combattants.", AGR),
    ("Les deux camps se sont mis d'accord sur un échange de prisonniers, a indiqué le Comité international de la Croix-Rouge.", AGR),
    ("Une centaine de combattants du groupe Maï-Maï se sont rendus aux forces armées avec leurs armes à Beni.", AGR),
    ("Des partisans du parti au pouvoir ont attaqué à coups de machettes des militants de l'opposition à la sortie d'un meeting à Conakry, faisant cinq blessés.", MOB),
    ("Une foule en colère a lynché deux hommes soupçonnés de vol de bétail dans un village du centre du pays.", MOB),
    ("Des manifestants ont incendié un commissariat et érigé des barricades de pneus enflammés à Bamako pour protester contre la hausse du prix de l'électricité.", VIO),
    ("Des jeunes en colère ont saccagé la mairie et pillé des magasins lors d'une marche contre la vie chère à Port-Gentil.", VIO),
    ("La police a dispersé à coups de gaz lacrymogène une marche pacifique de l'opposition à Lomé et interpellé une trentaine de personnes.", INT),
    ("Les forces de l'ordre ont tiré à balles réelles sur des manifestants pacifiques à Conakry, tuant trois jeunes, selon le FNDC.", EXF),
    ("Des soldats ont ouvert le feu sur la foule qui protestait contre l'arrestation d'un chef coutumier, faisant au moins quatre morts.", EXF),
    ("Des hommes armés ont pillé et incendié le centre de santé du village avant de prendre la fuite, sans faire de victimes.", LOO),
    ("Des miliciens ont incendié une quarantaine de cases dans le village de Djugu dans la nuit de dimanche à lundi.", LOO),
    ("Les jihadistes du JNIM ont pris le contrôle de la ville de Boulkessi après de violents combats avec l'armée malienne.", NSA),
    ("Les rebelles du M23 se sont emparés de la localité de Rubaya après avoir chassé les militaires congolais.", NSA),
    ("L'armée burkinabè a repris le contrôle de la ville de Djibo, tenue depuis plusieurs semaines par des groupes armés terroristes.", GOV),
    ("Les forces armées centrafricaines ont reconquis la ville de Bambari, a annoncé le porte-parole du gouvernement.", GOV),
    ("Les militaires se sont retirés de la localité de Ménaka et les combattants de l'État islamique y sont entrés sans combattre.", NVT),
    ("Des hommes armés ont enlevé trois religieuses dans leur couvent à Koutiala, leurs ravisseurs n'ont pas encore donné signe de vie.", ABD),
    ("Un journaliste porté disparu depuis son interpellation par des hommes en civil n'a plus donné de nouvelles depuis deux semaines, selon sa famille.", ABD),
    ("Une adolescente a été violée par des éléments d'un groupe armé à un barrage près de Kaga-Bandoro, selon la Minusca.", SEX),
    ("Des éléments des forces de défense ont été accusés de violences sexuelles contre des femmes déplacées dans le camp de Kaya.", SEX),
    ("Des hommes armés non identifiés ont tué par balles douze civils dans un village de la région de Tillabéri.", ATT),
    ("Des affrontements entre l'armée et des combattants du groupe Ansaroul Islam ont fait une dizaine de morts près de Djibo.", CLA),
    ("Un engin explosif improvisé a explosé au passage d'un véhicule militaire entre Gao et Ansongo, tuant deux soldats.", REM),
    ("Une grenade a été lancée dans un bar de Bujumbura samedi soir, faisant deux morts et une dizaine de blessés.", GRE),
    ("Les forces de sécurité ont désamorcé un engin explosif dissimulé près du marché central de Maroua.", DIS),
    ("Des obus de mortier tirés par les rebelles sont tombés sur le quartier administratif de la ville, faisant trois blessés.", ART),
    ("Un kamikaze s'est fait exploser à l'entrée d'une mosquée de Maiduguri, tuant au moins huit fidèles.", SUI),
    ("Un drone de l'armée a frappé un rassemblement de combattants près de Tessit, tuant une vingtaine de personnes.", AIR),
    ("Le chef de l'opposition a été arrêté mardi à son domicile par la police et inculpé de « complot contre l'État ».", ARR),
    ("Le groupe armé a installé une nouvelle base dans la forêt de Kangaba, d'où il mène des incursions dans les villages voisins.", HQ),
    ("Environ 2 000 personnes ont manifesté pacifiquement à Dakar pour réclamer la libération des détenus politiques.", PEA),
    ("Un charnier contenant une trentaine de corps a été découvert près du village de Tanwalbougou, a annoncé le procureur.", OTH),
    ("Les forces de sécurité ont saisi un important stock d'armes et de munitions dans une cache de la localité de Kidira.", DIS),
]

# a second round, written at 20:00 UTC the same day before bilan was run on them, on the classes the CASE
# dev per-class figures show weakest (Other, looting/property destruction, non-violent transfer, excessive
# force, protest with intervention, violent demonstration, change to group/activity); first run: 22/32 (EN 16/22, FR 6/10); 26/32 now (a subject's own
# words, not a clause describing it, say whether the police did a riot act; partisans fighting need no
# armed side; FR « saccager » done by people not identified or an armed group is property destroyed; a
# noun "pouvoir" the model hangs on a verb is no modal; FR « désigner un nouveau chef »)
ROUND2 = [
    ("Armed men looted the offices of an aid agency in Kaga-Bandoro, taking computers, fuel and two vehicles, the UN said.", "en", LOO),
    ("Herders drove their cattle into farms near Makurdi and destroyed crops worth millions of naira, farmers said.", "en", LOO),
    ("Unidentified people vandalised the offices of the opposition party in Harare overnight, breaking windows and burning documents.", "en", LOO),
    ("Soldiers demolished dozens of homes belonging to families of suspected militants in Pulwama.", "en", LOO),
    ("Russian forces pulled out of the village of Sarakeb on Monday and Syrian government troops took over their positions.", "en", NVT),
    ("Malian troops took control of the camp in Ber after UN peacekeepers handed it over ahead of schedule.", "en", NVT),
    ("The separatists vacated the town hall of Bamenda on Sunday and soldiers moved in the same evening.", "en", NVT),
    ("Police beat dozens of striking doctors with batons during a sit-in in Lahore, leaving several with head injuries requiring hospital treatment.", "en", EXF),
    ("A protester died after being hit in the head by a tear gas canister fired by police in Nairobi.", "en", EXF),
    ("Security forces shot and wounded 14 people demonstrating against power cuts in Sikasso, hospital sources said.", "en", EXF),
    ("Human rights investigators uncovered a mass grave with 17 bodies near a former army camp in Tigray.", "en", OTH),
    ("The army took power in a coup in Niamey on Wednesday, suspending the constitution.", "en", OTH),
    ("Police detained 30 activists as they tried to stage a sit-in outside the presidential palace in Minsk.", "en", INT),
    ("Riot police blocked a march of opposition supporters from reaching the city centre in Kinshasa and fired tear gas.", "en", INT),
    ("Angry residents protesting the killing of a motorcycle taxi rider by police stormed a police station in Kampala and set it on fire.", "en", VIO),
    ("Demonstrators hurled petrol bombs at riot police in Santiago during a protest against pension reform.", "en", VIO),
    ("A crowd of villagers beat a suspected child abductor to death in Ekiti State before police arrived.", "en", MOB),
    ("Supporters of two rival candidates fought with knives and stones after the vote count in a village near Mymensingh, injuring 20.", "en", MOB),
    ("The military government lifted the nightly curfew in Yangon on Monday after six months.", "en", CHG),
    ("Al-Shabaab announced it had appointed a new governor for the Lower Juba region.", "en", CHG),
    ("The government and the Karen National Union agreed to extend their ceasefire for another year.", "en", AGR),
    ("Boko Haram released 82 of the kidnapped Chibok schoolgirls in exchange for five detained commanders.", "en", AGR),
    ("Des inconnus ont saccagé le siège du parti au pouvoir à Bangui et incendié deux véhicules.", "fr", LOO),
    ("Les soldats français ont quitté la base de Ménaka, aussitôt occupée par l'armée malienne.", "fr", NVT),
    ("Un manifestant a été tué par balle lors de la dispersion d'une marche de l'opposition à Conakry.", "fr", EXF),
    ("La police a interpellé une vingtaine de militants qui tentaient d'organiser un sit-in devant l'Assemblée nationale à Dakar.", "fr", INT),
    ("Des manifestants en colère ont incendié la mairie de Kaya pour protester contre l'insécurité.", "fr", VIO),
    ("Une foule a battu à mort un homme accusé de sorcellerie dans un village du Kasaï.", "fr", MOB),
    ("Le gouvernement a levé le couvre-feu en vigueur depuis trois mois à Bangui.", "fr", CHG),
    ("Le groupe armé a désigné un nouveau chef à la suite de la mort de son fondateur.", "fr", CHG),
    ("Une fosse commune contenant une quarantaine de corps a été découverte près de Bossangoa.", "fr", OTH),
    ("Les rebelles ont libéré 12 otages à la suite de négociations menées par les chefs religieux.", "fr", AGR),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
    "Le Front de libération du Macina a annoncé un changement à sa tête après la mort de son chef, tué lors d'une frappe de drone.":
        "le modèle rattache « tué lors d'une frappe » au verbe principal (advcl d'« annoncé »), pas à « après la "
        "mort de son chef » : la frappe n'est pas lue comme ce qui a précédé le changement et passe devant",
    "Residents of a Johannesburg township went door to door hunting foreign nationals on Sunday night, assaulting several and torching their shops, in a fresh wave of xenophobic violence.":
        "the residents are the subject of 'went', not of the participle 'assaulting': no crowd is found as "
        "its doer, and the assault is read as a clash",
    "Members of the ANC and EFF clashed outside a polling station in Durban, throwing bricks at each other until police separated them.":
        "parties named only by their acronyms are not known as parties: their members clashing read as a battle",
    "An angry crowd in Port-au-Prince doused three suspected gang members with petrol and set them alight after they were caught by residents.":
        "'set them alight' split by its object is not matched (only particles split a phrasal trigger)",
    "Herders drove their cattle into farms near Makurdi and destroyed crops worth millions of naira, farmers said.":
        "crops destroyed by driving cattle into farms: 'destroy' needs property near it and 'crops ... worth "
        "millions of naira' is not read as property destroyed by an actor",
    "Al-Shabaab announced it had appointed a new governor for the Lower Juba region.":
        "a group's own 'governor' is not a leader word: the appointment is not read as a change to the group",
    "La police a interpellé une vingtaine de militants qui tentaient d'organiser un sit-in devant l'Assemblée nationale à Dakar.":
        "le sit-in tenté est dit dans une relative sur les personnes interpellées : il est lu comme leur "
        "description, l'interpellation reste une arrestation",
    "Suspected members of a drug cartel hurled grenades at a police station in Reynosa, damaging patrol cars but causing no injuries.":
        "a cartel's members are a criminal group: their grenade attack is left to organised crime (no ACLED "
        "type), as the project reads criminal groups",
}


def _params(rows, lang, xfail=None):
    """One case per (text, expected) row of ``rows``; strict xfails from ``xfail`` (this file's by default)."""
    xfail = XFAIL if xfail is None else xfail
    return [pytest.param(text, lang, expected, id=f"{lang}-{text[:50]}",
                         marks=[pytest.mark.xfail(strict=True, reason=xfail[text])] if text in xfail else [])
            for text, expected in rows]


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en") + _params(FR, "fr") + [
    p for lang in ("en", "fr") for p in _params([(t, e) for t, lg, e in ROUND2 if lg == lang], lang)])
def test_blind_case_style2_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR} | {t for t, _, _ in ROUND2}
    assert set(XFAIL) <= texts


def test_every_acled_type_has_four_snippets():
    from collections import Counter

    counts = Counter(label for _, label in EN + FR)
    assert len(counts) == 25 and min(counts.values()) >= 4


# controls for the rules this set led to (written with them, before running bilan on them): the cue
# words in a sentence that tells another event, or no event. First run: 8/8, then 3/4 for the four
# disaster controls (the two-sentence wildfire one failed; fixed by the disaster check), 2/2 for the two
# response controls (written after the CASE dev no-fall check showed a deployment "following a night of
# shelling" taking the lead from the shelling; the time-phrase rule was then kept to leadership changes)
CONTROLS = [
    ("Thousands of protesters defied the curfew and marched peacefully through the centre of Srinagar.", "en", PEA),
    ("Supporters of the opposition clashed with police in Nairobi, throwing stones and burning tyres.", "en", VIO),
    ("Police arrested the journalist at his home in Karachi on charges of sedition.", "en", ARR),
    ("Police fired tear gas at protesters in Harare, injuring at least 12 people.", "en", EXF),
    ("Soldiers opened fire on villagers who were fetching water near Kidal, killing three.", "en", ATT),
    ("Government forces shelled the town under cover of darkness, killing four civilians.", "en", ART),
    ("La police a interpellé le journaliste à son domicile et l'a inculpé de diffamation.", "fr", ARR),
    ("Des manifestants ont bravé le couvre-feu et ont défilé pacifiquement dans les rues de Goma.", "fr", PEA),
    # a state of emergency for a disaster is no change to an armed group's or a population's activity in a
    # conflict (added with the disaster check, before running bilan on them)
    ("Authorities declared a state of emergency in three provinces after floods displaced 40,000 people.", "en", "NONE"),
    ("Wildfires fanned by strong winds have burned 30,000 hectares. The government declared a state of emergency on Thursday.", "en", "NONE"),
    ("Les autorités ont décrété l'état d'urgence dans la région après des inondations qui ont fait 40 000 sinistrés.", "fr", "NONE"),
    ("The governor declared a state of emergency in Borno after insurgents attacked three towns.", "en", CHG),
    # troops sent in response to an act told in a time phrase: the act stays the news (only a change that
    # comes after its cause, a leadership change after a leader's death, is the news over it)
    ("Pakistan reinforced its border posts with troops following a night of mortar fire that killed two soldiers.", "en", ART),
    ("L'armée a renforcé ses positions après une nuit de tirs d'obus qui ont tué deux soldats.", "fr", ART),
    # a release traded for captives is an agreement (written with the "exchange" cue, checked while making it)
    ("Boko Haram released the schoolgirls in exchange for five detained commanders.", "en", AGR),
]
CONTROL_XFAIL: dict[str, str] = {
}


def control_params(controls, xfail=None):
    """One case per (text, lang, expected) control; strict xfails from ``xfail`` (keyed by text)."""
    xfail = xfail or {}
    return [pytest.param(text, lang, expected, id=f"control-{lang}-{text[:40]}",
                         marks=[pytest.mark.xfail(strict=True, reason=xfail[text])] if text in xfail else [])
            for text, lang, expected in controls]


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS, CONTROL_XFAIL))
def test_blind_case_style2_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected
