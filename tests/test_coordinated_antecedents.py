"""A sentence-opening "they" after a sentence whose subject is people joined by "and" means
them (events.coordinated_antecedents, context.MentionIndex.antecedent_noun); an object
"him" in that clause is none of them. Sentences written for these tests."""

import re

from stories.extraction.events import extract_events
from stories.extraction.mentions import PersonMention
from tests.test_events import PUBLISHED, _mentions, nlp  # noqa: F401 (nlp is a fixture)
from tests.test_events_pronouns import _events

_SEARCH = (
    "When Ana Ruiz got a call that her son had not come home, she and family members went "
    "looking for him."
)
_FOUND = "They found him in a ditch on Main Road in Lyon on Wednesday."


def _titles(nlp, text: str, people: dict[str, str]) -> list[str]:  # noqa: F811
    return [e.title for e in _events(nlp, text, people)]


def test_they_opening_a_sentence_after_people_joined_by_and_is_them(nlp):  # noqa: F811
    titles = _titles(nlp, f"{_SEARCH} {_FOUND}", {"Ana Ruiz": "Ana Ruiz"})
    assert any(t.startswith("Ana Ruiz and family members find") for t in titles)


def test_an_object_him_is_none_of_the_people_the_they_stands_for(nlp):  # noqa: F811
    titles = _titles(nlp, f"{_SEARCH} {_FOUND}", {"Ana Ruiz": "Ana Ruiz"})
    assert not any("find Ana Ruiz" in t for t in titles)


def test_they_after_things_joined_by_and_is_no_one(nlp):  # noqa: F811
    text = f"The fire and the wind came over the hill. {_FOUND}"
    assert not any("find" in t for t in _titles(nlp, text, {}))


def test_they_after_a_paragraph_break_is_no_one(nlp):  # noqa: F811
    titles = _titles(nlp, f"{_SEARCH}\n\n{_FOUND}", {"Ana Ruiz": "Ana Ruiz"})
    assert not any("family members find" in t for t in titles)


def test_an_object_pronoun_after_a_coordinated_they_is_none_of_its_members(nlp):  # noqa: F811
    text = (
        "Dana Cole and Mike Ford searched the woods on Monday. Mike Ford spoke to reporters. "
        "They found him near a creek."
    )
    people = [
        PersonMention(m.group(), m.start(), m.end(), m.group())
        for m in re.finditer("Dana Cole|Mike Ford", text)
    ]
    places, _, times = _mentions(text)
    found = extract_events(
        nlp(text), times=times, places=places, people=people, published=PUBLISHED
    )
    titles = [e.title for e in found]
    assert not any("find Mike Ford" in t or "find Dana Cole" in t for t in titles)


def test_a_they_after_a_pair_with_i_or_we_is_not_that_pair(nlp):  # noqa: F811
    text = "My brother and I searched the woods on Monday. They found the boy near a creek."
    assert not any("and I find" in t for t in _titles(nlp, text, {}))
