"""Two ways news says where a motion went that a bare place phrase does not cover.

"Two bombers flew to within 200 kilometres of Canada's Arctic coast", "the storm came within 50
miles of Miami": how near something came is told by a counted distance "of" the place, and the
place is where the motion went all the same, though the parser hangs it three phrases below the
verb ("within" → "kilometres" → "of" → the place). Without a count ("within sight of", "within
reason") nothing says a place was approached.

"The annexation bill is scheduled to go before the county delegation on Tuesday": a matter put
before a council, board, commission or delegation is a step of its procedure, as before a named
body ("before the Senate", events.motion.destination), though the body is a common noun; going
"before the crowd" or "before dawn" puts nothing before a body that decides.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.meeting_acts import DELIBERATIVE_BODIES

# How the parser hangs a name on the noun of the place it is part of ("Canada's Arctic coast").
_NAME_IN_PHRASE = frozenset({"poss", "compound", "amod"})


def within_a_distance(verb: Token, place_root: Token) -> bool:
    """Whether `place_root` is the place a counted distance "within" on `verb` is "of": "flew
    to within 200 kilometres of Canada's Arctic coast", "came within 50 miles of Miami"."""
    noun = place_root
    while noun.dep_ in _NAME_IN_PHRASE and noun.head != noun:
        noun = noun.head  # "Canada" in "Canada's Arctic coast": the coast
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of":
        return False
    distance = of.head
    within = distance.head
    counted = any(c.dep_ == "nummod" for c in distance.children)
    return (
        counted
        and distance.dep_ == "pobj"
        and within.lower_ == "within"
        and within.dep_ == "prep"
        and within.head == verb
    )


def before_a_body(preposition: Token, noun: Token) -> bool:
    """Whether "before" with `noun` puts a matter before a deliberative body ("before the county
    delegation", "before the city council"); not "before the crowd"."""
    return preposition.lower_ == "before" and noun.lower_ in DELIBERATIVE_BODIES
