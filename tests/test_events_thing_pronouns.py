"""A dated or placed clause whose subject "it" stands for a thing the paragraph named before
(events.thing_pronouns).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from stories.extraction.events.thing_pronouns import thing_it_stands_for
from tests.test_events import event_titles, nlp  # noqa: F401 (nlp is a fixture)


def test_it_is_the_thing_the_sentence_before_made_its_subject(nlp):  # noqa: F811
    text = "The new toll bridge cost far more than planned. It carried its first cars on Monday."
    assert any(t.startswith("Toll bridge carries") for t in event_titles(nlp, text))


def test_it_is_the_last_definite_thing_of_the_sentence_before(nlp):  # noqa: F811
    text = "The minister spent another million dollars on the safety advert. It ran on Monday."
    assert any(t.startswith("Safety advert runs") for t in event_titles(nlp, text))


def test_a_later_it_follows_the_chain_of_its(nlp):  # noqa: F811
    text = (
        "The minister spent another million dollars on the safety advert. "
        "It ran on Monday. It also ran on Friday."
    )
    titles = event_titles(nlp, text)
    assert len([t for t in titles if t.startswith("Safety advert runs")]) == 2, titles


def test_it_never_stands_for_a_person(nlp):  # noqa: F811
    text = "The senator spoke for an hour. It ran on Monday."
    assert not any(t.startswith("Senator runs") for t in event_titles(nlp, text))


def test_it_never_stands_for_a_happening(nlp):  # noqa: F811
    text = "The storm hit the coast hard. It moved north into Virginia on Friday."
    assert not any(t.startswith("Storm moves") for t in event_titles(nlp, text))


def test_it_without_a_date_or_place_of_its_own_stays_unnamed(nlp):  # noqa: F811
    text = "The new toll bridge cost far more than planned. It carried its first cars."
    assert not any(t.startswith("Toll bridge") for t in event_titles(nlp, text))


def test_a_place_inside_the_object_is_no_setting_of_the_clause(nlp):  # noqa: F811
    doc = nlp("By most accounts, the new levy worked. It slowed the growth of Ohio's debt.")
    assert thing_it_stands_for(next(t for t in doc if t.text == "It")) is None


def test_a_place_in_a_phrase_on_the_verb_sets_the_clause(nlp):  # noqa: F811
    doc = nlp("By most accounts, the new levy worked. It paid for two schools in Ohio.")
    assert thing_it_stands_for(next(t for t in doc if t.text == "It")).text == "levy"


def test_it_in_a_relative_clause_without_a_relative_word_stays_unnamed(nlp):  # noqa: F811
    text = "The strange sculpture drew crowds, and the praise it received in May was loud."
    assert not any("receives" in t for t in event_titles(nlp, text))


def test_a_passive_it_is_titled_as_a_headline_passive(nlp):  # noqa: F811
    text = "The long second stage crossed the hills. It was won by Ana Ruiz on Sunday."
    assert any(t.startswith("Stage won by") for t in event_titles(nlp, text))


def test_an_it_a_later_clause_fills_stands_for_nothing(nlp):  # noqa: F811
    doc = nlp("The council passed the new parking rule. It was announced on Monday that fees rise.")
    assert thing_it_stands_for(next(t for t in doc if t.text == "It")) is None


def test_the_weathers_it_stands_for_nothing(nlp):  # noqa: F811
    doc = nlp("The new parking rule took effect last week. It snowed in Denver on Friday.")
    assert thing_it_stands_for(next(t for t in doc if t.text == "It")) is None


def test_a_thing_in_a_phrase_of_means_is_no_antecedent(nlp):  # noqa: F811
    # "with the grant money" tells what paid for the advert; the story goes on about the advert.
    text = "The minister paid for the safety advert with the grant money. It ran on Monday."
    titles = event_titles(nlp, text)
    assert not any(t.startswith("Grant money") for t in titles), titles


def test_a_thing_beside_the_one_told_of_is_no_antecedent(nlp):  # noqa: F811
    text = "The county printed the voter guide despite the paper shortage. It ran on Monday."
    titles = event_titles(nlp, text)
    assert not any(t.startswith("Paper shortage") for t in titles), titles


def test_a_duration_is_no_date_of_the_clause_own(nlp):  # noqa: F811
    # "for three hours" says how long, not when: the clause has no setting of its own.
    doc = nlp(
        "The minister spent another million dollars on the safety advert. It ran for three hours."
    )
    pronoun = next(t for t in doc if t.text == "It")
    assert thing_it_stands_for(pronoun) is None


def test_a_date_is_the_clause_own_setting(nlp):  # noqa: F811
    doc = nlp("The minister spent another million dollars on the safety advert. It ran in May.")
    pronoun = next(t for t in doc if t.text == "It")
    assert thing_it_stands_for(pronoun) is not None


def test_a_count_of_years_from_a_happening_is_the_clause_own_date(nlp):  # noqa: F811
    # "two years after the vote" counts on to a point in time: a date, not how long it took.
    doc = nlp(
        "The minister spent another million dollars on the safety advert. "
        "It ran two years after the vote."
    )
    pronoun = next(t for t in doc if t.text == "It")
    assert thing_it_stands_for(pronoun) is not None


def test_it_of_a_verb_it_controls_is_set_by_that_verbs_date(nlp):  # noqa: F811
    text = "The new toll bridge cost far more than planned. It is expected to open on Monday."
    assert any(t.startswith("Toll bridge opens") for t in event_titles(nlp, text))


def test_it_able_to_act_is_set_by_the_deeds_date(nlp):  # noqa: F811
    text = "The small museum lost its grant in May. It may be able to reopen on Friday."
    assert "Museum reopens" in event_titles(nlp, text)


def test_a_controlling_verb_without_a_setting_below_leaves_it_unnamed(nlp):  # noqa: F811
    text = "The new toll bridge cost far more than planned. It is expected to carry cars."
    assert not any(t.startswith("Toll bridge") for t in event_titles(nlp, text))
