"""One happening told again in the passive of its verb, about the same undergoer: one event.

News tells a deed in its lead and comes back to it in the passive, naming what it befell by a
definite description or a narrower name: "police found the man's dismembered body Friday" …
"the store owner's body was found with the arms cut off"; "Melton Paris, 51, was found shot to
death" … "Paris had been shot once in the head". The clause reader makes an event of each.
`undergoers.told_of_its_undergoer` joins such a pair only when their days overlap; the later
telling often carries no day of its own and inherits the story's last one ("negotiations broke
off Thursday"), a day off the lead's; and two passives (no object on either side) are no rule's
question at all.

`retold_in_the_passive` joins a later passive clause whose subject has the head noun (or the
name) of the earlier telling's undergoer (its object, or its subject when it too is passive),
when the later subject refers back (a definite determiner, an owner, a name: "legislation was
approved" brings in a new thing), both are told as done, their places agree and their days
overlap, or lie a day apart where one was only inferred. Look-alikes stay apart: two named
owners of one sort of thing ("Lund's body", "Okafor's body"), counted undergoers that differ
("two guards", "the third guard"), two different things done with ("diagnosed with asthma",
"diagnosed with an infection"), stated days that differ, undated tellings.
"""

from __future__ import annotations

import datetime as dt
import re

from stories.extraction.events.dates import dates_overlap
from stories.extraction.events.folding import own_date
from stories.extraction.events.inflection import irregular_form_of, present
from stories.extraction.events.lexicon import DEFINITE_DETERMINERS
from stories.extraction.events.undergoers import (
    brought_in,
    counted_apart,
    head_stem,
    one_plain_deed,
    period_of,
    places_agree,
    subject_and_object,
)
from stories.extraction.mentions import EventCandidate
from stories.extraction.times.vocab import NUMBER_WORDS, ORDINALS
from stories.geocoding.mention_reading import POSSESSIVE

# An inferred day (the story's last time, the publication's) may lie this far from a stated one.
_SLACK = dt.timedelta(days=1)
_AGENT = "by"  # "found by investigators": the doer, not a thing done to
_WITH_WORDS = 4  # content words after "with" that say what it was done with
_LONG = 3  # words longer than this say what; "the", "a", "its" do not


def retold_in_the_passive(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether the later telling is a passive of the earlier one's verb whose subject is the
    earlier telling's undergoer, referred back to, on a day that does not disagree."""
    if not one_plain_deed(a, b):
        return False
    earlier, later = sorted((a, b), key=lambda c: c.start)
    told, again = _undergoer(earlier), _passive_subject(later)
    if not told or not again or brought_in(later):
        return False
    head = head_stem(told)
    if not head or head != head_stem(again) or not _refers_back(again, later, earlier):
        return False
    if _owners_apart(told, again, earlier, later) or _counted_apart(told, again):
        return False
    if _given_names_apart(told, again, earlier, later):
        return False
    if counted_apart(a, b) or _done_with_apart(a, b):
        return False
    return days_agree(earlier, later) and places_agree(earlier, later)


def _undergoer(candidate: EventCandidate) -> list[str]:
    """What the telling says the deed befell: its object, or its subject when it is passive."""
    parts = subject_and_object(candidate)
    if parts is None:
        return []
    after = parts[1]
    if after and after[0] != _AGENT:
        return after
    return _passive_subject(candidate)


def _passive_subject(candidate: EventCandidate) -> list[str]:
    """The subject of a passive title ("Store owner's body found", "Paris shot by police"): the
    verb in a form other than the present, nothing after it but the doer; [] otherwise."""
    parts = subject_and_object(candidate)
    if parts is None or not parts[0]:
        return []
    subject, after = parts
    if after and after[0] != _AGENT:
        return []
    verb = candidate.title.casefold().split()[len(subject)]
    lemma = candidate.trigger.casefold()
    if verb in {present(lemma, plural=False), present(lemma, plural=True)}:
        return []  # "the bridges shut", "prices drop": told in the present, not a passive
    return subject if verb.endswith("ed") or irregular_form_of(verb, lemma) else []


def _refers_back(subject: list[str], later: EventCandidate, earlier: EventCandidate) -> bool:
    """The later subject names a known thing: it has an owner ("the store owner's body"), is a
    name of a person either telling names, stands capitalised inside the clause, or follows a
    definite determiner there ("the body", "her car")."""
    if _owner(subject):
        return True
    head = subject[-1]
    if head in _name_words(earlier, later):
        return True
    words = re.findall(r"[\w’'-]+", later.quote)
    for at, word in enumerate(words):
        if word.casefold() != head:
            continue
        if at and word[:1].isupper():
            return True
        before = [w.casefold() for w in words[max(0, at - len(subject)) : at]]
        return any(w in DEFINITE_DETERMINERS for w in before)
    return False


def _owners_apart(
    told: list[str], again: list[str], earlier: EventCandidate, later: EventCandidate
) -> bool:
    """Both undergoers are owned, by different owners of whom one is a name: "Lund's body" and
    "Okafor's body" are two bodies; "the man's body" and "the store owner's body" may be one."""
    owners = [_owner(words) for words in (told, again)]
    if not all(owners) or owners[0] == owners[1]:
        return False
    return any(not _common(o, c) for o, c in zip(owners, (earlier, later), strict=True))


def _given_names_apart(
    told: list[str], again: list[str], earlier: EventCandidate, later: EventCandidate
) -> bool:
    """Both undergoers are full names that share the family name but not the given one: "Anna
    Berg" and "Lena Berg" are two people of one family, often hurt in one incident."""
    names = _name_words(earlier, later)
    given = [words[-2] if len(words) > 1 else "" for words in (told, again)]
    return all(g in names for g in given) and given[0] != given[1]


def _name_words(earlier: EventCandidate, later: EventCandidate) -> set[str]:
    return {w.casefold() for c in (earlier, later) for p in c.people for w in p.split()}


def _owner(words: list[str]) -> str:
    """The owner named before the head ("the store owner's body" -> "owner"), or ""."""
    for word in reversed(words[:-1]):
        if word.endswith(("'s", "’s", "s'", "s’")):
            return POSSESSIVE.sub("", word)
    return ""


def _common(owner: str, candidate: EventCandidate) -> bool:
    """The owner is written in lower case in the title (not its first word) or the clause: a
    common noun ("the man's"), where a name the title alone gives ("Lund's" for "whose") is a
    person's."""
    title = candidate.title.split()[1:]
    return any(
        POSSESSIVE.sub("", w) == owner for w in title + re.findall(r"[\w’']+", candidate.quote)
    )


def _counted_apart(told: list[str], again: list[str]) -> bool:
    """Counts or ranks that differ: "two guards" and "the third guard" are other people."""
    counts = [{w for w in words if _count(w)} for words in (told, again)]
    return any(counts) and counts[0] != counts[1]


def _count(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS or word in ORDINALS


def _done_with_apart(a: EventCandidate, b: EventCandidate) -> bool:
    """Both clauses say what the deed was done with, and share no word of it: "diagnosed with
    asthma" and "diagnosed with a rare infection" are two diagnoses."""
    withs = [_with_words(c) for c in (a, b)]
    return all(withs) and not withs[0] & withs[1]


def _with_words(candidate: EventCandidate) -> set[str]:
    words = re.findall(r"[^\W\d_]+", candidate.quote.casefold())
    if "with" not in words:
        return set()
    at = words.index("with")
    return {w[:5] for w in words[at + 1 : at + 1 + _WITH_WORDS] if len(w) > _LONG}


def days_agree(earlier: EventCandidate, later: EventCandidate) -> bool:
    """Both dated, and the days overlap, or lie a day apart when either was only inferred."""
    if not (earlier.date_start and later.date_start):
        return False
    periods = [period_of(c) for c in (earlier, later)]
    if dates_overlap(*periods):
        return True
    if own_date(earlier) and own_date(later):
        return False
    (start_a, end_a), (start_b, end_b) = periods
    return max(start_b - end_a, start_a - end_b) <= _SLACK  # no shifted day: year 1 is a floor
