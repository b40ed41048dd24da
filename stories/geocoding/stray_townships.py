"""A township the gazetteer lacks, read through a namesake far from the story, is estimated.

The gazetteer holds few of the townships local news names ("Jerome Township", "Warren County's
Hamilton Township"), so mention_reading.lookup falls back to a county or division of the bare
name, else a town of it: often right, since a township lies beside the town it is named for.
But when that namesake lies far from every town and county the story places (Jerome, Idaho in a
story of Dublin, Ohio; the Bermudan parish of Hamilton in a story of Warren County, Ohio), it is
not the township's: the township is one more place the gazetteer lacks, estimated as
story_focus.estimate_unknown estimates them (in the county written with it, else beside the
story's nearest town). A namesake in the state of a place the story chose (its dateline city,
the state written with the township) is kept however far: a township of that name in that state
lies beside it ("ST. PAUL, Minn. — ... in Ely Township": Ely, Minnesota, 350 km north).
"""

import re

from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import TOWN_KINDS, GazetteerEntry, entries_km

_TOWNSHIP = re.compile(r"\s(?:Township|Twp\.?)$", re.IGNORECASE)
# A township lies within a county or two of the town it is named for.
TOWNSHIP_REACH_KM = 100.0


def stray_township(mention: Mention, best: GazetteerEntry, mentions: list[Mention]) -> bool:
    """Is ``best`` a namesake of a township's bare name (no "Township" in its own name) that
    lies farther than TOWNSHIP_REACH_KM from every town or county the story chose elsewhere,
    when it chose one at least, and in no state of any place the story chose?"""
    if not _TOWNSHIP.search(mention.surface) or _TOWNSHIP.search(best.name):
        return False
    others = [m.choice for m in mentions if m.key != mention.key and m.choice is not None]
    if any(
        o.admin1 and (o.country_code, o.admin1) == (best.country_code, best.admin1) for o in others
    ):
        return False
    anchors = [o for o in others if o.kind in TOWN_KINDS]
    return bool(anchors) and all(entries_km(best, a) > TOWNSHIP_REACH_KM for a in anchors)
