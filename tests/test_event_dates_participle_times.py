"""A time reached only through a participle on a noun ("the ban issued on May 2") yields to
a time the clause's own verb carries ("was lifted Monday").

The sentences here are written for the tests (published Tuesday 12 September 2023).
"""

import datetime


def test_the_clause_own_day_beats_a_participle_day_on_its_subject(events_of):
    text = "The curfew issued for Arden County on Aug. 2 was lifted Monday after a meeting."

    event = events_of(text)["lift"]

    assert event.date_start == datetime.date(2023, 9, 11)
