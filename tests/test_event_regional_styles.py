"""ACLED sub-event typing of English snippets in the regional wordings of the CASE 2021 outlets (South
Asia, Africa, the Middle East, Latin America, Southeast Asia): "miscreants", "goons", "jawans", "Naxals",
"encounter" (a gunfight with the police in India), "lathi-charge", "gherao", "dharna", "rasta roko",
"bandh", "hartal", "torched", "pelted stones", "whisked away", "picked up", "Boko Haram", "ISWAP",
"Tatmadaw", "PDF", "NPA", "Abu Sayyaf", "Houthis", ... Written from the ACLED codebook before any rule
or dev snippet was read, at least three for each of the 25 sub-event types, with non-events that must
stay NONE. Typed as the CASE 2021 adapter types them: ``classify`` over ``extract_many``, English, no
publication date.

Before (at 3a804ce): 96/119; the 23 others are strict xfails with their reasons.
After the protest names (dharna, gherao, rasta roko, lathi-charge, effigy, tear gas shells): 102/119; after the
regional armed sides (jawans, Tatmadaw, Arakan Army, Maoists, a police informer no force) and a name taken
from an armed side: 106/119; after an armed group that whisks people away (no force), "thrash"/"beat up" and a
shared object, cross-border firing: 109/119; after explosive-laden and civil drones, stubble burning, "outfit",
pushed back across a border, two communities clashing: 115/119; after bodies or detainees swapped: 116/119; after ground entered that the other side left: 117/119.
"""

from __future__ import annotations

import functools

import pytest
from extracting import (
    ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH, PEA,
    REM, SEX, SUI, VIO,
)

ATTACK = [
    ("Suspected Naxals gunned down a police informer in Gadchiroli's Etapalli taluka on Sunday night after holding a praja court.", ATT),
    ("Fulani herdsmen attacked farmers at Guma LGA of Benue State, killing seven persons, including a pregnant woman.", ATT),
    ("Miscreants hacked a Trinamool worker to death in Cooch Behar on Tuesday, his family alleged.", ATT),
    ("Boko Haram insurgents stormed Kwatandashi village, killed nine residents and carted away foodstuff.", ATT),
    ("Land-grabbers armed with sticks and iron rods attacked a Dalit family in Sonbhadra, injuring four persons.", ATT),
    ("Bandits invaded Kurmin Mashi community in Kaduna and shot dead five worshippers.", ATT),
]

CLASH = [
    ("Two terrorists were killed in an encounter with security forces in Kulgam district of south Kashmir on Thursday.", CLA),
    ("Three Maoists were gunned down in an encounter with DRG jawans in the forests of Dantewada.", CLA),
    ("Troops of Operation Lafiya Dole repelled an ISWAP attack on their base at Marte, neutralising several terrorists.", CLA),
    ("PDF fighters clashed with Tatmadaw troops near Kalay in Sagaing Region, leaving at least ten soldiers dead.", CLA),
    ("NPA rebels ambushed a team of Philippine Army soldiers in Northern Samar, sparking a 30-minute firefight.", CLA),
    ("Pakistani troops resorted to unprovoked cross-border firing with small arms along the LoC in Krishna Ghati, and Indian troops retaliated.", CLA),
    ("Abu Sayyaf bandits and Marines figured in a gun battle in Patikul, Sulu, leaving two soldiers wounded.", CLA),
    ("Civilian JTF vigilantes engaged Boko Haram fighters in a gun duel at Konduga.", CLA),
]

ABDUCTION = [
    ("Gunmen whisked away a Catholic priest from his parish residence in Kaduna State on Sunday night.", ABD),
    ("Unknown persons picked up a Baloch student from his hostel in Karachi; his family says he has not been heard from since.", ABD),
    ("Abu Sayyaf militants abducted five fishermen off the coast of Sabah and took them to Sulu.", ABD),
    ("Suspected Maoists abducted a road contractor and his munshi from a construction site in Sukma.", ABD),
    ("Armed bandits on Friday abducted the village head of Gidan Dan Zara and his two wives.", ABD),
]

ARRESTS = [
    ("Police rounded up 23 persons in connection with the communal clash in Khargone.", ARR),
    ("The NIA arrested a hardcore Maoist cadre carrying a reward of Rs 5 lakh from Ranchi.", ARR),
    ("CTD personnel detained three suspected terrorists of a proscribed outfit in Lahore.", ARR),
    ("The police picked up two youths for questioning over the vandalism of the statue.", ARR),
    ("Philippine National Police arrested an alleged NPA finance officer in a raid in Bukidnon.", ARR),
]

PEACEFUL = [
    ("Members of the Congress party staged a dharna in front of the DC office in Mysuru against the fuel price hike.", PEA),
    ("Activists of the Students' Federation held a candlelight march in Thiruvananthapuram in memory of the slain student.", PEA),
    ("Protesters burnt an effigy of the chief minister at Gandhi Chowk over the delay in paying wages.", PEA),
    ("Villagers staged a rasta roko on the national highway for three hours demanding a bridge over the river.", PEA),
    ("A dawn-to-dusk bandh called by the Joint Action Committee passed off peacefully in the valley, with shops and businesses remaining closed.", PEA),
    ("Traders observed a hartal in Kozhikode on Monday against the new tax regime.", PEA),
    ("Students gheraoed the vice-chancellor in his chamber for five hours demanding the postponement of exams.", PEA),
    ("Jamaat-e-Islami workers held a rally in Karachi to express solidarity with the people of Kashmir.", PEA),
    ("Hundreds of women held a sit-in at Rangpur press club demanding justice for the murdered schoolgirl.", PEA),
]

INTERVENTION = [
    ("Police resorted to lathi-charge to disperse BJP workers who tried to gherao the chief minister's residence.", INT),
    ("Police fired tear gas shells and rubber bullets to disperse opposition supporters protesting the election results in Kampala.", INT),
    ("Water cannon was used on farmers marching towards the capital at the Haryana border.", INT),
    ("Dozens of PTM workers were detained by police while staging a sit-in outside the press club in Islamabad.", INT),
    ("Police burst tear gas canisters to disperse protesting students in Lusaka.", INT),
]

VIOLENT_DEMO = [
    ("Protesters pelted stones at police and torched two buses in Bhadrak after the death of a youth in custody; a curfew was imposed.", VIO),
    ("Bandh supporters set ablaze a government bus and damaged shops in Siliguri during the 12-hour shutdown.", VIO),
    ("Stone-pelting youths clashed with security forces in downtown Srinagar after Friday prayers.", VIO),
    ("Agitators blocked the highway with burning tyres and vandalised the offices of the power department to protest against load-shedding.", VIO),
    ("Supporters of the party ransacked the police station and set a jeep on fire after their leader was arrested.", VIO),
]

EXCESSIVE = [
    ("Police opened fire on protesting farmers in Mandsaur, killing five of them.", EXF),
    ("Two protesters were killed when soldiers fired live bullets at demonstrators in Mandalay.", EXF),
    ("Security forces shot dead three youths taking part in a protest against the killing of a shopkeeper.", EXF),
]

MOB_VIOLENCE = [
    ("A mob lynched a man on suspicion of being a child lifter in Palghar district.", MOB),
    ("Residents set ablaze a suspected kidnapper in Ikorodu after he was caught with a child.", MOB),
    ("A group of villagers thrashed and paraded a woman on suspicion of practising witchcraft in Gumla district.", MOB),
    ("Irate youths attacked a team of health workers with stones in Indore.", MOB),
    ("Members of two communities clashed with sticks and sharp-edged weapons in Sitamarhi, leaving 12 injured.", MOB),
]

AIR_STRIKE = [
    ("Unidentified jets carried out an airstrike on a weapons depot in Al-Bukamal, local sources said.", AIR),
    ("Tatmadaw fighter jets bombed a village in Kachin State, killing at least four civilians.", AIR),
    ("A US drone strike targeted al-Shabaab militants near Kunyo Barrow in Lower Juba.", AIR),
    ("Nigerian Air Force fighter jets destroyed bandits' enclaves in Zamfara's Dansadau forest.", AIR),
    ("Houthi rebels launched an explosive-laden drone at Abha airport, damaging a civilian plane.", AIR),
]

SHELLING = [
    ("Pakistani troops shelled forward posts and villages along the LoC in Uri sector with mortars.", ART),
    ("Houthi militia shelled residential neighbourhoods in Taiz with Katyusha rockets.", ART),
    ("Two rockets landed near the US embassy in Baghdad's Green Zone.", ART),
    ("The Indian Army retaliated to Pakistani shelling by targeting launch pads across the LoC with artillery guns.", ART),
]

REMOTE = [
    ("Three CRPF jawans were injured when an IED planted by Naxals went off in Bijapur.", REM),
    ("Two villagers were killed in a landmine explosion in Shan State.", REM),
    ("A remote-controlled bomb targeted a vehicle of FC personnel in Kech district.", REM),
    ("A magnetic bomb attached to a vehicle exploded in Kabul's PD 5, wounding two people.", REM),
]

GRENADE = [
    ("Terrorists hurled a grenade at a CRPF bunker in Sopore, injuring two jawans and three civilians.", GRE),
    ("A grenade lobbed by unidentified persons exploded near a police station in Amritsar.", GRE),
    ("Unknown persons threw a hand grenade at a shop in Karachi's Saddar area.", GRE),
]

SUICIDE = [
    ("A terrorist blew himself up near a Frontier Corps check-post in Quetta, martyring three personnel.", SUI),
    ("Two suicide bombers hit the Catholic cathedral in Jolo during Sunday mass.", SUI),
    ("An al-Shabaab suicide bomber drove an explosives-laden vehicle into a police station in Mogadishu.", SUI),
]

CHEMICAL = [
    ("Regime helicopters dropped barrel bombs loaded with chlorine on the town of Kafr Zita, causing dozens of suffocation cases.", CHE),
    ("Activists accused ISIS of firing mustard gas shells at Peshmerga positions near Makhmour.", CHE),
    ("Civil defence teams treated 30 people for choking after a toxic gas attack on Saraqeb.", CHE),
]

SEXUAL = [
    ("A minor girl was gang-raped by three men in a sugarcane field in Bulandshahr.", SEX),
    ("Rohingya women said Tatmadaw soldiers raped them during clearance operations.", SEX),
    ("A woman was raped by bandits who invaded her home in Katsina.", SEX),
    ("Two Dalit women were sexually assaulted by upper-caste men in Hathras district.", SEX),
]

AGREEMENT = [
    ("The Centre, the Assam government and the NDFB signed a peace accord in New Delhi.", AGR),
    ("India and Pakistan agreed to strictly observe all ceasefire agreements along the LoC.", AGR),
    ("Forty Maoist cadres surrendered before the Superintendent of Police in Dantewada.", AGR),
    ("Six NPA rebels surrendered to the army in Agusan del Sur, handing over their firearms.", AGR),
    ("The Houthis and the government exchanged the bodies of fallen fighters under a deal mediated by tribal leaders.", AGR),
]

CHANGE = [
    ("The banned outfit announced a new commander-in-chief after its chief stepped down.", CHG),
    ("Two factions of the NSCN merged to form a single group.", CHG),
    ("The Centre deployed 25 additional companies of CAPF in Bengal ahead of the polls.", CHG),
    ("Hundreds of Boko Haram fighters pledged allegiance to ISWAP after Shekau's death.", CHG),
]

DISRUPTED = [
    ("Security forces recovered a pressure cooker IED from Pulwama and defused it.", DIS),
    ("Police recovered a huge cache of explosives, including 50 detonators and gelatin sticks, from a Maoist dump in Malkangiri.", DIS),
    ("Saudi air defences intercepted and destroyed a Houthi drone launched towards Khamis Mushait.", DIS),
    ("The bomb disposal squad defused a tiffin bomb found near the bus stand.", DIS),
]

GOVERNMENT = [
    ("Troops recaptured Damasak from ISWAP insurgents after a fierce battle.", GOV),
    ("The Tatmadaw retook Mindat from the Chinland Defence Force after days of fighting.", GOV),
    ("Afghan forces retook the district centre of Khanabad from the Taliban.", GOV),
    ("Mozambican troops regained control of Mocimboa da Praia from the insurgents.", GOV),
]

NON_STATE = [
    ("ISWAP insurgents seized the town of Dikwa after overrunning a military base.", NSA),
    ("Al-Shabaab fighters captured Mahas town after a heavy battle with government forces.", NSA),
    ("Houthi fighters overran the government-held district of Sirwah.", NSA),
    # (an outpost is a tactical point, as a checkpoint: taken in a fight, the fight, no territory; events_en.
    # TACTICAL_POINTS since h-case23, so this row expects the clash, where it expected the territory before)
    ("The Arakan Army seized a Tatmadaw outpost in Paletwa township after heavy fighting.", "Armed clash"),
]

NON_VIOLENT = [
    ("The Taliban took over the district without a fight after Afghan troops retreated.", NVT),
    ("Al-Shabaab moved into the town of Moqokori after Ethiopian troops withdrew from their bases.", NVT),
    ("The army handed over the camp to the Rapid Support Forces in a ceremony.", NVT),
]

HEADQUARTERS = [
    ("Maoists have set up a camp in the dense forests of Abujhmarh, intelligence inputs said.", HQ),
    ("Bandits have established a base in the Kamuku forest, from where they launch attacks on nearby communities.", HQ),
    ("ISWAP fighters set up camps on islands of Lake Chad.", HQ),
]

LOOTING = [
    ("Miscreants torched three houses and a motorcycle belonging to a TMC leader in Nandigram.", LOO),
    ("Goons ransacked the party office and tore down its banners in Bhatpara.", LOO),
    ("Bandits looted shops and carted away foodstuff in Shinkafi.", LOO),
    ("Suspected Maoists set ablaze five vehicles engaged in road construction in Aurangabad district.", LOO),
    ("Tatmadaw troops set fire to more than 200 houses in Thantlang town.", LOO),
]

OTHER = [
    ("Police exhumed the bodies of five people from a mass grave in Kandhamal.", OTH),
    ("Rohingya refugees were pushed back across the border by the BGB.", OTH),
    ("Security forces unearthed a tunnel dug by militants along the international border in Samba.", OTH),
]

# no ACLED event: an inquiry team, a cricket "encounter", a farm drone, an accidental fire, a strike
# only called, stubble burnt, a visit
NONE_EVENTS = [
    ("The JIT constituted to probe the murder submitted its report to the Supreme Court on Monday.", "NONE"),
    ("India beat Pakistan by six wickets in a thrilling encounter at Dubai.", "NONE"),
    ("The state government used drones to spray pesticide on locust-affected fields.", "NONE"),
    ("Fire broke out in a chemical godown in Old Dhaka, gutting goods worth lakhs; a short circuit is suspected.", "NONE"),
    ("The opposition has called for a bandh on Friday to protest the fuel price hike.", "NONE"),
    ("Farmers set ablaze stubble in their fields despite the ban.", "NONE"),
    ("The army chief visited forward posts along the LoC and reviewed the security situation.", "NONE"),
]

# written with the rules that fixed the sentences above, each rule's other forms, its French counterpart
# (FR_RULES) and what it must leave alone
# South Asian protest names (dharna, gherao, rasta roko, rail roko, chakka jam), the lathi-charge, an effigy
# or flag burnt (no riot), tear gas shells (no artillery)
PROTEST_RULES = [
    ("Anganwadi workers sat on a dharna outside the collectorate demanding higher honorariums.", PEA),
    ("Farmers held a rail roko at Amritsar station against the new farm laws.", PEA),
    ("Transporters observed a chakka jam on the highway to protest against the toll hike.", PEA),
    ("Congress workers burnt an effigy of the prime minister in Bhopal.", PEA),
    ("Protesters burned copies of the new citizenship law outside the assembly.", PEA),
    ("Police lathi-charged the agitating job aspirants in Patna.", INT),
    ("Police lobbed teargas shells at the protesters near the press club.", INT),
    # still a riot: tyres burnt beside the effigy, a bus set on fire
    ("Protesters burnt tyres and an effigy of the minister, blocking the highway.", VIO),
    ("Agitators set a bus on fire and pelted stones at police during the bandh.", VIO),
    # still artillery: shells with no tear gas
    ("The army fired shells at rebel positions near the border.", ART),
]
# regional names of the armed sides (jawans, CRPF, the Tatmadaw, the Arakan Army no state army, Maoists,
# Naxals, miscreants, ultras), a police informer no force, a name taken from an armed side a territory
ACTOR_RULES = [
    ("Two Maoists were killed in an encounter with CRPF jawans in Sukma.", CLA),
    ("Ultras fired at a BSF patrol along the border in Tripura, and the troopers returned fire.", CLA),
    ("Naxalites torched a mobile tower in Gaya district.", LOO),
    ("Militants gunned down a police informer in Pulwama.", ATT),
    ("The army informer was shot dead by suspected rebels near the village.", ATT),
    ("Junta troops and the Kachin Independence Army fought near Hpakant.", CLA),
    ("Government troops recaptured Mahas from al-Shabaab on Sunday.", GOV),
    ("The rebels captured Mindat from the army after a battle.", NSA),
    # a person captured, no ground; an informer who testifies, no event
    ("Police captured Ahmed Musa from his hideout after a chase.", ARR),
    ("The police informer testified in court on Monday.", "NONE"),
]
# people whisked or taken away by an armed group (no force), a beating by its regional verbs ("thrash",
# "beat up") and a shared object of conjoined verbs, fire across a border or a line of control
VIOLENCE_RULES = [
    ("Bandits took away three farmers from their farm in Zamfara.", ABD),
    ("Militants whisked away two engineers from the dam site.", ABD),
    ("Police picked up three men for questioning in Dhaka.", ARR),
    ("Villagers beat up two suspected thieves in Katihar.", MOB),
    ("Goons beat up a journalist outside his office in Lahore.", ATT),
    ("Troops on both sides exchanged small-arms firing along the border on Tuesday night.", CLA),
    # a team beaten at cricket, shells across the line of control
    ("India thrashed Pakistan by eight wickets in Dubai.", "NONE"),
    ("Pakistani troops resorted to unprovoked shelling along the LoC in Poonch.", ART),
]
# drones loaded with explosives a drone strike and drones that spray no strike, stubble burnt by farmers no
# destruction, an "outfit" an armed group, refugees pushed back across a border forced out ("Other"), two
# communities fighting with sticks a mob
DEVELOPMENT_RULES = [
    ("The rebels flew a bomb-laden drone into an army depot near the front line.", AIR),
    ("A kamikaze drone struck a fuel depot in the port city, the coalition said.", AIR),
    ("Farmers used drones to spray pesticide on their paddy fields.", "NONE"),
    ("Farmers in Punjab set fire to paddy straw despite the ban on stubble burning.", "NONE"),
    ("Miscreants set fire to a grocery shop in the market overnight.", LOO),
    ("The militant outfit split into two rival factions, police sources said.", CHG),
    ("Hundreds of migrants were pushed back across the border by the coast guard.", OTH),
    ("Members of the two communities clashed with stones and sticks over a temple procession, leaving 20 injured.", MOB),
    # an armed side pushed back is ground regained
    ("Troops pushed back the militants from the border villages.", GOV),
    # the dead or captives swapped by the two sides (an agreement)
    ("Ukraine and Russia swapped the remains of fallen soldiers at the border.", AGR),
    # an armed side that moves into or enters ground the other side left; troops moving with no one leaving
    ("Taliban fighters entered the district centre after government forces abandoned their posts.", NVT),
    ("Troops moved into the area to search for the kidnappers.", CHG),
]
FR_RULES = [
    ("Des manifestants ont brûlé une effigie du président devant l'ambassade.", PEA),
    ("Des militants du parti ont brûlé l'effigie du gouverneur à Kano.", PEA),
    ("Des manifestants ont brûlé des drapeaux devant le consulat pour dénoncer la présence étrangère.", PEA),
    ("La police a tiré des grenades lacrymogènes pour disperser les manifestants.", INT),
    ("Des manifestants ont brûlé des pneus et une effigie du ministre.", VIO),
    ("Des jihadistes ont abattu un informateur de l'armée près de Djibo.", ATT),
    ("L'armée a repris Mindat aux rebelles après trois jours de combats.", GOV),
    ("La Tatmadaw a repris la ville de Mindat aux rebelles après des combats.", GOV),
    ("Des maoïstes ont tué deux policiers dans une embuscade dans le Chhattisgarh.", CLA),
    ("L'Armée d'Arakan a pris le contrôle d'un avant-poste de la Tatmadaw.", NSA),
    ("Des bandits ont emmené trois agriculteurs de leur champ.", ABD),
    ("Des policiers ont emmené trois jeunes au commissariat.", "NONE"),
    ("Des villageois ont tabassé deux voleurs présumés au marché.", MOB),
    ("Des tirs transfrontaliers entre les armées indienne et pakistanaise ont fait deux morts au Cachemire.", CLA),
    ("Les rebelles ont lancé un drone chargé d'explosifs sur l'aéroport.", AIR),
    ("Les agriculteurs utilisent des drones pour pulvériser des pesticides sur les cultures.", "NONE"),
    ("Les paysans ont mis le feu aux chaumes dans leurs champs.", "NONE"),
    ("Des hommes armés ont mis le feu à des boutiques du marché.", LOO),
    ("Des membres de deux communautés se sont affrontés à coups de bâtons, faisant dix blessés.", MOB),
    ("Les deux camps ont échangé les dépouilles de leurs combattants à la frontière.", AGR),
    ("L'armée et les rebelles ont échangé des détenus à Bangui.", AGR),
    ("Les jihadistes sont entrés dans la ville après le retrait de l'armée.", NVT),
    ("Les militaires sont entrés dans la ville lundi.", "NONE"),
]

# a held-out check: 32 more sentences in the same styles, written after the rules above and not used to make
# them; 24/32 on 3a804ce, 30/32 after (the two others are strict xfails with their reasons)
HELD_OUT = [
    ("Suspected ultras shot dead a trader in Imphal East on Tuesday evening.", ATT),
    ("Gunmen suspected to be Fulani herdsmen killed eleven villagers in Bassa LGA of Plateau State.", ATT),
    ("A CRPF jawan was injured in an exchange of fire with Maoists in Latehar.", CLA),
    ("Two militants were killed in a gunfight with security forces in Shopian.", CLA),
    ("Armed bandits kidnapped a district head and his family in Katsina State.", ABD),
    ("Unknown men whisked away a businessman from his shop in Quetta.", ABD),
    ("Police arrested seven goons involved in the attack on the opposition candidate.", ARR),
    ("Members of the teachers' association staged a dharna outside the education department.", PEA),
    ("Traders observed a bandh in Jammu against the new excise policy.", PEA),
    ("Youth Congress workers burnt an effigy of the Union home minister in Guwahati.", PEA),
    ("Police lathi-charged students protesting against the fee hike in Bhubaneswar.", INT),
    ("Police used water cannon and tear gas shells to disperse farmers near the Delhi border.", INT),
    ("Police opened fire on stone-pelting protesters in Kulgam, killing a teenager.", EXF),
    ("Agitators torched a police jeep and pelted stones at officers in Basirhat.", VIO),
    ("A mob lynched a man suspected of cattle smuggling in Alwar.", MOB),
    ("Villagers beat up two men they suspected of being child lifters in Dhule.", MOB),
    ("Tatmadaw jets bombed a KIA position near Laiza.", AIR),
    ("An armed drone struck a car carrying militants in North Waziristan.", AIR),
    ("Pakistani troops fired mortar shells at Indian posts along the LoC in Rajouri.", ART),
    ("Two jawans were killed when Maoists triggered an IED blast in Narayanpur.", REM),
    ("Terrorists lobbed a grenade at a police party in Anantnag, injuring a constable.", GRE),
    ("A suicide bomber blew himself up near a police checkpost in Bannu.", SUI),
    ("Eighteen Naxals surrendered before police in Sukma, laying down their arms.", AGR),
    ("Security forces recovered 20 kg of explosives and detonators from a Naxal dump in Bijapur.", DIS),
    ("Government troops recaptured Malam Fatori from ISWAP terrorists.", GOV),
    ("ISWAP fighters seized Marte after overrunning the military base.", NSA),
    ("Maoists set up a new camp in the Saranda forest, police sources said.", HQ),
    ("Miscreants vandalised a temple and damaged idols in Comilla.", LOO),
    ("The Tatmadaw deployed more troops to Sagaing Region ahead of an offensive.", CHG),
    ("Police exhumed eight bodies from a mass grave in Sindh.", OTH),
    ("India thrashed Australia in the second Test at Chennai.", "NONE"),
    ("A short circuit sparked a fire that gutted a garment factory in Gazipur.", "NONE"),
]

SETS = [ATTACK, CLASH, ABDUCTION, ARRESTS, PEACEFUL, INTERVENTION, VIOLENT_DEMO, EXCESSIVE, MOB_VIOLENCE,
        AIR_STRIKE, SHELLING, REMOTE, GRENADE, SUICIDE, CHEMICAL, SEXUAL, AGREEMENT, CHANGE, DISRUPTED,
        GOVERNMENT, NON_STATE, NON_VIOLENT, HEADQUARTERS, LOOTING, OTHER, NONE_EVENTS, PROTEST_RULES,
        ACTOR_RULES, VIOLENCE_RULES, DEVELOPMENT_RULES, HELD_OUT]

ROWS = [row for rows in SETS for row in rows]
FR_SETS = [FR_RULES]
FR_ROWS = [row for rows in FR_SETS for row in rows]

# sentences that fail on the rules, each with its reason (strict: a fix must remove it from here)
XFAIL: dict[str, str] = {
    "Police opened fire on stone-pelting protesters in Kulgam, killing a teenager.":
        "protesters who throw stones make a riot even when the police's fire kills one of them (ACLED: force against a violent crowd is still excessive when lethal)",
    "The Tatmadaw deployed more troops to Sagaing Region ahead of an offensive.":
        "an offensive only expected ('ahead of') is read as a clash",
    'The opposition has called for a bandh on Friday to protest the fuel price hike.':
        'a strike only called (to come) is read as held',
    'Supporters of the party ransacked the police station and set a jeep on fire after their leader was arrested.':
        'supporters angered by an arrest who ransack are not read as a demonstration',
}


@functools.lru_cache(maxsize=1)
def _typed() -> dict[str, str]:
    """Every snippet typed in one ``extract_many`` run, as the CASE 2021 adapter does."""
    from bilan.evaluate.case2021 import ACLED_TO_CASE, classify
    from bilan.model import Document
    from bilan.pipeline import extract_many

    docs = [Document(doc_id=f"r{i}", text=t, language="en") for i, (t, _) in enumerate(ROWS)]
    docs += [Document(doc_id=f"f{i}", text=t, language="fr") for i, (t, _) in enumerate(FR_ROWS)]
    names = {c: n for n, c in ACLED_TO_CASE.items()}
    out = {}
    for d, ex in zip(docs, extract_many(docs)):
        code = classify(ex.incidents, d.language)
        out[d.text] = names.get(code, code)
    return out


def _params():
    out = []
    for text, expected in ROWS + FR_ROWS:
        marks = [pytest.mark.xfail(reason=XFAIL[text], strict=True)] if text in XFAIL else []
        out.append(pytest.param(text, expected, marks=marks, id=text[:50]))
    return out


def test_rows_are_distinct():
    assert len({t for t, _ in ROWS + FR_ROWS}) == len(ROWS + FR_ROWS)


@pytest.mark.parametrize("text,expected", _params())
def test_regional_style(text, expected):
    assert _typed()[text] == expected
