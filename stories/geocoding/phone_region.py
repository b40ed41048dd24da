"""A local story's telephone numbers say which state it is written in.

Local news ends with a number to call: a tip line, a sheriff's office, a box office. Its area
code belongs to one state, and so, nearly always, does the paper. A county or a town named bare
("Lorton County", "the Lorton County sheriff") that several states share is then the one in the
state of the story's own numbers, unless the story writes another state with that very name or
in the sentence that names it. Only a town's or a county's namesakes in the same country are
weighed: a metropolis or a capital keeps its reading (a Tallinn, Ohio paper's "Chicago" is
still Chicago), and so does a place abroad. Toll-free and unknown codes say nothing; numbers of
two states say nothing either.
"""

import re
from functools import cache
from pathlib import Path

from stories.geocoding.famous_namesakes import adopt
from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import (
    CAPITAL_CODE,
    FAMOUS_POPULATION,
    name_groups,
    other_mentions,
    same_sentence,
)
from stories.geocoding.places import TOWN_KINDS, GazetteerEntry, GazetteerKind

AREA_CODES = Path(__file__).parent / "data" / "area_codes.tsv"
PHONE_COUNTRY = "US"
# "(555) 729-0100", "555-729-0100", "555.729.0100"; a tip line may spell its last four letters.
_PHONE = re.compile(r"(?:\((\d{3})\)\s*|\b(\d{3})[-.])[2-9]\d{2}[-.\s](?:\d{4}|[A-Z]{4})\b")


@cache
def _area_codes() -> dict[str, str]:
    codes = {}
    for line in AREA_CODES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, state = line.split("\t")
            codes[code] = state
    return codes


def number_states(text: str) -> dict[str, str]:
    """The state of each distinct telephone number of the story whose area code is known."""
    codes = _area_codes()
    return {
        m.group(0): codes[code]
        for m in _PHONE.finditer(text)
        if (code := m.group(1) or m.group(2)) in codes
    }


def phone_state(text: str) -> str | None:
    """The one state whose area codes the story's telephone numbers carry, if there is one."""
    states = set(number_states(text).values())
    return next(iter(states)) if len(states) == 1 else None


def follow_phone_state(text: str, mentions: list[Mention]) -> None:
    """Re-choose, in the state of the story's telephone numbers, a town or a county chosen in
    another state of that country that shares its name."""
    state = phone_state(text)
    if state is None:
        return
    ordered = sorted(mentions, key=lambda m: m.start)
    for key, group in name_groups(ordered):
        if any(m.qualifiers for m in group):
            continue
        chosen = group[0].choice
        if not _movable(chosen, state):
            continue
        others = other_mentions(ordered, key)
        if any(
            o.choice.kind == GazetteerKind.ADMIN1
            and o.choice.admin1 == chosen.admin1
            and any(same_sentence(text, o.start, m.start) for m in group)
            for o in others
        ):
            continue  # "a Lorton County, Ohio, farm": the state written with the name
        local = max(
            (
                c.place
                for c in group[0].candidates
                if c.match == "name"
                and c.place.kind == chosen.kind
                and c.place.country_code == PHONE_COUNTRY
                and c.place.admin1 == state
            ),
            key=lambda p: p.population,
            default=None,
        )
        if local is not None:
            adopt(group, local, f"in {state}, where the story's telephone numbers are")


def _movable(chosen: GazetteerEntry, state: str) -> bool:
    return (
        chosen.kind in TOWN_KINDS
        and chosen.country_code == PHONE_COUNTRY
        and chosen.admin1 != state
        and chosen.population < FAMOUS_POPULATION
        and chosen.feature_code != CAPITAL_CODE
    )
