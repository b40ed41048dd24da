"""A deed compared with everyone's ("more ... than any other") is a record, not a happening
(events.record_comparisons). Sentences written for these tests."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _triggers(nlp, text: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, text)]


def test_more_than_any_other_is_a_record_not_a_happening(nlp):  # noqa: F811
    text = "Norland executed more prisoners than any other country in 2019."

    assert "execute" not in _triggers(nlp, text)


def test_more_than_anyone_is_a_record_not_a_happening(nlp):  # noqa: F811
    text = "The club has won more titles than anyone in Lyon."

    assert "win" not in _triggers(nlp, text)


def test_more_than_a_count_is_still_a_happening(nlp):  # noqa: F811
    text = "Police arrested more than 20 people in Lyon on Friday."

    assert "arrest" in _triggers(nlp, text)


def test_more_than_on_another_day_is_still_a_happening(nlp):  # noqa: F811
    text = "Police arrested more protesters in Lyon on Friday than on Thursday."

    assert "arrest" in _triggers(nlp, text)


def test_more_than_any_other_on_a_stated_day_is_still_a_happening(nlp):  # noqa: F811
    text = "The shares of Acme rose more than any other stock in Lyon on Friday."

    assert "rise" in _triggers(nlp, text)


def test_more_than_any_period_before_is_still_a_happening(nlp):  # noqa: F811
    # "than any quarter" ranks this quarter's growth against past periods: one happening.
    text = "Norland's economy grew faster than any quarter in the past decade, data showed."

    assert "grow" in _triggers(nlp, text)


def test_a_happening_ranked_against_others_is_still_a_happening(nlp):  # noqa: F811
    # The subject is itself a happening (a fire, a storm): the comparison ranks that one
    # happening, it states no standing kept over time.
    text = "The wildfire destroyed more homes near Kelbury than any other fire on record."

    assert "destroy" in _triggers(nlp, text)
