"""Namesakes in local news, second set: a local story's ambiguous town name ("Hanover",
"Alexandria", "Springfield", « Valence », « Saint-Denis », « Laval ») is the namesake the story
places (a "City, St." dateline, a state or county named in the story, the state of the story's
other places), not the biggest town of that name; and where the story is plainly where the big
namesake lies (Paris in a French story, Columbus in an Ohio story, Georgia in a Caucasus story),
the big reading stays. Stories written for this file before running bilan on them; each expects
every mention of the name within 161 km of the namesake's point (the eval's acc@161).

First run, before any change: 38 of 46 (the failures: "Springfield" of an Illinois story read in
Missouri; "A Virginia, Minn., man" read as the state; « London (Ontario) » read in England; « Valence,
en Espagne » dropped; and four names the tagger calls a person or an organisation: "Alexandria police",
"from Alexandria", "Lancaster city council", « Les secours de Saint-Pierre »). Louisville in a sports story (added
after the first form of the state rule, which moved big towns of sports stories that name teams of
many states) passes. After ``places._state_votes`` (the state of
the story's other names), the "City, St." reading of a state's name, a state in brackets, the big
town of the story's country named in its language, and a name before a town's word read as the
town: 45 of 48, 3 strict xfails (the tagger: "from Alexandria" a person, "Lancaster city council"
one organisation, « Saint-Pierre » a person). With places_fr.HOME_TOWN_CUES (h-capsplace: a name the tagger
calls a person after « de » is a town of the story's country), « Les secours de Saint-Pierre » passes: 46 of 48.
"""

from __future__ import annotations

import pytest

from placing import assert_the_namesake_meant, mentions, row_id, xfail_row


TAGGER = "the tagger calls the name a person or an organisation at every mention; no mention is read as a place"

# (story, lang, the name, lat, lon of the namesake the story means)
LOCAL = [
    # --- English: the small or second namesake is meant
    ("HANOVER, N.H. - A fire destroyed a barn on Route 10 on Tuesday night. Hanover fire chief Tom "
     "Reed said crews from Lebanon and Norwich helped, and no one in Hanover was hurt.",
     "en", "Hanover", 43.70, -72.29),
    ("A barn fire in Hanover kept crews busy on Tuesday. The Grafton County sheriff said no one was "
     "hurt. Firefighters from Lebanon and Enfield helped, and Hanover will review its hydrants.",
     "en", "Hanover", 43.70, -72.29),
    ("Hanover police arrested a man after a crash on Carlisle Street. The York County district attorney "
     "said he will be charged. Officers from Gettysburg and McSherrystown assisted.",
     "en", "Hanover", 39.80, -76.98),
    ("Alexandria police said a man was stabbed near King Street on Saturday. Arlington and Fairfax "
     "County officers joined the search, and Alexandria officials asked residents to stay inside.",
     "en", "Alexandria", 38.80, -77.05),
    xfail_row(TAGGER, "A teacher from Alexandria was named Louisiana's teacher of the year. The Rapides Parish school "
     "board said Alexandria will hold a parade, and families from Pineville will join.",
     "en", "Alexandria", 31.31, -92.45),
    ("AMHERST, Mass. - A water main break closed two roads near the university. Amherst officials "
     "said crews from Hadley and Northampton helped, and Amherst schools opened late.",
     "en", "Amherst", 42.37, -72.52),
    ("A Columbus, Ga., man was arrested in Phenix City, Ala., on Friday. Muscogee County deputies "
     "said the Columbus man was wanted for robbery.",
     "en", "Columbus", 32.46, -84.99),
    ("Lawmakers returned to Springfield on Tuesday for the veto session. The Illinois House debated "
     "the budget, and Springfield hotels were full; members from Chicago and Peoria arrived late.",
     "en", "Springfield", 39.80, -89.64),
    ("SPRINGFIELD, Mass. - A shooting on State Street left one man hurt. Springfield police said "
     "the man, from Holyoke, was taken to a hospital in Springfield.",
     "en", "Springfield", 42.10, -72.59),
    ("Springfield will repave Main Street. Springfield's mayor said Springfield can pay for it, and "
     "Springfield residents agreed at a meeting with officials from Champaign and Decatur, Illinois.",
     "en", "Springfield", 39.80, -89.64),
    ("A Richmond woman was hurt in a crash on the Eastern Bypass on Monday. Madison County deputies "
     "said she was driving from Berea to Richmond. Kentucky State Police are investigating.",
     "en", "Richmond", 37.75, -84.29),
    ("WORTHINGTON, Minn. - The Nobles County board met in Worthington on Monday to discuss a new "
     "jail. Officials from Adrian and Luverne attended.",
     "en", "Worthington", 43.62, -95.60),
    ("A Paris, Texas, man was charged with arson. Lamar County deputies said the fire started "
     "behind a store in Paris, and firefighters from Reno and Clarksville helped.",
     "en", "Paris", 33.66, -95.56),
    xfail_row(TAGGER, "Lancaster city council approved a budget on Wednesday. Lancaster County commissioners said "
     "the plan will help Lititz and Ephrata too, and Lancaster will hire four officers.",
     "en", "Lancaster", 40.04, -76.31),
    ("A Virginia, Minn., man died in a snowmobile crash near Eveleth. St. Louis County deputies "
     "said he was riding home to Virginia from Hibbing.",
     "en", "Virginia", 47.52, -92.54),
    ("ATHENS, Ga. - The University of Georgia closed its campus for a storm. Athens police said "
     "trees fell across roads in Athens and in Watkinsville, and Athens schools will stay closed.",
     "en", "Athens", 33.96, -83.38),
    ("MANCHESTER, N.H. - Manchester police arrested two men after a robbery on Elm Street. "
     "Police in Nashua and Concord helped find the car.",
     "en", "Manchester", 42.99, -71.46),
    ("Birmingham police said a man was shot in Ensley on Sunday. Jefferson County deputies and "
     "officers from Hoover and Bessemer searched for the gunman, and Birmingham's mayor spoke.",
     "en", "Birmingham", 33.52, -86.80),
    ("Portland officials closed the Eastern Promenade after a storm. Cumberland County said roads in "
     "South Portland and Westbrook were flooded, and Portland schools opened late.",
     "en", "Portland", 43.66, -70.26),
    ("Kingston police arrested a man on Broadway on Friday. Ulster County prosecutors said he will "
     "appear in court in Kingston, and officers from New Paltz and Saugerties helped.",
     "en", "Kingston", 41.93, -74.00),
    ("Cambridge police closed Massachusetts Avenue after a gas leak near Harvard Square. "
     "Residents of Somerville and Boston were also told to avoid the area around Cambridge.",
     "en", "Cambridge", 42.37, -71.11),
    # --- French: the small or second namesake is meant
    ("Un incendie a ravagé un entrepôt à Valence (Drôme) dans la nuit de mardi. Les pompiers de "
     "Romans-sur-Isère et de Montélimar sont venus en renfort, a indiqué la mairie de Valence.",
     "fr", "Valence", 44.93, 4.89),
    ("Saint-Denis (La Réunion) : un homme a été interpellé après un vol à main armée. Les gendarmes "
     "de Saint-Paul et du Port ont participé aux recherches, selon la préfecture de Saint-Denis.",
     "fr", "Saint-Denis", -20.88, 55.45),
    ("Un automobiliste a été blessé près du Stade de France à Saint-Denis samedi. La police de "
     "Seine-Saint-Denis a indiqué que le conducteur venait d'Aubervilliers.",
     "fr", "Saint-Denis", 48.94, 2.36),
    ("Un homme de 34 ans a été interpellé à Laval mardi. Le parquet de la Mayenne a ouvert une "
     "enquête, et des policiers du Mans et d'Angers ont été mobilisés.",
     "fr", "Laval", 48.07, -0.77),
    ("Montréal (Aude) : la fête du village est annulée. La mairie de Montréal a expliqué que les "
     "pompiers de Carcassonne et de Castelnaudary étaient mobilisés par les incendies.",
     "fr", "Montréal", 43.20, 2.14),
    ("Le Tampon : un accident de la route fait deux blessés. Les secours de Saint-Pierre sont "
     "intervenus, a précisé la gendarmerie de Saint-Denis, à La Réunion.",
     "fr", "Saint-Pierre", -21.34, 55.48),
    ("London (Ontario) : un incendie a détruit une usine. Les pompiers de London ont été aidés par "
     "ceux de Windsor et de Kitchener, selon la police provinciale de l'Ontario.",
     "fr", "London", 42.98, -81.25),
    ("Un cycliste a été renversé à Tours lundi. La police d'Indre-et-Loire a indiqué que "
     "l'automobiliste venait de Joué-lès-Tours.",
     "fr", "Tours", 47.39, 0.69),
    # --- English: the big or obvious namesake is meant and must stay
    ("Protesters marched in Paris on Saturday against the pension reform. Police in Lyon and "
     "Marseille reported smaller crowds, and Paris officials said the metro ran normally.",
     "en", "Paris", 48.86, 2.35),
    ("Ohio State students returned to Columbus on Monday. Officials in Dayton and Cincinnati said "
     "the roads were clear, and Columbus police added patrols near campus.",
     "en", "Columbus", 39.96, -83.00),
    ("Lancashire police said a man was arrested in Lancaster after a fight outside a pub. "
     "Officers from Preston and Morecambe helped, and Lancaster University said a student was hurt.",
     "en", "Lancaster", 54.05, -2.80),
    ("Russia moved troops near Abkhazia on Tuesday, officials in Tbilisi said. Georgia asked "
     "the European Union for help, and Georgia's president spoke to Turkey's leader.",
     "en", "Georgia", 42.0, 43.5),
    ("Storms knocked out power across Virginia on Sunday. Utilities said homes in Richmond, "
     "Norfolk and Roanoke were hit, and Virginia's governor declared an emergency.",
     "en", "Virginia", 37.5, -78.8),
    ("Protests spread from Cairo to Alexandria on Friday. Police in Port Said and Suez made arrests, "
     "and Alexandria's governor imposed a curfew.",
     "en", "Alexandria", 31.20, 29.92),
    ("Missouri State University in Springfield closed on Tuesday for ice. Roads near Branson and "
     "Joplin were also slick, and Springfield buses did not run.",
     "en", "Springfield", 37.21, -93.29),
    ("Henrico County police and Richmond officers searched for a gunman on Monday. Virginia State "
     "Police said Richmond schools were locked down, as were schools in Chesterfield.",
     "en", "Richmond", 37.54, -77.43),
    ("West Midlands Police said two men were stabbed in Birmingham on Saturday night. Officers from "
     "Coventry and Wolverhampton helped, and Birmingham's council called a meeting.",
     "en", "Birmingham", 52.48, -1.89),
    ("Louisville beat Notre Dame 31-24 on Saturday, and Cincinnati lost at Pittsburgh. Ohio State "
     "and Michigan play next week in Columbus, and Louisville goes to Miami.",
     "en", "Louisville", 38.25, -85.76),
    ("Worthington police closed High Street for a parade on Saturday. Officials in Dublin and "
     "Westerville, Ohio, said traffic near Worthington would be heavy.",
     "en", "Worthington", 40.09, -83.02),
    # --- French: the big or obvious namesake is meant and must stay
    ("Des milliers de manifestants ont défilé à Paris samedi. À Lyon et à Marseille, les cortèges "
     "étaient plus modestes, selon la préfecture de police de Paris.",
     "fr", "Paris", 48.86, 2.35),
    ("Des inondations ont frappé Valence, en Espagne, mardi. Le gouvernement à Madrid a envoyé "
     "l'armée, et Barcelone a proposé son aide à Valence.",
     "fr", "Valence", 39.47, -0.38),
    ("La police de Montréal a arrêté deux suspects lundi. Des policiers de Laval et de Longueuil "
     "ont participé à l'opération, selon le gouvernement du Québec à Montréal.",
     "fr", "Montréal", 45.50, -73.57),
    ("Un homme a été arrêté à Laval, au nord de Montréal, mardi. La Sûreté du Québec a indiqué que "
     "le suspect habitait Terrebonne.",
     "fr", "Laval", 45.57, -73.69),
    ("Une manifestation a eu lieu à Alexandrie vendredi. Au Caire et à Port-Saïd, la police a "
     "procédé à des arrestations, et le gouverneur d'Alexandrie a décrété un couvre-feu.",
     "fr", "Alexandrie", 31.20, 29.92),
    ("Un homme a été interpellé à Nancy jeudi. Le parquet de Meurthe-et-Moselle a indiqué que "
     "le suspect avait déjà été condamné à Metz.",
     "fr", "Nancy", 48.69, 6.18),
]


@pytest.mark.parametrize("text,lang,name,lat,lon", LOCAL, ids=[row_id(i, r) for i, r in enumerate(LOCAL)])
def test_every_mention_is_the_namesake_the_story_means(text, lang, name, lat, lon):
    assert_the_namesake_meant(text, lang, name, lat, lon)


def test_a_first_name_is_no_place():
    text = ("Nancy Martin, maire de Lunéville, a inauguré la nouvelle école jeudi. Les élus de "
            "Meurthe-et-Moselle ont salué le projet.")
    assert mentions(text, "fr", "Nancy") == []
    assert mentions(text, "fr", "Lunéville")


def test_a_name_before_a_town_word_is_read_only_where_the_story_is():
    # added after the rule: the tagger calls "Alexandria" a person; before "police" it is the
    # town of the story's country; with no other place to say where the story is, it is no
    # place (not Alexandria, Egypt)
    assert mentions("Alexandria police said a man was stabbed on Saturday. Arlington and Fairfax County "
                     "officers joined the search.", "en", "Alexandria")
    lone = "An Alexandria man was charged with theft on Monday, police said."
    assert [pm.place.country for pm in mentions(lone, "en", "Alexandria") if pm.place.country == "EG"] == []
