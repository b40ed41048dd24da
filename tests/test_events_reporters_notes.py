"""Lines about the reporting, not the news (events.reporters_notes): no event on a timeline.

Short texts written for these tests.
"""

from stories.extraction.events.reporters_notes import points_the_reader
from tests.test_events import event_triggers, events_of, nlp  # noqa: F401 (nlp is a fixture)

# A body long enough (over 1,200 characters, no line break) to be read as an unbroken text.
BODY = (
    "The reward for information about the fire at a Brenmoor barn was raised to $8,000 on "
    "Tuesday, the sheriff said. Deputies are still looking for the person who set the fire. "
    "The barn, owned by the Talbeck family for three generations, burned to the ground in "
    "less than an hour, and two horses died in the blaze. Firefighters from four towns "
    "fought the flames through the night. Investigators found a gas can near the back door "
    "and later ruled the fire an arson. The family has asked anyone who saw a car near the "
    "farm that evening to call the sheriff's office. A neighbor said she heard a loud bang "
    "shortly before she saw the smoke rising over the trees behind the house. The sheriff "
    "said his office had received a dozen calls but no solid leads so far. The reward is "
    "paid by a fund set up by local farmers after a string of barn fires in the valley. "
    "Three other barns have burned in the county since the spring, though none of those "
    "fires was ruled an arson. The Talbecks plan to rebuild the barn before the winter, "
    "with help from neighbors who have offered lumber and labor. A benefit supper for the "
    "family is planned at the grange hall. Anyone with information is asked to call the "
    "tip line, and callers may remain anonymous, the sheriff said."
)


def test_a_headline_the_body_retells_above_an_unbroken_text_tells_no_event(nlp):  # noqa: F811
    headline = "Reward raised in Brenmoor barn arson. "
    text = headline + BODY

    starts = [e.start for e in events_of(nlp, text)]
    assert starts
    assert min(starts) >= len(headline)


def test_a_short_lead_with_articles_opening_an_unbroken_text_keeps_its_event(nlp):  # noqa: F811
    text = "The pastor was named to lead the Tarrow youth board. " + BODY

    assert "name" in event_triggers(nlp, text)


def test_an_unanswered_call_for_comment_is_no_event(nlp):  # noqa: F811
    text = (
        "Police arrested Dale Orrick, 41, on Monday in Brenmoor. "
        "Orrick's lawyer did not return a message left on Tuesday."
    )

    triggers = event_triggers(nlp, text)
    assert "arrest" in triggers
    assert "return" not in triggers
    assert "leave" not in triggers


def test_a_person_who_could_not_be_reached_is_no_event(nlp):  # noqa: F811
    text = (
        "A fire destroyed a warehouse in Brenmoor on Monday. "
        "The owner, Lena Varga, could not be reached for comment."
    )

    assert "reach" not in event_triggers(nlp, text)


def test_a_deed_not_returned_to_a_person_is_judged_as_before(nlp):  # noqa: F811
    text = "Soldiers in Brenmoor did not return the seized trucks to the farmers on Monday."

    assert "return" in event_triggers(nlp, text)


def test_a_refusal_to_discuss_the_case_is_no_event(nlp):  # noqa: F811
    text = (
        "Police arrested Dale Orrick, 41, on Monday in Brenmoor. "
        "The sheriff declined to discuss the evidence found in his truck."
    )

    assert "decline" not in event_triggers(nlp, text)


def test_a_short_lead_after_a_dateline_keeps_its_event(nlp):  # noqa: F811
    text = "TARROW (AP)_ Farmers fired two managers Monday. " + BODY

    assert "fire" in event_triggers(nlp, text)


def test_a_past_tense_lead_opening_an_unbroken_text_keeps_its_event(nlp):  # noqa: F811
    # Headlines tell the past in the present; a simple past ("arrested") is a lead.
    for lead in (
        "Deputies arrested two Brenmoor men Tuesday. ",
        "Sheriff's deputies arrested two men in Brenmoor on Tuesday night. ",
    ):
        assert "arrest" in event_triggers(nlp, lead + BODY)


def test_a_deal_that_could_not_be_reached_is_news(nlp):  # noqa: F811
    text = "A deal could not be reached in Velton on Monday, and the strike went on."

    triggers = event_triggers(nlp, text)
    assert "reach" in triggers


def test_a_spokesman_who_could_not_be_reached_is_no_event(nlp):  # noqa: F811
    text = (
        "A fire destroyed a warehouse in Brenmoor on Monday. "
        "A company spokesman could not be reached on Tuesday."
    )

    assert "reach" not in event_triggers(nlp, text)


def test_a_refusal_to_discuss_a_program_with_inspectors_is_news(nlp):  # noqa: F811
    text = "Norland refused to discuss its nuclear program with inspectors on Monday."

    assert event_triggers(nlp, text)


def test_a_refusal_to_discuss_it_with_reporters_is_no_event(nlp):  # noqa: F811
    text = (
        "Police arrested Dale Orrick, 41, on Monday in Brenmoor. "
        "The sheriff refused to discuss the arrest with reporters."
    )

    triggers = event_triggers(nlp, text)
    assert "arrest" in triggers
    assert "refuse" not in triggers


def test_a_refusal_to_elaborate_is_no_event(nlp):  # noqa: F811
    text = (
        "Police arrested Dale Orrick, 41, on Monday in Brenmoor. The sheriff declined to elaborate."
    )

    assert "decline" not in event_triggers(nlp, text)


def test_a_refusal_to_discuss_seized_goods_and_evidence_is_no_event(nlp):  # noqa: F811
    # One general word of the case among the objects ("and evidence") makes it the case.
    text = (
        "Police arrested Dale Orrick, 41, on Monday in Brenmoor. "
        "The sheriff declined to discuss the tools and evidence found in his truck."
    )

    assert "decline" not in event_triggers(nlp, text)


def test_none_of_a_family_who_could_be_reached_is_no_event(nlp):  # noqa: F811
    text = (
        "A fire destroyed a warehouse in Brenmoor on Monday. "
        "None of the Vargas could be reached for comment by the newspaper."
    )

    triggers = event_triggers(nlp, text)
    assert "destroy" in triggers
    assert "reach" not in triggers


def test_declining_comment_is_no_event(nlp):  # noqa: F811
    text = (
        "Police arrested Dale Orrick, 41, on Monday in Brenmoor. "
        "The store manager, Ivo Lantz, declined comment on Tuesday."
    )

    triggers = event_triggers(nlp, text)
    assert "arrest" in triggers
    assert "decline" not in triggers


def test_a_pointer_to_a_web_address_is_a_reporters_note(nlp):  # noqa: F811
    doc = nlp("For updates on Ana Reyes's ride see www.reyesride.org.")

    assert points_the_reader(next(t for t in doc if t.lower_ == "see"))


def test_seeing_a_place_is_no_pointer(nlp):  # noqa: F811
    doc = nlp("Ana Reyes will see the coast at Port Lanner on Friday.")

    assert not points_the_reader(next(t for t in doc if t.lower_ == "see"))


def test_a_message_left_seeking_comment_is_no_event(nlp):  # noqa: F811
    text = (
        "Police arrested Dale Orrick, 41, on Monday in Brenmoor. "
        "A message seeking comment was left Tuesday for his lawyer."
    )

    triggers = event_triggers(nlp, text)
    assert "arrest" in triggers
    assert "leave" not in triggers


def test_a_message_left_for_a_family_is_still_news(nlp):  # noqa: F811
    text = "The kidnappers left a message for the Orrick family in Brenmoor on Monday."

    assert "leave" in event_triggers(nlp, text)


# A brief story arriving as one block, shorter than a paragraph is ever inferred in.
SHORT_BODY = (
    "A gale blew over six trucks on the Norland highway on Monday, the state patrol said. "
    "Two drivers were taken to a hospital with minor injuries. The highway reopened at noon."
)


def test_a_headline_above_a_short_unbroken_text_tells_no_event(nlp):  # noqa: F811
    # A bare passive ("toppled") reads as a past; in a headline it is the body's event again.
    headline = "Trucks toppled on Norland highway. "
    text = headline + SHORT_BODY

    starts = [e.start for e in events_of(nlp, text)]
    assert starts
    assert min(starts) >= len(headline)


def test_a_short_past_tense_lead_of_a_short_unbroken_text_keeps_its_event(nlp):  # noqa: F811
    # The look-alike: a brief story whose first sentence is its lead, not a headline.
    text = "Deputies arrested two Brenmoor men Tuesday. " + SHORT_BODY

    assert "arrest" in event_triggers(nlp, text)


def test_a_headline_whose_verb_reads_as_plural_present_tells_no_event(nlp):  # noqa: F811
    # "hit" is the plural present as well as the past: a headline's tense.
    headline = "Burglars hit Brenmoor barns. "
    text = headline + BODY

    assert all(e.start >= len(headline) for e in events_of(nlp, text))


def test_a_dated_lead_whose_verb_reads_as_plural_present_keeps_its_event(nlp):  # noqa: F811
    # The look-alike: a lead says when; a headline does not.
    text = "Burglars hit two Brenmoor barns Tuesday. " + BODY

    assert "hit" in event_triggers(nlp, text)


def test_a_dated_intransitive_lead_of_a_short_unbroken_text_keeps_its_event(nlp):  # noqa: F811
    # A brief story's first sentence that dates a past deed is its lead: a headline says
    # "die" and seldom dates a deed done.
    text = "Two Brenmoor hikers drowned Sunday. " + SHORT_BODY

    assert "drown" in event_triggers(nlp, text)
