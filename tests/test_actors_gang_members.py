"""Gang and militia members as an armed side; French parse leftovers (issue 3). EN and FR sentences written
for this file, in the style of 2023-25 wire copy from Haiti and the Great Lakes, before bilan was run on them.

- "a clash with members of a rival gang", « un affrontement avec des membres d'un gang », "armed men of the
  X gang", « des miliciens »: gang members and militiamen are a non-state armed side of the clash, the
  state's police or army the other; not the gunmen of another sentence.
- « Une milice incendie des maisons », « Un gang attaque », « Des hommes armés tuent »: a present-tense verb
  of a headline (or of a lead in the narrative present) is the act, its subject the doer.
- « Des membres du gang Kraze Baryè ont incendié »: the doer is the Kraze Baryè gang, not « Kraze ».
- « Un passager, gravement brûlé, a succombé à ses blessures »: a survivor who dies adds one to the toll.
- Negatives (about a third): "gang violence" as a topic tells no event, "former gang members" at a meeting
  and « d'anciens miliciens » are no armed side, « l'incendie a été maîtrisé » is no arson by anyone, and a
  burn survivor who lives adds no one to the toll.

Each row: (kind, text, language, expectation):
- ``side``: (a state side, a non-state side, a mention on neither side or None): one incident has both sides
  as actor1 and actor2, the non-state one of a non-state kind;
- ``doer``: (a word of the doer, a word of a target or victim or None): one incident's actor1 is that doer,
  of a non-state kind;
- ``toll``: the dead of the text's one incident;
- ``none``: no incident;
- ``unarmed``: a word that names no armed actor of any incident.

First run (before any rule of this round): 25 of 44 (negatives 14 of 14; clash sides 4 of 9, doers 7 of 17,
survivors 0 of 4). Gang members were no actor, the present-tense verbs of the French headlines nouns or verbs
with no actor for subject (a bare « gang »), the Kraze Baryè gang cut off its members by the sentence splitter, and a
survivor who "succumbed" or one the French parse hangs on « brûlé » added no one.
After this round (actors._group_members: "gang members", "members of a rival gang", « des membres d'un gang » an
unnamed armed side, not former members; a bare gang an unnamed armed group, not "gang violence" nor "gang rape";
nlp: a headline verb the imperfect re-parse leaves a noun is parsed once more in the simple past, « incendièrent »;
matching.sentences: a verbless piece ending in a noun joins the capitalised name after it; incidents._mention_noun:
a mention the parse cut into a root fragment acts through its word that is a verb's subject; "succumb" a death cue;
victims.dying_after_state: the one hung on the state told between commas died of the verb after it): 41 of 44,
three strict xfails. A short verbless first sentence of one line, its stop with it, is re-parsed as a headline is
(nlp.lead_end: « Une milice incendie des maisons à Pont-Sondé. Deux personnes ... »): 42 of 44. A person brought
in by a possessive determiner who dies later is one more dead as one with a definite article is
(quantities_<lang>.ADDED_DEFINITE_ARTICLES, « Son fils, grièvement blessé, a succombé »): 43 of 44, one strict xfail.
A plural verb right after the mention, a root with no subject of its own the parse cut the mention off from, has the
mention for its subject (incidents._cut_subject_verb: « Des membres du gang Kraze Baryè incendient »): 44 of 44.
"""

from __future__ import annotations

import unicodedata

import pytest
from extracting import incidents

NON_STATE = ("rebel", "militia", "unidentified")
STATE = ("state_forces", "police")


def plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", (s or "").lower()) if not unicodedata.combining(c))


def is_(actor, word: str) -> bool:
    return plain(word) in plain(actor.name) or plain(word) in plain(actor.mention)


ROWS = [
    # --- members and militiamen as a clash's side
    ("side", "Two police officers were wounded in a clash with members of a rival gang in Port-au-Prince on "
     "Tuesday, police said.", "en", ("police", "gang", None)),
    ("side", "Deux policiers ont été blessés par balle mardi lors d'un affrontement avec des membres d'un gang à "
     "Port-au-Prince, selon la police.", "fr", ("polic", "gang", None)),
    ("side", "Gunmen burned several houses in Carrefour on Monday. The day before, a police officer was killed in "
     "a clash with gang members near the town.", "en", ("police", "gang", "gunmen")),
    ("side", "Des assaillants ont incendié des maisons à Carrefour lundi. La veille, un policier avait été tué lors "
     "d'un affrontement avec des miliciens près de la ville.", "fr", ("polic", "milicien", "assaillants")),
    ("side", "Police exchanged fire with armed men of the Gran Grif gang in Pont-Sonde on Wednesday, killing three "
     "of them.", "en", ("police", "Gran Grif", None)),
    ("side", "Les policiers ont échangé des tirs mercredi avec des hommes armés du gang Gran Grif à Pont-Sondé, "
     "tuant trois d'entre eux.", "fr", ("polic", "Gran Grif", None)),
    ("side", "Soldiers clashed with gang members in the Cite Soleil district on Friday, leaving four people dead.",
     "en", ("soldiers", "gang", None)),
    ("side", "Des militaires se sont affrontés vendredi à des membres de gangs dans le quartier de Cité Soleil, "
     "faisant quatre morts.", "fr", ("militaires", "gang", None)),
    ("side", "Soldiers fought militiamen of the Zaire militia near Djugu on Saturday; two soldiers were killed.",
     "en", ("soldiers", "Zaire", None)),
    # --- gang members as a doer
    ("doer", "Gang members attacked a police station in Mirebalais on Sunday, killing two officers.", "en",
     ("gang", "police")),
    ("doer", "Des membres de gangs ont attaqué dimanche un commissariat à Mirebalais, tuant deux policiers.", "fr",
     ("gang", "commissariat")),
    # --- present-tense headline verbs (and a lead in the narrative present)
    ("doer", "Une milice incendie des maisons à Pont-Sondé", "fr", ("milice", "maisons")),
    ("doer", "Un gang attaque un commissariat à Mirebalais", "fr", ("gang", "commissariat")),
    ("doer", "Des hommes armés tuent trois paysans près de Djugu", "fr", ("hommes armes", "paysans")),
    ("doer", "Une milice incendie des maisons à Pont-Sondé\nDeux personnes ont péri dans les flammes, selon la "
     "police locale.", "fr", ("milice", "maisons")),
    ("doer", "Une milice incendie des maisons à Pont-Sondé. Deux personnes ont péri dans les flammes, selon la "
     "police locale.", "fr", ("milice", "maisons")),
    ("doer", "Des membres du gang Kraze Baryè incendient des maisons à Tabarre", "fr", ("Kraze Bary", "maisons")),
    ("doer", "Militia torches homes in Pont-Sonde", "en", ("militia", "homes")),
    ("doer", "Gang attacks police station in Mirebalais", "en", ("gang", "police station")),
    ("doer", "Gunmen kill three farmers near Djugu", "en", ("gunmen", "farmers")),
    # --- a gang's name of more than one word is the doer
    ("doer", "Des membres du gang Kraze Baryè ont incendié des maisons lundi à Tabarre.", "fr",
     ("Kraze Bary", "maisons")),
    ("doer", "Des hommes armés du gang Grand Ravine ont tué quatre personnes mercredi à Martissant.", "fr",
     ("Grand Ravine", None)),
    ("doer", "Members of the Grand Ravine gang killed four people in Martissant on Wednesday.", "en",
     ("Grand Ravine", None)),
    ("doer", "Armed men of the Kraze Baryè gang set fire to houses in Tabarre on Monday.", "en",
     ("Kraze Bary", "houses")),
    ("doer", "Gunmen from the Ti Makak gang abducted two nurses in Petion-Ville on Sunday.", "en",
     ("Ti Makak", "nurses")),
    ("doer", "Des bandits du gang Ti Makak ont enlevé deux infirmières dimanche à Pétion-Ville.", "fr",
     ("Ti Makak", "infirmi")),
    # --- a survivor who dies joins the toll
    ("toll", "Des miliciens ont incendié un bus à Saint-Marc vendredi, tuant le chauffeur. Un passager, gravement "
     "brûlé, a succombé à ses blessures samedi.", "fr", 2),
    ("toll", "Gang members set fire to a bus in Saint-Marc on Friday, killing the driver. A passenger, badly "
     "burned, succumbed to his injuries on Saturday.", "en", 2),
    ("toll", "Des membres d'un gang ont mis le feu à une maison à Tabarre dimanche, tuant une femme. Son fils, "
     "grièvement blessé, a succombé à ses blessures lundi.", "fr", 2),
    ("toll", "Militiamen attacked a village near Djugu on Tuesday, killing five people. Two of the wounded later "
     "succumbed to their injuries.", "en", 7),
    # --- negatives
    ("none", "Gang violence has displaced more than 700,000 people in Haiti, the United Nations said in a report.",
     "en", None),
    ("none", "La violence des gangs a poussé plus de 700 000 Haïtiens à fuir leur foyer, selon un rapport de l'ONU.",
     "fr", None),
    ("none", "The government launched a campaign against gang violence in the capital on Monday.", "en", None),
    ("none", "Le gouvernement a lancé lundi une campagne contre la violence des gangs dans la capitale.", "fr", None),
    ("unarmed", "Former gang members met community leaders in Cite Soleil on Saturday to discuss a disarmament "
     "programme.", "en", "gang"),
    ("unarmed", "D'anciens membres de gangs ont rencontré samedi des responsables communautaires à Cité Soleil pour "
     "discuter d'un programme de désarmement.", "fr", "gang"),
    ("unarmed", "Two former militiamen were elected to the local council in Djugu on Sunday.", "en", "milit"),
    ("unarmed", "Deux anciens miliciens ont été élus dimanche au conseil local de Djugu.", "fr", "milic"),
    ("none", "L'incendie a été maîtrisé par les pompiers en début de soirée, selon la protection civile.", "fr",
     None),
    ("none", "The fire was brought under control by firefighters in the early evening, the civil protection agency "
     "said.", "en", None),
    ("none", "Un incendie a ravagé un marché de Port-au-Prince dans la nuit de samedi, sans faire de victimes, "
     "selon les pompiers.", "fr", None),
    ("none", "Incendie au marché de Pont-Sondé : les dégâts sont importants", "fr", None),
    ("toll", "Des miliciens ont incendié un bus à Saint-Marc vendredi, tuant le chauffeur. Un passager, grièvement "
     "brûlé, est dans un état stable.", "fr", 1),
    ("toll", "Militiamen burned a bus in Saint-Marc on Friday, killing the driver. A passenger, badly burned, is in "
     "a stable condition.", "en", 1),
]

XFAIL: dict[str, str] = {}


def _toll(r) -> int | None:
    return None if r is None else (r.best if r.best is not None else r.low)


def _armed(a) -> bool:
    return a.kind in NON_STATE or a.kind in STATE


def misses(kind: str, text: str, lang: str, exp) -> list:
    """What bilan gets wrong on a row (empty: right)."""
    incs = incidents(text, lang)
    got = [(i.sub_event_type, [(a.role, a.name, a.mention, a.kind) for a in i.actors]) for i in incs]
    if kind == "none":
        return got
    if kind == "unarmed":
        return [g for i, g in zip(incs, got) if any(_armed(a) and is_(a, exp) for a in i.actors)]
    if kind == "toll":
        if len(incs) != 1:
            return got
        return [] if _toll(incs[0].fatalities) == exp else [_toll(incs[0].fatalities), got]
    if kind == "side":
        state, other, neither = exp
        ok = [i for i in incs if {a.role for a in i.actors} >= {"actor1", "actor2"}
              and any(a.role in ("actor1", "actor2") and a.kind in STATE and is_(a, state) for a in i.actors)
              and any(a.role in ("actor1", "actor2") and a.kind in NON_STATE and is_(a, other) for a in i.actors)
              and not (neither and any(a.role in ("actor1", "actor2") and is_(a, neither) for a in i.actors))]
        return [] if ok else got
    doer, hit = exp
    ok = [i for i in incs if any(a.role == "actor1" and a.kind in NON_STATE and is_(a, doer) for a in i.actors)
          and (hit is None or any(plain(hit) in plain(t.mention) for t in i.targets)
               or any(a.role in ("victim", "actor2") and is_(a, hit) for a in i.actors))]
    return [] if ok else got


def _params():
    return [pytest.param(*row, id=f"{row[2]}-{row[0]}-{k}",
                         marks=[pytest.mark.xfail(strict=True, reason=XFAIL[row[1]])] if row[1] in XFAIL else [])
            for k, row in enumerate(ROWS)]


@pytest.mark.parametrize("kind,text,lang,exp", _params())
def test_gang_members(kind, text, lang, exp):
    assert not misses(kind, text, lang, exp)


def test_the_set_is_bilingual_and_a_third_negative():
    langs = [row[2] for row in ROWS]
    assert len(ROWS) >= 30 and langs.count("en") >= 14 and langs.count("fr") >= 14
    negatives = [row for row in ROWS if row[0] in ("none", "unarmed") or row[0] == "toll" and row[3] == 1]
    assert len(negatives) * 4 >= len(ROWS)
