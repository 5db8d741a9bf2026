"""Acts in time, second file: the dates of nights, a second attack told as such, "striking" typed without an aircraft,
and two acts told one after the other with no word of "first". Stories of our own, wire style, English and French.
Every row failed before (13) but the marked guards and three rows that were right already and stay so: "in the night
between Saturday and Sunday" (read as two days told together), « Une nouvelle attaque lundi » and "A second attack on
Monday" (no ordinal adjective on the French noun; the English parse hangs the day elsewhere).

- A night told by the two days it spans (« dans la nuit de samedi à dimanche », « dans la nuit du 5 au 6 », "on the
  night of Saturday to Sunday", "overnight Saturday into Sunday", "Saturday night into Sunday", "in the night between
  Saturday and Sunday") was dated to Saturday alone (English "overnight ... into" and "... night into" not read as a
  date at all, the act dated by the publication window): both days, Saturday to Sunday, precision "day" as a two-day
  range (dates._r_night_pair, dates._r_day_only; dates_en patterns of "night_pair"; docs/conventions.md). Guards:
  "on Saturday night" and "last night" stay one day.
- « Une deuxième attaque lundi a fait deux autres morts, portant le bilan à sept » (and "A second attack on Monday"):
  the day said of a noun with an ordinal was read as the period the rank is counted in ("the second attack on the
  village this month"), so the second attack took Sunday's day from the sentence before, and was merged into the
  first (2/5/5): a day, or a night of two, is when the act was, a rank counted over it or not
  (incidents._frames_a_rank). Its own incident, with its own 2 dead, dated Monday; the running total 7 belongs to
  neither. Guard: "the second attack on the village this month" is still no date of the act
  (tests/test_ordinals_and_ranks.py).
- "striking" with no aircraft read as an air strike: "Gunmen ... stormed a market, striking shoppers with machetes",
  "The attackers, striking at dawn, killed ...": the subject of a participle with no subject of its own is that of the
  verb it is said beside, or the noun it is said of; fighters striking is no air strike (events._combatant_subject).
  Guards: "Israeli warplanes pounded ..., striking a school" and "A drone strike killed ..." stay air strikes; workers
  on strike stay protesters.
- Two acts told one after the other with no word of "first" ("Gunmen stormed Kagoro on Sunday, killing six people,
  then moving to Tsafe, where they killed four more, police said", « ..., puis se sont rendus à Tsafe, où ils ont tué
  quatre autres habitants ») were one act of 10 (English), or the second placed at the first town: a word of "then"
  right after a comma cuts the sentence as "first ... then" does, the doers those told before the first act, the
  teller at the sentence's end none of the second act's (incidents._acts_first_then). The town moved to with a "where"
  clause telling a death ("moving to Tsafe, where they killed four more", « se sont dirigés vers Tsafe, où ils ont
  abattu ») was read as where the hurt were carried, no place of an act: the place of the act when the verb is active
  with no object, or reflexive (its subject went there) (incidents._carried_there, _where_a_death_was,
  _moved_themselves). Guards: "The wounded were taken to Tsafe, where two of them died", « Les blessés ont été évacués
  vers Tsafe, où deux d'entre eux sont morts » are still where the hurt were carried.

Left: « Un an après le massacre de 40 villageois à Ogossagou, des hommes armés ont de nouveau attaqué le village »
(the news that names its place only back, through a definite village noun) stays one attack of 46
(tests/test_event_background.py): lifting the guard of incidents._older_act_as_time split it in French but typed the
news an armed clash with no place, and lost the recalled act in English.
"""
import datetime as dt

import pytest

import extracting

JULY = dt.date(2025, 7, 9)  # a Wednesday
SAT, SUN, MON, TUE = (dt.date(2025, 7, d) for d in (5, 6, 7, 8))


def tolls(incs):
    return sorted(i.fatalities.best for i in incs if i.fatalities)


# ---------------------------------------------------------------- a night told by its two days

@pytest.mark.parametrize("lang,text", [
    pytest.param("fr", "Des hommes armés ont attaqué le village de Kobou dans la nuit de samedi à dimanche, tuant cinq "
                       "personnes, selon un élu local.", id="fr-nuit-de-samedi-a-dimanche"),
    pytest.param("fr", "Des hommes armés ont attaqué le village de Kobou dans la nuit du samedi au dimanche, tuant cinq "
                       "personnes.", id="fr-nuit-du-samedi-au-dimanche"),
    pytest.param("fr", "Des hommes armés ont attaqué le village de Kobou dans la nuit du 5 au 6, tuant cinq personnes.",
                 id="fr-nuit-du-5-au-6"),
    pytest.param("en", "Gunmen attacked the village of Kobou overnight Saturday into Sunday, killing five people, a local "
                       "official said.", id="en-overnight-into"),
    pytest.param("en", "Gunmen attacked the village of Kobou on the night of Saturday to Sunday, killing five people.",
                 id="en-night-of-to"),
    pytest.param("en", "Gunmen attacked the village of Kobou on Saturday night into Sunday, killing five people.",
                 id="en-saturday-night-into"),
    pytest.param("en", "Gunmen attacked the village of Kobou in the night between Saturday and Sunday, killing five "
                       "people.", id="en-night-between"),
])
def test_a_night_spans_its_two_days(lang, text):
    inc, = extracting.incidents(text, lang, JULY)
    assert inc.fatalities.best == 5
    assert (inc.date.start, inc.date.end, inc.date.precision) == (SAT, SUN, "day")


@pytest.mark.parametrize("lang,text,day", [
    pytest.param("en", "Gunmen attacked the village of Kobou on Saturday night, killing five people.", SAT,
                 id="en-guard-saturday-night"),
    pytest.param("fr", "Des hommes armés ont attaqué le village de Kobou samedi soir, tuant cinq personnes.", SAT,
                 id="fr-guard-samedi-soir"),
    pytest.param("en", "Gunmen attacked the village of Kobou last night, killing five people.", TUE,
                 id="en-guard-last-night"),
])
def test_guard_a_night_of_one_day(lang, text, day):
    inc, = extracting.incidents(text, lang, JULY)
    assert (inc.date.start, inc.date.end) == (day, day)


# ---------------------------------------------------------------- a second attack told as such

@pytest.mark.parametrize("lang,text", [
    pytest.param("fr", "Des hommes armés ont attaqué le village de Kobou dimanche, tuant cinq personnes. Une deuxième "
                       "attaque lundi a fait deux autres morts, portant le bilan à sept, selon un responsable local.",
                 id="fr-une-deuxieme-attaque-lundi"),
    pytest.param("fr", "Des hommes armés ont attaqué le village de Kobou dimanche, tuant cinq personnes. Une nouvelle "
                       "attaque lundi a fait deux autres morts, portant le bilan à sept.", id="fr-une-nouvelle-attaque"),
    pytest.param("en", "Gunmen attacked the village of Kobou on Sunday, killing five people. A second attack on Monday "
                       "killed two more people, bringing the toll to seven, a local official said.",
                 id="en-a-second-attack-on-monday"),
])
def test_a_second_attack_is_its_own(lang, text):
    incs = sorted(extracting.incidents(text, lang, JULY), key=lambda i: i.date.start)
    assert [(i.date.start, i.fatalities.best) for i in incs] == [(SUN, 5), (MON, 2)]
    assert all(i.fatalities.low == i.fatalities.high == i.fatalities.best for i in incs)


# ---------------------------------------------------------------- "striking" with no aircraft

@pytest.mark.parametrize("lang,text,sub", [
    pytest.param("en", "Gunmen on motorcycles stormed a crowded market in Kadoma on Tuesday, striking shoppers with "
                       "machetes and killing seven people, police said.", "Attack", id="en-striking-shoppers"),
    pytest.param("en", "The attackers, striking at dawn, killed eleven villagers in Tsafe on Friday, residents said.",
                 "Attack", id="en-the-attackers-striking"),
    # guards: an aircraft or a drone strikes from the air; workers on strike protest
    pytest.param("en", "Israeli warplanes pounded Khan Younis on Tuesday, striking a school and killing 14 people.",
                 "Air/drone strike", id="en-guard-warplanes-striking"),
    pytest.param("en", "A drone strike killed four fighters near Kidal on Tuesday, the army said.", "Air/drone strike",
                 id="en-guard-drone-strike"),
])
def test_striking_without_an_aircraft(lang, text, sub):
    incs = [i for i in extracting.incidents(text, lang, JULY) if i.fatalities]
    assert [i.sub_event_type for i in incs] == [sub]


def test_guard_workers_on_strike():
    inc, = extracting.incidents("Workers striking over unpaid wages blocked a road in Kaduna on Monday, and police shot "
                                "dead two of them.", "en", JULY)
    assert inc.event_type == "Protests" and inc.fatalities.best == 2


# ---------------------------------------------------------------- "then" with no "first"

@pytest.mark.parametrize("lang,text,first,second", [
    pytest.param("en", "Gunmen stormed Kagoro on Sunday, killing six people, then moving to Tsafe, where they killed four "
                       "more, police said.", ("Kagoro", SUN, 6), ("Tsafe", SUN, 4), id="en-then-no-first"),
    pytest.param("fr", "Des hommes armés ont attaqué le village de Kagoro dimanche, tuant six personnes, puis se sont "
                       "rendus à Tsafe, où ils ont tué quatre autres habitants, a indiqué la police.",
                 ("Kagoro", SUN, 6), ("Tsafe", SUN, 4), id="fr-puis-sans-d-abord"),
    pytest.param("fr", "Des hommes armés ont attaqué le village de Kagoro dimanche, tuant six personnes, puis se sont "
                       "dirigés vers Tsafe, où ils ont abattu quatre autres habitants.",
                 ("Kagoro", SUN, 6), ("Tsafe", SUN, 4), id="fr-se-sont-diriges-vers"),
    pytest.param("en", "Bandits carried out two raids, first attacking Kagoro on Saturday, killing seven people, then "
                       "moving to Tsafe on Sunday, where they killed four more.", ("Kagoro", SAT, 7), ("Tsafe", SUN, 4),
                 id="en-first-then-the-second-town"),
])
def test_two_acts_one_after_the_other(lang, text, first, second):
    incs = sorted(extracting.incidents(text, lang, JULY), key=lambda i: (i.date.start, -i.fatalities.best))
    assert [(i.location.name, i.date.start, i.fatalities.best) for i in incs] == [first, second]
    for i in incs:
        doers = [a for a in i.actors if a.role == "actor1"]
        assert doers and all(a.kind != "state_forces" for a in doers)
        assert i.sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "Gunmen attacked Kagoro on Sunday, killing six people. The wounded were taken to Tsafe, where two "
                       "of them died.", id="en-guard-taken-to"),
    pytest.param("fr", "Des hommes armés ont attaqué le village de Kagoro dimanche, tuant six personnes. Les blessés ont "
                       "été évacués vers Tsafe, où deux d'entre eux sont morts.", id="fr-guard-evacues-vers"),
])
def test_guard_the_town_the_hurt_were_taken_to(lang, text):
    incs = extracting.incidents(text, lang, JULY)
    assert incs and all(i.location.name == "Kagoro" for i in incs)
