"""A bare small town with no namesake in the state of a local story's telephone numbers: a
town of that state the gazetteer lacks.

Local news writes the towns of its own area bare and qualifies a town of another state ("Berlin,
Md."): that is the house style of American papers, and the paper's tip line carries its state's
area code (phone_region.py). So when a story's numbers name one state, the story already places
a town there, and a bare name's namesakes all lie in other states, the town meant is one of the
story's own state that the gazetteer does not hold (a Connecticut paper's "crashed into a tree
in Berlin. Berlin police are investigating" is Berlin, Connecticut, not the New Jersey borough
our gazetteer offers). The name is then estimated beside the story's town in that state written
nearest before it, as story_country.py does for strays of a one-state story.

Only weak namesakes are doubted (story_country.weak: a town of fewer than 100,000 people, not a
capital, not placed by an offset or a qualifier); a name whose state the story writes anywhere
keeps its namesake there, and a story with no town of its numbers' state is left alone.
"""

from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import name_groups
from stories.geocoding.phone_region import PHONE_COUNTRY, phone_state
from stories.geocoding.places import GazetteerEntry, GazetteerKind
from stories.geocoding.story_country import weak
from stories.geocoding.story_focus import nearest_written

_TOWN_KINDS = (GazetteerKind.CITY, GazetteerKind.ADMIN2)


def _in_state(place: GazetteerEntry, state: str) -> bool:
    return place.country_code == PHONE_COUNTRY and place.admin1 == state


def phone_strays(text: str, mentions: list[Mention]) -> dict[int, GazetteerEntry | None]:
    """For each mention (by id) of a bare weak town with no namesake in the story's telephone
    state, the story's town in that state it is estimated beside; its choice is cleared."""
    state = phone_state(text)
    if state is None:
        return {}
    ordered = sorted(mentions, key=lambda m: m.start)
    home = [m for m in ordered if m.choice and m.choice.kind in _TOWN_KINDS]
    home = [m for m in home if _in_state(m.choice, state)]
    if not home:
        return {}
    written_states = {
        (m.choice.country_code, m.choice.admin1)
        for m in ordered
        if m.choice and m.choice.kind == GazetteerKind.ADMIN1
    }
    strays: dict[int, GazetteerEntry | None] = {}
    for _, group in name_groups(ordered):
        first = group[0]
        chosen = first.choice
        if chosen.kind != GazetteerKind.CITY or chosen.country_code != PHONE_COUNTRY:
            continue
        if chosen.admin1 == state or any(m.qualifiers for m in group) or not weak(first):
            continue
        if (chosen.country_code, chosen.admin1) in written_states:
            continue  # "Berlin" in a story that names Maryland: the Maryland town
        if any(_in_state(c.place, state) for c in first.candidates):
            continue  # a namesake of the state is known: phone_region.py's to choose
        anchor = nearest_written(first, home)
        for m in group:
            strays[id(m)] = anchor
            m.choice = None
    return strays
