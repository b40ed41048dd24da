"""An event's quote covers the parts of its sentence it alone tells (events.whole_telling);
a part made of punctuation or space alone has no extent (_extent), so it cannot stop an
article's analysis.

Short texts written for these tests, run through the whole clause reader and then the reach.
"""

from stories.extraction.events.whole_telling import _extent, reach_whole_telling
from stories.extraction.mentions import EventCandidate
from stories.extraction.nlp import get_nlp
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
    text = "A review in Norfield on Monday determined that the crane's brakes had failed."

    assert quotes(nlp, text)["Review determines"].endswith("the crane's brakes had failed")


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
    text = "The Norfield mural was painted by pupils in May but was later restored by the council."

    (quote,) = quotes(nlp, text).values()

    assert quote == "The Norfield mural was painted by pupils in May"


def test_a_verb_a_later_conjunct_goes_on_from_is_quoted_with_it(nlp):  # noqa: F811
    text = "The Harlow crew propped up the wall and repainted the barn on Friday in Norfield."

    assert quotes(nlp, text) == {"Harlow crew repaints barn": text.rstrip(".")}


def test_a_noun_event_quoting_its_verb_quotes_what_that_verb_reports(nlp):  # noqa: F811
    text = "An inquiry found that the Norfield dam had cracked in March."

    assert quotes(nlp, text) == {"Inquiry": text.rstrip(".")}


def reached(nlp, text: str, quote: str, trigger: str, kind: str = "verb") -> str:  # noqa: F811
    """The quote of one event read from `quote` in `text` (the sentence's only event), after
    the reach."""
    start = text.index(quote)
    event = EventCandidate(
        title=trigger,
        summary="",
        quote=quote,
        start=start,
        end=start + len(quote),
        trigger=trigger,
        certainty="occurred",
        extra={"kind": kind},
    )
    (widened,) = reach_whole_telling([event], nlp(text))
    return widened.quote


def test_a_when_clause_with_no_event_of_its_own_is_quoted_with_its_verb(nlp):  # noqa: F811
    text = "The title will be settled on Saturday afternoon when the two unbeaten clubs meet."

    quote = reached(nlp, text, "The title will be settled on Saturday afternoon", "settle")

    assert quote.endswith("when the two unbeaten clubs meet")


def test_what_a_noun_object_holds_is_quoted_with_its_verb(nlp):  # noqa: F811
    text = "The Norfield coast guard repeated its warning that the ferry lanes may ice over."

    quote = reached(nlp, text, "The Norfield coast guard repeated its warning", "repeat")

    assert quote.endswith("the ferry lanes may ice over")


def test_a_relative_clause_of_a_noun_object_is_left_out(nlp):  # noqa: F811
    text = "The Norfield board kept to the forecast that it issued on Monday."

    quote = reached(nlp, text, "The Norfield board kept to the forecast", "keep")

    assert quote == "The Norfield board kept to the forecast"


def test_a_participle_after_a_noun_event_is_quoted_with_it(nlp):  # noqa: F811
    text = "The ruling leaned on testimony given on June 8 at a Harlow inquest."

    quote = reached(nlp, text, "testimony", "testimony", kind="noun")

    assert quote == "testimony given on June 8 at a Harlow inquest"


def test_an_ing_clause_going_on_from_the_verb_is_quoted_with_it(nlp):  # noqa: F811
    text = "Parents in Norfield cheered the new crossing, waving flags along the kerb."

    quote = reached(nlp, text, "Parents in Norfield cheered the new crossing", "cheer")

    assert quote.endswith("waving flags along the kerb")


def test_an_ing_clause_opened_by_while_is_left_out(nlp):  # noqa: F811
    text = "Deputies searched the Harlow marsh on Sunday while guarding the road."

    quote = reached(nlp, text, "Deputies searched the Harlow marsh on Sunday", "search")

    assert quote == "Deputies searched the Harlow marsh on Sunday"


def test_a_verb_carried_by_be_is_quoted_with_its_subject(nlp):  # noqa: F811
    text = "The Norfield budget debate is to resume at noon in the town hall."

    quote = reached(nlp, text, "to resume at noon in the town hall", "resume")

    assert quote.startswith("The Norfield budget debate is to resume")


def test_a_part_of_punctuation_and_space_alone_has_no_extent():
    doc = get_nlp()("Brenton , .")

    assert _extent(token for token in doc if token.is_punct) is None


def test_a_part_of_words_spans_its_words_without_edge_punctuation():
    doc = get_nlp()("Harbor City, closed.")

    assert _extent(doc) == (0, len("Harbor City, closed"))
