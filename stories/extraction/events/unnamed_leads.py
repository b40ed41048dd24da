"""A lead that tells of someone unnamed, then a paragraph that names him: one happening.

News leads (or the first paragraphs) withhold a name and describe the person instead ("A
DeKalb man has been arrested", "Police arrested a 33-year-old man Monday"); a later paragraph
names him and tells the deed again ("Keith D. Johnson, 41, was arrested on charges of …"). The
clause reader makes an event of each. events.named_next folds a naming within three sentences;
beyond that no retelling rule joins them: the actors differ in words, the paragraphs lie too
far apart for `identity.same_predicate`, and the bare verb is told twice.

`named_after_its_lead` joins such a pair: one plain deed (the same verb, both as done), the
earlier telling names no person and its title describes one person by a common noun, the later
one names a person and does not bring in another ("another man", "was also arrested", "a
second man", "the other driver") nor one of the other sex ("A DeKalb woman" … "he fled",
not "stabbing him"), no two counts, places that agree and days that overlap or lie a day apart where
one was only inferred. Which telling stays: the earlier when it states its own day, else the
named one (`named_stays`).
"""

from __future__ import annotations

import re

from stories.extraction.events.folding import own_date
from stories.extraction.events.named_next import REACH, SENTENCE, says_another_deed
from stories.extraction.events.passive_retellings import days_agree
from stories.extraction.events.undergoers import (
    brought_in,
    counted_apart,
    one_plain_deed,
    places_agree,
)
from stories.extraction.mentions import EventCandidate
from stories.extraction.nlp import get_nlp

# Common nouns a lead describes one unnamed person by: "a Norfield man", "a 17-year-old driver".
ONE_PERSON_NOUNS = frozenset(
    {"man", "woman", "boy", "girl", "teen", "teenager", "youth", "driver", "motorist",
     "resident", "mother", "father", "suspect"}
)  # fmt: skip
# Words by which a title speaks of two or more people: "Two men arrested", "Couple killed".
_MANY_PEOPLE = frozenset(
    {"men", "women", "people", "persons", "children", "two", "three", "four", "five", "both",
     "couple", "pair", *(f"{noun}s" for noun in ONE_PERSON_NOUNS - {"man", "woman"})}
)  # fmt: skip
# Words that tell a person's sex: a title's nouns, and the naming's subject pronouns (its nouns
# may be someone else's: "arrested for killing a woman").
_SEXES = {"man": "male", "boy": "male", "father": "male", "woman": "female", "girl": "female",
          "mother": "female"}  # fmt: skip
# Only a pronoun in the subject case, the doer or undergoer of a clause, may be the named
# person; "him", "her", "his" are as often the victim's ("accused of stabbing him").
_PRONOUN_SEXES = {"he": "male", "she": "female"}
# "The other driver", "the other victim": the naming sets its person apart from one told before.
_THE_OTHER = re.compile(r"\bthe other (\w+)")
_OTHER_PERSONS = ONE_PERSON_NOUNS | {"victim", "passenger", "person", "pedestrian"}


def named_after_its_lead(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether the later telling names the person the earlier one only described, of one deed."""
    if not one_plain_deed(a, b):
        return False
    earlier, later = sorted((a, b), key=lambda c: c.start)
    if not _beyond_reach(earlier, later):
        return False  # the next sentences: events.named_next folds them, quoting both
    if earlier.people or not later.people or not describes_one_person(earlier):
        return False
    if brought_in(later) or counted_apart(a, b) or _another_deed(later):
        return False
    if _the_other(later) or not _same_sex(earlier, later):
        return False
    return days_agree(earlier, later) and places_agree(earlier, later)


def _beyond_reach(earlier: EventCandidate, later: EventCandidate) -> bool:
    """Whether the naming lies beyond the sentences events.named_next reaches, counted in
    sentences as it counts them (events.named_next.numbered_by_sentence); tellings not so
    numbered cannot be measured."""
    first, second = earlier.extra.get(SENTENCE), later.extra.get(SENTENCE)
    return first is not None and second is not None and second - first > REACH


def describes_one_person(candidate: EventCandidate) -> bool:
    """The title speaks of one person by a common noun ("DeKalb man arrested"), and of no
    other ("Man and woman arrested", "Two men and driver arrested")."""
    words = re.findall(r"[a-z]+", candidate.title.casefold())
    persons = [word for word in words if word in ONE_PERSON_NOUNS]
    return len(persons) == 1 and not _MANY_PEOPLE.intersection(words)


def _another_deed(candidate: EventCandidate) -> bool:
    """The telling says its deed is not the one told before: "was also arrested", "a second"
    (not "second-degree murder"), read word by word as events.named_next reads it."""
    return says_another_deed(get_nlp().make_doc(candidate.quote))


def _the_other(candidate: EventCandidate) -> bool:
    """The naming says its person is the other one of two: "The other driver, Tom Reed"."""
    return any(w in _OTHER_PERSONS for w in _THE_OTHER.findall(candidate.quote.casefold()))


def _sexes(words: list[str], sexes: dict[str, str]) -> set[str]:
    return {sexes[w] for w in words if w in sexes}


def _same_sex(earlier: EventCandidate, later: EventCandidate) -> bool:
    """The lead's person ("DeKalb woman") may be the one the naming tells of: none of its
    subject pronouns ("he") says only the other sex; an object or possessive ("stabbing him",
    "his car") may be another person's and tells nothing."""
    described = _sexes(earlier.title.casefold().split(), _SEXES)
    told = _sexes(re.findall(r"[a-z]+", later.quote.casefold()), _PRONOUN_SEXES)
    return not described or not told or bool(described & told)


def named_stays(earlier: EventCandidate, later: EventCandidate) -> bool:
    """Of the pair, the named later telling stays unless the earlier states its own day."""
    return named_after_its_lead(earlier, later) and not own_date(earlier)
