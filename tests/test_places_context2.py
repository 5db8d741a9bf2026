"""Places read against the story's context: a set written for this file (1989-90 MUC-4 wire in ALL CAPS,
mixed-case wire of today, French wire) on

- an acronym of a country spelled like a common word, in capitals ("CAR" the Central African Republic,
  "US"): after a possessive or a determiner ("HER CAR", "IN A CAR", « DANS UN CAR », « SON CAR ») or as
  the subject of a verb ("THE CAR EXPLODED") it is the word, no place; bare after a place word ("KILLED IN
  CAR") or in a mixed-case text it is the country;
- namesakes in two countries ("AGUILARES", El Salvador and Argentina; "TRUJILLO", Peru and Venezuela;
  "SAINT-LOUIS", Senegal and Missouri): when the story says its country elsewhere (a dateline, another
  place, a nationality, "X's police") the namesake of that country wins;
- NEGATIVES: a place said to be abroad in so many words stays abroad ("CORDOBA, ARGENTINA" in a story from
  Bogota), and a famous city abroad stays.

A row is ``(lang, text, expected)``; ``expected`` maps a name as written to the country code all its
mentions must have, or to ``None`` when it must be no place.

First run (rows written before running bilan on them): 18 of 29 rows passed (the "CAR" rows all passed
already; "TOLD US", "ONE OF US", « EN RCA LUNDI », and 8 of the 11 namesake rows failed). After this round's rules
(places_en.CAPS_PRONOUN_NAMES: "US" after a verb or a preposition and before no noun is the pronoun; a weekday or a
month after a name in capitals ends it, dates_<lang>; a tie of the story's countries goes to one read by more than a small town,
"AGUILARES ... SAN SALVADOR"; an unlabelled small town after a place word is read as its namesake
of the story's most named country or of forces named by their demonym, places_<lang>.FORCES_DEMONYMS: "near Aguilares ... the
Salvadoran army", when it is the only namesake there): 24 of 29, the rest strict xfails below. With the
mixed-case dateline read (places._clause_places, tests/test_places_subjects.py): 25 of 29. With a town the tagger
calls a person read as the direct object of a verb of striking (places._object_of_striking, "A flood hit
Aguilares"): 26 of 29.
"""

from __future__ import annotations

import pytest

from bilan import nlp
from bilan.extract.places import find_places

ROWS = [
 # acronyms in capitals after a possessive or a determiner, or before a verb: the word
 ("en", "GUERRILLAS STOPPED HER CAR NEAR SUCHITOTO AND TOOK HER AWAY.", {"CAR": None, "SUCHITOTO": "SV"}),
 ("en", "TERRORISTS PLACED A BOMB UNDER THEIR CAR IN LIMA ON MONDAY.", {"CAR": None, "LIMA": "PE"}),
 ("en", "A BOMB EXPLODED IN A CAR PARKED OUTSIDE THE EMBASSY IN BOGOTA.", {"CAR": None, "BOGOTA": "CO"}),
 ("en", "THE CAR EXPLODED NEAR THE PRESIDENTIAL PALACE IN SAN SALVADOR.", {"CAR": None, "SAN SALVADOR": "SV"}),
 ("en", "GUNMEN FORCED THE MAYOR OUT OF HIS CAR AND SHOT HIM IN MEDELLIN.", {"CAR": None, "MEDELLIN": "CO"}),
 ("en", "THE CAR DRIVEN BY THE GUNMEN WAS FOUND ABANDONED IN CALI.", {"CAR": None, "CALI": "CO"}),
 ("en", "THE GUERRILLAS TOLD US TO LEAVE THE TOWN OF SUCHITOTO.", {"US": None, "SUCHITOTO": "SV"}),
 ("en", "ONE OF US WAS WOUNDED WHEN THE BOMB WENT OFF IN AYACUCHO.", {"US": None, "AYACUCHO": "PE"}),
 ("fr", "DES GUÉRILLEROS ONT INCENDIÉ SON CAR PRÈS DE SUCHITOTO.", {"CAR": None, "SUCHITOTO": "SV"}),
 ("fr", "UNE BOMBE A EXPLOSÉ DANS UN CAR À LIMA.", {"CAR": None, "LIMA": "PE"}),
 ("fr", "LE CAR TRANSPORTAIT TRENTE PASSAGERS QUAND IL A ÉTÉ ATTAQUÉ PRÈS DE KAYA.", {"CAR": None, "KAYA": "BF"}),
 # the acronym as a place
 ("en", "TWO UN PEACEKEEPERS WERE KILLED IN CAR ON MONDAY, THE UN SAID.", {"CAR": "CF"}),
 ("en", "Rebels in CAR attacked a convoy near Bambari on Monday.", {"CAR": "CF", "Bambari": "CF"}),
 ("fr", "DEUX CASQUES BLEUS ONT ÉTÉ TUÉS EN RCA LUNDI.", {"RCA": "CF"}),
 # namesakes: the story's country wins
 ("en", "GUERRILLAS ATTACKED THE NATIONAL GUARD POST IN AGUILARES, 33 KM NORTH OF SAN SALVADOR, ON SUNDAY.",
  {"AGUILARES": "SV", "SAN SALVADOR": "SV"}),
 ("en", "SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- THE FMLN SAYS ITS UNITS DESTROYED A BRIDGE NEAR AGUILARES.",
  {"AGUILARES": "SV"}),
 ("en", "Soldiers clashed with rebels near Aguilares on Monday, the Salvadoran army said.", {"Aguilares": "SV"}),
 ("en", "SOLDIERS KILLED FOUR GUERRILLAS NEAR SAN MARCOS, GUATEMALAN ARMY SOURCES SAID. THE CLASH TOOK PLACE "
        "20 KM FROM QUETZALTENANGO.", {"SAN MARCOS": "GT", "QUETZALTENANGO": "GT"}),
 ("en", "A bomb exploded in a market in La Union on Sunday. El Salvador's police said three people were wounded.",
  {"La Union": "SV"}),
 ("en", "Rebels attacked Trujillo overnight. Venezuela's defence minister said the army had retaken the town.",
  {"Trujillo": "VE"}),
 ("en", "Gunmen killed five people in Granada on Saturday, Nicaraguan police said; the attack happened south of Managua.",
  {"Granada": "NI", "Managua": "NI"}),
 ("fr", "Des guérilleros ont attaqué un poste de la garde nationale à Aguilares, au nord de San Salvador.",
  {"Aguilares": "SV", "San Salvador": "SV"}),
 ("fr", "SAN SALVADOR, 5 mars (AFP) - Une bombe a explosé à Aguilares lundi, a indiqué la police.", {"Aguilares": "SV"}),
 ("fr", "Des hommes armés ont tué trois personnes à Saint-Louis dimanche, selon la police sénégalaise. L'attaque a eu "
        "lieu loin de Dakar.", {"Saint-Louis": "SN", "Dakar": "SN"}),
 ("fr", "Une explosion a fait deux morts à Concepción, dans le nord du Paraguay.", {"Concepción": "PY"}),
 # NEGATIVES: a place said to be abroad stays abroad; a famous city abroad stays
 ("en", "Colombian fans were attacked in Cordoba, Argentina, on Sunday, a Bogota newspaper said.",
  {"Cordoba": "AR", "Bogota": "CO"}),
 ("en", "PRESIDENT CRISTIANI FLEW TO MEXICO CITY ON MONDAY. IN SAN SALVADOR THE FMLN ATTACKED A POLICE POST.",
  {"MEXICO CITY": "MX", "SAN SALVADOR": "SV"}),
 ("en", "A flood hit Aguilares in Tucuman province, Argentina, on Sunday.", {"Aguilares": "AR"}),
 ("fr", "Des supporters colombiens ont été attaqués à Córdoba, en Argentine, a rapporté un journal de Bogota.",
  {"Córdoba": "AR"}),
]

# row index -> why it fails today; strict, so a fix shows up as an XPASS to remove
XFAIL: dict[int, str] = {
    18: "'El Salvador's police': the country is tagged with its possessive mark and before a noun of persons is "
        "read as a nationality, no vote for the story's country; reading it as a place (the mark cut off) was tried "
        "and dropped: on the GeoWebNews dev slice the toponym precision fell 0.86 -> 0.81 (possessive countries "
        "the annotation does not take as toponyms)",
    19: "the tagger reads 'Trujillo' (no place word before it) as a person's name: no place is read, whatever "
        "'Venezuela's defence minister' says of the story's country",
    26: "'FLEW TO MEXICO CITY': 'TO' is no place cue in capitals (it opens an infinitive as often), so the city is "
        "not read",
}


def places(text: str, lang: str) -> list[tuple[str, str]]:
    return [(pm.text, pm.place.country) for pm in find_places(nlp.parse(text, lang), lang)]


def cases():
    return [pytest.param(lang, text, want, id=f"{lang}{i:02d}",
                         marks=[pytest.mark.xfail(reason=XFAIL[i], strict=True)] if i in XFAIL else [])
            for i, (lang, text, want) in enumerate(ROWS)]


@pytest.mark.parametrize("lang,text,want", cases())
def test_place_in_context(lang, text, want):
    got = places(text, lang)
    for name, country in want.items():
        found = {c for n, c in got if n.casefold() == name.casefold()}
        if country is None:
            assert not found, got
        else:
            assert found == {country}, got
