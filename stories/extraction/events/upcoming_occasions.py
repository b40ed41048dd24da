"""Occasions named by a noun that the wording puts still to come, read by `noun_certainty`.

A noun's date alone cannot say whether an occasion is over when the date is a period that
holds the day of writing: "this year's election" in a March paper, "this week's final" on a
Monday. An arranged occasion (a vote, a match, a meeting) named by the period it falls in is
the one people are preparing for. "Ahead of" an occasion on the day of writing or later
("spoke ahead of a Monday news conference" in Monday's paper) puts it after the telling.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

# Classes of occasions people arrange for a day.
_ARRANGED = frozenset({"meet", "visit", "vote", "match", "ceremony", "rule", "launch", "sign"})
# Periods that "this" makes the current one.
_PERIODS = frozenset({"week", "month", "year", "season", "weekend"})


def upcoming_occasion(
    noun: Token, *, date: dt.date | None, published: dt.date | None, event_class: str
) -> bool:
    """Whether the occasion the noun names is still to come at the time of writing."""
    if date is None or published is None:
        return False
    if _ahead_of(noun) and date >= published:
        return True
    return event_class in _ARRANGED and date <= published and _of_this_period(noun)


def _ahead_of(noun: Token) -> bool:
    """ "ahead of a meeting": the noun is the object of "of" after "ahead"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead"


def _of_this_period(noun: Token) -> bool:
    """ "this week's match", "this year's election": a possessive of the current period."""
    for child in noun.children:
        if child.dep_ != "poss" or child.lemma_.lower() not in _PERIODS:
            continue
        if any(d.lower_ == "this" for d in child.children):
            return True
    return False
