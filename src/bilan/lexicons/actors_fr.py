"""French actor aliases -> canonical (language-neutral) actor names and kinds.

ALIASES: (phrase as written, canonical name, kind). Matched case-insensitively on whole tokens.
STATE_FORCES / POLICE: generic phrases resolved to "Military Forces of <country>" using a demonym
in the phrase ("les forces irakiennes") or, failing that, the document's country.
GENERIC_ARMED: unnamed armed groups; resolved to the document's single named armed group when
there is exactly one, else "unidentified armed group".
"""

CSP = "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"
ALIASES = [
    ("État islamique", "Islamic State", "rebel"),
    ("Etat islamique", "Islamic State", "rebel"),
    ("groupe État islamique", "Islamic State", "rebel"),
    ("organisation État islamique", "Islamic State", "rebel"),
    ("EI", "Islamic State", "rebel"),
    ("Daech", "Islamic State", "rebel"),
    ("Al-Qaïda au Maghreb islamique", "AQIM: Al Qaeda in the Islamic Maghreb", "rebel"),
    ("AQMI", "AQIM: Al Qaeda in the Islamic Maghreb", "rebel"),
    ("Al-Qaïda", "al-Qaeda", "rebel"),
    ("Al-Qaida", "al-Qaeda", "rebel"),
    ("Al Qaïda", "al-Qaeda", "rebel"),
    ("Daesh", "Islamic State", "rebel"),
    ("ISIS", "Islamic State", "rebel"),
    ("EIIL", "Islamic State", "rebel"),
    ("État islamique en Afrique de l'Ouest", "ISWAP", "rebel"),
    ("Etat islamique en Afrique de l'Ouest", "ISWAP", "rebel"),
    ("ISWAP", "ISWAP", "rebel"),
    ("EIAO", "ISWAP", "rebel"),
    ("État islamique au Grand Sahara", "Islamic State Sahel Province", "rebel"),
    ("EIGS", "Islamic State Sahel Province", "rebel"),
    ("Boko Haram", "Boko Haram", "rebel"),
    ("shebab", "al-Shabaab", "rebel"),
    ("shebabs", "al-Shabaab", "rebel"),
    ("chebab", "al-Shabaab", "rebel"),
    ("al-Shabaab", "al-Shabaab", "rebel"),
    ("Al-Chabab", "al-Shabaab", "rebel"),
    ("Al-Chebab", "al-Shabaab", "rebel"),
    ("Al-Shabab", "al-Shabaab", "rebel"),
    ("chabab", "al-Shabaab", "rebel"),
    ("talibans pakistanais", "TTP: Tehreek-e-Taliban Pakistan", "rebel"),
    ("Tehrik-e-Taliban Pakistan", "TTP: Tehreek-e-Taliban Pakistan", "rebel"),
    ("TTP", "TTP: Tehreek-e-Taliban Pakistan", "rebel"),
    ("talibans", "Taliban", "rebel"),
    ("taliban", "Taliban", "rebel"),
    ("M23", "M23", "rebel"),
    ("GSIM", "JNIM", "rebel"),
    ("JNIM", "JNIM", "rebel"),
    ("Groupe de soutien à l'islam et aux musulmans", "JNIM", "rebel"),
    ("Hayat Tahrir al-Cham", "Hayat Tahrir al-Sham", "rebel"),
    ("HTS", "Hayat Tahrir al-Sham", "rebel"),
    ("Forces démocratiques syriennes", "Syrian Democratic Forces", "rebel"),
    ("FDS", "Syrian Democratic Forces", "rebel"),
    ("ADF", "Allied Democratic Forces", "rebel"),
    ("Hamas", "Hamas", "rebel"),
    ("Hezbollah", "Hezbollah", "rebel"),
    ("anti-balaka", "Anti-Balaka", "militia"),
    ("ex-Séléka", "Ex-Seleka", "rebel"),
    ("Séléka", "Ex-Seleka", "rebel"),
    ("UPC", "UPC", "rebel"),
    ("CPC", "Coalition of Patriots for Change", "rebel"),
    # (les noms en entier, que l'alias « coalition » de la coalition internationale prendrait sinon, h-frstories)
    ("Coalition des patriotes pour le changement", "Coalition of Patriots for Change", "rebel"),
    ("MLCJ", "MLCJ: Movement of Central African Liberators for Justice", "rebel"),
    ("FDPC", "FDPC: Democratic Front of the Central African People", "rebel"),
    ("Siriri", "Siriri", "militia"),
    ("3R", "3R: Return, Reclamation, Rehabilitation", "rebel"),
    ("FPRC", "FPRC: Popular Front for the Renaissance of Central African Republic", "rebel"),
    ("MPC", "MPC: Patriotic Movement for Central Africa", "rebel"),
    ("LRA", "LRA: Lord's Resistance Army", "rebel"),
    ("Armée de résistance du seigneur", "LRA: Lord's Resistance Army", "rebel"),
    ("FACA", "Military Forces of the Central African Republic", "state_forces"),
    ("mercenaires russes", "Wagner Group", "foreign_coalition"),
    ("paramilitaires russes", "Wagner Group", "foreign_coalition"),
    ("instructeurs russes", "Wagner Group", "foreign_coalition"),
    ("Sangaris", "Operation Sangaris", "foreign_coalition"),
    ("Misca", "MISCA", "external"),
    ("autodéfense", "self-defence militia", "militia"),
    ("autodéfenses", "self-defence militia", "militia"),
    ("Wagner", "Wagner Group", "foreign_coalition"),
    ("FAMa", "Military Forces of Mali", "state_forces"),
    ("FARDC", "Military Forces of the Democratic Republic of Congo", "state_forces"),
    ("coalition", "international coalition", "foreign_coalition"),
    ("coalition internationale", "international coalition", "foreign_coalition"),
    ("coalition antidjihadiste", "international coalition", "foreign_coalition"),
    ("coalition anti-EI", "international coalition", "foreign_coalition"),
    ("Minusma", "MINUSMA", "external"),
    ("Minusca", "MINUSCA", "external"),
    ("Monusco", "MONUSCO", "external"),
    ("casques bleus", "UN peacekeepers", "external"),
    ("Barkhane", "Operation Barkhane", "foreign_coalition"),
    # groupes armés d'Amérique latine
    ("FARC", "FARC: Revolutionary Armed Forces of Colombia", "rebel"),
    # les factions qui ont rejeté l'accord de paix de 2016 : un groupe à part, pas l'ancienne guérilla
    ("dissidents des FARC", "FARC dissidents", "rebel"),
    ("dissidents de l'ex-FARC", "FARC dissidents", "rebel"),
    ("dissidents des ex-FARC", "FARC dissidents", "rebel"),
    ("dissidence des FARC", "FARC dissidents", "rebel"),
    ("dissidents de l'ex-guérilla des FARC", "FARC dissidents", "rebel"),
    ("faction dissidente des FARC", "FARC dissidents", "rebel"),
    ("faction dissidente de l'ex-guérilla des FARC", "FARC dissidents", "rebel"),
    ("ex-FARC", "FARC dissidents", "rebel"),
    ("Forces armées révolutionnaires de Colombie", "FARC: Revolutionary Armed Forces of Colombia", "rebel"),
    ("ELN", "ELN: National Liberation Army", "rebel"),
    ("Armée de libération nationale", "ELN: National Liberation Army", "rebel"),
    ("EPL", "EPL: Popular Liberation Army", "rebel"),
    ("M-19", "M-19: 19th of April Movement", "rebel"),
    ("Mouvement du 19 avril", "M-19: 19th of April Movement", "rebel"),
    ("Sentier lumineux", "Shining Path", "rebel"),
    ("Sendero Luminoso", "Shining Path", "rebel"),
    ("MRTA", "MRTA: Tupac Amaru Revolutionary Movement", "rebel"),
    ("Mouvement révolutionnaire Tupac Amaru", "MRTA: Tupac Amaru Revolutionary Movement", "rebel"),
    ("FMLN", "FMLN: Farabundo Marti National Liberation Front", "rebel"),
    ("Front Farabundo Marti de libération nationale", "FMLN: Farabundo Marti National Liberation Front", "rebel"),
    ("URNG", "URNG: Guatemalan National Revolutionary Unity", "rebel"),
    ("Contras", "Contras", "rebel"),
    ("FPMR", "FPMR: Manuel Rodriguez Patriotic Front", "rebel"),
    ("AUC", "AUC: United Self-Defense Forces of Colombia", "militia"),
    ("cartel de Medellín", "Medellin Cartel", "militia"),
    ("cartel de Medellin", "Medellin Cartel", "militia"),
    # autres groupes et unités des dépêches latino-américaines de 1989-90
    ("Extradables", "The Extraditables", "militia"),
    ("Extraditables", "The Extraditables", "militia"),
    ("bataillon Atlacatl", "Military Forces of El Salvador", "state_forces"),
    ("bataillon Belloso", "Military Forces of El Salvador", "state_forces"),
    ("bataillon Ramon Belloso", "Military Forces of El Salvador", "state_forces"),
    ("bataillon Bracamonte", "Military Forces of El Salvador", "state_forces"),
    ("bataillon Atonal", "Military Forces of El Salvador", "state_forces"),
    ("bataillon Arce", "Military Forces of El Salvador", "state_forces"),
    ("Front patriotique morazaniste", "FPM: Morazanist Patriotic Front", "rebel"),
    ("Cinchoneros", "Cinchoneros Popular Liberation Movement", "rebel"),
    ("Cinchonero", "Cinchoneros Popular Liberation Movement", "rebel"),
    ("rebelles de la Contra", "Contras", "rebel"),
    ("Alfaro Vive Carajo", "AVC: Alfaro Vive Carajo", "rebel"),
    ("Alfaro Vive", "AVC: Alfaro Vive Carajo", "rebel"),
    ("Coordination guérillera Simon Bolivar", "CGSB: Simon Bolivar Guerrilla Coordinating Board", "rebel"),
    ("Front patriotique Manuel Rodriguez", "FPMR: Manuel Rodriguez Patriotic Front", "rebel"),
    ("Front patriotique Manuel Rodríguez", "FPMR: Manuel Rodriguez Patriotic Front", "rebel"),
    ("Zarate Willka", "Zarate Willka Armed Forces of Liberation", "rebel"),
    ("Quintin Lame", "Quintin Lame Armed Movement", "rebel"),
    ("cartel de Cali", "Cali Cartel", "militia"),
    # groupes armés et forces d'Asie du Sud et du Sud-Est sous leurs noms de presse (« la Tatmadaw », « l'Armée
    # d'Arakan » n'est pas une armée d'État, « la Nouvelle armée du peuple »)
    ("Tatmadaw", "Military Forces of Myanmar", "state_forces"),
    ("Armée d'Arakan", "Arakan Army", "rebel"),
    ("Arakan Army", "Arakan Army", "rebel"),
    ("Armée pour l'indépendance kachin", "Kachin Independence Army", "rebel"),
    ("Forces de défense du peuple", "PDF: People's Defence Force", "rebel"),
    ("Force de défense du peuple", "PDF: People's Defence Force", "rebel"),
    ("Force de défense populaire", "PDF: People's Defence Force", "rebel"),
    ("Nouvelle armée du peuple", "NPA: New People's Army", "rebel"),
    ("Nouvelle Armée populaire", "NPA: New People's Army", "rebel"),
    ("NPA", "NPA: New People's Army", "rebel"),
    ("Abou Sayyaf", "Abu Sayyaf", "rebel"),
    ("Abu Sayyaf", "Abu Sayyaf", "rebel"),
    # acteurs armés des années 2020 sous leurs noms de presse (Soudan, Sahel, Éthiopie, Grands Lacs, Gaza et
    # Liban, Birmanie, Afghanistan, Haïti, Colombie, Mexique); noms canoniques comme dans actors_en
    ("Forces de soutien rapide", "RSF: Rapid Support Forces", "rebel"),
    ("FSR", "RSF: Rapid Support Forces", "rebel"),
    ("RSF", "RSF: Rapid Support Forces", "rebel"),
    ("janjawids", "Janjaweed", "militia"),
    ("janjawid", "Janjaweed", "militia"),
    ("Janjaweed", "Janjaweed", "militia"),
    ("État islamique au Sahel", "Islamic State Sahel Province", "rebel"),
    ("Etat islamique au Sahel", "Islamic State Sahel Province", "rebel"),
    ("EIS", "Islamic State Sahel Province", "rebel"),
    ("Volontaires pour la défense de la patrie", "VDP: Volunteers for the Defence of the Homeland", "militia"),
    ("VDP", "VDP: Volunteers for the Defence of the Homeland", "militia"),
    ("Front de libération de l'Azawad", "FLA: Azawad Liberation Front", "rebel"),
    # l'alliance de groupes armés à dominante touareg du nord du Mali (le CSP-PSD d'ACLED)
    ("Cadre stratégique permanent pour la paix, la sécurité et le développement", CSP, "rebel"),
    ("Cadre stratégique permanent", CSP, "rebel"),
    ("CSP-PSD", CSP, "rebel"),
    ("CSP", CSP, "rebel"),
    ("dozos", "Dozo militia", "militia"),
    ("dozo", "Dozo militia", "militia"),
    ("Dan Na Ambassagou", "Dan Na Ambassagou", "militia"),
    ("Africa Corps", "Africa Corps", "foreign_coalition"),
    ("lakurawa", "Lakurawa", "rebel"),
    ("Ansaru", "Ansaru", "rebel"),
    ("séparatistes ambazoniens", "Ambazonian separatists", "rebel"),
    ("combattants ambazoniens", "Ambazonian separatists", "rebel"),
    ("Amba boys", "Ambazonian separatists", "rebel"),
    ("fano", "Fano", "militia"),
    ("Armée de libération oromo", "OLA: Oromo Liberation Army", "rebel"),
    ("Front de libération du peuple du Tigré", "TPLF: Tigray People's Liberation Front", "rebel"),
    ("TPLF", "TPLF: Tigray People's Liberation Front", "rebel"),
    ("forces tigréennes", "TPLF: Tigray People's Liberation Front", "rebel"),
    ("Codeco", "CODECO", "militia"),
    ("CODECO", "CODECO", "militia"),
    ("wazalendo", "Wazalendo", "militia"),
    ("FDLR", "FDLR: Democratic Forces for the Liberation of Rwanda", "rebel"),
    ("Forces démocratiques de libération du Rwanda", "FDLR: Democratic Forces for the Liberation of Rwanda", "rebel"),
    ("maï-maï", "Mai-Mai militia", "militia"),
    ("Maï-Maï", "Mai-Mai militia", "militia"),
    ("mai-mai", "Mai-Mai militia", "militia"),
    ("Twirwaneho", "Twirwaneho", "militia"),
    ("Nyatura", "Nyatura", "militia"),
    ("Raïa Mutomboki", "Raia Mutomboki", "militia"),
    ("Raia Mutomboki", "Raia Mutomboki", "militia"),
    ("Tsahal", "Military Forces of Israel", "state_forces"),
    ("Jihad islamique palestinien", "Palestinian Islamic Jihad", "rebel"),
    ("Jihad islamique", "Palestinian Islamic Jihad", "rebel"),
    ("Brigades al-Qods", "Palestinian Islamic Jihad", "rebel"),
    ("Brigades Ezzedine al-Qassam", "Hamas", "rebel"),
    ("Brigades al-Qassam", "Hamas", "rebel"),
    ("Kataeb Hezbollah", "Kataib Hezbollah", "militia"),
    ("Kataib Hezbollah", "Kataib Hezbollah", "militia"),
    ("houthis", "Houthis", "rebel"),
    ("houthistes", "Houthis", "rebel"),
    ("rebelles houthis", "Houthis", "rebel"),
    ("Ansar Allah", "Houthis", "rebel"),
    ("Armée nationale syrienne", "Syrian National Army", "rebel"),
    ("Armée nationale somalienne", "Military Forces of Somalia", "state_forces"),
    ("Armée de libération nationale ta'ang", "TNLA: Ta'ang National Liberation Army", "rebel"),
    ("TNLA", "TNLA: Ta'ang National Liberation Army", "rebel"),
    ("MNDAA", "MNDAA: Myanmar National Democratic Alliance Army", "rebel"),
    ("Armée de libération nationale karen", "KNLA: Karen National Liberation Army", "rebel"),
    ("Union nationale karen", "KNLA: Karen National Liberation Army", "rebel"),
    ("KNLA", "KNLA: Karen National Liberation Army", "rebel"),
    ("KNU", "KNLA: Karen National Liberation Army", "rebel"),
    ("État islamique au Khorasan", "Islamic State Khorasan Province", "rebel"),
    ("Etat islamique au Khorasan", "Islamic State Khorasan Province", "rebel"),
    ("État islamique-Khorasan", "Islamic State Khorasan Province", "rebel"),
    ("EI-K", "Islamic State Khorasan Province", "rebel"),
    ("EIK", "Islamic State Khorasan Province", "rebel"),
    ("Viv Ansanm", "Viv Ansanm", "militia"),
    ("400 Mawozo", "400 Mawozo", "militia"),
    ("Clan del Golfo", "Clan del Golfo", "militia"),
    ("Clan du Golfe", "Clan del Golfo", "militia"),
    ("cartel Jalisco Nouvelle Génération", "CJNG: Jalisco New Generation Cartel", "militia"),
    ("CJNG", "CJNG: Jalisco New Generation Cartel", "militia"),
    ("cartel de Sinaloa", "Sinaloa Cartel", "militia"),
    ("civils", "civilians", "civilians"),
    ("civiles", "civilians", "civilians"),
    ("habitants", "civilians", "civilians"),
    ("villageois", "civilians", "civilians"),
    ("manifestants", "protesters", "protesters"),
    ("protestataires", "protesters", "protesters"),
    ("émeutiers", "rioters", "rioters"),
]

# generic state forces: phrase -> kind; a demonym right after (or the document country) gives the country
# préfixes qui font du nom d'une force ou d'un groupe celui de ses ennemis (« les combattants anti-junte », « les
# rebelles anti-gouvernement ») : aucune mention de cette force ni de ce groupe (actors.find_actors) ; devant le nom
# d'un rassemblement, ce contre quoi il est : une manifestation (« des marches anti-corruption » :
# events._against_by_prefix)
OPPOSED_PREFIXES = ["anti"]
# les noms (et participes) de ceux qui s'opposent à une force ou à un groupe (« des opposants à la junte », « les
# détracteurs du gouvernement », « des combattants hostiles au régime ») : la force de leur complément est leur
# ennemi, aucune mention d'un camp (actors._foe_named)
OPPOSING_WORDS = ["opposants", "opposant", "opposantes", "détracteurs", "opposés", "opposées", "opposé", "hostiles"]
OPPOSING_PREPOSITIONS = ["à", "au", "aux", "de", "du", "des"]
STATE_FORCES = [
    "forces", "armée", "soldats", "militaires", "troupes", "forces gouvernementales", "forces de sécurité",
    "forces armées", "forces de défense", "forces loyalistes", "forces du régime", "régime",
    # une gendarmerie rattachée à l'armée, les autres armes
    "garde nationale", "gardes nationaux", "armée de l'air", "force aérienne", "forces aériennes", "marine nationale",
    # les gardes des frontières et des côtes de l'État (« les gardes-frontières ont intercepté 30 jihadistes »)
    "garde-frontière", "garde-frontières", "gardes-frontières", "garde-côtes",
    # un gouvernement militaire nommé par son pouvoir : ses forces (« des avions de la junte ont bombardé »)
    "junte", "junte militaire",
    # le même pouvoir dit autrement, et les autorités d'une transition ouverte par un coup d'État : le camp de l'État,
    # ses forces quand elles agissent ou sont visées (« les soldats du gouvernement militaire », « manifesté contre les
    # autorités de transition »)
    "junte au pouvoir", "gouvernement militaire", "régime militaire", "pouvoir militaire", "autorités militaires",
    "autorités de transition", "autorités de la transition",
    # les forces qui abattent ce qui vole vers elles (« la défense antiaérienne russe a abattu 45 drones »)
    "défense aérienne", "défenses aériennes", "défense antiaérienne", "défenses antiaériennes",
    "défense anti-aérienne", "défenses anti-aériennes",
    # un aéronef dit militaire est celui des forces (« un avion militaire a bombardé le marché » ; EN "military")
    "avion militaire", "avions militaires", "hélicoptère militaire", "hélicoptères militaires", "drone militaire",
    "drones militaires", "aéronef militaire", "aéronefs militaires",
]
# le ministère qui parle pour les forces armées d'un État et dit leurs actes : ces forces (« le ministère russe de la
# Défense affirme avoir bombardé ... », le gentilé après son premier mot ; EN "defence ministry")
FORCE_MINISTRIES = ["ministère de la défense", "ministère des armées", "ministère de la défense nationale"]
# un mot des forces de l'État trop vague sans gentilé ("les forces" ; "les forces irakiennes" en sont)
VAGUE_FORCES = ["forces", "force"]
# des expressions où un mot des forces ne nomme aucune force : le civil qui renseigne la police ou l'armée
NOT_ACTORS = ["informateur de la police", "informateurs de la police", "indicateur de la police",
              "indicateurs de la police", "informateur de l'armée", "informateurs de l'armée",
              # la violence des gangs comme sujet ne nomme l'auteur d'aucun acte (« la violence des gangs a poussé
              # 700 000 Haïtiens à fuir »)
              "violence des gangs", "violences des gangs", "violence de gangs", "violences de gangs",
              "violence liée aux gangs", "violences liées aux gangs"]
# verbes dont le pays sujet, ou le pays après « par » de leur passif, a fait l'acte en tant qu'État
# (« Israël a frappé », « la Russie a lancé 58 drones », « des drones lancés par la Russie ») : ses forces armées
COUNTRY_ACT_VERBS = ["frapper", "lancer", "tirer", "attaquer", "bombarder", "pilonner", "tuer", "cibler", "envahir",
                     "viser", "abattre"]
# expressions dont un alias fait partie sans nommer son acteur : une coalition de gangs ou de rebelles, ou de
# gouvernement, n'est pas la coalition internationale (« la coalition de gangs », « la coalition rebelle »)
ALIAS_NOT_ACTORS = ["coalition de gangs", "coalition des gangs", "coalition de groupes armés", "coalition rebelle",
                    "coalition de groupes rebelles", "coalition de milices", "coalition de l'opposition",
                    "coalition au pouvoir", "coalition gouvernementale", "gouvernement de coalition",
                    "coalition électorale",
                    # les supplétifs armés d'une armée ne sont pas des civils (« soldats et supplétifs civils »)
                    "supplétif civil", "supplétifs civils"]
POLICE = ["police", "policiers", "gendarmes", "gendarmerie", "forces de l'ordre", "gendarme", "policier",
          # les corps de police nommés comme tels (MUC-4, case 10 : « TREASURY POLICE »)
          "police du trésor", "police nationale", "police secrète", "police judiciaire", "police municipale",
          "police des douanes"]
# un membre des forces de l'État nommé à la place de l'auteur d'un acte (sujet actif de son verbe, agent de son
# passif) : les forces de cet État (« Un soldat a tué un civil ») ; ailleurs pas un acteur armé (« un soldat a été
# tué » est une victime) : incidents._force_member_doer. Les policiers au singulier sont dans POLICE
FORCE_MEMBERS = ["soldat", "militaire", "officier de l'armée"]
# une personne nommée avec un grade des forces, à la place de l'auteur d'un acte (« le capitaine Julio Mendez a
# abattu un paysan », « l'attaque a été menée par le colonel Rosa Vidal ») : les forces de cet État
# (incidents._force_member_doer) ; après un mot de FORMER_WORDS (« l'ancien capitaine ») pas un membre en service
FORCE_RANK_TITLES = ["capitaine", "colonel", "lieutenant-colonel", "lieutenant", "commandant", "général", "sergent",
                     "caporal", "adjudant", "sergent-chef", "général de brigade", "général de division"]
# un corps des forces écrit en deux mots joints par un trait d'union : un seul mot pour l'analyse (nlp.get en fait des
# cas spéciaux du tokeniseur, comme victims_fr.JOINED_RANKS ; sans cela « a annoncé l'état-major » a pour locuteur
# « état » et « -major » est une phrase à part)
JOINED_BODIES = ["état-major", "états-majors"]
# qui détient les personnes enlevées (« exécuté par ses ravisseurs ») : avec un possessif ou l'article défini, les
# auteurs de l'enlèvement que l'article raconte (incidents._captors_are_the_takers)
CAPTOR_NOUNS = ["ravisseurs", "ravisseur", "kidnappeurs", "kidnappeur", "preneurs d'otages", "preneur d'otages"]
GENERIC_ARMED = [
    "djihadistes", "jihadistes", "islamistes", "insurgés", "rebelles", "hommes armés", "assaillants", "terroristes",
    # des séparatistes dits armés ou combattants (« des séparatistes armés ont incendié une école »)
    "séparatistes armés", "combattants séparatistes", "séparatiste armé",
    "groupe armé", "groupes armés", "miliciens", "combattants", "milice", "milices", "homme armé", "bandits armés",
    "bandits",
    # des braqueurs dits armés sont un camp armé (« deux braqueurs armés ») ; des « braqueurs » seuls, des personnes
    "braqueurs armés", "braqueur armé", "voleurs armés",
    # une bande armée, nommée comme telle (« Une bande armée attaque un bus » : pas l'armée)
    "bande armée", "bandes armées",
    "individus armés", "éléments armés", "coupeurs de route", "braconniers", "pirates", "pirate",
    "hommes lourdement armés", "individus lourdement armés", "éléments lourdement armés",
    "guérilleros", "guérillero", "guérilla", "terroriste", "escadron de la mort", "escadrons de la mort",
    "paramilitaires", "groupe paramilitaire", "groupes paramilitaires", "narcotrafiquants", "trafiquants de drogue",
    "cartel de la drogue", "tueurs à gages", "tueur à gages", "commando", "commandos", "hommes cagoulés",
    "hommes masqués", "inconnus armés", "individus non identifiés", "personnes non identifiées", "personnes inconnues", "hommes non identifiés", "ravisseurs",
    "assaillant", "kidnappeurs", "commando urbain", "commandos urbains",
    "individus masqués", "individus cagoulés", "hommes encagoulés", "tueurs à la solde", "sicaires",
    "mafia de la drogue", "mafias de la drogue", "cartels de la drogue",
    # ceux qui détruisent des installations en secret (« des saboteurs ont détruit un pylône »)
    "saboteurs", "saboteur",
    # des inconnus qui tuent ou enlèvent (le nom avec son article : "des motifs inconnus" n'en est pas)
    "des inconnus", "un inconnu", "des inconnus armés", "assaillants non identifiés", "assaillants inconnus", "tireurs inconnus",
    # les insurgés maoïstes de l'Inde par leurs noms courants
    "maoïstes", "naxalites", "rebelles maoïstes",
    # un gang sans nom (« un gang attaque un commissariat » ; un gang nommé : actors._named_group_words, ses
    # membres : actors._group_members)
    "gang", "gangs", "gang armé", "gangs armés",
]
# demonyms (masc./fem., sing./plur.) -> ISO country
DEMONYMS = {
    "irakien": "IQ", "irakienne": "IQ", "irakiens": "IQ", "irakiennes": "IQ",
    "syrien": "SY", "syrienne": "SY", "syriens": "SY", "syriennes": "SY",
    "malien": "ML", "malienne": "ML", "maliens": "ML", "maliennes": "ML",
    "nigérian": "NG", "nigériane": "NG", "nigérians": "NG", "nigérianes": "NG", "nigériens": "NE", "nigérien": "NE",
    "nigérienne": "NE", "nigériennes": "NE", "burkinabè": "BF", "burkinabé": "BF", "burkinabés": "BF",
    "afghan": "AF", "afghane": "AF", "afghans": "AF", "afghanes": "AF",
    "somalien": "SO", "somalienne": "SO", "somaliens": "SO", "somaliennes": "SO",
    "congolais": "CD", "congolaise": "CD", "congolaises": "CD",
    "centrafricain": "CF", "centrafricaine": "CF", "centrafricains": "CF", "centrafricaines": "CF",
    "ukrainien": "UA", "ukrainienne": "UA", "ukrainiens": "UA", "ukrainiennes": "UA",
    "russe": "RU", "russes": "RU", "turc": "TR", "turque": "TR", "turcs": "TR", "turques": "TR",
    "israélien": "IL", "israélienne": "IL", "israéliens": "IL", "israéliennes": "IL",
    "palestinien": "PS", "palestinienne": "PS", "palestiniens": "PS", "palestiniennes": "PS",
    "yéménite": "YE", "yéménites": "YE", "libyen": "LY", "libyenne": "LY", "libyens": "LY", "libyennes": "LY",
    "soudanais": "SD", "soudanaise": "SD", "soudanaises": "SD", "tchadien": "TD", "tchadienne": "TD", "tchadiens": "TD",
    "camerounais": "CM", "camerounaise": "CM", "américain": "US", "américaine": "US", "américains": "US",
    "américaines": "US", "français": "FR", "française": "FR", "françaises": "FR", "libanais": "LB", "libanaise": "LB",
    "éthiopien": "ET", "éthiopienne": "ET", "éthiopiens": "ET", "mozambicain": "MZ", "mozambicains": "MZ",
    # les forces d'un voisin qui combattent dans un récit d'un autre pays (« des soldats rwandais » au Nord-Kivu)
    "rwandais": "RW", "rwandaise": "RW", "rwandaises": "RW", "ougandais": "UG", "ougandaise": "UG",
    "ougandaises": "UG", "burundais": "BI", "burundaise": "BI", "burundaises": "BI", "sud-soudanais": "SS",
    "sud-soudanaise": "SS", "sud-soudanaises": "SS", "érythréen": "ER", "érythréenne": "ER", "érythréens": "ER",
    "tanzanien": "TZ", "tanzanienne": "TZ", "tanzaniens": "TZ", "iranien": "IR", "iranienne": "IR",
    "iraniens": "IR", "saoudien": "SA", "saoudienne": "SA", "saoudiens": "SA", "égyptien": "EG",
    "égyptienne": "EG", "égyptiens": "EG", "algérien": "DZ", "algérienne": "DZ", "algériens": "DZ",
    "mauritanien": "MR", "mauritanienne": "MR", "mauritaniens": "MR",
}
DEMONYM_BEFORE_NOUN = False

# mots de tête du nom d'un groupe armé : un nom qui en a un pour tête ("le Front révolutionnaire Aube rouge")
# et qui revendique un acte ou en commet un est un groupe armé (bilan.extract.actors._named_groups)
GROUP_HEAD_WORDS = ["front", "armée", "armee", "commando", "commandos", "mouvement", "forces", "brigade", "brigades",
                    "frente", "comando", "movimiento", "ejercito", "fuerzas", "organisation", "ligue", "avant-garde",
                    "cellule", "cellules", "coordination"]

# verbes d'un acte violent sur quelqu'un ou quelque chose : un nom à mot de tête de groupe sujet de l'un d'eux
# avec un objet direct (« le Mouvement du Condor noir a incendié deux autobus », « le Front Jaguar a enlevé un
# ingénieur ») est un groupe armé qui le commet (bilan.extract.actors._named_groups) ; aucun verbe de parole
GROUP_ACT_VERBS = ["tuer", "assassiner", "enlever", "kidnapper", "séquestrer", "incendier", "brûler", "dynamiter",
                   "massacrer", "exécuter", "mitrailler", "abattre", "détruire", "exploser", "plastiquer",
                   "blesser"]

# words by which a group's own statement names the group again: "THE GROUP said", "the organization kidnapped",
# "it had placed the bombs", "its units burned five buses" (bilan.extract.claims: a speaker named so is the group
# last named before it; bilan.extract.incidents._speaker_as_doer: an act so done in the clause a group's statement
# reports is the group's own)
GROUP_ANAPHORS = ["groupe", "organisation", "mouvement"]
SELF_PRONOUNS = ["il", "ils", "elle", "elles", "nous"]
SELF_POSSESSIVES = ["son", "sa", "ses", "leur", "leurs", "notre", "nos"]
# les hommes d'une force de l'État qui parle, sans possesseur (« la police a affirmé que des agents avaient tué ») :
# la force qui parle l'a fait (bilan.extract.incidents._speaker_as_doer)
SPEAKERS_OWN_MEMBERS = ["agents", "policiers"]
# phrases qui donnent son nom à un groupe armé sans nom (« un escadron de la mort se faisant appeler ... ») :
# le nom qui suit, avec un mot de tête de groupe, nomme le groupe (bilan.extract.actors._named_by_phrase)
NAMING_PHRASES = ["se faisant appeler", "se faisant nommer", "connu sous le nom de", "connue sous le nom de",
                  "qui se fait appeler", "se nommant", "dénommé", "dénommée", "appelé", "appelée"]

# mots par lesquels le texte dit ignorer qui sont les hommes armés (« des inconnus armés », « individus
# non identifiés ») : une telle mention ne devient pas le seul groupe nommé du récit
UNIDENTIFIED_WORDS = ["inconnu", "inconnus", "non identifié", "non identifiés", "non identifiées"]

# le récit dit que l'acte n'a pas été revendiqué : ses auteurs sans nom ne deviennent pas le groupe qu'il nomme
# (bilan.extract.actors.act_not_claimed ; mots entiers, en minuscules)
NOT_CLAIMED_PHRASES = ["n'a pas été revendiqué", "n'a pas été revendiquée", "n'ont pas été revendiqués",
                       "n'ont pas été revendiquées", "n'a pas encore été revendiqué", "n'a pas encore été revendiquée",
                       "n'avait pas été revendiqué", "n'avait pas été revendiquée", "non revendiqué",
                       "non revendiquée", "non revendiqués", "non revendiquées", "personne n'a revendiqué",
                       "aucun groupe n'a revendiqué", "aucune revendication", "pas été revendiquée",
                       "pas été revendiqué", "n'a été revendiqué", "n'a été revendiquée"]
# mots d'un soupçon au-dessus de la mention d'un groupe (« des sources sécuritaires soupçonnent des combattants du
# JNIM », « le JNIM est soupçonné », « les assaillants seraient des combattants du JNIM ») : un groupe seulement
# soupçonné n'est pas celui que deviennent les auteurs sans nom (bilan.extract.actors._suspected_only). Pas
# « accuser », « imputer » : une accusation met l'acte au compte du groupe (les clés MUC-4 : « SUSPECTED OR ACCUSED »)
SUSPICION_WORDS = ["soupçonner", "soupçonné", "soupçonnés", "soupçonnée", "suspecter", "suspecté", "suspectés",
                   "présumé", "présumés", "croire", "penser", "probablement", "vraisemblablement", "possiblement",
                   "serait", "seraient", "aurait", "auraient", "pourrait", "pourraient"]
# ce qui place un groupe dans la zone, sans plus (« la zone est le théâtre d'opérations du JNIM », « un bastion de
# l'État islamique », « actif dans la région ») : un groupe seulement présent n'est pas l'auteur
# (bilan.extract.actors._present_only)
PRESENCE_PHRASES = ["théâtre d'opérations", "théâtre des opérations", "actif dans la région", "actifs dans la région",
                    "active dans la région", "actif dans la zone", "actifs dans la zone", "active dans la zone",
                    "opère dans la zone", "opèrent dans la zone", "opère dans la région", "opèrent dans la région",
                    "présent dans la zone", "présents dans la zone", "présent dans la région",
                    "présents dans la région", "présence du", "présence de l'", "présence des", "bastion",
                    "bastions", "fief", "fiefs", "zone d'influence"]

# les mots d'un escadron de la mort ou d'un groupe paramilitaire sans nom : ce n'est pas une guérilla, il ne
# devient que la milice nommée seule du récit, jamais la guérilla que le récit nomme comme victime ou qui parle
# (bilan.extract.actors.resolve_generic)
PARAMILITARY_WORDS = ["escadron de la mort", "escadrons de la mort", "paramilitaires", "paramilitaire",
                      "groupe paramilitaire", "groupes paramilitaires"]
# verbes de signature : le nom qui signe un communiqué (« un communiqué signé par le Front Ricardo Franco ») le
# fait sien, comme celui qui revendique un acte (bilan.extract.actors._named_groups)
SIGNING_VERBS = ["signer"]
# un groupe dont on dit d'anciens membres (« quatre anciens membres du M-19 ») : des gens qui l'ont quitté, pas un
# acteur armé (bilan.extract.actors._former_members)
FORMER_WORDS = ["ancien", "anciens", "ancienne", "anciennes", "ex"]
MEMBERSHIP_PREPS = ["de", "du", "des", "d'", "d’"]
# les membres d'un groupe : un nom à mot de tête de groupe après eux et une préposition de MEMBERSHIP_PREPS, quand
# ils commettent un acte violent de GROUP_ACT_VERBS (« des membres du Front Jaguar ont assassiné un douanier »), est
# un groupe armé (bilan.extract.actors._members_doing) ; pas la base d'un parti (RANK_AND_FILE_WORDS)
MEMBER_WORDS = ["membres", "membre"]
# la base d'un parti, l'organisation nommée par son sigle après eux (« des militants de l'UPC ») : un parti qui
# partage le sigle d'un groupe armé, aucun acteur armé ; pas « membres » (des groupes armés en ont aussi)
RANK_AND_FILE_WORDS = ["militant", "militants", "militante", "militantes", "partisan", "partisans", "sympathisant",
                       "sympathisants", "adhérent", "adhérents"]
# un mot de groupe suivi de son nom : « le gang Gran Grif », « le gang de Dogo Gide », « la milice Zaïre » (un
# groupe armé non étatique qu'aucun alias ne connaît, nommé « <nom> <mot anglais> » ; actors._named_group_words)
NAMED_GROUP_WORDS = {"gang": "gang", "milice": "militia"}
NAMED_GROUP_PREPS = ["de", "du", "d'"]
# ... et ces mots seulement devant ou après un nom entre guillemets (« le groupe « Gran Grif » », « le groupe armé
# « Gran Grif » ») : « le groupe Total » n'est pas un groupe armé
QUOTED_NAME_GROUP_WORDS = {"groupe": "group"}
# « des membres d'un autre gang », « un gang rival » : un groupe autre que celui que l'article nomme (pas son
# auteur : actors.names_another_group)
OTHER_GROUP_WORDS = ["autre", "autres", "rival", "rivale", "rivaux", "rivales"]
OTHER_GROUP_NOUNS = ["gang", "gangs", "groupe", "groupes", "milice", "milices", "faction", "factions", "bande", "bandes"]
# les noms de groupe dont les membres sont un camp armé sans nom (« des membres d'un gang », « des membres de gangs
# rivaux » ; actors._group_members) : pas leurs anciens membres (FORMER_WORDS)
ARMED_GROUP_NOUNS = ["gang", "gangs", "milice", "milices"]

# noms simples d'un genre de groupe armé : leur pluriel défini (« les rebelles », « les jihadistes », « les
# miliciens ») dans un fait rapporté comme tel est le seul groupe que l'article nomme, même seulement accusé ou
# soupçonné d'un autre acte (bilan.extract.actors.resolve_generic, _plain_kind_mention)
GROUP_KIND_NOUNS = ["rebelles", "jihadistes", "djihadistes", "islamistes", "miliciens", "milices", "insurgés",
                    "guérilleros", "terroristes"]

# déterminants qui renvoient à des auteurs déjà nommés (« les hommes armés », « ces combattants ») : une
# mention sans nom qui n'en a pas (« des hommes armés ») amène ses propres auteurs, pas le groupe que nomme
# l'histoire sauf si sa phrase le nomme (bilan.extract.actors._new_unnamed_doers)
ANAPHORIC_DETERMINERS = ["le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "lesdits", "ledit",
                          "du", "au", "aux"]  # (du = de + le, au = à + le, aux = à + les : « le chef du gang »)
# noms d'actes au pluriel qu'un groupe mène, objets d'un verbe (« le JNIM multiplie les attaques ») : une suite
# d'actes du temps de l'histoire mise à son compte, dont ceux des auteurs sans nom (actors._new_unnamed_doers)
SERIES_ACT_NOUNS = ["attaques", "raids", "embuscades", "actions", "opérations", "actes", "exactions", "tueries", "enlèvements", "incursions"]

# milices qui combattent aux côtés des forces de l'État (les milices pro-gouvernementales d'ACLED), par nom
# canonique : jamais celles que désignent des « terroristes » ou des « djihadistes » sans nom
PRO_GOVERNMENT_MILITIAS = ["VDP: Volunteers for the Defence of the Homeland", "Civilian JTF", "Wazalendo"]

# mots d'un lien à un soutien ou à une maison mère (« le M23, soutenu par le Rwanda », « le JNIM, lié à Al-Qaïda »),
# en lemmes et en formes : le nom qu'ils prennent n'est pas un camp de l'acte, et le pays d'un soutien n'est pas
# celui de l'histoire (actors.affiliation_tokens)
AFFILIATION_WORDS = ["soutenir", "soutenu", "soutenue", "soutenus", "soutenues", "appuyer", "appuyé", "appuyée",
                     "appuyés", "appuyées", "lier", "lié", "liée", "liés", "liées", "affilier", "affilié", "affiliée",
                     "affiliés", "affiliées", "allier", "allié", "alliée", "alliés", "alliées", "parrainer", "parrainé",
                     "parrainés", "financer", "financé", "financés"]
# noms d'une part d'une maison mère, en apposition à un groupe nommé (« l'Etat islamique en Afrique de l'Ouest, une
# branche dissidente de Boko Haram », « le JNIM, la filiale sahélienne d'Al-Qaïda »), en lemmes : la maison mère
# qu'ils nomment décrit le groupe, elle n'est pas un camp de l'acte (actors.affiliation_tokens)
PARENT_GROUP_NOUNS = ["branche", "faction", "aile", "émanation", "filiale", "cellule", "franchise", "dissidence",
                      "scission", "bras"]

# le nom de la milice d'une communauté dans des affrontements entre communautés (« des affrontements entre éleveurs et
# agriculteurs » : « milice des éleveurs », « milice des agriculteurs » ; les milices identitaires d'ACLED)
COMMUNAL_MILITIA_NAME = "milice des {}"
# le mot de foule des pillards d'un camp de bétail (« Des jeunes du comté de Tonj Est ont attaqué un camp de bétail »)
# nomme la milice d'une communauté par d'où ils viennent (le complément qu'ouvre une préposition de
# COMMUNAL_ORIGIN_PREPS, préposition comprise) : « milice communautaire du comté de Tonj Est » ; sans origine dite,
# COMMUNAL_MILITIA_NAME de leur mot (« milice des jeunes »)
COMMUNAL_ORIGIN_MILITIA_NAME = "milice communautaire {}"
COMMUNAL_ORIGIN_PREPS = ["de", "du", "d'", "des"]

# les mots de la mention d'auteurs communautaires qui disent comment ils étaient armés ou vêtus, pas quelle
# communauté ils sont (« des éleveurs armés ont attaqué » : « milice des éleveurs » ; incidents._communal_doers)
COMMUNAL_DOER_NOT_NAME = ["armé", "armés", "armée", "armées", "lourdement", "cagoulé", "cagoulés", "masqué", "masqués",
                          "présumé", "présumés", "supposé", "supposés"]
# les verbes (lemmes) par lesquels une phrase suivante dit qui étaient des auteurs dits non identifiés (« les
# assaillants appartenaient aux 3R », « les assaillants étaient des combattants des 3R » : la copule compte aussi)
BELONGING_VERBS = ["appartenir"]
# le mot d'une coalition qui, à côté du nom d'un groupe, est le mot de ce groupe, pas la coalition internationale (« la
# coalition Viv Ansanm » : actors.find_actors)
COALITION_WORDS = ["coalition", "alliance"]

# people named by their having attacked: unnamed, the doers of the act a non-state group did, told again, no second
# side of it (incidents._attackers_no_side_of_their_own)
ATTACKER_NOUNS = ["assaillant", "assaillants", "attaquant", "attaquants", "agresseur", "agresseurs"]

# adjectives of an armed group with which a definite group word (GROUP_ANAPHORS) still names the group told before
# ("The militant group claimed responsibility", « le groupe jihadiste a revendiqué »: claims' group anaphor)
GROUP_ANAPHOR_ADJECTIVES = ["armé", "jihadiste", "djihadiste", "islamiste", "rebelle", "extrémiste", "terroriste",
                            "séparatiste", "paramilitaire", "insurgé"]
