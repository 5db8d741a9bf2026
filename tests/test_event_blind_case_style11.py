"""An eleventh blind check of the event typing, CASE-2021 / ACLED style (h-case16): English and French snippets of our
own, written in one sitting on 2026-12-07 (about 10:28 UTC by `date`), before bilan was run on any of them, weighted on
headlines (telegraphic, no finite verb or a present-tense one: "Nigeria: 14 villagers killed as bandits raid Zurmi
community", « Mali : une dizaine de civils tués dans le centre »), two-sentence snippets whose second sentence holds
the act, every ACLED sub-event type at least four times, and the regional styles of CASE's sources (South Asia, the
Middle East, Latin America, Africa, Southeast Asia).

Labels follow the ACLED codebook's sub-event definitions, as in test_event_blind_case_style9.py. One label was changed
before the first run, on a second reading of the codebook: "Pakistan, India troops exchange fire along LoC" (written
shelling, now an armed clash: an exchange of fire between two armed sides). One was changed later by h-case18 (see
test_event_blind_case_style13.py's docstring): "Militants blow up girls' school in Pakistan's Diamer district",
property destruction -> remote explosive (Explosions/Remote violence is chosen by the tool, whatever it destroys).

First run (at the branch's start, 365b29e): 141/165. Mended by general rules (148/165 now):
- "national strike", "nationwide strike" are a work stoppage, no air strike (events_en.CONTEXT_WORDS "labour"):
  "Colombia: Police shoot dead young protester in Cali during national strike" is excessive force;
- Chile's "Carabineros" are police (actors_en.POLICE, events_en.CROWD_CONTROL_FORCES): their water cannon on students
  is a protest met by force;
- a headline's root verb the tagger reads as a simple past, with a resultative of the language's list right after it
  and no object ("Three protesters shot dead as security forces fire on Khartoum march": events_en.HEADLINE_RESULTATIVES,
  events.headline_undergoers), is a reduced passive: its subject is who it was done to, so the protesters are no
  rioters and the force is excessive; "Police shot dead three protesters" (an object) is left alone;
- a weapon a participle of disruption describes after it ("Mali : un engin explosif désamorcé sur la route de
  Douentza") is no blast of its own (events._drop_disrupted_weapons), as a weapon that is the object of such a verb;
- a weapon word qualifying a noun of its use (events_<lang>.WEAPON_EVENT_HEADS: "Mortar rounds hit Baghdad's Green
  Zone") names no kind of thing in a title (events._title_kind): a shelling;
- a plural pronoun taker ("They took away the driver and two passengers") stands for the side last named in an earlier
  sentence ("Armed men stopped a minibus near Kidal on Monday."): when that side is armed and no state force, the
  taking is an abduction (events._unknown_taker, events_<lang>.PLURAL_PRONOUNS);
- "Tigrayan forces", "Tigrayan fighters" are the TPLF's side, a rebel group (actors_en): "The army pushed Tigrayan
  forces out of Dessie" drives an armed side out (needs_armed_object), ground the government regains.
The rest are strict xfails with their reasons; CONTROLS (written about 10:40 UTC) are what the new rules must leave
alone. h-case17's rules (test_event_blind_case_style12.py's docstring) removed ten of them: the Manipur reduced
passive, the Mandalay force told in a second sentence, the Dhaka students' clash, the Tamaulipas mass grave, the two
headlines of displaced people, the two rapes told as accusations, the mob of protesters and the angry residents.
"""

from __future__ import annotations

import pytest
from extracting import (ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT, OTH,
                        PEA, REM, SEX, SUI, VIO, lead_type)
from test_event_blind_case_style2 import _params, control_params

EN = [
    # headlines: attack
    ("Nigeria: 14 villagers killed as bandits raid Zurmi community", ATT),
    ("Gunmen kill six worshippers at church in Ondo", ATT),
    ("Burkina Faso: jihadists kill 22 civilians in attack on northern village", ATT),
    ("Manipur: two villagers shot dead by unidentified militants in Bishnupur", ATT),
    ("Mexico: cartel gunmen kill nine at family party in Guanajuato", ATT),
    ("Colombia: social leader shot dead in Cauca, fourth this month", ATT),
    ("Five farmers hacked to death in Ituri; ADF blamed", ATT),
    # two sentences, act in the second: attack
    ("The village of Dogon Daji had been quiet for months. On Sunday night, gunmen on motorcycles stormed it and killed eleven people.", ATT),
    ("Tension has been high in Kasai since the elections. Militiamen killed a nurse and her two children in Tshikapa on Friday, local officials said.", ATT),
    ("Kashmir: Militants shoot dead a migrant labourer from Bihar in Pulwama", ATT),
    # armed clash
    ("Pakistan: four soldiers, six militants killed in North Waziristan gunfight", CLA),
    ("Syria: SDF and Turkish-backed factions clash near Manbij", CLA),
    ("Heavy fighting between the army and the Kachin Independence Army was reported near Laiza. At least nine soldiers were killed, a rebel spokesman said.", CLA),
    ("Philippines: 3 NPA rebels dead in encounter with army troops in Samar", CLA),
    ("Gunfight between police and CJNG members leaves 8 dead in Michoacan", CLA),
    ("Encounter underway in Shopian; two terrorists trapped, says police", CLA),
    ("Afghan forces repelled a Taliban attack on Lashkar Gah overnight, killing dozens of insurgents.", CLA),
    ("Al-Shabaab militants attacked an army base in Lower Shabelle. The soldiers fought back for two hours, and 12 militants were killed.", CLA),
    ("Yemen: Dozens killed in fighting between Houthis and government forces in Marib", CLA),
    ("Colombia: ELN and FARC dissidents clash in Arauca, civilians flee", CLA),
    # shelling/artillery/missile
    ("Pakistan, India troops exchange fire along LoC; two civilians hurt in Poonch", CLA),
    ("Syria: regime shelling kills three children in Idlib's Ariha", ART),
    ("Yemen: Houthi missile hits Marib mosque, 20 dead", ART),
    ("Mortar rounds hit Baghdad's Green Zone; no casualties", ART),
    ("Rockets land near US base at Ain al-Asad; no damage reported", ART),
    ("The Tatmadaw shelled villages in Kayah state on Saturday, forcing hundreds to flee, a local group said.", ART),
    # air/drone strike
    ("Afghanistan: airstrike kills 12 Taliban fighters in Kunduz", AIR),
    ("Iraq: Turkish drone strike hits car in Sinjar, kills two PKK members", AIR),
    ("Saudi-led coalition air raids pound Sanaa overnight", AIR),
    ("Myanmar military jets bomb KIA outpost in Kachin state", AIR),
    ("US strike kills al-Shabaab commander near Jilib, AFRICOM says", AIR),
    ("Russian warplanes struck rebel-held areas of southern Idlib on Thursday. Rescuers said at least seven civilians were killed.", AIR),
    # suicide bomb
    ("Pakistan: suicide bomber kills 9 at police checkpoint in Quetta", SUI),
    ("Somalia: suicide car bomb hits Mogadishu checkpoint, 8 dead", SUI),
    ("Iraq: twin suicide bombings in Baghdad market kill 32", SUI),
    ("Afghanistan: suicide attack on Kabul education centre kills 24", SUI),
    ("A man wearing an explosive vest approached a checkpoint in Maiduguri. He detonated it when soldiers ordered him to stop, killing two of them.", SUI),
    # remote explosive / IED / landmine
    ("IED blast targets army vehicle in Bajaur, three soldiers martyred", REM),
    ("Landmine kills two children in Colombia's Narino department", REM),
    ("Roadside bomb kills 5 Iraqi soldiers near Tarmiyah", REM),
    ("Mali: Peacekeeper killed as convoy hits explosive device near Tessalit", REM),
    ("Magnetic bomb attached to car kills Kabul official", REM),
    ("Chhattisgarh: CRPF jawan injured in IED blast triggered by Maoists in Bijapur", REM),
    # grenade
    ("Grenade attack on Srinagar market injures 8", GRE),
    ("Kashmir: Terrorists hurl grenade at CRPF bunker in Sopore, none hurt", GRE),
    ("Hand grenade thrown at bar in Bujumbura wounds five", GRE),
    ("Unknown attackers lobbed a grenade into a police station in Garissa on Tuesday night. Two officers were hurt.", GRE),
    ("Grenade explodes at political rally in Cotabato, 11 injured", GRE),
    # chemical weapon
    ("Syria: dozens suffer breathing problems after suspected chlorine attack in Kafr Zita", CHE),
    ("Iraq: ISIS fires mustard gas shells at Peshmerga near Mosul", CHE),
    ("Activists accused government forces of using toxic gas in Eastern Ghouta. Medics treated 18 people for suffocation.", CHE),
    ("Suspected sarin attack kills dozens in Khan Sheikhoun", CHE),
    ("Syria: regime helicopters drop chlorine barrel bombs on Idlib village", CHE),
    # abduction
    ("Nigeria: Gunmen abduct 30 passengers on Abuja-Kaduna highway", ABD),
    ("Mexico: 12 migrants kidnapped from bus in Tamaulipas", ABD),
    ("Philippines: Abu Sayyaf kidnaps three fishermen off Sulu", ABD),
    ("Armed men stopped a minibus near Kidal on Monday. They took away the driver and two passengers, relatives said.", ABD),
    ("Cameroon: separatists kidnap school principal in Bamenda", ABD),
    # sexual violence
    ("DRC: armed men rape 20 women in Shabunda raid", SEX),
    ("South Sudan: soldiers accused of raping women near Yei", SEX),
    ("Myanmar soldiers gang-raped two Rohingya women during a village clearance, survivors told investigators.", SEX),
    ("Militiamen sexually assaulted schoolgirls in Djugu, UN says", SEX),
    ("A woman was raped by three members of a militia near Minova. The group also stole her goats, her family said.", SEX),
    # arrests
    ("Pakistan: Police arrest 40 TLP workers in Lahore crackdown", ARR),
    ("NIA arrests three in Kashmir terror funding case", ARR),
    ("Philippines: Army captures NPA leader in Negros", ARR),
    ("Mexico: authorities detain alleged Sinaloa cartel hitman in Culiacan", ARR),
    ("Bangladesh: opposition leader detained in Dhaka after midnight raid", ARR),
    # peaceful protest
    ("Argentina: thousands march in Buenos Aires against pension cuts", PEA),
    ("South Africa: Taxi drivers protest outside Durban city hall over permits", PEA),
    ("Brazil: indigenous groups rally in Brasilia against land bill", PEA),
    ("Punjab farmers hold sit-in at Shambhu border over MSP", PEA),
    ("Iraq: protesters gather in Nasiriyah demanding jobs", PEA),
    ("Kenya: Doctors down tools over unpaid salaries", PEA),
    # protest with intervention
    ("Police tear-gas protesters in Kampala as opposition march turns back", INT),
    ("Pakistan: police baton-charge teachers protesting in Islamabad", INT),
    ("Chile: Carabineros use water cannon on students in Santiago", INT),
    ("Police detain 50 at Moscow rally for jailed opposition leader", INT),
    ("Nurses gathered outside parliament in Harare to demand pay rises. Riot police dispersed them and arrested four.", INT),
    # excessive force against protesters
    ("Sudan: Three protesters shot dead as security forces fire on Khartoum march", EXF),
    ("Iraq: security forces kill 5 demonstrators in Basra", EXF),
    ("Guinea: Protester killed by police bullet in Conakry", EXF),
    ("Thousands marched in Mandalay against the coup. Soldiers opened fire with live ammunition, killing two of the protesters.", EXF),
    ("Colombia: Police shoot dead young protester in Cali during national strike", EXF),
    # violent demonstration
    ("South Africa: Protesters torch trucks on N3 in KwaZulu-Natal", VIO),
    ("Angry mob of protesters sets fire to police post in Beni", VIO),
    ("Residents blocked roads with burning tyres in Soweto over power cuts. Some threw stones at police cars.", VIO),
    ("Pakistan: TLP protesters attack police, injure 12 in Lahore", VIO),
    ("Students clash with police in Dhaka over quota reform, dozens hurt", VIO),
    # mob violence
    ("India: man lynched by mob on suspicion of cattle smuggling in Alwar", MOB),
    ("Mob beats suspected thief to death in Kampala market", MOB),
    ("Mexico: villagers burn alive two men accused of kidnapping in Puebla", MOB),
    ("Rival supporters clash with sticks after football match in Kinshasa, 6 injured", MOB),
    ("Angry residents set upon two men accused of witchcraft in Kisii, beating them to death.", MOB),
    # looting / property destruction
    ("South Africa: Malls looted in Durban as unrest spreads", LOO),
    ("Unknown persons torch school in Kashmir's Anantnag", LOO),
    ("Militants blow up girls' school in Pakistan's Diamer district", REM),  # relabelled LOO -> REM (h-case18)
    ("Rebels looted the health centre in Bambari overnight. They took medicine and burned the pharmacy, staff said.", LOO),
    ("Houses set ablaze in Manipur village; no casualties", LOO),
    # disrupted weapons use
    ("Bomb defused near railway track in Assam's Tinsukia", DIS),
    ("Saudi air defences intercept Houthi drone over Khamis Mushait", DIS),
    ("Police seize arms cache in Balochistan, foil terror plot", DIS),
    ("Iraq: Security forces dismantle car bomb in Kirkuk", DIS),
    ("Bomb squad defuses IED planted on highway in Dantewada", DIS),
    # headquarters / base established
    ("Al-Shabaab sets up new base in Middle Juba forest", HQ),
    ("Taliban establish checkpoints and headquarters in Kunduz outskirts", HQ),
    ("Army establishes new forward base in Lake Chad islands", HQ),
    ("ISWAP fighters have set up a camp near Lake Chad. Residents said the group raised its flag over the new base.", HQ),
    # non-state actor overtakes territory
    ("Taliban capture district centre in Badghis province", NSA),
    ("Mali: jihadists seize town of Boni after army withdrawal under fire", NSA),
    ("Myanmar: Arakan Army takes control of military outpost in Rakhine", NSA),
    ("Mozambique: insurgents seize port town of Mocimboa da Praia", NSA),
    ("Yemen: Houthis overrun government positions in al-Jawf", NSA),
    # government regains territory
    ("Iraqi forces retake Ramadi from Islamic State", GOV),
    ("Philippines: Troops regain control of Marawi after five-month siege", GOV),
    ("Syrian army recaptures Khan Sheikhoun from rebels", GOV),
    ("Nigeria: troops reclaim Gwoza from Boko Haram", GOV),
    ("The army pushed Tigrayan forces out of Dessie on Monday. Government troops now control the city, a spokesman said.", GOV),
    # non-violent transfer
    ("Taliban take over Kabul district without a fight as police leave posts", NVT),
    ("French troops hand over Timbuktu base to Malian army", NVT),
    ("Rebels withdraw from Mekelle ahead of federal army entry", NVT),
    ("Syria: Kurdish forces hand Manbij to government troops under Russian-brokered deal", NVT),
    # agreement
    ("Colombia, ELN agree to six-month ceasefire", AGR),
    ("Sudan: government and SPLM-N sign peace deal in Juba", AGR),
    ("Philippines: MILF, government agree on decommissioning timetable", AGR),
    ("Rival clans in Galmudug agreed on Sunday to end their fighting. Elders from both sides signed the deal in Adado.", AGR),
    ("Houthis and Saudi-led coalition agree to prisoner swap", AGR),
    # change to group/activity
    ("Two Sahel jihadist groups announce merger", CHG),
    ("Army deploys extra troops to Jos after clashes", CHG),
    ("TTP announces end of ceasefire with Pakistan government", CHG),
    ("Rebel commander defects to government with 200 fighters", CHG),
    ("Government lifts curfew in Srinagar after ten days", CHG),
    # other
    ("Mass grave with 30 bodies found in Tamaulipas", OTH),
    ("Over 5,000 people flee their homes after violence in Ituri", OTH),
    ("North Korea test-fires ballistic missile into sea", OTH),
    ("Colombia: 200 families displaced by armed group threats in Choco", OTH),
]
FR = [
    ("Mali : une dizaine de civils tués dans le centre", ATT),
    ("Burkina : des hommes armés tuent 15 villageois dans le Soum", ATT),
    ("Niger : sept soldats tués dans une embuscade près de la frontière malienne", CLA),
    ("RDC : affrontements entre les FARDC et le M23 à Rutshuru", CLA),
    ("Tchad : l'armée repousse une attaque de Boko Haram sur une île du lac", CLA),
    ("Syrie : des tirs d'artillerie du régime font trois morts à Idleb", ART),
    ("Somalie : une frappe aérienne américaine tue deux chefs shebab", AIR),
    ("Mali : un kamikaze se fait exploser devant un camp de l'armée à Gao", SUI),
    ("Burkina : trois soldats tués par un engin explosif improvisé dans le Nord", REM),
    ("Burundi : une grenade lancée dans un bar fait six blessés", GRE),
    ("Nigeria : des hommes armés enlèvent 40 élèves dans l'État de Niger", ABD),
    ("RDC : des miliciens accusés d'avoir violé une dizaine de femmes en Ituri", SEX),
    ("Sénégal : un opposant arrêté à Dakar", ARR),
    ("Guinée : des milliers de manifestants dans les rues de Conakry contre un troisième mandat", PEA),
    ("Togo : la police disperse une marche de l'opposition à Lomé", INT),
    ("Guinée : deux manifestants tués par balles lors d'une marche à Conakry", EXF),
    ("Cameroun : des manifestants incendient un commissariat à Buea", VIO),
    ("RDC : un présumé voleur lynché par la foule à Goma", MOB),
    ("Centrafrique : des entrepôts humanitaires pillés à Bambari", LOO),
    ("Mali : un engin explosif désamorcé sur la route de Douentza", DIS),
    ("Mali : l'armée reprend le contrôle de Léré", GOV),
    ("Mali : les jihadistes s'emparent de la ville de Boni", NSA),
    ("Mali : l'armée française remet la base de Kidal aux forces maliennes", NVT),
    ("Mali : le gouvernement et les groupes armés signent un accord de paix à Alger", AGR),
    ("Niger : un nouveau groupe armé annonce sa création dans la région de Tillabéri", CHG),
    ("Burkina : plus de 10 000 personnes déplacées après des attaques dans le Sahel", OTH),
    ("Le village de Tounga était calme depuis des mois. Dimanche, des hommes armés y ont tué douze habitants.", ATT),
    ("Syrie : attaque présumée au chlore dans la province d'Idleb", CHE),
    ("Les shebab ont installé une base près de Jilib, selon des habitants.", HQ),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
    'Rockets land near US base at Ain al-Asad; no damage reported':
        "the tagger makes 'Rockets land' a compound noun, so the title reads a kind of thing (events._title_kind); a verb of impact read as a noun is not listed",
    'Syria: Kurdish forces hand Manbij to government troops under Russian-brokered deal':
        "'hand' needs a territory object (object:territory) and 'Manbij' is neither tagged a place nor among the places found for it; reading a gazetteer place as the object was tried and changed nothing",
    'Rival clans in Galmudug agreed on Sunday to end their fighting. Elders from both sides signed the deal in Adado.':
        'the fighting named as what the agreement ends is typed a clash that heads: not traced in this round (h-case16 had 45 minutes)',
    'TTP announces end of ceasefire with Pakistan government':
        "'end' fails its context condition (events._passes, the flags of the 'end' entry) with 'ceasefire' as its complement: not traced in this round (h-case16 had 45 minutes)",
    'Government lifts curfew in Srinagar after ten days':
        "the tagger reads 'Government lifts curfew' as nouns, so the title names a kind of thing (events._title_kind)",
    'Sénégal : un opposant arrêté à Dakar':
        'the tagger makes « opposant » a verb, so « arrêté » has no person to arrest: not traced in this round (h-case16 had 45 minutes)',
}

# controls written while fixing (about 10:40 UTC): what the new rules must leave alone
CONTROLS: list[tuple[str, str, str]] = [
    ("Police shot dead three protesters in Khartoum.", "en", EXF),
    ("Gunmen shot dead a trader in Kano.", "en", ATT),
    ("Two soldiers shot dead in ambush near Djibo", "en", CLA),
    ("An explosive device found near the bridge exploded, killing two soldiers.", "en", REM),
    ("Mortar fire hit a market in Gao, killing four.", "en", ART),
    ("Rocket fire hits Kabul airport", "en", ART),
    ("Colombia: army air strike kills ten FARC dissidents in Guaviare", "en", AIR),
    ("Teachers began a national strike on Monday over pay.", "en", PEA),
    ("Des policiers ont désamorcé un engin explosif près de Gao.", "fr", DIS),
    ("Un engin explosif a explosé au passage d'un convoi près de Gao, tuant deux soldats.", "fr", REM),
    ("Carabineros arrested two men in Temuco.", "en", ARR),
    # (about 10:45 UTC) a plural pronoun for the side named in the sentence before
    ("Police stopped a minibus near Kidal on Monday. They took away the driver and two passengers.", "en", ARR),
    ("Bandits blocked the road near Gusau. They took away six travellers, residents said.", "en", ABD),
    # (about 10:50 UTC) the Tigrayan side named by its people
    ("Tigrayan forces captured the town of Kombolcha on Saturday.", "en", NSA),
]

CONTROL_XFAIL: dict[str, str] = {
    "Police stopped a minibus near Kidal on Monday. They took away the driver and two passengers.":
        "no incident: 'take away' is listed only as an abduction (needs_unknown_taker), and the police are no unknown "
        "taker; what matters here is that the pronoun rule does not make it an abduction",
}


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS, CONTROL_XFAIL))
def test_blind_case_style11_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style11_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR}
    assert set(XFAIL) <= texts


def test_every_acled_type_has_four_snippets():
    from collections import Counter

    counts = Counter(label for _, label in EN + FR)
    assert len(counts) == 25 and min(counts.values()) >= 4
