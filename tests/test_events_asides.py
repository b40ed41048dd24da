"""Asides with no time of their own: a participle naming a noun, a remark in brackets
(events.asides).

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy
from spacy.tokens import Doc

from stories.extraction.events.asides import describes_a_noun, in_brackets
from stories.extraction.mentions import EventCandidate
from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers

LEAD = "Councillors in Lyon voted on Monday to close the old library. "


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def candidate(text: str, phrase: str, trigger: str, **fields) -> EventCandidate:
    start = text.index(phrase)
    return EventCandidate(
        title=phrase,
        summary=phrase,
        quote=phrase,
        start=start,
        end=start + len(phrase),
        trigger=trigger,
        certainty="occurred",
        extra={"kind": "verb", "date_inferred": True},
        **fields,
    )


def test_an_undated_participle_after_a_noun_says_which_thing_is_meant(nlp):
    text = LEAD + "The mayor cited a report published in the Lyon Gazette."

    assert "publish" not in event_triggers(nlp, text)


def test_people_named_by_the_office_they_were_elected_to_are_no_election(nlp):
    text = LEAD + "The mayor is one of three doctors elected to the board in Paris."

    assert "elect" not in event_triggers(nlp, text)


def test_a_participle_with_a_date_of_its_own_reports_its_act(nlp):
    text = LEAD + "The mayor cited a report published on Friday in the Lyon Gazette."

    assert "publish" in event_triggers(nlp, text)


def test_a_participle_with_a_named_doer_reports_its_act(nlp):
    text = LEAD + "The vote ends a deal signed by Mayor Ivo Brant in Paris."

    signed = candidate(text, "signed by Mayor Ivo Brant", "sign")

    assert describes_a_noun(signed, nlp(text)) is False


def test_a_participle_set_against_another_happening_reports_its_act(nlp):
    text = LEAD + "The vote ends a levy imposed on the city after the flood."

    assert describes_a_noun(candidate(text, "imposed on the city", "impose"), nlp(text)) is False


def test_a_participle_on_an_event_noun_tells_that_happening(nlp):
    text = LEAD + "The vote ends the talks held in Paris."

    assert describes_a_noun(candidate(text, "held in Paris", "hold"), nlp(text)) is False


def test_the_same_participle_without_doer_or_time_describes(nlp):
    text = LEAD + "The vote ends a levy imposed on the city."

    assert describes_a_noun(candidate(text, "imposed on the city", "impose"), nlp(text)) is True


def test_an_undated_remark_in_brackets_is_the_writers_aside(nlp):
    text = LEAD + "(A similar closure in Nantes, for comparison, dragged on for three years.)"

    assert event_triggers(nlp, text) == ["vote"]


def test_a_remark_in_brackets_with_a_date_of_its_own_is_reported(nlp):
    text = LEAD + "(The branch in Nantes was closed on Friday.)"

    assert "close" in event_triggers(nlp, text)


def test_brackets_hold_a_clause_only_between_their_own_marks():
    text = "The mayor (a former judge) resigned. Two councillors left (one for Nantes)."
    resigned = candidate(text, "The mayor (a former judge) resigned", "resign")

    assert not in_brackets(resigned, text)


def parsed(nlp, rows: list[tuple[str, str, str, str, int, str]]):
    """A parse written out (word, lemma, tag, pos, head index, dep): the misreadings these
    tests are about come and go with the model, the rule's reading of them must not."""
    words, lemmas, tags, pos, heads, deps = (list(column) for column in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, lemmas=lemmas, tags=tags, pos=pos, heads=heads, deps=deps)


def test_a_participle_after_a_saying_that_dropped_its_that_is_the_reported_verb(nlp):
    doc = parsed(
        nlp,
        [
            ("Farmers", "farmer", "NNS", "NOUN", 1, "nsubj"),
            ("claimed", "claim", "VBD", "VERB", 1, "ROOT"),
            ("a", "a", "DT", "DET", 3, "det"),
            ("meteorite", "meteorite", "NN", "NOUN", 1, "dobj"),
            ("struck", "strike", "VBN", "VERB", 3, "acl"),
            ("the", "the", "DT", "DET", 6, "det"),
            ("barn", "barn", "NN", "NOUN", 4, "dobj"),
            (".", ".", ".", "PUNCT", 1, "punct"),
        ],
    )

    assert describes_a_noun(candidate(doc.text, "struck the barn", "strike"), doc) is False


def test_a_participle_after_a_verb_that_takes_a_thing_describes_it(nlp):
    doc = parsed(
        nlp,
        [
            ("Farmers", "farmer", "NNS", "NOUN", 1, "nsubj"),
            ("cited", "cite", "VBD", "VERB", 1, "ROOT"),
            ("a", "a", "DT", "DET", 3, "det"),
            ("report", "report", "NN", "NOUN", 1, "dobj"),
            ("published", "publish", "VBN", "VERB", 3, "acl"),
            ("in", "in", "IN", "ADP", 4, "prep"),
            ("Lyon", "Lyon", "NNP", "PROPN", 5, "pobj"),
            (".", ".", ".", "PUNCT", 1, "punct"),
        ],
    )

    assert describes_a_noun(candidate(doc.text, "published in Lyon", "publish"), doc) is True


def test_a_participle_in_a_sentence_with_no_other_tensed_verb_is_its_verb(nlp):
    doc = parsed(
        nlp,
        [
            ("Police", "police", "NNS", "NOUN", 6, "nsubj"),
            ("deployed", "deploy", "VBN", "VERB", 0, "acl"),
            ("in", "in", "IN", "ADP", 1, "prep"),
            ("Lyon", "Lyon", "NNP", "PROPN", 2, "pobj"),
            (",", ",", ",", "PUNCT", 6, "punct"),
            ("to", "to", "TO", "PART", 6, "aux"),
            ("guard", "guard", "VB", "VERB", 6, "ROOT"),
            ("the", "the", "DT", "DET", 8, "det"),
            ("docks", "dock", "NNS", "NOUN", 6, "dobj"),
            (".", ".", ".", "PUNCT", 6, "punct"),
        ],
    )

    assert describes_a_noun(candidate(doc.text, "deployed in Lyon", "deploy"), doc) is False


def test_a_participle_after_a_judgement_that_dropped_its_that_is_the_reported_verb(nlp):
    doc = parsed(
        nlp,
        [
            ("Officers", "officer", "NNS", "NOUN", 1, "nsubj"),
            ("assessed", "assess", "VBD", "VERB", 1, "ROOT"),
            ("the", "the", "DT", "DET", 3, "det"),
            ("convoy", "convoy", "NN", "NOUN", 1, "dobj"),
            ("crossed", "cross", "VBN", "VERB", 3, "acl"),
            ("the", "the", "DT", "DET", 6, "det"),
            ("border", "border", "NN", "NOUN", 4, "dobj"),
            (".", ".", ".", "PUNCT", 1, "punct"),
        ],
    )

    assert describes_a_noun(candidate(doc.text, "crossed the border", "cross"), doc) is False
