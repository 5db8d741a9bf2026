"""MUC-4 style short stories, a set written for this file (1989-90 wire and radio news from El Salvador,
Colombia, Peru, Guatemala; ALL CAPS as distributed, and French wire-style mixed-case versions), on the
victims left over by the coreference round (``test_muc4_style_coref.py``) and the fourth human-target
round:

- a list of names after a counted role ("TWO JOURNALISTS, LUIS ORTEGA AND MARIO SALAS, WERE KIDNAPPED"):
  every name is a target, not the first alone;
- the one who pays a ransom ("HIS FAMILY PAID A RANSOM", « le paiement d'une rançon par sa famille ») is no
  target of the kidnapping;
- bodies found "in a ravine" after an abduction told in the sentence before are the dead of that abduction,
  not of an accident; a bus fallen into a ravine stays an accident;
- a wound told by a pronoun subject, "WHEN MEN IN CIVILIAN CLOTHES FIRED ON THE CAR": an incident;
- a plain guard killed outside a bank or a store is a civilian target, not a combatant;
- persons named before the act and taken up by a pronoun ("OPENED FIRE ON THEM, KILLING BOTH").

About a third of the rows are negatives: speakers named in a list, ransom payers, accidents in a ravine,
soldiers of a patrol that shot, persons named who were not with the victims.

Rows are ``(text, targets, not_targets, deaths, injured)``, read and checked by the scaffolding of the
second set (:mod:`test_muc4_style_hum_targets2`). ``0`` means no fill; ``None`` is not checked.

First run (rows written before any rule of this round): 95 of 122 checks (EN 54/73, FR 41/49; 30 rows).
After this round's rules (who pays a ransom no target, a ravine no accident by itself, the subject of the
clause that tells how someone was hit is its doer: not hit, not counted; a firing that caused a casualty
needs no armed word; « en civil » a dress; a plain guard at a bank or a store a civilian; DEAD parsed as an adverb of SHOT; a result DEAD said of
a counted subject far from its figure): 112 of 122 (EN 66/73, FR 46/49), the rest strict xfails below.
With h-coordvict (the 'of' complement of a kin noun is not hit; a plural pronoun that takes the act stands for the
persons coordinated before it; a role taken up by a pronoun keeps its name; names listed after a count close an incise before the casualty verb):
en05, en06, en16, fr01, fr11 pass, 120 of 122."""

from __future__ import annotations

import pytest
from test_muc4_style_hum_targets2 import check, params

EN = [
 # a list of names after a counted role
 ("TWO TEACHERS, ANA LUCIA MORALES AND CARMEN VIDES, WERE KIDNAPPED BY ARMED MEN ON TUESDAY IN SAN VICENTE.",
  ["ANA LUCIA MORALES", "CARMEN VIDES"], ["ARMED MEN"], 0, 0),
 ("THREE PEASANTS, JUAN ALFARO, PEDRO LINARES AND TOMAS REYES, WERE SHOT DEAD BY UNIDENTIFIED MEN NEAR AGUILARES ON SUNDAY.",
  ["JUAN ALFARO", "PEDRO LINARES", "TOMAS REYES"], [], 3, 0),
 ("TWO STUDENT LEADERS, RAFAEL CORTEZ AND JULIO MENA, WERE WOUNDED WHEN A BOMB EXPLODED AT THE UNIVERSITY OF EL SALVADOR.",
  ["RAFAEL CORTEZ", "JULIO MENA"], [], 0, 2),
 # NEGATIVE: a list of speakers, not of victims
 ("TWO BISHOPS, ARTURO RIVERA AND GREGORIO ROSA, CONDEMNED THE MURDER OF A CATECHIST IN CUSCATLAN ON MONDAY.",
  ["CATECHIST"], ["ARTURO RIVERA", "GREGORIO ROSA"], 1, 0),
 # the ransom payer
 ("BUSINESSMAN CARLOS ESCOBAR WAS KIDNAPPED IN CALI ON MAY 3. HE WAS RELEASED TODAY AFTER HIS FAMILY PAID A RANSOM OF 10 MILLION PESOS.",
  ["CARLOS ESCOBAR"], ["FAMILY"], 0, 0),
 ("THE SON OF A RANCHER WAS ABDUCTED BY GUERRILLAS NEAR MONTERIA. THE RANCHER PAID A RANSOM, BUT THE YOUTH HAS NOT BEEN FREED.",
  ["SON"], ["RANCHER"], 0, 0),
 ("KIDNAPPERS FREED ENGINEER LUIS HOYOS ON FRIDAY, TWO WEEKS AFTER HE WAS SEIZED IN MEDELLIN. HIS EMPLOYERS PAID THE RANSOM.",
  ["LUIS HOYOS"], ["EMPLOYERS", "KIDNAPPERS"], 0, 0),
 # bodies in a ravine after an abduction
 ("PEASANT LEADER MANUEL SOTO WAS ABDUCTED BY MEN IN UNIFORM ON WEDNESDAY. HIS BODY WAS FOUND TODAY IN A RAVINE NEAR SONSONATE.",
  ["MANUEL SOTO"], [], 1, 0),
 ("FOUR CATECHISTS WERE TAKEN FROM THEIR HOMES IN SANTA CRUZ DEL QUICHE BY ARMED MEN. THEIR BODIES WERE FOUND IN A RAVINE TWO DAYS LATER.",
  ["CATECHISTS"], ["ARMED MEN"], 4, 0),
 # NEGATIVE: an accident in a ravine
 ("THE BODIES OF 12 PASSENGERS WERE RECOVERED FROM A RAVINE NEAR HUANCAYO AFTER THEIR BUS FELL OFF THE ROAD.",
  [], ["PASSENGERS"], 0, 0),
 # a wound told by a pronoun, men in civilian clothes firing on a car
 ("JUDGE MARTA ORELLANA LEFT THE COURTHOUSE OF SAN MIGUEL AT NOON. SHE WAS WOUNDED WHEN MEN IN CIVILIAN CLOTHES FIRED ON HER CAR.",
  ["MARTA ORELLANA"], [], 0, 1),
 ("UNION LEADER FELIPE SERRANO WAS DRIVING TO WORK IN SOYAPANGO. HE WAS KILLED WHEN MEN IN CIVILIAN CLOTHES OPENED FIRE ON HIS VEHICLE.",
  ["FELIPE SERRANO"], [], 1, 0),
 # NEGATIVE: soldiers who fired, no one hit
 ("SOLDIERS FIRED ON A CAR THAT FAILED TO STOP AT A CHECKPOINT NEAR SAN SALVADOR. NO ONE WAS HURT.",
  [], ["SOLDIERS"], 0, 0),
 # a guard killed outside a bank
 ("A GUARD WAS KILLED OUTSIDE A BANK IN SAN SALVADOR WHEN FOUR MEN TRIED TO ROB AN ARMORED TRUCK.",
  ["GUARD"], ["MEN"], 1, 0),
 ("GUERRILLAS SHOT DEAD A SECURITY GUARD AT THE ENTRANCE OF A SUPERMARKET IN SANTA TECLA ON MONDAY.",
  ["GUARD"], ["GUERRILLAS"], 1, 0),
 # NEGATIVE: guardsmen of a patrol killed in a clash with guerrillas (MUC-4 rule 1b: no template)
 ("A NATIONAL GUARD PATROL CLASHED WITH GUERRILLAS NEAR SUCHITOTO ON THURSDAY. TWO GUARDSMEN WERE KILLED IN THE FIGHTING.",
  [], ["GUARDSMEN", "GUERRILLAS"], 0, 0),
 # persons named before the act, taken up by a pronoun
 ("ATTORNEY JORGE DIAZ, A HUMAN RIGHTS LAWYER, AND HIS ASSISTANT, LUIS PINTO, WERE LEAVING THEIR OFFICE WHEN TWO GUNMEN OPENED FIRE ON THEM, KILLING BOTH.",
  ["JORGE DIAZ", "LUIS PINTO"], ["GUNMEN"], 2, 0),
 # NEGATIVE: the person named before the act was not with the victims
 ("JOURNALIST HECTOR GUZMAN SAID ON RADIO THAT HE HAD SEEN TWO GUNMEN OPEN FIRE ON A BUS IN MIXCO, KILLING THE DRIVER.",
  ["DRIVER"], ["HECTOR GUZMAN", "GUNMEN"], 1, 0),
]

FR = [
 # une liste de noms après un rôle compté
 ("Deux journalistes, Luis Ortega et Mario Salas, ont été enlevés mardi à Ayacucho par des hommes armés.",
  ["Luis Ortega", "Mario Salas"], ["hommes armés"], 0, 0),
 ("Trois paysans, Juan Alfaro, Pedro Linares et Tomás Reyes, ont été tués par balles dimanche près d'Aguilares.",
  ["Juan Alfaro", "Pedro Linares", "Tomás Reyes"], [], 3, 0),
 # NÉGATIF : une liste d'orateurs
 ("Deux évêques, Arturo Rivera et Gregorio Rosa, ont condamné lundi l'assassinat d'un catéchiste à Cuscatlán.",
  ["catéchiste"], ["Arturo Rivera", "Gregorio Rosa"], 1, 0),
 # NÉGATIF : des députés qui dénoncent
 ("Deux députés, Ana Ruiz et José Peña, ont dénoncé jeudi l'enlèvement d'un syndicaliste à Soyapango.",
  ["syndicaliste"], ["Ana Ruiz", "José Peña"], 0, 0),
 # celui qui paie la rançon
 ("L'industriel Carlos Escobar, enlevé le 3 mai à Cali, a été libéré vendredi après le paiement d'une rançon par sa famille.",
  ["Carlos Escobar"], ["famille"], 0, 0),
 ("Le fils d'un éleveur a été enlevé par des guérilleros près de Montería. Son père a versé une rançon, mais le jeune homme n'a pas été libéré.",
  ["fils"], ["père"], 0, 0),
 # corps dans un ravin après un enlèvement
 ("Le dirigeant paysan Manuel Soto a été enlevé mercredi par des hommes en uniforme. Son corps a été retrouvé aujourd'hui dans un ravin près de Sonsonate.",
  ["Manuel Soto"], [], 1, 0),
 # NÉGATIF : un accident dans un ravin
 ("Les corps de douze passagers ont été retirés d'un ravin près de Huancayo après la chute de leur autobus.",
  [], ["passagers"], 0, 0),
 # une blessure dite par un pronom
 ("La juge Marta Orellana a quitté le palais de justice de San Miguel à midi. Elle a été blessée quand des hommes en civil ont tiré sur sa voiture.",
  ["Marta Orellana"], [], 0, 1),
 # NÉGATIF : des soldats qui tirent, personne de touché
 ("Des soldats ont tiré sur une voiture qui ne s'était pas arrêtée à un barrage près de San Salvador. Personne n'a été blessé.",
  [], ["soldats"], 0, 0),
 # un gardien tué devant une banque
 ("Un gardien a été tué devant une banque de San Salvador lorsque quatre hommes ont tenté de dévaliser un fourgon blindé.",
  ["gardien"], ["hommes"], 1, 0),
 # des personnes nommées avant l'acte, reprises par un pronom
 ("L'avocat Jorge Díaz et sa secrétaire, Luisa Pinto, quittaient leur bureau quand deux hommes armés ont ouvert le feu sur eux, les tuant tous les deux.",
  ["Jorge Díaz", "Luisa Pinto"], ["hommes armés"], 2, 0),
]

_RECOVERED = ("events: 'BODIES ... WERE RECOVERED FROM A RAVINE' reads 'recovered' as the forces regaining territory (the "
              "ravine and the road as ground), so the dead of a bus fallen off the road make an incident")

# (lang, row index, check) -> why it fails today; strict, so a fix shows up as an XPASS to remove
XFAIL: dict[tuple[str, int, str], str] = {
    ("en", 9, "not0"): _RECOVERED,
    ("en", 9, "deaths1"): _RECOVERED,
}


@pytest.mark.parametrize("text,lang,kind,want", params((("en", EN), ("fr", FR)), XFAIL))
def test_muc4_style_victims9(text, lang, kind, want):
    check(text, lang, kind, want)
