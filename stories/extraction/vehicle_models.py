"""A place name written as a car's model names the car, not a place.

Police and crash reports name cars by maker and model, and many models are named for places
("a red Dodge Durango", "a Chevy Tahoe", "a GMC Yukon", "a Dodge Dakota"). The maker's name
often keeps the first mention off the map, but the story then calls the car "the Durango", and
the tagger reads that alone as the Mexican city: on local-news dev "shots fired from the
Durango" and the next sentence's happening were placed in Mexico instead of the Texas street
the car had stopped on. So a name the article writes right after a maker's name is a model;
that name right after the maker or after a determiner ("the Durango", "his Tahoe") is the car.
After a preposition with no determiner ("drove to Durango") it stays a place, and a place noun
after the maker ("Dodge City") is no model. Nor is a town before a site noun ("the Toyota
Georgetown plant", "the Ford Louisville Assembly Plant"): it names where the maker builds, and
"the Georgetown mayor" is the town. A maker's name before a country or a state is its branch
there ("Nissan Mexico", "Honda Alabama"), so a country or an American state is never read as a
model ("the Mexico unit", "the Alabama governor" stay places); a state abroad may be one (Mexico's
Durango). A place noun after the name ("the Durango city council", "the Tahoe valley") says it
is the place.
"""

from __future__ import annotations

import re

from stories.extraction.determiners import DEFINITE_DETERMINERS, INDEFINITE_ARTICLES
from stories.extraction.entities import FOLLOWING_PLACE_NOUN, SITE_NOUN
from stories.extraction.mentions import PlaceMention
from stories.extraction.place_cues import PLACE_NOUNS

# Car makers whose models are written after their name. Not "Lincoln", "Mercury", "Saturn":
# they begin many names that are not cars ("Lincoln Park", "Mercury News").
MAKERS = (
    "Chevrolet|Chevy|Dodge|Ford|Toyota|Honda|Nissan|GMC|Jeep|Hyundai|Kia|Buick|Pontiac|"
    "Chrysler|Subaru|Mazda|Cadillac|Oldsmobile|Plymouth|Volkswagen|VW|Mitsubishi|Isuzu|Suzuki|"
    "Acura|Infiniti|Lexus|Audi|BMW|Volvo|Mercedes"
)
# A model's name: one capitalised word, or two ("Monte Carlo", "Santa Fe").
_MODEL = re.compile(rf"\b(?:{MAKERS})\s+(([A-Z][a-z]+)(?: [A-Z][a-z]+)?)\b")
_PLACE_NOUN = re.compile(rf"(?:{PLACE_NOUNS})", re.IGNORECASE)
# Where a maker works, beside the kinds of site any organisation keeps in a town (SITE_NOUN).
_MAKERS_SITE = re.compile(r"^\s+(?:assembly|headquarters|dealership|operations)\b", re.IGNORECASE)
_DETERMINERS = "|".join(sorted(DEFINITE_DETERMINERS | INDEFINITE_ARTICLES))
# What stands right before the car's name: its maker, or a determiner or possessive.
_BEFORE_CAR = re.compile(
    rf"(?:\b(?:{MAKERS})|\b(?:{_DETERMINERS})|'s)\s+$",
    re.IGNORECASE,
)


def model_names(text: str) -> set[str]:
    """The names the text writes right after a car maker's name ("Dodge Durango" → Durango;
    "Chevrolet Monte Carlo" → Monte Carlo and Monte)."""
    names = set()
    for found in _MODEL.finditer(text):
        after = text[found.end(2) : found.end(2) + 40]
        if _PLACE_NOUN.fullmatch(found.group(2)):
            continue  # "Dodge City"
        if SITE_NOUN.match(after) or _MAKERS_SITE.match(after):
            continue  # "the Toyota Georgetown plant": where the maker builds
        names.update({found.group(1), found.group(2)})
    return names


def names_a_car(text: str, place: PlaceMention, models: set[str]) -> bool:
    """Whether a place mention is one of the article's car models, read where it stands."""
    if text[place.start : place.end] not in models or _a_branch(place):
        return False
    if FOLLOWING_PLACE_NOUN.match(text[place.end : place.end + 40]):
        return False  # "the Durango city council"
    return bool(_BEFORE_CAR.search(text[max(0, place.start - 40) : place.start]))


def _a_branch(place: PlaceMention) -> bool:
    """Whether a maker's name before this place names its branch there ("Nissan Mexico")."""
    return place.kind == "country" or (place.kind == "admin1" and place.country_code == "US")


def without_cars(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The place mentions that are not a car model the article names."""
    models = model_names(text)
    if not models:
        return places
    return [p for p in places if not names_a_car(text, p, models)]
