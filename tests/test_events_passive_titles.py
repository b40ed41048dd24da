"""Titles of participles set before their clause (events.titles): the subject undergoes them."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_fronted_participle_is_titled_as_a_passive(nlp):  # noqa: F811
    text = "Arrested by police in Oslo on Monday, Tom Lee resigned from the council on Tuesday."
    (arrest,) = [e for e in events_of(nlp, text) if e.trigger == "arrest"]
    assert arrest.title.startswith("Tom Lee arrested")


def test_the_clause_after_a_fronted_participle_keeps_its_active_title(nlp):  # noqa: F811
    text = "Arrested by police in Oslo on Monday, Tom Lee resigned from the council on Tuesday."
    (resign,) = [e for e in events_of(nlp, text) if e.trigger == "resign"]
    assert resign.title == "Tom Lee resigns"
