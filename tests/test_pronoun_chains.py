"""A "he"/"she" far from any name goes on meaning whom the same pronoun before it meant
(events.pronoun_chains, context.MentionIndex.antecedent). Sentences written for these tests."""

from tests.test_events import event_titles, nlp  # noqa: F401 (nlp is a fixture)

_FILLER = "It rained on the hills all through the long and quiet spring of that year. " * 6


def test_a_far_he_in_a_chain_of_he_means_the_person_the_chain_began_with(nlp):  # noqa: F811
    text = (
        "Tom Lee left Lyon on Monday after he finished a new book. "
        + _FILLER
        + "He walked to the shop. He read the papers. "
        + _FILLER
        + "He read the papers again. Two months later, he died of a heart attack."
    )

    assert event_titles(nlp, text, "die") == ["Tom Lee dies"]


def test_a_far_he_with_no_chain_before_it_stays_untraced(nlp):  # noqa: F811
    text = (
        "Tom Lee left Lyon on Monday after he finished a new book. "
        + _FILLER * 3
        + "Two months later, he died of a heart attack."
    )

    assert event_titles(nlp, text, "die") == []


def test_a_chain_of_she_passes_over_a_man_the_story_calls_he(nlp):  # noqa: F811
    text = (
        "Tom Lee left Lyon on Monday after he finished a new book. "
        + _FILLER
        + "She walked to the shop. She read the papers. "
        + _FILLER
        + "She read the papers again. Two months later, she died of a heart attack."
    )

    assert event_titles(nlp, text, "die") == []


def test_a_chained_he_titles_only_a_happening_verb_not_any_deed(nlp):  # noqa: F811
    text = (
        "Tom Lee left Lyon on Monday after he finished a new book. "
        + _FILLER
        + "He walked to the shop. He read the papers. "
        + _FILLER
        + "He read the papers again. Two months later, he walked to the coast."
    )

    assert "Tom Lee walks to coast" not in event_titles(nlp, text, "walk")


def test_a_chain_of_he_breaks_at_another_man_made_a_subject_between_its_links(nlp):  # noqa: F811
    text = (
        "Tom Lee left Lyon in 1950 after he finished a new book. "
        + _FILLER
        + "He walked to the shop. He read the papers. "
        + _FILLER
        + "He read the papers again. In 1957 the city's mayor faced a crisis. "
        + _FILLER
        + "He resigned in 1958."
    )

    assert event_titles(nlp, text, "resign") == []


def test_a_she_reported_by_another_named_woman_is_not_taken_from_the_chain(nlp):  # noqa: F811
    text = (
        "Jane Doe left Lyon in 1950 after she finished a new book. "
        + _FILLER
        + "She walked to the shop. Her friend, the painter Ana Ruiz, said on Monday that she "
        "had resigned. " + _FILLER
    )

    assert "Jane Doe resigns" not in event_titles(nlp, text, "resign")
