"""State verbs that report a deed when several slots are filled, or a slot holds a kind of
thing (events.frame_slots), and the one-word frames added with them (events.frames)."""

from tests.extracting import frames_of
from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)


def test_linking_something_to_something_is_a_deed(nlp):  # noqa: F811
    text = "Police in Dunmore linked the fire to a long feud between the families on Monday."
    assert frames_of(nlp, text) == [("link", "link")]


def test_being_linked_to_something_stays_a_state(nlp):  # noqa: F811
    assert frames_of(nlp, "The coach was linked to several jobs abroad.") == []


def test_locating_someone_is_a_find(nlp):  # noqa: F811
    text = "Rescuers located the missing hiker near Kell Ridge on Sunday."
    assert frames_of(nlp, text) == [("locate", "discover")]


def test_being_located_somewhere_stays_a_state(nlp):  # noqa: F811
    assert frames_of(nlp, "The depot is located near the old harbour.") == []


def test_giving_an_amount_of_money_is_a_donation(nlp):  # noqa: F811
    text = "The Arden Foundation gave $2 million to the hospital last year."
    assert frames_of(nlp, text) == [("give", "donate")]


def test_a_relative_pronoun_stands_for_the_giver(nlp):  # noqa: F811
    text = "She spoke to the Arden Foundation, which gave $2 million to the clinic in 2011."
    assert frames_of(nlp, text) == [("give", "donate")]


def test_appearing_with_a_date_of_its_own_is_an_emergence(nlp):  # noqa: F811
    assert frames_of(nlp, "The rash appeared in March 1998.") == [("appear", "appear")]


def test_appearing_to_be_or_appearing_calm_stays_a_description(nlp):  # noqa: F811
    assert frames_of(nlp, "He appeared calm on Monday.") == []
    assert frames_of(nlp, "In 1998 the rash appeared to be harmless.") == []


def test_serving_in_a_post_with_dates_is_a_term(nlp):  # noqa: F811
    text = "Mara Quill served as mayor of Port Sable from 1991 to 1997."
    assert frames_of(nlp, text) == [("serve as mayor", "serve")]


def test_serving_in_a_post_undated_stays_a_description(nlp):  # noqa: F811
    assert frames_of(nlp, "Mara Quill later served as mayor of Port Sable.") == []


def test_responding_from_a_named_place_is_a_deed(nlp):  # noqa: F811
    text = "The minister responded from Port Sable by video link."
    assert frames_of(nlp, text) == [("respond", "respond")]


def test_responding_with_a_happening_takes_its_class(nlp):  # noqa: F811
    text = "Norland responded with air strikes on Tuesday."
    assert frames_of(nlp, text) == [("respond with strikes", "attack")]


def test_being_featured_in_a_journal_is_a_publication(nlp):  # noqa: F811
    text = "Her study was featured in the journal Lumen last month."
    assert frames_of(nlp, text) == [("feature", "publish")]


def test_being_featured_in_the_present_describes(nlp):  # noqa: F811
    assert frames_of(nlp, "The study is featured in the journal Lumen.") == []


def test_responding_to_the_scene_is_an_emergency_response(nlp):  # noqa: F811
    text = "Firefighters responded to the scene in Dunmore shortly after midnight."
    assert frames_of(nlp, text) == [("respond to scene", "respond")]


def test_responding_to_a_report_stays_a_saying(nlp):  # noqa: F811
    assert frames_of(nlp, "The president responded to the report on Tuesday.") == []


def test_a_court_hearing_arguments_is_a_court_event(nlp):  # noqa: F811
    text = "The Supreme Court heard arguments in the case on Tuesday."
    assert frames_of(nlp, text) == [("hear", "trial")]


def test_marking_an_anniversary_is_a_ceremony(nlp):  # noqa: F811
    text = "Thousands of people marked the anniversary of the flood in Port Sable on Saturday."
    assert frames_of(nlp, text) == [("mark", "ceremony")]


def test_responding_to_a_call_is_an_emergency_response(nlp):  # noqa: F811
    text = "Deputies responded to a call at a Tarvo bar shortly after midnight."
    assert frames_of(nlp, text) == [("respond to call", "respond")]


def test_responding_to_a_street_block_is_an_emergency_response(nlp):  # noqa: F811
    text = "An officer responded to the 300 block of Tarvo Lane on Friday night."
    assert frames_of(nlp, text) == [("respond to block", "respond")]


def test_responding_to_a_damaged_building_is_an_emergency_response(nlp):  # noqa: F811
    text = "Crews in Dunmore responded to two collapsed buildings after the storm."
    assert frames_of(nlp, text) == [("respond to buildings", "respond")]


def test_responding_to_criticism_stays_a_saying(nlp):  # noqa: F811
    assert frames_of(nlp, "The mayor responded to the criticism on Tuesday.") == []


def test_responding_to_the_house_of_a_legislature_stays_a_saying(nlp):  # noqa: F811
    # "the House" (a chamber) is not a home crews were sent to.
    assert frames_of(nlp, "The Senate responded to the House on Tuesday.") == []


def test_responding_to_a_fire_on_a_street_is_still_an_emergency_response(nlp):  # noqa: F811
    text = "Crews responded to a house on Tarvo Lane in Dunmore on Friday night."
    assert frames_of(nlp, text) == [("respond to house", "respond")]


def test_responding_on_a_day_of_its_own_is_a_response(nlp):  # noqa: F811
    text = "The Fire Rescue unit responded April 20 when a child fell into a canal."
    assert frames_of(nlp, text) == [("respond", "respond")]


def test_responding_with_no_day_stays_a_state(nlp):  # noqa: F811
    assert frames_of(nlp, "The Fire Rescue unit responded quickly.") == []


def test_responding_on_a_day_by_another_act_is_no_call_out(nlp):  # noqa: F811
    text = "The minister responded Monday by calling the claims baseless."
    assert frames_of(nlp, text) == []


def test_a_market_responding_on_a_day_by_falling_is_no_call_out(nlp):  # noqa: F811
    assert frames_of(nlp, "Markets responded Monday by falling 2 percent.") == []
