"""Prospects no one holds (events.prospects): a forecast about a thing is no planned event.

Short texts written for these tests.
"""

import datetime as dt

from stories.extraction.events.prospects import idle_prospect
from stories.extraction.mentions import EventCandidate, PlaceMention
from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)


def prospect(text: str, phrase: str, trigger: str, **fields) -> EventCandidate:
    start = text.index(phrase)
    values = {"certainty": "planned", "extra": {"kind": "general"}, **fields}
    return EventCandidate(
        title=phrase,
        summary=text,
        quote=phrase,
        start=start,
        end=start + len(phrase),
        trigger=trigger,
        **values,
    )


def test_a_forecast_about_a_thing_with_no_time_place_or_party_is_idle(nlp):  # noqa: F811
    text = "Traders said the gains will be limited for the fund."
    event = prospect(text, "the gains will be limited for the fund", "limit")

    assert idle_prospect(event, nlp(text))


def test_a_possibility_told_of_a_thing_is_idle(nlp):  # noqa: F811
    text = "He said a rescue could be managed with two boats."
    event = prospect(
        text, "a rescue could be managed with two boats", "manage", certainty="speculated"
    )

    assert idle_prospect(event, nlp(text))


def test_a_plan_of_a_named_party_is_kept(nlp):  # noqa: F811
    text = "Officials said Norland will fine the club for the brawl."
    event = prospect(text, "Norland will fine the club for the brawl", "fine")

    assert not idle_prospect(event, nlp(text))


def test_a_prospect_with_a_date_is_kept(nlp):  # noqa: F811
    text = "Traders said the gains will be limited for the fund."
    event = prospect(
        text, "the gains will be limited for the fund", "limit", date_start=dt.date(2024, 5, 6)
    )

    assert not idle_prospect(event, nlp(text))


def test_a_prospect_with_a_place_is_kept(nlp):  # noqa: F811
    text = "Traders said the gains will be limited for the fund."
    place = PlaceMention(text="Ostberg", start=0, end=0, name="Ostberg", kind="city")
    event = prospect(text, "the gains will be limited for the fund", "limit", place=place)

    assert not idle_prospect(event, nlp(text))


def test_a_deed_told_as_done_is_not_judged(nlp):  # noqa: F811
    text = "Prosecutors opened an investigation into the fund."
    event = prospect(text, "Prosecutors opened an investigation", "open", certainty="occurred")

    assert not idle_prospect(event, nlp(text))


def test_an_infinitive_takes_its_governors_named_subject(nlp):  # noqa: F811
    text = "Norland is expected to prevent a walkout at the plant."
    event = prospect(
        text, "expected to prevent a walkout at the plant", "prevent", certainty="expected"
    )

    assert not idle_prospect(event, nlp(text))


def test_an_infinitive_under_a_common_noun_subject_is_idle(nlp):  # noqa: F811
    text = "A quick handover is expected to prevent a walkout at the plant."
    event = prospect(
        text, "expected to prevent a walkout at the plant", "prevent", certainty="expected"
    )

    assert idle_prospect(event, nlp(text))


def test_a_name_in_a_clause_describing_the_subject_names_no_party(nlp):  # noqa: F811
    text = "Tenants holding leases with Norland are expected to take up most of the bonds."
    event = prospect(text, "expected to take up most of the bonds", "take", certainty="expected")

    assert idle_prospect(event, nlp(text))


def test_a_prospect_told_with_an_event_verb_is_kept(nlp):  # noqa: F811
    text = "A spokesman said residents could cross the bridge without papers."
    event = prospect(
        text,
        "residents could cross the bridge without papers",
        "cross",
        certainty="speculated",
        extra={"kind": "verb"},
    )

    assert not idle_prospect(event, nlp(text))


def test_a_counted_party_is_a_party(nlp):  # noqa: F811
    text = "Organisers said 300 volunteers will take part in the cleanup."
    event = prospect(text, "300 volunteers will take part in the cleanup", "take part")

    assert not idle_prospect(event, nlp(text))
