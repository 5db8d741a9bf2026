"""English cues that a sentence does not report one incident (same structure as reports_fr).

AGGREGATE_PERIODS: phrases that make a casualty figure a running total over a period ("more than
12,000 people have been killed since 1980", "630 people were killed in the past month"): such a
sentence sums many incidents and makes none of its own.
"""

AGGREGATE_PERIODS = [
    "so far this year", "this year", "so far in", "in the past year", "in the past 12 months", "over the past",
    "in the past few years", "in the last year", "over the last", "in recent years", "this year alone",
    "each year", "every year", "a year", "per year", "per month", "a month", "in the past decade",
    "since the beginning of the year", "since the start of the year", "to date",
    # a toll since a war, an invasion or a siege began ("more than 11,000 civilians had been killed since the
    # start of the full-scale invasion", "since the outbreak of the war")
    "since the start of the war", "since the beginning of the war", "since the outbreak of the war",
    "since the start of the conflict", "since the beginning of the conflict", "since the outbreak of the conflict",
    "since the start of the invasion", "since the start of the full-scale invasion",
    "since the beginning of the invasion", "since the start of the siege", "since the beginning of the siege",
    "since the war began", "since the war started", "since the conflict began", "since the siege began",
    # a rate ("the violence has claimed the lives of 21 people per day")
    "per day", "each day", "every day", "per week",
    # a month's total ("so far this month", "during the month of November")
    "so far this month", "this month alone", "since the beginning of the month",
    # a part of a year ("More than 1,400 people were kidnapped across Nigeria in the first half of the year")
    "in the first half of the year", "in the second half of the year", "in the first six months of",
    "in the first three months of", "in the first nine months of", "in the first quarter of", "in the first half of",
    "since the start of the month", "during the month of", "in the course of the month",
    # a toll put down to violence at large, not to one act ("403 people were killed in November as a
    # result of violent acts", "killed in acts of violence"): a sum of many incidents
    "as a result of violent acts", "as a result of acts of violence", "in violent acts",
    "in acts of violence", "victims of violent acts", "victims of acts of violence",
    # ... or to political violence ("112 civilians were killed and 230 wounded in political violence")
    "in political violence", "victims of political violence", "in the political violence",
]
# a toll put down to a bare plural of these nouns, whatever words qualify it ("227 people were killed
# in urban violent acts", "killed in terrorist acts"): violence at large, a sum of many incidents
GENERIC_ACT_NOUNS = ["acts"]
# "since" followed by a year ("since 1980") makes a running total too
SINCE_YEAR = ["since"]
# a toll whose doer is a whole war ("The war ... has killed tens of thousands of people", "the insurgency
# has claimed 35,000 lives"): a running total of many acts, none of its own
WAR_NOUNS = ["war", "conflict", "insurgency", "insurrection", "rebellion", "uprising", "crisis"]
# a toll over a stretch of time told by its length ("the violence that has bled our country for ten
# years, with more than 70,000 dead", "over two decades"): a preposition of this list on a unit of this
# list that carries a number makes a running total
DURATION_PREPS = ["for", "over"]
PERIOD_UNITS = ["years", "decades", "months"]

# a toll so far ("bringing to 45 the number of civilians killed", quantities_en.RUNNING_TOTAL_BEFORE) said
# with one of these is a tally of a period, many acts, not the toll of the act told ("The attack brings to
# 45 the number of civilians killed in the area this month")
TALLY_PERIODS = ["this month", "this year", "this week", "so far", "to date", "since"]

# a headline labelled by its genre before a colon ("Analysis: the challenges of disarmament"): comment
# on a subject, whose programmes and plans it names are no news of a change
GENRE_LABELS = ["analysis", "opinion", "editorial", "commentary", "explainer", "interview", "feature", "op-ed",
                "viewpoint", "column", "review", "q&a", "factbox", "backgrounder"]

# a headline that names an act before a colon and, after it, the work it titles ("Ambush: a novel of the bush
# war", "Siege: a review", "Hostage drama: the film that divides critics"): a title, no act
TITLED_WORKS = ["review", "film", "movie", "novel", "book", "documentary", "play", "series", "album", "exhibition",
                "trailer", "memoir", "biography", "thriller"]
# a headline that says what an act noun is ("Kidnapping, a growing business in the Sahel"): the articles of the
# indefinite noun phrase after its comma
CHARACTERISING_ARTICLES = ["a", "an"]

# the whole country ("41 people had been injured across the country"): a figure told so is no toll of one town's act;
# with IN_THE_COUNTRY, a figure of a present state of the country ("More than 7 million people are displaced in the
# country, according to the UN") is background, no one act's, and its source makes no claim on the act told before it
NATIONWIDE = ["across the country", "nationwide", "throughout the country", "in the whole country", "across the nation"]
IN_THE_COUNTRY = ["in the country"]

# past weeks or days ("over the past three weeks", "in the last few days"): a paragraph that tells them tells no
# part of the lead's event of the day (incidents._lead_day_for_parts)
RECENT_UNITS = ["weeks", "days"]
RECENT_WORDS = ["past", "last", "previous"]
