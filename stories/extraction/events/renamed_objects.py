"""One deed told twice by its doer, what it was done to named again by another noun of its class.

Business and wire copy tell a deal in the lead and come back to it with the same verb and a
shorter word for the same thing: "IMA Holdings Corp. completed its $3 billion acquisition of
American Medical International" … "IMA completed the purchase yesterday". The clause reader
makes an event of each; `identity`'s retelling rules want a shared head noun ("acquisition" and
"purchase" share none) or a person, so the second telling (often the one with the day) stays
as an event matching nothing (dev: a takeover whose stated day only the later telling had).

`object_renamed` joins two tellings of the same single verb, both as done, by the same doer
(one subject opens the other: "IMA" of "IMA Holdings Corp."),
whose objects' head nouns differ but are nouns of one lexicon class ("acquisition" and
"purchase": acquire), the later one referred back to ("the purchase", "its purchase"), on days
that overlap or lie a day apart when one was only inferred, at places that do not disagree.
A thing brought in with "a" ("completed a purchase of farmland"), a deed told as another
("also completed the purchase", "the purchase of a plant", "the purchase of" a name the lead
never says: one firm closes two deals), a noun another telling between the two brought in
with "a" ("agreed to a purchase of farmland": "the purchase" is that one), nouns of two
classes ("the audit"), another doer, stated days that differ and plans stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stories.extraction.events.lexicon import (
    DEFINITE_DETERMINERS,
    INDEFINITE_ARTICLES,
    NOUN_CLASSES,
)
from stories.extraction.events.named_next import ANOTHER_DEED_WORDS
from stories.extraction.events.passive_retellings import days_agree
from stories.extraction.events.undergoers import (
    one_plain_deed,
    places_agree,
    subject_and_object,
)
from stories.extraction.mentions import EventCandidate

_BEFORE_HEAD = 3  # "the", "its", "the $3 billion": the determiner a few words before the head


def object_renamed(
    a: EventCandidate, b: EventCandidate, others: Sequence[EventCandidate] = ()
) -> bool:
    """Whether the later telling is the earlier one's deed, its object named by another noun of
    the same class and referred back to, and not to one of `others` told between the two that
    brings that noun in with "a" ("agreed to a purchase of farmland")."""
    if not one_plain_deed(a, b):
        return False
    earlier, later = sorted((a, b), key=lambda c: c.start)
    parts = [subject_and_object(c) for c in (earlier, later)]
    if parts[0] is None or parts[1] is None:
        return False
    (subject_a, object_a), (subject_b, object_b) = parts
    shorter, longer = sorted((subject_a, subject_b), key=len)
    if not shorter or longer[: len(shorter)] != shorter:
        return False  # "Delmar completed the purchase": another doer
    heads = [_head(words) for words in (object_a, object_b)]
    if not all(heads) or heads[0] == heads[1]:
        return False  # the same noun twice is the other retelling rules' question
    classes = [NOUN_CLASSES.get(h) for h in heads]
    if not classes[0] or classes[0] != classes[1]:
        return False
    if not _referred_back(later, heads[1]):
        return False  # "completed a purchase of farmland": a new thing
    if _told_as_another(later, heads[1], earlier):
        return False  # "also completed the purchase of a Texas plant": another deal
    between = (c for c in others if earlier.start < c.start < later.start)
    if any(_brings_in(c, heads[1]) for c in between):
        return False  # "agreed to a purchase of farmland": "the purchase" is that one
    return days_agree(earlier, later) and places_agree(earlier, later)


def _head(words: list[str]) -> str:
    """The object's last word, its head noun, as the lexicon lists it ("purchases" ->
    "purchase"); "" when neither form is an event noun."""
    found = re.findall(r"[^\W\d_]+", " ".join(words))
    if not found:
        return ""
    head = found[-1]
    if head in NOUN_CLASSES:
        return head
    return head[:-1] if head.endswith("s") and head[:-1] in NOUN_CLASSES else ""


def _referred_back(candidate: EventCandidate, head: str) -> bool:
    """A definite determiner stands a few words before the head in the clause: "the purchase",
    "its $3 billion purchase"."""
    words = re.findall(r"[\w’'$.,-]+", candidate.quote.casefold())
    for at, word in enumerate(words):
        if word.startswith(head):
            before = words[max(0, at - _BEFORE_HEAD) : at]
            return any(w in DEFINITE_DETERMINERS for w in before)
    return False


def _told_as_another(later: EventCandidate, head: str, earlier: EventCandidate) -> bool:
    """The later clause says its deed is another ("also", "another", "separate"), or names what
    its noun is of as new: brought in with "a" ("the purchase of a plant") or by a name the
    earlier clause never says ("the purchase of Delmar")."""
    words = later.quote.split()
    if any(w.casefold() in ANOTHER_DEED_WORDS for w in words):
        return True
    at = next((n for n, w in enumerate(words) if w.casefold().startswith(head)), None)
    if at is None or at + 2 >= len(words) or words[at + 1].casefold() != "of":
        return False
    named = words[at + 2]
    if named.casefold() in INDEFINITE_ARTICLES:
        return True
    return named[:1].isupper() and named.strip(".,") not in earlier.quote


def _brings_in(candidate: EventCandidate, head: str) -> bool:
    """The clause brings the noun in with "a" or "an" ("agreed to a purchase of farmland")."""
    words = candidate.quote.casefold().split()
    return any(
        w in INDEFINITE_ARTICLES and n + 1 < len(words) and words[n + 1].startswith(head)
        for n, w in enumerate(words)
    )
