"""What a law, ruling or resolution says it forbids, allows, requires or declares is its content,
not a happening (events.document_contents); what is done with it, or what it makes, stays."""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_a_law_forbidding_something_tells_its_content(nlp):  # noqa: F811
    text = "The farm act prohibited planting before late spring in the valley."
    assert "prohibit" not in event_triggers(nlp, text)


def test_a_resolution_declaring_a_status_tells_its_content(nlp):  # noqa: F811
    text = "The council resolution declared the old quarry a protected site in 2004."
    assert "declare" not in event_triggers(nlp, text)


def test_a_resolution_that_did_not_authorize_tells_its_content(nlp):  # noqa: F811
    text = "Allies said on Monday that the embargo resolution did not authorize a blockade."
    assert "authorize" not in event_triggers(nlp, text)


def test_an_order_naming_its_beneficiaries_tells_its_content(nlp):  # noqa: F811
    text = "Analysts said the tribunal order identified two lenders as its main winners."
    assert "identify" not in event_triggers(nlp, text)


def test_a_person_forbidding_something_is_still_an_event(nlp):  # noqa: F811
    text = "On Tuesday the mayor prohibited fireworks in the old town."
    assert "prohibit" in event_triggers(nlp, text)


def test_a_law_passed_is_still_an_event(nlp):  # noqa: F811
    text = "On Tuesday the senate passed the farm act."
    assert "pass" in event_triggers(nlp, text)


def test_a_law_creating_something_is_still_an_event(nlp):  # noqa: F811
    text = "The new harbor act creates four reserves along the Dunmore coast."
    assert "create" in event_triggers(nlp, text)


def test_an_order_declaring_on_a_day_of_its_own_is_still_an_event(nlp):  # noqa: F811
    # A text's content holds as long as the text stands; a day of its own dates the issuing.
    text = "The governor's order declared a state of emergency in Lyon on Tuesday."
    assert "declare" in event_triggers(nlp, text)


def test_a_law_forbidding_something_before_a_day_tells_its_content():
    # "before April 20" bounds what is forbidden: a term of the text, no day it happened on.
    import datetime as dt

    from stories.extraction.analysis import analyse_text

    text = (
        "Growers in Ohio flooded their orchards again this week. In 2011, the state farm act "
        "prohibited corn seeding before April 20 and spraying before July 4."
    )
    events = analyse_text(text, published=dt.date(2019, 11, 8)).events
    assert "prohibit" not in [e.trigger for e in events]


def test_a_report_identifying_a_suspect_is_no_texts_content(nlp):  # noqa: F811
    # A report or finding tells what was found out, not a rule: "report" is no ruling text.
    from stories.extraction.events.document_contents import states_a_texts_content

    doc = nlp("The police report identified the driver as a local man.")
    assert not any(states_a_texts_content(t) for t in doc)


def test_a_gerund_joined_to_a_texts_ruling_verb_is_more_of_its_content():
    # "prohibited sowing ... and transplanting ...": the second gerund is a second thing
    # forbidden, hung by the parser on the verb, not a clause of its own.
    import datetime as dt

    from stories.extraction.analysis import analyse_text

    text = (
        "Growers in Ohio flooded their orchards again this week. In 2011, the state farm act "
        "prohibited corn seeding before April 20 and transplanting before July 4."
    )
    events = analyse_text(text, published=dt.date(2019, 11, 8)).events
    assert "transplant" not in [e.trigger for e in events]
