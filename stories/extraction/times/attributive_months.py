"""A month name written before a noun it dates: "the August death", "a June agreement".

March, April, May, June and August are also names, verbs and adjectives, so the time rules
take one of them for a month only after a cue word ("in May", "last June"). News often writes
a month before the noun of a happening or a thing instead, as an attribute of it: "pleaded not
guilty in the August death of his wife", "under a June agreement with the group", "down from
the March high". A determiner (or an owner's "'s") before the name and a lowercase noun after
it mark that use: an article or owner is never followed by the modal "may" or the verb
"march"; a name ("the May Queen", "the March of Dimes") is followed by a capital or by "of",
and a leader's or a family's name by the body it heads ("the May government").

With no tense to read (the noun's clause is out of the parser's reach) such a month is the one
gone by, as a thing named by its month mostly is ("the August death"), though the month just
ahead stays the coming one ("the December debate", written in November). The thing the month
dates is left to the event rules (events.thing_dates), which do not let such a month date the
verb of the clause around it.
"""

from __future__ import annotations

import re

from stories.extraction.times.vocab import word_set

# "the", "a", "that", "its", "their", "Mr. Lee's" right before the month name.
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|that|its|his|her|their|our|your)|['’]s)\s+$", re.I
)
# A lowercase word after the name, not a word that joins or governs ("the May of 1968").
_NOUN_AFTER = re.compile(r"\s+(?P<word>[a-z][a-z-]+)\b")
_NOT_A_NOUN = word_set(
    "of and or to in on at for by with from that as is was were are be been has had have "
    "will would can could should may might must do does did not"
)
# Nouns a person's name stands before as often as a month: "the May government", "the June
# family" are a leader's and a household's.
_AFTER_A_NAME = word_set(
    "government administration cabinet ministry premiership presidency era regime leadership "
    "camp family household brothers sisters"
)


def dates_a_noun(start: int, end: int, text: str) -> bool:
    """Whether the month name written at text[start:end] stands between a determiner and the
    lowercase noun it dates ("the August death"), so it is a month whatever the name."""
    if not _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False
    after = _NOUN_AFTER.match(text, end)
    return after is not None and after["word"] not in _NOT_A_NOUN | _AFTER_A_NAME
