"""A clause that completes a verb of finding, thinking or feeling is no happening of the story;
one a source says is (events.statements.unsaid_complement, applied by events.genre).

Short sentences written for these tests.
"""

from stories.extraction.events.statements import unsaid_complement
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def _verb(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_what_researchers_found_is_not_a_happening(nlp):  # noqa: F811
    doc = nlp("The researchers found that the mice carried more parasites.")

    assert unsaid_complement(_verb(doc, "carried"))


def test_what_someone_expects_is_not_a_happening(nlp):  # noqa: F811
    doc = nlp("Analysts expect that dealers will sell fewer cars this year.")

    assert unsaid_complement(_verb(doc, "sell"))


def test_what_a_source_says_is_news(nlp):  # noqa: F811
    doc = nlp("The police said that officers arrested two men in Lyon.")

    assert not unsaid_complement(_verb(doc, "arrested"))


def test_what_a_speech_act_takes_is_news(nlp):  # noqa: F811
    doc = nlp("The mayor denied that the council closed the library.")

    assert not unsaid_complement(_verb(doc, "closed"))


def test_a_main_clause_is_no_complement(nlp):  # noqa: F811
    doc = nlp("Officers arrested two men in Lyon.")

    assert not unsaid_complement(_verb(doc, "arrested"))


def test_a_clause_across_a_semicolon_is_a_sentence_of_its_own(nlp):  # noqa: F811
    doc = nlp("That deal closed in June; the founder remains a major shareholder.")

    assert not unsaid_complement(_verb(doc, "closed"))


def test_a_found_complement_gives_no_event(nlp):  # noqa: F811
    text = _LEAD + "Inspectors later found that workers had damaged the roof."

    assert "damage" not in [e.trigger for e in events_of(nlp, text)]


def test_a_said_complement_gives_its_event(nlp):  # noqa: F811
    text = _LEAD + "Police said workers damaged the roof on Tuesday."

    assert "damage" in [e.trigger for e in events_of(nlp, text)]


def test_a_speculation_is_left_to_the_certainty_reading(nlp):  # noqa: F811
    doc = nlp("Some analysts speculate the fleet is headed for Port Sable.")

    assert not unsaid_complement(_verb(doc, "headed"))


def test_what_someone_makes_sure_of_is_an_intention_not_a_finding(nlp):  # noqa: F811
    doc = nlp("The campaign said it would make sure every vote was counted.")

    assert not unsaid_complement(_verb(doc, "counted"))


def test_a_plan_under_a_verb_of_finding_is_left_to_the_certainty_reading(nlp):  # noqa: F811
    text = _LEAD + "Analysts found that Acme Corp. will open a second plant next year."

    assert "open" in [e.trigger for e in events_of(nlp, text)[1:]]


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str]):  # noqa: F811
    """A parse given by hand: the shapes below are parser slips, not what it does every time."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps)


def test_a_complement_parsed_before_its_verb_is_a_clause_of_its_own(nlp):  # noqa: F811
    # "Two men died in Lyon, after clashes erupted." with "died" hung on "erupted"
    words = ["Two", "men", "died", "in", "Lyon", ",", "after", "clashes", "erupted", "."]
    heads = [1, 2, 8, 2, 3, 8, 8, 8, 8, 8]
    deps = ["nummod", "nsubj", "ccomp", "prep", "pobj", "punct", "mark", "nsubj", "ROOT", "punct"]

    assert not unsaid_complement(_parsed(nlp, words, heads, deps)[2])


def test_a_complement_opened_by_since_is_a_clause_of_its_own(nlp):  # noqa: F811
    # "Women remain rare since Ann Lee became the first woman." with "became" a complement
    words = ["Women", "remain", "rare", "since", "Lee", "became", "the", "first", "woman", "."]
    heads = [1, 1, 1, 5, 5, 1, 8, 8, 5, 1]
    deps = ["nsubj", "ROOT", "acomp", "mark", "nsubj", "ccomp", "det", "amod", "attr", "punct"]

    assert not unsaid_complement(_parsed(nlp, words, heads, deps)[5])
