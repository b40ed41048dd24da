"""Signs that the place a story means is one the gazetteer lacks.

The best namesake may still be wrong when the real place is missing: a small town thousands of
kilometres from all the story's other places, a name known only as a slip for a famous place
yet written inside another country, or a town that is not in the state the writer named. For
each, an unpinned or coarser answer (the written state) is better than a point on another
continent; disambiguation.py asks these questions once the choices are made.
"""

from __future__ import annotations

import re

from stories.geocoding.mention_reading import QUALIFIER, Mention, names_a_site
from stories.geocoding.places import BROAD_KINDS, GazetteerEntry, GazetteerKind, distance_km
from stories.geocoding.priors import can_qualify
from stories.geocoding.story_evidence import within
from stories.geocoding.story_focus import written_container
from stories.geocoding.stray_townships import stray_township

# A city this big is news anywhere (a foreign metropolis in a local story): never a stray namesake.
STRAY_POPULATION = 500_000
STRAY_KM = 2500.0


def far_stray(
    mention: Mention,
    best: GazetteerEntry,
    mentions: list[Mention],
    standalone: tuple | None,
) -> bool:
    """A town (not a metropolis) thousands of kilometres from all the story's other places,
    with no word of the story for it: a namesake of a place the gazetteer lacks ("Mango",
    an island of Tonga, is a town in India too). Better unpinned than on another continent."""
    if best.kind != GazetteerKind.CITY or best.population >= STRAY_POPULATION:
        return False
    if best.feature_code == "PPLC":
        return False  # a capital is news anywhere
    if mention.qualifiers or mention.description.offset or standalone:
        return False
    others = {m.key: m.choice for m in mentions if m.choice is not None and m.key != mention.key}
    if len(others) < 2:
        return False
    site = names_a_site(mention.surface)  # "Lakeside Park": not a far town, even at home
    if best.country_code in {p.country_code for p in others.values()} and not site:
        return False
    return all(
        distance_km(best.latitude, best.longitude, p.latitude, p.longitude) > STRAY_KM
        for p in others.values()
        if p.kind not in (BROAD_KINDS if site else ("continent", "ocean"))
    )


def misspelt_elsewhere(
    text: str, mention: Mention, best: GazetteerEntry, mentions: list[Mention]
) -> bool:
    """A name known only as a slip for a prominent place ("Greenlane" for Greenland) that
    the article writes inside another country ("Greenlane, Auckland"): a place the
    gazetteer lacks, not a typo."""
    if any(c.match != "spelling" for c in mention.candidates):
        return False
    container = written_container(text, mention, mentions)
    return container is not None and container.country_code != best.country_code


def lacked_by_gazetteer(
    text: str, mention: Mention, best: GazetteerEntry, mentions: list[Mention]
) -> bool:
    """Is the chosen namesake a sign the gazetteer lacks the place, one estimated rather than
    pinned: a slip for a prominent place written inside another country (`misspelt_elsewhere`)
    or a stray township (stray_townships)?"""
    return misspelt_elsewhere(text, mention, best, mentions) or stray_township(
        mention, best, mentions
    )


def written_area(text: str, mention: Mention, best: GazetteerEntry) -> GazetteerEntry | None:
    """The state of "San Ysidro, California" when the only namesakes known lie in another
    state of that country: the writer said which state, and its point is nearer the truth.
    Not a capital, a metropolis or a division ("Kabul, Pakistan and India", "Guangdong,
    Guangxi" are lists), nor a qualifier that goes on ("Pensacola, Panama City")."""
    written = [q for q in mention.qualifiers if can_qualify(q, best)]
    if not written or any(within(best, q) for q in written):
        return None
    if best.feature_code == "PPLC" or best.population >= STRAY_POPULATION:
        return None
    if any(c.place.kind in ("country", "admin1") for c in mention.candidates):
        return None  # "Guangdong, Guangxi": divisions listed
    follow = QUALIFIER.match(text, mention.end)
    after = follow.start("name") + len(mention.qualifier_name) if follow else mention.end
    if re.match(r"\.?\s+[A-Z]", text[after : after + 3]):
        return None
    return next((q for q in written if q.country_code == best.country_code), None)
