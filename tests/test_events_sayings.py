"""Sayings that are the news themselves (events.sayings): a named speaker's claim or position,
told as news, when what is said is no happening of its own."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences that open a story, so that a saying after them is outside its lead.
_OPENING = "The ferry left Dover at noon on Sunday. It reached Calais an hour later. "


def _statements(events):
    return [e for e in events if e.extra.get("class") == "statement"]


def test_dated_claim_of_a_named_speaker_is_a_statement(nlp):  # noqa: F811
    text = _OPENING + (
        "The Finance Ministry said on Monday that lifting the duties is a condition for any deal."
    )
    (event,) = _statements(events_of(nlp, text))
    assert (event.title, event.date_start.isoformat()) == (
        "Finance Ministry says lifting the duties is a condition for any deal",
        "2024-03-04",
    )


def test_claim_in_the_lead_is_a_statement(nlp):  # noqa: F811
    text = "Mara Lind said that the claims about sanctions were groundless. She spoke in Oslo."
    (event,) = _statements(events_of(nlp, text))
    assert event.trigger == "say"


def test_claim_in_the_present_perfect_is_a_statement(nlp):  # noqa: F811
    text = _OPENING + "Mara Lind has told staff that she wants the firm to turn a profit."
    (event,) = _statements(events_of(nlp, text))
    assert event.title.startswith("Mara Lind tells staff")


def test_undated_claim_later_in_the_story_stays_a_frame(nlp):  # noqa: F811
    text = _OPENING + "Mara Lind said that the claims about sanctions were groundless."
    assert _statements(events_of(nlp, text)) == []


def test_saying_that_closes_a_quotation_stays_a_frame(nlp):  # noqa: F811
    text = _OPENING + "“The claims about sanctions are groundless,” Mara Lind said on Monday."
    assert _statements(events_of(nlp, text)) == []


def test_reported_happening_is_the_event_not_the_saying(nlp):  # noqa: F811
    text = "The Finance Ministry said on Monday that a ferry sank off Dover."
    events = events_of(nlp, text)
    assert _statements(events) == [] and [e.trigger for e in events] == ["sink"]


def test_unnamed_speaker_makes_no_statement(nlp):  # noqa: F811
    text = "Someone said on Monday that the claims about sanctions were groundless."
    assert _statements(events_of(nlp, text)) == []


def test_a_statement_too_long_for_a_title_is_said_cut_at_a_word(nlp):  # noqa: F811
    text = _OPENING + (
        "The Finance Ministry said on Monday that lifting every one of the import duties on "
        "steel and aluminium is a condition for any lasting deal."
    )
    (event,) = _statements(events_of(nlp, text))
    assert event.title == "Finance Ministry says lifting every one of the import duties on steel…"


def test_confirming_a_happening_on_a_stated_day_is_news(nlp):  # noqa: F811
    text = "Police confirmed on Friday that the car found near the river belonged to the mayor."
    events = events_of(nlp, text)
    assert "confirm" in [e.trigger for e in _statements(events)]


def test_stressing_in_the_lead_is_news_even_over_a_happening(nlp):  # noqa: F811
    text = "The Arctic Council stressed that the ruling would not change the border."
    assert [e.trigger for e in _statements(events_of(nlp, text))] == ["stress"]


def test_saying_a_happening_on_a_stated_day_stays_its_frame(nlp):  # noqa: F811
    text = "Police said on Friday that the car found near the river belonged to the mayor."
    assert _statements(events_of(nlp, text)) == []
