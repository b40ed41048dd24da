"""An object "it" in a title is said by the thing it stands for (events.titles): the last thing
the sentence named before the clause, never a time ("since Friday morning") or a setting
("in the dock") that lies between."""


def test_an_it_object_stands_for_a_thing_not_a_time_or_a_setting(events_of):
    events = events_of(
        "The ferry had sat in the dock at Brenton since Friday morning, when a crane lifted it"
        " onto the slipway."
    )
    assert events["lift"].title.startswith("Crane lifts ferry")
