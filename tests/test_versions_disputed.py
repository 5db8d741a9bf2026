"""Versions that dispute, « neutraliser », and a demonym on one soldier (h-versions). Sentences written for this file
(EN and FR, news style, our own places: Dorikana, Marouba, Kelwa), before bilan was run on them.

VERSIONS. One incident, many claims: a government's, an army's or a ministry's version that disputes another source's
keeps its own claim with its own figure (``Claim.fatalities``), disputing; a denial is ``denied``; a contradicting toll
is a claim on the same incident, not a second incident and not a merged count; the incident's range spans the
versions (low the smallest, high the largest, best the figure the story leads with: docs/conventions.md, "Tolls across
sources in one story"). A row is ``(id, lang, story, deaths, claims)``: ``deaths`` the one incident's ``(low, best,
high)``; each claim ``(speaker word, stance, certainty, figure)``: a claim of the incident whose speaker holds the word
has that stance, one of them that certainty (None: unchecked), and one of them that figure (None: no figure).

NEUTRALISE. Sahel army communiqués « neutralisent » fighters: they kill them. The figure is the incident's dead, the
army the claim's speaker, the claim asserted (the verb says it as fact); not people taken. « Neutraliser un engin
explosif » (a bomb made safe) kills no one: a disrupted weapons use with no dead.

DEMONYM. One soldier of a state hit ("a Malian soldier was killed", « un soldat nigérien a été tué ») is a victim of
that state's forces, as a plural is (tests/test_actors_countries.py, actors.find_actors); with no demonym, "state
forces".

First run (the positive rows, written before running bilan on them): VERSIONS 8 of 14 (a toll told again in the army's
sentence, "contradicting local officials who gave a toll of 20", made two figures in one sentence, no dispute; the same
for "far below the 20 reported by local officials"; « un bilan démenti par l'armée » and "a toll denied by the army"
gave the denial to the « selon » source, whose own claim was lost; « contredisant les responsables locaux qui avançaient
le chiffre de 20 » gave the first source the army's 3, disputing; « évoquant trois morts » no figure); NEUTRALISE 0 of 7
(no dead counted after « neutralisé » / "neutralised"; "neutralized 12 terrorists and seized weapons" a disrupted
weapons use); DEMONYM 0 of 8 (the singular named "state forces"; « un militaire » no person). The negatives were written
with the rules, before running bilan on them: the bomb rows failed once « neutraliser » was a word of death (« un engin
explosif », "an improvised explosive device", "two roadside bombs" counted as dead).
After the rules: claims.agent_words (the agent of a participle of saying is its speaker, which no « selon » replaces);
incidents._without_toll_told_again and _toll_source_named_again (the toll told again by its own source beside another's
figure: no second figure, that claim supports); ``events_<lang>.DEATH_CUES`` « neutraliser » / "neutralise";
``object:weapon`` on the disrupted-weapons « neutraliser »; incidents._weapon_noun (a weapon is no one hit nor counted);
incidents._forces_hit_name (the demonym on a soldier hit); ``victims_fr.FORCE_RANKS`` « militaire »: 36 of 38. Then
incidents._denies_the_toll (a denial whose object is the toll, « a contesté ce bilan, évoquant trois morts », tells the
figure of its sentence): 37 of 38. Then ``actors_fr.JOINED_BODIES`` (« état-major » one token, as the ranks of
``victims_fr.JOINED_RANKS``: cut at the hyphen, the speaker was « état »): 38 of 38.
"""

from __future__ import annotations

import pytest

import extracting
from bilan.extract.incidents import TAKEN_KINDS
from tolls_checks import check_range, extract

L_EN = ("Gunmen attacked a military post near the town of Dorikana on Tuesday, killing 20 soldiers, local officials "
        "said. ")
L_FR = ("Des hommes armés ont attaqué mardi un poste militaire près de la ville de Dorikana, tuant 20 soldats, selon "
        "des responsables locaux. ")

VERSIONS = [
    ("en-however", "en", L_EN + "The army, however, said three soldiers died.", (3, 20, 20),
     [("officials", "supports", "asserted", None), ("army", "disputes", "asserted", 3)]),
    ("fr-seuls", "fr", L_FR + "Selon l'armée, seuls trois soldats ont été tués.", (3, 20, 20),
     [("responsables", "supports", "asserted", None), ("armée", "disputes", "asserted", 3)]),
    ("en-disputed-saying", "en", L_EN + "The army disputed the toll, saying three soldiers were killed.", (3, 20, 20),
     [("officials", "supports", None, None), ("army", "disputes", "denied", 3)]),
    ("fr-conteste-affirmant", "fr",
     L_FR + "L'armée a contesté ce bilan, affirmant que seuls trois soldats avaient été tués.", (3, 20, 20),
     [("responsables", "supports", None, None), ("armée", "disputes", "denied", 3)]),
    ("en-contradicting", "en",
     L_EN + "The army said only three soldiers died, contradicting local officials who gave a toll of 20.", (3, 20, 20),
     [("officials", "supports", "asserted", None), ("army", "disputes", "asserted", 3)]),
    ("fr-contredisant", "fr",
     L_FR + "L'armée a fait état de trois morts, contredisant les responsables locaux qui avançaient le chiffre de 20.",
     (3, 20, 20), [("responsables", "supports", "asserted", None), ("armée", "disputes", "asserted", 3)]),
    ("en-far-below", "en",
     L_EN + "The army put the death toll at three, far below the 20 reported by local officials.", (3, 20, 20),
     [("officials", "supports", "asserted", None), ("army", "disputes", "asserted", 3)]),
    ("fr-evoquant", "fr", L_FR + "L'armée a contesté ce bilan, évoquant trois morts.", (3, 20, 20),
     [("responsables", "supports", None, None), ("armée", "disputes", "denied", 3)]),
    ("fr-bilan-dementi-par", "fr",
     "Des hommes armés ont attaqué mardi un poste militaire près de Dorikana, tuant 20 soldats, selon des responsables "
     "locaux, un bilan démenti par les autorités.", (20, 20, 20),
     [("responsables", "supports", "asserted", None), ("autorités", "disputes", "denied", None)]),
    ("en-toll-denied-by", "en",
     "Gunmen attacked a military post near Dorikana on Tuesday, killing 20 soldiers, according to local officials, a "
     "toll denied by the army.", (20, 20, 20),
     [("officials", "supports", "asserted", None), ("army", "disputes", "denied", None)]),
    ("en-ministry-denied", "en",
     "Soldiers raided the village of Marouba on Sunday, killing 12 people, residents said. The defence ministry denied "
     "that civilians were killed.", (12, 12, 12),
     [("residents", "supports", None, None), ("ministry", "disputes", "denied", None)]),
    ("fr-ministere-dementi", "fr",
     "Des soldats ont attaqué dimanche le village de Marouba, tuant 12 personnes, selon des habitants. Le ministère de "
     "la Défense a démenti que des civils aient été tués.", (12, 12, 12),
     [("habitants", "supports", None, None), ("ministère", "disputes", "denied", None)]),
    ("en-government-put", "en",
     "Militants stormed a police station in the town of Kelwa on Friday, killing 18 people, a hospital source said. "
     "The government put the toll at 5.", (5, 18, 18),
     [("hospital", "supports", "asserted", None), ("government", "disputes", "asserted", 5)]),
    ("fr-gouvernement-fait-etat", "fr",
     "Des militants ont pris d'assaut vendredi un commissariat de Kelwa, tuant 18 personnes, selon une source "
     "hospitalière. Le gouvernement a fait état de cinq morts.", (5, 18, 18),
     [("hospitalière", "supports", "asserted", None), ("gouvernement", "disputes", "asserted", 5)]),
    # --- negatives: the same source's toll told again, and a later toll, dispute nothing
    ("en-neg-same-source", "en",
     L_EN + "The officials said 20 soldiers had died and that the post had been burnt.", (20, 20, 20),
     [("officials", "supports", "asserted", None)]),
    ("fr-neg-toll-rose", "fr",
     L_FR + "Le bilan est passé à 25 morts mercredi, selon les mêmes responsables.", None,
     [("responsables", "supports", "asserted", None)]),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("ident,lang,story,deaths,claims",
                         [pytest.param(*row, id=row[0], marks=[pytest.mark.xfail(strict=True, reason=XFAIL[row[0]])]
                                       if row[0] in XFAIL else []) for row in VERSIONS])
def test_a_version_that_disputes_keeps_its_own_claim(ident, lang, story, deaths, claims):
    incs = extract(story, lang)
    tolls = [i for i in incs if i.fatalities is not None]
    assert len(tolls) == 1, [(i.sub_event_type, i.fatalities) for i in incs]  # one incident, not two
    inc = tolls[0]
    if deaths is not None:
        check_range(inc.fatalities, deaths, "fatalities")
    for word, stance, certainty, figure in claims:
        mine = [c for c in inc.claims if c.speaker and word.lower() in c.speaker.lower()]
        assert mine, [(c.speaker, c.verb) for c in inc.claims]
        assert {c.stance for c in mine} == {stance}, [(c.speaker, c.verb, c.stance) for c in mine]
        if certainty is not None:
            assert certainty in {c.certainty for c in mine}, [(c.speaker, c.verb, c.certainty) for c in mine]
        figures = {c.fatalities.single() for c in mine if c.fatalities is not None}
        assert figures == ({figure} if figure is not None else set()), [(c.verb, c.fatalities) for c in mine]


NEUTRALISE = [
    # (id, lang, text, deaths (low, best, high) or None, a word of the speaker or None)
    ("fr-vingtaine", "fr",
     "Les Forces armées nigériennes ont neutralisé jeudi une vingtaine de terroristes près de Tillabéri, a annoncé "
     "l'armée dans un communiqué.", (17, 20, 23), "armée"),
    ("fr-selon-communique", "fr",
     "L'armée malienne a neutralisé une quinzaine de terroristes lors d'une opération dans la région de Ségou, selon "
     "un communiqué de l'armée.", (13, 15, 17), "armée"),
    ("fr-etat-major", "fr",
     "L'armée malienne a neutralisé une vingtaine de terroristes près de Ségou, a annoncé mardi l'état-major.",
     (17, 20, 23), "état-major"),
    ("fr-recupere-armes", "fr",
     "Au cours de l'opération, les soldats ont neutralisé 14 terroristes et récupéré des armes, a indiqué l'armée "
     "burkinabè dans un communiqué.", (14, 14, 14), "armée"),
    ("en-said-it-had", "en",
     "The Malian army said it had neutralized 20 terrorists during an operation near Mopti on Tuesday.", (20, 20, 20),
     "army"),
    ("en-air-strike", "en",
     "Burkina Faso's army said on Thursday that its troops neutralised about 30 terrorists in an air strike near Djibo.",
     (27, 30, 33), "army"),
    ("en-seized-weapons", "en",
     "Troops neutralized 12 terrorists and seized weapons in the Menaka region, the army said in a statement.",
     (12, 12, 12), "army"),
    # --- negatives: a bomb made safe kills no one
    ("fr-neg-engin", "fr", "Les démineurs de l'armée ont neutralisé un engin explosif improvisé sur la route de Gao, "
     "mardi.", None, None),
    ("en-neg-ied", "en", "Army engineers neutralised an improvised explosive device on the road to Gao on Tuesday.",
     None, None),
    ("fr-neg-deux-engins", "fr", "Les démineurs ont neutralisé deux engins explosifs improvisés sur la route de Gao, "
     "mardi.", None, None),
    ("en-neg-two-bombs", "en", "Army sappers neutralised two roadside bombs near Gao on Tuesday.", None, None),
    ("fr-neg-passif", "fr", "Un engin explosif a été neutralisé mardi sur la route de Gao par les démineurs de l'armée.",
     None, None),
]

XFAIL_NEUTRALISE: dict[str, str] = {}


@pytest.mark.parametrize("ident,lang,text,deaths,speaker",
                         [pytest.param(*row, id=row[0], marks=[pytest.mark.xfail(
                             strict=True, reason=XFAIL_NEUTRALISE[row[0]])] if row[0] in XFAIL_NEUTRALISE else [])
                          for row in NEUTRALISE])
def test_neutralised_fighters_are_dead_a_bomb_is_not(ident, lang, text, deaths, speaker):
    incs = extracting.incidents(text, lang)
    assert incs, "no incident"
    if deaths is None:
        assert all(i.fatalities is None for i in incs), [(i.sub_event_type, i.fatalities) for i in incs]
        assert any(i.sub_event_type == extracting.DIS for i in incs), [i.sub_event_type for i in incs]
        return
    inc = next((i for i in incs if i.fatalities is not None), None)
    assert inc is not None, [(i.sub_event_type, i.fatalities) for i in incs]
    check_range(inc.fatalities, deaths, "fatalities")
    assert inc.event_type in extracting.VIOLENT, inc.sub_event_type
    assert not any(q.what in TAKEN_KINDS for q in inc.quantities), [(q.what, q.text) for q in inc.quantities]
    said = [c for c in inc.claims if c.speaker and speaker in c.speaker.lower()]
    assert said, [(c.speaker, c.verb) for c in inc.claims]
    assert {c.certainty for c in said} == {"asserted"}, [(c.speaker, c.verb, c.certainty) for c in said]


DEMONYM = [
    # (id, lang, text, the victim's name)
    ("fr-soldat-nigerien", "fr", "Un soldat nigérien a été tué dimanche dans une embuscade près de Tillabéri.",
     "Military Forces of Niger"),
    ("en-malian-soldier", "en", "A Malian soldier was killed in an ambush near Mopti on Sunday, the army said.",
     "Military Forces of Mali"),
    ("en-nigerian-checkpoint", "en",
     "A Nigerian soldier was killed when gunmen attacked a checkpoint in Borno state on Monday.",
     "Military Forces of Nigeria"),
    ("fr-militaire-burkinabe", "fr",
     "Un militaire burkinabè a été tué lundi lors d'une attaque contre un poste près de Djibo.",
     "Military Forces of Burkina Faso"),
    ("fr-mine", "fr", "Un soldat malien a été tué et deux autres blessés lundi dans l'explosion d'une mine près de Boni.",
     "Military Forces of Mali"),
    ("en-chadian-shot-dead", "en", "A Chadian soldier was shot dead by gunmen near Bol on Monday.",
     "Military Forces of Chad"),
    ("en-object", "en", "Gunmen killed a Malian soldier near Mopti on Sunday.", "Military Forces of Mali"),
    ("fr-object", "fr", "Des hommes armés ont tué dimanche un soldat malien près de Mopti.", "Military Forces of Mali"),
    # --- negatives: no demonym, no state guessed; a civilian of the country is no force
    ("en-neg-no-demonym", "en", "A soldier was killed in an ambush near the village of Kelwa on Sunday.",
     "state forces"),
    ("fr-neg-commercant", "fr", "Un commerçant malien a été tué dimanche par des hommes armés près de Mopti.",
     "civilians"),
]


@pytest.mark.parametrize("ident,lang,text,name", [pytest.param(*row, id=row[0]) for row in DEMONYM])
def test_a_soldier_hit_is_of_his_states_forces(ident, lang, text, name):
    incs = extracting.incidents(text, lang)
    hit = [a for i in incs for a in i.actors if a.role in ("victim", "actor2")]
    assert name in [a.name for a in hit], [(a.role, a.name, a.mention) for a in hit]
    if name in ("state forces", "civilians"):
        assert not any(a.name.startswith("Military Forces") for a in hit), [(a.role, a.name) for a in hit]
