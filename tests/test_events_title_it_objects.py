"""An object "it" in a title is said by the thing it stands for (events.titles): the last thing
the sentence named before the clause, never a time ("since Friday morning") or a setting
("across the channel") that lies between."""


def test_an_it_object_stands_for_a_thing_not_a_time_or_a_setting(events_of):
    events = events_of(
        "The barge had been stuck across the channel near Brenton since Friday morning, when a"
        " gale pushed it into the bank."
    )
    assert events["push"].title.startswith("Gale pushes barge")
