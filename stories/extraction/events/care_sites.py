"""Where a patient's care happened: at the hospital the story names, in that hospital's town.

A story about a patient ("a man fell ill ... a surgeon at the Norfield General Infirmary
examined him ... he was diagnosed with ...") tells where the diagnosis, the operation and the
treatment were done only once, by naming the hospital, often only as the workplace of the
doctor who speaks. The recogniser reads the hospital's name as an organisation, so its town is
no place mention, and the care events after it fall back on the story's default place (its
country, its state). Care is given where the hospital is: when the story names one hospital or
clinic named for a town (events.org_towns reads the town), a diagnosis, an operation or a
treatment it tells after naming it, placed only by the story's default, took place there.
When no namesake near the story's towns fits (a story that pins only countries), the town
is the largest namesake in the countries the story pins, if it is the largest there by far:
a national story's hospital is a hospital of the nations it tells of.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from stories.extraction.events import org_towns, place_rules
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.local_offices import DEFAULT_SOURCES
from stories.extraction.events.org_towns import ORG_TOWN_CONFIDENCE, org_town
from stories.extraction.events.seats import implied_place
from stories.extraction.mentions import EventCandidate, PlaceMention

# The last words of a hospital's or a clinic's name.
_CARE_WORDS = frozenset(
    {"hospital", "infirmary", "clinic", "hospice", "sanatorium", "surgery", "hospitals"}
)
# How many times the next namesake in the story's country the hospital's town must outnumber.
_RIVAL_RATIO = 5
# Care a patient is given where the doctors work.
_CARE_TRIGGERS = frozenset(
    {
        *("diagnose", "diagnosis", "operate", "operation", "surgery", "treat", "treatment"),
        *("examine", "examination", "scan", "transplant", "amputate", "amputation"),
        *("perform", "admit", "discharge", "biopsy", "resuscitate", "deliver"),
    }
)


def at_care_sites(events: list[EventCandidate], index: MentionIndex) -> list[EventCandidate]:
    """The events, a patient's care told after the story names its one hospital and placed
    only by the story's default, placed in the hospital's town."""
    if "care sites" not in place_rules.ENABLED:
        return events
    pinned = [p for p in index.place_roots.values() if p.latitude is not None]
    sites = []
    for ent in index.doc.ents:
        if ent.label_ not in ("ORG", "FAC") or ent[-1].lower_ not in _CARE_WORDS:
            continue
        if any(t.i in index.place_at for t in ent):
            continue
        town = org_town(ent, pinned) or _national_namesake(ent, pinned)
        if town is not None:
            sites.append((ent, town))
    if len({town.geonames_id or town.text for _, town in sites}) != 1:
        return events  # no hospital, or several: which one cared for whom is not told
    named_at, town = sites[0][0].start_char, sites[0][1]
    placed = []
    for event in events:
        source = (event.provenance.get("place") or {}).get("source")
        if (
            event.trigger in _CARE_TRIGGERS
            and event.end > named_at
            and (event.place is None or source in DEFAULT_SOURCES)
        ):
            provenance = {
                "source": "hospital's town",
                "confidence": ORG_TOWN_CONFIDENCE,
                "text": town.text,
                "named": sites[0][0].text,
            }
            event = replace(event, place=town, provenance={**event.provenance, "place": provenance})
        placed.append(event)
    return placed


def _national_namesake(ent: Span, pinned: list[PlaceMention]) -> PlaceMention | None:
    """The town the hospital's name begins with, as its largest namesake in the countries the
    story pins, when that outnumbers their next one `_RIVAL_RATIO` times over."""
    countries = {p.country_code for p in pinned if p.country_code}
    words = [t for t in ent if t.lower_ != "the"]
    if not countries or len(words) < 2 or words[0].pos_ != "PROPN":
        return None
    first = words[0]
    towns = [
        c
        for c in org_towns.named_places(first.text)
        if c.kind in ("city", "admin2") and c.country_code in countries
    ]
    if not towns or towns[0].kind != "city":
        return None
    rival = towns[1].population if len(towns) > 1 else 0
    if towns[0].population < _RIVAL_RATIO * rival:
        return None
    return implied_place(
        towns[0],
        first.idx,
        first.idx + len(first.text),
        confidence=ORG_TOWN_CONFIDENCE,
        reason="the town a hospital the article names is named for",
    )
