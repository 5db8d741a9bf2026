"""Trips, demonyms and abroad cues in local news: a story set at home (its other places near a small
namesake) that tells which namesake is meant by a demonym or a country word ("Athens ... Greek police
said", « ont indiqué les autorités autrichiennes »), by a trip abroad ("flew to Paris", "returned from
Lebanon", "deployed to Georgia" near Tbilisi, « ont pris l'avion pour Valence ») or by an abroad cue
("studying abroad", "overseas", "in Europe", « à l'étranger ») reads the name abroad; and the other way,
a local story whose cues are a state abbreviation, a county, a demonym that qualifies a thing, not an
authority ("a French teacher", "the Greek Orthodox church"), a drive or a trip home, keeps the name at
home. Each row expects every mention of the name within 161 km of the namesake meant (the eval's
acc@161). Rows written for this file before running bilan on them (EN 25, FR 15; 15 of the 40 keep the
home reading).

First run, before any change: 15 of 40 (abroad 3 of 25: only stories naming the country itself, "Tbilisi",
« du Liban »; home 12 of 15: "A Berlin woman who flew home from Germany" read in Germany, « Atlanta, en
Géorgie » read in the country Georgia, « Un couple de Laval » no place). After ``places._told_abroad`` (a
demonym of an authority, a trip, a flight, an abroad cue; read after the home passes) and the state a
country's name also names in an apposition (``places._apposed``): 38 of 40, 2 strict xfails (first
readings the new pass leaves as it finds them, and the tagger).
"""

from __future__ import annotations

import pytest

from placing import assert_the_namesake_meant, row_id, xfail_row

# (story, lang, the name, lat, lon of the namesake the story means)
ABROAD = [
    # --- English: a demonym or a country adjective of an authority says which namesake
    ("Three college students from Macon were robbed in Athens on Saturday, Greek police said. The "
     "students had flown from Atlanta on Thursday.",
     "en", "Athens", 37.98, 23.73),
    ("A Lexington woman was killed when a tour bus crashed near Paris on Sunday, French authorities "
     "said. Her husband, from Georgetown, was treated at a hospital.",
     "en", "Paris", 48.86, 2.35),
    ("A Pullman man was arrested in Moscow on suspicion of spying, Russian state media reported. His "
     "family in Spokane asked the State Department for help.",
     "en", "Moscow", 55.75, 37.62),
    ("A Hartford nurse was among the injured when a tram derailed in Berlin on Tuesday, German rail "
     "officials said. Her sister in New Britain said she was recovering.",
     "en", "Berlin", 52.52, 13.40),
    ("A Fairfax County teacher on vacation was hurt in a bus crash near Alexandria, Egyptian officials "
     "said. Her colleagues in Arlington collected money for her flight home.",
     "en", "Alexandria", 31.20, 29.92),
    ("Two Cartersville women were robbed in Rome on Tuesday, Italian police said. Their families in "
     "Floyd County were told on Wednesday.",
     "en", "Rome", 41.89, 12.48),
    ("A Macon man died after a fall in Dublin on Saturday, Irish police said. His brother in Warner "
     "Robins said the family was planning the funeral.",
     "en", "Dublin", 53.35, -6.26),
    ("A Toledo man was killed by a stray bullet in Tripoli, Lebanese officials said. His mother in "
     "Sylvania said he had been visiting relatives.",
     "en", "Tripoli", 34.44, 35.85),
    # --- English: a trip abroad
    ("Members of a Dallas church choir flew to Paris on Monday for a concert tour, their pastor in "
     "Garland said.",
     "en", "Paris", 48.86, 2.35),
    ("Sgt. Mark Ellis of Fayetteville was deployed to Georgia in May with a unit that trains soldiers "
     "outside Tbilisi, his wife said.",
     "en", "Georgia", 42.0, 43.5),
    ("A Hershey nurse returned from Lebanon on Sunday after six months at a refugee clinic. Her parents "
     "in Harrisburg met her at the airport.",
     "en", "Lebanon", 33.83, 35.83),
    ("Two Pullman scientists flew to Moscow on Sunday for a conference on wheat diseases, the "
     "university said. They will return to Spokane next week.",
     "en", "Moscow", 55.75, 37.62),
    # --- English: an abroad cue
    ("A Frankfort student studying abroad was hit by a car in Paris on Monday, her parents in "
     "Lexington said.",
     "en", "Paris", 48.86, 2.35),
    ("A Macon couple on their first trip overseas lost their passports in Athens and spent two days "
     "at the embassy, their daughter in Warner Robins said.",
     "en", "Athens", 37.98, 23.73),
    ("A Hartford man on a business trip in Europe was robbed in Berlin on Friday, his wife in New "
     "Britain said.",
     "en", "Berlin", 52.52, 13.40),
    # --- French: un gentilé d'une autorité dit quel homonyme
    ("Un lycéen de Grenoble a été blessé à Vienne lors d'un voyage scolaire, ont indiqué les autorités "
     "autrichiennes. Ses parents, à Voiron, ont été prévenus.",
     "fr", "Vienne", 48.21, 16.37),
    ("Un humanitaire lyonnais a été enlevé à Tripoli, ont annoncé les autorités libanaises. Sa famille, "
     "à Villeurbanne, a été prévenue.",
     "fr", "Tripoli", 34.44, 35.85),
    ("Un retraité de Mulhouse est mort dans un accident de la route à Saint-Louis, a annoncé la "
     "gendarmerie sénégalaise. Sa fille, à Colmar, a été prévenue.",
     "fr", "Saint-Louis", 16.02, -16.49),
    ("Un routier de Quimper a été retenu trois jours à Brest par les douaniers biélorusses, a raconté "
     "sa femme à Morlaix.",
     "fr", "Brest", 52.10, 23.70),
    ("Un étudiant de Dallas a été agressé à Paris samedi, a indiqué la police française. Ses parents, à "
     "Garland, ont été prévenus.",
     "fr", "Paris", 48.86, 2.35),
    # --- French: un voyage à l'étranger
    ("Deux étudiants de Rennes partis au Québec ont été blessés dans un accident à Laval, a indiqué la "
     "police. Leurs familles à Vitré ont été prévenues.",
     "fr", "Laval", 45.57, -73.69),
    ("Des soldats français ont été déployés en Géorgie, près de Tbilissi, pour former l'armée "
     "géorgienne.",
     "fr", "Géorgie", 42.0, 43.5),
    ("De retour du Liban, une infirmière de Nîmes raconte les combats à Tripoli.",
     "fr", "Tripoli", 34.44, 35.85),
    ("Des supporters de Saint-Étienne ont pris l'avion pour Valence mardi, avant le match de Ligue "
     "Europa.",
     "fr", "Valence", 39.47, -0.38),
    # --- French: un indice de l'étranger
    ("Une infirmière de Givors, en mission à l'étranger, a été blessée samedi à Vienne, selon sa "
     "famille à Chasse-sur-Rhône.",
     "fr", "Vienne", 48.21, 16.37),
]

HOME = [
    # --- English: the home namesake stays (a state abbreviation, a county, a demonym of a thing, a
    # trip home or within the state, an abroad cue that is not the name's)
    ("The Greek Orthodox church in Athens held its festival on Saturday, and Clarke County deputies "
     "directed traffic near Winterville.",
     "en", "Athens", 33.96, -83.38),
    ("A man from Athens, Ga., was killed in a crash on Interstate 85 on Tuesday.",
     "en", "Athens", 33.96, -83.38),
    ("Athens police arrested two men after a robbery on Sunday, the Clarke County sheriff said.",
     "en", "Athens", 33.96, -83.38),
    ("The Lexington band drove to Paris on Friday for a show at the Bourbon County fair.",
     "en", "Paris", 38.21, -84.25),
    ("Lebanon police said a woman was robbed after she returned from a shopping trip in Harrisburg. "
     "The Lebanon County sheriff said a suspect was caught.",
     "en", "Lebanon", 40.34, -76.41),
    ("A French teacher in Paris was named teacher of the year on Friday, Henry County school officials "
     "said. She grew up in nearby Puryear.",
     "en", "Paris", 36.30, -88.33),
    ("A Moscow soldier who served overseas for a year came home on Friday, and Latah County deputies "
     "escorted him from Pullman.",
     "en", "Moscow", 46.73, -117.00),
    ("Berlin's annual German heritage festival drew crowds on Sunday, Coos County officials said. "
     "Visitors came from Gorham and Lancaster.",
     "en", "Berlin", 44.47, -71.19),
    ("National Guard troops were deployed to Georgia's coast before the hurricane, officials in "
     "Savannah said.",
     "en", "Georgia", 32.7, -83.4),
    xfail_row("'Germany' named in the story takes Berlin there in the first reading; the town word ('A Berlin "
              "woman') and 'flew home from Germany' are not weighed against it, and Manchester is read in England, "
              "Gorham nowhere",
              "A Berlin woman who flew home from Germany on Sunday was met at the airport in Manchester by her "
     "family from Gorham.",
     "en", "Berlin", 44.47, -71.19),
    # --- French: l'homonyme du pays du récit reste
    ("Un Lyonnais installé à Atlanta, en Géorgie, a été tué samedi dans une fusillade, a indiqué sa "
     "famille.",
     "fr", "Géorgie", 32.7, -83.4),
    ("Le marché de Noël autrichien de Vienne a attiré des milliers de visiteurs samedi, selon la "
     "mairie. Les pompiers de Givors et de Roussillon étaient mobilisés.",
     "fr", "Vienne", 45.52, 4.87),
    ("De retour de vacances en Espagne, une famille de Romans-sur-Isère a été victime d'un accident à "
     "Valence dimanche, selon les pompiers de la Drôme.",
     "fr", "Valence", 44.93, 4.89),
    ("Un soldat de Brest, rentré d'une mission à l'étranger, a été accueilli par sa famille à Quimper.",
     "fr", "Brest", 48.39, -4.49),
    xfail_row("the tagger calls 'Laval' a person after « un couple de », and « au Mans » is read 'Mans' (a "
              "Turkish village), not Le Mans: Laval is no place at all",
              "Un couple de Laval a pris l'avion pour Montréal samedi ; ils avaient laissé leur voiture au Mans.",
     "fr", "Laval", 48.07, -0.77),
]


@pytest.mark.parametrize("text,lang,name,lat,lon", ABROAD, ids=[row_id(i, r) for i, r in enumerate(ABROAD)])
def test_a_trip_a_demonym_or_an_abroad_cue_reads_the_name_abroad(text, lang, name, lat, lon):
    assert_the_namesake_meant(text, lang, name, lat, lon)


@pytest.mark.parametrize("text,lang,name,lat,lon", HOME, ids=[row_id(i, r) for i, r in enumerate(HOME)])
def test_the_home_namesake_stays(text, lang, name, lat, lon):
    assert_the_namesake_meant(text, lang, name, lat, lon)


# Second batch, written after the rule and before running bilan on it: the rule's edges. A demonym in the
# next sentence (that names no place), a word between the demonym and its authority, a flight and a trip
# in French, a continent of another continent than the story's, a trip to a foreign division; and, kept at
# home, a trip back from abroad, a demonym of a person or of the story's own country's speakers, a town
# that is where someone comes from (« un habitant de Saint-Louis »), a flight from a home town. First run
# 13 of 16 (EN 10 of 12, FR 3 of 4), each failure a first reading or the gazetteer, left as strict xfails.
ABROAD_2 = [
    ("A Macon man was hurt in a fire at a hotel in Athens on Monday, Greek fire officials said. His wife "
     "in Warner Robins said he would fly home this week.",
     "en", "Athens", 37.98, 23.73),
    ("A Hershey teacher was hurt in a bombing in Tripoli on Sunday. Lebanese officials said three people "
     "died.",
     "en", "Tripoli", 34.44, 35.85),
    ("A Columbus family was robbed while on vacation in Dublin, Irish police said. Their neighbors in "
     "Westerville collected their mail.",
     "en", "Dublin", 53.35, -6.26),
    ("A Cartersville couple flew to Rome on Tuesday for their 50th anniversary, their son in Floyd County "
     "said.",
     "en", "Rome", 41.89, 12.48),
    ("A Lancaster soldier stationed in Europe was hurt in a crash near Berlin, his family in Manheim said.",
     "en", "Berlin", 52.52, 13.40),
    xfail_row("'Ontario' after 'vacation in' is read as Ontario, California (a town of the story's country), so "
              "the trip goes to no foreign place and London stays in Kentucky",
              "A Lexington couple on vacation in Ontario was hurt in a crash in London on Saturday, their son in "
     "Georgetown said.",
     "en", "London", 42.98, -81.25),
    ("Une délégation de Givors s'est envolée pour Vienne lundi pour un jumelage, a indiqué la mairie de "
     "Givors.",
     "fr", "Vienne", 48.21, 16.37),
    xfail_row("the gazetteer has no French name « Valence » for Valencia, Venezuela: no namesake in South America",
              "Un couple de Romans-sur-Isère en voyage en Amérique du Sud a été blessé dans un accident à "
     "Valence, a indiqué leur fils à Montélimar.",
     "fr", "Valence", 10.16, -68.00),
]

HOME_2 = [
    ("Soldiers back from overseas were greeted at a parade in Athens on Friday, and Clarke County "
     "deputies closed roads near Winterville.",
     "en", "Athens", 33.96, -83.38),
    ("Paris police said a Mexican man was arrested after a chase, and Henry County deputies found the car "
     "near Puryear.",
     "en", "Paris", 36.30, -88.33),
    xfail_row("a first reading: 'Greece' and 'Clarke County' tie for the story's country, and the town word "
              "('An Athens man') keeps Athens in the tie's first country, Greece",
              "An Athens man who visited Greece last year was honored by the Clarke County commission on Tuesday.",
     "en", "Athens", 33.96, -83.38),
    ("A Paris woman flew to Chicago on Monday for surgery, Henry County officials said.",
     "en", "Paris", 36.30, -88.33),
    ("Protesters marched in Athens on Sunday as strikes spread across Greece, U.S. embassy officials said.",
     "en", "Athens", 37.98, 23.73),
    ("De retour de l'étranger, un soldat a retrouvé sa famille à Vienne samedi, selon la mairie. Les "
     "pompiers de Givors étaient présents.",
     "fr", "Vienne", 45.52, 4.87),
    ("Un habitant de Saint-Louis a été arrêté à Bâle, a indiqué la police suisse. Sa famille à Mulhouse a "
     "été prévenue.",
     "fr", "Saint-Louis", 47.59, 7.56),
    ("Des touristes américains ont été dévalisés à Paris, a indiqué la police.",
     "fr", "Paris", 48.86, 2.35),
]


@pytest.mark.parametrize("text,lang,name,lat,lon", ABROAD_2, ids=[row_id(i, r) for i, r in enumerate(ABROAD_2)])
def test_second_batch_abroad(text, lang, name, lat, lon):
    assert_the_namesake_meant(text, lang, name, lat, lon)


@pytest.mark.parametrize("text,lang,name,lat,lon", HOME_2, ids=[row_id(i, r) for i, r in enumerate(HOME_2)])
def test_second_batch_home(text, lang, name, lat, lon):
    assert_the_namesake_meant(text, lang, name, lat, lon)


# Third batch, written after the second batch's rules and before running bilan on it: the rules' risks. A
# demonym whose country's namesake is smaller than the home town (Toledo, Spain and Toledo, Ohio), a trip
# abroad from a foreign home (a story set in Ontario), "jetted off to"; and, kept at home, a flight to a
# home town with its airport and county named, an abroad word that qualifies visitors, a trip back from a
# town named like a country, a story's provincial police with no demonym. First run 4 of 8: the rules had
# taken "Flights to Athens" (an airport's service), "Overseas visitors ... in Paris" and "returned from
# Lebanon ... Lebanon County deputies" abroad, and left Toledo in Ohio ("Spanish police", a smaller
# namesake). After: 8 of 8 (FLIGHT_CUES are someone's flight, not "flights to"; an abroad word that
# qualifies a noun sets nothing abroad; a county the story names holds a town named like a country;
# police and customs, LOCAL_AUTHORITY_NOUNS, take a name to a smaller namesake of their country).
ABROAD_3 = [
    ("Two Ohio students were hurt in a bus crash near Toledo, Spanish police said. Their parents in Lima "
     "and Findlay were told on Monday.",
     "en", "Toledo", 39.86, -4.03),
    ("The Athens High School band jetted off to Rome on Sunday for a New Year's parade, Limestone County "
     "school officials said.",
     "en", "Rome", 41.89, 12.48),
    ("Un camionneur de Windsor a été arrêté à London samedi, a indiqué la police britannique. Sa famille à "
     "Sarnia a été prévenue.",
     "fr", "London", 51.51, -0.13),
    ("Un Toulousain parti étudier à l'étranger a été agressé à Valence samedi, selon ses parents à Albi.",
     "fr", "Valence", 39.47, -0.38),
]

HOME_3 = [
    ("Flights to Athens resumed on Friday at Ben Epps Airport after repairs, Clarke County officials said.",
     "en", "Athens", 33.96, -83.38),
    ("Overseas visitors filled hotels in Paris for the Bourbon County fair, organizers in Lexington said.",
     "en", "Paris", 38.21, -84.25),
    ("She returned from Lebanon to her home in Myerstown on Friday after a shopping trip, Lebanon County "
     "deputies said.",
     "en", "Lebanon", 40.34, -76.41),
    ("Un camionneur de Windsor a été arrêté à London samedi, a indiqué la Police provinciale de l'Ontario. "
     "Sa famille à Sarnia a été prévenue.",
     "fr", "London", 42.98, -81.25),
]


@pytest.mark.parametrize("text,lang,name,lat,lon", ABROAD_3, ids=[row_id(i, r) for i, r in enumerate(ABROAD_3)])
def test_third_batch_abroad(text, lang, name, lat, lon):
    assert_the_namesake_meant(text, lang, name, lat, lon)


@pytest.mark.parametrize("text,lang,name,lat,lon", HOME_3, ids=[row_id(i, r) for i, r in enumerate(HOME_3)])
def test_third_batch_home(text, lang, name, lat, lon):
    assert_the_namesake_meant(text, lang, name, lat, lon)
