"""North American street addresses say whose story it is, as its dollars do (story_evidence's
currency).

Police and court news in US and Canadian local papers places its happenings by the block ("in
the 500 block of Kelley Lane", "the 100 block of East Hastings"), by compass-numbered streets
("West 11th Street", "S.W. 75th St.", "West 4th Avenue") and, in the United States, by the
Interstates ("Interstate 70", "I-95"). The block-number idiom and the compass grid of numbered
streets are written of American and Canadian towns alike (Vancouver, Winnipeg, Calgary), so they
say the story is one of the United States or of Canada; only the Interstate system is American
alone. "shot a man near Grand Avenue and West 11th Street in San Pedro" is Los Angeles's San
Pedro, not a larger namesake abroad, while "stabbed in the 100 block of East Hastings in
Vancouver" stays the Canadian city. The disambiguator reads these countries where it reads the
currency, as the story's (never over a currency the story counts in).
"""

import re

from stories.geocoding.street_namesakes import STREET_WORDS

_COMPASS = (
    r"(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest"
    r"|[NSEW]\.?|[NS][EW]|[NS]\.[EW]\.)"
)
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
# The words that make a name a street's, as the street-namesake reading has them.
_STREET = rf"(?:{STREET_WORDS})\b"

NORTH_AMERICA = frozenset({"US", "CA"})
_NORTH_AMERICAN_ADDRESSES = re.compile(
    rf"\b\d{{1,5}}\s+block\s+of\s+[A-Z0-9]"  # "the 500 block of Kelley Lane"
    rf"|(?<![\w.]){_COMPASS}\s+{_ORDINAL}\s+{_STREET}"  # "West 11th Street", "S.W. 75th St."
)
_INTERSTATES = re.compile(r"\bInterstate\s+\d{1,3}\b|\bI-\d{1,3}\b(?!-)")  # "Interstate 70", "I-95"


def street_countries(text: str) -> frozenset[str]:
    """The countries whose addresses the story writes: the United States for an Interstate, the
    United States or Canada for a block number or a compass-numbered street, else none."""
    if _INTERSTATES.search(text):
        return frozenset({"US"})
    if _NORTH_AMERICAN_ADDRESSES.search(text):
        return NORTH_AMERICA
    return frozenset()
