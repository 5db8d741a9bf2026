"""MUC-4 style sentences and short stories, a third set written for this file (1989-90 wire and radio
news from El Salvador, Colombia, Peru, Guatemala, Honduras, Nicaragua; ALL CAPS as distributed, and French
mixed-case versions), on the right figures and targets WITHOUT extra ones: sums of apposition lists
("FOUR PEOPLE--TWO POLICEMEN AND TWO CIVILIANS--"), one of a group killed and the others wounded, bodies
found, survivors with wounds, victims named before the act, victims in a later clause; and, for more
than half the rows, persons named near the act who are no victims (a speaker who condemns it, a witness,
an official who reports it, a relative, rescuers, a suspect arrested for it), figures that are no toll
of the act (an old total, the toll of earlier acts) and wounded who are the attackers.

Rows are ``(text, targets, not_targets, deaths, injured)``, read and checked by the scaffolding of the
second set (:mod:`test_muc4_style_hum_targets2`: the MUC-4 adapter's own fills of the incidents that
would be templates); ``injured`` reads like ``deaths``, for the INJURED fills.

First run (before any rule of this round): 139 of 168 checks passed (EN 80/96, FR 59/72; 38 rows).
Rows written later in the round, each before its own run: "one of the dead" and lists of groups (4 rows,
first run 18/18, after the rules for "one of the" and comma breakdowns), "one of the guerrillas killed"
(2 rows, 8/8, after the fix they guard), bodies found (6 rows, 18/22), bodies after a chemical spill (2
rows, 4/8), people who escaped injury (4 rows, 6/10). After this round's rules: 218 of 234 (EN 120/129,
FR 98/105), the rest strict xfails below; the four stories of ``STORIES`` (bodies told again, more
bodies) pass. Later (h-muc4bg, "this year" a running total): 219 of 234 (en 20 deaths).
With h-coordvict (a plural pronoun that takes the act stands for the persons coordinated before it): en09 and
fr07 pass, 223 of 234. With h-humtgt (the people a vehicle the act hit was carrying, « une voiture qui
transportait trois ingénieurs »): fr03 passes, 224 of 234."""

from __future__ import annotations

import pytest
from test_muc4_style_hum_targets2 import check, params
from test_muc4_style_incident_count import assert_incident_count, story_params

EN = [
 # sums of apposition lists
 ("SAN SALVADOR, 12 FEB 90 (ACAN-EFE) -- [TEXT] FOUR PEOPLE--TWO POLICEMEN AND TWO CIVILIANS--WERE KILLED TODAY WHEN URBAN GUERRILLAS ATTACKED A POLICE POST IN SOYAPANGO.",
  ["POLICEMEN", "CIVILIANS"], ["GUERRILLAS"], 4, 0),
 ("SEVEN PERSONS--FIVE PEASANTS, A TEACHER AND A CHILD--WERE WOUNDED WHEN A MORTAR SHELL HIT A HOUSE IN SAN VICENTE.",
  ["PERSONS|PEASANTS", "TEACHER", "CHILD"], [], 0, 7),
 # a list of several groups hit adds up: no breakdown of the first
 ("DEATH SQUADS KILLED TWO PEASANTS, THREE STUDENTS AND A TEACHER IN THE TOWN OF APOPA ON FRIDAY NIGHT.",
  ["PEASANTS", "STUDENTS", "TEACHER"], ["SQUADS"], 6, 0),
 # one of a group killed, the others wounded
 ("GUERRILLAS AMBUSHED A CAR CARRYING THREE ITALIAN ENGINEERS ON THE ROAD TO CHINANDEGA. ONE OF THE ITALIANS WAS KILLED AND THE OTHER TWO WERE WOUNDED.",
  ["ENGINEERS|ITALIANS"], ["GUERRILLAS"], 1, 2),
 ("ONE OF THE BODYGUARDS OF SENATOR FEDERICO ESTRADA WAS KILLED WHEN GUNMEN ATTACKED THE SENATOR'S CAR IN CALI. THE SENATOR WAS UNHURT.",
  ["BODYGUARDS", "FEDERICO ESTRADA|SENATOR"], ["GUNMEN"], 1, 0),
 ("THREE STUDENTS WERE KILLED AND FIVE WERE WOUNDED WHEN A BOMB EXPLODED AT THE UNIVERSITY OF SAN CARLOS IN GUATEMALA CITY.",
  ["STUDENTS"], [], 3, 5),
 # bodies found
 # one of the dead named later is no one more
 ("GUERRILLAS KILLED FIVE PEASANTS IN THE HAMLET OF LAS PAMPAS. ONE OF THE DEAD WAS IDENTIFIED AS SANTOS MEJIA, A LAY PREACHER.",
  ["PEASANTS"], ["GUERRILLAS"], 5, 0),
 ("THE BODIES OF THREE YOUNG MEN WHO HAD BEEN KIDNAPPED BY HEAVILY ARMED MEN ON SUNDAY WERE FOUND TODAY ON THE OUTSKIRTS OF SANTA ANA WITH SIGNS OF TORTURE.",
  ["YOUNG MEN"], ["ARMED"], 3, None),
 # survivors with wounds
 ("A BOMB EXPLODED IN A CAFETERIA IN TEGUCIGALPA. TWO WAITERS DIED AND A CUSTOMER, ROGELIO PINEDA, SURVIVED WITH WOUNDS IN HIS LEGS.",
  ["WAITERS", "ROGELIO PINEDA"], [], 2, 1),
 # victims named before the act
 ("JOSE ANTONIO LARA, A LAWYER, AND HIS SECRETARY, ANA RUTH MOLINA, WERE LEAVING THEIR OFFICE IN SAN MIGUEL WHEN GUNMEN OPENED FIRE ON THEM, KILLING BOTH.",
  ["JOSE ANTONIO LARA", "ANA RUTH MOLINA"], ["GUNMEN"], 2, None),
 # victims in a later clause
 ("TERRORISTS DYNAMITED A BRIDGE NEAR HUANCAYO ON MONDAY NIGHT, AND A TRUCK DRIVER WHO WAS CROSSING IT AT THE TIME WAS KILLED.",
  ["DRIVER"], ["TERRORISTS"], 1, None),
 ("SHINING PATH GUERRILLAS RAIDED THE VILLAGE OF CHUSCHI, WHERE THEY KILLED THE LIEUTENANT GOVERNOR AND TWO MEMBERS OF THE CIVIL DEFENSE PATROL.",
  ["GOVERNOR"], ["SHINING PATH"], 3, None),
 # NEGATIVES: a speaker who condemns the act
 ("ARCHBISHOP LUIS CHAVEZ ORELLANA CONDEMNED THE MURDER OF SIX PEASANTS IN THE VILLAGE OF SAN FRANCISCO GOTERA ON SUNDAY.",
  ["PEASANTS"], ["CHAVEZ ORELLANA", "ARCHBISHOP"], 6, 0),
 # a witness
 ("A WITNESS, PEDRO ALVARADO, TOLD POLICE THAT FOUR MEN IN CIVILIAN CLOTHES SHOT AND KILLED THE LABOR LEADER HECTOR MENJIVAR AS HE LEFT HIS HOUSE.",
  ["HECTOR MENJIVAR"], ["PEDRO ALVARADO", "WITNESS", "POLICE"], 1, 0),
 # an official who reports it
 ("THE POLICE CHIEF OF MEDELLIN, COLONEL JAIME BARRERA, SAID THAT A TAXI DRIVER WAS KILLED WHEN A CAR BOMB EXPLODED NEAR THE STADIUM.",
  ["DRIVER"], ["JAIME BARRERA", "COLONEL", "CHIEF"], 1, 0),
 # a relative
 ("JUDGE MARIA ELENA DIAZ WAS SHOT DEAD IN MEDELLIN ON FRIDAY. HER HUSBAND, ANDRES FELIPE ROJAS, SAID SHE HAD RECEIVED SEVERAL DEATH THREATS.",
  ["MARIA ELENA DIAZ"], ["ANDRES FELIPE ROJAS", "HUSBAND"], 1, 0),
 ("GUNMEN KILLED A COFFEE GROWER, RAMON ESCOBAR, ON HIS FARM NEAR ARMENIA. HIS SON, WHO WITNESSED THE ATTACK, ALERTED THE POLICE.",
  ["RAMON ESCOBAR"], ["SON", "POLICE"], 1, 0),
 # rescuers
 ("A BOMB EXPLODED IN A MARKET IN HUANCAVELICA, WOUNDING 12 PEOPLE. FIREMEN AND RED CROSS VOLUNTEERS TOOK THE WOUNDED TO THE LOCAL HOSPITAL.",
  ["PEOPLE"], ["FIREMEN", "VOLUNTEERS"], 0, 12),
 # a suspect arrested for it
 ("POLICE ARRESTED JUAN PABLO OSPINA, A SUSPECTED HIRED KILLER, FOR THE MURDER OF THE MAYOR OF ITAGUI, WHO WAS SHOT DEAD ON SATURDAY.",
  ["MAYOR"], ["JUAN PABLO OSPINA"], 1, 0),
 # an old total is no toll of the act
 ("A CAR BOMB KILLED TWO PASSERSBY IN BOGOTA TODAY. MORE THAN 200 PEOPLE HAVE DIED IN BOMB ATTACKS IN THE CAPITAL SINCE AUGUST.",
  ["PASSERSBY"], ["200"], 2, 0),
 ("A PEASANT WAS KILLED BY A LANDMINE IN CABANAS DEPARTMENT. THE ARMY SAID THE MINES PLANTED BY THE GUERRILLAS HAVE KILLED 45 CIVILIANS THIS YEAR.",
  ["PEASANT"], ["CIVILIANS"], 1, 0),
 ("ARMED MEN KILLED A PRIEST IN THE TOWN OF YOLOMBO. HE WAS THE 18TH PRIEST MURDERED IN COLOMBIA SINCE 1984.",
  ["PRIEST"], ["ARMED MEN"], 1, 0),
 # wounded who are the attackers
 ("POLICE REPELLED AN ATTACK ON A BRANCH OF THE BANCO CAFETERO IN PEREIRA; TWO OF THE ASSAILANTS WERE WOUNDED AND CAPTURED, AND A CASHIER WAS KILLED IN THE SHOOTOUT.",
  ["CASHIER"], ["ASSAILANTS"], 1, 0),
 # one of the attackers did it: the figure counts no victim (added during the round, a guard)
 ("GUERRILLAS AMBUSHED A BUS NEAR SAN MIGUEL. ONE OF THE GUERRILLAS KILLED THE DRIVER.",
  ["DRIVER"], ["GUERRILLAS"], 1, 0),
 # an official who reports bodies found
 ("THE BODIES OF TWO TRADE UNIONISTS WERE FOUND IN A DITCH NEAR ILOPANGO. THE NATIONAL POLICE SPOKESMAN, CAPTAIN RENE GARCIA, SAID THEY HAD BEEN SHOT IN THE HEAD.",
  ["UNIONISTS"], ["RENE GARCIA", "SPOKESMAN"], 2, 0),
 # bodies found (written in the round, before the rule): a killing; not the bodies of an accident's
 # dead, nor those of people whose killing was told already
 ("THE BODIES OF TWO PEASANTS WERE FOUND IN A DITCH NEAR ILOPANGO ON MONDAY.",
  ["PEASANTS"], [], 2, 0),
 ("RESCUE WORKERS FOUND THE BODIES OF SEVEN PASSENGERS IN THE WRECKAGE OF A BUS THAT FELL INTO A RAVINE NEAR CAJAMARCA.",
  [], ["PASSENGERS", "RESCUE WORKERS"], 0, 0),
 ("THE BODIES OF THE TWO JOURNALISTS MURDERED ON TUESDAY IN SAN MIGUEL WERE HANDED OVER TO THEIR FAMILIES TODAY.",
  ["JOURNALISTS"], ["FAMILIES"], 2, 0),
 # people who escaped injury are not injured (written before the rule)
 ("GUERRILLAS FIRED A ROCKET AT A CAR ON THE ROAD TO SAN VICENTE; ITS TWO OCCUPANTS, BOTH TEACHERS, ESCAPED INJURY.",
  [], [], 0, 0),
 ("A BOMB WOUNDED TWO TEACHERS IN SAN VICENTE ON MONDAY; THREE STUDENTS WHO WERE WITH THEM ESCAPED INJURY.",
  ["TEACHERS"], [], 0, 2),
 # bodies found after a chemical spill: an accident (written after a CASE dev snippet's false attack, own words)
 ("THE BODIES OF TWO WORKERS WERE FOUND IN A STORAGE TANK OF A FACTORY IN SANTA ANA AFTER A CHEMICAL SPILL.",
  [], ["WORKERS"], 0, 0),
]

FR = [
 # sommes d'appositions
 ("Quatre personnes, deux policiers et deux civils, ont été tuées mardi lors d'une attaque de la guérilla contre un poste de police de Soyapango.",
  ["policiers", "civils"], ["guérilla"], 4, 0),
 ("Sept personnes, cinq paysans, une institutrice et un enfant, ont été blessées par un obus de mortier tombé sur une maison de San Vicente.",
  ["personnes|paysans", "institutrice", "enfant"], [], 0, 7),
 # une liste de plusieurs groupes s'additionne : pas le détail du premier
 ("Des escadrons de la mort ont tué deux paysans, trois étudiants et un instituteur vendredi soir à Apopa.",
  ["paysans", "étudiants", "instituteur"], ["escadrons"], 6, 0),
 # l'un d'eux tué, les autres blessés
 ("Des guérilleros ont tendu une embuscade à une voiture qui transportait trois ingénieurs italiens près de Chinandega. L'un des Italiens a été tué et les deux autres ont été blessés.",
  ["ingénieurs|Italiens"], ["guérilleros"], 1, 2),
 # l'un des morts nommé ensuite n'en fait pas un de plus
 ("Des guérilleros ont tué cinq paysans dans le hameau de Las Pampas. L'un des morts a été identifié comme Santos Mejía, un catéchiste.",
  ["paysans"], ["guérilleros"], 5, 0),
 # corps retrouvés
 ("Les corps de trois jeunes gens enlevés dimanche par des hommes armés ont été retrouvés aujourd'hui près de Santa Ana.",
  ["jeunes gens"], ["hommes armés"], 3, None),
 # survivant blessé
 ("Une bombe a explosé dans une cafétéria de Tegucigalpa. Deux serveurs sont morts et un client, Rogelio Pineda, a survécu avec des blessures aux jambes.",
  ["serveurs", "Rogelio Pineda"], [], 2, 1),
 # victimes nommées avant l'acte
 ("José Antonio Lara, avocat, et sa secrétaire, Ana Ruth Molina, quittaient leur bureau de San Miguel lorsque des hommes armés ont ouvert le feu sur eux, les tuant tous les deux.",
  ["José Antonio Lara", "Ana Ruth Molina"], ["hommes armés"], 2, None),
 # victime dans une proposition suivante
 ("Des terroristes ont dynamité un pont près de Huancayo lundi soir ; un camionneur qui le traversait à ce moment-là a été tué.",
  ["camionneur"], ["terroristes"], 1, None),
 # NÉGATIFS : qui condamne
 ("L'archevêque Luis Chávez Orellana a condamné dimanche l'assassinat de six paysans dans le village de San Francisco Gotera.",
  ["paysans"], ["Chávez Orellana", "archevêque"], 6, 0),
 # un témoin
 ("Un témoin, Pedro Alvarado, a raconté à la police que quatre hommes en civil avaient abattu le syndicaliste Héctor Menjívar devant son domicile.",
  ["Héctor Menjívar"], ["Pedro Alvarado", "témoin", "police"], 1, 0),
 # un responsable qui rapporte
 ("Le chef de la police de Medellín, le colonel Jaime Barrera, a déclaré qu'un chauffeur de taxi avait été tué par l'explosion d'une voiture piégée près du stade.",
  ["chauffeur"], ["Jaime Barrera", "colonel", "chef"], 1, 0),
 # un proche
 ("La juge María Elena Díaz a été abattue vendredi à Medellín. Son mari, Andrés Felipe Rojas, a déclaré qu'elle avait reçu plusieurs menaces de mort.",
  ["María Elena Díaz"], ["Andrés Felipe Rojas", "mari"], 1, 0),
 ("Des tueurs ont abattu un planteur de café, Ramón Escobar, dans sa ferme près d'Armenia. Son fils, témoin de l'attaque, a alerté la police.",
  ["Ramón Escobar"], ["fils", "police"], 1, 0),
 # des secouristes
 ("Une bombe a explosé sur un marché de Huancavelica, blessant douze personnes. Des pompiers et des secouristes de la Croix-Rouge ont transporté les blessés à l'hôpital.",
  ["personnes"], ["pompiers", "secouristes"], 0, 12),
 # un suspect arrêté
 ("La police a arrêté Juan Pablo Ospina, un tueur à gages présumé, pour le meurtre du maire d'Itagüí, abattu samedi.",
  ["maire"], ["Juan Pablo Ospina"], 1, 0),
 # un ancien bilan
 ("Une voiture piégée a tué deux passants aujourd'hui à Bogota. Plus de 200 personnes sont mortes dans des attentats à la bombe dans la capitale depuis août.",
  ["passants"], ["200"], 2, 0),
 # blessés parmi les assaillants
 # l'un des assaillants l'a fait : le chiffre ne compte aucune victime (ajouté en cours de tour, garde-fou)
 ("Des guérilleros ont attaqué un autobus près de San Miguel. L'un des guérilleros a tué le chauffeur.",
  ["chauffeur"], ["guérilleros"], 1, 0),
 ("La police a repoussé une attaque contre une agence de la Banco Cafetero à Pereira ; deux des assaillants ont été blessés et capturés, et un caissier a été tué dans la fusillade.",
  ["caissier"], ["assaillants"], 1, 0),
 # corps retrouvés (écrits pendant le tour, avant la règle) : un meurtre ; pas les corps des morts d'un
 # accident, ni ceux de gens dont le meurtre est déjà dit
 ("Les corps de deux paysans ont été retrouvés lundi dans un fossé près d'Ilopango.",
  ["paysans"], [], 2, 0),
 ("Des secouristes ont retrouvé les corps de sept passagers dans l'épave d'un autobus tombé dans un ravin près de Cajamarca.",
  [], ["passagers", "secouristes"], 0, 0),
 ("Les corps des deux journalistes assassinés mardi à San Miguel ont été remis aujourd'hui à leurs familles.",
  ["journalistes"], ["familles"], 2, 0),
 # ceux qui ont échappé aux blessures ne sont pas blessés (écrits avant la règle)
 ("Des guérilleros ont tiré une roquette sur une voiture sur la route de San Vicente ; ses deux occupants, des enseignants, ont échappé aux blessures.",
  [], [], 0, 0),
 ("Une bombe a blessé deux enseignants lundi à San Vicente ; trois étudiants qui les accompagnaient ont échappé aux blessures.",
  ["enseignants"], [], 0, 2),
 # corps retrouvés après un déversement chimique : un accident (écrit après une fausse attaque d'un extrait CASE)
 ("Les corps de deux ouvriers ont été retrouvés dans une cuve d'une usine de Santa Ana après un déversement chimique.",
  [], ["ouvriers"], 0, 0),
]

_NAMESAKE = "places: Armenia, a town of Quindio, is read as the country, which puts the act out of MUC-4 scope"
_TOTAL = "deaths: a running total over the year (have killed 45 civilians this year) makes an incident of its own"
_ATTACKERS = ("injured: assailants wounded in a fight with the police are counted as injured (the armed men hit in an act "
              "with the forces stay in the figures: the dev keys count guerrillas wounded in a clash as targets)")

# (lang, row index, check) -> why it fails today; strict, so a fix shows up as an XPASS to remove
XFAIL: dict[tuple[str, int, str], str] = {
    ("en", 16, "target0"): _NAMESAKE,
    ("en", 16, "deaths3"): _NAMESAKE,
    ("en", 20, "not1"): _TOTAL,
    ("en", 22, "injured3"): _ATTACKERS,
    ("fr", 13, "target0"): _NAMESAKE,
    ("fr", 13, "deaths3"): _NAMESAKE,
    ("fr", 18, "injured3"): _ATTACKERS,
}


@pytest.mark.parametrize("text,lang,kind,want", params((("en", EN), ("fr", FR)), XFAIL))
def test_muc4_style_hum_target3(text, lang, kind, want):
    check(text, lang, kind, want)


# bodies found, then the find told again in a later sentence, or more bodies of an act told: one template
# (key, language, templates, story); the first two written after seeing a dev story's retold find, paraphrased
STORIES = [
    ("en-bodies-told-again", "en", 1,
     "SAN SALVADOR, 2 MAR 90 (ACAN-EFE) -- [TEXT] THE BODIES OF TWO TEACHERS WERE FOUND NEAR SANTA ANA ON "
     "MONDAY. THE VILLAGERS WHO FOUND THE BODIES ALERTED THE POLICE ON TUESDAY MORNING."),
    ("fr-bodies-told-again", "fr", 1,
     "SAN SALVADOR, 2 mars 1990 (ACAN-EFE) - Les corps de deux instituteurs ont été retrouvés lundi près de "
     "Santa Ana. Les villageois qui ont découvert les corps ont alerté la police mardi matin."),
    # more bodies of a massacre told already (written after the rule, from an example article's failure)
    ("en-more-bodies", "en", 1,
     "SAN SALVADOR, 2 MAR 90 (ACAN-EFE) -- [TEXT] GUERRILLAS MASSACRED 12 PEASANTS IN THE VILLAGE OF LAS "
     "FLORES, CHALATENANGO, ON MONDAY. RESCUE TEAMS FOUND FIVE MORE BODIES ON WEDNESDAY."),
    ("fr-more-bodies", "fr", 1,
     "SAN SALVADOR, 2 mars 1990 (ACAN-EFE) - Des guérilleros ont massacré 12 paysans lundi dans le village "
     "de Las Flores, dans le Chalatenango. Les secouristes ont retrouvé cinq autres corps mercredi."),
]


@pytest.mark.parametrize("text,lang,expected", story_params(STORIES, {}))
def test_muc4_style_bodies_found_once(text, lang, expected):
    assert_incident_count(text, lang, expected)
