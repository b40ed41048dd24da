"""Actors of several countries joined in one subject have no one home.

events.homes places what a national body or an official does at that body's or official's
home when the clause names no place ("Norland closed its border", "Norland's foreign minister
X told the cabinet"). When the subject coordinates actors of different countries ("Norland
and Sudland committed troops", "Norland's minister X and Sudland's minister Y agreed to
negotiate"), the event is a meeting or a joint act of several governments: it happens at one
of the homes, or at neither (a summit, a third country, the front), and picking the first
actor's home pins it wrong as often as not. The dev batches show it: two foreign ministers
committing their countries to talks (told where they met, not in either capital), four
countries committing troops to a third's defence. events.homes already gives no home to an
actor whose words name several nationalities ("Norlandic and Sudlandic officials"); this
reads the nations of the coordinated actors themselves: a country or its capital named as the
actor, or a person whose office the story ties to a country.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.mentions import PlaceMention


def coordinated_nations(actor: Token, index: MentionIndex, offices: dict[str, str]) -> set[str]:
    """The countries of the actors coordinated in the subject: a country (or a city that is
    one's capital) named as an actor, or a person whose office `offices` ties to a country.
    Empty unless the subject coordinates at least two actors."""
    holders = (actor, *actor.conjuncts)  # "A, B and C"
    if len(holders) < 2:
        return set()
    codes: set[str] = set()
    for holder in holders:
        place = index.place_roots.get(holder.i)
        if place is not None and place.kind in ("country", "city") and place.country_code:
            if place.kind == "country" or _capital_city(place):
                codes.add(place.country_code)
            continue
        person = index.person(holder)
        if person is not None and person.name in offices:
            codes.add(offices[person.name])
    return codes


def _capital_city(place: PlaceMention) -> bool:
    """A national capital standing for its government (events.homes.governs)."""
    from stories.extraction.events.homes import governs

    return governs(place)
