"""One verb told twice over the same stated span of time, the second by a pronoun: one.

A report tells a stretch of doing with its span ("work it completed on the project from
December 2003 to April 2004") and, paragraphs on, tells it again in the same words ("for work
it says it completed on the project from December 2003 to April 2004"). The pronoun may be
read as another antecedent each time, so the tellings share no actor, and with no object
`identity.retold_by_its_actorless_verb` has nothing to compare; they stayed two events.

`same_stated_span` joins two tellings of one plain deed (one verb, both told as done) whose own
clauses state the same span of several periods (a start and an end, "from December 2003 to
April 2004"), whose objects (when both have one) share a head noun, whose places agree, and
whose later telling's subject is a personal pronoun, which refers back: two subjects named
anew ("prices rose from 2003 to 2004", "exports rose from 2003 to 2004") stay two, and so do
two tellings by different pronouns ("he says he worked at the hospital from 2010 to 2015",
then "she says she worked at the hospital from 2010 to 2015") or naming different people:
the pronoun then refers to another actor, read rightly.
"""

from __future__ import annotations

from stories.extraction.events.dates import period_end
from stories.extraction.events.folding import own_date
from stories.extraction.events.undergoers import (
    head_stem,
    one_plain_deed,
    places_agree,
    subject_and_object,
)
from stories.extraction.mentions import EventCandidate

PERSONAL_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})


def same_stated_span(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether two tellings of one verb state the same span of several periods in their own
    clauses, the later by a pronoun subject."""
    if not one_plain_deed(a, b) or not (own_date(a) and own_date(b)):
        return False
    if not (a.date_start and a.date_end):
        return False
    if (a.date_start, a.date_end) != (b.date_start, b.date_end):
        return False
    if a.date_end <= period_end(a.date_start, a.date_precision):
        return False  # one day, one month: a span of its own is what makes the two one
    later = max(a, b, key=lambda c: c.start)
    if _first_word(later) not in PERSONAL_PRONOUNS:
        return False
    earlier = min(a, b, key=lambda c: c.start)
    if _first_word(earlier) in PERSONAL_PRONOUNS and _first_word(earlier) != _first_word(later):
        return False  # "he worked ...", "she worked ...": two actors
    if a.people and b.people and not set(a.people) & set(b.people):
        return False  # John Smith's work and Mary Jones's
    objects = [subject_and_object(c) for c in (a, b)]
    heads = [head_stem(o[1]) if o else "" for o in objects]
    if all(heads) and heads[0] != heads[1]:
        return False
    return places_agree(a, b)


def _first_word(candidate: EventCandidate) -> str:
    """The first word of a telling's quote, lower-cased: its subject when it opens the clause."""
    return (candidate.quote.split() or [""])[0].casefold()
