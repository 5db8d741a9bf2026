"""French words for counts. The conventions (what a vague word means) are shared by all
languages and live in bilan.extract.quantities; this file only says how French writes them."""

NUMBER_WORDS = [
    "zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
    "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingts", "trente",
    "quarante", "cinquante", "soixante", "cent", "cents", "mille", "et",
]
SCALE_WORDS = {"million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000, "milliards": 1_000_000_000}
DECIMAL_COMMA = True
# bounded and approximate modifiers -> convention key
MODIFIERS = {
    "environ": "approx", "près de": "nearly", "quelque": "approx", "autour de": "approx", "approximativement": "approx",
    "au moins": "at_least", "au minimum": "at_least", "pas moins de": "at_least",
    "plus de": "more_than", "au-delà de": "more_than",
    # élidés devant une quantité collective (« plus d'une dizaine de morts », « près d'une centaine »)
    "plus d'": "more_than", "plus d’": "more_than", "près d'": "nearly", "près d’": "nearly",
    "moins de": "less_than", "moins d'": "less_than",
    "jusqu'à": "up_to", "au plus": "up_to", "au maximum": "up_to",
    # élidés après « que » (« a affirmé qu'au moins dix manifestants ») : l'apostrophe collée au modificateur
    "qu'au moins": "at_least", "qu’au moins": "at_least", "qu'environ": "approx", "qu’environ": "approx",
}
RANGE_PATTERNS = [r"entre\s+{n}\s+et\s+{m}", r"{n}\s+à\s+{m}", r"{n}\s*-\s*{m}"]
# "une vingtaine", "un millier": approximate collective numbers
COLLECTIVES = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
COLLECTIVE_ARTICLES = ["une", "un", "d'une", "d'un"]
# « que » élidé collé à l'article d'une quantité collective (« a ajouté qu'une vingtaine d'assaillants avaient été
# neutralisés ») : hors de la quantité, qui commence à l'article
ELIDED_BEFORE_ARTICLE = ["qu'", "qu’"]
# plural vague quantities -> shared convention key
VAGUE = {
    "des dizaines de milliers": "tens_of_thousands", "dizaines de milliers": "tens_of_thousands",
    "des centaines de milliers": "hundreds_of_thousands", "centaines de milliers": "hundreds_of_thousands",
    "des dizaines": "dozens", "dizaines": "dozens", "des centaines": "hundreds", "centaines": "hundreds",
    "des milliers": "thousands", "milliers": "thousands", "plusieurs": "more_than_one", "quelques": "few",
    "de nombreux": "many", "de nombreuses": "many", "nombreux": "many",
    # plusieurs dizaines, centaines, milliers : une quantité, pas « plusieurs » et « des dizaines » à additionner
    "plusieurs dizaines": "dozens", "plusieurs centaines": "hundreds", "plusieurs milliers": "thousands",
    "plusieurs dizaines de milliers": "tens_of_thousands", "plusieurs centaines de milliers": "hundreds_of_thousands",
    "quelques dizaines": "dozens", "quelques centaines": "hundreds", "quelques milliers": "thousands",
}
# un mot avant une quantité vague qui en fait une question : aucun en français (« combien » n'en est pas une)
VAGUE_NOT_AFTER: list[str] = []
# "l'un d'entre eux", "l’une d’elles", "l'un de leurs éléments" -> 1 (either apostrophe)
ONE_OF_THEM = [r"l['’]une?\s+d['’]entre\s+(?:eux|elles)", r"l['’]une?\s+d['’](?:eux|elles)",
               r"l['’]une?\s+de\s+(?:leurs?|ses|ces|nos|vos)(?![\w-])"]
# « deux policiers ont été tués et un troisième blessé » : un ordinal après « un » est un de plus des
# personnes comptées (pas « un tiers de la ville », une fraction)
ONE_OF_THEM += [r"une?\s+(?:deuxième|second|seconde|troisième|quatrième|cinquième|sixième)(?=\s+(?:a|ont|est|blessée?|tuée?|mort|morte|grièvement|légèrement)\b)"]
# « l'un des Italiens a été tué », « l'une des infirmières » : une personne, le nom d'après compté
ONE_OF_THE = [r"l['’]une?\s+des(?=\s+[^\W\d_])"]
# noms qui sont déjà les personnes touchées (« l'un des morts a été identifié », « l'un des blessés
# est décédé ») : personne de plus
ONE_OF_THE_NOT = ["morts", "mortes", "tués", "tuées", "victimes", "blessés", "blessées", "corps", "otages",
                  "survivants", "autres", "mêmes", "principaux", "principales", "plus"]
# casualty words that name a person after "un"/"one" ("un mort", "un tué et un blessé")
CASUALTY_PERSONS = ["mort", "morts", "tué", "tués", "blessé", "blessés", "blessée", "blessées"]
# noms comptés qui réunissent les morts et les blessés (« l'armée a subi six pertes ») : leur chiffre
# n'est ni un bilan de morts ni un compte de blessés, quel que soit le mot de victimes voisin
MIXED_CASUALTY_NOUNS = ["perte", "pertes"]
# la préposition qui nomme les blessés après un nom de blessure, sur le nom ou sur le verbe qui la
# cause (« des blessures légères à un enfant et à un garde »)
INJURY_PREPS = ["à", "au", "aux"]
SINGULAR_ARTICLES = ["un", "une"]
# un nom de deux personnes : l'article singulier devant lui compte deux (« ont tué un couple », « un couple et ses
# deux enfants » : quatre morts)
PAIR_NOUNS = ["couple"]
# le mot pour un qu'un modificateur fait chiffre seul (« en a tué au moins un », « plus d'une »)
ONE_WORDS = ["un", "une"]
# l'article d'un pluriel indéfini (« des civils tués ») : quelques-uns, quand un mot de mort les nomme
INDEFINITE_PLURAL = ["des", "de", "d'", "d’"]
# words linking a number to the counted noun, and words to skip before it
OF = ["de", "d'", "d’", "des"]  # "trois des assaillants": "des" is "de" and "les"
HEAD_SKIP = ["de", "d'", "d’", "plus", "supplémentaires"]
# mots qui peuvent se tenir entre un chiffre ou un article et la personne qu'il compte (« une petite fille », « deux
# jeunes femmes », « un vieil homme ») : expressions régulières d'un mot chacune
PERSON_PRE_MODIFIERS = ["petite?s?", "jeunes?", "vieil", "vieux", "vieilles?"]
# the determiner of a part of a group, after OF: the noun after it is what the figure counts ("trois de ses gardes du corps" : "gardes")
PARTITIVE_DETERMINERS = ["ses", "leurs", "ces"]
# what follows a number when it is not a count of people
NOT_COUNTS = [
    "%", "pour cent", "pourcent", "km", "kilomètres", "kilomètre", "mètres", "mètre", "m", "kg", "kilos", "tonnes",
    "dollars", "dollar", "euros", "euro", "francs", "franc", "ans", "an", "années", "année", "heures", "heure", "h",
    "minutes", "jours", "jour", "semaines", "semaine", "mois", "fois", "ème", "e", "er", "hectares", "litres",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "fcfa", "cfa",
    # animals and things ("15 têtes de bœufs abattus", "trois villages attaqués")
    "tête", "têtes", "bœuf", "bœufs", "boeufs", "bovins", "vaches", "chèvres", "moutons", "bétail", "animaux",
    "maisons", "habitations", "cases", "véhicules", "voitures", "motos", "villages", "localités",
    # les coups d'une fusillade (« tué de trois balles », « atteint de cinq coups de feu ») : comment, pas qui
    "balles", "balle", "coups de feu", "coups de couteau", "projectiles",
    # les armes abattues ou interceptées (« a abattu neuf drones », « intercepté quatre missiles ») : aucun mort
    "drones", "missiles", "roquettes", "obus", "bombes", "grenades", "ogives",
    # un numéro de rue (« devant le 10, rue des Martyrs », « au 4 avenue Boganda ») : une adresse
    "rue", "avenue", "boulevard", ", rue", ", avenue", ", boulevard",
    # des lieux (« au-dessus de plusieurs régions russes », « dans trois provinces ») : où, pas qui
    "régions", "provinces", "districts", "villes", "zones", "pays",
    # des groupes, pas des gens (« affrontements entre deux factions rivales », « deux groupes armés ») : qui se bat
    "groupes", "factions", "milices", "clans", "communautés", "bandes", "camps",
]
# des lieux comptés, un adjectif de nationalité avant le nom (rare en français : « trois Etats sahéliens » a le nom
# d'abord) : personne de touché
PLACES_COUNTED = ["régions", "provinces", "districts", "villes", "zones", "pays", "villages", "localités"]
# des groupes comptés, un adjectif avant le nom (« deux grands groupes ») : qui se bat, pas qui est touché
GROUPS_COUNTED = ["groupes", "factions", "milices", "clans", "communautés", "bandes"]
# what before a four-digit number makes it a year
YEAR_CUES = ["en", "depuis", "de", "dès", "avant", "après", "année", "l'an", "janvier", "février", "mars", "avril",
             "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "fin", "début", "mi"]
AGE_CUES = [r"âgée?s?\s+de\s*$"]
# ce qui, devant un nombre de quatre chiffres, en fait une heure ("à 0745", "à 2000 le 11 novembre")
TIME_CUES = ["à"]
# number words that only join others ("vingt et un")
CONNECTORS = ["et"]
# the counted noun is left out ("cinq autres blessés"): look for it earlier in the sentence
ELIDED_HEADS = ["autres", "autre", "qui", "dont", "sont", "ont", "étaient", "avaient"]
# a figure that counts part of another ("dont quatre enfants", "quatre d'entre eux") does not add to it
# un pronom qui prend une part du chiffre d'avant (« 48 drones lancés, dont 35 ont été abattus », « 35 d'entre eux ») :
# la part compte ce que ce chiffre comptait (des drones ne sont personne)
PARTITIVE_PRONOUNS = ["dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "parmi elles", "d'entre eux", "d'entre elles",
                      "au nombre desquels", "au nombre desquelles"]
# la préposition qui dit parmi qui sont les morts comptés (« six morts parmi les civils ») : un mot de civils après elle
# en fait des civils (incidents._among_civilians)
AMONG_PREPS = ["parmi"]
SUBSET_BEFORE = ["dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "parmi elles", "au nombre desquels",
                 "au nombre desquelles", "notamment", "y compris"]
SUBSET_AFTER = ["d'entre eux", "d'entre elles"]
# les morts de ces causes ne sont pas le bilan d'un acte de violence (« 13 enfants étaient morts de malnutrition »
# quelques paragraphes après le bilan d'un bombardement) : pas le chiffre d'une autre source pour ce bilan
NON_VIOLENT_DEATH_CAUSES = ["malnutrition", "faim", "famine", "déshydratation", "maladie", "maladies", "choléra",
                            "rougeole", "paludisme", "soif", "épidémie"]
# un chiffre que sa phrase place parmi les gens d'un bilan (« Trois enfants figurent parmi les morts ») : une
# part du bilan dit, pas un bilan à lui seul
SUBSET_OF_TOLL = ["parmi les morts", "parmi les victimes", "parmi les tués", "parmi les blessés",
                  "au nombre des morts", "au nombre des victimes"]
# a figure said as the whole of several acts ("with the murder of two more engineers, a total of six
# have been murdered this week"): it tallies them, and is the toll only when no other figure is given
TOTAL_BEFORE = ["au total", "un total de", "en tout", "au total de"]
OTHERS = ["autres"]
# a pronoun that stands for two persons named before it: none in French, which says it with the figure
# ("les tuant tous les deux": "deux" is read as a number)
DUAL_PRONOUNS: list[str] = []
# a later sentence's figure right before these words adds to the toll told before ("deux autres passagers sont morts plus tard"), unless
# a definite determiner before the figure takes up people counted already (ADDED_NOT_AFTER)
ADDED_AFTER = ["autres", "de plus"]
ADDED_NOT_AFTER = ["les", "ces", "leurs"]
# les mots juste avant un chiffre qui en font le bilan de l'acte à ce jour, tous ses morts (ou
# blessés) ensemble (« portant à 19 le nombre de civils tués », « portant le bilan à 12 morts », « le
# bilan est passé à 21 ») : le chiffre est le bilan, non un ajout, et borne ce qu'ajoutent les
# suites (« sept nouveaux corps ..., portant à 19 ... sept autres corps » : les mêmes sept) ;
# expressions régulières sur le texte en minuscules avant le chiffre, finissant où il commence
# (le bilan de l'acte qu'il compte : « le bilan de l'attaque de Bambari s'est alourdi à 30 morts »)
_OF_THE_ACT = r"(?:\s+(?:de|du|des|d['’])(?:\s*[\w'’-]+){1,5}?)?"
RUNNING_TOTAL_BEFORE = [
    r"\b(?:portant|porte|portait|porté|élevant|élève|élevé|faisant passer|fait passer)(?:\s+(?:le|ce|son)(?:\s+[\w'-]+){1,4})?\s+à$",
    r"\bbilan" + _OF_THE_ACT + r"\s+(?:est passé|est monté|s'est alourdi|s'alourdit|s'élève|s'est élevé|s'établit|se monte|est désormais)"
    r"(?:\s+[\w-]+){0,2}?\s+à$",
    r"\bbilan" + _OF_THE_ACT + r"\s+(?:atteint|a atteint|atteint désormais)$",
    # (un mot de temps entre les deux : « le bilan s'est ensuite alourdi à 21 morts », « est depuis passé à 30 »)
    r"\bbilan" + _OF_THE_ACT + r"\s+(?:est|s'est)\s+(?:ensuite|depuis|encore|finalement)\s+(?:passé|monté|alourdi|élevé)"
    r"(?:\s+[\w-]+){0,2}?\s+à$",
]
# les mots juste avant un chiffre qui en font le bilan d'où celui de l'acte est parti (« le bilan est passé de 28 à 41
# morts », « s'est alourdi de 28 à 41 ») : dépassé, pas un bilan à lui (incidents._superseded_figure ; expressions
# régulières sur le texte en minuscules avant le chiffre, finissant où il commence)
# (le nombre des morts comme le bilan, le présent comme le passé : « le nombre de morts de l'attaque de Ndah passe de 5
# à 12 », « le bilan grimpe de 4 à 9 morts »)
SUPERSEDED_BEFORE = [
    r"\b(?:bilan|nombre de (?:morts|tués|victimes|décès))" + _OF_THE_ACT
    + r"\s+(?:est passé|est monté|s'est alourdi|s'alourdit|a grimpé|a augmenté|passe|grimpe|monte|augmente)"
    r"(?:\s+[\w-]+){0,1}?\s+de$",
]
# un chiffre de blessés (ou l'article singulier d'une personne) dont une phrase suivante dit la mort
# ajoute des morts (« deux des blessés sont morts », « l'un d'eux est décédé », « une serveuse est
# décédée à l'hôpital » : un de plus, non un des morts déjà dits)
ADDED_OF_THE_HURT = [r"des\s+blessés\b", r"d'entre\s+eux\b", r"d'entre\s+elles\b"]
ADDED_SINGULAR_ARTICLES = ["un", "une"]
# ordinaux : devant un nom, l'un d'une suite de choses ou de personnes (« un deuxième manifestant », « une troisième
# victime ») ; nlp relit un ordinal dont l'analyse a fait la tête du nom qui le suit comme un modificateur de ce nom
# (nlp._fix_ordinal_heads : « Un deuxième manifestant a été tué », « deuxième » sujet et « manifestant » un adjectif)
ORDINAL_WORDS = ["deuxième", "second", "seconde", "troisième", "quatrième", "cinquième", "sixième", "septième",
                 "huitième", "neuvième", "dixième"]
# une personne que le récit nomme pour la première fois avec un article défini, sujet d'un verbe de mort
# dans une phrase suivante (« tuant cinq passagers. Le chauffeur de l'autobus est mort en route vers
# l'hôpital »), est un mort de plus ; une personne nommée avant parmi les blessés (« blessant deux femmes
# et un vendeur. Le vendeur est mort plus tard ») est l'un d'eux qui est mort
# (un déterminant possessif aussi : « tuant une femme. Son fils, grièvement blessé, a succombé »)
ADDED_DEFINITE_ARTICLES = ["le", "la", "l'", "l’", "son", "sa"]
# l'un des blessés dits avant, sujet d'un verbe de mort (« l'un des blessés est décédé », « l'une
# d'elles est morte » après « blessant huit personnes ») : un mort de plus
ONE_OF_THE_HURT = [r"(?:l['’]\s*)?une?\s+(?:des\s+blessés|d['’]entre\s+(?:eux|elles)|d['’]eux|d['’]elles)\b"]
# the words that join more people to the victim of a casualty verb ("le maire a été tué avec deux
# policiers"): the people after them were hit too, and the victim adds to their figure
COMITATIVE_PREPS = ["avec", "en même temps que"]
# the words that add more people to the list of those a casualty verb hit, even when the parse hangs what follows on
# the object before them (« ont tué trois villageois de même que deux bergers »: five dead)
VICTIM_LIST_JOINERS = ["de même que", "ainsi que"]
# mots qui nient un verbe de victimes dit de personnes comptées (« sans blesser ses cinq occupants »,
# « n'a pas blessé », « n'a réussi à blesser personne ») : verbe d'échec, préposition ou négation
NO_HARM_WORDS = ["sans", "pas", "jamais", "échouer", "échoué"]
# déterminants qui nient le sujet d'un verbe de victimes (« aucun civil n'a été blessé ») : personne
NO_HARM_SUBJECT_DETERMINERS = ["aucun", "aucune", "nul", "nulle"]
# un zéro dit (« n'a fait aucune victime », « sans faire de victime », « personne n'a été tué ») : le mot avant un
# nombre singulier qui en fait personne (« pas un soldat n'a été blessé »)
NONE_BEFORE_ONE = ["pas"]
# pronoms qui disent personne, seuls (« personne » se lit par victims_fr.NOBODY_NOUNS, avec sa négation)
NOBODY_PRONOUNS: list[str] = []
NOBODY_HEADS: list[str] = []
# noms des victimes qu'une négation ou NO_HARM_SUBJECT_DETERMINERS rend nuls, avec ce qu'ils comprennent (« aucune
# victime » : ni mort ni blessé ; « aucun blessé » : personne de blessé)
NO_HARM_NOUNS = {
    "victime": ("death", "injury"), "victimes": ("death", "injury"), "mort": ("death",), "morts": ("death",),
    "décès": ("death",), "blessé": ("injury",), "blessés": ("injury",), "blessure": ("injury",),
    "blessures": ("injury",),
}
# les verbes d'un tel nom qui disent un bilan (« n'a fait aucune victime », « aucune victime n'est à déplorer »,
# « on ne signale aucun blessé » ; pas « n'a pas identifié les victimes »)
NO_HARM_TOLL_VERBS = ["faire", "avoir", "être", "déplorer", "signaler", "enregistrer", "causer", "provoquer",
                      "recenser", "compter"]
# mots qui font d'un démenti du bilan un démenti du moment (« aucun bilan n'était disponible dans l'immédiat », « aucune
# victime n'a encore été signalée », « pas de victime signalée immédiatement ») : personne ne le sait encore, pas de zéro
NO_HARM_NOT_YET = ["immédiat", "immédiatement", "encore"]
NO_HARM_VERBS: dict[str, tuple[str, ...]] = {}
# un mot de blessure ou de mort juste après ceux-ci dit ce à quoi l'on a échappé (« ont échappé aux
# blessures », « a réchappé à la mort ») : pas un indice de victimes ; les liens peuvent s'intercaler
ESCAPED_BEFORE = ["échappé", "échappée", "échappés", "échappées", "échapper", "échappe", "échappent",
                  "réchappé", "réchappée", "réchappés"]
ESCAPED_LINKS = ["aux", "à", "aux", "la", "de", "des", "toute", "toutes", "graves"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre", "janv", "févr", "sept", "oct", "nov", "déc"]

# signes qui ouvrent le détail d'un total qui vient d'être dit (« trois enseignants -- deux Colombiens et
# un Équatorien -- », « cinq paysans (trois frères et deux cousins) ») : les nombres qu'il donne comptent les mêmes
BREAKDOWN_OPENERS = {"--": "--", "\u2014": "\u2014", "\u2013": "\u2013", "(": ")"}

# des personnes dont le nom est aussi le mot déclencheur d'un événement (une manifestation) : un nombre qui
# les compte compte des personnes, non des événements (« Deux manifestants ont été tués »)
# (les nouveaux membres d'une force, « tuant douze recrues » : le nom du recrutement, compté, dit des personnes)
PEOPLE_TRIGGER_NOUNS = ["manifestant", "manifestants", "manifestante", "manifestantes", "recrue", "recrues"]

# Un bilan dit ouvert vers le haut : « le bilan pourrait s'alourdir », « le nombre de morts risque encore
# d'augmenter », « bilan provisoire » (expressions régulières sur la phrase en minuscules). D'autres morts
# peuvent venir, personne ne dit le chiffre faux : le haut de l'incident reste ouvert et la déclaration
# qui le dit le soutient.
# verbes par lesquels un bilan change (« Le bilan de l'attentat s'est alourdi mardi à 59 morts ») : le jour qui s'y
# rattache est celui du bilan, pas de l'acte (incidents._on_a_toll_change)
TOLL_CHANGE_VERBS = ["alourdir", "passer", "grimper", "atteindre", "augmenter", "monter", "élever"]
TOLL_MAY_RISE = [
    r"\b(?:bilan|nombre de (?:morts|victimes|tués|décès))\b[^.;]{0,25}?"
    r"\b(?:pourrait|pourraient|risque|risquent|devrait|devraient|est susceptible|menace|pourrait bien)\s+"
    r"(?:encore\s+|toutefois\s+|cependant\s+|bien\s+)?(?:de\s+|d['’])?(?:encore\s+)?"
    r"(?:s['’]alourdir|augmenter|s['’]aggraver|grimper|s['’]élever|évoluer)",
    r"\bbilan(?: encore)? provisoire\b",
]
# Un chiffre d'une autre source sous le bilan, dit comme un minimum (« le groupe rebelle a affirmé que seuls six
# de ses combattants étaient morts ») : le bilan de cette source, pas une partie de celui qui est dit
TOLL_ONLY_BEFORE = ["seuls", "seules", "seulement", "uniquement", "pas plus de"]
# Un bilan dit antérieur, que l'article a depuis mis à jour (« selon un premier bilan ..., huit personnes
# avaient péri ») : dépassé, pas la contestation du bilan par une autre source (mots de sa phrase, minuscules)
EARLIER_TOLL = ["premier bilan", "bilan initial", "bilan précédent", "précédent bilan", "bilan antérieur",
                "dans un premier temps", "initialement", "premier décompte", "décompte précédent", "précédent décompte",
                "décompte initial"]
# Mots juste après un chiffre seul, après une virgule, qui lui donnent une autre source dans la phrase du
# bilan (« a fait au moins 30 morts selon un responsable local, 22 selon l'armée »)
TOLL_SOURCE_AFTER = ["selon", "d'après", "d’après", "de source", "a indiqué", "a affirmé", "a déclaré"]
# verbes dont l'objet est ses propres morts (« a tué 11 rebelles et perdu six soldats ») : le nombre qu'ils
# prennent est un bilan, bien que le verbe ne dise pas la mort
LOSS_VERBS = ["perdre"]
# les mots qui font des personnes qu'un verbe de perte prend les siens, sans nom de personne (« a perdu 12 des
# siens », « nous avons perdu 21 des nôtres ») : ils comptent des personnes (incidents._loss_cues)
LOSS_OWN_WORDS = ["sien", "siens", "sienne", "siennes", "leur", "leurs", "nôtre", "nôtres", "vôtre", "vôtres"]

# un adjectif entre un nombre et son unité de temps (« au cours des trois dernières semaines », « les deux premiers
# jours ») : le nombre compte le temps, pas des personnes
UNIT_ADJECTIVES = ["derniers", "dernières", "premiers", "premières", "prochains", "prochaines", "précédents", "précédentes", "longs", "longues"]

# Les personnes enlevées, arrêtées, disparues ou libérées (docs/conventions.md, Counts) : un chiffre dont les personnes
# comptées sont l'objet ou le sujet passif d'un de ces mots, ou le sujet de leur état (« trois autres sont portés
# disparus »), ou dont le nom en est un (« des dizaines de disparus »), est gardé comme une ``quantities`` de
# l'incident de ce genre, non comme un bilan ; les mots de l'arrestation sont ``victims_<lang>.ARREST_WORDS`` (formes
# en minuscules et lemmes)
TAKEN_WORDS = {
    "abducted": ["enlever", "enlevé", "enlevés", "enlevée", "enlevées", "kidnapper", "kidnappé", "kidnappés",
                 "kidnappée", "kidnappées", "otage", "otages"],
    "missing": ["disparaître", "disparu", "disparus", "disparue", "disparues"],
    "released": ["libérer", "libéré", "libérés", "libérée", "libérées", "relâcher", "relâché", "relâchés", "relâchée",
                 "relâchées"],
}
# les mots des personnes qui ont échappé à leurs ravisseurs (« 25 des élèves enlevés s'étaient échappés », « se sont
# évadés ») : libérées, une part ``released`` des personnes prises, jamais un chiffre rival des enlevés ; seulement dans
# un article qui a dit un enlèvement avant le chiffre (incidents._escaped_captives)
ESCAPE_WORDS = ["échapper", "échappé", "échappés", "échappée", "échappées", "évader", "évadé", "évadés", "évadée",
                "évadées"]
# la préposition de l'état où un verbe met les personnes qu'il prend (« ont pris en otage 12 personnes »)
TAKEN_STATE_PREPS = ["en", "comme"]
# les verbes qui emmènent des personnes (lemmes) sans être à eux seuls des mots d'enlèvement (« 18 personnes ont été
# emmenées par des hommes armés », « onze passagers ont été saisis ») : les personnes qu'un chiffre compte, leur objet
# ou leur sujet passif, sont enlevées quand le verbe est un déclencheur d'enlèvement ou, passif, dans une phrase qui en
# a un (incidents._people_taken)
TAKING_VERBS = ["emmener", "embarquer", "prendre", "saisir", "capturer", "rapter", "amener", "emporter"]
# où sont menées les personnes qu'un verbe de prise emmène (« 18 blessés ont été emmenés à l'hôpital ») : pas
# d'enlèvement dit par le seul acte d'un groupe armé dans leur phrase (incidents._taking_verb)
TAKEN_TO_PREPS = ["à", "au", "aux", "vers", "jusqu'à", "jusqu’à"]
# les noms dont un chiffre donne la valeur (« a chiffré à 21 le nombre de personnes enlevées »)
FIGURE_NOUNS = ["nombre", "chiffre"]

# Les verbes qui emmènent les blessés ou les morts quelque part (lemmes) : une ville sous l'un d'eux est où on les a
# conduits, non où ils ont été touchés (« Douze blessés ont été évacués vers Ouagadougou » après une attaque à Djibo)
HURT_TAKEN_VERBS = ["évacuer", "transférer", "transporter", "conduire", "acheminer", "admettre", "hospitaliser",
                    "emmener", "amener", "rapatrier", "ramener", "héliporter", "envoyer", "diriger"]

# a single dead told as one more of a row of dead told one by one (« Un autre homme est mort à l'hôpital »): a word on the subject of a
# verb of death (incidents._others_told_after)
ONE_MORE_OF_A_ROW = ["autre"]

# terminaisons d'un nom au pluriel qui peut être aussi celles de son singulier (« corps », « fois », « prix ») : un tel
# nom que l'analyse dit singulier après un déterminant pluriel (« plusieurs corps ») est pluriel (nlp._fix_invariant_plurals)
INVARIANT_PLURAL_ENDINGS = ["s", "x", "z"]
