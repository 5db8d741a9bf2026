"""Headlines in the style of Central African news wires that the UCDP GED CAR evaluation scores (h-ucdp3, third
pass): the top incident's type, its day and its toll (low / best / high), as ``bilan.evaluate.ucdp._top`` picks it.

- A convoy or travellers an armed side forced back, the verb that forces a few words before the return, its agents
  or its object between them (« un convoi contraint par des hommes armés de rebrousser chemin », « des rebelles
  obligent des camions à faire demi-tour », "a convoy forced by rebels to turn back"): the return is the act, a
  strategic development of type Other, as « contraint de faire demi-tour par les rebelles » already was
  (``events_<lang>.COERCION_VERBS``, flag ``needs_coercion``, ``events._coercer``; the return's infinitive is as real
  as the verb that forced it; before: no incident). Guards: a return of one's own will (« le ministre fait
  demi-tour », « les rebelles rebroussent chemin », "Minister turns back") is no act.
- A past participle in the plural after a counted noun's "of" complement (« une trentaine de combattants de l'UPC
  neutralisés par les FACA »), which the French parse hangs on the complement (the group's name): it goes on the
  nearest noun above that agrees with it in number and gender (``nlp._participles_by_number``; before: no incident).
  The same in the singular (« le chef des rebelles tué par les FACA »: before, the plural « rebelles » read as the
  dead, 2 to 9; now the chief, one).
- A headline's list of the dead by a comma, a second counted noun in apposition to the first (« deux casques bleus,
  trois rebelles tués », "Two soldiers, four militiamen killed"): the apposed noun stands alone and its figure is not
  the first's, so it is a second group, not a breakdown of the first: the figures add up
  (``incidents._second_counted_group``; before: the first figure alone). Guards: a breakdown into coordinated
  parts (« Deux humanitaires, une infirmière et un chauffeur, ont été abattus ») and « et » between the groups
  keep their tolls.
- The weekend as the act noun's modifier ("in weekend clashes", "Weekend attack on ... kills nine", « les
  affrontements du week-end », « l'attaque du week-end ») dates the act to the last weekend up to the news, as "over
  the weekend" (``dates_<lang>.PATTERNS``; before: the publication-date fallback).
- « tombé sous les balles » (« un soldat tombé sous les balles des rebelles ») is a death by gunfire, as « mort
  sous les balles » (``events_fr.TRIGGERS``, ``events_fr.DEATH_CUES``; before: no incident).

Rows are our own sentences (Central African towns, generic actors and figures). Rows marked "guard" passed before
this file.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.evaluate.ucdp import _top
from extracting import ATT, CLA, OTH, incidents

PUBLISHED = dt.date(2019, 3, 12)  # a Tuesday
D = dt.date
PUB_WINDOW = (D(2019, 2, 10), PUBLISHED)  # the publication-date fallback: no day told

# (headline, lang, sub-event type, (start, end), (low, best, high) or None)
ROWS = [
    # --- a return forced by an armed side, the verb that forces a few words before it
    ("RCA : un camion de commerçants contraint par des rebelles de rebrousser chemin près de Baboua", "fr", OTH,
     PUB_WINDOW, None),
    ("RCA : un convoi humanitaire contraint par des hommes armés de rebrousser chemin à Kouango", "fr", OTH,
     PUB_WINDOW, None),
    ("Centrafrique : des rebelles obligent des camions de commerce à faire demi-tour près de Bouar", "fr", OTH,
     PUB_WINDOW, None),
    ("Aid convoy forced by rebels to turn back near Kaga-Bandoro", "en", OTH, PUB_WINDOW, None),
    ("Rebels forced a column of lorries to turn back near Bouar", "en", OTH, PUB_WINDOW, None),
    # guard: the phrase the lexicon had side by side
    ("RCA : le convoi de la Minusca contraint de faire demi-tour par les rebelles de l'UPC", "fr", OTH, PUB_WINDOW,
     None),
    # --- a plural participle after the counted noun's complement
    ("Centrafrique : une trentaine de combattants de l'UPC neutralisés par les FACA", "fr", CLA, PUB_WINDOW,
     (26, 30, 34)),
    ("Centrafrique : une vingtaine de miliciens du FPRC neutralisés par les FACA et leurs alliés près de Ndélé",
     "fr", CLA, PUB_WINDOW, (17, 20, 23)),
    # the singular: the chief, not the rebels
    ("RCA : le chef des rebelles tué par les FACA à Bria", "fr", CLA, PUB_WINDOW, (1, 1, 1)),
    # guards: « tués » the parse hangs right; a plural noun with no complement
    ("Centrafrique : une trentaine de combattants de l'UPC tués par les FACA et leurs alliés russes", "fr", CLA,
     PUB_WINDOW, (26, 30, 34)),
    ("Centrafrique : cinq rebelles neutralisés par les FACA près de Koui", "fr", CLA, PUB_WINDOW, (5, 5, 5)),
    # --- two groups of the dead listed by a comma
    ("RCA : deux casques bleus, trois rebelles tués dans une embuscade près d'Obo", "fr", CLA, PUB_WINDOW,
     (5, 5, 5)),
    ("Two soldiers, four militiamen killed in CAR clash", "en", CLA, PUB_WINDOW, (6, 6, 6)),
    # guards: « et » between the groups; a breakdown into coordinated parts
    ("Centrafrique : deux soldats et cinq rebelles tués dans des affrontements à Kabo", "fr", CLA, PUB_WINDOW,
     (7, 7, 7)),
    ("Centrafrique : Deux humanitaires, une infirmière et un chauffeur, ont été abattus près de Kabo", "fr", ATT,
     PUB_WINDOW, (2, 2, 2)),
    # --- « tombé sous les balles »
    ("Centrafrique : un soldat centrafricain tombé sous les balles des rebelles à Mbaïki", "fr", CLA, PUB_WINDOW,
     (1, 1, 1)),
    ("RCA : deux gendarmes tombés sous les balles d'hommes armés près de Baoro", "fr", CLA, PUB_WINDOW, (2, 2, 2)),
    ("Centrafrique : un commerçant est tombé sous les balles des miliciens à Bangui", "fr", ATT, PUB_WINDOW,
     (1, 1, 1)),
    # --- the weekend as the act noun's modifier: the last weekend up to the news
    ("Central African Republic: at least a dozen dead in weekend clashes near Bambari", "en", CLA,
     (D(2019, 3, 9), D(2019, 3, 10)), (12, 12, None)),
    ("Weekend attack on CAR village kills nine", "en", ATT, (D(2019, 3, 9), D(2019, 3, 10)), (9, 9, 9)),
    ("RCA : une douzaine de morts dans les affrontements du week-end à Zémio", "fr", CLA,
     (D(2019, 3, 9), D(2019, 3, 10)), (10, 12, 14)),
    ("Centrafrique : l'attaque du week-end à Ngakobo a fait neuf morts", "fr", ATT, (D(2019, 3, 9), D(2019, 3, 10)),
     (9, 9, 9)),
    # guards: the dates and tolls of the classes the lead listed, read already (relative days, the weekend,
    # « depuis », a month's part, collectives, numbers in words, two sides summed)
    ("RCA : trois morts ce week-end dans des violences à Bangassou", "fr", ATT, (D(2019, 3, 9), D(2019, 3, 10)),
     (3, 3, 3)),
    ("RCA : un commerçant tué hier soir par des hommes armés à Bangui", "fr", ATT, (D(2019, 3, 11), D(2019, 3, 11)),
     (1, 1, 1)),
    ("Centrafrique : sept civils tués avant-hier à Mingala par des hommes armés", "fr", ATT,
     (D(2019, 3, 10), D(2019, 3, 10)), (7, 7, 7)),
    ("Centrafrique : un prêtre tué mi-février à Zangba", "fr", ATT, (D(2019, 2, 11), D(2019, 2, 20)), (1, 1, 1)),
    ("Centrafrique : une dizaine de morts dans des affrontements à Kaga-Bandoro", "fr", CLA, PUB_WINDOW, (8, 10, 12)),
    ("RCA : plusieurs civils tués par des hommes armés près de Bossangoa", "fr", ATT, PUB_WINDOW, (2, None, 9)),
    ("Centrafrique : vingt et un morts dans des heurts entre miliciens à Batangafo", "fr", CLA, PUB_WINDOW,
     (21, 21, 21)),
    ("RCA : quatre morts côté rebelles et deux côté FACA après les combats de Bambouti", "fr", CLA, PUB_WINDOW,
     (6, 6, 6)),
]


@pytest.mark.parametrize("text,lang,sub,dates,deaths", ROWS, ids=[f"{r[1]}-{r[0][:50]}" for r in ROWS])
def test_headline_style(text, lang, sub, dates, deaths):
    top = _top(incidents(text, lang, PUBLISHED))
    assert top is not None
    assert top.sub_event_type == sub
    assert (top.date.start, top.date.end or top.date.start) == dates
    f = top.fatalities
    assert (None if f is None else (f.low, f.best, f.high)) == deaths


@pytest.mark.parametrize("text,lang", [
    ("Centrafrique : le ministre fait demi-tour à Bossangoa", "fr"),
    ("RCA : les rebelles rebroussent chemin devant les FACA près de Kaga-Bandoro", "fr"),
    ("Minister turns back at Bossangoa after heavy rain", "en"),
])
def test_return_of_ones_own_will_no_act(text, lang):
    """Guard: a return with no verb that forces it is no act (``needs_coercion``)."""
    assert _top(incidents(text, lang, PUBLISHED)) is None
