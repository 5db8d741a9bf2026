"""A blind check of the English event typing: 164 CASE-2021-style snippets (ACLED notes, wire leads,
headlines, lowercase agency copy, background-first stories) written in one sitting on 2026-12-04 before
bilan was run on them, about six per ACLED sub-event type, to see whether the typing generalises
beyond the snippets its rules were made from. Typed as the CASE 2021 adapter types them.

Read 144/164 on the first run (rounds of 74, 50 and 40 snippets: 66, 44 and 34); 154/162 now. Fixed by general rules
with their own tests in tests/test_events_case.py: a criminal group's trade ("a kidnapping gang") is no
event; a passive with no subject of its own ("went missing after being picked up by") was done to the
clause's subject; dislodge/expel/flush out regain ground; an ambush that killed civilians is an attack;
ships seized are goods. Relabelled after reading the ACLED codebook again (bilan was right): ground
taken after the other side withdrew is a non-violent transfer; militants killing a policeman is a clash
of two armed sides; a bridge blown up is a remote explosive; a surrender is an agreement (the
codebook lists surrenders under it). Two snippets dropped (no ACLED type: an
accident; a death of unknown cause). The rest are strict xfails with their reasons.
Later (h-case7, second blind set): a curfew imposed, gatherings banned, a change of leadership as a noun, a
unilateral ceasefire and party members attacking after a rally are read; 159/162 now.
"""

from __future__ import annotations

import pytest
from extracting import (
    ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, PEA,
    REM, SEX, SUI, VIO, lead_type,
)

SNIPPETS = [
    ('Heavy fighting broke out between the army and Shabaab militants near Afgoye on Tuesday, leaving at least nine combatants dead.', CLA),
    ('Security forces exchanged fire with a group of insurgents hiding in a forest in Kupwara; two militants were killed in the gunfight.', CLA),
    ('Two rival factions of the Free Syrian Army fought each other for control of a checkpoint outside Azaz.', CLA),
    ('Troops repelled an assault by ISWAP fighters on their base in Damasak after a three-hour battle.', CLA),
    ('Iraqi forces recaptured the town of Tal Afar from the Islamic State group on Thursday, the prime minister announced.', GOV),
    ('The Ethiopian army said it had retaken control of Lalibela from Tigrayan fighters.', GOV),
    ('Government troops liberated three villages in the Cabo Delgado province that had been held by insurgents since March.', GOV),
    ('Taliban fighters seized the district headquarters of Nerkh after government forces withdrew overnight.', NVT),
    ('Houthi rebels captured several positions in Marib province from pro-government tribes.', NSA),
    ('Al-Shabaab militants took over the town of Bulo Burde hours after Ethiopian troops pulled out.', NVT),
    ('Warplanes of the Saudi-led coalition pounded Houthi positions in Sanaa overnight, residents said.', AIR),
    ('A US drone strike killed a senior al-Qaeda commander in the Shabwa province of Yemen.', AIR),
    ('Russian jets bombed a market in Idlib, killing at least 15 civilians, according to rescuers.', AIR),
    ('A suicide bomber blew himself up at a wedding hall in Kabul, killing 63 people.', SUI),
    ('A female suicide bomber detonated her explosives at a fish market in Konduga, Borno State.', SUI),
    ('An attacker drove an explosives-laden vehicle into a military checkpoint in Mogadishu and detonated it.', SUI),
    ('Rebels fired mortar shells at the presidential palace, wounding two guards.', ART),
    ('Pakistani troops shelled villages along the Line of Control in Poonch district, damaging several houses.', ART),
    ('Rockets fired from Gaza landed in open areas near Sderot, the Israeli military said.', ART),
    ('A roadside bomb struck a police vehicle in Helmand, killing three officers.', REM),
    ('A landmine explosion killed two children herding goats near the border village.', REM),
    ('An improvised explosive device went off near a bus station in Quetta, injuring eleven people.', REM),
    ('Unknown assailants lobbed a grenade at a police station in Srinagar, injuring a constable.', GRE),
    ('A hand grenade was thrown into a bar in Bujumbura on Saturday night, wounding several customers.', GRE),
    ('Militants hurled a grenade towards a CRPF bunker in Pulwama, but it exploded on the roadside.', GRE),
    ('Dozens of people suffered breathing difficulties after a chlorine gas attack on Douma, medics said.', CHE),
    ('The OPCW concluded that sarin was used in the attack on Khan Sheikhoun.', CHE),
    ('Villagers accused the army of dropping barrels of toxic gas on their town.', CHE),
    ('Soldiers raped at least a dozen women during a raid on a village in North Kivu, a UN report said.', SEX),
    ('A teenage girl was gang-raped by militiamen at a checkpoint near Bambari.', SEX),
    ('Rohingya women said they were sexually assaulted by security personnel during the operation.', SEX),
    ('Gunmen stormed a village in Zamfara State and shot dead 12 residents.', ATT),
    ('Unidentified attackers hacked a local journalist to death in Dhaka.', ATT),
    ('Armed bandits opened fire on worshippers at a mosque in Katsina, killing five.', ATT),
    ('Gunmen kidnapped 30 students from a boarding school in Kagara.', ABD),
    ('A human rights activist went missing after being picked up by men in plain clothes in Karachi.', ABD),
    ('Abu Sayyaf militants abducted three fishermen off the coast of Sabah.', ABD),
    ('Thousands of teachers marched peacefully in Nairobi to demand better pay.', PEA),
    ("Farmers staged a sit-in outside the district collector's office against the new land law.", PEA),
    ('Residents held a candlelight vigil in Yangon to protest against the military coup.', PEA),
    ('Police dispersed a protest by opposition supporters in Kampala with tear gas and arrested 20 people.', INT),
    ('Security forces broke up a demonstration of students in Khartoum and detained its organisers.', INT),
    ('Police used water cannon to scatter hundreds of protesters outside parliament.', INT),
    ('Security forces opened fire on peaceful demonstrators in Mandalay, killing at least seven.', EXF),
    ('Police shot dead two protesters during a march against fuel price increases in Lagos.', EXF),
    ('Soldiers fired live ammunition at a crowd of unarmed protesters, wounding dozens.', EXF),
    ('Angry protesters set fire to a police station and blocked the highway with burning tyres.', VIO),
    ('Demonstrators pelted stones at government offices and vandalised vehicles in Dhaka.', VIO),
    ('Rioters looted shops and torched cars during a protest against the election results.', VIO),
    ('A mob lynched a man suspected of stealing a motorcycle in Kisumu.', MOB),
    ('Villagers beat to death two men accused of witchcraft.', MOB),
    ('A crowd attacked and set ablaze the houses of a minority community after a rumour spread on social media.', MOB),
    ('The government and the rebels signed a peace deal in Juba on Monday.', AGR),
    ('The warring parties agreed to a humanitarian ceasefire to allow aid into the city.', AGR),
    ('The two countries reached an agreement to exchange prisoners of war.', AGR),
    ('Police arrested five suspected members of a kidnapping gang in Abuja.', ARR),
    ('The opposition leader was detained by security agents at the airport.', ARR),
    ('Security forces rounded up dozens of youths in a pre-dawn raid.', ARR),
    ('The rebel group announced it would suspend all military operations during Ramadan.', CHG),
    ('Two armed factions merged to form a new coalition called the Liberation Front.', CHG),
    ('The government imposed a curfew on the city after the clashes.', CHG),
    ('Police defused a bomb planted near a school in Peshawar.', DIS),
    ('Troops seized a large cache of weapons and ammunition from a militant hideout.', DIS),
    ('Air defences intercepted two drones launched by the Houthis towards Jizan.', DIS),
    ('Islamist militants set up a base in the forest near the town, residents said.', HQ),
    ('The army established a new forward operating base in the district.', HQ),
    ("The rebels have established their headquarters in the former governor's residence.", HQ),
    ('Militants set fire to a school in the village overnight.', LOO),
    ('Soldiers looted shops and burned houses in the market town.', LOO),
    ('Unknown people destroyed a telecommunications mast in Borno.', LOO),
    ('Government forces handed over control of the town to the peacekeepers.', NVT),
    ('The rebels withdrew from the city under the terms of the agreement, and the army moved in.', NVT),
    ('Militia fighters left their positions in the hills without a fight.', NVT),
    ('On 14 June 2019, unidentified gunmen shot and killed a village chief in Gao region. The motive is unknown.', ATT),
    ('Around 14 June, suspected Fulani militia attacked Sobane village, killing 35 people and burning homes.', ATT),
    ('On 3 May, ISWAP militants overran a military base in Marte, Borno state. Several soldiers were killed and the militants held the town for a day.', NSA),
    ('On 21 August, military forces clashed with AQAP militants in Mudiyah district of Abyan. 3 soldiers and 5 militants were killed.', CLA),
    ('On 2 April, the Tatmadaw shelled a village in Kyauktaw township with heavy artillery. Two civilians were injured.', ART),
    ('On 9 September, an IED planted by unknown persons exploded near a market in Mogadishu, killing 2 civilians.', REM),
    ('On 11 November, around 200 students held a demonstration in front of the university to demand the reopening of the campus.', PEA),
    ('On 5 July, protesters blocked the main road in Kasese with stones and burning tyres. Police fired tear gas to disperse them.', VIO),
    ('On 16 March, police arrested 12 people in Harare for violating COVID-19 lockdown regulations.', ARR),
    ('On 30 January, al Shabaab militants abducted 6 passengers from a bus at a fake checkpoint near Elwak.', ABD),
    ('On 8 October, a grenade was thrown at the residence of a local politician in Imphal. No one was hurt.', GRE),
    ('On 22 May, Israeli aircraft struck a Hamas training site in Khan Younis. No casualties were reported.', AIR),
    ('On 19 February, the military discovered and defused two IEDs on the road between Gao and Ansongo.', DIS),
    ('On 7 December, the government and the ELN agreed to resume peace talks in Havana.', AGR),
    ('On 25 April, a group of residents beat a suspected thief to death in Kampala.', MOB),
    ('On 13 August, army troops entered Bani Walid without resistance after the local militia withdrew.', NVT),
    ('On 1 September, soldiers looted several shops in Beni town during a curfew.', LOO),
    ('On 6 June, a man was raped by three soldiers at a checkpoint in Kasai.', SEX),
    ('On 17 January, two women detonated suicide vests at a mosque in Maiduguri, killing 14 worshippers.', SUI),
    ('On 28 March, police opened fire on demonstrators protesting against fuel prices in Conakry, killing one.', EXF),
    ('On 4 November, supporters of the opposition marched in Lusaka; police dispersed the march and arrested 8 participants.', INT),
    ('On 27 February, the Syrian army regained control of Saraqib from rebel groups after heavy fighting.', GOV),
    ('On 10 October, Ansar Dine set up a base in the town of Léré.', HQ),
    ('On 15 December, the FARC dissident group announced a change of leadership following the death of its commander.', CHG),
    ('On 2 August, residents reported a strong smell and respiratory symptoms after government helicopters dropped canisters on Kafr Zita.', CHE),
    ('Tensions have been high in the region since the election. On Sunday, gunmen ambushed a convoy of the electoral commission, killing two officials.', ATT),
    ('The conflict has displaced over a million people. Fighting erupted again on Tuesday between government forces and the rebels near Kidal.', CLA),
    ('More than 300 people have died in the violence this year. Police said on Friday they had arrested the suspected leader of the militia.', ARR),
    ("troops backed by warplanes targeted the terrorists' positions and fortified headquarters in the countryside of Hama, destroying a number of their vehicles", AIR),
    ('army units destroyed a den for terrorists and seized large amounts of weapons and ammunition in Daraa countryside', DIS),
    ('the engineering units dismantled dozens of explosive devices planted by terrorists on the roads of the liberated villages', DIS),
    ('hundreds of workers of the textile factory went on strike on Monday to protest delayed wages', PEA),
    ('Villagers set ablaze the house of a man accused of killing a child, after he escaped from police custody.', MOB),
    ('Kashmir: Militants kill policeman in Anantnag', CLA),
    ('Nigeria: Bandits abduct 20 travellers on Kaduna-Abuja highway', ABD),
    ('Afghanistan: Taliban capture district centre in Badakhshan', NSA),
    ('Yemen: Houthi missile hits Saudi city of Jizan', ART),
    ('Somalia: Car bomb kills 10 near Mogadishu hotel', REM),
    ('Philippines: Soldiers, NPA rebels clash in Samar; 2 killed', CLA),
    ('Hong Kong police fire tear gas at protesters', INT),
    ("The two sides exchanged bodies of fighters killed in last week's fighting, under the mediation of the ICRC.", AGR),
    ("The Islamic State claimed responsibility for Sunday's attack on a church in Jolo, which killed 20 people.", ATT),
    ('Security forces raided a hideout of the militants and killed three of them in an exchange of fire.', CLA),
    ('The army said its troops killed 15 Boko Haram insurgents who attacked their base in Monguno.', CLA),
    ('A policeman was hacked to death by a mob that accused him of abducting children.', MOB),
    ('Unknown gunmen set ablaze three trucks carrying goods on the highway near Garoua.', LOO),
    ('Government troops dislodged Al-Shabaab fighters from the town of Bardere after a brief firefight.', GOV),
    ('A man threw a petrol bomb at the office of an opposition party at night, damaging the entrance.', LOO),
    ('The militants fired two rockets at the airport, but they fell short and exploded in an empty field.', ART),
    ('Police in Nairobi lobbed tear gas canisters at supporters of the opposition leader who had gathered outside his residence.', INT),
    ('Anti-riot police baton-charged students protesting against the fee hike and detained several of them.', INT),
    ('Police chased away traders who were protesting against their eviction from the market.', INT),
    ('Security forces killed three people when they fired into a crowd protesting the arrest of a local cleric.', EXF),
    ('A protester died after being hit by a tear gas canister fired by police at close range.', EXF),
    ('Soldiers beat peaceful demonstrators with rifle butts, leaving dozens injured, witnesses said.', EXF),
    ('Members of the ruling party youth wing attacked opposition supporters with machetes after a rally, injuring four.', MOB),
    ('Angry residents torched the house of a suspected kidnapper after he was freed on bail.', MOB),
    ('A crowd stoned a man to death after accusing him of blasphemy.', MOB),
    ('Soldiers are accused of sexually abusing displaced women in a camp near Bunia.', SEX),
    ('A schoolgirl was raped by a gang of armed men on her way home, police said.', SEX),
    ('Militiamen sexually assaulted several women during a raid on the village.', SEX),
    ('Syrian activists said the regime used poison gas in an attack on a rebel-held suburb, killing dozens.', CHE),
    ('Doctors treated dozens of patients for symptoms consistent with exposure to a nerve agent.', CHE),
    ('The Islamic State used mustard gas against Kurdish fighters near Makhmur.', CHE),
    ('The militia has set up a training camp in the hills above the village.', HQ),
    ('Rebels established a new headquarters in the captured town.', HQ),
    ('The army opened a new military base near the border to curb infiltration.', HQ),
    ('Government troops withdrew from the town, leaving it under the control of the local militia.', NVT),
    ('The rebels handed over the city to government forces as part of the peace deal.', NVT),
    ('Kurdish forces handed over several villages to the Syrian army under a Russian-brokered deal.', NVT),
    ('The armed group declared a unilateral ceasefire for the holiday period.', CHG),
    ('Hundreds of rebels laid down their weapons and surrendered to the authorities.', AGR),
    ('The authorities banned all public gatherings in the capital for 30 days.', CHG),
    ('Unknown persons abducted a village head from his house at night; his whereabouts remain unknown.', ABD),
    ('Pirates seized a tanker off the coast of Benin and took 15 crew members hostage.', ABD),
    ('Two engineers were kidnapped by gunmen while travelling to a construction site.', ABD),
    ('Unknown gunmen burned down a church and several houses in the village.', LOO),
    ('Fighters looted the hospital and stole medical supplies.', LOO),
    ('The militants blew up a bridge linking the two districts.', REM),
    ('Police recovered three AK-47 rifles and 200 rounds of ammunition during a search operation.', DIS),
    ('A bomb disposal squad safely detonated an explosive device found near the court complex.', DIS),
    ('The Israeli army said its Iron Dome system intercepted a rocket fired from Gaza.', DIS),
    ('Two mortar rounds landed near the presidential palace, causing no casualties.', ART),
    ('A drone attack targeted the airport, damaging a hangar.', AIR),
    ('Insurgents planted a landmine that killed a soldier on patrol.', REM),
    ('The police arrested a woman for posting a video critical of the president.', ARR),
    ('The army detained a journalist at a checkpoint and confiscated his camera.', ARR),
    ('Fighting erupted between two clans over grazing land, leaving 11 people dead.', CLA),
    ('Troops and militants traded fire for several hours in the forest.', CLA),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
    "An attacker drove an explosives-laden vehicle into a military checkpoint in Mogadishu and detonated it.":
        "a driver who detonates his own vehicle bomb is a suicide attack only by implication; no rule reads it",
    "The rebel group announced it would suspend all military operations during Ramadan.":
        "an armed group suspending its operations is not read as a change to its activity",
    "On 2 August, residents reported a strong smell and respiratory symptoms after government helicopters dropped canisters on Kafr Zita.":
        "a chemical attack told only by its symptoms and 'canisters' dropped is not read",
}



@pytest.mark.parametrize("text,expected", [
    pytest.param(text, expected, id=text[:50],
                 marks=[pytest.mark.xfail(strict=True, reason=XFAIL[text])] if text in XFAIL else [])
    for text, expected in SNIPPETS])
def test_blind_case_style_snippet(text, expected):
    assert lead_type(text, "en", None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in SNIPPETS}
    assert set(XFAIL) <= texts
