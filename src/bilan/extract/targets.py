"""Physical targets: the buildings, vehicles and infrastructure an incident hit.

A noun of the language's ``targets_<lang>.PHYSICAL_TARGETS`` lexicon is a target of the incident
whose trigger it is tied to, in the trigger's sentence:

- by the parse: its head chain reaches the trigger, or the verb the trigger hangs on, within a few
  steps through objects and prepositional complements ("attaqué la mairie", "set fire to buses",
  "a bomb exploded at the bank", "the embassy was bombed");
- or the trigger (or its verb) is a relative clause on the noun ("the gas station where the car
  bomb went off", "the bank that was bombed", "la banque qui a été incendiée");
- or, where the parse cannot be trusted (upper-case wire copy is tagged as proper nouns), by
  position: it follows the trigger within a few words ("BOMBED THE BANK", "incendié des
  camions").

A noun inside the trigger itself ("car bomb") is the weapon, not a target, and a trigger that is the
instrument of another verb's act ("inflicted a casualty with a mine at the farm") ties no target
of its own: what was hit is that verb's. The mention is the
lexicon phrase with the words that modify it just before it ("oil pipeline", "the
presidential residence" -> "presidential residence").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from bilan import nlp as nlp_mod
from bilan.extract.matching import WordMatcher, hyphen_start
from bilan.lexicons import LexiconMissing, load
from bilan.lexicons import words as lexicon_words

HOPS = 4  # steps up the head chain from the target noun to the trigger
AFTER_WINDOW = 6  # words after the trigger where a target noun may sit when the parse does not tie it
MODIFIER_DEPS = ("compound", "amod", "nmod", "flat", "nummod")
# the head chain may pass through these (the noun's preposition, a coordination, a relative)
CHAIN_DEPS = ("prep", "pobj", "obj", "dobj", "obl", "nmod", "conj", "appos", "nsubjpass", "nsubj:pass",
              "compound", "case", "nsubj", "iobj", "dative", "obl:arg", "obl:mod", "pcomp")


@dataclass
class TargetMention:
    start: int  # char offsets
    end: int
    text: str
    kind: str
    tok_start: int
    tok_end: int
    phrase_start: int = -1  # first token of the lexicon phrase itself (the modifiers before it aside)
    # the mention with its owner's name ("branch of the Banco de Bogota"): its text and end char, or ""
    owned: str = ""
    owned_end: int = -1


@lru_cache(maxsize=32)
def _phrases(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The language's ``targets`` lexicon list ``name``, each entry as its lower-case words ("close to"
    -> ("close", "to"))."""
    try:
        lx = load("targets", lang)
    except LexiconMissing:
        return ()
    return tuple(tuple(p.lower().split()) for p in getattr(lx, name, ()))


def _ends_with(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """``words`` end with one of ``phrases``."""
    return any(tuple(words[len(words) - len(p):]) == p for p in phrases if len(p) <= len(words))


def _only_near(doc: Doc, t: TargetMention) -> bool:
    """ "an ambush near Tame airport", "une embuscade près de l'aéroport": the noun says where it
    happened, not what was hit."""
    return _preceded_by(doc, t, _phrases(doc.lang_, "PROXIMITY_PREPS"))


def setting_of_a_person_act(doc: Doc, t: TargetMention) -> bool:
    """ "KILLED PEASANT LEADER TOMAS CHOC IN FRONT OF THE CATHOLIC CHURCH", « assassiné à la sortie de son
    domicile »: after one of ``targets_<lang>.SETTING_PREPS`` the noun says where a person was hit, not
    what was hit (for an act on persons; a bomb that went off in front of a building hit it)."""
    return _preceded_by(doc, t, _phrases(doc.lang_, "SETTING_PREPS"))


def place_of_a_person_hit(doc: Doc, t: TargetMention, people: list[tuple[int, int]]) -> bool:
    """ "KIDNAPPED RANCHER JUAN PEREZ ON HIS FARM", "SHOT JUDGE X AT HIS HOME", « a assassiné le maire dans
    son bureau »: the noun after a place preposition (``targets_<lang>.PERSON_PLACE_PREPS``) of a verb
    whose direct object (or passive subject: "X WAS KIDNAPPED ON HIS FARM") is a person it hit (in
    ``people``, their char spans) says where the person was
    hit, not what was hit. The noun the act itself is on is a target ("AN ATTACK ON HIS HOME": the
    preposition is the noun's, "FIRED SHOTS AT THE HOUSE": the object is no person)."""
    preps = _phrases(doc.lang_, "PERSON_PLACE_PREPS")
    j = t.tok_start - 1
    while j >= 0 and (doc[j].pos_ == "DET" or doc[j].dep_ in ("det", "poss")):
        j -= 1
    if j < 0 or (doc[j].lower_,) not in preps:
        return False
    p = doc[j]
    if p.dep_ == "prep":
        verb = p.head  # "SHOT X AT HIS HOME": the preposition hangs on the verb
    elif p.dep_ == "case" and p.head.dep_.startswith("obl"):
        verb = p.head.head  # « dans son bureau »: the noun hangs on the verb
    else:
        return False
    if verb.pos_ != "VERB":
        return False
    return any(c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass") and not t.tok_start <= c.i < t.tok_end
               and any(lo <= c.idx < hi for lo, hi in people) for c in verb.children)


def owner_of_another(doc: Doc, t: TargetMention, others: list[TargetMention]) -> bool:
    """The target noun is the owner of another one the act hit ("TWO TRUCKS OF THE COFFEE COOPERATIVE", "the
    machinery of an experimental farm", « deux camions d'une coopérative de café »: after one of
    ``targets_<lang>.OWNER_PREPS``, hung on the other's noun): it says whose the thing hit is, one target
    with it (MUC-4 7.13), not a second one."""
    preps = lexicon_words("targets", doc.lang_, "OWNER_PREPS")
    root = doc[t.tok_start:t.tok_end].root
    if root.dep_ == "pobj" and root.head.lower_ in preps:
        owned = root.head.head
    elif root.dep_.startswith("nmod") and any(c.dep_ == "case" and c.lower_ in preps for c in root.children):
        owned = root.head
    else:
        return False
    return any(o is not t and o.tok_start <= owned.i < o.tok_end for o in others)


def _preceded_by(doc: Doc, t: TargetMention, preps: tuple[tuple[str, ...], ...]) -> bool:
    """One of ``preps`` stands just before the mention (its determiners and possessives aside: "IN FRONT
    OF HER HOUSE"), and the name the noun is called by ("NEAR LA ESTRELLA AIRPORT": in capitals the
    name's words are no modifiers the mention runs over, yet they hang on its noun as compounds)."""
    i = t.tok_start
    while i > 0 and (doc[i - 1].pos_ == "DET" or doc[i - 1].dep_ == "poss"
                     or doc[i - 1].dep_ in _NAME_DEPS and not doc[i - 1].is_punct and _hangs_in(doc[i - 1], t)):
        i -= 1
    return _ends_with([w.lower_ for w in doc[max(i - 4, 0):i]], preps)


# the ties of a name's words to the noun it names ("LA ESTRELLA AIRPORT": "LA" may be read as a nominal modifier)
_NAME_DEPS = frozenset({"compound", "nmod", "flat", "flat:name"})


def _hangs_in(tok, t: TargetMention) -> bool:
    """``tok``'s chain of heads, over the name's words before the mention, reaches the mention's own words."""
    for _ in range(4):
        tok = tok.head
        if t.tok_start <= tok.i < t.tok_end:
            return True
        if tok.dep_ not in _NAME_DEPS or not t.tok_start - 4 <= tok.i < t.tok_start:
            return False
    return False


def _on_the_road(doc: Doc, t: TargetMention) -> bool:
    """ "ambushed a patrol on the highway", "une embuscade sur l'autoroute": the way the act took place
    on is its place (MUC-4 7.13); "blew up the highway", "a bridge on the highway" (the bridge) are
    targets."""
    # the way with its modifiers ("the central highway")
    return _ends_with(t.text.lower().split(), _phrases(doc.lang_, "ROUTES")) \
        and _preceded_by(doc, t, _phrases(doc.lang_, "ROUTE_PREPS"))


def _used(doc: Doc, t: TargetMention) -> bool:
    """ "the attackers, using an unidentified vehicle, hurled grenades", « utilisant une voiture »: the object of
    a verb of use (``targets_<lang>.USE_VERBS``, lemmas) is what the doers did it with, not what they hit."""
    root = doc[t.tok_start:t.tok_end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "used a home-made bomb and a car"
    return root.dep_ in ("dobj", "obj") and root.head.lemma_.lower() in lexicon_words("targets", doc.lang_, "USE_VERBS")


def _media_not_attacked(doc: Doc, t: TargetMention) -> bool:
    """A bare media noun (``targets_<lang>.MEDIA_WORDS``: "radio", « journal ») is a target only right after a
    preposition of the attack (``MEDIA_ATTACK_PREPS``: « l'attentat contre la radio Andalus », "the attack on Radio
    Kulmiye"); anywhere else it is the channel someone spoke on ("told state radio")."""
    root = doc[t.tok_start:t.tok_end].root
    if len(doc[t.phrase_start:t.tok_end]) != 1 or root.lower_ not in lexicon_words("targets", doc.lang_, "MEDIA_WORDS"):
        return False
    return not _preceded_by(doc, t, _phrases(doc.lang_, "MEDIA_ATTACK_PREPS"))


def _strikes_from_it(doc: Doc, t: TargetMention) -> bool:
    """ "The plane dropped two bombs on the market", « L'avion a largué deux bombes », « un hélicoptère a mitraillé le
    convoi »: an aircraft (``targets_<lang>.AIRCRAFT``) that is the active subject of a verb of dropping or of a weapon's
    strike (``events_<lang>.DROP_VERBS``, ``WEAPON_STRIKE_VERBS``, ``WEAPON_FIRE_VERBS``) is the doers' own craft, what
    they struck from, not what they hit."""
    root = doc[t.tok_start:t.tok_end].root
    if root.lower_ not in lexicon_words("targets", doc.lang_, "AIRCRAFT") or root.dep_ not in ("nsubj",):
        return False
    verbs = lexicon_words("events", doc.lang_, "DROP_VERBS") | lexicon_words("events", doc.lang_, "WEAPON_STRIKE_VERBS") \
        | lexicon_words("events", doc.lang_, "WEAPON_FIRE_VERBS")
    verb = root.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in verbs \
        and not any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)


def speakers_channel(doc: Doc, t: TargetMention) -> bool:
    """ "Al Shabaab claimed the blast in a statement on its Andalus radio station", « dans un communiqué sur sa radio
    Andalus »: the noun is the object of a preposition of ``targets_<lang>.CHANNEL_PREPS`` hung on a word of
    ``STATEMENT_WORDS`` (a statement's noun, a verb of saying or broadcasting): where the words were given out."""
    preps = lexicon_words("targets", doc.lang_, "CHANNEL_PREPS")
    words = lexicon_words("targets", doc.lang_, "STATEMENT_WORDS")
    if not preps or not words:
        return False
    tok = doc[t.tok_start:t.tok_end].root
    while tok.dep_ in ("compound", "flat", "flat:name", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in preps:
        holder = tok.head.head
    elif tok.dep_.split(":")[0] in ("nmod", "obl") and any(c.dep_ == "case" and c.lower_ in preps for c in tok.children):
        holder = tok.head
    else:
        return False
    return holder.i < tok.i and (holder.lower_ in words or holder.lemma_.lower() in words)


def _means_of_travel(doc: Doc, t: TargetMention) -> bool:
    """ "à moto et en pick-up", "arrived by car", « à bord de pick-up »: a vehicle right after a preposition of
    travel (``targets_<lang>.TRAVEL_PREPS``), with no determiner, is how the doers came, not what they hit
    ("fired on a bus", « tiré sur un bus » are targets)."""
    if t.tok_start == 0 or doc[t.tok_start - 1].pos_ == "DET":
        return False
    before = [w.lower_ for w in doc[max(t.tok_start - 4, 0):t.tok_start]]
    if _ends_with(before, _phrases(doc.lang_, "TRAVEL_PREPS")):
        return True
    return _ends_with(before, _phrases(doc.lang_, "TRAVEL_ON")) \
        and doc[t.tok_start:t.tok_end].root.lower_ in lexicon_words("targets", doc.lang_, "TRAVEL_ON_VEHICLES")


NOT_A_TARGET = "not a target"  # the kind of a figure of speech's match (targets_<lang>.NOT_TARGETS)


@lru_cache(maxsize=8)
def _matcher(lang: str) -> tuple[WordMatcher, dict[str, str], WordMatcher] | None:
    try:
        lx = load("targets", lang)
    except LexiconMissing:
        return None
    pairs = [(kind, phrase) for kind, phrases in lx.PHYSICAL_TARGETS.items() for phrase in phrases]
    # figures of speech ("theatre of operations"): longer matches than their noun, dropped below
    pairs += [(NOT_A_TARGET, phrase) for phrase in getattr(lx, "NOT_TARGETS", ())]
    nlp = nlp_mod.get(lang)
    wm = WordMatcher(nlp, ((f"PT{i}", p) for i, (_, p) in enumerate(pairs)))
    damage = WordMatcher(nlp, (("DMG", v) for v in getattr(lx, "DAMAGE_VERBS", ())))
    return wm, {f"PT{i}": k for i, (k, _) in enumerate(pairs)}, damage


def damage_spans(doc: Doc, lang: str) -> list[tuple[int, int]]:
    """Token spans of the document's verbs of damage ("damaged", "blew up", "incendié"), not a negated one
    ("THE MACHINERY WAS NOT DAMAGED", « les machines n'ont pas été endommagées »: nothing was hit)."""
    built = _matcher(lang)
    return [] if built is None else [(s, e) for _, s, e in built[2].lower(doc) if not _negated(doc[s:e].root)]


def _negated(verb) -> bool:
    """The verb carries a negation (its ``neg`` dependent, or a word of negative polarity)."""
    return any(c.dep_ == "neg" or "Neg" in c.morph.get("Polarity") for c in verb.children)


def find_target_mentions(doc: Doc, lang: str) -> list[TargetMention]:
    """Every target noun of the document (longest matches), extended over its modifiers."""
    built = _matcher(lang)
    if built is None:
        return []
    wm, kinds, _ = built
    spans = filter_spans([Span(doc, s, e, label=mid) for mid, s, e in wm.lower(doc)])
    capitals = nlp_mod.in_capitals(doc)
    out = []
    for sp in sorted(spans, key=lambda x: x.start):
        if kinds[doc.vocab.strings[sp.label]] == NOT_A_TARGET:
            continue
        if sp.end + 1 < len(doc) and doc[sp.end].text == "-" and not doc[sp.end - 1].whitespace_ \
                and not doc[sp.end].whitespace_ and doc[sp.end + 1].is_alpha:
            continue  # the first part of a hyphenated word ("a home-made bomb"): no noun of its own
        root = sp.root
        if root.pos_ in ("ADJ", "VERB", "ADV") and not _noun_read_as_adjective(root) \
                or (root.dep_ == "compound" and not sp.start <= root.head.i < sp.end):
            continue  # "responsables locaux" (an adjective), "ministry spokesman" (a modifier)
        if not capitals and len(sp) == 1 and len(root.text) > 1 and root.text.isupper():
            continue  # an acronym in mixed-case text ("Kouki, Ouham, CAR"): a name, not the noun "car"
        start = sp.start
        # "oil pipeline", "presidential residence": modifiers of the noun just before it
        # (an all-capitals word is trusted only when the parse calls it an adjective or a noun: in
        # upper-case copy every word is a proper noun, verbs included)
        while start > sp.sent.start and sp.start - start < 2:
            prev = doc[start - 1]
            if not prev.is_alpha or prev.is_stop or prev.dep_ not in MODIFIER_DEPS or prev.head.i >= sp.end \
                    or prev.head.i < start - 1 or not (prev.pos_ in ("ADJ", "NOUN")
                                                       or (prev.pos_ == "PROPN" and not prev.is_upper)):
                break
            start -= 1
        if start < sp.start:
            start = hyphen_start(doc, start, sp.sent.start)  # "HIGH-TENSION POWER POLES": the whole hyphenated word
        span = doc[start:sp.end]
        mention = TargetMention(span.start_char, span.end_char, span.text, kinds[doc.vocab.strings[sp.label]],
                                span.start, span.end, sp.start)
        owner_end = _owner_end(doc, sp, lang, capitals)
        if owner_end is not None:
            mention.owned, mention.owned_end = doc[start:owner_end].text, doc[owner_end - 1].idx + len(doc[owner_end - 1])
        out.append(mention)
    return out


_NOMINAL_DEPS = frozenset({"obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "pobj"})


def _noun_read_as_adjective(tok) -> bool:
    """A target noun the tagger read as an adjective, with a determiner of its own and the place of a noun
    in the clause (« ont incendié la ferme d'un propriétaire »: "ferme" tagged as the adjective)."""
    return tok.pos_ == "ADJ" and tok.dep_ in _NOMINAL_DEPS and any(c.dep_ == "det" for c in tok.children)


# the most words an owner's name runs over ("OF THE NEWSPAPER VANGUARDIA LIBERAL")
OWNER_MAX_TOKENS = 6


def _owner_end(doc: Doc, sp: Span, lang: str, capitals: bool) -> int | None:
    """The token after the owner's name that follows a noun of property (``OWNED_NOUNS``: "a branch
    of the Banco de Bogota", "les locaux du journal La Prensa"), or None when no name follows. In
    mixed case the name is its capitalised words (joined by ``OWNER_NAME_JOINERS``; one common noun
    may stand before it: "the newspaper"); in capitals, where every word looks like a name, the words
    up to a word of ``OWNER_NAME_ENDS`` or a punctuation mark."""
    if sp[-1].lower_ not in lexicon_words("targets", lang, "OWNED_NOUNS"):
        return None
    i, n = sp.end, len(doc)
    preps = lexicon_words("targets", lang, "OWNER_PREPS")
    if i >= n or doc[i].lower_ not in preps:
        return None
    i += 1
    while i < n and doc[i].pos_ == "DET":
        i += 1
    start, limit = i, min(n, i + OWNER_MAX_TOKENS)
    if capitals:
        ends = lexicon_words("targets", lang, "OWNER_NAME_ENDS")
        while i < limit and doc[i].is_alpha and doc[i].lower_ not in ends:
            i += 1
        return i if i > start else None
    joiners = lexicon_words("targets", lang, "OWNER_NAME_JOINERS")
    if i + 1 < limit and doc[i].is_lower and doc[i].pos_ == "NOUN" and doc[i + 1].is_title:
        i += 1  # "the newspaper El Espectador"
    named = i
    while i < limit and (doc[i].is_title or doc[i].is_upper and doc[i].is_alpha or (
            doc[i].lower_ in joiners and i + 1 < limit and doc[i + 1].is_title)):
        i += 1
    return i if i > named else None


@lru_cache(maxsize=8)
def _undergoing(lang: str) -> dict[str, frozenset[str]]:
    try:
        lx = load("events", lang)
    except LexiconMissing:
        return {}
    return {v: frozenset(ps) for v, ps in getattr(lx, "UNDERGOING_VERBS", {}).items()}


def undergoing_verb(doc: Doc, trig_start: int, trig_end: int):
    """The verb whose subject underwent the act of the trigger at tokens ``trig_start:trig_end``: the trigger is
    the verb's complement opened by one of its prepositions (« une patrouille est tombée dans une embuscade », "a
    patrol fell into an ambush", "came under fire") or its direct object ("suffered an attack", « a subi une
    attaque »), or a phrase of the verb with its object (« a essuyé des tirs »): ``events_<lang>.UNDERGOING_VERBS``;
    or the word a noun said of the subject hangs the trigger on ("was the target of an ambush", « a été victime d'une
    embuscade »: :func:`_undergoing_noun`). None otherwise."""
    root = doc[trig_start:trig_end].root
    if root.pos_ in ("NOUN", "PROPN"):
        said = _undergoing_noun(root)
        if said is not None:
            return said
    verbs = _undergoing(doc.lang_)
    if not verbs:
        return None
    if root.pos_ == "VERB" and root.lemma_.lower() in verbs and not verbs[root.lemma_.lower()]:
        return root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    dep = root.dep_.split(":")[0]
    if dep in ("obj", "dobj"):
        verb, prep = root.head, None
    elif dep == "pobj" and root.head.dep_ == "prep":
        verb, prep = root.head.head, root.head.lower_
    elif dep == "obl":
        verb = root.head
        prep = next((c.lower_ for c in root.children if c.dep_ == "case"), None)
    else:
        return None
    preps = verbs.get(verb.lemma_.lower())
    if preps is None or verb.pos_ != "VERB" or (prep is None) != (not preps) or prep is not None and prep not in preps:
        return None
    return verb


def _undergoing_noun(root):
    """The word whose subject underwent the act of the trigger noun ``root`` as the complement of a noun said of that
    subject ("was the target of an ambush": the copula; « a été victime d'une embuscade »: the noun, the head of its
    clause): ``events_<lang>.UNDERGOING_NOUNS``. None otherwise."""
    nouns = lexicon_words("events", root.doc.lang_, "UNDERGOING_NOUNS")
    if not nouns:
        return None
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        noun = root.head.head
        if noun.lower_ in nouns and noun.dep_ == "attr":
            return noun.head  # "was the target of an ambush"
        return None
    if root.dep_.split(":")[0] in ("nmod", "obl") and root.head.lower_ in nouns \
            and any(c.dep_.startswith("nsubj") for c in root.head.children):
        return root.head  # « une patrouille a été victime d'une embuscade »
    return None


def _anchors(doc: Doc, trig_start: int, trig_end: int) -> set[int]:
    """The trigger's tokens and the verb it hangs on ("a bomb exploded", "bombs were placed"), or the verb whose
    subject underwent it (« le bus est tombé dans une embuscade »: :func:`undergoing_verb`)."""
    anchors = set(range(trig_start, trig_end))
    root = doc[trig_start:trig_end].root
    if root.pos_ in ("NOUN", "PROPN") and root.head.pos_ in ("VERB", "AUX") and root.dep_.split(":")[0] in (
            "nsubj", "nsubjpass", "obj", "dobj"):
        anchors.add(root.head.i)
    verb = undergoing_verb(doc, trig_start, trig_end)
    if verb is not None:
        anchors.add(verb.i)
    return anchors


def _tied(doc: Doc, t: TargetMention, anchors: set[int]) -> bool:
    tok = doc[t.tok_start:t.tok_end].root
    if any(doc[i].head.i == tok.i and doc[i].dep_ in ("relcl", "acl:relcl") for i in anchors):
        return True  # "the gas station where the bomb went off", "la banque qui a été attaquée"
    via_prep = False
    for _ in range(HOPS):
        if tok.head.i == tok.i or tok.dep_ not in CHAIN_DEPS:
            return False
        if via_prep and tok.dep_ == "nsubj" and _done_to_an_object(tok.head):
            return False  # "TWO MEN ON A MOTORCYCLE SHOT AND WOUNDED A JUDGE": what the doers came in
        via_prep = via_prep or tok.dep_ == "pobj"
        tok = tok.head
        if tok.i in anchors:
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("conj", "xcomp"):
            return False  # another verb's complement ("the men who left the bank")
    return False


def _done_to_an_object(verb) -> bool:
    """``verb`` (or a verb coordinated to it: "SHOT AND WOUNDED A JUDGE") has a direct object: its active
    subject is the doer, and a noun in a prepositional phrase of that subject is no target."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "obj") or c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ in ("dobj", "obj") for g in c.children)
        for c in verb.children)


def targets_of(doc: Doc, sent: Span, mentions: list[TargetMention], trig_start: int, trig_end: int,
               trigger_spans: list[tuple[int, int]], damage: list[tuple[int, int]] = ()) -> list[TargetMention]:
    """The target mentions of ``sent`` tied to the trigger at tokens ``trig_start:trig_end``
    (``trigger_spans``: every trigger of the sentence, whose words are never targets), or to a verb
    of damage of the same sentence (``damage``: token spans, :func:`damage_spans`)."""
    instrument = _instrument(doc, trig_start, trig_end)
    anchors = set() if instrument else _anchors(doc, trig_start, trig_end)
    verbs = [(s, e) for s, e in damage if sent.start <= s < sent.end]
    for s, e in verbs:
        anchors |= set(range(s, e))
    out = []
    for t in mentions:
        if not (sent.start <= t.tok_start < sent.end):
            continue
        head = doc[t.tok_start:t.tok_end].root.i
        lexical = max(t.phrase_start, t.tok_start)
        if any(s <= head < e or t.tok_start < e and s < lexical for s, e in trigger_spans):
            continue  # "car bomb": the weapon; a trigger word inside the lexicon's own phrase ("police post",
            # "poste de police") names no weapon, one among the modifiers before it does
        if _only_near(doc, t) or _on_the_road(doc, t) or _means_of_travel(doc, t) or _used(doc, t) \
                or speakers_channel(doc, t) or _strikes_from_it(doc, t) or _media_not_attacked(doc, t):
            continue
        ends = [e for _, e in ([] if instrument else [(trig_start, trig_end)]) + verbs]
        if _tied(doc, t, anchors) or any(_follows(doc, e, t, anchors) for e in ends) \
                or _stranded_subject(doc, t, anchors):
            out.append(t)
    return out


STRANDED_AUXILIARIES = 3  # "were", "had been", « ont été »: between a stranded subject and its verb


def _stranded_subject(doc: Doc, t: TargetMention, anchors: set[int]) -> bool:
    """ "We lost 21 men and several vehicles were burned": the parse makes the vehicles a conjunct of the noun before
    and leaves the verb of the act with no subject; the target right before that verb's auxiliaries, the verb with no
    subject of its own, is what it was done to."""
    k = t.tok_end
    while k < len(doc) and k < t.tok_end + STRANDED_AUXILIARIES and doc[k].pos_ == "AUX":
        k += 1
    return t.tok_end < k < len(doc) and k in anchors and doc[k].pos_ == "VERB" \
        and not any(c.dep_.startswith(("nsubj", "csubj")) for c in doc[k].children)


def _instrument(doc: Doc, trig_start: int, trig_end: int) -> bool:
    """The trigger is what another act was done with ("inflicted a casualty with a mine", "tué deux
    soldats avec une mine"; the parser may hang the "with" on the object): what the act hit is the
    verb's object, and a place after the weapon ("with a mine at El Pinal farm") is where it
    happened, not a target of the weapon."""
    root = doc[trig_start:trig_end].root
    prep = root.head if root.dep_ == "pobj" else next((c for c in root.children if c.dep_ == "case"), None)
    return prep is not None and prep.lower_ in lexicon_words("events", doc.lang_, "INSTRUMENT_PREPS")


def _follows(doc: Doc, end: int, t: TargetMention, anchors: set[int] = frozenset()) -> bool:
    """``t`` comes a few words after token ``end``, in the same clause (no ";" or "." between, and
    not the complement of the verb of an adverbial clause a subordinator opens between them:
    "kidnapped while working on a highway", "enlevés alors qu'ils travaillaient sur une route",
    "en travaillant sur une route")."""
    if t.tok_start < end:
        return False
    between = doc[end:t.tok_start]
    words = [w for w in between if not (w.is_punct or w.is_space)]
    if any(w.pos_ == "VERB" and w.dep_ == "advcl" and w.i not in anchors
           and any(c.dep_ == "mark" and end <= c.i < w.i for c in w.children)
           and _governs(w, doc[t.tok_start:t.tok_end].root) for w in words):
        return False
    return len(words) <= AFTER_WINDOW and not any(w.text in (";", ".") for w in between)


def _governs(verb, tok) -> bool:
    """``tok`` hangs on ``verb`` (up its head chain, through its phrase)."""
    for _ in range(HOPS):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == verb.i:
            return True
    return False
