"""A time told in a later "then" clause joined to the clause: that clause's, not the first's.

"He lost to a former commissioner, then won the seat back last fall": the "then" orders the
two happenings, so the time after it dates the winning, and the losing came before it. The
narrative rules (events.narrative_time) read a clause's own words and its sentence for a time;
a time written after ", then" or "and then" that follows the clause's own verb is left to the
later clause (the narrative before the sentence dates the first, if anything does).

Only a time coarser than a day (a month, a season, a year) is left so: a day or an hour is
shared by the sequence it closes ("shot two coworkers, then killed himself Sunday night" both
happened on Sunday). The "then" of an appositive ("joined the company, then a small startup,
in 2004"; "married Smith, then a senator, in 1990") joins no clause: it stands before a
determiner or a number, or a comma closes its phrase before the time.
"""

from __future__ import annotations

import re

from stories.extraction.determiners import ARTICLE_OR_OWNER
from stories.extraction.events.event_dates import COARSE_PRECISIONS
from stories.extraction.events.inflection import irregular_verb_forms
from stories.extraction.mentions import EventCandidate

# ", then won", "and then left", "; then": a later clause joined to the one before; not "then
# a senator", "then the most in its history", "then 42": an appositive's "then".
_THEN_CLAUSE = re.compile(rf"(?:,|;|\band)\s+then\s+(?!(?:{ARTICLE_OR_OWNER})\b)[a-z]", re.I)
# A sentence's end: a stop and a capital, not an abbreviation's point ("St. Louis", "Dr. Lee").
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?]['\"’”]?\s+(?=[\"“‘'(]?[A-Z0-9])"
)
# The first letters of the clause's trigger, enough to find its regular forms before the
# "then"; an irregular form ("won" for "win") is looked up.
_STEM = 3


def _sentence_end(start: int, sentences: list[tuple[int, int]] | None, text: str) -> int:
    """Where the sentence that holds `start` ends: from the parser's spans when given."""
    for first, last in sentences or ():
        if first <= start < last:
            return last
    found = _SENTENCE_END.search(text, start)
    return found.start() if found else len(text)


def _verb_forms(trigger: str) -> str:
    lemma = trigger.split()[0].lower()
    forms = [re.escape(lemma[:_STEM])] + [re.escape(f) for f in irregular_verb_forms(lemma)]
    return rf"\b(?:{'|'.join(forms)})"


def in_later_conjunct(
    time_start: int,
    event: EventCandidate,
    text: str,
    *,
    precision: str,
    sentences: list[tuple[int, int]] | None = None,
) -> bool:
    """Whether the time at `time_start`, of `precision`, is written in a "then" clause joined
    after the event's own verb, in the same sentence, and is a month or a year."""
    if not event.trigger or time_start <= event.start:
        return False
    if precision not in COARSE_PRECISIONS:
        return False  # a day, a week or an hour is shared by the sequence
    if time_start >= _sentence_end(event.start, sentences, text):
        return False
    between = text[event.start : time_start]
    then = _THEN_CLAUSE.search(between)
    if then is None or "," in between[then.end() :]:
        return False  # "then senator, in 1990": a comma closes the appositive
    return bool(re.search(_verb_forms(event.trigger), between[: then.start()], re.I))
