"""Times counted in a story's own units: "the second day of the offensive", "the past two
quarters".

"Today is the eighth day of the operation" says which day it is: told in the present tense,
the counted day is the publication day; told in the past ("got across on the 99th day") it is
a day of its own story that the calendar does not say (TimeML: XXXX-XX-XX). Business news counts
in quarters as other news counts in months: "the past two quarters" (P2Q), "several quarters of
losses" (PXQ), "every quarter" (P1Q). Fractions ("three-quarters of its food") and quarters
still to come, whose value TimeML annotators write in months or as FUTURE_REF, are left out.
"Over the years" and "for a while" are stretches left unmeasured. A span given by two counts
("between 12 and 18 months") is two durations, as TimeML tags it.
"""

import re

from stories.extraction.times import patterns as p
from stories.extraction.times.candidates import Candidate, Context, Rules
from stories.extraction.times.vocab import (
    NUMBER_PATTERN,
    NUMBER_WORDS,
    ORDINALS,
    duration_value,
    parse_quantity,
)

RULES = Rules()

_ORDINAL = "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th)"
COUNTED_DAY = re.compile(
    p.START
    + rf"(?:the\s+)?(?P<ord>{_ORDINAL})\s+day(?!\s+of\s+(?:the\s+)?(?:month|year|week))"
    + p.END,
    re.I,
)
_COUNT = "|".join(w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an", "one")) + r"|\d+"
COUNTED_QUARTERS = re.compile(
    p.START + rf"(?:the\s+(?:past|last|previous)\s+(?P<num>{_COUNT})\s+quarters"
    r"|(?<!past\s)(?P<vague>several|many)\s+quarters"
    r"|(?:every|each)\s+quarter)" + p.END,
    re.I,
)

# "between 12 and 18 months", "two to three weeks": TimeML tags the first count on its own, in
# the unit the second one names.
FIRST_OF_TWO_COUNTS = re.compile(
    p.START + rf"(?P<num>{NUMBER_PATTERN})\s*(?:to|and|or|-|–)\s*"
    rf"(?={NUMBER_PATTERN}\s+{p.UNIT}{p.END})",
    re.I,
)


@RULES.add(FIRST_OF_TWO_COUNTS)
def first_of_two_counts(m: re.Match[str], ctx: Context) -> Candidate | None:
    if ctx.previous_word(m.start()) in ("age", "ages", "aged"):
        return None
    value = duration_value(parse_quantity(m.group("num")), m.group("unit"))
    return Candidate(m.start("num"), m.end("num"), "DURATION", value)


# "over the years", "for a while": an unmeasured stretch (TimeML PXY, PXX); the preposition is
# left out of the mention, as for every other one.
VAGUE_STRETCH = re.compile(
    r"(?<=\bover\s)(?P<years>the\s+years)\b(?!\s+\d)|(?<=\bfor\s)a\s+while\b(?!\s+(?:longer|before))",
    re.I,
)


@RULES.add(VAGUE_STRETCH)
def vague_stretch(m: re.Match[str], ctx: Context) -> Candidate:
    return Candidate(m.start(), m.end(), "DURATION", "PXY" if m.group("years") else "PXX")


@RULES.add(COUNTED_DAY)
def counted_day(m: re.Match[str], ctx: Context) -> Candidate:
    present = ctx.tense(m.start(), m.end()) == "present"
    if present and ctx.published is not None:
        return Candidate(m.start(), m.end(), "DATE", ctx.published.isoformat())
    return Candidate(m.start(), m.end(), "DATE", "XXXX-XX-XX")


@RULES.add(COUNTED_QUARTERS)
def counted_quarters(m: re.Match[str], ctx: Context) -> Candidate:
    count = m.group("num") or m.group("vague")
    if count:
        return Candidate(m.start(), m.end(), "DURATION", f"P{parse_quantity(count)}Q")
    return Candidate(m.start(), m.end(), "SET", "P1Q")
