"""Headlines whose verb the small models read as a noun (issue 3, error class 3), English and French.

A headline drops its articles and its auxiliaries and ends with no stop: "Anti-balaka militiamen attack
IDP camp" reads to en_core_web_sm as the compound "attack camp" (no verb, no doer), "SDF hands Manbij
villages to Syrian army" as one noun phrase; the same happens in title case and in all-lower copy (RSS
titles, crisis trackers). Each row is one headline (sometimes followed by a body line that does not
name the doer) and what bilan must find: ``None`` for no incident, else ``H(types, doer, hit)`` where
``types`` is the ACLED event type family of an incident (None: any), ``doer`` a word of that incident's
actor1 mention (None: unchecked) and ``hit`` a word of one of its targets, victims or, in a battle, of the
side fought (actor2) (None: unchecked);
``A|B`` allows either. About a third are titles that tell no event: noun-only titles made of conflict
words ("Attack helicopters for Nigeria", "Kill list published"), report titles, genre labels, reviews.

Written before bilan was run on them (at 3d8e365). First run: 47/66 (EN 26/40, FR 21/26; 4 of the 24 titles with no event gave an incident).
After the headline re-parse (bilan.nlp: a present-tense verb the parser read as a noun or an adjective is parsed
again in its past form, EN and FR), targets named in headlines (convoy, parliament, camps of the displaced, army
post; present forms of acts), a headline whose lead names its act with a definite noun ("The attack happened")
standing, and actor2 counted as the side a battle hit: 60/66. After a title's act noun that qualifies a noun
naming neither an act nor a person ("Kill list published", "Bomb disposal training") naming no act: 63/66.
A second batch of 13 (other verbs and forms: "capture", "retakes", « reprend », « enlève » after an adjective;
4 with no event) written then, before running bilan on it: first run 10/13 (73/79 in all), the re-parse
reading all its verbs; the three misses are no parse error (see XFAIL).
After h-nonviol (a weapon a title names as supplied, « X : le film ... », "X, a scourge" no act): 77/79.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from extracting import BAT, EXP, PRO, RIO, STR, VAC, VIOLENT, headline_check, headline_params

from bilan import nlp



class H(NamedTuple):
    types: tuple[str, ...] | str | None = None
    doer: str | None = None
    hit: str | None = None


EN = [
    # sentence case
    ("Anti-balaka militiamen attack IDP camp in Alindao", H(VIOLENT, "militiamen|Anti-balaka", "camp")),
    ("SDF hands Manbij villages to Syrian army", H(STR, "SDF", None)),
    ("Rebels seize town in eastern Congo", H(BAT, "Rebels", None)),
    ("Gunmen storm church in Burkina Faso", H(VIOLENT, "Gunmen", "church")),
    ("Militants kill five soldiers in northern Mali", H(BAT, "Militants", "soldiers")),
    ("Jihadists attack army post near Niger border", H(BAT, "Jihadists", "post")),
    ("Soldiers torch homes in Anglophone village", H(None, "Soldiers", "homes")),
    ("Bandits abduct 20 villagers in Zamfara", H(VAC, "Bandits", "villagers")),
    ("Police fire tear gas at protesters in Nairobi", H((PRO, RIO), None, None)),
    ("Boko Haram fighters raid village, burn school", H(None, "Boko Haram", "school")),
    ("Armed men ambush convoy on Kidal road", H(VIOLENT, "Armed men", "convoy")),
    ("Drone strike kills militants in Somalia", H(EXP, None, None)),
    ("Al-Shabaab claims attack on Mogadishu hotel", H(VIOLENT, "Shabaab", "hotel")),
    ("Troops recapture key town from rebels", H(BAT, "Troops", None)),
    ("Insurgents behead three farmers in Cabo Delgado", H(VAC, "Insurgents", "farmers")),
    ("Suicide bomber hits market in Maiduguri", H(EXP, None, "market")),
    ("Mob lynches suspected thief in Lagos", H(RIO, None, "thief")),
    # title case
    ("Gunmen Kidnap Priest In Southern Nigeria", H(VAC, "Gunmen", "Priest")),
    ("Militants Attack Police Station In Kashmir", H(VIOLENT, "Militants", "Station")),
    ("Rebels Seize Airport In Eastern Town", H(BAT, "Rebels", None)),
    ("Troops Kill 12 Insurgents In Borno Raid", H(BAT, "Troops", None)),
    ("Protesters Storm Parliament In Baghdad", H(RIO, "Protesters", "Parliament")),
    # all lower case
    ("gunmen attack bus in northern kenya, killing 10", H(VIOLENT, "gunmen", "bus")),
    ("rebels shell government positions near aleppo", H(EXP, "rebels", None)),
    ("militia fighters loot shops in bunia", H(None, "militia|fighters", "shops")),
    # a headline over a body line that does not name the doer
    ("Gunmen storm church in Burkina Faso\n\nThe attack happened during Sunday mass, a local official said.",
     H(VIOLENT, "Gunmen", "church")),
    # a second batch, written before running bilan on it
    ("Fighters capture two towns in Cabo Delgado", H(BAT, "Fighters", None)),
    # relabelled by h-case18 (Arrests -> Protest with intervention, actor1 the protesters): protesters arrested are
    # arrests at a protest, the codebook's protest with intervention (test_event_blind_case_style13.py)
    ("Police arrest 30 protesters in Kampala", H(PRO, "protesters", None)),
    ("Army retakes border town from jihadists", H(BAT, "Army", None)),
    ("Gunmen abduct schoolgirls in Kebbi", H(VAC, "Gunmen", "schoolgirls")),
    ("Jihadists Torch Churches In Northern Burkina", H(None, "Jihadists", "Churches")),
    ("herders kill five farmers in benue", H(VAC, "herders", "farmers")),
    ("Peace march planned for Sunday", None),
    ("Storm damage assessment in Beira", None),
    # no event told
    ("Attack helicopters for Nigeria", None),
    ("Kill list published", None),
    ("Attack Helicopters Delivered To Nigerian Air Force", None),
    ("Ceasefire talks resume in Geneva", None),
    ("Opinion: the long road to reconciliation", None),
    ("Annual report on human rights in Sudan", None),
    ("Review: a war film that forgets its victims", None),
    ("Arms fair opens in Abu Dhabi", None),
    ("Bomb disposal training for police cadets", None),
    ("Inflation hits record high in Khartoum", None),
    ("Weekly Security Briefing", None),
    ("Army Chief Visits Troops On Front Line", None),
    ("election results announced in kaduna", None),
    ("Border crossings reopen after floods", None),
]

FR = [
    # sentence case
    ("Des rebelles attaquent un poste de police à Bria", H(VIOLENT, "rebelles", "poste")),
    ("Des hommes armés enlèvent trois humanitaires près de Kaga-Bandoro", H(VAC, "hommes armés", "humanitaires")),
    ("Les jihadistes prennent le contrôle de la ville de Boni", H(BAT, "jihadistes", None)),
    ("Des miliciens incendient des maisons à Djugu", H(None, "miliciens", "maisons")),
    ("L'armée bombarde des positions rebelles au nord de Bria", H(EXP, "armée", None)),
    ("Des manifestants saccagent la mairie de Bangui", H(RIO, "manifestants", "mairie")),
    ("Des assaillants tuent cinq civils dans l'Ituri", H(VAC, "assaillants", "civils")),
    ("Mali : des terroristes attaquent un convoi de l'armée", H(VIOLENT, "terroristes", "convoi")),
    ("Des combattants de l'UPC pillent le marché d'Alindao", H(None, "UPC|combattants", "marché")),
    ("La police disperse des manifestants à coups de gaz lacrymogène", H((PRO, RIO), None, None)),
    ("Les rebelles de la CPC attaquent Bangassou", H(VIOLENT, "CPC|rebelles", None)),
    # title case
    ("Des Jihadistes Attaquent Un Camp Militaire Au Mali", H(VIOLENT, "Jihadistes", "Camp")),
    ("Des Bandits Armés Pillent Un Centre De Santé", H(None, "Bandits", "Centre")),
    # all lower case
    ("des hommes armés tuent un chef de village à paoua", H(VAC, "hommes armés", "chef")),
    ("les rebelles s'emparent de la ville de bambari", H(BAT, "rebelles", None)),
    # a headline over a body line that does not name the doer
    ("Des miliciens incendient des maisons à Djugu\n\nLes habitants ont fui vers la brousse, selon un élu local.",
     H(None, "miliciens", "maisons")),
    # a second batch, written before running bilan on it
    ("Des jihadistes attaquent une gendarmerie dans l'Est", H(VIOLENT, "jihadistes", "gendarmerie")),
    ("L'armée reprend le contrôle de Bambari", H(BAT, "armée", None)),
    ("Un groupe armé enlève deux prêtres à Bozoum", H(VAC, "groupe armé", "prêtres")),
    ("Prise d'otages : le film de la semaine", None),
    ("Le pillage des ressources, un fléau pour l'Afrique", None),
    # no event told
    ("Attaque de panique : comment la gérer", None),
    ("Hélicoptères d'attaque pour le Nigeria", None),
    ("Tir à l'arc : la Centrafrique en finale", None),
    ("Rapport annuel sur les droits de l'homme au Tchad", None),
    ("Chronique : la paix, enfin ?", None),
    ("Bulletin de sécurité hebdomadaire", None),
    ("le président reçoit les chefs traditionnels", None),
    ("Coup De Cœur : Un Roman Sur La Guerre Civile", None),
    ("Critique : « Tirailleurs », un film sur la guerre", None),
    ("La Saison Des Pluies Commence Au Nord", None),
]

# still failing, with the reason
_MOB = ("a mob's lynching of a thief names its victim in no slot: 'thief' is a crime doer's noun (victims_en."
        "CRIME_DOER_NOUNS, no MUC-4 target), though ACLED counts a suspect lynched as a civilian hit; the same in a "
        "full sentence ('A mob lynched a suspected thief'): not a headline parse")
XFAIL: dict[str, str] = {
    "Mob lynches suspected thief in Lagos": _MOB,
}


def test_a_headline_verb_read_as_a_noun_is_parsed_as_a_verb():
    text = "Gunmen storm church in Burkina Faso"
    doc = nlp.parse(text, "en")
    assert doc.text == text and [t.idx for t in doc] == [t.idx for t in nlp.get("en")(text)]
    storm = doc[1]
    assert (storm.text, storm.pos_, storm.tag_, storm.lemma_) == ("storm", "VERB", "VBP", "storm")
    assert [c.text for c in storm.children if c.dep_ == "nsubj"] == ["Gunmen"]
    doc = nlp.parse("L'armée bombarde des positions rebelles au nord de Bria", "fr")
    verb = doc[2]
    assert (verb.text, verb.pos_, verb.lemma_) == ("bombarde", "VERB", "bombarder") and "Pres" in verb.morph.get("Tense")


@pytest.mark.parametrize("text, lang, word", [
    ("GUNMEN STORM CHURCH IN BURKINA FASO", "en", "STORM"),
    ("L'ARMÉE BOMBARDE DES POSITIONS REBELLES AU NORD DE BRIA", "fr", "BOMBARDE"),
])
def test_a_headline_in_capitals_is_parsed_again_from_its_lower_case(text, lang, word):
    doc = nlp.parse(text, lang)
    verb = next(t.i for t in doc if t.text == word)
    assert doc.text == text and doc[verb].pos_ == "VERB"
    assert any(c.dep_ == "nsubj" for c in doc[verb].children)


@pytest.mark.parametrize("text, lang", [
    ("Rebel claims of victory in Bria", "en"),  # a noun's complement
    ("Hostage release talks stall", "en"),  # a bare form after a singular noun
    ("Kill list published", "en"),  # the title has its verb
    ("Gunmen storm church in Burkina Faso.", "en"),  # a sentence, no headline
])
def test_no_reparse_where_the_word_is_no_verb(text, lang):
    plain = nlp.get(lang)(text)
    assert [t.pos_ for t in nlp.parse(text, lang)] == [t.pos_ for t in plain]


def test_set_size_and_balance():
    rows = EN + FR
    assert len(rows) >= 60
    assert 0.55 <= len(EN) / len(rows) <= 0.65
    assert 0.3 <= sum(exp is None for _, exp in rows) / len(rows) <= 0.4


def test_every_style_is_there():
    heads = [t.split("\n")[0] for t, _ in EN + FR]
    assert sum(h == h.lower() for h in heads) >= 5
    assert sum(nlp_title(h) for h in heads) >= 5


def nlp_title(h: str) -> bool:
    words = [w for w in h.split() if w.isalpha() and len(w) >= 4]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


@pytest.mark.parametrize("text, lang, exp", headline_params(EN, FR, XFAIL))
def test_headline(text, lang, exp):
    assert headline_check(text, lang, exp) == []
