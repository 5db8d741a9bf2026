"""Noms français des personnes qu'une attaque, un attentat ou un enlèvement frappe.

ROLE_NOUNS : personnes désignées par leur fonction, leur métier ou leur rang (« un juge », « le
maire », « six prêtres jésuites »), en minuscules, singulier et pluriel écrits. Avec les noms de
civils et de personnes de ``events_fr`` ils font les victimes d'un incident (``bilan.extract.victims``).
"""

ROLE_NOUNS = [
    # qui dirige un village ou une communauté par la coutume : un civil sauf s'il est armé (ACLED ; docs/conventions.md)
    "chef de village", "chefs de village", "chef du village", "chefs des villages", "chef coutumier",
    "chefs coutumiers", "chef traditionnel", "chefs traditionnels", "chef de quartier", "chefs de quartier",
    "juge", "juges", "magistrat", "magistrats", "procureur", "maire", "maires", "gouverneur", "gouverneurs",
    "sénateur", "sénateurs", "député", "députés", "ministre", "ministres",
    # qui représente l'État dans une préfecture (« Un commando enlève un préfet à Bambari »)
    "préfet", "préfets", "sous-préfet", "sous-préfets",
    "fonctionnaire", "fonctionnaires", "élu", "élus", "homme politique", "dirigeant", "dirigeants", "leader",
    "leaders", "candidat", "candidats", "conseiller", "conseillers", "président", "ambassadeur", "diplomate",
    "diplomates", "consul", "prêtre", "prêtres", "curé", "curés", "abbé", "abbés", "jésuite", "jésuites", "religieuse", "religieuses", "évêque",
    "archevêque", "monseigneur", "missionnaire", "missionnaires",
    # qui conduit le culte d'une église ou d'une mosquée, comme un prêtre : un civil par son métier (« des hommes armés
    # ont tué un pasteur et deux fidèles »)
    "pasteur", "pasteurs", "imam", "imams", "prédicateur", "prédicateurs", "évangéliste", "évangélistes", "muezzin",
    "muezzins", "marabout", "marabouts", "homme d'affaires", "hommes d'affaires",
    "industriel", "banquier", "ingénieur", "ingénieurs", "agronome", "agronomes", "professeur", "professeurs",
    "enseignant", "enseignants", "enseignante", "instituteur", "institutrice", "instituteurs", "médecin", "médecins", "infirmier", "infirmière", "infirmiers",
    "ouvrier", "ouvriers", "employé", "employés", "travailleur", "travailleurs", "paysan", "paysans",
    "syndicaliste", "syndicalistes", "garde du corps", "gardes du corps", "chauffeur", "chauffeurs",
    "piéton", "piétons", "citoyen", "citoyens", "épouse", "mari", "domestique",
    "scientifique", "scientifiques", "pilote", "pilotes", "secrétaire", "sous-secrétaire", "secrétaire général",
    "procureur général", "procureurs généraux", "avocat général",
    "technicien", "techniciens", "pêcheur", "pêcheurs", "épouses", "mineur", "mineurs", "attaché", "attachés",
    "chargé d'affaires", "députée",
    "domestiques", "militant", "militants", "avocat", "avocats", "dissident", "propriétaire",
    "législateur", "législateurs", "parlementaire", "parlementaires", "juge de paix", "juges de paix", "douanier",
    "douaniers",
    # personnel de maison, auxiliaires d'Église et petits métiers touchés à côté de la personne visée
    "rédacteur", "rédacteurs", "rédacteur en chef", "éditeur", "cuisinier", "cuisinière", "cuisiniers", "cuisinières", "catéchiste", "catéchistes", "vendeur", "vendeurs",
    "vendeuse", "vendeuses", "marchand ambulant", "marchands ambulants", "ménagère", "ménagères",
    # le personnel et les proches de la personne visée, dits par ce qu'ils lui étaient ou par leur lieu
    "recteur", "vigile", "vigiles", "convoyeur de fonds", "convoyeurs de fonds", "guide", "guides", "contremaître", "assistant",
    "assistants", "compagnon", "client", "clients", "ressortissant", "ressortissants",
    # le personnel et la clientèle d'un café, d'une boutique, d'une banque ; ceux qui passaient sur la route
    "serveur", "serveurs", "serveuse", "serveuses", "cliente", "clientes", "caissier", "caissiers", "caissière",
    "caissières", "commis", "camionneur", "camionneurs", "planteur", "planteurs",
    # ceux qui gardaient un lieu ou travaillaient pour la personne touchée avec eux (« un veilleur de nuit »,
    # « deux de ses ouvriers agricoles »)
    "veilleur", "veilleurs", "veilleur de nuit", "gardien", "gardiens", "ouvrier agricole", "ouvriers agricoles",
    "escorte", "escortes",
    # qui font la récolte, menés aux champs en camion ou en autobus (« un autobus qui transportait des cueilleurs de café »)
    "cueilleur", "cueilleurs", "cueilleuse", "cueilleuses", "coupeur de canne", "coupeurs de canne",
    # qui viennent éteindre un incendie ou porter secours, et qui représentent un organisme humanitaire
    # (« des pompiers ... ont essuyé les tirs », « un délégué de la Croix-Rouge a été enlevé »)
    "pompier", "pompiers", "délégué", "délégués", "déléguée", "déléguées",
]

# les étrangers dits par leur nationalité, comme noms (« deux Allemands ont été tués », « trois Espagnols
# ont été enlevés ») : des civils par eux-mêmes (un adjectif après un nom, « ingénieur japonais », n'en est
# pas un : le nom dit qui ils sont)
NATIONALITY_NOUNS = [
    "étranger", "étrangers", "américain", "américains", "allemand", "allemands", "espagnol", "espagnols",
    "italien", "italiens", "britannique", "britanniques", "anglais", "canadien", "canadiens", "belge", "belges",
    "suisse", "suisses", "japonais", "hollandais", "néerlandais", "suédois", "danois", "norvégien", "norvégiens",
    "autrichien", "autrichiens", "australien", "australiens", "israélien", "israéliens", "européen", "européens",
    "péruvien", "péruviens", "colombien", "colombiens", "salvadorien", "salvadoriens", "guatémaltèque",
    "guatémaltèques", "hondurien", "honduriens", "nicaraguayen", "nicaraguayens", "cubain", "cubains",
    "mexicain", "mexicains", "bolivien", "boliviens", "chilien", "chiliens", "équatorien", "équatoriens",
    "vénézuélien", "vénézuéliens", "panaméen", "panaméens", "argentin", "argentins", "brésilien", "brésiliens",
]

# les gens dits par la nation ou la communauté qui est la leur, dans les pays où l'on se bat chez eux, comme noms
# (« les forces israéliennes ont tué trois Palestiniens », « deux Afghans ont été blessés », « des hommes armés ont
# tué cinq Peuls ») : les gens touchés, de genre « people » (pas des civils par le seul mot : un tel nom dit des
# combattants comme des passants) ; un adjectif après un nom (« des éleveurs peuls ») n'en est pas un
COMMUNITY_NOUNS = [
    "palestinien", "palestiniens", "palestinienne", "palestiniennes", "afghan", "afghans", "irakien", "irakiens",
    "syrien", "syriens", "libanais", "yéménite", "yéménites", "soudanais", "somalien", "somaliens", "malien",
    "maliens", "nigérien", "nigériens", "nigérian", "nigérians", "burkinabè", "burkinabé", "burkinabés",
    "congolais", "camerounais", "tchadien", "tchadiens", "éthiopien", "éthiopiens", "libyen", "libyens",
    "haïtien", "haïtiens", "pakistanais", "rohingya", "rohingyas", "kurde", "kurdes", "yézidi", "yézidis",
    "hazara", "hazaras", "pachtoune", "pachtounes", "baloutche", "baloutches", "ouïghour", "ouïghours", "peul",
    "peuls", "peule", "peules", "haoussa", "haoussas", "touareg", "touaregs", "dogon", "dogons", "mossi",
    "kuki", "kukis", "kuki-zo", "meitei", "meiteis", "naga", "nagas", "tamoul", "tamouls", "tigréen", "tigréens",
    "amhara", "amharas", "oromo", "oromos", "druze", "druzes", "alaouite", "alaouites",
]
# les prépositions d'un lieu : un nom de communauté après l'une d'elles est la terre qui porte son nom (« douze tués
# en Amhara », « dans le Hazara »), personne
COMMUNITY_PLACE_PREPS = ["à", "en", "dans", "près", "vers", "depuis", "au", "aux", "jusqu'à", "hors"]

# l'adjectif se place après le nom (« six prêtres jésuites », « trois paysans salvadoriens ») : la
# mention d'une victime le prend (un participe ou un mot de mort après le nom, non : « des paysans armés »)
ADJECTIVES_AFTER_NOUN = True

# personnes dites par le groupe auquel elles appartiennent (« deux membres d'une commission juridique ») :
# la mention prend le complément en « de » (même usage que victims_en.MEMBER_NOUNS)
MEMBER_NOUNS = ["membre", "membres"]

# mots pour d'autres personnes touchées à côté de celles nommées (« un passager est mort et trois autres
# ont été blessés ») : une victime comme groupe nominal à part entière, pas comme adjectif (« les
# autres passagers »)
OTHERS_WORDS = ["autres"]

# verbes et attributs dont le sujet est celui qui est mort (« deux paysans sont morts », « le maire est
# décédé ») : ce sujet est une victime, bien qu'il ne soit pas sujet d'un passif
# (« péri » : après « avaient », le modèle en fait un adjectif de lemme « péri », h-frstories)
DYING_WORDS = ["mourir", "périr", "péri", "succomber", "décéder", "décédé", "décédée", "décédés", "décédées", "mort",
               "morte", "morts", "mortes"]

# noms d'événements dont le complément en « de » nommé est la victime (« l'assassinat de Luis Carlos
# Galan » ; « l'assassinat du juge », un nom commun, les victimes liées au déclencheur le couvrent déjà) ;
# pas de possessif nominal en français
PATIENT_EVENT_NOUNS = ["meurtre", "meurtres", "assassinat", "enlèvement", "rapt"]
# noms d'une mort dont le complément en « de » nommé est la personne morte (« la mort de Pedro Gomez
# dans l'attentat », « les corps de Hector Oqueli et Gilda Flores ») : une victime quand le nom est un
# mot de bilan de la phrase d'un incident
DEATH_NOUNS = ["mort", "morts", "décès", "corps", "cadavre", "cadavres", "dépouille", "dépouilles"]

# mots qui donnent le nom d'une victime après le nom commun (« une femme identifiée comme Maria
# Lopez ») : le nom fait partie de la mention de la victime
NAMING_PHRASES = ["identifié comme", "identifiée comme", "identifiés comme", "identifiées comme"]
# the articles of a description after a naming phrase said of one person hit (« la victime a été identifiée comme un
# membre présumé du Sentier lumineux »): what that person was,
# no second victim (bilan.extract.victims._described_again)
DESCRIBING_ARTICLES = ["un", "une"]
# mots pour l'ensemble des personnes touchées (« les victimes », « les morts », « les blessés ») : le
# sujet d'une formule qui les nomme dans une phrase suivante (« les victimes ont été identifiées comme
# Raúl Molina et Pedro Cruz »), dont les noms sont alors les victimes de l'incident
HIT_COLLECTIVES = ["victime", "victimes", "mort", "morts", "blessé", "blessés", "tué", "tués", "défunt", "défunts"]
# verbes qui énumèrent qui elles étaient (« les morts comptent deux femmes »), prépositions qui les
# désignent (« parmi les morts figurent deux femmes et un enfant ») ; une copule les énumère aussi
# (« les blessés sont Carlos Ruiz et Marta Giraldo »)
LISTING_VERBS = ["compter", "comptent", "compte", "figurer", "figurent", "figure", "comprendre", "comprennent"]
LISTING_PREPS = ["parmi"]
# des mots pour les personnes touchées, ceux qui disent qu'elles sont mortes ou blessées (« les morts ont été
# identifiés comme A et B » : deux morts ; bilan.extract.victims.listed_hit)
DEAD_COLLECTIVES = ["mort", "morts", "tué", "tués", "défunt", "défunts"]
HURT_COLLECTIVES = ["blessé", "blessés", "blessée", "blessées"]
# les morts d'un acte nommés de nouveau par un participe sur un mot de personnes (« parmi les personnes tuées figurent
# deux enfants », « parmi ceux qui ont été tués ») : pas un acte nouveau, les morts de l'acte dit avant
# (bilan.extract.victims.dead_told_again ; incidents._dead_told_again)
DEAD_TOLD_AGAIN_LEMMAS = ["tuer", "assassiner", "massacrer"]
DEAD_TOLD_AGAIN_HEADS = ["ceux", "celles", "personne", "personnes"]
# une formule qui ouvre la liste des personnes touchées en tête de phrase (« Il s'agit de Simon Ouandji,
# pasteur, et de son fils » ; bilan.extract.victims.listed_victims)
LISTING_OPENERS = ["il s'agit de", "il s'agit d'", "ils ont été identifiés comme", "elles ont été identifiées comme"]
# mots en minuscules à l'intérieur d'un nom espagnol ou portugais (« Ana de Molina », « Rivera y Damas »)
NAME_PARTICLES = ["de", "del", "y", "da", "dos", "das"]

# titres de civilité écrits entre une fonction et un nom (« le candidat présidentiel Dr Bernardo
# Jaramillo ») : la fonction, le titre et le nom sont une seule personne (``victims.one_person``)
HONORIFICS = ["dr", "dr.", "m.", "mme", "mlle", "mgr", "pr"]

# serving members of the forces named by rank (same use as victims_en.FORCE_RANKS)
FORCE_RANKS = [
    "colonel", "lieutenant-colonel", "commandant", "général", "lieutenant", "capitaine", "sergent", "caporal",
    "adjudant", "sous-officier", "sous-officiers", "officier de l'armée", "soldat", "colonels", "généraux",
    "lieutenants", "capitaines", "sergents", "caporaux",
    # un militaire touché (« un militaire burkinabè a été tué ») : nom seul, l'adjectif (« un camp militaire ») n'est
    # personne
    "militaire",
    # les supplétifs armés d'une armée (« soldats et supplétifs civils ») : pas des civils
    "supplétif civil", "supplétifs civils",
]
# grades faits de deux mots joints par un trait d'union (« un lieutenant-colonel de l'armée ») : un seul nom de
# personne, un seul mot pour l'analyse (nlp.get en fait des cas spéciaux du tokeniseur ; sans cela le modèle coupe au
# trait d'union et lit « lieutenant » et « - » comme des phrases à part, « colonel » seul sujet)
JOINED_RANKS = [
    "lieutenant-colonel", "lieutenants-colonels", "sergent-chef", "sergents-chefs", "caporal-chef", "caporaux-chefs",
    "adjudant-chef", "adjudants-chefs", "brigadier-chef", "brigadiers-chefs", "médecin-colonel", "médecins-colonels",
    "médecin-commandant", "médecin-capitaine", "général-major", "généraux-majors", "lieutenant-général",
    "contre-amiral", "contre-amiraux", "vice-amiral", "vice-amiraux", "capitaine-adjudant", "sergent-major",
    "sergents-majors", "quartier-maître", "quartiers-maîtres",
]
# grades lus comme tels seulement juste avant un nom de personne (« LE BRIGADIER JEAN MARTIN ») : ailleurs
# le mot dit autre chose (victims_en.RANKS_BEFORE_NAMES)
RANKS_BEFORE_NAMES = ["brigadier", "brigadier-chef", "maréchal des logis"]
# un grade joint par un trait d'union est un grade des forces (un seul mot pour le tokeniseur)
FORCE_RANKS += [w for w in JOINED_RANKS if w not in FORCE_RANKS]
FORMER_WORDS = ["ancien", "ancienne", "anciens", "ex", "retraité", "retraités", "à la retraite"]
# un préfixe joint au nom par un trait d'union qui en fait un ancien (« un ex-policier », « un ex-député ») :
# le mot entier est une personne, un civil (victims._matcher lit « ex-» devant chaque nom de personne)
FORMER_PREFIXES = ["ex"]
# un préfixe joint par un trait d'union qui dit l'adjoint de la fonction (« le vice-maire ») : la même personne
OFFICE_PREFIXES = ["vice"]
# les membres d'un corps armé dits comme tels : une victime civile seulement après un mot d'ancien (« un ancien
# policier », « un ex-combattant », « deux anciens combattants ») ; ailleurs un acteur armé (actors_fr)
FORMER_ARMED_NOUNS = ["policier", "policiers", "gendarme", "gendarmes", "militaire", "militaires", "soldats",
                      "rebelle", "rebelles", "combattant", "combattants", "milicien", "miliciens", "guérillero",
                      "guérilleros", "jihadiste", "jihadistes", "djihadiste", "djihadistes"]
# après le grade (« un général en retraite ») : un ancien membre des forces, un civil (victims._former_after)
FORMER_AFTER = ["en retraite", "à la retraite", "retraité", "à la réserve"]
# démonstratifs : un nom de personne après l'un d'eux reprend les personnes nommées juste avant (« ces hommes »)
DEMONSTRATIVES = ["ces", "ce", "cet", "cette"]

# verbes dont le sujet est celui qui est mort quand leur objet est un mot de mort (« ont perdu la
# vie ») : ce sujet n'est pas l'auteur, quel que soit le mot de meurtre voisin
LIFE_LOSING_VERBS = ["perdre"]

# mots qui disent qui l'acte visait (« l'attentat visait la juge », « la bombe était destinée au ministre ») :
# la personne qu'ils prennent est une cible humaine de l'incident, même indemne
AIM_WORDS = ["visait", "visaient", "visé", "visée", "viser", "destiné", "destinée"]
# mots qui disent que quelqu'un est sorti indemne de l'acte (« le ministre est indemne », « le
# chauffeur est sorti indemne ») : leur sujet est une cible humaine visée (MUC-4, effet NO INJURY)
UNHURT_WORDS = ["indemne", "indemnes"]
# un pronom pluriel qui énumère qui étaient les personnes touchées, avec une copule et un nom juste après
# (« ils étaient Ángel Martínez, instituteur ; ... »), dans une phrase après l'acte
LISTING_PRONOUNS = ["ils", "elles"]
# un pronom après « parmi » en tête de phrase qui reprend les personnes touchées que la phrase d'avant a comptées
# (« Au moins douze personnes ont été tuées. Parmi elles figurent deux femmes et un enfant ») : la liste qui suit
# dit qui étaient ces morts, comme « parmi les morts »
AMONG_THEM_PRONOUNS = ["eux", "elles", "ceux-ci", "celles-ci"]
# verbes de qui est sorti vivant d'un acte, avec ce à quoi il a survécu ou comment (« a survécu à un
# attentat », « a échappé à un attentat ») : leur sujet est une cible humaine visée
SURVIVING_VERBS = ["survivre", "survécu", "échapper", "échappé", "réchapper", "réchappé"]
# sortir vivant avec des blessures, c'est être blessé (« un client a survécu avec des blessures aux jambes »,
# « deux ont survécu avec de graves blessures », « le seul rescapé, avec des brûlures, a été transporté ») :
# la préposition, les noms de blessures après elle, et les noms du survivant (MUC-4 : une cible blessée)
WOUNDED_WITH = ["avec"]
WOUND_NOUNS = ["blessure", "blessures", "brûlures", "contusions", "fractures"]
SURVIVOR_NOUNS = ["survivant", "survivants", "survivante", "survivantes", "rescapé", "rescapés", "rescapée", "rescapées"]

# le genre qu'un mot dit de la personne qu'il nomme, pour trouver qui IL ou ELLE reprend (« Mme Elena Rojas
# vivait avec son fils. Elle a été abattue » : pas le fils) : noms de personnes d'un sexe, et titres
# écrits devant un nom (GENDER_TITLES : un titre seulement suivi d'un nom, « le père Carlos Pérez », pas
# « son père »). Le genre grammatical d'un nom commun, ou de son article, le dit aussi (``GRAMMATICAL_GENDER``),
# sauf après un possessif qui ne le dit pas (« son épouse ») : ``GENDERLESS_DETERMINERS``
FEMININE_WORDS = [
    "mme", "madame", "mlle", "mademoiselle", "señora", "senora", "doña", "dona", "sœur", "soeur", "religieuse",
    "femme", "fille", "épouse", "veuve", "mère", "grand-mère", "petite-fille", "nièce", "tante", "serveuse",
    "députée", "institutrice", "infirmière", "religieuses",
]
MASCULINE_WORDS = [
    "m.", "monsieur", "señor", "senor", "don", "père", "frère", "monseigneur", "mgr", "prêtre", "curé", "abbé",
    "évêque", "archevêque", "cardinal", "homme", "garçon", "mari", "époux", "veuf", "fils", "petit-fils",
    "grand-père", "neveu", "oncle", "serveur", "instituteur", "infirmier",
]
GENDER_TITLES = [
    "mme", "madame", "mlle", "mademoiselle", "señora", "senora", "doña", "dona", "sœur", "soeur",
    "m.", "monsieur", "señor", "senor", "don", "père", "frère", "monseigneur", "mgr", "abbé",
]
PRONOUN_GENDERS = {"il": "m", "elle": "f", "lui-même": "m", "elle-même": "f"}
# une personne dite par son sexe ou son âge seulement, que l'article peut nommer plus loin (« blessant un garçon
# et une femme ... les blessés ont été identifiés comme Jorge Patiño et Lucía Morales ») : les noms listés des
# victimes sont ces personnes
ANONYMOUS_PERSON_NOUNS = ["homme", "femme", "personne", "garçon", "fille", "jeune", "adolescent", "adolescente",
                          "individu", "hommes", "femmes", "personnes", "garçons", "filles", "jeunes", "adolescents",
                          "adolescentes", "individus"]
GRAMMATICAL_GENDER = True
GENDERLESS_DETERMINERS = ["son", "mon", "ton", "l'", "l’", "les", "leur", "leurs", "ses", "des"]
# l'accord du participe passé avec le pronom objet placé avant lui (« l'ont tuée », « les ont enlevées ») : la
# terminaison d'un participe féminin (aucun participe masculin ne finit par « e » : « tué », « abattu », « pris »),
# que l'étiqueteur ne lit pas toujours (« tuée » lu masculin) ; sans elle, le participe est au masculin
FEMININE_PARTICIPLE_ENDINGS = ["e", "es"]
# la personne qu'un acte a frappée, comme une phrase suivante la nomme (« la victime a été tuée de trois
# balles ») : avec un article défini, la personne que le récit a nommée avant
VICTIM_NOUNS = ["victime"]
# ce qui est versé aux ravisseurs (« sa famille a versé une rançon »), les verbes qui la paient et les noms
# de son paiement : qui paie n'est pas une victime de l'enlèvement
RANSOM_NOUNS = ["rançon", "rançons"]
PAYING_VERBS = ["payer", "verser", "remettre", "payé", "versé", "remis"]
PAYMENT_NOUNS = ["paiement", "versement", "remise"]
PAYER_PREPS = ["par"]
# une tenue, pas une personne (« des hommes en civil ont tiré ») : le mot de personne qu'elle contient
# n'est pas une victime
DRESS_PHRASES = ["en civil"]
# un garde sans plus (« un garde a été tué ») est un civil quand la phrase nomme les locaux privés gardés
# (« devant une banque », « d'un supermarché ») ; ailleurs il reste aux forces
PRIVATE_GUARD_NOUNS = ["garde", "gardes", "vigile", "vigiles"]
PRIVATE_PREMISES = ["banque", "banques", "magasin", "magasins", "boutique", "supermarché", "supermarchés", "usine",
                    "usines", "plantation", "plantations", "ferme", "fermes", "hacienda", "entrepôt", "hôtel",
                    "entreprise", "société", "restaurant"]

# personnes désignées par le crime qu'elles commettent pour le gain (« trois braqueurs », « deux
# cambrioleurs », « des coupeurs de route ») : tuées ou blessées par la police, des vigiles ou une foule,
# elles sont les auteurs de leur propre acte, non les cibles d'un acte terroriste (MUC-4 1.0, 1a) ; en
# minuscules, singulier et pluriel ; un nom de plusieurs mots commence par sa tête
CRIME_DOER_NOUNS = ["braqueur", "braqueurs", "cambrioleur", "cambrioleurs", "voleur", "voleurs",
                    "coupeur de route", "coupeurs de route", "pilleur", "pilleurs", "malfrat", "malfrats",
                    "gangster", "gangsters"]
# verbes de ce crime par lesquels une relative ou une circonstancielle en dit les auteurs (« deux hommes
# qui avaient dévalisé un car », « après avoir braqué une banque »), en lemmes
CRIME_VERBS = ["braquer", "dévaliser", "cambrioler", "voler", "piller", "détrousser", "rançonner"]
# noms de parenté : la personne de leur complément en « de » n'est pas celle qui est touchée (« le fils d'un
# éleveur a été enlevé » : le fils, pas l'éleveur)
KIN_NOUNS = ["fils", "fille", "filles", "épouse", "épouses", "femme", "mari", "époux", "frère", "frères", "sœur",
             "soeur", "sœurs", "soeurs", "père", "mère", "parents", "enfant", "enfants", "neveu", "neveux", "nièce",
             "nièces", "petit-fils", "petite-fille", "cousin", "cousins", "cousine", "veuve", "proche", "proches",
             "famille", "beau-frère", "gendre", "fiancée", "fiancé"]
# noms d'un groupe de proches (« sa famille », « le foyer ») : au singulier, mais personne en particulier, aucun
# nombre (« dont le chef du village et sa famille » ne compte aucun civil ; incidents._one_civilian)
KIN_GROUP_NOUNS = ["famille", "familles", "foyer", "foyers", "ménage", "ménages", "clan", "clans"]
# un parent et les enfants dont il est le parent : « les enfants de X ... ont tué leur mère » nomme encore X quand X a
# été touchée par l'acte (incidents._parent_of_the_children)
PARENT_NOUNS = ["mère", "père"]
CHILD_NOUNS = ["enfants", "fils", "filles", "enfant", "fille"]

# mots d'arrestation (verbes, leurs lemmes, noms) : les personnes qu'ils prennent ne sont pas des victimes,
# même à côté d'un bilan (« La police a donné un bilan de 25 morts et a annoncé l'arrestation de 12 suspects »),
# que l'arrestation soit ou non un événement (incidents._acted_on_unharmed)
ARREST_WORDS = ["arrêter", "arrêté", "arrêtés", "arrêtée", "arrêtées", "interpeller", "interpellé", "interpellés",
                "interpellée", "interpellées", "appréhender", "appréhendé", "appréhendés", "arrestation",
                "arrestations", "interpellation", "interpellations"]

# verbes par lesquels un véhicule touché porte des gens (« un autobus qui transportait des paysans ») : touchés avec lui
CARRYING_VERBS = ["transporter", "transportait", "transportant", "transporté", "transportés", "convoyer", "convoyait"]

# un nom de personne qui, sans déterminant et avec son verbe nié, dit « nul » (« personne n'a été blessé », « ils n'ont
# tué personne ») : aucune personne touchée
NOBODY_NOUNS = ["personne"]
NEGATION_WORDS = ["ne", "n'", "n’"]
# verbes par lesquels une personne est dite dans un véhicule touché (« la jeep dans laquelle voyageait le maire »)
TRAVELLING_VERBS = ["voyager", "voyageait", "voyageaient", "circuler", "circulait", "circulaient", "rouler", "roulait",
                    "roulaient", "trouvait", "trouvaient"]
# parties du corps touchées, dont le possesseur après « de » est une personne atteinte (« a blessé le bras de
# Beatriz Lopez ») ; pas les mots qui nomment aussi une fonction ou un côté (« la tête du conseil »)
OWNED_BODY_PARTS = ["bras", "jambe", "jambes", "poitrine", "ventre", "abdomen", "cou", "épaule", "épaules", "cuisse",
                    "pied", "pieds", "main", "mains", "visage", "hanche", "genou", "genoux", "œil", "oeil", "yeux"]
# attendants of a person: the person of their "of" complement, or their possessor, is not the one hit ("the
# mayor's driver was killed", « le chauffeur du maire a été tué »: the driver, not the mayor)
ATTENDANT_NOUNS = ["chauffeur", "chauffeurs", "garde du corps", "gardes du corps", "escorte", "garde", "gardes"]

# noms de personnes qui, définis, reprennent les morts des forces nommés avant (« les trois personnes tuées »), sans
# victimes propres (incidents._forces_dead_taken_up)
DEAD_TAKEN_UP_NOUNS = ["personnes", "victimes", "individus"]

# le mot d'une comparaison avant un groupe nominal (« des bilans plus élevés que les autorités ») : ceux qu'il nomme
# sont ceux avec qui le chiffre est comparé, personne de touché ; « que » ne compare qu'après un mot de
# COMPARATIVE_BEFORE tout proche (« ainsi que deux policiers » ajoute des victimes)
COMPARISON_WORDS = ["que", "qu'", "qu’"]
COMPARATIVE_BEFORE = ["plus", "moins", "autant", "davantage", "supérieur", "supérieurs", "supérieure", "supérieures",
                      "inférieur", "inférieurs", "inférieure", "inférieures"]
