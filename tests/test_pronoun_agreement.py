"""A "he" never stands for one the story calls "she" (and the reverse), and the nearest
person made a subject in the pronoun's own sentence comes before persons of earlier ones
(events.pronoun_agreement, context.MentionIndex). Sentences written for these tests."""

from stories.extraction.events.pronoun_agreement import told_pronouns
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


def _told(nlp, text: str, names: dict[str, str]) -> dict[str, frozenset[str]]:  # noqa: F811
    doc = nlp(text)
    names_at = {t.i: names[t.text] for t in doc if t.text in names}
    return told_pronouns(doc, names_at)


def test_a_name_opening_an_adverbial_clause_takes_the_pronoun_of_the_main_clause(nlp):  # noqa: F811
    told = _told(nlp, "When Ruiz heard the news, she drove to the farm.", {"Ruiz": "Ana Ruiz"})

    assert told == {"Ana Ruiz": frozenset({"she"})}


def test_a_he_inside_what_a_named_person_is_quoted_saying_is_not_that_person(nlp):  # noqa: F811
    text = "Ruiz added: “It is still hard for him because he cannot swim.”"

    assert _told(nlp, text, {"Ruiz": "Ana Ruiz"}) == {}


def test_a_pronoun_in_a_clause_describing_a_noun_is_not_the_main_subject(nlp):  # noqa: F811
    text = "Lee praised the nurse, who held the hand of a woman while she was trapped."

    assert _told(nlp, text, {"Lee": "Tom Lee"}) == {}


def test_a_pronoun_paired_with_a_name_is_not_the_speaker(nlp):  # noqa: F811
    text = "Ruiz added that before their father died, he and Mike had written to each other."

    assert "Ana Ruiz" not in _told(nlp, text, {"Ruiz": "Ana Ruiz"})


def test_a_name_after_it_appeared_is_the_nearest_subject_of_the_he_after_it(nlp):  # noqa: F811
    text = (
        "When Ana Ruiz heard the news, she drove to the farm. "
        "Jane Doe said it appeared Tom Lee, who wore no helmet, lost control and he was "
        "thrown from the tractor in Lyon on Monday."
    )

    assert event_titles(nlp, text, "throw") == ["Tom Lee thrown in Lyon"]


def test_a_pronoun_in_a_clause_opened_by_a_relative_word_is_not_the_main_subject(nlp):  # noqa: F811
    text = "Lee gave an award to the crew that cut open the car in which she was trapped."

    assert _told(nlp, text, {"Lee": "Tom Lee"}) == {}


def test_a_plural_possessive_apostrophe_is_no_quotation_mark(nlp):  # noqa: F811
    text = "Ruiz said the nurses' union would strike after she left the hospital."

    assert _told(nlp, text, {"Ruiz": "Ana Ruiz"}) == {"Ana Ruiz": frozenset({"she"})}


def test_a_curly_plural_possessive_apostrophe_is_no_quotation_mark(nlp):  # noqa: F811
    text = "Lee said the farmers’ loans would fall due because he sold the land."

    assert _told(nlp, text, {"Lee": "Tom Lee"}) == {"Tom Lee": frozenset({"he"})}
