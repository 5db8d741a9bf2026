"""French event lexicon: triggers, casualty cues, factuality cues.

A trigger is (phrase, event_type, sub_event_type, plover, priority, flags). Phrases are matched on
token lemma or lower-case form, word by word. Higher priority wins inside one sentence; "generic"
triggers (tuer, attaquer) only make an incident when no specific trigger is in the sentence.
Flags: "generic" (typed by its victims), "needs_armed_actor" (ambiguous word), "plural_generic_ok".
"""

TRIGGERS = [
    # Explosions / Remote violence
    ("frappe aérien", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("frappe de drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("raid aérien", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("bombardement aérien", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 91, ()),
    ("frappe", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 80, ()),
    ("frappes", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 80, ()),
    ("drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 60, ("needs_armed_actor",)),
    ("bombardement", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 75, ()),
    ("bombarder", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 74, ()),
    ("pilonnage", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 75, ()),
    ("obus", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("tir d' artillerie", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 78, ()),
    ("tirs d' artillerie", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 78, ()),
    ("roquette", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 77, ()),
    ("missile", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 72, ()),
    ("mortier", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 72, ()),
    ("engin explosif", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("engin explosif improvisé", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("mine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 70, ("needs_casualty",)),
    ("voiture piéger", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ()),
    ("voiture piégée", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ()),
    ("camion piéger", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ()),
    ("camion piégé", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ()),
    ("bombe", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 70, ()),
    ("explosion", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 65, ("needs_casualty",)),
    ("attentat-suicide", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("attentat suicide", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("kamikaze", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 94, ()),
    ("grenade", "Explosions/Remote violence", "Grenade", "ASSAULT", 82, ()),
    ("attentat", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 66, ()),
    # Battles
    ("combat", "Battles", "Armed clash", "ASSAULT", 60, ()),
    ("affrontement", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("accrochage", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("s' affronter", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("embuscade", "Battles", "Armed clash", "ASSAULT", 64, ()),
    ("offensive", "Battles", "Armed clash", "ASSAULT", 58, ()),
    ("assaut", "Battles", "Armed clash", "ASSAULT", 58, ()),
    ("bataille", "Battles", "Armed clash", "ASSAULT", 58, ()),
    ("progresser", "Battles", "Armed clash", "ASSAULT", 50, ("needs_armed_actor",)),
    ("avancer", "Battles", "Armed clash", "ASSAULT", 45, ("needs_armed_actor",)),
    ("reprendre le contrôle", "Battles", "Government regains territory", "ASSAULT", 52, ("needs_armed_actor",)),
    ("prendre le contrôle", "Battles", "Non-state actor overtakes territory", "ASSAULT", 52, ("needs_armed_actor",)),
    # Violence against civilians
    ("enlever", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ("needs_person_object",)),
    ("enlèvement", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("kidnapper", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("enlevé", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("otage", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 55, ()),
    ("massacre", "Violence against civilians", "Attack", "ASSAULT", 72, ()),
    ("massacrer", "Violence against civilians", "Attack", "ASSAULT", 72, ()),
    ("exécuter", "Violence against civilians", "Attack", "ASSAULT", 60, ("needs_person_object",)),
    # generic: typed by victims
    ("tuer", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("abattre", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("attaque", "Violence against civilians", "Attack", "ASSAULT", 35, ("generic",)),
    ("attaquer", "Violence against civilians", "Attack", "ASSAULT", 35, ("generic",)),
    ("ouvrir le feu", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    ("fusillade", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    # Protests and riots
    ("manifestation", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("manifester", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("manifestant", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("rassemblement", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_protest_context",)),
    ("sit-in", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("marche", "Protests", "Peaceful protest", "PROTEST", 35, ("needs_protest_context",)),
    ("émeute", "Riots", "Violent demonstration", "PROTEST", 70, ()),
    ("émeutier", "Riots", "Violent demonstration", "PROTEST", 70, ()),
    ("saccager", "Riots", "Violent demonstration", "PROTEST", 60, ()),
    ("lynchage", "Riots", "Mob violence", "ASSAULT", 70, ()),
]

# Words that make a protest a "Protest with intervention" / "Excessive force against protesters".
PROTEST_INTERVENTION = ["disperser", "gaz lacrymogène", "lacrymogène", "canon à eau", "interpeller", "arrêter", "matraque"]
PROTEST_LETHAL = ["tirer", "balle réelle", "tuer"]
RIOT_CUES = ["violent", "violente", "incendier", "pillage", "piller", "jet de pierres", "caillasser", "saccager", "vandaliser"]
PROTEST_CONTEXT = ["manifestant", "manifestants", "protestation", "colère", "revendication", "slogan", "pancarte", "grève"]

# casualty cues, matched on lemma or lower form
DEATH_CUES = [
    "tuer", "tué", "tués", "tuée", "tuées", "tuant", "mort", "morts", "morte", "mortes", "décès", "décéder", "décédé",
    "périr", "victime", "victimes", "corps", "cadavre", "bilan", "succomber", "vie", "abattre", "exécuter", "massacrer",
]
INJURY_CUES = ["blesser", "blessé", "blessés", "blessée", "blessées", "blessure", "blessures", "hospitaliser"]

# nouns for who is counted
CIVILIAN_NOUNS = [
    "civil", "civils", "civile", "civiles", "habitant", "habitants", "villageois", "enfant", "enfants", "femme", "femmes",
    "fidèle", "fidèles", "élève", "élèves", "passant", "passants", "déplacé", "déplacés", "réfugié", "réfugiés",
    "étudiant", "étudiants", "journaliste", "journalistes", "humanitaire", "humanitaires", "orpailleur", "orpailleurs",
    "commerçant", "commerçants", "agriculteur", "agriculteurs", "éleveur", "éleveurs", "bébé", "bébés", "famille",
]
COMBATANT_NOUNS = [
    "soldat", "soldats", "militaire", "militaires", "policier", "policiers", "gendarme", "gendarmes", "combattant",
    "combattants", "djihadiste", "djihadistes", "jihadiste", "jihadistes", "rebelle", "rebelles", "insurgé", "insurgés",
    "assaillant", "assaillants", "terroriste", "terroristes", "milicien", "miliciens", "casque bleu", "casques bleus",
    "homme", "hommes",
]
PERSON_NOUNS = ["personne", "personnes", "individu", "individus", "victime", "victimes", "gens"]

# factuality: a trigger governed by one of these lemmas is not (yet) an event
IRREALIS = [
    "tenter", "essayer", "chercher", "inciter", "menacer", "vouloir", "risquer", "éviter", "empêcher", "attirer",
    "provoquer", "planifier", "projeter", "préparer", "envisager", "redouter", "craindre", "soupçonner", "pouvoir",
    "appeler", "exiger", "promettre",
]
# words that say the victims were combatants (Airwars: discounted)
COMBATANT_CLAIM = ["combattant", "combattants", "djihadiste", "djihadistes", "terroriste", "terroristes"]

# targets that make a generic attack a battle (armed, organised opposition)
MILITARY_TARGETS = [
    "camp militaire", "base", "caserne", "poste", "position", "positions", "convoi", "patrouille", "check-point",
    "barrage", "garnison", "poste de police", "commissariat",
]

# determiners that make a singular event noun refer back to a known event ("la frappe", "cette attaque")
DEFINITE_DETERMINERS = ["le", "la", "l'", "ce", "cet", "cette"]
DEFINITE_DETERMINERS += ["son", "sa", "leur"]
# an event introduced by these is a time reference ("avant la frappe"), not a new report
TEMPORAL_PREPOSITIONS = ["avant", "après", "depuis", "lors"]
# unarmed crowds: a clash between one of these and the police is a riot, not a battle
RIOT_PARTICIPANTS = ["jeunes", "foule", "manifestants", "émeutiers", "protestataires"]
