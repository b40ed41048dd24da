"""A town in an office holder's title ("Norfield City Councilwoman Ana Ruiz") says whose office
she holds, not where the story is set: a story of one town's election that names a
neighbouring town's councilwoman as often as the town itself is still set in the town.

Short texts written for these tests. Places arrive resolved, as in test_event_placing.
"""

from stories.extraction.events import place_rules
from tests.test_event_placing import event_with, nlp, placed_events, where  # noqa: F401

# Two towns of one state, farther apart than a town's reach.
_TOWNS = {
    "Ashby": ("city", 3, "US", 34.05, -118.24),
    "Norfield": ("city", 3, "US", 34.40, -118.55),
}
_RACE = (
    "Ashby officials counted the last ballots on Monday. Norfield City Councilwoman Ana Ruiz "
    "won a seat on the Ashby school board.\n\n"
    "The result was announced on Tuesday. Norfield City Councilwoman Ana Ruiz thanked voters."
)


def test_a_town_in_an_office_holder_s_title_does_not_count_towards_the_setting(nlp):  # noqa: F811
    announced = event_with(placed_events(nlp, _RACE, catalogue=_TOWNS), "announce")

    assert where(announced) == ("Ashby", "setting")


def test_without_the_rule_the_title_s_town_splits_the_setting(nlp, monkeypatch):  # noqa: F811
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"office titles"})

    announced = event_with(placed_events(nlp, _RACE, catalogue=_TOWNS), "announce")

    assert where(announced) == (None, None)


def test_a_story_naming_its_town_only_in_titles_is_still_set_there(nlp):  # noqa: F811
    text = (
        "Norfield City Councilwoman Ana Ruiz won another term on Monday.\n\n"
        "The result was announced on Tuesday."
    )

    announced = event_with(placed_events(nlp, text, catalogue=_TOWNS), "announce")

    assert where(announced) == ("Norfield", "setting")


# A country and a town of it: a court's country in a title, the town where the story is.
_COURT = {
    "Norland": ("country", 1, "US", 39.76, -98.5),
    "Ashby": ("city", 3, "US", 34.05, -118.24),
}


def test_a_country_in_a_judge_s_title_does_not_count_towards_the_setting(nlp):  # noqa: F811
    text = (
        "The former senator was convicted on Monday. Norland District Judge Ana Ruiz will "
        "sentence him in May. He also took free trips from the museum in Ashby."
    )

    convicted = event_with(placed_events(nlp, text, catalogue=_COURT), "convict")

    assert where(convicted) == ("Ashby", "setting")


def test_a_country_before_judges_no_person_s_name_follows_still_counts(nlp):  # noqa: F811
    text = (
        "The former senator was convicted on Monday. Norland District judges will "
        "sentence him in May. He also took free trips from the museum in Ashby."
    )

    convicted = event_with(placed_events(nlp, text, catalogue=_COURT), "convict")

    assert where(convicted) != ("Ashby", "setting")
