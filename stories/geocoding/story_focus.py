"""Where a place the gazetteer lacks most likely lies: beside the story's nearest local place.

Local news names creeks, townships, parks, lakes and hamlets that no gazetteer we ship holds
("the Neches River", "Readington Township", "Tennessee Colony"). A story keeps to one area, and
the town it named last before such a name is, more often than not, within a county or two of it:
an estimate an editor can refine beats a place left off the map. Only towns and smaller places
anchor the estimate: a country or state named earlier says too little about where the place is.
Only names whose own words make them places ("... River", "Lake ...", "... Township") are
estimated: unknown names the recogniser passes without such a word were products, companies and
venues as often as places on our real-news development set, and an event pinned on "MacBook" is
worse than one left for the editor.

A name the article itself locates is estimated whatever its words: "Binh Phuoc, Vietnam",
"Cellardyke in Fife", "Akuressa, in Matara district", "Utah's Zion National Park" lie in the
place written with them (its point, with that place's size as the radius). So is a name the
article's grammar makes a place: "the village of Bariyarpur", "the Gondra district", "a farm
in Atalissa" (the recogniser passed it as a place and the article puts something in it): those
lie beside the story's nearest local place, as a name with a place word does.
"""

import re

from stories.geocoding.mention_reading import PLURAL_FEATURE, Mention
from stories.geocoding.places import BROAD_KINDS, GazetteerEntry, GazetteerKind
from stories.geocoding.resolution import Resolution, ScoredCandidate
from stories.geocoding.story_evidence import within
from stories.geocoding.unknown_in_state import state_before

# English generic words that make a name a place by its own words ("Neches River", "Lake
# Lanier", "Readington Township", "Nyanza Province"): a name the recogniser saw without one may
# be a product, a company or a venue ("MacBook", "New Media"), and is left unresolved.
GENERIC_PLACE_WORD = re.compile(
    r"\b(?:rivers?|creek|brook|lake|pond|reservoir|bay|harbou?r|islands?|isle|"
    r"peninsula|valley|canyon|gorge|mountains?|mount|mt|hills?|ridge|peak|falls|springs?|"
    r"forest|woods|park|preserve|lakeshore|seashore|county|township|twp|parish|borough|"
    r"district|province|prefecture|delta|basin|plateau|coast|beach|village|colony|fort|"
    r"junction|crossing|proving ground)\b\.?",
    re.IGNORECASE,
)
# The estimate's radius: about a county, the distance within which such names usually lie.
NEARBY_RADIUS_KM = 50.0
NEARBY_CONFIDENCE = 0.2
CONTAINER_CONFIDENCE = 0.3
# The estimate's radius when the article writes the place the name lies in: about its size.
CONTAINER_RADIUS_KM = {
    GazetteerKind.COUNTRY: 400.0,
    GazetteerKind.ADMIN1: 150.0,
    GazetteerKind.REGION: 300.0,
    GazetteerKind.ADMIN2: 50.0,
}
# Too vague to hold a place: "X in Europe", "X on the Atlantic".
NO_CONTAINER_KINDS = frozenset({GazetteerKind.CONTINENT, GazetteerKind.OCEAN, GazetteerKind.SEA})
# Between a name and the place it lies in: "X, Y", "X in Y", "X, in Y", "X refugee camp in Y",
# "X district of Y", "X located in the Y" (lower-case words only: no other name between).
_CONTAINED_BY = re.compile(
    r"(?:\s*,)?(?:\s+[a-z][a-z-]*){0,3}?,?\s+(?:located\s+)?(?:in|near|outside|of)\s+"
    r"(?:the\s+)?$"
)
_COMMA = re.compile(r"\s*,\s*$")
# Names listed with one another ("Nyanza, Rift Valley, North Eastern and Western") are siblings,
# not one inside the next.
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$")
_POSSESSED_BY = re.compile(r"['’]s\s+\Z")  # "Utah's Zion National Park"
# What makes an unknown name a place in the article's own grammar: a place noun before it ("the
# village of X", "villages of X and Y") or after it ("the X district"), or a preposition of
# place ("in X", "near X"). Not "at" or "from", which companies and venues take as often.
# Only nouns of small places: a "state", "province" or "region" the gazetteer lacks is too large
# to stand beside a town.
_PLACE_NOUN = (
    r"(?:villages?|towns?|townships?|cit(?:y|ies)|districts?|islands?|suburbs?|areas?|"
    r"municipalit(?:y|ies)|slums?|camps?)"
)
_PLACE_BEFORE = re.compile(rf"\b{_PLACE_NOUN}\s+of\s+$", re.IGNORECASE)
# "in Atalissa.", "near Prisi, ...", "in West Prince who ...": a bare name (no "the": "in the
# Cabinet Room" is a thing) after a preposition of place, ending its phrase. Not one that
# modifies the next word ("in MacBook keyboards", "in Epstein's crimes", "in Tech each day").
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside|inside)\s+$")
_PHRASE_ENDS = re.compile(
    r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:and|or|who|where|which|that|on|at|for|since|until|to|from|"
    r"with|when|as|after|before|during|last|this|earlier)\b"
)
# A street, a room or a venue is placed by the events' own rules (placing.py: an unpinned
# venue takes its city); an estimate would only stand in their way.
_STREET_OR_VENUE = re.compile(
    r"\b(?:street|avenue|ave|road|rd|drive|lane|ln|boulevard|blvd|way|corso|via|rue|"
    r"room|hall|cent(?:er|re)|auditorium|arena|stadium|theat(?:er|re)|building|tower|house|"
    r"hotel|division|conference|league)\b\.?",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(rf"\s+{_PLACE_NOUN}\b")
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor)\s+$")


def nearest_local_place(
    mention: Mention, mentions: list[Mention], worded: bool = True
) -> GazetteerEntry | None:
    """The story's local place whose name ``mention`` contains, else the one written last
    before it (or, when none comes before, first after it); None when the name's own words do
    not make it a place or the story names no town or smaller place."""
    if worded and not GENERIC_PLACE_WORD.search(mention.surface):
        return None
    local = sorted(
        (m for m in mentions if m.choice is not None and m.choice.kind not in BROAD_KINDS),
        key=lambda m: m.start,
    )
    written = mention.surface.casefold()
    inside = [m for m in local if m.surface.casefold() in written and m.surface != mention.surface]
    if inside:  # "Bartholomew County Jail" lies in the story's Bartholomew County
        return inside[0].choice
    return nearest_written(mention, settled_anchors(local))


def settled_anchors(local: list[Mention]) -> list[Mention]:
    """The local places that can stand for the surroundings of an unknown name: a building or
    venue the story names ("a ceremony at the White House", "the game at the stadium") says
    where one of its actors went, not the area the story keeps to, so a town, county or natural
    feature anchors first; the landmarks only when the story names nothing else."""
    settled = [m for m in local if m.choice is not None and m.choice.kind != GazetteerKind.LANDMARK]
    return settled or local


def nearest_written(mention: Mention, local: list[Mention]) -> GazetteerEntry | None:
    """The choice of the mention in ``local`` (in text order) written last before ``mention``,
    or, when none comes before, the first after it."""
    before = [m for m in local if m.start < mention.start]
    if before:
        return before[-1].choice
    return local[0].choice if local else None


def written_container(
    text: str, mention: Mention, mentions: list[Mention]
) -> GazetteerEntry | None:
    """The place the article writes a name in: the next mention when only "in", "of", a comma
    or a few lower-case words come between ("Cellardyke in Fife", "Binh Phuoc, Vietnam"), the
    "X, Y" qualifier the gazetteer knows, or a possessor right before it ("Utah's Zion")."""
    after = min(
        (m for m in mentions if m.start >= mention.end and m.choice is not None),
        key=lambda m: m.start,
        default=None,
    )
    if (
        after is not None
        and after.start - mention.end <= 40
        and after.choice.kind not in NO_CONTAINER_KINDS
    ):
        gap = text[mention.end : after.start]
        if _CONTAINED_BY.match(gap):
            return after.choice
        if _COMMA.match(gap):
            if _in_a_list(text, mention, after, mentions):
                return None  # "Nyanza, Rift Valley, North Eastern and Western"
            return after.choice
    if mention.qualifiers:
        return mention.qualifiers[0]
    before = max(
        (m for m in mentions if m.end <= mention.start and m.choice is not None),
        key=lambda m: m.end,
        default=None,
    )
    if (
        before is not None
        and _POSSESSED_BY.match(text[before.end : mention.start])
        and before.choice.kind not in NO_CONTAINER_KINDS
    ):
        return before.choice
    return None


def _in_a_list(text: str, first: Mention, second: Mention, mentions: list[Mention]) -> bool:
    """Is "first, second" part of a longer list: a name listed before ``first`` or after
    ``second``? ("Greenlane, Auckland, New Zealand" is an address: the country after the
    city holds it.)"""
    for m in mentions:
        before = m.end <= first.start and first.start - m.end <= 6
        if before and _LIST_GAP.match(text[m.end : first.start]):
            return True
        after = m.start >= second.end and m.start - second.end <= 6
        if after and _LIST_GAP.match(text[second.end : m.start]) and not _holds(m, second):
            return True
    return False


def _holds(outer: Mention, inner: Mention) -> bool:
    """Is ``outer`` the country or state ``inner`` lies in?"""
    big, small = outer.choice, inner.choice
    return (
        big is not None
        and small is not None
        and big.kind in (GazetteerKind.COUNTRY, GazetteerKind.ADMIN1)
        and small.kind != GazetteerKind.COUNTRY
        and within(small, big)
    )


def story_country_before(mention: Mention, mentions: list[Mention]) -> str | None:
    """The country of the last country or state the story names before ``mention``."""
    broad = [
        m
        for m in mentions
        if m.end <= mention.start
        and m.choice is not None
        and m.choice.kind in (GazetteerKind.COUNTRY, GazetteerKind.ADMIN1)
    ]
    return max(broad, key=lambda m: m.end).choice.country_code if broad else None


def placed_by_grammar(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Does the article's grammar make the name a place: a place word in it, a place noun or a
    preposition of place right before it, a place noun right after it, or a list it shares
    with such a name ("the villages of Nuli and Avnevi")?"""
    if GENERIC_PLACE_WORD.search(mention.surface):
        return True
    if _STREET_OR_VENUE.search(mention.surface):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    if _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(text, mention.end):
        return True
    if PLURAL_FEATURE.match(text, mention.end):
        return True  # "the Williams and Cranberry rivers"
    if _LOCATIVE_BEFORE.search(before) and _PHRASE_ENDS.match(text, mention.end):
        return True
    if _LISTED_BEFORE.search(before):
        previous = max(
            (m for m in mentions if m.end <= mention.start), key=lambda m: m.end, default=None
        )
        if previous is not None and mention.start - previous.end <= 6:
            head = text[max(0, previous.start - 40) : previous.start]
            return bool(_PLACE_BEFORE.search(head) or _LOCATIVE_BEFORE.search(head))
    return False


def estimate_unknown(text: str, mention: Mention, mentions: list[Mention]) -> Resolution:
    """A name the gazetteer lacks: in the place the article writes it in, else beside the
    story's nearest local place when its words or grammar make it a place, else unresolved."""
    if _STREET_OR_VENUE.search(mention.surface) and not GENERIC_PLACE_WORD.search(mention.surface):
        return unknown_name(mention, None)
    container = written_container(text, mention, mentions)
    if container is not None:
        radius = CONTAINER_RADIUS_KM.get(container.kind, NEARBY_RADIUS_KM)
        return Resolution(
            mention.surface, container.latitude, container.longitude, None, None,
            container.country_code, CONTAINER_CONFIDENCE, "estimated",
            f"not in the gazetteer; placed in {container.name}, which the story writes it in",
            radius, [],
        )  # fmt: skip
    if not placed_by_grammar(text, mention, mentions):
        return unknown_name(mention, None)
    near = nearest_local_place(mention, mentions, worded=False)
    country = story_country_before(mention, mentions)
    if near is not None and country is not None and near.country_code != country:
        near = None  # the story has moved on to another country: its last town says nothing
    state = state_before(mention, mentions, near)
    if state is not None:  # the state named before it, not a town of elsewhere named later
        return Resolution(
            mention.surface, state.latitude, state.longitude, None, None, state.country_code,
            CONTAINER_CONFIDENCE, "estimated",
            f"not in the gazetteer; placed in {state.name}, the state the story names before it",
            CONTAINER_RADIUS_KM[GazetteerKind.ADMIN1], [],
        )  # fmt: skip
    return unknown_name(mention, near)


def unknown_name(mention: Mention, near: GazetteerEntry | None) -> Resolution:
    """A name the gazetteer lacks: estimated beside ``near`` with a county's radius, or left
    unresolved when the story names no local place."""
    return estimated_near(
        mention,
        near,
        unresolved="no place of that name in the gazetteer",
        placed="not in the gazetteer; placed near {near}, the story's nearest local place",
    )


def estimated_near(
    mention: Mention,
    near: GazetteerEntry | None,
    *,
    unresolved: str,
    placed: str,
    alternatives: list[ScoredCandidate] | None = None,
) -> Resolution:
    """Beside ``near`` with a county's radius (the reason ``placed``, "{near}" its name), or
    unresolved for the reason ``unresolved`` when there is nothing to stand beside."""
    others = alternatives or []
    if near is None:
        return Resolution(
            mention.surface, None, None, None, None, None, 0.0, "unresolved", unresolved, None,
            others,
        )  # fmt: skip
    return Resolution(
        mention.surface, near.latitude, near.longitude, None, None, near.country_code,
        NEARBY_CONFIDENCE, "estimated", placed.format(near=near.name), NEARBY_RADIUS_KM, others,
    )  # fmt: skip
