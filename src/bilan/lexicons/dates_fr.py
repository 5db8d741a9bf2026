"""French date lexicon for :mod:`bilan.extract.dates`.

Everything language-specific about date expressions lives here; the core module only reads these
names. A new language is one more ``dates_<lang>.py`` with the same names.

Word tables (keys are matched case-insensitively and accent-insensitively unless ``*_CASED``; a key's
spaces and hyphens match any whitespace or a hyphen):

- ``MONTHS`` name or abbreviation -> 1..12; ``WEEKDAYS`` -> 0 (Monday)..6.
- ``DAY_WORDS`` written days that fill ``{day}`` ("premier"); ``DAY_SUFFIX`` regex after a day number ("1er").
- ``ORDINAL_DAY_WORDS`` ordinal words for ``{dayword}`` (unused in French).
- ``NUMBER_WORDS`` -> int and ``VAGUE_NUMBERS`` -> (low, high) fill ``{num}``.
- ``UNITS`` -> "day" | "week" | "month" | "year" | "decade"; ``MODIFIERS`` -> "last" | "next" | "this";
  ``PARTS`` -> "early" | "mid" | "late"; ``DAYPARTS`` phrases that may follow a day ("soir").
- ``NUMERIC_ORDERS`` readings of 17/03/2017, most preferred first.

``PATTERNS`` is a list of ``(template, op, params)``. A template is a regular expression where
``{slot}`` (optionally numbered, ``{day2}``) is replaced by the slot's group, a space matches any
whitespace (`` ?`` optional whitespace), ``[[ ... ]]`` marks the evidence span (words outside it are
required context, e.g. the preposition "en" in "en 2016"), and the whole is bounded by non-word
characters. Templates never contain a space inside ``[...]`` classes; write ``\x20`` for one
literal space (look-behinds must have a fixed width). The text is matched after
folding (accents removed, curly apostrophes and dashes made ASCII), so write "'" and "-".
``op`` names a resolver of :mod:`bilan.extract.dates` (see its docstring).
"""

MONTHS = {
    "janvier": 1, "janv.": 1, "janv": 1,
    "février": 2, "févr.": 2, "févr": 2, "fév.": 2,
    "mars": 3,
    "avril": 4, "avr.": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil.": 7, "juil": 7,
    "août": 8,
    "septembre": 9, "sept.": 9, "sep.": 9,
    "octobre": 10, "oct.": 10, "oct": 10,
    "novembre": 11, "nov.": 11, "nov": 11,
    "décembre": 12, "déc.": 12, "déc": 12,
}
MONTHS_CASED = False

WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
WEEKDAYS_CASED = False

DAY_WORDS = {"premier": 1}
DAY_SUFFIX = r"er"
ORDINAL_DAY_WORDS: dict[str, int] = {}

NUMERIC_ORDERS = ("dmy",)

_UNITS_WORDS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
                "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def _number_words() -> dict[str, int]:
    """un..cent; hyphens and spaces are interchangeable in keys ("vingt-et-un" = "vingt et un")."""
    out = {w: i for i, w in enumerate(_UNITS_WORDS) if i}
    out["une"] = 1
    for tens, word in _TENS.items():
        out[word] = tens
        out[f"{word}-et-un"] = tens + 1
        for u in range(2, 10):
            out[f"{word}-{_UNITS_WORDS[u]}"] = tens + u
    for u in range(10, 20):  # soixante-dix .. soixante-dix-neuf
        out[f"soixante-{_UNITS_WORDS[u]}"] = 60 + u
    out["soixante-et-onze"] = 71
    out["quatre-vingt"] = out["quatre-vingts"] = 80
    for u in range(1, 20):
        out[f"quatre-vingt-{_UNITS_WORDS[u]}"] = 80 + u
    out["cent"] = 100
    return out


NUMBER_WORDS = _number_words()
VAGUE_NUMBERS = {
    "quelques": (2, 6),
    "plusieurs": (2, 9),
    "une dizaine de": (8, 12),
    "une quinzaine de": (13, 17),
    "une vingtaine de": (18, 22),
    "une trentaine de": (27, 33),
}

UNITS = {
    "jour": "day", "jours": "day",
    "semaine": "week", "semaines": "week",
    "mois": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year",
    "décennie": "decade", "décennies": "decade",
}

MODIFIERS = {
    "dernier": "last", "dernière": "last", "derniers": "last", "dernières": "last",
    "passé": "last", "passée": "last",
    "prochain": "next", "prochaine": "next", "prochains": "next", "prochaines": "next",
}

PARTS = {"début": "early", "mi": "mid", "milieu": "mid", "fin": "late", "première semaine": "early",
         "dernière semaine": "late",
         # un trimestre de l'année, lu comme la partie la plus proche (« le dernier trimestre 1989 »)
         "premier trimestre": "early", "dernier trimestre": "late", "quatrième trimestre": "late"}

# mots qui disent qu'un acte a eu lieu de nuit sans jour qui leur soit propre (« une attaque nocturne », « dans la
# nuit ») : à côté du jour où l'acte a été rapporté (« a indiqué mercredi la police »), il est daté de cette nuit-là,
# la veille et le jour même (incidents._overnight_of_statement)
OVERNIGHT_WORDS = ["nocturne", "nocturnes", "dans la nuit", "pendant la nuit", "durant la nuit"]
# la subordonnée d'un acte que le plus-que-parfait précède de peu (« avaient défilé ... avant que la police
# n'intervienne ») : ce qui a mené à un acte du récit, pas un rappel (incidents._pluperfect)
RUN_UP_MARKERS = ["avant"]

# parties d'un jour contre minuit, dans les mots qui datent un acte : deux mentions d'un récit datées de deux jours qui
# se suivent ne sont un acte que si celle du premier dit la fin de son jour (« lundi soir », « dans la nuit de lundi à
# mardi ») ou celle du second le début du sien (« mardi matin », « à l'aube de mardi ») ; deux jours nus sont deux
# actes (link._told_days_apart)
DAY_END_WORDS = ["soir", "soirée", "nuit", "tard", "minuit", "nocturne"]
DAY_START_WORDS = ["matin", "matinée", "aube", "aurore", "nuit", "minuit", "tôt", "nocturne"]

DAYPARTS = [
    "matin", "midi", "après-midi", "soir", "au matin", "au soir", "au petit matin", "à l'aube",
    "dans la matinée", "dans la journée", "dans l'après-midi", "dans la soirée", "dans la nuit",
    "en matinée", "en soirée", "en début de matinée", "en fin de matinée", "en début d'après-midi",
    "en fin d'après-midi", "en début de soirée", "en fin de soirée", "en fin de journée",
    "en début de journée",
]

_YEAR_CUES = r"(?:en|depuis|dès|jusqu'en|d'ici|avant|après|courant|vers|à partir de|au cours de)"
_MONTH_CUES = r"(?:en|depuis|dès|jusqu'en|jusqu'à|d'ici|avant|après|courant|de|d'|à partir de|au cours de)"
_MONTHS_OF = r"(?:(?:le |ce )?mois (?:de |d'))"
# ce qui suit un jour dit sans son mois (« le 12 dans une embuscade », « le 12, à Bria ») ; pas un numéro de rue
# (« devant le 10, rue Paul-Bert »)
_AFTER_DAY_ONLY = (r"(?!,? (?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|impasse|quai|route|cours|passage)\b)"
                   r"(?= ?[,.;:!?)]| ?$| (?:dans|à|au|aux|près|en|lors|vers|entre|contre|sur la route|sur l'axe"
                   r"|au cours|alors))")

# les mots d'un acte après lesquels un jour compté de lui est le jour de cet acte et le compte (« au lendemain de
# l'attaque ») : PATTERNS, anaphoric
_ACT_NOUNS = ("attaque|attaques|attentat|attentats|raid|embuscade|assaut|tuerie|massacre|explosion|affrontements?"
              "|combats|bombardements?|frappes?|enlèvement|rapt|incident")

PATTERNS = [
    # --- calendar dates ------------------------------------------------------------------------
    # le 17 mars 2017, mardi 17 mars, le 1er avril, 17 mars 98, le 6 mai dernier
    (r"[[(?:(?:le|ce) )?(?:{weekday} )?{day} {month}(?:,? {year}| {yy})?(?: {mod})?]]", "dmy", {}),
    # les 17 et 18 mars, (du) 19 au 23 juillet 1999
    (r"[[(?:les )?{day} (?:et|au|-) ?(?:{weekday} )?{day2} {month}(?:,? {year})?]]", "range", {}),
    # mars 2017, le mois de mars 2017, octobre 98, juin prochain, septembre dernier
    (r"[[" + _MONTHS_OF + r"?{month} (?:{year}|{yy})]]", "my", {}),
    (r"[[" + _MONTHS_OF + r"?{month} {mod}]]", "my", {}),
    (r"[[" + _MONTHS_OF + r"{month}]]", "my", {}),
    # mars-avril, de mars à mai 2016, en mai et juin derniers
    (r"[[{month} ?(?:-|à|au|et) ?{month2}(?: {year}| {mod})?]]", "mrange", {}),
    # le 17 mars de l'an dernier, en mars l'année dernière
    (r"[[(?:(?:le|ce) )?(?:{weekday} )?{day} {month},? (?:de )?l'(?:an|année) (?:dernier|dernière|passé|passée)]]",
     "dmy", {"year_offset": -1}),
    (r"[[" + _MONTHS_OF + r"?{month},? (?:de )?l'(?:an|année) (?:dernier|dernière|passé|passée)]]",
     "my", {"year_offset": -1}),
    # le 3 février de cette année, en février de cette année
    (r"[[(?:(?:le|ce) )?(?:{weekday} )?{day} {month},? (?:de )?cette année]]", "dmy", {"year_offset": 0}),
    (r"[[" + _MONTHS_OF + r"?{month},? (?:de )?cette année]]", "my", {"year_offset": 0}),
    # en mars, depuis avril (a bare month name needs a cue)
    # le début d'un compte est passé : « depuis janvier » dans une dépêche de décembre est ce janvier-ci
    (r"depuis [[{month}]]", "my", {"mod": "past"}),
    (_MONTH_CUES + r" ?[[{month}]]", "my", {}),
    # en 2016, l'année 2001, entre 1990 et 1999, les années 60
    (_YEAR_CUES + r" [[{year}]]", "y", {}),
    (r"[[l'(?:an|année) {year}]]", "y", {}),
    # la présidentielle de 2002, le recensement de 1990. (not "plus de 2000.": a year needs a
    # punctuation mark after it and no quantity word before "de")
    (r"(?<!plus\x20)(?<!moins\x20)(?<!pres\x20)(?<!environ\x20)(?<!autour\x20)(?<!quelque\x20)"
     r"de [[{year}]](?= ?[,.;:!?)])", "y", {}),
    (r"(?:entre|de) [[{year} (?:et|à) {year2}]]", "yrange", {}),
    (r"[[(?:les )?années {decade}]]", "decade", {}),
    # mi-février, début mars, fin mars 2016, la fin du mois de septembre
    (r"[[(?:la )?{part}(?:-| )(?:(?:du )?mois (?:de |d')|de |d')?{month}(?:,? {year}| {yy})?]]", "part_month", {}),
    # fin 2016, mi-2017, début de l'année 2016
    (r"[[(?:la )?{part}(?:-| )(?:de l'(?:année|an) )?{year}]]", "part_year", {}),
    # la fin de l'année dernière, début du mois prochain
    (r"[[(?:la )?{part} (?:de )?l'(?:année|an) {mod}]]", "rel_year", {}),
    (r"[[(?:la )?{part} (?:du )?mois {mod}]]", "rel_month", {}),
    # la fin de l'année, en fin d'année, début du mois (the current ones)
    (r"[[(?:la )?{part} de l'année]]", "rel_year", {"offset": 0}),
    (r"[[(?:la )?{part} du mois]]", "rel_month", {"offset": 0}),
    # --- relative to the publication date -------------------------------------------------------
    # un jour du mois sans le mois, dans une dépêche (« tués le 12 dans une embuscade », « mardi 2 à Bria », « le 12
    # courant », « dans la nuit du 11 au 12 ») : le dernier de ces jours à la publication ou avant ; il faut après lui
    # une ponctuation, la fin ou un mot qui ouvre un lieu ou un moment (pas « le 12e », « le 20 heures »)
    # (en chiffres : « le premier appartement » n'est pas un jour)
    (r"[[(?:le|ce) (?:{weekday} )?(?=\d){day}(?: {mod})?]]" + _AFTER_DAY_ONLY, "day_only", {}),
    (r"[[{weekday} (?=\d){day}(?: {mod})?]]" + _AFTER_DAY_ONLY, "day_only", {}),
    (r"[[(?:(?:le|ce) )?(?:{weekday} )?(?=\d){day} courant]]", "day_only", {"this_month": True}),
    (r"[[(?:la )?nuit du (?=\d){day} au (?=\d){day2}]]", "day_only", {"night": True}),
    (r"[[avant-hier(?: {daypart})?]]", "rel_day", {"offset": -2}),
    (r"[[hier(?: {daypart})?]]", "rel_day", {"offset": -1}),
    (r"[[après-demain(?: {daypart})?]]", "rel_day", {"offset": 2}),
    (r"[[demain(?: {daypart})?]]", "rel_day", {"offset": 1}),
    (r"[[aujourd'hui]]", "rel_day", {"offset": 0}),
    (r"[[(?:ce|cet|cette) (?:matin|midi|après-midi|soir)]]", "rel_day", {"offset": 0}),
    # cette nuit (in news: the night that just ended), la nuit dernière
    (r"[[(?:cette nuit|la nuit dernière)]]", "night", {"offset": -1}),
    (r"[[(?:la )?nuit (?:de |du )?{weekday} (?:à|au) {weekday2}]]", "night_pair", {}),
    # deux jours dits ensemble : du premier au second (« mardi et mercredi », « entre lundi et mardi »)
    (r"[[{weekday} (?:et|au) {weekday2}]]", "weekday_pair", {}),
    (r"[[(?:la )?nuit (?:de |du )?{weekday}]]", "weekday", {}),
    # (« à l'aube de mardi », « au petit matin de mardi » : la partie du jour est dans les mots qui datent l'acte,
    # link._told_days_apart la lit)
    (r"[[(?:(?:à|a) l'aube|(?:à|a) l'aurore|au petit matin|au matin|tôt dans la matinée) (?:de |du )?{weekday}]]",
     "weekday", {}),
    (r"[[(?:ce )?{weekday}(?: {daypart})?(?: {mod})?(?: {daypart2})?]]", "weekday", {}),
    (r"[[cette semaine]]", "rel_week", {"offset": 0}),
    (r"[[la semaine {mod}]]", "rel_week", {}),
    # en fin de semaine dernière, au début de la semaine passée: that week (as "late last week")
    (r"(?:en |au )?[[(?:début|fin|milieu) de (?:la )?semaine {mod}]]", "rel_week", {}),
    # « en début de semaine », « en milieu de semaine »: of the week of the news (as "early this week"; « en fin de
    # semaine », a weekend in Canadian French, and ahead or behind as the verb goes, stays unread)
    (r"(?:en |au )[[(?:début|milieu) de (?:la )?semaine]]", "rel_week", {"offset": 0}),
    (r"[[(?:ce|le) week(?:-| )?end(?: {mod})?]]", "weekend", {}),
    # le week-end complément du nom de l'acte (« les affrontements du week-end », « l'attaque du week-end ») : le
    # dernier week-end jusqu'à la nouvelle, comme "over the weekend"
    (r"(?:affrontements?|combats?|violences|heurts|attaques?|raids?|embuscades?|tueries?|massacres?|fusillades?) "
     r"[[du week(?:-| )?end]]", "weekend", {"mode": "recent"}),
    (r"[[ce mois(?:-ci)?]]", "rel_month", {"offset": 0}),
    (r"[[le mois {mod}]]", "rel_month", {}),
    (r"[[cette année]]", "rel_year", {"offset": 0}),
    (r"[[l'(?:an|année) {mod}]]", "rel_year", {}),
    # il y a trois jours, il y a quelques semaines, il y a près de deux ans
    (r"[[il y a (?:(?:près de|plus de|moins de|environ|quelque) )?{num} {unit}]]", "ago", {}),
    # ces derniers jours, les trois dernières semaines, la semaine écoulée (windows ending on publication)
    (r"[[(?:ces|les) {num} (?:derniers|dernières) {unit}]]", "window", {}),
    (r"[[(?:ces|les) (?:derniers|dernières) {unit}]]", "window", {"n": (2, 6)}),
    (r"[[(?:la |cette |le |ce |l'){unit} (?:écoulée|écoulé)]]", "window", {"n": (1, 1)}),
    # --- present --------------------------------------------------------------------------------
    (r"[[(?:désormais|actuellement|maintenant|en ce moment|à présent|à l'heure actuelle)]]", "present", {}),
    # --- anaphoric: the day of an event mentioned before ------------------------------------------
    (r"[[(?:ce jour(?:-| )là|le même jour|ce même jour|le jour même|ce jour même|la même nuit"
     r"|(?:ce|cette) (?:soir|matin|nuit|soirée|matinée|moment)(?:-| )là|le (?:soir|matin) même)]]",
     "anaphoric", {}),
    (r"[[le lendemain(?: {daypart})?]]", "anaphoric", {"offset": 1}),
    (r"[[le surlendemain]]", "anaphoric", {"offset": 2}),
    (r"[[le jour suivant]]", "anaphoric", {"offset": 1}),
    (r"[[la veille(?: au soir| au matin)?]]", "anaphoric", {"offset": -1}),
    (r"[[l'avant-veille]]", "anaphoric", {"offset": -2}),
    (r"[[le jour précédent]]", "anaphoric", {"offset": -1}),
    (r"[[{num} {unit} plus tard]]", "anaphoric", {"sign": 1}),
    (r"[[{num} {unit} (?:plus tôt|auparavant)]]", "anaphoric", {"sign": -1}),
    # un jour compté depuis l'acte dit avant (« au lendemain de l'attaque », « deux jours après l'embuscade ») : le jour
    # de cet acte et le compte, non une fenêtre ; seulement devant un mot d'acte (pas « au lendemain des élections »)
    (r"[[au lendemain]](?= (?:de l'|du |de la |des |de cette |de cet |de ces )(?:" + _ACT_NOUNS + r")\b)",
     "anaphoric", {"offset": 1}),
    (r"[[{num} {unit} après]](?= (?:l'|le |la |les |cette |cet |ces )(?:" + _ACT_NOUNS + r")\b)",
     "anaphoric", {"sign": 1}),
    # --- not dates: recurring days (they hide the weekday inside them) ----------------------------
    (r"[[(?:chaque|tous les) {weekday}s?]]", "block", {}),
    (r"[[le {weekday} de chaque semaine]]", "block", {}),
    # named days that are not the weekday before publication (accord du Vendredi saint, lundi de Pâques)
    (r"[[{weekday} (?:saint|gras|noir|de pâques|de pentecôte)]]", "block", {}),
    # the Champ-de-Mars (Paris), not March
    (r"[[champ(?:-| )de(?:-| )mars]]", "block", {}),
]
