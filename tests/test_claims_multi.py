"""Claims in stories that tell more than one incident, and the agents of passive participles.

A reaction, denial or claim paragraph belongs to the incident whose act, place, weapon or target it
names ("denied targeting civilians" after the strike that killed civilians, "claimed the ambush",
"the toll from the market strike"), and a denial that names none to the lead incident; in a story
of one incident it stays on it. A denial stays a denied claim of that incident. The agent of a passive
participle on the act's noun ("drones launched by Russia", « une embuscade tendue par des hommes
armés ») is the incident's actor1.
Stories and sentences written for this file (EN and FR), before running bilan on them.

First run, before the rules: claims 20 of 33, agents 12 of 14 (and the size check).
Three stories' incidents are told by their act or target, not by their place: the first run
showed "the village of Mutwanga" and "Tillaberi"/« Tillabéri » unresolved (a place miss, the air
strike placed at Beni, the police station at no place) while the claims went where they belong.
After the rules (incidents._named_incident for a claim outside the incidents' sentences, a denial
naming none to the lead incident, a definite mention's antecedent of the same sub-event type, the
agent of a participle on the weapons a disrupting act stopped): claims 31 of 33, agents 14 of 14;
the two stories whose drones "hit an oil refinery" told no incident (strict xfails until the drones
rows below: claims 33 of 33).
The side's own reports (OWN_REPORTS, written after that commit, before running bilan on them):
first run 1 of 4 (the ministry's "said it had struck ... in Kharkiv" a second incident at Kharkiv,
and its "denied", hung by the parse on "struck", spoken by the whole clause before it); after
incidents._reported_again and claims._reporter_of_clause 4 of 4.
The toll updates (TOLL_UPDATES, written after that, before running bilan on them): first run 4 of 6
(the English "toll from the market strike" and "from the wedding strike" counted for no incident);
with the follow-up counts going to the incident their sentence names, 6 of 6.
The downed weapons (WEAPONS_DOWNED, written after that, before running bilan on them): first run 3 of
7 (the drones shot down counted as dead); with weapons nouns in quantities_<lang>.NOT_COUNTS, 7 of 7.
The drones on property (DRONES_ON_PROPERTY, written after that, before running bilan on them): first
run 2 of 6 (a drone with no armed side named told no event); with a drone entry that needs a
building or an installation near it (events_<lang>, "needs:property"), 6 of 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.model import Document, Incident
from bilan.pipeline import extract_many


def extract(text: str, lang: str) -> list[Incident]:
    doc = Document(doc_id="d", text=text, language=lang, published=dt.date(2024, 5, 3))
    return list(extract_many([doc]))[0].incidents


def told(inc: Incident, text: str) -> str:
    """What the incident names: its place and its evidence (but its claims), lower case."""
    parts = [inc.location.name or ""] if inc.location else []
    parts += [text[e.start:e.end] for e in inc.evidence if e.field != "claims"]
    parts += [t.mention for t in inc.targets]
    return " | ".join(parts).lower()


# (story, lang, words of the claim's sentence, the claim's verb, words of its incident, certainty)
KHARKIV = ("A Russian missile strike on Kharkiv killed five civilians on Thursday, regional officials said. Later "
           "that night, air defences shot down eleven drones over the Kyiv region, and falling debris damaged a "
           "house in Brovary. Russia's defence ministry said it had struck military infrastructure in Kharkiv "
           "and denied targeting civilians.")
CLAIMS = [
    ("en-kharkiv-denial", KHARKIV, "en", "denied targeting", "deny", "kharkiv", "denied"),
    ("en-kharkiv-struck", KHARKIV, "en", "struck military infrastructure", "say", "kharkiv", "asserted"),
    ("en-market-denial",
     "Shelling hit the central market in Donetsk on Saturday, killing seven people. In a separate attack, a drone "
     "struck a fuel depot near Belgorod. Ukraine's army denied shelling the market.",
     "en", "denied shelling", "deny", "donetsk", "denied"),
    ("en-said-it-struck",
     "Israeli air strikes hit a house in Rafah on Tuesday, killing nine people, medics said. Gunmen also opened "
     "fire on a patrol near Jenin, wounding two soldiers. The Israeli military said it struck a militant command "
     "centre in Rafah.",
     "en", "command centre", "say", "rafah", "asserted"),
    ("en-responsibility-lead",
     "Gunmen ambushed an army convoy near Boni on Monday, killing eight soldiers. On the same day, a roadside bomb "
     "wounded three civilians in Mopti. JNIM claimed responsibility for the ambush in a statement.",
     "en", "responsibility for the ambush", "claim", "boni", "asserted"),  # a group that claims an act says it as its own, as « a revendiqué »
    ("en-hospital-toll",
     "An air strike hit a market in Maarat al-Numan on Sunday. Hours later, shelling killed two children in the "
     "village of Kafranbel. Doctors at the town's hospital said the toll from the market strike had risen to 23.",
     "en", "toll from the market strike", "say", "maarat", "asserted"),
    ("en-names-none-lead",
     "A missile strike destroyed a school in Zaporizhzhia on Friday, killing three teachers. Separately, two drones "
     "hit a power line in the Sumy region. The Russian defence ministry denied the reports.",
     "en", "denied the reports", "deny", "zaporizhzhia", "denied"),
    ("en-civilians-middle",
     "Clashes broke out between soldiers and rebels near Beni on Tuesday, leaving four fighters dead. The next day, "
     "an air strike killed eleven civilians in the village of Mutwanga. On Thursday, rebels attacked an army post "
     "near Oicha, killing two soldiers. The army denied targeting civilians.",
     "en", "denied targeting civilians", "deny", "air strike", "denied"),
    ("en-single-denial",
     "Militants attacked a police station in Tillaberi on Wednesday, killing six officers. The attackers fled on "
     "motorbikes towards the border. The interior ministry said reinforcements had been sent. Officials denied "
     "reports that the station had been overrun.",
     "en", "overrun", "deny", "police station", "denied"),
    ("en-single-said",
     "Militants attacked a police station in Tillaberi on Wednesday, killing six officers. The attackers fled on "
     "motorbikes towards the border. The interior ministry said reinforcements had been sent.",
     "en", "reinforcements", "say", "police station", "asserted"),
    ("en-hospital-official",
     "A suicide bomber blew himself up at a checkpoint in Mogadishu on Saturday. Later, al-Shabaab fighters "
     "attacked a military base in Lower Shabelle. A hospital official in Mogadishu said nine people had died from "
     "the blast.",
     "en", "died from the blast", "say", "mogadishu", "asserted"),
    ("en-weapon-named",
     "Rockets hit a residential building in Sderot on Monday, wounding three people. Israeli troops also clashed "
     "with gunmen in Nablus overnight. Hamas said its fighters fired the rockets at Sderot.",
     "en", "fired the rockets", "say", "sderot", "asserted"),
    ("en-car-bomb-middle",
     "An air strike hit a hospital in Idlib on Monday, killing four people. In Afrin, a car bomb exploded near a "
     "market, wounding twelve. Clashes also left six fighters dead near Manbij. The Kurdish YPG denied planting "
     "the car bomb.",
     "en", "planting the car bomb", "deny", "afrin", "denied"),
    ("en-air-strike-of-three",
     "An air strike hit a hospital in Idlib on Monday, killing four people. In Afrin, a car bomb exploded near a "
     "market, wounding twelve. Clashes also left six fighters dead near Manbij. Russia denied carrying out the air "
     "strike on the hospital.",
     "en", "air strike on the hospital", "deny", "idlib", "denied"),
    ("en-ambush-middle",
     "Artillery shelled the village of Kuzhi on Friday, killing a farmer. On Saturday, insurgents ambushed a police "
     "patrol near Khost, killing four officers. Separately, a bomb damaged a bridge in Jalalabad. The Taliban "
     "claimed the ambush.",
     "en", "claimed the ambush", "claim", "khost", "asserted"),  # a group that claims an act says it as its own, as « a revendiqué »
    ("en-single-pronoun",
     "Gunmen kidnapped twelve students from a school in Kaduna State on Sunday. Police said a search was under way. "
     "The state governor condemned the attack and said the students would be found. He denied that a ransom had "
     "been paid.",
     "en", "ransom", "deny", "kaduna", "denied"),
    ("en-wedding-toll",
     "A drone strike hit a wedding party in the village of Al-Bayda on Friday. On Saturday, clashes between "
     "government forces and Houthi rebels killed six fighters near Marib. Medics at the hospital said the death "
     "toll from the wedding strike had reached fourteen.",
     "en", "wedding strike", "say", "bayda", "asserted"),
    ("en-target-named",
     "Shelling wounded four civilians in Belgorod on Sunday. Overnight, drones hit an oil refinery in Ryazan, "
     "starting a fire. Ukraine's general staff said its drones had hit the oil refinery.",
     "en", "had hit the oil refinery", "say", "ryazan", "asserted"),
    # --- French
    ("fr-kharkiv-denial",
     "Une frappe de missiles russes a tué cinq civils à Kharkiv jeudi, selon les autorités régionales. Plus tard "
     "dans la nuit, la défense antiaérienne a abattu onze drones au-dessus de la région de Kiev, et des débris ont "
     "endommagé une maison à Brovary. Le ministère russe de la Défense a affirmé avoir frappé des infrastructures "
     "militaires à Kharkiv et a démenti avoir visé des civils.",
     "fr", "avoir visé des civils", "démentir", "kharkiv", "denied"),
    ("fr-civilians-middle",
     "Des affrontements ont opposé l'armée à des rebelles près de Beni mardi, faisant quatre morts parmi les "
     "combattants. Le lendemain, une frappe aérienne a tué onze civils dans le village de Mutwanga. Jeudi, des "
     "rebelles ont attaqué un poste de l'armée près d'Oicha, tuant deux soldats. L'armée a démenti avoir visé des "
     "civils.",
     "fr", "avoir visé des civils", "démentir", "frappe aérienne", "denied"),
    ("fr-responsibility-lead",
     "Des hommes armés ont tendu une embuscade à un convoi militaire près de Boni lundi, tuant huit soldats. Le "
     "même jour, une bombe artisanale a blessé trois civils à Mopti. Le JNIM a revendiqué l'embuscade dans un "
     "communiqué.",
     "fr", "revendiqué l'embuscade", "revendiquer", "boni", "asserted"),
    ("fr-hospital-toll",
     "Une frappe aérienne a touché un marché à Maarat al-Nouman dimanche. Quelques heures plus tard, des "
     "bombardements ont tué deux enfants dans le village de Kafranbel. Selon des médecins de l'hôpital de la ville, "
     "le bilan de la frappe sur le marché est passé à 23 morts.",
     "fr", "bilan de la frappe", "selon", "maarat", "asserted"),
    ("fr-said-it-struck",
     "Des frappes israéliennes ont touché une maison à Rafah mardi, tuant neuf personnes. Des hommes armés ont "
     "également ouvert le feu sur une patrouille près de Jénine, blessant deux soldats. L'armée israélienne a "
     "affirmé avoir frappé un centre de commandement à Rafah.",
     "fr", "centre de commandement", "affirmer", "rafah", "asserted"),
    ("fr-names-none-lead",
     "Un missile a détruit une école à Zaporijia vendredi, tuant trois enseignants. Par ailleurs, deux drones ont "
     "touché une ligne électrique dans la région de Soumy. Le ministère russe de la Défense a démenti ces "
     "informations.",
     "fr", "ces informations", "démentir", "zaporijia", "denied"),
    ("fr-single-denial",
     "Des djihadistes ont attaqué un poste de police à Tillabéri mercredi, tuant six policiers. Les assaillants ont "
     "pris la fuite à moto vers la frontière. Le ministère de l'Intérieur a indiqué que des renforts avaient été "
     "envoyés. Les autorités ont démenti que le poste soit tombé.",
     "fr", "soit tombé", "démentir", "poste de police", "denied"),
    ("fr-hospital-official",
     "Un kamikaze s'est fait exploser à un poste de contrôle à Mogadiscio samedi. Plus tard, des combattants "
     "shebab ont attaqué une base militaire dans le Bas-Shabelle. Un responsable de l'hôpital de Mogadiscio a "
     "indiqué que neuf personnes étaient mortes dans l'explosion.",
     "fr", "mortes dans l'explosion", "indiquer", "mogadiscio", "asserted"),
    ("fr-weapon-named",
     "Des roquettes ont touché un immeuble à Sdérot lundi, blessant trois personnes. Des soldats israéliens ont "
     "aussi affronté des hommes armés à Naplouse dans la nuit. Le Hamas a affirmé que ses combattants avaient tiré "
     "les roquettes sur Sdérot.",
     "fr", "tiré les roquettes", "affirmer", "sdérot", "asserted"),
    ("fr-car-bomb-middle",
     "Une frappe aérienne a touché un hôpital à Idlib lundi, tuant quatre personnes. À Afrin, une voiture piégée a "
     "explosé près d'un marché, blessant douze personnes. Des affrontements ont aussi fait six morts parmi les "
     "combattants près de Manbij. Les YPG kurdes ont nié avoir posé la voiture piégée.",
     "fr", "posé la voiture piégée", "nier", "afrin", "denied"),
    ("fr-market-denial",
     "Des bombardements ont touché le marché central de Donetsk samedi, tuant sept personnes. Lors d'une autre "
     "attaque, un drone a frappé un dépôt de carburant près de Belgorod. L'armée ukrainienne a démenti avoir "
     "bombardé le marché.",
     "fr", "bombardé le marché", "démentir", "donetsk", "denied"),
    ("fr-single-pronoun",
     "Des hommes armés ont enlevé douze élèves dans une école de l'État de Kaduna dimanche. La police a indiqué que "
     "des recherches étaient en cours. Le gouverneur a condamné l'attaque. Il a nié qu'une rançon ait été versée.",
     "fr", "rançon", "nier", "kaduna", "denied"),
    ("fr-target-named",
     "Des bombardements ont blessé quatre civils à Belgorod dimanche. Dans la nuit, des drones ont touché une "
     "raffinerie de pétrole à Riazan, provoquant un incendie. L'état-major ukrainien a affirmé avoir frappé la "
     "raffinerie.",
     "fr", "frappé la raffinerie", "affirmer", "riazan", "asserted"),
    ("fr-toll-lead",
     "Des soldats ont tué cinq rebelles lors d'affrontements près de Bambari lundi. Mardi, des hommes armés ont "
     "incendié des maisons dans le village de Ndélé. Un porte-parole des rebelles a démenti ce bilan.",
     "fr", "ce bilan", "démentir", "bambari", "denied"),
    ("fr-ambush-middle",
     "Des tirs d'artillerie ont touché le village de Kouzhi vendredi, tuant un paysan. Samedi, des insurgés ont "
     "tendu une embuscade à une patrouille de police près de Khost, tuant quatre policiers. Par ailleurs, une "
     "bombe a endommagé un pont à Jalalabad. Les talibans ont revendiqué l'embuscade.",
     "fr", "revendiqué l'embuscade", "revendiquer", "khost", "asserted"),
]

XFAIL_CLAIMS: dict[str, str] = {
    # (h-anaph) en-hospital-official, a strict xfail since h-gaz2 read "Lower Shabelle" (the raid there an act of its own,
    # "died from the blast" went to it): a blast's noun told again now means the latest act done with explosives
    # (incidents._latest_compatible, events_<lang>.BLAST_NOUNS; tests/test_acts_told_again.py)
}


def _claim_rows():
    for row in CLAIMS:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL_CLAIMS[row[0]])] if row[0] in XFAIL_CLAIMS else []
        yield pytest.param(*row[1:], id=row[0], marks=marks)


@pytest.mark.parametrize("text,lang,words,verb,place,certainty", list(_claim_rows()))
def test_a_claim_goes_to_the_incident_it_names(text, lang, words, verb, place, certainty):
    incidents = extract(text, lang)
    holders = [(inc, c) for inc in incidents for c in inc.claims
               if words.lower() in c.text.lower() and c.verb == verb]
    summary = [(told(i, text)[:80], [(c.verb, c.certainty) for c in i.claims]) for i in incidents]
    assert holders, summary
    assert all(place in told(inc, text) for inc, _ in holders), summary
    assert {c.certainty for _, c in holders} == {certainty}, summary


# (sentence, lang, words of the agent as actor1)
AGENTS = [
    ("en-drones-launched",
     "Air defences shot down nine drones launched by Russia over the Odesa region on Tuesday, officials said.",
     "en", "russia"),
    ("en-convoy-ambushed",
     "Six soldiers were killed on Sunday in a convoy ambushed by JNIM fighters near Boulkessi.", "en", "jnim"),
    ("en-shells-fired",
     "Two civilians were wounded in Kherson on Monday by shells fired by Russian forces.", "en", "russia"),
    ("en-attack-carried-out",
     "Three passengers were killed on Wednesday in a bus attack carried out by al-Shabaab militants near Mandera.",
     "en", "shabaab"),
    ("en-mine-planted",
     "A mine planted by Houthi rebels killed four children near Taiz on Saturday.", "en", "houthi"),
    ("en-rockets-fired",
     "Rockets fired by Hezbollah hit the town of Kiryat Shmona on Thursday, wounding two people.", "en", "hezbollah"),
    ("en-checkpoint-attacked",
     "Two soldiers died on Monday at a checkpoint attacked by Boko Haram insurgents near Maiduguri.", "en",
     "boko haram"),
    ("fr-drones-lances",
     "La défense antiaérienne a abattu neuf drones lancés par la Russie au-dessus de la région d'Odessa mardi.",
     "fr", "russ"),
    ("fr-embuscade-tendue",
     "Six soldats ont été tués dimanche dans une embuscade tendue par des hommes armés près de Boulkessi.", "fr",
     "hommes armés"),
    ("fr-obus-tires",
     "Deux civils ont été blessés lundi à Kherson par des obus tirés par les forces russes.", "fr", "russ"),
    ("fr-mine-posee",
     "Une mine posée par les rebelles houthis a tué quatre enfants près de Taëz samedi.", "fr", "houthi"),
    ("fr-roquettes-tirees",
     "Des roquettes tirées par le Hezbollah ont touché la ville de Kiryat Shmona jeudi, blessant deux personnes.",
     "fr", "hezbollah"),
    ("fr-convoi-attaque",
     "Un convoi attaqué par des combattants du JNIM près de Boni a perdu cinq soldats mercredi.", "fr", "jnim"),
    ("fr-attaque-menee",
     "Trois passagers ont été tués mercredi dans une attaque menée par des militants shebab près de Mandera.",
     "fr", "shebab"),
]

XFAIL_AGENTS: dict[str, str] = {}


def _agent_rows():
    for row in AGENTS:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL_AGENTS[row[0]])] if row[0] in XFAIL_AGENTS else []
        yield pytest.param(*row[1:], id=row[0], marks=marks)


@pytest.mark.parametrize("text,lang,who", list(_agent_rows()))
def test_the_agent_of_a_passive_participle_is_actor1(text, lang, who):
    incidents = extract(text, lang)
    actors = [[(a.role, a.name, a.mention) for a in i.actors] for i in incidents]
    assert any(who in f"{a.name} {a.mention}".lower() for i in incidents for a in i.actors if a.role == "actor1"), \
        actors


def test_the_sets_are_bilingual_and_large_enough():
    stories = {text for _, text, *_ in CLAIMS}
    assert len(stories) >= 25
    assert sum(1 for r in CLAIMS if r[2] == "fr") >= 12 and sum(1 for r in CLAIMS if r[2] == "en") >= 12
    assert len(AGENTS) >= 10 and {r[2] for r in AGENTS} == {"en", "fr"}


# A side's own report of its act on the place of an incident told before ("Russia's defence ministry said it
# had struck military infrastructure in Kharkiv") is that incident told again, from the side that did it:
# one incident at that place, which holds the side's claims. (story, lang, the place, the claim's verb)
OWN_REPORTS = [
    ("en-ministry-struck",
     "A Russian missile strike on Kharkiv killed five civilians on Thursday. Overnight, air defences shot down "
     "eleven drones over the Kyiv region, and falling debris damaged a house in Brovary. Russia's defence ministry "
     "said it had struck military infrastructure in Kharkiv and denied targeting civilians.",
     "en", "kharkiv", "deny"),
    ("fr-ministere-frappe",
     "Une frappe de missiles russes a tué cinq civils à Kharkiv jeudi. Dans la nuit, la défense antiaérienne a "
     "abattu onze drones au-dessus de la région de Kiev, et des débris ont endommagé une maison à Brovary. Le "
     "ministère russe de la Défense a affirmé avoir frappé des infrastructures militaires à Kharkiv et a démenti "
     "avoir visé des civils.",
     "fr", "kharkiv", "démentir"),
    ("en-army-struck",
     "Air strikes killed nine people in a house in Rafah on Tuesday. Gunmen also opened fire on a patrol near "
     "Jenin, wounding two soldiers. The army said it had struck a command centre in Rafah.",
     "en", "rafah", "say"),
    ("fr-armee-frappe",
     "Des frappes aériennes ont tué neuf personnes dans une maison à Rafah mardi. Des hommes armés ont également "
     "ouvert le feu sur une patrouille près de Jénine, blessant deux soldats. L'armée a affirmé avoir frappé un "
     "centre de commandement à Rafah.",
     "fr", "rafah", "affirmer"),
]

XFAIL_OWN: dict[str, str] = {}


def _own_rows():
    for row in OWN_REPORTS:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL_OWN[row[0]])] if row[0] in XFAIL_OWN else []
        yield pytest.param(*row[1:], id=row[0], marks=marks)


@pytest.mark.parametrize("text,lang,place,verb", list(_own_rows()))
def test_a_sides_report_of_its_strike_is_the_strike(text, lang, place, verb):
    incidents = extract(text, lang)
    there = [i for i in incidents if place in f"{i.location.name} {i.location.mention}".lower()]
    summary = [(i.sub_event_type, i.location.name, [(c.verb, c.speaker) for c in i.claims]) for i in incidents]
    assert len(there) == 1, summary
    mine = [c for c in there[0].claims if c.verb == verb]
    assert mine and all(len((c.speaker or "").split()) <= 5 for c in mine), summary


# A toll update that names its incident ("the toll from the market strike had risen to 23") counts the dead of
# that incident, not of the one told last. (story, lang, {words of the place: its dead})
TOLL_UPDATES = [
    ("en-toll-market",
     "An air strike hit a market in Maarat al-Numan on Sunday. Hours later, shelling killed two children in the "
     "village of Kafranbel. Doctors at the town's hospital said the toll from the market strike had risen to 23.",
     "en", {"maarat": 23, "kafranbel": 2}),
    ("fr-bilan-marche",
     "Une frappe aérienne a touché un marché à Maarat al-Nouman dimanche. Quelques heures plus tard, des "
     "bombardements ont tué deux enfants dans le village de Kafranbel. Selon des médecins de l'hôpital de la ville, "
     "le bilan de la frappe sur le marché est passé à 23 morts.",
     "fr", {"maarat": 23, "kafranbel": 2}),
    ("en-toll-wedding",
     "A drone strike hit a wedding party in the village of Al-Bayda on Friday. On Saturday, clashes between "
     "government forces and Houthi rebels killed six fighters near Marib. Medics at the hospital said the death "
     "toll from the wedding strike had reached fourteen.",
     "en", {"bayda": 14, "marib": 6}),
    ("fr-bilan-mariage",
     "Une frappe de drone a touché une fête de mariage dans le village d'Al-Bayda vendredi. Samedi, des combats "
     "entre les forces gouvernementales et les rebelles houthis ont tué six combattants près de Marib. Des "
     "médecins de l'hôpital ont indiqué que le bilan de la frappe contre le mariage s'élevait à quatorze morts.",
     "fr", {"bayda": 14, "marib": 6}),
    ("en-toll-car-bomb",
     "A car bomb exploded at a market in Afrin on Monday, wounding twelve people. Clashes left six fighters dead "
     "near Manbij the same day. The toll from the car bomb rose to five dead, hospital officials said.",
     "en", {"afrin": 5, "manbij": 6}),
    ("fr-bilan-voiture-piegee",
     "Une voiture piégée a explosé sur un marché à Afrin lundi, blessant douze personnes. Des combats ont fait six "
     "morts parmi les combattants près de Manbij le même jour. Le bilan de la voiture piégée est passé à cinq "
     "morts, selon des responsables de l'hôpital.",
     "fr", {"afrin": 5, "manbij": 6}),
]

XFAIL_TOLLS: dict[str, str] = {}


def _toll_rows():
    for row in TOLL_UPDATES:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL_TOLLS[row[0]])] if row[0] in XFAIL_TOLLS else []
        yield pytest.param(*row[1:], id=row[0], marks=marks)


@pytest.mark.parametrize("text,lang,dead", list(_toll_rows()))
def test_a_toll_update_counts_the_dead_of_the_incident_it_names(text, lang, dead):
    incidents = extract(text, lang)
    got = {}
    for place in dead:
        there = [i for i in incidents if place in f"{i.location.name} {i.location.mention}".lower()]
        got[place] = [i.fatalities.single() if i.fatalities else None for i in there]
    assert got == {place: [n] for place, n in dead.items()}, got


# The weapons a disrupting act stopped are no dead ("shot down nine drones", « a abattu neuf drones »); people
# shot are ("ont abattu trois villageois"). (sentence, lang, the dead)
WEAPONS_DOWNED = [
    ("en-drones-shot-down", "Air defences shot down nine drones over the Odesa region on Tuesday.", "en", None),
    ("fr-drones-abattus", "La défense antiaérienne a abattu neuf drones au-dessus de la région d'Odessa mardi.", "fr",
     None),
    ("en-drones-of-rebels", "Soldiers shot down three drones launched by the rebels near Goma on Monday.", "en", None),
    ("fr-drones-des-rebelles", "Les soldats ont abattu trois drones lancés par les rebelles près de Goma lundi.", "fr",
     None),
    ("en-missiles-intercepted", "Air defences intercepted four missiles over Kyiv on Friday.", "en", None),
    ("en-villagers-shot", "Gunmen shot dead three villagers near Goma on Monday.", "en", 3),
    ("fr-villageois-abattus", "Des hommes armés ont abattu trois villageois près de Goma lundi.", "fr", 3),
]

XFAIL_DOWNED: dict[str, str] = {}


def _downed_rows():
    for row in WEAPONS_DOWNED:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL_DOWNED[row[0]])] if row[0] in XFAIL_DOWNED else []
        yield pytest.param(*row[1:], id=row[0], marks=marks)


@pytest.mark.parametrize("text,lang,dead", list(_downed_rows()))
def test_downed_weapons_are_no_dead(text, lang, dead):
    incidents = extract(text, lang)
    got = [i.fatalities.single() if i.fatalities else None for i in incidents]
    assert got == [dead], [(i.sub_event_type, i.fatalities) for i in incidents]


# A drone that hits a building or an installation is a drone strike, even when no armed side is named
# ("drones hit an oil refinery in Ryazan"); drones spraying fields are none. (sentence, lang, sub-event types)
DRONES_ON_PROPERTY = [
    ("en-drones-refinery", "Overnight, drones hit an oil refinery in Ryazan, starting a fire.", "en",
     ["Air/drone strike"]),
    ("fr-drones-raffinerie", "Dans la nuit, des drones ont touché une raffinerie de pétrole à Riazan, provoquant un "
     "incendie.", "fr", ["Air/drone strike"]),
    ("en-drone-depot", "A drone hit a fuel depot near Belgorod on Sunday.", "en", ["Air/drone strike"]),
    ("fr-drone-depot", "Un drone a touché un dépôt de carburant près de Belgorod dimanche.", "fr", ["Air/drone strike"]),
    ("en-drones-spray", "Farmers used drones to spray pesticide on their fields near Ryazan.", "en", []),
    ("fr-drones-pulverisent", "Des agriculteurs utilisent des drones pour pulvériser des pesticides sur leurs champs "
     "près de Riazan.", "fr", []),
]

XFAIL_DRONES: dict[str, str] = {}


def _drone_rows():
    for row in DRONES_ON_PROPERTY:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL_DRONES[row[0]])] if row[0] in XFAIL_DRONES else []
        yield pytest.param(*row[1:], id=row[0], marks=marks)


@pytest.mark.parametrize("text,lang,types", list(_drone_rows()))
def test_a_drone_that_hits_property_is_a_strike(text, lang, types):
    assert [i.sub_event_type for i in extract(text, lang)] == types
