"""The lead sentence's present progressive that reports news under way
(events.counted_under_way): a deed done to a counted lot, or one actor bringing in a new thing;
not a trend, nor a deed on a thing the actor already has, nor the same clause later."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _triggers(nlp, text: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, text)]


def test_lead_progressive_on_a_counted_lot_is_news(nlp):  # noqa: F811
    text = "Smugglers are quietly turning dozens of farm sheds into warehouses for stolen fuel."
    assert "turn" in _triggers(nlp, text)


def test_lead_progressive_of_one_actor_bringing_in_a_new_thing_is_news(nlp):  # noqa: F811
    text = "The county is drafting rules to stop staff from keeping their phones after they leave."
    assert "draft" in _triggers(nlp, text)


def test_progressive_of_a_bare_plural_subject_is_a_trend(nlp):  # noqa: F811
    text = "Farmers are selling tractors to pay their debts as prices fall."
    assert "sell" not in _triggers(nlp, text)


def test_progressive_on_a_thing_the_actor_has_still_describes(nlp):  # noqa: F811
    text = "The mayor is polishing his office's record before the vote."
    assert "polish" not in _triggers(nlp, text)


def test_counted_progressive_after_the_lead_still_describes(nlp):  # noqa: F811
    text = (
        "The county board met on Monday. Members argued for hours about the budget. "
        "Smugglers are quietly turning dozens of farm sheds into warehouses for stolen fuel."
    )
    assert "turn" not in _triggers(nlp, text)


def test_progressive_in_the_sentence_a_dateline_opens_below_a_headline_is_news(nlp):  # noqa: F811
    text = (
        "Fuel thieves target farms. VELTON (AP) — Smugglers are quietly turning dozens of farm "
        "sheds into warehouses for stolen fuel."
    )
    assert "turn" in _triggers(nlp, text)


def test_progressive_in_the_lead_s_second_sentence_still_describes(nlp):  # noqa: F811
    text = "The county board met in Velton on Monday. The county is drafting rules for staff."
    assert "draft" not in _triggers(nlp, text)


def test_a_shop_trading_in_its_wares_in_the_lead_is_no_news(nlp):  # noqa: F811
    events = events_of(nlp, "The Norfield bakery is selling fresh loaves to early commuters.")
    assert not any("sell" in event.title.lower() for event in events)


def test_lead_progressive_on_a_sum_of_money_is_news(nlp):  # noqa: F811
    text = "The county is spending $4 million on new pumps for the flooded valley farms."
    assert "spend" in _triggers(nlp, text)


def test_lead_progressive_drafting_a_plan_is_news(nlp):  # noqa: F811
    text = "The county is drafting a plan to close two of its rural schools."
    assert "draft" in _triggers(nlp, text)


def test_lead_progressive_drafting_the_plan_it_has_still_describes(nlp):  # noqa: F811
    text = "The county is drafting the plan to close two of its rural schools."
    assert "draft" not in _triggers(nlp, text)


def test_lead_progressive_seeking_a_thing_is_no_making(nlp):  # noqa: F811
    text = "The county is seeking a grant to close two of its rural schools."
    assert "seek" not in _triggers(nlp, text)


def test_lead_progressive_of_it_standing_for_the_naming_speaker_is_news(nlp):  # noqa: F811
    text = "Hollin Mining Corp. says it is closing a coal pit near the river because of flooding."
    assert "close" in _triggers(nlp, text)


def test_it_for_a_speaker_after_the_lead_still_describes(nlp):  # noqa: F811
    text = (
        "The county board met on Monday. Members argued for hours about the budget. "
        "Hollin Mining Corp. says it is closing a coal pit near the river because of flooding."
    )
    assert "close" not in _triggers(nlp, text)
