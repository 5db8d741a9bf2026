"""Scare quotes around an act word, and acts whose target is the grammatical subject (our own sentences, FR and EN,
in the style of wire news; places and names of our own choosing).

- Quote marks around one to three words inside a sentence (« avoir « neutralisé » six insurgés », 'had "neutralised"
  six militants', “killed”, «neutralisés», ‘neutralised’) are a word kept at a distance, not a speaker's quotation:
  the text is read as if they were not there (nlp.read_text blanks them, one space for one mark; the parser reads
  the words closed up, nlp._closed_up, and its parse is spread back over the text read, so every offset is the
  stored text's). The evidence quotes the stored text as typed, marks included where a span covers them.
- Guards: a quotation after a colon, one that opens the sentence or runs past three words, a quoted name in
  capitals (« l'opération "Barkhane" », 'the so-called "Islamic State"') and text in capitals keep their marks.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting
from bilan.nlp import parse, plain_apostrophes, read_text

MAR6 = dt.date(2025, 3, 6)  # a Thursday


def _acts(text, lang):
    return extracting.extract(text, lang, MAR6)


def _show(incs):
    return [(i.sub_event_type, i.fatalities and i.fatalities.best, [(a.role, a.name) for a in i.actors],
             [(e.field, e.text) for e in i.evidence], [(c.speaker, c.text) for c in i.claims]) for i in incs]


# (text, lang, the dead, the act's word as typed, a word of the claim's speaker or None)
SCARE = [
    ("L'armée a affirmé avoir « neutralisé » six insurgés près de Tessalit.", "fr", 6, "neutralisé", "armée"),
    ("L'armée a affirmé avoir «neutralisé» six insurgés près de Tessalit.", "fr", 6, "neutralisé", "armée"),
    ("L'armée a affirmé avoir “neutralisé” six insurgés près de Tessalit.", "fr", 6, "neutralisé", "armée"),
    ("Les militaires ont « neutralisé » douze combattants près de Kidal lundi.", "fr", 12, "neutralisé", None),
    ("Les militaires ont «\u00a0neutralisé\u00a0» douze combattants près de Kidal lundi.", "fr", 12, "neutralisé",
     None),
    ("Selon l'armée, les terroristes « neutralisés » lundi près de Tessalit sont au nombre de six.", "fr", 6,
     "neutralisés", "armée"),
    ("Selon l'armée, les terroristes \"neutralisés\" lundi près de Tessalit sont au nombre de six.", "fr", 6,
     "neutralisés", "armée"),
    ("Les gendarmes ont « abattu » deux assaillants près de Kayes mardi, selon une source sécuritaire.", "fr", 2,
     "abattu", "source"),
    ("Police said officers had \"shot dead\" two robbers in Kisumu on Tuesday.", "en", 2, "shot", "police"),
    ("The army said it had \"neutralised\" six militants near Tessalit on Monday.", "en", 6, "neutralised", "army"),
    ("The army said its troops had \u2018neutralised\u2019 six militants near Tessalit on Monday.", "en", 6,
     "neutralised", "army"),
    ("Soldiers \u201ckilled\u201d 12 fighters near Kidal on Monday, a military statement said.", "en", 12, "killed",
     "statement"),
    ("Troops \"neutralized\" 12 fighters near Kidal on Monday, the defence ministry said.", "en", 12, "neutralized",
     "ministry"),
]


@pytest.mark.parametrize("text,lang,dead,word,speaker", SCARE)
def test_an_act_word_in_scare_quotes_is_read(text, lang, dead, word, speaker):
    doc, incs = _acts(text, lang)
    violent = [i for i in incs if i.event_type in extracting.VIOLENT]
    assert violent, _show(incs)
    inc = violent[0]
    assert inc.fatalities is not None and inc.fatalities.best == dead, _show(incs)
    if word is not None:
        assert any(e.field == "event_type" and e.text == word for e in inc.evidence), _show(incs)
    if speaker is not None:
        assert any(c.speaker and speaker in c.speaker.lower() for c in inc.claims), _show(incs)
    # every quote is of the stored text, at its own offsets
    for x in (*inc.evidence, *inc.claims):
        assert x.text == doc.text[x.start:x.end], (x.field if hasattr(x, "field") else "claim", x.text)


# the text read: the marks of a scare quote are spaces, one for one; other marks stay
BLANKED = [
    ("avoir « neutralisé » six", "avoir   neutralisé   six"),
    ("avoir «neutralisé» six", "avoir  neutralisé  six"),
    ("had \"neutralised\" six", "had  neutralised  six"),
    ("had \u2018neutralised\u2019, he said", "had  neutralised , he said"),
    ("called it \u201ca cowardly attack\u201d.", "called it  a cowardly attack ."),
    ("contre l'\u00abennemi\u00bb hier", "contre l' ennemi  hier"),
]

KEPT = [
    "Les soldats de l'opération « Barkhane » ont tué six insurgés.",
    "Fighters of the so-called \"Islamic State\" killed six villagers.",
    "Le porte-parole a déclaré : « neutralisés ».",
    "The spokesman said: \"neutralised\".",
    "« Neutralisés », a dit le porte-parole.",
    "« nous avons tué six terroristes », a dit le porte-parole.",
    "Residents said the gunmen \"shot everyone in sight\" before leaving.",
    "TROOPS \"NEUTRALISED\" SIX GUERRILLAS.",
    "The rebels' positions and the soldiers' camp were shelled.",
]


@pytest.mark.parametrize("text,read", BLANKED)
def test_scare_quotes_are_read_as_spaces(text, read):
    assert read_text(text) == read
    assert len(read_text(text)) == len(text)


@pytest.mark.parametrize("text", KEPT)
def test_quotations_and_quoted_names_keep_their_marks(text):
    assert read_text(text) == plain_apostrophes(text)


# a speaker's quotation is still the speaker's
QUOTED = [
    ("Le porte-parole de l'armée a déclaré : « nous avons tué six terroristes » lundi près de Tessalit.", "fr",
     "porte-parole"),
    ("\"We killed six militants,\" the army spokesman said on Monday in Tessalit.", "en", "spokesman"),
    # a scare quote inside a quotation: the quotation stays the speaker's
    ("« Nous avons \"neutralisé\" six terroristes près de Tessalit », a déclaré lundi le porte-parole de l'armée.",
     "fr", "porte-parole"),
]


@pytest.mark.parametrize("text,lang,speaker", QUOTED)
def test_a_quotation_keeps_its_speaker(text, lang, speaker):
    _, incs = _acts(text, lang)
    assert incs and any(c.speaker and speaker in c.speaker.lower() for c in incs[0].claims), _show(incs)


# --- the subject underwent the act: « tomber dans une embuscade », "fall into an ambush", "were caught in an ambush",
# "came under fire", « essuyer des tirs » (events_<lang>.UNDERGOING_VERBS): the subject's side is hit (actor2, or the
# target), the doer is not named. (text, lang, the side hit)
UNDERGONE = [
    ("Une patrouille de l'armée est tombée dans une embuscade près de Ménaka, faisant trois morts parmi les soldats.",
     "fr", "Military Forces"),
    ("Un convoi de la gendarmerie est tombé dans une embuscade mardi près de Djibo.", "fr", "Police Forces"),
    ("Une patrouille de l'armée a essuyé des tirs près de Ménaka, faisant trois morts parmi les soldats.", "fr",
     "Military Forces"),
    ("An army patrol fell into an ambush near Menaka, leaving three soldiers dead.", "en", "Military Forces"),
    ("An army patrol was caught in an ambush near Menaka on Monday, and three soldiers were killed.", "en",
     "Military Forces"),
    ("An army patrol came under attack near Menaka on Monday, and three soldiers were killed.", "en",
     "Military Forces"),
    # the passive subject of the act's own verb, its dead told « parmi les soldats »
    ("Une patrouille de l'armée a été attaquée près de Ménaka, faisant trois morts parmi les soldats.", "fr",
     "Military Forces"),
    ("An army patrol was attacked near Menaka on Monday, leaving three soldiers dead.", "en", "Military Forces"),
    # a noun said of the subject: « victime de », « la cible de », "the target of", "the victim of"
    # (events_<lang>.UNDERGOING_NOUNS)
    ("Une patrouille de l'armée a été victime d'une embuscade lundi près de Ménaka, faisant trois morts parmi les "
     "soldats.", "fr", "Military Forces"),
    ("Une patrouille de l'armée a été la cible d'une attaque lundi près de Ménaka.", "fr", "Military Forces"),
    ("An army patrol was the target of an ambush near Menaka on Monday, and three soldiers were killed.", "en",
     "Military Forces"),
    ("An army patrol was the victim of an ambush near Menaka on Monday.", "en", "Military Forces"),
    ("An army convoy suffered an ambush near Menaka on Monday.", "en", "Military Forces"),
    ("Le convoi de l'armée a subi une embuscade lundi près de Ménaka.", "fr", "Military Forces"),
    ("An army convoy ran into an ambush near Menaka on Monday, losing three soldiers.", "en", "Military Forces"),
    # « prendre en embuscade »: an ambush, not a town taken (« prise »)
    ("Une patrouille de l'armée a été prise en embuscade lundi près de Ménaka et trois soldats ont été tués.", "fr",
     "Military Forces"),
    ("Des jihadistes ont pris en embuscade une patrouille de l'armée lundi près de Ménaka, tuant trois soldats.",
     "fr", "Military Forces"),
]


@pytest.mark.parametrize("text,lang,hit", UNDERGONE)
def test_the_subject_of_a_verb_of_undergoing_is_hit(text, lang, hit):
    _, incs = _acts(text, lang)
    assert incs, _show(incs)
    inc = incs[0]
    assert inc.sub_event_type == extracting.CLA, _show(incs)
    assert any(a.role == "actor2" and hit in a.name for a in inc.actors), _show(incs)
    assert not any(a.role == "actor1" and hit in a.name for a in inc.actors), _show(incs)


# what the act hit, named as the subject, is its target (« le bus est tombé dans une embuscade »)
UNDERGONE_TARGETS = [
    ("Un bus de voyageurs est tombé dans une embuscade lundi près de Dori.", "fr", "bus"),
    ("A passenger bus fell into an ambush near Dori on Monday.", "en", "bus"),
]


@pytest.mark.parametrize("text,lang,target", UNDERGONE_TARGETS)
def test_the_subject_of_a_verb_of_undergoing_is_the_target(text, lang, target):
    _, incs = _acts(text, lang)
    assert incs and any(target in t.name for t in incs[0].targets), _show(incs)


# the parser reads the words closed up: the same words, tags and tree as the text typed without the marks, each word
# at its offset in the text as typed (the blanks between them whitespace tokens)
CLOSED_UP = [
    ("Selon l'armée, les terroristes « neutralisés » lundi près de Tessalit sont au nombre de six.",
     "Selon l'armée, les terroristes neutralisés lundi près de Tessalit sont au nombre de six.", "fr"),
    ("Les militaires ont «neutralisé» douze combattants près de Kidal lundi.",
     "Les militaires ont neutralisé douze combattants près de Kidal lundi.", "fr"),
    ("Troops \"neutralized\" 12 fighters near Kidal on Monday, the defence ministry said.",
     "Troops neutralized 12 fighters near Kidal on Monday, the defence ministry said.", "en"),
]


@pytest.mark.parametrize("quoted,plain,lang", CLOSED_UP)
def test_the_parse_is_that_of_the_words_closed_up(quoted, plain, lang):
    doc, bare = parse(quoted, lang), parse(plain, lang)
    assert doc.text == read_text(quoted)
    words = [t for t in doc if not t.is_space]

    def reading(toks):
        return [(t.text, t.tag_, t.dep_, t.head.text) for t in toks]

    assert reading(words) == reading(bare)
    assert all(quoted[t.idx:t.idx + len(t.text)] == t.text for t in words)
