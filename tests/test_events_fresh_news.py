"""Present perfects and progressives after the lead that report fresh news (events.noise)."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "The market opened quietly on Monday. Traders were calm. "


def _titles(nlp, text: str) -> list[str]:  # noqa: F811
    return [event.title for event in events_of(nlp, _LEAD + text)]


def test_present_perfect_with_a_named_object_reports_a_deed(nlp):  # noqa: F811
    titles = _titles(nlp, "Acme has bought Brightline, a small maker of lamps.")
    assert any(title.startswith("Acme") for title in titles), titles


def test_present_perfect_with_a_recent_adverb_reports_a_deed(nlp):  # noqa: F811
    titles = _titles(nlp, "Engineers have now traced the fault in the main cable.")
    assert any(title.startswith("Engineers") for title in titles), titles


def test_present_perfect_summing_up_after_the_lead_still_describes(nlp):  # noqa: F811
    titles = _titles(nlp, "The long dispute has deepened the mistrust between the sides.")
    assert not any("deepen" in title.lower() for title in titles), titles


def test_present_progressive_aimed_at_a_name_is_an_act_under_way(nlp):  # noqa: F811
    events = events_of(nlp, _LEAD + "The city prosecutor is examining Brightline over the lamps.")
    assert [e.certainty for e in events if e.title.startswith("City prosecutor")] == ["ongoing"]


def test_present_progressive_on_a_kind_of_thing_describes(nlp):  # noqa: F811
    titles = _titles(nlp, "The shop is offering cheap lamps to passers-by.")
    assert not any("offer" in title.lower() for title in titles), titles


def test_reportedly_cites_a_report_and_keeps_the_act_under_way(nlp):  # noqa: F811
    events = events_of(nlp, _LEAD + "Brightline is reportedly being examined by the city.")
    assert [e.certainty for e in events if "examine" in e.title.lower()] == ["ongoing"]


def test_infinitive_after_likely_takes_the_subject_of_the_copula(nlp):  # noqa: F811
    events = events_of(nlp, "The army is likely to deploy troops in Lyon on Friday.")
    assert [e.title for e in events if "deploy" in e.title] == ["Army deploys troops in Lyon"]
