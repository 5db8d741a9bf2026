"""spaCy matchers built once per (language, pipeline) from the lexicons.

Phrases are matched word by word on either the lower-case form or the lemma, so lexicons can list
lemmas ("frappe aérien") or surface forms ("camion piégé"). Short all-caps aliases ("EI", "IS")
match on exact spelling only, so the English verb "is" is never the Islamic State.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
import unicodedata
from functools import lru_cache

from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER, ORTH, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.symbols import AUX, VERB
from spacy.util import filter_spans

from bilan import nlp as nlp_mod
from bilan.lexicons import LexiconMissing, load
from bilan.lexicons import words as lexicon_set


class WordMatcher:
    """(key, phrase) pairs, tokenised like the text ("attentat-suicide" is three tokens), matched
    word by word on the lower-case form or on the lemma. Two hash-based PhraseMatchers, one per
    attribute: called like a spaCy Matcher (on a Doc or a Span), it returns sorted, de-duplicated
    (match_id, start, end) triples."""

    def __init__(self, nlp: Language, phrases: Iterable[tuple[str, str]], parse_phrases: bool = False):
        """``parse_phrases``: also match a multi-word phrase on the lemmas the model gives it, so that
        "tomber entre les mains" matches "tombée entre les mains" (the model lemmatises the text's
        "entre les mains" as "entrer le main", never as the words written in the lexicon)."""
        vocab = nlp.vocab
        self.lower = PhraseMatcher(vocab, attr="LOWER")
        self.lemma = PhraseMatcher(vocab, attr="LEMMA")
        # the phrases with their accents folded ("incendié" -> "incendie"), for a text in capitals:
        # wire copy drops the accents there ("ONT INCENDIE", "DYNAMITE", "GUERILLEROS"); a text in
        # mixed case keeps them, so "un incendie" there is no "incendié"
        self.folded: PhraseMatcher | None = None
        phrases = list(phrases)
        # (a phrase of several words opened by a verb is also matched across a weekday told right after that verb:
        # « ont pris lundi le contrôle de Rubaya », :meth:`_across_days`)
        self.weekdays, cased = nlp_mod.weekday_words(nlp.lang)
        self.day_attr = ORTH if cased else LOWER
        self.multi = any(" " in p.strip() for _, p in phrases)
        multi = [p for _, p in phrases if " " in p.strip()] if parse_phrases else []
        parsed = {p: [t.lemma_.lower() for t in d if not t.is_space] for p, d in zip(multi, nlp.pipe(multi))}
        for key, phrase in phrases:
            words = [t.lower_ for t in nlp.make_doc(phrase) if not t.is_space]
            if not words:
                continue
            self.lower.add(key, [Doc(vocab, words=words)])
            bare = [fold_accents(w) for w in words]
            if bare != words:
                if self.folded is None:
                    self.folded = PhraseMatcher(vocab, attr="LOWER")
                self.folded.add(key, [Doc(vocab, words=bare)])
            patterns = [Doc(vocab, words=words, lemmas=words)]
            lemmas = parsed.get(phrase)
            if lemmas and len(lemmas) == len(words) and lemmas != words:
                patterns.append(Doc(vocab, words=words, lemmas=lemmas))
            self.lemma.add(key, patterns)

    # a test a match must pass, on the doc's offsets: keep(doc, match_id, start, end) (None: every match)
    keep = None

    def __call__(self, doclike) -> list[tuple[int, int, int]]:
        found = set(self.lower(doclike)) | set(self.lemma(doclike))
        if self.multi and self.weekdays:
            found |= self._across_days(doclike)
        if self.folded is not None and nlp_mod.in_capitals(doclike):
            found |= set(self.folded(doclike))
        if self.keep is not None:
            doc = doclike.doc if isinstance(doclike, Span) else doclike
            found = {f for f in found if self.keep(doc, *f)}
        if isinstance(doclike, Span):
            # like spaCy's Matcher, offsets relative to the span (PhraseMatcher gives the doc's)
            found = {(mid, s - doclike.start, e - doclike.start) for mid, s, e in found}
        return sorted(found)

    def _across_days(self, doclike) -> set[tuple[int, int, int]]:
        """The matches of several words that a weekday right after a verb splits (« ont pris lundi le contrôle »),
        found in the words with that day left out, on the doc's offsets (the day inside the match)."""
        doc = doclike.doc if isinstance(doclike, Span) else doclike
        lo, hi = (doclike.start, doclike.end) if isinstance(doclike, Span) else (0, len(doc))
        # (read on the doc's arrays, no token made but where a weekday follows a verb)
        rows = doc.to_array([self.day_attr, POS])[lo:hi].tolist()
        gaps = {lo + k for k in range(1, len(rows) - 1) if rows[k][0] in self.weekdays and rows[k - 1][1] == VERB}
        if not gaps:
            return set()
        kept = [i for i in range(lo, hi) if i not in gaps]
        view = Doc(doc.vocab, words=[doc[i].text for i in kept], lemmas=[doc[i].lemma_ or doc[i].text for i in kept])
        out = set()
        for mid, s, e in set(self.lower(view)) | set(self.lemma(view)):
            first, last = kept[s], kept[e - 1]
            if last - first + 1 != e - s:  # (only the matches the day split)
                out.add((mid, first, last + 1))
        return out


class _NounsOnlyAsNouns:
    """A WordMatcher whose one-word matches among ``nouns_only`` count only where the word is no verb:
    "a storm killed five" is a natural cause, "after they stormed a bank" an assault."""

    def __init__(self, matcher: WordMatcher, nouns_only: frozenset[str]):
        self.matcher, self.nouns_only = matcher, nouns_only

    def __call__(self, doclike) -> list[tuple[int, int, int]]:
        found = self.matcher(doclike)
        if not self.nouns_only:
            return found
        return [(mid, s, e) for mid, s, e in found if not (
            e - s == 1 and doclike[s].pos_ in ("VERB", "AUX")
            and (doclike[s].lemma_.lower() in self.nouns_only or doclike[s].lower_ in self.nouns_only))]


@lru_cache(maxsize=65536)
def fold_accents(word: str) -> str:
    """``word`` without its accents ("incendié" -> "incendie", "guérilleros" -> "guerilleros")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


LIFE_TAKER_STEPS = 2


def _life_taken(death: int, life: frozenset[str], takers: frozenset[str]):
    """The keep test of the casualty cues: a DEATH match that is one word of ``life`` stands only when a word of
    ``takers`` (by lemma) is its head or its head's head."""
    def keep(doc: Doc, mid: int, start: int, end: int) -> bool:
        if mid != death or end - start != 1 or doc[start].lower_ not in life:
            return True
        tok = doc[start]
        for _ in range(LIFE_TAKER_STEPS):
            if tok.head.i == tok.i:
                return False
            tok = tok.head
            if tok.lemma_.lower() in takers or tok.lower_ in takers:
                return True
        return False
    return keep


def build_word_matcher(nlp: Language, phrases: Iterable[tuple[str, str]], parse_phrases: bool = False) -> WordMatcher:
    return WordMatcher(nlp, phrases, parse_phrases)


def longest_matches(doc: Doc, matcher: WordMatcher) -> list[Span]:
    spans = [Span(doc, s, e, label=mid) for mid, s, e in matcher(doc)]
    return sorted(filter_spans(spans), key=lambda sp: sp.start)


def sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, repaired: a fragment with no word ("«") joins the next sentence, a
    fragment that starts with a comma or a lower-case incise (", a-t-il estimé.") joins the previous."""
    out: list[list[int]] = []
    pending_start = None
    word, verb = _word_flags(doc)
    for s in doc.sents:
        start = s.start if pending_start is None else pending_start
        pending_start = None
        if not any(word[s.start:s.end]):
            if out and start == s.start and _closing_mark(doc, s):
                # 'WAS CLOSED "FOR SECURITY REASONS."' the mark after the stop closes the quote of the sentence
                # before, and opens none in the next
                out[-1][1] = s.end
                continue
            pending_start = start
            continue
        first = next(t for t in s if not t.is_space)
        if out and (first.text in {",", ";", ":", ")"} or (first.is_lower and first.is_alpha
                                                            and "\n" not in doc[s.start - 1].text)):
            out[-1][1] = s.end
            continue
        out.append([start, s.end])
    if pending_start is not None:
        if out:
            out[-1][1] = len(doc)
        else:
            out.append([pending_start, len(doc)])
    return [doc[a:b] for a, b in _join_kickers(doc, out, word, verb)]


_CLOSING_ONLY_MARKS = frozenset({"\u00bb", "\u201d"})


def _closing_mark(doc: Doc, s: Span) -> bool:
    """A fragment with no word that starts with a mark closing a quote: a closing-only mark ("»", "”"), or a straight
    quote set right after the word or stop before it ('REASONS."')."""
    first = s[0]
    if first.text in _CLOSING_ONLY_MARKS:
        return True
    return first.text == '"' and first.i > 0 and not doc[first.i - 1].whitespace_ and not doc[first.i - 1].is_space


def _word_flags(doc: Doc) -> tuple[list[bool], list[bool]]:
    """Per token, whether it is a word (neither punctuation nor space), and whether it is a verb
    or an auxiliary word: read from one array, not from a Token made for every word each time."""
    rows = doc.to_array([IS_PUNCT, IS_SPACE, POS]).tolist()
    word = [not (punct or space) for punct, space, _ in rows]
    verb = [w and pos in (VERB, AUX) for w, (_, _, pos) in zip(word, rows)]
    return word, verb


KICKER_MAX_WORDS = 6
KICKER_COLON_TOKENS = 4


def _join_kickers(doc: Doc, bounds: list[list[int]], word: list[bool], verb: list[bool]) -> list[list[int]]:
    """A verbless heading joins the sentence it introduces: a kicker before a colon ("RCA : Bria, …",
    "Centrafrique / Bambari : …") or a short place-name dateline closed by a full stop opening the
    text ("Kaduna. Bandits have killed…"), so that the sentence it heads stays the lead. ``word``,
    ``verb``: :func:`_word_flags` of ``doc``."""
    frags = [doc[a:b] for a, b in bounds]
    verbless = [not any(verb[a:b]) for a, b in bounds]
    # a kicker the parser cut in pieces ("Kaga" "-" "Bandoro :"): the colon may end a later verbless piece
    colon_ahead = [False] * len(frags)
    for i in range(len(frags) - 2, -1, -1):
        last = next((t for t in reversed(frags[i]) if not t.is_space), None)
        first_next = next((t for t in frags[i + 1] if not t.is_space), None)
        colon_ahead[i] = verbless[i] and ((last is not None and last.text == ":") or (
            first_next is not None and first_next.text == ":") or (verbless[i + 1] and colon_ahead[i + 1]))
    out: list[list[int]] = []
    for i, (a, b) in enumerate(bounds):
        if out and out[-1][2]:
            out[-1][1] = b
            out[-1][2] = False
        else:
            out.append([a, b, False])
        if i + 1 == len(bounds):
            break
        frag = doc[out[-1][0]:out[-1][1]]
        # a piece whose only verbs are participles said of a noun (« Des hommes armés du gang » | « Ti Makak
        # enlèvent ... ») may still be a noun cut from the name after it (cut_noun below), no other kicker
        said_of = any(verb[frag.start:frag.end])
        if said_of and not all(t.dep_.split(":")[0] in ("acl", "amod") and "Part" in t.morph.get("VerbForm")
                               for t in frag if verb[t.i]):
            continue
        n_words = sum(word[frag.start:frag.end])
        nxt = doc[bounds[i + 1][0]:bounds[i + 1][1]]
        last = next((t for t in reversed(frag) if not t.is_space), None)
        first_next = next((t for t in nxt if not t.is_space), None)
        # a place name the parser cut at its hyphen ("Kaga" | "-Bandoro : …") before the colon
        head_of_next = list(nxt[:KICKER_COLON_TOKENS])
        cut_before_colon = n_words <= KICKER_MAX_WORDS and any(
            t.text == ":" and not any(u.pos_ in ("VERB", "AUX") for u in head_of_next[:k])
            for k, t in enumerate(head_of_next))
        colon = (last is not None and last.text == ":") or (first_next is not None and first_next.text == ":") \
            or colon_ahead[i] or cut_before_colon
        dateline = len(out) == 1 and last is not None and last.text == "." and n_words <= KICKER_MAX_WORDS and \
            "\n" not in doc[out[-1][0]:bounds[i + 1][0]].text_with_ws
        # a name the parser cut in two ("Le dirigeant syndical José" | "Ramiro Cubas recevait ...", "Sœur
        # María" | "Julia Hernández dirigeait ..."): a verbless piece that ends in a capitalised word, with
        # no stop, before one that opens with another, on the same line
        cut_name = last is not None and last.is_alpha and (last.is_title or last.is_upper) \
            and first_next is not None and first_next.is_alpha and (first_next.is_title or first_next.is_upper) \
            and "\n" not in doc[out[-1][0]:bounds[i + 1][0]].text_with_ws
        # a noun cut from the name that follows it (« Des membres du gang » | « Kraze Baryè ont incendié ... »): a
        # verbless piece that ends in a lower-case noun, with no stop, before one that opens with a capitalised word
        # (not copy in capitals) the parse made the subject of a verb, or after a group word of a name
        # (actors_<lang>.NAMED_GROUP_WORDS: « Des bandits du gang » | « Ti Makak ont enlevé »), on the same line
        cut_noun = last is not None and last.is_alpha and last.is_lower and last.pos_ == "NOUN" \
            and first_next is not None and first_next.is_alpha and first_next.is_title \
            and (first_next.dep_.startswith("nsubj") or last.lower_ in lexicon_set("actors", doc.lang_, "NAMED_GROUP_WORDS")) \
            and "\n" not in doc[out[-1][0]:bounds[i + 1][0]].text_with_ws
        out[-1][2] = cut_noun if said_of else colon or dateline or cut_name or cut_noun
    return [[a, b] for a, b, _ in out]


def hyphen_start(doc: Doc, i: int, lo: int = 0, numbers: bool = False) -> int:
    """The first token of the hyphenated word the tokenizer cut that ends right before token ``i`` (« l'état-major »
    -> "état", "a 19-year-old student" -> "19" with ``numbers``), no further back than token ``lo``; ``i`` when
    no hyphen joins the word before it."""
    while i - 2 >= lo and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and (doc[i - 2].is_alpha or numbers and doc[i - 2].like_num):
        i -= 2
    return i


def is_plural(tok) -> bool:
    """A plural word, by its Universal Dependencies morphology (``Number=Plur``): the same test in
    every language, with no tag set of one (the English models map NNS and NNPS to it)."""
    return "Plur" in tok.morph.get("Number")


def apposed(tok, cased: bool = False, any_mark: bool = False) -> bool:
    """``tok`` heads an apposition: tagged so, or a complement the French parse tags nmod set off by a comma before it
    (« le Baromètre sécuritaire du Kivu, un projet qui ... », « l'EIAO, une branche dissidente de Boko Haram »); such a
    complement with a preposition of its own only when ``cased``, one set off by any punctuation mark (a dash, a
    bracket) only with ``any_mark``."""
    if tok.dep_ == "appos":
        return True
    if tok.dep_ != "nmod" or tok.left_edge.i == 0:
        return False
    mark = tok.doc[tok.left_edge.i - 1]
    return (mark.is_punct if any_mark else mark.text == ",") \
        and (cased or not any(k.dep_ == "case" for k in tok.children))


PARTICLE_LABELS = ("prt", "compound:prt")  # a verb's particle ("carry out", "set off")


def phrasal_lemma(verb) -> str:
    """The verb's lemma with its particles, in lower case ("carry out", "hold up")."""
    return " ".join([verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ in PARTICLE_LABELS])


def conduct_verb(verb, m: "LanguageMatchers") -> bool:
    """``verb`` is a verb of doing an act (``events_<lang>.CONDUCT_VERBS``: "carry out", « commettre »), read with
    its particle or by its lemma alone."""
    return phrasal_lemma(verb) in m.conduct_verbs or verb.lemma_.lower() in m.conduct_verbs


def of_complements(root, preps) -> Iterator:
    """The "of" complements of a noun after it, in order ("the kidnapping of a mayor", "l'enlèvement
    d'un maire", "the whereabouts of the statue"): the object of an "of" preposition (English parse)
    or a noun with an "of" case marker (French parse); ``preps`` the language's COMPLEMENT_PREPS."""
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in preps for k in c.children):
            obj = c
        else:
            continue
        if obj is not None and obj.i > root.i:
            yield obj


def plural_of(phrase: str) -> str:
    """The naive English plural of a phrase's last word ("rocket" -> "rockets", "rally" ->
    "rallies", "clash" -> "clashes"); a word already plural or not a word is kept."""
    head, _, last = phrase.rpartition(" ")
    if not last.isalpha() or last.endswith("s") and not last.endswith(("ss", "us")):
        return phrase
    if last.endswith(("ss", "sh", "ch", "x", "z", "us")):
        last += "es"
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return f"{head} {last}" if head else last


# the flags a trigger of the events lexicons may carry: each is read by a rule of extract.events or
# extract.incidents; "needs:", "not:", "object:" and "not_object:" take a context class of CONTEXT_WORDS
TRIGGER_FLAGS = frozenset({
    "announced_ok", "attributive", "crowd_act", "default_type", "generic", "lead_only", "not_disaster", "after_its_cause", "needs_partisan_subject", "needs_withdrawal", "needs_armed_actor", "needs_armed_object", "needs_armed_owner", "needs_armed_subject",
    "needs_accusation", "needs_blame", "needs_casualty", "needs_coercion", "needs_commemoration", "needs_crowd_doer", "needs_crowd_subject", "needs_dative_person", "needs_discovery", "needs_displaced_count", "needs_doer", "needs_found", "needs_object", "needs_person_obj",
    "needs_protest_context", "needs_protest_purpose", "needs_rising", "needs_shot_with", "needs_support_verb", "needs_territory_object",
    "needs_unknown_taker", "needs_use_verb", "needs_drawn_weapon",
    "needs_striking_force", "needs_dropping", "needs_fighter_obj", "needs_verb_object", "negation_ok", "not_accidental", "not_attributive", "not_carrier", "not_hit_craft", "not_civil_use", "not_to_figure", "not_remit", "not_force_unit", "not_in_writing", "not_combatant_subject", "not_judicial", "not_person_obj", "not_transitive", "noun_only", "participant", "person_owner",
    "taken_if_non_state", "territory", "not_held", "needs_used_against_crowd", "needs_crowd_fled_place", "threat", "hits_person", "told_act_only", "toll_only", "typed_by_victims", "untargeted", "victim_noun", "with_casualties", "worn"})
CONTEXT_FLAG_PREFIXES = ("needs:", "not:", "object:", "not_object:")


# the kinds of the targets lexicon that are property (a military site is the forces' own ground)
PROPERTY_TARGET_KINDS = ("building", "vehicle", "infrastructure")


def _physical_targets(lang: str) -> list[str]:
    """The physical-target phrases of ``targets_<lang>`` of a property kind (none without that lexicon)."""
    try:
        lx = load("targets", lang)
    except LexiconMissing:
        return []
    aircraft = set(getattr(lx, "AIRCRAFT", ()))  # a war machine brought down: the forces' own, not property
    return [p for kind in PROPERTY_TARGET_KINDS for p in getattr(lx, "PHYSICAL_TARGETS", {}).get(kind, ())
            if p not in aircraft]


def check_trigger_flags(triggers, lang: str, threat_acts=None) -> None:
    """A misspelt flag would be silently ignored (its rule never applied): refuse it when the
    lexicon is loaded ("threat:" takes an act of the language's THREAT_ACTS)."""
    if threat_acts is None:
        from bilan.lexicons import load
        threat_acts = getattr(load("events", lang), "THREAT_ACTS", {})
    for t in triggers:
        for flag in t[5]:
            if flag.startswith("threat:") and flag[len("threat:"):] in threat_acts:
                continue
            if flag not in TRIGGER_FLAGS and not flag.startswith(CONTEXT_FLAG_PREFIXES):
                raise ValueError(f"events_{lang}: trigger {t[0]!r} has an unknown flag {flag!r}")


class LanguageMatchers:
    """All lexicon matchers for one language."""

    def __init__(self, lang: str, nlp: Language):
        self.lang = lang
        ev = load("events", lang)
        ac = load("actors", lang)
        cl = load("claims", lang)
        self.quantities = load("quantities", lang)
        self.events = ev
        self.actors = ac
        self.claims = cl
        vocab = nlp.vocab
        check_trigger_flags(ev.TRIGGERS, lang, getattr(ev, "THREAT_ACTS", {}))
        phrases = [(f"T{i}", t[0]) for i, t in enumerate(ev.TRIGGERS)]
        if getattr(ev, "INFLECT_PLURALS", False):
            # "Rockets were fired": the model may take a sentence-initial plural for a proper noun
            # and keep it as its own lemma; the plural of the phrase's last word matches its form
            phrases += [(k, plural_of(p)) for k, p in phrases if plural_of(p) != p]
        self.triggers = build_word_matcher(nlp, phrases, parse_phrases=True)
        self.trigger_info = {f"T{i}": t for i, t in enumerate(ev.TRIGGERS)}
        # figures of speech that hold a trigger word ("a monetary time bomb", "killing two birds
        # with one stone"): no event
        self.figurative = build_word_matcher(nlp, (("FIG", p) for p in getattr(ev, "FIGURATIVE", ())))
        # phrasal-verb triggers ("drive out", "blow up") also match split by their object ("drove the
        # militants out of the town"): the verb's lemma is matched, its particle looked for among its children
        particles = frozenset(getattr(ev, "PARTICLES", ()))
        particle_lemmas = dict(getattr(ev, "PARTICLE_LEMMAS", {}))
        self.phrasal: dict[str, list[tuple[str, str]]] = {}
        for key, t in self.trigger_info.items():
            words = t[0].split()
            if len(words) == 2 and words[1] in particles:
                self.phrasal.setdefault(words[0], []).append((words[1], key))
            elif len(words) == 2 and words[0] in particles:  # "s' affronter": "ils se sont affrontés"
                self.phrasal.setdefault(words[1], []).append((particle_lemmas.get(words[0], words[0]), key))
        self.phrasal_verbs = PhraseMatcher(vocab, attr="LEMMA")
        for verb in self.phrasal:
            self.phrasal_verbs.add(verb, [Doc(vocab, words=[verb], lemmas=[verb])])

        self.alias_exact = PhraseMatcher(vocab, attr="ORTH")
        self.alias_lower = PhraseMatcher(vocab, attr="LOWER")
        self.alias_folded = PhraseMatcher(vocab, attr="LOWER")
        self.alias_info: dict[str, tuple[str, str]] = {}
        for i, (phrase, canon, kind) in enumerate(ac.ALIASES):
            key = f"A{i}"
            self.alias_info[key] = (canon, kind)
            pdoc = nlp.make_doc(phrase)
            short_caps = len(phrase) <= 5 and phrase.replace(".", "").isupper()
            (self.alias_exact if short_caps else self.alias_lower).add(key, [pdoc])
            if not short_caps and fold_accents(phrase) != phrase:
                # « LE MOUVEMENT REVOLUTIONNAIRE TUPAC AMARU »: the name with its accents folded, for capitals
                self.alias_folded.add(key, [nlp.make_doc(fold_accents(phrase))])
        self.generic = PhraseMatcher(vocab, attr="LOWER")
        # the same nouns with their accents folded, for a text in capitals (« DES GUERILLEROS »: see WordMatcher)
        self.generic_folded = PhraseMatcher(vocab, attr="LOWER")
        # a noun of one word with a prefix of a former one joined by a hyphen (« des ex-rebelles », one token in
        # French): the same noun (actors._former_force tells whether they still act as armed men)
        prefixes = sorted(lexicon_set("victims", lang, "FORMER_PREFIXES"))
        # the ministry that speaks for the forces is them; where a demonym follows its noun, it comes after the
        # ministry's first word (« le ministère russe de la Défense »: actors.find_actors reads it there)
        ministries = list(getattr(ac, "FORCE_MINISTRIES", ()))
        if not ac.DEMONYM_BEFORE_NOUN:
            ministries += [f"{p.split(' ', 1)[0]} {d} {p.split(' ', 1)[1]}" for p in ministries if " " in p
                           for d in ac.DEMONYMS]
        for kind, phrases in (("state", [*ac.STATE_FORCES, *ministries]), ("police", ac.POLICE),
                              ("armed", ac.GENERIC_ARMED)):
            phrases = [*phrases, *(f"{x}-{p}" for p in phrases if " " not in p for x in prefixes)]
            self.generic.add(kind, [nlp.make_doc(p) for p in phrases])
            bare = [fold_accents(p) for p in phrases if fold_accents(p) != p]
            if bare:
                self.generic_folded.add(kind, [nlp.make_doc(p) for p in bare])
        self.not_actors = PhraseMatcher(vocab, attr="LOWER")
        self.not_actors.add("NOT_ACTOR", [nlp.make_doc(p) for p in getattr(ac, "NOT_ACTORS", ())])
        self.alias_not_actors = PhraseMatcher(vocab, attr="LOWER")
        self.alias_not_actors.add("NOT_ALIAS", [nlp.make_doc(p) for p in getattr(ac, "ALIAS_NOT_ACTORS", ())])
        self.demonyms = {k.lower(): v for k, v in ac.DEMONYMS.items()}

        cues = (
            [("DEATH", w) for w in ev.DEATH_CUES]
            + [("INJURY", w) for w in ev.INJURY_CUES]
            + [("CIV", w) for w in ev.CIVILIAN_NOUNS]
            + [("COMB", w) for w in ev.COMBATANT_NOUNS]
            + [("PERSON", w) for w in ev.PERSON_NOUNS]
        )
        # a person noun with a prefix joined by a hyphen (« une ex-infirmière », « le vice-maire »: one token in
        # French): the same person (victims_<lang>.FORMER_PREFIXES, OFFICE_PREFIXES)
        joined = sorted(lexicon_set("victims", lang, "FORMER_PREFIXES") | lexicon_set("victims", lang, "OFFICE_PREFIXES"))
        cues += [(key, f"{x}-{w}") for key, w in cues if key != "DEATH" and key != "INJURY" and " " not in w
                 for x in joined]
        self.cues = build_word_matcher(nlp, cues)
        # a word of life is a word of death only where a word of taking or losing it governs it ("lost their
        # lives", "claimed the lives of", « a coûté la vie », "loss of life"), not "marched for a better life",
        # « contre la vie chère » (events_<lang>.LIFE_NOUNS, LIFE_TAKING_WORDS)
        life = frozenset(getattr(ev, "LIFE_NOUNS", ()))
        if life:
            self.cues.keep = _life_taken(vocab.strings["DEATH"], life, frozenset(getattr(ev, "LIFE_TAKING_WORDS", ())))
        self.irrealis = frozenset(ev.IRREALIS)
        # verbs of warning, and a verb with a word of its own that says it (« mettre en garde »): events.is_factual
        self.warning_verbs = frozenset(getattr(ev, "WARNING_VERBS", ()))
        self.warning_phrases = frozenset(tuple(p) for p in getattr(ev, "WARNING_PHRASES", ()))
        # irrealis words that may doubt who did a known act, not whether (events.is_factual: _doer_in_doubt)
        self.doer_doubt = frozenset(getattr(ev, "DOER_DOUBT_WORDS", ()))
        self.own_denial = frozenset(getattr(ev, "OWN_DENIAL_WORDS", ()))
        self.known_determiners = frozenset(getattr(ev, "KNOWN_NOUN_DETERMINERS", ()))
        self.attempts = frozenset(getattr(ev, "ATTEMPT_WORDS", ()))
        self.preventions = frozenset(getattr(ev, "PREVENTION_WORDS", ()))
        self.temporal_preps = frozenset(ev.TEMPORAL_PREPOSITIONS)
        self.protest_context = build_word_matcher(nlp, (("CTX", w) for w in ev.PROTEST_CONTEXT))
        self.protest_intervention = build_word_matcher(nlp, (("INT", w) for w in ev.PROTEST_INTERVENTION))
        self.crowd_control_means = build_word_matcher(nlp, (("CCM", w) for w in getattr(ev, "CROWD_CONTROL_MEANS", ())))
        self.protest_lethal = build_word_matcher(nlp, (("LETHAL", w) for w in ev.PROTEST_LETHAL))
        # shots fired into the air or as a warning: no lethal force (events._lethal_force)
        self.warning_fire = build_word_matcher(nlp, (("WARN", w) for w in getattr(ev, "WARNING_FIRE", ())))
        self.riot = build_word_matcher(nlp, (("RIOT", w) for w in ev.RIOT_CUES))
        self.riot_participants = build_word_matcher(nlp, (("CROWD", w) for w in ev.RIOT_PARTICIPANTS))
        # the people of a protest, by word ("protesters", "the crowd"): what they do is the protest's manner
        self.protest_people = frozenset(ev.RIOT_PARTICIPANTS) | frozenset(
            t[0] for t in ev.TRIGGERS if "participant" in t[5] and " " not in t[0])
        # one-word protest events ("protest", "rally", "manifestation")
        self.protest_nouns = frozenset(t[0] for t in ev.TRIGGERS if t[1] == "Protests" and " " not in t[0]
                                       and "participant" not in t[5])
        self.riot_nouns_only = frozenset(getattr(ev, "RIOT_NOUNS_ONLY", ()))
        # what a protest burns as its symbol ("burnt an effigy"): no riot
        self.riot_symbols = frozenset(getattr(ev, "RIOT_SYMBOLS", ()))
        # what a territory is taken from ("retook Mindat from the rebels"): events._named_from_armed
        self.territory_from_preps = frozenset(getattr(ev, "TERRITORY_FROM_PREPS", ()))
        # the other side left the ground ("after the troops withdrew"): events._withdrawal_told
        self.withdrawal_words = frozenset(getattr(ev, "WITHDRAWAL_WORDS", ()))
        self.negating_prefixes = frozenset(getattr(ev, "NEGATING_PREFIXES", ()))
        # a prefix that sets a word against what it names ("anti-junta fighters", "anti-corruption marches"): the
        # actors' list serves the typing of gatherings too (events._against_by_prefix)
        self.opposing_prefixes = frozenset(getattr(ac, "OPPOSED_PREFIXES", ()))
        self.self_defence_groups = build_word_matcher(nlp, (("SDG", w) for w in getattr(ev, "SELF_DEFENCE_GROUPS", [])))
        self.military_targets = build_word_matcher(nlp, (("MIL", w) for w in getattr(ev, "MILITARY_TARGETS", [])))
        self.non_violent_causes = _NounsOnlyAsNouns(
            build_word_matcher(nlp, (("CAUSE", w) for w in getattr(ev, "NON_VIOLENT_CAUSES", []))),
            frozenset(getattr(ev, "NON_VIOLENT_CAUSE_NOUNS_ONLY", ())))
        # a blast or a fire told with its source ("a gas explosion"), and the weapons that make one no accident
        self.accident_events = frozenset(getattr(ev, "ACCIDENT_EVENTS", ()))
        self.accident_sources = frozenset(getattr(ev, "ACCIDENT_SOURCES", ()))
        self.weapon_words = frozenset(w.lower() for w in getattr(ev, "CONTEXT_WORDS", {}).get("weapon", ()))
        # ground, a base, a building: the noun of what names listed with it are ("Kadawa and Maru villages")
        self.place_words = frozenset(w.lower() for w in getattr(ev, "CONTEXT_WORDS", {}).get("place", ()))
        # context classes that some triggers need near them ("needs:weapon", "needs:territory")
        context_words = dict(getattr(ev, "CONTEXT_WORDS", {}))
        if "property" in context_words:
            # what the targets lexicon names as a building, vehicle or installation an attack hits is
            # property a burning or a destruction acts on ("burned a cooperative", "brûlé deux ambulances")
            context_words["property"] = [*context_words["property"], *_physical_targets(lang)]
        self.context = build_word_matcher(nlp, ((cls, w) for cls, words in context_words.items() for w in words))
        self.has_context = bool(context_words)
        self.participant_triggers = frozenset(getattr(ev, "PARTICIPANT_TRIGGERS", ()))
        self.characterising_lemmas = frozenset(getattr(ev, "CHARACTERISING_VERBS", ()))
        self.agent_markers = frozenset(getattr(ev, "AGENT_MARKERS", ()))
        self.simultaneous = frozenset(getattr(ev, "SIMULTANEOUS_PREPS", ()))
        self.already = frozenset(getattr(ev, "ALREADY", ()))
        self.discovery = frozenset(getattr(ev, "DISCOVERY_WORDS", ()))
        self.body_elsewhere = frozenset(getattr(ev, "BODY_FOUND_ELSEWHERE", ()))
        self.body_more = frozenset(getattr(ev, "BODIES_MORE", ()))
        self.body_nouns = frozenset(getattr(ev, "BODY_NOUNS", ()))
        self.crowd_control_use = frozenset(getattr(ev, "CROWD_CONTROL_USE_VERBS", ()))
        self.crowd_control_use_phrases = frozenset(tuple(p) for p in getattr(ev, "CROWD_CONTROL_USE_PHRASES", ()))
        self.negative_determiners = frozenset(getattr(ev, "NEGATIVE_DETERMINERS", ()))
        self.purpose_markers = frozenset(getattr(ev, "PURPOSE_MARKERS", ()))
        # an infinitive of purpose done anyway ("began to shell") or by the act itself ("to protest")
        self.implicative = frozenset(getattr(ev, "IMPLICATIVE_VERBS", ()))
        self.self_fulfilling = frozenset(getattr(ev, "SELF_FULFILLING_PURPOSES", ()))
        # what makes a generic attack one on civilians: buildings and vehicles, settlements
        self.civilian_targets = (frozenset(getattr(ev, "CIVILIAN_BUILDINGS", ())),
                                 frozenset(getattr(ev, "CIVILIAN_SETTLEMENTS", ())))
        self.target_preps = frozenset(getattr(ev, "TARGET_PREPOSITIONS", ()))
        # what makes a convoy or a vehicle a civilian one ("a humanitarian convoy"): events.civilian_described
        self.civilian_markers = frozenset(getattr(ev, "CIVILIAN_MARKERS", ()))
        self.place_preps = frozenset(getattr(ev, "PLACE_PREPOSITIONS", ()))
        # one-word triggers (an event, not a victim: "le bilan de l'attaque") and casualty nouns
        # that name no victim of their own ("bilan", "toll")
        self.event_words = frozenset(t[0] for t in ev.TRIGGERS if " " not in t[0])
        self.toll_nouns = frozenset(getattr(ev, "TOLL_NOUNS", ()))
        self.mass_killings = frozenset(getattr(ev, "MASS_KILLING_NOUNS", ()))
        # property that is not people ("attacks on properties") and what a protest is against
        self.property_only = frozenset(getattr(ev, "PROPERTY_ONLY", ()))
        self.property_nouns = frozenset(getattr(ev, "CONTEXT_WORDS", {}).get("property", ()))
        self.protest_topics = frozenset(getattr(ev, "PROTEST_TOPICS", ()))
        self.force_on_protesters_only = frozenset(getattr(ev, "FORCE_ON_PROTESTERS_ONLY", ()))
        self.partisans = frozenset(getattr(ev, "PARTISANS", ()))
        self.sport_occasions = frozenset(getattr(ev, "SPORT_OCCASIONS", ()))
        self.celebration_words = frozenset(getattr(ev, "CELEBRATION_WORDS", ()))
        self.party_words = frozenset(getattr(ev, "PARTY_WORDS", ()))
        self.party_members = frozenset(getattr(ev, "PARTY_MEMBERS", ()))
        # the members of a group (actors_<lang>.MEMBER_WORDS: "members of a militia", « des membres d'une milice »)
        self.member_words = frozenset(getattr(ac, "MEMBER_WORDS", ()))
        self.protest_origins = frozenset(getattr(ev, "PROTEST_ORIGIN_WORDS", ()))
        self.protest_role_nouns = frozenset(getattr(ev, "PROTEST_ROLE_NOUNS", ()))
        self.road_block_cues = frozenset(getattr(ev, "ROAD_BLOCK_CUES", ()))
        self.protesting_verbs = frozenset(getattr(ev, "PROTESTING_VERBS", ()))
        self.territory_means_preps = frozenset(getattr(ev, "TERRITORY_MEANS_PREPS", ()))
        self.territory_after_preps = frozenset(getattr(ev, "TERRITORY_AFTER_PREPS", ()))
        self.between_preps = frozenset(getattr(ev, "BETWEEN_PREPS", ()))
        # people fighting one another ("fought each other", "rival student unions", "deux lycées rivaux")
        self.reciprocals = frozenset(getattr(ev, "RECIPROCALS", ()))
        self.rival_words = frozenset(getattr(ev, "RIVAL_WORDS", ()))
        self.pair_words = frozenset(getattr(ev, "PAIR_WORDS", ()))
        self.organised_groups = frozenset(getattr(ev, "ORGANISED_GROUPS", ()))
        # communal groups whose fights are those of identity militias (ACLED's armed clash: "clashes between Fulani
        # herders and farmers", "tribal clashes"), unless told with a crowd's weapons or by a crowd's nouns
        self.communal_sides = frozenset(getattr(ev, "COMMUNAL_SIDES", ()))
        self.communal_modifiers = frozenset(getattr(ev, "COMMUNAL_MODIFIERS", ()))
        self.crowd_weapons = frozenset(getattr(ev, "CROWD_WEAPONS", ()))
        self.fight_partner_preps = frozenset(getattr(ev, "FIGHT_PARTNER_PREPS", ()))
        self.origin_preps = frozenset(getattr(ev, "ORIGIN_PREPS", ()))
        # ground left before it was taken ("after UN peacekeepers left it", « après le départ des casques bleus »)
        self.leave_verbs = frozenset(getattr(ev, "LEAVE_VERBS", ()))
        self.leave_nouns = frozenset(getattr(ev, "LEAVE_NOUNS", ()))
        self.after_words = frozenset(getattr(ev, "AFTER_WORDS", ()))
        self.after_nouns = frozenset(getattr(ev, "AFTER_NOUNS", ()))  # « à la suite de », "in the wake of"
        self.tactical_points = frozenset(getattr(ev, "TACTICAL_POINTS", ()))
        self.protest_cause_preps = frozenset(getattr(ev, "PROTEST_CAUSE_PREPS", ()))
        self.other_day_nouns = frozenset(getattr(ev, "OTHER_DAY_NOUNS", ()))
        self.time_nouns = frozenset(getattr(ev, "TIME_NOUNS", ()))
        self.other_day_words = frozenset(getattr(ev, "OTHER_DAY_WORDS", ()))
        # state forces whose storming or burning is no riot of the protesters ("police stormed the sit-in")
        self.crowd_control = frozenset(p for p in getattr(ev, "CROWD_CONTROL_FORCES", ()) if " " not in p)
        # people whose march is a protest ("students demonstrated"), and a march's purpose ("marched against")
        # ("tens of thousands": the counted noun that ends the phrase)
        self.protest_crowds = frozenset(p.split()[-1] for p in getattr(ev, "PROTEST_CROWDS", ()) if p.strip())
        self.protest_purpose_preps = frozenset(getattr(ev, "PROTEST_PURPOSE_PREPS", ()))
        self.gathering_occasions = frozenset(getattr(ev, "GATHERING_OCCASIONS", ()))
        self.person_objects = frozenset(getattr(ev, "PERSON_OBJECTS", ()))
        self.mob_agents = frozenset(getattr(ev, "MOB_AGENTS", ()))
        # participles that name a person by a charge ("a man accused of stealing"): no event told
        self.charges = frozenset(getattr(ev, "CHARGE_PARTICIPLES", ()))
        # participles of the state a person died in ("badly burned, died in hospital"), and the death verbs
        self.state_participles = frozenset(getattr(ev, "STATE_PARTICIPLES", ()))
        self.dying_words = frozenset(getattr(load("victims", lang), "DYING_WORDS", ()))
        # verbs that make a protest noun a protest ("a demonstration was held"), and what people
        # gather for ("gathered ... to oppose the bill")
        self.protest_support = frozenset(getattr(ev, "PROTEST_SUPPORT_VERBS", ()))
        # "take part in" a protest: the verb and the noun of taking part (PARTICIPATION = (verbs, nouns))
        verbs, nouns = getattr(ev, "PARTICIPATION", ((), ()))
        self.participation_verbs, self.participation_nouns = frozenset(verbs), frozenset(nouns)
        # the copula of "suspected to be herdsmen", which describes a subject
        self.copulas = frozenset(getattr(ev, "COPULAS", ()))
        # read once here, not at each call of the rules that use them
        self.complement_preps = frozenset(getattr(ev, "COMPLEMENT_PREPS", ()))  # "the killing of", "l'assassinat de"
        self.reaction_verbs = frozenset(getattr(ev, "REACTION_VERBS", ()))  # "condemned the murder"
        # verbs that lay an event at someone's door ("attributed to", "blamed on", "imputé à")
        self.blame_predicates = frozenset(getattr(ev, "ATTRIBUTION_PREDICATES", ()))
        # verbs whose object is who an act is laid on ("accused the FMLN of the attack")
        self.accusation_verbs = frozenset(getattr(ev, "ACCUSATION_VERBS", ()))
        # verbs of doing an act ("carried out by", "menée par"): their agent did it
        self.conduct_verbs = frozenset(getattr(ev, "CONDUCT_VERBS", ()))
        self.coercion_verbs = frozenset(getattr(ev, "COERCION_VERBS", ()))
        self.instrument_preps = frozenset(getattr(ev, "INSTRUMENT_PREPS", ()))  # "with", "avec"
        self.explosive_instruments = frozenset(getattr(ev, "EXPLOSIVE_INSTRUMENTS", ()))
        self.person_pronouns_singular = frozenset(getattr(ev, "PERSON_PRONOUNS_SINGULAR", ()))
        self.person_pronouns_plural = frozenset(getattr(ev, "PERSON_PRONOUNS_PLURAL", ()))
        self.coordinators = frozenset(w for p in getattr(ev, "PERSON_COORDINATORS", ()) for w in p.split())
        self.thing_possessives = frozenset(getattr(ev, "THING_POSSESSIVES", ()))  # "its whereabouts"
        self.breach_words = frozenset(getattr(ev, "BREACH_WORDS", ()))  # "violated the ceasefire"
        # verbs whose subject is an agreement that fails ("ceasefire collapses", « la trêve vole en éclats »), with
        # the words one of which must complement them (none: the verb alone)
        self.breakdown_verbs = {v: frozenset(ws) for v, ws in getattr(ev, "BREAKDOWN_VERBS", {}).items()}
        # verbs whose subject is violence that breaks out or grows ("violence erupts", « les violences reprennent »),
        # with the words one of which must complement them (none: the verb alone)
        self.rising_verbs = {v: frozenset(ws) for v, ws in getattr(ev, "RISING_VERBS", {}).items()}
        # the verbs that say there is something, with the words one of which they take ("there has been", « il y a eu »)
        self.existential_verbs = {v: frozenset(ws) for v, ws in getattr(ev, "EXISTENTIAL_VERBS", {}).items()}
        # a work stoppage called off: its nouns, the verbs (with the words one of which must complement them) and
        # nouns that end it, the verbs of going back to work after it ("Teachers end two-month strike")
        self.stoppage_nouns = frozenset(getattr(ev, "STOPPAGE_NOUNS", ()))
        self.striker_words = frozenset(getattr(ev, "STRIKER_WORDS", ()))  # "strikers", « grévistes »
        self.stoppage_end_verbs = {v: frozenset(ws) for v, ws in getattr(ev, "STOPPAGE_END_VERBS", {}).items()}
        self.stoppage_end_nouns = frozenset(getattr(ev, "STOPPAGE_END_NOUNS", ()))
        self.resume_verbs = frozenset(getattr(ev, "RESUME_VERBS", ()))
        self.recall_after = frozenset(getattr(ev, "RECALL_AFTER", ()))  # "after", « après »
        # a weapon named as supplied: to whom ("Combat drones for the Malian army", « pour l'armée »), the verbs of
        # supplying it ("Attack helicopters delivered to", « livrés à »)
        self.recipient_preps = frozenset(getattr(ev, "WEAPON_RECIPIENT_PREPS", ()))
        self.supply_verbs = frozenset(getattr(ev, "WEAPON_SUPPLY_VERBS", ()))
        self.protest_purpose_verbs = frozenset(getattr(ev, "PROTEST_PURPOSE_VERBS", ()))
        self.headline_resultatives = frozenset(getattr(ev, "HEADLINE_RESULTATIVES", ()))
        self.headline_transitives = frozenset(getattr(ev, "HEADLINE_TRANSITIVES", ()))
        # what people gather to remember someone by ("in memory of", "to pay tribute", "en hommage à")
        self.commemoration_nouns = frozenset(getattr(ev, "COMMEMORATION_NOUNS", ()))
        self.commemoration_verbs = frozenset(getattr(ev, "COMMEMORATION_VERBS", ()))
        # prepositions of an arrest's reason ("arrested over the protests")
        self.reason_preps = frozenset(getattr(ev, "REASON_PREPOSITIONS", ()))
        self.common_crimes = frozenset(getattr(ev, "COMMON_CRIMES", ()))
        # crimes of office, common unless who was held holds a political office; a charge "on" which one is held
        self.office_crimes = frozenset(getattr(ev, "OFFICE_CRIMES", ()))
        self.political_offices = frozenset(getattr(ev, "POLITICAL_OFFICES", ()))
        self.charge_nouns = frozenset(getattr(ev, "CHARGE_NOUNS", ()))
        self.charge_preps = frozenset(getattr(ev, "CHARGE_PREPOSITIONS", ()))
        # irrealis verbs of aiming whose subject did strike ("un drone a visé un véhicule")
        self.aiming = frozenset(getattr(ev, "AIMING_VERBS", ()))
        # verbs whose weapon subject struck ("the drone struck a vehicle", « le drone a frappé »)
        self.weapon_strike_verbs = frozenset(getattr(ev, "WEAPON_STRIKE_VERBS", ()))
        # one-word generic attack verbs ("attack", "kill"): done by protesters, a riot
        self.attack_verbs = frozenset(t[0] for t in ev.TRIGGERS if "generic" in t[5] and " " not in t[0])
        # who protests, by the protest triggers' participant words ("protesters", "demonstrators")
        self.protest_participants = frozenset(t[0] for t in ev.TRIGGERS if "participant" in t[5] and " " not in t[0]) \
            | frozenset(plural_of(t[0]) for t in ev.TRIGGERS if "participant" in t[5] and " " not in t[0])
        self.peaceful_transfer = frozenset(getattr(ev, "PEACEFUL_TRANSFER", ()))
        self.absence_preps = frozenset(getattr(ev, "ABSENCE_PREPS", ()))
        self.fight_nouns = frozenset(getattr(ev, "FIGHT_NOUNS", ()))
        self.irrealis_modifiers = frozenset(getattr(ev, "IRREALIS_MODIFIERS", ()))
        # threats (flag "threat"): the acts by type, against whom, who received them
        self.threat_acts = {k: frozenset(v) for k, v in getattr(ev, "THREAT_ACTS", {}).items()}
        self.threat_target_preps = frozenset(getattr(ev, "THREAT_TARGET_PREPS", ()))
        self.threat_received = frozenset(getattr(ev, "THREAT_RECEIVED", ()))
        self.free_choice = frozenset(getattr(ev, "FREE_CHOICE", ()))
        self.threat_lives = frozenset(getattr(ev, "THREAT_LIVES", ()))
        self.possessives_plural = frozenset(getattr(ev, "POSSESSIVES_PLURAL", ()))

        self.reporting = dict(cl.REPORTING_VERBS)
        self.reporting_forms = dict(getattr(cl, "REPORTING_FORMS", {}))
        # verbs that report only with a toll as object ("put the toll at 17"): lemma -> object lemmas
        self.toll_reporting = {k: frozenset(v) for k, v in getattr(cl, "TOLL_REPORTING", {}).items()}
        # verbs that report only with a figure in their object ("recorded 41 deaths", « a recensé 41 corps »),
        # and the words that make a figure beside numerals (« une trentaine », "dozens")
        self.figure_reporting = frozenset(getattr(cl, "FIGURE_REPORTING", ()))
        self.figure_reporting_hashes = frozenset(hash_string(w) for w in self.figure_reporting)  # lemma hashes
        self.figure_reporting_preps = frozenset(getattr(cl, "FIGURE_REPORTING_PREPS", ()))
        self.figure_words = frozenset(w for name in ("COLLECTIVES", "VAGUE") for p in getattr(self.quantities, name, {})
                                      for w in [p.split()[-1]])
        # (lower-case form hash, lemma hash) -> (reporting lemma, by its form) or None: find_claims
        # asks it of every token, and a word's answer never changes (reporting_entry)
        self.reporting_memo: dict[tuple[int, int], tuple[str, bool] | None] = {}
        self.quotes = list(cl.QUOTES)
        self.determiners = tuple(cl.DETERMINERS)
        self.definite_articles = frozenset(cl.DEFINITE_ARTICLES)
        self.euphonic = frozenset(cl.EUPHONIC)
        self.complementizers = frozenset(cl.COMPLEMENTIZERS)
        self.modal_lemmas = frozenset(cl.MODAL_LEMMAS)
        self.acknowledge = frozenset(cl.ACKNOWLEDGE_VERBS)
        self.owning_verbs = frozenset(getattr(cl, "OWNING_VERBS", ()))
        self.responsibility_nouns = frozenset(getattr(cl, "RESPONSIBILITY_NOUNS", ()))
        self.attribution = build_word_matcher(nlp, (("ATTR", p) for p in cl.ATTRIBUTION))
        # nouns after an attribution word that name no one ("according to plan", « selon toute vraisemblance »)
        self.not_sources = frozenset(getattr(cl, "NOT_SOURCES", ()))
        self.hedges = build_word_matcher(nlp, ((v, k) for k, v in cl.HEDGES.items()))
        self.alleged_sources = build_word_matcher(nlp, (("ALLEGED", p) for p in cl.ALLEGED_SOURCES))
        self.contrast = build_word_matcher(nlp, (("CONTRAST", p) for p in cl.CONTRAST))
        self.negations = frozenset(cl.NEGATIONS)
        self.silence_verbs = frozenset(getattr(cl, "SILENCE_VERBS", ()))
        self.do_support = frozenset(getattr(cl, "DO_SUPPORT", ()))
        self.pronouns = frozenset(p.lower() for p in cl.PRONOUNS)
        self.thing_pronouns = frozenset(p.lower() for p in getattr(cl, "THING_PRONOUNS", ()))
        self.same_source = frozenset(p.lower() for p in getattr(cl, "SAME_SOURCE", ()))
        # "the same network", « le même réseau »: a source told before, whatever its noun
        self.same_source_prefixes = tuple(p.lower() for p in getattr(cl, "SAME_SOURCE_PREFIXES", ()))
        self.latter = frozenset(p.lower() for p in getattr(cl, "LATTER", ()))
        self.frequency_adverbs = frozenset(getattr(cl, "FREQUENCY_ADVERBS", ()))
        self.role_nouns = frozenset(cl.SPEAKER_ROLE_NOUNS)
        self.report_nouns = frozenset(getattr(cl, "REPORT_NOUNS", ()))
        self.report_maker_preps = frozenset(getattr(cl, "REPORT_MAKER_PREPS", ()))
        self.conditional_is_alleged = bool(cl.CONDITIONAL_IS_ALLEGED)
        # the hedges and predicates that make a perpetrator suspected rather than reported as fact
        self.perpetrator_hedges = dict(getattr(cl, "PERPETRATOR_HEDGES", {}))
        self.attribution_predicates = dict(getattr(cl, "ATTRIBUTION_PREDICATES", {}))
        self.attribution_predicate_hashes = frozenset(hash_string(w) for w in self.attribution_predicates)  # lemmas
        self.supposition_verbs = dict(getattr(cl, "SUPPOSITION_VERBS", {}))
        self.modal_hedges = dict(getattr(cl, "MODAL_HEDGES", {}))
        self.likelihood_adjectives = dict(getattr(cl, "LIKELIHOOD_ADJECTIVES", {}))
        self.doubt_conjunctions = frozenset(getattr(cl, "DOUBT_CONJUNCTIONS", ()))
        self.doubt_markers = frozenset(getattr(cl, "DOUBT_MARKERS", ()))
        self.not_ruled_out = dict(getattr(cl, "NOT_RULED_OUT", {}))

    def is_reporting(self, tok) -> bool:
        """A reporting verb ("déclarer", "said"), by lemma or by a form the lemmatizer gets wrong."""
        return tok.lemma_.lower() in self.reporting or tok.lower_ in self.reporting_forms

    def reporting_entry(self, tok) -> tuple[str, bool] | None:
        """The reporting lemma of ``tok`` and whether its form (REPORTING_FORMS) gave it, or None
        when it is not a reporting word; remembered by form and lemma (``reporting_memo``)."""
        key = (tok.lower, tok.lemma)
        try:
            return self.reporting_memo[key]
        except KeyError:
            pass
        form = self.reporting_forms.get(tok.lower_)
        lemma = form or tok.lemma_.lower()
        entry = (lemma, bool(form)) if lemma in self.reporting else None
        self.reporting_memo[key] = entry
        return entry

    def toll_reporting_entry(self, tok) -> tuple[str, bool] | None:
        """ "put the toll at 17", « a fait état de 17 morts »: a verb of ``TOLL_REPORTING`` whose object
        is one of its toll words reports, as (its lemma, False); else None."""
        objs = self.toll_reporting.get(tok.lemma_.lower())
        if not objs or tok.pos_ not in ("VERB", "AUX"):
            return None
        if "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense"):
            return None  # « une information faisant état de victimes »: what a thing tells, no one's claim
        # (« a chiffré à 21 le nombre de personnes enlevées »: the French parse may make the object an obl:arg; « ont
        # toutefois fait état de la mort de sept civils », an adverb between, an xcomp)
        if any(c.dep_ in ("dobj", "obj", "obl:arg", "xcomp") and c.lemma_.lower() in objs for c in tok.children):
            return tok.lemma_.lower(), False
        return None

    def figure_reporting_entry(self, tok) -> tuple[str, bool] | None:
        """ "the Red Cross recorded 41 deaths", « le maire a évoqué une trentaine de morts »: a finite verb of
        ``FIGURE_REPORTING`` whose object holds a figure (a numeral, « une trentaine », "dozens") reports, as
        (its lemma, False); else None."""
        lemma = tok.lemma_.lower()
        if lemma not in self.figure_reporting or tok.pos_ not in ("VERB", "AUX"):
            return None
        if "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense"):
            return None  # « un rapport recensant 41 victimes »: what a thing tells, no one's claim
        for o in tok.children:
            # (or the figure after a preposition of ``FIGURE_REPORTING_PREPS``: « l'armée parle de 12 morts »)
            held = o.dep_ in ("dobj", "obj") or o.dep_.split(":")[0] in ("obl", "nmod") and any(
                c.dep_ == "case" and c.lower_ in self.figure_reporting_preps for c in o.children) or (
                o.dep_ == "prep" and o.lower_ in self.figure_reporting_preps)
            if held and any(t.like_num or t.pos_ == "NUM" or t.lower_ in self.figure_words for t in o.subtree):
                return lemma, False
        return None

    def owning(self, tok) -> bool:
        """``tok`` is a verb of taking an act as one's own (``claims_<lang>.OWNING_VERBS``: "claimed", « a
        revendiqué »), by its lemma or, where the lemma is wrong, its form."""
        return tok.lemma_.lower() in self.owning_verbs or tok.lower_ in self.owning_verbs

    def label(self, doc: Doc, span: Span) -> str:
        return doc.vocab.strings[span.label]


@lru_cache(maxsize=16)
def for_language(lang: str) -> LanguageMatchers:
    return LanguageMatchers(lang, nlp_mod.get(lang))
