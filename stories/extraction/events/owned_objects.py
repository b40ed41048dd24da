"""The owner of what a deed is done to: "declined Cairo's bid", "rejected Sudland's proposal".

A place set before the verb's object says whose the thing dealt with is ("accused Sudland
officials"), so it takes part and is no location (events.places). Written as an owner,
"Sudland's", it says the same: the bid, the proposal or the demand is Sudland's, and Sudland
is a side of the deed, its author or its target, not where the deed was done ("the Sudanese
government declined Cairo's bid" was declined in Khartoum, not in Cairo). The deed stays
where its doer, its sentence or its story is. Not for a verb that goes to or acts on the
ground of its object ("visited Sudland's capital", "shelled Sudland's ports": a visit or an
attack is where the object is), nor for a deed done on the spot to what it acts on ("struck
Sudland's diplomatic quarter", "searched Sudland's stations": `GROUND_VERBS`), nor for the
owner of the subject ("Japan's index fell").

The owner still names a participant, so the clause stays grounded enough to report an event
(events.clauses asks before this drops the place).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events import place_rules
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import LOCATIVE_OBJECT_CLASSES
from stories.extraction.events.places import PlaceChoice, as_place_head
from stories.extraction.events.site_objects import ACTING_VERBS
from stories.extraction.events.sites import Site
from stories.extraction.mentions import PlaceMention

# Verbs of a deed done where their object stands, whatever their event class: striking,
# destroying, blocking, searching or flooding a thing happens on its ground.
GROUND_VERBS = ACTING_VERBS | {
    "batter",
    "burn",
    "flood",
    "gut",
    "loot",
    "patrol",
    "ransack",
    "raze",
    "rob",
    "search",
    "swamp",
}


def deed_place(choice: PlaceChoice, site: Site, index: MentionIndex) -> PlaceMention | None:
    """The place the clause gives its event: none when the one it chose only owns the verb's
    object ("declined Sudland's bid")."""
    place = choice.place
    if place is None or choice.source != "owner" or "owned objects" not in place_rules.ENABLED:
        return place
    root = index.place_root(place)
    heads = {site.anchor.i} | ({site.noun.i} if site.noun is not None else set())
    if root is not None and owns_the_object(as_place_head(root), heads, site.event_class):
        return None
    return place


def owns_the_object(owner: Token, heads: set[int], event_class: str) -> bool:
    """Whether `owner`, a place's head word, is the possessor of the direct object of the
    event's verb (one of `heads`), for a verb that does not act on its object's ground."""
    noun = owner.head
    return (
        owner.dep_ == "poss"
        and noun.dep_ == "dobj"
        and noun.head.i in heads
        and event_class not in LOCATIVE_OBJECT_CLASSES
        and noun.head.lemma_.lower() not in GROUND_VERBS
    )
