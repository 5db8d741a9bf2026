"""English event lexicon (same structure as events_fr)."""

TRIGGERS = [
    ("air strike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("airstrike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("air raid", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("drone strike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("bombing raid", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 88, ()),
    # the aircraft outranks the missile it fired or the depot it destroyed ("jets fired missiles")
    ("warplane", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("jet", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ()),
    ("air force", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("needs:property",)),
    ("fighter jet", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("helicopter gunship", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 72, ()),
    ("chopper", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 66, ("needs_armed_actor",)),
    ("helicopter", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 64, ("needs_armed_actor", "needs_casualty")),
    ("strike", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 70, ("needs_armed_actor", "not:labour")),
    ("drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 60, ("needs_armed_actor",)),
    ("shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("shell", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 74, ()),
    ("artillery", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("rocket", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 77, ()),
    ("missile", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 72, ()),
    ("mortar", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 74, ()),
    ("roadside bomb", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("improvised explosive device", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("improvised explosive", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("detonate", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 80, ("needs:weapon",)),
    ("ied", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("landmine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ()),
    ("explosive device", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("ground mine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ()),
    ("land mine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ()),
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
    ("suicide bomb", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide vest", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("suicide vehicle", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 96, ()),
    ("svbied", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 96, ()),
    ("blow himself up", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("blow herself up", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("blow themselves up", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
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
    ("raid", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "untargeted")),
    ("incursion", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    ("protest", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("demonstration", "Protests", "Peaceful protest", "PROTEST", 50, ("needs_protest_context",)),
    ("demonstrator", "Protests", "Peaceful protest", "PROTEST", 48, ("participant",)),
    ("protester", "Protests", "Peaceful protest", "PROTEST", 48, ("participant",)),
    ("rally", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_protest_context",)),
    ("march", "Protests", "Peaceful protest", "PROTEST", 35, ("needs_protest_context",)),
    ("sit-in", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("riot", "Riots", "Violent demonstration", "PROTEST", 70, ()),
    ("rioter", "Riots", "Violent demonstration", "PROTEST", 70, ("participant",)),
    ("lynch", "Riots", "Mob violence", "ASSAULT", 70, ()),
    ("mob", "Riots", "Mob violence", "ASSAULT", 60, ()),
    ("vigilante", "Riots", "Mob violence", "ASSAULT", 58, ()),
    ("jungle justice", "Riots", "Mob violence", "ASSAULT", 70, ()),
    # more protest words; participants are people, never a generalisation ("protesters rallied")
    ("protest march", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("demonstrate", "Protests", "Peaceful protest", "PROTEST", 48, ("needs_protest_context",)),
    ("marcher", "Protests", "Peaceful protest", "PROTEST", 46, ("participant",)),
    ("striker", "Protests", "Peaceful protest", "PROTEST", 44, ("participant",)),
    ("walkout", "Protests", "Peaceful protest", "PROTEST", 46, ()),
    ("human chain", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("vigil", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_protest_context",)),
    ("gathering", "Protests", "Peaceful protest", "PROTEST", 38, ("needs_protest_context",)),
    ("picket", "Protests", "Peaceful protest", "PROTEST", 44, ()),
    ("die-in", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    # police action against a crowd names the protest it broke up ("dispersed the crowds")
    ("disperse", "Protests", "Protest with intervention", "PROTEST", 44, ("needs:crowd",)),
    ("tear gas", "Protests", "Protest with intervention", "PROTEST", 43, ("needs:crowd",)),
    # "riot police" are police facing a crowd, not a riot
    ("riot police", "Protests", "Protest with intervention", "PROTEST", 30, ("needs_protest_context",)),
    ("riot police", "Protests", "Protest with intervention", "PROTEST", 29, ("needs:crowd",)),
    # more killings typed by their victims
    ("murder", "Violence against civilians", "Attack", "ASSAULT", 31, ("generic",)),
    ("assassinate", "Violence against civilians", "Attack", "ASSAULT", 31, ("generic",)),
    ("assassination", "Violence against civilians", "Attack", "ASSAULT", 31, ("generic",)),
    ("behead", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("stab", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("violence", "Violence against civilians", "Attack", "ASSAULT", 25, ("generic", "needs_casualty", "lead_only")),
    ("shootout", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("skirmish", "Battles", "Armed clash", "ASSAULT", 62, ()),
    # chemical weapons outrank the shell or bomb that carried them
    ("chemical weapon", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemical attack", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chemical agent", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("gas attack", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("chlorine", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("sarin", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("mustard gas", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("sulfur mustard", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("sulphur mustard", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("poisonous gas", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("poison gas", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("toxic gas", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("nerve agent", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    # sexual violence
    ("rape", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("gang-rape", "Violence against civilians", "Sexual violence", "ASSAULT", 76, ()),
    ("gang rape", "Violence against civilians", "Sexual violence", "ASSAULT", 76, ()),
    ("sexual assault", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sexually assault", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sexual violence", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sexual abuse", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("sexually abuse", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("molest", "Violence against civilians", "Sexual violence", "ASSAULT", 74, ()),
    # the model lemmatises "raped" as "rap": the inflected forms match on their lower-case form
    ("raped", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("raping", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("abuse", "Violence against civilians", "Sexual violence", "ASSAULT", 72, ("needs:women",)),
    # territory: typed by who took it (state forces regain, non-state actors overtake)
    ("recapture", "Battles", "Government regains territory", "ASSAULT", 68, ("territory", "needs:territory", "needs_object")),
    ("retake", "Battles", "Government regains territory", "ASSAULT", 68, ("territory", "needs:territory", "needs_object")),
    ("regain control", "Battles", "Government regains territory", "ASSAULT", 68, ("territory",)),
    ("recover control", "Battles", "Government regains territory", "ASSAULT", 68, ("territory",)),
    ("recover", "Battles", "Government regains territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    ("regain", "Battles", "Government regains territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    ("reclaim", "Battles", "Government regains territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    ("liberate", "Battles", "Government regains territory", "ASSAULT", 67, ("territory", "needs:area", "needs_object")),
    ("free", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:area", "needs_object")),
    ("drive out", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("drive back", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("push back", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("push out", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("seize back", "Battles", "Government regains territory", "ASSAULT", 68, ("territory",)),
    ("win back", "Battles", "Government regains territory", "ASSAULT", 68, ("territory",)),
    # who took control types these (state forces regain, non-state actors overtake)
    ("take control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory")),
    ("take full control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory",)),
    ("establish control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory",)),
    ("wrest control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory",)),
    ("seize control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory")),
    ("occupy", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object")),
    ("capture", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    ("seize", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    ("take over", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    ("gain control", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory",)),
    ("gain ground", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ("territory",)),
    ("fall to", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ("territory",)),
    ("fall into the hands", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ("territory",)),
    # Strategic developments
    ("withdraw", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("needs:territory",)),
    ("withdrawal", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("needs:territory",)),
    ("pull out", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("needs:territory",)),
    ("hand over", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("needs:territory",)),
    ("handover", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ()),
    ("without resistance", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("without a fight", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("without fighting", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("ceasefire", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("cease-fire", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("truce", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("peace deal", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("peace agreement", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("peace accord", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("agreement", "Strategic developments", "Agreement", "AGREE", 60, ()),
    ("agree", "Strategic developments", "Agreement", "AGREE", 58, ()),
    ("in exchange for the release", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("exchange of prisoners of war", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("deal", "Strategic developments", "Agreement", "AGREE", 56, ("needs:accord",)),
    ("prisoner exchange", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("prisoner swap", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("exchange of prisoners", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("exchange prisoners", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("exchange", "Strategic developments", "Agreement", "AGREE", 60, ("needs:accord",)),
    ("surrender", "Strategic developments", "Agreement", "AGREE", 57, ()),
    ("arrest", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("detain", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("round up", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("apprehend", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("take into custody", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("set up", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("establish", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("build", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("create", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("install", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("deploy", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("redeploy", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("dispatch", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ("needs:troops",)),
    ("send", "Strategic developments", "Change to group/activity", "MOBILIZE", 40, ("needs:troops",)),
    ("move", "Strategic developments", "Change to group/activity", "MOBILIZE", 40, ("needs:troops",)),
    ("forward", "Strategic developments", "Change to group/activity", "MOBILIZE", 40, ("needs:troops",)),
    ("reinforce", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("mobilize", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("mobilise", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("defect", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ()),
    ("fortify", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("military drill", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("military exercise", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    # disrupted weapons use: seized, found or defused weapons outrank the bomb they name
    ("seize", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("seizure", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("confiscate", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("find", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("discover", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("uncover", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("recover", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("intercept", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("capture", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("destroy", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("dismantle", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("defuse", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("bomb disposal", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("weapons cache", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("arms cache", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("accidentally detonate", "Strategic developments", "Disrupted weapons use", "COERCE", 89, ()),
    ("accidentally activate", "Strategic developments", "Disrupted weapons use", "COERCE", 89, ()),
    # looting and property destruction (a riot when protesters do it: the protest trigger wins)
    ("torched", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("afire", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("needs:property",)),
    ("destruction", "Strategic developments", "Looting/property destruction", "ASSAULT", 45, ("needs:property",)),
    ("loot", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("looting", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("ransack", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("vandalize", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("vandalise", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("arson", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("torch", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("torching", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("set fire", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("set ablaze", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("set alight", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("burn down", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("burn", "Strategic developments", "Looting/property destruction", "ASSAULT", 45, ("needs:property",)),
    # explosives used on property ("blew up power lines", "dynamited a bridge"); sabotage is destruction
    ("blow up", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 69, ()),
    ("dynamite", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 71, ()),
    ("dynamited", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 71, ()),
    ("sabotage", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("sabotaged", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    # ACLED's "Other" strategic development: a mass grave found is news of its own, whatever the
    # bodies in it say about the killings ("with_casualties": the dead it counts do not outrank it)
    ("mass grave", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    ("mass burial site", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    ("common grave", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    # the model lemmatises "graves" as "graf": the plurals match on their lower-case form
    ("mass graves", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    ("common graves", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
]

# particles of phrasal-verb triggers, matched also when the object splits them ("drove the militants out")
PARTICLES = ["out", "back", "up", "down", "over", "off", "away"]

PROTEST_INTERVENTION = [
    "disperse", "tear gas", "teargas", "water cannon", "arrest", "detain", "baton", "suppress", "pepper spray",
    "pepper-spray", "pepper-sprayed", "rubber bullet", "break up", "halt", "baton charge", "chase",
]
PROTEST_LETHAL = [
    "live ammunition", "shoot", "kill", "open fire", "excessive force", "violently suppress", "violently disperse",
    "crackdown", "gunfire", "die", "dead", "injure", "injured", "injuries", "wound", "brutally",
]
RIOT_CUES = [
    "violent", "torch", "set fire", "loot", "looting", "stone", "hurl", "vandalize", "ransack", "clash", "molotov",
    "throw", "rock", "barricade", "block", "burn", "smash", "violence", "stone-throwing",
]
# riot cues that are violence only as nouns ("threw rocks", not "protests rocked the city")
RIOT_NOUNS_ONLY = ["rock", "stone"]
# a prefix that negates the cue after it ("non-violent protesters")
NEGATING_PREFIXES = ["non"]
PROTEST_CONTEXT = [
    "protester", "protesters", "demonstrator", "demonstrators", "anger", "demand", "slogan", "chant", "strike",
    "activist", "activists", "supporters", "stage", "against corruption", "take part", "peaceful",
]

DEATH_CUES = [
    "kill", "killed", "killing", "dead", "die", "died", "death", "deaths", "toll", "body", "bodies", "life", "lives",
    "fatality", "fatalities", "perish", "massacre", "execute", "slain", "murder", "murdered", "assassinate",
    "assassinated", "assassination", "behead", "slay", "deadly", "fatally",
]
# what an attack may hit that is not people: without casualties, property destruction
PROPERTY_ONLY = ["property", "properties", "premises", "infrastructure", "facilities", "warehouse", "warehouses", "crops", "belongings"]
# what a protest is against: a riot word there is its topic, not its manner ("against gun violence")
PROTEST_TOPICS = ["against", "denounce", "decry", "condemn", "over", "demand", "end", "release"]
# casualty nouns that name no victim of their own ("le bilan de l'attaque", "the toll of the raid")
TOLL_NOUNS = ["toll", "victim", "victims", "body", "bodies", "life", "lives", "fatality", "fatalities", "death", "deaths"]
INJURY_CUES = ["wound", "wounded", "injure", "injured", "injury", "injuries", "hurt", "hospitalize", "hospitalized"]

CIVILIAN_NOUNS = [
    "civilian", "civilians", "resident", "residents", "villager", "villagers", "child", "children", "woman", "women",
    "worshipper", "worshippers", "student", "students", "passer-by", "passers-by", "displaced", "refugee", "refugees",
    "journalist", "journalists", "aid worker", "aid workers", "farmer", "farmers", "herder", "herders", "miner", "miners",
    "family", "families", "baby", "babies", "pupil", "pupils", "shopper", "shoppers", "trader", "traders",
    "population", "locals", "tourist", "tourists", "patient", "patients", "passenger", "passengers", "worshiper",
    "worshipers", "traveller", "travellers", "traveler", "travelers",
]
COMBATANT_NOUNS = [
    "soldier", "soldiers", "troop", "troops", "policeman", "policemen", "police officer", "police officers", "officer",
    "officers", "fighter", "fighters", "militant", "militants", "jihadist", "jihadists", "rebel", "rebels", "insurgent",
    "insurgents", "attacker", "attackers", "gunman", "gunmen", "terrorist", "terrorists", "militiaman", "militiamen",
    "peacekeeper", "peacekeepers", "guard", "guards", "armed men", "gunman", "militiaman", "guerrilla", "guerrillas",
    "assailant", "assailants",
    # security staff named by their service ("27 security personnel were killed in Taliban attacks")
    "security personnel", "military personnel", "serviceman", "servicemen", "trooper", "troopers", "border guard",
    "border guards", "gendarme", "gendarmes",
]
PERSON_NOUNS = [
    "person", "people", "individual", "individuals", "victim", "victims", "man", "men",
    # people named by their standing or kin ("a village chief killed", "a father and his son")
    "chief", "chiefs", "imam", "priest", "pastor", "elder", "elders", "commander", "general", "father", "mother",
    "son", "daughter", "boy", "girl", "youth", "youths", "teacher", "teachers",
    "brother", "brothers", "sister", "sisters", "husband", "wife", "uncle", "nephew", "cousin", "shepherd",
    "shepherds",
]

IRREALIS = [
    "try", "attempt", "seek", "threaten", "want", "plan", "prevent", "avoid", "risk", "fear", "suspect", "could",
    "would", "might", "may", "lure", "provoke", "urge", "call", "demand", "vow", "promise", "prepare",
    "deny", "effort", "talk", "negotiate", "negotiation", "propose", "discuss", "hope", "aim",
    "intend", "intention",
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

# words a trigger flagged "needs:<class>" must have within a few tokens ("seized weapons", "captured
# the town", "set up a military base"); "not:<class>" forbids them
CONTEXT_WORDS = {
    # goods a force seizes (a seizure, not a territory taken: "seized a boat sailing the river")
    "goods": [
        "boat", "boats", "vessel", "vessels", "ship", "truck", "trucks", "lorry", "lorries", "vehicle", "vehicles",
        "car", "cars", "cargo", "cocaine", "cocaine base", "heroin", "marijuana", "drugs", "narcotics", "cash",
        "money", "goods", "merchandise", "contraband", "counterfeit", "barrels", "tons", "kilos", "livestock",
    ],
    # a work stoppage, not an air strike ("a hunger strike", "the general strike called by the labor
    # federations", "teachers on strike for a bonus")
    "labour": [
        "hunger", "general strike", "labor", "labour", "union", "unions", "unionists", "trade union", "wage",
        "wages", "bonus", "salary", "salaries", "walkout", "picket", "pickets", "federation", "federations",
    ],
    "weapon": [
        "weapon", "arms", "ammunition", "ammo", "explosive", "explosive device", "firearm", "gun", "rifle", "pistol",
        "bullet", "round", "grenade", "bomb", "ied", "rocket", "mortar", "munition", "detonator", "cache",
        "arsenal", "missile", "landmine", "mine", "improvised explosive device", "suicide vest", "explosive belt",
    ],
    "territory": [
        "town", "city", "village", "district", "area", "region", "province", "territory", "base", "position",
        "border", "crossing", "port", "neighborhood", "neighbourhood", "hill", "highway", "road", "airport",
        "oilfield", "stronghold", "locality", "countryside", "suburb", "island", "outpost", "border point",
        "border post", "capital", "county", "valley", "ground", "camp", "hill post", "strongholds", "villages",
        "areas", "towns",
    ],
    "area": [],
    "base": [
        "base", "military base", "observation post", "observation point", "military post", "outpost", "checkpoint",
        "headquarters", "military camp", "post", "garrison", "bases", "military bases", "barracks", "point",
        "points", "posts", "camp", "camps",
    ],
    "troops": [
        "troops", "troop", "soldiers", "forces", "fighters", "reinforcements", "units", "battalion", "military vehicles",
        "tanks", "militants", "personnel",
    ],
    "property": [
        "house", "home", "shop", "store", "vehicle", "car", "property", "properties", "building", "office", "church",
        "mosque", "school", "market", "warehouse", "hut", "crops", "livestock", "premises",
    ],
    "person": [*CIVILIAN_NOUNS, *PERSON_NOUNS],
    "crowd": ["crowd", "crowds", "protesters", "demonstrators", "marchers", "rioters", "protestors"],
    "women": ["woman", "women", "girl", "girls", "wife", "wives", "schoolgirl", "schoolgirls"],
    "accord": ["peace", "ceasefire", "cease-fire", "truce", "prisoner", "prisoners", "hostage", "hostages", "border"],
}

# what an attack on civilians is aimed at ("gunmen attacked a church", "opened fire on a bus"):
# buildings, after any preposition of place; settlements, civilian populations and vehicles only
# as the object ("attacked the village", "fired on a bus", not "gunmen in a car")
CIVILIAN_BUILDINGS = [
    "house", "home", "church", "mosque", "temple", "synagogue", "school", "hospital", "clinic", "market",
    "marketplace", "shop", "store", "restaurant", "cafe", "café", "teahouse", "hotel", "bar", "nightclub", "concert", "wedding", "funeral", "mall", "university", "college",
    "bank", "farm", "residence", "stadium", "shrine", "building",
]
CIVILIAN_SETTLEMENTS = [
    "village", "villages", "town", "community", "communities", "hamlet", "settlement", "population", "civilians",
    "civilian", "residents", "villagers", "worshippers", "worshipers", "passengers", "travellers", "farmers",
    "herders", "displaced", "bus", "minibus", "vehicle", "car", "truck", "train",
]
TARGET_PREPOSITIONS = ["on", "against", "upon", "of"]
PLACE_PREPOSITIONS = ["in", "at", "inside", "into"]

# what ends a killing that is not violence ("a road accident killed five")
NON_VIOLENT_CAUSES = [
    "accident", "crash", "collision", "flood", "flooding", "landslide", "earthquake", "disease", "epidemic", "storm",
    "drowning", "drown", "stampede", "lightning", "cholera", "collapse", "heatwave", "overdose", "tsunami",
    "volcano", "volcanic", "eruption", "wildfire", "chemical leak", "gas leak", "plunge",
]
# a plural event noun said with one of these is characterised, not reported ("airstrikes are the main threat")
CHARACTERISING_VERBS = ["be", "become", "remain", "constitute", "represent", "pose"]
# the preposition of an agent complement ("attaqué par des hommes armés")
AGENT_MARKERS = ["by"]
CONTEXT_WORDS["area"] = CONTEXT_WORDS["territory"]
# a territory change said with this is the state of the front, not the news
ALREADY = ["already"]
# what makes a mass grave news of its own: it was found ("two mass graves were discovered"), not
# the place the killers used ("buried them in a mass grave")
DISCOVERY_WORDS = ["find", "found", "discover", "discovery", "uncover", "unearth", "exhume", "exhumation", "locate", "excavate", "excavation", "dig"]
# a determiner that says the event did not happen ("no arrests have been made")
NEGATIVE_DETERMINERS = ["no"]
# the marker of an infinitive of purpose ("an attack to capture the positions"): the aim, not the event
PURPOSE_MARKERS = ["to"]
# a mention with these introduces a further event, not the one already told ("another bridge was
# blown up", "a second bomb")
ANOTHER_WORDS = ["another", "other", "second", "third", "new", "fresh", "further", "separate", "similar"]
# verbs that say when an event happened ("the attack, which took place on 16 November"); a
# two-word entry is a verb lemma and the lemma of its object
OCCURRENCE_VERBS = ["occur", "happen", "take place", "unfold"]
# predicates that lay an event at someone's door ("soldiers were involved in the murder", "those
# accused of the attack"): their subject, or the noun they qualify, is the perpetrator
# figures of speech that hold a trigger word: no event ("a monetary time bomb", "killing two birds with
# one stone", "the news was a bombshell")
FIGURATIVE = ["time bomb", "ticking bomb", "ticking time bomb", "bombshell", "kill two birds", "killing two birds",
              "killed two birds", "kills two birds", "political suicide", "character assassination"]
# verbs that lay an event at someone's door through a complement ("attributed to the death squads",
# "blamed on the rebels")
ATTRIBUTION_PREDICATES = ["attribute", "attributed", "blame", "blamed", "ascribe", "ascribed", "impute", "imputed"]
PERPETRATOR_PREDICATES = ["involve", "involved", "responsible", "accuse", "accused", "suspect", "suspected",
                          "blame", "blamed", "implicate", "implicated", "charge", "charged", "guilty",
                          "responsibility"]
# nouns a weapon word may modify and still tell its use ("mortar fire", "a rocket barrage")
WEAPON_EVENT_HEADS = ["fire", "barrage", "salvo", "round", "rounds", "strike", "strikes"]
# nouns of a weapon's use that may take it as their "of" complement ("the hurling of a grenade"); the
# complement of any other noun (not an event either) is a thing named ("various types of grenades")
WEAPON_USE_NOUNS = ["hurling", "throwing", "firing", "launch", "launching", "detonation", "planting", "use",
                    "explosion", "explosions", "blast", "blasts", "impact", "hail", "volley", "shower", "rain"]
# verbs whose infinitive complement did happen ("began to shell the town"); any other governor
# makes an infinitive an aim ("ordered to sabotage", "a campaign to attack")
IMPLICATIVE_VERBS = ["begin", "start", "continue", "manage", "proceed", "go", "keep", "resume", "succeed"]
# a purpose these verbs give is done by the act itself: blocking roads "to protest" is the protest
SELF_FULFILLING_PURPOSES = ["protest", "demonstrate", "rally", "march"]
