"""US namesakes and famous cities abroad in local US news (h-lgl).

A town of local US news is read in the story's state: the state named next to it ("Maryville, Tenn."), the dateline's
state ("NASHVILLE, Tenn. -"), the state a body of the story names ("the Tennessee Department of Education"), the state
the story's other places lie in; a famous city abroad ("Athens", "Paris", "Dublin") loses to the town of that state
when the story tells nothing abroad. A story about France keeps Paris in France, a Greek one Athens in Greece, and a
US story that tells a trip to "Paris, France" keeps it there.

A town the tagger does not label (it calls "Anderson" a person) votes for no state, yet is read in the state the
story's other places lie in when its name has a town there (``places._state_votes``: the vote no longer needs two
states among the labelled names).

Rows written for this file (our own sentences, real US towns); the two unlabelled "Anderson" rows were written after a
probe showed the miss. Before the change: 23 of 26 (both "Anderson" rows read in Indiana, the biggest Anderson);
after the ``_state_votes`` change: 25 of 26. "Paris" with "Jackson" and no state stays a strict xfail: a famous name
supports only through its famous place, and one other town alone is too weak a sign (small Parises and Jacksons lie
near each other by chance).
Rows: (text, lang, the name as written, lat, lon of the place meant).
"""

from __future__ import annotations

import pytest

from placing import assert_the_namesake_meant, row_id, xfail_row

ATHENS_TN = (35.44, -84.59)
ATHENS_AL = (34.80, -86.97)
ATHENS_GA = (33.96, -83.38)
ATHENS_TX = (32.20, -95.86)
ATHENS_GR = (37.98, 23.73)
PARIS_TN = (36.30, -88.33)
PARIS_FR = (48.85, 2.35)
DUBLIN_OH = (40.10, -83.11)
MARYVILLE_TN = (35.76, -83.97)
ANDERSON_SC = (34.50, -82.65)
ALEXANDRIA_VA = (38.80, -77.05)
DECATUR_AL = (34.61, -86.98)
JACKSON_TN = (35.61, -88.81)

ROWS = [
    # a state named next to the town
    ("Library hosts reading night in Maryville. The Blount County library in Maryville, Tenn., will hold a reading "
     "night on Thursday, the director said.", "en", "Maryville", *MARYVILLE_TN),
    ("Mayor speaks at Athens festival. The mayor of Athens, Georgia, spoke at the festival. Visitors came from "
     "Atlanta and Gainesville.", "en", "Athens", *ATHENS_GA),
    ("Dublin schools add art classes. Students in Dublin, Ohio, will have new art classes this fall, the school "
     "board in Columbus said.", "en", "Dublin", *DUBLIN_OH),
    # the dateline's state
    ("ATHENS, Tenn. - The city will open a new recycling center on Friday, officials said. Athens residents can "
     "bring glass and cardboard.", "en", "Athens", *ATHENS_TN),
    ("NASHVILLE, Tenn. - A fire destroyed a warehouse in Athens on Monday, the state fire marshal said. No one was "
     "hurt.", "en", "Athens", *ATHENS_TN),
    ("CHATTANOOGA, Tenn. - The school board in Athens voted on Tuesday to build a new gym, officials said. Students "
     "from Cleveland will also use it.", "en", "Athens", *ATHENS_TN),
    # a state named by a body of the story, or in the story
    ("Recycling starts at Athens center. The center will accept glass from Athens residents starting Friday, the "
     "Tennessee Department of Environment said.", "en", "Athens", *ATHENS_TN),
    ("Council cancels election. The council canceled the May city election in Athens because no race was "
     "contested. Athens Mayor John Smith said the Texas law allows it.", "en", "Athens", *ATHENS_TX),
    ("Teacher honored. A teacher from Paris received the state's top teaching award on Friday in Memphis, the "
     "Tennessee Department of Education said.", "en", "Paris", *PARIS_TN),
    ("Fire guts home. A house fire in Dublin on Sunday left a family of four homeless, firefighters said. The Ohio "
     "State Fire Marshal is investigating.", "en", "Dublin", *DUBLIN_OH),
    ("Students from Dublin win robotics prize. Students from several Dublin elementary schools won a robotics "
     "prize in Ohio on Saturday.", "en", "Dublin", *DUBLIN_OH),
    # the state the story's other places lie in
    ("Council approves budget in Athens. The Athens City Council approved a new budget on Monday. Council members "
     "in Athens also discussed road repairs near Decatur, Alabama, and Huntsville.", "en", "Athens", *ATHENS_AL),
    ("Paris girl wins spelling bee. A fifth grader from Paris won the county spelling bee on Friday in Jackson, "
     "Tennessee. She will travel to Nashville in May.", "en", "Paris", *PARIS_TN),
    ("Road work begins. Crews began repaving Main Street in Dublin on Monday, city officials said. Work in nearby "
     "Hilliard and Columbus starts next month.", "en", "Dublin", *DUBLIN_OH),
    ("Dublin council names city manager. The Dublin City Council named a new city manager on Monday. He worked in "
     "Columbus for ten years.", "en", "Dublin", *DUBLIN_OH),
    ("Library opens. A new library opened in Decatur on Saturday. The mayor of Decatur said readers from "
     "Huntsville and Athens were welcome.", "en", "Decatur", *DECATUR_AL),
    ("Plant to close. A paper plant in Alexandria will close in June, the company said. Workers in Fairfax and "
     "Arlington were told on Friday.", "en", "Alexandria", *ALEXANDRIA_VA),
    ("Man charged. Police in Anderson charged a man with theft on Monday. He was arrested at a store in "
     "Greenville, the sheriff said.", "en", "Anderson", *ANDERSON_SC),
    # an unlabelled town beside the one place of the story
    ("Funding ends for children's center. The state will stop funding the children's center in Charleston on "
     "Friday, the director said. A second center for disabled children in Anderson closed last year.", "en",
     "Anderson", *ANDERSON_SC),
    ("Center loses funding. A center in Anderson will close on Friday. \"We tried everything,\" the director said. "
     "Its sister center in Charleston stays open.", "en", "Anderson", *ANDERSON_SC),
    # guards: the famous city abroad the story tells
    ("Family returns from trip. A family from Nashville, Tennessee, returned on Sunday from a two-week trip to "
     "Paris, France, where they visited the Louvre.", "en", "Paris", *PARIS_FR),
    ("Strikes in France. Workers in Paris and Lyon walked off the job on Tuesday as unions protested pension cuts "
     "across France.", "en", "Paris", *PARIS_FR),
    ("Greek ferries halted. Ferry workers in Athens and Piraeus went on strike on Wednesday, halting travel to the "
     "islands of Greece.", "en", "Athens", *ATHENS_GR),
    ("Grève à Paris. Les cheminots ont cessé le travail mardi à Paris et à Lyon, a annoncé un syndicat français.",
     "fr", "Paris", *PARIS_FR),
    ("Une école d'Athens, dans le Tennessee, ouvre ses portes. La nouvelle école d'Athens accueillera 300 élèves "
     "dès lundi, a indiqué la mairie.", "fr", "Athens", *ATHENS_TN),
    xfail_row("a famous name with one other town and no state: Paris, Tennessee is not preferred to Paris, France "
              "(famous names support only through their famous place; one small namesake beside it is chance)",
              "Paris girl will sing in 'Annie'. Mary Collins of Paris has a part in the musical, which opens Friday "
              "at the theater in Jackson.", "en", "Paris", *PARIS_TN),
]


@pytest.mark.parametrize(("text", "lang", "name", "lat", "lon"), ROWS,
                         ids=[row_id(i, r) for i, r in enumerate(ROWS)])
def test_the_namesake_the_story_means(text, lang, name, lat, lon):
    assert_the_namesake_meant(text, lang, name, lat, lon)
