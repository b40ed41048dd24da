"""Whether a brief story that arrives as one block opens on its lead or on its headline
(events.brief_leads, asked by events.reporters_notes.headline_end_in).

Short texts written for these tests.
"""

from stories.extraction.events.reporters_notes import headline_end_in
from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

# What follows the first sentence: a brief story, one block, too short for inferred paragraphs,
# whose second sentence tells something new rather than the first sentence again.
REST = (
    " Traders blamed a dry summer on the plains, a market bulletin from Kelbury said on "
    "Monday. Bakers expect to pass the cost on to shoppers before the winter."
)


def test_an_undated_intransitive_past_opening_a_brief_block_is_its_lead(nlp):  # noqa: F811
    text = "Wheat prices rose sharply." + REST

    assert headline_end_in(nlp(text), text) == 0
    assert "rise" in event_triggers(nlp, text)


def test_an_undated_past_with_an_object_opening_a_brief_block_is_its_lead(nlp):  # noqa: F811
    text = "The grain board approved a new levy." + REST

    assert headline_end_in(nlp(text), text) == 0


def test_a_past_the_next_sentence_retells_is_still_a_headline(nlp):  # noqa: F811
    # The look-alike: the body's first sentence says the same in full.
    text = (
        "Wheat prices rose in Kelbury. Wheat prices in Kelbury rose by a fifth on Monday, "
        "a market bulletin said. Bakers expect to pass the cost on to shoppers."
    )

    assert text[headline_end_in(nlp(text), text) :].startswith("Wheat prices in Kelbury")


def test_a_past_with_a_dropped_article_is_still_a_headline(nlp):  # noqa: F811
    # The look-alike: "with ruling" where prose writes "with the ruling": a headline's grammar.
    text = "Farmers disappointed with ruling on dam." + REST

    assert text[headline_end_in(nlp(text), text) :].startswith("Traders")


def test_a_past_in_title_case_is_still_a_headline(nlp):  # noqa: F811
    text = "Wheat Prices Rose Sharply." + REST

    assert text[headline_end_in(nlp(text), text) :].startswith("Traders")
