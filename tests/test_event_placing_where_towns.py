"""A "where" clause hung on a noun a town names ("brought to the Lyon authorities, where he was
charged") happened in that town, not at an older place of the sentence (where_towns.py).

Short texts written for these tests. Places arrive resolved, as in test_event_placing.
"""

from tests.test_event_placing import event_with, nlp, placed_events, where  # noqa: F401

_ARREST = (
    "Perez, a native of Sudland, was arrested by police on Monday night and brought to "
    "Lyon authorities, where he was charged with assault."
)


def test_a_where_clause_on_a_town_s_authorities_happened_in_the_town(nlp):  # noqa: F811
    charged = event_with(placed_events(nlp, _ARREST), "charge")

    assert where(charged) == ("Lyon", "relative")


def test_a_where_clause_on_a_town_s_hospital_happened_in_the_town(nlp):  # noqa: F811
    text = (
        "The driver, who grew up in Norland, was taken to the Bergen hospital, where he died "
        "on Tuesday."
    )

    died = event_with(placed_events(nlp, text), "die")

    assert where(died)[0] == "Bergen"
