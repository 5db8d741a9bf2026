"""English actor aliases (same structure as actors_fr)."""

CSP = "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"
ALIASES = [
    ("Islamic State", "Islamic State", "rebel"),
    ("IS", "Islamic State", "rebel"),
    ("ISIS", "Islamic State", "rebel"),
    ("ISIL", "Islamic State", "rebel"),
    ("Daesh", "Islamic State", "rebel"),
    ("Islamic State West Africa Province", "ISWAP", "rebel"),
    ("ISWAP", "ISWAP", "rebel"),
    ("Islamic State in the Greater Sahara", "Islamic State Sahel Province", "rebel"),
    ("ISGS", "Islamic State Sahel Province", "rebel"),
    ("Boko Haram", "Boko Haram", "rebel"),
    ("al-Shabaab", "al-Shabaab", "rebel"),
    ("al-Shabab", "al-Shabaab", "rebel"),
    ("Shabaab", "al-Shabaab", "rebel"),
    ("Taliban", "Taliban", "rebel"),
    ("M23", "M23", "rebel"),
    ("JNIM", "JNIM", "rebel"),
    ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "rebel"),
    ("HTS", "Hayat Tahrir al-Sham", "rebel"),
    ("Syrian Democratic Forces", "Syrian Democratic Forces", "rebel"),
    ("SDF", "Syrian Democratic Forces", "rebel"),
    ("Allied Democratic Forces", "Allied Democratic Forces", "rebel"),
    ("ADF", "Allied Democratic Forces", "rebel"),
    ("Hamas", "Hamas", "rebel"),
    ("Hezbollah", "Hezbollah", "rebel"),
    ("anti-balaka", "Anti-Balaka", "militia"),
    ("UPC", "UPC", "rebel"),
    ("3R", "3R: Return, Reclamation, Rehabilitation", "rebel"),
    ("FPRC", "FPRC: Popular Front for the Renaissance of Central African Republic", "rebel"),
    ("MPC", "MPC: Patriotic Movement for Central Africa", "rebel"),
    ("CPC", "Coalition of Patriots for Change", "rebel"),
    # (the full name, which the international coalition's alias "coalition" would take otherwise, h-frstories)
    ("Coalition of Patriots for Change", "Coalition of Patriots for Change", "rebel"),
    ("MLCJ", "MLCJ: Movement of Central African Liberators for Justice", "rebel"),
    ("FDPC", "FDPC: Democratic Front of the Central African People", "rebel"),
    ("Siriri", "Siriri", "militia"),
    ("LRA", "LRA: Lord's Resistance Army", "rebel"),
    ("Lord's Resistance Army", "LRA: Lord's Resistance Army", "rebel"),
    ("FACA", "Military Forces of the Central African Republic", "state_forces"),
    ("Russian mercenaries", "Wagner Group", "foreign_coalition"),
    ("Al-Qaeda in the Islamic Maghreb", "AQIM: Al Qaeda in the Islamic Maghreb", "rebel"),
    ("AQIM", "AQIM: Al Qaeda in the Islamic Maghreb", "rebel"),
    ("al-Qaeda", "al-Qaeda", "rebel"),
    ("al Qaeda", "al-Qaeda", "rebel"),
    ("Houthi", "Houthis", "rebel"),
    ("Houthis", "Houthis", "rebel"),
    ("PKK", "PKK", "rebel"),
    ("Hashd al-Shaabi", "Popular Mobilization Forces", "militia"),
    ("Popular Mobilization Forces", "Popular Mobilization Forces", "militia"),
    ("Seleka", "Ex-Seleka", "rebel"),
    ("Wagner", "Wagner Group", "foreign_coalition"),
    ("FAMa", "Military Forces of Mali", "state_forces"),
    ("FARDC", "Military Forces of the Democratic Republic of Congo", "state_forces"),
    ("coalition", "international coalition", "foreign_coalition"),
    ("US-led coalition", "international coalition", "foreign_coalition"),
    ("international coalition", "international coalition", "foreign_coalition"),
    ("MINUSMA", "MINUSMA", "external"),
    ("MINUSCA", "MINUSCA", "external"),
    ("MONUSCO", "MONUSCO", "external"),
    ("peacekeepers", "UN peacekeepers", "external"),
    # Latin American armed groups (a lower-case match: wire copy in capitals matches too)
    ("FARC", "FARC: Revolutionary Armed Forces of Colombia", "rebel"),
    # the factions that rejected the 2016 peace deal: a group of their own, not the former guerrilla
    ("FARC dissidents", "FARC dissidents", "rebel"),
    ("FARC dissident", "FARC dissidents", "rebel"),
    ("dissidents of the FARC", "FARC dissidents", "rebel"),
    ("dissidents of the former FARC", "FARC dissidents", "rebel"),
    ("dissidents from the former FARC", "FARC dissidents", "rebel"),
    ("dissident faction of the FARC", "FARC dissidents", "rebel"),
    ("dissident faction of the former FARC", "FARC dissidents", "rebel"),
    ("dissident factions of the former FARC", "FARC dissidents", "rebel"),
    ("former FARC dissidents", "FARC dissidents", "rebel"),
    ("dissident FARC faction", "FARC dissidents", "rebel"),
    ("dissident FARC factions", "FARC dissidents", "rebel"),
    ("Revolutionary Armed Forces of Colombia", "FARC: Revolutionary Armed Forces of Colombia", "rebel"),
    ("ELN", "ELN: National Liberation Army", "rebel"),
    ("Army of National Liberation", "ELN: National Liberation Army", "rebel"),
    ("EPL", "EPL: Popular Liberation Army", "rebel"),
    ("Popular Liberation Army", "EPL: Popular Liberation Army", "rebel"),
    ("M-19", "M-19: 19th of April Movement", "rebel"),
    ("April 19 Movement", "M-19: 19th of April Movement", "rebel"),
    ("Shining Path", "Shining Path", "rebel"),
    ("Sendero Luminoso", "Shining Path", "rebel"),
    ("MRTA", "MRTA: Tupac Amaru Revolutionary Movement", "rebel"),
    ("Tupac Amaru Revolutionary Movement", "MRTA: Tupac Amaru Revolutionary Movement", "rebel"),
    ("FMLN", "FMLN: Farabundo Marti National Liberation Front", "rebel"),
    ("Farabundo Marti National Liberation Front", "FMLN: Farabundo Marti National Liberation Front", "rebel"),
    ("URNG", "URNG: Guatemalan National Revolutionary Unity", "rebel"),
    ("Guatemalan National Revolutionary Unity", "URNG: Guatemalan National Revolutionary Unity", "rebel"),
    ("Contras", "Contras", "rebel"),
    ("Manuel Rodriguez Patriotic Front", "FPMR: Manuel Rodriguez Patriotic Front", "rebel"),
    ("FPMR", "FPMR: Manuel Rodriguez Patriotic Front", "rebel"),
    ("AUC", "AUC: United Self-Defense Forces of Colombia", "militia"),
    ("United Self-Defense Forces of Colombia", "AUC: United Self-Defense Forces of Colombia", "militia"),
    ("Medellin cartel", "Medellin Cartel", "militia"),
    ("Cali cartel", "Cali Cartel", "militia"),
    # more groups and units of the 1989-90 Latin American wire copy
    ("Extraditables", "The Extraditables", "militia"),
    ("National Liberation Army (ELN)", "ELN: National Liberation Army", "rebel"),
    # the acronym in a translator's square brackets ("AN AMBUSH BY NATIONAL LIBERATION ARMY [ELN] REBELS"): the group's
    # name, not the state's army
    ("National Liberation Army [ELN]", "ELN: National Liberation Army", "rebel"),
    ("Atlacatl Battalion", "Military Forces of El Salvador", "state_forces"),
    ("Belloso Battalion", "Military Forces of El Salvador", "state_forces"),
    ("Ramon Belloso Battalion", "Military Forces of El Salvador", "state_forces"),
    ("Bracamonte Battalion", "Military Forces of El Salvador", "state_forces"),
    ("Atonal Battalion", "Military Forces of El Salvador", "state_forces"),
    ("Arce Battalion", "Military Forces of El Salvador", "state_forces"),
    ("Morazanist Patriotic Front", "FPM: Morazanist Patriotic Front", "rebel"),
    ("Cinchoneros", "Cinchoneros Popular Liberation Movement", "rebel"),
    ("Cinchonero", "Cinchoneros Popular Liberation Movement", "rebel"),
    ("Contra rebels", "Contras", "rebel"),
    ("Contra rebel", "Contras", "rebel"),
    ("Alfaro Vive Carajo", "AVC: Alfaro Vive Carajo", "rebel"),
    ("Alfaro Vive", "AVC: Alfaro Vive Carajo", "rebel"),
    ("Simon Bolivar Guerrilla Coordinating Board", "CGSB: Simon Bolivar Guerrilla Coordinating Board", "rebel"),
    ("Zarate Willka", "Zarate Willka Armed Forces of Liberation", "rebel"),
    ("Quintin Lame", "Quintin Lame Armed Movement", "rebel"),
    ("Ricardo Franco Front", "Ricardo Franco Front", "rebel"),
    # South and Southeast Asian armed groups and forces, by the names of their own press ("the Tatmadaw",
    # "the Arakan Army" is no state army, "NPA rebels", "Abu Sayyaf bandits"); not "PDF" alone (Panama's
    # Defense Forces in older copy) nor "Maoists" (Peru's Shining Path too: GENERIC_ARMED)
    ("Tatmadaw", "Military Forces of Myanmar", "state_forces"),
    ("Arakan Army", "Arakan Army", "rebel"),
    ("Kachin Independence Army", "Kachin Independence Army", "rebel"),
    ("Arakan Rohingya Salvation Army", "ARSA: Arakan Rohingya Salvation Army", "rebel"),
    ("ARSA", "ARSA: Arakan Rohingya Salvation Army", "rebel"),
    ("People's Defence Force", "PDF: People's Defence Force", "rebel"),
    ("People's Defense Force", "PDF: People's Defence Force", "rebel"),
    ("Chinland Defence Force", "Chinland Defence Force", "rebel"),
    ("New People's Army", "NPA: New People's Army", "rebel"),
    ("NPA", "NPA: New People's Army", "rebel"),
    ("Abu Sayyaf", "Abu Sayyaf", "rebel"),
    ("Jaish-e-Mohammed", "Jaish-e-Mohammed", "rebel"),
    ("Lashkar-e-Taiba", "Lashkar-e-Taiba", "rebel"),
    ("Hizbul Mujahideen", "Hizbul Mujahideen", "rebel"),
    ("Tehreek-e-Taliban Pakistan", "TTP: Tehreek-e-Taliban Pakistan", "rebel"),
    ("TTP", "TTP: Tehreek-e-Taliban Pakistan", "rebel"),
    ("Tehrik-e-Taliban Pakistan", "TTP: Tehreek-e-Taliban Pakistan", "rebel"),
    ("Tehrik-i-Taliban Pakistan", "TTP: Tehreek-e-Taliban Pakistan", "rebel"),
    ("Pakistani Taliban", "TTP: Tehreek-e-Taliban Pakistan", "rebel"),
    ("Baloch Liberation Army", "BLA: Baloch Liberation Army", "rebel"),
    ("ULFA", "ULFA: United Liberation Front of Asom", "rebel"),
    ("NSCN", "NSCN: National Socialist Council of Nagaland", "rebel"),
    ("Civilian JTF", "Civilian JTF", "militia"),
    ("CJTF", "Civilian JTF", "militia"),
    # armed actors of the 2020s by their press names (Sudan, the Sahel, Ethiopia, the Great Lakes, Gaza and
    # Lebanon, Myanmar, Afghanistan, Haiti, Colombia, Mexico); canonical names as in actors_fr
    ("Rapid Support Forces", "RSF: Rapid Support Forces", "rebel"),
    ("RSF", "RSF: Rapid Support Forces", "rebel"),
    ("Janjaweed", "Janjaweed", "militia"),
    ("Islamic State Sahel Province", "Islamic State Sahel Province", "rebel"),
    ("Islamic State Sahel", "Islamic State Sahel Province", "rebel"),
    ("ISSP", "Islamic State Sahel Province", "rebel"),
    ("Volunteers for the Defence of the Homeland", "VDP: Volunteers for the Defence of the Homeland", "militia"),
    ("Volunteers for the Defense of the Homeland", "VDP: Volunteers for the Defence of the Homeland", "militia"),
    ("VDP", "VDP: Volunteers for the Defence of the Homeland", "militia"),
    ("Azawad Liberation Front", "FLA: Azawad Liberation Front", "rebel"),
    # the Tuareg-led alliance of armed groups in northern Mali (ACLED's CSP-PSD)
    ("Permanent Strategic Framework for Peace, Security and Development", CSP, "rebel"),
    ("Permanent Strategic Framework", CSP, "rebel"),
    ("CSP-PSD", CSP, "rebel"),
    ("CSP", CSP, "rebel"),
    ("Dozo", "Dozo militia", "militia"),
    ("Dozos", "Dozo militia", "militia"),
    ("Dan Na Ambassagou", "Dan Na Ambassagou", "militia"),
    ("Africa Corps", "Africa Corps", "foreign_coalition"),
    ("Lakurawa", "Lakurawa", "rebel"),
    ("Ansaru", "Ansaru", "rebel"),
    ("Ambazonian separatists", "Ambazonian separatists", "rebel"),
    ("Ambazonian fighters", "Ambazonian separatists", "rebel"),
    ("Amba boys", "Ambazonian separatists", "rebel"),
    ("Fano", "Fano", "militia"),
    ("Oromo Liberation Army", "OLA: Oromo Liberation Army", "rebel"),
    ("Tigray People's Liberation Front", "TPLF: Tigray People's Liberation Front", "rebel"),
    ("TPLF", "TPLF: Tigray People's Liberation Front", "rebel"),
    ("Tigray Defence Forces", "TPLF: Tigray People's Liberation Front", "rebel"),
    ("Tigray Defense Forces", "TPLF: Tigray People's Liberation Front", "rebel"),
    # the Tigrayan side named by its people ("The army pushed Tigrayan forces out of Dessie")
    ("Tigrayan forces", "TPLF: Tigray People's Liberation Front", "rebel"),
    ("Tigrayan fighters", "TPLF: Tigray People's Liberation Front", "rebel"),
    ("CODECO", "CODECO", "militia"),
    ("Wazalendo", "Wazalendo", "militia"),
    ("FDLR", "FDLR: Democratic Forces for the Liberation of Rwanda", "rebel"),
    ("Democratic Forces for the Liberation of Rwanda", "FDLR: Democratic Forces for the Liberation of Rwanda", "rebel"),
    ("Mai-Mai", "Mai-Mai militia", "militia"),
    ("Mai Mai", "Mai-Mai militia", "militia"),
    ("Twirwaneho", "Twirwaneho", "militia"),
    ("Nyatura", "Nyatura", "militia"),
    ("Raia Mutomboki", "Raia Mutomboki", "militia"),
    ("IDF", "Military Forces of Israel", "state_forces"),
    ("Israel Defense Forces", "Military Forces of Israel", "state_forces"),
    ("Israel Defence Forces", "Military Forces of Israel", "state_forces"),
    ("Palestinian Islamic Jihad", "Palestinian Islamic Jihad", "rebel"),
    ("Islamic Jihad", "Palestinian Islamic Jihad", "rebel"),
    ("al-Quds Brigades", "Palestinian Islamic Jihad", "rebel"),
    ("Qassam Brigades", "Hamas", "rebel"),
    ("Ezzedine al-Qassam Brigades", "Hamas", "rebel"),
    ("Izz ad-Din al-Qassam Brigades", "Hamas", "rebel"),
    ("Kataib Hezbollah", "Kataib Hezbollah", "militia"),
    ("Kata'ib Hezbollah", "Kataib Hezbollah", "militia"),
    ("Ansar Allah", "Houthis", "rebel"),
    ("Syrian National Army", "Syrian National Army", "rebel"),
    ("Somali National Army", "Military Forces of Somalia", "state_forces"),
    ("Ta'ang National Liberation Army", "TNLA: Ta'ang National Liberation Army", "rebel"),
    ("TNLA", "TNLA: Ta'ang National Liberation Army", "rebel"),
    ("Myanmar National Democratic Alliance Army", "MNDAA: Myanmar National Democratic Alliance Army", "rebel"),
    ("MNDAA", "MNDAA: Myanmar National Democratic Alliance Army", "rebel"),
    ("Karen National Liberation Army", "KNLA: Karen National Liberation Army", "rebel"),
    ("KNLA", "KNLA: Karen National Liberation Army", "rebel"),
    ("Karen National Union", "KNLA: Karen National Liberation Army", "rebel"),
    ("Karenni Army", "Karenni Army", "rebel"),
    ("Islamic State Khorasan Province", "Islamic State Khorasan Province", "rebel"),
    ("Islamic State Khorasan", "Islamic State Khorasan Province", "rebel"),
    ("Islamic State-Khorasan", "Islamic State Khorasan Province", "rebel"),
    ("ISKP", "Islamic State Khorasan Province", "rebel"),
    ("IS-K", "Islamic State Khorasan Province", "rebel"),
    ("ISIS-K", "Islamic State Khorasan Province", "rebel"),
    ("Viv Ansanm", "Viv Ansanm", "militia"),
    ("400 Mawozo", "400 Mawozo", "militia"),
    ("Gulf Clan", "Clan del Golfo", "militia"),
    ("Clan del Golfo", "Clan del Golfo", "militia"),
    ("Jalisco New Generation Cartel", "CJNG: Jalisco New Generation Cartel", "militia"),
    ("CJNG", "CJNG: Jalisco New Generation Cartel", "militia"),
    ("Sinaloa Cartel", "Sinaloa Cartel", "militia"),
    ("civilians", "civilians", "civilians"),
    ("residents", "civilians", "civilians"),
    ("villagers", "civilians", "civilians"),
    ("protesters", "protesters", "protesters"),
    ("demonstrators", "protesters", "protesters"),
    ("rioters", "rioters", "rioters"),
]

# prefixes that make a force or a group's name the word for its foes ("anti-junta fighters", "anti-government
# rebels", "anti-ISIS coalition"): no mention of that force or group (actors.find_actors); before a gathering's
# noun, what the gathering is against: a protest ("anti-corruption marches": events._against_by_prefix)
OPPOSED_PREFIXES = ["anti"]
# the nouns (and participle) of people against a force or a group ("opponents of the junta", "critics of the
# government", "fighters opposed to the regime"): the force named in their phrase is their foe, no mention of a
# side (actors._foe_named)
OPPOSING_WORDS = ["opponents", "opponent", "critics", "critic", "opposed"]
OPPOSING_PREPOSITIONS = ["of", "to"]
STATE_FORCES = [
    "forces", "army", "soldiers", "troops", "military", "government", "government forces", "security forces", "armed forces",
    "defence forces", "defense forces", "regime forces", "pro-government forces",
    # a gendarmerie under the army (Central America's National Guard), the other armed services
    "national guard", "guardsmen", "air force", "navy",
    # South Asian forces by their own names: soldiers and paramilitaries ("jawans"), central and border forces
    "jawans", "jawan", "crpf", "bsf", "itbp", "ssb", "assam rifles", "rashtriya rifles",
    "drg", "district reserve guard", "cobra commandos", "frontier corps", "rangers", "levies",
    "border guard bangladesh", "bgb", "marines",
    # soldiers by their rank ("Troopers captured three rebel camps"; FORCE_MEMBERS has the singular)
    "troopers", "paratroopers",
    # the state's guards of its borders and coasts ("border guards intercepted 30 suspected militants")
    "border guard", "border guards", "coast guard", "coastguard", "coast guards",
    # a military government named by its rule: its forces ("jets of the junta bombed the village")
    "junta", "military junta",
    # the same rule told by its other names, and the authorities of a transition a coup opened: the state's side, its
    # forces when they act or are hit ("the military government's troops", "protested against the transitional
    # authorities")
    "ruling junta", "military government", "military regime", "military rulers", "military authorities",
    "transitional authorities", "transition authorities",
    # the forces that shoot down what flies at them ("Russian air defences shot down 45 drones"): the state's
    "air defences", "air defenses", "air defence", "air defense", "air defence forces", "air defense forces",
    "air defence units", "air defense units",
]
# the ministry that speaks for a state's armed forces and tells their acts: those forces ("Russia's defence ministry
# said its forces struck ...", "the Russian Defence Ministry said"), as ACLED codes the acts it claims
FORCE_MINISTRIES = ["defence ministry", "defense ministry", "ministry of defence", "ministry of defense"]
# a state-forces word too vague to be an actor without a demonym ("forces" alone; "Iraqi forces" is one)
VAGUE_FORCES = ["forces", "force"]
# phrases a generic force word is part of without naming a force ("Chikun local government area": a district)
NOT_ACTORS = ["local government", "local governments",
              # a civilian who informs the forces is no force ("Maoists gunned down a police informer")
              "police informer", "police informers", "police informant", "police informants", "army informer",
              "army informers", "army informant", "army informants",
              # a gang rape is no gang's act ("gang-raped" is a modifier already)
              "gang rape", "gang rapes", "gang raped", "gang raping",
              # gangs' violence as a topic names no doer of an act ("gang violence has displaced 700,000 people")
              "gang violence", "gang-related violence", "gang related violence",
              # the state's civil servants and buildings are no force ("a hotel popular with government officials")
              "government official", "government officials", "government employee", "government employees",
              "government worker", "government workers", "government minister", "government ministers",
              "government building", "government buildings", "government office", "government offices"]
# verbs whose subject country, or the country after "by" of their passive, did the act as its state
# ("Israel struck ...", "Russia launched 58 drones", "drones launched by Russia"): its military forces
COUNTRY_ACT_VERBS = ["strike", "launch", "fire", "attack", "bomb", "shell", "kill", "shoot", "target", "invade",
                     "pound", "bombard", "raid", "hit"]
# phrases an alias is part of without naming its actor: a coalition of gangs or rebels, or a governing one,
# is not the international coalition ("a coalition of gangs attacked", "the rebel coalition")
ALIAS_NOT_ACTORS = ["coalition of gangs", "gang coalition", "coalition of armed groups", "rebel coalition",
                    "coalition of rebel groups", "coalition of militias", "militia coalition", "opposition coalition",
                    "ruling coalition", "governing coalition", "coalition government", "electoral coalition",
                    # armed auxiliaries of an army are no civilians ("soldiers and civilian auxiliaries")
                    "civilian auxiliary", "civilian auxiliaries"]
POLICE = ["police", "policemen", "police officers", "gendarmes", "policeman", "police officer", "gendarme",
          # South Asian police units ("CTD personnel", "STF", "the Special Task Force", "RAB")
          "ctd", "counter-terrorism department", "stf", "special task force", "rapid action battalion", "rab",
          # police corps named as such (MUC-4 slot 10: "TREASURY POLICE", "POLICE DEPARTMENT")
          "treasury police", "national police", "secret police", "judicial police", "municipal police",
          "customs police", "police department",
          # Chile's national police ("Carabineros use water cannon on students")
          "carabineros", "carabinero"]
# one member of a state's forces, named in the doer's place of an act (the active subject of its verb, the agent of
# its passive): that state's forces ("A soldier shot dead a man"); elsewhere no armed actor ("a soldier was killed"
# is a casualty): incidents._force_member_doer. Police in the singular are in POLICE
FORCE_MEMBERS = ["soldier", "serviceman", "trooper", "army officer", "guardsman", "marine"]
# a person named with a rank of the forces, in the doer's place of an act ("Captain Julio Mendez shot dead a farmer",
# "the attack was carried out by Colonel Rosa Vidal"): that state's forces (incidents._force_member_doer); after a word
# of FORMER_WORDS ("former captain") no serving member
FORCE_RANK_TITLES = ["captain", "capt", "capt.", "colonel", "col", "col.", "lieutenant colonel", "lieutenant", "lt",
                     "lt.", "major", "maj", "maj.", "general", "gen", "gen.", "brigadier general", "sergeant", "sgt",
                     "sgt.", "corporal", "cpl", "cpl.", "lieutenant-colonel", "major-general", "brigadier-general",
                     "lieutenant-general", "sergeant-major", "staff-sergeant", "lance-corporal"]
# who hold people taken ("executed by his captors", "his kidnappers killed him"): with a possessive or the definite
# article, the takers of the abduction the story tells (incidents._captors_are_the_takers)
CAPTOR_NOUNS = ["captors", "captor", "kidnappers", "kidnapper", "abductors", "abductor", "hostage-takers",
                "hostage takers"]
GENERIC_ARMED = [
    "jihadists", "islamists", "insurgents", "rebels", "rebel", "gunmen", "militants", "attackers", "terrorists", "armed group",
    "armed groups", "militiamen", "fighters", "armed men", "militia", "militias", "gunman", "bandits", "armed bandits",
    # robbers told armed are an armed side ("police shot dead three armed robbers"); "robbers" alone are people
    "armed robbers", "armed robber",
    # separatists told armed or fighting ("armed separatists torched a school"); "separatists" alone may be a party
    "armed separatists", "separatist fighters", "separatist militants", "armed separatist",
    "guerrillas", "assailants", "kidnappers", "extremists",
    # who hold hostages, as « ravisseurs » ("was executed by his captors")
    "captors", "captor", "abductors", "abductor", "hostage-takers", "hostage takers", "pirates", "pirate",
    "sea pirates",
    "guerrilla", "terrorist", "death squad", "death squads", "paramilitaries", "paramilitary group",
    "paramilitary groups", "drug traffickers", "drug trafficker", "drug cartel", "drug cartels", "drug mafia",
    "hitmen", "hit men", "hired assassins", "assassins", "commando", "commandos", "urban commandos",
    "urban command", "urban commands",
    "subversives", "heavily armed men", "hooded men", "masked men", "armed individuals", "unidentified individuals",
    "unidentified men", "unidentified gunmen", "narcoterrorists", "kidnapper", "assailant", "attacker",
    "masked individuals", "hooded individuals", "masked gunmen", "hooded gunmen", "hired killers", "hired gunmen",
    "paid assassins", "paid killers", "drug mafias", "drug-trafficking mafias", "drug trafficking mafias",
    "narcotics mafia", "drug trafficking cartels", "drug-trafficking cartels", "drug traffickers' hitmen",
    "unknown gunmen", "unknown assailants", "unknown attackers", "unknown men", "unidentified assailants",
    "unidentified attackers", "unidentified persons", "unknown persons", "unidentified people", "unknown people",
    # unnamed attackers in the South Asian press ("miscreants hacked him", "goons attacked", "ultras")
    "miscreants", "goons", "ultras", "dacoits",
    # an armed group called an "outfit" in the South Asian press ("the banned outfit", "a terror outfit")
    "banned outfit", "terror outfit", "militant outfit", "proscribed outfit", "insurgent outfit", "terrorist outfit",
    # India's Maoist insurgents by their common names
    "maoists", "naxals", "naxalites", "naxal", "maoist rebels", "maoist guerrillas",
    # who destroy installations by stealth ("SABOTEURS DESTROYED A HIGH-TENSION TOWER")
    "saboteurs", "saboteur",
    # a gang told with no name ("a gang attacked the police station", "gangs torched homes"; a named one is
    # actors._named_group_words', its members actors._group_members')
    "gang", "gangs", "armed gang", "armed gangs",
]
# demonyms precede the noun in English ("Iraqi forces")
DEMONYMS = {
    "iraqi": "IQ", "syrian": "SY", "malian": "ML", "nigerian": "NG", "nigerien": "NE", "burkinabe": "BF",
    "afghan": "AF", "somali": "SO", "congolese": "CD", "central african": "CF", "ukrainian": "UA", "russian": "RU",
    "turkish": "TR", "israeli": "IL", "yemeni": "YE", "libyan": "LY", "sudanese": "SD", "chadian": "TD",
    "cameroonian": "CM", "american": "US", "us": "US", "u.s.": "US", "french": "FR", "lebanese": "LB",
    "ethiopian": "ET", "mozambican": "MZ", "kenyan": "KE", "pakistani": "PK", "indian": "IN",
    # a neighbour's forces fighting in a story of another country ("Rwandan troops" in a story of the Kivus)
    "rwandan": "RW", "ugandan": "UG", "burundian": "BI", "south sudanese": "SS", "eritrean": "ER",
    "tanzanian": "TZ", "palestinian": "PS", "iranian": "IR", "saudi": "SA", "egyptian": "EG", "algerian": "DZ", "mauritanian": "MR",
}
DEMONYM_BEFORE_NOUN = True

# head words of an armed group's name: a name with one of them as its head ("the Red Dawn Liberation Front",
# "Zarate Willka Armed Liberation Forces") that claims an act or does one is an armed group
# (bilan.extract.actors._named_groups), whether or not the alias lexicon knows it
GROUP_HEAD_WORDS = ["front", "army", "commando", "commandos", "command", "movement", "board", "forces", "brigade",
                    "brigades", "frente", "comando", "movimiento", "ejercito", "fuerzas", "organization", "league",
                    "vanguard", "cell", "cells"]

# verbs of a violent act on someone or something: a name with a group head word that is the subject of one with
# a direct object ("THE BLACK CONDOR MOVEMENT BURNED TWO BUSES", "the Red Dawn Front murdered a trade unionist")
# is an armed group doing it (bilan.extract.actors._named_groups); no verb of speech or of a verbal attack
GROUP_ACT_VERBS = ["kill", "murder", "assassinate", "kidnap", "abduct", "burn", "torch", "bomb", "dynamite",
                   "blow", "massacre", "execute", "machinegun", "machine-gun", "shoot", "destroy", "set", "wound",
                   "hijack", "behead"]

# words by which a group's own statement names the group again: "THE GROUP said", "the organization kidnapped",
# "it had placed the bombs", "its units burned five buses" (bilan.extract.claims: a speaker named so is the group
# last named before it; bilan.extract.incidents._speaker_as_doer: an act so done in the clause a group's statement
# reports is the group's own)
GROUP_ANAPHORS = ["group", "organization", "organisation", "movement"]
SELF_PRONOUNS = ["it", "they", "we"]
SELF_POSSESSIVES = ["its", "their", "our"]
# the men of a state force that speaks, told with no owner ("Police said officers killed 28 gang members"): the
# speaking force did it (bilan.extract.incidents._speaker_as_doer)
SPEAKERS_OWN_MEMBERS = ["officers", "policemen", "agents"]
# phrases that give an unnamed armed group its name ("a death squad calling itself the Secret Anticommunist Army"):
# the name after them, with a group head word, names the group (bilan.extract.actors._named_by_phrase)
NAMING_PHRASES = ["known as", "calling itself", "calls itself", "which calls itself", "that calls itself",
                  "calling themselves", "who call themselves", "called"]

# words by which the text says it does not know who the armed men are ("UNIDENTIFIED INDIVIDUALS",
# "unknown gunmen"): such a mention is not resolved to the story's single named group
UNIDENTIFIED_WORDS = ["unidentified", "unknown"]

# the story says the act was not claimed: its unnamed doers are not resolved to the one group it names
# (bilan.extract.actors.act_not_claimed; matched as whole words, lower case)
NOT_CLAIMED_PHRASES = ["was not claimed", "were not claimed", "has not been claimed", "have not been claimed",
                       "has not yet been claimed", "had not been claimed", "not yet claimed", "went unclaimed",
                       "no group has claimed", "no group claimed", "no group has yet claimed", "no one has claimed",
                       "no one claimed", "nobody has claimed", "nobody claimed", "no one has yet claimed",
                       "no claim of responsibility", "there was no claim", "unclaimed attack"]
# words of a suspicion above a group's mention ("security sources suspect JNIM fighters", "JNIM is believed to be
# behind"): a group only suspected is not the one the unnamed doers are resolved to (the suspicion stays a claim;
# bilan.extract.actors._suspected_only). Not "blame", "accuse": an accusation lays the act at the group's door, the
# doer the MUC-4 keys fill with "SUSPECTED OR ACCUSED" ("POLICE BLAMED THE SHINING PATH": its terrorists are the group's)
SUSPICION_WORDS = ["suspect", "suspected", "believe", "believed", "think", "thought", "presume", "presumed",
                   "allege", "alleged", "allegedly", "likely", "probably", "possibly", "reportedly", "may", "might",
                   "could"]
# phrases that place a group in the zone, no more ("the zone is JNIM's theatre of operations", "active in the
# area", "a stronghold of"): a group only said to be around is not the doer (bilan.extract.actors._present_only)
PRESENCE_PHRASES = ["theatre of operations", "theater of operations", "active in the area", "active in the region",
                    "active in the zone", "active in the province", "operates in the area", "operate in the area",
                    "operating in the area", "operates in the region", "operate in the region",
                    "operating in the region", "operates in the zone", "operate in the zone", "known to operate",
                    "present in the area", "present in the region", "present in the zone", "presence of",
                    "stronghold", "strongholds", "bastion"]

# the words of an unnamed death squad or paramilitary group: such a group is no guerrilla, it is resolved
# only to the story's single named militia, never to a guerrilla group the story names as its victims or
# as a speaker (bilan.extract.actors.resolve_generic)
PARAMILITARY_WORDS = ["death squad", "death squads", "paramilitaries", "paramilitary", "paramilitary group",
                      "paramilitary groups"]
# verbs of signing: the name that signs a statement ("A COMMUNIQUE SIGNED BY THE RICARDO FRANCO FRONT") owns it,
# as one that claims an act does (bilan.extract.actors._named_groups)
SIGNING_VERBS = ["sign"]
# a group its former members are said of ("FOUR FORMER MEMBERS OF THE M-19"): people who left it, no armed actor
# (bilan.extract.actors._former_members)
FORMER_WORDS = ["former", "ex"]
MEMBERSHIP_PREPS = ["of"]
# the members of a group: a name with a group head word after them and a preposition of MEMBERSHIP_PREPS, when they
# do a violent act of GROUP_ACT_VERBS ("MEMBERS OF THE SILVER CONDOR COMMAND KIDNAPPED A RANCHER"), is an armed
# group (bilan.extract.actors._members_doing); not the rank and file of a party (RANK_AND_FILE_WORDS)
MEMBER_WORDS = ["members", "member"]
# the rank and file of a party, the organisation named by its acronym after them (of) or before them: a party
# sharing an armed group's acronym ("UPC supporters"), no armed actor; not "members" (of armed groups too)
RANK_AND_FILE_WORDS = ["supporter", "supporters", "activist", "activists", "sympathizers", "sympathisers", "partisans",
                       "cadres", "loyalists"]
# a group word with a name of its own: "the Gran Grif gang", "the gang of Dogo Gide", "the Zaire militia" (a
# non-state armed group no alias knows, named "<name> <English word>" in every language; actors._named_group_words)
NAMED_GROUP_WORDS = {"gang": "gang", "militia": "militia"}
NAMED_GROUP_PREPS = ["of"]
# ... and these words only beside a name in quotes ('the "Gran Grif" group'): "the Volkswagen group" is no armed group
QUOTED_NAME_GROUP_WORDS = {"group": "group"}
# "members of a rival gang", "gunmen from another gang": a group other than the one the story names (not its
# doer: actors.names_another_group)
OTHER_GROUP_WORDS = ["another", "rival", "other"]
OTHER_GROUP_NOUNS = ["gang", "gangs", "group", "groups", "militia", "militias", "faction", "factions"]
# the group nouns whose members are an unnamed armed side ("gang members", "members of a rival gang", "militia
# members"; actors._group_members): not their former members (FORMER_WORDS)
ARMED_GROUP_NOUNS = ["gang", "gangs", "militia", "militias"]

# plain nouns of a kind of armed group: their definite plural ("the rebels", "the jihadists", "the militiamen") in
# an act told as fact is the one group the story names, even only as accused or suspected of another act
# (bilan.extract.actors.resolve_generic, _plain_kind_mention)
GROUP_KIND_NOUNS = ["rebels", "jihadists", "jihadis", "islamists", "militants", "militiamen", "militias",
                    "insurgents", "guerrillas", "terrorists"]

# determiners that refer back to doers already told ("the gunmen", "these militants"): an unnamed mention
# without one ("gunmen", "five gunmen") brings in doers of its own, no group the story names unless its
# sentence names it (bilan.extract.actors._new_unnamed_doers)
ANAPHORIC_DETERMINERS = ["the", "these", "those", "this", "that", "its", "their", "such"]
# plural act nouns a group is told to carry on as the object of a verb ("have continued their attacks"): a run of
# acts of the story's time laid at its door, the unnamed doers' among them (actors._new_unnamed_doers)
SERIES_ACT_NOUNS = ["attacks", "raids", "ambushes", "actions", "operations", "acts", "killings", "kidnappings", "abductions"]

# militias that fight beside the state's forces (ACLED's pro-government militias), by canonical name: never
# who an unnamed "terrorists" or "jihadists" of the story are
PRO_GOVERNMENT_MILITIAS = ["VDP: Volunteers for the Defence of the Homeland", "Civilian JTF", "Wazalendo"]

# words of a tie to a backer or a parent group ("Rwanda-backed M23", "the Al-Qaeda-linked JNIM", "rebels backed by
# Rwanda"), as lemmas: the name they take is no side of the act, and a backer's country is not where the story is
# (actors.affiliation_tokens)
AFFILIATION_WORDS = ["back", "backed", "link", "linked", "affiliate", "affiliated", "ally", "allied", "align", "aligned",
                     "sponsor", "sponsored", "support", "supported", "fund", "funded", "inspire", "inspired"]
# nouns of a part of a parent group, in an apposition to a group named ("ISWAP, a Boko Haram splinter group", "JNIM,
# a branch of al-Qaeda"), as lemmas: the parent group they name describes the group, it is no side of the act
# (actors.affiliation_tokens)
PARENT_GROUP_NOUNS = ["splinter", "faction", "branch", "offshoot", "wing", "affiliate", "franchise", "arm", "cell",
                      "breakaway", "spin-off", "subsidiary"]

# the name of a communal group's militia in a fight between communal groups ("clashes between Fulani herders and
# farmers": "Fulani herders militia", "farmers militia"; ACLED's identity militias): the side's words as written
COMMUNAL_MILITIA_NAME = "{} militia"
# a crowd's word for the raiders of a cattle camp ("Youths from Tonj East county attacked a cattle camp") names a
# community's militia by where they come from (the words after a preposition of COMMUNAL_ORIGIN_PREPS): "Tonj East
# county communal militia"; with no origin told, COMMUNAL_MILITIA_NAME of their word ("youths militia")
COMMUNAL_ORIGIN_MILITIA_NAME = "{} communal militia"
COMMUNAL_ORIGIN_PREPS = ["from"]

# words of a communal doer's mention that tell how its men were armed or looked, not which community they are ("Armed
# herders attacked farmers": "herders militia"; incidents._communal_doers)
COMMUNAL_DOER_NOT_NAME = ["armed", "heavily", "masked", "hooded", "alleged"]
# verbs (lemmas) by which a later sentence says who doers told as unidentified were ("Police said the gunmen belonged
# to the 3R", "the attackers were 3R fighters": the copula, in events_<lang>.COPULAS, counts too)
BELONGING_VERBS = ["belong"]
# a coalition's word that, next to a group's name, is that group's word, no international coalition ("the Viv Ansanm
# coalition": actors.find_actors)
COALITION_WORDS = ["coalition", "alliance"]

# people named by their having attacked: unnamed, the doers of the act a non-state group did, told again, no second
# side of it (incidents._attackers_no_side_of_their_own)
ATTACKER_NOUNS = ["attacker", "attackers", "assailant", "assailants", "raider", "raiders"]

# adjectives of an armed group with which a definite group word (GROUP_ANAPHORS) still names the group told before
# ("The militant group claimed responsibility", « le groupe jihadiste a revendiqué »: claims' group anaphor)
GROUP_ANAPHOR_ADJECTIVES = ["militant", "armed", "jihadist", "islamist", "rebel", "extremist", "insurgent", "terrorist",
                            "separatist", "paramilitary"]
