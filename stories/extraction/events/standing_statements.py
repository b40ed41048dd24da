"""A view stated over time: "X has said that …" with no time of its own is no occasion.

"The president has said that believers can be party members", "the senator has said he
believes the governor": the present perfect of "say", with no day, week or year of its own,
tells what its speaker has held and stated, on no occasion in particular, as the background
the news stands against. Below the lead an editor puts nothing of it on a timeline: there is
no day to put it at, and the saying the story reports (the speech, the interview, the
statement) is told in the past with its occasion. A perfect marked fresh ("has just said",
"has now said") reports a new saying and stays, as the lead's perfect does ("The mayor has
said she will resign"), and so does one told with a time ("has said since March",
"has said this week").
"""

from __future__ import annotations

from spacy.tokens import Doc

from stories.extraction.events.folding import anchor_of
from stories.extraction.events.time_phrases import dates_the_verb
from stories.extraction.mentions import EventCandidate
from stories.extraction.sentence_breaks import lead_end

_PERFECT = frozenset({"has", "have", "'s", "’s", "'ve", "’ve"})
# Words that make a perfect a fresh report, not a standing view.
_FRESH = frozenset({"now", "just", "recently", "newly", "already", "today", "first"})


def stated_over_time(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event is a present perfect "has said" below the lead with no time of its
    own (see the module's docstring)."""
    if event.trigger != "say" or event.start < lead_end(doc):
        return False
    verb = anchor_of(event, doc)
    if verb is None or verb.lemma_.lower() != "say" or verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in children):
        return False
    if any(c.dep_ in ("auxpass", "neg") for c in children):
        return False
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in _FRESH for c in children):
        return False
    return not any(dates_the_verb(c) for c in children)
