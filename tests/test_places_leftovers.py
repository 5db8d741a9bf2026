"""Place leftovers (issue 3): the tagger's persons in a place's slot, an admin unit told by its division word
("the territory of Rutshuru", « le cercle de Bandiagara »), a force's nationality taken for the act's place, and a
village the gazetteer lacks told in a region it knows.

- A town the tagger calls a person, in a place's slot ("in Goma", "the town of Kalemie", « à Goma »,
  "Kherson region's Bilozerka"), is the place when the gazetteer knows it and nothing else in the text makes it a
  person; a person named like a town ("Mr. Goma said", « M. Goma a déclaré ») stays a person.
- The name after a division word ("the territory of Beni", "Rutshuru territory", « la commune de Djibo », « le
  cercle de Bandiagara », « le département d'Ouallam », "the Ouallam department") is that admin unit: the place is
  read at admin2 precision, at the unit's chief town, never a namesake elsewhere (Beni, Bolivia's department).
- A force's nationality ("German army troops", « l'armée française ») is no place of the act: the act told near
  Boni or Tessalit is in Mali, never in Germany or France (nor in Bonn, Boni's near-namesake).
- A village the gazetteer lacks ("Kairu village in Zamfara state", « le territoire de Masisi, au Nord-Kivu ») is
  kept as written, unresolved, with the region the text gives (admin1); never a namesake elsewhere, never invented.
  A village the gazetteer has (Bakura, Zamfara) is resolved at its point.

Rows written for this file, EN and FR, before bilan was run on them.
Known rows: (text, lang, names accepted ``A|B``, lat, lon, precisions accepted, a country the place may not be in).
Unknown rows: (text, lang, the name as written, country, region words ``A|B`` or None, precision).

First run, before any change: 13 of 26 rows. Bilozerka (a person, no preposition), Tessalit ("near Tessalit" read
nowhere) and Boni (read as Bonn, Germany: a close spelling) missed; every division word but « le département d' »
read the town at exact precision (Beni, Rutshuru, Bandiagara, Djibo, Ouallam); "Kairu village in Zamfara state"
and « le territoire de Masisi, au Nord-Kivu » placed at the region, under the region's name.
After places._with_division_words reading a unit named after its town (SUBDIVISION_WORDS, admin2),
places._person_in_place_slot (a person's name in a place's slot, named nowhere else as a person), a name before a
town noun cued in places._unknown_named ("Kairu village in Zamfara state"), a namesake abroad known only by another
of its names not kept there (Bonn for « près de Boni, dans le centre du Mali »), a tagger's place that is also a
French word (« boni ») kept as a name, and « le territoire de » / « le cercle de » as cues of an unknown name:
25 of 26, the one left a strict xfail (no incident: an event phrase, not the place).
Second batch (8 rows, written after those rules, before running bilan on them): 6 of 8 at its first run (the two
Boni rows with a German force and no region told read Bonn); after places._forces_home_by_other_names (a town of
the country named only by its forces' demonym, read by a name none of its own that towns abroad bear too, is
dropped): 8 of 8.
Third batch (6 rows, as the second): 3 of 6 at its first run; "in the Tessalit district" (a person's name after a
preposition and an article, a unit's word after it) then read as a place's slot: 4 of 6, two strict xfails (an
event phrase; an unlabelled small town in a story naming no country). Set: 37 of 40.
h-gazetteer: an unlabelled name after a place preposition in a story naming no country, the main name of a town the
gazetteer has (places._untagged_town), is read as that town: "in Dori" passes, 38 of 40.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

from extracting import found, incidents

PUBLISHED = dt.date(2024, 5, 14)
PLACE_KM = 25

KNOWN = [
    # --- the tagger's persons in a place's slot
    ("Russian troops shelled Kherson region's Bilozerka on Friday, killing one man, the regional governor said.",
     "en", "Bilozerka", 46.63, 32.44, ("exact", "near"), "GR"),
    ("M23 rebels shelled a camp for displaced people in Goma on Monday, killing five civilians, officials said.",
     "en", "Goma", -1.67, 29.23, ("exact", "near"), "PH"),
    ("Des obus tirés par les rebelles du M23 ont tué lundi cinq civils dans un camp de déplacés à Goma.",
     "fr", "Goma", -1.67, 29.23, ("exact", "near"), "PH"),
    ("Gunmen killed six fishermen in the town of Kalemie on Tuesday, a local official said.",
     "en", "Kalemie", -5.95, 29.19, ("exact", "near"), None),
    ("Des hommes armés ont tué mardi six pêcheurs dans la ville de Kalemie, selon un responsable local.",
     "fr", "Kalemie", -5.95, 29.19, ("exact", "near"), None),
    # --- negatives: a person named like a town, a village the gazetteer has
    ("Mr. Goma said gunmen had killed four farmers in Bunia on Sunday.",
     "en", "Bunia", 1.56, 30.25, ("exact", "near"), None),
    ("M. Goma a déclaré que des hommes armés avaient tué dimanche quatre agriculteurs à Bunia.",
     "fr", "Bunia", 1.56, 30.25, ("exact", "near"), None),
    ("Bandits killed nine villagers in Bakura, in Zamfara state, on Sunday, police said.",
     "en", "Bakura", 12.71, 5.87, ("exact", "near"), None),
    ("Des bandits ont tué dimanche neuf villageois à Bakura, dans l'État de Zamfara, selon la police.",
     "fr", "Bakura", 12.71, 5.87, ("exact", "near"), None),
    # --- an admin unit told by its division word: admin2, not a namesake elsewhere
    ("ADF rebels killed 11 civilians in the territory of Beni on Saturday, local officials said.",
     "en", "Beni", 0.49, 29.47, ("admin2",), "BO"),
    ("Des rebelles des ADF ont tué onze civils samedi dans le territoire de Beni, selon les autorités locales.",
     "fr", "Beni", 0.49, 29.47, ("admin2",), "BO"),
    ("M23 rebels attacked several villages in Rutshuru territory on Sunday, killing six civilians.",
     "en", "Rutshuru", -1.19, 29.45, ("admin2",), None),
    ("Les rebelles du M23 ont tué dimanche six civils dans le territoire de Rutshuru.",
     "fr", "Rutshuru", -1.19, 29.45, ("admin2",), None),
    ("Des jihadistes ont tué jeudi huit civils dans le cercle de Bandiagara, dans le centre du Mali.",
     "fr", "Bandiagara", 14.35, -3.61, ("admin2",), None),
    ("Des hommes armés ont tué mardi cinq civils dans la commune de Djibo, dans le nord du Burkina Faso.",
     "fr", "Djibo", 14.10, -1.63, ("admin2",), None),
    ("Des hommes armés ont tué mardi douze villageois dans le département d'Ouallam, dans l'ouest du Niger.",
     "fr", "Ouallam", 14.32, 2.09, ("admin2",), None),
    ("Gunmen killed 12 villagers in the Ouallam department of western Niger on Tuesday.",
     "en", "Ouallam", 14.32, 2.09, ("admin2",), None),
    # --- a force's nationality is no place of the act
    ("French army helicopters struck a jihadist camp near Tessalit on Monday, killing 15 fighters.",
     "en", "Tessalit", 20.20, 1.01, ("exact", "near"), "FR"),
    ("Des hélicoptères de l'armée française ont frappé lundi un camp jihadiste près de Tessalit, tuant quinze "
     "combattants.", "fr", "Tessalit", 20.20, 1.01, ("exact", "near"), "FR"),
    ("German soldiers of the UN mission were wounded on Friday when a car bomb exploded near their base in Gao, "
     "the German army said.", "en", "Gao", 16.27, -0.04, ("exact", "near"), "DE"),
    # --- second batch, written after the first rules, before running bilan on them
    ("French soldiers killed a jihadist leader near Menaka on Friday, the French army said.",
     "en", "Ménaka|Menaka", 15.92, 2.40, ("exact", "near", "admin1"), "FR"),
    ("Des soldats français ont tué vendredi un chef jihadiste près de Ménaka, a annoncé l'armée française.",
     "fr", "Ménaka|Menaka", 15.92, 2.40, ("exact", "near", "admin1"), "FR"),
    ("Gunmen killed three civilians in Lubero on Sunday, local officials said.",
     "en", "Lubero", -0.16, 29.24, ("exact", "near"), None),
    ("Des hommes armés ont tué dimanche trois civils dans la localité de Lubero, selon des responsables locaux.",
     "fr", "Lubero", -0.16, 29.24, ("exact", "near"), None),
    ("Governor Beni said three civilians were killed in Uvira on Monday.",
     "en", "Uvira", -3.40, 29.14, ("exact", "near"), None),
    ("Le gouverneur Beni a annoncé que trois civils avaient été tués lundi à Uvira.",
     "fr", "Uvira", -3.40, 29.14, ("exact", "near"), None),
    # --- third batch, as the second: a division word that is a thing of the town, a district told by its word, a
    # town's name that another mention makes a person
    ("A car bomb exploded in the business district of Kabul on Monday, killing four people.",
     "en", "Kabul", 34.53, 69.17, ("exact", "near"), None),
    ("Une voiture piégée a explosé lundi dans le quartier des affaires de Kaboul, tuant quatre personnes.",
     "fr", "Kabul|Kaboul", 34.53, 69.17, ("exact", "near"), None),
    ("Gunmen wounded two officers at the Goma police department on Tuesday, police said.",
     "en", "Goma", -1.67, 29.23, ("exact", "near"), "PH"),
    ("Gunmen shot dead a trader in the Tessalit district of Kidal region on Sunday.",
     "en", "Tessalit", 20.20, 1.01, ("admin2",), None),
    ("Gunmen attacked the home of Adama Kaya in Dori on Monday; Kaya was unhurt.",
     "en", "Dori", 14.03, -0.03, ("exact", "near"), None),
    ("Des hommes armés ont attaqué lundi la maison d'Adama Kaya à Dori ; Kaya est sorti indemne.",
     "fr", "Dori", 14.03, -0.03, ("exact", "near"), None),
]

# a force's nationality and a near-namesake abroad, no region told: (text, lang, the name as written, a country the
# place may not be in, a place it may not be read as)
NOT_THERE = [
    ("German army troops were attacked near Boni on Wednesday and two soldiers were wounded, the Bundeswehr said.",
     "en", "Boni", "DE", "Bonn"),
    ("Des soldats allemands ont été attaqués mercredi près de Boni et deux militaires ont été blessés, a indiqué "
     "l'armée allemande.", "fr", "Boni", "DE", "Bonn"),
]

UNKNOWN = [
    # --- a force's nationality and a village the gazetteer lacks (Boni: never Bonn)
    ("German army troops came under fire near Boni in central Mali on Thursday, and two soldiers were wounded.",
     "en", "Boni", "ML", None, "country"),
    ("Des soldats de l'armée allemande ont essuyé des tirs jeudi près de Boni, dans le centre du Mali, et deux "
     "militaires ont été blessés.", "fr", "Boni", "ML", None, "country"),
    # --- an unknown village told in a region the gazetteer knows
    ("Bandits stormed Kairu village in Zamfara state on Sunday, abducting 35 residents, police said.",
     "en", "Kairu", "NG", "Zamfara", "admin1"),
    ("Des bandits ont pris d'assaut dimanche le village de Kairu, dans l'État de Zamfara, enlevant 35 habitants, "
     "selon la police.", "fr", "Kairu", "NG", "Zamfara", "admin1"),
    ("Des miliciens ont tué lundi quatre civils dans le territoire de Masisi, au Nord-Kivu.",
     "fr", "Masisi", "CD", "Nord-Kivu|North Kivu", "admin1"),
    ("Militiamen killed four civilians in Masisi territory, North Kivu, on Monday.",
     "en", "Masisi", "CD", "Nord-Kivu|North Kivu", "admin1"),
]

XFAIL_KNOWN: dict[int, str] = {
    28: "no incident: 'wounded two officers at the ... police department' is read as no act; and 'Goma' before "
        "'police' (a town's word) is read only in the country of the story's other places, of which there is none",
}
XFAIL_UNKNOWN: dict[int, str] = {
    0: "no incident: 'came under fire ... and two soldiers were wounded' is read as no act (the event lexicon, not "
       "the place: the French row, « ont essuyé des tirs », passes)",
}
XFAIL_NOT_THERE: dict[int, str] = {}


def _params(rows, xfail):
    return extracting.indexed_params(rows, xfail, lambda i, r: f"{r[1]}-{i:02d}-{r[2].split('|')[0]}")


@pytest.mark.parametrize("text,lang,names,lat,lon,precisions,banned", _params(KNOWN, XFAIL_KNOWN))
def test_the_place_told_is_read_at_its_precision(text, lang, names, lat, lon, precisions, banned):
    got = extracting.lead_place(text, lang, PUBLISHED, names, lat, lon, PLACE_KM, precisions)
    assert banned is None or got["country"] != banned, got


@pytest.mark.parametrize("text,lang,written,country,region,precision", _params(UNKNOWN, XFAIL_UNKNOWN))
def test_an_unknown_village_keeps_its_words_and_the_region_told(text, lang, written, country, region, precision):
    incs = incidents(text, lang, PUBLISHED)
    assert incs, "no incident"
    loc = incs[0].location
    got = loc.model_dump()
    assert loc.name == written and written in (loc.mention or ""), got
    assert loc.lat is None and loc.geonames_id is None and getattr(loc, "resolved", None) is False, got
    assert loc.country == country, got
    if region is not None:
        assert found(region, [getattr(loc, "region", None)]), got
    assert loc.precision == precision, got


@pytest.mark.parametrize("text,lang,written,banned,namesake", _params(NOT_THERE, XFAIL_NOT_THERE))
def test_a_force_nationality_places_no_act(text, lang, written, banned, namesake):
    incs = incidents(text, lang, PUBLISHED)
    assert incs, "no incident"
    loc = incs[0].location
    got = loc.model_dump()
    assert loc.country != banned and loc.name != namesake, got
    assert loc.name is None or written in (loc.mention or ""), got


def test_the_set_is_bilingual_with_negatives():
    langs = [r[1] for r in KNOWN + UNKNOWN + NOT_THERE]
    assert len(langs) >= 20 and langs.count("fr") >= len(langs) // 2 - 1 and langs.count("en") >= 10
