"""Regular expressions for English time expressions, compiled once at import.

Each pattern finds one family of expression and names the pieces its handler in
``times_rules`` needs. Month and weekday names are matched case-sensitively (``(?-i:...)``) so
that "may" and "march" as verbs are never dates; everything else ignores case.
"""

import re

from stories.extraction.times.vocab import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_PATTERN,
    ORDINALS,
    WEEKDAYS,
    word_set,
)

_I = re.IGNORECASE

START = r"(?<![\w'’-])"  # an expression never starts inside a word
END = r"(?![\w-])"  # nor stops inside one ("Tuesdays", "15-year-old")

WEEKDAY = "(?-i:" + "|".join(WEEKDAYS) + ")"
MONTH_NAME = "(?-i:" + "|".join(MONTHS) + ")"
MONTH = "(?-i:" + "|".join(MONTHS) + "|" + "|".join(a + r"\.?" for a in MONTH_ABBREVIATIONS) + ")"
DAY_OF_MONTH = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"  # "May 18:" heads a list
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?!\d)"
EDGE = r"(?:(?P<edge>early|late|mid)(?:-|\s+))?"  # "early December", "mid-2012"
RELATION = r"(?P<rel>last|next|this(?:\s+(?:past|coming))?|past|coming)"
PART_OF_DAY = r"(?P<part>morning|afternoon|evening|night|overnight)"
UNIT = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|"
    r"decades?|century|centuries)"
)
MODIFIER = (
    r"(?P<mod>(?:no|not)\s+more\s+than|more\s+than|less\s+than|fewer\s+than|just\s+over|"
    r"just\s+under|well\s+over|over|under|nearly|almost|about|around|roughly|approximately|"
    r"some|at\s+least|at\s+most|up\s+to|barely|only|just|a\s+mere|mere|a\s+full|a\s+good)"
)
DEICTIC = r"today|tonight|yesterday|tomorrow"
CLOCK = (
    r"(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*[ap]\.?\s?m\b\.?"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])|noon|midnight)"
    r"(?:\s*\(?(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)\)?"
    r"|\s+local\s+time)?"
)
CLOCK_PARTS = re.compile(
    r"(?P<h>\d{1,2})(?::(?P<mi>\d\d))?\s*(?P<ampm>[ap])?|(?P<word>noon|midnight)", _I
)
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True))


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


DATE_MONTH_DAY = _compile(
    START + rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAY_OF_MONTH})"
    rf"(?:\s*[-–]\s*(?P<day2>{DAY_OF_MONTH}))?(?:,?\s+(?P<year>{YEAR}))?" + END
)
DATE_DAY_MONTH = _compile(
    START + rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<day>{DAY_OF_MONTH})(?:\s+of)?\s+(?P<mon>{MONTH})"
    rf"(?:,?\s+(?P<year>{YEAR}))?" + END
)
MONTH_YEAR = _compile(START + EDGE + rf"(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})" + END)
ISO_DATE = _compile(
    r"(?<![\d-])(?P<year>(?:1[6-9]|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
    r"(?:T(?P<iso_time>(?:[01]\d|2[0-3]):[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
    r"(?:Z|[+-]\d\d:?\d\d)?)?"
    r"(?![\d])"
)
NUMERIC_DATE = _compile(
    r"(?<![\d/.])(?P<mon>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>(?:19|20)\d\d)"
    r"(?![\d/])"
)
WEEKDAY_NAME = _compile(
    START + rf"(?:(?P<edge>early|late)\s+)?(?:{RELATION}\s+)?(?P<wd>{WEEKDAY})"
    rf"(?:\s+{PART_OF_DAY})?" + END
)
MONTH_ALONE = _compile(
    START + EDGE + rf"(?:{RELATION}\s+)?(?P<mon>{MONTH_NAME})"
    r"(?:,?\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?" + END
)
DEICTIC_DAY = _compile(
    START + rf"(?:(?P<edge>early|late)\s+)?(?P<word>{DEICTIC})(?:\s+{PART_OF_DAY})?" + END
)
# "mid-afternoon yesterday", "late morning today": the part of the day written first.
PART_BEFORE_DAY = _compile(
    START + r"(?P<edge>early|late|mid)[-\s]?(?P<part>morning|afternoon|evening)\s+"
    r"(?P<word>today|yesterday|tomorrow)" + END
)
PART_OF_TODAY = _compile(
    START + r"(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)" + END
)
PRESENT = _compile(START + r"(?:now|currently|nowadays|at\s+present)" + END)
RECENTLY = _compile(START + r"(?:recently|lately)" + END)
PAST_OR_FUTURE = _compile(
    r"(?<![\w])(?:in|from|of|into|about)\s+(?P<ref>the\s+(?:past|future))"
    + END
    # "in the past two quarters", "the past few years": a span the duration rules read
    + r"(?!\s+(?:\d|few|several|many|couple|"
    + NUMBER_PATTERN
    + r")\b)"
)
AT_THE_TIME = _compile(START + r"at\s+the\s+time(?!\s+of)" + END)
RELATIVE_UNIT = _compile(
    START + EDGE + r"(?P<the>the\s+)?(?P<rel>last|past|this|next|coming|current|previous|"
    r"following)\s+(?P<fiscal>fiscal\s+)?"
    r"(?P<unit>week|weekend|month|year|quarter|decade|century)" + END
)
WEEKEND = _compile(r"(?<![\w])(?:over|during|at|on)\s+(?P<we>the\s+weekend)" + END)
SEASON = _compile(
    START + EDGE + r"(?:(?P<rel>last|next|this|past|coming)\s+)?"
    r"(?P<season>summer|winter|spring|fall|autumn)"
    rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?" + END
)
QUARTER = _compile(
    START + r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[-\s]+"
    r"(?:fiscal[-\s]+)?(?P<kind>quarter|half)"
    rf"(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR}|(?:the|this|last|next)\s+year))?" + END
)
# "the quarter", "the latest quarter", "the year-ago quarter", "the quarter a year ago": in
# business news, the quarter being reported (the last one closed) or the same quarter a year
# before.
REPORTED_QUARTER = _compile(
    START + r"the\s+(?:(?P<rel>latest|most\s+recent|just[-\s]ended|recent|past|"
    r"year[-\s]earlier|year[-\s]ago|comparable(?:\s+year[-\s](?:earlier|ago))?)\s+)?"
    r"(?:fiscal[-\s]+)?quarter(?!\s+(?:of|century|mile|point|final)\b)"
    r"(?P<back>\s+a\s+year\s+(?:ago|earlier|before))?" + END
)
QUARTER_CODE = _compile(
    START + rf"(?:(?-i:Q)(?P<q>[1-4])(?:\s+(?P<year>{YEAR}))?|(?P<year_first>{YEAR})\s+"
    r"(?-i:Q)(?P<q2>[1-4]))" + END
)
YEAR_NUMBER = _compile(
    r"(?<![\w$£€.,:/-])" + EDGE + r"(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*)?"
    rf"(?P<year>{YEAR})(?:\s*[-–—/]\s*(?P<year2>{YEAR}|\d\d)(?!\d))?(?![\w%-]|[.,]\d)"
)
DECADE = _compile(START + EDGE + r"(?P<dec>(?:1[6-9]|20)\d0s|['’]\d0s)" + END)
CENTURY = _compile(START + EDGE + rf"(?P<ord>{_ORDINAL})[-\s]+century" + END)
PART_OF_PERIOD = _compile(
    START + r"(?P<pos>end|close|beginning|start|middle|turn)\s+of\s+(?:the\s+)?"
    r"(?P<unit>year|month|week|decade|century)" + END
)
DURATION = _compile(
    START + rf"(?:{MODIFIER}\s+)?(?P<pre>(?:the|these|those)\s+(?:(?P<dir>past|last|next|"
    r"first|coming|previous|following|final|latest|recent|remaining)\s+)?)?"
    rf"(?P<num>{NUMBER_PATTERN})(?P<half>\s+1/2|\s*½)?[-\s]+(?:more\s+|additional\s+|"
    rf"long\s+|straight\s+|consecutive\s+|full\s+|trading\s+|business\s+|working\s+)?{UNIT}"
    + END
    + r"(?P<and_half>\s+and\s+a\s+half\b)?(?!\s+old\b)"
)
AGO = _compile(
    START
    + rf"(?:{MODIFIER}\s+)?(?P<num>{NUMBER_PATTERN})\s+{UNIT}\s+(?P<dir>ago|earlier|later)"
    + END
    + r"(?!\s+than\b)"  # "a year later than planned" is a delay, not a time
)
UNITS_ALONE = _compile(
    START + r"(?:(?P<pre>recent|coming|the\s+coming|the\s+past|the\s+last|the\s+next)\s+)?"
    r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)" + END
)
EVERY = _compile(
    START + r"(?:every|each)\s+(?:other\s+|single\s+)?(?P<what>second|minute|hour|day|night|"
    r"week|weekend|month|year|decade|morning|afternoon|evening|summer|winter|spring|fall|"
    rf"autumn|{WEEKDAY}|{MONTH_NAME})" + END
)
FREQUENCY = _compile(
    START + rf"(?:once|twice|thrice|{NUMBER_PATTERN}\s+times)\s+(?:a|an|per|each|every)\s+"
    r"(?P<unit>second|minute|hour|day|night|week|month|year|decade)" + END
)
FREQUENCY_ADVERB = _compile(
    START + r"(?P<adv>annually|yearly|monthly|weekly|daily|nightly|hourly|quarterly)" + END
)
WEEKDAYS_PLURAL = _compile(START + rf"(?P<wd>{WEEKDAY})s" + END)
# A weekday followed by its date ("Saturday, May 18") is left to the date rules: the date, not
# the weekday, says which day it is.
_WEEKDAY_WITHOUT_DATE = (
    rf"(?P<wd>{WEEKDAY})(?!,?\s+(?:{MONTH}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}))"
)
CLOCK_TIME = _compile(
    START
    + rf"(?P<clock>{CLOCK})(?:\s+(?:on\s+)?{_WEEKDAY_WITHOUT_DATE}|\s+(?P<word>{DEICTIC}))?"
    + END
)
# "in the morning", "by mid afternoon": a part of the day the story is telling, named alone.
LONE_PART_OF_DAY = _compile(
    r"(?<![\w])(?:in|during|by|until)\s+(?P<span>(?:the\s+)?(?:(?P<edge>early|late|mid)[-\s]?)?"
    r"(?P<part>morning|afternoon|evening))" + END + r"(?!\s+(?:of|on|hours|session|news|paper)\b)"
)
DAY_AT_CLOCK = _compile(
    START + rf"(?:(?P<wd>{WEEKDAY})|(?P<word>today|tomorrow|yesterday))"
    rf"(?:\s+{PART_OF_DAY})?,?\s+at\s+(?P<clock>{CLOCK})" + END
)
ELAPSED_TIME = _compile(r"(?<![\w:.])(?P<h>\d{1,2}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])")

# Context checks used by the handlers.
QUANTITY_AFTER = _compile(
    r"\s*(?:%|percent\b|per\s*cent\b|(?:people|persons|men|women|children|troops|soldiers|"
    r"workers|jobs|homes|houses|votes|cases|deaths|dollars|euros|pounds|yuan|yen|km|kilometers|"
    r"kilometres|miles|meters|metres|feet|tons|tonnes|barrels|acres|hectares|units|copies|"
    r"employees|students|patients|residents|members|users|points|cars|vehicles|passengers)\b"
    r"|(?:[A-Z]\w*\.?\s+){1,3}(?-i:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|"
    r"Lane|Way|Ct|Court|Pl|Place|Hwy|Highway|Pike|Parkway)\b)"
)
QUANTITY_BEFORE = _compile(
    r"\b(?:about|around|nearly|almost|roughly|approximately|some|than|least|only|over|under|"
    r"up\s+to)\s+$"
)
# "VFW Post No. 1922", "Route Number 1990", "room #2004": a number after a word that numbers a
# thing is its label, not a year.
NUMBER_LABEL_BEFORE = re.compile(r"(?:\b(?-i:No|Nos)\.?|\bnumber|#)\s*$", re.I)
MONTH_BEFORE_CONJUNCTION = re.compile(MONTH_NAME + r",?\s+(?:and|or)\s+$")
PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\W*$")
NEXT_WORD = re.compile(r"^\W*([A-Za-z]+)")
# A determiner or possessive right before a time: "a March 21 call", "Trump's July 25 call",
# "the 1988 period". Such a time is written before a noun and dates that thing (used by
# times.find for anchors and by events.dates for clause dates, so both read it alike).
DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|this|that|his|her|its|their|our|your)|['’]s)\s+$", re.I
)
# The lowercase word right after a time written before a noun, in the same paragraph ("the
# April death", "a 2011 Volvo"; not "the April \n\ndeath"), and the words that join or govern
# rather than name a thing ("the May of 1968", "the March toward the capitol", "the plan may").
NOUN_AFTER = re.compile(r"(?:[ \t]+\n?|\n)[ \t]*(?P<word>[a-z][a-z-]+)\b")
NOT_A_NOUN = word_set(
    "of and or to in on at for by with from that as is was were are be been has had have will "
    "would can could should may might must do does did not when where which who whom whose while "
    "if than but so after before since until toward towards against through across into over "
    "under past around along upon amid among beyond behind near within without via"
)
