"""Side clauses that tell a happening of their own (real-news recall: events.noise
side_clause, events.titles subject_of, events.clauses _grounded).

A participle hung on a clause usually tells how or why that clause's deed was done and is no
event; but one with its own subject ("with protests exploding"), one that counts what it did
("arresting 210 people") and an adverbial passive whose subject is a name ("as Randall was
ejected") each report a happening. Short sentences written for these tests.
"""

from tests.test_events import event_triggers, events_of, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. "
_LATER = _LEAD + "Tom Lee runs it. "  # past the lead, where a perfect is the news itself


def test_an_absolute_participle_with_its_own_subject_is_a_happening(nlp):  # noqa: F811
    text = _LEAD + "With protests exploding across the country, the president is likely to resign."

    events = events_of(nlp, text)

    exploding = [e for e in events if e.trigger == "explode"]
    assert exploding and exploding[0].title.startswith("Protests")


def test_the_absolute_participle_quote_starts_at_its_subject(nlp):  # noqa: F811
    text = _LEAD + "With protests exploding across the country, the president is likely to resign."

    exploding = next(e for e in events_of(nlp, text) if e.trigger == "explode")

    assert exploding.quote.startswith("protests") or exploding.quote.startswith("With")


def test_a_participle_of_manner_stays_out(nlp):  # noqa: F811
    text = _LEAD + "The goalie looked strong on Tuesday, stopping shots all night."

    assert "stop" not in event_triggers(nlp, text)


def test_a_trailing_participle_counting_what_it_did_is_a_happening(nlp):  # noqa: F811
    text = _LEAD + "Police in Delhi banned firecrackers on Tuesday, arresting 210 people."

    assert "arrest" in event_triggers(nlp, text)


def test_an_adverbial_passive_with_a_named_subject_is_a_happening(nlp):  # noqa: F811
    text = _LEAD + "The defence was tested, as Damarious Randall was ejected for a hit."

    assert "eject" in event_triggers(nlp, text)


# --- a present perfect that is news rather than a summing up ------------------------------


def test_a_perfect_over_recent_days_is_news(nlp):  # noqa: F811
    text = _LATER + "Smoke from the fires has drifted over the city in recent days."

    assert "drift" in event_triggers(nlp, text)


def test_a_perfect_reaching_a_record_is_news(nlp):  # noqa: F811
    text = _LATER + "Chinese economic growth has slowed to its lowest rate in decades."

    assert "slow" in event_triggers(nlp, text)


def test_a_perfect_passive_done_to_a_name_is_news(nlp):  # noqa: F811
    text = _LATER + "John Smith resigned and Chad Wolf has been named acting secretary."

    assert "name" in event_triggers(nlp, text)


def test_a_perfect_summing_up_without_such_cues_stays_out(nlp):  # noqa: F811
    text = _LATER + "Relations between the two firms have cooled."

    assert "cool" not in event_triggers(nlp, text)


def test_a_non_finite_participle_with_its_own_date_is_a_happening(nlp):  # noqa: F811
    text = _LATER + "The coach had been out of work since being sacked by United on Tuesday."

    assert "sack" in event_triggers(nlp, text)


def test_an_undated_non_finite_participle_describes(nlp):  # noqa: F811
    text = _LATER + "The coach had been out of work since being sacked by United."

    assert "sack" not in event_triggers(nlp, text)


# --- a refusal is a happening denied ----------------------------------------------------------


def test_a_named_actors_plain_refusal_of_a_definite_thing_is_denied(nlp):  # noqa: F811
    text = _LATER + "Doctors offered a clinic on Tuesday. Acme Corp. did not accept the offer."

    events = [e for e in events_of(nlp, text) if e.trigger == "accept"]

    assert [e.certainty for e in events] == ["denied"]


def test_a_refusal_with_a_manner_adverb_is_colour(nlp):  # noqa: F811
    text = _LATER + "Acme Corp. did not immediately provide the details."

    assert "provide" not in event_triggers(nlp, text)
