"""Acts told only in passing (issue 3): a killing or a kidnapping the story tells only as what people were
arrested for (« pour le meurtre de », "for the killing of", « soupçonnés d'avoir tué »), a person hit by a bullet
who survived, and the victims of a sentence next to a background sentence. EN and FR wire reports of one to three
sentences, written for this file before bilan was run on them.

- ``act``: an act told by an arrest is an incident of its own: a violent one whose victim mention holds the word,
  with its dead, its place and its day when the sentence gives them; neither the people arrested nor those who
  arrested them are its doers.
- ``injured``: a person hit or wounded with no word of death: an incident, nobody dead, the wounded counted.
- ``unhurt``: shot at, nobody hit: no dead and no wounded in any incident.
- ``none``: an arrest for a crime of no violence: no violent incident.
- ``old``: a trial or an arrest for an act of years ago: no violent incident told as news (not recalled) dated
  other than the act's year. (At the first run this check also refused a recalled incident not dated to the act's
  year: "the 2015 killings" recalled with the publication window failed it; it was relaxed after the first run, as
  a recalled act is background, no incident of the story's day: with it the first run is 16 of 32.)
- ``here``: a sentence's victims beside a background sentence: the incident whose evidence holds the words is the
  one of the story's day, and no incident dated otherwise holds them.

Each row: (kind, text, language, expectation).

First run (before any rule of this round, on the code at 114a852): 15 of 32 (EN 7/16, FR 8/16; acts told by an
arrest 0 of 12, survivors 2 of 6, unhurt 4 of 4, no violence 4 of 4, old acts 3 of 4, background 2 of 2).
After this round, 32 of 32:
- an act of violence on a person named as the reason of an arrest is kept (events._act_on_a_person: "for the murder
  of a shopkeeper", « pour l'enlèvement de deux infirmières »; not one its own phrase dates to a year, nor an event
  with no person in it: "in connection with the bombing"), flagged ``told_by_arrest`` so that the arrest is an
  incident of its own beside it, hitting no one (incidents._arrest_beside, _nobody_hit: the ACLED codebook row
  "arrested six people in connection with the killing of a local politician" keeps its arrest lead); a noun of killing whose "of" complement is a person (not
  a bare plural) names its dead (incidents._names_its_dead), so it is typed by them;
- a charge participle on whom an arrest took ("detained four men suspected of killing two herders", « trois hommes
  soupçonnés d'avoir tué un chef ... ont été arrêtés ») leaves the act factual (events._charged_and_arrested);
- who is held "for" the act (« deux jeunes pour l'assassinat ») is no casualty (incidents._acted_on_unharmed);
- a person noun the French tagger reads as an adjective of the weekday after it (« d'un étudiant lundi ») is a
  victim mention (victims._noun_before_day);
- a person hit by a bullet or in a part of the body (events_<lang> flag "hits_person": "hit by a bullet", "shot in
  the leg", « atteint par balle », « touché par une balle perdue »), in a sentence with no death and no one unhurt,
  is one wounded (incidents._hit_and_alive);
- a French article « les » is no plural pronoun taking up the people named before (incidents._plural_pronouns).
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from extracting import VIOLENT, extract

PUB = dt.date(2021, 3, 9)  # a Tuesday
MON, SUN, SAT, FRI = (dt.date(2021, 3, d) for d in (8, 7, 6, 5))


def plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", (s or "").lower()) if not unicodedata.combining(c))


# act: (victim word, dead, place word or None, day or None, words no doer may hold)
ROWS = [
    # --- acts told by an arrest
    # (the day of these two rows is not checked since the lead's ARREST_DAYS rule below: "on Monday" at the end may
    # date the arrest or the act, and the English parse hangs it on the arrest's verb, whose day is no day of the act)
    ("act", "Police arrested two suspects for the murder of a shopkeeper in Kisumu on Monday.", "en",
     ("shopkeeper", 1, "Kisumu", None, ("suspect", "police"))),
    ("act", "Three men were arrested on Sunday for the killing of a village chief in Gao, police said.", "en",
     ("chief", 1, "Gao", None, ("men", "police"))),
    ("act", "Soldiers detained four men suspected of killing two herders near Maiduguri on Saturday.", "en",
     ("herders", 2, "Maiduguri", None, ("men", "soldiers"))),
    ("act", "Police in Bunia arrested a man on Friday for the kidnapping of two nurses.", "en",
     ("nurses", 0, "Bunia", None, ("man", "police"))),
    ("act", "Two soldiers have been arrested for the killing of a student in Bamako on Monday, the army said.", "en",
     ("student", 1, "Bamako", None, ("soldiers", "army"))),
    ("act", "Police arrested a man in Goma on Sunday in connection with the murder of a taxi driver.", "en",
     ("driver", 1, "Goma", None, ("man", "police"))),
    ("act", "La police a interpellé deux suspects pour le meurtre d'un commerçant lundi à Bangui.", "fr",
     ("commerçant", 1, "Bangui", MON, ("suspect", "police"))),
    ("act", "Trois hommes soupçonnés d'avoir tué un chef de village samedi près de Gao ont été arrêtés, selon la "
     "gendarmerie.", "fr", ("chef", 1, "Gao", SAT, ("hommes", "gendarmerie"))),
    ("act", "Les gendarmes ont arrêté dimanche à Bouaké deux jeunes pour l'assassinat d'un chauffeur de taxi.", "fr",
     ("chauffeur", 1, "Bouaké", None, ("jeunes", "gendarmes"))),
    ("act", "Un homme a été arrêté pour l'enlèvement de deux infirmières vendredi à Bunia.", "fr",
     ("infirmières", 0, "Bunia", None, ("homme",))),
    ("act", "La police a arrêté quatre hommes soupçonnés d'avoir tué deux éleveurs près de Maiduguri samedi.", "fr",
     ("éleveurs", 2, "Maiduguri", None, ("hommes", "police"))),
    ("act", "Deux militaires ont été arrêtés pour le meurtre d'un étudiant lundi à Bamako, a indiqué l'armée.", "fr",
     ("étudiant", 1, "Bamako", MON, ("militaires", "armée"))),
    # --- hit or wounded, survived
    ("injured", "A police officer hit by a bullet in Port-au-Prince on Sunday is out of danger, police said.", "en", 1),
    ("injured", "A trader shot in the leg by robbers in Kano on Monday survived and is recovering in hospital.", "en",
     1),
    ("injured", "Two soldiers wounded in an ambush near Gao on Friday are in a stable condition, the army said.", "en",
     2),
    ("injured", "Un gendarme atteint par balle lundi à Bouaké est hors de danger, selon ses collègues.", "fr", 1),
    ("injured", "Un commerçant touché par une balle perdue samedi à Martissant a survécu, selon sa famille.", "fr", 1),
    ("injured", "Un chauffeur blessé par balle lors d'une attaque près de Goma vendredi est dans un état stable.", "fr",
     1),
    # --- shot at, nobody hit
    ("unhurt", "A soldier shot at a checkpoint near Gao on Sunday survived unhurt, the army said.", "en", None),
    ("unhurt", "Gunmen opened fire on a bus near Kaduna on Friday but no one was hit, police said.", "en", None),
    ("unhurt", "Un soldat visé par des tirs à un poste de contrôle près de Gao dimanche est sorti indemne.", "fr", None),
    ("unhurt", "Des hommes armés ont tiré sur un bus près de Kaduna vendredi, mais personne n'a été touché.", "fr",
     None),
    # --- arrests for crimes of no violence
    ("none", "Police arrested two council officials for fraud in Kano on Monday.", "en", None),
    ("none", "Le trésorier de la mairie a été interpellé pour vol mardi à Abidjan.", "fr", None),
    ("none", "Deux hommes ont été arrêtés pour trafic de drogue dimanche à Dakar, selon la police.", "fr", None),
    ("none", "A customs officer was arrested for smuggling fuel at the border on Sunday.", "en", None),
    # --- trials and arrests for acts of years ago
    ("old", "Three former soldiers went on trial on Monday for the 2015 killings of 40 villagers in Beni.", "en", 2015),
    ("old", "Trois anciens militaires sont jugés depuis lundi pour le massacre de 40 villageois en 2015 à Beni.", "fr",
     2015),
    ("old", "Police arrested a man on Monday for the 2018 murder of a journalist in Goma.", "en", 2018),
    ("old", "La police a arrêté lundi un homme pour le meurtre d'un journaliste commis en 2018 à Goma.", "fr", 2018),
    # --- a sentence's victims beside a background sentence
    ("here", "Gunmen attacked the village of Kibirizi on Saturday. They shot dead the villagers and burned their "
     "houses. The fighting in the region has killed thousands of people since 2021.", "en",
     ("shot dead the villagers", SAT)),
    ("here", "Des hommes armés ont attaqué samedi le village de Kibirizi. Ils ont abattu les villageois et brûlé "
     "leurs maisons. Les combats dans la région ont fait des milliers de morts depuis 2021.", "fr",
     ("ont abattu les villageois", SAT)),
]

XFAIL: dict[str, str] = {}


def _dead(i) -> int:
    r = i.fatalities
    return 0 if r is None else (r.best if r.best is not None else (r.low or 0))


def _hurt(i) -> int:
    r = i.injured
    return 0 if r is None else (r.best if r.best is not None else (r.low or 0))


def _show(incs) -> list:
    return [(i.sub_event_type, str(i.date.start), i.location.name, _dead(i), _hurt(i),
             [(a.role, a.mention) for a in i.actors]) for i in incs]


def misses(kind: str, text: str, lang: str, exp) -> list:
    """What bilan gets wrong on a row (empty: right)."""
    _, incs = extract(text, lang, PUB)
    violent = [i for i in incs if i.event_type in VIOLENT]
    if kind == "act":
        word, dead, place, day, not_doers = exp
        hit = [i for i in violent
               if any(a.role == "victim" and plain(word) in plain(a.mention) for a in i.actors)]
        if len(hit) != 1:
            return ["no one incident with the victim"] + _show(incs)
        i = hit[0]
        bad = []
        if _dead(i) != dead:
            bad.append(("dead", _dead(i)))
        if place and plain(place) not in plain(i.location.name or "") + plain(i.location.mention or ""):
            bad.append(("place", i.location.name))
        if day and i.date.start != day:
            bad.append(("day", i.date.start))
        doers = [a.mention for a in i.actors if a.role in ("actor1", "assoc_actor_1")
                 and any(plain(w) in plain(a.mention) for w in not_doers)]
        if doers:
            bad.append(("doers", doers))
        return bad + (_show(incs) if bad else [])
    if kind == "injured":
        if not violent:
            return ["no incident"] + _show(incs)
        dead = sum(_dead(i) for i in incs)
        hurt = sum(_hurt(i) for i in violent)
        return [] if dead == 0 and hurt == exp else _show(incs)
    if kind == "unhurt":
        return [] if not any(_dead(i) or _hurt(i) for i in incs) else _show(incs)
    if kind == "none":
        return _show(violent)
    if kind == "old":
        # an incident of the act is background: recalled, or dated to its year
        return _show([i for i in violent if not i.recalled and (i.date.start is None or i.date.start.year != exp)])
    if kind == "here":
        words, day = exp
        ws = text.index(words)
        we = ws + len(words)
        hit = [i for i in incs if any(ws <= e.start < we for e in i.evidence)]
        if not hit:
            return ["no incident"] + _show(incs)
        return [] if all(i.date.start == day and not i.recalled for i in hit) else _show(hit)
    raise ValueError(kind)


def _params():
    return [pytest.param(*row, id=f"{k}-{row[2]}-{row[0]}",
                         marks=[pytest.mark.xfail(strict=True, reason=XFAIL[row[1]])] if row[1] in XFAIL else [])
            for k, row in enumerate(ROWS)]


@pytest.mark.parametrize("kind,text,lang,exp", _params())
def test_acts_told_in_passing(kind, text, lang, exp):
    assert not misses(kind, text, lang, exp)


def test_the_set_is_bilingual_with_negatives():
    langs = [row[2] for row in ROWS]
    assert len(ROWS) >= 20 and langs.count("fr") * 2 >= len(ROWS)
    assert sum(row[0] in ("none", "old", "unhurt") for row in ROWS) >= 8


# --- the day of an act told only through an arrest (written by the lead after merging the rules above, before
# running bilan on these rows): the arrest's day is no day of the act, which came before it; a day the act's own
# words give is. (text, lang, the act's words, the act's day or None for none of the arrest's, the arrest's words)
# First run 1 of 4; with incidents._on_the_arrest (pick_date skips a date hung on a word of arrest, and borrows none
# for such an act) and incidents._in_phrase_of (a day inside the act's own phrase is the act's): 4 of 4.
ARREST_DAYS = [
    ("Police arrested two suspects on Monday for the murder of a shopkeeper in Kano.", "en", "murder", None,
     "arrested"),
    ("La police a arrêté lundi deux suspects pour le meurtre d'un commerçant à Kano.", "fr", "meurtre", None,
     "arrêté"),
    ("Police arrested two suspects for Sunday's murder of a shopkeeper in Kano.", "en", "murder",
     dt.date(2024, 5, 19), "arrested"),
    ("La police a arrêté deux suspects pour le meurtre d'un commerçant commis dimanche à Kano.", "fr", "meurtre",
     dt.date(2024, 5, 19), "arrêté"),
]


@pytest.mark.parametrize("text,lang,act,day,arrest", ARREST_DAYS)
def test_the_arrests_day_is_no_day_of_the_act(text, lang, act, day, arrest):
    from bilan.model import Document
    from bilan.pipeline import extract_document
    got = extract_document(Document(doc_id="d", text=text, language=lang, published=dt.date(2024, 5, 21))).incidents
    start = text.index(act)
    acts = [i for i in got if i.sub_event_type != "Arrests"
            and any(e.field == "event_type" and e.start <= start < e.end for e in i.evidence)]
    arrests = [i for i in got if i.sub_event_type == "Arrests"]
    assert acts and arrests, [(i.sub_event_type, i.date) for i in got]
    if day is None:
        assert not (acts[0].date.precision == "day" and acts[0].date.start == arrests[0].date.start), acts[0].date
    else:
        assert (acts[0].date.start, acts[0].date.precision) == (day, "day"), acts[0].date
