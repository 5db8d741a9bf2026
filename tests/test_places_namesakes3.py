"""Namesakes in local news, third set: a story whose other places all lie in one country (none in
the big namesake's country) reads an ambiguous town name ("Athens", "Berlin", "Paris", "Moscow",
« Vienne », « Saint-Louis ») as the namesake of the story's country near the story's state or
county, not the much bigger town abroad; but a name with its own foreign context ("Athens,
Greece", "in Germany", a world story naming several countries, « Londres », « à Vienne, en
Autriche ») stays abroad. Stories written for this file before running bilan on them; each
expects every mention of the name within 161 km of the namesake's point (the eval's acc@161).

First run, before any change: 33 of 33 (the first set: every story gave the rule enough
context already). A second set (STORIES_2) was then written, before running bilan on it, with
the little context the LGL errors have (other places inside organisations' names, few names):
first run 9 of 12 (failures: "An Alexandria man" with Douglas County Hospital and St. Cloud
Hospital dropped as no place; "Paris" of a school-board story read in France; "Athens" with
"Greek police" read in Georgia). After ``places._home_namesakes`` (a town read abroad goes to
the namesake of the story's country near its local places, organisations' towns included, when
no other name lies in the town's country): 43 of 45, 2 strict xfails (the Paris story has no
place to say where it is; a demonym takes no name abroad). With the later trip and demonym
stories (below): 45 of 50, 5 strict xfails, all first readings this pass leaves as it finds them.
After ``places._told_abroad`` (branch h-trip: a demonym of an authority, a flight; read after the home
passes): 49 of 50, 1 strict xfail (the Paris story with no place to say where it is).
"""

from __future__ import annotations

import pytest

from placing import assert_the_namesake_meant, mentions, row_id, xfail_row


# (story, lang, the name, lat, lon of the namesake the story means)
STORIES = [
    # --- English: the home-country namesake is meant
    ("Athens police said a student was robbed near campus early Sunday. Officers from Winterville "
     "and Watkinsville helped search, and the Clarke County coroner was called to a second scene.",
     "en", "Athens", 33.96, -83.38),
    ("A man died in a crash on Highway 30 near Athens on Friday, McMinn County deputies said. He was "
     "driving from Etowah to Cleveland when his truck left the road.",
     "en", "Athens", 35.44, -84.59),
    ("Ohio University canceled classes in Athens after a water main broke. Crews from Nelsonville "
     "and Logan worked through the night, and Athens residents were told to boil water.",
     "en", "Athens", 39.33, -82.10),
    ("Berlin police said a woman was hurt when her car hit a tree on Main Street. Coos County "
     "deputies and officers from Gorham helped, and the road in Berlin reopened at noon.",
     "en", "Berlin", 44.47, -71.19),
    ("A Berlin man was charged with stealing copper from a farm in Ocean City. Worcester County "
     "deputies said he sold the wire in Salisbury.",
     "en", "Berlin", 38.32, -75.22),
    ("Paris police arrested a woman after a chase on Highway 79 on Monday. Henry County deputies said "
     "she had fled a traffic stop in Puryear, and the chase ended in Paris near the courthouse.",
     "en", "Paris", 36.30, -88.33),
    ("A fire gutted a barn outside Paris on Tuesday. Bourbon County firefighters said crews from "
     "Cynthiana and Lexington helped, and no one was hurt.",
     "en", "Paris", 38.21, -84.25),
    ("A man was shot in Lancaster on Friday night. Officers from Millersville and Manheim Township "
     "searched for the gunman, and Lancaster police asked for videos.",
     "en", "Lancaster", 40.04, -76.31),
    ("A gas leak closed two streets in Alexandria on Tuesday. Fire crews from Arlington and Fairfax "
     "County helped, and Alexandria schools sent students home early.",
     "en", "Alexandria", 38.80, -77.05),
    ("A teenager was shot in Cairo on Saturday. Grady County deputies said the suspect fled toward "
     "Thomasville, and Cairo schools will have counselors on Monday.",
     "en", "Cairo", 30.88, -84.20),
    ("Moscow police said a student was assaulted downtown on Friday. Latah County deputies and "
     "officers from Pullman helped, and the University of Idaho sent an alert.",
     "en", "Moscow", 46.73, -117.00),
    ("Rome police said two men were arrested after a robbery on Broad Street. Floyd County deputies "
     "said the men were caught near Cartersville.",
     "en", "Rome", 34.26, -85.16),
    ("Fairfax County police said a man was stabbed in Vienna on Wednesday. The suspect was caught "
     "near Tysons, and Vienna officials said the park would reopen.",
     "en", "Vienna", 38.90, -77.27),
    ("A tornado damaged homes near Dublin on Sunday. Laurens County officials said roads to Dexter "
     "and East Dublin were blocked by fallen trees.",
     "en", "Dublin", 32.54, -82.90),
    ("A boat capsized near Naples on Saturday. Collier County deputies said two men were rescued "
     "off Marco Island, and Naples beaches stayed open.",
     "en", "Naples", 26.14, -81.79),
    # --- French: the namesake of the story's country is meant
    ("Un incendie a détruit un entrepôt à Vienne dans la nuit de lundi. Les pompiers de Givors et "
     "de Roussillon sont venus en renfort, a précisé la mairie de Vienne.",
     "fr", "Vienne", 45.52, 4.87),
    ("Un homme a été interpellé à Saint-Louis mardi, près de la frontière suisse. Les gendarmes de "
     "Huningue et la police de Mulhouse ont participé à l'opération.",
     "fr", "Saint-Louis", 47.59, 7.56),
    ("Un accident de la route a fait deux blessés à Saint-Denis dimanche. Les pompiers de "
     "Sainte-Marie et du Port sont intervenus, selon la préfecture de La Réunion.",
     "fr", "Saint-Denis", -20.88, 55.45),
    ("Une usine a pris feu à Valence mercredi. Les pompiers de Romans-sur-Isère et de Crest sont "
     "intervenus, et le préfet de la Drôme s'est rendu sur place.",
     "fr", "Valence", 44.93, 4.89),
    ("Les pompiers de Carcassonne ont lutté contre un feu de forêt près de Montréal jeudi. Le maire "
     "de Montréal a remercié les secours de Castelnaudary.",
     "fr", "Montréal", 43.20, 2.14),
    # --- English: the big namesake abroad is meant and must stay
    ("A Georgia woman was hurt when a balcony collapsed in Athens, Greece, on Tuesday. Her family in "
     "Macon said she will fly home to Atlanta next week.",
     "en", "Athens", 37.98, 23.73),
    ("A Texas man was arrested in Paris, France, on Saturday after a fight at a cafe. His mother in "
     "Dallas said he had been studying in Paris for a year.",
     "en", "Paris", 48.86, 2.35),
    ("German police said a car drove into a crowd in Berlin on Saturday. Chancellor Olaf Scholz said "
     "Germany was in mourning, and police in Hamburg raised their alert.",
     "en", "Berlin", 52.52, 13.40),
    ("Foreign ministers from France, Italy and Poland met in Berlin on Monday to discuss aid to "
     "Ukraine, and will meet again in Warsaw next month.",
     "en", "Berlin", 52.52, 13.40),
    ("A bomb exploded near a church in Alexandria on Sunday, Egypt's interior ministry said. "
     "Security was raised in Cairo and Giza.",
     "en", "Alexandria", 31.20, 29.92),
    ("Ukrainian drones hit an oil depot near Moscow on Tuesday, Russia's defence ministry said. "
     "Flights at airports in Moscow and Kazan were halted.",
     "en", "Moscow", 55.75, 37.62),
    ("Riot police fired tear gas at protesters in Athens on Saturday as strikes spread across Greece. "
     "Ferries to the islands did not sail from Piraeus.",
     "en", "Athens", 37.98, 23.73),
    # --- French: the big namesake abroad is meant and must stay
    ("Le Premier ministre canadien s'est rendu à Londres mardi, après une visite à Ottawa et à "
     "Toronto.",
     "fr", "Londres", 51.51, -0.13),
    ("Les négociations sur le nucléaire iranien ont repris à Vienne, en Autriche, lundi. Les "
     "diplomates venus de Téhéran et de Washington se sont réunis à huis clos.",
     "fr", "Vienne", 48.21, 16.37),
    ("Le maire de Lyon s'est rendu à Paris jeudi pour rencontrer des ministres. Il a ensuite "
     "regagné Lyon en train.",
     "fr", "Paris", 48.86, 2.35),
    ("Des milliers de Grecs ont manifesté à Athènes contre la réforme des retraites. À Thessalonique, "
     "les cortèges étaient plus modestes.",
     "fr", "Athènes", 37.98, 23.73),
    ("Une fusillade a fait trois morts à Saint-Louis, dans le Missouri, samedi. La police de Kansas "
     "City a envoyé des renforts.",
     "fr", "Saint-Louis", 38.63, -90.20),
    ("Le chancelier allemand a reçu le président français à Berlin mercredi. Les deux dirigeants "
     "ont parlé de l'Ukraine et de la Pologne.",
     "fr", "Berlin", 52.52, 13.40),
]

# Second batch, written after the first passed whole on its first run: stories whose other places
# lie only inside organisations' names (a hospital, a school) or are few, the little context
# under which the big city abroad wins; and stories abroad told with a demonym only.
STORIES_2 = [
    # --- English: the home-country namesake is meant
    ("Berlin police said a teenager crashed into a tree on Sunday. He was taken to Androscoggin "
     "Valley Hospital, and Gorham firefighters and the Coos County Sheriff's Office helped.",
     "en", "Berlin", 44.47, -71.19),
    ("An Alexandria man was hurt in a crash on Saturday. He was taken to the Douglas County Hospital "
     "and later to St. Cloud Hospital, deputies said.",
     "en", "Alexandria", 45.89, -95.38),
    ("Athens firefighters put out a fire at a home on Sunday. The family was taken to Athens Regional "
     "Medical Center, and Oconee County and Madison County crews helped.",
     "en", "Athens", 33.96, -83.38),
    xfail_row("the story's other towns (Puryear, Springville) are no places of the gazetteer or the "
           "tagger, and 'Paris High School' is Paris itself: nothing says where the story is",
           "The Paris school board voted to hire four teachers. Parents from Puryear and Springville "
     "attended the meeting at Paris High School.",
     "en", "Paris", 36.30, -88.33),
    ("Cairo police arrested a man after a shooting on Sunday. Alexander County deputies said the "
     "victim was taken from Mound City to a hospital in Cape Girardeau.",
     "en", "Cairo", 37.01, -89.18),
    ("A Moscow woman was charged with theft. Whitman County deputies said she took a laptop from a "
     "store in Pullman and sold it in Lewiston.",
     "en", "Moscow", 46.73, -117.00),
    # --- French: the namesake of the story's country is meant
    ("Vienne : un cycliste a été blessé lundi. Il a été transporté au centre hospitalier de Vienne, "
     "et les pompiers de Pont-Évêque et de Chasse-sur-Rhône sont intervenus.",
     "fr", "Vienne", 45.52, 4.87),
    ("Un incendie s'est déclaré à Saint-Louis dimanche. Les pompiers de Hégenheim et de "
     "Village-Neuf ont été appelés, selon la mairie.",
     "fr", "Saint-Louis", 47.59, 7.56),
    ("Un homme a été blessé par balle à Saint-Louis vendredi. Il a été transporté au CHU de "
     "Saint-Pierre, selon les gendarmes de l'Étang-Salé et du Tampon.",
     "fr", "Saint-Louis", -21.29, 55.41),
    # --- the big namesake abroad is meant and must stay (a demonym, a world story)
    ("Two Ohio students were hurt in a bombing in Moscow on Monday, Russian officials said. Their "
     "families in Dayton and Springfield were told on Tuesday.",
     "en", "Moscow", 55.75, 37.62),
    # a demonym of an authority ('Greek police'): places._told_abroad, read after the home passes
    ("A Kentucky couple on holiday were robbed in Athens on Friday, Greek police said. Their "
     "daughter in Lexington said they would fly home through Frankfort.",
     "en", "Athens", 37.98, 23.73),
    ("Deux touristes de Lyon ont été agressés à Berlin samedi, a indiqué la police allemande. Leur "
     "famille à Villeurbanne a été prévenue.",
     "fr", "Berlin", 52.52, 13.40),
]


@pytest.mark.parametrize("text,lang,name,lat,lon", STORIES, ids=[row_id(i, r) for i, r in enumerate(STORIES)])
def test_every_mention_is_the_namesake_the_story_means(text, lang, name, lat, lon):
    assert_the_namesake_meant(text, lang, name, lat, lon)


@pytest.mark.parametrize("text,lang,name,lat,lon", STORIES_2, ids=[row_id(i, r) for i, r in enumerate(STORIES_2)])
def test_little_context_still_places_the_namesake(text, lang, name, lat, lon):
    test_every_mention_is_the_namesake_the_story_means(text, lang, name, lat, lon)


def test_a_trip_from_a_named_state_stays_abroad():
    # added after the rule: a state named is no nearness (Paris, Texas lies far from Austin); the
    # pass does not take it there, the first reading already does; a flight goes far
    # (places._told_abroad, tests/test_places_trips.py)
    text = ("A student from Austin, Texas, flew to Paris on Monday for a year of study, her "
            "parents in Round Rock said.")
    got = mentions(text, "en", "Paris")
    assert got and all(pm.place.country == "FR" for pm in got)


# Third batch, written after the rule and before running bilan on it: a demonym of the big
# namesake's country ("German police", « la police autrichienne ») is the name's own foreign
# context, even where the story's other names lie near a home namesake. First run 1 of 2 (the
# Vienne story); the two Moscow stories were added before a demonym guard in
# ``_home_namesakes`` was tried: 3 of 4 pass with or without it (the pass never moves them), and
# the failures are first readings, so no guard was kept; the failures stayed strict xfails until
# ``places._told_abroad`` (read after every home pass) took them abroad: 4 of 4.
DEMONYM_STORIES = [
    ("Two Ohio students were hurt when a car hit a crowd in Berlin on Friday, German police said. "
     "Their families in Canton and Massillon were told on Saturday.",
     "en", "Berlin", 52.52, 13.40),
    ("Two Idaho students were hurt in a bombing in Moscow on Monday, Russian officials said. Their "
     "families in Lewiston and Pullman were told on Tuesday.",
     "en", "Moscow", 55.75, 37.62),
    ("Deux étudiants de Lewiston ont été blessés à Moscou lundi, selon les autorités russes. Leurs "
     "familles à Pullman et à Spokane ont été prévenues.",
     "fr", "Moscou", 55.75, 37.62),
    ("Un habitant de la Drôme a été blessé à Vienne samedi, a indiqué la police autrichienne. Sa "
     "famille à Valence et à Romans-sur-Isère a été prévenue.",
     "fr", "Vienne", 48.21, 16.37),
]


@pytest.mark.parametrize("text,lang,name,lat,lon", DEMONYM_STORIES,
                         ids=[row_id(i, r) for i, r in enumerate(DEMONYM_STORIES)])
def test_a_demonym_keeps_the_name_abroad(text, lang, name, lat, lon):
    test_every_mention_is_the_namesake_the_story_means(text, lang, name, lat, lon)
