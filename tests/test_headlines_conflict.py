"""Conflict headlines of the Central African Republic, French and English, read as the UCDP GED
adapter reads them: one headline is the whole text, the publication date is the only other thing
known, and the top incident is the one with the highest fatality figure (else the first).

Written for issue 3 before bilan was run on them, in the styles of the regional outlets and wires
(« Ville : ... » with the place before the colon, "X | place, prefecture, CAR" crisis-tracker lines,
Xinhua/AFP-like English lines): a body found, a death told inside a protest headline, killings that
"continue" or come in a "new wave", « regain de violence », villages left devastated, an official taken
hostage, a convoy forced back by rebels, counts with « dont » / "including", injured without dead, an
age that is no count. About a third are headlines with no event in them (politics, aid, meetings, report
titles, reviews) that must give no incident.

Each row: the headline and its expectation, ``None`` for no incident, else ``E(etype, deaths, date)``:
``etype`` the ACLED event type of the top incident where the headline makes it clear (else None:
unchecked); ``deaths`` the figure the headline gives (the top incident's ``fatalities.best`` equals it
and its [low, high] holds it), ``NONE`` when the headline gives none (no figure may be invented:
``fatalities`` is None or has no ``best``: the bounds a plural or "massacre" implies, "des tueries" at
least two, "killing civilians" a few, are the project's convention for a toll told without a figure,
never a count); ``date`` the day the headline names (inside the top incident's date range),
None when it names none.

First run (before any rule change, at 72825e1): 64/84 (66/84 as ``NONE`` now reads).
After a body found (a participle of discovery on the body noun, one dead a body) and a headline's
passive without its auxiliary ("Trader shot dead"): 72/84. After a noun of killing that says people died
("killings continue", « tueries »), a fight between two named sides that stays a battle with civilians among
its dead (MLCJ, FDPC, Siriri added to the actors), a name with a digit no verb for dates ("combattants 3R le 3
mai"), violence told renewed or as a wave or owned by an armed group, and a convoy forced back: 80/84.
A second batch of 20 (counts; 4 with no event) written then, before running bilan on it: first run 18/20
(98/104 in all); after a headline's bare participle ("Soldier killed in ambush"): 99/104; after a headline
labelled by its genre (« Analyse : », "Analysis:") telling no change or agreement: 100/104.
A third batch of 12 (pipe forms, hostages, a death told inside a protest) written then, before running
bilan on it: first run 10/12 (110/116 in all); after a present participle that says what its noun did
("Armed group killing ... | Kouki") and a gerund's "of" complement ("after killing of a driver"): 112/116.
After the headline re-parse of h-headparse (bilan.nlp: a present-tense verb read as a noun, "militiamen attack IDP
camp", is parsed again as a verb): 113/116.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest
from extracting import BAT, EXP, VAC, headline_params

from bilan.evaluate.ucdp import _top
from bilan.model import Document
from bilan.pipeline import extract_document

PUBLISHED = dt.date(2020, 6, 15)  # a Monday
NONE = "none"  # the headline gives no death figure



class E(NamedTuple):
    etype: str | None = None
    deaths: int | str | None = None  # None: unchecked
    date: dt.date | None = None


def d(month: int, day: int) -> dt.date:
    return dt.date(2020, month, day)


FR = [
    ("Bambari : un corps sans vie retrouvé au quartier Kidjigra", E(None, 1)),
    ("Kaga-Bandoro : le corps d'un commerçant peul retrouvé près de la rivière Nana", E(None, 1)),
    ("Bossangoa : les habitants dans la rue pour protester contre la mort d'un soldat tué par des peuls armés", E(None, 1)),
    ("Ouham-Pendé : 4 personnes, dont le chef du village, enlevées et assassinées par des éléments des 3R", E(VAC, 4)),
    ("Bria : des heurts éclatent entre deux factions du FPRC et plusieurs blessés", E(None, NONE)),
    ("Regain de violence à Batangafo : les anti-Balaka attaquent le camp de déplacés", E(None, NONE)),
    ("Alindao : nouvelle vague de tueries dans les villages de la Basse-Kotto", E(None, NONE)),
    ("Kouango : des éléments de l'UPC prennent en otage le sous-préfet", E(VAC, NONE)),
    ("Nana-Grébizi : un convoi de la MINUSCA contraint de rebrousser chemin par des rebelles du MPC", E(None, NONE)),
    ("Paoua : trois civils tués par des hommes armés non identifiés le 12 juin", E(VAC, 3, d(6, 12))),
    ("Obo : attaque de la LRA à Mboki, au moins cinq morts", E(None, 5)),
    ("Niem-Yelewa : affrontements entre les FACA et les 3R, une dizaine de morts", E(BAT, 10)),
    ("Bangassou : deux casques bleus tués dans une embuscade", E(None, 2)),
    ("Birao : violents combats entre le FPRC et le MLCJ, 12 morts dont 3 civils", E(BAT, 12)),
    ("Zemio : des hommes armés incendient une cinquantaine de maisons", E(None, NONE)),
    ("Bozoum : un prêtre enlevé par des hommes armés dimanche", E(VAC, NONE, d(6, 14))),
    ("Mbaïki : un cultivateur tué à coups de machette par des inconnus", E(VAC, 1)),
    ("Sibut : un enfant de 10 ans tué par une balle perdue lors d'échanges de tirs", E(None, 1)),
    ("Bocaranga : six morts dans l'attaque d'un marché par des combattants 3R le 3 mai", E(None, 6, d(5, 3))),
    ("Ndélé : au moins 25 morts dans des affrontements entre groupes armés", E(BAT, 25)),
    ("Bambari : un agent humanitaire blessé par balle, son chauffeur tué", E(None, 1)),
    ("Grimari : les violences des miliciens laissent plusieurs villages dévastés", E(None, NONE)),
    ("Carnot : des éleveurs peuls attaqués, deux morts et quatre blessés", E(None, 2)),
    ("Ippy : les tueries se poursuivent, la population fuit vers la brousse", E(None, NONE)),
    ("Haut-Mbomou : enlèvement de 15 personnes par la LRA près de Djemah", E(VAC, NONE)),
    ("Batangafo : une femme violée puis tuée par des hommes armés", E(None, 1)),
    ("Bangui : une grenade lancée dans un bar du PK5 fait 3 morts et 20 blessés", E(EXP, 3)),
    ("Bria : un élément de l'UPC abattu par la MINUSCA lors d'une patrouille", E(None, 1)),
    # a second batch (counts), written before running bilan on them
    ("Bangui : deux morts et trois blessés dans des affrontements au PK5", E(None, 2)),
    ("Bria : le bilan des combats s'alourdit à 20 morts", E(None, 20)),
    ("Kabo : un mort et plusieurs blessés lors d'une attaque d'hommes armés", E(None, 1)),
    ("Mobaye : une dizaine de personnes tuées par des hommes armés venus de la RDC", E(VAC, 10)),
    ("Zangba : trois morts, dont un enfant, dans l'attaque d'un village", E(None, 3)),
    ("Dékoa : un éleveur tué et son bétail emporté par des coupeurs de route", E(None, 1)),
    ("Bouca : un militaire des FACA tué dans une embuscade", E(None, 1)),
    ("Sam-Ouandja : attaque d'une base de la MINUSCA, un casque bleu tué", E(None, 1)),
    ("Bangui : le gouvernement annonce un plan de relance économique", None),
    ("Bambari : les enseignants en grève pour réclamer leurs salaires", None),
    # a third batch (pipe forms, hostages, deaths told inside other news), written before running bilan on them
    ("Attaque de la LRA le 7 mars 2020 | Obo, Haut-Mbomou, RCA", E(None, NONE, d(3, 7))),
    ("Rafaï : le maire pris en otage par des éléments armés de l'UPC", E(VAC, NONE)),
    ("Bangui : marche de colère des conducteurs de taxi-moto après l'assassinat de l'un des leurs", E(None, 1)),
    ("Nola : deux orpailleurs tués par des braconniers armés", E(VAC, 2)),
    ("Bossembélé : des hommes armés ouvrent le feu sur un véhicule de transport, un mort", E(None, 1)),
    ("Mbrès : incursion des rebelles, la population prend la fuite", E(None, NONE)),
    # no event told
    ("Bangui : l'Assemblée nationale adopte le budget de l'État pour 2021", None),
    ("Centrafrique : le président Touadéra reçoit une délégation de l'Union africaine", None),
    ("Bambari : atelier de formation des journalistes sur la paix et la cohésion sociale", None),
    ("Rapport : la situation humanitaire en Centrafrique s'aggrave, selon OCHA", None),
    ("Kaga-Bandoro : les déplacés réclament de l'aide alimentaire", None),
    ("Bouar : ouverture de l'année scolaire dans un climat apaisé", None),
    ("Centrafrique : les groupes armés et le gouvernement signent un accord de paix à Khartoum", None),
    ("Bangassou : la MINUSCA remet des kits scolaires aux écoles de la ville", None),
    ("Bria : réunion du comité de sécurité préfectoral sur la transhumance", None),
    ("Bossangoa : campagne de vaccination contre la rougeole dans l'Ouham", None),
    ("Centrafrique : bilan de l'année 2019, un pays en quête de stabilité", None),
    ("Conseil de sécurité : le mandat de la MINUSCA prolongé d'un an", None),
    ("Berberati : le prix du manioc flambe sur les marchés", None),
    ("Analyse : les défis du désarmement, de la démobilisation et de la réinsertion en RCA", None),
]

EN = [
    ("Body of a cattle trader found near Bambari", E(None, 1)),
    ("Killings continue in Bria as armed groups battle for control", E(None, NONE)),
    ("New wave of killings in Ouaka prefecture leaves residents in fear", E(None, NONE)),
    ("Militia violence leaves villages devastated in Basse-Kotto", E(None, NONE)),
    ("Rebels take sub-prefect of Kabo hostage", E(VAC, NONE)),
    ("UN convoy forced to turn back by rebels near Kaga-Bandoro", E(None, NONE)),
    ("LRA attack 14 April 2020 | Mboki, Haut-Mbomou, CAR", E(None, NONE, d(4, 14))),
    ("LRA abduction 2 May 2020 | Zemio, Haut-Mbomou, CAR", E(VAC, NONE, d(5, 2))),
    ("Central African Republic: 9 killed in clashes between ex-Seleka factions in Ndele", E(BAT, 9)),
    ("Gunmen kill 4 villagers, including a chief, near Paoua", E(VAC, 4)),
    ("Peacekeeper killed, two wounded in ambush near Bangassou", E(None, 1)),
    ("At least 30 dead as fighting flares in Batangafo", E(BAT, 30)),
    ("CAR: Anti-balaka militiamen attack IDP camp in Alindao, killing at least 12", E(VAC, 12)),
    ("Clashes erupt in Bangui's PK5 district, several wounded", E(None, NONE)),
    ("Two aid workers killed in attack on convoy in Ouham", E(VAC, 2)),
    ("Armed men burn houses in Ippy village on Saturday", E(None, NONE, d(6, 13))),
    ("Protest in Bossangoa after the killing of a soldier by herders", E(None, 1)),
    ("Catholic priest abducted by gunmen in Bocaranga", E(VAC, NONE)),
    ("Seven civilians massacred by 3R fighters in Ouham-Pende village", E(VAC, 7)),
    ("Renewed violence in Kaga-Bandoro: MPC fighters attack town", E(None, NONE)),
    ("Fresh fighting between FACA and CPC rebels near Bossembele kills 15", E(BAT, 15)),
    ("UPC fighters loot health centre in Kouango", E(None, NONE)),
    ("Trader shot dead on the Bouar-Baboua road", E(None, 1)),
    ("CAR: grenade attack on mosque in Bangui kills five, injures 30", E(EXP, 5)),
    ("Bodies of three herders found in the bush near Bambari", E(None, 3)),
    ("Kidnapping of 12 people by armed men in Vakaga on 5 June", E(VAC, NONE, d(6, 5))),
    ("Wagner contractors accused of killing civilians near Bria", E(None, NONE)),
    ("Bangassou: rebels attack MINUSCA base, one peacekeeper dead", E(None, 1)),
    # a second batch (counts), written before running bilan on them
    ("Soldier killed in ambush near Bria", E(None, 1)),
    ("Death toll from Bangassou clashes rises to 15", E(None, 15)),
    ("Two dead, three wounded in PK5 shootout", E(None, 2)),
    ("Six people, including a child, killed in attack on Zangba village", E(None, 6)),
    ("Herder killed, cattle stolen by armed men near Bouar", E(None, 1)),
    ("At least eight people killed as rebels attack Markounda", E(None, 8)),
    ("One dead as armed men attack market in Bambari", E(None, 1)),
    ("Gunmen kill village chief in Ouham-Pende", E(VAC, 1)),
    ("CAR lawmakers debate new mining code", None),
    ("Aid agencies warn of food shortages in northern CAR", None),
    # a third batch (pipe forms, hostages, deaths told inside other news), written before running bilan on them
    ("LRA looting 21 January 2020 | Bakouma, Mbomou, CAR", E(None, NONE, d(1, 21))),
    ("Armed group killing 9 February 2020 | Kouki, Ouham, CAR", E(None, NONE, d(2, 9))),
    ("Sub-prefect of Bakala held hostage by UPC fighters", E(VAC, NONE)),
    ("Residents protest in Bangui after killing of a moto-taxi driver", E(None, 1)),
    ("Armed men open fire on a truck near Bossembele, one dead", E(None, 1)),
    ("Rebels raid Mbres, residents flee into the bush", E(None, NONE)),
    # no event told
    ("CAR parliament approves new electoral code", None),
    ("Touadera meets Chadian president to discuss border security", None),
    ("Humanitarian needs in the Central African Republic at record high, says OCHA", None),
    ("UN Security Council extends MINUSCA mandate for another year", None),
    ("Report: Armed groups and the diamond trade in the Central African Republic", None),
    ("World Bank approves $50 million grant for CAR road rehabilitation", None),
    ("Displaced families in Bria call for food assistance", None),
    ("Central African Republic: peace talks resume in Khartoum", None),
    ("CAR government and armed groups sign peace deal", None),
    ("Measles vaccination campaign launched in Ouham prefecture", None),
    ("Central African Republic: 2019 in review", None),
    ("EU training mission hands over barracks to Central African army", None),
    ("Analysis: Can disarmament succeed in the Central African Republic?", None),
    ("Refugees from CAR return home from Cameroon", None),
]

# still failing after the fixes of this set, with the reason (the agreements and the strike, once xfails here,
# have no top incident since the UCDP top skips an agreement or a peaceful protest that killed no one)
XFAIL: dict[str, str] = {}


def top_incident(text: str, lang: str):
    doc = Document(doc_id="h", text=text, language=lang, published=PUBLISHED)
    return _top(extract_document(doc).incidents)


def check(text: str, lang: str, exp: E | None) -> list[str]:
    """What the top incident gets wrong against ``exp`` (empty: right)."""
    top = top_incident(text, lang)
    if exp is None:
        return [] if top is None else [f"incident {top.event_type}/{top.sub_event_type} found"]
    if top is None:
        return ["no incident"]
    errs = []
    if exp.etype is not None and top.event_type != exp.etype:
        errs.append(f"type {top.event_type}")
    f = top.fatalities
    if exp.deaths == NONE:
        if f is not None and f.best is not None:
            errs.append(f"invented deaths {f.low}/{f.best}/{f.high}")
    elif exp.deaths is not None:
        if f is None or f.best != exp.deaths or not (
                (f.low is None or f.low <= exp.deaths) and (f.high is None or exp.deaths <= f.high)):
            errs.append(f"deaths {None if f is None else (f.low, f.best, f.high)}")
        else:  # the figure keeps its evidence in the headline
            ev = [e for e in top.evidence if e.field == "fatalities"]
            if not ev or any(text[e.start:e.end] != e.text for e in ev):
                errs.append("deaths without evidence offsets")
    if exp.date is not None:
        start, end = top.date.start, top.date.end or top.date.start
        if start is None or not (start <= exp.date <= end):
            errs.append(f"date {start}..{end}")
    return errs


def test_set_size_and_balance():
    assert len(FR) >= 40 and len(EN) >= 40
    negatives = sum(exp is None for _, exp in FR + EN)
    assert 0.25 <= negatives / len(FR + EN) <= 0.4


@pytest.mark.parametrize("text, lang, exp", headline_params(EN, FR, XFAIL))
def test_headline(text, lang, exp):
    assert check(text, lang, exp) == []


@pytest.mark.parametrize("text, lang, targets", [
    ("Armed group killing 9 February 2020 | Kouki, Ouham, CAR", "en", []),
    ("CAR: rebels burn a car in Bria", "en", ["car"]),
])
def test_country_acronym_is_no_target(text, lang, targets):
    """ "CAR", the country's acronym in a mixed-case headline, is no "car" hit; a written car is."""
    doc = Document(doc_id="h", text=text, language=lang, published=PUBLISHED)
    got = [t.name for i in extract_document(doc).incidents for t in i.targets]
    assert got == targets
