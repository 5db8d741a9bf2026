"""MUC-4 perpetrators told in a later clause (h-muc4): unarmed people who approach someone and then shoot at him.

- "Two people approached Judge X ... and began shooting at him", "A MAN APPROACHED THE MAYOR ... AND BEGAN FIRING AT
  HIM": the shooting is an attack on the person the pronoun after "at"/"on" (« sur ») stands for (events_<lang>.
  AIMED_AT_PREPOSITIONS), its doers the subject of the verb it is joined to ("Two people", "A man"); the doer is
  never the pronoun's person, whatever gender its words tell. A verb of firing needs no armed actor when it is aimed
  at a person ("fired at him"); "the manager was fired on Friday" stays no act.
- Blame told for an act in a later sentence that lays it at unnamed kinds of groups ("Police blamed drug traffickers
  for the killing", "the hand of drug traffickers is behind the assassination"), a surname taken up in capitals, a
  man firing with the weapon he drew: passing since h-muc5 (tests/test_muc_blame_and_names.py has its own rows).

Rows written for this file (our own places and names), EN and FR, lower and upper case.
Rows: (text, lang, doer mention or None for no incident, victim words in the victim's mention).
"""

from __future__ import annotations

import pytest

import extracting

ROWS = [
    ("Two people approached Judge Ramiro Tellez in Santa Lucia on Monday and began shooting at him.",
     "en", "Two people", "Ramiro Tellez"),
    ("TWO PEOPLE APPROACHED JUDGE RAMIRO TELLEZ IN SANTA LUCIA ON MONDAY AND BEGAN SHOOTING AT HIM.",
     "en", "TWO PEOPLE", "RAMIRO TELLEZ"),
    ("A man approached the mayor of San Telmo on Tuesday and began firing at him.", "en", "man", "mayor"),
    ("A MAN APPROACHED MAYOR ESTEBAN ROJAS OUTSIDE HIS HOME IN SAN TELMO AND BEGAN FIRING AT HIM.",
     "en", "MAN", "ESTEBAN ROJAS"),
    ("Deux hommes se sont approchés mardi du maire de San Telmo et ont tiré sur lui.", "fr", "Deux hommes", "maire"),
    ("Deux individus ont abordé mardi le maire de San Telmo, puis ont tiré sur lui.", "fr", "Deux individus", "maire"),
    ("DEUX HOMMES ONT ABORDÉ MARDI LE MAIRE DE SAN TELMO ET ONT TIRÉ SUR LUI.", "fr", "DEUX HOMMES", "MAIRE"),
    # no act: a manager fired from his job; a talk
    ("The manager of the San Telmo bank was fired on Friday.", "en", None, None),
    ("A man approached the mayor of San Telmo on Tuesday and began talking to him.", "en", None, None),
    # (h-muc5) a name told before with its title, taken up by the surname alone, in capitals
    ("JUDGE PABLO RUIZ WAS MURDERED LAST NIGHT IN SAN TELMO. TWO PEOPLE APPROACHED RUIZ AND BEGAN SHOOTING AT HIM.",
     "en", "TWO PEOPLE", "RUIZ"),
    # (h-muc5) firing with no object by a man who just drew a weapon, at the man he approached
    ("PABLO RUIZ WAS WALKING TO HIS CAR IN SAN TELMO WHEN A MAN APPROACHED HIM. THE MAN TOOK OUT A PISTOL AND BEGAN "
     "FIRING.", "en", "MAN", "RUIZ"),
    # (h-muc5) blame laid in a later sentence on an unnamed kind of group names the doers over "gunmen"
    ("Gunmen killed union leader Luis Quiroga in San Telmo on Friday. Police blamed drug traffickers for the killing.",
     "en", "drug traffickers", "Luis Quiroga"),
    ("GUNMEN KILLED SENATOR LUIS QUIROGA IN SAN TELMO ON FRIDAY. THE MINISTER SAID THE HAND OF DRUG TRAFFICKERS IS "
     "BEHIND THE ASSASSINATION.", "en", "DRUG TRAFFICKERS", "LUIS QUIROGA"),
]

XFAIL = [
    ("Three men approached the journalist Marta Ibarra as she left a cafe in Puerto Aldana and started shooting at "
     "her.", "en", "Three men", "Marta Ibarra",
     "the parser joins 'started' to the 'as' clause, whose subject is the victim's pronoun"),
    ("Deux individus ont abordé le juge Ramiro Tellez lundi à Santa Lucia et ont commencé à tirer sur lui.",
     "fr", "Deux individus", "Ramiro Tellez",
     "the French parser reads 'Tellez' as a verb and hangs 'ont commencé' on it"),
]


@pytest.mark.parametrize("text,lang,doer,victim", extracting.doer_victim_params(ROWS, XFAIL))
def test_later_perpetrator(text, lang, doer, victim):
    extracting.check_doer_and_victim(text, lang, doer, victim)
