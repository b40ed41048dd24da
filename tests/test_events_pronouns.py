"""Who a pronoun stands for (events.context): the clause's actor is named in its title only
when the article says who it is. People are handed in as the recognizer delivers them."""

import re

from stories.extraction.events import extract_events
from stories.extraction.mentions import PersonMention
from tests.test_events import PUBLISHED, _mentions, nlp  # noqa: F401 (nlp is a fixture)


def _events(nlp, text: str, people: dict[str, str]):  # noqa: F811
    """Events of `text` with each form in `people` recognised at its first occurrence only."""
    places, _, times = _mentions(text)
    found = []
    for form, name in people.items():
        match = re.search(rf"\b{re.escape(form)}\b", text)
        if match:
            found.append(PersonMention(form, match.start(), match.end(), name))
    found.sort(key=lambda p: p.start)
    return extract_events(nlp(text), times=times, places=places, people=found, published=PUBLISHED)


def test_they_after_a_coordinated_speaker_is_the_whole_coordination(nlp):  # noqa: F811
    text = "Tom Lee and his team reported that they detected a comet in Lyon on Monday."
    (event,) = _events(nlp, text, {"Tom Lee": "Tom Lee"})
    assert event.title == "Tom Lee and team detect comet in Lyon"


def test_they_after_two_people_named_together_is_both(nlp):  # noqa: F811
    text = (
        "The post caught the eye of two senators, Ana Ruiz and Jane Doe. They criticised the "
        "company in Lyon on Tuesday."
    )
    events = _events(nlp, text, {"Ana Ruiz": "Ana Ruiz", "Jane Doe": "Jane Doe"})
    assert "Ana Ruiz and Jane Doe criticise company in Lyon" in [e.title for e in events]


def test_a_person_in_apposition_to_a_subject_is_the_next_he(nlp):  # noqa: F811
    text = (
        "When the chemist Tom Lee looked inside the sample, nothing moved. He found a strange "
        "crystal in Lyon on Monday."
    )
    titles = [e.title for e in _events(nlp, text, {"Tom Lee": "Tom Lee"})]
    assert "Tom Lee finds crystal in Lyon" in titles


def test_an_unnamed_speaker_is_the_he_of_the_next_sentence(nlp):  # noqa: F811
    text = "The man told doctors he ate rabbit meat. He was admitted to hospital in Lyon on Monday."
    titles = [e.title for e in _events(nlp, text, {})]
    assert "Man admitted in Lyon" in titles


def test_he_deep_inside_reported_speech_is_still_the_speaker(nlp):  # noqa: F811
    text = "The governor said he was waiting for a panel he appointed in Lyon on Monday."
    titles = [e.title for e in _events(nlp, text, {})]
    assert any(t.startswith("Governor appoints") for t in titles)


def test_a_byline_joined_to_the_text_is_no_antecedent(nlp):  # noqa: F811
    text = (
        "Jane Doe, diplomatic correspondent\n\nThe refuge ended in April, when he was dragged "
        "out by police in Lyon."
    )
    titles = [e.title for e in _events(nlp, text, {"Jane Doe": "Jane Doe"})]
    assert not any("Jane" in t or "Doe" in t for t in titles)
