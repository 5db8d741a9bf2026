"""Victims: the people an attack, a bombing or an abduction hit, as the text names them (FR and EN)."""

import pytest
from extracting import extract


def victims(text: str, lang: str) -> list[str]:
    doc, incs = extract(text, lang)
    for inc in incs:
        for a in inc.actors:
            ev = [e for e in inc.evidence if e.field == "actors" and e.text == a.mention]
            assert ev and all(doc.text[e.start:e.end] == e.text for e in ev)
    return [a.mention for i in incs for a in i.actors_in("victim")]


@pytest.mark.parametrize("text,lang,who", [
    ("Gunmen killed a judge in Medellin on Friday.", "en", "judge"),
    ("Six Jesuit priests were murdered in San Salvador on Thursday.", "en", "Jesuit priests"),
    ("Rebels kidnapped the mayor of a small town near Cali on Monday.", "en", "mayor"),
    ("GUNMEN KILLED A FORMER DEFENSE MINISTER IN LIMA ON FRIDAY.", "en", "DEFENSE MINISTER"),
    ("Des hommes armés ont tué un juge à Medellín vendredi.", "fr", "juge"),
    ("Des rebelles ont enlevé le maire d'une petite ville près de Cali lundi.", "fr", "maire"),
    ("Gunmen kidnapped two fishermen near Maracaibo on Monday.", "en", "fishermen"),
    ("Gunmen shot dead a scientist in Santa Cruz on Monday.", "en", "scientist"),
    ("Des hommes armés ont enlevé deux pêcheurs près de Mopti lundi.", "fr", "pêcheurs"),
    ("Des hommes armés ont abattu un technicien à Gao lundi.", "fr", "technicien"),
])
def test_the_people_hit_are_victims(text, lang, who):
    assert any(who in v for v in victims(text, lang)), victims(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("The mayor said gunmen attacked a police post near Cali on Monday.", "en"),   # the speaker
    ("Le maire a déclaré que des hommes armés ont attaqué un poste de police près de Cali lundi.", "fr"),
])
def test_a_speaker_is_not_a_victim(text, lang):
    assert not any("mayor" in v.lower() or "maire" in v.lower() for v in victims(text, lang))


def test_the_killer_is_not_a_victim():
    assert not any("businessman" in v for v in victims("A businessman shot two soldiers near Gao on Monday.", "en"))


@pytest.mark.parametrize("text,lang,who", [
    # a title before a long name is one noun phrase with it
    ("SALVADORAN SOCIAL DEMOCRATIC POLITICIAN HECTOR OQUELI COLINDRES WAS KIDNAPPED TODAY IN GUATEMALA CITY.",
     "en", "POLITICIAN"),
    ("Le maire Jean-Pierre Kassa Ngoyo Mbemba a été enlevé lundi à Bangui.", "fr", "maire"),
])
def test_a_title_before_a_long_name_is_a_victim(text, lang, who):
    assert any(who in v for v in victims(text, lang)), victims(text, lang)


def test_each_person_hit_keeps_its_description_across_mentions():
    text = ("Gunmen kidnapped a politician in Guatemala City on Friday. The gunmen also kidnapped the "
            "party leader who was travelling with him, the police said.")
    vs = victims(text, "en")
    assert any("politician" in v for v in vs) and any("leader" in v for v in vs), vs


@pytest.mark.parametrize("text,lang,doer,victim", [
    ("Two men shot the judge in Bogota on Monday.", "en", "Two men", "judge"),
    ("FOUR UNIDENTIFIED CIVILIANS CARRYING FIREARMS KIDNAPPED THE MAYOR OF EL CARMEN ON 8 DECEMBER.", "en",
     "FOUR UNIDENTIFIED CIVILIANS", "MAYOR"),
    ("Deux individus ont abattu le maire de Gao dimanche.", "fr", "Deux individus", "maire"),
])
def test_people_who_did_it_are_its_perpetrator_not_its_victims(text, lang, doer, victim):
    doc, incs = extract(text, lang)
    (inc,) = incs
    assert [a.mention for a in inc.actors if a.role == "actor1"] == [doer]
    victims = [a.mention for a in inc.actors if a.role == "victim"]
    assert victim in victims and doer not in victims and doer.split()[-1] not in victims


def test_who_killed_himself_is_no_perpetrator():
    doc, incs = extract("Another man killed himself in Bogota on Monday.", "en")
    assert not any(a.mention == "Another man" for i in incs for a in i.actors if a.role == "actor1")


@pytest.mark.parametrize("text,lang,who", [
    ("The governor's murder shocked Medellin on Monday.", "en", "governor"),
])
def test_whose_killing_it_was_is_its_victim(text, lang, who):
    doc, incs = extract(text, lang)
    assert who in [a.mention for i in incs for a in i.actors if a.role == "victim"]


def test_the_owner_of_an_attack_by_armed_men_is_no_victim():
    doc, incs = extract("The rebels' attack killed two villagers near Bria on Monday.", "en")
    assert not any(a.mention == "rebels" for i in incs for a in i.actors if a.role == "victim")


@pytest.mark.parametrize("text,lang,who", [
    ("A lawyer was kidnapped in Lima on Monday along with a union leader, who was also kidnapped.", "en", "union leader"),
    ("Two gunmen machinegunned a pedestrian and set off a car bomb in Lima on Monday.", "en", "pedestrian"),
    ("Un avocat a été enlevé lundi à Bamako avec un syndicaliste, qui a aussi été enlevé.", "fr", "syndicaliste"),
])
def test_the_people_another_act_of_the_sentence_hit_are_victims(text, lang, who):
    assert any(who in v for v in victims(text, lang)), victims(text, lang)


@pytest.mark.parametrize("text,lang,who", [
    # the victim noun, a long name the parse splits, the passive auxiliary, the verb
    ("IN CALI, BUSINESSMAN JUAN CARLOS PEREZ GOMEZ WAS SERIOUSLY WOUNDED BY A GUNSHOT ON MONDAY.", "en",
     "BUSINESSMAN"),
    ("À Gao, le maire Moussa Ag Ahmed a été blessé d'un coup de feu lundi.", "fr", "maire"),
])
def test_a_victim_named_before_a_passive_verb(text, lang, who):
    assert any(who in v for v in victims(text, lang)), victims(text, lang)


def test_the_person_whose_murder_it_was_is_its_victim():
    vs = victims("Carlos Pizarro's murder in Bogota on Monday shocked the country.", "en")
    assert any("Carlos Pizarro" in v for v in vs), vs
    vs = victims("The governor of Antioquia's murder in Medellin on Monday shocked the country.", "en")
    assert any("governor of Antioquia" in v for v in vs), vs


def test_the_group_whose_attack_it_was_is_no_victim():
    vs = victims("The FMLN's attack on the town hall of Usulutan killed two guards on Monday.", "en")
    assert not any("FMLN" in v for v in vs), vs


@pytest.mark.parametrize("text,lang,name", [
    ("A woman identified as Maria Lopez was wounded when a bomb exploded in Lima on Monday.", "en", "Maria Lopez"),
    ("A PEDESTRIAN, LATER IDENTIFIED AS MANUEL MENDOZA, WAS KILLED BY GUNMEN IN LIMA ON MONDAY.", "en",
     "MANUEL MENDOZA"),
    ("Une femme identifiée comme Maria Lopez a été blessée par l'explosion d'une bombe à Gao lundi.", "fr",
     "Maria Lopez"),
])
def test_the_name_a_victim_is_given_is_part_of_its_mention(text, lang, name):
    doc, incs = extract(text, lang)
    hit = [a for i in incs for a in i.actors if a.role == "victim" and name in a.mention]
    assert hit, [(a.role, a.mention) for i in incs for a in i.actors]
    ev = [e for i in incs for e in i.evidence if e.field == "actors" and name in e.text]
    assert ev and all(doc.text[e.start:e.end] == e.text for e in ev)



@pytest.mark.parametrize("text,lang,noun,named", [
    ("A pedestrian, later identified as Manuel Mendoza, was shot in Lima.", "en", "pedestrian", "Manuel Mendoza"),
    ("Un passant, identifié comme Manuel Mendoza, a été abattu à Lima.", "fr", "passant", "Manuel Mendoza"),
    ("Gunmen shot a pedestrian; identified as Manuel Mendoza, the driver fled.", "en", "pedestrian", None),
    ("Des hommes armés ont abattu un passant ; identifié comme Manuel Mendoza, le chauffeur a fui.", "fr", "passant",
     None),
])
def test_a_naming_phrase_names_the_noun_before_it_within_its_clause(text, lang, noun, named):
    # a full stop or a semicolon between the noun and the naming phrase ends the search
    from bilan import nlp
    from bilan.extract.victims import find_victim_mentions
    doc = nlp.parse(text, lang)
    (v,) = [v for v in find_victim_mentions(doc, lang) if noun in v.text.lower()]
    assert (named in v.text) if named else v.text.lower() == noun


# --- people named by their name alone (sentences written for these tests) ---------------------

import datetime as _dt  # noqa: E402

from extracting import incidents as _incidents  # noqa: E402


def _victims(text, lang):
    return [a.mention for i in _incidents(text, lang, _dt.date(2020, 3, 10)) for a in i.actors_in("victim")]


@pytest.mark.parametrize("text,lang,name", [
    # a full name that is what the violent verb was done to
    ("Gunmen murdered Pedro Gomez Arango in Cali on Monday.", "en", "Pedro Gomez Arango"),
    ("GUNMEN MURDERED PEDRO GOMEZ ARANGO IN CALI ON MONDAY.", "en", "PEDRO GOMEZ ARANGO"),
    ("Des hommes armés ont assassiné Pedro Gomez Arango à Cali lundi.", "fr", "Pedro Gomez Arango"),
])
def test_a_full_name_hit_by_the_verb_is_a_victim(text, lang, name):
    assert name in _victims(text, lang)


def test_who_the_wounded_are_in_the_next_sentence():
    text = "A bomb exploded in a market in Cali on Monday. The wounded are Maria Lopez and Pedro Gomez."
    assert {"Maria Lopez", "Pedro Gomez"} <= set(_victims(text, "en"))


@pytest.mark.parametrize("text,lang,who", [
    ("A bomb exploded outside a union office in the capital on Monday. Several persons were wounded and"
     " others died.", "en", ["persons", "others"]),
    ("Une bombe a explosé devant le siège d'un syndicat dans la capitale lundi. Plusieurs personnes ont été"
     " blessées et d'autres sont mortes.", "fr", ["personnes", "autres"]),
])
def test_persons_hit_in_the_next_sentence_are_the_victims_of_an_act_that_named_none(text, lang, who):
    assert victims(text, lang) == who


@pytest.mark.parametrize("text,lang,who", [
    ("GUNMEN KILLED SEVERAL PEASANTS IN MORAZAN ON MONDAY.", "en", ["PEASANTS"]),
    ("Des hommes armés ont tué de nombreux paysans près de Gao lundi.", "fr", ["paysans"]),
])
def test_a_vague_number_is_no_part_of_who_the_victims_are(text, lang, who):
    assert victims(text, lang) == who


@pytest.mark.parametrize("text,lang,who", [
    ("Gunmen murdered the justice of the peace of Aquira on Sunday.", "en", ["justice of the peace"]),
    ("Des hommes armés ont assassiné le juge de paix d'Aquira dimanche.", "fr", ["juge de paix"]),
])
def test_a_justice_of_the_peace_is_a_victim_by_office(text, lang, who):
    assert victims(text, lang) == who


@pytest.mark.parametrize("text,lang,who", [
    ("A bomb on a bridge killed nine civilians, including four employees of the civil registry office, near"
     " Peque on Sunday.", "en", "employees"),
    ("Une bombe sur un pont a tué neuf policiers et neuf civils, dont quatre employés de l'état civil, près"
     " de Peque dimanche.", "fr", "employés"),
])
def test_the_people_a_subset_phrase_picks_out_of_the_victims_are_victims(text, lang, who):
    assert who in victims(text, lang)


def test_persons_hit_in_the_next_sentence_add_nothing_to_the_victims_named():
    assert victims("A bomb killed a judge in a market in Cali on Monday. Two persons were wounded.", "en") == ["judge"]
    assert victims("Une bombe a tué un juge sur un marché de Cali lundi. Deux personnes ont été blessées.",
                   "fr") == ["juge"]


@pytest.mark.parametrize("text,lang,mention", [
    # the name of a person also named by office is that victim's mention, not a second victim
    ("GUNMEN KIDNAPPED ALBERTO CELIS SANCHEZ, MAYOR OF EL PENON, IN CALI ON MONDAY.", "en",
     "ALBERTO CELIS SANCHEZ, MAYOR"),
    ("Gunmen kidnapped the mayor, Alberto Celis Sanchez, in Cali on Monday.", "en", "mayor, Alberto Celis Sanchez"),
])
def test_a_name_after_an_office_is_one_victim(text, lang, mention):
    assert _victims(text, lang) == [mention]


def test_a_lone_name_in_a_fight_is_no_victim():
    # a name says nothing of the side a person was on: no civilian hit in a clash
    text = "Soldiers and rebels clashed near Cali on Monday. Rebels killed Pedro Gomez Arango in the fighting."
    incs = _incidents(text, "en", _dt.date(2020, 3, 10))
    assert not [a for i in incs if i.event_type == "Battles" for a in i.actors_in("victim")]


@pytest.mark.parametrize("text,lang,name,role", [
    # MUC-4 7.20: the title or role of a named target is its description, one target with its name:
    # a role in apposition to the name, its bare coordinated roles, an honorific between title and name
    ("Gunmen murdered Luis Perez Gomez, senator and Liberal Party presidential candidate, in Bogota yesterday.",
     "en", "Luis Perez Gomez", "candidate"),
    ("The government condemned the assassination of Pedro Ruiz Diaz, a senator, in Medellin.",
     "en", "Pedro Ruiz Diaz", "senator"),
    ("We condemn the vile murder of presidential candidate Dr. Bernardo Lopez.",
     "en", "Bernardo Lopez", "candidate"),
    ("Des hommes armés ont assassiné Luis Perez Gomez, sénateur et candidat présidentiel du Parti libéral, "
     "à Bogota hier.", "fr", "Luis Perez Gomez", "candidat"),
    ("Le gouvernement a condamné l'assassinat de Pedro Ruiz Diaz, un sénateur, à Medellin.",
     "fr", "Pedro Ruiz Diaz", "sénateur"),
    ("Des tueurs ont abattu le candidat présidentiel Dr Bernardo Lopez à Cali lundi.",
     "fr", "Bernardo Lopez", "candidat"),
    # coordinated titles before the name; an honorific whose period the tokenizer reads as a full stop
    ("Police arrested a suspect in the murder of senator and presidential candidate Luis Perez Gomez.",
     "en", "Luis Perez Gomez", "senator"),
    ("WE CONDEMN THE VILE MURDER OF PRESIDENTIAL CANDIDATE DR. BERNARDO LOPEZ.", "en", "BERNARDO LOPEZ", "CANDIDATE"),
    ("Des tueurs ont assassiné le sénateur et candidat présidentiel Luis Perez Gomez à Bogota.",
     "fr", "Luis Perez Gomez", "sénateur"),
])
def test_a_named_victim_and_its_role_are_one_victim(text, lang, name, role):
    vs = victims(text, lang)
    assert len(vs) == 1 and name in vs[0] and role in vs[0], vs


@pytest.mark.parametrize("text,lang,first,second", [
    # two people: a role with its own determiner coordinated after the name's role, two names
    ("Gunmen murdered Luis Perez Gomez, the mayor, and his bodyguard in Cali yesterday.", "en", "Luis Perez Gomez",
     "bodyguard"),
    ("Des hommes armés ont tué Pedro Ruiz Diaz, un juge, et le maire de Cali hier.", "fr", "Pedro Ruiz Diaz",
     "maire"),
    ("Des hommes armés ont enlevé Pedro Ruiz Diaz, un ingénieur, et deux techniciens près de Cali.", "fr",
     "Pedro Ruiz Diaz", "techniciens"),
])
def test_another_person_beside_a_named_victim_stays_apart(text, lang, first, second):
    vs = victims(text, lang)
    assert any(first in v and second not in v for v in vs) and any(second in v and first not in v for v in vs), vs


@pytest.mark.parametrize("text,lang,who", [
    ("Unidentified men murdered Pedro Ruiz Diaz, a judge, in Medellin yesterday.", "en", "Pedro Ruiz Diaz"),
    ("Gunmen killed Carlos Mendez Arias, a lawyer, near Cali on Monday.", "en", "Carlos Mendez Arias"),
    ("Des inconnus ont assassiné Pedro Ruiz Diaz, un juge, à Medellín hier.", "fr", "Pedro Ruiz Diaz"),
])
def test_a_name_with_a_person_noun_in_apposition_is_a_person(text, lang, who):
    # the tagger may read a Spanish name as an organisation; a person noun beside it says it is a person
    assert any(who in v for v in victims(text, lang)), victims(text, lang)


def test_an_organisation_object_without_a_person_noun_is_no_victim():
    text = "Rebels attacked Radio Caracol Bogota in Medellin yesterday."
    assert not any("Radio Caracol" in v for v in victims(text, "en")), victims(text, "en")


# --- a name whose death or body the sentence tells (sentences written for these tests) ---------

@pytest.mark.parametrize("text,lang,name", [
    ("Maria Lopez Ruiz's death in the bomb attack in Cali on Monday angered the unions.", "en", "Maria Lopez Ruiz"),
    ("The bomb attack in Cali on Monday caused the death of Pedro Gomez Arango.", "en", "Pedro Gomez Arango"),
    ("THE BOMB ATTACK IN CALI ON MONDAY CAUSED THE DEATH OF PEDRO GOMEZ ARANGO.", "en", "PEDRO GOMEZ ARANGO"),
    ("L'attentat à la bombe de lundi à Cali a causé la mort de Pedro Gomez Arango.", "fr", "Pedro Gomez"),
])
def test_a_name_whose_death_the_act_caused_is_a_victim(text, lang, name):
    assert any(name in v for v in _victims(text, lang)), _victims(text, lang)


@pytest.mark.parametrize("text,lang,name", [
    # a statement is no death: its owner or "of" complement is no victim
    ("Pedro Gomez Arango's statement on the bomb attack in Cali on Monday angered the unions.", "en", "Gomez"),
    ("The bomb attack in Cali on Monday drew the condemnation of Pedro Gomez Arango.", "en", "Gomez"),
    ("L'attentat à la bombe de lundi à Cali a suscité la condamnation de Pedro Gomez Arango.", "fr", "Gomez"),
])
def test_a_name_owning_no_death_is_no_victim(text, lang, name):
    assert not any(name in v for v in _victims(text, lang)), _victims(text, lang)


# --- people told by their group: "members of ...", with the group they belong to (MUC-4 7.19:
# descriptions are complete noun phrases with their modifying PPs; sentences written for these tests)

@pytest.mark.parametrize("text,lang,who", [
    ("Gunmen killed two members of a legal commission in Medellin on Monday.", "en", "members of a legal commission"),
    ("GUNMEN KILLED TWO MEMBERS OF A LEGAL COMMISSION IN MEDELLIN ON MONDAY.", "en", "MEMBERS OF A LEGAL COMMISSION"),
    ("Gunmen murdered three cabinet members in Bogota on Monday.", "en", "cabinet members"),
    ("Des hommes armés ont tué deux membres d'une commission juridique à Medellín lundi.", "fr",
     "membres d'une commission juridique"),
    ("Gunmen killed two legislators in Medellin on Monday.", "en", "legislators"),
    ("Des hommes armés ont tué deux parlementaires à Medellín lundi.", "fr", "parlementaires"),
])
def test_members_of_a_group_are_victims_with_their_group(text, lang, who):
    assert any(who in v for v in _victims(text, lang)), _victims(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Soldiers killed two members of the FMLN in Usulutan on Monday.", "en"),
    ("Des soldats ont tué deux membres de Boko Haram à Maiduguri lundi.", "fr"),
])
def test_members_of_an_armed_group_are_no_civilian_victims(text, lang):
    vs = _victims(text, lang)
    assert not any("member" in v.lower() or "membre" in v.lower() for v in vs), vs


# --- "others" hit beside people named before, and who died (sentences written for these tests) ---

@pytest.mark.parametrize("text,lang,who", [
    ("Rebels attacked the town of Usulutan on Monday; several persons were wounded and others died.", "en", "others"),
    ("Gunmen attacked a bus near Cali on Monday, killing one passenger and wounding three others.", "en", "others"),
    ("GUNMEN ATTACKED A BUS NEAR CALI ON MONDAY, KILLING ONE PASSENGER AND WOUNDING THREE OTHERS.", "en",
     "OTHERS"),
    ("Un passager a été tué et trois autres ont été blessés lorsque des hommes armés ont attaqué un bus près de "
     "Gao lundi.", "fr", "autres"),
])
def test_others_hit_beside_the_people_named_are_victims(text, lang, who):
    assert any(who in v for v in _victims(text, lang)), _victims(text, lang)


@pytest.mark.parametrize("text,lang,who", [
    ("Two peasants died when rebels attacked the village of Yamabal on Monday.", "en", "peasants"),
    ("Deux paysans sont morts lorsque des rebelles ont attaqué le village de Yamabal lundi.", "fr", "paysans"),
])
def test_who_died_is_a_victim(text, lang, who):
    assert any(who in v for v in _victims(text, lang)), _victims(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Gunmen and others attacked a bus near Cali on Monday, killing a passenger.", "en"),
    ("Des hommes armés et d'autres ont attaqué un bus près de Gao lundi, tuant un passager.", "fr"),
    ("Rebels attacked the town of Usulutan on Monday, others said.", "en"),
    # no victim named before them: "others" of whom the sentence says nothing
    ("Rebels ambushed an army patrol near Usulutan on Monday, killing six enemies and wounding four others.", "en"),
    ("Des rebelles ont tendu une embuscade près de Gao lundi : six ennemis ont été tués et quatre autres ont été "
     "blessés.", "fr"),
])
def test_others_who_did_it_or_spoke_are_no_victims(text, lang):
    vs = _victims(text, lang)
    assert not any(v.lower() in ("others", "autres") for v in vs), vs


# --- "the murder of a judge and of two employees": a preposition said again after "and" joins the
# nearest same preposition before it (sentences written for these tests) -----------------------

@pytest.mark.parametrize("text,lang,who", [
    ("THE COURTS CLOSED AS A RESULT OF THE MURDER OF A JUDGE AND OF TWO COURT EMPLOYEES IN CALI ON MONDAY.", "en",
     "EMPLOYEES"),
    ("The courts closed as a result of the murder of a judge and of two court employees in Cali on Monday.", "en",
     "employees"),
    ("Les tribunaux ont fermé à la suite du meurtre d'un juge et de deux employés du tribunal à Cali lundi.", "fr",
     "employés"),
])
def test_a_repeated_preposition_joins_the_victims_of_the_act(text, lang, who):
    assert any(who in v for v in _victims(text, lang)), _victims(text, lang)


@pytest.mark.parametrize("text,lang,who", [
    # the "of" said again joins "of the court", not the murder: the clerks were not hit
    ("The courts closed after the murder of a judge of the court and of its clerks in Cali on Monday.", "en",
     "clerks"),
])
def test_a_repeated_preposition_of_another_noun_ties_no_victim(text, lang, who):
    assert not any(who in v for v in _victims(text, lang)), _victims(text, lang)


# --- the victims module's readers on a parse (possessors, the subject of a dying word) ---

def _parse(text: str, lang: str):
    from bilan import nlp as nlp_mod
    return nlp_mod.get(lang)(text)


def test_a_possessive_closing_a_phrase_names_the_phrase_head():
    from bilan.extract.victims import closed_phrase_head, possessive
    doc = _parse("The governor of Antioquia's murder shocked the country.", "en")
    murder = next(t for t in doc if t.lower_ == "murder")
    owner = possessive(murder)
    assert owner is not None and owner.text == "Antioquia"
    assert closed_phrase_head(owner).text == "governor"
    doc = _parse("Judge Ruiz's murder shocked the country.", "en")
    owner = possessive(next(t for t in doc if t.lower_ == "murder"))
    assert owner.text == "Ruiz" and closed_phrase_head(owner) is None


def test_a_possessive_pronoun_is_no_possessor():
    from bilan.extract.victims import possessive
    doc = _parse("His murder shocked the country.", "en")
    assert possessive(next(t for t in doc if t.lower_ == "murder")) is None


@pytest.mark.parametrize("text,lang,who", [
    ("The wives of the two mayors died in this accident.", "en", "wives"),
    ("Les épouses des deux maires sont mortes dans cet accident.", "fr", "épouses"),
])
def test_the_subject_of_a_dying_word_is_tied_in_the_language(text, lang, who):
    from bilan.extract.victims import find_victim_mentions, victims_of
    doc = _parse(text, lang)
    died = next(t for t in doc if t.lower_ in ("died", "mortes"))
    sent = doc[:]
    mentions = find_victim_mentions(doc, lang)
    anchors = [(died.i, died.i + 1)]
    assert who in [v.text.lower() for v in victims_of(doc, sent, mentions, anchors, [], lang)]
    # without the language no word of dying is known: the subject of a verb did it
    assert who not in [v.text.lower() for v in victims_of(doc, sent, mentions, anchors, [])]


@pytest.mark.parametrize("text,lang,who", [
    # "left X dead": the object the result is said of is hit
    ("THE ATTACK ON THE MAYOR OF TAME LEFT HIS THREE BODYGUARDS DEAD.", "en", "BODYGUARDS"),
    ("The bombing left two teachers dead near Cali on Monday.", "en", "teachers"),
    ("L'attaque a laissé deux enseignants morts près de Gao lundi.", "fr", "enseignants"),
])
def test_who_an_act_left_dead_are_victims(text, lang, who):
    assert any(who in v for v in victims(text, lang)), victims(text, lang)


@pytest.mark.parametrize("text,lang,who,n", [
    # a person found dead was killed: an attack with its dead, by whom the text may not say
    ("A teacher was found dead near Cali on Monday.", "en", "teacher", 1),
    ("TWO UNION LEADERS WERE FOUND DEAD ON THE ROAD TO LIMA ON MONDAY.", "en", "UNION LEADERS", 2),
    ("Deux paysans ont été retrouvés morts près de Gao lundi.", "fr", "paysans", 2),
])
def test_people_found_dead_are_victims_of_an_attack(text, lang, who, n):
    doc, incs = extract(text, lang)
    (inc,) = incs
    assert inc.sub_event_type == "Attack" and inc.fatalities.single() == n
    assert any(who in a.mention for a in inc.actors_in("victim")), inc.actors


@pytest.mark.parametrize("text,lang,hit", [
    # forces hit in a clash whose other side the text does not name: who was hit is the other side
    # of the fight (actor2), not who fought it; the one who did it is an unidentified armed group
    ("Three policemen were killed in a clash near Trujillo on Monday.", "en", "policemen"),
    ("The fighting claimed the lives of six marines near Tumaco on Sunday.", "en", "marines"),
    ("AN AMBUSH NEAR OCANA LEFT FOUR SOLDIERS DEAD.", "en", "SOLDIERS"),
    ("Trois gendarmes ont été tués dans un accrochage près de Kayes lundi.", "fr", "gendarmes"),
    ("L'embuscade a coûté la vie à six militaires près de Ménaka dimanche.", "fr", "militaires"),
])
def test_forces_hit_in_a_clash_are_its_other_side(text, lang, hit):
    doc, incs = extract(text, lang)
    actors = [(a.role, a.mention) for i in incs for a in i.actors]
    assert any(r in ("actor2", "victim") and hit in m for r, m in actors), actors
    assert not any(r == "actor1" and hit in m for r, m in actors), actors


@pytest.mark.parametrize("text,lang,doer,hit", [
    # the side that did it, when named, stays actor1 and the forces hit stay actor2
    ("Rebels killed three policemen in a clash near Trujillo on Monday.", "en", "Rebels", "policemen"),
    ("Des jihadistes ont tué trois gendarmes dans un accrochage près de Kayes lundi.", "fr", "jihadistes", "gendarmes"),
])
def test_the_named_side_that_hit_the_forces_stays_actor1(text, lang, doer, hit):
    doc, incs = extract(text, lang)
    actors = [(a.role, a.mention) for i in incs for a in i.actors]
    assert any(r == "actor1" and doer in m for r, m in actors), actors
    assert any(r == "actor2" and hit in m for r, m in actors), actors


@pytest.mark.parametrize("text,lang,not_who", [
    # a pronoun object of a verb joined to one with an object of its own stands for that object
    # ("forced A and B out ... and shot them"), not for the people of the sentence before
    ("THE REBELS GATHERED THE VILLAGERS IN THE SQUARE. THEY DRAGGED JOSE LOPEZ AND PEDRO RUIZ OUT OF THEIR HOMES "
     "AND SHOT THEM TO DEATH.", "en", "VILLAGERS"),
    ("Les rebelles ont rassemblé les villageois sur la place. Ils ont fait sortir José Lopez et Pedro Ruiz de "
     "leurs maisons et les ont abattus.", "fr", "villageois"),
])
def test_a_pronoun_object_stands_for_the_object_of_the_verb_it_is_joined_to(text, lang, not_who):
    assert not any(not_who in v for v in victims(text, lang)), victims(text, lang)
