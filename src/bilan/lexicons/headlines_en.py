"""English headline verbs (bilan.nlp re-parses a headline whose verb the parser read as a noun).

A headline drops its articles and auxiliaries ("Gunmen storm church in Burkina Faso"): the small
model reads the present-tense verb after a plural subject as the first word of a compound ("storm
church"). ``VERB_VARIANTS`` maps each present-tense form (bare and third person) of the verbs that
tell what someone did in the news to a form of the same verb the parser reads only as a verb (its
simple past): the headline is parsed again with that form in its place, and the new parse is kept
when it makes the word a verb with a subject. ``PRESENT_TAGS`` are the tags the word then gets
(bare form, third person), ``PRESENT_MORPH`` its morphology.
"""

# (base form, simple past)
_VERBS = [
    ("abduct", "abducted"), ("ambush", "ambushed"), ("arrest", "arrested"), ("assassinate", "assassinated"),
    ("attack", "attacked"), ("behead", "beheaded"), ("besiege", "besieged"), ("block", "blocked"),
    ("bomb", "bombed"), ("burn", "burned"), ("capture", "captured"), ("claim", "claimed"), ("clash", "clashed"),
    ("destroy", "destroyed"), ("detain", "detained"), ("execute", "executed"), ("free", "freed"),
    ("hand", "handed"), ("hijack", "hijacked"), ("kidnap", "kidnapped"), ("kill", "killed"),
    ("loot", "looted"), ("lynch", "lynched"), ("massacre", "massacred"), ("murder", "murdered"),
    ("occupy", "occupied"), ("overrun", "overran"), ("pillage", "pillaged"), ("plunder", "plundered"),
    ("raid", "raided"), ("ransack", "ransacked"), ("rape", "raped"), ("raze", "razed"),
    ("recapture", "recaptured"), ("release", "released"), ("repel", "repelled"), ("rescue", "rescued"),
    ("retake", "retook"), ("seize", "seized"), ("shell", "shelled"), ("shoot", "shot"), ("slaughter", "slaughtered"),
    ("storm", "stormed"), ("target", "targeted"), ("torch", "torched"), ("torture", "tortured"),
    # a strike, a protest, a riot, a march: verbs that are nouns too ("Drones strike convoy", "Students protest fee
    # hikes", "Traders riot over market closure")
    ("strike", "struck"), ("protest", "protested"), ("riot", "rioted"), ("march", "marched"),
]


def _third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


# present form -> (variant to parse, "bare" or "third")
VERB_VARIANTS = {**{b: (p, "bare") for b, p in _VERBS}, **{_third_person(b): (p, "third") for b, p in _VERBS}}
PRESENT_TAGS = {"bare": "VBP", "third": "VBZ"}
PRESENT_MORPH = {"bare": "Tense=Pres|VerbForm=Fin", "third": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"}
# the grammatical number (spaCy's Number) the subject of each form has: a bare form's is plural, a third
# person's singular; nouns of people the small model tags singular that are plural ("militiamen/NN")
NUMBER = {"bare": "Plur", "third": "Sing"}
PLURAL_ENDINGS = ["men", "people"]
PLURAL_NOUNS = ["police", "people", "youth", "clergy", "cattle"]
# the prepositions of a noun's complement: the word before one is a noun ("Rebel claims of victory")
NOUN_PREPS = ["of"]

# past forms of a violent act's verb that are also nouns ("SHOT"): in a text in capitals read in lower case,
# "TWO MEN ON A MOTORCYCLE SHOT AND WOUNDED A JUDGE" makes the word the head of a compound with the noun before it
# ("a motorcycle shot"); such a word after the noun ending a prepositional tail of the clause's first noun, with
# no verb before it and an object or a coordinated past verb after it, is told again as the clause's verb
# (bilan.nlp._verbs_read_as_nouns): word -> the verb's lemma
PAST_READ_AS_NOUN = {"shot": "shoot"}
# the past forms of the verbs above, and of others that follow such a form in "SHOT AND WOUNDED", with their base:
# a coordinated past the parse read as an adjective gets its lemma back (bilan.nlp._verbs_read_as_nouns)
PAST_BASES = {**{p: b for b, p in _VERBS}, "wounded": "wound", "injured": "injure", "killed": "kill"}
# participles that describe the doers ("HOODED MEN WITH MACHINEGUNS SHOT AND KILLED ..."): before the clause's first
# noun the lower-case parse may read one as the verb of the clause (HOODED the root, MEN its object); before such a
# past form it is told again as an adjective of the subject (bilan.nlp._verbs_read_as_nouns)
PARTICIPIAL_ADJECTIVES = ["hooded", "masked", "armed", "uniformed"]
# nouns the lower-case parse of a text in capitals tags as adjectives when no noun follows them ("MEMBERS OF THE
# GOLDEN EAGLE FRONT KIDNAPPED AGRONOMIST X": "front" an adjective): told again as nouns (bilan.nlp._nouns_read_as_adjectives)
NOUNS_READ_AS_ADJECTIVES = ["front"]
