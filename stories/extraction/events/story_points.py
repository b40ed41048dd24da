"""Where a story's narrative stands: times it does not stand on, and clauses counted from it.

The narrative rules (events.dates) give an undated past deed the last day the story named
before it. Two kinds of time are told without moving the narrative there:

- a span reaching up to the reporter's now, "arrested over the past week", "repainted at some
  point over the last ten days": it measures a stretch, it names no point the story has reached;
- the day a document was filed or issued, "The complaint was filed Monday": news retells a
  happening from the papers that record it, and what the papers tell happened before they
  were filed, so the sentences after it stay on the happening's own day;
- a time in the possessive before a name, "this week's Valley Cup" (occasion_points): it
  dates that occasion, as "last month's election" dates the election;
- the time a figure is compared with, "up from 400 million Thursday" (comparison_points);
- the start of a span, "every bonus paid since Aug. 1", and the time a state was read at, "As
  of 8 p.m. Monday, the river stood at 27 feet" (narrative_points), as in a paragraph.

A sentence opened by a counted "after" or "before" ("A day after the board voted, the mayor
resigned Tuesday") sets its opening clause that many days from the day its main clause names,
as `counted_offsets` does for such a clause placed after its governor; an opening clause is
often misparsed as the sentence's root, so the count is read from the words. And a sentence
opened by "Two days later," moves the narrative on by that count from the day it stood on.

A saying or a response told without a time ("The ministry rejected the claims", "'…,' she
said") is the reporter's fresh news: a story point weeks before publication, named in an
earlier paragraph about the backstory, does not date it; the publication day does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from stories.extraction.events.comparison_points import compared_against
from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.narrative_points import read_at, shifted, since_point
from stories.extraction.events.occasion_points import names_an_occasion
from stories.extraction.times.calendar import month_counted_on
from stories.extraction.times.vocab import count_of, word_set

# "over the past week", "during the last few days", "in the past 24 hours", "within the last month"
_SPAN_WORD = re.compile(r"\b(?:over|during|throughout|within|in|for)\s+$", re.I)
_SPAN_TIME = re.compile(r"the\s+(?:past|last)\b", re.I)
# A document the story cites, filed or issued: "The warrant was filed Tuesday in <County>".
_DOCUMENT_FILED = re.compile(
    r"\b(?:warrant|affidavit|complaint|lawsuit|suit|indictment|petition|motion|subpoena|"
    r"report|records?|documents?|papers|filing)\s+(?:was|were|had\s+been)\s+"
    r"(?:filed|issued|unsealed|served|released|obtained|signed)\s+(?:on\s+)?$",
    re.I,
)
_LOOK_BACK = 120
# "A day after", "Two days before", "3 days after": a sentence opening counted in days.
_COUNTED_OPENING = re.compile(
    r"\s*[\"'“‘]?(?P<count>an?|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+"
    r"(?P<direction>after|before)\s+",
    re.I,
)
_DIRECTIONS = {"after": -1, "before": 1}


def not_a_story_point(start: int, time_text: str, text: str) -> bool:
    """Whether the time written at `start` is one the narrative does not stand on: a span up to
    now ("over the past week"), the day a cited document was filed ("was filed Tuesday") a
    named occasion's ("this week's Regional Cup"), the time a figure is compared with ("up
    from 400 million Thursday"), a span's start ("every bonus paid since Aug. 1") or the
    time a state was read at ("as of 8 p.m. Monday")."""
    before = text[max(0, start - _LOOK_BACK) : start]
    if _SPAN_TIME.match(time_text) and _SPAN_WORD.search(before):
        return True
    if names_an_occasion(start, time_text, text) or compared_against(start, text):
        return True
    if since_point(start, start + len(time_text), text) or read_at(start, text):
        return True
    return bool(_DOCUMENT_FILED.search(before))


def counted_opening(
    start: int, sentences: Iterable[tuple[int, int]], anchors: Iterable, text: str
) -> EventDate | None:
    """The day of a happening told in a sentence's counted opening clause ("A day after the
    council voted, …"): the first whole day named after that clause in the sentence, moved by
    the count; None when the happening at `start` is not in such a clause or no day follows."""
    bounds = next(((s, e) for s, e in sentences if s <= start < e), None)
    if bounds is None:
        return None
    opening = _COUNTED_OPENING.match(text, bounds[0], bounds[1])
    if opening is None:
        return None
    # The happening starts before the comma that closes the opening (its span may take in the
    # opening words themselves); one in the main clause starts after it.
    comma = text.find(",", opening.end(), bounds[1])
    if comma < 0 or start > comma:
        return None
    count = count_of(opening["count"])
    day = next(
        (
            a.date
            for a in anchors
            if comma < a.start < bounds[1] and a.date.precision == "day" and a.date.end is None
        ),
        None,
    )
    if count is None or day is None:
        return None
    moved = shifted(day.start, _DIRECTIONS[opening["direction"].lower()] * count)
    if moved is None:
        return None  # a count past the calendar's ends: no day to give
    return EventDate(moved, None, "day", f"{opening.group(0).strip()} {day.text}")


# The days a counted unit holds: "two weeks later" is 14 days on.
DAYS_IN = {"day": 1, "week": 7}
# Beyond a year, news counts months in years ("a year and a half later").
MAX_MONTHS = 12
# "Two days later, …", "A week later, …": a sentence opening that moves the narrative on;
# "A day earlier, …" moves it back by as much; "Two months later, …" moves it to that month.
# A quotation may close the sentence before (the wire's ``…'' closes on two apostrophes).
_LATER_OPENING = re.compile(
    r"(?:^|[.!?][\"'”’]{0,2}\s+|\n\s*)(?P<count>an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>days?|weeks?|months?)\s+(?P<way>later|earlier)\s*,",
    re.I,
)
_OPENING_REACH = 30


def moved_on(point: EventDate, point_end: int, start: int, text: str) -> EventDate:
    """The day the narrative stands on at `start`: the day it last named (`point`, written
    before `point_end`) moved on by each "Two days later," that opens a sentence since, and
    back by each "A day earlier,"; the last "Two months later," opening moves it to that month
    (at month precision: the count names no day)."""
    if point.precision not in ("day", "month") or point.end is not None:
        return point
    # An opening of the event's own sentence counts too: the event may start on its words.
    openings = [
        opening
        for opening in _LATER_OPENING.finditer(text, point_end, start + _OPENING_REACH)
        if opening.start() < start
    ]
    months = [o for o in openings if o["unit"].lower().startswith("month")]
    if months and months[-1]["way"].lower() == "later":
        count = count_of(months[-1]["count"])
        if count and count <= MAX_MONTHS:
            month = month_counted_on(point.start, count)
            return EventDate(month, None, "month", f"{point.text}, {count} months later")
    if point.precision != "day":
        return point
    days = 0
    for opening in (o for o in openings if o not in months):
        count = count_of(opening["count"])
        if count is None:
            return point
        sign = -1 if opening["way"].lower() == "earlier" else 1
        days += sign * count * DAYS_IN[opening["unit"].lower().rstrip("s")]
    if not days:
        return point
    moved = shifted(point.start, days)
    if moved is None:
        return point  # past the calendar's end: the narrative stays where it stood
    told = f"{days} days later" if days > 0 else f"{-days} days earlier"
    return EventDate(moved, None, "day", f"{point.text}, {told}")


# Telling and answering: what a speaker says or answers now, not a deed of the backstory.
# "told police" is left out (a suspect's account belongs to the arrest it was given at), and
# so is "claimed" ("the storm claimed 12 lives").
_SAYINGS = word_set("say tweet comment respond reply insist argue warn accuse")
# Rejecting or denying is an answer only when what is turned down is something said:
# "rejected the accusations", not "voters rejected the levy".
_ANSWERS = word_set("deny reject dismiss")
_SAID_THING = re.compile(
    r"\b(?:accusations?|allegations?|claims?|charges?|reports?|criticism|suggestions?|"
    r"assertions?|rumou?rs?|statements?|remarks?|comments?)\b",
    re.I,
)


def fresh_saying(
    trigger: str, words: str, point: EventDate, published: dt.date | None, days: int
) -> bool:
    """Whether a saying (`trigger`, told in `words`) would take a story point (`point`) more
    than `days` before publication: it is the reporter's news of now instead."""
    word = trigger.split()[0].lower() if trigger else ""
    saying = word in _SAYINGS or (word in _ANSWERS and bool(_SAID_THING.search(words)))
    if not saying or published is None:
        return False
    bound = shifted(published, -days)
    return bound is not None and point.start < bound
