"""A clause set a counted number of days after or before its governor's day.

"Firefighters were still battling blazes on Monday, two days after the fires swept through
the valley": the sweeping happened on the Saturday, not on the Monday the sentence names.
An "after" or "before" clause with no date of its own otherwise takes its sentence's day;
with a count of days on the conjunction it is that many days earlier or later than the day
hung on the verb it modifies.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from stories.extraction.events.dates import EventDate
from stories.extraction.events.time_phrases import dates_the_verb
from stories.extraction.times.vocab import count_of

# Direction of the shift: the clause's day is before the governor's after "after".
_DIRECTIONS = {"after": -1, "before": 1}
_DAYS = frozenset({"day", "days"})
_MAX_DAYS = 60


def offset_date(verb: Token, time_at: dict[int, EventDate]) -> EventDate | None:
    """The day of an adverbial clause opened by "N days after/before", counted from the day
    hung on the verb it modifies; None when either is missing."""
    if verb.dep_ != "advcl" or verb.head == verb:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _DIRECTIONS), None)
    count = _days_before(mark, verb) if mark is not None else None
    if count is None:
        return None
    governor_day = _own_day(verb.head, time_at)
    if governor_day is None:
        return None
    day = governor_day.start + dt.timedelta(days=_DIRECTIONS[mark.lower_] * count)
    text = f"{count} days {mark.lower_} {governor_day.text}"
    return EventDate(day, None, "day", text)


def _days_before(mark: Token, verb: Token) -> int | None:
    """ "two days after": the count of days just before the conjunction, which the parser
    hangs on the conjunction or on the clause's verb."""
    for unit in [*mark.children, *verb.children]:
        if unit.dep_ != "npadvmod" or unit.lower_ not in _DAYS or unit.i != mark.i - 1:
            continue
        number = next((c for c in unit.children if c.dep_ == "nummod"), None)
        value = count_of(number.text) if number is not None else None
        if value is not None and 0 < value <= _MAX_DAYS:
            return value
    return None


def _own_day(governor: Token, time_at: dict[int, EventDate]) -> EventDate | None:
    """The day-precise date of a time phrase hung straight on the governor ("on Monday"), or
    on the infinitive it governs: in "was set to testify March 10, one day after…" the
    parser hangs the "after" clause on "set" and the day on "testify"."""
    verbs = [governor, *(c for c in governor.children if c.dep_ == "xcomp")]
    for child in (c for verb in verbs for c in verb.children):
        if not dates_the_verb(child):
            continue
        tokens = [child, *(o for o in child.children if o.dep_ == "pobj")]
        for token in tokens:
            found = time_at.get(token.i)
            if found is not None and found.precision == "day":
                return found
    return None
