"""Clauses the general rules used to pass over that report a happening: untensed and reduced
participles (events.participles), publications, relative clauses an event noun heads,
reported-speech pronouns, records "since" a year, parties named through their description."""

from stories.extraction.events.nominals import stands_alone
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_untensed_sentence_head_with_a_subject_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "Last week, the river gauges maxed out with readings of 12 metres.")
    assert len(events) == 1 and events[0].title.startswith("River gauges")


def test_untensed_participle_alone_at_the_end_labels_a_figure(nlp):  # noqa: F811
    assert events_of(nlp, "2 tackles, 1 sack, 3 passes defended.") == []


def test_dated_reduced_passive_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "The council approved the plan, drafted by local engineers on Monday.")
    assert "draft" in [e.trigger for e in events]


def test_undated_reduced_passive_describes(nlp):  # noqa: F811
    events = events_of(nlp, "The council approved the plan, drafted by local engineers.")
    assert "draft" not in [e.trigger for e in events]


def test_publication_in_a_journal_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "The findings were published on Monday in the journal Oceanus.")
    assert [e.trigger for e in events] == ["publish"]


def test_active_perfect_publish_stays_a_frame(nlp):  # noqa: F811
    assert "publish" not in [
        e.trigger for e in events_of(nlp, "The newspaper has published a long reply.")
    ]


def test_relative_clause_of_an_event_noun_reports_what_it_did(nlp):  # noqa: F811
    events = events_of(nlp, "Teachers held a strike that closed most schools in the county.")
    assert "close" in [e.trigger for e in events]


def test_reported_he_is_the_speaker(nlp):  # noqa: F811
    events = events_of(nlp, "The farmer told reporters he sold the herd in Lyon on May 5.")
    assert [e.title for e in events] == ["Farmer sells herd in Lyon"]


def test_since_on_a_noun_marks_a_record_not_a_lasting_state(nlp):  # noqa: F811
    (event,) = events_of(nlp, "The Greens won a majority for the first time since 1993.")
    assert event.trigger == "win" and event.date_start.year != 1993


def test_since_on_the_verb_is_a_lasting_state(nlp):  # noqa: F811
    assert events_of(nlp, "The miners have been trapped since June 23.") == []


def test_event_noun_with_a_party_named_in_its_description_stands_alone(nlp):  # noqa: F811
    doc = nlp("Ms Lane spoke in a chat with Acme founder and chief executive Tom Reed.")
    chat = next(t for t in doc if t.text == "chat")
    assert stands_alone(chat, dated=False)


def test_event_noun_with_an_unnamed_party_does_not_stand_alone(nlp):  # noqa: F811
    doc = nlp("Ms Lane spoke in a chat with a founder of a small firm.")
    chat = next(t for t in doc if t.text == "chat")
    assert not stands_alone(chat, dated=False)


def test_putting_out_a_statement_is_issuing_it(nlp):  # noqa: F811
    events = events_of(nlp, "The band put out a statement on Friday.")
    assert [e.trigger for e in events] == ["statement"]


def test_event_noun_subject_of_be_takes_the_clauses_date(nlp):  # noqa: F811
    (event,) = events_of(nlp, "The hearing is on Friday.")
    assert (event.trigger, str(event.date_start)) == ("hearing", "2024-03-08")


def test_plain_noun_subject_of_be_is_no_event(nlp):  # noqa: F811
    assert events_of(nlp, "The problem is on Friday.") == []


def test_restrictive_dated_participle_tells_which_thing(nlp):  # noqa: F811
    events = events_of(nlp, "Officials praised the roadmap submitted to lawmakers on Monday.")
    assert "submit" not in [e.trigger for e in events]


def test_set_off_dated_participle_reports_its_act(nlp):  # noqa: F811
    events = events_of(nlp, "Officials praised the roadmap, submitted to lawmakers on Monday.")
    assert "submit" in [e.trigger for e in events]
