"""Reported speech: who says what, with which verb, how sure.

A claim is found at a reporting verb ("a déclaré", "said", "soupçonnent") or an attribution
("selon X", "according to X"). The speaker is the verb's subject (or inverted subject, or the
object of the attribution); pronouns and role-only phrases ("le porte-parole") are resolved to
an earlier named speaker. Certainty starts from the verb and is overridden by hedges in the
sentence ("probablement", "likely"), conditional mood ("aurait tué") and unverified sources
("selon des témoins").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, MORPH, ORTH
from spacy.tokens import Doc, Span, Token

from bilan.extract.actors import UNIDENTIFIED, ActorMention, has_phrase, phrase_pattern
from bilan.extract.matching import LanguageMatchers, apposed, hyphen_start, is_plural
from bilan.lexicons import LexiconMissing
from bilan.lexicons import load as load_lexicon
from bilan.lexicons import words as lexicon_words
from bilan.nlp import PERSON_LABELS

# strongest hedge wins
_RANK = {"asserted": 0, "alleged": 1, "probable": 2, "possible": 3, "denied": 4}
_SUBJ = ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj")


@dataclass
class ClaimMention:
    sent_start: int
    sent_end: int
    verb: str
    verb_start: int
    verb_end: int
    certainty: str
    speaker: str | None = None
    speaker_role: str | None = None
    organisation: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    contrast: bool = False
    pronoun: bool = False
    role_only: bool = False
    plural: bool = False
    definite: bool = False
    quoted: bool = False
    passive: bool = False
    person: bool = False  # the speaker is a person named ("Sani Bello"), not a body or a role
    same_source: bool = False  # "the same source", « la même source »: the speaker before
    unverified: bool = False  # the speaker is an unverified source (claims_<lang>.ALLEGED_SOURCES): alleged
    speaker_tokens: set[int] = field(default_factory=set)


_CLOSING = {")": "(", "]": "["}


def _names_before(head: Token, appos: Token) -> bool:
    """The noun phrase of ``head`` names a body, not a person, before its apposition ``appos``: a proper noun of it
    stands between its start and the apposition (« le groupe Etat islamique en Afrique de l'Ouest, ... »), and no
    person's name (a person's description, "Babakura Kolo, a leader of the militia", tells who a speaker told before
    as "a militia leader" is)."""
    doc = head.doc
    before = doc[head.left_edge.i:appos.left_edge.i]
    if any(t.text.isupper() and len(t.text) > 1 and t.is_alpha and 0 < t.i < len(doc) - 1
           and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")" for t in before):
        return True  # an acronym in brackets, which a body's name takes, no person's (« le Cadre stratégique
        # permanent (CSP) », whose words the tagger may call common nouns, or a person's name)
    return any(t.pos_ == "PROPN" for t in before) and not any(t.ent_type_ in PERSON_LABELS for t in before)


def _np_tokens(head: Token) -> list[Token]:
    """The noun phrase headed by ``head``, without relative clauses or trailing punctuation."""
    skip = {t.i for c in head.children if c.dep_ in ("acl:relcl", "relcl") for t in c.subtree}
    # (nor the preposition it is the object of: « selon un réseau de médecins qui a accusé l'armée », a relative
    # clause's antecedent, is « un réseau de médecins »)
    skip |= {c.i for c in head.children if c.dep_ == "case" and c.i < head.i}
    # (and one that ends it, on a noun inside it: "A spokesman for the local People's Defence Force (PDF), which
    # fights the junta")
    end = max((t.i for t in head.subtree if t.i not in skip and not t.is_punct and not t.is_space), default=head.i)
    skip |= {t.i for c in head.subtree if c.dep_ in ("acl:relcl", "relcl") and c.head.i != head.i
             and c.right_edge.i == end and not any(d.dep_ == "appos" for d in c.subtree) for t in c.subtree}
    # nor an apposition that describes it with a relative clause ("The Kivu Security Tracker, a project that maps
    # attacks in the region, said", « le Baromètre, un projet qui recense les attaques, a affirmé »); not a person's
    # name set after a role, whose relative clause goes on about them (« a précisé le gouverneur de la région, Amadou
    # Koné, qui a fait état de vingt blessés »: the governor named, who speaks; the relative clause is still left out)
    skip |= {t.i for c in head.children if apposed(c) and c.i > head.i
             and any(d.dep_ in ("acl:relcl", "relcl") for d in c.children)
             and not (c.pos_ == "PROPN" and c.ent_type_ in PERSON_LABELS) for t in c.subtree}
    # nor a description set after a name ("Islamic State West Africa Province, a Boko Haram splinter group, claimed",
    # « l'EIAO, une branche dissidente de Boko Haram, a revendiqué »): the speaker is the body's name; an apposition
    # that names a person stays ("the army's spokesman, Colonel X")
    skip |= {t.i for c in head.children if apposed(c) and c.i > head.i and c.pos_ == "NOUN"
             and _names_before(head, c) and not any(d.ent_type_ in PERSON_LABELS and not any(
                 k.dep_ == "det" for k in d.children) for d in c.subtree)
             for t in c.subtree}
    # nor such a description the parse reads as a conjunct (« Le Cadre stratégique permanent (CSP), une alliance de
    # groupes armés, a affirmé »): see :func:`_description_as_conjunct`
    skip |= {t.i for c in head.children if _description_as_conjunct(head, c) for t in c.subtree}
    toks = [t for t in head.subtree if t.i not in skip]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space) and not (
            toks[-1].text in _CLOSING and any(t.text == _CLOSING[toks[-1].text] for t in toks)):
        toks.pop()  # a bracket closed keeps its words: "THE ARMED FORCES PRESS COMMITTEE (COPREFA)"
    return toks


def _description_as_conjunct(head: Token, c: Token) -> bool:
    """``c``, a conjunct of ``head`` in the parse, is a description of the body ``head`` names, set off by commas: a
    common noun opened by an indefinite article right after a comma, with no conjunction joining it nor any other
    conjunct of ``head`` (no list: « le maire, un député et un chef » keeps them all), a comma right after it, naming no
    person nor a role, and ``head``'s phrase names a body before it (:func:`_names_before`)."""
    doc = head.doc
    if c.dep_ != "conj" or c.i < head.i or c.pos_ != "NOUN":
        return False
    art = next((t for t in c.subtree if not t.is_punct), c)  # (the parse may hang the comma before it on it)
    if art.i == 0:
        return False
    if doc[art.i - 1].text != "," or art.pos_ != "DET" or "Ind" not in art.morph.get("Definite"):
        return False
    if any(g.dep_ == "cc" for k in head.children if k.dep_ == "conj" for g in k.children):
        return False
    end = max(t.i for t in c.subtree if not t.is_punct) + 1
    if end >= len(doc) or doc[end].text != ",":
        return False
    if any(t.ent_type_ in PERSON_LABELS for t in c.subtree):
        return False
    roles = lexicon_words("claims", doc.lang_, "SPEAKER_ROLE_NOUNS")
    if c.lower_ in roles or c.lemma_.lower() in roles:
        return False
    return _names_before(head, c)


SPEAKER_NAME_WORDS = 6  # words a speaker's name may run on past the parse's subject
NAME_POS = ("PROPN", "NOUN", "ADP", "DET", "ADJ")  # the words of a name it may run on with


def _speaker_from(tokens: list[Token], doc: Doc, m: LanguageMatchers, actors: list[ActorMention], cm: ClaimMention,
                  ents: tuple[Span, ...]):
    """``ents``: ``doc.ents``, read once by the caller (spaCy builds the tuple at each access)."""
    if not tokens:
        return
    first = hyphen_start(doc, tokens[0].i)  # « l'état-major », which the tokenizer cuts at the hyphen: the whole word
    last = tokens[-1].i
    # a name the parse cut after its first word (« a indiqué Médecins sans frontières »: the subject is « Médecins »)
    # is the whole name the tagger read; a parenthesis the speaker opens closes in it (« la mission de l'ONU
    # (Minusca) »)
    while last + 1 < len(doc) and doc[last].ent_iob_ in ("B", "I") and doc[last + 1].ent_iob_ == "I" \
            and last - tokens[-1].i < SPEAKER_NAME_WORDS and doc[last + 1].pos_ in NAME_POS \
            and not doc[last + 1].idx <= cm.verb_start < doc[last + 1].idx + len(doc[last + 1]):
        last += 1  # (never over a verb: a tagger's entity may run over a whole sentence in capitals)
    if last + 1 < len(doc) and doc[last + 1].text == ")" and "(" in doc[first:last + 1].text \
            and doc[first:last + 1].text.count("(") > doc[first:last + 1].text.count(")"):
        last += 1
    maker = _report_maker(doc, first, last, m)
    if maker == first and _strip_det(doc[first : last + 1].text, m).lower() in lexicon_words(
            "quantities", m.lang, "EARLIER_TOLL"):
        # « Un précédent bilan faisait état de 14 morts », "An earlier toll put the dead at 14": a toll told as an
        # earlier one, with no maker, names no one (h-frstories)
        return
    first = maker
    # (not how they were reached: « a raconté un notable joint par téléphone », "a resident, contacted by phone,")
    contact = lexicon_words("claims", m.lang, "CONTACT_PARTICIPLES")
    cut = next((t.i for t in doc[first + 1 : last + 1] if t.lower_ in contact or _read_out(t, m)), None)
    # (nor where a statement was read out: "said the statement read on state television", « indique le communiqué lu à
    # la télévision publique »: the statement speaks, not the television)
    if cut is None:
        # (nor what they asked for to speak: « un responsable de la police sous couvert d'anonymat », "an official
        # who asked not to be named")
        cut = _speaker_terms_start(doc, first, last, m)
    if cut is not None:
        last = cut - 1
        while last > first and doc[last].is_punct:
            last -= 1
    span = doc[first : last + 1]
    cm.speaker_start, cm.speaker_end = span.start_char, span.end_char
    cm.speaker_tokens = {t.i for t in span}
    if len(span) <= 2 and span[-1].lower_.lstrip("-") in {p.lstrip("-") for p in m.pronouns}:
        cm.pronoun = True
        cm.speaker = span.text
        return
    said_before = _strip_det(span.text, m).lower()
    if said_before in m.same_source or (m.same_source_prefixes and said_before.startswith(m.same_source_prefixes)
                                        and len(span) <= 4):
        # « selon la même source », "the same source said": the speaker told before (_resolve_speakers)
        cm.pronoun = cm.same_source = True
        cm.speaker = span.text
        return
    if span.text.lower() in m.latter:
        # « le FPRC accuse le RPRC d'avoir attaqué ..., ce que ce dernier nie »: the group named last before it in
        # the sentence (the words stay those of « ce dernier »)
        latter = max((a for a in actors if cm.sent_start <= a.start and a.tok_end <= span.start and not a.generic
                      and a.armed), key=lambda a: a.tok_start, default=None)
        # (not when a name the actors do not know stands between: « le RPRC », unknown, is the latter then; a
        # place the tagger calls a thing is no one: « ... d'avoir attaqué Batangafo, ce que cette dernière dément »)
        if latter is not None and not any(doc[i].pos_ == "PROPN" and doc[i].ent_type_ not in _NO_PARTY_LABELS
                                          and not any(a.tok_start <= i < a.tok_end for a in actors)
                                          and not _place_as_thing(doc, i, ents, m.lang)
                                          for i in range(latter.tok_end, span.start)):
            cm.speaker, cm.organisation = latter.text, latter.name
            return
    persons = [e for e in ents if e.label_ in ("PER", "PERSON") and e.start >= span.start and e.end <= span.end]
    orgs = [a for a in actors if a.tok_start >= span.start and a.tok_end <= span.end and a.armed]
    # (an indefinite speaker's noun of a group, not named, is no organisation the story named: "Boko Haram fighters
    # killed ..., a militia leader and residents said", « a déclaré un chef de milice »)
    # (but a group word with a definite determiner of its own in the speaker's phrase is the group told before: "A
    # spokesman for the militia said", « Un porte-parole de la milice a affirmé »)
    anaphoric = lexicon_words("actors", m.lang, "ANAPHORIC_DETERMINERS")
    if "Ind" in span[0].morph.get("Definite"):
        orgs = [a for a in orgs if not a.generic or a.tok_start > span.start and doc[a.tok_start - 1].lower_ in anaphoric]
    if not orgs:
        orgs_ner = [e for e in ents if e.label_ == "ORG" and e.start >= span.start and e.end <= span.end]
        cm.organisation = orgs_ner[0].text if orgs_ner else None
    elif _one_of_several(orgs[0], actors, doc, anaphoric):
        # "The militia said ..." in a story that names two militias: one of them, which the words do not tell
        cm.organisation = None
    else:
        cm.organisation = orgs[0].name
    first = span[0]
    cm.definite = first.lower_ in m.definite_articles
    head = span.root
    cm.plural = is_plural(head)
    # (not a name a complement of the speaker's noun holds: « le Comité de résistance d'El Facher »)
    # (nor one with an article, which no person's name takes: "JNIM, al-Qaeda's branch in the Sahel", where the model
    # calls the region a person; nor one a preposition of a noun holds: "the branch in the Sahel")
    persons = [p for p in persons if not (p.root.dep_.split(":")[0] in ("nmod", "pobj") and p.root.head.i != p.root.i
                                          and span.start <= p.root.head.i < span.end and (
                                              p.root.head.pos_ == "NOUN" or p.root.head.pos_ == "ADP"
                                              and p.root.head.head.pos_ == "NOUN")
                                          and not p.start <= span.root.i < p.end)
               and not any(c.dep_ == "det" and c.pos_ == "DET" and c.i < p.start for c in p.root.children)
               and not _names_a_town_noun(p, m.lang) and not _owner_of_the_speaker(p, span)]
    if len(persons) > 1:
        # "Zamfara police spokesman Yazid Abubakar", where the model calls the state a person too: a name that only
        # qualifies the role noun is no one's name when another is there
        persons = [p for p in persons if not _qualifies_a_role(p, m)] or persons
    if persons:
        p = persons[0]
        cm.speaker = p.text
        cm.person = True
        # the role is what surrounds the name, one segment per comma: "chef militaire de la coalition, général"
        segments, cur = [], []
        for t in span:
            if p.start <= t.i < p.end or t.is_punct:
                if cur:
                    segments.append(cur)
                cur = []
                continue
            cur.append(t)
        if cur:
            segments.append(cur)
        parts = [_strip_det(doc[seg[0].i : seg[-1].i + 1].text, m) for seg in segments
                 if seg[0].pos_ not in ("ADP", "SCONJ", "VERB", "ADV", "AUX")]
        cm.speaker_role = ", ".join(x for x in parts if x) or None
    else:
        text = _strip_det(span.text, m)
        cm.speaker = text
        cm.role_only = any(t.lower_ in m.role_nouns or t.lemma_.lower() in m.role_nouns for t in span)
        if cm.role_only:
            cm.speaker_role = text


STATEMENT_COMPLEMENT_WORDS = 4  # words of a statement's complement before its read-out participle ("from the army")
BROADCAST_WORDS = 4  # words after a read-out participle that may name where it was read ("on state television")


def _read_out(t: Token, m: LanguageMatchers) -> bool:
    """``t`` is a participle of reading out or broadcasting (``claims_<lang>.READ_OUT_PARTICIPLES``) right after a
    statement's noun (``STATEMENT_NOUNS``): "the statement read on state television", « le communiqué lu à la télévision
    publique », where it was given out follows."""
    return _read_out_statement(t, m) is not None


def _read_out_statement(t: Token, m: LanguageMatchers) -> Token | None:
    """The statement's noun of a read-out participle ``t`` (:func:`_read_out`): right before it, or before its
    complement ("a statement from the army read on state television", « un communiqué de l'armée lu à la
    télévision »: every word between of the noun's phrase); None when ``t`` is no such participle."""
    if t.i == 0 or t.lower_ not in lexicon_words("claims", m.lang, "READ_OUT_PARTICIPLES"):
        return None
    nouns = lexicon_words("claims", m.lang, "STATEMENT_NOUNS")
    doc = t.doc
    statement = None
    for k in range(t.i - 1, max(t.sent.start, t.i - 1 - STATEMENT_COMPLEMENT_WORDS) - 1, -1):
        w = doc[k]
        if w.lower_ in nouns or w.lemma_.lower() in nouns:
            if all(w.is_ancestor(x) and not x.is_punct and x.pos_ not in ("VERB", "AUX") for x in doc[k + 1:t.i]):
                statement = w
            break
    if statement is None:
        return None
    # (where: a broadcaster's noun in the participle's phrase, before any comma or verb, "on state television", « par
    # la radio nationale »; "read by the army's spokesman", « diffusé par l'état-major » name who gave it out)
    media = lexicon_words("claims", m.lang, "BROADCAST_NOUNS")
    for w in t.doc[t.i + 1:min(t.i + 1 + BROADCAST_WORDS, t.sent.end)]:
        if w.is_punct or w.pos_ in ("VERB", "AUX"):
            return None
        if w.lower_ in media or w.lemma_.lower() in media:
            return statement
    return None


def _statement_read_out(rel: Token, m: LanguageMatchers) -> Token | None:
    """The statement a relative pronoun reads back to over where it was read out ("..., said the statement read on
    state television, which added that ...", « ..., indique le communiqué lu à la télévision publique, qui ajoute que
    ... »: the statement adds, not the television): the statement's noun when the words between the comma before
    ``rel`` and a read-out participle on it (:func:`_read_out`) are one phrase of no verb and no comma; None
    otherwise."""
    doc = rel.doc
    k = rel.i - 1
    if k - 1 < rel.sent.start or doc[k].text != ",":
        return None
    for t in reversed(doc[rel.sent.start:k]):
        if (statement := _read_out_statement(t, m)) is not None:
            return statement
        if t.is_punct or t.pos_ in ("VERB", "AUX") and t.lower_ not in lexicon_words(
                "claims", m.lang, "READ_OUT_PARTICIPLES"):
            return None
    return None


def _one_of_several(a: ActorMention, actors: list[ActorMention], doc: Doc, anaphoric: frozenset[str]) -> bool:
    """``a``, a group word no one group was found for (an unidentified armed group), said again by a definite
    determiner ("the militia", « la milice ») in a story that names two groups or more of its kind: one of them, no
    unidentified group ("Soldiers clashed with the Twirwaneho militia ... the Biloze Bishambuke militia attacked a
    village ... The militia said it had repelled the attack")."""
    if not a.generic or a.name != UNIDENTIFIED or a.tok_start == 0 or doc[a.tok_start - 1].lower_ not in anaphoric:
        return False
    return len({b.name for b in actors if not b.generic and b.kind in ("rebel", "militia")}) > 1


def _contrasted_after(sent: Span, contrasts, after: int, verb_start: int) -> bool:
    """A contrast word of the sentence (``claims_<lang>.CONTRAST``: "but", « mais ») stands between the character
    offsets ``after`` (an attribution's end) and ``verb_start`` (another claim's verb): that claim is a source's of its
    own, set against the attribution's."""
    doc = sent.doc
    return any(sent.start <= s and e <= sent.end and after < doc[s].idx < verb_start for _, s, e in contrasts)


def _said_as_a_habit(verb: Token, m: LanguageMatchers) -> bool:
    """A phrase of time on the verb sets it before the act, as a habit (``claims_<lang>.PAST_HABIT_PHRASES``: "has
    denied targeting civilians in the past", « a par le passé nié »): the words of the verb's clause, not those of a
    clause it reports with a subject of its own ("denied that the group had attacked it in the past")."""
    phrases = lexicon_words("claims", m.lang, "PAST_HABIT_PHRASES")
    if not phrases:
        return False
    # (and the phrase the French parse may hang the verb on: « a par le passé nié », « nié » a clause of « passé »)
    clause = verb.head if verb.dep_.split(":")[0] == "acl" and verb.head.i < verb.i else verb
    reported = {t.i for c in verb.children if c.dep_.split(":")[0] == "ccomp" for t in c.subtree}
    text = " ".join(t.text for t in clause.subtree if t.i not in reported).replace("\u2019", "'")
    text = text.replace(" '", "'").replace("' ", "'")
    return has_phrase(text, phrases)


def _speaker_terms_start(doc: Doc, first: int, last: int, m: LanguageMatchers) -> int | None:
    """The token after the speaker's first word where the terms it spoke on begin (``claims_<lang>.SPEAKER_TERMS``:
    « sous couvert d'anonymat », "who asked not to be named"), None when the words hold none."""
    terms = lexicon_words("claims", m.lang, "SPEAKER_TERMS")
    if not terms or last <= first:
        return None
    base = doc[first + 1].idx
    text = doc[first + 1:last + 1].text.lower().replace("\u2019", "'")
    found = phrase_pattern(terms).search(text)
    if found is None:
        return None
    return next((t.i for t in doc[first + 1:last + 1] if t.idx - base >= found.start()), None)


_NO_PARTY_LABELS = ("LOC", "GPE", "FAC", "DATE", "TIME")  # names of no one


def _names_a_town_noun(p: Span, lang: str) -> bool:
    """The name is the modifier of a town noun ("A resident of Lin Ta Lu village said", which the model calls a
    person: places_<lang>.TOWN_NOUNS): a place's name, no one's."""
    head = p.root.head
    return p.root.dep_ == "compound" and head.i >= p.end and head.pos_ == "NOUN" \
        and head.lower_ in lexicon_words("places", lang, "TOWN_NOUNS")


_THING_LABELS = ("MISC", "PRODUCT", "WORK_OF_ART")  # what the tagger calls a place it misreads as no one's name


def _place_as_thing(doc: Doc, i: int, ents: tuple[Span, ...], lang: str) -> bool:
    """The word at ``i`` is in a name the tagger calls a thing (:data:`_THING_LABELS`: « Batangafo » MISC, "Bozoum" a
    work of art) that the gazetteer knows as written: a place, no party (not a person's or an organisation's name,
    which may be one)."""
    if doc[i].ent_type_ not in _THING_LABELS:
        return False
    from bilan.gazetteer import Gazetteer

    ent = next((e for e in ents if e.start <= i < e.end), None)
    return ent is not None and Gazetteer.default().resolve_mention(ent.text, lang=lang, fuzzy=False) is not None


def _report_maker(doc: Doc, first: int, last: int, m: LanguageMatchers) -> int:
    """Where the speaker starts when the source is a toll or a report, which names no one, and its maker is told
    after it (« selon un bilan fourni lundi par un responsable humanitaire », « selon un rapport de la Minusca »,
    "according to a toll given by an aid official"): the word after the preposition that brings in the maker (by a
    participle on the report's noun, or on the noun itself). ``first`` when there is none."""
    root = doc[first : last + 1].root
    if root.lemma_.lower() not in m.report_nouns and root.lower_ not in m.report_nouns:
        return first
    # (not where it was given out, after a read-out participle: « un communiqué diffusé par la radio nationale » has no
    # maker, « un communiqué de l'armée lu à la télévision » the army)
    read_out = next((t.i for t in doc[root.i + 1 : last + 1] if (st := _read_out_statement(t, m)) is not None
                     and st.i == root.i), last)
    for t in doc[root.i + 1 : read_out]:
        if t.lower_ not in m.report_maker_preps or t.pos_ != "ADP":
            continue
        on = t.head if t.dep_ in ("prep", "agent") else t.head.head  # (UD: the case mark hangs on its noun)
        if on.i == root.i or (on.head.i == root.i and on.dep_ == "acl"):
            return t.i + 1 if t.i + 1 <= last else first
    return first


def _qualifies_a_role(name: Span, m: LanguageMatchers) -> bool:
    """The name is a modifier of a role noun, through the words compounded with it ("Zamfara" in "Zamfara police
    spokesman")."""
    tok = name.root
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
        if tok.lower_ in m.role_nouns or tok.lemma_.lower() in m.role_nouns:
            return True
    return False


def _strip_det(text: str, m: LanguageMatchers) -> str:
    """ "le porte-parole" -> "porte-parole" (the language's determiners)."""
    low = text.lower()
    for d in m.determiners:
        if low.startswith(d):
            return text[len(d) :].strip(" ,")
    return text.strip(" ,")


@dataclass
class _SentenceCues:
    """What one sentence says about certainty, computed once for all its claims."""

    hedge: str  # the strongest hedge in the sentence ("asserted" when none)
    alleged_tokens: set[int]  # tokens of unverified sources ("des témoins")
    conditional: bool  # a verb in the conditional ("aurait tué")


def _sentence_cues(sent: Span, doc: Doc, m: LanguageMatchers, attrs: list[list[int]]) -> _SentenceCues:
    """``attrs``: the document's (LOWER, LEMMA, MORPH) rows (find_claims)."""
    hedge = "asserted"
    for mid, _, _ in m.hedges(sent):
        c = doc.vocab.strings[mid]
        if _RANK[c] > _RANK[hedge]:
            hedge = c
    alleged = {sent[i].i for _, s, e in m.alleged_sources(sent) for i in range(s, e)}
    conditional = m.conditional_is_alleged and any(
        _conditional(attrs[i][2], doc, i) and doc[i].lemma_ not in m.modal_lemmas
        for i in range(sent.start, sent.end))
    return _SentenceCues(hedge, alleged, conditional)


_CONDITIONAL: dict[int, bool] = {}  # morphology hash -> whether its mood is the conditional


def _conditional(morph: int, doc: Doc, i: int) -> bool:
    """Whether the morphology ``morph`` of ``doc[i]`` has the conditional mood, read once per
    morphology (its hash is that of its features' text, the same in every document)."""
    found = _CONDITIONAL.get(morph)
    if found is None:
        found = _CONDITIONAL[morph] = "Cnd" in doc[i].morph.get("Mood")
    return found


def _certainty(cues: _SentenceCues, verb_cert: str, speaker_toks: set[int]) -> str:
    cert = cues.hedge if _RANK[cues.hedge] > _RANK[verb_cert] else verb_cert
    if cert == "asserted" and (cues.alleged_tokens & speaker_toks or cues.conditional):
        cert = "alleged"
    return cert


def find_claims(doc: Doc, m: LanguageMatchers, actors: list[ActorMention], sents: list[Span],
                date_spans: list[tuple[int, int]] = (), quoted: list[set[int]] | None = None) -> list[ClaimMention]:
    """``quoted``: :func:`quoted_by_sentence` of ``sents`` when the caller has it already."""
    claims: list[ClaimMention] = []
    date_chars = {t.idx for a, b in date_spans for t in (doc.char_span(a, b, alignment_mode="expand") or [])}
    memo = m.reporting_memo  # is a token a reporting word (m.reporting_entry), by form and lemma
    if quoted is None:
        quoted = quoted_by_sentence(doc, sents, m)
    # every token's form, lemma and morphology hashes in one array: the reporting-word memo and the
    # mood are read from them, and a Token is made only for a word that may report
    attrs = doc.to_array([LOWER, LEMMA, MORPH]).tolist()
    ents = doc.ents
    # the contrast and attribution phrases of the whole document, matched once: a phrase matcher on a
    # sentence finds those of the document's matches that lie inside it
    contrasts = m.contrast(doc)
    attributions = m.attribution(doc)
    for si, sent in enumerate(sents):
        contrast = any(sent.start <= s and e <= sent.end for _, s, e in contrasts)
        sent_claims: list[ClaimMention] = []
        owning: set[int] = set()  # the verbs (char starts) of the sentence that own an act ("claimed the attack")
        by_agent: set[int] = set()
        in_quotes = quoted[si]
        for i in range(sent.start, sent.end):
            lower, lemma, _ = attrs[i]
            entry = memo.get((lower, lemma), False)
            if entry is False:
                entry = m.reporting_entry(doc[i])
            if entry is None and m.toll_reporting:
                entry = m.toll_reporting_entry(doc[i])
            if entry is None and lemma in m.figure_reporting_hashes:
                entry = m.figure_reporting_entry(doc[i])
            if entry is None and lemma in m.attribution_predicate_hashes:
                entry = _lays_an_act(doc[i], m)
            if entry is None:
                continue
            tok = doc[i]
            lemma, form = entry
            if tok.pos_ not in ("VERB", "AUX", "NOUN") and not form:
                continue
            if tok.dep_ == "amod" and tok.head.i > tok.i:
                continue  # "suspected militants", "alleged attackers": a hedge on a noun (perpetrator_hedge), no one speaks
            if tok.dep_ == "acl" and tok.head.i < tok.i and tok.head.pos_ == "NOUN" and tok.tag_ == "VBN" \
                    and not any(c.dep_.startswith("nsubj") for c in tok.children) and not agent_words(tok, m.lang):
                continue  # "in an attack blamed on ADF rebels": a participle with no agent on a noun, the hedge on
                # the doer (perpetrator_hedge), no one speaks (« une attaque attribuée aux ADF », _lays_an_act)
            if ("Inf" in tok.morph.get("VerbForm") and not any(c.lemma_ in m.do_support for c in tok.children)) \
                    or (tok.pos_ == "NOUN" and tok.dep_ not in ("ROOT", "ccomp") and not form):
                continue  # an infinitive reports nothing, but for a simple tense's ("did not confirm")
            if m.frequency_adverbs and any(c.lower_ in m.frequency_adverbs for c in tok.children):
                continue  # "The ADF rarely claims its attacks": what it does now and then, no claim of this act
            negated = any(c.lower_ in m.negations for c in tok.children)
            if negated and lemma in m.silence_verbs:
                continue  # "did not say who", « n'a pas communiqué »: silence, no claim
            owns = owns_an_act(tok, m, forms=True) or _act_owned_in_passive(tok, m)  # the act its subject's own
            if owns:
                owning.add(tok.idx)
            if negated and owns:
                continue  # « L'EIGS n'a pas revendiqué l'exécution », "did not claim the attack": silence, no claim
            # (a verb that lays an act at someone's door, :func:`_lays_an_act`, is as sure as the lexicon makes it)
            verb_cert = m.reporting.get(lemma) or m.attribution_predicates.get(lemma, "asserted")
            if verb_cert != "asserted" and owns:
                # "JNIM claimed the attack", "claimed responsibility for the killings": the group says the act is its
                # own (« a revendiqué l'attaque »), no allegation ("claimed that the army had fired": alleged)
                verb_cert = "asserted"
            if negated and verb_cert in ("asserted", "denied"):
                verb_cert = "possible"  # "n'a pas confirmé", "did not deny"
            elif negated:
                continue  # "did not blame anyone", « ne soupçonne personne », "did not attribute the attack": no claim
            if verb_cert != "denied" and _act_denied(tok, m):
                verb_cert = "denied"  # "Police said officers did not fire live rounds": a denial of the act told
            if verb_cert == "denied" and any(
                    c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lexicon_words("claims", m.lang, "REFUSED_NOUNS")
                    for c in tok.children):
                continue  # "a faction that rejected the 2016 peace deal": a proposal refused, no fact denied
            if verb_cert == "denied" and _said_as_a_habit(tok, m):
                continue  # "The military has denied targeting civilians in the past": a denial before the act, of none
            cm = ClaimMention(sent.start_char, sent.end_char, lemma, tok.idx, tok.idx + len(tok), verb_cert,
                              contrast=contrast)
            cm.quoted = tok.i in in_quotes
            cm.passive = any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in tok.children)
            if lemma in lexicon_words("claims", m.lang, "LEARNING_VERBS"):
                # « a-t-on appris de sources locales », "AFP learned from security sources": who speaks is the source
                # learnt from, not who learnt; with none named, nobody's words
                source = _learnt_from(tok, m)
                if source:
                    _speaker_from(source, doc, m, actors, cm, ents)
                    sent_claims.append(cm)
                continue
            subj = _subject(tok, m)
            if not subj and _reduced_relative_read_as_root(tok):
                # "Rwandan troops deployed in the province since 2021 said they had killed six insurgents": the parse
                # reads the participle of the subject's description as the main verb, the verb of saying its clause
                subj = _subject(tok.head, m)
            said_on = None
            if not subj and agent_words(tok, m.lang):
                # "a toll denied by the army": the agent is the speaker, which no « selon » of the sentence replaces
                subj = agent_words(tok, m.lang)
                by_agent.add(id(cm))
            if not subj and tok.dep_ == "acl" and tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN") \
                    and "Fin" in tok.morph.get("VerbForm") and all(
                        t.head.i == tok.head.i or tok.head.is_ancestor(t) for t in doc[tok.head.i + 1:tok.i]):
                # "a resident, Musa Danjuma, said by phone": a finite verb of saying the parse hangs on the noun
                # right before it (every word between them that noun's), its subject (a participle on a noun, « un
                # bilan démenti par », is none; nor a noun told far before, "hit a village school ..., killing 17
                # people, a local official and a teacher told AFP")
                subj = [t for t in _np_tokens(tok.head) if t.i < tok.i]
                while subj and subj[-1].is_punct:
                    subj.pop()
            if subj and subj[0].lower_ in lexicon_words("claims", m.lang, "NOBODY_SUBJECTS"):
                continue  # "No group claimed the strike", « Personne n'a revendiqué »: nobody's words
            if subj and _relative_going_on(tok, subj, [c for c in sent_claims if c.verb_start not in owning],
                                           verb_cert):
                continue  # "..., said the statement read on state television, which added that ...": one claim
            if not subj and _going_on(tok, [c for c in sent_claims if c.verb_start not in owning], verb_cert):
                continue  # "The governor said 12 were killed, adding that 30 were wounded": one claim, the verb's
            if not subj and tok.dep_ == "conj" and tok.head.i < tok.i and _after_and(tok):
                # "X denied that ... and said ...", "The ministry said it had struck ... and denied ...": X said it too
                subj = _subject(_verb_joined_to(tok, m), m)
            elif not subj and (said_on := passing_head(tok)) is not None:
                # "Local activists put the death toll higher, saying 19 people were killed", « des militants ont
                # avancé un bilan plus lourd, affirmant que ... », "JNIM claimed responsibility for the attack,
                # saying it had killed 25 soldiers": who does the verb says it, not its clause
                said_on = _saying_above_its_clause(said_on, sent_claims)
                subj = _subject(said_on, m)
            if not (subj and (_names_someone(doc[subj[0].i : subj[-1].i + 1], m) or _set_off_subject(subj, tok))):
                # (said in passing, the participle's words after it are its object, "..., the army said, blaming the
                # attack on ADF rebels": an inverted subject is the verb's it hangs on)
                subj = _strip_dates(_inverted_subject(said_on if said_on is not None else tok, doc, m), date_chars) \
                    or subj or _passive_subject_name(tok, _left_speaker(tok, sent, m))
            toks = subj or _phrase_after_a_turn(tok, sent) or _joint_speakers(tok, m) or _issuer(tok)
            if toks and not subj and _said_of_the_accused(tok, toks):
                # ("The ruling authorities have suspended foreign media accused of relaying reports", « des médias
                # étrangers accusés d'avoir relayé »: the media are accused by no one the story names; no claim)
                continue
            if toks:
                _speaker_from(toks, doc, m, actors, cm, ents)
                if subj and (issued := _statement_issued_in(tok, subj, sent_claims)) is not None:
                    # ("the army said in a statement, which blamed the attack on bandits": the army's claim)
                    _copy_speaker(issued, cm)
            sent_claims.append(cm)
        # "The ministry accused foreign media of relaying false reports that 40 people were killed": the reports are
        # the accused's claim, alleged, and the accuser denies them
        for cm in list(sent_claims):
            verb = doc.char_span(cm.verb_start, cm.verb_end, alignment_mode="expand")
            relayed = _relayed_report(verb.root, m) if verb is not None and cm.speaker is not None else None
            if relayed is None:
                continue
            accused, relaying = relayed
            theirs = ClaimMention(sent.start_char, sent.end_char, relaying.lemma_.lower(), relaying.idx,
                                  relaying.idx + len(relaying), "alleged", contrast=contrast)
            _speaker_from(_np_tokens(accused), doc, m, actors, theirs, ents)
            if theirs.speaker is not None:
                cm.certainty = "denied"
                sent_claims.append(theirs)
        # attributions: "selon X", "according to X"
        spans = [(s - sent.start, e - sent.start) for _, s, e in attributions if sent.start <= s and e <= sent.end]
        sources: list[ClaimMention] = []
        for k, (s, e) in enumerate(spans):
            last = sent[e - 1]
            if e >= len(sent):
                continue
            obj = next((c for c in last.children if c.dep_ in ("pobj", "obj")), None)
            if obj is None:
                obj = last.head if last.head.i > last.i else None
            if obj is None and sent[s].head.i >= sent.start + e:
                # « D'après la police » : the parser hangs the phrase's first word on the source after it
                # (« après » fixed to « D' »), the last word on the first
                obj = sent[s].head
            if obj is None or _relative(obj) or obj.lemma_.lower() in m.not_sources or obj.lower_ in m.not_sources:
                # « les accusations selon lesquelles ... », « selon toute vraisemblance », "according to
                # plan": the words of nobody named
                continue
            if _in_aside(sent[s], obj):
                continue  # « les rebelles du M23, soutenus selon Kinshasa par le Rwanda, »: a source of the aside
            cm = ClaimMention(sent.start_char, sent.end_char, sent[s:e].text.lower(), sent[s].idx,
                              last.idx + len(last), "asserted", contrast=contrast)
            # a source's words end where the next source of the sentence begins (« 23 morts selon un
            # responsable local, 22 selon l'armée »)
            nxt = sent.start + spans[k + 1][0] if k + 1 < len(spans) else sent.end
            words = _before_next_source([t for t in _np_tokens(obj) if sent[e].i <= t.i < nxt])
            _speaker_from(_before_a_clause(words), doc, m, actors, cm, ents)
            # an attribution names the source of the sentence's other claims (not of another source's)
            for other in sent_claims:
                if any(other is src for src in sources) or id(other) in by_agent:
                    continue
                if other.speaker is not None and _contrasted_after(sent, contrasts, last.idx, other.verb_start):
                    continue  # "According to witnesses, gunmen killed ten ..., but police said only four died"
                if other.speaker is None or (other.organisation and other.speaker and not other.pronoun
                                             and other.speaker_role is None):
                    other.organisation = other.organisation or cm.organisation
                    for attr in ("speaker", "speaker_role", "speaker_start", "speaker_end", "role_only",
                                 "plural", "definite", "pronoun", "person"):
                        setattr(other, attr, getattr(cm, attr))
                    other.speaker_tokens |= cm.speaker_tokens
                    cm = None
                    break
            if cm is not None:
                sent_claims.append(cm)
                sources.append(cm)
        for cm in sent_claims:
            _group_named_again(doc, m, actors, cm, sents[si - 1].start if si else sent.start)
        # a passive reporting verb with no agent ("n'a pas été revendiquée") reports nobody's words
        sent_claims = [c for c in sent_claims if c.speaker is not None or not c.passive]
        # reported speech inside quotes, and subject-less participles ("précisant que"), belong to
        # the speaker of the sentence's own reporting verb
        # (and a participle of saying whose subject the parse took inside the quote: « « Les ravisseurs réclament une
        # rançon », a précisé une source sécuritaire, ajoutant que ... »: the source adds, not the kidnappers)
        outer = next((c for c in sent_claims if not c.quoted and c.speaker
                      and not (c.speaker_tokens and c.speaker_tokens <= in_quotes)), None)
        cues = _sentence_cues(sent, doc, m, attrs) if sent_claims else None
        for cm in sent_claims:
            quoted_speaker = bool(cm.speaker_tokens) and cm.speaker_tokens <= in_quotes and not cm.quoted
            if (cm.quoted or cm.speaker is None or quoted_speaker) and outer is not None and cm is not outer:
                _copy_speaker(outer, cm)
                cm.pronoun = outer.pronoun
            cm.certainty = _certainty(cues, cm.certainty, cm.speaker_tokens)
            cm.unverified = bool(cues.alleged_tokens & cm.speaker_tokens)
        claims.extend(sent_claims)
    _resolve_speakers(claims, m, doc, sents, actors, ents)
    return claims


def _group_named_again(doc: Doc, m: LanguageMatchers, actors: list[ActorMention], cm: ClaimMention,
                       first: int) -> None:
    """A speaker that names a group again by a definite group word alone or with its adjectives ("IN A COMMUNIQUE
    SIGNED BY THE FPMR, THE GROUP SAID", « l'organisation affirme », "The militant group said",
    ``actors_<lang>.GROUP_ANAPHORS``) is the named non-state armed group last mentioned before it, in its sentence or
    the one before (from token ``first``), or further back when the story has named one such group only: the speaker
    becomes that group (its mention stays out of the speaker's words: it may be the group the sentence accuses,
    "ACCUSED THE MRTA ..., BUT THE GROUP DENIED")."""
    anaphors = lexicon_words("actors", m.lang, "GROUP_ANAPHORS")
    armed_adjectives = lexicon_words("actors", m.lang, "GROUP_ANAPHOR_ADJECTIVES")
    toks = sorted(cm.speaker_tokens)
    if not anaphors or not toks or len(toks) > 4 or cm.pronoun:
        return
    # (its adjectives of an armed group beside it, ``GROUP_ANAPHOR_ADJECTIVES``: "The militant group claimed
    # responsibility", « le groupe jihadiste a revendiqué »; not « les organisations humanitaires »)
    head = next((doc[k] for k in toks[1:] if doc[k].lemma_.lower() in anaphors or doc[k].lower_ in anaphors), None)
    if head is None or len(toks) < 2 or doc[toks[0]].lower_ not in m.definite_articles \
            or toks != list(range(toks[0], toks[0] + len(toks))) \
            or not all(doc[k].pos_ == "ADJ" and doc[k].head.i == head.i and doc[k].lower_ in armed_adjectives
                       for k in toks[1:] if k != head.i):
        return
    if any(a.armed and a.tok_start <= head.i < a.tok_end for a in actors):
        return
    if "Plur" in head.morph.get("Number"):
        return  # (« selon les organisations humanitaires », "the aid groups said": many bodies, never the one group)
    group = next((a for a in reversed(actors) if a.kind in ("rebel", "militia") and not a.generic
                  and first <= a.tok_start and a.tok_end <= toks[0]), None)
    if group is None:
        # (further back, when the story has named one such group only: "Al Shabaab gunmen stormed a hotel ... All five
        # attackers were killed, a police spokesman said. The militant group claimed responsibility")
        told = [a for a in actors if a.kind in ("rebel", "militia") and not a.generic and a.tok_end <= toks[0]]
        if len({a.name for a in told}) != 1:
            return
        group = told[-1]
    cm.speaker, cm.organisation = group.text, group.name
    cm.role_only = False


def quoted_by_sentence(doc: Doc, sents: list[Span], m: LanguageMatchers) -> list[set[int]]:
    """Per sentence, the indices of its tokens between quote marks (« », “ ”, or paired straight
    quotes). The document's quote marks are found once, from its tokens' hashes in one array, and
    each sentence walks its marks alone, not its every token."""
    opens = {o for o, _ in m.quotes}
    closes = {c for _, c in m.quotes}
    # the marks that open or close (a mark that is both but the straight quote is a word)
    marks = ['"', *(opens ^ closes)]
    kind = {doc.vocab.strings[q]: q for q in marks}
    orths = doc.to_array(ORTH).tolist()
    at = [i for i, o in enumerate(orths) if o in kind]
    out = []
    for sent in sents:
        inside, straight, found = False, False, set()
        start = sent.start
        for i in at[bisect.bisect_left(at, sent.start):bisect.bisect_left(at, sent.end)]:
            if inside:
                found.update(range(start, i))
            txt = kind[orths[i]]
            if txt == '"':
                straight = not straight
                inside = straight
            else:
                inside = txt in opens
            start = i + 1
        if inside:
            found.update(range(start, sent.end))
        out.append(found)
    return out


def _relayed_report(verb: Token, m: LanguageMatchers) -> tuple[Token, Token] | None:
    """``verb`` accuses its object of passing on reports that tell something (``claims_<lang>.RELAYING_VERBS`` with an
    object of ``RELAYED_NOUNS`` that a clause of its own completes: "accused foreign media of relaying false reports
    that 40 people were killed", « a accusé des médias étrangers d'avoir relayé de fausses informations selon lesquelles
    40 personnes avaient été tuées »): (the accused's noun, the relaying verb), else None. Reports of nothing told
    ("relaying reports of massacres") carry no figure nor act of their own."""
    accused = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")), None)
    if accused is None:
        return None
    relaying = lexicon_words("claims", m.lang, "RELAYING_VERBS")
    nouns = lexicon_words("claims", m.lang, "RELAYED_NOUNS")
    for v in verb.subtree:
        if v.i <= accused.i or v.pos_ != "VERB" or v.lemma_.lower() not in relaying or accused.is_ancestor(v):
            continue
        for n in v.children:
            if n.dep_ not in ("dobj", "obj") or not (n.lemma_.lower() in nouns or n.lower_ in nouns):
                continue
            if any(c.dep_.split(":")[0] in ("acl", "relcl", "ccomp") and c.pos_ in ("VERB", "AUX")
                   for c in n.children):
                return accused, v
    return None


def _said_of_the_accused(verb: Token, toks: list[Token]) -> bool:
    """``verb``, a past participle with no agent hung on a noun before it ("foreign media accused of relaying reports",
    « des médias étrangers accusés d'avoir relayé »), whose words read as its speaker (``toks``, read to its left) hold
    the verb above it: they are a clause, and the noun who the verb is said of, not who says it. A present participle
    on a noun its issuer put out ("THE MRTA ISSUED A COMMUNIQUE STATING THAT ...") keeps its issuer (:func:`_issuer`)."""
    if verb.dep_.split(":")[0] != "acl" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i:
        return False
    if "Part" not in verb.morph.get("VerbForm") or not ("Past" in verb.morph.get("Tense")
                                                          or "Pass" in verb.morph.get("Voice")):
        return False
    return any(t.pos_ in ("VERB", "AUX") and t.is_ancestor(verb) for t in toks)


def _issuer(verb: Token) -> list[Token]:
    """A reporting participle on a noun its issuer put out ("THE ELN ISSUED A COMMUNIQUE SAYING
    THAT", "le MRTA a publié un communiqué affirmant que"): the words from the issuing verb's
    subject to the noun, so the speaker is the issuer and its medium ("THE ELN ISSUED A
    COMMUNIQUE"), as when the parse gives them as the subject."""
    noun = verb.head
    if verb.dep_.split(":")[0] not in ("acl", "advcl", "xcomp") or noun.i == verb.i or noun.pos_ != "NOUN" \
            or noun.dep_ not in ("dobj", "obj") or noun.i > verb.i:
        return []
    issuing = noun.head
    subj = [c for c in issuing.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < noun.i]
    if not subj:
        return []
    doc = verb.doc
    return [t for t in doc[subj[0].left_edge.i : noun.i + 1] if not t.is_space]


def _passive_subject_name(verb: Token, left: list[Token]) -> list[Token]:
    """The words before ``verb`` read as its speaker (:func:`_left_speaker`), up to the first comma when the verb has
    a passive subject: the name of who it is said of ("JNIM is believed to be behind", the group the suspicion names),
    not an aside set off after it nor the auxiliary ("The ADF, affiliated with the Islamic State group, are accused
    of ...": "The ADF")."""
    if not left or not any(c.dep_ in ("nsubj:pass", "nsubjpass") for c in verb.children):
        return left
    cut = next((k for k, t in enumerate(left) if t.is_punct), None)
    return left if cut is None else left[:cut]


def _left_speaker(verb: Token, sent: Span, m: LanguageMatchers) -> list[Token]:
    """When the parse gives the verb no subject ("Le porte-parole de la police, le commissaire X,
    dément…"), the words before it, if they name someone and quote nothing."""
    doc = verb.doc
    left = doc[sent.start : verb.i]
    # (a relative of the verb's own clause; not one of a clause on the noun before it: "The ADF, which is affiliated
    # with Islamic State, is accused of ...", whose relative opens no words of the verb's, h-frstories)
    rel = next((t for t in reversed(left) if _relative(t)), None)
    if rel is not None and rel.head.i != verb.i and rel.head.dep_ in ("relcl", "acl:relcl") \
            and rel.head.head.i < rel.i and rel.head.head.head.i == verb.i:
        rel = None
    if rel is not None and rel.i + 1 < verb.i:
        left = doc[rel.i + 1 : verb.i]  # « ..., ce que cette dernière dément »: the words the relative opens
    opens = {o for o, _ in m.quotes} | {c for _, c in m.quotes}
    if not left or len(left) > 20 or any(t.text in opens for t in left) or not _names_someone(left, m):
        return []
    if ("Fin" in verb.morph.get("VerbForm") or verb.pos_ in ("NOUN", "ADV", "ADJ")) \
            and any(t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") for t in left):
        # "The governor rejected claims that ... and [said]": a clause, not the speaker of a finite verb
        # or a noun (a participle's may be: "THE COMMAND ISSUED A COMMUNIQUE IN SAN SALVADOR, STATING THAT")
        return []
    toks = [t for t in left if not t.is_space]
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks


def _phrase_after_a_turn(verb: Token, sent: Span) -> list[Token]:
    """A finite verb of saying the parse gave no subject, right after a noun phrase that a comma and a conjunction open
    (« ..., mais des habitants et un élu local ont assuré à l'AFP que ... », "..., but residents said"): that phrase,
    the conjunction left out, not the speaker of the sentence's first verb."""
    doc = verb.doc
    finite = "Fin" in verb.morph.get("VerbForm") or any(
        c.pos_ == "AUX" and "Fin" in c.morph.get("VerbForm") for c in verb.children)
    if not finite:
        return []
    i = verb.i - 1
    while i > sent.start and doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    end = i + 1
    # (or a comma alone before the verb that ends the sentence: "..., killing 11 children and two teachers, a local
    # resistance group and a teacher said.", whose speaker the parse hung on the last noun as an apposition)
    last = all(t.is_punct or t.is_space for t in doc[verb.i + 1:sent.end])
    while i > sent.start and not (doc[i].pos_ == "CCONJ" and doc[i - 1].text == ","):
        if last and doc[i - 1].text == "," and not doc[i].is_punct:
            i -= 1
            break
        if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX"):
            return []
        i -= 1
    toks = list(doc[i + 1:end])
    if i <= sent.start or not toks or len(toks) > 10 or not any(t.pos_ in ("NOUN", "PROPN") for t in toks) \
            or any(t.pos_ in ("PRON", "SCONJ") for t in toks):
        return []  # (« ..., ce que Kigali a toujours démenti »: a relative clause, no speaker's phrase)
    return toks


def _reduced_relative_read_as_root(verb: Token) -> bool:
    """The verb hangs as an adverbial clause, with no subject, mark or punctuation between, on a verb in the past before
    it with no auxiliary that the parse made the sentence's root ("troops deployed in the province since 2021 said
    ..."): a participle that describes the subject, whose verb this is."""
    head = verb.head
    return verb.dep_ == "advcl" and head.i < verb.i and head.dep_ in ("ROOT", "root") \
        and "Past" in head.morph.get("Tense") and not any(c.dep_.startswith("aux") for c in head.children) \
        and not any(c.dep_.startswith("nsubj") or c.dep_ == "mark" for c in verb.children) \
        and not any(t.is_punct for t in verb.doc[head.i + 1:verb.i])


def passing_head(verb: Token) -> Token | None:
    """The verb a present participle of saying is hung on, said in passing after it ("..., saying", « ..., affirmant
    que », « a revendiqué l'attaque en affirmant avoir tué »): its subject says it. The parse may hang the participle
    after a comma on the verb's object (« Les FSR ont démenti toute implication, accusant l'armée ... »): the verb
    above that object. None when ``verb`` is no such participle."""
    if "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense") or verb.head.i >= verb.i:
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and head.dep_.split(":")[0] in ("obj", "dobj") \
            and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        head = head.head
    elif verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and head.dep_.split(":")[0] in ("obl", "pobj") \
            and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        # (or on a noun of the verb's circumstance, « a revendiqué l'attaque dans une vidéo, accusant les habitants »,
        # "claimed the attack in a video, accusing residents": the verb above it, through its preposition)
        head = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
    elif verb.dep_ != "advcl":
        return None
    else:
        # (the parse may hang it on the act the saying verb is told after: "A drone strike killed 17 people, a
        # doctors' network said, blaming the RSF": the verb of saying with a subject between them says it)
        said = [c for c in head.children if c.dep_.split(":")[0] == "parataxis" and head.i < c.i < verb.i
                and c.pos_ == "VERB" and any(k.dep_.startswith("nsubj") for k in c.children)]
        if said:
            head = said[-1]
    return head if head.pos_ in ("VERB", "AUX") else None


def _saying_above_its_clause(head: Token, sent_claims: list[ClaimMention]) -> Token:
    """The verb a participle of saying told in passing (``head``, :func:`passing_head`) is said on, read up from the
    clause a verb of saying of the sentence (``sent_claims``) reports (« Le gouverneur a déclaré que 14 personnes
    avaient été tuées, ajoutant que 25 autres avaient été blessées »: the parse hangs « ajoutant » on « tuées », said
    by the governor, not by the dead); ``head`` when no such verb is above it."""
    verbs = {c.verb_start for c in sent_claims}
    up = head
    while up.dep_.split(":")[0] in ("ccomp", "conj") and up.head.i < up.i and up.idx not in verbs:
        up = up.head
    return up if up.idx in verbs else head


def _relative_going_on(tok: Token, subj: list[Token], sent_claims: list[ClaimMention], cert: str) -> bool:
    """``tok``, a verb of saying whose subject is a relative pronoun read back to the speaker of a claim of its sentence
    (``subj``, the antecedent's words: "..., said the statement read on state television, which added that about 20
    assailants were killed", « ..., indique le communiqué ..., qui ajoute que ... »), both as sure (``cert``,
    "asserted"): that speaker going on, one claim, not two that count its words twice. A less sure verb ("..., said
    the army, which blamed the attack on ADF rebels", alleged) keeps its claim."""
    if cert != "asserted" or not any(_relative(c) and c.dep_.split(":")[0] == "nsubj" for c in tok.children):
        return False
    issued = _statement_issued_in(tok, subj, sent_claims)
    return any(c.certainty == "asserted" and not c.passive and c.speaker is not None
               and (c is issued or any(t.i in c.speaker_tokens for t in subj)) for c in sent_claims)


def _statement_issued_in(tok: Token, subj: list[Token], sent_claims: list[ClaimMention]) -> ClaimMention | None:
    """The claim of ``sent_claims`` whose verb of saying issued the statement ``subj`` is, when ``tok``'s subject is a
    relative pronoun read back to a statement's noun (``claims_<lang>.STATEMENT_NOUNS``) that is a complement of that
    verb ("the defence ministry said in a statement, which also reported 18 attackers killed", « a annoncé le
    ministère de la Défense dans un communiqué, qui fait état de 18 assaillants neutralisés »): the statement's words
    are that speaker's; None else."""
    if not subj or not any(_relative(c) and c.dep_.split(":")[0] == "nsubj" for c in tok.children):
        return None
    nouns = lexicon_words("claims", tok.doc.lang_, "STATEMENT_NOUNS")
    noun = next((t for t in reversed(subj) if t.pos_ == "NOUN" and (t.lower_ in nouns or t.lemma_.lower() in nouns)),
                None)
    if noun is None:
        return None
    up = noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
    if up is noun and not (noun.dep_.startswith("obl") and any(c.dep_ == "case" for c in noun.children)):
        return None
    verb = up.head
    if verb.i == tok.i or verb.i > noun.i:
        return None
    return next((c for c in sent_claims if c.verb_start == verb.idx and c.speaker is not None), None)


def _going_on(tok: Token, sent_claims: list[ClaimMention], cert: str) -> bool:
    """``tok``, a verb of saying with no subject of its own, is its sentence's speaker going on: a present participle
    said in passing on a verb of saying of the sentence (``sent_claims``, none that owns an act), or on the clause it
    reports ("The governor said 12 people were killed, adding that 30 others were wounded", « Le gouverneur a déclaré
    que 14 personnes avaient été tuées, ajoutant que ... », « ..., a déclaré le gouverneur, ajoutant que ... »), or a
    verb joined to it by "and" ("said ... and added that ...", « a affirmé ... et a précisé que ... »), both as sure
    (``cert``, "asserted"): one claim, the first verb's, not two that count its words twice. A verb that owns an act
    ("JNIM claimed responsibility for the attack, saying it had killed 25 soldiers": not among ``sent_claims``) or a
    less sure one ("denied any involvement, accusing the army") keeps the second claim."""
    if cert != "asserted":
        return False
    verbs = {c.verb_start: c for c in sent_claims}
    head = passing_head(tok)
    if head is None and "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense") \
            and tok.dep_.split(":")[0] in ("xcomp", "advcl") and tok.head.i < tok.i and tok.i > 0 \
            and tok.doc[tok.i - 1].text == ",":
        head = tok.head  # (« a déclaré le gouverneur, ajoutant que »: the French parse's complement of the verb)
    if head is None and tok.dep_ == "conj" and tok.head.i < tok.i and _after_and(tok):
        head = tok.head
    if head is None:
        return False
    said = verbs.get(_saying_above_its_clause(head, sent_claims).idx)
    return said is not None and said.certainty == "asserted" and not said.passive and said.speaker is not None


def _relative(tok: Token) -> bool:
    """A relative pronoun: "who", "which", « qui », « lesquelles »."""
    return tok.pos_ == "PRON" and ("Rel" in tok.morph.get("PronType") or tok.tag_ in ("WP", "WDT"))


relative_pronoun = _relative  # (for the incidents' rules)


def _past_the_day(tok: Token) -> Token:
    """The word a day (a weekday of ``dates_<lang>.WEEKDAYS`` or a date the tagger marks) right before a relative
    pronoun is told on ("the army said in a statement on Tuesday, which ...": the statement; « a annoncé l'armée dans
    un communiqué mardi, qui ... »), before it in the sentence; ``tok`` itself when it is no day."""
    days = {w.lower() for w in lexicon_words("dates", tok.doc.lang_, "WEEKDAYS")}
    if not (tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in days):
        return tok
    up = tok.head
    if up.pos_ == "ADP" and up.i < tok.i:
        up = up.head
    return up if up.i < tok.i else tok


def _noun_subject_before(verb: Token) -> Token | None:
    """The subject of ``verb`` told before it, a noun or a name ("the governor said", "the army said"), or None."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)


def _before_relative(rel: Token) -> Token | None:
    """The noun a relative pronoun reads back to when the parse hung its clause elsewhere (« ..., a annoncé l'armée,
    qui a attribué l'attentat aux ADF »: the clause on the verb, not on « armée »): the head of the noun phrase that
    ends right before the comma before the pronoun, in its sentence; None when no noun ends there."""
    doc = rel.doc
    k = rel.i - 1
    if k - 1 < rel.sent.start or doc[k].text != ",":
        return None
    noun = _past_the_day(doc[k - 1])  # ("said on Tuesday, which ...": the verb the day is told on)
    if noun.pos_ == "VERB" and rel.lower_ in lexicon_words("claims", doc.lang_, "SAYING_RELATIVES"):
        # "..., the governor said, who also reported 20 wounded", "..., the army said, which blamed the attack on
        # bandits": a relative pronoun right after a verb of saying reads back to that verb's subject told before it
        subj = _noun_subject_before(noun)
        return subj if subj is not None and noun.i - subj.i <= 2 else None
    while noun.dep_ in ("amod", "compound", "flat", "flat:name", "nmod", "pobj", "prep", "appos", "nummod") \
            and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN", "ADP"):
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _names_someone(span: Span, m: LanguageMatchers) -> bool:
    if (span.root.pos_ == "PRON" and span.root.lower_ not in m.euphonic) or span.text.lower() in m.latter:
        return True
    return any(e.label_ in ("PER", "PERSON", "ORG") for e in span.ents) or any(
        t.lower_ in m.role_nouns or t.lemma_.lower() in m.role_nouns for t in span)


def _strip_dates(tokens: list[Token], date_chars: set[int]) -> list[Token]:
    """ "a annoncé lundi les services d'urgence" -> "les services d'urgence"."""
    i = 0
    while i < len(tokens) and (tokens[i].idx in date_chars or tokens[i].is_punct):
        i += 1
    return tokens[i:]


def _set_off_before(noun: Token, verb: Token) -> bool:
    """The phrase of ``noun`` ends on a comma with only the verb's auxiliaries between it and ``verb``."""
    doc = verb.doc
    k = noun.right_edge.i + 1
    if k >= verb.i or doc[k].text != ",":
        return False
    return all(t.pos_ == "AUX" and t.head.i == verb.i for t in doc[k + 1:verb.i])


def _subject(verb: Token, m: LanguageMatchers) -> list[Token]:
    if verb.dep_ in ("acl:relcl", "relcl") and apposed(verb.head) and _comma_before(verb):
        # "The El Fasher Resistance Committee, a volunteer group that documents abuses, put the death toll at
        # 41": a parse that reads the verb after the apposition's closing comma as its relative clause's; the
        # subject is the noun the apposition describes
        toks = _np_tokens(verb.head.head)
        if toks and toks[-1].i < verb.i:
            return toks
    subj = [c for c in verb.children if c.dep_ in _SUBJ and c.lower_ not in m.euphonic
            and "pass" not in c.dep_]
    real = [c for c in subj if c.dep_ != "expl:subj"]
    if not real and m.euphonic:
        # « a-t-il déclaré », « a-t-elle précisé »: the clitic after the euphonic t, which the parse hangs anywhere
        k = verb.i - 1
        while k > verb.sent.start and (verb.doc[k].pos_ == "AUX" or verb.doc[k].lower_ in m.euphonic
                                       or verb.doc[k].pos_ == "PRON" and verb.doc[k].lower_ in m.pronouns):
            k -= 1
        clitic = verb.doc[k + 1:verb.i]
        if any(t.lower_ in m.euphonic for t in clitic):
            real = [t for t in clitic if t.pos_ == "PRON" and t.lower_ in m.pronouns][:1]
    # a phrase behind a preposition is no subject, whatever the parse says (« a indiqué à l'AFP ... un
    # officier »: the agency is the audience)
    real = [c for c in real if not any(k.dep_ == "case" and k.i < c.i for k in c.children)] or real
    # nor a phrase a relative pronoun opens (« ont enlevé douze fidèles, dont le pasteur, a annoncé la police »: the
    # parse's subject is the aside on the object before it)
    real = [c for c in real if not (c.left_edge.i < c.i and _relative(c.left_edge))]
    # two subjects before the verb, the second after a comma ("Gunmen ... killed at least 23 people ..., residents and
    # police said"): the parse took the reported clause's subject for the verb's too; the speaker is the nearer one
    before = [c for c in real if c.i < verb.i]
    if len(before) > 1 and verb.doc[before[-1].left_edge.i - 1].text == ",":
        if before[-1].pos_ == "NOUN" and _set_off_before(before[-1], verb) and not any(
                t.ent_type_ in PERSON_LABELS for t in before[-1].subtree):
            # (unless the second is a description set off by commas right before the verb: « Le Groupe de soutien à
            # l'islam et aux musulmans (JNIM), la branche sahélienne d'Al-Qaïda, a revendiqué »: the parse's second
            # subject is the apposition of the first; one that names a person, « le général Zaw Min Tun », is who speaks)
            real = [c for c in real if c.i != before[-1].i]
        else:
            real = [c for c in real if c.i >= before[-1].i]
    if len(real) > 1:
        # "The kidnappers, who police said were bandits": the relative pronoun is the reported clause's subject,
        # the parse hung it on the saying verb beside its own
        real = [c for c in real if not _relative(c)] or real
    if len(real) == 1 and _relative(real[0]) and (statement := _statement_read_out(real[0], m)) is not None:
        real = [statement]  # "said the statement read on state television, which added": the statement
    elif len(real) == 1 and _relative(real[0]) and verb.dep_ in ("acl:relcl", "relcl") and verb.head.pos_ != "VERB":
        real = [verb.head]  # "the coalition, which had said…" -> the coalition
        ante = _past_the_day(verb.head)
        if ante.i != verb.head.i:
            # "the army said in a statement on Tuesday, which also reported ...": no day speaks, the word it is told on
            # does (the statement, or the subject of the verb of saying)
            said = _noun_subject_before(ante) if ante.pos_ == "VERB" else ante
            real = [said] if said is not None and said.pos_ in ("NOUN", "PROPN") else real
    elif len(real) == 1 and _relative(real[0]) and (antecedent := _before_relative(real[0])) is not None:
        real = [antecedent]  # (the parse hung the relative clause on the verb: « a annoncé l'armée, qui a attribué »)
    if real:
        toks = sorted({t for c in real for t in (_np_tokens(c) if c.pos_ != "PRON" else [c])}, key=lambda t: t.i)
        if toks and toks[0].i < verb.i:
            toks = [t for t in toks if t.i < verb.i]  # a pre-verbal subject ends before its verb
            toks = _after_reported_clause(verb, toks, m)
            joint = _joint_speakers(verb, m)
            if joint and joint[0].i < toks[0].i and toks[-1].i <= joint[-1].i:
                toks = joint  # "..., a local official and a teacher told AFP": the parse's subject is the last one
        else:  # "said a commander of the militia, who asked not to be named"
            cut = next((k for k, t in enumerate(toks[:-1]) if t.text == "," and _relative(toks[k + 1])), None)
            toks = toks[:cut] if cut else toks
        if toks and toks[0].pos_ == "PRON" and toks[0].dep_ not in ("poss", "nmod:poss", "det"):
            return [toks[0]]  # (not a possessive before the noun: "his family told reporters")
        return list(verb.doc[toks[0].i : toks[-1].i + 1]) if toks else []
    return subj[:1]


def _learnt_from(verb: Token, m: LanguageMatchers) -> list[Token]:
    """The source a verb of learning names after it (``claims_<lang>.LEARNING_VERBS``, « a-t-on appris jeudi auprès
    de sources locales », « a appris l'AFP de sources sécuritaires », "AFP learned from security sources"): the first
    noun after the verb, before any other verb, behind a preposition of ``LEARNING_SOURCE_PREPOSITIONS``, without
    the preposition (wherever the parse hangs it: « auprès de » may hang on the act's verb); [] when there is none."""
    preps = lexicon_words("claims", m.lang, "LEARNING_SOURCE_PREPOSITIONS")
    doc = verb.doc
    for t in doc[verb.i + 1:verb.sent.end]:
        if t.pos_ in ("VERB", "AUX"):
            break
        # (a phrase's head: the object of a preposition, or a noun with a case word of its own)
        if t.pos_ not in ("NOUN", "PROPN") or not (t.dep_ == "pobj" or any(c.dep_ == "case" for c in t.children)):
            continue
        words = _np_tokens(t)
        if not words or words[0].i == 0:
            continue
        before = doc[words[0].i - 1]
        two = doc[before.i - 1].lower_ + " " + before.lower_ if before.i > 0 else ""
        if before.lower_ in preps or two in preps:
            return words
    return []


JOINT_SPEAKER_WORDS = 12  # words of speakers joined before a verb of saying, back to the comma before them
_NOUN_PHRASE_POS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ", "PART")


def _joint_speakers(verb: Token, m: LanguageMatchers) -> list[Token]:
    """Speakers joined by a conjunction between the comma after the reported clause and the verb of saying
    ("..., killing at least 17 people, a local official and a teacher told AFP", « ..., ont indiqué un élu et un
    médecin »: the words since the last comma, noun phrases only, with a conjunction, naming someone): the parse
    may make the first one part of the reported clause (a victim's conjunct, an apposition) and give the verb the
    last one, or none, as subject. [] otherwise."""
    doc = verb.doc
    sent = verb.sent
    comma = next((t.i for t in reversed(doc[max(sent.start, verb.i - JOINT_SPEAKER_WORDS - 1):verb.i])
                  if t.text == ","), None)
    if comma is None or comma + 1 >= verb.i or comma == sent.start:
        return []
    end = verb.i
    while end - 1 > comma and doc[end - 1].pos_ == "AUX" and doc[end - 1].head.i == verb.i:
        end -= 1  # (the verb's auxiliaries: « ont affirmé »)
    words = doc[comma + 1:end]
    while len(words) and words[0].pos_ == "CCONJ":
        words = words[1:]  # (a turn before them, "but residents and a local official told AFP", is no speaker's word)
    if not any(t.pos_ == "CCONJ" for t in words) or any(t.pos_ not in _NOUN_PHRASE_POS for t in words) \
            or not _names_someone(words, m):
        return []
    return _listed_before(doc, sent, words.start, m) + list(words)


def _listed_before(doc: Doc, sent: Span, start: int, m: LanguageMatchers) -> list[Token]:
    """The speakers a list names before the comma at ``start - 1``, one per comma, back to the sentence's start or to a
    phrase that is no speaker (« Le maire de Kossi, un député et un chef coutumier ont affirmé », "The mayor, a lawmaker
    and a chief said"): each a noun phrase without a conjunction, naming someone, of at most JOINT_SPEAKER_WORDS words
    (not "On Monday," nor "killing 12 people,": no one, or no noun phrase, which ends the list)."""
    out: list[Token] = []
    while start - 1 > sent.start and doc[start - 1].text == ",":
        comma = start - 1
        prev = next((t.i for t in reversed(doc[max(sent.start, comma - JOINT_SPEAKER_WORDS - 1):comma])
                     if t.text == ","), None)
        first = prev + 1 if prev is not None else sent.start
        if prev is None and comma - sent.start > JOINT_SPEAKER_WORDS:
            break
        seg = doc[first:comma]
        if not len(seg) or any(t.pos_ not in _NOUN_PHRASE_POS or t.pos_ == "CCONJ" for t in seg) \
                or seg[0].pos_ == "ADP" or not _names_someone(seg, m):
            break
        out = list(doc[first:comma + 1]) + out
        if prev is None:
            break
        start = first
    return out


def agent_words(verb: Token, lang: str | None = None) -> list[Token]:
    """Who a participle of saying with no subject names after its « par » / "by" ("20 dead, a toll denied by the
    army", « un bilan démenti par les autorités »): its speaker, not the source of the toll it is said of; not the
    means it was said by ("said by phone", « par téléphone »: ``claims_<lang>.CONTACT_MEANS`` of ``lang``)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    means = lexicon_words("claims", lang, "CONTACT_MEANS") if lang else frozenset()
    for c in verb.children:
        noun = c if c.dep_ == "obl:agent" else next((g for g in c.children if g.dep_ == "pobj"), None) \
            if c.dep_ == "agent" else None
        if noun is not None and (noun.lower_ in means or noun.lemma_.lower() in means):
            continue
        if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            return [t for t in _np_tokens(noun) if not (t.dep_ == "case" and t.head.i == noun.i)]
    return []


def _set_off_subject(subj: list[Token], verb: Token) -> bool:
    """A subject before the verb whose aside, an apposition or a relative clause, closes with the comma right before
    it ("The Emergency Response Room, a volunteer network, blamed the RSF", « L'armée congolaise, qui mène des
    opérations contre les ADF depuis 2021, a confirmé l'attaque »): the comma is the subject's, no incise's (whose
    speaker would come after the verb), whatever names the model tags in it."""
    if not subj or subj[0].i > verb.i:
        return False
    comma = _word_before(verb)
    if comma.text != ",":
        return False
    ends = (comma.i, comma.i - 1)
    return any(c.i > h.i and (apposed(c) or c.dep_ in ("acl:relcl", "relcl")) and c.right_edge.i in ends
               or c.dep_ == "punct" and c.i == comma.i and any(apposed(k) for k in h.children)
               for h in subj if h.head.i == verb.i for c in h.children)


def _word_before(verb: Token) -> Token:
    """The word right before the verb, its auxiliaries and adverbs aside (the sentence's first word at most)."""
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    return verb.doc[i]


def _comma_before(verb: Token) -> bool:
    """A comma right before the verb, its auxiliaries and adverbs aside ("..., put the toll at 41")."""
    return _word_before(verb).text == ","


def _after_and(verb: Token) -> bool:
    """The verb follows a coordinating conjunction, its auxiliaries and adverbs aside ("and said", « et a
    annoncé »): no subject of its own stands before it (not "..., state media and a monitoring group said",
    whose subject the parse may have hung elsewhere)."""
    return _word_before(verb).pos_ == "CCONJ"


def _verb_joined_to(verb: Token, m: LanguageMatchers) -> Token:
    """The verb whose subject a subject-less reporting verb after "and" shares: the verb it is
    joined to ("condemned the crime and accused the cartel"), or, where the parse hangs it on a
    verb inside the first verb's reported clause or object ("denied that officers had fired on the
    protesters and said", « a rejeté les accusations selon lesquelles des soldats auraient pillé le
    marché et a annoncé »), the verb that governs that clause."""
    first = verb.head
    if m.reporting_entry(first) is not None:
        return first
    h = first
    while h.dep_.split(":")[0] in ("ccomp", "acl", "relcl") or (h.pos_ in ("NOUN", "PROPN") and h.dep_ in ("dobj", "obj")):
        if h.head.i == h.i or h.head.i > h.i:
            break
        h = h.head
    return h if h is not first and h.pos_ in ("VERB", "AUX") else first


def _after_reported_clause(verb: Token, toks: list[Token], m: LanguageMatchers) -> list[Token]:
    """ "... killed at least nine people, including two women, a rights group and medics said": the
    parse may take the reported clause's object for the subject of the verb that follows it, so the
    subject runs over the victims. When the reported clause comes first and the subject holds a
    comma, the speaker is the last comma's segment, a noun phrase of its own, unless that segment
    is an apposition naming a speaker already named before it ("the army spokesman, Col. X")."""
    if not any(c.dep_ == "ccomp" and c.i < toks[0].i for c in verb.children):
        return toks
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if not commas or commas[-1] + 1 >= len(toks):
        return toks
    last = toks[commas[-1] + 1 :]
    ids = {t.i for t in last}
    root = next((t for t in last if t.head.i not in ids or t.head.i == t.i), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN") or last[0].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
        return toks
    named = root.head
    if root.dep_ == "appos" and (named.ent_type_ in ("PER", "PERSON", "ORG") or named.pos_ == "PROPN"
                                 or _names_someone(verb.doc[named.i : named.i + 1], m)):
        return toks
    return last


def _inverted_subject(verb: Token, doc: Doc, m: LanguageMatchers) -> list[Token]:
    """Incises: «…», a déclaré le colonel X, porte-parole de Y / "…," said X, a spokesman for Y."""
    i = verb.i - 1
    while i >= verb.sent.start and (doc[i].pos_ == "AUX" or doc[i].lower_ in m.euphonic):
        i -= 1
    if i < verb.sent.start or doc[i].text not in {",", "»", "”", '"', "'"}:
        return []
    end = verb.sent.end
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    begin = _after_leading_phrases(doc, verb.i + 1, end, m)
    # the inverted subject runs to the end of the clause, minus trailing circumstances
    # (", lors d'un point de presse", ", précisant que…", "dans un communiqué")
    stop = end
    for t in doc[begin:end]:
        nxt = doc[t.i + 1] if t.i + 1 < end else None
        if t.i > begin and t.text == "," and nxt is not None and (
                nxt.pos_ in ("ADP", "VERB", "SCONJ", "ADV") or _relative(nxt)):
            stop = t.i  # ", lors d'un point de presse", ", who asked not to be named"
            break
        if t.i > begin and t.pos_ == "ADP" and t.dep_ == "case" and t.head.dep_.startswith("obl"):
            stop = t.i
            break
        if t.i > begin and t.pos_ == "ADP" and t.lower_ in lexicon_words("claims", m.lang, "CHANNEL_PREPS") \
                and t.head.i > t.i and t.head.lower_ in lexicon_words("claims", m.lang, "OWN_MEDIA"):
            stop = t.i  # « a précisé l'agence onusienne dans un communiqué », the parse's complement of the speaker
            break
    span = doc[begin:stop]
    # (« ont indiqué des habitants »: the article « des » the French parse tags a preposition opens a noun phrase)
    article = bool(span) and span[0].pos_ == "ADP" and span[0].lower_ + " " in m.determiners \
        and span[0].head.pos_ in ("NOUN", "PROPN")
    if not span or span[0].pos_ in ("SCONJ", "ADP", "VERB", "PRON", "ADV") and not article or \
            span[0].lower_ in m.complementizers:
        return []
    has_person = any(e.label_ in ("PER", "PERSON", "ORG") for e in span.ents)
    has_role = any(t.lower_ in m.role_nouns or t.lemma_.lower() in m.role_nouns for t in span)
    # a plain noun phrase after the verb is its subject only in an incise after a quote
    # ("« … », a annoncé l'armée malienne"), not an object ("dément tout usage d'armes")
    quotes = {o for o, _ in m.quotes} | {c for _, c in m.quotes}
    left = doc[verb.sent.start : i]  # (not the verb's own auxiliaries: « ..., a revendiqué l'attaque mercredi »)
    after_clause = any(t.text in quotes for t in left) or any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in left)
    nominal = after_clause and (span[0].pos_ in ("DET", "PROPN", "NOUN") or article) and len(span) <= 12
    return list(span) if (has_person or has_role or nominal) else []


def _before_next_source(toks: list[Token]) -> list[Token]:
    """A source's words without the figure of the next source that follows them (« selon la police, 15
    [selon des médecins] », "according to doctors and 18 [according to residents]"): cut at a comma or
    a conjunction followed by a number, and trailing numbers, conjunctions and punctuation off."""
    for k in range(1, len(toks) - 1):
        if (toks[k].is_punct or toks[k].pos_ == "CCONJ") and toks[k + 1].like_num:
            toks = toks[:k]
            break
    while toks and (toks[-1].is_punct or toks[-1].like_num or toks[-1].pos_ == "CCONJ"):
        toks = toks[:-1]
    return toks


def _before_a_clause(toks: list[Token]) -> list[Token]:
    """The source's words before a comma that opens a clause of their own: the parse may join the clause a source
    stands before to the source (« Selon une source sécuritaire locale, les assaillants seraient des combattants
    ... »: the clause a conjunct of « source »)."""
    at = {t.i for t in toks}
    for k, t in enumerate(toks):
        if t.text == "," and k and any(u.dep_.startswith("nsubj") and u.head.i in at and u.head.i > t.i
                                       for u in toks[k + 1:]):
            return toks[:k]
        if k and t.is_quote and t.is_left_punct:
            # « Selon un élu de Diafarabé, joint par téléphone, « au moins 20 hommes ... » »: the words quoted are
            # the source's words, not the source; nor is the participle set off after it (« joint par téléphone »)
            toks = toks[:k]
            while toks and toks[-1].is_punct:
                toks.pop()
            comma = max((j for j, u in enumerate(toks) if u.text == ","), default=0)
            if comma and comma + 1 < len(toks) and "Part" in toks[comma + 1].morph.get("VerbForm"):
                toks = toks[:comma]
            return toks
    return toks


def _after_leading_phrases(doc: Doc, i: int, end: int, m: LanguageMatchers) -> int:
    """The first token from ``i`` past the prepositional phrases that open an inverted subject: the
    audience and the circumstances before the speaker (« a indiqué à l'AFP un responsable local », « a
    déclaré à la presse le maire », « a indiqué à l'AFP sous couvert d'anonymat un officier »): each
    phrase is a preposition, its determiners, then its nouns and adjectives up to a person's name (« à
    l'AFP Moussa Traoré »), and a relative clause set off by commas after them (« à Mopti, où l'ONG a
    son siège, »); a day's name among them (« a indiqué mardi à l'AFP », ``dates_<lang>.WEEKDAYS``)
    too. ``i`` itself when no preposition opens the words, or when the phrases run to ``end`` (no
    speaker after them)."""
    days = lexicon_words("dates", m.lang, "WEEKDAYS")
    j = i
    while j < end:
        if doc[j].lower_ in days:
            j += 1
            continue
        if doc[j].pos_ != "ADP" or doc[j].lower_ + " " in m.determiners:
            break  # (« des habitants »: an article the French parse tags a preposition opens the speaker)
        k = j + 1
        while k < end and doc[k].pos_ == "DET":
            k += 1
        if k >= end or doc[k].pos_ not in ("NOUN", "PROPN"):
            return i
        first = k
        while k < end and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") and not (
                k > first and doc[k].ent_iob_ == "B" and doc[k].ent_type_ in ("PER", "PERSON")):
            k += 1
        j = k
    if j == i:
        return i
    if j < end - 1 and doc[j].text == "," and _relative(doc[j + 1]):
        # « a indiqué à Mopti, où l'ONG a son siège, son directeur »: the relative clause on the place too
        j = next((k + 1 for k in range(j + 2, end) if doc[k].text == ","), end)
    return j if j < end else i


def _in_aside(first: Token, obj: Token) -> bool:
    """An attribution inside an aside that describes a noun ("the M23 rebels, who according to Kinshasa and
    the UN are backed by Rwanda, ...", « les rebelles du M23, soutenus selon Kinshasa et l'ONU par le Rwanda,
    ... »): a relative clause, or a past participle with no auxiliary nor subject of its own, that holds no
    figure. Its source vouches for the aside, not for the sentence's act nor its other claims."""
    verb = next((a for a in first.ancestors if a.pos_ in ("VERB", "AUX") and a.i != obj.i), None)
    if verb is None:
        return False
    if verb.dep_ in ("relcl", "acl:relcl", "acl"):
        described = verb.head
    elif verb.dep_ == "advcl" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"):
        if any(c.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass", "nsubj", "nsubj:pass") for c in verb.children):
            return False
        # (a parse that hangs the participle on the main verb: the noun right before the aside's comma)
        k = verb.left_edge.i - 1
        described = verb.doc[k - 1] if k > 0 and verb.doc[k].text == "," else verb
    else:
        return False
    while described.dep_ in ("nmod", "pobj", "compound", "flat", "flat:name") and described.head.i < described.i:
        described = described.head.head if described.dep_ == "pobj" else described.head
    if described.lemma_.lower() in event_words(verb.doc.lang_) or described.lower_ in event_words(verb.doc.lang_):
        return False  # "the attack, which according to police was carried out by jihadists": of the act itself
    return not any(t.like_num or t.pos_ == "NUM" for t in verb.subtree)


@lru_cache(maxsize=None)
def _act_lemmas(lang: str) -> frozenset[str]:
    """The first word of every trigger of ``events_<lang>.TRIGGERS`` ("fire", « tirer »): the verbs that tell an act;
    not a word of death or injury (``DEATH_CUES``, ``INJURY_CUES``: "said no one was killed" is a toll of none told,
    no denial of the act)."""
    ev = load_lexicon("events", lang)
    harm = {w.lower() for w in (*ev.DEATH_CUES, *ev.INJURY_CUES)}
    return frozenset(w for t in ev.TRIGGERS for w in [t[0].split()[0]] if w.lower() not in harm)


def _act_denied(tok: Token, m: LanguageMatchers) -> bool:
    """A verb of saying whose reported clause is an act's verb negated ("Police said officers did not fire live
    rounds", « La police a assuré que ses agents n'avaient pas tiré à balles réelles »), or a denial of involvement
    (:func:`_involvement_denied`): the speaker denies the act told (or a detail of it, or their part in it), as
    « a démenti » does. Not a clause of what will or would not be done (a modal: ``claims_<lang>.PROMISE_MODALS``,
    "said it would not attack")."""
    acts = _act_lemmas(m.lang)
    modals = lexicon_words("claims", m.lang, "PROMISE_MODALS")
    # the reported clause: the verb's complement, or the verb the saying is set beside after it (« Les agents n'ont
    # pas tiré ..., a assuré la police »: the parse hangs the verb of saying on the act's as a parataxis)
    clauses = [c for c in tok.children if c.dep_ == "ccomp"] + ([tok.head] if tok.dep_ == "parataxis" else [])
    for c in clauses:
        if not (c.pos_ == "VERB" and c.lemma_.lower() in acts or _involvement_denied(tok, c, m)):
            continue
        # negated on the verb ("did not fire", « n'avaient pas tiré »), or by the determiner of its subject ("no live
        # rounds were fired")
        negated = any(g.lower_ in m.negations and g.dep_ in ("neg", "advmod") for g in c.children) or any(
            g.dep_.startswith("nsubj") and any(d.dep_ == "det" and d.lower_ in m.negations for d in g.children)
            for g in c.children)
        if negated and not any(g.dep_.startswith("aux") and g.lemma_.lower() in modals for g in c.children) \
                and "Cnd" not in c.morph.get("Mood") and "Fut" not in c.morph.get("Tense"):
            return True
    return False


def _involvement_denied(verb: Token, clause: Token, m: LanguageMatchers) -> bool:
    """A reported clause of ``verb`` (the caller reads its negation) that tells its subject's part in an act by a verb
    of no act, the subject being the speaker's own (:func:`_speakers_own`):
    a predicate of involvement (``claims_<lang>.INVOLVEMENT_PREDICATES``: "its soldiers were not involved", "it was
    not responsible for the killings", « n'étaient pas impliqués », « n'était pas responsable de ces tueries »), or a
    verb of doing (``events_<lang>.CONDUCT_VERBS``) whose object is an act word or an operation
    (``claims_<lang>.OPERATION_NOUNS``: "had not conducted any operation in the area", « n'avaient pas mené
    d'opération »). Said negated under a verb of saying, the speaker denies the part laid on them (ACLED and Airwars
    keep such a denial beside the allegation). Of someone else ("said the victims were not involved in politics"), no
    denial of the speaker's part."""
    if not _speakers_own(verb, clause):
        return False
    predicates = lexicon_words("claims", m.lang, "INVOLVEMENT_PREDICATES")
    if clause.lemma_.lower() in predicates or clause.lower_ in predicates:
        return True
    if clause.pos_ == "AUX" and any(c.dep_ in ("acomp", "attr") and (c.lemma_.lower() in predicates
                                                                     or c.lower_ in predicates)
                                    for c in clause.children):
        return True  # "it was not responsible": the copula heads the clause in the English parse
    if clause.pos_ != "VERB":
        return False
    conduct = {v.split()[0] for v in lexicon_words("events", m.lang, "CONDUCT_VERBS")}
    if clause.lemma_.lower() not in conduct:
        return False
    done = event_words(m.lang) | set(lexicon_words("claims", m.lang, "OPERATION_NOUNS"))
    return any(c.dep_ in ("dobj", "obj", "obl:arg") and c.lemma_.lower() in done for c in clause.children)


def _speakers_own(verb: Token, clause: Token) -> bool:
    """The subject of ``clause``, reported by ``verb``, is the speaker or theirs: a personal pronoun ("it was not
    responsible", « qu'elle n'était pas responsable »), a noun with a possessive ("its soldiers", « ses soldats »),
    or the speaker's own word again."""
    speakers = {c.lemma_.lower() for c in verb.children
                if c.dep_.startswith("nsubj") or (verb.dep_ == "parataxis" and c.dep_ in ("obj", "dobj"))}
    for s in clause.children:
        if not s.dep_.startswith("nsubj"):
            continue
        if s.pos_ == "PRON" and s.morph.get("Person") and not set(s.morph.get("PronType")) & {"Rel", "Int", "Ind"} \
                or s.lemma_.lower() in speakers:
            return True
        if any(d.dep_ == "poss" or (d.dep_ == "det" and "Yes" in d.morph.get("Poss")) for d in s.children):
            return True
    return False


def _lays_an_act(tok: Token, m: LanguageMatchers) -> tuple[str, bool] | None:
    """ "The defence minister attributed the attack to jihadists", « Le ministre a attribué l'attaque aux
    jihadistes »: a verb of ``claims_<lang>.ATTRIBUTION_PREDICATES`` said by someone, whose object (or passive subject:
    « l'attaque a été attribuée aux ADF par le ministre ») is an act (an event trigger's word, a responsibility noun, or
    a pronoun standing for it), reports: its subject (or agent) lays the act at the group's door, a claim of theirs, as
    (its lemma, False); None else. Not a participle on a noun (« une attaque attribuée aux ADF »), which is the text's
    own hedge on the doer (:func:`perpetrator_hedge`)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in m.attribution_predicates:
        return None
    acts = event_words(tok.doc.lang_)

    def an_act(t: Token) -> bool:
        return t.lemma_.lower() in acts or t.lower_ in acts or t.lemma_.lower() in m.responsibility_nouns

    if tok.dep_.split(":")[0] in ("acl", "relcl", "amod"):
        # a relative clause with a subject of its own on the act's noun is that subject's words ("an attack the
        # minister attributed to the ADF", « une attaque que le ministre a attribuée aux ADF »)
        if any(c.dep_ == "nsubj" for c in tok.children) and an_act(tok.head):
            return lemma, False
        # a relative clause on the speaker whose relative pronoun lays an act it names ("..., said the army, which
        # attributed the attack to ADF rebels", « a annoncé mardi l'armée, qui a attribué l'attentat aux ADF »): the
        # noun the pronoun reads back to lays it (:func:`_subject`)
        # (a personal pronoun only on the speaker of a verb of saying: « les menaces pour les forces, qui les attribuent
        # aux jihadistes » says who fears what in general)
        speaker = tok.head.dep_.split(":")[0] in ("nsubj", "obj", "dobj") and m.reporting_entry(tok.head.head) is not None
        if any(c.dep_.startswith("nsubj") and _relative(c) for c in tok.children) and any(
                c.dep_ in ("dobj", "obj") and (an_act(c) or speaker and c.pos_ == "PRON" and not _relative(c))
                for c in tok.children):
            return lemma, False
        return None
    if any(c.dep_ in ("dobj", "obj", "nsubj:pass", "nsubjpass") and (c.pos_ == "PRON" or an_act(c))
           for c in tok.children):
        return lemma, False
    return None


def owns_an_act(verb: Token, m: LanguageMatchers, deps: tuple[str, ...] = ("dobj", "obj"), acts: bool = True,
                forms: bool = False, anchors: set[int] | None = None) -> bool:
    """``verb`` takes an act as its subject's own: a verb of ``claims_<lang>.OWNING_VERBS`` (``m.owning``) whose
    object (a child of ``deps``; with ``anchors``, one of them: one the act hangs on) is a responsibility noun
    (``claims_<lang>.RESPONSIBILITY_NOUNS``: "Kyiv claimed responsibility for the strike", « a revendiqué la
    responsabilité de ces meurtres ») or, with ``acts``, an act's word (:func:`event_words`: « l'Ukraine a revendiqué
    la frappe »), by its lemma or, with ``forms``, its form too. The one test of the verb's side of the relation
    that ``events.claimed_as_own`` reads from the act's noun."""
    if not m.owning(verb):
        return False
    events = event_words(m.lang) if acts else frozenset()
    return any(o.dep_ in deps and (anchors is None or o.i in anchors) and (
        o.lemma_.lower() in m.responsibility_nouns or o.lemma_.lower() in events or forms and o.lower_ in events)
        for o in verb.children)


def _act_owned_in_passive(verb: Token, m: LanguageMatchers) -> bool:
    """``verb``, a verb of owning (``m.owning``), takes an act in the passive: its passive subject ("The attack was
    claimed by JNIM", « L'attaque a été revendiquée par le JNIM ») or, a participle, the act's noun it describes ("A car
    bomb attack claimed by the Pakistani Taliban killed ..."): the group owns the act as in "JNIM claimed the attack"."""
    if not m.owning(verb):
        return False
    if owns_an_act(verb, m, deps=("nsubjpass", "nsubj:pass"), forms=True):
        return True
    head = verb.head
    events = event_words(m.lang)
    return verb.dep_.split(":")[0] == "acl" and head.i != verb.i and head.pos_ == "NOUN" and (
        head.lemma_.lower() in events or head.lower_ in events or head.lemma_.lower() in m.responsibility_nouns)


@lru_cache(maxsize=8)
def event_words(lang: str) -> frozenset[str]:
    """The one-word event triggers of the language (``events_<lang>.TRIGGERS``: "attack", « attaque »)."""
    try:
        return frozenset(t[0].lower() for t in load_lexicon("events", lang).TRIGGERS if " " not in t[0])
    except LexiconMissing:
        return frozenset()


def _resolve_speakers(claims: list[ClaimMention], m: LanguageMatchers, doc: Doc | None = None,
                      sents: list[Span] | None = None, actors: list[ActorMention] = (),
                      ents: tuple[Span, ...] = ()) -> None:
    """Pronouns -> the person the sentence before describes (:func:`_person_described_before`), else the
    previous speaker; a pronoun of no person ("It said", claims_<lang>.THING_PRONOUNS) -> the body the sentence
    before is about (:func:`_body_described_before`), else the previous speaker that is no person; a singular
    role-only phrase ("le porte-parole") -> the nearest named speaker with that role word (earlier, or later for an
    indefinite "un porte-parole")."""
    named: list[ClaimMention] = []
    for i, cm in enumerate(claims):
        if cm.pronoun:
            thing = (cm.speaker or "").lower() in m.thing_pronouns
            if doc is not None and sents and not cm.same_source:
                # (a pronoun of a person or a thing alike, « elles ont déjà nié », after a semicolon whose clause's
                # subject is an armed group: that group)
                body = _body_described_before(doc, sents, cm, m, same_sentence=not thing)
                if body is not None and (thing or any(a.armed and a.tok_start <= body.i < a.tok_end for a in actors)):
                    _speaker_from(_np_tokens(body), doc, m, list(actors), cm, ents or doc.ents)
                    named.append(cm)
                    continue
            person = _person_described_before(doc, sents, claims, cm) if doc is not None and sents \
                and not cm.same_source and not thing else None
            # (« selon la même source »: the source told before, not who only condemned the act: « Les FSR ont dénoncé
            # un massacre », events_<lang>.REACTION_VERBS)
            prev = next((p for p in reversed(claims[:i]) if p.speaker and not p.pronoun and not (
                cm.same_source and (p.verb or "").lower() in m.reaction_verbs) and not (
                thing and (p.person or _names_a_person(doc, p, m)))), None)
            if person is not None:
                cm.speaker, cm.speaker_role, cm.organisation = person.text, None, None
                cm.plural = cm.role_only = cm.definite = False
                cm.person = True
            elif prev is not None:
                _copy_speaker(prev, cm)
                if cm.same_source and prev.unverified and cm.certainty == "asserted":
                    # « ont indiqué des sources sécuritaires. ..., selon les mêmes sources »: the same unverified
                    # source, as sure as it was (alleged)
                    cm.certainty, cm.unverified = "alleged", True
        elif (issuer := _statement_of_the_speaker_before(cm, named, m)) is not None:
            # "The statement added that ..." after "..., the defence ministry said": the ministry's statement
            _copy_speaker(issuer, cm)
        elif (person := _surname_of_the_person_before(cm, named)) is not None:
            # "Garba added that ..." after "..., police commissioner Musa Garba said": the same person going on
            _copy_speaker(person, cm)
        elif (fuller := _fuller_name_before(cm, named)) is not None:
            # « le ministère » after « le ministère de la Défense », "the ministry" after "the defence ministry": the
            # body told before by its full name
            _copy_speaker(fuller, cm)
        elif cm.role_only and not cm.plural and cm.speaker_role:
            pool = list(reversed(named)) if cm.definite else [c for c in claims[i + 1 :] if _is_named(c)]
            match = next((p for p in pool if _same_role(cm, p, m)), None)
            if match is not None:
                cm.speaker_role = cm.speaker_role
                cm.speaker = match.speaker
                cm.person = match.person
                cm.organisation = cm.organisation or match.organisation
                cm.role_only = False
        if _is_named(cm):
            named.append(cm)


def _owner_of_the_speaker(p: Span, span: Span) -> bool:
    """The name owns the speaker's noun after it ("Niger's defence ministry", "President Tinubu's spokesman", tagged a
    person): whose body or whose spokesman speaks, not the speaker."""
    return p.root.dep_ == "poss" and span.start <= p.root.head.i < span.end and p.root.head.i >= p.end


def _statement_of_the_speaker_before(cm: ClaimMention, named: list[ClaimMention],
                                     m: LanguageMatchers) -> ClaimMention | None:
    """The nearest speaker named in a sentence before ``cm``'s, when ``cm``'s speaker is a definite statement's noun
    alone (``claims_<lang>.STATEMENT_NOUNS``: "The statement added that about 20 assailants were killed" after "...,
    the defence ministry said", « Le communiqué précise que ... » after « a annoncé le ministère de la Défense »):
    the statement is that speaker's, its claims that source's; None when there is none."""
    attributed = (cm.verb or "").lower() in lexicon_words("claims", m.lang, "ATTRIBUTION")
    if not (cm.definite or attributed) or cm.plural or cm.person or not cm.speaker:
        return None
    nouns = lexicon_words("claims", m.lang, "STATEMENT_NOUNS")
    if _strip_det(cm.speaker.strip(), m).lower() not in nouns:
        return None
    # ("According to a statement, ..." right after "..., the army said": a statement with no owner named is that of
    # the speaker of the sentence just before, « Selon un communiqué, ... » after « a annoncé l'armée »)
    return next((p for p in reversed(named) if p.sent_start < cm.sent_start and p.speaker
                 and _strip_det(p.speaker.strip(), m).lower() not in nouns
                 and (cm.definite or p.sent_end >= cm.sent_start - 2)), None)


def _surname_of_the_person_before(cm: ClaimMention, named: list[ClaimMention]) -> ClaimMention | None:
    """The nearest speaker told before whose name ends with the one capitalised word ``cm``'s speaker is ("Garba
    added that ..." after "..., police commissioner Musa Garba said", « Koné a ajouté » after « le gouverneur Amadou
    Koné »): the same person going on; None when there is none."""
    word = (cm.speaker or "").strip()
    if not word or " " in word or not word[:1].isupper() or cm.definite or cm.pronoun:
        return None
    return next((p for p in reversed(named) if p.speaker and p.speaker != word and " " in p.speaker.strip()
                 and p.speaker.split()[-1] == word and p.speaker.split()[-2][:1].isupper()), None)


def _fuller_name_before(cm: ClaimMention, named: list[ClaimMention]) -> ClaimMention | None:
    """The nearest speaker told before whose name holds the one word ``cm``'s definite speaker is (« le ministère »
    after « le ministère de la Défense »), a body's, no person's; None when there is none."""
    if not cm.definite or cm.plural or cm.person or not cm.speaker or " " in cm.speaker.strip():
        return None
    word = cm.speaker.strip().lower()
    return next((p for p in reversed(named) if not p.person and p.speaker and p.speaker.lower() != word
                 and word in p.speaker.lower().split()), None)


def _person_word(tok: Token, m: LanguageMatchers) -> bool:
    """``tok`` names a person: a role ("spokesman", « porte-parole ») or a word of people of the events lexicon."""
    words = m.role_nouns | lexicon_words("events", m.lang, "PERSON_NOUNS") \
        | lexicon_words("events", m.lang, "CIVILIAN_NOUNS") | lexicon_words("events", m.lang, "COMBATANT_NOUNS")
    return tok.lemma_.lower() in words or tok.lower_ in words


def _names_a_person(doc: Doc | None, cm: ClaimMention, m: LanguageMatchers) -> bool:
    """The speaker phrase of ``cm`` is headed by a word of a person ("a member of a local defence force")."""
    if doc is None or not cm.speaker_tokens:
        return False
    return _person_word(doc[min(cm.speaker_tokens):max(cm.speaker_tokens) + 1].root, m)


CLAUSE_STOPS = (";",)  # marks that close a clause of a sentence as a full stop would


def _body_described_before(doc: Doc, sents: list[Span], cm: ClaimMention, m: LanguageMatchers,
                           same_sentence: bool = False) -> Token | None:
    """A pronoun of no person as a speaker ("It has repeatedly denied targeting civilians") right after a sentence whose
    subject is a body, no person ("Myanmar's military government did not respond to a request for comment"), or after
    a clause closed by a semicolon in its own sentence ("The RSF did not respond ...; it has previously denied"): that
    subject's head. ``same_sentence``: only the clause of its own sentence, or a subject of the sentence before whose
    gender and number are the pronoun's (:func:`_agrees`)."""
    si = next((k for k, s in enumerate(sents) if s.start_char <= cm.sent_start < s.end_char), None)
    if si is None:
        return None
    first = min(cm.speaker_tokens) if cm.speaker_tokens else None
    stop = next((t for t in sents[si] if first is not None and t.i < first and t.text in CLAUSE_STOPS), None)
    if stop is not None:
        # "The RSF did not respond to a request for comment; it has previously denied targeting civilians": the
        # subject of the clause before the semicolon (whatever verb the parse makes the root)
        subj = next((t for t in reversed(doc[sents[si].start:stop.i]) if t.dep_ in ("nsubj", "nsubj:pass")
                     and t.head.i < stop.i), None)
    elif not si:
        return None
    else:
        subj = next((c for c in sents[si - 1].root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if same_sentence and (subj is None or not _agrees(subj, [doc[i] for i in sorted(cm.speaker_tokens)])):
            # a pronoun of a person or a thing alike (« Elle dément toute exaction ») stands for the body the
            # sentence before is about (« L'armée malienne n'a pas réagi ») only when its gender and number are the
            # body's
            return None
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or _person_word(subj, m) or any(
            t.ent_type_ in PERSON_LABELS for t in subj.subtree):
        return None
    return subj


def _agrees(noun: Token, pronoun: list[Token]) -> bool:
    """The pronoun among ``pronoun`` has the gender and the number of ``noun``, both told by the parse."""
    pron = next((t for t in pronoun if t.pos_ == "PRON"), None)
    if pron is None:
        return False
    return all(pron.morph.get(f) and pron.morph.get(f) == noun.morph.get(f) for f in ("Gender", "Number"))


def _person_described_before(doc: Doc, sents: list[Span], claims: list[ClaimMention],
                             cm: ClaimMention) -> Span | None:
    """A singular pronoun speaker ("He said 26 bodies ...", « Il a affirmé ») right after a sentence that
    reports nothing and whose subject is a person named ("Dr Yakubu Musa runs the general hospital in Gwoza",
    « Le docteur Yakubu Musa dirige l'hôpital »): that person (the name), who the sentence before
    introduced, not the speaker quoted before it."""
    pron = [doc[i] for i in sorted(cm.speaker_tokens) if doc[i].pos_ == "PRON"]
    if not pron or "Sing" not in pron[0].morph.get("Number"):
        return None
    si = next((k for k, s in enumerate(sents) if s.start_char <= cm.sent_start < s.end_char), None)
    if not si:
        return None
    before = sents[si - 1]
    if any(c.sent_start == before.start_char for c in claims):
        return None
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None:
        return None
    names = [e for e in doc.ents if e.label_ in PERSON_LABELS and subj.left_edge.i <= e.start and e.end <= subj.right_edge.i + 1]
    return names[0] if names else None


def _same_role(cm: ClaimMention, named: ClaimMention, m: LanguageMatchers) -> bool:
    """A role-only speaker ("le porte-parole de l'armée", "the spokesman") is the named speaker
    ``named`` when they share a role noun (``claims_<lang>.SPEAKER_ROLE_NOUNS``), not any word: « le
    porte-parole de l'armée » is not « Jean-Paul Kambale, un responsable de la société civile », with
    whom it shares only "de"; nor is a role of one organisation ("a spokesman for the PDF") a named speaker who
    is not of it ("the junta's spokesman, Zaw Min Tun")."""
    if not named.speaker_role:
        return False
    if cm.organisation and named.organisation != cm.organisation:
        return False  # "a spokesman for the PDF" is not "the junta's spokesman, Zaw Min Tun"
    elsewhere = lexicon_words("claims", m.lang, "ELSEWHERE_WORDS")
    if any(w in elsewhere for w in " ".join(x for x in (cm.speaker, cm.speaker_role) if x).lower().split()):
        return False  # "the regional governor there said", after "regional governor Oleh Syniehubov": another one

    def roles(text: str) -> set[str]:
        return {w for w in text.lower().replace(",", " ").split() if w in m.role_nouns}

    return bool(roles(cm.speaker_role) & roles(named.speaker_role))


def _is_named(cm: ClaimMention) -> bool:
    return bool(cm.speaker) and not cm.pronoun and not cm.role_only


def _copy_speaker(src: ClaimMention, dst: ClaimMention) -> None:
    dst.speaker = src.speaker
    dst.speaker_role = src.speaker_role
    dst.organisation = src.organisation
    dst.plural = src.plural
    dst.role_only = src.role_only
    dst.definite = src.definite
    dst.person = src.person


# --- who did it, and how sure the text is of it -----------------------------------------------

# the noun-phrase links a perpetrator's mention climbs to the phrase that names it as the doer
# ("members of the Shining Path", "by members of ...", "who are presumably members of ...")
_NP_DEPS = ("compound", "flat", "flat:name", "amod", "appos", "nmod", "fixed")
_HEDGE_DEPS = ("amod", "advmod", "acl", "nmod", "obl", "xcomp")
PERPETRATOR_HOPS = 6
# the verb of the claim by which the text itself lays an act at a perpetrator's door
ATTRIBUTION_VERB = "attribute"


@dataclass
class PerpetratorHedge:
    """A word that makes the attribution of an act to a perpetrator less than certain: a hedge
    on the perpetrator's phrase ("apparently by members of the Shining Path", "presumed rebels",
    "des djihadistes présumés") or a predicate that lays the act at its door ("attributed to the
    death squads", "imputé aux FDLR")."""
    start: int  # char offsets of the hedge word
    end: int
    word: str
    certainty: str


def perpetrator_hedge(doc: Doc, m: LanguageMatchers, tok_start: int, tok_end: int) -> PerpetratorHedge | None:
    """The hedge bearing on the perpetrator mention ``doc[tok_start:tok_end]``, or None.

    The mention climbs its noun phrase ("the Maoist Shining Path guerrilla movement"), the noun a
    group is "of" ("members of"), the agent marker ("by", "par") and a copula it is the attribute
    of ("who are presumably members of"); a hedge (``claims_<lang>.PERPETRATOR_HEDGES``) that
    modifies one of these, or stands right before the phrase, is about who did it. A predicate of
    ``claims_<lang>.ATTRIBUTION_PREDICATES`` the phrase is the complement or passive subject of
    ("blamed on", "attribué à", "suspected of") is an accusation."""
    hedges = m.perpetrator_hedges
    preds = m.attribution_predicates
    if not hedges and not preds:
        return None

    def word_cert(t) -> str | None:
        return hedges.get(t.lower_) or hedges.get(t.lemma_.lower())

    def found(t, cert: str) -> PerpetratorHedge:
        return PerpetratorHedge(t.idx, t.idx + len(t), t.text, cert)

    span = doc[tok_start:tok_end]
    tok = span.root
    chain = [tok]
    for _ in range(PERPETRATOR_HOPS):
        head = tok.head
        if head.i == tok.i:
            break
        dep = tok.dep_
        if dep in ("pobj", "obl:agent", "agent") and head.lower_ in m.agent_markers:
            chain.append(head)  # "by ..."
            break
        if dep.split(":")[0] in ("obl", "nmod") and any(c.dep_ == "case" and c.lower_ in m.agent_markers
                                                        for c in tok.children):
            chain.extend(c for c in tok.children if c.dep_ == "case")  # "par ..."
            break
        if dep == "pobj" and head.pos_ == "ADP" and head.head.pos_ in ("NOUN", "PRON"):
            chain.append(head)  # "members of ..."
            tok = head.head
        elif dep in _NP_DEPS and head.pos_ in ("NOUN", "PROPN"):
            tok = head  # inside the noun phrase, and "membres du ..."
        elif dep == "attr" and head.lemma_.lower() in m.copulas:
            chain.append(head)  # "who are presumably members of ..."
            break
        else:
            break
        chain.append(tok)
    top = chain[-1]

    def pred_cert(t) -> str | None:
        return preds.get(t.lemma_.lower()) or preds.get(t.lower_)

    # a predicate that lays the act at the phrase's door: "blamed on X", "attribué à X", "X were
    # accused of the murder"
    for t in chain:
        if t.pos_ == "ADP":
            pred = t.head
        elif t.dep_.split(":")[0] in ("pobj", "obl", "nmod") and t.head.pos_ in ("VERB", "ADJ", "ADP"):
            pred = t.head.head if t.head.pos_ == "ADP" else t.head
        elif t.dep_.split(":")[0] == "nmod" and t.head.pos_ == "NOUN" and pred_cert(t.head) is not None:
            pred = t.head  # « porte la marque de Boko Haram »: the noun that lays it, the group its complement
        elif t.dep_.split(":")[0] == "nmod" and t.head.dep_ in ("obj", "dobj") and any(
                c.dep_ == "case" for c in t.children):
            # "a attribué l'attentat au Sentier lumineux" parsed with the group inside the act's
            # phrase: the predicate the act is the object of lays it at the group's door
            pred = t.head.head
        else:
            continue
        if pred_cert(pred) is not None:
            return found(pred, pred_cert(pred))
    if top.dep_.startswith(("nsubjpass", "nsubj:pass")) and pred_cert(top.head) is not None:
        return found(top.head, pred_cert(top.head))
    # "the attack is thought to have been carried out by X", "is believed to have been perpetrated
    # by X": the verb the agent phrase hangs on is the complement of a verb of supposition
    if top.lower_ in m.agent_markers or top.pos_ == "ADP":
        verb = top.head.head if top.dep_ == "case" else top.head  # "par" hangs on its noun, "by" on the verb
        for _ in range(2):
            if verb.dep_.split(":")[0] != "xcomp" or verb.head.i == verb.i:
                break
            verb = verb.head
            cert = m.supposition_verbs.get(verb.lemma_.lower())
            if cert is not None:
                return found(verb, cert)
    for t in chain:
        for c in t.children:
            cert = word_cert(c) if c.dep_.split(":")[0] in _HEDGE_DEPS else None
            if cert is not None:
                return found(c, cert)
            if c.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN"):
                # "the gunmen, presumably members of the EPL,": the appositive that says who they are
                g = next((g for g in c.children if g.dep_ == "advmod" and word_cert(g)), None)
                if g is not None:
                    return found(g, word_cert(g))
            if c.dep_.split(":")[0] in ("relcl", "acl") and c.lemma_.lower() in m.copulas:
                # "the assassins, who are presumably members of the Shining Path": the relative
                # clause that says who they are
                cert = next((word_cert(g) for g in c.children if g.dep_ == "advmod" and word_cert(g)), None)
                if cert is not None:
                    return found(next(g for g in c.children if g.dep_ == "advmod" and word_cert(g)), cert)
    # "the gunmen, presumably members of the EPL," / "les assaillants, probablement des membres du
    # MRTA," when the parse does not tie the appositive: the hedge that opens the phrase set off
    # by a comma right after the mention says who they are
    if tok_end + 1 < span.sent.end and doc[tok_end].text == "," and word_cert(doc[tok_end + 1]):
        return found(doc[tok_end + 1], word_cert(doc[tok_end + 1]))
    verb_hedge = _act_verb_hedge(doc, m, top, word_cert)
    if verb_hedge is not None:
        return verb_hedge
    # the parse of a long name may not tie the hedge: the word right before the phrase
    # ("APPARENTLY BY MEMBERS OF ...", "PRESUMED SHINING PATH EXTREMISTS")
    nominal = [t for t in chain if t.pos_ != "AUX" and t.lemma_.lower() not in m.copulas]
    if not nominal:
        return _doubt(chain, top, m)  # (a name read as a copula: "IS fighters attacked ...", "IS" lemma "be")
    left = min(t.left_edge.i for t in nominal)
    for i in sorted({left - 1, tok_start - 1}, reverse=True):
        if i >= span.sent.start:
            cert = word_cert(doc[i])
            if cert is not None:
                return found(doc[i], cert)
    return _doubt(chain, top, m)


def _doubt(chain: list[Token], top: Token, m: LanguageMatchers) -> PerpetratorHedge | None:
    """Doubt told as alternatives about who did it: the perpetrator's phrase coordinated with another
    by a conjunction of ``claims_<lang>.DOUBT_CONJUNCTIONS`` ("THE MEDELLIN CARTEL OR THE APRIL 19
    MOVEMENT", "EITHER COMMON CRIMINALS OR MEMBERS OF THE FMLN", "l'ELN ou les FARC"), or the subject of
    a clause opened by a marker of ``DOUBT_MARKERS`` ("WHETHER THE ELN CARRIED OUT THE ATTACK"): a
    possibility (MUC-4 7.12 note 4), the conjunction or the marker its evidence."""
    def found(t) -> PerpetratorHedge:
        return PerpetratorHedge(t.idx, t.idx + len(t), t.text, "possible")

    for t in chain:
        if t.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        linked = [t, *(c for c in t.children if c.dep_ == "conj")]
        if t.dep_ == "conj":
            linked.append(t.head)
        cc = next((c for x in linked for c in x.children if c.dep_ == "cc" and c.lower_ in m.doubt_conjunctions), None)
        if cc is not None:
            return found(cc)
    if top.dep_.split(":")[0] in ("nsubj", "nsubjpass"):
        mark = next((c for c in top.head.children if c.dep_ == "mark" and c.lower_ in m.doubt_markers), None)
        if mark is not None:
            return found(mark)
    return None


def _act_verb_hedge(doc: Doc, m: LanguageMatchers, top: Token, word_cert) -> PerpetratorHedge | None:
    """A hedge on the verb whose subject or agent the perpetrator is: an adverb on it ("was
    apparently carried out by", "guerrillas apparently burned", "a peut-être été enlevé par"), a
    modal of possibility (``claims_<lang>.MODAL_HEDGES``: "may have been carried out by"), the
    conditional where the language's conditional reports hearsay ("aurait été commis par"), or an
    adjective of likelihood the clause is the complement of ("it is possible that X did it", "il est
    possible que X ait ...", ``claims_<lang>.LIKELIHOOD_ADJECTIVES``)."""
    if top.lower_ in m.agent_markers or top.pos_ == "ADP":
        verb = top.head.head if top.dep_ == "case" else top.head  # "par" hangs on its noun, "by" on the verb
    elif top.dep_.split(":")[0] in ("nsubj", "nsubjpass"):
        verb = top.head
    elif top.lemma_.lower() in m.copulas:
        verb = top  # "could have been the work of X": the copula the phrase is the attribute of
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX", "NOUN"):
        return None

    def found(t, cert: str) -> PerpetratorHedge:
        return PerpetratorHedge(t.idx, t.idx + len(t), t.text, cert)

    modals = m.modal_hedges
    for c in verb.children:
        dep = c.dep_.split(":")[0]
        if dep == "advmod" and word_cert(c):
            return found(c, word_cert(c))
        cert = (modals.get(c.lemma_.lower()) or modals.get(c.lower_)) if dep == "aux" else None
        if cert is not None:
            return found(c, cert)
        if dep == "aux" and m.conditional_is_alleged and "Cnd" in c.morph.get("Mood"):
            return found(c, "alleged")
    if m.conditional_is_alleged and "Cnd" in verb.morph.get("Mood"):
        return found(verb, "alleged")
    # "pourrait avoir été commis par X": the modal the act's verb is the complement of
    if verb.dep_.split(":")[0] == "xcomp" and verb.head.i != verb.i:
        cert = modals.get(verb.head.lemma_.lower()) or modals.get(verb.head.lower_)
        if cert is not None:
            return found(verb.head, cert)
    if verb.dep_.split(":")[0] in ("ccomp", "csubj") and verb.head.i != verb.i:
        head = verb.head
        adjs = m.likelihood_adjectives
        for t in (head, *(c for c in head.children if c.dep_ in ("acomp", "attr"))):
            cert = adjs.get(t.lemma_.lower()) or adjs.get(t.lower_)
            if cert is not None and t.pos_ == "ADJ":
                return found(t, cert)
        # "THE ARMY DID NOT RULE OUT THAT THE FMLN WAS BEHIND IT", « n'exclut pas que »: a verb of ruling
        # out, negated (``claims_<lang>.NOT_RULED_OUT``), leaves the doer a possibility
        cert = m.not_ruled_out.get(head.lemma_.lower())
        if cert is not None and any(c.dep_ in ("neg", "advmod") and c.lower_ in m.negations for c in head.children):
            return found(head, cert)
    return None
