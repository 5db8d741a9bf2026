"""An eighth blind check of the event typing, CASE-2021 / ACLED style (h-case13): English and French snippets
written in three sittings on 2026-12-06 (UTC by `date`), each before bilan was run on it, aimed at the classes with a dev
F1 below 0.85 or few dev snippets (Attack 0.84, Excessive force against protesters 0.81, Protest with intervention
0.82, Non-violent transfer of territory 0.81, Other 0.67 on 6 snippets) at their boundary with the nearest classes,
and at communal fighting (herders and farmers, ethnic or clan militias, youths of two villages).

Labels follow the ACLED codebook's sub-event definitions, written before the first run:
- Attack: an organised armed group violently targets unarmed civilians (soldiers shooting farmers at a checkpoint
  included); an armed side hit is an Armed clash; people only taken, an Abduction; a crowd beating a suspect, Mob
  violence.
- Excessive force against protesters: protesters targeted with lethal force or force that kills or seriously injures;
  Protest with intervention: a protest dispersed or suppressed (tear gas, water cannon, arrests) with no serious
  injury; Peaceful protest: no violence, no intervention; Violent demonstration: the demonstrators' own violence or
  destruction (stones, burning tyres, barricades, looting).
- Non-violent transfer of territory: ground handed over, left or entered without a fight; ground taken by force is
  Non-state actor overtakes territory or Government regains territory.
- Other: a significant development of no other class (a weapons test). Civilians fleeing their homes was labelled
  NONE before the run and relabelled Other after it: the task's own labels type mass displacement Other (its dev
  gold), and the codebook's Other is the class for such developments (two more labels moved after a run: below).
  One snippet written then (a curfew imposed) was dropped: whether ACLED codes it Change to group/activity or Other
  the codebook text at hand does not settle.
- Communal fighting (the decision of this set): ACLED codes organised communal militias fighting (herders against
  farmers, ethnic or clan militias, "tribal clashes") as identity militias in an Armed clash, and spontaneous,
  unorganised crowds (youths or residents of two villages, fighting with sticks and stones) as Mob violence.

Three rounds, each written before its run: round 1 (about 20:04-20:08 UTC) read 50/56 (the six: herders and farmers
clashing, typed Attack in EN and FR; youths of two villages fighting, no event; displaced civilians, Other for my NONE,
relabelled, see above; a curfew, dropped; troops entering a town with no withdrawal told); round 2 (about 20:13-20:16 UTC;
more Excessive force, Protest with intervention, Other, transfers) read 26/32; round 3
(about 20:31-20:33 UTC: the weapon classes, looting, arrests, disrupted weapons, a base, agreements, changes to a group)
read 29/31, the two misses my labels (a surrender, Change to group/activity for the codebook's Agreement, which
lists surrenders among agreements; EN and FR relabelled). 105/119 as first written; 116/118 now. Fixed by general rules (EN
and FR lexicons):
- a fight whose sides are communal groups by their word (events_<lang>.COMMUNAL_SIDES: herders, pastoralists,
  tribesmen, « éleveurs ») or told ethnic or tribal (COMMUNAL_MODIFIERS) is an armed clash, its dead the fight's,
  unless told with a crowd's weapons (CROWD_WEAPONS: stones, sticks, « bâtons ») or by a crowd's nouns (MOB_AGENTS,
  PARTISANS); people "from" two places (ORIGIN_PREPS) fighting are one crowd's two sides, as "supporters of two
  clubs";
- a march named by who marched ("an opposition march", « une marche de l'opposition ») is a protest, so forces that
  kill during it use excessive force;
- "handed control of the town to" (as « remettre le contrôle »), people fleeing their villages or across a border
  (« fuir leurs villages »: displacement, Other);
- ground taken "after" a side left it, by a leaving verb with its own subject and object or a noun of departure
  (LEAVE_VERBS, LEAVE_NOUNS, AFTER_WORDS: "after UN peacekeepers left it", « après le départ des casques bleus ») is a
  transfer without a fight.
The rest are strict xfails with their reasons.
"""

from __future__ import annotations

import pytest
from extracting import (ABD, AGR, AIR, ARR, ART, ATT, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH, PEA,
                        REM, SEX, SUI, VIO, lead_type)
from test_event_blind_case_style2 import _params, control_params

NONE = "NONE"
EN = [
    # Attack: organised armed group on unarmed civilians, against a clash, an abduction, mob violence
    ("Gunmen on motorbikes shot dead six worshippers at a church in Djibo on Sunday.", ATT),
    ("Suspected ADF rebels hacked to death at least 14 villagers near Beni overnight.", ATT),
    ("Soldiers shot and killed two farmers at a checkpoint outside Bambari, residents said.", ATT),
    ("Bandits stormed a village in Zamfara state, killing 11 people and burning homes.", ATT),
    ("Al-Shabaab fighters beheaded a man accused of spying in Jilib on Thursday.", ATT),
    ("Militants attacked an army base near Kidal, killing four soldiers.", CLA),
    ("Gunmen kidnapped eight passengers from a bus on the Kaduna-Abuja highway.", ABD),
    ("Gunmen raided a village near Bunia, killing seven civilians and abducting three.", ATT),
    ("Villagers beat a suspected thief to death in Kisumu on Monday.", MOB),
    # Excessive force vs protest with intervention vs peaceful vs violent demonstration
    ("Security forces shot dead three protesters during a march against the government in Conakry.", EXF),
    ("Police opened fire on demonstrators in Khartoum, killing at least five, medics said.", EXF),
    ("Troops fired live rounds at a peaceful rally in Yangon, wounding dozens.", EXF),
    ("A protester died after being hit by a tear gas canister fired by police in Baghdad.", EXF),
    ("Police fired tear gas to disperse hundreds of students protesting fee increases in Nairobi.", INT),
    ("Riot police arrested dozens of demonstrators at an opposition rally in Kampala on Saturday.", INT),
    ("Police used water cannon to break up a sit-in outside parliament in Tunis.", INT),
    ("Police dispersed a march by teachers demanding unpaid salaries in Abidjan.", INT),
    ("Hundreds of nurses staged a peaceful protest outside the health ministry in Harare.", PEA),
    ("Protesters burned tyres and blocked roads in Port-au-Prince to denounce fuel prices.", VIO),
    ("Demonstrators threw stones at police and set fire to a police station in Kinshasa.", VIO),
    ("Protesters smashed shop windows and looted stores during an anti-government march in Bamako.", VIO),
    # Mob violence vs violent demonstration
    ("A mob set fire to the home of a man accused of blasphemy in Lahore.", MOB),
    ("Residents lynched two suspected kidnappers in Ilorin after a crowd gathered.", MOB),
    # Non-violent transfer of territory, against taking ground by force
    ("French troops handed over their base in Timbuktu to the Malian army on Tuesday.", NVT),
    ("Rebels withdrew from the town of Bunagana on Sunday, handing it over to East African troops.", NVT),
    ("UN peacekeepers withdrew from their camp in Kidal and handed it to the Malian authorities.", NVT),
    ("M23 rebels pulled out of Kibumba under a regional agreement, leaving it to the army.", NVT),
    ("Government troops entered Gao unopposed after the militants fled the town.", NVT),
    ("Soldiers abandoned their positions in Meiktila without a fight, residents said.", NVT),
    ("Jihadists seized the town of Boni after heavy fighting with the army.", NSA),
    ("The army retook the town of Damboa from Boko Haram after two days of fighting.", GOV),
    ("Rebels captured the town of Rutshuru on Tuesday after government troops fled.", NSA),
    # Other: displacement, a weapons test
    ("Thousands of civilians fled Kirkuk after government forces entered the city.", NVT),
    # (relabelled after the first run, NONE -> Other: the task labels civilians displaced en masse Other, see the docstring)
    ("More than 20,000 people have fled their homes in Cabo Delgado, the UN said.", OTH),
    ("North Korea test-fired two ballistic missiles into the sea on Thursday.", OTH),
    # communal militias fighting: armed clash; spontaneous crowds: mob violence
    ("Clashes between Fulani herders and farmers killed 12 people in Plateau state on Sunday.", CLA),
    ("Ethnic militias fought in the town of Djugu, leaving 20 dead, officials said.", CLA),
    ("Armed Dogon and Fulani militiamen clashed near Bankass on Friday, killing eight.", CLA),
    ("Two rival clan militias fought over grazing land near Beledweyne, killing six.", CLA),
    ("Youths from two villages fought with machetes and stones over a land dispute near Bawku.", MOB),
    ("Residents of two neighbourhoods clashed with sticks and stones in Jos after a football match.", MOB),
    # round 2 (written about 20:13-20:16 UTC, before its run): more of the weak classes
    # excessive force: lethal or serious harm to protesters
    ("Soldiers fired on a crowd protesting a rise in bread prices in Khartoum, killing two.", EXF),
    ("Police beat demonstrators with batons in Lome, sending eleven to hospital with serious injuries.", EXF),
    ("Two students were shot dead when police broke up a protest over fees in Kampala.", EXF),
    ("Security forces killed a teenager during an opposition march in Conakry, rights groups said.", EXF),
    ("Police fired live ammunition at striking miners in Kitwe, killing one.", EXF),
    ("A protester was killed and dozens wounded as troops fired on a rally in Mandalay.", EXF),
    # intervention: dispersed or suppressed, no serious harm
    ("Police fired tear gas and rubber bullets at opposition supporters marching in Dakar.", INT),
    ("Police detained 40 people at an unauthorised rally against the president in Minsk.", INT),
    ("Riot police broke up a student sit-in at the University of Nairobi on Monday.", INT),
    ("Police used water cannon on farmers marching on the capital in Delhi.", INT),
    ("Security forces blocked a march by opposition supporters and arrested its leaders in Harare.", INT),
    ("Police dispersed a vigil for the victims of the shooting in Lagos, arresting twelve.", INT),
    # peaceful protest, and a violent demonstration
    ("Thousands of women marched peacefully in Bamako to demand the release of detained journalists.", PEA),
    ("Workers at the port of Mombasa staged a peaceful sit-in over unpaid wages.", PEA),
    ("Protesters hurled stones at police and burned a bus in Dakar.", VIO),
    # Other
    ("Iran test-fired a new medium-range ballistic missile on Sunday, state media reported.", OTH),
    ("Thousands of civilians fled their homes in Tigray as fighting spread, the UN said.", OTH),
    ("Villagers discovered a mass grave containing 30 bodies near Bunia.", OTH),
    ("Some 5,000 people have fled across the border into Niger after attacks in northern Mali.", OTH),
    # non-violent transfer, against ground taken by force
    ("Malian troops took over the camp in Tessalit after UN peacekeepers left it on Sunday.", NVT),
    ("Turkish-backed forces handed control of the town to Syrian government troops under a Russian-brokered deal.", NVT),
    ("Al-Shabaab fighters withdrew from the town of Moqokori without a fight as AU troops approached.", NVT),
    ("Islamic State fighters overran the town of Palma after three days of fighting.", NSA),
    ("Government forces recaptured the town of Kalehe from the rebels after heavy fighting.", GOV),
    # round 3 (written about 20:31-20:33 UTC, before its run): the weapon classes, looting, arrests, disrupted weapons, a
    # base, agreements, changes to a group
    ("A roadside bomb struck a military convoy near Gao, killing three soldiers.", REM),
    ("A drone strike hit a house in Idlib overnight, killing four militants, activists said.", AIR),
    ("Government warplanes bombed rebel positions near Kutum on Monday.", AIR),
    ("Rebels shelled the outskirts of Goma with mortars, wounding six civilians.", ART),
    ("A rocket fired from Gaza landed in an open field near Sderot, causing no injuries.", ART),
    ("An attacker threw a grenade into a bar in Bujumbura, wounding seven people.", GRE),
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing five.", SUI),
    ("Police defused a bomb planted near a market in Maiduguri on Tuesday.", DIS),
    ("Soldiers seized a cache of weapons and explosives in a raid near Kidal.", DIS),
    ("Bandits looted shops and burned a market in Kaga-Bandoro overnight.", LOO),
    ("Gunmen set fire to a school in Djibo; no one was hurt.", LOO),
    ("Police arrested an opposition leader at his home in Kampala on Monday.", ARR),
    ("Rebels set up a new base in the hills above Rutshuru, residents said.", HQ),
    ("Al-Shabaab established a checkpoint on the road between Afgoye and Mogadishu.", HQ),
    ("The government and the rebels signed a ceasefire agreement in Juba on Sunday.", AGR),
    ("The two militias agreed a prisoner exchange in Bangui under church mediation.", AGR),
    # (relabelled after the run, Change to group/activity -> Agreement: the codebook lists surrenders among its agreements)
    ("Three hundred fighters of the FPRC surrendered to the army in Bria with their weapons.", AGR),
    ("Two rebel factions announced they had merged into a single armed group in Bangui.", CHG),
    ("The army deployed thousands of troops to the border town of Kousseri.", CHG),
    ("Militants kidnapped two aid workers on the road to Bunia on Tuesday.", ABD),
    ("A woman was raped by soldiers near Minova, a rights group said.", SEX),
]
FR = [
    ("Des hommes armés ont abattu six fidèles dans une église à Djibo dimanche.", ATT),
    ("Des rebelles présumés des ADF ont tué à la machette 14 villageois près de Beni.", ATT),
    ("Des jihadistes ont attaqué un camp militaire près de Kidal, tuant quatre soldats.", CLA),
    ("Les forces de l'ordre ont tiré à balles réelles sur des manifestants à Conakry, faisant trois morts.", EXF),
    ("La police a dispersé à coups de gaz lacrymogène une marche de l'opposition à Bamako.", INT),
    ("Des centaines d'enseignants ont manifesté pacifiquement devant le ministère à Abidjan.", PEA),
    ("Des manifestants ont brûlé des pneus et érigé des barricades à Kinshasa.", VIO),
    ("Une foule a lynché un voleur présumé à Kananga.", MOB),
    ("Les soldats français ont remis leur base de Tombouctou à l'armée malienne mardi.", NVT),
    ("Les rebelles se sont retirés de Bunagana sans combat, laissant la ville à la force régionale.", NVT),
    ("Les jihadistes ont pris la ville de Boni après de violents combats avec l'armée.", NSA),
    ("Des affrontements entre éleveurs peuls et agriculteurs ont fait 12 morts dans le centre du Mali.", CLA),
    ("Des miliciens dogon et peuls se sont affrontés près de Bankass, faisant huit morts.", CLA),
    ("Des jeunes de deux villages se sont battus à coups de machettes et de pierres près de Bawku.", MOB),
    # round 2
    ("Les forces de l'ordre ont tiré sur une foule qui protestait contre la vie chère à Ouagadougou, tuant deux personnes.", EXF),
    ("Un étudiant a été tué par balle lorsque la police a dispersé une manifestation à Kinshasa.", EXF),
    ("La police a dispersé à coups de gaz lacrymogène un sit-in d'étudiants devant le rectorat à Dakar.", INT),
    ("Une quarantaine de manifestants ont été interpellés lors d'une marche interdite à Bamako.", INT),
    ("Des milliers de personnes ont fui leurs villages dans la région de Tillabéri, selon l'ONU.", OTH),
    ("Les casques bleus ont remis le camp de Tessalit à l'armée malienne dimanche.", NVT),
    ("Les jihadistes se sont retirés de la ville sans combattre à l'approche de l'armée.", NVT),
    ("Les rebelles ont pris le contrôle de la ville de Kalehe après de violents combats.", NSA),
    # round 3
    ("Un engin explosif a touché un véhicule de l'armée près de Boni, tuant deux soldats.", REM),
    ("Une frappe de drone a visé un campement de jihadistes près de Ménaka.", AIR),
    ("Des obus de mortier sont tombés sur un quartier de Goma, blessant six civils.", ART),
    ("Un individu a lancé une grenade dans un bar de Bujumbura, blessant sept personnes.", GRE),
    ("La police a désamorcé une bombe près du marché de Maroua.", DIS),
    ("Des hommes armés ont pillé des boutiques et incendié le marché de Kaga-Bandoro.", LOO),
    ("Les rebelles ont installé une nouvelle base dans les collines de Rutshuru.", HQ),
    ("Le gouvernement et les rebelles ont signé un accord de cessez-le-feu à Khartoum.", AGR),
    # (relabelled after the run, Change to group/activity -> Agreement: the codebook lists surrenders among its agreements)
    ("Trois cents combattants du FPRC se sont rendus à l'armée à Bria avec leurs armes.", AGR),
    ("Des militants ont enlevé deux humanitaires sur la route de Bunia mardi.", ABD),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
    "Thousands of civilians fled their homes in Tigray as fighting spread, the UN said.":
        "the fight told in the 'as' clause (a clash, priority 62) outranks the displacement of the main clause "
        "(Other, 40); raising the displacement would let 'fled their homes as gunmen attacked the village' lose its "
        "attack",
    "Thousands of civilians fled Kirkuk after government forces entered the city.":
        "troops entering a town are a transfer without a fight only when the text tells the other side left "
        "('needs_withdrawal'); here it tells civilians fleeing, and whether the town was taken by force is unsaid",
}

# controls written while fixing (about 20:09-20:12 UTC): what the communal rule must leave alone (a crowd's weapons, a
# crowd's nouns, communities fighting with stones, herders attacked by gunmen) and its French twins
CONTROLS: list[tuple[str, str, str]] = [
    ("Herders clashed with farmers near Makurdi, leaving ten dead.", "en", CLA),
    ("Tribal clashes killed 20 people in Darfur on Monday.", "en", CLA),
    ("Youths from rival ethnic communities fought with stones and clubs in Bawku before police restored calm.", "en",
     MOB),
    ("Gunmen attacked herders near Makurdi, killing five.", "en", ATT),
    ("Youths from two villages clashed over a land dispute near Bawku.", "en", MOB),
    ("Des affrontements intercommunautaires ont fait 30 morts dans le Djugu.", "fr", CLA),
    ("Des éleveurs et des agriculteurs se sont affrontés à coups de bâtons près de Mopti.", "fr", MOB),
    ("Des hommes armés ont attaqué des éleveurs près de Mopti, tuant cinq personnes.", "fr", ATT),
    # (about 20:20-20:25 UTC) a march named by who marched is a protest; control handed; displacement across a border
    ("Thousands joined an opposition march in Conakry on Monday.", "en", PEA),
    ("Troops launched a march on the rebel-held town.", "en", NONE),
    ("Une marche de l'opposition a réuni des milliers de personnes à Conakry.", "fr", PEA),
    ("Malian troops took over the camp in Tessalit after UN peacekeepers withdrew.", "en", NVT),
    ("Gunmen attacked Koro, killing 12; hundreds of residents fled their villages.", "en", ATT),
    # (about 20:34 UTC) ground left before it was taken: a transfer without a fight; a leaving with no subject of its own
    # is none
    ("The army took control of the town after the departure of the UN peacekeepers.", "en", NVT),
    ("L'armée malienne a pris le contrôle du camp de Tessalit après le départ des casques bleus.", "fr", NVT),
    ("Rebels captured the town after heavy fighting, leaving ten dead.", "en", NSA),
]

CONTROL_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS, CONTROL_XFAIL))
def test_blind_case_style8_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style8_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR}
    assert set(XFAIL) <= texts
