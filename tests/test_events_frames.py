"""General verbs that report a happening only in an event frame (events.frames)."""

from stories.extraction.events.frames import frame_sites
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _frames(nlp, text: str) -> list[tuple[str, str]]:  # noqa: F811
    return [(s.trigger, s.event_class) for s in frame_sites(nlp(text))]


def test_calling_for_something_is_a_demand(nlp):  # noqa: F811
    text = "The Norland opposition called for new elections in Port Sable on Tuesday."
    assert _frames(nlp, text) == [("call for elections", "demand")]
    titles = [e.title for e in events_of(nlp, text)]
    assert titles == ["Norland opposition calls for elections in Port Sable"]


def test_a_document_calling_for_something_describes_it(nlp):  # noqa: F811
    assert _frames(nlp, "The draft law calls for higher taxes on fuel.") == []


def test_calling_someone_on_a_day_or_at_a_place_is_no_demand(nlp):  # noqa: F811
    assert _frames(nlp, "He called on Monday.") == []
    assert _frames(nlp, "I called an old friend of mine on Sable Island.") == []


def test_making_ones_way_somewhere_is_travel(nlp):  # noqa: F811
    text = "The rebel commander made his way to Port Sable on Sunday."
    assert _frames(nlp, text) == [("make", "travel")]


def test_making_something_clear_is_no_deed(nlp):  # noqa: F811
    assert _frames(nlp, "The minister made it clear that she would stay.") == []


def test_being_made_a_general_is_an_appointment(nlp):  # noqa: F811
    assert _frames(nlp, "In 1995, Tom Lee was made a brigadier general.") == [("make", "appoint")]
    assert _frames(nlp, "The report was made public on Monday.") == []


def test_demonstrating_against_something_is_a_protest(nlp):  # noqa: F811
    text = "Thousands of workers have been demonstrating today against the new pension law."
    assert _frames(nlp, text) == [("demonstrate against pension law", "protest")]


def test_asking_for_something_is_a_demand_but_not_asking_for_anonymity(nlp):  # noqa: F811
    assert _frames(nlp, "The mayor asked for calm in a letter on Monday.") == [
        ("ask for calm", "demand")
    ]
    assert _frames(nlp, "The official, who asked for anonymity, spoke on Monday.") == []


def test_giving_up_a_contract_is_a_withdrawal(nlp):  # noqa: F811
    text = "Acme Corp. will give up the port contract at the end of the year."
    assert _frames(nlp, text) == [("give up", "withdraw")]


def test_putting_up_with_something_is_no_building(nlp):  # noqa: F811
    assert _frames(nlp, "Protesters put up barricades on Sunday.") == [("put up", "build")]
    assert _frames(nlp, "The country would not put up with another delay.") == []


def test_a_suspect_appearing_in_court_is_a_court_event(nlp):  # noqa: F811
    text = "The suspect appeared in court in Port Sable on Friday."
    assert _frames(nlp, text) == [("appear in court", "trial")]


def test_an_event_noun_called_or_caused_keeps_its_class(nlp):  # noqa: F811
    assert _frames(nlp, "The prime minister called a snap election.") == [("call", "vote")]
    assert _frames(nlp, "The storm caused an explosion at the plant.") == [("cause", "disaster")]


def test_an_expressed_stance_counts_only_in_the_simple_past(nlp):  # noqa: F811
    text = "The minister expressed concern about the violence on Monday."
    assert _frames(nlp, text) == [("express", "announce")]
    assert _frames(nlp, "Officials have expressed concerns in recent months.") == []


def test_a_happening_cannot_call_for_anything(nlp):  # noqa: F811
    assert _frames(nlp, "Deaths called on the government to withdraw its units.") == []


def test_a_fire_contained_is_put_out(nlp):  # noqa: F811
    text = "A brush fire near Tarvo was contained on Sunday evening."
    assert _frames(nlp, text) == [("contain", "extinguish")]


def test_a_fire_contained_in_part_is_a_state(nlp):  # noqa: F811
    assert _frames(nlp, "The wildfire near Tarvo was 60 percent contained on Friday.") == []


def test_a_box_that_contained_books_is_no_happening(nlp):  # noqa: F811
    assert _frames(nlp, "The box contained three books.") == []
