"""A name set beside a noun said of one sex ("her husband Roger", "Mrs. Lee") takes that
sex's pronoun (events.gendered_names, pronoun_agreement). Sentences written for these tests."""

from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)
from tests.test_events_pronouns import _events


def _titles(nlp, text: str, people: dict[str, str]) -> list[str]:  # noqa: F811
    return [e.title for e in _events(nlp, text, people)]


def test_a_she_after_her_husband_named_is_not_the_husband(nlp):  # noqa: F811
    text = (
        "When Ana Ruiz got a call that her husband Tom Ruiz had not come home, she drove "
        "to Lyon on Monday."
    )
    titles = _titles(nlp, text, {"Ana Ruiz": "Ana Ruiz", "Tom Ruiz": "Tom Ruiz"})
    assert "Ana Ruiz drives to Lyon" in titles


def test_a_he_after_his_wife_named_is_not_the_wife(nlp):  # noqa: F811
    text = (
        "When Tom Ruiz heard that his wife Ana Ruiz had not come home, he drove to Lyon on Monday."
    )
    titles = _titles(nlp, text, {"Tom Ruiz": "Tom Ruiz", "Ana Ruiz": "Ana Ruiz"})
    assert "Tom Ruiz drives to Lyon" in titles


def test_mr_and_mrs_before_a_mans_name_does_not_make_him_she(nlp):  # noqa: F811
    from stories.extraction.events.gendered_names import noun_pronouns

    doc = nlp("Mr. and Mrs. Tom Lee arrived in Boise on Monday.")
    names = {t.i: "Tom Lee" for t in doc if t.text in ("Tom", "Lee")}
    assert "she" not in noun_pronouns(doc, names).get("Tom Lee", set())
