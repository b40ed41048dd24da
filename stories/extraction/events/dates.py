"""An event's date from the time expression its clause owns.

TimeML values name periods ("2023-09-12", "2023-W37", "2023-09", "2019"); an event keeps the
first day of the period as `date_start` and says how coarse it is through the precision. Only an
explicit range ("from Monday to Wednesday") gets a `date_end`: a year stays a year, it does not
become a fake span of 365 days.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from stories.extraction.events.ages_told import year_at_age
from stories.extraction.events.appointed_appositions import lately_done
from stories.extraction.events.counted_days import counted_from_day
from stories.extraction.events.defining_times import DEFINES_TIME, defines_a_time
from stories.extraction.events.event_dates import PRECISION_RANK, EventDate
from stories.extraction.events.flashback_times import in_past_perfect
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.following import follows_on, last_day, on_day_of, point_followed
from stories.extraction.events.forward_spans import forward_span_date
from stories.extraction.events.framed_times import dates_another_thing
from stories.extraction.events.happening_times import (
    HAPPENING_TIMED,
    counted_from_calendar,
    timed_by_happening,
)
from stories.extraction.events.held_beliefs import held_past
from stories.extraction.events.imminent_plans import imminent_date
from stories.extraction.events.last_happening import last_happening
from stories.extraction.events.narrative_points import (
    STORY_DAYS,
    in_lead,
    opens_in_the_past,
    paragraph_of,
    paragraph_starts,
    told_lately,
)
from stories.extraction.events.narrative_time import (
    NARRATIVE_POINTS,
    narrative_time,
    own_times,
    story_time,
)
from stories.extraction.events.occasion_days import done_after_the_news, sitting_day, sittings
from stories.extraction.events.offence_times import without_crime_times
from stories.extraction.events.planned_acts import plan_told_then
from stories.extraction.events.quotations import quotation_spans
from stories.extraction.events.quoted_times import heard_by
from stories.extraction.events.reporting_day import reporters_now
from stories.extraction.events.story_points import (
    counted_opening,
    fresh_saying,
)
from stories.extraction.events.thing_dates import (
    Anchor,
    attributive,
    dates_something_else,
    in_participle,
    is_bound,
)
from stories.extraction.events.time_owners import (
    continuative,
    in_relative_aside,
    too_early_for_perfect,
)
from stories.extraction.events.time_phrases import TIME_ENTITIES
from stories.extraction.events.told_plans import announces_own_plan, told_plan_date
from stories.extraction.events.week_days import day_told_within
from stories.extraction.events.years_later import years_later
from stories.extraction.mentions import EventCandidate
from stories.extraction.times.calendar import period_start, usable_anchor

# Where a date the narrative lends comes from (here and narrative_time, reporting_day): the
# paragraph's, the story's, the publication's, the last happening's, or the next dated deed's.
NARRATIVE_SOURCES = frozenset({"paragraph", "story", "publication", "last_happening", "next"})

_END_OF = re.compile(r"(?:the\s+)?(?:end|close)\s+of\b", re.I)


def with_inferred_date(event: EventCandidate, found: EventDate, source: str) -> EventCandidate:
    """The event dated by `found`, marked as inferred, with the rule that found it (`source`)
    in its provenance, so an editor sees why the event carries a date its clause does not."""
    extra = {**event.extra, "date_inferred": True, "date_from": source}
    return _with_date(event, found, {"from": source, "text": found.text}, extra=extra)


def _with_date(event: EventCandidate, found: EventDate, told: dict, **changes) -> EventCandidate:
    """The event dated by `found`, `told` saying where that date came from."""
    return replace(
        event,
        date_start=found.start,
        date_end=found.end,
        date_precision=found.precision,
        date_text=found.text,
        provenance={**event.provenance, "date": told},
        **changes,
    )


def event_date(time) -> EventDate | None:
    """The date a TimeMention gives an event; None for durations, sets and unresolved values."""
    if time.type not in TIME_ENTITIES:
        return None
    start = _decade_start(time.value) or period_start(time.value)
    if start is None:
        return None
    precision = time.precision if time.precision in PRECISION_RANK else "unknown"
    if time.value.endswith("-WE") and not time.end_value:
        # "at the weekend": its two days, Saturday and Sunday, not the whole ISO week.
        return EventDate(start, start + dt.timedelta(days=1), "day", time.text)
    if precision == "year" and time.mod == "END" and _END_OF.match(time.text):
        # "by the end of next year" says December, not the whole year.
        start, precision = start.replace(month=12), "month"
    end = None
    if time.end_value:
        end_start = period_start(time.end_value)
        if end_start is not None:
            end = period_end(end_start, _precision_of(time.end_value))
    return EventDate(start, end, precision, time.text)


def _decade_start(value: str) -> dt.date | None:
    """A decade ("199", the 1990s) or a century ("19", the 1900s) starts in its first year,
    not in the year its digits spell ("the early 2000s" is no year 200)."""
    if not re.fullmatch(r"\d{2,3}", value or ""):
        return None
    return dt.date(int(value) * 10 ** (4 - len(value)), 1, 1)


def _precision_of(value: str) -> str:
    """Precision of a range end's value, from its shape."""
    if len(value) >= 10 and value[4] == "-" and value[7:8] == "-":
        return "day"
    if "-W" in value:
        return "week"
    if len(value) == 7:
        return "month"
    return "year"


def period_end(start: dt.date, precision: str) -> dt.date:
    """Last day of the period that starts on `start` with this precision."""
    if precision == "week":
        return start + dt.timedelta(days=6)
    if precision == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision == "year":
        return start.replace(month=12, day=31)
    return start


def dates_overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


_DATEABLE = frozenset({"occurred", "ongoing", "denied"})


def date_from_narrative(
    events: list[EventCandidate],
    *,
    text: str,
    times: list,
    sentences: list[tuple[int, int]],
    published: dt.date | None,
    tense_of: Callable[[EventCandidate], str],
    doc: Doc | None = None,
) -> list[EventCandidate]:
    """Give an undated event the time the article's narrative places it at.

    A clause date that only dates a thing the clause mentions ("for a March 21 call") is first
    given back (`_without_attributive_date`). News dates a happening once and tells the rest
    around it ("On Saturday, May 18, the girl was taken… Police found her car…"). As
    TimeBank's temporal links model it, an undated clause takes, in order: a time inside its
    own words; a time told before it in its own sentence (or, for a past happening, one told
    after it, as in "…, she said Tuesday"); the narrative time of its paragraph (the last time
    anchored before it there); for a past happening, the narrative time of the story (the last
    day or month named before it, not a thing's date); and the publication day for what is
    told in the present tense, and for the past told in the lead or before the article names
    any time (the reporter's own "now"). A past happening never takes a time after
    publication, and what is told in the present tense takes no time from before the story's
    days. Each inference is marked (`date_inferred`, and `date_from` says which rule) so
    editors can tell it from a stated date. Plans and expectations are left undated: "will
    visit" without a date is no date. A speaker's quoted times are the speaker's (quoted_times).
    """
    published = usable_anchor(published)  # a placeholder year must never overflow below
    every_time = sorted(
        (
            Anchor(
                t.start,
                date,
                t.end,
                getattr(t, "participle", None),
                getattr(t, "relative", None),
                getattr(t, "clause", None),
                flashback=doc is not None and in_past_perfect(doc, t.start, t.end),
            )
            for t in times
            if (date := event_date(t)) is not None
        ),
        key=lambda a: a.start,
    )
    paragraphs = paragraph_starts(text)
    quotes = quotation_spans(text)
    told_sittings = sittings(every_time, text, published)
    dated: list[EventCandidate] = []
    for event in events:
        anchors = heard_by(every_time, event.start, quotes)  # a speaker's times are the speaker's
        later = years_later(event.start, sentences, anchors, published, text)
        if follows_on(event) and later is not None:
            # "… in 1992. A decade later, …": years on from that time, not the last day told.
            dated.append(with_inferred_date(_undated(event), later, "years_later"))
            continue
        if follows_on(event):
            # "Later in the day, …": the day of the happening told before, as dated now.
            before = last_day(dated)
            dates_thing, bounds = (
                (lambda a: attributive(a, text) is not None),
                (lambda a: is_bound(a, text)),
            )
            told = point_followed(event, before, anchors, published, dates_thing, bounds, text)
            dated.append(on_day_of(event, before, told, text))
            continue
        if doc is not None and (counted := counted_from_calendar(event, doc, anchors, published)):
            dated.append(_stated(event, counted))  # "ten days after Feb. 12": Feb. 22
            continue
        event = _without_attributive_date(event, anchors, text, sentences)
        event = _without_early_perfect_date(event, published, tense_of, text)
        dateable = event.certainty in _DATEABLE or held_past(event, tense_of)
        if event.date_start is None and not dateable:
            # "the ceremony is due to be held next Tuesday": a plan dated in its own words.
            lead = _in_lead(event, paragraphs)
            dated.append(
                _dated_in_own_words(event, anchors, text, published, sentences, doc, lead=lead)
            )
            continue
        if (act := done_after_the_news(event, published, tense_of, told_sittings)) is not None:
            done = replace(event, certainty="occurred")  # no done act after the news
            dated.append(with_inferred_date(done, act, "sitting"))
            continue
        if event.date_start is not None or not dateable:
            day = day_told_within(event, anchors, sentences, text)  # "last week … last Tuesday"
            dated.append(event if day is None else with_inferred_date(event, day, "week_day"))
            continue
        if doc is not None and (verb := anchor_of(event, doc)) and defines_a_time(verb):
            # "tapes from the night the jet went down": it names a time, not the story's day.
            dated.append(replace(event, extra={**event.extra, DEFINES_TIME: True}))
            continue
        if (
            doc is not None
            and timed_by_happening(event, doc)
            and counted_opening(event.start, sentences, anchors, text) is None
        ):
            # "sixteen days after the election": no day of the narrative's (referents may
            # still give it the day of a happening the story dated before).
            dated.append(replace(event, extra={**event.extra, HAPPENING_TIMED: True}))
            continue
        tense = tense_of(event)
        if (
            tense == "present"
            and published
            and opens_in_the_past(event.start, anchors, sentences, published)
        ):
            tense = "past"
        # The present perfect ("have offered") never takes a definite past time in English
        # ("*has arrived yesterday"): not the story's, only the reporter's now.
        perfect = tense == "perfect"
        tense = "past" if perfect else tense
        fits = _fits(tense, published)
        earlier = event.extra.get("past_perfect", False)
        lately = told_lately(event.start, event.end, text) and not earlier
        if (perfect and _reaches_now(event, text)) or lately:
            fits = _perfect_fits(fits, published)
        # "pleaded no contest … for the baby's death in November 2007": no point of the plea's.
        narrated = without_crime_times(anchors, event, text)
        found, source = narrative_time(event, narrated, sentences, paragraphs, fits, text)
        if perfect and source != "clause" and _reaches_now(event, text):
            found = _point_of_perfect(found)  # "has been named" in "this year": now
        if (counted := counted_opening(event.start, sentences, anchors, text)) is not None:
            found, source = counted, "counted"  # "A day after the vote, … Tuesday"
        elif later is not None:
            found, source = later, "years_later"  # "… in 1992. A decade later, …"
        elif source != "clause" and (
            aged := _at_age(event, paragraphs, sentences, published, text, doc)
        ):
            found, source = aged, "age"  # "born … in 1957. At 16, he went …"
        if found is None and published is not None and tense not in ("future", "present"):
            story = None if perfect or lately else story_time(event, narrated, fits, text)
            found, source = story, "story"
            words = text[event.start : event.end]
            if story and fresh_saying(event.trigger, words, story, published, 2 * STORY_DAYS):
                found, source = EventDate(published, None, "day", ""), "publication"
        # A bare year ("in 2001") or a coming day is no point the past stands on: until a past
        # day or month is named, the narrative is still at the reporter's now. A date written
        # before a noun ("in a Nov. 5 letter") dates that thing, not the story, and one in an
        # aside (", which closed Friday at $71.75,") tells about a thing in passing: past its
        # paragraph, no point the narrative has moved to (story_time reads none either).
        untold = _in_lead(event, paragraphs) or not any(
            a.start < event.start
            and a.date.precision in NARRATIVE_POINTS
            and attributive(a, text) is None
            and not _passing_aside(a, event, paragraphs, text)
            and fits(a.date)
            for a in narrated
        )
        recent = tense == "present" or perfect or lately or (tense != "future" and untold)
        if found is None and published is not None and recent and not earlier:
            # Untold yet, a past deed is the news of the first recent day the story names next.
            now = "perfect" if perfect else tense
            told = [a for a in anchors if not dates_another_thing(a.start, a.end, text)]
            found, source = reporters_now(event.end, now, told, paragraphs, published)
        if found is None and tense == "past" and event.certainty == "occurred":
            # "… closed yesterday. Acme closed at $28.25": in step with the deed before.
            found, source = last_happening(event, dated, paragraphs, published), "last_happening"
        # "In other council business, … was approved": the act is the sitting's, not a
        # background date's told between.
        if not perfect:  # "has rejected one deal": no act of the sitting, but a record
            found, source = sitting_day(event, found, source, told_sittings)
        if found is None:
            dated.append(event)
            continue
        dated.append(with_inferred_date(event, found, source))
    # "Tom Lee, newly elected mayor, said Tuesday": elected lately, not on Tuesday.
    return [lately_done(counted_from_day(event, text, published=published)) for event in dated]


def _at_age(
    event: EventCandidate,
    paragraphs: list[int],
    sentences: list[tuple[int, int]],
    published: dt.date | None,
    text: str,
    doc: Doc | None,
) -> EventDate | None:
    """The year of a deed told at an age, read from its sentence's opening to its end ("after
    falling ill at the age of 9, he was diagnosed"), after its paragraph told a birth year
    (ages_told)."""
    since = max((p for p in paragraphs if p <= event.start), default=0)
    opening = max((s for s, _ in sentences if s <= event.start), default=event.start)
    return year_at_age(max(opening, since), event.end, since, published, text, doc)


def _dated_in_own_words(
    event: EventCandidate,
    anchors: list[Anchor],
    text: str,
    published: dt.date | None = None,
    sentences: list[tuple[int, int]] | None = None,
    doc: Doc | None = None,
    *,
    lead: bool = False,
) -> EventCandidate:
    """A plan or expectation takes only a time inside its own clause, never the narrative's:
    "will visit" without a date has none, "is due to be held next Tuesday" has that day, and
    "enters the 2020 primary" is not dated by the primary's year; one its words call
    imminent ("is set to raise") is in the month of publication (imminent_plans), and one a
    saying announces ("said it would freeze pay") is dated by the telling (told_plans)."""
    inside = [
        a
        for a in own_times(event, anchors, text)
        if attributive(a, text) is None
        and not dates_another_thing(a.start, a.end, text)
        and not _in_fronted_participle(a, event, text, doc)
    ]
    if not inside:
        # A time that dates a thing the plan names ("enter the 2028 primary race") is the
        # plan's horizon: no word of imminence brings it to the reporter's now.
        timeless = not any(event.start <= a.start < event.end for a in anchors)
        soon = imminent_date(event, text, published, doc) if timeless else None
        if soon is not None:
            return with_inferred_date(event, soon, "imminent")
        told_now = timeless and not _told_before_now(event, anchors, sentences, published)
        span = forward_span_date(event, text, published) if told_now else None
        if span is not None:
            return with_inferred_date(event, span, "forward_span")  # "over the next two years"
        if not timeless or published is None or doc is None:
            return event
        sentence = _sentence_of(event.start, sentences)
        if sentence is None:
            return event
        before = _told_before(event, anchors, sentence)
        if not (announces_own_plan(event, doc) or plan_told_then(event, doc, before, lead=lead)):
            return event
        told = told_plan_date(before, published)
        return event if told is None else with_inferred_date(event, told, "told_plan")
    return _stated(event, inside[0].date)


def _in_fronted_participle(
    anchor: Anchor, event: EventCandidate, text: str, doc: Doc | None
) -> bool:
    """A time in a participle's clause written before the plan's verb ("Under the deal signed
    Monday, the firm will cut 300 jobs") dates the participle's happening, never the plan. One
    after the verb may be the parser's guess where a closing time hangs ("will buy all shares
    tendered by holders from today through Nov. 17": the buying's span), and is left to it."""
    if doc is None or not in_participle(anchor, event, text):
        return False
    verb = anchor_of(event, doc)
    return verb is not None and anchor.end <= verb.idx


def _told_before_now(
    event: EventCandidate,
    anchors: list[Anchor],
    sentences: list[tuple[int, int]] | None,
    published: dt.date | None,
) -> bool:
    """A time in the plan's sentence, outside its clause, ends before the publication's month:
    the plan was told then, so a span in its words counts from that telling, not from the
    reporter's now ("In 2019 the chain said it would open stores over the next two years")."""
    sentence = _sentence_of(event.start, sentences)
    if sentence is None or published is None:
        return False
    month = published.replace(day=1)
    return any(
        sentence[0] <= a.start < sentence[1]
        and not event.start <= a.start < event.end
        and (a.date.end or period_end(a.date.start, a.date.precision)) < month
        for a in anchors
    )


def _told_before(
    event: EventCandidate, anchors: list[Anchor], sentence: tuple[int, int]
) -> EventDate | None:
    """The last time its sentence names before the event (anchors are in text order)."""
    at = bisect_right(anchors, event.start - 1, key=lambda a: a.start) - 1
    if at < 0 or anchors[at].start < sentence[0]:
        return None
    return anchors[at].date


def _sentence_of(offset: int, sentences: list[tuple[int, int]] | None) -> tuple[int, int] | None:
    """The sentence (of those in text order) holding the character at `offset`, if any."""
    at = bisect_right(sentences or [], offset, key=lambda s: s[0]) - 1
    if at < 0 or not sentences[at][0] <= offset < sentences[at][1]:
        return None
    return sentences[at]


def _without_attributive_date(
    event: EventCandidate,
    anchors: list[Anchor],
    text: str,
    sentences: list[tuple[int, int]] | None = None,
) -> EventCandidate:
    """Undo a clause date that only dates a thing the clause mentions ("was arrested in April
    for a March 21 call" happened in April; "grilled him about the July 25 call" happened when
    the hearing did; "condemned the move announced on Monday" happened when the condemnation
    did). The clause's other time, if it has one, dates it instead; else the narrative rules
    do. An event noun keeps its own date: "the 2016 election" is the election; so does the
    participle's own event ("announced on Monday")."""
    if (event.provenance.get("date") or {}).get("source") != "clause":
        return event
    bounds = _sentence_of(event.start, sentences)
    low, high = (min(bounds[0], event.start), max(bounds[1], event.end)) if bounds else (0, 0)
    own = [a for a in anchors if event.start <= a.start < event.end]
    near = own + [a for a in anchors if low <= a.start < high and a not in own]
    stated = next((a for a in near if text[a.start : a.end] == event.date_text), None)
    if stated is None or not dates_something_else(stated, event, text):
        return event
    others = [a for a in own if a is not stated and not dates_something_else(a, event, text)]
    other = next((a for a in others if not is_bound(a, text)), None)
    return _undated(event) if other is None else _stated(event, other.date)


def _undated(event: EventCandidate) -> EventCandidate:
    """The event with its clause date given back, for the narrative rules to date anew."""
    provenance = {k: v for k, v in event.provenance.items() if k != "date"}
    return replace(
        event,
        date_start=None,
        date_end=None,
        date_precision="unknown",
        date_text="",
        provenance=provenance,
    )


def _without_early_perfect_date(
    event: EventCandidate,
    published: dt.date | None,
    tense_of: Callable[[EventCandidate], str],
    text: str,
) -> EventCandidate:
    """Give back a clause date well before the story's days from a present perfect ("has
    sent a team to recover a man killed two years ago"): the perfect takes no definite past
    time, so that time is another verb's. A noun keeps its own date, and a continuative
    perfect ("has avoided it for seven years, since fleeing in 2012") stretches from one."""
    if (event.provenance.get("date") or {}).get("source") != "clause" or event.date_start is None:
        return event
    if not _reaches_now(event, text):
        return event
    end = event.date_end or period_end(event.date_start, event.date_precision)
    if not too_early_for_perfect(event.date_start, end, published, STORY_DAYS):
        return event
    return _undated(event) if tense_of(event) == "perfect" else event


def _reaches_now(event: EventCandidate, text: str) -> bool:
    """Whether a perfect event is one whose time reaches the reporter's now: a verb's, not a
    noun's (its own date stands), and not a continuative one that names how long it lasted
    ("has lived there for seven years, since 2012": it stretches from that past time)."""
    return event.extra.get("kind") != "noun" and not continuative(event.start, event.end, text)


def _point_of_perfect(found: EventDate | None) -> EventDate | None:
    """A present perfect told around a bare year or season ("In 2009 … has been appointed")
    happened in the reporter's now, not somewhere in that backdrop: only a day, week or month
    of its sentence or paragraph dates it; a year leaves it to the reporter's now."""
    return found if found is None or found.precision in NARRATIVE_POINTS else None


def _perfect_fits(
    fits: Callable[[EventDate], bool], published: dt.date | None
) -> Callable[[EventDate], bool]:
    """A present perfect's narrative time: a past one that reaches the story's days."""
    return lambda date: (
        fits(date)
        and not too_early_for_perfect(
            date.start, date.end or period_end(date.start, date.precision), published, STORY_DAYS
        )
    )


def _stated(event: EventCandidate, found: EventDate) -> EventCandidate:
    """The event dated by a time its own clause states (provenance "source": "clause", as
    clauses.py writes it, which identity and the thing-date undo read)."""
    return _with_date(event, found, {"source": "clause", "text": found.text})


def _fits(tense: str, published: dt.date | None) -> Callable[[EventDate], bool]:
    """Which times an event told in this tense may take from its narrative.

    A past happening is not after publication; one told in the present tense is not long
    before it ("Despite the Oct. 11 announcement, the two sides continue to negotiate"), though
    it may be after it ("the ceremony is due to be held next Tuesday").
    """

    def fits(date: EventDate) -> bool:
        if published is None or tense == "future":
            return True
        if tense == "present":
            return period_end(date.start, date.precision) >= published - dt.timedelta(STORY_DAYS)
        return date.start <= published

    return fits


def _passing_aside(anchor: Anchor, event: EventCandidate, paragraphs: list[int], text: str) -> bool:
    """Whether `anchor` is a time told in an aside (", which closed Friday,") in a paragraph
    before the event's: a thing's time in passing, which the narrative has left behind."""
    return paragraph_of(anchor.start, paragraphs) != paragraph_of(
        event.start, paragraphs
    ) and in_relative_aside(anchor.start, text, anchor.end)


def _in_lead(event: EventCandidate, paragraphs: list[int]) -> bool:
    return in_lead(event.start, paragraphs)
