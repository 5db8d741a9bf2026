"""Actor mentions normalised through the per-language alias dictionary."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from bilan import nlp as nlp_mod
from bilan.gazetteer import Gazetteer, country_records, is_capital
from bilan.extract.matching import LanguageMatchers, apposed
from bilan.lexicons import words as lexicon_words

ARMED_KINDS = frozenset({"state_forces", "rebel", "militia", "foreign_coalition", "external", "unidentified", "police"})
NON_STATE = frozenset({"rebel", "militia", "unidentified"})
STATE_SIDE_KINDS = frozenset({"state_forces", "police", "foreign_coalition", "external"})
FORCE_KINDS = frozenset({"state_forces", "police"})  # the state's forces of order: its army and its police
UNIDENTIFIED = "unidentified armed group"
UNIDENTIFIED_AFTER = 3  # words after an unnamed group's mention read for a word saying it is unknown


@dataclass
class ActorMention:
    start: int  # char offsets
    end: int
    text: str
    name: str
    kind: str
    tok_start: int
    tok_end: int
    generic: bool = False
    # for an unnamed mention resolved to a group the story names only as accused or suspected of another act
    # (resolve_generic: "the rebels" after "accused M23 rebels of firing the shells"), the char span of the
    # mention that names the group: the evidence that the plain mention is that group
    named_by: tuple[int, int] | None = None

    @property
    def armed(self) -> bool:
        return self.kind in ARMED_KINDS


@lru_cache(maxsize=1)
def _geonames_country_names() -> dict[str, str]:
    return {iso: rec["name"] for iso, rec in country_records().items()}


# ACLED's spelling where it differs from GeoNames' ("Military Forces of the Democratic Republic of Congo")
ACLED_COUNTRY_NAMES = {
    "CD": "the Democratic Republic of Congo", "CG": "the Republic of Congo", "US": "the United States",
    "GB": "the United Kingdom", "CF": "the Central African Republic",
}


def country_name(iso: str) -> str:
    """English short name as ACLED actor names use it, else as GeoNames spells it."""
    return ACLED_COUNTRY_NAMES.get(iso) or _geonames_country_names().get(iso) or Locale("en").territories.get(iso, iso)


def forces_name(iso: str | None) -> str:
    """The canonical name of a state's military forces ("Military Forces of Iraq"), "state forces" when
    the country is not known."""
    return f"Military Forces of {country_name(iso)}" if iso else "state forces"


def police_name(iso: str | None) -> str:
    """The canonical name of a state's police ("Police Forces of Nigeria"), "police" when the country is not known."""
    return f"Police Forces of {country_name(iso)}" if iso else "police"


CAPITALS_SHARE = 0.8


def _common_word_in_capitals(span) -> bool:
    """A short all-capitals alias that is also a common word ("IS", "US"), in a sentence written
    all in capitals, where spelling cannot tell the acronym from the word."""
    if not all(t.is_stop for t in span):
        return False
    letters = [c for c in span.sent.text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)


AFFILIATION_DEPS = ("agent", "prep", "obl", "obl:agent", "obl:arg", "obl:mod", "nmod")


def affiliation_tokens(doc: Doc, lang: str) -> dict[int, int | None]:
    """The tokens of the names a tie to a backer or a parent group takes ("Rwanda-backed M23", "the Al-Qaeda-linked
    JNIM", "rebels backed by Rwanda", « le JNIM, lié à Al-Qaïda »: ``actors_<lang>.AFFILIATION_WORDS``), each with
    the token of the noun the tie describes (None when it describes none): the backer is no side of the act and its
    country not the story's. So is a parent group named in an apposition of a part of it to a group ("ISWAP, a Boko
    Haram splinter group": ``actors_<lang>.PARENT_GROUP_NOUNS``), which describes the group before it."""
    words = lexicon_words("actors", lang, "AFFILIATION_WORDS")
    parts = lexicon_words("actors", lang, "PARENT_GROUP_NOUNS")
    out: dict[int, int | None] = {}
    if not words:
        return out
    for w in doc:
        if parts and w.pos_ == "NOUN" and _apposition_by_commas(doc, w) and (
                w.lemma_.lower() in parts or w.lower_ in parts):
            # « Le JNIM, la branche sahélienne d'Al-Qaïda, a revendiqué »: the parse may make the apposition between
            # commas a subject of the verb; the parent group it names describes the group before the first comma
            before = next(t.i for t in reversed(doc[:w.left_edge.i - 1]) if t.pos_ in ("NOUN", "PROPN"))
            for c in w.children:
                if c.pos_ == "PROPN" and c.dep_.split(":")[0] in ("compound", "nmod", "poss") and c.i > w.i \
                        and c.right_edge.i - c.left_edge.i < 8:
                    for k in range(c.left_edge.i, c.right_edge.i + 1):
                        out[k] = before
            continue
        if parts and w.pos_ == "NOUN" and w.head.i < w.i and apposed(w, cased=True, any_mark=True) and (
                w.lemma_.lower() in parts or any(c.dep_ == "compound" and c.lemma_.lower() in parts for c in w.children)):
            # (the French parse may hang the apposition set off by a comma as the noun's complement)
            # "ISWAP, a Boko Haram splinter group", « l'EIAO, une branche dissidente de Boko Haram »: the parent group
            # named in the apposition describes the group before it
            for c in w.children:
                named = c if c.pos_ == "PROPN" and c.dep_.split(":")[0] in ("compound", "nmod", "poss") else next(
                    (g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) if c.dep_ == "prep" else None
                if named is not None and named.right_edge.i - named.left_edge.i < 8:
                    for k in range(named.left_edge.i, named.right_edge.i + 1):
                        out[k] = w.head.i
            continue
        if w.pos_ not in ("VERB", "ADJ") or not (w.lower_ in words or w.lemma_.lower() in words):
            continue
        described = w.head.i if w.dep_.split(":")[0] in ("amod", "acl") and w.head.i != w.i else None
        if w.i >= 2 and doc[w.i - 1].text == "-" and not doc[w.i - 1].whitespace_ and not doc[w.i - 2].whitespace_:
            # "Al-Qaeda-linked": the name before the hyphen, back to a space not inside a name
            j = w.i - 2
            while j > 0 and (not doc[j - 1].whitespace_ or doc[j - 1].pos_ == "PROPN" and doc[j].pos_ == "PROPN"):
                j -= 1
            for k in range(j, w.i - 1):
                out[k] = described
            continue
        ties = [c for c in w.children if c.i > w.i and c.dep_ in AFFILIATION_DEPS]
        if not ties and w.i + 1 < len(doc) and doc[w.i + 1].pos_ == "ADP" and described is not None:
            # (the French parse may hang the backer on the noun the tie describes, « une milice alliée à l'armée »:
            # « armée » a complement of « milice »; the noun the preposition right after the tie leads to)
            led = doc[w.i + 1].head
            if led.i > w.i + 1 and led.head.i == described and led.dep_ in AFFILIATION_DEPS:
                ties = [led]
        for c in ties:
            named = c if c.pos_ in ("NOUN", "PROPN") else next(
                (g for g in c.children if g.dep_ in ("pobj", "obj") and g.pos_ in ("NOUN", "PROPN")), None)
            if named is not None and named.right_edge.i - named.left_edge.i < 8:
                for k in range(named.left_edge.i, named.right_edge.i + 1):
                    out[k] = described
                for k in _tied_conjunct(doc, named):
                    out[k] = described
    return out


def _apposition_by_commas(doc: Doc, w) -> bool:
    """``w`` heads a phrase set off by commas right after a name (« Le JNIM, la branche sahélienne d'Al-Qaïda, a
    revendiqué »), whatever the parse makes of it: a comma before its phrase, a comma after it, a name before."""
    lo, hi = w.left_edge.i, w.right_edge.i
    return 1 < lo and hi + 1 < len(doc) and doc[lo - 1].text == "," and doc[hi + 1].text == "," \
        and w.head.i > hi and any(t.pos_ in ("NOUN", "PROPN") for t in doc[max(0, lo - 4):lo - 1])


def _tied_conjunct(doc: Doc, named) -> range:
    """The tokens of a second name joined to the one a tie takes by a conjunction and the same preposition, which the
    parse may hang elsewhere (« affiliés à Al-Qaïda et à l'organisation État islamique », the second name a conjunct
    of a noun before the tie): tied too. Empty when there is none."""
    first = named.left_edge.i
    prep = doc[first] if doc[first].pos_ == "ADP" else doc[first - 1] if first > 0 and doc[first - 1].pos_ == "ADP" \
        else None  # (the French parse hangs the preposition on the name: its own first word)
    end = named.right_edge.i
    while end + 1 < len(doc) and not doc[end].whitespace_:
        end += 1  # (a name the tokenizer cut at its hyphen: « Al-Qaïda »)
    if prep is None or end + 2 >= len(doc) or doc[end + 1].pos_ != "CCONJ" or doc[end + 2].lower_ != prep.lower_:
        return range(0)
    noun = next((t for t in doc[end + 3:end + 6] if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "conj"), None)
    if noun is None:
        return range(0)
    # the name's own words: a relative clause or an apposition set off by a comma after it is not part of it (« et à
    # l'organisation État islamique, qui ont fait des milliers de morts »)
    last = next((t.i - 1 for t in doc[noun.i + 1:noun.right_edge.i + 1] if t.pos_ == "PUNCT"), noun.right_edge.i)
    if last - noun.left_edge.i >= 8:
        return range(0)
    return range(end + 2, last + 1)


def _possessive_country(sp: Span, start: int, lang: str) -> tuple[str | None, int]:
    """The country a possessive names on a force's noun ("Russia's army", "Russia's defence ministry", "Kyiv's
    forces": a country, or a capital for its state, ``gazetteer.is_capital``), with the token the mention then
    starts at; (None, ``start``) when there is none."""
    poss = next((c for c in sp.root.children if c.dep_ == "poss" and c.i < sp.start and c.pos_ == "PROPN"), None)
    if poss is None:
        return None, start
    words = [t for t in sp.doc[poss.left_edge.i:poss.i + 1] if t.dep_ != "case" and t.pos_ != "DET"]
    if not words:
        return None, start
    place = Gazetteer.default().resolve(sp.doc[words[0].i:words[-1].i + 1].text, lang=lang)
    if place is None or not place.country or not (place.feature == "country" or is_capital(place)):
        return None, start
    return place.country, words[0].i


def find_actors(doc: Doc, m: LanguageMatchers, doc_country: str | None,
                affiliations: dict[int, int | None] | None = None) -> list[ActorMention]:
    spans = []
    bare: set[int] = set()  # the first tokens of forces named by no demonym ("troops")
    # "a coalition of gangs": an alias inside such a phrase names no actor (actors_<lang>.ALIAS_NOT_ACTORS)
    not_alias = {i for _, s, e in m.alias_not_actors(doc) for i in range(s, e)}
    capitals = nlp_mod.in_capitals(doc)
    for matcher in (m.alias_exact, m.alias_lower, *((m.alias_folded,) if capitals else ())):
        for mid, s, e in matcher(doc):
            if matcher is m.alias_exact and _common_word_in_capitals(doc[s:e]):
                continue  # "IS" in upper-case wire copy is the verb, not the Islamic State
            if not_alias and all(i in not_alias for i in range(s, e)):
                continue
            spans.append(doc[s:e])
            spans[-1].label_ = doc.vocab.strings[mid]
    # a coalition's word next to the name of the group it is ("the Viv Ansanm coalition", « la coalition Viv Ansanm »,
    # actors_<lang>.COALITION_WORDS) is that group's word, no international coalition
    coalition = lexicon_words("actors", m.lang, "COALITION_WORDS")
    spans = [sp for sp in spans if not (sp.text.lower() in coalition and any(
        t is not sp and t.text.lower() not in coalition and (t.end == sp.start or sp.end == t.start) for t in spans))]
    generic = []
    not_actor = {i for _, s, e in m.not_actors(doc) for i in range(s, e)}
    found = m.generic(doc)
    if capitals:
        found = sorted({*found, *m.generic_folded(doc)})  # « DES GUERILLEROS »: accents dropped in capitals
    for mid, s, e in found:
        if any(i in not_actor for i in range(s, e)):
            continue  # "local government areas": a district, no force
        sp = doc[s:e]
        sp.label_ = "G:" + doc.vocab.strings[mid]
        generic.append(sp)
    out: list[ActorMention] = []
    opposed = lexicon_words("actors", m.lang, "OPPOSED_PREFIXES")
    for sp in filter_spans(spans + generic):
        if sp.end < len(doc) and doc[sp.end].text == "-" and sp.label_.startswith("G:"):
            continue  # "government-held", "rebel-held": a modifier, not an actor
        if sp.start >= 2 and doc[sp.start - 1].text == "-" and not doc[sp.start - 2].whitespace_ \
                and doc[sp.start - 2].lower_ in opposed:
            continue  # "anti-junta fighters", "anti-government rebels", « les milices anti-junte »: their foes
        label = sp.label_
        if not label.startswith("G:"):
            name, kind = m.alias_info[label]
            out.append(ActorMention(sp.start_char, sp.end_char, sp.text, name, kind, sp.start, sp.end))
            continue
        gkind = label[2:]
        # a demonym next to the noun gives the country ("les forces irakiennes", "Iraqi forces")
        start, end, iso = sp.start, sp.end, None
        if m.actors.DEMONYM_BEFORE_NOUN:
            for n in (2, 1):
                if start - n >= 0:
                    cand = doc[start - n : start].text.lower()
                    if cand in m.demonyms:
                        iso, start = m.demonyms[cand], start - n
                        break
            if iso is None:
                iso, start = _possessive_country(sp, start, m.lang)
        elif end < len(doc) and doc[end].lower_ in m.demonyms:
            iso, end = m.demonyms[doc[end].lower_], end + 1
        else:
            # « le ministère russe de la Défense »: the demonym after the phrase's first word
            iso = next((m.demonyms[t.lower_] for t in sp[1:] if t.lower_ in m.demonyms), None)
        if gkind == "armed":
            out.append(ActorMention(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text,
                                    UNIDENTIFIED, "unidentified", start, end, generic=True))
            continue
        # bare "forces" is too vague without a demonym (actors_<lang>.VAGUE_FORCES)
        if iso is None and sp.text.lower() in getattr(m.actors, "VAGUE_FORCES", ()):
            continue
        if iso is None:
            bare.add(start)
        iso = iso or doc_country
        if gkind == "state":
            name = forces_name(iso)
            kind = "state_forces"
        else:
            name = police_name(iso)
            kind = "police"
        span = doc[start:end]
        out.append(ActorMention(span.start_char, span.end_char, span.text, name, kind, start, end))
    out = _speakers_own_forces(doc, m, out, bare)
    out = _named_by_phrase(doc, m, out)
    out = _named_group_words(doc, m, out)
    out = _group_members(doc, m, out)
    out = [a for a in out if not _former_members(doc, m, a) and not _party_rank_and_file(doc, m, a)
           and not _former_force(doc, m, a) and not _foe_named(doc, m, a)]
    named = _named_groups(doc, m, out)
    if named:
        # "the Northern Star Revolutionary Commando": the group's name, not an unnamed "commando" in it
        inside = {i for a in named for i in range(a.tok_start, a.tok_end)}
        out = [a for a in out if not (a.generic and any(i in inside for i in range(a.tok_start, a.tok_end)))]
        out += named
    if affiliations:
        # "the Al-Qaeda-linked JNIM", « le JNIM, lié à Al-Qaïda »: the parent group of a group named is no side
        # ("Islamic State-linked militants" unnamed otherwise keep the only name the text gives them)
        def describes_named(a: ActorMention) -> bool:
            d = affiliations.get(a.tok_start)
            # (or a name in the phrase of the noun described: « le groupe Etat islamique ..., une branche de Boko
            # Haram », "The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's branch in the Sahel")
            if d is None:
                return False
            lo, hi = doc[d].left_edge.i, doc[d].right_edge.i
            return any(b is not a and not b.generic and (b.tok_start <= d < b.tok_end or lo <= b.tok_start
                                                         and b.tok_end - 1 <= hi and b.tok_start not in affiliations)
                       for b in out)
        def tied(a: ActorMention) -> bool:
            return all(i in affiliations for i in range(a.tok_start, a.tok_end))

        # (a parent group the story ties to a group it names is no side anywhere in it: « le GSIM, lié à Al-Qaïda »
        # and, later, « des groupes liés à Al-Qaïda » are that family, not a second group to tell the jihadists by)
        parents = {a.name for a in out if not a.generic and tied(a) and describes_named(a)}
        out = [a for a in out if a.generic or not tied(a) or not (describes_named(a) or a.name in parents)]
        # (nor are the state's forces an unnamed group is tied to that group: "a militia allied with the army",
        # « une milice alliée à l'armée » is no army unit, and the army is no side of its act)
        def backs_unnamed(a: ActorMention) -> bool:
            d = affiliations.get(a.tok_start)
            return d is not None and a.kind in STATE_SIDE_KINDS and any(
                b.generic and b.tok_start <= d < b.tok_end for b in out)
        out = [a for a in out if a.generic or not tied(a) or not backs_unnamed(a)]
    out.sort(key=lambda a: a.start)
    return out


NAME_DEPS = ("compound", "amod", "flat", "flat:name", "nmod", "appos")


def _named_groups(doc: Doc, m: LanguageMatchers, known: list[ActorMention]) -> list[ActorMention]:
    """A name the alias lexicon does not know, headed by a group word (``actors_<lang>.GROUP_HEAD_WORDS``:
    "Front", "Army", "Commando", "Mouvement") with a proper name in it, that is the subject of a verb
    of owning an act ("claimed responsibility", "a revendiqué"): an armed group, named by its own
    words, or the subject of a verb of a violent act done to an object (:func:`_doer_of_act`: "the X
    Movement burned two buses"). A name that only speaks ("the Popular Front said") is none."""
    heads = frozenset(w.lower() for w in getattr(m.actors, "GROUP_HEAD_WORDS", ()))
    if not heads:
        return []
    # the group words' places, from one array of the tokens' lower-case forms (no Token made for
    # every word of the text)
    head_ids = {doc.vocab.strings[w] for w in heads}
    at = [i for i, low in enumerate(doc.to_array(LOWER).tolist()) if low in head_ids]
    if not at:
        return []
    taken = {i for a in known if not a.generic for i in range(a.tok_start, a.tok_end)}
    verbs = {v.split()[0] for v in (*m.acknowledge, *m.owning_verbs)}
    signing = lexicon_words("actors", m.lang, "SIGNING_VERBS")
    acts = lexicon_words("actors", m.lang, "GROUP_ACT_VERBS")
    members = lexicon_words("actors", m.lang, "MEMBER_WORDS")
    preps = lexicon_words("actors", m.lang, "MEMBERSHIP_PREPS")
    out = []
    for tok in (doc[i] for i in at):
        if tok.lower_ not in heads or tok.i in taken:
            continue
        owns = tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in verbs
        does = not owns and (_doer_of_act(tok, acts) or _members_doing(tok, acts, members, preps))
        if not (owns or _signer(tok, m, signing) or does):
            continue
        # (a possessive inside the name too: "THE SOUTHERN PEOPLE'S COMMAND")
        words = [t for t in tok.subtree if t.i == tok.i or (
            t.dep_ in NAME_DEPS or t.dep_ == "poss" and t.i < tok.i or t.dep_ in ("case", "det") and t.head.i != tok.i)]
        if any(t.i in taken for t in words):
            continue  # "the Zarate Willka Armed Liberation Forces": the lexicon already names the group
        words = [t for t in words if t.i <= tok.i or t.dep_ in ("amod", "flat", "flat:name", "nmod", "case", "det", "appos")]
        # a contiguous run around the head, from its first name word
        lo = tok.i
        while lo - 1 >= 0 and doc[lo - 1] in words and doc[lo - 1].dep_ != "det":
            lo -= 1
        hi = tok.i + 1
        while hi < len(doc) and doc[hi] in words and doc[hi].pos_ != "PUNCT":
            hi += 1
        while hi > tok.i + 1 and doc[hi - 1].dep_ in ("case", "det"):
            hi -= 1
        span = doc[lo:hi]
        # a proper name in it: a word written with a capital that is not the first word of its sentence
        named = [t for t in span if t.i != tok.i and t.text[:1].isupper() and t.is_alpha and not t.is_sent_start]
        if len(span) < 2 or not named or any(t.i in taken for t in span):
            continue
        if any(a.generic and a.tok_end - a.tok_start > 1 and a.tok_start < span.end and span.start < a.tok_end
               for a in known):
            continue  # "URBAN COMMANDOS", "heavily armed men": an unnamed group the lexicon knows as such
        if does and any(a.generic and a.tok_start < span.end and span.start < a.tok_end for a in known):
            continue  # "GUERRILLA COMMANDOS SHOT DOWN A HELICOPTER": unnamed doers, whatever the capitals
        out.append(ActorMention(span.start_char, span.end_char, span.text, span.text, "rebel", span.start, span.end))
    return out


def _doer_of_act(tok, acts: frozenset[str]) -> bool:
    """The subject of a verb of a violent act with a direct object ("THE BLACK CONDOR MOVEMENT BURNED TWO
    BUSES", « le Front Jaguar a enlevé un ingénieur »; ``actors_<lang>.GROUP_ACT_VERBS``): a name that
    does such an act to someone or something is an armed group. A verb with no object ("the Front
    attacked") or of another kind ("the Movement held a rally") names none."""
    return tok.dep_ == "nsubj" and _act_with_object(tok.head, acts)


def _act_with_object(verb, acts: frozenset[str]) -> bool:
    """``verb`` is a verb of ``acts`` (``actors_<lang>.GROUP_ACT_VERBS``) with a direct object."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in acts and any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _members_doing(tok, acts: frozenset[str], members: frozenset[str], preps: frozenset[str]) -> bool:
    """The group of members who are the doers of a violent act (:func:`_doer_of_act`) with a direct object
    ("MEMBERS OF THE SILVER CONDOR COMMAND KIDNAPPED A RANCHER", « des membres du Front Jaguar ont assassiné
    un douanier »; ``actors_<lang>.MEMBER_WORDS``, ``MEMBERSHIP_PREPS``): the name after the preposition is
    an armed group, as when it is the subject itself. Members who meet, march or hand out leaflets name
    none (no verb of ``GROUP_ACT_VERBS``)."""
    if not members:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in preps:
        holder = tok.head.head  # "MEMBERS OF THE ... FRONT": the name on the preposition
    elif tok.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in preps for c in tok.children):
        holder = tok.head  # « des membres du Front »: the name on the noun, the preposition its case
    else:
        return False
    if holder.lower_ not in members or holder.i > tok.i:
        return False
    if holder.dep_ != "nsubj":
        # « des membres du Front ... ont enlevé un agronome »: the parse may hang the verb, its tense
        # auxiliary with it, on the members as a clause that describes them; a verb with a tense is theirs
        verb = next((c for c in holder.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > tok.i
                     and any(a.dep_.startswith("aux") for a in c.children)), None)
        return verb is not None and _act_with_object(verb, acts)
    return _doer_of_act(holder, acts)


def _speakers_own_forces(doc: Doc, m: LanguageMatchers, out: list[ActorMention], bare: set[int]) -> list[ActorMention]:
    """Forces named by their noun alone ("troops", « les soldats ») in the words a state's forces of the same kind
    report are that state's, not the document's country's: "The Israeli military said troops had opened fire on
    gunmen" (filed from Jenin) are Israel's troops. The nearest verb of saying above the noun, whose subject is a
    mention of forces of another name, gives its name."""
    res = []
    for a in out:
        root = doc[a.tok_start:a.tok_end].root
        # (not a word that only qualifies a thing: "its forces had struck military targets")
        if a.tok_start in bare and a.kind in ("state_forces", "police") and not (
                root.pos_ == "ADJ" and root.dep_ == "amod"):
            verb = next((v for v in root.ancestors if v.pos_ == "VERB" and v.lemma_.lower() in m.reporting), None)
            subjects = [] if verb is None else [c for c in verb.children if c.dep_.split(":")[0] == "nsubj"]
            owner = next((b for b in out for c in subjects if b.tok_start <= c.i < b.tok_end
                          and b.tok_start not in bare and b.kind == a.kind and b.name != a.name), None)
            if owner is not None:
                a = dataclasses.replace(a, name=owner.name)
        res.append(a)
    return res


FORMER_WINDOW = 3  # "FOUR FORMER MEMBERS OF THE": words between the word "former" and the group's name


def _former_members(doc: Doc, m: LanguageMatchers, a: ActorMention) -> bool:
    """A named group its former members are said of ("FOUR FORMER MEMBERS OF THE M-19", « quatre
    anciens membres du M-19 »; ``actors_<lang>.FORMER_WORDS`` and ``MEMBERSHIP_PREPS``): people who
    left it, no armed actor of the sentence."""
    former = lexicon_words("actors", m.lang, "FORMER_WORDS")
    preps = lexicon_words("actors", m.lang, "MEMBERSHIP_PREPS")
    if not former or a.generic:
        return False
    i = a.tok_start - 1
    while i >= 0 and doc[i].pos_ == "DET" and doc[i].lower_ not in preps:
        i -= 1
    if i < 0 or doc[i].lower_ not in preps:
        return False
    return any(doc[k].lower_ in former for k in range(max(doc[i].sent.start, i - FORMER_WINDOW), i))


def _former_force(doc: Doc, m: LanguageMatchers, a: ActorMention) -> bool:
    """Former members of a force or an armed group named by its noun ("a former policeman", « un ancien
    policier », « deux anciens combattants », "an ex-rebel", « un ex-combattant »; ``actors_<lang>.FORMER_WORDS``
    before the noun, or ``victims_<lang>.FORMER_PREFIXES`` joined to it by a hyphen) who are not the subject of
    an active verb: people the act hit, civilians (victims.FORMER_ARMED_NOUNS), no armed side. Former ones who act
    ("Ex-rebels attacked a village", « des ex-rebelles ont attaqué ») stay armed men."""
    if not a.generic and a.kind not in ("state_forces", "police"):
        return False
    first = doc[a.tok_start]
    prefixes = lexicon_words("victims", m.lang, "FORMER_PREFIXES")
    former = lexicon_words("actors", m.lang, "FORMER_WORDS")
    fused = any(first.lower_.startswith(f"{p}-") for p in prefixes)
    i = a.tok_start - 1
    if i >= 1 and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_:
        i -= 1  # "ex-rebels", cut at the hyphen by the tokenizer
    inside = any(t.lower_ in former for t in doc[a.tok_start:a.tok_end])  # "ex-policeman" matched whole
    if not (fused or inside or i >= 0 and doc[i].lower_ in former and doc[i].sent == first.sent):
        return False
    root = doc[a.tok_start:a.tok_end].root
    return root.dep_ != "nsubj"


def _foe_named(doc: Doc, m: LanguageMatchers, a: ActorMention) -> bool:
    """The force or group named in the phrase of people against it ("opponents of the junta", « des opposants à la
    junte », "fighters opposed to the regime"; actors_<lang>.OPPOSING_WORDS): their foe, as after "anti-", no side."""
    words = lexicon_words("actors", m.lang, "OPPOSING_WORDS")
    preps = lexicon_words("actors", m.lang, "OPPOSING_PREPOSITIONS")
    if a.tok_end + 1 < len(doc) and doc[a.tok_end].tag_ == "POS" and doc[a.tok_end + 1].lower_ in words:
        return True  # its possessive before them: "the junta's critics", "the military government's opponents"
    i = a.tok_start - 1
    while i >= 0 and doc[i].pos_ in ("DET", "ADJ"):
        i -= 1  # (its article and adjectives: "opponents of the military government")
    if i < 1 or doc[i].lower_ not in preps:
        return False
    return doc[i - 1].lower_ in words


def _party_rank_and_file(doc: Doc, m: LanguageMatchers, a: ActorMention) -> bool:
    """An armed group's acronym told as the organisation of a party's rank and file (« des militants de
    l'UPC », « des partisans de l'UPC », "UPC supporters"; ``actors_<lang>.RANK_AND_FILE_WORDS``): a
    political party sharing the acronym (the UPC of Burkina Faso or Uganda, not the Central African armed
    group), no armed actor of the sentence. Names written out are not read so."""
    words = lexicon_words("actors", m.lang, "RANK_AND_FILE_WORDS")
    preps = lexicon_words("actors", m.lang, "MEMBERSHIP_PREPS")
    if not words or a.generic or a.tok_end - a.tok_start != 1 or not _acronym_text(doc[a.tok_start].text):
        return False
    if a.tok_end < len(doc) and doc[a.tok_end].lower_ in words:
        return True  # "UPC supporters"
    i = a.tok_start - 1
    while i >= 0 and doc[i].pos_ == "DET" and doc[i].lower_ not in preps:
        i -= 1
    return i >= 1 and doc[i].lower_ in preps and doc[i - 1].lower_ in words


def _acronym_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _signer(tok, m: LanguageMatchers, signing: frozenset[str]) -> bool:
    """The agent of a verb of signing ("A COMMUNIQUE SIGNED BY THE RICARDO FRANCO FRONT", « un
    communiqué signé par le Front Ricardo Franco »; ``actors_<lang>.SIGNING_VERBS``): the name that
    signs a statement owns it, as a group that claims an act does."""
    if not signing:
        return False
    if tok.dep_ in ("obl:agent", "agent"):
        verb = tok.head  # « signé par le Front »: the name hangs on the verb
    elif tok.dep_ == "pobj" and tok.head.lower_ in m.agent_markers:
        verb = tok.head.head  # "SIGNED BY THE ... FRONT": on the preposition
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in signing


NAME_MAX_TOKENS = 8


def _named_by_phrase(doc: Doc, m: LanguageMatchers, found: list[ActorMention]) -> list[ActorMention]:
    """An unnamed armed group given its name right after it ("A DEATH SQUAD CALLING ITSELF THE SECRET
    ANTICOMMUNIST ARMY", "a paramilitary group known as the Northern Star Front", « un escadron de la
    mort se faisant appeler Armée secrète anticommuniste »; ``actors_<lang>.NAMING_PHRASES``): the
    name, up to the clause's verb or a comma, with a group word of ``GROUP_HEAD_WORDS`` in it, names
    a non-state armed group (MUC-4 slot 10: "ANTICOMMUNIST ACTION ALLIANCE"). The mention's text runs
    from the unnamed group to the end of its name, its tokens are the group's noun (what the parse
    ties to the act); words of the name the lexicon took for another actor ("ARMY") are that name's."""
    phrases = [p.split() for p in getattr(m.actors, "NAMING_PHRASES", ())]
    heads = frozenset(w.lower() for w in getattr(m.actors, "GROUP_HEAD_WORDS", ()))
    if not phrases or not heads:
        return found
    out = list(found)
    for a in found:
        if not a.generic or a.kind != "unidentified" or a not in out:
            continue
        i = a.tok_end
        j = next((i + len(p) for p in phrases if [t.lower_ for t in doc[i:i + len(p)]] == p), None)
        if j is None:
            continue
        while j < len(doc) and doc[j].pos_ == "DET":
            j += 1
        k = j
        while k < len(doc) and k - j < NAME_MAX_TOKENS and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX"):
            k += 1
        while k > j and doc[k - 1].pos_ in ("ADP", "DET", "CCONJ"):
            k -= 1
        name = doc[j:k]
        if len(name) < 2 or not any(t.lower_ in heads for t in name):
            continue
        span = doc[a.tok_start:k]
        out = [b for b in out if b is a or not (b.tok_start < k and j < b.tok_end)]
        # its words are the unnamed group's noun ("DEATH SQUAD", the doer the parse ties to the act)
        out[out.index(a)] = ActorMention(span.start_char, span.end_char, span.text, name.text, "militia",
                                         a.tok_start, a.tok_end)
    return out


_NAME_ENTS = frozenset({"PERSON", "PER", "ORG", "NORP", "GPE", "LOC", "MISC"})


def _name_word(t) -> bool:
    return t.text[:1].isupper() and (t.pos_ == "PROPN" or t.ent_type_ in _NAME_ENTS)


def _named_group_words(doc: Doc, m: LanguageMatchers, found: list[ActorMention]) -> list[ActorMention]:
    """A singular group word with a name of its own beside it ("the Gran Grif gang", « le gang Gran Grif »,
    "the gang of Dogo Gide", « la milice Zaïre »; ``actors_<lang>.NAMED_GROUP_WORDS``) names a non-state
    armed group no alias knows: "<name> <the word in English>", in every language. The name is the
    capitalised proper nouns right before the word, or right after it (after one of
    ``NAMED_GROUP_PREPS``, not a place: "the gang of Port-au-Prince" is where it is from). Copy all in
    capitals tells no proper noun, and a word with no name ("a street gang", « une bande ») none; a name an
    alias knows stays that group ("Viv Ansanm gang members"). A word of ``QUOTED_NAME_GROUP_WORDS`` (« groupe »,
    "group") names a group only with its name in quotes (« le groupe « Gran Grif » », 'the "Gran Grif" group')."""
    words = getattr(m.actors, "NAMED_GROUP_WORDS", None)
    if not words or nlp_mod.in_capitals(doc):
        return found
    quoted_words = getattr(m.actors, "QUOTED_NAME_GROUP_WORDS", {})
    preps = lexicon_words("actors", m.lang, "NAMED_GROUP_PREPS")
    marks = {o for o, _ in m.quotes} | {c for _, c in m.quotes}  # (the name in quotes: the gang « Gran Grif »)
    out = list(found)
    for t in doc:
        word = words.get(t.lower_)
        only_quoted = word is None
        if only_quoted:
            word = quoted_words.get(t.lower_)
            if word is None:
                continue
        quoted = t.i > 1 and doc[t.i - 1].text in marks
        last = t.i - quoted  # the name ends before it
        i = last
        while i > 0 and i - last > -NAME_MAX_TOKENS and _name_word(doc[i - 1]) and doc[i - 1].lower_ not in m.demonyms:
            i -= 1
        if quoted and not (i < last and i > 0 and doc[i - 1].text in marks):
            i = last = t.i  # a quote mark that opens no name before the word
        start, end = i - (last < t.i), t.i + 1
        if i == last:  # after it
            j = t.i + 1
            via_prep = j < len(doc) and doc[j].lower_ in preps
            j += via_prep
            # (an adjective of the word before a quoted name: « le groupe armé « Gran Grif » »)
            j += not via_prep and j + 1 < len(doc) and doc[j].pos_ == "ADJ" and doc[j + 1].text in marks
            opened = j < len(doc) and doc[j].text in marks
            j += opened
            j += opened and j < len(doc) and _inner_blank(doc[j])  # (« Gran Grif », its marks' no-break spaces)
            k = j
            while k < len(doc) and k - j < NAME_MAX_TOKENS and _name_word(doc[k]):
                k += 1
            if k == j or (via_prep and any(x.ent_type_ in ("GPE", "LOC") for x in doc[j:k])):
                continue
            close = k + (opened and k + 1 < len(doc) and _inner_blank(doc[k]) and doc[k + 1].text in marks)
            closed = opened and close < len(doc) and doc[close].text in marks
            if only_quoted and not closed:
                continue  # (« le groupe Total »: a group word that names only a name in quotes)
            start, end, name = t.i, close + closed, doc[j:k].text
        else:
            if only_quoted and not quoted:
                continue
            name = doc[i:last].text
        if any(not a.generic and a.tok_start < end and start < a.tok_end and not (a.tok_start <= t.i < a.tok_end)
               for a in out):
            continue  # a name a lexicon knows ("Viv Ansanm gang members"): that group
        span = doc[start:end]
        out = [a for a in out if not (a.tok_start < end and start < a.tok_end)]
        out.append(ActorMention(span.start_char, span.end_char, span.text, f"{name} {word}", "militia", start, end))
    return sorted(out, key=lambda a: a.tok_start)


def _inner_blank(tok) -> bool:
    """A blank token inside a quote's marks (the no-break space of « Gran Grif »), no line break."""
    return tok.is_space and "\n" not in tok.text


MEMBERS_GAP = 3  # "members of a rival gang", « membres d'un autre gang »: words between the members and the group


def _group_members(doc: Doc, m: LanguageMatchers, found: list[ActorMention]) -> list[ActorMention]:
    """The members of an unnamed gang or militia ("gang members", "members of a rival gang", « des membres
    d'un gang », « des membres de gangs rivaux »; ``actors_<lang>.MEMBER_WORDS``, ``ARMED_GROUP_NOUNS``,
    ``MEMBERSHIP_PREPS``) are an unnamed non-state armed side, from the members to the group's noun (and
    the "rival" after it). Their former members (``FORMER_WORDS``: "former gang members", « d'anciens membres
    de gangs ») are none, and a group with a name of its own stays that group ("members of the Kraze Baryè
    gang": :func:`_named_group_words`, the members' words joined to its mention)."""
    members = frozenset(getattr(m.actors, "MEMBER_WORDS", ()))
    nouns = frozenset(getattr(m.actors, "ARMED_GROUP_NOUNS", ()))
    preps = frozenset(getattr(m.actors, "MEMBERSHIP_PREPS", ()))
    former = frozenset(getattr(m.actors, "FORMER_WORDS", ()))
    others = frozenset(getattr(m.actors, "OTHER_GROUP_WORDS", ()))
    if not members or not nouns:
        return found
    out = list(found)
    for t in doc:
        if t.lower_ not in members:
            continue
        sent = t.sent
        if any(doc[k].lower_ in former or doc[k].lower_.rstrip("-") in former
               for k in range(max(sent.start, t.i - 2), t.i)):
            continue  # "former gang members": people who left the group
        start, end = t.i, t.i + 1
        if t.i - 1 >= sent.start and doc[t.i - 1].lower_ in nouns:
            start = t.i - 1  # "gang members"
            if start - 1 >= sent.start and doc[start - 1].lower_ in former:
                continue
        elif t.i + 1 < sent.end and doc[t.i + 1].lower_ in preps:
            k = next((k for k in range(t.i + 2, min(sent.end, t.i + 2 + MEMBERS_GAP)) if doc[k].lower_ in nouns), None)
            if k is None or any(doc[j].is_punct for j in range(t.i + 1, k)):
                continue
            end = k + 1
            while end < sent.end and doc[end].lower_ in others:
                end += 1  # « des membres de gangs rivaux »
        else:
            continue
        named = [a for a in out if not a.generic and a.tok_start < end + 1 and t.i <= a.tok_end
                 and a.tok_start >= start]
        if named:
            # "members of the Kraze Baryè gang", « des membres du gang Kraze Baryè »: that group, the members'
            # words joined to its mention (the parse may make the members, or a word of the name, the subject)
            a = min(named, key=lambda a: a.tok_start)
            if start < a.tok_start and not any(b is not a and start <= b.tok_start < a.tok_start for b in out):
                span = doc[start:a.tok_end]
                out[out.index(a)] = ActorMention(span.start_char, span.end_char, span.text, a.name, a.kind,
                                                 start, a.tok_end)
            continue
        if any(a.tok_start < end and start < a.tok_end for a in out):
            inside = [a for a in out if a.tok_start < end and start < a.tok_end]
            if not all(a.generic for a in inside):
                continue
            out = [a for a in out if a not in inside]  # "members of a militia": one mention, the members'
        span = doc[start:end]
        out.append(ActorMention(span.start_char, span.end_char, span.text, UNIDENTIFIED, "unidentified", start, end,
                                generic=True))
    return sorted(out, key=lambda a: a.tok_start)


def _norm_quotes(text: str) -> str:
    return text.lower().replace("\u2019", "'")


def has_phrase(text: str, phrases: frozenset[str]) -> bool:
    """One of ``phrases`` in ``text`` (lower case, typographic apostrophes as plain), as whole words."""
    return bool(phrases) and phrase_found(phrases, _norm_quotes(text))


def phrase_found(phrases: frozenset[str], text: str) -> bool:
    """One of ``phrases`` in ``text`` as whole words (:func:`phrase_pattern`). The pattern tries each phrase at
    each character: a text that holds none of them even inside a word is ruled out first, one quick search of
    each phrase."""
    return any(p in text for p in phrases) and phrase_pattern(phrases).search(text) is not None


@lru_cache(maxsize=64)
def phrase_pattern(phrases: frozenset[str]) -> re.Pattern:
    """One compiled pattern that finds any of ``phrases`` as whole words (built once per word list)."""
    return re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in sorted(phrases, key=len, reverse=True)))


def act_not_claimed(doc: Doc | Span, m: LanguageMatchers, text: str | None = None) -> bool:
    """The story says the act was not claimed ("The attack was not claimed", "no group has claimed
    responsibility", « l'attaque n'a pas été revendiquée »; ``actors_<lang>.NOT_CLAIMED_PHRASES``): its
    unnamed doers are not the group the story happens to name. ``doc`` may be one sentence (a Span).
    ``text``: ``doc.text`` when the caller has it (spaCy builds it anew from the tokens at each access)."""
    phrases = lexicon_words("actors", m.lang, "NOT_CLAIMED_PHRASES")
    return bool(phrases) and has_phrase(doc.text if text is None else text, phrases)


def _suspected_only(a: ActorMention, doc: Doc, words: frozenset[str]) -> bool:
    """The group mention ``a`` is what someone suspects or believes ("Security sources suspect JNIM
    fighters", "JNIM is believed to be behind", « le JNIM est soupçonné », « les assaillants seraient des
    combattants du JNIM »): a word of ``words`` (``actors_<lang>.SUSPICION_WORDS``) is the head of its noun
    phrase's clause or one above, or an auxiliary, copula or adverb of one."""
    root = doc[a.tok_start:a.tok_end].root
    for anc in root.ancestors:
        toks = [anc, *(c for c in anc.children if c.dep_.split(":")[0] in ("aux", "cop", "advmod"))]
        if any(t.lower_ in words or t.lemma_.lower() in words for t in toks):
            return True
    return False


def _present_only(a: ActorMention, doc: Doc, m: LanguageMatchers, phrases: frozenset[str]) -> bool:
    """The group mention ``a`` sits in a sentence that says where the group is ("the zone is JNIM's
    theatre of operations", "JNIM militants are known to operate in the area", « un bastion de l'État
    islamique », ``actors_<lang>.PRESENCE_PHRASES``) and is not the doer of an act of its own there
    (:func:`_doer_of_act`): the group is only said to be around."""
    sent = doc[a.tok_start].sent
    if not has_phrase(sent.text, phrases):
        return False
    acts = lexicon_words("actors", m.lang, "GROUP_ACT_VERBS")
    members = lexicon_words("actors", m.lang, "MEMBER_WORDS")
    preps = lexicon_words("actors", m.lang, "MEMBERSHIP_PREPS")
    root = doc[a.tok_start:a.tok_end].root
    chain = [root, *root.ancestors][:3]
    # (nor the subject of a verb done to something: "JNIM fighters attacked the army's stronghold")
    return not any(_doer_of_act(t, acts) or _members_doing(t, acts, members, preps) or (
        t.dep_ == "nsubj" and t.head.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") for c in t.head.children))
        for t in chain)


def _owns_act(a: ActorMention, doc: Doc, m: LanguageMatchers) -> bool:
    """The group mention ``a`` is the subject (or the agent) of a verb of owning an act, not negated ("JNIM
    claimed the attack", « l'attaque a été revendiquée par le JNIM »; claims_<lang>.OWNING_VERBS)."""
    verbs = m.owning_verbs or m.acknowledge
    root = doc[a.tok_start:a.tok_end].root
    for anc in list(root.ancestors)[:3]:
        if anc.pos_ in ("VERB", "AUX"):
            # (its own verb, the first above it: "No group has claimed the attack, but JNIM is active in the area"
            # hangs « is » on « claimed »)
            return anc.lemma_.lower() in verbs and not any(c.lower_ in m.negations for c in anc.children)
    return False


def _denies_act(a: ActorMention, doc: Doc, m: LanguageMatchers) -> bool:
    """The group mention ``a`` is the subject of a verb of denial ("JNIM denied it had carried out the
    attack", « le JNIM a nié avoir mené l'attaque »; the verbs claims_<lang>.REPORTING_VERBS reads as
    "denied"): the group says it did not do it, and the story lays it at nobody's door."""
    root = doc[a.tok_start:a.tok_end].root
    return root.dep_.startswith("nsubj") and m.reporting.get(root.head.lemma_.lower()) == "denied"


def doer_candidates(actors: list[ActorMention], doc: Doc, m: LanguageMatchers,
                    text: str | None = None) -> set[str] | None:
    """The names of the named groups the story could lay its unnamed doers at (:func:`resolve_generic`):
    when it says the act was not claimed (:func:`act_not_claimed`), only those it says did claim one
    (:func:`_owns_act`: the story tells of another act too); else those with at least one
    mention that is neither only suspected (:func:`_suspected_only`) nor only said to be present in the
    zone (:func:`_present_only`). ``None``: every named group (no lexicon for the language)."""
    suspicion = lexicon_words("actors", m.lang, "SUSPICION_WORDS")
    presence = lexicon_words("actors", m.lang, "PRESENCE_PHRASES")
    if not suspicion and not presence and not getattr(m.actors, "NOT_CLAIMED_PHRASES", ()):
        return None
    if act_not_claimed(doc, m, text):
        # (an act the story says a group did claim is that group's: "the GSIM claimed the ambush ... the
        # explosion was not claimed")
        return {a.name for a in actors if a.kind in ("rebel", "militia") and not a.generic and _owns_act(a, doc, m)}
    return {a.name for a in actors if a.kind in ("rebel", "militia") and not a.generic
            and not _suspected_only(a, doc, suspicion) and not _present_only(a, doc, m, presence)
            and not _denies_act(a, doc, m)}


def resolve_generic(actors: list[ActorMention], unidentified: frozenset[str] = frozenset(),
                    paramilitary: frozenset[str] = frozenset(), doc=None, m: LanguageMatchers | None = None,
                    text: str | None = None, dates: list[tuple[int, object, object]] = ()) -> None:
    """Unnamed armed groups ("les djihadistes") become the document's single named non-state armed
    group when there is exactly one; otherwise they stay "unidentified armed group". Those the text
    says are unknown ("UNIDENTIFIED INDIVIDUALS", « des inconnus armés »: a word of ``unidentified``,
    actors_<lang>.UNIDENTIFIED_WORDS) stay unidentified: the story names a group elsewhere (one it
    calls on, one of a past act) without laying this act at its door. With the parsed ``doc``, the
    words right before the mention count too ("UNIDENTIFIED TERRORISTS" where the mention is
    "TERRORISTS"). A death squad or a paramilitary group (a word of ``paramilitary``,
    actors_<lang>.PARAMILITARY_WORDS) is no guerrilla: it becomes only the story's single named
    militia ("A DEATH SQUAD MURDERED FOUR FORMER MEMBERS OF THE M-19": the guerrilla group named is
    its victims, not the death squad). With the language's matchers ``m``, only the groups of
    :func:`doer_candidates` count: not one the story says the act was not claimed by, only suspects, or
    only places in the zone ("the zone is JNIM's theatre of operations"). Nor one the story names only as the doer of
    an earlier act (:func:`_doer_of_an_earlier_act_only`; ``dates``: each date expression's first character, first and
    last day)."""

    def has(text: str, words: frozenset[str]) -> bool:
        low = text.lower()
        return bool(set(low.split()) & words) or any(w in low for w in words if " " in w)

    # (a militia that fights beside the state, actors_<lang>.PRO_GOVERNMENT_MILITIAS, is never who "the terrorists"
    # or "the jihadists" are: « Les terroristes ont tendu une embuscade au convoi », told by a member of the VDP)
    allied = lexicon_words("actors", m.lang, "PRO_GOVERNMENT_MILITIAS") if m is not None else frozenset()
    named = all_named = {a.name for a in actors if a.kind in ("rebel", "militia") and not a.generic
                         and a.name not in allied}
    militias = all_militias = {a.name for a in actors if a.kind == "militia" and not a.generic and a.name not in allied}
    if doc is not None and m is not None:
        candidates = doer_candidates(actors, doc, m, text)
        if candidates is not None and len(named) == 1:
            named, militias = named & candidates, militias & candidates
    # the one group the story names, named only as accused or suspected of an act (« L'armée a accusé les
    # rebelles du M23 d'avoir tiré les obus »): its kind's plain definite plural in an act told as fact (« des
    # combats avaient opposé les rebelles à l'armée ») is that group, with the naming mention as evidence
    accused = _only_accused(actors, all_named, doc, m) if doc is not None and m is not None else None
    for a in actors:
        if not a.generic:
            continue
        text = a.text
        own = set()
        if doc is not None:
            root = doc[a.tok_start:a.tok_end].root
            # and the words that qualify it after ("des hommes armés non identifiés")
            after = [t.text for t in doc[a.tok_end:root.right_edge.i + 1][:UNIDENTIFIED_AFTER]]
            text = " ".join([*(t.text for t in doc[root.left_edge.i:a.tok_start]), text, *after])
            # the group named in the mention's own noun phrase ("ACCUSED FMLN TERRORISTS OF BURNING ...",
            # « des rebelles soupçonnés d'appartenir à l'ELN », "the attackers, probably members of the
            # MRTA"): the mention is that group, hedged or not (the hedge is the incident's claim)
            # (or in an aside between the subject and its verb, whatever the parse hung it on)
            # (only the groups named there count: « des rebelles des Forces démocratiques alliées (ADF) » is the
            # ADF even in a story that names the Islamic State the ADF pledged allegiance to)
            own = {b.name for b in actors if not b.generic and b.name in all_named and (
                root.is_ancestor(doc[b.tok_start:b.tok_end].root)
                or root.dep_.startswith("nsubj") and a.tok_end <= b.tok_start and b.tok_end <= root.head.i)}
            # a named force right before the word or in its "of" phrase is who the word is ("Wagner fighters",
            # "Africa Corps fighters", "fighters of the Africa Corps"): a foreign or state force is no group
            # the story could lay unnamed doers at, but its own fighters are that force, never another group
            # (before any group of the phrase's conjuncts: "fighting between Wagner fighters and CPC rebels")
            force = next((b for b in actors if not b.generic and b.kind in STATE_SIDE_KINDS and (
                b.tok_end == a.tok_start and doc[b.tok_start:b.tok_end].root.head.i == root.i
                or _of_phrase_of(doc, b, root, m))), None)
            if force is not None:
                a.name, a.kind = force.name, force.kind
                continue
        if has(text, unidentified) and doc is not None and m is not None and len(named) == 1 \
                and _identified_later(a, next(iter(named)), actors, doc, m):
            # "Unidentified gunmen killed four traders ... Police later said the attackers were 3R fighters": unknown
            # when they struck, named since
            a.name, a.kind = next((b.name, b.kind) for b in actors if b.name in named)
            continue
        if has(text, unidentified) or (doc is not None and m is not None and not own
                                       and names_another_group(doc[root.left_edge.i:root.right_edge.i + 1], m)):
            continue  # "gunmen from another gang": not the group the story names
        pool = (own & all_militias if own else militias) if has(a.text, paramilitary) else (own or named)
        if len(pool) == 1 and not own and doc is not None and m is not None \
                and _doer_of_an_earlier_act_only(next(iter(pool)), a, actors, doc, m, dates):
            continue  # "Gunmen looted the market ... Last week, UPC fighters had abducted three traders"
        if len(pool) == 1 and not own and doc is not None and m is not None \
                and _new_unnamed_doers(a, next(iter(pool)), actors, doc, m):
            continue  # "RSF fighters shelled El Obeid ... Separately, gunmen stormed a clinic"
        if len(pool) == 1:
            (name,) = pool
            a.name, a.kind = name, next(b.kind for b in actors if b.name == name)
            if accused is not None and name == accused.name and not own:
                a.named_by = (accused.start, accused.end)
        elif not pool and accused is not None and not has(a.text, paramilitary) and _plain_kind_mention(a, doc, m) \
                and not _suspected_only(a, doc, lexicon_words("actors", m.lang, "SUSPICION_WORDS")) \
                and not _accused_mention(a, doc, m):
            a.name, a.kind, a.named_by = accused.name, accused.kind, (accused.start, accused.end)


def _of_phrase_of(doc: Doc, b: ActorMention, root, m: LanguageMatchers | None) -> bool:
    """``b`` is the "of" complement of the noun ``root`` ("fighters of the Africa Corps", « combattants d'Africa
    Corps »), whatever way the parse hangs it (through the preposition, or straight on the noun)."""
    preps = lexicon_words("actors", m.lang, "MEMBERSHIP_PREPS") if m is not None else frozenset()
    if not root.i < b.tok_start <= root.i + 3 or not any(t.lower_ in preps for t in doc[root.i + 1:b.tok_start]):
        return False
    return any(t.head.i == root.i or t.head.head.i == root.i and t.head.lower_ in preps
               for t in doc[b.tok_start:b.tok_end])


def _new_unnamed_doers(a: ActorMention, name: str, actors: list[ActorMention], doc: Doc, m: LanguageMatchers) -> bool:
    """The unnamed mention ``a`` brings in doers of its own: no word before its noun refers back to doers already told
    (none of ``actors_<lang>.ANAPHORIC_DETERMINERS``: "gunmen", "five gunmen", « des hommes armés », not "the gunmen",
    « ces hommes armés »), its noun is no plain kind of armed group (``GROUP_KIND_NOUNS``: "rebels" in a story of the
    M23 rebels) nor a word on an act's noun ("terrorist attacks"), and neither its sentence nor the next names the
    group ``name`` (« des combattants du JNIM ont attaqué le poste, puis des hommes armés ont incendié le marché »;
    "... The militants, who belong to JNIM, fled": the next sentence tells who they were), and the story does not tell
    the group doing a run of acts of its time. The story does not tie them to its one named group: they stay an
    unidentified armed group (:func:`resolve_generic`)."""
    anaphoric = lexicon_words("actors", m.lang, "ANAPHORIC_DETERMINERS")
    if not anaphoric:
        return False
    root = doc[a.tok_start:a.tok_end].root
    if root.lower_ in lexicon_words("actors", m.lang, "GROUP_KIND_NOUNS"):
        return False
    if root.dep_.split(":")[0] in ("amod", "compound") and root.head.i > root.i:
        return False  # ("the terrorist attacks of 1988": a word on the act's noun, no doers brought in)
    before = [t for t in doc[root.left_edge.i:a.tok_start]] + [
        c for c in root.children if c.dep_.startswith(("det", "poss")) and c.i < root.i]
    if a.tok_start > 0 and doc[a.tok_start - 1].sent.start == doc[a.tok_start].sent.start:
        before.append(doc[a.tok_start - 1])
    if any(t.lower_ in anaphoric for t in before):
        return False
    sent = doc[a.tok_start].sent
    # (the group named in their sentence or in the next, which tells who they were: "Gunmen killed two herders. The
    # militants, who belong to JNIM, fled", "Armed men stormed a police station ... The attackers were JNIM fighters",
    # "UPC fighters also burned two shops in the town")
    nxt = doc[sent.end].sent if sent.end < len(doc) else sent
    if any(b.name == name and not b.generic and sent.start <= b.tok_start < sent.end for b in actors):
        return False
    # (in the next, only a mention that ties them: see _ties_unnamed_doers; "The army has been fighting JNIM in the
    # area" ties no one)
    if nxt.start != sent.start and any(b.name == name and not b.generic and nxt.start <= b.tok_start < nxt.end
                                       and _ties_unnamed_doers(b, actors, doc, m) for b in actors):
        return False
    # (the story tells the group as doing a run of acts of its time, its unnamed doers' among them: "FMLN TERRORIST
    # GROUPS HAVE CONTINUED THEIR ATTACKS AGAINST CIVILIANS", « le JNIM multiplie les attaques »: the group the active
    # subject of a verb whose object is a plural of ``actors_<lang>.SERIES_ACT_NOUNS``, not in the past perfect)
    series = lexicon_words("actors", m.lang, "SERIES_ACT_NOUNS")
    for b in actors:
        verb = _doer_verb(b, doc) if b.name == name and not b.generic else None
        if verb is not None and not past_perfect(verb) and any(
                c.dep_ in ("dobj", "obj") and c.lower_ in series for c in verb.children):
            return False
    return True


DOER_PHRASE_DEPS = ("nmod", "pobj", "prep", "compound", "appos", "flat", "flat:name", "amod", "case")


IDENTIFIED_WITHIN = 2  # sentences after the unidentified doers' where a sentence may name them


def _identified_later(a: ActorMention, name: str, actors: list[ActorMention], doc: Doc, m: LanguageMatchers) -> bool:
    """A sentence shortly after the unidentified doers' ``a`` says who doers it names again were: the group ``name``
    is the predicate of a copula whose subject is an unnamed armed mention ("the attackers were 3R fighters", « les
    assaillants étaient des combattants des 3R ») or the complement of a verb of belonging
    (``actors_<lang>.BELONGING_VERBS``) with one for subject ("the gunmen belonged to the 3R")."""
    copulas = m.copulas
    belonging = lexicon_words("actors", m.lang, "BELONGING_VERBS")
    first = doc[a.tok_start].sent
    sents = [sp for sp in doc.sents if sp.start >= first.end][:IDENTIFIED_WITHIN]
    unnamed = {doc[x.tok_start:x.tok_end].root.i for x in actors if x.generic and x is not a}
    for b in actors:
        if b.name != name or b.generic or not any(sp.start <= b.tok_start < sp.end for sp in sents):
            continue
        tok = doc[b.tok_start:b.tok_end].root
        for _ in range(5):
            subject = any(c.dep_.startswith("nsubj") and c.i in unnamed for c in tok.children) and not any(
                c.lower_ in m.negations for c in tok.children)  # (not "the attackers were not UPC fighters")
            if subject and (any(c.dep_ == "cop" for c in tok.children)
                            or tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in copulas | belonging):
                return True
            if tok.head.i == tok.i or tok.dep_.split(":")[0] not in ("attr", "obl", "prep", "pobj", "nmod", "compound"):
                break
            tok = tok.head
    return False


def _ties_unnamed_doers(b: ActorMention, actors: list[ActorMention], doc: Doc, m: LanguageMatchers) -> bool:
    """The group's mention ``b``, in the sentence after unnamed doers', tells who they were or lays their act at the
    group's door: it is said of unnamed doers named again there, in their phrase or as what their clause says they
    are ("The militants, who belong to JNIM", « Ces combattants du JNIM », "The attackers were JNIM fighters"); the
    group is the doer of that sentence's main or reported clause ("JNIM claimed the killings", "JNIM fighters opened
    fire on the trucks", "officials said JNIM was behind the killings", "was claimed by JNIM"); or it is whom a verb
    of accusing or attributing lays the act on ("Residents blamed JNIM", « ont accusé le JNIM », "blamed on JNIM").
    A mention of the group in any other role ("The army has been fighting JNIM in the area", "feared JNIM would
    return") ties no one."""
    unnamed = {doc[x.tok_start:x.tok_end].root.i for x in actors if x.generic}
    root = doc[b.tok_start:b.tok_end].root
    laying = m.accusation_verbs | m.blame_predicates
    tok = root
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.i in unnamed or any(c.dep_.startswith("nsubj") and c.i in unnamed for c in tok.children
                                   if tok.pos_ in ("VERB", "AUX") or any(k.dep_ == "cop" for k in tok.children)):
            return True
        if tok.pos_ in ("VERB", "AUX") and (tok.lemma_.lower() in laying or tok.lower_ in laying):
            return True
        if tok.pos_ == "VERB" and tok.dep_.split(":")[0] not in ("relcl", "acl"):
            break  # (a relative clause's verb tells of the noun it hangs on: "The militants, who belong to JNIM")
    verb = _doer_verb(b, doc)
    if verb is None:
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" or verb.head.i == verb.i or verb.dep_.split(":")[0] in ("ccomp", "parataxis") and (
        m.is_reporting(verb.head) and (verb.head.dep_ == "ROOT" or verb.head.head.i == verb.head.i))


def _doer_verb(a: ActorMention, doc: Doc):
    """The verb the mention ``a`` is the active subject of, itself or the group of the subject noun (« des éléments
    de l'UPC avaient enlevé », "UPC fighters had abducted"); None when it is none."""
    tok = doc[a.tok_start:a.tok_end].root
    for _ in range(4):
        if tok.dep_ in ("nsubj", "agent", "obl:agent") and tok.head.pos_ in ("VERB", "AUX"):
            return tok.head
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.pos_ == "VERB":
            return tok.head.head
        if tok.dep_ not in DOER_PHRASE_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _told_in_past_perfect(verb, m: LanguageMatchers) -> bool:
    """``verb`` (or the verb it is a conjunct of) has a perfect auxiliary in a past tense ("had abducted", « avaient
    enlevé »: ``events_<lang>.PERFECT_AUXILIARIES`` in ``PAST_PERFECT_TENSES``): an act told as before the time of the
    story. Under a reporting verb the tense may be its backshift only ("police said the rebels had carried out the
    attack"): there, only a violent act done to people or things no determiner gives as known ("a source said UPC
    fighters had abducted three traders": ``GROUP_ACT_VERBS`` with an object of its own) tells another act."""
    if not lexicon_words("events", m.lang, "PERFECT_AUXILIARIES"):
        return False
    if any(g.pos_ in ("VERB", "AUX") and m.is_reporting(g) for g in verb.ancestors):
        articles = lexicon_words("claims", m.lang, "DEFINITE_ARTICLES")
        if not _act_with_object(verb, lexicon_words("actors", m.lang, "GROUP_ACT_VERBS")) or any(
                d.dep_ == "det" and d.lower_ in articles for c in verb.children if c.dep_ in ("dobj", "obj")
                for d in c.children):
            return False
    while verb is not None:
        if past_perfect(verb):
            return True
        verb = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i != verb.i else None
    return False


def past_perfect(verb) -> bool:
    """``verb`` has a perfect auxiliary in a past tense ("had killed", "had been abducted", "avait
    tué", "avaient été enlevés"): an auxiliary before it that :func:`past_perfect_auxiliary` accepts."""
    return any(c.dep_.startswith("aux") and c.i < verb.i and past_perfect_auxiliary(c) for c in verb.children)


def past_perfect_auxiliary(aux) -> bool:
    """``aux`` is an auxiliary of the perfect in a past tense ("had", « avaient », « s'était »): its lemma is one of
    the language's ``events_<lang>.PERFECT_AUXILIARIES`` and one of its morphological tenses one of
    ``PAST_PERFECT_TENSES``. The one reading of the past perfect's auxiliary (:func:`past_perfect`,
    ``incidents._pluperfect``, ``incidents._told_in_past_perfect``)."""
    lang = aux.doc.lang_
    return (aux.lemma_.lower() in lexicon_words("events", lang, "PERFECT_AUXILIARIES")
            and any(tn in lexicon_words("events", lang, "PAST_PERFECT_TENSES") for tn in aux.morph.get("Tense")))


def _doer_of_an_earlier_act_only(name: str, a: ActorMention, actors: list[ActorMention], doc: Doc,
                                 m: LanguageMatchers, dates: list[tuple[int, object, object]] = ()) -> bool:
    """Every mention of the group ``name`` is the doer of another act, told in a sentence other than that of the
    unnamed mention ``a`` as earlier than ``a``'s: in the past perfect where ``a``'s act is not (« Une vingtaine
    d'hommes armés ont pillé le marché ... La semaine dernière, des éléments de l'UPC avaient enlevé trois
    commerçants »), or dated by its sentence to days all before those ``a``'s sentence is dated to ("Gunmen looted the
    market on Thursday night ... Last week, UPC fighters abducted three traders"; ``dates``: each date expression's
    first character, first and last day). The story names the group for an earlier act, not for this one, and the
    unnamed doers are none it names (:func:`resolve_generic`)."""
    mentions = [b for b in actors if b.name == name and not b.generic]
    sent = doc[a.tok_start].sent
    own = _doer_verb(a, doc) or doc[a.tok_start:a.tok_end].root.head
    if not mentions:
        return False
    if _told_in_past_perfect(own, m):
        return False  # the unnamed doers' act is the earlier one ("On Friday, the militants had ambushed a convoy")
    own_days = [(lo, hi) for at, lo, hi in dates if sent.start_char <= at < sent.end_char]
    for b in mentions:
        if sent.start <= b.tok_start < sent.end:
            return False
        verb = _doer_verb(b, doc)
        if verb is None:
            return False
        if _told_in_past_perfect(verb, m):
            continue
        bs = doc[b.tok_start].sent
        days = [hi for at, lo, hi in dates if bs.start_char <= at < bs.end_char]
        if not (own_days and days and max(days) < min(lo for lo, _ in own_days)):
            return False
    return True


def _accused_mention(a: ActorMention, doc: Doc, m: LanguageMatchers) -> bool:
    """The group mention ``a`` is, or is part of, the object of a reporting verb ("The army accused M23 rebels
    of firing the shells", « L'armée a accusé les rebelles du M23 »): the group someone accuses."""
    tok = doc[a.tok_start:a.tok_end].root
    for _ in range(3):
        if tok.dep_ in ("dobj", "obj") and m.reporting_entry(tok.head) is not None:
            return True
        if tok.dep_.split(":")[0] not in ("compound", "nmod", "amod", "appos", "flat", "pobj", "prep"):
            return False
        tok = tok.head
    return False


def _only_accused(actors: list[ActorMention], named: set[str], doc: Doc, m: LanguageMatchers) -> ActorMention | None:
    """The first mention of the story's one named non-state group when every mention of it is only accused or
    suspected of an act (:func:`_accused_mention`, :func:`_suspected_only`); None otherwise."""
    if len(named) != 1:
        return None
    (name,) = named
    mentions = [a for a in actors if a.name == name and not a.generic]
    suspicion = lexicon_words("actors", m.lang, "SUSPICION_WORDS")
    if mentions and all(_accused_mention(a, doc, m) or _suspected_only(a, doc, suspicion) for a in mentions):
        return mentions[0]
    return None


def _plain_kind_mention(a: ActorMention, doc: Doc, m: LanguageMatchers) -> bool:
    """The unnamed mention is a definite plural of a kind of armed group ("the rebels", « les jihadistes »,
    "the militiamen"; ``actors_<lang>.GROUP_KIND_NOUNS`` after ``claims_<lang>.DEFINITE_ARTICLES``)."""
    kinds = lexicon_words("actors", m.lang, "GROUP_KIND_NOUNS")
    articles = lexicon_words("claims", m.lang, "DEFINITE_ARTICLES")
    root = doc[a.tok_start:a.tok_end].root
    if root.lower_ not in kinds:
        return False
    first = doc[root.left_edge.i] if root.left_edge.i < a.tok_start else (
        doc[a.tok_start - 1] if a.tok_start > 0 else None)
    return first is not None and first.lower_ in articles


def names_another_group(tokens, m: LanguageMatchers) -> bool:
    """The words name a group other than the one the story names: "another" or "rival" beside a group noun
    ("members of a rival gang", "gunmen from another gang", « des membres d'un autre gang », « un gang
    rival »; ``actors_<lang>.OTHER_GROUP_WORDS`` / ``OTHER_GROUP_NOUNS``)."""
    words = lexicon_words("actors", m.lang, "OTHER_GROUP_WORDS")
    nouns = lexicon_words("actors", m.lang, "OTHER_GROUP_NOUNS")
    toks = list(tokens)
    for k, t in enumerate(toks):
        if t.lower_ in words and any(u.lower_ in nouns for u in toks[max(k - 1, 0):k + 3] if u is not t):
            return True
    return False


def main_opponent(actors: list[ActorMention], side_of: ActorMention) -> ActorMention | None:
    """The most mentioned armed actor on the other side (state vs non-state) in the document."""
    state_side = side_of.kind not in NON_STATE
    pool = [a for a in actors if a.armed and (a.kind in NON_STATE) == state_side and a.name != side_of.name]
    if not pool:
        return None
    counts = Counter(a.name for a in pool)
    best = counts.most_common(1)[0][0]
    return next(a for a in pool if a.name == best)
