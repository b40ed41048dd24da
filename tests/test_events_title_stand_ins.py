"""Titles for clauses whose subject or object only stands for a noun named before
(events.stand_in_titles): a conjunct's "it" is its head's object, and "another" is one more
of the noun its head clause named. Which of the two deeds on one thing stands for both
(events.folding): the one the event lexicon knows."""


def test_a_conjunct_verbs_it_is_the_object_of_the_verb_it_continues(events_of):
    events = events_of(
        "The minister was supposed to sign the treaty on Tuesday and signed it on Wednesday."
    )

    assert events["sign"].title == "Minister signs treaty"


def test_a_dated_conjunct_it_is_titled_by_its_governors_object(events_of):
    events = events_of("The council drafted the ordinance and signed it on Wednesday.")

    assert events["sign"].title == "Council signs ordinance"


def test_a_known_deed_on_the_thing_its_governor_named_stands_for_both(events_of):
    events = events_of("The council drafted the ordinance and signed it.")

    assert [e.title for e in events.values()] == ["Council signs ordinance"]
    assert events["sign"].quote.startswith("The council drafted the ordinance")


def test_an_unknown_deed_on_the_thing_its_governor_named_folds_into_the_known_one(events_of):
    events = events_of("Crews from Harlow Electric located the broken cable and spliced it Monday.")

    assert [e.title for e in events.values()] == ["Crews locate cable"]


def test_a_conjuncts_it_is_not_a_governors_object_that_names_another_thing_after_it(events_of):
    events = events_of("The army gained control of the airport and destroyed it on Monday.")

    assert "destroy" not in events or events["destroy"].title != "Army destroys control"


def test_another_as_a_conjuncts_subject_is_one_more_of_the_noun_its_head_named(events_of):
    events = events_of("One man was arrested on Monday and another was released on bail.")

    assert events["release"].title == "Another man released"


def test_another_told_apart_from_a_killing_is_one_more_of_its_noun(events_of):
    events = events_of(
        "A soldier was killed in Kabul on Sunday and another was wounded in a separate attack."
    )

    assert events["wound"].title.startswith("Another soldier wounded")


def test_one_as_a_conjuncts_subject_is_a_person_not_one_more_of_its_heads_noun(events_of):
    events = events_of("A car crashed into a tree on Monday and one was killed.")

    assert "kill" not in events or not events["kill"].title.startswith("One car")


def test_two_deeds_on_one_thing_each_with_its_own_year_stay_two_events(events_of):
    events = events_of("Hartwell Inc. bought a mill near Akron in 1955 and closed it in 1987.")

    assert sorted(events) == ["buy", "close"]


def test_the_first_of_two_dated_deeds_on_one_thing_keeps_its_own_year(events_of):
    events = events_of("Hartwell Inc. bought a mill near Akron in 1955 and closed it in 1987.")

    assert events["buy"].date_start.year == 1955


def test_the_second_of_two_dated_deeds_on_one_thing_keeps_the_place_its_sentence_gives(events_of):
    events = events_of("Hartwell Inc. bought a mill near Akron in 1955 and closed it in 1987.")

    assert events["close"].place is not None and events["close"].place.text == "Akron"
    assert events["close"].date_start.year == 1987
