"""Robustness of the CASE-2021 typing to paraphrase, round 2 (h-case23): one paraphrase of our own for each of 78 CASE
2021 dev snippets NOT used by round 1 (tests/test_event_paraphrase_dev_style.py), written on 2026-12-07 (started
21:45 UTC by `date`), ALL before bilan was run on any of them.

How the rows were made. The dev run at the branch's start (21e934d4: macro-F1 0.9037) gave each dev snippet its
predicted type. Leaving out the 123 ids of round 1, a seeded draw (random.Random(23), classes in sorted order) took
from each of the nine weak classes (Other, Excessive force, Non-violent transfer, Attack, Violent demonstration,
Protest with intervention, Change to group, Looting/property destruction, Armed clash) up to five snippets typed right
and up to three typed wrong, and from each other class one typed right and up to three typed wrong (round 1 had used
up most wrong ones; Other had none left): 78 snippets, 55 typed right, 23 wrong. Each row is a paraphrase in our own
words: new names, places, numbers and dates, another syntax (passive for active, a headline, clauses in another
order, a synonym verb: "ransacked" for "looted", "petrol bomb" for "Molotov cocktail", "deserted" for "defected"),
34 of the 78 in French (44%), keeping the snippet's gold ACLED label (the CASE annotators' reading). No dev text is
kept. Each row records the dev snippet's id and whether bilan typed that snippet right at the branch's start: a
paraphrase of a snippet typed RIGHT that comes out wrong marks a brittle rule.

Rows committed (85868dfb) before any run. First run (at 21e934d4's code): 55/78 right; of the 55 paraphrases of
snippets typed right, 47 right (85%): 8 brittle rows (15%, round 1 found 19%). Mended by general rules (paraphrases
of right-typed snippets 52/55 right, 95%; all 60/78; CASE dev snippets unchanged, macro-F1 0.9037 before and after):
- a lethal cue longer than the protest trigger it covers is the force used: "violently dispersed" was skipped as
  the dispersal trigger itself (events._lethal_force: only a cue all inside the trigger is the protest's name);
  "violently break up", "brutally break up", "forcibly break up" join the lethal cues, FR « violemment disperser »,
  « brutalement disperser »: "Several people were reportedly hurt when Algerian police violently broke up a
  demonstration";
- an act named as what forces are mustered for, or after a noun of aim, is their aim, no act (events._mustered_for;
  MUSTER_VERBS « rassembler », « mobiliser »..., MUSTER_AIM_PREPS "for" / « pour », AIM_NOUNS "view" / « vue »; a
  protest gathered for stays): « alors que l'État islamique rassemble ses membres en vue d'un assaut »;
- a stretch of time before "after" dates the verb the stretch hangs on (STRETCH_NOUNS; events._drop_time_references):
  "has sent hundreds of troops ..., days after a heavy assault by ISIS on its positions";
- who rallied and then clashed with the police, with no subject of the clash's own, clashed as the crowd
  (events._clash_subject takes the conjoined verb's subject; a clash conjoined to a protest verb is a riot), however
  many armed sides the protest's topic names ("the government's reforms"); FR « (se) heurter » is a riot cue:
  "Thousands of farmers rallied against the government's reforms on Saturday and clashed with police".
- outposts are tactical points (TACTICAL_POINTS "outpost(s)", FR « avant-poste(s) »): overrun in a fight, they are
  the fight, as checkpoints are: "Dozens of police officers were killed ... after Taliban militants overran their
  outposts overnight".
Left (strict xfail, each with its reason): 3 brittle rows and 15 rows whose dev snippet is typed wrong too.
"""

from __future__ import annotations

import pytest
from extracting import (ABD, AGR, AIR, ARR, ART, ATT, CHE, CHG, CLA, DIS, EXF, GOV, GRE, HQ, INT, LOO, MOB, NSA, NVT,
                        PEA, REM, SEX, SUI, VIO, lead_type)

NONE = "NONE"

# (paraphrase, gold label of the dev snippet, dev snippet id, the dev snippet typed right at the branch's start)
EN = [
    ("Gunmen seized eleven border police officers and militiamen at dawn on Friday along the frontier with "
     "Afghanistan in Khorasan province, a local official said.", ABD, 487, True),
    ("The government of Kelvania entered negotiations on a peace deal with several ethnic armed groups on Friday, days "
     "after one of them overran a town held by the army.", AGR, 483, False),
    ("Fragments of bombs dropped by a US bomber sparked a fire at a hospital in the east of the country, where heavy "
     "fighting is still raging.", AIR, 510, False),
    ("Twelve police officers were killed when Taliban insurgents stormed a checkpoint at dawn in the Qaisar district "
     "of Faryab province, a provincial spokesman said on Thursday; four more were wounded.", CLA, 641, True),
    ("The army said on Friday that air and ground operations had killed 23 suspected jihadists in the north of Sinai, "
     "where troops repelled an assault by militants on a security compound near Rafah.", CLA, 973, True),
    ("Dozens of police officers were killed in Baghlan and Takhar provinces after Taliban militants overran their "
     "outposts overnight, local officials confirmed.", CLA, 589, True),
    ("At least 30 cadets were killed when gunmen wearing suicide vests stormed a police academy in Quetta on Tuesday "
     "and blew themselves up, officials said.", CLA, 803, False),
    ("One man was killed and another hurt when pro-government villagers attacked a US patrol and tried to stop its "
     "vehicles at a checkpoint near Qamishli; the US military said its troops came under fire and shot back in "
     "self-defence.", CLA, 484, False),
    ("Kenyan police have intercepted 9 suspected militants who were allegedly planning to attack the French embassy in "
     "Nairobi.", ARR, 849, False),
    ("A Saudi frigate was struck by a ballistic missile fired by Houthi forces off the coast of Hodeidah, a Houthi "
     "military spokesman said.", ART, 602, True),
    ("Armed men raided three villages in the Mopti region of central Mali on Sunday, killing at least 17 civilians, a "
     "local self-defence group spokesman said.", ATT, 948, True),
    ("Police in northern Brazil are investigating a massacre after gunmen burst into a nightclub in Manaus and killed "
     "nine people, local media reported.", ATT, 273, True),
    ("Gunmen from al-Shabab stormed a university hostel in Mandera, northeastern Kenya, firing at random at students, "
     "killing at least three and injuring 25, police said.", ATT, 750, True),
    ("The Iraqi army has sent hundreds of troops and dozens of armoured vehicles from Baiji to the outskirts of Rawa, "
     "days after a heavy assault by ISIS on its positions there, field sources said on Wednesday.", CHG, 742, True),
    ("The SDF sent reinforcements, including trucks loaded with weapons and ammunition, to the Conoco gas field in "
     "eastern Deir Ezzor after dozens of its fighters deserted following attacks on its bases.", CHG, 311, True),
    ("Rebel factions are still fortifying their positions near the front lines in the countryside of Idlib and Hama, "
     "digging deeper trenches so fighters can move and the wounded be evacuated out of sight of government forces.",
     CHG, 471, True),
    ("Around 45 people needed treatment for breathing problems and blurred vision after militants shelled two "
     "districts of the city; doctors suspect the shells held chlorine.", CHE, 663, False),
    ("Seven people, among them a mother and her four children, died when regime forces used chlorine gas south of "
     "Idlib city, a monitor said on Friday.", CHE, 402, False),
    ("During a sweep against Islamic State remnants, army units found an underground cache holding large quantities "
     "of arms and ammunition near Albu Kamal.", DIS, 900, True),
    ("The suspicious parcels were seized before reaching their addressees and dealt with safely, the FBI said in a "
     "statement.", DIS, 11, False),
    ("Three demonstrators were shot dead overnight during a protest outside the Turkish consulate in Mosul, a hospital "
     "official said on Tuesday.", EXF, 145, True),
    ("Security forces opened fire on peaceful demonstrators in the south of the country, killing at least five people "
     "and wounding dozens, medics said, as protests entered their third week.", EXF, 21, True),
    ("Several people were reportedly hurt when Algerian police violently broke up a demonstration in the eastern town "
     "of Bejaia on 12 May, local media said.", EXF, 828, True),
    ("Government troops took full control of the M5 motorway on Wednesday for the first time in eight years after "
     "pushing rebels out of their last positions along it, a monitor said.", GOV, 71, False),
    ("Army units and allied militias scored a major victory on Sunday by taking control of the whole of the Eastern "
     "Ghouta enclave, state media said.", GOV, 481, False),
    ("Police posts were targeted in coordinated attacks at nine locations across Yala and Pattani provinces on Friday "
     "night, all of them carried out with hand grenades, the army said.", GRE, 261, True),
    ("Resistance fighters in Kalay used M67s to strike the soldiers' positions near a construction site to draw the "
     "troops away from the bridge.", GRE, 423, False),
    ("The unrest spread to neighbouring Oakland, where mobs of looters stormed several supermarkets and electronics "
     "stores while police struggled to contain the damage.", MOB, 637, True),
    ("Forces of the UN-backed government have dealt a heavy blow to fighters loyal to the eastern commander by "
     "retaking several towns in a string of battles over recent weeks.", NSA, 266, False),
    ("The US-led coalition pulled out of the Qayyarah air base south of Mosul on Sunday and handed the base over to "
     "Iraqi forces.", NVT, 741, True),
    ("Iraqi troops took control of the town of Sinjar after Peshmerga fighters pulled out of it.", NVT, 938, True),
    ("As he left a gala at the opera house, the prime minister was surrounded and jeered by striking nurses gathered "
     "outside, a local paper reported.", PEA, 129, True),
    ("Hundreds of people defied a ban and lit candles in memory of a young man whose unexplained death has sparked "
     "weeks of protests over an alleged police cover-up; police watched the vigil outside a church in Mostar.",
     PEA, 215, False),
    ("Police stepped up patrols in Johannesburg on Wednesday after scores of shops owned by foreigners were looted "
     "overnight.", LOO, 371, True),
    ("A neighbourhood watch group in Soweto voiced alarm after a supermarket was ransacked during the curfew.", LOO,
     517, True),
    ("Police said two groups from rival villages in Kota district threw stones at each other and set fire to parked "
     "vehicles after torching four shops.", LOO, 403, False),
    ("Riot police used water cannon and tear gas on crowds of demonstrators in Ankara to stop them from marching to the "
     "offices of a newspaper whose journalists had been detained.", INT, 301, True),
    ("More than 150 people were arrested by police in Tbilisi on Saturday as opposition supporters held sit-ins and "
     "tried to block roads, in a week of protests against what they call a power grab.", INT, 575, True),
    ("Three guards were killed and 11 wounded when two car bombs and a roadside bomb planted by unknown militants went "
     "off on a busy street in Baghdad's Sadr City on Sunday, police said.", REM, 918, True),
    ("Police in Bastar district say claims that a forest ranger and three associates committed a string of gang rapes "
     "of tribal women have no basis in fact.", SEX, 601, True),
    ("A protester hurls a petrol bomb during an anti-government rally near the legislature in Hong Kong on Sunday.",
     VIO, 328, True),
    ("Thousands of farmers rallied against the government's reforms on Saturday and clashed with police in several "
     "cities, for the fourth weekend in a row.", VIO, 265, True),
    ("Fresh violent protests erupted in the streets of La Paz after demonstrators clashed with riot police.", VIO, 309,
     True),
    ("Police made dozens of arrests at a fourth rally against the policing bill in Leeds after bottles and fireworks "
     "were thrown at officers.", VIO, 441, False),
]

FR = [
    ("Les rebelles et l'armée ont échangé mardi des détenus et des dépouilles de combattants près de Homs, ville "
     "divisée théâtre de combats acharnés ces derniers mois.", AGR, 126, True),
    ("Des avions de combat russes ont mené plusieurs raids contre des positions et des rassemblements de groupes "
     "jihadistes dans l'ouest de la province d'Idleb, tuant plusieurs combattants.", AIR, 547, True),
    ("L'armée syrienne a tué ou blessé des dizaines de terroristes dans la province de Hama, et les groupes armés ont "
     "subi de lourdes pertes dans plusieurs autres régions du pays.", CLA, 662, True),
    ("Des combats ont éclaté jeudi dans la région de Bakool après que des combattants shebab ont attaqué des soldats "
     "de l'armée fédérale près de Hudur ; les soldats ont repoussé les assaillants, leur infligeant des pertes.", CLA,
     608, True),
    ("Des jihadistes de l'État islamique ont attaqué au mortier le convoi du ministre irakien de l'Intérieur au nord de "
     "Tikrit ; le ministre est sorti indemne de l'attaque, selon son bureau.", CLA, 335, False),
    ("Les forces de sécurité ont interpellé 210 militaires, en service ou à la retraite, soupçonnés de liens avec le "
     "mouvement güléniste.", ARR, 344, True),
    ("Les forces israéliennes ont emmené des dizaines de Palestiniens lors d'une série de raids nocturnes en "
     "Cisjordanie occupée, selon un rapport.", ARR, 324, False),
    ("Huit hommes ont été abattus samedi dans la ville mexicaine de Celaya lorsque des hommes armés ont ouvert le feu "
     "dans un centre de désintoxication, a indiqué le gouvernement de l'État.", ATT, 680, True),
    ("Des hommes armés non identifiés ont ouvert le feu sur un café du quartier de Bagcilar à Istanbul vers 4 heures "
     "du matin.", ATT, 985, True),
    ("Un haut commandant des FDS a fait défection avec ses combattants dans la petite ville de Tal Tamr, alors que "
     "l'armée turque prépare une vaste opération à l'est de l'Euphrate, selon une chaîne libanaise.", CHG, 732, True),
    ("Les forces de sécurité ont renforcé leurs troupes autour de Rawa pour déjouer toute attaque, alors que l'État "
     "islamique rassemble ses membres en vue d'un assaut, a annoncé mercredi un commandant de la mobilisation "
     "populaire.", CHG, 188, True),
    ("De nombreux enfants ont été soignés après une attaque au gaz toxique menée par le régime à Douma le 5 mars.",
     CHE, 63, True),
    ("Plusieurs élèves et enseignants palestiniens ont été asphyxiés mardi après avoir inhalé du gaz lacrymogène tiré "
     "par des soldats israéliens sur leur école, près de Naplouse.", CHE, 399, False),
    ("Un engin explosif improvisé a été découvert près de l'aéroport international, à 25 kilomètres de la capitale, "
     "puis désamorcé, a indiqué un porte-parole de l'armée de l'air, après une série d'explosions qui ont fait 180 "
     "morts.", DIS, 420, False),
    ("Bolivie : deux morts dans la répression des manifestations. Des milliers de manifestants pacifiques ont défilé "
     "dans plusieurs villes pour réclamer la démission du président par intérim.", EXF, 906, True),
    ("Selon Human Rights Watch, la police a fait un usage excessif de la force pour disperser violemment une "
     "manifestation pacifique devant le tribunal de Naplouse le 4 avril.", EXF, 325, True),
    ("Les forces irakiennes ont libéré jeudi plusieurs villages tenus par l'État islamique dans la province de "
     "Salaheddine ; près de Samarra, elles ont repris deux localités après des affrontements qui ont tué au moins 12 "
     "jihadistes.", GOV, 141, True),
    ("Des avions russes ont mené des frappes aériennes dans l'est de la province de Hama ; des dizaines de terroristes "
     "ont été tués ou blessés alors que l'armée les chassait des zones récemment reprises.", GOV, 144, False),
    ("Les forces turques ont installé une nouvelle base militaire dans le village de Tal Abyad, au nord de Raqqa.", HQ,
     189, True),
    ("Le 3 mars, des jihadistes de l'État islamique se sont emparés du port de la ville de Palma et ont pris le "
     "contrôle d'un aérodrome voisin.", NSA, 983, True),
    ("Toutes les forces du régime se sont retirées de Wadi Deif, la plus grande base du régime dans la province, la "
     "laissant entièrement aux mains des rebelles.", NVT, 811, True),
    ("Les shebab ont repris Afgoye lundi après le retrait des forces gouvernementales et de l'Union africaine, qui ont "
     "quitté la ville sans combat ni coup de feu, selon des habitants.", NVT, 980, True),
    ("À Gérone, des manifestants lancent des centaines de rouleaux de papier toilette en l'air pour dénoncer les "
     "lourdes peines de prison infligées aux dirigeants indépendantistes.", PEA, 998, False),
    ("Les habitants de plusieurs quartiers de Kano dénoncent l'insécurité après que des voyous les ont attaqués, ont "
     "pillé des maisons et des boutiques, puis y ont mis le feu.", LOO, 329, True),
    ("D'autres commerces tenus par des étrangers ont été incendiés lors d'une nouvelle vague de violences xénophobes "
     "dans plusieurs régions d'Afrique du Sud, ont indiqué les autorités lundi.", LOO, 670, True),
    ("L'association des commerçants a souligné que les attaques contre les biens de ses membres et les bâtiments "
     "publics avaient lourdement pesé sur l'économie.", LOO, 83, True),
    ("La police turque a réprimé une manifestation pacifique d'étudiants à Ankara en soutien aux étudiants de "
     "l'université du Bosphore.", INT, 310, True),
    ("Plusieurs militants ont été interpellés lors de manifestations non autorisées à Moscou et à Novossibirsk contre "
     "la réforme constitutionnelle.", INT, 405, True),
    ("La police de Hong Kong a tiré des gaz lacrymogènes et du gaz poivre dans un quartier commerçant de Mong Kok le "
     "soir du Nouvel An, déclarant illégaux les rassemblements de passants.", INT, 616, True),
    ("Des voyageurs s'étreignent à l'entrée de l'aéroport d'Ankara après leur évacuation à la suite d'une explosion. "
     "Des extrémistes présumés de l'État islamique ont frappé le terminal international, tuant des dizaines de "
     "personnes.", REM, 90, False),
    ("Cinq kamikazes se sont fait exploser mardi à un poste de contrôle militaire à Konduga, dans l'État de Borno, a "
     "indiqué l'armée nigériane.", SUI, 932, True),
    ("Les manifestants sont devenus violents à Berlin à l'ouverture du sommet ; la police a interrompu de force une "
     "grande manifestation après le début d'émeutes.", VIO, 17, True),
    ("Des émeutiers palestiniens se sont heurtés aux soldats israéliens à Hébron jeudi matin, alors que des centaines "
     "de fidèles juifs visitaient un lieu saint.", VIO, 792, True),
    ("Deux manifestants ont été tués lundi sur la place Tahrir après que les forces de sécurité ont tiré à balles "
     "réelles et des gaz lacrymogènes pour disperser la foule en colère ; les protestataires promettent de poursuivre "
     "leur mouvement.", VIO, 124, False),
]

# text -> reason, for the rows left failing (strict)
XFAIL: dict[str, str] = {
    # brittle: the dev snippet is typed right, its paraphrase not
    "More than 150 people were arrested by police in Tbilisi on Saturday as opposition supporters held sit-ins and "
    "tried to block roads, in a week of protests against what they call a power grab.":
        "brittle: roads in the plural blocked are a violent demonstration's act under our convention "
        "(events._blocks_no_roads, after the ACLED codebook), and the attempt ('tried to') is not told apart; the dev "
        "snippet's 'attempted to block traffic' is no road-blocking",
    "Bolivie : deux morts dans la répression des manifestations. Des milliers de manifestants pacifiques ont défilé "
    "dans plusieurs villes pour réclamer la démission du président par intérim.":
        "brittle: the headline's toll in the crackdown is not joined to the march the next sentence tells (alone, the "
        "headline is excessive force); EN 'Bolivia: two die in protest crackdown. Thousands of peaceful protesters "
        "marched' fails alike",
    "Les manifestants sont devenus violents à Berlin à l'ouverture du sommet ; la police a interrompu de force une "
    "grande manifestation après le début d'émeutes.":
        "brittle: no incident at all; each clause alone is a violent demonstration (unexplained, left for a later "
        "round)",
    # the dev snippet is typed wrong too
    "The government of Kelvania entered negotiations on a peace deal with several ethnic armed groups on Friday, days "
    "after one of them overran a town held by the army.":
        "class: talks entered are no agreement trigger; the town overrun in the time clause types the lead",
    "Fragments of bombs dropped by a US bomber sparked a fire at a hospital in the east of the country, where heavy "
    "fighting is still raging.":
        "class: bombs dropped as a participle on fragments are no strike; the fighting in the relative clause heads",
    "At least 30 cadets were killed when gunmen wearing suicide vests stormed a police academy in Quetta on Tuesday "
    "and blew themselves up, officials said.":
        "class: the gold reads the storming as the clash; we read the suicide vests",
    "One man was killed and another hurt when pro-government villagers attacked a US patrol and tried to stop its "
    "vehicles at a checkpoint near Qamishli; the US military said its troops came under fire and shot back in "
    "self-defence.":
        "class: villagers attacking a patrol read as a crowd's violence; the gold reads the exchange of fire",
    "The suspicious parcels were seized before reaching their addressees and dealt with safely, the FBI said in a "
    "statement.":
        "class: parcels are no weapon word; nothing says they held explosives",
    "Resistance fighters in Kalay used M67s to strike the soldiers' positions near a construction site to draw the "
    "troops away from the bridge.":
        "class: a grenade told by its model name only",
    "Forces of the UN-backed government have dealt a heavy blow to fighters loyal to the eastern commander by "
    "retaking several towns in a string of battles over recent weeks.":
        "class: the gold reads a non-state taking; the UN-backed government's forces are read as the state",
    "Police made dozens of arrests at a fourth rally against the policing bill in Leeds after bottles and fireworks "
    "were thrown at officers.":
        "class: the missiles thrown in the time clause are not read as the rally's manner; the arrests head",
    "Des jihadistes de l'État islamique ont attaqué au mortier le convoi du ministre irakien de l'Intérieur au nord de "
    "Tikrit ; le ministre est sorti indemne de l'attaque, selon son bureau.":
        "class: the mortar types the attack as shelling; the gold reads a clash",
    "Les forces israéliennes ont emmené des dizaines de Palestiniens lors d'une série de raids nocturnes en "
    "Cisjordanie occupée, selon un rapport.":
        "class: « emmener » (take away) is no arrest verb",
    "Plusieurs élèves et enseignants palestiniens ont été asphyxiés mardi après avoir inhalé du gaz lacrymogène tiré "
    "par des soldats israéliens sur leur école, près de Naplouse.":
        "class: tear gas is a crowd-control means under our conventions; the gold reads a chemical weapon",
    "Des avions russes ont mené des frappes aériennes dans l'est de la province de Hama ; des dizaines de terroristes "
    "ont été tués ou blessés alors que l'armée les chassait des zones récemment reprises.":
        "class: the air strikes head; the gold reads the ground retaken",
    "Des voyageurs s'étreignent à l'entrée de l'aéroport d'Ankara après leur évacuation à la suite d'une explosion. "
    "Des extrémistes présumés de l'État islamique ont frappé le terminal international, tuant des dizaines de "
    "personnes.":
        "class: « frapper » read as a strike from the air; the explosion is a time reference",
    "Deux manifestants ont été tués lundi sur la place Tahrir après que les forces de sécurité ont tiré à balles "
    "réelles et des gaz lacrymogènes pour disperser la foule en colère ; les protestataires promettent de poursuivre "
    "leur mouvement.":
        "class: protesters shot dead are excessive force under our conventions; the gold reads a violent "
        "demonstration",
}

# controls written while mending: what the new rules must do and leave alone
CONTROLS: list[tuple[str, str, str]] = [
    # a lethal cue longer than the protest trigger it covers is the force (events._lethal_force); a plain
    # breaking up is an intervention
    ("Police violently dispersed a sit-in outside the ministry in Rabat on Monday.", "en", EXF),
    ("La police a violemment dispersé un sit-in devant le ministère à Rabat lundi.", "fr", EXF),
    ("Riot police broke up a sit-in outside the ministry in Rabat on Monday.", "en", INT),
    # an act forces are mustered for is their aim (events._mustered_for); a protest gathered for is the protest
    ("The rebels are mobilising fighters for an offensive on the town, a commander said.", "en", CHG),
    ("Les rebelles massent des combattants en vue d'une offensive contre la ville, selon un commandant.", "fr", NONE),
    ("Thousands gathered for a rally in the capital.", "en", PEA),
    # a stretch of time before "after" dates the verb it hangs on
    ("Soldiers looted shops in Bria, hours after clashes between two militias.", "en", LOO),
    # who rallied and then clashed with the police clashed as a crowd (events._clash_subject); « se heurter à la
    # police » is a riot's manner; two armed sides clash
    ("Des centaines d'agriculteurs ont manifesté contre la réforme et se sont heurtés à la police à Rennes.", "fr",
     VIO),
    ("Hundreds of farmers marched against the government's plan and clashed with police in Lyon.", "en", VIO),
    ("Rebels attacked the town and clashed with the army.", "en", CLA),
    ("Le projet de loi se heurte à l'opposition des syndicats.", "fr", NONE),
    # outposts overrun in a fight are tactical points, the fight (TACTICAL_POINTS); outposts taken with no fight told
    # are ground taken
    ("Taliban militants overran three army outposts after heavy clashes overnight.", "en", CLA),
    ("Des dizaines de policiers ont été tués après que des talibans ont pris leurs avant-postes dans la nuit.", "fr",
     CLA),
    ("Taliban militants captured three army outposts overnight.", "en", NSA),
]


def _params(rows, lang):
    return [pytest.param(text, lang, expected, id=f"{lang}-{dev_id}-{text[:40]}",
                         marks=[pytest.mark.xfail(strict=True, reason=XFAIL[text])] if text in XFAIL else [])
            for text, expected, dev_id, _ in rows]


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en") + _params(FR, "fr"))
def test_paraphrase_dev_style2(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", [pytest.param(t, lg, e, id=f"control-{lg}-{t[:40]}")
                                                 for t, lg, e in CONTROLS])
def test_paraphrase_dev_style2_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_row():
    texts = {t for t, *_ in EN + FR}
    assert set(XFAIL) <= texts


def test_one_paraphrase_per_dev_snippet_none_from_round_one():
    import test_event_paraphrase_dev_style as round1
    ids = [i for _, _, i, _ in EN + FR]
    assert len(ids) == len(set(ids)) == 78
    assert not set(ids) & {i for _, _, i, _ in round1.EN + round1.FR}
