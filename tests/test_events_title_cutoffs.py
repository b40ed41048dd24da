"""Titles do not stop mid-thought (events.title_objects): an infinitive whose object is too
long keeps the object's first member, a linking infinitive keeps its adjective, and a relative
clause with no relative word gives its verb the noun it describes."""

from stories.extraction.events.title_objects import contact_object
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _titles(nlp, text, trigger):  # noqa: F811
    return [e.title for e in events_of(nlp, text) if e.trigger == trigger]


def _verb(doc, word):
    return next(t for t in doc if t.lower_ == word)


def test_an_infinitive_with_a_long_object_keeps_the_object_short(nlp):  # noqa: F811
    text = (
        "As part of the deal, Brenton prosecutors agreed on Monday to drop three felony theft"
        " charges and a trespass charge against Dana Kroll."
    )
    assert _titles(nlp, text, "agree") == [
        "Brenton prosecutors agree to drop three felony theft charges"
    ]


def test_a_linking_infinitive_keeps_its_adjective(nlp):  # noqa: F811
    text = "Early reports of a gas leak at the Marlow depot on Tuesday turned out to be false."
    assert _titles(nlp, text, "turn") == ["Reports turn out to be false"]


def test_a_relative_clause_without_a_relative_word_acts_on_its_noun(nlp):  # noqa: F811
    doc = nlp("Mr. Varga continued the intensive diplomacy he began after the flood last August.")
    assert contact_object(_verb(doc, "began")).text == "diplomacy"


def test_a_relative_clause_on_a_manner_noun_acts_on_nothing(nlp):  # noqa: F811
    doc = nlp("Neighbours in Brenton praised the way she spoke after the flood last August.")
    assert contact_object(_verb(doc, "spoke")) is None


def test_a_relative_clause_with_a_stranded_preposition_acts_on_nothing(nlp):  # noqa: F811
    doc = nlp("Mr. Varga sold the house he lived in for forty years.")
    assert contact_object(_verb(doc, "lived")) is None


def test_an_organisation_told_as_it_keeps_what_it_agreed_to_do(nlp):  # noqa: F811
    text = (
        "Norland Foods Inc. said on Monday it agreed to sell its Crispo, Maltby and Fennel candy"
        " businesses to Brenton Holdings Corp.'s food unit for $30 million."
    )
    assert _titles(nlp, text, "agree") == ["Norland Foods Inc. agrees to sell candy businesses"]


def test_a_verb_moving_someone_to_act_says_what_they_were_to_do(nlp):  # noqa: F811
    text = "On Monday the Marlow council asked the Brenton court to delay the vote."
    assert _titles(nlp, text, "ask") == ["Marlow council asks Brenton court to delay vote"]


def test_a_negated_infinitive_keeps_its_not(nlp):  # noqa: F811
    text = "Mayor Ella Marsh urged the public in Brenton on Friday not to tolerate the threats."
    assert _titles(nlp, text, "urge") == ["Mayor Ella Marsh urges public not to tolerate threats"]


def test_an_infinitive_of_motion_keeps_where_it_goes(nlp):  # noqa: F811
    text = "Police Chief Dana Kroll urged residents on Monday to go to the Brenton town hall."
    assert _titles(nlp, text, "urge") == [
        "Police Chief Dana Kroll urges residents to go to Brenton town hall"
    ]


def test_a_disclosure_is_titled_with_what_was_disclosed(nlp):  # noqa: F811
    text = (
        "The Brenton council yesterday disclosed that the Marlow bridge has been closed since May."
    )
    assert _titles(nlp, text, "disclose") == [
        "Brenton council discloses the Marlow bridge has been closed since May"
    ]


def test_taking_to_somewhere_keeps_where(nlp):  # noqa: F811
    text = "On Thursday, Lina Ost took to social media in Brenton to thank her fans."
    assert _titles(nlp, text, "take") == ["Lina Ost takes to social media"]
