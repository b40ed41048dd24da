"""A main clause whose subject is a counted part of a named whole ("most of the old bridges",
"$3 million of the loan") reports what happened to that whole (events.counted_subjects).
Sentences written for these tests."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _triggers(nlp, text: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, text)]


def test_a_share_of_a_named_whole_as_a_main_subject_is_an_actor(nlp):  # noqa: F811
    text = "The river rose for a week. Most of the old wooden bridges were destroyed."

    assert "destroy" in _triggers(nlp, text)


def test_a_sum_of_a_named_whole_as_a_main_subject_is_an_actor(nlp):  # noqa: F811
    text = "The firm borrowed heavily last year. About $3 million of the loan has been repaid."

    assert "repay" in _triggers(nlp, text)


def test_a_bare_count_without_its_whole_is_no_actor(nlp):  # noqa: F811
    text = "The river rose for a week. All but three were destroyed."

    assert "destroy" not in _triggers(nlp, text)


def test_a_counted_part_in_a_reported_clause_is_no_actor(nlp):  # noqa: F811
    text = "The mayor said only one of the ten agencies met the goal."

    assert "meet" not in _triggers(nlp, text)


def _titles(text: str) -> list[str]:
    import datetime as dt

    from stories.extraction.analysis import analyse_text

    return [e.title for e in analyse_text(text, published=dt.date(2024, 3, 6)).events]


def test_a_bare_numeral_subject_takes_a_plural_verb_in_the_title():
    titles = _titles("At the Harbor City plant, 300 lose jobs on Monday.")

    assert any(t.startswith("300 lose jobs") for t in titles), titles


def test_a_counted_part_in_words_takes_a_plural_verb_in_the_title():
    titles = _titles(
        "Three hundred of the mill's workers lost their jobs in Harbor City on Monday."
    )

    assert any(t.startswith("Three hundred lose jobs") for t in titles), titles


def test_one_as_a_counted_subject_keeps_a_singular_verb_in_the_title():
    titles = _titles("One of the mill's workers lost his job in Harbor City on Monday.")

    assert any(t.startswith("One loses job") for t in titles), titles


def test_a_year_as_title_subject_is_not_a_counted_plural():
    from stories.extraction.events.inflection import counted_plural
    from stories.extraction.nlp import get_nlp

    doc = get_nlp()("2019 saw a sharp rise in tourism.")
    assert not counted_plural(doc[0])
