"""A writer's "could" with a time of its own: a prospect the story reports.

A verb outside the lexicon under the writer's own "could", "may" or "might" is commentary
("the deal could reshape the market", events.noise.general_report); a source's is news. News
prose also speculates about what comes next with a time for it: "the renovations could begin
by mid-April", "legislation could set aside $150 million for fiscal 2010". Such a clause, its
own date still to come, tells a happening the story expects, speculated. A modal perfect
("could have ended last week") tells what did not happen (events.unrealised), and a clause
without a date of its own stays commentary or an ability ("visitors could enjoy the lights").
An adverb of an indefinite time ("the deal could eventually raise money in May") makes the
date a guess at how things may go: commentary still. Nor is a rule for whoever meets it a
prospect: "any athlete who qualifies may advance to the finals in July" gives a permission,
its subject anyone ("any", "every", "each"), not a happening. Nor is a change of amount
("fuel prices could climb next year", events.deed_marks.a_trend): a forecast of a trend.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from stories.extraction.events.dates import EventDate, period_end
from stories.extraction.events.deed_marks import a_trend
from stories.extraction.events.lexicon import SPECULATIVE_MODALS

# Determiners that make a subject whoever fits it: the clause is a rule, not a prospect.
_ANYONE = frozenset({"any", "every", "each"})
# Adverbs that leave the time open: the date they stand beside is a guess, not a schedule.
_SOMETIME = frozenset({"eventually", "ultimately", "someday", "sometime"})


def dated_prospect(
    verb: Token, certainty: str, own_time: EventDate | None, published: dt.date | None
) -> bool:
    """Whether a speculated clause is the writer's prospect of a happening at a time of its own
    (`own_time`) that reaches the day of publication or later."""
    if certainty != "speculated" or published is None:
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    be = be_of_able_to(verb)
    if be is not None:
        auxiliaries |= {c.lower_ for c in be.children if c.dep_ == "aux"}
    if not auxiliaries & SPECULATIVE_MODALS or "have" in auxiliaries:
        return False
    if own_time is None or a_trend(verb):
        return False
    if any(_anyone(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _SOMETIME for c in verb.children):
        return False
    end = own_time.end or period_end(own_time.start, own_time.precision)
    return end >= published


def be_of_able_to(verb: Token) -> Token | None:
    """The "be" of "may be able to secure a grant" for the verb "secure": its modal is the
    one that governs the act, so certainty and prospects read it there; None otherwise."""
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "able" and verb.head.dep_ == "acomp":
        return verb.head.head
    return None


def _anyone(subject: Token) -> bool:
    """ "any athlete who qualifies", "each member": a subject that stands for whoever fits."""
    return any(c.dep_ == "det" and c.lower_ in _ANYONE for c in subject.children)
