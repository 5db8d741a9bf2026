"""Shared helpers of the namesake sets (tests/test_places_namesakes2.py, tests/test_places_namesakes3.py):
a story's mentions of one name, a strict xfail row, a row's id, and the check that every mention is the
namesake the story means."""

from __future__ import annotations

import pytest

from bilan import nlp
from bilan.extract.places import find_places
from bilan.gazetteer import distance_km


def mentions(text: str, lang: str, name: str):
    return [pm for pm in find_places(nlp.parse(text, lang), lang) if text[pm.start:pm.end] == name]


def xfail_row(reason: str, *row):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


def row_id(i: int, row) -> str:
    values = getattr(row, "values", row)
    return f"{values[1]}-{values[2]}-{i}"


def assert_the_namesake_meant(text: str, lang: str, name: str, lat: float, lon: float) -> None:
    """The name is found as a place, and every mention of it lies within 161 km of (lat, lon)."""
    got = mentions(text, lang, name)
    assert got, f"{name} not found as a place"
    far = [(pm.start, pm.place.name, pm.place.country, pm.place.admin1) for pm in got
           if distance_km(pm.place.lat, pm.place.lon, lat, lon) > 161]
    assert not far
