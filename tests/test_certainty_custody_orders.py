"""Orders told with a bare past participle (events.custody_orders, events.certainty).

The sentences are written for these tests.
"""

from tests.test_events import certainty_of_verb, nlp  # noqa: F401 (nlp is a fixture)


def test_a_person_ordered_held_is_held(nlp):  # noqa: F811
    text = "The suspect was ordered held on a bond of 5,000 dollars until his next hearing."
    assert certainty_of_verb(nlp, text, "held", None) == "occurred"


def test_a_person_ordered_detained_is_detained(nlp):  # noqa: F811
    text = "The boat's captain was ordered detained by a judge in the port town."
    assert certainty_of_verb(nlp, text, "detained", None) == "occurred"


def test_a_person_ordered_to_pay_is_only_bound_to_pay(nlp):  # noqa: F811
    text = "The driver was ordered to pay a fine of 500 dollars."
    assert certainty_of_verb(nlp, text, "pay", None) == "planned"
