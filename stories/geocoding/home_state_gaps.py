"""A bare small town with no namesake in a local story's own state: a town of that state the
gazetteer lacks.

Local news writes the towns of its own area bare and qualifies a town of another state ("Berlin,
Md."): that is the house style of American papers. The story's own state is the state of its
dateline's town when that is a small town, a local paper's own ("TORRINGTON, Conn. —", "MONROE —"
chosen in Georgia), unless its telephone numbers carry another (phone_region.py); without one,
the state its numbers carry when they are two or more: one number alone may be a company's
press line, of its headquarters' state, not the story's. A city's or a state capital's dateline
is as often a wire bureau's, whose national stories name a famous small town bare ("WASHINGTON
— ... at Kennebunkport"), and a dateline with an agency ("UVALDE, Texas (AP) —") is a wire
story's, no local paper's.

So when the story places a town in that state and a bare name's namesakes all lie in other
states, the town meant is one of the story's own state that the gazetteer does not hold (a
Connecticut paper's "crashed into a tree in Berlin. Berlin police are investigating" is Berlin,
Connecticut, not the New Jersey borough our gazetteer offers). The name is then estimated beside
the story's town in that state written nearest before it, as story_country.py does for strays of
a one-state story.

Only weak namesakes are doubted (story_country.weak: a town of fewer than 100,000 people, not a
national capital, not placed by an offset or a qualifier), and of them only a town the story
names with one of its own bodies ("Berlin police", "Berlin officials") or as a community ("the
rural Gratis community"): that is how a paper writes a neighbour, while a far town it names in
passing ("the shooting in Uvalde") or a state capital ("drove to Montpelier") keeps its
namesake. A name whose state the story writes anywhere keeps its namesake there, and a story
with no town of its own state is left alone.
"""

import re
from typing import NamedTuple

import us

from stories.datelines import find_dateline
from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import name_groups
from stories.geocoding.phone_region import PHONE_COUNTRY, number_states, phone_state
from stories.geocoding.places import TOWN_KINDS, GazetteerEntry, GazetteerKind
from stories.geocoding.resolution import Resolution, ScoredCandidate
from stories.geocoding.story_country import WEAK_POPULATION, anchored_strays, named_states, weak
from stories.geocoding.story_focus import estimated_near

# A town's own bodies after its bare name: "Berlin police", "the Berlin Fire Department", "Berlin
# officials", "the Berlin Town Council"; or an unincorporated place named as such, "Walton County's
# rural Gratis community" (the places a gazetteer of towns lacks most). A local paper names its
# neighbours so; a far town named in passing ("the shooting in Uvalde") it does not.
_LOCAL_BODY = re.compile(
    r"\s+(?:(?:town|city|village|borough|township)\s+)?"
    r"(?:police|fire|officials?|council|selectmen|mayor|manager|schools?|board|hall|community)\b",
    re.IGNORECASE,
)
# Numbers enough to give the story's state without a dateline: one may be a press line's.
_SEVERAL_NUMBERS = 2
# Each state's capital (the gazetteer's towns carry no capital's feature code): its dateline is a
# wire bureau's ("CONCORD, N.H." dates the state's news for the nation).
_STATE_CAPITALS = frozenset((state.abbr, state.capital) for state in us.states.STATES)


def _in_state(place: GazetteerEntry, state: str) -> bool:
    return place.country_code == PHONE_COUNTRY and place.admin1 == state


def _state_capital(place: GazetteerEntry) -> bool:
    """Is the place an American state's capital ("Montpelier", "Annapolis")?"""
    return place.country_code == PHONE_COUNTRY and (place.admin1, place.name) in _STATE_CAPITALS


def _dateline_state(text: str, mentions: list[Mention]) -> str | None:
    """The state of the small American town the story's dateline names, as chosen, if any."""
    dateline = find_dateline(text)
    if dateline is None or dateline.agency:
        return None  # "UVALDE, Texas (AP) —": a wire story, told to the nation
    town = next((m for m in mentions if m.start == dateline.city_start and m.choice), None)
    if town is None or town.choice.kind != GazetteerKind.CITY:
        return None
    if town.choice.population >= WEAK_POPULATION or _state_capital(town.choice):
        return None  # a city's or a capital's dateline: as often a wire bureau's
    return town.choice.admin1 if town.choice.country_code == PHONE_COUNTRY else None


def _local_body_named(text: str, group: list[Mention]) -> bool:
    """Does the text write one of the town's own bodies after its name ("Berlin police"), at
    any of its mentions or elsewhere (the recogniser may take "Berlin police" for no place)?"""
    names = {text[m.start : m.end] for m in group}
    return any(
        _LOCAL_BODY.match(text, found.end())
        for name in names
        for found in re.finditer(rf"\b{re.escape(name)}\b", text)
    )


def _home_state(text: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """The story's own state and what gives it: its small-town dateline's, unless its telephone
    numbers carry another; else its numbers' when two of them or more carry that one state (one
    number alone may be a company's press line in its headquarters' state)."""
    dated = _dateline_state(text, mentions)
    phoned = phone_state(text)
    if dated is not None and phoned == dated:
        return dated, "dateline town and telephone numbers"
    if dated is not None:
        return (dated, "dateline town") if phoned is None else None
    if phoned is not None and len(number_states(text)) >= _SEVERAL_NUMBERS:
        return phoned, "telephone numbers"
    return None


class HomeStray(NamedTuple):
    """A bare town of the story's own state the gazetteer lacks: the story's town there it is
    placed beside, the state, and what gave the state ("telephone numbers")."""

    near: GazetteerEntry | None
    state: str
    source: str

    def resolution(self, mention: Mention, alternatives: list[ScoredCandidate]) -> Resolution:
        """Beside the story's town in its state, with the reason an editor can check."""
        why = f"no {mention.surface} known in {self.state}, the state of the story's {self.source}"
        why = why.replace("{", "{{").replace("}", "}}")
        return estimated_near(
            mention, self.near, unresolved=why, placed=why + ": placed near {near}",
            alternatives=alternatives,
        )  # fmt: skip


def home_state_strays(text: str, mentions: list[Mention]) -> dict[int, HomeStray]:
    """For each mention (by id) of a bare weak town with no namesake in the story's own state,
    the story's town in that state it is estimated beside; its choice is cleared."""
    found = _home_state(text, mentions)
    if found is None:
        return {}
    state, source = found
    ordered = sorted(mentions, key=lambda m: m.start)
    home = [m for m in ordered if m.choice and m.choice.kind in TOWN_KINDS]
    home = [m for m in home if _in_state(m.choice, state)]
    if not home:
        return {}
    named = named_states(ordered)
    strays: list[Mention] = []
    for _, group in name_groups(ordered):
        first = group[0]
        chosen = first.choice
        if chosen.kind != GazetteerKind.CITY or chosen.country_code != PHONE_COUNTRY:
            continue
        if chosen.admin1 == state or any(m.qualifiers for m in group) or not weak(first):
            continue
        if _state_capital(chosen) or not _local_body_named(text, group):
            continue  # "Montpelier", "the shooting in Uvalde": a far town, named in passing
        if (chosen.country_code, chosen.admin1) in named:
            continue  # "Berlin" in a story that names Maryland: the Maryland town
        if any(_in_state(c.place, state) for c in first.candidates):
            continue  # a namesake in the state is known: no town the gazetteer lacks
        strays += group
    anchors = anchored_strays(strays, home)
    return {key: HomeStray(near, state, source) for key, near in anchors.items()}
