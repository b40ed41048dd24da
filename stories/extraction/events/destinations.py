"""Where someone is carried or goes ends the event: "was rushed to the Norfield hospital".

News tells the care of the hurt as a motion: the injured "was taken to", "was airlifted to",
"was transported to" a hospital, which the story names for its town ("Norfield Community
Hospital"). The event is told for where it brings the person, as an arrival is: the venue's
town places it, as "held at the Norfield Inn" does (events.homes.venue_of). So does a venue
someone goes to ("at 16, he went to Norfield University"): the going is told for where it ends,
as "went to Norfield" is placed in Norfield.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that carry a person somewhere; with "to" or "into" they name where the person ends up.
CONVEYING_VERBS = frozenset(
    {"transport", "airlift", "rush", "take", "bring", "carry", "transfer", "admit", "fly"}
)
_ENDS = frozenset({"to", "into"})
# Verbs of going somewhere to be there; with "to" or "into" they name where the subject ends up.
GOING_VERBS = frozenset({"go", "come", "move", "return", "travel", "head"})


def carried_to(preposition: Token) -> bool:
    """Whether `preposition` ("to", "into") names where a verb that carries someone brings
    them: "was rushed to X", "airlifted into X"."""
    return preposition.lower_ in _ENDS and preposition.head.lemma_.lower() in CONVEYING_VERBS


def went_to(preposition: Token) -> bool:
    """Whether `preposition` ("to", "into") names where a verb of going brings its subject:
    "went to Norfield University", "moved to the Norfield hospital"."""
    verb = preposition.head
    return (
        preposition.lower_ in _ENDS and verb.pos_ == "VERB" and verb.lemma_.lower() in GOING_VERBS
    )
