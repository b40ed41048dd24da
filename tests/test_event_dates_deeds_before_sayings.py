"""The day written on a saying told after a deed dates the saying: the deed takes the earlier
day its story tells next.

Sentences are written for the tests; the story was published on Friday, 15 September 2023.
"""

import datetime

from tests.extracting import event_of

PUBLISHED = datetime.date(2023, 9, 15)
WEDNESDAY = datetime.date(2023, 9, 13)
THURSDAY = datetime.date(2023, 9, 14)


def test_a_deed_before_a_dated_saying_takes_the_earlier_day_the_next_sentence_tells():
    text = (
        "Officers seized 200 bags of heroin in raids in the city, Elmvale police said Thursday."
        "\n\nThe raids started about 6 a.m. Wednesday at a house on Mill Street."
    )

    event = event_of(text, "seiz", PUBLISHED)

    assert (event.date_start, event.extra["date_from"]) == (WEDNESDAY, "deed_day")


def test_a_deed_joined_to_the_saying_by_the_parse_takes_the_earlier_day_too():
    text = (
        "Officers seized 200 bags of heroin in raids in the city, Elmvale police said Thursday, "
        "and arrested 13 people.\n\n"
        "The raids started about 6 a.m. Wednesday at a house on Mill Street."
    )

    event = event_of(text, "arrest", PUBLISHED)

    assert event.date_start == WEDNESDAY


def test_a_deed_takes_an_earlier_day_told_in_its_own_sentence_before_the_saying():
    text = (
        "Four people died in a crush at a nightclub in Elmvale when word spread that it was "
        "offering free entry Wednesday night, a police spokesman said Thursday."
    )

    event = event_of(text, "die", PUBLISHED)

    assert event.date_start == WEDNESDAY


def test_a_deed_keeps_the_sayings_day_when_the_story_tells_no_other_day():
    text = (
        "Officers seized 200 bags of heroin in raids in the city, Elmvale police said Thursday."
        "\n\nFour people were arrested at a house on Mill Street."
    )

    event = event_of(text, "seiz", PUBLISHED)

    assert event.date_start == THURSDAY


def test_a_deed_reported_after_a_dated_saying_keeps_the_sayings_day():
    text = (
        "Elmvale police said Thursday that officers seized 200 bags of heroin in raids.\n\n"
        "The raids started about 6 a.m. Wednesday at a house on Mill Street."
    )

    event = event_of(text, "seiz", PUBLISHED)

    assert event.date_start == THURSDAY


def test_a_day_more_than_six_days_before_the_saying_is_no_deeds_day():
    text = (
        "Officers seized 200 bags of heroin in raids in the city, Elmvale police said Thursday."
        "\n\nThe raids started on Aug. 30 at a house on Mill Street."
    )

    event = event_of(text, "seiz", PUBLISHED)

    assert event.date_start == THURSDAY


def test_the_day_of_the_happening_a_deed_follows_is_not_the_deeds_day():
    text = (
        "Police arrested a man in the stabbing of his neighbour, officials said Friday.\n\n"
        "The stabbing happened Wednesday night in the man's apartment."
    )

    event = event_of(text, "arrest", PUBLISHED)

    assert event.date_start == PUBLISHED


def test_the_day_of_an_earlier_arrest_is_not_the_day_of_a_courts_deed():
    text = (
        "A judge denied bail to a man charged with murder, prosecutors said Thursday.\n\n"
        "The man was arrested Tuesday after a long chase."
    )

    event = event_of(text, "deny", PUBLISHED)

    assert event.date_start == THURSDAY


def test_the_day_of_a_familys_move_is_not_the_day_of_their_rescue():
    text = (
        "Firefighters rescued two children from a burning house, the fire chief said Thursday.\n\n"
        "The family moved into the house on Wednesday."
    )

    event = event_of(text, "rescu", PUBLISHED)

    assert event.date_start == THURSDAY


def test_the_day_of_a_meeting_is_not_the_day_of_a_resignation():
    text = (
        "The mayor resigned, the city said Thursday.\n\n"
        "On Wednesday, the council met behind closed doors."
    )

    event = event_of(text, "resign", PUBLISHED)

    assert event.date_start == THURSDAY


def test_a_day_inside_a_quotation_is_not_the_deeds_day():
    text = (
        "Officers seized 200 bags of heroin in raids, police said Thursday.\n\n"
        '"We started watching the house on Monday," Chief Lee said.'
    )

    event = event_of(text, "seiz", PUBLISHED)

    assert event.date_start == THURSDAY


def test_a_next_sentence_telling_the_deeds_raids_as_drug_busts_retells_the_deed():
    text = (
        "Officers seized 200 bags of heroin in raids in the city, Elmvale police said Thursday."
        "\n\nThe series of drug busts started about 6 a.m. Wednesday at a house on Mill Street."
    )

    event = event_of(text, "seiz", PUBLISHED)

    assert event.date_start == WEDNESDAY


def test_a_things_day_is_not_the_deeds_day():
    text = (
        "Officers seized 200 bags of heroin in raids in the city, Elmvale police said Thursday."
        "\n\nWednesday's raids were the largest in years."
    )

    assert event_of(text, "seiz", PUBLISHED).date_start == THURSDAY


def test_a_day_a_past_perfect_steps_back_to_is_not_the_deeds_day():
    text = (
        "Officers seized 200 bags of heroin in raids in the city, Elmvale police said Thursday."
        "\n\nThe raids had started about 6 a.m. Wednesday at a house on Mill Street."
    )

    assert event_of(text, "seiz", PUBLISHED).date_start == THURSDAY


def test_a_day_after_the_sayings_is_not_the_deeds_day():
    text = (
        "Officers seized 200 bags of heroin in raids in the city, Elmvale police said Thursday."
        "\n\nThe raids continued on Friday at a house on Mill Street."
    )

    assert event_of(text, "seiz", PUBLISHED).date_start == THURSDAY


def test_a_deed_told_as_not_done_keeps_the_sayings_day():
    text = (
        "Officers did not seize any heroin in raids in the city, Elmvale police said Thursday."
        "\n\nThe raids started about 6 a.m. Wednesday at a house on Mill Street."
    )

    assert event_of(text, "seiz", PUBLISHED).date_start != WEDNESDAY


def test_a_deed_told_in_the_present_perfect_keeps_the_sayings_day():
    text = (
        "Officers have seized 200 bags of heroin in raids in the city, Elmvale police said "
        "Thursday.\n\nThe raids started about 6 a.m. Wednesday at a house on Mill Street."
    )

    assert event_of(text, "seiz", PUBLISHED).date_start != WEDNESDAY


def test_a_next_clause_with_a_verb_of_the_deeds_class_retells_it():
    text = (
        "Officers seized 200 bags of heroin in the city, Elmvale police said Thursday."
        "\n\nThe drugs were seized from a house on Mill Street early Wednesday."
    )

    assert event_of(text, "seiz", PUBLISHED).date_start == WEDNESDAY


def test_a_quoted_day_is_not_the_deeds_day_even_when_the_quote_retells_the_deed():
    text = (
        "Officers seized 200 bags of heroin in raids in the city, Elmvale police said Thursday."
        '\n\n"The raids started at 6 a.m. on Wednesday," Chief Lee said.'
    )

    assert event_of(text, "seiz", PUBLISHED).date_start == THURSDAY
