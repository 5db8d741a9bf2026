"""English claim lexicon (same structure as claims_fr)."""

REPORTING_VERBS = {
    "say": "asserted", "tell": "asserted", "state": "asserted", "announce": "asserted", "add": "asserted",
    "confirm": "asserted", "acknowledge": "asserted", "admit": "asserted", "report": "asserted",
    "explain": "asserted", "declare": "asserted", "insist": "asserted", "note": "asserted", "write": "asserted",
    "learn": "asserted",
    # (a communique's "THE ARMED FORCES INFORM THE PEOPLE THAT FMLN TERRORISTS HARASSED ...", as French « informer »)
    "inform": "asserted",
    "claim": "alleged", "allege": "alleged", "accuse": "alleged", "blame": "alleged",
    "estimate": "probable", "believe": "probable", "think": "probable", "assess": "probable",
    "suspect": "possible", "fear": "possible", "speculate": "possible",
    "deny": "denied", "reject": "denied", "dismiss": "denied", "refute": "denied", "dispute": "denied",
}
# verbs of learning: the source is their complement ("AFP learned from security sources"), not who learnt; with no
# source named, nobody's words
LEARNING_VERBS = ["learn"]
LEARNING_SOURCE_PREPOSITIONS = ["from"]
# what is refused without denying anything ("a faction that rejected the 2016 peace deal", "rejected the offer of
# talks"): the object of a verb of denial that is no fact and no statement
REFUSED_NOUNS = ["deal", "agreement", "accord", "proposal", "offer", "plan", "call", "ultimatum", "resolution",
                 "demand", "request", "talks", "negotiation", "dialogue", "mediation", "bill", "invitation"]
ACKNOWLEDGE_VERBS = ["acknowledge", "admit", "claim responsibility", "confirm", "accept"]
# a speaker who, with one of these verbs, takes responsibility for the act or the act itself ("the FMLN
# claimed responsibility for the attack", "the group claimed the bombing") did it: its perpetrator,
# not a mere source
OWNING_VERBS = ["claim", "admit", "accept", "acknowledge", "assume"]
RESPONSIBILITY_NOUNS = ["responsibility", "authorship", "credit", "participation", "involvement", "part"]
ATTRIBUTION = ["according to", "citing", "quoted by"]
ALLEGED_SOURCES = [
    "witness", "witnesses", "resident", "residents", "local source", "local sources", "activist", "activists",
    "social media", "rumour", "rumor", "security source", "security sources",
    # reports no one confirmed ("Unconfirmed reports said at least ten people were killed")
    "unconfirmed reports", "unconfirmed report", "unverified reports", "unverified report",
]
HEDGES = {
    "probably": "probable", "likely": "probable", "apparently": "probable",
    "possibly": "possible", "perhaps": "possible", "maybe": "possible", "might": "possible", "may have": "possible",
    "could have": "possible",
    "allegedly": "alleged", "reportedly": "alleged", "purportedly": "alleged", "alleged": "alleged",
    "suspected": "alleged",
}
CONDITIONAL_IS_ALLEGED = False
# reporting verbs whose negation is silence, not doubt: "the government did not say who was behind the
# attack" is no claim ("did not confirm" stays one: the act is then a possibility)
SILENCE_VERBS = ["say", "tell", "state", "announce", "explain", "declare", "note", "write", "report", "add",
                 # a toll not given ("The authorities did not give a toll"): silence too (TOLL_REPORTING's verbs)
                 "give", "put"]
# the auxiliary of a negated simple tense ("did not confirm"): its verb is a bare infinitive that reports
DO_SUPPORT = ["do"]
NEGATIONS = ["not", "n't", "never", "no"]
# what will or would not be done is no denial of an act told ("said it would not attack the town": claims._act_denied)
PROMISE_MODALS = ["will", "would", "shall", "should", "can", "could", "may", "might", "must"]
# a denial of involvement told by a verb of no act (claims._involvement_denied): a reported clause that says, negated,
# that its subject took part ("said its soldiers were not involved", "said it was not responsible for the killings")
# or did one of these ("said its soldiers had not conducted any operation in the area": an act word or one of
# these nouns, the object of a verb of doing, events_en.CONDUCT_VERBS)
INVOLVEMENT_PREDICATES = ["involved", "implicated", "responsible", "present"]
OPERATION_NOUNS = ["operation", "mission", "patrol", "sortie", "deployment"]
# a subject that names nobody ("No group claimed the strike", "no one has claimed", "nobody said"): the
# words of no one, no claim (its first word)
NOBODY_SUBJECTS = ["no", "nobody", "none", "no-one"]
CONTRAST = ["however", "but", "yet", "though", "although", "nevertheless"]
# (and those of an attribution: "according to him")
PRONOUNS = ["he", "she", "they", "him", "her", "them", "it"]
# a pronoun that names no person: the organisation that spoke before ("The Sudan Doctors Network said ... It blamed
# the RSF"), never a person told before
THING_PRONOUNS = ["it"]
# "the same source said": the speaker told before
# the nouns of a toll or a report: after "according to", its maker speaks ("according to a toll given by an aid
# official", "according to a report by the UN mission"); the prepositions that bring in its maker
REPORT_NOUNS = ["toll", "report", "count", "tally", "statement", "figures", "estimate", "estimates"]
REPORT_MAKER_PREPS = ["by", "of", "from"]
# adverbs of how often, on a verb of saying or claiming: a habit, no claim ("the group rarely claims its attacks")
FREQUENCY_ADVERBS = ["rarely", "seldom", "often", "usually", "sometimes", "frequently", "regularly", "routinely",
                     "generally", "typically"]
# phrases of time on a verb of denying that set it before the act ("The military has denied targeting civilians in
# the past"): no claim of this act (claims.find_claims); a denial said repeatedly still covers it ("It has repeatedly
# denied targeting civilians": tests/test_stories_a69_a72.py)
PAST_HABIT_PHRASES = ["in the past", "in previous attacks", "in earlier attacks", "in similar attacks", "for years"]
# "which the latter denies": the one named last before, in the same sentence
LATTER = ["the latter", "latter"]
SAME_SOURCE = ["same source", "same sources", "same official", "same spokesman", "same spokeswoman"]
SAME_SOURCE_PREFIXES = ["same "]  # + any noun: "the same network", « le même réseau »
SPEAKER_ROLE_NOUNS = [
    "spokesman", "spokeswoman", "spokesperson", "commander", "general", "colonel", "captain", "minister", "governor",
    "mayor", "official", "officials", "officer", "president", "director", "representative", "chief", "source",
    "sources", "witness", "witnesses", "resident", "residents", "activist", "leaders", "leader",
]
# ranks joined by a hyphen are one word (victims_en.JOINED_RANKS)
SPEAKER_ROLE_NOUNS += ["lieutenant-colonel", "major-general", "brigadier-general", "lieutenant-general",
                       "vice-admiral", "rear-admiral"]
QUOTES = [("“", "”"), ('"', '"'), ("«", "»")]
REPORTING_FORMS = {"said": "say", "told": "tell", "says": "say", "claims": "claim", "denies": "deny", "fears": "fear"}
DETERMINERS = ["the ", "a ", "an "]
DEFINITE_ARTICLES = ["the"]
EUPHONIC: list[str] = []
COMPLEMENTIZERS = ["that"]
MODAL_LEMMAS: list[str] = []
# words that make the attribution of an act to its perpetrator less than certain, said of the
# perpetrator's phrase ("apparently by members of the Shining Path", "presumed rebels", "suspected
# guerrillas", "assassins, who are presumably members of ..."): word -> certainty
PERPETRATOR_HEDGES = {
    "apparently": "probable", "presumably": "probable", "probably": "probable", "likely": "probable",
    "possibly": "possible", "perhaps": "possible",
    "presumed": "alleged", "suspected": "alleged", "alleged": "alleged", "allegedly": "alleged",
    "purported": "alleged", "purportedly": "alleged", "reportedly": "alleged",
}
# predicates that lay an act at someone's door without the text vouching for it ("attributed to the
# death squads", "blamed on the rebels", "the soldiers were accused of the murder"): lemma -> certainty
ATTRIBUTION_PREDICATES = {
    "attribute": "alleged", "blame": "alleged", "ascribe": "alleged", "impute": "alleged", "accuse": "alleged",
    "suspect": "alleged",
    # the marks of a group on an act: a possibility ("bears the hallmarks of Boko Haram")
    "hallmark": "possible", "hallmarks": "possible", "signature": "possible",
}
# verbs of supposition whose complement says who did an act ("the attack is thought to have been carried
# out by the ELN", "is believed to have been perpetrated by"): the text suspects, it does not vouch
SUPPOSITION_VERBS = {"think": "alleged", "believe": "alleged", "suppose": "alleged", "presume": "alleged",
                     "suspect": "alleged"}

# modals of possibility on the act's verb whose subject or agent the perpetrator is ("the attack may
# have been carried out by the FMLN", "might have been committed by"): lemma -> certainty
MODAL_HEDGES = {"may": "possible", "might": "possible", "could": "possible"}
# adjectives of likelihood whose clause says who did an act ("it is possible that the ELN dynamited
# the bridge", "it is likely that ..."): lemma -> certainty
LIKELIHOOD_ADJECTIVES = {"possible": "possible", "likely": "probable", "probable": "probable"}

# a group's own media: a speaker of these words that names the group is the group telling its acts
OWN_MEDIA = ["radio", "station", "communique", "communiqué", "bulletin", "statement"]

# doubt told as alternatives about who did an act ("IT IS NOT YET CLEAR WHETHER THE MEDELLIN CARTEL OR
# THE APRIL 19 MOVEMENT IS RESPONSIBLE", "fired by the FMLN or the army", "either common criminals or
# members of the FMLN"): a perpetrator coordinated with another by one of these conjunctions, or the
# subject of a clause opened by one of these markers, is only a possibility (MUC-4 7.12 note 4)
DOUBT_CONJUNCTIONS = ["or"]
DOUBT_MARKERS = ["whether"]

# verbs of ruling out whose clause says who did an act, negated ("THE ARMY DID NOT RULE OUT THAT THE FMLN WAS
# BEHIND THE BOMBING"): the doer is a possibility (MUC-4 7.12 note 4): lemma -> certainty
NOT_RULED_OUT = {"rule": "possible", "exclude": "possible"}

# whom a speaker tells it to ("TOLD REPORTERS THAT ...", "said to journalists"): the object of these verbs
# and the object of these prepositions on a reporting verb are the audience, no one the act hit
ADDRESSING_VERBS = ["tell", "told", "inform", "informed", "brief", "briefed", "assure", "assured"]
ADDRESSEE_PREPS = ["to"]

# Verbs that report only with a toll as their object ("the army spokesman put the toll at 17 dead"): verb
# lemma -> the object lemmas it needs; such a claim is asserted
TOLL_REPORTING = {"put": ["toll", "number", "figure"], "give": ["toll", "figure"]}

# Verbs that report only with a figure as their object ("the Red Cross recorded 41 deaths", "officials counted
# 12 bodies"): their subject is the speaker; the claim is asserted
FIGURE_REPORTING = ["record", "count", "tally", "speak"]
# (the figure after one of these prepositions: "while the army speaks of 12 dead")
FIGURE_REPORTING_PREPS = ["of"]

# nouns after an attribution word that name no one ("according to plan", "according to all likelihood",
# "buried according to custom", "varies according to the district"): no speaker
NOT_SOURCES = [
    "plan", "plans", "schedule", "programme", "program", "custom", "tradition", "rite", "likelihood", "probability",
    "rule", "rules", "procedure", "law", "district", "districts", "region", "area", "areas", "case", "need",
    "needs", "principle", "pattern", "method", "model", "script", "season", "time", "circumstance",
    "circumstances",
]

# The accused side's version of an act the story leads with, told by a speaker in a later sentence ("A police
# spokesman said officers had returned fire", "troops had fired into the air after rioters attacked a police
# station", "acted in self-defence", "According to the army, the strike targeted a gathering of fighters"): the
# other side's account of the same happening, a claim that disputes the act, not an act of its own
# (incidents._sides_version)
SIDE_VERSION_CUES = [
    "returned fire", "return fire", "returning fire", "fired back", "fired in response",
    "fired into the air", "fired in the air", "shot into the air", "fired warning shots", "warning shots",
    "self-defence", "self-defense", "self defence", "self defense",
    "came under attack", "come under attack", "coming under attack", "came under fire", "come under fire",
    "targeted a gathering of", "targeted a meeting of", "targeted fighters", "targeted militants",
    "targeted terrorists", "targeted rebels", "targeted insurgents", "targeted military targets",
    "military targets",
    # the other side staged it ("accused the army of staging the attack to discredit it"): a false flag
    "staging the attack", "staged the attack", "staging the strike", "staged the strike", "false flag", "false-flag",
    "to discredit",
]
# participles that tell how a source was reached, after its words ("a resident, contacted by phone,", "an official
# reached by Reuters"): no part of the source's name (claims._speaker_from)
CONTACT_PARTICIPLES = ["contacted", "reached", "interviewed", "quoted"]
# the means a source spoke by, after "by" ("a resident said by phone", the parse's agent of the verb of saying): no
# one's name (claims.agent_words)
CONTACT_MEANS = ["phone", "telephone", "satellite phone", "email", "e-mail", "text message", "messaging app", "video link",
                 "videoconference", "radio"]
# what a source asked for to speak, after its words ("an official speaking on condition of anonymity", "a police
# officer who asked not to be named"): no part of the source's name (claims._speaker_from)
SPEAKER_TERMS = ["on condition of anonymity", "speaking on condition of anonymity", "on the condition of anonymity",
                 "who asked not to be named", "who asked not to be identified", "who requested anonymity",
                 "who spoke on condition of anonymity"]
# a word after a role that sets its holder in another place than the one named before ("the regional governor there
# said" after "regional governor Oleh Syniehubov said"): another person (claims._same_role)
ELSEWHERE_WORDS = ["there"]
# the prepositions of the channel a speaker says something in ("the agency said in a statement"): the words from them
# on are no part of the speaker (claims._inverted_subject, with OWN_MEDIA)
CHANNEL_PREPS = ["in", "on", "via", "through"]

# a statement read out or broadcast ("said the statement read on state television", "a communique broadcast on
# national radio"): a participle of these words right after a noun of STATEMENT_NOUNS tells where the words were
# given out, no part of who speaks; a relative clause after it ("..., which added that ...") is the statement's
# (claims._speaker_from, _statement_read_out)
READ_OUT_PARTICIPLES = ["read", "broadcast", "aired", "televised"]
# ... where it was given out: a read-out participle cuts the speaker only when one of these nouns follows it ("read by
# the army's spokesman" keeps its reader)
BROADCAST_NOUNS = ["television", "tv", "radio", "channel", "station", "broadcaster", "airwaves", "network"]
# the nouns of a statement as a speaker ("the statement said"): a definite one told after a sentence whose speaker
# spoke is that speaker's statement, its claims that source's (claims._statement_of_the_speaker_before)
STATEMENT_NOUNS = ["statement", "communique", "communiqué", "bulletin", "announcement"]

# where a group owns up to an act ("claimed responsibility in a video", « a revendiqué l'attaque dans un communiqué »):
# such a complement names no act of its own (incidents._owned_in_follow_up)
OWNING_MEDIA = ["video", "videos", "statement", "communique", "communiqué", "message", "post", "posting",
                "recording", "audio", "broadcast", "letter", "email", "e-mail"]

# the verbs of passing on what others told (lemmas) and the nouns of what is passed on: a speaker that accuses someone
# of relaying reports that say something ("The ministry accused foreign media of relaying false reports that 40 people
# were killed in the raid") denies those reports, and the reports are the accused's claim, alleged
# (claims._relayed_report)
RELAYING_VERBS = ["relay", "spread", "publish", "broadcast", "circulate", "peddle", "disseminate", "air"]
RELAYED_NOUNS = ["report", "information", "news", "rumour", "rumor", "claim", "allegation", "story"]
# relative pronouns right after an inverted verb of saying read back to the verb's subject told before it ("..., the
# governor said, who also reported 20 wounded", "..., the army said, which blamed the attack on bandits")
# (claims._before_relative)
SAYING_RELATIVES = ["who", "which"]
