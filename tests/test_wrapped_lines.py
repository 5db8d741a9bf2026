"""Wire copy wrapped at the page's width: a line break inside a paragraph is a space to the parse and the phrase
matchers (nlp.unwrapped), the stored text and every offset into it unchanged; blank lines, headlines and datelines
stay. Stories written for these tests, each given wrapped and on one line per paragraph: both must give the same
incidents (type, doers, toll, place, date: the row of :func:`row`).

- w1 (capitals, Peru 1990): a MUC-style story wrapped at ~70 columns, "IN AN AMBUSH | NEAR THE TOWN": the text is
  hard-wrapped as a whole (nlp.hard_wrapped), every lone break a space (passed before).
- w2 (capitals, Colombia 1989): "KILLED ... IN AN AMBUSH BY | NATIONAL LIBERATION ARMY [ELN] REBELS", and a blast that
  "DESTROYED TWO | BUSES" (passed before: the text is hard-wrapped as a whole).
- w3 (English, two lines): "ambushed a police convoy in | Ghazni province on Tuesday, killing seven officers": two
  lines are too few for nlp.hard_wrapped, and the break cut the sentence (the toll fell to an act of its own, the
  convoy's act was dated a month early). A paragraph whose lines but its last are long and end on no sentence's end,
  its last ending one, is wrapped (nlp._wrapped_paragraph). Failed before.
- w4 (French, wrapped at 72 columns): « ont tué six | civils et blessé quatre autres » (passed before).
- w5 (French, a headline, then short paragraphs: not hard-wrapped as a whole): « ont tué cinq civils et blessé trois
  autres dans | la nuit de samedi à dimanche » goes on in lower-case letters (nlp._break_inside). Failed before.
- w6 (English, a headline line, then short paragraphs): the first paragraph's two lines are one wrapped sentence.
  Failed before.
- w7 (English, hard-wrapped, its headline on the line right above the dateline, no blank line between): the headline
  was read into the dispatch's first sentence, and its "seven police" added to the dispatch's seven (a toll of 14).
  The first line of a hard-wrapped text, right above a line that opens with a wire dateline, keeps its break (the
  headline a sentence of its own, as with a blank line between). Failed before.
Guards: a headline on the line above a dateline, a list's bullets and short headline lines keep their breaks; a blank
line of spaces stays a paragraph break; the evidence quotes the stored text (its line breaks) at its offsets.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import extracting
from bilan import nlp

W1 = ("   LIMA, 14 MAR 90 (EFE) -- [TEXT] A GROUP OF SHINING PATH GUERRILLAS KILLED\n"
      "THREE PEASANTS AND A MUNICIPAL OFFICIAL LAST NIGHT IN AN AMBUSH\n"
      "NEAR THE TOWN OF SAN MIGUEL, AYACUCHO DEPARTMENT, THE POLICE REPORTED\n"
      "TODAY.  THE GUERRILLAS FLED TOWARD THE MOUNTAINS AFTER THE ATTACK.\n")

W2 = ("   BOGOTA, 12 OCT 89 (INRAVISION TELEVISION CADENA 1) -- [REPORT] THREE\n"
      "COLOMBIAN SOLDIERS AND TWO PEASANTS WERE KILLED YESTERDAY IN AN AMBUSH BY\n"
      "NATIONAL LIBERATION ARMY [ELN] REBELS NEAR SARAVENA, ARAUCA INTENDANCE.\n\n"
      "   IN MEDELLIN, UNIDENTIFIED INDIVIDUALS SET OFF A BOMB THAT DESTROYED TWO\n"
      "BUSES OF A PRIVATE TRANSPORT COMPANY LAST NIGHT.  NO ONE WAS HURT IN\n"
      "THE BLAST, WHICH OCCURRED NEAR THE BUS TERMINAL, THE POLICE SAID.\n")

W3 = ("KABUL, May 2 (Reuters) - Taliban insurgents ambushed a police convoy in\n"
      "Ghazni province on Tuesday, killing seven officers, a provincial spokesman said.\n")

W4 = ("BAMAKO, 4 mars 2024 (AFP) - Des hommes armés non identifiés ont tué six\n"
      "civils et blessé quatre autres dimanche lors d'une attaque contre le\n"
      "village de Kouroumari, dans le centre du Mali, a indiqué lundi un élu\n"
      "local. Les assaillants, arrivés à moto, ont pris la fuite vers la\n"
      "frontière, selon le maire de Diafarabé.\n")

W5 = ("Burkina : cinq civils tués à Kalo\n\n"
      "Des hommes armés ont tué cinq civils et blessé trois autres dans\n"
      "la nuit de samedi à dimanche à Kalo, dans le nord du Burkina Faso.\n\n"
      "Les assaillants ont pris la fuite.\n\n"
      "Le calme est revenu.\n")

W6 = ("Gunmen kill four traders in Nigeria\n\n"
      "Gunmen on motorcycles killed four traders at a market in the village of\n"
      "Tunga in Nigeria's Niger state on Friday, police said.\n\n"
      "The attackers escaped.\n\n"
      "A curfew was imposed.\n")

STORIES = [("w1", W1, "en", dt.date(1990, 3, 14)), ("w2", W2, "en", dt.date(1989, 10, 12)),
           ("w3", W3, "en", dt.date(2023, 5, 2)), ("w4", W4, "fr", dt.date(2024, 3, 4)),
           ("w5", W5, "fr", dt.date(2024, 6, 10)), ("w6", W6, "en", dt.date(2024, 6, 8))]

_LONE = re.compile(r"(?<!\n)\n(?!\n)")


def one_line(text: str) -> str:
    """``text`` with each paragraph on one line (its lone breaks as spaces; the last break of the text kept)."""
    return _LONE.sub(" ", text.rstrip("\n")) + "\n"


def row(inc) -> tuple:
    loc = inc.location
    return (inc.sub_event_type, sorted(a.name for a in inc.actors if a.role == "actor1"),
            inc.fatalities.best if inc.fatalities else None, loc.name if loc else None,
            inc.date.start if inc.date else None)


@pytest.fixture(scope="module")
def extracted():
    return {key: (extracting.incidents(text, lang, pub), extracting.incidents(one_line(text), lang, pub))
            for key, text, lang, pub in STORIES}


@pytest.mark.parametrize("key", [s[0] for s in STORIES])
def test_wrapped_and_one_line_give_the_same_incidents(extracted, key):
    wrapped, flat = extracted[key]
    assert wrapped
    assert [row(i) for i in wrapped] == [row(i) for i in flat]


def test_the_caps_ambush_keeps_its_doer_and_toll(extracted):
    wrapped, _ = extracted["w2"]
    ambush = next(i for i in wrapped if i.location and i.location.name == "Saravena")
    assert "ELN: National Liberation Army" in [a.name for a in ambush.actors if a.role == "actor1"]
    assert ambush.fatalities.best == 5
    bomb = next(i for i in wrapped if i.location and i.location.name == "Medellín")
    assert bomb.sub_event_type == "Remote explosive/landmine/IED"
    assert "buses" in [t.name for t in bomb.targets]


def test_a_two_line_dispatch_is_one_act(extracted):
    (inc,) = extracted["w3"][0]
    assert row(inc) == ("Armed clash", ["Taliban"], 7, "Ghazni", dt.date(2023, 5, 2))
    assert "Police Forces of Afghanistan" in [a.name for a in inc.actors if a.role == "actor2"]


def test_a_french_sentence_going_on_in_lower_case(extracted):
    (inc,) = extracted["w5"][0]
    assert (inc.sub_event_type, inc.fatalities.best, inc.injured.best, inc.location.name) == ("Attack", 5, 3, "Kalo")
    assert inc.date.start == dt.date(2024, 6, 8)


def test_a_wrapped_first_paragraph_under_a_headline(extracted):
    (inc,) = extracted["w6"][0]
    assert (inc.sub_event_type, inc.fatalities.best, inc.location.name) == ("Attack", 4, "Tunga")
    assert inc.date.start == dt.date(2024, 6, 7)


@pytest.mark.parametrize("key", [s[0] for s in STORIES])
def test_evidence_quotes_the_stored_text(extracted, key):
    text = next(t for k, t, _, _ in STORIES if k == key)
    for inc in extracted[key][0]:
        for e in inc.evidence:
            assert text[e.start:e.end] == e.text


@pytest.mark.parametrize("text,breaks", [
    # a headline on the line above a dispatch's dateline
    ("Gunmen kill six villagers in central Mali attack on Sunday night near Mopti\n"
     "BAMAKO, March 4 (Reuters) - Suspected gunmen killed six villagers on Sunday.", 1),
    # a short headline line
    ("Bomb kills five in Kabul\nA car bomb exploded near a market in Kabul on Monday, killing five people.", 1),
    # a list's bullets
    ("- Six killed in an attack in Kouroumari on Sunday by gunmen on motorbikes\n"
     "- Four hurt in a second attack on the road to Diafarabe on Monday.", 1),
    # a line that ends a sentence
    ("Gunmen opened fire on a market [AFP] on Friday.\n\nTwo traders (both women) died.\nThe town is calm (for now).", 3),
    # a blank line of spaces stays a paragraph break; the break before it in lower case goes
    ("Des hommes armés ont tué six civils et blessé quatre autres dans\nune attaque dimanche.\n \nLe calme est revenu.",
     2),
])
def test_breaks_that_stay(text, breaks):
    out = nlp.unwrapped(text)
    assert len(out) == len(text)
    assert out.count("\n") == breaks


def test_a_hard_wrapped_text_keeps_its_blank_lines():
    out = nlp.unwrapped(W2)
    assert len(out) == len(W2)
    assert out.count("\n") == 2 and "\n\n" in out


def test_a_hard_wrapped_text_keeps_a_blank_line_of_spaces():
    text = W2.replace("ARAUCA INTENDANCE.\n\n", "ARAUCA INTENDANCE.\n   \n")
    out = nlp.unwrapped(text)
    assert len(out) == len(text)
    assert "INTENDANCE.\n   \n   IN MEDELLIN" in out and out.count("\n") == 2


W7 = ("Taliban kill seven police in Ghazni ambush\n"
      "KABUL, May 2 (Reuters) - Taliban insurgents ambushed a police convoy in\n"
      "Ghazni province on Tuesday, killing seven officers and wounding three\n"
      "others, a provincial spokesman said. The insurgents fled the scene after\n"
      "the attack.\n")


def test_a_headline_right_above_the_dateline_stays_a_line_of_its_own():
    out = nlp.unwrapped(W7)
    assert len(out) == len(W7) and out.startswith("Taliban kill seven police in Ghazni ambush\nKABUL")
    assert out.count("\n") == 1
    (inc,) = extracting.incidents(W7, "en", dt.date(2023, 5, 2))
    assert row(inc) == ("Armed clash", ["Taliban"], 7, "Ghazni", dt.date(2023, 5, 2))
    assert inc.injured.best == 3
    # the same as with a blank line under the headline
    head, body = W7.split("\n", 1)
    (blank,) = extracting.incidents(f"{head}\n\n{body}", "en", dt.date(2023, 5, 2))
    assert row(blank) == row(inc)
