"""Which figures make an incident's toll: no things, no kidnapped, no tallies, no rates (FR and EN)."""

import datetime as dt

import extracting
import pytest

PUBLISHED = dt.date(1990, 3, 5)


def incidents(text: str, lang: str):
    return extracting.incidents(text, lang, PUBLISHED)


def single(rng):
    return None if rng is None else (rng.low, rng.best, rng.high)


@pytest.mark.parametrize("text,lang,n", [
    ("Rebels attacked three villages yesterday, leaving 12 peasants dead and 4 bridges destroyed.", "en", 12),
    ("Des rebelles ont attaqué le village hier, faisant 12 morts et détruisant 3 ponts.", "fr", 12),
])
def test_things_destroyed_are_not_counted_with_the_dead(text, lang, n):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (n, n, n)


def test_the_kidnapped_are_not_counted_with_the_dead():
    text = "On Monday guerrillas killed 14 peasants and kidnapped 20 near the town of Tame."
    (inc,) = [i for i in incidents(text, "en") if i.fatalities is not None]
    assert single(inc.fatalities) == (14, 14, 14)


def test_the_ambushed_are_not_all_dead():
    text = "Rebels yesterday ambushed 30 soldiers near the border, killing four."
    (inc,) = [i for i in incidents(text, "en") if i.fatalities is not None]
    assert single(inc.fatalities) == (4, 4, 4)


@pytest.mark.parametrize("text,lang,n", [
    ("With the murder of three more teachers on Sunday, a total of nine teachers have been murdered "
     "this month in the province.", "en", 3),
    ("Trois enseignants ont été tués dimanche dans la province, soit au total neuf enseignants tués "
     "ce mois-ci.", "fr", 3),
])
def test_a_total_is_never_added_to_the_act_s_own_figure(text, lang, n):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (n, n, n)


def test_a_total_alone_is_the_toll():
    text = "A total of seven people were killed when a bomb exploded in a market in Cuzco on Sunday."
    (inc,) = [i for i in incidents(text, "en") if i.fatalities is not None]
    assert single(inc.fatalities) == (7, 7, 7)


@pytest.mark.parametrize("text,lang", [
    ("A car bomb exploded outside the courthouse in Cali on Monday, killing two guards. "
     "The violence has claimed the lives of 15 people per day in the region, the bishop said.", "en"),
    ("Une voiture piégée a explosé devant le tribunal de Cali lundi, tuant deux gardes. "
     "La violence fait 15 morts par jour dans la région, a déclaré l'évêque.", "fr"),
])
def test_a_rate_told_after_an_incident_is_not_its_toll(text, lang):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (2, 2, 2)


@pytest.mark.parametrize("text,lang", [
    # later in a story, a person killed who is named by name for the first time is one dead (MUC-4
    # slots 21/23: a named target with its effect); a name said again refers back
    ("Gunmen killed two peasants in Cali on Monday. On Tuesday, Pedro Ruiz Diaz was assassinated in Medellin.", "en"),
    ("Des hommes armés ont tué deux paysans à Cali lundi. Mardi, des inconnus ont assassiné Pedro Ruiz Diaz, "
     "un juge, à Medellin.", "fr"),
])
def test_a_person_named_later_as_killed_is_one_dead(text, lang):
    tolls = sorted(single(i.fatalities) for i in incidents(text, lang) if i.fatalities is not None)
    assert tolls == [(1, 1, 1), (2, 2, 2)], tolls


@pytest.mark.parametrize("text,lang,toll", [
    ("Gunmen murdered Rosa Gonzalez Medrano, a professor, in Santa Ana. Gonzalez Medrano was killed on the "
     "night of 16 December.", "en", 1),
    ("Des hommes armés ont assassiné Pedro Ruiz Diaz, un enseignant, à Santa Ana. Ruiz Diaz a été "
     "tué dans la nuit du 16 décembre.", "fr", 1),
    # a massacre later in a story says no figure, even of a named family
    ("Gunmen killed two peasants in Cali on Monday. The army blamed the rebels for the massacre of Pedro Ruiz "
     "Diaz and his family.", "en", 2),
])
def test_a_name_said_again_is_not_another_dead(text, lang, toll):
    tolls = [single(i.fatalities) for i in incidents(text, lang) if i.fatalities is not None]
    assert tolls == [(toll, toll, toll)], tolls


@pytest.mark.parametrize("text,lang", [
    # a result said of the object ("to death", "dead", "à mort"): the subject's figure counts who did
    # it; the object is the one dead
    ("Four masked individuals stabbed the deputy prefect to death in Pisco on Monday.", "en"),
    ("Three gunmen beat a teacher to death in Cali on Monday.", "en"),
    ("Two gunmen shot a teacher dead in Cali on Monday.", "en"),
    ("Quatre individus masqués ont poignardé à mort le sous-préfet à Pisco lundi.", "fr"),
    ("Trois hommes armés ont battu à mort un enseignant à Cali lundi.", "fr"),
])
def test_the_doers_of_a_killing_told_by_its_result_are_not_dead(text, lang):
    tolls = [single(i.fatalities) for i in incidents(text, lang) if i.fatalities is not None]
    assert tolls == [(1, 1, 1)], tolls


@pytest.mark.parametrize("text,lang", [
    ("A bomb blew up a police post in Medellin on Monday but failed to injure its five occupants.", "en"),
    ("A bomb destroyed a police post in Medellin on Monday without injuring its five occupants.", "en"),
    ("Une bombe a détruit un poste de police à Medellin lundi sans blesser ses cinq occupants.", "fr"),
])
def test_people_a_blast_did_not_injure_are_not_injured(text, lang):
    assert not any(i.injured for i in incidents(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("A bomb blew up a police post in Medellin on Monday and injured its five occupants.", "en"),
    ("Une bombe a détruit un poste de police à Medellin lundi et blessé ses cinq occupants.", "fr"),
])
def test_people_a_blast_injured_are_injured(text, lang):
    assert [single(i.injured) for i in incidents(text, lang) if i.injured] == [(5, 5, 5)]


@pytest.mark.parametrize("text,lang", [
    # the fighters killed beside an abduction are the dead of that fight, not of the people it took
    ("Calm returned after the death of six soldiers in rebel attacks in Antioquia and the kidnapping of a mayor "
     "in Cauca.", "en"),
    ("Le calme est revenu après la mort de six soldats dans des attaques rebelles à Antioquia et l'enlèvement "
     "d'un maire dans le Cauca.", "fr"),
])
def test_the_fighters_dead_are_not_on_an_abduction_of_others(text, lang):
    incs = incidents(text, lang)
    assert incs and not any(i.fatalities for i in incs if i.sub_event_type == "Abduction/forced disappearance")


@pytest.mark.parametrize("text,lang", [
    ("Rebels kidnapped and killed two engineers in Cauca on Monday.", "en"),
    ("Des rebelles ont enlevé et tué deux ingénieurs dans le Cauca lundi.", "fr"),
])
def test_the_abducted_killed_are_the_abduction_s_dead(text, lang):
    assert [single(i.fatalities) for i in incidents(text, lang) if i.fatalities] == [(2, 2, 2)]


@pytest.mark.parametrize("text,lang,toll", [
    # the word after the figure only modifies an event noun: the figure counts acts, not people; the
    # person a relative clause of killing is said of is the one dead
    ("Police arrested 150 people in a dragnet aimed at the assassins of former defense minister Enrique Lopez, "
     "who was murdered in a terrorist attack yesterday.", "en", 1),
    ("Police are searching for the assassins of former minister Enrique Lopez, who was killed yesterday in Lima.",
     "en", 1),
    ("The paramilitary squads are accused of hundreds of individual murders against political leaders.", "en", None),
    ("Rebels killed a man in a terrorist attack on a police post in Lima yesterday.", "en", 1),
    # French puts the adjective after the event noun: no figure of people either
    ("Des rebelles ont mené une attaque terroriste contre un poste de police à Lima hier.", "fr", None),
    # a participle after the counted people is no event noun: they are the dead
    ("Centrafrique : 4 jeunes commerçants tués près de Bangui", "fr", 4),
])
def test_a_figure_of_acts_is_no_toll(text, lang, toll):
    tolls = [single(i.fatalities) for i in incidents(text, lang) if i.fatalities is not None]
    assert tolls == ([] if toll is None else [(toll, toll, toll)]), tolls


@pytest.mark.parametrize("text,lang,n", [
    ("Gunmen stopped two teachers on the road near Cali on Monday and killed them.", "en", 2),
    ("Des hommes armés ont arrêté deux enseignants sur la route lundi et les ont tués.", "fr", 2),
])
def test_a_pronoun_killed_counts_the_people_it_stands_for(text, lang, n):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (n, n, n)


@pytest.mark.parametrize("text,lang", [
    ("Gunmen stopped some teachers on the road near Cali on Monday and killed them.", "en"),
    ("Des hommes armés ont arrêté des enseignants sur la route lundi et les ont tués.", "fr"),
])
def test_a_pronoun_for_people_not_counted_gives_no_exact_toll(text, lang):
    for inc in incidents(text, lang):
        assert inc.fatalities is None or inc.fatalities.basis != "exact"


@pytest.mark.parametrize("text,lang", [
    ("Gunmen killed Dolores in the town of Cali on Monday night, police said.", "en"),
    ("Rosa a été tuée par des hommes armés dans la ville de Cali lundi soir.", "fr"),
    ("Des hommes armés ont tué Rosa, une enseignante, à Cali lundi soir.", "fr"),
])
def test_a_first_name_read_as_a_plural_is_one_person(text, lang):
    # the tagger may read "Rosa" or "Dolores" as a plural noun: a name is one person, not "a few"
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (1, 1, 1)


@pytest.mark.parametrize("text,lang", [
    ("Gunmen killed villagers near Cali on Monday night, police said.", "en"),
    ("Des hommes armés ont tué des villageois près de Cali lundi soir.", "fr"),
])
def test_a_bare_plural_of_people_killed_is_still_a_few(text, lang):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert inc.fatalities.basis == "vague:few"


def test_a_capitalised_plural_noun_is_no_name():
    text = "Rebels ambushed a patrol near the base and killed Marines on Monday, officials said."
    for inc in incidents(text, "en"):
        assert inc.fatalities is None or inc.fatalities.best != 1


@pytest.mark.parametrize("text,lang,n", [
    ("A bomb exploded near a police station in Lima on Monday. Among those injured, an officer and two NCOs.", "en", 3),
    ("Une bombe a explosé près d'un commissariat à Lima lundi. Parmi les blessés, un officier et deux sous-officiers.",
     "fr", 3),
    # the breakdown after a total is part of it: the total stands
    ("A bomb exploded near a police station in Lima on Monday. Five people were injured, an officer and two NCOs.",
     "en", 5),
    ("Une bombe a explosé près d'un commissariat à Lima lundi. Cinq personnes ont été blessées, un officier et deux "
     "sous-officiers.", "fr", 5),
])
def test_an_injury_breakdown_adds_up(text, lang, n):
    (inc,) = [i for i in incidents(text, lang) if i.injured is not None]
    assert single(inc.injured) == (n, n, n)


@pytest.mark.parametrize("text,lang", [
    # the possessor of a word of death is the one who died, as the "of" complement is ("the murder
    # of judge Carlos Ruiz", "la mort de Maria Lopez")
    ("Judge Carlos Ruiz's murder by gunmen in Cali on Monday shocked the country.", "en"),
    ("The police reported Maria Lopez's death in a bomb attack against the union office in Cali on Monday.", "en"),
    ("Rebels attacked a police post in Cali on Monday. Judge Carlos Ruiz's murder in Medellin on Tuesday "
     "shocked the country.", "en"),
    ("L'assassinat du juge Carlos Ruiz par des hommes armés lundi à Cali a choqué le pays.", "fr"),
    ("La police a signalé la mort de Maria Lopez dans un attentat à la bombe contre le siège du syndicat "
     "à Cali lundi.", "fr"),
])
def test_the_possessor_of_a_death_is_one_dead(text, lang):
    tolls = [single(i.fatalities) for i in incidents(text, lang) if i.fatalities is not None]
    assert tolls == [(1, 1, 1)], tolls


@pytest.mark.parametrize("text,lang", [
    # a possessive pronoun refers back to a person already told; a kidnapping kills no one
    ("Gunmen shot Carlos Ruiz in Cali on Monday. His death shocked the country.", "en"),
    ("Carlos Ruiz's kidnapping by gunmen in Cali on Monday shocked the country.", "en"),
    ("Des hommes armés ont blessé Carlos Ruiz à Cali lundi. Sa mort a choqué le pays.", "fr"),
])
def test_a_possessive_pronoun_or_a_kidnapping_is_no_dead(text, lang):
    assert [i.fatalities for i in incidents(text, lang) if i.fatalities is not None] == []


@pytest.mark.parametrize("text,lang,field,n", [
    # one person coordinated with a counted group adds one to its figure (the sum of the parts)
    ("Gunmen murdered a judge and two court employees in Cali on Monday.", "en", "fatalities", 3),
    ("The murder of a judge and of two court employees in Cali on Monday shocked the country.", "en", "fatalities", 3),
    ("Two court employees and a judge were killed by gunmen in Cali on Monday.", "en", "fatalities", 3),
    ("Gunmen killed the mayor and his two bodyguards in Cali on Monday.", "en", "fatalities", 3),
    ("A bomb wounded a judge and three court employees in Cali on Monday.", "en", "injured", 4),
    ("Des hommes armés ont tué un juge et deux employés du tribunal à Cali lundi.", "fr", "fatalities", 3),
    ("L'assassinat d'un juge et de deux employés du tribunal à Cali lundi a choqué le pays.", "fr", "fatalities", 3),
    ("Des hommes armés ont tué le maire et ses deux gardes du corps à Cali lundi.", "fr", "fatalities", 3),
    ("Une bombe a blessé un juge et trois employés du tribunal à Cali lundi.", "fr", "injured", 4),
    # no one coordinated: the figure alone (a complement, a plural with no figure, another act)
    ("Gunmen killed two bodyguards of the mayor in Cali on Monday.", "en", "fatalities", 2),
    ("Gunmen killed two soldiers and civilians in Cali on Monday.", "en", "fatalities", 2),
    ("Gunmen killed two peasants and wounded a judge in Cali on Monday.", "en", "fatalities", 2),
    ("Des hommes armés ont tué deux gardes du corps du maire et incendié une maison à Cali lundi.", "fr",
     "fatalities", 2),
])
def test_one_person_beside_a_counted_group_adds_one(text, lang, field, n):
    tolls = [single(getattr(i, field)) for i in incidents(text, lang) if getattr(i, field) is not None]
    assert tolls == [(n, n, n)], tolls


@pytest.mark.parametrize("text,lang,n", [
    # "casualties" / "pertes" take in the dead and the wounded together: never added to the dead,
    # whatever casualty word is near
    ("The army said it killed 11 guerrillas and sustained six casualties in Ilobasco on Monday.", "en", 11),
    ("A bomb killed two people and caused 20 casualties in Cali on Monday.", "en", 2),
    ("L'armée a tué 11 rebelles et subi six pertes à Ilobasco lundi.", "fr", 11),
    # the dead counted as such stay the toll
    ("The army said it killed 11 guerrillas and lost six soldiers in Ilobasco on Monday.", "en", 17),
    ("L'armée a tué 11 rebelles et perdu six soldats à Ilobasco lundi.", "fr", 17),
])
def test_casualties_are_not_the_dead(text, lang, n):
    tolls = [single(i.fatalities) for i in incidents(text, lang) if i.fatalities is not None]
    assert tolls == [(n, n, n)], tolls


@pytest.mark.parametrize("text,lang", [
    # a toll put down to a bare or indefinite plural of acts, whatever qualifies them, is violence
    # at large: a sum of many incidents, no toll of the act told before
    ("A bus fell into a ravine in Cusco after an act of sabotage on Monday. A total of 227 people were "
     "killed in urban violent acts.", "en"),
    ("Un bus est tombé dans un ravin à Cusco après un sabotage lundi. Au total, 227 personnes ont été "
     "tuées dans des actes violents urbains.", "fr"),
])
def test_a_toll_of_acts_at_large_is_no_incident_toll(text, lang):
    assert [single(i.fatalities) for i in incidents(text, lang) if i.fatalities is not None] == []


@pytest.mark.parametrize("text,lang", [
    # one act, or acts that are the subject of the killing, keep their toll
    ("Three people were killed in an act of sabotage in Medellin on Tuesday.", "en"),
    ("Terrorist acts killed three people in Medellin on Tuesday.", "en"),
    ("Trois personnes ont été tuées dans un acte de sabotage à Medellin mardi.", "fr"),
    ("Des actes terroristes ont tué trois personnes à Medellin mardi.", "fr"),
])
def test_one_act_keeps_its_toll(text, lang):
    assert [single(i.fatalities) for i in incidents(text, lang) if i.fatalities is not None] == [(3, 3, 3)]


@pytest.mark.parametrize("text,lang,n", [
    # the wounded named after the preposition of a noun of injury, on the noun or on the verb that
    # causes it, are counted as people named are (coordinated ones add up)
    ("Two bombs exploded in Bogota on Monday, causing minor injuries to a child and a security guard.", "en", 2),
    ("Deux bombes ont explosé à Bogota lundi, causant des blessures légères à un enfant et à une femme.", "fr", 2),
    ("Two bombs exploded in Bogota on Monday, causing minor injuries to a child.", "en", 1),
    ("Deux bombes ont explosé à Bogota lundi, causant des blessures légères à un enfant.", "fr", 1),
])
def test_injuries_to_named_people_count_them(text, lang, n):
    tolls = [single(i.injured) for i in incidents(text, lang) if i.injured is not None]
    assert tolls == [(n, n, n)], tolls


@pytest.mark.parametrize("text,lang", [
    ("Two bombs exploded in Bogota on Monday, causing minor damage to a bank and a shop.", "en"),
    ("Deux bombes ont explosé à Bogota lundi, causant des dégâts à une banque et à un magasin.", "fr"),
])
def test_damage_to_things_is_no_wounded(text, lang):
    assert [i.injured for i in incidents(text, lang) if i.injured is not None] == []


@pytest.mark.parametrize("text,lang,n", [
    ("A lieutenant and five civilians who were walking past the old barracks at the time were injured by the blast.", "en", 6),
    ("A LIEUTENANT AND FIVE CIVILIANS WHO WERE PASSING THROUGH THE AREA AT THE TIME WERE INJURED BY THE BLAST.", "en", 6),
    ("Un lieutenant et cinq civils qui traversaient alors le grand marché central de la ville ont été blessés par l'explosion.", "fr", 6),
])
def test_a_figure_in_a_coordinated_subject_counts_across_a_long_relative_clause(text, lang, n):
    (inc,) = [i for i in incidents(text, lang) if i.injured is not None]
    assert single(inc.injured) == (n, n, n)


def test_coordinated_killers_are_not_counted_with_the_dead():
    text = "A lieutenant and five soldiers who were patrolling the town killed two rebels on Monday."
    (inc,) = [i for i in incidents(text, "en") if i.fatalities is not None]
    assert single(inc.fatalities) == (2, 2, 2)


@pytest.mark.parametrize("text,lang,n", [
    ("A trade union leader was killed on Monday along with nine other workers in a bomb explosion.", "en", 10),
    ("A TRADE UNION LEADER WAS KILLED ON MONDAY ALONG WITH NINE OTHER WORKERS IN A BOMB EXPLOSION.", "en", 10),
    ("Rebels killed the mayor together with two policemen near the town on Monday.", "en", 3),
    # a participle after its noun, which the parse of capitals may hang on the main verb
    ("THE MARCH WAS HELD IN MEMORY OF A TEACHER KILLED TWO WEEKS AGO ALONG WITH FOUR OTHER TEACHERS IN A BOMB ATTACK.",
     "en", 5),
    ("Un dirigeant syndical a été tué lundi avec neuf autres ouvriers dans l'explosion d'une bombe.", "fr", 10),
])
def test_the_victim_killed_along_with_a_counted_group_adds_to_it(text, lang, n):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (n, n, n)


def test_people_counted_along_with_the_killers_are_not_the_dead():
    text = "Three soldiers, along with two policemen, killed a rebel near the town on Monday."
    (inc,) = [i for i in incidents(text, "en") if i.fatalities is not None]
    assert single(inc.fatalities) == (1, 1, 1)


@pytest.mark.parametrize("text,lang,n", [
    ("THE STRIKE WAS DECLARED AS A RESULT OF THE MURDER OF A MEDELLIN JUDGE AND OF TWO COURT EMPLOYEES IN CALI.", "en", 3),
    ("The strike was declared as a result of the murder of a judge and of two court employees in Cali.", "en", 3),
    ("La grève a été déclarée à la suite du meurtre d'un juge et de deux employés du tribunal à Cali.", "fr", 3),
])
def test_a_repeated_preposition_the_parse_hangs_higher_still_joins_the_victims(text, lang, n):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (n, n, n)


@pytest.mark.parametrize("text,lang,dead,hurt", [
    # the figure, or the noun it counts, is the object or passive subject of its own clause's
    # casualty verb: that verb says what they suffered, not the nearest casualty word
    ("A car bomb killed four people and injured 11 others in Cali on Monday.", "en", 4, 11),
    ("THE BOMB KILLED ONE PERSON AND WOUNDED THREE OTHERS IN LIMA ON MONDAY.", "en", 1, 3),
    ("Six people died and 14 were hurt when a bomb exploded in Cali on Monday.", "en", 6, 14),
    ("Une bombe a tué quatre personnes et en a blessé 11 autres à Gao lundi.", "fr", 4, 11),
    ("Six personnes sont mortes et 14 ont été blessées dans l'explosion d'une bombe à Gao lundi.", "fr", 6, 14),
])
def test_the_verb_of_the_figure_s_own_clause_says_dead_or_hurt(text, lang, dead, hurt):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (dead, dead, dead)
    assert single(inc.injured) == (hurt, hurt, hurt)


@pytest.mark.parametrize("text,lang", [
    ("Gunmen stormed a school in Gao on Monday, killing three pupils and wounding 12 others, police said.", "en"),
    ("Des hommes armés ont attaqué une école à Gao lundi, tuant trois élèves et en blessant 12 autres.", "fr"),
])
def test_others_hit_are_not_of_the_doer_named_before(text, lang):
    incs = [i for i in incidents(text, lang) if i.injured is not None]
    assert [i.sub_event_type for i in incs] == ["Attack"] and single(incs[0].injured) == (12, 12, 12)


@pytest.mark.parametrize("text,lang,n", [
    # killing verbs that say a death are death words of the toll too
    ("Five peasants were slaughtered by gunmen near Cali on Monday.", "en", 5),
    ("THREE TEACHERS WERE GUNNED DOWN NEAR CALI ON MONDAY.", "en", 3),
    ("Cinq paysans ont été massacrés par des hommes armés près de Gao lundi.", "fr", 5),
    ("Trois enseignants ont été abattus près de Gao lundi.", "fr", 3),
])
def test_a_killing_verb_counts_its_dead(text, lang, n):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (n, n, n)


@pytest.mark.parametrize("text,lang,n", [
    # "a" counts its noun already: one person, not one plus one
    # passes since "nurse" is a person noun (events_en PERSON_NOUNS): "a nurse" is counted one
    ("Gunmen killed a nurse and her three daughters near Cali on Monday.", "en", 4),
    ("Gunmen killed a nurse and her three children near Cali on Monday.", "en", 4),
    ("A MINE KILLED A FARMER AND TWO OF HIS NEIGHBOURS NEAR LIMA ON MONDAY.", "en", 3),
    ("Des hommes armés ont tué une infirmière et ses trois filles près de Gao lundi.", "fr", 4),
])
def test_a_person_counted_by_its_article_is_not_added_twice(text, lang, n):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (n, n, n)


@pytest.mark.parametrize("text,lang,n", [
    # one person kidnapped by an article ("a farmer") is not dead because a killing verb is near
    ("Gunmen killed two teachers and kidnapped a farmer near Cali on Monday.", "en", 2),
    ("GUERRILLAS KILLED A TEACHER AND KIDNAPPED A NURSE NEAR LIMA ON MONDAY.", "en", 1),
    ("Des hommes armés ont tué deux enseignants et enlevé un paysan près de Gao lundi.", "fr", 2),
])
def test_one_person_kidnapped_beside_a_killing_is_not_dead(text, lang, n):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (n, n, n)


@pytest.mark.parametrize("text,lang", [
    # the one subject of a dying verb is one dead, as the one object of a killing verb is
    ("A judge died of his wounds after the attack on his car in Cali on Monday.", "en"),
    ("A TEACHER WOUNDED IN THE BOMBING OF THE MARKET IN LIMA DIED IN HOSPITAL ON MONDAY.", "en"),
    ("Un enseignant blessé dans l'attaque du marché de Gao est mort lundi à l'hôpital.", "fr"),
])
def test_one_person_who_died_of_an_attack_is_one_dead(text, lang):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (1, 1, 1)


@pytest.mark.parametrize("text,lang,n", [
    # who lost their lives died, whatever killing word is near: no doer of the massacre
    ("Twenty people lost their lives in the massacre near Cali on Monday.", "en", 20),
    ("NINE PEASANTS LOST THEIR LIVES IN THE MASSACRE AT EL RINCON ON MONDAY.", "en", 9),
    ("Vingt personnes ont perdu la vie dans le massacre de lundi près de Gao.", "fr", 20),
])
def test_who_lost_their_lives_are_the_dead(text, lang, n):
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (n, n, n)


@pytest.mark.parametrize("text,lang,n", [
    # a verb of violence with its result "to death" / "à mort" says the death: its subject, object
    # or passive subject is the dead
    ("Two farmers were shot to death near Cali on Monday.", "en", 2),
    ("Gunmen stabbed to death three traders in Cali on Monday.", "en", 3),
    ("FOUR PEASANTS WERE HACKED TO DEATH BY REBELS IN THE VILLAGE.", "en", 4),
    ("Deux paysans ont été poignardés à mort près de Gao lundi.", "fr", 2),
    ("Des hommes armés ont battu à mort trois commerçants près de Gao lundi.", "fr", 3),
])
def test_a_verb_with_its_result_to_death_says_the_dead(text, lang, n):
    tolls = [single(i.fatalities) for i in incidents(text, lang) if i.fatalities is not None]
    assert tolls == [(n, n, n)], tolls


@pytest.mark.parametrize("text,lang", [
    # "to death" after no verb of violence is no death of the people ("sentenced to death", a threat)
    ("Two farmers were sentenced to death in Cali on Monday.", "en"),
    ("Deux paysans ont été condamnés à mort à Gao lundi.", "fr"),
])
def test_a_sentence_to_death_is_no_toll(text, lang):
    assert all(i.fatalities is None for i in incidents(text, lang))


@pytest.mark.parametrize("text,lang,n", [
    # a clock time of the wire style keeps its leading zero after "about": no count of the dead
    ("AT APPROXIMATELY 0400 THIS MORNING, THREE MEN STABBED A JUDGE TO DEATH IN PISCO.", "en", 1),
    ("Vers environ 0400 ce matin, trois hommes ont poignardé à mort un juge à Pisco.", "fr", 1),
])
def test_a_clock_time_after_about_is_no_toll(text, lang, n):
    tolls = [single(i.fatalities) for i in incidents(text, lang) if i.fatalities is not None]
    assert tolls == [(n, n, n)], tolls


@pytest.mark.parametrize("text,lang,n", [
    # "more than 30" is the range above 30 (low 31) for bilan; MUC-4 writes the stated figure ("30-")
    ("More than 30 villagers were killed by gunmen near Cali on Monday.", "en", 30),
    ("Plus de 30 villageois ont été tués par des hommes armés près de Gao lundi.", "fr", 30),
])
def test_more_than_a_figure_is_the_range_above_it_and_the_figure_for_muc4(text, lang, n):
    from bilan.evaluate.muc4 import pred_slots
    (inc,) = [i for i in incidents(text, lang) if i.fatalities is not None]
    assert single(inc.fatalities) == (n + 1, n + 1, None)
    assert pred_slots(inc)["deaths"] == [n]


@pytest.mark.parametrize("text,lang,n", [
    # one person and another joined by "and his/her" ("et son/sa"), which the parse may make two
    # subjects of the verb: two dead
    ("The mayor and his daughter were killed by gunmen near Cali on Monday.", "en", 2),
    ("Le maire et sa fille ont été tués par des hommes armés près de Gao lundi.", "fr", 2),
    ("Un enseignant et son frère ont été tués par des hommes armés près de Gao lundi.", "fr", 2),
])
def test_one_person_and_his_relative_are_two_dead(text, lang, n):
    tolls = [single(i.fatalities) for i in incidents(text, lang) if i.fatalities is not None]
    assert tolls == [(n, n, n)], tolls


@pytest.mark.parametrize("text,lang,d,i", [
    # "a third" / "un troisième" after a count of people is one more of them
    ("Two guards were killed and a third was wounded in an attack on a farm near Cali.", "en", 2, 1),
    ("Deux gardes ont été tués et un troisième blessé dans l'attaque d'une ferme près de Gao.", "fr", 2, 1),
])
def test_a_third_is_one_more_person(text, lang, d, i):
    got = [(single(x.fatalities), single(x.injured)) for x in incidents(text, lang) if x.fatalities or x.injured]
    assert got == [((d, d, d), (i, i, i))], got


@pytest.mark.parametrize("text,lang", [
    ("Gunmen killed two guards; a third of the town was left without power.", "en"),
    ("Des hommes armés ont tué deux gardes ; un tiers de la ville est privé d'électricité.", "fr"),
])
def test_a_fraction_is_no_person(text, lang):
    got = [(single(x.fatalities), single(x.injured)) for x in incidents(text, lang) if x.fatalities or x.injured]
    assert got == [((2, 2, 2), None)], got
