"""The place an incident happened, not a namesake abroad nor a reference point: sentences and short
stories written for this file before bilan was run on them (MUC-4 style 1989-90 wire and radio news
from Latin America in ALL CAPS, French mixed case, and a few in ordinary mixed-case English news of
today, since the rule must hold outside MUC-4).

Classes: a department or province name with its cue word ("CORDOBA DEPARTMENT", « département de
La Paz ») is the division of the story's country, not a city abroad; a town told "N KM EAST OF X" or
"EAST OF X" after the place is the place, X only a reference point; a nationality before a person
noun ("U.S. SOLDIERS", « soldats français ») is no place; a town inside a pipeline's, a cartel's or a
bus route's name is no place; small towns whose names are common words (TAME, CHAPARRAL, BERLIN) are
places when the sentence tells a town; negatives: the reference point's own town when the act was
there ("IN LIMA, NEAR THE PRESIDENTIAL PALACE" is Lima).

A row is ``(text, place, country, avoid)``: some incident's MUC-4 location fill (read through
:func:`bilan.evaluate.muc4.pred_slots`) holds ``place`` (``A|B`` either, whole words, accents and
case folded) with the country code ``country``; no incident is placed at ``avoid`` (its gazetteer
name, folded, or its country when ``avoid`` is a code). ``place`` ``NONE``: an incident is read and
none has a place.

First run (before any rule of this round): 25/47 pass (EN 9/20, FR 7/14, news 9/13). After the rules
of this round (h-muc4place2): 46/47, one strict xfail.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest
from extracting import fold, found, incidents

from bilan.evaluate.muc4 import pred_slots

# English, ALL CAPS as the wires sent it (1989-90)
EN = [
 # a department named with its cue word: the division of the story's country
 ("GUERRILLAS BURNED TWO BUSES AND A TRUCK IN CORDOBA DEPARTMENT.", "CORDOBA", "CO", "AR"),
 ("THE ELN DYNAMITED A BRIDGE IN THE DEPARTMENT OF BOLIVAR, NORTHERN COLOMBIA.", "BOLIVAR", "CO", "VE"),
 ("SAN SALVADOR, 3 MAR 90 (RADIO CADENA YSKL) -- [TEXT] URBAN GUERRILLAS ATTACKED A POLICE POST IN "
  "LA PAZ DEPARTMENT LAST NIGHT.", "LA PAZ", "SV", "BO"),
 ("SAN SALVADOR, 3 MAR 90 (ACAN-EFE) -- [TEXT] REBELS BLEW UP AN ELECTRIC POWER TOWER IN THE "
  "DEPARTMENT OF LA UNION.", "LA UNION", "SV", ""),
 ("ELN GUERRILLAS AMBUSHED AN ARMY PATROL IN SANTANDER DEPARTMENT, KILLING FOUR SOLDIERS.", "SANTANDER", "CO", "ES"),
 ("LIMA, 9 APR 90 (EFE) -- [TEXT] SHINING PATH GUERRILLAS DYNAMITED A BRIDGE IN SAN MARTIN DEPARTMENT.",
  "SAN MARTIN", "PE", ""),
 # a town before "N KM EAST OF X", "NORTH OF X": X is a reference point
 ("TERRORISTS DYNAMITED A HIGH-TENSION TOWER IN THE TOWN OF CHOSICA, 40 KM EAST OF LIMA.", "CHOSICA", "PE", "Lima"),
 ("SHINING PATH GUERRILLAS ATTACKED A POLICE POST IN THE PROVINCE OF HUAURA, NORTH OF LIMA.", "HUAURA", "PE", "Lima"),
 ("A CAR BOMB EXPLODED IN FUSAGASUGA, 60 KM SOUTH OF BOGOTA, DAMAGING A BANK.", "FUSAGASUGA", "CO", "Bogota"),
 # negatives: the act was in the reference point's own town
 ("A BOMB EXPLODED TODAY IN LIMA, NEAR THE GOVERNMENT PALACE, INJURING TWO POLICEMEN.", "LIMA", "PE", ""),
 ("A CAR BOMB EXPLODED IN DOWNTOWN BOGOTA, TWO BLOCKS FROM THE PRESIDENTIAL PALACE.", "BOGOTA", "CO", ""),
 ("A BOMB DAMAGED THE MAYOR'S OFFICE IN SANTA ROSA DE LIMA, LA UNION DEPARTMENT.", "SANTA ROSA DE LIMA", "SV", "Lima"),
 # a nationality before a person noun is no place
 ("TERRORISTS FIRED ON A BUS CARRYING U.S. MARINES IN TEGUCIGALPA.", "TEGUCIGALPA", "HN", "US"),
 ("A BOMB EXPLODED NEAR A HOUSE OF AMERICAN MISSIONARIES IN COCHABAMBA.", "COCHABAMBA", "BO", "US"),
 ("UNIDENTIFIED GUNMEN KILLED TWO U.S. SOLDIERS YESTERDAY.", "NONE", "", "US"),
 # a town inside a pipeline's or a cartel's name is no place
 ("ELN GUERRILLAS BLEW UP A SECTION OF THE CANO LIMON-COVENAS PIPELINE IN ARAUCA DEPARTMENT.", "ARAUCA", "CO", "Covenas"),
 ("POLICE BLAMED THE CALI CARTEL FOR A BOMB THAT DESTROYED A DRUGSTORE IN MEDELLIN.", "MEDELLIN", "CO", "Cali"),
 # small towns whose names are common words
 ("FARC GUERRILLAS ATTACKED THE POLICE STATION IN TAME, ARAUCA DEPARTMENT.", "TAME", "CO", ""),
 ("GUERRILLAS ATTACKED THE ARMY GARRISON IN BERLIN, USULUTAN DEPARTMENT.", "BERLIN", "SV", "DE"),
 ("REBELS BURNED THE TOWN HALL IN CAUCASIA, ANTIOQUIA.", "CAUCASIA", "CO", ""),
]
# French, mixed case
FR = [
 ("Des guérilleros ont incendié deux autobus dans le département de Córdoba, dans le nord de la Colombie.",
  "Córdoba", "CO", "AR"),
 ("San Salvador, 3 mars (AFP) -- Des rebelles ont attaqué un poste de police dans le département de La Paz.",
  "La Paz", "SV", "BO"),
 ("Des guérilleros de l'ELN ont tendu une embuscade à une patrouille dans le département de Santander.",
  "Santander", "CO", "ES"),
 ("Des terroristes ont dynamité un pylône à Zipaquirá, à 50 km au nord de Bogota.", "Zipaquirá", "CO", "Bogota"),
 ("Le Sentier lumineux a attaqué un poste de police dans la province de Huaral, au nord de Lima.", "Huaral", "PE", "Lima"),
 ("Une bombe a explosé à Lima, près du palais du gouvernement, blessant deux policiers.", "Lima", "PE", ""),
 ("Une voiture piégée a explosé à Bogota, à deux rues du palais présidentiel.", "Bogota", "CO", ""),
 ("Des inconnus ont tué deux soldats américains près de La Ceiba.", "La Ceiba", "HN", "US"),
 ("Des inconnus ont tué deux coopérants américains hier.", "NONE", "", "US"),
 ("Des guérilleros ont dynamité l'oléoduc Caño Limón-Coveñas dans le département d'Arauca.", "Arauca", "CO", "Coveñas"),
 ("La police a attribué au cartel de Cali une bombe qui a détruit une pharmacie à Medellín.", "Medellín", "CO", "Cali"),
 ("Des guérilleros des FARC ont attaqué le poste de police de Tame, dans le département d'Arauca.", "Tame", "CO", ""),
 ("Des rebelles ont attaqué la garnison de Berlin, dans le département d'Usulután.", "Berlin", "SV", "DE"),
 ("Des guérilleros ont incendié la mairie de Caucasia, dans l'Antioquia.", "Caucasia", "CO", ""),
]
# English news of today, mixed case
NEWS = [
 ("A car bomb exploded outside a police station in Córdoba department, northern Colombia, on Monday.",
  "Córdoba", "CO", "AR"),
 ("Gunmen killed four people in a village in Santander department on Sunday, Colombian police said.",
  "Santander", "CO", "ES"),
 ("A roadside bomb killed three soldiers in Tal Afar, 60 km west of Mosul, on Friday.", "Tal Afar", "IQ", "Mosul"),
 ("Militants attacked a police post in the town of Charikar, north of Kabul, late on Tuesday.", "Charikar", "AF", "Kabul"),
 ("Three people were killed when a bomb exploded in central Kabul, near the U.S. embassy.", "Kabul", "AF", "US"),
 ("Gunmen opened fire on a convoy carrying French aid workers near Goma on Tuesday.", "Goma", "CD", "FR"),
 ("Two American journalists were kidnapped on Monday, their employer said.", "NONE", "", "US"),
 ("Militants attacked a Kabul-bound bus in Wardak province, killing six passengers.", "Wardak", "AF", "Kabul"),
 ("A suicide bomber killed five Turkish soldiers in Idlib province, the ministry said.", "Idlib", "SY", "TR"),
 ("Protesters set fire to a bus of the Lagos-Ibadan line in Ogun State on Wednesday.", "Ogun", "NG", "Lagos"),
 ("An explosion hit a market in Bama, Borno State, killing at least ten people.", "Bama", "NG", ""),
 ("Rebels attacked an army base in the province of Cabo Delgado, Mozambique, on Thursday.", "Cabo Delgado", "MZ", ""),
 ("Unidentified gunmen shot dead two Chinese engineers in Balochistan province.", "Balochistan", "PK", "CN"),
]

WIRE = dt.date(1990, 4, 10)
TODAY = dt.date(2026, 3, 2)

# (set, row index) -> why it fails today; strict, so a fix shows up as an XPASS to remove
XFAIL: dict[tuple[str, int], str] = {
    ("fr", 11): "'Tame' tagged MISC after 'de' ('le poste de police de Tame'): no cue reads it, so the incident is "
                "placed at the department after it, Arauca",
}


@cache
def read(text: str, lang: str, published: dt.date) -> list[tuple[dict, object]]:
    return [(pred_slots(inc), inc) for inc in incidents(text, lang, published)]


def params():
    out = []
    for tag, lang, published, rows in (("en", "en", WIRE, EN), ("fr", "fr", WIRE, FR), ("news", "en", TODAY, NEWS)):
        for i, (text, place, country, avoid) in enumerate(rows):
            marks = [pytest.mark.xfail(reason=XFAIL[(tag, i)], strict=True)] if (tag, i) in XFAIL else []
            out.append(pytest.param(text, lang, published, place, country, avoid, marks=marks, id=f"{tag}{i:02d}"))
    return out


@pytest.mark.parametrize("text,lang,published,place,country,avoid", params())
def test_the_place_of_the_incident(text, lang, published, place, country, avoid):
    got = read(text, lang, published)
    assert got, "no incident"
    locs = [(s["location"][0] if s["location"] else [], inc.location.name, inc.location.country) for s, inc in got]
    if place == "NONE":
        assert all(not fills for fills, _, _ in locs), locs
    else:
        assert any(found(place, fills) and c == country for fills, _, c in locs), locs
    if len(avoid) == 2 and avoid.isupper():
        assert all(c != avoid for _, _, c in locs), locs
    elif avoid:
        assert all(fold(name or "") != fold(avoid) for _, name, _ in locs), locs


# Controls written with the rules (after the first run): what the rules must leave alone. A derived
# form joined by a hyphen is the place ("Mossoul-Ouest"); an article alone after a comma links no
# apposition ("Sirte, the US military said"); a list of cities is no city and its state
# ("Copenhagen, Hamburg"); a division word after a town's body is the town's ("the Ripley police
# department").
@pytest.mark.parametrize("text,lang,name,country", [
    ("Une voiture piégée a explosé lundi à Mossoul-Ouest, tuant trois civils.", "fr", "Mossoul", "IQ"),
    ("Fighters were pushed out of Sirte, the US military said on Friday.", "en", "Sirte", "LY"),
    ("Flights were cancelled in Copenhagen, Hamburg and Oslo after the storm.", "en", "Copenhagen", "DK"),
    ("An officer of the Ripley police department was shot in Ripley, Tennessee, on Sunday.", "en", "Ripley", "US"),
])
def test_controls_left_alone(text, lang, name, country):
    from bilan import nlp
    from bilan.extract.places import find_places

    got = [(pm.text, pm.place.country) for pm in find_places(nlp.parse(text, lang), lang)]
    assert any(found(name, [t]) and c == country for t, c in got), got


def test_a_hyphenated_derived_form_places_the_incident():
    # the hyphen rule (a town joined to another name is a route's end) leaves "Mossoul-Ouest" whole
    got = read("Une voiture piégée a explosé lundi à Mossoul-Ouest, tuant trois civils.", "fr", TODAY)
    assert any(found("Mossoul|Mosul", s["location"][0] if s["location"] else []) for s, _ in got), got
