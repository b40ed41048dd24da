"""One verb told of its doer acting on a thing, and again of the thing alone: one happening.

News tells a happening by what did it and, a paragraph on, by what it befell, with the same
verb: "a protest that closed more than half of the state's school districts" then "nearly 300
school districts closed because of the rally"; "the storm sank the ferry … the ferry sank
within minutes". English lets many verbs of change take the thing changed either as object
(the cause acting) or as subject (the change alone, or the passive). The clause reader makes an
event of each telling, and none of the other retelling rules in `identity` join them: the
subjects differ (so no shared actor), and the second telling has no object to share.

`told_of_its_undergoer` joins them when the verb is the same lemma, both are told as done,
the thing one telling acts on is the other's subject (the same head noun), the other
telling acts on nothing, neither brings in a new thing with "a"/"another", and dates and
places do not disagree. Two tellings that each act on something are the other rules'
question; "the bridges reopened" after "shut the bridges" is another verb, another happening.
"""

from __future__ import annotations

import datetime as dt
import re

from stories.extraction.events.dates import dates_overlap, period_end
from stories.extraction.events.inflection import irregular_form_of
from stories.extraction.events.lexicon import (
    DEFINITE_DETERMINERS,
    LIGHT_VERBS,
    PLACE_PREPOSITIONS,
)
from stories.extraction.mentions import EventCandidate

STEM = 4  # "close", "closes", "closed" share "clos"; "shut" all of "shut"
_HEAD = 5  # "district" and "districts" share "distr"
_SHORT = 3  # "the", "its", "of" say nothing of which thing it is
_INDEFINITE = frozenset({"a", "an", "another"})
# "took the decision … the decision was taken": a verb that carries an event noun tells the
# noun's happening, which the rules for event nouns join.
CARRIERS = LIGHT_VERBS | {"take"}


def one_plain_deed(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether two tellings share one single-word verb that is a deed of its own (not a verb
    carrying an event noun), both told as done: the ground both retelling rules start from."""
    if a.trigger != b.trigger or " " in a.trigger or a.trigger in CARRIERS:
        return False
    if a.certainty != "occurred" or b.certainty != "occurred":
        return False
    return "noun" not in (a.extra.get("kind"), b.extra.get("kind"))


def told_of_its_undergoer(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether one telling acts on a thing ("the flood shut three bridges") and the other,
    with the same verb and no object, has that thing as its subject ("the bridges shut")."""
    if not one_plain_deed(a, b):
        return False
    parts = [subject_and_object(c) for c in (a, b)]
    if any(p is None for p in parts):
        return False
    (subject_a, object_a), (subject_b, object_b) = parts  # type: ignore[misc]
    if bool(object_a) == bool(object_b):
        return False  # both act on something, or neither: not one told of its undergoer
    acting, undergoing = (a, b) if object_a else (b, a)
    done_to, subject = (object_a, subject_b) if object_a else (object_b, subject_a)
    if brought_in(undergoing) or counted_apart(a, b):
        return False  # "a bridge shut upstream": another thing brought in
    head = head_stem(done_to)
    if not head or head != head_stem(subject) or _sort_unsaid(subject, acting):
        return False
    if acting.people and undergoing.people and not set(acting.people) & set(undergoing.people):
        return False
    return same_time_and_place(a, b)


def same_time_and_place(a: EventCandidate, b: EventCandidate) -> bool:
    """Both tellings are dated, on days that overlap, and their places (when both have one)
    agree: undated tellings are never joined, as two happenings of one kind may lie apart."""
    if not (a.date_start and b.date_start) or not dates_overlap(period_of(a), period_of(b)):
        return False
    return places_agree(a, b)


def subject_and_object(candidate: EventCandidate) -> tuple[list[str], list[str]] | None:
    """The title's words before its verb and after it (up to a place phrase), or None when the
    verb is not found in the title."""
    words = candidate.title.casefold().split()
    stem = candidate.trigger.casefold()[:STEM]
    lemma = candidate.trigger.casefold()
    at = next(
        (
            n
            for n, w in enumerate(words)
            if n and (w.startswith(stem) or irregular_form_of(w, lemma))
        ),
        None,
    )
    if at is None:
        return None
    after = []
    for word in words[at + 1 :]:
        if word in PLACE_PREPOSITIONS or word == "near":
            break
        after.append(word)
    return words[:at], after


def object_head(candidate: EventCandidate) -> str:
    """The head noun's stem of what the telling's title says was done to ("" for none)."""
    parts = subject_and_object(candidate)
    return head_stem(parts[1]) if parts else ""


def counted_apart(a: EventCandidate, b: EventCandidate) -> bool:
    """Both titles count what was done and share no figure: "sold 303,417 vehicles" and "sold
    nearly 17.3 million vehicles" are two sales."""
    counts = [set(re.findall(r"\d[\d.,]*", c.title)) for c in (a, b)]
    return all(counts) and not counts[0] & counts[1]


def head_stem(words: list[str]) -> str:
    """The stem of the phrase's last word, its head noun: "the state's school districts" and
    "nearly 300 school districts" -> "distr"; "" when it is short or no word."""
    found = re.findall(r"[^\W\d_]+", " ".join(words))
    return found[-1][:_HEAD] if found and len(found[-1]) > _SHORT else ""


def _sort_unsaid(subject: list[str], acting: EventCandidate) -> bool:
    """The undergoer is named with a noun before its head that the acting telling never says:
    "oil prices dropped" is not "airlines dropped their prices" ("their" names no sort)."""
    found = re.findall(r"[^\W\d_]+", " ".join(subject))
    if len(found) < 2 or len(found[-2]) < _SHORT or found[-2] in DEFINITE_DETERMINERS:
        return False
    said = re.findall(r"[^\W\d_]+", f"{acting.title} {acting.quote}".casefold())
    return found[-2][:_HEAD] not in {w[:_HEAD] for w in said}


def brought_in(candidate: EventCandidate) -> bool:
    return (candidate.quote.split() or [""])[0].casefold() in _INDEFINITE


def period_of(candidate: EventCandidate) -> tuple[dt.date, dt.date]:
    """The first and last day a dated telling may lie on."""
    start = candidate.date_start
    assert start is not None
    return start, candidate.date_end or period_end(start, candidate.date_precision)


def places_agree(a: EventCandidate, b: EventCandidate) -> bool:
    """The tellings' places do not disagree: one is unplaced, or one lies in the other."""
    from stories.extraction.events.identity import places_compatible

    return a.place is None or b.place is None or places_compatible(a.place, b.place)
