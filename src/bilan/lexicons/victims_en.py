"""English nouns for the people an attack, a bombing or an abduction hit (same structure as victims_fr).

ROLE_NOUNS: people named by their office, trade or standing ("a judge", "the mayor", "six Jesuit
priests"), lower case, singular and plural written out. With the civilian and person nouns of
``events_en`` they make the victims an incident names (``bilan.extract.victims``).
"""

ROLE_NOUNS = [
    # who represents the state in a prefecture ("Gunmen abduct prefect in Bambari")
    "prefect", "prefects", "sub-prefect", "sub-prefects",
    "judge", "judges", "magistrate", "magistrates", "prosecutor", "mayor", "mayors", "governor", "governors",
    "senator", "senators", "congressman", "congressmen", "deputy", "deputies", "lawmaker", "lawmakers", "minister",
    "ministers", "official", "officials", "politician", "politicians", "leader", "leaders", "candidate",
    "candidates", "councillor", "councillors", "councilor", "councilors", "councilman", "councilmen", "president", "vice president", "ambassador", "diplomat",
    "diplomats", "consul", "attache", "adviser", "advisers", "advisor", "advisors", "priest", "priests",
    "jesuit", "jesuits", "nun", "nuns", "bishop", "archbishop", "monsignor", "msgr", "msgr.", "missionary",
    "missionaries",
    # who leads a church's or a mosque's worship, as a priest does: a civilian by his trade ("Gunmen killed a pastor and
    # two worshippers"; no force's chaplain: a rank or a force's word before him makes him one)
    "pastor", "pastors", "imam", "imams", "cleric", "clerics", "preacher", "preachers", "evangelist", "evangelists",
    "muezzin", "muezzins",
    "businessman", "businessmen", "industrialist", "executive", "executives", "banker", "manager", "engineer", "agronomist", "agronomists",
    "engineers", "professor", "professors", "teacher", "teachers", "doctor", "doctors", "nurse", "nurses",
    "worker", "workers", "employee", "employees", "peasant", "peasants", "unionist", "unionists",
    "trade unionist", "bodyguard", "bodyguards", "security guard", "driver", "drivers", "passenger",
    "passengers", "pedestrian", "pedestrians", "tourist", "tourists", "citizen", "citizens", "wife", "husband",
    "relative", "relatives", "maid", "maids", "housekeeper", "activist", "activists", "lawyer", "lawyers",
    "mayor's wife", "student leader", "human rights activist", "dissident", "landowner", "rancher",
    "scientist", "scientists", "pilot", "pilots", "chauffeur", "chauffeurs", "secretary", "undersecretary",
    "secretary general", "attorney general", "attorneys general", "comptroller general", "technician", "technicians", "merchant", "merchants", "fisherman", "fishermen",
    "cattleman", "cattlemen", "wives", "minor", "minors", "attaches", "charge d'affaires", "congresswoman",
    "legislator", "legislators", "parliamentarian", "parliamentarians", "attorney", "attorneys", "reporter",
    "reporters", "justice of the peace", "justices of the peace", "customs officer", "customs officers",
    "customs agent", "customs agents",
    # household staff, church workers and street trades hit beside the person aimed at
    "editor", "editors", "publisher", "cook", "cooks", "catechist", "catechists", "passersby", "vendor", "vendors", "street vendor",
    "street vendors", "housewife", "housewives",
    # staff and people beside the person aimed at, told by what they were to them or where they worked
    "rector", "rectors", "watchman", "watchmen", "night watchman", "guide", "guides", "foreman", "foremen",
    "owner", "assistant", "assistants", "companion", "companions", "schoolteacher", "schoolteachers",
    "accountant", "mechanic", "salesman", "salesmen",
    # the staff and the customers of a cafe, a shop or a bank; those passing on the road
    "waiter", "waiters", "waitress", "waitresses", "customer", "customers", "cashier", "cashiers", "clerk",
    "clerks", "truck driver", "truck drivers", "trucker", "truckers", "grower", "growers", "coffee grower",
    "coffee growers",
    # the men who guarded or worked for a person hit with them ("three of his escorts", "two of his farmhands")
    "escort", "escorts", "farmhand", "farmhands", "farm worker", "farm workers", "laborer", "laborers",
    # who bring the harvest in, carried to the fields by truck or bus ("A BUS CARRYING 30 COFFEE PICKERS")
    "picker", "pickers", "coffee picker", "coffee pickers", "cane cutter", "cane cutters",
    # who come to put out a fire or to help, and who speak for a humanitarian body ("FIREMEN ... WERE FIRED ON",
    # "A RED CROSS DELEGATE WAS KIDNAPPED")
    "fireman", "firemen", "firefighter", "firefighters", "delegate", "delegates",
    # who heads a village or a community by custom: a civilian unless armed (ACLED; docs/conventions.md)
    "village chief", "village chiefs", "village head", "village heads", "village headman", "village headmen",
    "headman", "headmen", "traditional chief", "traditional chiefs", "traditional ruler", "traditional rulers",
]

# foreigners told by their nationality, as nouns ("two West Germans were killed", "three Spaniards
# were kidnapped", "an American was among the wounded"): civilians by themselves (an adjective
# before a noun, "American nun", is not one of these: the noun is who they are)
NATIONALITY_NOUNS = [
    "foreigner", "foreigners", "american", "americans", "german", "germans", "west german", "west germans",
    "spaniard", "spaniards", "italian", "italians", "frenchman", "frenchmen", "briton", "britons",
    "englishman", "englishmen", "canadian", "canadians", "belgian", "belgians", "swiss", "japanese",
    "dutchman", "dutchmen", "swede", "swedes", "dane", "danes", "norwegian", "norwegians", "austrian",
    "austrians", "australian", "australians", "israeli", "israelis", "european", "europeans",
    "peruvian", "peruvians", "colombian", "colombians", "salvadoran", "salvadorans", "guatemalan",
    "guatemalans", "honduran", "hondurans", "nicaraguan", "nicaraguans", "cuban", "cubans", "mexican",
    "mexicans", "bolivian", "bolivians", "chilean", "chileans", "ecuadorean", "ecuadoreans", "venezuelan",
    "venezuelans", "panamanian", "panamanians", "argentine", "argentines", "brazilian", "brazilians",
]

# people told by the nation or the community they belong to, in the lands where the fighting is theirs, as nouns
# ("Israeli forces killed three Palestinians", "two Afghans were wounded", "gunmen killed five Fulani", "nine
# Kuki-Zo were shot"): the people hit, of kind people (no civilians by the word alone: such a noun names fighters
# as well as bystanders); an adjective before a noun ("Palestinian teenagers", "Fulani herders") is not one of these
COMMUNITY_NOUNS = [
    "palestinian", "palestinians", "afghan", "afghans", "iraqi", "iraqis", "syrian", "syrians", "lebanese",
    "yemeni", "yemenis", "sudanese", "somali", "somalis", "malian", "malians", "nigerien", "nigeriens",
    "nigerian", "nigerians", "burkinabe", "congolese", "cameroonian", "cameroonians", "chadian", "chadians",
    "ethiopian", "ethiopians", "libyan", "libyans", "haitian", "haitians", "pakistani", "pakistanis",
    "rohingya", "rohingyas", "kurd", "kurds", "yazidi", "yazidis", "hazara", "hazaras", "pashtun", "pashtuns",
    "baloch", "uyghur", "uyghurs", "fulani", "peul", "peuls", "hausa", "tuareg", "tuaregs", "dogon", "dogons",
    "mossi", "kuki", "kukis", "kuki-zo", "meitei", "meiteis", "naga", "nagas", "tamil", "tamils",
    "tigrayan", "tigrayans", "amhara", "oromo", "oromos", "druze", "alawite", "alawites",
]
# the prepositions of a place: a community noun after one is the land named after the community ("killed 12 in
# Amhara", "in Hazara"), no people
COMMUNITY_PLACE_PREPS = ["in", "near", "at", "across", "around", "outside", "inside", "into", "from", "throughout",
                         "to", "towards"]

# people told by the group they belong to ("two members of a legal commission", "cabinet members"): a
# person noun that says who the person is only with its group, so the mention takes its "of" complement
# in (MUC-4 7.19: a description is a complete noun phrase with its modifying PPs); not a civilian by
# itself, and no victim when its group is an armed actor ("members of the FMLN")
MEMBER_NOUNS = ["member", "members"]

# words that stand for more people hit beside those just named ("one passenger died and three others
# were wounded", "several persons were wounded and others died"): a victim as a noun phrase of its
# own, not as a modifier ("the other passengers")
OTHERS_WORDS = ["others"]

# verbs and predicates whose subject is who died ("two peasants died", "the mayor is dead"): that
# subject is a victim, though it is no passive subject
DYING_WORDS = ["die", "died", "dies", "perish", "perished", "succumb", "succumbed", "dead"]

# event nouns whose possessor or named "of" complement is the one it was done to ("Justice Valencia's
# murder", "Pizarro's kidnapping", "the killing of Luis Carlos Galan"), not who did it (as in "the
# FMLN's attack")
PATIENT_EVENT_NOUNS = ["murder", "murders", "assassination", "killing", "kidnapping", "abduction"]
# nouns of a death whose possessor or named "of" complement is the one who died ("Maria Lopez's death
# in the attack", "caused the death of Pedro Gomez", "the bodies of Hector Oqueli and Gilda Flores"):
# a victim when the noun is a casualty word of an incident's sentence
DEATH_NOUNS = ["death", "deaths", "body", "bodies", "corpse", "corpses", "remains"]

# words that give a victim's name after the noun ("a 48-year-old woman identified as Maria Luz Lopez",
# "a pedestrian, later identified as Manuel Mendoza"): the name is part of the victim's mention
NAMING_PHRASES = ["identified as"]
# the articles of a description after a naming phrase said of one person hit ("THE VICTIM WAS IDENTIFIED AS AN ALLEGED
# MEMBER OF THE UNITED LEFT"): what that person was,
# no second victim (bilan.extract.victims._described_again)
DESCRIBING_ARTICLES = ["a", "an"]
# words for the people an incident hit, taken as a whole ("the victims", "the dead", "the wounded"):
# the subject of a naming phrase in a later sentence ("the victims were identified as Juan Flores and
# Mario Hernandez"), whose names are then the incident's victims
HIT_COLLECTIVES = ["victim", "victims", "dead", "wounded", "injured", "deceased"]
# verbs that list who those were ("the dead included two women and a child"), and prepositions that
# pick them out ("among the dead were a policeman and a street vendor"); a copula lists them too
# ("the wounded are Carlos Ruiz and Marta Giraldo")
LISTING_VERBS = ["include", "included", "includes"]
LISTING_PREPS = ["among"]
# of the words for the people hit, those that say they died or were hurt ("the dead were identified as A and B":
# two dead; bilan.extract.victims.listed_hit)
DEAD_COLLECTIVES = ["dead", "deceased"]
HURT_COLLECTIVES = ["wounded", "injured"]
# the dead of an act named again by a participle on a word for people ("among those killed were two children",
# "the people killed included the village chief"): no new act, the dead of the act told before
# (bilan.extract.victims.dead_told_again; incidents._dead_told_again)
DEAD_TOLD_AGAIN_LEMMAS = ["kill", "murder", "slay"]
DEAD_TOLD_AGAIN_HEADS = ["those", "people", "persons"]
# a phrase that opens a list of the people hit at the start of a sentence (bilan.extract.victims.listed_victims)
LISTING_OPENERS = ["they were identified as", "they have been identified as"]
# lower-case words inside a Spanish or Portuguese name ("Ana de Molina", "Rivera y Damas")
NAME_PARTICLES = ["de", "del", "y", "da", "dos", "das"]

# honorifics written between a title and a name ("presidential candidate Dr. Bernardo Jaramillo"):
# the title, the honorific and the name are one person (``victims.one_person``)
HONORIFICS = ["dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "msgr", "msgr.", "prof", "prof."]

# serving members of the forces named by rank ("Colonel Carreno", "a corporal", "two army officers"):
# victims of kind state_forces, so that an attack on the forces can be told from one on civilians;
# after a word of FORMER_WORDS ("a retired general") the person is a civilian
FORCE_RANKS = [
    "colonel", "lieutenant colonel", "major", "general", "brigadier general", "lieutenant", "captain", "sergeant",
    "corporal", "army officer", "army officers", "noncommissioned officer", "noncommissioned officers",
    "soldier", "colonels", "generals", "lieutenants", "captains", "sergeants", "corporals",
    # armed auxiliaries of an army ("soldiers and civilian auxiliaries"): no civilians
    "civilian auxiliary", "civilian auxiliaries",
]
# ranks of two words joined by a hyphen ("a lieutenant-colonel of the army"): one person noun, one token for the
# parse (nlp.get makes them special cases of the tokenizer, as victims_fr.JOINED_RANKS)
JOINED_RANKS = [
    "lieutenant-colonel", "lieutenant-colonels", "lieutenant-general", "lieutenant-generals", "major-general",
    "major-generals", "brigadier-general", "brigadier-generals", "sergeant-major", "sergeant-majors",
    "staff-sergeant", "staff-sergeants", "lance-corporal", "lance-corporals", "vice-admiral", "vice-admirals",
    "rear-admiral", "rear-admirals", "lieutenant-commander", "lieutenant-commanders",
]
# ranks that are also common words: a rank only right before a person's name ("PRIVATE MIGUEL ALAS"; not
# "private security guards")
RANKS_BEFORE_NAMES = ["private"]
# a rank joined by a hyphen is a rank of the forces (one word for the tokenizer)
FORCE_RANKS += [w for w in JOINED_RANKS if w not in FORCE_RANKS]
FORMER_WORDS = ["former", "retired", "ex"]
# the state forces named before a trade, which make the one who plies it a member of them ("an air force pilot", "an
# army doctor"): no civilian (victims._of_a_force)
FORCE_MODIFIERS = ["air force", "army", "navy", "military"]
# a prefix joined to the noun by a hyphen that makes a former one ("an ex-soldier", "an ex-policeman"): the whole
# word is a person, a civilian (victims._matcher reads "ex-" before each person noun; the English tokenizer cuts
# the hyphen, so the lists match the noun and the mention takes the prefix back)
FORMER_PREFIXES = ["ex"]
# a prefix joined by a hyphen that tells the deputy of the office ("the vice-mayor"): the same kind of person
OFFICE_PREFIXES = ["vice"]
# members of an armed body named as such: a civilian victim only after a former word ("a former policeman", "an
# ex-rebel", "two former fighters"); elsewhere an armed actor (actors_en)
FORMER_ARMED_NOUNS = ["policeman", "policemen", "police officer", "police officers", "gendarme", "gendarmes",
                      "soldiers", "rebel", "rebels", "fighter", "fighters", "combatant", "combatants", "militiaman",
                      "militiamen", "guerrilla", "guerrillas", "jihadist", "jihadists", "militant", "militants"]
# after the rank ("a general, retired,"): a former member of the forces, a civilian (victims._former_after)
FORMER_AFTER = ["in retirement", "retired"]
# demonstratives: a person noun after one takes up the people named just before ("these men")
DEMONSTRATIVES = ["these", "those", "this", "that"]

# verbs whose subject is who died when their object is a word of death ("lost their lives"):
# that subject is no agent, whatever killing word is near
LIFE_LOSING_VERBS = ["lose"]

# words that say whom an act was aimed at ("the attack was aimed at the judge", "the bomb targeted the
# minister"): the person they take is a human target of the incident, though nothing hit them
AIM_WORDS = ["aimed", "targeted"]
# words that say someone came out of the act unhurt ("the minister was unhurt", "the driver escaped
# unharmed"): their subject is a human target it was aimed at (MUC-4 effect NO INJURY)
UNHURT_WORDS = ["unhurt", "unharmed", "uninjured", "unscathed"]
# a plural pronoun that lists who the people hit were with a copula and a name right after it ("they
# were Angel Martinez, a teacher; ..."), in a sentence after the act
LISTING_PRONOUNS = ["they"]
# a pronoun after "among" opening a sentence that takes up the people hit the sentence before counted ("At least
# twelve people were killed. Among them were two women and a child"): the list after it says who those dead were,
# as "among the dead" does
AMONG_THEM_PRONOUNS = ["them", "these"]
# verbs of coming out of an act alive, with what was survived or how ("survived an attack on his house",
# "escaped an assassination attempt", "escaped unhurt"): their subject is a human target it was aimed at
SURVIVING_VERBS = ["survive", "survived", "survives", "escape", "escaped", "escapes"]
# coming out alive with wounds is being wounded ("a customer survived with wounds in his legs", "two
# survived with serious wounds", "the only survivor, with gunshot wounds, was taken to hospital"): the
# preposition, the nouns of wounds after it, and the nouns of a survivor (MUC-4: an injured target)
WOUNDED_WITH = ["with"]
WOUND_NOUNS = ["wound", "wounds", "injury", "injuries", "burns", "bruises", "fractures"]
SURVIVOR_NOUNS = ["survivor", "survivors"]

# the gender a word tells of the person it names, to find whom HE or SHE stands for ("MRS ANA MEJIA AND
# HER SON WERE DRIVING HOME. SHE WAS KILLED": not the son): person nouns of one sex, and the titles
# written before a name (GENDER_TITLES: a title only with a name after it, "FATHER CARLOS PEREZ", not
# "HER FATHER")
FEMININE_WORDS = [
    "mrs", "mrs.", "ms", "ms.", "miss", "senora", "senorita", "dona", "madam", "madame", "lady", "sister", "nun",
    "woman", "girl", "wife", "widow", "mother", "daughter", "granddaughter", "grandmother", "niece", "aunt",
    "waitress", "businesswoman", "congresswoman", "policewoman", "spokeswoman", "chairwoman", "housewife",
    "actress", "stewardess", "fiancee", "girlfriend", "mother superior",
]
MASCULINE_WORDS = [
    "mr", "mr.", "senor", "don", "father", "fr", "fr.", "brother", "monsignor", "msgr", "msgr.", "sir", "priest",
    "bishop", "archbishop", "cardinal", "man", "boy", "husband", "widower", "son", "grandson", "grandfather",
    "nephew", "uncle", "waiter", "businessman", "congressman", "councilman", "policeman", "spokesman",
    "chairman", "salesman", "watchman", "fisherman", "cattleman", "foreman", "fiance", "boyfriend",
]
GENDER_TITLES = [
    "mrs", "mrs.", "ms", "ms.", "miss", "senora", "senorita", "dona", "madam", "madame", "lady", "sister",
    "mr", "mr.", "senor", "don", "father", "fr", "fr.", "brother", "monsignor", "msgr", "msgr.", "sir",
]
# the gender of the third person pronouns of one person ("he", "her"), by "m" and "f"
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                   "herself": "f"}
# a person told by sex or age alone, who the story may name later ("WOUNDING A BOY AND A WOMAN ... THE WOUNDED
# WERE IDENTIFIED AS JORGE PATINO AND LUCIA MORALES"): the names listed of the hit are those persons
ANONYMOUS_PERSON_NOUNS = ["man", "woman", "person", "boy", "girl", "youth", "teenager", "individual", "men", "women",
                          "persons", "boys", "girls", "youths", "teenagers", "individuals"]
# the one person an act hit, as a later sentence calls them ("THE VICTIM WAS SHOT THREE TIMES"): with a
# definite article, the person the story named before
VICTIM_NOUNS = ["victim"]
# what is paid to the kidnappers ("HIS FAMILY PAID A RANSOM"), the verbs that pay it and the nouns of its
# payment: who pays is no one the kidnapping hit
RANSOM_NOUNS = ["ransom", "ransoms"]
PAYING_VERBS = ["pay", "paid", "hand", "handed", "deliver", "delivered"]
PAYMENT_NOUNS = ["payment", "delivery"]
PAYER_PREPS = ["by"]
# how one is dressed, no person ("MEN IN CIVILIAN CLOTHES" reads CIVILIAN as a modifier already; a word of
# person after this preposition is no victim)
DRESS_PHRASES = ["in civilian", "in civvies"]
# a plain guard ("A GUARD WAS KILLED") is a civilian when the sentence names the private premises guarded
# ("OUTSIDE A BANK", "AT A SUPERMARKET"); elsewhere it stays with the forces (COMBATANT_NOUNS)
PRIVATE_GUARD_NOUNS = ["guard", "guards"]
PRIVATE_PREMISES = ["bank", "banks", "store", "stores", "shop", "shops", "supermarket", "supermarkets", "factory",
                    "factories", "plantation", "plantations", "farm", "farms", "hacienda", "ranch", "warehouse",
                    "hotel", "hotels", "company", "firm", "business", "restaurant"]

# people named by the crime they do for gain ("three robbers", "bank robbers", "two burglars"): killed or
# wounded by the police, guards or a crowd they are the doers of their own act, no targets of a
# terrorist act (MUC-4 1.0, 1a); lower case, singular and plural; a noun of two words names its head first
CRIME_DOER_NOUNS = ["robber", "robbers", "burglar", "burglars", "thief", "thieves", "carjacker", "carjackers",
                    "highwayman", "highwaymen", "hijacker", "hijackers", "looter", "looters"]
# verbs of such a crime a relative or adverbial clause tells its doers by ("TWO MEN WHO ROBBED A BUS",
# "after they held up a pawnshop"), as lemmas (a verb with its particle written after it); not violent in themselves, they still make the men doers
CRIME_VERBS = ["rob", "burgle", "burglarize", "loot", "steal", "hold up", "stick up", "carjack", "hijack", "storm", "raid"]
# kin nouns: the person of their "of" complement is not the one hit ("THE SON OF A RANCHER WAS ABDUCTED":
# the son is the victim, not the rancher)
KIN_NOUNS = ["son", "sons", "daughter", "daughters", "wife", "wives", "husband", "husbands", "brother", "brothers",
             "sister", "sisters", "father", "mother", "parents", "child", "children", "nephew", "nephews", "niece",
             "nieces", "grandson", "grandsons", "granddaughter", "cousin", "cousins", "widow", "relative",
             "relatives", "family", "brother-in-law", "son-in-law", "fiancee", "fiance"]
# nouns of one group of kin ("his family", "the household"): singular, yet no one person, no number (a share that
# lists "the village chief and his family" counts none; incidents._one_civilian)
KIN_GROUP_NOUNS = ["family", "families", "household", "households", "clan", "clans"]
# a parent and the children they are parent of: "X's children ... shot their mother" names X again when X was hit by
# the act (incidents._parent_of_the_children)
PARENT_NOUNS = ["mother", "father"]
CHILD_NOUNS = ["children", "sons", "daughters", "child", "son", "daughter"]

# words of arrest or detention (verbs, their lemmas and nouns): the people they take are no casualties, even
# beside a toll ("Police gave a toll of 25 dead and said 12 suspects had been arrested"; "the arrest of 12
# suspects"), whether or not the arrest is an event of its own (incidents._acted_on_unharmed)
ARREST_WORDS = ["arrest", "arrested", "arrests", "detain", "detained", "apprehend", "apprehended", "arrestee"]

# verbs by which a vehicle hit is said to carry people ("A BUS CARRYING 30 PEASANTS"): its passengers were hit with it
CARRYING_VERBS = ["carry", "carrying", "carried", "transport", "transporting", "transported", "ferry", "ferrying"]

# a person noun that, bare and with its verb negated, says nobody (the French « personne n'a été blessé »): none in
# English, where "nobody" is no person noun
NOBODY_NOUNS: list[str] = []
NEGATION_WORDS = ["not", "n't", "never"]
# verbs by which a person is said to be in a vehicle hit ("THE JEEP IN WHICH THE MAYOR WAS TRAVELLING")
TRAVELLING_VERBS = ["travel", "travelling", "traveling", "ride", "riding", "drive", "driving", "sit", "sitting"]
# parts of the body the act hit, whose owner after "of" or before "'s" is a person hit ("WOUNDED THE ARM OF
# BEATRIZ LOPEZ", "Rosa Quispe's leg"); not the words that also name an office or a side ("the head of the council")
OWNED_BODY_PARTS = ["arm", "arms", "leg", "legs", "chest", "stomach", "abdomen", "neck", "shoulder", "shoulders", "thigh",
                    "foot", "feet", "hand", "hands", "face", "groin", "hip", "knee", "knees", "eye", "eyes"]
# attendants of a person: the person of their "of" complement, or their possessor, is not the one hit ("the
# mayor's driver was killed", « le chauffeur du maire a été tué »: the driver, not the mayor)
ATTENDANT_NOUNS = ["driver", "drivers", "chauffeur", "chauffeurs", "bodyguard", "bodyguards", "escort", "escorts"]

# nouns of people that, definite, take up the dead of the forces named before ("the three people killed"), no victims of
# their own (incidents._forces_dead_taken_up)
DEAD_TAKEN_UP_NOUNS = ["people", "persons", "victims", "individuals"]

# the word of a comparison before a noun phrase ("higher death tolls than officials", "more than the army says"): the
# people it names are who the figure is compared with, no one hit; COMPARATIVE_BEFORE, where the language has it, is
# a word one of which must stand shortly before (none needed in English: "than" is a comparison's alone)
COMPARISON_WORDS = ["than"]
COMPARATIVE_BEFORE: list[str] = []
