"""Wordings that deny a happening without a "not" on its verb.

English denies a happening through a participant as readily as through the verb: "no one was
hurt", "nothing was taken", "the thieves took no money" say that nobody was hurt and no money
taken, as surely as "was not hurt" does. And a plan told in the past for a day now gone ("was
due to be freed in May", "had been set to open on Monday") is told that way because it did not
come off: had it, the story would say that it happened.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

# Pronouns that name no one and nothing.
_NOBODY = frozenset({"nobody", "nothing", "none", "noone"})
# Participants of a clause that a "no" before them can deny.
_PARTICIPANTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Governors of an infinitive that fix it for a day: "was due to", "was set to", "had planned to".
_SCHEDULING = frozenset({"due", "set", "schedule", "plan", "slate"})


def denied_by_participant(verb: Token) -> bool:
    """ "No firefighters were injured", "nothing was stolen", "took no money": a subject or an
    object that is "no …", "nobody" or "nothing" denies the happening. Not through "have":
    "has no trip planned", "had no players left" say what someone lacks, not a happening."""
    if verb.lemma_ == "have" or (verb.head != verb and verb.head.lemma_ == "have"):
        return False
    for child in verb.children:
        if child.dep_ not in _PARTICIPANTS:
            continue
        if child.lower_ in _NOBODY:
            return True
        if any(d.dep_ == "det" and d.lower_ == "no" for d in child.children):
            return True
    return False


def lapsed_schedule(
    verb: Token, date: dt.date | None, date_end: dt.date | None, published: dt.date | None
) -> bool:
    """ "was due to be released in September", "had planned to speak on Tuesday": an infinitive
    scheduled in a past tense for a day before publication did not take place as planned."""
    if date is None or published is None or (date_end or date) >= published:
        return False
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in verb.children):
        return False
    governor = verb.head
    if governor.lemma_.lower() not in _SCHEDULING:
        return False
    if governor.tag_ == "VBD" and governor.lemma_.lower() != "set":
        return True  # "planned to speak" (a simple past of "set" reads as a deed: "set to work")
    helpers = [c for c in governor.children if c.dep_ in ("aux", "auxpass")]
    if governor.dep_ == "acomp":
        helpers.append(governor.head)  # "was due to": the tense is on "was"
    return any(h.tag_ == "VBD" and h.lemma_ in ("be", "have") for h in helpers)
