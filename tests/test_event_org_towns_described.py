"""An organisation named for a town places an event only when it takes part in the event itself,
not when it acts in a clause that describes one of the event's nouns ("postponed a ruling on the
lawsuit launched by the University of X": the university launched the suit, it did not rule)
(events.described_orgs). Sentences and names written for these tests; the gazetteer is a small
table."""

import pytest

from tests.test_event_org_towns import ORG_TOWN, org_event, org_town_gazetteer  # noqa: F401
from tests.test_event_placing import nlp, where  # noqa: F401


def test_an_organisation_acting_in_a_clause_describing_the_event_s_noun_places_nothing(
    nlp,  # noqa: F811
):
    text = (
        "NORFIELD — The court will postpone a ruling on the lawsuit launched by the "
        "First Bank of Halden on Friday."
    )

    postpone = org_event(nlp, text, "postpone")

    assert where(postpone)[1] != ORG_TOWN


def test_an_organisation_that_is_the_event_s_own_agent_still_places_it(nlp):  # noqa: F811
    text = "NORFIELD — The plan was approved by the Halden City Council on Tuesday."

    approve = org_event(nlp, text, "approve")

    assert where(approve) == ("Halden", ORG_TOWN)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "LYON — The senator on Tuesday criticised the report released by the Norfield "
            "Police Department.",
            "criticise",
        ),
        (
            "LYON — Lawmakers on Tuesday rejected a plan drawn up by the Norfield City Council.",
            "reject",
        ),
    ],
)
def test_a_place_in_the_agent_of_a_clause_describing_the_object_does_not_place_the_deed(
    nlp,  # noqa: F811
    text,
    verb,
):
    # "the report released by the Norfield Police Department": Norfield is in the doer of the
    # describing clause, which says which report; the criticising was not done in Norfield.
    event = org_event(nlp, text, verb)

    assert where(event)[1] not in ("clause", "owner", ORG_TOWN)


def test_a_place_in_the_agent_describing_the_doer_still_places_the_deed(nlp):  # noqa: F811
    # "A team led by researchers at X confirmed …": the clause says who the doer is and where
    # it works, which is where the deed was done.
    text = "A team led by researchers at the Norfield City Council confirmed the find on Monday."

    confirm = org_event(nlp, text, "confirm")

    assert where(confirm)[0] == "Norfield"
