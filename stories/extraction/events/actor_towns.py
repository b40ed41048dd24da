"""A wider default place narrowed to the town the event's acting body is named with.

When a clause states no place, the narration carried from the sentence before, the story's
setting or its lead gives the event a wider one: "Health officials in Nebraska confirmed more
cases. The Omaha company recalled its products." A firm, a plant, a school or any other body
that is no person, named with a town ("the Omaha company", "an Ashby hospital") that lies in
that wider place, acts where it is: the recall went out from Omaha, not from the state at
large. The event takes the town, and what the paragraph goes on to narrate, carried from the
same wider place, goes on there while no other body acts: a sentence with no doer of its own
("Shipments were resumed after an inspection found no cause") or the same one ("The company
said") goes on in the town, as does one the body's own people or a plain word for it do ("A company
spokeswoman said", "The firm halted"); one whose main verb a body of another name does ("The
state health department urged residents") is back in the wider place.

A person named with a town ("an Ashby man was arrested") only says where they live, which
places no deed (events.place_cues reads such residences); a town outside the wider place is
another matter (a home abroad: events.homes); a place the clause states is kept (a finer place
the sentence states is events.narrowing's).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import actor_of, event_word
from stories.extraction.events.narrowing import NARROWED_KINDS, narrowed
from stories.extraction.events.offices import name_words
from stories.extraction.events.role_nouns import names_people
from stories.extraction.events.setting import within
from stories.extraction.mentions import EventCandidate, PlaceMention

# Places no clause of the event stated: defaults of events.placing, which a town the clause
# does write inside them makes finer.
DEFAULT_SOURCES = frozenset({"previous sentence", "sentence", "setting", "lead", "between"})
# A sports side is named for the town it plays for, not where it plays: "the Dallas team lost
# to Houston" may have been played anywhere.
_SPORTS_SIDES = frozenset({"team", "club", "squad", "side", "franchise", "eleven", "lineup"})
# Plain words for a business, by which a story goes on speaking of the firm it named.
_BUSINESSES = frozenset(
    {"company", "firm", "business", "plant", "maker", "manufacturer", "producer", "processor",
     "supplier"}
)  # fmt: skip
# The least specificity of a town (a city, a village; not a county or a state).
_TOWN = 3


@dataclass(frozen=True)
class _Narrowed:
    paragraph: int
    frame: PlaceMention  # the wider place the narration carried
    town: PlaceMention
    body: str  # the acting body's noun ("company")


def actor_towns(events: list[EventCandidate], index: MentionIndex) -> list[EventCandidate]:
    """The events (in text order), each placed by a default in a country or region that holds
    the town its acting body is named with placed in that town, and the events after it in the
    paragraph carried on from the same wider place placed there too."""
    result = []
    last: _Narrowed | None = None
    for event in events:
        frame, source = event.place, event.provenance.get("place", {}).get("source")
        paragraph = index.paragraph_number(event.start)
        if frame is None or frame.kind not in NARROWED_KINDS or source not in DEFAULT_SOURCES:
            if frame is not None and last is not None and last.paragraph == paragraph:
                last = None  # the narration moved on to another place
            result.append(event)
            continue
        body = _acting_body(event, index)
        town = _town_of(body, index) if body is not None else None
        if town is not None and town.specificity > frame.specificity and within(town, frame):
            last = _Narrowed(paragraph, frame, town, body.lemma_.lower())
            result.append(narrowed(event, town, frame))
        elif (
            last is not None
            and last.paragraph == paragraph
            and source == "previous sentence"
            and within(frame, last.frame)
            and within(last.frame, frame)
            and not another_body_acts(event, index, last.body)
        ):
            result.append(narrowed(event, last.town, frame))
        else:
            last = None
            result.append(event)
    return result


def _acting_body(event: EventCandidate, index: MentionIndex) -> Token | None:
    """The body, no person, that does the event's verb ("the Omaha company recalled"); None
    for an event noun ("the Omaha recall" is events.places' to place) or a person."""
    anchor = event_word(event, index)
    if anchor is None or anchor.pos_ in ("NOUN", "PROPN"):
        return None
    actor = actor_of(anchor)
    return actor if actor is not None and _a_body(actor) else None


def _town_of(body: Token, index: MentionIndex) -> PlaceMention | None:
    """The pinned town among the words that name the body ("Omaha" in "the Omaha company")."""
    for word in name_words(body)[1:]:
        place = index.place_at.get(word.i)
        if place is not None and place.latitude is not None and place.specificity >= _TOWN:
            return place
    return None


def another_body_acts(event: EventCandidate, index: MentionIndex, body: str) -> bool:
    """Whether the main verb of the event's sentence is done by someone other than `body`
    (the noun of the body that acted in the town): "The state health department urged" after
    "the Omaha company recalled". A passive with no "by", a pronoun ("it said") or the same
    noun ("the company said") is no other doer; the clauses under the main verb ("after an
    inspection found") go with it."""
    anchor = event_word(event, index)
    if anchor is None:
        return False
    doer = _doer(anchor.sent.root)
    return doer is not None and _another_body(doer, body)


def _another_body(doer: Token, body: str) -> bool:
    """A doer that is itself a body of another name: "the state health department", "the
    FDA"; not a person ("a company spokeswoman"), the body's own noun or a plain word for a
    business ("the firm" after "the company"), nor the body's own part ("its board", "the
    company's plant", "the company board")."""
    if not (_a_body(doer) or (doer.pos_ == "PROPN" and doer.ent_type_ == "ORG")):
        return False
    name = doer.lemma_.lower()
    if name == body or name in _BUSINESSES:
        return False
    own = {body, *_BUSINESSES, "its"}
    return not any(
        child.dep_ in ("poss", "compound") and child.lemma_.lower() in own
        for child in doer.children
    )


def _doer(verb: Token) -> Token | None:
    """Who does a verb: its "by" agent or its active subject; None for a passive without one."""
    doer = actor_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if doer is None or doer.dep_ == "nsubjpass" or doer.dep_ == "expl":
        return None
    return doer


def _a_body(actor: Token) -> bool:
    """A common noun naming a firm, an institution or a thing that acts, not a person or
    people ("the Omaha company", not "an Ashby man", "Ashby residents"), nor a sports side
    ("the Dallas team")."""
    return (
        actor.pos_ == "NOUN"
        and actor.ent_type_ != "PERSON"
        and not names_people(actor)
        and actor.lemma_.lower() not in _SPORTS_SIDES
    )
