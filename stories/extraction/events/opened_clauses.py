"""A time written before the word that opens a subordinate clause is not that clause's time.

"The officers were shot Saturday, the worst loss for the force since four agents died 15
years ago": the parser may hang "Saturday" on "died", the root it wrongly makes of the clause
"since" opens, and the most precise time of a verb wins, so the deaths were dated to the
shooting's Saturday. A clause opened by "since", "after", "because" and their kind begins at
that word: a time left of it was said before the clause began and belongs to the clause
around it, whatever the parse says. Clauses of simultaneous time ("Saturday when the storm
hit", "on Monday as crowds gathered") are not among them: a time just before them dates them
too (time_owners.dates_its_when_clause).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stories.extraction.conjunctions import SEQUENCE_CONJUNCTIONS

# Openers of a clause whose happening stands apart from the time of the clause around it.
_APART = SEQUENCE_CONJUNCTIONS | {"since", "till", "because", "although", "though", "whether", "if"}


def before_its_opener(time: Span, anchor: Token) -> bool:
    """Whether the time `time` ends before the word ("since", "after", …) that opens the
    clause of the verb `anchor`: then it is the outer clause's time, not the verb's."""
    opener = next(
        (c for c in anchor.children if c.dep_ == "mark" and c.lower_ in _APART and c.i < anchor.i),
        None,
    )
    return opener is not None and time.end <= opener.i
