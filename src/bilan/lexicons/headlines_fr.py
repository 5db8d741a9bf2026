"""French headline verbs (bilan.nlp re-parses a headline whose verb the parser read as a noun or an
adjective; see headlines_en).

« L'armée bombarde des positions rebelles » reads to the small model as a noun with an adjective
(« armée bombarde »). ``VERB_VARIANTS`` maps each present-tense form (third person singular and
plural) of the verbs that tell what someone did to the same verb in the imperfect, a form the parser
reads only as a verb; the new parse is kept when it makes the word a verb with a subject, and the
word keeps the present tense (``PRESENT_MORPH``).
"""

# regular verbs in -er: the stem of the present (3sg + "e", 3pl + "ent") and of the imperfect
_ER = [
    ("attaqu", "attaqu"), ("bombard", "bombard"), ("pill", "pill"), ("incendi", "incendi"), ("tu", "tu"),
    ("assassin", "assassin"), ("massacr", "massacr"), ("enlèv", "enlev"), ("libèr", "libér"), ("captur", "captur"),
    ("arrêt", "arrêt"), ("détourn", "détourn"), ("saccag", "saccage"), ("brûl", "brûl"), ("vis", "vis"),
    ("pilonn", "pilonn"), ("exécut", "exécut"), ("égorg", "égorge"),
    ("occup", "occup"), ("encercl", "encercl"), ("repouss", "repouss"), ("tortur", "tortur"), ("rançonn", "rançonn"),
    ("cèd", "céd"), ("dispers", "dispers"), ("mitraill", "mitraill"), ("rafl", "rafl"),
    ("séquestr", "séquestr"), ("kidnapp", "kidnapp"), ("dévast", "dévast"), ("ras", "ras"),
    # une frappe, un lynchage : « Un drone frappe un convoi », « Une foule lynche un voleur »
    ("frapp", "frapp"), ("lynch", "lynch"),
]
# irregular ones: (3sg present, 3pl present, imperfect stem)
_IRREGULAR = [
    ("prend", "prennent", "pren"), ("reprend", "reprennent", "repren"), ("abat", "abattent", "abatt"),
    ("détruit", "détruisent", "détruis"), ("tient", "tiennent", "ten"), ("envahit", "envahissent", "envahiss"),
    ("remet", "remettent", "remett"),
]


def _forms():
    out = {}
    for present, imperfect in _ER:
        out[present + "e"] = (imperfect + "ait", "sing")
        out[present + "ent"] = (imperfect + "aient", "plur")
    for sing, plur, imperfect in _IRREGULAR:
        out[sing] = (imperfect + "ait", "sing")
        out[plur] = (imperfect + "aient", "plur")
    return out


def _fallbacks():
    out = {}
    for present, imperfect in _ER:
        stem = imperfect[:-1] if imperfect.endswith("e") else imperfect
        out[present + "e"] = out[present + "ent"] = stem + "èrent"
    return out


# a second form to parse when the small model reads the imperfect as a noun too (« Une milice incendiait des
# maisons »: « incendiait » an adjective of « milice »): the simple past (« incendièrent »), which it reads as a verb
VERB_FALLBACKS = _fallbacks()

# (« violent » is no form here: it is the adjective as often as the verb)
# present form -> (variant to parse, "sing" or "plur")
VERB_VARIANTS = _forms()
PRESENT_MORPH = {"sing": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
                 "plur": "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"}
# the grammatical number (spaCy's Number) the subject of each form has
NUMBER = {"sing": "Sing", "plur": "Plur"}
PLURAL_ENDINGS: list[str] = []
PLURAL_NOUNS: list[str] = []
# les prépositions du complément d'un nom : le mot avant elles est un nom (« reprise de Bria »)
NOUN_PREPS = ["de", "d'"]

# French wire copy in capitals drops its accents (« DES HOMMES ARMES ONT ASSASSINE UN MAIRE », « LE GENERAL A ETE
# TUE »): read in lower case, « ont assassine » is an auxiliary before a noun or an adjective, and the act has no
# subject. The capitals are parsed again in lower case with the accents of these participles (masculine singular;
# the feminine and plural are made from them) given back when they follow an auxiliary of ``AUXILIARIES``, one
# adverb of ``AUX_ADVERBS`` allowed between (bilan.nlp._accents_restored); the words keep their own text
PARTICIPLES = [
    "été", "blessé", "tué", "assassiné", "enlevé", "kidnappé", "séquestré", "incendié", "dynamité", "attaqué",
    "bombardé", "massacré", "exécuté", "mitraillé", "détruit", "libéré", "capturé", "arrêté", "détourné", "saccagé",
    "pillé", "torturé", "égorgé", "brûlé", "criblé", "fusillé", "plastiqué", "endommagé", "démoli", "visé", "touché",
    "explosé", "éclaté", "posé", "placé", "lancé", "trouvé", "retrouvé", "annoncé", "déclaré", "indiqué", "précisé",
    "affirmé", "révélé", "signalé", "dénoncé", "condamné", "revendiqué", "accusé", "attribué", "rencontré",
    "distribué", "décidé", "demandé", "appelé", "organisé", "occupé", "nommé", "désigné", "élu", "ouvert",
    "déclenché", "paralysé", "menacé", "assiégé", "encerclé", "abattu", "élevé",
]
# ... and any other participle of a first-group verb (« ONT MANIFESTE », « ONT ETE EVACUES »): after an
# auxiliary, a word ending as one of these, its accented ending the model's lemmatizer knows as a verb once the
# ending is the infinitive's (« manifesté » -> « manifester »); (unaccented ending, accented ending, infinitive ending)
PARTICIPLE_ENDINGS = [("ees", "ées", "er"), ("ee", "ée", "er"), ("es", "és", "er"), ("e", "é", "er")]
AUXILIARIES = ["a", "ont", "avait", "avaient", "aurait", "auraient", "ai", "avons", "avez", "été", "est", "sont",
               "était", "étaient", "sera", "seront", "serait", "seraient", "être", "avoir", "ayant", "étant"]
AUX_ADVERBS = ["grièvement", "légèrement", "mortellement", "déjà", "également", "aussi", "ensuite", "hier",
               "gravement", "sérieusement", "finalement", "récemment"]
# ... and a participle is read as one with no auxiliary too (« DEUX CIVILS TUES PAR DES HOMMES ARMES »): in the
# feminine or the plural (« tues », « blessees » are no other word of a dispatch), or before the agent's
# preposition (« UN SOLDAT TUE PAR »: « tue » is also the present of « tuer »)
AGENT_PREPS = ["par"]
# Words a capitals wire writes without their accents whose unaccented form is no French word (« PRES DE »,
# « L'ARMEE », « L'ETAT », « LE CONTROLE »): the lower-case copy is parsed with them (the same length, so
# the parses line up)
CAPITALS_WORDS = [
    "après", "armée", "armées", "août", "commerçant", "commerçants", "contrôle", "décembre", "décès", "défense",
    "déjà", "député", "députés", "électrique", "élève", "élèves", "élections", "émeutes", "émeutiers", "école",
    "écoles", "église", "églises", "état", "états", "février", "général", "généraux", "grièvement", "hôpital",
    "médecin", "médecins", "ministère", "mosquée", "mosquées", "opération", "opérations", "piégée", "piégées",
    "préfet", "préfecture", "prêtre", "prêtres", "près", "pylône", "pylônes", "république", "sécurité",
    "sécuritaire", "sécuritaires", "troisième", "deuxième", "quatrième", "véhicule", "véhicules", "être", "même",
    "très", "dernière", "première", "enlèvement", "enlèvements", "otages", "fédéral", "fédérale", "évêque",
]
# « A » in capitals is the preposition « à » as often as « a » (avoir): it is « à » before a figure, before one
# of these words (« A LA », « A PARTIR DE », « A L'EST »), or before a name the gazetteer knows that is no
# participle of PARTICIPLES and no common word (« A BOUAR », « A 15 KM DE BANGUI »)
PREPOSITION_UNACCENTED = {"a": "à"}
PREPOSITION_NEXT_WORDS = [
    "la", "l'", "l", "partir", "cause", "bord", "travers", "proximité", "proximite", "environ", "peine",
    "quelques", "cet", "cette", "ce", "ces", "nouveau", "coups", "mi", "hauteur", "destination", "moins", "pied",
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "vingt", "trente", "quarante",
    "cinquante", "cent", "une", "quelque", "plusieurs",
]
