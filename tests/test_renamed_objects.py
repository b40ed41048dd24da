"""One deed told twice by its doer with the same verb, what it was done to named again by
another noun of one class ("completed its acquisition of Belfield" … "completed the purchase
on Tuesday") is one happening (events.renamed_objects)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.deduplication import deduplicate
from stories.extraction.events.renamed_objects import object_renamed
from stories.extraction.mentions import EventCandidate

_WEDNESDAY = dt.date(2024, 5, 8)
_TUESDAY = dt.date(2024, 5, 7)
_OWN = {"date": {"source": "clause", "text": "Tuesday"}}
_INFERRED = {"date": {"source": "published", "text": ""}}


def _lead(**changes) -> EventCandidate:
    base = EventCandidate(
        "Norcorp Group Inc. completes $2 billion acquisition", "",
        "Norcorp Group Inc. completed its $2 billion acquisition of Belfield Ltd.", 0, 70,
        "complete", "occurred", date_start=_WEDNESDAY, date_precision="day",
        provenance=_INFERRED, extra={"kind": "general"},
    )  # fmt: skip
    return replace(base, **changes)


def _again(**changes) -> EventCandidate:
    base = EventCandidate(
        "Norcorp completes purchase", "", "Norcorp completed the purchase Tuesday", 900, 938,
        "complete", "occurred", date_start=_TUESDAY, date_precision="day", provenance=_OWN,
        extra={"kind": "general"},
    )  # fmt: skip
    return replace(base, **changes)


def test_the_object_named_again_by_a_noun_of_its_class_is_one_deed():
    assert object_renamed(_lead(), _again())


def test_the_first_telling_stays_and_takes_the_stated_day():
    (kept,) = deduplicate([_lead(), _again()])
    assert kept.title.startswith("Norcorp Group")
    assert kept.date_start == _TUESDAY


def test_a_thing_brought_in_with_an_article_is_another_deed():
    other = _again(quote="Norcorp completed a purchase of farmland Tuesday")
    assert not object_renamed(_lead(), other)


def test_nouns_of_different_classes_are_two_deeds():
    audit = _again(title="Norcorp completes audit", quote="Norcorp completed the audit Tuesday")
    assert not object_renamed(_lead(), audit)


def test_another_doer_is_another_deed():
    other = _again(title="Delmar completes purchase", quote="Delmar completed the purchase")
    assert not object_renamed(_lead(), other)


def test_two_stated_days_that_differ_are_two_deeds():
    lead = _lead(provenance=_OWN)
    assert not object_renamed(lead, _again())


def test_a_deed_only_planned_is_not_the_deed_done():
    planned = _again(certainty="planned")
    assert not object_renamed(_lead(), planned)


def test_a_purchase_of_another_named_thing_is_another_deal():
    plant = _again(quote="Norcorp completed the purchase of a Texas plant Tuesday")
    assert not object_renamed(_lead(), plant)


def test_a_deal_the_doer_also_completed_is_another_deal():
    also = _again(quote="Norcorp also completed the purchase Tuesday")
    assert not object_renamed(_lead(), also)


def test_the_purchase_of_the_thing_the_lead_named_is_one_deal():
    same = _again(quote="Norcorp completed the purchase of Belfield Tuesday")
    assert object_renamed(_lead(), same)


def test_a_purchase_of_another_named_firm_is_another_deal():
    delmar = _again(quote="Norcorp completed the purchase of Delmar Tuesday")
    assert not object_renamed(_lead(), delmar)


def test_the_purchase_brought_in_with_an_article_between_the_tellings_is_that_purchase():
    farmland = EventCandidate(
        "Norcorp agrees", "", "Norcorp agreed to a purchase of farmland", 400, 441, "agree",
        "occurred", date_start=_WEDNESDAY, date_precision="day", provenance=_INFERRED,
        extra={"kind": "general"},
    )  # fmt: skip
    assert len(deduplicate([_lead(), farmland, _again()])) == 3
