"""Victims: the people an attack, a bombing or an abduction hit, as the text names them.

A noun for a person (``victims_<lang>.ROLE_NOUNS``: "judge", "mayor", "Jesuit priests"; and the
civilian and person nouns of ``events_<lang>``: "villagers", "women", "people") is a victim of the
incident whose trigger it is tied to, in the trigger's sentence:

- by the parse: it is the object or the passive subject of the trigger, or of a casualty word of
  the sentence ("killed a judge", "six priests were murdered", "l'enlèvement d'un maire"), within
  a few steps through prepositions, appositions and coordinations;
- or by position: right after the trigger or the casualty word ("KIDNAPPED THE MAYOR"), or right
  before its passive auxiliary with only a name between ("SIPI MAYOR MANUEL SANTOS CRUZ ARBOLEDA WAS
  SERIOUSLY WOUNDED").

The anchors are the incident's trigger, the sentence's other words of violence and its casualty
words. The person named as the possessor of an event noun done to someone ("Justice Valencia's
murder") is a victim too (:func:`named_possessor`).

The active subject of the trigger is who did it, never a victim; speakers of claims and armed
actors are left out. The mention is the noun with the modifiers just before it ("former defense
minister", "Jesuit priests"), and the name a naming phrase gives it ("a woman identified as Maria
Luz Lopez", ``victims_<lang>.NAMING_PHRASES``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from bilan import nlp as nlp_mod
from bilan.extract.matching import WordMatcher, hyphen_start, of_complements
from bilan.extract.places import is_common_word
from bilan.lexicons import LexiconMissing, load
from bilan.lexicons import words as lexicon_words

HOPS = 3
AFTER_WINDOW = 3  # words between the trigger (or casualty word) and a victim said right after it
MAX_VICTIMS = 4
MODIFIER_DEPS = ("compound", "amod", "nmod", "flat", "nummod")
OBJECT_DEPS = ("dobj", "obj", "nsubjpass", "nsubj:pass", "pobj", "obl", "nmod", "appos", "conj", "compound",
               "obl:arg", "iobj", "dative", "oprd", "attr", "npadvmod")


@dataclass
class VictimMention:
    start: int  # char offsets
    end: int
    text: str
    tok_start: int
    tok_end: int
    civilian: bool = True  # a civilian or a person named by office or trade; False: "people", "man", "chief"
    force: bool = False  # a serving soldier or police officer named by rank ("Colonel Carreno", "a corporal")
    name_only: bool = False  # a person named by their name alone ("Efrain Tobar Lemus")
    others: bool = False  # "three others": more people beside those named before (``OTHERS_WORDS``)


@lru_cache(maxsize=8)
def _matcher(lang: str) -> WordMatcher | None:
    try:
        roles = load("victims", lang).ROLE_NOUNS
    except LexiconMissing:
        return None
    ev = load("events", lang)
    pairs = [("CIV", w) for w in (*roles, *getattr(ev, "CIVILIAN_NOUNS", ()))]
    pairs += [("NAT", w) for w in _victims_words(lang, "NATIONALITY_NOUNS")]
    # people told by their nation or community ("three Palestinians", « trois Peuls »): people, no civilians
    pairs += [("COM", w) for w in _victims_words(lang, "COMMUNITY_NOUNS")]
    pairs += [("PER", w) for w in getattr(ev, "PERSON_NOUNS", ())]
    pairs += [("MIL", w) for w in _victims_words(lang, "FORCE_RANKS")]
    pairs += [("MLN", w) for w in _victims_words(lang, "RANKS_BEFORE_NAMES")]
    pairs += [("MEM", w) for w in _victims_words(lang, "MEMBER_NOUNS")]
    pairs += [("OTH", w) for w in _victims_words(lang, "OTHERS_WORDS")]
    pairs += [("GRD", w) for w in _victims_words(lang, "PRIVATE_GUARD_NOUNS")]
    # members of an armed body, a person only as former ones ("a former policeman", « un ancien combattant »)
    pairs += [("FMR", w) for w in _victims_words(lang, "FORMER_ARMED_NOUNS")]
    # a person noun with a prefix joined by a hyphen (« un ex-policier », « le vice-maire »: one token for the
    # French tokenizer, no word of the lists): the same person noun
    prefixes = (*_victims_words(lang, "FORMER_PREFIXES"), *_victims_words(lang, "OFFICE_PREFIXES"))
    pairs += [(key, f"{p}-{w}") for key, w in pairs if key in ("CIV", "NAT", "COM", "MIL", "FMR") for p in prefixes]
    return WordMatcher(nlp_mod.get(lang), pairs)


def former_word(tok, former: frozenset[str], lang: str) -> bool:
    """A word that makes the person a former one: a word of ``victims_<lang>.FORMER_WORDS`` ("former", « ancien »)
    or a word joined to a prefix of ``FORMER_PREFIXES`` by a hyphen (« ex-policier », one token in French)."""
    return tok.lower_ in former or any(tok.lower_.startswith(f"{p}-") for p in _victims_words(lang, "FORMER_PREFIXES"))


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token, the start and end of the sentence ``Token.sent`` gives it (the last preset
    start at or before it, else 0; the next one after it, else the document's end), read from one
    array instead of a sentence Span built at each ask."""
    flags = doc.to_array(SENT_START).tolist()
    n = len(flags)
    lo, hi = [0] * n, [n] * n
    start = 0
    for i, f in enumerate(flags):
        if f == 1:
            start = i
        lo[i] = start
    end = n
    for i in range(n - 1, -1, -1):
        hi[i] = end
        if flags[i] == 1:
            end = i
    return lo, hi


def private_guard(doc: Doc, lo: int, hi: int, lang: str, sent_start: int, sent_end: int) -> bool:
    """The tokens ``lo:hi`` are a plain guard noun (victims PRIVATE_GUARD_NOUNS: "A GUARD", « un vigile ») in a
    sentence that names the private premises it guards (PRIVATE_PREMISES: a bank, a store, a farm): a
    civilian who guards for an owner, not a member of the forces."""
    if doc[lo:hi].text.lower() not in lexicon_words("victims", lang, "PRIVATE_GUARD_NOUNS"):
        return False
    premises = lexicon_words("victims", lang, "PRIVATE_PREMISES")
    return any(t.lower_ in premises or t.lemma_.lower() in premises for t in doc[sent_start:sent_end])


def _spacy_sentences(doc: Doc) -> bool:
    """Whether ``Token.sent`` reads the preset starts (no hook replaces it), as _sentence_bounds does."""
    return doc.has_annotation("SENT_START") and not (
        doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks)


_NOMINAL_DEPS = frozenset({"obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "pobj", "nmod", "obl", "obl:arg"})


def noun_read_as_adjective(tok) -> bool:
    """A person noun the tagger read as an adjective, with a determiner of its own and the place of a noun
    in the clause (« l'enlèvement de l'industriel Roberto Poma »: "industriel" tagged as the adjective)."""
    return tok.pos_ == "ADJ" and tok.dep_ in _NOMINAL_DEPS and any(c.dep_ == "det" for c in tok.children)


def _noun_before_day(tok, weekdays: frozenset[str]) -> bool:
    """A person noun the tagger read as an adjective of the day named right after it, which took its determiner
    (« pour le meurtre d'un étudiant lundi à Bamako »: "étudiant" an adjective of "lundi")."""
    head = tok.head
    return tok.pos_ == "ADJ" and tok.dep_ == "amod" and head.i == tok.i + 1 and head.lower_ in weekdays \
        and any(c.dep_ == "det" and c.i < tok.i for c in head.children)


FORMER_AFTER_WINDOW = 3  # words after a rank where a phrase of FORMER_AFTER may start


def _former_after(doc, end: int, sent_end: int, lang: str) -> bool:
    """A phrase of ``victims_<lang>.FORMER_AFTER`` right after the rank (« un général en retraite », « un
    colonel à la retraite »): a former member of the forces, a civilian."""
    phrases = [p.split() for p in lexicon_words("victims", lang, "FORMER_AFTER")]
    words = [t.lower_ for t in doc[end:min(sent_end, end + FORMER_AFTER_WINDOW + 2)]]
    return any(words[k:k + len(p)] == p for p in phrases for k in range(min(FORMER_AFTER_WINDOW, len(words))))


def find_victim_mentions(doc: Doc, lang: str, text: str | None = None) -> list[VictimMention]:
    """Every person noun of the document (longest matches), extended over its modifiers.
    ``text``: ``doc.text`` when the caller has it already (built anew from the tokens at each access)."""
    wm = _matcher(lang)
    if wm is None:
        return []
    civ, mil, mem = doc.vocab.strings["CIV"], doc.vocab.strings["MIL"], doc.vocab.strings["MEM"]
    grd, mln = doc.vocab.strings["GRD"], doc.vocab.strings["MLN"]
    oth, nat, com = doc.vocab.strings["OTH"], doc.vocab.strings["NAT"], doc.vocab.strings["COM"]
    fmr = doc.vocab.strings["FMR"]
    rank = {civ: 0, mil: 1}
    spans = filter_spans([Span(doc, s, e, label=mid) for mid, s, e in sorted(wm(doc), key=lambda x: rank.get(x[0], 2))])
    out = []
    text = doc.text if text is None else text
    matched = {i for sp in spans for i in range(sp.start, sp.end)}
    former = lexicon_words("victims", lang, "FORMER_WORDS")
    # a vague number before the noun ("several persons", "many civilians") counts them, it does not
    # say who they are (the tagger reads it as an adjective)
    vague = lexicon_words("quantities", lang, "VAGUE")
    postnominal = bool(getattr(load("victims", lang), "ADJECTIVES_AFTER_NOUN", False))
    dying = _dying(lang)
    dress = lexicon_words("victims", lang, "DRESS_PHRASES")
    weekdays = frozenset(getattr(load("dates", lang), "WEEKDAYS", {}))
    if spans and _spacy_sentences(doc):
        sent_lo, sent_hi = _sentence_bounds(doc)
    else:  # spaCy's own answer (or its error)
        sent_lo = sent_hi = None
    for sp in sorted(spans, key=lambda x: x.start):
        sent_start = sent_lo[sp.start] if sent_lo is not None else sp.sent.start
        root = sp.root
        if sp.label == grd:
            # a guard at a bank or a store is a civilian victim; any other guard is left to the forces
            if not private_guard(doc, sp.start, sp.end, lang, sent_start,
                                 sent_hi[sp.start] if sent_hi is not None else sp.sent.end):
                continue
            sp = Span(doc, sp.start, sp.end, label=civ)
        elif sp.label == mln:
            # a rank that is also a common word ("PRIVATE"): a rank only right before a person's name of two
            # words or more ("PRIVATE MIGUEL ALAS"; not "PRIVATE SECURITY GUARDS", "private property")
            if not (sp.end < len(doc) and _namelike(doc[sp.end], lang) and name_end(doc, sp.end, lang) - sp.end >= 2):
                continue
            sp = Span(doc, sp.start, sp.end, label=mil)
            root = sp.root
        elif sp.label == fmr:
            # a member of an armed body is a person of the victims only as a former one (« un ancien policier »,
            # "an ex-rebel", « un ex-combattant »); the retired test below makes them a civilian
            if not any(former_word(t, former, lang) for t in doc[max(sent_start, sp.start - 1):sp.end]):
                continue
            sp = Span(doc, sp.start, sp.end, label=mil)
            root = sp.root
        if _surname_after_title(doc, sp, spans, lang):
            continue
        if nobody_noun(root, lang):
            continue  # « personne n'a été blessé »: nobody, no person hit
        if sp.start > 0 and f"{doc[sp.start - 1].lower_} {sp.text.lower()}" in dress:
            continue  # how one is dressed, no person (« des hommes en civil »)
        # (a title before a name: not a person noun compounded into a common noun in running text, "the Jenin refugee
        # camp", whose head is in lower case)
        titled = sp.label in (civ, mil) and root.head.pos_ in ("PROPN", "NOUN") and root.head.i not in matched \
            and not (root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.is_lower)
        if sp.label == oth:
            # "three others were wounded", "trois autres ont été blessés" (the tagger may read an
            # adjective or a pronoun); not "the others' homes" nor "les autres passagers"
            if root.dep_ in ("amod", "det", "poss", "nmod:poss") or root.pos_ not in ("NOUN", "PRON", "ADJ", "PROPN"):
                continue
        elif sp.label in (nat, com) and (root.pos_ not in ("NOUN", "PROPN") or root.dep_ in MODIFIER_DEPS and not (
                root.dep_ == "nmod" and root.head.i < root.i)):
            # a nationality before a noun or a name says where from, not who ("GUATEMALAN LEADER X"); a complement
            # after its noun is who (« le meurtre de trois Peuls », « l'enlèvement de deux Américains »)
            continue
        elif sp.label == com and (_after_place_preposition(root, lang) or not any(
                c.dep_ == "nummod" or c.pos_ == "NUM" for c in root.children)):
            # the land named after a community ("killed 12 in Amhara"), no people; nor a community not counted ("in
            # solidarity with the Palestinians in Gaza"): people counted by their community only
            continue
        elif sp.label == mil and root.pos_ == "ADJ" and root.dep_ == "amod" and (
                root.head.pos_ == "PROPN" or _title_before_name_in_capitals(root)):
            pass  # a rank the tagger read as an adjective before a name ("MAJOR MOISES GIROLDI", "RETIRED GENERAL X")
        elif root.pos_ not in ("NOUN", "PROPN") and not noun_read_as_adjective(root) and not _noun_before_day(
                root, weekdays) and not (
                root.pos_ == "ADJ" and root.dep_ == "amod" and _title_before_name_in_capitals(root)) or (
                root.dep_ == "compound" and not sp.start <= root.head.i < sp.end and not titled):
            continue  # "civil war" (an adjective), "police officer" spokesman (a modifier); not "mayor Jane Doe"
        start = sp.start
        while start > sent_start and sp.start - start < 3:
            prev = doc[start - 1]
            if not prev.is_alpha or prev.dep_ not in MODIFIER_DEPS or not (sp.start - 1 <= prev.head.i < sp.end) \
                    or prev.pos_ not in ("ADJ", "NOUN", "PROPN") or prev.lower_ in vague:
                break
            start -= 1
        if start - 3 >= sent_start and start == sp.start and doc[start - 1].dep_ == "amod" \
                and doc[start - 1].head.i == root.i and doc[start - 2].text == "-" and not doc[start - 2].whitespace_:
            start -= 1  # ("a well-known journalist": a participle the loop above leaves, joined by a hyphen)
        start = hyphen_start(doc, start, sent_start, numbers=True)  # "a 19-year-old student": the whole word
        end = _group_end(root, sp.end, lang) if sp.label == mem else sp.end
        if postnominal:
            # an adjective after the noun is part of the mention ("six prêtres jésuites", "trois paysans
            # salvadoriens"); not a participle ("des paysans armés") nor a word of death ("morts")
            while end < len(doc) and end - sp.end < 2 and doc[end].pos_ == "ADJ" and doc[end].dep_ == "amod" \
                    and doc[end].head.i == root.i and "Part" not in doc[end].morph.get("VerbForm") \
                    and doc[end].lower_ not in dying and doc[end].lemma_.lower() not in dying and doc[end].is_alpha:
                end += 1
        span = doc[start:end]
        named = _name_given(doc, end, lang, sent_hi)
        end_char = named.end_char if named is not None else span.end_char
        # a rank names a serving member of the forces; a former or retired one is a civilian
        retired = any(former_word(t, former, lang) for t in doc[max(sent_start, start - 1):sp.end]) \
            or _former_after(doc, sp.end, sent_hi[sp.start] if sent_hi is not None else sp.sent.end, lang)
        # a trade named with the force it serves ("an air force pilot", "an army doctor"): a member of the forces
        serving = sp.label == civ and not retired and _of_a_force(doc, max(sent_start, sp.start - 3), sp.start, lang)
        out.append(VictimMention(span.start_char, end_char, text[span.start_char:end_char], span.start, span.end,
                                 (sp.label in (civ, nat) or (sp.label == mil and retired)) and not serving,
                                 (sp.label == mil and not retired) or serving, others=sp.label == oth))
    return out


def _after_place_preposition(root, lang: str) -> bool:
    """A noun that is the object of a preposition of place (``victims_<lang>.COMMUNITY_PLACE_PREPS``: "in Amhara",
    « en Amhara »): its head the preposition (English) or a preposition among its case markers (French)."""
    preps = frozenset(_victims_words(lang, "COMMUNITY_PLACE_PREPS"))
    if root.dep_ == "pobj" and root.head.lower_ in preps:
        return True
    return any(c.dep_ in ("case", "fixed") and c.lower_ in preps for c in root.children)


def _of_a_force(doc: Doc, lo: int, hi: int, lang: str) -> bool:
    """The words right before a person's noun (``lo``..``hi``, the noun at ``hi``) name a state force it serves in
    (``victims_<lang>.FORCE_MODIFIERS``: "an air force pilot", "an army doctor"), word for word on the lower-case
    forms."""
    words = [t.lower_ for t in doc[lo:hi]]
    return any(len(p.split()) <= len(words) and words[len(words) - len(p.split()):] == p.split()
               for p in _victims_words(lang, "FORCE_MODIFIERS"))


def _surname_after_title(doc: Doc, sp: Span, spans: list[Span], lang: str) -> bool:
    """A person noun of one word that is the surname of a name a rank or a role opens (« LE CAPORAL LUC
    BERGER », "Sergeant Paul Baker"): capitalised, right after first names (words that can only be names)
    that follow another person noun."""
    if len(sp) != 1 or not (sp[0].is_upper or sp[0].is_title):
        return False
    k = sp.start
    while k > 0 and sp.start - k < 3 and _namelike(doc[k - 1], lang) and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ") \
            and not any(o.start <= k - 1 < o.end for o in spans):
        k -= 1
    rank = next((o for o in spans if o.end == k and o is not sp), None)
    # the first names and the surname hang on the rank's phrase ("UNIDENTIFIED MEN KILLED TEACHER X": no
    # first name between "MEN" and "TEACHER")
    return k < sp.start and rank is not None and all(
        doc[x].head.i != x and rank.start <= doc[x].head.i <= sp.start for x in range(k, sp.start + 1))


def _title_before_name_in_capitals(rank) -> bool:
    """A rank or a role read as an adjective before a name of two words or more that the lower-case parse
    of the capitals tagged common nouns ("RETIRED GENERAL HECTOR DIAZ WAS KILLED": "general" an adjective of
    "diaz"; "KIDNAPPED AGRONOMIST PABLO REYES"): the name's head after it, a word of the name between them (a
    noun, or a word the word list does not hold: "LOPEZ" an adjective), no determiner on it. A single noun after the rank is none ("THE GENERAL STRIKE", "GENERAL BUDGET")."""
    head = rank.head
    while head.dep_ in ("compound", "flat") and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "HECTOR" of "HECTOR DIAZ"
    return head.pos_ == "NOUN" and head.i > rank.i + 1 and nlp_mod.in_capitals(rank.doc) \
        and all(rank.doc[k].pos_ in ("NOUN", "PROPN") or _namelike(rank.doc[k], rank.doc.lang_)
                for k in range(rank.i + 1, head.i)) \
        and not any(c.dep_ == "det" for c in head.children)


GROUP_MAX_WORDS = 8


def _group_end(root, end: int, lang: str) -> int:
    """ "two members of a legal commission", "membres d'une commission juridique": the end of the
    "of" complement right after a member noun (its noun phrase up to a punctuation mark, at most
    ``GROUP_MAX_WORDS``), or ``end`` when none follows."""
    preps = lexicon_words("events", lang, "COMPLEMENT_PREPS")
    doc = root.doc
    for obj in of_complements(root, preps):
        lo = min(obj.left_edge.i, obj.i)
        if lo > end + 1:  # the preposition right after the noun
            break
        stop = next((t.i for t in doc[end:obj.right_edge.i + 1] if t.is_punct and t.text not in ("'", "’")),
                    obj.right_edge.i + 1)
        return min(stop, end + GROUP_MAX_WORDS, root.sent.end)
    return end


NAME_WINDOW = 3  # words between a victim noun and the phrase that names it ("later", "who was")
NAME_MAX_WORDS = 5


def _victims_words(lang: str, name: str) -> tuple[str, ...]:
    """An optional word list of ``victims_<lang>`` (empty for a language without that lexicon)."""
    try:
        return tuple(getattr(load("victims", lang), name, ()))
    except LexiconMissing:
        return ()


@lru_cache(maxsize=8)
def _naming(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in _victims_words(lang, "NAMING_PHRASES"))


def _name_given(doc: Doc, end: int, lang: str, sent_hi: list[int] | None = None) -> Span | None:
    """ "a woman identified as Maria Luz Lopez", "a pedestrian, later identified as Manuel Mendoza":
    the victim noun ending at token ``end`` and the name a naming phrase gives it a few words on;
    the span from the noun's end to the name's end, or None."""
    if end <= 0:
        sent_end = len(doc)
    else:
        sent_end = sent_hi[end - 1] if sent_hi is not None else doc[end - 1].sent.end
    for phrase in _naming(lang):
        for gap in range(NAME_WINDOW + 1):
            i = end + gap
            if i + len(phrase) > sent_end:
                break
            if gap and doc[i - 1].text in (".", ";"):
                break  # the earlier words were read at the earlier gaps
            if doc[i].lower_ != phrase[0] or [t.lower_ for t in doc[i:i + len(phrase)]] != list(phrase):
                continue
            j = k = i + len(phrase)
            while k < sent_end and k - j < NAME_MAX_WORDS and doc[k].is_alpha and (
                    doc[k].pos_ == "PROPN" or doc[k].is_title or (doc[k].is_upper and doc[k].pos_ not in ("AUX", "VERB", "DET", "ADP"))):
                k += 1
            if k > j:
                return doc[end:k]
    return None


@lru_cache(maxsize=8)
def _dying(lang: str) -> frozenset[str]:
    return frozenset(_victims_words(lang, "DYING_WORDS"))


def dying_words(lang: str) -> frozenset[str]:
    """The verbs and predicates whose subject is who died (``victims_<lang>.DYING_WORDS``)."""
    return _dying(lang)


@lru_cache(maxsize=8)
def _unhurt(lang: str) -> frozenset[str]:
    return frozenset(_victims_words(lang, "UNHURT_WORDS"))


def aim_anchors(sent: Span, lang: str) -> list[tuple[int, int]]:
    """The words of ``sent`` that say whom an act was aimed at ("the attack was aimed at the judge",
    ``victims_<lang>.AIM_WORDS``) or that someone it was aimed at came out unhurt ("the minister was
    unhurt", ``UNHURT_WORDS``): anchors that tie the person they take (MUC-4 HUM TGT, effect NO INJURY)."""
    words = frozenset(_victims_words(lang, "AIM_WORDS")) | _unhurt(lang)
    out = [(t.i, t.i + 1) for t in sent if t.lower_ in words and t.pos_ in ("VERB", "ADJ", "AUX")]
    # "the minister escaped unhurt", "survived an attack on his house", "a échappé à un attentat": a
    # verb of coming out of it with what was survived or how (its object, or an unhurt word)
    surviving = _surviving(lang)
    unhurt = _unhurt(lang)
    out += [(t.i, t.i + 1) for t in sent if t.pos_ == "VERB" and (t.lower_ in surviving or t.lemma_.lower() in surviving)
            and (any((c.dep_ in ("dobj", "obj", "obl:arg") and c.pos_ == "NOUN") or c.lower_ in unhurt for c in t.children)
                 or with_wounds(t, lang))]
    return out


@lru_cache(maxsize=8)
def _surviving(lang: str) -> frozenset[str]:
    return frozenset(_victims_words(lang, "SURVIVING_VERBS"))


def with_wounds(tok, lang: str) -> bool:
    """``tok`` has a complement of wounds ("survived WITH SERIOUS WOUNDS", "le seul rescapé, avec des
    brûlures"): a preposition of ``victims_<lang>.WOUNDED_WITH`` and a noun of ``WOUND_NOUNS``."""
    preps = frozenset(_victims_words(lang, "WOUNDED_WITH"))
    wounds = frozenset(_victims_words(lang, "WOUND_NOUNS"))
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            nouns = [g for g in c.children if g.dep_ == "pobj"]
        elif c.pos_ == "NOUN" and any(g.dep_ == "case" and g.lower_ in preps for g in c.children):
            nouns = [c]
        else:
            continue
        if any(n.lower_ in wounds or n.lemma_.lower() in wounds for n in nouns):
            return True
    return False


def wounded_survivors(sent: Span, lang: str) -> list:
    """The tokens of ``sent`` that name who came out alive with wounds: the subject of a verb of
    survival with a complement of wounds ("A CUSTOMER ... SURVIVED WITH WOUNDS", "TWO SURVIVED WITH
    SERIOUS WOUNDS"), or a survivor noun with one ("THE ONLY SURVIVOR, WITH GUNSHOT WOUNDS")."""
    surviving = _surviving(lang)
    survivors = frozenset(_victims_words(lang, "SURVIVOR_NOUNS"))
    out = []
    for t in sent:
        if t.pos_ == "VERB" and (t.lower_ in surviving or t.lemma_.lower() in surviving) and with_wounds(t, lang):
            # the parser may leave the verb with no subject ("A CUSTOMER, ROGELIO PINEDA, SURVIVED"):
            # the verb itself, for the caller to find the person right before it
            out.extend([c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj")] or [t])
        elif t.pos_ == "NOUN" and t.lower_ in survivors and with_wounds(t, lang):
            out.append(t)
    return out


def nobody_noun(tok, lang: str) -> bool:
    """A person noun that, bare and with its verb negated, says nobody (``victims_<lang>.NOBODY_NOUNS``:
    « personne n'a été blessé », « il n'a tué personne »), not a person."""
    if tok.lower_ not in lexicon_words("victims", lang, "NOBODY_NOUNS") or any(c.dep_ == "det" for c in tok.children):
        return False
    negations = lexicon_words("victims", lang, "NEGATION_WORDS")
    return any(c.lower_ in negations or "Neg" in c.morph.get("Polarity") for c in tok.head.children if c.i != tok.i)


def _tied(doc: Doc, v: VictimMention, anchors: set[int], dying: frozenset[str] = frozenset()) -> bool:
    tok = doc[v.tok_start:v.tok_end].root
    if tok.dep_ == "amod" and tok.pos_ == "ADJ" and _title_before_name_in_capitals(tok):
        tok = tok.head  # "RETIRED GENERAL HECTOR DIAZ WAS KILLED": the rank read as an adjective of the name
    # a title before a name is one noun phrase with it, however long the name ("SOCIAL DEMOCRATIC
    # POLITICIAN HECTOR OQUELI COLINDRES WAS KIDNAPPED"): climbing it costs no hop
    while tok.dep_ in ("compound", "flat", "flat:name") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.i not in anchors:
        tok = tok.head
    # a conjunct has the place of the first in the clause ("HIS WIFE AND HIS SON ESCAPED UNHURT")
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i not in anchors:
        tok = tok.head
    if tok.dep_ == "appos" and tok.head.dep_.startswith("nsubj") and tok.head.i not in anchors:
        tok = tok.head  # "RAMON PEREZ, A 60-YEAR-OLD FARMER, DIED": the role in apposition to the subject
    if dying and getattr(dying_after_state(tok, dying), "i", None) in anchors:
        return True
    if tok.dep_.startswith("nsubj") and any(
            c.i in anchors and c.dep_ in ("acomp", "attr", "oprd", "xcomp", "advcl", "advmod") and c.lower_ in dying
            for c in tok.head.children):
        return True  # "THE MINISTER WAS UNHURT", "le chauffeur est sorti indemne": the predicate a child of its verb
    if tok.dep_.startswith("nsubj") and not tok.dep_.startswith(("nsubjpass", "nsubj:pass")):
        # the active subject did it; the subject of "died", "sont morts" is who died
        return tok.head.i in anchors and (tok.head.lower_ in dying or tok.head.lemma_.lower() in dying)
    if tok.dep_ in ("poss", "nmod:poss") and tok.head.i in anchors and tok.head.pos_ == "NOUN":
        return True  # "the governor's murder": whose killing it was (armed actors are left out before)
    if tok.dep_ in ("dobj", "obj") and any(
            c.dep_ in ("oprd", "xcomp", "acomp") and (c.i in anchors or c.lower_ in dying or c.lemma_.lower() in dying)
            for c in tok.head.children):
        return True  # "the attack left his two bodyguards dead": the object the result is said of
    if tok.dep_ in ("nsubjpass", "nsubj:pass") and any(c.dep_ in ("oprd", "xcomp", "acomp") and c.i in anchors
                                                       for c in tok.head.children):
        return True  # "the workers were taken hostage": the passive subject the anchor is said of
    for _ in range(HOPS):
        if tok.head.i == tok.i or tok.dep_ not in (*OBJECT_DEPS, "prep", "case") or kin_complement(tok):
            return False
        tok = tok.head
        if tok.i in anchors:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def dying_after_state(tok, dying: frozenset[str]):
    """The dying verb ``tok`` is the one who died of, though the parse made it the subject of the state told of it
    between commas (« Un passager, gravement brûlé, a succombé »: « passager » the passive subject of « brûlé », an
    adverbial clause of « succombé »; « Son fils, grièvement blessé, a succombé »: « succombé » joined to
    « blessé »): a verb of ``dying`` (``victims_<lang>.DYING_WORDS``) with no subject of its own, after the state's
    participle and a comma; None when there is none."""
    state = tok.head
    if not tok.dep_.startswith("nsubj") or state.pos_ != "VERB" or "Part" not in state.morph.get("VerbForm"):
        return None
    verbs = [state.head] if state.dep_.split(":")[0] in ("advcl", "acl") and state.head.i > state.i else []
    verbs += [c for c in state.children if c.dep_ == "conj" and c.i > state.i]
    return next((v for v in verbs if (v.lower_ in dying or v.lemma_.lower() in dying)
                 and not any(c.dep_.startswith("nsubj") for c in v.children)
                 and any(t.is_punct for t in tok.doc[state.i + 1:v.i])), None)


def kin_complement(tok) -> bool:
    """``tok`` is the "of" complement of a kin noun (``victims_<lang>.KIN_NOUNS``: "THE SON OF A RANCHER",
    « le fils d'un éleveur ») or of an attendant noun (``ATTENDANT_NOUNS``: "the driver of the mayor", « le
    chauffeur du maire »), or the possessor of one ("COLONEL JUAN MEJIA'S SON", "the mayor's driver"): whose kin
    or attendant was hit is not hit through it."""
    lang = tok.doc.lang_
    preps = lexicon_words("events", lang, "COMPLEMENT_PREPS")
    kin = lexicon_words("victims", lang, "KIN_NOUNS") | lexicon_words("victims", lang, "ATTENDANT_NOUNS")
    if tok.dep_ in POSSESSIVE_DEPS and tok.head.i > tok.i:
        # "COLONEL JUAN MEJIA'S SON", "the mayor's driver": the possessor of a kin or an attendant noun
        return tok.head.lower_ in kin
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in preps:
        noun = tok.head.head
    elif tok.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in preps for c in tok.children):
        noun = tok.head
    else:
        return False
    return noun.i < tok.i and noun.lower_ in kin


def _relative_tie(doc: Doc, v: VictimMention, anchors: set[int]) -> bool:
    """ "former minister Enrique Lopez, who was murdered", "a judge killed by gunmen": the trigger
    or casualty word is a passive relative clause or a participle on the victim's noun phrase."""
    tok = doc[v.tok_start:v.tok_end].root
    heads = {tok.i}
    for _ in range(HOPS):
        if tok.dep_ not in ("compound", "flat", "flat:name", "appos", "amod") or tok.head.i == tok.i:
            break
        tok = tok.head
        heads.add(tok.i)
    for i in anchors:
        a = doc[i]
        dep = a.dep_.split(":")[0]
        if a.head.i not in heads or dep not in ("relcl", "acl"):
            continue
        if a.dep_ in ("relcl", "acl:relcl") and not any(c.dep_ in ("nsubjpass", "nsubj:pass", "auxpass", "aux:pass")
                                                       for c in a.children):
            continue  # "the man who killed them" did it
        return True
    return False


PASSIVE_AUX_DEPS = ("auxpass", "aux:pass")
BEFORE_WINDOW = 6  # words between a victim and the passive verb after it


def _passive_subject_before(doc: Doc, v: VictimMention, anchor_start: int) -> bool:
    """ "SIPI MAYOR MANUEL SANTOS CRUZ ARBOLEDA WAS SERIOUSLY WOUNDED", "le maire Jean Kassa a été
    enlevé": the victim noun, the name after it and the passive auxiliary right before the verb,
    when the parse of a long name does not tie them (no punctuation, only names, auxiliaries and
    adverbs between)."""
    between = doc[v.tok_end:anchor_start]
    if v.tok_end > anchor_start or not 0 < len(between) <= BEFORE_WINDOW:
        return False
    # or the name set off by commas ("A UNION LEADER, HECTOR DANIEL LOPEZ, WAS SHOT DEAD")
    commas = [w.i for w in between if w.text == ","]
    if commas and (len(commas) != 2 or commas[0] != v.tok_end):
        return False
    return any(w.dep_ in PASSIVE_AUX_DEPS for w in between) and all(
        w.dep_ in (*PASSIVE_AUX_DEPS, "compound", "flat", "flat:name") or w.pos_ in ("PROPN", "AUX", "ADV")
        or w.text == "," or (commas and commas[0] < w.i < commas[1] and w.is_alpha and (w.is_upper or w.is_title))
        for w in between)


@lru_cache(maxsize=8)
def _patient_nouns(lang: str) -> frozenset[str]:
    return frozenset(_victims_words(lang, "PATIENT_EVENT_NOUNS"))


def _of_name(root, lang: str):
    """The proper name that is the "of" complement of an event noun ("the killing of Luis Carlos
    Galan", "l'assassinat de Luis Carlos Galan"), or None."""
    preps = lexicon_words("events", lang, "COMPLEMENT_PREPS")
    return next((obj for obj in of_complements(root, preps) if obj.pos_ == "PROPN"), None)


@lru_cache(maxsize=8)
def _death_nouns(lang: str) -> frozenset[str]:
    return frozenset(_victims_words(lang, "DEATH_NOUNS"))


POSSESSIVE_DEPS = ("poss", "nmod:poss")


def possessive(noun, pos: tuple[str, ...] = ("NOUN", "PROPN")):
    """The first possessor of ``noun`` whose part of speech is in ``pos`` ("Ruiz's murder": Ruiz), or
    None (none, or a pronoun: "his death")."""
    return next((c for c in noun.children if c.dep_ in POSSESSIVE_DEPS and c.pos_ in pos), None)


def _owner_extent(owner) -> tuple[int, int]:
    """The token span of a possessor's noun phrase, without its possessive marker."""
    toks = [t for t in owner.subtree if t.dep_ not in ("case", "punct")]
    return min(t.i for t in toks), max(t.i for t in toks) + 1


def closed_phrase_head(owner):
    """The noun whose whole phrase a possessive closes ("the governor of Antioquia's murder": the
    possessor is Antioquia, the phrase's head "governor"): the head of the preposition right before
    the possessor's own noun phrase, when it comes before it; None otherwise."""
    start = _owner_extent(owner)[0]
    if start < 1:
        return None
    prep = owner.doc[start - 1]
    if prep.pos_ == "ADP" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.i < prep.i:
        return prep.head
    return None


def death_owners(doc: Doc, sent: Span, anchors: set[int], lang: str) -> list:
    """ "Maria Lopez's death in the attack", "caused the death of Pedro Gomez", "la mort de Pedro
    Gomez": the heads of the proper names that are the possessor or the "of" complement of a noun
    of death (``victims_<lang>.DEATH_NOUNS``) that is one of ``anchors`` (token indices: the
    sentence's casualty words); who died. A name is not checked here to be a person's (the caller
    leaves out places and actors)."""
    nouns = _death_nouns(lang)
    preps = lexicon_words("events", lang, "COMPLEMENT_PREPS")
    out = []
    for i in sorted(anchors):
        if not sent.start <= i < sent.end:
            continue
        noun = doc[i]
        if noun.lower_ not in nouns or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        out += [c for c in noun.children if c.dep_ in POSSESSIVE_DEPS and c.pos_ == "PROPN"]
        out += [o for o in of_complements(noun, preps) if o.pos_ == "PROPN"]
    return out


def named_possessor(doc: Doc, lang: str, trig_start: int, trig_end: int,
                    excluded: list[tuple[int, int]]) -> VictimMention | None:
    """ "Justice Valencia's murder", "Carlos Pizarro's kidnapping", "the killing of Luis Carlos Galan":
    the person named as the possessor or the "of" complement of an event noun that is done to someone
    (``victims_<lang>.PATIENT_EVENT_NOUNS``) is its victim; the mention is the name with the title
    before it. None for a possessor that is no proper name or overlaps ``excluded`` (armed actors:
    "the FMLN's murder" is who did it; places: "the kidnapping of Bogota" is none)."""
    root = doc[trig_start:trig_end].root
    if root.pos_ != "NOUN" or root.lower_ not in _patient_nouns(lang):
        return None
    owner = possessive(root, ("PROPN",))
    if owner is None:
        of = _of_name(root, lang)
        return _name_mention(doc, of, excluded) if of is not None else None
    start, end = _owner_extent(owner)
    head = closed_phrase_head(owner)
    if head is not None:
        # "the governor of Antioquia's murder": the possessive closes the whole noun phrase
        start = head.i
        while start > root.sent.start and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].is_alpha:
            start -= 1
    if any(start < e and s < end for s, e in excluded) or any(not doc[i].is_alpha for i in range(start, end)):
        return None
    span = doc[start:end]
    return VictimMention(span.start_char, span.end_char, span.text, start, end)


def _name_mention(doc: Doc, name, excluded: list[tuple[int, int]]) -> VictimMention | None:
    """The mention of the proper name headed by ``name``: the name and the title or first names before
    it, not what follows ("of Galan, the senator"); None when it overlaps ``excluded`` or holds a
    word that is not alphabetic."""
    start = name.i
    while start > name.left_edge.i and doc[start - 1].dep_ in ("compound", "flat", "flat:name", "amod") \
            and doc[start - 1].is_alpha:
        start -= 1
    end = name.i + 1
    while end < len(doc) and doc[end].dep_ in ("flat", "flat:name") and doc[end].head.i == name.i:
        end += 1
    if any(start < e and s < end for s, e in excluded) or any(not doc[i].is_alpha for i in range(start, end)):
        return None
    span = doc[start:end]
    return VictimMention(span.start_char, span.end_char, span.text, start, end)


def conjoined_of_names(doc: Doc, lang: str, trig_start: int, trig_end: int,
                       excluded: list[tuple[int, int]]) -> list[VictimMention]:
    """ "the murder of Jose Perez and Manuel Ortiz", « l'assassinat de Jose Perez et de Manuel Ortiz »:
    the further proper names joined to the name that is the "of" complement of an event noun done to
    someone (:func:`named_possessor`), each a victim too; none when the first is no such name."""
    root = doc[trig_start:trig_end].root
    if root.pos_ != "NOUN" or root.lower_ not in _patient_nouns(lang) or possessive(root, ("PROPN",)) is not None:
        return []
    of = _of_name(root, lang)
    if of is None or _name_mention(doc, of, excluded) is None:
        return []
    out = [_name_mention(doc, c, excluded) for c in of.conjuncts if c.pos_ == "PROPN" and c.i > of.i]
    return [v for v in out if v is not None]


def _phrase_noun(tok):
    """The noun a title or a name is a word of: a title before a name is one noun phrase with it ("JOURNALIST
    RAFAEL GOMEZ")."""
    while tok.dep_ in ("compound", "flat", "flat:name") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def owners_of_thing(doc: Doc, mentions: list[VictimMention], thing_start: int, thing_end: int,
                    lang: str) -> list[VictimMention]:
    """The victim mentions that say whose the thing at tokens ``thing_start:thing_end`` is (a target the act
    hit: "THE CAR OF JOURNALIST RAFAEL GOMEZ", "THE HOUSE OF A LIBERAL CONGRESSMAN", "THE MAYOR'S CAR",
    « la voiture du journaliste Rafael Gómez »): the person noun (with the title or name it is a word of) that
    is the complement of the thing's noun after one of ``targets_<lang>.OWNER_PREPS``, or its possessor noun.
    The one whose home or car (``targets_<lang>.PERSONAL_PROPERTY``) was attacked is a person the act was aimed
    at (MUC-4 HUM TGT), hurt or not; the owner of a farm or a business burned is not."""
    preps = lexicon_words("targets", lang, "OWNER_PREPS")
    thing = doc[thing_start:thing_end].root
    if thing.lower_ not in lexicon_words("targets", lang, "PERSONAL_PROPERTY"):
        return []  # "BURNED THE FARM OF A LANDOWNER": the property hit, not its owner
    out = []
    for v in mentions:
        tok = _phrase_noun(doc[v.tok_start:v.tok_end].root)  # "JOURNALIST RAFAEL GOMEZ"
        if tok.dep_ == "pobj" and tok.head.lower_ in preps and tok.head.dep_ == "prep":
            owned = tok.head.head
        elif tok.dep_.startswith("nmod") and not tok.dep_.endswith("poss") and any(
                c.dep_ == "case" and c.lower_ in preps for c in tok.children):
            owned = tok.head
        elif tok.dep_ in POSSESSIVE_DEPS and tok.pos_ in ("NOUN", "PROPN"):
            owned = tok.head
        else:
            continue
        if owned.i == thing.i:
            out.append(v)
    return out


def carried_by_thing(doc: Doc, mentions: list[VictimMention], thing_start: int, thing_end: int,
                     lang: str) -> list[VictimMention]:
    """The victim mentions of the people the thing at tokens ``thing_start:thing_end`` (a vehicle the act hit)
    was carrying: the object of a verb of ``victims_<lang>.CARRYING_VERBS`` that is a participle or a relative
    clause on the thing's noun ("MACHINEGUNNED A BUS CARRYING 30 COFFEE PICKERS", « un autobus qui
    transportait une trentaine de cueilleurs »: through a collective figure, ``quantities_<lang>.COLLECTIVES``),
    or the subject of a verb of ``victims_<lang>.TRAVELLING_VERBS`` in a relative clause on it ("AMBUSHED THE JEEP IN
    WHICH THE MAYOR WAS TRAVELLING", « la jeep dans laquelle voyageait le maire »)."""
    carrying = lexicon_words("victims", lang, "CARRYING_VERBS")
    travelling = lexicon_words("victims", lang, "TRAVELLING_VERBS")
    collectives = lexicon_words("quantities", lang, "COLLECTIVES")
    of = lexicon_words("quantities", lang, "OF")
    thing = doc[thing_start:thing_end].root
    out = []
    for v in mentions:
        tok = _phrase_noun(doc[v.tok_start:v.tok_end].root)
        if tok.dep_ in ("nmod", "pobj") and tok.head.lower_ in collectives | of and tok.head.head.lower_ in collectives:
            tok = tok.head.head  # "a dozen of peasants"
        elif tok.dep_ == "nmod" and tok.head.lower_ in collectives:
            tok = tok.head  # « une trentaine de cueilleurs »
        verb = tok.head
        if tok.dep_ in ("dobj", "obj") and verb.dep_.split(":")[0] in ("acl", "relcl") and verb.head.i == thing.i \
                and (verb.lower_ in carrying or verb.lemma_.lower() in carrying):
            out.append(v)
        elif tok.dep_ == "nsubj" and verb.dep_ in ("relcl", "acl:relcl") and verb.head.i == thing.i \
                and (verb.lower_ in travelling or verb.lemma_.lower() in travelling):
            out.append(v)
    return out


def _repeated_prep_tie(doc: Doc, v: VictimMention, anchors: set[int], preps: frozenset[str]) -> bool:
    """ "the murder of a judge and of two employees", "le meurtre d'un juge et de deux employés": the
    victim after "and" and a preposition said again, which joins the nearest same preposition before
    it (whatever the parse attached it to), when that one is the complement of an anchor."""
    sent = doc[v.tok_start].sent
    i = v.tok_start - 1
    while i > sent.start and doc[i].pos_ in ("DET", "NUM", "ADJ"):
        i -= 1
    prep = doc[i]
    if i <= sent.start or prep.pos_ != "ADP" or doc[i - 1].pos_ != "CCONJ":
        return False
    same = (lambda t: t.lower_ in preps) if prep.lower_ in preps else (lambda t: t.lower_ == prep.lower_)
    q = next((doc[j] for j in range(i - 2, sent.start - 1, -1) if same(doc[j])), None)
    if q is None:
        return False
    # the noun the earlier preposition's phrase hangs on ("of a judge" on "murder"; "d'" marks "juge",
    # which hangs on "meurtre")
    gov = q.head if q.dep_ == "prep" else q.head.head
    return gov.i in anchors


def _subset_of_victims(doc: Doc, v: VictimMention, out: list[VictimMention], subset: frozenset[str],
                       after: frozenset[str] = frozenset()) -> bool:
    """ "nine civilians, including four employees of the registry office", "neuf civils, dont quatre
    employés": the people a subset phrase (``quantities_<lang>.SUBSET_BEFORE``) picks out right after
    victims already tied are victims too, however deep the parse hangs them."""
    i = v.tok_start
    while i > 0 and doc[i - 1].pos_ in ("DET", "NUM"):
        i -= 1
    # or from the first word of the noun's phrase ("a 12-year-old girl", which the mention may start within)
    edge = doc[v.tok_start:v.tok_end].root.left_edge.i
    starts = {i, edge} if edge < v.tok_start and not doc[edge].pos_ == "PRON" else {i}
    return any(_after_subset_phrase(doc, k, out, subset) for k in starts) \
        or _subset_said_to_be(doc, v, out, subset, after)


def _copula_of(tok):
    """The word whose subject the noun ``tok`` is said of: the copular verb it is the attribute of ("ARE
    POLICEMEN"), or the noun itself when it has a copula of its own (UD: « sont des policiers »); None else."""
    if tok.dep_ == "attr":
        return tok.head
    if any(c.dep_ == "cop" for c in tok.children):
        return tok
    return None


def _subset_said_to_be(doc: Doc, v: VictimMention, out: list[VictimMention], before: frozenset[str],
                       after: frozenset[str]) -> bool:
    """ "TWELVE PASSENGERS, THREE OF WHOM ARE POLICEMEN, WERE HURT", « douze passagers, dont trois sont des
    policiers »: the predicate of a copula whose subject is a number picked out of victims already tied (by a
    subset phrase after the number, ``quantities_<lang>.SUBSET_AFTER``, or before it, ``SUBSET_BEFORE``) is who
    those were, victims too."""
    verb = _copula_of(doc[v.tok_start:v.tok_end].root)
    if verb is None:
        return False
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.like_num):
        for phrase in after:
            n = len(phrase.split())
            span = doc[subj.i + 1:subj.i + 1 + n]
            if " ".join(span.text.lower().split()) == phrase or " ".join(t.lower_ for t in span) == phrase:
                k = subj.i - 1 if subj.i > 0 and doc[subj.i - 1].text == "," else subj.i
                if any(o.tok_end == k for o in out):
                    return True
        if _after_subset_phrase(doc, subj.i, out, before):
            return True
    return False


def _conjunct_of_tied(doc: Doc, v: VictimMention, out: list[VictimMention]) -> bool:
    """ "SIX PEOPLE, AMONG THEM A PRIEST AND TWO NUNS", « parmi lesquelles un prêtre et deux religieuses »: a
    person noun coordinated after a victim already tied (however that one was) is a victim with it."""
    tok = doc[v.tok_start:v.tok_end].root
    if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN") or tok.head.i >= tok.i:
        return False
    return any(o.tok_start <= tok.head.i < o.tok_end and not o.others for o in out)


def _joined_to_tied(doc: Doc, v: VictimMention, out: list[VictimMention], joiners: frozenset[str]) -> bool:
    """ « ont tué trois villageois, de même que deux bergers », "killed three villagers as well as two herders": a person
    noun joined by a word of ``quantities_<lang>.VICTIM_LIST_JOINERS`` right after a victim already tied (only
    punctuation, determiners and figures between) is a victim with it, however the parse hangs it."""
    last = max((o for o in out if o.tok_end <= v.tok_start and not o.others), key=lambda o: o.tok_end, default=None)
    if last is None or not joiners:
        return False
    words = [t.lower_ for t in doc[last.tok_end:v.tok_start] if not (t.is_punct or t.pos_ in ("DET", "NUM"))]
    return " ".join(words) in joiners


def _after_subset_phrase(doc: Doc, i: int, out: list[VictimMention], subset: frozenset[str]) -> bool:
    """A subset phrase ends right before token ``i`` and victims already tied end right before it."""
    for phrase in subset:
        n = len(phrase.split())
        j = i - n
        if j < 1 or " ".join(t.lower_ for t in doc[j:i]) != phrase:
            continue
        k = j - 1 if doc[j - 1].text == "," else j
        if any(o.tok_end == k for o in out):
            return True
    return False


def victims_of(doc: Doc, sent: Span, mentions: list[VictimMention], anchors: list[tuple[int, int]],
               excluded: list[tuple[int, int]], lang: str | None = None) -> list[VictimMention]:
    """The victim mentions of ``sent`` tied to one of ``anchors`` (token spans: the trigger and the
    sentence's casualty words), none overlapping ``excluded`` (token spans: speakers, armed
    actors, the trigger's agent). With ``lang``, the subject of an anchor that says someone died
    (``victims_<lang>.DYING_WORDS``) is tied too."""
    toks = {i for s, e in anchors for i in range(s, e)}
    dying = _dying(lang) | _unhurt(lang) | _surviving(lang) if lang else frozenset()
    preps = frozenset(lexicon_words("events", lang, "COMPLEMENT_PREPS")) if lang else frozenset()
    subset = lexicon_words("quantities", lang, "SUBSET_BEFORE") if lang else frozenset()
    subset_after = lexicon_words("quantities", lang, "SUBSET_AFTER") if lang else frozenset()
    joiners = lexicon_words("quantities", lang, "VICTIM_LIST_JOINERS") if lang else frozenset()
    out: list[VictimMention] = []
    for v in mentions:
        if not (sent.start <= v.tok_start < sent.end) or len(out) >= MAX_VICTIMS:
            continue
        # a casualty word inside a person noun of several words is part of it ("son garde du corps")
        if any(v.tok_start < e and s < v.tok_end and not (v.tok_start < s and e <= v.tok_end)
               for s, e in anchors) or any(v.tok_start < e and s < v.tok_end for s, e in excluded):
            continue
        after = any(0 <= v.tok_start - e and len([w for w in doc[e:v.tok_start] if not w.is_punct]) <= AFTER_WINDOW
                    and not any(w.is_punct for w in doc[e:v.tok_start]) for _, e in anchors)
        before = any(_passive_subject_before(doc, v, s) for s, _ in anchors)
        if v.others:
            # "others" are victims beside people the sentence names as hit before them, and of their kind
            # ("one civilian died and 14 others were wounded"); after no victim ("killing six enemies
            # and wounding four others", armed actors) they are none
            ante = next((o for o in reversed(out) if not o.others and o.tok_end <= v.tok_start), None)
            if ante is None:
                continue
            v = replace(v, civilian=ante.civilian, force=ante.force)
        # "THE SON OF A RANCHER WAS ABDUCTED", « le fils d'un éleveur a été enlevé »: the kin is who was hit,
        # not the person of its complement, however near the act (unless a participle of its own says so:
        # "THE FATHER OF THE KIDNAPPED GIRL")
        # (a title before the name is one noun phrase with it: "COLONEL JUAN MEJIA'S SON" names the colonel's son; an
        # "of" complement keeps its own reading: "SON OF THE MURDERED SCIENTIST X", said murdered by a participle)
        phrase = _phrase_noun(doc[v.tok_start:v.tok_end].root)
        kin = kin_complement(doc[v.tok_start:v.tok_end].root) or (
            phrase.dep_ in POSSESSIVE_DEPS and kin_complement(phrase))
        if said_of_person_named(doc[v.tok_start:v.tok_end].root, lang) or compared_with(doc, v, lang):
            continue
        if ((not kin and (after or before or _tied(doc, v, toks, dying) or (lang and _repeated_prep_tie(doc, v, toks, preps))
                          or _subset_of_victims(doc, v, out, subset, subset_after) or _conjunct_of_tied(doc, v, out)
                          or _joined_to_tied(doc, v, out, joiners)))
             or _relative_tie(doc, v, toks)) \
                and v.text.lower() not in {o.text.lower() for o in out}:
            out.append(_with_possessor(doc, v, lang))
    return out


COMPARATIVE_WINDOW = 3  # words from a comparative word (« plus élevés que ») to the word of comparison


def compared_with(doc: Doc, v: VictimMention, lang: str | None) -> bool:
    """The mention is who a figure is compared with: a word of ``victims_<lang>.COMPARISON_WORDS`` right before its
    noun phrase (only articles and adjectives between), after a comparative word of ``COMPARATIVE_BEFORE`` where the
    language asks one ("higher death tolls than officials", « des bilans plus élevés que les autorités »). Not a
    figure's own "than" ("more than 20 civilians": a number between)."""
    if not lang:
        return False
    words = lexicon_words("victims", lang, "COMPARISON_WORDS")
    i = v.tok_start - 1
    while i >= 0 and doc[i].pos_ in ("DET", "ADJ") and not doc[i].like_num:
        i -= 1
    if i < 0 or doc[i].lower_ not in words:
        return False
    before = lexicon_words("victims", lang, "COMPARATIVE_BEFORE")
    return not before or any(t.lower_ in before for t in doc[max(i - COMPARATIVE_WINDOW, 0):i])


def _with_possessor(doc: Doc, v: VictimMention, lang: str | None) -> VictimMention:
    """The mention of a kin or attendant noun hit with the person it is kin or attendant of, written before it
    ("COLONEL JUAN MEJIA'S SON-IN-LAW", "the mayor's driver": MUC-4 fills "GENERAL X'S SON-IN-LAW"), its
    hyphenated parts kept ("SON-IN-LAW"); ``v`` itself otherwise."""
    root = doc[v.tok_start:v.tok_end].root
    lang = lang or doc.lang_
    kin = lexicon_words("victims", lang, "KIN_NOUNS") | lexicon_words("victims", lang, "ATTENDANT_NOUNS")
    owner = possessive(root)
    if owner is None or owner.i >= root.i or not ({root.lower_, root.text.lower()} & kin or any(
            w.startswith(root.lower_ + "-") for w in kin)):
        return v
    start, end = min(_owner_extent(owner)[0], v.tok_start), v.tok_end
    while start < v.tok_start and doc[start].dep_ in ("det", "predet"):
        start += 1  # ("the mayor's driver": the noun phrase, no article, as every victim mention)
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha:
        end += 2  # "SON-IN-LAW"
    if start == v.tok_start and end == v.tok_end:
        return v
    span = doc[start:end]
    return replace(v, start=span.start_char, end=span.end_char, text=span.text, tok_start=start, tok_end=end)


def said_of_person_named(tok, lang: str | None) -> bool:
    """A noun said of a person already named or taken up by a pronoun, as the predicate of a copula ("SHE WAS THE
    FOURTH JUDGE MURDERED IN THE PROVINCE", "RUIZ WAS THE THIRD LABOR LEADER SLAIN", « elle est la quatrième juge
    assassinée »): it describes that person, and the act its participle tells is the one already told or
    an older one it is counted with; no victim of its own (MUC-4 7.20: a target's title is its description). By
    the parse: the noun (a word compounded into it climbs to it) is the attribute of a copular verb (``attr``) or
    has a copula of its own (``cop``), and the subject is a pronoun or a name: a proper noun, or, in capitals
    where a surname may be parsed as a common noun, a word with no determiner that is no common word of the
    language or is the last word of a name written before (:func:`_surname_again`); "THE VICTIM WAS A TEACHER"
    keeps the teacher."""
    while tok.dep_ in ("compound", "amod", "flat", "flat:name") and tok.head.i != tok.i:
        tok = tok.head
    verb = _copula_of(tok)
    if verb is None:
        return False
    return any(c.dep_ in ("nsubj", "nsubj:pass") and (c.pos_ in ("PRON", "PROPN") or (
        c.pos_ == "NOUN" and c.is_alpha and not any(d.dep_ == "det" for d in c.children)
        and ((lang and not is_common_word(c.lower_, lang)) or _surname_again(c)))) for c in verb.children)


def _surname_again(tok) -> bool:
    """``tok`` is the last word of a name written before it in the document ("... TRADE UNIONIST ALBERTO RUIZ ...
    RUIZ WAS"): the word after a proper noun, with no proper noun after it."""
    doc = tok.doc
    return any(doc[j].lower_ == tok.lower_ and doc[j - 1].pos_ == "PROPN"
               and (j + 1 >= len(doc) or doc[j + 1].pos_ != "PROPN") for j in range(1, tok.i))


@lru_cache(maxsize=8)
def _role_words(lang: str) -> frozenset[str]:
    """The last words of the person nouns of the victim lexicons ("senator", "journalist", "priests"):
    a word the tagger reads as a proper noun before a name ("LIBERAL SENATOR FEDERICO ESTRADA", parsed
    as one name) that still names no one."""
    try:
        ev = load("events", lang)
        roles = load("victims", lang).ROLE_NOUNS
    except LexiconMissing:
        return frozenset()
    words = (*roles, *getattr(ev, "CIVILIAN_NOUNS", ()), *getattr(ev, "PERSON_NOUNS", ()),
             *_victims_words(lang, "FORCE_RANKS"), *_victims_words(lang, "MEMBER_NOUNS"))
    return frozenset(w.split()[-1].lower() for w in words if w.split())


def _proper(tok) -> bool:
    """A proper noun that is no person noun of the lexicons (see :func:`_role_words`)."""
    return tok.pos_ == "PROPN" and tok.lower_ not in _role_words(tok.doc.lang_)


def _is_name(doc: Doc, v: VictimMention) -> bool:
    """A mention that is a proper name (its head a proper noun: "Pedro Ruiz Diaz"; not a role noun the
    tagger read as one before a name)."""
    return _proper(_head(doc, v))


def _head(doc: Doc, v: VictimMention):
    """The first word of the mention whose head is outside it (a title the parse cut from the name
    after it has two: the title's counts)."""
    return next((t for t in doc[v.tok_start:v.tok_end] if t.head.i == t.i or not v.tok_start <= t.head.i < v.tok_end),
                doc[v.tok_start:v.tok_end].root)


def _has_name(doc: Doc, v: VictimMention) -> bool:
    return any(_proper(doc[i]) and (doc[i].is_title or doc[i].is_upper) for i in range(v.tok_start, v.tok_end))


def _bare_role(tok) -> bool:
    """A role noun with no determiner, possessive or number of its own ("senator", not "his bodyguard")."""
    return tok.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "nmod:poss", "nummod", "predet")
                                          for c in tok.children)


NOT_PERSON = ("GPE", "LOC", "FAC", "DATE", "TIME")  # no ORG: in capitals the tagger reads surnames as one


def _honorific_name_end(doc: Doc, v: VictimMention, lang: str) -> int | None:
    """ "presidential candidate Dr. Bernardo Lopez": the end of the name that follows the role
    ``v`` after honorifics only (``victims_<lang>.HONORIFICS``), or right after it, or None."""
    honorifics = lexicon_words("victims", lang, "HONORIFICS")
    i = v.tok_end
    # to the next punctuation: the parse may cut a sentence before a name in capitals or after a title
    sent_end = next((t.i for t in doc[i:] if t.is_punct), len(doc))
    while i < sent_end and doc[i].pos_ == "ADJ" and v.tok_start <= doc[i].head.i < v.tok_end \
            and not (nlp_mod.in_capitals(doc) and _namelike(doc[i], lang)):
        # an adjective after the role ("le candidat présidentiel Dr Bernardo Lopez"); in capitals not a
        # first name the parse read as one (« LE CAPORAL LUC BERGER »)
        i += 1
    first = i
    # a short "of" complement between the role and the name, with no comma ("le député de l'ARENA José
    # Antonio Anaya", "THE LEADER OF FENASTRAS JULIO PORTILLO"): one capitalised word, or the words of one
    # place; a name of two words at least must follow it
    complement = False
    if i < sent_end and i == first and doc[i].lower_ in lexicon_words("events", lang, "COMPLEMENT_PREPS"):
        j = i + 1
        if j < sent_end and doc[j].pos_ == "DET":
            j += 1
        if j < sent_end and doc[j].is_alpha and (doc[j].is_title or doc[j].is_upper) and not doc[j].is_stop \
                and (doc[j].pos_ == "PROPN" or doc[j].ent_type_):
            j += 1
            while j < sent_end and doc[j].ent_iob_ == "I" and doc[j].ent_type_ in NOT_PERSON:
                j += 1
            i = first = j
            complement = True
    while i < sent_end and doc[i].lower_ in honorifics:
        i += 1
        if i < len(doc) and doc[i].text == "." and not doc[i - 1].text.endswith("."):
            i += 1  # "DR." read as "DR" and a full stop that ends the sentence
            sent_end = next((t.i for t in doc[i:] if t.is_punct), len(doc))
    def namelike(t) -> bool:
        # in capitals the tagger reads a surname as anything ("CARLOS SOTO SEDICE"): no grammar word
        # (not the verb of the clause the name is the subject of: "LAWYER HECTOR SALAZAR LEFT HIS OFFICE")
        return t.is_alpha and (t.is_title or t.is_upper) and not t.is_stop and t.ent_type_ not in NOT_PERSON and (
            t.pos_ in ("PROPN", "NOUN") or (t.is_upper and t.pos_ in ("ADJ", "VERB", "ADV") and not (
                t.pos_ == "VERB" and any(c.dep_.startswith("nsubj") and c.i < t.i for c in t.children))))

    k = i
    while k < sent_end and k - i < 5 and (namelike(doc[k]) or (
            doc[k].is_space and k > i and k + 1 < sent_end and namelike(doc[k + 1]))):
        k += 1
    # with no honorific, a first name and a surname at least, right after the role ("le candidat
    # présidentiel Luis Perez Gomez", which the parse may cut from it); one name word more after a
    # mention that ends in a name already ("le sénateur libéral Federico Estrada" and "Vélez", which the
    # parse cut from it)
    if complement:
        return k if k - i >= 2 else None
    ends_named = first == v.tok_end and v.tok_end - v.tok_start >= 2 and _proper(doc[v.tok_end - 1]) \
        and _proper(doc[v.tok_end - 2])
    return k if k - i >= (1 if i > first or ends_named else 2) else None


APPOS_COMPLEMENT_MAX = 8  # words of an "of" complement between a role and the name in apposition to it
APPOS_BEFORE_MAX = 6  # words between a name and the role after it ("Ramon Perez, a 60-year-old farmer")


def _namelike(t, lang: str) -> bool:
    """A word of a person's name: a proper noun or a person entity, or in capitals a word the
    language's word list does not hold ("RAMIRO CASTANEDA"); no grammar word, no place, no person noun."""
    return t.is_alpha and (t.is_title or t.is_upper) and not t.is_stop and t.ent_type_ not in NOT_PERSON \
        and t.lower_ not in _role_words(lang) and (
            t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "PER") or (
                # the tagger reads a name in capitals as any word ("HECTOR DANIEL LOPEZ": LOPEZ an adverb)
                t.is_upper and len(t) > 2 and t.pos_ in ("NOUN", "ADJ", "VERB", "ADV", "INTJ", "X")
                and not is_common_word(t.lower_, lang)))


def _name_word(t, lang: str) -> bool:
    """A word that may be part of a name beside a surer one: capitalised, no grammar word, no place,
    no person noun."""
    # (in capitals an interjection inside a sentence is a surname misread: "PRIVATE MIGUEL ALAS")
    return t.is_alpha and (t.is_title or t.is_upper) and not t.is_stop and (
        t.pos_ in ("NOUN", "PROPN", "ADJ") or t.pos_ == "INTJ" and t.is_upper and t.i > t.sent.start) \
        and t.ent_type_ not in NOT_PERSON and t.lower_ not in _role_words(lang)


def name_end(doc: Doc, i: int, lang: str, stop: int | None = None) -> int:
    """The end of one person's name from token ``i`` (``i`` when none): name words, with the particles
    of Spanish names between them ("Ana de Molina"), at most ``NAME_MAX_WORDS``."""
    stop = len(doc) if stop is None else stop
    particles = lexicon_words("victims", lang, "NAME_PARTICLES")
    k = i
    while k < stop and k - i < NAME_MAX_WORDS + 1:
        t = doc[k]
        if _namelike(t, lang) or (_name_word(t, lang) and (
                k > i and doc[k - 1].is_upper == t.is_upper or k + 1 < stop and _namelike(doc[k + 1], lang))):
            # a first name or a surname that is also a word ("TODD WILSON", "JEFFREY BALL") beside a
            # word that can only be a name
            k += 1
        elif k > i and doc[k].lower_ in particles and k + 1 < stop and _namelike(doc[k + 1], lang):
            k += 2
        else:
            break
    return k


def _names_from(doc: Doc, i: int, plural: bool, lang: str) -> int:
    """The end of the names that start at token ``i``: one name of two words or more, or, after a
    plural role, names coordinated ("Jeffrey Ball and Todd Wilson"); ``i`` when none."""
    end = i
    while True:
        k = name_end(doc, end, lang)
        if k - end < 2:
            return end if end > i and doc[end - 1].is_alpha else i
        end = k
        if not plural or end + 1 >= len(doc):
            return end
        nxt = end + 1 if doc[end].text == "," else end
        if nxt < len(doc) and doc[nxt].pos_ == "CCONJ":
            nxt += 1
        if nxt == end or name_end(doc, nxt, lang) - nxt < 2:
            return end
        end = nxt


def _apposed_name(doc: Doc, v: VictimMention, lang: str, places: list[tuple[int, int]]) -> tuple[int, int] | None:
    """MUC-4 7.20: a name in apposition to a role, set off by commas whatever the parse made of it:
    after the role and its "of" complement ("the mayor of San Miguel, Francisco Orellana,", "un
    paysan, José Manuel Posada,"), or before the role ("Ramon Perez, a 60-year-old farmer"). The
    tokens of the role and the name together, or None; a place is no name."""
    if _is_name(doc, v) or v.name_only or v.others:
        return None
    preps = lexicon_words("events", lang, "COMPLEMENT_PREPS")
    n = len(doc)
    plural = "Plur" in doc[v.tok_start:v.tok_end].root.morph.get("Number")

    def clear(lo: int, hi: int) -> bool:
        sp = doc[lo:hi]
        return not any(s < sp.end_char and sp.start_char < e for s, e in places)

    i = v.tok_end
    if i < n and doc[i].lower_ in preps:
        j = i + 1
        while j < n and j - i <= APPOS_COMPLEMENT_MAX and not doc[j].is_punct and doc[j].pos_ not in ("VERB", "AUX"):
            j += 1
        i = j
    if i < n and doc[i].text == ",":
        # honorifics and a rank before the name ("the director of the DAS, General Miguel Maza")
        titles = set(lexicon_words("victims", lang, "HONORIFICS")) | {
            w for w in _victims_words(lang, "FORCE_RANKS") if " " not in w}
        j = i + 1
        while j < n and j - i <= 2 and doc[j].lower_ in titles:
            j += 1
        k = _names_from(doc, j, plural, lang)
        if k > j and (k == n or doc[k].is_punct) and (clear(j, k) or nlp_mod.in_capitals(doc) and clear(j, j + 1)):
            # (in capitals a surname the gazetteer knows is read as a place, "MARIE KOSSI": the name
            # opening with a word that is no place is still the name)
            return v.tok_start, k
    # before the role: "NAME, a/the [modifiers] ROLE"
    j = v.tok_start - 1
    while j >= 0 and v.tok_start - j <= APPOS_BEFORE_MAX and doc[j].text != "," and (
            doc[j].pos_ in ("DET", "NUM", "ADJ", "NOUN") or doc[j].text == "-"):
        j -= 1
    if j < 1 or doc[j].text != "," or not (doc[j + 1].pos_ == "DET" or j + 1 == v.tok_start):
        return None
    k = j
    while k > 0 and j - k < NAME_MAX_WORDS and _namelike(doc[k - 1], lang):
        k -= 1
    if j - k >= 2 and (k == 0 or doc[k - 1].is_punct or doc[k - 1].is_sent_start is True or doc[k].is_sent_start) \
            and clear(k, j):
        return k, v.tok_end
    return None


def one_person(doc: Doc, victims: list[VictimMention], lang: str,
               places: list[tuple[int, int]] = ()) -> list[VictimMention]:
    """MUC-4 task definition 7.20: the title or role of a named human target is its description, one
    target with the name. The victim mentions of one person become one mention, from the first word
    to the last:

    - a name and the role in apposition to it, with a comma and an article at most between them
      ("Pedro Ruiz Diaz, a senator", "l'assassinat de Pedro Ruiz Diaz, un sénateur");
    - the bare roles coordinated with that role ("Luis Perez, senator and presidential candidate"),
      not a person of their own ("Luis Perez, the mayor, and his bodyguard");
    - a role, honorifics and a name ("presidential candidate Dr. Bernardo Lopez");
    - mentions that overlap.
    The merged mention is a civilian or of the forces as its role is."""
    out = sorted(victims, key=lambda v: (v.tok_start, -v.tok_end))

    def joined(a: VictimMention, b: VictimMention, end: int | None = None) -> VictimMention:
        lo, hi = min(a.tok_start, b.tok_start), max(a.tok_end, b.tok_end, end or 0)
        role = a if not _is_name(doc, a) else b
        span = doc[lo:hi]
        return VictimMention(span.start_char, span.end_char, span.text, lo, hi, role.civilian, role.force,
                             a.name_only and b.name_only)

    # a role followed by honorifics and a name takes the name in, and so does one with a name in
    # apposition (``places``: char spans of the places read, never a name)
    for n, v in enumerate(out):
        end = _honorific_name_end(doc, v, lang) if not _is_name(doc, v) else None
        if end is not None:
            out[n] = joined(v, v, end)
            continue
        span = _apposed_name(doc, v, lang, list(places))
        if span is not None:
            sp = doc[span[0]:span[1]]
            out[n] = VictimMention(sp.start_char, sp.end_char, sp.text, sp.start, sp.end, v.civilian, v.force)
    merged = True
    while merged:
        merged = False
        for x in range(len(out)):
            for y in range(x + 1, len(out)):
                a, b = out[x], out[y]
                if _same_person(doc, a, b, lang):
                    out = [w for k, w in enumerate(out) if k not in (x, y)] + [joined(a, b)]
                    out.sort(key=lambda v: (v.tok_start, -v.tok_end))
                    merged = True
                    break
            if merged:
                break
    return out


def _given_end(doc: Doc, v: VictimMention) -> int:
    """The token end of a victim mention with the name a naming phrase gives it ("a minor identified as X": its
    characters run to the name's end, its tokens stop at the noun; :func:`_name_given`)."""
    if v.tok_end <= 0 or v.end <= doc[v.tok_end - 1].idx + len(doc[v.tok_end - 1]):
        return v.tok_end
    k = v.tok_end
    while k < len(doc) and doc[k].idx < v.end:
        k += 1
    return k


def _ends_with_given_name(doc: Doc, v: VictimMention, lang: str) -> bool:
    """The mention ends with the name a naming phrase gives the person ("the minor, who was identified as Pedro
    Luna"; ``victims_<lang>.NAMING_PHRASES``)."""
    words = [t.lower_ for t in doc[v.tok_start:v.tok_end]]
    for phrase in _naming(lang):
        n = len(phrase)
        for k in range(1, len(words) - n):
            if tuple(words[k:k + n]) == phrase:
                return doc[v.tok_end - 1].pos_ == "PROPN" or doc[v.tok_end - 1].is_title or doc[v.tok_end - 1].is_upper
    return False


def _same_person(doc: Doc, a: VictimMention, b: VictimMention, lang: str = "en") -> bool:
    """Two victim mentions of one person (``a`` starts first; see :func:`one_person`)."""
    aend, bend = _given_end(doc, a), _given_end(doc, b)
    if a.tok_start < bend and b.tok_start < aend:
        return True  # (with the name a naming phrase gives: "the minor, identified as X" and "X, a student")
    if doc[a.tok_start].sent.start != doc[b.tok_start].sent.start:
        return False
    broot, aroot = _head(doc, b), _head(doc, a)
    if not _is_name(doc, a) and _is_name(doc, b) and (b.tok_start == a.tok_end or (
            aroot.dep_ in ("compound", "nmod", "amod", "flat", "flat:name") and b.tok_start <= aroot.head.i < b.tok_end)):
        return True  # the title right before the name, or one the parse hangs on it ("senator and candidate X")
    if (_is_name(doc, a) or aend > a.tok_end or _ends_with_given_name(doc, a, lang)) and not _is_name(doc, b):
        # the role in apposition right after the name (or the name a naming phrase gives the person: "the minor,
        # who was identified as X, a student"): a comma and an article at most between
        between = doc[aend:b.tok_start]
        if between and between[0].text == "," and all(t.text == "," or t.pos_ == "DET" for t in between) \
                and len(between) <= 2 and "Plur" not in broot.morph.get("Number"):
            return True
        # or after the age, and with the words of the role's own phrase the mention left out ("Victor
        # Quispe, a 28-year-old bus driver", "Alfredo Bonilla, 31, a taxi driver")
        role = doc[b.tok_start:b.tok_end].root
        if any(c.dep_ in POSSESSIVE_DEPS and c.pos_ == "PRON" for c in role.children) \
                and b.tok_end < len(doc) and doc[b.tok_end].pos_ == "CCONJ":
            return False  # "MAYOR X, HIS WIFE AND TWO BODYGUARDS": whose kin, one of a list, not the name again
        if between and between[0].text == "," and len(between) <= APPOS_BEFORE_MAX + 2 \
                and "Plur" not in role.morph.get("Number") and between[-1].text != "," \
                and not any(t.pos_ in ("CCONJ", "SCONJ", "ADP", "VERB", "AUX") for t in between) and all(
                    t.text in (",", "-") or t.pos_ == "DET" or (t.like_num and t.i < role.left_edge.i)
                    or role.left_edge.i <= t.i < role.i for t in between):
            return True
    if broot.dep_ == "conj" and broot.head.i == aroot.i and aroot.pos_ == "NOUN" and _bare_role(broot) \
            and _has_name(doc, b) and not _has_name(doc, a) and "Plur" not in aroot.morph.get("Number") \
            and "Plur" not in broot.morph.get("Number"):
        return True  # "le sénateur et candidat présidentiel Luis Perez": two titles of the one person named
    if not _is_name(doc, b) and broot.dep_ == "conj" and _bare_role(broot):
        # a bare role coordinated with a role in apposition to a name within ``a``
        head = broot.head
        while head.dep_ == "conj" and head.head.i != head.i and not a.tok_start <= head.i < a.tok_end:
            head = head.head
        if a.tok_start <= head.i < a.tok_end and head.i != aroot.i and head.pos_ in ("NOUN", "PROPN") \
                and head.dep_ in ("appos", "compound", "nmod") and any(doc[i].pos_ == "PROPN" for i in range(a.tok_start, a.tok_end)):
            return True
    return False


def _described_again(doc: Doc, lo: int, at: int, after: int, lang: str, standing) -> bool:
    """A naming phrase at token ``at`` that says what one person hit was, not who the people hit were: the word for
    them before it is singular ("THE VICTIM", "THE MAN") and a noun with an indefinite article follows the phrase
    ("WAS IDENTIFIED AS AN ALLEGED MEMBER OF THE UNITED LEFT", « a été identifié comme un membre présumé ... »:
    ``victims_<lang>.DESCRIBING_ARTICLES``): the same person described again, no second victim."""
    articles = frozenset(_victims_words(lang, "DESCRIBING_ARTICLES"))
    if after >= len(doc) or doc[after].lower_ not in articles:
        return False
    last = next((doc[k] for k in range(at - 1, lo - 1, -1) if standing(k)), None)
    return last is not None and "Sing" in last.morph.get("Number") and not any(
        c.dep_ == "conj" for c in last.children)


def listed_victims(doc: Doc, sent: Span, lang: str, mentions: list[VictimMention],
                   places: list[tuple[int, int]] = ()) -> list[VictimMention]:
    """A sentence that says who the people hit were, taken as a whole (``HIT_COLLECTIVES``): "the
    victims were identified as Juan Flores and Mario Hernandez" (a naming phrase), "the wounded are
    Carlos Ruiz and Marta Giraldo" (a copula), "the dead included two women and a child", "among the
    dead were a policeman and a street vendor" (``LISTING_VERBS``, ``LISTING_PREPS``). The names (two
    words or more, no place) and the person nouns of ``mentions`` listed after it, or none.

    A person noun of ``mentions`` stands for the people hit too before a naming phrase ("the civilian
    was identified as Jairo Restrepo") or after "among" ("among the 11 peasants massacred were ...");
    the naming phrase may take them between its words ("police identified the dead as ..."); a
    collective before a colon lists them after it ("les victimes : Víctor Quispe, ..."); a plural
    pronoun with a copula and a name right after it does too ("they were Angel Martinez, a teacher;
    ..."). A list goes on over a sentence the parse cut at a semicolon."""
    collectives = frozenset(_victims_words(lang, "HIT_COLLECTIVES"))
    pronouns = frozenset(_victims_words(lang, "LISTING_PRONOUNS"))
    if not collectives:
        return []
    person = {i for v in mentions if not v.others and sent.start <= v.tok_start < sent.end
              for i in range(v.tok_start, v.tok_end)}
    told = set(dead_told_again(doc, sent, lang))  # ("among those killed": the participle is the word for them)
    if not any(t.lower_ in collectives or t.lower_ in pronouns or t.i in told for t in sent) and not person:
        return []

    def standing(i: int) -> bool:  # a word for the people hit, or a person noun
        return doc[i].lower_ in collectives or i in person or i in told

    listing = frozenset(_victims_words(lang, "LISTING_VERBS"))
    among = frozenset(_victims_words(lang, "LISTING_PREPS"))
    copulas = lexicon_words("events", lang, "COPULAS")

    def main_verb(t) -> bool:  # a copula that is the verb (not the auxiliary of a passive), or a listing verb
        if t.lower_ in listing or t.lemma_.lower() in listing:
            return True
        return (t.lemma_.lower() in copulas or t.lower_ in copulas) and t.dep_ not in (*PASSIVE_AUX_DEPS, "aux", "aux:tense")

    start = None
    for phrase in _naming(lang):
        n = len(phrase)
        for i in range(sent.start + 1, sent.end - n + 1):
            if doc[i].lower_ != phrase[0]:
                continue
            if [t.lower_ for t in doc[i:i + n]] == list(phrase) and any(standing(k) for k in range(sent.start, i)):
                if _described_again(doc, sent.start, i, i + n, lang, standing):
                    return []  # "THE VICTIM WAS IDENTIFIED AS AN ALLEGED MEMBER OF ...": who the one person was
                start = i + n
                break
            # "identified the dead as": the people hit between the phrase's first word and the rest
            for gap in range(2, 5):
                j = i + gap
                if n > 1 and j + n - 1 <= sent.end and [t.lower_ for t in doc[j:j + n - 1]] == list(phrase[1:]) \
                        and any(doc[k].lower_ in collectives for k in range(i + 1, j)):
                    start = j + n - 1
                    break
            if start is not None:
                break
        if start is not None:
            break
    if start is None:
        for t in sent:
            if t.i + 1 >= sent.end:
                continue
            nxt = doc[t.i + 1]
            if t.lower_ in collectives and nxt.text == ":":
                start = t.i + 2  # "les victimes : Víctor Quispe, ..."
                break
            if t.lower_ in pronouns and main_verb(nxt) and t.i + 2 < sent.end \
                    and name_end(doc, t.i + 2, lang, sent.end) - (t.i + 2) >= 2:
                start = t.i + 2  # "they were Angel Martinez, a teacher; ..."
                break
            if t.lower_ not in collectives and t.i not in told:
                continue
            led = t.i >= sent.start + 1 and any(w.lower_ in among for w in doc[max(sent.start, t.i - 2):t.i])
            verb = main_verb(nxt)
            if verb and (led or nxt.lower_ in listing or nxt.lemma_.lower() in listing or not led):
                start = t.i + 2
                break
    if start is None:
        # "THE NAMES OF THE TWO TEACHERS KILLED WERE RELEASED: CARMEN REYES AND ...", « les victimes ont été
        # identifiées : Jean Kossi et ... »: a colon after a word for the people hit, a name right after it
        colon = next((t.i for t in sent if t.text == ":" and t.i + 1 < sent.end), None)
        if colon is not None and any(standing(k) for k in range(sent.start, colon)) \
                and name_end(doc, colon + 1, lang, sent.end) - (colon + 1) >= 2:
            start = colon + 1
    if start is None:
        # « Il s'agit de Simon Ouandji, pasteur, et de son fils »: a phrase that opens the list (``LISTING_OPENERS``)
        low = sent.text.lower().replace("\u2019", "'")
        for phrase in _victims_words(lang, "LISTING_OPENERS"):
            if not low.startswith(phrase) or not (phrase.endswith("'") or low[len(phrase):len(phrase) + 1].isspace()):
                continue
            k = next((t.i for t in sent if t.idx >= sent.start_char + len(phrase)), None)
            if k is not None and name_end(doc, k, lang, sent.end) - k >= 2:
                start = k
                break
    stop = None
    if start is None:
        # "The village chief and two children were among the dead", « Le chef du village et deux enfants figurent
        # parmi les personnes tuées »: the list is the subject of a copula or listing verb whose "among" phrase holds
        # the word for the people hit
        for t in sent:
            if t.lower_ not in collectives and t.i not in told:
                continue
            w = t.head if t.i in told else t
            prep = next((c for c in w.children if c.dep_ == "case" and c.lower_ in among), None)
            verb = w.head if prep is not None else (
                w.head.head if w.dep_ == "pobj" and w.head.lower_ in among else None)
            if verb is None or verb.i == w.i or not main_verb(verb):
                continue
            # (« Une enseignante et sa fille figurent parmi les morts »: the parse may hang each item of the list on
            # the verb as a subject of its own; the list runs from the first to the last)
            subjs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
            if subjs and max(c.right_edge.i for c in subjs) < w.i and min(c.left_edge.i for c in subjs) >= sent.start:
                start, stop = min(c.left_edge.i for c in subjs), max(c.right_edge.i for c in subjs) + 1
                if start > sent.start and doc[start - 1].text == "," and all(
                        t.pos_ in _LIST_WORD_POS or t.dep_ == "poss" for t in doc[sent.start:start]):
                    # ("A teacher, her husband and their son were among the dead": the parse may leave the list's first
                    # item off the subject; the words before it, from the sentence's start, are the list's too)
                    start = sent.start
                break
    if start is None and doc[sent.start].lower_ in among:
        # "among the 11 peasants massacred in Los Llanitos were ...": the verb after the phrase ("Among them were
        # ...", « Parmi elles figurent ... »: the pronoun takes up the people hit told before, :func:`among_them`)
        back = among_them(doc, sent, lang)
        k = next((t.i for t in sent if t.i > sent.start and main_verb(t) and t.dep_ == "ROOT"), None)
        if back and (k is None or k > sent.start + 4):
            # ("Among them were two women and a child, a local official said": the verb after the pronoun, not the
            # speaker's the parse made the root)
            k = next((t.i for t in doc[sent.start + 2:min(sent.end, sent.start + 5)] if main_verb(t)), k)
        if k is not None and (any(standing(i) for i in range(sent.start + 1, k)) or back):
            start = k + 1
    if start is None:
        return []
    end = sent.end
    while stop is None and end < len(doc) and doc[end - 1].text == ";":
        end = doc[end].sent.end  # the list goes on past a semicolon the parse took for a sentence's end
    if stop is not None:
        end = stop  # (the list before the "among" phrase ends with the subject)
    # the list ends at a relative clause ("three employees of the gas station where the car bomb went
    # off"); a phrase after a preposition says where or whence, not who ("a student in the Catholic
    # Lyceum of Atacama")
    particles = lexicon_words("victims", lang, "NAME_PARTICLES")
    skipped: set[int] = set()
    for t in doc[start:end]:
        if t.i in skipped:
            continue
        if t.tag_ in ("WDT", "WP", "WP$", "WRB") or "Rel" in t.morph.get("PronType"):
            end = t.i
            break
        if t.pos_ == "ADP" and t.lower_ not in particles and t.dep_ in ("prep", "case"):
            if t.dep_ == "prep" and t.head.like_num and t.head.i == t.i - 1:
                continue  # "two of his children": a part of the people listed, who they are
            phrase = t if t.dep_ == "prep" else t.head
            # (up to the comma that ends it in a list: "LUIS MORALES, OF THE DAILY LA REPUBLICA, HECTOR CHAVEZ")
            stop = next((k.i for k in doc[t.i + 1:phrase.right_edge.i + 1] if k.text == ","), phrase.right_edge.i + 1)
            skipped.update(range(t.i, max(t.i + 1, stop)))
    out = [v for v in mentions if start <= v.tok_start < end and not v.others and v.tok_start not in skipped]
    j = start
    while j < end:
        if j in skipped:
            j += 1
            continue
        if any(v.tok_start <= j < v.tok_end for v in out):
            j = next(v.tok_end for v in out if v.tok_start <= j < v.tok_end)
            continue
        k = name_end(doc, j, lang, end)
        if k - j >= 2:
            sp = doc[j:k]
            if not any(s < sp.end_char and sp.start_char < e for s, e in places):
                out.append(VictimMention(sp.start_char, sp.end_char, sp.text, j, k, civilian=False, name_only=True))
            j = k
        else:
            j += 1
    return sorted(out, key=lambda v: v.tok_start)


def dead_told_again(doc: Doc, sent: Span, lang: str) -> list[int]:
    """The participles in ``sent`` that name the dead of an act as a whole ("those killed", "the people killed",
    « les personnes tuées », « ceux qui ont été tués »): a participle of a killing verb
    (``victims_<lang>.DEAD_TOLD_AGAIN_LEMMAS``) hung on a word of ``DEAD_TOLD_AGAIN_HEADS`` before it, as a bare
    participle or as a passive relative clause, with no object and no figure on its word ("the two people killed"
    counts). Like "the dead", the phrase says who were hit, not a new act."""
    lemmas = frozenset(_victims_words(lang, "DEAD_TOLD_AGAIN_LEMMAS"))
    heads = frozenset(_victims_words(lang, "DEAD_TOLD_AGAIN_HEADS"))
    if not lemmas or not heads:
        return []
    out = []
    for t in sent:
        if t.lemma_.lower() in lemmas and t.pos_ in ("ADJ", "VERB") and not any(
                c.dep_ == "nummod" or c.like_num for c in t.children) and any(
                c.dep_ == "det" and c.i == t.i - 1 and (c.lower_ in heads or c.lemma_.lower() in heads)
                for c in t.children):
            # « Parmi celles tuées figurent deux femmes »: the parse may read the participle as the noun of the
            # phrase (an adjective) and the bare pronoun right before it as its determiner: the same phrase
            out.append(t.i)
            continue
        if t.lemma_.lower() not in lemmas or "Part" not in t.morph.get("VerbForm") or t.head.i >= t.i:
            continue
        head, dep = t.head, t.dep_.split(":")[0]
        if head.lower_ not in heads and head.lemma_.lower() not in heads:
            continue
        if any(c.dep_ in ("dobj", "obj") for c in t.children) or any(
                c.dep_ == "nummod" or c.like_num for c in head.children):
            continue
        auxes = [c for c in t.children if c.dep_.startswith("aux")]
        if dep in ("acl", "amod") and t.dep_ != "acl:relcl" and not auxes:
            out.append(t.i)  # "those killed", « les personnes tuées »
        elif (t.dep_ in ("relcl", "acl:relcl") and any(c.dep_ in PASSIVE_AUX_DEPS for c in auxes)):
            out.append(t.i)  # "those who were killed", « ceux qui ont été tués »
    return out


_LIST_WORD_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM", "PUNCT", "CCONJ"})


def among_them(doc: Doc, sent: Span, lang: str) -> bool:
    """Sentence ``sent`` opens with a word of picking out (``victims_<lang>.LISTING_PREPS``) and a pronoun that takes
    up people told before (``AMONG_THEM_PRONOUNS``): "Among them were two women and a child", « Parmi elles figurent
    deux femmes et un enfant ». Whom the pronoun stands for, the dead or the wounded, the sentence does not say."""
    among = frozenset(_victims_words(lang, "LISTING_PREPS"))
    pronouns = frozenset(_victims_words(lang, "AMONG_THEM_PRONOUNS"))
    words = [t for t in sent if not t.is_punct][:3]
    if len(words) < 2 or words[0].lower_ not in among:
        return False
    # (« ceux-ci » may come as one token or as three)
    text = "".join(t.text_with_ws for t in doc[words[1].i:min(words[1].i + 3, sent.end)]).lower().replace(" ", "")
    return words[1].lower_ in pronouns or any(text.startswith(p) for p in pronouns if "-" in p)


def listed_hit(doc: Doc, sent: Span, lang: str) -> str | None:
    """What the people listed in ``sent`` (:func:`listed_victims`) suffered, by the word for them before
    the list: "death" ("the dead were identified as", « les morts : »; ``victims_<lang>.DEAD_COLLECTIVES``; or a
    participle phrase of :func:`dead_told_again`, "among those killed"), "injury" ("the wounded were identified as";
    ``HURT_COLLECTIVES``), or None (« les victimes »)."""
    dead = frozenset(_victims_words(lang, "DEAD_COLLECTIVES"))
    hurt = frozenset(_victims_words(lang, "HURT_COLLECTIVES"))
    told = set(dead_told_again(doc, sent, lang))
    for t in sent:
        if t.lower_ in dead or t.i in told:
            return "death"
        if t.lower_ in hurt:
            return "injury"
    return None


@lru_cache(maxsize=8)
def _genders(lang: str) -> tuple[dict[str, str], dict[str, str], bool, frozenset[str]]:
    """The gender each word of ``victims_<lang>`` tells ("mrs": "f", "son": "m"), that of each pronoun,
    whether the language's nouns and articles carry a grammatical gender, and the determiners that do
    not tell it ("son épouse")."""
    try:
        lex = load("victims", lang)
    except LexiconMissing:
        return {}, {}, False, frozenset()
    words = {**{w: "m" for w in getattr(lex, "MASCULINE_WORDS", ())},
             **{w: "f" for w in getattr(lex, "FEMININE_WORDS", ())}}
    return (words, dict(getattr(lex, "PRONOUN_GENDERS", {})), bool(getattr(lex, "GRAMMATICAL_GENDER", False)),
            frozenset(getattr(lex, "GENDERLESS_DETERMINERS", ())))


_MORPH_GENDER = {"Fem": "f", "Masc": "m"}


def pronoun_gender(pron, lang: str) -> str | None:
    """ "m" or "f" for a pronoun of one gender ("he", "elle"); for an elided object pronoun, the
    feminine of the participle that agrees with it ("l'ont abattue"); None when it tells none."""
    g = _genders(lang)[1].get(pron.lower_)
    if g is None and _genders(lang)[2] and pron.dep_ in ("obj", "dobj") and pron.head.pos_ == "VERB" \
            and participle_gender(pron.head, lang) == "f":
        return "f"  # a masculine participle is the unmarked form: it tells nothing
    return g


def participle_gender(verb, lang: str) -> str | None:
    """ "f" or "m", the gender a past participle agrees in (« tuée », « abattues »: feminine, by its ending,
    ``victims_<lang>.FEMININE_PARTICIPLE_ENDINGS``, or the tagger's reading; « tué »: masculine), in a language whose
    participles agree; None for another word, or a language without those endings."""
    endings = _victims_words(lang, "FEMININE_PARTICIPLE_ENDINGS")
    if not endings or "Part" not in verb.morph.get("VerbForm") or "Pres" in verb.morph.get("Tense"):
        return None
    return "f" if verb.lower_.endswith(endings) or verb.morph.get("Gender") == ["Fem"] else "m"


def person_gender(doc: Doc, v: VictimMention, lang: str) -> str | None:
    """ "m" or "f" when the words of the mention tell the person's sex (its noun, then a title: "SENORA
    ELENA ROJAS", "HER SON"), or, in a language with grammatical gender, the gender of its common noun's
    article or of the noun itself ("sa secrétaire", "la juge"); None when nothing tells it."""
    words, _, grammatical, genderless = _genders(lang)
    span = doc[v.tok_start:v.tok_end]
    root = span.root
    for t in (root, *(t for t in span if t.i != root.i)):
        g = words.get(t.lower_)
        if g is not None:
            return g
    if grammatical and root.pos_ == "NOUN":
        det = next((c for c in root.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ in genderless:
            det = None
        gender = (det.morph.get("Gender") if det is not None else None) or root.morph.get("Gender")
        if len(gender) == 1:
            return _MORPH_GENDER.get(gender[0])
    return None


def titled_names(doc: Doc, lo: int, hi: int, lang: str) -> list[VictimMention]:
    """ "SENORA ELENA ROJAS", "le père José Alvarado": a title of one gender (``GENDER_TITLES``) and the
    name right after it, between tokens ``lo`` and ``hi``: a person, whatever the parse made of it."""
    titles = lexicon_words("victims", lang, "GENDER_TITLES")
    out = []
    for t in doc[lo:hi]:
        if t.lower_ not in titles:
            continue
        j = t.i + 1
        if j < hi and doc[j].text == "." and not t.text.endswith("."):
            j += 1
        end = name_end(doc, j, lang, stop=hi)
        if end > j:
            span = doc[t.i:end]
            out.append(VictimMention(span.start_char, span.end_char, span.text, t.i, end))
    return out
