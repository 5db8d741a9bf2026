"""Counts as ranges: the seed article's figures and the conventions of docs/conventions.md."""

from __future__ import annotations

import re

import pytest

from bilan.extract.quantities import ACLED_SINGLE, _alt, find_quantities, parse_quantity

CASES = [
    ("fr", "moins d'un millier de djihadistes subsistent", "moins d'un millier", (None, None, 999), "djihadistes"),
    ("fr", "étaient «environ 2000» au démarrage", "environ 2000", (1800, 2000, 2200), None),
    ("fr", "environ 100 000 hommes, ont", "environ 100 000", (90000, 100000, 110000), "hommes"),
    ("fr", "des dizaines de milliers de civils sont", "des dizaines de milliers", (20000, None, 99999), "civils"),
    ("fr", "la mort de dizaines de civils.", "dizaines", (12, 24, 99), "civils"),
    ("fr", "tuant l'un d'entre eux qui résiste", "l'un d'entre eux", (1, 1, 1), None),
    ("fr", "une vingtaine d'assaillants", "une vingtaine", (17, 20, 23), "assaillants"),
    ("fr", "au moins 14 civils", "au moins 14", (14, 14, None), "civils"),
    ("fr", "plus de 140 personnes", "plus de 140", (141, 141, None), "personnes"),
    ("fr", "vingt et un morts", "vingt et un", (21, 21, 21), "morts"),
    ("fr", "entre 5 et 8 soldats", "entre 5 et 8", (5, None, 8), "soldats"),
    ("en", "at least 12 people were killed", "at least 12", (12, 12, None), "people"),
    ("en", "dozens of civilians", "dozens", (12, 24, 99), "civilians"),
    ("en", "between 5 and 8 soldiers", "between 5 and 8", (5, None, 8), "soldiers"),
    ("en", "more than 30 people", "more than 30", (31, 31, None), "people"),
    ("en", "a soldier was killed", "a", (1, 1, 1), "soldier"),
    ("en", "Twenty-one people were killed", "Twenty-one", (21, 21, 21), "people"),
    ("en", "about 250,000 people", "about 250,000", (225000, 250000, 275000), "people"),
]


@pytest.mark.parametrize("lang,text,span,expected,head", CASES)
def test_quantity(lang, text, span, expected, head):
    (q,) = find_quantities(text, lang)
    assert q.text == span == text[q.start:q.end]
    assert (q.value.low, q.value.best, q.value.high) == expected
    assert q.head == head


@pytest.mark.parametrize("lang,text", [
    ("fr", "en 2016, il y a 3 ans"), ("fr", "le 17 mars 2017"), ("fr", "à une trentaine de kilomètres"),
    ("fr", "20 % des habitants"), ("en", "in Rafai on June 16, 2014"), ("en", "the 25-year-old man"),
    ("en", "$5 million"), ("en", "A patrol was attacked"),
])
def test_not_counts(lang, text):
    assert [q.text for q in find_quantities(text, lang)] == []


def test_cinq_autres_blesses_is_elided_and_two_counts():
    qs = find_quantities("Trois soldats maliens ont été tués et cinq autres blessés mardi", "fr")
    assert [(q.text, q.head) for q in qs] == [("Trois", "soldats"), ("cinq", None)]


def test_parse_quantity_and_acled_single():
    assert parse_quantity("des dizaines", "fr").basis == "vague:dozens"
    assert ACLED_SINGLE["vague:dozens"] == 12
    assert parse_quantity("rien", "fr") is None


@pytest.mark.parametrize("lang,text,counts", [
    ("en", "ATTACKED A TRUCK AT 0900 ON 26 MARCH AND WOUNDED FIVE OTHERS", ["FIVE"]),
    ("en", "guerrillas ambushed a patrol at 2000, killing 3 soldiers", ["3"]),
    ("en", "the attack began at 0745", []),
    ("fr", "l'attaque a eu lieu à 2130 et a fait 4 morts", ["4"]),
    ("en", "at least 1500 people were displaced", ["at least 1500"]),
])
def test_clock_times_are_not_counts(lang, text, counts):
    assert [q.text for q in find_quantities(text, lang)] == counts


def test_an_before_a_person_noun_is_one_and_of_is_a_word():
    from bilan.extract.quantities import find_quantities
    got = [(q.text, q.value.best, q.head) for q in find_quantities("Among those injured, an officer and two NCOs.", "en")]
    assert got == [("an", 1, "officer"), ("two", 2, "NCOs")]
    got = [(q.value.best, q.head) for q in find_quantities("Among those injured, one officer.", "en")]
    assert got == [(1, "officer")]  # not "one of ficer"
    got = [(q.value.best, q.head) for q in find_quantities("des dizaines d'enfants", "fr")]
    assert got == [(24, "enfants")]
    assert find_quantities("It was an attack on the town.", "en") == []


def test_word_alternations_match_the_longest_word_whatever_the_case():
    # the alternations are prefix trees: the longest word written at a position wins, as a
    # longest-first list of words did
    pattern = re.compile(rf"(?:{_alt(['un', 'une', 'dix', 'dix-sept', 'a few', 'a'])})", re.I)
    assert [pattern.match(t).group() for t in ("Une femme", "DIX-SEPT morts", "dix morts", "a few men", "a man")] \
        == ["Une", "DIX-SEPT", "dix", "a few", "a"]
    assert pattern.match("deux") is None
