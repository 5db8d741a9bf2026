"""MUC-4 style sentences and short stories, a set written for this file (1989-90 wire and radio news from
El Salvador, Colombia, Peru; ALL CAPS as distributed, and French wire-style mixed-case versions), on victims
told across a coordination, a kin noun or a role:

- persons coordinated before the act and taken up by a pronoun ("X, A JUDGE, AND HIS BODYGUARD, Y, WERE
  LEAVING ... WHEN TWO GUNMEN OPENED FIRE ON THEM, KILLING BOTH"; « ont ouvert le feu sur eux, les tuant
  tous les deux »): every person is a target, and the pronoun's toll counts them;
- a count before a list of names (« Trois personnes, A, B et C, ont été tuées »): every name, and the count;
- a kin noun heading an 'of' complement ("THE SON OF A RANCHER WAS ABDUCTED", « le fils d'un éleveur »):
  the kin is the victim, the person of the complement is not;
- a role cut from its name ("FREED ENGINEER LUIS HOYOS", "KIDNAPPED JOURNALIST X", « l'ancien maire Juan
  Rivas »): the named person is the target;
- "KILLING BOTH" / "KILLING ALL THREE" / « les tuant tous les trois » as tolls.

About a third of the rows are negatives: a kin noun that speaks or denies ("HIS BROTHER SAID", "THE SON OF
THE MAYOR DENIED", « le père de la jeune fille enlevée a déclaré »), a coordination of places, relatives
who escaped unhurt, a clash between forces.

Rows are ``(text, targets, not_targets, deaths, injured)``, read and checked by the scaffolding of the
second set (:mod:`test_muc4_style_hum_targets2`). ``0`` means no fill; ``None`` is not checked.

First run (rows written before any rule of this round): 155 of 182 checks (EN 87/105, FR 68/77; 44 rows). Two
rows had expectations against the MUC-4 convention the other sets keep (a person the act was aimed at who escaped
unhurt is a target, effect NO INJURY: the relatives "WHO WERE WITH HIM, ESCAPED UNHURT", « sortis indemnes »):
rewritten after the first run as targets; read on the first run's fills, 157 of 184 (EN 88/106, FR 69/78; the son
and « fils » missed). en07's not-check on JUSTICE was dropped: the wife's description is "WIFE OF A SUPREME COURT
JUSTICE" (MUC-4 7.20), which a whole-word check cannot tell from a target of its own.

After this round's rules (the "of" complement of a kin noun, ``victims_<lang>.KIN_NOUNS``, is not hit; a conjunct
takes the place of its head in the clause; a kin noun of a later sentence says who; a plural pronoun or "both" that
takes the act stands for the plural noun or the persons coordinated before it, and counts them; a role taken up
by a pronoun of its own sentence keeps its name; armed men counted right before the act's word did it): 179 of
183 (EN 102/105, FR 77/78), the rest strict xfails below.

Seven rows written after those rules, before their own run (a kin noun's complement beside two kin killed, a
coordination of places, four names after a count, a count and names that are speakers): first run 34 of 40 (the
four names of « Quatre enseignants, ... ont été enlevés » lost: the French parse's PER label was not read as a
person; « ont déclaré que » after the names counted with the dead; « le fils et la fille », the second object
joined to the verb, one dead). After the rules for them (a name tagged PER; names listed after a count close an
incise only before a casualty verb; a person noun opened by "et" and joined to the verb is one more dead): 219 of
223 (EN 119/122, FR 100/101).

One French row written before the rule for member nouns apposed to armed men (« deux guérilleros, tous deux membres
des FPL »; first run 2 of 4: the members a victim and their figure added to the dead). After it (a member noun right
after an armed actor and a comma, only determiners and figures between, is those armed men: no victim, no figure of
its own; en24 passes too): 225 of 227 (EN 121/122, FR 104/105).

Then the person a participle of the act qualifies inside the phrase of who speaks ("THE FATHER OF THE KIDNAPPED
GIRL SAID", « le père de la jeune fille enlevée a déclaré ») is hit, and a past participle said of a noun takes it
as the person object the abduction word needs (« la jeune fille enlevée » made no act): en19 and fr13 pass, 227 of
227.

Two rows written before the rule for a person and a count coordinated before a passive with its result ("THE OWNER OF
THE RANCH, PEDRO GOMEZ, AND TWO OF HIS FOREMEN WERE SHOT DEAD": 3), first run 9 of 10 (EN 2 dead, the French right).
After it (the result DEAD of a passive verb is said of the passive's subjects, whose list adds its single persons to
its figures): 237 of 237 (EN 127/127, FR 110/110)."""

from __future__ import annotations

import pytest
from test_muc4_style_hum_targets2 import check, params

EN = [
 # persons coordinated before the act, taken up by a pronoun
 ("RAFAEL ORTIZ, A JUDGE, AND HIS BODYGUARD, MARIO CRUZ, WERE LEAVING THE COURT IN SAN MIGUEL WHEN TWO GUNMEN OPENED FIRE ON THEM, KILLING BOTH.",
  ["RAFAEL ORTIZ", "MARIO CRUZ"], ["GUNMEN"], 2, 0),
 ("TEACHER ANA LOPEZ AND HER HUSBAND, JOSE LOPEZ, WERE DRIVING TO SANTA ANA WHEN ARMED MEN STOPPED THEIR CAR AND SHOT THEM DEAD.",
  ["ANA LOPEZ", "JOSE LOPEZ"], ["ARMED MEN"], 2, 0),
 ("THREE PEASANTS WERE WORKING IN A FIELD NEAR AGUILARES WHEN SOLDIERS FIRED ON THEM, KILLING ALL THREE.",
  ["PEASANTS"], ["SOLDIERS"], 3, 0),
 ("MAYOR PEDRO SOLIS AND COUNCILMAN JUAN ARIAS WERE KIDNAPPED BY GUERRILLAS ON MONDAY NEAR SAN VICENTE. BOTH WERE FOUND DEAD TODAY.",
  ["PEDRO SOLIS", "JUAN ARIAS"], ["GUERRILLAS"], 2, 0),
 ("TWO GUNMEN SHOT AND KILLED LABOR LEADER JOSE GARCIA AND HIS WIFE IN THEIR HOME IN SOYAPANGO.",
  ["JOSE GARCIA", "WIFE"], ["GUNMEN"], 2, 0),
 # a count before a list of names
 ("THREE STUDENTS, LUIS MEJIA, CARLOS ROMERO AND JORGE DIAZ, WERE KILLED BY A BOMB IN SAN SALVADOR.",
  ["LUIS MEJIA", "CARLOS ROMERO", "JORGE DIAZ"], [], 3, 0),
 # a kin noun heading an 'of' complement: the kin is the victim
 ("THE DAUGHTER OF A COFFEE GROWER WAS KIDNAPPED BY ARMED MEN IN SANTA ANA ON TUESDAY.",
  ["DAUGHTER"], ["GROWER", "ARMED MEN"], 0, 0),
 ("THE WIFE OF A SUPREME COURT JUSTICE WAS WOUNDED WHEN A BOMB EXPLODED IN HER CAR IN BOGOTA.",
  ["WIFE"], [], 0, 1),
 ("THE BROTHER OF A PEASANT LEADER WAS SHOT DEAD BY UNIDENTIFIED MEN IN CHALATENANGO.",
  ["BROTHER"], ["LEADER"], 1, 0),
 ("GUERRILLAS KIDNAPPED THE TWO SONS OF A RANCHER NEAR MONTERIA.",
  ["SONS"], ["RANCHER", "GUERRILLAS"], 0, 0),
 # a role cut from its name
 ("POLICE FREED ENGINEER CARLOS VEGA ON SUNDAY, A WEEK AFTER HE WAS KIDNAPPED IN MEDELLIN.",
  ["CARLOS VEGA"], [], 0, 0),
 ("KIDNAPPED JOURNALIST MARIO SALAS WAS RELEASED ON FRIDAY IN AYACUCHO.",
  ["MARIO SALAS"], [], 0, 0),
 ("GUNMEN KILLED FORMER MAYOR JUAN RIVAS IN FRONT OF HIS HOUSE IN USULUTAN.",
  ["JUAN RIVAS"], ["GUNMEN"], 1, 0),
 ("THE ARMY RESCUED KIDNAPPED INDUSTRIALIST RAUL MENDEZ ON THURSDAY NEAR SANTA ANA.",
  ["RAUL MENDEZ"], [], 0, 0),
 # "KILLING BOTH", "KILLING ALL THREE" as tolls
 ("GUERRILLAS AMBUSHED A JEEP CARRYING TWO NURSES NEAR SAN VICENTE, KILLING BOTH.",
  ["NURSES"], ["GUERRILLAS"], 2, 0),
 ("A GRENADE WAS THROWN AT THREE STUDENTS IN FRONT OF THE UNIVERSITY OF EL SALVADOR, KILLING ALL THREE.",
  ["STUDENTS"], [], 3, 0),
 ("A JUDGE AND HIS SECRETARY WERE WOUNDED BY A BOMB IN BOGOTA; BOTH ARE OUT OF DANGER.",
  ["JUDGE", "SECRETARY"], [], 0, 2),
 # NEGATIVES: a kin noun that speaks or denies
 ("JOURNALIST RAMON PAZ WAS KILLED BY A DEATH SQUAD IN SAN SALVADOR ON MONDAY, HIS BROTHER SAID.",
  ["RAMON PAZ"], ["BROTHER"], 1, 0),
 ("THE SON OF THE MAYOR OF APOPA DENIED REPORTS THAT HIS FATHER HAD BEEN KIDNAPPED BY GUERRILLAS.",
  [], ["SON"], 0, 0),
 ("THE FATHER OF THE KIDNAPPED GIRL SAID THAT THE GUERRILLAS HAD DEMANDED A RANSOM.",
  ["GIRL"], ["FATHER"], 0, 0),
 ("THE BROTHER OF THE DEFENSE MINISTER SAID THAT GUERRILLAS KILLED FOUR PEASANTS IN MORAZAN.",
  ["PEASANTS"], ["BROTHER", "MINISTER"], 4, 0),
 # relatives who were with the victim and escaped unhurt: targets all the same (MUC-4 HUM TGT, no injury)
 ("TWO GUNMEN SHOT DEAD A BUS DRIVER IN SOYAPANGO. HIS WIFE AND HIS SON, WHO WERE WITH HIM, ESCAPED UNHURT.",
  ["DRIVER", "WIFE", "SON"], ["GUNMEN"], 1, 0),
 # NEGATIVES: a coordination of places
 ("GUERRILLAS ATTACKED THE TOWNS OF SAN MIGUEL AND USULUTAN, KILLING TWO CIVILIANS.",
  ["CIVILIANS"], ["SAN MIGUEL", "USULUTAN"], 2, 0),
 ("BOMBS DAMAGED THE OFFICES OF TWO PARTIES IN SAN SALVADOR AND SANTA ANA; BOTH WERE EMPTY.",
  [], ["SANTA ANA", "SAN SALVADOR"], 0, 0),
 # NEGATIVE: a clash between forces
 ("ARMY TROOPS KILLED TWO GUERRILLAS, BOTH MEMBERS OF THE FPL, IN A CLASH NEAR SUCHITOTO.",
  [], ["GUERRILLAS", "FPL"], 0, 0),
 # written after the rules, before their own run (see the docstring)
 ("GUNMEN KILLED THE SON AND THE DAUGHTER OF A COFFEE GROWER ON THEIR FARM NEAR SANTA ANA.",
  ["SON", "DAUGHTER"], ["GROWER", "GUNMEN"], 2, 0),
 ("GUERRILLAS DYNAMITED TWO BRIDGES, IN SAN ISIDRO AND SAN JOSE, BUT NOBODY WAS HURT.",
  [], ["SAN ISIDRO", "SAN JOSE"], 0, 0),
 ("FOUR TEACHERS, ANA GOMEZ, ROSA PEREZ, LUIS DIAZ AND MARIO RUIZ, WERE KIDNAPPED BY ARMED MEN IN SAN VICENTE.",
  ["ANA GOMEZ", "ROSA PEREZ", "LUIS DIAZ", "MARIO RUIZ"], ["ARMED MEN"], 0, 0),
 # written before the rule for a person and a count coordinated before "WERE SHOT DEAD"
 ("THE OWNER OF THE RANCH, PEDRO GOMEZ, AND TWO OF HIS FOREMEN WERE SHOT DEAD BY GUERRILLAS NEAR MONTERIA.",
  ["PEDRO GOMEZ", "FOREMEN"], ["GUERRILLAS"], 3, 0),
]

FR = [
 # des personnes coordonnées avant l'acte, reprises par un pronom
 ("Le juge Rafael Ortiz et son garde du corps, Mario Cruz, quittaient le tribunal de San Miguel lorsque deux hommes armés ont ouvert le feu sur eux, les tuant tous les deux.",
  ["Rafael Ortiz", "Mario Cruz"], ["hommes armés"], 2, 0),
 ("Des soldats ont tiré sur trois paysans qui travaillaient dans un champ près d'Aguilares, les tuant tous les trois.",
  ["paysans"], ["soldats"], 3, 0),
 ("Deux infirmières voyageaient dans une jeep près de San Vicente quand des guérilleros l'ont attaquée, les tuant toutes les deux.",
  ["infirmières"], ["guérilleros"], 2, 0),
 # un nombre devant une liste de noms
 ("Trois personnes, Luis Mejía, Carlos Romero et Jorge Díaz, ont été tuées par une bombe à San Salvador.",
  ["Luis Mejía", "Carlos Romero", "Jorge Díaz"], [], 3, 0),
 ("Deux syndicalistes, Ana López et José Arias, ont été enlevés par des hommes armés à Soyapango.",
  ["Ana López", "José Arias"], ["hommes armés"], 0, 0),
 # un nom de parenté en tête d'un complément
 ("Le fils d'un éleveur a été enlevé par des guérilleros près de Montería.",
  ["fils"], ["éleveur", "guérilleros"], 0, 0),
 ("La fille d'un planteur de café a été blessée par l'explosion d'une grenade à Santa Ana.",
  ["fille"], ["planteur"], 0, 1),
 ("L'épouse d'un magistrat a été tuée par balles devant son domicile à Medellín.",
  ["épouse"], ["magistrat"], 1, 0),
 ("Le frère d'un dirigeant paysan a été assassiné par des inconnus dans le Chalatenango.",
  ["frère"], ["dirigeant"], 1, 0),
 # un rôle détaché de son nom
 ("Des ravisseurs ont libéré l'ingénieur Luis Hoyos vendredi, deux semaines après son enlèvement à Medellín.",
  ["Luis Hoyos"], [], 0, 0),
 ("Des hommes armés ont abattu l'ancien maire Juan Rivas devant son domicile à Usulután.",
  ["Juan Rivas"], ["hommes armés"], 1, 0),
 # NÉGATIFS : un parent qui parle ou dément
 ("Le journaliste Ramón Paz a été tué lundi par un escadron de la mort à San Salvador, a déclaré son frère.",
  ["Ramón Paz"], ["frère"], 1, 0),
 ("Le fils du maire d'Apopa a démenti que son père ait été enlevé par la guérilla.",
  [], ["fils"], 0, 0),
 ("Le père de la jeune fille enlevée a déclaré que les guérilleros exigeaient une rançon.",
  ["fille"], ["père"], 0, 0),
 ("Le frère du ministre de la Défense a déclaré que des guérilleros avaient tué quatre paysans dans le Morazán.",
  ["paysans"], ["frère", "ministre"], 4, 0),
 # des parents qui accompagnaient la victime, sortis indemnes : des cibles tout de même (MUC-4, sans blessure)
 ("Deux hommes armés ont abattu un chauffeur d'autobus à Soyapango. Sa femme et son fils, qui l'accompagnaient, sont sortis indemnes.",
  ["chauffeur", "femme", "fils"], ["hommes armés"], 1, 0),
 # NÉGATIF : une coordination de lieux
 ("Des guérilleros ont attaqué les villes de San Miguel et d'Usulután, tuant deux civils.",
  ["civils"], ["San Miguel", "Usulután"], 2, 0),
 # deux blessés, « tous deux »
 ("Un juge et sa secrétaire ont été blessés par une bombe à Bogota ; tous deux sont hors de danger.",
  ["juge", "secrétaire"], [], 0, 2),
 # écrites après les règles, avant leur propre passage (voir la docstring)
 ("Quatre enseignants, Ana Gómez, Rosa Pérez, Luis Díaz et Mario Ruiz, ont été enlevés lundi par des hommes armés à San Vicente.",
  ["Ana Gómez", "Rosa Pérez", "Luis Díaz", "Mario Ruiz"], ["hommes armés"], 0, 0),
 ("Deux journalistes, Luis Ortega et Mario Salas, ont été blessés par l'explosion d'une bombe à Lima.",
  ["Luis Ortega", "Mario Salas"], [], 0, 2),
 ("Trois paysans, Juan Alfaro, Pedro Linares et Tomás Reyes, ont déclaré que des soldats avaient tué deux enfants près d'Aguilares.",
  ["enfants"], ["Juan Alfaro", "Pedro Linares", "Tomás Reyes"], 2, 0),
 ("Des hommes armés ont tué le fils et la fille d'un planteur de café dans leur ferme près de Santa Ana.",
  ["fils", "fille"], ["planteur", "hommes armés"], 2, 0),
 # écrite avant la règle des membres apposés à des hommes armés
 ("Des soldats ont tué deux guérilleros, tous deux membres des FPL, lors d'un accrochage près de Suchitoto.",
  [], ["guérilleros", "membres"], 0, 0),
 # écrite avant la règle d'une personne et d'un nombre coordonnés avant « ont été abattus »
 ("Le propriétaire de la ferme, Pedro Gómez, et deux de ses contremaîtres ont été abattus par des guérilleros près de Montería.",
  ["Pedro Gómez", "contremaîtres"], ["guérilleros"], 3, 0),
]

# (lang, row index, check) -> why it fails today; strict, so a fix shows up as an XPASS to remove

XFAIL: dict[tuple[str, int, str], str] = {
}


@pytest.mark.parametrize("text,lang,kind,want", params((("en", EN), ("fr", FR)), XFAIL))
def test_muc4_style_coord(text, lang, kind, want):
    check(text, lang, kind, want)
