"""A recalled act placed only by "in the same area", and a target named only in the doer's quote (h-samearea). Stories
written for this file (EN and FR, news style, our own names), before bilan was run on them.

SAME AREA. An act with no place of its own in its sentence, told by words of the same place tied to it (« dans la
même zone », « dans le même secteur », « au même endroit », "in the same area", "in the same district", "nearby":
``places_<lang>.SAME_AREA_PHRASES``, ``SAME_SPOT_PHRASES``), is at the place of the latest act placed before it in the
story, not at the dateline's town: the words and that act's place are its location evidence, its precision never finer
than that act's (an area no finer than "near", the same spot the antecedent's own). A row is ``(id, lang, story, year,
place, precisions, words)``: the incident dated to ``year`` is at ``place`` (its name), at one of ``precisions``, and
its location evidence holds ``words``. GUARDS: with no act placed before it, or in a sentence whose act has a place of
its own, the words change nothing: the act's location is the one the story gives with the words left out.

QUOTED TARGETS (below): a side's statement of its own act, then another source's account of what it hit.

First run (rows written before the rules): SAME AREA 0 of 8 (the recalled act at the dateline's town or its country,
or at the story's focus), its GUARDS 4 of 4; QUOTED 0 of 7 (two incidents: the doer's act with the side its quoted
words name, actor2 the forces of the country hit, and the missiles' act of the other source), its GUARDS 5 of 5.
After incidents._same_area_place and incidents._doers_version_told_otherwise: SAME AREA 8 of 8, QUOTED 4 of 7 (three
strict xfails: a doer the text names by its ministry or its capital), all GUARDS; the three pass since h-statedoer
(a force's ministry, a country's possessive and a capital standing for its state name the state's forces, « frapper »
said of a force hitting things is a strike: tests/test_state_as_doer.py), QUOTED 7 of 7.
OUTSIDE THE COUNTRY (below, a class found on MUC-4 dev): first run 2 of 9 (the two guards; every act told out of the
dateline's country placed at the dateline's town or country); after incidents._outside_the_country: 9 of 9.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUBLISHED = dt.date(2024, 5, 14)

SAME_AREA = [
    ("fr-meme-zone", "fr",
     "PORT-AU-PRINCE, 13 mai 2024 - Des membres du gang 400 Mawozo ont enlevé lundi douze fidèles d'une église à "
     "Mirebalais, selon la police.\n\nLe gang avait déjà enlevé en 2021 seize missionnaires dans la même zone.",
     2021, "Mirebalais", ("near",), "dans la même zone"),
    ("en-same-area", "en",
     "PORT-AU-PRINCE, May 13 (Reuters) - Members of the 400 Mawozo gang abducted twelve churchgoers in Mirebalais on "
     "Monday, police said.\n\nThe gang had already kidnapped 16 missionaries in the same area in 2021.",
     2021, "Mirebalais", ("near",), "in the same area"),
    ("en-same-district", "en",
     "ABUJA, March 8 (Reuters) - Gunmen killed seven farmers near Gusau on Sunday, police said.\n\n"
     "Bandits had abducted 40 students in the same district in 2022.",
     2022, "Gusau", ("near",), "in the same district"),
    ("fr-meme-endroit", "fr",
     "BAMAKO, 8 mars 2024 - Un engin explosif a tué dimanche trois soldats à Douentza, selon l'armée.\n\n"
     "En 2019, une mine avait déjà tué au même endroit cinq civils.",
     2019, "Douentza", ("exact",), "au même endroit"),
    ("en-nearby", "en",
     "KABUL, March 8 (Reuters) - A roadside bomb killed four policemen in Ghazni on Sunday, officials said.\n\n"
     "In 2022, militants had ambushed a convoy nearby, killing nine soldiers.",
     2022, "Ghazni", ("near",), "nearby"),
    ("fr-meme-secteur", "fr",
     "OUAGADOUGOU, 8 mars 2024 - Des hommes armés ont tué lundi six villageois à Djibo, selon des sources locales.\n\n"
     "En 2022, des jihadistes avaient enlevé dans le même secteur une vingtaine de femmes.",
     2022, "Djibo", ("near",), "dans le même secteur"),
    ("en-latest-placed", "en",
     "Gunmen killed five traders in Gusau on Monday, police said.\n\n"
     "On Tuesday, bandits abducted 12 people in Kaura Namoda, residents said.\n\n"
     "In 2021, bandits had kidnapped 300 schoolgirls in the same area.",
     2021, "Kaura Namoda", ("near",), "in the same area"),
    ("fr-latest-placed", "fr",
     "Des hommes armés ont tué lundi cinq commerçants à Gusau, selon la police.\n\n"
     "Mardi, des bandits ont enlevé douze personnes à Kaura Namoda, selon des habitants.\n\n"
     "En 2021, des bandits avaient enlevé trois cents écolières dans la même zone.",
     2021, "Kaura Namoda", ("near",), "dans la même zone"),
]

# (id, lang, story, the words of the same place, the year of the act to check, or None: every incident)
GUARDS = [
    ("en-no-placed-act", "en",
     "PORT-AU-PRINCE, May 13 (Reuters) - Haiti's police chief resigned on Monday.\n\n"
     "The 400 Mawozo gang had kidnapped 16 missionaries in the same area in 2021.", " in the same area", 2021),
    ("fr-no-placed-act", "fr",
     "PORT-AU-PRINCE, 13 mai 2024 - Le chef de la police haïtienne a démissionné lundi.\n\n"
     "Le gang 400 Mawozo avait enlevé seize missionnaires dans la même zone en 2021.", " dans la même zone", 2021),
    ("fr-todays-act", "fr",
     "PORT-AU-PRINCE, 13 mai 2024 - Des hommes armés ont tué lundi quatre passants à Carrefour, selon la police.\n\n"
     "Mardi, des membres du gang ont enlevé six fidèles à Mirebalais, dans la même zone, selon des habitants.",
     ", dans la même zone", 2024),
    ("en-todays-act", "en",
     "Gunmen killed five traders in Gusau on Monday, police said.\n\n"
     "On Tuesday, bandits abducted 12 people in Kaura Namoda, and residents of nearby villages fled.",
     "nearby ", 2024),
]


def _of_year(incs, year):
    return [i for i in incs if i.date.start is not None and i.date.start.year == year]


@pytest.mark.parametrize("rid, lang, story, year, place, precisions, words",
                         [pytest.param(*r, id=r[0]) for r in SAME_AREA])
def test_same_area_takes_the_place_of_the_act_before(rid, lang, story, year, place, precisions, words):
    incs = extracting.incidents(story, lang, PUBLISHED)
    acts = _of_year(incs, year)
    assert len(acts) == 1, [(i.sub_event_type, i.date.start, i.location.name) for i in incs]
    loc = acts[0].location
    assert loc.name == place, (loc.name, loc.mention, loc.precision)
    assert loc.precision in precisions, loc.precision
    said = [e.text for e in acts[0].evidence if e.field == "location"]
    assert words in said, said
    assert any(place in t for t in said), said


@pytest.mark.parametrize("rid, lang, story, words, year", [pytest.param(*r, id=r[0]) for r in GUARDS])
def test_same_area_guards(rid, lang, story, words, year):
    assert words in story
    with_words = _of_year(extracting.incidents(story, lang, PUBLISHED), year)
    without = _of_year(extracting.incidents(story.replace(words, "", 1), lang, PUBLISHED), year)
    assert with_words and len(with_words) == len(without)
    got = [(i.location.name, i.location.precision) for i in with_words]
    want = [(i.location.name, i.location.precision) for i in without]
    assert got == want


# QUOTED TARGETS. A side's statement of its own act names what it hit in its own words ('"military infrastructure"',
# « des « infrastructures militaires » »); a later sentence in which another source tells the same act (no doer of its
# own, same day and place: "the missiles hit a residential building, killing four civilians") is that act as the
# others tell it: ONE incident, the doer's actor1 kept, the people hit and the targets the other sources' (civilians, a
# building), their figures its toll; the doer's claim keeps its version (its words, "military infrastructure", in its
# claim's text), disputing, and the other source's claim supports. A row is ``(id, lang, story, doer, hit, target,
# deaths, doer_word, other_word)``: the one incident's actor1 name, a victim kind, a target word, its dead; the
# claim whose speaker holds ``doer_word`` disputes and holds the quoted words, the one of ``other_word`` supports.
QUOTED = [
    ("en-odesa", "en",
     'The Russian army said it had struck "military infrastructure" in Odesa on Tuesday. Ukrainian officials said the '
     "missiles hit a residential building, killing four civilians.",
     "Military Forces of Russia", "civilians", "residential building", 4, "army", "officials", "military infrastructure"),
    ("en-kharkiv-according", "en",
     'Russian forces said they had struck "military targets" in Kharkiv on Monday. According to the regional governor, '
     "the missiles hit a school and killed three civilians.",
     "Military Forces of Russia", "civilians", "school", 3, "forces", "governor", "military targets"),
    ("fr-odessa", "fr",
     "L'armée russe affirme avoir bombardé mardi des « infrastructures militaires » à Odessa. Selon les autorités "
     "ukrainiennes, les missiles ont touché un immeuble d'habitation, tuant quatre civils.",
     "Military Forces of Russia", "civilians", "immeuble", 4, "armée", "autorités", "infrastructures militaires"),
    ("fr-kharkiv", "fr",
     "Les forces russes disent avoir bombardé lundi des « cibles militaires » à Kharkiv. Selon le gouverneur régional, "
     "les missiles ont touché une école, tuant trois civils.",
     "Military Forces of Russia", "civilians", "école", 3, "forces", "gouverneur", "cibles militaires"),
    ("en-ministry", "en",
     'Russia\'s defence ministry said it had struck "military infrastructure" in Odesa on Tuesday. Ukrainian officials '
     "said the missiles hit a residential building, killing four civilians.",
     "Military Forces of Russia", "civilians", "residential building", 4, "ministry", "officials",
     "military infrastructure"),
    ("fr-ministere", "fr",
     "Le ministère russe de la Défense affirme avoir bombardé mardi des « infrastructures militaires » à Odessa. Selon "
     "les autorités ukrainiennes, les missiles ont touché un immeuble d'habitation, tuant quatre civils.",
     "Military Forces of Russia", "civilians", "immeuble", 4, "ministère", "autorités", "infrastructures militaires"),
    ("fr-moscou-frappe", "fr",
     "Moscou affirme avoir frappé des « infrastructures militaires » à Odessa mardi. Selon les autorités ukrainiennes, "
     "les missiles ont touché un immeuble d'habitation, tuant quatre civils.",
     "Military Forces of Russia", "civilians", "immeuble", 4, "Moscou", "autorités", "infrastructures militaires"),
]
QUOTED_XFAIL: dict[str, str] = {}

# GUARDS. The doer's statement alone keeps its own version: one incident, the doer's actor1, the side its words name
# hit (actor2 the forces of the country hit), its claim supporting. An act of another day and place told after it, and
# the doer's own further words, stay apart. A row is ``(id, lang, story, incidents, the lead's actor2 name or None)``.
QUOTED_GUARDS = [
    ("en-doer-only", "en",
     'The Russian army said it had struck "military infrastructure" in Odesa on Tuesday.', 1,
     "Military Forces of Ukraine"),
    ("fr-doer-only", "fr",
     "L'armée russe affirme avoir bombardé mardi des « infrastructures militaires » à Odessa.", 1,
     "Military Forces of Ukraine"),
    ("en-another-day", "en",
     'The Russian army said it had struck "military infrastructure" in Odesa on Tuesday. On Sunday, a Russian drone '
     "hit a residential building in Kherson, killing two civilians, local officials said.", 2,
     "Military Forces of Ukraine"),
    ("fr-another-day", "fr",
     "L'armée russe affirme avoir bombardé mardi des « infrastructures militaires » à Odessa. Dimanche, un drone russe "
     "avait touché un immeuble d'habitation à Kherson, tuant deux civils, selon les autorités locales.", 2,
     "Military Forces of Ukraine"),
    ("en-doer-again", "en",
     'The Russian army said it had struck "military infrastructure" in Odesa on Tuesday. The army said the missiles '
     "also hit a fuel depot used by Ukrainian troops.", None, None),
]


@pytest.mark.parametrize("rid, lang, story, doer, hit, target, deaths, doer_word, other_word, quoted",
                         extracting.params_with_xfails(QUOTED, QUOTED_XFAIL, key=lambda r: r[0],
                                                       ident=lambda r: r[0]))
def test_quoted_target_told_otherwise(rid, lang, story, doer, hit, target, deaths, doer_word, other_word, quoted):
    incs = extracting.incidents(story, lang, PUBLISHED)
    assert len(incs) == 1, [(i.sub_event_type, [(a.role, a.name) for a in i.actors]) for i in incs]
    inc = incs[0]
    assert [a.name for a in inc.actors if a.role == "actor1"] == [doer], inc.actors
    assert any(a.kind == hit for a in inc.actors if a.role in ("victim", "actor2")), inc.actors
    assert not [a.name for a in inc.actors if a.role == "actor2" and a.kind in ("state_forces", "police")], inc.actors
    assert any(target in t.mention for t in inc.targets), inc.targets
    assert inc.fatalities is not None and inc.fatalities.best == deaths, inc.fatalities
    mine = [c for c in inc.claims if c.speaker and doer_word in c.speaker]
    others = [c for c in inc.claims if c.speaker and other_word in c.speaker]
    assert mine and all(c.stance == "disputes" and quoted in c.text for c in mine), inc.claims
    assert others and all(c.stance == "supports" for c in others), inc.claims


@pytest.mark.parametrize("rid, lang, story, count, actor2", [pytest.param(*r, id=r[0]) for r in QUOTED_GUARDS])
def test_quoted_target_guards(rid, lang, story, count, actor2):
    incs = extracting.incidents(story, lang, PUBLISHED)
    if count is not None:
        assert len(incs) == count, [(i.sub_event_type, i.location.name) for i in incs]
    lead = incs[0]
    assert [a.name for a in lead.actors if a.role == "actor1"] == ["Military Forces of Russia"], lead.actors
    if actor2 is not None:
        assert [a.name for a in lead.actors if a.role == "actor2"] == [actor2], lead.actors
    assert all(c.stance == "supports" for c in lead.claims), lead.claims
    assert not any(a.kind == "civilians" for a in lead.actors), lead.actors


# OUTSIDE THE COUNTRY (found on MUC-4 dev: an act told as done out of the dateline's country was placed at the
# dateline's town). A country told after words that put the act out of it ("carried out outside of Mexico", « commis
# hors du Mexique »: ``places_<lang>.OUTSIDE_COUNTRY_WORDS``) holds no place of the act: another country its sentence
# names is the place, else it has none. A town "outside" a town is near it, and a place of another country stays.
# A row is ``(id, lang, story, place name or None)``: the one incident's location name.
OUTSIDE = [
    ("en-outside-of", "en",
     "MEXICO CITY, May 12 (Reuters) - The attorney general said the kidnapping of a Guatemalan businessman was carried "
     "out outside of Mexico and will be prosecuted in Guatemala.", "Guatemala"),
    ("en-outside-caps", "en",
     "MEXICO CITY, 12 MAY 24 (WIRE) -- [TEXT] THE ATTORNEY GENERAL SAID THE KIDNAPPING OF A GUATEMALAN BUSINESSMAN WAS "
     "CARRIED OUT OUTSIDE OF MEXICO AND WILL BE PROSECUTED IN GUATEMALA.", "Guatemala"),
    ("fr-hors-du", "fr",
     "MEXICO, 12 mai 2024 - Le procureur général a déclaré que l'enlèvement d'un homme d'affaires guatémaltèque avait "
     "été commis hors du Mexique et serait jugé au Guatemala.", "Guatemala"),
    ("fr-en-dehors-du", "fr",
     "SANTIAGO, 12 mai 2024 - Selon le ministre, l'assassinat du journaliste a été commis en dehors du Chili, en "
     "Argentine.", "Argentina"),
    ("en-act-named-again", "en",
     "MEXICO CITY, May 12 (Reuters) - The attorney general said the Mexicans involved in the abduction of a Guatemalan "
     "businessman will be prosecuted in Guatemala because the kidnapping was planned and carried out outside of Mexico.",
     "Guatemala"),
    ("fr-act-named-again", "fr",
     "MEXICO, 12 mai 2024 - Selon le procureur, les Mexicains impliqués dans l'enlèvement d'un homme d'affaires "
     "guatémaltèque seront jugés au Guatemala, car le rapt a été préparé et commis hors du Mexique.", "Guatemala"),
    ("en-no-other-country", "en",
     "SANTIAGO, May 12 (Reuters) - The minister said the murder of the journalist was committed outside of Chile.",
     None),
    # --- guards: a town outside a town, a place of another country
    ("en-outside-town", "en",
     "Gunmen killed five traders outside Gusau on Monday, police said.", "Gusau"),
    ("fr-hors-de-la-ville", "fr",
     "Des hommes armés ont tué lundi cinq commerçants à Gusau, hors de la ville de Kano, selon la police.", "Gusau"),
]


@pytest.mark.parametrize("rid, lang, story, place", [pytest.param(*r, id=r[0]) for r in OUTSIDE])
def test_act_outside_the_country(rid, lang, story, place):
    incs = extracting.incidents(story, lang, PUBLISHED)
    assert len(incs) == 1, [(i.sub_event_type, i.location.name) for i in incs]
    assert incs[0].location.name == place, (incs[0].location.name, incs[0].location.mention)
