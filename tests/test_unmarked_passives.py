"""Participles with no auxiliary whose noun undergoes them (events.unmarked_passives): the
title says what was done to the noun ("Footage recorded"), never that the noun did it."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _titles(nlp, text: str, trigger: str) -> list[str]:  # noqa: F811
    return [e.title for e in events_of(nlp, text) if e.trigger == trigger]


def test_a_participle_set_off_by_a_comma_after_its_noun_is_titled_passive(nlp):  # noqa: F811
    text = (
        "The ninth video, also filmed secretly in a rented garage in Oslo on Monday, "
        "the dealer is showing rifles stacked against a wall."
    )
    titles = _titles(nlp, text, "film")
    assert titles and all(t.startswith("Video filmed") for t in titles), titles


def test_a_participle_before_a_verb_with_no_and_is_titled_passive(nlp):  # noqa: F811
    text = "Bullets fired from the pickup hit a deputy in the leg in Oslo on Monday, police said."
    titles = _titles(nlp, text, "fire")
    assert titles and all(t.startswith("Bullets fired") for t in titles), titles


def test_a_participle_sharing_an_earlier_auxiliary_is_titled_passive(nlp):  # noqa: F811
    text = (
        "The square in Oslo was sealed off on Monday and hundreds of extra police brought in "
        "amid fears of riots."
    )
    titles = _titles(nlp, text, "bring")
    assert titles and all(t.startswith("Police brought") for t in titles), titles


def test_a_true_active_past_keeps_its_active_title(nlp):  # noqa: F811
    text = "Officers recorded the footage in Oslo on Monday."
    assert _titles(nlp, text, "record") == ["Officers record footage in Oslo"]


def test_verbs_joined_by_and_keep_their_active_title(nlp):  # noqa: F811
    text = "The gunman fired from the pickup in Oslo on Monday and hit a deputy."
    titles = _titles(nlp, text, "fire")
    assert titles and all(t.startswith("Gunman fires") for t in titles), titles


def test_a_named_subject_before_a_stray_comma_keeps_its_active_title(nlp):  # noqa: F811
    text = "Sheriff Tom Lee, arrived in Oslo on Monday, and the crowd was told to leave."
    titles = _titles(nlp, text, "arrive")
    assert all("arrived" not in t for t in titles), titles


def test_a_clause_opened_by_as_keeps_the_active_title(nlp):  # noqa: F811
    text = "Workers walked out in Oslo on Monday as the talks collapsed."
    assert _titles(nlp, text, "walk") == ["Workers walk out in Oslo"]


def test_a_deed_run_on_into_a_saying_with_no_comma_keeps_its_active_title(nlp):  # noqa: F811
    text = "The driver died in Oslo on Monday police said."
    titles = _titles(nlp, text, "die")
    assert titles and all(t.startswith("Driver dies") for t in titles), titles


def test_a_protest_run_on_into_a_saying_keeps_its_active_title(nlp):  # noqa: F811
    text = "Farmers marched through Oslo on Monday officials said."
    titles = _titles(nlp, text, "march")
    assert titles and all(t.startswith("Farmers march") for t in titles), titles
