"""French event lexicon: triggers, casualty cues, factuality cues.

A trigger is (phrase, event_type, sub_event_type, plover, priority, flags). Phrases are matched on
token lemma or lower-case form, word by word. Higher priority wins inside one sentence; "generic"
triggers (tuer, attaquer) only make an incident when no specific trigger is in the sentence.
Flags: "generic" (typed by its victims), "needs_armed_actor" (ambiguous word), "plural_generic_ok".
"""

# les organes dont un nom d'acte dit la mission (« la commission de désarmement », « le comité de désarmement ») :
# le nom ne dit alors aucun acte (drapeau "not_remit" ; events._remit_of_body)
REMIT_BODY_NOUNS = ["commission", "commissions", "comité", "comités", "conseil", "ministère", "ministre", "agence",
                    "bureau", "commissaire", "secrétariat", "direction"]

# les écrits où tient une protestation (« une note de protestation », « une lettre de protestation », « la note
# constitue une protestation ») : un acte diplomatique ou d'un corps, aucune manifestation (drapeau
# « not_in_writing » ; events._protest_in_writing)
PROTEST_DOCUMENT_NOUNS = ["note", "notes", "lettre", "lettres", "mémorandum", "mémorandums", "câble", "câbles",
                          "télégramme", "télégrammes", "communiqué", "communiqués", "message", "messages",
                          "déclaration", "déclarations", "résolution", "résolutions", "pétition", "pétitions"]

# les parties du corps où une balle touche quelqu'un (« touché à la poitrine », « atteint au ventre ») : les
# déclencheurs « toucher à le X », « atteindre au X » (TRIGGERS)
BODY_PARTS = ["poitrine", "tête", "ventre", "abdomen", "thorax", "jambe", "jambes", "bras", "cou", "dos", "épaule",
              "cuisse", "pied", "main", "visage", "nuque", "flanc", "bassin", "hanche", "genou", "bas-ventre"]

TRIGGERS = [
    # une menace précise faite contre quelqu'un (voir events_en): « des menaces de mort contre le juge »,
    # « a menacé de tuer le maire », « l'a menacé de mort »
    ("menace de mort", "Violence against civilians", "Attack", "THREATEN", 20, ("threat", "threat:kill")),
    ("menacer", "Violence against civilians", "Attack", "THREATEN", 20, ("threat", "threat:kill")),
    ("menacer", "Explosions/Remote violence", "Remote explosive/landmine/IED", "THREATEN", 21, ("threat", "threat:bomb")),
    # Explosions / Remote violence
    ("frappe aérien", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("frappe de drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    # une attaque de drones est une frappe de drone d'ACLED (EN "drone attack")
    ("attaque de drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ("not:civil_drone",)),
    ("attaque de drones", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ("not:civil_drone",)),
    # une frappe de missiles ou de roquettes est un tir de missiles d'ACLED (« une frappe de missile russe »), comme
    # "missile strike" en anglais, pas une frappe aérienne
    ("frappe de missile", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 92, ()),
    ("frappe de roquette", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 92, ()),
    ("raid aérien", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("bombardement aérien", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 91, ()),
    # le nom seulement : "la crise frappe les éleveurs" est le verbe ("noun_only")
    ("frappe", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 80, ("noun_only",)),
    ("frappes", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 80, ("noun_only",)),
    # le verbe, dit d'une force qui frappe des choses et non des gens, sans arme nommée (« l'armée russe affirme
    # avoir frappé des dépôts de munitions ») : la frappe, comme le nom et comme "struck" en anglais ; des
    # combattants à pied qui frappent un poste l'attaquent, qui frappe quelqu'un le bat (EN "strike")
    ("frapper", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 70,
        ("needs_armed_actor", "not_combatant_subject", "not_person_obj", "not_attributive")),
    # un drone qui pulvérise, cartographie ou livre ne frappe pas
    ("drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 60,
        ("needs_armed_actor", "not:civil_drone", "not:air_show", "not_civil_use")),
    # un drone qui touche un bâtiment ou une installation l'a frappé, qui que ce soit qui l'ait envoyé
    # (« des drones ont touché une raffinerie »)
    ("drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 59,
        ("needs:property", "not:civil_drone", "not:air_show", "not_civil_use")),
    # un drone qui largue une munition (« un drone a largué une grenade sur un poste », « une grenade larguée par un
    # drone ») a frappé depuis les airs : il passe avant la grenade (events._drops_munition)
    ("drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 88, ("needs_dropping",)),
    # un drone sujet d'un verbe de frappe, ou agent de son passif (« des drones ont bombardé des positions rebelles »,
    # events._striking_force) : il a frappé depuis les airs, comme l'armée de l'air, quoi qu'il ait touché
    ("drone", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89,
        ("needs_striking_force", "not:civil_drone", "not:air_show", "not_civil_use")),
    # un drone chargé d'explosifs lancé sur sa cible est une frappe de drone d'ACLED, pas une bombe posée
    ("drone piégé", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("drone chargé d'explosifs", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("drone kamikaze", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    # un drone armé frappe (EN "armed drone") ; un titre qui le dit fourni (« des drones armés pour l'armée ») : pas
    # d'acte (events._weapon_supplied)
    ("drone armé", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("drones armés", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    # l'avion l'emporte sur le missile qu'il a tiré ou le dépôt qu'il a détruit
    # des aéronefs montrés lors d'un meeting aérien ne frappent rien (classe de contexte air_show : « des avions de
    # chasse ont survolé la capitale lors du défilé aérien »)
    ("avion de chasse", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ("not:air_show", "not_hit_craft")),
    ("avion de combat", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ("not:air_show", "not_hit_craft")),
    ("avion militaire", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89,
        ("not_carrier", "not:air_show", "not_hit_craft")),
    ("aviation", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89,
        ("needs_armed_actor", "not:air_show")),
    # l'armée de l'air qui frappe, quoi qu'elle touche (« L'armée de l'air malienne a bombardé un campement » ; pas
    # « les rebelles ont attaqué le siège de l'armée de l'air » : events._striking_force)
    ("armée de l'air", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("needs_striking_force",)),
    ("force aérienne", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("needs_striking_force",)),
    ("forces aériennes", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("needs_striking_force",)),
    # l'hélicoptère de combat ou d'attaque l'emporte sur le bombardement qu'il fait (« des hélicoptères de combat
    # pilonnent des positions ») comme l'avion, et comme "attack helicopter" en anglais (89)
    ("hélicoptère de combat", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not:air_show", "not_hit_craft")),
    ("bombardement", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 75, ()),
    ("bombarder", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 74, ()),
    ("pilonnage", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 75, ()),
    ("obus", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("tir d'artillerie", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 78, ()),
    ("tirs d'artillerie", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 78, ()),
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
    # une charge posée (« une charge de dynamite a endommagé les bureaux du ministère ») : l'anglais « a
    # dynamite charge » par son mot « dynamite »
    ("charge de dynamite", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 71, ()),
    ("charge explosive", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 71, ()),
    ("explosion", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 65, ("needs_casualty", "not_accidental")),
    # « six personnes sont mortes dans la déflagration » : l'explosion, dite par un autre nom, qui a fait des victimes
    ("déflagration", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 65, ("needs_casualty", "not_accidental")),
    # une mort ou une explosion mise sur le compte de quelqu'un (« a accusé le FMLN de la mort de quatre
    # paysans », « responsable de l'explosion ») : un acte, sans chiffre des morts ; une mort par un verbe
    # d'accusation seulement (être « responsable de la mort de 12 000 personnes » peut résumer un bilan)
    ("explosion", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 64, ("noun_only", "needs_blame")),
    ("mort", "Violence against civilians", "Attack", "ASSAULT", 28, ("generic", "noun_only", "needs_accusation")),
    # « le crime » ne nomme un acte que comme un acte déjà dit, dans une imputation (« la main des narcotrafiquants est
    # derrière le crime », « le crime a été commis par deux hommes ») : pas d'acte à lui seul (events._one_act_blamed ;
    # incidents l'écarte quand aucun acte n'a été dit avant) ; « la criminalité augmente » n'en nomme aucun
    ("crime", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "noun_only", "told_act_only")),
    # un bilan dit sans mot d'acte en titre ou en chapeau (« Cinq morts à Ndiki », « Bilan : 7 morts et 12 blessés à
    # Obo », « Trois tués à Bouca ») : des gens ont été tués, par un côté que le texte ne nomme pas, comme « cinq
    # personnes ont été tuées » ; seulement quand rien d'autre dans sa phrase ne dit l'acte, que rien n'y dit une
    # cause qui n'est pas une violence (TOLL_ONLY_OTHER_CAUSES) et qu'un chiffre compte les morts
    # (events._toll_only, incidents)
    ("mort", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "noun_only", "lead_only", "toll_only")),
    ("tué", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "noun_only", "lead_only", "toll_only")),
    ("tués", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "noun_only", "lead_only", "toll_only")),
    ("attentat-suicide", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("attentat suicide", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("kamikaze", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 94, ()),
    ("grenade", "Explosions/Remote violence", "Grenade", "ASSAULT", 82, ()),
    ("attentat", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 66, ()),
    # Battles
    ("combat", "Battles", "Armed clash", "ASSAULT", 60, ()),
    # les combats au sein d'un camp (« des luttes intestines ont éclaté entre combattants kurdes ») ; les querelles
    # d'un parti n'en sont pas (un camp armé doit être nommé)
    ("luttes intestines", "Battles", "Armed clash", "ASSAULT", 60, ("needs_armed_actor",)),
    ("affrontement", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("accrochage", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("s' affronter", "Battles", "Armed clash", "ASSAULT", 62, ()),
    # « affronter » transitif : un camp armé qui en affronte un autre (« des soldats appuyés par des supplétifs ont
    # affronté des jihadistes »), non une difficulté affrontée
    ("affronter", "Battles", "Armed clash", "ASSAULT", 58, ("needs_armed_actor", "needs_armed_object")),
    ("embuscade", "Battles", "Armed clash", "ASSAULT", 64, ("typed_by_victims",)),
    # « une patrouille a été prise en embuscade » : l'embuscade, non une prise de territoire (« prise »)
    ("prendre en embuscade", "Battles", "Armed clash", "ASSAULT", 68, ("typed_by_victims",)),
    ("offensive", "Battles", "Armed clash", "ASSAULT", 58, ()),
    ("assaut", "Battles", "Armed clash", "ASSAULT", 58, ()),
    # harceler un poste ou des troupes : le feu des guérilleros sur une garnison (« ont harcelé la caserne »), pas
    # « la police harcèle les journalistes »
    ("harceler", "Battles", "Armed clash", "ASSAULT", 56, ("needs_armed_actor", "object:base")),
    ("harceler", "Battles", "Armed clash", "ASSAULT", 56, ("needs_armed_actor", "object:troops")),
    ("bataille", "Battles", "Armed clash", "ASSAULT", 58, ()),
    ("progresser", "Battles", "Armed clash", "ASSAULT", 50, ("needs_armed_actor",)),
    ("avancer", "Battles", "Armed clash", "ASSAULT", 45, ("needs_armed_actor",)),
    ("reprendre le contrôle", "Battles", "Government regains territory", "ASSAULT", 52, ("needs_armed_actor",)),
    ("prendre le contrôle", "Battles", "Non-state actor overtakes territory", "ASSAULT", 52, ("needs_armed_actor",)),
    # Violence against civilians
    ("enlever", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ("needs_person_obj",)),
    ("enlèvement", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("kidnapper", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("enlevé", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    # un otage tué est la victime de ce meurtre, pas un enlèvement de plus ("victim_noun")
    ("otage", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 55, ("victim_noun",)),
    # une mine que l'on fait exploser est une arme, pas une mine d'or
    ("faire exploser un mine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 84, ()),
    ("prise d'otage", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 72, ()),
    ("prise d'otages", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 72, ()),
    ("massacre", "Violence against civilians", "Attack", "ASSAULT", 72, ()),
    ("massacrer", "Violence against civilians", "Attack", "ASSAULT", 72, ()),
    # (pas une peine exécutée par l'État après un procès, « a exécuté un homme condamné à mort » : aucun fait de conflit,
    # JUDICIAL_PHRASES ; ni « exécuter un mandat », sans personne pour objet)
    ("exécuter", "Violence against civilians", "Attack", "ASSAULT", 60, ("needs_person_obj", "not_judicial")),
    ("exécution", "Violence against civilians", "Attack", "ASSAULT", 60, ("needs_person_obj", "not_judicial")),
    ("exécutions", "Violence against civilians", "Attack", "ASSAULT", 60, ("needs_person_obj", "not_judicial")),
    # le participe que le modèle lit comme un nom, avec son propre lemme (« une quinzaine de civils massacrés à
    # Bria » : « massacrés » NOUN, lemme « massacré »)
    ("massacré", "Violence against civilians", "Attack", "ASSAULT", 72, ("noun_only",)),
    ("massacrée", "Violence against civilians", "Attack", "ASSAULT", 72, ("noun_only",)),
    ("massacrés", "Violence against civilians", "Attack", "ASSAULT", 72, ("noun_only",)),
    ("massacrées", "Violence against civilians", "Attack", "ASSAULT", 72, ("noun_only",)),
    # generic: typed by victims
    ("tuer", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    # the model lemmatises "tue" as "taire": the inflected forms match on their lower-case form
    ("tue", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("tuent", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("abattre", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    # une personne retrouvée morte : tuée, par qui le texte peut ne pas le dire
    ("retrouver mort", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("attaque", "Violence against civilians", "Attack", "ASSAULT", 35, ("generic",)),
    ("attaquer", "Violence against civilians", "Attack", "ASSAULT", 35, ("generic",)),
    # « s'en prendre à » des personnes : les attaquer (typé par ses victimes), aucune prise de terrain (« des hommes
    # armés s'en sont pris à des commerçants », « une foule s'en est prise à un voleur présumé ») ; au-dessus de
    # la « prise » d'une ville que lit le participe « prise »
    ("en prendre", "Violence against civilians", "Attack", "ASSAULT", 68, ("generic", "needs_dative_person")),
    # des hommes armés qui "frappent" un poste l'attaquent (une crise ou une épidémie qui frappe n'est pas armée)
    ("frapper", "Violence against civilians", "Attack", "ASSAULT", 31, ("generic", "needs_armed_actor")),
    # en capitales le modèle ne lemmatise pas « ATTAQUÉE » : les participes se lisent en minuscules
    ("attaqué", "Violence against civilians", "Attack", "ASSAULT", 35, ("generic",)),
    ("attaquée", "Violence against civilians", "Attack", "ASSAULT", 35, ("generic",)),
    ("attaqués", "Violence against civilians", "Attack", "ASSAULT", 35, ("generic",)),
    ("attaquées", "Violence against civilians", "Attack", "ASSAULT", 35, ("generic",)),
    ("ouvrir le feu", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    # être la cible de tirs (« des pompiers ont essuyé les tirs des assaillants »)
    ("essuyer des tirs", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    ("essuyer les tirs", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    # tirer sur, mitrailler, cribler de balles quelqu'un, un coup de feu (typés par qui a été visé)
    ("tirer sur", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    # tirer sans complément, par un homme qui vient de sortir une arme (« l'homme a sorti un pistolet et a commencé à
    # tirer » : events.drew_weapon), non « tirer des conclusions »
    ("tirer", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_drawn_weapon")),
    # tirer à balles réelles (« les policiers ont tiré à balles réelles sur une foule »)
    ("tirer à balles réelles", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("tirer à balle réelle", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("mitrailler", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("cribler de balles", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    # tirer en arrosant (« ont arrosé de balles la voiture du maire », « la maison a été arrosée de rafales ») :
    # seulement avec des balles ou des rafales (events._shot_with), non « arroser les champs de pesticide »
    ("arroser", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_shot_with")),
    ("coup de feu", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("coups de feu", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("fusillade", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    ("incursion", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic",)),
    ("agresser", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("agression", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    # Protests and riots
    ("manifestation", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("manifester", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("manifestant", "Protests", "Peaceful protest", "PROTEST", 48, ("participant",)),
    ("rassemblement", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_protest_context",)),
    ("sit-in", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    # des manifestants couchés au sol comme morts (EN "die-in")
    ("die-in", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    # une manifestation dite par son geste, sans mot de manifestation : des gens qui s'enchaînent ou se collent
    # quelque part (« se sont enchaînés aux grilles », « s'étaient collés à la chaussée »)
    ("s' enchaîner", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("se coller", "Protests", "Peaceful protest", "PROTEST", 48, ("needs_crowd_doer",)),
    ("marche", "Protests", "Peaceful protest", "PROTEST", 35, ("needs_protest_context",)),
    ("émeute", "Riots", "Violent demonstration", "PROTEST", 70, ()),
    ("émeutier", "Riots", "Violent demonstration", "PROTEST", 70, ("participant",)),
    # un saccage par des gens non identifiés ou par un groupe armé (« des inconnus ont saccagé le siège du parti »,
    # « des hommes armés ont saccagé le dispensaire ») : des biens détruits ; par une foule, une émeute
    ("saccager", "Strategic developments", "Looting/property destruction", "ASSAULT", 61, ("needs_unknown_taker",)),
    # ... ou par des hommes en armes (« des militaires ont saccagé et pillé des boutiques ») : des biens saccagés sans
    # autre violence, comme l'anglais "ransack" ; pas une émeute
    ("saccager", "Strategic developments", "Looting/property destruction", "ASSAULT", 61, ("needs_armed_subject",)),
    ("saccager", "Riots", "Violent demonstration", "PROTEST", 60, ()),
    ("lynchage", "Riots", "Mob violence", "ASSAULT", 70, ()),
    ("lyncher", "Riots", "Mob violence", "ASSAULT", 70, ()),
    ("vindicte populaire", "Riots", "Mob violence", "ASSAULT", 70, ()),
    ("justice populaire", "Riots", "Mob violence", "ASSAULT", 70, ()),
    ("foule en colère", "Riots", "Mob violence", "ASSAULT", 60, ()),
    # more protest words; participants are people, never a generalisation
    ("protestataire", "Protests", "Peaceful protest", "PROTEST", 48, ("participant",)),
    ("marcheur", "Protests", "Peaceful protest", "PROTEST", 46, ("participant",)),
    ("gréviste", "Protests", "Peaceful protest", "PROTEST", 44, ("participant",)),
    # une route bloquée par une foule (non par l'armée ou la police) : une manifestation
    ("bloquer", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_crowd_doer", "object:roadway")),
    # ... ou barricadée : une route bloquée est une manifestation pacifique, une barricade ou des pneus brûlés la manière
    # d'une émeute (RIOT_CUES : « ont érigé des barricades de pneus enflammés »)
    ("barricader", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_crowd_doer", "object:roadway")),
    ("ériger des barricades", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_crowd_doer",)),
    ("dresser des barricades", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_crowd_doer",)),
    # le modèle lit « grévistes » après un nom comme un participe (lemme « grévister ») : le pluriel écrit
    ("grévistes", "Protests", "Peaceful protest", "PROTEST", 44, ("participant",)),
    ("protester", "Protests", "Peaceful protest", "PROTEST", 46, ("needs_protest_context",)),
    ("protestation", "Protests", "Peaceful protest", "PROTEST", 46, ("not_in_writing",)),
    ("marche pacifique", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("chaîne humaine", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("ville morte", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    # la manifestation latino-américaine où l'on frappe sur des casseroles (« un concert de casseroles »)
    ("concert de casseroles", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("concerts de casseroles", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("cacerolazo", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    # une effigie brûlée est le symbole de la manifestation, pas une émeute (RIOT_SYMBOLS)
    ("effigie", "Protests", "Peaceful protest", "PROTEST", 46, ()),
    # une grève dite sans le mot : des salariés qui débrayent, cessent le travail (pour une revendication) ou
    # paralysent leur secteur ; pas des inondations qui paralysent la circulation, la fin de la journée de travail
    ("débrayer", "Protests", "Peaceful protest", "PROTEST", 46, ()),
    ("cesser le travail", "Protests", "Peaceful protest", "PROTEST", 44, ("needs_crowd_subject", "needs:labour")),
    ("paralyser", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_crowd_subject",)),
    ("grève", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_protest_context",)),
    ("police anti-émeute", "Protests", "Protest with intervention", "PROTEST", 30, ("needs_protest_context",)),
    # more killings typed by their victims
    ("assassiner", "Violence against civilians", "Attack", "ASSAULT", 31, ("generic",)),
    ("assassinat", "Violence against civilians", "Attack", "ASSAULT", 31, ("generic",)),
    # un attentat contre la vie de quelqu'un est une attaque contre cette personne quelle qu'en soit
    # l'issue (MUC-4 STAGE OF EXECUTION « attempted ») : « un attentat contre la vie du sénateur X »,
    # « sorti indemne d'un attentat contre sa vie » (le possessif désigne la personne nommée avant)
    ("attentat contre la vie", "Violence against civilians", "Attack", "ASSAULT", 67, ("generic",)),
    ("attentat contre sa vie", "Violence against civilians", "Attack", "ASSAULT", 67, ("generic",)),
    ("attentat contre leur vie", "Violence against civilians", "Attack", "ASSAULT", 67, ("generic",)),
    ("attentat contre leurs vies", "Violence against civilians", "Attack", "ASSAULT", 67, ("generic",)),
    ("tentative d'assassinat", "Violence against civilians", "Attack", "ASSAULT", 67, ("generic",)),
    ("meurtre", "Violence against civilians", "Attack", "ASSAULT", 31, ("generic",)),
    ("égorger", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("décapiter", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("fusiller", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    # des corps retrouvés sont des gens tués (« les corps de deux paysans ont été retrouvés » ; les clés
    # MUC-4 en font un meurtre), sous un verbe de découverte seulement (« remis à leurs familles » : aucun)
    ("corps", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic", "needs_found")),
    ("cadavre", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic", "needs_found")),
    ("cadavres", "Violence against civilians", "Attack", "ASSAULT", 34, ("generic", "needs_found")),
    ("poignarder", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    # tuer par sa manière, comme en anglais « torture », « shot » (typés par leurs victimes) : « le corps
    # retrouvé avec des traces de torture », « grièvement blessé par balles »
    ("torture", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("torturer", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("blessé par balle", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("blessé par balles", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("blesser par balle", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    # une personne atteinte par une balle (« atteint par balle », « touchée par une balle perdue ») ou à une partie
    # du corps (« touché à la poitrine », « atteint au ventre ») : tirée dessus, typée par qui l'a été ; qu'elle en
    # meure ou non, le dit la phrase (« ... et est mort peu après », « est hors de danger »). Écrits en lemmes (« à le
    # poitrine » : « à la poitrine », « à l'épaule »)
    # sans mort dite, qui a été touché est blessé (drapeau « hits_person » : « Un policier atteint par balle ... est
    # hors de danger »)
    *[(f"{verb} {what}", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "hits_person"))
      for verb in ("atteindre", "toucher")
      for what in ("par balle", "par un balle", "d'un balle", "par un tir", "par des tirs",
                   *(f"{prep} {part}" for part in BODY_PARTS for prep in ("à le", "au")))],
    # blessé à mort : tué (« mortellement blessé », « blessé mortellement » ; « mortellement » dit la mort)
    ("mortellement blesser", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("blesser mortellement", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    ("tuerie", "Violence against civilians", "Attack", "ASSAULT", 36, ("generic",)),
    ("exaction", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "lead_only")),
    ("violence", "Violence against civilians", "Attack", "ASSAULT", 25, ("generic", "needs_casualty", "lead_only")),
    # la violence dite reprise ou en vague, dans le titre ou le chapeau (« regain de violence à Bria »), et
    # celle d'un groupe armé (« les violences des miliciens laissent des villages dévastés ») : il y a eu
    # violence, typée par ses victimes ou ses auteurs s'ils sont dits, sinon une attaque (« default_type »)
    ("regain de violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("regain de violences", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("recrudescence de la violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("recrudescence des violences", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("recrudescence de violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("recrudescence de violences", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("vague de violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("vague de violences", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("flambée de violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("flambée de violences", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("nouvelles violences", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("nouvelle violence", "Violence against civilians", "Attack", "ASSAULT", 26, ("generic", "lead_only", "default_type")),
    ("violence", "Violence against civilians", "Attack", "ASSAULT", 24, ("generic", "needs_armed_owner", "lead_only", "default_type")),
    # la violence dite par le verbe dont elle éclate ou grandit (RISING_VERBS), le verbe des noms ci-dessus (« les
    # violences reprennent à Bria », « la violence éclate ») : il y a eu violence, typée comme eux
    ("violence", "Violence against civilians", "Attack", "ASSAULT", 25, ("generic", "needs_rising", "lead_only", "default_type")),
    # la bavure : des forces qui frappent des civils par abus ou par erreur (« bavures des soldats à Kolo »), une
    # attaque faute d'autre type dit
    ("bavure", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "lead_only", "default_type")),
    # un « incident » qui fait des morts ou des blessés, dans le titre ou le chapeau ("5 morts dans un
    # incident armé"), typé par ses victimes ; un siège, typé par qui est assiégé
    ("incident", "Violence against civilians", "Attack", "ASSAULT", 24, ("generic", "needs_casualty", "lead_only")),
    ("assiéger", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic",)),
    # la police qui tire des gaz lacrymogènes ou fait usage de canons à eau intervient sur un rassemblement même
    # si aucun mot ne nomme la foule ; en acheter ou en interdire l'usage n'est pas un événement (events._fired)
    ("gaz lacrymogène", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    ("grenade lacrymogène", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    ("canon à eau", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    ("balle en caoutchouc", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_armed_actor", "needs_use_verb")),
    # un moyen de maintien de l'ordre « contre » une foule dans un titre sans verbe (« Gaz lacrymogène contre des
    # étudiants à Dakar ») : une foule qu'on disperse par la force (events._used_against_crowd)
    ("gaz lacrymogène", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_used_against_crowd",)),
    ("grenade lacrymogène", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_used_against_crowd",)),
    ("canon à eau", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_used_against_crowd",)),
    ("balle en caoutchouc", "Protests", "Protest with intervention", "PROTEST", 42, ("needs_used_against_crowd",)),
    # un camp armé qui cible un lieu (une ville, une base, un bâtiment) l'attaque, typé comme "attaquer" par ce
    # qui est touché ("les jihadistes ont ciblé une base") ; pas une réforme qui cible les commerces. "Prendre
    # d'assaut" : une attaque par des hommes armés, pas des supporters qui envahissent la pelouse
    ("cibler", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_subject", "object:place")),
    ("prendre d'assaut", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_actor")),
    # des hommes armés qui investissent un lieu ou y font irruption l'attaquent (« ont investi les villages de Kadawa et
    # Maru », « ont fait irruption dans le village ») ; pas un président investi, ni des fonds investis
    ("investir", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_subject", "object:place")),
    ("envahir", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_subject", "object:place")),
    ("faire irruption", "Violence against civilians", "Attack", "ASSAULT", 33, ("generic", "needs_armed_subject", "needs:place")),
    # une force mise en déroute a combattu ; des gens traqués, typés par qui est traqué
    ("déroute", "Battles", "Armed clash", "ASSAULT", 58, ("needs_armed_actor",)),
    ("débandade", "Battles", "Armed clash", "ASSAULT", 58, ("needs_armed_actor",)),
    ("traquer", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic",)),
    ("heurt", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("échauffourée", "Battles", "Armed clash", "ASSAULT", 60, ()),
    ("échange de tirs", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("accrochages", "Battles", "Armed clash", "ASSAULT", 62, ()),
    # chemical weapons
    ("arme chimique", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("attaque chimique", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("gaz toxique", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("gaz moutarde", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    # du chlore dit avec le traitement de l'eau (« du chlore dans le réseau d'eau potable ») n'est pas une arme
    ("chlore", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ("not:water_treatment",)),
    ("sarin", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("agent neurotoxique", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    # sexual violence
    ("viol", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    # violer un cessez-le-feu, une loi, un espace aérien : enfreindre, pas un viol (classe "rules")
    ("violer", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ("not:rules",)),
    ("viol collectif", "Violence against civilians", "Sexual violence", "ASSAULT", 76, ()),
    ("abuser", "Violence against civilians", "Sexual violence", "ASSAULT", 72, ("needs:women",)),
    ("violence sexuel", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("violences sexuelles", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("agression sexuel", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("agression sexuelle", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("abus sexuel", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    # territory: typed by who took it
    ("reprendre", "Battles", "Government regains territory", "ASSAULT", 68, ("territory", "needs:territory", "needs_object")),
    ("reconquérir", "Battles", "Government regains territory", "ASSAULT", 68, ("territory", "needs:territory", "needs_object")),
    ("reconquête", "Battles", "Government regains territory", "ASSAULT", 68, ("territory", "needs:territory")),
    ("libérer", "Battles", "Government regains territory", "ASSAULT", 67, ("territory", "needs:area", "needs_object")),
    ("libération", "Battles", "Government regains territory", "ASSAULT", 67, ("territory", "needs:area")),
    ("chasser", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("expulser", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("déloger", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    ("repousser", "Battles", "Government regains territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object", "needs_armed_object")),
    # qui a pris le contrôle type ceux-ci (forces de l'État : reprise ; groupe non étatique : prise)
    ("prendre le contrôle", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory")),
    # des militaires qui prennent le pouvoir : un coup d'État, l'« Other » d'ACLED (aucun terrain pris à un camp) ;
    # un parti qui « a pris le pouvoir » par les urnes n'est pas un camp armé
    ("prendre le pouvoir", "Strategic developments", "Other", "ASSAULT", 66, ("needs_armed_actor",)),
    ("emparer du pouvoir", "Strategic developments", "Other", "ASSAULT", 66, ("needs_armed_actor",)),
    ("s' emparer", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "not:property", "not:weapon")),
    ("emparer", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    ("conquérir", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    # un lieu capturé, comme l'anglais "capture" (« les militaires ont capturé trois bases rebelles »); des personnes
    # capturées restent une arrestation (plus bas, needs_person_obj)
    ("capturer", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory", "needs:territory", "needs_object")),
    # une ville prise par un camp armé : « prendre » seulement avec un territoire pour objet propre, comme l'anglais
    # "take" (« des hommes armés ont pris la ville de Kidal », pas « a pris la parole »)
    ("prendre", "Battles", "Non-state actor overtakes territory", "ASSAULT", 64,
     ("territory", "needs_territory_object", "needs_armed_actor")),
    ("occuper", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ("territory", "needs:territory", "needs_object")),
    ("tomber entre les mains", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory",)),
    ("tomber aux mains", "Battles", "Non-state actor overtakes territory", "ASSAULT", 67, ("territory",)),
    # Strategic developments
    ("se retirer", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("needs:territory",)),
    ("retrait", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("needs:territory",)),
    # (pas un campement de manifestants que la police évacue : « not:crowd », une dispersion)
    ("évacuer", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 66, ("needs:territory", "needs_armed_actor", "not_object:evacuees", "not:crowd")),
    # un camp armé qui quitte un lieu ou une base, sujet du verbe, le lieu son objet (« les soldats français ont
    # quitté la base de Ménaka ») : transfert sans combat (un retrait), dit sans mot de retrait
    ("quitter", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 66, ("needs_armed_subject", "needs_territory_object")),
    ("quitter", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 66, ("needs_armed_subject", "object:base")),
    ("sans résistance", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("sans combat", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("passation", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("needs:territory",)),
    ("cessez-le-feu", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("trêve", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("accord de paix", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("accord", "Strategic developments", "Agreement", "AGREE", 60, ()),
    ("signer", "Strategic developments", "Agreement", "AGREE", 58, ("needs:accord",)),
    ("échange de prisonniers", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("échange", "Strategic developments", "Agreement", "AGREE", 60, ("needs:accord",)),
    # le verbe ("ont échangé des prisonniers"), pas des tirs échangés (pas de prisonniers ni d'accord)
    ("échanger", "Strategic developments", "Agreement", "AGREE", 60, ("needs:accord",)),
    # les camps s'échangent leurs morts ou leurs captifs (« ont échangé les corps de combattants tués »)
    ("échanger", "Strategic developments", "Agreement", "AGREE", 60, ("needs:swapped",)),
    ("échange", "Strategic developments", "Agreement", "AGREE", 60, ("needs:swapped",)),
    # un camp qui entre sur le terrain que l'autre a quitté (« sont entrés dans la ville après le retrait de
    # l'armée ») : le terrain a changé de mains sans combat
    ("entrer", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70,
     ("needs:territory", "needs_armed_actor", "needs_withdrawal")),
    ("reddition", "Strategic developments", "Agreement", "AGREE", 57, ()),
    # des captifs libérés à l'issue de négociations ou d'une médiation : une libération consentie par les
    # ravisseurs est un accord pour l'ACLED, pas l'enlèvement qu'elle clôt (« les otages ont été libérés à
    # l'issue de négociations ») ; une libération par la force (« lors d'un assaut ») ou sans pourparlers
    # garde son type
    ("libérer", "Strategic developments", "Agreement", "AGREE", 71, ("needs:negotiation", "needs_person_obj")),
    ("relâcher", "Strategic developments", "Agreement", "AGREE", 71, ("needs:negotiation", "needs_person_obj")),
    # le nom : « la libération des otages a été obtenue après des négociations » (events._person_object : le
    # complément en « de » du nom, qui est sujet ou objet, pas « les négociations pour la libération »)
    ("libération", "Strategic developments", "Agreement", "AGREE", 71, ("needs:negotiation", "needs_person_obj")),
    # des combattants qui déposent les armes changent d'activité, comme l'anglais "lay down their arms" (une
    # reddition aux forces, « se rendre », est un accord)
    ("déposer les armes", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ()),
    # des combattants qui se rendent aux forces armées ou aux autorités : une reddition (pas « le ministre s'est
    # rendu à Diffa », ni « la délégation s'est rendue à Niamey »)
    ("se rendre", "Strategic developments", "Agreement", "AGREE", 57, ("needs_armed_subject", "object:surrender_to")),
    ("arrestation", "Strategic developments", "Arrests", "COERCE", 44, ()),
    # une personne emmenée par des gens non identifiés (« emmené par des hommes en civil », « des hommes
    # cagoulés ont embarqué ») : une disparition forcée pour l'ACLED ; par la police, une arrestation
    ("emmener", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62,
     ("needs_person_obj", "needs_unknown_taker")),
    ("embarquer", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62,
     ("needs_person_obj", "needs_unknown_taker")),
    # une interpellation par des gens non identifiés (« son interpellation par des hommes en civil ») : une
    # disparition forcée, pas une arrestation
    ("interpellation", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62,
     ("needs_unknown_taker",)),
    ("arrestation", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 62,
     ("needs_unknown_taker",)),
    ("interpeller", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("interpellation", "Strategic developments", "Arrests", "COERCE", 44, ()),
    # des personnes interceptées par les forces sont arrêtées ; des armes interceptées restent une saisie
    ("intercepter", "Strategic developments", "Arrests", "COERCE", 44, ("needs_person_obj", "needs_armed_subject")),
    ("appréhender", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("arrêter", "Strategic developments", "Arrests", "COERCE", 44, ("needs:person",)),
    # des combattants arrêtés (« des soldats ont arrêté quinze insurgés présumés ») : l'objet en est un, que le
    # contexte « person » ne nomme pas (pas « l'armée a arrêté l'avancée des jihadistes », ni « un voleur »)
    ("arrêter", "Strategic developments", "Arrests", "COERCE", 44, ("needs_fighter_obj",)),
    ("garde à vue", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("écrouer", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("installer", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("établir", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    # une base ouverte par une force armée (« la milice a ouvert une nouvelle base », l'anglais "opened a new base"); la
    # base pour objet, pas « ont ouvert le feu sur la base »
    ("ouvrir", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("object:base", "needs_armed_actor")),
    ("implanter", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("construire", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("créer", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("needs:base",)),
    ("déployer", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ("not_object:crowd_control",)),
    ("déploiement", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("redéployer", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ("not_object:crowd_control",)),
    ("dépêcher", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ("needs:troops",)),
    ("envoyer", "Strategic developments", "Change to group/activity", "MOBILIZE", 40, ("needs:troops",)),
    ("renforcer", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ("needs:troops",)),
    ("mobiliser", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("faire défection", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ()),
    ("défection", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ()),
    ("exercice militaire", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    # disrupted weapons use: seized, found or defused weapons outrank the bomb they name
    ("saisir", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon", "not_person_obj")),
    ("saisie", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("confisquer", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("découvrir", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("découverte", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("trouver", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("récupérer", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("intercepter", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon", "not_person_obj")),
    ("détruire", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon", "object:weapon")),
    ("démanteler", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon",)),
    ("neutraliser", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ("needs:weapon", "object:weapon")),
    # des combattants "neutralisés" sont tués : typé par qui ils sont
    ("neutraliser", "Violence against civilians", "Attack", "ASSAULT", 30, ("generic", "needs_person_obj")),
    ("désamorcer", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("cache d'armes", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("déminage", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    # looting and property destruction (a riot when protesters do it: the protest trigger wins)
    ("destruction", "Strategic developments", "Looting/property destruction", "ASSAULT", 45, ("needs:property", "not_accidental")),
    ("piller", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("pillage", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("incendier", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("not:field_burning",)),
    # explosifs contre des biens (« dynamité un pont », « fait sauter un pylône ») ; le sabotage détruit
    ("dynamiter", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 71, ()),
    # l'acte par son nom (« a revendiqué le dynamitage d'un tronçon de l'oléoduc »)
    ("dynamitage", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 71, ()),
    ("dynamité", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 71, ()),
    ("faire sauter", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 69, ()),
    ("saboter", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("sabotage", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    # une infrastructure abattue (« les rebelles ont abattu un pylône ») : destruction, pas une attaque contre des personnes
    ("abattre", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("object:property",)),
    ("mettre le feu", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("not:field_burning",)),
    ("vandaliser", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("brûler", "Strategic developments", "Looting/property destruction", "ASSAULT", 45, ("needs:property", "not_accidental")),
    # des hommes armés qui détruisent des biens (« les rebelles ont détruit la mairie ») ; une crue ou un
    # incendie n'est pas un acteur
    ("détruire", "Strategic developments", "Looting/property destruction", "ASSAULT", 44,
     ("needs_armed_subject", "needs:property")),
    # des aéronefs détruits au sol par des hommes armés (« les guérilleros ont détruit deux avions militaires au sol ») :
    # ce que l'acte a frappé, non une frappe aérienne (events._craft_hit)
    ("détruire", "Strategic developments", "Looting/property destruction", "ASSAULT", 44,
     ("needs_armed_subject", "object:aircraft_hit")),
    # "Other" strategic development (ACLED): a mass grave found, whatever the bodies say of the killings
    # un convoi ou des voyageurs qu'un camp armé force à revenir (« contraint de rebrousser chemin par des rebelles »)
    ("contraint de rebrousser chemin", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("contraint de faire demi-tour", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("contraints de rebrousser chemin", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("contraints de faire demi-tour", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("contrainte de rebrousser chemin", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("contrainte de faire demi-tour", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("obligé de rebrousser chemin", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("obligé de faire demi-tour", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("obligés de rebrousser chemin", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("obligés de faire demi-tour", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("forcé à rebrousser chemin", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("forcé à faire demi-tour", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("forcé de rebrousser chemin", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("forcé de faire demi-tour", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("forcés à rebrousser chemin", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("forcés à faire demi-tour", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("forcés de rebrousser chemin", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("forcés de faire demi-tour", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("contraindre à rebrousser chemin", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("contraindre à faire demi-tour", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("obliger à rebrousser chemin", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    ("forcer à rebrousser chemin", "Strategic developments", "Other", "COERCE", 40, ("needs_armed_actor", "lead_only")),
    # le mot du retour séparé du verbe qui force par ses agents ou son objet (« contraint par les rebelles de faire
    # demi-tour », « des rebelles obligent des camions à rebrousser chemin ») : un verbe de COERCION_VERBS peu avant
    # (events._coercer)
    ("rebrousser chemin", "Strategic developments", "Other", "COERCE", 39, ("needs_armed_actor", "lead_only", "needs_coercion")),
    ("faire demi-tour", "Strategic developments", "Other", "COERCE", 39, ("needs_armed_actor", "lead_only", "needs_coercion")),
    ("demi-tour", "Strategic developments", "Other", "COERCE", 38, ("needs_armed_actor", "lead_only", "needs_coercion")),
    ("charnier", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    ("fosse commune", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    # une fosse secrète de plusieurs corps (« une fosse clandestine contenant 17 corps a été découverte »)
    ("fosse clandestine", "Strategic developments", "Other", "ASSAULT", 74, ("with_casualties", "needs_discovery")),
    # définitions ACLED, mot à mot (2 décembre au soir) : frappes aériennes par l'appareil ou la manière
    ("frappe aérienne", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("frappes aériennes", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("raid de l'aviation", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    ("drone armé", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("drones armés", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 92, ()),
    ("aéronef", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 88, ("not_carrier", "not:air_show", "not_hit_craft")),
    # l'avion d'une armée ou d'un groupe armé qui bombarde (« des avions de l'armée ont bombardé ») ; EN "jet",
    # "aircraft" ; un avion de ligne sans acteur armé n'est rien
    ("avion", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 86,
        ("needs_armed_actor", "not_carrier", "not:air_show", "not_hit_craft")),
    ("avion de guerre", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ("not:air_show", "not_hit_craft")),
    ("hélicoptère", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 64,
        ("needs_armed_actor", "needs_casualty", "not:air_show", "not_hit_craft")),
    ("hélicoptère d'attaque", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 89, ("not:air_show", "not_hit_craft")),
    ("baril d'explosifs", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ()),
    # les bombes larguées d'un avion (« une bombe guidée russe a frappé un magasin », « une bombe planante ») : une
    # frappe aérienne (en lemmes : « bombe guider », « bombe planer » selon le modèle, les deux formes)
    *[(f"bombe {adj}", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 90, ())
      for adj in ("guidée", "guider", "planante", "planant", "aérienne", "aérien", "aéroporté", "aéroportée")],
    ("bombardement de l'aviation", "Explosions/Remote violence", "Air/drone strike", "ASSAULT", 91, ()),
    # bombardements, artillerie, missiles : le canon, l'obus, le lance-roquettes (une roquette antichar est un tir, pas une grenade lancée)
    ("artillerie", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("pilonner", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 74, ()),
    ("lance-roquettes", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 77, ()),
    ("tir de mortier", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("tirs de mortier", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("obus de mortier", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 76, ()),
    ("tir de roquettes", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 77, ()),
    ("tirs de roquettes", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 77, ()),
    ("roquette antichar", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 83, ()),
    ("lance-grenades", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 83, ()),
    ("missile balistique", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 78, ()),
    ("katioucha", "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", 77, ()),
    # engins explosifs à distance
    ("EEI", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("mine antipersonnel", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("mine antichar", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("bombe artisanale", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("colis piégé", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("engin piégé", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("véhicule piégé", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("moto piégée", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("voiture piégée", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("bombe magnétique", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 86, ()),
    ("engin explosif", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    # attentats-suicides : la ceinture ou le gilet
    ("ceinture d'explosifs", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("ceinture explosive", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("gilet explosif", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("gilet d'explosifs", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    # des explosifs portés sur le corps : le kamikaze les portait (« une bombe attachée à son corps »)
    ("attachée à son corps", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ("worn",)),
    ("attachés à son corps", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ("worn",)),
    ("attachées à son corps", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ("worn",)),
    ("ceinture piégée", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("gilet piégé", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("kamikazes", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("attentat kamikaze", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("voiture piégée kamikaze", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    ("se faire exploser", "Explosions/Remote violence", "Suicide bomb", "ASSAULT", 95, ()),
    # armes chimiques
    ("gaz sarin", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("ypérite", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("gaz chloré", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("agent chimique", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("substance toxique", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("gaz de combat", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("munition chimique", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("bombe chimique", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("obus chimique", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("frappe chimique", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    ("gaz de chlore", "Explosions/Remote violence", "Chemical weapon", "ASSAULT", 97, ()),
    # violences sexuelles
    ("esclavage sexuel", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("exploitation sexuelle", "Violence against civilians", "Sexual violence", "ASSAULT", 74, ()),
    ("harcèlement sexuel", "Violence against civilians", "Sexual violence", "ASSAULT", 72, ()),
    ("viols", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ()),
    ("violée", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ("not:rules",)),
    ("violées", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ("not:rules",)),
    ("violés", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ("not:rules",)),
    # le participe que l'analyseur lit parfois comme un nom (« accusés d'avoir violé plusieurs femmes »)
    ("violé", "Violence against civilians", "Sexual violence", "ASSAULT", 75, ("not:rules",)),
    ("attouchement", "Violence against civilians", "Sexual violence", "ASSAULT", 73, ()),
    ("mariage forcé", "Violence against civilians", "Sexual violence", "ASSAULT", 72, ()),
    # enlèvements et disparitions forcées
    ("disparition forcée", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 72, ()),
    ("disparitions forcées", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 72, ()),
    ("séquestrer", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 68, ()),
    ("séquestration", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 68, ()),
    ("kidnapping", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("rapt", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("rançon", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 56, ()),
    ("lieu inconnu", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ()),
    ("destination inconnue", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ()),
    # ce qu'on ne sait pas des personnes emmenées (« son sort reste inconnu ») ; EN "whereabouts unknown"
    ("sort reste inconnu", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ("person_owner",)),
    ("sort demeure inconnu", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ("person_owner",)),
    ("sort est inconnu", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ("person_owner",)),
    ("sort restait inconnu", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 43, ("person_owner",)),
    ("enlevées", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("enlevés", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    ("prendre en otage", "Violence against civilians", "Abduction/forced disappearance", "COERCE", 70, ()),
    # affrontements armés : un échange de tirs entre parties armées
    ("échanger des tirs", "Battles", "Armed clash", "ASSAULT", 63, ()),
    ("échange de coups de feu", "Battles", "Armed clash", "ASSAULT", 63, ()),
    ("contre-attaque", "Battles", "Armed clash", "ASSAULT", 60, ('needs_armed_actor',)),
    ("contre-offensive", "Battles", "Armed clash", "ASSAULT", 60, ('needs_armed_actor',)),
    ("riposter", "Battles", "Armed clash", "ASSAULT", 58, ('needs_armed_actor',)),
    ("combattre", "Battles", "Armed clash", "ASSAULT", 58, ('needs_armed_actor',)),
    ("se battre", "Battles", "Armed clash", "ASSAULT", 58, ('needs_armed_actor',)),
    # des partisans qui se battent n'ont pas besoin d'un camp armé (typé « mob violence » : events.refine_type),
    # comme l'anglais "fight"
    ("se battre", "Battles", "Armed clash", "ASSAULT", 57, ("needs_partisan_subject",)),
    # une bagarre, une rixe : entre camps armés un combat, entre partisans ou gens qui se battent entre eux la
    # bagarre d'une foule (« bagarre entre étudiants », typée « mob violence » : events.refine_type)
    ("bagarre", "Battles", "Armed clash", "ASSAULT", 56, ("needs_partisan_subject",)),
    ("rixe", "Battles", "Armed clash", "ASSAULT", 56, ("needs_partisan_subject",)),
    ("repousser une attaque", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("fusillade", "Battles", "Armed clash", "ASSAULT", 34, ('generic',)),
    # territoire : reprise, chute, passation sans combat
    ("reprendre le contrôle", "Battles", "Government regains territory", "ASSAULT", 68, ('territory',)),
    ("recouvrer le contrôle", "Battles", "Government regains territory", "ASSAULT", 68, ('territory',)),
    ("reprise", "Battles", "Government regains territory", "ASSAULT", 67, ('territory', 'needs:territory')),
    ("chute", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ('territory', 'needs:territory')),
    ("prise", "Battles", "Non-state actor overtakes territory", "ASSAULT", 66, ('territory', 'needs:territory')),
    ("aucune résistance", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ('negation_ok',)),
    ("dissolution", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ('needs_armed_actor',)),
    ("nouvelle alliance", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("nouvelle coalition", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("nouveau groupe armé", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("sans coup férir", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("sans affrontement", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("sans combats", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("céder", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ('needs:territory',)),
    ("abandonner", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 68, ('needs:territory', 'needs_armed_actor')),
    ("remettre le contrôle", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    # le contrôle transféré à une force armée (« le contrôle du poste frontière a été transféré à l'armée »)
    ("transférer", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("object:control", "needs:territory", "needs_armed_actor")),
    # remettre ou rétrocéder une base, une ville à une autre force (EN "hand over the base")
    ("remettre", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("object:territory", "needs_armed_actor")),
    ("rétrocéder", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("object:territory", "needs_armed_actor")),
    # une base ou un camp remis ou rétrocédé (« la Minusma a rétrocédé le camp de Tessalit aux FAMa »)
    ("remettre", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("object:base", "needs_armed_actor")),
    ("rétrocéder", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ("object:base", "needs_armed_actor")),
    ("rétrocession", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 69, ()),
    # manifestations : grèves, foules dans la rue
    ("grève générale", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("grève de la faim", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("en grève", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("se mettre en grève", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("descendre dans la rue", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("battre le pavé", "Protests", "Peaceful protest", "PROTEST", 52, ()),
    ("défiler", "Protests", "Peaceful protest", "PROTEST", 48, ('needs_crowd_subject',)),
    ("marcher", "Protests", "Peaceful protest", "PROTEST", 40, ('needs_crowd_subject',)),
    # une marche dite par ceux qui marchent (« une marche de l'opposition », « la marche des enseignants ») : _crowd_marches
    ("marche", "Protests", "Peaceful protest", "PROTEST", 35, ('needs_crowd_subject',)),
    ("se rassembler", "Protests", "Peaceful protest", "PROTEST", 44, ('needs_crowd_subject',)),
    ("rassembler", "Protests", "Peaceful protest", "PROTEST", 40, ('needs_crowd_subject',)),
    # une foule qui s'est réunie (« une foule s'est réunie devant le palais de justice »), comme « se rassembler »
    ("se réunir", "Protests", "Peaceful protest", "PROTEST", 40, ('needs_crowd_subject',)),
    # un rassemblement à la mémoire de quelqu'un est une manifestation pacifique pour ACLED (« se sont
    # rassemblés en hommage aux victimes », « pour rendre hommage à », « une marche blanche »)
    ("se rassembler", "Protests", "Peaceful protest", "PROTEST", 44, ("needs_commemoration",)),
    ("rassembler", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_commemoration",)),
    ("se réunir", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_commemoration",)),
    ("réunir", "Protests", "Peaceful protest", "PROTEST", 38, ("needs_commemoration",)),
    ("marche", "Protests", "Peaceful protest", "PROTEST", 35, ("needs_commemoration",)),
    ("rassemblement", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_commemoration",)),
    ("veillée", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_commemoration",)),
    ("marche blanche", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("marche silencieuse", "Protests", "Peaceful protest", "PROTEST", 48, ()),
    ("veillée aux chandelles", "Protests", "Peaceful protest", "PROTEST", 44, ()),
    # une manifestation dite par son verbe d'organisation (« ont organisé un rassemblement », « une
    # marche a été organisée »)
    ("rassemblement", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_support_verb",)),
    ("marche", "Protests", "Peaceful protest", "PROTEST", 35, ("needs_support_verb",)),
    ("veillée", "Protests", "Peaceful protest", "PROTEST", 40, ("needs_support_verb",)),
    ("manifestations", "Protests", "Peaceful protest", "PROTEST", 50, ()),
    ("manifestants", "Protests", "Peaceful protest", "PROTEST", 48, ('participant',)),
    # émeutes et violence de foule
    ("casseur", "Riots", "Violent demonstration", "PROTEST", 70, ('participant',)),
    ("prendre d'assaut", "Riots", "Violent demonstration", "PROTEST", 40, ('needs_protest_context',)),
    ("passer à tabac", "Violence against civilians", "Attack", "ASSAULT", 32, ('generic',)),
    ("tabasser", "Violence against civilians", "Attack", "ASSAULT", 32, ('generic',)),
    # des tirs à travers une frontière ou une ligne de contrôle entre deux armées (« des tirs transfrontaliers »)
    ("tirs transfrontaliers", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("tir transfrontalier", "Battles", "Armed clash", "ASSAULT", 62, ()),
    ("brûler vif", "Violence against civilians", "Attack", "ASSAULT", 33, ('generic',)),
    ("lapider", "Riots", "Mob violence", "ASSAULT", 66, ()),
    ("lapidation", "Riots", "Mob violence", "ASSAULT", 66, ()),
    # accords : traités et pactes signés
    ("traité", "Strategic developments", "Agreement", "AGREE", 60, ()),
    ("pacte", "Strategic developments", "Agreement", "AGREE", 58, ()),
    ("armistice", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("protocole d'accord", "Strategic developments", "Agreement", "AGREE", 60, ()),
    ("accord de cessez-le-feu", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("traité de paix", "Strategic developments", "Agreement", "AGREE", 63, ()),
    ("pacte de non-agression", "Strategic developments", "Agreement", "AGREE", 63, ()),
    # arrestations
    # des personnes capturées par un groupe rebelle ou armé non identifié sont enlevées, pas arrêtées (ACLED : les
    # arrestations sont le fait de l'Etat, ou d'une autorité qui tient le terrain) : « des jihadistes ont capturé deux
    # soldats » (events.refine_type, "taken_if_non_state")
    ("capturer", "Strategic developments", "Arrests", "COERCE", 46, ('needs_person_obj', "taken_if_non_state")),
    ("rafle", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("placer en détention", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("arrestations", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("interpellé", "Strategic developments", "Arrests", "COERCE", 44, ()),
    ("interpellés", "Strategic developments", "Arrests", "COERCE", 44, ()),
    # changements de groupe ou d'activité : fusions, allégeances, recrutement, renforts, désarmement
    ("fusion", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ('needs:group',)),
    ("fusionner", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    # un groupe armé qui renonce à la lutte armée ou devient un parti change d'activité (EN "end its armed struggle")
    ("renoncer à la lutte armée", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("mettre fin à la lutte armée", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("abandonner la lutte armée", "Strategic developments", "Change to group/activity", "MOBILIZE", 55, ("announced_ok",)),
    ("devenir un parti politique", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("announced_ok",)),
    ("se transformer en parti politique", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("announced_ok",)),
    ("scission", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ()),
    ("prêter allégeance", "Strategic developments", "Change to group/activity", "MOBILIZE", 58, ()),
    ("faire allégeance", "Strategic developments", "Change to group/activity", "MOBILIZE", 58, ()),
    ("allégeance", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ()),
    ("recruter", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("recrutement", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("renfort", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("renforts", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ()),
    ("nommer", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ('needs:leader',)),
    # un groupe armé qui désigne son chef (« a désigné un nouveau chef »)
    ("désigner", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ("object:leader", "needs_armed_actor")),
    # (le nom de ce à quoi sert un organe, « la commission de désarmement », n'en dit aucun : REMIT_BODY_NOUNS)
    ("désarmement", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("not_remit",)),
    ("démobilisation", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ()),
    ("désarmer", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ()),
    ("manœuvres militaires", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    ("exercices militaires", "Strategic developments", "Change to group/activity", "MOBILIZE", 42, ()),
    # usage d'armes déjoué : attaques déjouées, drones et missiles interceptés ou abattus, mines retirées
    ("déjouer", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ('needs:weapon',)),
    ("abattre", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ('needs:aircraft',)),
    ("défense aérienne", "Strategic developments", "Disrupted weapons use", "COERCE", 87, ('needs:weapon',)),
    ("défense antiaérienne", "Strategic developments", "Disrupted weapons use", "COERCE", 87, ('needs:weapon',)),
    ("déminer", "Strategic developments", "Disrupted weapons use", "COERCE", 86, ()),
    ("explosion contrôlée", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("dépôt d'armes", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("atelier de fabrication de bombes", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    # là où se fabriquent des engins explosifs ou des armes (EN "IED factory")
    ("atelier de fabrication d'engins explosifs", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("fabrique d'engins explosifs", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("fabrique d'armes", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    ("usine d'armes", "Strategic developments", "Disrupted weapons use", "COERCE", 88, ()),
    # pillages et destructions de biens
    ("démolir", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ("not_accidental",)),
    ("démolition", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("raser", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ('needs:property',)),
    ("saccage", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("voler", "Strategic developments", "Looting/property destruction", "ASSAULT", 45, ('needs_verb_object', 'needs:property')),
    ("vol de bétail", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    # des biens emportés par ceux qui les prennent (« des voleurs de bétail ont emporté deux cents bœufs »), l'anglais
    # "made off with 150 head of cattle" ; pas des maisons emportées par une crue (not_accidental, not_disaster)
    ("emporter", "Strategic developments", "Looting/property destruction", "ASSAULT", 44,
     ("needs_verb_object", "needs:property", "not_accidental", "not_disaster")),
    ("incendie criminel", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    # l'incendie mis par un acteur armé que la phrase nomme (« l'incendie de quatre autobus a été provoqué par des
    # commandos du FMLN ») ; un incendie sans personne d'armé est un accident (« l'incendie de l'entrepôt »)
    ("incendie", "Strategic developments", "Looting/property destruction", "ASSAULT", 45,
     ("noun_only", "needs:property", "not_accidental", "needs_armed_actor")),
    ("cocktail molotov", "Strategic developments", "Looting/property destruction", "ASSAULT", 47, ()),
    ("mettre à sac", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("incendié", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("incendiées", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("incendiés", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    ("incendiée", "Strategic developments", "Looting/property destruction", "ASSAULT", 46, ()),
    # « Other » d'ACLED : expulsions, déplacements, essais d'armes, tunnels découverts
    # des personnes chassées (« expulsé 300 migrants ») ; des diplomates expulsés relèvent de la diplomatie
    ("expulser", "Strategic developments", "Other", "ASSAULT", 40, ('not:diplomat',)),
    ("expulsion", "Strategic developments", "Other", "ASSAULT", 42, ('not:diplomat',)),
    ("expulsions", "Strategic developments", "Other", "ASSAULT", 42, ('not:diplomat',)),
    ("tir d'essai", "Strategic developments", "Other", "ASSAULT", 78, ()),
    ("essai de missile", "Strategic developments", "Other", "ASSAULT", 78, ()),
    ("essai nucléaire", "Strategic developments", "Other", "ASSAULT", 78, ()),
    ("exode", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("déplacement forcé", "Strategic developments", "Other", "ASSAULT", 42, ()),
    ("fuir leurs maisons", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("fuir leurs villages", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("fuir leurs foyers", "Strategic developments", "Other", "ASSAULT", 40, ()),
    # une foule comptée par un mot de nombre qui fuit un lieu (« Des milliers de déplacés ont fui Djibo ») : un
    # déplacement (events._crowd_fled_place)
    ("fuir", "Strategic developments", "Other", "ASSAULT", 38, ("needs_crowd_fled_place",)),
    # des gens qui fuient des combats ou des violences, ce qu'ils ont fui et non la nouvelle (« ont fui les combats en
    # Ituri », l'anglais "fled the fighting")
    ("fuir les combats", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("fuir les violences", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("fuir les affrontements", "Strategic developments", "Other", "ASSAULT", 40, ()),
    # chassés de chez eux, dit au passif (« 3 000 familles ont été déplacées de leurs villages »), l'anglais "displaced
    # from their homes"
    ("déplacer de leurs villages", "Strategic developments", "Other", "ASSAULT", 40, ()),
    # des gens comptés dits déplacés, participe de titre ou nom (« plus de 10 000 personnes déplacées », « plus de
    # 20 000 déplacés ») : le déplacement est la nouvelle (events._displaced_count) ; pas « a déplacé 10 000
    # personnes » (un chiffre de fond), ni les déplacés d'une inondation
    ("déplacer", "Strategic developments", "Other", "ASSAULT", 38, ("needs_displaced_count", "not_disaster")),
    ("déplacer de leurs maisons", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("déplacer de leurs foyers", "Strategic developments", "Other", "ASSAULT", 40, ()),
    # chassés de chez eux (« des centaines de familles ont été chassées de leurs maisons par les attaques »), l'anglais
    # "forced from their homes"
    ("chasser de leurs maisons", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("chasser de leurs villages", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("chasser de leurs foyers", "Strategic developments", "Other", "ASSAULT", 40, ()),
    ("tunnel", "Strategic developments", "Other", "ASSAULT", 45, ('needs_discovery',)),
    ("tunnels", "Strategic developments", "Other", "ASSAULT", 45, ('needs_discovery',)),
    # sondes de paraphrases (tests/test_event_types_paraphrases.py) : un véhicule qui saute sur une mine,
    # une entrée sans rencontrer de résistance, un homme battu à mort (par une foule : violence de foule)
    ("sauter sur un mine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("sauter sur une mine", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    ("sans rencontrer de résistance", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("sans rencontrer la moindre résistance", "Strategic developments", "Non-violent transfer of territory", "RETREAT", 70, ()),
    ("battre à mort", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    # une mort sous les coups ou les balles de ses auteurs est leur meurtre (« Quatre agriculteurs ont péri sous les
    # balles d'hommes armés »), typé par qui est mort et qui l'a fait (the English "died at the hands of")
    ("mourir sous les balles", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("mourir sous les coups", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("périr sous les balles", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("périr sous les coups", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("mourir entre les mains", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("mort sous les balles", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("mort sous les coups", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("morts sous les balles", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("morts sous les coups", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("morte sous les balles", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("morte sous les coups", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("mortes sous les balles", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("mortes sous les coups", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("battu à mort", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    # « tomber sous les balles » : être tué par balles (« un soldat tombé sous les balles des rebelles »), comme
    # « mourir sous les balles » ; une mort, DEATH_CUES
    ("tomber sous les balles", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("tombé sous les balles", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("tombés sous les balles", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("tombée sous les balles", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("tombées sous les balles", "Violence against civilians", "Attack", "ASSAULT", 32, ("generic",)),
    ("mine artisanale", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", 85, ()),
    # une foule qui jette des pierres ou brûle des pneus : une émeute (une violence de foule sans police
    # ni manifestation en vue, "crowd_act")
    ("jeter des pierres", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("lancer des pierres", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    # (des pneus brûlés sont le barrage d'une manifestation, les "burning tires" du codebook ACLED, visant personne :
    # pas de "crowd_act", dont la foule sans police ni manifestation en vue est une foule qui lynche)
    ("brûler des pneus", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject",)),
    ("caillasser", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    # les mêmes, par lemmes (« ont jeté des pierres » : jeter un pierre)
    ("jeter un pierre", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("lancer un pierre", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("brûler un pneu", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject",)),
    # des bouteilles lancées par une foule ; et les mêmes gestes par des partisans ou des supporters, qui ne sont pas
    # une foule de manifestants (« des supporters ont lancé des pierres sur les forces de l'ordre après le match » :
    # typé « mob violence » lors d'une rencontre sportive, events.refine_type)
    ("lancer des bouteilles", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("jeter des bouteilles", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("lancer un bouteille", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("jeter un bouteille", "Riots", "Violent demonstration", "PROTEST", 60, ("needs_crowd_subject", "crowd_act")),
    ("jeter des pierres", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("lancer des pierres", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("caillasser", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("jeter un pierre", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("lancer un pierre", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("lancer des bouteilles", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("jeter des bouteilles", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("lancer un bouteille", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    ("jeter un bouteille", "Riots", "Violent demonstration", "PROTEST", 59, ("needs_partisan_subject", "crowd_act")),
    # des tirs échangés, quels qu'en soient les qualificatifs (« ont échangé de violents tirs »)
    ("échanger", "Battles", "Armed clash", "ASSAULT", 63, ("object:fire",)),
    # un groupe armé qui rejoint une coalition
    ("rejoindre", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ("object:group", "needs_armed_actor")),
    # la direction d'un groupe change : son chef démissionne ou quitte ses fonctions ; un groupe se scinde,
    # ses combattants sont intégrés à une armée
    ("démissionner", "Strategic developments", "Change to group/activity", "MOBILIZE", 48, ("needs:leader", "needs_armed_actor")),
    ("quitter ses fonctions", "Strategic developments", "Change to group/activity", "MOBILIZE", 48, ("needs:leader", "needs_armed_actor")),
    ("scinder", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("needs:group", "needs_armed_actor")),
    # un nouveau groupe ou une nouvelle branche armée créés par un camp (« la milice a annoncé la création d'une
    # nouvelle branche armée », « ont formé une nouvelle milice ») : un changement de groupe
    ("création", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("needs:group", "needs_armed_actor")),
    ("créer", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("object:group", "needs_armed_actor")),
    ("former", "Strategic developments", "Change to group/activity", "MOBILIZE", 50, ("object:group", "needs_armed_actor")),
    ("intégrer", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ("needs_armed_actor",)),
    ("intégration", "Strategic developments", "Change to group/activity", "MOBILIZE", 45, ("needs_armed_actor",)),
    # un groupe qui déplace son quartier général ou sa base l'établit là où il la déplace
    ("déplacer", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("object:base", "needs_armed_actor")),
    ("transférer", "Strategic developments", "Headquarters or base established", "MOBILIZE", 72, ("object:base", "needs_armed_actor")),
    # un changement de ce qu'un groupe ou une population peut faire (le « change to group/activity » d'ACLED) :
    # un couvre-feu ou l'état d'urgence décrété, instauré, prolongé ou levé ; les manifestations interdites ;
    # les opérations ou activités d'un groupe suspendues ; un cessez-le-feu qu'une seule partie décrète (pas
    # d'accord) ; un changement à la tête d'un groupe dit par un nom
    ("décréter", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:restriction", "not_disaster")),
    ("imposer", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:restriction", "not_disaster")),
    ("instaurer", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:restriction", "not_disaster")),
    ("proclamer", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:restriction", "not_disaster")),
    ("déclarer", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:restriction", "not_disaster")),
    ("prolonger", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:restriction", "not_disaster")),
    ("lever", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:restriction", "not_disaster")),
    ("interdire", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:gathering",)),
    ("suspendre", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("object:activity",)),
    ("suspension", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("needs:activity",)),
    ("cessez-le-feu unilatéral", "Strategic developments", "Change to group/activity", "MOBILIZE", 64, ()),
    ("trêve unilatérale", "Strategic developments", "Change to group/activity", "MOBILIZE", 64, ()),
    ("changement de direction", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("after_its_cause",)),
    ("changement à la tête", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("after_its_cause",)),
    ("changement à sa tête", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("after_its_cause",)),
    ("changement à leur tête", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("after_its_cause",)),
    ("changement de chef", "Strategic developments", "Change to group/activity", "MOBILIZE", 56, ("after_its_cause",)),
]

# clitics of pronominal-verb triggers, matched also when an auxiliary splits them ("se sont affrontés")
PARTICLES = ["se", "s'", "en"]
PARTICLE_LEMMAS = {"s'": "se"}

# Words that make a protest a "Protest with intervention" / "Excessive force against protesters".
PROTEST_INTERVENTION = [
    "disperser", "gaz lacrymogène", "lacrymogène", "canon à eau", "interpeller", "arrêter", "matraque", "réprimer",
    "balle en caoutchouc", "gaz poivre", "empêcher", "encercler", "disperser la foule",
    # une marche bloquée par les forces de l'ordre (« les gendarmes ont bloqué la marche de l'opposition » ; seulement
    # avec elles pour sujet, PREVENTION_WORDS : pas « les manifestants ont bloqué les routes »)
    "bloquer",
    # la dispersion dite par le nom (« la dispersion violente du sit-in »)
    "dispersion",
    # la charge des forces de l'ordre (« la police a chargé les manifestants »), voir FORCE_ON_PROTESTERS_ONLY
    "charger",
    # des manifestants frappés ou matraqués (« la police a frappé des manifestants »), voir FORCE_ON_PROTESTERS_ONLY
    "frapper", "matraquer", "tabasser",
    # une manifestation écrasée ou matée, un sit-in ou un campement démantelé, des manifestants chassés ou pourchassés
    # par les forces (EN "crush", "quell", "dismantle", "chase")
    "écraser", "mater", "démanteler", "chasser", "pourchasser",
]
# indices de force qui ont un autre sens (« chargé de l'intérieur », « chargé de famille ») : comptés
# seulement quand leur objet nomme les manifestants
FORCE_ON_PROTESTERS_ONLY = ["charger", "frapper"]
PROTEST_LETHAL = [
    "tirer", "balle réelle", "tuer", "usage excessif de la force", "répression sanglante", "violemment réprimer",
    "violemment écraser", "brutalement réprimer", "brutalement écraser",
    # une manifestation dispersée par la force (« la police a violemment dispersé un rassemblement » ; EN "violently
    # disperse", "violently break up")
    "violemment disperser", "brutalement disperser",
    "mort", "morts", "blesser", "blessé", "blessés", "tirs à balles réelles", "balles réelles", "ouvrir le feu",
    # une force qui a laissé des blessés graves (ACLED : des blessures graves, un séjour à l'hôpital), dite par son
    # effet (« laissant plusieurs manifestants hospitalisés », « un étudiant laissé inconscient »)
    "hospitaliser", "hospitalisé", "hospitalisés", "inconscient",
    # ou par l'état où elle les a laissés (« laissant deux manifestants dans un état critique »)
    "état critique",
    # des manifestants abattus (« la police a abattu deux manifestants », « deux manifestants abattus par la police ») :
    # la force qui tue
    "abattre", "abattu", "abattus", "abattue", "abattues",
]
# des tirs pour avertir ou effrayer, pas sur des personnes (« a tiré des coups de semonce en l'air pour disperser
# les manifestants », « tirs de sommation ») : pas de force létale sur la manifestation, une intervention au plus
# (events._lethal_force)
WARNING_FIRE = ["coup de semonce", "coups de semonce", "tir de sommation", "tirs de sommation", "en l'air",
                "coups de feu en l'air", "tirs en l'air"]
RIOT_CUES = [
    "violent", "violente", "incendier", "pillage", "piller", "jet de pierres", "caillasser", "saccager", "vandaliser",
    "affrontement", "heurt", "barricade", "cocktail molotov", "brûler", "pneus", "lancer des pierres", "violence",
    # plus de manières d'une émeute : assaut, projectiles, feux, vitrines
    # (ce matcher lit les formes et les lemmes mot à mot : "d'" a le lemme "de", les formes fléchies sont écrites)
    "prendre d'assaut", "pris d'assaut", "prise d'assaut", "prend d'assaut", "prennent d'assaut",
    "projectile", "projectiles", "jet de projectiles", "pierres", "casser", "vitrine", "vitrines",
    "mettre le feu", "incendie", "échauffourée", "échauffourées", "casseur", "casseurs",
    # des manifestants qui se heurtent aux forces (« se sont heurtés à la police », EN "clashed with police")
    "heurter",
    # des feux d'artifice ou des pétards lancés sur les forces (EN "fireworks", "firecrackers")
    "feu d'artifice", "feux d'artifice", "pétard", "pétards", "mortier d'artifice", "mortiers d'artifice",
    # une manifestation qui tourne à la violence (« les manifestations ont dégénéré », "turned violent")
    "dégénérer", "dégénéré", "dégénérée", "dégénérés", "dégénérées",
    # des routes bloquées, au pluriel (ROAD_BLOCK_CUES)
    "bloquer",
]
# indices d'émeute qui n'en sont que si les routes d'un lieu, au pluriel, sont bloquées (« ont bloqué les routes de la
# ville », le « road-blocking » du codebook d'ACLED) ; une route, un carrefour, un accès bloqués par une foule sont
# une manifestation sans violence dite (events._blocks_no_roads)
ROAD_BLOCK_CUES = ["bloquer"]
# ce qu'une manifestation brûle comme symbole (« ont brûlé une effigie du ministre », « brûlé des drapeaux ») :
# pas une émeute (events._riot_manner)
RIOT_SYMBOLS = ["effigie", "effigies", "drapeau", "drapeaux", "portrait", "portraits", "affiche", "affiches"]
# verbes de visée : leur sujet a frappé (« un drone a visé un véhicule »), leur objet est un but
AIMING_VERBS = ["viser"]
# forces de l'ordre dont l'assaut ou le feu n'est pas l'émeute des manifestants
# les mots d'un compte de gens, comme un nombre (events._displaced_count : « des milliers de déplacés »)
DISPLACED_COUNT_WORDS = ["milliers", "centaines", "dizaines", "millions"]
CROWD_CONTROL_FORCES = ["police", "policier", "policiers", "gendarmes", "gendarmerie", "forces", "armée",
                        "militaires", "soldats", "autorités", "CRS"]
# ceux dont la marche est une manifestation ("des étudiants ont défilé contre la réforme")
PROTEST_CROWDS = [
    "étudiant", "étudiants", "élèves", "travailleurs", "ouvriers", "enseignants", "médecins", "infirmiers", "habitants",
    "agriculteurs", "commerçants", "femmes", "jeunes", "milliers", "centaines", "dizaines", "partisans", "militants",
    "citoyens", "gens", "personnes", "foule", "avocats", "journalistes", "retraités", "chauffeurs", "familles",
    "manifestants", "protestataires", "opposants", "fonctionnaires", "salariés", "villageois", "riverains",
    # ceux qui conduisent, comme « chauffeurs » (« des conducteurs de taxi-moto »)
    "conducteurs",
    # les usagers de la route qui la bloquent (« des automobilistes ont bloqué le pont »)
    "automobilistes", "usagers",
    # ceux qui transportent les marchandises sur les routes qu'ils bloquent (« des camionneurs ont bloqué la route »)
    "camionneurs", "transporteurs", "routiers",
    # un mouvement nommé par le vêtement de ceux qui défilent (« les gilets jaunes »)
    "gilets",
    # l'opposition dite par son nom, comme l'anglais "opposition" (« une marche de l'opposition »)
    "opposition",
]
PROTEST_PURPOSE_PREPS = ["contre", "pour"]
# ce pour quoi on se rassemble sans protester (« des policiers qui s'étaient rassemblés pour la prière ») :
# pas de manifestation (events._crowd_marches)
GATHERING_OCCASIONS = ["prière", "prières", "mariage", "funérailles", "obsèques", "enterrement", "messe", "office",
                       "match", "concert", "festival", "fête", "fêtes", "cérémonie", "repas", "marché", "réunion"]
# ce à quoi se rassemble qui se souvient de quelqu'un (« en hommage à », « en mémoire de », « pour rendre
# hommage ») : _commemorates
COMMEMORATION_NOUNS = ["mémoire", "hommage", "souvenir", "commémoration", "anniversaire"]
COMMEMORATION_VERBS = ["commémorer", "honorer", "saluer"]
# verbes qui font d'un rassemblement une manifestation (« ont organisé un rassemblement »)
PROTEST_SUPPORT_VERBS = ["organiser", "tenir", "mener", "participer", "rejoindre"]
# qui frappe en foule (aucun groupe armé) : la violence de foule d'ACLED
MOB_AGENTS = ["foule", "foules", "habitants", "villageois", "riverains", "population", "jeunes", "badauds",
              # des commerçants ou des passants qui tombent sur un suspect (« des commerçants ont lynché un voleur »)
              "commerçants", "passants"]
# the words that make the people of a doer's phrase armed ("armed men", « des hommes armés »): no crowd's justice, no
# mob (events._mob_agent)
ARMED_WORDS = ["armé", "armés"]
# ce sur quoi tombe un raid de bétail (« des jeunes du comté de Tonj Est ont attaqué un camp de bétail ») : le mot de
# foule de ses auteurs nomme les hommes armés d'une communauté, pas une foule (events._mob_agent ; leur acte une attaque
# ou un affrontement, leur camp une milice communautaire : incidents._communal_doers)
CATTLE_RAID_WORDS = ["bétail", "troupeau", "troupeaux", "bœufs", "boeufs", "bovins", "vaches"]
# où l'on garde le bétail, objet d'un raid avec un mot de CATTLE_RAID_WORDS dans son groupe (« un camp de bétail » ; pas
# « un voleur de bétail », une personne)
CATTLE_PLACES = ["camp", "camps", "enclos", "parc", "parcs", "kraal", "kraals"]
# groupes d'autodéfense, qu'ACLED code comme des milices : un groupe armé qui les attaque combat un camp armé
# (« ont attaqué des Koglweogo », « une embuscade contre des chasseurs dozos »)
SELF_DEFENCE_GROUPS = ["autodéfense", "autodéfenses", "groupe d'autodéfense", "groupes d'autodéfense", "koglweogo",
                       "dozo", "dozos", "chasseurs dozos", "comité de vigilance", "comités de vigilance", "vdp",
                       "volontaires pour la défense de la patrie",
                       # les gardiens et la milice d'un village (« ont attaqué les gardiens du village »)
                       "gardiens du village", "gardes du village", "gardes villageois", "garde villageoise",
                       "milice villageoise", "milices villageoises", "milice du village"]
# un changement de territoire dit avec ces mots est une passation sans violence
PEACEFUL_TRANSFER = ["pacifiquement"]
# ... ou avec un nom de combat sous une de ces prépositions (« sans aucun affrontement »)
ABSENCE_PREPS = ["sans"]
# une retraite sous le feu ou sous les attaques est forcée, pas un transfert sans combat (events._forced_out)
FORCED_RETREAT_PREPS = ["sous"]
FORCED_RETREAT_NOUNS = ["feu", "tir", "attaque", "assaut", "bombardement"]
# un combat entre deux camps dit d'abord passe avant l'arme lourde qu'une proposition suivante nomme
TWO_SIDED_FIGHT_WORDS = ["affrontement", "affronter", "combat", "accrochage", "échauffourée"]
FIGHT_NOUNS = ["affrontement", "combat", "bataille", "résistance", "accrochage", "échauffourée"]
# un événement dit avec ces mots n'a pas eu lieu ("une offensive imminente")
IRREALIS_MODIFIERS = ["imminent", "imminente", "éventuel", "éventuelle", "possible", "prévu", "prévue", "futur",
                      "future", "redouté", "redoutée", "probable", "potentiel", "potentielle", "attendu", "attendue"]
# personnes qu'on enlève ou capture, en plus des civils, combattants et proches
PERSON_OBJECTS = [
    # ceux qu'une foule ou une bande bat ou emmène (« ont tabassé deux voleurs présumés »)
    "voleur", "voleurs", "homme", "hommes",
    "commerçant", "commerçants", "responsable", "responsables", "chef", "leader", "militant", "militants", "membre",
    "membres", "otage", "otages", "prêtre", "religieuse", "ressortissant", "ressortissants", "étranger", "étrangers",
    "suspect", "suspects", "opposant", "opposants", "député", "maire", "préfet", "ingénieur", "ingénieurs",
    "travailleur", "travailleurs", "employé", "employés", "chauffeur", "chauffeurs", "enseignant", "enseignants",
    "blogueur", "blogueurs", "blogueuse", "dissident", "dissidents", "détracteur", "détracteurs",
    # ceux qu'on arrache de chez eux pour les tuer (« ont arraché trois paysans de leurs maisons et les ont exécutés »)
    "paysan", "paysans", "paysanne", "paysannes",
]
# riot cues that are violence only as nouns (none in French: "pierre" is never a verb)
RIOT_NOUNS_ONLY: list[str] = []
# a word that negates the cue after it ("des manifestants non violents")
NEGATING_PREFIXES = ["non"]
# les munitions tirées, dont un soupçon peut nommer la charge (« soupçonnent que les obus contenaient du chlore » :
# events._suspected_load)
MUNITION_NOUNS = ["obus", "roquette", "roquettes", "bombe", "bombes", "munition", "munitions", "missile", "missiles",
                 "projectile", "projectiles", "bonbonne", "bonbonnes", "conteneur", "conteneurs", "baril", "barils"]
# (des barricades dressées, des pneus brûlés « pour protester » : le geste de la rue, non une objection)
PROTEST_CONTEXT = ["manifestant", "manifestants", "protestation", "colère", "revendication", "slogan", "pancarte", "grève",
                   "barricade", "barricades", "pneus", "gréviste", "grévistes"]
# les moyens du maintien de l'ordre : ce sur quoi la police les emploie est une foule ("des heurts ...
# la police a riposté par des gaz lacrymogènes" : une émeute, pas un combat), ce qu'elle disperse un
# rassemblement de manifestants
# une foule visée sans mot de protestation (« les militaires ont tiré sur une foule rassemblée devant le bureau
# du gouverneur ») : seule, une attaque contre des civils ; dans un récit dont l'événement de tête est une
# manifestation, la foule de celle-ci, donc un usage excessif de la force (incidents._lead_day_for_parts)
FIRED_ON_CROWDS = ["foule", "foules", "rassemblement", "attroupement"]
CROWD_CONTROL_MEANS = ["gaz lacrymogène", "lacrymogène", "lacrymogènes", "canon à eau", "balle en caoutchouc",
                       "balles en caoutchouc"]
PROTEST_CONTEXT += ["disperser", *CROWD_CONTROL_MEANS]
# un rassemblement tenu sans l'accord des autorités (« une marche non autorisée ») : une manifestation qui les défie
PROTEST_CONTEXT += ["non autorisé", "non autorisée", "non autorisés", "non autorisées"]
# ce que la police en fait sur un rassemblement (events._fired) : un verbe d'usage, ou un nom d'usage et son verbe support
CROWD_CONTROL_USE_VERBS = ["tirer", "lancer", "utiliser", "employer", "projeter", "asperger", "déployer"]
CROWD_CONTROL_USE_PHRASES = [("faire", "usage"), ("avoir", "recours")]

# casualty cues, matched on lemma or lower form
DEATH_CUES = [
    "tuer", "tue", "tuent", "tué", "tués", "tuée", "tuées", "tuant", "mort", "morts", "morte", "mortes", "décès", "décéder", "décédé",
    "périr", "péri", "victime", "victimes", "corps", "cadavre", "bilan", "succomber", "vie", "abattre", "exécuter", "exécution", "exécutions", "massacrer",
    "massacre", "massacres", "brûlé vif", "brûlés vifs", "brûlée vive", "brûlées vives", "brûler vif",
    "assassiner", "assassiné", "assassinée", "assassinés", "assassinat", "égorger", "meurtre", "tuerie",
    "meurtrier", "meurtrière", "meurtriers", "meurtrières",
    # blessé à mort (« mortellement blessé », « blessé mortellement »)
    "mortellement",
    # verbes de meurtre des déclencheurs qui disent une mort (« ont été abattus », « massacrés »)
    "abattu", "abattue", "abattus", "abattues", "massacré", "massacrée", "massacrés", "massacrées",
    "égorgé", "égorgée", "égorgés", "égorgées",
    # décapité, fusillé : tué (« ont décapité au moins dix civils », « fusillés par des soldats »)
    "décapiter", "décapité", "décapitée", "décapités", "décapitées", "fusiller", "fusillé", "fusillée", "fusillés",
    "fusillées",
    # tué par une foule (« lynché à mort » ; « lynché » seul peut n'être qu'un passage à tabac)
    "lynché à mort", "lynchée à mort", "lynchés à mort", "lynchées à mort",
    # tombé sous les balles : tué par balles (« un gendarme tombé sous les balles d'hommes armés »)
    "tomber sous les balles", "tombé sous les balles", "tombés sous les balles", "tombée sous les balles",
    "tombées sous les balles",
    # « neutraliser » des combattants, dans les communiqués des armées (Sahel) : les tuer (« l'armée a neutralisé
    # une vingtaine de terroristes ») ; un engin « neutralisé » n'est personne (quantities_fr.NOT_COUNTS)
    "neutraliser", "neutralisé", "neutralisés", "neutralisée", "neutralisées", "neutralisant",
]
# what an attack may hit that is not people: without casualties, property destruction
PROPERTY_ONLY = ["biens", "propriété", "propriétés", "infrastructures", "installations", "entrepôt", "entrepôts", "récoltes",
                 # infrastructures touchées sans victime (« l'attaque contre l'oléoduc ») ; un mot chacun
                 "oléoduc", "oléoducs", "gazoduc", "gazoducs", "pipeline", "pipelines", "pylône", "pylônes", "pont", "ponts"]
# what a protest is against: a riot word there is its topic, not its manner ("against gun violence")
PROTEST_TOPICS = ["contre", "dénoncer", "condamner", "réclamer", "exiger", "libération"]
# une mort ou une violence après laquelle on manifeste en est la cause ("ont manifesté après la mort d'un détenu")
PROTEST_CAUSE_PREPS = ["après", "suite"]
# une force d'un autre jour que la manifestation n'est pas dirigée contre elle ("au lendemain de tirs de la
# police", "la veille, quand les forces de l'ordre ont ouvert le feu")
OTHER_DAY_NOUNS = ["lendemain", "veille", "avant-veille", "surlendemain"]
TIME_NOUNS = ["jour", "jours", "nuit", "nuits", "semaine", "semaines", "week-end", "mois", "lundi", "mardi",
              "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
OTHER_DAY_WORDS = ["précédent", "précédente", "précédents", "passé", "passée", "dernier", "dernière", "avant",
                   "après", "plus tôt", "depuis"]
# casualty nouns that name no victim of their own ("le bilan de l'attaque", "the toll of the raid")
# le meurtre de plusieurs personnes par son nom (« un massacre à Mbrés ») : deux morts au moins, faute de chiffre
MASS_KILLING_NOUNS = ["massacre", "tuerie"]
# noms d'un acte fait à des personnes, dont le complément en « de » est qui l'a subi, jamais son auteur
# (« l'exécution de deux soldats », « l'assassinat de deux gendarmes », « l'enlèvement de trois militaires » ; mais
# « l'attaque des rebelles » : un nom d'attaque garde son auteur ; incidents._patient_of_act_noun)
PATIENT_OF_NOUNS = ["exécution", "exécutions", "assassinat", "assassinats", "meurtre", "meurtres", "massacre",
                    "massacres", "tuerie", "tueries", "décapitation", "décapitations", "égorgement", "égorgements",
                    "lynchage", "lynchages", "enlèvement", "enlèvements", "kidnapping", "kidnappings", "rapt", "rapts",
                    "séquestration", "assassinat ciblé"]
# mots de la vie qui disent une mort (« a coûté la vie à », « ont perdu la vie », « pertes en vies humaines »), avec
# un mot de LIFE_TAKING_WORDS pour tête ou tête de leur tête (matching._life_taken : « contre la vie chère » n'en dit
# aucune)
LIFE_NOUNS = ["vie", "vies"]
LIFE_TAKING_WORDS = ["coûter", "coûté", "perdre", "perdu", "ôter", "ôté", "prendre", "perte", "pertes", "bilan"]
TOLL_NOUNS = ["bilan", "victime", "victimes", "corps", "cadavre", "vie", "décès"]
# un bilan dit lourd, sans chiffre (« bilan lourd après une attaque », « un lourd bilan ») : des morts, deux au moins
# (incidents._heavy_toll) ; pas un bilan de choses (NOT_DEATH_TOLL)
HEAVY_TOLL_WORDS = ["lourd", "lourds", "alourdi", "très lourd"]
# le verbe qui laisse les morts de l'acte de son sujet (« Des hommes armés laissent 12 morts derrière eux ») : avec des
# combattants pour sujet (un indice COMB), le bilan dit sans mot d'acte est le leur (events._counted_toll_word)
TOLL_LEAVING_VERBS = ["laisser", "faire"]
NOT_DEATH_TOLL = ["matériel", "économique", "financier", "humanitaire", "provisoire"]
INJURY_CUES = ["blesser", "blessé", "blessés", "blessée", "blessées", "blessant", "blessure", "blessures", "hospitaliser"]

# nouns for who is counted
CIVILIAN_NOUNS = [
    "civil", "civils", "civile", "civiles", "habitant", "habitants", "villageois", "enfant", "enfants", "femme", "femmes",
    "fidèle", "fidèles", "élève", "élèves", "passant", "passants", "déplacé", "déplacés", "réfugié", "réfugiés",
    "étudiant", "étudiants", "journaliste", "journalistes", "humanitaire", "humanitaires", "orpailleur", "orpailleurs",
    "commerçant", "commerçants", "agriculteur", "agriculteurs", "cultivateur", "cultivateurs", "éleveur", "éleveurs",
    "bébé", "bébés", "famille",
    # qui tient une boutique (the English "shopkeeper")
    "boutiquier", "boutiquiers", "boutiquière", "boutiquières",
    # qui vit de la pêche, the English "fishermen"
    "pêcheur", "pêcheurs",
    "population", "populations", "passager", "passagers", "patient", "patients", "touriste", "touristes", "voyageur",
    "voyageurs",
    # qui garde les troupeaux, comme « éleveur » (the English "herder", "shepherd")
    "berger", "bergers",
    # ceux qui enseignent, comptés un à un (« une institutrice et un enfant »)
    "enseignant", "enseignants", "enseignante", "enseignantes", "instituteur", "instituteurs", "institutrice",
    "institutrices",
    # qui garde une banque, un commerce, un site pour son propriétaire, non pour l'État : des civils, non
    # des combattants (« un vigile a été tué lors de l'attaque d'une banque », « un veilleur de nuit »)
    "vigile", "vigiles", "veilleur", "veilleurs", "veilleur de nuit", "veilleurs de nuit",
    # qui convoie les fonds d'une banque (« après qu'ils eurent tué un convoyeur de fonds »)
    "convoyeur de fonds", "convoyeurs de fonds",
]
COMBATANT_NOUNS = [
    "soldat", "soldats", "militaire", "militaires", "policier", "policiers", "gendarme", "gendarmes", "combattant",
    "combattants", "djihadiste", "djihadistes", "jihadiste", "jihadistes", "rebelle", "rebelles", "insurgé", "insurgés",
    "assaillant", "assaillants", "terroriste", "terroristes", "milicien", "miliciens", "casque bleu", "casques bleus",
    "homme armé", "hommes armés", "éléments", "élément",
    # supplétifs armés qui combattent aux côtés d'une armée (« soldats et supplétifs civils ») : pas des civils
    "supplétif", "supplétifs", "supplétif civil", "supplétifs civils",
    # agents named by their service ("des agents de sécurité tués", "des gardes-frontières")
    "agent de sécurité", "agents de sécurité", "garde-frontière", "garde-frontières",
    # hommes armés nommés par leur métier (« l'armée a affirmé avoir tué quinze bandits », « la police dit avoir abattu
    # deux braqueurs armés ») : une force qui les tue combat un camp armé ; des braqueurs qu'on ne dit pas armés, non
    "bandit", "bandits", "bandits armés", "braqueur armé", "braqueurs armés", "voleurs armés",
]
PERSON_NOUNS = [
    "personne", "personnes", "individu", "individus", "victime", "victimes", "gens", "homme", "hommes",
    # qui une foule accuse de sorcellerie (« Une foule lynche un présumé sorcier ») : des personnes
    "sorcier", "sorciers", "sorcière", "sorcières",
    # people named by their standing or kin ("un chef de village tué", "un père et son fils")
    "chef", "chefs", "imam", "prêtre", "pasteur", "notable", "notables", "commandant", "général", "officier",
    "officiers", "père", "mère", "fils", "fille", "garçon", "fillette", "vieillard", "jeune", "jeunes",
    "frère", "frères", "sœur", "sœurs", "mari", "épouse", "oncle", "neveu", "cousin",
    # gens nommés par leur métier ou leur passeport, comptés un à un (« une infirmière et un médecin », « ont enlevé
    # trois enseignants et un chauffeur »)
    "infirmier", "infirmiers", "infirmière", "infirmières", "médecin", "médecins", "ressortissant", "ressortissants",
    "chauffeur", "chauffeurs",
    # gens nommés par le crime qu'ils commettent pour le gain (« trois braqueurs tués lors d'une fusillade ») :
    # des personnes comptées, ni civils ni combattants (victims_fr.CRIME_DOER_NOUNS en fait les auteurs de leur acte)
    "braqueur", "braqueurs", "cambrioleur", "cambrioleurs",
    # gens que leurs ravisseurs détiennent, comptés quand on les tue (« Des jihadistes ont exécuté trois otages ») ; un
    # nombre d'otages pris reste un nombre d'enlevés (incidents._people_taken)
    "otage", "otages",
    # qui prend part à une manifestation, compté un par un (« Un manifestant a été tué »)
    "manifestant", "manifestante", "émeutier",
]

# factuality: a trigger governed by one of these lemmas is not (yet) an event
# ce avec quoi l'on tient ou porte une chose (« ont défilé avec des torches », « brandissant des torches ») : le nom
# d'un acte qui est une chose en main ne dit aucun acte (drapeau not_held, events._held_thing)
# ce contre quoi un moyen est employé (« gaz lacrymogène contre des étudiants » : events._used_against_crowd)
AGAINST_PREPS = ["contre"]
HELD_PREPS = ["avec", "munis", "munies"]
# (but what one is armed with is a weapon in hand: "armed with stones", « armés de pierres »)
ARMING_WORDS = ["armé", "armés", "armée", "armées", "armer"]
HELD_VERBS = ["porter", "brandir", "tenir", "agiter", "allumer"]

IRREALIS = [
    "tenter", "essayer", "chercher", "inciter", "menacer", "vouloir", "risquer", "éviter", "empêcher", "attirer",
    "provoquer", "planifier", "projeter", "préparer", "envisager", "redouter", "craindre", "crainte", "soupçonner", "pouvoir",
    "appeler", "exiger", "promettre", "nier", "démentir", "effort", "négocier", "négociation", "proposer", "discuter", "viser",
    "espérer", "intention",
    # l'attendre, s'y apprêter, être prêt
    "attendre", "apprêter", "prêt", "prêts", "prêtes", "anticiper",
    # ce qui peut arriver (« il y a toujours la possibilité d'un sabotage »)
    "possibilité", "éventualité",
]
# un avertissement porte sur ce qui peut venir (« l'ONU a averti d'un regain de violences », « a mis en garde contre »),
# sauf quand il rapporte une proposition dite avec un temps (« Les violences ont repris, a averti l'ONU ») :
# events._warned_of
WARNING_VERBS = ["avertir", "alerter"]
WARNING_PHRASES = [("mettre", "garde")]
# irrealis words that may put in doubt who did an act the text takes as known ("THE ATTACK may have been
# carried out by", "suspect that X ordered THE MURDER", "denied any part in THE MURDER"): the act was done
DOER_DOUBT_WORDS = ["pouvoir", "soupçonner", "suspecter", "nier", "démentir"]
# denials whose clause, with a pronoun for its doer, is the denier's own part ("denied that it had kidnapped")
OWN_DENIAL_WORDS = ["nier", "démentir"]
# modals of a subject clause that make the act it names a possibility (« tout ce qu'ils vont faire, c'est
# bombarder » ; « pouvoir » est dans IRREALIS)
CLEFT_MODALS = ["aller", "devoir"]
# le futur : un acte dit au futur est une menace ou une prévision, pas encore un acte (« les guérilleros
# attaqueront tout véhicule », « des bombes exploseront ») ; un temps futur par la morphologie du verbe
FUTURE_AUXILIARIES = []
FUTURE_TENSES = ["Fut"]
# words that say the victims were combatants (Airwars: discounted)
# mots irréels qui disent qu'un acte a commencé : une manifestation tentée a rassemblé des gens ("interpellés
# lors d'une tentative de manifestation", "ont tenté de marcher sur le parlement")
ATTEMPT_WORDS = ["tenter", "tentative", "essayer"]
# une manifestation que les forces de l'ordre ont empêchée était convoquée et a été empêchée par elles
# (« la police a empêché une marche de l'opposition »)
PREVENTION_WORDS = ["empêcher", "bloquer"]
COMBATANT_CLAIM = ["combattant", "combattants", "djihadiste", "djihadistes", "terroriste", "terroristes"]

# targets that make a generic attack a battle (armed, organised opposition)
# des points tenus dans un combat, pas un lieu contrôlé : les prendre est le combat, pas un changement de
# territoire ("se sont emparés de plusieurs positions de l'armée")
TACTICAL_POINTS = ["position", "positions", "check-point", "check-points", "barrage", "barrages",
                   # des avant-postes pris dans un combat (« ont pris d'assaut leurs avant-postes », EN "outposts")
                   "avant-poste", "avant-postes"]

MILITARY_TARGETS = [
    "camp militaire", "base", "caserne", "poste", "position", "positions", "convoi", "patrouille", "check-point",
    "barrage", "garnison", "poste de police", "commissariat",
    # la garnison d'une unité (« ont attaqué un détachement militaire à Tin-Akoff »)
    "détachement militaire", "détachements militaires",
]

# determiners that make a singular event noun refer back to a known event ("la frappe", "cette attaque")
DEFINITE_DETERMINERS = ["le", "la", "l'", "ce", "cet", "cette"]
DEFINITE_DETERMINERS += ["son", "sa", "leur"]
# ... and a plural one (« Les attentats ont été attribués ... », « les combats » of a fight told before:
# incidents._plural_told_back)
PLURAL_DEFINITE_DETERMINERS = ["les", "ses", "leurs"]
# determiners that make a noun, singular or plural, a thing already known ("les pylônes dynamités")
KNOWN_NOUN_DETERMINERS = DEFINITE_DETERMINERS + ["les", "ces", "leurs", "ses"]
# a preposition fused with the definite article, that makes its noun a thing already known (« une embuscade au
# convoi », « au passage du convoi »: the convoy told before)
KNOWN_NOUN_CONTRACTIONS = ["au", "aux", "du"]
# a preposition fused with the plural definite article before a number (« le bilan des deux attaques », « aux trois
# attaques »): the acts counted are those told before (incidents._toll_of_acts_told_back); « des » before a number
# is never the indefinite article
NUMBERED_KNOWN_CONTRACTIONS = ["des", "aux"]
# an event told as the nth time something happened is the event just told
# ("c'est la deuxième fois qu'un sabotage a lieu")
NTH_TIME_NOUNS = ["fois"]
ORDINAL_WORDS = ["première", "premier", "deuxième", "seconde", "troisième",
                 "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"]
# an event introduced by these is a time reference ("avant la frappe"), not a new report
# what a told event was done with ("the attacks were carried out with grenades")
INSTRUMENT_PREPS = ["avec"]
# ce dont un verbe d'arrosage est fait quand il dit un tir (events._shot_with, avec « de » : « arrosé de balles »)
SHOT_INSTRUMENTS = ["balle", "balles", "rafale", "rafales", "coups de feu", "plombs", "mitraille"]
SHOT_PREPS = ["de", "d'", "d’", "avec"]
# les prépositions qui portent la personne que visait un tir (« ont commencé à tirer sur lui ») : un pronom personnel
# y est la personne touchée, comme l'objet du verbe
AIMED_AT_PREPOSITIONS = ["sur"]
# ce qui, employé « avec », fait d'un acte une explosion (« l'attaque menée avec des explosifs »)
EXPLOSIVE_INSTRUMENTS = ["explosifs", "explosif", "dynamite", "bombe", "bombes", "grenade", "grenades", "charge",
                         "charges", "engin", "engins"]
# a place described as the scene of an event: background to the sentence's own event
SCENE_NOUNS = ["théâtre", "lieu", "site"]
TEMPORAL_PREPOSITIONS = ["avant", "après", "depuis", "lors"]
# les noms d'une préposition composée de suite (« à la suite d'affrontements », « au lendemain des combats », « à
# l'issue des heurts ») : leur complément est ce qui a précédé (events._armed_subject)
SEQUEL_NOUNS = ["suite", "lendemain", "issue", "foulée"]
# durées dites avant « après » (« a envoyé des renforts à Rawa, quelques jours après un assaut ») : la locution date le
# verbe auquel la durée se rattache (events._drop_time_references)
STRETCH_NOUNS = ["heures", "jours", "semaines", "mois", "heure", "jour", "semaine", "minutes", "instants"]
# unarmed crowds: a clash between one of these and the police is a riot, not a battle
RIOT_PARTICIPANTS = ["jeunes", "foule", "manifestants", "émeutiers", "protestataires"]

# words a trigger flagged "needs:<class>" must have within a few tokens ("saisi des armes", "repris
# la ville", "installé une base"); "not:<class>" forbids them
CONTEXT_WORDS = {
    # ceux qu'une force disperse quand elle disperse une manifestation (l'anglais "crowd")
    "crowd": ["foule", "foules", "manifestants", "manifestantes", "protestataires", "marcheurs", "émeutiers",
              "partisans", "sympathisants"],
    # ce qui est remis quand un terrain change de mains par un verbe de transfert (« le contrôle du poste a été
    # transféré à l'armée »)
    "control": ["contrôle"],
    # biens qu'une force saisit (une saisie, pas un territoire pris : "saisi un bateau sur le fleuve")
    "goods": [
        "bateau", "bateaux", "pirogue", "pirogues", "navire", "navires", "pétrolier", "pétroliers", "chalutier",
        "chalutiers", "camion", "camions", "véhicule", "véhicules",
        "voiture", "voitures", "cargaison", "cocaïne", "héroïne", "cannabis", "drogue", "drogues", "stupéfiants",
        "argent", "marchandises", "contrebande", "contrefaçons", "contrefait", "contrefaite", "contrefaits",
        "contrefaites", "barils", "tonnes", "kilos", "bétail",
    ],
    "weapon": [
        "arme", "armes", "munition", "munitions", "explosif", "explosifs", "engin explosif", "fusil", "fusils",
        "kalachnikov", "pistolet", "cartouche", "cartouches", "grenade", "grenades", "bombe", "obus", "roquette",
        "roquettes", "mine", "mines", "détonateur", "arsenal", "cache", "minutions", "ceinture explosive",
        # ce que la défense aérienne intercepte, ce que les démineurs retirent
        "drone", "drones", "missile", "missiles", "projectile", "projectiles", "engin", "engins",
    ],
    # ce qui s'abat du ciel (« abattu un drone »), pas une personne
    "aircraft": ["drone", "drones", "avion", "avions", "hélicoptère", "hélicoptères", "aéronef", "aéronefs", "missile",
                 "missiles", "roquette", "roquettes"],
    # ce qui est décrété, instauré ou levé sur un lieu : une restriction (« décrété un couvre-feu »)
    "restriction": ["couvre-feu", "couvre-feux", "état d'urgence", "état de siège", "loi martiale", "confinement",
                    "interdiction"],
    # ce qui est interdit : des gens qui se rassemblent (« interdit toute manifestation »)
    "gathering": ["manifestation", "manifestations", "rassemblement", "rassemblements", "marche", "marches",
                  "réunion", "réunions", "sit-in", "meeting", "meetings"],
    # ce qu'un groupe suspend : ses opérations ou activités, pas un service (« suspendu l'internet mobile »)
    "activity": ["opérations", "opérations militaires", "activités", "attaques", "hostilités", "offensive",
                 "lutte armée"],
    # qui est nommé : le chef d'un groupe, non un ministre
    "leader": ["chef", "commandant", "émir", "leader", "chef d'état-major", "chef militaire"],
    # ce qui fusionne : des groupes armés
    "group": ["groupe armé", "groupes armés", "milice", "milices", "mouvement", "mouvements", "faction", "factions",
              "coalition", "alliance", "brigade", "front",
              # le groupe dit par son camp, comme l'anglais "rebel group" (« deux groupes rebelles ont annoncé leur
              # fusion »)
              "groupe rebelle", "groupes rebelles", "groupe jihadiste", "groupes jihadistes"],
    # ce que des parties armées échangent
    "fire": ["tirs", "tir", "coups de feu", "feu", "rafales", "obus"],
    "territory": [
        "ville", "localité", "village", "quartier", "région", "préfecture", "sous-préfecture", "commune", "zone",
        "secteur", "base", "position", "positions", "frontière", "poste", "axe", "colline", "aéroport", "territoire",
        "district", "province", "port", "bastion", "chef-lieu", "capitale", "site minier", "carrefour",
        # (un camp pris ou repris, « libéré le camp », comme "liberated the camp")
        "camp",
    ],
    "area": [],
    "base": [
        "base", "base militaire", "poste", "poste avancé", "poste d'observation", "point d'observation", "camp militaire",
        "quartier général", "check-point", "garnison", "QG", "bases", "casernes", "camp", "camps", "postes",
        # la garnison d'une unité (« ont harcelé le détachement militaire de Sensuntepeque »)
        "détachement", "détachements", "détachement militaire",
    ],
    "troops": [
        "troupes", "soldats", "militaires", "forces", "combattants", "renforts", "unités", "bataillon", "casques bleus",
        "éléments", "hommes", "blindés", "véhicules militaires",
    ],
    "property": [
        "maison", "maisons", "case", "cases", "boutique", "boutiques", "commerce", "commerces", "véhicule", "véhicules",
        "voiture", "bâtiment", "bâtiments", "église", "mosquée", "école", "marché", "biens", "habitation", "habitations",
        "grenier", "récoltes", "bureau", "bureaux",
        "pylône", "pylônes", "pont", "antenne", "infrastructure", "infrastructures", "bétail", "troupeau", "troupeaux",
        "bœufs", "motos", "moto", "camion", "camions", "centre de santé", "hôpital", "mairie", "commissariat",
        "installations", "usine", "centrale", "barrage", "hôtel de ville",
        # la Bourse, un bâtiment comme une banque (EN "stock exchange")
        "bourse",
        "greniers", "grange", "granges", "ferme", "fermes",
        # un village incendié ou rasé en entier (EN "burning their villages"), des entrepôts, une voie ferrée
        "village", "villages", "hameau", "hameaux", "entrepôt", "entrepôts", "voie ferrée", "rails",
        # des vivres et des marchandises emportés (EN "foodstuffs", "merchandise")
        "vivres", "denrées", "marchandises",
    ],
    "person": [*CIVILIAN_NOUNS, *PERSON_NOUNS, "suspect", "suspects", "militant", "militants", "opposant", "opposants",
               "membre", "membres", "responsable", "leader", "chef", "jeunes",
               # people named by their office ("un ancien ministre a été arrêté")
               "ministre", "ministres", "député", "députés", "maire", "maires", "gouverneur", "préfet", "sénateur",
               "avocat", "avocats", "dirigeant", "dirigeants", "fonctionnaire", "fonctionnaires"],
    "women": ["femme", "femmes", "fille", "filles", "fillette", "fillettes", "épouse", "épouses"],
    # ce qu'on viole sans violence sexuelle : une règle, un accord, un territoire (« ont violé le cessez-le-feu »)
    "rules": ["cessez-le-feu", "trêve", "accord", "accords", "traité", "loi", "lois", "constitution", "embargo",
              "espace aérien", "souveraineté", "résolution", "couvre-feu", "règles", "engagements",
              "intégrité territoriale", "sanctions"],
    # qui est expulsé dans une crise diplomatique (« a expulsé trois diplomates russes »)
    "diplomat": ["diplomate", "diplomates", "ambassadeur", "ambassadeurs", "ambassadrice", "envoyé", "envoyés",
                 "ambassade", "ambassades", "consul", "consuls", "consulat", "chargé d'affaires", "attaché", "attachés"],
    "accord": ["accord", "cessez-le-feu", "trêve", "traité", "protocole", "prisonnier", "prisonniers", "otages"],
    # ce qui précède une libération consentie (« libérés à l'issue de négociations »)
    # ce que réclament des salariés qui cessent le travail
    "labour": ["salaire", "salaires", "arriérés", "prime", "primes", "syndicat", "syndicats", "intersyndicale",
               "grève", "préavis", "revendication", "revendications", "conditions de travail", "rémunération"],
    # à qui des combattants se rendent
    "surrender_to": ["forces", "forces armées", "armée", "armées", "troupes", "soldats", "militaires", "autorités",
                     "gendarmerie", "gendarmes", "police", "policiers", "casques bleus", "FDS", "FARDC"],
    "negotiation": ["négociation", "négociations", "pourparlers", "médiation", "tractations", "accord",
                    # une libération contre autre chose (« libéré 82 filles en échange de cinq commandants »)
                    "échange"],
    # qui emmène une personne sans être identifié : une disparition forcée, pas une arrestation
    "unknown_taker": ["non identifié", "non identifiés", "non identifiée", "non identifiées", "inconnu", "inconnus",
                      "cagoulé", "cagoulés", "encagoulés", "masqué", "masqués", "en civil", "en tenue civile"],
}

# ce que vise une attaque contre des civils (« une attaque contre une église », « ont ouvert le feu
# sur un bus ») : bâtiments après toute préposition de lieu ; localités, populations et véhicules
# seulement comme objet (« ont attaqué le village », « la ville attaquée », pas « des hommes dans un véhicule »)
CIVILIAN_BUILDINGS = [
    "maison", "église", "mosquée", "temple", "école", "hôpital", "dispensaire", "marché", "boutique", "commerce",
    "restaurant", "bar", "hôtel", "domicile", "résidence", "ferme",
    "chantier", "concert", "mariage", "funérailles", "université", "banque", "stade", "bâtiment", "immeuble",
    # la Bourse, un bâtiment comme une banque (« des hommes armés ont pris d'assaut la Bourse de Karachi »)
    "bourse",
]
CIVILIAN_SETTLEMENTS = [
    "village", "villages", "ville", "quartier", "communauté", "communautés", "hameau", "population", "populations",
    "civils", "habitants", "villageois", "fidèles", "passagers", "voyageurs", "agriculteurs", "éleveurs", "déplacés",
    "véhicule", "voiture", "bus", "camion", "moto",
]
TARGET_PREPOSITIONS = ["contre", "sur", "de", "du", "des", "d'"]
# ce qui fait d'un convoi ou d'un véhicule un convoi civil, outre les noms de civils (« un convoi humanitaire », « un
# convoi de camions commerciaux ») : un groupe armé qui lui tend une embuscade s'en prend à des civils, non à une cible
# militaire
CIVILIAN_MARKERS = ["humanitaire", "humanitaires", "commercial", "commerciaux", "commerciale", "commerciales", "civil",
                    "civils", "civile", "civiles", "marchandises", "pèlerins"]
PLACE_PREPOSITIONS = ["dans", "à", "au", "aux", "en"]

# what ends a killing that is not violence ("un accident de la route a fait cinq morts")
NON_VIOLENT_CAUSES = [
    "accident", "collision", "inondation", "crue", "glissement de terrain", "éboulement", "séisme", "maladie",
    "épidémie", "tempête", "noyade", "noyer", "bousculade", "foudre", "choléra", "effondrement", "paludisme",
    "tsunami", "volcan", "éruption", "incendie de forêt", "fuite de gaz", "canicule", "neige", "avalanche",
    "tempête de neige",
    # un avion qui s'écrase (« un avion militaire s'est écrasé ..., tuant ses cinq membres d'équipage »)
    "crash", "écraser",
]
# une explosion ou un incendie dont la source est l'un des ACCIDENT_SOURCES, sans acteur armé dans la phrase,
# est un accident, non une violence politique (« une explosion de gaz », « une usine chimique a explosé »,
# « l'entrepôt a brûlé ») : il dit ce qui a explosé ou brûlé, non qui l'a fait
ACCIDENT_EVENTS = ["explosion", "déflagration", "exploser", "incendie", "feu", "brûler", "flamme"]
ACCIDENT_SOURCES = [
    "gaz", "bonbonne", "bouteille", "chaudière", "citerne", "réservoir", "cuve", "pipeline", "oléoduc", "gazoduc",
    "usine", "entrepôt", "artifice", "pétard", "chimique", "carburant", "essence", "pétrole", "raffinerie",
    "réacteur", "transformateur", "four", "générateur", "engrais", "incendie", "flamme", "court-circuit",
    *NON_VIOLENT_CAUSES,
]
# mots qui, à côté d'un bilan dit sans mot d'acte, disent que les morts sont morts d'autre chose que d'une violence
# (« Cinq morts dans un incendie à Bria », « Douze morts dans le naufrage d'une pirogue », « Ebola : 12 morts ») :
# pas d'acte de ce seul bilan (events._toll_only, qui lit aussi NON_VIOLENT_CAUSES, ACCIDENT_EVENTS et
# quantities_fr.NON_VIOLENT_DEATH_CAUSES) ; un mot chacun, lu par sa forme ou son lemme
TOLL_ONLY_OTHER_CAUSES = [
    "incendie", "feu", "flammes", "naufrage", "chavirement", "chavirer", "pirogue", "baleinière", "électrocution",
    "électrocuter", "électrocuté", "électrocutés", "intoxication", "empoisonnement", "déraillement", "chaleur",
    "froid", "ebola", "covid", "covid-19", "coronavirus", "virus", "pandémie", "méningite", "fièvre", "lassa",
    "variole", "grippe", "pluies", "pluie", "diluviennes", "tornade", "ouragan", "cyclone", "typhon", "sécheresse",
    "renversement", "coulée",
]
# a plural event noun said with one of these is characterised, not reported ("sont devenus l'une des menaces")
CHARACTERISING_VERBS = ["être", "devenir", "rester", "constituer", "représenter"]
# ... et celui qu'on dit continuer de faire quelque chose (un de ces verbes avec un infinitif : « les enlèvements
# continuent de frapper les paysans » ; pas « les tueries continuent », qui les rapporte) (incidents._generic_statement) ;
# des actes au pluriel qu'ils régissent, sans date, bilan ni lieu à eux, se poursuivent, aucun acte dit (« ont poursuivi
# leurs attaques contre les civils » ; pas « poursuivent leurs attaques à Bria ») (incidents._going_on)
GOING_ON_VERBS = ["continuer", "persister", "poursuivre"]
# the preposition of an agent complement ("attaqué par des hommes armés")
AGENT_MARKERS = ["par"]
CONTEXT_WORDS["area"] = CONTEXT_WORDS["territory"]
# l'autre camp a quitté le terrain (« après le retrait des troupes », « abandonnée par l'armée ») : verbes et noms
# un terrain quitté avant d'être pris : une prise « après » (AFTER_WORDS) qu'un camp l'a quitté, par un verbe qui a son
# sujet et son objet (« après que les casques bleus l'ont quitté ») ou par un nom de départ dit de qui (« après le
# départ des casques bleus »), est une cession sans combat (events._left_before)
LEAVE_VERBS = ["quitter", "évacuer", "abandonner"]
LEAVE_NOUNS = ["départ"]
AFTER_WORDS = ["après"]
# les noms d'une locution qui dit « après » (« à la suite du départ des soldats »)
AFTER_NOUNS = ["suite"]
WITHDRAWAL_WORDS = ["retrait", "retirer", "abandonner", "replier", "repli", "évacuer"]
# ce que deux camps s'échangent par accord : leurs morts ou leurs captifs
# ce qu'une personne qui s'est tuée a fait exploser pour être un kamikaze ; une arme à la main ne fait pas d'attentat
CONTEXT_WORDS["explosive"] = ["explosif", "explosifs", "engin explosif", "engin explosif improvisé", "bombe", "bombes",
                              "ceinture explosive", "gilet explosif", "grenade", "grenades", "détonateur",
                              "dynamite", "voiture piégée"]
CONTEXT_WORDS["swapped"] = ["corps", "dépouilles", "restes", "détenus", "captifs", "prisonniers de guerre"]
# les champs brûlés par les agriculteurs (« ont mis le feu aux chaumes ») : aucun bien détruit
# ce que le chlore traite quand il n'est pas une arme (« l'eau potable », « les piscines »)
CONTEXT_WORDS["water_treatment"] = ["eau potable", "eau du robinet", "réseau d'eau", "traitement de l'eau", "piscine",
                                    "piscines", "désinfectant", "désinfecter", "potabilisation"]
CONTEXT_WORDS["field_burning"] = ["chaume", "chaumes", "résidus de récolte", "paille", "brûlis"]
# ce que fait un drone qui ne frappe pas (« des drones pour pulvériser des pesticides »)
CONTEXT_WORDS["civil_drone"] = ["pesticide", "pesticides", "pulvériser", "pulvérisation", "criquets", "cultures",
                                "cartographie", "livraison", "livraisons", "vaccins", "médicaments", "mariage",
                                "médicament", "livrer", "livré", "livrés", "filmer", "filmé",
                                # un drone qui surveille (« des drones de surveillance », « un drone de
                                # reconnaissance »)
                                "surveillance", "reconnaissance"]
# des aéronefs, ce qu'un acte a frappé (« ont détruit deux hélicoptères militaires ») ; pas la classe "aircraft" de
# ce qui s'abat du ciel (« abattu un drone »)
CONTEXT_WORDS["aircraft_hit"] = ["avion", "avions", "aéronef", "aéronefs", "hélicoptère", "hélicoptères", "appareil",
                                 "appareils"]
# un meeting aérien, où des avions militaires volent devant la foule (« des avions de chasse ont survolé la capitale
# lors du défilé aérien »)
CONTEXT_WORDS["air_show"] = ["défilé aérien", "défilés aériens", "meeting aérien", "meetings aériens",
                             "spectacle aérien", "démonstration aérienne", "voltige aérienne",
                             "patrouille acrobatique"]
# les moyens de maintien de l'ordre utilisés contre une foule (« a déployé des gaz lacrymogènes »)
CONTEXT_WORDS["crowd_control"] = CROWD_CONTROL_MEANS
# des gens mis à l'abri ou emmenés aux soins (« Douze blessés ont été évacués vers la capitale ») : aucun terrain cédé
CONTEXT_WORDS["evacuees"] = ["blessé", "blessés", "blessée", "blessées", "victime", "victimes", "patient", "patients",
                             "survivant", "survivants", "personnes", "habitants", "civils", "villageois", "familles",
                             "enfants", "femmes", "élèves", "étudiants", "corps", "otages", "ressortissants",
                             "travailleurs", "employés", "personnel", "population", "populations", "malades"]
# une trêve qu'un camp déclare ou à laquelle il met fin
CONTEXT_WORDS["truce"] = ["cessez-le-feu", "trêve", "trêves"]
# ce qu'une foule bloque pour protester (« des ouvriers bloquent la route nationale pour réclamer leurs salaires »)
CONTEXT_WORDS["roadway"] = ["route", "routes", "route nationale", "axe", "axes", "rue", "rues", "autoroute", "pont",
                            "voie ferrée", "carrefour", "circulation",
                            # le chemin d'un lieu (« ont bloqué l'accès au marché », « l'entrée de la mine »)
                            "accès", "entrée", "entrées", "passage frontalier", "poste frontière"]
# ce qu'un camp armé cible : un terrain, une base, un bâtiment
CONTEXT_WORDS["place"] = [*CONTEXT_WORDS["territory"], *CONTEXT_WORDS["base"], *CONTEXT_WORDS["property"],
                          # où vivent les gens (« ont investi le hameau de Maru »)
                          "hameau", "hameaux", "campement", "campements", "agglomération"]
# a territory change said with this is the state of the front, not the news
ALREADY = ["déjà"]
# what makes a mass grave news of its own: it was found ("two mass graves were discovered"), not
# the place the killers used ("buried them in a mass grave")
# là où des corps retrouvés sont les morts d'un accident ou d'une catastrophe, non d'un meurtre (« les
# corps de sept passagers dans l'épave d'un autobus tombé dans un ravin ») ; pas le ravin lui-même, où sont
# laissés aussi les corps des enlevés (« son corps a été retrouvé dans un ravin ») : la chute dit l'accident
BODY_FOUND_ELSEWHERE = ["épave", "décombres", "débris", "chavirer", "chaviré", "renverser", "renversé",
                        "tomber", "tombé", "chute", "sombrer", "naufrage", "coulée de boue",
                        # empoisonnés par ce qui a fui (« un déversement chimique », « des émanations »)
                        "déversement", "émanations", "monoxyde", "intoxication"]
# mots sur « corps » qui en font d'autres morts d'un acte déjà dit (« sept autres corps »)
BODIES_MORE = ["autres", "autre", "supplémentaires", "nouveaux"]
# un corps retrouvé est un mort (« un corps sans vie retrouvé », « le corps d'un commerçant retrouvé »)
BODY_NOUNS = ["corps", "cadavre", "cadavres", "dépouille", "dépouilles"]
DISCOVERY_WORDS = ["trouver", "retrouver", "découvrir", "découverte", "exhumer", "exhumation", "localiser", "fouille", "fouiller"]
# a determiner that says the event did not happen ("no arrests have been made")
NEGATIVE_DETERMINERS = ["aucun", "aucune", "nul", "nulle"]
# the marker of an infinitive of purpose ("an attack to capture the positions"): the aim, not the event
# les infinitifs de but d'une protestation (« des jeunes ont attaqué des véhicules pour dénoncer le massacre » : ce
# qu'ils dénoncent n'est pas leur acte, incidents._protest_topics ; « se sont rassemblés pour dénoncer » : une
# manifestation, events._protest_purpose)
PROTEST_PURPOSE_VERBS = ["protester", "dénoncer", "décrier", "condamner", "exiger", "réclamer", "revendiquer",
                         "manifester"]
PURPOSE_MARKERS = ["pour", "afin"]
# a mention with these introduces a further event, not the one already told ("un autre pont a
# sauté", "une nouvelle attaque")
# nouns of a blast (« l'explosion », « la déflagration »): told again with a definite determiner, the latest act done
# with explosives is the one they name, before an act of another kind told after it (incidents._latest_compatible)
BLAST_NOUNS = ["explosion", "explosions", "déflagration", "déflagrations", "détonation", "détonations"]
ANOTHER_WORDS = ["autre", "autres", "nouvel", "nouvelle", "nouveau", "second", "seconde", "deuxième",
                 "troisième", "distincte", "distinct", "similaire"]
# l'acte refait (« des terroristes ont de nouveau attaqué le convoi ») : un autre acte, pas la suite du précédent
AGAIN_WORDS = ["de nouveau", "à nouveau"]
# adverbes qui ajoutent un autre événement (« des guérilleros ont aussi fait sauter un pont ») : pas comment le précédent a été commis
ADDITIVE_ADVERBS = ["aussi", "également", "pareillement"]
# une phrase qui s'ouvre sur ces mots dit un autre événement d'une liste, pas la suite du précédent
# ("Par ailleurs, le maire de Sipi a été blessé", "Pendant ce temps, un garçon a été blessé")
NEW_EVENT_OPENERS = ["par ailleurs", "en outre", "de plus", "pendant ce temps", "ailleurs", "d'autre part",
                     "dans un autre incident", "dans un incident distinct", "dans une autre attaque",
                     # une scène à part après une nouvelle des provinces (« Dans la capitale, des inconnus ont
                     # tiré sur la maison d'un journaliste »)
                     "dans la capitale"]
# une phrase qui s'ouvre ainsi dit son acte à part de ceux d'avant (« Par ailleurs, deux soldats ont été tués quand
# leur véhicule a sauté sur une mine ») : l'adversaire principal du récit ne lui prête aucun auteur
SEPARATE_EVENT_OPENERS = ["par ailleurs", "ailleurs", "dans un autre incident", "dans un incident distinct",
                          "dans une autre attaque", "séparément", "dans un incident séparé"]
# une phrase qui s'ouvre ainsi dit ce qui a suivi l'acte d'avant (« Quelques heures plus tard, un missile a touché un
# quartier résidentiel ») : un acte dit par sa manière y est un autre acte ; une mort, un bilan, restent de l'acte
LATER_OPENERS = ["quelques heures plus tard", "plusieurs heures plus tard", "une heure plus tard", "des heures plus tard",
                 "heures plus tard", "quelques minutes plus tard", "minutes plus tard", "plus tard dans la journée",
                 "plus tard dans la soirée", "plus tard dans la nuit", "le lendemain", "le jour suivant"]
# verbes qui disent quand un événement a eu lieu ("l'attentat, qui a eu lieu le 16 novembre"); une
# entrée de deux mots est le lemme du verbe et celui de son objet
OCCURRENCE_VERBS = ["produire", "survenir", "dérouler", "avoir lieu"]
# verbes de venue qui disent comment les auteurs d'un acte en ont gagné le lieu (« Les assaillants, arrivés dans la
# nuit de mardi à mercredi, ont incendié quarante maisons », « venus à moto lundi soir ») : dits dans une
# proposition sur le sujet de l'acte, leur jour est celui de l'acte (incidents._attachment) ; une entrée de deux mots
# est un verbe et son complément
# les mots qui ouvrent une relative de lieu sur l'objet de l'acte (« a frappé une école où s'étaient réfugiés des
# habitants mardi soir ») : le jour qui la termine est celui de la phrase (incidents._day_closing_a_place_clause)
# mots qui disent un acte comme un genre (« ce type d'attentat est généralement l'oeuvre de ... », « ce genre
# d'attaque ») : le nom dont l'acte est le complément (incidents._kind_of_act)
KIND_OF_ACT_DETERMINERS = []
KIND_OF_ACT_NOUNS = ["type", "types", "genre", "genres", "sorte", "sortes"]
PLACE_RELATIVES = ["où"]
ARRIVAL_VERBS = ["arriver", "venir", "surgir", "débarquer", "déferler", "faire irruption"]
# prédicats qui imputent un événement à quelqu'un ("des militaires impliqués dans l'assassinat", "les
# hommes accusés de l'attaque"): leur sujet, ou le nom qu'ils qualifient, en est l'auteur
# figures de style qui contiennent un mot déclencheur : pas d'événement ("une bombe à retardement
# monétaire", "un suicide politique", "un assassinat moral")
FIGURATIVE = ["bombe à retardement", "bombe sociale", "suicide politique", "assassinat moral", "tuer dans l'œuf",
              "tué dans l'œuf", "tuée dans l'œuf",
              # des mots, pas des coups ("les manifestants ont attaqué verbalement le président")
              "attaquer verbalement", "attaqué verbalement", "attaquée verbalement", "attaqués verbalement",
              "attaquent verbalement", "attaque verbalement", "verbalement attaqué", "attaque verbale",
              "attaques verbales",
              # au préalable, pas une avance de troupes (« arrêté dix opposants à l'avance du scrutin »)
              "à l'avance", "d'avance", "par avance",
              # combien de fois, pas une reprise de territoire (« ont attaqué à plusieurs reprises des villages »)
              "à plusieurs reprises", "à maintes reprises", "à de nombreuses reprises", "à diverses reprises",
              "à quelques reprises", "à deux reprises", "à trois reprises"]
# verbes qui imputent un événement à quelqu'un par leur complément ("attribué aux FDLR", "imputé aux rebelles")
ATTRIBUTION_PREDICATES = ["attribuer", "attribué", "attribuée", "attribués", "attribuées", "imputer", "imputé",
                          "imputée", "imputés", "imputées"]
# verbes dont l'objet direct est celui à qui l'on impute un acte, l'acte en complément « de » (« le
# gouvernement a accusé le Sentier lumineux d'avoir assassiné six paysans », « la police soupçonne le
# cartel d'avoir commandité le meurtre »)
ACCUSATION_VERBS = ["accuser", "soupçonner", "suspecter"]
# combien de fois, dit sur le verbe d'un acte : des actes répétés, une habitude racontée en arrière-plan, aucun acte
# d'un jour et d'un lieu (« Les jihadistes attaquent régulièrement des villages de la zone », « L'armée a attaqué à
# plusieurs reprises des villages » : incidents._repeated_acts) ; pas un nombre de fois (« à deux reprises »)
REPEATED_ACT_WORDS = ["régulièrement", "fréquemment", "souvent", "constamment", "systématiquement", "habituellement",
                      "périodiquement", "à plusieurs reprises", "à maintes reprises", "à de nombreuses reprises",
                      "à diverses reprises", "à maintes occasions", "plusieurs fois", "maintes fois",
                      "de nombreuses fois", "à plusieurs occasions", "à de nombreuses occasions"]
# les adjectifs de fréquence, sur un nom d'acte au pluriel (« la zone est le théâtre d'attaques fréquentes du groupe »,
# « des raids répétés ») : des actes répétés, une habitude en arrière-plan, aucun acte (incidents._frequent_acts)
REPEATED_ACT_ADJECTIVES = ["fréquentes", "fréquents", "répétées", "répétés", "régulières", "réguliers", "récurrentes",
                        "récurrents", "incessantes", "incessants", "constantes", "constants", "sporadiques", "périodiques"]
# les mots qui ouvrent une période à partir d'une date (« depuis janvier », « depuis dimanche ») : des actes répétés
# depuis lors ne sont aucun acte d'un jour (incidents._over_a_period)
PERIOD_OPENERS = ["depuis", "dès"]
# les adverbes qui font d'un adjectif d'un nom d'événement un superlatif, avec son article (« l'attaque la plus
# meurtrière depuis janvier ») : la période où ce rang se compte est le début du compte, pas la date de l'acte
# (incidents._ranks_since)
SUPERLATIVE_ADVERBS = ["plus", "moins"]
# un nombre de fois dit sur le verbe d'un acte (« deux fois », « à trois reprises ») : des actes qui peuvent être
# racontés chacun ; sur une période sans jour à eux (« à deux reprises depuis janvier », « trois fois en mars »),
# aucun acte d'un jour (incidents._counted_times)
TIMES_ADVERBS = []
TIMES_NOUNS = ["fois", "reprise", "reprises", "occasion", "occasions"]
# verbes supports dont le complément prépositionnel est l'acte même (« les jihadistes ont procédé à l'exécution de
# trois otages » : ils ont exécuté les otages ; events._support_verb_complement), et leurs prépositions
ACT_SUPPORT_VERBS = ["procéder"]
ACT_SUPPORT_PREPS = ["à", "au", "aux"]
# verbes de l'exécution d'un acte, dont le complément d'agent est l'auteur quand le nom de l'événement en
# est le sujet passif (« l'attaque a été menée par l'ELN », « le massacre aurait été perpétré par ... »)
# les verbes qui forcent un convoi ou des voyageurs à revenir, dits quelques mots avant le retour (« contraint par les
# rebelles de faire demi-tour ») : le retour imposé par un camp armé est l'acte (events._coercer)
COERCION_VERBS = ["contraindre", "contraint", "contraints", "contrainte", "contraintes", "obliger", "obligé", "obligés",
                  "obligée", "obligées", "forcer", "forcé", "forcés", "forcée", "forcées"]
CONDUCT_VERBS = ["mener", "perpétrer", "commettre", "exécuter", "lancer", "réaliser", "orchestrer", "conduire",
                 # l'engin d'un attentat, posé ou déclenché (« la bombe a été posée par des membres du ... »)
                 "poser", "placer", "déposer", "déclencher", "actionner",
                 "allumer",
                 # l'acte causé par son auteur (« l'incendie a été provoqué par des commandos urbains »)
                 "provoquer"]
# verbes dont le sujet réagit à l'événement qu'ils ont pour objet, sans l'avoir commis (« l'armée a
# condamné l'assassinat du juge », « la police enquête sur le meurtre de ... »)
# mots qui font d'une mise à mort une peine exécutée après un procès (« a exécuté un homme condamné à mort pour
# meurtre ») : la justice de l'État, aucun fait de conflit (events._passes, drapeau « not_judicial »)
JUDICIAL_PHRASES = ["condamné à mort", "condamnés à mort", "condamnée à mort", "condamnées à mort", "peine de mort",
                    "peine capitale", "couloir de la mort", "injection létale", "tribunal", "cour", "reconnu coupable",
                    "reconnus coupables"]
REACTION_VERBS = ["condamner", "dénoncer", "déplorer", "fustiger", "regretter", "pleurer", "protester", "critiquer",
                  "rejeter", "enquêter", "instruire", "examiner", "étudier", "élucider", "éclaircir", "signaler",
                  "confirmer", "démentir", "nier", "évoquer", "rappeler", "commémorer", "venger", "exiger",
                  "demander", "réclamer", "enquête",
                  # et ceux qui en poursuivent les auteurs (« la police a arrêté deux suspects dans le meurtre »)
                  "arrêter", "interpeller", "inculper", "juger", "identifier", "rechercher", "traquer",
                  # et ceux qui l'ont empêché (« la police a déjoué un attentat contre la vie du sénateur »)
                  "déjouer"]
# noms de la paternité d'un acte : « l'enlèvement est l'oeuvre de l'EPL » nomme son auteur
WORK_NOUNS = ["oeuvre", "œuvre", "marque", "marques", "signature"]
# verbes dont l'objet parmi WORK_NOUNS dit de qui est l'acte (« l'attaque porte la marque de Boko Haram » ; l'auteur
# n'est que possible : claims_fr.ATTRIBUTION_PREDICATES)
# (et les formes du présent que l'étiqueteur lit comme le nom « porte », lemme « porte » : « L'attaque porte la marque
# de Boko Haram »)
BEARING_VERBS = ["porter", "avoir", "porte", "portent"]
# les noms qui tiennent lieu de leur complément « de » comme auteur de l'acte quand ils sont sujet de son verbe (« la
# main des narcotrafiquants est derrière l'assassinat ») : incidents._hand_of
HAND_NOUNS = ["main", "mains"]
# prépositions de ce qui se tient derrière un acte, son auteur le sujet du verbe (« les cartels sont derrière le crime »)
BEHIND_PREPS = ["derrière"]
# l'arme sortie par l'auteur avant de tirer sans objet (« l'homme a sorti un pistolet et a commencé à tirer ») : les
# verbes de dégainer et les armes (events.drew_weapon) ; la personne qu'il a abordée juste avant est celle sur qui il
# tire (APPROACH_VERBS : « un homme l'a abordé », incidents._approached_person)
DRAWING_VERBS = ["sortir", "dégainer", "brandir"]
DRAWN_WEAPONS = ["pistolet", "arme", "revolver", "fusil", "kalachnikov", "mitraillette", "pistolet-mitrailleur"]
APPROACH_VERBS = ["approcher", "aborder", "accoster"]
PERPETRATOR_PREDICATES = ["impliquer", "impliqué", "impliqués", "responsable", "responsables", "accuser",
                          "accusé", "accusés", "soupçonner", "soupçonné", "soupçonnés", "suspecter",
                          "suspecté", "suspectés", "coupable", "coupables", "inculper", "inculpé", "inculpés",
                          "responsabilité",
                          # « le FMLN est à l'origine de l'attentat » : celui qui en est l'origine l'a commis
                          "origine"]
# guerres dont une relative dit le bilan (« une guerre qui a tué 70 000 personnes ») : pas d'événement
WAR_NOUNS = ["guerre", "guerres", "conflit", "conflits", "insurrection", "guerre civile"]
# groupes dont un nom d'acte dit le métier ("un réseau d'enlèvements", "une filière d'enlèvements") : pas d'événement
CRIMINAL_GROUP_NOUNS = ["réseau", "réseaux", "filière", "filières", "gang", "gangs", "bande", "bandes", "cartel",
                        "cartels"]
# noms qui, avec une arme, disent son emploi ("des tirs de mortier", "une salve de roquettes")
WEAPON_EVENT_HEADS = ["tir", "tirs", "salve", "salves", "pluie", "frappe", "frappes", "gaz"]
# noms de l'emploi d'une arme qui peuvent la prendre pour complément ("le jet d'une grenade") ; complément
# d'un autre nom (qui n'est pas non plus un événement), l'arme est une chose nommée ("des caisses de grenades")
WEAPON_USE_NOUNS = ["jet", "lancer", "lancement", "détonation", "pose", "usage", "utilisation", "emploi",
                    "explosion", "explosions", "déflagration", "impact", "volée", "grêle"]
# verbes dont l'infinitif complément a bien eu lieu ("ont commencé à bombarder"); tout autre
# gouverneur fait de l'infinitif un but ("ordre de saboter", "pour attaquer")
IMPLICATIVE_VERBS = ["commencer", "continuer", "parvenir", "réussir", "recommencer", "finir", "mettre", "poursuivre"]
# les mots qui introduisent un infinitif ("pour attaquer", "afin de", "ordre de saboter", "à bombarder")
INFINITIVE_MARKS = ["pour", "afin", "de", "d'", "d’", "à"]
# un but que ces verbes donnent est atteint par l'acte même : bloquer les routes « pour protester »
# est la manifestation
SELF_FULFILLING_PURPOSES = ["protester", "manifester", "défiler"]
# prepositions that give an arrest's reason ("arrested over the protests", "in connection with the
# attack"): the event they introduce is the charge, not news of its own
# (« en lien avec l'attaque » : le nom de la locution et sa préposition, comme "in connection with")
REASON_PREPOSITIONS = ["pour", "suite", "lien", "avec"]
# les délits de droit commun pour lesquels on arrête (« arrêté pour vol ») : travail de police, aucune
# arrestation qu'ACLED code (les siennes ont une portée politique)
COMMON_CRIMES = ["vol", "vols", "cambriolage", "escroquerie", "fraude", "excès de vitesse", "ivresse",
                 # la contrefaçon et le faux (« arrêtés pour contrefaçon », « pour faux et usage de faux »)
                 "contrefaçon", "faux", "falsification", "faux-monnayage"]
# les délits de fonction : de droit commun quand qui est arrêté n'a aucune charge politique (« deux douaniers arrêtés
# pour corruption »), une arrestation politique quand il en a une (« l'ancien ministre arrêté pour détournement »)
OFFICE_CRIMES = ["corruption", "détournement", "détournements", "concussion", "malversation", "malversations",
                 "pots-de-vin"]
POLITICAL_OFFICES = ["ministre", "ministres", "gouverneur", "gouverneurs", "député", "députés", "sénateur",
                     "sénateurs", "maire", "maires", "président", "opposition", "parti", "opposant", "opposants",
                     "militant", "militants", "journaliste", "journalistes"]
# une accusation « sous » laquelle on arrête (« arrêté sous l'accusation de corruption ») : ce qu'elle nomme est le motif
CHARGE_NOUNS = ["accusation", "accusations", "chef", "chefs", "soupçon", "soupçons"]
CHARGE_PREPOSITIONS = ["sous"]

# ce que vise un nom d'attaque, devant le nom d'une organisation (« l'attentat contre la FENASTRAS »)
AIMED_AT_PREPS = ["contre"]
# participes qui nomment une personne par ce qu'on lui reproche (« un homme accusé de vol ») : aucun fait
CHARGE_PARTICIPLES = ["accuser", "accusé", "accusée", "accusés", "soupçonner", "soupçonné", "soupçonnée",
                      "soupçonnés", "suspecter", "suspecté", "suspectée", "suspectés"]
# participes qui disent l'état dans lequel une personne est morte (« Un troisième homme, grièvement brûlé, est
# mort à l'hôpital ») : rattachés au sujet d'un verbe de mort (victims_<lang>.DYING_WORDS), sans objet ni
# auteur, ils disent les blessures d'une victime d'un fait déjà raconté, aucun fait à eux
STATE_PARTICIPLES = ["brûler", "brûlé", "brûlée", "brûlés", "brûlées", "blesser", "blessé", "blessée", "blessés",
                     "blessées", "calciner", "calciné", "calcinée"]

# a reflexive object: the doer is the one hit ("killed himself", "s'est tué"), no perpetrator of its own
# ce que reprend un pronom pluriel sujet d'un verbe d'événement : l'acteur armé sujet juste avant
# (« des rebelles sont entrés dans la ville, où ils ont incendié la mairie »)
PLURAL_PRONOUNS = ["ils", "elles"]
# pronoms personnels qui peuvent tenir lieu de la personne touchée (« le corps d'un homme a été retrouvé.
# Il a apparemment été abattu »), singulier puis pluriel
PERSON_PRONOUNS_SINGULAR = ["il", "elle", "le", "la", "l'", "l’", "lui"]
PERSON_PRONOUNS_PLURAL = ["ils", "elles", "les", "leur", "eux"]
# the words that join the persons hit after a pronoun ("le blessant ainsi que son chauffeur"); several words: each one
PERSON_COORDINATORS = ["et", "ainsi que"]
# pronoms relatifs propres aux personnes : aucun ("qui", "lequel" valent pour les choses aussi)
PERSON_RELATIVE_PRONOUNS: list[str] = []
REFLEXIVES = ["se", "s'", "s’"]
# the preposition of a noun complement ("the chief of staff of the militia", "le chef d'état-major de la milice")
COMPLEMENT_PREPS = ["de", "du", "d'", "d’", "des"]

# possessifs qui désignent une chose : aucun en français (« son sort » peut être celui d'une personne) ; EN "its"
THING_POSSESSIVES: list[str] = []

# ce qui rompt un accord : « ont violé le cessez-le-feu », « violations de la trêve » ne sont pas un accord
BREACH_WORDS = ["violer", "violation", "rompre", "rupture", "enfreindre", "bafouer", "violateur"]
# un accord qui échoue, dit par le verbe de son sujet (« la trêve vole en éclats », « le cessez-le-feu s'effondre ») :
# pas d'accord ; le lemme de chaque verbe (ou la forme que l'analyseur laisse pour lemme : « vole ») et les mots
# dont l'un doit le compléter (vide : aucun)
BREAKDOWN_VERBS = {"voler": ("éclats",), "vole": ("éclats",), "volent": ("éclats",), "effondrer": (), "rompre": (),
                   "capoter": ()}
# la violence qui éclate ou grandit, dite par le verbe de son sujet (« les violences reprennent à Bria », « la violence
# éclate ») : le lemme de chaque verbe et les mots dont l'un doit le compléter (vide : aucun) ; le déclencheur
# « violence » marqué needs_rising (events._breaks_out)
RISING_VERBS = {"éclater": (), "reprendre": (), "intensifier": (), "redoubler": (), "flamber": (), "embraser": (),
                "poursuivre": (), "étendre": (), "gagner": (), "s'intensifier": ()}
# les verbes qui disent qu'il y a quelque chose (« il y a eu des violences à Bria »), avec les mots dont l'un les
# accompagne : la violence qu'il y a eu est violence faite (events._breaks_out)
EXISTENTIAL_VERBS = {"avoir": ("y",)}
# un nom général de la violence (« Les violences ont éclaté mardi », « les troubles ont commencé lundi ») qui, dit après
# une attaque que le chapeau a dite, commence par l'un des OUTBREAK_VERBS (chaque lemme avec les mots dont l'un doit le
# compléter ; vide : aucun) un jour : ce jour est celui de l'acte du chapeau quand celui-ci n'en dit aucun
# (incidents._dated_by_its_outbreak)
OUTBREAK_NOUNS = ["violence", "violences", "trouble", "troubles"]
OUTBREAK_VERBS = {"éclater": (), "commencer": (), "débuter": (), "démarrer": ()}
# un arrêt de travail dit quand il prend fin n'est pas une manifestation (« les enseignants suspendent leur grève »,
# « mettent fin à leur grève », « fin de la grève », « ont levé le mot d'ordre de grève », « reprennent les cours
# après deux mois de grève ») : ses noms, les verbes qui y mettent fin (avec les mots dont l'un doit les compléter ;
# vide : aucun), les noms de sa fin, les verbes de la reprise
STOPPAGE_NOUNS = ["grève", "débrayage"]
# les travailleurs en grève (qu'un acte armé peut frapper : « des grévistes attaqués »)
STRIKER_WORDS = ["gréviste", "grévistes"]
STOPPAGE_END_VERBS = {"suspendre": (), "lever": (), "arrêter": (), "annuler": (), "cesser": ()}
STOPPAGE_END_NOUNS = ["fin", "levée", "suspension"]
RESUME_VERBS = ["reprendre"]
# une arme qu'un titre dit fournie n'est pas un acte (« Des drones armés pour l'armée malienne », « Des
# hélicoptères de combat livrés à l'armée ») : les prépositions du destinataire, les verbes de la fourniture
WEAPON_RECIPIENT_PREPS = ["pour"]
WEAPON_SUPPLY_VERBS = ["livrer", "fournir", "vendre", "acheter", "commander", "offrir", "envoyer", "recevoir",
                       "approuver", "acquérir", "exporter", "importer", "livré", "livrés", "livrées"]
# une arme dite, dans toute phrase, reçue, achetée ou vendue par un camp n'est pas un acte (« L'armée de l'air a reçu
# deux avions de chasse » ; events._weapon_taken_delivery) : pas les verbes de l'ordre ou de l'envoi, dont l'objet
# peut être une frappe (« a ordonné une frappe aérienne », « a envoyé des avions bombarder »)
WEAPON_DELIVERY_VERBS = ["livrer", "fournir", "vendre", "acheter", "offrir", "recevoir", "acquérir", "exporter",
                         "importer", "réceptionner"]
# ... et les verbes dont le sujet, le camp ou l'arme que nomme le déclencheur, reçoit une arme (« L'armée de l'air a
# reçu deux avions de chasse » : l'armée de l'air n'a rien fait)
WEAPON_RECEIPT_VERBS = ["recevoir", "acheter", "acquérir", "importer", "réceptionner"]
# un accord dit comme ce après quoi ou malgré quoi un acte a lieu (« attaquent une ville quelques jours après
# l'accord de paix », « malgré le cessez-le-feu ») : les prépositions et conjonctions de cette circonstance
CIRCUMSTANCE_PREPS = ["après", "depuis", "malgré", "nonobstant"]
# les noms d'un acte fait en réponse à un autre (« a bombardé des positions rebelles en représailles à l'attaque de
# la semaine dernière qui a fait quinze morts ») : l'acte plus ancien que nomme la locution a son propre bilan, la
# riposte aucun
RETALIATION_NOUNS = ["représailles", "représaille", "riposte", "vengeance", "rétorsion", "réponse"]
# ... ses verbes (« pour venger l'attaque de la semaine dernière qui a fait quinze morts »), et les prépositions d'un
# acte venu après un autre (« ont incendié mardi des maisons après une attaque qui a fait douze morts dimanche »)
RETALIATION_VERBS = ["venger", "riposter"]
# un acte plus ancien dit comme le moment de la nouvelle, mis à part de sa proposition par une virgule ou une durée,
# avec son propre bilan (« ont tué une trentaine de terroristes dimanche, au lendemain d'une attaque contre une église
# qui a fait 17 morts », « une semaine après une embuscade qui a fait onze morts ») : les mots de « après », les noms
# qui disent à eux seuls « le jour d'après », les durées courtes outre les UNITS des dates
# (incidents._older_act_as_time)
NEWS_TIME_AFTER = ["après", "suite"]
DAY_AFTER_NOUNS = ["lendemain"]
SHORT_STRETCH_UNITS = ["heure", "heures", "minute", "minutes"]
# les mots de « sur fond de » violences au bilan propre, nul acte du récit (« ont tué cinq villageois, sur fond de
# violences qui ont fait plus de 200 morts cette année » : incidents._amid_a_toll)
AMID_MARKERS = ["fond"]
# deux actes dits l'un après l'autre dans une phrase (« ont d'abord attaqué le village de Kotia vendredi, tuant neuf
# personnes, puis se sont rendus à Seytenga samedi, où ils ont tué cinq autres habitants ») : les mots de « d'abord »
# (le mot « abord ») et de « puis » (incidents._acts_first_then)
SEQUENCE_FIRST = ["abord"]
SEQUENCE_THEN = ["puis", "ensuite"]
# un acte « survenu alors que » un autre était commis (« La destruction de l'hélicoptère est survenue alors que des gangs
# attaquaient Petit-Goâve ») : les verbes outre OCCURRENCE_VERBS, et les mots de « alors que » juste après eux
# (incidents._came_as)
COINCIDE_VERBS = ["intervenir"]
COINCIDE_MARKERS = ["alors", "tandis"]
ANSWERED_PREPS = ["après", "suite"]
# prepositions of an event at the same time as another ("during", "lors"): no time reference told before
SIMULTANEOUS_PREPS = ["pendant", "lors", "durant"]
# la copule d'une description (« des hommes soupçonnés d'être des bandits »)
COPULAS = ["être"]
# prendre part à une manifestation : les verbes et le nom de la locution
PARTICIPATION = (["prendre"], ["part"])
# un événement rappelé, non rapporté : une durée « après » date la nouvelle par lui (« un an après le
# massacre », « quelques semaines après l'attentat »), « depuis » remonte à lui (« depuis le coup
# d'État de 2021 »), une commémoration porte sur lui (« l'anniversaire du massacre », « en mémoire des
# victimes de l'attentat »)
# à qui l'on rend hommage (« rendre hommage à un camarade tué ») : ce qu'il nomme est rappelé
MEMORIAL_DATIVES = ["à", "au", "aux"]
RECALL_AFTER = ["après"]
# les verbes par lesquels un acte nommé de nouveau vient un temps après un autre (« Cette attaque intervient deux
# jours après l'attaque d'un poste de police » : events._act_a_stretch_before)
STRETCH_AFTER_VERBS = ["intervenir", "survenir", "produire", "avoir lieu"]
RECALL_SINCE = ["depuis"]
RECALL_NOUNS = ["anniversaire", "mémoire", "commémoration", "souvenir", "hommage", "veillée",
                # le verbe d'une commémoration (« pour commémorer les victimes de la répression de 1988 »)
                "commémorer"]
# une commission d'enquête, et la préposition de ce sur quoi elle porte quand l'analyse la rattache au verbe qui
# l'a mise en place (« une commission d'enquête sur les massacres », « a créé une commission sur les tueries ») :
# un organe créé après des tueries déjà dites, qui les rappelle (ACLED ne code aucun événement pour une enquête).
# Pas une enquête de police : « une enquête sur le meurtre de deux étudiants » peut être la première nouvelle du meurtre
INQUIRY_NOUNS = ["commission", "commissions"]
INQUIRY_PREPS = ["sur"]
# une enquête de police, judiciaire ou parlementaire ne rappelle ce sur quoi elle porte que dite d'un organe (« une
# enquête judiciaire sur le massacre », INQUIRY_BODIES) ou avec l'acte daté d'un temps plus ancien (« sur les tueries
# de 2018 », « sur l'assassinat d'un journaliste l'an dernier ») : une enquête sans plus peut être la première nouvelle
INQUIRY_WORDS = ["enquête", "enquêtes", "investigation", "investigations"]
INQUIRY_BODIES = ["parlementaire", "parlementaires", "judiciaire", "judiciaires", "indépendante", "indépendantes",
                  "internationale", "internationales",
                  # l'organe qui ouvre ou réclame l'enquête (« Le gouvernement a ouvert une enquête sur le meurtre de ... »)
                  "parlement", "gouvernement", "assemblée", "sénat", "députés"]
INQUIRY_PAST_MARKERS = ["dernier", "dernière", "derniers", "dernières", "passé", "passée", "précédent",
                        "précédente"]
# un rapport et la préposition de ce sur quoi il porte (« un rapport sur les massacres de Bria ») : ce sur quoi il porte
# est rappelé comme ce sur quoi enquête une commission (events.recalled_phrase) ; sans jour à lui, aucun acte du récit
# (incidents._told_only_as_inquired)
REPORT_NOUNS = ["rapport", "rapports"]
REPORT_PREPS = ["sur"]
# verbes du souvenir : un événement dans leur complément, quand le locuteur le rappelle (« je me souviens
# quand ils ont plastiqué la station-service », « rappelons que ... »), est de l'histoire dite en contexte
RECALL_VERBS = ["souvenir", "rappeler", "remémorer"]

# menaces (flag "threat"), voir events_en
THREAT_ACTS = {
    "kill": ["tuer", "assassiner", "abattre", "exécuter", "égorger", "mort", "décapiter", "fusiller"],
    "bomb": ["plastiquer", "dynamiter", "bombe"],
}
THREAT_TARGET_PREPS = ["contre", "à", "envers"]
THREAT_RECEIVED = ["recevoir", "faire l'objet"]
# les prépositions de qui vient une menace reçue (« a reçu des menaces de mort de la part des FARC ») : son auteur
THREAT_SOURCE_PREPS = ["de", "du", "des", "d'", "d’"]
# une menace contre n'importe qui est un avertissement à tous, pas une menace précise (« a menacé de tuer
# tout candidat qui participera ») : déterminants et pronoms de libre choix
FREE_CHOICE = ["tout", "toute", "quiconque", "n'importe"]
# la vie de quelqu'un menacée est une menace de mort (« sa vie a été menacée »)
THREAT_LIVES = ["vie"]
# les possessifs d'un possesseur pluriel (« leur vie était menacée »)
POSSESSIVES_PLURAL = ["leur", "leurs"]

# des partisans dont les heurts sans partie armée sont la violence de foule de l'ACLED (« des partisans de
# candidats rivaux se sont affrontés »), et la préposition qui nomme les deux camps
PARTISANS = ["partisan", "partisans", "sympathisant", "sympathisants",
             # les supporters d'un club : la « mob violence » du code ACLED, rivaux dits ou non (« des supporters
             # se sont battus à la sortie du stade »)
             "supporter", "supporters", "ultras", "hooligan", "hooligans",
             # les membres de deux communautés qui se battent à coups de bâtons : une foule
             "communauté", "communautés"]
# une rencontre sportive : des partisans qui s'y déchaînent sont des supporters, pas des manifestants, quelle que
# soit la force qui intervient (« des supporters ont saccagé des boutiques après le match ; la police a fait usage
# de gaz lacrymogène » : la « mob violence » d'ACLED)
SPORT_OCCASIONS = ["match", "matchs", "derby", "stade", "stades", "tournoi", "arbitre", "équipe", "pelouse"]
# une foule qui fête quelque chose ne réclame rien à personne : aucune manifestation (ACLED n'en code pas), et des
# partisans qui s'en prennent à la police en fêtant une victoire sont des supporters, non des manifestants
CELEBRATION_WORDS = ["fêter", "fêtaient", "célébrer", "célébration", "célébrations", "festivités", "liesse",
                     "réjouissances"]
BETWEEN_PREPS = ["entre"]
# des gens qui se battent les uns contre les autres, sans camp armé, sont la bagarre d'une foule (la « mob
# violence » d'ACLED : affrontements entre groupes rivaux, étudiants ou partisans compris) : un réciproque
# (« les uns contre les autres » ; pas « entre eux », qui reprend des camps nommés avant) ou des camps dits rivaux (« deux lycées rivaux », « deux
# amicales rivales »)
RECIPROCALS = ["les uns les autres", "les uns contre les autres", "l'un l'autre", "l'un contre l'autre"]
RIVAL_WORDS = ["rival", "rivaux", "rivale", "rivales", "opposé", "opposés"]
# des groupes organisés dont les combats entre rivaux ne sont pas ceux d'une foule (« deux gangs rivaux »)
ORGANISED_GROUPS = ["gang", "gangs", "bande", "bandes", "cartel", "cartels", "clan", "clans", "milice", "milices",
                    "faction", "factions"]
# des communautés qui se battent entre elles sont des milices identitaires, comme ACLED les code (son « armed
# clash », pas la « mob violence ») : les mots des camps (« affrontements entre éleveurs peuls et agriculteurs »,
# « des éleveurs se sont affrontés avec des agriculteurs ») et ceux qui disent un camp ou le combat communautaire
# (« des milices ethniques », « des affrontements intercommunautaires ») ; un combat dit avec les armes d'une foule
# (« à coups de pierres et de bâtons ») ou par les noms d'une foule (jeunes, habitants) reste celui d'une foule
COMMUNAL_SIDES = ["éleveur", "éleveurs", "pasteur", "pasteurs", "nomade", "nomades", "transhumant", "transhumants"]
COMMUNAL_MODIFIERS = ["ethnique", "ethniques", "tribal", "tribale", "tribaux", "tribales", "interethnique",
                      "interethniques", "intercommunautaire", "intercommunautaires", "clanique", "claniques"]
CROWD_WEAPONS = ["pierre", "pierres", "caillou", "cailloux", "bâton", "bâtons", "gourdin", "gourdins", "brique",
                 "briques", "bouteille", "bouteilles", "poing", "poings", "barre", "barres"]
# la préposition de l'autre camp d'un combat (« se sont affrontés avec des agriculteurs »)
# les mots du camp aux côtés duquel on combat (« des soldats rwandais combattent aux côtés du M23 ») : un combat dit
# avec eux seuls ne nomme aucun adversaire (events._drop_allies_fighting)
ALLY_WORDS = ["côtés", "côté"]
FIGHT_PARTNER_PREPS = ["avec", "contre"]
# ... ou deux groupes de civils « entre » (« entre deux groupes d'étudiants » ; pas « deux clans »)
PAIR_WORDS = ["deux"]
# les membres d'un parti en sont les partisans (« des militants du parti au pouvoir ont attaqué »)
PARTY_WORDS = ["parti"]
# la base d'une organisation nommée dans son complément (« des militants de l'UPC et du MPP », « des cadres du
# RHDP ») : les membres d'un parti connu par son nom ou son sigle seul
PARTY_MEMBERS = ["militant", "militants", "cadre", "cadres", "partisan", "partisans"]
# d'où venaient des partisans qui ont attaqué (« à la sortie d'un meeting », « après le rassemblement ») :
# le meeting dit où et quand leur violence a commencé, pas un événement à lui seul (la « mob violence » d'ACLED)
PROTEST_ORIGIN_WORDS = ["après", "sortie", "issue", "retour", "suite"]
# le rôle d'une personne qu'un nom de protestation qualifie en composé (rare en français, où l'on dit « l'organisateur
# de la marche », qui n'est pas lu ainsi) : qui est la personne, pas une manifestation (events._drop_protest_roles)
PROTEST_ROLE_NOUNS = ["organisateur", "organisateurs", "organisatrice", "meneur", "meneurs", "leader", "leaders"]
# ce que faisaient les gens visés par un acte, dit dans une relative (« ont ouvert le feu sur la foule qui
# protestait ») : c'étaient des manifestants (la « force against protesters » d'ACLED)
PROTESTING_VERBS = ["protester", "manifester", "marcher"]
# prépositions du moyen par lequel un territoire a changé de mains (« chassés de la ville sous un
# bombardement intense ») : le bombardement dit comment le terrain a été pris, le changement est la nouvelle
TERRITORY_MEANS_PREPS = ["sous", "avec"]
# prépositions du combat qui a précédé la prise (« a repris la ville après deux jours de combats ») : l'affrontement
# est la bataille du changement de territoire lui-même, le terrain est la nouvelle
TERRITORY_AFTER_PREPS = ["après"]

# the past perfect ("avait tué", "avaient été enlevés"): an act told as earlier than the clause it hangs on; the auxiliary's
# lemma and its tense (spaCy's morph "Tense")
PERFECT_AUXILIARIES = ["avoir", "être"]
PAST_PERFECT_TENSES = ["Imp"]

# the predicate of who was the victim of events ("a girl was the victim of sexual assaults"): the
# sentence reports what was done to someone, no generalisation
VICTIM_PREDICATES = ["victime"]

# actes qui, faits par les forces de l'État sans mort ni blessé, sont des opérations de leur part (une
# perquisition, des arrestations), non des attaques (MUC-4 1.0 ; les arrestations d'ACLED) : « la police a
# perquisitionné des maisons », « des maisons ont été perquisitionnées » après « les forces de sécurité ont
# arrêté trois hommes » ; faits par d'autres (« des hommes armés ont fait un raid »), ils restent des attaques
# les noms d'une opération des forces qu'une phrase plus loin nomme à nouveau (« sept civils tués lors du
# ratissage ») : les civils tués là sont la violence des forces contre eux, un acte à part du combat (pas « dans les
# combats », les tirs croisés du combat même : incidents._civilians_killed_in_the_operation)
OPERATION_NOUNS = ["opération", "opérations", "ratissage", "ratissages", "raid", "raids", "fouille", "fouilles",
                   "descente", "offensive", "bouclage"]
FORCE_OPERATIONS = ["raid", "raids", "perquisition", "perquisitions", "perquisitionner", "perquisitionné",
                    "perquisitionnée", "perquisitionnés", "perquisitionnées", "fouille", "fouilles", "fouiller",
                    "fouillé", "fouillée", "fouillés", "fouillées", "descente", "descentes",
                    # « des policiers ont fait irruption dans le bureau », « les gendarmes ont investi le quartier »
                    "irruption", "investir", "investi", "investie", "investis", "investies", "envahir", "envahi",
                    "envahie", "envahis", "envahies"]
# verbes de témoin : « nous avons (déjà) vu comment ils ont attaqué ... », l'expérience du locuteur au passé
# composé, résume ce qui s'est passé au fil du temps, non un incident
EXPERIENCE_VERBS = ["voir", "constater"]
# un texte court dont l'extraction charge tout ce qu'il faut à un processus (modèle, matchers, gazetteer)
WARM_UP_TEXT = "Deux civils ont été tués lundi dans une frappe aérienne près de Mossoul, selon des sources."

# à qui un territoire est pris (« a repris Mindat aux rebelles ») : events._named_from_armed
TERRITORY_FROM_PREPS = ["à", "aux"]

# the prepositions of a verb's result that, with a word of death, make the verb say a death
# (« poignardés à mort », « battu à mort »): the verb is a death word of its own
DEATH_RESULT_PREPS = ["à"]

# pronoms dont la relative au présent dit qui sont des gens par ce qu'ils font ("ceux qui tuent",
# "quiconque attaque") : une généralisation, pas un incident
DEMONSTRATIVE_DOERS = ["ceux", "celles", "celui", "celle", "quiconque"]

# un aéronef qui vole, transporte ou s'écrase (« un avion militaire transportant quatorze soldats s'est écrasé »,
# « rapatrié à bord d'un avion militaire ») ne frappe rien : les verbes dont il est le sujet ou qui le
# modifient, et les prépositions du voyage à son bord (drapeau de déclencheur not_carrier)
CARRIER_VERBS = ["voler", "transporter", "écraser", "atterrir", "amener", "emmener", "évacuer", "rapatrier",
                 "décoller", "acheminer", "convoyer"]
CARRIER_PREPS = ["à bord de", "à bord d'", "à bord du", "dans"]
# un aéronef que l'acte a frappé, objet de ces verbes ou sujet de leur passif (« les guérilleros ont détruit deux
# avions militaires au sol », « un hélicoptère de l'armée a été endommagé ») ne frappe rien : son propriétaire est le
# camp touché, non l'auteur d'une frappe aérienne (drapeau de déclencheur not_hit_craft)
CRAFT_HIT_VERBS = ["détruire", "endommager", "incendier", "saboter"]
# prépositions et verbes des tirs visant un aéronef (« ont ouvert le feu sur un avion civil », « ont tiré sur un
# hélicoptère ») : l'appareil est une cible, pas une frappe aérienne (drapeau not_hit_craft, events._craft_shot_at)
CRAFT_TARGET_PREPS = ["sur", "contre"]
CRAFT_SHOT_VERBS = ["tirer", "ouvrir"]
# noms d'une campagne, plusieurs actes sous un nom (« le FMLN a lancé une offensive ») : un acte dont l'auteur est
# dit après elle est l'un de ses actes, non un détail (incidents._campaign_only)
CAMPAIGN_NOUNS = ["offensive", "offensives", "campagne"]

# pronoms relatifs d'une proposition dont le sujet les suit (« les paysans que le Sentier lumineux a
# assassinés », un auxiliaire de PERFECT_AUXILIARIES mis à part) : l'acteur armé juste avant le verbe de l'acte
# dans une telle proposition l'a commis (incidents._relative_clause_subject)
OBJECT_RELATIVES = ["que", "qu'", "qu’"]
# verbes de cause dont le complément est l'acte (« ont fait exploser une bombe ») : leur sujet l'a commis
CAUSATIVE_VERBS = ["faire"]
# les prépositions de celui à qui l'on impute un acte (« a attribué l'attaque au cartel »)
ATTRIBUTION_PREPS = ["à", "au", "aux"]
# déterminants par lesquels un nom d'événement au pluriel renvoie aux actes déjà racontés (« ces deux attentats »)
BACK_PLURAL_DETERMINERS = ["ces"]
# conjonctions qui donnent des auteurs possibles l'un pour l'autre (« par le cartel ou par l'ELN ») : une partie
ALTERNATIVE_CONJUNCTIONS = ["ou"]
# verbes irréels de provocation qui, l'acte pour sujet passif, disent ce qui l'a causé (« l'incendie a été
# provoqué par des commandos urbains ») : l'acte a eu lieu
CAUSED_BY_VERBS = ["provoquer"]
# an act told as the passive subject of these, with no aim in time after them
# (« le massacre a été planifié de sang-froid »;
# not « l'attaque a été planifiée pour vendredi »): what was planned happened (events._planned_and_done)
PLANNED_DONE_VERBS = ["planifier", "préméditer"]
PLANNED_FOR_PREPS = ["pour"]
# des forces rassemblées pour un acte (« l'EI rassemble ses membres pour un assaut », EN "mobilising its members for
# an assault"), un acte après un nom de but (« en vue d'un assaut », EN "with a view to an attack") : le but, pas un
# acte fait (events._mustered_for)
MUSTER_VERBS = ["mobiliser", "masser", "amasser", "rassembler", "regrouper", "préparer"]
MUSTER_AIM_PREPS = ["pour"]
AIM_NOUNS = ["vue"]

# prédicats de responsabilité qui disent un acte quand les morts sont des personnes connues (« des soldats étaient
# responsables de la mort des deux institutrices »), les déterminants qui les disent connues, et les mots d'un
# bilan de nombreux actes (« responsable de la mort de milliers de civils depuis 1980 » ; events._responsible_for_one)
ONE_ACT_PREDICATES = ["responsable", "responsables"]
ONE_ACT_DETERMINERS = ["le", "la", "l'", "les", "des", "du", "son", "sa", "ses", "leur", "leurs", "ces"]
RECORD_WORDS = ["depuis", "milliers", "centaines", "dizaines", "millions", "ans", "années", "décennie", "décennies"]
# participes d'escorte : qui escorte ce qu'une attaque a frappé (« un convoi escorté par l'armée ») n'en est pas l'auteur
ESCORT_VERBS = ["escorter", "protéger", "accompagner", "garder", "sécuriser"]

# verbes dont le sujet a subi l'acte que dit leur complément (« une patrouille est tombée dans une embuscade », « le
# convoi a essuyé des tirs », « le camp a subi une attaque », « cinq soldats sont morts dans l'embuscade ») : le
# sujet est ce que l'acte a frappé, non son auteur ; avec les prépositions dont l'une doit ouvrir le complément
# (aucune : l'objet direct) (targets.undergoing_verb)
UNDERGOING_VERBS = {"tomber": ("dans", "sous"), "essuyer": (), "subir": (), "mourir": ("dans", "lors", "pendant"),
                    "périr": ("dans", "lors", "pendant")}
# noms attributs dont le sujet a subi l'acte que dit leur complément (« une patrouille a été victime d'une
# embuscade », « le convoi a été la cible d'une attaque ») (targets.undergoing_verb)
UNDERGOING_NOUNS = ["victime", "victimes", "cible", "cibles"]

# verbes du plus ou du moins : un nom d'événement au pluriel qu'ils régissent (« ont multiplié les attaques depuis
# 2022 ») dit la fréquence des actes, pas un acte (incidents._trend)
TREND_VERBS = ["intensifier", "multiplier", "redoubler", "accroître", "augmenter", "amplifier"]

# verbes dont l'arme sujet a frappé : « le drone a frappé un véhicule », « un hélicoptère a visé un convoi »
# (une arme armée, sans force nommée ; events._weapon_strikes)
# (« mitrailler » : un aéronef qui mitraille frappe depuis les airs, « des hélicoptères ont mitraillé des orpailleurs »)
WEAPON_STRIKE_VERBS = ["frapper", "viser", "toucher", "bombarder", "pilonner", "cibler", "mitrailler"]
# ceux d'entre eux qui disent un tir depuis les airs, quoi que l'analyse fasse de leur objet (« des hélicoptères ont
# mitraillé dimanche des positions », les positions rattachées au jour ; events._weapon_strikes)
WEAPON_FIRE_VERBS = ["mitrailler"]
# verbes du largage, ce qu'un drone largue qui frappe, et les prépositions d'où il a été largué (« un drone a largué une
# grenade sur un poste », « des grenades larguées depuis un drone » ; events._drops_munition)
DROP_VERBS = ["larguer", "lâcher"]
DROPPED_MUNITIONS = ["grenade", "grenades", "bombe", "bombes", "explosif", "explosifs", "munition", "munitions",
                     "obus", "charge", "charges"]
DROP_FROM_PREPS = ["depuis", "de", "d'"]
# verbes dont le sujet, l'un des DROPPED_MUNITIONS, est tombé d'en haut (« des bombes sont tombées sur deux camps »,
# « des bombes ont plu sur la ville ») : larguées des airs, une frappe aérienne, pas un engin posé (events._dropped)
FALL_VERBS = ["tomber", "pleuvoir"]
# les aéronefs d'où un missile ou une roquette est tiré (« ont tiré une centaine de missiles depuis des avions » ; après
# DROP_FROM_PREPS) : une frappe aérienne, pas un tir depuis le sol (events._fired_from_aircraft)
FIRING_AIRCRAFT = ["avion", "avions", "aéronef", "aéronefs", "hélicoptère", "hélicoptères", "drone", "drones",
                   "avions de chasse", "chasseurs", "bombardiers", "bombardier"]
# verbes dont l'armée de l'air sujet, ou l'armée de l'air après « par » de leur passif, a frappé depuis les airs
# (« l'armée de l'air malienne a bombardé un campement », « un pont détruit par l'armée de l'air » ;
# events._striking_force)
FORCE_STRIKE_VERBS = ["frapper", "viser", "toucher", "bombarder", "pilonner", "cibler", "détruire", "attaquer",
                      "mitrailler", "neutraliser"]
# ce pour quoi un drone est employé, ou ce qu'il fait, qui ne frappe rien (« utilise des drones pour surveiller la
# frontière », « un drone a filmé la foule », « un drone a survolé la zone » ; events._civil_use)
CIVIL_USE_VERBS = ["surveiller", "filmer", "observer", "patrouiller", "pulvériser", "livrer", "cartographier",
                   "photographier", "survoler", "repérer"]

# verbes de la libération : qui ils libèrent n'est pas un enlèvement du jour, l'enlèvement est rappelé (« l'armée a
# libéré quinze otages détenus depuis mai », « quinze otages enlevés en mars ont été libérés » ; events._freed_captive)
# verbes de la capture : les personnes dont on dit leur participe sont détenues, pas un camp qui combat ; les tuer
# est une attaque (« l'exécution de deux soldats capturés près de Djibo » ; events._captives_hit)
CAPTIVE_VERBS = ["capturer", "enlever", "kidnapper", "détenir", "saisir"]
# participes de capture : un jour dans leur proposition sur un nom est celui de la capture, pas celui d'un acte commis
# sur les captifs (« ont tué deux soldats capturés samedi »), et date l'enlèvement du nom de captif dont il est dit
# (« les otages, enlevés par le JNIM en mars, ont été libérés » ; incidents._capture_participle, _capture_clause)
CAPTURE_PARTICIPLES = ["capturer", "emmener", "enlever", "kidnapper", "prendre", "rapter", "saisir"]
# prépositions du lieu où un captif a été emmené (« Il a été emmené vers une ferme près de Suárez ») : une ville après
# elles n'est pas le lieu de l'enlèvement (incidents._captive_taken_there)
CAPTIVE_BROUGHT_PREPS = ["vers", "jusqu'à", "jusqu’à"]
# les liens du nom d'un pays à un nom qu'il possède (« l'armée du Mali ») : ce pays est dit comme un possesseur, pas
# comme le lieu de l'acte que la ville de la ligne de date placerait sinon (incidents._told_as_a_place)
COUNTRY_OWNER_LINKS = ["de", "d'", "d’", "du", "des"]
# les liens du nom d'un pays aux personnes qu'un acte a frappées qui disent où elles étaient (« tué cent personnes au
# Liban ») : le lieu de l'acte, pas la ville de la ligne de date (incidents._told_as_a_place)
COUNTRY_PLACE_LINKS = ["en", "au", "aux", "dans", "à", "partout"]

RELEASE_VERBS = ["libérer", "relâcher", "délivrer"]
# noms de la libération : qui leur complément en « de » nomme a été libéré, l'enlèvement est rappelé (« la libération
# de 12 otages détenus près de Djibo a été annoncée » ; events._freed_captive) ; pas une libération demandée
# (RELEASE_SOUGHT_WORDS)
RELEASE_NOUNS = ["libération", "délivrance", "relâchement", "relaxe"]
# les mots qui font d'une libération une chose demandée, non faite (« réclament la libération de », « les négociations
# pour la libération de »)
RELEASE_SOUGHT_WORDS = ["réclamer", "exiger", "demander", "appeler", "plaider", "négocier", "négociation",
                        "œuvrer", "travailler", "effort", "appel", "demande", "exigence", "pression", "militer"]

# les auxiliaires qui ne font pas de passif : le sujet « passif » d'un verbe qui n'a qu'eux est son sujet actif
# (« Des membres du gang « X » ont attaqué » ; bilan.nlp._fix_active_subjects)
ACTIVE_AUXILIARIES = ["avoir"]

# verbes du tir d'une arme sur quelqu'un, dits des armes d'un acte raconté juste avant (« l'un a tiré sur le
# bataillon de police ») : incidents._attach_follow_up_forces_fired_at
WEAPON_FIRED_AT_VERBS = ["tirer", "lancer", "viser"]

# aucun temps du parfait ne dit un état tenu jusqu'à présent : le passé composé est le passé du récit
# (incidents._threat_held_till_now)
STANDING_PERFECT_TENSES: list[str] = []

# participes passés de l'état d'une arme, pas d'un acte daté (« un véhicule piégé contre un poste ... vendredi ») :
# un jour qui clôt le complément est celui de l'acte (incidents._day_closing_the_object)
RIGGED_PARTICIPLES = ["piégé", "piégée", "piégés", "piégées", "chargé", "chargée", "chargés", "chargées", "bourré", "bourrée",
                      "bourrés", "bourrées"]
# ce qu'un groupe annonce ou décide de faire, pour les déclencheurs marqués "announced_ok" (un changement d'activité :
# « a décidé de se transformer en parti politique ») : sa décision dite, le changement (events._announced_by)
# (s'accorder pour le faire entre groupes est aussi leur décision : « ont convenu de fusionner »)
ANNOUNCING_VERBS = ["annoncer", "déclarer", "décider", "convenir", "accepter"]

# kinds of weapons or craft an act noun may name ("assault rifles", "attack helicopters", « fusils d'assaut »): the
# act noun is the weapon's name, no act (events._drop_group_trades)
WEAPON_KIND_NOUNS = ["fusil", "fusils", "hélicoptère", "hélicoptères", "avion", "avions", "char", "chars",
                     "véhicule", "véhicules", "sous-marin", "sous-marins"]

# les prépositions qui ouvrent une phrase sur le groupe dont une part est dite (« Sur les 60 élèves enlevés, 25 se sont
# échappés », « Parmi les 40 villageois kidnappés, ... ») : le participe de ce groupe, défini, dit les personnes qu'un
# acte dit avant a prises, pas un acte à lui (events._group_told_before)
SHARE_OPENING_PREPS = ["sur", "parmi"]
