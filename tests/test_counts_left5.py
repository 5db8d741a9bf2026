"""Counts left (h-counts5): lists and appositions, abductions told by other verbs, another source's abducted figure.

Every story was written for this file (new names, places, figures; wire style, EN and FR); bilan was run on each before
any rule (``dd_many`` probes), and each row says what it gave then and the rule that serves it now.

Lists and appositions
- "Gunmen kill priest, two parishioners in ...", "... priest and two parishioners ...", "... village chief, his two
  sons ...", « ... tuent chef de village, ses deux fils ... »: 2 dead before (a headline drops the article, so the
  bare "priest" had no figure); 3 with incidents._headline_bare_singles (a bare singular person noun listed right
  after the casualty word with counted ones, in the first sentence with no full stop, is one more).
- « Deux humanitaires, une infirmière et un chauffeur, ont été tués » (and the headline form): 4 before (the French
  parse hangs « une infirmière » as an ``nmod``, no ``appos``); 2 with incidents._unmarked_apposition (a complement
  with no preposition after a comma, closed by a comma, whose parts add up to the counted noun's figure, is the
  group said one by one: incidents._apposed_breakdown). "Three peacekeepers, a captain and two privates, were
  killed" and « Trois soldats, un sergent et deux caporaux » : 3. Guards: "Two soldiers, three rebels killed" and
  « Deux soldats, trois rebelles tués » stay 5 (two groups of a headline, h-ucdp3).
- "Gunmen killed a village chief and two of his sons": 2 before ("a village chief": the article was no figure, the
  person noun one word on); 3 with "village", "tribal", "community", "traditional" in
  ``quantities_en.PERSON_PRE_MODIFIERS``. « un chef de village et deux de ses fils »: 3 already.

People taken by other verbs (docs/conventions.md, Counts)
- "The mayor said 18 people had been taken by gunmen": no incident before; an abduction with 18 abducted with the
  ``events_en`` row "take" (needs a person object and a taker not identified or armed, as "take away") and
  incidents._taking_verb (``quantities_<lang>.TAKING_VERBS``: a verb of taking people that is a trigger of
  abduction, or passive in a sentence that has one). "Eleven passengers were seized by armed men", « Douze femmes
  ont été emmenées par des hommes armés »: an abduction before, no figure; 11 and 12 abducted now. Guard: "18
  wounded were taken to hospital" after a shooting keeps no abducted figure. Then, written after: "Gunmen stormed the
  village and 18 people were taken", « ... et 18 personnes ont été emmenées »: no figure; 18 abducted with the
  passive verb in a sentence whose act an armed group (no state force) does, unless it says where they were brought
  (``quantities_<lang>.TAKEN_TO_PREPS``: "taken to hospital", « emmenés à l'hôpital »). Guards: a town taken, suspects
  taken into custody.

Another source's abducted figure
- "Gunmen abducted 14 villagers ..., the mayor said. A local rights group said 20 people had been kidnapped", and
  the French: both figures were kept, the second claim supported; incidents._other_sources_taken marks the claim of
  a second source whose figure of the same kind differs as disputing, as another source's toll of the dead does. The
  same figure told again by another source disputes nothing.

A third set, written after those rules and run once before any change
- "Three peacekeepers were wounded, one of them seriously": 4 wounded before (the figure "one of them" takes in the
  pronoun of the part, so the words after it name no part); 3 with incidents._is_subset reading ``SUBSET_AFTER`` in
  the figure's own words after a figure of its sentence. « six autres blessés, deux d'entre eux grièvement » and
  "wounded seven, two of them critically" were right already.
- « Deux commerçants, un homme et son neveu, ont été enlevés »: 2 and 1 abducted before (a second subject in the
  parse, and a count of people taken was never read as a part); 2 with _unmarked_apposition reading a second subject
  and the people taken said one by one a part (_classify_quantities: _apposed_breakdown). The English gave 2.

More counts (written after the rules, run once; all passed but the French Zemio place, which is no count)
- ranges: "Dozens of civilians" 12-24-99, « Une dizaine de civils » 8-10-12, "More than 20 people" 21+, « Plus
  d'une vingtaine » 21+, "Up to 30 villagers" -30, « Jusqu'à trente villageois » -30, "Between 15 and 20" 15-20;
  figures in words "Seventeen ... twenty-three wounded", « Dix-sept ... vingt-trois blessées »; sides "Three
  soldiers and at least 12 militants" 15+, « Trois soldats et au moins douze miliciens » 15+, "Two peacekeepers, at
  least eight rebels killed" 10+, « un casque bleu et au moins huit rebelles tués » 9+.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 3, 4)  # a Wednesday


def _r(x):
    return None if x is None else (x.low, x.best, x.high)


# (text, lang, the field, its range on the lead incident)
TOLLS = [
    # --- headline lists of a bare singular and a count
    ("Gunmen kill priest, two parishioners in central Bangassou", "en", "fatalities", (3, 3, 3)),
    ("Gunmen kill priest and two parishioners in central Bangassou", "en", "fatalities", (3, 3, 3)),
    ("Gunmen kill village chief, his two sons near Bangassou", "en", "fatalities", (3, 3, 3)),
    ("Gunmen kill teacher, wife and three children in Bambari", "en", "fatalities", (5, 5, 5)),
    ("Centrafrique : des hommes armés tuent chef de village, ses deux fils près de Bambari", "fr", "fatalities",
     (3, 3, 3)),
    ("Centrafrique : un prêtre et deux fidèles tués près de Bambari", "fr", "fatalities", (3, 3, 3)),
    ("Rebels kill soldier, wound four civilians near Obo", "en", "fatalities", (1, 1, 1)),
    ("BANGUI, March 3 (Reuters) - Gunmen killed a teacher, his wife and three children in a village near Bangassou on "
     "Sunday, officials said.", "en", "fatalities", (5, 5, 5)),
    ("Des hommes armés ont tué un chef de village et ses deux fils dimanche à Kaga-Bandoro, a-t-on appris auprès des "
     "autorités locales.", "fr", "fatalities", (3, 3, 3)),
    ("BANGUI, March 3 (Reuters) - Gunmen killed a village chief and two of his sons in Bocaranga on Sunday, residents "
     "said.", "en", "fatalities", (3, 3, 3)),
    ("BANGUI, March 3 (Reuters) - Rebels killed a tribal elder and his wife near Paoua on Sunday.", "en",
     "fatalities", (2, 2, 2)),
    ("BANGUI, 3 mars (AFP) - Des hommes armés ont tué un chef de village et deux de ses fils dimanche à Bocaranga, et "
     "enlevé une douzaine de femmes, selon des habitants.", "fr", "fatalities", (3, 3, 3)),
    # --- an apposition that details a counted group adds nothing
    ("BANGUI, 3 mars (AFP) - Deux humanitaires, une infirmière et un chauffeur, ont été tués dimanche dans une "
     "embuscade près de Kaga-Bandoro, a indiqué l'ONG.", "fr", "fatalities", (2, 2, 2)),
    ("Deux humanitaires, une infirmière et un chauffeur, tués près de Kaga-Bandoro", "fr", "fatalities", (2, 2, 2)),
    ("BANGUI, March 3 (Reuters) - Two aid workers, a nurse and a driver, were killed in an ambush near Kaga-Bandoro on "
     "Sunday, the charity said.", "en", "fatalities", (2, 2, 2)),
    ("BANGUI, 3 mars (AFP) - Trois soldats, un sergent et deux caporaux, ont été tués dimanche dans une embuscade près "
     "de Kaga-Bandoro, a indiqué l'armée.", "fr", "fatalities", (3, 3, 3)),
    ("BANGUI, March 3 (Reuters) - Three peacekeepers, a captain and two privates, were killed in an ambush near "
     "Kaga-Bandoro on Sunday, the U.N. said.", "en", "fatalities", (3, 3, 3)),
    # guards: a comma list of two groups in a headline is their sum
    ("Two soldiers, three rebels killed in clash near Kaga-Bandoro", "en", "fatalities", (5, 5, 5)),
    ("Deux soldats, trois rebelles tués dans des combats près de Kaga-Bandoro", "fr", "fatalities", (5, 5, 5)),
    # --- ranges, figures in words, counts split by side
    ("BANGUI, March 3 (Reuters) - Dozens of civilians were killed when rebels attacked the town of Mobaye on Sunday, a "
     "local official said.", "en", "fatalities", (12, 24, 99)),
    ("BANGUI, 3 mars (AFP) - Une dizaine de civils ont été tués dimanche lors d'une attaque de rebelles contre la ville "
     "de Mobaye, selon un responsable local.", "fr", "fatalities", (8, 10, 12)),
    ("BANGUI, March 3 (Reuters) - More than 20 people were killed in clashes between two armed groups near Alindao on "
     "Sunday, a U.N. source said.", "en", "fatalities", (21, 21, None)),
    ("BANGUI, 3 mars (AFP) - Plus d'une vingtaine de personnes ont été tuées dimanche dans des affrontements près de "
     "Alindao, selon une source onusienne.", "fr", "fatalities", (21, 21, None)),
    ("BANGUI, March 3 (Reuters) - Up to 30 villagers may have been killed in an attack on Zemio on Sunday, aid workers "
     "said.", "en", "fatalities", (None, None, 30)),
    ("BANGUI, 3 mars (AFP) - Jusqu'à trente villageois auraient été tués dimanche dans une attaque contre Zemio, selon "
     "des humanitaires.", "fr", "fatalities", (None, None, 30)),
    ("BANGUI, March 3 (Reuters) - Between 15 and 20 people were killed in an attack on a camp for displaced people in "
     "Batangafo on Sunday, MSF said.", "en", "fatalities", (15, None, 20)),
    ("BANGUI, 3 mars (AFP) - Des dizaines de personnes ont été tuées dimanche dans l'attaque d'un camp de déplacés à "
     "Batangafo, selon MSF.", "fr", "fatalities", (12, 24, 99)),
    ("BANGUI, March 3 (Reuters) - Seventeen people were killed and twenty-three wounded when gunmen attacked a market "
     "in Bouar on Sunday, police said.", "en", "injured", (23, 23, 23)),
    ("BANGUI, March 3 (Reuters) - Seventeen people were killed and twenty-three wounded when gunmen attacked a market "
     "in Bouar on Sunday, police said.", "en", "fatalities", (17, 17, 17)),
    ("BANGUI, 3 mars (AFP) - Dix-sept personnes ont été tuées et vingt-trois blessées dimanche dans l'attaque d'un "
     "marché à Bouar, selon la police.", "fr", "injured", (23, 23, 23)),
    ("BANGUI, March 3 (Reuters) - Three soldiers and at least 12 militants were killed in fighting near Birao on "
     "Sunday, the army said.", "en", "fatalities", (15, 15, None)),
    ("BANGUI, 3 mars (AFP) - Trois soldats et au moins douze miliciens ont été tués dimanche lors de combats près de "
     "Birao, a indiqué l'armée.", "fr", "fatalities", (15, 15, None)),
    ("Two peacekeepers, at least eight rebels killed in clash near Obo", "en", "fatalities", (10, 10, None)),
    ("Centrafrique : un casque bleu et au moins huit rebelles tués dans des combats près d'Obo", "fr", "fatalities",
     (9, 9, None)),
    # --- a part whose figure takes in "of them" after the count of its sentence adds nothing (a third set)
    ("BANGUI, March 3 (Reuters) - Three peacekeepers were wounded, one of them seriously, when their patrol was "
     "ambushed near Bozoum on Sunday, the U.N. said.", "en", "injured", (3, 3, 3)),
    ("BANGUI, 3 mars (AFP) - Cinq civils ont été tués et six autres blessés, deux d'entre eux grièvement, dimanche lors "
     "d'une attaque près de Bozoum, selon la Minusca.", "fr", "injured", (6, 6, 6)),
    ("BANGUI, March 3 (Reuters) - Gunmen killed 12 people near Bozoum on Sunday, and wounded seven, two of them "
     "critically.", "en", "injured", (7, 7, 7)),
    ("BANGUI, March 3 (Reuters) - Gunmen killed 12 people near Bozoum on Sunday. Three of them were children, a local "
     "official said.", "en", "civilian_fatalities", (3, 3, 3)),
]


@pytest.mark.parametrize("text,lang,field,want", TOLLS, ids=[f"{r[1]}-{i}" for i, r in enumerate(TOLLS)])
def test_tolls(text, lang, field, want):
    incs = extracting.incidents(text, lang, PUB)
    assert incs, "no incident"
    assert _r(getattr(incs[0], field)) == want, [(_r(getattr(i, field)), i.sub_event_type) for i in incs]


def _taken(incs, what="abducted"):
    return sorted((q.value.low, q.value.best, q.value.high) for i in incs for q in i.quantities if q.what == what)


# (text, lang, the abducted ranges kept, whether an abduction incident is built: a killing or an attack that also took
# people stays one, with its abducted figure)
TAKEN = [
    ("BANGUI, March 3 (Reuters) - The local mayor said 18 people had been taken by gunmen from the village of Ndele on "
     "Sunday.", "en", [(18, 18, 18)], True),
    ("BANGUI, March 3 (Reuters) - Gunmen stormed the village of Ndele on Sunday and 18 people were taken hostage, the "
     "mayor said.", "en", [(18, 18, 18)], True),
    ("BANGUI, March 3 (Reuters) - Eleven passengers were seized by armed men on the road to Ndele on Sunday, police "
     "said.", "en", [(11, 11, 11)], True),
    ("BANGUI, 3 mars (AFP) - Douze femmes ont été emmenées par des hommes armés dimanche près de Ndélé, a indiqué le "
     "maire.", "fr", [(12, 12, 12)], True),
    ("BANGUI, March 3 (Reuters) - Gunmen killed a village chief and two of his sons in Bocaranga on Sunday, and "
     "abducted about a dozen women, residents said.", "en", [(10, 12, 14)], False),
    # taken by no one named, in a sentence whose act an armed group does (a second rule, written after the first
    # set passed: no figure before it)
    ("BANGUI, March 3 (Reuters) - Gunmen stormed the village of Ndele on Sunday and 18 people were taken, the mayor "
     "said.", "en", [(18, 18, 18)], False),
    ("BANGUI, 3 mars (AFP) - Des hommes armés ont pris d'assaut le village de Ndélé dimanche et 18 personnes ont été "
     "emmenées, selon le maire.", "fr", [(18, 18, 18)], False),
    # the people of a counted group said one by one are no count more (a third set)
    ("BANGUI, 3 mars (AFP) - Deux commerçants, un homme et son neveu, ont été enlevés dimanche par des hommes armés "
     "sur la route de Bozoum, selon leurs proches.", "fr", [(2, 2, 2)], True),
    ("BANGUI, March 3 (Reuters) - Two traders, a man and his nephew, were abducted by armed men on the road to Bozoum "
     "on Sunday, relatives said.", "en", [(2, 2, 2)], True),
    # guards: people taken to hospital, a town taken, soldiers captured in a fight, suspects taken into custody
    ("BANGUI, March 3 (Reuters) - Gunmen attacked the market in Ndele on Sunday and 18 people were taken to hospital, "
     "police said.", "en", [], False),
    ("BANGUI, 3 mars (AFP) - Des hommes armés ont attaqué un marché à Ndélé dimanche, tuant quatre personnes. "
     "Dix-huit blessés ont été emmenés à l'hôpital par la Croix-Rouge.", "fr", [], False),
    ("BANGUI, March 3 (Reuters) - The town of Birao was taken by rebels on Sunday after heavy fighting, the army said.",
     "en", [], False),
    ("BANGUI, March 3 (Reuters) - Three suspects were taken into custody by police in Bangui on Sunday after a grenade "
     "attack.", "en", [], False),
    ("BANGUI, March 3 (Reuters) - Gunmen opened fire on a market in Ndele on Sunday, killing four people. Eighteen "
     "wounded were taken to hospital by the Red Cross, police said.", "en", [], False),
]


@pytest.mark.parametrize("text,lang,want,abduction", TAKEN, ids=[f"{r[1]}-{i}" for i, r in enumerate(TAKEN)])
def test_taken_by_other_verbs(text, lang, want, abduction):
    incs = extracting.incidents(text, lang, PUB)
    assert _taken(incs) == want
    if abduction:
        assert any(i.sub_event_type == "Abduction/forced disappearance" for i in incs)


SOURCES = [
    ("BANGUI, March 3 (Reuters) - Gunmen abducted 14 villagers near Ndele on Sunday, the mayor said. A local rights "
     "group said 20 people had been kidnapped.", "en", "rights group", [(14, 14, 14), (20, 20, 20)], "disputes"),
    ("BANGUI, 3 mars (AFP) - Des hommes armés ont enlevé 14 villageois dimanche près de Ndélé, a indiqué le maire. Une "
     "association locale de défense des droits humains a affirmé que 20 personnes avaient été enlevées.", "fr",
     "association", [(14, 14, 14), (20, 20, 20)], "disputes"),
    # the same figure told again by another source backs it
    ("BANGUI, March 3 (Reuters) - Gunmen abducted 14 villagers near Ndele on Sunday, the mayor said. A local rights "
     "group said 14 people had been kidnapped.", "en", "rights group", [(14, 14, 14), (14, 14, 14)], "supports"),
]


@pytest.mark.parametrize("text,lang,speaker,want,stance", SOURCES, ids=[f"{r[1]}-{i}" for i, r in enumerate(SOURCES)])
def test_another_sources_abducted_figure_disputes(text, lang, speaker, want, stance):
    incs = extracting.incidents(text, lang, PUB)
    assert _taken(incs) == want
    claims = [c for i in incs for c in i.claims if c.speaker and speaker in c.speaker.lower()]
    assert claims and {c.stance for c in claims} == {stance}, [(c.speaker, c.stance) for i in incs for c in i.claims]
    first = [c for i in incs for c in i.claims if c.speaker and speaker not in c.speaker.lower()]
    assert first and all(c.stance == "supports" for c in first)
