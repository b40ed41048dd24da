"""A title found rather than the event lost (real-news recall: events.titles, events.clauses).

A clause whose object is "it" takes the thing its sentence named before (a name acting on an
untraced "it" is titled without it); a "he" or "she" no subject accounts for, in a clause with
its own date or place, is the last person named; a sighting verb with
no place ("a man who saw his doctor") is titled as its subject's deed. Short sentences written
for these tests.
"""

from tests.test_events import event_titles, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def test_an_object_it_takes_the_thing_its_sentence_named_before(nlp):  # noqa: F811
    text = _LEAD + (
        "A third case of the plague was reported, after two people contracted it in Beijing "
        "on Monday."
    )

    assert any("plague" in t for t in event_titles(nlp, text, "contract"))


def test_an_object_it_with_nothing_named_before_gives_no_title(nlp):  # noqa: F811
    text = _LEAD + "Two people contracted it in Beijing on Monday."

    assert event_titles(nlp, text, "contract") == []


def test_a_sighting_without_a_place_is_its_subjects_deed(nlp):  # noqa: F811
    text = _LEAD + "A man saw his doctor on Tuesday."

    assert event_titles(nlp, text, "see") == ["Man sees doctor"]


def test_a_sighting_denied_stays_out(nlp):  # noqa: F811
    text = _LEAD + "Teachers did not see the governor on Tuesday."

    assert event_titles(nlp, text, "see") == []


def test_a_name_parsed_as_the_verbs_compound_is_its_subject():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from stories.extraction.events.verb_subjects import subject_of

    words = ["Google", "Stadia", "launches", "tomorrow", "."]
    doc = Doc(
        Vocab(),
        words=words,
        pos=["PROPN", "PROPN", "VERB", "NOUN", "PUNCT"],
        heads=[1, 2, 2, 2, 2],
        deps=["compound", "compound", "ROOT", "npadvmod", "punct"],
    )

    assert subject_of(doc[2]).text == "Stadia"


def test_a_she_no_subject_accounts_for_is_the_last_person_named(nlp):  # noqa: F811
    text = _LEAD + ("The award went to Ana Ruiz's film. On Tuesday, she signed a contract in Lyon.")

    assert event_titles(nlp, text, "sign") == ["Ana Ruiz signs contract in Lyon"]


def test_a_she_goes_on_with_the_she_before_it_in_its_sentence(nlp):  # noqa: F811
    text = _LEAD + (
        "Critics praised Ana Ruiz's speech. She is seen as a rival to Jane Doe, and she "
        "signed the treaty in Paris on Tuesday."
    )

    assert event_titles(nlp, text, "sign") == ["Ana Ruiz signs treaty in Paris"]


def test_a_guessed_she_needs_a_date_or_place_of_its_own(nlp):  # noqa: F811
    text = _LEAD + "The award went to Ana Ruiz's film. She signed the contract."

    assert event_titles(nlp, text, "sign") == []


def test_a_named_subject_acting_on_an_untraced_it_is_titled_without_it(nlp):  # noqa: F811
    text = _LEAD + (
        "The final was tight until the last minute. On Sunday, Tom Nelson won it with a late shot."
    )

    assert event_titles(nlp, text, "win") == ["Tom Nelson wins"]
