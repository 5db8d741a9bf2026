"""A tenth blind check of the event typing, CASE-2021 / ACLED style (h-case15): English and French snippets of our own,
written in one sitting on 2026-12-07 (about 09:19-09:20 UTC by `date`), before bilan was run on any of them, weighted on
the groups the CASE 2021 test figure (0.679 against 0.902 on dev) says generalise worst: a weapon told apart from the
lead (a clash whose artillery or aircraft a later clause names), force on protesters (excessive force against
intervention), who took the ground (government against non-state actor, "troopers captured rebel camps", a retreat
under fire, a transfer without a fight), interceptions by air defences, the lead act against a background sentence
(an older attack recalled first), looting against a riot against mob violence, an attack on a village against a clash,
abduction against attack, the weapon classes, and the strategic developments.

Labels follow the ACLED codebook's sub-event definitions, as in test_event_blind_case_style9.py; besides:
- Armed clash: two armed sides fighting; heavy weapons or aircraft one side used in the fight, named in a later clause
  or phrase ("; the army later used artillery", "with both sides using heavy artillery"), are its means. A side's
  shelling or strike with no fight told is the weapon's class.
- Excessive force: force that kills or seriously injures (left "in critical condition"); an intervention otherwise.
- A retreat forced by a fight ("withdrew under fire") is no transfer without a fight: the taking beside it is.
- An abduction during which others are killed is an attack (ACLED; incidents.build_incident already says so): the one
  label changed after the first run ("Armed men abducted three traders and killed a fourth", written ABD, now ATT).

First run (at the branch's start, 368195a): 125/141. One row was then dropped: "Farmers blocked a highway with tractors
near Amritsar ..." turned out to be, nearly word for word, a row already in test_event_codebook_confusions.py (a strict
xfail there, 'block' an English riot cue as CASE 2021's dev data code it), written here without having read it.
Mended by general rules (136/140 now):
- a fight of two sides told first (events_<lang>.TWO_SIDED_FIGHT_WORDS: clash, fighting, battle, « s'affronter »,
  « affrontement ») heads before a shelling or air strike that a later clause or phrase of its sentence names, unless
  the fight is told inside the weapon's own clause ("launched missiles at Armenian positions as border clashes entered
  a seventh day" stays a shelling); a semicolon parts the clauses however the parser hangs them
  (incidents._two_sided_fight_first): 3 EN rows, 1 FR row; not a weapon inside the fight noun's own phrase ("THE
  INTENSE FIREFIGHT INVOLVING ARTILLERY AND HELICOPTERS": a MUC-4 dev story lost a human target when the fight headed
  there);
- "retook control" / "retaken control" (the lemmatiser leaves "retook") regain ground, as "retake control" does;
- "troopers", "paratroopers" are the state's forces (actors_en.STATE_FORCES): "Troopers captured three rebel camps" is
  ground the government regains;
- « capturer » with a ground word as its object takes ground, as the English "capture" (« Les militaires ont capturé
  trois bases rebelles »); people captured stay an arrest (control);
- force that left protesters "in critical condition", "critically" hurt (« état critique ») is excessive force
  (events_<lang>.PROTEST_LETHAL);
- a retreat told by its word under fire or attack (FORCED_RETREAT_PREPS + FORCED_RETREAT_NOUNS) or with a fight its
  sentence tells and does not deny is an armed clash, no transfer (events.forced_out), and a taking of ground in its
  sentence heads before it (incidents._forced_retreat_after): "Boko Haram fighters seized the town of Marte after
  soldiers withdrew under fire"; a retreat told by another word ("entered ... and had not encountered any resistance")
  is left alone;
- the object of an infinitive of protest purpose with no protest word of its own ("attacked vehicles ... to protest
  the massacre of civilians": incidents._protest_topics, events_<lang>.PROTEST_PURPOSE_VERBS, now with a French list)
  is the protest's topic, background, and no longer heads before the act typed by its victims (still mob violence,
  see its reason);
- an ambush told as the circumstance of a verb of the sentence ("Gunmen killed an aid worker and wounded his driver in
  an ambush") takes that verb's doers, so the gunmen near the dead are no combatant victims (control; the Red Cross
  row still fails, see its reason).
- a new armed group or wing created by an armed side ("announced the creation of a new armed wing", "formed a new
  militia", « la création d'une nouvelle branche armée », « ont formé une nouvelle milice »: creation, formation with a
  group word near, create, form with a group word as object; « création », « créer », « former ») is a change to
  group/activity (events_<lang>.TRIGGERS, needs_armed_actor).
The rest are strict xfails with their reasons.
"""

from __future__ import annotations

import pytest
from extracting import (ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH,
                        PEA, REM, SEX, SUI, VIO, lead_type)
from test_event_blind_case_style2 import _params, control_params

NONE = "NONE"
EN = [
    # a weapon told apart from the lead: the clash told first, the artillery later
    ("Soldiers and Al-Shabaab fighters clashed for hours near Bulo Burde; the army later used artillery to push the militants back.", CLA),
    ("Fighting broke out between the army and the TPLF near Alamata on Monday, with both sides using heavy artillery.", CLA),
    ("Government troops fought rebels on the outskirts of Marib, where mortar rounds were also exchanged.", CLA),
    ("Houthi forces shelled government positions in Hays district on Tuesday, wounding three soldiers.", ART),
    ("The army pounded militant hideouts in the Nuba Mountains with artillery, residents said.", ART),
    ("Russian forces shelled the centre of Kharkiv overnight, killing four civilians.", ART),
    ("Two mortar shells landed near the presidential palace in Mogadishu; no casualties were reported.", ART),
    ("Rebels fired rockets at the airport in Goma, damaging a hangar.", ART),
    ("A missile struck an apartment block in Dnipro, killing 11 people, regional officials said.", ART),
    ("Clashes between the Arakan Army and government troops left six soldiers dead in Paletwa; the army said it had used helicopters in the fighting.", CLA),
    ("Militants attacked a checkpoint in Kurram with heavy weapons, and soldiers returned fire, killing four attackers.", CLA),
    ("Troops exchanged fire with gunmen near the border in Kebbi, leaving two soldiers wounded.", CLA),
    # force against protesters: excessive force against intervention
    ("Security forces fired live rounds at protesters in Kassala, killing one and wounding nine.", EXF),
    ("A student died after being hit in the head by a tear gas canister fired by police at a protest in Santiago.", EXF),
    ("Police opened fire on a crowd protesting power cuts in Kano, seriously wounding four.", EXF),
    ("Soldiers beat demonstrators with batons in Yangon, leaving two in critical condition.", EXF),
    ("Two protesters were killed in Omdurman as security forces fired on a march towards the palace.", EXF),
    ("Police fired tear gas and rubber bullets to disperse hundreds of protesters in Kisumu; no one was hurt.", INT),
    ("Riot police broke up a sit-in by nurses outside the health ministry in Lilongwe, arresting 12.", INT),
    ("Police used water cannon to disperse demonstrators demanding early elections in Skopje.", INT),
    ("Security forces arrested about 30 people at an opposition march in Conakry.", INT),
    ("Police fired tear gas at students marching against fee increases in Zomba.", INT),
    ("Police arrested five activists at a small protest outside the Chinese embassy.", INT),
    ("Anti-riot police dispersed a gathering of unemployed graduates in Rabat, detaining several of them.", INT),
    ("Police fired warning shots in the air to disperse a crowd protesting a land eviction in Blantyre.", INT),
    ("Police killed one protester and arrested dozens during demonstrations against rising prices in Nairobi.", EXF),
    # peaceful protest
    ("Hundreds of workers marched peacefully through Lusaka to demand better wages.", PEA),
    ("Women held a silent vigil in Kaduna to protest the kidnapping of their daughters.", PEA),
    ("Students staged a sit-in at the University of Bamenda over unpaid scholarships.", PEA),
    ("Residents of Bukavu took to the streets to denounce insecurity in the province.", PEA),
    ("Civil servants went on strike across Chad on Monday over unpaid salaries.", PEA),
    ("Opposition supporters demonstrated in front of the electoral commission in Kinshasa, calling for a recount.", PEA),
    # violent demonstration, looting, mob violence
    ("Protesters threw stones at police and burned tyres in Butembo during a march against the killings.", VIO),
    ("Demonstrators stormed a police station in Kericho and set it on fire after a man died in custody.", VIO),
    ("Angry youths barricaded roads and attacked vehicles in Beni to protest the massacre of civilians.", VIO),
    ("Looters ransacked shops in downtown Pietermaritzburg overnight, police said.", LOO),
    ("Unidentified people set fire to a polling station in Kasai on Sunday night.", LOO),
    ("Militiamen looted the health centre in Djugu and burned its medicine stocks.", LOO),
    ("Soldiers looted homes and shops after taking over the town, residents said.", LOO),
    ("A mob lynched two men suspected of kidnapping a child in Mokolo.", MOB),
    ("Villagers beat to death a suspected cattle thief in Turkana.", MOB),
    ("Supporters of rival parties fought with machetes and clubs in Kisii, leaving five wounded.", MOB),
    # who took the ground
    ("The army recaptured the town of Tal Afar from Islamic State militants after a week-long assault.", GOV),
    ("Government forces retook control of Kamanyola on Saturday after rebels fled.", GOV),
    ("Troopers captured three rebel camps in the Rwenzori mountains, the army spokesman said.", GOV),
    ("The Ethiopian army seized the town of Shewa Robit from Tigrayan forces.", GOV),
    ("Soldiers dislodged jihadists from the village of Koutougou and regained control of the area.", GOV),
    ("Boko Haram fighters seized the town of Marte after soldiers withdrew under fire.", NSA),
    ("M23 rebels took control of Bunagana after heavy fighting with the army.", NSA),
    ("Taliban fighters overran a district headquarters in Badakhshan on Friday.", NSA),
    ("Militants captured a military base in Menaka region, killing 14 soldiers.", NSA),
    ("ISWAP fighters occupied the town of Damasak, according to local sources.", NSA),
    ("Fighters loyal to the warlord captured two villages from a rival militia in Lower Juba.", NSA),
    ("The Tuareg rebels handed the town of Aguelhok over to a joint force under the accord.", NVT),
    ("UN peacekeepers left their base in Tessalit on Thursday, handing it over to the Malian army.", NVT),
    ("Jihadists abandoned the town of Boni overnight and the army entered it on Sunday.", NVT),
    ("Government troops withdrew from the town of Lalibela ahead of the rebel advance.", NVT),
    ("The rebels took control of Mai Kadra after government forces left the town without a fight.", NVT),
    # interceptions
    ("Saudi air defences intercepted a ballistic missile fired at Jizan, the coalition said.", DIS),
    ("Israel's Iron Dome shot down two rockets fired from Gaza.", DIS),
    ("Ukraine said its air defences shot down 20 Russian drones overnight.", DIS),
    ("Syrian air defences downed several Israeli missiles over Damascus, state media said.", DIS),
    ("The army said it shot down an armed drone launched by rebels near Marib.", DIS),
    ("Police defused a bomb planted near a church in Kaduna.", DIS),
    ("Security forces seized a large cache of weapons and explosives in a house in Peshawar.", DIS),
    # the lead act against a background sentence
    ("Three years after gunmen killed 40 villagers in Ogossagou, residents staged a march in Bamako demanding justice.", PEA),
    ("Months after the massacre at Solhan, the army launched an operation in the area, killing 20 militants.", CLA),
    ("Militants who attacked the village last year returned on Tuesday and abducted six women, residents said.", ABD),
    ("Following last week's bombing of the market, police arrested three suspects in Maiduguri.", ARR),
    ("The town was captured by the rebels in 2012; on Monday, the army shelled rebel positions around it.", ART),
    ("Weeks after the coup, thousands marched peacefully in Khartoum to demand civilian rule.", PEA),
    # an attack on a village by armed men; abduction against attack
    ("Armed men attacked the village of Tchoma Bangou, killing 30 residents.", ATT),
    ("Gunmen stormed a village in Plateau state overnight and killed 17 people in their homes.", ATT),
    ("Suspected Fulani herders attacked farmers in Benue, killing eight.", ATT),
    ("Unknown gunmen raided the village of Kalakala and set houses on fire, killing two.", ATT),
    ("Armed men attacked a bus on the Bamako-Ségou road, killing three passengers.", ATT),
    ("ADF rebels attacked Mbau at night and killed 14 civilians with machetes.", ATT),
    ("Gunmen kidnapped 20 students from a boarding school in Zamfara.", ABD),
    ("Bandits abducted a pastor and his wife from their home in Kogi state.", ABD),
    ("Unknown men seized an aid worker in Diffa; his whereabouts remain unknown.", ABD),
    ("Armed men abducted three traders and killed a fourth near Mopti.", ATT),
    ("An opposition activist has been missing since men in plain clothes took him away in Dar es Salaam.", ABD),
    ("Gunmen killed a Red Cross worker and wounded his driver in an ambush on a road near Birao.", ATT),
    ("Boko Haram fighters killed 11 farmers working in rice fields near Zabarmari.", ATT),
    # remote explosive, suicide bomb, grenade, air/drone strike, chemical weapon
    ("A roadside bomb hit a military convoy in Mudug, killing four soldiers.", REM),
    ("A bomb planted on a motorcycle exploded at a market in Mogadishu, killing six.", REM),
    ("Three children were wounded when a landmine exploded in a field near Kidal.", REM),
    ("A car bomb went off outside a hotel in Mogadishu, killing nine.", REM),
    ("An IED targeting a police vehicle detonated in Quetta, wounding five officers.", REM),
    ("A suicide bomber blew himself up at a mosque in Kunduz during Friday prayers, killing 46.", SUI),
    ("A female suicide bomber detonated her explosives at a checkpoint in Konduga.", SUI),
    ("A suicide car bomb targeted an army base in Balad, killing seven soldiers.", SUI),
    ("An assailant threw a grenade into a bar in Bujumbura, injuring 12 people.", GRE),
    ("Two people were wounded when a grenade exploded at a bus stop in Kampala.", GRE),
    ("A US drone strike killed two al-Qaeda commanders in Marib province.", AIR),
    ("Turkish drones struck a vehicle near Qamishli, killing three SDF fighters.", AIR),
    ("Warplanes bombed rebel positions in the Jebel Marra, the army said.", AIR),
    ("Government aircraft dropped barrel bombs on the town of Daraya, killing 12.", AIR),
    ("Residents said government forces used chlorine gas during an assault on the town of Saraqeb.", CHE),
    ("A chemical attack on Douma killed dozens of people, rescuers said.", CHE),
    # arrests, agreement, headquarters established, change to group
    ("Police arrested a prominent opposition leader at his home in Kampala.", ARR),
    ("Security forces detained 40 suspected members of Boko Haram in Borno.", ARR),
    ("The army and the Twirwaneho militia agreed on a ceasefire in Minembwe.", AGR),
    ("The government and the FLEC rebels signed a peace agreement in Brazzaville.", AGR),
    ("Two rival factions of the rebel group agreed to a prisoner swap on Sunday.", AGR),
    ("Al-Shabaab fighters established a new base in the forest near Jilib.", HQ),
    ("The army set up a forward operating base in Kamituga, the military said.", HQ),
    ("The militia announced the creation of a new armed wing in Ituri.", CHG),
    ("Two jihadist groups merged under a new name, according to a statement.", CHG),
    ("The army deployed additional troops to the town of Djibo.", CHG),
    # sexual violence, other
    ("Soldiers raped at least 15 women during a raid on the village of Minova, a rights group said.", SEX),
    ("Thousands of residents fled their homes in Cabo Delgado after insurgent attacks.", OTH),
]
FR = [
    ("Les soldats et des combattants jihadistes se sont affrontés près de Djibo, l'armée faisant usage de son artillerie.", CLA),
    ("Les forces gouvernementales ont bombardé à l'artillerie les positions rebelles près de Kidal.", ART),
    ("Des obus de mortier sont tombés sur un quartier de Mogadiscio, tuant trois civils.", ART),
    ("La police a tiré à balles réelles sur des manifestants à Conakry, tuant deux jeunes.", EXF),
    ("Les forces de l'ordre ont dispersé au gaz lacrymogène une marche de l'opposition à Lomé.", INT),
    ("La police a interpellé une vingtaine de manifestants lors d'un rassemblement interdit à Niamey.", INT),
    ("Des centaines d'enseignants ont manifesté pacifiquement à Ouagadougou pour réclamer leurs arriérés de salaire.", PEA),
    ("Des manifestants en colère ont incendié la mairie de Butembo après la mort d'un jeune.", VIO),
    ("Une foule a battu à mort un voleur présumé à Kinshasa.", MOB),
    ("Des inconnus ont pillé et incendié l'entrepôt du PAM à Kaga-Bandoro.", LOO),
    ("L'armée a repris le contrôle de la ville de Boni après de violents combats avec les jihadistes.", GOV),
    ("Les militaires ont capturé trois bases rebelles dans le territoire de Masisi.", GOV),
    ("Les jihadistes se sont emparés du camp militaire de Boulkessi après de violents combats.", NSA),
    ("Les rebelles ont remis la ville de Bria aux forces gouvernementales conformément à l'accord.", NVT),
    ("La défense aérienne saoudienne a intercepté un drone chargé d'explosifs lancé par les Houthis.", DIS),
    ("Des hommes armés ont attaqué le village de Tillia, tuant 25 habitants.", ATT),
    ("Des hommes armés ont enlevé six personnes sur la route de Bankass.", ABD),
    ("Une mine artisanale a explosé au passage d'un véhicule militaire près de Gao, tuant trois soldats.", REM),
    ("Un kamikaze s'est fait exploser dans une mosquée de Maiduguri, tuant 12 fidèles.", SUI),
    ("Une grenade a été lancée contre un poste de police à Bujumbura, blessant trois agents.", GRE),
    ("Une frappe de drone a tué quatre combattants jihadistes dans la région de Mopti.", AIR),
    ("Les autorités ont arrêté un journaliste à son domicile de Bamako.", ARR),
    ("Le gouvernement et les rebelles ont signé un cessez-le-feu à Ndjamena.", AGR),
    ("Les jihadistes ont installé une base dans la forêt de Kodjoari, selon des habitants.", HQ),
    ("Des soldats ont violé plusieurs femmes lors d'une opération dans le village de Kipupu.", SEX),
    ("Trois ans après le massacre d'Ogossagou, des habitants ont manifesté à Mopti pour réclamer justice.", PEA),
    ("Les casques bleus ont quitté leur base de Kidal, la remettant à l'armée malienne.", NVT),
    ("L'armée a découvert une cache d'armes et de munitions près de Ménaka.", DIS),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
    "Soldiers looted homes and shops after taking over the town, residents said.":
        "the taking of ground told in an 'after' clause of time heads by its priority before the looting of the main "
        "clause; whether the news is the looting or the taking is not settled by the snippet, so no rule was written",
    "Months after the massacre at Solhan, the army launched an operation in the area, killing 20 militants.":
        "the recalled massacre (a stretch of time 'after' it) heads by its rank before the killing of the main clause, "
        "typed by its victims: letting the main clause's act head was tried and left out, for a French row of "
        "test_event_background.py (« Un an après le massacre de 40 villageois ..., des hommes armés ont attaqué le "
        "village ..., tuant six personnes ») then read the attack as a clash (the recalled villagers' phrase still "
        "weighs in its typing, not traced to the end)",
    "Gunmen killed a Red Cross worker and wounded his driver in an ambush on a road near Birao.":
        "the ambush now takes the gunmen as its doers (as with 'an aid worker'), but 'a Red Cross worker' is not "
        "counted as a death of the ambush (no toll tied to it), so the civilian-victim rule that makes an ambush an "
        "attack does not fire: not traced further in this round",
}

# controls written while fixing (about 09:35-09:45 UTC): what the new rules must leave alone
CONTROLS: list[tuple[str, str, str]] = [
    ("Azerbaijani forces launched missiles at Armenian positions as border clashes entered a seventh day.", "en", ART),
    ("The army shelled rebel positions after clashes broke out near Djibo.", "en", ART),
    ("L'armée a bombardé les positions rebelles après des affrontements près de Djibo.", "fr", ART),
    ("Soldiers clashed with militants near Djibo on Monday.", "en", CLA),
    ("Government forces retook control of the airport on Sunday.", "en", GOV),
    ("Jihadists seized Boni after the army withdrew from the town.", "en", NVT),
    ("Government troops withdrew from the town of Kaya after heavy fighting with the jihadists.", "en", CLA),
    ("Rebel fighters entered the town of Kiwanja before dawn and had not encountered any resistance, a commander said.",
     "en", NVT),
    ("Les jihadistes se sont emparés de Boni après le retrait de l'armée sous le feu.", "fr", NSA),
    ("Youths marched through Beni to denounce the killing of a teacher.", "en", PEA),
    ("Students threw stones at police to protest the arrest of their leader.", "en", VIO),
    ("Gunmen killed an aid worker and wounded his driver in an ambush on a road near Birao.", "en", ATT),
    ("Gunmen killed two soldiers and wounded a third in an ambush near Djibo.", "en", CLA),
    ("Militants killed three soldiers in an ambush near Djibo.", "en", CLA),
    ("Police beat protesters in Harare, leaving two in critical condition.", "en", EXF),
    ("Police beat protesters in Harare.", "en", INT),
    ("Les militaires ont capturé deux combattants près de Gao.", "fr", ARR),
    ("Les jihadistes ont capturé le camp militaire de Boulkessi.", "fr", NSA),
    ("Troopers arrested two suspects in Kano.", "en", ARR),
    ("A year after the massacre at Yumbi, gunmen killed four villagers in the area.", "en", ATT),
    # (about 10:10-10:13 UTC) a new armed group or wing created
    ("Former rebels formed a new militia in the hills above Uvira.", "en", CHG),
    ("La milice a annoncé la création d'une nouvelle branche armée en Ituri.", "fr", CHG),
    ("D'anciens rebelles ont formé une nouvelle milice dans les collines d'Uvira.", "fr", CHG),
    ("The army formed a cordon around the village before searching it.", "en", NONE),
    ("The rebels announced the creation of a committee to negotiate with the government.", "en", NONE),
]

CONTROL_XFAIL: dict[str, str] = {
    "A year after the massacre at Yumbi, gunmen killed four villagers in the area.":
        "no incident at all, before and after this round's rules: not traced in this round",
}


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS, CONTROL_XFAIL))
def test_blind_case_style10_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style10_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR}
    assert set(XFAIL) <= texts
