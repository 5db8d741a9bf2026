"""Headline shapes of Central African news wires that the UCDP GED CAR evaluation scores (h-ucdp3): the top
incident's type, its day and its toll (low / best / high), as ``bilan.evaluate.ucdp._top`` picks it.

- A headline whose counted noun has no verb of its own, the subset incise after « dont » left open and a participle
  said of the subset's noun after it (« 4 personnes, dont le président de la jeunesse de Bouar enlevé et assassiné »):
  the participle is said of them all, the toll is the whole figure, as when the incise is closed by a comma
  (``incidents._incise_end``; before: no figure, or the one named alone, 1).
- Counts of several sides summed when the tagger reads the second side's noun as an adjective after a digit
  (« 3 soldats et 7 rebelles tués »: « rebelles » ADJ): a word of people is the figure's noun, not an elided
  participle of its own clause (``incidents._elided_participle``; before: 3, the second figure dropped).
- A part of last week (« en fin de semaine dernière », « en milieu de semaine passée ») dates the act to that week,
  as "late last week" does (``dates_fr.PATTERNS``; before: no date read, the publication-date fallback).
- « massacrés » after its counted noun, which the French model tags a noun with the lemma « massacré » (« une
  quinzaine de civils massacrés à Bria »), is the act, as « tués » is (``events_fr.TRIGGERS``, noun_only; before: no
  incident).
- A breakdown that a subset word opens with no comma right after the total's noun (« trois morts dont un soldat et
  deux rebelles », "three dead including a soldier and two rebels"): a figure further in it is a part, not more dead
  (``incidents._subset_word_breakdown``; before: 5, the total and the second part summed).
- « les rebelles attaquent Bouar et tuent trois soldats », the parse hanging « trois soldats » on « attaquent »: a
  verb conjoined between the verb and its object, with no object of its own, is the one said of them, so they are
  the dead, not people attacked unharmed (``incidents._acted_on_unharmed``; before: no figure). So is a participle
  said of the people a collective counts (« les FACA reprennent Bria, une dizaine de rebelles tués », the collective
  hung on « reprennent » as its object; before: no figure).
- « trois humanitaires enlevés à Bria, un chauffeur tué »: the participle of a counted noun that is no subject says
  what befell them (taken), before the killing word of the noun after them (``incidents._people_taken``; before: the
  three read as dead). The English twin stays a strict xfail (its parse).

Rows are our own sentences (Central African towns, generic actors). Rows marked "guard" passed before this file.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.evaluate.ucdp import _top
from extracting import ABD, ATT, CLA, GOV, incidents

PUBLISHED = dt.date(2021, 3, 8)  # a Monday
D = dt.date
PUB_WINDOW = (D(2021, 2, 6), PUBLISHED)  # the publication-date fallback: no day told
LAST_WEEK = (D(2021, 3, 1), D(2021, 3, 7))

# (headline, lang, sub-event type, (start, end), (low, best, high) or None)
ROWS = [
    # --- the subset incise left open before the participle
    ("RCA : 4 personnes, dont le chef du quartier de Bouar enlevé et assassiné", "fr", ABD, PUB_WINDOW, (4, 4, 4)),
    ("RCA : 4 personnes, dont le président de la jeunesse de Bouar assassiné", "fr", ATT, PUB_WINDOW, (4, 4, 4)),
    # guards: the incise closed by a comma, the participle on the subset's noun, and the English twin
    ("RCA : 4 personnes, dont le président de la jeunesse de Bouar, enlevées et assassinées", "fr", ABD, PUB_WINDOW,
     (4, 4, 4)),
    ("Centrafrique : trois personnes, dont le maire de Bouar tué par des rebelles", "fr", ATT, PUB_WINDOW, (3, 3, 3)),
    ("CAR: four people, including the mayor of Bouar, killed by rebels", "en", ATT, PUB_WINDOW, (4, 4, 4)),
    ("Centrafrique : cinq morts dont deux soldats dans une embuscade près de Bouar", "fr", CLA, PUB_WINDOW, (5, 5, 5)),
    # --- counts of several sides, the second noun tagged an adjective after a digit
    ("RCA : 3 soldats et 7 rebelles tués à Bria", "fr", CLA, PUB_WINDOW, (10, 10, 10)),
    ("Centrafrique : 2 casques bleus et 4 rebelles tués dans des affrontements à Bangassou", "fr", CLA, PUB_WINDOW,
     (6, 6, 6)),
    # guards: the numbers as words, the English twin
    ("RCA : trois soldats et sept rebelles tués à Bria", "fr", CLA, PUB_WINDOW, (10, 10, 10)),
    ("CAR: 3 soldiers and 7 rebels killed in Bria", "en", CLA, PUB_WINDOW, (10, 10, 10)),
    ("Centrafrique : six civils, dont deux enfants, tués samedi par des rebelles à Bambari", "fr", ATT,
     (D(2021, 3, 6), D(2021, 3, 6)), (6, 6, 6)),
    # --- a part of last week: that week, as "late last week" reads
    ("Centrafrique : deux soldats tués à Bouar en fin de semaine dernière", "fr", CLA, LAST_WEEK, (2, 2, 2)),
    ("RCA : trois civils tués par des rebelles en milieu de semaine passée à Bria", "fr", ATT, LAST_WEEK, (3, 3, 3)),
    # guards: the English twin, the week told whole
    ("CAR: two soldiers killed in Bouar late last week", "en", CLA, LAST_WEEK, (2, 2, 2)),
    ("Centrafrique : deux soldats tués à Bouar la semaine dernière", "fr", CLA, LAST_WEEK, (2, 2, 2)),
    # --- « massacrés » read as a noun with its own lemma
    ("Centrafrique : une quinzaine de civils massacrés à Bria", "fr", ATT, PUB_WINDOW, (13, 15, 17)),
    ("Centrafrique : quinze civils massacrés à Bria", "fr", ATT, PUB_WINDOW, (15, 15, 15)),
    ("Centrafrique : des civils massacrés à Bria", "fr", ATT, PUB_WINDOW, (2, None, 9)),
    # guards: the English twin, the verb, the feminine singular the tagger reads as a participle
    ("CAR: fifteen civilians massacred in Bria", "en", ATT, PUB_WINDOW, (15, 15, 15)),
    ("Des rebelles ont massacré quinze civils à Bria", "fr", ATT, PUB_WINDOW, (15, 15, 15)),
    ("Centrafrique : une femme massacrée à Bria", "fr", ATT, PUB_WINDOW, (1, 1, 1)),
    # --- a breakdown opened by « dont » / "including" with no comma: its second part is no more dead
    ("Centrafrique : trois morts dont un soldat et deux rebelles à Bouar", "fr", CLA, PUB_WINDOW, (3, 3, 3)),
    ("Centrafrique : six morts dont quatre soldats et deux civils à Bouar", "fr", ATT, PUB_WINDOW, (6, 6, 6)),
    ("CAR: three dead including a soldier and two rebels in Bouar", "en", CLA, PUB_WINDOW, (3, 3, 3)),
    # guards: the incise closed by commas; the hurt after the breakdown are no part of the dead
    ("Centrafrique : six morts, dont quatre soldats et deux civils, à Bouar", "fr", ATT, PUB_WINDOW, (6, 6, 6)),
    ("CAR: six dead, including four soldiers and two civilians, in Bouar", "en", ATT, PUB_WINDOW, (6, 6, 6)),
    ("Centrafrique : 12 morts dont 5 soldats et 3 blessés à Bouar", "fr", CLA, PUB_WINDOW, (12, 12, 12)),
    # --- a verb of killing conjoined after an attack verb, the parse hanging the killed on the first
    ("Centrafrique : les rebelles attaquent Bouar et tuent trois soldats", "fr", CLA, PUB_WINDOW, (3, 3, 3)),
    # guards: the English twin, and the French parse that hangs the object right
    ("CAR: rebels attack Bouar and kill three soldiers", "en", CLA, PUB_WINDOW, (3, 3, 3)),
    ("Centrafrique : des hommes armés attaquent un village et tuent cinq civils près de Bouar", "fr", ATT, PUB_WINDOW,
     (5, 5, 5)),
    # --- a collective the parse hangs on the verb before it as its object, the participle on the people it counts
    ("Centrafrique : les FACA reprennent Bria, une dizaine de rebelles tués", "fr", GOV, PUB_WINDOW, (8, 10, 12)),
    # guards: the figure as a word, the English twin
    ("Centrafrique : les FACA reprennent Bria, dix rebelles tués", "fr", GOV, PUB_WINDOW, (10, 10, 10)),
    ("CAR: army retakes Bria, a dozen rebels killed", "en", GOV, PUB_WINDOW, (10, 12, 14)),
]


@pytest.mark.parametrize("text,lang,sub,dates,deaths", ROWS, ids=[f"{r[1]}-{r[0][:50]}" for r in ROWS])
def test_headline_shape(text, lang, sub, dates, deaths):
    top = _top(incidents(text, lang, PUBLISHED))
    assert top is not None
    assert top.sub_event_type == sub
    assert (top.date.start, top.date.end or top.date.start) == dates
    f = top.fatalities
    assert (None if f is None else (f.low, f.best, f.high)) == deaths


def test_people_wounded_and_arrested_not_summed():
    """Guard: « 20 personnes ont été blessées et 35 arrêtées »: the participle after the second figure is what befell
    them (an elided clause), no noun of people; no one dead."""
    top = _top(incidents("RCA : 20 personnes ont été blessées et 35 arrêtées à Bria", "fr", PUBLISHED))
    assert top is not None and top.fatalities is None


TAKEN_THEN_OTHER_KILLED = [
    ("Centrafrique : trois humanitaires enlevés à Bria, un chauffeur tué", "fr"),
    ("Centrafrique : trois humanitaires enlevés et un chauffeur tué à Bria", "fr"),
    pytest.param("CAR: three aid workers abducted in Bria, driver killed", "en", marks=pytest.mark.xfail(
        strict=True, reason="the English parse does not hang 'abducted' on 'aid workers' as a participle of the "
        "counted noun: the three are still read as dead")),
]


@pytest.mark.parametrize("text,lang", TAKEN_THEN_OTHER_KILLED)
def test_taken_by_their_participle_not_dead(text, lang):
    """« trois humanitaires enlevés à Bria, un chauffeur tué »: the participle said of the headline's counted noun
    (no subject) tells what befell them, taken, before the killing word of the noun after them
    (``incidents._people_taken``; before: 3 dead). One dead, three abducted. (The type stays the abduction; by
    docs/conventions.md others killed in the taking would make it an attack, ``_kills_others``: not asserted here.)"""
    top = _top(incidents(text, lang, PUBLISHED))
    assert top is not None
    f = top.fatalities
    assert (f.low, f.best, f.high) == (1, 1, 1)
    taken = [q for q in top.quantities if q.what == "abducted"]
    assert [(q.value.low, q.value.best, q.value.high) for q in taken] == [(3, 3, 3)]
