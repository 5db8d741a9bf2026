"""Headline parse leftovers, a second set (issue 3, error class 6), English and French.

Headlines whose verb the small models may read as a noun: after a plural doer ("Militants bomb market",
"Drones strike convoy", "Traders riot over ..."), after a singular French subject where the verb form is also a
noun (« Une milice incendie ... », « Un drone frappe ... », « Un groupe armé attaque ... »), a town or a
village as the thing attacked beside the place it is in. Each row: the headline and what bilan must find,
``None`` for no incident, else ``P(types, doer, hit, place)``: one incident whose ACLED event type is in
``types`` (None: any), a word of ``doer`` in its actor1 mention, a word of ``hit`` in one of its targets,
victims or (a battle) actor2, and ``place`` in its location's mention or name (each None: unchecked);
``A|B`` allows either word. A quarter are titles made of the same words that tell no event ("Riot police
training begins", « Grève des enseignants : la reprise annoncée »).

Written on 2026-12-05 (06:18-06:21 UTC) before bilan was run on them; labels by the ACLED codebook (a drone or
an aircraft bombing is an air strike, Explosions/Remote violence; an armed group against civilians or their
buses and homes Violence against civilians or, with their property only, any violent family; a crowd lynching
someone Riots; an ambush on soldiers a battle).

First run: 10/26 (EN 8/15, FR 2/11). Now 18/26 (EN 12/15, FR 6/11; « Un drone frappe un convoi » since the merge
with main's rule of tests/test_events_weapon_subjects.py): "strike", "protest", "riot", "march" are
headline verbs (headlines_en), « frapper », « lyncher » too (headlines_fr); a present form the parse tags a verb but
ties as an adjective of the noun before it, or as the root of a line cut in two, is re-parsed (« Un groupe armé
attaque un village »), and a re-parse that makes it a clause of that noun with its own object makes the noun its
subject (bilan.nlp); a protest or a riot told by its verb is done by the verb's subject ("Students protest ...":
"Students", not "protest"), and mob violence hits the people it names ("witch", « sorcier » person nouns now); a
participle before the noun it describes ("alleged witch") is no verb of the line; « bande armée » is an armed group,
« préfet » and "prefect" people named by their office.
The rest are strict xfails with their reasons. With h-gang (a headline verb the imperfect re-parse leaves a noun
parsed once more in the simple past, « incendièrent »): « Une milice incendie des maisons à Djugu » passes, 19/26.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from extracting import BAT, EXP, PRO, RIO, VAC, VIOLENT, headline_check, headline_params


class P(NamedTuple):
    types: tuple[str, ...] | str | None = None
    doer: str | None = None
    hit: str | None = None
    place: str | None = None


EN = [
    ("Militants bomb market in Maiduguri", P(EXP, "Militants", "market", "Maiduguri")),
    ("Army shells rebel positions near Idlib", P(EXP, "Army", None, "Idlib")),
    ("Drones strike convoy near Gao", P(EXP, None, "convoy", "Gao")),
    ("Gunmen raid village in Zamfara, kill nine", P(VIOLENT, "Gunmen", "village", "Zamfara")),
    ("Rebels attack town of Bria", P(VIOLENT, "Rebels", "town", "Bria")),
    ("Protesters march on parliament in Nairobi", P(PRO, "Protesters", None, "Nairobi")),
    ("Mob lynches suspected witch in Kasai", P(RIO, None, "witch", "Kasai")),
    ("Bandits kidnap 30 pupils in Kaduna", P(VAC, "Bandits", "pupils", "Kaduna")),
    ("Insurgents torch market in Gwoza", P(None, "Insurgents", "market", "Gwoza")),
    ("Militants ambush patrol near Damboa", P(BAT, "Militants", "patrol", "Damboa")),
    ("Students protest fee hikes in Kampala", P(PRO, "Students", None, "Kampala")),
    ("Traders riot over market closure in Kano", P(RIO, "Traders", None, "Kano")),
    # no event told
    ("Riot police training begins in Nairobi", None),
    ("Shell company probe widens in Lagos", None),
    ("Strike talks resume in Nairobi", None),
]

FR = [
    ("Un groupe armé attaque un village près de Djibo", P(VIOLENT, "groupe armé", "village", "Djibo")),
    ("Une milice incendie des maisons à Djugu", P(None, "milice", "maisons", "Djugu")),
    ("L'aviation bombarde une base jihadiste près de Ménaka", P(EXP, "aviation", "base", "Ménaka")),
    ("Un drone frappe un convoi près de Gao", P(EXP, None, "convoi", "Gao")),
    ("Une foule lynche un présumé sorcier à Kananga", P(RIO, None, "sorcier", "Kananga")),
    ("Un commando enlève un préfet à Bambari", P(VAC, "commando", "préfet", "Bambari")),
    ("Un kamikaze frappe une mosquée à Maiduguri", P(EXP, None, "mosquée", "Maiduguri")),
    ("Des rebelles pillent un dépôt de vivres à Kaga-Bandoro", P(None, "rebelles", "dépôt", "Kaga-Bandoro")),
    ("Une bande armée attaque un bus de voyageurs près de Bouar", P(VAC, "bande", "bus", "Bouar")),
    # pas d'événement
    ("Grève des enseignants : la reprise annoncée", None),
    ("Frappe chirurgicale : le nouveau livre d'un ancien général", None),
]

# still failing, with the reason
_SETTLEMENT = ("the act is read, but a village or a town attacked is no target (settlements are places in the "
               "targets lexicon, as in test_headlines_nonviolent's 'Rebels attack town days after peace deal')")
XFAIL: dict[str, str] = {
    "Gunmen raid village in Zamfara, kill nine": _SETTLEMENT,
    "Rebels attack town of Bria": _SETTLEMENT + "; a place after 'of' is no place of the act",
    "Un groupe armé attaque un village près de Djibo": _SETTLEMENT,
    "Militants ambush patrol near Damboa": (
        "the clash is found, but a patrol (a military target) names no side and is no target, and Damboa is not in "
        "the gazetteer"),
    "L'aviation bombarde une base jihadiste près de Ménaka": (
        "the re-parse makes « bombarde » a verb, but « l'aviation » is an air strike word of the event lexicon, no "
        "actor (the air force doing it is named by no actor entry)"),
    "Des rebelles pillent un dépôt de vivres à Kaga-Bandoro": (
        "the looting is found, but « dépôt » is no target noun and Kaga-Bandoro (split by the parser at its hyphen) is "
        "no place"),
    "Grève des enseignants : la reprise annoncée": (
        "« la reprise annoncée » after the colon says the strike ends, but only a verb of resuming with its "
        "subject or « fin de la grève » tells a stoppage ended (events._called_off): the strike is read as a protest"),
}


def test_set_size():
    rows = EN + FR
    assert len(rows) >= 15 and len(EN) >= 5 and len(FR) >= 5
    assert sum(exp is None for _, exp in rows) >= 4


@pytest.mark.parametrize("text, lang, exp", headline_params(EN, FR, XFAIL))
def test_headline_parse2(text, lang, exp):
    assert headline_check(text, lang, exp) == []
