"""A time told in a later "then" clause joined to the clause: that clause's, not the first's.

"He lost to a former commissioner, then won the seat back last fall": the "then" orders the
two happenings, so the time after it dates the winning, and the losing came before it. The
narrative rules (events.narrative_time) read a clause's own words and its sentence for a time;
a time written after ", then" or "and then" that follows the clause's own verb is left to the
later clause (the narrative before the sentence dates the first, if anything does).
"""

from __future__ import annotations

import re

from stories.extraction.mentions import EventCandidate

# ", then won", "and then left", "; then": a later clause joined to the one before.
_THEN_CLAUSE = re.compile(r"(?:,|;|\band)\s+then\s+[a-z]", re.I)
# The first letters of the clause's trigger, enough to find its verb before the "then" (an
# irregular form, "won" for "win", is not found, and the clause keeps its time).
_STEM = 3


def in_later_conjunct(time_start: int, event: EventCandidate, text: str) -> bool:
    """Whether the time at `time_start` is written in a "then" clause joined after the event's
    own verb, in the same sentence."""
    if not event.trigger or time_start <= event.start:
        return False
    between = text[event.start : time_start]
    if re.search(r"[.!?]\s", between):
        return False
    then = _THEN_CLAUSE.search(between)
    if then is None:
        return False
    stem = re.escape(event.trigger.split()[0][:_STEM].lower())
    return bool(re.search(rf"\b{stem}", between[: then.start()], re.I))
