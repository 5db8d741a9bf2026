"""Rows from wire stories of our own (h-frstories): French AFP-style and English Reuters/AP-style dispatches from the
Sahel, the Central African Republic, Kivu, Sudan, Haiti, Myanmar and Mozambique, each telling two to four acts with
sources that disagree, a claim or a denial, a toll revised, an act recalled from days before and a paragraph of
background. Names, places and figures are made up.

- SOROBENA (fr, central Mali): « Au moins 23 civils ont été tués mardi ... » by local sources; an earlier toll of 14
  (« Un précédent bilan faisait état de 14 morts »), an army official's « une quinzaine de victimes » and, in the
  same sentence after « tandis que », a Fulani association's « 31 personnes avaient péri ».
  * « avaient péri »: the tagger reads « péri » after « avaient » as an adjective whose lemma is « péri », so no word of
    death was found and the association's 31 was lost; « péri » is a death cue and a dying word
    (events_fr.DEATH_CUES, victims_fr.DYING_WORDS): the range reaches 31.
  * two figures of the dead in one sentence, each told under a verb of saying of its own with a subject of its own
    (« Un responsable ... a évoqué une quinzaine ..., tandis qu'une association a affirmé que 31 ... »), are each
    source's toll of the same dead, not different people to add (incidents._each_its_speakers_figure, read where the
    sentence's figures are grouped and where an act's first toll is summed): 13 to 31, best 23, both claims dispute.
    The same in English ("An army official said 15 people were killed, while a rights group said 31 people had
    died": 15 to 31, never 46).
  * a toll told as an earlier one with no maker names no one: no claim speaker « précédent bilan »
    (claims._speaker_from, quantities_<lang>.EARLIER_TOLL).
- KAGA-BANDORO (fr, CAR): « Des rebelles de la Coalition des patriotes pour le changement (CPC) ont tué huit soldats
  centrafricains ». The full name was read as the international coalition (alias « coalition ») and the CPC became
  the soldiers' side; the full names are aliases of the CPC (actors_fr, actors_en): CPC actor1, the CAR forces
  actor2, in both languages.
- EL FASHER (en, Sudan): drone strikes kill at least 41 at a market; "the toll had risen from an earlier count of 28";
  a medical source's 35; the RSF's denial. "earlier count" (and "initial count", "previous tally", « premier
  décompte » ...) is an earlier toll (quantities_<lang>.EARLIER_TOLL): the range is 35 to 41, not 28 to 41.
- TABAYIN (en, Myanmar): an airstrike on a monastery kills at least 14; "A resident who helped bury the dead said 18
  people were killed". The casualty word nearest "A resident" was the object of the relative clause on it, so the
  resident was counted as one more dead (19) and a civilian toll of one; a casualty word that is the object of a verb
  of a relative clause on the counted noun is no harm of theirs (incidents._dead_acted_on_by): 14 to 18.
- MIREBALAIS (en, Haiti), a strict xfail until h-counts6: the gang's claim "saying its fighters had taken control of
  the town's police station" became an act of its own (territory taken) that took the rights group's toll of 27 from
  the attack; an act told inside a claim of responsibility for an act it names is that act told again
  (incidents._act_inside_a_claim): 19 to 27.
- EN "accused" background (Kivu): "The ADF, which is affiliated with Islamic State, is accused of killing thousands"
  named "is affiliated with Islamic State" as the one the allegation is of: the words before a verb with no subject
  were cut at the relative pronoun of a clause on the noun before it, not of the verb's own clause; a relative whose
  clause hangs on the verb's subject cuts nothing (claims._left_speaker): "ADF", as in French (« Les ADF, affiliées
  au groupe État islamique, sont accusées de ... »).
- "the toll had risen from 28", « le bilan est passé de 28 à 41 morts »: the figure a toll changed from
  (quantities_<lang>.SUPERSEDED_BEFORE, incidents._superseded_figure, read in classify_quantities) is no toll: dropped,
  or, read as one range with the new figure ("from 28 to 41"), narrowed to the figure it rose to; it disputed the
  lead's 41 before (28 to 41).
Every row failed on the code before this branch but those marked guards.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

SOROBENA = (
    "BAMAKO, 12 nov 2026 (AFP) - Au moins 23 civils ont été tués mardi dans l'attaque du village de Sorobéna, dans le "
    "centre du Mali, par des hommes armés, ont indiqué mercredi à l'AFP des sources locales et sécuritaires.\n\n"
    "\"Les assaillants sont arrivés à moto vers 17H00 et ont tiré sur les habitants rassemblés au marché\", a raconté "
    "un élu local sous couvert d'anonymat. Un précédent bilan faisait état de 14 morts.\n\n"
    "Un responsable de l'armée malienne a pour sa part évoqué \"une quinzaine de victimes\", tandis qu'une association "
    "peule a affirmé que 31 personnes avaient péri.\n\n"
    "L'attaque n'a pas été revendiquée, mais la zone est un bastion du Groupe de soutien à l'islam et aux musulmans "
    "(JNIM), lié à Al-Qaïda. Samedi, des jihadistes avaient déjà incendié une école à Diallassagou, à une trentaine de "
    "kilomètres.\n\n"
    "Le Mali est confronté depuis 2012 à des violences jihadistes qui ont fait des milliers de morts.")
SOROBENA_PUB = dt.date(2026, 11, 12)  # a Thursday: « mardi » is 10 November

KAGA = (
    "BANGUI, 3 oct 2026 (AFP) - Des rebelles de la Coalition des patriotes pour le changement (CPC) ont tué huit "
    "soldats centrafricains jeudi lors d'une embuscade près de Kaga-Bandoro, dans le nord de la Centrafrique, a annoncé "
    "vendredi le gouvernement.\n\n"
    "La CPC a revendiqué l'attaque dans un communiqué, affirmant avoir \"neutralisé une vingtaine de militaires\", un "
    "chiffre démenti par l'état-major.\n\n"
    "Selon une source humanitaire, douze soldats ont été blessés et plusieurs véhicules incendiés.\n\n"
    "Mardi, des hommes armés avaient enlevé quatre travailleurs humanitaires sur l'axe Kaga-Bandoro-Mbrès.\n\n"
    "La Centrafrique est plongée dans une guerre civile depuis 2013.")
KAGA_PUB = dt.date(2026, 10, 3)  # a Saturday: « jeudi » is 1 October

FASHER = (
    "KHARTOUM, Sept 9 (Reuters) - Drone strikes blamed on the paramilitary Rapid Support Forces killed at least 41 "
    "people at a market in El Fasher on Sunday, a local aid group said, while the RSF denied any involvement.\n\n"
    "The Emergency Lawyers group said the toll had risen from an earlier count of 28, and that more than 60 people were "
    "wounded. A medical source at the city's only working hospital put the number of dead at 35.\n\n"
    "In a statement on Telegram, the RSF said it \"had no forces in the area\" and accused the army of shelling the "
    "market itself.\n\n"
    "On Thursday, RSF fighters shelled a camp for displaced people north of the city, killing five, residents said.\n\n"
    "Sudan's war between the army and the RSF, which erupted in April 2023, has killed tens of thousands of people.")
FASHER_PUB = dt.date(2026, 9, 9)  # a Wednesday: "on Sunday" is 6 September

TABAYIN = (
    "YANGON, Myanmar (AP) - A military airstrike on a monastery in the Sagaing region killed at least 14 villagers, "
    "including six children, on Tuesday, a local resistance group and residents said.\n\n"
    "The Sagaing People's Defense Force said the jets dropped two bombs on the monastery in Tabayin township, where "
    "about 200 people had taken shelter. A resident who helped bury the dead said 18 people were killed and more than "
    "30 wounded.\n\n"
    "The military government denied carrying out the strike, saying in a statement that its forces had targeted "
    "\"terrorist\" positions.\n\n"
    "Last week, an airstrike on a school in the neighboring Magway region killed nine students.\n\n"
    "The military seized power in February 2021, ousting the elected government of Aung San Suu Kyi.")
TABAYIN_PUB = dt.date(2026, 11, 18)

MIREBALAIS = (
    "PORT-AU-PRINCE, Haiti (AP) - Gang members killed at least 19 people and set fire to dozens of homes in the town of "
    "Mirebalais on Saturday, Haitian police said Monday.\n\n"
    "The Viv Ansanm gang coalition claimed responsibility for the attack in a video posted on social media, saying its "
    "fighters had taken control of the town's police station. Police spokesman Lionel Durand said the officers had "
    "retreated but denied that the station had fallen.\n\n"
    "A local human rights group said 27 people were killed, including four police officers, and that the toll could "
    "rise.\n\n"
    "Two days earlier, gunmen ambushed a bus on the road to Saut-d'Eau, wounding 11 passengers, according to the civil "
    "protection agency.\n\n"
    "Gang violence has killed more than 4,000 people in Haiti since January, according to the United Nations.")
MIREBALAIS_PUB = dt.date(2026, 11, 16)


def _acts(inc):
    return [a.name for a in inc.actors if a.role == "actor1"], [a.name for a in inc.actors if a.role == "actor2"]


def _span(r):
    return (r.low, r.best, r.high)


@pytest.fixture(scope="module")
def sorobena():
    return extracting.incidents(SOROBENA, "fr", SOROBENA_PUB)


@pytest.fixture(scope="module")
def kaga():
    return extracting.incidents(KAGA, "fr", KAGA_PUB)


@pytest.fixture(scope="module")
def fasher():
    return extracting.incidents(FASHER, "en", FASHER_PUB)


@pytest.fixture(scope="module")
def tabayin():
    return extracting.incidents(TABAYIN, "en", TABAYIN_PUB)


def test_sorobena_the_sources_tolls_span_13_to_31(sorobena):
    lead = sorobena[0]
    assert (lead.date.start, lead.date.precision) == (dt.date(2026, 11, 10), "day")
    assert lead.location.name == "Sorobéna" and lead.location.country == "ML"
    assert _span(lead.fatalities) == (13, 23, 31)
    by = {c.speaker: c for c in lead.claims if c.speaker}
    assert by["responsable de l'armée malienne"].stance == "disputes"
    assert by["association peule"].stance == "disputes"


def test_sorobena_an_earlier_toll_names_no_speaker(sorobena):
    assert not any(c.speaker and "bilan" in c.speaker.lower() for i in sorobena for c in i.claims)


def test_sorobena_the_school_burnt_on_saturday_is_recalled(sorobena):  # guard (passed before)
    (school,) = [i for i in sorobena if i.location is not None and i.location.name == "Diallassagou"]
    assert school.recalled and school.date.start == dt.date(2026, 11, 7)


@pytest.mark.parametrize("text,lang,span", [
    pytest.param("Au moins 23 civils ont été tués mardi par des hommes armés dans le village de Sorobéna, ont indiqué "
                 "des sources locales. Une association a affirmé que 31 personnes avaient péri.", "fr", (23, 23, 31),
                 id="fr-avaient-peri"),
    pytest.param("Au moins 23 civils ont été tués mardi par des hommes armés dans le village de Sorobéna, ont indiqué "
                 "des sources locales. Un responsable de l'armée a évoqué une quinzaine de morts, tandis qu'une "
                 "association a affirmé que 31 personnes avaient été tuées.", "fr", (13, 23, 31),
                 id="fr-two-sources-one-sentence"),
    pytest.param("Gunmen killed at least 23 civilians in the village of Sorobena on Tuesday, local sources said. An "
                 "army official said 15 people were killed, while a rights group said 31 people had died.", "en",
                 (15, 23, 31), id="en-two-sources-one-sentence"),
    pytest.param("An army official said 15 people were killed in the attack on Sorobena on Tuesday, while a rights "
                 "group said 31 people had died.", "en", (15, 15, 31), id="en-two-sources-first-sentence"),
    pytest.param("Drone strikes killed at least 41 people at a market in El Fasher on Sunday, a local aid group said. "
                 "The group said the toll had risen from an earlier count of 28.", "en", (41, 41, None),
                 id="en-earlier-count"),
])
def test_tolls_of_sources(text, lang, span):
    inc = extracting.incidents(text, lang, SOROBENA_PUB)[0]
    assert _span(inc.fatalities) == span


@pytest.mark.parametrize("text", [  # guard (passed before): two figures of different people are added
    pytest.param("Nine policemen were killed in the attack, officials said, while more than 20 Taliban died.",
                 id="en-different-people"),
])
def test_different_people_in_one_sentence_still_add_up(text):
    (inc,) = extracting.incidents(text, "en", SOROBENA_PUB)
    assert inc.fatalities.best == 30


def test_kaga_bandoro_the_cpc_by_its_full_name(kaga):
    lead = kaga[0]
    assert _acts(lead) == (["Coalition of Patriots for Change"], ["Military Forces of the Central African Republic"])
    assert (lead.date.start, lead.fatalities.best, lead.injured.best) == (dt.date(2026, 10, 1), 8, 12)
    (taken,) = [i for i in kaga if i.sub_event_type == "Abduction/forced disappearance"]
    assert taken.recalled and taken.date.start == dt.date(2026, 9, 29)


def test_the_cpc_by_its_full_name_in_english():
    (inc,) = extracting.incidents(
        "Rebels from the Coalition of Patriots for Change (CPC) killed eight Central African soldiers on Thursday in an "
        "ambush near Kaga-Bandoro, the government said on Friday.", "en", KAGA_PUB)
    assert _acts(inc) == (["Coalition of Patriots for Change"], ["Military Forces of the Central African Republic"])


def test_el_fasher_an_earlier_count_is_no_source(fasher):
    lead = fasher[0]
    assert lead.sub_event_type == "Air/drone strike" and lead.date.start == dt.date(2026, 9, 6)
    assert _span(lead.fatalities) == (35, 41, None)
    assert [c.certainty for c in lead.claims if c.speaker == "RSF"][0] == "denied"


def test_tabayin_the_resident_who_buried_the_dead_is_not_one_of_them(tabayin):
    lead = tabayin[0]
    assert _acts(lead)[0] == ["Military Forces of Myanmar"]
    assert _span(lead.fatalities) == (14, 14, 18)
    assert lead.civilian_fatalities.low == 14


# (was a strict xfail: the act told inside the claim of responsibility is folded into the attack it owns up to,
# incidents._act_inside_a_claim, h-counts6)
# (the rights group adds "and that the toll could rise": a toll that could rise opens the high end, docs/conventions.md,
# Claims: tolls across sources; the row first asked for (19, 27))
def test_mirebalais_the_rights_groups_toll_is_the_attacks():
    incs = extracting.incidents(MIREBALAIS, "en", MIREBALAIS_PUB)
    lead = incs[0]
    assert lead.sub_event_type == "Attack"
    assert (lead.fatalities.low, lead.fatalities.high) == (19, None)
    assert [(c.stance, c.fatalities.best) for c in lead.claims if c.speaker == "local human rights group"] == [
        ("disputes", 27)]
    assert not any(i.sub_event_type == "Non-state actor overtakes territory" for i in incs)


def test_the_accused_named_past_a_relative_clause():
    incs = extracting.incidents("Gunmen killed six civilians in Oicha on Thursday, local sources said. The ADF, which "
                                "is affiliated with Islamic State, is accused of killing thousands of civilians in "
                                "eastern Congo.", "en", dt.date(2026, 8, 21))
    accused = [c for i in incs for c in i.claims if c.text.startswith("The ADF")]
    assert [(c.speaker, c.organisation) for c in accused] == [("ADF", "Allied Democratic Forces")]


@pytest.mark.parametrize("text,lang", [
    pytest.param("Drone strikes killed at least 41 people at a market in El Fasher on Sunday, a local aid group said. "
                 "The group said the toll had risen from 28.", "en", id="en-risen-from"),
    pytest.param("Des frappes de drones ont tué au moins 41 personnes dimanche sur un marché d'El Facher, selon une ONG "
                 "locale. Le bilan est passé de 28 à 41 morts, a précisé l'ONG.", "fr", id="fr-passe-de-a"),
])
def test_a_toll_risen_from_a_figure(text, lang):
    (inc,) = extracting.incidents(text, lang, FASHER_PUB)
    assert _span(inc.fatalities) == (41, 41, None)
    assert all(c.stance == "supports" for c in inc.claims)
