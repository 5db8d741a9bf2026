"""English words for counts (see quantities_fr)."""

NUMBER_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "and", "a",
    # the article before a vowel ("an officer"): one, as "a" (only before a person noun)
    "an",
]
SCALE_WORDS = {"million": 1_000_000, "millions": 1_000_000, "billion": 1_000_000_000}
DECIMAL_COMMA = False
MODIFIERS = {
    "about": "approx", "around": "approx", "some": "approx", "approximately": "approx", "roughly": "approx",
    "an estimated": "approx", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "up to": "up_to", "as many as": "up_to", "at most": "up_to",
}
RANGE_PATTERNS = [r"between\s+{n}\s+and\s+{m}", r"{n}\s+to\s+{m}", r"{n}\s*-\s*{m}"]
COLLECTIVES = {"dozen": 12, "score": 20}
COLLECTIVE_ARTICLES = ["a", "about a", "some"]
VAGUE = {
    "tens of thousands": "tens_of_thousands", "hundreds of thousands": "hundreds_of_thousands",
    "dozens": "dozens", "scores": "dozens", "tens": "dozens", "hundreds": "hundreds", "thousands": "thousands",
    "several": "several", "a few": "few", "a handful of": "few", "many": "many", "numerous": "many",
    # one quantity, not "several" and a number to add up ("several hundred civilians", "a few dozen")
    "several dozen": "dozens", "several hundred": "hundreds", "several thousand": "thousands",
    "several tens of thousands": "tens_of_thousands", "several hundred thousand": "hundreds_of_thousands",
    "a few dozen": "dozens", "a few hundred": "hundreds", "a few thousand": "thousands",
}
# a word before a vague quantity that makes it a question ("nobody knows how many were killed"): no figure
VAGUE_NOT_AFTER = ["how"]
ONE_OF_THEM = [r"one\s+of\s+them"]
# "two policemen were killed and a third was wounded": an ordinal after "a" is one more of the people
# just counted (not "a third of the town", a fraction)
ONE_OF_THEM += [r"an?\s+(?:second|third|fourth|fifth|sixth)(?=\s+(?:was|is|has|had|died)\b)"]
# "ONE OF THE ITALIANS WAS KILLED", "one of his bodyguards": one person, the noun after it counted (a
# figure after the determiner counts on its own: "one of the 11 peasants")
ONE_OF_THE = [r"one\s+of\s+(?:the|these|those|his|her|their|its)(?=\s+[^\W\d_])"]
# nouns after it that are already the people hit ("one of the dead was identified as ...", "one of the
# wounded died"): no one more
ONE_OF_THE_NOT = ["dead", "victims", "wounded", "injured", "bodies", "hostages", "survivors", "other", "others",
                  "same", "most", "main"]
# casualty words that name a person after "un"/"one" ("un mort", "un tué et un blessé")
CASUALTY_PERSONS = ["dead", "killed", "wounded", "injured"]
# counted nouns that take in the dead and the wounded together ("sustained six casualties"): a figure
# of them is neither a death toll nor a count of the wounded, whatever casualty word is near
MIXED_CASUALTY_NOUNS = ["casualty", "casualties"]
# the preposition that names the wounded after a noun of injury, on the noun or on the verb that
# makes it ("minor injuries to a child", "causing minor injuries to a child and a guard")
INJURY_PREPS = ["to"]
SINGULAR_ARTICLES = ["a", "an", "one"]
# a noun of two people: the singular article before it counts two ("killed a couple", "a couple and their two
# children": four dead); not "a couple of", a vague few
PAIR_NOUNS = ["couple"]
PAIR_NOT_BEFORE = ["of"]
# the word for one that a modifier makes a figure alone ("killed at least one", "more than one")
ONE_WORDS = ["one"]
# the determiner of an indefinite plural ("some villagers"): a few, when a death word names them
INDEFINITE_PLURAL = ["some"]
OF = ["of"]
HEAD_SKIP = ["additional", "of", "u.s.", "u. s."]  # "TWO U.S. CITIZENS": the nationality before the noun
# words that may stand between a figure or an article and the person it counts ("a two-week-old baby", "a 10-year-old
# boy", "a young woman", "two elderly men"; "a village chief", "a tribal elder": the community a person leads):
# regular expressions of one word each
PERSON_PRE_MODIFIERS = [r"[^\W_]+(?:-[^\W_]+)*-old", "young", "elderly", "newborn", "pregnant", "teenage", "little",
                        "village", "tribal", "community", "traditional"]
# (not "local": it made "Tawori, a local chief" and "a local resident said" counts of one, the dead of no act; "killed
# scores of villagers and a local pastor" is left a strict xfail of tests/test_counts_left8.py)
# the determiner of a part of a group, after OF: the noun after it is what the figure counts ("THREE OF HIS ESCORTS": "ESCORTS")
PARTITIVE_DETERMINERS = ["the", "these", "those", "his", "her", "their", "its"]
NOT_COUNTS = [
    "%", "percent", "per cent", "km", "kilometres", "kilometers", "kilometre", "miles", "mile", "metres", "meters",
    "m", "kg", "tonnes", "tons", "dollars", "dollar", "euros", "pounds", "years", "year", "year-old", "hours", "hour",
    "minutes", "days", "day", "weeks", "week", "months", "month", "times", "th", "st", "nd", "rd", "hectares",
    "litres", "p.m.", "a.m.", "pm", "am", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    # animals and things ("15 head of cattle", "three villages attacked")
    "head", "cattle", "cows", "goats", "sheep", "animals", "livestock", "houses", "homes", "huts", "vehicles",
    "cars", "villages",
    # the shots of a shooting ("KILLED WITH THREE BULLETS", "SHOT FIVE TIMES"): how, not whom
    "bullets", "bullet", "shots", "rounds", "bullet wounds", "gunshots",
    # weapons shot down or intercepted ("shot down nine drones", "intercepted four missiles"): no one dead
    "drones", "missiles", "rockets", "shells", "mortar shells", "projectiles", "bombs", "grenades", "warheads",
    # places ("shot down drones over several Russian regions", "in three provinces"): where, not whom
    "regions", "provinces", "districts", "towns", "cities", "areas", "countries", "localities",
    # groups, not people ("clashes between two rival factions", "two armed groups"): who fought
    "groups", "factions", "militias", "clans", "communities", "gangs", "camps",
]
# places counted with an adjective of nationality between ("over several Russian regions", "three Kenyan villages"):
# no one hit either
PLACES_COUNTED = ["regions", "provinces", "districts", "towns", "cities", "areas", "countries", "localities",
                  "villages"]
# groups counted with an adjective before the noun ("two armed groups", "two rival factions"): who fought, not whom
# they hit
GROUPS_COUNTED = ["groups", "factions", "militias", "clans", "communities", "gangs"]
YEAR_CUES = ["in", "since", "of", "from", "before", "after", "year", "january", "february", "march", "april", "may",
             "june", "july", "august", "september", "october", "november", "december", "early", "late", "mid"]
AGE_CUES = [r"aged\s*$"]
# words before a four-digit number that make it a clock time of the military and wire style ("at 0745",
# "at 2000 on 11 November"), not a count
TIME_CUES = ["at"]
CONNECTORS = ["and"]
ELIDED_HEADS = ["other", "others", "more", "who", "were", "was", "had", "have", "are", "of"]
# a pronoun that picks a part out of the figure before it ("launched 48 drones, of which 35 were shot down", "35 of
# them"): the part counts what that figure counted (drones are no one)
PARTITIVE_PRONOUNS = ["of which", "of them", "of these", "of those", "of whom"]
# the preposition that says whom the counted dead were among ("six dead among civilians"): a word of civilians after it
# makes them civilians (incidents._among_civilians)
AMONG_PREPS = ["among", "amongst"]
SUBSET_BEFORE = ["including", "among them", "among whom", "of whom", "most of them"]
SUBSET_AFTER = ["of them", "of whom", "of the dead", "of the victims", "of those killed", "of the wounded",
                "of the injured"]
# the dead of these causes are no toll of an act of violence ("13 children had died of malnutrition" a few
# paragraphs after a shelling's toll): no other source's figure of that toll
NON_VIOLENT_DEATH_CAUSES = ["malnutrition", "hunger", "starvation", "famine", "dehydration", "disease", "diseases",
                            "cholera", "measles", "malaria", "illness", "illnesses", "thirst"]
# a figure its sentence says is among a toll's people ("A doctor said three children were among the dead"):
# part of the toll told, no toll of its own
SUBSET_OF_TOLL = ["among the dead", "among the victims", "among those killed", "among the wounded",
                  "among the injured"]
# a figure said as the whole of several acts ("with the murder of two more engineers, a total of six
# have been murdered this week"): it tallies them, and is the toll only when no other figure is given
TOTAL_BEFORE = ["a total of", "in all", "altogether", "all told", "the total of"]
OTHERS = ["other", "others"]
# a pronoun that stands for two persons named before it, the object or subject of a word of death or
# injury ("OPENED FIRE ON THEM, KILLING BOTH"): two
DUAL_PRONOUNS = ["both"]
# a later sentence's figure right before these words adds to the toll told before ("TWO MORE PASSENGERS DIED LATER"), unless
# a definite determiner before the figure takes up people counted already (ADDED_NOT_AFTER)
ADDED_AFTER = ["more", "other", "others"]
ADDED_NOT_AFTER = ["the", "these", "those"]
# the words right before a figure that make it the toll of the act so far, all its dead (or wounded)
# together ("bringing to 19 the number of civilians killed", "raising the death toll to four", "the
# toll rose to 21"): the figure is the toll, not more of it, and bounds what later additions add
# ("seven more bodies ..., bringing to 19 ... Teams found seven other bodies": the same seven);
# regular expressions on the lower-cased text before the figure, ending where it starts
# (the toll of the act it counts: "the death toll from Sunday's attack on Bambari has risen to 30")
_OF_THE_ACT = r"(?:\s+(?:from|of|in)(?:\s+[\w'’-]+){1,5}?)?"
RUNNING_TOTAL_BEFORE = [
    r"\b(?:bringing|brings|brought|raising|raises|raised|pushing|pushes|pushed)(?:\s+(?:the|its)(?:\s+[\w-]+){1,4})?\s+to$",
    # (the participle of an act's result, "killing 20 people ..., putting the death toll at 20", "taking the toll to 22":
    # the toll so far; not a source's verb, "the army put the toll at 9")
    r"\b(?:putting|taking)\s+(?:the|its)(?:\s+[\w-]+){0,2}\s+(?:toll|tally|total)\s+(?:at|to)$",
    r"\b(?:toll|tally|total)" + _OF_THE_ACT + r"\s+(?:has\s+|had\s+)?(?:rose|risen|rises|climbed|climbs|increased|jumped)"
    r"(?:\s+[\w-]+){0,3}?\s+to$",
    r"\b(?:toll|tally|total)" + _OF_THE_ACT + r"\s+(?:has\s+|had\s+)?(?:reached|now stands at|stands at|stood at)$",
    # (with a word of time between: "the toll later rose to 21", "the toll has since risen to 30")
    r"\b(?:toll|tally|total)" + _OF_THE_ACT + r"\s+(?:has\s+|had\s+)?(?:later|then|since|subsequently|further)\s+"
    r"(?:rose|risen|climbed|increased|jumped)(?:\s+[\w-]+){0,3}?\s+to$",
]
# the words right before a figure that make it the toll an act's toll changed from ("the toll had risen from 28",
# "the death toll rose from 28 to 41", "up from 28"): superseded, no toll of its own (incidents._superseded_figure;
# regular expressions on the lower-cased text before the figure, ending where it starts)
SUPERSEDED_BEFORE = [
    r"\b(?:toll|tally|total|count|number of (?:dead|deaths|people killed))" + _OF_THE_ACT
    + r"\s+(?:has\s+|had\s+)?(?:\w+\s+)?(?:rose|risen|rises|climbed|climbs|increased|jumped|gone up|went up)\s+from$",
    r"\bup from$",
]
# a figure of the wounded before (or the singular article of a person) that a later sentence says
# died is more dead ("TWO OF THE WOUNDED DIED LATER", "one of the injured later died", "A WAITRESS
# DIED ON THE WAY TO THE HOSPITAL": one more, not one of the dead told before)
ADDED_OF_THE_HURT = [r"of\s+the\s+(?:wounded|injured)\b", r"of\s+them\b"]
ADDED_SINGULAR_ARTICLES = ["a", "an"]
# ordinals: before a noun, one of a row of things or people ("a second protester", "a third victim"); nlp reads an
# ordinal the parse made the head of the noun after it as that noun's modifier (nlp._fix_ordinal_heads)
ORDINAL_WORDS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
# a person the story names for the first time with a definite article, the subject of a verb of death
# in a later sentence ("KILLING FIVE PASSENGERS. THE DRIVER OF THE BUS DIED ON THE WAY TO THE HOSPITAL"),
# is one more dead; a person named before among the wounded ("WOUNDED TWO WOMEN AND A STREET VENDOR. THE
# VENDOR DIED LATER") is one of them who died
# (a possessive determiner too: "KILLING A WOMAN. HER SON, BADLY WOUNDED, DIED LATER")
ADDED_DEFINITE_ARTICLES = ["the", "his", "her"]
# one of the wounded told before, the subject of a verb of death ("One of the injured later died", "ONE
# OF THEM, A 17-YEAR-OLD GIRL, DIED TODAY" after "WOUNDING EIGHT PEOPLE"): one more dead
ONE_OF_THE_HURT = [r"one\s+of\s+(?:the\s+(?:wounded|injured)|them)\b"]
# the words that join more people to the victim of a casualty verb ("the mayor was killed along with
# two policemen"): the people after them were hit too, and the victim adds to their figure
COMITATIVE_PREPS = ["along with", "together with"]
# the words that add more people to the list of those a casualty verb hit, even when the parse hangs what follows on
# the object before them ("killed three villagers as well as two herders": five dead)
VICTIM_LIST_JOINERS = ["as well as", "along with", "together with"]
# words that deny a casualty verb said of counted people ("failed to injure its five occupants",
# "without injuring"): a verb of failure whose complement it is, a preposition or a negation on it
NO_HARM_WORDS = ["fail", "failed", "without", "not", "n't", "never"]
# determiners that deny the subject of a casualty verb ("no one was hurt", "no civilians were killed"): nobody
NO_HARM_SUBJECT_DETERMINERS = ["no"]
# a stated zero ("killed no one", "no one was hurt", "there were no injuries", "no casualties were reported"): the
# word before a singular number word that makes it nobody ("no one": not one person)
NONE_BEFORE_ONE = ["no"]
# pronouns that say nobody, bare (not "none of the 12 hostages": who of them, a part of a group)
NOBODY_PRONOUNS = ["nobody", "none", "noone"]
# the word a determiner of NO_HARM_SUBJECT_DETERMINERS makes nobody ("no one")
NOBODY_HEADS = ["one"]
# nouns of the hit that a denial or NO_HARM_SUBJECT_DETERMINERS makes none, with what they take in ("no casualties
# were reported": neither dead nor hurt; "there were no injuries": no one hurt)
NO_HARM_NOUNS = {
    "casualties": ("death", "injury"), "casualty": ("death", "injury"), "victims": ("death", "injury"),
    "victim": ("death", "injury"), "deaths": ("death",), "fatalities": ("death",), "dead": ("death",),
    "injuries": ("injury",), "injured": ("injury",), "wounded": ("injury",),
}
# the verbs such a noun hangs on that tell a toll ("caused no casualties", "no deaths were reported", "there were no
# injuries"; not "did not identify the victims")
NO_HARM_TOLL_VERBS = ["be", "have", "cause", "report", "record", "suffer", "sustain", "leave", "result", "inflict",
                      "claim"]
# words that make a denial of the hit one of the moment ("There was no immediate word on casualties", "No casualties
# were immediately reported", "no deaths have yet been reported"): nobody knows yet, no stated zero
NO_HARM_NOT_YET = ["immediate", "immediately", "yet"]
# nouns of a report that a denying determiner makes no word of the hit ("there were no reports of casualties")
NO_HARM_REPORT_NOUNS = ["report", "word", "sign", "indication"]
# verbs of harm whose denial says neither dead nor hurt ("no one was harmed")
NO_HARM_VERBS = {"harm": ("death", "injury"), "harmed": ("death", "injury")}
# a word of injury or death just after these is what people were spared ("two salesmen escaped injury",
# "escaped any serious injury"): no cue of the hurt; the links may stand between
ESCAPED_BEFORE = ["escaped", "escape", "escapes", "escaping"]
ESCAPED_LINKS = ["any", "serious", "all", "without"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

# marks that open a breakdown of a total just told ("three teachers -- two Colombians and one
# Ecuadorian --", "five farmers (three brothers and two cousins)"): the figures inside count the same people
BREAKDOWN_OPENERS = {"--": "--", "\u2014": "\u2014", "\u2013": "\u2013", "(": ")"}

# people whose noun is also the trigger of an event (a demonstration): a figure that counts them counts people,
# not events ("Two protesters were killed"; "two protests" still counts events)
# (a force's new members, "killing 12 recruits": the noun of recruiting, counted, is people; so are vigilantes, "shot
# dead a vigilante", whose noun tells mob violence too)
PEOPLE_TRIGGER_NOUNS = ["protester", "protesters", "demonstrator", "demonstrators", "marcher", "marchers", "recruit",
                        "recruits", "vigilante", "vigilantes"]

# A toll said to be open at its high end: "the toll could rise", "the number of dead may still climb"
# (regexes on the lower-cased sentence). More may come; nobody says the figure is wrong: the incident's
# high end stays open and the claim saying so supports it.
# verbs by which a toll changes ("The death toll ... rose to 59 on Tuesday"): the day on them is the toll's, not the
# act's (incidents._on_a_toll_change)
TOLL_CHANGE_VERBS = ["rise", "climb", "increase", "reach", "jump", "grow", "mount", "hit", "surpass"]
TOLL_MAY_RISE = [
    r"\b(?:toll|tally|number of (?:dead|deaths|victims|casualties|people killed)|figure)s?\b[^.;]{0,25}?"
    r"\b(?:could|may|might|would|is likely to|are likely to|was likely to|is expected to|was expected to|"
    r"are expected to|risks? to|threatens? to)\s+(?:still\s+|yet\s+|further\s+)?"
    r"(?:rise|climb|increase|go up|grow|mount)\b",
    r"\b(?:toll|number of (?:dead|deaths|victims))\b[^.;]{0,25}?\b(?:is|was|remains|remained) (?:provisional|not final)\b",
]
# A figure another source gives below the toll, said as a minimum of the count ("the rebel group said only six
# of its fighters died"): the speaker's own toll, not part of the one told (words right before the figure)
TOLL_ONLY_BEFORE = ["only", "just", "merely", "no more than"]
# A toll told as an earlier one the story has since updated ("according to an initial toll, eight people had
# died"): superseded, not another source's dispute of the toll (words of its sentence, lower case)
EARLIER_TOLL = ["first toll", "initial toll", "earlier toll", "previous toll", "initial death toll",
                "earlier death toll", "previous death toll", "first death toll", "initially", "initial reports",
                "earlier count", "initial count", "previous count", "first count", "earlier tally", "initial tally",
                "previous tally"]
# Words right after a bare figure, after a comma, that give it another source in the toll's own sentence
# ("killed at least 30 people according to a local official, 22 according to the army")
TOLL_SOURCE_AFTER = ["according to", "per", "said", "says", "say"]
# verbs whose object is a side's own dead ("killed 11 guerrillas and lost six soldiers"): a figure they
# take is a toll, though the verb is no casualty word
LOSS_VERBS = ["lose"]
# the words that make the people a verb of loss takes a side's own, with no noun of persons ("lost 12 of its own",
# "lost five of their own"): they count persons (incidents._loss_cues)
LOSS_OWN_WORDS = ["own"]

# an adjective between a number and its unit of time ("two full days", "three long weeks", "two more weeks"): the
# number counts time, not people
UNIT_ADJECTIVES = ["full", "long", "more"]

# People taken, held, missing or freed (docs/conventions.md, Counts): a figure whose counted people are the object or
# the passive subject of one of these words, or the subject of its state ("20 others are missing"), or whose noun is
# one ("dozens of hostages"), is kept as an incident's ``quantities`` entry of that kind, not as a casualty; the words
# of arrest are ``victims_<lang>.ARREST_WORDS`` (lower-case forms and lemmas)
TAKEN_WORDS = {
    "abducted": ["abduct", "abducted", "abductee", "abductees", "kidnap", "kidnapped", "hostage", "hostages"],
    "missing": ["missing", "disappear", "disappeared", "unaccounted"],
    # (not "rescued": people are rescued from rubble as well as from their captors)
    "released": ["release", "released", "free", "freed"],
}
# words of people who got away from their captors ("25 of the abducted students had escaped", "Of the 60 students
# abducted, 25 had escaped by Monday"): freed, a ``released`` share of the people taken, never a rival count of the
# abducted; only in a story that told an abduction before the figure (incidents._escaped_captives)
ESCAPE_WORDS = ["escape", "escaped"]
# the preposition of the state a verb puts the people it takes in ("held 20 people as hostages")
TAKEN_STATE_PREPS = ["as"]
# verbs of taking people away (lemmas) that are no word of abduction by themselves ("18 people had been taken by
# gunmen", "eleven passengers were seized"): the people a figure counts, their object or passive subject, are
# abducted when the verb is a trigger of abduction or, passive, in a sentence with one (incidents._people_taken)
TAKING_VERBS = ["take", "seize", "snatch", "grab", "carry", "whisk", "pick", "capture"]
# where people a verb of taking takes are brought ("18 people were taken to hospital"): no abduction told by an
# armed group's act in their sentence alone (incidents._taking_verb)
TAKEN_TO_PREPS = ["to", "towards", "toward", "into"]
# the nouns whose value a figure gives ("put the number of people kidnapped at 21")
FIGURE_NOUNS = ["number", "figure"]

# Verbs that carry the hurt or the dead somewhere (lemmas): a town under one is where they were taken, not where
# they were hurt ("Twelve wounded were evacuated to Ouagadougou" after an attack in Djibo: the attack's hurt)
HURT_TAKEN_VERBS = ["evacuate", "take", "bring", "transfer", "rush", "airlift", "fly", "admit", "carry", "transport",
                    "ferry", "move", "hospitalize", "hospitalise", "send"]

# a single dead told as one more of a row of dead told one by one ("Another man died in hospital"): a word on the subject of a
# verb of death (incidents._others_told_after)
ONE_MORE_OF_A_ROW = ["another"]

# endings of a plural noun that a noun of one form for both numbers may have ("series", "species"): such a noun the
# parse calls singular after a plural determiner ("several series") is plural (nlp._fix_invariant_plurals)
INVARIANT_PLURAL_ENDINGS = ["s"]
