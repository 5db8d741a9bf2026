"""MUC-4 style sentences, a fifth set on human targets written for this file (1989-90 wire and radio news
from El Salvador, Colombia, Peru, Guatemala; ALL CAPS as distributed, and French mixed-case versions), on
the constructions the four earlier sets (``test_muc4_style_hum_targets*.py``) do not hold: victims as the
objects of other verbs than the act's own ("MACHINEGUNNED A BUS CARRYING 30 COFFEE PICKERS", "SPRAYED THE
CAR OF ... WITH BULLETS"), the owner of a home or a car the act hit ("THE RESIDENCE OF JUDGE X WAS
DYNAMITED"), "by"-less passives over several persons with their titles, appositions after a count ("THREE
PEOPLE, INCLUDING A PRIEST"), kidnappings and threats told as a noun (« l'enlèvement de deux ingénieurs »),
persons named by their office alone ("THE ATTORNEY GENERAL"), groups named by their trade ("GOLD MINERS",
« des syndicalistes »); and negatives: speakers, witnesses, rescuers, doctors, suspects arrested.

Rows are ``(text, targets, not_targets, deaths, injured)``, read and checked by the scaffolding of the
second set (:mod:`test_muc4_style_hum_targets2`: the MUC-4 adapter's own fills of the incidents that
would be templates). ``0`` means no fill; ``None`` is not checked.

First run (before any rule of this round, on the code at 02ed6d6): 144 of 158 checks passed (41 rows: EN 67/76,
FR 77/82). Four rows written later in the round, before their own run (a verb of raking or spraying, and one
that tells no shooting): 12 of their 14 checks passed on that code. After this round's rules (whose home or car
the act hit, ``targets_<lang>.PERSONAL_PROPERTY``; whom a vehicle hit was carrying; a person noun coordinated
after a victim tied by a subset phrase; "X, HIS WIFE AND ..." no apposition; a thing's noun before a trade noun
counted, "FOUR TAXI DRIVERS"; "SPRAYED / RAKED ... WITH BULLETS", « arroser de balles »): 170 of 172, the two
left strict xfails below (a murder told only as what suspects were arrested for makes no incident).

A second round of 24 rows (from "THE JEEP IN WHICH THE MAYOR ... WAS TRAVELLING" on), written before its own run:
first run 83 of 96 checks (EN 44/48, FR 39/48). After its rules (whom a vehicle hit was carrying takes the
subject of a verb of ``victims_<lang>.TRAVELLING_VERBS`` in a relative clause on it; firemen and delegates are
person nouns; « personne n'a été blessé » is nobody, ``victims_<lang>.NOBODY_NOUNS``, where it was one person
wounded; « les ont exécutés » after « ont arraché trois paysans » takes them up; « essuyer des tirs »; a noun
subject with a relative clause of trying is no cleft of a possibility; the people a relative clause on a teller
says were wounded are no tellers): 95 of 96, the one left a strict xfail below.

A third round of 16 rows (from "JUDGE MARTA GONZALEZ HAD RECEIVED DEATH THREATS" on), written before its own run:
first run 56 of 62 checks (EN 29/31, FR 27/31). After its rules (a possessive on the home or car hit stands for
the person named before it; « prêtre », « curé », « abbé » are person nouns; the one whose kidnapping a relative
clause on a teller names is no teller): 62 of 62. The whole set: 327 of 330, three strict xfails.

A murder told only as what suspects were arrested for is an incident since tests/test_acts_told_in_passing.py
(events._act_on_a_person): the two "arrested ... for the murder of a shopkeeper" rows pass. The whole set: 329 of
330, one strict xfail."""

from __future__ import annotations

import pytest
from test_muc4_style_hum_targets2 import check, params

EN = [
 # victims as the objects of other verbs
 ("HEAVILY ARMED MEN MACHINEGUNNED A BUS CARRYING 30 COFFEE PICKERS ON THE ROAD TO SANTIAGO DE MARIA, KILLING NINE OF THEM.",
  ["PICKERS"], ["ARMED MEN"], 9, None),
 ("UNIDENTIFIED MEN SPRAYED THE CAR OF MAYOR ERNESTO LUNA WITH BULLETS IN SANTA ANA; THE MAYOR WAS SERIOUSLY WOUNDED.",
  ["ERNESTO LUNA|MAYOR"], ["UNIDENTIFIED MEN"], 0, 1),
 ("GUERRILLAS STOPPED A TRUCK CARRYING SIX ELECTRICITY WORKERS NEAR ILOBASCO AND SHOT THEM.",
  ["WORKERS"], ["GUERRILLAS"], None, None),
 # the owner of the home or the car hit
 ("THE RESIDENCE OF JUDGE MARIO ALVAREZ WAS DYNAMITED IN MEDELLIN EARLY TODAY.",
  ["MARIO ALVAREZ"], [], 0, 0),
 ("TERRORISTS SET FIRE TO THE CAR OF JOURNALIST RAFAEL GOMEZ IN FRONT OF HIS HOME IN BOGOTA.",
  ["RAFAEL GOMEZ"], ["TERRORISTS"], 0, 0),
 ("A BOMB DESTROYED THE HOUSE OF A LIBERAL CONGRESSMAN, HORACIO SERPA, IN BUCARAMANGA LAST NIGHT.",
  ["HORACIO SERPA|CONGRESSMAN"], [], 0, 0),
 # "by"-less passives over several persons with their titles
 ("MAYOR HERNAN DARIO PATINO, HIS WIFE AND TWO BODYGUARDS WERE KILLED IN AN AMBUSH NEAR YARUMAL.",
  ["HERNAN DARIO PATINO", "WIFE", "BODYGUARDS"], [], 4, 0),
 ("JUDGE ELSA MOLINA AND PROSECUTOR ARTURO CANO WERE SHOT DEAD IN FRONT OF THE COURTHOUSE IN CUCUTA.",
  ["ELSA MOLINA", "ARTURO CANO"], [], 2, 0),
 # appositions after a count
 ("THREE PEOPLE, INCLUDING A PRIEST, WERE KILLED WHEN GUNMEN ATTACKED A CHURCH IN SANTA ANA.",
  ["PRIEST"], ["GUNMEN"], 3, 0),
 ("GUERRILLAS KILLED SIX PEOPLE, AMONG THEM A PRIEST AND TWO NUNS, IN THE VILLAGE OF SAN ESTEBAN CATARINA.",
  ["PRIEST", "NUNS"], ["GUERRILLAS"], 6, 0),
 # kidnappings and threats
 ("POLICE CONFIRMED THE KIDNAPPING OF TWO WEST GERMAN ENGINEERS BY THE ELN NEAR SARAVENA.",
  ["ENGINEERS"], ["POLICE", "ELN"], 0, 0),
 ("UNIDENTIFIED MEN KIDNAPPED THE SON OF A WEALTHY RANCHER IN MONTERIA ON SATURDAY.",
  ["SON"], ["UNIDENTIFIED MEN"], 0, 0),
 # persons named by their office alone
 ("THE GOVERNOR OF CAJAMARCA WAS WOUNDED IN AN AMBUSH ON THE ROAD TO CELENDIN.",
  ["GOVERNOR"], [], 0, 1),
 ("GUNMEN FIRED ON THE CAR OF THE ATTORNEY GENERAL IN BOGOTA, KILLING HIS DRIVER.",
  ["ATTORNEY GENERAL", "DRIVER"], ["GUNMEN"], 1, 0),
 # groups named by their trade or role
 ("ARMED MEN KILLED SEVEN GOLD MINERS IN THE MUNICIPALITY OF SEGOVIA ON MONDAY.",
  ["MINERS"], ["ARMED MEN"], 7, 0),
 ("FOUR TAXI DRIVERS WERE SHOT DEAD BY A DEATH SQUAD IN SOYAPANGO.",
  ["DRIVERS"], ["DEATH SQUAD"], 4, 0),
 # NEGATIVES: witnesses, rescuers, doctors, suspects, speakers
 ("A WITNESS, MARIA LOPEZ, SAID SHE SAW FOUR ARMED MEN SHOOT A TAXI DRIVER IN SAN MIGUEL.",
  ["DRIVER"], ["MARIA LOPEZ", "WITNESS"], None, None),
 ("RED CROSS VOLUNTEERS TOOK FIVE WOUNDED PEASANTS TO THE HOSPITAL AFTER THE ARMY SHELLED THE VILLAGE OF SAN JOSE.",
  ["PEASANTS"], ["VOLUNTEERS"], 0, 5),
 ("DR JUAN PEREZ, WHO TREATED THE WOUNDED AT THE ROSALES HOSPITAL, SAID THAT THREE STUDENTS WERE HURT BY THE GRENADE.",
  ["STUDENTS"], ["JUAN PEREZ"], 0, 3),
 ("POLICE ARRESTED TWO SUSPECTS, PEDRO ROJAS AND LUIS VEGA, FOR THE MURDER OF A SHOPKEEPER IN CALI.",
  ["SHOPKEEPER"], ["PEDRO ROJAS", "LUIS VEGA"], None, None),
 # written later in the round, before their own run: shooting told by its instrument, and a verb of
 # spraying that tells none
 ("HOODED MEN RAKED THE HOUSE OF A LABOR LAWYER, PEDRO CASTILLO, WITH MACHINEGUN FIRE IN SAN MIGUEL LAST NIGHT.",
  ["PEDRO CASTILLO|LAWYER"], ["HOODED MEN"], 0, 0),
 ("A CROP-DUSTING PLANE SPRAYED THE COTTON FIELDS OF A COOPERATIVE WITH PESTICIDE NEAR USULUTAN.",
  [], ["COOPERATIVE"], 0, 0),
 # a second round, written before its own run: the vehicle a person travelled in, a possessive owner, acts
 # told by other verbs, threats, kidnappings told by a noun, offices alone, groups by trade, rescuers
 ("GUERRILLAS AMBUSHED THE JEEP IN WHICH THE MAYOR OF CHALATENANGO WAS TRAVELLING, WOUNDING HIS DRIVER.",
  ["MAYOR", "DRIVER"], ["GUERRILLAS"], 0, 1),
 ("A BOMB EXPLODED UNDER THE GOVERNOR'S CAR IN FRONT OF THE GOVERNMENT PALACE IN HUANCAYO; NOBODY WAS HURT.",
  ["GOVERNOR"], [], 0, 0),
 ("UNIDENTIFIED MEN DRAGGED THREE PEASANTS FROM THEIR HOMES IN SAN MARCOS AND EXECUTED THEM ON THE ROADSIDE.",
  ["PEASANTS"], ["UNIDENTIFIED MEN"], 3, 0),
 ("THE ANTICOMMUNIST ACTION FRONT THREATENED TO KILL SEVEN LEADERS OF THE NATIONAL TEACHERS UNION.",
  ["LEADERS"], ["ANTICOMMUNIST ACTION FRONT"], 0, 0),
 ("THE ELN CLAIMED THE ABDUCTION OF A SWISS RED CROSS DELEGATE, PIERRE MARTIN, NEAR ARAUCA.",
  ["PIERRE MARTIN|DELEGATE"], ["ELN"], 0, 0),
 ("THE PRESIDENT OF THE SUPREME COURT WAS KIDNAPPED BY AN ARMED COMMANDO AS HE LEFT HIS OFFICE IN LIMA.",
  ["PRESIDENT"], ["COMMANDO"], 0, 0),
 ("SENATOR JAVIER ORTIZ AND CONGRESSMAN HUGO ROA WERE KIDNAPPED ON THE ROAD TO VILLAVICENCIO.",
  ["JAVIER ORTIZ", "HUGO ROA"], [], 0, 0),
 ("PARAMILITARY GROUPS MURDERED FIVE BANANA WORKERS AND A UNION LEADER ON A PLANTATION NEAR APARTADO.",
  ["WORKERS", "LEADER"], ["PARAMILITARY"], 6, 0),
 ("FIVE PEOPLE, THREE OF THEM CHILDREN, WERE WOUNDED WHEN A GRENADE EXPLODED IN THE MARKET OF SAN MIGUEL.",
  ["PEOPLE|CHILDREN"], [], 0, 5),
 ("FIREMEN WHO TRIED TO PUT OUT THE FIRE AT THE TOWN HALL OF SAN AGUSTIN WERE FIRED ON BY THE ATTACKERS; TWO OF THEM WERE WOUNDED.",
  ["FIREMEN"], ["ATTACKERS"], 0, 2),
 ("SOLDIERS WHO ARRIVED AFTER THE MASSACRE OF 12 PEASANTS IN LA MONTANA TOOK THE BODIES TO THE TOWN OF SEGOVIA.",
  ["PEASANTS"], ["SOLDIERS"], 12, 0),
 ("A TAXI DRIVER WHO TOOK THREE WOUNDED PASSENGERS TO THE HOSPITAL SAID THE BUS HAD BEEN MACHINEGUNNED FROM A PICKUP.",
  ["PASSENGERS"], ["TAXI DRIVER"], 0, 3),
 # a third round, written before its own run: a home or car told by a possessive pronoun, hostages, acts told by
 # verbs of stabbing or torture, and people near the act who were not hit
 ("JUDGE MARTA GONZALEZ HAD RECEIVED DEATH THREATS. ON MONDAY A BOMB DESTROYED HER CAR IN FRONT OF THE COURTHOUSE IN PEREIRA.",
  ["MARTA GONZALEZ"], [], 0, 0),
 ("GUERRILLAS STOPPED A BUS NEAR SAN VICENTE AND TOOK 20 PASSENGERS HOSTAGE.",
  ["PASSENGERS"], ["GUERRILLAS"], 0, 0),
 ("A COMMUNITY LEADER, RAMIRO LOPEZ, WAS STABBED TO DEATH BY UNIDENTIFIED INDIVIDUALS IN SOYAPANGO.",
  ["RAMIRO LOPEZ|LEADER"], ["UNIDENTIFIED INDIVIDUALS"], 1, 0),
 ("THE BODIES OF TWO STUDENTS WHO HAD BEEN TORTURED BY A DEATH SQUAD WERE FOUND NEAR THE PUERTA DEL DIABLO.",
  ["STUDENTS"], ["DEATH SQUAD"], 2, None),
 ("NEIGHBORS WHO HEARD THE SHOTS FOUND THE BODY OF A NIGHT WATCHMAN AT THE ENTRANCE OF THE WAREHOUSE.",
  ["WATCHMAN"], ["NEIGHBORS"], 1, 0),
 ("THE PRIEST WHO CELEBRATED THE FUNERAL OF THE FIVE MURDERED PEASANTS CONDEMNED THE MASSACRE.",
  ["PEASANTS"], ["PRIEST"], 5, 0),
 ("GUNMEN KILLED A CATECHIST AND THE PARISH PRIEST WHO WAS TRAVELLING WITH HIM NEAR SENSUNTEPEQUE.",
  ["CATECHIST", "PRIEST"], ["GUNMEN"], 2, 0),
 ("A PEASANT WHO WITNESSED THE KIDNAPPING OF AGRONOMIST LUIS RIVERA SAID THE KIDNAPPERS WORE MILITARY UNIFORMS.",
  ["LUIS RIVERA"], ["PEASANT"], 0, 0),
]

FR = [
 # victimes objets d'autres verbes
 ("Des hommes lourdement armés ont mitraillé un autobus qui transportait une trentaine de cueilleurs de café sur la route de Santiago de María, tuant neuf d'entre eux.",
  ["cueilleurs"], ["hommes"], 9, None),
 ("Des inconnus ont criblé de balles la voiture du maire Ernesto Luna à Santa Ana ; le maire a été grièvement blessé.",
  ["Ernesto Luna|maire"], ["inconnus"], 0, 1),
 ("Des inconnus ont mitraillé le véhicule du maire de Santa Tecla, qui a été blessé au bras.",
  ["maire"], ["inconnus"], 0, 1),
 # le propriétaire de la maison ou de la voiture visée
 ("La résidence du juge Mario Álvarez a été dynamitée tôt ce matin à Medellín.",
  ["Mario Álvarez"], [], 0, 0),
 ("Des terroristes ont incendié la voiture du journaliste Rafael Gómez devant son domicile à Bogota.",
  ["Rafael Gómez"], ["terroristes"], 0, 0),
 ("Une bombe a détruit la maison d'un député libéral, Horacio Serpa, à Bucaramanga la nuit dernière.",
  ["Horacio Serpa|député"], [], 0, 0),
 # passifs sans agent sur plusieurs personnes avec leurs titres
 ("Le maire Hernán Darío Patiño, sa femme et deux gardes du corps ont été tués dans une embuscade près de Yarumal.",
  ["Hernán Darío Patiño", "femme", "gardes"], [], 4, 0),
 ("La juge Elsa Molina et le procureur Arturo Cano ont été abattus devant le palais de justice de Cúcuta.",
  ["Elsa Molina", "Arturo Cano"], [], 2, 0),
 # appositions après un nombre
 ("Trois personnes, dont un prêtre, ont été tuées lorsque des hommes armés ont attaqué une église à Santa Ana.",
  ["prêtre"], ["hommes armés"], 3, 0),
 ("Des guérilleros ont tué six personnes, parmi lesquelles un prêtre et deux religieuses, dans le village de San Esteban Catarina.",
  ["prêtre", "religieuses"], ["guérilleros"], 6, 0),
 # enlèvements et menaces
 ("La police a confirmé l'enlèvement de deux ingénieurs allemands par l'ELN près de Saravena.",
  ["ingénieurs"], ["police", "ELN"], 0, 0),
 ("Des inconnus ont enlevé samedi le fils d'un riche éleveur à Montería.",
  ["fils"], ["inconnus"], 0, 0),
 # personnes nommées par leur seule fonction
 ("Le gouverneur de Cajamarca a été blessé dans une embuscade sur la route de Celendín.",
  ["gouverneur"], [], 0, 1),
 ("Des tueurs ont tiré sur la voiture du procureur général à Bogota, tuant son chauffeur.",
  ["procureur", "chauffeur"], ["tueurs"], 1, 0),
 # groupes nommés par leur métier
 ("Des hommes armés ont tué sept orpailleurs dans la municipalité de Segovia lundi.",
  ["orpailleurs"], ["hommes armés"], 7, 0),
 ("Quatre syndicalistes ont été assassinés par un escadron de la mort à Soyapango.",
  ["syndicalistes"], ["escadron"], 4, 0),
 ("Quatre chauffeurs de taxi ont été abattus par des inconnus à Soyapango.",
  ["chauffeurs"], ["inconnus"], 4, 0),
 # NÉGATIFS : témoins, secouristes, médecins, suspects
 ("Un témoin, María López, a déclaré avoir vu quatre hommes armés tirer sur un chauffeur de taxi à San Miguel.",
  ["chauffeur"], ["María López", "témoin"], None, None),
 ("Des volontaires de la Croix-Rouge ont conduit cinq paysans blessés à l'hôpital après le bombardement du village de San José par l'armée.",
  ["paysans"], ["volontaires"], 0, 5),
 ("Le docteur Juan Pérez, qui a soigné les blessés à l'hôpital Rosales, a déclaré que trois étudiants avaient été blessés par la grenade.",
  ["étudiants"], ["Juan Pérez"], 0, 3),
 ("La police a arrêté deux suspects, Pedro Rojas et Luis Vega, pour le meurtre d'un commerçant à Cali.",
  ["commerçant"], ["Pedro Rojas", "Luis Vega"], None, None),
 # écrites plus tard, avant leur propre passage : un tir dit par ses balles, un arrosage qui n'en est pas un
 ("Des hommes cagoulés ont arrosé de balles la maison d'un avocat, Pedro Castillo, à San Miguel la nuit dernière.",
  ["Pedro Castillo|avocat"], ["hommes cagoulés"], 0, 0),
 ("Un avion a arrosé de pesticide les champs de coton d'une coopérative près d'Usulután.",
  [], ["coopérative"], 0, 0),
 # un second tour, écrit avant son propre passage
 ("Des guérilleros ont tendu une embuscade à la jeep dans laquelle voyageait le maire de Chalatenango, blessant son chauffeur.",
  ["maire", "chauffeur"], ["guérilleros"], 0, 1),
 ("Une bombe a explosé sous la voiture du gouverneur devant le palais du gouvernement à Huancayo ; personne n'a été blessé.",
  ["gouverneur"], [], 0, 0),
 ("Des inconnus ont arraché trois paysans de leurs maisons à San Marcos et les ont exécutés au bord de la route.",
  ["paysans"], ["inconnus"], 3, 0),
 ("Le Front d'action anticommuniste a menacé de mort sept dirigeants du syndicat national des enseignants.",
  ["dirigeants"], ["Front d'action anticommuniste"], 0, 0),
 ("L'ELN a revendiqué l'enlèvement d'un délégué suisse de la Croix-Rouge, Pierre Martin, près d'Arauca.",
  ["Pierre Martin|délégué"], ["ELN"], 0, 0),
 ("Le président de la Cour suprême a été enlevé par un commando armé alors qu'il quittait son bureau à Lima.",
  ["président"], ["commando"], 0, 0),
 ("Le sénateur Javier Ortiz et le député Hugo Roa ont été enlevés sur la route de Villavicencio.",
  ["Javier Ortiz", "Hugo Roa"], [], 0, 0),
 ("Des groupes paramilitaires ont assassiné cinq ouvriers de la banane et un dirigeant syndical dans une plantation près d'Apartadó.",
  ["ouvriers", "dirigeant"], ["paramilitaires"], 6, 0),
 ("Cinq personnes, dont trois enfants, ont été blessées par l'explosion d'une grenade au marché de San Miguel.",
  ["personnes|enfants"], [], 0, 5),
 ("Des pompiers qui tentaient d'éteindre l'incendie de la mairie de San Agustín ont essuyé les tirs des assaillants ; deux d'entre eux ont été blessés.",
  ["pompiers"], ["assaillants"], 0, 2),
 ("Les soldats arrivés après le massacre de 12 paysans à La Montaña ont transporté les corps jusqu'à Segovia.",
  ["paysans"], ["soldats"], 12, 0),
 ("Un chauffeur de taxi qui a conduit trois passagers blessés à l'hôpital a déclaré que l'autobus avait été mitraillé depuis une camionnette.",
  ["passagers"], ["chauffeur de taxi"], 0, 3),
 # un troisième tour, écrit avant son propre passage
 ("La juge Marta González avait reçu des menaces de mort. Lundi, une bombe a détruit sa voiture devant le palais de justice de Pereira.",
  ["Marta González"], [], 0, 0),
 ("Des guérilleros ont arrêté un autobus près de San Vicente et ont pris 20 passagers en otage.",
  ["passagers"], ["guérilleros"], 0, 0),
 ("Un dirigeant communautaire, Ramiro López, a été poignardé à mort par des inconnus à Soyapango.",
  ["Ramiro López|dirigeant"], ["inconnus"], 1, 0),
 ("Les corps de deux étudiants qui avaient été torturés par un escadron de la mort ont été retrouvés près de la Puerta del Diablo.",
  ["étudiants"], ["escadron"], 2, None),
 ("Des voisins qui avaient entendu les coups de feu ont découvert le corps d'un veilleur de nuit à l'entrée de l'entrepôt.",
  ["veilleur"], ["voisins"], 1, 0),
 ("Le prêtre qui a célébré les obsèques des cinq paysans assassinés a condamné le massacre.",
  ["paysans"], ["prêtre"], 5, 0),
 ("Des hommes armés ont tué un catéchiste et le curé de la paroisse qui voyageait avec lui près de Sensuntepeque.",
  ["catéchiste", "curé"], ["hommes armés"], 2, 0),
 ("Un paysan qui a été témoin de l'enlèvement de l'agronome Luis Rivera a déclaré que les ravisseurs portaient des uniformes militaires.",
  ["Luis Rivera"], ["paysan"], 0, 0),
]

# (lang, row index, check) -> why it fails today; strict, so a fix shows up as an XPASS to remove
_BLESSANT = ("parse: « blessant son chauffeur » after a comma is read as an adjective of « chauffeur »: the driver is a "
             "target, but no one is counted wounded")

XFAIL: dict[tuple[str, int, str], str] = {
    ("fr", 23, "injured4"): _BLESSANT,
}


@pytest.mark.parametrize("text,lang,kind,want", params((("en", EN), ("fr", FR)), XFAIL))
def test_hum_targets5(text, lang, kind, want):
    check(text, lang, kind, want)
