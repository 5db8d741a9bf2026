"""Mots français pour lire les noms de lieux dans leur contexte (voir bilan.extract.places)."""

# Words after a name that make it a state's rather than a city's ("New York Gov.", "Washington
# state", "the Georgia legislature").
STATE_CUES: list[str] = []
# Words after a country's name that make it a town's ("a Palestine man", "Lebanon police"): in
# English a country gives an adjective there ("a Lebanese man"); after a city abroad ("Paris City
# Hall") they make it a town of the story's country when the story's other names back one.
TOWN_CUES: list[str] = []
# Verbes dont le sujet passif peut être une ville frappée (« Ménaka a été attaquée », « Bangui a été secouée
# par des tirs ») : un nom à cette place que l'étiqueteur ne dit pas une personne et que le gazetier connaît
# est lu comme un lieu (une petite ville aussi, comme après un indice de lieu)
PLACE_SUBJECT_VERBS = ["attaquer", "assiéger", "bombarder", "cibler", "encercler", "endeuiller", "ébranler",
                       "frapper", "incendier", "investir", "piller", "pilonner", "prendre", "reprendre", "secouer",
                       "toucher", "viser"]
# Un nom que l'étiqueteur dit une personne après l'un de ces mots et sa préposition (« se sont emparés de Bria »,
# « ont pris le contrôle de Bria ») est une ville frappée, comme après PLACE_SUBJECT_VERBS (places._object_of_striking)
PLACE_OBJECT_VERBS = ["emparer", "contrôle"]
# Verbes de prise de terrain dont l'objet, un nom que l'étiqueteur dit une organisation (« ont repris Djibo »), est
# une ville prise, comme après PLACE_SUBJECT_VERBS (places._object_of_striking, TAKEN_OBJECT_LABELS)
PLACE_TAKEN_VERBS = ["conquérir", "occuper", "prendre", "reconquérir", "reprendre"]
PLACE_OBJECT_LINKS = ["de", "d'", "d’"]
# Words that name a state as such ("the State of Ohio", "l'État de New York").
STATE_WORDS = ["etat", "province", "état"]
# Words of an organisation's name that make it a state's body ("Indiana State Police", "the Ohio
# Department of Health"), not a team or a company named after the state.
STATE_BODIES: list[str] = []
# Words that open a place's name but that the tagger leaves out of it ("ST. PARIS --" tagged
# "PARIS"): the name is read with the word when the gazetteer has it so.
NAME_OPENERS = ["fort", "mont", "saint", "sainte", "st", "ste"]
# mots à majuscule qui ouvrent le nom d'un lieu dans une ville, un marché ou un quartier (« le Souk Naivasha »
# d'El Fasher, « Souk Libya » d'Omdourman) : le nom qui suit est celui du lieu, pas d'une ville (places._site_opened)
SITE_NAME_OPENERS = ["souk", "souq", "harat"]
# letters that open a West African name with an inner apostrophe (« N'Djaména », « Fada N'Gourma »,
# « N'Zérékoré »): the tokenizer cuts « N' » as an elision, the name is read whole (places._inner_apostrophe_names)
NAME_APOSTROPHE_PREFIXES = ["n", "m"]
# Un article écrit avec une capitale dans la phrase ouvre le nom qui le suit (« près de La Ceiba » où
# l'étiqueteur a pris « Ceiba »), quand le gazetier a le nom entier.
NAME_ARTICLE_OPENERS = ["el", "la", "las", "le", "les", "los"]
# Words of an organisation's name after the town or county it is named after ("Hartford
# Hospital", "Douglas County Public Works", "Zionsville Education Foundation"): such names back
# the story's namesakes near them (:class:`_Coherence`) without being places of the story.
LOCAL_BODY_WORDS: list[str] = []
# Dans un texte en capitales, un nom que le gazetier connaît est un lieu quand un mot avant lui
# le pose en lieu ("A BOGOTA", "PRES DE SARAVENA", "LA VILLE DE SEGOVIA", "AU NORD DE HUANUCO")...
# Dans un texte en capitales, un verbe de frappe d'un lieu juste avant un nom que le gazetier connaît en fait un lieu
# (« DES JIHADISTES ONT ATTAQUÉ DJIBO » ; formes de PLACE_SUBJECT_VERBS) ; un article entre eux n'en fait aucun
CAPS_STRUCK_CUES = ["assiégé", "assiégée", "attaqué", "attaquée", "attaquent", "attaquant", "bombardé", "bombardée",
                    "pilonné", "pilonnée"]
CAPS_PLACE_CUES_BEFORE = ["a", "à", "au", "aux", "d'", "de", "dans", "depuis", "du", "en", "près", "vers"]
# En casse mixte, un nom que l'étiqueteur prend pour une organisation ou une personne juste après l'un
# de ces mots ("près d'Olocuilta", "à Kuda") se lit comme un lieu quand le gazetier le connaît (une petite
# ville seulement dans le pays de l'article, comme tout nom non étiqueté)
# Un nom que l'étiqueteur prend pour une personne ou une organisation juste après l'un de ces mots
# (« venaient de Kaga-Bandoro ») n'est une ville que si le gazetier connaît une ville de ce nom même dans le
# pays de l'article (quelle qu'en soit la taille) ; ailleurs, ou nulle part, il reste une personne
HOME_TOWN_CUES = ["de", "depuis"]
MISLABELLED_PLACE_CUES = ["à", "près", "dans", "vers", "d'", "d’"]
# ... ou qu'un mot après lui en fait une division ("LE DEPARTEMENT D'USULUTAN" se lit par "de")
CAPS_PLACE_CUES_AFTER: list[str] = []
# Mots avant un nom qui en font une ville, une division ou le point d'où se compte une distance (« la
# ville de Tame », « la municipalité de Chaparral », « à 30 km à l'est de Caucasia ») : un nom que le
# gazetier connaît après l'un d'eux est un lieu même quand c'est aussi un mot commun de la langue.
TOWN_NOUNS = ["bourg", "commune", "hameau", "localite", "localité", "municipalite", "municipalité", "ville",
              "village"]
# noms de la zone d'un acte dit avant, avec un déterminant défini (« des renforts ont été envoyés dans la zone ») : la
# dernière ville nommée avant, comme pour un nom de ville défini (incidents._the_town_told_before)
AREA_NOUNS = ["zone", "secteur", "environs"]
DISTANCE_UNITS = ["km", "kilometre", "kilomètre", "kilometres", "kilomètres"]
# Après un nom et une virgule, les mots qui disent une distance ou une direction depuis un lieu
# (« Zipaquirá, à 50 km au nord de Bogota », « Huarochirí, à l'est de Lima », « à 90 km de Bogota ») :
# le nom d'avant est le lieu des faits, le lieu d'après le seul point de repère (regex sur le texte
# en minuscules, jusqu'au nom du lieu).
# (and « près de » alone: « à Kiwanja, près de Rutshuru »)
# (a distance told roughly too: « à une dizaine de kilomètres de Beni »)
REFERENCE_LINK = (r"(?:(?:à |a )?(?:(?:environ|quelque|près de) )?(?:(?:\d+(?:[.,]\d+)? ?|une (?:dizaine|quinzaine|"
                  r"vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine) de )(?:km|kilomètres|kilometres) )?"
                  r"(?:(?:au |à l'|à l’|a l'|a l’)(?:nord|sud|est|ouest)(?:[- ](?:est|ouest))? |(?<=km )|(?<=kilomètres ))"
                  r"|(?:tout )?près )(?:de la |de l'|de l’|de |d'|d’|du )")
# En casse mixte l'étiqueteur laisse le mot de la division hors du nom (« le département de Santander »,
# « la province d'Huaral ») : le nom se lit avec le mot et sa préposition, quand le gazetier le lit ainsi.
DIVISION_NAME_WORDS = ["département", "province"]
DIVISION_NAME_LINKS = ["de", "d'", "d’", "du"]
# Mots après une virgule qui posent le nom suivant comme le lieu où est le nom précédent (« Berlin,
# dans le département d'Usulután »), avec les mots de division et leurs liens.
APPOSITION_LINKS = ["dans", "en"]
# Le possessif qui fait du lieu suivant une partie du lieu précédent (l'anglais "LIMA'S SAN ISIDRO
# DISTRICT"); le français dit "le quartier de San Isidro, à Lima", sans possessif.
POSSESSIVE_MARKS: list[str] = []
# A plural division word after coordinated names makes each a division of that kind ("Butler,
# Warren and Clark counties"): the word and the singular that names one.
DIVISION_PLURALS = {}
# The article an organisation's name may open with ("the Dublin City Council", "la Police de Paris"):
# not a word of the name.
NAME_ARTICLES = ["l'", "la", "le"]
# Les directions qui disent une partie du lieu nommé après elles, pas son centre, après un article et avant le lien
# d'une division (« le nord d'Alep ») : une ville qui est aussi la division de premier niveau de son nom est alors la
# division (places._regions_after_directions)
PART_BEARINGS = ["nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest"]
# adjectifs de voisinage entre une préposition de lieu et un nom (« dans le proche Burkina ») : le nom est à la place
# d'un lieu, quoi qu'en dise l'étiqueteur (places._in_place_slot) ; « voisin » suit le nom en français
NEIGHBOUR_WORDS = ["proche", "voisin", "voisine"]
# Titles before a person's name: a name after one is the person's ("Colonel Ponce", "Msgr Romero"),
# not a place.
PERSON_TITLES = [
    "archevêque", "capitaine", "col", "colonel", "commandant", "dr", "député", "gal", "général", "juge",
    "lieutenant", "m.", "mgr", "ministre", "mlle", "mme", "monseigneur", "président", "père", "sergent",
    "sénateur", "évêque"
]


# Le mot qu'un pays donne à ses divisions de premier niveau, quand peu de pays le donnent (« le
# département de Córdoba » est celui de la Colombie, non la province argentine de ce nom) : le mot
# (replié, sans accents, singulier et pluriel) -> les pays (codes ISO) dont il nomme les divisions de
# premier niveau (les départements français sont du second niveau).
DIVISION_WORD_COUNTRIES = {
    "departement": ["BJ", "BO", "CO", "GT", "HN", "HT", "NI", "PE", "PY", "SV", "UY"],
    "departements": ["BJ", "BO", "CO", "GT", "HN", "HT", "NI", "PE", "PY", "SV", "UY"],
}

# --- the gazetteer's reading of names (bilan.gazetteer), on folded text: lower case, no accents,
# "'" apostrophes ---
# articles en tête de nom, retirés quand le nom entier ne correspond à rien ("la Syrie")
LEADING_ARTICLES = ["l'", "le ", "la ", "les "]
# comment le français écrit des sons que les translittérations de noms arabes ou persans écrivent
# autrement, réécrits (dans l'ordre) à l'anglaise avant de prendre le squelette consonantique d'un
# nom ("Khan Cheikhoun" -> "khan sheikhoun")
TRANSLITERATION = [("tch", "\x01"), ("ch", "sh"), ("\x01", "ch"), ("dj", "j")]
# graphies françaises de noms arabes et leur graphie anglaise, lues en dernier recours (aucune autre lecture du nom,
# une ville d'un pays de noms translittérés assez peuplée : bilan.gazetteer.SPELLING_FALLBACK_MIN_POP) : regex sur le
# nom en minuscules, accents gardés (le « é » final d'un nom est le « -eh » anglais : « Nabatiyé », Nabatiyeh) ->
# remplacement ; chaque sous-ensemble des paires qui s'appliquent est essayé
SPELLING_FALLBACK = [(r"(?<=\w)é\b", "eh"), (r"ch", "sh"), (r"ou", "u")]
# les mêmes graphies pour les noms d'autres pays, par groupe de pays (codes ISO, paires) : l'ukrainien et le biélorusse
# transcrits à la russe, « g » pour le « h » de l'index (« Kryvyï Rig », Kryvyi Rih), « j » pour
# son « zh »
SPELLING_FALLBACK_GROUPS = [(["UA", "BY"], [(r"ou", "u"), (r"g", "h"), (r"j", "zh")])]
# le premier mot d'un nom de division en français et ce qu'il est dans le nom anglais que l'index en donne
# (« Bas-Shabelle » : Lower Shebelle, « Moyen-Djouba » : Middle Juba), lu seulement pour une graphie voisine d'une
# division (les noms français de l'index, « Haut-Katanga », sont lus tels quels)
DIVISION_NAME_QUALIFIERS = [("bas", "lower"), ("basse", "lower"), ("moyen", "middle"), ("moyenne", "middle"),
                            ("haut", "upper"), ("haute", "upper")]
# le nom d'une division tel que les pays d'un groupe le prononcent et que l'index l'écrit autrement, par groupe de pays
# (codes ISO, paires : chaque paire lue seule, pour la graphie voisine d'une division seulement) : l'arabe d'Égypte et
# du Soudan dit « g » pour le « j » et le « q » des noms de l'index (« l'État d'Al-Gézira » : Al Jazirah, « Guedaref » :
# Al Qadarif)
DIVISION_SPELLING_GROUPS = [(["EG", "SD"], [("gu", "q"), ("g", "j"), ("g", "q")])]
# noms d'un lieu de GeoNames qui sont, dans un texte, des mots ordinaires : une mention qui s'y
# normalise n'est jamais résolue (les listes de toutes les langues s'appliquent ensemble)
NOT_PLACE_NAMES = [
    "nord", "sud", "est", "ouest", "centre", "ville", "region", "province", "pays", "etat",
    "capitale", "frontiere", "village", "quartier", "zone", "armee", "police", "gouvernement",
    "president", "ministre", "mairie", "prefecture", "secteur", "base", "camp", "front",
    "paix", "guerre", "union", "nation", "nations", "republique", "monde", "bien", "mais",
    "dans", "avec", "pour", "sans", "sous", "selon", "vers", "entre", "plus", "tous", "tout",
    "elle", "elles", "nous", "vous", "leur", "leurs", "cette", "ces", "son", "lors",
    "date", "mort", "morts", "jour", "mars", "mai", "juin", "aout",
    # organisations, institutions and world regions that taggers call places and that are
    # also (alternate) names of some town
    "hamas", "hezbollah", "wagner", "otan", "onu", "nato", "maison blanche", "elysee", "kremlin",
    "pentagone", "afrique", "europe", "asie", "amerique", "moyen orient", "proche orient",
    "occident", "orient", "maghreb", "sahel",
]
# formes dérivées d'un nom de lieu : (regex avec un groupe ``base``, le nom ; ce que dit une
# correspondance quand la base est une ville : "near" (partie, alentours), "exact" ("ville de X"),
# "admin1"/"admin2" ("province de X")) ; une base pays donne toujours "country". Dans l'ordre.
_FR_DIR = r"(?:nord ?est|nord ?ouest|sud ?est|sud ?ouest|nord|sud|est|ouest|centre)"
# "de" before "de la": a name that opens with its article is read whole ("département de La Paz"),
# the article left out only when the whole name is none (the gazetteer's LEADING_ARTICLES)
_FR_DE = r"(?:de |de la |de l'|des |du |d')"
_FR_ART = r"(?:a l'|au |aux |a la |dans l'|dans le |dans la |dans les |le |la |l'|les )?"
AFFIX_RULES = [
    (rf"{_FR_ART}(?:ville|cite|localite|commune urbaine) {_FR_DE}(?P<base>.+)", "exact"),
    (rf"{_FR_ART}{_FR_DIR} {_FR_DE}(?P<base>.+)", "near"),
    (rf"{_FR_ART}(?:peripherie|banlieue|banlieues|environs|alentours|abords|faubourgs|portes"
     rf"|vieille ville|centre ville|campagne|quartiers? {_FR_DIR}|zone|secteur) {_FR_DE}(?P<base>.+)", "near"),
    (rf"(?:pres|non loin|aux environs|a proximite|autour|aux abords|aux portes) {_FR_DE}(?P<base>.+)", "near"),
    (rf"{_FR_ART}(?:province|gouvernorat|region|etat|wilaya|oblast) {_FR_DE}(?P<base>.+)", "admin1"),
    (rf"{_FR_ART}(?:district|departement|prefecture|cercle|territoire|raion|commune) {_FR_DE}(?P<base>.+)", "admin2"),
    (r"(?P<base>.+?) ville", "exact"),
    (rf"(?P<base>.+?) {_FR_DIR}", "near"),
    (r"(?P<base>.+?) (?:oriental|orientale|occidental|occidentale|septentrional|septentrionale"
     r"|meridional|meridionale)", "near"),
]

# gentilés des forces d'un pays (« l'armée salvadorienne », « la police sénégalaise »), en plus de ceux
# d'actors_fr.DEMONYMS : seulement pour lire une petite ville de ce pays après un mot de lieu (« près
# d'Aguilares ... l'armée salvadorienne » ; bilan.extract.places._forces_demonyms), non pour nommer des acteurs
FORCES_DEMONYMS = {
    "salvadorien": "SV", "salvadorienne": "SV", "salvadoriens": "SV", "salvadoriennes": "SV",
    "guatémaltèque": "GT", "guatémaltèques": "GT",
    "hondurien": "HN", "hondurienne": "HN", "honduriens": "HN", "honduriennes": "HN",
    "nicaraguayen": "NI", "nicaraguayenne": "NI", "nicaraguayens": "NI", "nicaraguayennes": "NI",
    "panaméen": "PA", "panaméenne": "PA", "panaméens": "PA", "panaméennes": "PA",
    "colombien": "CO", "colombienne": "CO", "colombiens": "CO", "colombiennes": "CO",
    "vénézuélien": "VE", "vénézuélienne": "VE", "vénézuéliens": "VE", "vénézuéliennes": "VE",
    "péruvien": "PE", "péruvienne": "PE", "péruviens": "PE", "péruviennes": "PE",
    "bolivien": "BO", "bolivienne": "BO", "boliviens": "BO", "boliviennes": "BO",
    "équatorien": "EC", "équatorienne": "EC", "équatoriens": "EC", "équatoriennes": "EC",
    "mexicain": "MX", "mexicaine": "MX", "mexicains": "MX", "mexicaines": "MX",
    "chilien": "CL", "chilienne": "CL", "chiliens": "CL", "chiliennes": "CL",
    "argentin": "AR", "argentine": "AR", "argentins": "AR", "argentines": "AR",
    "sénégalais": "SN", "sénégalaise": "SN", "sénégalaises": "SN",
    "ivoirien": "CI", "ivoirienne": "CI", "ivoiriens": "CI", "ivoiriennes": "CI",
    "togolais": "TG", "togolaise": "TG", "togolaises": "TG",
    "béninois": "BJ", "béninoise": "BJ", "béninoises": "BJ",
    "guinéen": "GN", "guinéenne": "GN", "guinéens": "GN", "guinéennes": "GN",
    "ghanéen": "GH", "ghanéenne": "GH", "ghanéens": "GH", "ghanéennes": "GH",
}


# Lu à l'étranger (bilan.extract.places._told_abroad). Les gentilés des pays (« grec », « libanais » ; avec
# actors_fr.DEMONYMS et FORCES_DEMONYMS), après un nom d'autorité (AUTHORITY_NOUNS : « a indiqué la police
# autrichienne », « les autorités libanaises », « la gendarmerie sénégalaise ») disent le pays des lieux de
# leur phrase (« blessé à Vienne, ont indiqué les autorités autrichiennes » : Vienne, Autriche). Un gentilé
# qui qualifie une chose (« le marché de Noël autrichien ») ne dit rien du lieu du récit.
def _demonym_forms(masculine: str, iso: str) -> dict[str, str]:
    """Le masculin singulier et ses trois autres formes régulières (-ien/-ienne, -ais/-aise, -ain/-aine,
    -an/-ane, -ol/-ole, -and/-ande, -ois/-oise, -e invariable au singulier)."""
    m = masculine
    if m.endswith(("ien", "éen")):
        forms = [m, m + "ne", m + "s", m + "nes"]
    elif m.endswith(("ais", "ois")):
        forms = [m, m + "e", m + "es"]
    elif m.endswith("e"):
        forms = [m, m + "s"]
    else:  # -ain, -an, -ol, -and, -in, -ar...
        forms = [m, m + "e", m + "s", m + "es"]
    return {f: iso for f in forms}


COUNTRY_DEMONYMS: dict[str, str] = {}
for _m, _iso in [
    ("afghan", "AF"), ("albanais", "AL"), ("algérien", "DZ"), ("allemand", "DE"), ("américain", "US"),
    ("angolais", "AO"), ("anglais", "GB"), ("argentin", "AR"), ("arménien", "AM"), ("australien", "AU"),
    ("autrichien", "AT"), ("azerbaïdjanais", "AZ"), ("belge", "BE"), ("béninois", "BJ"), ("biélorusse", "BY"),
    ("birman", "MM"), ("bolivien", "BO"), ("bosnien", "BA"), ("brésilien", "BR"), ("britannique", "GB"),
    ("bulgare", "BG"), ("burundais", "BI"), ("cambodgien", "KH"), ("camerounais", "CM"), ("canadien", "CA"),
    ("centrafricain", "CF"), ("chilien", "CL"), ("chinois", "CN"), ("chypriote", "CY"), ("colombien", "CO"),
    ("congolais", "CD"), ("coréen", "KR"), ("croate", "HR"), ("cubain", "CU"), ("danois", "DK"),
    ("égyptien", "EG"), ("émirati", "AE"), ("équatorien", "EC"), ("érythréen", "ER"), ("espagnol", "ES"),
    ("estonien", "EE"), ("éthiopien", "ET"), ("finlandais", "FI"), ("français", "FR"), ("gabonais", "GA"),
    ("géorgien", "GE"), ("ghanéen", "GH"), ("guatémaltèque", "GT"), ("guinéen", "GN"), ("haïtien", "HT"),
    ("hondurien", "HN"), ("hongrois", "HU"), ("indien", "IN"), ("indonésien", "ID"), ("irakien", "IQ"),
    ("iranien", "IR"), ("irlandais", "IE"), ("islandais", "IS"), ("israélien", "IL"), ("italien", "IT"),
    ("ivoirien", "CI"), ("jamaïcain", "JM"), ("japonais", "JP"), ("jordanien", "JO"), ("kenyan", "KE"),
    ("koweïtien", "KW"), ("letton", "LV"), ("libanais", "LB"), ("libérien", "LR"), ("libyen", "LY"),
    ("lituanien", "LT"), ("luxembourgeois", "LU"), ("malgache", "MG"), ("malien", "ML"), ("marocain", "MA"),
    ("mauritanien", "MR"), ("mexicain", "MX"), ("moldave", "MD"), ("mozambicain", "MZ"), ("néerlandais", "NL"),
    ("népalais", "NP"), ("nicaraguayen", "NI"), ("nigérian", "NG"), ("nigérien", "NE"), ("norvégien", "NO"),
    ("ougandais", "UG"), ("pakistanais", "PK"), ("palestinien", "PS"), ("panaméen", "PA"), ("paraguayen", "PY"),
    ("péruvien", "PE"), ("philippin", "PH"), ("polonais", "PL"), ("portugais", "PT"), ("qatari", "QA"),
    ("roumain", "RO"), ("russe", "RU"), ("rwandais", "RW"), ("salvadorien", "SV"), ("saoudien", "SA"),
    ("sénégalais", "SN"), ("serbe", "RS"), ("slovaque", "SK"), ("slovène", "SI"), ("somalien", "SO"),
    ("soudanais", "SD"), ("sri-lankais", "LK"), ("sud-africain", "ZA"), ("suédois", "SE"), ("suisse", "CH"),
    ("syrien", "SY"), ("tanzanien", "TZ"), ("tchadien", "TD"), ("tchèque", "CZ"), ("thaïlandais", "TH"),
    ("togolais", "TG"), ("tunisien", "TN"), ("ukrainien", "UA"), ("uruguayen", "UY"), ("vénézuélien", "VE"),
    ("vietnamien", "VN"), ("yéménite", "YE"), ("zambien", "ZM"), ("zimbabwéen", "ZW"),
]:
    COUNTRY_DEMONYMS.update(_demonym_forms(_m, _iso))
COUNTRY_DEMONYMS.update({"grec": "GR", "grecque": "GR", "grecs": "GR", "grecques": "GR", "turc": "TR",
                         "turque": "TR", "turcs": "TR", "turques": "TR", "burkinabè": "BF", "burkinabé": "BF",
                         "burkinabés": "BF", "kazakh": "KZ", "kazakhe": "KZ", "kazakhs": "KZ", "ouzbek": "UZ",
                         "ouzbeke": "UZ", "ouzbeks": "UZ", "néo-zélandais": "NZ", "néo-zélandaise": "NZ",
                         "nord-coréen": "KP", "nord-coréenne": "KP", "nord-coréens": "KP", "nord-coréennes": "KP"})
# Noms d'autorités qui disent ce qui s'est passé chez elles (avant le gentilé : « la police autrichienne »,
# « les autorités libanaises », « les douaniers biélorusses » ; un mot peut les séparer : « le ministère
# grec de l'Intérieur »).
AUTHORITY_NOUNS = [
    "ambassade", "armée", "autorité", "autorités", "consulat", "douane", "douanes", "douaniers", "enquêteurs",
    "garde-côtes", "gendarmerie", "gendarmes", "gouvernement", "gouvernements", "justice", "médias", "ministère",
    "ministre", "parquet", "police", "policiers", "pompiers", "porte-parole", "secouristes", "soldats",
    "responsables",
]
# Celles qui n'agissent que chez elles (police, douane, secours) : elles mènent le nom à l'homonyme de leur
# pays même plus petit que la ville du récit ; les porte-parole d'un gouvernement parlent aussi de l'étranger.
LOCAL_AUTHORITY_NOUNS = [
    "douane", "douanes", "douaniers", "enquêteurs", "garde-côtes", "gendarmerie", "gendarmes", "parquet",
    "police", "policiers", "pompiers", "secouristes",
]
# Les mots juste avant un nom qui le disent lieu des faits ou d'un voyage (« blessé à Vienne », « près de
# Brest », « pour Valence ») ; pas « de » (« un routier de Quimper » : où il vit).
EVENT_PLACE_CUES = ["à", "a", "au", "aux", "dans", "en", "près de", "pour", "vers", "aux environs de"]
# Le vol de quelqu'un vers une ville (regex sur le texte en minuscules, juste avant le nom) : elle est loin,
# c'est son plus grand homonyme à l'étranger (« ont pris l'avion pour Valence » de Saint-Étienne : Valence,
# Espagne) ; pas les vols d'un aéroport (« les vols pour Vienne ont repris » : la desserte d'une ville d'ici).
FLIGHT_CUES = [
    r"(?:pris|prendre|prend|prennent|prendra|prenait) l'avion (?:pour|vers|à destination de)",
    r"envol(?:é|ée|és|ées|er|e|ent|era) (?:pour|vers)",
]
# Un voyage ou un séjour (regex, comme FLIGHT_CUES) : le nom d'un pays y est le pays (« déployés en
# Géorgie ») ; un lieu étranger y mène les noms suivants de la phrase dans son pays (« partis au Québec
# ... à Laval »).
TRIP_TO_CUES = [
    r"(?:parti|partie|partis|parties|déployé|déployée|déployés|déployées|installé|installée|installés"
    r"|installées|envoyé|envoyée|envoyés|envoyées|stationné|stationnés) (?:au|aux|en|à|pour)",
    r"en (?:voyage|vacances|mission|séjour|déplacement|poste) (?:au|aux|en|à)",
    r"(?:un |le |leur |son |sa )?(?:voyage|séjour|mission) (?:au|aux|en|à)",
]
# Le retour d'un lieu (regex) : le nom d'un pays y est le pays ; il ne mène aucun autre nom à l'étranger
# (« de retour de vacances en Espagne, ... un accident à Valence » : Valence, Drôme).
TRIP_FROM_CUES = [
    r"de retour (?:de|du|des|d')",
    r"(?:rentré|rentrée|rentrés|rentrées|revenu|revenue|revenus|revenues) (?:de|du|des|d')",
]
# Mots qui mettent une phrase à l'étranger (« en mission à l'étranger »).
ABROAD_WORDS = ["à l'étranger", "a l'etranger"]
CONTINENTS = {"afrique": "AF", "amérique du sud": "SA", "amérique latine": "SA", "asie": "AS", "europe": "EU"}
# Articles contractés avant un nom qui s'ouvre par son article (« au Havre » : Le Havre, « au Mans », « aux
# Cayes » : Les Cayes, « au Cap » : Le Cap) : le nom est lu avec l'article quand le gazetier lit alors un
# autre lieu que le mot seul (« au Mali » reste le Mali).
CONTRACTED_ARTICLES = {"au": "Le", "aux": "Les"}

# A place the gazetteer lacks, told inside a region or a country (« à Tawori, dans l'est du Burkina Faso », « à
# Mutwanga, dans la province du Nord-Kivu », « à Talataye, dans la région de Ménaka, au Mali »): the words that
# may stand between the name and the region or country (besides APPOSITION_LINKS, DIVISION_NAME_WORDS,
# DIVISION_NAME_LINKS, NAME_ARTICLES and DIRECTION_WORDS), division words (places._unknown_named)
UNKNOWN_PLACE_LINKS = ["au", "aux", "l'", "l’", "les", "-"]
# ... the words that may open them (« à Kaya, au Burkina Faso », « à Tawori, dans l'est du Burkina Faso »): an
# article alone is no link (« à Kaya, les Etats-Unis ont... »)
UNKNOWN_PLACE_OPENERS = ["dans", "en", "au", "aux"]
# ... and the division words among them, which make the name next to them a division (« la région de Ménaka »)
UNKNOWN_PLACE_DIVISIONS = ["région", "territoire", "préfecture", "cercle", "district", "gouvernorat", "état"]
# Words of direction before a region's or a country's name (« dans l'est du Burkina Faso »): they may link a place
# the gazetteer lacks to it
DIRECTION_WORDS = [
    "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "centre", "centre-nord",
    "centre-sud", "centre-est", "centre-ouest", "extrême-nord",
]
# Les parties du nom d'une division de premier niveau faite seulement de directions (« la région de l'Extrême-Nord »
# du Cameroun, « la région du Centre-Nord »), chacune avec les directions qu'elle dit (N, S, E, W ; C le centre, X
# l'extrémité) : ce nom est lu comme la division de ce nom d'un pays que l'histoire nomme
# (places._direction_named_divisions)
DIRECTION_NAME_PARTS = {
    "nord": "N", "sud": "S", "est": "E", "ouest": "W", "centre": "C", "central": "C", "extrême": "X",
}
# the words that open such a name's place after a verb of the event (besides EVENT_PLACE_CUES): « le village
# de Solhan », « près de Barsalogho »
UNKNOWN_PLACE_CUES = ["village de", "localité de", "camp de", "commune de", "près de", "près d'", "près d’",
                      "territoire de", "cercle de", "département de", "département d'", "département d’"]
# Les noms au pluriel de tels lieux, leur lien, et le mot qui joint deux noms après eux (« les villages de Kurmuk et
# Tirgil, dans l'État du Nil Bleu ») : les deux noms sont lus comme le premier (places._unknown_named)
UNKNOWN_PLACES_CUES = ["villages de", "localités de", "villages d'", "villages d’", "localités d'", "localités d’"]
UNKNOWN_PLACES_JOIN = ["et"]
# Les noms d'une frontière : un gentilé à côté d'eux dit le pays près duquel est une localité, rarement celui où
# elle est (« à la frontière algérienne ») : aucun pays des localités de la phrase
# (places.sentence_countries_by_adjective)
BORDER_NOUNS = ["frontière", "frontières"]
# Un camp de déplacés nommé d'un nom que le gazetier n'a pas (« le camp de déplacés de Zamzam, au Darfour-Nord ») :
# les noms du camp et les mots qui peuvent se tenir entre le nom du camp et le nom (qui y vit) ; le nom est lu
# d'abord comme un lieu, le camp gardé par son nom, dans la région dite après lui (places._unknown_named)
CAMP_NOUNS = ["camp"]
CAMP_DWELLER_WORDS = ["de", "d'", "d’", "des", "pour", "les", "déplacés", "déplacées", "réfugiés", "réfugiées",
                      "personnes", "internes"]
# lower-case words inside a place's name (« Bab al-Hawa », « Ras el-Ma »)
NAME_INNER_WORDS = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "es", "ed", "ez", "ul", "-"]
# Mots d'une apposition qui situe une ville dans une région (outre les liens ci-dessus et TOWN_NOUNS) : « près de
# Kutum, une petite ville du Darfour-Nord » (places._told_within)
WITHIN_APPOSITION_WORDS = ["un", "une", "petit", "petite"]
# Mots juste avant le nom d'un lieu (un article, un mot de division entre eux) qui en font l'endroit d'où vient
# quelqu'un ou où un groupe est basé, non le lieu de l'événement : « originaire de la province de l'Ituri, Jean a
# été tué à Sake », « un groupe basé à Bamako a affirmé » (places.told_as_origin)
# Mots devant le lieu d'un autre acte auquel on compare l'acte (« comme à Kidal l'an dernier ») : pas son lieu
COMPARISON_CUES = ["comme à", "comme au", "comme aux", "comme en", "comme dans", "ainsi qu'à"]
# Mots devant un lieu où l'on a fui ou été évacué pour des soins (« forçant les habitants à fuir vers la ville voisine
# de Saint-Marc », « évacués vers Tahoua » ; quelques mots entre) : pas le lieu de l'acte (places.told_as_refuge)
REFUGE_CUES = ["fuir vers", "fui vers", "fuient vers", "fuyant vers", "fuir à", "fui à", "fuyant à",
               "se réfugier à", "se réfugier dans", "réfugiés à", "réfugiées à", "réfugié à", "réfugiée à",
               "réfugiés dans", "trouvé refuge à", "trouvé refuge dans", "évacué vers", "évacuée vers", "évacués vers",
               "évacuées vers", "évacué à", "évacués à", "transporté à", "transportés à", "transportés vers"]
ORIGIN_CUES = [
    "originaire de", "originaires de", "originaire du", "originaires du", "originaire d'", "originaires d'",
    "originaire d’", "originaires d’", "natif de", "native de", "natifs de", "natif du", "natifs du", "ayant fui",
    "a fui", "ont fui", "fuyant", "déplacé de", "déplacée de", "déplacés de", "déplacées de", "déplacés du",
    "venu de", "venue de", "venus de", "venues de", "basé à", "basée à", "basés à", "basées à", "basé au",
    "basée au", "basés au", "basées au",
]
# Mots d'une division nommée d'après son chef-lieu (« le territoire de Rutshuru », « le cercle d'Ansongo ») : une ville
# que le gazetier met dans la même division de premier niveau n'y est pas pour autant (places.town_in_region)
# ... et lue comme cette division, au point de la ville et à la précision admin2 (places._with_division_words :
# « le territoire de Beni », « la commune de Djibo », « le département d'Ouallam »)
SUBDIVISION_WORDS = ["territoire", "cercle", "district", "département", "commune"]
# Mots d'une division de premier niveau nommée d'après son chef-lieu (« la région de Mopti », « la province
# d'Idleb », « le gouvernorat d'Idleb ») : le nom avec son mot est cette division, à son point des données
# administratives et à la précision admin1, non la ville (places._with_division_words, places._regions_of_their_towns)
REGION_WORDS = ["région", "province", "gouvernorat", "état", "wilaya", "oblast"]
# Mots qui disent un village (« le village de Mambasa », « la localité de Kasinga ») : un nom après eux que le gazetier
# ne lit que par un autre nom d'une ville d'un pays où n'est aucun autre lieu du récit, avec après lui une ville d'un
# autre pays (« dans le territoire de Lubero », « près de Beni »), est un village de là (places._villages_by_other_names)
VILLAGE_CUES = ["village de", "village d'", "village d’", "localité de", "localité d'", "localité d’", "hameau de",
                "hameau d'", "hameau d’", "groupement de", "groupement d'", "groupement d’"]
# ... les mots qui disent la ville près de laquelle il est (« près de Beni », « non loin de Beni », « à proximité de
# Beni », « aux environs de Beni »), et ceux qui les lient
NEAR_TOWN_WORDS = ["près", "proche", "proximité", "loin", "environs"]
NEAR_TOWN_GLUE = ["à", "non", "aux", "tout"]
# Les mots juste avant le nom d'une ville qui mettent le fait près d'elle, non en elle (« près de la ville de Djibo »,
# « à 20 km de Djibo », « à une trentaine de kilomètres au nord de Djibo », « aux abords de Djibo », « non loin de
# Djibo ») : le point de la ville, précision « near » (géo-précision 2 d'ACLED ; places._told_near). Expression régulière
# sur le texte en minuscules avant le nom, ancrée à sa fin. Pas le cœur d'une ville (« au centre de Djibo » : en elle).
_NEAR_DIR = r"(?:nord|sud|est|ouest)(?:[- ](?:est|ouest))?"
_NEAR_AMOUNT = (r"(?:(?:environ|quelque|près de|plus de|moins de) )?(?:\d+(?:[.,]\d+)?|quelques|une (?:dizaine|"
                r"quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)(?: de)?) ?(?:km|kilom[eè]tres?)")
NEAR_PLACE_BEFORE = (
    r"(?:\b(?:près|non loin|à proximité|aux abords|à la périphérie|en périphérie|dans les environs|aux environs|"
    r"à " + _NEAR_AMOUNT + r"(?: (?:au |à l'|à l’)" + _NEAR_DIR + r")?|(?:au |à l'|à l’)" + _NEAR_DIR + r")) "
    r"(?:de |d'|d’|du )(?:la (?:ville|localité|commune) (?:de |d'|d’)|(?:du )?village (?:de |d'|d’))?$")

# Mots qui placent un acte par le seul lieu de l'acte dit avant lui (« Le gang avait déjà enlevé en 2021 seize
# missionnaires dans la même zone ») : un acte sans lieu à lui dans sa phrase prend le lieu du dernier acte placé avant
# lui dans le récit, jamais plus fin que celui de cet acte (incidents._same_area_place). Une zone n'est pas plus fine
# que « près » de sa ville ; le même endroit garde la précision de la ville.
SAME_AREA_PHRASES = ["dans la même zone", "dans le même secteur", "dans le même quartier", "dans les mêmes parages",
                     "dans la même partie", "non loin de là", "tout près de là", "dans les environs"]
# Mots devant un pays qui mettent l'acte hors de lui (« l'enlèvement a été commis hors du Chili ») : l'acte n'est en
# aucun lieu de ce pays, ni dans la ville de la dateline ; un autre pays que sa phrase nomme est son lieu
# (incidents._outside_the_country)
OUTSIDE_COUNTRY_WORDS = ["hors du", "hors de", "hors d'", "hors des", "en dehors du", "en dehors de", "en dehors d'",
                         "en dehors des"]
SAME_SPOT_PHRASES = ["au même endroit", "au même lieu", "sur le même site", "dans le même village",
                     "dans la même ville", "dans la même localité"]

# parties d'une ville : le nom après elles et leur lien est celui de la ville, quoi qu'en dise l'étiqueteur
# (« aux abords d'El Facher » pris pour une organisation)
TOWN_PART_NOUNS = ["abords", "périphérie", "environs", "banlieue", "entrée", "sortie", "centre", "cœur", "faubourgs"]

# ceux qui vivent dans une ville : le nom après eux et leur lien est celui de la ville, quoi qu'en dise l'étiqueteur
# (« les habitants de Bria » pris pour une personne) (places._in_place_slot)
INHABITANT_NOUNS = ["habitants", "habitant", "population", "populations", "riverains"]

# Articles arabes qui ouvrent un nom (« El Facher », « Al Qamishli », « Ad Damazin ») : lus avec lui, quoi qu'en
# dise l'étiqueteur (le modèle français fait de « El » un déterminant) (places._proper_spans)
NAME_PARTICLES = ["al", "el", "ad", "ar", "ash", "az", "ed", "ez", "ul"]
# mots en minuscules qui lient les parties d'un nom de lieu dans sa langue (« Norte de Santander », « Valle del
# Cauca », « Rio do Sul ») : deux noms lus de part et d'autre de l'un d'eux sont lus comme un seul nom quand
# l'index a un lieu de ce nom entier (places._names_linked)
NAME_LINK_WORDS = ["de", "del", "de la", "de las", "de los", "do", "da", "dos", "das", "di", "della"]

# Mots avant le nom du lieu où est quelque chose (« à Kpentchangou », « près de Kpentchangou ») : un nom que l'étiqueteur
# tient pour un lieu et que le gazetier ne lit pas y est une ville qu'il ne connaît pas, lieu de son fait sous son nom
# (places.unknown_towns ; avec VILLAGE_CUES et UNKNOWN_PLACE_CUES)
ACT_TOWN_CUES = ["à", "près de", "près d'", "près d’", "aux environs de"]

# Le siège de qui parle : un lieu qui n'est que celui d'où l'on parle n'est pas le lieu du fait dont on parle
# (places.speaker_seats). Verbes, outre claims_fr.REPORTING_VERBS, dont le sujet (ou le nom dont c'est le lieu : « les
# autorités à Paris ont condamné l'attaque ») parle d'un fait (« Paris a condamné », « a déclaré depuis Bamako »)
SPEAKER_SEAT_VERBS = ["condamner", "dénoncer", "déplorer", "fustiger", "exprimer", "présenter", "adresser", "saluer",
                      "appeler", "exhorter", "promettre", "avertir", "réagir", "répondre", "regretter"]
# ... noms de ce qui est dit dont le lieu est celui où on l'a dit (« dans un communiqué publié à Paris » ; ni
# « conférence » ni « discours » : « tués lors d'une conférence à Bamako » dit le lieu du fait)
SPEAKER_SEAT_NOUNS = ["communiqué", "déclaration", "allocution", "annonce"]
# ... et les prépositions qui lient le lieu à qui parle ou à ce qui est dit
SPEAKER_SEAT_PREPS = ["à", "depuis", "de", "d'", "d’"]

# Noms de fêtes : après un mot de lieu ils disent un temps, pas une ville que le gazetier ne connaît pas (« tué à
# Pâques », « à Noël » ; places.unknown_towns)
FEAST_NAMES = ["noël", "pâques", "ramadan", "ramadhan", "tabaski", "toussaint", "pentecôte", "ascension", "aïd",
               "achoura", "carême", "avent", "nouvel an"]

# an attack's noun and the preposition of its aim before a city the tagger calls a person ("a drone attack on Kharkiv",
# « une frappe sur Odessa »): the city (places._city_struck)
STRUCK_PLACE_PREPS = ["contre", "sur"]
STRUCK_PLACE_NOUNS = ["attaque", "attaques", "frappe", "frappes", "assaut", "raid", "raids", "bombardement",
                      "bombardements", "offensive"]
# les lieux d'une ville : le nom après eux et leur lien est celui de la ville, même pris pour une personne ou une
# autre chose (« le marché de Mobaye » ; places._act_slot_names)
PLACE_SITE_NOUNS = ["marché", "marchés", "gare", "aéroport", "port"]

# les bouts d'une route sont des lieux (« sur la route de Boni », « l'axe reliant Douentza à Boni », « entre Douentza et
# Boni ») : les noms de route, les mots qui les lient à un nom, ceux qui joignent un second nom
ROAD_NOUNS = ["route", "axe", "piste", "nationale", "tronçon", "corridor"]
ROAD_LINKS = ["de", "d'", "entre", "reliant", "vers"]
ROAD_JOINS = ["et", "à"]
# un mot qui place ce qui s'est passé entre deux villes nommées après lui, sans nom de route (« une embuscade
# entre Boni et Hombori ») : près de la première, pas dedans (places._on_a_road)
BETWEEN_TOWNS = ["entre"]

# Les mots juste avant le nom d'une division de premier rang qui en disent une partie (« dans le sud de l'Ontario »,
# « le nord de la Virginie », « du sud de l'Ontario », « dans l'est de Washington ») : ce nom lu comme une ville
# homonyme est la division (places._divisions_by_bearing). Expression régulière sur le texte en minuscules avant le nom, ancrée à sa fin. Pas
# « au nord de l'Ontario » (hors d'elle : NEAR_PLACE_BEFORE), ni « le centre de », « le cœur de » (d'une ville : « le
# centre de Washington » est la ville).
REGION_BEARING_BEFORE = (
    r"(?:\b(?:le|du|dans le|tout le|pour le|vers le) (?:(?:nord|sud)[- ](?:est|ouest)|nord|sud|est|ouest)"
    r"|\bl['’](?:est|ouest))"
    r" (?:de l'|de l’|de la |du |de |d'|d’)(?:(?:l'|l’|la )?(?:province|état) (?:de l'|de l’|de la |du |de |d'|d’))?$")
# ... et les mots juste après un tel nom qui disent la frontière de la division (aucun en français), ceux juste avant
# qui la disent (« près de la frontière de l'Ontario », « à la frontière avec l'État de New York »), et ceux qui le
# rangent avec d'autres divisions de son pays (« le Missouri, New York et la Virginie ») : cette mention est la division
DIVISION_BORDER_AFTER: list[str] = []
DIVISION_BORDER_BEFORE = (r"\bfronti[eè]re (?:de l'|de l’|de la |du |avec l'|avec l’|avec la |avec le )"
                          r"(?:(?:l'|l’)?état (?:de l'|de l’|de la |du |de |d'|d’))?$")
DIVISION_LIST_LINKS = [",", "et", "ou", "de", "du", "des", "la", "le", "l'", "l’"]

# prépositions du lieu où les morts ou les blessés ont été transportés (« transportés à Bogota », « évacués vers
# Ouagadougou ») sous un verbe de quantities_fr.HURT_TAKEN_VERBS : pas le lieu de l'acte (incidents._carried_there)
CARRIED_TO_PREPS = ["à", "vers", "jusqu'à"]
# ... et du lieu où il se trouve, sur le même verbe (« évacués vers un hôpital à Maiduguri ») : la ville de l'hôpital
CARRIED_WITHIN_PREPS = ["à", "dans"]

# the links of a list of places (« Sarlat, Souillac et Gourdon »): see places_en.PLACE_LIST_LINKS
PLACE_LIST_LINKS = [",", "et", "ou"]

# Noms d'un bâtiment ou d'un site en minuscules que l'étiqueteur prend parfois dans le nom du lieu qui les suit, avec
# leur lien (« d'un collège de Bamenda », « l'hôpital de Bamenda » étiquetés d'un bloc) : le lieu est le nom après eux
# (bilan.nlp.entity_edges)
FACILITY_NOUNS = ["collège", "école", "lycée", "hôpital", "dispensaire", "mosquée", "église", "marché", "prison",
                  "gare", "aéroport", "caserne", "commissariat", "gendarmerie", "mairie", "stade", "université"]
FACILITY_LINKS = ["de", "d'", "d’"]
# noms communs qui ouvrent en minuscule le nom d'un lieu avant le lien et le nom propre que l'étiqueteur a seul retenu
# (« la bande de Gaza », « la bande d'Aouzou » : la bande, pas la ville ; nlp.entity_edges)
NAME_HEAD_NOUNS = ["bande"]

# Words of a body of water: a name with one that the gazetteer reads only as a land division named after the water is
# the water, no place it has, unless a division word stands beside it (places._water_bodies_dropped)
WATER_BODY_WORDS = ["mer", "océan", "golfe"]
