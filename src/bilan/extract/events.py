"""Event triggers: lexicon matches, their factuality, and their ACLED/PLOVER type.

A trigger counts as an event only when it is factual: not governed by an intention, threat or
suspicion verb ("tenter d'attirer des frappes", "threatened to attack"), not negated, and, for
ambiguous words, supported by its context (an armed actor for "strike", a casualty for
"explosion", protest words for "rassemblement").
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from bilan.extract.actors import FORCE_KINDS, ActorMention
from bilan.extract.matching import LanguageMatchers, conduct_verb, is_plural, of_complements, phrasal_lemma
from bilan.lexicons import words as lexicon_words
from bilan.nlp import headline_end


@dataclass
class Trigger:
    start: int
    end: int
    text: str
    tok_start: int
    tok_end: int
    event_type: str
    sub_event_type: str
    plover: str
    priority: int
    flags: tuple[str, ...]
    sent_index: int

    @property
    def generic(self) -> bool:
        return "generic" in self.flags


def governors(tok: Token, depth: int = 4, conjuncts_share_level: bool = False) -> list[Token]:
    """The governors of ``tok`` up to ``depth`` levels; with ``conjuncts_share_level`` a conjunct
    shares its head's level ("preparing for violent actions, including bombings and attacks":
    "preparing" governs "attacks" as it governs "bombings")."""
    out, cur, level = [], tok, 0
    while level < depth and cur.head.i != cur.i:
        same_level = conjuncts_share_level and cur.dep_ == "conj"
        cur = cur.head
        out.append(cur)
        level += not same_level
    return out


def subject_holder(verb: Token) -> Token:
    """The verb whose subject is ``verb``'s: its head when it is a conjunct with no subject of its
    own ("they set fire to the office and destroyed the garrison"), else itself."""
    if verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        head = verb.head
        if head.dep_ == "acl" and head.head.head.pos_ == "VERB" and any(
                c.dep_.startswith("aux") for c in verb.children) and not any(
                c.dep_.startswith("aux") for c in head.children):
            # a finite conjunct the parser hangs on a bare participle that describes a noun belongs with that
            # noun's verb (« se sont jetés sur deux voleurs présumés et les ont battus à mort »)
            return head.head.head
        return head
    return verb


# a clause of its own: an irrealis verb above it does not govern it ("the concert was called off
# after a grenade was thrown", "kidnappers who abducted 14 passengers have demanded a ransom")
OWN_CLAUSE_DEPS = ("advcl", "parataxis", "relcl", "acl:relcl")


def _purpose_infinitive(root: Token, m: LanguageMatchers) -> bool:
    """ "a campaign to sabotage government property", "ordered to sabotage the harvest", "pour
    attaquer": an infinitive tells an aim, not a deed, unless its verb says it was done ("began to
    shell", "ont commencé à bombarder": IMPLICATIVE_VERBS)."""
    if root.pos_ not in ("VERB", "AUX") or "Inf" not in root.morph.get("VerbForm") and root.tag_ != "VB":
        return False
    kids = list(root.children)
    marks = lexicon_words("events", m.lang, "INFINITIVE_MARKS")
    if not any(c.dep_ in ("aux", "mark", "case") and c.lower_ in marks for c in kids):
        return False
    if any(c.dep_.startswith("aux") and c.lower_ not in marks for c in kids):
        return False  # "après avoir attaqué": done before
    if root.lemma_.lower() in m.self_fulfilling:
        return False  # "a shutdown to protest the bills": the act is the protest
    gov = root.head
    return gov.i != root.i and gov.lemma_.lower() not in m.implicative


def _finite(t: Token) -> bool:
    """A verb with a tense of its own (Universal Dependencies morphology, so any language): "arrested"
    in "they arrested", "tuent"; not a modal ("could": no tense), an infinitive or a participle."""
    return "Fin" in t.morph.get("VerbForm") and bool(t.morph.get("Tense"))


def past_participle(t: Token) -> bool:
    return "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense")


def _describes_subject(verb: Token, below: Token, m: LanguageMatchers) -> bool:
    """ "Gunmen suspected to be herdsmen have killed 17": a participle with a copular complement
    ("to be herdsmen") says who the subject is, the event hung on it (a parse that makes the killing
    its complement) is not what is suspected."""
    return below.dep_ == "ccomp" and any(c.dep_ == "xcomp" and c.lemma_.lower() in m.copulas for c in verb.children)


def _aim_of_a_group(root: Token, m: LanguageMatchers) -> bool:
    """A present participle or a present relative clause on a noun, with the aim it is done for ("Al Shabaab, the
    group fighting to topple the government", « le groupe, qui combat pour renverser le gouvernement »): what the
    group is about, no act of the story (not "rebels who attacked the town to seize weapons", told in the past)."""
    dep = root.dep_.split(":")[0]
    if root.pos_ != "VERB" or root.head.i == root.i or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    tense = root.morph.get("Tense")
    if dep == "acl":
        if "Part" not in root.morph.get("VerbForm") and root.tag_ != "VBG" or tense and "Pres" not in tense:
            return False
    elif dep in ("relcl", "acl:relcl") or root.dep_ == "acl:relcl":
        if "Pres" not in tense or any(c.dep_.startswith("aux") for c in root.children):
            return False
    else:
        return False
    return any(c.dep_.split(":")[0] in ("xcomp", "advcl") and c.i > root.i and any(
        g.dep_.split(":")[0] in ("aux", "mark") and g.lower_ in m.purpose_markers for g in c.children)
        for c in root.children)


def _mustered_for(root: Token, m: LanguageMatchers) -> bool:
    """An act named as the aim that forces are mustered for ("ISIS is mobilising its members for an assault", « l'EI
    rassemble ses membres pour un assaut »: ``events_<lang>.MUSTER_VERBS`` with ``MUSTER_AIM_PREPS``), or after a
    noun of aim (« en vue d'un assaut », "with a view to an attack": ``AIM_NOUNS``): what is prepared, not done. A
    protest gathered for is the protest ("thousands gathered for a rally")."""
    if root.lemma_.lower() in m.protest_nouns or root.lower_ in m.protest_nouns:
        return False
    aims = lexicon_words("events", m.lang, "AIM_NOUNS")
    if root.head.i != root.i and root.head.lemma_.lower() in aims:
        return True
    preps = lexicon_words("events", m.lang, "MUSTER_AIM_PREPS")
    verbs = lexicon_words("events", m.lang, "MUSTER_VERBS")
    if root.dep_ in ("pobj", "pcomp") and root.head.lower_ in preps:
        verb = root.head.head  # English: the preposition heads its object
    elif any(c.dep_ == "case" and c.lower_ in preps for c in root.children):
        verb = root.head
    else:
        return False
    return verb.i != root.i and verb.pos_ == "VERB" and verb.lemma_.lower() in verbs


def _headline_after_prefix(noun: Token) -> bool:
    """The noun heads a headline after its prefix ("South Sudan: soldiers accused of raping women near Yei"): the
    parser hangs it as an apposition (English) or a modifier (« Burundi : des Imbonerakure accusés d'avoir violé des
    femmes ») on the prefix's name, the root with its colon; it holds the headline as a root noun would ("Soldiers
    accused of raping women": the report of the act)."""
    head = noun.head
    return noun.dep_ in ("appos", "nmod") and head.dep_ == "ROOT" and head.i < noun.i and any(
        c.text == ":" and head.i < c.i < noun.i for c in head.children)


def is_factual(span: Span, m: LanguageMatchers) -> bool:
    root = span.root
    if _purpose_infinitive(root, m):
        return False
    chain = [root]
    for t in governors(root, conjuncts_share_level=True):
        if chain[-1].dep_ in OWN_CLAUSE_DEPS or chain[-1].dep_.split(":")[0] in OWN_CLAUSE_DEPS:
            break
        if len(chain) == 1 and root.dep_ == "conj" and (_finite(root) or past_participle(root)) and _finite(t):
            # "prevented supporters from marching and arrested 12": the event verb is a deed of its own
            # (not a report conjoined with a denial: "denied ... and said its units were striking")
            break
        chain.append(t)
    for below, t in zip(chain, chain[1:]):
        if t.dep_ == "acl" and t.head.dep_ != "ROOT" and not _headline_after_prefix(t.head) and (
                t.lemma_.lower() in m.charges or t.lower_ in m.charges):
            if _charged_and_arrested(span, t, m):
                break  # "detained four men suspected of killing two herders": the arrest tells the act
            # "a man accused of stealing a motorbike": the charge that names the person (a headline's
            # "Mercenaries accused of deadly attacks" is "are accused": the report)
            return False
        if below.dep_ == "nsubj" and t.lemma_.lower() in m.aiming:
            continue  # "un drone a visé un véhicule": the weapon that aimed struck
        if below.dep_ in ("nsubjpass", "nsubj:pass") and t.lemma_.lower() in lexicon_words(
                "events", m.lang, "CAUSED_BY_VERBS"):
            continue  # « l'incendie a été provoqué par des commandos »: what was caused happened
        if _warned_of(t, below, m):
            return False
        if _planned_and_done(t, below, m):
            continue
        if below.dep_ == "ccomp" and m.is_reporting(t) and t.lemma_.lower() not in m.irrealis \
                and t.lower_ not in m.irrealis:
            # what a verb of saying reports is told as done, whatever governs the telling ("WE ALSO WANT TO INFORM
            # THE PEOPLE THAT SOME MILITARY UNITS WERE HARASSED": the wish is to tell, not to harass)
            break
        if (t.lemma_.lower() in m.irrealis or t.lower_ in m.irrealis) and not _describes_subject(t, below, m) \
                and not _doer_in_doubt(root, t, m):
            return False
    # the purpose of another event ("an attack to capture the positions", "une offensive pour reprendre
    # la ville", "mobilising men to protest"): the aim, not what happened ("a shutdown to protest the
    # bills" is the protest, "the decision to withdraw" no event of its own; a street act done to
    # protest is the protest: "ont brûlé des pneus pour protester", not "mobilising men to protest")
    head = root.head
    if root.dep_.split(":")[0] in ("acl", "advcl") and not (
            root.lemma_.lower() in m.self_fulfilling and m.riot(head.doc[head.i:head.i + 1])) and (
            head.lemma_.lower() in m.event_words or head.lower_ in m.event_words) and any(
            c.dep_.split(":")[0] in ("aux", "mark") and c.lower_ in m.purpose_markers for c in root.children):
        return False
    if _aim_of_a_group(root, m):
        return False
    if _mustered_for(root, m):
        return False
    # modal auxiliaries or irrealis words attached to the trigger itself ("could strike", "va attaquer")
    own_subject = root.dep_ == "conj" and any(c.dep_.startswith("nsubj") for c in root.children)
    for t in chain[:2]:
        for c in t.children:
            # a noun is no modal ("le siège du parti au pouvoir", which the model may hang on the verb as
            # its xcomp: the party in power, not "can")
            if c.dep_ in ("aux", "aux:tense", "xcomp", "mark") and c.lemma_.lower() in m.irrealis and c.pos_ != "NOUN":
                if t is not root and _doer_in_doubt(root, c, m):
                    continue  # "the attack may have been carried out by the FMLN": who did it, not whether
                if c.dep_ == "xcomp" and t is root and any(
                        g.dep_ in ("aux", "mark") and g.lower_ in m.purpose_markers for g in c.children):
                    continue  # "marched to demand justice": the purpose of the deed, not a wish for it
                return False
            if c.dep_ in ("advmod", "neg") and c.lower_ in m.negations and c.lower_ not in ("ne", "n'") and not (
                    t is not root and own_subject):
                # a conjunct with a subject of its own is a clause of its own: the negation of the one
                # before does not reach it ("HE WAS NOT HURT, BUT HIS DRIVER WAS KILLED", « il n'a pas
                # été blessé, mais son chauffeur a été tué »)
                return False
            if c.dep_ == "det" and c.lower_ in m.negative_determiners and t is root:
                return False  # "no arrests have been made", "aucune arrestation"
            if c.dep_ == "amod" and c.lower_ in m.irrealis_modifiers and t is root:
                return False  # "an expected offensive", "une attaque imminente"
    if _doers_ready_to_act(root, m):
        return False
    return not _possible_in_cleft(root, m) and not told_in_future(root, m)


def _doers_ready_to_act(root: Token, m: LanguageMatchers) -> bool:
    """An act noun whose doers, after "by" or "of" (``AGENT_MARKERS``, ``COMPLEMENT_PREPS``), are told in a relative
    clause to be ready, poised or preparing (``IRREALIS``) to launch an act ("a new attack by 2,000 contras who are
    ready to launch an attack on the north", « une nouvelle attaque de 2 000 contras qui sont prêts à lancer une
    offensive »): the act is still to come, no act told."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    preps = m.agent_markers | m.complement_preps
    doers = [g for c in root.children if c.dep_ == "prep" and c.lower_ in preps
             for g in c.children if g.dep_ == "pobj"]
    doers += [c for c in root.children if c.dep_.split(":")[0] == "nmod"
              and any(k.dep_ == "case" and k.lower_ in preps for k in c.children)]
    for doer in doers:
        for rel in doer.children:
            if rel.dep_ not in ("relcl", "acl:relcl"):
                continue
            for w in rel.subtree:
                if w.lemma_.lower() not in m.irrealis and w.lower_ not in m.irrealis:
                    continue
                acts = [c for c in w.children if c.dep_.split(":")[0] in ("xcomp", "advcl", "acl")]
                if any(o.dep_ in OBJECT_DEPS[:2] and (o.lemma_.lower() in m.event_words or o.lower_ in m.event_words)
                       for a in acts for o in a.children):
                    return True
    return False


def _planned_and_done(t: Token, below: Token, m: LanguageMatchers) -> bool:
    """``below`` (the act, or a word above it) is the passive subject of ``t``, a verb of planning
    (``events_<lang>.PLANNED_DONE_VERBS``) told in a tense of what was done (no modal, no aim in time after it:
    ``PLANNED_FOR_PREPS``): "THE MASSACRE ... WAS PLANNED IN COLD BLOOD", « le massacre a été planifié »."""
    if below.dep_ not in ("nsubjpass", "nsubj:pass") or t.lemma_.lower() not in lexicon_words(
            "events", m.lang, "PLANNED_DONE_VERBS"):
        return False
    auxes = [c for c in t.children if c.dep_.startswith("aux")]
    if not any(c.dep_ in ("auxpass", "aux:pass") for c in auxes) or any(
            c.lemma_.lower() in m.irrealis or "Fut" in c.morph.get("Tense") or c.tag_ == "MD" for c in auxes):
        return False
    preps = lexicon_words("events", m.lang, "PLANNED_FOR_PREPS")
    return not any(c.lower_ in preps or any(g.dep_ == "case" and g.lower_ in preps for g in c.children)
                   for c in t.children)


def _warned_of(verb: Token, below: Token, m: LanguageMatchers) -> bool:
    """``verb`` warns of what ``below`` holds (``events_<lang>.WARNING_VERBS``, ``WARNING_PHRASES``): "The UN warned of
    renewed violence in Bambari", « l'ONU a mis en garde contre un regain de violences »: what may come, no act told.
    A clause of its own told with a tense is what the warning reports ("Violence flared again in Bambari, the UN
    warned", « Les violences ont repris à Bambari, a averti l'ONU »)."""
    lemma = verb.lemma_.lower()
    if lemma not in m.warning_verbs and verb.lower_ not in m.warning_verbs and not any(
            (lemma, c.lower_) in m.warning_phrases for c in verb.children):
        return False
    return not (below.pos_ in ("VERB", "AUX") and (_finite(below) or any(
        c.dep_.startswith("aux") and _finite(c) for c in below.children)))


def _charged_and_arrested(span: Span, charge: Token, m: LanguageMatchers) -> bool:
    """The people the charge participle names are who an arrest took ("detained four men suspected of killing
    two herders", « trois hommes soupçonnés d'avoir tué un chef de village ont été arrêtés »), and what they are
    suspected of is an act on a person: the arrest tells the act, which was done (who did it is the suspicion);
    not an act its own phrase dates to a year (an older act)."""
    held = charge.head
    arrest = lexicon_words("victims", m.lang, "ARREST_WORDS")
    if held.dep_ not in OBJECT_DEPS[:4] or not (held.head.lemma_.lower() in arrest or held.head.lower_ in arrest):
        return False
    root = span.root
    if any(w.like_num and len(w) == 4 and w.text.isdigit() and 1900 <= int(w.text) <= 2100 for w in root.subtree):
        return False
    return root.pos_ == "VERB" and any(_person_word(o, m) for o in root.children if o.dep_ in OBJECT_DEPS[:2])


def _charge_of_arrested(span: Span, m: LanguageMatchers) -> bool:
    """The act of ``span`` is what a charge participle on whom an arrest took names (:func:`_charged_and_arrested`)."""
    return any(t.dep_ == "acl" and (t.lemma_.lower() in m.charges or t.lower_ in m.charges)
               and _charged_and_arrested(span, t, m) for t in governors(span.root))


CHEMICAL = "Chemical weapon"


def _suspected_load(sp: Span, m: LanguageMatchers) -> bool:
    """The words of ``sp`` name what known munitions held, in a clause a word of suspicion governs
    (``DOER_DOUBT_WORDS``, ``MUNITION_NOUNS``, ``KNOWN_NOUN_DETERMINERS``: "residents suspect the shells contained
    poisonous gas", « les habitants soupçonnent que les obus contenaient du chlore »)."""
    munitions = lexicon_words("events", m.lang, "MUNITION_NOUNS")
    verb = next((t for t in [sp.root, *governors(sp.root, 2)] if t.pos_ == "VERB"), None)
    if verb is None or verb.i == sp.root.i:
        return False
    held = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
            and (c.lemma_.lower() in munitions or c.lower_ in munitions)
            and any(d.lower_ in m.known_determiners for d in c.children if d.dep_ in ("det", "det:poss", "poss"))]
    return bool(held) and any(g.lemma_.lower() in m.doer_doubt or g.lower_ in m.doer_doubt
                              for g in governors(verb, 2))


def _doer_in_doubt(root: Token, word: Token, m: LanguageMatchers) -> bool:
    """The irrealis ``word`` puts in doubt who did the act, not whether it was done: a word of
    ``events_<lang>.DOER_DOUBT_WORDS`` (a modal, a suspicion, a denial) governs an act named by a
    noun the text takes as known ("THE ATTACK may have been carried out by the FMLN", "the police
    suspect that the cartel ordered THE MURDER of the judge", "the FMLN denied any part in THE
    MURDER", « L'ATTENTAT pourrait avoir été commis par le FMLN »: the act happened, its author is
    possible, suspected or denied; MUC-4 7.12 and its decision tree); or a denial
    (``OWN_DENIAL_WORDS``) whose clause has a pronoun for its doer, the denier's own part ("the ELN
    denied that it had kidnapped the engineer"). An act not yet known ("an attack could take place",
    "the guerrillas may attack the town", "denied that a massacre took place") stays a possibility."""
    lemma = word.lemma_.lower()
    if lemma not in m.doer_doubt and word.lower_ not in m.doer_doubt:
        return False
    if root.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ in ("det", "det:poss", "poss") and c.lower_ in m.known_determiners for c in root.children)
    if root.pos_ == "VERB" and (lemma in m.own_denial or word.lower_ in m.own_denial) and root.head.i == word.i:
        return any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.pos_ == "PRON"
                   and "Rel" not in c.morph.get("PronType") for c in root.children)
    return False


def told_in_future(root: Token, m: LanguageMatchers) -> bool:
    """The act is told in the future: its verb takes a future auxiliary (``events_<lang>.
    FUTURE_AUXILIARIES``: "the guerrillas will attack any vehicle") or is in a future tense
    (``FUTURE_TENSES``: « les guérilleros attaqueront »), or an event noun that is no definite
    mention is the subject of a verb so told ("more powerful bombs will explode in the
    neighborhoods of the rich", « des bombes exploseront »): a threat or a forecast, no act yet
    (MUC-4 1.0: a specific incident). "The attack will be investigated", "the massacre will not go
    unpunished" tell what follows an act told: the noun stays an event."""
    auxiliaries = lexicon_words("events", m.lang, "FUTURE_AUXILIARIES")
    tenses = lexicon_words("events", m.lang, "FUTURE_TENSES")

    def future(verb: Token) -> bool:
        # a future form is inflected: a word the tagger calls future but that is its own lemma
        # ("mettent l'armée en déroute") is a noun misread
        inflected = verb.lower_ != verb.lemma_.lower()
        return inflected and any(t in tenses for t in verb.morph.get("Tense")) or any(
            c.dep_.startswith("aux") and c.lower_ in auxiliaries for c in verb.children)
    if root.pos_ in ("VERB", "AUX"):
        # "THEY WILL BLOW UP NEWSPAPERS AND KILL JUDGES": a verb coordinated with a future one, with no
        # subject of its own, shares its auxiliary
        shares = root.dep_ == "conj" and root.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_.startswith("nsubj") or c.dep_.startswith("aux") for c in root.children)
        return future(root) or shares and future(root.head)
    definite = lexicon_words("events", m.lang, "DEFINITE_DETERMINERS")
    head = root.head
    return root.dep_ == "nsubj" and head.pos_ == "VERB" and future(head) and not any(
        c.dep_ in ("det", "det:poss", "poss") and c.lower_ in definite for c in root.children)


def _possible_in_cleft(root: Token, m: LanguageMatchers) -> bool:
    """ "All they can do is bomb the place", "what the army will do is shell the town", "tout ce
    qu'ils peuvent faire, c'est bombarder": the act is what the subject clause says they can or will
    do, a possibility; the modal sits on that clause's verb, not on the act's ("all the army did was
    bomb the village" is a deed)."""
    modals = m.irrealis | lexicon_words("events", m.lang, "CLEFT_MODALS")
    heads = [root]
    if root.dep_ in ("attr", "xcomp", "acomp") and root.head.lemma_.lower() in m.copulas:
        heads.append(root.head)  # "is bomb the place": the copula holds the subject
    for h in heads:
        for subj in h.children:
            dep = subj.dep_.split(":")[0]
            if dep not in ("nsubj", "csubj", "dep", "dislocated"):
                continue
            if dep != "csubj" and subj.pos_ in ("NOUN", "PROPN"):
                continue  # « des pompiers qui tentaient d'éteindre l'incendie ont essuyé les tirs »: who they were
            clauses = [subj] if dep == "csubj" else [c for c in subj.children if c.dep_ in ("relcl", "acl:relcl")]
            if any(v.lemma_.lower() in modals or any(a.dep_.startswith("aux") and a.lemma_.lower() in modals
                                                     for a in v.children) for v in clauses):
                return True
    return False


def _group_told_before(sp: Span, sent: Span, m: LanguageMatchers) -> bool:
    """The trigger is a participle said of a definite group of people that a preposition opening the sentence names as
    the whole a share is told of (``events_<lang>.SHARE_OPENING_PREPS``: "Of the 60 students abducted, 25 had escaped by
    Monday", « Sur les 60 élèves enlevés, 25 s'étaient échappés »): the people an act told before took, named again, no
    act of its own (its sentence's day is the share's)."""
    root = sp.root
    if root.dep_.split(":")[0] not in ("acl", "amod") or root.head.pos_ not in ("NOUN", "PROPN") \
            or not past_participle(root):
        return False
    group = root.head
    opening = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if opening is None or opening.lower_ not in lexicon_words("events", m.lang, "SHARE_OPENING_PREPS"):
        return False
    if not (opening.head.i == group.i or group.head.i == opening.i):
        return False  # (the preposition a case of the group's noun, or the group its object)
    definite = set(lexicon_words("events", m.lang, "KNOWN_NOUN_DETERMINERS"))
    after = root.right_edge.i + 1  # (the group's phrase set off by a comma before the share's clause)
    return any(c.dep_.split(":")[0] == "det" and c.lower_ in definite for c in group.children) \
        and after < sent.end and sent.doc[after].text == ","


def _temporal_reference(span: Span, m: LanguageMatchers, sequel: bool = True) -> bool:
    """ "before the strike", "après l'attaque": the event is a time reference, not a new report. ``sequel``: the
    complement of a compound preposition of sequel too (« au lendemain des combats »), which dates the act of its
    sentence (:func:`_drop_time_references`); not when the act is dropped for referring back to a sentence before
    (« ... a décrété un deuil national, au lendemain d'une embuscade ... qui avait tué huit policiers » after a
    headline that told the ambush: the act told again, as it was before SEQUEL_NOUNS)."""
    temporal = m.temporal_preps
    root = span.root
    # the preposition is the event's own marker ("après l'attaque", "after attacking"); a "during
    # the raids" hanging on the trigger verb dates it, it does not make it a time reference
    if any(c.dep_ in ("case", "mark") and c.lower_ in temporal for c in root.children):
        return True
    if root.head.lower_ in temporal and root.dep_ in ("pobj", "pcomp", "obl", "nmod"):
        return True
    if not sequel:
        return False
    # the complement of a compound preposition of sequel (« à la suite d'affrontements », « au lendemain des
    # combats », "in the wake of clashes": events_<lang>.SEQUEL_NOUNS)
    holder = root.head if root.dep_ == "nmod" else root.head.head if root.dep_ == "pobj" else None
    return holder is not None and holder.lemma_.lower() in lexicon_words("events", m.lang, "SEQUEL_NOUNS") and (
        holder.dep_ == "pobj" or any(c.dep_ == "case" for c in holder.children))


def _act_a_stretch_before(span: Span, m: LanguageMatchers) -> bool:
    """The time reference is a clause of its own told a counted stretch of time before ("The attack came a day after
    gunmen killed 12 villagers in Bawku", « deux jours après que des hommes armés ont tué »: a unit of
    ``dates_<lang>.UNITS`` right before the word of "after" of the trigger's own verb, which has a subject): an older
    act of its own, not the act told before named again ("a day after the attack")."""
    root = span.root
    units = frozenset(w.lower() for w in lexicon_words("dates", m.lang, "UNITS"))
    doc = span.doc
    if root.pos_ == "VERB":
        return any(c.dep_.startswith("nsubj") for c in root.children) and any(
            c.dep_ == "mark" and c.lower_ in m.temporal_preps and c.i > 0 and doc[c.i - 1].lower_ in units
            for c in root.children)
    # a noun of an act told a counted stretch before another named again by a definite noun, the subject of a verb of
    # coming (events_<lang>.STRETCH_AFTER_VERBS: "The attack came a day after an attack on a church in Kaduna",
    # « Cette attaque intervient deux jours après l'attaque d'un poste de police à Baoro »)
    if root.pos_ != "NOUN":
        return False
    marker = next((c for c in root.children if c.dep_ == "case" and c.lower_ in m.temporal_preps), None)
    if marker is None and root.dep_ == "pobj" and root.head.lower_ in m.temporal_preps:
        marker = root.head
    if marker is None or marker.i == 0 or doc[marker.i - 1].lower_ not in units:
        return False
    verbs = lexicon_words("events", m.lang, "STRETCH_AFTER_VERBS")
    definite = lexicon_words("events", m.lang, "DEFINITE_DETERMINERS")
    verb = next((g for g in governors(root, 4) if g.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in verbs:
        return False
    return any(c.dep_.startswith("nsubj") and c.i < marker.i and any(
        k.dep_ == "det" and k.lower_ in definite for k in c.children) for c in verb.children)


def _in_relative_clause(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("acl:relcl", "relcl") or (root.head.dep_ in ("acl:relcl", "relcl") and root.dep_ == "xcomp")


RELATIVE_DEPS = ("relcl", "acl:relcl")


def in_relative_clause(doc: Doc, trig: Trigger) -> bool:
    """The trigger is said inside a relative clause, at any depth ("a town that was the scene of a
    deadly chemical attack"), or inside an apposition that describes a noun ("near Aleppo, the scene
    of fierce fighting in recent months", "à Bria, théâtre d'affrontements meurtriers")."""
    root = doc[trig.tok_start:trig.tok_end].root
    chain = [root, *governors(root)]
    if any(t.dep_ in RELATIVE_DEPS for t in chain):
        return True
    # an apposition below any verb: the description of a noun, not a clause of its own; so is the
    # scene of an event however the parser hangs it ("the scene of the country's fiercest fighting")
    scenes = lexicon_words("events", doc.lang_, "SCENE_NOUNS")
    for t in chain:
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t is not root and (t.dep_ == "appos" or t.lemma_.lower() in scenes):
            return True
    return False


def _dative(tok: Token) -> bool:
    """``tok`` is a preposition of the language's MEMORIAL_DATIVES ("to", "à"), or is marked by one."""
    datives = lexicon_words("events", tok.doc.lang_, "MEMORIAL_DATIVES")
    if tok.dep_ in ("prep", "dative"):
        return tok.lower_ in datives
    return any(c.dep_ == "case" and (c.lower_ in datives or c.lemma_.lower() in datives) for c in tok.children)


@cache
def _recall_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The language's RECALL_AFTER, RECALL_SINCE, RECALL_NOUNS with its INQUIRY_NOUNS (what a commission of
    inquiry is into is recalled as a memorial's object is) and its date lexicon's time units."""
    return (lexicon_words("events", lang, "RECALL_AFTER"), lexicon_words("events", lang, "RECALL_SINCE"),
            lexicon_words("events", lang, "RECALL_NOUNS") | lexicon_words("events", lang, "INQUIRY_NOUNS"),
            frozenset(w.lower() for w in lexicon_words("dates", lang, "UNITS")))


def recalled_in_sentence(doc: Doc, trig: Trigger) -> bool:
    """The trigger names an older event the sentence recalls, not the one it reports: what a stretch
    of time "after" dates the news by ("a year after soldiers killed 40 villagers, gunmen attacked",
    "dix ans après l'attaque chimique, des survivants ont manifesté"), what "since" looks back to
    ("since the coup, the junta has arrested dozens", "depuis le coup d'État"), what an anniversary
    or a memorial is of ("on the anniversary of a suicide attack", "in memory of classmates killed by
    gunmen", "en mémoire des victimes de l'attentat"). A bare "after" in a lead sentence may tell the
    news ("colère après l'assassinat de l'imam"), so only a stretch of time makes it a recall."""
    return recalled_phrase(doc[trig.tok_start:trig.tok_end].root)


def _report_on(noun: Token, below: Token) -> bool:
    """``noun`` is a report (REPORT_NOUNS) and ``below`` the phrase of what it is on ("a report on the massacres",
    « son rapport sur les tueries »: REPORT_PREPS), not a report a verb makes ("residents reported an attack")."""
    nouns = lexicon_words("events", noun.doc.lang_, "REPORT_NOUNS")
    preps = lexicon_words("events", noun.doc.lang_, "REPORT_PREPS")
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return False
    # (not the source of the sentence's words: "according to a report on the clashes", « selon un rapport sur les
    # affrontements »: the act the report tells is the news)
    doc = noun.doc
    first = next((t.i for t in doc[noun.left_edge.i:noun.i + 1] if t.dep_ not in ("case", "fixed")), noun.i)
    before = "".join(t.lower_ for t in doc[max(0, first - 3):first])  # (spaces aside: « d' après » is « d'après »)
    if any(before.endswith(a.replace(" ", "")) for a in lexicon_words("claims", doc.lang_, "ATTRIBUTION")):
        return False
    if below.dep_ == "prep":
        return below.lower_ in preps
    return any(c.dep_ == "case" and c.lower_ in preps for c in below.children)


def _reviewed_by_report(verb: Token, below: Token) -> bool:
    """``below`` is the object of a verb whose subject is a report (REPORT_NOUNS: "The report emphasizes the ambush on
    police patrols and the colonel's execution"): what the report is on, as "a report on the killings"."""
    if verb.pos_ != "VERB" or below.dep_ not in ("dobj", "obj"):
        return False
    nouns = lexicon_words("events", verb.doc.lang_, "REPORT_NOUNS")
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and (c.lemma_.lower() in nouns or c.lower_ in nouns)
               for c in verb.children)


def recalled_phrase(root: Token, looking_back: bool = True, inquiry_only: bool = False) -> bool:
    """``root`` is in a phrase that recalls an older event (see :func:`recalled_in_sentence`); with
    ``looking_back`` false, only what a memorial is of, not what "since" or "a year after" looks
    back to; with ``inquiry_only``, only what a commission, an inquiry into the past or a report is on
    ("a commission of inquiry into the massacres", "a report on the killings in Bria")."""
    doc = root.doc
    after, since, memorial, units = _recall_words(doc.lang_)
    if not looking_back or inquiry_only:
        after = since = frozenset()
    if inquiry_only:
        memorial = lexicon_words("events", doc.lang_, "INQUIRY_NOUNS")
    cur = below = root
    for _ in range(8):
        markers = [c for c in cur.children if c.dep_ in ("mark", "case")]
        if cur.dep_ == "pobj" or (cur.dep_ == "prep" and cur is not root):
            markers.append(cur.head if cur.dep_ == "pobj" else cur)
        for mk in markers:
            word = mk.lower_
            if word in since:
                return True
            if cur is not root and _inquiry_object(mk, cur):
                return True
            if word in after and mk.i > 0 and doc[mk.i - 1].lower_ in units:
                return True
        if cur is not root and cur.lemma_.lower() in memorial:
            return True
        if cur is not root and _inquiry_into_the_past(cur, units):
            return True
        if cur is not root and _report_on(cur, below):
            return True
        if cur is not root and _reviewed_by_report(cur, below):
            return True
        if not inquiry_only and cur is not root and cur.pos_ == "VERB" and below is not root and _dative(below) and any(
                (c.dep_ in ("dobj", "obj") or (c.dep_.split(":")[0] in ("obl", "nmod") and c is not below and any(
                    k.dep_ == "case" for k in c.children))) and c.lemma_.lower() in memorial for c in cur.children):
            # to whom the memorial is paid: "paid tribute to a classmate killed by soldiers", "rendre
            # hommage à", "se sont rassemblés en hommage aux victimes de l'attentat" (parsed as two
            # complements of the verb); not the manner of it ("ont marqué l'anniversaire par une marche")
            return True
        # up through the noun phrase and the clauses that describe a noun ("classmates killed by
        # gunmen", "an attack that killed 40 students"), not past a clause of its own, nor past an
        # instrument or accompaniment ("marked the anniversary of the massacre with a silent march":
        # the march is the news, whatever noun the parser hangs its "with" on)
        if cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("acl", "relcl", "acl:relcl"):
            break
        if cur.dep_ == "prep" and cur.lower_ in lexicon_words("events", doc.lang_, "INSTRUMENT_PREPS"):
            break
        below, cur = cur, cur.head
    return False


def _inquiry_into_the_past(noun: Token, units: frozenset[str], into: Token | None = None) -> bool:
    """``noun`` is an inquiry (INQUIRY_WORDS) that recalls what it is into: a body's ("a parliamentary inquiry",
    « une enquête judiciaire », "Parliament opened an inquiry": INQUIRY_BODIES), or one whose phrase (or ``into``,
    its preposition hung on the verb) dates the act to an earlier time ("into the 2019 killings", "into last year's
    massacre", « sur l'assassinat d'un journaliste l'an dernier »). A bare police inquiry may be the first report of
    the act it is into, and stays so."""
    lang = noun.doc.lang_
    words = lexicon_words("events", lang, "INQUIRY_WORDS")
    bodies = lexicon_words("events", lang, "INQUIRY_BODIES")
    past = lexicon_words("events", lang, "INQUIRY_PAST_MARKERS")
    if noun.lemma_.lower() not in words and noun.lower_ not in words:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in bodies for c in noun.children):
        return True
    if noun.dep_ in ("dobj", "obj") and any(c.dep_ == "nsubj" and any(t.lower_ in bodies for t in c.subtree)
                                            for c in subject_holder(noun.head).children):
        return True  # "Parliament opened an inquiry into", « le gouvernement a ouvert une enquête sur »
    for t in [*noun.subtree, *(into.subtree if into is not None else ())]:
        if t.i <= noun.i:
            continue
        if t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20") and t.text.isdigit():
            return True  # "the 2019 killings", « les tueries de 2018 »
        if t.lower_ in units and any(c.lower_ in past for c in t.children):
            return True  # "last year's massacre", « l'an dernier »
    return False


def _inquiry_object(marker: Token, noun: Token) -> bool:
    """``noun`` is what a commission of inquiry set up by a verb is into, the preposition hung on the verb
    ("set up a commission into the killing of protesters", « a créé une commission sur les tueries »): the
    killing is recalled, the commission is the news (the commission's own complement is reached by
    :func:`recalled_phrase`'s walk up the noun phrase)."""
    nouns = lexicon_words("events", marker.doc.lang_, "INQUIRY_NOUNS")
    if marker.lower_ not in lexicon_words("events", marker.doc.lang_, "INQUIRY_PREPS"):
        return False
    verb = marker.head if marker.dep_ == "prep" else noun.head
    if verb.pos_ != "VERB":
        return False
    # an inquiry that recalls what it is into, the preposition hung on its verb ("Parliament opened an inquiry
    # into the killing of protesters")
    units = _recall_words(marker.doc.lang_)[3]
    return any(c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in nouns or _inquiry_into_the_past(
        c, units, marker if marker.dep_ == "prep" else noun)) for c in verb.children)


CONTEXT_WINDOW_TOKENS = 12
STRATEGIC = "Strategic developments"
AGREEMENT = "Agreement"


def _context_near(ctx_matches: list[tuple[str, int, int]], cls: str, sent: Span, sp: Span) -> bool:
    """A word of context class ``cls`` ("weapon", "territory", "base"...) in the trigger's sentence,
    within a few tokens of it ("seized weapons", "set up a new military base"); the phrase's head is
    a noun ("leur quartier général", whose last word is an adjective)."""
    doc = sent.doc
    for label, s, e in ctx_matches:
        if label == cls and (sp.start - CONTEXT_WINDOW_TOKENS <= s <= sp.end + CONTEXT_WINDOW_TOKENS) and \
                doc[s:e].root.pos_ in ("NOUN", "PROPN") and not _acronym(doc[s:e].root) and (  # "a base", not "posted 167"
                sent.start <= s < sent.end or not _full_stop_between(doc, min(s, sp.start), max(e, sp.end))):
            return True
    return False


def _demonym_object(sp: Span, m: LanguageMatchers) -> bool:
    """The verb's object is people named by their nation (a demonym noun of the actors lexicon, plural or singular:
    « les forces ont arrêté plus de 80 Palestiniens », "soldiers detained 40 Afghans"): persons."""
    root = sp.root
    objects = [o for o in root.children if o.dep_ in (*OBJECT_DEPS[:4], "obl:arg")]
    # « plus de 80 Palestiniens »: the counted noun hung on the comparative the parser makes the object
    objects += [g for c in root.children if c.dep_ == "advmod" for g in c.children if g.dep_ in ("obl:arg", "nmod")]
    objects += [c for o in objects if o.lower_ in m.quantities.VAGUE for c in of_complements(o, m.complement_preps)]
    return any(o.pos_ in ("NOUN", "PROPN") and (o.lower_ in m.demonyms or o.lemma_.lower() in m.demonyms)
               for o in objects)


def _acronym(tok: Token) -> bool:
    """ "CAR" (the Central African Republic) is not a car, unless the whole text shouts."""
    return tok.is_upper and len(tok) <= 4 and not tok.doc.text.isupper()


def _full_stop_between(doc: Doc, a: int, b: int) -> bool:
    """The parser splits verbless headlines into fragments; only a full stop ends the context."""
    return any(t.is_punct and t.text in FULL_STOPS for t in doc[a:b])


FULL_STOPS = (".", "!", "?", "…")


def _named_place_near(doc: Doc, sent: Span, sp: Span, places: frozenset[int] = frozenset()) -> bool:
    """A place named right after the trigger: the tagger's, or one the gazetteer read where the tagger saw a person
    or a thing as the verb's object (``places``, the first tokens of the places found: "Rebels seized Bria", Bria
    tagged a product; not "handed over food to families in Gao")."""
    if any(ent.label_ in PLACE_ENTITY_LABELS and sent.start <= ent.start < sent.end
           and sp.end <= ent.start <= sp.end + CONTEXT_WINDOW_TOKENS for ent in doc.ents):
        return True
    return _object_placed(sp, places, after=True)


PLACE_ENTITY_LABELS = ("GPE", "LOC", "FAC")
# the context classes of ground and places, which a named place is one of
PLACE_OBJECT_CLASSES = ("place", "territory")
OBJECT_DEPS = ("obj", "dobj", "nsubj:pass", "nsubjpass", "obl:agent", "agent")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "nsubj:pass")


def _object_placed(sp: Span, places: frozenset[int], after: bool = False) -> bool:
    """The verb's direct object (with ``after``, one after the trigger) is a place the gazetteer read (``places``: the
    first tokens of the places found), a town the tagger called a person ("Rebels attempted to seize Obo"): ground,
    not a person taken."""
    return bool(places) and any(c.dep_ in ("obj", "dobj") and c.left_edge.i in places and (not after or c.i >= sp.end)
                                for c in sp.root.children)


def _has_direct_object(sp: Span, m: LanguageMatchers) -> bool:
    """The trigger is a verb with a direct object ("residents gathered firewood", "assembled a bomb")."""
    return sp.root.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") for c in sp.root.children)


def _has_object(sp: Span) -> bool:
    """A verb with its object ("recaptured the town", "la ville a été reprise") or an event noun
    ("the capture of Palmyra"), not an intransitive use ("les combats ont repris")."""
    root = sp.root
    if root.pos_ in ("NOUN", "PROPN"):
        return True
    return any(c.dep_ in OBJECT_DEPS for c in root.children) or root.dep_ in ("acl", "amod")


def _bare_territory_object(sp: Span, ctx_matches: list[tuple[str, int, int]],
                           named: frozenset[int] = frozenset()) -> bool:
    """A verb's object that the small French model hangs on it as a bare modifier, no preposition (« avoir repris la
    ville dimanche », « la ville » read as a time phrase beside « dimanche »): a noun after the verb, with no case
    marker, that is a territory word, is the ground taken; so is a town's name there that the gazetteer read
    (``named``, the first tokens of the places found: « L'armée a repris Djibo samedi »)."""
    root = sp.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    places = [(s, e) for label, s, e in ctx_matches if label == "territory"]
    return any(c.dep_ == "obl:mod" and _bare_complement(root, c) and (
        c.pos_ == "NOUN" and any(s <= c.i < e for s, e in places) or c.pos_ == "PROPN" and c.left_edge.i in named)
        for c in root.children)


GOODS_MODIFIER_DEPS = ("amod", "compound")


def _object_is_goods(sp: Span, ctx_matches: list[tuple[str, int, int]]) -> bool:
    """A verb whose direct object is goods (context class "goods": "seized a boat sailing the San
    Miguel river", "seizing 1.5 tons of cocaine base in the area", "saisi un camion près du village"), or
    named so by its modifier ("recovered counterfeit notes from the port area", "des billets contrefaits"):
    a seizure, whatever territory word is near."""
    root = sp.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    objs = [c for c in root.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")]
    goods = [(s, e) for label, s, e in ctx_matches if label == "goods"]
    nouns = [t for o in objs for t in (o, *(g for c in o.children if c.dep_ == "prep"
                                            for g in c.children if g.dep_ == "pobj"))]
    return any(s <= t.i < e for n in nouns for t in (n, *(c for c in n.children if c.dep_ in GOODS_MODIFIER_DEPS))
               for s, e in goods)


def _territory_object(sp: Span, ctx_matches: list[tuple[str, int, int]]) -> bool:
    """The verb's own object is a place: a named one or a territory word ("have taken the strategic
    city", "the town was taken"), not anything else near ("took the wounded to the town")."""
    root = sp.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    places = [(s, e) for label, s, e in ctx_matches if label == "territory"]
    objects = [c for c in root.children if c.dep_ in OBJECT_DEPS[:4]]
    for o in objects:
        if o.ent_type_ in PLACE_ENTITY_LABELS or any(s <= o.i < e for s, e in places):
            return True
    # a name said to be a territory by its apposition, whatever the tagger calls it ("seized Rubaya, a major mining
    # town", « ont pris Rubaya, une localité minière »)
    return any(a.dep_ == "appos" and any(s <= a.i < e for s, e in places) for o in objects for a in o.children)


def _object_of_class(sp: Span, ctx_matches: list[tuple[str, int, int]], cls: str, m: LanguageMatchers) -> bool:
    """The verb's own object is a word of context class ``cls`` ("joined the coalition", not "joined
    talks ... with rebel groups"); a vague count's "of" complement is the object ("destroyed dozens of
    rockets", "des dizaines de roquettes")."""
    spans = [(s, e) for label, s, e in ctx_matches if label == cls]
    # French partitive objects parse as "obl:arg" ("ont échangé de violents tirs")
    objects = [o for o in sp.root.children if o.dep_ in (*OBJECT_DEPS[:4], "obl:arg")]
    objects += headline_undergoers(sp.root, m)
    objects += [c for o in objects if o.lower_ in m.quantities.VAGUE for c in of_complements(o, m.complement_preps)]
    # a number the parser makes the object, the noun it counts hung on it ("Twelve wounded were evacuated")
    objects += [c for o in objects if o.pos_ == "NUM" for c in o.children if c.dep_ in ("acl", "amod", "compound")]
    # names the model does not know, said of what they are ("stormed Kadawa, Tungar Daji and Maru villages",
    # "invaded Kadawa and Maru communities": the noun is an apposition of the first name, or a name conjoined to it)
    objects += [c for o in objects for c in o.conjuncts]
    objects += [a for o in objects for a in o.children if a.dep_ == "appos"]
    if cls in PLACE_OBJECT_CLASSES and any(o.ent_type_ in PLACE_ENTITY_LABELS for o in objects):
        return True  # "gunmen stormed Maiduguri": a named place
    return any(s <= o.i < e for o in objects for s, e in spans)


def headline_undergoers(verb: Token, m: LanguageMatchers | None = None) -> list[Token]:
    """What a past participle with no auxiliary was done to, in a headline's reduced passive: the noun
    it describes ("Couvre-feu instauré à Goma", "a curfew imposed on the city") or, when the parser makes
    it the root, its subject ("Curfew imposed in Imphal after clashes", "Protests banned in Dakar"); also a
    root verb the tagger reads as a simple past when a resultative of the language's list follows it with no
    object ("Three protesters shot dead as security forces fire on march": HEADLINE_RESULTATIVES), or a verb of harm
    so read with no object ("Peru: two protesters killed as police fire on march": HEADLINE_TRANSITIVES)."""
    if (m is not None and verb.pos_ == "VERB" and verb.dep_ == "ROOT" and m.headline_resultatives
            and not any(c.dep_ in ("dobj", "obj") or c.dep_.startswith("aux") for c in verb.children)
            and any(c.dep_ in ("acomp", "oprd", "xcomp") and c.i == verb.i + 1
                    and c.lower_ in m.headline_resultatives for c in verb.children)):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if (m is not None and verb.pos_ == "VERB" and verb.dep_ == "ROOT" and "Past" in verb.morph.get("Tense")
            and "Fin" in verb.morph.get("VerbForm") and verb.lemma_.lower() in m.headline_transitives
            and not any(c.dep_ in ("dobj", "obj", "conj", "ccomp", "xcomp") or c.dep_.startswith("aux")
                        for c in verb.children)):
        # "Peru: two protesters killed as police fire on march": a verb of harm with no object of its own, read as a
        # simple past, is a reduced passive (HEADLINE_TRANSITIVES)
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.pos_ != "VERB" or not past_participle(verb) or any(
            c.dep_.startswith("aux") for c in verb.children):
        return []
    if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        return [verb.head]
    if verb.dep_ == "ROOT" and not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        # a participle with an object of its own is an active past the model misread ("TWO BOMBS SET OFF BY
        # THE GUERRILLAS PARTIALLY DESTROYED THE BUILDING"): its subject did it
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


def _support_verb(sp: Span, m: LanguageMatchers) -> bool:
    """A protest noun made to happen: the object or passive subject of "hold", "stage", "organise"
    ("a demonstration was held", "staged a rally"), or what people take part in."""
    root = sp.root
    if root.pos_ not in ("NOUN", "PROPN") or not m.protest_support:
        return False
    head = root.head
    if root.dep_ == "pobj" and head.head.i != head.i:
        head = head.head  # "took part in a march", "participated in the rally"
        if head.lower_ in m.participation_nouns:
            head = head.head
    if root.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj:pass", "pobj", "obl"):
        return False
    if head.dep_ in RELATIVE_DEPS or (head.dep_ == "conj" and head.head.dep_ in RELATIVE_DEPS):
        return False  # "detain people who organise or participate in the demonstrations": who they are
    return head.lemma_.lower() in m.protest_support or head.lower_ in m.protest_support or (
        head.lemma_.lower() in m.participation_verbs and root.dep_ == "pobj")


def _protest_purpose(sp: Span, m: LanguageMatchers) -> bool:
    """People who gathered or marched for a protest purpose: an infinitive of protest ("gathered outside
    parliament to oppose the bill", "fans marched to protest against the owners"); not fighters ("troops
    marched to show their strength")."""
    root = sp.root
    if root.pos_ != "VERB" or not m.protest_purpose_verbs:
        return False
    doc = sp.doc
    if any(doc.vocab.strings[mid] == "COMB" for c in subject_holder(root).children if c.dep_ == "nsubj"
           for mid, _, _ in m.cues(doc[c.left_edge.i:c.right_edge.i + 1])):
        return False  # "troops marched to the border to show their strength": fighters are no protest crowd
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in m.protest_purpose_verbs and any(
        g.lower_ in m.purpose_markers for g in c.children if g.dep_ in ("aux", "mark")) for c in root.children)


FIRED_DEPS = ("dobj", "obj", "obl:arg", "nsubjpass", "nsubj:pass")


def _fired(sp: Span, m: LanguageMatchers) -> bool:
    """A means of crowd control that was used: the object or passive subject of a verb of use
    (``CROWD_CONTROL_USE_VERBS``: "police fired tear gas", "tear gas was fired", "la police a tiré des
    gaz lacrymogènes", "tear gas fired by police"), or the complement of a noun of use with its support
    verb (``CROWD_CONTROL_USE_PHRASES``: "a fait usage de gaz lacrymogènes", "made use of tear gas");
    not bought, stocked or banned ("bought tear gas canisters", "ban the use of tear gas")."""
    root = sp.root
    if any(c.dep_ == "acl" and c.lemma_.lower() in m.crowd_control_use for c in root.children):
        return True  # "tear gas fired by forces towards the school"
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "fired rubber bullets and tear gas"
    verb = head.head
    if head.dep_ in FIRED_DEPS:
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in m.crowd_control_use
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # EN "use of tear gas": the preposition heads its object
    if head.dep_ in ("nmod", "pobj") and verb.dep_ in ("obj", "dobj"):
        return (verb.head.lemma_.lower(), verb.lemma_.lower()) in m.crowd_control_use_phrases
    return False


def _used_against_crowd(sp: Span, m: LanguageMatchers) -> bool:
    """A means of crowd control told with no verb, "against" a crowd (events_<lang>.PROTEST_CROWDS): a headline's
    "Water cannon and tear gas against farmers at Shambhu border", « Gaz lacrymogène contre des étudiants à Dakar »:
    a crowd met by force, a protest with intervention. The means (or the list it is in) heads its sentence: not
    "protesters armed against tear gas", not "a ban on tear gas against students" (a verb or a noun above it)."""
    root = sp.root
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    preps = lexicon_words("events", m.lang, "AGAINST_PREPS")
    # (the preposition anywhere in the means' phrase with no verb between, « Canons à eau contre des agriculteurs »:
    # hung on « eau »)
    marks = [t for t in head.subtree if t.lower_ in preps and t.dep_ in ("prep", "case")]
    crowd = [g for t in marks if t.dep_ == "prep" for g in t.children if g.dep_ == "pobj"]
    crowd += [t.head for t in marks if t.dep_ == "case"]
    crowd = [c for c in crowd if not any(g.pos_ in ("VERB", "AUX") for g in governors(c, 6)
                                         if head.left_edge.i <= g.i <= head.right_edge.i and g.i != head.i)]
    return any(t.lower_ in m.protest_crowds or t.lemma_.lower() in m.protest_crowds or _protest_people(t, m)
               for t in crowd)


def _commemorates(sp: Span, m: LanguageMatchers) -> bool:
    """People who gathered to remember someone, which ACLED codes a peaceful protest: a memorial
    phrase hangs on the gathering ("gathered in memory of the victims", "se sont rassemblés en
    hommage à"), or a purpose clause of remembrance does ("gathered to commemorate the massacre",
    "to pay tribute to", "pour rendre hommage à")."""
    root = sp.root
    nouns, verbs = m.commemoration_nouns, m.commemoration_verbs
    if not nouns and not verbs:
        return False
    for c in root.children:
        if c.dep_ == "prep" and any(g.lemma_.lower() in nouns for g in c.children if g.dep_ == "pobj"):
            return True  # "in memory of"
        if c.dep_.split(":")[0] in ("obl", "nmod") and c.lemma_.lower() in nouns and any(
                k.dep_ == "case" for k in c.children):
            return True  # "en hommage à", "en mémoire de"
        if c.dep_.split(":")[0] in ("advcl", "xcomp") and c.pos_ == "VERB" and (
                c.lemma_.lower() in verbs or any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in nouns
                                                 for o in c.children)):
            return True  # "to commemorate", "to pay tribute", "pour rendre hommage"
    return False


def _celebrated(sp: Span, sent: Span, m: LanguageMatchers) -> bool:
    """A march or a gathering told as a celebration, which makes no demand of anyone (no ACLED protest): the
    sentence says people celebrated ("danced in the streets to celebrate independence day", « ont défilé pour fêter
    la victoire »), or partisans (fans) marched over a sports occasion ("supporters marched after the team's victory
    in the cup final"); never where it says what the crowd is against or demands ("to protest the results",
    « pour dénoncer le troisième mandat »)."""
    words = {w for t in sent for w in (t.lower_, t.lemma_.lower())}
    if words & (m.protest_topics | m.protest_purpose_verbs) or any(
            t.lower_ in m.protest_purpose_preps and t.lower_ not in m.complement_preps and (
                t.dep_ == "prep" and t.head.i == sp.root.i or t.dep_ == "case" and t.head.head.i == sp.root.i)
            for t in sent):
        return False
    if words & m.celebration_words:
        return True
    root = sp.root
    return bool(words & m.sport_occasions) and _partisans_did(root if root.pos_ == "VERB" else root.head, m)


def _armed_object(sp: Span, actors: list[ActorMention]) -> bool:
    """ "drove the militants out", "the rebels were pushed back", "pushed them back": the side that
    lost the ground is the object, not the residents or a car ("drove villagers out of their homes")."""
    objs = [c for c in sp.root.children if c.dep_ in OBJECT_DEPS[:4]]
    return any(o.pos_ == "PRON" or any(a.armed and a.tok_start <= o.i < a.tok_end for a in actors) for o in objs)


def _armed_men_taken(sp: Span, actors: list[ActorMention]) -> bool:
    """ "Police captured two suspected kidnappers near Kaduna": the verb's object is a common noun of an armed actor's
    mention, men taken, not ground (a name is left to :func:`_named_from_armed`)."""
    objs = [c for c in sp.root.children if c.dep_ in ("dobj", "obj")]
    return any(o.pos_ == "NOUN" and any(a.armed and a.tok_start <= o.i < a.tok_end for a in actors) for o in objs)


def _named_from_armed(sp: Span, actors: list[ActorMention], m: LanguageMatchers) -> bool:
    """A name taken from an armed side ("retook Mindat from the rebels", "a repris Mindat aux rebelles"):
    the verb's object is a name (the model often takes an unknown town for a person), and an armed actor is what it was taken from, under a
    preposition of TERRITORY_FROM_PREPS hung on the verb or on the name; a place the gazetteer and the
    model do not know."""
    root = sp.root
    objs = [c for c in root.children if c.dep_ in ("dobj", "obj")]
    if not objs or not all(o.text[:1].isupper() and o.i > o.sent.start for o in objs):
        return False
    armed = [a for a in actors if a.armed]
    for holder in (root, *objs):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in m.territory_from_preps:
                nouns = [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_.split(":")[0] in ("obl", "nmod") and any(
                    k.dep_ == "case" and k.lower_ in m.territory_from_preps for k in c.children):
                nouns = [c]
            else:
                continue
            if any(a.tok_start <= t.i < a.tok_end for n in nouns for t in n.subtree for a in armed):
                return True
    return False


def _armed_owner(sp: Span, actors: list[ActorMention], m: LanguageMatchers) -> bool:
    """An armed actor names whose the noun is: its modifier, possessor or "of" complement ("militia
    violence", "the rebels' violence", « les violences des miliciens »)."""
    root = sp.root
    owners = [c for c in root.children if c.dep_.split(":")[0] in ("compound", "amod", "poss", "nmod")]
    owners += list(of_complements(root, m.complement_preps))
    return any(a.armed and a.tok_start <= o.i < a.tok_end for o in owners for a in actors)


def _armed_subject(sp: Span, actors: list[ActorMention], m: LanguageMatchers) -> bool:
    """ "rebels destroyed the town hall", "the school was destroyed by rebels", "les rebelles ont
    détruit la mairie": an armed actor did it, as the verb's subject or its agent; not a blast's
    effect ("the device exploded, destroying a military truck") nor a flood's."""
    root = sp.root
    if root.pos_ != "VERB":
        return False
    holder = subject_holder(root)
    doers = [c for c in holder.children if c.dep_ == "nsubj"]
    doers += [g for c in root.children if c.dep_ in ("agent", "obl:agent") for g in (c, *c.children)]
    doers += [c for c in root.children if c.dep_.startswith("obl") and any(
        k.dep_ == "case" and k.lower_ in m.agent_markers for k in c.children)]
    armed = [a for a in actors if a.armed]
    if not doers and any(c.dep_ in ("nsubjpass", "nsubj:pass") for c in root.children):
        # "fifty houses were destroyed after fighting between two militias", « des maisons ont été détruites après des
        # combats entre deux milices »: a passive with no agent told after a fight of armed sides (not "during" it,
        # not "in" it: the fight's damage) was done by them, an act of its own the fight only dates
        for c in root.children:
            noun = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None) if c.dep_ == "prep" else c \
                if c.dep_.startswith("obl") and any(k.dep_ == "case" for k in c.children) else None
            marker = c if c.dep_ == "prep" else next((k for k in c.children if k.dep_ == "case"), None) \
                if noun is not None else None
            after = noun is not None and marker is not None and marker.lower_ in m.temporal_preps
            if noun is not None and marker is not None and noun.lemma_.lower() in lexicon_words(
                    "events", m.lang, "SEQUEL_NOUNS"):
                # « à la suite d'affrontements », "in the wake of clashes": the noun of a compound preposition of
                # sequel, whose complement is what came before
                noun = next((g for g in noun.children if g.dep_ == "nmod" or g.dep_ == "prep" and any(
                    o.dep_ == "pobj" for o in g.children)), None)
                if noun is not None and noun.dep_ == "prep":
                    noun = next(o for o in noun.children if o.dep_ == "pobj")
                after = noun is not None
            if not after or marker.lower_ in m.simultaneous \
                    or not (noun.lower_ in m.fight_nouns or noun.lemma_.lower() in m.fight_nouns):
                continue
            if any(noun.left_edge.i <= a.tok_start and a.tok_end <= noun.right_edge.i + 1 for a in armed):
                return True
    if any(a.tok_start <= t.i < a.tok_end for d in doers for t in d.subtree for a in armed):
        return True
    # a plural pronoun subject of a clause hung on a verb whose own subject is an armed side ("Some 15 insurgents
    # died when they stormed an army base", « des insurgés ont été tués alors qu'ils attaquaient la caserne »): that
    # side did it (the subject's head is the side, not "supporters of" it)
    pronouns = lexicon_words("events", m.lang, "PLURAL_PRONOUNS")
    if any(d.lower_ in pronouns for d in doers):
        for g in governors(holder, 3):
            if g.pos_ not in ("VERB", "AUX"):
                continue
            for s in g.children:
                if s.dep_.split(":")[0] in ("nsubj", "nsubjpass") and s.i < holder.i and any(
                        a.tok_start <= s.i < a.tok_end for a in armed):
                    return True
    return False


def _unknown_taker(sp: Span, actors: list[ActorMention], m: LanguageMatchers,
                   ctx_matches: list[tuple[str, int, int]]) -> bool:
    """ "picked up by men in plain clothes", "taken away by unidentified armed men", "des hommes
    cagoulés ont embarqué", "emmené par des hommes en civil": who took the person (the verb's subject
    or its agent) is not identified (a word of context class "unknown_taker" in its phrase or right
    after it), or a non-state armed side ("gunmen whisked away a priest"), nor a state force ("plainclothes
    police"): ACLED's abduction or forced disappearance, not an arrest."""
    root = sp.root
    if root.pos_ == "NOUN":
        # the noun's agent ("son interpellation par des hommes en civil", "his arrest by men in plain clothes")
        takers = [c for c in root.children if c.dep_.startswith("nmod") and any(
            k.dep_ == "case" and k.lower_ in m.agent_markers for k in c.children)]
        takers += [g for c in root.children if c.dep_ == "prep" and c.lower_ in m.agent_markers
                   for g in c.children if g.dep_ == "pobj"]
    elif root.pos_ == "VERB":
        takers = [c for c in subject_holder(root).children if c.dep_ == "nsubj"]
        takers += [g for c in root.children if c.dep_ in ("agent", "obl:agent") for g in (c, *c.children)
                   if g.pos_ in ("NOUN", "PROPN", "PRON")]
        takers += [c for c in root.children if c.dep_.startswith("obl") and c.dep_ != "obl:agent" and any(
            k.dep_ == "case" and k.lower_ in m.agent_markers for k in c.children)]
    else:
        return False
    state = [a for a in actors if a.kind in FORCE_KINDS]
    for t in takers:
        lo, hi = t.left_edge.i, t.right_edge.i + 1
        if any(a.tok_start <= t.i < a.tok_end for a in state):
            continue
        if any(label == "unknown_taker" and lo <= s and (e <= hi or s == hi) for label, s, e in ctx_matches):
            return True
        if any(a.armed and a.tok_start <= t.i < a.tok_end for a in actors):
            return True  # "gunmen whisked away a priest", "bandits took away two farmers": an armed group, no force
        if t.lower_ in lexicon_words("events", m.lang, "PLURAL_PRONOUNS"):
            # a plural pronoun for the side named just before it, in an earlier sentence ("Armed men stopped a
            # minibus near Kidal. They took away the driver and two passengers"): that side took them
            before = [a for a in actors if a.tok_end <= t.sent.start]
            if before and max(before, key=lambda a: a.tok_end).armed and max(
                    before, key=lambda a: a.tok_end) not in state:
                return True
    return False


def _discovered(sp: Span, m: LanguageMatchers) -> bool:
    """ "two mass graves were found", "the discovery of a mass grave", "mass graves contain the
    bodies of...": what was found is the subject of the report, not where the victims were put."""
    root = sp.root
    if root.dep_.split(":")[0] in ("nsubj", "nsubjpass"):
        return True
    # a preposition's object counts its preposition as one more head ("discovered a network of tunnels",
    # as "a découvert un réseau de tunnels", whose "de" hangs below the noun)
    depth = 3 if root.dep_ == "pobj" else 2
    # a headline's participle describing it ("Mass grave found in Ituri village"), or a discovery noun the
    # subject of the verb it hangs on ("Exhumations began at a mass grave near Izium")
    return any(t.lemma_.lower() in m.discovery or t.lower_ in m.discovery for t in governors(root, depth)) or any(
        c.dep_ in ("acl", "amod") and (c.lemma_.lower() in m.discovery or c.lower_ in m.discovery)
        for c in root.children) or any(
        c.dep_ in SUBJECT_DEPS and (c.lemma_.lower() in m.discovery or c.lower_ in m.discovery)
        for g in governors(root, depth) if g.pos_ == "VERB" for c in g.children) or any(
        t.dep_ in ("acl", "amod") and t.pos_ == "VERB" and (t.lemma_.lower() in m.discovery or t.lower_ in m.discovery)
        for c in root.children if c.dep_ in ("prep", "nmod", "acl") for t in c.subtree)
        # (a headline's participle hung on the grave's own complement: "Mass grave with 40 bodies found in
        # Kamenge", "mass grave of Yazidi victims unearthed near Sinjar", « une fosse commune contenant une trentaine
        # de corps découverte à Bujumbura »)


def _found(sp: Span, m: LanguageMatchers) -> bool:
    """ "the bodies of two peasants were found", "found the bodies of", "les corps de deux paysans ont
    été retrouvés": a verb of discovery governs the noun, not any verb it is the subject of ("the
    bodies were handed over to their families" reports no killing)."""
    root = sp.root
    depth = 3 if root.dep_ == "pobj" else 2
    if not any(t.lemma_.lower() in m.discovery or t.lower_ in m.discovery for t in governors(root, depth)
               if t.pos_ in ("VERB", "AUX", "NOUN")) and not _found_participle(root, m):
        return False
    # "reported finding the bodies to him": bodies known already (told before, no "of" complement to say
    # whose, a known-noun determiner: "the", "these", "les") are no new find; a person's possessive says
    # whose, as the complement does ("X WAS KIDNAPPED ON MONDAY. HIS BODY WAS FOUND TODAY", "THEIR
    # BODIES", « son corps a été retrouvé »: the dead are those the pronoun stands for)
    if not any(True for _ in of_complements(root, m.complement_preps)) and any(
            c.dep_ in ("det", "poss", "nmod:poss") and c.lower_ in m.known_determiners and not (
                "Yes" in c.morph.get("Poss") and c.lower_ not in m.thing_possessives) for c in root.children):
        return False
    # "found seven more bodies", "sept autres corps": more dead of an act told already, no new one
    if any(c.lower_ in m.body_more for c in root.children):
        return False
    # "found the bodies of seven passengers in the wreckage of a bus that fell into a ravine": the dead
    # of an accident or a disaster (NON_VIOLENT_CAUSES, BODY_FOUND_ELSEWHERE), no killing
    sent = sp.sent
    return not m.non_violent_causes(sent) and not any(
        t.lemma_.lower() in m.body_elsewhere or t.lower_ in m.body_elsewhere for t in sent)


def _found_participle(root: Token, m: LanguageMatchers) -> bool:
    """A headline's participle of discovery on the noun or on its "of" complement ("Body of a trader
    found near Bambari", « un corps sans vie retrouvé à Bria », « le corps d'un commerçant retrouvé »)."""
    def found_on(tok: Token) -> bool:
        return any(c.dep_.startswith("acl") and c.tag_ != "VBG" and c.i > tok.i
                   and (c.lemma_.lower() in m.discovery or c.lower_ in m.discovery) for c in tok.children)
    # « une dizaine de corps retrouvés », "dozens of bodies found": the parse hangs the participle on the figure
    # word (``quantities_<lang>.COLLECTIVES`` / ``VAGUE``) whose "of" complement the bodies are
    head = root.head.head if root.dep_ == "pobj" else root.head
    counted = head.i < root.i and head.pos_ == "NOUN" and (head.lower_ in m.figure_words
                                                           or head.lemma_.lower() in m.figure_words) \
        and any(root.i == o.i for o in of_complements(head, m.complement_preps))
    return found_on(root) or any(found_on(o) for o in of_complements(root, m.complement_preps)) \
        or counted and found_on(head)


def found_body(tok: Token, m: LanguageMatchers) -> bool:
    """The body noun ``tok`` is told found (:func:`_found`)."""
    return _found(tok.doc[tok.i:tok.i + 1], m)


PERSON_CUES = ("CIV", "COMB", "PERSON")


def _fighter_object(sp: Span, m: LanguageMatchers) -> bool:
    """The object is a fighter by word (a COMB cue: « des soldats ont arrêté quinze insurgés présumés »), found as
    :func:`_person_object` finds a person object."""
    return _person_object(sp, m, ("COMB",))


def _person_object(sp: Span, m: LanguageMatchers, labels: tuple[str, ...] = PERSON_CUES) -> bool:
    """ "seized a businessman", "three children were snatched", "captured a senior commander": the
    object is a person (a named one, a casualty-cue noun or PERSON_OBJECTS), not weapons or a town; with
    ``labels``, a noun of those cue labels only."""
    if labels != PERSON_CUES:
        def is_person(tok, m):
            return tok.pos_ not in ("PRON", "DET") and _person_word(tok, m, labels)
    else:
        is_person = _is_person
    root = sp.root
    if root.pos_ == "NOUN":
        return _noun_person_complement(root, m)
    objs = [o for o in root.children if o.dep_ in OBJECT_DEPS[:4]]
    if not objs:
        # a verb sharing the object of the verb conjoined to it ("thrashed and paraded a woman")
        objs = [o for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"
                for o in c.children if o.dep_ in OBJECT_DEPS[:4]][:1]
    if not objs:
        objs = _controller_of_passive(root)
    if not objs and root.dep_.split(":")[0] in ("acl", "amod") and root.head.pos_ in ("NOUN", "PROPN") \
            and past_participle(root):
        objs = [root.head]  # « la jeune fille enlevée »: a past participle is said of whom it was done to
    if not objs:
        # « neutralisé une quinzaine de terroristes », which the French parse hangs on the verb as a modifier: a
        # figure word right after the verb (``quantities_<lang>.COLLECTIVES`` / ``VAGUE``) is what it acted on
        objs = [c for c in root.children if c.dep_.split(":")[0] == "obl" and c.i > root.i
                and c.lower_ in m.figure_words and not any(k.dep_ == "case" for k in c.children)][:1]
    if not objs:
        # « ont arrêté dimanche trois jihadistes présumés »: a counted noun with no preposition after the verb, which
        # the French parse hangs on it as a modifier after a day, is its object
        objs = [c for c in root.children if c.dep_.split(":")[0] == "obl" and c.i > root.i
                and any(k.dep_ == "nummod" for k in c.children) and not any(k.dep_ == "case" for k in c.children)][:1]
    # a count whose "of" complement names them ("executed 11 of them", "abducted 30 of the villagers", « une
    # quinzaine de terroristes »)
    counted = [c for o in objs if o.pos_ == "NUM" or o.lower_ in m.figure_words
               for c in of_complements(o, m.complement_preps)]
    if root.dep_ == "conj" and root.head.pos_ == "VERB" and any(
            o.lower_ in m.person_pronouns_plural | m.person_pronouns_singular for o in objs):
        # « ont arraché trois paysans de leurs maisons et les ont exécutés »: the pronoun takes up the person
        # the verb it is joined to acted on
        objs = objs + [o for o in root.head.children if o.dep_ in OBJECT_DEPS[:4]]
    # (a figure word whose complement is weapons counts them: "seized dozens of rockets", no one)
    objs = [o for o in objs if not (o.lower_ in m.figure_words and any(
        c.lower_ in m.weapon_words or c.lemma_.lower() in m.weapon_words for c in of_complements(o, m.complement_preps)))]
    return any(_person_word(o, m, labels) or labels == PERSON_CUES and _pronoun_of_person(o, m) for o in objs) or any(
        is_person(c, m) if c.pos_ == "PRON" else _person_word(c, m, labels) for c in counted)


def _agrees(tok: Token, pron: Token) -> bool:
    """The noun agrees with the pronoun in number and gender, where both tell them."""
    return all(not tok.morph.get(f) or not pron.morph.get(f) or tok.morph.get(f) == pron.morph.get(f)
               for f in ("Number", "Gender"))


def _pronoun_of_person(pron: Token, m: LanguageMatchers) -> bool:
    """« Des jihadistes ont enlevé lundi un chef de village. Il a été exécuté samedi », « Les ravisseurs l'ont
    exécuté »: a personal pronoun (``events_<lang>.PERSON_PRONOUNS_*``) is a person object when it takes up a person
    told before, in its sentence before its clause or in the sentence before: the subject of that sentence when it
    agrees with the pronoun in number and gender (« Le plan de paix a été signé lundi. Il a été exécuté samedi »: the
    plan, no one), else a person word that agrees with it, with no preposition on it (:func:`_person_word`)."""
    if pron.pos_ not in ("PRON", "DET") or pron.lower_ not in m.person_pronouns_singular | m.person_pronouns_plural:
        return False
    doc = pron.doc
    sent = pron.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    own = {c.i for c in pron.head.children} | {pron.head.i}
    prev = doc[lo].sent if lo < sent.start else None
    if prev is not None:
        subj = next((c for c in prev.root.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is not None and _agrees(subj, pron):
            return _person_word(subj, m)
    return any(t.pos_ in ("NOUN", "PROPN") and t.i not in own and _agrees(t, pron)
               and not any(c.dep_ in ("case", "prep") for c in t.children) and t.dep_ not in ("pobj",)
               and _person_word(t, m) for t in doc[lo:pron.i])


def _dative_person(sp: Span, m: LanguageMatchers) -> bool:
    """The verb's complement in « à » is a person (« s'en sont pris à des commerçants », not « s'en est pris à
    l'opposition » nor « en a pris deux »): what an attack turned on."""
    return sp.root.pos_ == "VERB" and any(
        c.dep_.split(":")[0] in ("obl", "iobj", "nmod") and _dative(c) and _person_word(c, m)
        for c in sp.root.children)


def _controller_of_passive(verb: Token) -> list[Token]:
    """The subject a passive with none of its own shares with the clause it hangs on ("an activist went
    missing after being picked up by men in plain clothes", "un militant a disparu après avoir été
    embarqué par des hommes en civil"): what was done was done to that subject."""
    if not any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children) or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    head = verb
    for _ in range(2):
        if head.dep_ not in ("advcl", "pcomp", "prep", "xcomp") or head.head.i == head.i:
            return []
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    return []


def _noun_person_complement(noun: Token, m: LanguageMatchers) -> bool:
    """The noun of an act whose "of" complement is a person ("secured the release of two aid workers",
    "la libération des deux otages a été obtenue"): the complement of the noun is its verb's object. Only
    a noun that is itself the subject or object of a clause, not one a preposition governs ("talks on the
    release of", "les négociations pour la libération des otages": what is sought, not done)."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "ROOT") and not _support_verb_complement(noun, m):
        return False
    return any(_person_word(c, m) for c in of_complements(noun, m.complement_preps))


def _support_verb_complement(noun: Token, m: LanguageMatchers) -> bool:
    """The noun is the prepositional complement of a support verb whose complement is the act itself
    (``events_<lang>.ACT_SUPPORT_VERBS`` with ``ACT_SUPPORT_PREPS``: « les jihadistes ont procédé à l'exécution de
    trois otages », "proceeded with the execution of"): done, as the object of "carried out" is."""
    verbs = lexicon_words("events", m.lang, "ACT_SUPPORT_VERBS")
    preps = lexicon_words("events", m.lang, "ACT_SUPPORT_PREPS")
    if not verbs:
        return False
    if noun.dep_.split(":")[0] == "obl" and any(c.dep_ == "case" and c.lower_ in preps for c in noun.children):
        verb = noun.head  # (French parse: the noun hangs on the verb, its preposition a case marker)
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in preps:
        verb = noun.head.head  # (English parse: the preposition hangs on the verb)
    else:
        return False
    return verb.i != noun.i and verb.pos_ == "VERB" and verb.lemma_.lower() in verbs


def _person_word(tok, m: LanguageMatchers, labels: tuple[str, ...] = PERSON_CUES) -> bool:
    """A word that names a person: a person's name, a PERSON_OBJECTS noun or a person cue ("activist",
    "hostages"); with ``labels``, a cue of those labels only."""
    if labels == PERSON_CUES and (
            tok.ent_type_ == "PERSON" or tok.lower_ in m.person_objects or tok.lemma_.lower() in m.person_objects):
        return True
    doc = tok.doc
    return any(doc.vocab.strings[mid] in labels for mid, _, _ in m.cues(doc[tok.i:tok.i + 1]))


def _aimed_at_person(sp: Span, m: LanguageMatchers) -> bool:
    """The active verb was aimed at a person ("a man approached him and began firing at him", "fired on the
    judge"): the object of an AIMED_AT_PREPOSITIONS preposition on it is a personal pronoun or a person word;
    a shot at someone, whoever fired it ("the manager was fired on Friday" lost his job)."""
    root = sp.root
    if root.pos_ != "VERB" or any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in root.children):
        return False
    aimed = lexicon_words("events", m.lang, "AIMED_AT_PREPOSITIONS")
    pronouns = m.person_pronouns_singular | m.person_pronouns_plural
    objs = [o for p in root.children if p.dep_ == "prep" and p.lower_ in aimed for o in p.children if o.dep_ == "pobj"]
    objs += [o for o in root.children if o.dep_.split(":")[0] == "obl"
             and any(c.dep_ == "case" and c.lower_ in aimed for c in o.children)]
    return any(o.lower_ in pronouns if o.pos_ == "PRON" else _person_word(o, m) for o in objs)


def drew_weapon(verb: Token, lang: str) -> bool:
    """ "THE MAN TOOK OUT A PISTOL AND BEGAN FIRING", « l'homme a sorti un pistolet et a commencé à tirer »: the
    active verb of firing has no object and its doer drew a weapon just before: a verb of drawing
    (``events_<lang>.DRAWING_VERBS``, with its particle) whose object is a weapon (``DRAWN_WEAPONS``), the verb the
    firing hangs on through "and" and "began" (up to three steps)."""
    drawing = lexicon_words("events", lang, "DRAWING_VERBS")
    weapons = lexicon_words("events", lang, "DRAWN_WEAPONS")
    if not drawing or verb.pos_ != "VERB" or any(
            c.dep_ in ("dobj", "obj", "auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in verb.children):
        return False
    for _ in range(3):
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i or verb.head.pos_ != "VERB":
            return False
        verb = verb.head
        lemma = verb.lemma_.lower()
        prt = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "compound:prt")), None)
        if (lemma in drawing or prt is not None and f"{lemma} {prt}" in drawing) and any(
                c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in weapons or c.lower_ in weapons)
                for c in verb.children):
            return True
    return False


def _is_person(tok, m: LanguageMatchers) -> bool:
    """A token that names a person: a pronoun or possessive other than a thing's ("his", "son"; not
    "its"), or a person word (:func:`_person_word`)."""
    if tok.pos_ in ("PRON", "DET"):
        return tok.lower_ not in m.thing_possessives
    return _person_word(tok, m)


def _person_owner(sp: Span, m: LanguageMatchers) -> bool:
    """ "his whereabouts remain unknown", "le sort des otages reste inconnu": the one whose whereabouts
    are unknown is a person (or is not told), not a thing ("the painting's whereabouts", "its
    whereabouts")."""
    noun = next((t for t in sp if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return True
    owners = [c for c in noun.children if c.dep_ in ("poss", "nmod:poss")
              or (c.dep_ == "det" and "Yes" in c.morph.get("Poss"))]
    owners += of_complements(noun, m.complement_preps)
    return not owners or any(_is_person(o, m) for o in owners)


def _breached(sp: Span, m: LanguageMatchers) -> bool:
    """ "violated the ceasefire", "the truce was broken", "ceasefire violations", "a breach of the
    truce", "ont violé le cessez-le-feu", "la violation de la trêve": an agreement broken, no agreement."""
    root = sp.root
    head = root.head
    if head is root:
        return False
    if root.dep_ in (*OBJECT_DEPS[:4], "compound", "dep") and head.lemma_.lower() in m.breach_words:
        # ("dep": the French parse of "ont violé le cessez-le-feu")
        return True
    if root.dep_ == "pobj" and head.lower_ in m.complement_preps and head.head.lemma_.lower() in m.breach_words:
        return True  # "a breach of the truce"
    return root.dep_ == "nmod" and head.lemma_.lower() in m.breach_words and any(
        k.dep_ == "case" and k.lower_ in m.complement_preps for k in root.children)  # "violation du cessez-le-feu"


def _breaks_out(sp: Span, m: LanguageMatchers) -> bool:
    """The noun is the subject of a verb that says it breaks out or grows (``events_<lang>.RISING_VERBS``:
    "violence erupts in Bria", "Violence has flared again", « les violences reprennent à Bria », « la violence
    éclate »), or the noun before such a word the parser read as a noun of the headline ("Violence Surges",
    "violence flares": a compound), or what "there has been" says there was (``EXISTENTIAL_VERBS``: "There has
    been more violence in Bria", « il y a eu des violences à Bria »), told as done: not in the future nor with a modal ("violence could erupt",
    « les violences pourraient reprendre »)."""
    root = sp.root
    head = root.head
    if head is root:
        return False
    dep = root.dep_.split(":")[0]
    there = m.existential_verbs.get(head.lemma_.lower())
    existential = dep in ("attr", "obj", "dobj") and there is not None and any(c.lower_ in there for c in head.children)
    if not existential:
        if not (dep == "nsubj" and head.pos_ in ("VERB", "AUX") or dep == "compound" and head.i == root.i + 1):
            return False
        words = m.rising_verbs.get(head.lemma_.lower(), m.rising_verbs.get(head.lower_))
        if words is None or words and not any(k.lower_ in words for k in head.children):
            return False
    return not told_in_future(root, m) and not told_in_future(head, m) and not (
        head.lemma_.lower() in m.irrealis or any(c.dep_.startswith("aux") and c.lemma_.lower() in m.irrealis
                                                 for c in head.children))


def failed_agreement(sp: Span, m: LanguageMatchers) -> bool:
    """ "Ceasefire collapses as army shells rebel positions", « la trêve vole en éclats » (BREAKDOWN_VERBS): the
    agreement is the subject of a verb that says it failed. Still news of the agreement when told alone (CASE
    codes "the ceasefire collapsed" an agreement), the act of violence told with it is the news beside it."""
    root = sp.root
    head = root.head
    words = m.breakdown_verbs.get(head.lemma_.lower(), m.breakdown_verbs.get(head.lower_))
    return head is not root and root.dep_.split(":")[0] == "nsubj" and words is not None and (
        not words or any(k.lower_ in words for k in head.children))


def _called_off(sp: Span, m: LanguageMatchers) -> bool:
    """A work stoppage told as it ends, no protest (ACLED codes a strike only where workers demonstrate, and
    its end is no event): "Teachers end two-month strike", "called off the strike", « suspendent leur grève »,
    « mettent fin à leur grève », « fin de la grève », « ont levé le mot d'ordre de grève », « reprennent les
    cours après deux mois de grève »."""
    cur = sp.root
    if cur.lemma_.lower() not in m.stoppage_nouns and cur.lower_ not in m.stoppage_nouns:
        return False
    for _ in range(4):
        head = cur.head
        if head is cur:
            return False
        dep = cur.dep_.split(":")[0]
        if head.pos_ in ("VERB", "AUX"):
            words = m.stoppage_end_verbs.get(head.lemma_.lower(), m.stoppage_end_verbs.get(head.lower_))
            if dep in ("dobj", "obj", "nsubjpass") and words is not None and (
                    not words or any(k.lower_ in words for k in head.children)):
                return True
            # « mettent fin à leur grève »: the verb's object is the end
            if any(k.dep_ in ("dobj", "obj") and k.lemma_.lower() in m.stoppage_end_nouns for k in head.children):
                return True
            # « reprennent les cours après deux mois de grève », "returned to work after the strike"
            return head.lemma_.lower() in m.resume_verbs and (cur.lower_ in m.recall_after or any(
                k.dep_ in ("case", "mark") and k.lower_ in m.recall_after for k in cur.children))
        if head.lemma_.lower() in m.stoppage_end_nouns and dep in ("nmod", "pobj", "prep"):
            return True  # « fin de la grève », "the end of the strike"
        if dep not in ("nmod", "pobj", "prep", "compound", "obl"):
            return False
        cur = head
    return False


def _on_doing_side(sp: Span, m: LanguageMatchers) -> bool:
    """A people noun that makes an event only by what they do ("vigilantes lynched two men", "a
    vigilante group foiled an attack", "murdered by vigilantes"): not when they are hit, held or
    only name a thing ("killing six vigilantes", "the arrest of local vigilantes", "attacked a
    vigilante checkpoint", "members of a vigilante group were arrested")."""
    of = m.complement_preps
    tok = sp.root
    for _ in range(4):
        if tok.dep_ in ("compound", "amod") or (tok.dep_ == "pobj" and tok.head.lower_ in of) or (
                tok.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in of for c in tok.children)):
            # "a vigilante checkpoint", "members of a vigilante group", "the arrest of vigilantes":
            # the noun it belongs to takes the role
            tok = tok.head.head if tok.dep_ == "pobj" else tok.head
            if tok.lemma_.lower() in m.event_words or tok.lower_ in m.event_words:
                return False  # an event done to them ("the arrest of", "the killing of")
            continue
        break
    # "soldiers and vigilantes torched homes", "the army and vigilantes": beside fighters or the state's forces
    # (CROWD_CONTROL_FORCES), who act with them are a militia (ACLED codes vigilante groups so), no crowd: the act
    # their verb tells types it
    doc = sp.doc
    if any(_force_of_order(c, m) or any(doc.vocab.strings[mid] == "COMB" for mid, _, _ in m.cues(doc[c.left_edge.i:c.i + 1]))
           for c in tok.conjuncts):
        return False
    return tok.dep_ not in OBJECT_DEPS[:4]


def _combatant_subject(sp: Span, m: LanguageMatchers) -> bool:
    """The verb's subject names fighters ("militants struck an army base"), not aircraft or a state; so does that of a
    participle with no subject of its own, the subject of the verb it is said beside ("Gunmen stormed a market,
    striking shoppers with machetes") or the noun it is said of ("The attackers, striking at dawn, killed ...")."""
    root = sp.root
    if root.pos_ != "VERB":
        return False
    doc = sp.doc

    def fighters(c, end: int | None = None):
        """The words of ``c``'s phrase (up to ``end``) name fighters."""
        return any(doc.vocab.strings[mid] == "COMB"
                   for mid, _, _ in m.cues(doc[c.left_edge.i:c.right_edge.i + 1 if end is None else end]))

    if any(fighters(c) for c in root.children if c.dep_ == "nsubj"):
        return True
    if root.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return False
    if root.dep_ == "acl" and root.head.pos_ in ("NOUN", "PROPN"):
        return fighters(root.head, root.head.i + 1)  # (the noun's words, not the participle's clause after it)
    head = root
    for _ in range(3):
        if head.dep_ not in ("advcl", "conj", "xcomp") or head.head.i == head.i:
            break
        head = head.head
        if any(c.dep_ == "nsubj" for c in head.children):
            return any(fighters(c) for c in head.children if c.dep_ == "nsubj")
    return False


def aimed_objects(root: Token, m: LanguageMatchers) -> list[Token]:
    """What the act's word ``root`` was aimed at: its objects, the object of a target preposition on it ("an attack on
    troops", « une attaque contre des soldats »; "the attack of the militants" is who did it), and, when the act's noun
    is the object of a verb of reaction (``events_<lang>.REACTION_VERBS``), the object of a target preposition the parse
    hangs on that verb after the noun, or on a participle of doing said of the noun (``CONDUCT_VERBS``: "the attack
    carried out on Saturday against its peacekeepers", « l'attaque perpétrée samedi contre ») (« La Minusca condamne l'attaque de samedi contre ses casques bleus »: the attack
    was aimed at the peacekeepers, the mission condemned it)."""
    preps = m.target_preps - m.complement_preps
    objs = [c for c in root.children if c.dep_ in OBJECT_DEPS[:4]]
    objs += [g for c in root.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
             if g.dep_ == "pobj"]
    objs += [c for c in root.children if c.dep_ in ("nmod", "obl") and any(
        k.dep_ == "case" and k.lower_ in preps for k in c.children)]
    if root.pos_ in ("NOUN", "PROPN") and root.i + 1 < len(root.doc) and root.doc[root.i + 1].lower_ in preps:
        # the target phrase right after the act's noun, hung by the parse on another word (« trois jours de deuil
        # après une embuscade contre une patrouille de police », the « contre » phrase hung on « jours »): what the
        # act was aimed at still
        nxt = root.doc[root.i + 1]
        obj = nxt.head if nxt.dep_ == "case" else next((g for g in nxt.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.i > nxt.i and obj.pos_ in ("NOUN", "PROPN") and all(o.i != obj.i for o in objs):
            objs.append(obj)
    if root.pos_ in ("NOUN", "PROPN"):
        # a participle of doing said of the act's noun carries its target ("the attack carried out on Saturday
        # against its peacekeepers", « l'attaque perpétrée samedi contre ses casques bleus »)
        for part in root.children:
            if part.dep_.split(":")[0] == "acl" and part.i > root.i and conduct_verb(part, m):
                objs += [g for c in part.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
                         if g.dep_ == "pobj"]
                objs += [c for c in part.children if c.dep_.split(":")[0] in ("nmod", "obl") and any(
                    k.dep_ == "case" and k.lower_ in preps for k in c.children)]
    verb = root.head
    if root.pos_ in ("NOUN", "PROPN") and root.dep_.split(":")[0] in ("dobj", "obj") and verb.i != root.i and (
            verb.lemma_.lower() in m.reaction_verbs or verb.lower_ in m.reaction_verbs):
        objs += [g for c in verb.children if c.i > root.i and c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"]
        objs += [c for c in verb.children if c.i > root.i and c.dep_.split(":")[0] in ("nmod", "obl") and any(
            k.dep_ == "case" and k.lower_ in preps for k in c.children)]
    return objs


def _combatant_object(trigger: Trigger, sent: Span, m: LanguageMatchers, self_defence: bool = False) -> bool:
    """What was attacked are fighters ("attacked militiamen", "soldiers were ambushed", "an attack on
    troops"): ACLED's armed clash, two armed sides, even with no casualty counted. With ``self_defence``,
    whether what was attacked is a vigilante or self-defence group ("a team of vigilantes", "members of the
    Civilian JTF"), in the object's whole phrase."""
    doc = sent.doc
    root = doc[trigger.tok_start:trigger.tok_end].root
    objs = aimed_objects(root, m)
    if self_defence:
        # the small French model hangs an object with a partitive as an argument or a modifier ("ont attaqué des
        # Koglweogo", « ont attaqué des VDP »)
        objs += [c for c in root.children if c.dep_ == "obl:arg" or c.dep_ == "obl:mod" and c.pos_ in (
            "NOUN", "PROPN") and not any(k.dep_ == "case" for k in c.children)]
        if root.pos_ in ("NOUN", "PROPN"):
            # the act's noun as the means of a verb of violence ("killed two community watchmen in an ambush", « ont
            # tué deux gardiens dans une embuscade »): who the verb hit is whom the act was aimed at
            verb = root.head.head if root.dep_ == "pobj" else root.head if root.dep_.split(":")[0] in (
                "obl", "nmod") and any(k.dep_ == "case" for k in root.children) else None
            if verb is not None and verb.pos_ == "VERB" and verb.i != root.i:
                objs += [c for c in verb.children if c.dep_ in OBJECT_DEPS[:4]]
        if any(m.self_defence_groups(doc[o.left_edge.i:o.right_edge.i + 1]) for o in objs):
            return True
        # a group's name that starts on the object, its complement hung on the verb (« ont attaqué des volontaires
        # pour la défense de la patrie », the « pour » read as the attack's purpose)
        return any(s <= o.i - o.left_edge.i < e for o in objs
                   for _, s, e in m.self_defence_groups(doc[o.left_edge.i:sent.end]))
    # a count of fighters is what it counts (« a annoncé avoir neutralisé une quinzaine de terroristes », "killed
    # dozens of militants"): the "of" complement of a number or a figure word the verb acts on, as _person_object
    # (the French parse may hang the figure word on the verb as a modifier)
    # so is the group the members of which it hit ("attacked members of a militia", « ont attaqué des membres d'une
    # milice »: who they are is the group's)
    figures = [o for o in objs if o.pos_ == "NUM" or o.lower_ in m.figure_words or o.lower_ in m.member_words] + [
        c for c in root.children if c.dep_.split(":")[0] == "obl" and c.i > root.i and c.lower_ in m.figure_words
        and not any(k.dep_ == "case" for k in c.children)][:1]
    objs += [c for o in figures for c in of_complements(o, m.complement_preps)]
    # (with the adjective after it that makes one word of the noun: « casques bleus »)
    return any(doc.vocab.strings[mid] == "COMB" and s == 0 for o in objs
               for mid, s, _ in m.cues(doc[o.i:max([o.i + 1, *(c.i + 1 for c in o.children if c.i == o.i + 1 and c.dep_ == "amod")])])) or any(
        _armed_group_word(o, m) for o in objs)


def self_defence_object(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """What the act was aimed at is a vigilante or self-defence group ("ambushed members of the Civilian JTF",
    « une embuscade contre des chasseurs dozos »): ACLED's militias, an armed side."""
    return _combatant_object(trigger, sent, m, self_defence=True)


def civilian_described(tok: Token, m: LanguageMatchers) -> bool:
    """The noun's own phrase names civilians or a civilian use, and no fighters ("a convoy of aid workers", "a bus
    carrying passengers", "a humanitarian convoy", « un camion de commerçants »): what an ambush or a shot at it hit
    are civilians (ACLED's attack), whether or not anyone was killed."""
    doc = tok.doc
    sp = doc[tok.left_edge.i:tok.right_edge.i + 1]
    labels = [(doc.vocab.strings[mid], s, e) for mid, s, e in m.cues(sp)]
    if any(label == "COMB" for label, _, _ in labels):
        return False
    if any(t.i != tok.i and (t.lower_ in m.civilian_markers or t.lemma_.lower() in m.civilian_markers) for t in sp):
        return True
    return any(label == "CIV" and not (s <= tok.i - sp.start < e) for label, s, e in labels)


def military_targets_told(sent: Span, m: LanguageMatchers) -> bool:
    """The sentence names a military target ("post", "convoy", « patrouille »), not one its own phrase makes a
    civilian one ("a convoy of buses carrying pilgrims", « un convoi humanitaire »)."""
    return any(not civilian_described(sent.doc[sent.start + s:sent.start + e].root, m)
               for _, s, e in m.military_targets(sent))


def _post_aimed_at(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """A military target of the sentence is what the act was aimed at: the verb's object or the object of a
    target preposition on it ("stormed a rebel camp", "an attack on a military post", « ont attaqué un poste »), not
    the place where it was done ("at a checkpoint", « à un poste de contrôle »; a target preposition after an object
    tells the place: "shot dead a man at a checkpoint")."""
    doc = sent.doc
    words = doc[trigger.tok_start:trigger.tok_end]  # (the words of the act: "opened fire on")
    inside = range(trigger.tok_start, trigger.tok_end)
    aimed = [c for w in words for c in w.children if c.dep_ in OBJECT_DEPS[:4] and c.i not in inside]
    preps = m.target_preps - m.complement_preps if not aimed else frozenset()
    aimed += [g for w in words for c in w.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
              if g.dep_ == "pobj"]
    aimed += [c for w in words for c in w.children if c.dep_.split(":")[0] in ("nmod", "obl") and any(
        k.dep_ == "case" and k.lower_ in preps for k in c.children)]
    # (through a figure or a pronoun of part: "opened fire on some of our positions", « sur plusieurs de leurs
    # positions », "attacked two of its posts")
    aimed += [c for o in list(aimed) if o.pos_ in ("NUM", "PRON", "DET") or o.lower_ in m.figure_words
              for c in of_complements(o, m.complement_preps)]
    posts = [sent[s:e].root for _, s, e in m.military_targets(sent)]
    return any(p.i == o.i or p.head.i == o.i and p.dep_ in ("compound", "amod") for o in aimed for p in posts)


def civilian_object(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """What an act aimed at someone (an ambush) hit is civilian by its own phrase ("ambushed a convoy of aid workers",
    "an ambush on a bus carrying passengers", « ont tendu une embuscade à un convoi humanitaire »): the object, a
    target preposition's object, or the « à » / "for" argument of the verb the act's noun is the object of."""
    doc = sent.doc
    root = doc[trigger.tok_start:trigger.tok_end].root
    preps = m.target_preps - m.complement_preps
    heads = [root]
    if root.dep_ in ("obj", "dobj") and root.head.pos_ == "VERB":
        heads.append(root.head)  # "laid an ambush for", « ont tendu une embuscade à »
    objs = []
    for h in heads:
        objs += [c for c in h.children if c.dep_ in OBJECT_DEPS[:4] and c.i != root.i]
        objs += [g for c in h.children if c.dep_ == "prep" and (c.lower_ in preps or h is not root)
                 for g in c.children if g.dep_ == "pobj"]
        objs += [c for c in h.children if c.dep_ in ("nmod", "obl", "obl:arg") and (h is not root or any(
            k.dep_ == "case" and k.lower_ in preps for k in c.children))]
    if not objs:
        return False
    obj = min(objs, key=lambda o: o.i)
    return civilian_described(obj, m) or any(
        doc.vocab.strings[mid] == "CIV" for mid, _, _ in m.cues(doc[obj.i:obj.i + 1]))


def _armed_group_word(tok: Token, m: LanguageMatchers) -> bool:
    """The noun names an armed group (context class "group": "the militias", "an armed group", "les
    milices d'autodéfense"), whose phrase ends on it."""
    if not m.has_context:
        return False
    span = tok.doc[tok.left_edge.i:tok.i + 1]
    return any(tok.doc.vocab.strings[mid] == "group" and e == len(span) for mid, _, e in m.context(span))


def _crowd_marches(sp: Span, m: LanguageMatchers) -> bool:
    """ "students demonstrated against fees", "thousands marched in the capital", "rallied against
    the coup", "an opposition march": a crowd of people is who marched, or the march is against something (not
    "troops marched on the town", "the army demonstrated its strength")."""
    root = sp.root
    occasions = [g for c in root.children if c.dep_ == "prep" and c.lower_ in m.protest_purpose_preps
                 for g in c.children if g.dep_ == "pobj"]
    occasions += [c for c in root.children if c.dep_.startswith(("obl", "nmod")) and any(
        g.dep_ == "case" and g.lower_ in m.protest_purpose_preps for g in c.children)]
    if any(o.lemma_.lower() in m.gathering_occasions or o.lower_ in m.gathering_occasions for o in occasions):
        return False  # "officers who had gathered for afternoon prayers", « rassemblés pour la prière »: no protest
    if any(c.dep_ == "prep" and c.lower_ in m.protest_purpose_preps for c in root.children):
        return True
    if any(c.dep_.startswith(("obl", "nmod")) and any(g.dep_ == "case" and g.lower_ in m.protest_purpose_preps
                                                      for g in c.children) for c in root.children):
        return True  # "ont défilé contre la réforme"
    if root.pos_ == "NOUN":
        # the march's own phrase names who marched ("an opposition march", "a students' march", « une marche de
        # l'opposition »): a crowd's march, as with a crowd subject
        return any(t.lower_ in m.protest_crowds or t.lemma_.lower() in m.protest_crowds
                   for c in root.children if c.dep_ in ("compound", "poss", "nmod:poss", "nmod", "prep")
                   and (c.dep_ != "prep" or c.lower_ in m.complement_preps)
                   and (c.dep_ != "nmod" or any(g.dep_ == "case" and g.lower_ in m.complement_preps for g in c.children))
                   for t in ([c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"]))
    if root.pos_ != "VERB":
        return False
    if root.dep_ == "acl" and root.head.dep_ == "ROOT" and root.head.pos_ in ("NOUN", "PROPN") \
            and root.head.i < root.i and not any(c.dep_.startswith("nsubj") for c in root.children):
        # a sentence's verb the parse read as a participle on its subject, made the root ("About 200 residents
        # assembled outside the district office."): the noun is who gathered
        doc = sp.doc
        return any(t.lower_ in m.protest_crowds or t.lemma_.lower() in m.protest_crowds
                   for t in doc[root.head.left_edge.i:root.i])
    holder = subject_holder(root)
    if root.dep_ == "advcl" and not any(c.dep_.startswith("nsubj") for c in root.children) and (
            root.tag_ == "VBG" or "Part" in root.morph.get("VerbForm") and "Pres" in root.morph.get("Tense")):
        # a present participle with no subject of its own (« ont scandé des slogans en défilant », "chanted
        # slogans while marching"): who marched is the subject of the verb it hangs on
        holder = subject_holder(root.head)
    subj = next((c for c in holder.children if c.dep_ == "nsubj" or (
        # a pronominal verb the parse reads as a passive (« se sont rassemblées »: its « se » expl:pass): its
        # passive subject is who gathered
        c.dep_ == "nsubj:pass" and any(g.dep_ == "expl:pass" for g in holder.children))), None)
    return subj is not None and any(t.lower_ in m.protest_crowds or t.lemma_.lower() in m.protest_crowds
                                    for t in subj.subtree)


# what names the source of a blast or a fire: its modifiers, its own subject ("the plant exploded"), an "of"
# complement, a coordinated cause ("a crash and explosion"), the noun an agentless participle describes;
# and what names the blast or fire that did an act
SOURCE_DEPS = ("compound", "amod", "nsubj", "nmod", "prep", "conj")
CAUSE_DEPS = ("nsubj", "agent", "obl:agent", "prep", "obl")


def _accidental_blast(tok: Token, m: LanguageMatchers) -> bool:
    """``tok`` is a blast or a fire told with an accident's source and no weapon ("a gas explosion", "a
    chemical plant exploded", "une usine a brûlé"): ACLED codes no accident, whatever was destroyed."""
    if tok.lemma_.lower() not in m.accident_events:
        return False
    attached = [c for c in tok.children if c.dep_ in SOURCE_DEPS and (
        c.dep_ != "prep" or c.lower_ in m.complement_preps) and not (
        c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ not in m.complement_preps for g in c.children))]
    if tok.dep_ == "conj" or (tok.dep_.split(":")[0] == "acl" and not any(
            c.dep_ in ("agent", "obl:agent") for c in tok.children)):
        attached.append(tok.head)  # "a crash and explosion"; "a warehouse burned in a fire": what burned, no doer
    words = {w for c in attached for t in c.subtree for w in (t.lemma_.lower(), t.lower_)}
    return bool(words & m.accident_sources) and not words & m.weapon_words


def _accident_told(sp: Span, m: LanguageMatchers) -> bool:
    """The trigger is an accidental blast or fire, or what one or a natural cause did ("a gymnasium
    demolished by a fertilizer plant explosion", "an earthquake damaged 1,300 buildings")."""
    root = sp.root
    doc = sp.doc
    causes = [c for c in root.children if c.dep_ in CAUSE_DEPS]
    if root.dep_ == "conj":
        causes += [c for c in root.head.children if c.dep_ == "nsubj"]  # "an earthquake killed eight and damaged ..."
    return _accidental_blast(root, m) or any(
        _accidental_blast(t, m) for c in causes for t in c.subtree) or any(
        c.dep_ != "prep" and m.non_violent_causes(doc[c.left_edge.i:c.right_edge.i + 1]) for c in causes)


def _withdrawal_told(sp: Span, m: LanguageMatchers) -> bool:
    """The sentence tells that a side left the ground, by a verb or a noun of WITHDRAWAL_WORDS other than
    the trigger ("moved into the town after the troops withdrew", "est entré dans la ville après le retrait
    de l'armée")."""
    return any(t.lemma_.lower() in m.withdrawal_words or t.lower_ in m.withdrawal_words
               for t in sp.sent if not sp.start <= t.i < sp.end)


# trigger flags whose check reads only the trigger's span and the language's matchers: the check
# must hold ...
def _accused_of(sp: Span, m: LanguageMatchers) -> bool:
    """:func:`_laid_at_door` by a verb of accusing only ("blamed the FMLN for the death of", "a accusé
    le FMLN de la mort de"): a speech act about one act; being "responsible for the death of about
    12,000 people" may sum up a group's record."""
    return _laid_at_door(sp, m, accusing_only=True) or _responsible_for_one(sp, m)


def _responsible_for_one(sp: Span, m: LanguageMatchers) -> bool:
    """ "SOLDIERS OF THE FIRST BRIGADE WERE RESPONSIBLE FOR THE DEATH OF THE TWO TEACHERS", « responsables de
    la mort des deux institutrices »: a predicate of responsibility (``events_<lang>.ONE_ACT_PREDICATES``)
    on the death of persons told as known ones (a determiner of ``ONE_ACT_DETERMINERS``, or a name) tells
    one act; not with a word of a record in the sentence ("RESPONSIBLE FOR THE DEATHS OF THOUSANDS OF
    CIVILIANS SINCE 1980", ``RECORD_WORDS``)."""
    preds = lexicon_words("events", m.lang, "ONE_ACT_PREDICATES")
    root = sp.root
    if not preds or root.dep_.split(":")[0] not in ("pobj", "obl", "nmod"):
        return False
    head = root.head.head if root.head.dep_ == "prep" else root.head
    if head.lemma_.lower() not in preds and head.lower_ not in preds:
        return False
    record = lexicon_words("events", m.lang, "RECORD_WORDS")
    if any(t.lower_ in record for t in root.sent):
        return False
    dets = lexicon_words("events", m.lang, "ONE_ACT_DETERMINERS")
    persons = [g for c in root.children for g in (
        (c,) if c.dep_.startswith("nmod") else (g for g in c.children if g.dep_ == "pobj") if c.dep_ == "prep" else ())]
    return any(p.pos_ == "PROPN" or any(c.dep_.split(":")[0] in ("det", "case", "poss") and c.lower_ in dets
                                        for c in p.children) for p in persons)


def _laid_at_door(sp: Span, m: LanguageMatchers, accusing_only: bool = False) -> bool:
    """The event noun is laid at someone's door: the complement of a predicate of blame or
    responsibility ("blamed the FMLN for THE DEATH of four peasants", "responsible for THE
    EXPLOSION", "accusé le FMLN de LA MORT de", ``events_<lang>.PERPETRATOR_PREDICATES``,
    ``ATTRIBUTION_PREDICATES``, ``ACCUSATION_VERBS``), the object of an attribution ("attributed
    the explosion to"), or the subject of "the work of" (``WORK_NOUNS``): a death or a blast
    someone is said to have caused is an act, not an accident or a natural death."""
    root = sp.root
    preds = m.blame_predicates | m.accusation_verbs
    if not accusing_only:
        preds |= lexicon_words("events", m.lang, "PERPETRATOR_PREDICATES")
    dep = root.dep_.split(":")[0]
    if dep in ("pobj", "nmod", "obl"):
        head = root.head.head if root.head.dep_ == "prep" else root.head
        for _ in range(2):  # "accused THE MRTA of the explosion": the complement hung on the verb's object
            if head.lemma_.lower() in preds or head.lower_ in preds:
                return True
            if head.dep_.split(":")[0] not in ("dobj", "obj") or head.head.i == head.i:
                break
            head = head.head
    if dep in ("dobj", "obj", "nsubjpass") and (root.head.lemma_.lower() in m.blame_predicates):
        return True
    works = lexicon_words("events", m.lang, "WORK_NOUNS")
    if dep == "nsubj" and works and not accusing_only:
        verb = root.head
        return any(n.pos_ == "NOUN" and n.lemma_.lower() in works
                   for n in (verb, *(c for c in verb.children if c.dep_ in ("attr", "xcomp"))))
    return False


def _carrier(sp: Span, m: LanguageMatchers) -> bool:
    """An aircraft told flying, carrying or crashing, or travelled on (events CARRIER_VERBS and
    CARRIER_PREPS: "A MILITARY PLANE CARRYING 12 SOLDIERS CRASHED", "A MILITARY PLANE FLEW THE BODIES",
    "ON A MILITARY PLANE", « un avion militaire transportant ... s'est écrasé »): no strike."""
    verbs = lexicon_words("events", m.lang, "CARRIER_VERBS")
    preps = {tuple(p.split()) for p in lexicon_words("events", m.lang, "CARRIER_PREPS")}
    root = sp.root

    def carrying(v: Token) -> bool:
        return v.pos_ in ("VERB", "AUX") and (v.lemma_.lower() in verbs or phrasal_lemma(v) in verbs or v.lower_ in verbs)

    if root.dep_.startswith("nsubj") and carrying(root.head):
        return True
    if any(c.dep_ in ("acl", "relcl", "acl:relcl") and carrying(c) for c in root.children):
        return True
    words = [t.lower_ for t in sp.doc[max(sp.start - 4, 0):sp.start] if t.pos_ != "DET"]
    return any(tuple(words[len(words) - len(p):]) == p for p in preps if len(p) <= len(words))


def _craft_hit(sp: Span, m: LanguageMatchers) -> bool:
    """An aircraft that is what the act hit: the object of a verb of ``events_<lang>.CRAFT_HIT_VERBS`` or its
    passive subject, itself or as one of a list ("THE GUERRILLAS DESTROYED TWO MILITARY PLANES ON THE GROUND", "A
    HELICOPTER WAS DAMAGED BY THE BLAST", « ont détruit deux hélicoptères de l'armée »): a target, no strike."""
    verbs = lexicon_words("events", m.lang, "CRAFT_HIT_VERBS")
    if not verbs:
        return False
    root = sp.root
    while root.dep_ == "conj" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < root.i:
        root = root.head
    if _craft_shot_at(root, m):
        return True
    if root.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj:pass"):
        return False
    v = root.head
    return v.pos_ == "VERB" and (v.lemma_.lower() in verbs or phrasal_lemma(v) in verbs or v.lower_ in verbs)


def _craft_shot_at(root: Token, m: LanguageMatchers) -> bool:
    """An aircraft that shots were aimed at: the object of a preposition of ``events_<lang>.CRAFT_TARGET_PREPS`` hung
    on a verb of ``events_<lang>.CRAFT_SHOT_VERBS`` ("gunmen opened fire on a small plane", « des hommes armés ont
    ouvert le feu sur un avion civil », « ont tiré sur un hélicoptère »): a target, no strike from the air."""
    preps = lexicon_words("events", m.lang, "CRAFT_TARGET_PREPS")
    shot = lexicon_words("events", m.lang, "CRAFT_SHOT_VERBS")
    if root.dep_ == "pobj" and root.head.lower_ in preps:
        verb = root.head.head
    elif any(c.dep_ == "case" and c.lower_ in preps for c in root.children):
        verb = root.head
    else:
        return False
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in shot or verb.lower_ in shot)


def _national_weapon(sp: Span, m: LanguageMatchers) -> bool:
    """A weapon named with the nation that used it ("a Turkish drone hit a car", "un drone turc"): a state's
    forces are its armed side, though no force is named (the model's nationality entity, or a demonym of
    the actors lexicon)."""
    root = sp.root
    # the weapon itself, not a word qualifying another noun ("the Turkish drone industry")
    return root.pos_ == "NOUN" and root.dep_ not in ("compound", "amod", "nmod") and any(
        c.dep_ == "amod" and (c.ent_type_ == "NORP" or c.lower_ in m.demonyms) for c in root.children)


def _weapon_strikes(sp: Span, m: LanguageMatchers) -> bool:
    """The weapon is the subject of a verb of striking with an object ("The drone struck a vehicle", « Un
    hélicoptère a frappé un convoi », events_<lang>.WEAPON_STRIKE_VERBS): it was armed, though no force is
    named (a drone that films or flies over strikes nothing)."""
    root = sp.root
    verb = root.head
    if not (root.pos_ == "NOUN" and root.dep_ == "nsubj" and verb.pos_ == "VERB") or any(
            c.dep_ == "neg" or c.lower_ in m.negations for c in verb.children):
        return False
    # a verb of firing from the air strikes whatever the parse makes of its object (« des hélicoptères ont mitraillé
    # dimanche des positions », the positions hung on the day: events_<lang>.WEAPON_FIRE_VERBS)
    if verb.lemma_.lower() in lexicon_words("events", m.lang, "WEAPON_FIRE_VERBS"):
        return True
    return verb.lemma_.lower() in m.weapon_strike_verbs and any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _bare_complement(verb: Token, c: Token) -> bool:
    """``c`` is a complement of ``verb`` after it with no preposition, which the French parse makes of an object told
    after a weekday (« a lâché lundi deux grenades », « ont libéré vendredi vingt élèves »: a modifier of the verb):
    read as its object."""
    return c.head.i == verb.i and c.dep_.split(":")[0] == "obl" and c.i > verb.i and not any(
        k.dep_ == "case" for k in c.children)


def _dropped(sp: Span, m: LanguageMatchers) -> bool:
    """The munition word is what a verb of dropping (``events_<lang>.DROP_VERBS``) drops: its object, or the subject
    of its passive, or the noun its participle describes ("dropped two bombs", « a largué deux bombes », « des
    bombes larguées »); or the subject of a verb of falling (``FALL_VERBS``: "bombs fell on two camps", « des bombes
    sont tombées sur »): dropped from above, whether or not the aircraft is said."""
    verbs = lexicon_words("events", m.lang, "DROP_VERBS")
    munitions = lexicon_words("events", m.lang, "DROPPED_MUNITIONS")
    root = sp.root
    if root.lower_ not in munitions and root.lemma_.lower() not in munitions:
        return False
    if root.dep_.split(":")[0] == "nsubj" and root.head.lemma_.lower() in lexicon_words("events", m.lang, "FALL_VERBS"):
        # (« des bombes sont tombées »: the French parse reads the auxiliary être as a passive, nsubj:pass)
        verb, verbs = root.head, lexicon_words("events", m.lang, "FALL_VERBS")  # "bombs fell on two camps"
    else:
        verb = root.head if root.dep_.split(":")[0] in ("dobj", "obj", "nsubjpass") or root.dep_ == "nsubj:pass" \
            else None
    if verb is None:
        verb = next((c for c in root.children if c.dep_.split(":")[0] == "acl" and c.pos_ == "VERB"), None)
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and not any(
        c.dep_ == "neg" or c.lower_ in m.negations for c in verb.children)


def _fired_from_aircraft(sp: Span, m: LanguageMatchers) -> bool:
    """The missile or rocket word is the object of a verb (or the noun of a participle) whose complement tells the
    aircraft it was fired from ("fired 100 missiles from aircraft", « ont tiré des missiles depuis des avions »:
    ``events_<lang>.DROP_FROM_PREPS``, ``FIRING_AIRCRAFT``)."""
    froms = lexicon_words("events", m.lang, "DROP_FROM_PREPS")
    craft = lexicon_words("events", m.lang, "FIRING_AIRCRAFT")
    root = sp.root
    above = []
    if root.dep_.split(":")[0] in ("nmod", "pobj") and _counting_noun(root.head.head if root.dep_ == "pobj"
                                                                        else root.head, m):
        # ("une centaine de missiles depuis des avions": the count is the verb's object, the aircraft on it too)
        root = root.head.head if root.dep_ == "pobj" else root.head
        above = [root]
    verb = root.head if root.dep_.split(":")[0] in ("dobj", "obj", "nsubjpass") or root.dep_ == "nsubj:pass" else None
    if verb is None:
        verb = next((c for c in root.children if c.dep_.split(":")[0] == "acl" and c.pos_ == "VERB"), None)
    if verb is None or verb.pos_ != "VERB":
        return False
    for c in [k for x in (verb, *above) for k in x.children]:
        if c.dep_ == "prep" and c.lower_ in froms:
            nouns = [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_.split(":")[0] in ("obl", "nmod") and any(k.dep_ == "case" and k.lower_ in froms for k in c.children):
            nouns = [c]
        else:
            continue
        if any(n.lower_ in craft or n.lemma_.lower() in craft for n in nouns):
            return True
    return False


def _drops_munition(sp: Span, m: LanguageMatchers) -> bool:
    """The drone drops a munition: the subject of a verb of dropping (``events_<lang>.DROP_VERBS``) whose object is
    a munition (``DROPPED_MUNITIONS``: "a drone dropped a grenade on a checkpoint", « un drone a largué une
    grenade »), or the agent of its passive, or where it was dropped from (``DROP_FROM_PREPS``: "a grenade dropped by
    a drone", « une grenade larguée par un drone », "dropped from a drone"): ACLED's drone strike, not a grenade
    thrown by hand; a drone that drops leaflets or supplies strikes nothing."""
    verbs = lexicon_words("events", m.lang, "DROP_VERBS")
    froms = lexicon_words("events", m.lang, "DROP_FROM_PREPS")
    munitions = lexicon_words("events", m.lang, "DROPPED_MUNITIONS")
    root = sp.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    if root.dep_ == "pobj" and (root.head.dep_ == "agent" or root.head.lower_ in froms):
        verb = root.head.head  # "dropped by a drone", "dropped from a drone"
    elif root.dep_ in ("nsubj", "agent", "obl:agent") or root.dep_.split(":")[0] in ("obl", "nmod") and any(
            c.dep_ == "case" and c.lower_ in froms for c in root.children):
        verb = root.head  # "a drone dropped", « larguée par un drone », « larguée depuis un drone »
    else:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or any(
            c.dep_ == "neg" or c.lower_ in m.negations for c in verb.children):
        return False
    # what was dropped: the verb's object or its other subject, or the noun its participle describes
    dropped = [c for c in verb.children if c.i != root.i and (
        c.dep_ in (*OBJECT_DEPS[:4], "nsubj") or _bare_complement(verb, c))]
    if verb.dep_.split(":")[0] == "acl":
        dropped.append(verb.head)
    return any(d.lower_ in munitions or d.lemma_.lower() in munitions for d in dropped)


def _striking_force(sp: Span, m: LanguageMatchers) -> bool:
    """The force (an air force, « l'armée de l'air ») is the subject of a verb of striking, or its passive's agent
    ("The Nigerian Air Force bombed a camp", "a bridge was destroyed by the air force", « L'armée de l'air malienne a
    bombardé un campement », events_<lang>.FORCE_STRIKE_VERBS): it struck from the air, whatever the parser makes of
    what it hit (« ont frappé mercredi des positions », « des positions » read as a complement of the day); not the
    force hit or owning a place ("rebels attacked the air force headquarters", « le siège de l'armée de l'air »)."""
    verbs = lexicon_words("events", m.lang, "FORCE_STRIKE_VERBS")
    root = sp.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head  # "destroyed by the air force"
    elif root.dep_ in ("agent", "obl:agent", "nsubj"):
        verb = root.head  # « détruit par l'armée de l'air », "the air force bombed"
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and not any(
        c.dep_ == "neg" or c.lower_ in m.negations for c in verb.children)


def _civil_use(sp: Span, m: LanguageMatchers) -> bool:
    """A drone or an aircraft used for, or told doing, something that strikes nothing (events_<lang>.CIVIL_USE_VERBS):
    "used drones to watch the border", « utilise des drones pour surveiller la frontière », "a drone filmed the
    crowd", "drones monitoring the border"."""
    verbs = lexicon_words("events", m.lang, "CIVIL_USE_VERBS")

    def civil(v: Token) -> bool:
        return v.pos_ == "VERB" and v.lemma_.lower() in verbs

    root = sp.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("acl", "relcl", "acl:relcl") and civil(c) for c in root.children):
        return True  # "drones monitoring the border"
    head = root.head
    if root.dep_.startswith("nsubj") and civil(head):
        # "a drone filmed the crowd"; not « des drones ont survolé la zone avant de frapper un convoi », "a drone
        # monitored the road and then struck a truck": a strike told after it
        return not any(c.dep_ in ("conj", "xcomp", "advcl") and c.lemma_.lower() in m.weapon_strike_verbs
                       for c in head.children)
    # the purpose of the verb whose object it is ("used drones to watch", « utilise des drones pour surveiller »)
    return root.dep_ in ("dobj", "obj") and any(c.dep_ in ("xcomp", "advcl") and civil(c) for c in head.children)


def _crowd_doer(sp: Span, m: LanguageMatchers) -> bool:
    """The verb's subject is a crowd by word and names no fighters or police ("garment workers block
    highway", "striking miners blocked roads"; not "police blocked the road for hours")."""
    root = sp.root
    if root.pos_ != "VERB":
        return False
    doc = sp.doc
    subj = next((c for c in subject_holder(root).children if c.dep_ == "nsubj"), None)
    if root.dep_ in ("relcl", "acl:relcl") and (subj is None or subj.pos_ == "PRON"):
        # a relative clause's subject is the noun it describes ("climate activists who glued themselves to a
        # road", « des militants qui s'étaient collés à la chaussée »), up to that noun
        ante = root.head
        words = doc[ante.left_edge.i:ante.i + 1]
    elif subj is None:
        return False
    else:
        words = doc[subj.left_edge.i:subj.right_edge.i + 1]
    return any(t.lower_ in m.protest_crowds or t.lemma_.lower() in m.protest_crowds or _protest_people(t, m)
               for t in words) and not any(doc.vocab.strings[mid] == "COMB" for mid, _, _ in m.cues(words))


def _attributive(sp: Span, m: LanguageMatchers) -> bool:
    """The trigger is a participle that describes the noun after it ("striking doctors", "Police disperse
    striking nurses", "des enseignants grévistes"): who the people are, not an act told of them."""
    root = sp.root
    if root.dep_ == "pcomp" and root.head.lower_ in m.complement_preps and (
            root.head.head.lower_ in m.quantities.VAGUE or root.head.head.pos_ == "NUM") and any(
            c.dep_ in ("dobj", "obj") and c.i == root.i + 1 for c in root.children):
        return True  # "dozens of striking doctors", which the model reads as a gerund and its object
    return root.dep_ in ("amod", "acl") and root.head.pos_ in ("NOUN", "PROPN") and (
        root.head.i == root.i + 1 or m.lang == "fr" and root.head.i == root.i - 1)


def _shot_with(sp: Span, m: LanguageMatchers) -> bool:
    """A verb that tells shooting only with its instrument ("SPRAYED THE CAR OF THE MAYOR WITH BULLETS", "the
    house was raked with gunfire"; not "sprayed the crops with pesticide"): a preposition of
    ``events_<lang>.SHOT_PREPS`` whose object is one of ``events_<lang>.SHOT_INSTRUMENTS``, hung on the verb
    or on its object (« ont arrosé de balles la voiture du maire »)."""
    preps = lexicon_words("events", m.lang, "SHOT_PREPS")
    shots = lexicon_words("events", m.lang, "SHOT_INSTRUMENTS")
    root = sp.root
    heads = {root.i} | {c.i for c in root.children if c.dep_ in OBJECT_DEPS}
    for t in root.subtree:
        if t.lower_ in preps and t.head.i in heads and any(
                o.dep_ == "pobj" and (o.lower_ in shots or o.lemma_.lower() in shots) for o in t.children):
            return True
        if t.dep_.startswith("obl") and t.head.i in heads and (t.lower_ in shots or t.lemma_.lower() in shots) \
                and any(c.dep_ == "case" and c.lower_ in preps for c in t.children):
            return True
    return False


def _one_act_blamed(sp: Span, m: LanguageMatchers) -> bool:
    """A word that names an act only as one told before (``told_act_only``: "the crime", « le crime »), singular and
    definite (``DEFINITE_DETERMINERS`` or a demonstrative), in a blame: laid at someone's door (:func:`_laid_at_door`),
    the passive subject of a verb of doing it with its agent ("the crime was committed by two men", ``CONDUCT_VERBS``),
    or the object of a preposition of what stands behind it with a subject ("the hand of drug traffickers was behind the
    crime", ``BEHIND_PREPS``). "The crimes they commit", "crime has risen" name none."""
    root = sp.root
    if root.pos_ != "NOUN" or is_plural(root):
        return False
    definite = lexicon_words("events", m.lang, "DEFINITE_DETERMINERS")
    if not any(c.dep_ == "det" and (c.lower_ in definite or "Dem" in c.morph.get("PronType")) for c in root.children):
        return False
    if _laid_at_door(sp, m):
        return True
    dep = root.dep_.split(":")[0]
    if dep in ("nsubjpass", "nsubj") and any(c.dep_ in PASSIVE_AUX_DEPS for c in root.head.children):
        verb = root.head
        agent = any(c.dep_ in ("agent", "obl:agent") or c.dep_.startswith("obl") and any(
            k.dep_ == "case" and k.lower_ in m.agent_markers for k in c.children) for c in verb.children)
        if agent and conduct_verb(verb, m):
            return True
    behind = lexicon_words("events", m.lang, "BEHIND_PREPS")
    prep = root.head if dep == "pobj" else next((c for c in root.children if c.dep_ == "case"), None)
    if prep is None or prep.lower_ not in behind:
        return False
    holder = prep.head if dep == "pobj" else root.head
    return any(c.dep_.startswith("nsubj") for c in holder.children)


def _displaced_count(sp: Span, m: LanguageMatchers) -> bool:
    """People counted told displaced, as a headline's participle after them ("Nigeria: 5,000 villagers displaced in
    Benue", "Thousands displaced in Cabo Delgado", « plus de 10 000 personnes déplacées »), a passive ("800 households
    have been displaced") or, in French, the participle as their noun (« plus de 20 000 déplacés ») : the displacement
    is the news (ACLED's Other). Not the active with its doer ("the conflict has displaced 10,000 people": a
    background figure), not people described before the noun ("displaced people"), nor counted as the complement of
    another noun or the object of another verb ("a camp for 5,000 people displaced by the floods", "a camp housing
    5,000 people displaced by the war", « un camp de 20 000 déplacés »)."""
    root = sp.root
    kids = list(root.children)
    if any(c.dep_ == "nsubj" for c in kids) and any(c.dep_ in ("dobj", "obj") for c in kids):
        return False
    people = [c for c in kids if c.dep_ in ("nsubjpass", "nsubj:pass")]
    if root.dep_ in ("acl", "amod") and root.head.i < root.i and root.head.pos_ in ("NOUN", "PROPN", "NUM"):
        people.append(root.head)
    if root.dep_ not in ("acl", "amod") and not people:
        people.append(root)  # « plus de 20 000 déplacés »
    count_words = lexicon_words("events", m.lang, "DISPLACED_COUNT_WORDS")

    def counted(t: Token) -> bool:
        return t.like_num or t.lower_ in count_words or any(
            c.dep_ in ("nummod", "det", "obj", "dobj", "quantmod") and c.like_num for c in t.children)

    return any(counted(p) and p.dep_ not in ("pobj", "dobj", "obj") and not any(c.dep_ == "case" for c in p.children)
               for p in people)


def _crowd_fled_place(sp: Span, m: LanguageMatchers) -> bool:
    """A crowd counted by a figure word (events_<lang>.DISPLACED_COUNT_WORDS: "thousands", « des milliers de
    déplacés ») as the subject of the verb of fleeing, with what they fled as its object ("Thousands fled Beni after a
    night of attacks", « Des milliers de déplacés ont fui Djibo »): a displacement, ACLED's Other, as "fled their
    homes" is; not "two gunmen fled the scene" (no figure word), nor a flight with no object ("thousands fled")."""
    root = sp.root
    if root.pos_ != "VERB" or not any(c.dep_ in ("dobj", "obj") for c in root.children):
        return False
    count_words = lexicon_words("events", m.lang, "DISPLACED_COUNT_WORDS")
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")]
    return any(s.lower_ in count_words or any(d.lower_ in count_words for d in s.children if d.dep_ in (
        "nummod", "det", "quantmod", "nmod")) for s in subj)


SPAN_REQUIREMENTS: dict[str, Callable[[Span, LanguageMatchers], bool]] = {
    "needs_crowd_fled_place": _crowd_fled_place,  # "Thousands fled Beni", not "the gunmen fled the scene"
    "needs_shot_with": _shot_with,  # "sprayed the car with bullets"
    "needs_blame": _laid_at_door,  # "responsible for the explosion at the bank"
    "told_act_only": _one_act_blamed,  # "the hand of drug traffickers was behind the crime"
    "needs_accusation": _accused_of,  # "blamed the FMLN for the death of four peasants"
    "needs_withdrawal": _withdrawal_told,
    # "supporters of two rival candidates fought with knives": partisans fighting, no armed side needed
    "needs_partisan_subject": lambda sp, m: _partisans_did(sp.root, m) or _among_themselves(sp.root, m),
    "needs_crowd_subject": _crowd_marches,  # "students marched", not "troops marched on the town"
    "needs_person_obj": _person_object,
    "needs_fighter_obj": _fighter_object,  # « ont arrêté quinze insurgés présumés »
    "needs_dative_person": _dative_person,  # « s'en sont pris à des civils »
    "person_owner": _person_owner,
    "needs_doer": _on_doing_side,
    "needs_support_verb": _support_verb,  # "a demonstration was held"
    "needs_protest_purpose": _protest_purpose,
    "needs_use_verb": _fired,  # "police fired tear gas"
    "needs_used_against_crowd": _used_against_crowd,  # "Tear gas against students in Dakar"
    "needs_commemoration": _commemorates,
    "needs_discovery": _discovered,
    "needs_found": _found,  # "the bodies of two peasants were found"
    "attributive": _attributive,  # "striking doctors": workers on strike
    "needs_crowd_doer": _crowd_doer,  # "garment workers block highway", not "police blocked the road"
    "needs_striking_force": _striking_force,  # "the air force bombed a camp", not "the air force headquarters"
    "needs_dropping": _drops_munition,  # "a drone dropped a grenade on a checkpoint": a drone strike
    "needs_rising": _breaks_out,  # "violence erupts in Bria", « les violences reprennent »
    "needs_displaced_count": _displaced_count,  # "5,000 villagers displaced in Benue", not "has displaced 5,000"
}


def _to_a_figure(sp: Span, m: LanguageMatchers) -> bool:
    """The phrase goes on to a figure ("the temperature fell to -5 degrees", "the price fell to 300 naira"): a
    measure that falls, not a town that falls to a side."""
    if sp.end >= len(sp.doc):
        return False
    nxt = sp.doc[sp.end]
    digits = nxt.text.lstrip("-+\u2212").replace(",", "").replace(".", "")
    return nxt.like_num or nxt.pos_ == "NUM" or digits.isdigit()


def _remit_of_body(sp: Span, m: LanguageMatchers) -> bool:
    """The trigger's noun names what a body is for ("the disarmament commission", « la commission de
    désarmement », "the commission for disarmament"; ``events_<lang>.REMIT_BODY_NOUNS``): a body of that remit, no
    act of it told."""
    head = _noun_qualified(sp.root)
    bodies = lexicon_words("events", m.lang, "REMIT_BODY_NOUNS")
    return head is not None and (head.lower_ in bodies or head.lemma_.lower() in bodies)


def _force_unit(sp: Span, m: LanguageMatchers) -> bool:
    """The trigger's noun qualifies a noun of a force, its members or its gear (``events_<lang>.FORCE_UNIT_NOUNS``):
    "riot officers", "a riot squad", "riot gear", « des agents anti-émeute » — the force, no act of it told."""
    head = _noun_qualified(sp.root)
    units = lexicon_words("events", m.lang, "FORCE_UNIT_NOUNS")
    return head is not None and (head.lower_ in units or head.lemma_.lower() in units)


def _noun_qualified(root: Token) -> Token | None:
    """The noun that the noun ``root`` qualifies: "the disarmament commission" (a compound or, as the tagger may
    read it, an adjective before it), "the commission for disarmament" (the object of a preposition on it), « la
    commission de désarmement » (its nominal modifier after it); None otherwise."""
    if root.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    head = root.head
    if root.dep_ in ("compound", "amod") and head.i > root.i:
        return head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.head.i < root.i:
        return head.head
    if root.dep_ == "nmod" and head.i < root.i:
        return head
    return None


def _protest_in_writing(sp: Span, m: LanguageMatchers) -> bool:
    """The protest is a written one a government or a body sends (``events_<lang>.PROTEST_DOCUMENT_NOUNS``): "a
    protest note", "a note of protest", « une note de protestation », "the note represents a protest" (the protest
    the clause says a document is): a diplomatic act, no crowd in the street."""
    root = sp.root
    docs = lexicon_words("events", m.lang, "PROTEST_DOCUMENT_NOUNS")
    if not docs:
        return False

    def is_doc(t: Token | None) -> bool:
        return t is not None and (t.lower_ in docs or t.lemma_.lower() in docs)

    if is_doc(_noun_qualified(root)):
        return True
    # "the note represents a protest", « la note constitue une protestation »: the protest is what the clause's
    # subject, a document, is
    if root.pos_ == "NOUN" and root.dep_.split(":")[0] in ("attr", "dobj", "obj") and root.head.pos_ in ("VERB", "AUX"):
        return any(c.dep_.split(":")[0] == "nsubj" and is_doc(c) for c in root.head.children)
    return False


# ... or must not
def _held_thing(sp: Span, m: LanguageMatchers) -> bool:
    """The trigger's noun names a thing held or carried ("marched through Dresden with torches", "carrying torches",
    « défilé avec des flambeaux »): an object in hand, no act (events_<lang>.HELD_PREPS, HELD_VERBS)."""
    return _held_noun(sp.root, m)


def _held_noun(root: Token, m: LanguageMatchers) -> bool:
    """The noun is a thing held or carried (:func:`_held_thing`)."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    preps = lexicon_words("events", m.lang, "HELD_PREPS")
    verbs = lexicon_words("events", m.lang, "HELD_VERBS")
    if any(g.lemma_.lower() in lexicon_words("events", m.lang, "ARMING_WORDS") or g.lower_ in lexicon_words(
            "events", m.lang, "ARMING_WORDS") for g in governors(root, 2)):
        return False  # "protesters armed with stones": a weapon in hand
    # (the "with" of a verb that acts on an object is its instrument, "blocked the road with stones", « ont barricadé
    # les rues avec des pierres »: used, not carried; of a march or of a person, a thing in hand)
    def carried_by(holder: Token) -> bool:
        if holder.pos_ in ("VERB", "AUX"):
            return not any(c.dep_ in ("dobj", "obj") for c in holder.children)
        return _person_word(holder, m) or holder.lower_ in m.protest_crowds or _protest_people(holder, m)

    if root.dep_ == "pobj" and root.head.lower_ in preps:
        return carried_by(root.head.head)
    if root.dep_.split(":")[0] in ("nmod", "obl") and any(k.dep_ == "case" and k.lower_ in preps
                                                          for k in root.children):
        return carried_by(root.head)
    return root.dep_ in ("dobj", "obj") and (root.head.lemma_.lower() in verbs or root.head.lower_ in verbs)


SPAN_EXCLUSIONS: dict[str, Callable[[Span, LanguageMatchers], bool]] = {
    "not_held": _held_thing,  # "marched with torches": a thing carried, no arson
    "not_remit": _remit_of_body,  # "the disarmament commission": a body, no disarmament
    "not_force_unit": _force_unit,  # "riot officers detained protesters": a force, no riot
    "not_in_writing": _protest_in_writing,  # "a protest note sent to the embassy": a diplomatic act, no crowd
    # "captured a commander who heads the explosives unit": a person taken, no weapon seized
    "not_person_obj": _person_object,
    "not_combatant_subject": _combatant_subject,  # "militants struck an army base": no air strike
    "not_carrier": _carrier,  # "a military plane carrying 12 soldiers crashed": no air strike
    "not_hit_craft": _craft_hit,  # "the guerrillas destroyed two military planes": a target, no air strike
    "not_attributive": _attributive,  # "Police disperse striking nurses": no strike by the police
    "not_civil_use": _civil_use,  # "used drones to watch the border": no strike
    "not_to_figure": _to_a_figure,  # "the temperature fell to -5 degrees": no town taken
    "not_transitive": _has_direct_object,  # "women gathered firewood": something gathered, no gathering of people
}


def _title_kind(sp: Span, m: LanguageMatchers, actors: list[ActorMention]) -> bool:
    """In a title (a text's first line with no stop, :func:`bilan.nlp.headline_end`), an act's noun that
    qualifies a noun naming neither an act, a person nor a side (``actors``) names a kind of thing, no
    act: "Kill list published", "Bomb disposal training for police cadets" (not "Grenade Attack Kills
    Three", "Kidnap victims freed", "rebels 'attack security forces'")."""
    root = sp.root
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ != "compound" or sp.start <= root.head.i < sp.end:
        return False
    head = root.head
    if head.pos_ != "NOUN" or head.lemma_.lower() in m.event_words or head.lower_ in m.event_words \
            or _person_word(head, m) or any(a.tok_start <= head.i < a.tok_end for a in actors):
        return False
    if head.i == root.i + 1 and (head.lemma_.lower() in m.rising_verbs or head.lower_ in m.rising_verbs):
        return False  # "Violence flares in Bria": the verb it breaks out by, read as a noun
    if head.lower_ in lexicon_words("events", m.lang, "WEAPON_EVENT_HEADS"):
        return False  # "Mortar rounds hit Baghdad's Green Zone": the weapon's rounds, fired
    return sp.start_char < headline_end(sp.doc.text)


def _told_cause_of_casualty(sp: Span, cues: list[tuple[str, int, int]]) -> bool:
    """The act is the clause that tells how someone was hit ("SHE WAS WOUNDED WHEN MEN IN CIVILIAN CLOTHES
    FIRED ON THE CAR", « il a été tué quand des hommes ont tiré sur sa voiture »): its verb is an adverbial
    clause of a word of death or injury, so whoever fired did violence, armed or not named so."""
    root = sp.root
    return root.dep_ == "advcl" and any(label in ("DEATH", "INJURY") and s <= root.head.i < e for label, s, e in cues)


def claimed_as_own(noun: Token, m: LanguageMatchers) -> bool:
    """The act's noun is what a group takes as its own: the object of an owning verb ("claimed the blast", « a
    revendiqué l'explosion ») or of a responsibility noun such a verb takes ("claimed responsibility for the blast",
    « a revendiqué la responsabilité de l'explosion »: ``claims_<lang>.OWNING_VERBS``, ``RESPONSIBILITY_NOUNS``): a
    blast someone claims is no accident, whatever toll its sentence tells."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    node = noun
    if noun.dep_.split(":")[0] in ("pobj", "nmod", "obl"):
        owner = noun.head.head if noun.head.dep_ == "prep" else noun.head
        if owner.lemma_.lower() not in m.responsibility_nouns and owner.lower_ not in m.responsibility_nouns:
            return False
        node = owner
    verb = node.head
    if node.dep_.split(":")[0] not in ("dobj", "obj") or not m.owning(verb):
        return False
    # not a claim denied or made by nobody ("No group claimed the blast", « Aucun groupe n'a revendiqué l'explosion »)
    nobody = lexicon_words("claims", m.lang, "NOBODY_SUBJECTS") | m.negative_determiners

    def no_one(subj: Token) -> bool:
        return subj.lower_ in nobody or any(d.dep_ == "det" and d.lower_ in nobody for d in subj.children)

    return not any(c.dep_ in ("neg", "advmod") and c.lower_ in m.negations for c in verb.children) \
        and not any(c.dep_.startswith("nsubj") and no_one(c) for c in verb.children)


COERCION_WINDOW_TOKENS = 6  # words between the verb that forces and the return (« contraint par les rebelles de »)


def _coercer(sp: Span, sent: Span, m: LanguageMatchers) -> Token | None:
    """A verb of ``events_<lang>.COERCION_VERBS`` stands a few words before the return ``sp`` in its sentence, its
    agents or its object between them (« a été contraint par les rebelles de faire demi-tour », « des rebelles
    obligent des camions à rebrousser chemin », "was forced by rebels to turn back"): the return is imposed; read on
    the words, whatever the parse ties the return to. That verb, else None."""
    lo = max(sent.start, sp.start - COERCION_WINDOW_TOKENS)
    return next((t for t in reversed(sp.doc[lo:sp.start]) if not t.is_punct and (
        t.lemma_.lower() in m.coercion_verbs or t.lower_ in m.coercion_verbs)), None)


def _passes(doc: Doc, sp: Span, sent: Span, flags, m: LanguageMatchers, actors: list[ActorMention],
            cues: list[tuple[str, int, int]], ctx_matches: list[tuple[str, int, int]],
            places: frozenset[int] = frozenset()) -> bool:
    if _title_kind(sp, m, actors):
        return False
    if ("needs_armed_actor" in flags or "territory" in flags) and _in_relative_clause(sp):
        # "les forces irakiennes qui avancent dans le secteur", "the regions that had been taken
        # over by armed groups": background, not news
        return False
    if "needs_armed_actor" in flags and not any(
        a.armed and sent.start <= a.tok_start < sent.end for a in actors
    ) and not _national_weapon(sp, m) and not _told_cause_of_casualty(sp, cues) and not _weapon_strikes(sp, m) \
            and not _aimed_at_person(sp, m) and not drew_weapon(sp.root, m.lang):
        return False
    if "needs_coercion" in flags and _coercer(sp, sent, m) is None:
        return False  # « rebrousser chemin » alone: a return of one's own will
    if "needs_drawn_weapon" in flags and not drew_weapon(sp.root, m.lang):
        return False  # « tirer » alone: only by a man who has just drawn a weapon
    if "needs_casualty" in flags and not any(
        label in ("DEATH", "INJURY") and sent.start <= s < sent.end for label, s, _ in cues
    ) and not _weapon_strikes(sp, m) and not claimed_as_own(sp.root, m):
        return False
    if "needs_protest_context" in flags and not m.protest_context(sent) and not _prevented(sp, m) \
            and not _met_by_forces(sp, m) and not _against_by_prefix(sp, m):
        return False
    if "not_disaster" in flags:
        # a state of emergency or a curfew for a flood or a wildfire the sentence or the one before tells
        # ("Wildfires have burned 30,000 hectares. The government declared a state of emergency"): a
        # disaster measure, no change to anyone's activity in a conflict
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        if m.non_violent_causes(doc[start:sent.end]):
            return False
    if "not_accidental" in flags and _accident_told(sp, m) and not any(
            a.armed and sent.start <= a.tok_start < sent.end for a in actors):
        return False  # "a gas explosion killed six", "the warehouse burned": an accident, no one's violence
    # the checks told only the trigger's words and the language: a flag's check must hold
    # (SPAN_REQUIREMENTS) or must not (SPAN_EXCLUSIONS)
    if any(f in flags and not check(sp, m) for f, check in SPAN_REQUIREMENTS.items()):
        return False
    if any(f in flags and check(sp, m) for f, check in SPAN_EXCLUSIONS.items()):
        return False
    if "not_judicial" in flags and _judicial(sent, m):
        return False  # "The state executed a man convicted of murder": a sentence carried out, no conflict event
    if "noun_only" in flags and sp.root.pos_ not in ("NOUN", "PROPN"):
        return False  # "la crise frappe les éleveurs": the verb, not "une frappe"
    if "territory" in flags and "needs_armed_object" not in flags and (
            _person_object(sp, m) or _armed_men_taken(sp, actors)) and not (
            _named_from_armed(sp, actors, m) or _object_placed(sp, places) or _territory_object(sp, ctx_matches)):
        # "two foreigners were seized by militants": people taken, not ground; a name taken from an armed
        # side is ground the model took for a person ("captured Mahas from government forces")
        return False
    if "needs_territory_object" in flags and not _territory_object(sp, ctx_matches):
        return False
    for f in flags:
        if f.startswith("object:") and not _object_of_class(sp, ctx_matches, f[len("object:"):], m) \
                and not drew_weapon(sp.root, m.lang):  # (no object: fired with the weapon just drawn)
            return False
        if f.startswith("not_object:") and _object_of_class(sp, ctx_matches, f[len("not_object:"):], m):
            return False  # "police deployed tear gas": a means used, no forces deployed
    for f in flags:
        if f.startswith("threat:") and not _threat(sp, m, f[len("threat:"):]):
            return False
    if "needs_verb_object" in flags and not (sp.root.pos_ == "VERB" and sp.root.dep_ not in ("amod", "acl") and any(
            c.dep_ in ("dobj", "obj") for c in sp.root.children)):
        return False  # "militants stole the railway", not "a stolen car"
    if "needs_object" in flags and not _has_object(sp) and not _bare_territory_object(sp, ctx_matches, places):
        return False
    if "needs_armed_object" in flags and not _armed_object(sp, actors):
        return False
    if "needs_armed_owner" in flags and not _armed_owner(sp, actors, m):
        return False
    if "needs_armed_subject" in flags and not _armed_subject(sp, actors, m):
        return False
    if "needs_unknown_taker" in flags and not _unknown_taker(sp, actors, m, ctx_matches):
        return False
    if "territory" in flags and sp.root.dep_ == "acl" and sp.root.tag_ == "VBG":
        return False  # "fighters occupying the town": who holds it, not a change of hands
    if "territory" in flags and _said_of_people(sp.root, m):
        return False  # "the killing of two soldiers captured near Djibo": people taken, no ground
    if "territory" in flags and any(c.lower_ in m.already for c in sp.root.children):
        return False  # "ont déjà conquis la partie est": the front line so far, not today's event
    for f in flags:
        if f.startswith("needs:"):
            cls = f[len("needs:"):]
            ok = _context_near(_not_former(doc, ctx_matches, m, sp) if cls == "leader" else ctx_matches, cls, sent, sp)
            if not ok and cls == "territory":
                ok = _named_place_near(doc, sent, sp, places)  # "recaptured Palmyra"
            if not ok and cls == "territory":
                ok = _named_from_armed(sp, actors, m)  # "retook Mindat from the rebels"
            if not ok and cls == "person":
                ok = _demonym_object(sp, m)  # « ont arrêté plus de 80 Palestiniens »
            if ok and "needs_object" in flags and _object_is_goods(sp, ctx_matches):
                ok = False  # "seized a boat sailing the river": the river is not what was seized
            if not ok:
                return False
        if f.startswith("not:") and (_context_near(ctx_matches, f[len("not:"):], sent, sp)
                                     or _sense_elsewhere(doc, sp, f[len("not:"):], ctx_matches)):
            return False
    return True


def _said_of_people(root: Token, m: LanguageMatchers) -> bool:
    """The participle is said of people (« deux soldats capturés près de Djibo »), or, hung by the parse on the act's
    noun they are the "of" complement of, of the people named right before it ("the killing of two soldiers captured
    near Djibo"): who was captured are persons, no ground taken."""
    if root.dep_.split(":")[0] not in ("acl", "amod") or root.head.pos_ not in ("NOUN", "PROPN") \
            or not past_participle(root):
        return False
    head = root.head
    nouns = [head, *(c for c in of_complements(head, m.complement_preps) if c.right_edge.i + 1 == root.i)]
    return any(_person_word(n, m) for n in nouns)


def _judicial(sent: Span, m: LanguageMatchers) -> bool:
    """The sentence tells a trial or its sentence (``events_<lang>.JUDICIAL_PHRASES``: "convicted", "death row",
    « condamné à mort », « tribunal »), word for word on the tokens' lower-case forms."""
    words = [t.lower_ for t in sent]
    for phrase in lexicon_words("events", m.lang, "JUDICIAL_PHRASES"):
        parts = phrase.split()
        n = len(parts)
        if any(words[i:i + n] == parts for i in range(len(words) - n + 1)):
            return True
    return False


def _not_former(doc: Doc, ctx_matches: list[tuple[str, int, int]], m: LanguageMatchers,
                sp: Span) -> list[tuple[str, int, int]]:
    """The context words but the leader the trigger's verb names to a post, said to be a former one ("a former
    rebel commander was appointed to head the commission", « un ancien commandant rebelle a été nommé » ;
    ``actors_<lang>.FORMER_WORDS`` within the two words before it; the verb's object or passive subject): a leader
    no more, whose new post tells no change of an armed group (not "has appointed a new governor after its former
    leader was killed", where the former leader is the one replaced)."""
    former = lexicon_words("actors", m.lang, "FORMER_WORDS")

    def appointed_former(s: int, e: int) -> bool:
        word = doc[e - 1]
        return word.head.i == sp.root.i and word.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass") and any(
            t.lower_ in former for t in doc[max(doc[s].sent.start, s - 2):s])
    return [(c, s, e) for c, s, e in ctx_matches if c != "leader" or not appointed_former(s, e)]


# who a threat is made against: the object or passive subject of the threat or of the act threatened
THREATENED_DEPS = ("obj", "dobj", "nsubj:pass", "nsubjpass")


def _threat(sp: Span, m: LanguageMatchers, act: str) -> bool:
    """A specific threat of ``act`` ("kill", "bomb") made against someone: a threat noun that names the
    act ("death threats", "menaces de mort") said against someone ("against the judge", "contre le
    maire", "sent ... to the editor") or received by its subject ("the mayor received death threats",
    "a reçu des menaces de mort"); a threat verb whose complement is the act ("threatened to kill the
    mayor", "a menacé de tuer", "threatened him with death", "menacé de mort") said of someone (its
    object, its passive subject, or the act's object). Not a generic threat ("the threat of terrorism",
    "under threat", "threatened to strike"); someone's life threatened is a death threat ("her life
    was threatened")."""
    root = sp.root
    words = m.threat_acts.get(act, frozenset())
    if root.pos_ in ("NOUN", "PROPN"):
        if len(sp) < 2 or act != "kill":
            return False  # the phrase itself names the act ("death threat")
        holders = [root]
        if root.dep_ in THREATENED_DEPS or root.dep_ in ("nsubjpass", "nsubj:pass"):
            holders.append(root.head)  # "sent death threats to X", "death threats were made against X"
        for h in holders:
            for c in h.children:
                if c.dep_ in ("prep", "nmod", "obl", "obl:arg", "iobj") and c.lower_ in m.threat_target_preps \
                        and any(g.dep_ in ("pobj", "obj") for g in c.children):
                    return True  # EN "against the judge": the preposition heads its object
                if c.dep_ in ("nmod", "obl", "obl:arg", "iobj") and c.pos_ in ("NOUN", "PROPN", "PRON") and any(
                        g.dep_ == "case" and g.lower_ in m.threat_target_preps for g in c.children):
                    return True  # FR "contre le juge": the object heads its preposition
        head = root.head
        while head.dep_ in ("nmod", "obl") and head.head is not head and head.lemma_.lower() in m.threat_received:
            head = head.head  # "fait l'objet de menaces de mort"
        return (root.dep_ in THREATENED_DEPS or root.dep_ in ("nmod", "obl")) and (
            head.lemma_.lower() in m.threat_received or root.head.lemma_.lower() in m.threat_received) and any(
            c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in subject_holder(root.head).children)
    if act == "kill" and root.pos_ in ("VERB", "AUX", "ADJ") and any(
            c.dep_ in (*THREATENED_DEPS, "nsubj") and c.lemma_.lower() in m.threat_lives and any(
                g.dep_ in ("poss", "nmod:poss") or "Yes" in g.morph.get("Poss") for g in c.children)
            for c in root.children):
        return True  # someone's life threatened: "her life was threatened", "sa vie était menacée"
    if root.pos_ not in ("VERB", "AUX"):
        return False
    acts = []
    for c in root.children:
        if c.lemma_.lower() in words and c.dep_ in ("xcomp", "ccomp", "advcl", "obl", "obl:arg", "obl:mod", "nmod",
                                                   "acl", "iobj", "pcomp"):
            acts.append(c)  # "threatened to kill", "menacé de mort", "menacé de tuer"
        elif c.dep_ == "prep":
            acts += [g for g in c.children if g.lemma_.lower() in words and g.dep_ in ("pobj", "pcomp")]
    if not acts:
        return False
    # whom it was made against: not anyone at all ("threatened to kill any candidate who takes part",
    # « a menacé de tuer tout candidat »), a warning to all, no specific threat (MUC-4 1.0)
    free = m.free_choice
    threatened = [c for c in (*root.children, *(c for a in acts for c in a.children)) if c.dep_ in THREATENED_DEPS]
    return any(not (c.lower_ in free or any(d.dep_ == "det" and d.lower_ in free for d in c.children))
               for c in threatened)


def _sense_elsewhere(doc: Doc, sp: Span, cls: str, ctx_matches: list[tuple[str, int, int]]) -> bool:
    """One sense per discourse: an event noun the document uses elsewhere with words of context class
    ``cls`` near it has that sense here too ("a 24-hour strike by workers ... the strike is
    supported by the guerrillas": a work stoppage, not an air strike). Nouns only: what a verb
    acts on changes from one clause to the next."""
    root = sp.root
    if root.pos_ != "NOUN":
        return False
    word = root.lemma_.lower()
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == word and not sp.start <= tok.i < sp.end and \
                _context_near(ctx_matches, cls, tok.sent, doc[tok.i:tok.i + 1]):
            return True
    return False


def find_triggers(doc: Doc, m: LanguageMatchers, sents: list[Span], actors: list[ActorMention],
                  cues: list[tuple[str, int, int]], recalled: frozenset[int] = frozenset(),
                  places: frozenset[int] = frozenset()) -> list[Trigger]:
    """Factual triggers; ``cues`` are the document's casualty/person cue matches (label, start, end); ``places`` the
    first tokens of the places found (a town the tagger called a person or a thing is ground all the same).

    A phrase may be listed several times with different context conditions ("seize" + weapons is
    a disrupted weapons use, + a town a territory change); the highest-priority entry whose
    conditions hold is kept. ``recalled``: sentences that tell only an older event (the caller's
    judgement, from tenses and dates); the sentence after them may still be the lead ("In 2014,
    militants abducted 200 girls. On Friday, police arrested their commander")."""
    sent_starts = [s.start for s in sents]

    ctx_matches = [(doc.vocab.strings[mid], s, e) for mid, s, e in m.context(doc)] if m.has_context else []
    entries: dict[tuple[int, int], list[str]] = {}
    for mid, s, e in m.triggers(doc):
        entries.setdefault((s, e), []).append(doc.vocab.strings[mid])
    for mid, s, _ in m.phrasal_verbs(doc):
        verb = doc[s]
        if verb.pos_ != "VERB":
            continue
        for particle, key in m.phrasal[doc.vocab.strings[mid]]:
            # split by its object or an auxiliary ("drove the militants out", "se sont affrontés");
            # side by side, the phrase matcher has it, but for a clitic before an inflected verb ("s'affrontent",
            # "s'emparent": the lexicon's "s' affronter" matches neither the form nor the lemma "se")
            if any((c.lower_ == particle or c.lemma_.lower() == particle) and (abs(c.i - s) > 1 or c.i == s - 1)
                   and c.dep_ in PARTICLE_DEPS for c in verb.children):
                entries.setdefault((s, s + 1), []).append(key)
    out: list[Trigger] = []
    background_disrupted: set[int] = set()  # tokens of weapons disrupted, told as background after the lead
    # the lead is the first sentence, or the second when the first reports no event ("held talks on
    # Sunday. He said X agreed to drop its demand")
    lead = news_lead = None  # the first sentence with an event, the first not in ``recalled``
    figurative = {i for _, s, e in m.figurative(doc) for i in range(s, e)}
    for sp in filter_spans([Span(doc, s, e) for s, e in entries]):
        if any(i in figurative for i in range(sp.start, sp.end)):
            continue  # "a monetary time bomb", "killing two birds with one stone"
        si = bisect.bisect_right(sent_starts, sp.start) - 1
        sent = sents[si]
        # "après l'attaque" refers back to an event told before; in the lead sentence, or after
        # sentences that told no event, nothing was told before, so it is the news ("colère après
        # l'assassinat de l'imam"; "The forces tried to take the mountain. Dozens of them were killed
        # during heavy clashes")
        if si > 0 and lead is not None and lead < si and _temporal_reference(sp, m, sequel=False) \
                and not _act_a_stretch_before(sp, m):
            continue
        if si > 0 and lead is not None and lead < si and _group_told_before(sp, sent, m):
            continue  # "Of the 60 students abducted, 25 had escaped": the people the lead's act took, no new act
        factual = is_factual(sp, m)
        coercer = _coercer(sp, sent, m) if not factual and any(
            "needs_coercion" in m.trigger_info[k][5] for k in entries[(sp.start, sp.end)]) else None
        if coercer is not None:
            # « contraint par les rebelles de faire demi-tour »: the return is as real as the verb that forced it,
            # not an intent of its infinitive
            factual = is_factual(sp.doc[coercer.i:coercer.i + 1], m)
        announcer = _announced_by(sp, m) if not factual and any(
            "announced_ok" in m.trigger_info[k][5] for k in entries[(sp.start, sp.end)]) else None
        if announcer is not None:
            # "The rebel group announced it would end its armed struggle": a group's change of course is its
            # announced decision, as real as the announcing
            factual = is_factual(sp.doc[announcer.i:announcer.i + 1], m)
        if not factual and any(m.trigger_info[k][2] == CHEMICAL for k in entries[(sp.start, sp.end)]) \
                and _suspected_load(sp, m):
            # "residents suspect the shells contained poisonous gas": what the fired munitions held is in doubt,
            # not their firing; the gas suspected types them (ACLED's chemical weapon)
            factual = True
        attempted = not factual and _attempted(sp, m)
        # an act of violence is tried when the attempt word governs it directly ("tried to kill", "une
        # tentative d'assassinat"), not when it governs what the act was met by ("was trying to defuse a
        # mine"); an attempt told in a relative clause says who its doers are ("lynched six men who tried
        # to kidnap teachers"), it is not news of its own
        tried = attempted and _attempt_made(sp, m, 1) and not any(
            t.dep_ in RELATIVE_DEPS for t in (sp.root, *governors(sp.root)))
        for key in sorted(entries[(sp.start, sp.end)], key=lambda k: -m.trigger_info[k][4]):
            phrase, etype, sub, plover, prio, flags = m.trigger_info[key]
            if not factual and "negation_ok" not in flags and not (attempted and etype == PROTESTS) and not (
                    tried and (_attemptable(etype, flags) or _seizure_tried(sub, flags))):
                # "negation_ok": the negation is the cue ("met no resistance"); a protest attempted has
                # gathered people ("detained during an attempt to protest"): ACLED's protest, met by force;
                # an act of violence attempted was done to its target, whatever came of it ("gunmen tried
                # to kill the mayor"; MUC-4 1.0 (5): "terrorist acts (and attempted acts)")
                continue
            if si > 0 and not (si == 1 and lead in (None, 1)) and not (
                    lead in recalled and news_lead in (None, si)) and (
                    (etype == STRATEGIC and sub not in STRATEGIC_ANY_SENTENCE) or "lead_only" in flags):
                if sub == DISRUPTED and _passes(doc, sp, sent, flags, m, actors, cues, ctx_matches, places):
                    # the bomb it defused is no blast of its own either; nor are the weapons it destroyed property
                    # destroyed, the words' reading of lower priority ("its air defences had destroyed 41 drones")
                    background_disrupted.update(range(sp.start, sp.end))
                    break
                continue  # an arrest, a truce, a deployment or "violence" told after the lead is background
            if not _passes(doc, sp, sent, flags, m, actors, cues, ctx_matches, places):
                continue
            if sub == AGREEMENT and _breached(sp, m):
                continue  # "violated the ceasefire": the violent act told with it is the event, if any
            if etype == "Protests" and _called_off(sp, m):
                continue  # "Teachers end two-month strike": no event
            if etype == "Protests" and _celebrated(sp, sent, m):
                continue  # "fans celebrated in the streets after the national team won": no protest
            if not factual and tried and _attemptable(etype, flags):
                flags = (*flags, "attempted")  # an act tried on its target: no one it was tried on died of it
            elif not factual and tried and _seizure_tried(sub, flags):
                # "rebels tried to seize Bria", « ont tenté de s'emparer de Bria »: the ground did not change hands,
                # those who held it fought them off (ACLED: an armed clash; a territory taken only if taken)
                sub = "Armed clash"
                flags = (*(f for f in flags if f != "territory"), "attempted", SEIZURE_TRIED)
            if sub == "Shelling/artillery/missile attack" and _fired_from_aircraft(sp, m):
                sub = "Air/drone strike"  # "fired dozens of missiles from aircraft": from the air, no shelling
            if sub == "Remote explosive/landmine/IED" and _dropped(sp, m):
                # « L'avion a largué deux bombes sur l'école », "the jet dropped two bombs": a bomb dropped is dropped
                # from the air, an air strike, no device laid
                sub = "Air/drone strike"
            if factual and _charge_of_arrested(sp, m):
                flags = (*flags, TOLD_BY_ARREST)  # "detained four men suspected of killing two herders"
            if sub in (ABDUCTION, ARRESTS) and _freed_captive(sp.root, m):
                # "troops freed 12 hostages held since May": the release is the news (and so for a capture the
                # lexicon reads an arrest: « les otages, capturés par le JNIM en mars, ont été libérés »)
                flags = (*flags, FREED)
            elif sub == ABDUCTION and _price_of_release(sp.root, m) and any(
                    t.sub_event_type == ABDUCTION and t.sent_index < si for t in out):
                # "Gunmen abducted six traders ... Two of them were released after their families paid a ransom": no
                # taking of its own after the one told (a release told alone, "Kidnappers freed a priest after a
                # ransom was paid", is all the story tells of the abduction)
                continue
            out.append(Trigger(sp.start_char, sp.end_char, sp.text, sp.start, sp.end, etype, sub, plover, prio,
                               tuple(flags), si))
            if TOLL_ONLY not in flags and SEIZURE_TRIED not in flags:
                # (a toll told alone is no act word: it leaves the lead where the acts put it; nor is a seizure
                # tried, whose fight the story may tell next: "... tried to seize the hill. Dozens of them were
                # killed during heavy clashes with the army")
                lead = si if lead is None else lead
                news_lead = si if news_lead is None and si not in recalled else news_lead
            break
    # a seizure tried is the fight the story tells with it, in its sentence or the next, when it tells one ("tried to
    # seize the hill. Dozens of them were killed during heavy clashes with the army"): that fight is the event
    out = [t for t in out if SEIZURE_TRIED not in t.flags or not any(
        o is not t and o.event_type == "Battles" and SEIZURE_TRIED not in o.flags
        and t.sent_index <= o.sent_index <= t.sent_index + 1 for o in out)]
    out.sort(key=lambda t: t.tok_start)
    out = _drop_time_references(doc, out, m, cues)
    out = _drop_reasons(doc, out, m, cues)
    out = _drop_victim_nouns(doc, out, m)
    out = _drop_states_of_the_dying(doc, out, m)
    out = _drop_wounds_of_the_hit(doc, out)
    out = _drop_strikers_hit(doc, out, m)
    out = _drop_group_trades(doc, out, m)
    out = _drop_war_tolls(doc, out, m)
    out = _drop_protest_origins(doc, out, m)
    out = _drop_protest_roles(doc, out, m)
    out = _drop_agreed_changes(doc, out)
    out = _drop_territory_means(doc, out, m)
    out = _drop_allies_fighting(doc, out, m)
    out = _drop_tolls_not_alone(doc, out, m, sents)
    return [t for t in _drop_disrupted_weapons(doc, out, m, background_disrupted) if not _weapon_inventory(doc, t, m)
            and not _weapon_supplied(doc, t, m)]


TOLL_ONLY = "toll_only"
# the acts whose toll a toll told alone may be: violence of a side (« Cinq morts à Bria » then « des hommes armés ont
# attaqué le marché »), or a riot's
TOLL_ACT_TYPES = ("Violence against civilians", "Explosions/Remote violence", "Battles", "Riots")


def _counted_toll_word(tok: Token, m: LanguageMatchers) -> bool:
    """``tok``, a word of the dead (« morts », « tués », "dead") or the noun of a toll ("death toll"), reads as
    a toll: not the death of someone (« la mort d'un musicien », "the dead of the war": a definite article or a
    complement of ``COMPLEMENT_PREPS`` that is no figure), not a word said of a thing ("a dead heat", "dead
    end": an adjective on a noun of no person; "were found dead", "Floods leave 12 dead": an adjective a verb says
    of people, which tells what happened, but for the dead fighters' act leaves, "Gunmen leave 12 dead":
    ``events_<lang>.TOLL_LEAVING_VERBS``), and, for a toll's noun (``events_<lang>.TOLL_FIGURE_NOUNS``), with
    a figure under its verb or on it ("rises to 30", "a death toll of 30")."""
    noun = tok.pos_ in ("NOUN", "PROPN")
    figures = lexicon_words("events", m.lang, "TOLL_FIGURE_NOUNS")
    if tok.lemma_.lower() in figures or tok.lower_ in figures:
        scope = tok.head if tok.dep_.startswith("nsubj") else tok
        return any(t.like_num or t.pos_ == "NUM" for t in scope.subtree)
    if any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in tok.children):
        return False
    if any(not (o.like_num or o.pos_ == "NUM") for o in of_complements(tok, m.complement_preps)):
        return False
    if not noun and tok.dep_ == "amod":
        head = tok.head
        return head.like_num or head.pos_ == "NUM" or _person_word(head, m)
    # said of people by a verb ("were found slumped dead in a car", "Floods leave 12 dead", « condamnés à mort »):
    # that verb, or its subject, tells what happened, no toll told alone; a noun counted on itself stays one (« le
    # bilan s'élève à 30 morts »)
    if tok.head.i == tok.i or tok.head.pos_ != "VERB":
        return True
    if tok.head.lemma_.lower() in lexicon_words("events", m.lang, "TOLL_LEAVING_VERBS") \
            and _combatant_subject(tok.doc[tok.head.i:tok.head.i + 1], m):
        return True  # "Gunmen leave 12 dead in Bria": the dead their act left
    return noun and any(c.dep_ == "nummod" or c.like_num for c in tok.children)


def _other_cause_told(doc: Doc, spans: list[Span], m: LanguageMatchers) -> bool:
    """One of ``spans`` names a cause of death that is no violence: ``NON_VIOLENT_CAUSES`` (« un accident de la
    route », "floods"), a blast or a fire (``ACCIDENT_EVENTS``: no act word there tells who set it), the
    language's ``events_<lang>.TOLL_ONLY_OTHER_CAUSES`` (« naufrage », "capsized", "Ebola") or
    ``quantities_<lang>.NON_VIOLENT_DEATH_CAUSES`` (« faim », "malnutrition")."""
    words = lexicon_words("events", m.lang, "TOLL_ONLY_OTHER_CAUSES") \
        | lexicon_words("quantities", m.lang, "NON_VIOLENT_DEATH_CAUSES") | m.accident_events
    for sp in spans:
        if m.non_violent_causes(sp):
            return True
        if any(t.lower_ in words or t.lemma_.lower() in words for t in sp):
            return True
    return False


def _drop_tolls_not_alone(doc: Doc, trigs: list[Trigger], m: LanguageMatchers, sents: list[Span]) -> list[Trigger]:
    """A toll told with no act word (flag ``toll_only``: « Cinq morts à Ndiki », "Five dead in Bria", "Death toll
    rises to 30") tells the act only alone: another trigger of its sentence tells it (« deux morts dans une
    attaque »: the attack, with its toll), and so does the first toll word of the sentence of several (« 7 morts
    et 3 tués »). It is dropped when its word reads as no toll (:func:`_counted_toll_word`), when its sentence,
    or the one after it (a headline's lead), names a cause of death that is no violence (:func:`_other_cause_told`:
    "Floods leave 12 dead", « 5 morts dans un accident de la route »), and when a story follows it that tells no act
    of violence (``TOLL_ACT_TYPES``) after it: that story says what the dead died of ("Five dead in Bria. A lorry
    carrying traders overturned ...")."""
    if not any(TOLL_ONLY in t.flags for t in trigs):
        return trigs
    acts = {t.sent_index for t in trigs if TOLL_ONLY not in t.flags}
    violent = [t.sent_index for t in trigs if TOLL_ONLY not in t.flags and t.event_type in TOLL_ACT_TYPES]
    out, tolls = [], set()
    for t in trigs:
        if TOLL_ONLY in t.flags:
            si = t.sent_index
            if si in acts or si in tolls or not _counted_toll_word(doc[t.tok_start:t.tok_end].root, m) \
                    or _other_cause_told(doc, sents[si:si + 2], m):
                continue
            if any(not w.is_space for s in sents[si + 1:] for w in s) and not any(v > si for v in violent):
                continue  # the story after it tells no act of violence: what it tells is what the dead died of
            tolls.add(si)
        out.append(t)
    return out


def _partisans_did(verb: Token, m: LanguageMatchers) -> bool:
    """Who did it (the verb's subject) are a party's supporters or members, or the members of a
    community, by word ("supporters of the ruling party attacked", "members of the ruling party youth
    wing", "des partisans du parti au pouvoir ont attaqué")."""
    if verb.pos_ != "VERB":
        return False
    holder = subject_holder(verb)
    subjects = [c for c in holder.children if c.dep_ == "nsubj"]
    words = [t for c in subjects for t in c.subtree]
    if holder.dep_ in ("relcl", "acl:relcl") and subjects and all(c.pos_ == "PRON" for c in subjects):
        # a relative clause's subject is the noun it describes (« des supporters qui se battaient »)
        words = [t for t in holder.head.subtree if t.i <= holder.head.i]
    return any(t.lower_ in m.partisans or t.lemma_.lower() in m.partisans or t.lemma_.lower() in m.party_words
               or _named_members(t, m) for t in words)


def _among_themselves(root: Token, m: LanguageMatchers) -> bool:
    """People fought one another: the fight verb, or a verb hung on it ("clashed ..., pelting each other with
    stones"), has a reciprocal complement ("fought each other", « se sont battus les uns contre les
    autres »), or its sides (its subject, what it is "between", their "of" complements) are told as
    rivals or as two groups ("members of rival student unions", "clashes between two student groups",
    « des élèves de deux lycées rivaux »). The callers ask that no armed side is in the sentence."""
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    verbs = [verb, *(c for c in verb.children if c.pos_ == "VERB" and c.dep_.split(":")[0] in ("advcl", "conj", "xcomp"))]
    if root.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") and not _reciprocal(c, m) for c in root.children):
        return False  # "the two student unions fought a bitter election campaign": what they fought, no one
    # the sides: the active subject, what the fight is "between"
    between = [g for t in {root, verb} for p in t.children if p.lower_ in m.between_preps for g in p.children
               if g.dep_ == "pobj"]
    between += [c for t in {root, verb} for c in t.children
                if any(k.dep_ == "case" and k.lower_ in m.between_preps for k in c.children)]
    sides = [c for t in {root, verb} for c in t.children if c.dep_ == "nsubj"] + between
    if root.dep_ in ("acl", "relcl", "acl:relcl") and root.head.pos_ in ("NOUN", "PROPN") and (
            not sides or all(s.pos_ == "PRON" for s in sides)):
        # the noun a participle or a relative clause describes is who fought ("rival fans fighting outside the
        # stadium", « des supporters qui se battaient »)
        sides = [root.head] + between
    doc = root.doc

    def cue(s: Token, label: str) -> bool:
        return any(doc.vocab.strings[mid] == label for mid, _, _ in m.cues(doc[s.left_edge.i:s.right_edge.i + 1]))

    if any(s.pos_ == "PRON" or cue(s, "COMB") for s in sides):
        return False  # "fighting broke out between them", "between two armed groups": who they are is elsewhere
    if any(t.lemma_.lower() in m.organised_groups or t.lower_ in m.organised_groups for s in sides for t in s.subtree):
        return False  # "a clash between two rival gangs": organised groups fighting, no crowd
    if sides and any(_reciprocal(c, m) for v in verbs for c in v.children
                     if c.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass")):
        return True  # "students fought each other" (not "they are clashing against each other": who is elsewhere)
    if any(t.lower_ in m.rival_words and t.dep_ in ("amod", "nummod") for s in sides for t in s.subtree):
        return True
    if any(t.lower_ in m.pair_words and t.dep_ == "nummod" and _of_complement(t.head, m) and not any(
            doc.vocab.strings[mid] in ("CIV", "PERSON", "COMB") for mid, _, _ in m.cues(doc[t.head.i:t.head.i + 1]))
           for s in sides for t in s.subtree):
        # "supporters of two clubs", « des supporters des deux clubs »: two sides of one crowd (not people counted,
        # "the bodies of the two journalists murdered")
        return True
    if any(t.lower_ in m.pair_words and t.dep_ == "nummod" for s in between for t in s.subtree) and any(
            cue(s, "CIV") for s in between):
        return True  # "clashes between two student groups" (not "between two clans": militias)
    # "a brawl between students", « bagarre entre étudiants », « bagarres entre supporters »: one plural group
    # "between" itself (partisans bare: not "clashes between the two communities", two groups told elsewhere)
    return len(between) == 1 and between[0].pos_ == "NOUN" and (cue(between[0], "CIV") or (
        between[0].lower_ in m.partisans or between[0].lemma_.lower() in m.partisans) and not any(
        c.dep_ in ("det", "nummod") for c in between[0].children)) \
        and "Plur" in between[0].morph.get("Number") and not any(c.dep_ == "conj" for c in between[0].children)


def _of_complement(tok: Token, m: LanguageMatchers) -> bool:
    """``tok`` is the "of" complement of a noun ("supporters of two clubs", « supporters des deux clubs »), or the
    "from" complement that says where they come from ("youths from two villages": ``ORIGIN_PREPS``)."""
    preps = m.complement_preps | m.origin_preps  # "youths from two villages": where each side comes from
    if tok.dep_ == "pobj" and tok.head.lower_ in preps:
        return tok.head.head.pos_ in ("NOUN", "PROPN")
    return tok.dep_ == "nmod" and tok.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "case" and c.lower_ in preps for c in tok.children)


def _reciprocal(tok: Token, m: LanguageMatchers) -> bool:
    """``tok``'s phrase holds a reciprocal ("each other", "with one another", « les uns contre les autres »)."""
    words = f" {' '.join(t.lower_ for t in tok.subtree)} "
    return any(f" {r} " in words for r in m.reciprocals)


def _named_members(tok: Token, m: LanguageMatchers) -> bool:
    """``tok`` is a word for an organisation's rank and file with the organisation named before it or in
    its "of" complement ("PTI and PML-N workers", "Awami League and BNP activists", "des militants du
    MPP"): a party's members, known by its name or acronym alone (the callers ask that no armed side is
    in the sentence)."""
    if tok.lower_ not in m.party_members and tok.lemma_.lower() not in m.party_members:
        return False
    # an acronym the model tags a common noun is a name too (« des militants de l'UPC », UPC/NOUN)
    named = [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss") and (c.pos_ == "PROPN" or _acronym(c))]
    named += [c for c in of_complements(tok, m.complement_preps) if c.pos_ == "PROPN" or _acronym(c)]
    return bool(named)


def _aimed_at_protesting(root: Token, m: LanguageMatchers) -> bool:
    """What the act was aimed at is described by a relative clause of protesting ("opened fire on the
    crowd that was protesting", "ont ouvert le feu sur la foule qui protestait")."""
    if root.pos_ != "VERB" or not m.protesting_verbs:
        return False
    return any(t.dep_ in RELATIVE_DEPS and t.lemma_.lower() in m.protesting_verbs and t.head.i != root.i
               for c in root.children if c.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") for t in c.subtree)


def _drop_territory_means(doc: Doc, trigs: list[Trigger], m: LanguageMatchers) -> list[Trigger]:
    """A weapon's fire told as the means of a territory change ("rebels were pushed out under intense
    bombardment", "chassés sous un bombardement intense") is how the ground changed hands: the territory
    change is the news, not a shelling of its own."""
    if not m.territory_means_preps and not m.territory_after_preps:
        return trigs
    taken = {i for t in trigs if "territory" in t.flags for i in range(t.tok_start, t.tok_end)}
    # the fight before ground was won back or taken ("retook Kitshanga after two days of fighting", "recaptured the
    # town following clashes", « a repris la ville après deux jours de combats »): ACLED's territory change is a
    # Battle whose outcome is the ground; the clash told as what came before it is that battle, no event of its own
    won = {i for t in trigs if t.sub_event_type in TERRITORY_SUB_EVENTS for i in range(t.tok_start, t.tok_end)}
    if not taken and not won:
        return trigs
    out = []
    for t in trigs:
        root = doc[t.tok_start:t.tok_end].root
        if t.event_type in ("Explosions/Remote violence", "Battles") and root.pos_ in ("NOUN", "PROPN"):
            prep = root.head if root.dep_ == "pobj" else next((c for c in root.children if c.dep_ == "case"), None)
            governor = prep.head if root.dep_ == "pobj" and prep is not None else root.head
            if prep is not None and t.event_type == "Explosions/Remote violence" \
                    and prep.lower_ in m.territory_means_preps and governor.i in taken:
                continue
            if t.sub_event_type == "Armed clash" and _fight_before(root, won, m):
                continue
        out.append(t)
    return out


def _drop_allies_fighting(doc: Doc, trigs: list[Trigger], m: LanguageMatchers) -> list[Trigger]:
    """A verb of fighting told only with whom the fighters side ("some 4,000 Rwandan troops were fighting alongside
    them", « des soldats rwandais combattent à leurs côtés », ``events_<lang>.ALLY_WORDS``), with no other side (no
    object, no "with" or "against" complement, ``FIGHT_PARTNER_PREPS``), says whose side they are on: no clash of its
    own ("fought alongside the army against the rebels" names the other side and stays one)."""
    allies = lexicon_words("events", m.lang, "ALLY_WORDS")
    if not allies:
        return trigs
    out = []
    acts = {i for t in trigs for i in range(t.tok_start, t.tok_end)}
    for t in trigs:
        root = doc[t.tok_start:t.tok_end].root
        # (an act told as what the fight did stays with it: "fought alongside the rebels, killing 12 soldiers")
        if t.sub_event_type == "Armed clash" and root.pos_ == "VERB" and not any(c.i in acts for c in root.children):
            kids = [c for c in root.children if c.dep_.split(":")[0] in ("prep", "obl", "advmod", "dobj", "obj")]
            ally = any(c.lower_ in allies for c in kids)
            other = any(c.dep_.split(":")[0] in ("dobj", "obj") for c in kids) or any(
                g.lower_ in m.fight_partner_preps for g in root.subtree)
            if ally and not other:
                continue
        out.append(t)
    return out


def _fight_before(noun: Token, won: set[int], m: LanguageMatchers) -> bool:
    """The fight noun is the complement of an "after" of a verb of ground changing hands (``won``: its tokens), itself
    or through a measure's complement ("retook Kitshanga after two days of fighting", "following clashes", « après deux
    jours de combats »)."""
    cur = noun
    for _ in range(3):
        if cur.dep_ == "pobj":
            prep = cur.head
        else:
            prep = next((c for c in cur.children if c.dep_ == "case"), None)
        if prep is None:
            return False
        word = prep.lower_
        up = prep.head if cur.dep_ == "pobj" else cur.head
        if word in m.territory_after_preps:
            return up.i in won
        if word not in m.complement_preps or up.pos_ not in ("NOUN", "PROPN"):
            return False
        cur = up
    return False


# the sub-event types of ground changing hands by force
TERRITORY_SUB_EVENTS = ("Government regains territory", "Non-state actor overtakes territory")


def _drop_protest_origins(doc: Doc, trigs: list[Trigger], m: LanguageMatchers) -> list[Trigger]:
    """A protest partisans came from when they attacked ("attacked opposition activists on their way
    home from a rally", "attacked opposition supporters after a rally", "ont attaqué ... à la sortie d'un
    meeting") tells where and when their violence began: the attack is the news (ACLED's mob violence),
    not the rally."""
    if not m.protest_origins:
        return trigs
    verbs = {i: t for t in trigs for i in range(t.tok_start, t.tok_end)}
    out = []
    for t in trigs:
        root = doc[t.tok_start:t.tok_end].root
        if t.event_type == PROTESTS and root.pos_ in ("NOUN", "PROPN"):
            markers = [c for c in root.children if c.dep_ == "case"]
            if root.dep_ in ("pobj", "nmod", "obl", "obl:arg", "obl:mod"):
                markers.append(root.head)
            if any(w.lower_ in m.protest_origins or w.lemma_.lower() in m.protest_origins for w in markers):
                gov = next((g for g in governors(root, 4) if g.pos_ == "VERB"), None)
                act = verbs.get(gov.i) if gov is not None else None
                if act is not None and act.event_type != PROTESTS and _partisans_did(gov, m):
                    continue
        out.append(t)
    return out


CHANGE_TO_GROUP = "Change to group/activity"


def _drop_agreed_changes(doc: Doc, trigs: list[Trigger]) -> list[Trigger]:
    """An agreement verb whose own clause complement is a group's change ("The two armed groups agreed to merge",
    "the rebels agreed to disband", « ont convenu de fusionner »): what they agreed on is the change of their
    activity (its trigger, made real by the agreeing: ANNOUNCING_VERBS), not a deal between sides."""
    changes = {doc[t.tok_start:t.tok_end].root.i for t in trigs if t.sub_event_type == CHANGE_TO_GROUP}
    if not changes:
        return trigs
    return [t for t in trigs if not (t.sub_event_type == "Agreement" and any(
        c.dep_ in ("xcomp", "ccomp") and c.i in changes for c in doc[t.tok_start:t.tok_end].root.children))]


def _drop_protest_roles(doc: Doc, trigs: list[Trigger], m: LanguageMatchers) -> list[Trigger]:
    """A protest noun that qualifies a person's role as a compound ("arrested a protest organiser at his home",
    "a rally leader": events_<lang>.PROTEST_ROLE_NOUNS) says who the person is, not that a protest took place: the
    act done to the person is the event (ACLED codes a protest leader arrested away from any protest as Arrests)."""
    if not m.protest_role_nouns:
        return trigs
    out = []
    for t in trigs:
        root = doc[t.tok_start:t.tok_end].root
        if t.event_type == PROTESTS and root.pos_ == "NOUN" and root.dep_ == "compound" and root.head.i > root.i \
                and not t.tok_start <= root.head.i < t.tok_end and (
                    root.head.lower_ in m.protest_role_nouns or root.head.lemma_.lower() in m.protest_role_nouns):
            continue
        out.append(t)
    return out


def _drop_states_of_the_dying(doc: Doc, trigs: list[Trigger], m: LanguageMatchers) -> list[Trigger]:
    """A participle that tells the state a person died in ("A passenger, badly burned, died in hospital", « Un
    passager, gravement brûlé, a succombé à ses blessures »: events_<lang>.STATE_PARTICIPLES), hung on the
    subject of a death verb or on the verb itself, with no object and no doer of its own: the wounds of a
    victim of an act told before, no act of its own (the death then joins that act)."""
    if not m.state_participles or not m.dying_words:
        return trigs
    out = []
    for t in trigs:
        root = doc[t.tok_start:t.tok_end].root
        if t.tok_end - t.tok_start == 1 and root.pos_ == "VERB" and (
                root.lemma_.lower() in m.state_participles or root.lower_ in m.state_participles) \
                and root.dep_.split(":")[0] in ("acl", "advcl", "amod", "appos") \
                and not any(c.dep_.split(":")[0] in ("dobj", "obj", "agent", "obl") and c.dep_ != "obl:arg"
                            or c.dep_ == "obl:agent" for c in root.children):
            verb = root.head if root.head.pos_ in ("VERB", "AUX") else root.head.head
            if root.head.pos_ not in ("VERB", "AUX") and root.head.dep_.split(":")[0] != "nsubj":
                verb = None  # a participle on a noun that is no subject: "the burned house"
            if verb is not None and (verb.lemma_.lower() in m.dying_words or verb.lower_ in m.dying_words):
                continue
        out.append(t)
    return out


def _drop_wounds_of_the_hit(doc: Doc, trigs: list[Trigger]) -> list[Trigger]:
    """A generic trigger that only says what wounds people bear, the modifier of a wound noun after the preposition
    of wounds on a noun ("14 bodies and six people with gunshot wounds", « six personnes avec des blessures par
    balle »: victims_<lang>.WOUNDED_WITH, WOUND_NOUNS): how the people of an act were hurt, no act of its own ("died of
    gunshot wounds" keeps its word)."""
    preps = lexicon_words("victims", doc.lang_, "WOUNDED_WITH")
    wounds = lexicon_words("victims", doc.lang_, "WOUND_NOUNS")
    out = []
    for t in trigs:
        root = doc[t.tok_start:t.tok_end].root
        noun = root.head if root.dep_ in ("compound", "amod") else (
            root.head.head if root.head.dep_ in ("case", "prep") and root.dep_ in ("nmod", "pobj") else None)
        if t.generic and noun is not None and noun.i != root.i \
                and (noun.lower_ in wounds or noun.lemma_.lower() in wounds) and (
                noun.dep_ == "pobj" and noun.head.lower_ in preps
                or any(c.dep_ == "case" and c.lower_ in preps for c in noun.children)) \
                and (noun.head.head if noun.dep_ == "pobj" else noun.head).pos_ in ("NOUN", "PROPN", "PRON"):
            continue
        out.append(t)
    return out


def _drop_victim_nouns(doc: Doc, trigs: list[Trigger], m: LanguageMatchers) -> list[Trigger]:
    """A noun that names a victim by what was done to them before ("hostage", flag "victim_noun") is
    the victim of the killing it is the object of ("militants beheaded a hostage", "a hostage was
    killed", "the execution of a hostage"), not an abduction of its own."""
    killings = {i: t for t in trigs if t.generic for i in range(t.tok_start, t.tok_end)}
    of = m.complement_preps
    out = []
    for t in trigs:
        if "victim_noun" in t.flags:
            root = doc[t.tok_start:t.tok_end].root
            head = root.head
            if root.dep_ == "pobj" and head.lower_ in of:
                head = head.head  # "the beheading of a hostage"
            elif root.dep_ not in OBJECT_DEPS[:4] and not (root.dep_ == "nmod" and any(
                    c.dep_ == "case" and c.lower_ in of for c in root.children)):
                head = None
            if head is not None and head.i in killings and killings[head.i] is not t:
                continue
        out.append(t)
    return out


def _drop_strikers_hit(doc: Doc, trigs: list[Trigger], m: LanguageMatchers) -> list[Trigger]:
    """Workers on strike named as whom an armed act hit ("Gunmen kill two teachers on strike", « Des hommes
    armés tuent deux enseignants en grève », « Des grévistes attaqués par des hommes armés »): the strike says
    who they are, no demonstration (ACLED codes a strike as a protest only where the workers demonstrate), so
    the act is the event; not where police or troops of crowd control did it (force on a protest)."""
    acts = {i: t for t in trigs if t.generic and t.event_type != PROTESTS for i in range(t.tok_start, t.tok_end)}
    if not acts:
        return trigs
    out = []
    for t in trigs:
        root = doc[t.tok_start:t.tok_end].root
        words = m.stoppage_nouns | m.striker_words
        if t.event_type == PROTESTS and any(doc[i].lemma_.lower() in words or doc[i].lower_ in words
                                            for i in range(t.tok_start, t.tok_end)):
            # the person the strike describes: the noun it hangs on ("teachers on strike"), or the noun itself
            person = root
            if root.dep_ == "pobj" and root.head.dep_ == "prep":
                person = root.head.head
            elif root.dep_ == "prep" or root.dep_.split(":")[0] == "nmod" or root.dep_ == "case":
                person = root.head
            verb = None
            if person.dep_.split(":")[0] in ("dobj", "obj", "nsubjpass") and person.head.i in acts:
                verb = person.head
            else:
                verb = next((c for c in person.children if c.dep_ == "acl" and c.i in acts), None)
            # (the force by its form or its lemma: « des soldats », lemma "soldat", listed as « soldats »)
            if verb is not None and not any(
                    c.dep_.split(":")[0] in ("nsubj", "obl", "agent")
                    and (c.lemma_.lower() in m.crowd_control or c.lower_ in m.crowd_control)
                    for c in verb.children):
                continue
        out.append(t)
    return out


def _drop_group_trades(doc: Doc, trigs: list[Trigger], m: LanguageMatchers) -> list[Trigger]:
    """An act that names the trade of a criminal group ("a kidnapping gang", "the leader of a kidnapping
    syndicate", "un réseau d'enlèvements") says what the group is, not an event told: an act of violence
    (not a thing found: "a network of tunnels") named by a noun modifying, or bare complement (no
    determiner) of, a group noun of the language's ``CRIMINAL_GROUP_NOUNS``. So too an act that names the kind of
    a weapon or a craft (``WEAPON_KIND_NOUNS``: "Gang members armed with assault rifles", « des fusils d'assaut »,
    "attack helicopters"): the weapon's name, no act."""
    groups = lexicon_words("events", m.lang, "CRIMINAL_GROUP_NOUNS")
    weapons = lexicon_words("events", m.lang, "WEAPON_KIND_NOUNS")
    if not groups and not weapons:
        return trigs
    out = []
    for t in trigs:
        root = doc[t.tok_start:t.tok_end].root
        head = None
        if t.event_type not in ATTEMPTED_ACTS:
            pass
        elif root.pos_ == "NOUN" and root.dep_ in ("compound", "amod") and root.head.i > root.i:
            head = root.head  # "a kidnapping gang"
        elif root.pos_ == "NOUN" and not any(c.dep_ == "det" for c in root.children):
            if root.dep_ == "pobj" and root.head.lower_ in m.complement_preps:
                head = root.head.head
            elif root.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in m.complement_preps
                                             for c in root.children):
                head = root.head  # "un réseau d'enlèvements"
        if head is not None and (head.lemma_.lower() in groups or head.lower_ in groups):
            continue
        # (a weapon's kind only by a word of an act itself, "assault", « assaut »: not a force's name the tagger
        # read as the act, "AN AIR FORCE HELICOPTER")
        if head is not None and (head.lemma_.lower() in weapons or head.lower_ in weapons) \
                and t.tok_end - t.tok_start == 1 and (root.lemma_.lower() in m.event_words
                                                      or root.lower_ in m.event_words):
            continue
        out.append(t)
    return out


def _drop_war_tolls(doc: Doc, trigs: list[Trigger], m: LanguageMatchers) -> list[Trigger]:
    """The toll a war has taken, told by a killing verb in a relative clause on a noun of the
    language's ``WAR_NOUNS`` or on a span of time of one ("a conflict that has killed more than
    10,000 people", "ten years of war that have killed 70,000", « une guerre qui a tué »), sums the
    war up: no event. Only a generic act (a killing), never one named by its own kind."""
    wars = lexicon_words("events", m.lang, "WAR_NOUNS")
    if not wars:
        return trigs

    def war(tok: Token) -> bool:
        return tok.lemma_.lower() in wars or tok.lower_ in wars

    out = []
    for t in trigs:
        root = doc[t.tok_start:t.tok_end].root
        if t.generic and root.pos_ == "VERB" and root.dep_.split(":")[-1] == "relcl":
            owner = root.head
            complements = of_complements(owner, m.complement_preps) if owner.pos_ == "NOUN" else []
            if war(owner) or any(war(c) for c in complements):
                continue
        out.append(t)
    return out


PROTESTS = "Protests"


# acts of violence that an attempt at is an incident (MUC-4 task definition 1.0 (5): "terrorist acts
# (and attempted acts)"; its STAGE OF EXECUTION "attempted"): the attack, the bombing, the kidnapping tried
ATTEMPTED_ACTS = ("Violence against civilians", "Explosions/Remote violence", "Battles")


def _attemptable(etype: str, flags) -> bool:
    """An attempt at an act of this type is an incident of its type: an act of violence, not a change of territory
    (flag "territory": "the rebels tried to seize the hill" took nothing; the attempt is a fight,
    :func:`_seizure_tried`)."""
    return etype in ATTEMPTED_ACTS and "territory" not in flags


SEIZURE_TRIED = "seizure_tried"  # the flag of a trigger of ground that a factual attempt governs


def _seizure_tried(sub: str, flags) -> bool:
    """A trigger of ground taken (flag "territory": "seize", « s'emparer ») that a factual attempt governs: the
    attempt is a fight with those who held the ground, ACLED's armed clash, no territory taken."""
    return sub in TERRITORY_TAKEN and "territory" in flags


def _attempted(sp: Span, m: LanguageMatchers) -> bool:
    """The trigger is what a factual attempt was at, or what the forces of order prevented (a protest:
    :func:`_prevented`)."""
    return _attempt_made(sp, m) or _prevented(sp, m)


def _attempt_made(sp: Span, m: LanguageMatchers, depth: int = 2) -> bool:
    """The trigger is what a factual attempt was at ("an attempt to protest", "tried to march", "ont
    tenté de manifester", "gunmen tried to kill the mayor"): the attempt verb or noun governs it
    within ``depth`` heads and was itself made (not "may try", "want to try", "denied trying")."""
    if not m.attempts:
        return False
    for g in governors(sp.root, depth):
        if g.lemma_.lower() in m.attempts or g.lower_ in m.attempts:
            return is_factual(sp.doc[g.i:g.i + 1], m)
    return False


def _prevented(sp: Span, m: LanguageMatchers) -> bool:
    """The trigger is what the forces of order factually prevented ("police prevented an opposition
    march from taking place", "la police a empêché une marche"): a protest that was called and met
    by them, ACLED's protest with intervention (not "heavy rain prevented the march")."""
    for g in governors(sp.root, 2):
        if g.lemma_.lower() in m.preventions and _by_crowd_control(g, m):
            return is_factual(sp.doc[g.i:g.i + 1], m)
    return False


def _met_by_forces(sp: Span, m: LanguageMatchers) -> bool:
    """The gathering's noun is a complement of what the forces of order factually did to people
    (``PROTEST_INTERVENTION``: "police arrested 22 people after a gathering near the mosque", « la police a arrêté
    une dizaine de personnes après un rassemblement devant le siège du parti »), or of the people it names by their
    role in it (events_<lang>.PROTEST_ROLE_NOUNS: "Police detained the organisers of a march in Minsk"): a gathering
    met by them, ACLED's protest with intervention (not "the suspect was arrested after a tip-off", no gathering
    word; not "arrested a protest organiser at his home", the protest a compound naming who he is)."""
    root = sp.root
    if root.pos_ != "NOUN" or root.ent_type_ in ("DATE", "TIME") or root.dep_.split(":")[0] not in (
            "pobj", "obl", "nmod"):
        return False  # (not a month's name: "On 16 March, police arrested 12 people")
    chain = governors(root, 3)
    if len(chain) == 3 and not (chain[1].pos_ == "NOUN" and (
            chain[1].lower_ in m.protest_role_nouns or chain[1].lemma_.lower() in m.protest_role_nouns)):
        chain = chain[:2]  # the third only through the people's role in it ("detained the organisers of a march")
    for g in chain:
        if g.pos_ == "VERB" and m.protest_intervention(sp.doc[g.i:g.i + 1]) and _by_crowd_control(g, m):
            return is_factual(sp.doc[g.i:g.i + 1], m)
    return False


def _force_of_order(t: Token, m: LanguageMatchers) -> bool:
    """``t`` is a word of the forces of order ("police", "les gendarmes", "army": CROWD_CONTROL_FORCES)."""
    return t.lemma_.lower() in m.crowd_control or t.lower_ in m.crowd_control


def _by_crowd_control(verb: Token, m: LanguageMatchers) -> bool:
    """The subject of ``verb`` is a force of order ("police", "les gendarmes", "security forces")."""
    return any((c.dep_ == "nsubj" and _force_of_order(c, m)) or (c.dep_ in ("obl:agent", "agent") and (
        _force_of_order(c, m) or any(g.dep_ == "pobj" and _force_of_order(g, m) for g in c.children)))
        for c in verb.children)


# the acts of violence whose time reference may be an older act of violence with a toll of its own (_drop_time_references)
RECALLING_ACT_TYPES = ("Violence against civilians", "Explosions/Remote violence", "Battles")


def _drop_time_references(doc: Doc, trigs: list[Trigger], m: LanguageMatchers,
                          cues: list[tuple[str, int, int]] = ()) -> list[Trigger]:
    """An event noun that dates another event of the same sentence ("soldiers plundered homes after
    the fighting", "pillèrent les maisons après les combats") is its time reference, told before:
    the verb it hangs on is the news. What an arrest came after, told with a toll of its own (« a arrêté trois
    suspects après l'attentat qui a fait vingt morts »), stays, flagged ``REASON_WITH_TOLL``."""
    verbs = {i: t for t in trigs for i in range(t.tok_start, t.tok_end)}
    out = []
    for t in trigs:
        root = doc[t.tok_start:t.tok_end].root
        # (a gerund with no object of its own is such a noun: "homes were torched after fighting between two
        # militias"; not "after attacking the village", an act done on something)
        if (root.pos_ in ("NOUN", "PROPN") or root.pos_ == "VERB" and root.dep_ == "pcomp" and not any(
                c.dep_ in OBJECT_DEPS[:4] for c in root.children)) and _temporal_reference(doc[t.tok_start:t.tok_end], m):
            prep = root.head if root.dep_ in ("pobj", "pcomp") else root
            marker = prep if root.dep_ in ("pobj", "pcomp") else next(
                (c for c in root.children if c.dep_ in ("case", "mark")), root)
            sequel = prep.head if prep.dep_ == "prep" else root.head if root.dep_ == "nmod" else None
            if sequel is not None and sequel.lemma_.lower() in lexicon_words("events", m.lang, "SEQUEL_NOUNS"):
                # « à la suite d'affrontements », "in the wake of clashes": the phrase of the compound preposition
                # hangs on the verb it dates
                prep = sequel.head if sequel.dep_ == "pobj" else sequel
                marker = prep if sequel.dep_ == "pobj" else next(
                    (c for c in sequel.children if c.dep_ == "case"), sequel)
            anchor = prep.head
            if anchor.dep_ in ("npadvmod", "obl:tmod", "nmod:tmod") and anchor.head.i != anchor.i \
                    and anchor.lower_ in lexicon_words("events", m.lang, "STRETCH_NOUNS"):
                # "sent troops to Rawa, days after an assault on its positions": the stretch of time hangs on the
                # verb it dates
                anchor = anchor.head
            gov = verbs.get(anchor.i)
            held = anchor
            while gov is None and held.dep_ == "conj" and held.head.i != held.i:
                # "homes were looted, set on fire and destroyed after fighting": the last of the conjoined verbs
                # holds the phrase of time of all of them
                held = held.head
                gov = verbs.get(held.i)
            # "killed after fierce clashes", "arrested during clashes": the toll or an act within
            # the fight, which stays the news
            if gov is not None and gov is not t and gov.sent_index == t.sent_index and anchor.pos_ == "VERB" \
                    and not gov.generic and marker.lower_ not in m.simultaneous:
                if gov.sub_event_type == "Arrests" and t.event_type == "Protests" and not recalled_phrase(root):
                    # "arrested 22 people after a gathering near the mosque": the gathering the forces met, its
                    # intervention (the protest heads, incidents._head_candidates), not the time of an arrest
                    out.append(t)
                    continue
                if gov.sub_event_type == "Arrests" and _toll_in_phrase(root, cues) and not recalled_phrase(root):
                    # (not "weeks after the bombing that killed 30": an older act the sentence recalls)
                    out.append(replace(t, flags=(*t.flags, REASON_WITH_TOLL)))
                elif gov.event_type in RECALLING_ACT_TYPES and t.event_type in RECALLING_ACT_TYPES \
                        and _toll_in_phrase(root, cues) and recalled_phrase(root):
                    # "New clash in Bouar, a month after the attack that killed 20", « Nouvel accrochage à Bouar, un
                    # mois après l'attaque qui a fait 20 morts »: an older act with a toll of its own, recalled by a
                    # stretch of time; its dead are its own, never the news's (incidents._reason_with_toll)
                    out.append(replace(t, flags=(*t.flags, REASON_WITH_TOLL)))
                continue
        # the clause's verb, or the verb of which the trigger is the subject or object ("after a bomb exploded")
        clause = root if root.pos_ == "VERB" else root.head if root.dep_ in OBJECT_DEPS[:4] + ("nsubj",) else None
        if clause is not None and clause.pos_ == "VERB" and clause.dep_.split(":")[0] == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in m.temporal_preps and c.lower_ not in m.simultaneous
                for c in clause.children):
            root = clause
            # "appointed a new leader after its former leader was killed", "a nommé un nouveau chef après
            # que le précédent a été tué": a development told with what it came after; the clause is its
            # time reference (a violent act is told with its cause: "killed after their vehicle hit a mine")
            gov = verbs.get(root.head.i)
            if gov is not None and gov is not t and gov.sent_index == t.sent_index and not gov.generic \
                    and gov.event_type == STRATEGIC:
                if gov.sub_event_type == "Arrests" and t.event_type == "Protests" and not recalled_phrase(root):
                    out.append(t)  # "arrested 22 people after a crowd assembled near the mosque": as above
                    continue
                if gov.sub_event_type == "Arrests" and t.event_type != STRATEGIC and _toll_in_clause(root, cues) \
                        and not recalled_phrase(root):
                    # "arrested three suspects on Tuesday after gunmen killed four farmers on Monday": an act of
                    # its own, which the arrest does not hold (not "weeks after a suicide bombing killed 30": an
                    # older act the sentence recalls)
                    out.append(replace(t, flags=(*t.flags, REASON_WITH_TOLL)))
                continue
        if t.event_type != STRATEGIC and _dates_a_change(doc, t, trigs, m):
            continue
        out.append(t)
    return out


def _dates_a_change(doc: Doc, t: Trigger, trigs: list[Trigger], m: LanguageMatchers) -> bool:
    """An act told, at any depth, inside a phrase or clause of time that follows a change to a group
    told before it in the sentence, one that comes after its cause (flag "after_its_cause": a leadership
    changes after a leader's death; troops reinforced "following a night of shelling" are a response, the
    shelling stays the news) ("announced a change of leadership, naming X as emir after the
    previous chief was killed in a drone strike", "un changement à sa tête après la mort de son chef, tué
    lors d'une frappe de drone"): what the change came after, not the news."""
    if not any("after_its_cause" in c.flags and c.sent_index == t.sent_index and c.tok_end <= t.tok_start
               for c in trigs):
        return False
    root = doc[t.tok_start:t.tok_end].root
    for g in [root, *governors(root, 6)]:
        markers = [c for c in g.children if c.dep_ in ("mark", "case")]
        if g.dep_ == "pobj":
            markers.append(g.head)
        if any(k.lower_ in m.temporal_preps and k.lower_ not in m.simultaneous for k in markers):
            return True
        if g.dep_ == "ROOT":
            break
    return False


def _for_common_crime(root: Token, m: LanguageMatchers) -> bool:
    """The reason of an arrest, hung on the verb, on who was arrested or on the charge that names them, is a
    common crime ("arrested a man for stealing a phone", « a arrêté trois jeunes pour vol », "arrested a man
    accused of theft")."""
    if not m.common_crimes:
        return False
    holders = [root, *(c for c in root.children if c.dep_ in OBJECT_DEPS[:4])]
    charges = [a for h in holders[1:] for a in h.children if a.dep_ == "acl" and (
        a.lemma_.lower() in m.charges or a.lower_ in m.charges)]
    reasons = [g for h in holders for p in h.children if p.lower_ in m.reason_preps for g in p.children
               if g.dep_ in ("pobj", "pcomp")]
    reasons += [c for h in holders for c in h.children if c.dep_.split(":")[0] in ("obl", "nmod") and any(
        k.dep_ == "case" and k.lower_ in m.reason_preps for k in c.children)]
    # what the charge is "of" ("accused of theft", « soupçonné de vol »)
    reasons += [g for a in charges for p in a.children if p.dep_ == "prep" for g in p.children
                if g.dep_ in ("pobj", "pcomp")]
    reasons += [c for a in charges for c in a.children if c.dep_.split(":")[0] in ("obl", "nmod")]
    # a charge it is made on ("arrested on corruption charges"): the charge's modifiers and complement
    on = [g for h in holders for p in h.children if p.lower_ in m.charge_preps for g in p.children
          if g.dep_ == "pobj"]
    on += [c for h in holders for c in h.children if c.dep_.split(":")[0] in ("obl", "nmod") and any(
        k.dep_ == "case" and k.lower_ in m.charge_preps for k in c.children)]
    reasons += [t for g in on if g.lemma_.lower() in m.charge_nouns or g.lower_ in m.charge_nouns
                for t in g.subtree if t.i != g.i]
    # what reasons name, with their own modifiers and complements (« pour détournement de fonds »)
    words = {w for g in reasons for w in (g.lemma_.lower(), g.lower_)}
    if words & m.common_crimes:
        return True
    if not words & m.office_crimes:
        return False
    # a crime of office: common unless who was held holds a political office ("the former finance minister")
    held = [t for h in holders[1:] for t in h.subtree]
    # whom an arrest noun is "of" ("the arrest of the mayor on corruption charges")
    held += [t for p in root.children if p.dep_ == "prep" and p.lower_ in m.complement_preps for t in p.subtree]
    held += [t for c in root.children if c.dep_.split(":")[0] == "nmod" and any(
        k.dep_ == "case" and k.lower_ in m.complement_preps for k in c.children) for t in c.subtree]
    if root.dep_ in ("acl", "amod") or root.tag_ == "VBN" or "Pass" in root.morph.get("Voice"):
        held += [t for c in subject_holder(root).children if c.dep_.startswith("nsubj") for t in c.subtree]
        if root.dep_.split(":")[0] in ("acl", "amod"):
            held += [t for t in root.head.subtree if t.i <= root.head.i]
    return not any(t.lower_ in m.political_offices or t.lemma_.lower() in m.political_offices for t in held)


def _drop_reasons(doc: Doc, trigs: list[Trigger], m: LanguageMatchers,
                  cues: list[tuple[str, int, int]] = ()) -> list[Trigger]:
    """An event named as the reason of an arrest ("detained 82 people over deadly protests in
    2014", "arrested in connection with the bombing", "interpellés pour leur participation à la
    manifestation") is what they are charged with, not an event of the report; told with a toll of its own in
    its phrase ("over Monday's attack that killed four farmers", « suite à l'attentat qui a fait neuf morts »), it
    stays, flagged ``REASON_WITH_TOLL``: an act of its own, which the arrest does not hold."""
    arrests = {i for t in trigs if t.sub_event_type == "Arrests" for i in range(t.tok_start, t.tok_end)}
    if not arrests or not m.reason_preps:
        return trigs
    out = []
    for t in trigs:
        root = doc[t.tok_start:t.tok_end].root
        if t.sub_event_type == "Arrests" and _for_common_crime(root, m):
            # "arrested a man for stealing a phone", « arrêté pour vol »: an arrest for a common crime is police
            # work, no political arrest (ACLED codes arrests of political significance)
            continue
        # "arrested a man for stealing a phone": a gerund is the preposition's complement too
        on_prep = root.dep_ in ("pobj", "pcomp")
        prep = root.head if on_prep else next((c for c in root.children if c.dep_ == "case"), None)
        charged = _charge_governor(root, m) if t.sub_event_type != "Arrests" else None
        if t.sub_event_type != "Arrests" and (prep is not None and prep.lower_ in m.reason_preps or charged):
            governor = charged if charged is not None else prep.head if on_prep else root.head
            # "in connection with": the preposition hangs on "connection", itself on the arrest
            if governor.lower_ in m.reason_preps or governor.lemma_.lower() in m.reason_preps:
                governor = governor.head.head if governor.dep_ == "pobj" else governor.head
            if governor.i in arrests or any(g.i in arrests for g in governors(governor, 1)):
                if not _act_on_a_person(root, t, m):
                    if _toll_in_phrase(root, cues):
                        out.append(replace(t, flags=(*t.flags, REASON_WITH_TOLL)))
                    continue
                t = replace(t, flags=(*t.flags, TOLD_BY_ARREST))  # the arrest is an event of its own beside it
        out.append(t)
    return out


def _charge_governor(root: Token, m: LanguageMatchers) -> Token | None:
    """The word a charge that names the act of ``root`` hangs on, behind a charge preposition (``CHARGE_NOUNS``,
    ``CHARGE_PREPOSITIONS``: "arrested on charges of sabotage", "on sabotage charges", "on suspicion of
    sabotaging a pipeline", « arrêtés sous l'accusation de sabotage »); None when the act names no charge."""
    if root.dep_ == "compound":
        noun = root.head  # "on sabotage charges"
    elif root.dep_ in ("pobj", "pcomp") and root.head.lower_ in m.complement_preps:
        noun = root.head.head  # "on charges of sabotage"
    elif root.dep_.split(":")[0] == "nmod" and any(k.dep_ == "case" and k.lower_ in m.complement_preps
                                                   for k in root.children):
        noun = root.head  # « sous l'accusation de sabotage »
    else:
        return None
    if not (noun.lemma_.lower() in m.charge_nouns or noun.lower_ in m.charge_nouns):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in m.charge_preps:
        return noun.head.head
    if noun.dep_.split(":")[0] in ("obl", "nmod") and any(k.dep_ == "case" and k.lower_ in m.charge_preps
                                                          for k in noun.children):
        return noun.head
    return None


ABDUCTION = "Abduction/forced disappearance"
ARRESTS = "Arrests"
# the flag of an abduction told as who a release freed (_freed_captive): the abduction is recalled, the release is
# the news (incidents._recalled_act)
FREED = "freed"
PASSIVE_AUX_DEPS = ("auxpass", "aux:pass")


def freed_by_release_noun(noun: Token, m: LanguageMatchers) -> bool:
    """The noun is the "of" complement of a noun of release (``events_<lang>.RELEASE_NOUNS``: "the release of 12
    hostages", « la libération de 12 otages »): who it names was freed; not a release sought (its noun the object
    of a word of ``RELEASE_SOUGHT_WORDS``, or the complement of one: "demanded the release of", « les négociations
    pour la libération de »)."""
    release_nouns = lexicon_words("events", m.lang, "RELEASE_NOUNS")
    if not release_nouns:
        return False
    rel = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if rel.i == noun.i or rel.pos_ != "NOUN" or rel.lemma_.lower() not in release_nouns and \
            rel.lower_ not in release_nouns or not any(c.i == noun.i for c in of_complements(rel, m.complement_preps)):
        return False
    if any(c.dep_ == "neg" or c.lower_ in m.negations for c in rel.children):
        return False
    sought = lexicon_words("events", m.lang, "RELEASE_SOUGHT_WORDS")
    up = rel.head.head if rel.dep_ == "pobj" and rel.head.dep_ == "prep" else rel.head
    return up.i == rel.i or not (up.lemma_.lower() in sought or up.lower_ in sought)


def _price_of_release(root: Token, m: LanguageMatchers) -> bool:
    """The abduction's word is a noun under a verb of release, within three heads (``events_<lang>.RELEASE_VERBS``:
    "Two of them were released on Thursday after their families paid a ransom", « libérés jeudi contre une rançon »):
    the price of the release."""
    verbs = lexicon_words("events", m.lang, "RELEASE_VERBS")
    return bool(verbs) and root.pos_ == "NOUN" and any(
        g.pos_ == "VERB" and g.lemma_.lower() in verbs and not any(c.dep_ == "neg" or c.lower_ in m.negations
                                                                  for c in g.children) for g in governors(root, 3))


def _freed_captive(root: Token, m: LanguageMatchers) -> bool:
    """The abduction's word names who a verb of release frees (``events_<lang>.RELEASE_VERBS``): its object or its
    passive's subject ("troops freed 12 hostages", « quinze otages ont été libérés »), or a participle or a relative
    clause said of them ("rescued two kidnapped traders", "freed 15 hostages who had been kidnapped in March",
    « quinze otages enlevés en mars ont été libérés »): the release is what the sentence tells, the abduction it
    ends is older (ACLED codes no abduction of people freed; a release the captors agreed to is an agreement)."""
    verbs = lexicon_words("events", m.lang, "RELEASE_VERBS")
    if not verbs:
        return False
    def freed(noun: Token) -> bool:
        if freed_by_release_noun(noun, m):
            return True
        verb = noun.head
        if verb.i == noun.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            return False
        if any(c.dep_ == "neg" or c.lower_ in m.negations for c in verb.children):
            return False
        return noun.dep_ in OBJECT_DEPS[:4] or _bare_complement(verb, noun) or noun.dep_ == "nsubj" and any(
            c.dep_ in PASSIVE_AUX_DEPS for c in verb.children)

    if root.pos_ in ("NOUN", "PROPN") and freed(root):
        return True  # "freed 12 hostages"
    if root.dep_.split(":")[0] in ("acl", "amod", "relcl") and root.head.pos_ in ("NOUN", "PROPN"):
        # "rescued two kidnapped traders", "hostages who had been kidnapped"; said of a noun set beside the name
        # the release frees ("Pedro Luna, a French aid worker kidnapped in 2019, was freed", « Pierre Lunel, un
        # humanitaire enlevé en 2019, a été libéré », the apposition parsed as such or as a conjunct)
        noun = root.head
        return freed(noun) or noun.dep_ in ("appos", "conj") and noun.head.pos_ in ("NOUN", "PROPN") \
            and freed(noun.head)
    return False


# the flag of an act told as what an arrest was made for (_drop_reasons, _charged_and_arrested): the arrest is an
# incident of its own beside it (incidents.extract_incidents)
TOLD_BY_ARREST = "told_by_arrest"
# the flag of an act named as what an arrest was made over, told with a toll in its own phrase ("arrested three
# suspects after an attack that killed twelve people", « après l'attentat qui a fait vingt morts »): no head of its
# sentence, the act of the arrest's reason (incidents._reason_with_toll, _act_of_reason)
REASON_WITH_TOLL = "reason_with_toll"


def _toll_in_clause(clause: Token, cues) -> bool:
    """A death or a wound is told inside the clause ``clause`` heads ("after gunmen killed four farmers")."""
    lo, hi = clause.left_edge.i, clause.right_edge.i
    return any(label in ("DEATH", "INJURY") and lo <= s <= hi for label, s, _ in cues)


def _toll_in_phrase(root: Token, cues) -> bool:
    """A death or a wound is told inside the phrase of the noun ``root``, after it ("the attack that killed twelve
    people", « l'attentat qui a fait vingt morts »)."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    hi = root.right_edge.i
    return any(label in ("DEATH", "INJURY") and root.i < s <= hi for label, s, _ in cues)


# the event types of an act whose victims an arrest's reason may name
_ACTS_ON_PEOPLE = ("Violence against civilians", "Battles", "Explosions/Remote violence")


def _act_on_a_person(root: Token, t: Trigger, m: LanguageMatchers) -> bool:
    """The reason of an arrest is an act of violence on a person its phrase names ("arrested two suspects for
    the murder of a shopkeeper", « pour l'enlèvement de deux infirmières », "arrested for killing two
    herders"): the story tells the act through the arrest, an act of its own; not one its phrase dates to a
    year ("for the 2018 murder of a journalist", « le meurtre d'un journaliste commis en 2018 »: an older act), nor
    an event with no person in it ("arrested in connection with the bombing", "over the protests")."""
    if t.event_type not in _ACTS_ON_PEOPLE or any(
            w.like_num and len(w) == 4 and w.text.isdigit() and 1900 <= int(w.text) <= 2100 for w in root.subtree):
        return False
    if root.pos_ in ("NOUN", "PROPN"):
        # its complement and what the parse hangs there (« d'un commerçant lundi »: the day its head)
        hit = [w for c in of_complements(root, m.complement_preps) for w in c.subtree]
    else:
        hit = [o for o in root.children if o.dep_ in OBJECT_DEPS[:4]]
    return any(_person_word(h, m) for h in hit)


def _weapon_supplied(doc: Doc, t: Trigger, m: LanguageMatchers) -> bool:
    """A weapon a title names as supplied, no act: a noun phrase with no verb over it, told with whom it is for
    ("Combat drones for the Malian army", « Des drones armés pour l'armée malienne ») or with a participle of
    supplying ("Attack helicopters delivered to the air force", « Des hélicoptères de combat livrés à l'armée »,
    "Artillery shells for Ukraine approved by parliament"); not a weapon "for a week" (a time). In any sentence, a
    weapon received, bought or sold, or the side that receives it (:func:`_weapon_taken_delivery`)."""
    if t.event_type != "Explosions/Remote violence":
        return False
    root = doc[t.tok_start:t.tok_end].root
    if root.dep_ == "compound" and root.head.i != root.i:
        root = root.head  # "Artillery shells": the phrase's head
    if _weapon_taken_delivery(root, m):
        return True
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ != "ROOT":
        return False
    # the phrase's words and the participles and complements hung on them (« hélicoptères de combat livrés à »)
    words = [root, *(c for c in root.children if c.dep_.split(":")[0] in ("nmod", "compound", "amod", "acl"))]
    for w in words:
        if w.dep_.split(":")[0] in ("acl", "amod") and w.lemma_.lower() in m.supply_verbs:
            return True
        for c in w.children:
            if c.dep_.split(":")[0] == "acl" and c.lemma_.lower() in m.supply_verbs:
                return True
            # "for the Malian army" (a preposition and its object), « pour l'armée » (a complement and its case)
            objs = [g for g in c.children if g.dep_ == "pobj"] if c.lower_ in m.recipient_preps else (
                [c] if any(k.dep_ == "case" and k.lower_ in m.recipient_preps for k in c.children) else [])
            if any(g.lemma_.lower() not in m.time_nouns and g.lower_ not in m.time_nouns and g.pos_ != "NUM"
                   for g in objs):
                return True
    return False


def _weapon_taken_delivery(root: Token, m: LanguageMatchers) -> bool:
    """A weapon told as what a side receives, buys or is sold, in any sentence (events_<lang>.WEAPON_DELIVERY_VERBS:
    "The air force received two new fighter jets", « L'armée de l'air a reçu deux avions de chasse », "drones were
    delivered to the army"): its object, or its passive subject; or the side that takes it in, the subject of a verb
    of WEAPON_RECEIPT_VERBS ("the air force received"). Not when the verb's purpose or a relative clause on the
    weapon tells a strike ("bought drones to strike the camps", "received jets that bombed the town")."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = root.head
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if not (root.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")
            and lemma in lexicon_words("events", m.lang, "WEAPON_DELIVERY_VERBS")
            or root.dep_ == "nsubj" and lemma in lexicon_words("events", m.lang, "WEAPON_RECEIPT_VERBS")):
        return False
    told = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "conj")]
    told += [c for c in root.children if c.dep_ in ("acl", "relcl", "acl:relcl")]
    return not any(c.lemma_.lower() in m.weapon_strike_verbs for c in told)


INVENTORY_ITEMS = 3
# how the parser hangs a day on the verb it dates ("fired on Sunday", « ont tiré dimanche »)
TIME_ADJUNCT_DEPS = ("obl", "npadvmod", "advmod")


def _counting_noun(tok, m: LanguageMatchers) -> bool:
    """``tok`` is a noun of a quantity ("dozens", "scores", « dizaines », « une centaine »: ``m.figure_words``, from
    ``quantities_<lang>.VAGUE`` and ``COLLECTIVES``, by its form or its lemma): "fired dozens of rockets" counts the
    rockets fired, no weapon named as a thing."""
    return tok.pos_ == "NOUN" and (tok.lower_ in m.figure_words or tok.lemma_.lower() in m.figure_words)


def _weapon_inventory(doc: Doc, t: Trigger, m: LanguageMatchers) -> bool:
    """A weapon named as a thing, not used: the modifier of another noun ("83 rocket launchers",
    "the artillery battalion", "dynamite sticks"; not "mortar fire", "a bomb attack") or an item of a
    list ("mortars, shells, sniper rifles and ammunition", "des fusils, des grenades et des
    munitions")."""
    if t.event_type != "Explosions/Remote violence":
        return False
    root = doc[t.tok_start:t.tok_end].root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    if root.dep_ == "compound" and not t.tok_start <= root.head.i < t.tok_end:
        head = root.head
        heads = lexicon_words("events", m.lang, "WEAPON_EVENT_HEADS")
        return not (head.lemma_.lower() in m.event_words or head.lower_ in m.event_words
                    or head.lemma_.lower() in heads or head.lower_ in heads)
    # "various types of grenades", "des caisses de grenades": a weapon (not an event noun: "le bilan
    # de l'attentat") as the complement of a noun that is neither an event nor a use of the weapon
    # ("a barrage of rockets", "l'explosion d'une bombe")
    owner = None
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in m.complement_preps:
        owner = root.head.head
    elif root.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in m.complement_preps for c in root.children):
        owner = root.head
    weapons = m.weapon_words
    is_weapon = root.lemma_.lower() in weapons or root.lower_ in weapons or root.lower_.rstrip("s") in weapons
    if owner is not None and owner.pos_ == "NOUN" and is_weapon and not (
            {owner.lemma_.lower(), owner.lower_} & m.time_nouns and owner.dep_.split(":")[0] in TIME_ADJUNCT_DEPS) \
            and not _counting_noun(owner, m):
        # (not the day the verb is dated by, which the parser may give the verb's object that follows it: « ont
        # tiré dimanche des obus de mortier »)
        heads = lexicon_words("events", m.lang, "WEAPON_EVENT_HEADS")
        words = {owner.lemma_.lower(), owner.lower_}
        if not words & (set(m.event_words) | heads | lexicon_words("events", m.lang, "WEAPON_USE_NOUNS")):
            return True
    first = root
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    items, stack = 0, [first]
    while stack:
        x = stack.pop()
        items += 1
        stack.extend(c for c in x.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))
    return items >= INVENTORY_ITEMS


# how the parser attaches a verb's particle ("out" of "drove them out of the town" is a preposition,
# "se" of "se sont affrontés" an expletive or an object)
PARTICLE_DEPS = ("prt", "advmod", "prep", "compound:prt", "expl:comp", "expl:pv", "expl:pass", "expl", "obj",
                 "iobj")  # « s'en sont pris » : « en » read as an indirect object
DISRUPTED = "Disrupted weapons use"
# a strategic development that is news wherever the article tells it (what was looted or burnt),
# unlike an arrest or a deployment told after the lead
STRATEGIC_ANY_SENTENCE = frozenset({"Looting/property destruction"})


def _drop_disrupted_weapons(doc: Doc, trigs: list[Trigger], m: LanguageMatchers,
                            background: set[int] = frozenset()) -> list[Trigger]:
    """A bomb, mine or rocket that was found, seized or defused ("an explosive device was found
    and defused", "sappers defused hundreds of landmines") is the object of the disrupted weapons
    use, not an explosion of its own. ``background``: the tokens of such uses told after the lead, which are no
    incident of their own ("Soldiers had also defused two explosive devices"): their weapons are none either."""
    disrupted = {i for t in trigs if t.sub_event_type == DISRUPTED for i in range(t.tok_start, t.tok_end)}
    disrupted |= background
    if not disrupted:
        return trigs
    out = []
    for t in trigs:
        root = doc[t.tok_start:t.tok_end].root
        # the weapon that was disrupted, not the aircraft or the unit that did it ("warplanes
        # destroyed an arms depot")
        if t.event_type == "Explosions/Remote violence" and root.dep_ not in ("nsubj", "agent", "obl:agent"):
            heads = governors(root, 2)
            # (through a count: "defused hundreds of landmines")
            heads += [h.head for h in heads if _counting_noun(h, m)]
            # "found and defused": the verb conjoined with the disrupting one
            heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
            if any(h.i in disrupted for h in heads):
                continue
            # the weapon a participle of disruption describes, a headline's reduced passive ("Mali : un engin
            # explosif désamorcé sur la route de Douentza", "an explosive device defused near the bridge")
            if any(c.dep_ in ("acl", "amod") and c.i in disrupted and c.i > root.i for c in root.children):
                continue
        if t.event_type == "Explosions/Remote violence":
            # what a bomb disposal unit blew up or destroyed ("bomb disposal experts safely detonated an
            # unexploded rocket"): the doer of the verb is the disrupting unit, the blast its work
            verb = next((g for g in [root, *governors(root, 2)] if g.pos_ == "VERB"), None)
            # (a unit named by a noun, not a clause within the subject: "an unexploded shell they had found
            # exploded" is a blast)
            if verb is not None and any(x.i in disrupted and x.pos_ in ("NOUN", "PROPN")
                                        for c in subject_holder(verb).children
                                        if c.dep_ in ("nsubj", "agent", "obl:agent") for x in c.subtree):
                continue
        out.append(t)
    return out


STATE_SIDE = frozenset({"state_forces", "police", "foreign_coalition", "external"})
NON_STATE_SIDE = frozenset({"rebel", "militia", "unidentified"})


def _fight_denied(sent: Span, m: LanguageMatchers) -> bool:
    """A fight noun under a preposition of absence ("without engaging in any armed clashes", "sans aucun
    affrontement"): the sentence says no fighting took place."""
    for t in sent:
        if t.pos_ == "NOUN" and t.lemma_.lower() in m.fight_nouns and (
                any(c.dep_ == "case" and c.lower_ in m.absence_preps for c in t.children)
                or any(g.lower_ in m.absence_preps for g in governors(t, depth=3))):
            return True
    return False


def forced_out(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """A retreat told as forced: under fire or attack in its own clause ("withdrew under fire", « se sont retirés sous
    le feu de l'ennemi »: events_<lang>.FORCED_RETREAT_PREPS with FORCED_RETREAT_NOUNS), or with a fight its sentence
    tells and does not deny ("withdrew after heavy fighting"; not "withdrew without a fight")."""
    preps = lexicon_words("events", m.lang, "FORCED_RETREAT_PREPS")
    nouns = lexicon_words("events", m.lang, "FORCED_RETREAT_NOUNS")
    root = sent.doc[trigger.tok_start:trigger.tok_end].root
    if not (root.lemma_.lower() in m.withdrawal_words or root.lower_ in m.withdrawal_words):
        return False  # (a retreat told by its word, not "entered ... and had not encountered any resistance")
    for t in root.subtree:
        if t.lower_ in preps and (t.head.lemma_.lower() in nouns or any(
                c.lemma_.lower() in nouns for c in t.children if c.dep_ in ("pobj", "obj"))):
            return True
    return any(t.pos_ == "NOUN" and (t.lemma_.lower() in m.fight_nouns or t.lower_ in m.fight_nouns)
               for t in sent) and not _fight_denied(sent, m)


def _captives_hit(root: Token, m: LanguageMatchers) -> bool:
    """Whom the act was done to (its objects, its "of" complements) are people held: a participle of capture said of
    them (``events_<lang>.CAPTIVE_VERBS``: "killed two soldiers captured near Djibo", « l'exécution de deux soldats
    capturés »), or hung by the parse on the act's noun right after them ("the killing of two soldiers captured")."""
    captive = lexicon_words("events", m.lang, "CAPTIVE_VERBS")
    if not captive:
        return False
    objs = [*aimed_objects(root, m), *of_complements(root, m.complement_preps)]

    def capture(p: Token) -> bool:
        return p.dep_.split(":")[0] in ("acl", "amod") and past_participle(p) and p.lemma_.lower() in captive

    return any(capture(p) for o in objs for p in o.children if p.i > o.i) or any(
        capture(p) and o.right_edge.i + 1 == p.i for o in objs for p in root.children if p.i > o.i)


def refine_type(trigger: Trigger, sent: Span, m: LanguageMatchers, victims_civilian: bool,
                victims_combatant: bool, armed_in_sentence: int, agent_kind: str | None = None,
                killed: bool = False) -> tuple[str, str, str] | None:
    """Event type for generic triggers (typed by victims/targets), territory changes (typed by who
    took the ground) and protest refinements. Returns None when a generic trigger cannot be typed
    (not enough in the text).

    ``agent_kind`` is the kind of the armed actor that did it (its subject or agent), ``killed``
    says the sentence counts dead or wounded people."""
    etype, sub, plover = trigger.event_type, trigger.sub_event_type, trigger.plover
    root = sent.doc[trigger.tok_start:trigger.tok_end].root
    if (etype == "Battles" and armed_in_sentence == 0 or sub == "Change to group/activity") and \
            m.non_violent_causes(sent.doc[root.left_edge.i:root.right_edge.i + 1]):
        # "firefighters gained ground in their battle to contain the wildfires": with no armed side
        # named, a fight whose own phrase names a natural cause is fought against it, no battle (not
        # "talks collapsed, and the fighting has since intensified"); "the army mobilized to help
        # people trapped by the floods": relief, no change in an armed group's activity
        return None
    if sub == ARRESTS and "taken_if_non_state" in trigger.flags and agent_kind in NON_STATE_SIDE:
        # "JNIM fighters captured two soldiers", « des jihadistes ont capturé deux soldats »: people taken by a rebel or
        # unnamed armed group, an abduction (ACLED's arrests are a state's or an authority's in control)
        return "Violence against civilians", ABDUCTION, plover
    if sub in TERRITORY_TAKEN and _takes_tactical_points(trigger, sent, m):
        # "overran several checkpoints", "took control of five positions": the fight, not a location won
        return "Battles", "Armed clash", plover
    if sub == "Non-violent transfer of territory" and plover == "RETREAT" and "territory" not in trigger.flags \
            and forced_out(trigger, sent, m):
        # "withdrew under fire", "withdrew after heavy fighting": a retreat forced by a fight is no transfer without
        # one, but the fight (a taking told beside it heads before it: incidents._forced_retreat_after)
        return "Battles", "Armed clash", plover
    if sub == "Mob violence" and root.pos_ in ("NOUN", "PROPN") and any(
            _protest_people(o, m) and o.lower_ not in m.mob_agents and o.lemma_.lower() not in m.mob_agents
            for o in of_complements(root, m.complement_preps)):
        # "Angry mob of protesters sets fire to police post", "Mob of protesters storms district office": a crowd
        # its "of" complement calls protesters, their violence a riot
        return "Riots", "Violent demonstration", "PROTEST"
    if "territory" in trigger.flags:
        if any(t.lower_ in m.peaceful_transfer for t in sent) or _fight_denied(sent, m) or _left_before(trigger, sent, m):
            # "the army took over the town peacefully", "rebels entered the city unopposed", "without
            # any clashes", "took over the camp after UN peacekeepers left it"
            return STRATEGIC, "Non-violent transfer of territory", "RETREAT"
        if agent_kind in STATE_SIDE:
            return "Battles", "Government regains territory", plover
        if agent_kind in NON_STATE_SIDE:
            return "Battles", "Non-state actor overtakes territory", plover
        return etype, sub, plover
    if sub == "Looting/property destruction":
        # who did it: the verb's own subject, or that of an event verb it is conjoined with ("residents
        # attacked and burned the house"), not of a verb that only reports it ("residents lamented ...,
        # looted many houses": a parse that hangs the looting on the lament)
        holder = root.head if root.dep_ == "conj" else root
        main = _main_clause(holder, m) and (holder is root or holder.lemma_.lower() in m.event_words)
        thrower = _thrown_by(root)
        if thrower is not None and _protesters_did(thrower, m):
            # "demonstrators hurled rocks and petrol bombs at police": the firebomb is a riot's missile, in
            # whatever clause it is told
            return "Riots", "Violent demonstration", "PROTEST"
        if main and _protesters_did(root, m):
            # "protesters torched the governor's office": the protesters' violence is a riot
            return "Riots", "Violent demonstration", "PROTEST"
        if main and _mob_agent(trigger, sent, m):
            # "residents burned the house of a man accused of witchcraft": a crowd's violence
            return "Riots", "Mob violence", "ASSAULT"
        if main and armed_in_sentence == 0 and (_partisans_did(root, m) or _among_themselves(root, m)):
            # "supporters of the two parties torched each other's offices": partisans' violence with no armed
            # side is ACLED's mob violence, the property they destroyed its target
            return "Riots", "Mob violence", "ASSAULT"
        # (the object the verb shares with a verb conjoined to it, as _person_object reads it: "ransacked and burned
        # dozens of homes", homes and no people)
        objs = [c for c in root.children if c.dep_ in OBJECT_DEPS[:4]] or [
            o for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"
            for o in c.children if o.dep_ in OBJECT_DEPS[:4]][:1]
        if _person_object(sent.doc[trigger.tok_start:trigger.tok_end], m) and not any(
                t.lower_ in m.property_nouns or t.lemma_.lower() in m.property_nouns
                for c in objs for t in c.subtree):
            # "set ablaze two suspected kidnappers": people burnt, not property
            return "Violence against civilians", "Attack", "ASSAULT"
    if trigger.generic:
        # "a road accident killed five", "an earthquake killed eight, including a woman": with no
        # armed actor in the sentence a natural cause outranks the victims
        non_violent = bool(m.non_violent_causes(sent)) or any(_accidental_blast(t, m) for t in sent)
        if non_violent and armed_in_sentence == 0:
            return None
        # a body found says someone died ("needs_found" held: "the body of a trader found")
        killed = killed or _shot_dead(trigger, sent, m) or "needs_found" in trigger.flags
        if _protesters_did(sent.doc[trigger.tok_start:trigger.tok_end].root, m):
            # "police stations were attacked by protesters": the protesters' violence is a riot
            return "Riots", "Violent demonstration", "PROTEST"
        if _mob_agent(trigger, sent, m):
            # "a crowd attacked a police station", "villagers beat two suspected thieves to death"
            return "Riots", "Mob violence", "ASSAULT"
        if _aimed_at_protesting(root, m):
            # "ont ouvert le feu sur la foule qui protestait": force used on people who were protesting
            if killed:
                return "Protests", "Excessive force against protesters", "PROTEST"
            return "Protests", "Protest with intervention", "PROTEST"
        if armed_in_sentence == 0 and (_partisans_did(root, m) or _among_themselves(root, m)):
            # "supporters of the ruling party attacked opposition activists": partisans' violence is
            # ACLED's mob violence, not an armed group's attack
            return "Riots", "Mob violence", "ASSAULT"
        if not (victims_civilian or victims_combatant or killed) and _target_among(trigger, sent, m, frozenset(), m.property_only):
            # "the attacks on properties of its members": property, not people
            return STRATEGIC, "Looting/property destruction", "ASSAULT"
        if agent_kind is not None and _combatant_object(trigger, sent, m, self_defence=True):
            # "bandits attacked a team of vigilantes", "ont attaqué des Koglweogo": ACLED codes vigilante and
            # self-defence groups as militias, so an armed side attacking them fights another
            return "Battles", "Armed clash", "ASSAULT"
        victims_civilian = victims_civilian or civilian_target(trigger, sent, m)
        if victims_civilian:
            return "Violence against civilians", "Attack", "ASSAULT"
        # (a force's own post is where it acted, no target: "A soldier shot dead a man at a checkpoint", « Un policier
        # a abattu un motocycliste à un poste de contrôle »; a post it attacked is the act's object or target)
        posts = military_targets_told(sent, m) and (agent_kind not in ("state_forces", "police") or _post_aimed_at(
            trigger, sent, m))
        if _captives_hit(root, m):
            # "the killing of two soldiers captured near Djibo": fighters held are no side in a fight, their killing
            # is an attack (ACLED), not an armed clash
            return "Violence against civilians", "Attack", "ASSAULT"
        if victims_combatant or armed_in_sentence >= 2 or posts or _combatant_object(
                trigger, sent, m):
            return "Battles", "Armed clash", "ASSAULT"
        if non_violent:
            return None
        # one armed side and no armed target ("gunmen opened fire on a bus"), or people killed
        # by an unnamed hand ("violence kills 29"): ACLED's attack on civilians
        if agent_kind is not None or killed or "default_type" in trigger.flags or "told_act_only" in trigger.flags:
            # (a word that names only an act told before, laid at someone's door, "the crime", stands for that act,
            # whoever is blamed: "a man ... seems to be involved in the crime"; with no act told before it is none)
            return "Violence against civilians", "Attack", "ASSAULT"
        return None
    if etype == "Battles" and sub == "Armed clash" and communal_fight(trigger, sent, m):
        # "Fulani herders and farmers clashed", « des affrontements entre éleveurs et agriculteurs »: communal
        # groups' armed men fighting, ACLED's identity militias in an armed clash, no crowd
        return etype, sub, plover
    if etype == "Battles" and sub == "Armed clash":
        subj = _clash_subject(trigger, sent)
        described = root.dep_ in ("acl", "relcl", "acl:relcl") and root.head.pos_ in ("NOUN", "PROPN")
        if (armed_in_sentence == 0 or armed_in_sentence == 1 and described) and _among_themselves(
                root, m) and not _combatant_subject(sent.doc[trigger.tok_start:trigger.tok_end], m):
            # (a fight told in a clause that describes the fighters, "police fired tear gas to disperse rival fans
            # fighting outside the stadium": the one armed side is who broke it up, no side of it)
            # "students of two rival colleges clashed, pelting each other with stones", "clashes between two
            # student groups": people fighting one another with no armed side, ACLED's mob violence
            return "Riots", "Mob violence", "ASSAULT"
        if armed_in_sentence < 2 and _partisans_did(root, m) and not any(
                t.lemma_.lower() in m.protest_nouns or _protest_people(t, m) and t.lower_ not in m.mob_agents
                for t in sent) and not any(
                g.lower_ in m.crowd_control or g.lemma_.lower() in m.crowd_control
                for p in root.children if p.dep_ == "prep" or p.dep_.startswith("obl") for g in p.subtree):
            # "youths from rival ethnic communities fought with stones and clubs ... before police restored
            # calm": partisans or communities fighting each other (not the police), no protest told, are
            # ACLED's mob violence, not a riot of demonstrators
            return "Riots", "Mob violence", "ASSAULT"
        if armed_in_sentence < 2 and _partisans_did(root, m) and any(
                w in m.sport_occasions or w in m.celebration_words for t in sent for w in (t.lower_, t.lemma_.lower())
        ) and not any(t.lemma_.lower() in m.protest_nouns for t in sent):
            # "fans celebrating the victory clashed with police, throwing stones": fans fighting the police over a
            # match or a celebration are no demonstrators (ACLED's mob violence)
            return "Riots", "Mob violence", "ASSAULT"
        if (armed_in_sentence < 2 and (m.riot_participants(sent) or any(
                t.lemma_.lower() in m.protest_nouns for t in sent) or _crowd_act_told(trigger, sent, m)
                or m.crowd_control_means(sent) or _crowd_faces_order(trigger, sent, m))) or (
                subj is not None and any(_protest_people(t, m) for t in subj.subtree)) or (
                subj is not None and root.dep_ == "conj" and root.head.i in _protest_trigger_tokens(sent, m)
                and not any(c.dep_ == "nsubj" for c in root.children)):
            # "affrontements entre des jeunes en colère et la police": one armed side facing a crowd;
            # "stone-throwing protesters clashed with police"; "clashes broke out after the army
            # attacked a peaceful protest"; "supporters clashed with police, throwing stones and
            # burning tyres": one armed side, the other a crowd's stones and fires; "des heurts ... la
            # police a riposté par des gaz lacrymogènes": the other side is a crowd; "farmers rallied against the
            # government's reforms and clashed with police": who rallied, whoever they are, clashed as a crowd
            return "Riots", "Violent demonstration", "PROTEST"
        if armed_in_sentence == 0 and subj is not None and any(
                sent.doc.vocab.strings[mid] == "CIV" for mid, _, _ in m.cues(sent.doc[subj.left_edge.i:subj.right_edge.i + 1])):
            # "villagers clashed using sticks and iron rods": no armed side, a crowd fighting
            return "Riots", "Mob violence", "ASSAULT"
        if armed_in_sentence == 0 and _partisans_clash(trigger, sent, m):
            # "supporters of two candidates clashed with machetes": ACLED's mob violence (clashes of rival
            # party supporters), not a battle of organised armed groups
            return "Riots", "Mob violence", "ASSAULT"
        if armed_in_sentence == 0 and _fought_with_crowd_weapons(root, m):
            # "Two groups clashed with sticks and stones during a religious procession": a fight with a crowd's
            # weapons only and no armed side told is a crowd's, ACLED's mob violence
            return "Riots", "Mob violence", "ASSAULT"
    if sub == "Violent demonstration" and _partisans_did(root, m) and any(
            t.lemma_.lower() in m.sport_occasions | m.celebration_words or t.lower_ in m.sport_occasions
            | m.celebration_words for t in sent) and not any(
            t.lemma_.lower() in m.protest_nouns for t in sent):
        # "supporters rioted after the match in Tunis; police fired tear gas", « des supporters ont saccagé des
        # boutiques après la défaite de leur équipe ; la police a fait usage de gaz lacrymogène »: fans rioting
        # over a match are no demonstrators (ACLED's mob violence), whether they turn on the police or the police
        # break it up
        return "Riots", "Mob violence", "ASSAULT"
    if sub == "Violent demonstration" and armed_in_sentence == 0 and _partisans_did(root, m) and not any(
            t.lemma_.lower() in m.protest_nouns or _protest_people(t, m) and t.lower_ not in m.mob_agents
            for t in sent):
        # « des partisans de l'UPC ont saccagé le siège du MPP »: partisans' violence with no protest told is
        # ACLED's mob violence, whatever the riot word
        return "Riots", "Mob violence", "ASSAULT"
    if sub == "Violent demonstration" and "crowd_act" not in trigger.flags and _told_beside(
            trigger, sent, m, "Mob violence") and not any(
            t.lower_ in m.protest_participants or t.lemma_.lower() in m.protest_participants
            or t.lemma_.lower() in m.protest_nouns for t in sent):
        # "a riot-like situation broke out after a mob nearly lynched four men": a mob's violence with no
        # protest told is ACLED's mob violence, whatever the riot word
        return "Riots", "Mob violence", "ASSAULT"
    if "crowd_act" in trigger.flags and _mob_agent(trigger, sent, m) and not any(
            t.lower_ in m.crowd_control or t.lemma_.lower() in m.crowd_control
            or t.lemma_.lower() in m.protest_nouns for t in sent):
        # "villagers threw stones at a suspected thief": a crowd's violence with no police and no
        # protest in sight is mob violence, not a riot of demonstrators
        return "Riots", "Mob violence", "ASSAULT"
    if etype == "Protests":
        lethal, by_protesters = _lethal_force(sent, m)
        if by_protesters or _riot_manner(sent, m) or any(
                t.pos_ == "VERB" and t.lemma_.lower() in m.attack_verbs and _protesters_did(t, m)
                and not _burns_symbol(t, m) for t in sent):
            # "police stations were attacked by protesters"
            return "Riots", "Violent demonstration", "PROTEST"
        if lethal:
            return "Protests", "Excessive force against protesters", "PROTEST"
        if _manner_cues(sent, m.protest_intervention, m):
            return "Protests", "Protest with intervention", "PROTEST"
    return etype, sub, plover


TERRITORY_TAKEN = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
TACTICAL_WINDOW_TOKENS = 8


def _takes_tactical_points(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """What the side took are positions or checkpoints (its object, or the object of "control of"),
    and no named place hangs on the taking ("took five positions in the town of X" still takes them,
    "took the town" does not)."""
    doc = sent.doc
    points = [t for t in doc[trigger.tok_end:min(sent.end, trigger.tok_end + TACTICAL_WINDOW_TOKENS)]
              if (t.lemma_.lower() in m.tactical_points or t.lower_ in m.tactical_points)
              and _attached_to(t, trigger.tok_start, trigger.tok_end, 3) is not None]
    if not points or not _fight_told(trigger, sent, m):
        return False  # "IS captured positions from the Taliban": the taking is the news
    first = points[0]
    # the first place or point after the trigger is the thing taken
    return not any(t.ent_type_ in PLACE_ENTITY_LABELS and t.i < first.i
                   for t in doc[trigger.tok_end:first.i])


def _fight_told(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """The sentence tells a fight besides the taking: a clash or an attack ("engaged in fierce
    clashes ... and took control", "attacked and overran", "lors des combats")."""
    doc = sent.doc
    for mid, s, e in m.triggers(sent):
        if sent.start + s < trigger.tok_end and sent.start + e > trigger.tok_start:
            continue
        _, etype, sub, _, _, flags = m.trigger_info[doc.vocab.strings[mid]]
        if sub == "Armed clash" or (sub == "Attack" and "generic" in flags):
            return True
    return False


def _main_clause(tok: Token, m: LanguageMatchers) -> bool:
    """The sentence's main clause, or the clause a reporting verb reports ("a crowd set fire to the
    house, a police spokesman said", "residents said a crowd set fire to the house"): wire copy puts
    its news under an attribution."""
    if tok.dep_ == "ROOT" or tok.head.i == tok.i:
        return True
    return tok.dep_.split(":")[0] in ("ccomp", "parataxis") and (tok.head.dep_ == "ROOT" or tok.head.head.i == tok.head.i) \
        and m.is_reporting(tok.head)


def _told_beside(trigger: Trigger, sent: Span, m: LanguageMatchers, sub_event_type: str) -> bool:
    """Another trigger of the sentence names ``sub_event_type`` ("a mob ... lynched" beside "riot")."""
    doc = sent.doc
    for mid, s, e in m.triggers(sent):
        if sent.start + s < trigger.tok_end and sent.start + e > trigger.tok_start:
            continue
        if m.trigger_info[doc.vocab.strings[mid]][2] == sub_event_type:
            return True
    return False


def _crowd_act_told(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """The sentence tells a crowd's act besides the trigger ("throwing stones", "burning tyres",
    "jetant des pierres"): the weapons of a crowd, not of an armed group."""
    doc = sent.doc
    for mid, s, e in m.triggers(sent):
        if sent.start + s < trigger.tok_end and sent.start + e > trigger.tok_start:
            continue
        if "crowd_act" in m.trigger_info[doc.vocab.strings[mid]][5]:
            return True
    return False


def _protesters_did(root: Token, m: LanguageMatchers) -> bool:
    """Who did it (the verb's subject or a passive's agent) are protesters, by word."""
    if root.pos_ != "VERB":
        return False
    holder = subject_holder(root)
    # (not the subject of a headline's reduced passive, "Protester killed as police fire on crowd": who it was done to)
    undergoers = {t.i for t in headline_undergoers(holder, m)}
    doers = [c for c in holder.children if c.dep_ == "nsubj" and c.i not in undergoers]
    doers += [g for c in root.children if c.dep_ in ("agent", "obl:agent") for g in c.children if g.dep_ == "pobj"]
    doers += [c for c in root.children if c.dep_ == "obl:agent"]
    return any(t.lower_ in m.protest_participants or t.lemma_.lower() in m.protest_participants
               for d in doers for t in d.subtree)


def _thrown_by(noun: Token) -> Token | None:
    """The verb a noun trigger is the object of, through the objects it is listed with ("hurled rocks and
    petrol bombs": "hurled"); None for a verb trigger."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    tok = noun
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB" else None


def cattle_raid(verb: Token, lang: str) -> bool:
    """The act ``verb`` tells falls on cattle or on their camp: its object's phrase holds a word of
    ``events_<lang>.CATTLE_RAID_WORDS`` ("raided the herders' cattle"), or a place of ``CATTLE_PLACES`` with one in its
    own phrase ("attacked a cattle camp", « ont attaqué un camp de bétail »); a camp alone never ("attacked a camp for
    displaced people"), nor a person ("a suspected cattle thief"), nor cattle told in a clause on the object ("burned
    the homes of two men accused of stealing cattle")."""
    words = lexicon_words("events", lang, "CATTLE_RAID_WORDS")
    places = lexicon_words("events", lang, "CATTLE_PLACES")
    if not words:
        return False

    def cattle(t: Token, kind: frozenset[str]) -> bool:
        return t.lower_ in kind or t.lemma_.lower() in kind

    for o in verb.children:
        if o.dep_ not in ("dobj", "obj"):
            continue
        if cattle(o, words):
            return True
        near = [c for c in o.children if c.dep_ in ("compound", "nmod", "poss", "nmod:poss")]
        near += [g for c in o.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if cattle(o, places) and any(cattle(t, words) for t in near):
            return True
    return False


def _mob_agent(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """Who did it is a crowd (its subject, or the agent of a passive), not an armed group nor
    protesters (their violence is a riot)."""
    armed = lexicon_words("events", m.lang, "ARMED_WORDS")  # ("armed men", « hommes armés »: no crowd)
    root = sent.doc[trigger.tok_start:trigger.tok_end].root
    if root.pos_ != "VERB" or not m.mob_agents:
        return False
    if cattle_raid(root, m.lang):
        return False  # "Youths from Tonj East county attacked a cattle camp": a community's armed men, no crowd
    holder = subject_holder(root)
    # (the subject of a verb whose agent is told is who it was done to, a headline's reduced passive: "Manipur: two
    # villagers shot dead by unidentified militants", its agent the doer)
    # (the agent may hang on a word of the trigger after its root, « brûlé vif par la foule »: on « vif »; the French
    # agent is the noun itself, with its « par »)
    words_of = sent.doc[trigger.tok_start:trigger.tok_end]
    passive = any(c.dep_ in ("agent", "obl:agent") for w in words_of for c in w.children)
    doers = [c for c in holder.children if c.dep_ == "nsubj" and not passive]
    doers += [g for w in words_of for c in w.children if c.dep_ in ("agent", "obl:agent")
              for g in [c, *c.children] if g.dep_ == "pobj" or g.i == c.i and g.pos_ in ("NOUN", "PROPN")]
    if root.dep_ == "acl" and root.head.dep_ == "ROOT" and root.head.pos_ == "NOUN" and root.head.i < root.i and (any(
            c.dep_ == "det" for c in root.head.children) or "Pres" in root.morph.get("Tense")
            and "Fin" in root.morph.get("VerbForm")) and not any(
            c.dep_ in ("agent", "obl:agent", "auxpass", "aux:pass") for c in root.children):
        # (or the verb the tagger reads as a finite present, no participle: "Angry residents set upon two men")
        # "A crowd set upon two men accused of witchcraft": the model reads the past verb as a participle of the
        # noun before it, the sentence's root, which tells no verb of its own; with its article the noun is no
        # headline's, and with no agent the verb no passive: the noun is who did it
        doers.append(root.head)
    for d in doers:
        # (only the noun's own phrase, before the verb it is read as holding)
        words = [t for t in d.subtree if not (d.i < root.i and t.i >= root.i)]
        if any(t.lower_ in m.mob_agents or t.lemma_.lower() in m.mob_agents for t in words) and not any(
                (_protest_people(t, m) and t.lower_ not in m.mob_agents and t.lemma_.lower() not in m.mob_agents)
                or t.lower_ in armed for t in words) and not any(
                sent.doc.vocab.strings[mid] == "COMB" for mid, _, _ in m.cues(sent.doc[words[0].i:words[-1].i + 1])) \
                and not any(_force_of_order(c, m) for t in words
                            if t.lower_ in m.mob_agents or t.lemma_.lower() in m.mob_agents for c in t.conjuncts):
            # (not "the army and vigilantes burned homes": who act with the state's forces are no crowd)
            return True
    # people named by their trade or as a crowd (PROTEST_CROWDS: "Motorcycle taxi drivers beat a suspected thief to
    # death") who fall on a person named by a charge (CHARGE_PARTICIPLES: "a suspected thief"): a crowd's justice, no
    # armed group's attack
    objs = [c for c in root.children if c.dep_ in ("dobj", "obj")]
    if not any(t.lower_ in m.charges or t.lemma_.lower() in m.charges for o in objs for t in o.subtree):
        return False
    for d in doers:
        words = [t for t in d.subtree if not (d.i < root.i and t.i >= root.i)]
        if d.lower_ in m.protest_crowds and not any(t.lower_ in armed for t in words) and not any(
                sent.doc.vocab.strings[mid] == "COMB" for mid, _, _ in m.cues(sent.doc[words[0].i:words[-1].i + 1])) \
                and not any(_force_of_order(t, m) for t in words):
            return True
    return False


def _clash_sides(trigger: Trigger, sent: Span, m: LanguageMatchers) -> list[Token]:
    """The head words of the sides of a clash: the clash verb's subject and the noun of its partner preposition
    ("supporters clash with police", ``FIGHT_PARTNER_PREPS``), the noun a clash clause describes ("Students, police
    clash": a headline parse that hangs the clash on its first side), or the complements of a clash noun's "between"
    (« heurts entre partisans de l'opposition et policiers », ``BETWEEN_PREPS``); each with its conjuncts."""
    root = sent.doc[trigger.tok_start:trigger.tok_end].root
    heads: list[Token] = []
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubj:pass"):
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ in m.fight_partner_preps | m.between_preps:
            heads.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_.startswith(("obl", "nmod")) and any(
                g.dep_ == "case" and g.lower_ in m.fight_partner_preps | m.between_preps for g in c.children):
            heads.append(c)
        elif c.dep_ in ("dobj", "obj") and root.pos_ == "VERB":
            heads.append(c)  # « des jeunes affrontent la police »
    if root.pos_ == "VERB" and root.dep_ in ("relcl", "acl", "acl:relcl", "appos") and root.head.pos_ in ("NOUN",
                                                                                                        "PROPN"):
        heads.append(root.head)
    if root.head.dep_ == "appos" and root.dep_ in ("relcl", "acl"):
        heads.append(root.head)
    return [t for h in heads for t in (h, *h.conjuncts)]


def _crowd_faces_order(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """A clash whose one side is a crowd by its word ("supporters", "garment workers", "students", "villagers",
    « partisans »: ``PROTEST_CROWDS``) and whose other is a force of order ("police", « policiers »:
    ``CROWD_CONTROL_FORCES``): "Opposition supporters clash with police in Kisumu" is people facing the police, no
    two armed sides (the caller holds that no second armed side is named); a crowd told armed ("villagers armed with
    machetes", ``ARMED_WORDS``) is none."""
    sides = _clash_sides(trigger, sent, m)
    armed = lexicon_words("events", m.lang, "ARMED_WORDS")  # ("villagers armed with machetes": no crowd)
    order = [t for t in sides if _force_of_order(t, m)]
    crowd = [t for t in sides if not _force_of_order(t, m) and (
        t.lower_ in m.protest_crowds or t.lemma_.lower() in m.protest_crowds or _protest_people(t, m))
        and not any(g.lower_ in armed or g.lemma_.lower() in armed for g in t.subtree)]
    return bool(order) and bool(crowd)


def _clash_subject(trigger: Trigger, sent: Span) -> Token | None:
    """Who clashed: the subject of the clash verb ("protesters clashed with police"), or of the verb it is conjoined
    to when it has none of its own ("protesters rallied against the government and clashed with police", « des
    manifestants ont défilé ... et ont affronté la police »)."""
    root = sent.doc[trigger.tok_start:trigger.tok_end].root
    if root.pos_ != "VERB":
        return None
    own = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if own is None and root.dep_ == "conj" and root.head.pos_ == "VERB" and root.head.i != root.i:
        return next((c for c in root.head.children if c.dep_ == "nsubj"), None)
    return own


def _left_before(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """The ground was left before it was taken: a clause or a phrase "after" the taking (``AFTER_WORDS``) told by a
    verb of leaving with its own subject and object ("took over the camp after UN peacekeepers left it",
    ``LEAVE_VERBS``) or by a noun of leaving with whose it was ("after the departure of the peacekeepers",
    « après le départ des casques bleus »: ``LEAVE_NOUNS``). A leaving with no subject of its own ("took the town,
    leaving ten dead") is none."""
    if not m.leave_verbs and not m.leave_nouns:
        return False
    root = sent.doc[trigger.tok_start:trigger.tok_end].root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    for c in verb.children:
        if c.pos_ == "VERB" and c.lemma_.lower() in m.leave_verbs and any(
                g.dep_ == "mark" and g.lower_ in m.after_words for g in c.children) and any(
                g.dep_ in ("nsubj", "nsubj:pass") for g in c.children) and any(
                g.dep_ in ("dobj", "obj") for g in c.children):
            return True
        nouns = [g for g in c.children if g.dep_ == "pobj"] if c.lower_ in m.after_words else [
            c] if any(k.dep_ == "case" and k.lower_ in m.after_words for k in c.children) else []
        for w in [c, *(g for g in c.children if g.dep_ == "pobj")]:
            if w.pos_ == "NOUN" and w.lemma_.lower() in m.after_nouns:
                # a noun that says "after" with its complement (« à la suite du départ des soldats », "in the wake of
                # the departure of the troops"): the complement is what came before
                nouns = [g for g in w.children if g.dep_ == "nmod"] + [
                    g for p in w.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        if any(n.lemma_.lower() in m.leave_nouns and any(
                g.dep_ in ("prep", "nmod") for g in n.children) for n in nouns):
            return True
    # (neither when the sentence tells a fight: "Rebels left Bambari and the army took control of the town after heavy
    # fighting")
    if any(t.lemma_.lower() in m.fight_nouns or t.lower_ in m.fight_nouns for t in sent):
        return False
    if _left_by_another(verb, m):
        return True
    # the ground taken described by a participle of leaving with its own agent ("took over the Ber camp vacated by UN
    # peacekeepers", « a pris possession du camp de Ber, évacué par les casques bleus »): left by them before
    places = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    places += [g for c in places + [root] for p in c.children if p.dep_ in ("prep", "nmod") for g in [p, *p.children]
               if g.pos_ in ("NOUN", "PROPN")]
    return any(a.dep_ in ("acl", "amod") and a.pos_ == "VERB" and a.lemma_.lower() in m.leave_verbs
               and past_participle(a) and any(g.dep_ in ("agent", "obl:agent") for g in a.children)
               for pl in places for a in pl.children)


def _left_by_another(verb: Token, m: LanguageMatchers) -> bool:
    """The taking is told after a clause it is joined to, whose verb of leaving has its own subject and the ground
    for its object ("The militia left the town on Monday and the army took control of it", « Les rebelles ont
    quitté la ville et l'armée en a pris le contrôle »): one side left, another took it, with no fight told."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return False
    left = verb.head
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    return left.pos_ == "VERB" and left.lemma_.lower() in m.leave_verbs and bool(own) and any(
        c.dep_ in ("nsubj", "nsubj:pass") for c in left.children) and any(
        c.dep_ in ("dobj", "obj") for c in left.children)


def _fight_sides(trigger: Trigger, sent: Span, m: LanguageMatchers) -> tuple[Token, list[Token]]:
    """The trigger's root and the nouns a fight names as its sides: the fight verb's subjects, what it is "between"
    or "with", their conjuncts, the noun a fight clause describes."""
    root = sent.doc[trigger.tok_start:trigger.tok_end].root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    heads = {root, verb}
    sides = [c for t in heads for c in t.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    for t in heads:
        for p in t.children:
            if p.lower_ in m.between_preps or p.lower_ in m.fight_partner_preps:
                sides += [g for g in p.children if g.dep_ == "pobj"]
        sides += [c for c in t.children if any(
            k.dep_ == "case" and (k.lower_ in m.between_preps or k.lower_ in m.fight_partner_preps)
            for k in c.children)]
    sides += [c for s in list(sides) for c in s.conjuncts]
    if root.dep_ in ("acl", "relcl", "acl:relcl") and root.head.pos_ in ("NOUN", "PROPN"):
        sides.append(root.head)  # "herders fighting farmers"
    # (not the fight noun itself, the subject of the verb that tells its toll: "Clashes ... killed 12")
    sides = sorted({s.i: s for s in sides if s.pos_ in ("NOUN", "PROPN")
                    and not trigger.tok_start <= s.i < trigger.tok_end}.values(), key=lambda s: s.i)
    return root, sides


def communal_fight(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """A fight between communal groups: a side is a communal group by its word (``COMMUNAL_SIDES``: "clashes between
    Fulani herders and farmers", "herders clashed with farmers", « affrontements entre éleveurs peuls et
    agriculteurs ») or told ethnic or tribal (``COMMUNAL_MODIFIERS``: "ethnic militias fought"), or the fight is
    ("tribal clashes", « des affrontements intercommunautaires »). ACLED codes such communities' armed men as
    identity militias and their fight as an armed clash, organised violence, not the mob violence of a
    spontaneous crowd; a fight told with a crowd's weapons ("with sticks and stones", ``CROWD_WEAPONS``), or
    whose sides are a crowd by their word ("youths", "residents", "communities": ``MOB_AGENTS``, ``PARTISANS``),
    stays a crowd's; a fight with the state's forces on one side (``CROWD_CONTROL_FORCES``: "police clashed with
    herders") is no communal fight, typed as before."""
    return bool(communal_fight_sides(trigger, sent, m)[0])


def communal_fight_sides(trigger: Trigger, sent: Span, m: LanguageMatchers) -> tuple[bool, list[Token]]:
    """Whether the trigger tells a communal fight (``communal_fight``), and the heads of the sides it names, in the
    text's order ("clashes between Fulani herders and farmers": herders, farmers)."""
    if not m.communal_sides and not m.communal_modifiers:
        return False, []
    root, sides = _fight_sides(trigger, sent, m)

    def word(t: Token, words: frozenset[str]) -> bool:
        return t.lower_ in words or t.lemma_.lower() in words

    def named_community(s: Token) -> bool:
        # "tribal clashes between the Misseriya and Rizeigat communities": communities by their names, in a fight told
        # tribal or ethnic, are the communal groups fighting, no crowd
        return any(c.dep_ in ("compound", "flat", "flat:name", "nmod") and c.pos_ == "PROPN" for c in s.children) \
            and any(word(c, m.communal_modifiers) for c in root.children if c.dep_ in ("amod", "compound", "nmod"))

    communal = any(word(s, m.communal_sides) for s in sides) or any(
        word(c, m.communal_modifiers) for t in [root, *sides] for c in t.children if c.dep_ in ("amod", "compound", "nmod"))
    if not communal:
        return False, []
    if any((word(s, m.mob_agents) or word(s, m.partisans)) and not named_community(s) for s in sides):
        return False, []  # "youths from two ethnic groups fought": a crowd
    if any(word(t, m.crowd_control) for s in sides for t in s.subtree):
        return False, []  # "police clashed with herders": the state's forces on one side, no communal fight
    if any(word(t, m.crowd_weapons) for t in sent):
        return False, []
    return True, sides


def _fought_with_crowd_weapons(root: Token, m: LanguageMatchers) -> bool:
    """The fight verb's own instrument is a crowd's weapons only (events_<lang>.CROWD_WEAPONS, through an
    INSTRUMENT_PREPS complement: "clashed with sticks and stones", « se sont affrontés avec des bâtons »); not the
    other side of the fight ("clashed with herders"), not a firearm ("clashed with guns")."""
    if root.pos_ != "VERB" or not m.crowd_weapons:
        return False
    preps = lexicon_words("events", m.lang, "INSTRUMENT_PREPS")
    objs = [g for c in root.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    objs += [c for c in root.children if c.dep_.split(":")[0] in ("nmod", "obl") and any(
        k.dep_ == "case" and k.lower_ in preps for k in c.children)]
    objs += [c for o in objs for c in o.conjuncts]
    return bool(objs) and all(o.lower_ in m.crowd_weapons or o.lemma_.lower() in m.crowd_weapons for o in objs)


def _partisans_clash(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """The sides of the clash are partisans: the clash verb's subject ("supporters of X clashed") or
    what the clash is "between" ("clashes between supporters of rival candidates")."""
    root = sent.doc[trigger.tok_start:trigger.tok_end].root
    sides = [c for c in root.children if c.dep_ == "nsubj" and root.pos_ == "VERB"]
    verb = root if root.pos_ == "VERB" else root.head
    sides += [g for p in verb.children if p.lower_ in m.between_preps for g in p.children if g.dep_ == "pobj"]
    sides += [c for t in {root, verb} for c in t.children
              if any(k.dep_ == "case" and k.lower_ in m.between_preps for k in c.children)]
    # "members of two communities clashed": the side's "of" complement names them
    sides += [c for s in list(sides) for c in of_complements(s, m.complement_preps)]
    return any(s.lemma_.lower() in m.partisans or s.lower_ in m.partisans or _named_members(s, m) for s in sides)


def _attached_to(tok: Token, lo: int, hi: int, steps: int = 2) -> Token | None:
    """The token of [lo, hi) that ``tok`` hangs on within ``steps`` heads, through prepositions."""
    cur = tok
    for _ in range(steps):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if lo <= cur.i < hi:
            return cur
    return None


TARGET_BEFORE_TOKENS, TARGET_AFTER_TOKENS = 4, 6


def civilian_target(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """The attack's object is a civilian place or body, not an armed one: "gunmen attacked a
    church", "opened fire on a teahouse", "une attaque contre un village", "la ville attaquée".
    Buildings count after any preposition of place ("opened fire in a hospital"); settlements,
    populations and vehicles only as the object ("attacked the village", not "an attack in the
    village area", "gunmen in a car shot at a sentry post"). A military target in the sentence
    ("post", "convoy") makes it a battle; a raid ("homes were raided") is a search as often as an
    attack (flag "untargeted")."""
    buildings, settlements = m.civilian_targets
    if not buildings and not settlements:
        return False
    if "untargeted" in trigger.flags or military_targets_told(sent, m):
        return False
    return _target_among(trigger, sent, m, buildings, settlements)


def _target_among(trigger: Trigger, sent: Span, m: LanguageMatchers, buildings, settlements) -> bool:
    """A word of ``buildings`` (after a target or place preposition) or of ``settlements`` (as the
    object, or after a target preposition) is what the trigger hit."""
    doc = sent.doc
    root = doc[trigger.tok_start:trigger.tok_end].root
    # "la ville attaquée par les rebelles" (in capitals the parser may hang the participle on the
    # noun just before it as a modifier of any kind)
    if (root.dep_.split(":")[0] in ("acl", "amod") or root.head.i == root.i - 1) and root.head.i != root.i and (
            root.head.lemma_.lower() in buildings | settlements or root.head.lower_ in buildings | settlements):
        return True
    for tok in sent:
        lemma, low = tok.lemma_.lower(), tok.lower_
        # a building named by two words, the noun last ("the stock exchange")
        is_building = lemma in buildings or low in buildings or tok.i > sent.start and (
            f"{doc[tok.i - 1].lower_} {low}" in buildings or f"{doc[tok.i - 1].lower_} {lemma}" in buildings)
        if not (is_building or lemma in settlements or low in settlements):
            continue
        if trigger.tok_start <= tok.i < trigger.tok_end or not (
                -TARGET_BEFORE_TOKENS <= tok.i - trigger.tok_start and tok.i - trigger.tok_end < TARGET_AFTER_TOKENS):
            continue  # the target is said next to the attack ("shoot footage of the raid on a farm" is not)
        dep = tok.dep_.split(":")[0]
        if dep in ("obj", "dobj", "nsubjpass", "compound") or tok.dep_ == "nsubj:pass":
            # a settlement word that names the object noun's kind ("attacked an IDP camp"): the object's own depth
            depth = 2 if dep == "compound" and tok.head.dep_.split(":")[0] in ("obj", "dobj", "nsubjpass") else 1
            if _attached_to(tok, trigger.tok_start, trigger.tok_end, depth) is not None:
                return True
            continue
        prep = next((c for c in tok.children if c.dep_ == "case"), None)
        if prep is None and tok.head.dep_ == "prep":
            prep = tok.head  # English: the preposition heads its object
        if prep is None or _attached_to(tok, trigger.tok_start, trigger.tok_end, 2) is None:
            continue
        word = prep.lower_
        if word in m.target_preps or (is_building and word in m.place_preps):
            return True
    return False


def _shot_dead(trigger: Trigger, sent: Span, m: LanguageMatchers) -> bool:
    """ "shot dead", "abattu mort": a death word right after the killing verb says someone died;
    so does one that qualifies the event ("deadly attacks", "une attaque meurtrière")."""
    doc = sent.doc
    root = doc[trigger.tok_start:trigger.tok_end].root
    toks = [c for c in root.children if c.dep_.split(":")[0] in ("amod", "acl")]
    if trigger.tok_end < sent.end:
        toks.append(doc[trigger.tok_end])
    return any(doc.vocab.strings[mid] == "DEATH" for t in toks for mid, _, _ in m.cues(doc[t.i:t.i + 1]))


def _protest_trigger_tokens(sent: Span, m: LanguageMatchers) -> set[int]:
    """The document indices of the tokens of ``sent`` that a protest trigger covers ("rally", "die-in")."""
    doc = sent.doc
    return {sent.start + i for mid, s, e in m.triggers(sent)
            if m.trigger_info[doc.vocab.strings[mid]][1] == "Protests" for i in range(s, e)}


def _lethal_force(sent: Span, m: LanguageMatchers) -> tuple[bool, bool]:
    """Lethal force against the protest ("police opened fire on protesters"), and lethal force used
    by the protesters themselves ("protesters used live ammunition", "demonstrators shot flares"),
    which is a riot, not force against them."""
    against = by = False
    gentle = {t.i for t in _manner_cues(sent, m.protest_intervention, m)}
    # the protest's own name ("a die-in") is no force used on it
    named = _protest_trigger_tokens(sent, m)
    # ... unless the cue says more than the trigger ("police violently dispersed a demonstration": the dispersal
    # is the trigger, its manner the force)
    doc = sent.doc
    named = {doc[sent.start + s:sent.start + e].root.i for _, s, e in m.protest_lethal(sent)
             if all(sent.start + i in named for i in range(s, e))}
    warned = {sent.start + i for _, s, e in m.warning_fire(sent) for i in range(s, e)}
    for tok in _manner_cues(sent, m.protest_lethal, m):
        if tok.i in named:
            continue
        if warned and _warning_shot(tok, warned):
            continue  # "fired warning shots into the air", « a tiré des coups de semonce en l'air »: at no one
        if any(c.lower_ in m.negative_determiners for c in tok.children):
            continue  # "no injuries were reported", "aucun blessé": the force hurt no one
        if _commemorated(tok, m):
            continue  # "a die-in in memory of a man killed by police", « en mémoire d'un homme tué »: a death recalled
        if tok.pos_ == "VERB" and any(x.i in gentle for o in tok.children
                                      if o.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass") for x in o.subtree):
            # "a tiré des gaz lacrymogènes sur les manifestants", "tear gas was fired at traders protesting ...":
            # what was fired, its object or the subject of its passive, is no lethal force
            continue
        if tok.pos_ == "VERB" and not any(o.dep_ in ("dobj", "obj") for o in tok.children) and any(
                x.i in gentle for o in tok.children if o.dep_ == "nsubj" for x in o.subtree):
            # a headline's reduced passive the parser reads as an active with what was fired as its subject and
            # nothing fired after it ("Tear gas fired at protesting students in Kampala"): no lethal force either
            continue
        fired = next((t for t in [tok, *governors(tok, 3)] if t.pos_ == "VERB"), None)
        if fired is not None and (
                any(c.dep_ in ("neg", "advmod") and c.lower_ in m.negations for c in fired.children)
                or any(m.reporting.get(g.lemma_.lower()) == "denied" for g in governors(fired, 2))):
            # "Police said officers did not fire live rounds", « n'avaient pas tiré à balles réelles », "Police denied
            # that officers fired live rounds": a force denied is none told
            continue
        if not any(_protest_people(x, m) or x.lemma_.lower() in m.protest_nouns or x.lower_ in m.crowd_control
                   or x.lemma_.lower() in m.crowd_control for x in tok.sent):
            # a later sentence of the protest's story that names neither the protesters nor the forces:
            # the death it tells is not force used on the protest ("Detainees protested following the death
            # of a prisoner. The 28-year-old died on Monday at the hospital")
            continue
        verb = next((t for t in [tok, *governors(tok, 3)] if t.pos_ in ("VERB", "AUX")), None)
        # the protesters as the agent of a transitive use ("used live ammunition"), not "protesters died"
        subj = None
        if verb is not None:
            # "threw rocks and shot flares": a conjoined verb shares its subject
            holder = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
            subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        # "a group of protesters" is the protesters; so is one whom his own clause puts in the protest ("a man who
        # had been agitating at the protest", « un homme qui s'agitait lors de la manifestation »), no force
        if subj is not None and any(_protest_people(t, m) or t.lemma_.lower() in m.protest_nouns and t.i != tok.i
                                    and not any(
                                        x.lower_ in m.crowd_control or x.lemma_.lower() in m.crowd_control
                                        for x in subj.subtree) for t in subj.subtree) and \
                not subj.left_edge.i <= tok.i <= subj.right_edge.i and \
                any(c.dep_ in ("dobj", "obj") for c in verb.children):
            by = True
        else:
            against = True
    return against, by


def _commemorated(tok: Token, m: LanguageMatchers) -> bool:
    """The cue tells a death that a memorial phrase recalls ("in memory of a teenager shot dead by police", « en
    mémoire d'un homme tué par la police »; ``events_<lang>.COMMEMORATION_NOUNS``): a commemoration noun governs it,
    or, where the parser hangs the phrase elsewhere, stands right before the noun phrase it is told in."""
    nouns = m.commemoration_nouns

    def memorial(t: Token) -> bool:
        return t.lemma_.lower() in nouns or t.lower_ in nouns

    chain = [tok, *governors(tok, 4)]
    if any(memorial(g) for g in chain[1:]):
        return True
    doc = tok.doc
    return any(g.pos_ in ("NOUN", "PROPN") and g.left_edge.i > 0 and memorial(doc[g.left_edge.i - 1]) and any(
        c.dep_ in ("case", "prep") for c in g.children) for g in chain[1:3])


def _warning_shot(tok: Token, warned: set[int]) -> bool:
    """The firing verb of the cue (the cue itself or the first verb above it) has a warning-fire phrase among
    its own words, not in a verb conjoined to it ("fired warning shots into the air", « a tiré des coups de
    semonce en l'air »; not "fired into the air and then opened fire on the crowd")."""
    verb = next((t for t in [tok, *governors(tok, 3)] if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    own = {verb.i} | {t.i for c in verb.children if c.dep_ not in ("conj", "cc", "parataxis") for t in c.subtree}
    return bool(own & warned)


def _force_tokens(sent: Span, m: LanguageMatchers) -> set[int]:
    """Tokens of the force used on a protest ("crackdown", "tear gas")."""
    return {sent.start + i for _, s, e in [*m.protest_lethal(sent), *m.protest_intervention(sent)] for i in range(s, e)}


def _protest_people(tok: Token, m: LanguageMatchers) -> bool:
    return tok.lower_ in m.protest_people or tok.lemma_.lower() in m.protest_people


def _against_by_prefix(sp: Span, m: LanguageMatchers) -> bool:
    """A gathering noun whose modifier opposes what it names by a prefix (``actors_<lang>.OPPOSED_PREFIXES``:
    "anti-corruption marches", "anti-government rallies", « des marches anti-corruption »): what the march is against,
    a protest."""
    root = sp.root
    if root.pos_ != "NOUN":
        return False
    doc = root.doc
    for c in root.children:
        if c.dep_.split(":")[0] not in ("amod", "compound", "nmod"):
            continue
        first = doc[c.left_edge.i]
        if first.lower_ in m.opposing_prefixes or any(
                first.lower_.startswith(p + "-") for p in m.opposing_prefixes):
            return True
    return False


def _negated_by_prefix(tok: Token, m: LanguageMatchers) -> bool:
    """ "non-violent", "non violents": the word before (or before the hyphen) negates it."""
    doc, i = tok.doc, tok.i
    if i >= 1 and doc[i - 1].lower_ in m.negating_prefixes:
        return True
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in m.negating_prefixes


def _riot_manner(sent: Span, m: LanguageMatchers) -> bool:
    """A riot word that says how the protest went ("protesters threw stones", "violent
    protests"), not what it was against ("marched against gun violence", "to decry the arrests and
    violence", "pour dénoncer les violences")."""
    doc = sent.doc
    for _, s, e in m.riot(sent):
        tok = doc[sent.start + s:sent.start + e].root
        if (tok.pos_ == "VERB" and tok.lemma_.lower() in m.riot_nouns_only) or _negated_by_prefix(tok, m):
            continue  # "protests that rocked the city", "non-violent protesters"
        if tok.dep_ == "amod" and tok.head.i in _force_tokens(sent, m):
            continue  # "a violent crackdown": the police's manner, not the protesters'
        if _held_noun(tok, m):
            continue  # "marched through Dresden with torches": a thing carried, no riot
        if _burns_symbol(tok, m):
            continue  # "burnt an effigy of the minister": the protest's symbol, not a riot
        if _done_by_crowd_control(tok, m):
            continue  # "police stormed the sit-in", "soldiers burned the tents": not the protesters' riot
        if _blocks_no_roads(tok, sent, m):
            continue  # "Villagers block highway near Embu to demand electricity": one road blocked, no riot
        if not protest_topic(tok, m):
            return True
    return False


def _announced_by(sp: Span, m: LanguageMatchers) -> Token | None:
    """The verb of announcing or deciding (events_<lang>.ANNOUNCING_VERBS: "announce", "decide", « annoncer ») that
    governs the trigger within three levels ("announced it would end its armed struggle", « a décidé de se transformer
    en parti politique »), or None."""
    verbs = lexicon_words("events", m.lang, "ANNOUNCING_VERBS")
    return next((g for g in governors(sp.root, 3) if g.pos_ == "VERB" and g.lemma_.lower() in verbs), None)


def _blocks_no_roads(tok: Token, sent: Span, m: LanguageMatchers) -> bool:
    """A verb of blocking (events_<lang>.ROAD_BLOCK_CUES: "block", « bloquer ») whose own objects are not a place's
    roads in the plural: one road, one crossing, one entrance blocked by a crowd, or traffic ("blocked the
    Kisii-Migori road for three hours", « ont bloqué la route nationale », "attempted to block traffic"), is a protest's
    act with no violence told (ACLED: a peaceful protest), while roads or streets blocked ("blocked streets in the
    capital", "blocked roads and railways in a nationwide shutdown", « ont bloqué les routes de la ville ») are the
    road-blocking the ACLED codebook counts among a violent demonstration's acts, as barricades, burning tyres or
    stones on a road are (RIOT_CUES, whatever is blocked). A blocking noun ("erecting road blocks") is no verb: it
    stays a riot's manner."""
    if tok.pos_ != "VERB" or not m.road_block_cues or (
            tok.lemma_.lower() not in m.road_block_cues and tok.lower_ not in m.road_block_cues):
        return False
    doc = sent.doc
    roadways = [(sent.start + s, sent.start + e) for mid, s, e in m.context(sent)
                if doc.vocab.strings[mid] == "roadway"]
    objects = [o for o in tok.children if o.dep_ in ("dobj", "obj")]
    objects += [c for o in objects for c in o.conjuncts]
    roads = [o for o in objects if any(s <= o.i < e for s, e in roadways)]
    return not (len(roads) >= 2 or any("Plur" in o.morph.get("Number") for o in roads))


def _burns_symbol(tok: Token, m: LanguageMatchers) -> bool:
    """The riot word acts only on what a protest burns as its symbol: its object ("burnt an effigy of the
    chief minister", "ont brûlé une effigie"), or the noun it names the burning of ("the burning of
    effigies")."""
    if tok.pos_ in ("VERB", "AUX"):
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")]
    else:
        objs = [g for c in tok.children if c.dep_ in ("prep", "nmod") for g in [c, *c.children]
                if g.dep_ in ("pobj", "nmod")][:1]
    return bool(objs) and all(o.lemma_.lower() in m.riot_symbols or o.lower_ in m.riot_symbols for o in objs)


def _done_by_crowd_control(tok: Token, m: LanguageMatchers) -> bool:
    """The riot word is a verb whose subject is the police or the army."""
    # the first verb above it with a subject ("police used water cannon to block them")
    subj = None
    for verb in [t for t in [tok, *governors(tok, 4)] if t.pos_ in ("VERB", "AUX")]:
        if verb.head.i != verb.i and verb.head.pos_ in ("NOUN", "PROPN") and _protest_people(verb.head, m):
            return False  # "demonstrators trying to block the entrance": the protesters block
        if tok is verb and any(c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass") and any(
                _protest_people(t, m) for t in c.subtree) for c in verb.children):
            return True  # "police attacked the protesters", "protesters were attacked": done to them
        holder = verb.head if verb.dep_ == "conj" and not any(
            c.dep_.startswith("nsubj") for c in verb.children) else verb
        subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subj is None:
            # a passive's agent ("the sit-in was stormed by police")
            subj = next((g for c in verb.children if c.dep_ in ("agent", "obl:agent")
                         for g in [c, *c.children] if g.pos_ in ("NOUN", "PROPN")), None)
        if subj is not None:
            break
    if subj is None or subj.left_edge.i <= tok.i <= subj.right_edge.i:
        return False
    # the subject's own words, not a clause that describes it ("residents protesting the killing of a rider
    # by police stormed a police station": the police are in what they protest, the residents stormed it)
    clauses = {t.i for c in subj.children if c.dep_ in ("acl", "relcl", "acl:relcl") for t in c.subtree}
    if any(c.dep_ in ("acl", "relcl", "acl:relcl") and c.lemma_.lower() in m.protesting_verbs for c in subj.children):
        return False
    words = [t for t in subj.subtree if t.i not in clauses]
    return any(t.lower_ in m.crowd_control or t.lemma_.lower() in m.crowd_control for t in words) and not any(
        t.lower_ in m.protest_people or t.lemma_.lower() in m.protest_people for t in words)


def protest_topic(tok: Token, m: LanguageMatchers) -> bool:
    """The word is what a protest is about ("against gun violence", "to decry the arrests",
    "demanding the release of detained activists"), up to the first verb above it; a later item of a
    listed topic is one as the first is ("to protest the policies of the administration and its plan
    for mass arrests": five levels up, the list's items one level)."""
    below = tok
    for t in [tok, *governors(tok, 5, conjuncts_share_level=True)]:
        # its own preposition ("contre les violences"); a verb's complement is no topic of the verb
        # ("detained against the law" is still a detention), nor is the target of the force a verb
        # says ("used live ammunition against protesters")
        deps = ("case",) if t is tok or t.pos_ == "VERB" else ("case", "prep")
        if t.pos_ == "VERB" and t is not tok and _statement_by_others(t, m):
            return False
        if t.lemma_.lower() in m.protest_topics or t.lower_ in m.protest_topics or any(
                c.dep_ in deps and c.lower_ in m.protest_topics for c in t.children):
            return True
        if t.pos_ == "VERB" and t is not tok:
            # the object of a protest verb ("to protest the arrest of a colleague")
            return t.lemma_.lower() in m.self_fulfilling and below.dep_ in ("dobj", "obj")
        below = t
    return False


def _statement_by_others(verb: Token, m: LanguageMatchers) -> bool:
    """A topic verb ("condemned", "a dénoncé") whose own subject names no protester, crowd or protest
    ("rights groups condemned the violent dispersal of a sit-in", "l'ONG a dénoncé"): a statement
    about the force, not what a protest was against, so the force it names is the protest's manner."""
    if verb.lemma_.lower() not in m.protest_topics and verb.lower_ not in m.protest_topics:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(_protest_people(t, m) or t.lower_ in m.protest_crowds or t.lemma_.lower() in m.protest_crowds
                   or t.lemma_.lower() in m.protest_nouns for t in subj.subtree)


def of_another_day(tok: Token, m: LanguageMatchers) -> bool:
    """The word is in a clause or phrase dated to another day than the sentence's own event: "a
    day after police opened fire", "the previous day when security forces opened fire", "au
    lendemain de tirs de la police", "after an explosion last Tuesday killed dozens". The time noun hangs
    on a subordinate governor (or is one), never on the sentence's main verb ("A day after the vote,
    police opened fire" is the news)."""
    for g in [tok, *governors(tok, 4)]:
        if g.dep_ == "ROOT" or g.head.i == g.i:
            return False
        for n in [g, *(c for c in g.children if c.pos_ in ("NOUN", "PROPN", "ADV"))]:
            lemma = n.lemma_.lower()
            if lemma in m.other_day_nouns or n.lower_ in m.other_day_nouns:
                return True
            if lemma in m.time_nouns and (
                    any(c.lower_ in m.other_day_words for c in n.children)
                    or any(c.dep_ == "mark" and c.lower_ in m.other_day_words for c in g.children)):
                return True
    return False


def _protest_cause(tok: Token, m: LanguageMatchers) -> bool:
    """A noun the protest follows ("protested following the death of a prisoner", "ont manifesté
    après la mort d'un camarade"): its cause, not force used on it."""
    if tok.pos_ == "VERB":
        return _cause_clause(tok, m)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = tok.head if tok.dep_ == "pobj" else next((c for c in tok.children if c.dep_ == "case"), None)
    return prep is not None and prep.lower_ in m.protest_cause_preps


def _cause_clause(verb: Token, m: LanguageMatchers) -> bool:
    """The cue is the verb of an "after" clause hung on the protest's own verb ("staged a rally after
    police arrested an activist", "ont manifesté après que la police a arrêté un opposant"): the older
    event the protest answers, as "après l'arrestation" is. Not when the clause names the protesters or
    the protest, or points back at them ("marched after police fired tear gas at them")."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in m.protest_cause_preps
                                       for c in verb.children):
        return False
    named = _protest_trigger_tokens(verb.sent, m)
    head = verb.head
    # the protest's verb, or the verb that stages it ("staged a rally", "ont organisé une marche")
    if head.i not in named and not any(c.dep_ in ("dobj", "obj") and c.i in named for c in head.children):
        return False
    return not any(t.pos_ == "PRON" and t.dep_ not in ("nsubj", "expl") or _protest_people(t, m)
                   or t.lemma_.lower() in m.protest_nouns or t.i in named for t in verb.subtree)


def _manner_cues(sent: Span, matcher, m: LanguageMatchers) -> list[Token]:
    """The cue words of ``matcher`` that say how a protest went, not what it was about, what it
    followed, what happened on another day ("undeterred by ... the previous day when security
    forces opened fire") nor an older event it recalls ("on the anniversary of an attack that killed
    40 students")."""
    doc = sent.doc
    toks = [doc[sent.start + s:sent.start + e].root for _, s, e in matcher(sent)]
    # a cue with another sense that says force only on the protesters ("la police a chargé les
    # manifestants", not "le ministre chargé de l'intérieur")
    toks = [t for t in toks if t.lemma_.lower() not in m.force_on_protesters_only or any(
        c.dep_ in ("dobj", "obj") and any(_protest_people(x, m) for x in c.subtree) for c in t.children)]
    # preventing is the forces' intervention only when they prevent ("police prevented the march"), not
    # the protest's aim ("marched to prevent the closure of the hospital")
    toks = [t for t in toks if t.lemma_.lower() not in m.preventions or _by_crowd_control(t, m)]
    # "the protesters dispersed peacefully": an intervention cue the protesters did themselves is none
    own = [t for t in toks if matcher is m.protest_intervention and _done_by_themselves(t, m)]
    return [t for t in toks if not (protest_topic(t, m) or _protest_cause(t, m) or of_another_day(t, m)
                                    or recalled_phrase(t) or t in own)]


def _done_by_themselves(verb: Token, m: LanguageMatchers) -> bool:
    """The protesters did it to themselves: the verb's subject names them and it has no object and no
    agent ("the protesters dispersed peacefully", « les manifestants se sont dispersés dans le calme »):
    the end of the protest, no intervention."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj", "agent", "obl:agent", "auxpass") for c in verb.children):
        return False
    # a passive is done to them ("protesters were dispersed"), unless reflexive (« se sont dispersés »)
    reflexive = any(c.dep_.startswith("expl") and c.pos_ == "PRON" for c in verb.children)
    subjects = ("nsubj", "nsubj:pass") if reflexive else ("nsubj",)
    return any(_protest_people(t, m) for c in verb.children if c.dep_ in subjects for t in c.subtree)
