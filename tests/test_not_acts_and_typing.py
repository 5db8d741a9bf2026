"""Not acts, and acts typed by the wrong word (h-notacts, 2026-12-06): sentences we wrote in the style of news, French
and English, with guards.

- A march told peacefully in its own sentence stays a peaceful protest when a later sentence is a police spokeswoman's
  account of a crowd that attacked a police station: the forces named only as who speaks do nothing to the protest
  (incidents._force_on_the_protest), so that account spills no riot on the march told before it. « Les
  manifestations ont dégénéré » says the protests turned violent (a riot cue, as "turned violent").
- A warning is of what may come ("The UN warned of renewed violence", « l'ONU a mis en garde contre un regain de
  violences »: events._warned_of), unless it reports a clause told with a tense ("Violence flared again, the UN
  warned").
- An act told only as what a commission, an inquiry into the past or a report is on, with no day of its own, is no
  incident (incidents._told_only_as_inquired); dated in its own phrase (« du 12 mai »), it stays a recalled
  incident of that day (conventions: an older act named with its day is recalled, dated by its own phrase).
- The hurt evacuated after an attack are no ground given up (CONTEXT_WORDS["evacuees"], "not_object:evacuees" on
  "evacuate"): the act is the attack, with its wounded; troops that evacuate a town still withdraw from it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import ATT, EXF, NVT, PEA, PRO, RIO, VAC, VIO, incidents

PUB = dt.date(2026, 12, 2)
TUESDAY = dt.date(2026, 12, 1)

KISUMU_FR = (
    "NAIROBI, 2 décembre 2026 (AFP) - La police kényane a tiré des gaz lacrymogènes et à balles réelles sur des "
    "manifestants mardi à Kisumu, dans l'ouest du pays, tuant deux personnes et en blessant au moins 15, selon un "
    "responsable de l'hôpital, alors que les manifestations contre un nouveau projet de loi de finances ont dégénéré "
    "dans plusieurs villes. À Nairobi, des centaines de jeunes ont défilé pacifiquement jusqu'au Parlement en scandant "
    "des slogans contre les hausses d'impôts. La porte-parole de la police, Muthoni Kariuki, a affirmé que les agents "
    "avaient agi en légitime défense après qu'une foule eut attaqué un commissariat à coups de pierres et de cocktails "
    "Molotov.")
KISUMU_EN = (
    "NAIROBI, Dec 2, 2026 (Reuters) - Kenyan police fired tear gas and live rounds at protesters in the western city "
    "of Kisumu on Tuesday, killing two people and wounding at least 15, a hospital official said, as demonstrations "
    "against a new finance bill turned violent in several towns. In Nairobi, hundreds of young people marched "
    "peacefully to parliament, chanting slogans against the tax increases. Police spokeswoman Muthoni Kariuki said "
    "officers had acted in self-defence after a crowd attacked a police station with stones and petrol bombs.")

def _by_place(incs):
    return {i.location.name if i.location else None: i for i in incs}


@pytest.mark.parametrize("text,lang", [(KISUMU_FR, "fr"), (KISUMU_EN, "en")], ids=["fr", "en"])
def test_peaceful_march_keeps_its_type_beside_a_spokeswomans_account(text, lang):
    got = _by_place(incidents(text, lang, PUB))
    assert set(got) == {"Kisumu", "Nairobi"}
    march = got["Nairobi"]
    assert (march.event_type, march.sub_event_type) == (PRO, PEA)
    assert [a.kind for a in march.actors if a.role == "actor1"] == ["protesters"]
    assert march.date.start == TUESDAY
    shooting = got["Kisumu"]
    # "turned violent", « ont dégénéré »: the protests became a riot, the police's two dead its toll
    assert (shooting.event_type, shooting.sub_event_type) == (RIO, VIO)
    assert shooting.fatalities.best == 2


def test_degenerated_protests_are_a_riot_fr():
    text = ("Les manifestations contre la vie chère ont dégénéré mardi à Kisumu, où des commerces ont été "
            "incendiés.")
    (inc,) = incidents(text, "fr", PUB)
    assert (inc.event_type, inc.sub_event_type) == (RIO, VIO)


NO_ACT = [
    ("The UN warned on Tuesday of renewed violence in Bambari after weeks of calm.", "en"),
    ("Aid agencies cautioned on Monday against fresh fighting around Kaga-Bandoro.", "en"),
    ("L'ONU a mis en garde mardi contre un regain de violences à Bambari après des semaines de calme.", "fr"),
    ("L'ONU a averti mardi d'un regain de violences à Bambari.", "fr"),
    ("Une commission d'enquête sur les massacres de Bria a rendu son rapport mardi.", "fr"),
    ("A commission of inquiry into the massacres in Bria delivered its report on Tuesday.", "en"),
    ("Human Rights Watch published a report on the killings of civilians in Bria on Tuesday.", "en"),
    ("Amnesty a publié mardi un rapport sur les tueries de civils à Bria.", "fr"),
]


@pytest.mark.parametrize("text,lang", NO_ACT, ids=[f"{lang}-{t[:40]}" for t, lang in NO_ACT])
def test_warnings_and_inquiries_are_no_acts(text, lang):
    assert incidents(text, lang, PUB) == []


TOLD = [
    # guards: a warning that reports a clause told with a tense; an act told beside a warning
    ("Violence flared again in Bambari on Tuesday, the UN warned.", "en", "Bambari"),
    ("Les violences ont repris mardi à Bambari, a averti l'ONU.", "fr", "Bambari"),
    ("The army warned residents on Tuesday after gunmen attacked a market in Bambari.", "en", "Bambari"),
    # a report that tells the act as its content is the act's first report
    ("Human Rights Watch said in a report that soldiers killed 30 villagers in Bria on Monday.", "en", "Bria"),
]


@pytest.mark.parametrize("text,lang,place", TOLD, ids=[f"{lang}-{t[:40]}" for t, lang, _ in TOLD])
def test_acts_told_beside_a_warning_or_in_a_report_stay(text, lang, place):
    (inc,) = incidents(text, lang, PUB)
    assert inc.event_type == VAC and inc.sub_event_type == ATT
    assert inc.location.name == place
    assert not inc.recalled


DATED_INQUIRY = [
    ("Une commission d'enquête sur les massacres de Bria du 12 mai a rendu son rapport mardi.", "fr"),
    ("A commission of inquiry into the May 12 massacres in Bria delivered its report on Tuesday.", "en"),
]


@pytest.mark.parametrize("text,lang", DATED_INQUIRY, ids=["fr", "en"])
def test_an_inquiry_into_an_act_of_its_own_day_recalls_it(text, lang):
    (inc,) = incidents(text, lang, PUB)
    assert inc.recalled
    assert inc.sub_event_type == ATT
    assert (inc.date.start, inc.date.end) == (dt.date(2026, 5, 12), dt.date(2026, 5, 12))
    assert any(e.field == "date" and "12" in e.text for e in inc.evidence)


EVACUATED = [
    ("Twelve wounded were evacuated to Ouagadougou on Tuesday after gunmen attacked a market in Kaya.", "en"),
    ("Douze blessés ont été évacués vers Ouagadougou mardi après l'attaque d'un marché de Kaya par des hommes armés.",
     "fr"),
    ("Douze blessés ont été évacués vers Ouagadougou mardi après que des hommes armés ont attaqué un marché de Kaya.",
     "fr"),
]


@pytest.mark.parametrize("text,lang", EVACUATED, ids=[f"{lang}-{t[-30:]}" for t, lang in EVACUATED])
def test_the_hurt_evacuated_after_an_attack_are_the_attacks(text, lang):
    (inc,) = incidents(text, lang, PUB)
    assert (inc.event_type, inc.sub_event_type) == (VAC, ATT)
    assert inc.location.name == "Kaya"
    assert inc.injured.best == 12
    assert inc.date.start == TUESDAY
    assert [a.kind for a in inc.actors if a.role == "actor1"] == ["unidentified"]


WITHDRAWN = [
    ("Soldiers evacuated the town of Djibo on Tuesday as jihadists advanced.", "en"),
    ("Les militaires ont évacué la ville de Djibo mardi face à l'avancée des jihadistes.", "fr"),
]


@pytest.mark.parametrize("text,lang", WITHDRAWN, ids=["en", "fr"])
def test_troops_evacuating_a_town_still_withdraw(text, lang):
    (inc,) = incidents(text, lang, PUB)
    assert inc.sub_event_type == NVT
    assert inc.location.name == "Djibo"


def test_excessive_force_kept_for_a_march_fired_on_fr():
    text = ("Des centaines d'étudiants ont défilé pacifiquement mardi à Kisumu ; la police a tiré à balles réelles "
            "sur le cortège, tuant deux étudiants.")
    (inc,) = incidents(text, "fr", PUB)
    assert (inc.event_type, inc.sub_event_type) == (PRO, EXF)


ART = "Shelling/artillery/missile attack"
CHE = "Chemical weapon"
SHELLS = [
    ("About 40 people were treated for breathing difficulties in Kadugli after rebels fired shells into the town, "
     "officials said on Monday. Doctors said the shells contained chlorine.", "en", CHE, "chlorine"),
    ("Une quarantaine de personnes ont été soignées pour des difficultés respiratoires à Kadugli après des tirs d'obus "
     "des rebelles sur la ville, ont indiqué lundi des responsables. Selon des médecins, les obus contenaient du "
     "chlore.", "fr", CHE, "chlore"),
    # guard: the shells told again with no agent stay a shelling
    ("Rebels fired shells into Kadugli on Monday, killing three people. Doctors said the wounded had been treated in "
     "the town's hospital.", "en", ART, "shells"),
]


@pytest.mark.parametrize("text,lang,sub,word", SHELLS, ids=["en-chlorine", "fr-chlore", "en-no-agent"])
def test_shells_told_again_with_a_chemical_agent(text, lang, sub, word):
    (inc,) = incidents(text, lang, PUB)
    assert inc.sub_event_type == sub
    assert inc.location.name == "Kadugli"
    assert [e.text for e in inc.evidence if e.field == "sub_event_type"] == [word]


LEFT = [
    pytest.param(
        "About 40 people were treated for breathing difficulties in Kadugli after rebels fired shells into the town, "
        "officials said on Monday. Residents suspect the shells contained poisonous gas.", "en", "sub", CHE,
        # mended by events._suspected_load (tests/test_event_paraphrase_dev_style3.py): what known munitions held,
        # in a clause of suspicion, types the firing
        id="en-suspected-agent"),
    pytest.param(
        "Une commission d'enquête sur les massacres de Bria du 12 mai a rendu son rapport mardi.", "fr", "place",
        "Bria",
        marks=pytest.mark.xfail(strict=True, reason="« de Bria » on « massacres » is not read as the act's place (the "
                                                    "English twin's 'in Bria' is)"),
        id="fr-inquiry-place"),
]


@pytest.mark.parametrize("text,lang,field,expected", LEFT)
def test_left_over(text, lang, field, expected):
    (inc,) = incidents(text, lang, PUB)
    got = inc.sub_event_type if field == "sub" else inc.location.name if inc.location else None
    assert got == expected


# a report that is the source of the sentence's words ("according to a report on the clashes", « selon un rapport sur
# les affrontements », « d'après ... »): the act it tells is the news, dated by its own day, not recalled (the lead's
# mend after the merge: test_stories_a41_a43's maker row built nothing)
SOURCE_REPORT = [
    ("At least 17 fighters were killed near Ndele on Saturday, according to a report on the clashes.", "en"),
    ("Au moins 17 combattants ont été tués samedi près de Ndélé, selon un rapport sur les affrontements.", "fr"),
    ("Au moins 17 combattants ont été tués samedi près de Ndélé, d'après un rapport sur les affrontements.", "fr"),
]


@pytest.mark.parametrize("text,lang", SOURCE_REPORT, ids=[f"{lang}-{k}" for k, (_, lang) in enumerate(SOURCE_REPORT)])
def test_a_report_that_is_the_source_tells_the_news(text, lang):
    (inc,) = incidents(text, lang, PUB)
    assert not inc.recalled
    assert inc.date.precision == "day" and inc.date.start.weekday() == 5
    assert (inc.fatalities.low, inc.fatalities.best) == (17, 17)
