"""A "where" clause after the place someone was taken to: the next step done to them there.

"Was booked into the county jail, where he was charged with theft", "was airlifted to a
hospital in the city, where he was pronounced dead", "brought to the town's police, where he
was charged": English carries a narrative on through a relative clause of place hung on the
destination of a deed that moved someone ("booked into", "brought to", "taken to"). Such a
clause is no description of the place (which the story does not need) but the following
happening, told without a date of its own because it follows the day of the move. Relative
clauses in general describe (events.clauses._grounded asks them for a date of their own); this
sub-class is read by its grammar: a clause opened by "where", its verb a simple past passive
(something done to the one moved; "was", "were", no "had"), its noun the object of "to" or
"into" on a verb that moves someone (one that carries, events.destinations, or of motion,
events.lexicon, or that delivers into custody or care: "booked", "sent") (or a name "in" such
a place: "to a hospital in Tyler, where"). A clause on a place nobody was moved to ("lives near
the mill, where grain was stored", "belonged to the club, where he was treated") or
in a past perfect ("where he had been held before") still describes.

Evidence (lgldev, written blind): three key events of jail bookings and hospital transfers
("charged with", "pronounced dead") lost for want of a date.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.destinations import CONVEYING_VERBS
from stories.extraction.events.lexicon import MOTION_VERBS
from stories.extraction.events.place_relatives import told_where

_DESTINATIONS = frozenset({"to", "into"})
# Verbs that deliver someone into custody or care, which neither lexicon lists.
_DELIVERING = frozenset({"book", "send", "escort", "remand", "deliver"})
_MOVING = CONVEYING_VERBS | frozenset(MOTION_VERBS) | _DELIVERING
# A place named inside the destination: "to a hospital in Tyler", "into the jail at Mount Ivy".
_INSIDE = frozenset({"in", "at"})
_PAST_PASSIVE = frozenset({"was", "were"})


def next_step_there(verb: Token) -> bool:
    """Whether `verb` heads a "where" clause in the simple past passive hung on the place a
    deed moved someone to ("taken to the jail, where he was charged")."""
    if not told_where(verb) or verb.tag_ != "VBN":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if len(auxiliaries) != 1 or auxiliaries[0].lower_ not in _PAST_PASSIVE:
        return False  # "had been held", "could be charged", "is being treated": not this
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return _destination(verb.head)


def _destination(noun: Token) -> bool:
    """Whether `noun` is the object of "to"/"into" on a verb that moves someone, or a place
    named "in" or "at" such an object."""
    for _ in range(2):
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.dep_ != "prep":
            return False
        if preposition.lower_ in _DESTINATIONS and preposition.head.pos_ == "VERB":
            return preposition.head.lemma_.lower() in _MOVING
        if preposition.lower_ not in _INSIDE or preposition.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = preposition.head
    return False
