"""Towns named inside local bodies' names that lie beside each other place the story's state.

Local news names its own town chiefly through its bodies: "the Dublin City Council heard a
first reading ... south of the Columbus Metropolitan Library". The recogniser rightly passes
no place for "Dublin" or "Columbus" there (each is part of an organisation's name), so the
resolver never counted them, and a county the story writes ("Franklin County") was left to
the namesake of another state. Each town is a homonym alone, but two of them whose namesakes
lie beside each other in one state only (Dublin and Columbus of Ohio; no other state holds
both side by side) say where the story is: a town or county chosen far from them, beside no
other place of the story, moves to its namesake beside them.
Only a council, police, fire, school district, board of education or library counts: a team
or an airport ("the Boston Celtics", "Dublin Airport") is named for a far place as often as
not, and one school for a person as often as for its town ("Kennedy High School", "Lincoln
Middle School": two such names lie side by side in one state about one pair in twenty); one
body's town alone is no more than a homonym. A name the article qualifies itself
("Franklin County, Pa.") has said where it is already.
"""

import re

from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import FAMOUS_POPULATION, unqualified_names
from stories.geocoding.places import TOWN_KINDS, GazetteerEntry, GazetteerKind, entries_km

# "Dublin City Council", "the Columbus Metropolitan Library", "Lebanon City Schools": one or
# two capitalised words before a local body's words.
_BODY = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){1,2})(?:(?:City|Town|Village|Township)\s+)?"
    r"(?:Council|Police\b|Fire\s+Department"
    r"|(?:City|Public)\s+Schools|Board\s+of\s+Education|(?:Public|Metropolitan)\s+Library)"
)
# Two towns' namesakes this near each other are neighbours (a town and its suburb); a chosen
# place this near none of them lies apart from them.
NEAR_KM = 60.0
_DIVISION_WORDS = frozenset({"County", "Parish", "State"})
# The words of a body's kind that may end the captured name ("Dublin City Council").
_BODY_KIND_WORDS = frozenset({"City", "Town", "Village", "Township"})

State = tuple[str, str]


def organisation_towns(text: str, gazetteer: OfflineGazetteer) -> list[list[GazetteerEntry]]:
    """The namesake towns of each town the article writes at the head of a local body's name,
    found by the longest name the gazetteer knows as a town (a leading "The" is dropped)."""
    towns: dict[str, list[GazetteerEntry]] = {}
    for match in _BODY.finditer(text):
        words = match.group(1).split()
        while words and words[-1] in _BODY_KIND_WORDS:
            words.pop()
        if not words or words[-1] in _DIVISION_WORDS:
            continue
        for first in range(len(words)):
            name = " ".join(words[first:])
            found = [
                c.place
                for c in gazetteer.index.candidates(name)
                if c.place.kind == GazetteerKind.CITY and c.match == "name"
            ]
            if found:
                towns.setdefault(name.casefold(), found)
                break
    return list(towns.values())


def neighbouring_towns(towns: list[list[GazetteerEntry]]) -> tuple[State, list[GazetteerEntry]]:
    """The one state where namesakes of two different bodies' towns lie beside each other, with
    those namesakes; ((), []) when no state or several do."""
    found: dict[State, list[GazetteerEntry]] = {}
    for i, these in enumerate(towns):
        for those in towns[i + 1 :]:
            for a in these:
                for b in those:
                    if (a.country_code, a.admin1) == (b.country_code, b.admin1) and entries_km(
                        a, b
                    ) <= NEAR_KM:
                        found.setdefault((a.country_code, a.admin1), []).extend((a, b))
    if len(found) != 1:
        return ("", ""), []
    return next(iter(found.items()))


def follow_organisation_towns(
    text: str, mentions: list[Mention], gazetteer: OfflineGazetteer
) -> None:
    """Move each unqualified town or county chosen apart from the story's bodies' neighbouring
    towns and from its other places to its namesake beside those towns."""
    state, anchors = neighbouring_towns(organisation_towns(text, gazetteer))
    if not anchors:
        return
    for key, group in unqualified_names(mentions, TOWN_KINDS):
        chosen = group[0].choice
        if chosen.population >= FAMOUS_POPULATION or any(
            entries_km(chosen, a) <= NEAR_KM for a in anchors
        ):
            continue
        if any(
            m.key != key and m.choice is not None and m.choice.kind in TOWN_KINDS
            and entries_km(m.choice, chosen) <= NEAR_KM
            for m in mentions
        ):  # fmt: skip
            continue
        options = [
            c.place
            for c in group[0].candidates
            if c.place.kind == chosen.kind
            and c.match == "name"
            and (c.place.country_code, c.place.admin1) == state
            and any(entries_km(c.place, a) <= NEAR_KM for a in anchors)
        ]
        if not options:
            continue
        best = max(options, key=lambda p: p.population)
        for m in group:
            m.choice = best
