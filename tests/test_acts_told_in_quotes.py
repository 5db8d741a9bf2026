"""One act told again inside a quote or a later paragraph of its story stays one incident (our own stories, FR and
EN, in the style of wire news; places and names of our own choosing).

- the act told again by what it hit, named as a thing known (« au convoi », "the convoy"), with no date and no place
  of its own, in a quote or a paragraph after the lead's, is the lead's act even when its words type it otherwise
  (an ambush after "an attack"): incidents._same_target_told_again; the incident keeps the lead's type, or, when
  the lead's came from a generic word, that of the mention that says how it was done, save a fight told again of
  an attack on people who did not fight (docs/conventions.md, "One act told again");
- the dead « parmi les morts », "among the dead", « au nombre des victimes » are part of a toll told: no deaths added,
  no act of their own;
- a running total over a period ("Since January, more than 200 people have been killed in the region, according to
  the United Nations") is no act, and who tells it is no source of the act told before it.

Guards: two acts on two days or in two places, a second attack on the convoy later that day, a reprisal.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

MAR6 = dt.date(2025, 3, 6)  # a Thursday


def _acts(text, lang):
    return [i for i in extracting.incidents(text, lang, MAR6) if not i.recalled]


def _show(incs):
    return [(i.sub_event_type, str(i.date.start), i.fatalities and i.fatalities.best,
             [e.text for e in i.evidence if e.field == "event_type"]) for i in incs]


# --- the act told again by what it hit, in a quote or a later paragraph: (text, lang, incidents, the toll's best of
# the first)
TOLD_AGAIN = [
    ("Au moins vingt personnes ont été tuées lundi dans l'attaque d'un convoi de commerçants près de Sebba, selon "
     "des sources locales.\n\n"
     "« Des hommes armés ont tendu une embuscade au convoi à la sortie d'un pont », a raconté un rescapé joint par "
     "téléphone.", "fr", 1, 20),
    ("At least 20 people were killed on Monday in an attack on a convoy of traders near Sebba, local sources said."
     "\n\n\"Armed men ambushed the convoy as it left a bridge,\" a survivor told reporters by phone.", "en", 1, 20),
    # the act named again by a definite noun of how it was done, no target named
    ("Une trentaine de personnes, en majorité des civils, ont été tuées mardi dans l'attaque d'un convoi de "
     "ravitaillement près de Kelbo, selon des sources locales.\n\n"
     "« L'embuscade a duré près de deux heures », a raconté un chauffeur.", "fr", 1, 30),
    ("About 30 people, mostly civilians, were killed on Tuesday in an attack on a supply convoy near Kelbo, local "
     "sources said.\n\n\"The ambush lasted nearly two hours,\" a driver said.", "en", 1, 30),
    # a later paragraph, no quote
    ("Une quinzaine de civils ont été tués mercredi dans l'attaque d'un convoi humanitaire près de Gorgadji, ont "
     "indiqué des responsables locaux.\n\n"
     "Les assaillants, arrivés à moto, ont ouvert le feu sur le convoi avant d'incendier plusieurs véhicules.",
     "fr", 1, 15),
    ("About 15 civilians were killed on Wednesday in an attack on an aid convoy near Gorgadji, local officials said."
     "\n\nThe attackers, who came on motorbikes, opened fire on the convoy before setting several vehicles ablaze.",
     "en", 1, 15),
    # the lead's specific type stands
    ("Des hommes armés ont tué lundi douze passagers dans l'attaque d'un bus près de Dori, selon des responsables."
     "\n\n« Le bus est tombé dans une embuscade à la sortie du marché », a raconté un rescapé.", "fr", 1, 12),
    ("Six policiers ont été tués mardi par l'explosion d'une mine au passage d'une patrouille près de Manni, selon "
     "une source sécuritaire.\n\n"
     "« Les terroristes ont ensuite ouvert le feu sur la patrouille », a précisé cette source.", "fr", 1, 6),
    ("Six police officers were killed on Tuesday when a mine exploded under a patrol near Manni, a security source "
     "said.\n\n\"The terrorists then opened fire on the patrol,\" the source added.", "en", 1, 6),
]


TOLD_AGAIN_XFAIL: dict[int, str] = {}


@pytest.mark.parametrize("text,lang,n,best", extracting.indexed_params(TOLD_AGAIN, TOLD_AGAIN_XFAIL))
def test_the_act_told_again_is_one_incident(text, lang, n, best):
    incs = _acts(text, lang)
    assert len(incs) == n, _show(incs)
    assert incs[0].fatalities is not None and incs[0].fatalities.best == best, _show(incs)


# the type the incident keeps: (text, lang, sub-event type)
TYPES = [
    # an attack on people mostly civilians, told again as an ambush: still the attack on them (no armed side named
    # hit in the telling again)
    ("Une trentaine de personnes, en majorité des civils, ont été tuées mardi dans l'attaque d'un convoi de "
     "ravitaillement près de Kelbo, selon des sources locales.\n\n"
     "« Les terroristes ont tendu une embuscade au convoi », a expliqué un membre des VDP. Selon lui, six VDP "
     "figurent parmi les morts.", "fr", extracting.ATT),
    ("About 30 people, mostly civilians, were killed on Tuesday in an attack on a supply convoy near Kelbo, local "
     "sources said.\n\n\"The terrorists ambushed the convoy,\" a member of the VDP said. According to him, six VDP "
     "members were among the dead.", "en", extracting.ATT),
    ("Gunmen killed 12 passengers in an attack on a bus near Dori on Monday, officials said.\n\n"
     "The bus was ambushed as it left the market, a survivor said.", "en", extracting.ATT),
    # a convoy (a military target) attacked: a clash from the lead on
    ("Une trentaine de personnes ont été tuées mardi dans l'attaque d'un convoi de ravitaillement près de Kelbo, "
     "selon des sources locales.\n\n"
     "« Les terroristes ont tendu une embuscade au convoi », a expliqué un membre des VDP.", "fr", extracting.CLA),
    # the bomb says how the attack was done
    ("Twelve passengers were killed in an attack on a bus near Dori on Monday, officials said.\n\n"
     "A bomb exploded under the bus as it left the market, a survivor said.", "en", extracting.REM),
    ("Douze passagers ont été tués lundi dans l'attaque d'un bus près de Dori, selon des responsables.\n\n"
     "« Une bombe a explosé sous le bus à la sortie du marché », a raconté un rescapé.", "fr", extracting.REM),
    # the mine told in a later paragraph says how the attack was done
    ("Une trentaine de personnes ont été tuées mardi dans l'attaque d'un convoi de ravitaillement près de Kelbo.\n\n"
     "Selon un membre des VDP, les terroristes ont d'abord fait exploser une mine au passage du convoi.", "fr",
     extracting.REM),
    ("About 30 people were killed on Tuesday in an attack on a supply convoy near Kelbo.\n\n"
     "According to a VDP member, the terrorists first detonated a mine as the convoy passed.", "en", extracting.REM),
    # the lead's mine stands
    (TOLD_AGAIN[-2][0], "fr", extracting.REM),
    (TOLD_AGAIN[-1][0], "en", extracting.REM),
]


@pytest.mark.parametrize("text,lang,sub", extracting.indexed_params(TYPES))
def test_the_type_it_keeps(text, lang, sub):
    incs = _acts(text, lang)
    assert [i.sub_event_type for i in incs] == [sub], _show(incs)


# --- guards: two acts stay two: (text, lang)
TWO_ACTS = [
    # another day
    ("Une trentaine de personnes ont été tuées mardi dans l'attaque d'un convoi de ravitaillement près de Djibo.\n\n"
     "Jeudi, des terroristes ont tendu une embuscade au convoi de l'armée venu sécuriser la zone, tuant quatre "
     "soldats, a indiqué une source sécuritaire.", "fr"),
    ("About 30 people were killed on Tuesday in an attack on a supply convoy near Djibo.\n\n"
     "On Thursday, militants ambushed the army convoy sent to secure the area, killing four soldiers, a security "
     "source said.", "en"),
    # another place
    ("Une trentaine de personnes ont été tuées mardi dans l'attaque d'un convoi de ravitaillement près de Djibo.\n\n"
     "À Titao, à 150 km de là, des hommes armés ont ouvert le feu sur le convoi d'un préfet, tuant deux gendarmes.",
     "fr"),
    ("About 30 people were killed on Tuesday in an attack on a supply convoy near Djibo.\n\n"
     "In Titao, 150 km away, gunmen opened fire on the convoy of a prefect, killing two gendarmes.", "en"),
    # a second attack on the same convoy later that day
    ("Une trentaine de personnes ont été tuées mardi dans l'attaque d'un convoi de ravitaillement près de Djibo.\n\n"
     "Plus tard dans la journée, des terroristes ont de nouveau attaqué le convoi, tuant cinq autres chauffeurs.",
     "fr"),
    ("About 30 people were killed on Tuesday in an attack on a supply convoy near Djibo.\n\n"
     "Later that day, militants attacked the convoy again, killing five more drivers.", "en"),
    ("About 30 people were killed on Tuesday in an attack on a supply convoy near Djibo.\n\n"
     "\"A second attack on the convoy killed five more drivers a few hours later,\" a VDP member said.", "en"),
    # a fight of its own, with its day and its toll
    ("Une trentaine de personnes, en majorité des civils, ont été tuées mardi dans l'attaque d'un convoi de "
     "ravitaillement près de Djibo.\n\n"
     "Mercredi, l'accrochage entre l'armée et les assaillants a fait deux blessés parmi les soldats, selon l'armée.",
     "fr"),
    ("About 30 people, mostly civilians, were killed on Tuesday in an attack on a supply convoy near Djibo.\n\n"
     "On Wednesday, the clash between the army and the attackers left two soldiers wounded, the army said.", "en"),
    # a reprisal
    ("Des jihadistes ont tué douze soldats mardi dans l'attaque d'un convoi militaire près de Djibo.\n\n"
     "En représailles, l'armée a bombardé le camp des assaillants, tuant une vingtaine de jihadistes, a indiqué "
     "l'état-major.", "fr"),
    ("Jihadists killed 12 soldiers on Tuesday in an attack on a military convoy near Djibo.\n\n"
     "In retaliation, the army bombed the attackers' camp, killing about 20 jihadists, the army staff said.", "en"),
]


@pytest.mark.parametrize("text,lang", extracting.indexed_params(TWO_ACTS))
def test_two_acts_stay_two(text, lang):
    incs = _acts(text, lang)
    assert len(incs) == 2, _show(incs)


# --- the dead "among the dead" are part of the toll told: (text, lang, the toll's best)
AMONG = [
    ("Au moins quinze personnes ont été tuées lundi dans l'explosion d'une bombe sur le marché de Dori, selon un "
     "responsable local. Trois soldats figurent parmi les morts, a précisé l'armée.", "fr", 15),
    ("At least 15 people were killed on Monday when a bomb went off at the market in Dori, a local official said. "
     "Three soldiers were among the dead, the army said.", "en", 15),
    ("Douze civils ont été tués dimanche par des hommes armés dans le village de Bouroum. Au nombre des victimes "
     "figurent deux enfants, selon un élu.", "fr", 12),
    ("Gunmen killed 12 civilians in the village of Bouroum on Sunday. Two children were among the victims, a local "
     "councillor said.", "en", 12),
]


@pytest.mark.parametrize("text,lang,best", extracting.indexed_params(AMONG))
def test_the_dead_among_the_dead_are_no_more_dead(text, lang, best):
    incs = _acts(text, lang)
    assert len(incs) == 1, _show(incs)
    assert incs[0].fatalities.best == best, _show(incs)


# --- a running total of a period is no act, and its speaker no source of the act: (text, lang, the speaker)
TOTALS = [
    ("Gunmen killed seven farmers in the village of Toulfé on Sunday, a local official said.\n\n"
     "Since January, more than 200 people have been killed in the region, according to the United Nations.", "en",
     "United Nations"),
    ("Des hommes armés ont tué dimanche sept agriculteurs dans le village de Toulfé, a indiqué un responsable local."
     "\n\nDepuis janvier, plus de 200 personnes ont été tuées dans la région, selon les Nations unies.", "fr",
     "Nations unies"),
    ("Des hommes armés ont tué dimanche sept agriculteurs dans le village de Toulfé. Plus de 200 personnes ont été "
     "tuées dans la région depuis janvier, ont indiqué les Nations unies.", "fr", "Nations unies"),
    ("Gunmen killed seven farmers in the village of Toulfé on Sunday. More than 200 people have been killed in the "
     "region since January, the United Nations said.", "en", "United Nations"),
    ("Des hommes armés ont tué dimanche sept agriculteurs dans le village de Toulfé.\n\n"
     "Selon les Nations unies, plus de 200 personnes ont été tuées dans la région depuis janvier.", "fr",
     "Nations unies"),
    ("Gunmen killed seven farmers in the village of Toulfé on Sunday.\n\n"
     "According to the United Nations, more than 200 people have been killed in the region since January.", "en",
     "United Nations"),
    ("Gunmen killed seven farmers in the village of Toulfé on Sunday.\n\n"
     "The United Nations said in a report that 200 civilians were killed in the region between January and March.",
     "en", "United Nations"),
    ("Des hommes armés ont tué dimanche sept agriculteurs dans le village de Toulfé.\n\n"
     "Les Nations unies ont indiqué dans un rapport que 200 civils avaient été tués dans la région entre janvier et "
     "mars.", "fr", "Nations unies"),
    # the act told again beside the total: one act, dated by its day; the total's source tells the total
    ("Gunmen killed seven farmers in the village of Toulfé on Sunday, residents said. The attack brings to more than "
     "200 the number of people killed in the region since January, according to the United Nations.", "en",
     "United Nations"),
    ("Sept agriculteurs ont été tués dimanche dans l'attaque du village de Toulfé. Cette attaque porte à plus de 200 "
     "le nombre de personnes tuées dans la région depuis janvier, selon l'ONU.", "fr", "ONU"),
]


@pytest.mark.parametrize("text,lang,speaker", extracting.indexed_params(TOTALS))
def test_a_running_total_is_no_act_nor_its_source(text, lang, speaker):
    incs = extracting.incidents(text, lang, MAR6)
    assert len(incs) == 1 and incs[0].fatalities.best == 7, _show(incs)
    assert speaker not in [c.speaker for c in incs[0].claims], [(c.speaker, c.text) for c in incs[0].claims]


# --- guard: a source who tells the act itself stays its source: (text, lang, the speaker)
SOURCES = [
    ("Gunmen killed seven farmers in the village of Toulfé on Sunday.\n\n"
     "The United Nations said the attackers had come on motorbikes.", "en", "United Nations"),
    ("Des hommes armés ont tué dimanche sept agriculteurs dans le village de Toulfé.\n\n"
     "Selon les Nations unies, les assaillants étaient arrivés à moto.", "fr", "Nations unies"),
]


@pytest.mark.parametrize("text,lang,speaker", extracting.indexed_params(SOURCES))
def test_who_tells_the_act_is_its_source(text, lang, speaker):
    incs = extracting.incidents(text, lang, MAR6)
    assert len(incs) == 1, _show(incs)
    assert speaker in [c.speaker for c in incs[0].claims], [(c.speaker, c.text) for c in incs[0].claims]


def test_the_set_is_bilingual():
    for rows in (TOLD_AGAIN, TYPES, TWO_ACTS, AMONG, TOTALS, SOURCES):
        langs = [row[1] for row in rows]
        assert "en" in langs and "fr" in langs
