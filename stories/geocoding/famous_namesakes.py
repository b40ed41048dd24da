"""A name's famous bearer over a namesake the story's loose evidence happens to favour.

Two readings news copy takes for granted, which the weighed evidence can narrowly overturn:

- A state that shares its name with its country's capital ("Washington"): written bare, the
  name is the capital, where the government sits. The state is meant when the copy says so
  ("Washington state", "the state of Washington"), writes the name after a town of it
  ("Tacoma, Washington"), lists it with other states, or names a place inside the state; a
  reporter's sign-off that ends a report ("Jane Doe, CNN, Washington.") names the capital.
- A metropolis and a small town of the same name in one country ("Brookfield" of a million
  people and a hamlet of two thousand): a reader takes the metropolis unless the story says
  otherwise near the name. A state named in some far-off sentence ("she grew up in Dover,
  Kent") is no such word; the town's state in the same sentence, a qualifier written with the
  name, or another of the story's places beside the town is.
"""

import re

from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import (
    CAPITAL_CODE,
    FAMOUS_POPULATION,
    name_groups,
    other_mentions,
    same_sentence,
)
from stories.geocoding.places import GazetteerEntry, GazetteerKind, distance_km
from stories.geocoding.story_evidence import list_siblings

# The town must be this small beside the metropolis for its namesake to be the one meant.
SMALL_SHARE = 0.01
NEAR_KM = 100.0


def prefer_famous_namesakes(text: str, mentions: list[Mention]) -> None:
    """Re-choose the capital for a bare state namesake of it, and the metropolis for a small
    namesake town nothing near the name supports."""
    ordered = sorted(mentions, key=lambda m: m.start)
    siblings = list_siblings(text, ordered)
    for key, group in name_groups(ordered):
        if any(m.qualifiers for m in group):
            continue
        others = other_mentions(ordered, key)
        choice = group[0].choice
        if choice.kind == GazetteerKind.ADMIN1:
            better = _capital_meant(text, group, ordered, siblings)
        elif choice.kind == GazetteerKind.CITY:
            better = _metropolis_meant(text, group, others)
        else:
            better = None
        if better is not None:
            why = "the capital" if choice.kind == GazetteerKind.ADMIN1 else "the metropolis"
            adopt(group, better, f"{why} of the name, which nothing near it sets aside")


def adopt(group: list[Mention], place: GazetteerEntry, why: str) -> None:
    """Choose ``place`` for every mention of the name, ranked first with ``why`` as its evidence
    (the editor's form shows why the weighed favourite was set aside)."""
    for m in group:
        m.choice = place
        if m.learnt:
            m.learnt[place.geonames_id] = max(m.learnt.values()) + 1.0
            m.reasons[place.geonames_id] = [why, *m.reasons.get(place.geonames_id, [])]


def _capital_meant(
    text: str, group: list[Mention], ordered: list[Mention], siblings: dict
) -> GazetteerEntry | None:
    state = group[0].choice
    others = other_mentions(ordered, group[0].key)
    capital = next(
        (
            c.place
            for c in group[0].candidates
            if c.match == "name"
            and c.place.feature_code == CAPITAL_CODE
            and c.place.country_code == state.country_code
            and c.place.name == state.name
        ),
        None,
    )
    if capital is None:
        return None
    name = re.escape(group[0].surface)
    if re.search(rf"\b{name}\s+state\b|\bstate\s+of\s+{name}\b", text, re.IGNORECASE):
        return None
    if any(_after_a_place(text, m, ordered) for m in group):
        return None  # "Tacoma, Washington": the state a town is in
    if any(
        s.choice is not None and s.choice.kind == GazetteerKind.ADMIN1
        for m in group
        for s in siblings.get(id(m), ())
    ):
        return None  # listed with other states
    inside = any(
        o.choice.country_code == state.country_code
        and o.choice.admin1 == state.admin1
        and o.choice.kind != GazetteerKind.ADMIN1
        for o in others
    )
    return None if inside else capital


_SIGN_OFF_BEFORE = re.compile(r",\s*[A-Z]{2,5},\s*$")  # "Ruth Okafor, NBC, " before the city
_SIGN_OFF_AFTER = re.compile(r"\.?[ \t]*(?:\n|$)")  # the city ends the paragraph or the text


def _after_a_place(text: str, mention: Mention, ordered: list[Mention]) -> bool:
    """Is the name written after a comma, as a town's state is ("Tacoma, Washington")? Not in
    a reporter's sign-off, which ends a report with the name, the network's initials and the
    city filed from ("Jane Doe, CNN, Washington."); a dateline's town in capitals is a town
    ("SPOKANE, Washington (CNN) —")."""
    comma = re.search(r",\s*$", text[max(0, mention.start - 3) : mention.start])
    if comma is None:
        return False
    before = mention.start - len(comma.group())
    if any(o.end == before and o.choice is not None for o in ordered):
        return True
    signed = _SIGN_OFF_BEFORE.search(text[max(0, mention.start - 12) : mention.start])
    return not (signed and _SIGN_OFF_AFTER.match(text, mention.end))


def _metropolis_meant(
    text: str, group: list[Mention], others: list[Mention]
) -> GazetteerEntry | None:
    town = group[0].choice
    if any(c.match != "name" for c in group[0].candidates if c.place == town):
        return None
    big = max(
        (
            c.place
            for c in group[0].candidates
            if c.match == "name"
            and c.place.kind == GazetteerKind.CITY
            and c.place.country_code == town.country_code
            and c.place.population >= FAMOUS_POPULATION
        ),
        key=lambda p: p.population,
        default=None,
    )
    if big is None or town.population >= SMALL_SHARE * big.population:
        return None
    for o in others:
        place = o.choice
        if place.kind == GazetteerKind.ADMIN1:
            if (place.country_code, place.admin1) == (town.country_code, town.admin1) and any(
                same_sentence(text, o.start, m.start) for m in group
            ):
                return None  # the town's state in the sentence that names it
        elif place.kind not in (GazetteerKind.COUNTRY,) and (
            distance_km(place.latitude, place.longitude, town.latitude, town.longitude) <= NEAR_KM
        ):
            return None  # another of the story's places beside the town
    return big
