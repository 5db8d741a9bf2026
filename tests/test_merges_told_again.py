"""Merges of an act told again (h-merge2). Rows of our own, French and English, written before the rules.

- A fight told again in the plural ("The clashes left nine people dead", « Les combats ont fait neuf morts », « Ces
  affrontements ») after one fight told is that fight, as "the fighting" is (incidents._plural_told_back,
  events_<lang>.FIGHT_NOUNS; French plural determiners in events_fr.PLURAL_DEFINITE_DETERMINERS). Guards: a fight
  told again in another town, or on another day, stays an act of its own.
- Two mentions of one act that carry the same date words ("on Monday", « lundi ») keep them once merged: the kept
  date keeps its evidence (incidents._merge_anaphor). A later act dated by its own day keeps its own.
- The lead's day is lent to no act of a sentence that measures the time from one act to another ("These attacks took
  place one day after the attack on the barracks in Bozoum": incidents._time_between_acts).
- « L'armée a affirmé avoir « libéré » le camp »: a camp is ground taken or taken back in French as in English
  ("liberated the camp"): the army's act, dated by its own day; taken back "from the rebels" who stormed it (the
  words its doers were told by), the army's own act, no version of the storming (incidents._doers_own_word).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

DEC2 = dt.date(2026, 12, 2)  # a Wednesday: Monday is 30 November, Tuesday 1 December
MON = dt.date(2026, 11, 30)
TUE = dt.date(2026, 12, 1)
CAR_ARMY = "military forces of the central african republic"


# --- a fight told again in the plural: (text, lang, the plural's word)
TOLD_AGAIN = [
    ("Soldiers clashed with anti-balaka militiamen in Bossangoa on Monday. The clashes left nine people dead, a local "
     "official told AFP.", "en", "clashes"),
    ("The Central African army repelled a rebel attack on Bossangoa on Monday. The clashes left nine people dead, a "
     "local official said.", "en", "clashes"),
    ("L'armée centrafricaine a repoussé lundi une attaque de rebelles à Bossangoa. Les combats ont fait neuf morts, "
     "selon un responsable local.", "fr", "combats"),
    ("Des combats ont opposé lundi l'armée à des rebelles près de Bossangoa. Ces affrontements ont fait neuf morts, "
     "selon un responsable local.", "fr", "affrontements"),
    ("Fighting broke out between the army and rebels near Bossangoa on Monday. These clashes left nine people dead, a "
     "local official said.", "en", "clashes"),
    ("Des soldats ont affronté lundi des miliciens anti-balaka à Bossangoa. Les affrontements ont fait neuf morts, a "
     "indiqué à l'AFP un responsable local.", "fr", "affrontements"),
]


@pytest.mark.parametrize("text,lang,word", extracting.indexed_params(TOLD_AGAIN))
def test_a_fight_told_again_in_the_plural_is_that_fight(text, lang, word):
    got = extracting.incidents(text, lang, DEC2)
    assert len(got) == 1, [(i.sub_event_type, i.location.name, i.fatalities) for i in got]
    fight = got[0]
    assert (fight.event_type, fight.sub_event_type) == (extracting.BAT, "Armed clash")
    assert fight.date.start == MON and fight.location.name == "Bossangoa"
    assert fight.fatalities is not None and fight.fatalities.single() == 9
    assert CAR_ARMY in extracting.doers(fight)
    told = [e for e in fight.evidence if e.field == "event_type"]
    assert word in [e.text for e in told] and len(told) == 2
    assert all(text[e.start:e.end] == e.text for e in told)


# --- guards: a fight told again in another town or on another day stays its own: (text, lang, [(place, day, dead)])
APART = [
    ("Soldiers clashed with rebels in Bossangoa on Monday, killing four rebels. The clashes in Bria left nine people "
     "dead, a local official said.", "en", [("Bossangoa", MON, 4), ("Bria", MON, 9)]),
    ("Des combats ont opposé lundi l'armée à des rebelles à Bossangoa, faisant quatre morts. Les affrontements de Bria "
     "ont fait neuf morts, selon un responsable local.", "fr", [("Bossangoa", MON, 4), ("Bria", MON, 9)]),
    ("Soldiers clashed with rebels in Bossangoa on Monday, killing four. The clashes on Tuesday left nine people "
     "dead, a local official said.", "en", [("Bossangoa", MON, 4), ("Bossangoa", TUE, 9)]),
    ("Des combats ont opposé lundi l'armée à des rebelles à Bossangoa, faisant quatre morts. Les combats de mardi ont "
     "fait neuf morts, selon un responsable local.", "fr", [("Bossangoa", MON, 4), ("Bossangoa", TUE, 9)]),
]


@pytest.mark.parametrize("text,lang,acts", extracting.indexed_params(APART))
def test_a_fight_told_again_elsewhere_or_another_day_stays_its_own(text, lang, acts):
    got = extracting.incidents(text, lang, DEC2)
    assert sorted((i.location.name, i.date.start, i.fatalities.single() if i.fatalities else None) for i in got) \
        == sorted(acts)
    assert all(i.event_type == extracting.BAT for i in got)


# --- the date words two mentions share, kept once merged: (text, lang, [(the act's day, its date words)])
DATED = [
    ("BANGUI, Dec 2, 2026 (AFP) - Rebels ambushed an army convoy near Bouar on Monday, killing at least eight "
     "soldiers, security sources told AFP. An army statement put the toll at five soldiers dead.", "en",
     [(MON, ["Monday"])]),
    ("BANGUI, 2 décembre 2026 (AFP) - Des rebelles ont tendu lundi une embuscade à un convoi de l'armée près de Bouar, "
     "tuant au moins huit soldats, selon des sources sécuritaires. Un communiqué de l'armée a fait état de cinq "
     "soldats tués.", "fr", [(MON, ["lundi"])]),
    # a later act dated by its own day: apart, each with its own date words
    ("BANGUI, Dec 2, 2026 (AFP) - Rebels ambushed an army convoy near Bouar on Monday, killing at least eight "
     "soldiers, security sources told AFP. On Tuesday, rebels attacked a police post in Baoro, killing two "
     "officers.", "en", [(MON, ["Monday"]), (TUE, ["Tuesday"])]),
]


@pytest.mark.parametrize("text,lang,acts", extracting.indexed_params(DATED))
def test_the_shared_date_words_stay_the_kept_dates_evidence(text, lang, acts):
    got = extracting.incidents(text, lang, DEC2)
    assert sorted((i.date.start, [e.text for e in i.evidence_for("date")]) for i in got) == sorted(acts)
    for inc in got:
        assert all(text[e.start:e.end] == e.text for e in inc.evidence_for("date"))
    if len(acts) == 1:
        (inc,) = got
        assert (inc.fatalities.low, inc.fatalities.best) == (5, 8)  # the two sources' tolls, one act


# --- the lead's day kept, and not lent to an act a sentence measures from another: "These attacks took place one day
# after the attack on ...", « un jour après l'attaque » (incidents._time_between_acts): (text, lang, the lead's words)
MAR14 = dt.date(2026, 3, 14)
MEASURED = [
    ("BANGUI, March 14, 2026 (AFP) - Three attacks were carried out early this morning, at a police station in Bouar, "
     "at a market in Baoro and at a bridge near Carnot. The police confirmed that armed men attacked the police station "
     "in Bouar. There were no casualties.\n\nThese attacks took place one day after the serious attack on the army "
     "barracks in Bozoum, which left seven people injured.", "en", "this morning"),
    ("BANGUI, 14 mars 2026 (AFP) - Trois attaques ont été menées tôt ce matin, contre un commissariat à Bouar, un "
     "marché à Baoro et un pont près de Carnot. La police a confirmé que des hommes armés ont attaqué le commissariat "
     "de Bouar. Il n'y a pas eu de victimes.\n\nCes attaques ont eu lieu un jour après la grave attaque contre la "
     "caserne de l'armée à Bozoum, qui a fait sept blessés.", "fr", "ce matin"),
]


@pytest.mark.parametrize("text,lang,words", extracting.indexed_params(MEASURED))
def test_the_lead_day_is_not_lent_to_an_act_measured_from_another(text, lang, words):
    got = extracting.incidents(text, lang, MAR14)
    lead = [i for i in got if i.location.name == "Bouar"]
    other = [i for i in got if i.location.name == "Bozoum"]
    assert len(lead) == 1 and len(other) == 1, [(i.location.name, i.date.start) for i in got]
    assert lead[0].date.start == MAR14 and [e.text for e in lead[0].evidence_for("date")] == [words]
    assert other[0].date.basis != "lead" and other[0].date.precision != "day"
    assert other[0].evidence_for("date") == []


# --- a camp taken back, in French as in English: the army's act of its own day (text, lang)
DEC4 = dt.date(2026, 12, 4)  # a Friday: Wednesday is 2 December
LIBERATED = [
    ("BANGUI, 4 décembre 2026 (AFP) - Des rebelles ont pris mardi le contrôle d'une localité proche de Bambari. "
     "Mercredi, l'armée centrafricaine a affirmé avoir « libéré » le camp de déplacés voisin.", "fr"),
    ("BANGUI, 4 décembre 2026 (AFP) - Les forces armées centrafricaines ont libéré mercredi le camp de Ndele, tenu "
     "depuis des mois par des rebelles.", "fr"),
    ("BANGUI, Dec 4, 2026 (AFP) - Central African armed forces on Wednesday liberated the camp of Ndele, held for "
     "months by rebels.", "en"),
    # the army telling it took the camp back from the rebels who stormed it, named by the same word: its own act, not
    # its version of the storming (incidents._doers_own_word)
    ("BANGUI, Dec 4, 2026 (AFP) - Rebels stormed a camp for displaced people near Bambari on Tuesday, killing at least "
     "12 people, the United Nations said. On Wednesday, the Central African army said it had \"liberated\" the camp "
     "from the rebels.", "en"),
    ("BANGUI, 4 décembre 2026 (AFP) - Des rebelles ont pris d'assaut mardi un camp de déplacés près de Bambari, tuant "
     "au moins 12 personnes, selon l'ONU. Mercredi, l'armée centrafricaine a affirmé avoir « libéré » le camp des "
     "rebelles.", "fr"),
]


@pytest.mark.parametrize("text,lang", extracting.indexed_params(LIBERATED))
def test_a_camp_liberated_is_ground_taken_back(text, lang):
    got = extracting.incidents(text, lang, DEC4)
    taken = [i for i in got if i.sub_event_type == "Government regains territory"]
    assert len(taken) == 1, [(i.sub_event_type, extracting.doers(i)) for i in got]
    assert taken[0].date.start == dt.date(2026, 12, 2)
    assert extracting.doers(taken[0]) == [CAR_ARMY]
    assert not any(CAR_ARMY in extracting.doers(i) for i in got if i is not taken[0])


# guard: a group telling the storming in its own word, taken "from" a kind of side other than the words its doers were
# told by, is its version of the storming: one act, the group's
def test_a_groups_own_word_for_the_storming_stays_its_version():
    got = extracting.incidents(
        "BANGUI, Dec 4, 2026 (AFP) - Gunmen stormed a camp for displaced people near Bambari on Tuesday, killing at "
        "least 12 people, the United Nations said. The UPC rebel group said it had \"liberated\" the camp from "
        "militias.", "en", DEC4)
    assert len(got) == 1, [(i.sub_event_type, extracting.doers(i)) for i in got]
    assert extracting.doers(got[0]) == ["upc"]
    assert got[0].date.start == dt.date(2026, 12, 1)
