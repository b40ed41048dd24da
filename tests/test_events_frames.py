"""General verbs that report a happening only in an event frame (events.frames)."""

from tests.extracting import frames_of
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_calling_for_something_is_a_demand(nlp):  # noqa: F811
    text = "The Norland opposition called for new elections in Port Sable on Tuesday."
    assert frames_of(nlp, text) == [("call for elections", "demand")]
    titles = [e.title for e in events_of(nlp, text)]
    assert titles == ["Norland opposition calls for elections in Port Sable"]


def test_a_document_calling_for_something_describes_it(nlp):  # noqa: F811
    assert frames_of(nlp, "The draft law calls for higher taxes on fuel.") == []


def test_calling_someone_on_a_day_or_at_a_place_is_no_demand(nlp):  # noqa: F811
    assert frames_of(nlp, "He called on Monday.") == []
    assert frames_of(nlp, "I called an old friend of mine on Sable Island.") == []


def test_making_ones_way_somewhere_is_travel(nlp):  # noqa: F811
    text = "The rebel commander made his way to Port Sable on Sunday."
    assert frames_of(nlp, text) == [("make", "travel")]


def test_making_something_clear_is_no_deed(nlp):  # noqa: F811
    assert frames_of(nlp, "The minister made it clear that she would stay.") == []


def test_being_made_a_general_is_an_appointment(nlp):  # noqa: F811
    assert frames_of(nlp, "In 1995, Tom Lee was made a brigadier general.") == [("make", "appoint")]
    assert frames_of(nlp, "The report was made public on Monday.") == []


def test_demonstrating_against_something_is_a_protest(nlp):  # noqa: F811
    text = "Thousands of workers have been demonstrating today against the new pension law."
    assert frames_of(nlp, text) == [("demonstrate against pension law", "protest")]


def test_asking_for_something_is_a_demand_but_not_asking_for_anonymity(nlp):  # noqa: F811
    assert frames_of(nlp, "The mayor asked for calm in a letter on Monday.") == [
        ("ask for calm", "demand")
    ]
    assert frames_of(nlp, "The official, who asked for anonymity, spoke on Monday.") == []


def test_giving_up_a_contract_is_a_withdrawal(nlp):  # noqa: F811
    text = "Acme Corp. will give up the port contract at the end of the year."
    assert frames_of(nlp, text) == [("give up", "withdraw")]


def test_putting_up_with_something_is_no_building(nlp):  # noqa: F811
    assert frames_of(nlp, "Protesters put up barricades on Sunday.") == [("put up", "build")]
    assert frames_of(nlp, "The country would not put up with another delay.") == []


def test_a_suspect_appearing_in_court_is_a_court_event(nlp):  # noqa: F811
    text = "The suspect appeared in court in Port Sable on Friday."
    assert frames_of(nlp, text) == [("appear in court", "trial")]


def test_an_event_noun_called_or_caused_keeps_its_class(nlp):  # noqa: F811
    assert frames_of(nlp, "The prime minister called a snap election.") == [("call", "vote")]
    assert frames_of(nlp, "The storm caused an explosion at the plant.") == [("cause", "disaster")]


def test_an_expressed_stance_counts_only_in_the_simple_past(nlp):  # noqa: F811
    text = "The minister expressed concern about the violence on Monday."
    assert frames_of(nlp, text) == [("express", "announce")]
    assert frames_of(nlp, "Officials have expressed concerns in recent months.") == []


def test_a_happening_cannot_call_for_anything(nlp):  # noqa: F811
    assert frames_of(nlp, "Deaths called on the government to withdraw its units.") == []


def test_a_fire_contained_is_put_out(nlp):  # noqa: F811
    text = "A brush fire near Tarvo was contained on Sunday evening."
    assert frames_of(nlp, text) == [("contain", "extinguish")]


def test_a_fire_contained_in_part_is_a_state(nlp):  # noqa: F811
    assert frames_of(nlp, "The wildfire near Tarvo was 60 percent contained on Friday.") == []


def test_a_box_that_contained_books_is_no_happening(nlp):  # noqa: F811
    assert frames_of(nlp, "The box contained three books.") == []
