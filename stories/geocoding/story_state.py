"""A namesake town or county in the state where the story's other places lie.

Local news keeps to one area: a story whose other places lie in Ohio means the Franklin
County of Ohio, not the one of Pennsylvania, however the disambiguation's rounds weighed
each name's nearest namesakes (two misread names can pull each other away together, and a
county's point lies far from its towns). So when the story's other names mostly lie in one
state (two names at least, or one held firmly: a state named as a place, a name the article
qualifies, a name with namesakes in one state only; more than in any other state), a town or
county chosen in a state no other place of the story lies in moves to its namesake there
(a single loose name vouches only for a namesake beside it: "Dublin" and its county).
A name the article qualifies itself ("Dublin, Ireland", "Athens, Ga.") has said where it is
already, a metropolis is the one meant wherever the story is (famous_namesakes.py), and so
is a large city over a namesake of the story's state a tenth its size.
"""

from collections import Counter

from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import FAMOUS_POPULATION, unqualified_names
from stories.geocoding.places import TOWN_KINDS, GazetteerEntry, GazetteerKind, entries_km

_ANCHOR_KINDS = TOWN_KINDS | {GazetteerKind.ADMIN1}
# Support the story's state needs before it speaks for the rest: two names, or one held firmly.
MIN_SUPPORT = 2

# A lone loose name of the story vouches for a namesake this near it (a town and its county).
NEAR_KM = 60.0

# A chosen city this large, and this many times the namesake's size, stays where it is.
LARGE_POPULATION = 100_000
LARGER_BY = 10

State = tuple[str, str]


def _far_larger(chosen: GazetteerEntry, namesake: GazetteerEntry) -> bool:
    """ "Flights to Lexington" in a Georgia story: a city of its own standing is the one meant
    over a namesake village of the story's state (a reader names a small town only when the
    story is about it, and then it lies among the story's other places, not beside a city)."""
    return (
        chosen.population >= LARGE_POPULATION
        and chosen.population >= LARGER_BY * namesake.population
    )


def _state(place: GazetteerEntry) -> State:
    return place.country_code, place.admin1


def _held(mention: Mention) -> bool:
    """Is the mention's place held firmly: a state named as a place, a name the article
    qualifies ("Post Falls, Idaho"), or a name with namesakes in one state of its country only?"""
    chosen = mention.choice
    if chosen.kind == GazetteerKind.ADMIN1 or mention.qualifiers:
        return True
    states = {
        _state(c.place)
        for c in mention.candidates
        if c.match == "name"
        and c.place.kind in TOWN_KINDS
        and c.place.country_code == chosen.country_code
    }
    return len(states) <= 1


def _story_state(key: str, mentions: list[Mention]) -> tuple[State, int] | None:
    """The state most of the story's other names lie in, each name counted once (twice when
    held firmly, see _held), with its support, when it gathers more than any other state."""
    support: dict[str, tuple[State, int]] = {}
    for m in mentions:
        if m.key == key or m.choice is None or m.choice.kind not in _ANCHOR_KINDS:
            continue
        weight = 2 if _held(m) else 1
        support[m.key] = (_state(m.choice), max(weight, support.get(m.key, (None, 0))[1]))
    totals: Counter[State] = Counter()
    for state, weight in support.values():
        totals[state] += weight
    ranked = totals.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0]


def follow_story_state(mentions: list[Mention]) -> None:
    """Move each unqualified town or county chosen in a state none of the story's other places
    lies in to its namesake of the state most of them lie in (the largest such namesake)."""
    for key, group in unqualified_names(mentions, TOWN_KINDS):
        chosen = group[0].choice
        if chosen.population >= FAMOUS_POPULATION:
            continue
        found = _story_state(key, mentions)
        if found is None or _state(chosen) == found[0]:
            continue
        state, support = found
        if any(
            m.key != key and m.choice is not None and _state(m.choice) == _state(chosen)
            for m in mentions
        ):
            continue
        options = [
            c.place
            for c in group[0].candidates
            if c.place.kind == chosen.kind and c.match == "name" and _state(c.place) == state
        ]
        if support < MIN_SUPPORT:
            # One loose name speaks for the state only through a namesake beside it.
            anchors = [
                m.choice
                for m in mentions
                if m.key != key and m.choice is not None and _state(m.choice) == state
            ]
            options = [p for p in options if any(entries_km(p, a) <= NEAR_KM for a in anchors)]
        if not options:
            continue
        best = max(options, key=lambda p: p.population)
        if _far_larger(chosen, best):
            continue
        for m in group:
            m.choice = best
