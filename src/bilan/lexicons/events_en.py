"""English event lexicon (same structure as events_fr)."""

TRIGGERS = [
    ("air strike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("airstrike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("air raid", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("drone strike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("bombing raid", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 88, ()),
    ("warplane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 70, ()),
    ("strike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 70, ("needs_armed_actor",)),
    ("drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 60, ("needs_armed_actor",)),
    ("shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("shell", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 74, ()),
    ("artillery", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("rocket", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 77, ()),
    ("missile", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 72, ()),
    ("mortar", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 74, ()),
    ("roadside bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("improvised explosive device", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("ied", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("landmine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ()),
    ("car bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("truck bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 70, ()),
    ("bombing", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 70, ()),
    ("explosion", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 65, ("needs_casualty",)),
    ("blast", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 66, ("needs_casualty",)),
    ("suicide bomber", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide bombing", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide attack", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide car bomb", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 96, ()),
    ("grenade", "Explosions/Remote violence", "Grenade", "ASSAULT", 82, ()),
    ("clash", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("fighting", "Battles", "Armed clash", "ASSAULT", 60, ()),
    ("firefight", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("gunbattle", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("gun battle", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("battle", "Battles", "Armed clash", "ASSAULT", 58, ()),
    ("ambush", "Battles", "Armed clash", "ASSAULT", 64, ()),
    ("offensive", "Battles", "Armed clash", "ASSAULT", 58, ()),
    ("assault", "Battles", "Armed clash", "ASSAULT", 58, ()),
    ("advance", "Battles", "Armed clash", "ASSAULT", 45, ("needs_armed_actor",)),
    ("recapture", "Battles", "Government regains territory", "ASSAULT", 52, ("needs_armed_actor",)),
    ("retake", "Battles", "Government regains territory", "ASSAULT", 52, ("needs_armed_actor",)),
    ("seize control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 50, ("needs_armed_actor",)),
    ("take control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 50, ("needs_armed_actor",)),
    ("overrun", "Battles", "Non-state actor overtakes territory", "ASSAULT", 50, ("needs_armed_actor",)),
    ("abduct", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("abduction", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("kidnap", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("kidnapping", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("hostage", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 55, ()),
    ("massacre", "Violence against civilians", "Attack", "ASSAULT", 72, ()),
    ("execute", "Violence against civilians", "Attack", "ASSAULT", 60, ("needs_person_object",)),
    ("kill", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("shoot", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("gun down", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("attack", "Violence against civilians", "Attack", "ASSAULT", 35, ("generic",)),
    ("open fire", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    ("shooting", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    ("raid", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("protest", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("demonstration", "Protests", "Peaceful protest", "PROTEST", 50, ("needs_protest_context",)),
    ("demonstrator", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("protester", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("rally", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_protest_context",)),
    ("march", "Protests", "Peaceful protest", "PROTEST", 35, ("needs_protest_context",)),
    ("sit-in", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("riot", "Riots", "Violent demonstration", "PROTEST", 70, ()),
    ("rioter", "Riots", "Violent demonstration", "PROTEST", 70, ()),
    ("lynch", "Riots", "Mob violence", "ASSAULT", 70, ()),
    ("mob", "Riots", "Mob violence", "ASSAULT", 60, ()),
]

PROTEST_INTERVENTION = ["disperse", "tear gas", "teargas", "water cannon", "arrest", "detain", "baton"]
PROTEST_LETHAL = ["live ammunition", "shoot", "kill", "open fire"]
RIOT_CUES = ["violent", "torch", "set fire", "loot", "looting", "stone", "hurl", "vandalize", "ransack"]
PROTEST_CONTEXT = ["protester", "protesters", "demonstrator", "demonstrators", "anger", "demand", "slogan", "chant", "strike"]

DEATH_CUES = [
    "kill", "killed", "killing", "dead", "die", "died", "death", "deaths", "toll", "body", "bodies", "life", "lives",
    "fatality", "fatalities", "perish", "massacre", "execute", "slain",
]
INJURY_CUES = ["wound", "wounded", "injure", "injured", "injury", "injuries", "hurt", "hospitalize", "hospitalized"]

CIVILIAN_NOUNS = [
    "civilian", "civilians", "resident", "residents", "villager", "villagers", "child", "children", "woman", "women",
    "worshipper", "worshippers", "student", "students", "passer-by", "passers-by", "displaced", "refugee", "refugees",
    "journalist", "journalists", "aid worker", "aid workers", "farmer", "farmers", "herder", "herders", "miner", "miners",
    "family", "families", "baby", "babies", "pupil", "pupils", "shopper", "shoppers", "trader", "traders",
]
COMBATANT_NOUNS = [
    "soldier", "soldiers", "troop", "troops", "policeman", "policemen", "police officer", "police officers", "officer",
    "officers", "fighter", "fighters", "militant", "militants", "jihadist", "jihadists", "rebel", "rebels", "insurgent",
    "insurgents", "attacker", "attackers", "gunman", "gunmen", "terrorist", "terrorists", "militiaman", "militiamen",
    "peacekeeper", "peacekeepers", "guard", "guards", "men",
]
PERSON_NOUNS = ["person", "people", "individual", "individuals", "victim", "victims"]

IRREALIS = [
    "try", "attempt", "seek", "threaten", "want", "plan", "prevent", "avoid", "risk", "fear", "suspect", "could",
    "would", "might", "may", "lure", "provoke", "urge", "call", "demand", "vow", "promise", "prepare",
]
COMBATANT_CLAIM = ["combatant", "combatants", "fighter", "fighters", "militant", "militants", "terrorist", "terrorists"]

MILITARY_TARGETS = [
    "military camp", "base", "barracks", "outpost", "post", "position", "positions", "convoy", "patrol", "checkpoint",
    "garrison", "police station",
]

DEFINITE_DETERMINERS = ["the", "this", "that"]
DEFINITE_DETERMINERS += ["its", "their"]
TEMPORAL_PREPOSITIONS = ["before", "after", "since", "during"]
RIOT_PARTICIPANTS = ["youths", "crowd", "crowds", "protesters", "rioters", "demonstrators", "mob"]
