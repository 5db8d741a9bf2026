"""Indices français qu'une phrase ne rapporte pas un incident.

AGGREGATE_PERIODS : expressions qui font d'un bilan un cumul sur une période (« plus de 12 000
personnes ont été tuées depuis 1980 », « 630 personnes tuées au cours du mois dernier ») : une
telle phrase additionne des incidents et n'en fait aucun.
"""

AGGREGATE_PERIODS = [
    "depuis le début de l'année", "au cours des derniers", "au cours des dernières",
    "au cours de l'année", "ces dernières années", "ces derniers mois", "cette année", "chaque année",
    "par an", "par mois", "en un an", "sur l'année", "au cours de la dernière décennie", "à ce jour",
    # un bilan depuis le début d'une guerre, d'une invasion, d'un siège (« plus de 11 000 civils ont été tués
    # depuis le début de l'invasion à grande échelle », « depuis le déclenchement de la guerre »)
    "depuis le début de la guerre", "depuis le déclenchement de la guerre", "depuis le début du conflit",
    "depuis le déclenchement du conflit", "depuis le début de l'invasion", "depuis le début du siège",
    "depuis le début de la guerre civile", "depuis le début des combats",
    # un rythme (« la violence a fait 21 morts par jour »)
    "par jour", "chaque jour", "par semaine",
    # le cumul d'un mois (« depuis le début du mois », « au cours du mois de novembre »)
    "depuis le début du mois", "au cours du mois", "durant le mois de", "pendant le mois de", "ce mois-ci",
    # une part de l'année (« Plus de 1 400 personnes ont été enlevées au Nigeria au premier semestre »)
    "au premier semestre", "au second semestre", "au deuxième semestre", "au cours du premier semestre",
    "durant le premier semestre", "au premier trimestre", "au cours des six premiers mois",
    "au cours des trois premiers mois", "au cours des neuf premiers mois", "sur les six premiers mois",
    # un bilan imputé à la violence en général, non à un acte (« 403 personnes ont été tuées en
    # novembre dans des actes de violence ») : la somme de nombreux incidents
    "dans des actes de violence", "à la suite d'actes de violence", "victimes d'actes de violence",
    "dans des actes violents", "à la suite d'actes violents",
    # ... ou à la violence politique (« 112 civils ont été tués dans des violences politiques en janvier »)
    "dans des violences politiques", "victimes de la violence politique", "dans la violence politique",
]
# un bilan imputé à un pluriel indéfini de ces noms, quels que soient les mots qui le qualifient
# (« 227 personnes ont été tuées dans des actes violents urbains ») : la violence en général, la
# somme de nombreux incidents
GENERIC_ACT_NOUNS = ["actes"]
# « depuis » suivi d'une année (« depuis 1980 ») fait aussi un cumul
SINCE_YEAR = ["depuis"]
# un bilan dont l'auteur est une guerre entière (« la guerre ... a fait des dizaines de milliers de morts »,
# « le conflit a coûté la vie à 150 000 personnes ») : un cumul de nombreux actes, aucun acte à lui seul
WAR_NOUNS = ["guerre", "conflit", "insurrection", "rébellion", "soulèvement", "crise"]
# un bilan sur une durée dite par sa longueur (« la violence qui ensanglante le pays depuis dix ans, avec
# plus de 70 000 morts », « en vingt ans ») : une préposition de cette liste sur une unité de cette liste
# qui porte un nombre fait un cumul
DURATION_PREPS = ["depuis", "pendant", "en"]
PERIOD_UNITS = ["ans", "années", "décennies", "mois"]

# un bilan à ce jour (« portant à 45 le nombre de civils tués », quantities_fr.RUNNING_TOTAL_BEFORE) dit
# avec l'une de ces expressions est le cumul d'une période, de nombreux actes, non le bilan de l'acte
# (« Cette attaque porte à 45 le nombre de civils tués dans la zone depuis le début du mois »)
TALLY_PERIODS = ["ce mois-ci", "cette année", "cette semaine", "depuis", "à ce jour", "jusqu'ici", "jusqu'à présent"]

# un titre étiqueté par son genre avant le deux-points (« Analyse : les défis du désarmement ») : un
# commentaire, dont les programmes et les plans qu'il nomme ne sont pas la nouvelle d'un changement
GENRE_LABELS = ["analyse", "opinion", "éditorial", "editorial", "tribune", "commentaire", "décryptage",
                "entretien", "interview", "dossier", "point de vue", "chronique", "reportage", "éclairage"]

# un titre qui nomme un acte avant le deux-points et, après, l'œuvre qu'il intitule (« Embuscade : le roman de la
# guerre d'Algérie », « Prise d'otages : la critique du film ») : un titre, pas un acte
TITLED_WORKS = ["critique", "film", "roman", "livre", "documentaire", "pièce", "série", "album", "exposition",
                "bande-annonce", "essai", "biographie", "polar", "téléfilm"]
# un titre qui dit ce qu'est un acte (« L'enlèvement, un business lucratif au Sahel ») : les articles du groupe
# nominal indéfini après sa virgule
CHARACTERISING_ARTICLES = ["un", "une"]

# tout le pays (« 41 personnes avaient été blessées dans tout le pays ») : un chiffre dit ainsi n'est le bilan de l'acte
# d'aucune ville ; avec IN_THE_COUNTRY, un chiffre d'un état présent du pays (« Plus de 7 millions de personnes sont
# déplacées dans le pays, selon l'ONU ») est un arrière-plan, d'aucun acte, et sa source ne revendique rien de l'acte
NATIONWIDE = ["à travers le pays", "dans tout le pays", "dans l'ensemble du pays", "sur tout le territoire", "sur l'ensemble du territoire"]
IN_THE_COUNTRY = ["dans le pays"]

# les semaines ou les jours passés (« au cours des trois dernières semaines », « ces derniers jours ») : un
# paragraphe qui les dit ne raconte pas une partie de l'événement du jour de l'attaque (incidents._lead_day_for_parts)
RECENT_UNITS = ["semaines", "jours"]
RECENT_WORDS = ["dernières", "derniers", "passées", "passés"]
