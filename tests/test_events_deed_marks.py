"""Present, progressive and perfect clauses that report a deed after the lead
(events.deed_marks): a progressive that says where, a matter taken to a named body."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead, where a perfect sums up.
_LEAD = "The county board met on Monday. Members argued for hours about the budget. "


def _triggers(nlp, sentence: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, _LEAD + sentence)]


def test_progressive_that_says_where_it_goes_on_is_an_event(nlp):  # noqa: F811
    text = "The advert is currently running in Valmora in two languages."
    assert "run" in _triggers(nlp, text)


def test_progressive_with_no_place_still_describes(nlp):  # noqa: F811
    assert _triggers(nlp, "The bar is offering oxygen to its guests.") == ["meet"]


def test_perfect_passive_referral_to_a_named_body_is_an_event(nlp):  # noqa: F811
    text = "The audit has been referred to the Norland Ethics Commission and the FBI."
    assert "refer" in _triggers(nlp, text)


def test_perfect_passing_out_of_a_named_body_is_an_event(nlp):  # noqa: F811
    text = "The Vell bill has passed out of the Norland Senate and is now before the Assembly."
    assert "pass" in _triggers(nlp, text)


def test_referral_to_no_named_body_still_sums_up(nlp):  # noqa: F811
    assert _triggers(nlp, "The audit has been referred to a specialist.") == ["meet"]


def test_passive_related_to_a_person_is_kinship_not_a_deed(nlp):  # noqa: F811
    text = "The two brothers were related to the late Dr. Anton Vell, who worked at the clinic."
    assert "relate" not in _triggers(nlp, text)


def test_range_of_names_before_a_perfect_is_no_destination(nlp):  # noqa: F811
    text = "From the Valmora Herald to the Norland Times, papers have carried the story."
    assert "carry" not in _triggers(nlp, text)
