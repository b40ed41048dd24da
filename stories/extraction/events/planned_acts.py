"""An act a tensed verb of planning or proposing sets out, with no time of its own, is dated
by the planning.

"The company proposed to acquire the 22% it doesn't own of its unit", "Last April, a group of
backers planned to acquire up to 30% of the chain": the infinitive is a plan (events.certainty)
and names no day, so its own words date nothing. Yet what the story reports is the proposing:
the plan was made and told at the time of the tensed verb above it, as a plan a saying
announces is (events.told_plans, whose dating it shares: the week or month its sentence names
before it, else the month of publication). Without a time in its sentence, only a plan told in
the lead is the reporter's news of now; one told further down ("the president also planned to
visit the gas giant") may be a step of the story's days, and is left undated. Only the
planner's own act counts: the infinitive is the verb's open complement, sharing its subject; a
verb of wanting or expecting ("expects to receive", "hopes to win") sets out no decided plan,
and a denied plan ("did not plan to sell") none at all.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.folding import anchor_of
from stories.extraction.mentions import EventCandidate

# Verbs whose open complement is a plan their subject makes (lemmas).
PLANNING_VERBS = frozenset(
    {"plan", "propose", "intend", "agree", "offer", "seek", "decide", "vote", "pledge",
     "promise", "vow", "aim"}
)  # fmt: skip
_TENSED = frozenset({"VBD", "VBZ", "VBP"})


def plans_own_act(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event is the infinitive a tensed, affirmed verb of planning sets out
    ("proposed to acquire", "plans to build")."""
    verb = anchor_of(event, doc)
    if verb is None or verb.dep_ != "xcomp" or verb.head == verb:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    planning = verb.head
    if planning.lemma_.lower() not in PLANNING_VERBS or not _tensed(planning):
        return False
    return not any(c.dep_ == "neg" for c in planning.children)


def plan_told_then(
    event: EventCandidate, doc: Doc, told_before: EventDate | None, *, lead: bool
) -> bool:
    """Whether the planning dates the plan (plans_own_act): its sentence names a time before
    it (`told_before`), or it is told in the lead."""
    return (lead or told_before is not None) and plans_own_act(event, doc)


def _tensed(verb: Token) -> bool:
    """A tensed verb, or a past the tagger took for a participle: one with a subject and no
    auxiliary ("Esselte, as expected, proposed to acquire")."""
    if verb.tag_ in _TENSED:
        return True
    children = [c.dep_ for c in verb.children]
    return verb.tag_ == "VBN" and "nsubj" in children and not {"aux", "auxpass"} & set(children)
