"""MUC-4 style sentences and short stories, a fourth set written for this file (1989-90 wire and radio
news from El Salvador, Colombia, Peru, Guatemala; ALL CAPS as distributed, and French mixed-case
versions), on the victims, deaths and injured of the classes the earlier sets leave open: a named person
coordinated with a possessive group ("MAGISTRATE X AND THREE OF HIS ESCORTS WERE KILLED"), a pronoun and
a possessive as the objects of the act ("WOUNDING HIM AND HIS DRIVER"), survivors with wounds, victims
named in one sentence and taken up by a pronoun in the next, wounded or killed assailants (MUC-4 counts
the targets only) and tolls split over two sentences ("... KILLING THREE PASSENGERS. TWO MORE PASSENGERS
DIED LATER"); and, for a good share of the rows, negatives: no act or no victim (a denial, a summary
toll of a year, an act with no casualties, attackers killed by their own bomb), persons who report or
condemn the act.

Rows are ``(text, targets, not_targets, deaths, injured)``, read and checked by the scaffolding of the
second set (:mod:`test_muc4_style_hum_targets2`: the MUC-4 adapter's own fills of the incidents that
would be templates). ``0`` means no fill; ``None`` is not checked.

First run (before any rule of this round): 173 of 227 checks passed (EN 114/152, FR 59/75; 58 rows).
After this round's rules (a singular pronoun with possessive companions, "two more" added to a toll,
survivors with wounds, a list of persons with a figure, "three of his escorts", the armed men hit kept
out of the MUC-4 figures, "pas de victimes"): 202 of 227 (EN 136/152, FR 66/75), the rest strict xfails
below. Merged with h-ucdphead (a body found is a killing; a present participle describes its noun's act):
205 of 227 (en19 deaths, fr04 two targets). With h-muc4pron's pronoun rule (HE / THEY passive subject or
object of the act, standing for the person or the listed names of the sentence before): 211 of 227 (en16,
en17, fr09). With h-muc4toll's rules (tolls so far, one more dead in a later sentence, the doers of the act hit):
213 of 227 (en21 deaths: "TWO OF THE FOUR MEN WHO ATTACKED A BANK" are the act's armed men, not 2 + 4 dead; en25
deaths: "A WAITRESS DIED ON THE WAY TO THE HOSPITAL" is one more); en26 deaths ("A CHILD WHO WAS WOUNDED IN THE BLAST DIED
ON SUNDAY": one more): 214 of 227. With h-victcoref (an object pronoun is never the subject of its own verb, "TWO MEN
... SHOT HIM DEAD"; a date is no passive subject, "Samedi, il a été tué"; a name the French parse cut into two
sentences is one): its four checks (en15, fr08) pass too, 218 of 227. With h-victims9 (a plain guard at a bank or a
store is a civilian): en12 target0 passes, 219 of 227. With h-humtgt (whose house the grenade was thrown at, « la maison du maire Ricardo
Pérez »): fr04 target0 passes, 220 of 227."""

from __future__ import annotations

import pytest
from test_muc4_style_hum_targets2 import check, params

EN = [
 # a named person coordinated with a possessive group
 ("BOGOTA, 3 MAR 90 (EFE) -- [TEXT] MAGISTRATE CARLOS ERNESTO VALENCIA AND THREE OF HIS ESCORTS WERE KILLED TODAY WHEN GUNMEN FIRED ON HIS CAR IN BOGOTA.",
  ["CARLOS ERNESTO VALENCIA", "ESCORTS"], ["GUNMEN"], 4, 0),
 ("THE MAYOR OF SAN ISIDRO, JORGE ARTURO MENA, AND HIS TWO SONS WERE SHOT DEAD BY GUERRILLAS AT THEIR FARM.",
  ["JORGE ARTURO MENA|MAYOR", "SONS"], ["GUERRILLAS"], 3, 0),
 ("CONGRESSMAN LUIS FERNANDO ARIAS AND HIS WIFE WERE WOUNDED WHEN A BOMB EXPLODED NEAR THEIR HOME IN CALI.",
  ["LUIS FERNANDO ARIAS", "WIFE"], [], 0, 2),
 ("A PEASANT LEADER, SANTIAGO FLORES, HIS WIFE AND THEIR THREE CHILDREN WERE MASSACRED BY ARMED MEN IN THE HAMLET OF EL ZAPOTE.",
  ["SANTIAGO FLORES", "WIFE", "CHILDREN"], ["ARMED MEN"], 5, 0),
 ("A TEACHER AND HER TWO PUPILS WERE WOUNDED WHEN A GRENADE EXPLODED NEAR A SCHOOL IN SOYAPANGO.",
  ["TEACHER", "PUPILS"], [], 0, 3),
 ("A COFFEE GROWER, HUGO SALAZAR, AND TWO OF HIS FARMHANDS WERE WOUNDED IN AN ATTACK ON HIS FARM NEAR CHINCHINA.",
  ["HUGO SALAZAR", "FARMHANDS"], [], 0, 3),
 # a pronoun and a possessive as the objects of the act
 ("GUNMEN FIRED AT THE CAR OF SENATOR PABLO EMILIO GUARIN IN PUERTO BOYACA, WOUNDING HIM AND HIS DRIVER.",
  ["PABLO EMILIO GUARIN", "DRIVER"], ["GUNMEN"], 0, 2),
 ("A BOMB EXPLODED UNDER THE CAR OF JOURNALIST ALFONSO LOPEZ AS HE LEFT HIS HOME IN SAN MIGUEL, KILLING HIM AND HIS TWO BROTHERS.",
  ["ALFONSO LOPEZ", "BROTHERS"], [], 3, 0),
 ("HIRED KILLERS INTERCEPTED JUDGE ANA LUCIA MORALES AS SHE LEFT THE COURTHOUSE IN MEDELLIN AND OPENED FIRE, KILLING HER AND HER BODYGUARD.",
  ["ANA LUCIA MORALES", "BODYGUARD"], ["HIRED KILLERS"], 2, 0),
 ("TERRORISTS THREW A GRENADE AT THE HOUSE OF MAYOR RICARDO PEREZ IN ZACAPA, WOUNDING HIM, HIS WIFE AND THEIR DAUGHTER.",
  ["RICARDO PEREZ", "WIFE", "DAUGHTER"], ["TERRORISTS"], 0, 3),
 ("ARMED MEN STOPPED THE CAR OF ENGINEER TOMAS GUZMAN ON THE ROAD TO COBAN AND SHOT HIM AND HIS ASSISTANT DEAD.",
  ["TOMAS GUZMAN", "ASSISTANT"], ["ARMED MEN"], 2, 0),
 # survivors with wounds
 ("GUERRILLAS MACHINEGUNNED A TRUCK NEAR USULUTAN. FOUR PASSENGERS WERE KILLED; THE ONLY SURVIVOR, WITH GUNSHOT WOUNDS, WAS TAKEN TO THE SAN MIGUEL HOSPITAL.",
  ["PASSENGERS"], ["GUERRILLAS"], 4, 1),
 ("A CAR BOMB EXPLODED OUTSIDE A BANK IN BOGOTA, KILLING A GUARD. A SECRETARY WHO WAS INSIDE THE BANK SURVIVED WITH SERIOUS BURNS.",
  ["GUARD", "SECRETARY"], [], 1, 1),
 ("ARMED MEN ATTACKED EIGHT PEASANTS WITH MACHETES IN THE HAMLET OF LA UNION. SIX DIED AND TWO SURVIVED WITH SERIOUS WOUNDS.",
  ["PEASANTS"], ["ARMED MEN"], 6, 2),
 ("A BOMB EXPLODED UNDER THE CAR OF A JUDGE IN CALI, KILLING HIS DRIVER. THE JUDGE ESCAPED UNHURT.",
  ["DRIVER", "JUDGE"], [], 1, 0),
 # victims named before the act, taken up by a pronoun in the next sentence
 ("THE RECTOR OF THE NATIONAL UNIVERSITY, IGNACIO MARTIN CASTRO, WAS LEAVING HIS OFFICE ON MONDAY EVENING. TWO MEN ON A MOTORCYCLE SHOT HIM DEAD.",
  ["IGNACIO MARTIN CASTRO|RECTOR"], ["MOTORCYCLE"], 1, 0),
 ("LABOR LEADER JOSE RAMIRO CUBAS HAD RECEIVED DEATH THREATS FOR MONTHS. ON SATURDAY HE WAS KILLED BY GUNMEN IN FRONT OF HIS HOUSE IN SAN SALVADOR.",
  ["JOSE RAMIRO CUBAS"], ["GUNMEN"], 1, 0),
 ("TWO NORTH AMERICAN MISSIONARIES, JOHN WILLIAMS AND ROBERT HAYES, ARRIVED IN THE VILLAGE OF SAN LUCAS ON MONDAY. ON TUESDAY NIGHT THEY WERE MURDERED BY A GROUP OF ARMED MEN.",
  ["JOHN WILLIAMS", "ROBERT HAYES"], ["ARMED MEN"], 2, 0),
 ("THREE NUNS WERE TRAVELLING FROM SAN VICENTE TO ZACATECOLUCA ON MONDAY. ON THE WAY THEY WERE AMBUSHED BY GUERRILLAS, AND TWO OF THEM WERE WOUNDED.",
  ["NUNS"], ["GUERRILLAS"], 0, 2),
 ("ARMED MEN KIDNAPPED FATHER JUAN ALVAREZ, A PARISH PRIEST, IN THE TOWN OF LA PALMA ON FRIDAY. HIS BODY WAS FOUND ON SUNDAY ON THE BANKS OF THE SUMPUL RIVER.",
  ["JUAN ALVAREZ"], ["ARMED MEN"], 1, 0),
 # wounded or killed assailants are no targets
 ("GUERRILLAS ATTACKED A POWER STATION IN USULUTAN; THREE OF THE ATTACKERS WERE WOUNDED BY THE GUARDS, AND A WATCHMAN WAS KILLED.",
  ["WATCHMAN"], ["ATTACKERS"], 1, 0),
 ("POLICE KILLED TWO OF THE FOUR MEN WHO ATTACKED A BANK IN MEDELLIN; A CLERK WAS WOUNDED.",
  ["CLERK"], [], 0, 1),
 ("GUNMEN ATTACKED A POLICE STATION IN ENVIGADO; A POLICEMAN AND ONE OF THE ATTACKERS WERE KILLED.",
  ["POLICEMAN"], ["ATTACKERS"], 1, 0),
 ("A GUNMAN WHO TRIED TO KILL A TAXI DRIVER IN CALI WAS WOUNDED BY POLICE AND ARRESTED; THE DRIVER WAS UNHURT.",
  ["DRIVER"], ["GUNMAN"], 0, 0),
 # tolls split over two sentences
 ("A BOMB EXPLODED ON A CROWDED BUS IN DOWNTOWN LIMA, KILLING THREE PASSENGERS. TWO MORE PASSENGERS DIED LATER AT THE LOAYZA HOSPITAL.",
  ["PASSENGERS"], [], 5, None),
 ("TERRORISTS DYNAMITED A RESTAURANT IN HUANCAYO, KILLING SIX CUSTOMERS. A WAITRESS DIED ON THE WAY TO THE HOSPITAL.",
  ["CUSTOMERS", "WAITRESS"], ["TERRORISTS"], 7, None),
 ("A CAR BOMB EXPLODED IN A SHOPPING CENTER IN MEDELLIN ON SATURDAY, KILLING TWO WOMEN. A CHILD WHO WAS WOUNDED IN THE BLAST DIED ON SUNDAY.",
  ["WOMEN", "CHILD"], [], 3, None),
 # NEGATIVES: a denial, a summary toll, no casualties, attackers killed by their own bomb, a clash of forces
 ("THE ARMY DENIED THAT ITS TROOPS HAD KILLED ANY CIVILIANS DURING THE OPERATION IN CHALATENANGO.",
  [], ["CIVILIANS"], 0, 0),
 ("THE FMLN ANNOUNCED THAT IT WILL NOT ATTACK CIVILIAN TARGETS DURING THE ELECTIONS.",
  [], [], 0, 0),
 ("A DEFENSE MINISTRY SPOKESMAN SAID THAT 1,200 PEOPLE WERE KILLED IN POLITICAL VIOLENCE IN 1989.",
  [], ["PEOPLE", "SPOKESMAN"], 0, 0),
 ("URBAN GUERRILLAS BLEW UP TWO ELECTRICITY PYLONS IN SANTA TECLA EARLY TODAY; THERE WERE NO CASUALTIES.",
  [], [], 0, 0),
 ("A BOMB EXPLODED AT THE DOOR OF THE PERUVIAN-NORTH AMERICAN CULTURAL INSTITUTE IN LIMA LAST NIGHT, CAUSING DAMAGE BUT NO INJURIES.",
  [], [], 0, 0),
 ("THREE GUERRILLAS WERE KILLED BY THEIR OWN BOMB WHILE TRYING TO BLOW UP A BRIDGE IN SAN MIGUEL.",
  [], ["GUERRILLAS"], 0, 0),
 ("TWO TERRORISTS WERE WOUNDED WHEN THE BOMB THEY WERE PLANTING AT A BRIDGE NEAR HUANCAYO EXPLODED PREMATURELY.",
  [], ["TERRORISTS"], 0, 0),
 ("THE BISHOP OF SAN MIGUEL, MONSIGNOR EDUARDO ALAS, VISITED THE WOUNDED AT THE HOSPITAL ON SUNDAY.",
  [], ["EDUARDO ALAS", "BISHOP"], 0, 0),
 ("FIREMEN RESCUED 15 PEOPLE FROM A BUILDING THAT WAS SET ON FIRE BY TERRORISTS IN LIMA; NOBODY WAS HURT.",
  [], ["FIREMEN"], 0, 0),
 # persons who report or condemn the act are no victims
 ("PRESIDENT VIRGILIO BARCO CONDEMNED THE ATTACK IN WHICH A POLICEMAN AND TWO CHILDREN WERE KILLED.",
  ["CHILDREN"], ["VIRGILIO BARCO"], 3, 0),
 ("THE GOVERNOR OF ANTIOQUIA, ANTONIO SALDARRIAGA, SAID THAT TWO CHILDREN WERE WOUNDED BY A GRENADE IN A PARK IN MEDELLIN.",
  ["CHILDREN"], ["ANTONIO SALDARRIAGA", "GOVERNOR"], 0, 2),
 ("A PEASANT WAS SHOT DEAD IN SAN VICENTE ON SUNDAY, THE FOURTH MURDER IN THE TOWN THIS MONTH.",
  ["PEASANT"], [], 1, 0),
]

FR = [
 # une personne nommée coordonnée à un groupe possessif
 ("Le magistrat Carlos Ernesto Valencia et trois de ses gardes du corps ont été tués lorsque des hommes armés ont mitraillé sa voiture à Bogota.",
  ["Carlos Ernesto Valencia", "gardes"], ["hommes armés"], 4, 0),
 ("Le maire de San Isidro, Jorge Arturo Mena, et ses deux fils ont été abattus par des guérilleros dans leur ferme.",
  ["Jorge Arturo Mena|maire", "fils"], ["guérilleros"], 3, 0),
 ("Une institutrice et deux de ses élèves ont été blessés par l'explosion d'une grenade près d'une école de Soyapango.",
  ["institutrice", "élèves"], [], 0, 3),
 # un pronom et un possessif objets de l'acte
 ("Des tueurs ont tiré sur la voiture du sénateur Pablo Emilio Guarín à Puerto Boyacá, le blessant ainsi que son chauffeur.",
  ["Pablo Emilio Guarín", "chauffeur"], ["tueurs"], 0, 2),
 ("Des terroristes ont lancé une grenade contre la maison du maire Ricardo Pérez à Zacapa, le blessant ainsi que sa femme et leur fille.",
  ["Ricardo Pérez", "femme", "fille"], ["terroristes"], 0, 3),
 # survivants blessés
 ("Des guérilleros ont mitraillé un camion près d'Usulután. Quatre passagers ont été tués ; le seul survivant, blessé par balles, a été transporté à l'hôpital de San Miguel.",
  ["passagers"], ["guérilleros"], 4, 1),
 ("Des hommes armés ont attaqué huit paysans à coups de machette dans le hameau de La Unión. Six sont morts et deux ont survécu avec de graves blessures.",
  ["paysans"], ["hommes armés"], 6, 2),
 ("Une bombe a explosé sous la voiture d'un juge à Cali, tuant son chauffeur. Le juge est sorti indemne.",
  ["chauffeur", "juge"], [], 1, 0),
 # victimes nommées avant l'acte, reprises par un pronom
 ("Le dirigeant syndical José Ramiro Cubas recevait des menaces de mort depuis des mois. Samedi, il a été tué par des hommes armés devant son domicile à San Salvador.",
  ["José Ramiro Cubas"], ["hommes armés"], 1, 0),
 ("Deux missionnaires nord-américains, John Williams et Robert Hayes, sont arrivés lundi au village de San Lucas. Mardi soir, ils ont été assassinés par un groupe d'hommes armés.",
  ["John Williams", "Robert Hayes"], ["hommes armés"], 2, 0),
 # assaillants blessés ou tués
 ("Des guérilleros ont attaqué une centrale électrique à Usulután ; trois des assaillants ont été blessés par les gardiens, et un veilleur de nuit a été tué.",
  ["veilleur"], ["assaillants"], 1, 0),
 ("Trois guérilleros ont été tués par leur propre bombe alors qu'ils tentaient de faire sauter un pont à San Miguel.",
  [], ["guérilleros"], 0, 0),
 # bilans sur deux phrases
 ("Une bombe a explosé dans un autobus bondé du centre de Lima, tuant trois passagers. Deux autres passagers sont morts plus tard à l'hôpital Loayza.",
  ["passagers"], [], 5, None),
 # NÉGATIFS
 ("L'armée a démenti que ses troupes aient tué des civils pendant l'opération dans le Chalatenango.",
  [], ["civils"], 0, 0),
 ("Des guérilleros urbains ont fait sauter deux pylônes électriques à Santa Tecla tôt ce matin ; il n'y a pas eu de victimes.",
  [], [], 0, 0),
 ("Une bombe a explosé devant l'Institut culturel péruano-nord-américain de Lima la nuit dernière, causant des dégâts mais aucun blessé.",
  [], [], 0, 0),
 ("Un porte-parole du ministère de la Défense a indiqué que 1 200 personnes avaient été tuées dans des violences politiques en 1989.",
  [], ["personnes", "porte-parole"], 0, 0),
 # qui rapporte ou condamne
 ("Le président Virgilio Barco a condamné l'attentat dans lequel un policier et deux enfants ont été tués.",
  ["enfants"], ["Virgilio Barco"], 3, 0),
 ("Le gouverneur d'Antioquia, Antonio Saldarriaga, a déclaré que deux enfants avaient été blessés par une grenade dans un parc de Medellín.",
  ["enfants"], ["Antonio Saldarriaga", "gouverneur"], 0, 2),
]

_ROLE_ADV = "victims: a role before a name the tagger reads as an adverb (JOURNALIST ALFONSO LOPEZ) is no victim mention"
_LATER_SURV = "victims: a survivor with burns told in a later sentence (a relative clause on the noun) is not a target"
_NO_INCIDENT = ("events: an attack on a police station, or an attempt on a driver whose gunman is wounded by police, makes "
                "no MUC-4 incident")
_BLESSANT = ("parse: 'le blessant ainsi que son chauffeur' is read as a noun 'blessant': the pronoun and the persons after it "
             "are neither counted nor targets")

# (lang, row index, check) -> why it fails today; strict, so a fix shows up as an XPASS to remove
XFAIL: dict[tuple[str, int, str], str] = {
    ("en", 7, "target0"): _ROLE_ADV,
    ("en", 12, "target1"): _LATER_SURV,
    ("en", 22, "target0"): _NO_INCIDENT,
    ("en", 22, "deaths2"): _NO_INCIDENT,
    ("en", 23, "target0"): _NO_INCIDENT,
    ("fr", 3, "injured4"): _BLESSANT,
    ("fr", 4, "injured5"): _BLESSANT,
}


@pytest.mark.parametrize("text,lang,kind,want", params((("en", EN), ("fr", FR)), XFAIL))
def test_muc4_style_hum_target4(text, lang, kind, want):
    check(text, lang, kind, want)
