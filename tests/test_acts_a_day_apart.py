"""Two acts a day apart in one story are two incidents (link._told_days_apart).

Stories written for this file (EN and FR twins), in wire style, published on Wednesday 3 July 2024. A coder expects:

- a lead's act dated by its own day ("on Tuesday", « mardi ») and a later paragraph's act dated by another day of its
  own ("On Monday, gunmen shot dead three herders in Djibo", « Lundi, des hommes armés ont abattu trois éleveurs à
  Djibo ») are two incidents, each with its own day and toll, even in the same town with the same toll (ACLED codes
  one event per place and day);
- a later paragraph that retells the lead ("The gunmen stormed the market on Tuesday and shot dead three villagers",
  or with no day of its own: "The attackers shot dead three villagers at the market") is the lead's incident;
- two days in a row told from the two sides of midnight may be one act: the earlier day told by its end ("on Monday
  night", « lundi soir », "in the night from Monday to Tuesday", « dans la nuit de lundi à mardi ») or the later one
  by its start ("early on Tuesday", « mardi matin »): one incident (``dates_<lang>.DAY_END_WORDS``,
  ``DAY_START_WORDS``);
- two towns, two incidents (a guard: link._two_towns).

A row is ``(id, lang, story, expected)``: ``expected`` the incidents of the story, in order of their day, each
``(start, end, deaths, town)``. Across documents nothing changes: a report published the next day may still date the
act a day off (link.date_part keeps its day's tolerance).

On the code before the change (22 rows; the ``yesterday``, ``abducted``, ``next-day`` and ``late-monday`` pairs
written after it): 14 of 22. The eight rows of two days of their own (``two-days``, ``yesterday``, ``abducted``,
``next-day``, EN and FR) failed: the Monday paragraph was merged into the lead by link.same_happening (one document's
mentions a day apart with the same toll, or with no toll), as was the Nairobi student killed "On Monday" of
tests/test_dispatch_later_paragraphs.py. The fourteen others are guards that passed before (the retellings, the
nights across midnight, the early Tuesday, the late Monday, the two towns). After link._told_days_apart: 22 of 22
("The next day", « Le lendemain »: a day told from the act before, ``basis: "anaphoric"``, is a day of the mention's
own); the EN ``early-tuesday`` guard needed "early on Tuesday" as the act's date words (dates_en: "early on"/"late on"
before a weekday is in the date's span), or its Monday paragraph would have been split from it.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

from bilan.model import Document, Incident
from bilan.pipeline import extract_document

PUB = dt.date(2024, 7, 3)   # a Wednesday
MON = dt.date(2024, 7, 1)
TUE = dt.date(2024, 7, 2)

LEAD_EN = "OUAGADOUGOU, July 3 (Wire) - Gunmen killed three villagers in Djibo on Tuesday, local sources said.\n\n"
LEAD_FR = ("OUAGADOUGOU, 3 juillet (Wire) - Des hommes armés ont tué trois villageois mardi à Djibo, selon des sources "
           "locales.\n\n")

ROWS = [
    # two days of their own: two incidents (failed before: merged into the lead)
    ("two-days", "en", LEAD_EN + "On Monday, gunmen shot dead three herders in Djibo, a resident said.\n",
     [(MON, MON, 3, "Djibo"), (TUE, TUE, 3, "Djibo")]),
    ("two-days", "fr", LEAD_FR + "Lundi, des hommes armés ont abattu trois éleveurs à Djibo, a déclaré un habitant.\n",
     [(MON, MON, 3, "Djibo"), (TUE, TUE, 3, "Djibo")]),
    ("yesterday", "en",
     "OUAGADOUGOU, July 3 (Wire) - Gunmen killed three villagers in Djibo yesterday, local sources said.\n\n"
     "On Monday, gunmen shot dead three herders in Djibo, a resident said.\n",
     [(MON, MON, 3, "Djibo"), (TUE, TUE, 3, "Djibo")]),
    ("yesterday", "fr",
     "OUAGADOUGOU, 3 juillet (Wire) - Des hommes armés ont tué trois villageois hier à Djibo, selon des sources "
     "locales.\n\nLundi, des hommes armés ont abattu trois éleveurs à Djibo, a déclaré un habitant.\n",
     [(MON, MON, 3, "Djibo"), (TUE, TUE, 3, "Djibo")]),
    ("abducted", "en",
     "MAIDUGURI, Nigeria, July 3 (Wire) - Gunmen abducted ten passengers near Maiduguri on Tuesday, police said.\n\n"
     "On Monday, gunmen kidnapped ten traders near Maiduguri, a local official said.\n",
     [(MON, MON, None, "Maiduguri"), (TUE, TUE, None, "Maiduguri")]),
    ("abducted", "fr",
     "MAIDUGURI, Nigeria, 3 juillet (Wire) - Des hommes armés ont enlevé dix passagers mardi près de Maiduguri, selon "
     "la police.\n\nLundi, des hommes armés ont enlevé dix commerçants près de Maiduguri, a déclaré un responsable "
     "local.\n",
     [(MON, MON, None, "Maiduguri"), (TUE, TUE, None, "Maiduguri")]),
    ("next-day", "en",
     "OUAGADOUGOU, July 3 (Wire) - Gunmen killed three villagers in Djibo on Monday, local sources said.\n\n"
     "The next day, gunmen shot dead three herders in Djibo, a resident said.\n",
     [(MON, MON, 3, "Djibo"), (TUE, TUE, 3, "Djibo")]),
    ("next-day", "fr",
     "OUAGADOUGOU, 3 juillet (Wire) - Des hommes armés ont tué trois villageois lundi à Djibo, selon des sources "
     "locales.\n\nLe lendemain, des hommes armés ont abattu trois éleveurs à Djibo, a déclaré un habitant.\n",
     [(MON, MON, 3, "Djibo"), (TUE, TUE, 3, "Djibo")]),
    # guards: the lead retold, with its own day or none
    ("retell-tuesday", "en",
     LEAD_EN + "The gunmen stormed the market on Tuesday and shot dead three villagers, a resident said.\n",
     [(TUE, TUE, 3, "Djibo")]),
    ("retell-tuesday", "fr",
     LEAD_FR + "Les hommes armés ont pris d'assaut le marché mardi et abattu trois villageois, a déclaré un "
     "habitant.\n",
     [(TUE, TUE, 3, "Djibo")]),
    ("retell-no-day", "en", LEAD_EN + "The attackers shot dead three villagers at the market, a resident said.\n",
     [(TUE, TUE, 3, "Djibo")]),
    ("retell-no-day", "fr", LEAD_FR + "Les assaillants ont abattu trois villageois au marché, a déclaré un habitant.\n",
     [(TUE, TUE, 3, "Djibo")]),
    # guards: one night across midnight
    ("overnight", "en",
     "OUAGADOUGOU, July 3 (Wire) - Gunmen killed three villagers in Djibo in the night from Monday to Tuesday, local "
     "sources said.\n\nOn Tuesday, the attackers shot dead three villagers at the market, a resident said.\n",
     [(MON, TUE, 3, "Djibo")]),
    ("overnight", "fr",
     "OUAGADOUGOU, 3 juillet (Wire) - Des hommes armés ont tué trois villageois dans la nuit de lundi à mardi à Djibo, "
     "selon des sources locales.\n\nMardi, les assaillants ont abattu trois villageois au marché, a déclaré un "
     "habitant.\n",
     [(MON, TUE, 3, "Djibo")]),  # (the night told by its two days spans both: tests/test_acts_in_time2.py)
    ("monday-night", "en",
     "OUAGADOUGOU, July 3 (Wire) - Gunmen killed three villagers in Djibo on Monday night, local sources said.\n\n"
     "The attackers shot dead three villagers early on Tuesday, a resident said.\n",
     [(MON, MON, 3, "Djibo")]),
    ("monday-night", "fr",
     "OUAGADOUGOU, 3 juillet (Wire) - Des hommes armés ont tué trois villageois lundi soir à Djibo, selon des sources "
     "locales.\n\nLes assaillants ont abattu trois villageois tôt mardi, a déclaré un habitant.\n",
     [(MON, MON, 3, "Djibo")]),
    ("early-tuesday", "en",
     "OUAGADOUGOU, July 3 (Wire) - Gunmen killed three villagers in Djibo early on Tuesday, local sources said.\n\n"
     "The attackers entered the village on Monday and shot dead three villagers, a resident said.\n",
     [(TUE, TUE, 3, "Djibo")]),
    ("early-tuesday", "fr",
     "OUAGADOUGOU, 3 juillet (Wire) - Des hommes armés ont tué trois villageois mardi matin à Djibo, selon des "
     "sources locales.\n\nLundi, des hommes armés ont abattu trois éleveurs à Djibo, a déclaré un habitant.\n",
     [(TUE, TUE, 3, "Djibo")]),
    ("late-monday", "en",
     "OUAGADOUGOU, July 3 (Wire) - Gunmen killed three villagers in Djibo late on Monday, local sources said.\n\n"
     "On Tuesday, the attackers shot dead three villagers at the market, a resident said.\n",
     [(MON, MON, 3, "Djibo")]),
    ("late-monday", "fr",
     "OUAGADOUGOU, 3 juillet (Wire) - Des hommes armés ont tué trois villageois lundi en fin de soirée à Djibo, selon "
     "des sources locales.\n\nMardi, les assaillants ont abattu trois villageois au marché, a déclaré un habitant.\n",
     [(MON, MON, 3, "Djibo")]),
    # guards: two towns
    ("two-towns", "en", LEAD_EN + "On Monday, gunmen shot dead three herders in Dori, a resident said.\n",
     [(MON, MON, 3, "Dori"), (TUE, TUE, 3, "Djibo")]),
    ("two-towns", "fr", LEAD_FR + "Lundi, des hommes armés ont abattu trois éleveurs à Dori, a déclaré un habitant.\n",
     [(MON, MON, 3, "Dori"), (TUE, TUE, 3, "Djibo")]),
]

XFAIL: dict[tuple[str, str], str] = {}

_CACHE: dict[tuple[str, str], list[Incident]] = {}


def _run(lang: str, story: str) -> list[Incident]:
    if (lang, story) not in _CACHE:
        doc = Document(doc_id="t", text=story, language=lang, published=PUB)
        _CACHE[(lang, story)] = extract_document(doc).incidents
    return _CACHE[(lang, story)]


@pytest.mark.parametrize("rid,lang,story,expected", extracting.params_with_xfails(ROWS, XFAIL))
def test_acts_a_day_apart(rid, lang, story, expected):
    incs = sorted((i for i in _run(lang, story) if not i.recalled), key=lambda i: (i.date.start, i.date.end))
    got = [(i.date.start, i.date.end, i.fatalities.best if i.fatalities else None, i.location.name) for i in incs]
    assert got == expected, [(i.summary, i.date, i.merge_reasons) for i in incs]
    for i in incs:
        kind = extracting.ABD if rid == "abducted" else extracting.ATT
        basis = ("text", "anaphoric") if rid == "next-day" else ("text",)
        assert i.sub_event_type == kind and i.date.precision == "day" and i.date.basis in basis, i.date
        # the day is told by the words of the incident's own mentions
        assert any(e.field == "date" for e in i.evidence)
        assert i.fatalities is None or any(e.field == "fatalities" for e in i.evidence)
