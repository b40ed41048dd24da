"""A noun after a verb's bound preposition keeps the phrase it needs (events.bound_prepositions):
"votes against ban" and "calls for end" are cut mid-phrase; a ban is on something, an end is
to something. When the whole phrase does not fit the title, a shorter form is said, never
none; look-alike nouns that need nothing (a person, "calm", a time) are left as they were."""

from stories.extraction.events.titles import MAX_TITLE
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _title(nlp, text, trigger):  # noqa: F811
    return next(e.title for e in events_of(nlp, text) if e.trigger.split()[0] == trigger)


def test_a_ban_after_a_bound_preposition_keeps_what_it_bans(nlp):  # noqa: F811
    text = "On Sunday the council of Dorvale voted against a ban on fireworks."
    assert "votes against ban on fireworks" in _title(nlp, text, "vote").lower()


def test_a_closure_after_a_bound_preposition_keeps_its_of_phrase(nlp):  # noqa: F811
    text = "The heavy snow in Dorvale led to the closure of two bridges on Tuesday."
    assert "leads to closure of two bridges" in _title(nlp, text, "lead")


def test_an_end_called_for_keeps_what_is_to_end(nlp):  # noqa: F811
    text = (
        "On Monday the Amalgamated Regional Federation of Hospital Nurses and Midwives called"
        " for a swift and lasting end to the bitter month-long walkout of the cleaners."
    )
    assert _title(nlp, text, "call").endswith("calls for end to walkout")


def test_a_bound_phrase_too_long_for_the_title_is_said_short_not_dropped(nlp):  # noqa: F811
    text = (
        "The Kettleby Harbour Authority contributed on Friday to the slow and costly"
        " restoration of the crumbling old Victorian seawall promenade of the town."
    )
    title = _title(nlp, text, "contribute")
    assert len(title) <= MAX_TITLE
    assert title.endswith("contributes to restoration of promenade")


def test_a_measured_noun_s_of_phrase_is_not_said_twice(nlp):  # noqa: F811
    text = "The town of Dorvale embarked on a number of projects on Friday."
    title = _title(nlp, text, "embark")
    assert "embarks on projects" in title and "of projects" not in title


def test_a_person_voted_for_needs_no_phrase(nlp):  # noqa: F811
    text = "Members of the Dorvale council voted for Jane Smith on Monday."
    assert _title(nlp, text, "vote").endswith("vote for Jane Smith")


def test_calm_called_for_needs_no_phrase(nlp):  # noqa: F811
    text = "The Dorvale police chief called for calm on Monday after the riot."
    assert _title(nlp, text, "call").endswith("calls for calm")


def test_a_time_after_a_bound_preposition_stays_out(nlp):  # noqa: F811
    text = "Hundreds of stranded passengers waited for three days at the Dorvale station."
    assert "three days" not in _title(nlp, text, "wait")


def test_a_time_after_the_bound_noun_is_not_its_phrase(nlp):  # noqa: F811
    text = "The Dorvale union called for a meeting on Tuesday with the mayor."
    assert "Tuesday" not in _title(nlp, text, "call")


def test_a_needed_phrase_said_by_its_head_keeps_a_comparison(nlp):  # noqa: F811
    text = "The Dorvale school board dealt on Monday with the impact of fewer school-aged pupils."
    assert "impact of fewer pupils" in _title(nlp, text, "deal")


def test_a_place_after_the_bound_noun_is_said_once(nlp):  # noqa: F811
    text = "Firefighters in Dorvale responded on Sunday to the 400 block of Marsh Road."
    title = _title(nlp, text, "respond")
    assert title.count("Marsh Road") <= 1  # never "block of Marsh Road near Marsh Road"


def test_a_person_after_the_bound_noun_is_said_by_name(nlp):  # noqa: F811
    text = "The Dorvale mayor called on Friday for the resignation of Police Chief Tom Verran."
    title = _title(nlp, text, "call")
    assert "calls for resignation of" in title and title.endswith("Verran")
