"""Non-violent top incidents and headline leftovers (issue 3, error classes 3 and 7), English and French.

A headline or a one- or two-sentence lead whose news is no violence: an agreement signed (ACLED's
Strategic development "Agreement"; UCDP codes no event), a strike ended or suspended (ACLED codes a strike
as a protest only when the workers demonstrate; "ending a strike" is no event), a weapon heading a title that
only names it ("Combat drones for the Malian army"), a review or a book titled by a conflict word (« Siège :
le film ... »), a generalisation ("Kidnapping, a growing business"); a mob that lynches someone (mob violence
with a victim). Half the rows tell a real violent event beside such a word ("Rebels attack town days after
peace deal", « Des hommes armés tuent deux enseignants en grève »): the violent event must stay, and be the
lead.

Each row: the text and its expectation, ``None`` for no incident at all, else ``N(types, doer, hit)``:
one incident has its ACLED event type or sub-event type in ``types`` and, where given, a word of ``doer`` in
its actor1 mention and a word of ``hit`` in one of its targets, victims or (a battle) actor2; the lead
incident as the CASE 2021 adapter picks it is of one of ``types`` too; the UCDP GED adapter's top incident
is one of ``types`` where they are violent (battles, explosions, violence against civilians) and there is none
where they are non-violent (strategic developments, protests). ``A|B`` allows either word.

Written before bilan was run on them (at cafca70). First run: 11/60 (EN 7/30, FR 4/30): an agreement word in a
sentence headed its incident over the act of violence beside it (a generic "attack" ranks below "peace deal"), the
UCDP top was an agreement or a strike, strikes ended or suspended were protests, weapons and work titles acts.
(Five rows first wrote their types as a bare string, not a tuple, which left their UCDP check out; fixed after.)
After the fixes of h-nonviol: 46/60 (EN 22/30, FR 24/30); with h-gang's simple-past re-parse of a headline verb
(« Une foule incendie un commissariat ») 47/60:
- an agreement or an arrest that an act of violence's clause holds, or that an act outside its own clause came
  after, since or despite (events_<lang>.CIRCUMSTANCE_PREPS), ranks after that act as the sentence's head;
- an agreement whose subject's verb says it failed ("Ceasefire collapses", « la trêve vole en éclats »:
  BREAKDOWN_VERBS) ranks after an act of violence told in its sentence (told alone it stays an agreement: CASE
  codes "the ceasefire collapsed" one; dropping it, tried first, lost that reading);
- a work stoppage told as it ends (STOPPAGE_END_VERBS, STOPPAGE_END_NOUNS, RESUME_VERBS) is no protest, and
  workers on strike that an armed act hits are its victims, no protest (STRIKER_WORDS);
- a weapon a verbless title names with whom it is for or a verb of supplying (WEAPON_RECIPIENT_PREPS,
  WEAPON_SUPPLY_VERBS) is no act; « drone(s) armé(s) » is a drone strike as "armed drone" is;
- a headline that names the work it titles after a colon (reports_<lang>.TITLED_WORKS) or says what an act noun
  is ("Kidnapping, a growing business": CHARACTERISING_ARTICLES) tells no act;
- the UCDP top incident is never an agreement or a peaceful protest that killed no one;
- "health centre", "venue" are targets, « cultivateurs » people; « hélicoptère de combat / d'attaque » outranks the
  shelling it does, as "attack helicopter" does (priority 89).
The rest are strict xfails with their reasons.
After h-case12: "Armed drones strike convoy" ("strike" a headline verb) and "Angry mob lynches alleged witch" (mob
violence names whom it hit, a participle before its noun no verb of the line) pass.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import NamedTuple

import pytest
from extracting import (ABD, AGR, AIR, ART, ATT, BAT, CLA, EXP, MOB, PEA, PRO, RIO, STR, SUI, VAC, VIOLENT,
                        headline_misses, headline_params, incidents)

from bilan.evaluate import case2021, ucdp

NON_VIOLENT = (STR, PRO)


class N(NamedTuple):
    types: tuple[str, ...]
    doer: str | None = None
    hit: str | None = None


EN = [
    # no violence: agreements, strikes ended, weapons named, reviews, generalisations
    ("CAR government and armed groups sign peace deal", N((AGR,))),
    ("Teachers end two-month strike", None),
    ("Rebels and government agree ceasefire in South Sudan", N((AGR,))),
    ("Nurses call off strike after pay deal", None),
    ("Dockworkers suspend strike in Mombasa", None),
    ("Combat drones for the Malian army", None),
    ("Artillery shells for Ukraine approved by parliament", None),
    ("Siege: a review", None),
    ("Ambush: a novel of the bush war", None),
    ("Hostage drama: the film that divides critics", None),
    ("Kidnapping, a growing business in the Sahel", None),
    ("Looting of antiquities, a scourge for Iraq", None),
    ("Angry mob lynches alleged witch in Kasai", N((MOB,), None, "witch")),
    ("Striking miners march on ministry in Lusaka", N((PEA,), "miners", None)),
    ("The teachers' union called off the two-month strike on Thursday after talks with the ministry.", None),
    ("Warring parties in South Sudan signed a peace agreement in Addis Ababa on Monday.", N((AGR,))),
    ("Government and rebel negotiators signed a ceasefire in Khartoum on Saturday, ending weeks of fighting.",
     N((AGR,))),
    # a violent event beside a non-violent word
    ("Rebels attack town days after peace deal", N(VIOLENT, "Rebels", "town")),
    ("Days after signing a truce, militia fighters raid village in Ituri", N(VIOLENT, "militia|fighters", "village")),
    ("Ceasefire collapses as army shells rebel positions", N((ART,), "army", None)),
    ("Gunmen kill two teachers on strike in Kasai", N((VAC,), "Gunmen", "teachers")),
    ("Peace talks stall after militants bomb market", N((EXP,), "militants", "market")),
    ("Suicide bomber strikes peace rally in Kabul", N((SUI,), None, "rally")),
    ("Attack helicopters pound rebel positions in Darfur", N((AIR,), None, None)),
    ("Armed drones strike convoy near Gao", N((AIR,), None, "convoy")),
    ("Bandits abduct 12 farmers despite peace accord in Zamfara", N((ABD,), "Bandits", "farmers")),
    ("Fighting erupts in Bria hours after peace agreement signed", N((CLA,))),
    ("Troops clash with rebels despite truce", N((CLA,), "Troops", "rebels")),
    ("Gunmen attack peace talks venue in Juba", N(VIOLENT, "Gunmen", "venue")),
    ("Armed men attacked a health centre in Ndele on Tuesday, a week after a ceasefire was signed in Khartoum.",
     N(VIOLENT, "Armed men", "centre")),
]

FR = [
    # pas de violence : accords, grèves levées, armes nommées, critiques, généralités
    ("Les enseignants suspendent leur grève", None),
    ("Accord de paix signé à Khartoum", N((AGR,))),
    ("Le gouvernement et les groupes armés signent un accord de paix à Bangui", N((AGR,))),
    ("Cessez-le-feu conclu entre l'armée et les rebelles", N((AGR,))),
    ("Les médecins mettent fin à leur grève", None),
    ("Fin de la grève des transporteurs à Douala", None),
    ("Les enseignants reprennent les cours après deux mois de grève", None),
    ("Des drones armés pour l'armée malienne", None),
    ("Des hélicoptères de combat livrés à l'armée nigériane", None),
    ("Siège : le film qui a marqué le festival", None),
    ("Prise d'otages : la critique du film", None),
    ("Embuscade : le roman de la guerre d'Algérie", None),
    ("L'enlèvement, un business lucratif au Sahel", None),
    ("Une foule lynche un voleur présumé à Bangui", N((MOB,), None, "voleur")),
    ("Les chauffeurs de taxi en grève manifestent devant le ministère", N((PEA,), "chauffeurs", None)),
    ("Les syndicats d'enseignants ont levé jeudi le mot d'ordre de grève lancé il y a deux mois.", None),
    # une violence à côté d'un mot non violent
    ("Des rebelles attaquent une ville quelques jours après l'accord de paix", N(VIOLENT, "rebelles", "ville")),
    ("Malgré le cessez-le-feu, l'armée bombarde des positions rebelles", N((EXP,), "armée", None)),
    ("Des hommes armés tuent deux enseignants en grève", N((VAC,), "hommes armés", "enseignants")),
    ("Des drones armés frappent un convoi près de Gao", N((AIR,), None, "convoi")),
    ("Des hélicoptères de combat pilonnent des positions jihadistes", N((AIR,), None, None)),
    ("Une foule incendie un commissariat après l'arrestation d'un commerçant", N((RIO,), None, "commissariat")),
    ("Les pourparlers de paix suspendus après un attentat contre un marché", N(VIOLENT, None, "marché")),
    ("Des bandits enlèvent dix cultivateurs malgré l'accord de paix", N((ABD,), "bandits", "cultivateurs")),
    ("Des combats éclatent à Bria quelques heures après la signature d'un accord", N((CLA,))),
    ("Un kamikaze frappe un rassemblement pour la paix à Kaboul", N((SUI,), None, "rassemblement")),
    ("La trêve vole en éclats : des miliciens attaquent un camp de déplacés", N(VIOLENT, "miliciens", "camp")),
    ("Affrontements entre l'armée et les rebelles malgré la trêve", N((CLA,))),
    ("Des grévistes attaqués par des hommes armés à Bangui", N((VAC,), "hommes armés", "grévistes")),
    ("Des hommes armés ont attaqué un centre de santé à Ndélé mardi, une semaine après la signature d'un "
     "cessez-le-feu à Khartoum.", N(VIOLENT, "hommes armés", "centre")),
]

# still failing, with the reason
_MOB = ("mob violence is found with the crowd as doer, but a suspected thief (« voleur », a crime doer's noun: no "
        "victim in MUC-4's sense) is in no slot")
_STRIKE_DOER = ("the protest is found, but its actor1 is the strike word ('Striking', « en grève »), not the workers "
                "it describes")
_PLACE = ("the attack now heads, but a town or a village attacked is read as its place, not as a target (as 'Rebels "
          "seize town' in test_headlines_verbs)")
_RALLY = ("the suicide bombing is found, but a rally is people gathered, no physical target, and its people are "
          "named as no victims")
XFAIL: dict[str, str] = {
    "Une foule lynche un voleur présumé à Bangui": _MOB,
    "Striking miners march on ministry in Lusaka": _STRIKE_DOER,
    "Les chauffeurs de taxi en grève manifestent devant le ministère": _STRIKE_DOER,
    "Rebels attack town days after peace deal": _PLACE,
    "Days after signing a truce, militia fighters raid village in Ituri": _PLACE,
    "Des rebelles attaquent une ville quelques jours après l'accord de paix": _PLACE,
    "Suicide bomber strikes peace rally in Kabul": _RALLY,
    "Un kamikaze frappe un rassemblement pour la paix à Kaboul": _RALLY,
    "Ceasefire collapses as army shells rebel positions": (
        "'army shells rebel positions' after 'as' is parsed as one noun phrase (the headline re-parse leaves a line "
        "that has a verb, 'collapses', as it is): no act, so the collapsed ceasefire is the agreement told"),
    "Peace talks stall after militants bomb market": (
        "'Peace talks stall after militants bomb market' is parsed as one noun phrase and the re-parse does not make "
        "'bomb' a verb with a subject"),
    "Des grévistes attaqués par des hommes armés à Bangui": (
        "the attack now heads, but the strikers the participle describes are not taken as its victims"),
}


@cache
def _event_type_of(lang: str) -> dict[str, str]:
    """The ACLED event type of each sub-event type of the language's event lexicon."""
    mod = importlib.import_module(f"bilan.lexicons.events_{lang}")
    return {t[2]: t[1] for t in mod.TRIGGERS}


def _of(event_type: str, sub: str, types: tuple[str, ...]) -> bool:
    return event_type in types or sub in types


def _violent(exp: N, lang: str) -> bool | None:
    """True where every expected type is violent, False where every one is non-violent, else None."""
    kinds = {_event_type_of(lang).get(t, t) for t in exp.types}
    if kinds <= set(VIOLENT):
        return True
    if kinds <= set(NON_VIOLENT):
        return False
    return None


def check(text: str, lang: str, exp: N | None) -> list[str]:
    """What bilan gets wrong against ``exp`` (empty: right)."""
    incs = incidents(text, lang)
    if exp is None:
        return [f"incident {i.event_type}/{i.sub_event_type}" for i in incs]
    if not incs:
        return ["no incident"]
    errs = []
    misses = [headline_misses(i, exp) for i in incs]
    if all(misses):
        errs += min(misses, key=len)
    code = case2021.classify(incs, lang)
    lead = next((name for name, c in case2021.ACLED_TO_CASE.items() if c == code), None)
    if lead is None or not _of(_event_type_of(lang).get(lead, ""), lead, exp.types):
        errs.append(f"CASE lead {code}")
    top = ucdp._top(incs)
    violent = _violent(exp, lang)
    if violent and (top is None or top.event_type not in VIOLENT):
        errs.append(f"UCDP top {top and top.sub_event_type}")
    if violent is False and top is not None:
        errs.append(f"UCDP top {top.event_type}/{top.sub_event_type}")
    return errs


def test_set_size_and_balance():
    rows = EN + FR
    assert len(rows) >= 50
    assert 0.4 <= len(EN) / len(rows) <= 0.6
    violent = [exp for _, exp in rows if exp is not None and exp.types and _violent(exp, "en")]
    assert 0.4 <= len(violent) / len(rows) <= 0.6


@pytest.mark.parametrize("text, lang, exp", headline_params(EN, FR, XFAIL))
def test_non_violent_headline(text, lang, exp):
    assert check(text, lang, exp) == []
