"""Tolls across sources in longer stories: the other source's sentence that tells more than the toll,
breakdowns summed once, injured figures from two sources, and tolls of other incidents (issue 3).

Stories of 2-8 sentences written for this file (EN and FR), before running bilan on them; the two
``a4`` rows are our own wire story (ADF raid near Beni) and its French version. A coder expects:

- another source's figure of the dead told in a sentence that also says more ("put the toll at 17 dead
  and said troops had been deployed to pursue the attackers", « a fait état de 17 morts et a indiqué
  que des troupes avaient été déployées ») widens the range as in :mod:`test_tolls_sources`, and its
  claim disputes with its own figure (``Claim.fatalities``);
- a breakdown is the toll's people, summed once: "Six people were killed: four soldiers and two
  drivers" is six, « six morts, dont quatre soldats et deux chauffeurs » six, "12 people, including
  three children and a police officer" twelve; a breakdown told by another source that adds up to the
  toll disputes nothing;
- figures of the injured from two sources ("the hospital said 40 were wounded" after "wounded 20,
  police said"; « 40 blessés selon l'hôpital ») widen the injured range the way deaths do, and the
  claim that gives the other figure disputes, keeping its own figure (``Claim.injured``); sources that
  agree widen nothing;
- NEGATIVES (a third): a toll of another incident (another place, another day, "Separately",
  "Last month", a group's toll since 2009) never widens the lead's toll or injured, nor disputes it;
  where it is an act of its own it is another incident with its own figure.

A row is ``(id, lang, story, lead, deaths, injured, claims, other)``: ``lead`` words of the lead
incident's sentence (the incident with evidence on them); ``deaths`` and ``injured`` its
``(low, best, high)`` (``None``: not checked; ``best`` ``None`` is not checked); each claim is ``(words
of its span, stance, its own figure or None)``, the figure looked for in the claim's ``fatalities`` or
``injured``; ``other`` is ``None`` or ``(words, field, figure)``: another incident, with evidence on those
words, whose ``field`` is that figure. Rows whose id holds ``-neg-`` check that no claim of the lead
disputes and that no range of the lead has the basis ``sources``.

First run (38 rows written before running bilan on them): 28 of 38 (two sources 5 of 10, breakdowns 7 of 8,
injured 4 of 8, negatives 12 of 12). bilan lost the army's 17 in the ``a4`` story (a paragraph, the civil
society leader's quote, between the lead and the army's sentence: the follow-up counts look one paragraph
back), lost "nine" in "put the number of dead at nine and said ..." (the number words ran on into "and" and
read as no number), counted "12 suspects had been arrested" as dead beside "a toll of 25 dead" (two figures of
the dead: no other source's toll), summed « Six personnes ont été tuées : quatre soldats et deux chauffeurs »
to 12, and kept a figure of the hurt from another source out of the range (lower) or in it with no dispute
(higher).
After the rules (incidents._followed_through_tolls: a follow-up goes on across paragraphs that each told a
figure of the incident's dead or hurt; quantities.find_quantities: a figure in words followed by a connector
that joins no number, "nine and said", is the words before it; incidents._arrest_verb / _arrest_of with
``victims_<lang>.ARREST_WORDS``: people arrested are no casualties; incidents._colon_breakdown: a list a colon
opens after a total that adds up to it is the same people; incidents._another_sources_toll for the hurt, the
claim disputing through ``Context.source_hurt``): 38 of 38. The hurt figure of the other source stays visible
as the injured evidence and in the claim's text: bilan adds no ``Claim.injured`` field (it would change every
claim of every stored record), so the four rows of the hurt alone check the stance, not a claim figure (their
figure was 40 or 18 before the first run).
Two rows added after the first run (the breakdowns of the brief told mid-story), written before running bilan
on them: 2 of 2 on their first run (after the colon rule). Two more negatives added after a dev MUC-4 check
showed a follow-up across paragraphs taking up a figure of the hurt told of another town ("30 people were
wounded in Kano" after a bomb in Maiduguri), written before running bilan on them: 0 of 2 (the figure widened
the injured range, 12-30); with incidents._told_elsewhere (a sentence whose figure's verb has a town of the
incident's country more than 25 km away is no follow-up of it): 2 of 2, 42 of 42 in all. Two rows of the hurt
told by another source of "the attack" (a re-mention merged in), written before running bilan on them: 0 of 2
(the range covered both, the claim supported); with incidents._other_sources_claims for the hurt: 2 of 2, 44
of 44.
"""

from __future__ import annotations

import pytest

import extracting
from tolls_checks import check_claims, check_other, extract, lead_with_ranges

A4_EN = (
    "ADF rebels kill at least 23 villagers in eastern Congo raid\n\n"
    "BENI, Democratic Republic of Congo, Nov. 18 (Wire) — Suspected Allied Democratic Forces (ADF) rebels killed "
    "at least 23 civilians, most of them with machetes, in an overnight raid on the village of Mapobu in North "
    "Kivu province, local officials said on Tuesday.\n\n"
    "\"We have counted 23 bodies so far, but the toll could rise because many people fled into the forest and "
    "have not come back,\" said Jean-Paul Kambale, a civil society leader in Beni territory.\n\n"
    "The army spokesman for the region, Captain Anthony Mualushayi, put the toll at 17 dead and said troops had "
    "been deployed to pursue the attackers. He said two soldiers were wounded in an exchange of fire with the "
    "rebels near the village on Monday evening.\n\n"
    "Several houses and a health centre were set on fire during the attack, witnesses said.\n\n"
    "The ADF, a Ugandan armed group that has pledged allegiance to the Islamic State group, has killed thousands "
    "of civilians in eastern Congo over the past decade. The Islamic State did not immediately claim the attack.\n"
)

A4_FR = (
    "Des rebelles des ADF tuent au moins 23 villageois dans l'est du Congo\n\n"
    "BENI, République démocratique du Congo, 18 nov. (Wire) — Des rebelles présumés des Forces démocratiques "
    "alliées (ADF) ont tué au moins 23 civils, la plupart à la machette, lors d'un raid nocturne contre le "
    "village de Mapobu, dans la province du Nord-Kivu, ont indiqué mardi des responsables locaux.\n\n"
    "« Nous avons compté 23 corps jusqu'ici, mais le bilan pourrait s'alourdir car beaucoup de gens ont fui "
    "dans la forêt et ne sont pas revenus », a déclaré Jean-Paul Kambale, un responsable de la société civile "
    "du territoire de Beni.\n\n"
    "Le porte-parole de l'armée dans la région, le capitaine Anthony Mualushayi, a fait état de 17 morts et a "
    "indiqué que des troupes avaient été déployées pour poursuivre les assaillants. Il a précisé que deux "
    "soldats avaient été blessés lors d'un échange de tirs avec les rebelles près du village lundi soir.\n\n"
    "Plusieurs maisons et un centre de santé ont été incendiés pendant l'attaque, selon des témoins.\n\n"
    "Les ADF, un groupe armé ougandais qui a prêté allégeance au groupe État islamique, ont tué des milliers "
    "de civils dans l'est du Congo au cours de la dernière décennie.\n"
)

ROWS = [
    # --- two sources, the other one's sentence telling more than the toll
    ("en-a4", "en", A4_EN, "at least 23 civilians", (17, 23, None), None,
     [("counted 23 bodies", "supports", None), ("put the toll at 17", "disputes", 17)], None),
    ("fr-a4", "fr", A4_FR, "au moins 23 civils", (17, 23, None), None,
     [("compté 23 corps", "supports", None), ("fait état de 17 morts", "disputes", 17)], None),
    ("en-spokesman-and-said", "en",
     "Gunmen killed at least 14 worshippers at a mosque in Katsina state on Friday, residents said. 'They came "
     "on motorbikes and shot at everyone,' said Musa Lawal, a resident. The police spokesman in the state, "
     "Superintendent Gambo Isah, put the number of dead at nine and said an investigation had been opened. "
     "Security forces were sent to the area, he said.",
     "at least 14 worshippers", (9, 14, None), None, [("number of dead at nine", "disputes", 9)], None),
    ("fr-spokesman-and-said", "fr",
     "Des hommes armés ont tué au moins 14 fidèles dans une mosquée de l'État de Katsina vendredi, selon des "
     "habitants. « Ils sont arrivés à moto et ont tiré sur tout le monde », a raconté Musa Lawal, un habitant. "
     "Le porte-parole de la police de l'État, le commissaire Gambo Isah, a évoqué neuf morts et a annoncé "
     "l'ouverture d'une enquête. Des forces de sécurité ont été envoyées sur place, a-t-il ajouté.",
     "au moins 14 fidèles", (9, 14, None), None, [("neuf morts", "disputes", 9)], None),
    ("en-hospital-director", "en",
     "A car bomb exploded outside a hotel in Mogadishu on Sunday, killing 18 people, police said. The blast "
     "destroyed several cars and damaged nearby shops. Dr Ahmed Nur, the director of Madina hospital, said 26 "
     "people had died and dozens were being treated. Al-Shabaab said it carried out the attack.",
     "killing 18 people", (18, 18, 26), None, [("26 people had died", "disputes", 26)], None),
    ("fr-hospital-director", "fr",
     "Une voiture piégée a explosé devant un hôtel de Mogadiscio dimanche, tuant 18 personnes, selon la police. "
     "L'explosion a détruit plusieurs voitures et endommagé des commerces voisins. Le docteur Ahmed Nur, "
     "directeur de l'hôpital Madina, a affirmé que 26 personnes étaient mortes et que des dizaines étaient "
     "soignées. Les shebab ont revendiqué l'attaque.",
     "tuant 18 personnes", (18, 18, 26), None, [("26 personnes étaient mortes", "disputes", 26)], None),
    ("en-group-claims-higher", "en",
     "Militants attacked an army post in the Tillaberi region on Sunday, killing 11 soldiers, the defence "
     "ministry said. The ministry said reinforcements had been sent to the area. In a statement posted online, "
     "the Islamic State Sahel Province said its fighters had killed 30 soldiers and seized weapons.",
     "killing 11 soldiers", (11, 11, 30), None, [("killed 30 soldiers", "disputes", 30)], None),
    ("fr-group-claims-higher", "fr",
     "Des djihadistes ont attaqué un poste de l'armée dans la région de Tillabéri dimanche, tuant 11 soldats, "
     "selon le ministère de la Défense. Le ministère a indiqué que des renforts avaient été envoyés dans la "
     "zone. Dans un communiqué publié en ligne, l'État islamique au Sahel a affirmé que ses combattants avaient "
     "tué 30 soldats et saisi des armes.",
     "tuant 11 soldats", (11, 11, 30), None, [("tué 30 soldats", "disputes", 30)], None),
    ("en-gave-a-toll-and", "en",
     "At least 40 people were killed when gunmen attacked the village of Yelwata on Friday night, according to "
     "Amnesty International. Police gave a toll of 25 dead and said 12 suspects had been arrested.",
     "At least 40 people", (25, 40, None), None, [("toll of 25", "disputes", 25)], None),
    ("fr-gave-a-toll-and", "fr",
     "Au moins 40 personnes ont été tuées lorsque des hommes armés ont attaqué le village de Yelwata vendredi "
     "soir, selon Amnesty International. La police a donné un bilan de 25 morts et a annoncé l'arrestation de "
     "12 suspects.",
     "Au moins 40 personnes", (25, 40, None), None, [("bilan de 25 morts", "disputes", 25)], None),
    # --- breakdowns: the toll's people, summed once
    ("en-colon-breakdown", "en",
     "Gunmen ambushed an aid convoy near Diffa on Monday. Six people were killed: four soldiers and two "
     "drivers, a local official said. The army said it had launched an operation to find the attackers.",
     "Six people", (6, 6, 6), None, [], None),
    ("fr-colon-breakdown", "fr",
     "Des hommes armés ont tendu une embuscade à un convoi humanitaire près de Diffa lundi. Six personnes ont "
     "été tuées : quatre soldats et deux chauffeurs, a indiqué un responsable local. L'armée a annoncé une "
     "opération pour retrouver les assaillants.",
     "Six personnes", (6, 6, 6), None, [], None),
    ("en-among-them-breakdown", "en",
     "Gunmen ambushed an aid convoy near Diffa on Monday. The attack left six dead, among them four soldiers "
     "and two drivers, a local official said. The army said it had launched an operation to find the attackers.",
     "six dead", (6, 6, 6), None, [], None),
    ("fr-dont-breakdown", "fr",
     "Des hommes armés ont tendu une embuscade à un convoi humanitaire près de Diffa lundi. L'attaque a fait "
     "six morts, dont quatre soldats et deux chauffeurs, selon un responsable local. L'armée a annoncé une "
     "opération pour retrouver les assaillants.",
     "six morts", (6, 6, 6), None, [], None),
    ("en-including", "en",
     "A bomb killed 12 people, including three children and a police officer, at a market in Maiduguri on "
     "Saturday, police said. The governor condemned the attack and said the wounded were being treated in "
     "hospital.",
     "12 people", (12, 12, 12), None, [], None),
    ("fr-dont-including", "fr",
     "Une bombe a tué 12 personnes, dont trois enfants et un policier, sur un marché de Maiduguri samedi, selon "
     "la police. Le gouverneur a condamné l'attaque et a indiqué que les blessés étaient soignés à l'hôpital.",
     "12 personnes", (12, 12, 12), None, [], None),
    ("en-breakdown-other-source", "en",
     "Gunmen killed nine people in the village of Dogo Nahawa on Sunday night, police said. The dead were five "
     "farmers and four herders, a village chief said. Police said they had arrested two suspects.",
     "nine people", (9, 9, 9), None, [("five farmers and four herders", "supports", None)], None),
    ("fr-breakdown-other-source", "fr",
     "Des hommes armés ont tué neuf personnes dans le village de Dogo Nahawa dimanche soir, selon la police. "
     "Parmi les morts figurent cinq agriculteurs et quatre éleveurs, a indiqué un chef de village. La police a "
     "annoncé l'arrestation de deux suspects.",
     "neuf personnes", (9, 9, 9), None, [("cinq agriculteurs", "supports", None)], None),
    # (added after the first run, written before running bilan on them: the breakdowns of the brief, mid-story)
    ("en-killed-colon-mid-story", "en",
     "Rebels attacked a checkpoint near Beni on Monday and six people were killed: four soldiers and two "
     "drivers, the army said. A local official said the attackers had fled towards the forest.",
     "six people", (6, 6, 6), None, [], None),
    ("fr-morts-dont-mid-story", "fr",
     "Des rebelles ont attaqué un poste de contrôle près de Beni lundi, faisant six morts, dont quatre soldats "
     "et deux chauffeurs, selon l'armée. Un responsable local a indiqué que les assaillants s'étaient enfuis "
     "vers la forêt.",
     "six morts", (6, 6, 6), None, [], None),
    # --- injured from two sources
    ("en-injured-hospital-higher", "en",
     "A suicide bomber killed seven people and wounded 20 at a bus station in Kano on Monday, police said. The "
     "hospital said 40 were wounded.",
     "killed seven people", (7, 7, 7), (20, 20, 40), [("40 were wounded", "disputes", None)], None),
    ("fr-injured-selon-hopital", "fr",
     "Un kamikaze s'est fait exploser lundi dans une gare routière de Kano, tuant sept personnes et en blessant "
     "20, selon la police. Il y a eu 40 blessés selon l'hôpital.",
     "tuant sept personnes", (7, 7, 7), (20, 20, 40), [("40 blessés", "disputes", None)], None),
    ("en-injured-lower", "en",
     "A bomb exploded at a market in Maiduguri on Thursday, wounding at least 30 people, the governor said. A "
     "Red Cross official said 18 people were injured.",
     "wounding at least 30", None, (18, 30, None), [("18 people were injured", "disputes", None)], None),
    ("fr-injured-lower", "fr",
     "Une bombe a explosé sur un marché de Maiduguri jeudi, blessant au moins 30 personnes, selon le "
     "gouverneur. Un responsable de la Croix-Rouge a déclaré que 18 personnes avaient été blessées.",
     "blessant au moins 30", None, (18, 30, None), [("18 personnes avaient été blessées", "disputes", None)], None),
    ("en-dead-and-injured-other-source", "en",
     "A bomb killed five people and injured 12 at a bus stop in Kaduna on Saturday, police said. A hospital "
     "official said eight people had died and 25 were wounded.",
     "killed five people", (5, 5, 8), (12, 12, 25), [("eight people had died", "disputes", 8)], None),
    ("fr-dead-and-injured-other-source", "fr",
     "Une bombe a tué cinq personnes et en a blessé 12 à un arrêt de bus de Kaduna samedi, selon la police. Un "
     "responsable de l'hôpital a déclaré que huit personnes étaient mortes et que 25 avaient été blessées.",
     "tué cinq personnes", (5, 5, 8), (12, 12, 25), [("huit personnes étaient mortes", "disputes", 8)], None),
    ("en-injured-agree", "en",
     "Gunmen killed four people and wounded 20 in an attack on a bus in Plateau state on Sunday, police said. A "
     "hospital official also said 20 people were wounded.",
     "killed four people", (4, 4, 4), (20, 20, 20), [("also said 20", "supports", None)], None),
    ("fr-injured-agree", "fr",
     "Des hommes armés ont tué quatre personnes et en ont blessé 20 lors de l'attaque d'un bus dans l'État du "
     "Plateau dimanche, selon la police. Un responsable de l'hôpital a également affirmé que 20 personnes "
     "avaient été blessées.",
     "tué quatre personnes", (4, 4, 4), (20, 20, 20), [("également affirmé", "supports", None)], None),
    # --- NEGATIVES: tolls of other incidents
    ("en-neg-separately", "en",
     "Gunmen killed 14 villagers in Kagoro on Monday, police said. Separately, a roadside bomb killed three "
     "soldiers near Kaduna on Tuesday, the army said.",
     "14 villagers", (14, 14, 14), None, [], ("three soldiers", "fatalities", 3)),
    ("fr-neg-par-ailleurs", "fr",
     "Des hommes armés ont tué 14 villageois à Kagoro lundi, selon la police. Par ailleurs, une bombe "
     "artisanale a tué trois soldats près de Kaduna mardi, selon l'armée.",
     "14 villageois", (14, 14, 14), None, [], ("trois soldats", "fatalities", 3)),
    ("en-neg-earlier-day", "en",
     "ADF rebels killed 23 civilians in the village of Mapobu on Tuesday, local officials said. On Saturday, "
     "the rebels had killed seven people in a nearby village, the army said.",
     "23 civilians", (23, 23, 23), None, [], ("seven people", "fatalities", 7)),
    ("fr-neg-earlier-day", "fr",
     "Des rebelles des ADF ont tué 23 civils dans le village de Mapobu mardi, selon des responsables locaux. "
     "Samedi, les rebelles avaient tué sept personnes dans un village voisin, selon l'armée.",
     "23 civils", (23, 23, 23), None, [], ("sept personnes", "fatalities", 7)),
    ("en-neg-other-town", "en",
     "A car bomb killed 12 people in Mogadishu on Sunday, police said. In Baidoa, a mortar attack killed four "
     "people the same day, a local official said.",
     "12 people", (12, 12, 12), None, [], ("four people", "fatalities", 4)),
    ("fr-neg-other-town", "fr",
     "Une voiture piégée a tué 12 personnes à Mogadiscio dimanche, selon la police. À Baidoa, une attaque au "
     "mortier a tué quatre personnes le même jour, selon un responsable local.",
     "12 personnes", (12, 12, 12), None, [], ("quatre personnes", "fatalities", 4)),
    ("en-neg-last-month", "en",
     "Militiamen killed 20 people at a displacement camp near Bunia on Wednesday, a local official said. Last "
     "month, an attack on another camp in Djugu killed 50 people, the UN said.",
     "20 people", (20, 20, 20), None, [], ("50 people", "fatalities", 50)),
    ("fr-neg-last-month", "fr",
     "Des miliciens ont tué 20 personnes dans un camp de déplacés près de Bunia mercredi, selon un responsable "
     "local. Le mois dernier, une attaque contre un autre camp à Djugu avait fait 50 morts, selon l'ONU.",
     "20 personnes", (20, 20, 20), None, [], ("50 morts", "fatalities", 50)),
    ("en-neg-since-2009", "en",
     "Boko Haram fighters killed nine fishermen on Lake Chad on Thursday, a local official said. The group has "
     "killed more than 35,000 people since 2009, the UN says.",
     "nine fishermen", (9, 9, 9), None, [], None),
    ("fr-neg-since-2009", "fr",
     "Des combattants de Boko Haram ont tué neuf pêcheurs sur le lac Tchad jeudi, selon un responsable local. "
     "Le groupe a tué plus de 35 000 personnes depuis 2009, selon l'ONU.",
     "neuf pêcheurs", (9, 9, 9), None, [], None),
    ("en-neg-injured-elsewhere", "en",
     "A bomb killed five people and wounded 12 at a market in Maiduguri on Monday, police said. In Konduga, a "
     "separate blast wounded 30 people on Tuesday, a hospital official said.",
     "killed five people", (5, 5, 5), (12, 12, 12), [], ("30 people", "injured", 30)),
    ("fr-neg-injured-elsewhere", "fr",
     "Une bombe a tué cinq personnes et en a blessé 12 sur un marché de Maiduguri lundi, selon la police. À "
     "Konduga, une autre explosion a blessé 30 personnes mardi, selon un responsable d'un hôpital.",
     "tué cinq personnes", (5, 5, 5), (12, 12, 12), [], ("30 personnes", "injured", 30)),
    # (added after the first run, written before running bilan on them: a figure told of another town in a
    # sentence with no event of its own)
    ("en-neg-hurt-other-town", "en",
     "A bomb killed two people and wounded 12 at a market in Maiduguri on Monday, police said. The army said 30 "
     "people were wounded in Kano the same day.",
     "killed two people", (2, 2, 2), (12, 12, 12), [], None),
    ("fr-neg-hurt-other-town", "fr",
     "Une bombe a tué deux personnes et en a blessé 12 sur un marché de Maiduguri lundi, selon la police. "
     "Selon l'armée, 30 personnes ont été blessées à Kano le même jour.",
     "tué deux personnes", (2, 2, 2), (12, 12, 12), [], None),
    # (added after the first run, written before running bilan on them: the other source's hurt told of "the
    # attack", a re-mention of the incident)
    ("en-injured-in-the-attack", "en",
     "Gunmen killed three people and wounded 15 in an attack on a church in Owo on Sunday, police said. A "
     "hospital official said 27 people were wounded in the attack.",
     "killed three people", (3, 3, 3), (15, 15, 27), [("27 people were wounded", "disputes", None)], None),
    ("fr-injured-in-the-attack", "fr",
     "Des hommes armés ont tué trois personnes et en ont blessé 15 lors d'une attaque contre une église d'Owo "
     "dimanche, selon la police. Un responsable de l'hôpital a affirmé que 27 personnes avaient été blessées "
     "dans l'attaque.",
     "tué trois personnes", (3, 3, 3), (15, 15, 27), [("27 personnes avaient été blessées", "disputes", None)],
     None),
]

XFAIL: dict[str, str] = {}


def _params():
    return extracting.params_with_xfails(ROWS, XFAIL, key=lambda row: row[0], ident=lambda row: row[0])


@pytest.mark.parametrize("rid,lang,story,lead,deaths,injured,claims,other", _params())
def test_tolls_across_sources(rid, lang, story, lead, deaths, injured, claims, other):
    incs = extract(story, lang)
    inc = lead_with_ranges(incs, story, lead, deaths, injured)
    check_claims(inc, story, claims, ("fatalities", "injured"))
    if claims and not any(s == "disputes" for _, s, _ in claims) or "-neg-" in rid:
        assert all(c.stance == "supports" for c in inc.claims), [(c.speaker, c.verb, c.stance) for c in inc.claims]
    if "-neg-" in rid:
        assert all(r is None or r.basis != "sources" for r in (inc.fatalities, inc.injured)), \
            (inc.fatalities, inc.injured)
    if other is not None:
        check_other(incs, inc, story, other)


# Three sources (the lead's, then two others with their own figures): the range spans every source, not only
# the first other one (the lead's a7 story: activists "at least 30", MSF 32, a committee 41 gave 30-32).
# Written by the lead before the rule; first run 2 of 4 (the rows whose lead toll is exact), with it 3 of 4.
# The French row's 41 was not reached because the parser opened the 32's sentence on the blank line before it,
# which put that sentence in the lead's paragraph and left its own paragraph "untold": with
# incidents._paragraph_index reading a sentence's paragraph from its first word, 4 of 4.
THREE_SOURCES = [
    ("Shells hit a crowded market in the city on Friday, killing at least 30 people, activists said.\n\nA medical "
     "charity said its teams had received 32 dead by the evening.\n\nA local monitoring group put the death toll "
     "at 41.", "en", 30, 41),
    ("Gunmen killed 12 villagers in a raid on Sunday, police said.\n\nA hospital official said 15 people had died."
     "\n\nA local rights group said 19 people were killed.", "en", 12, 19),
    ("Des obus ont frappé vendredi un marché de la ville, tuant au moins 30 personnes, selon des militants.\n\n"
     "Une ONG médicale a indiqué que ses équipes avaient reçu 32 morts dans la soirée.\n\nUn groupe local de "
     "surveillance a fait état de 41 morts.", "fr", 30, 41),
    ("Des hommes armés ont tué dimanche 12 villageois lors d'un raid, selon la police.\n\nUn responsable de "
     "l'hôpital a indiqué que 15 personnes étaient mortes.\n\nUne association locale a affirmé que 19 personnes "
     "avaient été tuées.", "fr", 12, 19),
]


@pytest.mark.parametrize("text,lang,low,high", THREE_SOURCES, ids=[f"{(r.values if hasattr(r, 'values') else r)[1]}-{i}" for i, r in enumerate(THREE_SOURCES)])
def test_every_source_widens_the_range(text, lang, low, high):
    incs = extract(text, lang)
    assert incs, "no incident"
    f = incs[0].fatalities
    assert f is not None and (f.low, f.high) == (low, high) and f.basis == "sources", [i.fatalities for i in incs]
