"""Quoted group names the French parser cut the sentence at, places the tagger calls persons or things, and « ce
dernier » / "the latter" past such a place. Rows of our own, in the style of news from Haiti and the Central African
Republic.

- A quote opened inside a sentence, right after a word, and closed on the same line before a word or a comma does
  not end the sentence (bilan.nlp._quote_pairs): « Des membres du gang « Lakou Vèt » ont attaqué ... » is one
  sentence, and « membres », labelled the passive subject of « ont attaqué » (no passive auxiliary), is its active
  subject (bilan.nlp._fix_active_subjects). A quotation with a sentence's end inside, or closed before one, keeps
  the parser's reading.
- « groupe » / "group" names an armed group only beside a name in quotes (« le groupe armé « Twa Mòn » »:
  actors_<lang>.QUOTED_NAME_GROUP_WORDS); « le groupe Orange » is none.
- A name the tagger calls a person or a thing right before a noun of attack in a headline ("Paoua raid leaves 4
  dead"), after one and its link (« Attaque de Bambari : 4 morts ») or after a town's site and its link (« le marché
  de Mobaye ») is a place of the story's country, or of a story that names none (places._act_slot_names); "Smith
  attack ad" (the noun a modifier) and a name with no namesake in the story's country are none.
- « ce dernier » / "the latter" past a place the tagger calls a thing is the group named before it
  (claims._place_as_thing).
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting
from bilan import nlp

DEC5 = dt.date(2026, 12, 5)  # a Saturday

# (text, lang, doer)
QUOTED = [
    ("Des membres du gang « Lakou Vèt » ont attaqué mardi la commune de Cabaret, tuant au moins cinq personnes.", "fr",
     "lakou vèt gang"),
    # the marks' no-break spaces, as French typesetting writes them
    ("Des membres du gang «\u00a0Lakou Vèt\u00a0» ont attaqué mardi la commune de Cabaret, tuant au moins cinq "
     "personnes.", "fr", "lakou vèt gang"),
    ("Des membres du gang «\u202fLakou Vèt\u202f» ont attaqué mardi la commune de Cabaret, tuant au moins cinq "
     "personnes.", "fr", "lakou vèt gang"),
    ("Des hommes armés du gang « Lakou Vèt » ont incendié mardi une dizaine de maisons à Cabaret.", "fr",
     "lakou vèt gang"),
    ("Le groupe armé « Twa Mòn » a attaqué mardi la ville d'Arcahaie, tuant trois policiers.", "fr", "twa mòn group"),
    ("Des membres du groupe « Twa Mòn » ont attaqué mardi la ville d'Arcahaie, tuant trois policiers.", "fr",
     "twa mòn group"),
    ('Members of the "Lakou Vet" gang attacked the town of Cabaret on Tuesday, killing at least five people.', "en",
     "lakou vet gang"),
    ("Members of the \u201cLakou Vet\u201d gang attacked the town of Cabaret on Tuesday, killing at least five people.",
     "en", "lakou vet gang"),
    ('Members of the "Twa Mon" group attacked the town of Arcahaie on Tuesday, killing three police officers.', "en",
     "twa mon group"),
]


@pytest.mark.parametrize("text,lang,doer", QUOTED, ids=[f"{r[1]}-{k}" for k, r in enumerate(QUOTED)])
def test_a_group_named_in_quotes_is_the_doer(text, lang, doer):
    got = extracting.incidents(text, lang, DEC5)
    assert len(got) == 1, [(i.sub_event_type, extracting.doers(i)) for i in got]
    assert extracting.doers(got[0]) == [doer], extracting.doers(got[0])


def test_the_quote_does_not_end_the_sentence():
    doc = nlp.parse("Des membres du gang « Lakou Vèt » ont attaqué mardi la commune de Cabaret.", "fr")
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]
    members = next(t for t in doc if t.text == "membres")
    assert members.dep_ == "nsubj" and members.head.text == "attaqué", (members.dep_, members.head.text)


def test_a_quotation_that_ends_a_sentence_still_ends_it():
    # guard: a quotation closed before the sentence's stop keeps the stop's sentence end
    doc = nlp.parse("Le chef du gang a lancé « Nous reviendrons ». Des hommes armés ont attaqué lundi la ville de "
                    "Cabaret.", "fr")
    assert [s.text.split()[0] for s in doc.sents] == ["Le", "Des"], [s.text for s in doc.sents]


def test_a_true_passive_keeps_its_passive_subject():
    # guard: « ont été tués » has its passive auxiliary: the members are those hit, the police the doer
    got = extracting.incidents("Des membres du gang « Lakou Vèt » ont été tués mardi par la police à Cabaret.", "fr",
                               DEC5)
    assert len(got) == 1
    assert extracting.doers(got[0]) == ["police forces of haiti"], extracting.doers(got[0])
    assert "Lakou Vèt gang" in [a.name for a in got[0].actors if a.role == "actor2"], got[0].actors


def test_a_group_word_with_no_quoted_name_names_no_group():
    # guard: « le groupe Orange », no quotes, is no armed group
    got = extracting.incidents("Des employés du groupe Orange ont été attaqués lundi à Cabaret par des hommes armés.",
                               "fr", DEC5)
    assert len(got) == 1
    names = [a.name for a in got[0].actors]
    assert not any("group" in n.lower() and "Orange" in n for n in names), names
    assert extracting.doers(got[0]) == ["unidentified armed group"], extracting.doers(got[0])


# (text, lang, place or None, country or None)
SLOTS = [
    ("Paoua raid leaves 4 dead\n\nGunmen attacked a village on Sunday, killing four people, a local official said.",
     "en", "Paoua", "CF"),
    ("Kaga-Bandoro attack leaves 5 dead\n\nGunmen attacked a camp for displaced people on Sunday, killing five people, "
     "a local official said.", "en", "Kaga-Bandoro", "CF"),
    ("Attaque de Bambari : 4 morts\n\nDes hommes armés ont attaqué dimanche un camp de déplacés, tuant quatre "
     "personnes, selon un responsable local.", "fr", "Bambari", "CF"),
    ("Des hommes armés ont attaqué dimanche le marché de Mobaye, tuant quatre commerçants.", "fr", "Mobaye", "CF"),
    ("Des hommes armés ont attaqué dimanche le marché de Mobaye, dans le sud de la Centrafrique, tuant quatre "
     "commerçants.", "fr", "Mobaye", "CF"),
    # "the town of Mirebalais" tagged a product
    ("Gunmen attacked the town of Mirebalais on Monday, killing at least seven people.", "en", "Mirebalais", "HT"),
    # guards: no Mobaye in Mali, no Jackson in Kenya, and "attack ad" is no attack on a place
    ("Des hommes armés ont attaqué dimanche le marché de Mobaye, tuant quatre commerçants, a indiqué le gouvernement "
     "du Mali.", "fr", "Mali", "ML"),
    ("Jackson attack leaves 3 dead\n\nGunmen killed three farmers in Kenya on Sunday, police said.", "en", "Kenya",
     "KE"),
]


@pytest.mark.parametrize("text,lang,place,country", SLOTS, ids=[f"{r[1]}-{k}" for k, r in enumerate(SLOTS)])
def test_a_mislabelled_name_in_a_place_slot(text, lang, place, country):
    got = extracting.incidents(text, lang, DEC5)
    assert len(got) == 1, [(i.sub_event_type, i.location) for i in got]
    loc = got[0].location
    assert (loc.name, loc.country) == (place, country), loc


def test_a_person_before_an_attack_ad_is_no_place():
    text = "Smith attack ad angers voters\n\nSenator Smith on Monday denounced an advertisement run by his rival."
    from bilan.extract.places import find_places

    doc = nlp.parse(text, "en")
    assert [p.text for p in find_places(doc, "en")] == [], find_places(doc, "en")


# (text, lang, speaker organisation of the denial or None)
LATTER = [
    ("Le FPRC accuse l'UPC d'avoir attaqué mardi Batangafo, ce que cette dernière dément.", "fr", "UPC"),
    ("The FPRC accused the UPC of attacking Bozoum on Tuesday, which the latter denied.", "en", "UPC"),
    # guards: a name of no place that the actors do not know may be the latter, and a place the tagger calls an
    # organisation may be one: left unresolved, never the place
    ("Le FPRC accuse l'UPC d'avoir attaqué mardi le MPRC, ce que ce dernier dément.", "fr", None),
    ("The FPRC accused the UPC of attacking Bouar on Tuesday, which the latter denied.", "en", None),
]


@pytest.mark.parametrize("text,lang,org", LATTER, ids=[f"{r[1]}-{k}" for k, r in enumerate(LATTER)])
def test_the_latter_past_a_place_tagged_a_thing(text, lang, org):
    got = extracting.incidents(text, lang, DEC5)
    assert len(got) == 1
    denials = [c for c in got[0].claims if c.certainty == "denied"]
    assert len(denials) == 1, got[0].claims
    assert denials[0].organisation == org, (denials[0].speaker, denials[0].organisation)
    assert denials[0].speaker.lower() not in ("batangafo", "bozoum", "bouar"), denials[0].speaker
