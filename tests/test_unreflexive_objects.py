"""An object "him"/"her" of its clause's own verb never stands for that clause's subject
("Tom Reyes met Dan Ortiz. He drove him home": not Reyes; that would be "himself"), but one in
a prepositional phrase of the clause may ("He took the dog with him": Reyes), and the two
readers of pronouns (context.MentionIndex.antecedent, events.unreflexive_objects) agree on it.
Sentences written for these tests."""

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.unreflexive_objects import taken_for_own_subject
from stories.extraction.mentions import PersonMention
from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)


def _index(nlp, text: str, names: list[str]) -> MentionIndex:  # noqa: F811
    """The index with each full name, and each later family name alone, as that person."""
    people = []
    for name in names:
        start = text.index(name)
        people.append(PersonMention(name, start, start + len(name), name))
        family = name.split()[-1]
        later = text.find(family, start + len(name))
        while later >= 0:
            people.append(PersonMention(family, later, later + len(family), name))
            later = text.find(family, later + len(family))
    return MentionIndex.build(nlp(text), [], people)


def _pronoun(index: MentionIndex, word: str):
    return next(t for t in reversed(index.doc) if t.lower_ == word)


_MET = "Tom Reyes met Dan Ortiz in Lyon on Monday. "


def test_a_direct_object_him_is_not_the_clauses_own_subject(nlp):  # noqa: F811
    text = _MET + "On Tuesday Reyes drove him to the station."
    index = _index(nlp, text, ["Tom Reyes", "Dan Ortiz"])
    found = index.antecedent(_pronoun(index, "him"))
    assert found is None or found.name != "Tom Reyes"


def test_him_after_with_may_be_the_clauses_own_subject(nlp):  # noqa: F811
    text = "Tom Reyes fled Lyon on Monday. On Tuesday Reyes took the dog with him to Paris."
    index = _index(nlp, text, ["Tom Reyes"])
    found = index.antecedent(_pronoun(index, "him"))
    assert found is not None and found.name == "Tom Reyes"


def test_a_prepositional_him_is_never_ruled_out_as_the_subject(nlp):  # noqa: F811
    text = "Tom Reyes fled Lyon on Monday. On Tuesday Reyes took the dog with him to Paris."
    index = _index(nlp, text, ["Tom Reyes"])
    reyes = index.person_at[index.doc[0].i]
    assert not taken_for_own_subject(_pronoun(index, "him"), reyes, index.person)


def _antecedent_after_met(nlp, sentence: str):  # noqa: F811
    index = _index(nlp, _MET + sentence, ["Tom Reyes", "Dan Ortiz"])
    return index.antecedent(_pronoun(index, "him"))


def test_him_fired_at_is_not_the_clauses_own_subject(nlp):  # noqa: F811
    found = _antecedent_after_met(nlp, "On Tuesday Reyes fired at him in the street.")
    assert found is None or found.name != "Tom Reyes"


def test_him_a_letter_is_sent_to_is_not_the_clauses_own_subject(nlp):  # noqa: F811
    found = _antecedent_after_met(nlp, "On Tuesday Reyes sent a letter to him.")
    assert found is None or found.name != "Tom Reyes"


def test_him_a_lawsuit_is_filed_against_is_not_the_clauses_own_subject(nlp):  # noqa: F811
    found = _antecedent_after_met(nlp, "On Tuesday Reyes filed a lawsuit against him.")
    assert found is None or found.name != "Tom Reyes"


def test_him_the_keys_are_given_to_is_not_the_clauses_own_subject(nlp):  # noqa: F811
    found = _antecedent_after_met(nlp, "On Tuesday Reyes gave the keys to him.")
    assert found is None or found.name != "Tom Reyes"


def test_him_after_a_preposition_of_place_is_never_ruled_out_as_the_subject(nlp):  # noqa: F811
    text = "Tom Reyes fled Lyon on Monday. On Tuesday Reyes put the bag beside him in Paris."
    index = _index(nlp, text, ["Tom Reyes"])
    reyes = index.person_at[index.doc[0].i]
    assert not taken_for_own_subject(_pronoun(index, "him"), reyes, index.person)
