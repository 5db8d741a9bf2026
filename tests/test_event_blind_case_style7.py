"""A seventh blind check of the event typing, CASE-2021 / ACLED style (issue 3, class 8): English and French
snippets written in one sitting on 2026-12-05 (06:16-06:21 UTC) before bilan was run on them, aimed at what
set 6 left: a police, judicial or parliamentary inquiry into killings told as past (no event) against killings
told now with the inquiry that followed; embezzlement and corruption (charged, found by auditors, arrested for)
against the arrest of an activist and a protest against corruption; an ambush on a civilian convoy or bus with
no one killed against an ambush on a military convoy or patrol; supporters or fans marching or dancing to
celebrate a victory or a national day against a march to protest, and fans who celebrate and then fight the
police. A third and more are no ACLED event or a near-miss class.

Labels follow the ACLED codebook's sub-event definitions, written before the first run:
- Attack (Violence against civilians): an organised armed group violently targets unarmed civilians; ACLED
  codes the attack whether or not anyone is killed (fatalities 0), so gunmen ambushing a bus of passengers, a
  humanitarian convoy or traders' lorries is an Attack even when everyone escapes.
- Armed clash (Battles): two armed, organised groups fighting: an ambush on a military convoy or a gendarmerie
  patrol is a clash.
- Excessive force against protesters: state forces using lethal force on protesters.
- Mob violence (Riots): fans or supporters (a crowd with no organisation, outside a demonstration) throwing
  stones at the police, or residents beating a suspect to death.
- Peaceful protest (Protests): a demonstration against a political entity, policy or practice (corruption
  included) with no violence and no intervention; a crowd celebrating a sports victory, independence day or a
  festival makes no demand of anyone: no protest, no ACLED event.
- Arrests (Strategic developments): detention of politically significant people (opposition MPs, civil
  society activists); the arrest, charge or sentencing of officials for embezzlement or corruption, or an audit
  finding it, is a common crime or a judicial step, no ACLED event.
- An inquiry, investigation or probe into killings told as past (last year's, the 2018 ones, last month's) is
  no event of its own: the killings are recalled, not reported; where the same sentence or text tells the
  killings as news ("after gunmen shot dead two traders on Sunday"), the killings are the event.

Read 30/45 on the first run (EN 14/24, FR 16/21); 44/45 now (EN 23/24, FR 21/21). Fixed by general rules (EN and FR
lexicons): an ambush whose object's own phrase names civilians or a civilian use ("a convoy of aid workers", "a bus
carrying passengers", « un convoi humanitaire »: CIVILIAN_MARKERS with the civilian nouns) is an attack, killed or not,
and such a convoy is no military target for a shot at it either ("opened fire on a convoy of buses carrying
pilgrims"); a march told as a celebration (CELEBRATION_WORDS: "to celebrate", « pour fêter ») or partisans marching
over a sports occasion ("team", "cup" added to SPORT_OCCASIONS) is no protest unless the sentence says what it is
against or demands, and fans celebrating who fight the police are a mob; an inquiry recalls what it is into when a
body's (INQUIRY_BODIES: "parliamentary", « judiciaire », or the parliament or government opening it) or when the act
is dated to an earlier time ("the 2019 killings", "last year's massacre", « l'an dernier »); a crime of office
(OFFICE_CRIMES: "corruption", "embezzlement", « détournement ») is a common crime unless who was held holds a political
office (POLITICAL_OFFICES), and a charge an arrest is made "on" gives its reason ("on corruption charges"); a march
for a protest purpose ("to protest against") is a protest whoever marches, fighters aside (a control). The one left
is a strict xfail with its reason.
"""

from __future__ import annotations

import pytest
from extracting import ARR, ATT, CLA, EXF, MOB, PEA, lead_type
from test_event_blind_case_style2 import _params, control_params

NONE = "NONE"

EN = [
    # an inquiry into killings told as past, against killings told now
    ("A parliamentary inquiry into the killing of twelve miners in Marikana heard evidence on Monday.", NONE),
    ("Police launched an investigation into last year's massacre of villagers in Kasai.", NONE),
    ("A police probe into the 2019 killings of protesters in Khartoum has named three officers.", NONE),
    ("Lawmakers demanded an inquiry into the shooting of students by police in Kampala last month.", NONE),
    ("Police are investigating after gunmen shot dead two traders in Kisumu on Sunday.", ATT),
    ("An inquiry was opened after soldiers shot dead three protesters in Conakry on Monday.", EXF),
    # embezzlement and corruption, against a political arrest and a protest against corruption
    ("The former finance minister was charged with embezzling public funds in Lilongwe.", NONE),
    ("Auditors found that officials had embezzled $3 million meant for displaced families in Maiduguri.", NONE),
    ("Police arrested two customs officers on corruption charges in Mombasa.", NONE),
    ("A court in Nairobi sentenced a former governor to ten years in prison for corruption.", NONE),
    ("Security forces arrested two opposition MPs at their homes in Harare overnight.", ARR),
    ("Thousands marched peacefully through Accra on Saturday to denounce corruption.", PEA),
    # an ambush on civilians with no one killed, against one on soldiers
    ("Gunmen ambushed a convoy of commercial trucks near Gao; the drivers escaped unhurt.", ATT),
    ("Militants ambushed a bus carrying passengers on the Mandera road; no one was hurt.", ATT),
    ("Bandits ambushed a convoy of aid workers near Kaga-Bandoro on Tuesday.", ATT),
    ("Gunmen opened fire on a convoy of buses carrying pilgrims near Tillaberi, wounding three.", ATT),
    ("Insurgents ambushed a military convoy near Damboa on Tuesday.", CLA),
    # celebrations, against a protest and fans who fight the police
    ("Supporters marched through the streets of Lusaka after the team's victory in the cup final.", NONE),
    ("Thousands of fans celebrated in the streets of Algiers after the national team won.", NONE),
    ("Crowds danced in the streets of Monrovia to celebrate independence day.", NONE),
    ("Opposition supporters marched through Lusaka to protest the election results.", PEA),
    ("Fans celebrating the victory clashed with police in Algiers, throwing stones.", MOB),
    # a suspect beaten to death
    ("Residents beat to death a man suspected of witchcraft in Kasai.", MOB),
    ("Gunmen attacked the offices of the inquiry commission in Bunia, killing a guard.", ATT),
]

FR = [
    # une enquête sur des tueries passées, contre des tueries dites maintenant
    ("L'Assemblée nationale a créé une commission parlementaire sur les tueries de 2018 à Beni.", NONE),
    ("La police a ouvert une enquête sur l'assassinat d'un journaliste l'an dernier à Bamako.", NONE),
    ("Une enquête judiciaire sur le massacre de Yumbi a été confiée à un juge d'instruction.", NONE),
    ("Des hommes armés ont tué deux commerçants à Bambari dimanche ; la police a ouvert une enquête.", ATT),
    ("Une enquête a été ouverte après la mort de deux manifestants tués par la police à Conakry lundi.", EXF),
    # détournement et corruption, contre une arrestation politique et une manifestation contre la corruption
    ("Le directeur du port a été arrêté pour détournement de fonds à Douala.", NONE),
    ("Deux maires ont été inculpés pour corruption à Kinshasa.", NONE),
    ("Un rapport accuse des officiers d'avoir détourné la solde des soldats à Bamako.", NONE),
    ("La police a arrêté un militant de la société civile qui dénonçait la corruption à Goma.", ARR),
    ("Des centaines de jeunes ont manifesté contre la corruption à Kinshasa samedi.", PEA),
    # une embuscade contre des civils sans mort, contre des militaires
    ("Des hommes armés ont tendu une embuscade à un convoi humanitaire près de Kaga-Bandoro, sans faire de victime.", ATT),
    ("Des bandits ont attaqué un bus de voyageurs sur l'axe Bouar-Garoua-Boulaï.", ATT),
    ("Des hommes armés ont tendu une embuscade à un camion de commerçants près de Bankass ; les passagers ont pu fuir.", ATT),
    ("Des jihadistes ont tendu une embuscade à un convoi de l'armée près de Boni.", CLA),
    ("Des hommes armés ont tendu une embuscade à une patrouille de gendarmes près de Kaya.", CLA),
    # des fêtes, contre une manifestation et des supporters qui affrontent la police
    ("Des milliers de supporters ont défilé dans les rues d'Abidjan pour fêter la victoire des Éléphants.", NONE),
    ("Une foule en liesse a envahi les rues de Dakar après la qualification du Sénégal.", NONE),
    ("Des habitants ont défilé à Bamako pour célébrer la fête de l'indépendance.", NONE),
    ("Des partisans de l'opposition ont défilé à Conakry pour dénoncer le troisième mandat.", PEA),
    ("Des supporters qui fêtaient la victoire ont affronté la police à Oran, lançant des pierres.", MOB),
    ("Des habitants ont battu à mort un homme accusé de sorcellerie à Kananga.", MOB),
]

# what the rules get wrong today (strict: a fix must remove the mark)
XFAIL: dict[str, str] = {
    "Gunmen attacked the offices of the inquiry commission in Bunia, killing a guard.":
        "a bare 'guard' is counted a fighter (a sentry or a police guard), so the offices' attack is a clash; whose "
        "guard it was (the commission's private guard, a civilian) the sentence does not say",
}

# controls written while fixing (06:37 UTC), before the rules they check were final: what the rules must leave alone
# (an ambush on a truck of soldiers, a police inquiry with no date or body, the arrest of a former minister for
# embezzlement, fans who march to protest) and the cases beside each rule (« détournement » by officials, the
# parliament that opens the inquiry)
CONTROLS: list[tuple[str, str, str]] = [
    ("Insurgents ambushed a truck carrying soldiers near Damboa.", "en", CLA),
    ("Police opened an investigation into the murder of two students in Kasai.", "en", ATT),
    ("Police arrested the former finance minister for embezzlement in Lilongwe.", "en", ARR),
    ("Police arrested a bank clerk for embezzlement in Lilongwe.", "en", NONE),
    ("Fans marched to the stadium to protest against the club's owners.", "en", PEA),
    ("La police a arrêté un ancien ministre pour détournement de fonds à Bangui.", "fr", ARR),
    ("Deux douaniers ont été arrêtés pour corruption à Douala.", "fr", NONE),
    ("Des supporters ont manifesté devant le stade contre la direction du club.", "fr", PEA),
    ("Des jihadistes ont tendu une embuscade à un camion transportant des soldats près de Boni.", "fr", CLA),
    ("Des hommes armés ont tendu une embuscade à un bus de voyageurs près de Bouar.", "fr", ATT),
    # (07:05 UTC) a march for a protest purpose is a protest whoever marches ("Fans marched ... to protest", found no
    # protest before: "march" then needed a crowd subject), but not fighters marching
    ("Troops marched to the border to show their strength.", "en", NONE),
]


CONTROL_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("text,lang,expected", control_params(CONTROLS, CONTROL_XFAIL))
def test_blind_case_style7_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en", XFAIL) + _params(FR, "fr", XFAIL))
def test_blind_case_style7_snippet(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_set_size_and_balance():
    rows = EN + FR
    assert len(rows) >= 45
    assert sum(label == NONE for _, label in rows) / len(rows) >= 1 / 3


def test_every_xfail_names_a_snippet():
    texts = {t for t, _ in EN + FR}
    assert set(XFAIL) <= texts
