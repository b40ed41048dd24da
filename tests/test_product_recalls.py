"""A firm recalling what it makes or sells is a happening; remembering is not
(events.product_recalls, read through events.frames)."""

from tests.extracting import frames_of
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_firm_recalling_its_products_is_a_withdrawal(nlp):  # noqa: F811
    text = "The Dunmore bakery voluntarily recalled its products on Friday."
    assert frames_of(nlp, text) == [("recall", "withdraw")]


def test_a_maker_recalling_vehicles_is_a_withdrawal(nlp):  # noqa: F811
    assert frames_of(nlp, "The carmaker recalled 40,000 trucks last week.") == [
        ("recall", "withdraw")
    ]


def test_recalling_a_day_is_remembering(nlp):  # noqa: F811
    assert frames_of(nlp, "The widow recalled the day the mill closed.") == []


def test_recalling_that_something_happened_is_remembering(nlp):  # noqa: F811
    assert frames_of(nlp, "The farmer recalled that the river rose quickly.") == []


def test_recalling_a_person_is_no_product_recall(nlp):  # noqa: F811
    assert frames_of(nlp, "The coach recalled his old teammate fondly.") == []


def test_recalling_an_envoy_is_not_read_as_a_product_recall(nlp):  # noqa: F811
    assert frames_of(nlp, "Norland recalled its ambassador from Port Sable.") == []
