"""Occasions named by a noun that the wording puts still to come, read by `noun_certainty`.

A noun's date alone cannot say whether an occasion is over when the date is a period that
holds the day of writing: "this year's election" in a March paper, "this week's final" on a
Monday. An arranged occasion (a vote, a match, a meeting) named by the period it falls in is
the one people are preparing for. "Ahead of" an occasion on the day of writing or later
("spoke ahead of a Monday news conference" in Monday's paper) puts it after the telling.
Told by a past verb ("this year's election was marred by violence", "violence marred this
year's election") the occasion is over, whatever period it falls in.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

# Classes of occasions people arrange for a day.
_ARRANGED = frozenset({"meet", "visit", "vote", "match", "ceremony", "rule", "launch", "sign"})
# Prepositions that put an occasion after the verb they hang on: "met before the election".
_AFTER_THE_VERB = frozenset({"before", "ahead", "until", "till", "for"})
# Dependencies through which a noun is governed by a verb: subject, object or a preposition's.
_GOVERNED = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "attr"})
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
    if event_class not in _ARRANGED or date > published or not _of_this_period(noun):
        return False
    return not _told_as_past(noun)


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


def _told_as_past(noun: Token) -> bool:
    """ "this year's election was marred", "violence marred this year's election", "turnout in
    this year's election fell": the verb governing the noun (through its subject, object or a
    preposition) is a simple past or a participle with a past auxiliary ("was", "had"), so the
    occasion is told as over. Not through "before", "ahead of", "until" or "for", which put it
    after that verb ("met before this year's election")."""
    token = noun
    while token.dep_ in _GOVERNED and token.head != token:
        if token.dep_ == "prep" and token.lower_ in _AFTER_THE_VERB:
            return False
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "ahead":
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return _past(token)
    return False


def _past(verb: Token) -> bool:
    """A simple past ("marred") or a participle under a past auxiliary ("was marred", "had
    been held")."""
    if verb.tag_ == "VBD":
        return True
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(
        h.tag_ == "VBD" and h.lemma_ in ("be", "have") for h in helpers
    )
