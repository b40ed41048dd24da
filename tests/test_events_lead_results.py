"""A participle closing a lead sentence that tells the story's next deed (real-news recall:
events.noise lead_result, events.sites _is_general, events.clauses _grounded).

Wire leads often put the second deed of the news in a participle after the main clause
("…, valuing the group at $10bn", "…, sending shares lower"). There it is news, not how
the first deed was done; later in the story, after a description or as a frame for another
verb it stays out. Short sentences written for these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Halvor Corp is set to raise up to $2bn from its listing in Oslo"
_FIRST = "Acme Corp. opened a plant in Lyon on Monday. Tom Lee runs it. "


def test_a_lead_participle_acting_on_a_thing_of_its_own_is_a_happening(nlp):  # noqa: F811
    text = _LEAD + ", valuing the group at $10bn."

    assert "value" in event_triggers(nlp, text)


def test_the_same_participle_past_the_lead_stays_out(nlp):  # noqa: F811
    text = _FIRST + _LEAD + ", valuing the group at $10bn."

    assert "value" not in event_triggers(nlp, text)


def test_a_lead_participle_framing_another_verb_stays_out(nlp):  # noqa: F811
    text = "Buyers moved to phones, forcing the maker to adapt its stores quickly."

    assert "force" not in event_triggers(nlp, text)


def test_a_lead_participle_after_a_description_stays_out(nlp):  # noqa: F811
    text = "The goalie looked strong on Tuesday, stopping shots all night."

    assert "stop" not in event_triggers(nlp, text)


def test_a_lead_participle_after_a_journey_stays_out(nlp):  # noqa: F811
    text = "Mara Kell arrived in Tarvo on Friday, touring the new port."

    assert "tour" not in event_triggers(nlp, text)


def test_a_lead_participle_coordinated_with_a_tensed_verb_stays_out(nlp):  # noqa: F811
    text = "Tarvo police surrounded the hall on Friday, closing the gates and vowed to stay."

    assert "close" not in event_triggers(nlp, text)


def test_a_chain_of_lead_participles_each_acting_on_a_thing_is_a_happening(nlp):  # noqa: F811
    text = "A storm hit the barn in Tarvo on Friday, scattering the hay and injuring a farmer."

    assert "scatter" in event_triggers(nlp, text)
