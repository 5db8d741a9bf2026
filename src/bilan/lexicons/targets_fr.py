"""French physical-target nouns: what an attack, a bombing or an arson hits.

PHYSICAL_TARGETS: kind -> phrases (lower case, singular and plural forms written out; matched on
whole tokens, case-insensitively). A phrase becomes an incident's target only when it hangs on the
event's trigger or sits right after it (``bilan.extract.targets``).
"""

PHYSICAL_TARGETS = {
    "building": [
        "bâtiment", "bâtiments", "immeuble", "immeubles", "maison", "maisons", "hacienda", "haciendas", "domicile",
        "domiciles", "résidence", "parlement", "camp de déplacés", "camps de déplacés", "site de déplacés",
        "sites de déplacés", "résidences", "siège", "bureau", "bureaux", "locaux", "hôtel", "hôtels", "école", "écoles", "université",
        "église", "églises", "mosquée", "mosquées", "temple", "monastère", "monastères", "pagode", "pagodes", "sanctuaire", "sanctuaires", "hôpital", "hôpitaux", "clinique", "centre de santé",
        "dispensaire", "ambassade", "ambassades", "consulat", "banque", "banques", "agence bancaire", "magasin",
        "magasins", "boutique", "boutiques", "commerce", "commerces", "succursale", "succursales", "supermarché", "marché", "entrepôt",
        "entrepôts", "usine", "usines", "restaurant", "restaurants", "bar", "café", "cinéma", "théâtre", "mairie",
        "hôtel de ville", "préfecture", "sous-préfecture", "tribunal", "palais de justice", "ministère", "bureau de poste",
        "cabane", "cabanes", "case", "cases", "hutte", "huttes", "ferme", "fermes", "installations", "station-service",
        "station service", "centre culturel", "centre commercial", "kiosque", "bureau de vote",
        "motel", "motels", "auberge", "auberges", "discothèque", "discothèques", "boîte de nuit", "salle de bal",
        "salle de danse", "moulin", "sucrerie", "machines", "agence", "agences", "coopérative", "coopératives",
        "palais présidentiel", "palais du gouvernement",
        # les abris de déplacés et de réfugiés (« un refuge pour réfugiés tenu par l'Église »)
        "refuge", "refuges", "abri", "abris",
        # les médias : une station, et (après « contre » seulement, MEDIA_WORDS) une radio, une télévision, un journal
        "station de radio", "stations de radio", "chaîne de télévision", "chaînes de télévision", "radio", "radios",
        "télévision", "journal",
    ],
    "vehicle": [
        "voiture", "voitures", "véhicule", "véhicules", "convoi", "convois", "bus", "autobus", "autocar", "autocars",
        "camion", "camions",
        "camionnette", "camionnettes", "jeep", "train", "trains", "avion", "avions", "hélicoptère", "hélicoptères",
        "bateau", "bateaux", "navire", "ambulance", "ambulances", "taxi", "taxis", "minibus", "moto", "motos",
        "citerne", "camion-citerne", "pick-up", "tracteur", "tracteurs", "bulldozer", "bulldozers",
    ],
    "infrastructure": [
        "ligne électrique", "lignes électriques", "ligne à haute tension", "lignes à haute tension", "pylône",
        "pylônes", "poteau électrique", "poteaux électriques", "centrale électrique", "poste électrique",
        "transformateur", "transformateurs", "réseau électrique", "pont", "ponts", "autoroute", "voie ferrée",
        "chemin de fer", "oléoduc", "oléoducs", "gazoduc", "gazoducs", "pipeline", "pipelines", "puits de pétrole",
        "raffinerie", "ligne téléphonique", "lignes téléphoniques", "antenne", "antennes", "antenne relais",
        "antenne-relais", "barrage", "aéroport", "piste d'atterrissage", "château d'eau", "dépôt de carburant", "dépôts de carburant", "dépôt pétrolier",
        "dépôts pétroliers", "dépôt de pétrole", "dépôt de munitions", "dépôts de munitions",
        "pylône électrique", "pylônes électriques", "tour électrique", "tours électriques",
        "poteau", "poteaux", "poteau téléphonique", "poteaux téléphoniques", "réservoir d'eau",
        "réservoirs d'eau", "réservoir", "réservoirs",
    ],
    "military_site": [
        "base militaire", "base", "caserne", "casernes", "avant-poste", "garnison", "poste de contrôle",
        "camp militaire", "convoi militaire", "convois militaires", "commissariat", "gendarmerie", "poste de police",
        "poste militaire", "poste avancé",
        # les garnisons des unités de l'armée et des gardes (« le quartier général de la 4e brigade », « le poste de la
        # Garde nationale », « le détachement militaire »)
        "détachement militaire", "détachements militaires", "poste de la garde nationale",
        # les véhicules des forces elles-mêmes
        "voiture de patrouille", "voitures de patrouille", "véhicule de patrouille", "véhicules de patrouille",
        "voiture de police", "voitures de police", "véhicule de police", "véhicules de police", "véhicule militaire",
        "véhicules militaires", "camion militaire", "camions militaires", "camion de l'armée", "véhicule de l'armée",
        "véhicule blindé", "véhicules blindés", "véhicule de transport de troupes", "véhicules de transport de troupes",
    ],
}

# figures de style qui contiennent un nom de cible sans toucher de chose (« la zone est le théâtre
# d'opérations du JNIM ») : lues comme une expression, plus longue que le nom, et écartées
NOT_TARGETS = ["théâtre d'opérations", "théâtre des opérations", "théâtre de guerre", "théâtre des combats",
               "théâtre de combats", "théâtre des affrontements", "théâtre d'affrontements", "théâtre de violences",
               "théâtre des violences", "théâtre d'actions", "théâtre d'attaques", "théâtre d'exactions",
               "théâtre d'incursions", "théâtre de heurts", "théâtre d'enlèvements"]
# verbes de dégâts (toutes les formes écrites) : un nom de cible qu'ils régissent, ou qui les suit de
# près, dans la phrase d'un incident est une cible de cet incident (« l'explosion a endommagé la banque »)
DAMAGE_VERBS = [
    "endommagé", "endommagée", "endommagés", "endommagées", "endommage", "endommagent", "détruit", "détruite",
    "détruits", "détruites", "détruisent", "dynamité", "dynamitée", "dynamités", "fait sauter", "incendié",
    "incendiée", "incendiés", "incendiées", "incendie", "brûlé", "brûlée", "brûlés", "brûlées", "mis le feu",
    "saccagé", "saccagée", "saccagés", "pillé", "pillée", "pillés", "visé", "visée", "visés", "visées",
    "ciblé", "ciblée", "ciblés", "attaqué", "attaquée", "attaqués", "attaquées", "touché", "touchée",
    "soufflé", "soufflée", "rasé", "rasée", "mitraillé", "mitraillée", "pris d'assaut", "occupé", "occupée",
    # les formes du présent d'un titre (« des rebelles attaquent un convoi », « des miliciens pillent le marché »)
    "attaque", "attaquent", "pille", "pillent", "saccage", "saccagent", "bombarde", "bombardent", "vise", "visent",
    # ce qui a été mis à terre (« ont abattu 46 pylônes »)
    "abattu", "abattus", "abattue", "abattues",
]

# prépositions de proximité : un nom de cible après l'une d'elles dit où l'acte a eu lieu, non ce qu'il a
# touché (« une embuscade près de l'aéroport », « une bombe a explosé à proximité du pont »)
PROXIMITY_PREPS = ["près de", "près du", "près des", "près d'", "près d’", "à proximité de", "à proximité du",
                   "à proximité des", "à proximité d'", "à proximité d’", "non loin de", "non loin du", "non loin des",
                   "non loin d'", "non loin d’", "aux abords de", "aux abords du", "aux abords des"]
# voies (noms de PHYSICAL_TARGETS) : l'une d'elles après une préposition de ROUTE_PREPS est la route sur
# laquelle une embuscade ou une attaque a eu lieu, son lieu, non sa cible (MUC-4 7.13 : « une embuscade sur
# l'autoroute ») ; une voie objet de l'acte (« ont dynamité l'autoroute ») reste une cible
ROUTES = ["autoroute", "voie ferrée", "chemin de fer"]
ROUTE_PREPS = ["sur", "le long de", "le long du", "le long des", "le long d'", "le long d’"]
# verbes de transport : un véhicule qui transporte les forces (« le véhicule qui les transportait », « un
# camion transportant des soldats ») est le leur
TRANSPORT_VERBS = ["transporter", "convoyer"]
# le nom général qui reprend tout véhicule dit avant (« une voiture de patrouille ... le véhicule »)
VEHICLE_HYPERNYMS = ["véhicule", "véhicules"]
# aircraft (vehicle nouns) and the words of anti-aircraft fire (see targets_en)
AIRCRAFT = ["avion", "avions", "hélicoptère", "hélicoptères"]
ANTI_AIRCRAFT = ["antiaérien", "antiaérienne", "antiaériens", "antiaériennes", "anti-aérien", "anti-aérienne",
                 "anti-aériens", "anti-aériennes", "sol-air", "DCA"]
# noms d'une partie des biens d'une organisation (« une agence du Banco de Bogota », « les locaux du journal
# La Prensa ») et la préposition qui nomme le propriétaire après eux : le nom du propriétaire fait partie de la
# mention de la cible
OWNED_NOUNS = ["agence", "agences", "bureau", "bureaux", "locaux", "siège", "succursale", "succursales", "installations"]
OWNER_PREPS = ["de", "du", "des", "d'", "d’"]
# la maison, la voiture ou le bureau d'une personne : celle à qui il est était visée (« la voiture du journaliste
# Rafael Gómez », « la maison d'un député »), non le propriétaire d'une ferme, d'un commerce ou d'une entreprise
PERSONAL_PROPERTY = ["maison", "maisons", "domicile", "résidence", "résidences", "appartement", "voiture", "voitures",
                     "véhicule", "véhicules", "jeep", "automobile", "bureau", "cabinet"]
# mots qui finissent le nom d'un propriétaire écrit en capitales, où tout mot a l'air d'un nom
OWNER_NAME_ENDS = ["à", "a", "au", "aux", "dans", "près", "sur", "par", "avec", "et", "qui", "que", "où", "lors",
                   "après", "avant", "pendant", "hier", "aujourd'hui"]
# mots de liaison à l'intérieur d'un nom écrit en minuscules et majuscules (« Banco de Bogota »)
OWNER_NAME_JOINERS = ["de", "del", "la", "las", "los", "y", "of"]

# les mots génériques par lesquels un récit nomme de nouveau une cible déjà nommée (« devant le siège de
# l'ARENA, endommageant le bâtiment ») : après un des déterminants définis ci-dessous, la même cible
BUILDING_ANAPHORS = ["bâtiment", "bâtiments", "immeuble", "immeubles", "édifice", "édifices", "locaux"]
BUILDING_ANAPHOR_DETERMINERS = ["le", "la", "l'", "les", "ce", "cet", "cette"]

# où une personne a été frappée, non ce qui a été frappé, pour un acte contre des personnes (« tué devant
# l'église », « assassiné à la sortie de son domicile ») : un nom de cible après ceux-ci est le lieu
SETTING_PREPS = ["devant", "à la sortie de", "à la sortie du", "à la sortie des", "en sortant de", "en sortant du", "au sortir de", "au sortir du", "à la porte de", "à la porte du"]

# où une personne a été frappée, quand l'objet direct du verbe est cette personne (« a enlevé l'éleveur X dans sa
# ferme », « a assassiné le maire dans son bureau ») : un nom de cible après ceux-ci est le lieu
PERSON_PLACE_PREPS = ["dans", "à", "au", "chez", "sur"]
# la façon dont les auteurs sont venus, devant un véhicule sans déterminant (« à moto », « en pick-up », « à bord
# de pick-up ») : comment ils ont voyagé, pas ce qu'ils ont frappé (targets._means_of_travel)
TRAVEL_PREPS = ["à", "en", "à bord de", "à bord d'", "à bord du", "à bord des"]
# verbes d'usage (lemmes) : l'objet est ce avec quoi les auteurs ont agi (« utilisant un véhicule, ils ont lancé deux
# grenades »), pas ce qu'ils ont frappé (targets._used)
USE_VERBS = ["utiliser", "employer"]
# mots devant un nom de cible qui en font une autre chose que celle nommée avant (« d'autres banques », « un autre
# véhicule ») : une mention plus courte après eux ne répète pas une plus longue (incidents._collapse_repeated_targets)
OTHER_WORDS = ["autre", "autres"]

# le canal de qui parle : un nom après l'une des CHANNEL_PREPS, accroché à un mot de STATEMENT_WORDS (un nom, ou le
# lemme d'un verbe : « un communiqué sur sa radio Andalus », « un message publié sur sa chaîne Telegram », « diffusé
# par la télévision d'État ») dit où les mots ont été donnés, jamais ce que l'acte a touché
CHANNEL_PREPS = ["sur", "via", "par", "à"]
STATEMENT_WORDS = ["communiqué", "communiqués", "message", "messages", "déclaration", "annonce", "vidéo", "entretien",
                   "interview", "discours", "diffuser", "diffusé", "diffusée", "publier", "publié", "publiée",
                   "annoncer", "affirmer", "revendiquer", "dire"]

# noms de médias qui ne sont une cible qu'après une préposition de l'attaque (« l'attentat contre la radio Andalus »,
# « une attaque contre le journal ») : ailleurs le canal d'une parole (« a déclaré à la radio », « selon la télévision
# d'État ») ; targets._media_not_attacked
MEDIA_WORDS = ["radio", "radios", "télévision", "journal"]
MEDIA_ATTACK_PREPS = ["contre"]
