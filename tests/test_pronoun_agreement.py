"""A "he" never stands for one the story calls "she" (and the reverse), and the nearest
person made a subject in the pronoun's own sentence comes before persons of earlier ones
(events.pronoun_agreement, context.MentionIndex). Sentences written for these tests."""

from tests.test_events import event_titles, nlp  # noqa: F401 (nlp is a fixture)


def test_he_never_stands_for_a_woman_the_story_calls_she(nlp):  # noqa: F811
    text = (
        "When Ana Ruiz heard the news, she drove to the farm near Lyon. "
        "Ana Ruiz searched the fields for an hour. "
        "On Tuesday he was thrown from a tractor in Lyon."
    )

    assert "Ana Ruiz thrown" not in " ".join(event_titles(nlp, text))


def test_she_never_stands_for_a_man_the_story_calls_he(nlp):  # noqa: F811
    text = (
        "Tom Lee left the firm after he lost the contract in Oslo. "
        "Tom Lee sold the house in March. "
        "On Friday she was arrested in Oslo."
    )

    assert not any(t.startswith("Tom Lee") for t in event_titles(nlp, text, "arrest"))


def test_a_he_passes_over_a_woman_called_she_to_the_man_named_before_her(nlp):  # noqa: F811
    text = (
        "Tom Lee crossed the border at dawn. "
        "Ana Ruiz said she had seen the car. "
        "Ana Ruiz waited at the gate. "
        "On Monday he was arrested in Lyon."
    )

    assert "Tom Lee arrested in Lyon" in event_titles(nlp, text, "arrest")


def test_a_speaker_in_the_pronouns_own_sentence_comes_before_an_earlier_name(nlp):  # noqa: F811
    text = (
        "Tom Lee opened a bakery in Oslo in 2010. "
        "Apple has long admired the region, Jane Doe said, ever since he founded a shop in Oslo "
        "in 2019."
    )

    assert event_titles(nlp, text, "found") == ["Jane Doe founds shop in Oslo"]


def test_a_reported_he_after_a_named_subject_in_the_report_is_that_subject(nlp):  # noqa: F811
    text = (
        "Ana Ruiz opened the inquiry on Monday. "
        "Sheriff Jane Doe said Tom Lee lost control on the bridge before he was arrested "
        "near Lyon."
    )

    assert event_titles(nlp, text, "arrest") == ["Tom Lee arrested near Lyon"]


def test_a_reported_speaker_is_still_the_he_of_what_he_says(nlp):  # noqa: F811
    text = "Tom Lee crossed the border at dawn. Jane Doe said he had resigned in Oslo on Monday."

    assert "Jane Doe resigns in Oslo" in event_titles(nlp, text, "resign")


def test_an_object_him_is_not_the_subject_of_its_own_clause(nlp):  # noqa: F811
    text = "Tom Lee crossed the border at dawn. Jane Doe invited him to Oslo on Monday."

    assert not any("Jane Doe invites Jane Doe" in t for t in event_titles(nlp, text))


def test_a_person_noun_subject_between_keeps_the_name_from_the_pronoun(nlp):  # noqa: F811
    text = (
        "Tom Lee crossed the border at dawn. "
        "Sheriff Jane Doe said the driver fled and he was caught in Lyon on Monday."
    )

    assert not any(t.startswith("Jane Doe") for t in event_titles(nlp, text, "catch"))
