"""An event's quote covers the parts of its sentence it alone tells (events.whole_telling).

Short texts written for these tests, run through the whole clause reader and then the reach.
"""

from stories.extraction.events.whole_telling import reach_whole_telling
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def quotes(nlp, text: str) -> dict[str, str]:  # noqa: F811
    """Each event's title and the quote it ends with."""
    events = reach_whole_telling(events_of(nlp, text), nlp(text))
    return {event.title: event.quote for event in events}


def test_a_saying_quotes_the_clause_it_reports(nlp):  # noqa: F811
    text = (
        "The Harlow builders said on Tuesday they were halting work on the Norfield depot "
        "until the town could pay them."
    )

    (quote,) = quotes(nlp, text).values()

    assert quote.startswith("The Harlow builders said on Tuesday they were halting work")


def test_a_saying_after_a_quotation_quotes_the_quotation_too(nlp):  # noqa: F811
    text = "“We are preparing charges against two men,” Sergeant Ada Voss said on Tuesday."

    (quote,) = quotes(nlp, text).values()

    assert quote.startswith("We are preparing charges") and quote.endswith("said on Tuesday")


def test_a_finding_quotes_what_was_found(nlp):  # noqa: F811
    text = "A fire inspection in Norfield on Monday determined that the blaze started in the attic."

    assert quotes(nlp, text)["Fire inspection determines"].endswith(
        "the blaze started in the attic"
    )


def test_a_wish_is_left_out_of_the_sayings_quote(nlp):  # noqa: F811
    text = "Mayor Tilda Brack said on Monday she wanted the Norfield pier rebuilt within two years."

    assert list(quotes(nlp, text).values()) == ["Mayor Tilda Brack said"]


def test_a_verb_sharing_the_subject_is_quoted_with_its_governor(nlp):  # noqa: F811
    text = "Crews from Harlow Electric located the broken cable and spliced it on Monday."

    assert quotes(nlp, text)["Crews locate cable"].endswith("and spliced it on Monday")


def test_a_passive_continued_after_but_is_quoted_with_its_governor(nlp):  # noqa: F811
    text = "The stolen Norfield painting was kept by a dealer in Harlow but has been returned."

    (quote,) = quotes(nlp, text).values()

    assert quote.endswith("but has been returned")


def test_a_coordinated_verb_with_an_event_of_its_own_keeps_its_quote(nlp):  # noqa: F811
    text = "Deputies from Harlow County searched the marsh on Sunday and recovered a canoe."

    assert quotes(nlp, text) == {
        "Deputies search marsh": "Deputies from Harlow County searched the marsh on Sunday",
        "Deputies recover canoe": "recovered a canoe",
    }


def test_a_later_step_is_left_out_of_the_quote(nlp):  # noqa: F811
    text = (
        "The Norfield audit was begun by a private firm in May but was later passed to the state."
    )

    (quote,) = quotes(nlp, text).values()

    assert quote == "The Norfield audit was begun by a private firm in May"


def test_a_verb_a_later_conjunct_goes_on_from_is_quoted_with_it(nlp):  # noqa: F811
    text = "The Harlow crew propped up the wall and repainted the barn on Friday in Norfield."

    assert quotes(nlp, text) == {"Harlow crew repaints barn": text.rstrip(".")}


def test_a_noun_event_quoting_its_verb_quotes_what_that_verb_reports(nlp):  # noqa: F811
    text = "An inquiry found that the Norfield dam had cracked in March."

    assert quotes(nlp, text) == {"Inquiry": text.rstrip(".")}
