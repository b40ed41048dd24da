"""Event nouns told as happenings by counting their victims or reporting them
(events.counted_happenings), the nouns of happenings added to the lexicon
(events.happening_nouns), a happening done to a name (nominals.owned_by_name) and states
entered with "to" (events.motion).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_deaths_with_their_victims_counted_are_an_event(nlp):  # noqa: F811
    text = "The union sued the mine owners last year over the deaths of nine miners."
    assert "death" in event_triggers(nlp, text)


def test_deaths_a_verb_caused_counted_on_the_noun_are_an_event(nlp):  # noqa: F811
    text = "A famine struck the valley in 1412, causing 3,000 deaths in Lyon."
    assert "death" in event_triggers(nlp, text)


def test_deaths_tallied_in_a_statistic_are_not_an_event(nlp):  # noqa: F811
    text = "The county says there were 61 deaths on its roads in 2019."
    assert "death" not in event_triggers(nlp, text)


def test_deaths_at_a_yearly_rate_are_not_an_event(nlp):  # noqa: F811
    assert "death" not in event_triggers(nlp, "Smoking causes 480,000 deaths a year.")


def test_deaths_a_modal_only_fears_are_not_told_by_this_rule(nlp):  # noqa: F811
    text = "The virus may have caused the deaths of 12 patients."
    assert "death" not in event_triggers(nlp, text)


def test_happening_reported_in_the_past_passive_is_an_event(nlp):  # noqa: F811
    text = "Explosions were reported near the harbour in Lyon."
    assert "explosion" in event_triggers(nlp, text)


def test_happening_reported_as_none_is_not_an_event(nlp):  # noqa: F811
    assert "death" not in event_triggers(nlp, "No deaths were reported.")


def test_slaying_is_a_noun_of_a_happening(nlp):  # noqa: F811
    # An authority "investigating the slaying" is itself the event (inquiries_under_way), and
    # its title carries the slaying; a progressive outside the inquiry verbs stays colour.
    text = "Detectives in Lyon are still looking into the slaying of Tom Lee."
    assert "slaying" in event_triggers(nlp, text)


def test_blackout_is_a_noun_of_a_happening(nlp):  # noqa: F811
    text = "Officials blamed Friday's blackout in Lyon on a failed transformer."
    assert "blackout" in event_triggers(nlp, text)


def test_going_to_war_enters_a_state(nlp):  # noqa: F811
    assert "go to war" in event_triggers(nlp, "The two kingdoms went to war in 1312.")


def test_dated_mission_is_a_noun_of_a_happening(nlp):  # noqa: F811
    text = "The agency's crewed mission in May will carry four astronauts."
    assert "mission" in event_triggers(nlp, text)


def test_happening_done_to_an_unnamed_thing_is_not_told_alone(nlp):  # noqa: F811
    assert "launch" not in event_triggers(nlp, "Shoppers have seen the launch of the new tablet.")
