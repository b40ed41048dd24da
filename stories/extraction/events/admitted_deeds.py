"""A deed retold in what is said or admitted of it: one happening.

Court and crime copy tells the deed, then has its doer admit or describe it: "Vell stabbed Marr
outside a bar in May 2021" … "On Tuesday Vell admitted that she stabbed and wounded him". The
clause reader makes an event of the complement ("she stabbed"), and, having no day of its own,
it takes the day of the admission, so its dates no longer meet the deed's and `identity` keeps
two events, the second matching nothing (dev: a plea hearing's "admitted he shot and killed"
after the shooting told with its month).

`retold_in_an_admission` joins them when the later telling is the complement of a saying or
admitting verb, opens with a personal pronoun standing for the earlier telling's doer (the same
first person), has the same verb class, has no date of its own, names no one the earlier
telling does not, and tells of no other thing done to (its words after the verb are pronouns,
a verb joined by "and", or words of the earlier telling's own clause). A deed with its own
date ("admitted she stabbed a cellmate in March"), another victim or another verb stays apart.
"""

from __future__ import annotations

import re

from stories.extraction.events.lexicon import PERSONAL_PRONOUNS, VERB_CLASSES
from stories.extraction.mentions import EventCandidate

# The verb forms that put a deed in what its doer (or anyone) says or admits of it.
_TELLING = re.compile(
    r"\b(?:said|says|saying|admitted|admits|admitting|acknowledged|acknowledges|"
    r"acknowledging|confessed|confesses|confessing|testified|testifies|testifying|"
    r"told\s+[\w’'-]+(?:\s+[\w’'-]+)?)(?:\s+that)?\s*$",
    re.IGNORECASE,
)
# A pronoun, its verb and "and" before a joined verb: "he shot and" before "killed".
_JOINED = re.compile(r"\b(?:he|she|they|i|we)\s+[\w’'-]+\s+(?:and|or|then)\s*$", re.IGNORECASE)
_SUBJECTS = PERSONAL_PRONOUNS | {"they", "i", "we"}
_JOINING = frozenset({"and", "or", "then"})
_SMALL = frozenset({"the", "a", "an", "of", "to", "in", "at", "on", "with", "him", "her", "them"})
_STEM = 4  # "shot"/"shoot" aside, "stabbed" and "stab" share "stab"
_WORD_STEM = 5  # "neighbour" and "neighbours" share "neigh"
_FOLLOWING = 6  # the few words after the verb where what was done to is said


def retold_in_an_admission(earlier: EventCandidate, later: EventCandidate) -> bool:
    """Whether `later` is `earlier`'s deed told again inside what is said or admitted of it."""
    if earlier.certainty != "occurred" or later.certainty != "occurred":
        return False
    if not later.people or earlier.people[:1] != later.people[:1]:
        return False
    if not set(later.people) <= set(earlier.people):
        return False  # "admitted she stabbed Ivo Dunn": another victim
    if _class(earlier.trigger) != _class(later.trigger):
        return False
    if (later.provenance.get("date") or {}).get("source") == "clause":
        return False  # a day of its own: a deed of that day
    return _in_a_telling(later) and not _other_undergoer(earlier, later)


def _class(trigger: str) -> str:
    """The verb's class in the lexicon, or the verb itself when it has none."""
    return VERB_CLASSES.get(trigger, trigger)


def _in_a_telling(candidate: EventCandidate) -> bool:
    """The clause opens with a personal pronoun right after a saying or admitting verb, or is
    a verb joined by "and" to such a clause ("admitted he shot and killed")."""
    at = candidate.summary.find(candidate.quote)
    if at <= 0:
        return False
    before = candidate.summary[:at]
    words = candidate.quote.split()
    if words and words[0].casefold() in _SUBJECTS:
        return bool(_TELLING.search(before))
    joined = _JOINED.search(before)
    return bool(joined) and bool(_TELLING.search(before[: joined.start()]))


def _other_undergoer(earlier: EventCandidate, later: EventCandidate) -> bool:
    """Whether the words after the later telling's verb bring in a thing the earlier telling
    never names ("stabbed a neighbour"); a verb joined by "and" ("shot and killed") and
    pronouns bring in nothing."""
    words = re.findall(r"[^\W\d_]+", later.quote.casefold())
    stem = later.trigger.casefold()[:_STEM]
    at = next((n for n, w in enumerate(words) if w.startswith(stem)), None)
    if at is None:
        at = 1 if len(words) > 1 else 0  # an irregular form ("shot"): the word after the pronoun
    following = words[at + 1 : at + 1 + _FOLLOWING]
    # The earlier deed's own clause, not its whole sentence: "after a quarrel with a neighbour"
    # beside it names someone the deed was not done to.
    known = {w[:_WORD_STEM] for w in re.findall(r"[^\W\d_]+", earlier.quote.casefold())}
    known |= {w.casefold()[:_WORD_STEM] for p in earlier.people for w in p.split()}
    previous = ""
    for word in following:
        joined = previous in _JOINING
        previous = word
        if word in _JOINING or word in _SMALL or word in _SUBJECTS or joined:
            continue
        if word[:_WORD_STEM] not in known:
            return True
    return False
