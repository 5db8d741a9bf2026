"""Date expressions: spans, resolved values and kinds, in French and English."""

from __future__ import annotations

import ast
import datetime as dt
import sys
import types
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bilan.extract.dates as dates_mod
from bilan.extract.dates import DateMention, find_dates
from bilan.lexicons import LexiconMissing
from bilan.lexicons import dates_en, dates_fr

D = dt.date
WED_2017 = D(2017, 3, 29)  # a Wednesday
THU_2013 = D(2013, 3, 21)  # a Thursday

# (lang, text, published, span text, start, end, precision, kind)
CASES = [
    # --- French: calendar dates
    ("fr", "Le 17 mars 2017, une frappe a tué des civils.", WED_2017, "Le 17 mars 2017",
     D(2017, 3, 17), D(2017, 3, 17), "day", "absolute"),
    ("fr", "une frappe de la coalition le 17 mars était en cause", WED_2017, "le 17 mars",
     D(2017, 3, 17), D(2017, 3, 17), "day", "absolute"),
    ("fr", "Les combats du 17 mars ont fait dix morts.", WED_2017, "17 mars",
     D(2017, 3, 17), D(2017, 3, 17), "day", "absolute"),
    ("fr", "l'attaque du 28 décembre", D(2017, 1, 3), "28 décembre",
     D(2016, 12, 28), D(2016, 12, 28), "day", "absolute"),
    ("fr", "le 28 décembre, des hommes armés", D(2017, 1, 3), "le 28 décembre",
     D(2016, 12, 28), D(2016, 12, 28), "day", "absolute"),
    ("fr", "le scrutin aura lieu le 1er avril", WED_2017, "le 1er avril",
     D(2017, 4, 1), D(2017, 4, 1), "day", "absolute"),
    ("fr", "le mardi 14 mars, vers midi", WED_2017, "le mardi 14 mars",
     D(2017, 3, 14), D(2017, 3, 14), "day", "absolute"),
    ("fr", "arrêté le 6 mai dernier à Gao", WED_2017, "le 6 mai dernier",
     D(2016, 5, 6), D(2016, 5, 6), "day", "absolute"),
    ("fr", "les combats des 17 et 18 mars", WED_2017, "17 et 18 mars",
     D(2017, 3, 17), D(2017, 3, 18), "day", "absolute"),
    ("fr", "les 17 et 18 mars, l'armée a bombardé", WED_2017, "les 17 et 18 mars",
     D(2017, 3, 17), D(2017, 3, 18), "day", "absolute"),
    ("fr", "selon un rapport daté 2017-03-17", WED_2017, "2017-03-17",
     D(2017, 3, 17), D(2017, 3, 17), "day", "absolute"),
    ("fr", "communiqué du 04/03/2017", WED_2017, "04/03/2017",
     D(2017, 3, 4), D(2017, 3, 4), "day", "absolute"),
    ("fr", "Les frappes ont commencé en mars 2017.", WED_2017, "mars 2017",
     D(2017, 3, 1), D(2017, 3, 31), "month", "absolute"),
    ("fr", "La ville est tombée en 2016.", WED_2017, "2016",
     D(2016, 1, 1), D(2016, 12, 31), "year", "absolute"),
    ("fr", "la trêve signée en décembre", D(2017, 1, 3), "décembre",
     D(2016, 12, 1), D(2016, 12, 31), "month", "absolute"),
    ("fr", "dans les années 90", WED_2017, "les années 90",
     D(1990, 1, 1), D(1999, 12, 31), "year", "absolute"),
    # --- French: relative to the publication date
    ("fr", "Hier, trois soldats ont été tués.", WED_2017, "Hier",
     D(2017, 3, 28), D(2017, 3, 28), "day", "relative"),
    ("fr", "avant-hier soir à Mossoul", WED_2017, "avant-hier soir",
     D(2017, 3, 27), D(2017, 3, 27), "day", "relative"),
    ("fr", "aujourd'hui à l'aube", WED_2017, "aujourd'hui",
     D(2017, 3, 29), D(2017, 3, 29), "day", "relative"),
    ("fr", "une explosion ce matin", WED_2017, "ce matin",
     D(2017, 3, 29), D(2017, 3, 29), "day", "relative"),
    ("fr", "cette nuit, des tirs ont été entendus", WED_2017, "cette nuit",
     D(2017, 3, 28), D(2017, 3, 28), "day", "relative"),
    # (a night told by its two days spans both: tests/test_acts_in_time2.py)
    ("fr", "dans la nuit de mardi à mercredi", WED_2017, "la nuit de mardi à mercredi",
     D(2017, 3, 28), D(2017, 3, 29), "day", "relative"),
    ("fr", "mardi, un kamikaze s'est fait exploser", WED_2017, "mardi",
     D(2017, 3, 28), D(2017, 3, 28), "day", "relative"),
    ("fr", "mercredi, la police a arrêté", WED_2017, "mercredi",
     D(2017, 3, 29), D(2017, 3, 29), "day", "relative"),
    ("fr", "lundi dernier, à Kidal", WED_2017, "lundi dernier",
     D(2017, 3, 27), D(2017, 3, 27), "day", "relative"),
    ("fr", "mercredi dernier, à Kidal", WED_2017, "mercredi dernier",
     D(2017, 3, 22), D(2017, 3, 22), "day", "relative"),
    ("fr", "la semaine dernière", WED_2017, "la semaine dernière",
     D(2017, 3, 20), D(2017, 3, 26), "week", "relative"),
    ("fr", "a reconnu cette semaine qu'une frappe", WED_2017, "cette semaine",
     D(2017, 3, 27), D(2017, 3, 29), "week", "relative"),
    ("fr", "le mois dernier", WED_2017, "le mois dernier",
     D(2017, 2, 1), D(2017, 2, 28), "month", "relative"),
    ("fr", "au démarrage de l'offensive mi-février", WED_2017, "mi-février",
     D(2017, 2, 11), D(2017, 2, 20), "week", "relative"),
    ("fr", "début mars", WED_2017, "début mars",
     D(2017, 3, 1), D(2017, 3, 10), "week", "relative"),
    ("fr", "fin mars", WED_2017, "fin mars",
     D(2017, 3, 21), D(2017, 3, 31), "week", "relative"),
    ("fr", "il y a trois jours", WED_2017, "il y a trois jours",
     D(2017, 3, 26), D(2017, 3, 26), "day", "relative"),
    ("fr", "il y a quelques jours", WED_2017, "il y a quelques jours",
     D(2017, 3, 23), D(2017, 3, 27), "week", "relative"),
    ("fr", "l'an dernier", WED_2017, "l'an dernier",
     D(2016, 1, 1), D(2016, 12, 31), "year", "relative"),
    ("fr", "ces derniers jours", WED_2017, "ces derniers jours",
     D(2017, 3, 23), D(2017, 3, 29), "week", "relative"),
    # --- French: present, anaphoric
    ("fr", "ils cherchent désormais à provoquer", WED_2017, "désormais",
     WED_2017, WED_2017, "week", "present"),
    ("fr", "ils sont actuellement 2000", WED_2017, "actuellement",
     WED_2017, WED_2017, "week", "present"),
    ("fr", "la munition employée ce jour-là", WED_2017, "ce jour-là", None, None, None, "anaphoric"),
    ("fr", "le même jour, à Raqqa", WED_2017, "le même jour", None, None, None, "anaphoric"),
    # --- English: calendar dates
    ("en", "On March 17, 2012 troops arrived.", THU_2013, "March 17, 2012",
     D(2012, 3, 17), D(2012, 3, 17), "day", "absolute"),
    ("en", "The strike on 17 March 2017 killed six.", THU_2013, "17 March 2017",
     D(2017, 3, 17), D(2017, 3, 17), "day", "absolute"),
    ("en", "a car bomb on March 17 in Baghdad", THU_2013, "March 17",
     D(2013, 3, 17), D(2013, 3, 17), "day", "absolute"),
    ("en", "They attacked on 3 Jan. near Kabul.", THU_2013, "3 Jan.",
     D(2013, 1, 3), D(2013, 1, 3), "day", "absolute"),
    ("en", "on the 17th of March", THU_2013, "the 17th of March",
     D(2013, 3, 17), D(2013, 3, 17), "day", "absolute"),
    ("en", "the summit on Tuesday, March 19", THU_2013, "Tuesday, March 19",
     D(2013, 3, 19), D(2013, 3, 19), "day", "absolute"),
    ("en", "fighting on 17-18 March", THU_2013, "17-18 March",
     D(2013, 3, 17), D(2013, 3, 18), "day", "absolute"),
    ("en", "The talks collapsed in March.", THU_2013, "March",
     D(2013, 3, 1), D(2013, 3, 31), "month", "absolute"),
    ("en", "The town fell in 2016.", THU_2013, "2016",
     D(2016, 1, 1), D(2016, 12, 31), "year", "absolute"),
    ("en", "a report dated 03/17/2013", THU_2013, "03/17/2013",
     D(2013, 3, 17), D(2013, 3, 17), "day", "absolute"),
    ("en", "a report dated 17/03/2013", THU_2013, "17/03/2013",
     D(2013, 3, 17), D(2013, 3, 17), "day", "absolute"),
    # both readings possible: 3 April would be two weeks after publication, so 4 March
    ("en", "a report dated 03/04/2013", THU_2013, "03/04/2013",
     D(2013, 3, 4), D(2013, 3, 4), "day", "absolute"),
    ("en", "the 1990s", THU_2013, "the 1990s", D(1990, 1, 1), D(1999, 12, 31), "year", "absolute"),
    ("en", "in late 2012", THU_2013, "late 2012", D(2012, 9, 1), D(2012, 12, 31), "month", "absolute"),
    # a quarter, read as the part of the year nearest it
    ("en", "during the last quarter of 2012", THU_2013, "the last quarter of 2012", D(2012, 9, 1), D(2012, 12, 31),
     "month", "absolute"),
    ("fr", "au cours du dernier trimestre 2012", THU_2013, "dernier trimestre 2012", D(2012, 9, 1), D(2012, 12, 31),
     "month", "absolute"),
    ("en", "she was killed on May 26 last year", THU_2013, "May 26 last year",
     D(2012, 5, 26), D(2012, 5, 26), "day", "absolute"),
    # --- English: relative
    ("en", "The house was hit last Tuesday.", THU_2013, "last Tuesday",
     D(2013, 3, 19), D(2013, 3, 19), "day", "relative"),
    ("en", "Officials said on Tuesday that", THU_2013, "Tuesday",
     D(2013, 3, 19), D(2013, 3, 19), "day", "relative"),
    ("en", "Gunmen attacked late Thursday", THU_2013, "late Thursday",
     D(2013, 3, 21), D(2013, 3, 21), "day", "relative"),
    ("en", "a blast yesterday afternoon", THU_2013, "yesterday afternoon",
     D(2013, 3, 20), D(2013, 3, 20), "day", "relative"),
    ("en", "clashes last night", THU_2013, "last night", D(2013, 3, 20), D(2013, 3, 20), "day", "relative"),
    ("en", "a curfew from tonight", THU_2013, "tonight", D(2013, 3, 21), D(2013, 3, 21), "day", "relative"),
    ("en", "troops withdrew last week", THU_2013, "last week",
     D(2013, 3, 11), D(2013, 3, 17), "week", "relative"),
    ("en", "more raids this week", THU_2013, "this week",
     D(2013, 3, 18), D(2013, 3, 21), "week", "relative"),
    ("en", "last month", THU_2013, "last month", D(2013, 2, 1), D(2013, 2, 28), "month", "relative"),
    ("en", "since mid-February", THU_2013, "mid-February",
     D(2013, 2, 11), D(2013, 2, 20), "week", "relative"),
    ("en", "in early March", THU_2013, "early March", D(2013, 3, 1), D(2013, 3, 10), "week", "relative"),
    ("en", "late March", THU_2013, "late March", D(2013, 3, 21), D(2013, 3, 31), "week", "relative"),
    ("en", "three days ago", THU_2013, "three days ago",
     D(2013, 3, 18), D(2013, 3, 18), "day", "relative"),
    ("en", "last year", THU_2013, "last year", D(2012, 1, 1), D(2012, 12, 31), "year", "relative"),
    ("en", "over the weekend", THU_2013, "the weekend", D(2013, 3, 16), D(2013, 3, 17), "week", "relative"),
    ("en", "in the past two weeks", THU_2013, "the past two weeks",
     D(2013, 3, 7), D(2013, 3, 21), "month", "relative"),
    # --- English: present, anaphoric
    ("en", "the rebels currently hold the town", THU_2013, "currently",
     THU_2013, THU_2013, "week", "present"),
    ("en", "the ongoing offensive", THU_2013, "ongoing", THU_2013, THU_2013, "week", "present"),
    ("en", "a second bomb went off the same day", THU_2013, "the same day", None, None, None, "anaphoric"),
    ("en", "police arrived that day", THU_2013, "that day", None, None, None, "anaphoric"),
]


@pytest.mark.parametrize("lang,text,pub,span,start,end,precision,kind", CASES,
                         ids=[f"{c[0]}:{c[3]}" for c in CASES])
def test_table(lang, text, pub, span, start, end, precision, kind):
    found = find_dates(text, lang, pub)
    assert [m.text for m in found] == [span], found
    m = found[0]
    assert text[m.start:m.end] == m.text == span
    assert m.start == text.index(span)
    assert (m.value.start, m.value.end, m.value.precision) == (start, end, precision)
    assert m.kind == kind
    if start is not None:
        assert m.value.basis == "text"


def test_the_table_is_big_and_bilingual():
    assert len(CASES) >= 40
    assert {c[0] for c in CASES} == {"fr", "en"}
    assert sum(c[0] == "fr" for c in CASES) >= 20 and sum(c[0] == "en" for c in CASES) >= 20


@pytest.mark.parametrize("lang,text", [
    ("fr", "100 000 hommes ont fui la ville."),
    ("fr", "Il y avait environ 2000 combattants."),
    ("fr", "2000 combattants sont encore dans la ville."),
    ("fr", "ils étaient plus de 2000."),
    ("fr", "Il est détenu depuis trois ans."),
    ("fr", "pendant deux semaines"),
    ("fr", "le 31 février"),
    ("fr", "La sonde vers Mars a décollé."),
    ("fr", "Le marché a lieu chaque lundi."),
    ("fr", "l'accord du Vendredi saint"),
    ("fr", "Le score était de 3-2 et 24/7."),
    ("en", "The siege lasted for two weeks."),
    ("en", "He has been held for three years."),
    ("en", "About 2000 fighters remain."),
    ("en", "Between 1800-2000 fighters remain."),
    ("en", "They may come back."),
    ("en", "the march on Washington"),
    ("en", "The market opens every Monday."),
    ("en", "a force of 2000 soldiers"),
])
def test_not_dates(lang, text):
    assert find_dates(text, lang, WED_2017) == []


def test_day_range_and_year_with_comma_after_month():
    text = "On March 17, 2016, the convoy was hit."
    [m] = find_dates(text, "en", THU_2013)
    assert m.text == "March 17, 2016" and m.value.start == D(2016, 3, 17)


def test_anaphoric_offsets():
    text = "Le 3 mars, des tirs. Le lendemain, une explosion. La veille, rien."
    found = find_dates(text, "fr", WED_2017)
    assert [(m.text, m.kind, m.offset_days) for m in found] == [
        ("Le 3 mars", "absolute", 0), ("Le lendemain", "anaphoric", 1), ("La veille", "anaphoric", -1)]
    assert all(m.value.start is None and m.value.end is None and m.value.precision is None for m in found[1:])
    [m] = find_dates("Two days later, a second attack.", "en", THU_2013)
    assert (m.text, m.kind, m.offset_days) == ("Two days later", "anaphoric", 2)


def test_without_publication_date_relative_values_stay_empty():
    text = "Hier, mardi, le 17 mars, puis le 17 mars 2017 et désormais en 2016."
    found = {m.text: m for m in find_dates(text, "fr", None)}
    assert set(found) == {"Hier", "mardi", "le 17 mars", "le 17 mars 2017", "désormais", "2016"}
    for t in ("Hier", "mardi"):
        assert found[t].kind == "relative" and found[t].value.start is None and found[t].value.end is None
    assert found["le 17 mars"].value.start is None  # the year is unknown: nothing guessed
    assert found["désormais"].kind == "present" and found["désormais"].value.start is None
    assert found["le 17 mars 2017"].value.start == D(2017, 3, 17)
    assert found["2016"].value.precision == "year"


def test_year_less_dates_near_publication():
    # a day-month is read as the most plausible year: the past is preferred, the near future allowed
    assert find_dates("le 2 avril", "fr", WED_2017)[0].value.start == D(2017, 4, 2)
    assert find_dates("le 30 juin", "fr", D(1999, 5, 21))[0].value.start == D(1999, 6, 30)
    assert find_dates("le 15 novembre", "fr", WED_2017)[0].value.start == D(2016, 11, 15)
    # an explicit weekday picks the year it fits
    assert find_dates("le samedi 5 juin", "fr", D(1999, 5, 27))[0].value.start == D(1999, 6, 5)
    # "prochain"/"next" look forward, "dernier"/"last" backward
    assert find_dates("lundi prochain", "fr", WED_2017)[0].value.start == D(2017, 4, 3)
    assert find_dates("juin prochain", "fr", WED_2017)[0].value.start == D(2017, 6, 1)
    assert find_dates("septembre dernier", "fr", WED_2017)[0].value.start == D(2016, 9, 1)


def test_two_digit_years():
    assert find_dates("en octobre 98.", "fr", D(1999, 5, 20))[0].value.start == D(1998, 10, 1)
    assert find_dates("le 10 novembre 93, à Lyon", "fr", D(2002, 1, 20))[0].value.start == D(1993, 11, 10)


def test_longest_wins_and_mentions_do_not_overlap():
    text = ("Le mardi 17 mars 2017 au matin, puis dans la nuit de mardi à mercredi, et hier, "
            "des combats ont eu lieu ; la semaine dernière aussi, et il y a trois jours.")
    found = find_dates(text, "fr", WED_2017)
    assert [m.text for m in found] == ["Le mardi 17 mars 2017", "la nuit de mardi à mercredi", "hier",
                                       "la semaine dernière", "il y a trois jours"]
    assert [m.start for m in found] == sorted(m.start for m in found)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    for m in found:
        assert text[m.start:m.end] == m.text


def test_offsets_survive_typography_and_case():
    text = "Aujourd\u2019hui et le 17\u00a0mars\u00a02017, puis le 3 fevrier et 17 MARS 2016 ; MARCH 3"
    found = find_dates(text, "fr", WED_2017)
    assert [m.text for m in found] == ["Aujourd\u2019hui", "le 17\u00a0mars\u00a02017", "le 3 fevrier",
                                       "17 MARS 2016"]
    assert found[2].value.start == D(2017, 2, 3)
    for m in found:
        assert text[m.start:m.end] == m.text
    # English month names need their capital: "march 3" is not a date, "MARCH 3" is
    assert [m.text for m in find_dates("they march 3 miles; MARCH 3", "en", THU_2013)] == ["MARCH 3"]


def test_returns_frozen_mentions():
    [m] = find_dates("hier", "fr", WED_2017)
    assert isinstance(m, DateMention)
    with pytest.raises(AttributeError):
        m.start = 3  # type: ignore[misc]


def test_bad_input_gets_a_clear_error():
    with pytest.raises(TypeError, match="text must be str"):
        find_dates(None, "fr", WED_2017)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="published"):
        find_dates("hier", "fr", "2017-03-29")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lang"):
        find_dates("hier", "", WED_2017)
    with pytest.raises(LexiconMissing, match="dates"):
        find_dates("hier", "xx", WED_2017)


def test_accepts_datetimes_region_codes_and_empty_text():
    [m] = find_dates("hier", "fr-FR", dt.datetime(2017, 3, 29, 18, 30))
    assert m.value.start == D(2017, 3, 28)
    assert find_dates("", "en", None) == []


def test_lexicons_share_one_shape():
    names = ["MONTHS", "WEEKDAYS", "DAY_WORDS", "DAY_SUFFIX", "ORDINAL_DAY_WORDS", "NUMBER_WORDS",
             "VAGUE_NUMBERS", "UNITS", "MODIFIERS", "PARTS", "DAYPARTS", "NUMERIC_ORDERS", "PATTERNS"]
    for lex in (dates_fr, dates_en):
        for name in names:
            assert hasattr(lex, name), (lex.__name__, name)
        assert sorted(set(lex.MONTHS.values())) == list(range(1, 13))
        assert sorted(set(lex.WEEKDAYS.values())) == list(range(7))
        assert set(lex.UNITS.values()) == {"day", "week", "month", "year", "decade"}
        assert set(lex.MODIFIERS.values()) <= {"last", "next", "this"}
        assert set(lex.PARTS.values()) == {"early", "mid", "late"}


def test_core_module_holds_no_language_words():
    """Month and weekday names live in the lexicons only (docstrings may show examples)."""
    tree = ast.parse(Path(dates_mod.__file__).read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and ast.get_docstring(node):
            docstrings.add(id(node.body[0].value))
    code_words = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            code_words.update(node.value.lower().replace("'", " ").split())
        elif isinstance(node, ast.Name):
            code_words.add(node.id.lower())
    lexicon_words = {w.lower().rstrip(".") for lex in (dates_fr, dates_en)
                     for w in (*lex.MONTHS, *lex.WEEKDAYS) if len(w.rstrip(".")) > 3}
    lexicon_words |= {"hier", "yesterday", "demain", "tomorrow", "aujourd", "dernier", "prochain"}
    assert not (code_words & lexicon_words)


def test_a_new_language_is_one_lexicon_module(monkeypatch):
    es = types.ModuleType("bilan.lexicons.dates_zz")
    es.MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
                 "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12}
    es.WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6}
    es.PATTERNS = [
        (r"[[(?:el )?{day} de {month}(?: de {year})?]]", "dmy", {}),
        (r"[[ayer]]", "rel_day", {"offset": -1}),
        (r"[[el (?:pasado )?{weekday}]]", "weekday", {}),
    ]
    monkeypatch.setitem(sys.modules, "bilan.lexicons.dates_zz", es)
    text = "El 17 de marzo de 2017 y ayer, el martes."
    found = find_dates(text, "zz", WED_2017)
    assert [(m.text, m.value.start) for m in found] == [
        ("El 17 de marzo de 2017", D(2017, 3, 17)), ("ayer", D(2017, 3, 28)), ("el martes", D(2017, 3, 28))]


def test_a_broken_lexicon_template_is_reported(monkeypatch):
    bad = types.ModuleType("bilan.lexicons.dates_zy")
    bad.MONTHS = {"m": 1}
    bad.WEEKDAYS = {"w": 0}
    bad.PATTERNS = [(r"[[{nosuchslot}]]", "dmy", {})]
    monkeypatch.setitem(sys.modules, "bilan.lexicons.dates_zy", bad)
    with pytest.raises(ValueError, match="unknown slot"):
        find_dates("x", "zy", WED_2017)


def test_ranges_of_months_and_years_and_adjectival_years():
    found = find_dates("le recensement de mars-avril et la période 1982-1990.", "fr", D(1999, 7, 7))
    assert [(m.text, m.value.start, m.value.end, m.value.precision) for m in found] == [
        ("mars-avril", D(1999, 3, 1), D(1999, 4, 30), "month"),
        ("1982-1990", D(1982, 1, 1), D(1990, 12, 31), "year")]
    found = find_dates("during the swine flu pandemic of 2009-2010, and a 2010 commando raid", "en", THU_2013)
    assert [(m.text, m.value.start, m.value.end) for m in found] == [
        ("2009-2010", D(2009, 1, 1), D(2010, 12, 31)), ("2010", D(2010, 1, 1), D(2010, 12, 31))]
    [m] = find_dates("en mai et juin derniers", "fr", D(2003, 2, 23))
    assert (m.text, m.value.start, m.value.end) == ("mai et juin derniers", D(2002, 5, 1), D(2002, 6, 30))


def test_rolling_windows_are_not_calendar_weeks():
    [m] = find_dates("Over the past week, 30 civilians were killed.", "en", THU_2013)
    assert (m.text, m.value.start, m.value.end, m.value.precision) == (
        "the past week", D(2013, 3, 14), THU_2013, "week")
    [m] = find_dates("les trois dernières semaines", "fr", WED_2017)
    assert (m.value.start, m.value.end, m.value.precision) == (D(2017, 3, 8), WED_2017, "month")
    assert find_dates("in recent weeks", "en", THU_2013) == []


def test_skipping_templates_by_their_words_loses_nothing(monkeypatch):
    texts = {
        "fr": "Hier soir, le 17 mars, il y a trois jours, lundi dernier, la semaine dernière, début mars, "
              "fin 2016, les années 60, ces derniers jours, le lendemain, deux jours plus tard, désormais, "
              "la nuit de mardi à mercredi, en mai et juin derniers, le 6 mai dernier, cette année.",
        "en": "Yesterday afternoon, on March 17, three days ago, last Tuesday, last week, early March, "
              "late 2016, the 1960s, the past few days, the next day, two days later, currently, "
              "the night of Tuesday to Wednesday, May 26 last year, over the weekend, earlier this year.",
    }
    for lang, text in texts.items():
        gated = find_dates(text, lang, WED_2017)
        lex = dates_mod._lexicon(lang)
        monkeypatch.setattr(lex, "patterns", [(p, op, params, [], frozenset()) for p, op, params, _, _ in lex.patterns])
        dates_mod._pattern_matches.cache_clear()
        assert find_dates(text, lang, WED_2017) == gated
        assert len(gated) >= 15


def test_word_end_slots_are_those_nothing_but_a_non_word_character_can_follow():
    lex = dates_mod._lexicon("fr")

    def ends(template: str) -> frozenset[str]:
        return dates_mod._word_end_slots(lex._compile(template, "test"))

    assert ends("[[(?:le )?{day} {month}(?: {year})?]]") == {"day", "month"}  # the year is optional
    assert ends("[[{weekday}s?]]") == frozenset()  # "mardis": an s may follow
    # the first month may be followed by "et" without a space: not at a word end, so neither is "month"
    assert ends("[[{month} ?(?:-|et) ?{month2}]]") == frozenset()
    assert ends("[[{month},? (?:de )?cette année]]") == {"month"}


@pytest.mark.parametrize("lang, text", [
    # a month's first letters inside a longer word ("déc" in "déclaré", "Mar" in "Mark"), a real date after
    ("fr", "Le maire a déclaré que l'attaque du 3 juin avait fait deux morts, puis il est parti en marche."),
    ("en", "Mark Deckard said the raid on 3 June and the march that followed left two people dead."),
    # the same words, no date at all
    ("fr", "Le maire a déclaré que la marche continuerait."),
    ("en", "Mark Deckard declared the march over, the mayor said."),
])
def test_templates_skipped_for_a_slot_only_inside_words_lose_nothing(lang, text):
    lex = dates_mod._lexicon(lang)
    dates_mod._pattern_matches.cache_clear()
    gated = find_dates(text, lang, WED_2017)
    saved = lex.patterns
    try:
        lex.patterns = [(p, op, params, [], frozenset()) for p, op, params, _, _ in saved]
        dates_mod._pattern_matches.cache_clear()
        assert find_dates(text, lang, WED_2017) == gated
    finally:
        lex.patterns = saved
        dates_mod._pattern_matches.cache_clear()
    assert [m.text for m in gated] == (["3 juin"] if "juin" in text else ["3 June"] if "June" in text else [])


def test_required_slots_are_the_top_level_ones():
    # top level, not quantified; whether a word starts there (first, or after a space)
    assert dates_mod._required_slots("[[(?:le )?{day} {month}(?: {year})?]]") == {("day", False), ("month", True)}
    assert dates_mod._required_slots("[[{month} ?(?:-|et) ?{month2}]]") == {("month", True), ("month", False)}
    assert dates_mod._required_slots("[[{weekday}s?]]") == {("weekday", True)}
    assert dates_mod._required_slots("(?:in|since) [[{year}]]") == {("year", True)}
    # inside a group, quantified, or under a top-level alternative: not required
    assert dates_mod._required_slots("[[(?:{weekday} )?hier]]") == frozenset()
    assert dates_mod._required_slots("[[hier|{weekday}]]") == frozenset()


@settings(max_examples=120, deadline=None)
@given(words=st.lists(st.sampled_from([
    "le", "17", "1er", "mars", "2017", "hier", "mardi", "dernier", "il", "y", "a", "trois", "jours", "en", "semaine",
    "March", "May", "17th", "last", "Tuesday", "ago", "days", "the", "same", "day", "mi-", "février", "fin", "mai",
    "2016-2017", "31", ",", ".", "’", "-", "week", "night", "nuit", "de", "à", "next", "prochain", "années", "60",
    "'98", "of", "in", "early", "début", "depuis", "l'an", "passé", "this", "year", "1990s", "x",
    "Mark", "déclaré", "maintenant", "juillet", "décembre", "mardis", "Mayor", "17ème", "et", "to", "s",
]), max_size=20), lang=st.sampled_from(["fr", "en"]), joiner=st.sampled_from([" ", "", "-"]))
def test_skipping_templates_by_their_slots_loses_nothing(words, lang, joiner):
    # a template whose required slot is nowhere in the text is not run: the same mentions as running all
    text = joiner.join(words)
    lex = dates_mod._lexicon(lang)
    dates_mod._pattern_matches.cache_clear()
    gated = find_dates(text, lang, WED_2017)
    saved = lex.patterns
    try:
        lex.patterns = [(p, op, params, gates, frozenset()) for p, op, params, gates, _ in saved]
        dates_mod._pattern_matches.cache_clear()
        assert find_dates(text, lang, WED_2017) == gated
    finally:
        lex.patterns = saved
        dates_mod._pattern_matches.cache_clear()


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from([
    "le", "17", "1er", "mars", "2017", "hier", "mardi", "dernier", "il", "y", "a", "trois", "jours", "en",
    "March", "May", "17th", "last", "Tuesday", "ago", "days", "the", "same", "day", "mi-", "février", "fin",
    "2016-2017", "03/04/2013", "2017-02-29", "31", "février", ",", ".", "\u00a0", "’", "-", "semaine", "week",
    "night", "nuit", "de", "à", "next", "prochain", "années", "60", "'98", "1800", "2000", "of", "in",
]), max_size=25), lang=st.sampled_from(["fr", "en"]),
    pub=st.one_of(st.none(), st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31))))
def test_any_text_gives_valid_non_overlapping_mentions(words, lang, pub):
    text = " ".join(words)
    found = find_dates(text, lang, pub)
    for m in found:
        assert text[m.start:m.end] == m.text and m.start < m.end
        assert m.kind in dates_mod.KINDS
        if m.value.start is not None:
            assert m.value.start <= m.value.end and m.value.precision in ("day", "week", "month", "year")
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_a_second_reading_of_the_same_text_resolves_the_same_matches():
    """The patterns' matches do not depend on the publication date: reading the same text again
    against another date (the incident rules' reference date for an undated document) does not
    scan it again, and gives what a fresh scan gives."""
    text = "Le 3 mars, puis mardi dernier et l'an dernier, des combats ont eu lieu."
    dates_mod._pattern_matches.cache_clear()
    undated = find_dates(text, "fr")
    hits = dates_mod._pattern_matches.cache_info().hits
    dated = find_dates(text, "fr", dt.date(2021, 6, 15))
    assert dates_mod._pattern_matches.cache_info().hits == hits + 1
    dates_mod._pattern_matches.cache_clear()
    assert find_dates(text, "fr", dt.date(2021, 6, 15)) == dated
    assert find_dates(text, "fr") == undated
    assert [m.value.precision for m in undated] != [m.value.precision for m in dated]


def test_first_words_stand_for_a_word_list_slot():
    # lower case, first word of a multi-word entry, a word inside another dropped, None when not ASCII
    assert dates_mod._first_words(["Avril", "avr.", "mi-mars", "début du mois"]) == {"avril", "avr.", "mi", "debut"}
    assert dates_mod._first_words(["avril", "avr", "avr."]) == {"avr"}
    assert dates_mod._first_words(["May", "MAY"]) == {"may"}
    assert dates_mod._first_words([]) == frozenset()
    assert dates_mod._first_words(["œuvre"]) is None
    assert set(dates_mod._lexicon("fr").slot_words["month"]) >= {"mai", "juin", "aout"}


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from([
    "mai", "MAI", "Mai", "maire", "juin", "ſeptembre", "mardı", "Tueſday", "fin", "mi-", "mid", "May", "mayor",
    "early", "début", "lundi", "Monday", "semaine", "week", "dernier", "last", "x", "(", "l'", "-", " ", "à",
]), max_size=12), lang=st.sampled_from(["fr", "en"]))
def test_slot_presence_by_first_words_agrees_with_the_slot_search(words, lang):
    # a word-list slot the first-word check rules out has no match of its own search, at a word start or not
    text = dates_mod._fold("".join(words))
    lex = dates_mod._lexicon(lang)
    for name, first in lex.slot_words.items():
        if not any(w in text.lower() for w in first):
            for start in (False, True):
                for end in (False, True):
                    assert lex.slot_res[(name, start, end)].search(text) is None


def test_a_long_s_or_dotless_i_reads_as_its_letter():
    # "re" matches "i" to the dotless i and "s" to the long s: the folded text holds the letter, so the
    # first-word check sees the word, the templates that need it run, and the word finds its lexicon
    # entry (it was a KeyError: "mardı" matched the weekday pattern but was no weekday of the table)
    for text, lang, slot, word in (("Le mardı 4.", "fr", "weekday", "mardi"), ("Laſt week.", "en", "mod", "Last")):
        dates_mod._pattern_matches.cache_clear()
        _, matches = dates_mod._pattern_matches(text, lang)
        assert word in [m.group(slot) for *_, m in matches if slot in m.groupdict()]
    dates_mod._pattern_matches.cache_clear()
    pub = dt.date(2020, 9, 10)
    found = dates_mod.find_dates("Le 3 ſeptembre 2020, des rebelles ont attaqué.", "fr", pub)
    assert [(d.text, d.value.start) for d in found] == [("Le 3 ſeptembre 2020", dt.date(2020, 9, 3))]
    found = dates_mod.find_dates("Mardı dernier, une attaque a eu lieu.", "fr", pub)
    assert [d.value.start for d in found] == [dt.date(2020, 9, 8)]


@pytest.mark.parametrize("lang, text", [
    # capitals, accents, a month only inside words, years with and without a cue, no year at all
    ("fr", "LE MAIRE A DÉCLARÉ QUE L'ATTAQUE DU 3 JUIN 2019 AVAIT FAIT DEUX MORTS."),
    ("fr", "Le maire a déclaré mardi que la marche de Décembre continuerait, sept ans après."),
    ("fr", "Depuis la fin des années 90, la milice tient la route ; en 1998, puis fin Août, elle l'a fermée."),
    ("fr", "Les 12 blessés ont été transférés vers l'hôpital, selon le préfet, sans autre précision."),
    ("en", "MARK DECKARD SAID THE RAID ON 3 JUNE 2019 LEFT TWO PEOPLE DEAD, EARLY IN THE DAY."),
    ("en", "The mayor said in the late 1990s, and again in mid-March '98, that the mid-town market was shut."),
    ("en", "Twelve wounded people were taken to the hospital, the governor's office said without detail."),
    ("en", "Fighting resumed on Tuesday the fifth; since 2016 the road at km 20 has been closed for weeks."),
    # a template's lead found first inside a word or without its look-behind, the real date later
    ("fr", "Les gens de Remai-et-Juin (un lieu-dit) ont fui entre mai et juin, puis de mars à avril 2015."),
    ("fr", "Ce jour-là, le même jour que l'attaque, il y a trois jours, puis le lendemain, xil y a deux ans."),
    ("en", "The Amay-to-June fair (a village event) was shut from May to June, and again March through April 2015."),
])
def test_slot_searches_in_lower_case_text_find_what_the_case_blind_ones_find(lang, text):
    # each slot searched in the lower-case folded text with case, after the cheap digit pre-check,
    # answers as the case-blind search in the folded text does
    lex = dates_mod._lexicon(lang)
    folded = dates_mod._fold(text)
    lowered = folded.lower()
    for key, rx in lex.slot_res.items():
        want = rx.search(folded)
        pre = lex.slot_pre.get(key[0])
        if pre is not None and pre.search(folded) is None:
            assert want is None, key
            continue
        got = lex.slot_fast[key].search(lowered) if key[0] in lex.slot_lower else rx.search(folded)
        assert (got and got.span()) == (want and want.span()), key
    # and the mentions are those found when every template runs
    dates_mod._pattern_matches.cache_clear()
    gated = find_dates(text, lang, WED_2017)
    saved, leads = lex.patterns, lex.leads
    try:  # every template run, from the start of the text
        lex.patterns = [(p, op, params, [], frozenset()) for p, op, params, _, _ in saved]
        lex.leads = {}
        dates_mod._pattern_matches.cache_clear()
        assert find_dates(text, lang, WED_2017) == gated
    finally:
        lex.patterns, lex.leads = saved, leads
        dates_mod._pattern_matches.cache_clear()
    # a template's lead matches at or before the template's first match, wherever it has one
    folded = dates_mod._fold(text)
    for pattern, *_ in lex.patterns:
        lead = lex.leads.get(pattern)
        first = pattern.search(folded)
        if lead is not None and first is not None:
            assert lead[0].search(folded.lower() if lead[1] else folded).start() <= first.start()


def test_a_lead_only_where_re_can_skip_to_its_start():
    lex = dates_mod._lexicon("fr")
    # opens with a slot of words, or with a literal: a lead, run with case in the lower-case text
    assert dates_mod._lead(lex._compile("[[{month} ?(?:-|à|au|et) ?{month2}]]", "t"))[1] is True
    assert dates_mod._lead(lex._compile("[[il y a {num} {unit}]]", "t")) is not None
    # opens with an optional group: none (the lead would be tried at every position)
    assert dates_mod._lead(lex._compile("[[(?:la )?{part} de l'année]]", "t")) is None
    # English months are held to their case: a lead without the lower-case text
    en = dates_mod._lexicon("en")
    assert dates_mod._lead(en._compile("[[{month} ?(?:-|to) ?{month2}]]", "t"))[1] is False


def test_case_free_reads_letters_outside_escapes_and_group_names():
    assert dates_mod._case_free(r"(?P<month>mai|juin)\s+(?:\d\d|»)")
    assert not dates_mod._case_free(r"(?-i:May)") and not dates_mod._case_free(r"Mai")
    assert not dates_mod._case_free("été")  # a cased letter that is not ASCII


def test_slots_searched_in_lower_case_are_the_case_blind_word_lists():
    assert "month" in dates_mod._lexicon("fr").slot_lower and "month" not in dates_mod._lexicon("en").slot_lower
    assert "weekday" in dates_mod._lexicon("fr").slot_lower and "weekday" not in dates_mod._lexicon("en").slot_lower
    assert {"unit", "part", "mod", "year"} <= dates_mod._lexicon("en").slot_lower


@pytest.mark.parametrize("text", [
    "Le 2017-03-17, puis du 12/03/2016 au 14.03.2016, et en 1982-1990 ou 2002/2003 ; 1957-58.",
    "On 03/04/2013 and 2017-02-29 (no such day), 1800-2000 fighters, A12-2017-03-05, x2016-2017 and 4.5.2012.",
    "Rien de chiffré ici, sauf 12 morts et 3,5 km.",
])
def test_numeric_dates_scanned_from_their_lead_are_those_scanned_from_the_start(text):
    for pattern, lead in dates_mod._NUMERIC_LEADS.items():
        folded = dates_mod._fold(text)
        assert [m.span() for m in dates_mod._scan(pattern, folded)] == [m.span() for m in pattern.finditer(folded)]
        first = pattern.search(folded)
        assert first is None or lead.search(folded).start() <= first.start()
