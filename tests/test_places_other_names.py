"""A town abroad read only by another of its names, in a story set in one other country (h-alt).

- A name the gazetteer reads only as an alternate name of a town abroad (not its own name, nor that name without
  accents: « Boni », one of Bonn's other names), in a story whose country is clear (its dateline, a country or a
  region it names, its other places) and that nothing ties to the town abroad, is a town of the story's country the
  gazetteer lacks: its name kept, unresolved, in the story's country (places._abroad_by_other_name).
- Guards: the language's own name of a town abroad stays abroad (« Genève », « Mayence »: French names in
  places_fr.tsv; "Leghorn" in WordNet's list for English), so does a big city or a capital (« Londres »,
  « Varsovie »), a town the story backs (a town of its country near it, its country named), and the reading of a
  story that tells no country.
- A country told only by its adjective after a bearing (« dans l'est libyen », « le centre malien », "the central
  Malian town of") says where the story is as its name would (places._countries_by_adjective).

Rows written for this file, EN and FR, with places and people of our own choosing: (text, lang, the mention of the
act's place, the country it must be read in, whether it must be resolved to a point).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import incidents, indexed_params

PUBLISHED = dt.date(2025, 6, 3)

ROWS = [
    # --- read at home: the story's country, the name kept, no point
    ("BAMAKO, 3 juin 2025 (AFP) - L'armée malienne a affirmé mardi avoir tué une vingtaine de jihadistes lors d'une "
     "opération menée lundi dans la zone de Boni, dans le centre du pays.", "fr", "Boni", "ML", False),
    ("BAMAKO, June 3, 2025 (AFP) - Malian troops killed about 20 jihadists on Monday in an operation near Boni, in "
     "central Mali, the army said.", "en", "Boni", "ML", False),
    ("BAMAKO, June 3, 2025 (AFP) - Malian troops killed about 20 jihadists on Monday in an operation near Boni, the "
     "army said.", "en", "Boni", "ML", False),
    ("BAMAKO, 3 juin 2025 (AFP) - Des hommes armés ont tué quatre civils dimanche à Boni, selon des élus locaux.",
     "fr", "Boni", "ML", False),
    ("Des jihadistes ont tué six soldats maliens lundi dans une embuscade près de Boni, sur la route de Douentza à "
     "Hombori, au Mali, selon une source sécuritaire.", "fr", "Boni", "ML", False),
    # --- a country told only by its adjective after a bearing tells where the story is
    ("Des jihadistes ont tué cinq soldats mardi près de Boni, dans le centre malien, a indiqué l'armée.", "fr",
     "Boni", "ML", False),
    ("Jihadists killed five soldiers near the central Malian town of Boni on Tuesday, the army said.", "en", "Boni",
     "ML", False),
    ("Des hommes armés ont tué quatre gardes jeudi à un poste de contrôle près de Derna, dans l'est libyen, "
     "selon une source locale.", "fr", "Derna", "LY", True),
    ("Gunmen killed three guards at a checkpoint outside the eastern Libyan city of Derna on Thursday, a local "
     "source said.", "en", "Derna", "LY", True),
    # --- guards: the language's own name of a town abroad, a big city, a capital
    ("DAKAR, 3 juin 2025 (AFP) - Un étudiant sénégalais a été tué samedi à Genève, a indiqué le ministère des "
     "Affaires étrangères à Dakar.", "fr", "Genève", "CH", True),
    ("DAKAR, 3 juin 2025 (AFP) - Un commerçant sénégalais a été poignardé samedi à Mayence, a indiqué le ministère "
     "des Affaires étrangères à Dakar.", "fr", "Mayence", "DE", True),
    ("DAKAR, 3 juin 2025 (AFP) - Un étudiant sénégalais a été tué samedi à Londres, a indiqué le ministère des "
     "Affaires étrangères à Dakar.", "fr", "Londres", "GB", True),
    ("DAKAR, 3 juin 2025 (AFP) - Deux étudiants sénégalais ont été blessés samedi à Varsovie lors d'une agression, "
     "a indiqué le ministère des Affaires étrangères à Dakar.", "fr", "Varsovie", "PL", True),
    # --- guard: the story backs the town abroad (its country named, a town of it nearby)
    ("BAMAKO, 3 juin 2025 (AFP) - Un ressortissant malien a été tué samedi à Boni, près de Cologne, en Allemagne, a "
     "indiqué le ministère des Affaires étrangères.", "fr", "Boni", "DE", True),
]


# (row 1, "near Boni, in central Mali", passes since h-places2: places._apposed keeps a name the gazetteer lacks in
# the country apposed to it unresolved, as places._unknown_named does)
XFAIL: dict[int, str] = {}


def _act_at(text: str, lang: str, written: str):
    incs = incidents(text, lang, PUBLISHED)
    assert incs, "no incident"
    at = [i for i in incs if i.location and written in (i.location.mention or "")]
    assert at, [i.location.model_dump() if i.location else None for i in incs]
    return at[0].location


@pytest.mark.parametrize("text,lang,written,country,resolved",
                         indexed_params(ROWS, XFAIL, ident=lambda k, row: f"{row[1]}-{k}-{row[2]}"))
def test_a_town_read_by_another_name(text, lang, written, country, resolved):
    loc = _act_at(text, lang, written)
    got = loc.model_dump()
    assert loc.country == country, got
    assert (loc.lat is not None) == resolved, got
    assert loc.mention == written, got


# a story that tells no country: nothing says where the town is, no country is invented for it
def test_a_story_with_no_country_invents_none():
    incs = incidents("Des jihadistes ont tué quatre soldats lundi près de Boni, selon une source sécuritaire.", "fr",
                     PUBLISHED)
    assert incs, "no incident"
    loc = incs[0].location
    assert loc is None or loc.country != "ML", loc.model_dump()
