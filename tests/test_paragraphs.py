"""Paragraphs inferred from sentences in a text that arrives as one unbroken block
(stories.paragraphs), and what reads them: the dateline after a headline, the narrative time
of a paragraph.

Short texts written for these tests; the unbroken ones are padded past LONG_STRETCH with
sentences of their own.
"""

from stories import paragraphs
from stories.datelines import find_dateline
from stories.paragraphs import (
    LONG_STRETCH,
    blank_lines,
    headline_end,
    inferred_breaks,
    paragraph_starts,
    sentence_ends,
)

_FILLER = " ".join(
    f"The committee met for the {n}th time in the old hall and talked about the roads."
    for n in range(4, 30)
)


def _unbroken(*sentences: str) -> str:
    text = " ".join(sentences) + " " + _FILLER
    assert len(text) > LONG_STRETCH and "\n" not in text
    return text


def _starting(text: str, starts) -> list[str]:
    return [text[s : s + 12] for s in starts]


def test_an_unbroken_text_is_read_as_paragraphs_of_three_sentences_after_the_first():
    text = _unbroken(
        "Storm hits coast.", "The storm hit Bergen.", "It rained.", "Roads shut.", "Rail too."
    )

    starts = _starting(text, paragraph_starts(text))

    assert starts[:3] == [text[:12], "The storm hi", "Rail too. Th"]


def test_a_sentence_opening_on_a_time_of_its_own_starts_a_paragraph():
    text = _unbroken(
        "Storm hits coast.", "The storm hit Bergen.", "In 2003, a dam broke.", "It flooded."
    )

    starts = _starting(text, paragraph_starts(text))

    assert starts[:3] == [text[:12], "The storm hi", "In 2003, a d"]


def test_a_text_whose_lines_are_paragraphs_keeps_its_own_paragraphs():
    text = "The storm hit Bergen. It rained.\n\nRoads shut. " + _FILLER[:300]

    assert inferred_breaks(text) == ()
    assert paragraph_starts(text) == [0, text.index("Roads")]


def test_a_short_unbroken_text_is_one_paragraph():
    assert inferred_breaks("The storm hit Bergen. It rained. Roads shut.") == ()


def test_a_title_or_an_abbreviation_ends_no_sentence():
    stretch = "Gov. Ann Lee met Lt. Col. Tom Roe in the U.S. capital at 8 a.m. Monday. It rained."

    assert _starting(stretch, sentence_ends(stretch)) == ["It rained."]


def test_a_time_of_day_before_a_new_sentence_ends_it():
    stretch = "The fire was reported at 8 a.m. It spread fast."

    assert _starting(stretch, sentence_ends(stretch)) == ["It spread fa"]


def test_a_quotation_of_several_sentences_stays_in_one_paragraph():
    stretch = '"We came. We saw it burn," Lee said. Roads shut.'

    assert _starting(stretch, sentence_ends(stretch)) == ["Roads shut."]


def test_a_quotation_opened_again_without_closing_starts_a_new_paragraph():
    # The newspaper convention: a quote that runs on into the next paragraph opens it again.
    stretch = '"We came to the door. "We kicked it in," Lee said. Roads shut.'

    assert _starting(stretch, sentence_ends(stretch)) == ['"We kicked i', "Roads shut."]


def test_a_short_first_sentence_of_an_unbroken_text_is_a_headline():
    text = _unbroken("Storm hits coast.", "The storm hit Bergen on Monday.")

    assert text[headline_end(text) :].startswith("The storm hit Bergen")


def test_a_long_first_sentence_is_no_headline(monkeypatch):
    monkeypatch.setattr(paragraphs, "HEADLINE_WORDS", 3)
    text = _unbroken("The storm hit the coast of Norland.", "It rained.")

    assert headline_end(text) == 0


def test_a_dateline_after_a_headline_in_an_unbroken_text_is_found():
    text = _unbroken("Storm hits coast.", "BERGEN -- The storm hit the town on Monday.")

    dateline = find_dateline(text)

    assert dateline is not None and dateline.city == "BERGEN"
    assert text[dateline.city_start : dateline.city_end] == "BERGEN"
    assert text[dateline.body_start :].startswith("The storm hit")


def test_a_dateline_after_a_headline_line_of_a_text_with_paragraphs_is_found():
    # the lines a page sets above its dateline: stories.top_matter
    text = "Storm hits coast.\n\nBERGEN -- The storm hit the town on Monday."

    dateline = find_dateline(text)

    assert dateline is not None and text[dateline.city_start : dateline.city_end] == "BERGEN"


def test_a_headline_above_the_dateline_of_an_unbroken_text_tells_no_event():
    from stories.extraction.nlp import get_nlp
    from tests.test_event_placing import placed_events

    text = _unbroken("Storm floods coast.", "LYON -- A storm flooded the town on Monday.")

    events = placed_events(get_nlp(), text)

    assert all(e.start > text.index("LYON") for e in events)
    assert any(e.trigger == "flood" for e in events)


def test_a_time_said_once_in_an_unbroken_text_does_not_run_on_to_later_paragraphs(events_of):
    import datetime

    text = _unbroken(
        "Storm hits coast.",
        "Rescuers reached the village of Bergen on Sunday.",
        "The water rose fast.",
        "Many roads were cut.",
        "Some homes were lost.",
        "Engineers have now inspected the dam.",
    )

    event = events_of(text)["inspect"]

    assert (event.date_start, event.extra["date_from"]) == (
        datetime.date(2023, 9, 12),
        "publication",
    )


def test_a_run_of_blank_lines_is_one_paragraph_break():
    text = "Storm hits coast.\n\n \n  Roads shut."

    breaks = blank_lines(text)

    assert breaks == [(text.index("\n"), text.index("  Roads"))]


def test_a_short_first_sentence_of_a_short_unbroken_text_is_a_headline():
    # A brief story scraped as one block has its headline too, though no paragraph is inferred.
    text = "Gale topples trucks on Norland highway. A gale blew over six trucks on Monday."

    assert text[headline_end(text) :].startswith("A gale blew")


def test_a_headline_with_an_abbreviation_ends_after_the_abbreviation():
    text = "Missing Ore. hiker found near lake. Rangers found the hiker on Sunday, police said."

    assert text[headline_end(text) :].startswith("Rangers found")


def test_a_short_text_whose_lines_are_paragraphs_has_no_inferred_headline():
    text = "Gale topples trucks.\nA gale blew over six trucks on Monday. Roads shut."

    assert headline_end(text) == 0
