"""The preposition a title says its place with: the one the text means, never a made-up "near".

A title's place phrase took the preposition that introduces the place in the text, and any
preposition outside the known place words became "near" (meant for "north of X", "outside
of X"). On real news most of those "near"s were wrong (dev batches, round 38, 53 titles):
- "of" mostly ties the place to a noun, and that noun says how the place relates to the event:
  an area of it ("buried parts of Kansas", "the city center of Amsterdam") is in it; a noun
  under a preposition of its own ("in the Holly Heights neighborhood of Gainesville", "to the
  500 block of Kelley Lane") passes that preposition on (titles.compose says "responds to block
  of X" when the title already ends on "to block"); an owner or origin ("Reiss Co. of the
  Netherlands filed", "invasion of Kuwait") is no place of the event, and the title says none;
  a compass bearing ("south of Jerusalem") is still "near";
- "on" a country, state or town is a target, not where it happened: the title says it as the
  text does when the event's own word takes it ("imposed sanctions on Iraq", "an attack on
  Jordan") and leaves it out otherwise; "on" a road stays "on" ("a crash on Interstate 70"),
  and a road is never "in" ("Clark flees on Patrick Street", not "in Patrick Street");
- spatial prepositions that read well in a headline ("over Scotland", "through the Golden
  Gate", "around Riley County") stay as written.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.entities import COMPASS_WORDS
from stories.extraction.events.lexicon import DESTINATION_PREPOSITIONS, PLACE_PREPOSITIONS
from stories.extraction.mentions import PlaceMention

# Prepositions of space a headline says as the text does ("Helicopters fly over New York").
SPATIAL_PREPOSITIONS = frozenset({"over", "through", "throughout", "around", "under", "beyond"})
# Nouns for a part or a kind of area: "parts of X", "the capital of X", "the city of X" are in X.
AREA_NOUNS = frozenset(
    {
        "part",
        "parts",
        "area",
        "areas",
        "region",
        "regions",
        "section",
        "sections",
        "center",
        "centre",
        "heart",
        "side",
        "rest",
        "swath",
        "swaths",
        "stretch",
        "portion",
        "portions",
        "corner",
        "corners",
        "streets",
        "capital",
        "city",
        "town",
        "village",
        "state",
        "province",
        "county",
        "district",
        "neighborhood",
        "neighbourhood",
        "island",
        "coast",
        "hometown",
        "block",
        "lane",
        "lanes",
        "grounds",
        "intersection",
    }
)
# Nouns for the fringe of a place: "the outskirts of X" is near X.
FRINGE_NOUNS = frozenset({"outskirts", "edge", "suburb", "suburbs", "vicinity", "environs"})
# The last word of a road's name: a road takes "on" ("a crash on Interstate 70").
ROAD_WORDS = frozenset(
    {"street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "boulevard", "highway"}
    | {"parkway", "freeway", "expressway", "turnpike", "pike", "route", "interstate"}
)
# Words whose "on" names a target, not a place: "an attack on X", "sanctions on X", "calls on X".
ON_TARGET_WORDS = frozenset(
    {"attack", "assault", "strike", "airstrike", "raid", "bomb", "bombing", "shell", "shelling"}
    | {"offensive", "fire", "war", "sanction", "sanctions", "embargo", "tariff", "tariffs"}
    | {"impose", "pressure", "crackdown", "clampdown", "ban", "call", "advance", "march"}
    | {"descend", "converge", "retaliate", "retaliation", "spy", "rain", "drop", "wage"}
    | {"declare", "focus", "vote", "rely", "depend", "prey", "turn", "crack", "clamp"}
)
# Kinds of place where a non-target "on" means "in": towns and cities.
_POPULATED_KINDS = frozenset({"city"})
# Kinds of place that are participants when a clause acts "on" them.
_ACTOR_KINDS = frozenset({"country", "region", "county", "city"})


# Every preposition a title's place phrase may open with (titles.place_phrase, compose).
TITLE_PLACE_PREPOSITIONS = (
    PLACE_PREPOSITIONS | DESTINATION_PREPOSITIONS | SPATIAL_PREPOSITIONS | {"on", "of", "near"}
)


def without_place_phrase(title: str, trigger: str = "") -> str:
    """The title without its closing place phrase ("falls on Wall Street": "falls"), so that
    which preposition a place is said with, or whether it is said at all, does not change what
    the title says happened (events.identity compares predicates). A phrase the trigger itself
    says ("calls on Sudland") is the predicate's, and stays."""
    words = title.split()
    for at in range(len(words) - 2, 0, -1):
        name = words[at + 1 :]
        if not all(w[:1].isupper() or w[:1].isdigit() for w in name):
            break
        phrase = " ".join(words[at:]).casefold()
        if words[at] in TITLE_PLACE_PREPOSITIONS and phrase not in trigger.casefold():
            return " ".join(words[:at])
    return title


def a_road(place: PlaceMention) -> bool:
    """Whether the place is a road by its name: "Interstate 70", "Route 1", "Darby Street"."""
    words = [w.strip(".").lower() for w in place.text.split()]
    return bool(words) and (words[-1] in ROAD_WORDS or words[0] in ROAD_WORDS)


def title_preposition(root: Token, place: PlaceMention, anchor: Token) -> str:
    """The preposition a title says `place` with (its name's head `root` in the text), or ""
    when the text ties the place to the event by no place relation ("Reiss Co. of X filed")."""
    said = _preposition(root, place, anchor)
    return "on" if said == "in" and a_road(place) else said  # "flees on Patrick Street"


def _preposition(root: Token, place: PlaceMention, anchor: Token) -> str:
    if root.head.pos_ != "ADP" or root.dep_ != "pobj":
        return "in"
    word = root.head.lower_
    if word == "of":
        return _of_preposition(root.head, place, anchor)
    if word == "on":  # "sanctions imposed on Iraq", "an attack on Jordan": said as written
        if _aimed_on(root.head, anchor) or a_road(place):
            return "on"
        if place.kind in _POPULATED_KINDS:
            return "in"  # "made its first trip on St. Louis", "a meeting on X": in X, not on it
        return "" if place.kind in _ACTOR_KINDS else "at"  # "on the grounds of X": at X
    if word in SPATIAL_PREPOSITIONS:
        return word
    if word == "upon":
        return "on"
    known = word in PLACE_PREPOSITIONS or word in DESTINATION_PREPOSITIONS
    if not known:
        return "near"  # "outside of X", "beyond": a place the event is only near
    if word in DESTINATION_PREPOSITIONS and root in anchor.ancestors:
        return "in"  # the event is told in a clause on the place: "X, where ..."
    return word


def _aimed_on(on: Token, anchor: Token) -> bool:
    """Whether "on" names the target of the event's own word, or of the noun that word acts
    through: "attacked on", "an attack on X", "imposed sanctions on X"; not "a trip on X"."""
    words = [on.head, on.head.head]
    if anchor not in words:
        return False
    return any(w.lemma_.lower() in ON_TARGET_WORDS for w in words[: words.index(anchor) + 1])


def _of_preposition(of: Token, place: PlaceMention, anchor: Token) -> str:
    noun = of.head
    if noun.lower_ == "out":
        return "from"  # "streamed out of X": where it came from
    if noun.lower_ in COMPASS_WORDS or noun.lower_ in FRINGE_NOUNS:
        return "near"  # "south of X", "the outskirts of X"
    if noun.pos_ not in ("NOUN", "PROPN"):
        return "near"  # "outside of X"
    if noun.lower_ not in AREA_NOUNS:
        return ""  # an owner or origin: "Reiss Co. of X", "the invasion of X"
    if noun.dep_ == "pobj" and noun.head.pos_ == "ADP":
        return _preposition(noun, place, anchor)  # "in the neighborhood of X": in X
    return "in"  # "buried parts of X"
