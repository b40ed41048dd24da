"""Breaks the layout makes certain: a blank line, the end of a dateline
(stories.extraction.sentence_breaks)."""

from stories.extraction.nlp import get_nlp
from stories.extraction.sentence_breaks import layout_line, story_sentences
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _starts(text: str) -> list[int]:
    return [sentence.start_char for sentence in get_nlp()(text).sents]


def test_a_headline_without_a_stop_ends_at_the_blank_line():
    text = "Storm batters the coast towns\n\nThe storm cut power to 3,000 homes on Monday."
    assert text.index("The storm") in _starts(text)


def test_a_dateline_before_an_underscore_is_not_part_of_the_lead():
    text = "\nBRAMLEY, Norland (AP)_ Tired of waiting, the farmers' union called a strike Friday."
    assert _starts(text)[:2] == [0, text.index("Tired")]


def test_a_dateline_before_a_dash_is_not_part_of_the_lead():
    text = "BRAMLEY, Norland (AP) — The farmers' union called a national strike Friday."
    assert text.index("The farmers") in _starts(text)


def test_a_closing_quote_stays_with_the_paragraph_it_closes():
    text = 'The mayor spoke first. "We will rebuild the bridge."\n\nWork began on Monday.'
    sentences = [s.text for s in get_nlp()(text).sents]
    assert sentences[-1] == "Work began on Monday."
    assert not any(s.strip() == '"' for s in sentences), sentences


def test_a_paragraph_ending_on_an_ellipsis_runs_on():
    text = "The mayor put it this way…\n\nwe will rebuild the bridge by spring."
    assert text.index("we will") not in _starts(text)


def test_the_text_and_its_offsets_are_unchanged():
    text = "BRAMLEY (Reuters) - Police arrested two men.\n\nA third man fled."
    doc = get_nlp()(text)
    assert doc.text == text
    assert [t.idx for t in doc if t.text == "Police"] == [text.index("Police")]


def test_the_leads_named_actor_going_on_with_a_move_is_the_news(nlp):  # noqa: F811
    text = (
        "\nBRAMLEY, Norland (AP)_ Tired of being sidelined, Norland astronaut Peter Vasko is "
        "leaving for Canada to start a new career, he said Saturday."
    )
    assert any("Vasko leaves" in event.title for event in events_of(nlp, text))


def test_the_leads_unnamed_actor_going_on_still_describes(nlp):  # noqa: F811
    events = events_of(nlp, "The corner shop is offering cheap lamps to passers-by.")
    assert not any("offer" in event.title.lower() for event in events)


def test_a_dateline_is_not_read_as_the_leads_subject(nlp):  # noqa: F811
    text = "BRAMLEY, Norland (AP) — The Norland farmers' union called a national strike Friday."
    titles = [event.title for event in events_of(nlp, text)]
    assert titles and not any(title.startswith("Bramley") for title in titles), titles


def test_a_byline_on_its_own_line_is_a_sentence_of_its_own():
    text = "By Jane Roe, Staff Writer\nThe Bramley council voted on Monday to close the library."
    assert _starts(text) == [0, text.index("The Bramley")]


def test_story_sentences_leave_out_a_headline_and_a_byline():
    text = "Council votes to close library\nBy Jane Roe\nThe council voted on Monday. It met late."
    sentences = [s.text for s in story_sentences(get_nlp()(text))]
    assert sentences == ["The council voted on Monday.", "It met late."]


def test_a_headline_above_the_story_is_no_sentence_of_the_lead(nlp):  # noqa: F811
    text = (
        "Talks collapse in Bramley\n\nThe Bramley union called a strike on Monday. "
        "The long dispute has divided the town."
    )
    assert any("divide" in event.title.lower() for event in events_of(nlp, text))


def test_a_line_ending_without_a_stop_is_a_layout_line():
    doc = get_nlp()("Barn fire in Bramley\n\nA fire destroyed a barn on Monday.\n\nNo one died.")
    assert [layout_line(s) for s in doc.sents] == [True, False, False]
