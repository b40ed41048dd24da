"""The complement of an implicative or causative verb told as done happened
(events.caused_complements, events.certainty).

The sentences are written for these tests.
"""

from tests.test_events import certainty_of_verb, event_titles, nlp  # noqa: F401 (nlp is a fixture)


def test_what_a_past_forcing_made_someone_do_occurred(nlp):  # noqa: F811
    text = "The blizzard forced the county to close three roads near Fargo."
    assert certainty_of_verb(nlp, text, "close", None) == "occurred"


def test_what_someone_was_forced_to_do_occurred(nlp):  # noqa: F811
    text = "Police in Dover were forced to evacuate the station."
    assert certainty_of_verb(nlp, text, "evacuate", None) == "occurred"


def test_what_a_past_help_brought_about_occurred(nlp):  # noqa: F811
    text = "The volunteer helped to rebuild the school in Tulsa."
    assert certainty_of_verb(nlp, text, "rebuild", None) == "occurred"


def test_a_duty_had_to_is_not_taken(nlp):  # noqa: F811
    text = "Officials in Ohio had yet to cut the budget by a third."
    assert certainty_of_verb(nlp, text, "cut", None) is None


def test_what_a_thing_helped_to_do_in_a_relative_clause_is_not_taken(nlp):  # noqa: F811
    text = "Researchers in Oslo studied the cells that helped to clear debris."
    assert certainty_of_verb(nlp, text, "clear", None) is None


def test_a_present_forcing_is_a_habit_not_a_happening(nlp):  # noqa: F811
    text = "The rule forces drivers in Leeds to slow down."
    assert certainty_of_verb(nlp, text, "slow", None) is None


def test_a_negated_forcing_makes_nothing_happen(nlp):  # noqa: F811
    text = "The strike did not force the mine in Perth to close."
    assert certainty_of_verb(nlp, text, "close", None) is None


def test_a_wish_to_act_is_not_taken(nlp):  # noqa: F811
    text = "The mayor wanted to close the bridge in Leeds."
    assert certainty_of_verb(nlp, text, "close", None) is None


def test_what_a_past_cause_led_someone_to_do_occurred(nlp):  # noqa: F811
    text = "The shortage led farmers in Iowa to raise prices."
    assert certainty_of_verb(nlp, text, "raise", None) == "occurred"


def test_leading_without_an_infinitive_is_not_taken(nlp):  # noqa: F811
    text = "The coach led the team to a win in Iowa."
    assert certainty_of_verb(nlp, text, "led", None) == "occurred"


def test_a_forcing_coordinated_with_a_past_deed_is_told_as_done(nlp):  # noqa: F811
    text = "The gale cut power in many towns and forced officials to shut two highways."
    assert certainty_of_verb(nlp, text, "shut", None) == "occurred"


def test_who_a_cause_led_to_act_is_the_complements_actor(nlp):  # noqa: F811
    # "led the mayor to resign": the mayor resigned, not the scandal (the governor's object acts).
    text = "The scandal led the mayor to resign in Lyon on Tuesday."
    assert event_titles(nlp, text, "resign") == ["Mayor resigns in Lyon"]


def test_who_helped_with_no_object_is_the_complements_actor(nlp):  # noqa: F811
    text = "The mayor helped to rebuild the school in Lyon on Tuesday."
    assert event_titles(nlp, text, "rebuild") == ["Mayor rebuilds school in Lyon"]


def test_the_aim_of_a_campaign_someone_led_is_not_taken(nlp):  # noqa: F811
    # "led a campaign to ban bags": the infinitive tells what the campaign sought, not a deed.
    text = "The mayor led a campaign to ban plastic bags in Lyon."
    assert certainty_of_verb(nlp, text, "ban", None) is None


def test_the_aim_of_a_vote_someone_forced_is_not_taken(nlp):  # noqa: F811
    text = "Opponents forced a vote to remove the chairman in Lyon."
    assert certainty_of_verb(nlp, text, "remove", None) is None
