"""An ethnic quarter's whole name, not the far country it is named after.

Cities name a quarter after the people who settled it: "Little Italy", "Little Havana",
"Little Saigon". The named-entity model reads only the country or city in it ("Italy",
"Havana"), and a Cleveland story's fire in Little Italy was then pinned in Italy. A place
mention written right after a capitalised "Little" that makes with it a district name many
cities share (geocoding/shared_districts.py) is widened to the whole name, which the geocoder
then reads as the story's town's district.
"""

import re
from dataclasses import replace

from stories.extraction.entities import specificity
from stories.extraction.mentions import PlaceMention
from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.shared_districts import is_shared_district

_LITTLE_BEFORE = re.compile(r"(?<![\w-])Little\s+\Z")
_REACH = 10


def whole_district_names(
    text: str, places: list[PlaceMention], gazetteer: OfflineGazetteer
) -> list[PlaceMention]:
    """The place mentions, each one "Little" leaves out of a shared district name ("Italy" in
    "Little Italy") widened to the whole name."""
    widened = []
    for p in places:
        before = _LITTLE_BEFORE.search(text, max(0, p.start - _REACH), p.start)
        whole = text[before.start() : p.end] if before else ""
        if not before or not is_shared_district(whole):
            widened.append(p)
            continue
        candidates = gazetteer.candidates(whole)
        kind = candidates[0].place.kind if candidates else "other"
        widened.append(
            replace(
                p,
                text=whole,
                start=before.start(),
                name=candidates[0].place.name if candidates else whole,
                kind=kind,
                specificity=specificity(kind),
                country_code=candidates[0].place.country_code if candidates else "",
            )
        )
    return widened
