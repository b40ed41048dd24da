"""A happening named by a noun on its own and named again as the doer of a told deed.

News names a happening by its noun in one place ("the Lawson resignation", "the Turkey
earthquake") and elsewhere tells a deed whose subject is that same naming ("Mr. Lawson's
resignation slapped the market", "the Turkey earthquake killed 50,000 people"). The clause
reader makes an event of the bare noun as well as of the deed, so the one happening is on the
timeline twice, the noun's copy matching nothing. `events.within` folds such a noun into a deed
of its own clause, and `events.deed_nouns` a noun of the deed's own verb ("the raid" …
"raided"); this rule joins the two when their spans do not overlap: the noun's title, up to its
head, said again word for word (a possessive "'s" aside) in the deed's title before its verb.
Said after the verb, the happening is what the deed was done to ("critics dismissed the Arsenal
victory", "rivals copied the Apple announcement"): a later happening of its own, and both stay.
A noun brought in with "a", another owner ("the ministry's statement" … "the group signed a
statement"), days or places that disagree keep two, and so does a bare noun ("calls" …
"operators fielded 370,000 calls"). The deed's telling stays; the noun gives it nothing (a
naming in passing).
"""

from __future__ import annotations

import re

from stories.extraction.events.dates import dates_overlap
from stories.extraction.events.deed_nouns import derives_from
from stories.extraction.events.identity import brought_in, places_compatible
from stories.extraction.events.undergoers import period_of
from stories.extraction.mentions import EventCandidate


def named_as_argument(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether one telling is an event noun whose naming (its title up to its head noun) the
    other, a deed, says again in its own title before its verb, as the deed's doer, on days
    and at places that agree."""
    noun, deed = (a, b) if is_noun(a) else (b, a)
    if not is_noun(noun) or is_noun(deed) or brought_in(noun):
        return False  # "a raid on the mill": a happening brought in anew
    if noun.start < deed.end and deed.start < noun.end:
        return False  # one sentence's tellings: events.within's question
    if derives_from(noun.trigger, deed.trigger):
        return False  # a noun of the deed's own verb: events.deed_nouns' question
    naming = _naming(noun)
    if len(naming) < 2 or not _names_the_doer(_words(deed.title), naming, deed.trigger):
        return False
    days_apart = bool(noun.date_start and deed.date_start) and not dates_overlap(
        period_of(noun), period_of(deed)
    )
    places_apart = bool(noun.place and deed.place) and not places_compatible(noun.place, deed.place)
    return not (days_apart or places_apart)


def is_noun(candidate: EventCandidate) -> bool:
    """Whether the telling is an event noun rather than a verb's clause."""
    return candidate.extra.get("kind") == "noun"


def _naming(noun: EventCandidate) -> list[str]:
    """The noun's title words through its head, an owner or modifier needed to name one
    happening (a bare "Calls" or "Fire" names any) ("Tuesday's declaration by Ford" ->
    ["tuesday", "declaration"]); empty when the head is not found in the title."""
    words = _words(noun.title)
    head = noun.trigger.casefold()
    for position, word in enumerate(words):
        if word == head or (word.rstrip("s") == head.rstrip("s") and len(head) > 3):
            return words[: position + 1]
    return []


def _words(title: str) -> list[str]:
    """A title's words, lower-cased, a possessive "'s" dropped."""
    return [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’$.,/-]+", title.casefold())]


def _names_the_doer(words: list[str], run: list[str], trigger: str) -> bool:
    """Whether the deed's title says `run` again before its verb: the named happening does the
    deed itself ("Lawson's resignation stuns market"); said after it, the happening is what the
    deed was done to ("Critics dismiss Arsenal victory"), a later happening of its own. A title
    whose verb is not found keeps the naming wherever it stands."""
    stem = trigger.casefold().split()[0] if trigger else ""
    stem = stem[: max(3, len(stem) - 1)]
    verb = next((i for i, w in enumerate(words) if stem and w.startswith(stem)), len(words))
    return any(
        words[i : i + len(run)] == run and i + len(run) <= verb
        for i in range(len(words) - len(run) + 1)
    )
