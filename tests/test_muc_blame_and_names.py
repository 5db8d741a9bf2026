"""MUC-4 doers laid by blame and named victims taken up again (h-muc5).

- Blame told for an act in a later sentence lays it at an unnamed kind of group ("Police blamed drug traffickers for
  the killing", "the hand of the drug cartels was behind the murder"): that group names the act's doers better than
  the words of its telling ("gunmen"); an accusation of the same group for another act changes nothing. An act
  blamed on an unnamed kind of group the story's named group was not resolved to ("blamed the death squads for the
  assassination of six teachers" after a guerrilla offensive) is another act than that group's.
- A name told before with its title ("JUDGE PABLO RUIZ WAS MURDERED") is that person when the surname alone is told
  again ("TWO PEOPLE APPROACHED RUIZ AND BEGAN SHOOTING AT HIM"), in capitals too.
- Firing with no object by a man who has just drawn a weapon ("THE MAN TOOK OUT A PISTOL AND BEGAN FIRING") is an
  attack on the person he approached ("A MAN APPROACHED HIM"); taking out a notebook is none.

Rows written for this file (our own places and names), EN and FR, lower and upper case.
Rows: (text, lang, doer mention or None for no violent incident, victim words in the victim's mention).
"""

from __future__ import annotations

import pytest

import extracting

ROWS = [
    # blame in a later sentence: the kind of group blamed is the doer
    ("Gunmen shot dead journalist Ana Ortiz in Villa Rica on Monday. Police blamed drug traffickers for the murder.",
     "en", "drug traffickers", "Ana Ortiz"),
    ("GUNMEN SHOT DEAD JOURNALIST ANA ORTIZ IN VILLA RICA ON MONDAY. POLICE BLAMED DRUG TRAFFICKERS FOR THE MURDER.",
     "en", "DRUG TRAFFICKERS", "ANA ORTIZ"),
    ("Two men killed councillor Hugo Salas in Puerto Aldana on Sunday. The governor said the hand of drug traffickers "
     "was behind the killing.", "en", "drug traffickers", "Hugo Salas"),
    ("Des hommes armés ont abattu lundi la journaliste Ana Ortiz à Villa Rica. La police a accusé des narcotrafiquants "
     "de l'assassinat.", "fr", "narcotrafiquants", "Ana Ortiz"),
    ("The minister said the hand of the death squads was behind the assassination of teacher Rosa Vidal in "
     "Puerto Aldana.", "en", "death squads", "Rosa Vidal"),
    # the same group blamed for another act: the doers stay those told
    ("Gunmen shot dead journalist Ana Ortiz in Villa Rica on Monday. Police blamed drug traffickers for a bombing in "
     "Puerto Aldana last year.", "en", "Gunmen", "Ana Ortiz"),
    # a named doer stands against a later blame of an unnamed kind of group
    ("The Shining Path killed mayor Hugo Salas in Villa Rica on Sunday. A priest blamed terrorists for the murder.",
     "en", "Shining Path", "Hugo Salas"),
    ("SHINING PATH GUERRILLAS KILLED MAYOR HUGO SALAS IN VILLA RICA ON SUNDAY. A PRIEST BLAMED TERRORISTS FOR THE "
     "MURDER.", "en", "SHINING PATH", "HUGO SALAS"),
    # a surname taken up again, in capitals and in lower case
    ("MAYOR ESTEBAN ROJAS WAS KILLED ON FRIDAY IN PUERTO ALDANA. TWO MEN APPROACHED ROJAS AND BEGAN SHOOTING AT HIM.",
     "en", "TWO MEN", "ROJAS"),
    ("Mayor Esteban Rojas was killed on Friday in Puerto Aldana. Two men approached Rojas and began shooting at him.",
     "en", "Two men", "Rojas"),
    # firing with the weapon just drawn, at the man approached
    ("Pablo Ruiz was walking to his car in San Telmo when a man approached him. The man took out a pistol and began "
     "firing.", "en", "man", "Pablo Ruiz"),
    ("A man approached the mayor of Villa Rica on Tuesday. The man pulled out a gun and started firing.",
     "en", "man", "mayor"),
    ("ESTEBAN ROJAS WAS LEAVING HIS OFFICE IN VILLA RICA WHEN A MAN APPROACHED HIM. THE MAN DREW A REVOLVER AND BEGAN "
     "FIRING.", "en", "MAN", "ESTEBAN ROJAS"),
    ("Pablo Ruiz marchait vers sa voiture à San Telmo quand un homme l'a abordé. L'homme a sorti un pistolet et a "
     "commencé à tirer.", "fr", "homme", "Pablo Ruiz"),
    ("Un homme a abordé mardi le maire de Villa Rica. L'homme a sorti un revolver et a commencé à tirer.",
     "fr", "homme", "maire"),
    # no act: a notebook taken out; a worker fired from his job
    ("Un homme a abordé mardi le maire de Villa Rica. L'homme a sorti un carnet et a commencé à tirer des "
     "conclusions.", "fr", None, None),
    ("A man approached the mayor of Villa Rica on Tuesday. The man took out a notebook and began writing.",
     "en", None, None),
    ("The bank in Villa Rica fired twenty workers on Tuesday.", "en", None, None),
    # a named person who is the doer is never the victim (an officer by rank: h-muc6)
    ("CAPTAIN JULIO MENDEZ SHOT DEAD FARMER PEDRO LUNA IN VILLA RICA ON MONDAY. WITNESSES SAID MENDEZ APPROACHED LUNA "
     "AND BEGAN SHOOTING AT HIM.", "en", "JULIO MENDEZ", "PEDRO LUNA"),
]

# (the h-muc5 strict xfail "... the hand of drug traffickers was behind the crime" passes since h-muc7: "the crime" in a
# blame names the act told before, events._one_act_blamed; now a row of ROWS)
ROWS += [
    ("Two men killed councillor Hugo Salas in Puerto Aldana on Sunday. The governor said the hand of drug traffickers "
     "was behind the crime.", "en", "drug traffickers", "Hugo Salas"),
]
XFAIL: list = []


@pytest.mark.parametrize("text,lang,doer,victim", extracting.doer_victim_params(ROWS, XFAIL))
def test_blame_and_names(text, lang, doer, victim):
    extracting.check_doer_and_victim(text, lang, doer, victim)
