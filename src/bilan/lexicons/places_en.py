"""English words for reading place names in their context (see bilan.extract.places)."""

# Words after a name that make it a state's rather than a city's ("New York Gov.", "Washington
# state", "the Georgia legislature").
STATE_CUES = [
    "assembly", "gov", "gov.", "governor", "lawmakers", "legislator", "legislators", "legislature", "sen.",
    "senator", "senators", "state", "statehouse"
]
# Words after a country's name that make it a town's ("a Palestine man", "Lebanon police"): in
# English a country gives an adjective there ("a Lebanese man"); after a city abroad ("Paris City
# Hall") they make it a town of the story's country when the story's other names back one.
TOWN_CUES = [
    "boy", "city", "council", "councilman", "couple", "elementary", "firefighters", "girl", "hall", "man",
    "mayor", "men", "native", "police", "resident", "residents", "teen", "teenager", "township", "woman",
    "women"
]
# Words that name a state as such ("the State of Ohio", "l'État de New York").
STATE_WORDS = ["commonwealth", "province", "state"]
# Words of an organisation's name that make it a state's body ("Indiana State Police", "the Ohio
# Department of Health"), not a team or a company named after the state.
STATE_BODIES = [
    "agency", "assembly", "association", "attorney", "board", "bureau", "clerk", "college", "commission",
    "commissioners", "conference", "council", "court", "department", "dept.", "division", "federation",
    "foundation", "governor", "guard", "hospital", "jail", "legislature", "office", "patrol", "police",
    "prosecutor", "schools", "senate", "service", "sheriff", "sheriffs", "society", "university"
]
# Words that open a place's name but that the tagger leaves out of it ("ST. PARIS --" tagged
# "PARIS"): the name is read with the word when the gazetteer has it so.
NAME_OPENERS = ["fort", "ft.", "mount", "mt.", "saint", "st", "st.", "ste."]
# capitalised words that open the name of a site inside a town, a market or a quarter ("the Souk Naivasha area" of El
# Fasher, "Souq Libya" of Omdurman): the name after them is the site's, not a town's (places._site_opened)
SITE_NAME_OPENERS = ["souk", "souq", "suq", "harat", "haret"]
# letters that open a West African name with an inner apostrophe ("N'Djamena", "Fada N'Gourma",
# "M'Bour"): the name is read whole, whatever the tagger calls it (places._inner_apostrophe_names)
NAME_APOSTROPHE_PREFIXES = ["n", "m"]
# An article written with a capital inside a sentence opens the name after it ("near La Ceiba" where
# the tagger took "Ceiba"), when the gazetteer has the whole name.
NAME_ARTICLE_OPENERS = ["el", "la", "las", "le", "les", "los"]
# Words of an organisation's name after the town or county it is named after ("Hartford
# Hospital", "Douglas County Public Works", "Zionsville Education Foundation"): such names back
# the story's namesakes near them (:class:`_Coherence`) without being places of the story.
LOCAL_BODY_WORDS = [
    "airport", "area", "board", "chamber", "city", "college", "community", "council", "county",
    "courthouse", "department", "district", "education", "elementary", "fire", "high", "hospital",
    "library", "medical", "memorial", "middle", "municipal", "parks", "police", "public", "regional",
    "school", "schools", "township", "village"
]
# In a text in capitals the tagger's entities are unreliable ("MEDELLIN" an organisation,
# "QUETZALTENANGO" a date): a name the gazetteer knows is read as a place there when a word before
# it sets a place ("IN BOGOTA", "NEAR SARAVENA", "THE TOWN OF SEGOVIA", "40 KM NORTH OF HUANUCO",
# "THE MAYOR OF APARTADO"), ...
# a country's acronym written like a personal pronoun: in a text in capitals, after a verb or a
# preposition and before no noun ("THE GUERRILLAS TOLD US", "ONE OF US WAS WOUNDED") it is the pronoun;
# "THE US", "US TROOPS" stay the country
CAPS_PRONOUN_NAMES = ["us"]
# In a text in capitals, a verb of striking a place right before a name the gazetteer knows sets it a place ("GUNMEN
# ATTACKED DJIBO", "REBELS RAIDED KIDAL"; the forms of PLACE_SUBJECT_VERBS, the parse there makes no object of it);
# an article between ("ATTACKED THE ARMY") reads no place, nor a name the gazetteer has only as an alternate one
# ("ATTACKED MINCA": places._caps_struck)
CAPS_STRUCK_CUES = ["attacked", "attacking", "besieged", "besieging", "bombarded", "bombed", "overran", "overrunning",
                    "raided", "raiding", "shelled", "shelling", "stormed", "storming"]
CAPS_PLACE_CUES_BEFORE = ["'s", "across", "around", "at", "from", "in", "inside", "near", "of", "outside",
                          "toward", "towards", "’s"]
# In mixed case, a name the tagger labels an organisation or a person right after one of these
# ("near Olocuilta", "outside Kuda") is read as a place when the gazetteer knows it (a small town only
# in the story's country, as any unlabelled name)
# Verbs whose passive subject may be a town hit by an event ("Beni has been hit by three attacks", "Kidal was
# shelled overnight"): a name there that the tagger calls no person, and the gazetteer knows, is read as a
# place (a small town too, as after a place cue); "Jackson said" is no passive subject
PLACE_SUBJECT_VERBS = ["attack", "besiege", "bomb", "bombard", "capture", "encircle", "hammer", "hit", "loot",
                       "overrun", "pound", "raid", "retake", "rock", "seize", "shake", "shell", "storm", "strike",
                       "surround", "target"]
# A name the tagger calls a person or a thing after one of these words and its preposition ("took control of
# Bria", "seized control of Bria") is a town struck, as one after PLACE_SUBJECT_VERBS (places._object_of_striking)
PLACE_OBJECT_VERBS = ["control"]
# Verbs of taking ground whose object, a name the tagger calls an organisation ("Rebels captured Djibo", "The army
# recaptured Djibo"), is a town taken as after PLACE_SUBJECT_VERBS (places._object_of_striking, TAKEN_OBJECT_LABELS)
PLACE_TAKEN_VERBS = ["capture", "occupy", "overrun", "recapture", "retake", "seize"]
PLACE_OBJECT_LINKS = ["of"]
# A name the tagger calls a person or an organisation right after one of these words ("had come from Kaga
# Bandoro", "fled to Batangafo") is a town only when the gazetteer has a town of the story's country by that
# very name (its size aside); a town abroad, or none, leaves it a person ("a call from Florence")
HOME_TOWN_CUES = ["from", "to"]
MISLABELLED_PLACE_CUES = ["near", "outside", "in", "inside", "around", "towards", "toward"]
# ... or a word after it makes it a division ("USULUTAN DEPARTMENT"); not a possessive, which a
# person's name takes as well ("TORRES' JURISDICTION")
CAPS_PLACE_CUES_AFTER = ["area", "county", "department", "district", "municipality", "neighborhood",
                         "neighbourhood", "province", "region"]
# Words before a name that say it is a town's, a division's or a point a distance is told from
# ("THE TOWN OF TAME", "THE MUNICIPALITY OF CHAPARRAL", "30 KM EAST OF CAUCASIA"): a name the
# gazetteer knows after one is a place even when it is also a common word of the language.
TOWN_NOUNS = ["city", "hamlet", "municipality", "town", "township", "village"]
# nouns of the area of an act told before, with a definite determiner ("troops were deployed to the area"): the last
# town named before, as a definite town noun is (incidents._the_town_told_before)
AREA_NOUNS = ["area", "vicinity"]
DISTANCE_UNITS = ["km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "mi", "mile", "miles"]
# After a name and a comma, the words that tell a distance or a bearing from a place ("CERRON GRANDE,
# 60 KM NORTH OF SAN SALVADOR", "HUAROCHIRI, EAST OF LIMA"): the name before is where it happened,
# the place after only the point it is told from; a town the gazetteer lacks is read there (a regex
# on the lower-cased text, up to the place's name).
# (and "near" alone: "in Kiwanja, near Rutshuru")
# (and a distance from it: "about 10 km from Beni")
REFERENCE_LINK = (r"(?:(?:(?:about|some|nearly|around) )?(?:\d+(?:[.,]\d+)? ?(?:km|kms|kilometers|kilometres|miles|mi) )?"
                  r"(?:(?:to the )?(?:north|south|east|west)(?:[- ]?(?:east|west))? of |(?:(?<=km )|(?<=kms )|"
                  r"(?<=kilometers )|(?<=kilometres )|(?<=miles )|(?<=mi ))from )|near )(?:the )?")
# In mixed case the tagger leaves a division's word out of its name ("in Córdoba department", "the
# department of Santander"): the name is read with the word (and the word linking them), when the
# gazetteer reads it so.
DIVISION_NAME_WORDS = ["department", "province"]
DIVISION_NAME_LINKS = ["of"]
# Words after a comma that set the name after them as where the name before them is ("Tame, in
# Arauca department"), with the division words and their links.
APPOSITION_LINKS = ["in"]
# The possessive that makes the place after it a part of the place before it ("LIMA'S SAN ISIDRO
# DISTRICT"): the part is where the event was.
POSSESSIVE_MARKS = ["'s", "’s"]
# A plural division word after coordinated names makes each a division of that kind ("Butler,
# Warren and Clark counties"): the word and the singular that names one.
DIVISION_PLURALS = {"counties": "County", "parishes": "Parish"}
# The article an organisation's name may open with ("the Dublin City Council", "la Police de Paris"):
# not a word of the name.
NAME_ARTICLES = ["the"]
# Titles before a person's name: a name after one is the person's ("Colonel Ponce", "Msgr Romero"),
# not a place.
PERSON_TITLES = [
    "archbishop", "bishop", "capt", "capt.", "captain", "col", "col.", "colonel", "commander", "deputy",
    "dr", "dr.", "father", "gen", "gen.", "general", "judge", "justice", "lieutenant", "lt", "lt.", "maj", "maj.",
    "major", "minister", "monsignor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "msgr", "msgr.", "president",
    "sen.", "senator", "sergeant", "sgt", "sgt."
]


# --- the gazetteer's reading of names (bilan.gazetteer), on folded text: lower case, no accents,
# "'" apostrophes ---
# leading articles stripped when the full name has no match ("the Gaza Strip")
LEADING_ARTICLES = ["the "]
# how the language writes sounds that transliterations of Arabic/Persian names spell otherwise,
# rewritten (in order) to the English-style spelling before taking a name's consonant skeleton
TRANSLITERATION: list[tuple[str, str]] = []
# this language's spellings of Arabic names and their index spellings, read as a last resort (none: the index names
# are English)
SPELLING_FALLBACK: list[tuple[str, str]] = []
# the same for the names of other countries, by group of countries (ISO codes, pairs) (none)
SPELLING_FALLBACK_GROUPS: list[tuple[list[str], list[tuple[str, str]]]] = []
# a division name's first word in this language and what it is in the English name the index gives (none: the index
# names are English)
DIVISION_NAME_QUALIFIERS: list[tuple[str, str]] = []
# a division's name as the countries of a group spell it aloud and the index spells it otherwise, by group of
# countries (ISO codes, pairs: each pair read alone, for a division's near spelling only): Egyptian and Sudanese
# Arabic say "g" for the "j" and the "q" of the index's names ("Gezira state": Al Jazirah, "Gedaref": Al Qadarif)
DIVISION_SPELLING_GROUPS = [(["EG", "SD"], [("g", "j"), ("g", "q")])]
# names of some GeoNames place that are, in running text, ordinary words: a mention that normalises
# to one of them never resolves (the lists of all languages apply together: news in one language
# quotes names from another)
NOT_PLACE_NAMES = [
    "north", "south", "east", "west", "central", "center", "centre", "city", "town",
    "region", "province", "country", "state", "capital", "border", "village", "district",
    "area", "zone", "army", "police", "government", "president", "minister", "ministry",
    "base", "camp", "front", "peace", "war", "union", "nation", "nations", "republic",
    "world", "the", "and", "for", "with", "from", "but", "not", "all", "was", "are", "has",
    "had", "said", "says", "day", "date", "may", "march", "june", "august", "sunday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "security",
    "forces", "force", "military", "officials", "people", "hospital", "mosque", "church",
    # organisations, institutions and world regions that taggers call places and that are
    # also (alternate) names of some town
    "hamas", "hezbollah", "wagner", "nato", "white house", "kremlin", "pentagon", "africa",
    "europe", "asia", "america", "middle east", "near east", "the west", "maghreb",
    "sahel",
]
# The word a country gives its first-level divisions, where few countries give it ("CORDOBA
# DEPARTMENT" is Colombia's department, not Argentina's province of that name): the word (folded,
# singular and plural) -> the countries (ISO codes) whose first-level divisions it names. Read when a
# division of that name lies in several countries and neither the story's country nor the other
# names of the text settle which.
DIVISION_WORD_COUNTRIES = {
    "department": ["BJ", "BO", "CO", "GT", "HN", "HT", "NI", "PE", "PY", "SV", "UY"],
    "departments": ["BJ", "BO", "CO", "GT", "HN", "HT", "NI", "PE", "PY", "SV", "UY"],
}
# derived forms of a place name: (regex with a ``base`` group, the place name; what a match says
# when the base resolves to a city: "near" (part of, around), "exact" ("city of X"), "admin1"/"admin2"
# ("province of X")); a country base always gives "country". Tried in order.
_EN_DIR = r"(?:north ?east|north ?west|south ?east|south ?west|north|south|east|west)"
_EN_ADJ = (r"(?:north ?eastern|north ?western|south ?eastern|south ?western"
           r"|northern|southern|eastern|western|central)")
_EN_THE = r"(?:the )?"
AFFIX_RULES = [
    (rf"{_EN_THE}(?:city|town) of (?P<base>.+)", "exact"),
    (rf"{_EN_THE}(?:{_EN_ADJ}|{_EN_DIR}|rural|greater|outer|inner|downtown|old) (?P<base>.+)", "near"),
    (rf"{_EN_THE}(?:{_EN_DIR}|outskirts|suburbs|edge|edges|environs|countryside|heart|centre|center"
     rf"|old city|old town|vicinity|area|{_EN_ADJ} (?:outskirts|suburbs|part|side)) of {_EN_THE}(?P<base>.+)",
     "near"),
    (rf"(?:near|outside|around|close to) {_EN_THE}(?P<base>.+)", "near"),
    (rf"{_EN_THE}(?:province|governorate|region|state|oblast) of {_EN_THE}(?P<base>.+)", "admin1"),
    (rf"{_EN_THE}(?:district|county|department|municipality|territory|cercle|commune) of {_EN_THE}(?P<base>.+)",
     "admin2"),
    (rf"(?P<base>.+?) ?'s? (?:old city|old town|outskirts|suburbs|countryside|centre|center|city centre"
     rf"|city center|downtown|{_EN_DIR}|{_EN_ADJ} (?:outskirts|suburbs|part|side|districts?"
     rf"|neighbou?rhoods?))", "near"),
    (r"(?P<base>.+?) (?:province|governorate|region|state|oblast)", "admin1"),
    (r"(?P<base>.+?) (?:district|county|department|municipality|territory|cercle|commune)", "admin2"),
    (r"(?P<base>.+?) (?:city|town)", "exact"),
]

# demonyms of the forces of a country ("the Salvadoran army", "Nicaraguan police"), besides those of
# actors_en.DEMONYMS: only to read a small town of that country after a place word ("near Aguilares ... the
# Salvadoran army"; bilan.extract.places._forces_demonyms), not to name actors
FORCES_DEMONYMS = {
    "salvadoran": "SV", "guatemalan": "GT", "honduran": "HN", "nicaraguan": "NI",
    "panamanian": "PA", "colombian": "CO", "venezuelan": "VE", "peruvian": "PE", "bolivian": "BO",
    "ecuadorean": "EC", "ecuadorian": "EC", "mexican": "MX", "chilean": "CL", "argentine": "AR",
    "argentinian": "AR", "senegalese": "SN", "ivorian": "CI", "togolese": "TG", "beninese": "BJ",
    "guinean": "GN", "ghanaian": "GH",
}

# Told abroad (bilan.extract.places._told_abroad). The demonyms and country adjectives of countries
# ("Greek", "Lebanese"; with actors_en.DEMONYMS and FORCES_DEMONYMS): before a noun of an authority
# (AUTHORITY_NOUNS: "Greek police said", "Egyptian officials", "Russian state media") they say the
# country of the places of their sentence ("robbed in Athens, Greek police said": Athens, Greece). A
# demonym that qualifies a thing or another person ("a French teacher", "the Greek Orthodox church", "a
# German heritage festival") says nothing of where the story is.
COUNTRY_DEMONYMS = {
    "afghan": "AF", "albanian": "AL", "algerian": "DZ", "angolan": "AO", "argentine": "AR", "argentinian": "AR",
    "armenian": "AM", "australian": "AU", "austrian": "AT", "azerbaijani": "AZ", "bahraini": "BH",
    "bangladeshi": "BD", "belarusian": "BY", "belarussian": "BY", "belgian": "BE", "beninese": "BJ",
    "bolivian": "BO", "bosnian": "BA", "brazilian": "BR", "british": "GB", "bulgarian": "BG", "burkinabe": "BF",
    "burmese": "MM", "burundian": "BI", "cambodian": "KH", "cameroonian": "CM", "canadian": "CA",
    "chadian": "TD", "chilean": "CL", "chinese": "CN", "colombian": "CO", "congolese": "CD", "croatian": "HR",
    "cuban": "CU", "cypriot": "CY", "czech": "CZ", "danish": "DK", "dutch": "NL", "ecuadorean": "EC",
    "ecuadorian": "EC", "egyptian": "EG", "emirati": "AE", "english": "GB", "eritrean": "ER", "estonian": "EE",
    "ethiopian": "ET", "filipino": "PH", "finnish": "FI", "french": "FR", "gabonese": "GA", "georgian": "GE",
    "german": "DE", "ghanaian": "GH", "greek": "GR", "guatemalan": "GT", "guinean": "GN", "haitian": "HT",
    "honduran": "HN", "hungarian": "HU", "icelandic": "IS", "indian": "IN", "indonesian": "ID", "iranian": "IR",
    "iraqi": "IQ", "irish": "IE", "israeli": "IL", "italian": "IT", "ivorian": "CI", "jamaican": "JM",
    "japanese": "JP", "jordanian": "JO", "kazakh": "KZ", "kenyan": "KE", "kosovar": "XK", "kuwaiti": "KW",
    "kyrgyz": "KG", "latvian": "LV", "lebanese": "LB", "liberian": "LR", "libyan": "LY", "lithuanian": "LT",
    "macedonian": "MK", "malagasy": "MG", "malawian": "MW", "malaysian": "MY", "malian": "ML", "maltese": "MT",
    "mauritanian": "MR", "mexican": "MX", "moldovan": "MD", "mongolian": "MN", "montenegrin": "ME",
    "moroccan": "MA", "mozambican": "MZ", "namibian": "NA", "nepalese": "NP", "nepali": "NP",
    "nicaraguan": "NI", "nigerian": "NG", "nigerien": "NE", "norwegian": "NO", "omani": "OM", "pakistani": "PK",
    "palestinian": "PS", "panamanian": "PA", "paraguayan": "PY", "peruvian": "PE", "philippine": "PH",
    "polish": "PL", "portuguese": "PT", "qatari": "QA", "romanian": "RO", "russian": "RU", "rwandan": "RW",
    "salvadoran": "SV", "saudi": "SA", "scottish": "GB", "senegalese": "SN", "serbian": "RS",
    "singaporean": "SG", "slovak": "SK", "slovenian": "SI", "somali": "SO", "spanish": "ES", "sudanese": "SD",
    "swedish": "SE", "swiss": "CH", "syrian": "SY", "taiwanese": "TW", "tajik": "TJ", "tanzanian": "TZ",
    "thai": "TH", "togolese": "TG", "tunisian": "TN", "turkish": "TR", "ugandan": "UG", "ukrainian": "UA",
    "uruguayan": "UY", "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN", "welsh": "GB", "yemeni": "YE",
    "zambian": "ZM", "zimbabwean": "ZW",
    "central african": "CF", "new zealand": "NZ", "north korean": "KP", "south african": "ZA",
    "south korean": "KR", "south sudanese": "SS", "sri lankan": "LK",
}
# Nouns of an authority that tells what happened on its ground (after the demonym; a word may stand
# between: "Russian state media", "German rail officials", "Egyptian interior ministry").
AUTHORITY_NOUNS = [
    "authorities", "authority", "coast guard", "coastguard", "consulate", "customs", "embassy", "firefighters",
    "gendarmerie", "gendarmes", "government", "investigators", "media", "ministry", "officers", "officials",
    "police", "policemen", "prosecutor", "prosecutors", "rescuers", "spokesman", "spokeswoman", "troops",
]
# Those of them that act on their own ground only (police, customs, rescuers): they take the name to their
# country's namesake even where that one is smaller than the home town ("near Toledo, Spanish police said":
# Toledo, Spain, not the bigger Toledo, Ohio); a government's speakers also speak of places abroad.
LOCAL_AUTHORITY_NOUNS = [
    "coast guard", "coastguard", "customs", "firefighters", "gendarmerie", "gendarmes", "investigators",
    "officers", "police", "policemen", "prosecutor", "prosecutors", "rescuers",
]
# The words just before a name that tell it as where something happens or goes ("robbed in Athens",
# "near Paris", "flew to Moscow"); not "from" ("students from Macon": where they live).
EVENT_PLACE_CUES = ["at", "in", "inside", "into", "near", "outside", "to", "toward", "towards", "around"]
# Someone's flight to a town (regex on the lower-case text, ending right before the name): it lies far, the
# biggest namesake abroad ("flew to Paris" from Dallas: Paris, France, not Paris, Texas); not an airport's
# "flights to" ("Flights to Athens resumed at Ben Epps Airport": a home town's air service).
FLIGHT_CUES = [r"(?:flew|flown|fly|flies|flying|jetted)(?: back| out| off| over)? to"]
# A trip to or a stay in a place (regex, as FLIGHT_CUES): a country's name there is the country, not a
# town named after it ("deployed to Georgia", "a trip to Jordan"); a foreign place there takes the
# sentence's later names to its country ("stationed in Germany ... near Berlin").
TRIP_TO_CUES = [
    r"(?:deployed|stationed|serving|serves|served|posted) (?:to|in)",
    r"(?:trip|trips|vacation|vacationing|holiday|holidays|honeymoon|tour|touring|mission|visit|visiting) (?:to|in)",
    r"(?:traveled|travelled|traveling|travelling|travels|travel) (?:to|in)",
    r"(?:studying|studies|study|studied) in",
]
# Coming back from a place (regex, as FLIGHT_CUES): a country's name there is the country ("returned
# from Lebanon"); it takes no other name abroad (the story goes on at home).
TRIP_FROM_CUES = [r"(?:returned|returning|returns|return|back|home|came back|come back|coming back) from"]
# Words that set a sentence abroad ("studying abroad", "on their first trip overseas"): a name there told as
# where something happens is its biggest namesake abroad, not the small home town of that name.
ABROAD_WORDS = ["abroad", "overseas"]
# A continent named after an event word ("a business trip in Europe"): as ABROAD_WORDS, the namesake in
# a country of that continent (GeoNames continent codes).
CONTINENTS = {"africa": "AF", "asia": "AS", "europe": "EU", "latin america": "SA", "south america": "SA"}

# A place the gazetteer lacks, told inside a region or a country ("in Tawori, in eastern Burkina Faso", "in
# Mutwanga, in North Kivu province", "in Talataye, in Mali's Menaka region"): the words that may stand between
# the name and the region or country (besides APPOSITION_LINKS, DIVISION_NAME_WORDS, DIVISION_NAME_LINKS,
# NAME_ARTICLES, POSSESSIVE_MARKS and DIRECTION_WORDS), division words (places._unknown_named)
UNKNOWN_PLACE_LINKS = ["-"]
# ... the words that may open them ("in Tawori, in eastern Burkina Faso"): an article alone is no link ("out of
# Sirte, the US military said")
UNKNOWN_PLACE_OPENERS = ["in"]
# ... and the division words among them, which make the name next to them a division ("Mali's Menaka region")
UNKNOWN_PLACE_DIVISIONS = ["region", "territory", "prefecture", "district", "governorate", "state"]
# Words of direction before a region's or a country's name ("in eastern Burkina Faso"): the name after them and a
# place cue is read as a place whatever the tagger calls it, and they may link a place the gazetteer lacks to it
DIRECTION_WORDS = [
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
    "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west",
]
# The parts of a first-level division's name made only of directions ("the Far North region" of Cameroon, "the
# Centre-North region"), each with the directions it tells (N, S, E, W; C the centre, X the far end): such a name
# is read as the division of that name of a country the story names (places._direction_named_divisions); the parts
# of every language are read, the admin data naming a division in its country's language ("Centre-Nord")
DIRECTION_NAME_PARTS = {
    "north": "N", "south": "S", "east": "E", "west": "W", "northeast": "NE", "northwest": "NW", "southeast": "SE",
    "southwest": "SW", "centre": "C", "center": "C", "central": "C", "far": "X", "extreme": "X",
}
# the words that open such a name's place after a verb of the event (besides EVENT_PLACE_CUES): "the village of
# Solhan", "near Barsalogho"
UNKNOWN_PLACE_CUES = ["village of", "town of", "camp of", "territory of", "district of"]
# Plural nouns of such places, their link and the word that joins two names after them ("the villages of Kurmuk and
# Tirgil in Blue Nile state"): both names are read as the first is (places._unknown_named)
UNKNOWN_PLACES_CUES = ["villages of", "towns of"]
UNKNOWN_PLACES_JOIN = ["and"]
# A border's nouns: a demonym next to one tells the country a town lies by, seldom in ("near the Algerian
# border"): no country of the sentence's towns (places.sentence_countries_by_adjective)
BORDER_NOUNS = ["border", "borders", "frontier"]
# A camp for displaced people named by a name the gazetteer lacks ("the Zamzam camp for displaced people in North
# Darfur", "a camp for displaced people of Zamzam"): the camp's nouns, and the words that may stand between the noun and
# the name or the region after it (who lives there); the name is read first as a place, the camp kept by its name,
# in the region told after it (places._unknown_named)
CAMP_NOUNS = ["camp"]
CAMP_DWELLER_WORDS = ["for", "of", "the", "displaced", "internally", "people", "persons", "refugees", "refugee",
                      "idps", "idp", "displacement"]
# lower-case words inside a place's name ("Bab al-Hawa", "Ras el-Ma")
NAME_INNER_WORDS = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "es", "ed", "ez", "ul", "-"]
# Words of an apposition that tells a town inside a region (besides the links above and TOWN_NOUNS): "near Ansongo,
# a town in Mali's Gao region", "in Mellit, a small town in North Darfur" (places._told_within)
WITHIN_APPOSITION_WORDS = ["a", "an", "small"]
# Words right before a place's name (an article and a division word between) that tell it as where someone comes
# from or where a group is based, not where the event was: "Ahmad, who fled Idlib province, was killed in Afrin",
# "a group based in Bamako said" (places.told_as_origin)
# Words before a place another act is likened to ("as in Kidal last year"): no place of the act told beside it
COMPARISON_CUES = ["as in", "like in", "as it did in", "as happened in", "as was the case in"]
# Words before a place people fled to or were taken to for care ("forcing residents to flee to the nearby city of
# Saint-Marc", "the wounded were evacuated to Goma"; a few words between): no place of the act (places.told_as_refuge)
REFUGE_CUES = ["fled to", "flee to", "fleeing to", "flees to", "fled into", "flee into", "fleeing into",
               "took refuge in", "take refuge in", "taking refuge in", "sought refuge in", "seek refuge in",
               "sought shelter in", "taking shelter in", "took shelter in", "evacuated to", "airlifted to",
               "were taken to", "was taken to", "rushed to"]
ORIGIN_CUES = [
    "fled", "fled from", "who fled", "fleeing", "displaced from", "originally from", "native of", "hails from",
    "based in", "headquartered in",
]
# Division words of a district named after its chief town ("Rutshuru territory", "the Ansongo district"): a town
# the gazetteer puts in the same first-level division is not thereby in it (places.town_in_region)
# ... and read as that unit, at the town's point and admin2 precision (places._with_division_words: "the territory
# of Beni", "the Ouallam department", "the cercle of Bandiagara")
SUBDIVISION_WORDS = ["territory", "district", "county", "department", "cercle", "commune"]
# Words of a first-level division named after its chief town ("the Mopti region", "Idlib province", "the governorate
# of Idlib"): the name with its word is that division, at the division's point from the admin data and admin1
# precision, not the town (places._with_division_words, places._regions_of_their_towns)
REGION_WORDS = ["region", "province", "governorate", "state", "oblast"]
# Words that tell a village ("the village of Mambasa", "the hamlet of Kasinga"): a name after them that the gazetteer
# reads only by another name of a town in a country no other place of the story is in, with a town of another country
# after it (", in Lubero territory", "near Beni"), is a village there (places._villages_by_other_names)
VILLAGE_CUES = ["village of", "hamlet of", "locality of", "settlement of"]
# ... the words that tell the town it lies near ("near Beni", "not far from Beni", "close to Beni", "outside Beni"),
# and those that link them
# ... the nouns after a name that tell it a village ("Mambasa village, in Lubero territory")
VILLAGE_NOUNS_AFTER = ["village", "hamlet"]
NEAR_TOWN_WORDS = ["near", "close", "outside", "far", "nearby"]
NEAR_TOWN_GLUE = ["to", "not", "from"]
# The words right before a town's name that put what happened near the town, not in it ("near the town of Djibo",
# "outside Djibo", "on the outskirts of Djibo", "20 km from Djibo", "some 30 kilometres north of Djibo", "not far from
# Djibo"): the town's point, precision "near" (ACLED's geo-precision 2; places._told_near). A regular expression on the
# lower-case text before the name, anchored at its end. Not a town's heart ("in the centre of Djibo": in it).
_NEAR_DIR = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?"
NEAR_PLACE_BEFORE = (
    r"(?:\b(?:near|outside|close to|not far from|in the vicinity of|(?:on )?the (?:outskirts|edge|edges|fringes|suburbs|"
    r"environs|vicinity) of|(?:\d+(?:[.,]\d+)?|a few|several|a dozen|dozens of)[ -]?"
    r"(?:km|kms|kilometers?|kilometres?|miles?|mi)\.? (?:(?:to the )?" + _NEAR_DIR + r" of|from|outside)|"
    r"(?:to the )?" + _NEAR_DIR + r" of)) (?:the )?(?:(?:[a-z'-]+ ){0,3}(?:town|village|city|locality|hamlet) of )?$")

# Words that place an act only by the place of the act told before it ("The gang had kidnapped 16 missionaries in the
# same area in 2021"): an act with no place of its own in its sentence takes the place of the latest act placed
# before it in the story, never finer than that act's (incidents._same_area_place). An area is no finer than "near"
# its town; the same spot keeps the town's precision.
SAME_AREA_PHRASES = ["in the same area", "in the same district", "in the same neighbourhood", "in the same neighborhood",
                     "in the same vicinity", "in the same part of", "nearby", "not far from there", "close by"]
# Words before a country that put the act out of it ("the kidnapping was carried out outside of Chile"): the act is in
# no place of that country, the dateline's town neither; another country its sentence names is its place
# (incidents._outside_the_country)
OUTSIDE_COUNTRY_WORDS = ["outside of", "outside"]
SAME_SPOT_PHRASES = ["in the same place", "at the same place", "at the same spot", "at the same location",
                     "at the same site", "in the same village", "in the same town", "in the same locality"]

# parts of a town: the name after them and their link is the town's, whatever the tagger calls it ("on the edge of
# El Fasher" tagged an organisation)
TOWN_PART_NOUNS = ["outskirts", "edge", "edges", "suburbs", "heart", "centre", "center", "environs", "vicinity"]

# those who live in a town: the name after them and their link is the town's, whatever the tagger calls it
# ("residents of Bria" tagged a person) (places._in_place_slot)
INHABITANT_NOUNS = ["residents", "inhabitants", "population"]

# Arabic articles that open a name ("El Fasher", "Al Qamishli", "Ad Damazin"): read with it, whatever the tagger
# calls them (places._proper_spans)
NAME_PARTICLES = ["al", "el", "ad", "ar", "ash", "az", "ed", "ez", "ul"]
# lower-case words that link the parts of a place's name in the languages it comes from ("Norte de Santander",
# "Valle del Cauca", "Rio do Sul"): two names read apart on each side of one are read as one name when the
# gazetteer has a place named so in full (places._names_linked)
NAME_LINK_WORDS = ["de", "del", "de la", "de las", "de los", "do", "da", "dos", "das", "di", "della"]

# Words before the name of the place where something is ("in Kpentchangou", "near Kpentchangou"): a name the tagger calls
# a place and the gazetteer does not read is a town it lacks there, the place of its act by its name
# (places.unknown_towns; with VILLAGE_CUES and UNKNOWN_PLACE_CUES)
ACT_TOWN_CUES = ["in", "at", "near", "outside"]
# The language's word list (WordNet's, places.is_common_word) holds the names of places the language has its own name
# for ("Geneva", "Cologne", "Leghorn"): a town abroad read by such a name stays abroad in a story set elsewhere
# (places._abroad_by_other_name); French has no such list (its names of towns abroad are in places_fr.tsv).
WORD_LIST_NAMES_PLACES = True

# The seat of a speaker: a place that is only where someone speaks from is no place of the act they speak of
# (places.speaker_seats). Verbs, besides claims_en.REPORTING_VERBS, whose subject (or the noun whose place it is:
# "Officials in Paris condemned the attack") speaks of an act ("Paris condemned", "said in Brussels")
SPEAKER_SEAT_VERBS = ["condemn", "denounce", "deplore", "decry", "mourn", "express", "offer", "send", "welcome",
                      "urge", "call", "vow", "pledge", "warn", "react", "respond", "hail", "praise", "voice"]
# ... nouns of what is said whose place is where it was said ("in a statement from Brussels", "a statement released in
# Baghdad"; not "conference" nor "speech": "killed at a peace conference in Bamako" is the act's place)
SPEAKER_SEAT_NOUNS = ["statement", "communique", "communiqué", "briefing", "declaration", "announcement"]
# ... and the prepositions that link the place to its speaker or to the words said
SPEAKER_SEAT_PREPS = ["in", "from", "at"]

# Adjectives of a bearing before a place's name ("eastern Aleppo", "southern Lebanon"): the name after one is read as
# any unlabelled name (the gazetteer's, by its own spelling) whatever the tagger calls it, a person's name aside
BEARING_ADJECTIVES = ["northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
                      "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"]
# Bearings that tell a part of the place named after them, not its centre: right before the name ("northern Aleppo"), or
# after an article and before a division's link ("the north of Aleppo"); a town that is also the first-level division
# of its name is then the division (places._regions_after_directions)
PART_BEARINGS = BEARING_ADJECTIVES + ["north", "south", "east", "west", "northeast", "northwest", "southeast",
                                      "southwest", "north-east", "north-west", "south-east", "south-west"]
# Adjectives of nearness between a place preposition and a name ("in neighbouring Lakki Marwat district", "in the nearby
# Bannu district"): the name stands in a place's slot, whatever the tagger calls it (places._in_place_slot)
NEIGHBOUR_WORDS = ["neighbouring", "neighboring", "nearby", "adjacent", "adjoining"]

# Names of feasts: after a place word they tell a time, no town the gazetteer lacks ("killed at Christmas", "during
# Ramadan"; places.unknown_towns)
FEAST_NAMES = ["christmas", "easter", "ramadan", "eid", "thanksgiving", "passover", "hanukkah", "diwali", "tabaski",
               "pentecost", "lent", "advent", "ashura", "nowruz", "yom kippur"]

# an attack's noun and the preposition of its aim before a city the tagger calls a person ("a drone attack on Kharkiv",
# « une frappe sur Odessa »): the city (places._city_struck)
STRUCK_PLACE_PREPS = ["on"]
STRUCK_PLACE_NOUNS = ["attack", "attacks", "strike", "strikes", "assault", "raid", "raids", "bombardment", "shelling",
                      "offensive"]
# the sites of a town: the name after them and their link is the town's, even tagged a person or another thing
# ("the market of Mobaye"; places._act_slot_names)
PLACE_SITE_NOUNS = ["market", "marketplace", "airport", "port"]

# a road's ends are places ("on the road to Boni", "the road between Douentza and Boni", "the highway linking X to Y"):
# the road's nouns, the words that link them to a name, and those that join a second name
ROAD_NOUNS = ["road", "highway", "route", "axis", "track", "motorway"]
ROAD_LINKS = ["to", "between", "from", "linking", "connecting"]
ROAD_JOINS = ["and", "to"]
# a word that puts what happened somewhere between two towns named after it, no road's noun ("an ambush between
# Boni and Hombori"): near the first, not in it (places._on_a_road)
BETWEEN_TOWNS = ["between"]

# Words right before the name of a first-level division that tell a part of it ("central Ontario's cottage country",
# "in northern Virginia", "upstate New York", "in the north of Ontario"): such a name read as a namesake town is the
# division (places._divisions_by_bearing). A regular expression on the lower-case text before the name, anchored at
# its end. Not "north of Ontario" (outside it: NEAR_PLACE_BEFORE), nor "the heart of", "the centre of" (a town's:
# "the heart of Washington" is the city).
REGION_BEARING_BEFORE = (
    r"\b(?:(?:north|south)[- ]?(?:east|west)ern|northern|southern|eastern|western|central|upstate|downstate"
    r"|the (?:(?:north|south)[- ]?(?:east|west)|north|south|east|west) of(?: the)?) $")
# ... and the words right after such a name that tell the division's border ("near the New York border"), the words
# before it that do (none in English), and the words that list it with other divisions of its country ("Missouri,
# New York and Virginia", "Oregon and Washington laws"): that one mention is the division
DIVISION_BORDER_AFTER = ["border", "borders"]
DIVISION_LIST_LINKS = [",", "and", "or"]

# prepositions of where the dead or the hurt were carried to ("brought to Bogota", "evacuated to Ouagadougou") under a
# verb of quantities_en.HURT_TAKEN_VERBS: no place of the act (incidents._carried_there)
CARRIED_TO_PREPS = ["to", "towards"]
# ... and of where that place is, on the same verb ("were taken to hospital in Maiduguri"): the town of the hospital
CARRIED_WITHIN_PREPS = ["in", "at"]

# the links of a list of places ("Sharon, Cornwall and Salisbury"): a name the tagger calls a person or an
# organisation, listed right beside a town the story reads, is a town of that town's country when one bears its name
# (places._towns_listed_with_towns)
PLACE_LIST_LINKS = [",", "and", "or"]

# Words of a body of water: a name with one that the gazetteer reads only as a land division named after the water is
# the water, no place it has, unless a division word stands beside it (places._water_bodies_dropped)
WATER_BODY_WORDS = ["sea", "ocean", "gulf"]
