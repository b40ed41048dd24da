"""Governors that are the deed told: completions and acts on a named addressee
(events.governed_deeds)."""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_a_completion_told_as_done_is_the_event(nlp):  # noqa: F811
    text = "Engineers in Dunmore on Friday finished repainting the old bridge."
    assert event_triggers(nlp, text) == ["finish"]


def test_an_escape_in_the_present_perfect_is_news_not_a_summing_up(nlp):  # noqa: F811
    text = "The Varnian economy has narrowly avoided sliding into recession."
    assert event_triggers(nlp, text) == ["avoid"]


def test_an_assurance_to_a_named_addressee_is_the_event(nlp):  # noqa: F811
    text = "Chief Orla Venn assured the council that the Dunmore depot would reopen."
    assert event_triggers(nlp, text) == ["assure"]


def test_a_governor_whose_complement_holds_an_event_is_dropped(nlp):  # noqa: F811
    text = "Chief Orla Venn assured the council that a fire destroyed the Dunmore depot on Sunday."
    assert "assure" not in event_triggers(nlp, text)


def test_a_completion_still_to_come_is_no_event(nlp):  # noqa: F811
    text = "Engineers in Dunmore will finish repainting the old bridge."
    assert event_triggers(nlp, text) == []


def test_a_finding_opening_its_sentence_is_news_when_parsed_under_its_content(nlp):  # noqa: F811
    text = (
        "That audit found tenants in two Dunmore blocks didn’t get any heating, "
        "didn’t always see repairs and that they had few rights."
    )
    assert event_triggers(nlp, text) == ["find"]


def test_a_finding_a_speaker_reports_after_it_stays_content(nlp):  # noqa: F811
    text = "The study found workers in Dunmore had little rest, Mayor Ivo Renn said."
    assert "find" not in event_triggers(nlp, text)
