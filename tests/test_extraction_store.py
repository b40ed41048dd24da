"""Extraction written to the database: idempotent, and never undoing an editor."""

import datetime as dt

import pytest

from stories.extraction.store import extract_article
from stories.models import Article, DeletedEvent, Event, EventSource, Mention
from tests.factories import make_article

pytestmark = pytest.mark.django_db

# Published Thursday 2024-05-16.
FERRY = (
    "HARBOR CITY, Norway — The ferry Nordlys arrived in Bergen on Tuesday after a storm held it "
    "at sea for two days. The ship left Stavanger on Sunday, its operator said.\n\n"
    "The ship is expected to sail on to Oslo on Friday."
)
PUBLISHED = dt.datetime(2024, 5, 16, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def ferry_article(story):
    return make_article(story=story, text=FERRY, published_at=PUBLISHED)


def arrival(story) -> Event:
    return Event.objects.get(story=story, trigger="arrive")


def test_extraction_creates_dated_placed_events_with_quotes(ferry_article):
    extract_article(article=ferry_article)

    event = arrival(ferry_article.story)
    assert event.date_start == dt.date(2024, 5, 14)
    assert event.place.name == "Bergen"
    source = event.sources.get()
    assert ferry_article.text[source.start : source.end] == source.quote


def test_place_mentions_are_recorded_with_offsets(ferry_article):
    extract_article(article=ferry_article)

    mention = Mention.objects.filter(article=ferry_article, place__name="Stavanger").get()
    assert ferry_article.text[mention.start : mention.end] == "Stavanger"


def test_running_extraction_twice_changes_nothing(ferry_article):
    extract_article(article=ferry_article)
    before = sorted(Event.objects.values_list("pk", "title", "date_start"))

    report = extract_article(article=ferry_article)

    assert sorted(Event.objects.values_list("pk", "title", "date_start")) == before
    assert (report.events_created, report.events_removed) == (0, 0)
    assert EventSource.objects.count() == len(before)


def test_an_editors_date_survives_re_extraction(ferry_article):
    extract_article(article=ferry_article)
    event = arrival(ferry_article.story)
    event.date_start = dt.date(2024, 5, 13)
    event.lock("date_start")
    event.save()

    extract_article(article=ferry_article)

    event.refresh_from_db()
    assert event.date_start == dt.date(2024, 5, 13)


def test_an_event_an_editor_deleted_does_not_come_back(ferry_article):
    extract_article(article=ferry_article)
    event = arrival(ferry_article.story)
    DeletedEvent.remember(event)
    event.delete()

    extract_article(article=ferry_article)

    assert not Event.objects.filter(story=ferry_article.story, trigger="arrive").exists()


def test_events_from_removed_text_go_away_on_re_extraction(ferry_article):
    extract_article(article=ferry_article)
    ferry_article.text = FERRY.split("\n\n")[0]
    ferry_article.save()

    extract_article(article=ferry_article)

    assert not Event.objects.filter(certainty=Event.Certainty.EXPECTED).exists()


def test_an_edited_event_stays_when_its_text_goes(ferry_article):
    extract_article(article=ferry_article)
    expected = Event.objects.get(certainty=Event.Certainty.EXPECTED)
    expected.title = "Nordlys sails on to Oslo"
    expected.lock("title")
    expected.save()
    ferry_article.text = FERRY.split("\n\n")[0]
    ferry_article.save()

    extract_article(article=ferry_article)

    assert Event.objects.filter(pk=expected.pk).exists()


def test_the_same_event_in_two_versions_is_one_event_with_two_sources(ferry_article):
    extract_article(article=ferry_article)
    version = make_article(
        story=ferry_article.story,
        text=FERRY.replace("after a storm held it at sea", "after a storm kept it offshore"),
        published_at=PUBLISHED,
        canonical_url="https://other.example/ferry",
    )

    extract_article(article=version)

    assert arrival(ferry_article.story).sources.count() == 2


def test_a_version_placing_the_event_in_the_state_around_the_city_reports_the_same_event(story):
    for place in ("Sacramento", "California"):
        article = make_article(
            story=story,
            text=f"A solar balloon landed in {place} on Tuesday after three days aloft.",
            published_at=PUBLISHED,
            canonical_url=f"https://{place.lower()}.example/balloon",
        )
        extract_article(article=article)

    landing = Event.objects.get(story=story, trigger="land")
    assert landing.sources.count() == 2


def test_a_version_telling_another_happening_in_a_city_of_the_country_keeps_it_apart(story):
    texts = (
        "The delegation arrived in France on Tuesday for three days of talks.",
        "The delegation's train stopped in Lyon on Tuesday for three days of talks.",
    )
    for number, text in enumerate(texts):
        article = make_article(
            story=story,
            text=text,
            published_at=PUBLISHED,
            canonical_url=f"https://news{number}.example/delegation",
        )
        extract_article(article=article)

    places = set(Event.objects.filter(story=story).values_list("place__name", flat=True))
    assert {"France", "Lyon"} <= places


def test_without_a_publication_date_relative_dates_stay_unresolved(story):
    article = make_article(
        story=story, text=FERRY, published_at=None, published_source=Article.DateSource.UNKNOWN
    )

    extract_article(article=article)

    event = arrival(story)
    assert event.date_start is None
    assert event.date_precision == Event.Precision.UNKNOWN


def test_dates_resting_on_an_inferred_publication_date_are_flagged(story):
    article = make_article(
        story=story,
        text=FERRY,
        published_at=PUBLISHED,
        published_source=Article.DateSource.INFERRED,
    )

    extract_article(article=article)

    assert arrival(story).date_inferred


def test_reports_of_a_merged_away_event_go_to_the_survivor(ferry_article):
    from stories.admin.merging import merge_events

    extract_article(article=ferry_article)
    arrival_event = arrival(ferry_article.story)
    departure = Event.objects.get(story=ferry_article.story, trigger="leave")
    survivor = merge_events([arrival_event, departure])

    extract_article(article=ferry_article)

    assert Event.objects.filter(story=ferry_article.story, trigger="leave").count() == 0
    assert survivor.sources.count() == 2


def test_a_stated_year_is_not_flagged_as_resting_on_an_inferred_date(story):
    article = make_article(
        story=story,
        text="The ferry Nordlys first arrived in Bergen in 2019, its operator said.",
        published_at=PUBLISHED,
        published_source=Article.DateSource.INFERRED,
    )

    extract_article(article=article)

    assert not arrival(story).date_inferred
