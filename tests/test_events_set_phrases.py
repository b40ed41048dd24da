"""Clauses told by a set phrase of attention, manner, effect or feeling are not happenings
(events.set_phrases).

Short sentences written for these tests, each after a lead that reports a happening.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def test_holding_ones_breath_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The diver held his breath in the harbour on Tuesday."

    assert "hold" not in event_triggers(nlp, text)


def test_keeping_an_eye_on_something_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The auditors kept a close eye on the accounts in Lyon on Tuesday."

    assert "keep" not in event_triggers(nlp, text)


def test_keeping_a_low_profile_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The peacekeepers kept a low profile in Lyon on Tuesday."

    assert "keep" not in event_triggers(nlp, text)


def test_taking_a_toll_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The long shifts took their toll on the nurses in Lyon in March."

    assert "take" not in event_triggers(nlp, text)


def test_grabbing_headlines_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The senator grabbed headlines in Lyon on Tuesday."

    assert "grab" not in event_triggers(nlp, text)


def test_being_taken_aback_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The manager was taken aback by the bill in Lyon on Tuesday."

    assert "take" not in event_triggers(nlp, text)


def test_working_oneself_into_a_frenzy_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The crowd worked itself into a frenzy in Lyon on Tuesday."

    assert "work" not in event_triggers(nlp, text)


def test_taking_a_look_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The doctor took a look at the scan in Lyon on Tuesday."

    assert "take" not in event_triggers(nlp, text)


def test_holding_a_suspect_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "Police held the suspect in Lyon on Tuesday."

    assert "hold" in event_triggers(nlp, text)


def test_grabbing_a_bag_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The thief grabbed a bag in Lyon on Tuesday."

    assert "grab" in event_triggers(nlp, text)


def test_taking_a_suspect_to_jail_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "Deputies took the suspect to the county jail on Tuesday."

    assert "take" in event_triggers(nlp, text)


def test_matching_a_description_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The suspect matched the description of the robber in Lyon on Tuesday."

    assert "match" not in event_triggers(nlp, text)


def test_finding_it_difficult_to_do_something_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The widow found it difficult to talk about the crash in Lyon on Tuesday."

    assert "find" not in event_triggers(nlp, text)


def test_finding_a_thing_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "Deputies found the stolen car in Lyon on Tuesday."

    assert "find" in event_triggers(nlp, text)


def test_being_supposed_to_do_something_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The guard was supposed to be at the gate in Lyon on Tuesday."

    assert "suppose" not in event_triggers(nlp, text)


def test_paying_attention_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The inspectors paid close attention to the wiring in Lyon on Tuesday."

    assert "pay" not in event_triggers(nlp, text)


def test_keeping_tabs_on_someone_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Detectives kept tabs on the suspect in Lyon on Tuesday."

    assert "keep" not in event_triggers(nlp, text)


def test_taking_note_of_something_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The mayor took note of the complaints in Lyon on Tuesday."

    assert "take" not in event_triggers(nlp, text)


def test_paying_a_fine_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The company paid a fine in Lyon on Tuesday."

    assert "pay" in event_triggers(nlp, text)


def test_a_court_finding_it_unconstitutional_to_do_something_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The Supreme Court found it unconstitutional to ban the march on Tuesday."

    assert "find" in event_triggers(nlp, text)


def test_finding_it_necessary_to_do_something_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The judge found it necessary to evacuate the courthouse on Tuesday."

    assert set(event_triggers(nlp, text)) - {"open"}


def test_taking_notes_worth_money_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The thieves took notes worth $5,000 from the till on Tuesday."

    assert "take" in event_triggers(nlp, text)


def test_taking_a_note_from_someone_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The robber took a note from the teller on Tuesday."

    assert "take" in event_triggers(nlp, text)


def test_holding_ones_breath_for_a_measured_time_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The diver held her breath for ten minutes on Tuesday, a world record."

    assert "hold" in event_triggers(nlp, text)


def test_taking_tolls_from_truckers_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The gang took tolls from truckers at checkpoints on Tuesday."

    assert "take" in event_triggers(nlp, text)


def test_an_eye_kept_in_the_passive_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "An eye was kept on the building on Tuesday."

    assert "keep" not in event_triggers(nlp, text)


def test_keeping_watch_over_someone_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The nurses kept watch over the patients on Tuesday."

    assert "keep" not in event_triggers(nlp, text)


def test_keeping_a_vigil_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The families kept a vigil outside the hospital on Tuesday."

    assert "keep" not in event_triggers(nlp, text)
