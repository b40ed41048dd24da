"""A realistic story built with factories, standing in for the seed story until the pipeline runs.

Four pinned places (one an estimated position with an uncertainty radius), one place the
geocoder could not pin, events of every certainty, day/month/year/undated dates, two outlets.
"""

import datetime as dt
from dataclasses import dataclass

from stories.models import Event, EventSource, Person, Place, Story
from tests.factories import make_article, make_event, make_place, make_story


@dataclass
class SeedStory:
    story: Story
    places: dict[str, Place]
    events: dict[str, Event]

    @property
    def pinned_places(self) -> list[Place]:
        return [p for p in self.places.values() if p.is_pinned]


def add_source(event: Event, article, quote: str) -> EventSource:
    start = article.text.find(quote)
    start = max(start, 0)
    return EventSource.objects.create(
        event=event, article=article, quote=quote, start=start, end=start + len(quote)
    )


def make_seed_story(slug: str = "ferry-storm") -> SeedStory:
    story = make_story(slug=slug, title="Storm-delayed ferry <reaches> Harbor City")
    coast = make_article(
        story=story,
        outlet="coast.example",
        canonical_url=f"https://coast.example/{slug}/ferry-docks",
        text=(
            "The overnight ferry left Port Alden on Sunday. A storm kept it off Gull Island. "
            "It docked at Harbor City on Tuesday. Repairs will take until Friday."
        ),
    )
    harbour = make_article(
        story=story,
        outlet="harbour.example",
        canonical_url=f"https://harbour.example/{slug}/second-vessel",
        text=(
            "The line plans to add a second vessel next spring. Rumours say the operator may "
            "move to Eastport. The operator denied it would sell the line."
        ),
    )
    places = {
        "alden": make_place(
            story=story,
            name="Port Alden",
            latitude=54.10,
            longitude=-4.70,
            status=Place.Status.RESOLVED,
            kind=Place.Kind.CITY,
        ),
        "gull": make_place(
            story=story,
            name="Gull Island waters",
            latitude=54.40,
            longitude=-4.20,
            status=Place.Status.ESTIMATED,
            radius_km=15.0,
            kind=Place.Kind.WATER,
        ),
        "harbor": make_place(
            story=story,
            name="Harbor City",
            latitude=54.60,
            longitude=-3.60,
            status=Place.Status.RESOLVED,
            kind=Place.Kind.CITY,
        ),
        "eastport": make_place(
            story=story,
            name="Eastport",
            latitude=54.90,
            longitude=-2.90,
            status=Place.Status.RESOLVED,
            kind=Place.Kind.CITY,
        ),
        "shipyard": make_place(
            story=story, name="The old shipyard", status=Place.Status.UNRESOLVED
        ),
    }
    day = dt.date
    events = {
        "leaves": make_event(
            story=story,
            title="Ferry leaves Port Alden",
            place=places["alden"],
            date_start=day(2024, 5, 12),
        ),
        "storm": make_event(
            story=story,
            title="Storm holds the ferry offshore",
            place=places["gull"],
            date_start=day(2024, 5, 12),
            date_end=day(2024, 5, 14),
            certainty=Event.Certainty.ONGOING,
        ),
        "docks": make_event(
            story=story,
            title="Ferry docks at Harbor City",
            summary="Passengers <b>described</b> a rough crossing.",
            place=places["harbor"],
            date_start=day(2024, 5, 14),
        ),
        "repairs": make_event(
            story=story,
            title="Loading ramp repaired",
            place=places["harbor"],
            date_start=day(2024, 5, 17),
            certainty=Event.Certainty.EXPECTED,
        ),
        "vessel": make_event(
            story=story,
            title="Second vessel joins the line",
            place=places["harbor"],
            date_start=day(2025, 3, 1),
            date_precision=Event.Precision.MONTH,
            certainty=Event.Certainty.PLANNED,
        ),
        "move": make_event(
            story=story,
            title="Operator moves to Eastport",
            place=places["eastport"],
            date_start=day(2025, 1, 1),
            date_precision=Event.Precision.YEAR,
            certainty=Event.Certainty.SPECULATED,
        ),
        "sale": make_event(
            story=story,
            title="Operator sells the line",
            place=places["eastport"],
            date_start=None,
            date_precision=Event.Precision.UNKNOWN,
            certainty=Event.Certainty.DENIED,
        ),
        "shipyard": make_event(
            story=story,
            title="Ferry built at the old shipyard",
            place=places["shipyard"],
            date_start=None,
            date_precision=Event.Precision.UNKNOWN,
        ),
    }
    add_source(events["leaves"], coast, "The overnight ferry left Port Alden on Sunday.")
    add_source(events["storm"], coast, "A storm kept it off Gull Island.")
    add_source(events["docks"], coast, "It docked at Harbor City on Tuesday.")
    add_source(events["repairs"], coast, "Repairs will take until Friday.")
    add_source(events["vessel"], harbour, "The line plans to add a second vessel next spring.")
    add_source(events["move"], harbour, "Rumours say the operator may move to Eastport.")
    add_source(events["sale"], harbour, "The operator denied it would sell the line.")
    captain = Person.objects.get_or_create(name="Captain <Ann> Reyes")[0]
    events["docks"].people.add(captain)
    return SeedStory(story=story, places=places, events=events)
