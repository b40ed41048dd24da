"""A happening that defines a time: "tapes from the night TWA Flight 800 went down", "the
anniversary of the day the ferry sank", "since the year the plant closed".

A clause that modifies a calendar noun names that time by what happened in it; it is told to
point back to it, not as part of the sentence's own news, so the sentence's day (or the
paragraph's, or publication) is not its day, and with no time in its own words it is history
told in passing: undated background. Not when the time is the sentence's own: "on Monday, the
same day the body was found", "the day the plane went down was a Tuesday", "the week the bank
collapsed, its chief resigned", "spent the night the storm hit searching" (the noun, not the
clause, times the sentence).
"""

from __future__ import annotations

from spacy.tokens import Token

# Calendar nouns a clause can name by what happened in them. Not "time" or "moment": "the last
# time the team won was 1990" is dated by its sentence.
_TIME_NOUNS = frozenset(
    {
        "day",
        "night",
        "morning",
        "afternoon",
        "evening",
        "week",
        "weekend",
        "month",
        "year",
        "summer",
        "winter",
        "spring",
        "autumn",
    }
)
# Roles in which the time noun is a thing the sentence talks of, not the time it is set at.
_REFERRED = frozenset({"pobj", "dobj"})
_SHARED = frozenset({"same"})
# Verbs whose object is the time their own deed lasts through: "spent the night the storm hit".
_LASTED_THROUGH = frozenset({"spend", "pass"})
# Prepositions that set the sentence at the time named ("on the day", "in the week"); the rest
# point away from it ("from the night", "since the day", "of the day", "after the year").
_AT_THE_TIME = frozenset({"on", "in", "at", "during", "within", "throughout", "over", "by"})

#: Extra key of an event whose clause names a time: undated, it is background (events.mainline).
DEFINES_TIME = "defines_time"


def defines_a_time(verb: Token) -> bool:
    """Whether `verb` heads a clause modifying a calendar noun the sentence refers to as a
    thing ("from the night the jet went down", "remember the day the dam burst")."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    if noun.lemma_.lower() not in _TIME_NOUNS or noun.dep_ not in _REFERRED:
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _LASTED_THROUGH:
        return False  # "spent the night the storm hit searching": the sentence's own time
    if any(c.lower_ in _SHARED for c in noun.children):
        return False  # "the same day the body was found": the sentence's day
    if noun.dep_ == "pobj" and noun.head.lower_ in _AT_THE_TIME:
        return False  # "on the day the plane went down, he called": the sentence's own time
    return not any(c.dep_ == "appos" for c in noun.children)
