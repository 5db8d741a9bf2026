"""Acts related in time in one sentence, from stories of our own (wire style, English and French): an older act told as
the time of the news, and two acts told one after the other. Every row failed before but the marked guards.

- An older act told as the time of the news, set apart by a comma or a stretch of time, with a toll of its own ("The
  army killed about 30 militants near Djibo on Sunday, a day after an attack on a church that killed 17 worshippers",
  "two days after", "a week after", "hours after", "days after gunmen killed ...", ", following an ambush ...",
  « au lendemain de », « deux jours après », « une semaine après », « quelques jours après », « quelques heures
  après », « trois semaines après », « , après une embuscade qui a fait huit morts ») was summed into the news' toll
  (or, told by a clause, made a second act of the news' day): it is an act of its own, recalled, with the dead of
  its phrase, dated the day before the news' day when the stretch says so ("a day", « au lendemain »: 1; "two days":
  2), else left to the publication window (incidents._older_act_as_time; events_<lang>.NEWS_TIME_AFTER,
  DAY_AFTER_NOUNS, SHORT_STRETCH_UNITS). The news heads, whatever the parse hangs the stretch on.
- The same phrase opening the sentence, the news after its comma ("Two days after gunmen killed nine people in Bokkos,
  soldiers killed 12 bandits near Mangu on Tuesday", « Trois jours après une attaque qui a fait douze morts à Bokkos,
  l'armée a tué vingt bandits », where the French parse hangs the news on the older act's relative clause and summed
  32): the older act its own, recalled, dated by the stretch. Only when the news after the comma names a place of its
  own: « Un an après le massacre de 40 villageois à Ogossagou, des hommes armés ont de nouveau attaqué le village »
  (tests/test_event_background.py) names its place only back, and is left as it was (46 dead, one attack).
- A violence the news happened amid, told with its own toll ("amid a wave of attacks that have killed more than 200
  people in Plateau state this year", « sur fond de violences qui ont fait plus de 200 morts »): summed into the news'
  206; no act of the story, none of its dead the news' (incidents._amid_a_toll; events_<lang>.AMID_MARKERS).
- Two acts told one after the other, "first" this, "then" that ("Gunmen carried out two raids, first attacking Kagoro
  on Friday, killing seven people, then moving to Tsafe on Saturday, where they killed four more", « ont d'abord
  attaqué le village de Kotia vendredi, tuant neuf personnes, puis se sont rendus à Seytenga samedi, où ils ont tué
  cinq autres habitants ») were one act of 11 (or 14): two acts, each with its place, day and dead
  (incidents._acts_first_then; events_<lang>.SEQUENCE_FIRST, SEQUENCE_THEN).
- An act that "came as" another was done ("The shooting down of the helicopter came as gangs attacked Petit-Goave,
  killing six residents", « est survenue alors que des gangs attaquaient Petit-Goâve, tuant six habitants ») was one
  act, the helicopter's, with the six dead: two acts, cut at the word of "as", the subject's named again
  (incidents._came_as; events_<lang>.COINCIDE_VERBS, COINCIDE_MARKERS). Left: in French the helicopter named again is
  typed an air strike, the first sentence's a disrupted weapons use, so it is not merged (three incidents, the dead
  on the attack).

Guards: "a day after the attack" naming the act told before with no toll of its own (no third act, the news keeps
its own dead), and "a day after the attack that killed 12 worshippers" naming it again with its toll (no act of its
own, none of its dead the news'); an older act told with no detail (no incident); "the latest in a series of attacks
that have killed more than 100 people" (no incident, nothing summed); a reprisal for an ambush (two acts, as before).
"""
import datetime as dt

import pytest

import extracting

JUNE = dt.date(2025, 6, 11)
JULY = dt.date(2025, 7, 8)


def tolls(incs):
    return sorted(i.fatalities.best for i in incs if i.fatalities)


def older(incs):
    return [i for i in incs if i.recalled]


@pytest.mark.parametrize("lang,text,news_day,old_day", [
    pytest.param("en", "Burkina Faso's army killed about 30 militants in an air strike near Djibo on Sunday, a day after "
                       "an attack on a church that killed 17 worshippers.", dt.date(2025, 6, 8), dt.date(2025, 6, 7),
                 id="en-a-day-after"),
    pytest.param("fr", "L'armée burkinabè a tué dimanche une trentaine de terroristes lors d'une frappe "
                       "aérienne près de Djibo, au lendemain d'une attaque contre une église qui a fait 17 morts parmi "
                       "les fidèles.", dt.date(2025, 6, 8), dt.date(2025, 6, 7), id="fr-au-lendemain"),
])
def test_the_act_a_day_before_is_its_own(lang, text, news_day, old_day):
    incs = extracting.incidents(text, lang, dt.date(2025, 6, 9))
    assert len(incs) == 2
    news, = [i for i in incs if not i.recalled]
    old, = older(incs)
    assert 26 <= news.fatalities.best <= 34 and old.fatalities.best == 17
    assert old.civilian_fatalities.best == 17 and news.civilian_fatalities is None
    assert news.date.start == news_day
    assert (old.date.start, old.date.precision) == (old_day, "day")


@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "Police said on Tuesday they had shot dead six gang members in Cite Soleil, two days after an "
                       "attack on a market in Croix-des-Bouquets that killed nine people.", id="en-two-days-after"),
    pytest.param("fr", "La police a indiqué mardi avoir abattu six membres de gangs à Cité Soleil, deux jours après une "
                       "attaque contre un marché de Croix-des-Bouquets qui a fait neuf morts.", id="fr-deux-jours"),
])
def test_two_days_before(lang, text):
    incs = extracting.incidents(text, lang, JUNE)
    assert tolls(incs) == [6, 9]
    old, = older(incs)
    assert old.fatalities.best == 9 and old.date.start == dt.date(2025, 6, 8)


@pytest.mark.parametrize("lang,text,news,old", [
    pytest.param("en", "Nigerian troops killed 14 bandits in a raid on a camp near Gusau on Monday, a week after an "
                       "ambush that killed 11 vigilantes.", 14, 11, id="en-a-week-after"),
    pytest.param("fr", "Les soldats nigérians ont tué 14 bandits lors d'un raid contre un camp près de Gusau lundi, une "
                       "semaine après une embuscade qui a fait 11 morts parmi les miliciens.", 14, 11,
                 id="fr-une-semaine"),
    pytest.param("en", "Malian soldiers killed 22 jihadists near Hombori on Monday, following an ambush on a convoy that "
                       "killed eight soldiers.", 22, 8, id="en-following"),
    pytest.param("fr", "Des soldats maliens ont tué 22 jihadistes près de Hombori lundi, quelques jours après une "
                       "embuscade contre un convoi qui a fait huit morts dans leurs rangs.", 22, 8,
                 id="fr-quelques-jours"),
    pytest.param("fr", "Des soldats maliens ont tué 22 jihadistes près de Hombori lundi, après une embuscade contre un "
                       "convoi qui a fait huit morts dans leurs rangs.", 22, 8, id="fr-apres"),
    pytest.param("en", "Gunmen killed four farmers near Bokkos on Sunday, hours after an attack on a nearby village that "
                       "killed 11 people.", 4, 11, id="en-hours-after"),
    pytest.param("fr", "Des hommes armés ont tué quatre agriculteurs près de Bokkos dimanche, quelques heures après une "
                       "attaque contre un village voisin qui a fait onze morts.", 4, 11, id="fr-quelques-heures"),
    pytest.param("en", "Militants killed 13 soldiers in an attack on a base near Fiditi on Sunday, days after gunmen "
                       "killed eight traders at a market in Kunti.", 13, 8, id="en-days-after-clause"),
    pytest.param("fr", "Des jihadistes ont tué treize soldats lors d'une attaque contre une base près de Fiditi dimanche, "
                       "trois semaines après une embuscade qui avait fait huit morts parmi les gendarmes.", 13, 8,
                 id="fr-trois-semaines"),
])
def test_the_older_act_keeps_its_dead(lang, text, news, old):
    incs = extracting.incidents(text, lang, JULY)
    assert len(incs) == 2
    new, = [i for i in incs if not i.recalled]
    was, = older(incs)
    assert (new.fatalities.best, was.fatalities.best) == (news, old)
    assert new.date.precision == "day" and was.date.start != new.date.start


def test_days_after_clause_keeps_its_place():
    # (the older act of a clause of its own keeps the place it names, not the news' day)
    incs = extracting.incidents("Militants killed 13 soldiers in an attack on a base near Fiditi on Sunday, days after "
                                "gunmen killed eight traders at a market in Kunti.", "en", JULY)
    was, = older(incs)
    assert was.location.name == "Kunti" and was.date.basis == "publication"


@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "Gunmen attacked a mosque in Kwall on Friday, killing 12 worshippers. Troops killed 15 of the "
                       "attackers in a sweep on Saturday, a day after the attack.", id="en-guard-told-before"),
    pytest.param("fr", "Des hommes armés ont attaqué une mosquée à Kwall vendredi, tuant 12 fidèles. Des soldats ont tué "
                       "15 des assaillants lors d'un ratissage samedi, au lendemain de l'attaque.",
                 id="fr-guard-told-before"),
    pytest.param("en", "Gunmen attacked a church in Kwall on Friday, killing 12 worshippers. Soldiers killed 15 of the "
                       "attackers in a sweep on Saturday, a day after the attack that killed 12 worshippers.",
                 id="en-guard-told-again-with-toll"),
])
def test_guard_the_act_told_before(lang, text):
    incs = extracting.incidents(text, lang, JULY)
    assert tolls(incs) == [12, 15] and not older(incs)


@pytest.mark.parametrize("lang,text,dead", [
    pytest.param("en", "Gunmen killed six villagers in Dogo Nahawa on Sunday, days after an attack on a nearby church.",
                 [6], id="en-guard-no-detail"),
    pytest.param("en", "A roadside bomb killed three soldiers near Pama on Monday, the latest in a series of attacks that "
                       "have killed more than 100 people in the region since January.", [3], id="en-guard-series"),
    pytest.param("fr", "Un engin explosif a tué trois soldats près de Pama lundi, la dernière d'une série d'attaques qui "
                       "ont fait plus de 100 morts dans la région depuis janvier.", [3], id="fr-guard-serie"),
    pytest.param("en", "Soldiers killed seven militants near Kidal on Monday in retaliation for an ambush that killed "
                       "three troops on Saturday.", [3, 7], id="en-guard-retaliation"),
    pytest.param("fr", "Des soldats ont tué sept terroristes près de Kidal lundi en représailles à une embuscade qui a "
                       "coûté la vie à trois militaires samedi.", [3, 7], id="fr-guard-represailles"),
])
def test_guard_background_with_no_act_of_its_own(lang, text, dead):
    assert tolls(extracting.incidents(text, lang, JULY)) == dead


@pytest.mark.parametrize("lang,text,first,second", [
    pytest.param("en", "Gunmen carried out two raids, first attacking Kagoro on Friday, killing seven people, then "
                       "moving to Tsafe on Saturday, where they killed four more.",
                 ("Kagoro", dt.date(2025, 7, 4), 7), ("Tsafe", dt.date(2025, 7, 5), 4), id="en-first-then"),
    pytest.param("fr", "Des hommes armés ont d'abord attaqué le village de Kotia vendredi, tuant neuf personnes, puis se "
                       "sont rendus à Seytenga samedi, où ils ont tué cinq autres habitants.",
                 ("Kotia", dt.date(2025, 7, 4), 9), ("Seytenga", dt.date(2025, 7, 5), 5), id="fr-d-abord-puis"),
])
def test_two_raids_first_then(lang, text, first, second):
    incs = sorted(extracting.incidents(text, lang, JULY), key=lambda i: i.date.start)
    assert [(i.date.start, i.fatalities.best) for i in incs] == [first[1:], second[1:]]
    if lang == "fr":
        # (left in English: "then moving to Tsafe ..., where they killed four more" places the second act in Kagoro,
        # the first's: the town one moves to is read as no place of an act)
        assert [i.location.name for i in incs] == [first[0], second[0]]
    assert all(a.name == "unidentified armed group" for i in incs for a in i.actors if a.role == "actor1")


@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "Gang members shot down a police helicopter over Tabarre on Sunday. The shooting down of the "
                       "helicopter came as gangs attacked Petit-Goave, killing six residents.", id="en-came-as"),
    pytest.param("fr", "Des membres de gangs ont abattu un hélicoptère de la police au-dessus de Tabarre dimanche. La "
                       "destruction de l'hélicoptère est survenue alors que des gangs attaquaient Petit-Goâve, tuant six "
                       "habitants.", id="fr-alors-que"),
])
def test_the_act_it_came_as_is_its_own(lang, text):
    incs = extracting.incidents(text, lang, JULY)
    dead, = [i for i in incs if i.fatalities]
    assert dead.sub_event_type == "Attack" and dead.fatalities.best == 6
    assert len(incs) == (2 if lang == "en" else 3)


@pytest.mark.parametrize("lang,text,news,old,old_day", [
    pytest.param("en", "Two days after gunmen killed nine people in Bokkos, soldiers killed 12 bandits near Mangu on "
                       "Tuesday.", 12, 9, dt.date(2025, 7, 6), id="en-opening-two-days-after"),
    pytest.param("fr", "Trois jours après une attaque qui a fait douze morts à Bokkos, l'armée a tué vingt bandits près "
                       "de Mangu mardi.", 20, 12, dt.date(2025, 7, 5), id="fr-opening-trois-jours"),
    pytest.param("en", "Nigerien troops killed 20 militants near Tahoua on Monday, a day after suspected jihadists "
                       "killed 15 civilians in Tillia, the defence ministry said.", 20, 15, dt.date(2025, 7, 6),
                 id="en-a-day-after-clause-said"),
])
def test_the_older_act_told_first_or_said(lang, text, news, old, old_day):
    incs = extracting.incidents(text, lang, JULY)
    new, = [i for i in incs if not i.recalled]
    was, = older(incs)
    assert (new.fatalities.best, was.fatalities.best, was.date.start) == (news, old, old_day)


@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "Gunmen killed five villagers in Bokkos on Monday amid a wave of attacks that have killed more "
                       "than 200 people in Plateau state this year.", id="en-amid-a-wave"),
    pytest.param("fr", "Des hommes armés ont tué cinq villageois à Bokkos lundi, sur fond de violences qui ont fait plus "
                       "de 200 morts dans l'État du Plateau cette année.", id="fr-sur-fond-de"),
])
def test_the_violence_it_happened_amid_is_no_act(lang, text):
    incs = extracting.incidents(text, lang, JULY)
    assert tolls(incs) == [5] and len(incs) == 1


def test_guard_an_older_act_with_no_toll_names_no_act():
    incs = extracting.incidents("Soldiers killed 12 militants near Dori on Tuesday, a week after an attack on a convoy "
                                "in the area.", "en", JULY)
    assert tolls(incs) == [12] and len(incs) == 1
