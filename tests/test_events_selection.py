"""The learned keep/drop decision over extracted events (benchmarks.selection, keep_training).

Events and texts are written here by hand; the model is built from a tiny synthetic set, so
these specify the machinery, not the weights `make keep-model` builds from the dev gold.
"""

import datetime as dt
import json

import pytest

from benchmarks.keep_training import Extracted, article, build, held_out_report
from benchmarks.selection import (
    FEATURES,
    article_features,
    keep_scores,
    load_weights,
    select_events,
)
from stories.extraction.mentions import EventCandidate, PlaceMention

LEAD = "The minister arrived in Lyon on Monday."
TEXT = (
    f"{LEAD}\n\nOfficials prepared for months.\n\n"
    '"Things happen," an aide said.\n\nObservers watched as crowds gathered.'
)


def _event(text: str, clause: str, *, dated: bool, placed: bool, people: tuple = ()):
    start = text.index(clause)
    provenance = {}
    if dated:
        provenance["date"] = {"source": "clause", "text": "Monday"}
    if placed:
        provenance["place"] = {"source": "clause", "confidence": 0.9}
    return EventCandidate(
        title=clause.rstrip("."),
        summary=clause,
        quote=clause,
        start=start,
        end=start + len(clause),
        trigger=clause.split()[1],
        certainty="occurred",
        date_start=dt.date(2024, 3, 4) if dated else None,
        date_precision="day" if dated else "unknown",
        place=PlaceMention("Lyon", 0, 4, kind="city", specificity=3) if placed else None,
        people=people,
        provenance=provenance,
        extra={"class": "arrive", "kind": "verb"},
    )


def _lead_event():
    return _event(TEXT, LEAD, dated=True, placed=True, people=("Anna Berg",))


def _generic_event():
    return _event(TEXT, "Officials prepared for months.", dated=False, placed=False)


def _synthetic_set(batches=("dev", "dev", "dev")):
    """Copies of one story: the dated, placed lead matches gold, the rest does not."""
    gold = [{"at": TEXT.index("arrived"), "trigger": "arrived", "key": True}]
    quoted = _event(TEXT, '"Things happen," an aide said.', dated=False, placed=False)
    later = _event(TEXT, "Observers watched as crowds gathered.", dated=False, placed=False)
    events = [_lead_event(), _generic_event(), quoted, later]
    published = dt.date(2024, 3, 5)
    return [
        article(Extracted(batch, str(i), TEXT, published, events, gold))
        for i, batch in enumerate(batches)
    ]


@pytest.fixture(scope="module")
def model():
    return build(_synthetic_set())


def test_building_twice_from_the_same_gold_gives_the_same_model():
    assert json.dumps(build(_synthetic_set())) == json.dumps(build(_synthetic_set()))


def test_a_dated_placed_lead_event_with_a_named_actor_is_kept(model):
    assert _lead_event() in select_events([_lead_event(), _generic_event()], text=TEXT, model=model)


def test_an_undated_generic_clause_scores_lower_than_the_lead_event(model):
    lead, generic = keep_scores([_lead_event(), _generic_event()], TEXT, model)
    assert generic < lead


def test_the_lead_is_the_first_line_with_a_full_sentence_not_a_headline_above_it():
    text = f"Minister visits\n\n{TEXT}"
    event = _event(text, LEAD, dated=True, placed=True)
    (values,) = article_features([event], text)
    assert values[FEATURES.index("lead_sentence")] == 1.0


def test_a_date_after_the_publication_day_counts_as_ahead():
    (values,) = article_features([_lead_event()], TEXT, dt.date(2024, 3, 1))
    assert values[FEATURES.index("date_ahead")] == 1.0


def test_the_held_out_report_scores_each_batch_with_a_model_trained_on_the_others():
    report = held_out_report(_synthetic_set(("dev", "dev", "tb", "tb", "lgldev", "lgldev")))
    assert [line.split()[0] for line in report[1:4]] == ["dev", "tb", "lgldev"]


def test_weights_are_read_once_per_process(tmp_path, model):
    path = tmp_path / "selection.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    load_weights.cache_clear()
    first = load_weights(path)
    path.write_text("not json", encoding="utf-8")
    assert load_weights(path) is first
    load_weights.cache_clear()


def test_without_a_built_model_every_event_is_kept(tmp_path):
    load_weights.cache_clear()
    assert load_weights(tmp_path / "absent.json") is None
    load_weights.cache_clear()
