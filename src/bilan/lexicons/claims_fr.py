"""French claim lexicon: reporting verbs, hedges, attribution phrases."""

# reporting verb lemma -> default certainty of what it reports
REPORTING_VERBS = {
    "déclarer": "asserted", "affirmer": "asserted", "dire": "asserted", "indiquer": "asserted",
    "expliquer": "asserted", "préciser": "asserted", "annoncer": "asserted", "ajouter": "asserted",
    "assurer": "asserted", "confirmer": "asserted", "reconnaître": "asserted", "admettre": "asserted",
    "rapporter": "asserted", "raconter": "asserted", "apprendre": "asserted", "témoigner": "asserted", "souligner": "asserted",
    "signaler": "asserted", "constater": "asserted", "déplorer": "asserted", "dénoncer": "asserted",
    "revendiquer": "asserted", "écrire": "asserted", "communiquer": "asserted", "informer": "asserted",
    "estimer": "probable", "penser": "probable", "croire": "probable", "juger": "probable", "évaluer": "probable",
    "soupçonner": "possible", "craindre": "possible", "supposer": "possible", "envisager": "possible",
    # « l'armée ignore si l'ELN ou les FARC ... » : qui ignore qui l'a fait en parle, il ne l'a pas fait
    "ignorer": "possible",
    "accuser": "alleged", "prétendre": "alleged", "alléguer": "alleged", "imputer": "alleged",
    "démentir": "denied", "nier": "denied", "rejeter": "denied", "réfuter": "denied", "contester": "denied",
}
# verbes d'apprendre : la source est le complément (« a-t-on appris de sources locales », « a appris l'AFP auprès
# d'un élu »), non le sujet qui apprend ; sans source nommée, aucune déclaration
LEARNING_VERBS = ["apprendre"]
LEARNING_SOURCE_PREPOSITIONS = ["de", "d'", "des", "du", "auprès de", "auprès d'", "auprès des", "auprès du"]
# ce qu'on refuse sans rien démentir (« une faction qui a rejeté l'accord de paix », « a rejeté l'offre de dialogue ») :
# l'objet d'un verbe de démenti qui n'est aucun fait, aucune déclaration
REFUSED_NOUNS = ["accord", "proposition", "offre", "plan", "appel", "ultimatum", "résolution", "demande",
                 "négociation", "pourparlers", "dialogue", "médiation", "projet", "texte", "candidature", "invitation"]
# verbs where a belligerent accepts responsibility (Airwars "confirmed")
ACKNOWLEDGE_VERBS = ["reconnaître", "admettre", "revendiquer", "confirmer", "assumer"]
# qui, avec l'un de ces verbes, prend la responsabilité de l'acte ou l'acte lui-même ("le JNIM a
# revendiqué l'attaque", "a revendiqué la responsabilité de l'attentat") en est l'auteur, pas une source
OWNING_VERBS = ["revendiquer", "reconnaître", "admettre", "assumer", "endosser"]
RESPONSIBILITY_NOUNS = ["responsabilité", "paternité", "participation", "implication"]
# attribution phrases introducing a source (token sequences, lower case)
ATTRIBUTION = ["selon", "d'après", "de source", "citant"]
# sources that make a report an unverified allegation
ALLEGED_SOURCES = [
    "témoin", "témoins", "habitant", "habitants", "source locale", "sources locales", "source sécuritaire",
    "sources sécuritaires", "militant", "militants", "activiste", "activistes", "réseaux sociaux", "rumeur",
    # des informations que personne n'a confirmées (« selon des informations non confirmées »)
    "informations non confirmées", "information non confirmée", "informations non vérifiées",
]
# hedges inside the reported clause -> certainty (strongest wins: denied > possible > probable > alleged)
HEDGES = {
    "probablement": "probable", "vraisemblablement": "probable", "sans doute": "probable", "apparemment": "probable",
    "peut-être": "possible", "possiblement": "possible", "éventuellement": "possible", "pourrait": "possible",
    "pourraient": "possible", "aurait pu": "possible",
    "présumé": "alleged", "présumés": "alleged", "présumée": "alleged", "présumément": "alleged",
    "supposé": "alleged", "prétendu": "alleged", "prétendument": "alleged",
}
# conditional of report ("aurait tué") -> alleged: morphology Mood=Cnd on an auxiliary of the event verb
CONDITIONAL_IS_ALLEGED = True
# verbes de déclaration dont la négation est un silence, non un doute : « le gouvernement n'a pas communiqué
# sur ces attaques » n'est pas une déclaration (« n'a pas confirmé » en reste une : l'acte est alors possible)
SILENCE_VERBS = ["dire", "déclarer", "indiquer", "préciser", "expliquer", "annoncer", "ajouter", "écrire",
                 "communiquer", "raconter", "signaler", "souligner",
                 # un bilan non donné (« Les autorités n'ont pas donné de bilan ») : un silence aussi (TOLL_REPORTING)
                 "donner", "avancer", "chiffrer"]
NEGATIONS = ["ne", "n'", "pas", "jamais", "aucun", "aucune"]
# ce qui ne sera ou ne serait pas fait ne dément aucun acte raconté (« a assuré qu'elle ne pouvait pas attaquer la
# ville » : claims._act_denied)
PROMISE_MODALS = ["pouvoir", "devoir", "aller", "vouloir"]
# un démenti d'implication dit par un verbe qui ne nomme aucun acte (claims._involvement_denied) : une proposition
# rapportée qui dit, niée, que son sujet y a pris part (« a assuré que ses soldats n'étaient pas impliqués », « qu'elle
# n'était pas responsable de ces tueries ») ou a fait l'un de ces actes (« n'avaient pas mené d'opération dans la
# zone » : un mot d'acte ou l'un de ces noms, objet d'un verbe de l'action, events_fr.CONDUCT_VERBS)
INVOLVEMENT_PREDICATES = ["impliqué", "impliquer", "responsable", "mêlé", "mêler", "présent"]
OPERATION_NOUNS = ["opération", "mission", "patrouille", "sortie", "déploiement"]
# un sujet qui ne nomme personne (« Aucun groupe n'a revendiqué la frappe », « Personne n'a revendiqué »,
# « nul n'a dit ») : les paroles de personne, pas d'affirmation (son premier mot)
NOBODY_SUBJECTS = ["aucun", "aucune", "personne", "nul", "nulle"]
CONTRAST = ["toutefois", "cependant", "mais", "pourtant", "néanmoins", "en revanche", "or"]
# (et ceux d'une attribution : « selon lui », « d'après elle »)
PRONOUNS = ["il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles", "lui", "eux"]
# « selon la même source » : celui qui a parlé avant
SAME_SOURCE = ["même source", "mêmes sources", "même responsable", "même porte-parole"]
SAME_SOURCE_PREFIXES = ["même ", "mêmes "]  # + any noun: "the same network", « le même réseau »
# adverbes de fréquence sur un verbe de parole ou de revendication : une habitude, aucune déclaration (« le groupe
# revendique rarement ses attaques »)
FREQUENCY_ADVERBS = ["rarement", "souvent", "parfois", "fréquemment", "régulièrement", "généralement",
                     "habituellement", "systématiquement"]
# locutions de temps sur un verbe de démenti qui le placent avant l'acte (« L'armée a par le passé nié viser des
# civils ») : aucune déclaration de cet acte (claims.find_claims) ; un démenti répété le couvre encore (« a nié à
# plusieurs reprises »)
PAST_HABIT_PHRASES = ["par le passé", "dans le passé", "lors d'attaques précédentes", "depuis des années"]
# « ce que ce dernier nie » : le dernier nommé avant, dans la même phrase
LATTER = ["ce dernier", "cette dernière", "ces derniers", "ces dernières"]
SPEAKER_ROLE_NOUNS = [
    "porte-parole", "chef", "général", "colonel", "commandant", "capitaine", "lieutenant", "ministre", "gouverneur",
    "maire", "responsable", "officier", "président", "directeur", "représentant", "préfet", "député", "chef militaire",
    "source", "sources", "témoin", "témoins", "habitant", "habitants", "militant", "responsables", "chefs",
]
# les grades joints par un trait d'union sont un seul mot (victims_fr.JOINED_RANKS)
SPEAKER_ROLE_NOUNS += ["lieutenant-colonel", "général-major", "contre-amiral", "vice-amiral", "sergent-chef",
                       "adjudant-chef"]
# quote marks
QUOTES = [("«", "»"), ("“", "”"), ('"', '"')]
# inflected forms the lemmatizer gets wrong (noun homographs) -> verb lemma
REPORTING_FORMS = {
    "estime": "estimer", "estiment": "estimer", "affirme": "affirmer", "dément": "démentir", "démentent": "démentir",
    "soupçonne": "soupçonner", "craint": "craindre", "craignent": "craindre", "dit": "dire", "disent": "dire",
}
# grammar words the claim finder needs
DETERMINERS = ["le ", "la ", "l'", "les ", "un ", "une ", "des "]  # stripped from speaker phrases
DEFINITE_ARTICLES = ["le", "la", "l'", "les"]  # "le porte-parole" refers back to a named speaker
EUPHONIC = ["-t", "t", "-t-"]  # "a-t-il déclaré": the t is not a subject
COMPLEMENTIZERS = ["que", "qu'"]  # "a déclaré que…": what follows is the content, not the speaker
MODAL_LEMMAS = ["pouvoir", "devoir"]  # a conditional of these is not the reporting conditional
# words that make the attribution of an act to its perpetrator less than certain, said of the
# perpetrator's phrase ("par des djihadistes présumés", "apparemment par des membres du JNIM", "de
# présumés rebelles"): word -> certainty
PERPETRATOR_HEDGES = {
    "apparemment": "probable", "probablement": "probable", "vraisemblablement": "probable",
    "peut-être": "possible", "possiblement": "possible",
    "présumé": "alleged", "présumés": "alleged", "présumée": "alleged", "présumées": "alleged",
    "présumément": "alleged", "supposé": "alleged", "supposés": "alleged", "prétendu": "alleged",
    "prétendus": "alleged", "soupçonné": "alleged", "soupçonnés": "alleged", "suspecté": "alleged",
    "suspectés": "alleged",
}
# predicates that lay an act at someone's door without the text vouching for it ("attribué aux FDLR",
# "imputé aux rebelles", "les militaires accusés du meurtre"): lemma -> certainty
ATTRIBUTION_PREDICATES = {
    "attribuer": "alleged", "imputer": "alleged", "accuser": "alleged", "soupçonner": "alleged",
    "suspecter": "alleged",
    # la marque d'un groupe sur un acte : une possibilité (« porte la marque de Boko Haram »)
    "marque": "possible", "marques": "possible", "signature": "possible",
}
# verbes de supposition dont le complément dit qui a commis l'acte (« l'attaque est censée avoir été menée
# par », « l'attentat semble avoir été commis par »)
SUPPOSITION_VERBS = {"penser": "alleged", "croire": "alleged", "supposer": "alleged", "présumer": "alleged",
                     "soupçonner": "alleged", "sembler": "alleged", "paraître": "alleged"}

# les modaux de possibilité sur le verbe de l'acte dont l'auteur est le sujet ou l'agent (« l'attentat
# pourrait avoir été commis par le FMLN ») : lemme -> certitude
MODAL_HEDGES = {"pouvoir": "possible"}
# les adjectifs de vraisemblance dont la complétive dit qui a commis l'acte (« il est possible que l'ELN
# ait dynamité le pont », « il est probable que ... ») : lemme -> certitude
LIKELIHOOD_ADJECTIVES = {"possible": "possible", "probable": "probable", "vraisemblable": "probable"}

# les médias propres d'un groupe : un locuteur de ces mots qui nomme le groupe, c'est le groupe qui dit ses actes
OWN_MEDIA = ["radio", "station", "communiqué", "bulletin", "déclaration"]

# un doute dit par des alternatives sur l'auteur d'un acte (« on ignore si le cartel de Medellin ou le
# M-19 est responsable », « tiré par le FMLN ou par l'armée ») : un auteur coordonné à un autre par
# l'une de ces conjonctions n'est qu'une possibilité (MUC-4 7.12 note 4) ; « si » seul est aussi le si
# d'une condition, il ne compte qu'avec une alternative
DOUBT_CONJUNCTIONS = ["ou"]
DOUBT_MARKERS: list[str] = []

# verbes d'exclusion dont la complétive dit qui a commis un acte, niés (« l'armée n'exclut pas que le FMLN
# soit l'auteur de l'attentat ») : l'auteur est une possibilité (MUC-4 7.12 note 4) : lemme -> certitude
NOT_RULED_OUT = {"exclure": "possible", "écarter": "possible"}

# à qui celui qui parle le dit (« a déclaré aux journalistes que ... », « a indiqué à la presse ») : l'objet de ces
# verbes et celui de ces prépositions sur un verbe de parole sont l'auditoire, personne que l'acte a touché
ADDRESSING_VERBS = ["informer", "assurer"]
ADDRESSEE_PREPS = ["à", "aux", "au"]

# Verbes qui ne rapportent qu'avec un bilan ou « état » pour objet (« le porte-parole a fait état de 17
# morts », « a donné un bilan de 17 morts ») : lemme du verbe -> lemmes d'objet requis ; la déclaration est
# affirmée
# (« la police a chiffré à 21 le nombre de personnes enlevées »: the parse may make « le nombre » an obl:arg)
TOLL_REPORTING = {"faire": ["état"], "donner": ["bilan"], "avancer": ["bilan", "chiffre"], "chiffrer": ["bilan", "nombre"],
                  "évaluer": ["bilan", "nombre"]}

# Verbes qui ne rapportent qu'avec un chiffre pour objet (« le maire a évoqué une trentaine de morts », « la
# Croix-Rouge a recensé 41 corps », « un responsable a dénombré douze blessés ») : leur sujet est celui qui
# parle ; la déclaration est affirmée
FIGURE_REPORTING = ["évoquer", "recenser", "dénombrer", "parler"]
# (le chiffre après l'une de ces prépositions : « tandis que l'armée parle de 12 morts »)
FIGURE_REPORTING_PREPS = ["de", "d'", "d’"]

# les noms d'un bilan ou d'un rapport : après « selon », celui qui l'a fait parle (« selon un bilan fourni par un
# responsable humanitaire », « selon un rapport de la Minusca ») ; la préposition qui introduit son auteur
REPORT_NOUNS = ["bilan", "rapport", "décompte", "communiqué", "chiffre", "chiffres", "estimation", "relevé"]
REPORT_MAKER_PREPS = ["par", "de", "du", "des", "d'"]

# noms qui, après « selon », ne nomment personne (« selon toute vraisemblance », « selon le plan prévu », « selon
# la tradition », « varient selon les quartiers ») : pas de locuteur
NOT_SOURCES = [
    "vraisemblance", "probabilité", "apparence", "plan", "programme", "calendrier", "tradition", "coutume", "rite",
    "usage", "cas", "quartier", "quartiers", "région", "régions", "zone", "zones", "secteur", "saison", "besoin",
    "besoins", "règle", "règles", "procédure", "loi", "scénario", "méthode", "modèle", "principe", "circonstance",
    "circonstances", "moment", "heure", "jour", "période",
]

# La version du camp mis en cause d'un acte que l'article rapporte en tête, dite par un locuteur dans une phrase
# suivante (« selon un porte-parole de la police, les agents ont riposté », « les militaires avaient tiré en l'air
# après que des émeutiers avaient attaqué un commissariat », « en légitime défense », « selon l'armée, la frappe
# visait un rassemblement de combattants ») : le récit de l'autre camp sur le même fait, une revendication qui le
# conteste, non un fait à part (incidents._sides_version)
SIDE_VERSION_CUES = [
    "riposter", "riposté", "en riposte",
    "tiré en l'air", "tirer en l'air", "tirs en l'air", "tirs de sommation", "coups de semonce",
    "légitime défense",
    "essuyé des tirs", "pris pour cible par",
    "visait un rassemblement de", "visait une réunion de", "visait des combattants", "visait des jihadistes",
    "visait des djihadistes", "visait des terroristes", "visait des rebelles", "cibles militaires",
    # l'autre camp l'a monté (« accusé l'armée d'avoir mis en scène l'attaque pour la discréditer »)
    "mis en scène", "mise en scène", "orchestré l'attaque", "sous faux drapeau", "pour le discréditer",
    "pour la discréditer", "pour les discréditer",
]
# participes qui disent comment une source a été jointe, après ses mots (« un notable joint par téléphone », « un
# habitant contacté par l'AFP ») : pas une partie du nom de la source (claims._speaker_from)
CONTACT_PARTICIPLES = ["joint", "jointe", "joints", "jointes", "contacté", "contactée", "contactés", "contactées",
                       "interrogé", "interrogée", "interrogés", "interrogées", "cité", "citée", "cités", "citées"]
# le moyen par lequel une source a parlé, après « par » (« a dit un habitant par téléphone », l'agent que la lecture
# donne au verbe de parole) : le nom de personne (claims.agent_words)
CONTACT_MEANS = ["téléphone", "telephone", "téléphone satellitaire", "courriel", "e-mail", "mail", "sms", "message",
                 "messagerie", "visioconférence", "radio"]
# ce qu'une source a demandé pour parler, après ses mots (« un responsable de la police sous couvert d'anonymat ») : pas
# une partie du nom de la source (claims._speaker_from)
SPEAKER_TERMS = ["sous couvert d'anonymat", "sous couvert de l'anonymat", "sous le couvert de l'anonymat",
                 "ayant requis l'anonymat", "qui a requis l'anonymat"]
# un mot après un rôle qui met son titulaire ailleurs que celui nommé avant (« le gouverneur de là-bas », « le
# gouverneur local » après « le gouverneur Oleh Syniehoubov ») : une autre personne (claims._same_role)
ELSEWHERE_WORDS = ["là-bas"]
# les prépositions du canal par lequel un locuteur parle (« a précisé l'agence dans un communiqué ») : les mots à
# partir d'elles ne sont pas du locuteur (claims._inverted_subject, avec OWN_MEDIA)
CHANNEL_PREPS = ["dans", "sur", "via", "par"]

# un communiqué lu ou diffusé (« indique le communiqué lu à la télévision publique », « un message diffusé par la
# radio nationale ») : un participe de ces mots juste après un nom de STATEMENT_NOUNS dit où les mots ont été donnés,
# pas qui parle ; une relative après lui (« ..., qui ajoute que ... ») est celle du communiqué (claims._speaker_from,
# _statement_read_out)
READ_OUT_PARTICIPLES = ["lu", "lue", "lus", "lues", "diffusé", "diffusée", "diffusés", "diffusées", "radiodiffusé",
                        "radiodiffusée", "télévisé", "télévisée"]
# les noms d'un communiqué qui parle (« le communiqué précise ») : défini, dit après une phrase dont le locuteur a
# parlé, c'est le communiqué de ce locuteur, ses affirmations celles de cette source
# (claims._statement_of_the_speaker_before)
STATEMENT_NOUNS = ["communiqué", "déclaration", "bulletin"]
# ... où il a été donné : un participe de lecture ne coupe le locuteur que suivi d'un de ces noms (« diffusé par
# l'état-major » garde qui l'a diffusé)
BROADCAST_NOUNS = ["télévision", "télé", "radio", "chaîne", "station", "antenne", "ondes"]

# where a group owns up to an act ("claimed responsibility in a video", « a revendiqué l'attaque dans un communiqué »):
# such a complement names no act of its own (incidents._owned_in_follow_up)
OWNING_MEDIA = ["vidéo", "vidéos", "communiqué", "déclaration", "message", "publication", "enregistrement",
                "lettre", "courriel"]

# les verbes de ce qu'on répète des dires d'autrui (lemmes) et les noms de ce qui est répété : qui accuse quelqu'un
# d'avoir relayé des informations qui disent quelque chose (« Le ministère a accusé des médias étrangers d'avoir relayé
# de fausses informations selon lesquelles 40 personnes avaient été tuées ») les dément, et ces informations sont la
# déclaration de l'accusé, alléguée (claims._relayed_report)
RELAYING_VERBS = ["relayer", "diffuser", "publier", "propager", "colporter", "véhiculer", "répandre"]
RELAYED_NOUNS = ["information", "nouvelle", "rumeur", "allégation", "affirmation", "récit"]
# les pronoms relatifs juste après un verbe de parole dont le sujet est dit avant lui (« ..., le gouverneur a précisé,
# qui a fait état de ... », rare) : le sujet de ce verbe (claims._before_relative)
SAYING_RELATIVES = ["qui"]
