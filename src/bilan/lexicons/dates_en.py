"""English date lexicon for :mod:`bilan.extract.dates` (same names and template syntax as ``dates_fr``).

Month and weekday names are matched with their capital ("May", "MAY", not "may"): in English text
they are always capitalised, and the lower-case forms are common words (may, march, mar, sun).
Numeric dates: day-first is preferred (international and British usage, wire services outside the US);
month-first is used when day-first is impossible (03/17/2017), and between two possible readings the
resolver prefers one that is not after the publication date (see ``bilan.extract.dates``).
"""

MONTHS = {
    "January": 1, "Jan.": 1, "Jan": 1,
    "February": 2, "Feb.": 2, "Feb": 2,
    "March": 3, "Mar.": 3, "Mar": 3,
    "April": 4, "Apr.": 4, "Apr": 4,
    "May": 5,
    "June": 6, "Jun.": 6, "Jun": 6,
    "July": 7, "Jul.": 7, "Jul": 7,
    "August": 8, "Aug.": 8, "Aug": 8,
    "September": 9, "Sept.": 9, "Sept": 9, "Sep.": 9, "Sep": 9,
    "October": 10, "Oct.": 10, "Oct": 10,
    "November": 11, "Nov.": 11, "Nov": 11,
    "December": 12, "Dec.": 12, "Dec": 12,
}
MONTHS_CASED = True

WEEKDAYS = {
    "Monday": 0, "Mon.": 0,
    "Tuesday": 1, "Tue.": 1, "Tues.": 1,
    "Wednesday": 2, "Wed.": 2,
    "Thursday": 3, "Thu.": 3, "Thur.": 3, "Thurs.": 3,
    "Friday": 4, "Fri.": 4,
    "Saturday": 5, "Sat.": 5,
    "Sunday": 6, "Sun.": 6,
}
WEEKDAYS_CASED = True

DAY_WORDS: dict[str, int] = {}
DAY_SUFFIX = r"(?:st|nd|rd|th)"

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
         90: "ninety"}
_ORD_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth"]


def _number_words() -> dict[str, int]:
    out = {w: i for i, w in enumerate(_ONES) if i}
    out["a"] = out["an"] = 1
    for tens, word in _TENS.items():
        out[word] = tens
        for u in range(1, 10):
            out[f"{word}-{_ONES[u]}"] = tens + u
    out["a hundred"] = out["one hundred"] = 100
    return out


def _ordinal_days() -> dict[str, int]:
    out = {w: i for i, w in enumerate(_ORD_ONES) if i}
    out["twentieth"] = 20
    out["thirtieth"] = 30
    for u in range(1, 10):
        out[f"twenty-{_ORD_ONES[u]}"] = 20 + u
    out["thirty-first"] = 31
    return out


# "the seventeenth of March" (only with "the ... of": "the second March" is not a date)
ORDINAL_DAY_WORDS = _ordinal_days()

NUMERIC_ORDERS = ("dmy", "mdy")

NUMBER_WORDS = _number_words()
VAGUE_NUMBERS = {
    "a few": (2, 6),
    "few": (2, 6),
    "several": (3, 9),
    "a couple of": (2, 3),
    "a couple": (2, 3),
    "about ten": (8, 12),
    "a dozen": (10, 14),
}

UNITS = {
    "day": "day", "days": "day",
    "week": "week", "weeks": "week",
    "month": "month", "months": "month",
    "year": "year", "years": "year",
    "decade": "decade", "decades": "decade",
}

MODIFIERS = {"last": "last", "this past": "last", "next": "next", "this coming": "next", "this": "this"}

PARTS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid",
         "late": "late", "end": "late", "first week": "early", "last week": "late",
         # a quarter of a year, read as the part of it nearest ("the last quarter of 1989")
         "first quarter": "early", "last quarter": "late", "fourth quarter": "late"}

# words that tell an act was done in the night with no day of their own ("an overnight attack", "shelled the town
# overnight"): beside the day a statement of the act was made ("police said on Wednesday"), the act is dated to
# that night, the day before and the day itself (incidents._overnight_of_statement)
OVERNIGHT_WORDS = ["overnight"]
# the subordinator of a clause that a past perfect's act came right before ("had marched through the capital ... before
# police moved in"): the run-up to an act of the story, no background (incidents._pluperfect)
RUN_UP_MARKERS = ["before"]

# parts of a day next to midnight, in the words that date an act: two mentions of one story dated to two days in a
# row are one act only when the earlier one's words tell its day's end ("on Monday night", "late Monday") or the later
# one's its day's start ("early on Tuesday", "at dawn on Tuesday"); two bare days are two acts (link._told_days_apart)
DAY_END_WORDS = ["night", "evening", "late", "overnight", "midnight", "tonight"]
DAY_START_WORDS = ["morning", "dawn", "daybreak", "early", "overnight", "midnight", "predawn", "pre-dawn"]

DAYPARTS = ["morning", "afternoon", "evening", "night", "in the morning", "in the afternoon", "in the evening",
            "at night", "at dawn", "at noon", "around noon", "around midnight"]

_CUES = r"(?:in|since|until|till|before|after|during|through|from|between)"
# what follows a day told without its month ("on the 12th, gunmen ...", "on the 12th near Kossa")
_AFTER_DAY_ONLY = r"(?= ?[,.;:!?)]| ?$| (?:in|at|near|outside|around|along|when|as|during|after|before|and))"

# what follows a day counted from the act told before ("a day after the attack"): a word of an act (PATTERNS, anaphoric)
_AFTER_AN_ACT = (r"(?= (?:the|this|that|their|its) (?:deadly |first |latest |twin |suicide )?(?:attack|attacks|raid"
                 r"|ambush|assault|killing|killings|massacre|bombing|bombings|blast|explosion|clash|clashes|fighting"
                 r"|shelling|strike|strikes|abduction|kidnapping|incident)\b)")

PATTERNS = [
    # --- calendar dates ------------------------------------------------------------------------
    # 17 March 2017, Tuesday 17 March, 3 Jan., the 17th of March
    (r"[[(?:(?:the|this) )?(?:{weekday},? )?{day}(?: of)? {month}(?:,? {year})?]]", "dmy", {}),
    # March 17, March 17, 2017, Tuesday, March 17
    (r"[[(?:{weekday},? )?{month} {day}(?:,? {year})?]]", "dmy", {}),
    # the seventeenth of March
    (r"[[the {dayword} of {month}(?:,? {year})?]]", "dmy", {}),
    # 17 and 18 March, 17-18 March, March 17-18, March 17 to 20, 2017
    (r"[[{day}(?: ?- ?| (?:and|to|through) ){day2} {month}(?:,? {year})?]]", "range", {}),
    (r"[[{month} {day}(?: ?- ?| (?:and|to|through) ){day2}(?:,? {year})?]]", "range", {}),
    # March-April, March to May 2016
    (r"[[{month} ?(?:-|to|through|and) ?{month2}(?:,? {year})?]]", "mrange", {}),
    # May 26 last year, January last year, March this year
    (r"[[(?:{weekday},? )?{month} {day},? last year]]", "dmy", {"year_offset": -1}),
    (r"[[(?:{weekday},? )?{day} {month},? last year]]", "dmy", {"year_offset": -1}),
    (r"[[(?:{weekday},? )?{month} {day},? this year]]", "dmy", {"year_offset": 0}),
    (r"[[(?:{weekday},? )?{day} {month},? this year]]", "dmy", {"year_offset": 0}),
    (r"[[{month},? last year]]", "my", {"year_offset": -1}),
    (r"[[{month},? this year]]", "my", {"year_offset": 0}),
    # March 2017, last March, in March
    (r"[[{month},? {year}]]", "my", {}),
    (r"[[{mod} {month}]]", "my", {}),
    # where a count starts is past: "since January" in a December story is this January, not the next
    (r"since [[{month}]]", "my", {"mod": "past"}),
    (_CUES + r" [[{month}]]", "my", {}),
    # in 2016, the year 2016, between 1990 and 1999, the 1960s, the '60s
    (_CUES + r" [[{year}]]", "y", {}),
    (r"(?:by|of) [[{year}]](?= ?[,.;:!?)])", "y", {}),
    (r"[[(?:the )?year {year}]]", "y", {}),
    # a 2010 commando raid ("a" + plural count is not English, so the number is a year)
    (r"(?<![\w'])a [[{year}]](?= [a-z])", "y", {}),
    (r"(?:between|from) [[{year} (?:and|to|through|until) {year2}]]", "yrange", {}),
    (r"[[(?:the )?(?=\d{4}s|'\d0s)'?{decade}s]]", "decade", {}),
    # mid-February, early March, late March 2016, the end of March
    (r"[[(?:the )?{part}(?:-| )(?:of )?{month}(?:,? {year})?]]", "part_month", {}),
    # late 2016, mid-2017, the end of 2016
    (r"[[(?:the )?{part}(?:-| )(?:of )?{year}]]", "part_year", {}),
    # late last year, the end of last month
    (r"[[(?:the )?{part}(?:-| )(?:of )?{mod} year]]", "rel_year", {}),
    (r"[[(?:the )?{part}(?:-| )(?:of )?{mod} month]]", "rel_month", {}),
    # the end of the year, the beginning of the month (the current ones)
    (r"[[the {part} of the year]]", "rel_year", {"offset": 0}),
    (r"[[the {part} of the month]]", "rel_month", {"offset": 0}),
    # --- relative to the publication date -------------------------------------------------------
    # a day of the month told without its month, in a dispatch ("killed on the 12th near Kossa", "on Tuesday the
    # 2nd"): the latest such day on or before publication; an ordinal, then a mark, the end or a word that opens a
    # place or a time (not "on the 3rd floor")
    (r"on [[(?:{weekday},? )?the (?=\d\d?(?:st|nd|rd|th)){day}]]" + _AFTER_DAY_ONLY, "day_only", {}),
    (r"[[the day before yesterday]]", "rel_day", {"offset": -2}),
    (r"[[(?:(?:early|late) )?yesterday(?: {daypart})?]]", "rel_day", {"offset": -1}),
    (r"[[the day after tomorrow]]", "rel_day", {"offset": 2}),
    (r"[[(?:(?:early|late) )?tomorrow(?: {daypart})?]]", "rel_day", {"offset": 1}),
    (r"[[(?:(?:early|late|earlier|later) )?today]]", "rel_day", {"offset": 0}),
    (r"[[this (?:morning|afternoon|evening)]]", "rel_day", {"offset": 0}),
    (r"[[tonight]]", "night", {"offset": 0}),
    (r"[[last night]]", "night", {"offset": -1}),
    # a night told by the two days it spans, dated to both ("the night of Saturday to Sunday", "overnight Saturday into
    # Sunday", "Saturday night into Sunday", "the night between Saturday and Sunday")
    (r"[[(?:the )?night (?:of|from) {weekday} (?:to|into) {weekday2}]]", "night_pair", {}),
    (r"[[overnight (?:from )?{weekday} (?:to|into|and) {weekday2}]]", "night_pair", {}),
    (r"[[{weekday} night (?:to|into) {weekday2}(?: morning)?]]", "night_pair", {}),
    (r"[[(?:the )?night between {weekday} and {weekday2}]]", "night_pair", {}),
    # two days told together: from the first to the second ("on Thursday and Friday", "between Monday and Tuesday")
    (r"[[{weekday} (?:and|to|through) {weekday2}]]", "weekday_pair", {}),
    # ("early on Tuesday", "at dawn on Tuesday", "in the early hours of Tuesday": the part of the day is in the words
    # that date the act, link._told_days_apart reads it)
    (r"[[(?:(?:(?:early|late|(?:at|before|just before|shortly before) (?:dawn|daybreak))(?: on)?"
     r"|in the (?:early|small) hours of) )?(?:{mod} )?{weekday}(?: {daypart})?]]", "weekday", {}),
    (r"[[{mod} week]]", "rel_week", {}),
    (r"[[{mod} week(?:-| )?end]]", "weekend", {}),
    (r"over [[the week(?:-| )?end]]", "weekend", {"mode": "recent"}),
    # the weekend as the act noun's modifier ("in weekend clashes", "Weekend attack on a village kills nine"): the
    # last weekend up to the news, as "over the weekend"
    (r"[[week(?:-| )?end]](?= (?:clash|clashes|fighting|violence|attack|attacks|raid|raids|ambush|ambushes|killings?"
     r"|massacre|massacres|bombing|bombings|shooting|shootings|unrest)\b)", "weekend", {"mode": "recent"}),
    (r"[[{mod} month]]", "rel_month", {}),
    (r"[[earlier this month]]", "rel_month", {"offset": 0}),
    (r"[[{mod} year]]", "rel_year", {}),
    (r"[[earlier this year]]", "rel_year", {"offset": 0}),
    # three days ago, a few weeks ago, nearly two years ago
    (r"[[(?:(?:about|nearly|almost|some|around|roughly|more than|over|less than) )?{num} {unit} ago]]", "ago", {}),
    # the past week, the last three days, the past few months (windows ending on publication; "in the
    # past week" is not the previous calendar week)
    (r"[[the (?:last|past) {num} {unit}]](?!\x20of\b)", "window", {}),
    (r"[[the (?:last|past) {unit}]](?!\x20of\b)", "window", {"n": (1, 1)}),
    (r"[[(?:recent|the last|the past) (?:days|weeks|months|years)]]", "block", {}),
    # --- present --------------------------------------------------------------------------------
    (r"[[(?:now|currently|ongoing|at present|presently|at the moment|right now|nowadays)]]", "present", {}),
    # --- anaphoric: the day of an event mentioned before ------------------------------------------
    (r"[[(?:(?:later|earlier) )?that (?:same )?(?:day|night|morning|afternoon|evening)]]", "anaphoric", {}),
    (r"[[the same (?:day|night|morning|afternoon|evening)]]", "anaphoric", {}),
    (r"[[the (?:next|following) (?:day|morning|night|evening)]]", "anaphoric", {"offset": 1}),
    (r"[[the day after]]", "anaphoric", {"offset": 1}),
    (r"[[the (?:previous|preceding) (?:day|night|evening)]]", "anaphoric", {"offset": -1}),
    (r"[[the day before]]", "anaphoric", {"offset": -1}),
    (r"[[{num} {unit} (?:later|afterwards)]]", "anaphoric", {"sign": 1}),
    (r"[[{num} {unit} earlier]]", "anaphoric", {"sign": -1}),
    # a day counted from the act told before ("A day after the attack, ...", "1 DAY AFTER THE ATTACK", "two days after
    # the raid"): that act's day and the count, not a window; only after a word of an act (not "two years after the
    # war", "a day after the election")
    (r"[[a day after]]" + _AFTER_AN_ACT, "anaphoric", {"offset": 1}),
    (r"[[{num} {unit} after]]" + _AFTER_AN_ACT, "anaphoric", {"sign": 1}),
    # --- not dates: recurring days ---
    (r"[[(?:every|each) {weekday}]]", "block", {}),
    # named days that are not the weekday before publication
    (r"[[(?:Good|Black|Bloody|Holy|Easter|Palm|Ash|Super) {weekday}]]", "block", {}),
]
