"""A deed joined by "and" to a saying that follows the clause it reports ("Deputies seized two
rifles, the sheriff said Monday, and arrested four men") goes on with that clause: its doer
is the reported clause's subject (events.said_conjuncts). A saying joined to a saying ("said
… and added") stays the speaker's talk."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "The county board met on Monday. Members argued for hours about the budget. "


def _titles(nlp, sentence: str) -> dict[str, str]:  # noqa: F811
    return {e.trigger: e.title for e in events_of(nlp, _LEAD + sentence)}


def test_a_deed_after_a_mid_sentence_saying_is_the_reported_doers(nlp):  # noqa: F811
    text = "Deputies seized rifles in Galveston, the sheriff said on Monday, and arrested four men."
    titles = _titles(nlp, text)
    assert "arrest" in titles
    assert titles["arrest"].startswith("Deputies")


def test_a_saying_after_a_saying_is_not_taken_as_the_reported_doers(nlp):  # noqa: F811
    text = "Deputies seized rifles in Galveston, the sheriff said on Monday, and added a warning."
    titles = _titles(nlp, text)
    assert not titles.get("add", "").startswith("Deputies")
