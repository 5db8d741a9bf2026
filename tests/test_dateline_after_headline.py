"""A wire dateline after a headline line ("Air strike kills nine at market\n\nKHARTOUM, March 9 (Wire) -
An air strike ...") dates the dispatch, not the act, as a dateline at the very start of the text
does; and the hyphen of "(Reuters) -" ends a dateline as a dash does. The act told again later with
its own day ("late on Saturday") is the same incident. Stories written for this file (EN and FR),
before bilan was run on them.

First run, before the rule: 2 of 6 rows; with it 6 of 6 (the French Kidal row with the rule of
tests/test_events_weapon_subjects.py: « le drone a frappé » was no act).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.model import Document
from bilan.pipeline import extract_many


def incidents(text: str, lang: str, published: dt.date):
    ex = list(extract_many([Document(doc_id="d", text=text, language=lang, published=published)]))[0]
    return ex.incidents


# (text, language, published, sub-event type, its one incident's date or None for "not the dateline's")
ROWS = [
    ("Air strike kills nine at market, rescuers say\n\nKHARTOUM, March 9 (Wire) - An air strike on a market in "
     "the town of Kabkabiya killed nine people, rescuers said on Sunday.\n\nThe warplane struck the market late on "
     "Saturday as traders were closing their stalls, a rescuer said.", "en", dt.date(2025, 3, 9),
     "Air/drone strike", dt.date(2025, 3, 8)),
    ("GAO, Mali, May 4 (Wire) - Gunmen killed five traders on the road to Ansongo on Friday, a local official "
     "said.", "en", dt.date(2025, 5, 4), "Attack", dt.date(2025, 5, 2)),
    ("Gunmen kill four farmers in Zamfara\n\nLAGOS, June 3 (Wire) - Gunmen killed four farmers in Zamfara state, "
     "police said on Tuesday.", "en", dt.date(2025, 6, 3), "Attack", None),
    ("Frappe de drone meurtrière à Kidal\n\nBAMAKO, 4 mai (Dépêche) - Une frappe de drone a tué six civils à "
     "Kidal, ont indiqué dimanche des sources locales.\n\nLe drone a frappé un véhicule samedi soir près du "
     "marché, selon un élu local.", "fr", dt.date(2025, 5, 4), "Air/drone strike", dt.date(2025, 5, 3)),
    ("Des hommes armés tuent quatre agriculteurs à Zamfara\n\nLAGOS, 3 juin (Dépêche) - Des hommes armés ont tué "
     "quatre agriculteurs dans l'État de Zamfara, a indiqué mardi la police.", "fr", dt.date(2025, 6, 3),
     "Attack", None),
    ("Attaque contre un camp de déplacés\n\nGOMA, 12 février (Dépêche) — Des miliciens ont attaqué mercredi un "
     "camp de déplacés près de Sake, tuant sept personnes, selon des sources humanitaires.", "fr",
     dt.date(2025, 2, 12), "Attack", dt.date(2025, 2, 12)),
]


@pytest.mark.parametrize("text,lang,published,sub,day", ROWS, ids=[f"{lang}-{i}" for i, (_, lang, *_) in enumerate(ROWS)])
def test_the_dateline_dates_the_dispatch_not_the_act(text, lang, published, sub, day):
    got = incidents(text, lang, published)
    mine = [i for i in got if i.sub_event_type == sub]
    assert len(mine) == 1, [(i.sub_event_type, i.date) for i in got]
    date = mine[0].date
    dateline = text.find("(") - 12  # the dateline's words, before its agency
    if day is not None:
        assert (date.start, date.end) == (day, day), date
    else:
        assert not (date.basis == "text" and date.start == date.end == published), date
    assert not any(e.field == "date" and 0 <= e.start < text.find("(") and e.start >= max(dateline, 0)
                   for e in mine[0].evidence), mine[0].evidence


def test_the_set_is_bilingual():
    langs = [lang for _, lang, *_ in ROWS]
    assert langs.count("en") >= 3 and langs.count("fr") >= 3
