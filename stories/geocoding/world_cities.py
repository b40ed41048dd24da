"""A world city, not a small namesake of it in another country, in world news.

A story of markets or diplomacy that names places in many countries ("shares closed lower in
Paris, Zurich, Amsterdam and Milan", "a Security Council meeting in Geneva") means the cities
the world knows. The weighed evidence can still take their small namesakes in one country:
that country is named, and its many towns called after European cities lie near one another,
so each vouches for the next (Paris, Frankfort and Milan of one region of the US). An editor
reads past that: in a story whose other places lie in ``WORLD_COUNTRIES`` countries or more
(the namesakes' own countries do not count) and whose towns and states, if it names any, do not
keep to the town's country, a name whose chosen town has a bearer in
another country that is a capital, or a city of ``WORLD_POPULATION`` people or more and
``PROMINENCE_RATIO`` times the town's, is that city, unless something independent of such
namesakes backs the town: a qualifier ("Paris, Ky."), local news's words for it ("a Paris
man"), its state in the very sentence, or another of the story's places within ``NEAR_KM``
that is not itself a namesake of a world city.
"""

from stories.geocoding.famous_namesakes import NEAR_KM, adopt
from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import CAPITAL_CODE, name_groups, same_sentence
from stories.geocoding.places import GazetteerEntry, GazetteerKind, distance_km
from stories.geocoding.story_country import LOCAL_KINDS
from stories.geocoding.story_evidence import within

# A city the world knows: a capital, or a city of a hundred thousand people. Lower than
# famous_namesakes' metropolis (500,000): a world story names provincial bourses and venues
# ("Frankfurt", "Geneva", near 200,000 each) bare ...
WORLD_POPULATION = 100_000
# ... and five times the chosen town's people, so that of two comparable towns abroad the
# weighed evidence still decides ("Paris" of 2 million over a Paris of 25,000; not a town of
# 150,000 over one of 60,000).
PROMINENCE_RATIO = 5.0
# A place within a county's reach of the town (famous_namesakes.NEAR_KM, a small town's
# neighbours) backs it.
# Countries of the story's independent places (not the namesakes', nor their world cities')
# that make it world news: a local story names its own country and now and then one or two
# more (a war abroad, a neighbour); a round-up of markets or diplomacy names four and more.
WORLD_COUNTRIES = 4
_MATCH_RANK = {"name": 2, "alternate": 1}
_AREAS = (GazetteerKind.COUNTRY, GazetteerKind.ADMIN1)


def prefer_world_cities(text: str, mentions: list[Mention]) -> None:
    """Re-choose, in world news, the world city for each name whose chosen small town abroad
    of it nothing independent backs."""
    ordered = sorted(mentions, key=lambda m: m.start)
    groups = list(name_groups(ordered))
    world = {key: city for key, group in groups if (city := _world_city(group))}
    if not world:
        return
    independent = [m for m in ordered if m.choice is not None and m.key not in world]
    countries = {m.choice.country_code for m in independent}
    if len(countries - {""}) < WORLD_COUNTRIES:
        return
    homes = {m.key: m.choice.country_code for m in independent if m.choice.kind in LOCAL_KINDS}
    for key, group in groups:
        city = world.get(key)
        if city is None or _backed(text, group, independent):
            continue
        share = sum(code == group[0].choice.country_code for code in homes.values())
        # Not the country the story's own towns and states keep to; a story that names no town
        # or state of its own ("Japan, Britain and the United States") keeps to none.
        if not homes or share * 2 < len(homes):
            adopt(group, city, "a world city, in news of many countries")


def _rank(mention: Mention, place: GazetteerEntry) -> int:
    """How well the name as written matches ``place``: its own name best."""
    return max(
        (_MATCH_RANK.get(c.match, 0) for c in mention.candidates if c.place == place), default=0
    )


def _world_city(group: list[Mention]) -> GazetteerEntry | None:
    """The world city abroad that the name's chosen small town is a namesake of, if any."""
    mention, town = group[0], group[0].choice
    if town.kind != GazetteerKind.CITY or town.feature_code == CAPITAL_CODE:
        return None
    if any(
        m.description.local or m.description.offset or any(within(town, q) for q in m.qualifiers)
        for m in group
    ):
        return None  # "Paris, Ky.", "a Paris man", "10 miles from Paris"; not "Paris, Zurich"
    own = _rank(mention, town)
    cities = [
        c.place
        for c in mention.candidates
        if c.place.kind == GazetteerKind.CITY
        and c.place.country_code != town.country_code
        and _rank(mention, c.place) >= own
        and (c.place.feature_code == CAPITAL_CODE or c.place.population >= WORLD_POPULATION)
        and c.place.population >= PROMINENCE_RATIO * town.population
    ]
    return max(cities, key=lambda p: p.population, default=None)


def _backed(text: str, group: list[Mention], independent: list[Mention]) -> bool:
    """Does the story back the town by its state in the sentence, or by a place beside it
    that is no world city's namesake?"""
    town = group[0].choice
    for other in independent:
        place = other.choice
        if place.kind == GazetteerKind.ADMIN1:
            if (place.country_code, place.admin1) == (town.country_code, town.admin1) and any(
                same_sentence(text, other.start, m.start) for m in group
            ):
                return True
        elif place.kind not in _AREAS and (
            distance_km(place.latitude, place.longitude, town.latitude, town.longitude) <= NEAR_KM
        ):
            return True
    return False
