"""Regenerate stories/geocoding/data/area_codes.tsv from libphonenumber's geocoding data.

phonenumbers is no dependency of the app (phone_region.py reads the file as it is), so this runs
in a throwaway environment; the command is in stories/geocoding/data/README.md. Each code from
200 to 999 that libphonenumber places in the US (not Canada, Puerto Rico or Guam) gets the state
of its description: a state's name, "Washington State", "Washington D.C." or "City, ST".
"""

import phonenumbers
import us
from phonenumbers import geocoder

SPECIAL = {"Washington D.C.": "DC", "Washington State": "WA"}


def state_of(description: str) -> str | None:
    """The postal code of a description: a state's name, or "City, ST"."""
    if description in SPECIAL:
        return SPECIAL[description]
    if ", " in description:
        return description.rsplit(", ", 1)[1]
    state = us.states.lookup(description)
    return state.abbr if state else None


def main() -> None:
    print(
        "# US telephone area code -> state (GeoNames admin1), from libphonenumber's geocoding"
        f" data (phonenumbers {phonenumbers.__version__})"
    )
    for code in range(200, 1000):
        number = phonenumbers.parse(f"+1{code}2345678")
        if phonenumbers.region_code_for_number(number) != "US":
            continue  # Canada, Puerto Rico, Guam ...: not a state
        state = state_of(geocoder.description_for_number(number, "en"))
        if state is not None:
            print(f"{code}\t{state}")


if __name__ == "__main__":
    main()
