"""A ninth blind check of the event typing, CASE-2021 / ACLED style (h-case14): English and French snippets of our own,
written in two sittings on 2026-12-07 (UTC by `date`), each before bilan was run on it, in shapes the earlier rounds
(test_event_blind_case_style*.py, test_event_types_paraphrases.py) did not use: passives with the doer last, headlines
(reduced passives), a casualty figure first, the event carried by a noun, reported speech, participles and relative
clauses on the ground taken, French twins.

Aimed at the classes with a dev F1 below 0.85 or fewer than 10 dev snippets at this branch's start (Attack 0.84,
Excessive force against protesters 0.81, Non-violent transfer of territory 0.81, Protest with intervention 0.82, Other
0.67 on 6 snippets) at their boundary with the nearest classes, and a few rows of the other classes.

Labels follow the ACLED codebook's sub-event definitions, written before the first run:
- Attack: an organised armed group violently targets unarmed civilians; an armed side hit is an Armed clash; people only
  taken, an Abduction.
- Excessive force against protesters: lethal force, or force that kills or seriously injures; Protest with intervention:
  a protest dispersed, stopped or suppressed (tear gas, water cannon, rubber bullets, arrests) with no serious injury.
- Non-violent transfer of territory: ground handed over, left or entered without a fight, including ground taken
  after the other side left it; ground taken by force is a territory change of the side that took it.
- Other: displacement of civilians, a mass grave found, a weapons test.
- Looting/property destruction: property looted or destroyed with no other violence, whoever did it (soldiers too).

Round 1 (written about 04:44-04:46 UTC): 57/69 on its first run; round 2 (written about 04:56-04:59 UTC, run after the
round-1 rules): 34/37; round 3 (written about 05:03-05:05 UTC, run after the round-2 rules): 28/32; round 4 (written
about 05:11-05:14 UTC, run after the round-3 rules): 13/15; round 5 (written about 05:15-05:17 UTC, run after the round-4
rules): 20/26. 174/179 now. Mended by general rules:
- fishermen (« pêcheurs ») are civilians (events_<lang>.CIVILIAN_NOUNS): "executed five fishermen" is an attack;
- tear gas fired told as a passive ("Tear gas was fired at traders protesting ...") is no lethal force: the subject of
  the passive is what was fired, as the object of the active (events._lethal_force);
- the subject of a headline's reduced passive ("Protester killed as riot police fire on crowd") is whom it was done to,
  not who did it (events._protesters_did reads events.headline_undergoers): no riot;
- forces that stop or block a march ("stopped a march ... from reaching", « ont bloqué la marche ») intervene
  (PROTEST_INTERVENTION, PREVENTION_WORDS: only with the forces as the subject);
- ground taken that a participle of leaving with its own agent describes ("took over the Ber camp vacated by UN
  peacekeepers"), or taken in a clause joined after one side's leaving ("The militia left the town ... and the army
  took control of it"), with no fight told in the sentence, is a transfer without a fight (events._left_before,
  events._left_by_another; LEAVE_VERBS + vacate, abandon, « évacuer », « abandonner »);
- control transferred to an armed side, active or passive ("Control of the border post was transferred to the army"):
  a transfer (events_<lang> "transfer" / « transférer » with object:control and a ground word);
- people displaced told by a passive ("have been displaced from their villages", "10,000 people have been displaced by
  the violence", « ont été déplacées de leurs villages »): displacement, Other; not the active "The conflict has
  displaced over a million people", a background figure (test_event_blind_case_style.py keeps the fight after it);
- a looting verb joined to a burning verb ("ransacked and burned dozens of homes"): the property its conjunct acts on is
  its object too, no people burnt (events.refine_type);
- ground taken after a side's departure told by a locution of "after" (« à la suite du départ des derniers soldats »,
  "in the wake of the departure of ...": events_<lang>.AFTER_NOUNS) is a transfer, as "after the departure";
- people who fled the fighting or the violence (« ont fui les combats »): what they fled is no news of its own, the
  displacement is (Other);
- border and coast guards (« gardes-frontières ») are the state's forces (actors_<lang>.STATE_FORCES): people they
  intercept are arrested, as by the police;
- people "forced from their homes"
  (« chassées de leurs maisons ») are a displacement (Other); a base opened by an armed side (« a ouvert une nouvelle
  base », the base its object) is a base established; the police clearing a protest camp (« a évacué un campement de
  manifestants ») is no transfer of ground (« évacuer »: not:crowd);
- people named by their trade or as a crowd ("Motorcycle taxi drivers", PROTEST_CROWDS) who fall on a person named by a
  charge ("a suspected thief", CHARGE_PARTICIPLES) are a mob, no armed group's attack (events._mob_agent);
- soldiers firing on strikers (« Des soldats ont ouvert le feu sur des grévistes ») are forces of crowd control by their
  form as well as their lemma (events._drop_strikers_hit): force on a protest, not an attack.
Three older strict/non-strict xfails now pass by these rules and were unmarked (test_event_blind_case_style2.py: the
Colombo march blocked by police; test_event_blind_case_style4.py: M23 left Kibumba and the force took control;
test_event_types_paraphrases.py: control of the airport transferred). The rest are strict xfails with their reasons.
"""

from __future__ import annotations

import pytest
from extracting import (ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH,
                        PEA, REM, SEX, SUI, VIO, lead_type)
from test_event_blind_case_style2 import _params, control_params

NONE = "NONE"
EN = [
    # round 1 (written about 04:44-04:46 UTC, before its run)
    # Attack: an organised armed group on unarmed civilians; new shapes (passive + agent last, headline, figure first,
    # the attack a noun, reported speech)
    ("Six civilians were killed when gunmen opened fire on a wedding party in Kaduna state, police said.", ATT),
    ("Nine villagers dead in overnight raid by suspected jihadists near Djibo", ATT),
    ("Unknown assailants stabbed a local chief to death in his home in Beni, the mayor said.", ATT),
    ("A village headman was shot dead by suspected Maoist rebels in Dantewada on Tuesday.", ATT),
    ("Armed men in military uniform executed five fishermen on the shore of Lake Chad, witnesses said.", ATT),
    ("Twelve people, including three children, died in an attack by ADF rebels on the village of Mamove.", ATT),
    ("Police said gunmen had killed a Catholic priest on the road to Gombe.", ATT),
    ("An attack on a camp for displaced people near Djugu left 22 civilians dead, the UN mission said.", ATT),
    ("Militiamen armed with machetes killed three women collecting firewood near Beni.", ATT),
    ("Gunmen ambushed a police patrol near Katsina, killing two officers.", CLA),
    ("Suspected herders abducted a district official from his farm in Benue.", ABD),
    # Excessive force against protesters
    ("Three demonstrators were killed by live fire as police dispersed a protest over fuel prices in Lagos.", EXF),
    ("A 17-year-old protester died of gunshot wounds after soldiers fired into a crowd of marchers in Mandalay.", EXF),
    ("Police shot and wounded at least 20 people demonstrating against land seizures in Kampala.", EXF),
    ("At least five people protesting the arrest of a cleric were shot dead by security forces in Lahore.", EXF),
    ("Protester killed as riot police fire on crowd in Harare", EXF),
    ("Soldiers opened fire on striking workers outside a textile factory in Dhaka, killing three.", EXF),
    # Protest with intervention
    ("Dozens of opposition supporters were arrested as police broke up a rally in Lusaka on Saturday.", INT),
    ("Tear gas was fired at hundreds of market traders protesting new taxes in Accra.", INT),
    ("Police in Dhaka detained 15 students who were demonstrating against a fee rise.", INT),
    ("Water cannon used on protesters outside parliament in Tbilisi", INT),
    ("A sit-in by unpaid teachers in Niamey was dispersed by police on Monday.", INT),
    ("Police fired rubber bullets to scatter a crowd of farmers demonstrating in Nairobi; no injuries were reported.", INT),
    ("Security forces stopped a march by opposition parties from reaching the city centre in Kinshasa.", INT),
    # Peaceful protest against violent demonstration and mob violence
    ("Several thousand people rallied in Algiers on Friday against the presidential election.", PEA),
    ("Taxi drivers went on strike and gathered outside the transport ministry in Dakar.", PEA),
    ("Angry protesters torched the mayor's office in Kisangani over the killing of a motorcyclist.", VIO),
    ("Residents chased and hacked to death a man accused of stealing a motorbike in Goma.", MOB),
    # Non-violent transfer of territory
    ("The Malian army took over the Ber camp vacated by UN peacekeepers on Wednesday.", NVT),
    ("Rebels handed over the town of Kamanyola to government forces under the peace deal.", NVT),
    ("French forces completed their withdrawal from Gossi, handing the base to Malian troops.", NVT),
    ("Control of the Nampala border post was transferred to the army on Tuesday.", NVT),
    ("Government forces moved into the town of Kidal without resistance after the rebels withdrew.", NVT),
    ("The militia left the town of Bambari on Monday and the army took control of it, residents said.", NVT),
    ("Government troops recaptured Kidal from the rebels after three days of fighting.", GOV),
    ("Militants overran an army post near Ménaka on Sunday, killing six soldiers.", NSA),
    # Other
    ("A mass grave with the remains of 15 people was uncovered near Kalehe.", OTH),
    ("Pyongyang launched two short-range missiles into the sea in a weapons test, Seoul said.", OTH),
    ("About 3,000 families have been displaced from their villages in Ouaka, OCHA said.", OTH),
    # weapon classes in new shapes
    ("Two soldiers were killed when their vehicle hit a landmine near Tessit.", REM),
    ("Three rockets slammed into a residential area of Tripoli, wounding four people.", ART),
    ("A hand grenade was hurled at a police post in Bujumbura, injuring two officers.", GRE),
    ("Five militants were killed in a US air strike in Lower Shabelle, the US command said.", AIR),
    # arrests, looting, disrupted weapons, base, agreement, change
    ("A journalist critical of the government was detained by intelligence agents in Bujumbura.", ARR),
    ("Soldiers ransacked and burned dozens of homes in the village of Mora, residents said.", LOO),
    ("An explosive device found near the bus station in Maiduguri was safely detonated by bomb disposal experts.", DIS),
    ("Jihadists have set up a camp in the forest near Diafarabé, locals said.", HQ),
    ("The two armed groups signed a non-aggression pact in Bria on Thursday.", AGR),
    ("The rebel movement announced it was suspending its participation in the peace process.", CHG),
    # round 2 (written about 04:56-04:59 UTC, before its run)
    ("Gunmen killed a teacher in front of his pupils at a school in Kidal, the regional governor said.", ATT),
    ("Eleven passengers were pulled off a bus and shot dead by al-Shabaab fighters near Mandera.", ATT),
    ("Attackers on motorcycles killed at least 30 civilians in a raid on the village of Solhan.", ATT),
    ("A tribal elder was gunned down outside his home in Bannu by unidentified assailants.", ATT),
    ("Police killed two people on Saturday when they opened fire on protesters demanding water in Karachi.", EXF),
    ("Security forces used live ammunition against demonstrators in Basra, wounding 25, a rights group said.", EXF),
    ("Two demonstrators died of their wounds after police fired on a protest against the mine in Kolwezi.", EXF),
    ("Police shoot dead three anti-government protesters in Conakry", EXF),
    ("Police dispersed supporters of the jailed opposition leader with tear gas in Dakar.", INT),
    ("Authorities detained about 50 people during an unauthorised protest in Moscow.", INT),
    ("Police blocked a march by opposition supporters heading to the electoral commission in Harare.", INT),
    ("Protesters were tear-gassed by riot police outside the governor's office in Ibadan.", INT),
    ("Hundreds of doctors downed tools and marched to the health ministry in Nairobi over unpaid salaries.", PEA),
    ("Rioters set fire to government buildings and blocked roads with burning tyres in Kinshasa.", VIO),
    ("A crowd stoned a man accused of theft to death in Mbuji-Mayi.", MOB),
    ("Government troops took over the town of Buni Yadi after Boko Haram militants abandoned it.", NVT),
    ("The rebels handed the base at Gbiti over to the army at a ceremony on Monday.", NVT),
    ("The army moved into the base in Ansongo, which French troops had vacated the day before.", NVT),
    ("Islamist fighters withdrew from Mocimboa da Praia without a fight.", NVT),
    ("Jihadists captured the town of Mansila after an attack on the army post.", NSA),
    ("The army regained control of Kidal on Thursday, ending eight years of rebel rule.", GOV),
    ("Investigators found a mass grave holding the remains of 30 people near Tillabéri.", OTH),
    ("More than 10,000 people have been displaced by the violence in Ituri, the UN refugee agency said.", OTH),
    ("Government and rebel negotiators reached a deal on a ceasefire in Doha on Sunday.", AGR),
    ("Police recovered 12 AK-47 rifles and ammunition in a raid on a house in Kaduna.", DIS),
    ("An improvised explosive device exploded under a minibus near Djibo, killing eight passengers.", REM),
    ("Nine civilians died when warplanes struck a market in Idlib province.", AIR),
    # round 3 (written about 05:03-05:05 UTC, before its run)
    ("Jihadists have killed at least 20 civilians in two villages of the Tillabéri region, local officials said on Tuesday.", ATT),
    ("Villagers said the militiamen hacked seven people to death before setting the houses alight.", ATT),
    ("Three aid workers were murdered in an ambush on their clearly marked vehicle near Kaga-Bandoro.", ATT),
    ("Security forces killed 12 civilians in a reprisal raid on the village of Binguel, a rights group said.", ATT),
    ("An armed group massacred 40 villagers in Ituri, the UN said.", ATT),
    ("Police used excessive force against students protesting in Kampala, leaving one dead.", EXF),
    ("Eight people were killed in Khartoum on Thursday as security forces cracked down on anti-coup protests, medics said.", EXF),
    ("A demonstrator was beaten to death by police during a protest against fuel prices in Freetown.", EXF),
    ("Police arrested 23 people after breaking up a protest against the mining company in Kolwezi.", INT),
    ("Riot police dispersed protesting taxi drivers with water cannon in Dakar.", INT),
    ("Dozens of anti-war protesters were detained in Moscow on Sunday, a monitoring group said.", INT),
    ("Police watched as thousands of people marched peacefully through Bamako.", PEA),
    ("Mali's army took control of the Tessalit base on Sunday following the departure of the last French soldiers.", NVT),
    ("The withdrawal of Ethiopian troops from the town of Baidoa was completed on Friday, officials said.", NVT),
    ("Rebels have vacated the town of Bunagana, which is now controlled by the regional force.", NVT),
    ("Thousands of people have fled the fighting in Ituri into neighbouring Uganda, the UNHCR said.", OTH),
    ("The army said it had found a tunnel used by militants to smuggle weapons near Rafah.", OTH),
    ("Iran said it successfully tested a new cruise missile on Saturday.", OTH),
    ("The two rebel groups agreed to a truce in Bangui on Sunday after church mediation.", AGR),
    ("Police arrested the leader of a separatist group at his home in Bamenda.", ARR),
    ("Soldiers detained 12 suspected militants during a search operation in Diffa.", ARR),
    ("The town of Palma was retaken by government forces after a ten-day battle.", GOV),
    # round 4 (written about 05:11-05:14 UTC, before its run): the weapon classes told by a "when" clause, people
    # intercepted, a figure first
    ("Five people died when government forces used chlorine gas on a village near Idlib, a monitor said.", CHE),
    ("Border guards intercepted 30 suspected militants trying to cross into Niger from Mali.", ARR),
    ("Two children were among seven people killed when a mortar shell hit a market in Mogadishu.", ART),
    ("Four soldiers died after their patrol drove over a roadside bomb near Dori.", REM),
    ("Gunmen hurled a grenade into a crowded bar in Bujumbura late on Saturday, wounding 12.", GRE),
    ("Witnesses said a man wearing a suicide vest detonated it at the gate of a police station in Mogadishu.", SUI),
    ("Armed men abducted a priest and two nuns from their convent near Kaduna, police said.", ABD),
    ("Soldiers raped at least ten women during a raid on the village of Minova, the UN said.", SEX),
    ("Students protesting the closure of their university were beaten and arrested by police in Lomé; none was seriously hurt.", INT),
    ("A policeman shot dead a street vendor during a protest over evictions in Harare.", EXF),
    # round 5 (written about 05:15-05:17 UTC, before its run)
    ("Gunmen believed to be bandits shot dead a village chief and his two sons in Zamfara late on Monday.", ATT),
    ("Suspected Islamists killed nine people at a funeral in the village of Tin-Hama, the defence ministry said.", ATT),
    ("At least 15 civilians lost their lives when jihadists raided a cattle market near Tahoua.", ATT),
    ("In a statement, the army said insurgents had killed six loggers in the Sambisa forest.", ATT),
    ("Security forces fired tear gas and live bullets at protesters in Bamako, killing four.", EXF),
    ("A nurse was fatally shot when police opened fire to disperse a crowd protesting a land grab in Nairobi.", EXF),
    ("Police fired tear gas at a crowd of football fans protesting outside the federation's headquarters in Lagos.", INT),
    ("Riot police cleared a protest camp outside parliament in Bangkok, detaining 20 people.", INT),
    ("Police stood by as several thousand people protested peacefully against the new constitution in Bangui.", PEA),
    ("Protesters stormed and ransacked the electoral commission's office in Bukavu.", VIO),
    ("Motorcycle taxi drivers beat a suspected thief to death at a bus station in Goma.", MOB),
    ("The last UN peacekeepers left Kidal on Tuesday, handing their camp to the Malian army.", NVT),
    ("Wagner fighters and Malian troops moved into Anefis after the rebels pulled out overnight.", NVT),
    ("Rebels withdrew from the border town of Bunagana on Sunday under a regional agreement.", NVT),
    ("Hundreds of families have been forced from their homes in Cabo Delgado by insurgent attacks, aid agencies said.", OTH),
    ("The militia opened a new base in the hills outside Beni, residents said.", HQ),
    ("The rebels and the government signed a ceasefire in Addis Ababa on Wednesday.", AGR),
    ("The armed group announced the appointment of a new leader after the death of its founder.", CHG),
]
FR = [
    # round 1
    ("Six civils ont été tués lorsque des hommes armés ont ouvert le feu sur une noce à Kaduna, selon la police.", ATT),
    ("Un chef de village a été abattu par des jihadistes présumés près de Djibo mardi.", ATT),
    ("Douze personnes, dont trois enfants, ont péri dans une attaque des ADF contre le village de Mamove.", ATT),
    ("Trois manifestants ont été tués par balles lorsque la police a dispersé une manifestation contre la vie chère à Conakry.", EXF),
    ("Des soldats ont ouvert le feu sur des grévistes devant une usine à Dakar, tuant trois personnes.", EXF),
    ("Des dizaines de partisans de l'opposition ont été interpellés lorsque la police a dispersé un rassemblement à Lomé.", INT),
    ("Un sit-in d'enseignants a été dispersé par la police lundi à Niamey.", INT),
    ("Plusieurs milliers de personnes se sont rassemblées à Alger vendredi contre l'élection présidentielle.", PEA),
    ("Des manifestants en colère ont incendié la mairie de Kisangani après la mort d'un motard.", VIO),
    ("L'armée malienne a pris possession du camp de Ber, évacué par les casques bleus mercredi.", NVT),
    ("Les rebelles ont remis la ville de Kamanyola aux forces gouvernementales en vertu de l'accord de paix.", NVT),
    ("Les forces françaises ont achevé leur retrait de Gossi, remettant la base aux soldats maliens.", NVT),
    ("Une fosse commune contenant les restes de 15 personnes a été découverte près de Kalehe.", OTH),
    ("Environ 3 000 familles ont été déplacées de leurs villages dans la Ouaka, selon l'OCHA.", OTH),
    ("Deux soldats ont été tués lorsque leur véhicule a sauté sur une mine près de Tessit.", REM),
    ("Une grenade a été lancée contre un poste de police à Bujumbura, blessant deux agents.", GRE),
    ("Un journaliste critique du pouvoir a été interpellé par des agents du renseignement à Bujumbura.", ARR),
    ("Des soldats ont pillé et incendié des dizaines de maisons dans le village de Mora, selon des habitants.", LOO),
    ("Les jihadistes ont installé un camp dans la forêt près de Diafarabé, selon des habitants.", HQ),
    ("Les deux groupes armés ont signé un pacte de non-agression à Bria jeudi.", AGR),
    # round 2
    ("Onze passagers ont été extraits d'un bus et abattus par des shebab près de Mandera.", ATT),
    ("La police a tué deux personnes samedi en ouvrant le feu sur des manifestants qui réclamaient de l'eau à Karachi.", EXF),
    ("Deux manifestants sont morts de leurs blessures après que la police a tiré sur une manifestation contre la mine à Kolwezi.", EXF),
    ("La police a dispersé à coups de gaz lacrymogène les partisans de l'opposant emprisonné à Dakar.", INT),
    ("Les militaires ont pris le contrôle de Buni Yadi après que les jihadistes l'ont abandonnée.", NVT),
    ("L'armée s'est installée dans la base d'Ansongo, que les soldats français avaient évacuée la veille.", NVT),
    ("Des enquêteurs ont découvert une fosse commune contenant les restes de 30 personnes près de Tillabéri.", OTH),
    ("Un engin explosif improvisé a explosé sous un minibus près de Djibo, tuant huit passagers.", REM),
    ("Des émeutiers ont incendié des bâtiments publics et bloqué les routes avec des pneus enflammés à Kinshasa.", VIO),
    ("Une foule a lapidé à mort un homme accusé de vol à Mbuji-Mayi.", MOB),
    # round 3
    ("Des jihadistes ont tué au moins 20 civils dans deux villages de la région de Tillabéri, selon des élus locaux.", ATT),
    ("Les forces de sécurité ont tué 12 civils lors d'un raid de représailles sur le village de Binguel, selon une ONG.", ATT),
    ("Un manifestant a été battu à mort par la police lors d'une manifestation contre la vie chère à Freetown.", EXF),
    ("La police a interpellé 23 personnes après avoir dispersé une manifestation contre la société minière à Kolwezi.", INT),
    ("L'armée malienne a pris le contrôle de la base de Tessalit dimanche, à la suite du départ des derniers soldats français.", NVT),
    ("Le retrait des troupes éthiopiennes de la ville de Baidoa s'est achevé vendredi.", NVT),
    ("Des milliers de personnes ont fui les combats en Ituri vers l'Ouganda voisin, selon le HCR.", OTH),
    ("La ville de Palma a été reprise par les forces gouvernementales après dix jours de combats.", GOV),
    ("Les deux groupes rebelles ont conclu une trêve à Bangui dimanche.", AGR),
    ("Des soldats ont interpellé 12 militants présumés lors d'une opération de fouille à Diffa.", ARR),
    # round 4
    ("Cinq personnes sont mortes lorsque les forces gouvernementales ont utilisé du gaz chloré contre un village près d'Idlib.", CHE),
    ("Les gardes-frontières ont intercepté 30 jihadistes présumés qui tentaient de passer au Niger.", ARR),
    ("Deux enfants figurent parmi les sept personnes tuées par un obus de mortier tombé sur un marché de Mogadiscio.", ART),
    ("Des hommes armés ont enlevé un prêtre et deux religieuses dans leur couvent près de Kaduna.", ABD),
    ("Un policier a abattu un vendeur ambulant lors d'une manifestation contre les expulsions à Harare.", EXF),
    # round 5
    ("Des bandits présumés ont abattu un chef de village et ses deux fils dans le Zamfara lundi soir.", ATT),
    ("Au moins 15 civils ont perdu la vie lorsque des jihadistes ont attaqué un marché à bétail près de Tahoua.", ATT),
    ("Une infirmière a été tuée par balle lorsque la police a ouvert le feu pour disperser une foule qui protestait à Nairobi.", EXF),
    ("La police a évacué un campement de manifestants devant le parlement à Bangkok, interpellant 20 personnes.", INT),
    ("Des manifestants ont pris d'assaut et saccagé les locaux de la commission électorale à Bukavu.", VIO),
    ("Les derniers casques bleus ont quitté Kidal mardi, remettant leur camp à l'armée malienne.", NVT),
    ("Des centaines de familles ont été chassées de leurs maisons par les attaques des insurgés au Cabo Delgado.", OTH),
    ("La milice a ouvert une nouvelle base dans les collines de Beni, selon des habitants.", HQ),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
    "The rebel movement announced it was suspending its participation in the peace process.":
        "no lexicon entry for a group suspending its part in a process; whether the codebook's Change to group/activity "
        "or Other is meant the codebook text at hand does not settle, so no rule was written for it",
    "The army said it had found a tunnel used by militants to smuggle weapons near Rafah.":
        "'find' with a weapon word near it is a disrupted weapons use (needs:weapon, a window): the weapons here are "
        "only what the tunnel served to smuggle; reading the found thing's own clause would move the 43 dev seizures' "
        "rule, not tried in this round",
    "La police a dispersé à coups de gaz lacrymogène les partisans de l'opposant emprisonné à Dakar.":
        "no French trigger for a crowd dispersed: a « disperser » trigger (needs:crowd, as the English 'disperse') was "
        "tried and left out, for a one-word protest trigger counts as a protest word in its sentence, and supporters "
        "fighting that the police dispersed (test_event_blind_case_style5.py) became a riot instead of mob violence",
    "Wagner fighters and Malian troops moved into Anefis after the rebels pulled out overnight.":
        "'Anefis' is unknown to the gazetteer and the model, so 'pulled out' finds no ground (with 'the town of Anefis' "
        "the row reads a transfer); a 'move into' entry with needs_withdrawal, as 'enter', was tried and left out: a "
        "phrase entry whose conditions fail hides the deployment 'move' ('Troops moved into the area to search for the "
        "kidnappers', test_event_regional_styles.py)",
    "L'armée s'est installée dans la base d'Ansongo, que les soldats français avaient évacuée la veille.":
        "the French parse hangs the relative clause 'que ... avaient évacuée' on the verb as a complement (ccomp), not on "
        "'base': the base is not read as left by others, and 'installée dans la base' stays a base established",
}

# controls written while fixing (about 04:50-05:00 UTC): what the new rules must leave alone
CONTROLS: list[tuple[str, str, str]] = [
    ("Rebels left Bambari and the army took control of the town after heavy fighting.", "en", GOV),
    ("The government transferred control of the ministry to a new minister.", "en", NONE),
    ("The prisoners were transferred to the army base in Gao.", "en", NONE),
    ("Displaced people protested in Goma on Monday.", "en", PEA),
    ("Hundreds of internally displaced persons marched in Goma to demand food.", "en", PEA),
    ("Fighting killed ten people and displaced thousands in Ituri.", "en", CLA),
    ("Live rounds were fired at protesters in Accra, killing two.", "en", EXF),
    ("Protesters torch police station in Harare", "en", VIO),
    ("Hundreds of students marched in Harare to stop the closure of their university.", "en", PEA),
    ("Police blocked a march by teachers in Harare.", "en", INT),
    ("Soldiers burned dozens of homes in the village of Mora.", "en", LOO),
    ("L'armée a dispersé les militants islamistes retranchés dans la forêt.", "fr", NONE),
    # the roads of a place blocked, in the plural: the codebook's road-blocking, a riot in both languages (h-case20,
    # events._blocks_no_roads; was PEA while « bloquer » was no French riot cue)
    ("Les manifestants ont bloqué les routes à Conakry.", "fr", VIO),
    ("Les gendarmes ont bloqué la marche de l'opposition à Conakry.", "fr", INT),
    ("Des hommes armés ont ouvert le feu sur des grévistes à Dakar, tuant trois personnes.", "fr", ATT),
    ("Le contrôle du poste frontière de Nampala a été transféré à l'armée mardi.", "fr", NVT),
    ("Les rebelles ont quitté la ville de Bambari lundi et l'armée en a pris le contrôle.", "fr", NVT),
    # (about 05:08-05:11 UTC) fleeing a fight; a locution of "after"
    ("Residents fled the fighting as rebels attacked Rutshuru, killing 12.", "en", ATT),
    ("Rebels seized the town in the wake of heavy fighting.", "en", NSA),
    ("Mali's army took control of the Tessalit base in the wake of the departure of the last French soldiers.", "en",
     NVT),
    # (about 05:20-05:24 UTC) a crowd's justice against an armed group's or the forces' killing of a suspect
    ("Soldiers beat a suspected thief to death in Goma.", "en", ATT),
    ("Armed men killed a suspected witch in Goma.", "en", ATT),
    ("Students beat a suspected thief to death in Goma.", "en", MOB),
    ("Malian troops moved into the town of Anefis after the rebels pulled out overnight.", "en", NVT),
]

CONTROL_XFAIL: dict[str, str] = {
    "Malian troops moved into the town of Anefis after the rebels pulled out overnight.":
        "'moved' is read as a deployment (Change to group/activity), which the rebels' pulling out does not change: "
        "the 'move into' entry that read it a transfer was left out (see the Anefis snippet's reason)",
}


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS, CONTROL_XFAIL))
def test_blind_case_style9_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style9_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR}
    assert set(XFAIL) <= texts
