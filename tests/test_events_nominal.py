"""Events named by a noun inside a clause about something else (events.nominals).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from tests.extracting import with_trigger
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_dated_event_noun_taken_by_another_verb_is_an_event_of_its_own(nlp):  # noqa: F811
    events = events_of(
        nlp, "The club distanced itself from the fight on Tuesday between the teams."
    )
    (fight,) = with_trigger(events, "fight")
    assert fight.date_start.isoformat() == "2024-03-05"


def test_event_noun_quotes_its_own_phrase_inside_a_verb_clause(nlp):  # noqa: F811
    text = "The scandal led to suspensions for Tom Lee and Jane Doe."
    (suspension,) = with_trigger(events_of(nlp, text), "suspension")
    assert text[suspension.start : suspension.end].startswith("suspensions for Tom Lee")


def test_event_noun_with_a_named_party_stands_alone(nlp):  # noqa: F811
    events = events_of(nlp, "The scandal led to suspensions for Tom Lee and Jane Doe.")
    assert with_trigger(events, "suspension")


def test_generic_event_noun_is_not_an_event(nlp):  # noqa: F811
    assert events_of(nlp, "A fight is never good for the sport, the coach said.") == []


def test_deverbal_noun_carried_by_a_light_verb_is_an_event(nlp):  # noqa: F811
    event = events_of(nlp, "The regulator opened an inquiry into the company on Monday.")[0]
    assert (event.trigger, event.title) == ("inquiry", "Regulator opens inquiry")


def test_lexicon_verb_keeps_the_event_noun_it_takes(nlp):  # noqa: F811
    events = events_of(nlp, "Ana Ruiz attended the summit in Geneva on Monday.")
    assert [e.trigger for e in events] == ["attend"]


def test_passive_light_verb_title_names_the_owner_not_an_agent(nlp):  # noqa: F811
    events = events_of(nlp, "Ruiz's sentencing is scheduled for next week.")
    assert events[0].title == "Ruiz's sentencing"


def test_verb_keeps_its_date_when_an_event_noun_under_it_has_one(nlp):  # noqa: F811
    events = events_of(nlp, "The band will unite with Tom Lee for a tour in 2019.")
    assert all(e.date_start is not None for e in events)


def test_event_noun_owned_by_a_named_actor_needs_no_date(nlp):  # noqa: F811
    events = events_of(nlp, "The coach spoke after Tom Lee's win over Jane Doe.")
    assert with_trigger(events, "win")


def test_event_noun_with_a_country_in_front_is_a_topic(nlp):  # noqa: F811
    events = events_of(nlp, "Investors worry about the Norland trade talks.")
    assert with_trigger(events, "talk") == []


def test_light_verb_with_a_noun_subject_needs_no_date(nlp):  # noqa: F811
    events = events_of(nlp, "Prosecutors have opened an investigation.")
    assert [e.title for e in events] == ["Prosecutors open investigation"]


def test_two_event_nouns_in_one_clause_stay_two_events(nlp):  # noqa: F811
    text = "There was talk of Tom Lee's victory over Sudland and Jane Doe's win over Norland."
    triggers = sorted(e.trigger for e in events_of(nlp, text))
    assert triggers == ["victory", "win"]


def test_noun_event_title_keeps_the_preposition_of_its_party(nlp):  # noqa: F811
    events = events_of(
        nlp, "The club distanced itself from the fight on Tuesday between the teams."
    )
    (fight,) = with_trigger(events, "fight")
    assert fight.title == "Fight between teams"


def test_definite_plural_event_noun_sums_up_rather_than_reports(nlp):  # noqa: F811
    events = events_of(nlp, "Experts say Tom Lee's visits to the factories had two goals.")
    assert with_trigger(events, "visit") == []


def test_facing_criticism_on_a_stated_day_is_an_event(nlp):  # noqa: F811
    (event,) = events_of(nlp, "Norland faced stiff criticism on Tuesday over its decision.")
    assert (event.trigger, event.date_start.isoformat()) == ("criticism", "2024-03-05")


def test_a_poll_named_by_its_pollster_is_told_by_the_verb_it_is_the_subject_of(nlp):  # noqa: F811
    # one happening, one event (events.second_views): the poll's showing, titled with the poll
    events = events_of(nlp, "A fresh Acme poll on Monday showed broad support for the plan.")
    assert [e.title for e in events] == ["Acme poll shows support"]


def test_a_hosted_reception_is_an_event(nlp):  # noqa: F811
    (event,) = events_of(nlp, "The mayor hosted a reception for the team on Monday.")
    assert event.trigger == "reception"


def test_an_occasion_noun_with_a_named_party_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "Fans packed the stadium in Leeds for Sunday's game against York.")
    (game,) = with_trigger(events, "game")
    assert "against York" in game.title


def test_an_occasion_noun_without_date_or_party_is_a_topic(nlp):  # noqa: F811
    events = events_of(nlp, "Analysts doubted that the deal would cut costs at the plant.")
    assert not with_trigger(events, "deal")


def test_the_verb_that_takes_an_occasion_noun_tells_the_occasion(nlp):  # noqa: F811
    events = events_of(nlp, "The Rovers lost Sunday's game against York in Leeds.")
    assert not with_trigger(events, "game")
    assert len(events) == 1


def test_an_event_with_a_date_of_its_own_is_one(nlp):  # noqa: F811
    events = events_of(nlp, "Fans booed the minister at the event on Monday in Geneva.")
    (event,) = with_trigger(events, "event")
    assert event.date_start.isoformat() == "2024-03-04"


def test_an_undated_event_is_a_topic(nlp):  # noqa: F811
    events = events_of(nlp, "Critics said the event in Geneva was a failure.")
    assert not with_trigger(events, "event")


def test_a_happening_where_someone_did_something_took_place(nlp):  # noqa: F811
    assert with_trigger(events_of(nlp, "The mayor spoke at a rally in Miami."), "rally")


def test_happenings_in_the_plural_as_a_setting_sum_up(nlp):  # noqa: F811
    assert not with_trigger(events_of(nlp, "The mayor spoke at rallies in Miami."), "rally")


def test_a_happening_under_way_by_a_named_agent_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "A manhunt led by the FBI continues in the hills.")
    assert with_trigger(events, "manhunt")


def test_a_named_owner_in_the_agent_phrase_names_the_party(nlp):  # noqa: F811
    text = "The vote went ahead despite an earlier declaration by Geneva's mayor."
    assert with_trigger(events_of(nlp, text), "declaration")


def test_a_happening_whose_days_are_counted_is_under_way(nlp):  # noqa: F811
    text = "Shops shut on the third day of a strike at the port in Geneva."
    assert with_trigger(events_of(nlp, text), "strike")


def test_a_verbless_sentence_headed_by_an_event_noun_with_a_place_reports_it(nlp):  # noqa: F811
    events = events_of(nlp, "Heavy gunfire in the hills outside Geneva.")
    assert with_trigger(events, "gunfire")


def test_a_happening_a_relative_clause_says_was_confirmed_took_place(nlp):  # noqa: F811
    text = "Tom Lee came up with a diagnosis that was later confirmed by a laboratory."
    assert with_trigger(events_of(nlp, text), "diagnosis")


def test_a_happening_a_relative_clause_only_expects_is_a_topic(nlp):  # noqa: F811
    text = "Tom Lee came up with a diagnosis that a laboratory may confirm."
    assert not with_trigger(events_of(nlp, text), "diagnosis")


def test_a_happening_the_writer_judges_is_a_topic(nlp):  # noqa: F811
    assert not with_trigger(events_of(nlp, "Tom Lee's inquiry is pointless."), "inquiry")
    assert with_trigger(events_of(nlp, "Tom Lee's inquiry was due on Friday."), "inquiry")


def test_a_happening_the_writer_asks_about_is_a_topic(nlp):  # noqa: F811
    text = "How likely is a conviction of Tom Lee in Geneva?"
    assert not with_trigger(events_of(nlp, text), "conviction")
    text = "Nobody expected a conviction of Tom Lee in Geneva."
    assert with_trigger(events_of(nlp, text), "conviction")


def test_a_statement_that_says_something_is_the_medium_of_the_saying(nlp):  # noqa: F811
    text = "A major goal is the joint building of ships, the Kremlin statement said."
    assert not with_trigger(events_of(nlp, text), "statement")


def test_an_undated_happening_in_a_clause_of_what_is_not_yet_is_a_topic(nlp):  # noqa: F811
    text = "Tom Lee should stay in jail until his extradition hearing."
    assert not with_trigger(events_of(nlp, text), "hearing")
    text = "Tom Lee should stay in jail until his extradition hearing in Geneva."
    assert with_trigger(events_of(nlp, text), "hearing")
    text = "Tom Lee stayed in jail until his extradition hearing."
    assert with_trigger(events_of(nlp, text), "hearing")


def test_a_participle_takes_the_unreal_tense_of_its_clause(nlp):  # noqa: F811
    text = "Officials fear the talks may end up failing, resulting in an awkward trip for Tom Lee."
    assert not with_trigger(events_of(nlp, text), "trip")
    text = "The talks failed, resulting in an awkward trip for Tom Lee."
    assert with_trigger(events_of(nlp, text), "trip")


def test_a_happening_described_in_the_past_is_still_reported(nlp):  # noqa: F811
    assert with_trigger(events_of(nlp, "Tom Lee's inquiry was pointless."), "inquiry")


def test_a_happening_that_acts_in_a_clause_to_come_is_to_come(nlp):  # noqa: F811
    text = "Tom Lee's extradition hearing will decide his fate."
    assert with_trigger(events_of(nlp, text), "hearing")


def test_date_on_a_copula_dates_the_event_noun_of_its_predicate(nlp):  # noqa: F811
    text = "Police say a local gang was behind two shootings in Geneva this week."
    (shooting,) = with_trigger(events_of(nlp, text), "shooting")
    assert shooting.date_start.isoformat() == "2024-03-04"


def test_a_bare_noun_under_a_dated_copula_is_a_state(nlp):  # noqa: F811
    events = events_of(nlp, "The mayor was under attack from rivals this week.")
    assert not with_trigger(events, "attack")


def test_a_verb_without_subject_leaves_the_dated_event_noun_it_takes_standing(nlp):  # noqa: F811
    text = "Attends a symposium with Tom Lee on Monday in Bergen."
    (symposium,) = with_trigger(events_of(nlp, text), "symposium")
    assert symposium.date_start.isoformat() == "2024-03-04"


def test_an_imperative_with_no_date_still_reports_nothing(nlp):  # noqa: F811
    assert events_of(nlp, "Attend the symposium with Tom Lee.") == []


def test_an_undated_attack_a_future_clause_answers_is_no_happening(nlp):  # noqa: F811
    # "on Kuwait" names the target of the attack, not a place where one was told to happen.
    text = "Israel has said that it will respond to an Iraqi attack on Kuwait."
    assert not with_trigger(events_of(nlp, text), "attack")


def test_an_undated_hearing_placed_in_a_town_under_a_future_stays(nlp):  # noqa: F811
    text = "Tom Lee will face questions at a hearing in Geneva."
    assert with_trigger(events_of(nlp, text), "hearing")
