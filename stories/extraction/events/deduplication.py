"""One event per happening: dropping repeated reports and merging an article's retellings.

WHY: events.identity says which two tellings are one happening (`event_key`, `same_event` and
the retelling rules: `same_predicate`, `refers_back`, `named_as_deed` …); this module does the
merging, kept apart so that a new rule of what is a retelling goes in identity (or a module of
its own) and the mechanics stay here. `deduplicate` keeps one report per clause and per key and
word, then `_merge_retellings` joins a later telling of one happening into the first: which
telling stays (the one with its own date, a place, the exact date), and what the kept one takes
from the other, with provenance saying it came by the retelling (`taken_from_retelling`).
"""

from __future__ import annotations

from dataclasses import replace

from stories.extraction.events.admitted_deeds import retold_in_an_admission
from stories.extraction.events.argument_nouns import is_noun, named_as_argument
from stories.extraction.events.described_actors import told_of_described_actor
from stories.extraction.events.folding import own_date, with_date_of
from stories.extraction.events.identity import (
    brought_in,
    done_to_other,
    event_key,
    named_apart,
    named_as_deed,
    named_more_exactly,
    names_deed_again,
    names_shared,
    refers_back,
    retold,
    retold_by_its_actorless_verb,
    same_predicate,
)
from stories.extraction.events.meeting_acts import acts_apart
from stories.extraction.events.one_death import dies_once
from stories.extraction.events.passive_retellings import retold_in_the_passive
from stories.extraction.events.renamed_objects import object_renamed
from stories.extraction.events.stated_spans import same_stated_span
from stories.extraction.events.undergoers import told_of_its_undergoer
from stories.extraction.events.unnamed_leads import named_after_its_lead, named_stays
from stories.extraction.mentions import EventCandidate


def deduplicate(candidates: list[EventCandidate]) -> list[EventCandidate]:
    """One event per clause and per key and word: the first report, unless a later one is more
    exact. The key alone is too coarse inside one article before places are set: "dozens
    were killed" and "gunmen shot at a bus" share class and day; two
    different words for one happening are `_merge_retellings`' question, on evidence (the
    retelling rules of events.identity)."""
    kept: dict[tuple[str, str, int], EventCandidate] = {}
    spans: set[tuple[int, int]] = set()
    for candidate in candidates:
        if (candidate.start, candidate.end) in spans:
            continue
        spans.add((candidate.start, candidate.end))
        key = _told_alike(kept, candidate)
        if key not in kept or _detail(candidate) > _detail(kept[key]):
            kept[key] = candidate
    return _merge_retellings(sorted(kept.values(), key=lambda c: c.start))


def _told_alike(
    kept: dict[tuple[str, str, int], EventCandidate], candidate: EventCandidate
) -> tuple[str, str, int]:
    """The slot of the report with the same key and word that names no one else: "GateHouse
    laid off 60" and "Gannett laid off several hundred" (same year, no person) are two
    happenings, as are "a new ABC News poll" and "a fresh Reuters poll"."""
    base = (event_key(candidate), candidate.trigger)
    number = 0
    while (*base, number) in kept and (
        named_apart(kept[(*base, number)], candidate)
        or brought_in(candidate)
        or done_to_other(kept[(*base, number)], candidate)
        or acts_apart(kept[(*base, number)], candidate)
    ):
        number += 1
    return (*base, number)


def _merge_retellings(candidates: list[EventCandidate]) -> list[EventCandidate]:
    """One happening told twice in an article (the lead, then the details) is one event: the
    same actor, a compatible kind, place and dates (`same_event`). The first telling stays,
    taking what the later one adds (a date, a place, with provenance saying so), unless the
    later one brings names the first lacks: then it is a happening named in passing, and its
    details are not the first's ("a meeting in Chile" gives no place to "the cabinet
    meeting")."""
    kept: list[EventCandidate] = []
    for candidate in candidates:
        earlier = next(
            (
                k
                for k in kept
                if (k.people[:1] == candidate.people[:1] != () and retold(k, candidate))
                or same_predicate(k, candidate)
                or retold_by_its_actorless_verb(k, candidate)
                or named_more_exactly(k, candidate)
                or refers_back(k, candidate)
                or refers_back(candidate, k)
                or named_as_deed(k, candidate)
                or names_deed_again(k, candidate)
                or told_of_its_undergoer(k, candidate)
                or retold_in_the_passive(k, candidate)
                or told_of_described_actor(k, candidate)
                or retold_in_an_admission(k, candidate)
                or dies_once(k, candidate)
                or named_after_its_lead(k, candidate)
                or same_stated_span(k, candidate)
                or object_renamed(k, candidate, kept)
                or named_as_argument(k, candidate)
            ),
            None,
        )
        if earlier is None:
            kept.append(candidate)
            continue
        position = kept.index(earlier)
        if named_as_argument(earlier, candidate):
            kept[position] = candidate if is_noun(earlier) else earlier  # the deed stays
            continue
        if named_as_deed(earlier, candidate) and _fuller(candidate) > _fuller(earlier):
            earlier, candidate = candidate, earlier  # keep the telling with the date and place
        elif named_stays(earlier, candidate):
            earlier, candidate = candidate, earlier  # the lead's unnamed person, named later
        if own_date(candidate) and not own_date(earlier) and refers_back(candidate, earlier):
            earlier = candidate  # the later naming carries the date: it is the fuller telling
        elif _finer(candidate, earlier) and _told_more_exactly(earlier, candidate):
            earlier = candidate  # "next month", then "on December 2": the later is exact
        if not names_shared(candidate, earlier):
            kept[position] = earlier  # a naming in passing: none of its details are the first's
            continue
        dated = with_retold_date(earlier, candidate)
        if dated is not earlier and names_deed_again(dated, candidate):
            dated = replace(dated, background=candidate.background)
        kept[position] = with_retold_place(dated, candidate)
    return kept


def _fuller(candidate: EventCandidate) -> tuple[bool, bool]:
    """Which of two tellings of one happening stays: the one with its own date, then a place;
    else the first (a retelling "because it invaded" carries only the day it was told)."""
    return (own_date(candidate), candidate.place is not None)


def with_retold_date(kept: EventCandidate, telling: EventCandidate) -> EventCandidate:
    """The kept telling with another telling's date when it has none, or when only the other's
    own clause states one (a telling's own day over one the sentence or story gave it); else the
    kept telling itself."""
    if telling.date_start is None or not (
        kept.date_start is None or (own_date(telling) and not own_date(kept))
    ):
        return kept
    return with_date_of(kept, telling, taken_from_retelling(telling, "date"))


def with_retold_place(kept: EventCandidate, telling: EventCandidate) -> EventCandidate:
    """The kept telling with another telling's place when it has none."""
    if kept.place is not None or telling.place is None:
        return kept
    place = taken_from_retelling(telling, "place")
    return replace(kept, place=telling.place, provenance={**kept.provenance, "place": place})


def taken_from_retelling(telling: EventCandidate, field: str) -> dict:
    """Provenance of a field taken from a retelling: where that telling had it from, and that
    it came by the retelling (an editor sees why the first telling has it)."""
    had = telling.provenance.get(field) or {}
    return {
        **had,
        "source": "retelling",
        "retelling_source": had.get("source", ""),
        "retelling": telling.quote[:80],
    }


def _told_more_exactly(earlier: EventCandidate, later: EventCandidate) -> bool:
    return retold_by_its_actorless_verb(earlier, later) or named_more_exactly(earlier, later)


def _finer(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether a states its own date more exactly than b does."""
    order = ("year", "month", "week", "day")
    if not (own_date(a) and own_date(b)):
        return False
    ranks = [order.index(c.date_precision) if c.date_precision in order else -1 for c in (a, b)]
    return ranks[0] > ranks[1]


def _detail(candidate: EventCandidate) -> int:
    """A later report of the same key is more exact when it names more people; a longer
    clause is not ("CNBC reported" in the lead, "the news organization, citing a source,
    reported" after it)."""
    return len(candidate.people)
