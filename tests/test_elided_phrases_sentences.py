"""What the French lexicon phrases once written with an elided word before a space type now that they are written as
the text is tokenized (« tir d'artillerie », not « tir d' artillerie »: the tokenizer keeps « d' » whole in a text,
the space split the phrase's « d' » in two, so the phrase never matched; tests/test_lexicon_elided_phrases.py).
Each phrase has a sentence of our own where it now gives the type (its words are the evidence of the type), and a
guard that the type a shorter word gave before (« artillerie », « otage », « accord », « chef », « poste ») stays
the same. The context phrases (« chargé d'affaires », « traitement de l'eau », « point d'observation ») now do what
their class says; the attribution « d'après » now names the source of a claim, as « selon » does.

Run on the code before the phrases were rewritten: 10 of 35, the guards and the xfail; the evidence rows gave the
shorter word (« artillerie », « otages », « kamikaze »), « gilet d'explosifs » an armed clash, « tir d'essai » shelling
(by « missile balistique »), « cache d'armes » told with « mis au jour » no event, a « prise d'otages » ended by a
raid a territory taken (by « prise »), « point d'observation » no base, « chargé d'affaires » an expulsion typed
Other, « traitement de l'eau » and « réseau d'eau » a chemical weapon, « s'emparer du pouvoir » (a phrase of four
words, no phrasal verb) a territory taken, and « d'après » no source (also once written « d'après »: the parser
hangs « D' » on the source and « après » on « D' », claims.py now takes the source there; places.py read the
phrase as one word « d'après », now as the tokenizer gives it, so a name after it speaks and is no place: two rows
below had « Florence » and « Lourdes » as the place). After: 34 of 35, one
strict xfail (« des officiers » who seize power: no armed actor, so « emparer du pouvoir », which needs one, gives
nothing; before it was a territory taken by a non-state actor, as wrong)."""

from __future__ import annotations

import pytest

from extracting import ABD, AGR, ART, CHG, DIS, HQ, OTH, SUI, incidents

# (text, sub-event type, the words that are the evidence of the type)
TYPED = [
    ("Des tirs d'artillerie ont frappé le village de Koubéra mardi, tuant trois civils, selon la mairie.", ART,
     "tirs d'artillerie"),
    ("Un tir d'artillerie a touché un marché de Sendaro lundi, faisant deux morts.", ART, "tir d'artillerie"),
    ("Une prise d'otages a eu lieu mardi dans une banque de Morvalle, où des hommes armés retiennent six employés.",
     ABD, "prise d'otages"),
    ("La prise d'otage s'est terminée mercredi à Morvalle : les quatre otages ont été libérés.", ABD,
     "prise d'otage"),
    ("Les forces spéciales ont mis fin à une prise d'otages dans un hôtel de Morvalle, tuant les trois assaillants.",
     ABD, "prise d'otages"),
    ("Les militaires ont mis au jour une cache d'armes appartenant aux rebelles à Tiraval samedi.", DIS,
     "cache d'armes"),
    ("Un kamikaze portant une ceinture d'explosifs s'est fait exploser dans une mosquée de Dalbi vendredi, tuant sept "
     "fidèles.", SUI, "ceinture d'explosifs"),
    ("Un homme portant un gilet d'explosifs s'est fait exploser devant la caserne de Dalbi jeudi, tuant quatre "
     "soldats.", SUI, "gilet d'explosifs"),
    ("Le gouvernement et les rebelles ont signé un protocole d'accord à Lomara jeudi.", AGR, "protocole d'accord"),
    ("L'armée a procédé à un tir d'essai d'un nouveau missile balistique mardi près de Norvik.", OTH, "tir d'essai"),
    ("Des militaires se sont emparés du pouvoir à Lomara mardi.", OTH, "emparés du pouvoir"),
    # the guards: a shorter word types as before
    ("L'artillerie de l'armée a pilonné les positions rebelles près de Sendaro lundi.", ART, "artillerie"),
    ("Des hommes armés ont enlevé deux otages français dans le nord du pays mardi.", ABD, "enlevé"),
    ("Les soldats ont découvert une cache d'armes dans une maison de Tiraval samedi.", DIS, "découvert"),
    ("La police a saisi un dépôt d'armes près de Tiraval dimanche.", DIS, "saisi"),
    ("Le gouvernement et les rebelles ont signé un accord à Lomara jeudi.", AGR, "accord"),
    ("Le mouvement rebelle a nommé un nouveau chef d'état-major mardi à Garan.", CHG, "nommé"),
    ("Les insurgés ont installé un poste d'observation sur la colline de Garan mardi.", HQ, "installé"),
    # a context phrase of the base class: « établir » needs a base near it
    ("Les insurgés ont établi un point d'observation sur la colline de Garan la semaine dernière.", HQ, "établi"),
]

XFAIL_TYPED = {
    "Des officiers s'emparent du pouvoir à Lomara.": "« officiers » is no armed actor: the phrase needs one",
}
TYPED += [("Des officiers s'emparent du pouvoir à Lomara.", OTH, "emparent du pouvoir")]


@pytest.mark.parametrize("text,sub,words", [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=XFAIL_TYPED[row[0]]))
    if row[0] in XFAIL_TYPED else row for row in TYPED])
def test_phrase_types_the_event(text, sub, words):
    got = incidents(text, "fr")
    assert [i.sub_event_type for i in got] == [sub], [(i.sub_event_type, i.summary) for i in got]
    inc = got[0]
    assert [e.text for e in inc.evidence_for("sub_event_type")] == [words]
    ev = inc.evidence_for("sub_event_type")[0]
    assert text[ev.start:ev.end] == words


# no event: the context phrase takes the trigger's type away
NONE = [
    # an expelled diplomat is no expulsion of people (« expulser » not:diplomat)
    "Le gouvernement a expulsé le chargé d'affaires de Norvalie lundi à Lomara.",
    # chlorine of a water works is no chemical weapon (« chlore » not:water_treatment)
    "Une fuite de chlore dans une usine de traitement de l'eau de Lomara a intoxiqué douze ouvriers mardi.",
    "Du chlore s'est échappé du réseau d'eau de Lomara mardi, intoxiquant douze habitants.",
    # a party that wins an election takes no power by arms (the phrase needs an armed actor)
    "Le parti s'est emparé du pouvoir après sa victoire aux élections.",
    # the guard: « ambassadeur » did so before
    "Le gouvernement a expulsé l'ambassadeur de Norvalie lundi à Lomara.",
]


@pytest.mark.parametrize("text", NONE)
def test_context_phrase_takes_the_type_away(text):
    assert [i.sub_event_type for i in incidents(text, "fr")] == []


# (text, the attribution's words, the source named)
ATTRIBUTED = [
    ("D'après la police, des hommes armés ont tué trois villageois à Koubéra mardi.", "d'après", "police"),
    ("D'après un responsable local, les rebelles ont incendié vingt maisons à Garan jeudi.", "d'après",
     "responsable local"),
    ("Des hommes armés ont tué trois villageois à Koubéra mardi, d'après la gendarmerie.", "d'après",
     "gendarmerie"),
    ("Des hommes armés ont tué trois villageois à Koubéra mardi, d'après des sources sécuritaires.", "d'après",
     "sources sécuritaires"),
    # the guard
    ("Selon la police, des hommes armés ont tué trois villageois à Koubéra mardi.", "selon", "police"),
]


@pytest.mark.parametrize("text,verb,speaker", ATTRIBUTED)
def test_attribution_names_the_source(text, verb, speaker):
    got = incidents(text, "fr")
    assert len(got) == 1
    assert [(c.verb, c.speaker) for c in got[0].claims] == [(verb, speaker)]


# a name right after « d'après » speaks: no place of the story (places._speakers_dropped, as after « selon »)
SPEAKING_NAMES = [
    ("D'après Florence, des hommes armés ont tué trois villageois dans la province du Sahel mardi.", "Florence"),
    ("D'après Lourdes, sa voisine, des hommes armés ont tué trois villageois à Koubéra mardi.", "Lourdes"),
    # the guard
    ("Selon Florence, des hommes armés ont tué trois villageois dans la province du Sahel mardi.", "Florence"),
]


@pytest.mark.parametrize("text,name", SPEAKING_NAMES)
def test_name_after_attribution_is_no_place(text, name):
    got = incidents(text, "fr")
    assert len(got) == 1
    assert got[0].location.name != name
    assert [c.speaker for c in got[0].claims] == [name]
