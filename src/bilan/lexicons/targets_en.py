"""English physical-target nouns: what an attack, a bombing or an arson hits (same structure as targets_fr).

PHYSICAL_TARGETS: kind -> phrases (lower case, singular and plural forms written out; matched on
whole tokens, case-insensitively, so upper-case wire copy matches too). A phrase becomes an
incident's target only when it hangs on the event's trigger or sits right after it
(``bilan.extract.targets``).
"""

PHYSICAL_TARGETS = {
    "building": [
        "building", "buildings", "house", "houses", "home", "homes", "residence", "residences", "headquarters",
        "office", "offices", "premises", "hotel", "hotels", "school", "schools", "university", "church", "churches",
        "mosque", "mosques", "temple", "monastery", "monasteries", "pagoda", "pagodas", "shrine", "shrines", "hospital", "hospitals", "clinic", "health center", "health centre",
        "health centers", "health centres", "embassy", "embassies",
        "consulate", "bank", "banks", "store", "stores", "shop", "shops", "supermarket", "market", "marketplace",
        "warehouse", "warehouses", "factory", "factories", "restaurant", "restaurants", "bar", "cafe",
        "cinema", "theater", "theatre", "town hall", "city hall", "mayor's office", "courthouse", "ministry",
        "post office", "shack", "shacks", "hut", "huts", "farm", "farms", "business", "businesses", "branch", "branches", "installations",
        "facilities", "facility", "cooperative", "cooperatives", "presidential palace", "telephone exchange", "compound", "apartment", "apartments", "apartment building", "apartment buildings",
        "apartment block", "apartment blocks", "block of flats", "blocks of flats", "tower block", "tower blocks",
        "residential building", "residential buildings", "high-rise", "gas station",
        "petrol station", "service station", "cultural center", "shopping center", "shopping mall", "mall", "kiosk",
        "newspaper", "radio station", "radio", "television station", "tv station", "polling station", "village hall",
        "plant", "plants", "processing plant", "mill", "mills", "sugar mill", "motel", "motels", "inn", "inns",
        "dance hall", "dance halls", "nightclub", "nightclubs", "discotheque", "disco", "machinery",
        "parliament", "parliament building", "idp camp", "idp camps", "displacement camp", "displacement camps",
        "refugee camp", "refugee camps", "venue", "venues",
        # shelters for the displaced and refugees ("A CHURCH-RUN REFUGEE SHELTER WAS HIT BY A BOMBARDMENT")
        "shelter", "shelters", "refugee shelter", "refugee shelters",
    ],
    "vehicle": [
        "car", "cars", "vehicle", "vehicles", "bus", "buses", "truck", "trucks", "lorry", "lorries", "jeep", "jeeps",
        "van", "vans", "train", "trains", "aircraft", "plane", "planes", "airliner", "helicopter", "helicopters",
        "boat", "boats", "ship", "ambulance", "ambulances", "taxi", "taxis", "minibus", "motorcycle", "motorcycles", "motorbike", "motorbikes", "tanker",
        "tankers", "pickup", "pickup truck", "tractor", "tractors", "bulldozer", "bulldozers", "convoy", "convoys",
    ],
    "infrastructure": [
        "power line", "power lines", "power pylon", "power pylons", "pylon", "pylons", "electricity pylon",
        "electricity pylons", "electric tower", "electric towers", "electrical tower", "electrical towers",
        "high-voltage tower", "high-voltage towers", "power pole", "power poles", "electric pole", "electric poles",
        "electricity post", "electricity posts", "power station", "power plant", "substation", "sub-station",
        "transformer", "transformers", "power grid", "power system", "electrical system", "electrical systems",
        "bridge", "bridges", "highway", "railway", "railroad", "rail line", "pipeline", "pipelines", "oil pipeline",
        "gas pipeline", "oil well", "oil wells", "refinery", "telephone line", "telephone lines",
        "communications tower", "antenna", "antennas", "relay antenna", "dam", "airport", "runway", "landing strip",
        "water plant", "water tower", "fuel depot", "oil depot", "oil depots", "fuel depots", "fuel storage facility",
        "oil terminal", "oil refinery", "ammunition depot", "ammunition depots", "power tower", "power towers", "electricity tower",
        "electricity towers", "high-tension tower", "high-tension towers", "transmission tower", "transmission towers",
        # poles and towers of the grid as wire copy names them ("FOUR ELECTRICITY POLES", "HIGH-TENSION POLES");
        # a bare "pole" is left out ("TWO POLES": two Polish people)
        "electricity pole", "electricity poles", "high-tension pole", "high-tension poles", "high-voltage pole",
        "high-voltage poles", "telephone pole", "telephone poles", "tower", "towers", "junction box", "junction boxes",
        "water tank", "water tanks", "fuel tank", "fuel tanks",
    ],
    "military_site": [
        "military base", "base", "barracks", "outpost", "garrison", "checkpoint", "military camp", "police station",
        "police post", "military post", "command post", "army post", "army posts", "army base", "army camp",
        # the garrisons of army units and of the guards ("THE 4TH INFANTRY BRIGADE HEADQUARTERS", "THE NATIONAL GUARD
        # POST", "THE MILITARY DETACHMENT")
        "brigade headquarters", "military detachment", "military detachments", "national guard post", "guard post",
        "guard posts",
        # the forces' own vehicles
        "patrol car", "patrol cars", "patrol vehicle", "patrol vehicles", "police car", "police cars", "police vehicle",
        "police vehicles", "police truck", "police trucks", "army truck", "army trucks", "army vehicle",
        "army vehicles", "military vehicle", "military vehicles", "military truck", "military trucks",
        "armored personnel carrier", "armored personnel carriers", "armoured personnel carrier",
        "armoured personnel carriers", "armored vehicle", "armored vehicles", "armoured vehicle", "armoured vehicles",
    ],
}

# figures of speech that hold a target noun and hit no thing ("the area is the theatre of operations of
# JNIM"): matched as one phrase, longer than the noun, and dropped
NOT_TARGETS = ["theatre of operations", "theater of operations", "theatre of war", "theater of war",
               "theatre of fighting", "theater of fighting", "theatre of clashes", "theater of clashes",
               "theatre of attacks", "theater of attacks", "theatre of violence", "theater of violence"]
# verbs of damage (as written, every form): a target noun they govern, or that follows them closely, in
# the sentence of an incident is that incident's target ("the blast damaged nearby banks")
DAMAGE_VERBS = [
    "damage", "damaged", "damages", "damaging", "destroy", "destroyed", "destroys", "destroying", "blew up",
    "blow up", "blown up", "blowing up", "dynamite", "dynamited", "dynamiting", "burn", "burned", "burnt",
    "burning", "set fire", "set on fire", "torched", "torch", "razed", "raze", "wrecked", "sabotage",
    "sabotaged", "sabotaging", "hit", "targeted", "target", "attacked", "attack", "bombed", "strafed",
    "shelled", "fired at", "fired on", "raided", "stormed", "looted", "ransacked", "occupied",
    # the present forms a headline tells the act in ("Gunmen storm church", "Protesters Storm Parliament"); not
    # those that are plural nouns too ("dozens of attacks on churches" in the past)
    "storm", "raid", "loot", "ransack", "shell",
    # what was brought down ("KNOCKED DOWN 46 TOWERS", "toppled two pylons")
    "knocked down", "knock down", "knocking down", "toppled", "topple", "toppling", "felled",
]

# prepositions of proximity: a target noun after one says where the act happened, not what it hit ("an
# ambush near Tame airport", "a bomb went off close to the bridge")
PROXIMITY_PREPS = ["near", "close to", "not far from"]
# ways (nouns of PHYSICAL_TARGETS): one after a preposition of ROUTE_PREPS is the road an ambush or an attack
# took place on, its place, not its target (MUC-4 7.13: "ambushed a patrol on the highway"); a way that is the
# object of the act ("blew up the highway", "a section of the railway") stays a target
ROUTES = ["highway", "railway", "railroad", "rail line"]
ROUTE_PREPS = ["on", "along", "on to", "onto"]
# verbs of carrying: a vehicle said to carry the forces ("the vehicle transporting them", "a truck carrying
# soldiers") is theirs
TRANSPORT_VERBS = ["transport", "carry", "ferry"]
# the general noun that re-mentions any vehicle told before ("a patrol car ... the vehicle")
VEHICLE_HYPERNYMS = ["vehicle", "vehicles"]
# aircraft (vehicle nouns) and the words of anti-aircraft fire: anti-aircraft weapons are arms of war against
# the air force, so an aircraft the story shows under their fire is the forces' own ("our anti-aircraft units
# opened fire on the helicopters")
AIRCRAFT = ["aircraft", "plane", "planes", "helicopter", "helicopters"]
ANTI_AIRCRAFT = ["anti-aircraft", "antiaircraft", "air defense", "air defence", "surface-to-air"]
# nouns of a part of an organisation's property ("a branch of the Banco de Bogota", "the offices of the
# newspaper El Espectador"), and the preposition that names the owner after them: the owner's name is part of
# the target's mention
OWNED_NOUNS = ["branch", "branches", "office", "offices", "headquarters", "premises", "installations", "facilities"]
OWNER_PREPS = ["of"]
# a person's own home, car or office: whose it is was the person the act was aimed at ("THE CAR OF JOURNALIST
# RAFAEL GOMEZ", "THE HOUSE OF A LIBERAL CONGRESSMAN"), not the owner of a farm, a shop or a business burned
PERSONAL_PROPERTY = ["house", "houses", "home", "homes", "residence", "residences", "apartment", "car", "cars",
                     "vehicle", "vehicles", "jeep", "automobile", "office", "law office"]
# words that end an owner's name read in capitals, where every word looks like a name ("... OF THE BANCO
# CAFETERO IN GIRARDOT")
OWNER_NAME_ENDS = ["in", "at", "near", "on", "outside", "from", "to", "by", "with", "and", "that", "which",
                   "where", "when", "after", "before", "during", "last", "yesterday", "today"]
# lower-case words inside a name in mixed case ("Banco de Bogota", "Bank of America")
OWNER_NAME_JOINERS = ["de", "del", "la", "las", "los", "y", "of"]

# the generic building words by which a story names again a target it has named ("BOMBED THE OFFICES OF
# THE ELECTRICITY COMPANY ... THE BLAST DESTROYED PART OF THE BUILDING"): after one of the definite
# words below and a target named before in the same incident, the same target, not a second one
BUILDING_ANAPHORS = ["building", "buildings", "premises", "facility", "facilities", "structure", "structures"]
BUILDING_ANAPHOR_DETERMINERS = ["the", "this"]

# where a person was hit, not what was hit, for an act on persons ("KILLED ... IN FRONT OF THE CHURCH",
# "SHOT HIM AS HE LEFT HIS HOUSE"): a target noun after these is the setting
SETTING_PREPS = ["in front of", "outside", "as he left", "as she left", "as they left", "on leaving", "at the door of"]

# where a person was hit, when the verb's direct object is that person ("KIDNAPPED RANCHER X ON HIS FARM",
# "SHOT JUDGE X AT HIS HOME"): a target noun after these is the setting (bilan.extract.targets.place_of_a_person_hit)
PERSON_PLACE_PREPS = ["in", "at", "on", "inside"]
# the way the doers came, before a vehicle with no determiner ("arrived by car", "aboard pick-ups"): how they
# travelled, not what they hit (targets._means_of_travel)
TRAVEL_PREPS = ["by", "aboard", "on board"]
# verbs of use (lemmas): a target noun that is their object is what the doers did it with ("USING AN UNIDENTIFIED
# VEHICLE, THEY HURLED TWO GRENADES"), not what they hit (targets._used)
USE_VERBS = ["use", "employ"]
# words before a target noun that make it another thing than the one named before ("OTHER BANKS", "another car"):
# a shorter mention after them is no repeat of a longer one (incidents._collapse_repeated_targets)
OTHER_WORDS = ["other", "another", "more"]
# ... and "on" before a two-wheeler or a mount with no determiner ("attacked on motorbikes"; "fired on buses" is
# a target)
TRAVEL_ON = ["on"]
TRAVEL_ON_VEHICLES = ["motorbike", "motorbikes", "motorcycle", "motorcycles", "bicycle", "bicycles", "horseback"]

# the speaker's channel: a noun after one of CHANNEL_PREPS hung on a word of STATEMENT_WORDS (a noun or the lemma of a
# verb: "a statement on its Andalus radio station", "a message posted on its Telegram channel", "broadcast on state
# television") is where the words were given out, never a thing the act hit
CHANNEL_PREPS = ["on", "over", "via", "through", "by"]
STATEMENT_WORDS = ["statement", "statements", "communique", "communiqué", "message", "messages", "announcement",
                   "broadcast", "video", "interview", "speech", "aired", "posted",
                   "publish", "published", "say", "said", "announce", "announced", "claim", "claimed"]

# media nouns that are a target only after a preposition of the attack ("the attack on Radio Kulmiye", "a bombing
# against the newspaper"): elsewhere the channel of someone's words ("told state radio", "said on radio");
# targets._media_not_attacked
MEDIA_WORDS = ["radio", "newspaper"]
MEDIA_ATTACK_PREPS = ["against", "on"]
