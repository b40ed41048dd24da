"""Words of English time expressions, shared by the patterns and by the value builders.

Kept apart from the regular expressions so that one table (say, the month names) drives both the
pattern that finds a word and the code that turns it into a number.
"""

import re

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Month names that are also ordinary words or common first names need a cue ("in May", "last
# June") before they count on their own; "May 2010" and "June 5" are found by other patterns.
AMBIGUOUS_MONTHS = frozenset({"March", "April", "May", "June", "August"})

# TimeML codes for parts of the day ("Sunday night" -> 2023-09-10TNI).
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# First month of each (northern) season; winter belongs to the year in which it starts.
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Period units with their TimeML duration letter and how many of that letter one unit makes.
UNITS = {
    "second": ("S", 1),
    "minute": ("M", 1),
    "hour": ("H", 1),
    "day": ("D", 1),
    "night": ("D", 1),
    "week": ("W", 1),
    "fortnight": ("W", 2),
    "month": ("M", 1),
    "year": ("Y", 1),
    "decade": ("Y", 10),
    "century": ("Y", 100),
}
CLOCK_UNITS = frozenset({"second", "minute", "hour"})
# Vague plurals ("decades") keep TimeML's own letters, since "PXY" would lose the scale.
VAGUE_UNIT_CODES = {"decade": "DE", "century": "CE"}


def word_list(words: str) -> list[str]:
    """A list of words written as one string, which keeps long vocabularies readable."""
    return words.split()


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one string, for membership tests."""
    return frozenset(words.split())


_SMALL_NUMBERS = word_list(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {word: value for value, word in enumerate(_SMALL_NUMBERS)}
NUMBER_WORDS.update({word: 20 + 10 * index for index, word in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "one": 1, "a dozen": 12, "dozen": 12, "a hundred": 100})
NUMBER_WORDS.update({"hundred": 100, "a couple of": 2, "couple of": 2, "a single": 1})


def count_of(word: str) -> int | None:
    """The number a counting word gives: "12", "two", "a" ("a day later"); None for any other
    word. The one reading of a count shared by the rules that count days or years on."""
    lowered = word.lower()
    return int(lowered) if lowered.isdigit() else NUMBER_WORDS.get(lowered)


ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}

VAGUE_QUANTITIES = (
    "several",
    "a few",
    "few",
    "many",
    "some",
    "a number of",
    "numerous",
    "dozens of",
    "hundreds of",
    "a couple",
)

_SPACES = re.compile(r"\s+")


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """Regex alternation, longest first so that "a few" wins over "a"."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)


_NUMBER_ALTERNATIVES = [*NUMBER_WORDS, *VAGUE_QUANTITIES]
NUMBER_PATTERN = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    rf"(?:{'|'.join(_TENS)})[-\s](?:{'|'.join(_SMALL_NUMBERS[1:10])})|{_alternation(_NUMBER_ALTERNATIVES)})"
)


def parse_quantity(words: str) -> str:
    """The count in a duration as TimeML writes it: "3", "1.5", or "X" for vague amounts."""
    words = _SPACES.sub(" ", words.strip().lower())
    if words in VAGUE_QUANTITIES:
        return "X"
    if words in NUMBER_WORDS:
        return str(NUMBER_WORDS[words])
    if words[0].isdigit():
        return words.replace(",", "")
    tens, _, ones = words.replace("-", " ").partition(" ")
    return str(NUMBER_WORDS[tens] + NUMBER_WORDS[ones])


def duration_value(quantity: str, unit: str) -> str:
    """TimeML duration value such as "P3Y", "PT24H", "P10Y" (a decade) or "PXDE" (decades)."""
    unit = unit.lower().removesuffix("s")
    if unit == "centurie":
        unit = "century"
    letter, multiple = UNITS[unit]
    prefix = "PT" if unit in CLOCK_UNITS else "P"
    if quantity == "X":
        if unit == "minute":
            return "PXM"  # "for minutes": TimeBank and TE3 both write it so, without the T
        return prefix + "X" + VAGUE_UNIT_CODES.get(unit, letter)
    amount = float(quantity) * multiple
    count = str(int(amount)) if amount.is_integer() else str(amount)
    return f"{prefix}{count}{letter}"


# Half of a unit in the next smaller one, so that "2 1/2 years" is "P2Y6M" as ISO 8601 and
# TimeML write it, not "P2.5Y".
_HALVES = {"Y": "6M", "M": "15D", "D": "T12H", "H": "30M", "W": "3DT12H"}


def half_more(value: str) -> str:
    """The duration ``value`` ("P2Y", "PT1M") plus half its unit ("P2Y6M", "PT1M30S")."""
    if value.startswith("PT"):
        half = {"H": "30M", "M": "30S"}.get(value[-1])
        return value + half if half and value[2:-1].isdigit() else value
    half = _HALVES.get(value[-1])
    if half is None or not value[1:-1].isdigit():
        return value
    return value + half


def month_number(name: str) -> int:
    """1-12 for a full or abbreviated month name ("Sept." -> 9)."""
    return [m[:3] for m in MONTHS].index(name.strip(". ")[:3].title()) + 1


def weekday_number(name: str) -> int:
    """0 (Monday) to 6 (Sunday), as ``date.weekday()`` counts."""
    return WEEKDAYS.index(name.strip().title())
