"""Robustness of the CASE-2021 typing to paraphrase, round 3 (h-case24): one paraphrase of our own for each of 70 CASE
2021 dev snippets used by neither round 1 (tests/test_event_paraphrase_dev_style.py) nor round 2
(tests/test_event_paraphrase_dev_style2.py), written on 2026-12-07 (started 23:29 UTC by `date`), ALL before bilan
was run on any of them.

How the rows were made. The dev run at the branch's start (5fc1a12b: macro-F1 0.9037) gave each dev snippet its
predicted type. Leaving out the 201 ids of rounds 1-2, a seeded draw (random.Random(24), classes in sorted order) took
snippets of the twelve classes of lowest F1 or most test weight (Attack, Armed clash, Peaceful protest, Protest with
intervention, Excessive force, Violent demonstration, Looting/property destruction, Other, Non-violent transfer,
Change to group/activity, Abduction, Arrests): all the snippets typed wrong left (two, both Armed clash: rounds 1-2
had used every other wrong snippet of these classes), then snippets typed right up to a quota weighted by the
class's size (Armed clash 12, Attack 12, Violent demonstration 10, Arrests 9, Peaceful protest 8, Abduction 7;
Change to group 4, Looting 4, Protest with intervention 3 and Excessive force 1: all that was left; Other and
Non-violent transfer have none left): 70 snippets, 68 typed right, 2 wrong (the asked 2/3 typed right could not be
kept: the wrong ones are spent). Each row is a paraphrase in our own words: new names, places, numbers and dates,
another syntax (passive for active, a headline, a nominalised act "the killing of", clauses in another order, a
synonym verb: "rounded up" for "arrested", "snatched" for "abducted", "plundered", "ransacked" for "looted",
« interpeller » for « arrêter »), 35 of the 70 in French (50%), keeping the snippet's gold ACLED label (the CASE
annotators' reading). No dev text is kept. Each row records the dev snippet's id and whether bilan typed that snippet
right at the branch's start: a paraphrase of a snippet typed RIGHT that comes out wrong marks a brittle rule.

Rows committed (1a6f04da) before any run. First run (at 5fc1a12b's code): 59/70 right; of the 68 paraphrases of
snippets typed right, 58 right (85%): 10 brittle rows (15%; rounds 1 and 2 found 19% and 15%). Mended by general
rules (paraphrases of right-typed snippets 65/68 right, 96%; all 66/70; CASE dev snippets unchanged):
- an act named as the charge an arrest is made on is what they are charged with, no act of the report, as an act
  behind "for" is (events._charge_governor in _drop_reasons; CHARGE_NOUNS, CHARGE_PREPOSITIONS, COMPLEMENT_PREPS):
  "were rounded up ... on charges of sabotage", "on sabotage charges", « sous l'accusation de sabotage »;
- a gathering noun whose modifier opposes what it names by a prefix is a protest (actors OPPOSED_PREFIXES "anti", FR
  « anti »; events._against_by_prefix under needs_protest_context): "Anti-corruption marches drew thousands";
- a movement named by its garment is a protest crowd (PROTEST_CROWDS "vests", FR « gilets »): « si certains gilets
  jaunes ont défilé dans le calme, d'autres se sont heurtés aux forces de l'ordre et ont pillé des magasins »;
- a present participle with no subject of its own takes the subject of the verb it hangs on as who marched
  (events._crowd_marches): « ont scandé des slogans et brandi des pancartes en défilant »;
- fighters who lay down their arms change their activity in French as in English (« déposer les armes »: Change
  to group/activity, as "lay down their arms"; a surrender to the forces, « se rendre », stays an agreement): « ont
  fait défection ... et rejoint l'armée syrienne après avoir déposé les armes »;
- one whom his own clause puts in the protest and who fires is a protester, no force used on them
  (events._lethal_force): « Un homme qui s'agitait lors d'une manifestation ... a ouvert le feu »;
- a building named by two words is a civilian building (events._target_among reads the word before the noun;
  CIVILIAN_BUILDINGS and CONTEXT_WORDS "property" "stock exchange", FR « bourse »): "Gunmen stormed the stock
  exchange ...; police said three of the attackers were killed";
- "infighting" (FR « luttes intestines ») is a fight when an armed side is told (needs_armed_actor).
Left (strict xfail, each with its reason): 3 brittle rows and 1 row whose dev snippet is typed wrong too.

Class errors of rounds 1-2 (their strict-xfail rows whose dev snippet is typed wrong too), grouped by confusion:
excessive force read as an intervention (tear gas, rubber bullets, a beating: 644, 269, 745, 534), a violent
demonstration read as excessive force (protesters shot dead: 696, 124), a chemical weapon read as shelling (the gas
only suspected: 307, 663), an armed clash read as shelling or a suicide bomb (the weapon types the lead: 107, 335,
803), and single rows. One class mended, by a rule that also moves its dev snippets right and loses none:
- what known munitions held, named in a clause a word of suspicion governs, types the firing: the firing is real,
  only its load is in doubt (events._suspected_load; MUNITION_NOUNS, DOER_DOUBT_WORDS, KNOWN_NOUN_DETERMINERS):
  "Residents suspect the shells contained poisonous gas", « les habitants soupçonnent que les obus contenaient du
  gaz toxique ». CASE dev snippets 307 and 663 Shelling -> Chemical weapon (both gold Chemical weapon), no other
  snippet moved (macro-F1 0.9037 -> 0.9063); the round-1 row of 307 and the round-2 row of 663 leave the xfails.
The others are conventions of ours the CASE gold reads otherwise (tear gas an intervention, protesters shot dead
excessive force) or need a parse of what the lead's weapon is; left.
"""

from __future__ import annotations

import pytest
from extracting import ABD, AGR, ARR, ATT, CHE, CHG, CLA, EXF, INT, LOO, PEA, REM, VIO, lead_type

NONE = "NONE"

# (paraphrase, gold label of the dev snippet, dev snippet id, the dev snippet typed right at the branch's start)
EN = [
    # Abduction
    ("Fourteen Indonesian sailors have been kidnapped by gunmen in two separate incidents off the coast of Benin, "
     "and it is unclear whether the same gang of pirates seized all of them.", ABD, 683, True),
    ("A man was illegally snatched by security forces from the port city of Mukalla in a neighbouring province, the "
     "first such incident, a report said; the law allows no security force to carry out arrests outside its own "
     "province.", ABD, 80, True),
    ("Three Thai nurses abducted on highway between Basra and Nasiriyah, Bangkok confirms", ABD, 946, True),
    # Armed clash
    ("Scores of terrorists were killed or wounded by Syrian troops in several districts of Homs city, and the army "
     "also inflicted heavy losses on armed groups elsewhere in the country.", CLA, 960, True),
    ("Fresh fighting erupted today in Garowe district between Puntland troops and al-Shabab militants after the troops "
     "assaulted militants holding the village of Dhahar; at least five militants were killed, officers said.", CLA,
     556, True),
    ("The Israeli army fired on Hezbollah gunmen who tried to sneak across the frontier near the Shebaa farms, the "
     "military said; up to three militants had crossed.", CLA, 992, True),
    ("Infighting broke out between Kurdish fighters and an SDF-affiliated brigade at a checkpoint near Manbij after "
     "one of the brigade's vehicles was blown up on the road to Tal Abyad, sources said.", CLA, 969, True),
    ("Al-Shabab fighters overnight assaulted a base of Jubbaland regional troops and the police station in Kismayo "
     "district, the group's radio said.", CLA, 378, True),
    ("Boko Haram fighters raided a village in Niger overnight, killing several people, in the group's first "
     "cross-border attack on that country.", CLA, 248, False),
    # Arrests
    ("Nearly 90 opposition activists were rounded up across four districts over the past day on charges of "
     "sabotage, police said.", ARR, 45, True),
    ("Those who organise or take part in the ongoing rallies continue to be held by the security service in "
     "Khartoum.", ARR, 187, True),
    ("Some 3,000 people have been arrested by police in about twenty cities across the country, many of them in "
     "Chicago, media reported.", ARR, 316, True),
    ("Rights groups have denounced the de facto house arrest of opposition figure Jean Mbarga, whose home has been "
     "ringed by riot police for ten days.", ARR, 728, True),
    ("Six opposition lawmakers, two reporters and some 30 others were detained and beaten by police and soldiers "
     "ahead of by-elections in the town of Gulu.", ARR, 349, True),
    # Attack
    ("Shooting attacks in and around the city of Irbid reportedly left six people dead, among them a German tourist "
     "and three police officers.", ATT, 23, True),
    ("Doctor shot dead by unidentified gunmen in northern Kunduz province", ATT, 394, True),
    ("Three police officers were killed when two gunmen stormed a hospital in Srinagar and freed a militant who had "
     "been brought there for treatment.", ATT, 722, True),
    ("The killing of at least 22 students at Herat University by three gunmen, who were later shot dead by security "
     "forces, was the second attack on a school in the city in a week, officials said.", ATT, 196, True),
    ("Bandits killed nine people in separate attacks on three villages of Zamfara State, police said on Friday.", ATT,
     967, True),
    ("Gunmen stormed the stock exchange in Lahore on Tuesday; police said three of the attackers were killed.", ATT,
     727, True),
    # Change to group/activity
    ("Troops have been deployed to Hebron in anticipation of further angry protests after Friday prayers against the "
     "US decision.", CHG, 891, True),
    ("Scores of former mujahideen and local uprising fighters have mobilised beside Afghan security forces in Bamiyan "
     "province to defend it against a possible Taliban assault.", CHG, 995, True),
    # Excessive force
    ("Police in Mozambique fired live rounds and tear gas and set dogs on a peaceful rally against the government in "
     "Maputo on Tuesday, killing one demonstrator, a rights group said.", EXF, 55, True),
    # Peaceful protest
    ("Students assembled at the campus union building and set off on a protest march towards the main gate.", PEA,
     104, True),
    ("Protesters have taken to the streets of Gulu, Lira and other towns in recent days to denounce the arrests and "
     "violence.", PEA, 1008, True),
    ("Anti-corruption marches drew thousands into the streets of Brno and Ostrava.", PEA, 368, True),
    ("Thousands of people, many of them pupils skipping school, joined peaceful marches across Tanzania, Rwanda and "
     "Zambia today to demand global action on climate change.", PEA, 865, True),
    # Looting/property destruction
    ("Most of the villagers' homes and belongings were plundered by Turkish-backed militants in the village of Kafr "
     "Nabu, a source said; even power cables were stolen and a school was damaged.", LOO, 12, True),
    ("Unrest spread to Soshanguve on Wednesday evening, where several shops were ransacked and some torched.", LOO,
     242, True),
    # Protest with intervention
    ("A peaceful but unauthorised rally in Hong Kong on Sunday in support of the Muslim community was cut short when "
     "police used pepper spray and tear gas to scatter the crowd.", INT, 134, True),
    # Violent demonstration
    ("Police fired tear gas on Saturday to break up Kurdish activists who had forced their way into the grounds of a "
     "council building in Utrecht; the protesters hurled bottles at officers and chanted slogans.", VIO, 959, True),
    ("Water cannon, tear gas and rubber bullets were fired by security forces into crowds of thousands of "
     "anti-government protesters in Basra on Friday, as demonstrations resumed.", VIO, 254, True),
    ("A march against the president turned into one of the worst outbreaks of violence in decades as police fired "
     "tear gas at opposition leaders and hundreds of protesters in Harare on Friday.", VIO, 568, True),
    ("Rioters fought running battles along the peace wall in north Belfast on Thursday as police struggled to shut a "
     "gate.", VIO, 152, True),
    ("Farmers across the country blocked highways and rail lines in a nationwide shutdown against the new farm laws, "
     "which they say leave them at the mercy of the market.", VIO, 871, True),
]

FR = [
    # Abduction
    ("Au moins six civils ont été enlevés puis exécutés dans la province de Ninive, en Irak, selon une organisation "
     "de défense des droits de l'homme ; des miliciens armés avaient enlevé 19 civils début octobre.", ABD, 200, True),
    ("Au lendemain de l'arrestation de centaines de manifestants opposés au président, le conseil de coordination de "
     "l'opposition a annoncé que deux de ses membres avaient été enlevés par des inconnus.", ABD, 858, True),
    ("Des inconnus ont enlevé sept militants du parti d'opposition dans la province du Nord la semaine dernière, "
     "affirme l'alliance, alors que les disparitions forcées se multiplient.", ABD, 388, True),
    ("Des agents en civil égyptiens ont enlevé une militante, Salma Hamdi, dans une rue d'Alexandrie ; un autre "
     "militant intercepté avec elle raconte qu'ils ont été emmenés chacun dans une voiture différente.", ABD, 154,
     True),
    # Armed clash
    ("Une cellule dormante de trois combattants de l'État islamique a attaqué dimanche une base de police à Qayyarah, "
     "à 40 km au sud de Mossoul, tuant au moins un policier, selon un porte-parole de la police.", CLA, 183, True),
    ("Au moins 18 membres des forces de sécurité afghanes, dont un haut responsable de la police, ont été tués lors "
     "d'attaques talibanes dans la province de Baghlan ; les insurgés ont pris d'assaut plusieurs postes de contrôle "
     "à minuit.", CLA, 258, True),
    ("Sept soldats maliens ont été tués et cinq sont portés disparus après une embuscade tendue par des islamistes "
     "contre une patrouille dans la région de Kidal, a indiqué l'armée lundi.", CLA, 365, True),
    ("Les rebelles du Mouvement de libération du Soudan affirment avoir tué des dizaines de soldats et de miliciens "
     "lors d'affrontements mercredi et vendredi au sud-est du Djebel Marra, et détruit trois véhicules de l'armée.",
     CLA, 851, True),
    ("Des dizaines de soldats de la coalition saoudienne ont été tués lors de violents combats avec les forces "
     "yéménites, qui les ont repoussés alors qu'ils tentaient de s'emparer d'une montagne dans la province de Jawf.",
     CLA, 123, True),
    ("Les combattants shebab ont attaqué le village de Burgabo, à la frontière kényane, visant les bases des milices "
     "du Jubaland ; après de brefs combats, les miliciens ont fui et les shebab ont pris le village.", CLA, 267,
     False),
    # Arrests
    ("L'armée nationale somalienne a capturé un haut commandant shebab à la tête de l'unité d'explosifs qui avait "
     "mené un tir de mortier sur la ville de Galkayo, selon la télévision d'État.", ARR, 724, True),
    ("Un chanteur célèbre recherché pour son soutien à l'opposition au coup d'État a été arrêté dimanche matin par la "
     "police, a dit son épouse.", ARR, 780, True),
    ("La police a arrêté un étudiant de 19 ans, Ratan Das, accusé d'avoir insulté la religion sur les réseaux "
     "sociaux.", ARR, 893, True),
    ("Les forces israéliennes ont interpellé 15 Palestiniens lors de raids nocturnes en Cisjordanie occupée, a "
     "annoncé l'armée mercredi.", ARR, 551, True),
    # Attack
    ("Des hommes armés non identifiés ont ouvert le feu sur un minibus civil près du village d'Afgooye, tuant au "
     "moins deux passagers sur le coup.", ATT, 672, True),
    ("Les shebab ont annoncé jeudi avoir exécuté deux jeunes hommes pour homosexualité.", ATT, 797, True),
    ("Des dizaines d'hommes armés sont arrivés à moto jeudi dernier et ont ouvert le feu, faisant fuir les habitants "
     "terrorisés du village de Ngamdu.", ATT, 222, True),
    ("Un groupe de terroristes armés a fait irruption dans le village de Tongo, dans la province du Soum, et s'en est "
     "pris à la population locale.", ATT, 613, True),
    ("Des hommes armés ont attaqué un hôtel prisé des étrangers dans la ville balnéaire de Sassandra, en Côte "
     "d'Ivoire ; des morts sont signalés.", ATT, 822, True),
    ("Au moins deux tireurs ont ouvert le feu dans une mosquée de Dunedin, selon des témoins.", ATT, 320, True),
    # Change to group/activity
    ("La Turquie continue d'envoyer des renforts vers ses postes d'observation dans la province d'Idleb : des chars "
     "et des véhicules blindés ont été acheminés mardi.", CHG, 914, True),
    ("Plus de 30 combattants des FDS ont fait défection à Raqqa et rejoint l'armée syrienne après avoir déposé les "
     "armes.", CHG, 629, True),
    # Peaceful protest
    ("Des militants, certains vêtus de noir, se sont assis par terre dans le hall des arrivées de l'aéroport et ont "
     "brandi des pancartes dénonçant les violences policières, dernière d'une série de manifestations.", PEA, 8,
     True),
    ("Des dizaines de manifestants se sont rassemblés dimanche dans plusieurs villes pour réclamer la libération des "
     "personnes arrêtées lors d'un grand rassemblement à Minsk.", PEA, 121, True),
    ("Des dizaines d'étudiants et d'enseignants ont scandé des slogans et brandi des pancartes en défilant autour du "
     "bâtiment de l'université.", PEA, 322, True),
    ("Une quinzaine de manifestants ont marché mardi après-midi de l'université jusqu'au parc du centre-ville pour "
     "réclamer justice dans les affaires de trois jeunes hommes noirs.", PEA, 930, True),
    # Looting/property destruction
    ("Plusieurs commerces tenus par des étrangers ont été pillés dans les townships de Soweto et d'Alexandra, au "
     "Gauteng.", LOO, 389, True),
    ("Aucune arrestation n'a eu lieu après les violences xénophobes de lundi soir à Durban, où une trentaine de "
     "magasins appartenant à des étrangers ont été pillés.", LOO, 945, True),
    # Protest with intervention
    ("La police a réprimé une marche pacifique de la coalition d'opposition à Bukavu ; les manifestants protestaient "
     "contre la nomination du président de la commission électorale.", INT, 574, True),
    ("La police a fait usage de canons à eau jeudi pour disperser des militants du parti qui manifestaient devant le "
     "siège de la mairie contre la hausse des cas de dengue.", INT, 961, True),
    # Violent demonstration
    ("La capitale chilienne a connu ses pires violences depuis des semaines : des manifestants lanceurs de pierres se "
     "sont affrontés à la police dans plusieurs quartiers.", VIO, 109, True),
    ("Des étudiants se sont livrés à des émeutes sur le campus lundi après que la police a abattu un étudiant armé "
     "d'un petit couteau.", VIO, 108, True),
    ("Un homme qui s'agitait lors d'une manifestation contre une statue a ouvert le feu alors que des manifestants "
     "tentaient de l'empêcher de partir ; plus tôt, un petit groupe avait tenté de déboulonner la statue avant que "
     "la police n'utilise des canons à eau.", VIO, 686, True),
    ("Les violences sont revenues dans les rues de Lyon : si certains gilets jaunes ont défilé dans le calme, "
     "d'autres se sont heurtés aux forces de l'ordre et ont pillé des magasins.", VIO, 689, True),
    ("Pour la deuxième nuit consécutive, des militants altermondialistes ont affronté la police à Hambourg, où se "
     "tient le sommet du G20, érigeant des barricades, pillant des supermarchés et attaquant les policiers à la "
     "fronde et aux cocktails Molotov.", VIO, 940, True),
]

# rows left failing, each with its reason (strict xfail)
XFAIL: dict[str, str] = {
    "Infighting broke out between Kurdish fighters and an SDF-affiliated brigade at a checkpoint near Manbij after "
    "one of the brigade's vehicles was blown up on the road to Tal Abyad, sources said.":
        "brittle: the blast told in the clause of what the fight came after is read as the fight's weapon "
        "(case2021.classify takes a later weapon for a lead clash); a clause of time is not dropped as a noun is",
    "Those who organise or take part in the ongoing rallies continue to be held by the security service in "
    "Khartoum.":
        "brittle: « hold » is no arrest verb (held a rally, held talks); nothing general tells a person held",
    "Water cannon, tear gas and rubber bullets were fired by security forces into crowds of thousands of "
    "anti-government protesters in Basra on Friday, as demonstrations resumed.":
        "the paraphrase left out the violence the snippet's second sentence names; read alone, crowd-control "
        "means fired on protesters are a protest with intervention under our conventions",
    "Les combattants shebab ont attaqué le village de Burgabo, à la frontière kényane, visant les bases des milices "
    "du Jubaland ; après de brefs combats, les miliciens ont fui et les shebab ont pris le village.":
        "class: the village taken after the fight reads a non-state taking; the gold reads the clash",
}

# controls written while mending: what the new rules must do and leave alone
CONTROLS: list[tuple[str, str, str]] = [
    # an act named as the charge an arrest is made on is no act of its own (events._charge_governor)
    ("Police arrested 40 activists on charges of sabotage in Dhaka.", "en", ARR),
    ("Police arrested 40 activists on sabotage charges in Dhaka.", "en", ARR),
    ("La police a arrêté 40 militants sous l'accusation de sabotage à Dacca.", "fr", ARR),
    ("Rebels sabotaged a pipeline near the border.", "en", LOO),
    # infighting is a fight when an armed side is told
    ("Infighting broke out between two rebel factions near Goma.", "en", CLA),
    ("Des luttes intestines ont éclaté entre deux factions rebelles près de Goma.", "fr", CLA),
    ("Infighting within the ruling party has delayed the budget.", "en", NONE),
    # a building named by two words (events._target_among)
    ("Gunmen stormed the stock exchange in Lahore.", "en", ATT),
    ("Des hommes armés ont attaqué la Bourse de Karachi ; trois des assaillants ont été tués.", "fr", ATT),
    # a gathering set against what it names by a prefix (events._against_by_prefix); a mine's prefix is no protest
    ("Anti-government rallies drew thousands into the streets of Sofia.", "en", PEA),
    ("Des marches anti-corruption ont eu lieu à Brno.", "fr", PEA),
    ("An anti-tank mine exploded on the road.", "en", REM),
    # a movement named by its garment marches as a crowd
    ("Des gilets jaunes ont défilé à Lyon samedi.", "fr", PEA),
    ("Yellow vests marched in Lyon on Saturday.", "en", PEA),
    # a present participle with no subject: who marched is the subject of its verb (events._crowd_marches)
    ("Des étudiants ont scandé des slogans en défilant dans le centre de Rennes.", "fr", PEA),
    ("Des soldats ont tiré en l'air en défilant dans la ville.", "fr", NONE),
    # fighters who lay down their arms change their activity; who surrender to the forces make an agreement
    ("Une quarantaine de combattants ont déposé les armes à Kidal.", "fr", CHG),
    ("Plus de cent combattants ont déposé les armes et se sont rendus aux forces armées à Diffa.", "fr", AGR),
    # one whose own clause puts him in the protest fires as a protester (events._lethal_force); the police fire on it
    ("A man who had joined the protest opened fire on police, wounding two officers.", "en", VIO),
    ("Police opened fire on the protest march, killing two demonstrators.", "en", EXF),
    # what known munitions held, in a clause of suspicion, types the firing (events._suspected_load); a substance
    # suspected elsewhere is no attack
    ("Some 40 people were treated for breathing difficulties in Homs after rebels fired shells into two districts "
     "of the city. Residents suspect the shells contained poisonous gas.", "en", CHE),
    ("Une quarantaine de personnes ont été soignées pour des difficultés respiratoires après que des rebelles ont "
     "tiré des obus sur deux quartiers de la ville. Les habitants soupçonnent que les obus contenaient du chlore.",
     "fr", CHE),
    ("Police suspect the cartel stored chlorine in the warehouse.", "en", NONE),
]


def _params(rows, lang):
    return [pytest.param(text, lang, expected, id=f"{lang}-{dev_id}-{text[:40]}",
                         marks=[pytest.mark.xfail(strict=True, reason=XFAIL[text])] if text in XFAIL else [])
            for text, expected, dev_id, _ in rows]


@pytest.mark.parametrize("text,lang,expected", _params(EN, "en") + _params(FR, "fr"))
def test_paraphrase_dev_style3(text, lang, expected):
    assert lead_type(text, lang, None) == expected


@pytest.mark.parametrize("text,lang,expected", [pytest.param(t, lg, e, id=f"control-{lg}-{t[:40]}")
                                                 for t, lg, e in CONTROLS])
def test_paraphrase_dev_style3_control(text, lang, expected):
    assert lead_type(text, lang, None) == expected


def test_every_xfail_names_a_row():
    texts = {t for t, *_ in EN + FR}
    assert set(XFAIL) <= texts


def test_one_paraphrase_per_dev_snippet_none_from_rounds_one_two():
    import test_event_paraphrase_dev_style as round1
    import test_event_paraphrase_dev_style2 as round2
    ids = [i for _, _, i, _ in EN + FR]
    assert len(ids) == len(set(ids)) == 70
    assert not set(ids) & {i for _, _, i, _ in round1.EN + round1.FR + round2.EN + round2.FR}
