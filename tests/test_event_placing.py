"""Where an event happened when its clause names no pinned place: the venue's city, the home of
a local body, the story's setting; and which mentions say where a story is set.

Short texts written for these tests. Places arrive resolved (with coordinates), as
analyse_text hands them to event extraction.
"""

import pytest

from stories.extraction.events import extract_events
from stories.extraction.events.setting import main_setting, within
from stories.extraction.mentions import EventCandidate, PersonMention, PlaceMention
from stories.extraction.nlp import get_nlp
from stories.extraction.times import TimeMention
from tests.test_events import PUBLISHED, TIMES, _spans

# name: kind, specificity, country, latitude, longitude (None: the gazetteer cannot pin it)
PLACES = {
    "Lyon": ("city", 3, "FR", 45.75, 4.85),
    "LYON": ("city", 3, "FR", 45.75, 4.85),  # in a dateline
    "Paris": ("city", 3, "FR", 48.85, 2.35),
    "France": ("country", 1, "FR", 46.6, 2.2),
    "Bergen": ("city", 3, "NO", 60.39, 5.32),
    "Norland": ("country", 1, "NO", 61.0, 9.0),
    "Sudland": ("country", 1, "SE", 62.0, 15.0),
    "Europe": ("continent", 0, "", 48.7, 9.1),
    "Grand Hall": ("other", 0, "", None, None),
    "Ruiz": ("city", 3, "ES", 40.0, -3.0),  # a namesake town of a person's surname
}
PEOPLE = {"Ana Ruiz": "Ana Ruiz"}


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def place(name: str, start: int = 0, catalogue: dict | None = None) -> PlaceMention:
    kind, specificity, country, lat, lon = (catalogue or PLACES)[name]
    return PlaceMention(
        name, start, start + len(name), name.title(), kind, specificity, country, lat, lon
    )


def placed_events(
    nlp,
    text: str,
    places: list[PlaceMention] | None = None,
    *,
    catalogue: dict | None = None,
    people: dict[str, str] | None = None,
) -> list[EventCandidate]:
    """The events of `text`, with every name of `catalogue` (PLACES) in it as a resolved place
    (or only `places`, when given) and every form of `people` (PEOPLE) a person."""
    if places is None:
        places = sorted(
            (
                place(name, start, catalogue)
                for name in catalogue or PLACES
                for start, _ in _spans(text, name)
            ),
            key=lambda p: p.start,
        )
    people = [
        PersonMention(form, start, end, name)
        for form, name in (PEOPLE if people is None else people).items()
        for start, end in _spans(text, form)
    ]
    times = []
    for phrase, (value, precision) in TIMES.items():
        for _start, end in _spans(text, phrase):
            words = phrase.split(" ", 1)[-1]
            times.append(TimeMention(words, end - len(words), end, "DATE", value, precision))
    return extract_events(
        nlp(text),
        times=sorted(times, key=lambda t: t.start),
        places=places,
        people=people,
        published=PUBLISHED,
    )


def event_with(events: list[EventCandidate], trigger: str) -> EventCandidate:
    return next(e for e in events if e.trigger == trigger)


def source_of(event: EventCandidate) -> str:
    return event.provenance["place"]["source"]


def where(event: EventCandidate) -> tuple[str | None, str | None]:
    """The name of the event's place and the source that placed it (None where it has none)."""
    source = (event.provenance.get("place") or {}).get("source")
    return (event.place.name if event.place else None, source)


# --- containment and the story's setting ----------------------------------------------------


def test_a_city_lies_in_its_country():
    assert within(place("Lyon"), place("France"))


def test_a_country_never_lies_in_a_city():
    assert not within(place("France"), place("Lyon"))


def test_a_place_the_gazetteer_cannot_pin_lies_nowhere():
    assert not within(place("Grand Hall"), place("France"))


def test_the_setting_is_the_most_specific_place_nearly_all_mentions_lie_in():
    mentions = [place("Lyon"), place("Lyon"), place("France"), place("Lyon")]

    assert main_setting(mentions).name == "Lyon"


def test_the_country_around_a_city_is_no_evidence_against_the_city_as_setting():
    mentions = [place("Lyon"), place("France"), place("Lyon"), place("France")]
    mentions += [place("Lyon"), place("Lyon"), place("Bergen")]

    assert main_setting(mentions).name == "Lyon"


def test_a_story_whose_places_spread_has_no_setting():
    mentions = [place("Lyon"), place("Bergen"), place("Paris")]

    assert main_setting(mentions) is None


def test_a_continent_neither_supports_nor_contradicts_a_setting():
    mentions = [place("Lyon"), place("Europe"), place("Lyon")]

    assert main_setting(mentions).name == "Lyon"


# --- where events happen -----------------------------------------------------------------------


def test_an_unplaced_event_takes_the_story_s_setting(nlp):
    text = "Police arrested a man in Lyon on Monday.\n\nThe man was released on Tuesday."

    release = event_with(placed_events(nlp, text), "release")

    assert (release.place.name, source_of(release)) == ("Lyon", "setting")


def test_countries_that_play_are_no_evidence_of_the_setting(nlp):
    text = (
        "Norland beat Sudland on Monday in Lyon. Sudland beat Norland on Tuesday."
        "\n\nThe final was held on Friday."
    )

    final = event_with(placed_events(nlp, text), "hold")

    assert final.place.name == "Lyon"


def test_a_person_s_surname_is_no_evidence_of_the_setting(nlp):
    text = "Ana Ruiz was arrested in Lyon on Monday.\n\nRuiz was released on Tuesday."

    release = event_with(placed_events(nlp, text), "release")

    assert release.place.name == "Lyon"


def test_an_event_at_a_venue_the_map_cannot_pin_takes_the_venue_s_city(nlp):
    text = "The fans filled Lyon's Grand Hall, where the band played on Monday."

    event = event_with(placed_events(nlp, text), "play")

    assert (event.place.name, source_of(event)) == ("Lyon", "venue")
    assert event.provenance["place"]["named"] == "Grand Hall"


def test_a_local_body_acts_at_home_when_the_clause_names_no_place(nlp):
    event = placed_events(nlp, "Lyon police arrested a man on Monday.")[0]

    assert (event.place.name, source_of(event)) == ("Lyon", "owner")


def test_a_place_modifying_a_locative_phrase_is_where_it_happened(nlp):
    event = placed_events(nlp, "In a Lyon hospital, doctors treated ten patients on Monday.")[0]

    assert event.place.name == "Lyon"


def test_a_place_owning_the_noun_of_a_locative_phrase_is_where_it_happened(nlp):
    text = "Ana Ruiz was sentenced on Tuesday in a Bergen magistrate's court."

    event = placed_events(nlp, text)[0]

    assert (event.place.name, source_of(event)) == ("Bergen", "clause")


def test_the_owner_of_what_a_visit_goes_to_is_where_it_happened(nlp):
    event = placed_events(nlp, "Ana Ruiz toured Norland's factories on Monday.")[0]

    assert (event.place.name, source_of(event)) == ("Norland", "clause")


def test_where_a_request_comes_from_is_not_where_it_was_approved(nlp):
    text = "The minister approved a request from Sudland on Monday."

    approval = event_with(placed_events(nlp, text), "approve")

    assert approval.place is None


def test_a_dateline_city_inside_the_setting_is_the_setting(nlp):
    text = "LYON, France — Police arrested a man in Lyon.\n\nThe man may have fled on Friday."

    flight = event_with(placed_events(nlp, text), "flee")

    assert (flight.place.text, source_of(flight)) == ("LYON", "setting")


def test_the_dateline_places_a_lead_that_accuses_another_country(nlp):
    text = "LYON, France (AP) — The minister on Tuesday accused Sudland of spying."

    event = placed_events(nlp, text)[0]

    assert (event.place.text, source_of(event)) == ("LYON", "dateline")


def test_the_dateline_places_a_lead_that_accuses_another_country_s_officials(nlp):
    text = "LYON, France (AP) — The minister on Tuesday accused Sudland officials of spying."

    event = placed_events(nlp, text)[0]

    assert (event.place.text, source_of(event)) == ("LYON", "dateline")


def test_the_dateline_does_not_place_what_another_country_does(nlp):
    event = placed_events(nlp, "LYON, France (AP) — Sudland fired a missile on Tuesday.")[0]

    assert event.place is None


def test_a_country_named_only_as_a_nationality_is_no_setting_beside_other_places(nlp):
    text = "A Norland man was fined on Monday.\n\nThe man had worked for a Bergen firm."

    fine = placed_events(nlp, text)[0]

    assert fine.place is None


def test_the_only_place_a_story_names_is_its_setting_even_as_a_nationality(nlp):
    text = "A Norland man was fined on Monday.\n\nThe man was released on Tuesday."

    release = event_with(placed_events(nlp, text), "release")

    assert (release.place.name, source_of(release)) == ("Norland", "setting")


def test_a_country_named_as_where_things_happen_is_a_setting(nlp):
    text = "Police in Norland arrested a man on Monday.\n\nThe man had worked for a Bergen firm."

    work = event_with(placed_events(nlp, text), "work")

    assert (work.place.name, source_of(work)) == ("Norland", "setting")


def test_a_residence_outside_the_setting_does_not_move_its_sentence_off_the_setting(nlp):
    text = (
        "Police in Lyon arrested a man on Monday.\n\n"
        "Officers also arrested Ana Ruiz, 32, of Bergen, on Tuesday."
    )

    second = [e for e in placed_events(nlp, text) if e.trigger == "arrest"][-1]

    assert (second.place.name, source_of(second)) == ("Lyon", "setting")


# --- happenings named with their place ---------------------------------------------------------


def test_a_happening_named_with_a_place_takes_place_there(nlp):
    text = "Ana Ruiz arrived in Bergen on Monday.\n\nThe Lyon election took place on Tuesday."

    vote = event_with(placed_events(nlp, text), "election")  # "took place" folds into it

    assert (vote.place.name, source_of(vote)) == ("Lyon", "clause")


def test_a_participle_describing_a_named_happening_takes_its_place(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "With the Lyon protests exploding on Tuesday, the ministers are likely to meet."
    )

    explosion = event_with(placed_events(nlp, text), "explode")

    assert (explosion.place.name, source_of(explosion)) == ("Lyon", "clause")


def test_talks_named_with_a_country_are_not_placed_in_it(nlp):
    text = "Ana Ruiz arrived in Bergen on Monday.\n\nThe Norland talks resumed on Tuesday."

    talks = event_with(placed_events(nlp, text), "resume")

    assert talks.place is None or talks.place.name != "Norland"


def test_a_place_set_beside_a_locative_noun_names_where_it_happened(nlp):
    text = "Thousands of workers marched on Monday in the capital, Paris, against the reform."

    march = event_with(placed_events(nlp, text), "march")

    assert (march.place.name, source_of(march)) == ("Paris", "clause")


def test_what_a_noun_bears_on_is_not_where_the_event_happened(nlp):
    text = "The government on Monday imposed new sanctions on Norland."

    sanctions = event_with(placed_events(nlp, text), "impose")

    assert sanctions.place is None or source_of(sanctions) != "clause"
