"""How a place takes part in its sentence: where something happens, or who takes part.

A place named in a sentence either sets its scene ("in X", "at X", the dateline) or only takes
part: a side in a match ("X beat Y"), what is acted on ("accused X"), where a request comes
from, whom a person leads ("B of Sudland"). Only a scene moves the story's narration there, so
every context clue of events.placing (the dateline, the setting, the lead) asks these same
questions of a sentence's places before it places an event; they are read here, from the
parse, in one place.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events import place_rules
from stories.extraction.events.based import names_a_base
from stories.extraction.events.bound_for import bound_for_alone
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import LOCATIVE_PREPOSITIONS, PARTICIPANT_PREPOSITIONS
from stories.extraction.events.places import as_place_head, recipient, residence
from stories.extraction.events.sentence_places import pinned
from stories.extraction.events.setting import related
from stories.extraction.events.sides import beaten_by, contest, faces_a_place
from stories.extraction.mentions import PlaceMention

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
_SCENE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"across", "throughout", "within", "around"}
_OBJECT_DEPS = frozenset({"dobj", "dative"})
# Nouns a place name modifies when it says where someone lives: "a Norfield man".
_RESIDENTS = frozenset(
    {"man", "woman", "men", "women", "boy", "girl", "boys", "girls", "teen", "teens",
     "teenager", "teenagers", "resident", "residents", "native", "natives", "couple"}
)  # fmt: skip
# How a place modifies a noun: "Sudland officials", "Sudland's envoys", "Sudlandic objections".
_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def sets_scene(place: PlaceMention, index: MentionIndex) -> bool:
    """Whether a mention says where the story is: the dateline does; a participant
    ("Norland beat Sudland", "accused Sudland") and where someone or something comes from ("a
    request from Sudland") do not."""
    if place.start < index.dateline_end:
        return True
    return place_role(place, index) is None


def acted_on(place: PlaceMention, index: MentionIndex) -> bool:
    """A place that is only acted on or dealt with ("accused Sudland", "talks with Sudland"),
    or a side in a match ("Norland beat Sudland"): naming it does not move the story there,
    so the dateline still places the sentence. A place that acts ("Sudland fired a missile",
    "Sudland accused Norland") may well be elsewhere. A place that only says whose the noun
    acted on is ("accused Sudland officials", "rejected Sudland objections") takes its part."""
    if place_role(place, index) in ("object", "source", "side", "affiliation"):
        return True
    if "residents" in place_rules.ENABLED and whose_resident(place, index):
        return True  # "the murder of a Norfield man": where he lived, the story stays put
    if "destinations stay" in place_rules.ENABLED and _bound_for(place, index):
        return True  # "left Tuesday for talks in X": not there yet, the dateline still holds
    return "modifiers take part" in place_rules.ENABLED and _modifies_what_is_acted_on(place, index)


def _bound_for(place: PlaceMention, index: MentionIndex) -> bool:
    """Whether the place lies inside the "for"/"to" phrase of a departure with no other verb
    beside it (events.bound_for): "left for X and met Y" met Y at X."""
    root = index.place_root(place)
    return root is not None and bound_for_alone(root)


def _modifies_what_is_acted_on(place: PlaceMention, index: MentionIndex) -> bool:
    """Whether a place modifies (through compounds, adjectives, possessives) a noun that is the
    object of the verb or of "with", "against", "over"...: the noun is what is dealt with, and
    the place naming whose it is no more moves the sentence than "accused Sudland" does."""
    position = index.root_of_place.get((place.start, place.end))
    if position is None:
        return False
    head = as_place_head(index.doc[position])
    if head.dep_ not in _NOUN_MODIFIER_DEPS:
        return False
    noun = head.head
    while noun.dep_ in _NOUN_MODIFIER_DEPS and noun.head != noun:
        noun = noun.head
    if noun.dep_ in _OBJECT_DEPS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in PARTICIPANT_PREPOSITIONS


def place_role(place: PlaceMention, index: MentionIndex) -> str | None:
    """How a mention takes part: "side" (it meets another place in a match, "X beat Y", or
    owns a move against it, "X's win over Y"), "subject", "object" (also a recipient, "lost
    the bid to X"), "source" ("a request from X"), or None as a location or a modifier."""
    if "bases" in place_rules.ENABLED and names_a_base(place, index.text):
        return "affiliation"  # "a Lyon-based firm": whose the body is, not where it acts
    position = index.root_of_place.get((place.start, place.end))
    if position is None:
        return None
    head = as_place_head(index.doc[position])
    while head.dep_ in ("conj", "appos") and head.head != head:
        head = head.head
    sided = head.dep_ == "poss" or (head.dep_ in _SUBJECT_DEPS and contest(head.head))
    if sided and "sides" in place_rules.ENABLED and faces_a_place(head.head, index):
        return "side"  # "Norland beat Sudland", "Norland's effort against Sudland"
    if head.dep_ in _SUBJECT_DEPS:
        return "subject"
    if head.dep_ in _OBJECT_DEPS:
        return "object"
    if "routes" in place_rules.ENABLED and _a_route(head):
        return "source"  # "bused volunteers from the X area to the flood zone": a start
    if head.dep_ != "pobj":
        return None
    preposition = head.head
    if "sides" in place_rules.ENABLED and beaten_by(preposition):
        return "side"  # "Norland's defeat by Sudland": the winner, not where the war was
    if preposition.lower_ == "from" and preposition.head.pos_ in ("NOUN", "PROPN"):
        return "source"
    if (
        preposition.lower_ == "of"
        and residence(preposition)
        and "affiliation" in place_rules.ENABLED
    ):
        return "affiliation"  # "Presidents A of Norland and B of Sudland signed": who they are
    if (
        preposition.lower_ == "to"
        and "recipients take part" in place_rules.ENABLED
        and recipient(preposition)
    ):
        return "object"  # "lost the bid to X", "returned the island to X": X only receives
    return "object" if preposition.lower_ in PARTICIPANT_PREPOSITIONS else None


def whose_resident(place: PlaceMention, index: MentionIndex) -> bool:
    """A place that modifies a person noun ("a Norfield man", "two Sudland teenagers") says
    where that person lives or comes from, as news style names people, not where the
    sentence happens: "the murder of a Norfield man" may have been anywhere near. Towards
    where the story is set it counts as events.resident_scenes allows: while the story is set
    with it, names its town elsewhere too, or names its scene fewer than twice without it ("a UK
    man" in a story naming nothing else), and not when it alone keeps the rest from setting
    the story."""
    position = index.root_of_place.get((place.start, place.end))
    if position is None:
        return False
    head = index.doc[position]
    noun = head
    while noun.dep_ in ("compound", "amod") and noun.head != noun:
        noun = noun.head
    return noun is not head and noun.lower_ in _RESIDENTS


def _a_route(head: Token) -> bool:
    """ "from X" (or "from the X area") on a verb that carries something or someone to
    somewhere else ("bused volunteers from X to the flood zone", "moved the office from X to
    Y") names where the load set out, not the scene of the sentence's narration. A traveller's
    own "flew from X to Y" is left to the rules of departures."""
    if head.dep_ == "compound":
        head = head.head
    preposition = head.head
    if head.dep_ != "pobj" or preposition.lower_ != "from":
        return False
    verb = preposition.head
    children = list(verb.children)
    return (
        verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in children)
        and any(c.dep_ == "prep" and c.lower_ == "to" and c.i > preposition.i for c in children)
    )


def stated_as_location(place: PlaceMention, index: MentionIndex) -> bool:
    """Whether a mention is stated as a location: "in X", "at X", "the town of X in Y"."""
    position = index.root_of_place.get((place.start, place.end))
    if position is None or place_role(place, index) is not None:
        return False
    head = as_place_head(index.doc[position])
    return head.dep_ == "pobj" and head.head.lower_ in _SCENE_PREPOSITIONS


def named_as_location(place: PlaceMention, places: list[PlaceMention], index: MentionIndex) -> bool:
    """Whether the story names the place as where something is ("in X", "across X") at least
    once, files from it, or names no other place at all ("a UK man" in a story of the UK)."""
    if all(_key(mention) == _key(place) for mention in places if pinned(mention)):
        return True
    for mention in places:
        if not related(mention, place) or mention.kind != place.kind:
            continue
        if mention.start < index.dateline_end:
            return True
        position = index.root_of_place.get((mention.start, mention.end))
        if position is None:
            continue
        head = as_place_head(index.doc[position])
        if head.dep_ == "pobj" and head.head.lower_ in _SCENE_PREPOSITIONS:
            return True
    return False


def _key(place: PlaceMention) -> str:
    return (place.name or place.text).casefold()
