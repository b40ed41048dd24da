"""A town that is the first name of a person the story names in full is the person
(events.first_names): "Dana's death" after "Dana Reller" places nothing."""

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.first_names import a_person_s_first_name
from stories.extraction.mentions import PersonMention, PlaceMention
from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)


def _town(text: str, word: str, *, nth: int = 0) -> PlaceMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return PlaceMention(word, start, start + len(word), name=word, kind="city", latitude=40.0)


def _person(text: str, name: str) -> PersonMention:
    start = text.index(name)
    return PersonMention(name, start, start + len(name), name)


def _index(nlp, text, places, people):  # noqa: F811
    return MentionIndex.build(nlp(text), places, people)


def test_a_first_name_of_a_person_named_in_full_is_no_town(nlp):  # noqa: F811
    text = "Dana Reller was eleven months old. The jury heard how Dana's death was caused."
    town = _town(text, "Dana", nth=1)
    index = _index(nlp, text, [town], [_person(text, "Dana Reller")])
    assert a_person_s_first_name(town, index, [town])


def test_a_first_name_stated_as_a_location_stays_a_town(nlp):  # noqa: F811
    text = "Dana Reller spoke on Monday. The fair was held in Dana last week."
    town = _town(text, "Dana", nth=1)
    index = _index(nlp, text, [town], [_person(text, "Dana Reller")])
    assert not a_person_s_first_name(town, index, [town])


def test_a_town_no_person_is_named_after_stays_a_town(nlp):  # noqa: F811
    text = "Lou Reller spoke on Monday. The Dana council raised the fee."
    town = _town(text, "Dana")
    index = _index(nlp, text, [town], [_person(text, "Lou Reller")])
    assert not a_person_s_first_name(town, index, [town])


def test_a_state_named_like_a_person_stays_a_place(nlp):  # noqa: F811
    text = "Georgia Reller spoke on Monday. The Georgia council raised the fee."
    start = text.index("Georgia", 1)
    state = PlaceMention("Georgia", start, start + 7, kind="admin1", latitude=33.0)
    index = _index(nlp, text, [state], [_person(text, "Georgia Reller")])
    assert not a_person_s_first_name(state, index, [state])


_TOLD = "Harwick police said the boy died. His mother left him with Dana overnight. The judge said Dana’s death was a tragedy."  # noqa: E501


def _placed(text: str, word: str, country: str, *, nth: int = 0) -> PlaceMention:
    town = _town(text, word, nth=nth)
    return PlaceMention(word, town.start, town.end, kind="city", country_code=country, latitude=1.0)


def test_a_word_tagged_a_person_and_pinned_to_a_far_namesake_town_is_no_town(nlp):  # noqa: F811
    home, dana = _placed(_TOLD, "Harwick", "US"), _placed(_TOLD, "Dana", "FR", nth=1)
    index = _index(nlp, _TOLD, [home, dana], [])
    assert a_person_s_first_name(dana, index, [home, dana])


def test_a_word_tagged_a_person_but_pinned_to_a_town_of_the_story_s_country_stays(nlp):  # noqa: F811
    home, dana = _placed(_TOLD, "Harwick", "US"), _placed(_TOLD, "Dana", "US", nth=1)
    index = _index(nlp, _TOLD, [home, dana], [])
    assert not a_person_s_first_name(dana, index, [home, dana])
