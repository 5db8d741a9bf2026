"""Counts left (h-counts6): tolls after another source's range, figures "put at" a number, people taken listed, an act
told inside a claim of responsibility, and more counts of wire stories.

Every story was written for this file (new names, places, figures; Reuters/AFP style, EN and FR); bilan was run on
each before any rule (``ddm`` probes on the branch's start), and each row says what it gave then and the rule that
serves it now. Rows marked guard gave the value asserted already.

Later additions to a toll that spans sources (docs/conventions.md, Claims: tolls across sources)
- "killing at least 18 people according to police, 20 according to residents. Two of the injured died overnight, a
  hospital official said", « faisant au moins 18 morts selon la police, 20 selon des habitants. Deux des blessés sont
  morts dans la nuit »: 20/20/None before (the two more dead were added to the police's 18 first, and the residents'
  bare 20 then equalled the toll so no source's range was made); 20/20/22 now: another source's figure told bare in
  the toll's own sentence is read before what later sentences add (incidents._elliptical_source_tolls runs before
  _attach_follow_up_counts), and the two dead raise each source's figure.
- "Police said 18 people were killed, while residents said 20 had died": 18/18/18 before ("20 had died": the figure
  right after a verb of saying took that verb as its own, and its own verb of death after it was read as no harm);
  18/18/20 now (incidents._right_after_saying: the figure right after a verb of saying, or after its conjunction, is
  the subject of its own verb of harm). The residents who speak are no civilians counted (a subject of a verb of
  saying is no antecedent of a bare figure: incidents._antecedent_kind). With "Two of the injured died overnight"
  after it: 20/20/22.
- Guards: the toll 18, another source's 20 in a sentence of its own, then the two dead: 20/20/22 (EN, FR);
  "Rescuers pulled two more bodies ..., putting the death toll at 20" then the two: 22.

A third set: the toll so far told by the act's participle
- "Rebels attacked a market ..., killing 20 people and wounding dozens, putting the death toll at 20, a local official
  said": 40 before (the toll so far read as more dead), 42 with "Two of the injured died overnight"; 20 and 22 now
  ("putting/taking the (death) toll at/to" joins quantities_en.RUNNING_TOTAL_BEFORE: the participle of the act's
  result; a source's "put the toll at 9" stays that source's figure). A toll so far bounds what later sentences add
  (tests/test_tolls_followup.py), so "Two of the injured died overnight, a hospital official said" after it, and
  after « portant le bilan à 20 morts, selon un responsable local », added nothing (20): wounded who died told by a
  source none of the toll so far's sentence are dead since that toll, added to it (22;
  incidents._hurt_dead_by_another_source). This is the brief's "toll with another source's range" (the guard row
  "en-toll-so-far" went 22 -> 20 -> 22 as the two rules came in).

A figure "put at" a number: that speaker's own count (deaths, people taken alike)
- "A local official said 14 people were killed; the police put the toll at 9.": 23 before (the two figures summed:
  "9", with no noun, was never read as told under a verb of saying with a subject of its own); 9/14/14 now
  (incidents._each_its_speakers_figure reads a figure with no noun by its own words).
- "... killed 30 people ..., a local official said. The army put the number at 25.": 30 before (a number noun
  alone counted nothing); 25/30/30 and the army's claim disputes with 25 now (incidents._kind_of_the_number_taken_up:
  a figure that is the value of a number noun with no more than its article is a count of what the figure told last
  before it, in its sentence or the one before, counts).
- "Gunmen kidnapped 30 students ..., a local official said. The army put the number at 25.", "A local official said
  30 were taken; the army put the number at 25.", « L'armée a évalué le nombre à 25. »: no second abducted figure
  before; 25 abducted by the army now, its claim disputing (incidents._kind_taken_up, read by _people_taken for a
  bare number noun; « évaluer » joins claims_fr.TOLL_REPORTING with « bilan », « nombre »; in one sentence, a figure
  of another source named there disputes: incidents._other_sources_taken).

People taken, listed
- "Gunmen kidnapped a pastor and four worshippers", « ont enlevé un prêtre et trois fidèles », « ont enlevé dimanche
  un chef de village et ses deux fils »: 1, 1 and 2 abducted before; 5, 4 and 3 now. The people listed after the
  first share its verb, and an article the parse hangs on the first noun counts that verb's object
  (incidents._people_taken); figures of coordinated nouns are summed into one count, as the dead are
  (incidents._taken_listed, by _coordinated_counts).

An act told inside a claim of responsibility
- "JNIM claimed responsibility for the attack, saying its fighters had seized the camp", « Le JNIM a revendiqué
  l'attaque, affirmant que ses combattants avaient pris le contrôle du camp »: one incident before, but a
  "Non-state actor overtakes territory" (the attack was folded into the seizure the group says it made, which took its
  type); now the seizure told inside the claim is folded into the act claimed, whose type and sides stay: an armed
  clash, 16 to 25 (incidents._act_inside_a_claim). In the Mirebalais story of tests/test_stories_h1.py the seizure was
  an act of its own that took the rights group's 27 from the attack.

More counts (written after the rules, run once): all guards but none failed
- "At least a dozen villagers" 12+, « Une dizaine de villageois » 8-10-12, "Scores of people" 12-24-99, "Dozens of
  bodies were found" 12-24-99, "The death toll rose to 23", « Le bilan s'est alourdi à 23 morts »: 23, "Twelve
  soldiers and 30 militants" 42, « Douze soldats et une trentaine de jihadistes » 38-42-46, "17 people, including six
  children" 17 and 6 civilians, « 17 personnes, dont six enfants » the same, "Three of the wounded later died" 9+3,
  « Trois des blessés ont succombé » 9+3, "At least 20 others are missing" 20+ missing and 7 dead, « Une vingtaine
  d'autres sont portées disparues » 17-20-23 missing and 7 dead.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 3, 4)  # a Wednesday


def _r(x):
    return None if x is None else (x.low, x.best, x.high)


def _lead(text, lang):
    return extracting.incidents(text, lang, PUB)[0]


# --- later additions to a toll that spans sources

ADDED = [
    pytest.param("en", "MAIDUGURI, March 3 (Reuters) - A suicide bomber blew himself up in a crowded market in Konduga "
                       "on Sunday, killing at least 18 people according to police, 20 according to residents. Two of "
                       "the injured died overnight, a hospital official said.", (20, 20, 22), id="en-elliptical"),
    pytest.param("fr", "NIAMEY, 3 mars (AFP) - Un kamikaze s'est fait exploser dimanche dans un marché de Diffa, faisant "
                       "au moins 18 morts selon la police, 20 selon des habitants. Deux des blessés sont morts dans la "
                       "nuit, a indiqué un responsable de l'hôpital.", (20, 20, 22), id="fr-elliptique"),
    pytest.param("en", "MAIDUGURI, March 3 (Reuters) - A suicide bomber blew himself up in a crowded market in Konduga "
                       "on Sunday. Police said 18 people were killed, while residents said 20 had died. Two of the "
                       "injured died overnight, a hospital official said.", (20, 20, 22), id="en-while-residents-said"),
    # guards
    pytest.param("en", "MAIDUGURI, March 3 (Reuters) - A suicide bomber blew himself up in a crowded market in Konduga "
                       "on Sunday, killing at least 18 people, police said. A local official put the death toll at 20. "
                       "Two of the injured died overnight, a hospital official said.", (20, 20, 22),
                 id="en-other-sentence"),
    pytest.param("fr", "NIAMEY, 3 mars (AFP) - Un kamikaze s'est fait exploser dimanche dans un marché de Diffa, tuant "
                       "18 personnes et en blessant 40, selon la police. Des habitants ont chiffré le bilan à 20 morts. "
                       "Deux des blessés sont morts dans la nuit, a indiqué un responsable de l'hôpital.", (20, 20, 22),
                 id="fr-autre-phrase"),
    pytest.param("en", "MAIDUGURI, March 3 (Reuters) - A suicide bomber blew himself up in a crowded market in Konduga "
                       "on Sunday, killing 18 people, police said. Rescuers pulled two more bodies from the rubble on "
                       "Monday, putting the death toll at 20, a local official said. Two of the injured died "
                       "overnight, a hospital official said.", (22, 22, 22), id="en-toll-so-far"),
    # "putting the death toll at 20" in the act's own sentence: its toll so far, no more dead (a third set, below)
    pytest.param("en", "BANGUI, March 3 (Reuters) - Rebels attacked a market in the town of Bouca on Sunday, killing 20 "
                       "people and wounding dozens, putting the death toll at 20, a local official said. Two of the "
                       "injured died overnight, a hospital official said.", (22, 22, 22), id="en-putting-the-toll-at"),
    pytest.param("en", "BANGUI, March 3 (Reuters) - Rebels attacked a market in the town of Bouca on Sunday, killing 20 "
                       "people, a local official said, putting the death toll at 20.", (20, 20, 20),
                 id="en-putting-the-toll-at-alone"),
    # guard
    pytest.param("fr", "BANGUI, 3 mars (AFP) - Des rebelles ont attaqué dimanche un marché de Bouca, tuant 20 personnes "
                       "et portant le bilan à 20 morts, selon un responsable local. Deux des blessés sont morts dans la "
                       "nuit, a indiqué un responsable de l'hôpital.", (22, 22, 22), id="fr-portant-le-bilan-a"),
]


@pytest.mark.parametrize("lang,text,want", ADDED)
def test_later_dead_add_to_each_sources_figure(lang, text, want):
    assert _r(_lead(text, lang).fatalities) == want


def test_a_figure_right_after_saying_has_its_own_verb_of_death():
    lead = _lead("MAIDUGURI, March 3 (Reuters) - A suicide bomber blew himself up in a crowded market in Konduga on "
                 "Sunday. Police said 18 people were killed, while residents said 20 had died.", "en")
    assert _r(lead.fatalities) == (18, 18, 20)
    assert lead.civilian_fatalities is None  # the residents speak: they are not the dead counted


# --- a figure "put at" a number

def test_put_the_toll_at_in_the_same_sentence_is_no_sum():
    lead = _lead("ABUJA, March 3 (Reuters) - Gunmen attacked the village of Dogo on Sunday. A local official said 14 "
                 "people were killed; the police put the toll at 9.", "en")
    assert _r(lead.fatalities) == (9, 14, 14)


def test_put_the_number_at_after_a_toll_of_the_dead():
    lead = _lead("ABUJA, March 3 (Reuters) - Gunmen killed 30 people in the village of Dogo on Sunday, a local official "
                 "said. The army put the number at 25.", "en")
    assert _r(lead.fatalities) == (25, 30, 30)
    army = [c for c in lead.claims if c.speaker == "army"]
    assert [(c.stance, _r(c.fatalities)) for c in army] == [("disputes", (25, 25, 25))]


TAKEN_PUT_AT = [
    pytest.param("en", "ABUJA, March 3 (Reuters) - Gunmen kidnapped 30 students from a school in Kankara on Sunday, a "
                       "local official said. The army put the number at 25.", "army", id="en-next-sentence"),
    pytest.param("en", "ABUJA, March 3 (Reuters) - Gunmen abducted dozens of students from a school in Kankara on "
                       "Sunday. A local official said 30 were taken; the army put the number at 25.", "army",
                 id="en-same-sentence"),
    pytest.param("fr", "NIAMEY, 3 mars (AFP) - Des hommes armés ont enlevé des dizaines d'élèves dimanche dans une école "
                       "de Tillia. Un responsable local a affirmé que 30 élèves avaient été enlevés. L'armée a évalué le "
                       "nombre à 25.", "armée", id="fr-evalue-le-nombre"),
]


@pytest.mark.parametrize("lang,text,speaker", TAKEN_PUT_AT)
def test_the_number_put_at_is_its_speakers_abducted_figure(lang, text, speaker):
    lead = _lead(text, lang)
    taken = {(q.value.best, q.speaker) for q in lead.quantities if q.what == "abducted"}
    assert {(30, q) for q in ("local official", "responsable local")} & taken
    assert (25, speaker) in taken
    assert [c.stance for c in lead.claims if c.speaker == speaker] == ["disputes"]


# --- people taken, listed

LISTED = [
    pytest.param("en", "ABUJA, March 3 (Reuters) - Gunmen kidnapped a pastor and four worshippers from a church in "
                       "Kajuru on Sunday, police said.", 5, id="en-pastor-and-four"),
    pytest.param("fr", "BANGUI, 3 mars (AFP) - Des hommes armés ont enlevé un prêtre et trois fidèles dimanche dans une "
                       "église de Bozoum, selon la police.", 4, id="fr-pretre-et-trois"),
    pytest.param("fr", "NIAMEY, 3 mars (AFP) - Des hommes armés ont enlevé dimanche un chef de village et ses deux fils "
                       "à Tillia, selon des sources locales.", 3, id="fr-chef-et-ses-deux-fils"),
]


@pytest.mark.parametrize("lang,text,n", LISTED)
def test_the_people_taken_listed_are_summed(lang, text, n):
    lead = _lead(text, lang)
    assert [q.value.best for q in lead.quantities if q.what == "abducted"] == [n]


# --- an act told inside a claim of responsibility

NIONO = [
    pytest.param("en", "BAMAKO, March 3 (Reuters) - Jihadists killed at least 16 soldiers in an attack on an army camp "
                       "in Niono on Sunday, the Malian army said. JNIM claimed responsibility for the attack, saying its "
                       "fighters had seized the camp. Local sources said 25 people were killed.", id="en"),
    pytest.param("fr", "BAMAKO, 3 mars (AFP) - Des jihadistes ont tué au moins 16 soldats dimanche lors d'une attaque "
                       "contre le camp militaire de Niono, a indiqué l'armée malienne. Le Groupe de soutien à l'islam et "
                       "aux musulmans (JNIM) a revendiqué l'attaque, affirmant que ses combattants avaient pris le "
                       "contrôle du camp. Des sources locales ont fait état de 25 morts.", id="fr"),
]


@pytest.mark.parametrize("lang,text", NIONO)
def test_the_act_a_claim_of_responsibility_tells_is_the_act_claimed(lang, text):
    incs = extracting.incidents(text, lang, PUB)
    assert len(incs) == 1
    (inc,) = incs
    assert inc.sub_event_type == "Armed clash"
    assert _r(inc.fatalities) == (16, 16, 25)
    assert [a.name for a in inc.actors if a.role == "actor1"] == ["JNIM"]


# --- more counts (guards)

MORE = [
    ("BANGUI, March 3 (Reuters) - At least a dozen villagers were killed when rebels raided the village of Ndele on "
     "Sunday, a local official said.", "en", "fatalities", (12, 12, None)),
    ("BANGUI, 3 mars (AFP) - Une dizaine de villageois ont été tués dimanche lors d'un raid de rebelles contre le village "
     "de Ndélé, selon un responsable local.", "fr", "fatalities", (8, 10, 12)),
    ("KHARTOUM, March 3 (Reuters) - Scores of people were killed when paramilitary fighters stormed the town of Um "
     "Kadada on Sunday, activists said.", "en", "fatalities", (12, 24, 99)),
    ("KINSHASA, March 3 (Reuters) - Dozens of bodies were found in the village of Oicha on Monday after an attack by "
     "ADF rebels, the army said.", "en", "fatalities", (12, 24, 99)),
    ("KINSHASA, March 3 (Reuters) - Rebels attacked the village of Oicha on Sunday, killing 14 people, a local official "
     "said. The death toll rose to 23 on Monday as more bodies were found, the army said.", "en", "fatalities",
     (23, 23, 23)),
    ("KINSHASA, 3 mars (AFP) - Des rebelles ont attaqué dimanche le village d'Oicha, tuant 14 personnes, selon un "
     "responsable local. Le bilan s'est alourdi à 23 morts lundi après la découverte de nouveaux corps, a indiqué "
     "l'armée.", "fr", "fatalities", (23, 23, 23)),
    ("BAMAKO, March 3 (Reuters) - Twelve soldiers and 30 militants were killed in fighting near Douentza on Sunday, the "
     "army said.", "en", "fatalities", (42, 42, 42)),
    ("BAMAKO, 3 mars (AFP) - Douze soldats et une trentaine de jihadistes ont été tués dimanche lors de combats près de "
     "Douentza, a indiqué l'armée.", "fr", "fatalities", (38, 42, 46)),
    ("GOMA, March 3 (Reuters) - Rebels killed 17 people, including six children, in an attack on the village of "
     "Kanyabayonga on Sunday, the army said.", "en", "civilian_fatalities", (6, 6, 6)),
    ("GOMA, 3 mars (AFP) - Des rebelles ont tué 17 personnes, dont six enfants, dimanche dans le village de "
     "Kanyabayonga, selon l'armée.", "fr", "fatalities", (17, 17, 17)),
    ("GOMA, 3 mars (AFP) - Des rebelles ont tué 17 personnes, dont six enfants, dimanche dans le village de "
     "Kanyabayonga, selon l'armée.", "fr", "civilian_fatalities", (6, 6, 6)),
    ("ABUJA, March 3 (Reuters) - Gunmen killed nine people and wounded 15 in an attack on the village of Wase on "
     "Sunday, police said. Three of the wounded later died in hospital.", "en", "fatalities", (12, 12, 12)),
    ("NIAMEY, 3 mars (AFP) - Des hommes armés ont tué neuf personnes et en ont blessé 15 dimanche dans le village de "
     "Banibangou, selon la police. Trois des blessés ont succombé à l'hôpital.", "fr", "fatalities", (12, 12, 12)),
    ("MAPUTO, March 3 (Reuters) - Insurgents killed seven people in an attack on the village of Ancuabe on Sunday, a "
     "local official said. At least 20 others are missing.", "en", "fatalities", (7, 7, 7)),
    ("MAPUTO, 3 mars (AFP) - Des insurgés ont tué sept personnes dimanche dans le village d'Ancuabe, selon un "
     "responsable local. Une vingtaine d'autres sont portées disparues.", "fr", "fatalities", (7, 7, 7)),
]


@pytest.mark.parametrize("text,lang,field,want", MORE)
def test_more_counts(text, lang, field, want):
    assert _r(getattr(_lead(text, lang), field)) == want


@pytest.mark.parametrize("lang,text,want", [
    pytest.param("en", "MAPUTO, March 3 (Reuters) - Insurgents killed seven people in an attack on the village of "
                       "Ancuabe on Sunday, a local official said. At least 20 others are missing.", (20, 20, None),
                 id="en"),
    pytest.param("fr", "MAPUTO, 3 mars (AFP) - Des insurgés ont tué sept personnes dimanche dans le village d'Ancuabe, "
                       "selon un responsable local. Une vingtaine d'autres sont portées disparues.", (17, 20, 23),
                 id="fr"),
])
def test_the_missing_are_no_dead(lang, text, want):
    lead = _lead(text, lang)
    assert [_r(q.value) for q in lead.quantities if q.what == "missing"] == [want]
