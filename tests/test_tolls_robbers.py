"""Robbers, burglars, « braqueurs », « cambrioleurs » in tolls: a set written for this file (1989-90
MUC-4 wire in ALL CAPS, mixed-case wire of today, French wire) on

- robbers shot dead by the police, by guards, in a shoot-out: bilan's record keeps the dead (the police or
  the guards the doer); the MUC-4 adapter counts none of them, since the robbers are the doers of the act
  (a robbery, a hold-up), not civilian victims of a terrorist act;
- the dead and wounded of the robbers' own deed added to them ("after they killed a bank guard");
- NEGATIVES: robbers who kill or wound a shopkeeper, a taxi driver, a guard: the victim counts in both
  records; robbers arrested, no one hurt: no toll.

A row is ``(text, deaths, injured, muc_deaths, muc_injured)`` as in :mod:`test_tolls_followup` (same
scaffolding: ``check_toll``, ``params``).

First run (rows written before running bilan on them): 76 of 90 checks passed (MUC-4 capitals 23/28, wire
25/30, French 28/32; 23 rows, 8 of them negatives). After this round's rules (victims_<lang>.CRIME_DOER_NOUNS:
a figure that counts robbers, burglars, « braqueurs », « cambrioleurs », « coupeurs de route » counts the doers
of their own act, and a figure with no noun after them, "A THIRD", counts the same; victims_<lang>.CRIME_VERBS:
a relative clause that robs, "TWO MEN WHO ROBBED A BUS", tells doers as a violent one does; those nouns are
person nouns, events_<lang>.PERSON_NOUNS, so "FOUR BANK ROBBERS WERE KILLED IN A SHOOTOUT" has its dead; "no
one was hurt", « aucun passager n'a été blessé » deny the casualty verb, quantities_<lang>.NO_HARM_SUBJECT_
DETERMINERS; "lynched" is a death cue, « lynché à mort » too; « convoyeur de fonds » is a civilian noun): 89 of
90, and the French row added with « lynché à mort » 2 of 2; the rest strict xfails below.
"""

from __future__ import annotations

import pytest
from test_tolls_followup import check_toll, params

EN_MUC = [
 ("POLICE SHOT DEAD THREE ROBBERS WHO HAD ASSAULTED A BANK IN SAN MIGUEL ON MONDAY.",
  3, 0, 0, 0),
 ("FOUR BANK ROBBERS WERE KILLED IN A SHOOTOUT WITH POLICE IN MEDELLIN ON FRIDAY.",
  4, 0, 0, 0),
 ("TWO MEN WHO ROBBED A BUS NEAR SANTA TECLA WERE SHOT DEAD BY NATIONAL POLICE AGENTS.",
  2, 0, 0, 0),
 ("POLICE KILLED TWO ROBBERS AND WOUNDED A THIRD AFTER THEY HELD UP A PAWNSHOP IN LIMA.",
  2, 1, 0, 0),
 ("POLICE SHOT DEAD TWO ROBBERS IN BOGOTA AFTER THEY KILLED A BANK GUARD.",
  3, 0, 1, 0),
 # NEGATIVES: the robbers' victims count
 ("ROBBERS SHOT DEAD A SHOPKEEPER IN SAN SALVADOR ON SATURDAY AND FLED WITH 5,000 COLONES.",
  1, 0, 1, 0),
 ("THREE ROBBERS KILLED A TAXI DRIVER AND WOUNDED HIS PASSENGER IN CALI ON SUNDAY.",
  1, 1, 1, 1),
]

EN_WIRE = [
 ("Police shot dead four armed robbers in Lagos on Tuesday after they attacked a bureau de change, a police spokesman said.",
  4, 0, 0, 0),
 ("Two robbers were killed and a third was wounded when police intercepted them on the Kaduna-Abuja highway on Sunday.",
  2, 1, 0, 0),
 ("Security guards shot dead two burglars who broke into a warehouse in Mombasa overnight, police said.",
  2, 0, 0, 0),
 ("Soldiers killed five bandits who had robbed travellers near Gusau on Monday, the army said.",
  5, 0, 0, 0),
 ("A mob lynched two suspected robbers in Port Harcourt on Saturday, police said.",
  2, 0, None, None),
 # NEGATIVES
 ("Armed robbers killed a shopkeeper and wounded his son in Kano on Wednesday night, police said.",
  1, 1, 1, 1),
 ("Robbers shot dead a petrol station attendant in Nairobi on Friday and escaped with the day's takings.",
  1, 0, 1, 0),
 ("Police arrested four suspected robbers in Abuja on Monday; no one was hurt.",
  0, 0, 0, 0),
 # added after the rule that a verb "storm" is no natural cause (test_tolls_breakdowns wire06), as its negative:
 # the noun still is one, and a storm's dead are no incident's
 ("A storm killed five people in Dhaka on Monday, officials said.",
  0, 0, None, None),
]

FR = [
 ("La police a abattu quatre braqueurs à Abidjan mardi, après qu'ils eurent attaqué une agence bancaire.",
  4, 0, 0, 0),
 ("Deux cambrioleurs ont été tués par des vigiles dans un entrepôt de Douala dans la nuit de samedi.",
  2, 0, 0, 0),
 ("Trois braqueurs ont été abattus et un quatrième blessé lors d'un échange de tirs avec la gendarmerie près de Bouaké.",
  3, 1, 0, 0),
 ("Les gendarmes ont tué deux coupeurs de route qui avaient dévalisé un car près de Garoua.",
  2, 0, 0, 0),
 ("La police a abattu deux braqueurs à Lomé après qu'ils eurent tué un convoyeur de fonds.",
  3, 0, 1, 0),
 # added with the French « lynché à mort » entry (not run before it)
 ("Une foule a lynché à mort deux voleurs présumés à Abidjan samedi, selon la police.",
  2, 0, None, None),
 # NÉGATIFS : les victimes des braqueurs comptent
 ("Des braqueurs ont abattu un commerçant à Abidjan dimanche et se sont enfuis avec la recette.",
  1, 0, 1, 0),
 ("Des cambrioleurs ont tué un gardien et blessé sa femme dans une villa de Cotonou.",
  1, 1, 1, 1),
 ("La police a arrêté trois braqueurs présumés à Dakar lundi, sans faire de victimes.",
  0, 0, 0, 0),
]

SETS = (("en", EN_MUC, "muc"), ("en", EN_WIRE, "wire"), ("fr", FR, "fr"))

# (set, row index, check) -> why it fails today; strict, so a fix shows up as an XPASS to remove
XFAIL: dict[tuple[str, int, str], str] = {
    ("muc", 3, "muc_injured"): "MUC-4 injured: 'WOUNDED A THIRD' is read as one wounded person without a figure "
                               "(a victim named by the verb), not as the figure after 'TWO ROBBERS', so the third "
                               "robber is counted as a target",
}


@pytest.mark.parametrize("text,lang,kind,want", params(SETS, XFAIL))
def test_toll_robbers(text, lang, kind, want):
    check_toll(text, lang, kind, want)
