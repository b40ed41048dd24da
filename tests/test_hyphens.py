"""Words with a verbal prefix and a hyphen stay one token (stories.extraction.hyphens)."""

from stories.extraction.nlp import get_nlp
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_prefixed_verb_is_one_token_with_the_prefixed_lemma():
    doc = get_nlp()("Louisiana Democrats re-elected the governor.")
    assert [(t.text, t.lemma_) for t in doc if "-" in t.text] == [("re-elected", "re-elect")]


def test_other_hyphens_still_split_the_words():
    doc = get_nlp()("Anti-government protests spread to Delhi-NCR.")
    assert "Delhi-NCR" not in [t.text for t in doc]


def test_a_verb_done_again_keeps_its_class(nlp):  # noqa: F811
    events = events_of(nlp, "Louisiana Democrats re-elected Governor John Bel Edwards on Saturday.")
    assert [(e.trigger, e.extra["class"]) for e in events] == [("re-elect", "vote")]


def test_a_compound_ending_in_in_is_one_token():
    doc = get_nlp()("Lawyers vowed to sit-in at the parliament after a break-in.")
    assert [t.text for t in doc if "-" in t.text] == ["sit-in", "break-in"]


def test_a_hyphen_before_off_still_splits_the_words():
    doc = get_nlp()("Wall Street's initial sell-off knocked it down.")
    assert "sell-off" not in [t.text for t in doc]


def test_a_dash_before_in_still_splits_the_words():
    doc = get_nlp()("Voters came on Tuesday, a turnout the city has rarely seen—in droves.")
    assert "seen—in" not in [t.text for t in doc]


def test_a_number_before_in_still_splits():
    doc = get_nlp()("A 32-in TV was stolen from the house.")
    assert "32-in" not in [t.text for t in doc]


def test_a_plural_compound_ending_in_ins_is_one_token():
    doc = get_nlp()("Sit-ins spread to Oslo after a string of break-ins.")
    assert [t.text for t in doc if "-" in t.text] == ["Sit-ins", "break-ins"]


def test_a_lowercase_in_compound_is_a_common_noun():
    doc = get_nlp()("The governor condemned the sit-in at the ministry. Sit-ins spread.")
    assert [(t.text, t.pos_, t.lemma_) for t in doc if "-" in t.text] == [
        ("sit-in", "NOUN", "sit-in"),
        ("Sit-ins", "NOUN", "sit-in"),
    ]


def test_a_name_ending_in_in_stays_a_proper_noun():
    doc = get_nlp()("President Moon Jae-in met Kim Jong-in in Seoul.")
    assert {t.pos_ for t in doc if "-" in t.text} == {"PROPN"}
