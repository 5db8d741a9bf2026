"""Acts in time, third file: the outbreak of violence told after the lead, an older act told as the time of news done
again on the village it names back, a second attack with no day of its own, the steps of one assault told "first ...
then", and bombs that fell. Stories of our own, wire style, English and French; every row failed before but the marked
guards.

- "Gunmen killed seven villagers in an attack on the village of Sorgho, officials said on Thursday. The violence broke
  out on Tuesday when the attackers arrived on motorbikes", « Les violences ont éclaté mardi », « Les troubles ont
  éclaté mardi »: the lead's act was dated by the publication window alone (a general noun of violence after the lead
  is no act: lead_only). A general noun of violence (``events_<lang>.OUTBREAK_NOUNS``) told after the lead, the
  subject of a verb of its start (``OUTBREAK_VERBS``: "broke out", "erupted", « ont éclaté »), told as done, with a day
  hung on that verb, tells when the lead's act began: its day is the lead's when the lead tells none
  (incidents._dated_by_its_outbreak). Guards: a lead with a day of its own keeps it; violence that "could break out"
  dates nothing.
- « Un an après le massacre de 35 villageois à Nassoumbou, des hommes armés ont de nouveau attaqué le village mardi,
  tuant quatre personnes » (and "A year after the massacre of 35 villagers in Nassoumbou, gunmen again attacked the
  village on Tuesday, killing four people"): one attack of 39. The news that names its place only back, through a
  definite village noun, with a word of "again" (incidents._place_named_back_again), lets the older act told as its
  time be an incident of its own (incidents._older_act_as_time): recalled, with its 35, dated the month a year back
  (incidents._months_back); the news keeps its four, at the village the older act names, on Tuesday. (The older act's
  toll was read as a tally of a year, _not_a_report, and lost in English.) The French news read alone was typed an
  armed clash with no side hit (the parse leaves the doers near the dead): with no second side named it keeps the type
  the whole sentence gave it, an attack.
- "Hours later, a second attack on a nearby village killed three people", « Une seconde attaque, contre un village
  voisin, a fait trois morts »: built apart, then merged into the lead by the merge of the document's mentions (same
  type, same day, no place of its own): 3/5/5. An act told as a further one (incidents._further_act: "second",
  "another", « autre », « nouvelle », « seconde », "again") is flagged on its incident (``Incident._further``, in
  memory only) and never merged into an act told before it (link.same_happening): its own incident, with its own toll.
  Guard: the same story told with "The attack on the village ..." stays one act.
- "The militants first detonated a car bomb at the gate of the base in Warsheikh and then fought their way inside, a
  spokesman for the group told Reuters by phone from the nearby town of Balcad": two incidents, the second at the
  teller's town with the group's claim. The places of the clause after "then" are read up to the teller's words
  (incidents._acts_first_then): the steps of one assault on one target stay one act, the group's 38 its claim; the
  town the teller speaks from is no place of it. French alike (« ont d'abord fait exploser une voiture piégée ...,
  puis se sont frayé un chemin à l'intérieur »), where the base named again (« la base de Warsheikh » after « une base
  militaire ») was not found as the same target: a target named again is matched by its noun before the adjective too
  (incidents._hits_a_head).
- "bombs fell on two camps for displaced people", « des bombes sont tombées sur deux camps de déplacés »: typed a
  landmine/IED. A munition that falls (``events_<lang>.FALL_VERBS``: "fell", "rained down", « sont tombées ») is
  dropped from above, no device laid: an air strike (events._dropped). Guards: "Shells fell on the market" stays
  shelling; a bomb planted under a car stays a remote explosive.
"""
import datetime as dt

import pytest

import extracting
from extracting import AIR, ART, ATT, REM

JULY = dt.date(2025, 7, 10)  # a Thursday
TUE = dt.date(2025, 7, 8)


def tolls(incs):
    return sorted(i.fatalities.best for i in incs if i.fatalities)


# ---------------------------------------------------------------- the outbreak of violence dates the lead's act

@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "Gunmen killed seven villagers in an attack on the village of Sorgho in central Mali, local "
                       "officials said on Thursday.\nThe violence broke out on Tuesday when the attackers arrived on "
                       "motorbikes and opened fire on the market, a resident said.", id="en-violence-broke-out"),
    pytest.param("en", "At least seven people have been killed in an attack by gunmen on the village of Sorgho in "
                       "central Mali, local officials said on Thursday.\nThe unrest erupted on Tuesday, a resident "
                       "told Reuters.", id="en-unrest-erupted"),
    pytest.param("fr", "Des hommes armés ont tué sept villageois lors d'une attaque contre le village de Sorgho, dans "
                       "le centre du Mali, ont indiqué jeudi des élus locaux.\nLes violences ont éclaté mardi lorsque "
                       "les assaillants sont arrivés à moto, a indiqué un habitant.", id="fr-violences-ont-eclate"),
    pytest.param("fr", "Au moins sept personnes ont été tuées dans une attaque d'hommes armés contre le village de "
                       "Sorgho, dans le centre du Mali, ont indiqué jeudi des élus locaux.\nLes troubles ont éclaté "
                       "mardi, a précisé un habitant.", id="fr-troubles-ont-eclate"),
])
def test_the_outbreak_dates_the_lead(lang, text):
    inc, = extracting.incidents(text, lang, JULY)
    assert inc.fatalities.best == 7
    assert (inc.date.start, inc.date.end, inc.date.precision) == (TUE, TUE, "day")


@pytest.mark.parametrize("lang,text,day", [
    # (the lead's own day stands)
    pytest.param("en", "Gunmen killed seven villagers in an attack on the village of Sorgho in central Mali on Monday, "
                       "local officials said.\nThe violence broke out on Tuesday in a nearby market, a resident said.",
                 dt.date(2025, 7, 7), id="en-lead-day-kept"),
    # (violence to come dates nothing)
    pytest.param("en", "Gunmen killed seven villagers in an attack on the village of Sorgho in central Mali, local "
                       "officials said on Thursday.\nResidents fear the violence could break out again on Friday, "
                       "a resident said.", None, id="en-could-break-out"),
])
def test_guards_of_the_outbreak(lang, text, day):
    incs = extracting.incidents(text, lang, JULY)
    lead = incs[0]
    assert lead.fatalities.best == 7
    if day is None:
        assert lead.date.precision != "day"
    else:
        assert lead.date.start == day


# ---------------------------------------------------------------- an older act as the time of news done again

@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "A year after the massacre of 35 villagers in Nassoumbou, gunmen again attacked the village on "
                       "Tuesday, killing four people, a local official said.", id="en-a-year-after"),
    pytest.param("fr", "Un an après le massacre de 35 villageois à Nassoumbou, des hommes armés ont de nouveau attaqué "
                       "le village mardi, tuant quatre personnes, selon un élu local.", id="fr-un-an-apres"),
])
def test_older_act_recalled_news_at_the_village_named_back(lang, text):
    incs = extracting.incidents(text, lang, JULY)
    assert len(incs) == 2, [(i.sub_event_type, i.fatalities) for i in incs]
    news, = [i for i in incs if not i.recalled]
    old, = [i for i in incs if i.recalled]
    assert news.fatalities.best == 4
    assert (news.date.start, news.date.precision) == (TUE, "day")
    assert news.location.name == "Nassoumbou"
    assert old.fatalities.best == 35
    assert old.sub_event_type == ATT
    assert (old.date.start, old.date.end, old.date.precision) == (dt.date(2024, 7, 1), dt.date(2024, 7, 31), "month")
    assert news.sub_event_type == ATT


# ---------------------------------------------------------------- a second attack with no day of its own

@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "Gunmen killed five people in an attack on the village of Sorgho in central Mali on Tuesday, "
                       "local officials said.\nHours later, a second attack on a nearby village killed three people, "
                       "they said.", id="en-a-second-attack"),
    pytest.param("en", "Gunmen killed five people in an attack on the village of Sorgho in central Mali on Tuesday, "
                       "local officials said.\nAnother attack on a nearby village killed three people, they said.",
                 id="en-another-attack"),
    pytest.param("fr", "Des hommes armés ont tué cinq personnes lors d'une attaque contre le village de Sorgho, dans le "
                       "centre du Mali, mardi, selon des élus locaux.\nUne seconde attaque, contre un village voisin, a "
                       "fait trois morts, ont-ils ajouté.", id="fr-une-seconde-attaque"),
    pytest.param("fr", "Des hommes armés ont tué cinq personnes lors d'une attaque contre le village de Sorgho, dans le "
                       "centre du Mali, mardi, selon des élus locaux.\nUne nouvelle attaque, contre un village voisin, "
                       "a fait trois morts quelques heures plus tard, ont-ils ajouté.", id="fr-une-nouvelle-attaque"),
])
def test_a_second_attack_is_its_own(lang, text):
    incs = extracting.incidents(text, lang, JULY)
    assert tolls(incs) == [3, 5]
    assert all(i.fatalities.low == i.fatalities.high for i in incs)
    assert all(i.date.start == TUE for i in incs)


@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "Gunmen killed five people in an attack on the village of Sorgho in central Mali on Tuesday, "
                       "local officials said.\nThe attack on the village lasted two hours, they said.",
                 id="en-the-attack-told-again"),
])
def test_the_act_told_again_stays_one(lang, text):
    inc, = extracting.incidents(text, lang, JULY)
    assert inc.fatalities.best == 5


# ---------------------------------------------------------------- steps of one assault

@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "Al Shabaab militants stormed a military base in central Somalia on Monday, the group said.\n"
                       "The militants first detonated a car bomb at the gate of the base in Warsheikh and then fought "
                       "their way inside, a spokesman for the group told Reuters by phone from the nearby town of "
                       "Balcad.\nThe group said it had killed 38 soldiers.", id="en-first-then-one-assault"),
    pytest.param("fr", "Des combattants shebab ont attaqué lundi une base militaire dans le centre de la Somalie, selon "
                       "le groupe.\nLes combattants ont d'abord fait exploser une voiture piégée à l'entrée de la base "
                       "de Warsheikh, puis se sont frayé un chemin à l'intérieur, a déclaré par téléphone à l'AFP un "
                       "porte-parole du groupe depuis la ville voisine de Balcad.\nLe groupe affirme avoir tué 38 "
                       "soldats.", id="fr-d-abord-puis-one-assault"),
])
def test_steps_of_one_assault_are_one_act(lang, text):
    inc, = extracting.incidents(text, lang, JULY)
    assert inc.fatalities.best == 38
    assert inc.location.name != "Balcad"
    assert inc.date.start == dt.date(2025, 7, 7)


# ---------------------------------------------------------------- bombs that fell

@pytest.mark.parametrize("lang,text,sub", [
    pytest.param("en", "At least 14 people were killed when bombs fell on two camps for displaced people near Tawila "
                       "in North Darfur on Sunday, aid workers said.", AIR, id="en-bombs-fell"),
    pytest.param("en", "Bombs rained down on the market in Kutum on Friday, killing nine people, residents said.", AIR,
                 id="en-bombs-rained-down"),
    pytest.param("fr", "Au moins 14 personnes ont été tuées dimanche lorsque des bombes sont tombées sur deux camps de "
                       "déplacés près de Tawila, au Darfour-Nord, selon des humanitaires.", AIR, id="fr-bombes-tombees"),
    # guards
    pytest.param("en", "Shells fell on the market in Kutum on Friday, killing nine people, residents said.", ART,
                 id="en-shells-fell-guard"),
    pytest.param("en", "A bomb planted under a car went off in Kutum on Friday, killing nine people, police said.", REM,
                 id="en-bomb-planted-guard"),
])
def test_falling_bombs(lang, text, sub):
    inc, = extracting.incidents(text, lang, JULY)
    assert inc.sub_event_type == sub
