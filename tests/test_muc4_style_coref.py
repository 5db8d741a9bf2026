"""MUC-4 style short stories, a set written for this file (1989-90 wire and radio news from El Salvador,
Colombia, Peru, Honduras; ALL CAPS as distributed, and French wire-style mixed-case versions), on a
person named in one sentence and taken up in a later one, second round (the first is
``test_muc4_style_pronoun_victims.py``):

- the gender of the pronoun: HE / SHE / IL / ELLE stand for the last person of their gender, not the last
  person of any ("MRS X ... WITH HER SON. SHE WAS SHOT DEAD"; "M. X conduisait sa fille ... Elle a été
  blessée"), words that tell a gender being titles (MRS, SENORA, FATHER, SISTER, Mme, M., le père) and
  persons (WIFE, SON, NUN, veuve, fils);
- a time adverb at the head of the sentence (« Samedi, il a été tué par balles »);
- a survivor's possessive ("HE ESCAPED UNHURT, BUT HIS BODYGUARD WAS KILLED": one dead);
- a title read into the noun phrase of its name ("FATHER CARLOS PEREZ CELEBRATED MASS");
- a person kidnapped in one sentence whose body is found in a later one ("HIS BODY WAS FOUND TODAY",
  « son corps a été retrouvé »): the death is the kidnapped person's;
- a definite description that takes up the person named before ("THE VICTIM", « la victime », "THE
  MAYOR").

Nearly half the rows are negatives: the pronoun is the doer, a speaker, a survivor, or of the other
gender than the person named last; a definite description of another person than the one named.

Rows are ``(text, targets, not_targets, deaths, injured)``, read and checked by the scaffolding of the
second set (:mod:`test_muc4_style_hum_targets2`). ``0`` means no fill; ``None`` is not checked.

First run (rows written before any rule of this round): 147 of 199 checks (EN 86/115, FR 61/84; 49 rows). Three
rows had expectations against MUC-4 rule 1b (guerrillas killing soldiers, a gunman killing policemen: a clash
with the forces alone is no template); rewritten with civilians hit before any rule: 152 of 199 (EN 89/115, FR
63/84). After this round's rules (gender of the pronoun and of the persons, titled names, a date no subject,
agent phrases hung anywhere on the passive, bullets no toll, "the victim" / « la victime » taking up the
person before, a body's possessive, a conjunct's own negation, an object pronoun never its verb's subject, the
addressee of a reporting verb, a survivor's pronoun, "TWO BUS PASSENGERS"): 190 of 199 (EN 110/115, FR 80/84),
the rest strict xfails below. With h-victims9 (who pays a ransom no target; a ravine no accident by itself; the
subject of the clause that tells how someone was hit is its doer; a firing that caused a casualty needs no armed
word): en04, en17, en19, fr14, fr15 pass, 197 of 199 (the two French name parses left)."""

from __future__ import annotations

import pytest
from test_muc4_style_hum_targets2 import check, params

EN = [
 # gender: the pronoun stands for the last person of its gender
 ("SENORA ELENA ROJAS, THE WIDOW OF A POLICE COLONEL, LIVED WITH HER SON IN SANTA TECLA. SHE WAS SHOT DEAD BY TWO MEN ON FRIDAY AS SHE LEFT CHURCH.",
  ["ELENA ROJAS"], ["SON", "COLONEL"], 1, 0),
 ("FATHER JOSE ALVARADO RETURNED TO HIS PARISH IN CHALATENANGO WITH A NUN WHO TAUGHT AT THE SCHOOL. HE WAS KIDNAPPED BY ARMED MEN THAT NIGHT.",
  ["JOSE ALVARADO"], ["NUN", "ARMED MEN"], 0, 0),
 ("SENORA LUISA PINEDA OWNED A STORE NEAR THE MARKET OF SAN MIGUEL, WHERE HER BROTHER WORKED AS A CLERK. SHE WAS WOUNDED BY A GRENADE THROWN INTO THE STORE ON SATURDAY.",
  ["LUISA PINEDA"], ["BROTHER", "CLERK"], 0, 1),
 ("MRS ANA MEJIA AND HER SON WERE DRIVING HOME FROM A WEDDING IN ENVIGADO. SHE WAS KILLED WHEN GUNMEN FIRED ON THEIR CAR.",
  ["ANA MEJIA"], ["GUNMEN"], 1, None),
 ("THE WIFE OF THE MAYOR OF APOPA, MRS ROSA DE CHAVEZ, WAS DRIVING TO THE MARKET WITH HER CHAUFFEUR. SHE WAS WOUNDED WHEN MEN IN CIVILIAN CLOTHES FIRED ON THE CAR.",
  ["ROSA DE CHAVEZ|WIFE"], [], 0, 1),
 # NEGATIVES of gender: the last person of the pronoun's gender is not the one named first
 ("MRS MARIA TERESA ORTIZ TOLD REPORTERS THAT HER HUSBAND HAD RECEIVED DEATH THREATS. HE WAS MURDERED ON SUNDAY NEAR HIS FARM IN USULUTAN.",
  ["HUSBAND"], ["MARIA TERESA ORTIZ", "REPORTERS"], 1, 0),
 ("MR ROBERTO CASTRO DROVE HIS DAUGHTER TO SCHOOL IN SANTA ANA ON MONDAY MORNING. SHE WAS WOUNDED WHEN A BOMB EXPLODED NEAR THE SCHOOL GATE.",
  ["DAUGHTER"], ["ROBERTO CASTRO"], 0, 1),
 ("MRS GLORIA DE LEON WAS AT HOME WITH HER SON WHEN ARMED MEN BROKE IN. HE WAS DRAGGED INTO THE STREET AND SHOT DEAD.",
  ["SON"], ["GLORIA DE LEON", "ARMED MEN"], 1, 0),
 ("THE HIRED KILLER, A MAN KNOWN AS EL MONO, WAITED FOR THE JUDGE OUTSIDE THE COURTHOUSE IN MEDELLIN. HE SHOT HER FIVE TIMES AND FLED ON A MOTORCYCLE.",
  ["JUDGE"], ["EL MONO", "KILLER"], None, None),
 # a survivor's possessive: the one named after it was hit
 ("THE MINISTER OF PUBLIC WORKS WAS RETURNING FROM A VISIT TO SANTA ANA WHEN TERRORISTS FIRED ON HIS CAR. HE ESCAPED UNHURT, BUT HIS BODYGUARD WAS KILLED.",
  ["BODYGUARD", "MINISTER"], ["TERRORISTS"], 1, 0),
 ("A BOMB EXPLODED AT THE HOME OF CONGRESSMAN RICARDO ALVAREZ IN SAN SALVADOR. HE WAS NOT AT HOME, BUT HIS TWO DAUGHTERS WERE WOUNDED.",
  ["DAUGHTERS"], [], 0, 2),
 ("GUNMEN AMBUSHED THE CAR OF THE GOVERNOR OF ANTIOQUIA NEAR MEDELLIN. SHE SURVIVED WITH MINOR WOUNDS, BUT HER DRIVER AND A BODYGUARD WERE KILLED.",
  ["DRIVER", "BODYGUARD", "GOVERNOR"], ["GUNMEN"], 2, 1),
 ("THE BUS DRIVER, RAMON PAZ, STOPPED WHEN ARMED MEN BLOCKED THE ROAD NEAR LA UNION. HE WAS NOT HURT, BUT TWO PASSENGERS WERE KILLED.",
  ["PASSENGERS"], ["ARMED MEN"], 2, 0),
 # a title the parse reads into its name's noun phrase
 ("FATHER CARLOS PEREZ CELEBRATED MASS IN THE VILLAGE OF SAN JOSE ON SUNDAY. TWO MEN SHOT HIM DEAD AS HE LEFT THE CHURCH.",
  ["CARLOS PEREZ"], [], 1, 0),
 ("SISTER MARIA JULIA HERNANDEZ RAN THE LEGAL AID OFFICE OF THE ARCHDIOCESE. ON TUESDAY SHE WAS WOUNDED BY A BOMB PLACED AT THE DOOR OF THE OFFICE.",
  ["MARIA JULIA HERNANDEZ"], [], 0, 1),
 ("MONSIGNOR JOSE RAMIREZ VISITED REFUGEES IN THE CAMP OF MESA GRANDE ON SATURDAY. GUERRILLAS AMBUSHED HIS CAR ON THE WAY BACK AND KILLED HIM.",
  ["JOSE RAMIREZ"], ["GUERRILLAS", "REFUGEES"], 1, 0),
 # kidnapped, then the body found
 ("COFFEE GROWER JOSE LUIS MEJIA WAS KIDNAPPED BY ARMED MEN ON HIS FARM NEAR SANTA ANA ON MONDAY. HIS BODY WAS FOUND TODAY ON A ROAD OUTSIDE THE TOWN.",
  ["JOSE LUIS MEJIA"], ["ARMED MEN"], 1, 0),
 ("TWO JOURNALISTS, LUIS ORTEGA AND MARIO SALAS, WERE ABDUCTED IN AYACUCHO LAST WEEK. THEIR BODIES WERE FOUND ON SATURDAY IN A RAVINE NEAR HUANTA.",
  ["LUIS ORTEGA", "MARIO SALAS"], [], 2, 0),
 ("THE MAYOR OF SAN JOSE DE LAS FLORES, PEDRO AGUILAR, WAS ABDUCTED BY GUERRILLAS LAST THURSDAY. HIS BULLET-RIDDLED BODY WAS FOUND ON SUNDAY NEAR THE TOWN.",
  ["PEDRO AGUILAR|MAYOR"], ["GUERRILLAS"], 1, 0),
 # NEGATIVE: released, not killed
 ("BUSINESSMAN ERNESTO LARA WAS KIDNAPPED IN SAN SALVADOR ON FRIDAY. HE WAS RELEASED UNHARMED ON MONDAY AFTER HIS FAMILY PAID A RANSOM.",
  ["ERNESTO LARA"], ["FAMILY"], 0, 0),
 # a definite description takes up the person named before
 ("LAWYER HECTOR SALAZAR LEFT HIS OFFICE IN SAN MIGUEL AT NOON ON MONDAY. THE VICTIM WAS SHOT THREE TIMES IN THE HEAD BY A MAN ON A MOTORCYCLE AND DIED INSTANTLY.",
  ["HECTOR SALAZAR"], [], 1, 0),
 ("MAYOR JOSE ANGEL LOPEZ OF SAN ISIDRO HAD DENOUNCED THREATS FROM THE FMLN. THE MAYOR WAS SHOT DEAD ON SUNDAY IN FRONT OF HIS HOUSE.",
  ["JOSE ANGEL LOPEZ"], [], 1, 0),
 ("JOURNALIST JORGE ENRIQUE PULIDO WAS LEAVING THE STUDIOS OF HIS TELEVISION PROGRAM IN BOGOTA. THE JOURNALIST WAS SHOT FOUR TIMES AND DIED ON THE WAY TO THE HOSPITAL.",
  ["JORGE ENRIQUE PULIDO"], [], 1, 0),
 # NEGATIVES: a description of another person than the one named
 ("SENATOR RAUL ECHEVERRI VISITED THE TOWN OF SEGOVIA ON SUNDAY. HOURS AFTER HE LEFT, THE MAYOR WAS KILLED BY GUNMEN IN THE MAIN SQUARE.",
  ["MAYOR"], ["RAUL ECHEVERRI", "SENATOR"], 1, 0),
 ("POLICE SPOKESMAN CAPTAIN RENE GARCIA SAID A STREET VENDOR WAS KILLED WHEN A BOMB EXPLODED IN THE MARKET OF SAN MIGUEL. THE VICTIM WAS IDENTIFIED AS JUAN RAMOS.",
  ["VENDOR|JUAN RAMOS"], ["RENE GARCIA", "SPOKESMAN"], 1, 0),
 # NEGATIVES: the pronoun is the doer or a speaker
 ("GUERRILLA COMMANDER JOAQUIN VILLALOBOS SPOKE TO RADIO VENCEREMOS ON MONDAY. HE SAID THAT ARMY TROOPS HAD KILLED 12 PEASANTS IN CHALATENANGO.",
  ["PEASANTS"], ["JOAQUIN VILLALOBOS"], 12, 0),
 ("PEASANT LEADER ANTONIO GUZMAN WITNESSED THE MASSACRE OF SIX FARMERS IN SAN FRANCISCO. HE TOLD REPORTERS THAT SOLDIERS KILLED THEM WITH MACHETES.",
  ["FARMERS"], ["ANTONIO GUZMAN", "REPORTERS"], 6, 0),
 ("A GUNMAN KILLED TWO BUS PASSENGERS AT A STOP IN SOYAPANGO. HE WAS CAPTURED AN HOUR LATER.",
  ["PASSENGERS"], ["GUNMAN"], 2, 0),
]

FR = [
 # le genre : le pronom renvoie à la dernière personne de son genre
 ("L'avocat Héctor Salazar sortait de son bureau de San Miguel avec sa secrétaire. Il a été tué de trois balles par un homme à moto.",
  ["Héctor Salazar"], ["secrétaire"], 1, 0),
 ("Mme Elena Rojas, veuve d'un colonel de la police, vivait avec son fils à Santa Tecla. Elle a été abattue vendredi par deux hommes à la sortie de l'église.",
  ["Elena Rojas"], ["fils", "colonel"], 1, 0),
 ("Le père José Alvarado est rentré dans sa paroisse du Chalatenango avec une religieuse qui enseignait à l'école. Il a été enlevé par des hommes armés dans la nuit.",
  ["José Alvarado"], ["religieuse", "hommes armés"], 0, 0),
 ("La juge Marta Lucía Gómez rentrait chez elle avec son garde du corps. Elle a été blessée par balles par deux tueurs à moto.",
  ["Marta Lucía Gómez"], ["garde"], 0, 1),
 # NÉGATIFS de genre
 ("Mme María Teresa Ortiz a déclaré aux journalistes que son mari avait reçu des menaces de mort. Il a été assassiné dimanche près de sa ferme d'Usulután.",
  ["mari"], ["María Teresa Ortiz", "journalistes"], 1, 0),
 ("M. Roberto Castro conduisait sa fille à l'école lundi matin à Santa Ana. Elle a été blessée par l'explosion d'une bombe devant l'école.",
  ["fille"], ["Roberto Castro"], 0, 1),
 # un adverbe de temps en tête de phrase
 ("Le syndicaliste Pedro Antonio Marín avait dénoncé des menaces d'un escadron de la mort. Samedi, il a été tué par balles devant son domicile.",
  ["Pedro Antonio Marín"], [], 1, 0),
 ("L'ingénieur Carlos Vega travaillait pour la compagnie d'électricité à Medellín. Lundi soir, il a été enlevé par des hommes armés.",
  ["Carlos Vega"], ["hommes armés"], 0, 0),
 ("Deux enseignantes, Ana Gómez et Rosa Pérez, distribuaient des tracts au marché de San Miguel. Dimanche, elles ont été blessées par des soldats qui ont ouvert le feu sur la foule.",
  ["Ana Gómez", "Rosa Pérez"], ["soldats"], 0, 2),
 # le possessif d'un survivant
 ("Des terroristes ont tiré sur la voiture du ministre des Travaux publics près de Santa Ana. Il est sorti indemne, mais son garde du corps a été tué.",
  ["garde", "ministre"], ["terroristes"], 1, 0),
 ("Une bombe a explosé au domicile du député Ricardo Álvarez à San Salvador. Il était absent, mais ses deux filles ont été blessées.",
  ["filles"], [], 0, 2),
 # un titre lu dans le groupe nominal du nom
 ("Le père Carlos Pérez a célébré la messe dimanche dans le village de San José. Deux hommes l'ont abattu à la sortie de l'église.",
  ["Carlos Pérez"], [], 1, 0),
 ("Sœur María Julia Hernández dirigeait le bureau d'aide juridique de l'archevêché. Mardi, elle a été blessée par une bombe placée devant la porte du bureau.",
  ["María Julia Hernández"], [], 0, 1),
 # enlevé, puis le corps retrouvé
 ("Le planteur de café José Luis Mejía a été enlevé lundi par des hommes armés dans sa ferme près de Santa Ana. Son corps a été retrouvé aujourd'hui sur une route à la sortie de la ville.",
  ["José Luis Mejía"], ["hommes armés"], 1, 0),
 ("Deux journalistes, Luis Ortega et Mario Salas, ont été enlevés la semaine dernière à Ayacucho. Leurs corps ont été retrouvés samedi dans un ravin près de Huanta.",
  ["Luis Ortega", "Mario Salas"], [], 2, 0),
 # NÉGATIF : libéré, pas tué
 ("L'homme d'affaires Ernesto Lara a été enlevé vendredi à San Salvador. Il a été libéré sain et sauf lundi après le paiement d'une rançon par sa famille.",
  ["Ernesto Lara"], ["famille"], 0, 0),
 # une description définie reprend la personne nommée avant
 ("Le commerçant Julio Rivas a quitté son magasin de San Miguel lundi à midi. La victime a été tuée de trois balles par un homme à moto.",
  ["Julio Rivas"], [], 1, 0),
 ("Le maire de San Isidro, José Ángel López, avait dénoncé des menaces du FMLN. Le maire a été abattu dimanche devant son domicile.",
  ["José Ángel López"], [], 1, 0),
 # NÉGATIF : une description d'une autre personne
 ("Le sénateur Raúl Echeverri s'est rendu dimanche à Segovia. Quelques heures après son départ, le maire a été tué par des tueurs sur la place principale.",
  ["maire"], ["Raúl Echeverri", "sénateur"], 1, 0),
 # NÉGATIFS : le pronom est l'auteur ou celui qui parle
 ("Le tueur à gages, un homme surnommé El Mono, attendait la juge devant le palais de justice de Medellín. Il l'a abattue de cinq balles avant de s'enfuir à moto.",
  ["juge"], ["El Mono", "tueur"], 1, None),
 ("Le commandant guérillero Joaquín Villalobos s'est exprimé lundi sur Radio Venceremos. Il a déclaré que des soldats avaient tué 12 paysans dans le Chalatenango.",
  ["paysans"], ["Joaquín Villalobos"], 12, 0),
]

_NAME_PARSE = ("victims: a name the French parse reads as a verb or behind a lower-case complement ('Sœur María Julia "
               "Hernández dirigeait', 'Le planteur de café José Luis Mejía') is cut, or left apart from the role")

# (lang, row index, check) -> why it fails today; strict, so a fix shows up as an XPASS to remove
XFAIL: dict[tuple[str, int, str], str] = {
    # (("fr", 12, "target0") passes since a name stays in its sentence: nlp.paragraph_breaks)
    ("fr", 13, "target0"): _NAME_PARSE,
}


@pytest.mark.parametrize("text,lang,kind,want", params((("en", EN), ("fr", FR)), XFAIL))
def test_muc4_style_coref(text, lang, kind, want):
    check(text, lang, kind, want)
