"""A complement that tells the event takes its governor into its clause when the governor
reports nothing of its own (events.sites.clause_tokens): "began to promote", "tried to flee".

Short sentences written for these tests.
"""

from stories.extraction.events.sites import clause_tokens, dated_deed, find_sites
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _site(doc, trigger: str):
    return next(site for site in find_sites(doc) if site.trigger == trigger)


def test_a_complement_clause_holds_its_bare_governor(nlp):  # noqa: F811
    doc = nlp("The rescue team began to search the flooded valley on Tuesday.")

    words = [t.text for t in clause_tokens(_site(doc, "search").anchor)]

    assert words[:2] == ["began", "to"]


def test_the_event_quote_starts_at_the_governor(nlp):  # noqa: F811
    text = "On Friday the regional broadcaster began to promote its election coverage."

    quotes = [e.quote for e in events_of(nlp, text) if e.trigger == "promote"]

    assert quotes and quotes[0].startswith("began to promote")


def test_a_governor_with_a_site_of_its_own_stays_out(nlp):  # noqa: F811
    # "agreed" is told as a deed itself: the complement is no site and no clause borrows it.
    doc = nlp("The company agreed to return the money on Monday.")

    assert all(t.text != "return" for site in find_sites(doc) for t in [site.anchor])


def test_a_dated_finding_is_an_event_of_its_own(nlp):  # noqa: F811
    # A finding told as done on a day of its own happened then; its clause is what was found.
    text = "In March 2016, the inspectors concluded that the dam had been poorly built."

    assert "conclude" in [e.trigger for e in events_of(nlp, text)]


def test_an_undated_finding_stays_a_frame(nlp):  # noqa: F811
    doc = nlp("The inspectors concluded that the dam had been poorly built.")

    assert all(site.anchor.text != "concluded" for site in find_sites(doc))


def test_a_dated_clause_that_only_times_another_stays_a_frame(nlp):  # noqa: F811
    # "after the news broke on Friday that…" dates the main clause; it is no deed of its own.
    doc = nlp("Soon after the news broke on Friday that the plant would close, workers gathered.")

    assert not dated_deed(next(t for t in doc if t.text == "broke"))
