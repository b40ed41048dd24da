"""A calendar period's bounds told in a relative clause: "the fiscal year, which ended June 30".

Budget and audit reports name the period they cover and add when it runs: "the scorecard for
the 2008 fiscal year, which ended June 30", "the budget is for the 2010-11 fiscal years, which
begin July 1". The clause is dated, so no check for an undated description drops it, but a
year, quarter or month beginning or ending is the calendar, not something anyone did: it tells
the reader which months the figures cover. A happening's start or end told the same way ("the
police action, which began Wednesday", "the strike, which ended Friday") names a deed and stays.
The check stands before the lexicon's own verbs are let through (`statements`): "close" is one
(a shop closes), and "the first quarter, which closed March 31" is the calendar all the same.

Evidence (dev batches, round 26): both such clauses (LGL dev) matched no gold; no gold event
on the four dev batches is a calendar period's beginning or end.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that say where a stretch of time begins or ends.
_BOUNDING_VERBS = frozenset({"begin", "start", "end", "close"})
# Stretches of the calendar (and of the books kept by it) rather than of a deed.
_CALENDAR_PERIODS = frozenset({"year", "quarter", "month", "half"})


def bounds_a_period(verb: Token) -> bool:
    """Whether `verb` heads a relative clause saying when the calendar period it hangs on
    begins or ends ("the fiscal year, which ended June 30")."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in _BOUNDING_VERBS:
        return False
    return verb.head.lemma_.lower() in _CALENDAR_PERIODS
