"""American street addresses say whose story it is, as its dollars do (story_evidence's currency).

Police and court news in US local papers places its happenings by the block ("in the 500 block of
Kelley Lane"), by compass-numbered streets ("West 11th Street", "S.W. 75th St.", "NE 2nd Ave.") and
by the Interstates ("Interstate 70", "I-95"). These idioms are written of American towns (the
block-number idiom and the Interstate system are American; a compass word before a numbered street
is the grid of American and Canadian cities), so a story that writes them is a story of the
United States even when it counts no money: "shot a man near Grand Avenue and West 11th Street in
San Pedro" is Los Angeles's San Pedro, not a larger namesake abroad. The disambiguator reads it
where it reads the currency, as the story's country (never over a currency the story counts in).
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

_US_ADDRESSES = re.compile(
    rf"\b\d{{1,5}}\s+block\s+of\s+[A-Z0-9]"  # "the 500 block of Kelley Lane"
    rf"|(?<![\w.]){_COMPASS}\s+{_ORDINAL}\s+{_STREET}"  # "West 11th Street", "S.W. 75th St."
    r"|\bInterstate\s+\d{1,3}\b|\bI-\d{1,3}\b(?!-)"  # "Interstate 70", "I-95"
)


def street_country(text: str) -> str | None:
    """ "US" when the story writes an American street address or an Interstate, else None."""
    return "US" if _US_ADDRESSES.search(text) else None
