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

First run, before any change: (to be filled in)
"""

from __future__ import annotations

import pytest

from placing import assert_the_namesake_meant, row_id

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
    ("A Berlin woman who flew home from Germany on Sunday was met at the airport in Manchester by her "
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
    ("Un couple de Laval a pris l'avion pour Montréal samedi ; ils avaient laissé leur voiture au Mans.",
     "fr", "Laval", 48.07, -0.77),
]


@pytest.mark.parametrize("text,lang,name,lat,lon", ABROAD, ids=[row_id(i, r) for i, r in enumerate(ABROAD)])
def test_a_trip_a_demonym_or_an_abroad_cue_reads_the_name_abroad(text, lang, name, lat, lon):
    assert_the_namesake_meant(text, lang, name, lat, lon)


@pytest.mark.parametrize("text,lang,name,lat,lon", HOME, ids=[row_id(i, r) for i, r in enumerate(HOME)])
def test_the_home_namesake_stays(text, lang, name, lat, lon):
    assert_the_namesake_meant(text, lang, name, lat, lon)
