"""Wire copy's ``quotation marks'' read as quotation marks (events.wire_quotes).

Short texts written for these tests.
"""

from stories.extraction.events.genre import argues
from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)


def test_a_speakers_we_inside_wire_quotation_marks_is_not_the_writer(nlp):  # noqa: F811
    text = (
        "The minister met the rebels in the capital on Monday. ``We want peace, and we will "
        "talk to you,'' the minister said. ``Our people are tired.'' Troops withdrew later, and "
        "the talks resumed on Tuesday."
    )

    assert not argues(nlp(text))


def test_the_writers_we_outside_wire_quotation_marks_still_argues(nlp):  # noqa: F811
    text = (
        "The council voted on Monday to close the library. We should ask why. You pay for it, "
        "and you deserve better. ``It saves money,'' the mayor said."
    )

    assert argues(nlp(text))
